//! The API's follow-through and pipeline resources beyond the loop's core:
//! companies, the profile, prep sheets, outcomes, the week, warm paths and
//! favours, and the calendar.

use super::{ApiResult, ApiState, created, ok};
use crate::error::WebError;
use crate::forms::Json;
use crate::state::Web;
use afterview_app::{CompanyInput, InterviewInput, OutcomeInput, ProfileInput};
use afterview_store::Store;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use serde::Deserialize;
use std::sync::Arc;

/// These routes.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new()
        .route(
            "/companies",
            get(list_companies::<S>).post(add_company::<S>),
        )
        .route("/companies/{id}", get(show_company::<S>))
        .route("/profile", get(show_profile::<S>).put(set_profile::<S>))
        .route("/interviews/{id}/prep", get(prep::<S>))
        .route("/applications/{id}/outcome", post(outcome::<S>))
        .route("/applications/{id}/network", get(network::<S>))
        .route("/favours", get(favours::<S>).post(ask::<S>))
        .route("/week", get(week::<S>))
        .route("/calendar.ics", get(calendar::<S>))
}

async fn list_companies<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.list_companies().await?)
}

/// A new company.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct NewCompany {
    name: Option<String>,
    website: Option<String>,
    notes: Option<String>,
}

async fn add_company<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<NewCompany>,
) -> ApiResult {
    let input = CompanyInput {
        name: b.name,
        website: b.website,
        notes: b.notes,
    };
    created(&web.app.add_company(&input).await?)
}

async fn show_company<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_company(&id).await?)
}

async fn show_profile<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.show_profile().await?)
}

/// Changes to the profile; absent fields stay as they are.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ProfileBody {
    name: Option<String>,
    email: Option<String>,
    signature: Option<String>,
    time_zone: Option<String>,
    add_skills: Vec<String>,
    remove_skills: Vec<String>,
}

async fn set_profile<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<ProfileBody>,
) -> ApiResult {
    let input = ProfileInput {
        name: b.name,
        email: b.email,
        signature: b.signature,
        time_zone: b.time_zone,
        add_skills: b.add_skills,
        remove_skills: b.remove_skills,
    };
    ok(&web.app.set_profile(&input).await?)
}

async fn prep<S: Store + Clone>(State(web): ApiState<S>, Path(id): Path<String>) -> ApiResult {
    ok(&web.app.prep(&id).await?)
}

/// What happened: `second-round`, `offer`, `rejected`, `hired`, `ghosted`,
/// with the details that outcome takes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeBody {
    outcome: String,
    /// The next round's start (second-round).
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    duration: Option<String>,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    with: Vec<String>,
    /// By when to answer (offer).
    #[serde(default)]
    deadline: Option<String>,
    /// The terms (offer).
    #[serde(default)]
    terms: Option<String>,
    /// Why (rejected, ghosted, hired).
    #[serde(default)]
    reason: Option<String>,
}

async fn outcome<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
    Json(b): Json<OutcomeBody>,
) -> ApiResult {
    let input = OutcomeInput {
        interview: InterviewInput {
            at: b.at,
            duration: b.duration,
            kind: b.kind,
            with: b.with,
            ..InterviewInput::default()
        },
        deadline: b.deadline,
        terms: b.terms,
        reason: b.reason,
    };
    ok(&web.app.outcome(&id, &b.outcome, &input).await?)
}

async fn network<S: Store + Clone>(State(web): ApiState<S>, Path(id): Path<String>) -> ApiResult {
    ok(&web.app.network(&id).await?)
}

/// `?application=` to list one application's favours.
#[derive(Debug, Default, Deserialize)]
struct FavourQuery {
    application: Option<String>,
}

async fn favours<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<FavourQuery>,
) -> ApiResult {
    ok(&web.app.favours(q.application.as_deref()).await?)
}

/// A favour asked, or one moved on: `asked`, `agreed`, `done`, `declined`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AskBody {
    contact: String,
    application: String,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

async fn ask<S: Store + Clone>(State(web): ApiState<S>, Json(b): Json<AskBody>) -> ApiResult {
    created(
        &web.app
            .ask(
                &b.contact,
                &b.application,
                b.state.as_deref(),
                b.note.as_deref(),
            )
            .await?,
    )
}

/// `?at=` for another week.
#[derive(Debug, Default, Deserialize)]
struct WeekQuery {
    at: Option<String>,
}

async fn week<S: Store + Clone>(State(web): ApiState<S>, Query(q): Query<WeekQuery>) -> ApiResult {
    ok(&web.app.week(q.at.as_deref()).await?)
}

async fn calendar<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    let ics = web.app.calendar_export().await.map_err(WebError::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"afterview.ics\"",
            ),
        ],
        ics,
    )
        .into_response())
}
