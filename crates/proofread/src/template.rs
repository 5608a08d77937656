//! Template markers left in a letter: `[Name]`, `{{company}}`, `<NAME>`,
//! `XXX`, `TODO`, `TBD`, "Lorem ipsum", `[insert ...]`, `___`.
//!
//! Letters are often drafted from a template or an earlier letter; a marker
//! that survives into the sent letter tells the reader exactly that. The
//! patterns are the shapes template systems and people use for blanks, and
//! are strict enough that ordinary prose does not match them: brackets must
//! hold a word, and capital markers must stand alone as words.

use std::sync::LazyLock;

use regex::Regex;

use crate::finding::{FindingKind, Hit};

/// The marker shapes, each with how a message describes it.
static MARKERS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        // {{company}}, {{ first_name }}: Handlebars, Jinja and Mustache.
        (r"\{\{[^{}\n]{0,60}\}\}", "a template field"),
        // {% if x %}: a template tag.
        (r"\{%[^\n]{0,80}?%\}", "a template tag"),
        // {company}, {first_name}: format strings.
        (r"\{[^{}\n]{1,40}\}", "a template field"),
        // [Name], [Company Name], [insert project here].
        (r"\[[^\[\]\n]*\p{L}[^\[\]\n]{0,80}\]", "a blank to fill in"),
        // <NAME>, <company>: but not an email address or a link in brackets.
        (r"<[\p{L}_][\p{L}\p{N} _-]{0,30}>", "a blank to fill in"),
        // XXX, xx, TODO, TBD, TK, FIXME as words.
        (
            r"\b(?:X{2,}|x{3,}|TODO|TBD|TBC|FIXME)\b",
            "a marker for something unfinished",
        ),
        // Lorem ipsum filler, to the end of its sentence.
        (r"(?i)\blorem ipsum\b[^.\n]*\.?", "filler text"),
        // ___ blanks.
        (r"_{3,}", "a blank to fill in"),
    ]
    .into_iter()
    .map(|(pattern, what)| {
        (
            Regex::new(pattern).expect("marker patterns are valid"),
            what,
        )
    })
    .collect()
});

/// Every template marker in `text`.
pub(crate) fn placeholders(text: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (pattern, what) in MARKERS.iter() {
        for m in pattern.find_iter(text) {
            // The first pattern that claims a span wins: "{{x}}" is not also "{x}".
            if hits.iter().any(|h| m.start() < h.end && h.start < m.end()) {
                continue;
            }
            hits.push(Hit::new(
                FindingKind::Placeholder,
                m.start(),
                m.end(),
                format!(
                    "\"{}\" is {what} left from a template; replace it with the real text or remove it.",
                    m.as_str()
                ),
            ));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        placeholders(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    #[test]
    fn markers_are_found() {
        assert_eq!(
            found("Dear [Name], at {{company}}"),
            ["[Name]", "{{company}}"]
        );
        assert_eq!(
            found("Hi <NAME>, by XXX. TODO: link"),
            ["<NAME>", "XXX", "TODO"]
        );
        assert_eq!(found("on ___ and {first_name}"), ["___", "{first_name}"]);
        assert_eq!(
            found("Lorem ipsum dolor sit amet. Next"),
            ["Lorem ipsum dolor sit amet."]
        );
    }

    #[test]
    fn ordinary_text_is_not_a_marker() {
        assert!(found("Email me at <sam@example.com> or see [1].").is_empty());
        assert!(found("The Xbox team and a 10x gain, TBDs aside").is_empty());
    }
}
