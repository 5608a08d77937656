//! The mistakes that sink candidates: another application's company or
//! person pasted into this letter, and a misspelled interviewer's name.
//!
//! These rules know what a dictionary cannot: which names belong to this
//! letter. They are exact where they can be (whole words, possessives, names
//! across a line break) and careful where a name is also an ordinary word
//! ("Will", "Grace", "Notion"): such a word is matched only as written, with
//! its capital, and a first name alone only counts in the greeting.

use crate::finding::{Context, FindingKind, Hit};
use crate::text::{Case, find_phrase, name_distance, name_tolerance, words};

/// Words of a greeting line that are not names.
const GREETING_WORDS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "good",
    "morning",
    "afternoon",
    "evening",
    "greetings",
    "and",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "madam",
    "team",
    "all",
    "everyone",
    "folks",
    "hiring",
    "manager",
    "committee",
    "there",
    "to",
    "whom",
    "it",
    "may",
    "concern",
    "again",
    "both",
];

/// What the name rules need to know about the text they check.
pub(crate) struct Scope {
    /// Byte range of the greeting line, when checking a body that has one.
    pub greeting: Option<(usize, usize)>,
    /// Byte offset where the signature starts (the sender's own name is
    /// there, and may share a first name with someone elsewhere).
    pub signature_start: usize,
}

/// A company of another application, written in this letter.
pub(crate) fn wrong_company(
    text: &str,
    ctx: &Context<'_>,
    is_word: &dyn Fn(&str) -> bool,
) -> Vec<Hit> {
    let this = ctx.company.map(str::trim).filter(|c| !c.is_empty());
    let this_spans = this.map_or_else(Vec::new, |c| find_phrase(text, c, Case::Insensitive));
    let mut hits = Vec::new();
    for other in ctx.other_companies.iter().map(|c| c.trim()) {
        if other.is_empty() || this.is_some_and(|t| t.eq_ignore_ascii_case(other)) {
            continue;
        }
        // "Square" or "Notion" in lowercase is a word, not the company.
        let case = if is_word(&other.to_lowercase()) {
            Case::Sensitive
        } else {
            Case::Insensitive
        };
        for (start, end) in find_phrase(text, other, case) {
            if this_spans.iter().any(|&(s, e)| s <= start && end <= e) {
                continue;
            }
            let written = &text[start..end];
            let message = match this {
                Some(company) => format!(
                    "\"{written}\" is the company of another application; this letter is for {company}."
                ),
                None => format!(
                    "\"{written}\" is the company of another application; is it the right one?"
                ),
            };
            hits.push(
                Hit::new(FindingKind::WrongCompany, start, end, message)
                    .suggest(this.map(str::to_owned)),
            );
        }
    }
    hits
}

/// A person of another application named in this letter.
pub(crate) fn wrong_name(
    text: &str,
    ctx: &Context<'_>,
    scope: &Scope,
    is_word: &dyn Fn(&str) -> bool,
) -> Vec<Hit> {
    let recipient_parts = name_parts(ctx.recipient_names);
    let company_parts = name_parts(ctx.company.as_slice());
    let mut hits = Vec::new();
    for person in ctx.other_people.iter().map(|p| p.trim()) {
        if person.is_empty()
            || ctx
                .recipient_names
                .iter()
                .any(|r| r.trim().to_lowercase() == person.to_lowercase())
        {
            continue;
        }
        let full = find_phrase(text, person, Case::Insensitive);
        for &(start, end) in &full {
            hits.push(Hit::new(
                FindingKind::WrongName,
                start,
                end,
                format!(
                    "{person} is from another application, not this letter's recipient; check who this letter is for."
                ),
            ));
        }
        for part in words(person) {
            let lower = part.text.to_lowercase();
            if part.text.chars().count() < 3
                || recipient_parts.contains(&lower)
                || company_parts.contains(&lower)
            {
                continue;
            }
            let everyday = is_word(&lower);
            for (start, end) in find_phrase(text, part.text, Case::Sensitive) {
                let in_greeting = scope.greeting.is_some_and(|(s, e)| s <= start && end <= e);
                if full.iter().any(|&(s, e)| s <= start && end <= e)
                    || start >= scope.signature_start
                    || (everyday && !in_greeting)
                {
                    continue;
                }
                let mut hit = Hit::new(
                    FindingKind::WrongName,
                    start,
                    end,
                    format!(
                        "\"{}\" is {person} from another application, not {}; check who this letter is for.",
                        part.text,
                        recipients_phrase(ctx.recipient_names)
                    ),
                );
                if in_greeting && let [only] = ctx.recipient_names {
                    hit = hit.suggest(words(only).first().map(|w| w.text.to_owned()));
                }
                hits.push(hit);
            }
        }
    }
    hits
}

