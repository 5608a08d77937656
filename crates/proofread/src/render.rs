//! Findings as a person reads them in a terminal, compiler style:
//!
//! ```text
//! error: line 1: "Jnae" looks like a misspelling of the recipient's name; write "Jane".
//!   | Dear Jnae,
//!   |      ^^^^ did you mean "Jane"?
//! ```
//!
//! Carets sit under the span by display width, so they line up under wide
//! characters (CJK names) and after accented ones.

use std::fmt::Write;

use unicode_width::UnicodeWidthChar;

use crate::finding::{Finding, Part, Severity};

/// ANSI colour for each severity, and the reset code.
fn paint(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Note => "\x1b[1;36m",
    }
}
const RESET: &str = "\x1b[0m";

/// Renders findings for a terminal; `color` adds ANSI colours.
///
/// Each finding gets a header line with its severity, where it is and its
/// message, then the line it is on with carets under the span and the
/// first suggestions. An empty list renders as an empty string.
pub fn render(findings: &[Finding], subject: &str, body: &str, color: bool) -> String {
    let mut out = String::new();
    for f in findings {
        let text = match f.part {
            Part::Subject => subject,
            Part::Body => body,
        };
        let (on, off) = if color {
            (paint(f.severity), RESET)
        } else {
            ("", "")
        };
        let place = match f.part {
            Part::Subject => "subject".to_owned(),
            Part::Body => format!("line {}", f.line),
        };
        let _ = writeln!(
            out,
            "{on}{}{off}: {place}: {}",
            f.severity.as_str(),
            f.message
        );
        let start = f.start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[line_start..line_end].trim_end_matches('\r');
        let _ = writeln!(out, "  | {line}");
        let mut pad = String::new();
        // The padding copies tabs so the carets land where the terminal puts the text.
        for c in text[line_start..start].chars() {
            if c == '\t' {
                pad.push('\t');
            } else {
                pad.extend(std::iter::repeat_n(' ', c.width().unwrap_or(0)));
            }
        }
        let end = f.end.clamp(start, line_end);
        let width: usize = text[start..end]
            .chars()
            .map(|c| c.width().unwrap_or(0))
            .sum();
        let carets = "^".repeat(width.max(1));
        let hint = hint(&f.suggestions, f.start == f.end);
        let _ = writeln!(out, "  | {pad}{on}{carets}{hint}{off}");
    }
    out
}

/// The suggestions after the carets: ` did you mean "a" or "b"?`, ` add
/// "b"` where something is missing, ` remove it`, or nothing.
fn hint(suggestions: &[String], missing: bool) -> String {
    let shown: Vec<String> = suggestions
        .iter()
        .take(3)
        .map(|s| format!("\"{}\"", s.trim_end_matches('\n').replace('\n', "\\n")))
        .collect();
    match suggestions.first() {
        None => String::new(),
        Some(s) if s.is_empty() => " remove it".to_owned(),
        Some(_) if missing => format!(" add {}", shown.join(" or ")),
        Some(_) => format!(" did you mean {}?", shown.join(" or ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::FindingKind;

    fn finding(start: usize, end: usize, suggestions: &[&str]) -> Finding {
        Finding {
            kind: FindingKind::Spelling,
            severity: Severity::Error,
            part: Part::Body,
            line: 2,
            column: 1,
            start,
            end,
            message: "Message.".to_owned(),
            suggestions: suggestions.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    #[test]
    fn carets_follow_tabs_and_wide_characters() {
        let body = "Hi,\n\t王伟 wrte it";
        let start = body.find("wrte").unwrap();
        let out = render(&[finding(start, start + 4, &["wrote"])], "", body, false);
        assert_eq!(
            out,
            "error: line 2: Message.\n  | \t王伟 wrte it\n  | \t     ^^^^ did you mean \"wrote\"?\n"
        );
    }

    #[test]
    fn a_missing_thing_gets_one_caret_and_an_add_hint() {
        let body = "Hi,\nSam";
        let out = render(&[finding(4, 4, &["Best,\n"])], "", body, false);
        assert!(out.ends_with("  | Sam\n  | ^ add \"Best,\"\n"), "{out}");
    }
}
