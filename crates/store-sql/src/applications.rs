//! Applications and their event log on SQL.

use crate::exec::{Row, Value};
use crate::rows::{
    int, name, opt_int, opt_long, opt_name, opt_parsed, opt_str, opt_text, opt_url, parsed, text,
    ts, ts_text,
};
use crate::{SqlTx, params, placeholders};
use afterview_core::application::ApplicationEvent;
use afterview_core::{
    Application, ApplicationId, CompanyId, EventId, Excitement, NewApplication, ResumeId,
    SalaryRange,
};
use afterview_store::{
    ApplicationFilter, ApplicationPort, ApplicationRow, NewEvent, Result, StoreError,
};
use async_trait::async_trait;
use jiff::Timestamp;

/// The columns of a full application, in the order [`application_from`] reads.
macro_rules! app_columns {
    () => {
        "id, company_id, role, status, posting_url, posting_text, source, salary_min, salary_max, \
         salary_currency, resume_id, excitement, notes, created_at, status_changed_at"
    };
}
pub(crate) use app_columns;

fn excitement(row: &mut Row) -> Result<Option<Excitement>> {
    opt_int(row, "excitement")?
        .map(|n| Excitement::new(n).map_err(|e| StoreError::Other(e.to_string())))
        .transpose()
}

pub(crate) fn application_from(row: &mut Row) -> Result<Application> {
    let min = opt_int(row, "salary_min")?;
    let max = opt_int(row, "salary_max")?;
    let currency = opt_text(row, "salary_currency")?;
    let salary = (min.is_some() || max.is_some() || currency.is_some()).then_some(SalaryRange {
        min,
        max,
        currency,
    });
    Ok(Application {
        id: ApplicationId(int(row, "id")?),
        company_id: CompanyId(int(row, "company_id")?),
        role: name(row, "role")?,
        status: parsed(row, "status")?,
        posting_url: opt_url(row, "posting_url")?,
        posting_text: opt_long(row, "posting_text")?,
        source: opt_name(row, "source")?,
        salary,
        resume_id: opt_int(row, "resume_id")?.map(ResumeId),
        excitement: excitement(row)?,
        notes: opt_long(row, "notes")?,
        created_at: ts(row, "created_at")?,
        status_changed_at: ts(row, "status_changed_at")?,
    })
}

pub(crate) fn event_from(row: &mut Row) -> Result<ApplicationEvent> {
    Ok(ApplicationEvent {
        id: EventId(int(row, "id")?),
        application_id: ApplicationId(int(row, "application_id")?),
        at: ts(row, "at")?,
        from_status: opt_parsed(row, "from_status")?,
        to_status: parsed(row, "to_status")?,
        forced: int(row, "forced")? != 0,
        note: opt_text(row, "note")?,
    })
}

fn salary_parts(s: &Option<SalaryRange>) -> (Option<i64>, Option<i64>, Option<String>) {
    match s {
        Some(r) => (r.min, r.max, r.currency.clone()),
        None => (None, None, None),
    }
}

#[async_trait]
impl ApplicationPort for SqlTx {
    async fn insert_application(
        &mut self,
        new: &NewApplication,
        now: Timestamp,
    ) -> Result<Application> {
        let (min, max, currency) = salary_parts(&new.salary);
        let mut row = self
            .row(
                concat!(
                    "INSERT INTO applications (company_id, role, status, posting_url, posting_text, source, \
                     salary_min, salary_max, salary_currency, resume_id, excitement, notes, created_at, status_changed_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING ",
                    app_columns!()
                ),
                params![
                    new.company_id.0,
                    new.role.as_str(),
                    new.status.as_str(),
                    opt_str(&new.posting_url),
                    opt_str(&new.posting_text),
                    opt_str(&new.source),
                    min,
                    max,
                    currency,
                    new.resume_id.map(|r| r.0),
                    new.excitement.map(|e| i64::from(e.get())),
                    opt_str(&new.notes),
                    ts_text(now)
                ],
            )
            .await?;
        application_from(&mut row)
    }

