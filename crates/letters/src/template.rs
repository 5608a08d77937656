//! The kinds of letter afterview drafts, and their names.
//!
//! A [`Template`]'s name is what a person types (`afterview draft thanks`)
//! and the name of the file that overrides it (`thanks.txt`). Parsing is
//! forgiving about case and hyphens ("Follow-Up" is `followup`) and says
//! which names exist when a name is wrong.

use std::fmt;
use std::str::FromStr;

/// A kind of letter, each with a built-in template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Template {
    /// A thank-you note to an interviewer, the same day.
    Thanks,
    /// A thank-you note after a second or later round.
    ThanksAgain,
    /// The follow-up to the hiring contact right after an interview.
    FollowUp,
    /// A polite reminder after a follow-up met silence.
    Nudge,
    /// A check-in with a recruiter.
    CheckIn,
    /// A networking ask: a contact who knows the company is asked for a
    /// good word or for their insight.
    Ask,
    /// Politely withdrawing an application.
    Withdraw,
}

impl Template {
    /// Every template, in the order a job search meets them.
    pub const ALL: [Template; 7] = [
        Template::Thanks,
        Template::ThanksAgain,
        Template::FollowUp,
        Template::Nudge,
        Template::CheckIn,
        Template::Ask,
        Template::Withdraw,
    ];

    /// The name a person types and the override file's stem: "thanks",
    /// "thanks-again", "followup", "nudge", "checkin", "ask" or "withdraw".
    pub fn name(self) -> &'static str {
        match self {
            Template::Thanks => "thanks",
            Template::ThanksAgain => "thanks-again",
            Template::FollowUp => "followup",
            Template::Nudge => "nudge",
            Template::CheckIn => "checkin",
            Template::Ask => "ask",
            Template::Withdraw => "withdraw",
        }
    }

    /// The name of the file that holds the template: "thanks.txt".
    pub fn file_name(self) -> String {
        format!("{}.txt", self.name())
    }

    /// The built-in template's text.
    pub(crate) fn builtin_text(self) -> &'static str {
        match self {
            Template::Thanks => include_str!("../templates/thanks.txt"),
            Template::ThanksAgain => include_str!("../templates/thanks-again.txt"),
            Template::FollowUp => include_str!("../templates/followup.txt"),
            Template::Nudge => include_str!("../templates/nudge.txt"),
            Template::CheckIn => include_str!("../templates/checkin.txt"),
            Template::Ask => include_str!("../templates/ask.txt"),
            Template::Withdraw => include_str!("../templates/withdraw.txt"),
        }
    }

    /// The template a name means, ignoring case, hyphens, underscores and
    /// spaces, so "Follow-Up" and "thanks_again" are found.
    pub(crate) fn find(name: &str) -> Option<Template> {
        let key = squash(name);
        Template::ALL.into_iter().find(|t| squash(t.name()) == key)
    }

    /// The template name closest to a mistyped one, if any is close.
    pub(crate) fn nearest(name: &str) -> Option<Template> {
        let key = squash(name);
        Template::ALL
            .into_iter()
            .map(|t| (strsim::jaro_winkler(&key, &squash(t.name())), t))
            .filter(|(score, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, t)| t)
    }
}

/// A name in lowercase without the separators people vary.
fn squash(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A template name that names no template.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no template named '{name}'; {}", advice(.suggestion))]
pub struct UnknownTemplate {
    /// The name as given.
    pub name: String,
    /// The closest template name, when one is close.
    pub suggestion: Option<Template>,
}

/// "did you mean 'thanks'? The templates are ..." or "the templates are ...".
fn advice(suggestion: &Option<Template>) -> String {
    match suggestion {
        Some(t) => format!("did you mean '{t}'? The templates are {}", names()),
        None => format!("the templates are {}", names()),
    }
}

/// Every template name, comma-separated.
pub(crate) fn names() -> String {
    Template::ALL.map(Template::name).join(", ")
}

impl FromStr for Template {
    type Err = UnknownTemplate;

    fn from_str(s: &str) -> Result<Template, UnknownTemplate> {
        Template::find(s).ok_or_else(|| UnknownTemplate {
            name: s.trim().to_owned(),
            suggestion: Template::nearest(s),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_parses_back_to_its_template() {
        for t in Template::ALL {
            assert_eq!(t.name().parse::<Template>(), Ok(t));
        }
        assert_eq!("Follow-Up".parse::<Template>(), Ok(Template::FollowUp));
        assert_eq!("check-in".parse::<Template>(), Ok(Template::CheckIn));
        assert_eq!(
            "thanks_again".parse::<Template>(),
            Ok(Template::ThanksAgain)
        );
    }

    #[test]
    fn a_wrong_name_lists_the_names_and_the_nearest() {
        let err = "thank".parse::<Template>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "no template named 'thank'; did you mean 'thanks'? The templates are thanks, thanks-again, followup, nudge, checkin, ask, withdraw"
        );
        let err = "invoice".parse::<Template>().unwrap_err();
        assert_eq!(err.suggestion, None);
        assert!(
            err.to_string()
                .starts_with("no template named 'invoice'; the")
        );
    }
}
