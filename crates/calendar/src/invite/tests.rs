//! Tests of invite reading on small hand-written files, one concern each:
//! line ends and escapes, people, time zones, event choice and every
//! refusal message.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::{Invite, InviteError, Person, parse_invite};

fn zones(name: &str) -> Option<TimeZone> {
    TimeZone::get(name).ok()
}

fn parse(text: &str) -> Result<Invite, InviteError> {
    parse_invite(text.as_bytes(), &zones)
}

/// A calendar around the given lines, with CRLF line ends.
fn calendar(lines: &str) -> String {
    format!("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{lines}\nEND:VCALENDAR\n")
        .replace('\n', "\r\n")
}

/// A calendar with one event made of the given lines.
fn event(lines: &str) -> String {
    calendar(&format!("BEGIN:VEVENT\nUID:e1@test\n{lines}\nEND:VEVENT"))
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[test]
fn bom_lone_cr_folds_and_escapes_are_read() {
    let text = "\u{feff}BEGIN:VCALENDAR\rVERSION:2.0\rBEGIN:VEVENT\rUID:a@b\r\
                DTSTART:20260310T150000Z\rDTEND:20260310T160000Z\r\
                SUMMARY:Call\\, then lunch\\; ok \\\\ done\\n\r bye for n\r\tow\r\
                END:VEVENT\rEND:VCALENDAR\r";
    let invite = parse(text).unwrap();
    assert_eq!(
        invite.summary.as_deref(),
        Some("Call, then lunch; ok \\ done\nbye for now")
    );
    assert_eq!(invite.starts_at, ts("2026-03-10T15:00:00Z"));
    assert_eq!(invite.uid.as_deref(), Some("a@b"));
    assert!(invite.notes.is_empty(), "{:?}", invite.notes);
}

#[test]
fn lf_only_files_are_read() {
    let text = event("DTSTART:20260310T150000Z\nDTEND:20260310T160000Z").replace("\r\n", "\n");
    assert_eq!(parse(&text).unwrap().ends_at, ts("2026-03-10T16:00:00Z"));
}

#[test]
fn invalid_utf8_is_replaced_with_a_note() {
    let mut bytes = event("DTSTART:20260310T150000Z\nSUMMARY:Caf\u{e9}").into_bytes();
    // Turn the UTF-8 "é" into Latin-1's single byte.
    let at = bytes.windows(2).position(|w| w == [0xC3, 0xA9]).unwrap();
    bytes.splice(at..at + 2, [0xE9]);
    let invite = parse_invite(&bytes, &zones).unwrap();
    assert_eq!(invite.summary.as_deref(), Some("Caf\u{fffd}"));
    assert!(invite.notes.iter().any(|n| n.contains("not valid UTF-8")));
}

#[test]
fn people_are_read_without_mailto_rooms_or_the_organizer_twice() {
    let invite = parse(&event(
        "DTSTART:20260310T150000Z\n\
         ORGANIZER:MAILTO:boss@corp.example\n\
         ATTENDEE;CN=\"Boss, The\";ROLE=CHAIR:mailto:Boss@Corp.example\n\
         ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT:MailTo:jane@example.com\n\
         ATTENDEE;CN=Doe\\, John;ROLE=opt-participant:mailto:john@example.com\n\
         ATTENDEE;CN=jane@example.com:mailto:jane@example.com\n\
         ATTENDEE;CN=sam@example.com:mailto:sam@example.com\n\
         ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:room1@corp.example\n\
         ATTENDEE;CUTYPE=RESOURCE;CN=Projector:mailto:projector@corp.example\n\
         ATTENDEE;CN=No Address:urn:uuid:1234\n\
         ATTENDEE;EMAIL=kim@example.com;CN=Kim:urn:uuid:5678",
    ))
    .unwrap();
    assert_eq!(
        invite.organizer,
        Some(Person {
            name: Some("Boss, The".into()),
            email: Some("boss@corp.example".into()),
            role: None,
        })
    );
    let person = |name: Option<&str>, email: Option<&str>, role: Option<&str>| Person {
        name: name.map(Into::into),
        email: email.map(Into::into),
        role: role.map(Into::into),
    };
    assert_eq!(
        invite.attendees,
        vec![
            person(
                Some("Doe, Jane"),
                Some("jane@example.com"),
                Some("REQ-PARTICIPANT")
            ),
            person(
                Some("Doe, John"),
                Some("john@example.com"),
                Some("OPT-PARTICIPANT")
            ),
            person(None, Some("sam@example.com"), None),
            person(Some("No Address"), None, None),
            person(Some("Kim"), Some("kim@example.com"), None),
        ]
    );
}

#[test]
fn cancellations_are_marked() {
    let by_method = parse(&calendar(
        "METHOD:cancel\nBEGIN:VEVENT\nUID:x\nDTSTART:20260310T150000Z\nEND:VEVENT",
    ))
    .unwrap();
    assert_eq!(by_method.method.as_deref(), Some("CANCEL"));
    assert!(by_method.cancelled);
    let by_status = parse(&event("DTSTART:20260310T150000Z\nSTATUS:CANCELLED")).unwrap();
    assert!(by_status.cancelled);
    assert_eq!(by_status.method, None);
    let confirmed = parse(&event("DTSTART:20260310T150000Z\nSTATUS:CONFIRMED")).unwrap();
    assert!(!confirmed.cancelled);
}

#[test]
fn an_iana_tzid_is_used_and_named() {
    let invite = parse(&event(
        "DTSTART;TZID=Europe/Berlin:20260710T100000\nDTEND;TZID=Europe/Berlin:20260710T110000",
    ))
    .unwrap();
    assert_eq!(invite.starts_at, ts("2026-07-10T08:00:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("Europe/Berlin"));
    assert!(invite.notes.is_empty());
}

#[test]
fn windows_and_mozilla_tzids_map_to_iana_zones_without_a_vtimezone() {
    let windows = parse(&event(
        "DTSTART;TZID=W. Europe Standard Time:20260110T100000",
    ))
    .unwrap();
    assert_eq!(windows.starts_at, ts("2026-01-10T09:00:00Z"));
    assert_eq!(windows.time_zone.as_deref(), Some("Europe/Berlin"));
    let mozilla = parse(&event(
        "DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20260710T100000",
    ))
    .unwrap();
    assert_eq!(mozilla.starts_at, ts("2026-07-10T14:00:00Z"));
    assert_eq!(mozilla.time_zone.as_deref(), Some("America/New_York"));
}

/// A zone known only from its VTIMEZONE: Central European rules under a
/// name no database knows.
const CUSTOM_ZONE: &str = "BEGIN:VTIMEZONE\nTZID:B\u{fc}rozeit\n\
    BEGIN:STANDARD\nDTSTART:19961027T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n\
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n\
    BEGIN:DAYLIGHT\nDTSTART:19810329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n\
    RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE";

fn custom_zone_start(local: &str) -> Invite {
    parse(&calendar(&format!(
        "{CUSTOM_ZONE}\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=B\u{fc}rozeit:{local}\nEND:VEVENT"
    )))
    .unwrap()
}

#[test]
fn a_vtimezone_gives_the_offsets_when_the_tzid_is_unknown() {
    let summer = custom_zone_start("20260710T100000");
    assert_eq!(summer.starts_at, ts("2026-07-10T08:00:00Z"));
    assert_eq!(summer.time_zone, None);
    assert!(
        summer.notes.iter().any(|n| n.contains("VTIMEZONE")),
        "{:?}",
        summer.notes
    );
    assert_eq!(
        custom_zone_start("20260110T100000").starts_at,
        ts("2026-01-10T09:00:00Z")
    );
    // 2026's changes are on 29 March and 25 October.
    assert_eq!(
        custom_zone_start("20260329T010000").starts_at,
        ts("2026-03-29T00:00:00Z")
    );
    assert_eq!(
        custom_zone_start("20260329T040000").starts_at,
        ts("2026-03-29T02:00:00Z")
    );
    assert_eq!(
        custom_zone_start("20261025T040000").starts_at,
        ts("2026-10-25T03:00:00Z")
    );
}

#[test]
fn a_vtimezone_with_an_iana_location_uses_the_iana_zone() {
    let text = calendar(
        "BEGIN:VTIMEZONE\nTZID:Zone 7\nX-LIC-LOCATION:Asia/Tokyo\n\
         BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0900\nTZOFFSETTO:+0900\n\
         END:STANDARD\nEND:VTIMEZONE\n\
         BEGIN:VEVENT\nUID:x\nDTSTART;TZID=Zone 7:20260710T100000\nEND:VEVENT",
    );
    let invite = parse(&text).unwrap();
    assert_eq!(invite.starts_at, ts("2026-07-10T01:00:00Z"));
    assert_eq!(invite.time_zone.as_deref(), Some("Asia/Tokyo"));
}

#[test]
fn an_unknown_undefined_tzid_is_read_as_utc_with_a_note() {
    let invite = parse(&event("DTSTART;TZID=Nowhere Standard Time:20260710T100000")).unwrap();
    assert_eq!(invite.starts_at, ts("2026-07-10T10:00:00Z"));
    assert!(
        invite
            .notes
            .iter()
            .any(|n| n.contains("\"Nowhere Standard Time\"") && n.contains("UTC")),
        "{:?}",
        invite.notes
    );
}

#[test]
fn floating_times_use_x_wr_timezone_or_else_utc() {
    let with_zone = parse(&calendar(
        "X-WR-TIMEZONE:America/Chicago\nBEGIN:VEVENT\nUID:x\n\
         DTSTART:20260710T100000\nDTEND:20260710T103000\nEND:VEVENT",
    ))
    .unwrap();
    assert_eq!(with_zone.starts_at, ts("2026-07-10T15:00:00Z"));
    assert_eq!(with_zone.ends_at, ts("2026-07-10T15:30:00Z"));
    assert_eq!(with_zone.time_zone.as_deref(), Some("America/Chicago"));
    assert_eq!(with_zone.notes.len(), 1, "{:?}", with_zone.notes);
    assert!(with_zone.notes[0].contains("X-WR-TIMEZONE"));

    let without = parse(&event("DTSTART:20260710T100000\nDTEND:20260710T103000")).unwrap();
    assert_eq!(without.starts_at, ts("2026-07-10T10:00:00Z"));
    assert_eq!(
        without.notes,
        vec!["the invite's times have no time zone; they were read as UTC".to_owned()]
    );
}

#[test]
fn a_utc_time_ignores_a_stray_tzid() {
    let invite = parse(&event("DTSTART;TZID=Europe/Berlin:20260710T100000Z")).unwrap();
    assert_eq!(invite.starts_at, ts("2026-07-10T10:00:00Z"));
    assert_eq!(invite.time_zone, None);
}

#[test]
fn the_end_comes_from_dtend_then_duration_then_one_hour() {
    let duration = parse(&event("DTSTART:20260310T150000Z\nDURATION:PT45M")).unwrap();
    assert_eq!(duration.ends_at, ts("2026-03-10T15:45:00Z"));
    assert!(duration.notes.is_empty());

    let neither = parse(&event("DTSTART:20260310T150000Z")).unwrap();
    assert_eq!(neither.ends_at, ts("2026-03-10T16:00:00Z"));
    assert_eq!(
        neither.notes,
        vec!["the invite has no end time; assumed one hour".to_owned()]
    );

    let broken_end = parse(&event("DTSTART:20260310T150000Z\nDTEND:soon")).unwrap();
    assert_eq!(broken_end.ends_at, ts("2026-03-10T16:00:00Z"));
    assert!(
        broken_end.notes.iter().any(|n| n.contains("\"soon\"")),
        "{:?}",
        broken_end.notes
    );

    let date_end = parse(&event(
        "DTSTART:20260310T150000Z\nDTEND;VALUE=DATE:20260311",
    ))
    .unwrap();
    assert_eq!(date_end.ends_at, ts("2026-03-10T16:00:00Z"));
}

#[test]
fn an_end_before_the_start_is_refused() {
    let err = parse(&event("DTSTART:20260310T150000Z\nDTEND:20260310T140000Z")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the event ends before it starts (it starts at 2026-03-10T15:00:00Z and ends at \
         2026-03-10T14:00:00Z); fix the end time in your calendar and export it again"
    );
    let negative = parse(&event("DTSTART:20260310T150000Z\nDURATION:-PT1H")).unwrap_err();
    assert!(matches!(negative, InviteError::EndsBeforeStart { .. }));
}

#[test]
fn impossible_dates_are_refused_with_the_reason() {
    let month = parse(&event("DTSTART:20261399T100000")).unwrap_err();
    assert_eq!(
        month.to_string(),
        "the event's start (DTSTART) \"20261399T100000\" is not a valid date-time: month 13 \
         does not exist; export the invitation again from your calendar, or add the \
         interview by hand"
    );
    let day = parse(&event("DTSTART;TZID=Europe/Berlin:20260230T100000")).unwrap_err();
    assert_eq!(
        day,
        InviteError::InvalidStart {
            value: "20260230T100000".into(),
            reason: "day 30 does not exist in February 2026".into(),
        }
    );
    let hour = parse(&event("DTSTART:20260310T250000Z")).unwrap_err();
    assert_eq!(
        hour,
        InviteError::InvalidStart {
            value: "20260310T250000Z".into(),
            reason: "hour 25 does not exist".into(),
        }
    );
    let text = parse(&event("DTSTART:next tuesday")).unwrap_err();
    assert!(matches!(text, InviteError::InvalidStart { ref value, .. } if value == "next tuesday"));
}

#[test]
fn all_day_events_are_refused() {
    let err = parse(&event(
        "DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260311",
    ))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the event is an all-day event; an interview needs a start time: give the event on \
         2026-03-10 a start time in your calendar and export it again"
    );
}

#[test]
fn files_that_are_not_invitations_are_refused() {
    assert_eq!(parse("").unwrap_err(), InviteError::Empty);
    assert_eq!(parse(" \r\n\r\n").unwrap_err(), InviteError::Empty);
    assert_eq!(
        parse("BEGIN:VCARD\nEND:VCARD\n").unwrap_err().to_string(),
        "this file is not an iCalendar file: it does not start with BEGIN:VCALENDAR; export \
         the invitation as .ics from your calendar and try again"
    );
    assert_eq!(
        parse(&calendar("BEGIN:VTODO\nUID:x\nEND:VTODO")).unwrap_err(),
        InviteError::NoEvent
    );
    assert_eq!(
        parse(&event("SUMMARY:when?")).unwrap_err(),
        InviteError::MissingStart
    );
}

#[test]
fn files_over_one_mebibyte_are_refused_before_parsing() {
    let mut big = event("DTSTART:20260310T150000Z").into_bytes();
    big.resize(crate::MAX_INVITE_BYTES + 1, b' ');
    assert_eq!(
        parse_invite(&big, &zones).unwrap_err().to_string(),
        "the file is larger than 1 MB; an invitation is a few kilobytes: export the single \
         invitation as .ics and try again"
    );
    big.truncate(crate::MAX_INVITE_BYTES);
    assert!(parse_invite(&big, &zones).is_ok());
}

#[test]
fn the_first_timed_event_that_is_not_cancelled_is_chosen() {
    let text = calendar(
        "BEGIN:VEVENT\nUID:allday\nDTSTART;VALUE=DATE:20260309\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:off\nSTATUS:CANCELLED\nDTSTART:20260310T090000Z\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:real\nSUMMARY:Interview\nDTSTART:20260311T090000Z\nEND:VEVENT",
    );
    let invite = parse(&text).unwrap();
    assert_eq!(invite.uid.as_deref(), Some("real"));
    assert!(!invite.cancelled);
    assert!(
        invite.notes.iter().any(|n| n
            == "the file holds 3 events; only the first one with a start time (\"Interview\") \
                was imported and the other 2 were ignored"),
        "{:?}",
        invite.notes
    );
}

#[test]
fn a_changed_occurrence_gives_way_to_its_series() {
    let text = calendar(
        "BEGIN:VEVENT\nUID:series\nRECURRENCE-ID:20260317T090000Z\n\
         DTSTART:20260317T100000Z\nSUMMARY:Moved\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:series\nDTSTART:20260310T090000Z\nRRULE:FREQ=WEEKLY;COUNT=3\n\
         SUMMARY:Weekly sync\nEND:VEVENT",
    );
    let invite = parse(&text).unwrap();
    assert_eq!(invite.summary.as_deref(), Some("Weekly sync"));
    assert_eq!(invite.starts_at, ts("2026-03-10T09:00:00Z"));
    assert!(
        invite
            .notes
            .iter()
            .any(|n| n.contains("recurring series and 1 changed occurrence"))
    );
    assert!(
        invite
            .notes
            .iter()
            .any(|n| n.contains("only its first occurrence"))
    );
}

#[test]
fn a_later_calendar_in_the_same_file_is_read() {
    let text = format!(
        "{}{}",
        calendar("BEGIN:VTIMEZONE\nTZID:Europe/Paris\nEND:VTIMEZONE"),
        event("DTSTART:20260310T150000Z")
    );
    assert_eq!(parse(&text).unwrap().uid.as_deref(), Some("e1@test"));
}

#[test]
fn the_join_link_comes_from_the_most_reliable_place() {
    let teams = parse(&event(
        "DTSTART:20260310T150000Z\n\
         URL:https://careers.example.com/jobs/1\n\
         X-MICROSOFT-ONLINEMEETINGJOINURL:https://teams.microsoft.com/l/meetup-join/abc",
    ))
    .unwrap();
    assert_eq!(
        teams.meeting_url.as_deref(),
        Some("https://teams.microsoft.com/l/meetup-join/abc")
    );
    let plain_url = parse(&event(
        "DTSTART:20260310T150000Z\nURL:http://insecure.example.com/\n\
         LOCATION:Zoom (https://acme.zoom.us/j/123)",
    ))
    .unwrap();
    assert_eq!(
        plain_url.meeting_url.as_deref(),
        Some("https://acme.zoom.us/j/123")
    );
    assert_eq!(
        plain_url.location.as_deref(),
        Some("Zoom (https://acme.zoom.us/j/123)")
    );
    let none = parse(&event(
        "DTSTART:20260310T150000Z\nLOCATION:Room 4\nDESCRIPTION:see https://example.com",
    ))
    .unwrap();
    assert_eq!(none.meeting_url, None);
}

#[test]
fn blank_text_properties_are_absent() {
    let invite = parse(&event("DTSTART:20260310T150000Z\nLOCATION:\nSUMMARY:  ")).unwrap();
    assert_eq!(invite.location, None);
    assert_eq!(invite.summary, None);
}
