//! Rules that keep the search going: the weekly target, the thin pipeline, withdrawing once hired.

use super::{action, app_subject};
use crate::agenda::{Action, ActionKind, Ctx, Subject, plus};
use crate::application::ApplicationStatus;
use crate::follow::ActionKey;
use jiff::ToSpan;

/// The week `now` falls in, named like `2026w48` (ISO weeks).
fn week_name(ctx: &Ctx<'_>) -> String {
    let date = ctx.now.to_zoned_datetime(ctx.facts.zone.clone()).date();
    let week = date.iso_week_date();
    format!("{}w{:02}", week.year(), week.week())
}

/// Sunday 18:00 of this week, in the person's zone.
fn end_of_week(ctx: &Ctx<'_>) -> jiff::Timestamp {
    let local = ctx.now.to_zoned_datetime(ctx.facts.zone.clone());
    let days = 7 - i64::from(local.weekday().to_monday_one_offset());
    local
        .date()
        .checked_add(days.days())
        .ok()
        .and_then(|d| {
            d.at(18, 0, 0, 0)
                .to_zoned_datetime(ctx.facts.zone.clone())
                .ok()
        })
        .map_or(ctx.now, |z| z.timestamp())
}

/// The last second of today in the person's zone: a warning is for today,
/// never overdue.
pub(super) fn end_of_today(ctx: &Ctx<'_>) -> jiff::Timestamp {
    let local = ctx.now.to_zoned_datetime(ctx.facts.zone.clone());
    local
        .date()
        .at(23, 59, 59, 0)
        .to_zoned_datetime(ctx.facts.zone.clone())
        .map_or(ctx.now, |z| z.timestamp())
}

pub(super) fn search_subject(label: &str) -> Subject {
    Subject {
        application: None,
        interview: None,
        contact: None,
        label: label.to_owned(),
    }
}

/// Send applications toward the weekly target.
pub(super) fn weekly_target(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let target = ctx.policy.weekly_applications;
    let sent = ctx.facts.applied_this_week;
    if target == 0
        || sent >= target
        || !ctx.facts.search_started
        || ctx.search_over_since().is_some()
    {
        return;
    }
    let more = target - sent;
    out.push(action(
        ActionKey::named("weekly", &week_name(ctx)),
        ActionKind::WeeklyTarget,
        format!(
            "Send {more} more application{} this week ({sent} of {target})",
            if more == 1 { "" } else { "s" }
        ),
        search_subject("this week's applications"),
        end_of_week(ctx),
        "A steady flow of applications keeps options open until an offer is signed.".to_owned(),
        "afterview app add --company … --role …".to_owned(),
    ));
}

/// Warn when too few applications are live.
pub(super) fn thin_pipeline(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let floor = ctx.policy.thin_pipeline_below;
    let live = ctx.facts.live_applications as usize;
    if floor == 0
        || live >= floor as usize
        || !ctx.facts.search_started
        || ctx.search_over_since().is_some()
    {
        return;
    }
    out.push(action(
        ActionKey::named("pipeline", &week_name(ctx)),
        ActionKind::ThinPipeline,
        format!(
            "Your pipeline is thin: {live} live application{} (aim for {floor} or more)",
            if live == 1 { "" } else { "s" }
        ),
        search_subject("your pipeline"),
        end_of_today(ctx),
        "With few applications in play, one rejection can stall the whole search.".to_owned(),
        "afterview app add --company … --role …".to_owned(),
    ));
}

/// Withdraw politely from every other live application once hired.
pub(super) fn withdraw(ctx: &Ctx<'_>, out: &mut Vec<Action>) {
    let Some(hired) = ctx.search_over_since() else {
        return;
    };
    let hire = ctx
        .facts
        .applications
        .iter()
        .filter(|a| a.status == ApplicationStatus::Hired)
        .max_by_key(|a| a.status_changed_at);
    let company = hire.map_or("your new employer", |a| a.company.as_str());
    for app in ctx.live_apps() {
        out.push(action(
            ActionKey::of("withdraw", &[app.id.0]),
            ActionKind::Withdraw,
            format!("Withdraw politely from {}", app.company),
            app_subject(app),
            plus(hired, ctx.policy.withdraw_within.get()),
            format!("You were hired at {company}; a short, kind withdrawal keeps the door open."),
            format!("afterview app status {} withdrawn", app.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::agenda::tests::{Scene, at};

    #[test]
    fn the_weekly_target_counts_what_was_sent() {
        let mut scene = Scene::new();
        scene.policy.weekly_applications = 5;
        scene.facts.applied_this_week = 2;
        // Wednesday 2026-11-25: the week is 2026w48 and ends Sunday 18:00.
        let weekly = scene
            .find_at("2026-11-25T09:00:00Z", "weekly-2026w48")
            .expect("weekly");
        assert_eq!(weekly.title, "Send 3 more applications this week (2 of 5)");
        assert_eq!(weekly.due, at("2026-11-29T18:00:00Z"));
        scene.facts.applied_this_week = 5;
        assert!(
            scene
                .find_at("2026-11-25T09:00:00Z", "weekly-2026w48")
                .is_none()
        );
    }

    #[test]
    fn a_thin_pipeline_warns_until_three_are_live() {
        let mut scene = Scene::new();
        scene.policy.thin_pipeline_below = 3;
        scene.app("Acme", "Backend Engineer");
        assert!(
            scene
                .find_at("2026-11-25T10:00:00Z", "pipeline-2026w48")
                .is_some()
        );
        scene.app("Initech", "SRE");
        scene.app("Globex", "Platform Engineer");
        assert!(
            scene
                .find_at("2026-11-25T10:00:00Z", "pipeline-2026w48")
                .is_none()
        );
    }

    #[test]
    fn a_hire_asks_to_withdraw_from_the_rest_and_stops_the_search() {
        let mut scene = Scene::new();
        let acme = scene.app("Acme", "Backend Engineer");
        scene.app("Initech", "SRE");
        scene.hired(acme, "2026-11-24T10:00:00Z");
        let keys = scene.keys_at("2026-11-25T09:00:00Z");
        assert_eq!(keys, ["withdraw-2"]);
        assert_eq!(
            scene
                .find_at("2026-11-25T09:00:00Z", "withdraw-2")
                .unwrap()
                .due,
            at("2026-11-26T10:00:00Z")
        );
    }
}
