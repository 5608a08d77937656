//! Conformance stories of practice cards: one card per interview and
//! question, a schedule and a review log that read back exactly (FSRS's
//! numbers to the bit), the first card due by index, the cards an upcoming
//! interview pulls forward, the count the agenda shows, and a backup that
//! carries it all to a fresh store.
//!
//! They use the pipeline stories' helpers and are listed in the same
//! [`conformance_tests!`](crate::conformance_tests).

use super::{NOW, add_app, add_company, new_interview, one_round, t};
use crate::{
    BackupPort, CardFilter, FactsQuery, FollowPort, InterviewPort, PracticePort, Store, StoreError,
    Transaction,
};
use afterview_core::practice::{
    Card, CardSource, Memory, NewCard, PULL_FORWARD_WITHIN, Rating, Step,
};
use afterview_core::*;

/// A card to add: from interview `from` when given, else of the person's own.
fn new_card(question: &str, from: Option<&Interview>, company: Option<CompanyId>) -> NewCard {
    NewCard {
        source: if from.is_some() {
            CardSource::Debrief
        } else {
            CardSource::Own
        },
        interview_id: from.map(|i| i.id),
        application_id: from.map(|i| i.application_id),
        company_id: company,
        question: question.to_owned(),
        answer: Some("The migration story, in STAR form".to_owned()),
        said: None,
        tags: vec![Tag::parse("conflict").unwrap()],
    }
}

/// A stability whose decimal form is long, to prove it reads back exactly.
const STABILITY: f32 = 7.0 / 3.0;

/// FSRS-like numbers, to prove they read back exactly.
fn step(days: u32) -> Step {
    Step {
        memory: Memory {
            stability: STABILITY,
            difficulty: 2.0 / 7.0 + 5.0,
        },
        interval_days: days,
    }
}

