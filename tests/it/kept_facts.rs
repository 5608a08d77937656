//! The agenda's facts kept in a long-lived process (the web server) are
//! brought up to date from SQLite's journal of changes instead of read
//! whole: after any sequence of writes and moves of the clock, the agenda
//! computed from them is exactly the one a whole read gives.

use afterview_app::generate::{Size, generate};
use afterview_app::{
    App, ApplicationInput, Clock, CompanyInput, ContactInput, DebriefInput, InterviewInput,
    OutcomeInput, PositionInput, StatusChange, TouchInput,
};
use afterview_core::agenda::Action;
use afterview_store::prelude::*;
use afterview_store_sql::SqlStore;
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use tempfile::TempDir;
use tokio::runtime::Runtime;

/// The instant the generated search is seen from.
const NOW: &str = "2026-11-25T10:00:00Z";

/// One write a person (or the server on their behalf) might make; the
/// numbers pick among what there is, modulo its count.
#[derive(Debug, Clone)]
enum Op {
    Done(usize),
    Snooze(usize, u8),
    Dismiss(usize),
    Touch(i64),
    Debrief(i64),
    AddApplication(i64),
    Status(i64, usize),
    AddRound(i64, u8),
    RoundDone(i64),
    RenameContact(i64),
    Strength(i64),
    Link(i64, i64),
    Position(i64, i64),
    Offer(i64),
    Review,
    RenameCompany(i64),
    Ask(i64, i64),
    /// Someone comes to know a person an action is about (an interviewer,
    /// often), and then grows closer: a warm contact through them.
    Befriend(i64, usize, u8),
    /// Moves the clock on by minutes.
    Wait(u16),
}

