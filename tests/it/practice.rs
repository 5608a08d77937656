//! Practice cards end to end: cards from a debrief, ten reviews scheduled
//! exactly as FSRS schedules them, the pull-forward before an interview,
//! the agenda's count, old backups, and bad input refused with nothing written.

use crate::support::Sandbox;
use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

/// Acme, an application, and an interview on Monday 2026-11-23 that took place.
fn interviewed() -> Sandbox {
    let s = Sandbox::with_profile();
    s.applied("Acme", "Backend Engineer");
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-23 14:00",
        "--duration",
        "45m",
        "--with",
        "Jane Doe, hiring manager",
    ]);
    s
}

/// The sandbox with a debrief that has two questions to answer better.
fn debriefed() -> Sandbox {
    let s = interviewed();
    s.ok(&[
        "debrief",
        "1",
        "--better",
        "Tell me about a conflict :: I was vague :: the migration story, in STAR form :: conflict",
        "--better",
        "Why Acme? :: something generic :: their on-call write-up, and why it matters to me",
    ]);
    s
}

fn cards(s: &Sandbox, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["practice", "list"];
    all.extend_from_slice(args);
    s.json(&all).as_array().expect("a list").clone()
}

fn ts(v: &Value) -> Timestamp {
    v.as_str().expect("an instant").parse().expect("RFC 3339")
}

#[test]
fn a_debrief_with_two_better_answers_makes_two_cards_that_follow_it() {
    let s = debriefed();
    let list = cards(&s, &[]);
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["question"], "Tell me about a conflict");
    assert_eq!(list[0]["answer"], "the migration story, in STAR form");
    assert_eq!(list[0]["said"], "I was vague");
    assert_eq!(list[0]["tags"], serde_json::json!(["conflict"]));
    assert_eq!(list[0]["company"], "Acme");
    assert_eq!(list[0]["source"], "debrief");
    assert_eq!(list[1]["question"], "Why Acme?");
    s.ok(&["practice", "rate", "1", "good"]);

    // Saved again with the first question reworded only in case and
    // punctuation, a better answer changed, and the second question gone.
    let markdown = "## Questions to answer better\n\
        - Q: tell me about a conflict?\n  Better: the migration story, with the numbers\n";
    let out = s
        .cmd(&["debrief", "1", "--stdin"])
        .write_stdin(markdown)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = cards(&s, &["--retired"]);
    assert_eq!(list.len(), 2, "no card was doubled");
    let first = list.iter().find(|c| c["id"] == 1).unwrap();
    assert_eq!(first["reps"], 1, "its schedule was kept");
    assert_eq!(first["answer"], "the migration story, with the numbers");
    assert!(first["retired_at"].is_null());
    let second = list.iter().find(|c| c["id"] == 2).unwrap();
    assert!(
        second["retired_at"].is_string(),
        "its question left the debrief"
    );
    assert_eq!(cards(&s, &[]).len(), 1, "retired cards are not listed");
    let err = s.fails(1, &["practice", "rate", "2", "good"]);
    assert!(err.contains("card 2 is retired"), "{err}");
}

/// The ten ratings, and how long after its due time each review comes.
const TEN: [(&str, i64); 10] = [
    ("good", 0),
    ("good", 5),
    ("again", 30),
    ("hard", 2),
    ("good", 0),
    ("easy", 26),
    ("good", 3),
    ("again", 50),
    ("good", 1),
    ("good", 0),
];

#[test]
fn ten_reviews_give_exactly_the_schedule_fsrs_gives() {
    let mut s = Sandbox::with_profile();
    s.ok(&[
        "practice",
        "add",
        "Tell me about a time you failed",
        "--answer",
        "The launch I delayed, and what I changed",
        "--tag",
        "behavioural",
    ]);
    // What FSRS itself says for the same ratings at the same times.
    let fsrs = fsrs::FSRS::new(&[]).unwrap();
    let mut memory: Option<fsrs::MemoryState> = None;
    let mut last: Option<Timestamp> = None;
    let mut at: Timestamp = s.now.parse().unwrap();
    for (n, (rating, late_hours)) in TEN.iter().enumerate() {
        at = at
            .checked_add(SignedDuration::from_hours(*late_hours))
            .unwrap();
        s.set_now(&at.to_string());
        let elapsed = last.map_or(0, |l| ((at.as_second() - l.as_second()) / 86_400) as u32);
        let next = fsrs.next_states(memory, 0.9, elapsed).unwrap();
        let state = match *rating {
            "again" => next.again,
            "hard" => next.hard,
            "good" => next.good,
            _ => next.easy,
        };
        let interval = state.interval.round().max(1.0) as u32;
        let due = at
            .checked_add(SignedDuration::from_hours(24 * i64::from(interval)))
            .unwrap();

        let got = s.json(&["practice", "rate", "1", rating]);
        let review = &got["review"];
        assert_eq!(review["rating"], *rating, "review {}", n + 1);
        assert_eq!(review["elapsed_days"], elapsed, "review {}", n + 1);
        assert_eq!(review["interval_days"], interval, "review {}", n + 1);
        assert_eq!(ts(&review["due"]), due, "review {}", n + 1);
        let f = |v: &Value| v.as_f64().unwrap() as f32;
        assert_eq!(
            f(&review["memory"]["stability"]),
            state.memory.stability,
            "review {}",
            n + 1
        );
        assert_eq!(
            f(&review["memory"]["difficulty"]),
            state.memory.difficulty,
            "review {}",
            n + 1
        );
        assert_eq!(ts(&got["card"]["due"]), due);

        memory = Some(state.memory);
        last = Some(at);
        at = due;
    }
    let card = s.json(&["practice", "show", "1"]);
    assert_eq!(card["card"]["reps"], 10);
    assert_eq!(card["card"]["lapses"], 2);
    assert_eq!(card["reviews"].as_array().unwrap().len(), 10);
    // The schedule as a person reads it: each review, its interval, the next due time.
    insta::assert_snapshot!("ten_reviews_show", s.ok(&["practice", "show", "1"]));
}

