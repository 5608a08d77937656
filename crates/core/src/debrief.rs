//! The debrief: what a person writes down right after an interview.
//!
//! The first habit after an interview is to assess it while it is fresh: what
//! went well, which questions deserved a better answer, what issues came up,
//! what is owed to the interviewer, what to do better next time, when they
//! said they would decide, and an overall self-rating. A [`Content`] holds all
//! of that; the store keeps it as JSON, and later rounds, the practice
//! schedule and the follow-up letters read from it.
//!
//! People write a debrief in one of three ways, and this module parses each:
//! flags for scripts ([`parse_better`], [`parse_owed`], [`parse_decision`],
//! [`Rating::parse`], [`parse_item`], then [`Content::check`]), or a Markdown
//! document that the CLI opens in `$EDITOR` or reads from stdin, like
//! `git commit` does ([`template`], [`parse_markdown`], [`with_error_banner`];
//! [`render_markdown`] shows a saved debrief in the same shape). Everything is
//! pure: "now" and the time zone are passed in, and errors say what was wrong
//! and how to fix it.

use crate::text::{Invalid, MAX_LONG_TEXT_BYTES, human_size};
use crate::time::show_local;
use crate::when::{DEFAULT_TIME, WhenError, parse_when};
use jiff::civil::Weekday;
use jiff::{Span, Timestamp, ZonedDateTime};
use serde::{Deserialize, Serialize};
use std::fmt;

mod markdown;
mod render;
#[cfg(test)]
mod tests;

pub use markdown::{DebriefError, parse_markdown};
pub use render::{render_markdown, template, with_error_banner};

/// The longest list item, question or answer afterview keeps, in characters.
pub const MAX_ITEM_CHARS: usize = 2_000;

/// Everything written in one debrief; every part may be left empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Content {
    /// What went well, one item each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub went_well: Vec<String>,
    /// Questions that deserved a better answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub better: Vec<BetterAnswer>,
    /// Issues or concerns that surfaced in the discussion.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<String>,
    /// Documents or data promised to the interviewer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owed: Vec<Owed>,
    /// What to do better in the next interview.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub do_better: Vec<String>,
    /// What they said about when they will decide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// How the interview went overall, from 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Free notes, with their line breaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A question that deserved a better answer, kept for practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BetterAnswer {
    /// The question as it was asked.
    pub question: String,
    /// What was said, roughly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
    /// The answer to give next time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<String>,
    /// A short tag that groups lessons across interviews, such as "conflict".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// Something promised to the interviewer: a document, a link, some data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Owed {
    /// What was promised, such as "writing sample".
    pub what: String,
    /// Whom it goes to, when that was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// When it is due; without one, the agenda applies its default delay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub due: Option<Timestamp>,
}

/// The decision timeline the interviewers gave, in their words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Decision {
    /// The words as said, such as "we decide by Friday".
    pub said: String,
    /// The moment read from the words, when one could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub by: Option<Timestamp>,
}

/// An overall self-rating from 1 (poor) to 5 (excellent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
// Named apart from a practice card's `Rating` in the API's schemas.
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(as = SelfRating, minimum = 1, maximum = 5)
)]
pub struct Rating(u8);

impl Rating {
    /// The lowest rating.
    pub const MIN: u8 = 1;
    /// The highest rating.
    pub const MAX: u8 = 5;

    /// Makes a rating, refusing numbers outside 1 to 5.
    pub fn new(n: u8) -> Result<Rating, Invalid> {
        if (Self::MIN..=Self::MAX).contains(&n) {
            Ok(Rating(n))
        } else {
            Err(out_of_range(&n.to_string()))
        }
    }

    /// Reads a rating typed as `4`, `4/5` or `4 / 5`.
    pub fn parse(input: &str) -> Result<Rating, Invalid> {
        let text = input.trim();
        let number = text
            .strip_suffix("/5")
            .or_else(|| text.strip_suffix("/ 5"))
            .unwrap_or(text)
            .trim();
        if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
            return match number.parse::<u8>() {
                Ok(n) => Rating::new(n),
                Err(_) => Err(out_of_range(number)),
            };
        }
        Err(Invalid::new(
            "rating",
            format!(
                "{} is not a rating; write one whole number from 1 (poor) to 5 (excellent), e.g. 4",
                quote(text)
            ),
        ))
    }

    /// The rating as a number from 1 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// The error for a rating that is a number, but not one from 1 to 5.
