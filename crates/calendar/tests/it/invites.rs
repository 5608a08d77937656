//! Hand-written invites in the styles of Google Calendar, Outlook and Zoom,
//! with every field checked.

use afterview_calendar::{Invite, Person, parse_invite};
use jiff::Timestamp;

use crate::{read_fixture, zones};

fn invite(name: &str) -> Invite {
    parse_invite(&read_fixture(&format!("invites/{name}")), &zones)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn person(name: Option<&str>, email: &str, role: Option<&str>) -> Person {
    Person {
        name: name.map(Into::into),
        email: Some(email.into()),
        role: role.map(Into::into),
    }
}

#[test]
fn google_calendar_invite() {
    let invite = invite("google-calendar.ics");
    let expected = Invite {
        uid: Some("5q3kq8n2d1v9mfj0c7hb6ls4rg@google.com".into()),
        method: Some("REQUEST".into()),
        cancelled: false,
        summary: Some("Technical interview: Jane Doe / Northwind".into()),
        description: invite.description.clone(),
        // 14:00 in New York on 12 November 2026 is standard time, UTC-5.
        starts_at: ts("2026-11-12T19:00:00Z"),
        ends_at: ts("2026-11-12T19:45:00Z"),
        time_zone: Some("America/New_York".into()),
        location: None,
        meeting_url: Some("https://meet.google.com/xkd-qpfa-zrt".into()),
        organizer: Some(person(
            Some("Priya Raman"),
            "priya.raman@northwind.example",
            None,
        )),
        attendees: vec![
            person(
                Some("Doe, Jane"),
                "jane.doe@example.com",
                Some("REQ-PARTICIPANT"),
            ),
            person(
                None,
                "marcus.lee@northwind.example",
                Some("OPT-PARTICIPANT"),
            ),
        ],
        notes: vec![],
    };
    assert_eq!(invite, expected);
    let description = invite.description.unwrap();
    assert!(
        description.starts_with(
            "Hi Jane,\n\nThis is the technical interview for the Senior Backend Engineer \
             role. Priya will pair with you on a small API design problem; no preparation \
             needed.\n\n-::~:~::~:"
        ),
        "{description}"
    );
    assert!(
        description.contains("\nJoin with Google Meet: https://meet.google.com/xkd-qpfa-zrt\n")
    );
    // The fold fell between the backslash and the "n" of an escaped line break.
    assert!(
        description.contains("Please do not edit this section.\n-::~"),
        "{description}"
    );
    assert!(description.ends_with("~::~:~::-"));
}

#[test]
fn outlook_invite() {
    let invite = invite("outlook.ics");
    let teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZTA3YjktYzE4Ni00ZD\
                 RjLWI5ZjYtMzI0OTRlYjg5N2Ri%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-\
                 86f1-41af-91ab-2d7cd011db47%22%7d";
    let expected = Invite {
        uid: Some(
            "040000008200E00074C5B7101A82E00800000000D0C1E6A1B8F1DC01000000000000000010000000\
             F0AD6D1F2C4E7B4DA3C6C2C47C1A9E8F"
                .into(),
        ),
        method: Some("REQUEST".into()),
        cancelled: false,
        summary: Some("Interview: Data Platform Engineer (Round 2)".into()),
        description: invite.description.clone(),
        // 9:30 in "Pacific Standard Time" on 14 April 2026 is daylight time, UTC-7.
        starts_at: ts("2026-04-14T16:30:00Z"),
        ends_at: ts("2026-04-14T17:30:00Z"),
        time_zone: Some("America/Los_Angeles".into()),
        location: Some("Microsoft Teams Meeting".into()),
        meeting_url: Some(teams.into()),
        organizer: Some(person(
            Some("Nguyen, Thomas"),
            "Thomas.Nguyen@contoso.example",
            None,
        )),
        attendees: vec![
            person(
                Some("Doe, Jane"),
                "jane.doe@example.com",
                Some("REQ-PARTICIPANT"),
            ),
            person(
                Some("Alex Kim"),
                "alex.kim@contoso.example",
                Some("OPT-PARTICIPANT"),
            ),
        ],
        notes: vec![],
    };
    assert_eq!(invite, expected);
    let description = invite.description.unwrap();
    assert!(description.starts_with("Hi Jane,\n\nLooking forward to our conversation"));
    assert!(description.contains(&format!("Click here to join the meeting<{teams}>\n")));
    assert!(description.contains("Join on your computer, mobile app or room device\n"));
}

#[test]
fn zoom_invite_with_lf_line_ends() {
    let invite = invite("zoom.ics");
    let link = "https://fabrikam.zoom.us/j/84512367890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1";
    let expected = Invite {
        uid: Some("20260302T101500Z-84512367890@fe80:0:0:0:1c2d:3e4f:5a6b:7c8d%lo0".into()),
        method: Some("PUBLISH".into()),
        cancelled: false,
        summary: Some("Recruiter screen \u{2013} Fabrikam \u{d7} Jane Doe".into()),
        description: Some(format!(
            "Sam Ortiz is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n\
             {link}\n\nMeeting ID: 845 1236 7890\nPasscode: 552019\n\n---\n\nOne tap mobile\n\
             +16465550188,,84512367890#,,,,*552019# US (New York)"
        )),
        starts_at: ts("2026-03-10T15:00:00Z"),
        ends_at: ts("2026-03-10T15:30:00Z"),
        time_zone: None,
        location: Some(link.into()),
        meeting_url: Some(link.into()),
        organizer: Some(person(
            Some("Sam Ortiz"),
            "sam.ortiz@fabrikam.example",
            None,
        )),
        attendees: vec![],
        notes: vec![],
    };
    assert_eq!(invite, expected);
}
