//! Reading an event's `DTSTART`, `DTEND` and `DURATION` into instants.
//!
//! A date-time in an invite is UTC (`...Z`), local to a named zone
//! (`TZID=...`) or floating (neither). [`Clock`] knows the zones the invite
//! can refer to and turns each form into a [`Timestamp`], writing down in
//! the notes whatever it had to assume.

use calcard::common::PartialDateTime;
use calcard::icalendar::{ICalendarDuration, ICalendarEntry, ICalendarValue};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::zone::{CustomZone, Resolver, iana_zone};

/// Why a date-time value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BadTime {
    /// The property is absent.
    Missing,
    /// The value is a date without a time of day; holds the date as
    /// `YYYY-MM-DD` when it is a real date, else as written.
    DateOnly(String),
    /// The value is not a date-time; holds the value as written and the
    /// reason as a short clause.
    Invalid(String, String),
}

/// An instant read from the invite, with the IANA zone it was local to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadTime {
    pub(crate) at: Timestamp,
    pub(crate) zone: Option<String>,
}

/// The zones an invite's times can refer to.
pub(crate) struct Clock<'a> {
    resolver: Resolver<'a>,
    custom: Vec<CustomZone>,
    /// `X-WR-TIMEZONE`, the zone Google and Apple exports put floating times in.
    calendar_zone: Option<String>,
}

impl<'a> Clock<'a> {
    pub(crate) fn new(
        resolver: Resolver<'a>,
        custom: Vec<CustomZone>,
        calendar_zone: Option<String>,
    ) -> Clock<'a> {
        Clock {
            resolver,
            custom,
            calendar_zone,
        }
    }

    /// Reads a `DTSTART` or `DTEND` property as an instant.
    pub(crate) fn read(
        &self,
        entry: Option<&ICalendarEntry>,
        notes: &mut Vec<String>,
    ) -> Result<ReadTime, BadTime> {
        let entry = entry.ok_or(BadTime::Missing)?;
        let (local, offset) = civil_value(entry)?;
        if let Some(offset) = offset {
            let at = offset
                .to_timestamp(local)
                .map_err(|_| out_of_range(entry))?;
            return Ok(ReadTime { at, zone: None });
        }
        match entry.tz_id() {
            Some(tzid) => self.in_named_zone(entry, local, tzid, notes),
            None => self.floating(entry, local, notes),
        }
    }

    fn in_named_zone(
        &self,
        entry: &ICalendarEntry,
        local: DateTime,
        tzid: &str,
        notes: &mut Vec<String>,
    ) -> Result<ReadTime, BadTime> {
        let custom = self.custom.iter().find(|zone| zone.matches(tzid));
        let named = iana_zone(tzid, self.resolver).or_else(|| {
            custom
                .and_then(|zone| zone.location.as_deref())
                .and_then(|location| iana_zone(location, self.resolver))
        });
        if let Some((name, zone)) = named {
            let at = zone.to_timestamp(local).map_err(|_| out_of_range(entry))?;
            return Ok(ReadTime {
                at,
                zone: Some(name),
            });
        }
        if let Some(custom) = custom.filter(|zone| zone.is_usable())
            && let Some(offset) = custom.offset_at(local)
        {
            notes.push(format!(
                "the time zone \"{}\" is not a known IANA zone; its offsets were taken \
                 from the invite's own definition (VTIMEZONE)",
                tzid.trim().trim_matches('"')
            ));
            let at = offset
                .to_timestamp(local)
                .map_err(|_| out_of_range(entry))?;
            return Ok(ReadTime { at, zone: None });
        }
        notes.push(format!(
            "the time zone \"{}\" is neither a known IANA zone nor defined in the \
             invite; the times in it were read as UTC",
            tzid.trim().trim_matches('"')
        ));
        let at = Offset::UTC
            .to_timestamp(local)
            .map_err(|_| out_of_range(entry))?;
        Ok(ReadTime { at, zone: None })
    }

    fn floating(
        &self,
        entry: &ICalendarEntry,
        local: DateTime,
        notes: &mut Vec<String>,
    ) -> Result<ReadTime, BadTime> {
        if let Some(calendar_zone) = &self.calendar_zone
            && let Some((name, zone)) = iana_zone(calendar_zone, self.resolver)
        {
            notes.push(format!(
                "the invite's times have no time zone; they were read in the calendar's \
                 zone {name} (X-WR-TIMEZONE)"
            ));
            let at = zone.to_timestamp(local).map_err(|_| out_of_range(entry))?;
            return Ok(ReadTime {
                at,
                zone: Some(name),
            });
        }
        notes.push("the invite's times have no time zone; they were read as UTC".to_owned());
        let at = TimeZone::UTC
            .to_timestamp(local)
            .map_err(|_| out_of_range(entry))?;
        Ok(ReadTime { at, zone: None })
    }
}

