//! Contacts in the JSON API: search, add, one person, closeness, touches,
//! and importing a contacts file sent as the raw request body.
//!
//! The import takes the file as it is (`Content-Type: text/csv`,
//! `text/vcard` or `application/octet-stream`), never as a form type: those
//! are the types another site's page can post without asking, and the API
//! relies on the browser asking (a CORS preflight this server never grants)
//! instead of on a CSRF token.

use super::{ApiResult, ApiState, created, ok};
use crate::error::WebError;
use crate::forms::Json;
use crate::state::Web;
use afterview_app::{ContactInput, ImportOptions, TouchInput};
use afterview_store::Store;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::routing::{get, post};
use serde::{Deserialize, Deserializer};
use std::sync::Arc;

/// How many people a search answers with when not told.
const DEFAULT_LIMIT: u32 = 100;
/// The most people one search answers with.
const MAX_LIMIT: u32 = 1000;

/// The contact routes, merged into the API's.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new()
        .route("/contacts", get(search::<S>).post(add::<S>))
        .route("/contacts/import", post(import::<S>))
        .route("/contacts/{id}", get(show::<S>))
        .route("/contacts/{id}/strength", post(set_strength::<S>))
        .route("/contacts/{id}/touches", post(touch::<S>))
}

/// `?q=` (name, company or email, ignoring case) and `?limit=` (100 when
/// not given, at most 1000).
#[derive(Debug, Default, Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
    limit: Option<u32>,
}

async fn search<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<SearchQuery>,
) -> ApiResult {
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    ok(&web.app.search_contacts(&q.q, limit).await?)
}

/// A new person, as JSON.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct NewContact {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    company: Option<String>,
    title: Option<String>,
    linkedin: Option<String>,
    how_met: Option<String>,
    notes: Option<String>,
    tags: Vec<String>,
}

async fn add<S: Store + Clone>(State(web): ApiState<S>, Json(b): Json<NewContact>) -> ApiResult {
    let input = ContactInput {
        name: b.name,
        email: b.email,
        phone: b.phone,
        company: b.company,
        title: b.title,
        linkedin: b.linkedin,
        how_met: b.how_met,
        notes: b.notes,
        tags: (!b.tags.is_empty()).then(|| b.tags.join(",")),
    };
    created(&web.app.add_contact(&input).await?)
}

async fn show<S: Store + Clone>(State(web): ApiState<S>, Path(id): Path<String>) -> ApiResult {
    ok(&web.app.show_contact(&id).await?)
}

/// `{"strength": 3}`, or `{"strength": null}` to forget it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StrengthBody {
    /// Outer `None`: the field is missing; inner `None`: `null`.
    #[serde(default, deserialize_with = "present")]
    strength: Option<Option<u8>>,
}

/// A field that may be `null` but must be there.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

async fn set_strength<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<StrengthBody>,
) -> ApiResult {
    let strength = b.strength.ok_or_else(|| {
        WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "say how close, from 0 to 5, e.g. {\"strength\": 3}, or {\"strength\": null} to forget it",
        )
        .on("strength")
    })?;
    let value = strength.map(|s| s.to_string());
    let id = web.app.set_strength(&id, value.as_deref()).await?;
    ok(&web.app.show_contact(&id.to_string()).await?)
}

/// A touch: how (email, call, linkedin, meeting, message), what was said,
/// and when (now when not given).
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct TouchBody {
    via: Option<String>,
    note: Option<String>,
    at: Option<String>,
}

async fn touch<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<TouchBody>,
) -> ApiResult {
    let input = TouchInput {
        via: b.via,
        note: b.note,
        at: b.at,
    };
    created(&web.app.touch(&id, &input).await?)
}

/// How to read the file: `?format=linkedin|vcard|csv` (else detected),
/// `?map=name=Full Name,email=E-mail` for other CSVs, `?skip_bad=true`,
/// `?dry_run=true`, and `?name=` the file's name for messages.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ImportQuery {
    format: Option<String>,
    map: Option<String>,
    skip_bad: bool,
    dry_run: bool,
    name: Option<String>,
}

/// Whether a body of this type could come from another site's form.
fn form_type(headers: &HeaderMap) -> bool {
    let Some(kind) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return true;
    };
    let kind = kind
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    matches!(
        kind.as_str(),
        "" | "text/plain" | "application/x-www-form-urlencoded" | "multipart/form-data"
    )
}

async fn import<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<ImportQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    if form_type(&headers) {
        return Err(WebError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            "send the file itself as the body, with Content-Type: text/csv, text/vcard or application/octet-stream",
        ));
    }
    if body.is_empty() {
        return Err(WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "the body is empty; send the contacts file as the body",
        )
        .on("file"));
    }
    let options = ImportOptions {
        format: q.format,
        mapping: q.map,
        skip_bad: q.skip_bad,
        dry_run: q.dry_run,
    };
    let name = q.name.unwrap_or_else(|| "the file".to_owned());
    let summary = web
        .app
        .import_contacts(&name, &body, &options, &|_, _, _| {})
        .await?;
    ok(&summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_types_a_form_cannot_send_are_taken() {
        let with = |v: Option<&'static str>| {
            let mut h = HeaderMap::new();
            if let Some(v) = v {
                h.insert(header::CONTENT_TYPE, HeaderValue::from_static(v));
            }
            form_type(&h)
        };
        assert!(with(None));
        assert!(with(Some("text/plain; charset=utf-8")));
        assert!(with(Some("Multipart/Form-Data; boundary=x")));
        assert!(with(Some("application/x-www-form-urlencoded")));
        assert!(!with(Some("text/csv")));
        assert!(!with(Some("text/vcard")));
        assert!(!with(Some("application/octet-stream")));
    }

    #[test]
    fn strength_must_be_given_but_may_be_null() {
        let read = |s: &str| serde_json::from_str::<StrengthBody>(s).map(|b| b.strength);
        assert_eq!(read(r#"{"strength": 3}"#).unwrap(), Some(Some(3)));
        assert_eq!(read(r#"{"strength": null}"#).unwrap(), Some(None));
        assert_eq!(read("{}").unwrap(), None);
        assert!(read(r#"{"strength": -1}"#).is_err());
        assert!(read(r#"{"closeness": 3}"#).is_err());
    }
}
