//! Tests for debriefs: the flags, the Markdown form and its round trip.

use super::*;
use jiff::tz::TimeZone;
use proptest::prelude::*;

/// The user's time zone in every test.
fn zone() -> TimeZone {
    TimeZone::get("America/New_York").expect("the tz database has the zone")
}

/// Tuesday 2026-11-24 15:00 in New York, the "now" of every test.
fn now() -> ZonedDateTime {
    at(2026, 11, 24, 15, 0)
}

/// A local time in New York.
fn at(year: i16, month: i8, day: i8, hour: i8, minute: i8) -> ZonedDateTime {
    jiff::civil::date(year, month, day)
        .at(hour, minute, 0, 0)
        .to_zoned_datetime(zone())
        .expect("a valid test time")
}

/// The heading of the interview in the tests' templates.
const HEADING: &str = "Acme · Backend Engineer · round 2 (panel) · Tue 2026-11-24 14:00";

/// A debrief with every part written.
fn full() -> Content {
    Content {
        went_well: vec![
            "Walked them through the billing migration".to_owned(),
            "Good rapport with Jane".to_owned(),
        ],
        better: vec![
            BetterAnswer {
                question: "Tell me about a conflict".to_owned(),
                said: Some("I talked vaguely about a team".to_owned()),
                better: Some("The migration story with Bob, in STAR form".to_owned()),
                topic: Some("conflict".to_owned()),
            },
            BetterAnswer {
                question: "Why are you leaving?".to_owned(),
                said: None,
                better: Some("Growth: I want to own a service end to end".to_owned()),
                topic: None,
            },
        ],
        issues: vec!["They worry I have not been on call".to_owned()],
        owed: vec![
            Owed {
                what: "writing sample".to_owned(),
                to: Some("Jane".to_owned()),
                due: Some(at(2026, 11, 27, 17, 0).timestamp()),
            },
            Owed {
                what: "references".to_owned(),
                to: None,
                due: None,
            },
            Owed {
                what: "a note to the team about the demo".to_owned(),
                to: None,
                due: Some(at(2026, 11, 25, 9, 30).timestamp()),
            },
        ],
        do_better: vec!["Ask about the roadmap earlier".to_owned()],
        decision: Some(Decision {
            said: "We decide by Friday".to_owned(),
            by: Some(at(2026, 11, 27, 9, 0).timestamp()),
        }),
        rating: Some(Rating::new(4).unwrap()),
        notes: Some("Office is near the station.\n\n# of people on the team: 6".to_owned()),
    }
}

/// Parses against the fixed `now`, panicking on an error.
fn parse(text: &str) -> Option<Content> {
    parse_markdown(text, &now()).unwrap_or_else(|e| panic!("{e}\n---\n{text}"))
}

/// Parses against the fixed `now`, expecting an error.
fn error(text: &str) -> DebriefError {
    match parse_markdown(text, &now()) {
        Ok(content) => panic!("expected an error, got {content:?}\n---\n{text}"),
        Err(e) => e,
    }
}

#[test]
fn a_filled_template_reads_back_as_the_same_debrief() {
    let content = full();
    let text = template(HEADING, Some(&content), &zone());
    assert!(
        text.starts_with(&format!("# Debrief: {HEADING}\n")),
        "{text}"
    );
    assert_eq!(parse(&text), Some(content));
}

#[test]
fn a_shown_debrief_reads_the_way_people_write_it() {
    let shown = render_markdown(&full(), &zone());
    let expected = "\
## Went well
- Walked them through the billing migration
- Good rapport with Jane

## Questions to answer better
- Q: Tell me about a conflict
  Said: I talked vaguely about a team
  Better: The migration story with Bob, in STAR form
  Topic: conflict
- Q: Why are you leaving?
  Better: Growth: I want to own a service end to end

## Issues that surfaced
- They worry I have not been on call

## Owed
- writing sample to Jane by 2026-11-27 17:00
- references
- What: a note to the team about the demo
  By: 2026-11-25 09:30

## Do better next time
- Ask about the roadmap earlier

## Decision timeline
Said: We decide by Friday
By: 2026-11-27 09:00

## Rating
4/5

## Notes
Office is near the station.

\\# of people on the team: 6
";
    assert_eq!(shown, expected);
    assert_eq!(parse(&shown), Some(full()));
}

