//! Properties over every combination of optional values: each built-in
//! letter renders, leaves no template marker or spacing slip behind, and
//! the follow-up stays short.

use afterview_letters::{
    CheckIn, Contact, Debrief, Interview, Last, Me, Owed, Recipient, Template, Vars, Withdrawal,
};
use proptest::prelude::*;
use proptest::sample::select;

use crate::{BUILTIN, render};

const PEOPLE: &[&str] = &[
    "Siobhán Ní Bhriain",
    "Nguyễn Thị Minh",
    "Dana Okafor",
    "Li Wei",
];
const PHRASES: &[&str] = &[
    "the whiteboard session on the ingest pipeline",
    "the live coding exercise",
    "hearing how the team handles schema changes",
];
const TOPICS: &[&str] = &[
    "streaming ingestion",
    "data contracts",
    "how the team runs on-call",
];
const SKILLS: &[&str] = &[
    "data modelling",
    "Rust",
    "incident response",
    "stakeholder management",
];
const OWED: &[&str] = &[
    "writing sample",
    "a link to my conference talk",
    "my references",
];
const DUES: &[&str] = &["by Friday", "tomorrow", "by the end of the week"];
const SENTENCES: &[&str] = &[
    "I have accepted an offer elsewhere.",
    "My plans have changed.",
];

/// A list of zero to three items from a pool.
fn list(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(select(pool).prop_map(String::from), 0..=3)
}

/// Some text from a pool, or none.
fn maybe(pool: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop::option::of(select(pool).prop_map(String::from))
}

fn interview() -> impl Strategy<Value = Interview> {
    (
        select(&["video call", "on-site interview", "phone screen"][..]),
        1u32..=12,
        list(PEOPLE),
    )
        .prop_map(|(kind, round, with)| Interview {
            date: "Tuesday 24 November".into(),
            day: "Tuesday".into(),
            kind: kind.into(),
            round,
            with,
        })
}

fn debrief() -> impl Strategy<Value = Debrief> {
    let owed = prop::collection::vec(
        (select(OWED), maybe(DUES)).prop_map(|(what, due)| Owed {
            what: what.into(),
            due,
        }),
        0..=3,
    );
    (
        list(PHRASES),
        list(TOPICS),
        owed,
        maybe(&["your question on data quality checks", "my notice period"]),
        maybe(&["Friday", "the end of the month"]),
    )
        .prop_map(|(went_well, topics, owed, issue, decision_by)| Debrief {
            went_well,
            topics,
            owed,
            issue,
            decision_by,
        })
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        maybe(&["at RustConf 2024", "through Ana"]),
        any::<bool>(),
        any::<bool>(),
        list(PEOPLE),
    )
        .prop_map(|(how_met, works_there, worked_there, knows)| Contact {
            how_met,
            works_there,
            worked_there,
            knows,
        })
}

fn vars() -> impl Strategy<Value = Vars> {
    let people = (
        maybe(&["Sam Carter\n+44 7700 900123", "Sam"]),
        maybe(&["Head of Data"]),
        maybe(&["dana@example.com"]),
    );
    let letter = (
        prop::option::of(interview()),
        prop::option::of(debrief()),
        list(SKILLS),
        prop::option::of(Just(Last {
            subject: "Following up on the Staff Data Engineer interview".into(),
            date: "Wednesday 25 November".into(),
        })),
        prop::option::of(contact()),
        prop::option::of(
            (
                maybe(&["I have just finished a course on stream processing."]),
                maybe(&["data engineering"]),
            )
                .prop_map(|(update, looking_for)| CheckIn {
                    update,
                    looking_for,
                }),
        ),
        prop::option::of(maybe(SENTENCES).prop_map(|reason| Withdrawal { reason })),
    );
    (people, letter).prop_map(
        |(
            (signature, role, email),
            (interview, debrief, skills, last, contact, checkin, withdrawal),
        )| Vars {
            me: Me {
                name: "Sam Carter".into(),
                first_name: "Sam".into(),
                email: "sam@example.com".into(),
                signature,
            },
            to: Recipient {
                name: "Dana Okafor".into(),
                first_name: "Dana".into(),
                role,
                email,
            },
            company: "Xylem Quantum".into(),
            role: "Staff Data Engineer".into(),
            interview,
            debrief,
            skills,
            last,
            contact,
            checkin,
            withdrawal,
        },
    )
}

/// Words as a reader counts them.
fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

proptest! {
    #[test]
    fn every_letter_reads_cleanly_whatever_is_present(vars in vars()) {
        for t in Template::ALL {
            let letter = BUILTIN.render(t, &vars);
            prop_assert!(letter.is_ok(), "{t}: {:?}", letter.err().map(|e| e.to_string()));
            let letter = letter.unwrap_or_else(|_| unreachable!());
            for text in [&letter.subject, &letter.body] {
                for slip in ["{{", "{%", "{#", "  ", " .", " ,", " ;", "none"] {
                    prop_assert!(!text.contains(slip), "{t} has {slip:?}:\n{text}");
                }
            }
            prop_assert!(!letter.subject.is_empty() && !letter.subject.contains('\n'));
            prop_assert!(letter.body.ends_with('\n') && !letter.body.ends_with("\n\n"));
            prop_assert!(!letter.body.contains("\n\n\n") && !letter.body.contains(" \n"));
            if t == Template::FollowUp {
                prop_assert!(words(&letter.body) < 150, "{} words:\n{}", words(&letter.body), letter.body);
            }
        }
    }
}

/// The follow-up with everything present and every list full of the
/// longest items: the worst case a busy reader could be sent.
#[test]
fn the_longest_follow_up_stays_near_120_words() {
    let longest = |pool: &[&str]| {
        pool.iter()
            .max_by_key(|s| s.len())
            .map(|s| (*s).to_owned())
            .unwrap_or_default()
    };
    let vars = Vars {
        me: Me {
            name: "Sam Carter".into(),
            first_name: "Sam".into(),
            email: "sam@example.com".into(),
            signature: None,
        },
        to: Recipient {
            name: "Siobhán Ní Bhriain".into(),
            first_name: "Siobhán".into(),
            role: None,
            email: None,
        },
        company: "Xylem Quantum".into(),
        role: "Staff Data Engineer".into(),
        interview: Some(Interview {
            date: "Tuesday 24 November".into(),
            day: "Tuesday".into(),
            kind: "on-site interview".into(),
            round: 1,
            with: PEOPLE.iter().take(3).map(|p| (*p).to_owned()).collect(),
        }),
        debrief: Some(Debrief {
            went_well: vec![longest(PHRASES); 3],
            topics: vec![longest(TOPICS); 3],
            owed: OWED
                .iter()
                .zip(DUES)
                .enumerate()
                .map(|(i, (what, due))| Owed {
                    what: (*what).into(),
                    due: (i > 0).then(|| (*due).into()),
                })
                .collect(),
            issue: Some("your question on data quality checks".into()),
            decision_by: Some("the end of the month".into()),
        }),
        skills: SKILLS.iter().take(3).map(|s| (*s).to_owned()).collect(),
        ..Vars::default()
    };
    let body = render(Template::FollowUp, &vars).body;
    let between = body
        .split_once(",\n\n")
        .and_then(|(_, rest)| rest.rsplit_once("\n\nBest regards,"))
        .map(|(middle, _)| middle)
        .unwrap_or_default();
    assert!(
        words(between) > 60,
        "the letter is not the one expected:\n{body}"
    );
    assert!(words(between) <= 120, "{} words:\n{body}", words(between));
}
