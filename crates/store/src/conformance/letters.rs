//! Conformance stories of letters: a draft that changes until it goes out,
//! the move to `sending` that only one sender wins, the Message-ID that
//! survives a failed attempt, and the names a letter is proofread against.
//!
//! They sit apart from the pipeline stories only to keep each file short;
//! they use the same helpers and are listed in the same
//! [`conformance_tests!`](crate::conformance_tests). Each one does what a
//! command does (edit a draft, send it, send it again after a refusal,
//! remove an application) and checks what the person would then see: the
//! letter's state and text, a refusal that changed nothing, the letters
//! listed newest first.

use super::{NOW, add_app, add_company, new_contact, new_interview, one_round, t};
use crate::{ApplicationPort, ContactPort, InterviewPort, LetterFilter, Store, StoreError};
use crate::{LetterPort, Transaction};
use afterview_core::follow::ActionKey;
use afterview_core::letter::{Letter, LetterKind, LetterState, LetterText, NewLetter, SentVia};
use afterview_core::*;

/// A letter's text, checked.
fn text(subject: &str, body: &str) -> LetterText {
    LetterText::new(subject, body).expect("test letter text")
}

/// A thank-you to `to` about an interview of `app`.
fn thanks(app: ApplicationId, interview: InterviewId, to: &Contact, body: &str) -> NewLetter {
    NewLetter {
        kind: LetterKind::Thanks,
        application_id: Some(app),
        interview_id: Some(interview),
        contact_id: Some(to.id),
        action_key: Some(ActionKey::of("thank", &[interview.0, to.id.0])),
        to_name: to.name.to_string(),
        to_email: to.email.clone(),
        text: text("Thank you for the interview", body),
    }
}

/// Asserts that a store call was refused as a conflict whose message says
/// `words`.
fn conflict<T: std::fmt::Debug>(result: crate::Result<T>, words: &str) {
    match result {
        Err(StoreError::Conflict(message)) => {
            assert!(message.contains(words), "{message:?} should say {words:?}")
        }
        other => panic!("expected a conflict saying {words:?}, got {other:?}"),
    }
}

/// One round at Acme with Jane on it, and a draft thank-you to her.
async fn a_draft<T: Transaction>(tx: &mut T) -> (Application, Interview, Contact, Letter) {
    let (_, a, i, jane) =
        one_round(tx, Some("jane@acme.com"), InterviewerRole::HiringManager).await;
    let letter = tx
        .insert_letter(
            &thanks(a.id, i.id, &jane, "Dear Jane,\n\nThank you.\n"),
            t(NOW),
        )
        .await
        .expect("insert letter");
    (a, i, jane, letter)
}

