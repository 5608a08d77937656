//! The JSON API under `/api/v1`: every resource and action, over the same
//! use cases as the pages and the command line, with errors shaped
//! `{"error": {"code", "message", "field"}}`, and its OpenAPI 3.1 document
//! at `/api/v1/openapi.json`.
//!
//! The document is generated from this code. Each handler carries a
//! `#[utoipa::path(...)]` annotation: its method, path, parameters, body,
//! and every status it can answer with the body of each. The list in
//! `endpoints!` names each handler once; [`document`] reads their
//! annotations, and [`routes`] registers each handler at the method and
//! path its annotation gives, so a route cannot exist undocumented or
//! answer elsewhere than documented. The schemas come from the types
//! themselves (`utoipa::ToSchema`, derived behind the `openapi` feature of
//! afterview-core, afterview-proofread and afterview-app, which this crate
//! turns on). What the layers around every handler may answer (401 for a
//! missing token; 400, 403, 413, 415 and 422 for a JSON body) is added to
//! every operation once, in `openapi.rs`.
//!
//! How to add an endpoint:
//! 1. Write the handler, generic over `S: Store + Clone`, taking
//!    [`crate::forms::Json`] and [`crate::forms::Query`] (not axum's) so
//!    that every refusal is the error document.
//! 2. Derive `Deserialize` and `ToSchema` on its body (field docs become
//!    the descriptions), or `IntoParams` on its query, and `ToSchema` on
//!    what it answers: outside this crate behind
//!    `#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]`, with
//!    `#[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]`
//!    on each `Timestamp` (`Option<String>` for an optional one).
//! 3. Annotate it: `#[utoipa::path(post, path = "/things/{id}", tag = "things",
//!    params(("id" = String, Path, description = "...")), request_body = NewThing,
//!    responses((status = 201, description = "...", body = ThingView),
//!    (status = 404, description = "...", body = ErrorDocument), ...))]`,
//!    listing the refusals its use case can give (404 not found, 409
//!    ambiguous or refused, 422 invalid; the store's 503 is added to every
//!    operation in `openapi.rs`). Keep the
//!    default operation id (the function's name): routes are found by it.
//! 4. Add its name (or `module::name`) to `endpoints!`. The unit tests in
//!    `openapi.rs` check the document's structure, and `tests/it/openapi.rs`
//!    calls every documented path on a running server and checks the
//!    answers (give it an example request for the new operation).
//!
//! Each resource's handlers may live in a submodule (`api/follow.rs`,
//! `api/contacts.rs`, `api/practice.rs`), listed in `endpoints!` by path
//! (`follow::week`).

mod contacts;
mod follow;
mod insights;
mod openapi;
mod practice;

use crate::error::{ErrorDocument, WebError};
use crate::forms::{Json, Query};
use crate::state::Web;
use crate::views::{FindingItem, findings};
use afterview_app::views::{ApplicationDetail, ApplicationSummary, InterviewView};
use afterview_app::{
    ActionView, Added, AgendaView, ApplicationInput, DebriefInput, DebriefView, DraftRequest,
    Drafted, InterviewInput, LetterListInput, LetterView, SendOptions, SendOutcome, SendVia,
    StatusChange,
};
use afterview_core::letter::{LetterKind, LetterState, LetterText};
use afterview_core::{ApplicationStatus, InterviewKind};
use afterview_store::Store;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use openapi::Layers;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};
use utoipa::openapi::OpenApi;
use utoipa::{IntoParams, ToSchema};

type ApiState<S> = State<Arc<Web<S>>>;
type ApiResult<T = Response> = Result<T, WebError>;

fn ok<T: Serialize>(value: &T) -> ApiResult {
    Ok(axum::Json(value).into_response())
}

fn created<T: Serialize>(value: &T) -> ApiResult {
    Ok((StatusCode::CREATED, axum::Json(value)).into_response())
}

/// Every endpoint, once: `$then!` gets the list of handlers.
macro_rules! endpoints {
    ($then:ident) => {
        $then! {
            agenda, done, snooze, dismiss,
            list_applications, add_application, show_application, change_status,
            add_interview, show_interview, interview_done, show_debrief, write_debrief,
            list_letters, draft, show_letter, save_letter, check_letter, send_letter,
            follow::list_companies, follow::add_company, follow::show_company,
            follow::show_profile, follow::set_profile, follow::prep, follow::outcome,
            follow::network, follow::favours, follow::ask, follow::week, follow::calendar,
            practice::next, practice::cards, practice::rate,
            contacts::search, contacts::add, contacts::import, contacts::show,
            contacts::set_strength, contacts::touch,
            insights::insights,
            openapi,
        }
    };
}

