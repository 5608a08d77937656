//! Insights on small searches built by hand, and properties over random ones.

use super::*;
use crate::application::ApplicationStatus as A;
use jiff::SignedDuration;

fn t(s: &str) -> Timestamp {
    s.parse().expect("test instant")
}

const NOW: &str = "2026-11-25T10:00:00Z";

/// A search built move by move.
#[derive(Default)]
struct Search {
    facts: InsightFacts,
    next_round: i64,
}

impl Search {
    fn moved(&mut self, app: i64, status: A, at: &str) -> &mut Self {
        self.facts.moves.push(Move {
            application_id: ApplicationId(app),
            status,
            at: t(at),
        });
        self
    }

    /// A round of `app` that took place at `start` (45 minutes), invited at `invited`.
    fn round(&mut self, app: i64, round: i64, start: &str, invited: &str) -> InterviewId {
        self.next_round += 1;
        let starts_at = t(start);
        self.facts.rounds.push(RoundFact {
            id: InterviewId(self.next_round),
            application_id: ApplicationId(app),
            round,
            status: InterviewStatus::Done,
            starts_at,
            ends_at: starts_at + SignedDuration::from_mins(45),
            created_at: t(invited),
        });
        InterviewId(self.next_round)
    }

    fn done(&mut self, round: InterviewId, step: Step, at: &str) -> &mut Self {
        self.facts.done.push(StepDone {
            interview_id: round,
            step,
            at: t(at),
        });
        self
    }

    fn debrief(&mut self, round: InterviewId, at: &str, rating: Option<u8>) -> &mut Self {
        self.facts.debriefs.push(DebriefFirst {
            interview_id: round,
            first_written_at: t(at),
            rating,
        });
        self
    }

    fn run(&self) -> Insights {
        insights(&self.facts, t(NOW), &TimeZone::UTC, &Policy::default())
    }
}

#[test]
fn an_empty_search_has_nothing_to_say_yet() {
    let got = Search::default().run();
    assert_eq!(got.applications, 0);
    assert!(
        got.funnel
            .iter()
            .all(|s| s.count == 0 && s.of_applied.is_none())
    );
    assert!(
        got.response_times
            .iter()
            .all(|s| s.n == 0 && s.median_days.is_none())
    );
    assert!(got.ratings.is_empty() && got.rating_months.is_empty());
    assert_eq!(got.follow_through.rounds, 0);
    assert_eq!(got.follow_through.rate, None);
    assert!(got.follow_through.verdict.starts_with("Too few to tell"));
}

#[test]
fn the_funnel_counts_each_application_at_the_furthest_stage_it_reached() {
    let mut s = Search::default();
    // 1: all the way to hired. 2: rejected after applying. 3: saved only.
    // 4: still applied, but a round took place: it was interviewed.
    s.moved(1, A::Saved, "2026-09-01T10:00:00Z")
        .moved(1, A::Applied, "2026-09-02T10:00:00Z")
        .moved(1, A::Interviewing, "2026-09-10T10:00:00Z")
        .moved(1, A::Offer, "2026-10-01T10:00:00Z")
        .moved(1, A::Hired, "2026-10-05T10:00:00Z")
        .moved(2, A::Applied, "2026-09-03T10:00:00Z")
        .moved(2, A::Rejected, "2026-09-06T10:00:00Z")
        .moved(3, A::Saved, "2026-09-03T10:00:00Z")
        .moved(4, A::Applied, "2026-09-03T10:00:00Z");
    s.round(4, 1, "2026-09-20T10:00:00Z", "2026-09-13T10:00:00Z");
    let got = s.run();
    assert_eq!(got.applications, 4);
    assert_eq!(got.never_sent, 1);
    let counts: Vec<u32> = got.funnel.iter().map(|f| f.count).collect();
    assert_eq!(counts, [3, 2, 1, 1]);
    assert_eq!(got.funnel[1].of_previous, Some(2.0 / 3.0));
    assert_eq!(got.funnel[3].of_applied, Some(1.0 / 3.0));
    assert_eq!(got.funnel[0].of_previous, None);
}

#[test]
fn response_times_are_medians_in_days_with_what_is_still_open() {
    let mut s = Search::default();
    // First answers after 1, 3 and 8 days; one application never heard back.
    s.moved(1, A::Applied, "2026-09-01T00:00:00Z")
        .moved(1, A::Rejected, "2026-09-02T00:00:00Z")
        .moved(2, A::Applied, "2026-09-01T00:00:00Z")
        .moved(2, A::Interviewing, "2026-09-04T00:00:00Z")
        .moved(3, A::Applied, "2026-09-01T00:00:00Z")
        .moved(4, A::Applied, "2026-09-01T00:00:00Z")
        .moved(4, A::Offer, "2026-09-20T00:00:00Z")
        .moved(4, A::Hired, "2026-09-22T12:00:00Z");
    // Application 4's invitation came on day 8, before its status moved.
    let r = s.round(4, 1, "2026-09-12T09:00:00Z", "2026-09-09T00:00:00Z");
    let got = s.run();
    let first = &got.response_times[0];
    assert_eq!((first.n, first.open), (3, 1));
    assert_eq!(first.median_days, Some(3.0));
    assert_eq!(first.p75_days, Some(8.0));
    // The round ended 09:45 on the 12th; the offer came on the 20th.
    let after = &got.response_times[1];
    assert_eq!((after.n, after.open), (1, 0));
    assert_eq!(after.median_days, Some(7.6));
    let offer = &got.response_times[2];
    assert_eq!((offer.n, offer.median_days), (1, Some(2.5)));
    assert!(got.follow_through.rounds == 1 && r.0 == 1);
}

