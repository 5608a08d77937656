//! The API's follow-through and pipeline resources beyond the loop's core:
//! companies, the profile, prep sheets, outcomes, the week, warm paths and
//! favours, and the calendar. Each handler is annotated and listed in
//! `endpoints!` in `api.rs`, like the rest of the documented API.

use super::{ApiResult, ApiState, created, ok};
use crate::error::{ErrorDocument, WebError};
use crate::forms::{Json, Query};
use afterview_app::views::{CompanyDetail, CompanyView};
use afterview_app::{
    CompanyInput, FavourView, InterviewInput, NetworkView, Outcome, OutcomeInput, OutcomeView,
    PrepSheet, ProfileInput, ProfileView, WeekView,
};
use afterview_core::InterviewKind;
use afterview_core::network::FavourState;
use afterview_store::Store;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// The companies, with their application counts.
#[utoipa::path(
    get,
    path = "/companies",
    tag = "companies",
    responses(
        (status = 200, description = "The companies", body = Vec<CompanyView>),
    ),
)]
pub(super) async fn list_companies<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.list_companies().await?)
}

/// A new company.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(super) struct NewCompany {
    /// Its name. Required.
    name: Option<String>,
    /// Its web site.
    website: Option<String>,
    /// Free notes.
    notes: Option<String>,
}

/// Adds a company.
#[utoipa::path(
    post,
    path = "/companies",
    tag = "companies",
    request_body = NewCompany,
    responses(
        (status = 201, description = "The company", body = CompanyView),
        (status = 409, description = "A company with this name exists", body = ErrorDocument),
        (status = 422, description = "A field is missing or cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
pub(super) async fn add_company<S: Store + Clone>(
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

/// One company with its applications.
#[utoipa::path(
    get,
    path = "/companies/{id}",
    tag = "companies",
    params(("id" = String, Path, description = "The company: its number or name")),
    responses(
        (status = 200, description = "The company", body = CompanyDetail),
        (status = 404, description = "No company is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one company", body = ErrorDocument),
    ),
)]
pub(super) async fn show_company<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.show_company(&id).await?)
}

/// The profile: who you are, your zone, skills and résumés.
#[utoipa::path(
    get,
    path = "/profile",
    tag = "profile",
    responses(
        (status = 200, description = "The profile", body = ProfileView),
    ),
)]
pub(super) async fn show_profile<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.show_profile().await?)
}

/// Changes to the profile; absent fields stay as they are.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub(super) struct ProfileBody {
    /// Your name, for signatures.
    name: Option<String>,
    /// Your address, the sender of letters.
    email: Option<String>,
    /// The sign-off under letters.
    signature: Option<String>,
    /// Your IANA time zone, e.g. "Europe/Berlin".
    time_zone: Option<String>,
    /// Skills to add.
    add_skills: Vec<String>,
    /// Skills to remove.
    remove_skills: Vec<String>,
}

/// Changes the profile.
#[utoipa::path(
    put,
    path = "/profile",
    tag = "profile",
    request_body = ProfileBody,
    responses(
        (status = 200, description = "The profile, changed", body = ProfileView),
        (status = 422, description = "A field cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
pub(super) async fn set_profile<S: Store + Clone>(
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

/// The prep sheet for an interview: earlier rounds, what is owed, the
/// decision timeline, the interviewers, and the lessons that recur.
#[utoipa::path(
    get,
    path = "/interviews/{id}/prep",
    tag = "interviews",
    params(("id" = String, Path, description = "The interview's number")),
    responses(
        (status = 200, description = "The prep sheet", body = PrepSheet),
        (status = 404, description = "No interview has this number", body = ErrorDocument),
        (status = 422, description = "The id is not a number", body = ErrorDocument),
    ),
)]
pub(super) async fn prep<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.prep(&id).await?)
}

/// What happened: `second-round`, `offer`, `rejected`, `hired`, `ghosted`,
/// with the details that outcome takes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct OutcomeBody {
    /// What happened.
    #[schema(value_type = Outcome)]
    outcome: String,
    /// The next round's start (second-round).
    #[serde(default)]
    at: Option<String>,
    /// The next round's length (second-round).
    #[serde(default)]
    duration: Option<String>,
    /// The next round's kind (second-round).
    #[serde(default)]
    #[schema(value_type = Option<InterviewKind>)]
    kind: Option<String>,
    /// The next round's interviewers (second-round).
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

