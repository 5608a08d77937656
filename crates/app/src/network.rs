//! Networking use cases: closeness, jobs, who knows whom, warm paths to a
//! decision, and favours asked; contact files in and out (`import`).

mod import;

pub use import::{ImportOptions, ImportSummary, Merged, Stage};

use crate::{App, AppError, Result, parse_when, resolve};
use afterview_core::network::{FavourState, Position, Strength, WarmPath, warm_paths};
use afterview_core::{ApplicationId, ContactId, Invalid, Name};
use afterview_store::FavourFilter;
use afterview_store::prelude::*;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Serialize;

/// The day `now` falls on, in UTC: the date jobs start and end on.
pub(crate) fn today(now: Timestamp) -> Date {
    now.to_zoned_datetime(TimeZone::UTC).date()
}

/// A job as typed: at a company, as a title, between two dates.
#[derive(Debug, Clone, Default)]
pub struct PositionInput {
    /// The company, by number or name; created when new.
    pub company: String,
    /// The title.
    pub title: Option<String>,
    /// From when: a date or a year.
    pub since: Option<String>,
    /// Until when: a date or a year; none while it lasts.
    pub until: Option<String>,
}

/// A job, for showing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PositionView {
    /// Its number.
    pub id: i64,
    /// The company.
    pub company: String,
    /// The title.
    pub title: Option<String>,
    /// From when.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub since: Option<Date>,
    /// Until when; none while it lasts.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub until: Option<Date>,
}

/// Someone a contact knows.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KnowsView {
    /// Their number.
    pub id: ContactId,
    /// Their name.
    pub name: String,
    /// How they know each other.
    pub how: Option<String>,
}

/// A favour asked of someone, for showing.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FavourView {
    /// Its number.
    pub id: i64,
    /// Who was asked.
    pub contact_id: ContactId,
    /// Their name.
    pub contact: String,
    /// For which application.
    pub application_id: ApplicationId,
    /// Its company and role, "Acme, Platform Engineer".
    pub application: String,
    /// Where it stands.
    pub state: FavourState,
    /// What was asked or said.
    pub note: Option<String>,
    /// When it was asked.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub asked_at: Timestamp,
    /// When it last changed.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: Timestamp,
}

/// A contact's network, for `contact show`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkDetail {
    /// How close they are (0-5); none when never rated.
    pub strength: Option<Strength>,
    /// Their other jobs, past and present.
    pub positions: Vec<PositionView>,
    /// The people they know.
    pub knows: Vec<KnowsView>,
    /// Favours asked of them.
    pub favours: Vec<FavourView>,
}

/// The warm paths for one application, best first.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkView {
    /// The application.
    pub application_id: ApplicationId,
    /// Its company and role.
    pub application: String,
    /// Who can put in a good word, best first.
    pub paths: Vec<WarmPath>,
}

/// Reads a date or a bare year ("2021" is 1 January 2021, or 31 December
/// for an end).
fn parse_day(field: &str, input: &str, end: bool, now: Timestamp) -> Result<Date> {
    let text = input.trim();
    if let Ok(year) = text.parse::<i16>()
        && (1900..=2200).contains(&year)
    {
        let (m, d) = if end { (12, 31) } else { (1, 1) };
        return Ok(Date::new(year, m, d).map_err(|e| Invalid::new(field, e.to_string()))?);
    }
    if let Ok(date) = text.parse::<Date>() {
        return Ok(date);
    }
    let at = parse_when(field, text, &now.to_zoned_datetime(TimeZone::UTC))?;
    Ok(at.to_zoned_datetime(TimeZone::UTC).date())
}

async fn app_words<T: Transaction>(tx: &mut T, id: ApplicationId) -> Result<String> {
    let app = tx
        .application(id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("there is no application {id}")))?;
    let company = tx
        .company(app.company_id)
        .await?
        .map(|c| c.name.to_string())
        .unwrap_or_default();
    Ok(format!("{company}, {}", app.role))
}