/// Reads a `DURATION` property as a signed length of time.
///
/// Days and weeks count as 24 hours and 7 days: RFC 5545 makes a day in a
/// zone with daylight saving nominal, but an interview does not last days.
pub(crate) fn read_duration(entry: &ICalendarEntry) -> Option<SignedDuration> {
    match entry.values.first()? {
        ICalendarValue::Duration(duration) => Some(duration_of(duration)),
        _ => None,
    }
}

fn duration_of(duration: &ICalendarDuration) -> SignedDuration {
    // Each part is a u32, so the sum stays far inside an i64.
    let seconds = i64::from(duration.weeks) * 7 * 86_400
        + i64::from(duration.days) * 86_400
        + i64::from(duration.hours) * 3_600
        + i64::from(duration.minutes) * 60
        + i64::from(duration.seconds);
    SignedDuration::from_secs(if duration.neg { -seconds } else { seconds })
}

/// The civil date-time a value holds, and its fixed offset when it has one
/// (`Z` or, as some programs write, `+0100`).
fn civil_value(entry: &ICalendarEntry) -> Result<(DateTime, Option<Offset>), BadTime> {
    let value = match entry.values.first() {
        None => return Err(BadTime::Invalid(String::new(), "it is empty".to_owned())),
        Some(ICalendarValue::PartialDateTime(value)) => value,
        Some(other) => {
            let text = other.as_text().unwrap_or_default().trim().to_owned();
            return Err(BadTime::Invalid(
                text,
                "it is not of the form YYYYMMDDTHHMMSS".to_owned(),
            ));
        }
    };
    let written = as_written(value);
    let invalid = |reason: String| BadTime::Invalid(written.clone(), reason);
    let (Some(year), Some(month), Some(day)) = (value.year, value.month, value.day) else {
        return Err(invalid("it is not of the form YYYYMMDDTHHMMSS".to_owned()));
    };
    if !(1..=12).contains(&month) {
        return Err(invalid(format!("month {month} does not exist")));
    }
    let year = i16::try_from(year).map_err(|_| invalid(format!("year {year} is out of range")))?;
    // Both fit: the month is 1 to 12 and a u8 day is checked below.
    let month = month as i8;
    let first =
        Date::new(year, month, 1).map_err(|_| invalid(format!("year {year} is out of range")))?;
    if day == 0 || i16::from(day) > i16::from(first.days_in_month()) {
        return Err(invalid(format!(
            "day {day} does not exist in {} {year}",
            month_name(month)
        )));
    }
    // The day is at most 31 here, so it fits an i8.
    let date = Date::new(year, month, day as i8)
        .map_err(|_| invalid(format!("day {day} does not exist")))?;
    let (Some(hour), Some(minute)) = (value.hour, value.minute) else {
        return Err(BadTime::DateOnly(date.to_string()));
    };
    let second = value.second.unwrap_or(0);
    if hour > 23 {
        return Err(invalid(format!("hour {hour} does not exist")));
    }
    if minute > 59 {
        return Err(invalid(format!("minute {minute} does not exist")));
    }
    if second > 60 {
        return Err(invalid(format!("second {second} does not exist")));
    }
    // A leap second (60) is read as the last second of its minute.
    let time = Time::new(hour as i8, minute as i8, second.min(59) as i8, 0)
        .map_err(|_| invalid("the time of day does not exist".to_owned()))?;
    let local = date.to_datetime(time);
    let offset = match value.tz_hour {
        None => None,
        Some(hours) => {
            let minutes = value.tz_minute.unwrap_or(0);
            let seconds = i32::from(hours) * 3600 + i32::from(minutes) * 60;
            let seconds = if value.tz_minus { -seconds } else { seconds };
            Some(
                Offset::from_seconds(seconds)
                    .ok()
                    .filter(|_| hours <= 25 && minutes <= 59)
                    .ok_or_else(|| invalid("its UTC offset does not exist".to_owned()))?,
            )
        }
    };
    Ok((local, offset))
}

