//! Practice in the JSON API: the next card, rating it, and the list.

use super::{ApiResult, ApiState, ok};
use crate::forms::Json;
use crate::state::Web;
use afterview_app::CardListInput;
use afterview_store::Store;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use serde::Deserialize;
use std::sync::Arc;

/// The practice routes, merged into the API's.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new()
        .route("/practice/next", get(next::<S>))
        .route("/practice/cards", get(cards::<S>))
        .route("/practice/{card}/rate", post(rate::<S>))
}

async fn next<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.next_card().await?)
}

/// `?due=true` (only those due now), `?tag=`, `?company=`, `?retired=true`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CardsQuery {
    due: bool,
    tag: Option<String>,
    company: Option<String>,
    retired: bool,
}

async fn cards<S: Store + Clone>(
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
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RateBody {
    rating: String,
    #[serde(default)]
    at: Option<String>,
}

async fn rate<S: Store + Clone>(
    State(web): ApiState<S>,
    Path(card): Path<String>,
    Json(b): Json<RateBody>,
) -> ApiResult {
    ok(&web
        .app
        .review_card(&card, &b.rating, b.at.as_deref())
        .await?)
}
