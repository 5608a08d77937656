//! Turning an invite's local times into instants: through an IANA zone when
//! the invite's `TZID` names one, through the invite's own `VTIMEZONE`
//! otherwise.
//!
//! Calendar programs name zones in many ways: IANA names
//! (`America/New_York`), Mozilla's and Lotus's prefixed ids
//! (`/mozilla.org/20050126_1/America/New_York`), Windows names (`Pacific
//! Standard Time`) and free text (`GMT +0100 (Standard) / GMT +0200
//! (Daylight)`). [`iana_zone`] tries to find the IANA zone behind a name,
//! using calcard's table of Windows and legacy names. When none fits,
//! [`CustomZone`] reads the offsets and yearly rules the invite itself
//! defines, which is enough for the zones calendar programs write.

use std::str::FromStr;

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarFrequency, ICalendarProperty,
    ICalendarRecurrenceRule, ICalendarValue, ICalendarWeekday,
};
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{Offset, TimeZone};

/// A resolver from an IANA zone name to a time zone, as the caller gives it.
pub(crate) type Resolver<'a> = &'a dyn Fn(&str) -> Option<TimeZone>;

/// Finds the IANA zone a `TZID` names, if any, and returns its name with it.
///
/// Only names that look like IANA names reach the resolver, so a hostile
/// `TZID` such as `../../etc/passwd` never becomes a path in the caller's
/// zoneinfo lookup.
pub(crate) fn iana_zone(tzid: &str, resolver: Resolver<'_>) -> Option<(String, TimeZone)> {
    let tzid = tzid.trim().trim_matches('"').trim();
    let try_name = |name: &str| -> Option<(String, TimeZone)> {
        if looks_like_iana_name(name) {
            resolver(name).map(|zone| (name.to_owned(), zone))
        } else {
            None
        }
    };
    if let Some(found) = try_name(tzid) {
        return Some(found);
    }
    // calcard knows the Windows names Outlook and Exchange write, the
    // "(UTC-05:00) Eastern Time" form and the "/vendor/version/Area/City"
    // prefixes, and maps each to an IANA name.
    if let Ok(calcard::common::timezone::Tz::Tz(zone)) =
        calcard::common::timezone::Tz::from_str(tzid)
        && let Some(found) = try_name(zone.name())
    {
        return Some(found);
    }
    // Prefixed ids whose IANA part calcard's own zone list does not know yet
    // are still worth a try with the caller's (possibly newer) database.
    let mut rest = tzid;
    while let Some((_, tail)) = rest.split_once('/') {
        if let Some(found) = try_name(tail) {
            return Some(found);
        }
        rest = tail;
    }
    None
}

/// Whether a name could be an IANA zone name: letters, digits, `/`, `_`,
/// `+` and `-`, not starting with `/`.
fn looks_like_iana_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('/')
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'+' | b'-'))
}

/// A time zone as an invite's `VTIMEZONE` defines it.
#[derive(Debug, Clone)]
pub(crate) struct CustomZone {
    /// The zone's `TZID`, as written.
    pub(crate) tzid: String,
    /// `X-LIC-LOCATION`, the IANA name some programs add beside their own id.
    pub(crate) location: Option<String>,
    observances: Vec<Observance>,
}

/// One `STANDARD` or `DAYLIGHT` part of a `VTIMEZONE`.
#[derive(Debug, Clone)]
struct Observance {
    start: DateTime,
    offset_from: i32,
    offset_to: i32,
    rule: Option<YearlyRule>,
    extra_onsets: Vec<DateTime>,
}

/// The part of an `RRULE` that time zone definitions use: once a year, in
/// given months, on an nth weekday or a day of the month.
#[derive(Debug, Clone)]
struct YearlyRule {
    interval: i16,
    count: Option<u32>,
    until: Option<Until>,
    months: Vec<i8>,
    weekdays: Vec<(Option<i8>, Weekday)>,
    month_days: Vec<i8>,
}