macro_rules! describe {
    ($($($handler:ident)::+),+ $(,)?) => {
        /// The document, from the annotations of every endpoint.
        #[derive(utoipa::OpenApi)]
        #[openapi(
            info(
                title = "afterview",
                description = "The JSON API of afterview, the follow-through system for the days after a job interview: the agenda, applications, interviews and debriefs, letters, companies, contacts, favours, practice, the week and the calendar. Every refusal is an error document, `{\"error\": {\"code\", \"message\", \"field\"}}`.",
            ),
            servers((url = "/api/v1", description = "this server")),
            paths($($($handler)::+),+),
            components(schemas(ErrorDocument)),
            tags(
                (name = "agenda", description = "What is due, and marking actions done, snoozed or dismissed"),
                (name = "applications", description = "Applications and their status"),
                (name = "interviews", description = "Interview rounds, their debriefs and prep sheets"),
                (name = "letters", description = "Drafting, proofreading, editing and sending letters"),
                (name = "companies", description = "Companies and their applications"),
                (name = "profile", description = "Who you are, your zone, skills and résumés"),
                (name = "favours", description = "Good words asked of contacts"),
                (name = "contacts", description = "People, closeness, touches, and importing contacts files"),
                (name = "practice", description = "Practice cards from debriefs, scheduled by FSRS"),
                (name = "insights", description = "The funnel, waits, self-ratings and follow-through"),
                (name = "meta", description = "This document"),
            ),
            modifiers(&Layers),
        )]
        struct ApiDoc;
    };
}

endpoints!(describe);

/// The API's OpenAPI 3.1 document, as served at `/api/v1/openapi.json`.
pub fn document() -> OpenApi {
    <ApiDoc as utoipa::OpenApi>::openapi()
}

/// Every API route, each at the method and path of its annotation.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    let doc = document();
    macro_rules! register {
        ($($($handler:ident)::+),+ $(,)?) => {
            Router::new()
                $( .merge(openapi::route(&doc, stringify!($($handler)::+), $($handler)::+::<S>)) )+
        };
    }
    endpoints!(register).fallback(|| async {
        WebError::not_found("there is no such API path; see /api/v1/openapi.json")
    })
}

/// This document.
#[utoipa::path(
    get,
    path = "/openapi.json",
    tag = "meta",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document of this API", body = serde_json::Value),
    ),
)]
#[expect(
    clippy::extra_unused_type_parameters,
    reason = "generic over the store like every endpoint, so one list registers them all"
)]
async fn openapi<S: Store + Clone>() -> Response {
    // The document depends only on the code, so it is written once.
    static JSON: OnceLock<String> = OnceLock::new();
    let json = JSON.get_or_init(|| {
        serde_json::to_string(&document()).expect("the document is plain data and serialises")
    });
    ([(header::CONTENT_TYPE, "application/json")], json.as_str()).into_response()
}

/// `?at=` for the agenda at another moment; `?limit=` for how many of each
/// group (50 unless said; the counts are always whole), `?all=true` for
/// every action.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct AgendaQuery {
    /// The moment to compute the agenda for, in natural words ("friday 9am"); now when absent.
    at: Option<String>,
    /// The most actions to list in each group, 50 when absent (the counts cover them all).
    limit: Option<usize>,
    /// Every action, however many.
    #[serde(default)]
    all: bool,
}

/// How many actions of each group the API lists unless asked otherwise.
const AGENDA_PAGE: usize = 50;

/// The agenda: what is overdue, due today, and due in the next seven days.
#[utoipa::path(
    get,
    path = "/agenda",
    tag = "agenda",
    params(AgendaQuery),
    responses(
        (status = 200, description = "The agenda", body = AgendaView),
        (status = 422, description = "`at`, `limit` or `all` could not be read", body = ErrorDocument),
    ),
)]
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

/// What marking an action says; each action reads the part it needs.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct MarkBody {
    /// For `done`: what was done or said, kept with the mark.
    note: Option<String>,
    /// For `snooze`: until when, in natural words ("monday 9am"); required there.
    until: Option<String>,
    /// For `dismiss`: why it will not be done ("they filled the role"); required there.
    why: Option<String>,
}

