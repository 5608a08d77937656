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

/// The earliest year a date may name.
const MIN_YEAR: i16 = 1900;
/// The latest year a date may name.
const MAX_YEAR: i16 = 9999;
/// The number of nanoseconds in a minute.
const NANOS_PER_MINUTE: i128 = 60_000_000_000;
/// The longest length of time [`parse_duration`] accepts: 1000 days.
const MAX_DURATION_NANOS: i128 = 1000 * 24 * 60 * NANOS_PER_MINUTE;
/// The advice that ends most date errors.
const WHEN_HINT: &str =
    r#"try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#;
/// The advice that ends most length-of-time errors.
const DURATION_HINT: &str = r#"try "45m", "1h30m" or "90 min""#;
/// The English month names, for error messages.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a date, time or length of time could not be read.
///
/// Every message quotes the input, says what was wrong and suggests a form
/// that works, so it can be shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    /// The date input was empty or only whitespace.
    #[error("no date or time given; {hint}", hint = WHEN_HINT)]
    Empty,
    /// A word is not one the parser knows.
    #[error(
        "couldn't read {input:?} as a date: unknown word {word:?}{}; {hint}",
        did_you_mean(.suggestion.as_deref()),
        hint = WHEN_HINT
    )]
    UnknownWord {
        /// The input, trimmed.
        input: String,
        /// The word that was not understood.
        word: String,
        /// A known word that is spelled almost the same, if there is one.
        suggestion: Option<String>,
    },
    /// The input names a day that does not exist, such as February 30.
    #[error("couldn't read {input:?} as a date: {reason}; {hint}", hint = WHEN_HINT)]
    ImpossibleDate {
        /// The input, trimmed.
        input: String,
        /// Why the day does not exist, such as "February 2026 has 28 days".
        reason: String,
    },
    /// The input names a time of day that does not exist, such as `25:00` or `13pm`.
    #[error("couldn't read {input:?} as a date: {reason}; {hint}", hint = WHEN_HINT)]
    BadTime {
        /// The input, trimmed.
        input: String,
        /// Why the time does not exist.
        reason: String,
    },
    /// The year is outside the supported range.
    #[error(
        "couldn't read {input:?} as a date: the year {year} is out of range; \
         years must be between {MIN_YEAR} and {MAX_YEAR}"
    )]
    YearOutOfRange {
        /// The input, trimmed.
        input: String,
        /// The year as it was written.
        year: String,
    },
    /// A word appears where it makes no sense, such as a second time or trailing text.
    #[error("couldn't read {input:?} as a date: didn't expect {word:?} there; {hint}", hint = WHEN_HINT)]
    Unexpected {
        /// The input, trimmed.
        input: String,
        /// The word that does not fit.
        word: String,
    },
    /// The input is incomplete or ambiguous, such as `in 3` or a bare number.
    #[error("couldn't read {input:?} as a date: {reason}; {hint}", hint = WHEN_HINT)]
    Unclear {
        /// The input, trimmed.
        input: String,
        /// What is missing or ambiguous, and how to say it instead.
        reason: String,
    },
    /// The result falls outside the range of instants that can be represented.
    #[error("couldn't read {input:?} as a date: it is too far in the past or the future")]
    OutOfRange {
        /// The input, trimmed.
        input: String,
    },
    /// The length-of-time input was empty or only whitespace.
    #[error("no length of time given; {hint}", hint = DURATION_HINT)]
    EmptyDuration,
    /// The length-of-time input could not be read.
    #[error("couldn't read {input:?} as a length of time; {hint}", hint = DURATION_HINT)]
    BadDuration {
        /// The input, trimmed.
        input: String,
    },
    /// The length of time is zero.
    #[error("a length of time must be more than zero, but {input:?} is zero; {hint}", hint = DURATION_HINT)]
    ZeroDuration {
        /// The input, trimmed.
        input: String,
    },
    /// The length of time is negative.
    #[error("a length of time can't be negative, but {input:?} is; {hint}", hint = DURATION_HINT)]
    NegativeDuration {
        /// The input, trimmed.
        input: String,
    },
    /// The length of time is longer than 1000 days.
    #[error("{input:?} is too long for a length of time: the limit is 1000 days")]
    DurationTooLong {
        /// The input, trimmed.
        input: String,
    },
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
    let parser = Parser { input, now };
    let tokens = parser.lex()?;
    parser.parse(&tokens)
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
    let owned = || input.to_owned();
    let lower = input.to_ascii_lowercase();
    let (negative, body) = match lower.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, lower.as_str()),
    };
    let nanos = match duration_nanos(body) {
        Ok(nanos) => nanos,
        Err(_) if negative => return Err(WhenError::NegativeDuration { input: owned() }),
        Err(DurationProblem::Unreadable) => return Err(WhenError::BadDuration { input: owned() }),
        Err(DurationProblem::TooLong) => return Err(WhenError::DurationTooLong { input: owned() }),
    };
    if nanos == 0 {
        Err(WhenError::ZeroDuration { input: owned() })
    } else if negative {
        Err(WhenError::NegativeDuration { input: owned() })
    } else if nanos > MAX_DURATION_NANOS {
        Err(WhenError::DurationTooLong { input: owned() })
    } else {
        SignedDuration::try_from_nanos_i128(nanos)
            .ok_or(WhenError::DurationTooLong { input: owned() })
    }
}

