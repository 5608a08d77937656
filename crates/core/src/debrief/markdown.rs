//! Reading the Markdown form of a debrief, as written in `$EDITOR` or on stdin.
//!
//! The document is forgiving where people are loose (heading spelling, `*`
//! or `-` for items, labels in any case) and strict where a guess could lose
//! or twist what was written: text outside a section, an unknown heading or
//! a rating that is not a number is an error that names its line, so the
//! editor loop can reopen the file at the right place.

use super::{
    BetterAnswer, Content, Decision, Owed, PastDates, Rating, check_due, check_item, check_notes,
    check_size, owed_from_text, parse_decision, quote,
};
use crate::suggest::did_you_mean;
use crate::text::Invalid;
use crate::when::parse_when;
use jiff::ZonedDateTime;

/// Why a Markdown debrief could not be read, and on which line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct DebriefError {
    /// The line, counted from 1 in the text that was parsed.
    pub line: usize,
    /// A sentence for the person: what was wrong and how to fix it.
    pub message: String,
}

impl DebriefError {
    /// Makes an error for a line.
    fn new(line: usize, message: impl Into<String>) -> Self {
        DebriefError {
            line,
            message: message.into(),
        }
    }

    /// Places a value error on a line.
    fn at(line: usize) -> impl Fn(Invalid) -> DebriefError {
        move |e| DebriefError::new(line, e.message)
    }
}

/// A part of the debrief, introduced by a `##` heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    /// What went well.
    WentWell,
    /// Questions to answer better.
    Better,
    /// Issues that surfaced.
    Issues,
    /// Items owed to the interviewer.
    Owed,
    /// What to do better next time.
    DoBetter,
    /// The decision timeline.
    Decision,
    /// The self-rating.
    Rating,
    /// Free notes.
    Notes,
}

impl Section {
    /// Every section, in the order the document shows them.
    pub(super) const ALL: [Section; 8] = [
        Section::WentWell,
        Section::Better,
        Section::Issues,
        Section::Owed,
        Section::DoBetter,
        Section::Decision,
        Section::Rating,
        Section::Notes,
    ];

    /// The heading as the template writes it.
    pub(super) fn title(self) -> &'static str {
        match self {
            Section::WentWell => "Went well",
            Section::Better => "Questions to answer better",
            Section::Issues => "Issues that surfaced",
            Section::Owed => "Owed",
            Section::DoBetter => "Do better next time",
            Section::Decision => "Decision timeline",
            Section::Rating => "Rating",
            Section::Notes => "Notes",
        }
    }

    /// Words or phrases in a heading that point to this section.
    fn keywords(self) -> &'static [&'static str] {
        match self {
            Section::WentWell => &[
                "went well",
                "well",
                "good",
                "wins",
                "strengths",
                "positives",
                "highlights",
            ],
            Section::Better => &["question", "questions", "answer", "answers"],
            Section::Issues => &[
                "issue",
                "issues",
                "concern",
                "concerns",
                "problem",
                "problems",
                "surfaced",
                "red flags",
                "worries",
            ],
            Section::Owed => &[
                "owe",
                "owed",
                "owing",
                "promised",
                "to send",
                "deliverables",
            ],
            Section::DoBetter => &[
                "do better",
                "next time",
                "improve",
                "improvements",
                "lesson",
                "lessons",
                "learned",
                "learnt",
            ],
            Section::Decision => &["decision", "decisions", "decide", "timeline", "next steps"],
            Section::Rating => &["rating", "rate", "score", "stars"],
            Section::Notes => &["note", "notes", "misc", "anything else"],
        }
    }

    /// The section a heading names exactly (ignoring case and punctuation).
    fn exact(heading: &str) -> Option<Section> {
        let norm = normalize(heading);
        Section::ALL
            .into_iter()
            .find(|s| normalize(s.title()) == norm || s.keywords().contains(&norm.as_str()))
    }

    /// The one section whose keywords the heading contains, if exactly one does.
    fn guess(heading: &str) -> Option<Section> {
        let padded = format!(" {} ", normalize(heading));
        let mut hits = Section::ALL.into_iter().filter(|s| {
            s.keywords()
                .iter()
                .any(|k| padded.contains(&format!(" {k} ")))
        });
        match (hits.next(), hits.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }
}