/// Marks an action done (reaching out to someone also logs a touch).
#[utoipa::path(
    post,
    path = "/actions/{key}/done",
    tag = "agenda",
    params(("key" = String, Path, description = "The action's key, as the agenda lists it: `thank-12-7`")),
    request_body = MarkBody,
    responses(
        (status = 200, description = "The action, now done", body = ActionView),
        (status = 404, description = "The agenda lists no action with this key", body = ErrorDocument),
        (status = 409, description = "The action was already done or dismissed", body = ErrorDocument),
        (status = 422, description = "The key or the note could not be read", body = ErrorDocument),
    ),
)]
async fn done<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(key): Path<String>,
    Json(b): Json<MarkBody>,
) -> ApiResult {
    let a: ActionView = web.app.done(&key, b.note.as_deref()).await?;
    ok(&a)
}

/// Snoozes an action until a later moment.
#[utoipa::path(
    post,
    path = "/actions/{key}/snooze",
    tag = "agenda",
    params(("key" = String, Path, description = "The action's key, as the agenda lists it: `thank-12-7`")),
    request_body = MarkBody,
    responses(
        (status = 200, description = "The action, snoozed", body = ActionView),
        (status = 404, description = "The agenda lists no action with this key", body = ErrorDocument),
        (status = 409, description = "The action was already done or dismissed", body = ErrorDocument),
        (status = 422, description = "`until` is missing, cannot be read or is not in the future", body = ErrorDocument),
    ),
)]
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

/// Dismisses an action: it will not be done, for the reason given.
#[utoipa::path(
    post,
    path = "/actions/{key}/dismiss",
    tag = "agenda",
    params(("key" = String, Path, description = "The action's key, as the agenda lists it: `thank-12-7`")),
    request_body = MarkBody,
    responses(
        (status = 200, description = "The action, dismissed", body = ActionView),
        (status = 404, description = "The agenda lists no action with this key", body = ErrorDocument),
        (status = 409, description = "The action was already done or dismissed", body = ErrorDocument),
        (status = 422, description = "`why` is missing or too long", body = ErrorDocument),
    ),
)]
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

/// Which applications to list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// Only those in this status.
    #[param(value_type = Option<ApplicationStatus>)]
    status: Option<String>,
    /// Only those at this company (its number or name).
    company: Option<String>,
}

/// The applications, most recently moved first.
#[utoipa::path(
    get,
    path = "/applications",
    tag = "applications",
    params(ListQuery),
    responses(
        (status = 200, description = "The applications", body = Vec<ApplicationSummary>),
        (status = 404, description = "No company has that name", body = ErrorDocument),
        (status = 409, description = "The company's name matches more than one", body = ErrorDocument),
        (status = 422, description = "The status is not one afterview knows", body = ErrorDocument),
    ),
)]
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
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct NewApplication {
    /// The company, by number or name; a new name creates the company. Required.
    company: Option<String>,
    /// The role. Required.
    role: Option<String>,
    /// Where it stands; `saved` when absent.
    #[schema(value_type = Option<ApplicationStatus>)]
    status: Option<String>,
    /// The posting's address.
    posting_url: Option<String>,
    /// The posting's text.
    posting_text: Option<String>,
    /// Where the lead came from.
    source: Option<String>,
    /// The pay range, as written: "120k-150k USD".
    salary: Option<String>,
    /// The résumé version sent.
    resume: Option<String>,
    /// 1 (meh) to 5 (dream job), as text or a number's text.
    excitement: Option<String>,
    /// Free notes.
    notes: Option<String>,
}

/// Adds an application (and its company, when new).
#[utoipa::path(
    post,
    path = "/applications",
    tag = "applications",
    request_body = NewApplication,
    responses(
        (status = 201, description = "The application, and what was created along the way", body = Added<ApplicationSummary>),
        (status = 409, description = "The company's name matches more than one, or the application exists", body = ErrorDocument),
        (status = 422, description = "A field is missing or cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
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

/// One application with its interviews and history.
#[utoipa::path(
    get,
    path = "/applications/{id}",
    tag = "applications",
    params(("id" = String, Path, description = "The application: its number, or its company's name when that names one application")),
    responses(
        (status = 200, description = "The application", body = ApplicationDetail),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one application", body = ErrorDocument),
    ),
)]
async fn show_application<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_application(&id).await?)
}

/// A move in an application's lifecycle.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct StatusBody {
    /// The new status.
    #[schema(value_type = ApplicationStatus)]
    status: String,
    /// Why, kept in the history.
    #[serde(default)]
    note: Option<String>,
    /// Override the lifecycle's rules (a correction, logged as such).
    #[serde(default)]
    force: bool,
}