/// Why the body of a length of time could not be turned into nanoseconds.
enum DurationProblem {
    /// The text is not a sequence of amounts with units.
    Unreadable,
    /// The amounts are too large to add up.
    TooLong,
}

/// Adds up the amounts in a lowercase length of time, in nanoseconds.
fn duration_nanos(text: &str) -> Result<i128, DurationProblem> {
    let mut rest = text.trim_start();
    let mut total: i128 = 0;
    let mut pieces = 0;
    while !rest.is_empty() {
        let (whole, fraction, after) = split_decimal(rest).ok_or(DurationProblem::Unreadable)?;
        let after = after.trim_start();
        let unit_len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        let (unit, after) = after.split_at(unit_len);
        let unit_nanos = if unit.is_empty() && pieces == 0 && after.trim().is_empty() {
            NANOS_PER_MINUTE
        } else {
            duration_unit_nanos(unit).ok_or(DurationProblem::Unreadable)?
        };
        let amount = scale_decimal(whole, fraction, unit_nanos).ok_or(DurationProblem::TooLong)?;
        total = total.checked_add(amount).ok_or(DurationProblem::TooLong)?;
        pieces += 1;
        rest = after.trim_start();
    }
    if pieces == 0 {
        Err(DurationProblem::Unreadable)
    } else {
        Ok(total)
    }
}

/// Splits a leading decimal number into its whole digits, its fraction digits and the rest.
fn split_decimal(text: &str) -> Option<(&str, &str, &str)> {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let whole_len = digits(text);
    if whole_len == 0 {
        return None;
    }
    let (whole, rest) = text.split_at(whole_len);
    let Some(after_point) = rest.strip_prefix('.') else {
        return Some((whole, "", rest));
    };
    let fraction_len = digits(after_point);
    if fraction_len == 0 {
        return None;
    }
    let (fraction, rest) = after_point.split_at(fraction_len);
    Some((whole, fraction, rest))
}

/// Multiplies a decimal number, given as digit strings, by a unit in nanoseconds.
fn scale_decimal(whole: &str, fraction: &str, unit_nanos: i128) -> Option<i128> {
    if whole.len() > 20 {
        return None;
    }
    let whole = whole.parse::<i128>().ok()?.checked_mul(unit_nanos)?;
    let fraction = fraction.get(..9).unwrap_or(fraction);
    if fraction.is_empty() {
        return Some(whole);
    }
    let scale = 10_i128.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    let fraction = fraction.parse::<i128>().ok()?.checked_mul(unit_nanos)? / scale;
    whole.checked_add(fraction)
}

/// Returns the length of a duration unit in nanoseconds, if the unit is known.
fn duration_unit_nanos(unit: &str) -> Option<i128> {
    let minutes = match unit {
        "s" | "sec" | "secs" | "second" | "seconds" => return Some(NANOS_PER_MINUTE / 60),
        "m" | "min" | "mins" | "minute" | "minutes" => 1,
        "h" | "hr" | "hrs" | "hour" | "hours" => 60,
        "d" | "day" | "days" => 24 * 60,
        "w" | "wk" | "wks" | "week" | "weeks" => 7 * 24 * 60,
        _ => return None,
    };
    Some(minutes * NANOS_PER_MINUTE)
}

/// Whether a time was written with "am" or "pm".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    /// Before noon.
    Am,
    /// After noon.
    Pm,
}

/// A unit of a relative amount such as "3 days".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Minutes, added as an exact duration.
    Minute,
    /// Hours, added as an exact duration.
    Hour,
    /// Days, added on the calendar.
    Day,
    /// Weeks, added on the calendar.
    Week,
    /// Months, added on the calendar.
    Month,
}

/// The meaning of a known word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// "now".
    Now,
    /// "today", "tomorrow" or "yesterday", as a number of days from today.
    Day(i8),
    /// "noon".
    Noon,
    /// "midnight".
    Midnight,
    /// "in", which starts a relative amount.
    In,
    /// "ago", which ends a relative amount.
    Ago,
    /// "next", before a weekday.
    Next,
    /// "this", before a weekday.
    This,
    /// "last", before a weekday.
    Last,
    /// "a" or "an", meaning one.
    One,
    /// "and", between amounts.
    And,
    /// "at" or "on", which carry no meaning.
    Filler,
    /// "am" or "pm".
    Meridiem(Meridiem),
    /// A unit of a relative amount.
    Unit(Unit),
    /// A day of the week.
    Weekday(Weekday),
    /// A month, from 1 to 12.
    Month(i8),
}

