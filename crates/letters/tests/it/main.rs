//! Integration tests of the letter templates, compiled into one binary:
//! snapshots of every built-in letter, the proofreader's verdict on them,
//! properties over every combination of optional values, user overrides
//! and their errors, and the docs' coverage of the variables.

use std::sync::LazyLock;

use afterview_letters::{
    CheckIn, Contact, Debrief, Interview, Last, Me, Owed, Recipient, Template, Templates, Vars,
    Withdrawal,
};

mod docs;
mod overrides;
mod proofread;
mod props;
mod snapshots;

/// The built-in templates, loaded once for the whole binary.
static BUILTIN: LazyLock<Templates> = LazyLock::new(Templates::builtin);

/// A letter with every optional value present: two interviewers with
/// names from outside English, owed items both sent now and later.
fn full() -> Vars {
    Vars {
        me: Me {
            name: "Sam Carter".into(),
            first_name: "Sam".into(),
            email: "sam.carter@example.com".into(),
            signature: Some("Sam Carter\nData engineer\n+44 7700 900123".into()),
        },
        to: Recipient {
            name: "Siobhán Ní Bhriain".into(),
            first_name: "Siobhán".into(),
            role: Some("Head of Data".into()),
            email: Some("siobhan@xylemquantum.example".into()),
        },
        company: "Xylem Quantum".into(),
        role: "Staff Data Engineer".into(),
        interview: Some(Interview {
            date: "Tuesday 24 November".into(),
            day: "Tuesday".into(),
            kind: "video call".into(),
            round: 2,
            with: vec!["Siobhán Ní Bhriain".into(), "Nguyễn Thị Minh".into()],
        }),
        debrief: Some(Debrief {
            went_well: vec![
                "the whiteboard session on the ingest pipeline".into(),
                "hearing how the team handles schema changes".into(),
            ],
            topics: vec!["streaming ingestion".into(), "data contracts".into()],
            owed: vec![
                Owed {
                    what: "writing sample".into(),
                    due: None,
                },
                Owed {
                    what: "two references".into(),
                    due: Some("by Friday".into()),
                },
            ],
            issue: Some("your question on data quality checks".into()),
            decision_by: Some("the end of next week".into()),
        }),
        skills: vec![
            "data modelling".into(),
            "Rust".into(),
            "incident response".into(),
        ],
        last: Some(Last {
            subject: "Following up on the Staff Data Engineer interview".into(),
            date: "Wednesday 25 November".into(),
        }),
        contact: Some(Contact {
            how_met: Some("at RustConf 2024".into()),
            works_there: true,
            worked_there: false,
            knows: vec!["Nguyễn Thị Minh".into()],
        }),
        checkin: Some(CheckIn {
            update: Some("I have just finished a course on stream processing.".into()),
            looking_for: Some("data engineering".into()),
        }),
        withdrawal: Some(Withdrawal {
            reason: Some("I have accepted an offer elsewhere.".into()),
        }),
    }
}

/// A letter with only what every letter has: who writes, to whom, and the
/// application. No interview, no debrief, no skills, no signature.
fn minimal() -> Vars {
    Vars {
        me: Me {
            name: "Nguyễn Thị Minh".into(),
            first_name: "Minh".into(),
            email: "minh@example.com".into(),
            signature: None,
        },
        to: Recipient {
            name: "Dana Okafor".into(),
            first_name: "Dana".into(),
            role: None,
            email: None,
        },
        company: "Acme".into(),
        role: "Product Designer".into(),
        ..Vars::default()
    }
}

/// Renders a built-in letter, which must not fail.
fn render(t: Template, vars: &Vars) -> afterview_letters::Rendered {
    BUILTIN
        .render(t, vars)
        .unwrap_or_else(|e| panic!("{t} failed to render: {e}"))
}