/// Lowercases a heading, turns punctuation into spaces and collapses spaces.
fn normalize(heading: &str) -> String {
    let spaced: String = heading
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The error for a heading that names no section.
fn unknown_heading(line: usize, heading: &str) -> DebriefError {
    let titles: Vec<&str> = Section::ALL.iter().map(|s| s.title()).collect();
    let norm = normalize(heading);
    let names: Vec<(String, Section)> = Section::ALL
        .into_iter()
        .flat_map(|s| {
            let keywords = s.keywords().iter().map(move |k| ((*k).to_owned(), s));
            std::iter::once((normalize(s.title()), s)).chain(keywords)
        })
        .collect();
    let suggestion = did_you_mean(&norm, names.iter().map(|(n, _)| n.as_str()))
        .and_then(|found| names.iter().find(|(n, _)| n == found))
        .map(|(_, s)| s.title());
    let what = if norm.is_empty() {
        "a heading with no name".to_owned()
    } else {
        format!(
            "unknown section {}",
            quote(&format!("## {}", heading.trim()))
        )
    };
    let hint = match suggestion {
        Some(title) => format!("; did you mean \"## {title}\"?"),
        None => ".".to_owned(),
    };
    DebriefError::new(
        line,
        format!("{what}{hint} The sections are: {}", titles.join(", ")),
    )
}

/// A line of the document with its comments taken out.
struct Line {
    /// The line's number, from 1.
    number: usize,
    /// What is left of the line outside comments, without its line break.
    text: String,
}

impl Line {
    /// True when nothing is written on the line.
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// True when the line starts with a space or a tab.
    fn is_indented(&self) -> bool {
        self.text.starts_with([' ', '\t'])
    }
}

/// Reads a debrief written in the Markdown form that [`template`](super::template) makes.
///
/// Comments (`<!-- -->`, also across lines) and the `#` title line are
/// ignored. Returns `Ok(None)` when nothing was written, as with the
/// untouched template or an empty file, so that the caller can give up the
/// way `git commit` does. Relative dates ("by friday") are read against
/// `now`, in its time zone.
///
/// # Errors
///
/// A [`DebriefError`] names the first line that could not be read and says
/// how to fix it: text outside a section, an unknown or repeated heading, a
/// malformed item, an unreadable date, a rating that is not 1 to 5, or a
/// debrief larger than [`MAX_LONG_TEXT_BYTES`](crate::text::MAX_LONG_TEXT_BYTES).
pub fn parse_markdown(text: &str, now: &ZonedDateTime) -> Result<Option<Content>, DebriefError> {
    let lines = visible_lines(text)?;
    check_total_size(&lines)?;
    let mut blocks: Vec<(Section, Vec<Line>)> = Vec::new();
    let mut titled = false;
    for line in lines {
        if let Some((level, name)) = heading(&line.text) {
            let exact = Section::exact(name);
            if level == 1 && blocks.is_empty() && !titled && exact.is_none() {
                titled = true;
                continue;
            }
            let section = exact
                .or_else(|| Section::guess(name))
                .ok_or_else(|| unknown_heading(line.number, name))?;
            if blocks.iter().any(|(s, _)| *s == section) {
                return Err(DebriefError::new(
                    line.number,
                    format!(
                        "the section \"## {}\" appears a second time; merge the two into one",
                        section.title()
                    ),
                ));
            }
            blocks.push((section, Vec::new()));
        } else if let Some((_, body)) = blocks.last_mut() {
            body.push(line);
        } else if !line.is_blank() {
            return Err(DebriefError::new(
                line.number,
                format!(
                    "{} is not under a section heading; move it under one, such as \"## Notes\", \
                     or delete it",
                    quote(line.text.trim())
                ),
            ));
        }
    }
    let mut content = Content::default();
    for (section, body) in &blocks {
        read_section(*section, body, now, &mut content)?;
    }
    Ok((!content.is_empty()).then_some(content))
}

/// Splits the text into lines and removes comments, dropping lines that held
/// only a comment so that they leave no blank line behind.
fn visible_lines(text: &str) -> Result<Vec<Line>, DebriefError> {
    let mut lines = Vec::new();
    let mut open: Option<usize> = None;
    for (i, raw) in text.split('\n').enumerate() {
        let number = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut visible = String::new();
        let mut commented = open.is_some();
        let mut rest = raw;
        loop {
            if open.is_some() {
                let Some(end) = rest.find("-->") else { break };
                rest = &rest[end + 3..];
                open = None;
            } else if let Some(start) = rest.find("<!--") {
                visible.push_str(&rest[..start]);
                rest = &rest[start + 4..];
                open = Some(number);
                commented = true;
            } else {
                visible.push_str(rest);
                break;
            }
        }
        if !(commented && visible.trim().is_empty()) {
            lines.push(Line {
                number,
                text: visible,
            });
        }
    }
    match open {
        Some(line) => Err(DebriefError::new(
            line,
            "a comment opened here with \"<!--\" is never closed; add \"-->\" where it should \
             end, or delete the \"<!--\"",
        )),
        None => Ok(lines),
    }
}

/// Refuses a debrief over the size limit, on the line where it crosses it.
fn check_total_size(lines: &[Line]) -> Result<(), DebriefError> {
    let total: usize = lines.iter().map(|l| l.text.len() + 1).sum();
    let Err(e) = check_size(total) else {
        return Ok(());
    };
    let mut sum = 0;
    let line = lines
        .iter()
        .find(|l| {
            sum += l.text.len() + 1;
            sum > crate::text::MAX_LONG_TEXT_BYTES
        })
        .map_or(1, |l| l.number);
    Err(DebriefError::new(line, e.message))
}

/// Reads a heading line: its level (the number of `#`) and its name.
fn heading(text: &str) -> Option<(usize, &str)> {
    let text = text.trim_start();
    let level = text.bytes().take_while(|&b| b == b'#').count();
    let rest = &text[level..];
    let spaced = rest.is_empty() || rest.starts_with(char::is_whitespace);
    (level > 0 && spaced).then(|| (level, rest.trim().trim_end_matches('#').trim()))
}

/// Reads the lines under one heading into the content.
fn read_section(
    section: Section,
    lines: &[Line],
    now: &ZonedDateTime,
    content: &mut Content,
) -> Result<(), DebriefError> {
    match section {
        Section::WentWell => content.went_well = plain_items(lines, "went well")?,
        Section::Issues => content.issues = plain_items(lines, "issue")?,
        Section::DoBetter => content.do_better = plain_items(lines, "do better")?,
        Section::Better => {
            for item in items(lines, QUESTION_LABELS)? {
                content.better.push(question(&item)?);
            }
        }
        Section::Owed => {
            for item in items(lines, OWED_LABELS)? {
                content.owed.push(owed(&item, now)?);
            }
        }
        Section::Decision => content.decision = decision(lines, now)?,
        Section::Rating => content.rating = rating(lines)?,
        Section::Notes => content.notes = notes(lines)?,
    }
    Ok(())
}

/// One list item: its first line and the lines that continue it.
struct Item {
    /// The number of the item's first line.
    line: usize,
    /// The text after the list marker, trimmed.
    first: String,
    /// The continuation lines, trimmed, with their numbers.
    more: Vec<(usize, String)>,
}

/// The text after a list marker (`-`, `*`, `+`, `1.` or `1)`), if the line is an item.
fn list_item(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match text.as_bytes().first()? {
        b'-' | b'*' | b'+' => 1,
        _ if digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')')) => digits + 1,
        _ => return None,
    };
    let rest = &text[marker..];
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

