//! The rules: each one small unit that proposes actions from the facts.
//!
//! A rule reads the indexed facts in [`Ctx`] and pushes every action it
//! finds due, whatever the person did with it: the engine applies marks,
//! staleness and order afterwards, so a rule only says what the habit asks.

mod after_interview;
mod momentum;
mod network;
mod offers;
mod practice;
mod prepare;
mod recruiters;

use super::{Action, ActionKind, AppFact, Ctx, InterviewFact, Subject};
use crate::follow::ActionKey;
use jiff::Timestamp;

/// One rule: a name for tests and docs, and what it does.
pub struct Rule {
    /// What the rule is called in the README's table.
    pub name: &'static str,
    /// Pushes the actions the rule finds.
    pub run: fn(&Ctx<'_>, &mut Vec<Action>),
}

/// Every rule, in the order the README lists them.
pub const ALL: &[Rule] = &[
    Rule {
        name: "debrief an interview",
        run: after_interview::debrief,
    },
    Rule {
        name: "send owed items",
        run: after_interview::owed,
    },
    Rule {
        name: "thank each interviewer",
        run: after_interview::thank,
    },
    Rule {
        name: "follow up with the hiring contact",
        run: after_interview::follow_up,
    },
    Rule {
        name: "nudge after a silent follow-up",
        run: after_interview::nudge,
    },
    Rule {
        name: "check in after the decision date",
        run: after_interview::decision,
    },
    Rule {
        name: "prepare for an interview",
        run: prepare::prepare,
    },
    Rule {
        name: "ask for a good word",
        run: network::ask_good_word,
    },
    Rule {
        name: "thank whoever put in a good word",
        run: network::thank_helper,
    },
    Rule {
        name: "answer an offer",
        run: offers::answer,
    },
    Rule {
        name: "check in with recruiters",
        run: recruiters::check_in,
    },
    Rule {
        name: "weekly applications target",
        run: momentum::weekly_target,
    },
    Rule {
        name: "thin pipeline warning",
        run: momentum::thin_pipeline,
    },
    Rule {
        name: "withdraw once hired",
        run: momentum::withdraw,
    },
    Rule {
        name: "practise due questions",
        run: practice::due_cards,
    },
];

/// Builds an action; `must_do` follows from the kind.
#[allow(clippy::too_many_arguments)]
fn action(
    key: ActionKey,
    kind: ActionKind,
    title: String,
    subject: Subject,
    due: Timestamp,
    reason: String,
    command: String,
) -> Action {
    Action {
        key,
        kind,
        must_do: kind.must_do(),
        title,
        subject,
        due,
        reason,
        command,
        snoozed_until: None,
    }
}

/// What an action about one interview is about.
fn interview_subject(app: &AppFact, interview: &InterviewFact) -> Subject {
    Subject {
        application: Some(app.id),
        interview: Some(interview.id),
        contact: None,
        label: format!("{} · {} · round {}", app.company, app.role, interview.round),
    }
}

/// What an action about one application is about.
fn app_subject(app: &AppFact) -> Subject {
    Subject {
        application: Some(app.id),
        interview: None,
        contact: None,
        label: format!("{} · {}", app.company, app.role),
    }
}

/// How an interview is named in a sentence: "the panel interview".
fn kind_words(interview: &InterviewFact) -> String {
    format!("the {}", interview.kind.phrase())
}