#[test]
fn an_interview_coming_up_pulls_its_companys_cards_forward() {
    let mut s = debriefed();
    s.ok(&["practice", "rate", "1", "easy"]);
    s.ok(&["practice", "rate", "2", "easy"]);
    assert_eq!(
        s.json(&["practice", "next"])["due_now"],
        false,
        "both cards are days away"
    );
    s.ok(&[
        "outcome",
        "1",
        "second-round",
        "--at",
        "2026-11-29 10:00",
        "--kind",
        "technical",
    ]);
    let next = s.json(&["practice", "next"]);
    assert_eq!(next["due_now"], false);
    let card = &next["card"];
    assert_eq!(ts(&card["due_at"]), "2026-11-28T09:00:00Z".parse().unwrap());
    assert_eq!(
        ts(&card["pulled_for"]),
        "2026-11-29T09:00:00Z".parse().unwrap()
    );

    // The day before, both are due, and the agenda says so.
    s.set_now("2026-11-28T10:00:00Z");
    let next = s.json(&["practice", "next"]);
    assert_eq!(
        (next["due_now"].clone(), next["due_count"].clone()),
        (true.into(), 2.into())
    );
    assert_eq!(cards(&s, &["--due"]).len(), 2);
    let today = s.ok(&["today"]);
    assert!(
        today.contains("Practise 2 questions due for review"),
        "{today}"
    );
    assert!(today.contains("$ afterview practice"), "{today}");

    // Practised on the eve: fresh, not pulled again before that interview.
    s.ok(&["practice", "rate", "1", "good"]);
    s.ok(&["practice", "rate", "2", "good"]);
    assert_eq!(s.json(&["practice", "next"])["due_now"], false);
    let today = s.ok(&["today"]);
    assert!(!today.contains("Practise"), "{today}");
}

#[test]
fn a_backup_from_before_practice_restores_with_cards_from_its_debriefs() {
    let s = debriefed();
    s.ok(&["practice", "rate", "1", "good"]);
    let mut doc: Value = serde_json::from_str(&s.snapshot()).unwrap();
    assert_eq!(doc["version"], 4);
    assert_eq!(doc["practice_reviews"].as_array().unwrap().len(), 1);
    let obj = doc.as_object_mut().unwrap();
    obj.insert("version".into(), 3.into());
    obj.remove("practice_cards");
    obj.remove("practice_reviews");
    let file = s.path("v3.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let mut fresh = Sandbox::new();
    fresh.now = s.now.clone();
    fresh.ok(&["restore", file.to_str().unwrap()]);
    let list = cards(&fresh, &[]);
    assert_eq!(list.len(), 2, "one card per question of the latest debrief");
    assert_eq!(list[0]["reps"], 0, "new, since the old file had no reviews");
}

#[test]
fn bad_practice_input_is_explained_and_changes_nothing() {
    let s = debriefed();
    let before = s.snapshot();
    let err = s.fails(1, &["practice", "rate", "99", "good"]);
    assert!(err.contains("there is no practice card 99"), "{err}");
    assert!(err.contains("afterview practice list"), "{err}");
    let err = s.fails(2, &["practice", "rate", "1", "goood"]);
    assert!(
        err.contains("unknown rating 'goood'; did you mean 'good'?"),
        "{err}"
    );
    let err = s.fails(2, &["practice", "rate", "abc", "good"]);
    assert!(err.contains("is not an id"), "{err}");
    let err = s.fails(
        2,
        &["practice", "rate", "1", "good", "--at", "tomorrow 9am"],
    );
    assert!(err.contains("cannot be in the future"), "{err}");
    let err = s.fails(2, &["practice", "add", "   "]);
    assert!(err.contains("the question is empty"), "{err}");
    let long = "why ".repeat(600);
    let err = s.fails(2, &["practice", "add", &long]);
    assert!(err.contains("at most 2000"), "{err}");
    let err = s.fails(2, &["practice", "add", "Why us?", "--tag", "a/b"]);
    assert!(err.contains("tag"), "{err}");
    let err = s.fails(1, &["practice", "rm", "1"]);
    assert!(err.contains("comes from interview 1's debrief"), "{err}");
    let err = s.fails(1, &["practice", "list", "--company", "Acm"]);
    assert!(err.contains("did you mean 'Acme'"), "{err}");
    // Not a terminal: the drill says what to use instead, and does not wait.
    let err = s.fails(2, &["practice"]);
    assert!(err.contains("afterview practice next"), "{err}");
    assert!(err.contains("afterview practice rate"), "{err}");
    assert_eq!(s.snapshot(), before, "refused commands change nothing");
}
