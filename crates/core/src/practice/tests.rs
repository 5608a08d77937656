//! Tests of practice cards: ratings, question keys, reviews and the pull-forward.

use super::*;
use crate::debrief::BetterAnswer;
use proptest::prelude::*;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn card(due: &str) -> Card {
    Card {
        id: CardId(1),
        source: CardSource::Own,
        interview_id: None,
        application_id: None,
        company_id: None,
        question: "Tell me about a conflict".into(),
        answer: None,
        said: None,
        tags: Vec::new(),
        memory: None,
        due: at(due),
        last_review: None,
        reps: 0,
        lapses: 0,
        created_at: at(due),
        retired_at: None,
    }
}

fn step(interval_days: u32) -> Step {
    Step {
        memory: Memory {
            stability: 2.3,
            difficulty: 5.0,
        },
        interval_days,
    }
}

#[test]
fn ratings_read_words_numbers_and_letters_and_suggest_on_typos() {
    assert_eq!("again".parse::<Rating>().unwrap(), Rating::Again);
    assert_eq!("3".parse::<Rating>().unwrap(), Rating::Good);
    assert_eq!("E".parse::<Rating>().unwrap(), Rating::Easy);
    assert_eq!(Rating::Hard.number(), 2);
    let err = "goood".parse::<Rating>().unwrap_err().to_string();
    assert!(err.contains("did you mean 'good'"), "{err}");
    assert!(err.contains("again, hard, good, easy"), "{err}");
}

#[test]
fn questions_are_the_same_whatever_their_case_spacing_and_question_mark() {
    assert_eq!(
        question_key("  Tell me about  a Conflict? "),
        question_key("tell me about a conflict")
    );
    assert_ne!(
        question_key("Tell me about a conflict"),
        question_key("Tell me about a failure")
    );
}

#[test]
fn an_empty_or_oversized_question_is_refused_with_what_to_do() {
    let err = parse_question("   ").unwrap_err().to_string();
    assert!(err.contains("the question is empty"), "{err}");
    let long = "x".repeat(MAX_ITEM_CHARS + 1);
    let err = parse_question(&long).unwrap_err().to_string();
    assert!(err.contains("at most 2000"), "{err}");
    assert_eq!(parse_answer("answer", "  ").unwrap(), None);
}

#[test]
fn a_review_moves_the_due_time_by_whole_days_and_counts_lapses() {
    let c = card("2026-11-20T09:00:00Z");
    let (c, review) = c.reviewed(Rating::Good, at("2026-11-25T10:00:00Z"), step(3));
    assert_eq!(c.due, at("2026-11-28T10:00:00Z"));
    assert_eq!((c.reps, c.lapses), (1, 0));
    assert_eq!(review.elapsed_days, 0);
    // A first "again" is not a lapse; one after a review is.
    let (c, review) = c.reviewed(Rating::Again, at("2026-11-29T09:00:00Z"), step(0));
    assert_eq!(
        review.elapsed_days, 3,
        "3 days and 23 hours is 3 whole days"
    );
    assert_eq!(review.interval_days, 1, "at least a day");
    assert_eq!((c.reps, c.lapses), (2, 1));
}

#[test]
fn a_card_is_pulled_forward_to_the_day_before_an_interview_at_its_company() {
    let now = at("2026-11-25T10:00:00Z");
    let due = at("2026-12-20T10:00:00Z");
    let interview = at("2026-11-28T14:00:00Z");
    assert_eq!(
        effective_due(due, None, Some(interview), now),
        at("2026-11-27T14:00:00Z")
    );
    // No interview, or one beyond the window: the schedule stands.
    assert_eq!(effective_due(due, None, None, now), due);
    assert_eq!(
        effective_due(due, None, Some(at("2026-12-10T14:00:00Z")), now),
        due
    );
    // Reviewed in the three days before the interview: fresh enough.
    let close = at("2026-11-27T09:00:00Z");
    assert_eq!(
        effective_due(due, Some(at("2026-11-25T09:00:00Z")), Some(close), now),
        due
    );
    // Reviewed earlier than that: pulled all the same.
    assert_eq!(
        effective_due(due, Some(at("2026-11-24T10:00:00Z")), Some(interview), now),
        at("2026-11-27T14:00:00Z")
    );
    // Due sooner anyway: it stays sooner.
    let soon = at("2026-11-26T08:00:00Z");
    assert_eq!(effective_due(soon, None, Some(interview), now), soon);
}

