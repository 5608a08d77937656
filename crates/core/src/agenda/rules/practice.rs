//! The practice rule: drill the questions whose spaced-repetition schedule
//! (or an interview coming up at their company) says they are due.

use super::action;
use super::momentum::{end_of_today, search_subject};
use crate::agenda::{Action, ActionKind, Ctx};
use crate::follow::ActionKey;

/// Practise the cards that are due, as one action for the day.
///
/// The count is read with the facts; it is due by the end of today, like a
/// warning, so a backlog of cards reads as today's work rather than as an
/// action overdue by weeks that the agenda would drop as stale.
pub(super) fn due_cards(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let due = ctx.facts.practice.due;
    if due == 0 || ctx.search_over_since().is_some() {
        return;
    }
    let day = ctx.now.to_zoned_datetime(ctx.facts.zone.clone()).date();
    out.push(action(
        ActionKey::named("practice", &day.to_string()),
        ActionKind::Practice,
        format!(
            "Practise {due} question{} due for review",
            if due == 1 { "" } else { "s" }
        ),
        search_subject("practice"),
        end_of_today(ctx),
        "Spaced repetition brings each question back just before you would forget its better answer; cards for a company you meet soon come first.".to_owned(),
        "afterview practice".to_owned(),
    ));
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn due_cards_make_one_action_for_the_day_with_their_count() {
        let mut scene = Scene::new();
        scene.app("Acme", "Backend Engineer");
        assert!(
            scene
                .find_at("2026-11-25T09:00:00Z", "practice-2026-11-25")
                .is_none(),
            "nothing due, nothing to do"
        );
        scene.facts.practice.due = 3;
        let a = scene
            .find_at("2026-11-25T09:00:00Z", "practice-2026-11-25")
            .expect("a practice action");
        assert_eq!(a.title, "Practise 3 questions due for review");
        assert_eq!(a.command, "afterview practice");
        assert_eq!(a.due, at("2026-11-25T23:59:59Z"));
    }

    #[test]
    fn practice_stops_once_hired() {
        let mut scene = Scene::new();
        let acme = scene.app("Acme", "Backend Engineer");
        scene.hired(acme, "2026-11-24T10:00:00Z");
        scene.facts.practice.due = 2;
        assert!(
            scene
                .find_at("2026-11-25T09:00:00Z", "practice-2026-11-25")
                .is_none()
        );
    }
}
