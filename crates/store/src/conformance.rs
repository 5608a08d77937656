//! The conformance suite: stories every backend must tell the same way.
//!
//! Each story is an async function over any [`Store`]; a backend crate runs
//! them all with [`conformance_tests!`](crate::conformance_tests), giving each
//! test a fresh, empty database of its own so the tests run in parallel. A
//! story asserts what a person would notice: a name refused, a list in the
//! right order, a failed command that left nothing behind. A story about
//! moving data between stores takes two fixtures, the second one empty.
//! The follow-through stories live in `conformance/follow.rs`, insights' in
//! `conformance/insights.rs`, letters' in
//! `conformance/letters.rs`, practice cards' in `conformance/practice.rs`.

use crate::{
    ApplicationFilter, ApplicationPort, BackupPort, CompanyPort, ContactFilter, ContactPort,
    ContactRow, InterviewFilter, InterviewPort, NewEvent, ProfilePort, Store, StoreError,
    Transaction,
};
use afterview_core::contact::parse_tags;
use afterview_core::*;
use jiff::Timestamp;

mod follow;
mod insights;
mod letters;
mod network;
mod practice;

pub use follow::{
    a_backup_moves_the_follow_through_to_a_fresh_store, agenda_facts_read_only_what_is_in_play,
    debriefs_keep_every_version_and_go_with_their_interview,
    offers_touches_marks_and_invites_keep_the_latest,
    settled_rounds_leave_the_read_until_they_change, the_kept_agenda_goes_stale_with_any_write,
};
pub use insights::insight_facts_read_moves_rounds_ratings_and_done_steps;
pub use letters::{
    a_draft_changes_until_it_goes_out,
    letters_list_by_application_interview_and_state_newest_first,
    only_one_sender_wins_and_the_message_id_is_kept,
    proofing_names_are_the_other_applications_in_play, removing_an_application_removes_its_letters,
};
pub use network::{
    an_import_inserts_in_bulk_and_a_backup_keeps_the_network, jobs_links_and_closeness_read_back,
    warm_path_facts_and_favours,
};
pub use practice::{
    a_backup_carries_practice_to_a_fresh_store,
    an_upcoming_interview_pulls_its_companys_cards_forward,
    practice_cards_keep_their_schedule_and_reviews, practice_cards_list_by_due_time_and_filter,
};

/// A fresh, empty database for one test, and how to clean it up afterwards.
#[async_trait::async_trait]
pub trait Fixture: Send + Sized {
    /// The store under test.
    type S: Store;
    /// The store under test.
    fn store(&self) -> &Self::S;
    /// Closes the store and removes the test database.
    async fn finish(self);
}

