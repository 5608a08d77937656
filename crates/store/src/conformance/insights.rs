//! The conformance story of insights' read: every move of each
//! application, rounds and panels, each debrief's first save
//! with its latest rating, and the must-dos done after rounds, from marks
//! and from letters that went out.

use super::{NOW, add_app, new_contact, new_interview, one_round, t};
use crate::{
    ApplicationPort, ContactPort, FollowPort, InterviewPort, LetterPort, NewEvent, Store,
    Transaction,
};
use afterview_core::debrief::{Content, Rating};
use afterview_core::follow::{ActionKey, ActionMark, MarkState};
use afterview_core::insights::{DebriefFirst, Move, Step, StepDone};
use afterview_core::letter::{LetterKind, LetterState, LetterText, NewLetter, SentVia};
use afterview_core::*;

/// A debrief with only a rating.
fn rated(n: u8) -> Content {
    Content {
        rating: Some(Rating::new(n).expect("rating")),
        ..Content::default()
    }
}

/// A mark on an action about a round.
fn mark(
    key: ActionKey,
    state: MarkState,
    at: &str,
    app: ApplicationId,
    round: InterviewId,
) -> ActionMark {
    ActionMark {
        key,
        state,
        at: t(at),
        until: None,
        reason: None,
        application_id: Some(app),
        interview_id: Some(round),
    }
}

/// A search with a history read the way insights need it: every move (an
/// application that came back to `applied` has two), the latest rating
/// with the first save's time, done marks of the
/// three must-dos only, and sent thank-yous and follow-ups only.
pub async fn insight_facts_read_moves_rounds_ratings_and_done_steps<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, round, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    for (to, at) in [
        (ApplicationStatus::Ghosted, "2026-11-26T10:00:00Z"),
        (ApplicationStatus::Applied, "2026-11-27T10:00:00Z"),
        (ApplicationStatus::Interviewing, "2026-11-28T10:00:00Z"),
    ] {
        tx.append_event(&NewEvent {
            application_id: a.id,
            at: t(at),
            from_status: None,
            to_status: to,
            forced: false,
            note: None,
        })
        .await
        .unwrap();
    }
    let saved = add_app(&mut tx, acme.id, "Designer", ApplicationStatus::Saved).await;
    tx.insert_debrief(round.id, &rated(2), t("2026-12-01T15:00:00Z"))
        .await
        .unwrap();
    tx.insert_debrief(round.id, &rated(4), t("2026-12-02T09:00:00Z"))
        .await
        .unwrap();
    let unrated = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    tx.insert_debrief(
        unrated.id,
        &Content {
            notes: Some("short".into()),
            ..Content::default()
        },
        t("2026-12-08T15:00:00Z"),
    )
    .await
    .unwrap();
    let bob = tx
        .insert_contact(&new_contact("Bob Lee", None), t(NOW))
        .await
        .unwrap();
    tx.set_interviewer(&Interviewer {
        interview_id: round.id,
        contact_id: bob.id,
        role: InterviewerRole::Panelist,
    })
    .await
    .unwrap();
    let marks = [
        mark(
            ActionKey::of("thank", &[round.id.0, jane.id.0]),
            MarkState::Done,
            "2026-12-01T18:00:00Z",
            a.id,
            round.id,
        ),
        mark(
            ActionKey::of("followup", &[round.id.0]),
            MarkState::Done,
            "2026-12-01T19:00:00Z",
            a.id,
            round.id,
        ),
        // Not one of the three must-dos, or not done: left out.
        mark(
            ActionKey::of("nudge", &[round.id.0, 1]),
            MarkState::Done,
            "2026-12-09T09:00:00Z",
            a.id,
            round.id,
        ),
        mark(
            ActionKey::of("debrief", &[unrated.id.0]),
            MarkState::Snoozed,
            "2026-12-08T15:00:00Z",
            a.id,
            unrated.id,
        ),
    ];
    for m in &marks {
        tx.save_mark(m).await.unwrap();
    }
    // A thank-you to Bob that went out, and one to Jane still a draft.
    let letter = |to: &Contact| NewLetter {
        kind: LetterKind::Thanks,
        application_id: Some(a.id),
        interview_id: Some(round.id),
        contact_id: Some(to.id),
        action_key: None,
        to_name: to.name.to_string(),
        to_email: None,
        text: LetterText::new("Thank you", "Thank you for today.").expect("letter"),
    };
    let to_bob = tx.insert_letter(&letter(&bob), t(NOW)).await.unwrap();
    tx.insert_letter(&letter(&jane), t(NOW)).await.unwrap();
    tx.begin_sending(
        to_bob.id,
        &[LetterState::Draft],
        SentVia::Card,
        "<bob@example.com>",
        false,
        t("2026-12-01T20:00:00Z"),
    )
    .await
    .unwrap();
    tx.finish_sending(to_bob.id, t("2026-12-01T20:05:00Z"))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let facts = tx.insight_facts().await.unwrap();
    let mut moves = facts.moves.clone();
    moves.sort_by_key(|m| (m.application_id, m.at));
    let moved = |app: ApplicationId, status, at: &str| Move {
        application_id: app,
        status,
        at: t(at),
    };
    assert_eq!(
        moves,
        [
            moved(a.id, ApplicationStatus::Applied, NOW),
            moved(a.id, ApplicationStatus::Ghosted, "2026-11-26T10:00:00Z"),
            moved(a.id, ApplicationStatus::Applied, "2026-11-27T10:00:00Z"),
            moved(
                a.id,
                ApplicationStatus::Interviewing,
                "2026-11-28T10:00:00Z"
            ),
        ],
        "an application with no event ({}) has no move",
        saved.id
    );
    let mut rounds: Vec<(InterviewId, i64)> =
        facts.rounds.iter().map(|r| (r.id, r.round)).collect();
    rounds.sort();
    assert_eq!(rounds, [(round.id, 1), (unrated.id, 2)]);
    let r1 = facts.rounds.iter().find(|r| r.id == round.id).unwrap();
    assert_eq!(
        (r1.starts_at, r1.status),
        (round.starts_at, InterviewStatus::Scheduled)
    );
    assert_eq!(r1.created_at, t(NOW));
    let mut panels = facts.panels.clone();
    panels.sort();
    assert_eq!(panels, [(round.id, jane.id), (round.id, bob.id)]);
    let mut debriefs = facts.debriefs.clone();
    debriefs.sort_by_key(|d| d.interview_id);
    assert_eq!(
        debriefs,
        [
            DebriefFirst {
                interview_id: round.id,
                first_written_at: t("2026-12-01T15:00:00Z"),
                rating: Some(4)
            },
            DebriefFirst {
                interview_id: unrated.id,
                first_written_at: t("2026-12-08T15:00:00Z"),
                rating: None
            },
        ]
    );
    let mut done = facts.done.clone();
    done.sort_by_key(|d| d.at);
    assert_eq!(
        done,
        [
            StepDone {
                interview_id: round.id,
                step: Step::Thanks(jane.id),
                at: t("2026-12-01T18:00:00Z")
            },
            StepDone {
                interview_id: round.id,
                step: Step::FollowUp,
                at: t("2026-12-01T19:00:00Z")
            },
            StepDone {
                interview_id: round.id,
                step: Step::Thanks(bob.id),
                at: t("2026-12-01T20:05:00Z")
            },
        ]
    );
}