fn out_of_range(number: &str) -> Invalid {
    Invalid::new(
        "rating",
        format!("the rating is {number}; rate the interview from 1 (poor) to 5 (excellent)"),
    )
}

impl TryFrom<u8> for Rating {
    type Error = Invalid;
    fn try_from(n: u8) -> Result<Self, Invalid> {
        Rating::new(n)
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}

impl std::str::FromStr for Rating {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        Rating::parse(s)
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/5", self.0)
    }
}

impl Content {
    /// The latest date anything in the debrief falls due on: an owed item's
    /// date or the decision date. The agenda uses it to find old rounds that
    /// still have something ahead.
    pub fn follow_until(&self) -> Option<jiff::Timestamp> {
        let owed = self.owed.iter().filter_map(|o| o.due);
        let decision = self.decision.as_ref().and_then(|d| d.by);
        owed.chain(decision).max()
    }

    /// True when nothing at all was written.
    pub fn is_empty(&self) -> bool {
        self.went_well.is_empty()
            && self.better.is_empty()
            && self.issues.is_empty()
            && self.owed.is_empty()
            && self.do_better.is_empty()
            && self.decision.is_none()
            && self.rating.is_none()
            && self.notes.as_deref().is_none_or(|n| n.trim().is_empty())
    }

    /// Checks a debrief built from flags: every item fits the rules of
    /// [`parse_item`], and the whole fits in [`MAX_LONG_TEXT_BYTES`].
    pub fn check(&self) -> Result<(), Invalid> {
        let lists = [
            ("went well", &self.went_well),
            ("issue", &self.issues),
            ("do better", &self.do_better),
        ];
        for (field, items) in lists {
            for item in items {
                check_item(field, item)?;
            }
        }
        for b in &self.better {
            check_item("question", &b.question)?;
            check_optional("said", b.said.as_deref())?;
            check_optional("better answer", b.better.as_deref())?;
            check_optional("topic", b.topic.as_deref())?;
        }
        for o in &self.owed {
            check_item("owed", &o.what)?;
            check_optional("person", o.to.as_deref())?;
        }
        if let Some(d) = &self.decision {
            check_item("decision", &d.said)?;
        }
        if let Some(notes) = &self.notes {
            check_notes(notes)?;
        }
        check_size(self.text_bytes())
    }

    /// The number of bytes of text written, for the size limit.
    fn text_bytes(&self) -> usize {
        let list = |items: &[String]| items.iter().map(String::len).sum::<usize>();
        let opt = |s: &Option<String>| s.as_ref().map_or(0, String::len);
        list(&self.went_well)
            + list(&self.issues)
            + list(&self.do_better)
            + self
                .better
                .iter()
                .map(|b| b.question.len() + opt(&b.said) + opt(&b.better) + opt(&b.topic))
                .sum::<usize>()
            + self
                .owed
                .iter()
                .map(|o| o.what.len() + opt(&o.to))
                .sum::<usize>()
            + self.decision.as_ref().map_or(0, |d| d.said.len())
            + opt(&self.notes)
    }
}

/// Checks a whole debrief's size against [`MAX_LONG_TEXT_BYTES`].
fn check_size(bytes: usize) -> Result<(), Invalid> {
    if bytes <= MAX_LONG_TEXT_BYTES {
        return Ok(());
    }
    Err(Invalid::new(
        "debrief",
        format!(
            "the debrief is {}; afterview keeps at most {} in one debrief. Shorten it, or keep \
             the long material in a file and note its path",
            human_size(bytes),
            human_size(MAX_LONG_TEXT_BYTES)
        ),
    ))
}

/// Checks free notes: plain text, line breaks allowed.
fn check_notes(notes: &str) -> Result<(), Invalid> {
    if notes
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(Invalid::new(
            "notes",
            "the notes contain a control character (binary data?); paste plain text",
        ));
    }
    Ok(())
}

