//! Rules for the day after an interview: debrief, send what was owed, thank, follow up, nudge, check in.

use super::{action, interview_subject, kind_words};
use crate::agenda::{Action, ActionKind, AppFact, Ctx, InterviewFact, plus};
use crate::follow::ActionKey;

/// Each interview that happened, with its live application.
fn happened<'a>(ctx: &'a Ctx<'a>) -> impl Iterator<Item = (&'a AppFact, &'a InterviewFact)> + 'a {
    ctx.facts.interviews.iter().filter_map(move |i| {
        let app = ctx.live_app(i.application_id)?;
        i.happened(ctx.now).then_some((app, i))
    })
}

/// Debrief an interview that ended and has no debrief yet.
pub(super) fn debrief(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for (app, i) in happened(ctx) {
        if ctx.debrief(i.id).is_some() {
            continue;
        }
        let key = ActionKey::of("debrief", &[i.id.0]);
        let due = plus(i.ends_at, ctx.policy.debrief_within.get());
        if ctx.settled(&key, due) {
            continue;
        }
        out.push(action(
            key,
            ActionKind::Debrief,
            format!("Debrief {} with {}", kind_words(i), app.company),
            interview_subject(app, i),
            due,
            format!(
                "It ended {}; write down what went well and what to answer better while it is fresh.",
                ctx.short_time(i.ends_at)
            ),
            format!("afterview debrief {}", i.id),
        ));
    }
}

/// Send each item promised in a debrief.
pub(super) fn owed(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for (app, i) in happened(ctx) {
        let Some(debrief) = ctx.debrief(i.id) else {
            continue;
        };
        for (n, item) in debrief.owed.iter().enumerate() {
            let key = ActionKey::of("owe", &[i.id.0, n as i64 + 1]);
            let to = item
                .to
                .as_deref()
                .map(|to| format!(" to {to}"))
                .unwrap_or_default();
            let due = item
                .due
                .unwrap_or_else(|| plus(i.ends_at, ctx.policy.owed_within.get()));
            if ctx.settled(&key, due) {
                continue;
            }
            out.push(action(
                key.clone(),
                ActionKind::SendOwed,
                format!("Send {}{to}", item.what),
                interview_subject(app, i),
                due,
                format!(
                    "You promised it in {} with {}; sending it on time shows you follow through.",
                    kind_words(i),
                    app.company
                ),
                format!("afterview done {key}"),
            ));
        }
    }
}

/// Thank each interviewer.
pub(super) fn thank(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for (app, i) in happened(ctx) {
        for person in &i.interviewers {
            let key = ActionKey::of("thank", &[i.id.0, person.contact_id.0]);
            let due = plus(i.ends_at, ctx.policy.thank_within.get());
            if ctx.settled(&key, due) {
                continue;
            }
            let mut subject = interview_subject(app, i);
            subject.contact = Some(person.contact_id);
            out.push(action(
                key.clone(),
                ActionKind::Thank,
                format!("Thank {} for {}", person.name, kind_words(i)),
                subject,
                due,
                format!(
                    "A short, personal thank-you the same day sets you apart; {} was the {}.",
                    person.name,
                    person.role.as_str().replace('-', " ")
                ),
                format!("afterview draft thanks {}", i.id),
            ));
        }
    }
}

/// Follow up with the hiring contact.
pub(super) fn follow_up(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for (app, i) in happened(ctx) {
        let key = ActionKey::of("followup", &[i.id.0]);
        let due = plus(i.ends_at, ctx.policy.follow_up_within.get());
        if ctx.settled(&key, due) {
            continue;
        }
        let mut subject = interview_subject(app, i);
        let who = match i.hiring_contact() {
            Some(person) => {
                subject.contact = Some(person.contact_id);
                person.name.clone()
            }
            None => "the hiring contact".to_owned(),
        };
        out.push(action(
            key.clone(),
            ActionKind::FollowUp,
            format!("Follow up with {who} at {}", app.company),
            subject,
            due,
            "One short note at once: why your skills match, anything to add from the interview, and thanks for the chance.".to_owned(),
            format!("afterview draft followup {}", i.id),
        ));
    }
}

/// Whether the company answered after `since`: the application moved, a
/// later round was booked, or a letter about the round got a reply.
fn answered_since(ctx: &Ctx<'_>, app: &AppFact, i: &InterviewFact, since: jiff::Timestamp) -> bool {
    app.status_changed_at > since
        || ctx.has_later_round(app.id, i.round)
        || ctx.replied_at(i.id).is_some_and(|at| at > since)
}

/// Nudge politely when a follow-up got no answer, at most `max_nudges` times.
pub(super) fn nudge(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let policy = ctx.policy;
    if policy.max_nudges == 0 {
        return;
    }
    for (app, i) in happened(ctx) {
        let Some(mut last) = ctx.done_at(&ActionKey::of("followup", &[i.id.0])) else {
            continue;
        };
        if answered_since(ctx, app, i, last) {
            continue;
        }
        for n in 1..=policy.max_nudges {
            let key = ActionKey::of("nudge", &[i.id.0, i64::from(n)]);
            match ctx.done_at(&key) {
                Some(at) => last = at,
                None => {
                    let due = ctx.add_business_days(last, policy.nudge_after_business_days);
                    if ctx.settled(&key, due) {
                        break;
                    }
                    out.push(action(
                        key.clone(),
                        ActionKind::Nudge,
                        format!("Nudge {} about the {} role", app.company, app.role),
                        interview_subject(app, i),
                        due,
                        format!(
                            "No answer since {}; a polite nudge ({n} of at most {}) keeps you in mind.",
                            ctx.short_time(last),
                            policy.max_nudges
                        ),
                        format!("afterview draft nudge {}", i.id),
                    ));
                    break;
                }
            }
        }
    }
}