impl<S: Store> App<S> {
    /// Sets how close a contact is, 0 to 5 (`None` forgets it).
    pub async fn set_strength(&self, who: &str, strength: Option<&str>) -> Result<ContactId> {
        let strength = strength.map(Strength::parse).transpose()?;
        let mut tx = self.store.write().await?;
        let contact = resolve::contact(&mut tx, who).await?;
        tx.set_strength(contact.id, strength).await?;
        tx.commit().await?;
        Ok(contact.id)
    }

    /// Records a job held by a contact, or by the person (`who` is `me`).
    pub async fn add_position(&self, who: &str, input: &PositionInput) -> Result<PositionView> {
        let now = self.now();
        let since = input
            .since
            .as_deref()
            .map(|s| parse_day("since", s, false, now))
            .transpose()?;
        let until = input
            .until
            .as_deref()
            .map(|s| parse_day("until", s, true, now))
            .transpose()?;
        if let (Some(s), Some(u)) = (since, until)
            && s > u
        {
            return Err(Invalid::new(
                "until",
                format!("the job ends ({u}) before it starts ({s}); check --since and --until"),
            )
            .into());
        }
        let title = input
            .title
            .as_deref()
            .map(|t| Name::parse("title", t))
            .transpose()?;
        let mut tx = self.store.write().await?;
        let contact_id = match who.trim() {
            "me" | "myself" | "I" => None,
            _ => Some(resolve::contact(&mut tx, who).await?.id),
        };
        let company = match resolve::company(&mut tx, &input.company).await {
            Ok(c) => c,
            Err(AppError::NotFound(_)) => {
                let new = afterview_core::NewCompany {
                    name: Name::parse("company", &input.company)?,
                    website: None,
                    notes: None,
                };
                tx.insert_company(&new, now).await?
            }
            Err(e) => return Err(e),
        };
        let position = Position {
            contact_id,
            company_id: company.id,
            title: title.map(|t| t.to_string()),
            since,
            until,
        };
        let id = tx.insert_position(&position, now).await?;
        tx.commit().await?;
        Ok(PositionView {
            id,
            company: company.name.to_string(),
            title: position.title,
            since,
            until,
        })
    }