/// A draft reads back as written and its text can change; once it is being
/// sent it can no longer be edited or removed, and once sent it stays on
/// record (never edited, never removed) and can only be marked replied. A
/// draft and a letter that failed can be removed.
pub async fn a_draft_changes_until_it_goes_out<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (a, i, jane, draft) = a_draft(&mut tx).await;
    tx.commit().await.unwrap();
    assert_eq!(draft.state, LetterState::Draft);
    assert_eq!(draft.kind, LetterKind::Thanks);
    assert_eq!(draft.to_name, "Jane Doe");
    assert_eq!(
        draft.to_email.as_ref().map(Email::as_str),
        Some("jane@acme.com")
    );
    assert_eq!(draft.body, "Dear Jane,\n\nThank you.\n");
    assert_eq!(
        (draft.application_id, draft.interview_id),
        (Some(a.id), Some(i.id))
    );
    assert_eq!(draft.contact_id, Some(jane.id));
    assert_eq!(
        draft.action_key.as_ref().map(ActionKey::as_str),
        Some("thank-1-1")
    );
    assert_eq!((draft.via, draft.message_id.as_deref()), (None, None));
    assert_eq!((draft.sent_at, draft.replied_at), (None, None));
    assert!(!draft.forced);
    assert_eq!(draft.created_at, t(NOW));

    // Edited, twice: the last text stands.
    let mut tx = store.write().await.unwrap();
    let edited = text(
        "Thank you, Jane",
        "Dear Jane,\n\nThank you for Tuesday — café and all.\n",
    );
    let later = t("2026-11-25T11:00:00Z");
    tx.update_letter_text(draft.id, &text("x", "first edit\n"), later)
        .await
        .unwrap();
    let saved = tx
        .update_letter_text(draft.id, &edited, later)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(saved.subject, "Thank you, Jane");
    assert_eq!(saved.updated_at, later);
    assert_eq!(saved.created_at, t(NOW), "drafting time stays");
    let mut tx = store.read().await.unwrap();
    let stored = tx.letter(draft.id).await.unwrap().unwrap();
    assert_eq!(stored, saved);
    assert_eq!(
        stored.body,
        "Dear Jane,\n\nThank you for Tuesday — café and all.\n"
    );
    drop(tx);

    // Being sent: the text is fixed and it cannot be removed.
    let mut tx = store.write().await.unwrap();
    let sending = tx
        .begin_sending(
            draft.id,
            &[LetterState::Draft, LetterState::Failed],
            SentVia::Email,
            "<first@example.com>",
            false,
            later,
        )
        .await
        .unwrap();
    assert_eq!(sending.state, LetterState::Sending);
    assert_eq!(sending.via, Some(SentVia::Email));
    assert_eq!(sending.sent_at, None, "not sent until the server took it");
    conflict(
        tx.update_letter_text(draft.id, &text("Late", "too late\n"), later)
            .await,
        "only a draft can be edited",
    );
    conflict(
        tx.delete_letter(draft.id).await,
        "only drafts can be removed",
    );
    conflict(
        tx.mark_replied(draft.id, later).await,
        "only a sent letter gets a reply",
    );
    tx.commit().await.unwrap();

    // Sent: on record for good, and it can be answered.
    let sent_at = t("2026-11-25T11:00:05Z");
    let mut tx = store.write().await.unwrap();
    let sent = tx.finish_sending(draft.id, sent_at).await.unwrap();
    assert_eq!(sent.state, LetterState::Sent);
    assert_eq!(sent.sent_at, Some(sent_at));
    assert_eq!(sent.message_id.as_deref(), Some("<first@example.com>"));
    conflict(
        tx.update_letter_text(draft.id, &text("Late", "too late\n"), sent_at)
            .await,
        "is sent",
    );
    conflict(tx.delete_letter(draft.id).await, "is sent");
    conflict(tx.finish_sending(draft.id, sent_at).await, "not being sent");
    conflict(
        tx.fail_sending(draft.id, "late", sent_at).await,
        "not being sent",
    );
    let replied_at = t("2026-11-27T08:00:00Z");
    let replied = tx.mark_replied(draft.id, replied_at).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(replied.replied_at, Some(replied_at));
    assert_eq!(replied.state, LetterState::Sent);
    let mut tx = store.read().await.unwrap();
    let stored = tx.letter(draft.id).await.unwrap().unwrap();
    assert_eq!(stored.body, saved.body, "refused edits changed nothing");
    assert_eq!(stored.replied_at, Some(replied_at));
    drop(tx);

    // A draft and a letter that failed can be removed; a removed letter is gone.
    let mut tx = store.write().await.unwrap();
    let second = tx
        .insert_letter(&thanks(a.id, i.id, &jane, "Dear Jane,\n\nAgain.\n"), t(NOW))
        .await
        .unwrap();
    let third = tx
        .insert_letter(
            &thanks(a.id, i.id, &jane, "Dear Jane,\n\nOnce more.\n"),
            t(NOW),
        )
        .await
        .unwrap();
    tx.begin_sending(
        third.id,
        &[LetterState::Draft],
        SentVia::Email,
        "<third@example.com>",
        false,
        later,
    )
    .await
    .unwrap();
    let failed = tx
        .fail_sending(third.id, "550 5.7.1 rejected", later)
        .await
        .unwrap();
    assert_eq!(failed.state, LetterState::Failed);
    let refixed = tx
        .update_letter_text(third.id, &text("Fixed", "Dear Jane,\n\nFixed.\n"), later)
        .await
        .unwrap();
    assert_eq!(refixed.subject, "Fixed", "a failed letter can be edited");
    assert!(tx.delete_letter(second.id).await.unwrap());
    assert!(tx.delete_letter(third.id).await.unwrap());
    assert!(!tx.delete_letter(second.id).await.unwrap(), "already gone");
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert!(tx.letter(second.id).await.unwrap().is_none());
    assert!(tx.letter(third.id).await.unwrap().is_none());
    let left: Vec<LetterId> = tx
        .list_letters(&LetterFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|r| r.letter.id)
        .collect();
    assert_eq!(left, [draft.id]);
}

