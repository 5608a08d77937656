//! The real-world corpus (from the Python icalendar project's test suite):
//! every file either imports or is refused with a message, none panics, and
//! the files whose content is checked below give the right values.

use std::panic::{AssertUnwindSafe, catch_unwind};

use afterview_calendar::{Invite, InviteError, Person, parse_invite};
use jiff::Timestamp;

use crate::{fixtures, read_fixture, zones};

fn corpus(name: &str) -> Result<Invite, InviteError> {
    parse_invite(&read_fixture(&format!("icalendar-corpus/{name}")), &zones)
}

fn imported(name: &str) -> Invite {
    corpus(name).unwrap_or_else(|e| panic!("{name} was refused: {e}"))
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[test]
fn every_file_imports_or_is_refused_with_a_message_and_none_panics() {
    let dir = fixtures().join("icalendar-corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert_eq!(
        paths.len(),
        118,
        "the corpus is 116 calendars, its licence and its readme"
    );

    let (mut parsed, mut refused, mut panicked) = (0, 0, Vec::new());
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match catch_unwind(AssertUnwindSafe(|| parse_invite(&bytes, &zones))) {
            Ok(Ok(invite)) => {
                parsed += 1;
                assert!(invite.ends_at >= invite.starts_at, "{name}");
                assert!(invite.notes.iter().all(|n| !n.is_empty()), "{name}");
            }
            Ok(Err(error)) => {
                refused += 1;
                assert!(
                    !error.to_string().trim().is_empty(),
                    "{name}: empty message"
                );
            }
            Err(_) => panicked.push(name),
        }
    }
    assert!(panicked.is_empty(), "parse_invite panicked on {panicked:?}");
    // Most refusals are files without any timed event (free/busy, tasks,
    // all-day events, empty calendars, bare components, fuzzer output).
    // Update these counts when a change in the reader is meant to move them.
    assert_eq!((parsed, refused), (65, 53));
}

