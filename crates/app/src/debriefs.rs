//! Debrief use cases: write (from flags, Markdown or an editor), edit, show and history.
//!
//! A debrief is about an interview that happened. Writing one on a round
//! still marked scheduled whose time has passed marks it done too: the
//! person is telling us it took place. Every save adds a version; nothing
//! written is ever overwritten.

use crate::{App, AppError, Result, resolve, zone_named, zone_of};
use afterview_core::debrief::{
    self, BetterAnswer, Content, DebriefError, Rating, parse_better, parse_decision, parse_item,
    parse_owed,
};
use afterview_core::follow::{Debrief, TouchVia};
use afterview_core::{Interview, InterviewId, InterviewStatus, Invalid};
use afterview_store::prelude::*;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

/// A debrief written with flags; each list flag adds items.
#[derive(Debug, Clone, Default)]
pub struct DebriefInput {
    /// What went well.
    pub went_well: Vec<String>,
    /// Questions to answer better: `"Q :: said :: better [:: topic]"`.
    pub better: Vec<String>,
    /// Issues that surfaced.
    pub issues: Vec<String>,
    /// Items owed: `"writing sample to Jane by friday"`.
    pub owe: Vec<String>,
    /// What to do better next time.
    pub do_better: Vec<String>,
    /// The decision timeline they gave.
    pub decision: Option<String>,
    /// The self-rating, 1 to 5.
    pub rating: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
}

impl DebriefInput {
    /// Whether no flag was given.
    pub fn is_empty(&self) -> bool {
        self.went_well.is_empty()
            && self.better.is_empty()
            && self.issues.is_empty()
            && self.owe.is_empty()
            && self.do_better.is_empty()
            && self.decision.is_none()
            && self.rating.is_none()
            && self.notes.is_none()
    }
}

/// One version of a debrief, for people and scripts.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DebriefView {
    /// The interview.
    pub interview_id: InterviewId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// The round.
    pub round: i64,
    /// The version, from 1.
    pub version: i64,
    /// When this version was saved.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub written_at: Timestamp,
    /// What was written.
    #[serde(flatten)]
    pub content: Content,
    /// The same as Markdown, in the person's zone.
    #[serde(skip)]
    pub markdown: String,
}

/// Adds what the flags say to a debrief: lists grow; rating, decision and
/// notes are replaced.
fn with_flags(
    mut content: Content,
    input: &DebriefInput,
    now: &jiff::ZonedDateTime,
) -> Result<Content> {
    for item in &input.went_well {
        content.went_well.push(parse_item("went well", item)?);
    }
    for item in &input.better {
        let b: BetterAnswer = parse_better(item)?;
        content.better.push(b);
    }
    for item in &input.issues {
        content.issues.push(parse_item("issue", item)?);
    }
    for item in &input.owe {
        content.owed.push(parse_owed(item, now)?);
    }
    for item in &input.do_better {
        content.do_better.push(parse_item("do better", item)?);
    }
    if let Some(d) = &input.decision {
        content.decision = Some(parse_decision(&parse_item("decision", d)?, now));
    }
    if let Some(r) = &input.rating {
        content.rating = Some(Rating::parse(r)?);
    }
    if let Some(n) = &input.notes {
        content.notes = (!n.trim().is_empty()).then(|| n.trim().to_owned());
    }
    content.check()?;
    Ok(content)
}

impl DebriefView {
    /// One version of a debrief with where it was written, its Markdown in `zone`.
    pub(crate) fn new(
        d: Debrief,
        company: String,
        role: String,
        round: i64,
        zone: &TimeZone,
    ) -> DebriefView {
        DebriefView {
            markdown: debrief::render_markdown(&d.content, zone),
            interview_id: d.interview_id,
            company,
            role,
            round,
            version: d.version,
            written_at: d.written_at,
            content: d.content,
        }
    }
}

/// The heading a debrief's template shows: "Acme · Backend Engineer · round 2 (panel) · Tue 2026-11-24 14:00".
fn heading(company: &str, role: &str, i: &Interview) -> String {
    let zone = zone_named(&i.time_zone).unwrap_or(TimeZone::UTC);
    format!(
        "{company} · {role} · round {} ({}) · {}",
        i.round,
        i.kind,
        afterview_core::time::show_local(i.starts_at, &zone)
    )
}

impl<S: Store> App<S> {
    async fn company_and_role(&self, tx: &mut S::Tx, i: &Interview) -> Result<(String, String)> {
        let app = tx.application(i.application_id).await?.ok_or_else(|| {
            AppError::NotFound(format!("application {} is gone", i.application_id))
        })?;
        let company = tx
            .company(app.company_id)
            .await?
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        Ok((company, app.role.to_string()))
    }