/// Every known word, full forms before abbreviations so suggestions prefer them.
const WORDS: &[(&str, Word)] = &[
    ("now", Word::Now),
    ("today", Word::Day(0)),
    ("tomorrow", Word::Day(1)),
    ("yesterday", Word::Day(-1)),
    ("noon", Word::Noon),
    ("midday", Word::Noon),
    ("midnight", Word::Midnight),
    ("in", Word::In),
    ("ago", Word::Ago),
    ("next", Word::Next),
    ("this", Word::This),
    ("last", Word::Last),
    ("a", Word::One),
    ("an", Word::One),
    ("and", Word::And),
    ("at", Word::Filler),
    ("on", Word::Filler),
    ("am", Word::Meridiem(Meridiem::Am)),
    ("pm", Word::Meridiem(Meridiem::Pm)),
    ("minutes", Word::Unit(Unit::Minute)),
    ("minute", Word::Unit(Unit::Minute)),
    ("hours", Word::Unit(Unit::Hour)),
    ("hour", Word::Unit(Unit::Hour)),
    ("days", Word::Unit(Unit::Day)),
    ("day", Word::Unit(Unit::Day)),
    ("weeks", Word::Unit(Unit::Week)),
    ("week", Word::Unit(Unit::Week)),
    ("months", Word::Unit(Unit::Month)),
    ("month", Word::Unit(Unit::Month)),
    ("monday", Word::Weekday(Weekday::Monday)),
    ("tuesday", Word::Weekday(Weekday::Tuesday)),
    ("wednesday", Word::Weekday(Weekday::Wednesday)),
    ("thursday", Word::Weekday(Weekday::Thursday)),
    ("friday", Word::Weekday(Weekday::Friday)),
    ("saturday", Word::Weekday(Weekday::Saturday)),
    ("sunday", Word::Weekday(Weekday::Sunday)),
    ("january", Word::Month(1)),
    ("february", Word::Month(2)),
    ("march", Word::Month(3)),
    ("april", Word::Month(4)),
    ("may", Word::Month(5)),
    ("june", Word::Month(6)),
    ("july", Word::Month(7)),
    ("august", Word::Month(8)),
    ("september", Word::Month(9)),
    ("october", Word::Month(10)),
    ("november", Word::Month(11)),
    ("december", Word::Month(12)),
    ("mins", Word::Unit(Unit::Minute)),
    ("min", Word::Unit(Unit::Minute)),
    ("m", Word::Unit(Unit::Minute)),
    ("hrs", Word::Unit(Unit::Hour)),
    ("hr", Word::Unit(Unit::Hour)),
    ("h", Word::Unit(Unit::Hour)),
    ("d", Word::Unit(Unit::Day)),
    ("wks", Word::Unit(Unit::Week)),
    ("wk", Word::Unit(Unit::Week)),
    ("w", Word::Unit(Unit::Week)),
    ("mon", Word::Weekday(Weekday::Monday)),
    ("tue", Word::Weekday(Weekday::Tuesday)),
    ("tues", Word::Weekday(Weekday::Tuesday)),
    ("wed", Word::Weekday(Weekday::Wednesday)),
    ("thu", Word::Weekday(Weekday::Thursday)),
    ("thur", Word::Weekday(Weekday::Thursday)),
    ("thurs", Word::Weekday(Weekday::Thursday)),
    ("fri", Word::Weekday(Weekday::Friday)),
    ("sat", Word::Weekday(Weekday::Saturday)),
    ("sun", Word::Weekday(Weekday::Sunday)),
    ("jan", Word::Month(1)),
    ("feb", Word::Month(2)),
    ("mar", Word::Month(3)),
    ("apr", Word::Month(4)),
    ("jun", Word::Month(6)),
    ("jul", Word::Month(7)),
    ("aug", Word::Month(8)),
    ("sep", Word::Month(9)),
    ("sept", Word::Month(9)),
    ("oct", Word::Month(10)),
    ("nov", Word::Month(11)),
    ("dec", Word::Month(12)),
];

/// Looks up the meaning of a lowercase word.
fn lookup(word: &str) -> Option<Word> {
    WORDS
        .iter()
        .find(|(known, _)| *known == word)
        .map(|(_, meaning)| *meaning)
}

/// Returns the known word closest to `word`, if it is a plausible typo of it.
fn suggest(word: &str) -> Option<String> {
    let len = word.chars().count();
    if !(3..=20).contains(&len) || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let limit = if len >= 5 { 2 } else { 1 };
    WORDS
        .iter()
        .map(|(known, _)| *known)
        .filter(|known| known.len() >= 3)
        .map(|known| (levenshtein(word, known), known))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known.to_owned())
}

/// Counts the single-character insertions, deletions and substitutions that turn `a` into `b`.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            let best = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
            current.push(best);
        }
        previous = current;
    }
    previous.last().copied().unwrap_or_default()
}

/// A time of day as written, not yet checked.
#[derive(Debug, Clone)]
struct RawClock {
    /// The hour as written, before applying am or pm.
    hour: i64,
    /// The minute.
    minute: i64,
    /// The second.
    second: i64,
    /// The fraction of the second, in nanoseconds.
    nanos: i32,
    /// Whether "am" or "pm" was given.
    meridiem: Option<Meridiem>,
    /// An explicit UTC offset, if one was given.
    offset: Option<Offset>,
    /// The time as written, for error messages.
    text: String,
}