/// Groups lines into list items; an indented line, or one that starts with
/// one of `labels`, continues the item above it.
fn items(lines: &[Line], labels: &[(&str, Field)]) -> Result<Vec<Item>, DebriefError> {
    let mut items: Vec<Item> = Vec::new();
    for line in lines {
        if line.is_blank() {
            continue;
        }
        if let Some(first) = list_item(&line.text) {
            items.push(Item {
                line: line.number,
                first: first.to_owned(),
                more: Vec::new(),
            });
            continue;
        }
        let text = line.text.trim();
        let continues = line.is_indented() || label(text, labels).is_some();
        match items.last_mut() {
            Some(item) if continues => item.more.push((line.number, text.to_owned())),
            _ => {
                return Err(DebriefError::new(
                    line.number,
                    format!(
                        "{} is not a list item; start it with \"- \", or indent it to continue \
                         the item above",
                        quote(text)
                    ),
                ));
            }
        }
    }
    Ok(items)
}

/// Reads a plain list: each item joined into one line and checked.
fn plain_items(lines: &[Line], field: &str) -> Result<Vec<String>, DebriefError> {
    let mut out = Vec::new();
    for item in items(lines, &[])? {
        let text = joined(&item);
        if text.is_empty() {
            continue;
        }
        check_item(field, &text).map_err(DebriefError::at(item.line))?;
        out.push(text);
    }
    Ok(out)
}

/// An item's lines joined with spaces.
fn joined(item: &Item) -> String {
    let mut text = item.first.clone();
    for (_, more) in &item.more {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(more);
    }
    text
}

/// The labelled parts of a question or an owed item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    /// The question.
    Question,
    /// What was said.
    Said,
    /// The better answer.
    Better,
    /// The topic tag.
    Topic,
    /// What is owed.
    What,
    /// Whom it goes to.
    To,
    /// When it is due.
    By,
}