/// A parsed date-time written back in its iCalendar form, so a message can
/// quote what the file said.
fn as_written(value: &PartialDateTime) -> String {
    let mut text = String::new();
    let two = |n: Option<u8>| n.map(|n| format!("{n:02}")).unwrap_or_default();
    if let Some(year) = value.year {
        text.push_str(&format!("{year:04}"));
    }
    text.push_str(&two(value.month));
    text.push_str(&two(value.day));
    if value.hour.is_some() {
        text.push('T');
        text.push_str(&two(value.hour));
        text.push_str(&two(value.minute));
        text.push_str(&two(value.second));
    }
    match (value.tz_hour, value.tz_minute) {
        (Some(0), Some(0) | None) if !value.tz_minus => text.push('Z'),
        (Some(hour), minute) => {
            text.push(if value.tz_minus { '-' } else { '+' });
            text.push_str(&format!("{hour:02}{:02}", minute.unwrap_or(0)));
        }
        (None, _) => {}
    }
    text
}

fn out_of_range(entry: &ICalendarEntry) -> BadTime {
    let written = entry
        .values
        .first()
        .and_then(ICalendarValue::as_partial_date_time)
        .map(as_written)
        .unwrap_or_default();
    BadTime::Invalid(
        written,
        "it is too far in the past or the future".to_owned(),
    )
}

fn month_name(month: i8) -> &'static str {
    const NAMES: [&str; 12] = [
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
    usize::try_from(month - 1)
        .ok()
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("that month")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(year: u16, month: u8, day: u8, hms: Option<(u8, u8, u8)>) -> PartialDateTime {
        PartialDateTime {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            hour: hms.map(|t| t.0),
            minute: hms.map(|t| t.1),
            second: hms.map(|t| t.2),
            ..Default::default()
        }
    }

    #[test]
    fn a_value_is_quoted_as_it_was_written() {
        let mut v = value(2026, 13, 99, Some((10, 0, 0)));
        assert_eq!(as_written(&v), "20261399T100000");
        v.tz_hour = Some(0);
        v.tz_minute = Some(0);
        assert_eq!(as_written(&v), "20261399T100000Z");
        v.tz_hour = Some(5);
        v.tz_minus = true;
        assert_eq!(as_written(&v), "20261399T100000-0500");
        assert_eq!(as_written(&value(2026, 3, 1, None)), "20260301");
    }

    #[test]
    fn durations_count_every_part() {
        let d = ICalendarDuration {
            neg: true,
            weeks: 1,
            days: 1,
            hours: 1,
            minutes: 1,
            seconds: 1,
        };
        assert_eq!(
            duration_of(&d),
            SignedDuration::from_secs(-(7 * 86_400 + 86_400 + 3_600 + 61))
        );
    }

    #[test]
    fn month_names_cover_the_year() {
        assert_eq!(month_name(1), "January");
        assert_eq!(month_name(12), "December");
        assert_eq!(month_name(13), "that month");
    }
}
