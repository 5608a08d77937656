//! The weekly view: is the search keeping its pace? Applications sent
//! against the target, interviews, letters sent, touches, practice reviews,
//! and warnings when the pipeline is thin or leans on one company.

use crate::agenda::week_start;
use crate::{App, Result, parse_when, zone_of};
use afterview_store::prelude::*;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

/// One week of the search, Monday to Monday in the person's zone.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekView {
    /// When the week starts.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub from: Timestamp,
    /// When the next one starts.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub to: Timestamp,
    /// Applications sent this week.
    pub applied: u32,
    /// The weekly target (0: none).
    pub target: u32,
    /// Interviews this week.
    pub interviews: u32,
    /// Letters sent this week.
    pub letters_sent: u32,
    /// Touches logged this week.
    pub touches: u32,
    /// Practice cards reviewed this week.
    pub practice_reviews: u64,
    /// Applications in play now.
    pub live: u32,
    /// What needs attention, in words.
    pub warnings: Vec<String>,
}

impl<S: Store> App<S> {
    /// The week around `at` (default now).
    pub async fn week(&self, at: Option<&str>) -> Result<WeekView> {
        let mut tx = self.store.read().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let now = match at {
            Some(text) => parse_when("at", text, &self.now().to_zoned_datetime(zone.clone()))?,
            None => self.now(),
        };
        let from = week_start(now, &zone);
        let to = from
            .to_zoned_datetime(zone.clone())
            .checked_add(1.week())
            .map_or(from, |z| z.timestamp());
        let counts = tx.week_counts(from, to).await?;
        let practice_reviews = tx.reviews_between(from, to).await?;
        let by_company = tx.live_by_company().await?;
        tx.commit().await?;
        let live: u32 = by_company.iter().map(|(_, n)| n).sum();
        let policy = self.policy();
        let mut warnings = Vec::new();
        if policy.thin_pipeline_below > 0 && live < policy.thin_pipeline_below {
            warnings.push(format!(
                "Only {live} application{} in play: add more so one answer cannot end the search.",
                if live == 1 { "" } else { "s" }
            ));
        }
        if let Some((company, n)) = by_company.first()
            && live >= 2
            && *n * 2 > live
        {
            warnings.push(format!(
                "{n} of your {live} applications in play are at {company}: more than half the search rides on one company."
            ));
        }
        let target = policy.weekly_applications;
        if target > 0 && counts.applied < target {
            warnings.push(format!(
                "{} of {target} applications sent this week: {} to go.",
                counts.applied,
                target - counts.applied
            ));
        }
        Ok(WeekView {
            from,
            to,
            applied: counts.applied,
            target,
            interviews: counts.interviews,
            letters_sent: counts.letters_sent,
            touches: counts.touches,
            practice_reviews,
            live,
            warnings,
        })
    }
}