/// A recipient's name misspelled in the greeting: "Dear Jnae," for Jane.
pub(crate) fn misspelled_in_greeting(text: &str, ctx: &Context<'_>, scope: &Scope) -> Vec<Hit> {
    let Some((g_start, g_end)) = scope.greeting else {
        return Vec::new();
    };
    let other_parts = name_parts(ctx.other_people);
    let mut hits = Vec::new();
    for word in words(&text[g_start..g_end]) {
        let lower = word.text.to_lowercase();
        if word.text.chars().count() < 2
            || GREETING_WORDS.contains(&lower.as_str())
            || other_parts.contains(&lower)
        {
            continue;
        }
        if let Some(right) = near_recipient(word.text, ctx) {
            let (start, end) = (g_start + word.start, g_start + word.end);
            hits.push(misspelled(word.text, right, start, end));
        }
    }
    hits
}

/// The recipient name part that `word` is a near miss of, if any: close by
/// edit distance (a transposition counts once) or differing only in case,
/// and not itself a part of any recipient's name.
pub(crate) fn near_recipient<'a>(word: &str, ctx: &Context<'a>) -> Option<&'a str> {
    let mut best: Option<(usize, &'a str)> = None;
    for name in ctx.recipient_names {
        for part in words(name) {
            if part.text == word {
                return None;
            }
            if part.text.chars().count() < 2 {
                continue;
            }
            let d = name_distance(word, part.text);
            let close = d <= name_tolerance(part.text);
            if close && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, part.text));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// The finding for a misspelled recipient name.
pub(crate) fn misspelled(written: &str, right: &str, start: usize, end: usize) -> Hit {
    Hit::new(
        FindingKind::MisspelledName,
        start,
        end,
        format!(
            "\"{written}\" looks like a misspelling of the recipient's name; write \"{right}\"."
        ),
    )
    .suggest([right.to_owned()])
}

/// The lowercase words of a list of names.
fn name_parts(names: &[&str]) -> Vec<String> {
    names
        .iter()
        .flat_map(|n| words(n).into_iter().map(|w| w.text.to_lowercase()))
        .collect()
}

/// "Jane Doe", "Jane Doe and John Roe", or "the recipient".
fn recipients_phrase(names: &[&str]) -> String {
    match names {
        [] => "this letter's recipient".to_owned(),
        [one] => one.trim().to_owned(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter().map(|n| n.trim()).collect::<Vec<_>>().join(", "),
            last.trim()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(recipients: &'a [&'a str]) -> Context<'a> {
        Context {
            recipient_names: recipients,
            ..Context::default()
        }
    }

    #[test]
    fn near_misses_of_a_recipient_are_found() {
        let r = ["Jane Doe", "Siobhán Ní Bhriain"];
        let c = ctx(&r);
        assert_eq!(near_recipient("Jnae", &c), Some("Jane"));
        assert_eq!(near_recipient("Siobhan", &c), Some("Siobhán"));
        assert_eq!(near_recipient("jane", &c), Some("Jane"));
        assert_eq!(near_recipient("Jane", &c), None);
        assert_eq!(near_recipient("Team", &c), None);
    }

    #[test]
    fn short_names_allow_one_edit_only() {
        let r = ["Li Wei"];
        assert_eq!(near_recipient("Lee", &ctx(&r)), None);
        assert_eq!(near_recipient("Wie", &ctx(&r)), Some("Wei"));
    }
}