#[test]
fn nothing_written_means_no_debrief() {
    assert_eq!(parse(&template(HEADING, None, &zone())), None);
    assert_eq!(parse(""), None);
    assert_eq!(parse("\n\n  \n"), None);
    assert_eq!(
        parse("# Debrief: Acme\n\n## Went well\n-\n## Rating\n\n"),
        None
    );
}

#[test]
fn a_template_filled_by_hand_is_read_leniently() {
    let mut text = template(HEADING, None, &zone());
    text = text.replace(
        "## Went well\n",
        "## Went well\n* Clear story about the outage,\n  told in two minutes\n\n- Asked good questions\n",
    );
    text = text.replace(
        "## Owed\n",
        "## Owed\n- writing sample to Jane by friday 5pm\n- slides\n  To: Bob\n  By: monday\n",
    );
    text = text.replace("## Rating\n", "## Rating\n4/5\n");
    text = text.replace(
        "## Decision timeline\n",
        "## Decision timeline\nThey will decide\nwithin two weeks.\n",
    );
    text = text.replace(
        "## Questions to answer better\n",
        "## Questions to answer better\n- Why Acme?\nsaid: something generic\n  about scale\n",
    );
    let content = parse(&text).expect("something was written");
    assert_eq!(
        content.went_well,
        [
            "Clear story about the outage, told in two minutes",
            "Asked good questions"
        ]
    );
    assert_eq!(content.better[0].question, "Why Acme?");
    assert_eq!(
        content.better[0].said.as_deref(),
        Some("something generic about scale")
    );
    assert_eq!(content.owed[0].to.as_deref(), Some("Jane"));
    assert_eq!(
        content.owed[0].due,
        Some(at(2026, 11, 27, 17, 0).timestamp())
    );
    assert_eq!(content.owed[1].what, "slides");
    assert_eq!(content.owed[1].to.as_deref(), Some("Bob"));
    assert_eq!(
        content.owed[1].due,
        Some(at(2026, 11, 30, 9, 0).timestamp())
    );
    assert_eq!(content.rating.map(Rating::get), Some(4));
    let decision = content.decision.expect("a decision timeline");
    assert_eq!(decision.said, "They will decide within two weeks.");
    assert_eq!(decision.by, Some(at(2026, 12, 8, 15, 0).timestamp()));
}

#[test]
fn headings_match_small_variations() {
    let text = "### What went well:\n- a\n## Questions\n- Q: b\n## Owed items\n- c\n\
                ## do better\n- d\n## ISSUES\n- e\n## Timeline\nsoon\n## Self-rating (1-5)\n3\n## Other notes\nf\n";
    let content = parse(text).expect("content");
    assert_eq!(content.went_well, ["a"]);
    assert_eq!(content.better[0].question, "b");
    assert_eq!(content.owed[0].what, "c");
    assert_eq!(content.do_better, ["d"]);
    assert_eq!(content.issues, ["e"]);
    assert_eq!(content.decision.map(|d| d.said), Some("soon".to_owned()));
    assert_eq!(content.rating.map(Rating::get), Some(3));
    assert_eq!(content.notes.as_deref(), Some("f"));
}

#[test]
fn an_unknown_heading_names_its_line_and_suggests_one() {
    let e = error("# Debrief: Acme\n\n## Went well\n- a\n\n## Wnt wel\n- b\n");
    assert_eq!(e.line, 6);
    assert!(e.message.contains("\"## Wnt wel\""), "{e}");
    assert!(e.message.contains("did you mean \"## Went well\"?"), "{e}");
    assert!(e.to_string().starts_with("line 6: unknown section"), "{e}");
}

#[test]
fn text_before_the_first_section_is_refused() {
    let e = error("# Debrief: Acme\n<!-- hint -->\nI think it went fine\n## Notes\nx\n");
    assert_eq!(e.line, 3);
    assert!(e.message.contains("not under a section heading"), "{e}");
}

