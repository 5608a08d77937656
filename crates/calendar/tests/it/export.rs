//! The export read back by calcard, an independent parser: the same ids,
//! times, text and reminders come out, and the text obeys RFC 5545's line
//! rules.

use afterview_calendar::{CalEvent, CalTodo, write_calendar};
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarDuration,
    ICalendarParameterName, ICalendarParameterValue, ICalendarProperty, ICalendarRelated,
    ICalendarValue,
};
use calcard::{Entry, Parser};
use jiff::{SignedDuration, Timestamp};

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn long_description() -> String {
    let mut text = String::new();
    for i in 0..40 {
        text.push_str(&format!(
            "Paragraph {i}: prepare the system-design story, ask about the team's on-call \
             rota; bring questions, notes and a glass of water. Ünïcödé ✓ 面接 — done.\n"
        ));
    }
    text
}

fn events() -> Vec<CalEvent> {
    vec![
        CalEvent {
            uid: "interview-42@afterview".into(),
            summary: "Onsite, round 2; bring ID\nand laptop".into(),
            description: Some(long_description()),
            location: Some("Zoë's office, 3rd floor; Straße 7".into()),
            url: Some("https://acme.zoom.us/j/123?pwd=x,y;z".into()),
            starts_at: ts("2026-03-12T14:30:00Z"),
            ends_at: ts("2026-03-12T15:30:00Z"),
            cancelled: false,
        },
        CalEvent {
            uid: "interview-43@afterview".into(),
            summary: "Entretien annulé — 面接".into(),
            description: None,
            location: None,
            url: Some("not a url with spaces".into()),
            starts_at: ts("2026-03-13T09:00:00Z"),
            ends_at: ts("2026-03-13T09:00:00Z"),
            cancelled: true,
        },
    ]
}

fn todos() -> Vec<CalTodo> {
    vec![
        CalTodo {
            uid: "follow-up-7@afterview".into(),
            summary: "Send thank-you note to Zoë, Priya".into(),
            description: Some("Mention the caching question\\answer".into()),
            due: ts("2026-03-13T17:00:00Z"),
            alarm_before: SignedDuration::from_mins(15),
        },
        CalTodo {
            uid: "follow-up-8@afterview".into(),
            summary: "Check in with the recruiter".into(),
            description: None,
            due: ts("2026-03-20T09:00:00Z"),
            alarm_before: SignedDuration::from_hours(26),
        },
    ]
}

fn stamp() -> Timestamp {
    ts("2026-03-01T08:00:00Z")
}

fn written() -> String {
    write_calendar("Job search, 2026; Jane", &events(), &todos(), stamp())
}

/// calcard's strict mode refuses every nested BEGIN (0.3.14 returns an
/// invalid-line entry after each one), so the lenient mode reads the export;
/// the values compared below show that it read everything.
fn read_back(text: &str) -> ICalendar {
    match Parser::new(text).entry() {
        Entry::ICalendar(calendar) => calendar,
        other => panic!("calcard did not read the export: {other:?}"),
    }
}

fn components(calendar: &ICalendar, kind: ICalendarComponentType) -> Vec<&ICalendarComponent> {
    calendar
        .components
        .iter()
        .filter(|c| c.component_type == kind)
        .collect()
}

fn text<'c>(component: &'c ICalendarComponent, property: &ICalendarProperty) -> Option<&'c str> {
    component.property(property)?.values.first()?.as_text()
}

fn instant(component: &ICalendarComponent, property: &ICalendarProperty) -> Option<Timestamp> {
    let value = component
        .property(property)?
        .values
        .first()?
        .as_partial_date_time()?;
    assert_eq!(
        (value.tz_hour, value.tz_minute),
        (Some(0), Some(0)),
        "not UTC"
    );
    let text = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        value.year?, value.month?, value.day?, value.hour?, value.minute?, value.second?
    );
    text.parse().ok()
}

#[test]
fn lines_end_in_crlf_and_fit_in_75_octets() {
    let text = written();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // The long description is folded many times, and never inside a character.
    assert!(text.split("\r\n").filter(|l| l.starts_with(' ')).count() > 40);
}