/// The end of a rule: RFC 5545 writes it in UTC for zone rules, but some
/// programs write a local time.
#[derive(Debug, Clone, Copy)]
enum Until {
    Utc(DateTime),
    Local(DateTime),
}

impl CustomZone {
    /// Reads every `VTIMEZONE` of a calendar.
    pub(crate) fn all_in(calendar: &ICalendar) -> Vec<CustomZone> {
        calendar
            .components
            .iter()
            .filter(|c| c.component_type == ICalendarComponentType::VTimezone)
            .filter_map(|c| CustomZone::read(calendar, c))
            .collect()
    }

    fn read(calendar: &ICalendar, component: &ICalendarComponent) -> Option<CustomZone> {
        let tzid = first_text(component, &ICalendarProperty::Tzid)?;
        let location = component
            .entries
            .iter()
            .find(|e| matches!(&e.name, ICalendarProperty::Other(n) if n.eq_ignore_ascii_case("X-LIC-LOCATION")))
            .and_then(|e| e.values.first())
            .and_then(ICalendarValue::as_text)
            .map(|s| s.trim().to_owned());
        let observances = component
            .component_ids
            .iter()
            .filter_map(|id| calendar.components.get(usize::try_from(*id).ok()?))
            .filter(|c| {
                matches!(
                    c.component_type,
                    ICalendarComponentType::Standard | ICalendarComponentType::Daylight
                )
            })
            .filter_map(Observance::read)
            .collect::<Vec<_>>();
        Some(CustomZone {
            tzid: tzid.trim().to_owned(),
            location,
            observances,
        })
    }

    /// Whether this definition is the one a `TZID` parameter refers to.
    pub(crate) fn matches(&self, tzid: &str) -> bool {
        let wanted = tzid.trim().trim_matches('"').trim();
        let own = self.tzid.trim_matches('"').trim();
        own == wanted || own.eq_ignore_ascii_case(wanted)
    }

    /// Whether the definition has any offsets to offer.
    pub(crate) fn is_usable(&self) -> bool {
        !self.observances.is_empty()
    }

    /// The offset from UTC, in seconds, in force at a local time: that of
    /// the latest onset at or before it, or, before the first onset, the
    /// offset that onset changed from.
    pub(crate) fn offset_at(&self, local: DateTime) -> Option<Offset> {
        let latest = self
            .observances
            .iter()
            .filter_map(|o| o.latest_onset(local).map(|at| (at, o.offset_to)))
            .max_by_key(|(at, _)| *at);
        let seconds = match latest {
            Some((_, to)) => to,
            None => self.observances.iter().min_by_key(|o| o.start)?.offset_from,
        };
        Offset::from_seconds(seconds).ok()
    }
}

impl Observance {
    fn read(component: &ICalendarComponent) -> Option<Observance> {
        let start = component
            .property(&ICalendarProperty::Dtstart)
            .and_then(|e| e.values.first())
            .and_then(ICalendarValue::as_partial_date_time)
            .and_then(local_date_time)?;
        let offset_to = offset_seconds(component, &ICalendarProperty::Tzoffsetto)?;
        let offset_from =
            offset_seconds(component, &ICalendarProperty::Tzoffsetfrom).unwrap_or(offset_to);
        let rule = component
            .property(&ICalendarProperty::Rrule)
            .and_then(|e| e.values.first())
            .and_then(|v| match v {
                ICalendarValue::RecurrenceRule(rule) => YearlyRule::read(rule),
                _ => None,
            });
        let extra_onsets = component
            .properties(&ICalendarProperty::Rdate)
            .flat_map(|e| e.values.iter())
            .filter_map(ICalendarValue::as_partial_date_time)
            .filter_map(local_date_time)
            .collect();
        Some(Observance {
            start,
            offset_from,
            offset_to,
            rule,
            extra_onsets,
        })
    }