/// The labels of a question item, in lowercase.
const QUESTION_LABELS: &[(&str, Field)] = &[
    ("q", Field::Question),
    ("question", Field::Question),
    ("said", Field::Said),
    ("i said", Field::Said),
    ("what i said", Field::Said),
    ("answer", Field::Said),
    ("my answer", Field::Said),
    ("better", Field::Better),
    ("better answer", Field::Better),
    ("a better answer", Field::Better),
    ("topic", Field::Topic),
    ("tag", Field::Topic),
];

/// The labels of an owed item, in lowercase.
const OWED_LABELS: &[(&str, Field)] = &[
    ("what", Field::What),
    ("to", Field::To),
    ("to whom", Field::To),
    ("for", Field::To),
    ("by", Field::By),
    ("due", Field::By),
    ("when", Field::By),
];

/// The labels of the decision timeline, in lowercase.
const DECISION_LABELS: &[(&str, Field)] = &[
    ("said", Field::Said),
    ("they said", Field::Said),
    ("by", Field::By),
    ("date", Field::By),
    ("when", Field::By),
];

/// Splits a leading `Label:` off the text, if it is one of `labels`.
pub(super) fn label<'a>(text: &'a str, labels: &[(&str, Field)]) -> Option<(Field, &'a str)> {
    let (head, rest) = text.split_once(':')?;
    let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = head.to_ascii_lowercase();
    labels
        .iter()
        .find(|(name, _)| *name == head)
        .map(|(_, field)| (*field, rest.trim()))
}

/// The labelled parts of an item, each with the line where it starts.
struct Fields {
    /// The parts found, in order.
    parts: Vec<(Field, usize, String)>,
}

impl Fields {
    /// Reads an item whose first line is the `first` field unless it has a label.
    fn read(item: &Item, first: Field, labels: &[(&str, Field)]) -> Result<Fields, DebriefError> {
        let (field, text) = label(&item.first, labels).unwrap_or((first, &item.first));
        let mut fields = Fields {
            parts: vec![(field, item.line, text.to_owned())],
        };
        for (line, text) in &item.more {
            match label(text, labels) {
                Some((field, rest)) => {
                    if fields.parts.iter().any(|(f, _, _)| *f == field) {
                        let name = labels
                            .iter()
                            .find(|(_, f)| *f == field)
                            .map_or("", |(n, _)| n);
                        return Err(DebriefError::new(
                            *line,
                            format!(
                                "this item already has a \"{}:\" line; keep one per item",
                                capitalize(name)
                            ),
                        ));
                    }
                    fields.parts.push((field, *line, rest.to_owned()));
                }
                None => {
                    if let Some((_, _, last)) = fields.parts.last_mut() {
                        if !last.is_empty() {
                            last.push(' ');
                        }
                        last.push_str(text);
                    }
                }
            }
        }
        Ok(fields)
    }

    /// The text and line of a field, if it is present.
    fn get(&self, field: Field) -> Option<(usize, &str)> {
        self.parts
            .iter()
            .find(|(f, _, _)| *f == field)
            .map(|(_, line, text)| (*line, text.as_str()))
    }

    /// A checked optional field: `None` when absent or empty.
    fn optional(&self, field: Field, name: &str) -> Result<Option<String>, DebriefError> {
        match self.get(field) {
            Some((line, text)) if !text.is_empty() => {
                check_item(name, text).map_err(DebriefError::at(line))?;
                Ok(Some(text.to_owned()))
            }
            _ => Ok(None),
        }
    }
}

