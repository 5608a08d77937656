//! What the use cases return for people and scripts: plain serialisable views.
//!
//! These are the stable JSON shapes of `--json` (documented in
//! `docs/json.md`): field names only ever get added, never renamed or
//! removed, within one major version. Instants are RFC 3339 text in UTC.

use afterview_core::application::ApplicationEvent;
use afterview_core::{
    Application, ApplicationId, ApplicationStatus, Company, CompanyId, Contact, ContactId,
    Interview, InterviewId, InterviewKind, InterviewStatus, InterviewerRole, SalaryRange,
};
use afterview_store::{ApplicationRow, ContactRow, InterviewRow, InterviewerRow};
use jiff::Timestamp;
use serde::Serialize;

/// A company with its application counts.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyView {
    /// Its number.
    pub id: CompanyId,
    /// Its name.
    pub name: String,
    /// Its web site.
    pub website: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// When it was added.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// How many applications it has.
    pub applications: i64,
    /// How many are still in play.
    pub live_applications: i64,
}

impl CompanyView {
    /// The view of a company with its counts.
    pub fn new(c: Company, applications: i64, live_applications: i64) -> Self {
        CompanyView {
            id: c.id,
            name: c.name.into(),
            website: c.website.map(Into::into),
            notes: c.notes.map(Into::into),
            created_at: c.created_at,
            applications,
            live_applications,
        }
    }
}

/// A company with its applications.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompanyDetail {
    /// The company.
    #[serde(flatten)]
    pub company: CompanyView,
    /// Its applications, most recently moved first.
    #[serde(rename = "application_list")]
    pub applications: Vec<ApplicationSummary>,
}

/// An application as lists show it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationSummary {
    /// Its number.
    pub id: ApplicationId,
    /// The company's number.
    pub company_id: CompanyId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// 1 to 5.
    pub excitement: Option<u8>,
    /// When it was added.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// When its status last changed.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub status_changed_at: Timestamp,
}

impl From<ApplicationRow> for ApplicationSummary {
    fn from(r: ApplicationRow) -> Self {
        ApplicationSummary {
            id: r.id,
            company_id: r.company_id,
            company: r.company,
            role: r.role,
            status: r.status,
            excitement: r.excitement.map(|e| e.get()),
            created_at: r.created_at,
            status_changed_at: r.status_changed_at,
        }
    }
}

/// One entry of an application's history.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventView {
    /// When.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    /// The status before; null at creation.
    pub from: Option<ApplicationStatus>,
    /// The status after.
    pub to: ApplicationStatus,
    /// Whether it was a forced correction.
    pub forced: bool,
    /// Why.
    pub note: Option<String>,
}

impl From<ApplicationEvent> for EventView {
    fn from(e: ApplicationEvent) -> Self {
        EventView {
            at: e.at,
            from: e.from_status,
            to: e.to_status,
            forced: e.forced,
            note: e.note,
        }
    }
}

/// An application with everything about it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationDetail {
    /// Its number.
    pub id: ApplicationId,
    /// The company's number.
    pub company_id: CompanyId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// The statuses it may move to next.
    pub next_statuses: Vec<ApplicationStatus>,
    /// The posting's address.
    pub posting_url: Option<String>,
    /// The posting's text.
    pub posting_text: Option<String>,
    /// Where the lead came from.
    pub source: Option<String>,
    /// The pay range.
    pub salary: Option<SalaryRange>,
    /// The résumé version's label.
    pub resume: Option<String>,
    /// 1 to 5.
    pub excitement: Option<u8>,
    /// Free notes.
    pub notes: Option<String>,
    /// When it was added.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// When its status last changed.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub status_changed_at: Timestamp,
    /// Its interviews, by start.
    pub interviews: Vec<InterviewView>,
    /// Its history, oldest first.
    pub events: Vec<EventView>,
}

