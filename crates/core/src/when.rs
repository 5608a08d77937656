//! Reading dates, times and lengths of time the way people type them.
//!
//! afterview asks people for moments ("when was the interview?", "when should
//! I follow up?") and for lengths of time ("how long did the call last?") on
//! the command line, where nobody wants to type an RFC 3339 timestamp. This
//! module turns phrases such as `tomorrow 2pm`, `in 3 days`,
//! `next monday 10:00`, `dec 3` or `2026-12-01 14:00` into a
//! [`ZonedDateTime`] with [`parse_when`], and lengths such as `45m` or `1h30m`
//! into a [`SignedDuration`] with [`parse_duration`].
//!
//! Everything here is pure: nothing reads the clock, the environment or the
//! disk. The caller passes "now" in the user's time zone, every relative
//! phrase is resolved against it, and the result is in that same zone, which
//! keeps the parser deterministic and easy to test. Errors quote the input and
//! name forms that work, so they can be shown to the user as they are.
//!
//! ```
//! use afterview_core::when::{parse_duration, parse_when};
//!
//! let now = jiff::civil::date(2026, 11, 25).at(10, 15, 0, 0).in_tz("Europe/Berlin")?;
//! let due = parse_when("tomorrow 2pm", &now)?;
//! assert_eq!(due.to_string(), "2026-11-26T14:00:00+01:00[Europe/Berlin]");
//! assert_eq!(parse_duration("1h30m")?, jiff::SignedDuration::from_mins(90));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Span, ZonedDateTime};

/// The time of day used when the input names a day but no time: 09:00 local.
pub const DEFAULT_TIME: Time = Time::constant(9, 0, 0, 0);

/// The range of years a date may name.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=9999;
/// The number of nanoseconds in a minute.
const MINUTE_NANOS: i128 = 60_000_000_000;
/// The longest length of time [`parse_duration`] accepts: 1000 days.
const MAX_DURATION_NANOS: i128 = 1000 * 24 * 60 * MINUTE_NANOS;
/// The advice that ends most date errors.
const WHEN_HINT: &str =
    r#"try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#;
/// The advice that ends most length-of-time errors.
const DURATION_HINT: &str = r#"try "45m", "1h30m" or "90 min""#;

/// Why a date, time or length of time could not be read.
///
/// Every message quotes the input (trimmed), says what was wrong and suggests
/// a form that works, so it can be shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    /// The date input was empty or only whitespace.
    #[error("no date or time given; {WHEN_HINT}")]
    Empty,
    /// A word is not one the parser knows.
    #[error(
        "couldn't read {input:?} as a date: unknown word {word:?}{}; {WHEN_HINT}",
        did_you_mean(.suggestion.as_deref())
    )]
    UnknownWord {
        /// The input.
        input: String,
        /// The word that was not understood.
        word: String,
        /// A known word spelled almost the same, if there is one.
        suggestion: Option<String>,
    },
    /// The input names a day or time that does not exist, such as February 30, `25:00` or `13pm`.
    #[error("couldn't read {input:?} as a date: {reason}; {WHEN_HINT}")]
    Impossible {
        /// The input.
        input: String,
        /// Why it does not exist, such as "February 2026 has 28 days".
        reason: String,
    },
    /// The year is outside 1900 to 9999.
    #[error(
        "couldn't read {input:?} as a date: the year {year} is out of range; \
         years must be between 1900 and 9999"
    )]
    YearOutOfRange {
        /// The input.
        input: String,
        /// The year as it was written.
        year: String,
    },
    /// A word appears where it makes no sense, such as a second time or trailing text.
    #[error("couldn't read {input:?} as a date: didn't expect {word:?} there; {WHEN_HINT}")]
    Unexpected {
        /// The input.
        input: String,
        /// The word that does not fit.
        word: String,
    },
    /// The input is incomplete or ambiguous, such as `in 3` or a bare number.
    #[error("couldn't read {input:?} as a date: {reason}; {WHEN_HINT}")]
    Unclear {
        /// The input.
        input: String,
        /// What is missing or ambiguous, and how to say it instead.
        reason: String,
    },
    /// The result, for the quoted input, is outside the range of representable instants.
    #[error("couldn't read {0:?} as a date: it is too far in the past or the future")]
    OutOfRange(String),
    /// The length-of-time input was empty or only whitespace.
    #[error("no length of time given; {DURATION_HINT}")]
    EmptyDuration,
    /// The quoted length-of-time input could not be read.
    #[error("couldn't read {0:?} as a length of time; {DURATION_HINT}")]
    BadDuration(String),
    /// The quoted length of time is zero.
    #[error("a length of time must be more than zero, but {0:?} is zero; {DURATION_HINT}")]
    ZeroDuration(String),
    /// The quoted length of time is negative.
    #[error("a length of time can't be negative, but {0:?} is; {DURATION_HINT}")]
    NegativeDuration(String),
    /// The quoted length of time is longer than 1000 days.
    #[error("{0:?} is too long for a length of time: the limit is 1000 days")]
    DurationTooLong(String),
}

