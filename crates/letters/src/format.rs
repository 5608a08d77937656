//! The template file format: a `Subject:` line, a blank line, the body.
//!
//! ```text
//! Subject: Thank you for the {{ role }} interview
//!
//! Dear {{ to.first_name }},
//! ...
//! ```
//!
//! A line that holds nothing but `{% %}` tags and `{# #}` comments leaves
//! nothing in the letter, not even its line break ([`standalone_tags`]);
//! every other line prints as written, its line break included. That is the
//! rule people expect from a plain-text template, and unlike Jinja's
//! `trim_blocks` it never swallows the line break after a tag that ends a
//! line of text.
//!
//! The subject and the body are two templates. They are kept apart with the
//! line where the body starts, so that an error in the body names the line
//! of the file and not of the body alone. Files written on Windows (CRLF
//! line ends, a byte-order mark) read the same as any other.

/// A template file split into its subject and body templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parts {
    /// The subject template: the first line after "Subject:".
    pub subject: String,
    /// The body template.
    pub body: String,
    /// The line of the file where the body starts, from 1.
    pub body_line: usize,
}

impl Parts {
    /// The line of the file that a line of the body is on.
    pub fn file_line(&self, body_line: usize) -> usize {
        self.body_line + body_line.max(1) - 1
    }
}

/// The text of a template file as templates see it: `\n` line ends and no
/// byte-order mark.
pub(crate) fn normalise(text: &str) -> String {
    text.trim_start_matches('\u{feff}').replace("\r\n", "\n")
}

/// Splits a (normalised) template file; `None` when its first line is not a
/// `Subject:` line.
pub(crate) fn split(text: &str) -> Option<Parts> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let subject = strip_prefix_ignore_case(first.trim_start(), "subject:")?;
    // The blank line after the subject is the format's; a body that starts
    // right away is taken as it is rather than refused.
    let (body, body_line) = match rest.split_once('\n') {
        Some((second, after)) if second.trim().is_empty() => (after, 3),
        _ if rest.trim().is_empty() => ("", 2),
        _ => (rest, 2),
    };
    Some(Parts {
        subject: subject.trim().to_owned(),
        body: body.to_owned(),
        body_line,
    })
}

/// The body with every line that holds only tags and comments joined to the
/// next one, so that it prints nothing.
///
/// The line break moves into a comment (`{% if x %}{#\n#}`) rather than
/// away, so the template keeps its line numbers for error messages.
pub(crate) fn standalone_tags(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 64);
    for line in body.split_inclusive('\n') {
        match line.strip_suffix('\n') {
            Some(content) if only_tags(content) => {
                out.push_str(content);
                out.push_str("{#\n#}");
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// Whether a line holds one or more `{% %}` tags or `{# #}` comments and
/// nothing else but spaces.
fn only_tags(line: &str) -> bool {
    let mut rest = line.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let close = if rest.starts_with("{%") {
            "%}"
        } else if rest.starts_with("{#") {
            "#}"
        } else {
            return false;
        };
        match rest[2..].find(close) {
            Some(end) => rest = rest[2 + end + 2..].trim_start(),
            None => return false,
        }
    }
    true
}

/// `text` after `prefix`, compared without regard to ASCII case.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_and_the_body_are_split_with_the_body_line() {
        let parts =
            split("Subject: Hi {{ to.first_name }}\n\nDear {{ to.first_name }},\n").unwrap();
        assert_eq!(parts.subject, "Hi {{ to.first_name }}");
        assert_eq!(parts.body, "Dear {{ to.first_name }},\n");
        assert_eq!(parts.file_line(1), 3);
    }

    #[test]
    fn a_body_right_under_the_subject_is_kept() {
        let parts = split("subject: Hi\nDear Jo,\n").unwrap();
        assert_eq!(
            (parts.subject.as_str(), parts.body.as_str(), parts.body_line),
            ("Hi", "Dear Jo,\n", 2)
        );
    }

    #[test]
    fn a_file_without_a_subject_line_is_refused() {
        assert_eq!(split("Dear {{ to.first_name }},\n"), None);
        assert_eq!(split(""), None);
        assert_eq!(split("Subj"), None);
    }

    #[test]
    fn only_lines_of_tags_lose_their_line_break() {
        let body = "a\n  {% if x %}\nb{% endif %}\n{# note #} {% set y = 1 %}\n\nc\n";
        assert_eq!(
            standalone_tags(body),
            "a\n  {% if x %}{#\n#}b{% endif %}\n{# note #} {% set y = 1 %}{#\n#}\nc\n"
        );
        assert!(!only_tags("{% if x %} text"));
        assert!(!only_tags("{{ name }}"));
        assert!(!only_tags("{% if x"));
    }

    #[test]
    fn windows_files_read_the_same() {
        let text = normalise("\u{feff}Subject: Hi\r\n\r\nDear Jo,\r\n");
        assert_eq!(split(&text).unwrap().body, "Dear Jo,\n");
    }
}
