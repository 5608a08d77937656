//! Letters on SQL: drafts, the move to `sending` that only one sender wins,
//! and the record of what went out.

use crate::exec::Row;
use crate::rows::{
    int, opt_email, opt_int, opt_parsed, opt_text, opt_ts, parsed, text, ts, ts_text,
};
use crate::{SqlTx, params};
use afterview_core::follow::ActionKey;
use afterview_core::letter::{Letter, LetterState, LetterText, NewLetter, SentVia};
use afterview_core::{ApplicationId, ContactId, InterviewId, LetterId};
use afterview_store::{LetterFilter, LetterPort, LetterRow, ProofingNames, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;

/// The columns of a letter, with `l` the letter.
pub(crate) const LETTER: &str = "l.id, l.kind, l.application_id, l.interview_id, l.contact_id, \
     l.action_key, l.to_name, l.to_email, l.subject, l.body, l.state, l.via, l.message_id, \
     l.failure, l.forced, l.created_at, l.updated_at, l.attempted_at, l.sent_at, l.replied_at";

pub(crate) fn letter_from(row: &mut Row) -> Result<Letter> {
    Ok(Letter {
        id: LetterId(int(row, "id")?),
        kind: parsed(row, "kind")?,
        application_id: opt_int(row, "application_id")?.map(ApplicationId),
        interview_id: opt_int(row, "interview_id")?.map(InterviewId),
        contact_id: opt_int(row, "contact_id")?.map(ContactId),
        action_key: opt_text(row, "action_key")?
            .map(|k| ActionKey::parse(&k).map_err(|e| StoreError::Other(e.message)))
            .transpose()?,
        to_name: text(row, "to_name")?,
        to_email: opt_email(row, "to_email")?,
        subject: text(row, "subject")?,
        body: text(row, "body")?,
        state: parsed(row, "state")?,
        via: opt_parsed(row, "via")?,
        message_id: opt_text(row, "message_id")?,
        failure: opt_text(row, "failure")?,
        forced: int(row, "forced")? != 0,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
        attempted_at: opt_ts(row, "attempted_at")?,
        sent_at: opt_ts(row, "sent_at")?,
        replied_at: opt_ts(row, "replied_at")?,
    })
}

/// The placeholders `$from..` for a list of states, with their values.
fn states_in(states: &[LetterState], first: usize) -> (String, Vec<crate::exec::Value>) {
    (
        crate::placeholders(first, states.len()),
        states
            .iter()
            .map(|s| crate::exec::Value::from(s.as_str()))
            .collect(),
    )
}

impl SqlTx {
    /// The letter, or a message that names it.
    async fn existing_letter(&mut self, id: LetterId) -> Result<Letter> {
        self.letter(id)
            .await?
            .ok_or_else(|| StoreError::Reference(format!("there is no letter {id}")))
    }

    /// Runs a guarded update of one letter: when it changed nothing, the
    /// letter is missing or was not in a state that allows it.
    async fn guarded(
        &mut self,
        id: LetterId,
        sql: &str,
        binds: &[crate::exec::Value],
        refused: impl FnOnce(&Letter) -> String,
    ) -> Result<Letter> {
        if self.exec(sql, binds).await? == 0 {
            let letter = self.existing_letter(id).await?;
            return Err(StoreError::Conflict(refused(&letter)));
        }
        self.existing_letter(id).await
    }
}

#[async_trait]
impl LetterPort for SqlTx {
    async fn insert_letter(&mut self, new: &NewLetter, now: Timestamp) -> Result<Letter> {
        let mut row = self
            .row(
                "INSERT INTO letters (kind, application_id, interview_id, contact_id, action_key, \
                 to_name, to_email, subject, body, state, forced, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'draft', 0, $10, $10) RETURNING id",
                params![
                    new.kind.as_str(),
                    new.application_id.map(|a| a.0),
                    new.interview_id.map(|i| i.0),
                    new.contact_id.map(|c| c.0),
                    new.action_key.as_ref().map(|k| k.as_str().to_owned()),
                    new.to_name.clone(),
                    new.to_email.as_ref().map(|e| e.as_str().to_owned()),
                    new.text.subject().to_owned(),
                    new.text.body().to_owned(),
                    ts_text(now),
                ],
            )
            .await?;
        let id = LetterId(int(&mut row, "id")?);
        self.existing_letter(id).await
    }

    async fn letter(&mut self, id: LetterId) -> Result<Option<Letter>> {
        let sql = format!("SELECT {LETTER} FROM letters l WHERE l.id = $1");
        match self.opt_row(&sql, params![id.0]).await? {
            Some(mut row) => Ok(Some(letter_from(&mut row)?)),
            None => Ok(None),
        }
    }

    async fn list_letters(&mut self, filter: &LetterFilter) -> Result<Vec<LetterRow>> {
        let mut sql = format!(
            "SELECT {LETTER}, c.name AS company, a.role FROM letters l \
             LEFT JOIN applications a ON a.id = l.application_id LEFT JOIN companies c ON c.id = a.company_id \
             WHERE 1 = 1"
        );
        let mut binds = Vec::new();
        if let Some(id) = filter.id {
            binds.push(id.0.into());
            sql.push_str(&format!(" AND l.id = ${}", binds.len()));
        }
        if let Some(app) = filter.application {
            binds.push(app.0.into());
            sql.push_str(&format!(" AND l.application_id = ${}", binds.len()));
        }
        if let Some(interview) = filter.interview {
            binds.push(interview.0.into());
            sql.push_str(&format!(" AND l.interview_id = ${}", binds.len()));
        }
        if !filter.states.is_empty() {
            let (list, values) = states_in(&filter.states, binds.len() + 1);
            binds.extend(values);
            sql.push_str(&format!(" AND l.state IN ({list})"));
        }
        sql.push_str(" ORDER BY l.id DESC");
        let mut out = Vec::new();
        for mut row in self.rows(&sql, &binds).await? {
            out.push(LetterRow {
                letter: letter_from(&mut row)?,
                company: opt_text(&mut row, "company")?,
                role: opt_text(&mut row, "role")?,
            });
        }
        Ok(out)
    }

    async fn update_letter_text(
        &mut self,
        id: LetterId,
        text: &LetterText,
        now: Timestamp,
    ) -> Result<Letter> {
        self.guarded(
            id,
            "UPDATE letters SET subject = $2, body = $3, updated_at = $4 \
             WHERE id = $1 AND state IN ('draft', 'failed')",
            params![
                id.0,
                text.subject().to_owned(),
                text.body().to_owned(),
                ts_text(now)
            ],
            |l| {
                format!(
                    "letter {} is {}; only a draft can be edited",
                    l.id,
                    l.describe_state()
                )
            },
        )
        .await
    }

    async fn delete_letter(&mut self, id: LetterId) -> Result<bool> {
        let Some(letter) = self.letter(id).await? else {
            return Ok(false);
        };
        let n = self
            .exec(
                "DELETE FROM letters WHERE id = $1 AND state IN ('draft', 'failed')",
                params![id.0],
            )
            .await?;
        if n == 0 {
            return Err(StoreError::Conflict(format!(
                "letter {id} is {}; what went out stays on record, only drafts can be removed",
                letter.describe_state()
            )));
        }
        Ok(true)
    }

    async fn begin_sending(
        &mut self,
        id: LetterId,
        from: &[LetterState],
        via: SentVia,
        message_id: &str,
        forced: bool,
        now: Timestamp,
    ) -> Result<Letter> {
        let (list, states) = states_in(from, 6);
        let sql = format!(
            "UPDATE letters SET state = 'sending', via = $2, \
             message_id = COALESCE(message_id, $3), forced = $4, failure = NULL, updated_at = $5, \
             attempted_at = COALESCE(attempted_at, $5) \
             WHERE id = $1 AND state IN ({list})"
        );
        let mut binds = params![
            id.0,
            via.as_str(),
            message_id.to_owned(),
            i64::from(forced),
            ts_text(now)
        ]
        .to_vec();
        binds.extend(states);
        self.guarded(id, &sql, &binds, |l| {
            format!(
                "letter {} is {}; it cannot be sent now",
                l.id,
                l.describe_state()
            )
        })
        .await
    }

    async fn finish_sending(&mut self, id: LetterId, at: Timestamp) -> Result<Letter> {
        self.guarded(
            id,
            "UPDATE letters SET state = 'sent', sent_at = $2, failure = NULL, updated_at = $2 \
             WHERE id = $1 AND state = 'sending'",
            params![id.0, ts_text(at)],
            |l| format!("letter {} is {}, not being sent", l.id, l.describe_state()),
        )
        .await
    }

    async fn fail_sending(&mut self, id: LetterId, reason: &str, now: Timestamp) -> Result<Letter> {
        self.guarded(
            id,
            "UPDATE letters SET state = 'failed', failure = $2, updated_at = $3 \
             WHERE id = $1 AND state = 'sending'",
            params![id.0, reason.to_owned(), ts_text(now)],
            |l| format!("letter {} is {}, not being sent", l.id, l.describe_state()),
        )
        .await
    }

    async fn proofing_names(&mut self, app: Option<ApplicationId>) -> Result<ProofingNames> {
        let this = app.map_or(0, |a| a.0);
        let column = |rows: Vec<Row>| -> Result<Vec<String>> {
            rows.into_iter().map(|mut r| text(&mut r, "name")).collect()
        };
        // Another application at the same company is no copy-paste error.
        let other_companies = column(
            self.rows(
                "SELECT DISTINCT c.name FROM applications a JOIN companies c ON c.id = a.company_id \
                 WHERE a.status IN ('applied', 'interviewing', 'offer') AND a.id <> $1 \
                 AND a.company_id NOT IN (SELECT company_id FROM applications WHERE id = $1) \
                 ORDER BY c.name",
                params![this],
            )
            .await?,
        )?;
        let other_people = column(
            self.rows(
                "SELECT DISTINCT p.name FROM applications a JOIN interviews i ON i.application_id = a.id \
                 JOIN interviewers v ON v.interview_id = i.id JOIN contacts p ON p.id = v.contact_id \
                 WHERE a.status IN ('applied', 'interviewing', 'offer') AND a.id <> $1 \
                 AND p.id NOT IN (SELECT v2.contact_id FROM interviews i2 \
                 JOIN interviewers v2 ON v2.interview_id = i2.id WHERE i2.application_id = $1) \
                 ORDER BY p.name",
                params![this],
            )
            .await?,
        )?;
        let everyone = column(
            self.rows(
                "SELECT name FROM contacts UNION SELECT name FROM companies ORDER BY 1",
                &[],
            )
            .await?,
        )?;
        Ok(ProofingNames {
            other_companies,
            other_people,
            everyone,
        })
    }

    async fn mark_replied(&mut self, id: LetterId, at: Timestamp) -> Result<Letter> {
        self.guarded(
            id,
            "UPDATE letters SET replied_at = $2 WHERE id = $1 AND state = 'sent'",
            params![id.0, ts_text(at)],
            |l| {
                format!(
                    "letter {} is {}; only a sent letter gets a reply",
                    l.id,
                    l.describe_state()
                )
            },
        )
        .await
    }
}
