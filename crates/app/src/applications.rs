//! Application use cases: add, list, show, edit, move through the lifecycle, remove.

use crate::input::{edit_opt, new_opt};
use crate::views::{ApplicationDetail, ApplicationSummary, InterviewView};
use crate::{App, AppError, Result, resolve};
use afterview_core::suggest::did_you_mean;
use afterview_core::{
    Application, ApplicationStatus, Excitement, Invalid, LongText, Name, NewApplication,
    NewCompany, ResumeId, SalaryRange, Url,
};
use afterview_store::prelude::*;
use afterview_store::{ApplicationFilter, InterviewFilter, NewEvent};

/// An application's fields as typed; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct ApplicationInput {
    /// The company, by number or name (created when new and not a near miss).
    pub company: Option<String>,
    /// The role's title.
    pub role: Option<String>,
    /// The first status (saved when not given).
    pub status: Option<String>,
    /// The posting's address.
    pub posting_url: Option<String>,
    /// The posting's text.
    pub posting_text: Option<String>,
    /// Where the lead came from.
    pub source: Option<String>,
    /// The pay range, e.g. "120k-150k USD".
    pub salary: Option<String>,
    /// The résumé version's label.
    pub resume: Option<String>,
    /// 1 to 5.
    pub excitement: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
}

/// A move in the lifecycle, as asked for.
#[derive(Debug, Clone, Default)]
pub struct StatusChange {
    /// The new status.
    pub status: String,
    /// Override the lifecycle rules (a correction; logged as such).
    pub force: bool,
    /// Why, kept in the history.
    pub note: Option<String>,
}

/// What adding an application did besides adding it.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Added<T> {
    /// The thing added.
    #[serde(flatten)]
    pub item: T,
    /// Things created along the way, for the person to know ("company Acme").
    pub also_created: Vec<String>,
}

fn excitement(s: &str) -> Result<Excitement, Invalid> {
    let n: i64 = s.trim().parse().map_err(|_| {
        Invalid::new(
            "excitement",
            format!(
                "excitement is \"{}\"; give a number from 1 (meh) to 5 (dream job)",
                s.trim()
            ),
        )
    })?;
    Excitement::new(n)
}

async fn resume_id<T: Transaction>(tx: &mut T, label: &str) -> Result<ResumeId> {
    let resumes = tx.resumes().await?;
    if let Some(r) = resumes
        .iter()
        .find(|r| r.label.as_str().eq_ignore_ascii_case(label.trim()))
    {
        return Ok(r.id);
    }
    let hint = afterview_core::suggest::hint(label, resumes.iter().map(|r| r.label.as_str()));
    Err(AppError::NotFound(format!(
        "no résumé labelled '{}'{hint}; add it with `afterview profile resume add <label> <path>`",
        label.trim()
    )))
}

