//! Conformance stories of the follow-through: debriefs, offers, touches,
//! marks on actions, imported invitations and the agenda's facts.
//!
//! They sit apart from the pipeline stories only to keep each file short;
//! they use the same helpers and are listed in the same
//! [`conformance_tests!`](crate::conformance_tests). Each one does what a
//! command does (write a debrief twice, mark an action done after snoozing
//! it, import the same invitation again) and checks what the person would
//! then see: the latest version, the agenda's inputs, a backup that restores
//! to the same thing.

use super::{NOW, add_app, add_company, new_contact, new_interview, one_round, t};
use crate::{
    ApplicationPort, BackupPort, ContactPort, FactsQuery, FollowPort, InterviewPort, NewEvent,
    Store, Transaction,
};
use afterview_core::agenda::{DebriefFact, Facts, InterviewFact, PersonFact, RecruiterFact};
use afterview_core::contact::parse_tags;
use afterview_core::debrief::{BetterAnswer, Content, Decision, Owed, Rating};
use afterview_core::follow::{ActionKey, ActionMark, MarkState, Offer, TouchVia};
use afterview_core::*;
use jiff::Timestamp;

/// A debrief with something in every part the rules and the practice read.
fn full_debrief() -> Content {
    Content {
        went_well: vec!["the system design round".into()],
        better: vec![BetterAnswer {
            question: "Tell me about a conflict".into(),
            said: Some("I rambled".into()),
            better: Some("Use the outage story".into()),
            topic: Some("conflict".into()),
        }],
        issues: vec!["on-call load".into()],
        owed: vec![Owed {
            what: "code sample".into(),
            to: Some("Jane Doe".into()),
            due: Some(t("2026-12-03T17:00:00Z")),
        }],
        do_better: vec!["ask about the team first".into()],
        decision: Some(Decision {
            said: "we decide by Friday".into(),
            by: Some(t("2026-12-04T17:00:00Z")),
        }),
        rating: Some(Rating::new(4).expect("rating")),
        notes: Some("Good energy.\nLong day.".into()),
    }
}

/// A first, short debrief, written straight after the interview.
fn quick_debrief() -> Content {
    Content {
        went_well: vec!["rapport".into()],
        owed: vec![Owed {
            what: "writing sample".into(),
            to: None,
            due: None,
        }],
        rating: Some(Rating::new(3).expect("rating")),
        ..Content::default()
    }
}

/// Adds a contact with tags, at a given time.
async fn add_tagged<T: Transaction>(
    tx: &mut T,
    who: &str,
    tags: &str,
    company: Option<CompanyId>,
    at: &str,
) -> Contact {
    let mut new = new_contact(who, None);
    new.tags = parse_tags(tags).expect("test tags");
    new.company_id = company;
    tx.insert_contact(&new, t(at)).await.expect("add contact")
}

/// Records that an application moved to `to` at `at`, as a status change does.
async fn moved<T: Transaction>(tx: &mut T, app: ApplicationId, to: ApplicationStatus, at: &str) {
    tx.append_event(&NewEvent {
        application_id: app,
        at: t(at),
        from_status: None,
        to_status: to,
        forced: false,
        note: None,
    })
    .await
    .expect("event");
}

/// The agenda's read bounded by this week and, if given, a recruiter horizon.
async fn facts<T: Transaction>(tx: &mut T, recruiters_since: Option<Timestamp>) -> Facts {
    tx.agenda_facts(&FactsQuery {
        now: t(NOW),
        week_start: t("2026-11-23T00:00:00Z"),
        recruiters_since,
        since: None,
    })
    .await
    .expect("agenda facts")
}

/// The recruiters the agenda sees since `since`, with their last contact.
async fn recruiters<T: Transaction>(
    tx: &mut T,
    since: &str,
) -> Vec<(ContactId, Option<Timestamp>)> {
    facts(tx, Some(t(since)))
        .await
        .recruiters
        .iter()
        .map(|r| (r.contact_id, r.last_contact))
        .collect()
}