/// Formats the "did you mean" part of an unknown-word message.
fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean {s:?}?)"))
}

/// Parses a point in time typed by a person, relative to `now` (whose time zone is the user's).
///
/// The result is always in `now`'s time zone. Matching ignores case, extra
/// whitespace and commas. These are the accepted forms, with examples as if
/// `now` were Wednesday 2026-11-25 10:15:
///
/// - `now` is `now` itself.
/// - `today`, `tomorrow` and `yesterday` name a day. Any form that names a day
///   but no time means [`DEFAULT_TIME`], 09:00 local, on that day, even when
///   that is already past: `today` is 2026-11-25 09:00.
/// - A time may follow or precede a day, optionally after `at`:
///   `tomorrow 2pm`, `tomorrow at 14:30`, `2pm tomorrow`, `yesterday 9am`.
/// - Times are `2pm`, `2 pm`, `2:30pm`, `9 a.m.`, `14:30`, `14:30:15`, `noon`
///   and `midnight` (00:00 at the start of the day). A time alone means today
///   at that time, even when that is already past: `3pm` is 2026-11-25 15:00.
/// - `in <amount>` and `<amount> ago` move from `now`, keeping its time of
///   day: `in 3 days`, `in 2 hours`, `in 45 minutes`, `in 1 week`,
///   `3 days ago`, `in an hour`, `in 1h30m`. Units are minutes (`m`, `min`),
///   hours (`h`, `hr`), days (`d`), weeks (`w`, `wk`) and months. Days, weeks
///   and months are calendar arithmetic in the zone, so `in 1 day` keeps the
///   wall-clock time across a DST change; hours and minutes are exact.
///   Days, weeks and months may be followed by a time: `in 2 days at 10am`.
/// - A weekday alone, or after `next`, is the next such day strictly after
///   today: `friday` and `next friday` are 2026-11-27, `wednesday` is
///   2026-12-02. `this <weekday>` is that day in the current Monday-based
///   week, which may be today or already past: `this monday` is 2026-11-23.
///   `last <weekday>` is the latest such day strictly before today. `on` may
///   come first and a time may follow: `on friday at 3pm`, `mon 10:00`.
/// - ISO dates, optionally with a time after a space or `T`: `2026-12-01`,
///   `2026-12-01 14:00`, `2026-12-01T14:00:00`, `2026-12-01 2pm`. An explicit
///   UTC offset (`2026-12-01T14:00:00+01:00`, `...Z`) names an exact instant,
///   which is then shown in the user's zone.
/// - Month names, full or short, with a day and an optional year: `dec 3`,
///   `december 3rd 2pm`, `3 dec 2026`, `Dec 3, 2026 14:00`. Without a year,
///   the date is the first one on or after today: `nov 20` is 2027-11-20.
///
/// A local time that falls in a DST gap moves forward by the gap's length,
/// and one that occurs twice in a DST fold means the first occurrence (jiff's
/// "compatible" disambiguation).
///
/// # Errors
///
/// Returns a [`WhenError`] that quotes the input and says how to fix it when
/// the input is empty, has an unknown word, names an impossible date or time,
/// has a year outside 1900 to 9999, is incomplete or ambiguous, has words
/// left over, or lands outside the representable range.
pub fn parse_when(input: &str, now: &ZonedDateTime) -> Result<ZonedDateTime, WhenError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(WhenError::Empty);
    }
    lex(input)
        .and_then(|tokens| Parser { now, rest: &tokens }.parse())
        .map_err(|problem| problem.with_input(input))
}

/// Parses a length of time such as "45m", "1h30m", "1h 30m", "90 min", "2 hours", "1.5h", "30" (plain number = minutes).
///
/// A length is one or more amounts, each a whole or decimal number followed
/// by a unit: seconds (`s`, `sec`), minutes (`m`, `min`), hours (`h`, `hr`),
/// days (`d`) or weeks (`w`, `wk`), singular or plural, with or without a
/// space. A lone number means minutes. Matching ignores case.
///
/// # Errors
///
/// Returns a [`WhenError`] when the input is empty, unreadable, zero,
/// negative, or longer than 1000 days.
pub fn parse_duration(input: &str) -> Result<SignedDuration, WhenError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(WhenError::EmptyDuration);
    }
    let lower = input.to_ascii_lowercase();
    let (negative, body) = match lower.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, lower.as_str()),
    };
    let input = input.to_owned();
    match (negative, duration_nanos(body)) {
        (_, Ok(0)) => Err(WhenError::ZeroDuration(input)),
        (_, Err(DurationProblem::Unreadable)) => Err(WhenError::BadDuration(input)),
        (true, _) => Err(WhenError::NegativeDuration(input)),
        (false, Ok(nanos)) if nanos <= MAX_DURATION_NANOS => {
            SignedDuration::try_from_nanos_i128(nanos).ok_or(WhenError::DurationTooLong(input))
        }
        (false, _) => Err(WhenError::DurationTooLong(input)),
    }
}

