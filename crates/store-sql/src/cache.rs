//! The kept agenda on SQL: one row of what it was computed from, and its actions indexed by due time.

use crate::exec::{Row, Value};
use crate::rows::{int, opt_int, opt_ts, parsed, text, ts, ts_text};
use crate::{SqlTx, params};
use afterview_core::agenda::{Action, Subject};
use afterview_core::follow::ActionKey;
use afterview_core::{ApplicationId, ContactId, InterviewId};
use afterview_store::{AgendaCacheMeta, AgendaCachePort, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;

const ACTION_COLUMNS: &str = "key, due, kind, title, application_id, interview_id, contact_id, label, reason, command, snoozed_until";

fn action_from(row: &mut Row) -> Result<Action> {
    let key = text(row, "key")?;
    let kind: afterview_core::agenda::ActionKind = parsed(row, "kind")?;
    Ok(Action {
        key: ActionKey::parse(&key).map_err(|e| StoreError::Other(e.message))?,
        kind,
        must_do: kind.must_do(),
        title: text(row, "title")?,
        subject: Subject {
            application: opt_int(row, "application_id")?.map(ApplicationId),
            interview: opt_int(row, "interview_id")?.map(InterviewId),
            contact: opt_int(row, "contact_id")?.map(ContactId),
            label: text(row, "label")?,
        },
        due: ts(row, "due")?,
        reason: text(row, "reason")?,
        command: text(row, "command")?,
        snoozed_until: opt_ts(row, "snoozed_until")?,
    })
}

/// `due >= $n AND due < $m` for the bounds given, and their values.
fn due_range(from: Option<Timestamp>, until: Option<Timestamp>) -> (String, Vec<Value>) {
    let mut clause = String::from(" WHERE 1 = 1");
    let mut binds = Vec::new();
    if let Some(f) = from {
        binds.push(Value::from(ts_text(f)));
        clause.push_str(&format!(" AND due >= ${}", binds.len()));
    }
    if let Some(u) = until {
        binds.push(Value::from(ts_text(u)));
        clause.push_str(&format!(" AND due < ${}", binds.len()));
    }
    (clause, binds)
}

#[async_trait]
impl AgendaCachePort for SqlTx {
    async fn generation(&mut self) -> Result<i64> {
        let mut row = self
            .row("SELECT generation FROM afterview_state WHERE id = 1", &[])
            .await?;
        int(&mut row, "generation")
    }

    async fn agenda_cache_meta(&mut self) -> Result<Option<AgendaCacheMeta>> {
        let mut row = self
            .opt_row(
                "SELECT generation, fingerprint, computed_for, valid_until FROM agenda_cache WHERE id = 1",
                &[],
            )
            .await?;
        row.as_mut()
            .map(|r| {
                Ok(AgendaCacheMeta {
                    generation: int(r, "generation")?,
                    fingerprint: text(r, "fingerprint")?,
                    computed_for: ts(r, "computed_for")?,
                    valid_until: ts(r, "valid_until")?,
                })
            })
            .transpose()
    }

    async fn save_agenda_cache(
        &mut self,
        meta: &AgendaCacheMeta,
        actions: &[Action],
    ) -> Result<()> {
        self.quiet = true;
        self.exec("DELETE FROM agenda_cache", &[]).await?;
        self.exec("DELETE FROM agenda_actions", &[]).await?;
        let rows = actions
            .iter()
            .map(|a| {
                vec![
                    Value::from(a.key.as_str()),
                    Value::from(ts_text(a.due)),
                    Value::from(a.kind.rank()),
                    Value::from(a.kind.as_str()),
                    Value::from(a.title.as_str()),
                    Value::from(a.subject.application.map(|x| x.0)),
                    Value::from(a.subject.interview.map(|x| x.0)),
                    Value::from(a.subject.contact.map(|x| x.0)),
                    Value::from(a.subject.label.as_str()),
                    Value::from(a.reason.as_str()),
                    Value::from(a.command.as_str()),
                    Value::Text(a.snoozed_until.map(ts_text)),
                ]
            })
            .collect();
        self.insert_rows(
            "agenda_actions",
            &[
                "key",
                "due",
                "kind_rank",
                "kind",
                "title",
                "application_id",
                "interview_id",
                "contact_id",
                "label",
                "reason",
                "command",
                "snoozed_until",
            ],
            rows,
        )
        .await?;
        self.exec(
            "INSERT INTO agenda_cache (id, generation, fingerprint, computed_for, valid_until) \
             VALUES (1, $1, $2, $3, $4)",
            params![
                meta.generation,
                meta.fingerprint.as_str(),
                ts_text(meta.computed_for),
                ts_text(meta.valid_until)
            ],
        )
        .await?;
        Ok(())
    }

    async fn cached_actions(
        &mut self,
        from: Option<Timestamp>,
        until: Option<Timestamp>,
        limit: Option<usize>,
    ) -> Result<(Vec<Action>, usize)> {
        let (clause, binds) = due_range(from, until);
        let limit = limit.map(|l| format!(" LIMIT {l}")).unwrap_or_default();
        let sql = format!(
            "SELECT {ACTION_COLUMNS} FROM agenda_actions{clause} ORDER BY due, kind_rank, key{limit}"
        );
        let mut rows = self.rows(&sql, &binds).await?;
        let actions: Vec<Action> = rows.iter_mut().map(action_from).collect::<Result<_>>()?;
        let total = if limit.is_empty() {
            actions.len()
        } else {
            let mut row = self
                .row(
                    &format!("SELECT COUNT(*) AS n FROM agenda_actions{clause}"),
                    &binds,
                )
                .await?;
            usize::try_from(int(&mut row, "n")?).unwrap_or(0)
        };
        Ok((actions, total))
    }

    async fn cached_action(&mut self, key: &ActionKey) -> Result<Option<Action>> {
        let sql = format!("SELECT {ACTION_COLUMNS} FROM agenda_actions WHERE key = $1");
        let mut row = self.opt_row(&sql, params![key.as_str()]).await?;
        row.as_mut().map(action_from).transpose()
    }
}
