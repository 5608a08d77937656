//! The follow-through a diligent person leaves behind: debriefs, touches, offers and marks on actions.
//!
//! Runs on the assembled backup, so every id is final. Someone who uses
//! afterview debriefs most rounds, thanks and follows up within a day, and
//! nudges when nothing comes back; so in the made-up search the agenda
//! holds what a real one would: the last few days' actions, preparation for
//! the rounds ahead, nudges and check-ins, not two years of backlog.

use super::rng::{DAY, HOUR, Rng, ts};
use afterview_core::backup::Backup;
use afterview_core::debrief::{BetterAnswer, Content, Decision, Owed, Rating};
use afterview_core::follow::{ActionKey, ActionMark, Debrief, MarkState, Offer, Touch, TouchVia};
use afterview_core::interview::InterviewerRole;
use afterview_core::{
    ApplicationStatus, ContactId, DebriefId, InterviewId, InterviewStatus, TouchId,
};
use std::collections::HashMap;

const WENT_WELL: &[&str] = &[
    "Walked through the caching design clearly",
    "Good rapport with the hiring manager",
    "The live coding went smoothly",
    "Explained the migration project with numbers",
    "Asked sharp questions about the roadmap",
    "Stayed calm on the system design follow-ups",
];

/// Common questions people answer poorly, with a topic; worded several ways
/// so that pooling has something to do.
const QUESTIONS: &[(&str, &str, &str)] = &[
    (
        "Tell me about a conflict with a colleague",
        "conflict",
        "The API ownership dispute with the data team, in STAR form",
    ),
    (
        "Describe a disagreement in your team",
        "conflict",
        "How I settled the deploy-freeze argument with data",
    ),
    (
        "What is your greatest weakness?",
        "weakness",
        "Delegation, and the weekly review that fixed it",
    ),
    (
        "What would you improve about yourself?",
        "weakness",
        "Saying no earlier; the roadmap triage example",
    ),
    (
        "Why do you want to work here?",
        "motivation",
        "Their payments platform matches the scaling work I love",
    ),
    (
        "Tell me about a failure",
        "failure",
        "The outage I caused, and the runbook that came out of it",
    ),
    (
        "Describe a project that went wrong",
        "failure",
        "The missed launch and what we changed in planning",
    ),
    (
        "What are your salary expectations?",
        "salary",
        "A range from market data, anchored high, open to total comp",
    ),
    (
        "Tell me about a time you led a team",
        "leadership",
        "Leading the on-call rework across three teams",
    ),
];

const ISSUES: &[&str] = &[
    "They worried about my lack of Kubernetes experience",
    "No k8s experience came up again",
    "They asked about the gap in my résumé",
    "Concern that I have not managed people yet",
    "They wondered whether I would relocate",
];

const OWED: &[&str] = &[
    "a writing sample",
    "two references",
    "the portfolio link",
    "the design doc I mentioned",
];

fn content(rng: &mut Rng, end: i64, hiring: Option<&str>) -> Content {
    let mut c = Content::default();
    for _ in 0..rng.between(1, 3) {
        c.went_well.push(rng.word(WENT_WELL).to_owned());
    }
    for _ in 0..rng.between(0, 3) {
        let (q, topic, better) = *rng.pick(QUESTIONS);
        c.better.push(BetterAnswer {
            question: q.to_owned(),
            said: Some("I rambled without a clear example".to_owned()),
            better: Some(better.to_owned()),
            topic: Some(topic.to_owned()),
        });
    }
    if rng.chance(0.4) {
        c.issues.push(rng.word(ISSUES).to_owned());
    }
    if rng.chance(0.3) {
        c.owed.push(Owed {
            what: rng.word(OWED).to_owned(),
            to: hiring.map(str::to_owned),
            due: None,
        });
    }
    if rng.chance(0.4) {
        c.decision = Some(Decision {
            said: "they decide within a week".to_owned(),
            by: Some(ts(end + 7 * DAY)),
        });
    }
    c.rating = Rating::new(rng.between(2, 6) as u8).ok();
    c
}