#[test]
fn follow_through_counts_only_closed_windows_and_judges_each_habit() {
    let mut s = Search::default();
    s.moved(1, A::Applied, "2026-09-01T00:00:00Z");
    // Round 1: everything on time. Ends 10:45.
    let on_time = s.round(1, 1, "2026-10-01T10:00:00Z", "2026-09-20T00:00:00Z");
    s.debrief(on_time, "2026-10-01T12:00:00Z", Some(4))
        .done(on_time, Step::Thanks(ContactId(7)), "2026-10-01T18:00:00Z")
        .done(on_time, Step::FollowUp, "2026-10-02T09:00:00Z");
    s.facts.panels.push((on_time, ContactId(7)));
    // Round 2: debrief late, one of two interviewers never thanked.
    let late = s.round(1, 2, "2026-10-10T10:00:00Z", "2026-10-02T10:00:00Z");
    s.debrief(late, "2026-10-11T09:00:00Z", Some(2))
        .done(late, Step::Thanks(ContactId(7)), "2026-10-10T18:00:00Z")
        .done(late, Step::FollowUp, "2026-10-10T18:00:00Z");
    s.facts.panels.push((late, ContactId(7)));
    s.facts.panels.push((late, ContactId(8)));
    // Round 3 ended an hour ago: its windows are still open.
    s.round(1, 3, "2026-11-25T08:15:00Z", "2026-10-12T10:00:00Z");
    let got = s.run().follow_through;
    assert_eq!((got.rounds, got.full), (2, 1));
    assert_eq!(got.rate, Some(0.5));
    let debrief = &got.habits[0];
    assert_eq!((debrief.on_time, debrief.late, debrief.missed), (1, 1, 0));
    let thanks = &got.habits[1];
    assert_eq!((thanks.on_time, thanks.missed), (1, 1));
    assert_eq!(got.habits[2].on_time, 2);
    // Rounds 1 and 2 each led to a later round; round 3 has no outcome yet.
    assert_eq!(got.by_follow_through[0].n, 1);
    assert_eq!(got.by_follow_through[1].moved_on, 1);
    assert!(!got.by_follow_through[0].enough);
    assert!(got.verdict.contains("Too few to tell"), "{}", got.verdict);
    assert_eq!(got.by_rating[3].n, 1);
    assert_eq!(got.by_rating[1].moved_on, 1);
}

#[test]
fn a_marked_debrief_counts_and_a_round_with_nobody_named_needs_no_thanks() {
    let mut s = Search::default();
    s.moved(1, A::Applied, "2026-09-01T00:00:00Z");
    let r = s.round(1, 1, "2026-10-01T10:00:00Z", "2026-09-20T00:00:00Z");
    s.done(r, Step::Debrief, "2026-10-01T11:00:00Z").done(
        r,
        Step::FollowUp,
        "2026-10-01T16:00:00Z",
    );
    let got = s.run().follow_through;
    assert_eq!(got.full, 1);
    assert_eq!(got.habits[1].not_needed, 1);
    assert_eq!(got.habits[1].rate, None);
}

#[test]
fn the_verdict_compares_only_groups_big_enough() {
    let mut s = Search::default();
    // Twelve applications with full follow-through that moved on, twelve
    // without that were rejected.
    for app in 1..=24 {
        s.moved(app, A::Applied, "2026-09-01T00:00:00Z");
        let r = s.round(app, 1, "2026-10-01T10:00:00Z", "2026-09-20T00:00:00Z");
        if app <= 12 {
            s.debrief(r, "2026-10-01T11:00:00Z", Some(4))
                .done(r, Step::FollowUp, "2026-10-01T16:00:00Z")
                .moved(app, A::Offer, "2026-10-08T00:00:00Z");
        } else {
            s.moved(app, A::Rejected, "2026-10-08T00:00:00Z");
        }
    }
    let got = s.run().follow_through;
    assert!(got.by_follow_through.iter().all(|g| g.enough && g.n == 12));
    assert!(
        got.verdict
            .contains("more often: 100% of 12 against 0% of 12"),
        "{}",
        got.verdict
    );
}