/// Runs every story against fixtures made by `$make`, an async fn returning
/// `Option<impl Fixture>`; `None` means the backend is not available (the
/// maker prints why) and the test skips. The stories listed under `@pairs`
/// get two fresh fixtures: one to write, one to restore into.
#[macro_export]
macro_rules! conformance_tests {
    ($make:path) => {
        $crate::conformance_tests!(@each $make;
            company_names_are_unique_ignoring_case,
            applications_list_by_status_newest_first,
            the_event_log_keeps_every_transition_in_order,
            a_dropped_transaction_leaves_nothing_behind,
            interview_rounds_count_up_per_application,
            interviewers_keep_their_order_and_role,
            contacts_are_found_by_email_name_and_tag,
            contacts_are_searched_by_name_email_or_company_and_counted,
            removing_a_company_with_applications_is_refused,
            removing_an_application_takes_its_interviews_and_history,
            the_profile_and_resumes_round_trip,
            a_backup_restores_to_the_same_data_and_ids_continue,
            debriefs_keep_every_version_and_go_with_their_interview,
            offers_touches_marks_and_invites_keep_the_latest,
            agenda_facts_read_only_what_is_in_play,
            the_kept_agenda_goes_stale_with_any_write,
            settled_rounds_leave_the_read_until_they_change,
            insight_facts_read_moves_rounds_ratings_and_done_steps,
            a_draft_changes_until_it_goes_out,
            only_one_sender_wins_and_the_message_id_is_kept,
            letters_list_by_application_interview_and_state_newest_first,
            removing_an_application_removes_its_letters,
            proofing_names_are_the_other_applications_in_play,
            jobs_links_and_closeness_read_back,
            warm_path_facts_and_favours,
            practice_cards_keep_their_schedule_and_reviews,
            practice_cards_list_by_due_time_and_filter,
            an_upcoming_interview_pulls_its_companys_cards_forward,
        );
        $crate::conformance_tests!(@pairs $make;
            a_backup_moves_the_follow_through_to_a_fresh_store,
            an_import_inserts_in_bulk_and_a_backup_keeps_the_network,
            a_backup_carries_practice_to_a_fresh_store,
        );
    };
    (@each $make:path; $($story:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $story() {
                if let Some(fixture) = $make().await {
                    $crate::conformance::$story($crate::conformance::Fixture::store(&fixture)).await;
                    $crate::conformance::Fixture::finish(fixture).await;
                }
            }
        )*
    };
    (@pairs $make:path; $($story:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $story() {
                let Some(from) = $make().await else { return };
                let Some(to) = $make().await else {
                    $crate::conformance::Fixture::finish(from).await;
                    return;
                };
                $crate::conformance::$story(
                    $crate::conformance::Fixture::store(&from),
                    $crate::conformance::Fixture::store(&to),
                )
                .await;
                $crate::conformance::Fixture::finish(from).await;
                $crate::conformance::Fixture::finish(to).await;
            }
        )*
    };
}

fn t(s: &str) -> Timestamp {
    s.parse().expect("test timestamp")
}

fn name(s: &str) -> Name {
    Name::parse("name", s).expect("test name")
}

fn new_company(n: &str) -> NewCompany {
    NewCompany {
        name: name(n),
        website: None,
        notes: None,
    }
}

fn new_app(company: CompanyId, role: &str, status: ApplicationStatus) -> NewApplication {
    NewApplication {
        company_id: company,
        role: name(role),
        status,
        posting_url: None,
        posting_text: None,
        source: None,
        salary: None,
        resume_id: None,
        excitement: None,
        notes: None,
    }
}

fn new_contact(n: &str, email: Option<&str>) -> NewContact {
    NewContact {
        name: name(n),
        email: email.map(|e| Email::parse(e).expect("test email")),
        phone: None,
        company_id: None,
        title: None,
        linkedin: None,
        how_met: None,
        notes: None,
        tags: Vec::new(),
    }
}

fn new_interview(app: ApplicationId, start: &str) -> NewInterview {
    let starts_at = t(start);
    NewInterview {
        application_id: app,
        kind: InterviewKind::Technical,
        starts_at,
        ends_at: starts_at + jiff::SignedDuration::from_mins(45),
        time_zone: "Europe/Berlin".into(),
        location: None,
        notes: None,
    }
}

const NOW: &str = "2026-11-25T10:00:00Z";

/// Adds a company, now.
async fn add_company<T: Transaction>(tx: &mut T, name: &str) -> Company {
    tx.insert_company(&new_company(name), t(NOW))
        .await
        .expect("add company")
}

/// Adds an application, now.
async fn add_app<T: Transaction>(
    tx: &mut T,
    company: CompanyId,
    role: &str,
    status: ApplicationStatus,
) -> Application {
    tx.insert_application(&new_app(company, role, status), t(NOW))
        .await
        .expect("add application")
}

/// A second company whose name differs only in case is a conflict, and
/// lookups by name ignore case.
pub async fn company_names_are_unique_ignoring_case<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let err = tx
        .insert_company(&new_company("ACME"), t(NOW))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert!(
        err.to_string().contains("already a company named 'ACME'"),
        "{err}"
    );
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let found = tx.company_by_name("acme").await.unwrap().unwrap();
    assert_eq!(found, acme);
    assert_eq!(
        tx.company(acme.id).await.unwrap().unwrap().name.as_str(),
        "Acme"
    );
    assert!(tx.company_by_name("Initech").await.unwrap().is_none());
}