    /// The latest time this observance began at or before `local`.
    fn latest_onset(&self, local: DateTime) -> Option<DateTime> {
        if self.start > local {
            return None;
        }
        let mut latest = self.start;
        for onset in &self.extra_onsets {
            if *onset <= local && *onset > latest {
                latest = *onset;
            }
        }
        if let Some(rule) = &self.rule {
            // An onset in the same year or the year before is always enough:
            // every yearly rule has one in each year it is active.
            for year in [local.year().saturating_sub(1), local.year()] {
                for onset in rule.onsets_in(year, self.start, self.offset_from) {
                    if onset <= local && onset > latest {
                        latest = onset;
                    }
                }
            }
        }
        Some(latest)
    }
}

impl YearlyRule {
    fn read(rule: &ICalendarRecurrenceRule) -> Option<YearlyRule> {
        if rule.freq != ICalendarFrequency::Yearly {
            return None;
        }
        let until = rule.until.as_ref().and_then(|until| {
            let local = local_date_time(until)?;
            Some(if until.tz_hour.is_some() {
                Until::Utc(local)
            } else {
                Until::Local(local)
            })
        });
        Some(YearlyRule {
            interval: rule
                .interval
                .and_then(|i| i16::try_from(i).ok())
                .filter(|i| *i > 0)
                .unwrap_or(1),
            count: rule.count,
            until,
            months: rule
                .bymonth
                .iter()
                .filter_map(|m| i8::try_from(m.month()).ok())
                .filter(|m| (1..=12).contains(m))
                .collect(),
            weekdays: rule
                .byday
                .iter()
                .map(|d| {
                    let nth = d.ordwk.and_then(|n| i8::try_from(n).ok());
                    (nth, weekday(d.weekday))
                })
                .collect(),
            month_days: rule.bymonthday.clone(),
        })
    }

    /// The onsets the rule gives in one year, before applying `COUNT` and
    /// `UNTIL` limits that depend on earlier years.
    fn onsets_in(&self, year: i16, start: DateTime, offset_from: i32) -> Vec<DateTime> {
        let years_in = i32::from(year) - i32::from(start.year());
        if years_in < 0 || years_in % i32::from(self.interval) != 0 {
            return Vec::new();
        }
        if let Some(count) = self.count
            && u32::try_from(years_in / i32::from(self.interval)).is_ok_and(|n| n >= count)
        {
            return Vec::new();
        }
        let months = if self.months.is_empty() {
            vec![start.month()]
        } else {
            self.months.clone()
        };
        let mut onsets = Vec::new();
        for month in months {
            let Ok(first) = Date::new(year, month, 1) else {
                continue;
            };
            let mut days = Vec::new();
            if !self.weekdays.is_empty() {
                for (nth, weekday) in &self.weekdays {
                    match nth {
                        Some(nth) => days.extend(first.nth_weekday_of_month(*nth, *weekday).ok()),
                        None => days.extend(
                            (1..=first.days_in_month())
                                .filter_map(|d| Date::new(year, month, d).ok())
                                .filter(|d| d.weekday() == *weekday),
                        ),
                    }
                }
            } else if !self.month_days.is_empty() {
                let last = first.days_in_month();
                for day in &self.month_days {
                    let day = if *day < 0 { last + 1 + *day } else { *day };
                    days.extend(Date::new(year, month, day).ok());
                }
            } else {
                days.extend(Date::new(year, month, start.day()).ok());
            }
            for day in days {
                let onset = day.to_datetime(start.time());
                if onset >= start && self.allows(onset, offset_from) {
                    onsets.push(onset);
                }
            }
        }
        onsets
    }

    fn allows(&self, onset: DateTime, offset_from: i32) -> bool {
        match self.until {
            None => true,
            Some(Until::Local(until)) => onset <= until,
            Some(Until::Utc(until)) => {
                // The onset is a wall time in the offset it changes from.
                let Ok(offset) = Offset::from_seconds(offset_from) else {
                    return true;
                };
                match (offset.to_timestamp(onset), Offset::UTC.to_timestamp(until)) {
                    (Ok(onset), Ok(until)) => onset <= until,
                    _ => true,
                }
            }
        }
    }
}