fn op() -> impl Strategy<Value = Op> {
    let id = 1i64..=120;
    prop_oneof![
        4 => (0usize..400).prop_map(Op::Done),
        2 => (0usize..400, 1u8..72).prop_map(|(n, h)| Op::Snooze(n, h)),
        2 => (0usize..400).prop_map(Op::Dismiss),
        3 => id.clone().prop_map(Op::Touch),
        3 => id.clone().prop_map(Op::Debrief),
        1 => (1i64..=20).prop_map(Op::AddApplication),
        2 => (1i64..=60, 0usize..5).prop_map(|(a, s)| Op::Status(a, s)),
        2 => (1i64..=60, 1u8..96).prop_map(|(a, h)| Op::AddRound(a, h)),
        2 => id.clone().prop_map(Op::RoundDone),
        1 => id.clone().prop_map(Op::RenameContact),
        1 => id.clone().prop_map(Op::Strength),
        1 => (id.clone(), id.clone()).prop_map(|(a, b)| Op::Link(a, b)),
        1 => (id.clone(), 1i64..=20).prop_map(|(c, f)| Op::Position(c, f)),
        1 => (1i64..=60).prop_map(Op::Offer),
        2 => Just(Op::Review),
        1 => (1i64..=20).prop_map(Op::RenameCompany),
        1 => (id.clone(), 1i64..=60).prop_map(|(c, a)| Op::Ask(c, a)),
        2 => (id.clone(), 0usize..400, 0u8..=5).prop_map(|(c, n, s)| Op::Befriend(c, n, s)),
        3 => (1u16..600).prop_map(Op::Wait),
        1 => (600u16..3000).prop_map(Op::Wait),
    ]
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// A SQLite store holding the small generated search.
async fn filled(dir: &TempDir, now: Timestamp) -> SqlStore {
    let path = dir.path().join("afterview.db");
    let store = afterview_store_sqlite::open(
        path.to_str().expect("a UTF-8 temporary path"),
        1,
        "2026-11-25T09:00:00Z",
    )
    .await
    .expect("open the SQLite store");
    let mut tx = store.write().await.expect("a write transaction");
    tx.restore(&generate(&Size::SMALL, 7, now))
        .await
        .expect("restore the generated search");
    tx.commit().await.expect("commit the restore");
    store
}

/// Makes one write; a write the rules refuse changes nothing, which is
/// fine here.
async fn apply(app: &App<SqlStore>, op: &Op, actions: &[Action]) {
    let pick = |n: usize| {
        actions
            .get(n % actions.len().max(1))
            .map(|a| a.key.to_string())
    };
    let _ = match op {
        Op::Done(n) => match pick(*n) {
            Some(key) => app.done(&key, None).await.map(drop),
            None => Ok(()),
        },
        Op::Snooze(n, hours) => match pick(*n) {
            Some(key) => app
                .snooze(&key, &format!("in {hours} hours"))
                .await
                .map(drop),
            None => Ok(()),
        },
        Op::Dismiss(n) => match pick(*n) {
            Some(key) => app.dismiss(&key, "not for me").await.map(drop),
            None => Ok(()),
        },
        Op::Touch(c) => {
            let input = TouchInput {
                via: Some("email".into()),
                ..TouchInput::default()
            };
            app.touch(&c.to_string(), &input).await.map(drop)
        }
        Op::Debrief(i) => {
            let input = DebriefInput {
                owe: vec!["a writing sample to the panel by friday".into()],
                decision: Some("we decide by next tuesday".into()),
                rating: Some("3".into()),
                ..DebriefInput::default()
            };
            app.debrief_with_flags(&i.to_string(), &input)
                .await
                .map(drop)
        }
        Op::AddApplication(company) => {
            let input = ApplicationInput {
                company: Some(company.to_string()),
                role: Some("Platform Engineer".into()),
                status: Some("applied".into()),
                ..ApplicationInput::default()
            };
            app.add_application(&input).await.map(drop)
        }
        Op::Status(a, s) => {
            let status = ["interviewing", "rejected", "withdrawn", "offer", "hired"][*s];
            let change = StatusChange {
                status: status.into(),
                force: true,
                note: None,
            };
            app.change_status(&a.to_string(), &change).await.map(drop)
        }
        Op::AddRound(a, hours) => {
            let input = InterviewInput {
                application: Some(a.to_string()),
                at: Some(format!("in {hours} hours")),
                kind: Some("technical".into()),
                with: vec!["Ada Quinn".into(), "Ben Ortiz".into()],
                ..InterviewInput::default()
            };
            app.add_interview(&input).await.map(drop)
        }
        Op::RoundDone(i) => app.interview_done(&i.to_string(), None).await.map(drop),
        Op::RenameContact(c) => {
            let input = ContactInput {
                name: Some(format!("Renamed Person {c}")),
                ..ContactInput::default()
            };
            app.edit_contact(&c.to_string(), &input).await.map(drop)
        }
        Op::Strength(c) => app.set_strength(&c.to_string(), Some("5")).await.map(drop),
        Op::Link(a, b) => app
            .link_contacts(&a.to_string(), &b.to_string(), Some("worked together"))
            .await
            .map(drop),
        Op::Position(c, f) => {
            let input = PositionInput {
                company: f.to_string(),
                title: Some("Engineering Manager".into()),
                since: None,
                until: None,
            };
            app.add_position(&c.to_string(), &input).await.map(drop)
        }
        Op::Offer(a) => {
            let input = OutcomeInput {
                deadline: Some("in 5 days".into()),
                terms: Some("base and equity".into()),
                ..OutcomeInput::default()
            };
            app.outcome(&a.to_string(), "offer", &input).await.map(drop)
        }
        Op::Review => match app.next_card().await {
            Ok(next) => match next.card {
                Some(card) => app
                    .review_card(&card.card.id.to_string(), "hard", None)
                    .await
                    .map(drop),
                None => Ok(()),
            },
            Err(e) => Err(e),
        },
        Op::RenameCompany(f) => {
            let input = CompanyInput {
                name: Some(format!("Renamed Company {f}")),
                ..CompanyInput::default()
            };
            app.edit_company(&f.to_string(), &input).await.map(drop)
        }
        Op::Ask(c, a) => app
            .ask(&c.to_string(), &a.to_string(), Some("done"), None)
            .await
            .map(drop),
        Op::Befriend(c, n, strength) => {
            let people: Vec<_> = actions.iter().filter_map(|a| a.subject.contact).collect();
            match people.get(n % people.len().max(1)) {
                Some(other) => {
                    let (me, other) = (c.to_string(), other.to_string());
                    let _ = app.link_contacts(&me, &other, Some("old colleagues")).await;
                    let _ = app.compute_agenda(app.now()).await;
                    app.set_strength(&me, Some(&strength.to_string()))
                        .await
                        .map(drop)
                }
                None => Ok(()),
            }
        }
        Op::Wait(_) => Ok(()),
    };
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The kept facts, brought up to date after each write (or read whole
    /// when they cannot be), give the agenda a whole read gives.
    #[test]
    fn kept_facts_give_what_a_whole_read_gives(ops in proptest::collection::vec(op(), 1..20)) {
        let rt = runtime();
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut now = afterview_core::time::parse_utc(NOW).expect("NOW is an instant");
        let store = rt.block_on(filled(&dir, now));
        let mut app = App::new(store.clone(), Clock::Fixed(now));
        // The first `today` keeps the agenda and settles rounds, as a
        // person's first look would.
        rt.block_on(app.agenda(None, Some(12))).expect("the agenda");
        let mut actions = rt.block_on(app.compute_agenda(now)).expect("the agenda");
        for op in &ops {
            if let Op::Wait(minutes) = op {
                now += SignedDuration::from_mins(i64::from(*minutes));
                app = app.with_clock(Clock::Fixed(now));
            }
            rt.block_on(apply(&app, op, &actions));
            actions = rt.block_on(app.compute_agenda(now)).expect("the agenda from kept facts");
            let whole = rt
                .block_on(App::new(store.clone(), Clock::Fixed(now)).compute_agenda(now))
                .expect("the agenda from a whole read");
            prop_assert_eq!(&actions, &whole, "after {:?}", op);
        }
    }
}
