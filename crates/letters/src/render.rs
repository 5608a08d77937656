//! How templates become letters: the template environment, afterview's
//! filters, and the tidying that makes any template's output a clean letter.
//!
//! The environment is set up for plain-text letters: no HTML escaping; the
//! indentation before a tag that starts a line is dropped (`lstrip_blocks`;
//! [`format::standalone_tags`](crate::format::standalone_tags) drops lines
//! that hold only tags); a missing name is an error rather than an empty gap
//! (the variable check catches those before any render), while a field of
//! an absent group (`debrief.issue` without a debrief) is simply false in
//! an `{% if %}` and empty in a `{% for %}`; and printing an absent value or
//! a whole list is an error that says how to write it, so a letter never
//! says "none", leaves a gap, or prints `["Rust", "Go"]`.
//!
//! The filters are the few things English needs that Jinja lacks:
//! `join_and` ("Rust, Go and SQL"), `the` ("the writing sample") and
//! `ordinal` ("second"). After rendering, [`tidy_body`] and
//! [`tidy_subject`] remove what optional parts leave behind: trailing
//! spaces, runs of blank lines, a subject broken over lines.

use minijinja::value::ValueKind;
use minijinja::{
    AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior, Value,
};

/// A new environment for letter templates, with afterview's filters.
pub(crate) fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .lstrip_blocks(true)
        .build()
        .expect("the default delimiters are a valid syntax");
    env.set_syntax(syntax);
    // Inside an absent group, `{% if debrief.issue %}` is false and
    // `{% for item in debrief.owed %}` runs no times, as a template author
    // expects; printing such a value is refused by `format_value`.
    env.set_undefined_behavior(UndefinedBehavior::Chainable);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_formatter(format_value);
    env.add_filter("join_and", join_and);
    env.add_filter("the", the);
    env.add_filter("ordinal", ordinal);
    env
}

/// Prints a value into a letter, refusing what would read as a mistake.
fn format_value(
    out: &mut Output<'_>,
    state: &mut State<'_, '_>,
    value: &Value,
) -> Result<(), Error> {
    match value.kind() {
        ValueKind::None | ValueKind::Undefined => Err(Error::new(
            ErrorKind::InvalidOperation,
            "this letter has no value for an optional field printed here; print it inside {% if ... %} ... {% endif %} so the sentence is left out when it is absent",
        )),
        ValueKind::Seq | ValueKind::Iterable => Err(Error::new(
            ErrorKind::InvalidOperation,
            "a list is printed here as it is; use a filter such as `|join_and` or `|first`, or a {% for %} loop",
        )),
        ValueKind::Map => Err(Error::new(
            ErrorKind::InvalidOperation,
            "a group of fields is printed here as it is; print one of its fields, such as `to.name`",
        )),
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// `["Rust", "Go", "SQL"]` as "Rust, Go and SQL"; one item as itself, none
/// as nothing.
fn join_and(list: &Value) -> Result<String, Error> {
    let items: Vec<String> = list
        .try_iter()?
        .map(|v| v.to_string())
        .filter(|s| !s.trim().is_empty())
        .collect();
    Ok(match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    })
}

/// Words that already make a noun phrase definite or counted.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these",
    "those", "some", "any", "each", "every", "both", "all", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "several", "a few", "more",
];

/// "writing sample" as "the writing sample"; "a link to my talk", "my
/// references" and "3 case studies" stay as they are.
fn the(phrase: &str) -> String {
    let phrase = phrase.trim();
    let first = phrase.split_whitespace().next().unwrap_or_default();
    let first_lower = first.to_lowercase();
    if phrase.is_empty()
        || DETERMINERS.contains(&first_lower.as_str())
        || first.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        phrase.to_owned()
    } else {
        format!("the {phrase}")
    }
}

/// 2 as "second", up to "tenth"; after that "11th", "21st", "22nd".
fn ordinal(n: i64) -> String {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if let Some(word) = usize::try_from(n - 1).ok().and_then(|i| WORDS.get(i)) {
        return (*word).to_owned();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// A rendered body as a letter: no trailing spaces, no blank lines at the
/// start, never two blank lines in a row, and exactly one newline at the end.
pub(crate) fn tidy_body(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank_run > 0 {
                out.push('\n');
            }
        }
        blank_run = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// A rendered subject as one line with single spaces.
pub(crate) fn tidy_subject(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(source: &str, ctx: Value) -> Result<String, Error> {
        environment().render_str(source, ctx)
    }

    #[test]
    fn lists_read_as_english() {
        let list = |items: &[&str]| join_and(&Value::from(minijinja::value::Serde(items))).unwrap();
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["Rust"]), "Rust");
        assert_eq!(list(&["Rust", "Go"]), "Rust and Go");
        assert_eq!(list(&["Rust", "Go", "SQL"]), "Rust, Go and SQL");
    }

    #[test]
    fn noun_phrases_get_an_article_only_when_they_lack_one() {
        assert_eq!(the("writing sample"), "the writing sample");
        assert_eq!(the("a link to my talk"), "a link to my talk");
        assert_eq!(the("My references"), "My references");
        assert_eq!(the("3 case studies"), "3 case studies");
        assert_eq!(the("two references"), "two references");
    }

    #[test]
    fn ordinals_are_words_then_numbers() {
        assert_eq!(ordinal(1), "first");
        assert_eq!(ordinal(2), "second");
        assert_eq!(ordinal(10), "tenth");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(112), "112th");
        assert_eq!(ordinal(0), "0th");
    }

    #[test]
    fn printing_an_absent_value_or_a_list_says_how_to_fix_it() {
        let ctx = Value::from(minijinja::value::Serde(absent_values()));
        let err = render("Dear {{ role }}", ctx.clone()).unwrap_err();
        assert!(err.to_string().contains("{% if"), "{err}");
        let err = render("{{ debrief.issue }}", ctx.clone()).unwrap_err();
        assert!(err.to_string().contains("{% if"), "{err}");
        let err = render("{{ skills }}", ctx.clone()).unwrap_err();
        assert!(err.to_string().contains("join_and"), "{err}");
        assert_eq!(render("{{ skills|join_and }}", ctx).unwrap(), "Rust and Go");
    }

    #[test]
    fn fields_of_an_absent_group_are_false_and_empty() {
        let ctx = Value::from(minijinja::value::Serde(absent_values()));
        let source = "{% if debrief.issue %}x{% endif %}{% for o in debrief.owed %}y{% endfor %}.";
        assert_eq!(render(source, ctx).unwrap(), ".");
    }

    fn absent_values() -> std::collections::BTreeMap<&'static str, Value> {
        [
            ("role", Value::from(())),
            ("debrief", Value::from(())),
            (
                "skills",
                Value::from(minijinja::value::Serde(["Rust", "Go"])),
            ),
        ]
        .into()
    }

    #[test]
    fn a_tag_that_ends_a_line_keeps_the_line_break() {
        let out = render("a{% if true %} b{% endif %}\n\nc", Value::UNDEFINED).unwrap();
        assert_eq!(out, "a b\n\nc");
        let out = render("x\n  {% if true %}y{% endif %}", Value::UNDEFINED).unwrap();
        assert_eq!(out, "x\ny");
    }

    #[test]
    fn tidying_leaves_one_blank_line_and_one_final_newline() {
        assert_eq!(
            tidy_body("\n\nDear Jo, \n\n\n\nThanks.  \n\n"),
            "Dear Jo,\n\nThanks.\n"
        );
        assert_eq!(
            tidy_subject(" Thank you\n for  Tuesday "),
            "Thank you for Tuesday"
        );
    }
}
