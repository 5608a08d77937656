//! Grammar slips typical of job-search letters that Harper does not catch.
//!
//! Harper is a general checker; a few mistakes are both common in letters
//! and missed by it ("I look forward to hear from you", "thank you for you
//! time", "who's team"). Each rule here is a narrow pattern for one of them,
//! narrow on purpose: it must never fire on a correct letter. Add a rule
//! only with a unit test for the mistake and one for the correct phrase
//! next to it.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::finding::{FindingKind, Hit};

/// A rule: a pattern whose capture group 1 is the wrong text, and how to
/// describe and fix that text.
struct Rule {
    pattern: Regex,
    fix: fn(&Captures<'_>) -> (String, Option<String>),
}

/// The nouns after "your" that a letter thanks someone for or refers to.
const YOUR_NOUNS: &str = "time|consideration|help|patience|support|feedback|team|insights?|guidance|advice|reply|response|interest|company|organi[sz]ation|kindness|generosity|hospitality|offer";

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rule = |pattern: &str, fix: fn(&Captures<'_>) -> (String, Option<String>)| Rule {
        pattern: Regex::new(pattern).expect("phrase patterns are valid"),
        fix,
    };
    vec![
        // "I look forward to hear from you": "to" here is a preposition.
        rule(
            r"(?i)\blook(?:s|ing|ed)?\s+forward\s+to\s+(hear|meet|speak|talk|work|see|join|connect|discuss|learn|continue|receive|chat|catch up|contribute|collaborate|start)\b",
            |c| {
                let verb = c[1].to_lowercase();
                let fixed = gerund(&verb);
                (
                    format!("After \"look forward to\", use the -ing form: \"{fixed}\"."),
                    Some(fixed),
                )
            },
        ),
        // "Thank you for you time".
        rule(
            &format!(
                r"(?i)\b(?:for|with|to|of|from|about|appreciate|value)\s+(you)\s+(?:{YOUR_NOUNS})\b"
            ),
            |c| {
                (
                    format!(
                        "\"{}\" should be \"your\" here (it belongs to them).",
                        &c[1]
                    ),
                    Some(match_case("your", &c[1])),
                )
            },
        ),
        // "you're team".
        rule(
            &format!(r"(?i)\b(you're|you’re)\s+(?:{YOUR_NOUNS}|role|work)\b"),
            |c| {
                (
                    format!(
                        "\"{}\" means \"you are\"; the possessive is \"your\".",
                        &c[1]
                    ),
                    Some(match_case("your", &c[1])),
                )
            },
        ),
        // "who's work": "who's" is "who is".
        rule(
            r"(?i)\b(who's|who’s)\s+(?:work|team|role|company|insights|feedback|advice|guidance|leadership|research|products?|projects?|writing|talk|book|approach|story)\b",
            |c| {
                (
                    format!(
                        "\"{}\" means \"who is\"; the possessive is \"whose\".",
                        &c[1]
                    ),
                    Some(match_case("whose", &c[1])),
                )
            },
        ),
        // "Thank you for taking the time to meeting with me".
        rule(
            r"(?i)\b(?:take|takes|took|taking|taken)\s+(?:the\s+)?time\s+to\s+(meeting|speaking|talking|chatting|interviewing|discussing|sharing|hearing|reading|reviewing|walking)\b",
            |c| {
                let base = base_form(&c[1].to_lowercase());
                (
                    format!("After \"the time to\", use the plain verb: \"{base}\"."),
                    Some(base),
                )
            },
        ),
        // "could care less" says the opposite of what is meant.
        rule(r"(?i)\b(could\s+care\s+less)\b", |c| {
            let fixed = match_case("couldn't care less", &c[1]);
            (
                format!(
                    "\"{}\" says the opposite; the idiom is \"couldn't care less\".",
                    &c[1]
                ),
                Some(fixed),
            )
        }),
        // "Me and my team moved ...": a subject needs "I", and "I" goes last.
        rule(r"(?m)(?:^|[.!?]\s+)(Me and (?:my|our) (\w+))\b", |c| {
            let fixed = format!("My {} and I", &c[2]);
            (
                format!("As the subject of a sentence, write \"{fixed}\"."),
                Some(fixed),
            )
        }),
    ]
});

/// "hear" to "hearing", "chat" to "chatting", "catch up" to "catching up".
fn gerund(verb: &str) -> String {
    match verb {
        "chat" => "chatting".to_owned(),
        "catch up" => "catching up".to_owned(),
        "continue" | "receive" | "contribute" | "collaborate" => {
            format!("{}ing", &verb[..verb.len() - 1])
        }
        _ => format!("{verb}ing"),
    }
}

/// "meeting" to "meet", "sharing" to "share", "chatting" to "chat".
fn base_form(ing: &str) -> String {
    match ing {
        "chatting" => "chat".to_owned(),
        "sharing" => "share".to_owned(),
        "discussing" => "discuss".to_owned(),
        "reviewing" => "review".to_owned(),
        _ => ing.trim_end_matches("ing").to_owned(),
    }
}

/// `word` with a capital first letter when `like` has one.
fn match_case(word: &str, like: &str) -> String {
    if like.chars().next().is_some_and(char::is_uppercase) {
        crate::text::capitalized(word)
    } else {
        word.to_owned()
    }
}

/// Every letter slip in `text` that the rules know.
pub(crate) fn slips(text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    for rule in RULES.iter() {
        for caps in rule.pattern.captures_iter(text) {
            let Some(wrong) = caps.get(1) else { continue };
            let (message, fixed) = (rule.fix)(&caps);
            hits.push(
                Hit::new(FindingKind::Grammar, wrong.start(), wrong.end(), message).suggest(fixed),
            );
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(text: &str) -> Vec<(String, String)> {
        slips(text)
            .into_iter()
            .map(|h| (text[h.start..h.end].to_owned(), h.suggestions.join("|")))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn look_forward_to_takes_the_ing_form() {
        assert_eq!(
            fixes("I look forward to hear from you."),
            [pair("hear", "hearing")]
        );
        assert_eq!(
            fixes("Looking forward to chat soon."),
            [pair("chat", "chatting")]
        );
        assert!(fixes("I look forward to hearing from you.").is_empty());
    }

    #[test]
    fn you_before_a_noun_is_your() {
        assert_eq!(fixes("Thank you for you time."), [pair("you", "your")]);
        assert_eq!(
            fixes("I wish you and you're team well."),
            [pair("you're", "your")]
        );
        assert!(fixes("Thank you for your time; you're kind.").is_empty());
        assert!(fixes("I am grateful to you for your time.").is_empty());
    }

    #[test]
    fn whose_and_the_time_to() {
        assert_eq!(
            fixes("your colleague, who's work I admire"),
            [pair("who's", "whose")]
        );
        assert!(fixes("Ana, who's leading the team, said").is_empty());
        assert_eq!(
            fixes("Thank you for taking the time to meeting with me."),
            [pair("meeting", "meet")]
        );
        assert!(fixes("I devote time to learning.").is_empty());
    }

    #[test]
    fn me_and_my_team_as_a_subject() {
        assert_eq!(
            fixes("Me and my team moved it."),
            [pair("Me and my team", "My team and I")]
        );
        assert!(fixes("She thanked me and my team.").is_empty());
        assert_eq!(
            fixes("Some could care less."),
            [pair("could care less", "couldn't care less")]
        );
    }
}
