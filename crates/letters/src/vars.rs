//! The variables a letter template reads: who writes, to whom, about which
//! application, and what the debrief says.
//!
//! The caller fills a [`Vars`] from the data (the profile, the application,
//! the interview, its debrief) and formats everything a person reads on the
//! way in: dates are already words ("Tuesday 24 November"), an interview's
//! kind is already a phrase ("video call"). Templates never format data, so a
//! user who overrides one only arranges words. Optional values are `None` and
//! lists may be empty; every built-in template reads well either way.
//!
//! `docs/templates.md` documents every field with an example, and
//! [`Vars::example`] holds those same examples: the variable check learns the
//! field names from it, so the check, the struct and the docs cannot drift
//! apart without a test failing.

use serde::Serialize;

/// Everything a template can read, as `{{ me.name }}`, `{{ company }}`, ...
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Vars {
    /// The person writing: the job seeker.
    pub me: Me,
    /// The person the letter is to.
    pub to: Recipient,
    /// The company of the application, such as "Xylem Quantum".
    pub company: String,
    /// The job title of the application, such as "Staff Data Engineer".
    pub role: String,
    /// The interview the letter is about, when there is one.
    pub interview: Option<Interview>,
    /// What the debrief of that interview says, when one was written.
    pub debrief: Option<Debrief>,
    /// The two or three skills that best match the posting, chosen by the
    /// caller, as they read mid-sentence ("data modelling", "Rust").
    pub skills: Vec<String>,
    /// The letter a nudge follows up on, or the last time a recruiter and
    /// the person spoke, for a check-in.
    pub last: Option<Last>,
    /// The person asked for a favour, for a networking ask.
    pub contact: Option<Contact>,
    /// What a check-in with a recruiter adds to the application.
    pub checkin: Option<CheckIn>,
    /// Why the person withdraws, for a withdrawal.
    pub withdrawal: Option<Withdrawal>,
}

/// The person writing the letter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Me {
    /// Their full name, such as "Sam Carter".
    pub name: String,
    /// The name they go by, such as "Sam".
    pub first_name: String,
    /// Their email address.
    pub email: String,
    /// What goes under the closing words ("Best regards,"): their name and,
    /// if they like, a title, a phone number or a link, one per line. When
    /// absent the letters are signed with [`Me::name`].
    pub signature: Option<String>,
}

/// The person a letter is to: an interviewer, the hiring contact, a
/// recruiter or a contact asked for a favour.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Recipient {
    /// Their full name, such as "Siobhán Ní Bhriain".
    pub name: String,
    /// The name to greet them with, such as "Siobhán" (for "Nguyễn Thị
    /// Minh", "Minh").
    pub first_name: String,
    /// Their job title, such as "Head of Data".
    pub role: Option<String>,
    /// Their email address.
    pub email: Option<String>,
}

/// An interview round, in words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Interview {
    /// The day and date, such as "Tuesday 24 November".
    pub date: String,
    /// The day of the week, such as "Tuesday".
    pub day: String,
    /// What kind of interview it was, as it reads after "the": "video call",
    /// "phone screen", "technical interview", "on-site interview".
    pub kind: String,
    /// Its round number within the application, from 1.
    pub round: u32,
    /// The full names of the interviewers.
    pub with: Vec<String>,
}

/// What the debrief of the interview says, in words a letter can quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Debrief {
    /// Moments that went well, as they read after "I especially enjoyed"
    /// ("the whiteboard session on the ingest pipeline").
    pub went_well: Vec<String>,
    /// Topics discussed, as they read after "our conversation about"
    /// ("streaming ingestion").
    pub topics: Vec<String>,
    /// What was promised to the interviewers.
    pub owed: Vec<Owed>,
    /// Something from the interview to address more fully, as it reads
    /// after "I have thought more about" ("your question on data quality").
    pub issue: Option<String>,
    /// When they said they would decide, as it reads after "decide by"
    /// ("Friday", "the end of the month").
    pub decision_by: Option<String>,
}

/// Something promised to an interviewer: a document, a link, some data.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Owed {
    /// What it is, as a noun phrase with or without an article
    /// ("writing sample", "a link to my talk").
    pub what: String,
    /// When it will be sent, if it does not go with this letter, as it reads
    /// after the verb ("by Friday", "tomorrow").
    pub due: Option<String>,
}

/// An earlier letter or conversation that this one refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Last {
    /// Its subject line, such as "Following up on the Staff Data Engineer
    /// interview".
    pub subject: String,
    /// Its day and date, such as "Thursday 26 November".
    pub date: String,
}

/// The person asked for a favour (the letter's [`Vars::to`]) and how they
/// know the company.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// How the two of you met, as it reads after "since we met" ("at
    /// RustConf 2024", "on the platform team at Globex").
    pub how_met: Option<String>,
    /// Whether they work at the company now.
    pub works_there: bool,
    /// Whether they used to work at the company.
    pub worked_there: bool,
    /// The full names of the interviewers or the hiring manager that they
    /// know.
    pub knows: Vec<String>,
}

/// What a check-in with a recruiter adds to the application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    /// News worth sharing, as one full sentence ("I have just finished the
    /// take-home exercise for another team.").
    pub update: Option<String>,
    /// Other roles the person would like to hear about, as they read after
    /// "other roles in" ("data engineering", "platform teams in Berlin").
    pub looking_for: Option<String>,
}

/// Why the person withdraws an application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Withdrawal {
    /// The reason as one full sentence ("I have accepted an offer that is
    /// a close match for what I was looking for.").
    pub reason: Option<String>,
}

impl Vars {
    /// Realistic values for every field, the examples of
    /// `docs/templates.md`: every optional value is present and every list
    /// has items.
    ///
    /// Use it to preview a template. The variable check also learns the
    /// field names from it, which is why every list here has an item.
    pub fn example() -> Vars {
        Vars::example_values()
    }

    /// Every variable a template can read, as `docs/templates.md` lists
    /// them: "company", "to.first_name", and for the items of a list
    /// "debrief.owed[].what". Sorted; useful for an editor's completion.
    pub fn names() -> Vec<String> {
        crate::schema::VARS.documented_paths()
    }

    /// The values of [`Vars::example`].
    fn example_values() -> Vars {
        Vars {
            me: Me {
                name: "Sam Carter".into(),
                first_name: "Sam".into(),
                email: "sam.carter@example.com".into(),
                signature: Some("Sam Carter\n+44 7700 900123".into()),
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
                went_well: vec!["the whiteboard session on the ingest pipeline".into()],
                topics: vec![
                    "streaming ingestion".into(),
                    "how the team runs on-call".into(),
                ],
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
}
