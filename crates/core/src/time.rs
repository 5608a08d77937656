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
    text.parse::<Timestamp>().map(whole_seconds)
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

    #[test]
    fn stored_form_is_fixed_width_utc() {
        let ts: Timestamp = "2026-11-25T22:49:24.789+01:00".parse().unwrap();
        assert_eq!(format_utc(ts), "2026-11-25T21:49:24Z");
        assert_eq!(
            parse_utc("2026-11-25T21:49:24Z").unwrap(),
            whole_seconds(ts)
        );
    }
}
