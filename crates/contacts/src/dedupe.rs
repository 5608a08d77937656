//! Whether two contacts are the same person, so an import merges into the
//! people the user already has instead of doubling them.
//!
//! The rule, in order:
//!
//! 1. [`Match::Exact`] when the two share an email address (compared
//!    without case, `mailto:` dropped) or a LinkedIn profile (compared
//!    without scheme, `www.` or country subdomain, query, trailing slash,
//!    locale suffix, percent-encoding or case). These identify one person.
//! 2. [`Match::Likely`] when the names match and the companies are the
//!    same. Names match when, with case and Latin accents folded and
//!    punctuation dropped, they hold the same words in any order ("Doe,
//!    Jane" and "Jane Doe") or are close by Jaro-Winkler (0.93 or more,
//!    on the names as written or with their words sorted), which forgives a
//!    typo or a missing middle initial. Companies are the same when equal
//!    after the same folding and with legal suffixes dropped ("Acme, Inc."
//!    and "ACME"). Both need a company: two Jane Does with no company
//!    known are not likely one person.
//! 3. [`Match::No`] otherwise.
//!
//! The app should ask before merging a Likely match and may merge an Exact
//! one. To compare many contacts, it can index them by the normalised keys
//! a [`Key`] exposes (each email, the LinkedIn key, the company) rather
//! than compare every pair.

use serde::Serialize;

use crate::{ExportContact, ImportedContact};

/// How sure it is that two contacts are one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Match {
    /// Nothing says they are the same person.
    No,
    /// Similar names at the same company: probably the same person.
    Likely,
    /// A shared email address or LinkedIn profile: the same person.
    Exact,
}

/// What [`same_person`] compares, normalised once when the key is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    name: String,
    words: Vec<String>,
    emails: Vec<String>,
    linkedin: Option<String>,
    company: Option<String>,
}

impl Key {
    /// A key from a contact's name, emails, LinkedIn address and company.
    pub fn new<S: AsRef<str>>(
        name: &str,
        emails: &[S],
        linkedin: Option<&str>,
        company: Option<&str>,
    ) -> Self {
        let name = normalize_name(name);
        let mut words: Vec<String> = name
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        words.sort();
        words.dedup();
        let mut normalized: Vec<String> = emails
            .iter()
            .filter_map(|e| normalize_email(e.as_ref()))
            .collect();
        normalized.sort();
        normalized.dedup();
        Self {
            name,
            words,
            emails: normalized,
            linkedin: linkedin.and_then(normalize_linkedin),
            company: company.and_then(normalize_company),
        }
    }

    /// The normalised name: lower case, accents folded, punctuation gone.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The normalised email addresses, sorted.
    pub fn emails(&self) -> &[String] {
        &self.emails
    }

    /// The normalised LinkedIn profile, such as `linkedin.com/in/jane-doe`.
    pub fn linkedin(&self) -> Option<&str> {
        self.linkedin.as_deref()
    }

    /// The normalised company, without legal suffixes.
    pub fn company(&self) -> Option<&str> {
        self.company.as_deref()
    }
}

impl From<&ImportedContact> for Key {
    fn from(contact: &ImportedContact) -> Self {
        Key::new(
            &contact.name,
            &contact.emails,
            contact.linkedin.as_deref(),
            contact.company.as_deref(),
        )
    }
}

impl From<&ExportContact> for Key {
    fn from(contact: &ExportContact) -> Self {
        Key::new(
            &contact.name,
            &contact.emails,
            contact.linkedin.as_deref(),
            contact.company.as_deref(),
        )
    }
}

/// The Jaro-Winkler similarity at which two names are taken as one.
pub const NAME_SIMILARITY: f64 = 0.93;

/// Whether `a` and `b` are the same person, by the rule in this module's
/// documentation. The answer does not depend on the order of the two.
pub fn same_person(a: &Key, b: &Key) -> Match {
    let shared_email = a.emails.iter().any(|e| b.emails.binary_search(e).is_ok());
    let shared_linkedin = a.linkedin.is_some() && a.linkedin == b.linkedin;
    if shared_email || shared_linkedin {
        return Match::Exact;
    }
    let same_company = a.company.is_some() && a.company == b.company;
    if same_company && names_match(a, b) {
        return Match::Likely;
    }
    Match::No
}

/// Whether two names are the same words, or close enough.
fn names_match(a: &Key, b: &Key) -> bool {
    if a.words.is_empty() || b.words.is_empty() {
        return false;
    }
    if a.words == b.words {
        return true;
    }
    similar(&a.name, &b.name) || similar(&a.words.join(" "), &b.words.join(" "))
}

/// Jaro-Winkler at or above [`NAME_SIMILARITY`], with the arguments in a
/// fixed order so that the answer is symmetric whatever the algorithm's
/// tie-breaking.
fn similar(a: &str, b: &str) -> bool {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    strsim::jaro_winkler(first, second) >= NAME_SIMILARITY
}

/// An email address for comparison: trimmed, without `mailto:`, in lower
/// case; `None` when nothing is left.
pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim();
    let email = match email.get(..7) {
        Some(head) if head.eq_ignore_ascii_case("mailto:") => &email[7..],
        _ => email,
    };
    let email = email.trim().to_lowercase();
    (!email.is_empty()).then_some(email)
}

