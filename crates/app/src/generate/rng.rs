//! The random number generator and the small helpers shared by every part of the generator.

use afterview_core::contact::parse_phone;
use afterview_core::{Email, Excitement, LongText, Name, Tag, Url};
use jiff::Timestamp;

pub(super) const MINUTE: i64 = 60;
pub(super) const HOUR: i64 = 60 * MINUTE;
pub(super) const DAY: i64 = 24 * HOUR;
/// How far back the search goes.
pub(super) const SPAN: i64 = 730 * DAY;

/// SplitMix64: tiny, fast and well mixed; plenty for test data, never for secrets.
pub(super) struct Rng(u64);

impl Rng {
    /// A generator for one `stream` of a seed.
    pub(super) fn new(seed: u64, stream: u64) -> Rng {
        let mut rng = Rng(seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`, or 0 when `n` is 0.
    pub(super) fn below(&mut self, n: usize) -> usize {
        // Multiplying and keeping the high half avoids the bias of `%`.
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..hi`, or `lo` when the range is empty.
    pub(super) fn between(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let width = hi.abs_diff(lo);
        lo.saturating_add(((u128::from(self.next()) * u128::from(width)) >> 64) as i64)
    }

    /// True with probability `p`.
    pub(super) fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) < p * (1u64 << 53) as f64
    }

    /// One of `items`, which must not be empty.
    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `words`, which must not be empty.
    pub(super) fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// An index into `weights`, chosen in proportion to them.
    pub(super) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }

    /// Puts `items` in a random order (Fisher-Yates).
    pub(super) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// The instant `second` seconds after the Unix epoch, kept inside jiff's range.
pub(super) fn ts(second: i64) -> Timestamp {
    let second = second.clamp(
        Timestamp::MIN.as_second() + 1,
        Timestamp::MAX.as_second() - 1,
    );
    // The clamp above keeps the value inside jiff's range, so the fallback is
    // never taken; it only spares a panic path.
    Timestamp::from_second(second).unwrap_or(Timestamp::UNIX_EPOCH)
}

// The helpers below parse text that this module assembled from its own word
// lists and numbers: short, single-line, non-empty and well-formed by
// construction. A refusal would mean a mistake in those lists, which the
// tests in `tests.rs` would catch on the first run, so they panic with the value.

pub(super) fn own_name(field: &str, text: &str) -> Name {
    Name::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

pub(super) fn own_text(field: &str, text: &str) -> LongText {
    LongText::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

pub(super) fn own_url(field: &str, text: &str) -> Url {
    Url::parse(field, text).unwrap_or_else(|e| panic!("generated {field} {text:?}: {e}"))
}

pub(super) fn own_email(text: &str) -> Email {
    Email::parse(text).unwrap_or_else(|e| panic!("generated email {text:?}: {e}"))
}

pub(super) fn own_tag(text: &str) -> Tag {
    Tag::parse(text).unwrap_or_else(|e| panic!("generated tag {text:?}: {e}"))
}

pub(super) fn own_phone(text: &str) -> Name {
    parse_phone(text).unwrap_or_else(|e| panic!("generated phone {text:?}: {e}"))
}

pub(super) fn own_excitement(n: i64) -> Excitement {
    Excitement::new(n).unwrap_or_else(|e| panic!("generated excitement {n}: {e}"))
}

/// Lowercase ASCII letters and digits of `text`, with common accents folded,
/// for domains, email addresses and URL paths.
pub(super) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' | 'ę' => "e",
            'í' | 'ì' | 'î' | 'ï' | 'ı' => "i",
            'ó' | 'ò' | 'ô' | 'ö' | 'ø' | 'õ' | 'ő' => "o",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'ñ' | 'ń' => "n",
            'ç' | 'ć' | 'č' => "c",
            'ś' | 'š' | 'ş' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ß' => "ss",
            'ł' => "l",
            'ř' => "r",
            'ğ' => "g",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        out.push_str(folded);
    }
    out
}

/// `n` lowercase letters or digits from `alphabet`.
pub(super) fn random_chars(rng: &mut Rng, alphabet: &[u8], n: usize) -> String {
    (0..n).map(|_| char::from(*rng.pick(alphabet))).collect()
}

pub(super) const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
pub(super) const DIGITS: &[u8] = b"0123456789";
pub(super) const HEX: &[u8] = b"0123456789abcdef";

/// `k` different indices below `n` (all of them when `n` is at most `k`).
pub(super) fn distinct(rng: &mut Rng, n: usize, k: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(k);
    while out.len() < k.min(n) {
        let i = rng.below(n);
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}
