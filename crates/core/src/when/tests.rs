//! Tests for reading dates, times and lengths of time.

use super::*;
use proptest::prelude::*;

/// Wednesday 2026-11-25 10:15 in Berlin, the "now" of every test.
fn now() -> ZonedDateTime {
    zoned("Europe/Berlin", 2026, 11, 25, 10, 15)
}

/// Builds a zoned datetime from an explicit IANA zone, independent of the machine's zone.
fn zoned(zone: &str, year: i16, month: i8, day: i8, hour: i8, minute: i8) -> ZonedDateTime {
    let tz = TimeZone::get(zone).expect("the tz database has the zone");
    jiff::civil::date(year, month, day)
        .at(hour, minute, 0, 0)
        .to_zoned_datetime(tz)
        .expect("a valid test time")
}

/// Parses against the fixed `now` and prints the result, or panics with the error.
fn when(input: &str) -> String {
    parse_when(input, &now())
        .unwrap_or_else(|e| panic!("{input:?} failed: {e}"))
        .to_string()
}

/// Parses against the fixed `now` and returns the error message, or panics on success.
fn error(input: &str) -> String {
    match parse_when(input, &now()) {
        Ok(at) => panic!("{input:?} unexpectedly gave {at}"),
        Err(e) => e.to_string(),
    }
}

/// Checks a table of inputs against the instants they should mean.
fn check(cases: &[(&str, &str)]) {
    for (input, expected) in cases {
        assert_eq!(when(input), *expected, "input {input:?}");
    }
}

/// Berlin's offset in winter, appended to the expected local times below.
const CET: &str = "+01:00[Europe/Berlin]";

/// Formats an expected local datetime in Berlin winter time.
fn cet(local: &str) -> String {
    format!("{local}{CET}")
}

#[test]
fn now_is_now_and_day_words_default_to_nine() {
    assert_eq!(when("now"), cet("2026-11-25T10:15:00"));
    assert_eq!(when("  NOW "), cet("2026-11-25T10:15:00"));
    assert_eq!(when("today"), cet("2026-11-25T09:00:00"));
    assert_eq!(when("Tomorrow"), cet("2026-11-26T09:00:00"));
    assert_eq!(when("yesterday"), cet("2026-11-24T09:00:00"));
}

#[test]
fn day_words_take_a_time_before_or_after() {
    check(&[
        ("tomorrow 2pm", &cet("2026-11-26T14:00:00")),
        ("tomorrow at 14:30", &cet("2026-11-26T14:30:00")),
        ("today 17:30", &cet("2026-11-25T17:30:00")),
        ("yesterday 9am", &cet("2026-11-24T09:00:00")),
        ("2pm tomorrow", &cet("2026-11-26T14:00:00")),
        ("  tomorrow    at   2 PM ", &cet("2026-11-26T14:00:00")),
        ("tomorrow noon", &cet("2026-11-26T12:00:00")),
        ("today midnight", &cet("2026-11-25T00:00:00")),
    ]);
}

#[test]
fn relative_amounts_move_from_now() {
    check(&[
        ("in 3 days", &cet("2026-11-28T10:15:00")),
        ("in 2 hours", &cet("2026-11-25T12:15:00")),
        ("in 45 minutes", &cet("2026-11-25T11:00:00")),
        ("in 1 week", &cet("2026-12-02T10:15:00")),
        ("in 2 weeks", &cet("2026-12-09T10:15:00")),
        ("in 3d", &cet("2026-11-28T10:15:00")),
        ("in 2h", &cet("2026-11-25T12:15:00")),
        ("in 45m", &cet("2026-11-25T11:00:00")),
        ("in 90min", &cet("2026-11-25T11:45:00")),
        ("in 1w", &cet("2026-12-02T10:15:00")),
        ("in an hour", &cet("2026-11-25T11:15:00")),
        ("in 1h30m", &cet("2026-11-25T11:45:00")),
        ("in 1 hour and 30 minutes", &cet("2026-11-25T11:45:00")),
        ("in 1 month", &cet("2026-12-25T10:15:00")),
        ("in 2 days at 10am", &cet("2026-11-27T10:00:00")),
        ("3 days ago", &cet("2026-11-22T10:15:00")),
        ("2 hours ago", &cet("2026-11-25T08:15:00")),
        ("1w ago", &cet("2026-11-18T10:15:00")),
        ("a week ago at 9:30", &cet("2026-11-18T09:30:00")),
    ]);
}