#[test]
fn ratings_come_by_interview_date_with_monthly_means_in_the_zone() {
    let mut s = Search::default();
    let a = s.round(1, 1, "2026-10-31T23:30:00Z", "2026-10-01T00:00:00Z");
    let b = s.round(1, 2, "2026-10-05T10:00:00Z", "2026-10-01T00:00:00Z");
    let c = s.round(2, 1, "2026-11-03T10:00:00Z", "2026-10-01T00:00:00Z");
    let d = s.round(3, 1, "2026-11-04T10:00:00Z", "2026-10-01T00:00:00Z");
    s.debrief(a, "2026-11-01T01:00:00Z", Some(5))
        .debrief(b, "2026-10-05T12:00:00Z", Some(2))
        .debrief(c, "2026-11-03T12:00:00Z", Some(3))
        .debrief(d, "2026-11-04T12:00:00Z", None);
    let zone = TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::fixed(jiff::tz::offset(1)));
    let got = insights(&s.facts, t(NOW), &zone, &Policy::default());
    let dates: Vec<(&str, u8)> = got
        .ratings
        .iter()
        .map(|p| (p.date.as_str(), p.rating))
        .collect();
    // 23:30 UTC on 31 October is 1 November in Berlin.
    assert_eq!(
        dates,
        [("2026-10-05", 2), ("2026-11-01", 5), ("2026-11-03", 3)]
    );
    let months: Vec<(&str, f64, u32)> = got
        .rating_months
        .iter()
        .map(|m| (m.month.as_str(), m.average, m.n))
        .collect();
    assert_eq!(months, [("2026-10", 2.0, 1), ("2026-11", 4.0, 2)]);
}

#[test]
fn counts_in_sentences_set_thousands_apart() {
    assert_eq!(thousands(26_243), "26,243");
    assert_eq!(thousands(699), "699");
    assert_eq!(thousands(0), "0");
}

#[test]
fn action_keys_name_their_step() {
    assert_eq!(
        Step::from_key("thank-12-7"),
        Some((InterviewId(12), Step::Thanks(ContactId(7))))
    );
    assert_eq!(
        Step::from_key("followup-12"),
        Some((InterviewId(12), Step::FollowUp))
    );
    assert_eq!(
        Step::from_key("debrief-3"),
        Some((InterviewId(3), Step::Debrief))
    );
    for other in [
        "nudge-12-1",
        "thank-12",
        "debrief-x",
        "followup-1-2",
        "weekly-2026w48",
    ] {
        assert_eq!(Step::from_key(other), None, "{other}");
    }
}

proptest::proptest! {
    /// Whatever the moves and rounds, the funnel never widens, every share
    /// is between 0 and 1, and the follow-through adds up.
    #[test]
    fn the_funnel_never_widens_and_shares_stay_in_range(
        moves in proptest::collection::vec((1i64..20, 0usize..8, 0i64..400), 0..80),
        rounds in proptest::collection::vec((1i64..20, 1i64..4, 0i64..400, 0i64..30), 0..40),
        done in proptest::collection::vec((0usize..40, 0u8..3, 0i64..200), 0..60),
    ) {
        let base = t("2026-01-01T00:00:00Z");
        let day = |d: i64| base + SignedDuration::from_hours(24 * d);
        let mut facts = InsightFacts::default();
        for (app, status, d) in moves {
            facts.moves.push(Move { application_id: ApplicationId(app), status: A::ALL[status], at: day(d) });
        }
        for (i, (app, round, d, wait)) in rounds.iter().enumerate() {
            facts.rounds.push(RoundFact {
                id: InterviewId(i as i64 + 1),
                application_id: ApplicationId(*app),
                round: *round,
                status: InterviewStatus::Done,
                starts_at: day(*d),
                ends_at: day(*d) + SignedDuration::from_hours(1),
                created_at: day(d - wait),
            });
            facts.debriefs.push(DebriefFirst { interview_id: InterviewId(i as i64 + 1), first_written_at: day(*d), rating: Some((i % 5) as u8 + 1) });
        }
        for (round, step, hours) in done {
            let Some(r) = facts.rounds.get(round) else { continue };
            let step = match step { 0 => Step::Debrief, 1 => Step::FollowUp, _ => Step::Thanks(ContactId(1)) };
            facts.done.push(StepDone { interview_id: r.id, step, at: r.ends_at + SignedDuration::from_hours(hours) });
        }
        let got = insights(&facts, day(500), &TimeZone::UTC, &Policy::default());
        for pair in got.funnel.windows(2) {
            proptest::prop_assert!(pair[1].count <= pair[0].count);
        }
        let shares = got.funnel.iter().flat_map(|f| [f.of_previous, f.of_applied]);
        for s in shares.flatten() {
            proptest::prop_assert!((0.0..=1.0).contains(&s));
        }
        let ft = &got.follow_through;
        proptest::prop_assert!(ft.full <= ft.rounds);
        for h in &ft.habits {
            proptest::prop_assert_eq!(h.on_time + h.late + h.missed + h.not_needed, ft.rounds);
        }
        let outcomes: u32 = ft.by_follow_through.iter().map(|g| g.n).sum();
        proptest::prop_assert!(outcomes <= ft.rounds);
        for s in &got.response_times {
            if let (Some(m), Some(p)) = (s.median_days, s.p75_days) {
                proptest::prop_assert!(m >= 0.0 && m <= p);
            }
        }
        proptest::prop_assert_eq!(got.ratings.len(), facts.rounds.len());
    }
}
