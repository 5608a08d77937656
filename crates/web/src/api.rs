//! The JSON API under `/api/v1`: every resource and action, over the same
//! use cases as the pages and the command line, with errors shaped
//! `{"error": {"code", "message", "field"}}`.
//!
//! Each resource's routes may live in a submodule (`api/contacts.rs`,
//! `api/practice.rs`), merged into [`routes`].

mod contacts;
mod follow;
mod insights;
mod practice;

use crate::error::WebError;
use crate::forms::Json;
use crate::state::Web;
use crate::views::{FindingItem, findings};
use afterview_app::{
    ActionView, AgendaView, ApplicationInput, DebriefInput, DraftRequest, InterviewInput,
    LetterListInput, LetterView, SendOptions, SendVia, StatusChange,
};
use afterview_core::letter::{LetterKind, LetterText};
use afterview_store::Store;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

type ApiState<S> = State<Arc<Web<S>>>;
type ApiResult<T = Response> = Result<T, WebError>;

fn ok<T: Serialize>(value: &T) -> ApiResult {
    Ok(axum::Json(value).into_response())
}

fn created<T: Serialize>(value: &T) -> ApiResult {
    Ok((StatusCode::CREATED, axum::Json(value)).into_response())
}

/// Every API route.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new()
        .route("/agenda", get(agenda::<S>))
        .route("/actions/{key}/done", post(done::<S>))
        .route("/actions/{key}/snooze", post(snooze::<S>))
        .route("/actions/{key}/dismiss", post(dismiss::<S>))
        .route(
            "/applications",
            get(list_applications::<S>).post(add_application::<S>),
        )
        .route("/applications/{id}", get(show_application::<S>))
        .route("/applications/{id}/status", post(change_status::<S>))
        .route("/interviews", post(add_interview::<S>))
        .route("/interviews/{id}", get(show_interview::<S>))
        .route("/interviews/{id}/done", post(interview_done::<S>))
        .route(
            "/interviews/{id}/debrief",
            get(show_debrief::<S>).post(write_debrief::<S>),
        )
        .route("/letters", get(list_letters::<S>).post(draft::<S>))
        .route("/letters/{id}", get(show_letter::<S>).put(save_letter::<S>))
        .route("/letters/{id}/check", post(check_letter::<S>))
        .route("/letters/{id}/send", post(send_letter::<S>))
        .merge(follow::routes::<S>())
        .merge(contacts::routes::<S>())
        .merge(practice::routes::<S>())
        .merge(insights::routes::<S>())
        .fallback(|| async {
            WebError::not_found("there is no such API path; see /api/v1/openapi.json")
        })
}

/// `?at=` for the agenda at another moment; `?limit=` for how many of each
/// group (50 unless said; the counts are always whole), `?all=true` for
/// every action.
#[derive(Debug, Default, Deserialize)]
struct AgendaQuery {
    at: Option<String>,
    limit: Option<usize>,
    #[serde(default)]
    all: bool,
}

/// How many actions of each group the API lists unless asked otherwise.
const AGENDA_PAGE: usize = 50;

async fn agenda<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<AgendaQuery>,
) -> ApiResult {
    let limit = if q.all {
        None
    } else {
        Some(q.limit.unwrap_or(AGENDA_PAGE))
    };
    let key = web.key(format!("{:?} {limit:?}", q.at)).await?;
    let json = match web.agenda_json.get(&key) {
        Some(json) => json,
        None => {
            let view: AgendaView = web.app.agenda(q.at.as_deref(), limit).await?;
            let bytes = serde_json::to_vec(&view).map_err(|e| {
                WebError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
            })?;
            web.agenda_json.put(key, bytes.into())
        }
    };
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        axum::body::Bytes::clone(&json),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct MarkBody {
    note: Option<String>,
    until: Option<String>,
    why: Option<String>,
}

async fn done<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(key): Path<String>,
    Json(b): Json<MarkBody>,
) -> ApiResult {
    let a: ActionView = web.app.done(&key, b.note.as_deref()).await?;
    ok(&a)
}

async fn snooze<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(key): Path<String>,
    Json(b): Json<MarkBody>,
) -> ApiResult {
    let until = b.until.ok_or_else(|| {
        WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "say until when, e.g. {\"until\": \"monday 9am\"}",
        )
        .on("until")
    })?;
    ok(&web.app.snooze(&key, &until).await?)
}

async fn dismiss<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(key): Path<String>,
    Json(b): Json<MarkBody>,
) -> ApiResult {
    ok(&web
        .app
        .dismiss(&key, b.why.as_deref().unwrap_or_default())
        .await?)
}

#[derive(Debug, Default, Deserialize)]
struct ListQuery {
    status: Option<String>,
    company: Option<String>,
}

async fn list_applications<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<ListQuery>,
) -> ApiResult {
    let statuses: Vec<String> = q.status.into_iter().collect();
    ok(&web
        .app
        .list_applications(&statuses, q.company.as_deref())
        .await?)
}

/// A new application, as JSON.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct NewApplication {
    company: Option<String>,
    role: Option<String>,
    status: Option<String>,
    posting_url: Option<String>,
    posting_text: Option<String>,
    source: Option<String>,
    salary: Option<String>,
    resume: Option<String>,
    excitement: Option<String>,
    notes: Option<String>,
}