/// A name for comparison: accents folded, lower case, apostrophes dropped
/// ("O'Brien" is "obrien"), other punctuation a space, single spaces.
pub fn normalize_name(name: &str) -> String {
    let folded = fold_accents(name);
    let spaced: String = folded
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | '`' | 'ʼ'))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Legal-form words dropped from the end of a company name.
const COMPANY_SUFFIXES: [&str; 25] = [
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "gmbh",
    "kg",
    "corp",
    "corporation",
    "co",
    "company",
    "plc",
    "ag",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "pty",
    "oy",
    "ab",
];

/// A company for comparison: folded like a name, `&` kept, dots dropped, a
/// leading "the" and trailing legal forms ("Inc.", "Ltd", "GmbH", "LLC", …) dropped;
/// `None` when nothing is left.
pub fn normalize_company(company: &str) -> Option<String> {
    let folded = fold_accents(company);
    // Dots go without a trace, so "S.A." is "sa" and "Inc." is "inc".
    let spaced: String = folded
        .chars()
        .filter(|&c| c != '.')
        .map(|c| {
            if c.is_alphanumeric() || c == '&' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    while words.len() > 1 {
        match words.last() {
            Some(last) if COMPANY_SUFFIXES.contains(last) || *last == "&" => {
                words.pop();
            }
            _ => break,
        }
    }
    let company = words.join(" ");
    (!company.is_empty()).then_some(company)
}

/// A LinkedIn profile address for comparison: without scheme, `www.` or a
/// country subdomain (`uk.linkedin.com`), query or fragment, trailing
/// slashes or a locale suffix after `/in/<name>/`, percent-decoded and in
/// lower case, such as `linkedin.com/in/jürgen-müller`. `None` when
/// nothing is left.
pub fn normalize_linkedin(url: &str) -> Option<String> {
    let decoded = percent_decode(url.trim()).to_lowercase();
    let mut rest = decoded.as_str();
    for scheme in ["https://", "http://", "//"] {
        if let Some(after) = rest.strip_prefix(scheme) {
            rest = after;
            break;
        }
    }
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = if host == "linkedin.com" || host.ends_with(".linkedin.com") {
        "linkedin.com"
    } else {
        host.strip_prefix("www.").unwrap_or(host)
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // A profile is `/in/<name>`; what follows it is a locale or a page.
    let segments = match segments.as_slice() {
        ["in", name, ..] => vec!["in", *name],
        _ => segments,
    };
    let normalized = if segments.is_empty() {
        host.to_owned()
    } else {
        format!("{host}/{}", segments.join("/"))
    };
    (!normalized.is_empty()).then_some(normalized)
}

/// Undoes `%XX` escapes; anything that does not decode to UTF-8 is kept.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => {
                let digit = |d: u8| (d as char).to_digit(16).unwrap_or(0) as u8;
                out.push(digit(*hi) << 4 | digit(*lo));
                i += 3;
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Lower-cases `text` and folds the accented Latin letters of Western,
/// Central and Northern Europe and Turkey to plain ones (`é` to `e`, `ß` to
/// `ss`, `ł` to `l`, `Æ` to `ae`), dropping combining accents too. Other
/// scripts are only lower-cased.
pub fn fold_accents(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            // Combining diacritical marks, as in decomposed (NFD) text.
            '\u{300}'..='\u{36F}' => "",
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
            'ĥ' | 'ħ' => "h",
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
            'ĳ' => "ij",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
            'œ' => "oe",
            'ŕ' | 'ŗ' | 'ř' => "r",
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
            'ß' => "ss",
            'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
            'þ' => "th",
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
            'ŵ' => "w",
            'ý' | 'ÿ' | 'ŷ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(plain);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(
            fold_accents("Jürgen Müller-Łukasz ÆSØP Straße"),
            "jurgen muller-lukasz aesop strasse"
        );
        assert_eq!(fold_accents("Ame\u{301}lie"), "amelie");
        assert_eq!(fold_accents("Ζωή"), "ζωή");
    }

    #[test]
    fn names() {
        assert_eq!(normalize_name("  O'Brien,  Siobhán "), "obrien siobhan");
        assert_eq!(normalize_name("Jean-Luc Picard"), "jean luc picard");
    }

    #[test]
    fn companies_lose_legal_forms() {
        for (raw, expected) in [
            ("Acme, Inc.", "acme"),
            ("ACME Ltd", "acme"),
            ("Müller & Co. KG", "muller"),
            ("Widgets LLC", "widgets"),
            ("The Boeing Company", "boeing"),
            ("Inc.", "inc"),
            ("  ", ""),
        ] {
            assert_eq!(
                normalize_company(raw).unwrap_or_default(),
                expected,
                "{raw}"
            );
        }
    }

    #[test]
    fn linkedin_addresses() {
        for url in [
            "https://www.linkedin.com/in/Jane-Doe/",
            "http://linkedin.com/in/jane-doe?trk=abc",
            "uk.linkedin.com/in/jane-doe/en",
            "HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE#x",
        ] {
            assert_eq!(
                normalize_linkedin(url).as_deref(),
                Some("linkedin.com/in/jane-doe"),
                "{url}"
            );
        }
        assert_eq!(
            normalize_linkedin("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-4b1a2c3")
                .as_deref(),
            Some("linkedin.com/in/jürgen-müller-4b1a2c3")
        );
        assert_eq!(normalize_linkedin(""), None);
    }
}