/// Adds debriefs, touches, offers and marks to an assembled search.
pub(super) fn follow_through(backup: &mut Backup, rng: &mut Rng, now: i64) {
    let status: HashMap<_, _> = backup
        .applications
        .iter()
        .map(|a| (a.id, (a.status, a.status_changed_at)))
        .collect();
    let names: HashMap<ContactId, &str> = backup
        .contacts
        .iter()
        .map(|c| (c.id, c.name.as_str()))
        .collect();
    let mut panels: HashMap<InterviewId, Vec<(ContactId, InterviewerRole)>> = HashMap::new();
    for i in &backup.interviewers {
        panels
            .entry(i.interview_id)
            .or_default()
            .push((i.contact_id, i.role));
    }
    let mut debriefs = Vec::new();
    let mut touches = Vec::new();
    let mut marks = Vec::new();
    for i in &backup.interviews {
        if i.status != InterviewStatus::Done {
            continue;
        }
        let end = i.ends_at.as_second();
        let panel = panels.get(&i.id).map(Vec::as_slice).unwrap_or(&[]);
        for &(contact, _) in panel {
            touches.push(Touch {
                id: TouchId(0),
                contact_id: contact,
                at: i.ends_at,
                via: TouchVia::Interview,
                note: None,
            });
        }
        let hiring = panel
            .iter()
            .find(|(_, r)| *r == InterviewerRole::HiringManager)
            .or(panel.first())
            .map(|(c, _)| names[c]);
        // The last few days' rounds are still being followed through.
        let settled = now - end > 3 * DAY;
        let debrief = (settled && rng.chance(0.85)) || (!settled && rng.chance(0.3));
        let mut owed = 0;
        if debrief {
            let c = content(rng, end, hiring);
            owed = c.owed.len();
            let written = ts((end + rng.between(HOUR, 6 * HOUR)).min(now));
            debriefs.push(Debrief {
                id: DebriefId(0),
                interview_id: i.id,
                version: 1,
                content: c,
                written_at: written,
            });
        }
        let (app_status, changed) = status[&i.application_id];
        let in_play = matches!(
            app_status,
            ApplicationStatus::Applied | ApplicationStatus::Interviewing | ApplicationStatus::Offer
        );
        if !in_play || !settled {
            continue;
        }
        let mut done = |key: ActionKey, at: i64| {
            marks.push(ActionMark {
                key,
                state: MarkState::Done,
                at: ts(at.min(now)),
                until: None,
                reason: None,
                application_id: Some(i.application_id),
                interview_id: Some(i.id),
            });
        };
        let next_day = end + 20 * HOUR;
        if !debrief {
            done(ActionKey::of("debrief", &[i.id.0]), end + 3 * HOUR);
        }
        for &(contact, _) in panel {
            done(ActionKey::of("thank", &[i.id.0, contact.0]), next_day);
        }
        done(ActionKey::of("followup", &[i.id.0]), next_day);
        for n in 1..=owed {
            done(ActionKey::of("owe", &[i.id.0, n as i64]), next_day);
        }
        // Nudges went out on time when nothing came back.
        if changed.as_second() < next_day {
            for (n, after) in [(1, 7 * DAY), (2, 14 * DAY)] {
                if now - next_day > after + 2 * DAY {
                    done(ActionKey::of("nudge", &[i.id.0, n]), next_day + after);
                }
            }
        }
    }
    // Recruiters at companies still in play hear from the person every
    // couple of weeks.
    let in_play: std::collections::HashSet<_> = backup
        .applications
        .iter()
        .filter(|a| {
            matches!(
                a.status,
                ApplicationStatus::Applied
                    | ApplicationStatus::Interviewing
                    | ApplicationStatus::Offer
            )
        })
        .map(|a| a.company_id)
        .collect();
    for c in &backup.contacts {
        let recruiter = c.tags.iter().any(|t| t.as_str() == "recruiter");
        if recruiter && c.company_id.is_some_and(|co| in_play.contains(&co)) {
            let at = (now - rng.between(HOUR, 13 * DAY)).max(c.created_at.as_second());
            touches.push(Touch {
                id: TouchId(0),
                contact_id: c.id,
                at: ts(at),
                via: TouchVia::Email,
                note: None,
            });
        }
    }
    for a in &backup.applications {
        if a.status == ApplicationStatus::Offer {
            backup.offers.push(Offer {
                application_id: a.id,
                deadline: Some(ts(a.status_changed_at.as_second() + 7 * DAY)),
                terms: None,
                recorded_at: a.status_changed_at,
            });
        }
    }
    // Numbered in the order they happened, as a store would have.
    debriefs.sort_by_key(|d| (d.written_at, d.interview_id));
    for (d, id) in debriefs.iter_mut().zip(1..) {
        d.id = DebriefId(id);
    }
    touches.sort_by_key(|t| (t.at, t.contact_id));
    for (t, id) in touches.iter_mut().zip(1..) {
        t.id = TouchId(id);
    }
    marks.sort_by(|a, b| a.key.cmp(&b.key));
    marks.dedup_by(|a, b| a.key == b.key);
    backup.debriefs = debriefs;
    backup.touches = touches;
    backup.action_marks = marks;
}