#[test]
fn a_rating_must_be_one_to_five() {
    let e = error("## Went well\n- a\n\n## Rating\n7\n");
    assert_eq!(e.line, 5);
    assert!(e.message.contains("the rating is 7"), "{e}");
    assert!(e.message.contains("1 (poor) to 5 (excellent)"), "{e}");
    let e = error("## Rating\n<!-- one number -->\ngreat\n");
    assert_eq!(e.line, 3);
    assert!(e.message.contains("\"great\" is not a rating"), "{e}");
    let e = error("## Rating\n4\nbecause it went well\n");
    assert_eq!(e.line, 3);
}

#[test]
fn an_unreadable_owed_date_names_its_line() {
    let e = error("## Owed\n- slides to Bob\n- writing sample by the 45th\n");
    assert_eq!(e.line, 3);
    assert!(e.message.contains("\"the 45th\""), "{e}");
    assert!(e.message.contains("try forms like"), "{e}");
}

#[test]
fn a_due_date_in_year_99999_is_refused_clearly() {
    let e = error("## Notes\nx\n## Owed\n- slides by 99999-01-01\n");
    assert_eq!(e.line, 4);
    assert!(e.message.contains("99999"), "{e}");
    assert!(e.message.contains("between 1900 and 9999"), "{e}");
    let err = parse_owed("slides by dec 3 99999", &now()).unwrap_err();
    assert!(err.message.contains("between 1900 and 9999"), "{err}");
}

#[test]
fn a_huge_paste_is_refused_with_its_size() {
    let text = format!(
        "## Went well\n- a\n## Notes\n{}\n",
        "word ".repeat(40 * 1024)
    );
    let e = error(&text);
    assert_eq!(e.line, 4);
    assert!(e.message.contains("200 KB"), "{e}");
    assert!(e.message.contains("100 KB"), "{e}");
}