    async fn application(&mut self, id: ApplicationId) -> Result<Option<Application>> {
        let mut row = self
            .opt_row(
                concat!(
                    "SELECT ",
                    app_columns!(),
                    " FROM applications WHERE id = $1"
                ),
                params![id.0],
            )
            .await?;
        row.as_mut().map(application_from).transpose()
    }

    async fn list_applications(
        &mut self,
        filter: &ApplicationFilter,
    ) -> Result<Vec<ApplicationRow>> {
        let mut sql = String::from(
            "SELECT a.id, a.company_id, c.name AS company, a.role, a.status, a.excitement, a.created_at, a.status_changed_at \
             FROM applications a JOIN companies c ON c.id = a.company_id WHERE 1 = 1",
        );
        let mut next = 1;
        if !filter.statuses.is_empty() {
            sql.push_str(&format!(
                " AND a.status IN ({})",
                placeholders(next, filter.statuses.len())
            ));
            next += filter.statuses.len();
        }
        if filter.company.is_some() {
            sql.push_str(&format!(" AND a.company_id = ${next}"));
        }
        sql.push_str(" ORDER BY a.status_changed_at DESC, a.id DESC");
        let mut binds: Vec<Value> = filter
            .statuses
            .iter()
            .map(|s| Value::from(s.as_str()))
            .collect();
        if let Some(c) = filter.company {
            binds.push(c.0.into());
        }
        let mut rows = self.rows(&sql, &binds).await?;
        rows.iter_mut()
            .map(|r| {
                Ok(ApplicationRow {
                    id: ApplicationId(int(r, "id")?),
                    company_id: CompanyId(int(r, "company_id")?),
                    company: text(r, "company")?,
                    role: text(r, "role")?,
                    status: parsed(r, "status")?,
                    excitement: excitement(r)?,
                    created_at: ts(r, "created_at")?,
                    status_changed_at: ts(r, "status_changed_at")?,
                })
            })
            .collect()
    }

    async fn update_application(&mut self, app: &Application) -> Result<()> {
        let (min, max, currency) = salary_parts(&app.salary);
        self.exec(
            "UPDATE applications SET company_id = $1, role = $2, status = $3, posting_url = $4, posting_text = $5, \
             source = $6, salary_min = $7, salary_max = $8, salary_currency = $9, resume_id = $10, excitement = $11, \
             notes = $12, status_changed_at = $13 WHERE id = $14",
            params![
                app.company_id.0,
                app.role.as_str(),
                app.status.as_str(),
                opt_str(&app.posting_url),
                opt_str(&app.posting_text),
                opt_str(&app.source),
                min,
                max,
                currency,
                app.resume_id.map(|r| r.0),
                app.excitement.map(|e| i64::from(e.get())),
                opt_str(&app.notes),
                ts_text(app.status_changed_at),
                app.id.0
            ],
        )
        .await?;
        Ok(())
    }

    async fn append_event(&mut self, event: &NewEvent) -> Result<ApplicationEvent> {
        let mut row = self
            .row(
                "INSERT INTO application_events (application_id, at, from_status, to_status, forced, note) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, application_id, at, from_status, to_status, forced, note",
                params![
                    event.application_id.0,
                    ts_text(event.at),
                    event.from_status.map(|s| s.as_str()),
                    event.to_status.as_str(),
                    i64::from(event.forced),
                    event.note.clone()
                ],
            )
            .await?;
        event_from(&mut row)
    }

    async fn events(&mut self, id: ApplicationId) -> Result<Vec<ApplicationEvent>> {
        let mut rows = self
            .rows(
                "SELECT id, application_id, at, from_status, to_status, forced, note \
                 FROM application_events WHERE application_id = $1 ORDER BY id",
                params![id.0],
            )
            .await?;
        rows.iter_mut().map(event_from).collect()
    }

    async fn delete_application(&mut self, id: ApplicationId) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM applications WHERE id = $1", params![id.0])
            .await?
            > 0)
    }
}
