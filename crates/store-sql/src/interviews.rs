//! Interviews and interviewers on SQL.

use crate::contacts::{contact_columns, contact_from};
use crate::exec::{Row, Value};
use crate::rows::{int, opt_long, opt_name, opt_str, parsed, text, ts, ts_text};
use crate::{SqlTx, params, placeholders};
use afterview_core::{ApplicationId, ContactId, Interview, InterviewId, Interviewer, NewInterview};
use afterview_store::{InterviewFilter, InterviewPort, InterviewRow, InterviewerRow, Result};
use async_trait::async_trait;
use jiff::Timestamp;

/// The columns of an interview, in the order [`interview_from`] reads.
macro_rules! interview_columns {
    () => {
        "id, application_id, round, kind, starts_at, ends_at, time_zone, location, status, notes, created_at"
    };
}
pub(crate) use interview_columns;

pub(crate) fn interview_from(row: &mut Row) -> Result<Interview> {
    Ok(Interview {
        id: InterviewId(int(row, "id")?),
        application_id: ApplicationId(int(row, "application_id")?),
        round: int(row, "round")?,
        kind: parsed(row, "kind")?,
        starts_at: ts(row, "starts_at")?,
        ends_at: ts(row, "ends_at")?,
        time_zone: text(row, "time_zone")?,
        location: opt_name(row, "location")?,
        status: parsed(row, "status")?,
        notes: opt_long(row, "notes")?,
        created_at: ts(row, "created_at")?,
    })
}

pub(crate) fn interviewer_from(row: &mut Row) -> Result<Interviewer> {
    Ok(Interviewer {
        interview_id: InterviewId(int(row, "interview_id")?),
        contact_id: ContactId(int(row, "contact_id")?),
        role: parsed(row, "role")?,
    })
}

impl SqlTx {
    /// A change to a round's people: the agenda reads the round again.
    async fn unsettle(&mut self, interview: InterviewId) -> Result<()> {
        self.exec(
            "UPDATE interviews SET settled_at = NULL WHERE id = $1",
            params![interview.0],
        )
        .await?;
        Ok(())
    }
}

#[async_trait]
impl InterviewPort for SqlTx {
    async fn insert_interview(&mut self, new: &NewInterview, now: Timestamp) -> Result<Interview> {
        // The round is the next after the application's highest, computed in
        // the same statement so that it is right inside the write transaction.
        let mut row = self
            .row(
                concat!(
                    "INSERT INTO interviews (application_id, round, kind, starts_at, ends_at, time_zone, location, status, notes, created_at) \
                     VALUES ($1, (SELECT COALESCE(MAX(round), 0) + 1 FROM interviews WHERE application_id = $1), \
                     $2, $3, $4, $5, $6, 'scheduled', $7, $8) RETURNING ",
                    interview_columns!()
                ),
                params![
                    new.application_id.0,
                    new.kind.as_str(),
                    ts_text(new.starts_at),
                    ts_text(new.ends_at),
                    new.time_zone.as_str(),
                    opt_str(&new.location),
                    opt_str(&new.notes),
                    ts_text(now)
                ],
            )
            .await?;
        interview_from(&mut row)
    }

    async fn interview(&mut self, id: InterviewId) -> Result<Option<Interview>> {
        let mut row = self
            .opt_row(
                concat!(
                    "SELECT ",
                    interview_columns!(),
                    " FROM interviews WHERE id = $1"
                ),
                params![id.0],
            )
            .await?;
        row.as_mut().map(interview_from).transpose()
    }