/// Reads one list item typed as a flag, such as `--went-well "..."`.
///
/// The item is trimmed and must be non-empty, one line, and at most
/// [`MAX_ITEM_CHARS`] characters. `field` names the list in messages.
pub fn parse_item(field: &str, input: &str) -> Result<String, Invalid> {
    let item = input.trim();
    check_item(field, item)?;
    Ok(item.to_owned())
}

/// Checks an item that is already trimmed.
fn check_item(field: &str, item: &str) -> Result<(), Invalid> {
    if item.trim().is_empty() {
        return Err(Invalid::new(
            field,
            format!("the {field} item is empty; write a few words, or leave it out"),
        ));
    }
    if item.contains(['\n', '\r']) {
        return Err(Invalid::new(
            field,
            format!(
                "the {field} item has a line break; keep each item to one line, and put longer \
                 text in the notes"
            ),
        ));
    }
    if item.chars().any(|c| c.is_control() && c != '\t') {
        return Err(Invalid::new(
            field,
            format!(
                "the {field} item contains a control character (binary data?); paste plain text"
            ),
        ));
    }
    let chars = item.chars().count();
    if chars > MAX_ITEM_CHARS {
        return Err(Invalid::new(
            field,
            format!(
                "the {field} item is {chars} characters long; keep it under {MAX_ITEM_CHARS}, and \
                 put longer text in the notes"
            ),
        ));
    }
    Ok(())
}

/// Checks an optional part of an item, which may be absent but not malformed.
fn check_optional(field: &str, item: Option<&str>) -> Result<(), Invalid> {
    item.map_or(Ok(()), |item| check_item(field, item))
}

/// The part of an item that is present: trimmed, or `None` when empty.
fn present(field: &str, part: Option<&str>) -> Result<Option<String>, Invalid> {
    match part.map(str::trim) {
        Some(text) if !text.is_empty() => parse_item(field, text).map(Some),
        _ => Ok(None),
    }
}

/// How the flag for a better answer is written, for messages.
const BETTER_FORMAT: &str = "\"question :: what I said :: a better answer :: topic\"";

/// Reads a question to answer better, typed as `question :: said :: better :: topic`.
///
/// The question is required; the other parts may be empty or left out.
pub fn parse_better(input: &str) -> Result<BetterAnswer, Invalid> {
    let parts: Vec<&str> = input.split("::").map(str::trim).collect();
    if parts.len() > 4 {
        return Err(Invalid::new(
            "better",
            format!(
                "{} has {} parts separated by \"::\", but a question to answer better has at \
                 most 4: {BETTER_FORMAT} (the last three may be empty or left out)",
                quote(input.trim()),
                parts.len()
            ),
        ));
    }
    let question = parts.first().copied().unwrap_or_default();
    if question.is_empty() {
        return Err(Invalid::new(
            "better",
            format!("the question is missing; write {BETTER_FORMAT}"),
        ));
    }
    Ok(BetterAnswer {
        question: parse_item("question", question)?,
        said: present("said", parts.get(1).copied())?,
        better: present("better answer", parts.get(2).copied())?,
        topic: present("topic", parts.get(3).copied())?,
    })
}

/// Whether a due date in the past is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PastDates {
    /// Refuse a due date more than a day before now.
    Refuse,
    /// Keep a past date written as an ISO date: a saved debrief shows its
    /// dates that way, and editing it later must not fail because those
    /// days have passed.
    KeepIso,
}

/// Reads an item owed to the interviewer, typed as `what to whom by when`.
///
/// The date follows the last "by" and the person the last "to"; both are
/// optional, so `slides`, `slides to Jane` and `slides by friday` work too.
/// When the words after "by" are no date at all ("signed by the CEO"), they
/// stay part of what is owed; when they look like a date that cannot be
/// read, the error quotes them and says how to write one. A due date more
/// than a day before `now` is refused.
pub fn parse_owed(input: &str, now: &ZonedDateTime) -> Result<Owed, Invalid> {
    owed_from_text(input, now, PastDates::Refuse)
}