#[test]
fn a_long_or_repeated_part_is_refused_on_its_line() {
    let e = error(&format!("## Issues\n- a\n- {}\n", "x".repeat(2001)));
    assert_eq!(e.line, 3);
    assert!(e.message.contains("2001 characters"), "{e}");
    let e = error("## Notes\na\n\n## Notes\nb\n");
    assert_eq!(e.line, 4);
    assert!(e.message.contains("second time"), "{e}");
    let e = error("## Notes\na <!-- never closed\n\nb\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("never closed"), "{e}");
    let e = error("## Went well\nno dash here\n");
    assert_eq!(e.line, 2);
    assert!(e.message.contains("start it with \"- \""), "{e}");
    let e = error("## Questions to answer better\n- Q: a\n  Said: b\n  Said: c\n");
    assert_eq!(e.line, 4);
    let e = error("## Questions to answer better\n- Said: b\n");
    assert_eq!(e.line, 2);
}

#[test]
fn the_error_banner_keeps_the_text_and_moves_the_line() {
    let text = "# Debrief: Acme\n\n## Went well\n- a\n\n## Rating\n7\n";
    let first = error(text);
    let once = with_error_banner(text, &first);
    assert!(once.ends_with(text), "{once}");
    let again = error(&once);
    assert_eq!(again.line, first.line + 3);
    assert_eq!(again.message, first.message);
    assert!(once.starts_with("<!-- afterview"), "{once}");
    assert!(once.contains(&format!("line {}:", again.line)), "{once}");

    let twice = with_error_banner(&once, &again);
    assert_eq!(twice, once, "a second failure replaces the banner");
    assert_eq!(twice.matches("afterview could not read").count(), 1);

    // The person fixes the rating but breaks a heading: the banner follows.
    let edited = once
        .replace("\n7\n", "\n4\n")
        .replace("## Went well", "## Wnt wel");
    let third = error(&edited);
    let banner = with_error_banner(&edited, &third);
    assert_eq!(banner.matches("afterview could not read").count(), 1);
    assert!(banner.ends_with(&edited[edited.find("# Debrief").unwrap()..]));
    assert_eq!(error(&banner).line, third.line);
}

#[test]
fn the_error_banner_survives_crlf_and_comment_markers_in_the_message() {
    let text = "## Wnt --> wel\r\n- a\r\n";
    let e = error(text);
    let banner = with_error_banner(text, &e);
    assert!(banner.ends_with(text));
    assert!(banner.contains("\r\n"));
    let again = error(&banner);
    assert_eq!((again.line, &again.message), (e.line + 3, &e.message));
}

#[test]
fn better_answers_are_read_from_flags() {
    let b = parse_better("Tell me about a conflict :: vague team story :: the migration").unwrap();
    assert_eq!(b.question, "Tell me about a conflict");
    assert_eq!(b.said.as_deref(), Some("vague team story"));
    assert_eq!(b.better.as_deref(), Some("the migration"));
    assert_eq!(b.topic, None);
    let b = parse_better("Why Acme? :: :: their payments work :: motivation").unwrap();
    assert_eq!(b.said, None);
    assert_eq!(b.better.as_deref(), Some("their payments work"));
    assert_eq!(b.topic.as_deref(), Some("motivation"));
    assert_eq!(parse_better("  Why Acme?  ").unwrap().question, "Why Acme?");
    let e = parse_better("a :: b :: c :: d :: e").unwrap_err();
    assert!(e.message.contains("5 parts"), "{e}");
    assert!(
        e.message
            .contains("question :: what I said :: a better answer :: topic"),
        "{e}"
    );
    assert!(
        parse_better(" :: said")
            .unwrap_err()
            .message
            .contains("question is missing")
    );
}

#[test]
fn owed_items_are_read_from_flags() {
    let o = parse_owed("writing sample to Jane by friday", &now()).unwrap();
    assert_eq!(o.what, "writing sample");
    assert_eq!(o.to.as_deref(), Some("Jane"));
    assert_eq!(o.due, Some(at(2026, 11, 27, 9, 0).timestamp()));
    let o = parse_owed("references by monday", &now()).unwrap();
    assert_eq!((o.what.as_str(), o.to.as_deref()), ("references", None));
    assert_eq!(o.due, Some(at(2026, 11, 30, 9, 0).timestamp()));
    let o = parse_owed("portfolio link to Bob", &now()).unwrap();
    assert_eq!(
        (o.what.as_str(), o.to.as_deref(), o.due),
        ("portfolio link", Some("Bob"), None)
    );
    let o = parse_owed("slides", &now()).unwrap();
    assert_eq!((o.what.as_str(), o.to, o.due), ("slides", None, None));
    let o = parse_owed("offer letter signed by the CEO", &now()).unwrap();
    assert_eq!(
        (o.what.as_str(), o.due),
        ("offer letter signed by the CEO", None)
    );
    let o = parse_owed("copy by hand to Jane By Tomorrow 2pm", &now()).unwrap();
    assert_eq!(
        (o.what.as_str(), o.to.as_deref()),
        ("copy by hand", Some("Jane"))
    );
    assert_eq!(o.due, Some(at(2026, 11, 25, 14, 0).timestamp()));
}

#[test]
fn owed_dates_that_cannot_be_meant_are_refused() {
    let e = parse_owed("writing sample by the 45th", &now()).unwrap_err();
    assert!(e.message.contains("\"the 45th\""), "{e}");
    let e = parse_owed("slides by frday", &now()).unwrap_err();
    assert!(e.message.contains("did you mean \"friday\""), "{e}");
    let e = parse_owed("slides by 2025-11-20", &now()).unwrap_err();
    assert!(e.message.contains("in the past"), "{e}");
    assert!(
        parse_owed("slides by today", &now()).is_ok(),
        "earlier today is fine"
    );
    assert!(
        parse_owed("   ", &now())
            .unwrap_err()
            .message
            .contains("empty")
    );
}

#[test]
fn a_saved_past_date_reads_back_in_the_editor() {
    let text = "## Owed\n- slides to Bob by 2025-11-20 09:00\n";
    let content = parse(text).expect("content");
    assert_eq!(
        content.owed[0].due,
        Some(at(2025, 11, 20, 9, 0).timestamp())
    );
    let e = error("## Owed\n- slides to Bob by last monday\n");
    assert!(e.message.contains("in the past"), "{e}");
}

#[test]
fn decisions_keep_the_words_and_find_the_date() {
    let d = parse_decision("  we decide by Friday ", &now());
    assert_eq!(d.said, "we decide by Friday");
    assert_eq!(d.by, Some(at(2026, 11, 27, 9, 0).timestamp()));
    let two_weeks = Some(at(2026, 12, 8, 15, 0).timestamp());
    assert_eq!(parse_decision("within 2 weeks", &now()).by, two_weeks);
    assert_eq!(parse_decision("in two weeks", &now()).by, two_weeks);
    assert_eq!(
        parse_decision("within the next two weeks", &now()).by,
        two_weeks
    );
    assert_eq!(parse_decision("in a couple of weeks", &now()).by, two_weeks);
    assert_eq!(parse_decision("soon", &now()).by, None);
    assert_eq!(parse_decision("", &now()).by, None);
    let monday = Some(at(2026, 11, 30, 9, 0).timestamp());
    assert_eq!(
        parse_decision("we'll hear back next week", &now()).by,
        monday
    );
    assert_eq!(
        parse_decision("by the end of the week", &now()).by,
        Some(at(2026, 11, 27, 17, 0).timestamp())
    );
    assert_eq!(
        parse_decision("Recruiter said Dec 3, maybe earlier", &now()).by,
        None,
        "a date needs a word such as \"by\" before it"
    );
    assert_eq!(
        parse_decision("they decide on Dec 3, maybe earlier", &now()).by,
        Some(at(2026, 12, 3, 9, 0).timestamp())
    );
    assert_eq!(
        parse_decision("Friday, they said.", &now()).by,
        Some(at(2026, 11, 27, 9, 0).timestamp())
    );
}

#[test]
fn a_decision_without_a_date_stays_without_one() {
    let content = Content {
        decision: Some(Decision {
            said: "they decide by Friday".to_owned(),
            by: None,
        }),
        ..Content::default()
    };
    let shown = render_markdown(&content, &zone());
    assert!(shown.contains("By: none"), "{shown}");
    assert_eq!(parse(&shown), Some(content));
}

#[test]
fn ratings_are_one_to_five() {
    assert_eq!(Rating::new(5).unwrap().get(), 5);
    assert!(Rating::new(0).is_err());
    assert!(Rating::new(6).is_err());
    assert_eq!(Rating::parse(" 4 / 5 ").unwrap().get(), 4);
    assert!(Rating::parse("300").unwrap_err().message.contains("300"));
    assert_eq!(Rating::new(3).unwrap().to_string(), "3/5");
}

#[test]
fn items_from_flags_are_checked() {
    assert_eq!(parse_item("went well", "  the demo ").unwrap(), "the demo");
    assert!(
        parse_item("went well", " ")
            .unwrap_err()
            .message
            .contains("empty")
    );
    assert!(
        parse_item("issue", "a\nb")
            .unwrap_err()
            .message
            .contains("line break")
    );
    assert!(parse_item("issue", &"x".repeat(2001)).is_err());
    let big = Content {
        notes: Some("x".repeat(200 * 1024)),
        ..Content::default()
    };
    let e = big.check().unwrap_err();
    assert!(
        e.message.contains("200 KB") && e.message.contains("100 KB"),
        "{e}"
    );
    assert!(full().check().is_ok());
}

#[test]
fn a_stored_rating_out_of_range_is_refused() {
    use serde::de::IntoDeserializer;
    use serde::de::value::Error;
    let read = |n: u8| Rating::deserialize(IntoDeserializer::<Error>::into_deserializer(n));
    assert_eq!(read(4).map(Rating::get), Ok(4));
    let e = read(7).unwrap_err();
    assert!(e.to_string().contains("the rating is 7"), "{e}");
}

/// A word for generated items, mixing plain words with the ones the format reacts to.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        1 => prop::sample::select(vec![
            "to", "by", "To", "BY", "friday", "in", "2", "weeks", "next", "week", "Q:", "Said:",
            "What:", "By:", "to:", "#", "##", "-", "*", "1.", "4/5", "\\#", ":", "é", "漢字",
            "-->", "none", "2026-12-01",
        ])
        .prop_map(str::to_owned),
    ]
}