/// Why the body of a length of time could not be added up.
enum DurationProblem {
    /// The text is not a sequence of amounts with units.
    Unreadable,
    /// The amounts are too large to add up.
    TooLong,
}

/// Adds up the amounts in a lowercase length of time, in nanoseconds.
fn duration_nanos(text: &str) -> Result<i128, DurationProblem> {
    let mut rest = text.trim_start();
    let mut total: Option<i128> = None;
    while !rest.is_empty() {
        let (whole, after) = split_while(rest, |c| c.is_ascii_digit());
        let (fraction, after) = match after.strip_prefix('.') {
            Some(after) => split_while(after, |c| c.is_ascii_digit()),
            None => ("0", after),
        };
        let (unit, after) = split_while(after.trim_start(), |c| c.is_ascii_alphabetic());
        let lone = unit.is_empty() && total.is_none() && after.trim().is_empty();
        let unit = if lone {
            Some(MINUTE_NANOS)
        } else {
            duration_unit(unit)
        };
        let (Some(unit), false, false) = (unit, whole.is_empty(), fraction.is_empty()) else {
            return Err(DurationProblem::Unreadable);
        };
        let amount = scale_decimal(whole, fraction, unit);
        let sum = amount.and_then(|amount| total.unwrap_or(0).checked_add(amount));
        total = Some(sum.ok_or(DurationProblem::TooLong)?);
        rest = after.trim_start();
    }
    total.ok_or(DurationProblem::Unreadable)
}

/// Splits `text` after its longest prefix whose characters all satisfy `keep`.
fn split_while(text: &str, keep: impl Fn(char) -> bool) -> (&str, &str) {
    text.split_at(text.find(|c| !keep(c)).unwrap_or(text.len()))
}

/// Multiplies a decimal number, given as its whole and fraction digits, by a unit.
fn scale_decimal(whole: &str, fraction: &str, unit: i128) -> Option<i128> {
    let fraction = fraction.get(..9).unwrap_or(fraction);
    let scale = 10_i128.pow(u32::try_from(fraction.len()).ok()?);
    let whole = whole.parse::<i128>().ok()?.checked_mul(unit)?;
    whole.checked_add(fraction.parse::<i128>().ok()? * unit / scale)
}

/// Returns the length of a duration unit in nanoseconds, if the unit is known.
fn duration_unit(unit: &str) -> Option<i128> {
    let seconds = match unit {
        "s" | "sec" | "secs" | "second" | "seconds" => 1,
        "m" | "min" | "mins" | "minute" | "minutes" => 60,
        "h" | "hr" | "hrs" | "hour" | "hours" => 60 * 60,
        "d" | "day" | "days" => 24 * 60 * 60,
        "w" | "wk" | "wks" | "week" | "weeks" => 7 * 24 * 60 * 60,
        _ => return None,
    };
    Some(seconds * MINUTE_NANOS / 60)
}

/// What went wrong while reading a date, before the input is attached.
enum Problem {
    /// A word is unknown.
    Unknown(String),
    /// A day or time does not exist, for the given reason.
    Impossible(String),
    /// A year, as written, is out of range.
    Year(String),
    /// A word does not fit where it is.
    Unexpected(String),
    /// The input is incomplete or ambiguous, for the given reason.
    Unclear(String),
    /// The result cannot be represented.
    OutOfRange,
}

/// The result of one step of reading a date.
type Parsed<T> = Result<T, Problem>;

impl Problem {
    /// Turns the problem into the public error for `input`.
    fn with_input(self, input: &str) -> WhenError {
        let input = input.to_owned();
        match self {
            Problem::Unknown(word) => {
                let suggestion = suggest(&word);
                WhenError::UnknownWord {
                    input,
                    word,
                    suggestion,
                }
            }
            Problem::Impossible(reason) => WhenError::Impossible { input, reason },
            Problem::Year(year) => WhenError::YearOutOfRange { input, year },
            Problem::Unexpected(word) => WhenError::Unexpected { input, word },
            Problem::Unclear(reason) => WhenError::Unclear { input, reason },
            Problem::OutOfRange => WhenError::OutOfRange(input),
        }
    }
}

/// A unit of a relative amount such as "3 days", in the order [`Parser::relative`] stores them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
}

