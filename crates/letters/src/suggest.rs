//! The nearest existing name to a mistyped one, for "did you mean ...?".
//!
//! A plain edit distance finds `to.name` for `to.nmae`, but not for
//! `interviewer.name` or `recipient.first_name`, the names people reach for
//! when they think of the letter's reader. So a few such words are mapped
//! to afterview's own first (`interviewer` is `to`), then the closest
//! existing path wins if it is close enough to be a typo.

use crate::schema::{Shape, VARS};

/// Names people reach for that afterview spells differently, by the first
/// part of a path: `interviewer.name` is `to.name`.
const ALIASES: &[(&str, &str)] = &[
    ("interviewer", "to"),
    ("recipient", "to"),
    ("recruiter", "to"),
    ("hiring_manager", "to"),
    ("manager", "to"),
    ("them", "to"),
    ("you", "to"),
    ("sender", "me"),
    ("candidate", "me"),
    ("my", "me"),
    ("user", "me"),
    ("i", "me"),
    ("job", "role"),
    ("position", "role"),
    ("title", "role"),
    ("job_title", "role"),
    ("employer", "company"),
    ("organisation", "company"),
    ("organization", "company"),
    ("company_name", "company"),
    ("date", "interview.date"),
    ("day", "interview.day"),
];

/// The variable nearest to an unknown dotted path, if one is near enough.
pub(crate) fn suggest_path(written: &str) -> Option<String> {
    let paths = VARS.paths();
    let exists = |p: &str| paths.iter().find(|(q, _)| q == p).map(|(_, s)| s.clone());
    // A person or a thing, not its fields: `{{ interviewer }}` means the name.
    let named = |p: String| match exists(&p) {
        Some(Shape::Fields(f)) if f.contains_key("name") => format!("{p}.name"),
        _ => p,
    };
    let lower = written.to_lowercase();
    let (head, rest) = match lower.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (lower.as_str(), None),
    };
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == head) {
        let candidate = match rest {
            Some(r) => format!("{to}.{r}"),
            None => (*to).to_owned(),
        };
        if exists(&candidate).is_some() {
            return Some(named(candidate));
        }
        if rest.is_some() {
            let prefix = format!("{to}.");
            let fields = paths
                .iter()
                .map(|(p, _)| p.as_str())
                .filter(|p| p.starts_with(&prefix));
            if let Some(near) = nearest(&candidate, fields) {
                return Some(near);
            }
        }
    }
    // `first_name` alone: a field of the recipient (or the sender).
    if rest.is_none() {
        for owner in ["to", "me", "interview", "debrief"] {
            let candidate = format!("{owner}.{lower}");
            if exists(&candidate).is_some() {
                return Some(candidate);
            }
        }
    }
    nearest(&lower, paths.iter().map(|(p, _)| p.as_str())).map(named)
}

/// The candidate nearest to `written`, if it is near enough to be a typo.
pub(crate) fn nearest<'a>(
    written: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let lower = written.to_lowercase();
    candidates
        .map(|c| (strsim::normalized_damerau_levenshtein(&lower, c), c))
        .filter(|(score, c)| {
            *score >= 0.6 || (c.len() <= 4 && strsim::damerau_levenshtein(&lower, c) <= 1)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn familiar_words_lead_to_afterview_names() {
        assert_eq!(suggest_path("interviewer.name").as_deref(), Some("to.name"));
        assert_eq!(
            suggest_path("recipient.firstname").as_deref(),
            Some("to.first_name")
        );
        assert_eq!(
            suggest_path("my.signature").as_deref(),
            Some("me.signature")
        );
        assert_eq!(suggest_path("job").as_deref(), Some("role"));
    }

    #[test]
    fn typos_lead_to_the_closest_name_and_nonsense_to_none() {
        assert_eq!(suggest_path("compnay").as_deref(), Some("company"));
        assert_eq!(
            suggest_path("interview.dya").as_deref(),
            Some("interview.day")
        );
        assert_eq!(suggest_path("shoe_size"), None);
        assert_eq!(
            nearest("joinand", ["join_and", "join"].into_iter()).as_deref(),
            Some("join_and")
        );
    }
}