#[test]
fn weekdays_follow_the_documented_rules() {
    check(&[
        ("monday", &cet("2026-11-30T09:00:00")),
        ("mon", &cet("2026-11-30T09:00:00")),
        ("wednesday", &cet("2026-12-02T09:00:00")),
        ("friday 9am", &cet("2026-11-27T09:00:00")),
        ("next monday 10:00", &cet("2026-11-30T10:00:00")),
        ("next friday", &cet("2026-11-27T09:00:00")),
        ("this friday", &cet("2026-11-27T09:00:00")),
        ("this monday", &cet("2026-11-23T09:00:00")),
        ("this wednesday", &cet("2026-11-25T09:00:00")),
        ("this sunday", &cet("2026-11-29T09:00:00")),
        ("on friday at 3pm", &cet("2026-11-27T15:00:00")),
        ("last friday", &cet("2026-11-20T09:00:00")),
        ("last wednesday", &cet("2026-11-18T09:00:00")),
        ("Thurs 8:45", &cet("2026-11-26T08:45:00")),
    ]);
}

#[test]
fn times_alone_mean_today() {
    check(&[
        ("2pm", &cet("2026-11-25T14:00:00")),
        ("2:30pm", &cet("2026-11-25T14:30:00")),
        ("14:30", &cet("2026-11-25T14:30:00")),
        ("14:30:15", &cet("2026-11-25T14:30:15")),
        ("noon", &cet("2026-11-25T12:00:00")),
        ("midnight", &cet("2026-11-25T00:00:00")),
        ("2 pm", &cet("2026-11-25T14:00:00")),
        ("2:30 pm", &cet("2026-11-25T14:30:00")),
        ("9 a.m.", &cet("2026-11-25T09:00:00")),
        ("12am", &cet("2026-11-25T00:00:00")),
        ("12pm", &cet("2026-11-25T12:00:00")),
        ("12:30am", &cet("2026-11-25T00:30:00")),
        ("3pm", &cet("2026-11-25T15:00:00")),
    ]);
}

#[test]
fn iso_forms_and_explicit_offsets() {
    check(&[
        ("2026-12-01", &cet("2026-12-01T09:00:00")),
        ("2026-12-01 14:00", &cet("2026-12-01T14:00:00")),
        ("2026-12-01T14:00", &cet("2026-12-01T14:00:00")),
        ("2026-12-01T14:00:00", &cet("2026-12-01T14:00:00")),
        ("2026-12-01 2pm", &cet("2026-12-01T14:00:00")),
        ("2026-12-01T14:00:00+01:00", &cet("2026-12-01T14:00:00")),
        ("2026-12-01T14:00:00Z", &cet("2026-12-01T15:00:00")),
        ("2026-12-01t14:00:00z", &cet("2026-12-01T15:00:00")),
        ("2026-12-01T14:00:00-05:00", &cet("2026-12-01T20:00:00")),
        ("2026-12-01 14:00:00+05:30", &cet("2026-12-01T09:30:00")),
        ("2026-12-01T14:00:00.5Z", &cet("2026-12-01T15:00:00.5")),
    ]);
}

#[test]
fn month_names_with_and_without_a_year() {
    check(&[
        ("dec 3", &cet("2026-12-03T09:00:00")),
        ("december 3 2pm", &cet("2026-12-03T14:00:00")),
        ("3 dec 2026", &cet("2026-12-03T09:00:00")),
        ("Dec 3, 2026 14:00", &cet("2026-12-03T14:00:00")),
        ("Dec. 3rd", &cet("2026-12-03T09:00:00")),
        ("dec 3 2 pm", &cet("2026-12-03T14:00:00")),
        ("nov 25", &cet("2026-11-25T09:00:00")),
        ("nov 20", &cet("2027-11-20T09:00:00")),
        ("1 jan", &cet("2027-01-01T09:00:00")),
        ("feb 29", &cet("2028-02-29T09:00:00")),
        ("march 3 2025", &cet("2025-03-03T09:00:00")),
    ]);
}

#[test]
fn dst_gaps_and_folds_resolve_compatibly() {
    // Berlin skips 02:00-03:00 on 2026-03-29 and repeats it on 2026-10-25.
    assert_eq!(
        when("2026-03-29 02:30"),
        "2026-03-29T03:30:00+02:00[Europe/Berlin]"
    );
    assert_eq!(
        when("2026-10-25 02:30"),
        "2026-10-25T02:30:00+02:00[Europe/Berlin]"
    );
    // Calendar days keep the wall-clock time across the change; hours are exact.
    let before = zoned("Europe/Berlin", 2026, 3, 28, 10, 0);
    let in_a_day = parse_when("in 1 day", &before).unwrap();
    assert_eq!(
        in_a_day.to_string(),
        "2026-03-29T10:00:00+02:00[Europe/Berlin]"
    );
    let in_24_hours = parse_when("in 24 hours", &before).unwrap();
    assert_eq!(
        in_24_hours.to_string(),
        "2026-03-29T11:00:00+02:00[Europe/Berlin]"
    );
    // New York skips 02:00-03:00 on 2026-03-08.
    let new_york = zoned("America/New_York", 2026, 3, 7, 12, 0);
    let gap = parse_when("tomorrow 2:30am", &new_york).unwrap();
    assert_eq!(
        gap.to_string(),
        "2026-03-08T03:30:00-04:00[America/New_York]"
    );
}

