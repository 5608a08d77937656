//! Errors as the browser and API clients see them: a status, a code, a
//! message that says how to fix it, and the field at fault.
//!
//! The API answers `{"error": {"code", "message", "field"}}`; pages answer
//! with the same message in the site's layout. Nothing internal (a stack
//! trace, SQL, a driver's words) is ever sent: a store failure is logged on
//! the server's standard error and the browser gets a plain sentence.

use afterview_app::AppError;
use afterview_store::StoreError;
use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One error, ready to answer with.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ErrorDetail)]
pub struct WebError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A stable code for programs: `invalid`, `not_found`, `csrf`, ...
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
    /// The field at fault, when one is.
    #[schema(required = true)]
    pub field: Option<String>,
}

/// The API's error document, `{"error": {"code", "message", "field"}}`:
/// the one shape every refusal of the JSON API has, whichever layer made it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = Error)]
pub struct ErrorDocument {
    /// What went wrong.
    pub error: WebError,
}

impl WebError {
    /// An error with this status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> WebError {
        WebError {
            status,
            code,
            message: message.into(),
            field: None,
        }
    }

    /// The same error about `field`.
    pub fn on(mut self, field: impl Into<String>) -> WebError {
        self.field = Some(field.into());
        self
    }

    /// 404 for a page or resource that does not exist.
    pub fn not_found(message: impl Into<String>) -> WebError {
        WebError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    /// 400 for a malformed request.
    pub fn bad_request(message: impl Into<String>) -> WebError {
        WebError::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }

    /// The JSON body the API answers with.
    pub fn body(&self) -> ErrorDocument {
        ErrorDocument {
            error: self.clone(),
        }
    }
}

impl From<AppError> for WebError {
    fn from(e: AppError) -> WebError {
        match e {
            AppError::Invalid(i) => {
                WebError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", i.message).on(i.field)
            }
            AppError::NotFound(m) => WebError::not_found(m),
            AppError::Ambiguous(m) => WebError::new(StatusCode::CONFLICT, "ambiguous", m),
            AppError::Refused(m) => WebError::new(StatusCode::CONFLICT, "refused", m),
            AppError::Store(s) => s.into(),
        }
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> WebError {
        match e {
            StoreError::Conflict(m) => WebError::new(StatusCode::CONFLICT, "conflict", m),
            StoreError::Reference(m) => WebError::new(StatusCode::CONFLICT, "reference", m),
            other => {
                // The details may hold SQL or paths: they go to the log only.
                eprintln!("afterview serve: store error: {other}");
                WebError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "unavailable",
                    "afterview could not read or write its data just now; nothing was changed. Try again, and see the server's output if it persists",
                )
            }
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WebError {}
