//! Insights: the funnel, response times, self-ratings over time and the
//! follow-through with what it goes with, each as a chart with its numbers
//! in a table beside it.
//!
//! The charts are SVG strings from [`crate::charts`], which escapes every
//! text it writes; they are the only thing the template prints with
//! `|safe`. Everything else on the page goes through askama's escaping.

use super::{PageResult, WebState, render};
use crate::charts::{self, Bar, Plot};
use crate::security::Csrf;
use afterview_app::{InsightsView, OutcomeGroup, StageTime};
use afterview_store::Store;
use askama::Template;
use axum::routing::get;
use axum::{Extension, Router};

/// Up to this many ratings, each is drawn as a dot behind the monthly line;
/// beyond it, the dots would be a blur and a heavy page.
const MAX_DOTS: usize = 300;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new().route("/insights", get(insights::<S>))
}

#[derive(Template)]
#[template(path = "insights.html")]
struct InsightsPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    page: Shown,
}

/// One row of a small table: a label and its cells, already written.
pub(crate) struct Row {
    label: String,
    cells: Vec<String>,
}

/// The page, shaped: chart markup and table rows.
struct Shown {
    /// No application at all yet.
    empty: bool,
    /// "10,000 applications".
    applications: String,
    /// Saved but never sent, written out, when there are any.
    never_sent: Option<String>,
    funnel_svg: String,
    funnel: Vec<Row>,
    times_svg: String,
    times: Vec<Row>,
    ratings_svg: String,
    ratings_n: usize,
    /// "23,134 rated debriefs".
    ratings_text: String,
    /// Whether single ratings are drawn as dots.
    dots: bool,
    months: Vec<Row>,
    follow_rounds: u32,
    /// "27,355 interviews".
    follow_rounds_text: String,
    follow_rate: String,
    habits: Vec<Row>,
    outcome_svg: String,
    outcomes: Vec<Row>,
    verdict: String,
    by_rating_svg: String,
    by_rating: Vec<Row>,
    enough: u32,
}

async fn insights<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
) -> PageResult {
    let view = web.insights().await?;
    render(&InsightsPage {
        csrf,
        nav: "insights",
        flash: None,
        page: shown(&view),
    })
}

/// A share as a whole percentage, or a dash when there is none.
fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "–".to_owned(), |s| format!("{}%", (s * 100.0).round()))
}

/// Days to a tenth, or a dash.
fn days(d: Option<f64>) -> String {
    match d {
        None => "–".to_owned(),
        Some(1.0) => "1 day".to_owned(),
        Some(d) => format!("{d} days"),
    }
}

/// A count with thousands set apart: `10,000`.
fn count(n: u32) -> String {
    afterview_core::insights::thousands(n)
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", count(n), if n == 1 { one } else { many })
}

fn shown(view: &InsightsView) -> Shown {
    let i = &view.insights;
    let ft = &i.follow_through;
    Shown {
        empty: i.applications == 0,
        applications: plural(i.applications, "application", "applications"),
        never_sent: (i.never_sent > 0).then(|| count(i.never_sent)),
        funnel_svg: funnel_chart(view),
        funnel: i
            .funnel
            .iter()
            .map(|s| Row {
                label: s.label.to_owned(),
                cells: vec![
                    count(s.count),
                    percent(s.of_previous),
                    percent(s.of_applied),
                ],
            })
            .collect(),
        times_svg: times_chart(&i.response_times),
        times: i
            .response_times
            .iter()
            .map(|t| Row {
                label: t.label.to_owned(),
                cells: vec![
                    days(t.median_days),
                    days(t.p75_days),
                    count(t.n),
                    count(t.open),
                ],
            })
            .collect(),
        ratings_svg: ratings_chart(view),
        ratings_n: i.ratings.len(),
        ratings_text: plural(
            u32::try_from(i.ratings.len()).unwrap_or(u32::MAX),
            "rated debrief",
            "rated debriefs",
        ),
        dots: i.ratings.len() <= MAX_DOTS,
        months: i
            .rating_months
            .iter()
            .map(|m| Row {
                label: m.month.clone(),
                cells: vec![format!("{:.1}", m.average), count(m.n)],
            })
            .collect(),
        follow_rounds: ft.rounds,
        follow_rounds_text: plural(ft.rounds, "interview", "interviews"),
        follow_rate: percent(ft.rate),
        habits: ft
            .habits
            .iter()
            .map(|h| Row {
                label: h.label.to_owned(),
                cells: vec![
                    count(h.on_time),
                    count(h.late),
                    count(h.missed),
                    percent(h.rate),
                ],
            })
            .collect(),
        outcome_svg: outcome_chart(
            "moved-on",
            "Rounds that moved on, by follow-through",
            &ft.by_follow_through,
        ),
        outcomes: outcome_rows(&ft.by_follow_through),
        verdict: ft.verdict.clone(),
        by_rating_svg: outcome_chart(
            "by-rating",
            "Rounds that moved on, by self-rating",
            &ft.by_rating,
        ),
        by_rating: outcome_rows(&ft.by_rating),
        enough: afterview_app::ENOUGH,
    }
}

fn outcome_rows(groups: &[OutcomeGroup]) -> Vec<Row> {
    groups
        .iter()
        .map(|g| Row {
            label: g.label.clone(),
            cells: vec![
                count(g.n),
                count(g.moved_on),
                if g.enough {
                    percent(g.rate)
                } else {
                    format!("{} (too few)", percent(g.rate))
                },
            ],
        })
        .collect()
}