/// Editing a debrief adds a version: the latest is shown, every version is
/// kept intact, an application's debriefs come by round, and they go with
/// their interview.
pub async fn debriefs_keep_every_version_and_go_with_their_interview<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, first, _) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    let second = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let b = add_app(&mut tx, acme.id, "Lead", ApplicationStatus::Interviewing).await;
    let other = tx
        .insert_interview(&new_interview(b.id, "2026-12-02T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    // Round 2 is debriefed first, so id order and round order differ.
    let r2 = tx
        .insert_debrief(second.id, &quick_debrief(), t("2026-12-08T15:00:00Z"))
        .await
        .unwrap();
    let v1 = tx
        .insert_debrief(first.id, &quick_debrief(), t("2026-12-01T15:00:00Z"))
        .await
        .unwrap();
    let v2 = tx
        .insert_debrief(first.id, &full_debrief(), t("2026-12-09T08:30:00Z"))
        .await
        .unwrap();
    let ob = tx
        .insert_debrief(other.id, &full_debrief(), t("2026-12-02T15:00:00Z"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        (r2.version, v1.version, v2.version, ob.version),
        (1, 1, 2, 1),
        "versions count per interview"
    );

    let mut tx = store.read().await.unwrap();
    let latest = tx.debrief(first.id).await.unwrap().unwrap();
    assert_eq!(latest, v2);
    assert_eq!(latest.content, full_debrief(), "every part reads back");
    assert_eq!(latest.written_at, t("2026-12-09T08:30:00Z"));
    let versions = tx.debrief_versions(first.id).await.unwrap();
    assert_eq!(versions, [v1.clone(), v2.clone()]);
    assert_eq!(versions[0].content, quick_debrief(), "the first is kept");
    let of_a: Vec<(i64, i64)> = tx
        .debriefs_of_application(a.id)
        .await
        .unwrap()
        .iter()
        .map(|d| (d.interview_id.0, d.version))
        .collect();
    assert_eq!(of_a, [(first.id.0, 2), (second.id.0, 1)], "by round");
    let everywhere = tx.latest_debriefs().await.unwrap();
    assert_eq!(everywhere, [v2, r2.clone(), ob]);
    drop(tx);

    let mut tx = store.write().await.unwrap();
    assert!(tx.delete_interview(first.id).await.unwrap());
    assert!(tx.debrief(first.id).await.unwrap().is_none());
    assert!(tx.debrief_versions(first.id).await.unwrap().is_empty());
    assert!(tx.delete_application(b.id).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let left = [r2];
    assert_eq!(tx.latest_debriefs().await.unwrap(), left);
    assert_eq!(tx.debriefs_of_application(a.id).await.unwrap(), left);
    assert!(tx.debriefs_of_application(b.id).await.unwrap().is_empty());
}

/// An offer recorded again replaces the first; a touch logged late does not
/// move a person's last contact back; a mark on an action is replaced by
/// the next; re-importing an invitation moves its link; and what belongs to
/// an application goes with it.
pub async fn offers_touches_marks_and_invites_keep_the_latest<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, first, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    let offer = Offer {
        application_id: a.id,
        deadline: Some(t("2026-12-10T17:00:00Z")),
        terms: Some(LongText::parse("terms", "€80k\nstart in March").unwrap()),
        recorded_at: t(NOW),
    };
    tx.save_offer(&offer).await.unwrap();
    let revised = Offer {
        deadline: Some(t("2026-12-15T17:00:00Z")),
        terms: None,
        recorded_at: t("2026-11-26T10:00:00Z"),
        ..offer
    };
    tx.save_offer(&revised).await.unwrap();
    assert_eq!(tx.offer(a.id).await.unwrap(), Some(revised.clone()));
    assert_eq!(tx.export().await.unwrap().offers, [revised], "one offer");

    let rita = add_tagged(&mut tx, "Rita Hart", "recruiter", Some(acme.id), NOW).await;
    let note = LongText::parse("note", "They reopened the role").unwrap();
    let call = tx
        .insert_touch(
            rita.id,
            t("2026-12-05T10:00:00Z"),
            TouchVia::Call,
            Some(&note),
        )
        .await
        .unwrap();
    // Logged late, about an earlier email: the last contact stays the call.
    let mail = tx
        .insert_touch(rita.id, t("2026-12-01T10:00:00Z"), TouchVia::Email, None)
        .await
        .unwrap();
    assert_eq!(tx.touches(rita.id).await.unwrap(), [mail, call.clone()]);
    assert_eq!(call.note.as_ref(), Some(&note));
    assert_eq!(
        recruiters(&mut tx, "2026-12-04T00:00:00Z").await,
        [(rita.id, Some(call.at))]
    );
    let later = tx
        .insert_touch(rita.id, t("2026-12-07T09:00:00Z"), TouchVia::Linkedin, None)
        .await
        .unwrap();
    assert_eq!(
        recruiters(&mut tx, "2026-12-06T00:00:00Z").await,
        [(rita.id, Some(later.at))]
    );
    assert!(tx.touches(jane.id).await.unwrap().is_empty());

    let thank = ActionKey::of("thank", &[first.id.0, jane.id.0]);
    let snoozed = ActionMark {
        key: thank.clone(),
        state: MarkState::Snoozed,
        at: t(NOW),
        until: Some(t("2026-11-27T09:00:00Z")),
        reason: None,
        application_id: Some(a.id),
        interview_id: None,
    };
    tx.save_mark(&snoozed).await.unwrap();
    assert_eq!(tx.mark(&thank).await.unwrap(), Some(snoozed));
    let done = ActionMark {
        key: thank.clone(),
        state: MarkState::Done,
        at: t("2026-11-27T09:30:00Z"),
        until: None,
        reason: Some("sent from my phone".into()),
        application_id: Some(a.id),
        interview_id: None,
    };
    tx.save_mark(&done).await.unwrap();
    let weekly = ActionMark {
        key: ActionKey::named("weekly", "2026w48"),
        state: MarkState::Dismissed,
        at: t(NOW),
        until: None,
        reason: Some("on holiday".into()),
        application_id: None,
        interview_id: None,
    };
    tx.save_mark(&weekly).await.unwrap();

    tx.link_invite("040000008200E00074C5B7101A82E008@example.com", first.id)
        .await
        .unwrap();
    let second = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    tx.link_invite("040000008200E00074C5B7101A82E008@example.com", second.id)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    assert_eq!(
        tx.mark(&thank).await.unwrap(),
        Some(done),
        "done replaces snoozed"
    );
    assert_eq!(tx.mark(&weekly.key).await.unwrap(), Some(weekly.clone()));
    assert!(
        tx.mark(&ActionKey::of("thank", &[first.id.0, rita.id.0]))
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        tx.interview_by_invite("040000008200E00074C5B7101A82E008@example.com")
            .await
            .unwrap(),
        Some(second.id),
        "the link moved"
    );
    assert_eq!(tx.export().await.unwrap().invites.len(), 1);
    assert!(
        tx.interview_by_invite("040000008200e00074c5b7101a82e008@example.com")
            .await
            .unwrap()
            .is_none(),
        "a UID is matched exactly"
    );
    drop(tx);

    let mut tx = store.write().await.unwrap();
    assert!(tx.delete_application(a.id).await.unwrap());
    assert!(tx.delete_contact(rita.id).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert!(tx.offer(a.id).await.unwrap().is_none());
    assert!(tx.mark(&thank).await.unwrap().is_none(), "the mark went");
    assert_eq!(tx.mark(&weekly.key).await.unwrap(), Some(weekly));
    assert!(
        tx.interview_by_invite("040000008200E00074C5B7101A82E008@example.com")
            .await
            .unwrap()
            .is_none()
    );
    assert!(tx.touches(rita.id).await.unwrap().is_empty());
}

/// The agenda reads the live and hired applications; the interviews, people
/// on them, latest debriefs and marks of the live ones only; the offer of
/// the application in `offer`; the recruiters seen recently; and this
/// week's applications. An empty store has not started a search.
pub async fn agenda_facts_read_only_what_is_in_play<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let nothing = facts(&mut tx, Some(Timestamp::MIN)).await;
    assert!(!nothing.search_started);
    assert!(nothing.applications.is_empty() && nothing.recruiters.is_empty());
    assert_eq!(nothing.applied_this_week, 0);

    let acme = add_company(&mut tx, "Acme").await;
    let globex = add_company(&mut tx, "Globex").await;
    let initech = add_company(&mut tx, "Initech").await;
    let hooli = add_company(&mut tx, "Hooli").await;
    let applied = add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Applied).await;
    let rejected = add_app(&mut tx, globex.id, "Lead", ApplicationStatus::Rejected).await;
    let offered = add_app(&mut tx, initech.id, "Engineer", ApplicationStatus::Offer).await;
    let hired = add_app(&mut tx, hooli.id, "Staff", ApplicationStatus::Hired).await;
    add_app(&mut tx, hooli.id, "Manager", ApplicationStatus::Saved).await;
    // The week starts on Monday 2026-11-23 at 00:00 UTC; its first instant counts.
    moved(
        &mut tx,
        applied.id,
        ApplicationStatus::Applied,
        "2026-11-24T09:00:00Z",
    )
    .await;
    moved(
        &mut tx,
        rejected.id,
        ApplicationStatus::Applied,
        "2026-11-18T09:00:00Z",
    )
    .await;
    moved(
        &mut tx,
        rejected.id,
        ApplicationStatus::Rejected,
        "2026-11-24T09:00:00Z",
    )
    .await;
    moved(
        &mut tx,
        offered.id,
        ApplicationStatus::Applied,
        "2026-11-23T00:00:00Z",
    )
    .await;

    let adam = tx
        .insert_contact(&new_contact("Adam Lee", None), t(NOW))
        .await
        .unwrap();
    let zoe = tx
        .insert_contact(&new_contact("Zoe Park", None), t(NOW))
        .await
        .unwrap();
    let mut done = tx
        .insert_interview(&new_interview(applied.id, "2026-11-24T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    done.status = InterviewStatus::Done;
    tx.update_interview(&done).await.unwrap();
    // Zoe is added first: the order is the one people were added in, not
    // by id or by name.
    for (person, role) in [
        (zoe.id, InterviewerRole::Panelist),
        (adam.id, InterviewerRole::HiringManager),
    ] {
        tx.set_interviewer(&Interviewer {
            interview_id: done.id,
            contact_id: person,
            role,
        })
        .await
        .unwrap();
    }
    tx.insert_debrief(done.id, &quick_debrief(), t("2026-11-24T15:00:00Z"))
        .await
        .unwrap();
    tx.insert_debrief(done.id, &full_debrief(), t("2026-11-24T18:00:00Z"))
        .await
        .unwrap();
    let lost = tx
        .insert_interview(&new_interview(rejected.id, "2026-11-20T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    tx.set_interviewer(&Interviewer {
        interview_id: lost.id,
        contact_id: adam.id,
        role: InterviewerRole::Interviewer,
    })
    .await
    .unwrap();
    tx.insert_debrief(lost.id, &full_debrief(), t("2026-11-20T15:00:00Z"))
        .await
        .unwrap();
    let last = tx
        .insert_interview(&new_interview(offered.id, "2026-11-19T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    tx.insert_interview(&new_interview(hired.id, "2026-11-10T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let offer = Offer {
        application_id: offered.id,
        deadline: Some(t("2026-12-01T17:00:00Z")),
        terms: None,
        recorded_at: t(NOW),
    };
    tx.save_offer(&offer).await.unwrap();
    // An offer left on an application moved back to `applied` is not current.
    tx.save_offer(&Offer {
        application_id: applied.id,
        ..offer.clone()
    })
    .await
    .unwrap();

    let rita = add_tagged(
        &mut tx,
        "Rita Hart",
        "recruiter",
        Some(acme.id),
        "2026-09-01T09:00:00Z",
    )
    .await;
    tx.insert_touch(rita.id, t("2026-11-20T10:00:00Z"), TouchVia::Call, None)
        .await
        .unwrap();
    let nina = add_tagged(&mut tx, "Nina Ross", "mentor, recruiter", None, NOW).await;
    let otto = add_tagged(
        &mut tx,
        "Otto Berg",
        "recruiter",
        None,
        "2026-09-01T09:00:00Z",
    )
    .await;
    let pia = add_tagged(
        &mut tx,
        "Pia Lund",
        "recruiter",
        None,
        "2026-09-01T09:00:00Z",
    )
    .await;
    tx.insert_touch(pia.id, t("2026-10-01T10:00:00Z"), TouchVia::Email, None)
        .await
        .unwrap();
    add_tagged(&mut tx, "Tom Wu", "tech-recruiter", None, NOW).await;

    let mark = |key: ActionKey, app: Option<ApplicationId>| ActionMark {
        key,
        state: MarkState::Done,
        at: t(NOW),
        until: None,
        reason: None,
        application_id: app,
        interview_id: None,
    };
    let marks = [
        mark(ActionKey::of("debrief", &[done.id.0]), Some(applied.id)),
        mark(ActionKey::of("debrief", &[lost.id.0]), Some(rejected.id)),
        mark(
            ActionKey::of("answer-offer", &[offered.id.0]),
            Some(offered.id),
        ),
        mark(ActionKey::of("withdraw", &[hired.id.0]), Some(hired.id)),
        mark(ActionKey::named("weekly", "2026w48"), None),
    ];
    for m in &marks {
        tx.save_mark(m).await.unwrap();
    }
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let f = facts(&mut tx, Some(t("2026-11-01T00:00:00Z"))).await;
    let apps: Vec<(ApplicationId, ApplicationStatus)> =
        f.applications.iter().map(|a| (a.id, a.status)).collect();
    assert_eq!(
        apps,
        [
            (applied.id, ApplicationStatus::Applied),
            (offered.id, ApplicationStatus::Offer),
            (hired.id, ApplicationStatus::Hired)
        ]
    );
    assert_eq!(
        (
            f.applications[1].company.as_str(),
            f.applications[1].role.as_str()
        ),
        ("Initech", "Engineer")
    );
    let interviews: Vec<InterviewId> = f.interviews.iter().map(|i| i.id).collect();
    assert_eq!(interviews, [done.id, last.id], "live applications only");
    assert_eq!(
        f.interviews[0],
        InterviewFact {
            id: done.id,
            application_id: applied.id,
            round: 1,
            kind: InterviewKind::Technical,
            starts_at: t("2026-11-24T13:00:00Z"),
            ends_at: t("2026-11-24T13:45:00Z"),
            status: InterviewStatus::Done,
            interviewers: vec![
                PersonFact {
                    contact_id: zoe.id,
                    name: "Zoe Park".into(),
                    role: InterviewerRole::Panelist,
                },
                PersonFact {
                    contact_id: adam.id,
                    name: "Adam Lee".into(),
                    role: InterviewerRole::HiringManager,
                },
            ],
        }
    );
    assert!(f.interviews[1].interviewers.is_empty());
    let latest = full_debrief();
    assert_eq!(
        f.debriefs,
        [DebriefFact {
            interview_id: done.id,
            owed: latest.owed,
            decision: latest.decision,
        }],
        "the latest version, of live applications only"
    );
    assert_eq!(f.offers, [offer], "only the application in `offer`");
    assert_eq!(
        f.recruiters,
        [
            RecruiterFact {
                contact_id: rita.id,
                name: "Rita Hart".into(),
                company: Some("Acme".into()),
                added: t("2026-09-01T09:00:00Z"),
                last_contact: Some(t("2026-11-20T10:00:00Z")),
            },
            RecruiterFact {
                contact_id: nina.id,
                name: "Nina Ross".into(),
                company: None,
                added: t(NOW),
                last_contact: None,
            },
        ],
        "touched or added since; the tag is matched as a word"
    );
    assert_eq!(f.applied_this_week, 2);
    assert!(f.search_started);
    let keys: Vec<&str> = f.marks.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            marks[2].key.as_str(),
            marks[0].key.as_str(),
            marks[4].key.as_str()
        ],
        "marks of live applications and of none, by key"
    );

    assert!(facts(&mut tx, None).await.recruiters.is_empty());
    let everyone: Vec<ContactId> = facts(&mut tx, Some(Timestamp::MIN))
        .await
        .recruiters
        .iter()
        .map(|r| r.contact_id)
        .collect();
    assert_eq!(everyone, [rita.id, nina.id, otto.id, pia.id]);

    // The part read over every application and every person, put into facts
    // that hold nothing, is the whole read, but for the warm contacts and
    // practice, which it leaves out.
    let since = Some(t("2026-11-01T00:00:00Z"));
    let whole = facts(&mut tx, since).await;
    let mut apps = vec![applied.id, rejected.id, offered.id, hired.id];
    apps.sort_unstable();
    let mut people = vec![adam.id, zoe.id, rita.id, nina.id, otto.id, pia.id];
    people.sort_unstable();
    let query = FactsQuery {
        now: t(NOW),
        week_start: t("2026-11-23T00:00:00Z"),
        recruiters_since: since,
        since: None,
    };
    let part = tx.agenda_part(&query, &apps, &people).await.unwrap();
    let mut patched = Facts::empty(jiff::tz::TimeZone::UTC);
    patched.patch(part, &apps, &people);
    patched.warm_contacts.clone_from(&whole.warm_contacts);
    patched.practice = whole.practice;
    assert_eq!(format!("{patched:?}"), format!("{whole:?}"));
    tx.commit().await.unwrap();

    // SQLite's journal names what each write changed; PostgreSQL keeps none.
    let mut tx = store.read().await.unwrap();
    let start = tx.agenda_changes(None).await.unwrap();
    tx.commit().await.unwrap();
    let Some(start) = start else {
        assert_eq!(store.backend(), "postgres");
        return;
    };
    let mut tx = store.write().await.unwrap();
    tx.save_mark(&mark(
        ActionKey::of("thank", &[done.id.0]),
        Some(applied.id),
    ))
    .await
    .unwrap();
    tx.insert_touch(rita.id, t(NOW), TouchVia::Email, None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    let changes = tx.agenda_changes(Some(start.upto)).await.unwrap().unwrap();
    assert_eq!(changes.applications, [applied.id]);
    assert_eq!(changes.touched, [rita.id]);
    assert!(changes.contacts.is_empty() && !changes.network && !changes.practice);
    let none = tx
        .agenda_changes(Some(changes.upto))
        .await
        .unwrap()
        .unwrap();
    assert!(none.is_empty());
    // Too far behind, or ahead of the journal: read everything again.
    assert_eq!(tx.agenda_changes(Some(-1_000)).await.unwrap(), None);
    assert_eq!(
        tx.agenda_changes(Some(changes.upto + 1)).await.unwrap(),
        None
    );
}

/// A backup carries every debrief version, offers, touches, marks and
/// invitation links to a fresh store, which then reads exactly the same,
/// recomputes last contacts from the touches, and numbers new rows after
/// the restored ones.
pub async fn a_backup_moves_the_follow_through_to_a_fresh_store<S: Store>(store: &S, fresh: &S) {
    let mut tx = store.write().await.unwrap();
    let (_, a, i, jane) = one_round(
        &mut tx,
        Some("jane@acme.com"),
        InterviewerRole::HiringManager,
    )
    .await;
    let mut recruiter = tx.contact(jane.id).await.unwrap().unwrap();
    recruiter.tags = parse_tags("recruiter").unwrap();
    tx.update_contact(&recruiter).await.unwrap();
    tx.insert_debrief(i.id, &quick_debrief(), t("2026-12-01T15:00:00Z"))
        .await
        .unwrap();
    let v2 = tx
        .insert_debrief(i.id, &full_debrief(), t("2026-12-02T09:00:00Z"))
        .await
        .unwrap();
    tx.save_offer(&Offer {
        application_id: a.id,
        deadline: Some(t("2026-12-10T17:00:00Z")),
        terms: Some(LongText::parse("terms", "€80k").unwrap()),
        recorded_at: t(NOW),
    })
    .await
    .unwrap();
    let note = LongText::parse("note", "Thanked her").unwrap();
    tx.insert_touch(
        jane.id,
        t("2026-12-02T10:00:00Z"),
        TouchVia::Email,
        Some(&note),
    )
    .await
    .unwrap();
    let earlier = tx
        .insert_touch(
            jane.id,
            t("2026-12-01T14:00:00Z"),
            TouchVia::Interview,
            None,
        )
        .await
        .unwrap();
    let thank = ActionKey::of("thank", &[i.id.0, jane.id.0]);
    for m in [
        ActionMark {
            key: thank.clone(),
            state: MarkState::Snoozed,
            at: t(NOW),
            until: Some(t("2026-12-03T09:00:00Z")),
            reason: None,
            application_id: Some(a.id),
            interview_id: None,
        },
        ActionMark {
            key: ActionKey::named("weekly", "2026w48"),
            state: MarkState::Dismissed,
            at: t(NOW),
            until: None,
            reason: Some("on holiday".into()),
            application_id: None,
            interview_id: None,
        },
    ] {
        tx.save_mark(&m).await.unwrap();
    }
    tx.link_invite("invite-1@calendar.example.com", i.id)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let backup = tx.export().await.unwrap();
    let before = facts(&mut tx, Some(Timestamp::MIN)).await;
    drop(tx);
    assert_eq!(
        (
            backup.debriefs.len(),
            backup.offers.len(),
            backup.touches.len(),
            backup.action_marks.len(),
            backup.invites.len()
        ),
        (2, 1, 2, 2, 1),
        "everything is in the backup"
    );

    let mut tx = fresh.write().await.unwrap();
    assert!(tx.is_empty().await.unwrap());
    tx.restore(&backup).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = fresh.read().await.unwrap();
    assert_eq!(tx.export().await.unwrap(), backup);
    let after = facts(&mut tx, Some(Timestamp::MIN)).await;
    assert_eq!(
        after.recruiters, before.recruiters,
        "last contacts recomputed"
    );
    assert_eq!(
        after.recruiters[0].last_contact,
        Some(t("2026-12-02T10:00:00Z"))
    );
    assert_eq!(after.debriefs, before.debriefs);
    assert_eq!(after.marks, before.marks);
    assert_eq!(tx.debrief(i.id).await.unwrap(), Some(v2.clone()));
    assert_eq!(
        tx.interview_by_invite("invite-1@calendar.example.com")
            .await
            .unwrap(),
        Some(i.id)
    );
    drop(tx);

    let mut tx = fresh.write().await.unwrap();
    let v3 = tx
        .insert_debrief(i.id, &Content::default(), t("2026-12-03T09:00:00Z"))
        .await
        .unwrap();
    assert_eq!(v3.version, 3);
    assert!(
        v3.id > v2.id,
        "debrief ids continue after the restored ones"
    );
    let touch = tx
        .insert_touch(jane.id, t("2026-12-03T09:00:00Z"), TouchVia::Call, None)
        .await
        .unwrap();
    assert!(touch.id > earlier.id, "touch ids continue too");
    tx.commit().await.unwrap();
}

/// An action for the kept agenda, due at `due`.
fn kept(
    key: &str,
    due: &str,
    kind: afterview_core::agenda::ActionKind,
) -> afterview_core::agenda::Action {
    afterview_core::agenda::Action {
        key: ActionKey::parse(key).expect("key"),
        kind,
        must_do: kind.must_do(),
        title: format!("Do {key}"),
        subject: afterview_core::agenda::Subject {
            application: None,
            interview: None,
            contact: Some(ContactId(3)),
            label: "Acme · SRE · round 1".into(),
        },
        due: t(due),
        reason: "Because.".into(),
        command: format!("afterview done {key}"),
        snoozed_until: None,
    }
}

/// The kept agenda reads back in agenda order by due range, and any write
/// (but not keeping the agenda itself, and not a read) makes it stale.
pub async fn the_kept_agenda_goes_stale_with_any_write<S: Store>(store: &S) {
    use crate::{AgendaCacheMeta, AgendaCachePort};
    use afterview_core::agenda::ActionKind;
    let mut tx = store.read().await.expect("read");
    let start = tx.generation().await.expect("generation");
    assert!(tx.agenda_cache_meta().await.expect("meta").is_none());
    tx.commit().await.expect("commit");

    let mut tx = store.write().await.expect("write");
    add_company(&mut tx, "Acme").await;
    tx.commit().await.expect("commit");
    let mut tx = store.read().await.expect("read");
    let after_write = tx.generation().await.expect("generation");
    assert_eq!(after_write, start + 1, "a committed write counts up");
    tx.commit().await.expect("commit");
    let mut tx = store.write().await.expect("write");
    add_company(&mut tx, "Initech").await;
    drop(tx);
    let mut tx = store.read().await.expect("read");
    assert_eq!(
        tx.generation().await.expect("generation"),
        after_write,
        "a dropped write does not"
    );
    tx.commit().await.expect("commit");

    let meta = AgendaCacheMeta {
        generation: after_write,
        fingerprint: "v1 UTC {}".into(),
        computed_for: t(NOW),
        valid_until: t("2026-11-26T00:00:00Z"),
    };
    // Same due time: the kind's rank, then the key, decide the order.
    let actions = vec![
        kept("thank-1-7", "2026-11-24T15:00:00Z", ActionKind::Thank),
        kept("debrief-1", "2026-11-24T15:00:00Z", ActionKind::Debrief),
        kept("followup-1", "2026-11-26T15:00:00Z", ActionKind::FollowUp),
        kept("prep-2", "2026-12-20T09:00:00Z", ActionKind::Prepare),
    ];
    let mut tx = store.write().await.expect("write");
    tx.save_agenda_cache(&meta, &actions).await.expect("keep");
    tx.commit().await.expect("commit");
    let mut tx = store.read().await.expect("read");
    assert_eq!(
        tx.generation().await.expect("generation"),
        after_write,
        "keeping the agenda is not a write"
    );
    assert_eq!(
        tx.agenda_cache_meta().await.expect("meta"),
        Some(meta.clone())
    );
    let (all, n) = tx.cached_actions(None, None, None).await.expect("all");
    assert_eq!(n, 4);
    let keys: Vec<&str> = all.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["debrief-1", "thank-1-7", "followup-1", "prep-2"]);
    assert_eq!(all[1], actions[0], "every field reads back");
    let (overdue, n) = tx
        .cached_actions(None, Some(t(NOW)), Some(1))
        .await
        .expect("overdue");
    assert_eq!(
        (overdue.len(), n),
        (1, 2),
        "a page of one, and the whole count"
    );
    let (later, n) = tx
        .cached_actions(
            Some(t("2026-11-26T00:00:00Z")),
            Some(t("2026-12-01T00:00:00Z")),
            None,
        )
        .await
        .expect("later");
    assert_eq!((later[0].key.as_str(), n), ("followup-1", 1));
    let one = tx
        .cached_action(&ActionKey::parse("prep-2").expect("key"))
        .await
        .expect("one");
    assert_eq!(one.map(|a| a.due), Some(t("2026-12-20T09:00:00Z")));
    tx.commit().await.expect("commit");

    // Keeping a new agenda replaces the old one entirely.
    let mut tx = store.write().await.expect("write");
    tx.save_agenda_cache(&meta, &actions[2..3])
        .await
        .expect("keep");
    tx.commit().await.expect("commit");
    let mut tx = store.read().await.expect("read");
    assert_eq!(tx.cached_actions(None, None, None).await.expect("all").1, 1);
    tx.commit().await.expect("commit");
}

/// Settled rounds (and their marks) drop out of the agenda's read, until
/// something about the round changes or the clock is set before the settling;
/// the application's last round still counts.
pub async fn settled_rounds_leave_the_read_until_they_change<S: Store>(store: &S) {
    let mut tx = store.write().await.expect("write");
    let (_, a, first, jane) = one_round(&mut tx, None, InterviewerRole::HiringManager).await;
    let second = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .expect("second round");
    let mark = |key: &str, round: InterviewId| ActionMark {
        key: ActionKey::parse(key).expect("key"),
        state: MarkState::Done,
        at: t(NOW),
        until: None,
        reason: None,
        application_id: Some(a.id),
        interview_id: Some(round),
    };
    tx.save_mark(&mark("followup-1", first.id))
        .await
        .expect("mark");
    tx.save_mark(&mark("prep-2", second.id))
        .await
        .expect("mark");
    tx.settle_rounds(&[first.id], t(NOW)).await.expect("settle");
    tx.commit().await.expect("commit");

    let mut tx = store.read().await.expect("read");
    let f = facts(&mut tx, None).await;
    let rounds: Vec<InterviewId> = f.interviews.iter().map(|i| i.id).collect();
    assert_eq!(rounds, [second.id], "the settled round is not read");
    let keys: Vec<&str> = f.marks.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["prep-2"], "nor are its marks");
    assert_eq!(f.last_rounds, [(a.id, 2)]);
    // A clock set before the settling reads it again.
    let earlier = tx
        .agenda_facts(&FactsQuery {
            now: t("2026-11-20T10:00:00Z"),
            week_start: t("2026-11-16T00:00:00Z"),
            recruiters_since: None,
            since: None,
        })
        .await
        .expect("facts");
    assert_eq!(earlier.interviews.len(), 2);
    tx.commit().await.expect("commit");

    // Any change to the round brings it back: its debrief, its people, itself.
    for change in 0..3 {
        let mut tx = store.write().await.expect("write");
        tx.settle_rounds(&[first.id], t(NOW)).await.expect("settle");
        match change {
            0 => {
                tx.insert_debrief(first.id, &quick_debrief(), t(NOW))
                    .await
                    .expect("debrief");
            }
            1 => {
                tx.set_interviewer(&Interviewer {
                    interview_id: first.id,
                    contact_id: jane.id,
                    role: InterviewerRole::Recruiter,
                })
                .await
                .expect("interviewer");
            }
            _ => {
                let mut round = tx.interview(first.id).await.expect("read").expect("round");
                round.status = InterviewStatus::Done;
                tx.update_interview(&round).await.expect("update");
            }
        }
        tx.commit().await.expect("commit");
        let mut tx = store.read().await.expect("read");
        assert_eq!(
            facts(&mut tx, None).await.interviews.len(),
            2,
            "change {change}"
        );
        tx.commit().await.expect("commit");
    }
    let mut tx = store.write().await.expect("write");
    tx.settle_rounds(&[first.id, second.id], t(NOW))
        .await
        .expect("settle");
    tx.unsettle_all().await.expect("unsettle");
    tx.commit().await.expect("commit");
    let mut tx = store.read().await.expect("read");
    assert_eq!(facts(&mut tx, None).await.interviews.len(), 2);
    tx.commit().await.expect("commit");
}