/// Moving to `sending` is guarded by the letter's state: from the wrong
/// state it is a conflict that changes nothing, and of two senders who both
/// saw a draft only the first wins. The Message-ID fixed by the first
/// attempt is kept through a refusal and every later attempt, so a resent
/// letter is recognisably the same message.
pub async fn only_one_sender_wins_and_the_message_id_is_kept<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (_, _, _, draft) = a_draft(&mut tx).await;
    tx.commit().await.unwrap();
    let when = t("2026-11-25T12:00:00Z");
    let ways = [LetterState::Draft, LetterState::Failed];

    // From the wrong state: refused, and the letter is still a draft.
    let mut tx = store.write().await.unwrap();
    conflict(
        tx.begin_sending(
            draft.id,
            &[LetterState::Sending],
            SentVia::Email,
            "<x@example.com>",
            false,
            when,
        )
        .await,
        "cannot be sent now",
    );
    conflict(tx.finish_sending(draft.id, when).await, "not being sent");
    conflict(
        tx.fail_sending(draft.id, "no", when).await,
        "not being sent",
    );
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let still = tx.letter(draft.id).await.unwrap().unwrap();
    assert_eq!(still.state, LetterState::Draft);
    assert_eq!(still.message_id, None);
    drop(tx);

    // Two senders saw the draft; the first one's move is committed, the
    // second one's is refused and leaves the first one's Message-ID.
    let mut first = store.write().await.unwrap();
    let won = first
        .begin_sending(
            draft.id,
            &ways,
            SentVia::Email,
            "<first@example.com>",
            false,
            when,
        )
        .await
        .unwrap();
    first.commit().await.unwrap();
    assert_eq!(won.message_id.as_deref(), Some("<first@example.com>"));
    let mut second = store.write().await.unwrap();
    conflict(
        second
            .begin_sending(
                draft.id,
                &ways,
                SentVia::Eml,
                "<second@example.com>",
                true,
                when,
            )
            .await,
        "is being sent",
    );
    drop(second);
    let mut tx = store.read().await.unwrap();
    let stored = tx.letter(draft.id).await.unwrap().unwrap();
    assert_eq!(stored.message_id.as_deref(), Some("<first@example.com>"));
    assert_eq!((stored.via, stored.forced), (Some(SentVia::Email), false));
    drop(tx);

    // The server refuses it: failed, with the reason.
    let mut tx = store.write().await.unwrap();
    let failed = tx
        .fail_sending(draft.id, "550 5.7.1 Message rejected as spam", when)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(failed.state, LetterState::Failed);
    assert_eq!(
        failed.failure.as_deref(),
        Some("550 5.7.1 Message rejected as spam")
    );
    assert_eq!(failed.message_id.as_deref(), Some("<first@example.com>"));

    // The next attempt keeps the Message-ID and clears the old reason.
    let later = t("2026-11-25T13:00:00Z");
    let mut tx = store.write().await.unwrap();
    let again = tx
        .begin_sending(
            draft.id,
            &ways,
            SentVia::Email,
            "<another@example.com>",
            true,
            later,
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(again.state, LetterState::Sending);
    assert_eq!(again.message_id.as_deref(), Some("<first@example.com>"));
    assert_eq!(again.failure, None);
    assert!(again.forced, "sent despite errors this time");

    // Cut short, then resent on the person's word: still the same message.
    let mut tx = store.write().await.unwrap();
    let resent = tx
        .begin_sending(
            draft.id,
            &[LetterState::Sending],
            SentVia::Email,
            "<third@example.com>",
            true,
            later,
        )
        .await
        .unwrap();
    assert_eq!(resent.message_id.as_deref(), Some("<first@example.com>"));
    let sent = tx.finish_sending(draft.id, later).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(sent.state, LetterState::Sent);
    assert_eq!(sent.message_id.as_deref(), Some("<first@example.com>"));

    // Sent: no state lets it start again.
    let mut tx = store.write().await.unwrap();
    for from in [
        vec![LetterState::Draft, LetterState::Failed],
        vec![LetterState::Sending],
    ] {
        conflict(
            tx.begin_sending(
                draft.id,
                &from,
                SentVia::Email,
                "<late@example.com>",
                false,
                later,
            )
            .await,
            "is sent",
        );
    }
    let missing = tx
        .begin_sending(
            LetterId(draft.id.0 + 100),
            &ways,
            SentVia::Email,
            "<none@example.com>",
            false,
            later,
        )
        .await;
    assert!(
        missing.is_err(),
        "a missing letter cannot be sent: {missing:?}"
    );
}