#[test]
fn results_are_in_the_zone_of_now() {
    let tokyo = zoned("Asia/Tokyo", 2026, 11, 25, 18, 15);
    let at = parse_when("2026-12-01T14:00:00Z", &tokyo).unwrap();
    assert_eq!(at.to_string(), "2026-12-01T23:00:00+09:00[Asia/Tokyo]");
    assert_eq!(
        parse_when("tomorrow", &tokyo).unwrap().to_string(),
        "2026-11-26T09:00:00+09:00[Asia/Tokyo]"
    );
}

#[test]
fn unknown_words_suggest_near_misses() {
    assert_eq!(
        error("tomorow 2pm"),
        r#"couldn't read "tomorow 2pm" as a date: unknown word "tomorow" (did you mean "tomorrow"?); try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#
    );
    assert!(error("wensday").contains(r#"unknown word "wensday" (did you mean "wednesday"?)"#));
    assert!(error("in 3 dayz").contains(r#"(did you mean "days"?)"#));
    assert_eq!(
        error("banana"),
        r#"couldn't read "banana" as a date: unknown word "banana"; try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#
    );
    assert!(error("tomorrow 2pm xyz").contains(r#"unknown word "xyz";"#));
    assert!(error("12/01/2026").contains("dates with slashes"));
}

#[test]
fn impossible_dates_say_why() {
    assert_eq!(
        error("2026-02-30"),
        r#"couldn't read "2026-02-30" as a date: February 2026 has 28 days; try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#
    );
    assert!(error("2028-02-30").contains("February 2028 has 29 days"));
    assert!(error("feb 30").contains("February has at most 29 days"));
    assert!(error("april 31 2027").contains("April 2027 has 30 days"));
    assert!(error("2026-13-01").contains("there is no month 13; months go from 1 to 12"));
    assert!(error("dec 32").contains("there is no day 32 in any month"));
}

#[test]
fn impossible_times_say_why() {
    assert_eq!(
        error("25:00"),
        r#"couldn't read "25:00" as a date: hour 25 is out of range; hours go from 0 to 23; try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#
    );
    assert!(error("13pm").contains(
        r#""13pm" has hour 13, but with am or pm the hour must be between 1 and 12; for a 24-hour time write "13:00""#
    ));
    assert!(error("tomorrow 0 am").contains(r#""0am" has hour 0, but with am or pm"#));
    assert!(error("10:75").contains("minute 75 is out of range"));
    assert!(
        error("2026-12-01T14:00:00+30:00").contains(r#"the UTC offset "+30:00" is out of range"#)
    );
}

#[test]
fn other_bad_input_is_explained() {
    assert_eq!(parse_when("   ", &now()), Err(WhenError::Empty));
    assert_eq!(
        WhenError::Empty.to_string(),
        r#"no date or time given; try forms like "tomorrow 2pm", "in 3 days", "next monday 10:00" or "2026-12-01 14:00""#
    );
    assert_eq!(
        error("99999-01-01"),
        r#"couldn't read "99999-01-01" as a date: the year 99999 is out of range; years must be between 1900 and 9999"#
    );
    assert!(error("dec 3 1066").contains("the year 1066 is out of range"));
    assert!(error("tomorrow 2pm 5pm").contains(r#"didn't expect "5pm" there"#));
    assert!(error("tomorrow yesterday").contains(r#"didn't expect "yesterday" there"#));
    assert!(error("now please").contains(r#"unknown word "please""#));
    assert!(error("now 3pm").contains(r#"didn't expect "3pm" there"#));
    assert!(
        error("14")
            .contains(r#"the bare number "14" is ambiguous; add a unit or a month, as in "3pm", "15:00" or "dec 3""#)
    );
    assert!(error("3 days").contains(r#"an amount needs "ago" after it"#));
    assert!(error("in").contains(r#""in" needs an amount after it"#));
    assert!(error("in 3").contains(r#""3" needs a unit after it"#));
    assert!(error("next").contains(r#""next" needs a weekday after it"#));
    assert!(error("dec").contains("a month needs a day"));
    assert!(error("in 2 hours at 3pm").contains("not of hours or minutes"));
    assert!(error("at").contains("it names no date or time"));
    assert_eq!(
        error("in 99999999999 days"),
        r#"couldn't read "in 99999999999 days" as a date: it is too far in the past or the future"#
    );
}

#[test]
fn durations_in_many_spellings() {
    let cases = [
        ("45m", 45),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1 h 30 m", 90),
        ("90 min", 90),
        ("90 Minutes", 90),
        ("2 hours", 120),
        ("1.5h", 90),
        ("0.25 hours", 15),
        ("30", 30),
        ("2.5", 2),
        ("1d", 1440),
        ("1 week", 10_080),
        ("1000 days", 1_440_000),
    ];
    for (input, minutes) in cases {
        assert_eq!(
            parse_duration(input).map(|d| d.as_mins()),
            Ok(minutes),
            "input {input:?}"
        );
    }
    assert_eq!(parse_duration("2.5"), Ok(SignedDuration::from_secs(150)));
    assert_eq!(parse_duration("90s"), Ok(SignedDuration::from_secs(90)));
}

#[test]
fn bad_durations_are_explained() {
    assert_eq!(
        parse_duration("45x").unwrap_err().to_string(),
        r#"couldn't read "45x" as a length of time; try "45m", "1h30m" or "90 min""#
    );
    for garbage in [
        "m", "1h30", "1..5h", "1.h", "abc", "1h-30m", "45 m x", "+5m",
    ] {
        assert_eq!(
            parse_duration(garbage),
            Err(WhenError::BadDuration(garbage.to_owned()))
        );
    }
    assert_eq!(parse_duration(""), Err(WhenError::EmptyDuration));
    assert_eq!(
        parse_duration("0m").unwrap_err().to_string(),
        r#"a length of time must be more than zero, but "0m" is zero; try "45m", "1h30m" or "90 min""#
    );
    assert_eq!(
        parse_duration("-5m").unwrap_err().to_string(),
        r#"a length of time can't be negative, but "-5m" is; try "45m", "1h30m" or "90 min""#
    );
    assert_eq!(
        parse_duration("1001 days").unwrap_err().to_string(),
        r#""1001 days" is too long for a length of time: the limit is 1000 days"#
    );
    let huge = "999999999999999999999999999999 weeks";
    assert_eq!(
        parse_duration(huge),
        Err(WhenError::DurationTooLong(huge.to_owned()))
    );
}

#[test]
fn levenshtein_counts_edits() {
    assert_eq!(levenshtein("", ""), 0);
    assert_eq!(levenshtein("tomorow", "tomorrow"), 1);
    assert_eq!(levenshtein("kitten", "sitting"), 3);
    assert_eq!(levenshtein("abc", ""), 3);
    assert_eq!(suggest("fridya").as_deref(), Some("friday"));
    assert_eq!(suggest("xy"), None);
}

/// Pieces that are close to valid input, separated by spaces, to reach deep into the parser.
const PIECES: &str = "in ago at on a and next this last now today tomorrow noon midnight friday \
    dec feb 3 29 2026 99999 0 - : pm am days h m 1h30m 2pm 13pm 25:00 14:30:15.123 2026-02-29 \
    2026-12-01T14:00:00+01:00 9999-12-31 3rd 99999999999999999999 12/01 a.m. 1900-01-01 z +25:00 é ß";

/// Picks up to five of the pieces above.
fn pieces() -> impl Strategy<Value = Vec<&'static str>> {
    let all: Vec<&'static str> = PIECES.split_whitespace().collect();
    prop::collection::vec(prop::sample::select(all), 0..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = parse_when(&text, &now());
        let _ = parse_duration(&text);
    }

    #[test]
    fn plausible_phrases_never_panic(pieces in pieces()) {
        let text = pieces.join(" ");
        let _ = parse_when(&text, &now());
        let _ = parse_duration(&text);
        let glued = pieces.concat();
        let _ = parse_when(&glued, &now());
        let _ = parse_duration(&glued);
    }

    #[test]
    fn every_clock_time_is_today(hour in 0_i8..24, minute in 0_i8..60) {
        let at = parse_when(&format!("{hour}:{minute:02}"), &now()).unwrap();
        prop_assert_eq!(at.date(), now().date());
        prop_assert_eq!((at.hour(), at.minute()), (hour, minute));
    }

    #[test]
    fn whole_minutes_round_trip(minutes in 1_i64..=1_440_000) {
        prop_assert_eq!(parse_duration(&format!("{minutes}m")), Ok(SignedDuration::from_mins(minutes)));
    }
}