/// Moves an application to another status.
#[utoipa::path(
    post,
    path = "/applications/{id}/status",
    tag = "applications",
    params(("id" = String, Path, description = "The application: its number, or its company's name when that names one application")),
    request_body = StatusBody,
    responses(
        (status = 200, description = "The application, moved", body = ApplicationDetail),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The lifecycle does not allow this move (give `force` to correct it), or the name matches more than one", body = ErrorDocument),
        (status = 422, description = "The status or the note cannot be read", body = ErrorDocument),
    ),
)]
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

/// A new interview round.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct NewInterview {
    /// The application, by number or company name. Required.
    application: Option<String>,
    /// When it starts, in natural words ("tuesday 14:00"). Required.
    at: Option<String>,
    /// How long: "45m", "1h"; an hour when absent.
    duration: Option<String>,
    /// The kind of round.
    #[schema(value_type = Option<InterviewKind>)]
    kind: Option<String>,
    /// Where: an address or a video link.
    location: Option<String>,
    /// Free notes.
    notes: Option<String>,
    /// The IANA zone it is scheduled in; the profile's when absent.
    time_zone: Option<String>,
    /// Who sits on the other side: "Jane Doe <jane@acme.example>", with an
    /// optional role after a colon ("...:hiring-manager").
    with: Vec<String>,
}

/// Adds an interview round to an application.
#[utoipa::path(
    post,
    path = "/interviews",
    tag = "interviews",
    request_body = NewInterview,
    responses(
        (status = 201, description = "The interview", body = InterviewView),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one application, or the round clashes", body = ErrorDocument),
        (status = 422, description = "A field is missing or cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
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

/// One interview with its interviewers.
#[utoipa::path(
    get,
    path = "/interviews/{id}",
    tag = "interviews",
    params(("id" = String, Path, description = "The interview's number")),
    responses(
        (status = 200, description = "The interview", body = InterviewView),
        (status = 404, description = "No interview has this number", body = ErrorDocument),
        (status = 422, description = "The id is not a number", body = ErrorDocument),
    ),
)]
async fn show_interview<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_interview(&id).await?)
}

/// When an interview ended.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct DoneBody {
    /// When it ended, in natural words; its scheduled end when absent.
    ended: Option<String>,
}

/// Marks an interview as having taken place.
#[utoipa::path(
    post,
    path = "/interviews/{id}/done",
    tag = "interviews",
    params(("id" = String, Path, description = "The interview's number")),
    request_body = DoneBody,
    responses(
        (status = 200, description = "The interview, done", body = InterviewView),
        (status = 404, description = "No interview has this number", body = ErrorDocument),
        (status = 409, description = "The interview was already done or was cancelled", body = ErrorDocument),
        (status = 422, description = "The id or `ended` cannot be read", body = ErrorDocument),
    ),
)]
async fn interview_done<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<DoneBody>,
) -> ApiResult {
    ok(&web.app.interview_done(&id, b.ended.as_deref()).await?)
}

/// The latest version of an interview's debrief.
#[utoipa::path(
    get,
    path = "/interviews/{id}/debrief",
    tag = "interviews",
    params(("id" = String, Path, description = "The interview's number")),
    responses(
        (status = 200, description = "The debrief", body = DebriefView),
        (status = 404, description = "No interview has this number, or it has no debrief yet", body = ErrorDocument),
        (status = 422, description = "The id is not a number", body = ErrorDocument),
    ),
)]
async fn show_debrief<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_debrief(&id, None).await?)
}

/// What to add to a debrief: lists grow; decision, rating and notes are
/// replaced. At least one part is required.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct DebriefBody {
    /// What went well, one item each.
    went_well: Vec<String>,
    /// Questions that deserved a better answer: "question :: what I said :: a better answer".
    better: Vec<String>,
    /// Issues or concerns that came up.
    issues: Vec<String>,
    /// What was promised: "writing sample to Jane by friday".
    owe: Vec<String>,
    /// What to do better next time.
    do_better: Vec<String>,
    /// What they said about when they decide: "we decide by friday".
    decision: Option<String>,
    /// How it went, 1 to 5.
    rating: Option<String>,
    /// Free notes.
    notes: Option<String>,
}

