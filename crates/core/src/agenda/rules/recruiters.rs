//! Rule: keep in touch with recruiters on a cadence that restarts with every touch.

use super::action;
use crate::agenda::{Action, ActionKind, Ctx, Subject, plus};
use crate::follow::ActionKey;
use crate::text::{concat, push_int};

/// Check in with each recruiter `recruiter_every` after the latest touch
/// (or after they were added), while the search goes on.
pub(super) fn check_in(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let every = ctx.policy.recruiter_every.get();
    if every.is_zero() || ctx.search_over_since().is_some() {
        return;
    }
    for r in &ctx.facts.recruiters {
        let last = r.last_contact.unwrap_or(r.added).max(r.added);
        let key = ActionKey::of("checkin", &[r.contact_id.0]);
        let due = plus(last, every);
        if ctx.settled(&key, due) {
            continue;
        }
        let label = match &r.company {
            Some(c) => concat(&[&r.name, " at ", c]),
            None => r.name.clone(),
        };
        let reason = match r.last_contact {
            Some(t) => {
                use std::fmt::Write;
                // Sized once: the words around the time are fixed.
                let mut reason = String::with_capacity(96);
                let _ = write!(
                    reason,
                    "Your last touch was {}; recruiters place the people they remember.",
                    ctx.short_time(t)
                );
                reason
            }
            None => "You have not been in touch since adding them; recruiters place the people they remember.".to_owned(),
        };
        out.push(action(
            key,
            ActionKind::RecruiterCheckIn,
            concat(&["Check in with ", &label]),
            Subject {
                application: None,
                interview: None,
                contact: Some(r.contact_id),
                label,
            },
            due,
            reason,
            {
                let mut command = String::with_capacity(32);
                command.push_str("afterview draft checkin ");
                push_int(&mut command, r.contact_id.0);
                command
            },
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn the_cadence_restarts_after_a_touch() {
        let mut scene = Scene::new();
        scene.recruiter(5, "Sam Park", "2026-11-01T10:00:00Z", None);
        assert_eq!(
            scene
                .find_at("2026-11-10T09:00:00Z", "checkin-5")
                .unwrap()
                .due,
            at("2026-11-15T10:00:00Z")
        );
        scene.recruiter(
            5,
            "Sam Park",
            "2026-11-01T10:00:00Z",
            Some("2026-11-20T10:00:00Z"),
        );
        assert_eq!(
            scene
                .find_at("2026-11-21T09:00:00Z", "checkin-5")
                .unwrap()
                .due,
            at("2026-12-04T10:00:00Z")
        );
    }

    #[test]
    fn a_hire_ends_the_check_ins() {
        let mut scene = Scene::new();
        scene.recruiter(5, "Sam Park", "2026-11-01T10:00:00Z", None);
        let app = scene.app("Acme", "Backend Engineer");
        scene.hired(app, "2026-11-05T10:00:00Z");
        assert!(scene.find_at("2026-11-20T09:00:00Z", "checkin-5").is_none());
    }
}
