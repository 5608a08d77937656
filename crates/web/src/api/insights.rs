//! `GET /api/v1/insights`: the numbers behind the Insights page, as JSON
//! (the funnel, response times, every rated debrief with monthly means, and
//! the follow-through with what it goes with). Annotated and listed in
//! `endpoints!` in `api.rs`, like the rest of the documented API.

use super::{ApiResult, ApiState, ok};
use afterview_app::InsightsView;
use afterview_store::Store;
use axum::extract::State;

/// What the search so far says: the funnel, waits, self-ratings and follow-through.
#[utoipa::path(
    get,
    path = "/insights",
    tag = "insights",
    responses(
        (status = 200, description = "The insights as of now", body = InsightsView),
    ),
)]
pub(super) async fn insights<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(web.insights().await?.as_ref())
}
