//! Practice: a drill, one card at a time. The page shows the card due
//! first, its answer behind a disclosure (`<details>`, so no script is
//! needed), and four rating buttons; a rating is a post that sends the
//! browser back here for the next card.

use super::{Flash, PageResult, WebState, render, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use afterview_app::CardView;
use afterview_core::practice::Rating;
use afterview_store::Store;
use askama::Template;
use axum::extract::Path;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/practice", get(drill::<S>))
        .route("/practice/{card}/rate", post(rate::<S>))
}

/// The card on the page.
struct CardLine {
    id: String,
    question: String,
    answer: Option<String>,
    said: Option<String>,
    company: Option<String>,
    tags: Vec<String>,
    /// "new", or how often it was practised.
    history: String,
    /// Why it is due early, when an interview pulls it forward.
    pulled: Option<String>,
}

/// One rating button.
struct RatingButton {
    value: &'static str,
    label: &'static str,
    hint: &'static str,
    key: usize,
}

/// The four ratings, from forgotten to effortless.
fn ratings() -> Vec<RatingButton> {
    Rating::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (label, hint) = match r {
                Rating::Again => ("Again", "I could not answer it"),
                Rating::Hard => ("Hard", "I got there, with effort"),
                Rating::Good => ("Good", "I answered it well"),
                Rating::Easy => ("Easy", "It came without thinking"),
            };
            RatingButton {
                value: r.as_str(),
                label,
                hint,
                key: i + 1,
            }
        })
        .collect()
}

/// How often a card was practised, in words.
fn history(reps: i64, lapses: i64) -> String {
    match (reps, lapses) {
        (0, _) => "new".to_owned(),
        (1, _) => "practised once".to_owned(),
        (n, 0) => format!("practised {n} times"),
        (n, 1) => format!("practised {n} times, forgotten once"),
        (n, l) => format!("practised {n} times, forgotten {l} times"),
    }
}

#[derive(Template)]
#[template(path = "practice.html")]
struct DrillPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    due_count: u32,
    /// The card to practise now, when one is due.
    card: Option<CardLine>,
    ratings: Vec<RatingButton>,
    /// When nothing is due: when the next card is, if there is one.
    next_due: Option<String>,
}

fn card_line(v: &CardView, zone: &jiff::tz::TimeZone) -> CardLine {
    let c = &v.card;
    CardLine {
        id: c.id.to_string(),
        question: c.question.clone(),
        answer: c.answer.clone(),
        said: c.said.clone(),
        company: v.company.clone(),
        tags: c.tags.iter().map(|t| t.as_str().to_owned()).collect(),
        history: history(c.reps, c.lapses),
        pulled: v.pulled_for.map(|at| {
            let when = afterview_core::time::show_local(at, zone);
            match &v.company {
                Some(c) => format!("Due early: you interview at {c} on {when}."),
                None => format!("Due early: you have an interview on {when}."),
            }
        }),
    }
}

async fn drill<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    axum::extract::Query(flash): axum::extract::Query<Flash>,
) -> PageResult {
    let next = web.app.next_card().await?;
    let zone = web.app.time_zone().await?;
    let now = web.app.now();
    let (card, next_due) = match &next.card {
        Some(v) if next.due_now => (Some(card_line(v, &zone)), None),
        Some(v) => (
            None,
            Some(format!(
                "{} ({})",
                afterview_core::agenda::relative(v.due_at, now),
                afterview_core::time::show_local(v.due_at, &zone)
            )),
        ),
        None => (None, None),
    };
    render(&DrillPage {
        csrf,
        nav: "practice",
        flash: flash.text(),
        due_count: next.due_count,
        card,
        ratings: ratings(),
        next_due,
    })
}

#[derive(Debug, Deserialize)]
struct RateForm {
    rating: String,
}

async fn rate<S: Store + Clone>(
    web: WebState<S>,
    Path(card): Path<String>,
    Form(form): Form<RateForm>,
) -> PageResult {
    web.app.review_card(&card, &form.rating, None).await?;
    Ok(see_other("/practice?flash=rated"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_go_from_again_to_easy_on_keys_one_to_four() {
        let r = ratings();
        let order: Vec<(&str, usize)> = r.iter().map(|b| (b.value, b.key)).collect();
        assert_eq!(order, [("again", 1), ("hard", 2), ("good", 3), ("easy", 4)]);
    }

    #[test]
    fn history_reads_as_words() {
        assert_eq!(history(0, 0), "new");
        assert_eq!(history(1, 0), "practised once");
        assert_eq!(history(4, 0), "practised 4 times");
        assert_eq!(history(4, 1), "practised 4 times, forgotten once");
        assert_eq!(history(5, 2), "practised 5 times, forgotten 2 times");
    }
}
