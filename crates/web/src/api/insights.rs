//! `GET /api/v1/insights`: the numbers behind the Insights page, as JSON
//! (the funnel, response times, every rated debrief with monthly means, and
//! the follow-through with what it goes with).

use super::{ApiResult, ApiState, ok};
use crate::state::Web;
use afterview_store::Store;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use std::sync::Arc;

/// The insights route, merged into the API's router.
pub fn routes<S: Store + Clone>() -> Router<Arc<Web<S>>> {
    Router::new().route("/insights", get(insights::<S>))
}

async fn insights<S: Store + Clone>(State(web): ApiState<S>) -> ApiResult {
    ok(&web.app.insights().await?)
}
