//! Insights: the funnel, response times, self-ratings over time and the
//! follow-through rate with what it goes with, for the web's Insights page
//! and `GET /api/v1/insights`.
//!
//! One read transaction gathers the lean rows (`FollowPort::insight_facts`);
//! the numbers are a pure function of them, the time, the person's zone and
//! the policy's windows (`afterview_core::insights`), so the page and the
//! API can never disagree.

use crate::{App, Result, zone_of};
use afterview_core::insights::{self, Insights};
use afterview_store::prelude::*;
use jiff::Timestamp;
use serde::Serialize;

pub use afterview_core::insights::{
    ENOUGH, FollowThrough, FunnelStage, HabitRate, MonthRating, OutcomeGroup, RatingPoint,
    StageTime,
};

/// What the search so far says, at one moment.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InsightsView {
    /// The moment it is for.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub now: Timestamp,
    /// The zone dates and months are read in.
    pub time_zone: String,
    /// The numbers.
    #[serde(flatten)]
    pub insights: Insights,
}

impl<S: Store> App<S> {
    /// The insights as of now.
    pub async fn insights(&self) -> Result<InsightsView> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let profile_zone = tx.profile().await?.time_zone;
        let facts = tx.insight_facts().await?;
        tx.commit().await?;
        let zone = zone_of(profile_zone.as_deref());
        let insights = insights::insights(&facts, now, &zone, self.policy());
        Ok(InsightsView {
            now,
            time_zone: zone.iana_name().unwrap_or("UTC").to_owned(),
            insights,
        })
    }
}
