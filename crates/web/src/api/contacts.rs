//! Contacts in the JSON API: search, add, one person, closeness, touches,
//! and importing a contacts file sent as the raw request body.
//!
//! The import takes the file as it is (`Content-Type: text/csv`,
//! `text/vcard` or `application/octet-stream`), never as a form type: those
//! are the types another site's page can post without asking, and the API
//! relies on the browser asking (a CORS preflight this server never grants)
//! instead of on a CSRF token.
//!
//! Each handler is annotated and listed in `endpoints!` in `api.rs`, like
//! the rest of the documented API.

use super::{ApiResult, ApiState, created, ok};
use crate::error::{ErrorDocument, WebError};
use crate::forms::{Json, Query};
use afterview_app::views::ContactView;
use afterview_app::{
    ContactDetail, ContactInput, ContactPage, ImportOptions, ImportSummary, TouchInput,
};
use afterview_core::follow::{Touch, TouchVia};
use afterview_store::Store;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use serde::{Deserialize, Deserializer};
use utoipa::{IntoParams, ToSchema};

/// How many people a search answers with when not told.
const DEFAULT_LIMIT: u32 = 100;
/// The most people one search answers with.
const MAX_LIMIT: u32 = 1000;

/// `?q=` (name, company or email, ignoring case) and `?limit=` (100 when
/// not given, at most 1000).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct SearchQuery {
    /// Words to find in a name, company or email, ignoring case; everyone when absent.
    #[serde(default)]
    q: String,
    /// The most people to answer with: 100 when absent, at most 1000.
    limit: Option<u32>,
}

/// People, searched by name, company or email.
#[utoipa::path(
    get,
    path = "/contacts",
    tag = "contacts",
    params(SearchQuery),
    responses(
        (status = 200, description = "How many match, and the first of them", body = ContactPage),
        (status = 422, description = "The query cannot be read", body = ErrorDocument),
    ),
)]
pub(super) async fn search<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<SearchQuery>,
) -> ApiResult {
    let limit = q.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT);
    ok(&web.app.search_contacts(&q.q, limit).await?)
}

/// A new person, as JSON.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(super) struct NewContact {
    /// Their name. Required.
    name: Option<String>,
    /// Their email.
    email: Option<String>,
    /// Their phone.
    phone: Option<String>,
    /// Their company, by number or name.
    company: Option<String>,
    /// Their title.
    title: Option<String>,
    /// Their LinkedIn profile.
    linkedin: Option<String>,
    /// How you met.
    how_met: Option<String>,
    /// Free notes.
    notes: Option<String>,
    /// Labels.
    tags: Vec<String>,
}

/// Adds a person.
#[utoipa::path(
    post,
    path = "/contacts",
    tag = "contacts",
    request_body = NewContact,
    responses(
        (status = 201, description = "The person", body = ContactView),
        (status = 404, description = "No company is named so", body = ErrorDocument),
        (status = 409, description = "Someone with this email exists, or the company's name matches more than one", body = ErrorDocument),
        (status = 422, description = "A field is missing or cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
pub(super) async fn add<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<NewContact>,
) -> ApiResult {
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

/// One person, with their interviews and network.
#[utoipa::path(
    get,
    path = "/contacts/{id}",
    tag = "contacts",
    params(("id" = String, Path, description = "The person: their number, name or email")),
    responses(
        (status = 200, description = "The person", body = ContactDetail),
        (status = 404, description = "No one is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one person", body = ErrorDocument),
    ),
)]
pub(super) async fn show<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_contact(&id).await?)
}

/// `{"strength": 3}`, or `{"strength": null}` to forget it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct StrengthBody {
    /// How close, from 0 (a name) to 5; `null` forgets it. Required.
    // Outer `None`: the field is missing; inner `None`: `null`.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<u8>, required = true, minimum = 0, maximum = 5)]
    strength: Option<Option<u8>>,
}

/// A field that may be `null` but must be there.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// Sets how close a person is.
#[utoipa::path(
    post,
    path = "/contacts/{id}/strength",
    tag = "contacts",
    params(("id" = String, Path, description = "The person: their number, name or email")),
    request_body = StrengthBody,
    responses(
        (status = 200, description = "The person", body = ContactDetail),
        (status = 404, description = "No one is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one person", body = ErrorDocument),
        (status = 422, description = "`strength` is missing or not from 0 to 5", body = ErrorDocument),
    ),
)]
pub(super) async fn set_strength<S: Store + Clone>(
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
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(super) struct TouchBody {
    /// How; `email` when absent.
    #[schema(value_type = Option<TouchVia>)]
    via: Option<String>,
    /// What was said.
    note: Option<String>,
    /// When, in natural words; now when absent.
    at: Option<String>,
}

/// Logs a touch with a person.
#[utoipa::path(
    post,
    path = "/contacts/{id}/touches",
    tag = "contacts",
    params(("id" = String, Path, description = "The person: their number, name or email")),
    request_body = TouchBody,
    responses(
        (status = 201, description = "The touch", body = Touch),
        (status = 404, description = "No one is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one person", body = ErrorDocument),
        (status = 422, description = "`via`, `note` or `at` cannot be read, or `at` is in the future", body = ErrorDocument),
    ),
)]
pub(super) async fn touch<S: Store + Clone>(
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
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub(super) struct ImportQuery {
    /// `linkedin`, `vcard` or `csv`; detected when absent.
    format: Option<String>,
    /// For other CSVs, which column is which: `name=Full Name,email=E-mail`.
    map: Option<String>,
    /// Skip records that cannot be read instead of refusing the file.
    skip_bad: bool,
    /// Read and match, but write nothing.
    dry_run: bool,
    /// The file's name, for messages.
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

/// Imports a contacts file (a LinkedIn export, vCards or a CSV), sent as
/// the raw body; people are matched and merged, never duplicated.
#[utoipa::path(
    post,
    path = "/contacts/import",
    tag = "contacts",
    params(ImportQuery),
    request_body(
        description = "The file itself",
        content(
            (String = "text/csv"),
            (String = "text/vcard"),
            (String = "application/octet-stream"),
        ),
    ),
    responses(
        (status = 200, description = "What the import read, added, merged and refused", body = ImportSummary),
        (status = 413, description = "The file is larger than 32 MB; nothing was saved", body = ErrorDocument),
        (status = 415, description = "The body's type is one a form can send; send the file as text/csv, text/vcard or application/octet-stream", body = ErrorDocument),
        (status = 422, description = "The body is empty, or a record cannot be read (its line is named); nothing was written", body = ErrorDocument),
    ),
)]
pub(super) async fn import<S: Store + Clone>(
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