/// A card and its review read back as written: the schedule's numbers to
/// the bit, the review log in order, counted by time; a second card for the
/// same interview and question (ignoring case and the question mark) is a
/// conflict; removing a card removes its reviews.
pub async fn practice_cards_keep_their_schedule_and_reviews<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, _, i, _) = one_round(&mut tx, None, InterviewerRole::Interviewer).await;
    let card = tx
        .insert_card(
            &new_card("Tell me about a conflict", Some(&i), Some(acme.id)),
            t(NOW),
        )
        .await
        .unwrap();
    assert_eq!(card.due, t(NOW), "a new card is due at once");
    assert_eq!((card.reps, card.memory), (0, None));
    let err = tx
        .insert_card(
            &new_card("tell me about a CONFLICT?", Some(&i), Some(acme.id)),
            t(NOW),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    // The refused insert left the transaction usable.
    let own = tx
        .insert_card(&new_card("Why us?", None, None), t(NOW))
        .await
        .unwrap();
    let (reviewed, review) = card.reviewed(Rating::Good, t("2026-11-25T11:00:00Z"), step(3));
    tx.update_card(&reviewed).await.unwrap();
    let logged = tx.insert_review(&review).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let back: Card = tx.card(card.id).await.unwrap().unwrap();
    assert_eq!(back, reviewed);
    assert_eq!(
        back.memory.unwrap().stability.to_bits(),
        STABILITY.to_bits()
    );
    assert_eq!(tx.reviews(card.id).await.unwrap(), vec![logged.clone()]);
    assert_eq!(
        tx.reviews_between(t("2026-11-25T00:00:00Z"), t("2026-11-26T00:00:00Z"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        tx.reviews_between(t("2026-11-25T11:00:01Z"), t("2026-11-26T00:00:00Z"))
            .await
            .unwrap(),
        0,
        "the window's start is inclusive, the review is before it"
    );
    assert_eq!(tx.cards_of_interview(i.id).await.unwrap(), vec![reviewed]);
    drop(tx);

    let mut tx = store.write().await.unwrap();
    assert!(tx.delete_card(card.id).await.unwrap());
    assert!(!tx.delete_card(card.id).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert!(tx.reviews(card.id).await.unwrap().is_empty());
    assert!(tx.card(own.id).await.unwrap().is_some());
}

/// Lists filter by tag, company, due time and retirement, by due time; the
/// first card due is the earliest live one.
pub async fn practice_cards_list_by_due_time_and_filter<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, _, i, _) = one_round(&mut tx, None, InterviewerRole::Interviewer).await;
    let a = tx
        .insert_card(&new_card("First?", Some(&i), Some(acme.id)), t(NOW))
        .await
        .unwrap();
    let mut b = tx
        .insert_card(&new_card("Second?", None, None), t(NOW))
        .await
        .unwrap();
    b.tags = vec![Tag::parse("system-design").unwrap()];
    b.due = t("2026-11-20T09:00:00Z");
    tx.update_card(&b).await.unwrap();
    let mut c = tx
        .insert_card(&new_card("Third?", Some(&i), Some(acme.id)), t(NOW))
        .await
        .unwrap();
    c.retired_at = Some(t(NOW));
    c.due = t("2026-11-01T09:00:00Z");
    tx.update_card(&c).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let ids = |rows: Vec<crate::CardRow>| rows.into_iter().map(|r| r.card.id).collect::<Vec<_>>();
    let all = tx.list_cards(&CardFilter::default()).await.unwrap();
    assert_eq!(all[1].company.as_deref(), Some("Acme"));
    assert_eq!(ids(all), [b.id, a.id], "by due time; retired left out");
    let tagged = CardFilter {
        tag: Some(Tag::parse("conflict").unwrap()),
        ..CardFilter::default()
    };
    assert_eq!(ids(tx.list_cards(&tagged).await.unwrap()), [a.id]);
    let at_acme = CardFilter {
        company: Some(acme.id),
        retired: true,
        ..CardFilter::default()
    };
    assert_eq!(ids(tx.list_cards(&at_acme).await.unwrap()), [c.id, a.id]);
    let due_before = CardFilter {
        due_by: Some(t("2026-11-24T00:00:00Z")),
        ..CardFilter::default()
    };
    assert_eq!(ids(tx.list_cards(&due_before).await.unwrap()), [b.id]);
    let first = tx.first_due_card().await.unwrap().unwrap();
    assert_eq!(first.card.id, b.id, "the retired card is never next");
}

/// A company's interview within the window pulls its cards forward: they
/// are candidates with the interview's start, they count in the agenda's
/// facts once the day before it has come, and a card reviewed in the few
/// days before the interview is not pulled again.
pub async fn an_upcoming_interview_pulls_its_companys_cards_forward<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    // The round in `one_round` starts 2026-12-01 13:00, six days after NOW.
    let (acme, app, i, _) = one_round(&mut tx, None, InterviewerRole::Interviewer).await;
    let initech = add_company(&mut tx, "Initech").await;
    let other = add_app(&mut tx, initech.id, "SRE", ApplicationStatus::Applied).await;
    let far = tx
        .insert_interview(&new_interview(other.id, "2026-12-20T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let later = |q: &str, from: &Interview, company: CompanyId| {
        let mut c = new_card(q, Some(from), Some(company));
        c.application_id = Some(from.application_id);
        c
    };
    let acme_card = tx
        .insert_card(&later("Acme question?", &i, acme.id), t(NOW))
        .await
        .unwrap();
    let initech_card = tx
        .insert_card(&later("Initech question?", &far, initech.id), t(NOW))
        .await
        .unwrap();
    // Both were reviewed long ago and are due in a month by their schedule.
    for card in [&acme_card, &initech_card] {
        let mut c = card.clone();
        c.last_review = Some(t("2026-11-01T09:00:00Z"));
        c.due = t("2026-12-25T09:00:00Z");
        tx.update_card(&c).await.unwrap();
    }
    assert_eq!(app.company_id, acme.id);
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let until = t(NOW) + PULL_FORWARD_WITHIN;
    let candidates = tx.pull_candidates(t(NOW), until).await.unwrap();
    assert_eq!(candidates.len(), 1, "Initech's round is beyond the window");
    assert_eq!(candidates[0].card_id, acme_card.id);
    assert_eq!(candidates[0].next_interview, i.starts_at);
    assert_eq!(
        candidates[0].effective_due(t(NOW)),
        t("2026-11-30T13:00:00Z")
    );
    let summary = tx.practice_summary(t(NOW)).await.unwrap();
    assert_eq!(summary.due, 0);
    assert_eq!(summary.next_due, Some(t("2026-11-30T13:00:00Z")));
    // The day before the round, the pulled card is due, and the agenda sees it.
    let eve = t("2026-11-30T14:00:00Z");
    assert_eq!(tx.practice_summary(eve).await.unwrap().due, 1);
    let facts = tx
        .agenda_facts(&FactsQuery {
            now: eve,
            week_start: t("2026-11-30T00:00:00Z"),
            recruiters_since: None,
            since: None,
        })
        .await
        .unwrap();
    assert_eq!(facts.practice.due, 1);
    drop(tx);

    // Practised two days before the round: fresh, not pulled again.
    let mut tx = store.write().await.unwrap();
    let mut c = tx.card(acme_card.id).await.unwrap().unwrap();
    c.last_review = Some(t("2026-11-29T09:00:00Z"));
    tx.update_card(&c).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.practice_summary(eve).await.unwrap().due, 0);
}

/// A backup carries cards, their schedules and their reviews to a fresh
/// store byte for byte, and new reviews there continue after the restored ids.
pub async fn a_backup_carries_practice_to_a_fresh_store<S: Store>(store: &S, fresh: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, _, i, _) = one_round(&mut tx, None, InterviewerRole::Interviewer).await;
    let mut debrief = afterview_core::debrief::Content::default();
    debrief.went_well.push("rapport".into());
    tx.insert_debrief(i.id, &debrief, t(NOW)).await.unwrap();
    let card = tx
        .insert_card(&new_card("Why Acme?", Some(&i), Some(acme.id)), t(NOW))
        .await
        .unwrap();
    let (card, review) = card.reviewed(Rating::Hard, t(NOW), step(1));
    tx.update_card(&card).await.unwrap();
    tx.insert_review(&review).await.unwrap();
    let backup = tx.export().await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        (backup.practice_cards.len(), backup.practice_reviews.len()),
        (1, 1)
    );

    let mut tx = fresh.write().await.unwrap();
    tx.restore(&backup).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = fresh.write().await.unwrap();
    assert!(!tx.is_empty().await.unwrap());
    assert_eq!(tx.export().await.unwrap(), backup);
    let (card, review) = card.reviewed(Rating::Good, t("2026-11-27T10:00:00Z"), step(4));
    tx.update_card(&card).await.unwrap();
    let next = tx.insert_review(&review).await.unwrap();
    assert!(
        next.id > backup.practice_reviews[0].id,
        "review ids continue"
    );
    let extra = tx
        .insert_card(&new_card("Own one?", None, None), t(NOW))
        .await
        .unwrap();
    assert!(extra.id > card.id, "card ids continue");
    tx.commit().await.unwrap();
}