    async fn list_interviews(&mut self, filter: &InterviewFilter) -> Result<Vec<InterviewRow>> {
        let mut sql = String::from(
            "SELECT i.id, i.application_id, i.round, i.kind, i.starts_at, i.ends_at, i.time_zone, i.location, i.status, \
             i.notes, i.created_at, c.name AS company, a.role AS role \
             FROM interviews i JOIN applications a ON a.id = i.application_id JOIN companies c ON c.id = a.company_id \
             WHERE 1 = 1",
        );
        let mut next = 1;
        if filter.application.is_some() {
            sql.push_str(&format!(" AND i.application_id = ${next}"));
            next += 1;
        }
        if !filter.statuses.is_empty() {
            sql.push_str(&format!(
                " AND i.status IN ({})",
                placeholders(next, filter.statuses.len())
            ));
            next += filter.statuses.len();
        }
        if filter.from.is_some() {
            sql.push_str(&format!(" AND i.starts_at >= ${next}"));
            next += 1;
        }
        if filter.contact.is_some() {
            sql.push_str(&format!(
                " AND i.id IN (SELECT interview_id FROM interviewers WHERE contact_id = ${next})"
            ));
        }
        sql.push_str(" ORDER BY i.starts_at, i.id");
        let mut binds: Vec<Value> = Vec::new();
        if let Some(a) = filter.application {
            binds.push(a.0.into());
        }
        binds.extend(filter.statuses.iter().map(|s| Value::from(s.as_str())));
        if let Some(from) = filter.from {
            binds.push(ts_text(from).into());
        }
        if let Some(c) = filter.contact {
            binds.push(c.0.into());
        }
        let mut rows = self.rows(&sql, &binds).await?;
        rows.iter_mut()
            .map(|r| {
                Ok(InterviewRow {
                    interview: interview_from(r)?,
                    company: text(r, "company")?,
                    role: text(r, "role")?,
                })
            })
            .collect()
    }

    async fn update_interview(&mut self, i: &Interview) -> Result<()> {
        self.exec(
            "UPDATE interviews SET kind = $1, starts_at = $2, ends_at = $3, time_zone = $4, location = $5, \
             status = $6, notes = $7, settled_at = NULL WHERE id = $8",
            params![
                i.kind.as_str(),
                ts_text(i.starts_at),
                ts_text(i.ends_at),
                i.time_zone.as_str(),
                opt_str(&i.location),
                i.status.as_str(),
                opt_str(&i.notes),
                i.id.0
            ],
        )
        .await?;
        Ok(())
    }

    async fn delete_interview(&mut self, id: InterviewId) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM interviews WHERE id = $1", params![id.0])
            .await?
            > 0)
    }

    async fn set_interviewer(&mut self, iv: &Interviewer) -> Result<()> {
        let updated = self
            .exec(
                "UPDATE interviewers SET role = $1 WHERE interview_id = $2 AND contact_id = $3",
                params![iv.role.as_str(), iv.interview_id.0, iv.contact_id.0],
            )
            .await?;
        if updated == 0 {
            self.exec(
                "INSERT INTO interviewers (interview_id, contact_id, role, position) \
                 VALUES ($1, $2, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM interviewers WHERE interview_id = $1))",
                params![iv.interview_id.0, iv.contact_id.0, iv.role.as_str()],
            )
            .await?;
        }
        self.unsettle(iv.interview_id).await
    }

    async fn remove_interviewer(
        &mut self,
        interview: InterviewId,
        contact: ContactId,
    ) -> Result<bool> {
        let done = self
            .exec(
                "DELETE FROM interviewers WHERE interview_id = $1 AND contact_id = $2",
                params![interview.0, contact.0],
            )
            .await?;
        self.unsettle(interview).await?;
        Ok(done > 0)
    }

    async fn interviewers(&mut self, interview: InterviewId) -> Result<Vec<InterviewerRow>> {
        let mut rows = self
            .rows(
                concat!(
                    "SELECT ",
                    contact_columns!(),
                    ", interviewers.interview_id, interviewers.contact_id, interviewers.role \
                     FROM interviewers JOIN contacts ON contacts.id = interviewers.contact_id \
                     WHERE interviewers.interview_id = $1 ORDER BY interviewers.position"
                ),
                params![interview.0],
            )
            .await?;
        rows.iter_mut()
            .map(|r| {
                Ok(InterviewerRow {
                    interviewer: interviewer_from(r)?,
                    contact: contact_from(r)?,
                })
            })
            .collect()
    }
}