/// Reads an owed item from one line of text.
fn owed_from_text(input: &str, now: &ZonedDateTime, past: PastDates) -> Result<Owed, Invalid> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Invalid::new(
            "owed",
            "the owed item is empty; write what you owe, e.g. \"writing sample to Jane by friday\"",
        ));
    }
    check_item("owed", text)?;
    let mut rest = text;
    let mut due = None;
    if let Some((before, after)) = split_last_word(text, "by") {
        match parse_when(after, now) {
            Ok(at) => {
                due = Some(check_due(&at, after, now, past)?);
                rest = before;
            }
            Err(e) if looks_like_date(after, &e) => {
                return Err(Invalid::new(
                    "owed",
                    format!("{e}; afterview reads the due date after the last \"by\""),
                ));
            }
            Err(_) => {}
        }
    }
    let (what, to) = match split_last_word(rest, "to") {
        Some((what, to)) => (what, Some(to)),
        None => (rest, None),
    };
    Ok(Owed {
        what: parse_item("owed", what)?,
        to: present("person", to)?,
        due,
    })
}

/// Checks a due date read from `written`: not in the past, not beyond 9999.
fn check_due(
    at: &ZonedDateTime,
    written: &str,
    now: &ZonedDateTime,
    past: PastDates,
) -> Result<Timestamp, Invalid> {
    if at.year() > 9999 {
        return Err(Invalid::new(
            "owed",
            format!(
                "the due date {} is after the year 9999; give a date such as \"friday\" or \
                 \"2026-12-01 14:00\"",
                quote(written)
            ),
        ));
    }
    let iso = written.len() >= 5 && written.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let too_early = at.timestamp().as_second() < now.timestamp().as_second() - 24 * 60 * 60;
    if too_early && !(past == PastDates::KeepIso && iso) {
        return Err(Invalid::new(
            "owed",
            format!(
                "the due date {} ({}) is in the past; give a date still to come, or leave \
                 \"by ...\" out to get the default of 24 hours after the interview",
                quote(written),
                show_local(at.timestamp(), at.time_zone())
            ),
        ));
    }
    Ok(at.timestamp())
}

/// Words that show a phrase after "by" was meant as a date, separated by spaces.
///
/// "may", "sat", "sun" and "mar" are left out: they are more often words or
/// names than dates ("signed by May").
const DATE_WORDS: &str = "today tonight tomorrow yesterday noon midnight eod week weeks month \
    months days hours monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday \
    fri saturday sunday january jan february feb march april apr june jun july jul august aug \
    september sep sept october oct november nov december dec";

/// Whether words after "by" that failed to parse were meant as a date.
///
/// A digit, a day or month name, or a misspelling of one that the date
/// parser recognises ("frday") count; "by hand" or "by the CEO" do not,
/// because short words ("the", "hand") are too easily mistaken for typos.
fn looks_like_date(text: &str, error: &WhenError) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let known = text.split_whitespace().any(|word| {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        DATE_WORDS.split_whitespace().any(|w| w == word)
    });
    let typo = matches!(
        error,
        WhenError::UnknownWord { word, suggestion: Some(_), .. } if word.chars().count() >= 5
    );
    known || typo
}

/// Splits `text` around the last whitespace-separated `word` (ignoring ASCII
/// case) that has text on both sides.
fn split_last_word<'a>(text: &'a str, word: &str) -> Option<(&'a str, &'a str)> {
    let mut found = None;
    let mut start = None;
    let ends = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (i, c) in ends {
        if !c.is_whitespace() {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start.take() else { continue };
        if !text[s..i].eq_ignore_ascii_case(word) {
            continue;
        }
        let (before, after) = (text[..s].trim(), text[i..].trim());
        if !before.is_empty() && !after.is_empty() {
            found = Some((before, after));
        }
    }
    found
}

/// The longest run of words after a trigger that is tried as a date.
const MAX_DATE_WORDS: usize = 6;

/// Reads what the interviewers said about their decision, finding its date when it can.
///
/// The words are kept as said. The date is the first one that reads after
/// "by", "before", "on", "until" or "till" ("we decide by Friday"), or after
/// "in" or "within" ("within two weeks", "in the next 2 weeks"), trying the
/// longest run of words first; number words up to twelve are understood.
/// "next week" means next Monday at 09:00, "end of the week" this Friday at
/// 17:00, "next month" the first of next month at 09:00, and a weekday named
/// on its own ("Friday, they said") the next such day. When nothing reads as
/// a date, `by` is `None`.
pub fn parse_decision(input: &str, now: &ZonedDateTime) -> Decision {
    let said = input.trim().to_owned();
    let by = find_date(&said, now).map(|at| at.timestamp());
    Decision { said, by }
}

/// Finds the first date in free text; see [`parse_decision`].
fn find_date(text: &str, now: &ZonedDateTime) -> Option<ZonedDateTime> {
    let words: Vec<String> = text.split_whitespace().map(clean_word).collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let try_span = |start: usize, prefix: &str| {
        let last = words.len().min(start + MAX_DATE_WORDS);
        (start + 1..=last).rev().find_map(|end| {
            let span = normalize_span(&words[start..end], !prefix.is_empty());
            parse_when(&format!("{prefix}{span}"), now).ok()
        })
    };
    let triggered = words.iter().enumerate().find_map(|(i, word)| match *word {
        "by" | "before" | "on" | "until" | "till" | "til" => try_span(i + 1, ""),
        "in" | "within" => try_span(i + 1, "in "),
        _ => None,
    });
    triggered.or_else(|| phrase_date(&words, now)).or_else(|| {
        let days = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "tomorrow",
        ];
        (0..words.len())
            .filter(|&i| days.contains(&words[i]))
            .find_map(|i| try_span(i, ""))
    })
}

