//! Tone and typing slips: words in capitals, too many exclamation marks, and
//! the same word twice in a row.
//!
//! Capitals read as shouting and a row of exclamation marks as gushing; both
//! undercut an otherwise good letter. Acronyms are not shouting, so known
//! words and a list of common acronyms are let through.

use crate::finding::{FindingKind, Hit};
use crate::text::{is_all_caps, words};

/// Acronyms of four or more letters that are at home in a job-search letter.
/// Shorter ones never count as shouting.
const ACRONYMS: &[&str] = &[
    "AMER", "APAC", "ARIA", "ASAP", "ASIC", "CCNA", "CCNP", "CCPA", "CISSP", "CKAD", "COBOL",
    "COVID", "CSPO", "CUDA", "DARPA", "DOCX", "EMEA", "FAANG", "FEMA", "FINRA", "FPGA", "GAAP",
    "GDPR", "GRPC", "HIPAA", "HTML", "HTTP", "HTTPS", "IELTS", "IFRS", "IMAP", "INSEAD", "JPEG",
    "JSON", "LATAM", "LDAP", "LIDAR", "MAANG", "MATLAB", "NASA", "NASDAQ", "NATO", "NGINX", "NIST",
    "NOAA", "NYSE", "OAUTH", "OECD", "OIDC", "OKRS", "OLAP", "OLTP", "PCIE", "POSIX", "RBAC",
    "REST", "RTOS", "SAML", "SCIM", "SIEM", "SMTP", "SOAR", "SPSS", "TOEFL", "UCLA", "UNESCO",
    "UNHCR", "UNICEF", "UNIX", "WASM", "WCAG", "YAML",
];

/// Words of capitals that are neither known words nor common acronyms.
pub(crate) fn shouting(text: &str, is_known: &dyn Fn(&str) -> bool) -> Vec<Hit> {
    let mut hits = Vec::new();
    for word in words(text) {
        let letters = word.text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 4
            || !is_all_caps(word.text)
            || word.text.chars().any(|c| c.is_ascii_digit())
            || ACRONYMS.contains(&word.text)
            || is_roman_numeral(word.text)
            || is_known(word.text)
        {
            continue;
        }
        let calm = word.text.to_lowercase();
        hits.push(
            Hit::new(
                FindingKind::Shouting,
                word.start,
                word.end,
                format!(
                    "\"{}\" in capitals reads as shouting; write \"{calm}\" (or bold it if it matters).",
                    word.text
                ),
            )
            .suggest([calm]),
        );
    }
    hits
}

/// Whether a word is a Roman numeral ("XVII"), which is written in capitals.
fn is_roman_numeral(word: &str) -> bool {
    word.chars().all(|c| "IVXLCDM".contains(c))
}

/// "!!" anywhere, and every exclamation mark after the first in a letter.
///
/// `parts` are the subject and the body in that order; the count runs
/// across both, since a reader sees them together. Hits come back tagged
/// with the index of the part they are in.
pub(crate) fn exclamations(parts: &[&str]) -> Vec<(usize, Hit)> {
    let mut hits = Vec::new();
    let mut seen = 0;
    for (index, text) in parts.iter().enumerate() {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] != b'!' {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i] == b'!' {
                i += 1;
            }
            seen += 1;
            let message = if i - start > 1 {
                "Use one exclamation mark at most; \"!!\" reads as gushing.".to_owned()
            } else if seen > 1 {
                "More than one exclamation mark in a letter reads as gushing; keep at most one."
                    .to_owned()
            } else {
                continue;
            };
            let calm = if seen > 1 { "." } else { "!" };
            hits.push((
                index,
                Hit::new(FindingKind::Exclamations, start, i, message).suggest([calm.to_owned()]),
            ));
        }
    }
    hits
}

/// Words that are correctly doubled in English ("I had had enough", "that
/// that").
const DOUBLES_OK: &[&str] = &["had", "that"];

/// The same word twice in a row, separated only by spaces or a line break.
pub(crate) fn repeated_words(text: &str) -> Vec<Hit> {
    let all = words(text);
    let mut hits = Vec::new();
    for pair in all.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let between = &text[a.end..b.start];
        let lower = a.text.to_lowercase();
        if between.is_empty()
            || !between.chars().all(char::is_whitespace)
            || lower != b.text.to_lowercase()
            || DOUBLES_OK.contains(&lower.as_str())
            || a.text.chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        hits.push(
            Hit::new(
                FindingKind::RepeatedWord,
                a.start,
                b.end,
                format!("\"{}\" is written twice; remove one.", a.text),
            )
            .suggest([a.text.to_owned()]),
        );
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_are_shouting_unless_acronyms_or_known() {
        let known = |w: &str| w == "GRPC";
        let text = "I REALLY like JSON, GRPC, AWS and Chapter XVII.";
        let found: Vec<&str> = shouting(text, &known)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(found, ["REALLY"]);
    }

    #[test]
    fn one_exclamation_mark_is_fine_two_are_not() {
        assert!(exclamations(&["Hi!", "Thanks."]).is_empty());
        let hits = exclamations(&["Hi!", "Thanks!"]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, 1);
        assert_eq!(exclamations(&["", "Wow!!"]).len(), 1);
    }

    #[test]
    fn repeated_words_but_not_had_had() {
        let text = "about the the team; I had had enough of of it";
        let found: Vec<&str> = repeated_words(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(found, ["the the", "of of"]);
    }
}