/// The meaning of a known word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Now,
    /// "today", "tomorrow" or "yesterday", as a number of days from today.
    Day(i8),
    Noon,
    Midnight,
    In,
    Ago,
    Next,
    This,
    Last,
    /// "a" or "an", which count as one.
    One,
    And,
    /// "at" or "on", which carry no meaning and are dropped.
    Filler,
    /// "am" or "pm" on their own, which only make sense glued to a time.
    Meridiem,
    Unit(Unit),
    Weekday(Weekday),
    /// A month from 1 to 12.
    Month(i8),
}

/// Every known word, as groups of spellings; full spellings come first so suggestions prefer them.
const WORDS: &[(&str, Word)] = &[
    ("now", Word::Now),
    ("today", Word::Day(0)),
    ("tomorrow", Word::Day(1)),
    ("yesterday", Word::Day(-1)),
    ("noon midday", Word::Noon),
    ("midnight", Word::Midnight),
    ("in", Word::In),
    ("ago", Word::Ago),
    ("next", Word::Next),
    ("this", Word::This),
    ("last", Word::Last),
    ("a an", Word::One),
    ("and", Word::And),
    ("at on", Word::Filler),
    ("am pm", Word::Meridiem),
    ("minutes minute mins min m", Word::Unit(Unit::Minute)),
    ("hours hour hrs hr h", Word::Unit(Unit::Hour)),
    ("days day d", Word::Unit(Unit::Day)),
    ("weeks week wks wk w", Word::Unit(Unit::Week)),
    ("months month", Word::Unit(Unit::Month)),
    ("monday mon", Word::Weekday(Weekday::Monday)),
    ("tuesday tues tue", Word::Weekday(Weekday::Tuesday)),
    ("wednesday wed", Word::Weekday(Weekday::Wednesday)),
    ("thursday thurs thur thu", Word::Weekday(Weekday::Thursday)),
    ("friday fri", Word::Weekday(Weekday::Friday)),
    ("saturday sat", Word::Weekday(Weekday::Saturday)),
    ("sunday sun", Word::Weekday(Weekday::Sunday)),
    ("january jan", Word::Month(1)),
    ("february feb", Word::Month(2)),
    ("march mar", Word::Month(3)),
    ("april apr", Word::Month(4)),
    ("may", Word::Month(5)),
    ("june jun", Word::Month(6)),
    ("july jul", Word::Month(7)),
    ("august aug", Word::Month(8)),
    ("september sept sep", Word::Month(9)),
    ("october oct", Word::Month(10)),
    ("november nov", Word::Month(11)),
    ("december dec", Word::Month(12)),
];

/// Iterates over every known spelling with its meaning.
fn spellings() -> impl Iterator<Item = (&'static str, Word)> {
    WORDS
        .iter()
        .flat_map(|(names, word)| names.split(' ').map(|name| (name, *word)))
}

/// Returns the English name of a month from 1 to 12, capitalized.
fn month_name(month: i8) -> String {
    let name = spellings()
        .find(|(_, word)| *word == Word::Month(month))
        .map_or("", |(name, _)| name);
    name.get(..1)
        .map_or_else(String::new, |first| first.to_uppercase() + &name[1..])
}

/// Returns the known spelling closest to `word`, if it is a plausible typo of it.
fn suggest(word: &str) -> Option<String> {
    let len = word.chars().count();
    if !(3..=20).contains(&len) || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let limit = if len >= 5 { 2 } else { 1 };
    spellings()
        .filter(|(known, _)| known.len() >= 3)
        .map(|(known, _)| (levenshtein(word, known), known))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known.to_owned())
}

/// Counts the single-character insertions, deletions and substitutions that turn `a` into `b`.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or_default()
}

/// A checked time of day, possibly at an explicit UTC offset that wins over the user's zone.
#[derive(Debug, Clone, Copy)]
struct Clock {
    time: Time,
    offset: Option<Offset>,
}

impl Clock {
    /// A time of day in the user's time zone.
    fn local(time: Time) -> Self {
        Clock { time, offset: None }
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// A whole number; `i64::MAX` stands for anything larger.
    Number(i64),
    /// A day of the month such as "3rd".
    Ordinal(i64),
    Clock(Clock),
    /// An ISO date such as "2026-12-01".
    Date(Date),
    Word(Word),
}

/// One meaningful piece of the input, with its lowercase spelling for error messages.
#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    text: String,
}

impl Token {
    /// Returns the known word this token is, if it is one.
    fn word(&self) -> Option<Word> {
        match self.kind {
            Kind::Word(word) => Some(word),
            _ => None,
        }
    }

    /// Returns the count this token stands for in an amount such as "3 days" or "a week".
    fn count(&self) -> Option<i64> {
        match self.kind {
            Kind::Number(n) => Some(n),
            Kind::Word(Word::One) => Some(1),
            _ => None,
        }
    }

