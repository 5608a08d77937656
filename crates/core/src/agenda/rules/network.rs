//! Rules: ask someone for a good word around an interview, and thank them
//! once they have put it in.

use super::action;
use crate::agenda::{Action, ActionKind, Ctx, GOOD_WORD_WITHIN, Subject, plus};
use crate::follow::ActionKey;
use crate::ids::ApplicationId;
use crate::interview::InterviewStatus;
use crate::network::FavourState;

/// For each application with a round within two days of now (coming or
/// just ended), when someone the person knows reaches the decision and
/// nobody was asked yet: ask them for a good word, by two days after the
/// round. Later than that the decision is made, and the action goes.
pub(super) fn ask_good_word(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let mut seen: Vec<ApplicationId> = Vec::new();
    let near = |t: jiff::Timestamp| t.duration_since(ctx.now).abs() <= GOOD_WORD_WITHIN;
    // The latest live round of each application decides the due time.
    let mut rounds: Vec<_> = ctx
        .facts
        .interviews
        .iter()
        .filter(|i| !matches!(i.status, InterviewStatus::Cancelled))
        .filter(|i| near(i.starts_at) || near(i.ends_at))
        .collect();
    rounds.sort_by(|a, b| b.round.cmp(&a.round).then(a.id.cmp(&b.id)));
    for round in rounds {
        let app_id = round.application_id;
        if seen.contains(&app_id) {
            continue;
        }
        seen.push(app_id);
        let Some(app) = ctx.live_app(app_id) else {
            continue;
        };
        let Some(warm) = ctx
            .facts
            .warm_contacts
            .iter()
            .find(|w| w.application_id == app_id)
        else {
            continue;
        };
        if ctx.facts.favours.iter().any(|f| f.application_id == app_id) {
            continue;
        }
        let key = ActionKey::of("good-word", &[app_id.0]);
        let due = plus(round.ends_at, GOOD_WORD_WITHIN);
        if ctx.settled(&key, due) {
            continue;
        }
        out.push(action(
            key,
            ActionKind::AskGoodWord,
            format!("Ask {} for a good word at {}", warm.name, app.company),
            Subject {
                application: Some(app_id),
                interview: Some(round.id),
                contact: Some(warm.contact_id),
                label: format!("{}, {}", app.company, app.role),
            },
            due,
            format!(
                "{} {}; a word from someone they trust weighs most in the days around an interview.",
                warm.name, warm.reach
            ),
            format!("afterview network {app_id}"),
        ));
    }
}

/// Thank whoever put in a good word, until a touch with them is logged.
pub(super) fn thank_helper(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    for f in &ctx.facts.favours {
        let Some(done_at) = f.done_at.filter(|_| f.state == FavourState::Done) else {
            continue;
        };
        if f.last_contact.is_some_and(|t| t > done_at) {
            continue;
        }
        let key = ActionKey::of("thank-helper", &[f.id]);
        let due = plus(done_at, ctx.policy.thank_within.get());
        if ctx.settled(&key, due) {
            continue;
        }
        out.push(action(
            key,
            ActionKind::ThankHelper,
            format!("Thank {} for the good word", f.name),
            Subject {
                application: Some(f.application_id),
                interview: None,
                contact: Some(f.contact_id),
                label: f.name.clone(),
            },
            due,
            "They spent their credibility on you; a prompt thank-you keeps the door open."
                .to_owned(),
            format!(
                "afterview touch {} --note \"thanked them for the good word\"",
                f.contact_id
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};
    use crate::network::FavourState;

    fn scene_with_round() -> (Scene, crate::ids::ApplicationId) {
        let mut scene = Scene::new();
        let app = scene.app("Acme", "Platform Engineer");
        scene.interview(app, "2026-11-10T14:00:00Z", "2026-11-10T15:00:00Z");
        (scene, app)
    }

    #[test]
    fn a_warm_contact_brings_an_ask_due_two_days_after_the_round() {
        let (mut scene, app) = scene_with_round();
        scene.warm_contact(app, 9, "Ana Silva");
        let ask = scene
            .find_at("2026-11-10T16:00:00Z", &format!("good-word-{app}"))
            .expect("an ask");
        assert_eq!(ask.due, at("2026-11-12T15:00:00Z"));
        assert_eq!(ask.command, format!("afterview network {app}"));
        assert_eq!(ask.title, "Ask Ana Silva for a good word at Acme");
        // Two days before the round it is there already; three after, gone.
        let key = format!("good-word-{app}");
        assert!(scene.find_at("2026-11-08T15:00:00Z", &key).is_some());
        assert!(scene.find_at("2026-11-13T16:00:00Z", &key).is_none());
    }

    #[test]
    fn no_ask_without_a_warm_contact_or_once_one_was_asked() {
        let (mut scene, app) = scene_with_round();
        let key = format!("good-word-{app}");
        assert!(scene.find_at("2026-11-10T16:00:00Z", &key).is_none());
        scene.warm_contact(app, 9, "Ana Silva");
        scene.favour(1, app, 9, "Ana Silva", FavourState::Asked, None, None);
        assert!(scene.find_at("2026-11-10T16:00:00Z", &key).is_none());
    }

    #[test]
    fn a_done_favour_asks_for_thanks_until_a_touch() {
        let (mut scene, app) = scene_with_round();
        scene.favour(
            4,
            app,
            9,
            "Ana Silva",
            FavourState::Done,
            Some("2026-11-12T10:00:00Z"),
            None,
        );
        let thanks = scene
            .find_at("2026-11-12T11:00:00Z", "thank-helper-4")
            .expect("thanks");
        assert_eq!(thanks.due, at("2026-11-13T10:00:00Z"));
        scene.favour(
            4,
            app,
            9,
            "Ana Silva",
            FavourState::Done,
            Some("2026-11-12T10:00:00Z"),
            Some("2026-11-12T18:00:00Z"),
        );
        assert!(
            scene
                .find_at("2026-11-12T19:00:00Z", "thank-helper-4")
                .is_none()
        );
    }
}
