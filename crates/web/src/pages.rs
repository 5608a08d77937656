//! The HTML pages: server-rendered with askama (which escapes everything
//! it prints), each a thin handler over one use case.
//!
//! Every form works without JavaScript (a post, then a redirect); with it,
//! htmx swaps in the part that changed. A refused form is shown again with
//! what was typed and the message, so nothing typed is lost.

mod applications;
mod contacts;
mod insights;
mod interviews;
mod letters;
mod practice;
mod today;

use crate::error::WebError;
use crate::state::Web;
use afterview_store::Store;
use askama::Template;
use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::sync::Arc;

/// Shared state as handlers take it.
pub(crate) type WebState<S> = axum::extract::State<Arc<Web<S>>>;

/// Every page route.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new()
        .merge(today::routes::<S>())
        .merge(applications::routes::<S>())
        .merge(interviews::routes::<S>())
        .merge(letters::routes::<S>())
        .merge(contacts::routes::<S>())
        .merge(practice::routes::<S>())
        .merge(insights::routes::<S>())
        .fallback(not_found)
}

async fn not_found() -> Response {
    error_page(WebError::not_found(
        "there is no such page; the menu at the top leads to everything",
    ))
}

/// A page's failure, shown in the site's layout.
#[derive(Debug)]
pub struct PageError(pub WebError);

impl<E: Into<WebError>> From<E> for PageError {
    fn from(e: E) -> PageError {
        PageError(e.into())
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        error_page(self.0)
    }
}

/// The result of a page handler.
pub type PageResult<T = Response> = Result<T, PageError>;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    csrf: &'a str,
    nav: &'a str,
    flash: Option<String>,
    heading: &'a str,
    message: &'a str,
}

/// An error in the site's layout, with its status.
pub fn error_page(err: WebError) -> Response {
    let heading = match err.status {
        StatusCode::NOT_FOUND => "Not found",
        StatusCode::FORBIDDEN => "Refused",
        StatusCode::PAYLOAD_TOO_LARGE => "Too large",
        StatusCode::UNAUTHORIZED => "Token needed",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    let page = ErrorPage {
        csrf: "",
        nav: "",
        flash: None,
        heading,
        message: &err.message,
    };
    match page.render() {
        Ok(html) => (err.status, Html(html)).into_response(),
        Err(_) => (err.status, err.message).into_response(),
    }
}

/// Renders a template into a response.
pub(crate) fn render(t: &impl Template) -> PageResult {
    t.render()
        .map(|h| Html(h).into_response())
        .map_err(|e| render_error(&e))
}

/// Renders a form's page again after a refusal, with the refusal's status
/// (or 200 when there is none), so nothing typed is lost.
pub(crate) fn render_refused(t: &impl Template, status: Option<StatusCode>) -> PageResult {
    let mut page = render(t)?;
    if let Some(status) = status {
        *page.status_mut() = status;
    }
    Ok(page)
}

/// A page that failed to render: logged, and a plain sentence for the browser.
pub(crate) fn render_error(e: &askama::Error) -> PageError {
    eprintln!("afterview serve: a page failed to render: {e}");
    PageError(WebError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "this page could not be shown; nothing was changed",
    ))
}

/// Whether htmx sent the request (it wants a fragment, not a page).
pub(crate) fn is_htmx(headers: &HeaderMap) -> bool {
    headers.contains_key("hx-request")
}

/// After a form: back to `to`, with a short note shown there.
pub(crate) fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// A textarea's lines, trimmed, without the empty ones.
pub(crate) fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A text field, `None` when left empty.
pub(crate) fn given(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The notes a redirect may carry, by code: never text from the address.
pub(crate) fn flash_text(code: Option<&str>) -> Option<String> {
    let text = match code? {
        "added" => "Added.",
        "saved" => "Saved.",
        "moved" => "Moved.",
        "done" => "Marked done.",
        "snoozed" => "Snoozed.",
        "dismissed" => "Dismissed.",
        "debriefed" => "Debrief saved. Its owed items are on Today.",
        "drafted" => "Drafted. Proofread each letter, then send it.",
        "sent" => "Sent.",
        "interview" => "Interview added.",
        "ended" => "Marked as done. The debrief and the letters are on Today.",
        "touched" => "Touch logged; their check-in cadence starts again.",
        "rated" => "Rated. It comes back when you are about to forget it.",
        _ => return None,
    };
    Some(text.to_owned())
}

/// The query every page accepts: which note to show.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct Flash {
    /// The note's code.
    pub flash: Option<String>,
}

impl Flash {
    pub(crate) fn text(&self) -> Option<String> {
        flash_text(self.flash.as_deref())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_drop_blanks() {
        assert_eq!(super::lines(" a \n\n b\r\n"), vec!["a", "b"]);
    }

    #[test]
    fn flash_never_echoes_the_address() {
        assert_eq!(super::flash_text(Some("<script>")), None);
        assert!(super::flash_text(Some("done")).is_some());
    }
}