/// Capitalizes the first letter of a label.
fn capitalize(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Reads a question to answer better.
fn question(item: &Item) -> Result<BetterAnswer, DebriefError> {
    let starts_labelled = label(&item.first, QUESTION_LABELS).map(|(f, _)| f);
    if matches!(starts_labelled, Some(f) if f != Field::Question) {
        return Err(DebriefError::new(
            item.line,
            "start each question item with the question, as in \"- Q: Tell me about a \
             conflict\", then \"Said:\", \"Better:\" and \"Topic:\" on indented lines below it",
        ));
    }
    let fields = Fields::read(item, Field::Question, QUESTION_LABELS)?;
    let question = fields
        .optional(Field::Question, "question")?
        .ok_or_else(|| {
            DebriefError::new(
                item.line,
                "this item has no question; write it as \"- Q: Tell me about a conflict\"",
            )
        })?;
    Ok(BetterAnswer {
        question,
        said: fields.optional(Field::Said, "said")?,
        better: fields.optional(Field::Better, "better answer")?,
        topic: fields.optional(Field::Topic, "topic")?,
    })
}

/// Reads an owed item, either on one line ("slides to Jane by friday") or
/// with labelled lines ("What:", "To:", "By:").
fn owed(item: &Item, now: &ZonedDateTime) -> Result<Owed, DebriefError> {
    let labelled = label(&item.first, OWED_LABELS).is_some_and(|(f, _)| f == Field::What)
        || item
            .more
            .iter()
            .any(|(_, text)| label(text, OWED_LABELS).is_some());
    if !labelled {
        return owed_from_text(&joined(item), now, PastDates::KeepIso)
            .map_err(DebriefError::at(item.line));
    }
    let fields = Fields::read(item, Field::What, OWED_LABELS)?;
    let what = fields.optional(Field::What, "owed")?.ok_or_else(|| {
        DebriefError::new(
            item.line,
            "this owed item says nothing about what is owed; write it as \"- writing sample to \
             Jane by friday\"",
        )
    })?;
    let due = match fields.get(Field::By) {
        Some((line, text)) if !text.is_empty() => {
            let at = parse_when(text, now).map_err(|e| DebriefError::new(line, e.to_string()))?;
            Some(check_due(&at, text, now, PastDates::KeepIso).map_err(DebriefError::at(line))?)
        }
        _ => None,
    };
    Ok(Owed {
        what,
        to: fields.optional(Field::To, "person")?,
        due,
    })
}

/// Words on a "By:" line of the decision timeline that mean "no date".
const NO_DATE: &[&str] = &["", "none", "-", "?", "unknown", "not given", "no date"];

/// Reads the decision timeline: free text, optionally with "Said:" and "By:" lines.
fn decision(lines: &[Line], now: &ZonedDateTime) -> Result<Option<Decision>, DebriefError> {
    let mut said: Vec<&str> = Vec::new();
    let mut by: Option<(usize, &str)> = None;
    let mut first = None;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let text = line.text.trim();
        let text = list_item(text).unwrap_or(text);
        first.get_or_insert(line.number);
        match label(text, DECISION_LABELS) {
            Some((Field::By, rest)) => {
                if by.is_some() {
                    return Err(DebriefError::new(
                        line.number,
                        "the decision timeline has a second \"By:\" line; keep one",
                    ));
                }
                by = Some((line.number, rest));
            }
            Some((_, rest)) => said.push(rest),
            None => said.push(text),
        }
    }
    let Some(first) = first else {
        return Ok(None);
    };
    let said = said
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let said = match (said.is_empty(), by) {
        (false, _) => said,
        (true, Some((_, text))) if !NO_DATE.contains(&text.to_lowercase().as_str()) => {
            text.to_owned()
        }
        (true, _) => return Ok(None),
    };
    check_item("decision", &said).map_err(DebriefError::at(first))?;
    let Some((line, text)) = by else {
        return Ok(Some(parse_decision(&said, now)));
    };
    let by = if NO_DATE.contains(&text.to_lowercase().as_str()) {
        None
    } else {
        let at = parse_when(text, now).map_err(|e| {
            DebriefError::new(
                line,
                format!("{e}; or write \"By: none\" when they gave no date"),
            )
        })?;
        Some(at.timestamp())
    };
    Ok(Some(Decision { said, by }))
}

/// Reads the rating: one number from 1 to 5, or nothing.
fn rating(lines: &[Line]) -> Result<Option<Rating>, DebriefError> {
    let mut written = lines.iter().filter(|l| !l.is_blank());
    let Some(line) = written.next() else {
        return Ok(None);
    };
    if let Some(extra) = written.next() {
        return Err(DebriefError::new(
            extra.number,
            "the rating is one number from 1 (poor) to 5 (excellent) on one line; put any \
             comment on it in the notes",
        ));
    }
    let text = line.text.trim();
    let text = list_item(text).unwrap_or(text);
    Rating::parse(text)
        .map(Some)
        .map_err(DebriefError::at(line.number))
}

/// Reads the notes: free text kept with its line breaks, trimmed.
fn notes(lines: &[Line]) -> Result<Option<String>, DebriefError> {
    let mut kept: Vec<String> = Vec::new();
    for line in lines {
        check_notes(&line.text).map_err(DebriefError::at(line.number))?;
        kept.push(unescape(line.text.trim_end()));
    }
    let text = kept.join("\n");
    let text = text.trim();
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// Removes the backslash that keeps a line of free text starting with `#`
/// from being read as a heading.
fn unescape(line: &str) -> String {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let escaped = rest.starts_with('\\') && rest.trim_start_matches('\\').starts_with('#');
    if escaped {
        format!("{}{}", &line[..indent], &rest[1..])
    } else {
        line.to_owned()
    }
}