/// Listing by status returns only those statuses, newest change first, with
/// the company's name.
pub async fn applications_list_by_status_newest_first<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let globex = add_company(&mut tx, "Globex").await;
    let a = tx
        .insert_application(
            &new_app(acme.id, "Engineer", ApplicationStatus::Interviewing),
            t("2026-11-01T09:00:00Z"),
        )
        .await
        .unwrap();
    let b = tx
        .insert_application(
            &new_app(globex.id, "Lead", ApplicationStatus::Interviewing),
            t("2026-11-03T09:00:00Z"),
        )
        .await
        .unwrap();
    tx.insert_application(
        &new_app(globex.id, "Manager", ApplicationStatus::Applied),
        t("2026-11-05T09:00:00Z"),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let filter = ApplicationFilter {
        statuses: vec![ApplicationStatus::Interviewing],
        company: None,
    };
    let rows = tx.list_applications(&filter).await.unwrap();
    let ids: Vec<ApplicationId> = rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, [b.id, a.id]);
    assert_eq!(rows[0].company, "Globex");
    assert_eq!(rows[1].role, "Engineer");
    let all = tx
        .list_applications(&ApplicationFilter::default())
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    let by_company = ApplicationFilter {
        statuses: vec![],
        company: Some(globex.id),
    };
    assert_eq!(tx.list_applications(&by_company).await.unwrap().len(), 2);
}

/// Every status change is appended and read back in order, forced ones marked.
pub async fn the_event_log_keeps_every_transition_in_order<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let mut app = add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Saved).await;
    let moves = [
        (None, ApplicationStatus::Saved, false),
        (
            Some(ApplicationStatus::Saved),
            ApplicationStatus::Applied,
            false,
        ),
        (
            Some(ApplicationStatus::Applied),
            ApplicationStatus::Hired,
            true,
        ),
    ];
    for (i, (from, to, forced)) in moves.iter().enumerate() {
        let at = t(NOW) + jiff::SignedDuration::from_hours(i as i64);
        tx.append_event(&NewEvent {
            application_id: app.id,
            at,
            from_status: *from,
            to_status: *to,
            forced: *forced,
            note: forced.then(|| "correction".to_owned()),
        })
        .await
        .unwrap();
        app.status = *to;
        app.status_changed_at = at;
        tx.update_application(&app).await.unwrap();
    }
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let events = tx.events(app.id).await.unwrap();
    let seen: Vec<(Option<ApplicationStatus>, ApplicationStatus, bool)> = events
        .iter()
        .map(|e| (e.from_status, e.to_status, e.forced))
        .collect();
    assert_eq!(seen, moves);
    assert_eq!(events[2].note.as_deref(), Some("correction"));
    let stored = tx.application(app.id).await.unwrap().unwrap();
    assert_eq!(stored.status, ApplicationStatus::Hired);
    assert_eq!(stored.status_changed_at, t("2026-11-25T12:00:00Z"));
}