async fn add_application<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<NewApplication>,
) -> ApiResult {
    let input = ApplicationInput {
        company: b.company,
        role: b.role,
        status: b.status,
        posting_url: b.posting_url,
        posting_text: b.posting_text,
        source: b.source,
        salary: b.salary,
        resume: b.resume,
        excitement: b.excitement,
        notes: b.notes,
    };
    created(&web.app.add_application(&input).await?)
}

async fn show_application<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_application(&id).await?)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusBody {
    status: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    force: bool,
}

async fn change_status<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<StatusBody>,
) -> ApiResult {
    ok(&web
        .app
        .change_status(
            &id,
            &StatusChange {
                status: b.status,
                force: b.force,
                note: b.note,
            },
        )
        .await?)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct NewInterview {
    application: Option<String>,
    at: Option<String>,
    duration: Option<String>,
    kind: Option<String>,
    location: Option<String>,
    notes: Option<String>,
    time_zone: Option<String>,
    with: Vec<String>,
}

async fn add_interview<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<NewInterview>,
) -> ApiResult {
    let input = InterviewInput {
        application: b.application,
        at: b.at,
        duration: b.duration,
        kind: b.kind,
        location: b.location,
        notes: b.notes,
        time_zone: b.time_zone,
        with: b.with,
        ..InterviewInput::default()
    };
    created(&web.app.add_interview(&input).await?)
}

async fn show_interview<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_interview(&id).await?)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct DoneBody {
    ended: Option<String>,
}

async fn interview_done<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<DoneBody>,
) -> ApiResult {
    ok(&web.app.interview_done(&id, b.ended.as_deref()).await?)
}

async fn show_debrief<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_debrief(&id, None).await?)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct DebriefBody {
    went_well: Vec<String>,
    better: Vec<String>,
    issues: Vec<String>,
    owe: Vec<String>,
    do_better: Vec<String>,
    decision: Option<String>,
    rating: Option<String>,
    notes: Option<String>,
}

async fn write_debrief<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<DebriefBody>,
) -> ApiResult {
    let input = DebriefInput {
        went_well: b.went_well,
        better: b.better,
        issues: b.issues,
        owe: b.owe,
        do_better: b.do_better,
        decision: b.decision,
        rating: b.rating,
        notes: b.notes,
    };
    if input.is_empty() {
        return Err(WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "the debrief is empty; give at least one of went_well, better, issues, owe, do_better, decision, rating, notes",
        ));
    }
    created(&web.app.debrief_with_flags(&id, &input).await?)
}

#[derive(Debug, Default, Deserialize)]
struct LetterQuery {
    application: Option<String>,
    state: Option<String>,
}

async fn list_letters<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<LetterQuery>,
) -> ApiResult {
    ok(&web
        .app
        .list_letters(&LetterListInput {
            application: q.application,
            state: q.state,
        })
        .await?)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftBody {
    kind: String,
    target: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    again: bool,
}

async fn draft<S: Store + Clone>(State(web): ApiState<S>, Json(b): Json<DraftBody>) -> ApiResult {
    let kind: LetterKind = b.kind.parse().map_err(afterview_app::AppError::from)?;
    let drafted = web
        .app
        .draft(
            &DraftRequest {
                kind,
                target: b.target,
                to: b.to,
                again: b.again,
            },
            &web.templates,
            web.proofreader(),
        )
        .await?;
    created(&drafted)
}

async fn show_letter<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_letter(&id, Some(web.proofreader())).await?)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextBody {
    subject: String,
    body: String,
}

impl TextBody {
    fn text(&self) -> Result<LetterText, WebError> {
        LetterText::new(&self.subject, &self.body.replace("\r\n", "\n"))
            .map_err(|e| afterview_app::AppError::from(e).into())
    }
}

async fn save_letter<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<TextBody>,
) -> ApiResult {
    let text = b.text()?;
    let letter: LetterView = web.app.show_letter(&id, None).await?;
    ok(&web
        .app
        .save_letter_text(letter.letter.id, &text, web.proofreader())
        .await?)
}

/// What a live check finds, with offsets a browser's text field can use.
#[derive(Debug, Serialize)]
struct Checked {
    findings: Vec<FindingItem>,
    errors: usize,
}

async fn check_letter<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<TextBody>,
) -> ApiResult {
    let text = b.text()?;
    let found = web
        .app
        .check_letter_text(&id, &text, web.proofreader())
        .await?;
    let errors = found
        .iter()
        .filter(|f| f.severity == afterview_proofread::Severity::Error)
        .count();
    ok(&Checked {
        findings: findings(text.subject(), text.body(), &found),
        errors,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct SendBody {
    force: bool,
    resend: bool,
}

async fn send_letter<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<SendBody>,
) -> ApiResult {
    let options = SendOptions {
        via: SendVia::Email,
        force: b.force,
        resend: b.resend,
    };
    ok(&web
        .app
        .send_letter(&id, &options, &web.outbox, web.proofreader())
        .await?)
}