    /// Returns the day of the month this token could be.
    fn day_of_month(&self) -> Option<i64> {
        match self.kind {
            Kind::Number(n) | Kind::Ordinal(n) => Some(n),
            _ => None,
        }
    }
}

/// Splits the input into tokens, gluing a separate "am" or "pm" onto the time before it.
fn lex(input: &str) -> Parsed<Vec<Token>> {
    let mut words: Vec<String> = Vec::new();
    for word in input
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        match words.last_mut() {
            Some(last)
                if matches!(word.as_str(), "am" | "pm" | "a.m." | "p.m.")
                    && last.bytes().all(|b| b.is_ascii_digit() || b == b':') =>
            {
                last.push_str(&word);
            }
            _ => words.push(word),
        }
    }
    let mut tokens = Vec::new();
    for word in &words {
        lex_word(word, &mut tokens)?;
    }
    Ok(tokens)
}

/// Turns one lowercase word into tokens, dropping filler words.
fn lex_word(word: &str, tokens: &mut Vec<Token>) -> Parsed<()> {
    let mut push = |kind, text: &str| {
        tokens.push(Token {
            kind,
            text: text.to_owned(),
        })
    };
    if let Some((date, clock)) = iso_date(word)? {
        push(Kind::Date(date), word);
        clock
            .into_iter()
            .for_each(|clock| push(Kind::Clock(clock), word));
        return Ok(());
    }
    if let Some(clock) = clock(word)? {
        push(Kind::Clock(clock), word);
        return Ok(());
    }
    if word.contains('/') {
        return Err(Problem::Unclear(format!(
            "dates with slashes such as {word:?} are ambiguous; write \"2026-12-01\" or \"dec 1\""
        )));
    }
    let word = word
        .strip_suffix('.')
        .filter(|w| w.bytes().all(|b| b.is_ascii_alphabetic()))
        .unwrap_or(word);
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Problem::Unknown(word.to_owned()));
    }
    // Split "1h30m" into "1", "h", "30" and "m", but keep ordinals such as "3rd" whole.
    let mut runs = Vec::new();
    let mut start = 0;
    for (i, pair) in word.as_bytes().windows(2).enumerate() {
        if pair[0].is_ascii_digit() != pair[1].is_ascii_digit() {
            runs.push(&word[start..=i]);
            start = i + 1;
        }
    }
    runs.push(&word[start..]);
    if let [digits, "st" | "nd" | "rd" | "th"] = runs[..]
        && let Some(n) = number(digits)
    {
        push(Kind::Ordinal(n), word);
        return Ok(());
    }
    for run in runs {
        match (number(run), spellings().find(|(name, _)| *name == run)) {
            (Some(n), _) => push(Kind::Number(n), run),
            (None, Some((_, Word::Filler))) => {}
            (None, Some((_, meaning))) => push(Kind::Word(meaning), run),
            (None, None) => return Err(Problem::Unknown(run.to_owned())),
        }
    }
    Ok(())
}

/// Reads an ISO date such as "2026-12-01" or "2026-12-01t14:00", if the word is shaped like one.
fn iso_date(word: &str) -> Parsed<Option<(Date, Option<Clock>)>> {
    let (date, time) = word
        .split_once('t')
        .map_or((word, None), |(date, time)| (date, Some(time)));
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    let shaped = y.len() >= 4 && m.len() <= 2 && d.len() <= 2 && number(y).is_some();
    let (true, Some(month), Some(day)) = (shaped, number(m), number(d)) else {
        return Ok(None);
    };
    let date = full_date(year(y)?, month, day)?;
    let Some(time) = time else {
        return Ok(Some((date, None)));
    };
    let not_a_time =
        || Problem::Impossible(format!("{time:?} after the date is not a time of day"));
    Ok(Some((date, Some(clock(time)?.ok_or_else(not_a_time)?))))
}