/// A one-line item without surrounding spaces.
fn item() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..6).prop_map(|words| words.join(" "))
}

/// An instant on a whole minute between 1900 and 9998.
fn instant() -> impl Strategy<Value = Timestamp> {
    (-36_000_000_i64..4_000_000_000_i64)
        .prop_map(|minute| Timestamp::from_second(minute * 60).expect("in range"))
}

/// Free notes: lines of items, some blank, some indented.
fn notes() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(String::new()),
        item(),
        item().prop_map(|i| format!("  {i}")),
    ];
    prop::collection::vec(line, 1..5).prop_map(|lines| lines.join("\n").trim().to_owned())
}

/// A debrief made of generated parts.
fn content() -> impl Strategy<Value = Content> {
    let better = (
        item(),
        prop::option::of(item()),
        prop::option::of(item()),
        prop::option::of(item()),
    )
        .prop_map(|(question, said, better, topic)| BetterAnswer {
            question,
            said,
            better,
            topic,
        });
    let owed = (
        item(),
        prop::option::of(item()),
        prop::option::of(instant()),
    )
        .prop_map(|(what, to, due)| Owed { what, to, due });
    let decision =
        (item(), prop::option::of(instant())).prop_map(|(said, by)| Decision { said, by });
    let lists = (
        prop::collection::vec(item(), 0..3),
        prop::collection::vec(better, 0..3),
        prop::collection::vec(item(), 0..3),
        prop::collection::vec(owed, 0..4),
        prop::collection::vec(item(), 0..3),
    );
    let rest = (
        prop::option::of(decision),
        prop::option::of(1_u8..=5),
        prop::option::of(notes()),
    );
    (lists, rest).prop_map(
        |((went_well, better, issues, owed, do_better), (decision, rating, notes))| Content {
            went_well,
            better,
            issues,
            owed,
            do_better,
            decision,
            rating: rating.map(|r| Rating::new(r).expect("1 to 5")),
            notes: notes.filter(|n| !n.is_empty()),
        },
    )
}