/// Check in once the decision date they gave has passed without news.
pub(super) fn decision(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for (app, i) in happened(ctx) {
        let Some(by) = ctx
            .debrief(i.id)
            .and_then(|d| d.decision.as_ref())
            .and_then(|d| d.by)
        else {
            continue;
        };
        if answered_since(ctx, app, i, i.ends_at) {
            continue;
        }
        let key = ActionKey::of("decision", &[i.id.0]);
        let due = ctx.add_business_days(by, ctx.policy.decision_check_in_business_days);
        if ctx.settled(&key, due) {
            continue;
        }
        out.push(action(
            key.clone(),
            ActionKind::DecisionCheckIn,
            format!("Ask {} how the decision stands", app.company),
            interview_subject(app, i),
            due,
            format!(
                "They said they would decide by {}; a short, friendly check-in is expected.",
                ctx.short_time(by)
            ),
            format!("afterview done {key}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::ActionKind;
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn an_ended_interview_asks_for_debrief_thanks_and_follow_up() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        let iv = scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
        scene.interviewer(iv, 7, "Jane Doe", "hiring-manager");
        scene.interviewer(iv, 8, "Bob Lee", "panelist");
        let keys = scene.keys_at("2026-11-24T15:30:00Z");
        assert_eq!(keys, ["debrief-1", "followup-1", "thank-1-7", "thank-1-8"]);
        let actions = scene.agenda_at("2026-11-24T15:30:00Z");
        assert_eq!(actions[0].due, at("2026-11-24T17:00:00Z"));
        assert!(
            actions[1].title.contains("Jane Doe"),
            "{}",
            actions[1].title
        );
    }

    #[test]
    fn nothing_before_the_interview_ends_or_when_it_was_cancelled() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        let iv = scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
        scene.interviewer(iv, 7, "Jane Doe", "hiring-manager");
        assert!(
            scene
                .keys_at("2026-11-24T14:30:00Z")
                .iter()
                .all(|k| !k.starts_with("thank"))
        );
        scene.cancel(iv);
        assert!(scene.keys_at("2026-11-25T09:00:00Z").is_empty());
    }

    #[test]
    fn a_debrief_clears_its_action_and_adds_owed_items() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        let iv = scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
        scene.debrief(iv, &[("writing sample", None)], None);
        let actions = scene.agenda_at("2026-11-24T18:00:00Z");
        let owed: Vec<_> = actions
            .iter()
            .filter(|a| a.kind == ActionKind::SendOwed)
            .collect();
        assert_eq!(owed.len(), 1);
        assert_eq!(owed[0].due, at("2026-11-25T15:00:00Z"));
        assert!(!actions.iter().any(|a| a.kind == ActionKind::Debrief));
    }

    #[test]
    fn nudges_come_after_business_days_at_most_twice() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        // Friday afternoon: five business days later is the next Friday.
        let iv = scene.interview(app, "2026-11-20T14:00:00Z", "2026-11-20T15:00:00Z");
        scene.done("followup-1", "2026-11-20T16:00:00Z");
        let nudge = scene
            .find_at("2026-11-21T09:00:00Z", "nudge-1-1")
            .expect("first nudge");
        assert_eq!(nudge.due, at("2026-11-27T16:00:00Z"));
        scene.done("nudge-1-1", "2026-11-27T16:00:00Z");
        let second = scene
            .find_at("2026-11-28T09:00:00Z", "nudge-1-2")
            .expect("second nudge");
        assert_eq!(second.due, at("2026-12-04T16:00:00Z"));
        scene.done("nudge-1-2", "2026-12-04T16:00:00Z");
        assert!(
            scene
                .keys_at("2026-12-20T09:00:00Z")
                .iter()
                .all(|k| !k.starts_with("nudge"))
        );
        let _ = iv;
    }

    #[test]
    fn an_answer_stops_the_nudges() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        scene.interview(app, "2026-11-20T14:00:00Z", "2026-11-20T15:00:00Z");
        scene.done("followup-1", "2026-11-20T16:00:00Z");
        scene.moved(app, "2026-11-23T10:00:00Z");
        assert!(scene.find_at("2026-11-30T09:00:00Z", "nudge-1-1").is_none());
    }

    #[test]
    fn a_passed_decision_date_asks_for_a_check_in() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        let iv = scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
        scene.debrief(iv, &[], Some("2026-11-27T17:00:00Z"));
        let check = scene
            .find_at("2026-11-28T09:00:00Z", "decision-1")
            .expect("check-in");
        // Friday's decision date: the next business day is Monday.
        assert_eq!(check.due, at("2026-11-30T17:00:00Z"));
        scene.moved(app, "2026-11-27T12:00:00Z");
        assert!(
            scene
                .find_at("2026-11-28T09:00:00Z", "decision-1")
                .is_none()
        );
    }
}