/// Writes a new version of an interview's debrief.
#[utoipa::path(
    post,
    path = "/interviews/{id}/debrief",
    tag = "interviews",
    params(("id" = String, Path, description = "The interview's number")),
    request_body = DebriefBody,
    responses(
        (status = 201, description = "The new version", body = DebriefView),
        (status = 404, description = "No interview has this number", body = ErrorDocument),
        (status = 422, description = "The debrief is empty, or a part cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
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

/// Which letters to list.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct LetterQuery {
    /// Only this application's (by number or company name).
    application: Option<String>,
    /// Only in this state.
    #[param(value_type = Option<LetterState>)]
    state: Option<String>,
}

/// The letters, newest first.
#[utoipa::path(
    get,
    path = "/letters",
    tag = "letters",
    params(LetterQuery),
    responses(
        (status = 200, description = "The letters", body = Vec<LetterView>),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one application", body = ErrorDocument),
        (status = 422, description = "The state is not one afterview knows", body = ErrorDocument),
    ),
)]
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

/// What to draft.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct DraftBody {
    /// What kind of letter.
    #[schema(value_type = LetterKind)]
    kind: String,
    /// The interview (thanks, followup, nudge), the application (ask,
    /// withdraw) or the recruiter (checkin) it is about.
    target: String,
    /// The person to write to, instead of the one afterview picks.
    #[serde(default)]
    to: Option<String>,
    /// Draft again even if a letter for this exists.
    #[serde(default)]
    again: bool,
}

/// Drafts letters from the data, each proofread.
#[utoipa::path(
    post,
    path = "/letters",
    tag = "letters",
    request_body = DraftBody,
    responses(
        (status = 201, description = "The new drafts, and who got none and why", body = Drafted),
        (status = 404, description = "The target or the person does not exist", body = ErrorDocument),
        (status = 409, description = "The target matches more than one, or there is no one to write to", body = ErrorDocument),
        (status = 422, description = "The kind or the target cannot be read", body = ErrorDocument),
    ),
)]
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

/// One letter, proofread.
#[utoipa::path(
    get,
    path = "/letters/{id}",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's number")),
    responses(
        (status = 200, description = "The letter with its findings", body = LetterView),
        (status = 404, description = "No letter has this number", body = ErrorDocument),
        (status = 422, description = "The id is not a number", body = ErrorDocument),
    ),
)]
async fn show_letter<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_letter(&id, Some(web.proofreader())).await?)
}

/// A letter's text, as edited.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct TextBody {
    /// One line.
    subject: String,
    /// The text; `\r\n` line ends are read as `\n`.
    body: String,
}

impl TextBody {
    fn text(&self) -> Result<LetterText, WebError> {
        LetterText::new(&self.subject, &self.body.replace("\r\n", "\n"))
            .map_err(|e| afterview_app::AppError::from(e).into())
    }
}

/// Saves a letter's edited text; it is proofread again.
#[utoipa::path(
    put,
    path = "/letters/{id}",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's number")),
    request_body = TextBody,
    responses(
        (status = 200, description = "The letter, saved, with its findings", body = LetterView),
        (status = 404, description = "No letter has this number", body = ErrorDocument),
        (status = 409, description = "The letter was sent or is being sent, so it no longer changes", body = ErrorDocument),
        (status = 422, description = "The subject or body is empty or too long; `field` names it", body = ErrorDocument),
    ),
)]
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
#[derive(Debug, Serialize, ToSchema)]
struct Checked {
    /// The findings, in order.
    findings: Vec<FindingItem>,
    /// How many are errors, which block sending.
    errors: usize,
}

/// Proofreads a text for a letter without saving it.
#[utoipa::path(
    post,
    path = "/letters/{id}/check",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's number")),
    request_body = TextBody,
    responses(
        (status = 200, description = "What the proofreader found", body = Checked),
        (status = 404, description = "No letter has this number", body = ErrorDocument),
        (status = 422, description = "The subject or body is empty or too long; `field` names it", body = ErrorDocument),
    ),
)]
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

/// How to send.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
struct SendBody {
    /// Send despite errors the proofreader found.
    force: bool,
    /// Send a letter found in `sending` again, having checked that the first attempt did not arrive.
    resend: bool,
}

/// Sends a letter by email, exactly once; sending does the agenda action it answers.
#[utoipa::path(
    post,
    path = "/letters/{id}/send",
    tag = "letters",
    params(("id" = String, Path, description = "The letter's number")),
    request_body = SendBody,
    responses(
        (status = 200, description = "The letter, sent, with the server's reply", body = SendOutcome),
        (status = 404, description = "No letter has this number", body = ErrorDocument),
        (status = 409, description = "Sending was refused: errors found, already sent or being sent, no address, no mail server configured, or the server refused it", body = ErrorDocument),
        (status = 422, description = "The id is not a number", body = ErrorDocument),
    ),
)]
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