/// Lines that look like a debrief, for texts that are mostly wrong in small ways.
fn document() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("## Went well".to_owned()),
        Just("## Rating".to_owned()),
        Just("## Owed".to_owned()),
        Just("## Decision timeline".to_owned()),
        Just("## Questions".to_owned()),
        Just("## Notes".to_owned()),
        Just("<!--".to_owned()),
        Just("-->".to_owned()),
        Just("7".to_owned()),
        Just(String::new()),
        item().prop_map(|i| format!("- {i}")),
        item().prop_map(|i| format!("  {i}")),
        item(),
        ".{0,30}",
    ];
    prop::collection::vec(line, 0..12).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #[test]
    fn random_debriefs_round_trip(content in content()) {
        let expected = (!content.is_empty()).then(|| content.clone());
        let shown = render_markdown(&content, &zone());
        prop_assert_eq!(parse_markdown(&shown, &now()), Ok(expected.clone()), "{}", shown);
        let filled = template(HEADING, Some(&content), &zone());
        prop_assert_eq!(parse_markdown(&filled, &now()), Ok(expected), "{}", filled);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = parse_markdown(&text, &now());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_markdown(&text, &now());
    }

    #[test]
    fn the_banner_keeps_every_character(text in document()) {
        if let Err(e) = parse_markdown(&text, &now()) {
            let banner = with_error_banner(&text, &e);
            prop_assert!(banner.ends_with(&text));
            let again = parse_markdown(&banner, &now()).unwrap_err();
            prop_assert_eq!(again.line, e.line + 3);
            prop_assert_eq!(&again.message, &e.message);
            prop_assert_eq!(with_error_banner(&banner, &again), banner);
        }
    }

    #[test]
    fn flags_never_panic(text in ".{0,80}") {
        let _ = parse_better(&text);
        let _ = parse_owed(&text, &now());
        let _ = parse_decision(&text, &now());
        let _ = Rating::parse(&text);
    }
}