#[test]
fn the_summary_counts_pulled_cards_and_finds_the_next_due_time() {
    let now = at("2026-11-25T10:00:00Z");
    let pulled_now = PullCandidate {
        card_id: CardId(1),
        due: at("2026-12-20T10:00:00Z"),
        last_review: None,
        next_interview: at("2026-11-26T09:00:00Z"),
    };
    let pulled_later = PullCandidate {
        card_id: CardId(2),
        next_interview: at("2026-11-28T09:00:00Z"),
        ..pulled_now
    };
    let s = PracticeSummary::new(
        2,
        Some(at("2026-11-30T00:00:00Z")),
        &[pulled_now, pulled_later],
        now,
    );
    assert_eq!(s.due, 3);
    assert_eq!(s.next_due, Some(at("2026-11-27T09:00:00Z")));
}

#[test]
fn cards_come_from_the_latest_debrief_once_per_question() {
    let mut content = Content::default();
    for (q, better, topic) in [
        (
            "Tell me about a conflict",
            Some("The migration story"),
            Some("conflict"),
        ),
        ("tell me about a conflict?", None, None),
        ("Why us?", None, Some("not a tag!")),
    ] {
        content.better.push(BetterAnswer {
            question: q.into(),
            said: None,
            better: better.map(str::to_owned),
            topic: topic.map(str::to_owned),
        });
    }
    let cards = debrief_cards(&content);
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[0].answer.as_deref(), Some("The migration story"));
    assert_eq!(cards[0].tags[0].as_str(), "conflict");
    assert!(cards[1].tags.is_empty());
}

proptest! {
    /// Whatever FSRS says, a review never makes a card due before the review.
    #[test]
    fn a_review_never_moves_due_before_the_review(
        interval in 0u32..100_000,
        offset in 0i64..400 * 86_400,
        rating in 0usize..4,
    ) {
        let c = card("2026-01-01T00:00:00Z");
        let when = at("2026-01-01T00:00:00Z").checked_add(SignedDuration::from_secs(offset)).unwrap();
        let (c, review) = c.reviewed(Rating::ALL[rating], when, step(interval));
        prop_assert!(c.due > when);
        prop_assert!(review.interval_days >= 1 && review.interval_days <= MAX_INTERVAL_DAYS);
        prop_assert_eq!(c.last_review, Some(when));
    }

    /// A pulled card is never due later than its schedule nor later than
    /// the day before the interview.
    #[test]
    fn the_pull_forward_is_never_later_than_the_interview_eve(
        due_h in 0i64..2_000,
        start_h in -48i64..400,
        reviewed_h in proptest::option::of(-400i64..0),
    ) {
        let now = at("2026-11-25T10:00:00Z");
        let h = |n: i64| now.checked_add(SignedDuration::from_hours(n)).unwrap();
        let start = h(start_h);
        let eff = effective_due(h(due_h), reviewed_h.map(h), Some(start), now);
        prop_assert!(eff <= h(due_h));
        let in_window = start_h > 0 && start_h <= 7 * 24;
        let fresh = reviewed_h.is_some_and(|r| r >= start_h - 3 * 24);
        if in_window && !fresh {
            prop_assert!(eff <= start.checked_sub(PULL_FORWARD_LEAD).unwrap());
        } else {
            prop_assert_eq!(eff, h(due_h));
        }
    }
}