/// A transaction dropped without commit, as when a command fails half-way,
/// leaves the data exactly as it was.
pub async fn a_dropped_transaction_leaves_nothing_behind<S: Store>(store: &S) {
    {
        let mut tx = store.write().await.unwrap();
        let acme = add_company(&mut tx, "Acme").await;
        add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Saved).await;
        // Dropped here: the command failed.
    }
    let mut tx = store.read().await.unwrap();
    assert!(tx.list_companies().await.unwrap().is_empty());
    assert!(
        tx.list_applications(&ApplicationFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    assert!(tx.is_empty().await.unwrap());
}

/// Rounds are numbered from 1 within each application.
pub async fn interview_rounds_count_up_per_application<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let a = add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Applied).await;
    let b = add_app(&mut tx, acme.id, "Lead", ApplicationStatus::Applied).await;
    let a1 = tx
        .insert_interview(&new_interview(a.id, "2026-12-01T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let a2 = tx
        .insert_interview(&new_interview(a.id, "2026-12-08T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let b1 = tx
        .insert_interview(&new_interview(b.id, "2026-12-02T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!((a1.round, a2.round, b1.round), (1, 2, 1));
    assert_eq!(a1.status, InterviewStatus::Scheduled);

    let mut tx = store.write().await.unwrap();
    let mut done = tx.interview(a1.id).await.unwrap().unwrap();
    done.status = InterviewStatus::Done;
    tx.update_interview(&done).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let upcoming = tx
        .list_interviews(&InterviewFilter {
            application: None,
            statuses: vec![InterviewStatus::Scheduled],
            from: Some(t("2026-12-01T00:00:00Z")),
            contact: None,
        })
        .await
        .unwrap();
    let ids: Vec<InterviewId> = upcoming.iter().map(|r| r.interview.id).collect();
    assert_eq!(ids, [b1.id, a2.id]);
    assert_eq!(upcoming[0].role, "Lead");
    assert_eq!(upcoming[0].company, "Acme");
}

/// Interviewers come back in the order added; setting one again changes the role.
pub async fn interviewers_keep_their_order_and_role<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let a = add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Applied).await;
    let i = tx
        .insert_interview(&new_interview(a.id, "2026-12-01T13:00:00Z"), t(NOW))
        .await
        .unwrap();
    let jane = tx
        .insert_contact(&new_contact("Jane Doe", Some("jane@acme.com")), t(NOW))
        .await
        .unwrap();
    let bob = tx
        .insert_contact(&new_contact("Bob Lee", None), t(NOW))
        .await
        .unwrap();
    for (c, role) in [
        (jane.id, InterviewerRole::Interviewer),
        (bob.id, InterviewerRole::Panelist),
    ] {
        tx.set_interviewer(&Interviewer {
            interview_id: i.id,
            contact_id: c,
            role,
        })
        .await
        .unwrap();
    }
    tx.set_interviewer(&Interviewer {
        interview_id: i.id,
        contact_id: jane.id,
        role: InterviewerRole::HiringManager,
    })
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.write().await.unwrap();
    let rows = tx.interviewers(i.id).await.unwrap();
    let seen: Vec<(&str, InterviewerRole)> = rows
        .iter()
        .map(|r| (r.contact.name.as_str(), r.interviewer.role))
        .collect();
    assert_eq!(
        seen,
        [
            ("Jane Doe", InterviewerRole::HiringManager),
            ("Bob Lee", InterviewerRole::Panelist)
        ]
    );
    let bobs = tx
        .list_interviews(&InterviewFilter {
            contact: Some(bob.id),
            ..InterviewFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        bobs.iter().map(|r| r.interview.id).collect::<Vec<_>>(),
        [i.id]
    );
    assert!(tx.remove_interviewer(i.id, bob.id).await.unwrap());
    assert!(!tx.remove_interviewer(i.id, bob.id).await.unwrap());
    assert!(tx.delete_contact(jane.id).await.unwrap());
    assert!(tx.interviewers(i.id).await.unwrap().is_empty());
}

/// Contacts are found by email and name ignoring case, and listed by tag.
pub async fn contacts_are_found_by_email_name_and_tag<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    let mut jane = new_contact("Jane Doe", Some("Jane@Acme.com"));
    jane.tags = parse_tags("recruiter, mentor").unwrap();
    jane.company_id = Some(acme.id);
    let jane = tx.insert_contact(&jane, t(NOW)).await.unwrap();
    tx.insert_contact(&new_contact("Jane Doe", None), t(NOW))
        .await
        .unwrap();
    let mut bob = new_contact("Bob Lee", None);
    bob.tags = parse_tags("referrer").unwrap();
    tx.insert_contact(&bob, t(NOW)).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    assert_eq!(
        tx.contact_by_email("jane@acme.com")
            .await
            .unwrap()
            .unwrap()
            .id,
        jane.id
    );
    assert_eq!(tx.contacts_by_name("jane doe").await.unwrap().len(), 2);
    let recruiters = tx
        .list_contacts(&ContactFilter {
            tag: Some(Tag::parse("recruiter").unwrap()),
            ..ContactFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(recruiters.len(), 1);
    assert_eq!(recruiters[0].contact.tags.len(), 2);
    assert_eq!(recruiters[0].company.as_deref(), Some("Acme"));
    let all = tx.list_contacts(&ContactFilter::default()).await.unwrap();
    let names: Vec<&str> = all.iter().map(|r| r.contact.name.as_str()).collect();
    assert_eq!(names, ["Bob Lee", "Jane Doe", "Jane Doe"]);
}

/// A search finds text anywhere in a name, an email or the company's name,
/// ignoring case; `LIKE`'s wildcards match only themselves; the limit cuts
/// the list by name but not the count.
pub async fn contacts_are_searched_by_name_email_or_company_and_counted<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme Rockets").await;
    let mut jane = new_contact("Jane Doe", Some("jane@example.com"));
    jane.company_id = Some(acme.id);
    tx.insert_contact(&jane, t(NOW)).await.unwrap();
    tx.insert_contact(&new_contact("Bob Lee", Some("bob@rockets.io")), t(NOW))
        .await
        .unwrap();
    tx.insert_contact(&new_contact("Zoë 100% Real", None), t(NOW))
        .await
        .unwrap();
    tx.insert_contact(&new_contact("Carl Ix", None), t(NOW))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    let search = |text: &str, limit: Option<u32>| ContactFilter {
        text: Some(text.to_owned()),
        limit,
        ..ContactFilter::default()
    };
    let names = |rows: Vec<ContactRow>| -> Vec<String> {
        rows.into_iter()
            .map(|r| r.contact.name.to_string())
            .collect()
    };
    // "ROCKET" is in Acme Rockets (Jane's company) and in Bob's email.
    let found = tx.list_contacts(&search("ROCKET", None)).await.unwrap();
    assert_eq!(names(found), ["Bob Lee", "Jane Doe"]);
    assert_eq!(tx.count_contacts(&search("ROCKET", None)).await.unwrap(), 2);
    let found = tx.list_contacts(&search("ROCKET", Some(1))).await.unwrap();
    assert_eq!(names(found), ["Bob Lee"]);
    assert_eq!(
        tx.count_contacts(&search("ROCKET", Some(1))).await.unwrap(),
        2
    );
    // A wildcard typed is a character searched for.
    let found = tx.list_contacts(&search("0%", None)).await.unwrap();
    assert_eq!(names(found), ["Zoë 100% Real"]);
    assert!(
        tx.list_contacts(&search("_", None))
            .await
            .unwrap()
            .is_empty()
    );
    // Case is ignored beyond ASCII too.
    let found = tx.list_contacts(&search("ZOË", None)).await.unwrap();
    assert_eq!(names(found), ["Zoë 100% Real"]);
    // Blank text is no filter.
    assert_eq!(tx.count_contacts(&search("  ", None)).await.unwrap(), 4);
    assert_eq!(
        tx.count_contacts(&ContactFilter::default()).await.unwrap(),
        4
    );
}

/// Adds Acme, an application there with its first event, one interview,
/// and Jane Doe on it in `role`: the smallest whole pipeline.
async fn one_round<T: Transaction>(
    tx: &mut T,
    jane_email: Option<&str>,
    role: InterviewerRole,
) -> (Company, Application, Interview, Contact) {
    let acme = add_company(tx, "Acme").await;
    let a = add_app(tx, acme.id, "Engineer", ApplicationStatus::Applied).await;
    tx.append_event(&NewEvent {
        application_id: a.id,
        at: t(NOW),
        from_status: None,
        to_status: ApplicationStatus::Applied,
        forced: false,
        note: None,
    })
    .await
    .expect("first event");
    let i = tx
        .insert_interview(&new_interview(a.id, "2026-12-01T13:00:00Z"), t(NOW))
        .await
        .expect("interview");
    let jane = tx
        .insert_contact(&new_contact("Jane Doe", jane_email), t(NOW))
        .await
        .expect("contact");
    tx.set_interviewer(&Interviewer {
        interview_id: i.id,
        contact_id: jane.id,
        role,
    })
    .await
    .expect("interviewer");
    (acme, a, i, jane)
}

/// A company that applications point at cannot be removed.
pub async fn removing_a_company_with_applications_is_refused<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let acme = add_company(&mut tx, "Acme").await;
    add_app(&mut tx, acme.id, "Engineer", ApplicationStatus::Applied).await;
    tx.commit().await.unwrap();
    let mut tx = store.write().await.unwrap();
    let err = tx.delete_company(acme.id).await.unwrap_err();
    assert!(matches!(err, StoreError::Reference(_)), "{err:?}");
    drop(tx);
    let mut tx = store.read().await.unwrap();
    let rows = tx.list_companies().await.unwrap();
    assert_eq!(
        (rows.len(), rows[0].applications, rows[0].live_applications),
        (1, 1, 1)
    );
}

/// Removing an application removes its interviews, interviewers and history.
pub async fn removing_an_application_takes_its_interviews_and_history<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, i, jane) = one_round(&mut tx, None, InterviewerRole::Interviewer).await;
    assert!(tx.delete_application(a.id).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert!(tx.interview(i.id).await.unwrap().is_none());
    assert!(tx.events(a.id).await.unwrap().is_empty());
    assert!(
        tx.contact(jane.id).await.unwrap().is_some(),
        "the person stays"
    );
    assert!(tx.delete_company(acme.id).await.unwrap());
}

/// The profile is empty at first, then reads back as saved.
pub async fn the_profile_and_resumes_round_trip<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    assert_eq!(tx.profile().await.unwrap(), Profile::default());
    let profile = Profile {
        name: Some(name("Sam Carter")),
        email: Some(Email::parse("sam@example.com").unwrap()),
        signature: Some(LongText::parse("signature", "Best,\nSam").unwrap()),
        time_zone: Some("Europe/Berlin".into()),
        skills: vec![name("Rust"), name("PostgreSQL")],
    };
    tx.save_profile(&profile).await.unwrap();
    let r = tx
        .insert_resume(&name("backend-2026"), "/home/sam/cv.pdf")
        .await
        .unwrap();
    let err = tx
        .insert_resume(&name("Backend-2026"), "/x.pdf")
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    tx.commit().await.unwrap();
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.profile().await.unwrap(), profile);
    assert_eq!(tx.resumes().await.unwrap(), vec![r]);
}

/// Export, restore into another empty store, export again: the same data;
/// and new rows continue after the restored ids.
pub async fn a_backup_restores_to_the_same_data_and_ids_continue<S: Store>(store: &S) {
    let mut tx = store.write().await.unwrap();
    let (acme, a, _, jane) = one_round(
        &mut tx,
        Some("jane@acme.com"),
        InterviewerRole::HiringManager,
    )
    .await;
    let backup = tx.export().await.unwrap();
    // Remove everything and restore: the store must come back the same.
    assert!(tx.delete_application(a.id).await.unwrap());
    assert!(tx.delete_company(acme.id).await.unwrap());
    assert!(tx.delete_contact(jane.id).await.unwrap());
    assert!(tx.is_empty().await.unwrap());
    tx.restore(&backup).await.unwrap();
    assert_eq!(tx.export().await.unwrap(), backup);
    let next = add_company(&mut tx, "Globex").await;
    assert!(next.id > acme.id, "ids continue after the restored ones");
    tx.commit().await.unwrap();
}