#[test]
fn the_header_and_components_are_as_rfc5545_wants() {
    let text = written();
    let unfolded = text.replace("\r\n ", "");
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//afterview//afterview//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Job search\\, 2026\\; Jane",
        "DTSTAMP:20260301T080000Z",
        "SUMMARY:Onsite\\, round 2\\; bring ID\\nand laptop",
        "URL:https://acme.zoom.us/j/123?pwd=x,y;z",
        "STATUS:CONFIRMED",
        "STATUS:CANCELLED",
        "STATUS:NEEDS-ACTION",
        "TRIGGER;RELATED=END:-PT15M",
        "TRIGGER;RELATED=END:-P1DT2H",
        "ACTION:DISPLAY",
        "DESCRIPTION:Mention the caching question\\\\answer",
    ] {
        assert!(
            unfolded.split("\r\n").any(|l| l == line),
            "no line {line:?} in\n{unfolded}"
        );
    }
    // A URL that is not a single URI is left out rather than breaking the file.
    assert!(!unfolded.contains("not a url"));
    // An event whose end is not after its start has no DTEND.
    assert_eq!(unfolded.matches("DTEND:").count(), 1);
    assert_eq!(unfolded.matches("DTSTAMP:20260301T080000Z").count(), 4);
}

#[test]
fn calcard_reads_back_the_same_events() {
    let calendar = read_back(&written());
    let header = &calendar.components[0];
    assert_eq!(text(header, &ICalendarProperty::Version), Some("2.0"));
    let read = components(&calendar, ICalendarComponentType::VEvent);
    let written = events();
    assert_eq!(read.len(), written.len());
    for (read, written) in read.iter().zip(&written) {
        assert_eq!(read.uid(), Some(written.uid.as_str()));
        assert_eq!(
            text(read, &ICalendarProperty::Summary),
            Some(written.summary.as_str())
        );
        assert_eq!(
            text(read, &ICalendarProperty::Description),
            written.description.as_deref()
        );
        assert_eq!(
            text(read, &ICalendarProperty::Location),
            written.location.as_deref()
        );
        assert_eq!(
            instant(read, &ICalendarProperty::Dtstart),
            Some(written.starts_at)
        );
        assert_eq!(instant(read, &ICalendarProperty::Dtstamp), Some(stamp()));
    }
    assert_eq!(
        instant(read[0], &ICalendarProperty::Dtend),
        Some(written[0].ends_at)
    );
    assert_eq!(
        text(read[0], &ICalendarProperty::Url),
        Some("https://acme.zoom.us/j/123?pwd=x,y;z")
    );
    assert_eq!(text(read[1], &ICalendarProperty::Status), Some("CANCELLED"));
}

#[test]
fn calcard_reads_back_the_same_tasks_and_reminders() {
    let calendar = read_back(&written());
    let read = components(&calendar, ICalendarComponentType::VTodo);
    let written = todos();
    assert_eq!(read.len(), written.len());
    let expected_triggers = [
        ICalendarDuration {
            neg: true,
            minutes: 15,
            ..Default::default()
        },
        ICalendarDuration {
            neg: true,
            days: 1,
            hours: 2,
            ..Default::default()
        },
    ];
    for ((todo, written), trigger) in read.iter().zip(&written).zip(expected_triggers) {
        assert_eq!(todo.uid(), Some(written.uid.as_str()));
        assert_eq!(
            text(todo, &ICalendarProperty::Summary),
            Some(written.summary.as_str())
        );
        assert_eq!(
            text(todo, &ICalendarProperty::Description),
            written.description.as_deref()
        );
        assert_eq!(instant(todo, &ICalendarProperty::Due), Some(written.due));
        assert_eq!(text(todo, &ICalendarProperty::Status), Some("NEEDS-ACTION"));

        let alarms: Vec<_> = todo
            .component_ids
            .iter()
            .map(|id| &calendar.components[*id as usize])
            .filter(|c| c.component_type == ICalendarComponentType::VAlarm)
            .collect();
        assert_eq!(alarms.len(), 1);
        let alarm = alarms[0];
        assert_eq!(text(alarm, &ICalendarProperty::Action), Some("DISPLAY"));
        assert_eq!(
            text(alarm, &ICalendarProperty::Description),
            Some(written.summary.as_str())
        );
        let entry = alarm.property(&ICalendarProperty::Trigger).unwrap();
        assert_eq!(entry.values, vec![ICalendarValue::Duration(trigger)]);
        assert_eq!(
            entry.parameter(&ICalendarParameterName::Related),
            Some(&ICalendarParameterValue::Related(ICalendarRelated::End))
        );
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    assert_eq!(written(), written());
}

#[test]
fn an_empty_calendar_is_still_a_calendar() {
    let text = write_calendar("Empty", &[], &[], stamp());
    assert_eq!(
        text,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//afterview//afterview//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n"
    );
}