impl<S: Store> App<S> {
    /// Adds an application, and its company when that is new.
    pub async fn add_application(
        &self,
        input: &ApplicationInput,
    ) -> Result<Added<ApplicationSummary>> {
        let role = Name::parse("role", input.role.as_deref().unwrap_or(""))?;
        let company_query = input.company.as_deref().unwrap_or("").trim();
        if company_query.is_empty() {
            return Err(
                Invalid::new("company", "say which company with --company \"Acme\"").into(),
            );
        }
        let status = match &input.status {
            Some(s) => s.parse::<ApplicationStatus>()?,
            None => ApplicationStatus::Saved,
        };
        if !status.is_live() {
            return Err(Invalid::new(
                "status",
                format!("a new application starts as saved, applied, interviewing or offer, not {status}"),
            )
            .into());
        }
        let posting_url = new_opt(&input.posting_url, |s| Url::parse("posting-url", s))?;
        let posting_text = new_opt(&input.posting_text, |s| LongText::parse("posting text", s))?;
        let source = new_opt(&input.source, |s| Name::parse("source", s))?;
        let salary = new_opt(&input.salary, SalaryRange::parse)?;
        let excitement = new_opt(&input.excitement, excitement)?;
        let notes = new_opt(&input.notes, |s| LongText::parse("notes", s))?;

        let now = self.now();
        let mut tx = self.store.write().await?;
        let mut also_created = Vec::new();
        let company = match resolve::company(&mut tx, company_query).await {
            Ok(c) => c,
            Err(AppError::NotFound(message)) => {
                // A new name is a new company; a near miss of a known one is
                // much more likely a typo, so it is refused with the suggestion.
                let names = tx.company_names().await?;
                if company_query.parse::<i64>().is_ok()
                    || did_you_mean(company_query, names.iter().map(|(_, n)| n.as_str())).is_some()
                {
                    return Err(AppError::NotFound(format!(
                        "{message}; to add a new company with that exact name, run `afterview company add \"{company_query}\"` first"
                    )));
                }
                let new = NewCompany {
                    name: Name::parse("company", company_query)?,
                    website: None,
                    notes: None,
                };
                let c = tx.insert_company(&new, now).await?;
                also_created.push(format!("company {} ({})", c.name, c.id));
                c
            }
            Err(e) => return Err(e),
        };
        let resume_id = match input.resume.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(label) => Some(resume_id(&mut tx, label).await?),
            None => None,
        };
        let new = NewApplication {
            company_id: company.id,
            role,
            status,
            posting_url,
            posting_text,
            source,
            salary,
            resume_id,
            excitement,
            notes,
        };
        let app = tx.insert_application(&new, now).await?;
        tx.append_event(&NewEvent {
            application_id: app.id,
            at: now,
            from_status: None,
            to_status: status,
            forced: false,
            note: None,
        })
        .await?;
        tx.commit().await?;
        Ok(Added {
            item: summary(app, company.name.into()),
            also_created,
        })
    }

    /// Applications with the given statuses (all when empty), optionally at one company.
    pub async fn list_applications(
        &self,
        statuses: &[String],
        company: Option<&str>,
    ) -> Result<Vec<ApplicationSummary>> {
        let statuses = statuses
            .iter()
            .flat_map(|s| s.split(','))
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.parse::<ApplicationStatus>())
            .collect::<Result<Vec<_>, _>>()?;
        let mut tx = self.store.read().await?;
        let company = match company {
            Some(q) => Some(resolve::company(&mut tx, q).await?.id),
            None => None,
        };
        let rows = tx
            .list_applications(&ApplicationFilter { statuses, company })
            .await?;
        Ok(rows.into_iter().map(ApplicationSummary::from).collect())
    }

    /// One application with its interviews and history.
    pub async fn show_application(&self, query: &str) -> Result<ApplicationDetail> {
        let mut tx = self.store.read().await?;
        let app = resolve::application(&mut tx, query).await?;
        self.detail(&mut tx, app).await
    }

    pub(crate) async fn detail(
        &self,
        tx: &mut S::Tx,
        app: Application,
    ) -> Result<ApplicationDetail> {
        let company = tx
            .company(app.company_id)
            .await?
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        let resume = match app.resume_id {
            Some(id) => tx
                .resumes()
                .await?
                .into_iter()
                .find(|r| r.id == id)
                .map(|r| r.label.to_string()),
            None => None,
        };
        let filter = InterviewFilter {
            application: Some(app.id),
            ..InterviewFilter::default()
        };
        let mut interviews = Vec::new();
        for row in tx.list_interviews(&filter).await? {
            let people = tx.interviewers(row.interview.id).await?;
            interviews.push(InterviewView::new(
                row.interview,
                row.company,
                row.role,
                people.into_iter().map(Into::into).collect(),
            ));
        }
        let events = tx.events(app.id).await?;
        Ok(ApplicationDetail::new(
            app, company, resume, interviews, events,
        ))
    }

    /// Changes an application's fields (not its status: see [`App::change_status`]).
    pub async fn edit_application(
        &self,
        query: &str,
        input: &ApplicationInput,
    ) -> Result<ApplicationDetail> {
        if input.status.is_some() {
            return Err(Invalid::new("status", "change the status with `afterview app status <number> <status>`, which records it in the history").into());
        }
        let mut tx = self.store.write().await?;
        let mut app = resolve::application(&mut tx, query).await?;
        if let Some(c) = input.company.as_deref() {
            app.company_id = resolve::company(&mut tx, c).await?.id;
        }
        if let Some(role) = &input.role {
            app.role = Name::parse("role", role)?;
        }
        edit_opt(&mut app.posting_url, &input.posting_url, |s| {
            Url::parse("posting-url", s)
        })?;
        edit_opt(&mut app.posting_text, &input.posting_text, |s| {
            LongText::parse("posting text", s)
        })?;
        edit_opt(&mut app.source, &input.source, |s| Name::parse("source", s))?;
        edit_opt(&mut app.salary, &input.salary, SalaryRange::parse)?;
        edit_opt(&mut app.excitement, &input.excitement, excitement)?;
        edit_opt(&mut app.notes, &input.notes, |s| {
            LongText::parse("notes", s)
        })?;
        if let Some(label) = &input.resume {
            app.resume_id = if label.trim().is_empty() {
                None
            } else {
                Some(resume_id(&mut tx, label).await?)
            };
        }
        tx.update_application(&app).await?;
        let detail = self.detail(&mut tx, app).await?;
        tx.commit().await?;
        Ok(detail)
    }

    /// Moves an application to a new status, recording the move.
    pub async fn change_status(
        &self,
        query: &str,
        change: &StatusChange,
    ) -> Result<ApplicationDetail> {
        let to: ApplicationStatus = change.status.parse()?;
        let note = new_opt(&change.note, |s| LongText::parse("note", s))?;
        let mut tx = self.store.write().await?;
        let mut app = resolve::application(&mut tx, query).await?;
        self.move_status(&mut tx, &mut app, to, note.map(Into::into), change.force)
            .await?;
        let detail = self.detail(&mut tx, app).await?;
        tx.commit().await?;
        Ok(detail)
    }

    /// Moves an application inside a transaction: refused when the
    /// lifecycle does not allow it (unless forced), recorded in its history.
    pub(crate) async fn move_status(
        &self,
        tx: &mut S::Tx,
        app: &mut Application,
        to: ApplicationStatus,
        note: Option<String>,
        force: bool,
    ) -> Result<()> {
        let from = app.status;
        if let Err(refusal) = from.check_transition(to)
            && (!force || from == to)
        {
            return Err(AppError::Refused(format!(
                "application {}: {}",
                app.id, refusal.message
            )));
        }
        let now = self.now();
        app.status = to;
        app.status_changed_at = now;
        tx.update_application(app).await?;
        tx.append_event(&NewEvent {
            application_id: app.id,
            at: now,
            from_status: Some(from),
            to_status: to,
            forced: force && from.check_transition(to).is_err(),
            note,
        })
        .await?;
        Ok(())
    }

    /// Removes an application with its interviews and history.
    pub async fn remove_application(&self, query: &str) -> Result<ApplicationSummary> {
        let mut tx = self.store.write().await?;
        let app = resolve::application(&mut tx, query).await?;
        let company = tx
            .company(app.company_id)
            .await?
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        tx.delete_application(app.id).await?;
        tx.commit().await?;
        Ok(summary(app, company))
    }
}

fn summary(a: Application, company: String) -> ApplicationSummary {
    ApplicationSummary {
        id: a.id,
        company_id: a.company_id,
        company,
        role: a.role.into(),
        status: a.status,
        excitement: a.excitement.map(|e| e.get()),
        created_at: a.created_at,
        status_changed_at: a.status_changed_at,
    }
}