fn funnel_chart(view: &InsightsView) -> String {
    let funnel = &view.insights.funnel;
    let bars: Vec<Bar> = funnel
        .iter()
        .map(|s| {
            let text = match s.of_previous {
                Some(_) => format!("{} ({})", count(s.count), percent(s.of_previous)),
                None => count(s.count),
            };
            Bar::new(s.label, f64::from(s.count), text)
        })
        .collect();
    let desc = funnel
        .iter()
        .map(|s| format!("{}: {}", s.label, s.count))
        .collect::<Vec<_>>()
        .join(", ");
    let applied = funnel.first().map_or(0, |s| s.count);
    if applied == 0 {
        return charts::hbars(
            "funnel",
            "From applied to hired",
            "No application sent yet.",
            &[],
        );
    }
    charts::hbars(
        "funnel",
        "From applied to hired",
        &format!(
            "Applications that reached each stage: {desc}. Each percentage is of the stage before."
        ),
        &bars,
    )
}

/// The short name of a wait, to fit under its column.
fn short(t: &StageTime) -> &'static str {
    match t.stage {
        "first-answer" => "First answer",
        "after-interview" => "After interview",
        _ => "Offer decision",
    }
}

fn times_chart(times: &[StageTime]) -> String {
    let bars: Vec<Bar> = times
        .iter()
        .map(|t| {
            let median = t.median_days.unwrap_or(0.0);
            Bar::new(short(t), median, days(t.median_days)).faint(t.n < afterview_app::ENOUGH)
        })
        .collect();
    let desc = times
        .iter()
        .map(|t| {
            format!(
                "{}: median {} over {}",
                t.label,
                days(t.median_days),
                plural(t.n, "wait", "waits")
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    if times.iter().all(|t| t.n == 0) {
        return charts::columns(
            "times",
            "Median days to the next step",
            "No answer measured yet.",
            &[],
            None,
        );
    }
    charts::columns("times", "Median days to the next step", &desc, &bars, None)
}

fn ratings_chart(view: &InsightsView) -> String {
    let i = &view.insights;
    let dots = if i.ratings.len() <= MAX_DOTS {
        i.ratings
            .iter()
            .map(|p| (p.at.as_second() as f64, f64::from(p.rating)))
            .collect()
    } else {
        Vec::new()
    };
    // Each month's mean sits at the mean moment of its ratings, so that a
    // month with two early interviews is not drawn at its middle.
    let months = &i.rating_months;
    let mut when: Vec<(f64, u32)> = vec![(0.0, 0); months.len()];
    let mut k = 0;
    for p in &i.ratings {
        while k + 1 < months.len() && !p.date.starts_with(&months[k].month) {
            k += 1;
        }
        if let Some(w) = when.get_mut(k) {
            w.0 += p.at.as_second() as f64;
            w.1 += 1;
        }
    }
    let xs: Vec<f64> = when
        .iter()
        .map(|&(sum, n)| sum / f64::from(n.max(1)))
        .collect();
    let line: Vec<(f64, f64)> = xs
        .iter()
        .zip(months)
        .map(|(&x, m)| (x, m.average))
        .collect();
    let picks = match months.len() {
        0 => vec![],
        1 => vec![0],
        2 => vec![0, 1],
        n => vec![0, n / 2, n - 1],
    };
    let x_labels = picks
        .into_iter()
        .map(|k| (xs[k], months[k].month.clone()))
        .collect();
    let plot = Plot {
        dots,
        line,
        x_labels,
        y_range: (1.0, 5.0),
        y_ticks: (1..=5).map(|y| (f64::from(y), y.to_string())).collect(),
    };
    let desc = match (months.first(), months.last()) {
        (Some(first), Some(last)) => format!(
            "{} rated debriefs from {} to {}; the monthly mean went from {:.1} to {:.1} out of 5.",
            i.ratings.len(),
            first.month,
            last.month,
            first.average,
            last.average
        ),
        _ => "No rated debrief yet.".to_owned(),
    };
    charts::over_time("ratings", "Self-ratings over time", &desc, &plot)
}

fn outcome_chart(id: &str, title: &str, groups: &[OutcomeGroup]) -> String {
    if groups.iter().all(|g| g.n == 0) {
        return charts::columns(
            id,
            title,
            "No round with a known outcome yet.",
            &[],
            Some(1.0),
        );
    }
    let bars: Vec<Bar> = groups
        .iter()
        .map(|g| {
            // Two or three columns have room for the group's size; more
            // would overlap, and the table beside gives it anyway.
            let text = if groups.len() <= 3 {
                format!("{} of {}", percent(g.rate), count(g.n))
            } else {
                percent(g.rate)
            };
            Bar::new(g.label.clone(), g.rate.unwrap_or(0.0), text).faint(!g.enough)
        })
        .collect();
    let desc = groups
        .iter()
        .map(|g| {
            format!(
                "{}: {} of {} moved on{}",
                g.label,
                g.moved_on,
                g.n,
                if g.enough { "" } else { " (too few to tell)" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    charts::columns(id, title, &desc, &bars, Some(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_say_them() {
        assert_eq!(percent(Some(0.625)), "63%");
        assert_eq!(percent(None), "–");
        assert_eq!(days(Some(1.0)), "1 day");
        assert_eq!(days(Some(3.5)), "3.5 days");
        assert_eq!(plural(1, "wait", "waits"), "1 wait");
        assert_eq!(count(27_355), "27,355");
        assert_eq!(count(100), "100");
        assert_eq!(count(1_000_000), "1,000,000");
    }
}