/// A checked time of day, possibly at an explicit UTC offset.
#[derive(Debug, Clone, Copy)]
struct Clock {
    /// The time of day.
    time: Time,
    /// An explicit UTC offset, which wins over the user's time zone.
    offset: Option<Offset>,
}

impl Clock {
    /// A time of day in the user's time zone.
    fn local(time: Time) -> Self {
        Clock { time, offset: None }
    }
}

/// What a token is.
#[derive(Debug, Clone)]
enum Kind {
    /// A whole number; `i64::MAX` stands for anything larger.
    Number(i64),
    /// A day of the month such as "3rd".
    Ordinal(i64),
    /// A time of day such as "14:30" or "2pm".
    Clock(RawClock),
    /// An ISO date, possibly with a time after "T".
    Date(Date, Option<RawClock>),
    /// A known word.
    Word(Word),
}

/// One meaningful piece of the input.
#[derive(Debug, Clone)]
struct Token {
    /// What the piece is.
    kind: Kind,
    /// The piece as written, in lowercase, for error messages.
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

/// Parses one input against one "now".
struct Parser<'a> {
    /// The trimmed input.
    input: &'a str,
    /// The moment relative phrases are resolved against.
    now: &'a ZonedDateTime,
}

impl Parser<'_> {
    /// Splits the input into tokens, dropping filler words.
    fn lex(&self) -> Result<Vec<Token>, WhenError> {
        let mut tokens = Vec::new();
        let words = self.input.split(|c: char| c.is_whitespace() || c == ',');
        for word in words.filter(|word| !word.is_empty()) {
            self.lex_word(&word.to_lowercase(), &mut tokens)?;
        }
        Ok(tokens)
    }

    /// Turns one lowercase word into tokens.
    fn lex_word(&self, word: &str, tokens: &mut Vec<Token>) -> Result<(), WhenError> {
        let token = |kind| Token {
            kind,
            text: word.to_owned(),
        };
        if let Some(kind) = self.iso_date(word)? {
            tokens.push(token(kind));
            return Ok(());
        }
        if let Some(raw) = self.raw_clock(word)? {
            tokens.push(token(Kind::Clock(raw)));
            return Ok(());
        }
        let word = match word {
            "a.m." => "am",
            "p.m." => "pm",
            _ => word
                .strip_suffix('.')
                .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
                .unwrap_or(word),
        };
        if word.contains('/') {
            return Err(self.unclear(format!(
                "dates with slashes such as {word:?} are ambiguous; write \"2026-12-01\" or \"dec 1\""
            )));
        }
        if word.is_empty() || !word.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(self.unknown(word));
        }
        let runs = split_runs(word);
        if let [digits, suffix] = runs.as_slice()
            && matches!(*suffix, "st" | "nd" | "rd" | "th")
            && let Some(n) = number(digits)
        {
            tokens.push(token(Kind::Ordinal(n)));
            return Ok(());
        }
        for run in runs {
            let kind = match number(run) {
                Some(n) => Kind::Number(n),
                None => match lookup(run) {
                    Some(Word::Filler) => continue,
                    Some(meaning) => Kind::Word(meaning),
                    None => return Err(self.unknown(run)),
                },
            };
            tokens.push(Token {
                kind,
                text: run.to_owned(),
            });
        }
        Ok(())
    }

    /// Reads an ISO date such as "2026-12-01" or "2026-12-01t14:00", if the word is shaped like one.
    fn iso_date(&self, word: &str) -> Result<Option<Kind>, WhenError> {
        let (date, time) = match word.split_once('t') {
            Some((date, time)) => (date, Some(time)),
            None => (word, None),
        };
        let mut parts = date.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Ok(None);
        };
        let shaped = y.len() >= 4 && m.len() <= 2 && d.len() <= 2;
        let (true, Some(_), Some(month), Some(day)) = (shaped, number(y), number(m), number(d))
        else {
            return Ok(None);
        };
        let date = self.date(self.year(y)?, month, day)?;
        let clock = match time {
            None => None,
            Some(time) => Some(self.raw_clock(time)?.ok_or_else(|| WhenError::BadTime {
                input: self.input.to_owned(),
                reason: format!("{time:?} after the date is not a time of day"),
            })?),
        };
        Ok(Some(Kind::Date(date, clock)))
    }

    /// Reads a time of day such as "14:30", "2:30pm" or "14:00+01:00", if the word is shaped like one.
    fn raw_clock(&self, word: &str) -> Result<Option<RawClock>, WhenError> {
        if !word.starts_with(|c: char| c.is_ascii_digit()) {
            return Ok(None);
        }
        let (body, meridiem) = split_meridiem(word);
        let (body, offset) = match meridiem {
            Some(_) => (body, None),
            None => split_offset(body),
        };
        if meridiem.is_none() && !body.contains(':') {
            return Ok(None);
        }
        let mut parts = body.split(':');
        let hour = parts.next().filter(|p| p.len() <= 2).and_then(number);
        let minute = parts
            .next()
            .map_or(Some(0), |p| number(p).filter(|_| p.len() == 2));
        let second = parts.next().map_or(Some((0, 0)), seconds);
        let (Some(hour), Some(minute), Some((second, nanos)), None) =
            (hour, minute, second, parts.next())
        else {
            return Ok(None);
        };
        let offset = match offset {
            None => None,
            Some(text) => {
                let Some(seconds) = offset_seconds(text) else {
                    return Ok(None);
                };
                Some(
                    Offset::from_seconds(seconds).map_err(|_| WhenError::BadTime {
                        input: self.input.to_owned(),
                        reason: format!("the UTC offset {text:?} is out of range"),
                    })?,
                )
            }
        };
        let text = word.to_owned();
        Ok(Some(RawClock {
            hour,
            minute,
            second,
            nanos,
            meridiem,
            offset,
            text,
        }))
    }

    /// Resolves a token list into an instant.
    fn parse(&self, tokens: &[Token]) -> Result<ZonedDateTime, WhenError> {
        match tokens {
            [] => Err(self.unclear("it names no date or time".to_owned())),
            [first, rest @ ..] if first.word() == Some(Word::Now) => {
                self.end(rest)?;
                Ok(self.now.clone())
            }
            [first, rest @ ..] if first.word() == Some(Word::In) => self.relative(rest, false),
            [first, second, ..]
                if first.count().is_some() && matches!(second.word(), Some(Word::Unit(_))) =>
            {
                self.relative(tokens, true)
            }
            _ => self.absolute(tokens),
        }
    }

    /// Resolves "in <amount> [time]" or "<amount> ago [time]", given the tokens after "in".
    fn relative(&self, mut rest: &[Token], past: bool) -> Result<ZonedDateTime, WhenError> {
        let mut counts = [0_i64; 5];
        let mut any = false;
        while let Some(count) = rest.first().and_then(Token::count) {
            let Some(Word::Unit(unit)) = rest.get(1).and_then(Token::word) else {
                let text = rest.first().map_or("", |t| t.text.as_str());
                return Err(self.unclear(format!(
                    "{text:?} needs a unit after it, such as \"days\" or \"hours\""
                )));
            };
            let slot = &mut counts[unit as usize];
            *slot = slot.checked_add(count).ok_or_else(|| self.out_of_range())?;
            any = true;
            rest = rest.get(2..).unwrap_or_default();
            if rest.first().and_then(Token::word) == Some(Word::And) {
                rest = rest.get(1..).unwrap_or_default();
            }
        }
        if !any {
            return Err(
                self.unclear("\"in\" needs an amount after it, as in \"in 3 days\"".to_owned())
            );
        }
        if past {
            match rest.split_first() {
                Some((ago, tail)) if ago.word() == Some(Word::Ago) => rest = tail,
                _ => {
                    return Err(self.unclear(
                        "an amount needs \"ago\" after it, as in \"3 days ago\", or \"in\" before it, as in \"in 3 days\""
                            .to_owned(),
                    ));
                }
            }
        }
        let clock = self.take_clock(&mut rest)?;
        self.end(rest)?;
        let [minutes, hours, days, weeks, months] = counts;
        let span = Span::new()
            .try_months(months)
            .and_then(|s| s.try_weeks(weeks))
            .and_then(|s| s.try_days(days))
            .and_then(|s| s.try_hours(hours))
            .and_then(|s| s.try_minutes(minutes))
            .map_err(|_| self.out_of_range())?;
        let span = if past { span.negate() } else { span };
        let moved = self
            .now
            .checked_add(span)
            .map_err(|_| self.out_of_range())?;
        match clock {
            None => Ok(moved),
            Some(_) if hours != 0 || minutes != 0 => Err(self.unclear(
                "a time of day can follow an amount of days or weeks, but not of hours or minutes"
                    .to_owned(),
            )),
            Some(clock) => self.at(moved.date(), clock),
        }
    }

    /// Resolves a combination of at most one day and at most one time, in any order.
    fn absolute(&self, mut rest: &[Token]) -> Result<ZonedDateTime, WhenError> {
        let mut date = None;
        let mut clock = None;
        while let Some(head) = rest.first() {
            if let Some(found) = self.take_clock(&mut rest)? {
                self.fill(&mut clock, found, head)?;
            } else if let Some((found, with_clock)) = self.take_date(&mut rest)? {
                self.fill(&mut date, found, head)?;
                if let Some(found) = with_clock {
                    self.fill(&mut clock, found, head)?;
                }
            } else {
                return Err(match head.kind {
                    Kind::Number(_) => self.unclear(format!(
                        "a bare number such as {:?} is ambiguous; write a time such as \"{0}:00\" or \"{0}pm\", \
                         or a date such as \"dec {0}\"",
                        head.text
                    )),
                    _ => self.unexpected(head),
                });
            }
        }
        match (date, clock) {
            (Some(date), clock) => self.at(date, clock.unwrap_or(Clock::local(DEFAULT_TIME))),
            (None, Some(clock)) => self.at(self.now.date(), clock),
            (None, None) => Err(self.unclear("it names no date or time".to_owned())),
        }
    }

    /// Stores a part of the result, or complains if that part was already given.
    fn fill<T>(&self, slot: &mut Option<T>, value: T, token: &Token) -> Result<(), WhenError> {
        match slot {
            Some(_) => Err(self.unexpected(token)),
            None => {
                *slot = Some(value);
                Ok(())
            }
        }
    }

    /// Takes a time of day from the front of `rest`, if one is there.
    fn take_clock(&self, rest: &mut &[Token]) -> Result<Option<Clock>, WhenError> {
        let meridiem_at = |i: usize| match rest.get(i).and_then(Token::word) {
            Some(Word::Meridiem(m)) => Some(m),
            _ => None,
        };
        let (raw, used) = match rest.first().map(|t| &t.kind) {
            Some(Kind::Word(Word::Noon)) => (None, 1),
            Some(Kind::Word(Word::Midnight)) => {
                (Some(RawClock::whole_hour(0, None, "midnight")), 1)
            }
            Some(Kind::Clock(raw)) => match meridiem_at(1) {
                Some(m) if raw.meridiem.is_none() && raw.offset.is_none() => {
                    let text = format!(
                        "{} {}",
                        raw.text,
                        rest.get(1).map_or("", |t| t.text.as_str())
                    );
                    (
                        Some(RawClock {
                            meridiem: Some(m),
                            text,
                            ..raw.clone()
                        }),
                        2,
                    )
                }
                _ => (Some(raw.clone()), 1),
            },
            Some(Kind::Number(hour)) => match meridiem_at(1) {
                Some(m) => {
                    let text = rest
                        .iter()
                        .take(2)
                        .map(|t| t.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    (Some(RawClock::whole_hour(*hour, Some(m), &text)), 2)
                }
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        *rest = rest.get(used..).unwrap_or_default();
        match raw {
            None => Ok(Some(Clock::local(Time::constant(12, 0, 0, 0)))),
            Some(raw) => self.clock(&raw).map(Some),
        }
    }

    /// Takes a day from the front of `rest`, with the time an ISO date may carry, if one is there.
    fn take_date(&self, rest: &mut &[Token]) -> Result<Option<(Date, Option<Clock>)>, WhenError> {
        let Some((head, tail)) = rest.split_first() else {
            return Ok(None);
        };
        let today = self.now.date();
        let next_word = tail.first().and_then(Token::word);
        let (date, clock, remaining) = match (&head.kind, next_word) {
            (Kind::Date(date, raw), _) => {
                let clock = raw.as_ref().map(|raw| self.clock(raw)).transpose()?;
                (*date, clock, tail)
            }
            (Kind::Word(Word::Day(days)), _) => (self.shift(today, i64::from(*days))?, None, tail),
            (Kind::Word(Word::Weekday(weekday)), _) => {
                (self.weekday(today, *weekday, Word::Next)?, None, tail)
            }
            (Kind::Word(which @ (Word::Next | Word::This | Word::Last)), next) => {
                let Some(Word::Weekday(weekday)) = next else {
                    return Err(self.unclear(format!(
                        "{:?} needs a weekday after it, as in \"{} friday\"",
                        head.text, head.text
                    )));
                };
                (
                    self.weekday(today, weekday, *which)?,
                    None,
                    tail.get(1..).unwrap_or_default(),
                )
            }
            (Kind::Word(Word::Month(month)), _) => {
                let Some(day) = tail.first().and_then(Token::day_of_month) else {
                    return Err(
                        self.unclear(format!("a month needs a day, as in \"{} 3\"", head.text))
                    );
                };
                let mut remaining = tail.get(1..).unwrap_or_default();
                let year = self.take_year(&mut remaining)?;
                (self.calendar_date(year, *month, day)?, None, remaining)
            }
            (Kind::Number(day) | Kind::Ordinal(day), Some(Word::Month(month))) => {
                let mut remaining = tail.get(1..).unwrap_or_default();
                let year = self.take_year(&mut remaining)?;
                (self.calendar_date(year, month, *day)?, None, remaining)
            }
            (Kind::Ordinal(_), _) => {
                return Err(self.unclear(format!(
                    "{:?} needs a month, as in \"dec {}\"",
                    head.text, head.text
                )));
            }
            _ => return Ok(None),
        };
        *rest = remaining;
        Ok(Some((date, clock)))
    }

    /// Takes a year from the front of `rest`, unless the number there is an hour followed by am or pm.
    fn take_year(&self, rest: &mut &[Token]) -> Result<Option<i16>, WhenError> {
        match *rest {
            [first, second, ..]
                if matches!(second.word(), Some(Word::Meridiem(_))) && first.count().is_some() =>
            {
                Ok(None)
            }
            [first, tail @ ..] if matches!(first.kind, Kind::Number(_)) => {
                let year = self.year(&first.text)?;
                *rest = tail;
                Ok(Some(year))
            }
            _ => Ok(None),
        }
    }

    /// Checks a time of day as written and applies am or pm.
    fn clock(&self, raw: &RawClock) -> Result<Clock, WhenError> {
        let bad = |reason: String| WhenError::BadTime {
            input: self.input.to_owned(),
            reason,
        };
        let hour = match raw.meridiem {
            Some(meridiem) => {
                if !(1..=12).contains(&raw.hour) {
                    let fix = match raw.hour {
                        13..=23 => format!(
                            "; for a 24-hour time write \"{}:{:02}\"",
                            raw.hour, raw.minute
                        ),
                        _ => String::new(),
                    };
                    return Err(bad(format!(
                        "{:?} has hour {}, but with am or pm the hour must be between 1 and 12{fix}",
                        raw.text, raw.hour
                    )));
                }
                match meridiem {
                    Meridiem::Am => raw.hour % 12,
                    Meridiem::Pm => raw.hour % 12 + 12,
                }
            }
            None if raw.hour > 23 => {
                return Err(bad(format!(
                    "hour {} is out of range; hours go from 0 to 23",
                    raw.hour
                )));
            }
            None => raw.hour,
        };
        if raw.minute > 59 {
            return Err(bad(format!(
                "minute {} is out of range; minutes go from 0 to 59",
                raw.minute
            )));
        }
        if raw.second > 59 {
            return Err(bad(format!(
                "second {} is out of range; seconds go from 0 to 59",
                raw.second
            )));
        }
        let field = |n: i64| {
            i8::try_from(n).map_err(|_| bad(format!("{:?} is not a time of day", raw.text)))
        };
        let time = Time::new(
            field(hour)?,
            field(raw.minute)?,
            field(raw.second)?,
            raw.nanos,
        )
        .map_err(|_| bad(format!("{:?} is not a time of day", raw.text)))?;
        Ok(Clock {
            time,
            offset: raw.offset,
        })
    }

    /// Checks a year as written.
    fn year(&self, digits: &str) -> Result<i16, WhenError> {
        digits
            .parse::<i16>()
            .ok()
            .filter(|year| (MIN_YEAR..=MAX_YEAR).contains(year))
            .ok_or_else(|| WhenError::YearOutOfRange {
                input: self.input.to_owned(),
                year: digits.to_owned(),
            })
    }

    /// Checks a date with a known year.
    fn date(&self, year: i16, month: i64, day: i64) -> Result<Date, WhenError> {
        let (month, day) = self.month_and_day(month, day)?;
        Date::new(year, month, day).map_err(|_| {
            let days = Date::new(year, month, 1).map_or(0, Date::days_in_month);
            self.impossible(format!("{} {year} has {days} days", month_name(month)))
        })
    }

    /// Checks a date whose year may be missing; without a year, the first such date on or after today is used.
    fn calendar_date(&self, year: Option<i16>, month: i8, day: i64) -> Result<Date, WhenError> {
        if let Some(year) = year {
            return self.date(year, i64::from(month), day);
        }
        let (month, day) = self.month_and_day(i64::from(month), day)?;
        let most = match month {
            2 => 29,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day > most {
            let name = month_name(month);
            return Err(self.impossible(match month {
                2 => format!("{name} has at most {most} days"),
                _ => format!("{name} has {most} days"),
            }));
        }
        let today = self.now.date();
        (today.year()..=today.year().saturating_add(8))
            .filter_map(|year| Date::new(year, month, day).ok())
            .find(|date| *date >= today)
            .ok_or_else(|| self.out_of_range())
    }

    /// Checks that a month and a day of the month are in range for some month.
    fn month_and_day(&self, month: i64, day: i64) -> Result<(i8, i8), WhenError> {
        let month = i8::try_from(month)
            .ok()
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(|| {
                self.impossible(format!("there is no month {month}; months go from 1 to 12"))
            })?;
        let day = i8::try_from(day)
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| self.impossible(format!("there is no day {day} in any month")))?;
        Ok((month, day))
    }

    /// Finds a weekday relative to `today`; see [`parse_when`] for what `next`, `this` and `last` mean.
    fn weekday(&self, today: Date, target: Weekday, which: Word) -> Result<Date, WhenError> {
        let current = today.weekday();
        let days = match which {
            Word::This => target.to_monday_zero_offset() - current.to_monday_zero_offset(),
            Word::Last => -match target.until(current) {
                0 => 7,
                n => n,
            },
            _ => match current.until(target) {
                0 => 7,
                n => n,
            },
        };
        self.shift(today, i64::from(days))
    }

    /// Moves a date by a number of days.
    fn shift(&self, date: Date, days: i64) -> Result<Date, WhenError> {
        Span::new()
            .try_days(days)
            .and_then(|span| date.checked_add(span))
            .map_err(|_| self.out_of_range())
    }

    /// Combines a date and a time into an instant in the user's time zone.
    fn at(&self, date: Date, clock: Clock) -> Result<ZonedDateTime, WhenError> {
        let datetime = date.to_datetime(clock.time);
        let zone = self.now.time_zone().clone();
        match clock.offset {
            Some(offset) => datetime
                .to_zoned_datetime(TimeZone::fixed(offset))
                .map(|zoned| zoned.with_time_zone(zone)),
            None => datetime.to_zoned_datetime(zone),
        }
        .map_err(|_| self.out_of_range())
    }

    /// Complains about a leftover token, if there is one.
    fn end(&self, rest: &[Token]) -> Result<(), WhenError> {
        rest.first()
            .map_or(Ok(()), |token| Err(self.unexpected(token)))
    }

    /// Builds an [`WhenError::UnknownWord`] error.
    fn unknown(&self, word: &str) -> WhenError {
        WhenError::UnknownWord {
            input: self.input.to_owned(),
            word: word.to_owned(),
            suggestion: suggest(word),
        }
    }

    /// Builds an [`WhenError::Unexpected`] error.
    fn unexpected(&self, token: &Token) -> WhenError {
        WhenError::Unexpected {
            input: self.input.to_owned(),
            word: token.text.clone(),
        }
    }

    /// Builds an [`WhenError::Unclear`] error.
    fn unclear(&self, reason: String) -> WhenError {
        WhenError::Unclear {
            input: self.input.to_owned(),
            reason,
        }
    }

    /// Builds an [`WhenError::ImpossibleDate`] error.
    fn impossible(&self, reason: String) -> WhenError {
        WhenError::ImpossibleDate {
            input: self.input.to_owned(),
            reason,
        }
    }

    /// Builds an [`WhenError::OutOfRange`] error.
    fn out_of_range(&self) -> WhenError {
        WhenError::OutOfRange {
            input: self.input.to_owned(),
        }
    }
}

impl RawClock {
    /// A time on the hour, as in "2pm" or "2 pm".
    fn whole_hour(hour: i64, meridiem: Option<Meridiem>, text: &str) -> Self {
        RawClock {
            hour,
            minute: 0,
            second: 0,
            nanos: 0,
            meridiem,
            offset: None,
            text: text.to_owned(),
        }
    }
}

/// Returns the English name of a month from 1 to 12.
fn month_name(month: i8) -> &'static str {
    usize::try_from(month - 1)
        .ok()
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("That month")
}

/// Parses a non-empty run of ASCII digits; numbers too large for `i64` become `i64::MAX`.
fn number(digits: &str) -> Option<i64> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(digits.parse().unwrap_or(i64::MAX))
}

