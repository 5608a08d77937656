//! Today: the agenda, with done, snooze and dismiss in place.

use super::{Flash, PageResult, WebState, is_htmx, render, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use crate::views::AgendaPage;
use afterview_store::Store;
use askama::Template;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

/// How many actions of each group the page lists.
const PER_GROUP: usize = 50;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/", get(today::<S>))
        .route("/today", get(today::<S>))
        .route("/actions/done", post(done::<S>))
        .route("/actions/snooze", post(snooze::<S>))
        .route("/actions/dismiss", post(dismiss::<S>))
}

#[derive(Template)]
#[template(path = "today.html")]
struct TodayPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    agenda: AgendaPage,
}

async fn today<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let view = web.app.agenda(None, Some(PER_GROUP)).await?;
    let zone = afterview_app::zone_named(&view.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let date = view
        .now
        .to_zoned_datetime(zone)
        .strftime("%A %-d %B %Y, %H:%M")
        .to_string();
    render(&TodayPage {
        csrf,
        nav: "today",
        flash: flash.text(),
        agenda: AgendaPage::new(&view, date),
    })
}

#[derive(Debug, Deserialize)]
struct Mark {
    key: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    why: String,
    #[serde(default)]
    note: String,
}

#[derive(Template)]
#[template(
    source = r#"<li class="action marked" id="action-{{ dom_id }}" role="status"><span class="title">{{ title }}</span> <span class="muted">{{ what }}</span></li>"#,
    ext = "html"
)]
struct Marked<'a> {
    dom_id: String,
    title: &'a str,
    what: String,
}

/// The answer to a mark: the action's new line for htmx, else back to Today.
fn marked(headers: &HeaderMap, key: &str, title: &str, what: String, flash: &str) -> PageResult {
    if is_htmx(headers) {
        return render(&Marked {
            dom_id: crate::views::dom_id(key),
            title,
            what,
        });
    }
    Ok(see_other(&format!("/?flash={flash}")))
}

async fn done<S: Store + Clone>(
    web: WebState<S>,
    headers: HeaderMap,
    Form(m): Form<Mark>,
) -> PageResult {
    let note = super::given(&m.note);
    let a = web.app.done(&m.key, note.as_deref()).await?;
    marked(&headers, &m.key, &a.title, "done".to_owned(), "done")
}

async fn snooze<S: Store + Clone>(
    web: WebState<S>,
    headers: HeaderMap,
    Form(m): Form<Mark>,
) -> PageResult {
    let a = web.app.snooze(&m.key, &m.until).await?;
    let until = a.snoozed_until.map_or_else(String::new, |t| {
        afterview_core::agenda::relative(t, web.app.now())
    });
    marked(
        &headers,
        &m.key,
        &a.title,
        format!("snoozed, back {until}"),
        "snoozed",
    )
}

async fn dismiss<S: Store + Clone>(
    web: WebState<S>,
    headers: HeaderMap,
    Form(m): Form<Mark>,
) -> PageResult {
    let a = web.app.dismiss(&m.key, &m.why).await?;
    marked(
        &headers,
        &m.key,
        &a.title,
        "dismissed".to_owned(),
        "dismissed",
    )
}