#[test]
fn an_exchange_invite_in_a_windows_zone() {
    let invite = imported("timezone_same_start.ics");
    assert_eq!(invite.method.as_deref(), Some("REQUEST"));
    assert_eq!(invite.summary.as_deref(), Some("Test 4"));
    assert_eq!(invite.starts_at, ts("2017-02-24T20:00:00Z"));
    assert_eq!(invite.ends_at, ts("2017-02-24T20:30:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("America/Los_Angeles"));
    assert!(invite.notes.is_empty(), "{:?}", invite.notes);
}

#[test]
fn a_google_calendar_export() {
    let invite = imported("alarm_google_future.ics");
    assert_eq!(
        invite.uid.as_deref(),
        Some("79fs7pkqvht9m5igs0vjv1sfra@google.com")
    );
    assert_eq!(invite.method.as_deref(), Some("PUBLISH"));
    assert_eq!(invite.summary.as_deref(), Some("event with alarms"));
    assert_eq!(invite.starts_at, ts("2024-10-04T18:15:00Z"));
    assert_eq!(invite.ends_at, ts("2024-10-04T19:00:00Z"));
    assert_eq!(invite.time_zone, None);
    // The e-mail alarm's ATTENDEE belongs to the alarm, not to the meeting.
    assert!(invite.attendees.is_empty());
    assert!(!invite.cancelled);
}

#[test]
fn an_attendee_folded_inside_its_parameters() {
    let invite = imported("issue_156_RDATE_with_PERIOD_TZID_khal.ics");
    assert_eq!(invite.starts_at, ts("2018-03-27T13:00:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("America/Chicago"));
    assert_eq!(
        invite.attendees,
        vec![Person {
            name: Some("XYZ".into()),
            email: Some("xyz@xyz.com".into()),
            role: Some("CHAIR".into()),
        }]
    );
    assert_eq!(invite.organizer, None);
}

#[test]
fn an_exchange_zone_known_only_from_its_vtimezone() {
    let invite = imported("issue_165_missing_event.ics");
    assert_eq!(invite.summary.as_deref(), Some("Sprint 25 Daily Standup"));
    // Summer time, UTC+2, from the yearly rules that start in 1601.
    assert_eq!(invite.starts_at, ts("2015-07-03T08:00:00Z"));
    assert_eq!(invite.ends_at, ts("2015-07-03T08:30:00Z"));
    assert_eq!(invite.time_zone, None);
    assert_eq!(
        invite.notes,
        vec![
            "the time zone \"GMT +0100 (Standard) / GMT +0200 (Daylight)\" is not a known \
             IANA zone; its offsets were taken from the invite's own definition (VTIMEZONE)"
                .to_owned(),
            "the event repeats; only its first occurrence (DTSTART) was imported".to_owned(),
        ]
    );
}

#[test]
fn a_custom_zone_with_rules_that_end() {
    // The definition holds the US rules since 1967, each with its UNTIL.
    let invite = imported("america_new_york.ics");
    assert_eq!(invite.starts_at, ts("2014-08-29T12:00:00Z"));
    assert_eq!(invite.ends_at, ts("2014-08-29T14:00:00Z"));
}

#[test]
fn a_custom_zone_with_single_changes() {
    let invite = imported("issue_722_timezone_transition_ambiguity.ics");
    assert_eq!(
        invite.summary.as_deref(),
        Some("This event is clearly in winter")
    );
    assert_eq!(invite.starts_at, ts("2024-03-02T20:00:00Z"));
}

#[test]
fn globally_unique_tzids_lose_their_prefix() {
    let invite = imported("issue_313_globally_unique_tzid.ics");
    assert_eq!(invite.starts_at, ts("2020-04-26T12:00:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("Europe/Berlin"));
    assert!(
        invite
            .notes
            .iter()
            .any(|n| n.contains("the file holds 3 events"))
    );
}

#[test]
fn a_series_master_is_preferred_to_its_changed_occurrence() {
    let invite = imported("rfc_7265_appendix_example_2_ical.ics");
    assert_eq!(invite.summary.as_deref(), Some("Event #2"));
    assert_eq!(invite.starts_at, ts("2006-01-02T17:00:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("US/Eastern"));
}

#[test]
fn escaped_quotes_and_a_folded_url() {
    let invite = imported("issue_350.ics");
    assert_eq!(invite.summary.as_deref(), Some("Termin 4353 und\"so\""));
    assert_eq!(
        invite.description.as_deref(),
        Some("Toller Termin fürmal zu\"gucken\"und so")
    );
    assert_eq!(
        invite.meeting_url.as_deref(),
        Some("https://podio.com/xxxxxxyyyyyy/zpodio-testgelande/apps/calendar/items/5")
    );
    assert_eq!(invite.location.as_deref(), Some("online"));
}

#[test]
fn non_ascii_text_survives() {
    let invite = imported("created_calendar_with_unicode_fields.ics");
    assert_eq!(invite.summary.as_deref(), Some("Non-ASCII Test: ÄÖÜ äöü €"));
}

#[test]
fn refusals_say_what_is_wrong() {
    assert_eq!(
        corpus("broken_dtstart.ics").unwrap_err(),
        InviteError::InvalidStart {
            value: "INVALID-DATE".into(),
            reason: "it is not of the form YYYYMMDDTHHMMSS".into(),
        }
    );
    assert_eq!(
        corpus("example.ics").unwrap_err(),
        InviteError::AllDay {
            date: "2022-01-01".into()
        }
    );
    assert_eq!(
        corpus("bom_calendar.ics").unwrap_err(),
        InviteError::NoEvent
    );
    assert_eq!(
        corpus("fuzz_testcase_invalid_month.ics").unwrap_err(),
        InviteError::NotICalendar
    );
    assert_eq!(
        corpus("issue_1050_multiple_calendars.ics").unwrap_err(),
        InviteError::MissingStart
    );
    assert_eq!(
        corpus("issue_27_multiple_periods_in_freebusy_one_freebusy.ics").unwrap_err(),
        InviteError::NoEvent
    );
}