/// Parses seconds such as "15" or "15.250" into whole seconds and nanoseconds.
fn seconds(text: &str) -> Option<(i64, i32)> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.len() != 2 || fraction.len() > 9 || (text.contains('.') && fraction.is_empty()) {
        return None;
    }
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let nanos = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<9}").parse().ok()?
    };
    Some((number(whole)?, nanos))
}

/// Splits an "am" or "pm" suffix off a word.
fn split_meridiem(word: &str) -> (&str, Option<Meridiem>) {
    const SUFFIXES: [(&str, Meridiem); 6] = [
        ("a.m.", Meridiem::Am),
        ("p.m.", Meridiem::Pm),
        ("am", Meridiem::Am),
        ("pm", Meridiem::Pm),
        ("a", Meridiem::Am),
        ("p", Meridiem::Pm),
    ];
    SUFFIXES
        .iter()
        .find_map(|(suffix, meridiem)| {
            word.strip_suffix(suffix)
                .map(|body| (body, Some(*meridiem)))
        })
        .unwrap_or((word, None))
}

/// Splits a UTC offset such as "z", "+01:00" or "-0500" off the end of a time.
fn split_offset(body: &str) -> (&str, Option<&str>) {
    if let Some(time) = body.strip_suffix('z') {
        return (time, Some("z"));
    }
    match body.rfind(['+', '-']) {
        Some(i) if i > 0 => (&body[..i], Some(&body[i..])),
        _ => (body, None),
    }
}

/// Parses a UTC offset such as "z", "+01", "+01:00" or "-0530" into seconds east of UTC.
fn offset_seconds(text: &str) -> Option<i32> {
    if text == "z" {
        return Some(0);
    }
    let (sign, rest) = match text.split_at_checked(1)? {
        ("+", rest) => (1, rest),
        ("-", rest) => (-1, rest),
        _ => return None,
    };
    let digits = rest.replacen(':', "", 1);
    let (hours, minutes) = match digits.len() {
        2 => (digits.as_str(), "00"),
        4 => digits.split_at_checked(2)?,
        _ => return None,
    };
    let (hours, minutes) = (
        i32::try_from(number(hours)?).ok()?,
        i32::try_from(number(minutes)?).ok()?,
    );
    (minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// Splits an ASCII alphanumeric word into alternating runs of digits and letters, as in "1h30m".
fn split_runs(word: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = 0;
    let bytes = word.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i].is_ascii_digit() != bytes[i - 1].is_ascii_digit() {
            runs.push(&word[start..i]);
            start = i;
        }
    }
    runs.push(&word[start..]);
    runs
}

#[cfg(test)]
mod tests;