    /// Forgets a job by its number.
    pub async fn remove_position(&self, id: i64) -> Result<()> {
        let mut tx = self.store.write().await?;
        if !tx.delete_position(id).await? {
            return Err(AppError::NotFound(format!(
                "there is no job {id}; `afterview contact show <who>` lists a person's jobs with their numbers"
            )));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Records that two contacts know each other.
    pub async fn link_contacts(
        &self,
        a: &str,
        b: &str,
        how: Option<&str>,
    ) -> Result<(String, String)> {
        let how = how
            .filter(|h| !h.trim().is_empty())
            .map(|h| Name::parse("how", h))
            .transpose()?;
        let mut tx = self.store.write().await?;
        let first = resolve::contact(&mut tx, a).await?;
        let second = resolve::contact(&mut tx, b).await?;
        if first.id == second.id {
            return Err(Invalid::new(
                "contact",
                format!(
                    "{} and {} name the same person; name two different people",
                    a.trim(),
                    b.trim()
                ),
            )
            .into());
        }
        tx.link_contacts(
            first.id,
            second.id,
            how.as_ref().map(Name::as_str),
            self.now(),
        )
        .await?;
        tx.commit().await?;
        Ok((first.name.to_string(), second.name.to_string()))
    }

    /// Forgets that two contacts know each other.
    pub async fn unlink_contacts(&self, a: &str, b: &str) -> Result<()> {
        let mut tx = self.store.write().await?;
        let first = resolve::contact(&mut tx, a).await?;
        let second = resolve::contact(&mut tx, b).await?;
        if !tx.unlink_contacts(first.id, second.id).await? {
            return Err(AppError::NotFound(format!(
                "{} and {} were not recorded as knowing each other",
                first.name, second.name
            )));
        }
        tx.commit().await?;
        Ok(())
    }

    /// A contact's network: closeness, jobs, people they know, favours.
    pub async fn contact_network(&self, id: ContactId) -> Result<NetworkDetail> {
        let mut tx = self.store.read().await?;
        let detail = self.network_detail(&mut tx, Some(id)).await?;
        tx.commit().await?;
        Ok(detail)
    }

    /// The person's own jobs.
    pub async fn my_positions(&self) -> Result<Vec<PositionView>> {
        let mut tx = self.store.read().await?;
        let detail = self.network_detail(&mut tx, None).await?;
        tx.commit().await?;
        Ok(detail.positions)
    }

    pub(crate) async fn network_detail(
        &self,
        tx: &mut S::Tx,
        id: Option<ContactId>,
    ) -> Result<NetworkDetail> {
        let network = tx.contact_network(id).await?;
        let mut positions = Vec::new();
        for (pid, p) in network.positions {
            let company = tx
                .company(p.company_id)
                .await?
                .map(|c| c.name.to_string())
                .unwrap_or_default();
            positions.push(PositionView {
                id: pid,
                company,
                title: p.title,
                since: p.since,
                until: p.until,
            });
        }
        let mut favours = Vec::new();
        for f in network.favours {
            favours.push(self.favour_view(tx, f).await?);
        }
        Ok(NetworkDetail {
            strength: network.strength,
            positions,
            knows: network
                .knows
                .into_iter()
                .map(|(id, name, how)| KnowsView { id, name, how })
                .collect(),
            favours,
        })
    }

    async fn favour_view(
        &self,
        tx: &mut S::Tx,
        f: afterview_core::network::Favour,
    ) -> Result<FavourView> {
        let contact = tx
            .contact(f.contact_id)
            .await?
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        Ok(FavourView {
            id: f.id,
            contact_id: f.contact_id,
            contact,
            application_id: f.application_id,
            application: app_words(tx, f.application_id).await?,
            state: f.state,
            note: f.note,
            asked_at: f.asked_at,
            updated_at: f.updated_at,
        })
    }

    /// Who can put in a good word for an application, best first.
    pub async fn network(&self, app: &str) -> Result<NetworkView> {
        let mut tx = self.store.read().await?;
        let application = resolve::application(&mut tx, app).await?;
        let facts = tx.network_facts(application.id).await?;
        let words = app_words(&mut tx, application.id).await?;
        tx.commit().await?;
        Ok(NetworkView {
            application_id: application.id,
            application: words,
            paths: warm_paths(&facts),
        })
    }

    /// Logs a favour asked of a contact for an application, or moves the
    /// one already asked to `state`.
    pub async fn ask(
        &self,
        who: &str,
        app: &str,
        state: Option<&str>,
        note: Option<&str>,
    ) -> Result<FavourView> {
        let state: FavourState = state.unwrap_or("asked").parse()?;
        let note = note
            .filter(|n| !n.trim().is_empty())
            .map(|n| afterview_core::LongText::parse("note", n))
            .transpose()?;
        let note = note.as_ref().map(|n| n.as_str());
        let now = self.now();
        let mut tx = self.store.write().await?;
        let contact = resolve::contact(&mut tx, who).await?;
        let application = resolve::application(&mut tx, app).await?;
        let existing = tx
            .favours(&FavourFilter {
                application: Some(application.id),
                contact: Some(contact.id),
            })
            .await?;
        let favour = match existing.into_iter().next() {
            Some(f) => tx
                .update_favour(f.id, state, note, now)
                .await?
                .ok_or_else(|| AppError::NotFound(format!("favour {} vanished", f.id)))?,
            None => {
                tx.insert_favour(contact.id, application.id, state, note, now)
                    .await?
            }
        };
        let view = self.favour_view(&mut tx, favour).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Favours asked, newest first; only for one application when given.
    pub async fn favours(&self, app: Option<&str>) -> Result<Vec<FavourView>> {
        let mut tx = self.store.read().await?;
        let application = match app {
            Some(a) => Some(resolve::application(&mut tx, a).await?.id),
            None => None,
        };
        let list = tx
            .favours(&FavourFilter {
                application,
                contact: None,
            })
            .await?;
        let mut views = Vec::with_capacity(list.len());
        for f in list {
            views.push(self.favour_view(&mut tx, f).await?);
        }
        tx.commit().await?;
        Ok(views)
    }
}