/// The first value of a property as text.
fn first_text<'c>(
    component: &'c ICalendarComponent,
    property: &ICalendarProperty,
) -> Option<&'c str> {
    component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(ICalendarValue::as_text)
}

/// A `TZOFFSETFROM` or `TZOFFSETTO` value in seconds east of UTC.
fn offset_seconds(component: &ICalendarComponent, property: &ICalendarProperty) -> Option<i32> {
    let value = component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(ICalendarValue::as_partial_date_time)?;
    let hours = i32::from(value.tz_hour?);
    let minutes = i32::from(value.tz_minute.unwrap_or(0));
    if hours > 25 || minutes > 59 {
        return None;
    }
    let seconds = hours * 3600 + minutes * 60;
    Some(if value.tz_minus { -seconds } else { seconds })
}

/// A date or date-time value as a civil date-time, ignoring any zone; a date
/// alone means its midnight.
fn local_date_time(value: &PartialDateTime) -> Option<DateTime> {
    let date = Date::new(
        i16::try_from(value.year?).ok()?,
        i8::try_from(value.month?).ok()?,
        i8::try_from(value.day?).ok()?,
    )
    .ok()?;
    let time = Time::new(
        i8::try_from(value.hour.unwrap_or(0)).ok()?,
        i8::try_from(value.minute.unwrap_or(0)).ok()?,
        i8::try_from(value.second.unwrap_or(0).min(59)).ok()?,
        0,
    )
    .ok()?;
    Some(date.to_datetime(time))
}

fn weekday(day: ICalendarWeekday) -> Weekday {
    match day {
        ICalendarWeekday::Sunday => Weekday::Sunday,
        ICalendarWeekday::Monday => Weekday::Monday,
        ICalendarWeekday::Tuesday => Weekday::Tuesday,
        ICalendarWeekday::Wednesday => Weekday::Wednesday,
        ICalendarWeekday::Thursday => Weekday::Thursday,
        ICalendarWeekday::Friday => Weekday::Friday,
        ICalendarWeekday::Saturday => Weekday::Saturday,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn system(name: &str) -> Option<TimeZone> {
        TimeZone::get(name).ok()
    }

    fn name_of(tzid: &str) -> Option<String> {
        iana_zone(tzid, &system).map(|(name, _)| name)
    }

    #[test]
    fn iana_names_resolve_as_they_are() {
        assert_eq!(name_of("Europe/Berlin").as_deref(), Some("Europe/Berlin"));
        assert_eq!(
            name_of("\"America/Chicago\"").as_deref(),
            Some("America/Chicago")
        );
    }

    #[test]
    fn vendor_prefixes_are_stripped() {
        assert_eq!(
            name_of("/mozilla.org/20050126_1/America/New_York").as_deref(),
            Some("America/New_York")
        );
        assert_eq!(
            name_of("/softwarestudio.org/Olson_20011030_5/America/Chicago").as_deref(),
            Some("America/Chicago")
        );
        assert_eq!(name_of("/Europe/Paris").as_deref(), Some("Europe/Paris"));
    }

    #[test]
    fn windows_names_map_to_iana_names() {
        assert_eq!(
            name_of("Pacific Standard Time").as_deref(),
            Some("America/Los_Angeles")
        );
        assert_eq!(
            name_of("W. Europe Standard Time").as_deref(),
            Some("Europe/Berlin")
        );
        assert_eq!(
            name_of("Eastern Standard Time").as_deref(),
            Some("America/New_York")
        );
    }

    #[test]
    fn unknown_and_hostile_names_do_not_reach_the_resolver() {
        let asked = std::cell::RefCell::new(Vec::new());
        let spy = |name: &str| {
            asked.borrow_mut().push(name.to_owned());
            None
        };
        assert!(iana_zone("../../etc/passwd", &spy).is_none());
        assert!(iana_zone("custom zone", &spy).is_none());
        assert!(
            asked
                .borrow()
                .iter()
                .all(|n| !n.contains("..") && !n.contains(' ')),
            "{:?}",
            asked.borrow()
        );
    }
}