impl ApplicationDetail {
    /// Assembles the detail view.
    pub fn new(
        a: Application,
        company: String,
        resume: Option<String>,
        interviews: Vec<InterviewView>,
        events: Vec<ApplicationEvent>,
    ) -> Self {
        ApplicationDetail {
            id: a.id,
            company_id: a.company_id,
            company,
            role: a.role.into(),
            status: a.status,
            next_statuses: a.status.next().to_vec(),
            posting_url: a.posting_url.map(Into::into),
            posting_text: a.posting_text.map(Into::into),
            source: a.source.map(Into::into),
            salary: a.salary,
            resume,
            excitement: a.excitement.map(|e| e.get()),
            notes: a.notes.map(Into::into),
            created_at: a.created_at,
            status_changed_at: a.status_changed_at,
            interviews,
            events: events.into_iter().map(EventView::from).collect(),
        }
    }
}

/// A person.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactView {
    /// Their number.
    pub id: ContactId,
    /// Their name.
    pub name: String,
    /// Their email.
    pub email: Option<String>,
    /// Their phone.
    pub phone: Option<String>,
    /// Their company's number.
    pub company_id: Option<CompanyId>,
    /// Their company's name.
    pub company: Option<String>,
    /// Their title.
    pub title: Option<String>,
    /// Their LinkedIn profile.
    pub linkedin: Option<String>,
    /// How you met.
    pub how_met: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// Labels.
    pub tags: Vec<String>,
    /// When they were added.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
}

impl ContactView {
    /// The view of a person with their company's name.
    pub fn new(c: Contact, company: Option<String>) -> Self {
        ContactView {
            id: c.id,
            name: c.name.into(),
            email: c.email.map(Into::into),
            phone: c.phone.map(Into::into),
            company_id: c.company_id,
            company,
            title: c.title.map(Into::into),
            linkedin: c.linkedin.map(Into::into),
            how_met: c.how_met.map(Into::into),
            notes: c.notes.map(Into::into),
            tags: c.tags.into_iter().map(Into::into).collect(),
            created_at: c.created_at,
        }
    }
}

impl From<ContactRow> for ContactView {
    fn from(r: ContactRow) -> Self {
        ContactView::new(r.contact, r.company)
    }
}

/// A person on an interview.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InterviewerView {
    /// Their contact number.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// Their email.
    pub email: Option<String>,
    /// Their part.
    pub role: InterviewerRole,
}

impl From<InterviewerRow> for InterviewerView {
    fn from(r: InterviewerRow) -> Self {
        InterviewerView {
            contact_id: r.contact.id,
            name: r.contact.name.into(),
            email: r.contact.email.map(Into::into),
            role: r.interviewer.role,
        }
    }
}

/// An interview.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InterviewView {
    /// Its number.
    pub id: InterviewId,
    /// The application's number.
    pub application_id: ApplicationId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// The round, from 1.
    pub round: i64,
    /// The kind of round.
    pub kind: InterviewKind,
    /// When it starts.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub starts_at: Timestamp,
    /// When it ends.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub ends_at: Timestamp,
    /// The IANA zone it was scheduled in.
    pub time_zone: String,
    /// Where.
    pub location: Option<String>,
    /// Whether it happened.
    pub status: InterviewStatus,
    /// Free notes.
    pub notes: Option<String>,
    /// Who sat on the other side (only in `show`; empty in lists).
    pub interviewers: Vec<InterviewerView>,
}

impl InterviewView {
    /// The view of an interview with its company, role and interviewers.
    pub fn new(
        i: Interview,
        company: String,
        role: String,
        interviewers: Vec<InterviewerView>,
    ) -> Self {
        InterviewView {
            id: i.id,
            application_id: i.application_id,
            company,
            role,
            round: i.round,
            kind: i.kind,
            starts_at: i.starts_at,
            ends_at: i.ends_at,
            time_zone: i.time_zone,
            location: i.location.map(Into::into),
            status: i.status,
            notes: i.notes.map(Into::into),
            interviewers,
        }
    }
}

impl From<InterviewRow> for InterviewView {
    fn from(r: InterviewRow) -> Self {
        InterviewView::new(r.interview, r.company, r.role, Vec::new())
    }
}
