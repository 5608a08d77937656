//! Small text tools the rules share: words with byte offsets, whole-word
//! phrase search, line and column numbers, and name distances.
//!
//! Letters are short, so these favour being obviously right on any Unicode
//! text (names like "Nguyễn Thị Minh" or "Siobhán Ní Bhriain") over being
//! clever; every offset they return is a byte offset on a char boundary.

/// Whether `c` can be part of a word: letters, digits and combining marks
/// (so a name typed with a decomposed accent stays one word).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A word of a text: a maximal run of word characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word<'t> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The word itself.
    pub text: &'t str,
}

/// The words of `text`, in order. Apostrophes and hyphens split words, so
/// "Acme's" gives "Acme" and "s", and "Okonkwo-Bell" gives both names.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    text: &text[s..i],
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
        });
    }
    out
}

/// Whether two characters are equal ignoring case.
fn eq_fold(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// How a phrase search compares letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// "xero" finds "Xero".
    Insensitive,
    /// "Notion" does not find "notion".
    Sensitive,
}

/// Every whole-word occurrence of `phrase` in `text` as byte ranges.
///
/// Whitespace inside the phrase matches any run of whitespace, so a name
/// broken across a line still matches; the characters on either side of a
/// match must not be word characters, so "Xero" is not found in "Xerox"
/// but is found in "Xero's".
pub(crate) fn find_phrase(text: &str, phrase: &str, case: Case) -> Vec<(usize, usize)> {
    let parts: Vec<Vec<char>> = phrase
        .split_whitespace()
        .map(|p| p.chars().collect())
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let same = |a: char, b: char| match case {
        Case::Insensitive => eq_fold(a, b),
        Case::Sensitive => a == b,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if i > 0 && is_word_char(chars[i - 1].1) {
            i += 1;
            continue;
        }
        if let Some(end) = match_at(&chars, i, &parts, &same) {
            let end_byte = chars.get(end).map_or(text.len(), |c| c.0);
            out.push((chars[i].0, end_byte));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The char index just past a match of `parts` starting at char `i`, if any.
fn match_at(
    chars: &[(usize, char)],
    i: usize,
    parts: &[Vec<char>],
    same: &impl Fn(char, char) -> bool,
) -> Option<usize> {
    let mut j = i;
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            let before = j;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j == before {
                return None;
            }
        }
        for &p in part {
            if j >= chars.len() || !same(chars[j].1, p) {
                return None;
            }
            j += 1;
        }
    }
    if j < chars.len() && is_word_char(chars[j].1) {
        return None;
    }
    Some(j)
}

/// Byte ranges of web addresses and email addresses, which are not prose
/// and must not be spell-checked ("chrisnovak.dev").
pub(crate) fn addresses(text: &str) -> Vec<(usize, usize)> {
    static ADDRESS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:https?://|www\.)[^\s<>]+[^\s<>.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|app|me|tech|edu|gov)\b(?:/[^\s<>]*[^\s<>.,;:!?)])?",
        )
        .expect("the address pattern is valid")
    });
    ADDRESS
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Whether the word at byte `offset` starts a sentence: it is first in the
/// text or on its line (after any bullet or opening quote), or follows a
/// full stop, question mark, exclamation mark or colon.
pub(crate) fn starts_sentence(text: &str, offset: usize) -> bool {
    let mut before = text[..offset].trim_end_matches([' ', '\t', '"', '\'', '“', '‘', '(', '[']);
    if let Some(rest) = before.strip_suffix(['-', '*', '•']) {
        let rest = rest.trim_end_matches([' ', '\t']);
        if rest.is_empty() || rest.ends_with('\n') {
            before = rest;
        }
    }
    before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':'])
}

/// Byte offset to 1-based line and 1-based character column.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The lines of `text` with the byte offset each starts at, without the
/// line break (and without a carriage return before it).
pub(crate) fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        out.push((start, line.strip_suffix('\r').unwrap_or(line)));
        start += line.len() + 1;
    }
    out
}

/// The Damerau-Levenshtein distance between two words, ignoring case.
pub(crate) fn name_distance(a: &str, b: &str) -> usize {
    strsim::damerau_levenshtein(&a.to_lowercase(), &b.to_lowercase())
}

/// How far a word may be from a name and still be taken for a misspelling
/// of it: one edit for short names (where two edits make a different name,
/// "Lee" and "Li"), two for longer ones.
pub(crate) fn name_tolerance(name: &str) -> usize {
    if name.chars().count() <= 4 { 1 } else { 2 }
}

/// Whether a word is written in capitals only (at least one letter, no
/// lowercase letter).
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// `word` with its first letter in upper case.
pub(crate) fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_apostrophes_and_hyphens() {
        let w: Vec<&str> = words("Acme's Okonkwo-Bell, Nguyễn!")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["Acme", "s", "Okonkwo", "Bell", "Nguyễn"]);
    }

    #[test]
    fn phrase_search_is_whole_word_and_spans_line_breaks() {
        let text = "Xerox and xero's team at Delivery\nHero";
        assert_eq!(find_phrase(text, "Xero", Case::Insensitive), vec![(10, 14)]);
        assert_eq!(find_phrase(text, "Xero", Case::Sensitive), vec![]);
        let hero = find_phrase(text, "Delivery Hero", Case::Sensitive);
        assert_eq!(&text[hero[0].0..hero[0].1], "Delivery\nHero");
    }

    #[test]
    fn sentence_starts_are_recognised() {
        let text = "Hi Ana,\nThanks. Rohan said: Yes.\n- Item and \"Quote\"";
        let at = |w: &str| starts_sentence(text, text.find(w).unwrap());
        assert!(at("Hi") && at("Thanks") && at("Yes") && at("Item"));
        assert!(!at("Ana") && !at("said") && !at("Quote"));
        assert!(at("Rohan"));
    }

    #[test]
    fn addresses_are_found() {
        let text =
            "See https://chrisnovak.dev/work, mail chris.novak@example.com or visit acme.io.";
        let found: Vec<&str> = addresses(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            [
                "https://chrisnovak.dev/work",
                "chris.novak@example.com",
                "acme.io"
            ]
        );
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "Dear Siobhán,\nThé Jnae";
        assert_eq!(line_column(text, text.find("Jnae").unwrap()), (2, 5));
        assert_eq!(line_column(text, 0), (1, 1));
    }

    #[test]
    fn name_distance_counts_a_transposition_once() {
        assert_eq!(name_distance("Jnae", "Jane"), 1);
        assert_eq!(name_distance("siobhan", "Siobhán"), 1);
    }
}
