//! Practice in the JSON API: the next card, rating it, and the list. Each
//! handler is annotated and listed in `endpoints!` in `api.rs`, like the
//! rest of the documented API.

use super::{ApiResult, ApiState, ok};
use crate::error::ErrorDocument;
use crate::forms::{Json, Query};
use afterview_app::{CardListInput, CardView, NextCard, Reviewed};
use afterview_core::practice::Rating;
use afterview_store::Store;
use axum::extract::{Path, State};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// The card to practise next: the one due first.
#[utoipa::path(
    get,
    path = "/practice/next",
    tag = "practice",
    responses(
        (status = 200, description = "The next card, if there is any, and how many are due", body = NextCard),
    ),
)]
pub(super) async fn next<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.next_card().await?)
}

/// `?due=true` (only those due now), `?tag=`, `?company=`, `?retired=true`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub(super) struct CardsQuery {
    /// Only those due now (pulled-forward ones included).
    due: bool,
    /// Only those with this tag.
    tag: Option<String>,
    /// Only those about this company's interviews.
    company: Option<String>,
    /// Retired cards too.
    retired: bool,
}

/// The practice cards.
#[utoipa::path(
    get,
    path = "/practice/cards",
    tag = "practice",
    params(CardsQuery),
    responses(
        (status = 200, description = "The cards", body = Vec<CardView>),
        (status = 404, description = "No company is named so", body = ErrorDocument),
        (status = 409, description = "The company's name matches more than one", body = ErrorDocument),
        (status = 422, description = "The query cannot be read", body = ErrorDocument),
    ),
)]
pub(super) async fn cards<S: Store + Clone>(
    State(web): ApiState<S>,
    Query(q): Query<CardsQuery>,
) -> ApiResult {
    let input = CardListInput {
        due: q.due,
        tag: q.tag,
        company: q.company,
        retired: q.retired,
    };
    ok(&web.app.list_cards(&input).await?)
}

/// `{"rating": "good"}` (again, hard, good, easy), and `at` when the
/// practice was earlier than now ("yesterday 9pm").
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RateBody {
    /// How well the answer came.
    #[schema(value_type = Rating)]
    rating: String,
    /// When it was practised, in natural words; now when absent.
    #[serde(default)]
    at: Option<String>,
}

/// Rates a practice of a card; FSRS schedules its next review.
#[utoipa::path(
    post,
    path = "/practice/{card}/rate",
    tag = "practice",
    params(("card" = String, Path, description = "The card's number")),
    request_body = RateBody,
    responses(
        (status = 200, description = "The card after the review, and the review", body = Reviewed),
        (status = 404, description = "No card has this number", body = ErrorDocument),
        (status = 409, description = "The card is retired", body = ErrorDocument),
        (status = 422, description = "The card number, the rating or `at` cannot be read", body = ErrorDocument),
    ),
)]
pub(super) async fn rate<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(card): Path<String>,
    Json(b): Json<RateBody>,
) -> ApiResult {
    ok(&web
        .app
        .review_card(&card, &b.rating, b.at.as_deref())
        .await?)
}