/// Records what happened: a next round, an offer, a rejection, a hire
/// (withdrawing from the rest), or silence.
#[utoipa::path(
    post,
    path = "/applications/{id}/outcome",
    tag = "applications",
    params(("id" = String, Path, description = "The application: its number, or its company's name when that names one application")),
    request_body = OutcomeBody,
    responses(
        (status = 200, description = "What the outcome changed", body = OutcomeView),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The lifecycle does not allow it, or the name matches more than one", body = ErrorDocument),
        (status = 422, description = "The outcome or a detail cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
pub(super) async fn outcome<S: Store + Clone>(
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

/// The warm paths to a good word for an application, best first.
#[utoipa::path(
    get,
    path = "/applications/{id}/network",
    tag = "applications",
    params(("id" = String, Path, description = "The application: its number, or its company's name when that names one application")),
    responses(
        (status = 200, description = "The warm paths", body = NetworkView),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one application", body = ErrorDocument),
    ),
)]
pub(super) async fn network<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(id): Path<String>,
) -> ApiResult {
    ok(&web.app.network(&id).await?)
}

/// `?application=` to list one application's favours.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct FavourQuery {
    /// Only this application's (by number or company name).
    application: Option<String>,
}

/// The favours asked, and where each stands.
#[utoipa::path(
    get,
    path = "/favours",
    tag = "favours",
    params(FavourQuery),
    responses(
        (status = 200, description = "The favours", body = Vec<FavourView>),
        (status = 404, description = "No application is named so", body = ErrorDocument),
        (status = 409, description = "The name matches more than one application", body = ErrorDocument),
    ),
)]
pub(super) async fn favours<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<FavourQuery>,
) -> ApiResult {
    ok(&web.app.favours(q.application.as_deref()).await?)
}

/// A favour asked, or one moved on: `asked`, `agreed`, `done`, `declined`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct AskBody {
    /// Whom: their number, name or email.
    contact: String,
    /// For which application: its number or company name.
    application: String,
    /// Where it stands; `asked` when absent.
    #[serde(default)]
    #[schema(value_type = Option<FavourState>)]
    state: Option<String>,
    /// What was asked or said.
    #[serde(default)]
    note: Option<String>,
}

/// Records a favour asked of a contact, or moves one on.
#[utoipa::path(
    post,
    path = "/favours",
    tag = "favours",
    request_body = AskBody,
    responses(
        (status = 201, description = "The favour", body = FavourView),
        (status = 404, description = "The contact or the application does not exist", body = ErrorDocument),
        (status = 409, description = "A name matches more than one, or the favour cannot move so", body = ErrorDocument),
        (status = 422, description = "A field cannot be read; `field` names it", body = ErrorDocument),
    ),
)]
pub(super) async fn ask<S: Store + Clone>(
    State(web): ApiState<S>,
    Json(b): Json<AskBody>,
) -> ApiResult {
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
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(super) struct WeekQuery {
    /// A moment in the week to show, in natural words; this week when absent.
    at: Option<String>,
}

/// The week: applications sent against the target, interviews, letters,
/// touches, practice, and warnings.
#[utoipa::path(
    get,
    path = "/week",
    tag = "agenda",
    params(WeekQuery),
    responses(
        (status = 200, description = "The week", body = WeekView),
        (status = 422, description = "`at` cannot be read", body = ErrorDocument),
    ),
)]
pub(super) async fn week<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<WeekQuery>,
) -> ApiResult {
    ok(&web.app.week(q.at.as_deref()).await?)
}

/// Interviews and due actions as an iCalendar file.
#[utoipa::path(
    get,
    path = "/calendar.ics",
    tag = "agenda",
    responses(
        (status = 200, description = "The calendar", body = String, content_type = "text/calendar"),
    ),
)]
pub(super) async fn calendar<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
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
