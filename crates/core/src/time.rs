//! How instants are kept: UTC, to the second, in one text form.
//!
//! afterview stores every instant as RFC 3339 text in UTC with whole seconds
//! (`2026-11-25T21:49:24Z`), so that text order is time order on every
//! backend, and shows it in the person's time zone. Finer precision would
//! make two spellings of one instant possible; nobody schedules an interview
//! to the millisecond.

use jiff::{Timestamp, tz::TimeZone};

/// Drops the fraction of a second, so that an instant has one spelling.
pub fn whole_seconds(ts: Timestamp) -> Timestamp {
    Timestamp::from_second(ts.as_second()).unwrap_or(ts)
}

/// The stored spelling of an instant: `YYYY-MM-DDTHH:MM:SSZ`.
pub fn format_utc(ts: Timestamp) -> String {
    whole_seconds(ts).strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Reads an instant in any RFC 3339 spelling (as stored or typed in a backup).
pub fn parse_utc(text: &str) -> Result<Timestamp, jiff::Error> {
    match parse_stored(text) {
        Some(ts) => Ok(ts),
        None => text.parse::<Timestamp>().map(whole_seconds),
    }
}

/// Reads the stored spelling `YYYY-MM-DDTHH:MM:SSZ` directly.
///
/// Every row a list shows carries two instants, and a general RFC 3339
/// parser was the largest single cost of decoding them. Anything that is not
/// exactly this shape, or not a real date, is left to the general parser.
fn parse_stored(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    let shape = b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z';
    if !shape {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<i64> {
        b[from..to].iter().try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let month_days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if day < 1 || day > month_days || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days since 1970-01-01 in the proleptic Gregorian calendar, counting
    // years from March so that the leap day falls at the end.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    Timestamp::from_second(days * 86_400 + hour * 3_600 + minute * 60 + second).ok()
}

/// Shows an instant in a time zone as people read it: `Wed 2026-11-25 22:49`.
pub fn show_local(ts: Timestamp, tz: &TimeZone) -> String {
    ts.to_zoned_datetime(tz.clone())
        .strftime("%a %Y-%m-%d %H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The direct reader agrees with the general parser on every instant.
        #[test]
        fn the_stored_form_reads_back_exactly(second in -62_135_596_800i64..253_402_300_799i64) {
            let ts = Timestamp::from_second(second).unwrap();
            let text = format_utc(ts);
            proptest::prop_assert_eq!(parse_stored(&text), Some(ts));
            proptest::prop_assert_eq!(text.parse::<Timestamp>().unwrap(), ts);
        }

        /// Whatever the direct reader accepts, the general parser reads the
        /// same way; what it declines (a leap second, say) still reads as the
        /// general parser would.
        #[test]
        fn near_misses_fall_through(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z") {
            let general = text.parse::<Timestamp>().ok();
            if let Some(direct) = parse_stored(&text) {
                proptest::prop_assert_eq!(Some(direct), general);
            }
            proptest::prop_assert_eq!(parse_utc(&text).ok(), general.map(whole_seconds));
        }
    }

    #[test]
    fn stored_form_is_fixed_width_utc() {
        let ts: Timestamp = "2026-11-25T22:49:24.789+01:00".parse().unwrap();
        assert_eq!(format_utc(ts), "2026-11-25T21:49:24Z");
        assert_eq!(
            parse_utc("2026-11-25T21:49:24Z").unwrap(),
            whole_seconds(ts)
        );
    }

    #[test]
    fn a_leap_second_in_a_backup_still_reads() {
        // RFC 3339 allows second 60; the direct reader declines it and the
        // general parser folds it into the second before.
        assert_eq!(
            format_utc(parse_utc("2016-12-31T23:59:60Z").unwrap()),
            "2016-12-31T23:59:59Z"
        );
    }
}