/// Reads and checks a time of day such as "14:30", "2:30pm" or "14:00+01:00", if the word is shaped like one.
fn clock(word: &str) -> Parsed<Option<Clock>> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok(None);
    }
    let meridiem = ["a.m.", "p.m.", "am", "pm", "a", "p"]
        .into_iter()
        .find(|m| word.ends_with(m));
    let body = meridiem.map_or(word, |m| &word[..word.len() - m.len()]);
    // Without am or pm, a time may end in "z" or an offset such as "+01:00" or "-05:00".
    let (body, offset) = match body.rfind(['+', '-']) {
        _ if meridiem.is_some() => (body, None),
        _ if body.ends_with('z') => (&body[..body.len() - 1], Some("z")),
        Some(i) if i > 0 => (&body[..i], Some(&body[i..])),
        _ => (body, None),
    };
    if meridiem.is_none() && !body.contains(':') {
        return Ok(None);
    }
    let mut parts = body.split(':');
    let field = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        let digits = lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| part.parse::<i8>().ok()).flatten()
    };
    let hour = parts.next().and_then(|p| field(p, 1..=2));
    let minute = parts.next().map_or(Some(0), |p| field(p, 2..=2));
    let second = parts.next().map_or(Some((0, "0")), |p| {
        let (whole, fraction) = p.split_once('.').unwrap_or((p, "0"));
        Some((field(whole, 2..=2)?, fraction)).filter(|_| number(fraction).is_some())
    });
    let (Some(hour), Some(minute), Some((second, fraction)), None) =
        (hour, minute, second, parts.next())
    else {
        return Ok(None);
    };
    let offset = match offset.map(|text| (text, offset_seconds(text))) {
        None => None,
        Some((_, None)) => return Ok(None),
        Some((text, Some(seconds))) => Some(Offset::from_seconds(seconds).map_err(|_| {
            Problem::Impossible(format!("the UTC offset {text:?} is out of range"))
        })?),
    };
    let hour = match meridiem {
        Some(_) if !(1..=12).contains(&hour) => {
            let fix = match hour {
                13..=23 => format!("; for a 24-hour time write \"{hour}:{minute:02}\""),
                _ => String::new(),
            };
            return Err(Problem::Impossible(format!(
                "{word:?} has hour {hour}, but with am or pm the hour must be between 1 and 12{fix}"
            )));
        }
        Some(m) if m.starts_with('p') => hour % 12 + 12,
        Some(_) => hour % 12,
        None => hour,
    };
    for (what, value, most) in [
        ("hour", hour, 23),
        ("minute", minute, 59),
        ("second", second, 59),
    ] {
        if value > most {
            let reason = format!("{what} {value} is out of range; {what}s go from 0 to {most}");
            return Err(Problem::Impossible(reason));
        }
    }
    let nanos = format!("{:0<9}", fraction.get(..9).unwrap_or(fraction))
        .parse()
        .unwrap_or(0);
    let time = Time::new(hour, minute, second, nanos)
        .map_err(|_| Problem::Impossible(format!("{word:?} is not a time of day")))?;
    Ok(Some(Clock { time, offset }))
}

/// Parses a UTC offset, "z" or "+hh:mm" or "-hh:mm", into seconds east of UTC.
fn offset_seconds(text: &str) -> Option<i32> {
    if text == "z" {
        return Some(0);
    }
    let sign = match text.get(..1)? {
        "+" => 1,
        "-" => -1,
        _ => return None,
    };
    let (hours, minutes) = text.get(1..)?.split_once(':')?;
    let (hours, minutes) = (
        number(hours).filter(|_| hours.len() == 2)?,
        number(minutes).filter(|_| minutes.len() == 2)?,
    );
    i32::try_from(hours * 3600 + minutes * 60)
        .ok()
        .filter(|_| minutes < 60)
        .map(|s| sign * s)
}

/// Parses a non-empty run of ASCII digits; numbers too large for `i64` become `i64::MAX`.
fn number(digits: &str) -> Option<i64> {
    let is_number = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    is_number.then(|| digits.parse().unwrap_or(i64::MAX))
}

/// Checks a year as written.
fn year(digits: &str) -> Parsed<i16> {
    let year = digits
        .parse::<i16>()
        .ok()
        .filter(|year| YEARS.contains(year));
    year.ok_or_else(|| Problem::Year(digits.to_owned()))
}

/// Checks that a month and a day of the month are in range for some month.
fn month_and_day(month: i64, day: i64) -> Parsed<(i8, i8)> {
    let checked_month = i8::try_from(month).ok().filter(|m| (1..=12).contains(m));
    let checked_day = i8::try_from(day).ok().filter(|d| (1..=31).contains(d));
    Ok((
        checked_month.ok_or_else(|| {
            Problem::Impossible(format!("there is no month {month}; months go from 1 to 12"))
        })?,
        checked_day
            .ok_or_else(|| Problem::Impossible(format!("there is no day {day} in any month")))?,
    ))
}

/// Checks a date with a known year.
fn full_date(year: i16, month: i64, day: i64) -> Parsed<Date> {
    let (month, day) = month_and_day(month, day)?;
    Date::new(year, month, day).map_err(|_| {
        let days = Date::new(year, month, 1).map_or(0, Date::days_in_month);
        Problem::Impossible(format!("{} {year} has {days} days", month_name(month)))
    })
}

