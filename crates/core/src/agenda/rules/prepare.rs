//! Rule: prepare for an upcoming interview, with the prep sheet.

use super::{action, interview_subject, kind_words};
use crate::agenda::{Action, ActionKind, Ctx, plus};
use crate::follow::ActionKey;
use crate::interview::InterviewStatus;
use jiff::SignedDuration;

/// Prepare before each scheduled interview that has not started yet.
pub(super) fn prepare(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let before = ctx.policy.prepare_before.get();
    // Once hired, the other rounds are for withdrawing from, not preparing for.
    if ctx.search_over_since().is_some() {
        return;
    }
    for i in &ctx.facts.interviews {
        if i.status != InterviewStatus::Scheduled || i.starts_at <= ctx.now {
            continue;
        }
        let Some(app) = ctx.live_app(i.application_id) else {
            continue;
        };
        let key = ActionKey::of("prep", &[i.id.0]);
        out.push(action(
            key,
            ActionKind::Prepare,
            format!("Prepare for {} with {}", kind_words(i), app.company),
            interview_subject(app, i),
            plus(i.starts_at, SignedDuration::ZERO - before),
            format!(
                "It starts {}; review the earlier rounds, what you owe and your pooled lessons.",
                ctx.short_time(i.starts_at)
            ),
            format!("afterview prep {}", i.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn preparation_is_due_two_days_before_and_goes_once_it_starts() {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Backend Engineer");
        scene.interview(app, "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z");
        let prep = scene
            .find_at("2026-11-25T09:00:00Z", "prep-1")
            .expect("prep");
        assert_eq!(prep.due, at("2026-12-01T14:00:00Z"));
        assert_eq!(prep.command, "afterview prep 1");
        assert!(scene.find_at("2026-12-03T14:30:00Z", "prep-1").is_none());
    }
}
