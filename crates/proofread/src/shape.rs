//! The shape of a letter: its greeting, its sign-off, and how long it is.
//!
//! A letter that opens without a greeting or stops without a sign-off reads
//! as careless, and a follow-up past about 150 words does not get read. The
//! [`Layout`] found here is also what the name rules use to know which line
//! is the greeting and where the signature starts.

use crate::finding::{FindingKind, Hit, LetterKind};
use crate::text::{lines, words};

/// Openings that make a line a greeting, lowercase.
const GREETINGS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "to whom it may concern",
];

/// Greetings in other languages that people use with colleagues abroad
/// ("Hola Ximena,"): they open a letter and are not misspellings.
pub(crate) const GREETINGS_ABROAD: &[&str] = &[
    "hola",
    "bonjour",
    "hallo",
    "ciao",
    "olá",
    "hej",
    "salut",
    "kia ora",
    "namaste",
    "buongiorno",
    "guten tag",
    "buenos días",
];

/// Closings that make a line a sign-off, lowercase, longest first so that
/// "best regards" is preferred to "best".
const SIGN_OFFS: &[&str] = &[
    "with best wishes",
    "with gratitude",
    "with thanks",
    "all the best",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "warm wishes",
    "best wishes",
    "many thanks",
    "yours sincerely",
    "yours truly",
    "yours faithfully",
    "thank you",
    "talk soon",
    "take care",
    "respectfully",
    "gratefully",
    "sincerely",
    "regards",
    "thanks",
    "cheers",
    "warmly",
    "best",
    "yours",
];

/// A sign-off line has at most this many words ("Thank you again for your
/// time," is a sign-off; a paragraph that starts with "Thanks" is not).
const SIGN_OFF_MAX_WORDS: usize = 7;

/// How many non-empty lines from the end a sign-off may be: the sign-off,
/// then a name, a title, a company and a phone number.
const SIGN_OFF_SEARCH_LINES: usize = 5;

/// Where the parts of a letter body are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Layout {
    /// Byte range of the first non-empty line, if there is one.
    pub first_line: Option<(usize, usize)>,
    /// Byte range of the greeting line, if the letter has one.
    pub greeting: Option<(usize, usize)>,
    /// Byte range of the sign-off line, if the letter has one.
    pub sign_off: Option<(usize, usize)>,
    /// Byte offset of the last non-empty line's start.
    pub last_line: Option<usize>,
    /// Words between the greeting and the sign-off.
    pub word_count: usize,
}

impl Layout {
    /// Finds the greeting, the sign-off and the word count of a body.
    pub fn of(body: &str) -> Layout {
        let all = lines(body);
        let filled: Vec<(usize, &str)> = all
            .iter()
            .copied()
            .filter(|(_, l)| !l.trim().is_empty())
            .collect();
        let mut layout = Layout {
            first_line: filled.first().map(|&(s, l)| (s, s + l.len())),
            last_line: filled.last().map(|&(s, _)| s),
            ..Layout::default()
        };
        if let Some(&(start, line)) = filled.first()
            && is_greeting(line)
        {
            layout.greeting = Some((start, start + line.len()));
        }
        let search_from = filled.len().saturating_sub(SIGN_OFF_SEARCH_LINES);
        // The last sign-off wins ("Thanks for today." can end a paragraph
        // above "Best,"), and the first line never is one: "Thanks, Jane!"
        // opens a letter.
        let candidates = filled.iter().skip(search_from.max(1)).rev();
        for &(start, line) in candidates {
            if is_sign_off(line) {
                layout.sign_off = Some((start, start + line.len()));
                break;
            }
        }
        let from = layout.greeting.map_or(0, |g| g.1);
        let to = layout.sign_off.map_or(body.len(), |s| s.0);
        layout.word_count = count_words(&body[from..to.max(from)]);
        layout
    }

    /// Where the signature starts: the sign-off line, or the end.
    pub fn signature_start(&self, body_len: usize) -> usize {
        self.sign_off.map_or(body_len, |s| s.0)
    }
}

