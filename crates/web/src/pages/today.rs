//! Today: the agenda, with done, snooze and dismiss in place.

use super::{Flash, PageResult, WebState, is_htmx, render, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use crate::views::AgendaPage;
use afterview_store::Store;
use askama::Template;
use axum::extract::Query;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

/// How many actions of each group the page lists, as `afterview today` does.
const PER_GROUP: usize = 12;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/", get(today::<S>))
        .route("/today", get(today::<S>))
        .route("/agenda", get(agenda::<S>))
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
    heading: String,
    at: String,
    agenda: AgendaPage,
}

async fn today<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let page = |view: &afterview_app::AgendaView, csrf: String, flash: Option<String>| TodayPage {
        csrf,
        nav: "today",
        flash,
        heading: "Today".to_owned(),
        at: String::new(),
        agenda: AgendaPage::new(view, date(view)),
    };
    if let Some(flash) = flash.text() {
        let view = web.app.agenda(None, Some(PER_GROUP)).await?;
        return render(&page(&view, csrf, Some(flash)));
    }
    // The page is the same for everyone until the data or the second
    // changes, but for the CSRF token: it is rendered once with a
    // stand-in, which each answer replaces with the browser's own token.
    let key = web.key(String::new()).await?;
    let html = match web.today.get(&key) {
        Some(html) => html,
        None => {
            let view = web.app.agenda(None, Some(PER_GROUP)).await?;
            let html = page(&view, web.placeholder.clone(), None)
                .render()
                .map_err(|e| super::render_error(&e))?;
            web.today.put(key, html)
        }
    };
    Ok(Html(html.replace(web.placeholder.as_str(), &csrf)).into_response())
}

/// The date line: the day and time the agenda is for, in its zone.
fn date(view: &afterview_app::AgendaView) -> String {
    let zone = afterview_app::zone_named(&view.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    view.now
        .to_zoned_datetime(zone)
        .strftime("%A %-d %B %Y, %H:%M")
        .to_string()
}

/// `/agenda?at=friday 9am&group=upcoming`: what will be due then, whole.
#[derive(Debug, Default, Deserialize)]
struct AgendaQuery {
    #[serde(default)]
    at: String,
    #[serde(default)]
    group: String,
}

async fn agenda<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Query(q): Query<AgendaQuery>,
) -> PageResult {
    let at = super::given(&q.at);
    let view = web.app.agenda(at.as_deref(), None).await?;
    let mut page = AgendaPage::new(&view, date(&view));
    if !q.group.is_empty() {
        page.groups.retain(|g| g.id == q.group);
    }
    render(&TodayPage {
        csrf,
        nav: "today",
        flash: None,
        heading: match &at {
            Some(at) => format!("Due at {at}"),
            None => "Agenda".to_owned(),
        },
        at: q.at,
        agenda: page,
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
