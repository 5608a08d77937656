//! Outcomes close the loop: a second round, an offer, a rejection, a hire, silence.
//!
//! Each outcome is one transaction that moves the application (recorded in
//! its history) and keeps what goes with it: the next interview, the offer's
//! deadline and terms, the reason for a rejection. A hire lists the other
//! live applications; the agenda then asks to withdraw from each politely.

use crate::interviews::InterviewInput;
use crate::views::{ApplicationDetail, ApplicationSummary, InterviewView};
use crate::{App, Result, parse_when, resolve, zone_of};
use afterview_core::follow::Offer;
use afterview_core::{ApplicationStatus, Invalid, LongText};
use afterview_store::ApplicationFilter;
use afterview_store::prelude::*;
use jiff::Timestamp;
use serde::Serialize;

afterview_core::choice_enum! {
    /// What happened after an interview.
    Outcome, "outcome" {
        /// They want another round.
        SecondRound = "second-round" | "next-round" | "round" | "interview",
        /// They made an offer.
        Offer = "offer",
        /// They said no.
        Rejected = "rejected" | "rejection" | "no",
        /// You signed.
        Hired = "hired" | "signed" | "accepted",
        /// They went silent.
        Ghosted = "ghosted" | "silence",
    }
}

/// The details of an outcome, as typed.
#[derive(Debug, Clone, Default)]
pub struct OutcomeInput {
    /// The next round (second-round): when, how long, kind, who.
    pub interview: InterviewInput,
    /// By when to answer (offer).
    pub deadline: Option<String>,
    /// The terms (offer).
    pub terms: Option<String>,
    /// Why, or what was learned (rejected, ghosted, hired).
    pub reason: Option<String>,
}

/// An offer, for people and scripts.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferView {
    /// When the answer is due.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub deadline: Option<Timestamp>,
    /// Its terms.
    pub terms: Option<String>,
}

/// What an outcome did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeView {
    /// The outcome.
    pub outcome: Outcome,
    /// The application afterwards.
    pub application: ApplicationDetail,
    /// The round it created (second-round).
    pub interview: Option<InterviewView>,
    /// The offer it recorded (offer).
    pub offer: Option<OfferView>,
    /// The other live applications to withdraw from (hired).
    pub withdraw_from: Vec<ApplicationSummary>,
}

impl<S: Store> App<S> {
    /// Records an outcome for an application.
    pub async fn outcome(
        &self,
        query: &str,
        outcome: &str,
        input: &OutcomeInput,
    ) -> Result<OutcomeView> {
        let outcome: Outcome = outcome.parse()?;
        if outcome == Outcome::SecondRound {
            return self.second_round(query, input).await;
        }
        let now = self.now();
        let reason = input
            .reason
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .map(|r| LongText::parse("reason", r))
            .transpose()?
            .map(String::from);
        let mut tx = self.store.write().await?;
        let mut app = resolve::application(&mut tx, query).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let mut offer = None;
        let mut withdraw_from = Vec::new();
        match outcome {
            Outcome::Offer => {
                let deadline = input
                    .deadline
                    .as_deref()
                    .map(|d| parse_when("deadline", d, &now.to_zoned_datetime(zone.clone())))
                    .transpose()?;
                if let Some(d) = deadline.filter(|d| *d <= now) {
                    return Err(Invalid::new(
                        "deadline",
                        format!(
                            "the deadline {} has already passed; give the date they asked for an answer by",
                            afterview_core::time::show_local(d, &zone)
                        ),
                    )
                    .into());
                }
                let terms = input
                    .terms
                    .as_deref()
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| LongText::parse("terms", t))
                    .transpose()?;
                self.move_status(&mut tx, &mut app, ApplicationStatus::Offer, reason, false)
                    .await?;
                let saved = Offer {
                    application_id: app.id,
                    deadline,
                    terms,
                    recorded_at: now,
                };
                tx.save_offer(&saved).await?;
                offer = Some(OfferView {
                    deadline: saved.deadline,
                    terms: saved.terms.map(String::from),
                });
            }
            Outcome::Rejected => {
                self.move_status(
                    &mut tx,
                    &mut app,
                    ApplicationStatus::Rejected,
                    reason,
                    false,
                )
                .await?;
            }
            Outcome::Ghosted => {
                self.move_status(&mut tx, &mut app, ApplicationStatus::Ghosted, reason, false)
                    .await?;
            }
            Outcome::Hired => {
                self.move_status(&mut tx, &mut app, ApplicationStatus::Hired, reason, false)
                    .await?;
                let filter = ApplicationFilter {
                    statuses: vec![
                        ApplicationStatus::Applied,
                        ApplicationStatus::Interviewing,
                        ApplicationStatus::Offer,
                    ],
                    company: None,
                };
                withdraw_from = tx
                    .list_applications(&filter)
                    .await?
                    .into_iter()
                    .filter(|a| a.id != app.id)
                    .map(Into::into)
                    .collect();
            }
            Outcome::SecondRound => unreachable!("handled above"),
        }
        let application = self.detail(&mut tx, app).await?;
        tx.commit().await?;
        Ok(OutcomeView {
            outcome,
            application,
            interview: None,
            offer,
            withdraw_from,
        })
    }

    /// A second (or later) round: schedules the next interview.
    async fn second_round(&self, query: &str, input: &OutcomeInput) -> Result<OutcomeView> {
        if input.interview.at.is_none() {
            return Err(Invalid::new(
                "at",
                "say when the next round is, e.g. --at \"next tuesday 10am\"",
            )
            .into());
        }
        let mut spec = input.interview.clone();
        spec.application = Some(query.to_owned());
        let interview = self.add_interview(&spec).await?;
        let application = self
            .show_application(&interview.application_id.to_string())
            .await?;
        Ok(OutcomeView {
            outcome: Outcome::SecondRound,
            application,
            interview: Some(interview),
            offer: None,
            withdraw_from: Vec::new(),
        })
    }
}