/// Finds the first date with the given month and day on or after `today`.
fn next_date(today: Date, month: i8, day: i64) -> Parsed<Date> {
    let (month, day) = month_and_day(month.into(), day)?;
    let most = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > most {
        let at_most = if month == 2 { "at most " } else { "" };
        return Err(Problem::Impossible(format!(
            "{} has {at_most}{most} days",
            month_name(month)
        )));
    }
    (today.year()..=today.year().saturating_add(8))
        .filter_map(|year| Date::new(year, month, day).ok())
        .find(|date| *date >= today)
        .ok_or(Problem::OutOfRange)
}

/// Finds a weekday relative to `today`; see [`parse_when`] for what `next`, `this` and `last` mean.
fn weekday(today: Date, target: Weekday, which: Word) -> Parsed<Date> {
    let current = today.weekday();
    let days = match which {
        Word::This => target.to_monday_zero_offset() - current.to_monday_zero_offset(),
        Word::Last => -(target.until(current) + 7 * i8::from(target == current)),
        _ => current.until(target) + 7 * i8::from(target == current),
    };
    shift(today, days.into())
}

/// Moves a date by a number of days.
fn shift(date: Date, days: i64) -> Parsed<Date> {
    let moved = Span::new()
        .try_days(days)
        .and_then(|span| date.checked_add(span));
    moved.map_err(|_| Problem::OutOfRange)
}

/// Stores a part of the result, or complains about `token` if that part was already given.
fn fill<T>(slot: &mut Option<T>, value: T, token: &Token) -> Parsed<()> {
    match slot.replace(value) {
        Some(_) => Err(Problem::Unexpected(token.text.clone())),
        None => Ok(()),
    }
}

/// Resolves tokens into an instant, consuming them from the front.
struct Parser<'a> {
    /// The moment relative phrases are resolved against.
    now: &'a ZonedDateTime,
    /// The tokens not yet consumed.
    rest: &'a [Token],
}

impl<'a> Parser<'a> {
    /// Returns the known word at position `i` of the remaining tokens, if there is one.
    fn word(&self, i: usize) -> Option<Word> {
        self.rest.get(i).and_then(Token::word)
    }

    /// Consumes `n` tokens.
    fn advance(&mut self, n: usize) {
        self.rest = self.rest.get(n..).unwrap_or_default();
    }

    /// Resolves all the tokens into an instant.
    fn parse(mut self) -> Parsed<ZonedDateTime> {
        let counted = self.rest.first().and_then(Token::count).is_some();
        match (self.word(0), self.word(1)) {
            (Some(Word::Now), _) => {
                self.advance(1);
                self.end().map(|()| self.now.clone())
            }
            (Some(Word::In), _) => {
                self.advance(1);
                self.relative(false)
            }
            (_, Some(Word::Unit(_))) if counted => self.relative(true),
            _ => self.absolute(),
        }
    }

    /// Resolves "<amount> [time]" after "in", or "<amount> ago [time]".
    fn relative(mut self, past: bool) -> Parsed<ZonedDateTime> {
        let mut counts = [0_i64; 5];
        let mut any = false;
        while let Some(count) = self.rest.first().and_then(Token::count) {
            let Some(Word::Unit(unit)) = self.word(1) else {
                let text = self.rest.first().map_or("", |t| t.text.as_str());
                return Err(Problem::Unclear(format!(
                    "{text:?} needs a unit after it, such as \"days\" or \"hours\""
                )));
            };
            let slot = &mut counts[unit as usize];
            *slot = slot.checked_add(count).ok_or(Problem::OutOfRange)?;
            any = true;
            // Step over "and" only when another amount follows it, as in "1 hour and 30 minutes".
            let and = self.word(2) == Some(Word::And)
                && self.rest.get(3).and_then(Token::count).is_some();
            self.advance(if and { 3 } else { 2 });
        }
        if !any {
            let reason = "\"in\" needs an amount after it, as in \"in 3 days\"";
            return Err(Problem::Unclear(reason.to_owned()));
        }
        if past {
            if self.word(0) != Some(Word::Ago) {
                return Err(Problem::Unclear(
                    "an amount needs \"ago\" after it, as in \"3 days ago\", or \"in\" before it, \
                     as in \"in 3 days\""
                        .to_owned(),
                ));
            }
            self.advance(1);
        }
        let clock = self.take_clock();
        self.end()?;
        let [minutes, hours, days, weeks, months] = counts;
        let span = Span::new()
            .try_months(months)
            .and_then(|s| {
                s.try_weeks(weeks)?
                    .try_days(days)?
                    .try_hours(hours)?
                    .try_minutes(minutes)
            })
            .map_err(|_| Problem::OutOfRange)?;
        let span = if past { span.negate() } else { span };
        let moved = self
            .now
            .checked_add(span)
            .map_err(|_| Problem::OutOfRange)?;
        match clock {
            None => Ok(moved),
            Some(_) if hours != 0 || minutes != 0 => Err(Problem::Unclear(
                "a time of day can follow an amount of days or weeks, but not of hours or minutes"
                    .to_owned(),
            )),
            Some(clock) => self.at(moved.date(), clock),
        }
    }