/// Whether a line opens a letter: "Dear Jane,", "Hi team," or a bare
/// "Jane," on its own.
fn is_greeting(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    if GREETINGS
        .iter()
        .chain(GREETINGS_ABROAD)
        .any(|g| starts_with_phrase(&lower, g))
    {
        return true;
    }
    let trimmed = line.trim();
    let names = words(trimmed);
    trimmed.ends_with(',')
        && (1..=3).contains(&names.len())
        && names
            .iter()
            .all(|w| w.text.chars().next().is_some_and(char::is_uppercase))
}

/// Whether a line closes a letter: "Best regards," or "Thanks again,".
fn is_sign_off(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let words = count_words(&lower);
    // "Thank you for the tour." is a sentence; "Thank you," is a sign-off.
    let sentence = words > 3 && lower.ends_with(['.', '?']);
    words <= SIGN_OFF_MAX_WORDS
        && !sentence
        && SIGN_OFFS.iter().any(|s| starts_with_phrase(&lower, s))
}

/// Whether `text` starts with `phrase` as whole words.
fn starts_with_phrase(text: &str, phrase: &str) -> bool {
    text.strip_prefix(phrase)
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// Words as a reader counts them: runs of non-space that hold a letter or digit.
pub(crate) fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Findings about a body's shape: missing greeting, missing sign-off, too long.
pub(crate) fn check(
    body: &str,
    layout: &Layout,
    kind: LetterKind,
    first_name: Option<&str>,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    let Some((first_start, _)) = layout.first_line else {
        return hits;
    };
    if layout.greeting.is_none() {
        let example = format!("Dear {},", first_name.unwrap_or("Jane"));
        hits.push(
            Hit::new(
                FindingKind::MissingGreeting,
                first_start,
                first_start,
                format!("The letter has no greeting; open with one, such as \"{example}\"."),
            )
            .suggest([format!("{example}\n\n")]),
        );
    }
    if layout.sign_off.is_none() {
        let at = layout.last_line.unwrap_or(body.len());
        hits.push(
            Hit::new(
                FindingKind::MissingSignOff,
                at,
                at,
                "The letter has no sign-off; close with one, such as \"Best regards,\", above your name."
                    .to_owned(),
            )
            .suggest(["Best regards,\n".to_owned()]),
        );
    }
    if let Some(limit) = kind.word_limit()
        && layout.word_count > limit
    {
        let end = layout.sign_off.map_or(body.len(), |s| s.0);
        let start = layout.greeting.map_or(first_start, |g| g.1);
        let start = start + body[start..end].len() - body[start..end].trim_start().len();
        let end = start + body[start..end].trim_end().len();
        hits.push(Hit::new(
            FindingKind::TooLong,
            start,
            end,
            format!(
                "This {} is {} words long; keep it under {limit} so a busy reader reads all of it.",
                kind_noun(kind),
                layout.word_count
            ),
        ));
    }
    hits
}

/// How a message names a kind of letter.
fn kind_noun(kind: LetterKind) -> &'static str {
    match kind {
        LetterKind::FollowUp => "follow-up",
        LetterKind::Nudge => "nudge",
        LetterKind::Thanks => "thank-you note",
        LetterKind::CheckIn => "check-in",
        LetterKind::NetworkingAsk => "request",
        LetterKind::Withdrawal => "withdrawal",
        LetterKind::Other => "letter",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings_and_sign_offs_are_found() {
        let body = "Hi Jane,\n\nThanks for today.\n\nBest,\nSam\n";
        let l = Layout::of(body);
        assert_eq!(l.greeting.map(|g| &body[g.0..g.1]), Some("Hi Jane,"));
        assert_eq!(l.sign_off.map(|g| &body[g.0..g.1]), Some("Best,"));
        assert_eq!(l.word_count, 3);
    }

    #[test]
    fn a_paragraph_starting_with_thanks_is_not_a_sign_off() {
        let body = "Dear Jane,\n\nThanks for the interview on Monday; I enjoyed hearing about the team and the plans.\n";
        assert!(Layout::of(body).sign_off.is_none());
    }

    #[test]
    fn best_is_not_found_inside_a_word() {
        assert!(!is_sign_off("Bestow,"));
        assert!(is_sign_off("All the best,"));
    }
}
