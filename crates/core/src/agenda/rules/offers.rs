//! Rule: answer an offer before its deadline.

use super::{action, app_subject};
use crate::agenda::{Action, ActionKind, Ctx, plus};
use crate::application::ApplicationStatus;
use crate::follow::ActionKey;

/// Answer each open offer by its deadline, or within the policy's window.
pub(super) fn answer(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for app in ctx.live_apps() {
        if app.status != ApplicationStatus::Offer {
            continue;
        }
        let deadline = ctx
            .facts
            .offers
            .iter()
            .find(|o| o.application_id == app.id)
            .and_then(|o| o.deadline);
        let (due, reason) = match deadline {
            Some(d) => (d, format!("The offer's deadline is {}.", ctx.short_time(d))),
            None => (
                plus(app.status_changed_at, ctx.policy.offer_answer_within.get()),
                format!(
                    "No deadline was given; answering within {} keeps the goodwill.",
                    ctx.policy.offer_answer_within
                ),
            ),
        };
        out.push(action(
            ActionKey::of("offer", &[app.id.0]),
            ActionKind::AnswerOffer,
            format!("Answer the offer from {}", app.company),
            app_subject(app),
            due,
            reason,
            format!("afterview outcome {} hired", app.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn an_offer_is_due_by_its_deadline_or_within_a_week() {
        let mut scene = Scene::new();
        let with = scene.app("Acme", "Backend Engineer");
        scene.offer(with, Some("2026-12-01T17:00:00Z"), "2026-11-24T10:00:00Z");
        let without = scene.app("Initech", "SRE");
        scene.offer(without, None, "2026-11-24T10:00:00Z");
        assert_eq!(
            scene
                .find_at("2026-11-25T09:00:00Z", "offer-1")
                .unwrap()
                .due,
            at("2026-12-01T17:00:00Z")
        );
        assert_eq!(
            scene
                .find_at("2026-11-25T09:00:00Z", "offer-2")
                .unwrap()
                .due,
            at("2026-12-01T10:00:00Z")
        );
    }
}