    /// The interview a debrief is about, refused when it cannot have one.
    async fn debriefable(&self, tx: &mut S::Tx, query: &str, now: Timestamp) -> Result<Interview> {
        let i = resolve::interview(tx, query).await?;
        let zone = zone_named(&i.time_zone).unwrap_or(TimeZone::UTC);
        match i.status {
            InterviewStatus::Cancelled => Err(AppError::Refused(format!(
                "interview {} was cancelled, so there is nothing to debrief; if it took place after all, run `afterview interview edit {} --status scheduled` first",
                i.id, i.id
            ))),
            _ if i.starts_at > now => Err(AppError::Refused(format!(
                "interview {} has not happened yet (it starts {}); write the debrief after it",
                i.id,
                afterview_core::time::show_local(i.starts_at, &zone)
            ))),
            _ => Ok(i),
        }
    }

    /// The Markdown template for an interview's debrief, filled with the
    /// latest version when there is one.
    pub async fn debrief_template(&self, query: &str) -> Result<(InterviewId, String)> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let i = self.debriefable(&mut tx, query, now).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let (company, role) = self.company_and_role(&mut tx, &i).await?;
        let existing = tx.debrief(i.id).await?;
        let text = debrief::template(
            &heading(&company, &role, &i),
            existing.as_ref().map(|d| &d.content),
            &zone,
        );
        Ok((i.id, text))
    }

    /// Reads a debrief written in Markdown; `None` when nothing was written.
    pub async fn read_debrief_markdown(
        &self,
        text: &str,
    ) -> Result<std::result::Result<Option<Content>, DebriefError>> {
        let zone = self.time_zone().await?;
        let now = self.now().to_zoned_datetime(zone);
        Ok(debrief::parse_markdown(text, &now))
    }

    /// Writes a debrief from flags in one transaction: added to the latest
    /// version if there is one (lists grow; rating, decision and notes are
    /// replaced), saved as a new version.
    pub async fn debrief_with_flags(
        &self,
        query: &str,
        input: &DebriefInput,
    ) -> Result<DebriefView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let i = self.debriefable(&mut tx, query, now).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let base = tx
            .debrief(i.id)
            .await?
            .map(|d| d.content)
            .unwrap_or_default();
        let content = with_flags(base, input, &now.to_zoned_datetime(zone.clone()))?;
        let view = self.save_in(&mut tx, i, &content, now, &zone).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Saves a new version of an interview's debrief.
    pub async fn save_debrief(&self, query: &str, content: &Content) -> Result<DebriefView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let i = self.debriefable(&mut tx, query, now).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let view = self.save_in(&mut tx, i, content, now, &zone).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Saves a debrief version inside a transaction.
    async fn save_in(
        &self,
        tx: &mut S::Tx,
        mut i: Interview,
        content: &Content,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<DebriefView> {
        if content.is_empty() {
            return Err(Invalid::new(
                "debrief",
                "the debrief is empty; write at least one thing, e.g. --went-well \"...\" or --rating 4",
            )
            .into());
        }
        content.check()?;
        if i.status == InterviewStatus::Scheduled || i.status == InterviewStatus::NoShow {
            // Writing a debrief says the interview took place.
            i.status = InterviewStatus::Done;
            i.ends_at = i.ends_at.min(now);
            tx.update_interview(&i).await?;
            for person in tx.interviewers(i.id).await? {
                tx.insert_touch(person.contact.id, i.ends_at, TouchVia::Interview, None)
                    .await?;
            }
        }
        let saved = tx.insert_debrief(i.id, content, now).await?;
        // The questions to answer better become practice cards in the same
        // transaction, so a debrief and its cards never disagree.
        crate::practice::sync_debrief_cards(tx, &i, content, now).await?;
        let (company, role) = self.company_and_role(tx, &i).await?;
        Ok(DebriefView::new(saved, company, role, i.round, zone))
    }

    /// The latest debrief of an interview, or one version of it.
    pub async fn show_debrief(&self, query: &str, version: Option<i64>) -> Result<DebriefView> {
        let mut tx = self.store.read().await?;
        let i = resolve::interview(&mut tx, query).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let versions = tx.debrief_versions(i.id).await?;
        let count = versions.len();
        let found = match version {
            None => versions.into_iter().last(),
            Some(v) => versions.into_iter().find(|d| d.version == v),
        };
        let Some(d) = found else {
            return Err(AppError::NotFound(match (version, count) {
                (_, 0) => format!(
                    "interview {} has no debrief yet; write one with `afterview debrief {}`",
                    i.id, i.id
                ),
                (Some(v), n) => format!(
                    "interview {}'s debrief has no version {v}; it has versions 1 to {n}",
                    i.id
                ),
                (None, _) => format!("interview {} has no debrief", i.id),
            }));
        };
        let (company, role) = self.company_and_role(&mut tx, &i).await?;
        Ok(DebriefView::new(d, company, role, i.round, &zone))
    }

    /// Every version of an interview's debrief, oldest first.
    pub async fn debrief_history(&self, query: &str) -> Result<Vec<DebriefView>> {
        let mut tx = self.store.read().await?;
        let i = resolve::interview(&mut tx, query).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let (company, role) = self.company_and_role(&mut tx, &i).await?;
        Ok(tx
            .debrief_versions(i.id)
            .await?
            .into_iter()
            .map(|d| DebriefView::new(d, company.clone(), role.clone(), i.round, &zone))
            .collect())
    }
}