/// Letters are listed newest first with their company and role, filtered
/// by number, application, interview and states; a check-in about no
/// application has neither.
pub async fn letters_list_by_application_interview_and_state_newest_first<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (_, a, i1, jane) = one_round(
        &mut tx,
        Some("jane@acme.com"),
        InterviewerRole::HiringManager,
    )
    .await;
    let i2 = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let globex = add_company(&mut tx, "Globex").await;
    let b = add_app(
        &mut tx,
        globex.id,
        "Platform Engineer",
        ApplicationStatus::Interviewing,
    )
    .await;
    let ib = tx
        .insert_interview(&new_interview(b.id, "2026-12-02T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let olga = tx
        .insert_contact(&new_contact("Olga Berg", Some("olga@globex.com")), t(NOW))
        .await
        .unwrap();
    let sam = tx
        .insert_contact(&new_contact("Sam Recruiter", None), t(NOW))
        .await
        .unwrap();
    let l1 = tx
        .insert_letter(&thanks(a.id, i1.id, &jane, "One.\n"), t(NOW))
        .await
        .unwrap();
    let l2 = tx
        .insert_letter(&thanks(b.id, ib.id, &olga, "Two.\n"), t(NOW))
        .await
        .unwrap();
    let l3 = tx
        .insert_letter(&thanks(a.id, i2.id, &jane, "Three.\n"), t(NOW))
        .await
        .unwrap();
    let l4 = tx
        .insert_letter(
            &NewLetter {
                kind: LetterKind::CheckIn,
                application_id: None,
                interview_id: None,
                contact_id: Some(sam.id),
                action_key: Some(ActionKey::of("checkin", &[sam.id.0])),
                to_name: "Sam Recruiter".into(),
                to_email: None,
                text: text("Checking in", "Dear Sam,\n\nHow are you?\n"),
            },
            t(NOW),
        )
        .await
        .unwrap();
    let when = t("2026-11-26T09:00:00Z");
    tx.begin_sending(
        l1.id,
        &[LetterState::Draft],
        SentVia::Email,
        "<l1@example.com>",
        false,
        when,
    )
    .await
    .unwrap();
    tx.finish_sending(l1.id, when).await.unwrap();
    tx.begin_sending(
        l2.id,
        &[LetterState::Draft],
        SentVia::Eml,
        "<l2@example.com>",
        false,
        when,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let mut ids = async |filter: LetterFilter| -> Vec<LetterId> {
        tx.list_letters(&filter)
            .await
            .unwrap()
            .iter()
            .map(|r| r.letter.id)
            .collect()
    };
    assert_eq!(
        ids(LetterFilter::default()).await,
        [l4.id, l3.id, l2.id, l1.id]
    );
    let by_id = LetterFilter {
        id: Some(l2.id),
        ..LetterFilter::default()
    };
    assert_eq!(ids(by_id).await, [l2.id]);
    let missing = LetterFilter {
        id: Some(LetterId(l4.id.0 + 100)),
        ..LetterFilter::default()
    };
    assert!(ids(missing).await.is_empty());
    let by_app = LetterFilter {
        application: Some(a.id),
        ..LetterFilter::default()
    };
    assert_eq!(ids(by_app).await, [l3.id, l1.id]);
    let by_interview = LetterFilter {
        interview: Some(i1.id),
        ..LetterFilter::default()
    };
    assert_eq!(ids(by_interview).await, [l1.id]);
    let unsent = LetterFilter {
        states: vec![LetterState::Draft, LetterState::Sending],
        ..LetterFilter::default()
    };
    assert_eq!(ids(unsent).await, [l4.id, l3.id, l2.id]);
    let sent_here = LetterFilter {
        application: Some(a.id),
        states: vec![LetterState::Sent],
        ..LetterFilter::default()
    };
    assert_eq!(ids(sent_here).await, [l1.id]);
    let none = LetterFilter {
        interview: Some(ib.id),
        states: vec![LetterState::Failed],
        ..LetterFilter::default()
    };
    assert!(ids(none).await.is_empty());

    let rows = tx.list_letters(&LetterFilter::default()).await.unwrap();
    let about: Vec<(Option<&str>, Option<&str>)> = rows
        .iter()
        .map(|r| (r.company.as_deref(), r.role.as_deref()))
        .collect();
    assert_eq!(
        about,
        [
            (None, None),
            (Some("Acme"), Some("Engineer")),
            (Some("Globex"), Some("Platform Engineer")),
            (Some("Acme"), Some("Engineer")),
        ]
    );
    assert_eq!(rows[2].letter.state, LetterState::Sending);
    assert_eq!(rows[3].letter.state, LetterState::Sent);
}

/// Removing an application removes its letters, sent ones included; a
/// letter about no application stays.
pub async fn removing_an_application_removes_its_letters<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (a, i, jane, draft) = a_draft(&mut tx).await;
    let sent = tx
        .insert_letter(&thanks(a.id, i.id, &jane, "Sent.\n"), t(NOW))
        .await
        .unwrap();
    tx.begin_sending(
        sent.id,
        &[LetterState::Draft],
        SentVia::Email,
        "<s@example.com>",
        false,
        t(NOW),
    )
    .await
    .unwrap();
    tx.finish_sending(sent.id, t(NOW)).await.unwrap();
    let check_in = tx
        .insert_letter(
            &NewLetter {
                kind: LetterKind::CheckIn,
                application_id: None,
                interview_id: None,
                contact_id: Some(jane.id),
                action_key: None,
                to_name: "Jane Doe".into(),
                to_email: jane.email.clone(),
                text: text("Checking in", "Dear Jane,\n\nHello.\n"),
            },
            t(NOW),
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.write().await.unwrap();
    assert!(tx.delete_application(a.id).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert!(tx.letter(draft.id).await.unwrap().is_none());
    assert!(tx.letter(sent.id).await.unwrap().is_none());
    let left: Vec<LetterId> = tx
        .list_letters(&LetterFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|r| r.letter.id)
        .collect();
    assert_eq!(left, [check_in.id]);
    assert!(
        tx.contact(jane.id).await.unwrap().is_some(),
        "the person stays"
    );
}

/// A letter about one application is proofread against the companies and
/// people of the other applications in play: not its own company (another
/// role there is no copy-paste error), not its own people (even when they
/// are on another application's round too), and nothing from applications
/// that are over. Every known name is listed, so none is a misspelling.
pub async fn proofing_names_are_the_other_applications_in_play<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, _, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    // Globex, in play, with Olga and (shared) Jane on its round.
    let globex = add_company(&mut tx, "Globex").await;
    let b = add_app(
        &mut tx,
        globex.id,
        "Platform Engineer",
        ApplicationStatus::Interviewing,
    )
    .await;
    let ib = tx
        .insert_interview(&new_interview(b.id, "2026-12-02T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let olga = tx
        .insert_contact(&new_contact("Olga Berg", None), t(NOW))
        .await
        .unwrap();
    // Initech, rejected, with Peter on its round.
    let initech = add_company(&mut tx, "Initech").await;
    let c = add_app(&mut tx, initech.id, "SRE", ApplicationStatus::Rejected).await;
    let ic = tx
        .insert_interview(&new_interview(c.id, "2026-11-20T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let peter = tx
        .insert_contact(&new_contact("Peter Gibbons", None), t(NOW))
        .await
        .unwrap();
    // Hooli, saved but not applied to: not in play yet.
    let hooli = add_company(&mut tx, "Hooli").await;
    add_app(&mut tx, hooli.id, "Engineer", ApplicationStatus::Saved).await;
    // A second, applied role at Acme.
    add_app(&mut tx, acme.id, "Lead", ApplicationStatus::Applied).await;
    for (interview, contact) in [(ib.id, olga.id), (ib.id, jane.id), (ic.id, peter.id)] {
        tx.set_interviewer(&Interviewer {
            interview_id: interview,
            contact_id: contact,
            role: InterviewerRole::Interviewer,
        })
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let for_acme = tx.proofing_names(Some(a.id)).await.unwrap();
    assert_eq!(for_acme.other_companies, ["Globex"]);
    assert_eq!(for_acme.other_people, ["Olga Berg"]);
    for known in [
        "Acme",
        "Globex",
        "Initech",
        "Hooli",
        "Jane Doe",
        "Olga Berg",
        "Peter Gibbons",
    ] {
        assert!(
            for_acme.everyone.iter().any(|n| n == known),
            "{known} is known: {:?}",
            for_acme.everyone
        );
    }

    let for_globex = tx.proofing_names(Some(b.id)).await.unwrap();
    assert_eq!(for_globex.other_companies, ["Acme"]);
    assert!(
        for_globex.other_people.is_empty(),
        "Jane is on this round too: {:?}",
        for_globex.other_people
    );

    let about_nothing = tx.proofing_names(None).await.unwrap();
    assert_eq!(about_nothing.other_companies, ["Acme", "Globex"]);
}
