//! Extractors whose refusals speak like the rest of afterview: a form,
//! JSON body or query string that cannot be read names the field and says
//! how to fix it, in the page's layout or as the API's error document.

use crate::error::WebError;
use crate::pages::PageError;
use axum::extract::rejection::{FormRejection, JsonRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// A form body, refused with a page.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Form<T> {
    type Rejection = PageError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(Form(v)),
            Err(e) => Err(PageError(form_error(&e))),
        }
    }
}

fn form_error(e: &FormRejection) -> WebError {
    match e {
        FormRejection::FailedToDeserializeForm(_)
        | FormRejection::FailedToDeserializeFormBody(_) => WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!(
                "the form could not be read ({}); reload the page and fill it in again",
                e.body_text()
            ),
        ),
        FormRejection::InvalidFormContentType(_) => WebError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            "send the form as application/x-www-form-urlencoded",
        ),
        _ => WebError::new(e.status(), "bad_request", e.body_text()),
    }
}

/// A JSON body, refused with the API's error document.
pub struct Json<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Json(v)),
            Err(e) => Err(json_error(&e)),
        }
    }
}

fn json_error(e: &JsonRejection) -> WebError {
    match e {
        JsonRejection::JsonDataError(d) => {
            // serde's message names the field: "missing field `role`" or
            // "role: invalid type: integer `3`, expected a string".
            let text = d.body_text();
            let field = text
                .split_once('`')
                .and_then(|(_, rest)| rest.split_once('`'))
                .map(|(f, _)| f.to_owned())
                .or_else(|| {
                    text.split_once(": ")
                        .and_then(|(_, rest)| rest.split_once(':'))
                        .map(|(f, _)| f.trim().to_owned())
                });
            let err = WebError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!(
                    "the JSON body does not fit: {text}; see /api/v1/openapi.json for its shape"
                ),
            );
            match field {
                Some(f) => err.on(f),
                None => err,
            }
        }
        JsonRejection::JsonSyntaxError(_) => WebError::new(
            StatusCode::BAD_REQUEST,
            "bad_json",
            format!("the body is not valid JSON ({})", e.body_text()),
        ),
        JsonRejection::MissingJsonContentType(_) => WebError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            "send the body as JSON, with Content-Type: application/json",
        ),
        _ => WebError::new(e.status(), "bad_request", e.body_text()),
    }
}

/// A query string, refused with the API's error document (axum's own
/// refusal is plain text, which an API client cannot read like the rest).
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(Query(v)),
            Err(e) => Err(WebError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!(
                    "the query string does not fit ({}); see /api/v1/openapi.json for its parameters",
                    e.body_text()
                ),
            )),
        }
    }
}