    /// Resolves at most one day and at most one time of day, in either order.
    fn absolute(mut self) -> Parsed<ZonedDateTime> {
        let (mut date, mut clock) = (None, None);
        while let Some(head) = self.rest.first() {
            if let Some(found) = self.take_clock() {
                fill(&mut clock, found, head)?;
            } else if let Some(found) = self.take_date()? {
                fill(&mut date, found, head)?;
            } else if let Kind::Number(_) = head.kind {
                let text = &head.text;
                return Err(Problem::Unclear(format!(
                    "the bare number {text:?} is ambiguous; add a unit or a month, \
                     as in \"3pm\", \"15:00\" or \"dec 3\""
                )));
            } else {
                return Err(Problem::Unexpected(head.text.clone()));
            }
        }
        if date.is_none() && clock.is_none() {
            return Err(Problem::Unclear("it names no date or time".to_owned()));
        }
        let date = date.unwrap_or(self.now.date());
        self.at(date, clock.unwrap_or(Clock::local(DEFAULT_TIME)))
    }

    /// Consumes a time of day from the front, if one is there.
    fn take_clock(&mut self) -> Option<Clock> {
        let clock = match self.rest.first()?.kind {
            Kind::Clock(clock) => clock,
            Kind::Word(Word::Noon) => Clock::local(Time::constant(12, 0, 0, 0)),
            Kind::Word(Word::Midnight) => Clock::local(Time::midnight()),
            _ => return None,
        };
        self.advance(1);
        Some(clock)
    }

    /// Consumes a day from the front, if one is there.
    fn take_date(&mut self) -> Parsed<Option<Date>> {
        let rest = self.rest;
        let Some(head) = rest.first() else {
            return Ok(None);
        };
        let today = self.now.date();
        let (date, used) = match (head.kind, self.word(1)) {
            (Kind::Date(date), _) => (date, 1),
            (Kind::Word(Word::Day(days)), _) => (shift(today, days.into())?, 1),
            (Kind::Word(Word::Weekday(target)), _) => (weekday(today, target, Word::Next)?, 1),
            (Kind::Word(which @ (Word::Next | Word::This | Word::Last)), next) => match next {
                Some(Word::Weekday(target)) => (weekday(today, target, which)?, 2),
                _ => {
                    let text = &head.text;
                    let reason =
                        format!("{text:?} needs a weekday after it, as in \"{text} friday\"");
                    return Err(Problem::Unclear(reason));
                }
            },
            (Kind::Word(Word::Month(month)), _) => {
                let Some(day) = rest.get(1).and_then(Token::day_of_month) else {
                    let reason = format!("a month needs a day, as in \"{} 3\"", head.text);
                    return Err(Problem::Unclear(reason));
                };
                return self.month_day(month, day).map(Some);
            }
            (Kind::Number(day) | Kind::Ordinal(day), Some(Word::Month(month))) => {
                return self.month_day(month, day).map(Some);
            }
            (Kind::Ordinal(_), _) => {
                let text = &head.text;
                return Err(Problem::Unclear(format!(
                    "{text:?} needs a month, as in \"dec {text}\""
                )));
            }
            _ => return Ok(None),
        };
        self.advance(used);
        Ok(Some(date))
    }

    /// Consumes a month and a day (in either order, two tokens) and an optional year after them.
    fn month_day(&mut self, month: i8, day: i64) -> Parsed<Date> {
        self.advance(2);
        let year_token = self
            .rest
            .first()
            .filter(|t| matches!(t.kind, Kind::Number(_)));
        match year_token {
            Some(token) => {
                self.advance(1);
                full_date(year(&token.text)?, month.into(), day)
            }
            None => next_date(self.now.date(), month, day),
        }
    }

    /// Complains about a leftover token, if there is one.
    fn end(&self) -> Parsed<()> {
        self.rest
            .first()
            .map_or(Ok(()), |token| Err(Problem::Unexpected(token.text.clone())))
    }

    /// Combines a date and a time of day into an instant in the user's time zone.
    fn at(&self, date: Date, clock: Clock) -> Parsed<ZonedDateTime> {
        let datetime = date.to_datetime(clock.time);
        let zone = self.now.time_zone().clone();
        let zoned = match clock.offset {
            Some(offset) => datetime
                .to_zoned_datetime(TimeZone::fixed(offset))
                .map(|z| z.with_time_zone(zone)),
            None => datetime.to_zoned_datetime(zone),
        };
        zoned.map_err(|_| Problem::OutOfRange)
    }
}

#[cfg(test)]
mod tests;