/// Lowercases a word and drops the punctuation around it, keeping "a.m.".
fn clean_word(word: &str) -> String {
    let lower = word.to_lowercase();
    let trimmed = lower.trim_start_matches(|c: char| "\"'(“‘".contains(c));
    let trimmed = trimmed.trim_end_matches(|c: char| ",;:!?)\"'”’".contains(c));
    let trimmed = if trimmed.ends_with("a.m.") || trimmed.ends_with("p.m.") {
        trimmed
    } else {
        trimmed.trim_end_matches('.')
    };
    trimmed.to_owned()
}

/// Rewrites words for the date parser: number words become digits, and
/// after "in", "the next", "a couple of" and "a few" are simplified.
fn normalize_span(words: &[&str], relative: bool) -> String {
    let mut out: Vec<&str> = Vec::new();
    for (i, &word) in words.iter().enumerate() {
        let next = words.get(i + 1).copied();
        let mapped = match word {
            "the" | "next" | "of" if relative => continue,
            "a" if relative && matches!(next, Some("couple" | "few")) => continue,
            "couple" if relative => "2",
            "few" if relative => "3",
            other => number_word(other).unwrap_or(other),
        };
        out.push(mapped);
    }
    out.join(" ")
}

/// The digits for a number word from one to twelve.
fn number_word(word: &str) -> Option<&'static str> {
    const NUMBERS: [&str; 12] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ];
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS.iter().position(|w| *w == word).map(|i| NUMBERS[i])
}

/// Reads phrases the date parser does not know: "next week", "end of the
/// week", "end of next week" and "next month".
fn phrase_date(words: &[&str], now: &ZonedDateTime) -> Option<ZonedDateTime> {
    let has = |phrase: &[&str]| words.windows(phrase.len()).any(|w| w == phrase);
    let friday = || {
        let days = now.date().weekday().until(Weekday::Friday);
        let date = now.date().checked_add(Span::new().days(days)).ok()?;
        date.to_datetime(jiff::civil::Time::constant(17, 0, 0, 0))
            .to_zoned_datetime(now.time_zone().clone())
            .ok()
    };
    if has(&["end", "of", "next", "week"]) {
        return friday()?.checked_add(Span::new().weeks(1)).ok();
    }
    if has(&["end", "of", "the", "week"]) || has(&["end", "of", "this", "week"]) {
        return friday().filter(|at| at >= now);
    }
    if has(&["next", "week"]) {
        return parse_when("next monday", now).ok();
    }
    if has(&["next", "month"]) {
        let first = now.date().first_of_month();
        let date = first.checked_add(Span::new().months(1)).ok()?;
        return date
            .to_datetime(DEFAULT_TIME)
            .to_zoned_datetime(now.time_zone().clone())
            .ok();
    }
    None
}

/// Quotes text for a message, shortened to keep the message readable.
fn quote(text: &str) -> String {
    const MOST: usize = 60;
    if text.chars().count() <= MOST {
        format!("{text:?}")
    } else {
        let short: String = text.chars().take(MOST).collect();
        format!("{:?}", short + "…")
    }
}
