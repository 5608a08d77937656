//! Whole-store export and restore on SQL.
//!
//! Export reads every table in id order. Restore writes a checked
//! [`Backup`] with multi-row inserts that keep every id, then lets the
//! backend move its id counters past the restored rows; it is also how the
//! data generator fills a large store quickly.

use crate::applications::{app_columns, application_from, event_from};
use crate::companies::company_from;
use crate::contacts::{contact_columns, contact_from};
use crate::exec::{Row, Value};
use crate::follow::{content_json, debrief_from, mark_from, offer_from, touch_from};
use crate::interviews::{interview_columns, interview_from, interviewer_from};
use crate::rows::{key, opt_str, ts_text};
use crate::{Backend, SqlTx};
use afterview_core::backup::Backup;
use afterview_store::{BackupPort, ProfilePort, Result, StoreError};
use async_trait::async_trait;

fn int(v: i64) -> Value {
    Value::Int(Some(v))
}

fn text(v: impl Into<String>) -> Value {
    Value::Text(Some(v.into()))
}

/// The most values bound in one statement; under SQLite's and PostgreSQL's limits.
const MAX_BOUND: usize = 30_000;

impl SqlTx {
    async fn all(&mut self, sql: &str) -> Result<Vec<Row>> {
        self.rows(sql, &[]).await
    }

    /// Inserts rows into `table` in as few statements as the bind limits allow.
    pub(crate) async fn insert_rows(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: Vec<Vec<Value>>,
    ) -> Result<()> {
        let per_statement = (MAX_BOUND / columns.len()).max(1);
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Value>> = rows.by_ref().take(per_statement).collect();
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (i, row) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for j in 0..row.len() {
                    n += 1;
                    if j > 0 {
                        sql.push_str(", ");
                    }
                    // SQLite looks numbered parameters up by name, which is
                    // quadratic in a statement with thousands of them; its
                    // anonymous `?` is not, and means the same here.
                    match self.backend {
                        Backend::Sqlite => sql.push('?'),
                        Backend::Postgres => sql.push_str(&format!("${n}")),
                    }
                }
                sql.push(')');
            }
            let values: Vec<Value> = chunk.into_iter().flatten().collect();
            self.exec(&sql, &values).await?;
        }
        Ok(())
    }

    /// Moves PostgreSQL's id counters past restored ids (SQLite's
    /// AUTOINCREMENT already follows explicit ids) and refreshes its
    /// planner statistics.
    async fn after_restore(&mut self) -> Result<()> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        for table in [
            "resumes",
            "companies",
            "applications",
            "application_events",
            "contacts",
            "interviews",
            "debriefs",
            "touches",
            "letters",
            "positions",
            "favours",
            "practice_cards",
            "practice_reviews",
        ] {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
            );
            self.rows(&sql, &[]).await?;
        }
        // A bulk load leaves the planner without statistics; without them it
        // picks sequential scans for the lists.
        self.exec("ANALYZE", &[]).await?;
        Ok(())
    }
}

impl SqlTx {
    /// Every version of every debrief, by id.
    async fn latest_and_earlier_debriefs(
        &mut self,
    ) -> Result<Vec<afterview_core::follow::Debrief>> {
        let mut rows = self
            .all("SELECT id, interview_id, version, content, written_at FROM debriefs ORDER BY id")
            .await?;
        rows.iter_mut().map(debrief_from).collect()
    }

    /// Restores debriefs, offers, touches and marks, and each contact's last touch.
    async fn restore_follow_through(&mut self, b: &Backup) -> Result<()> {
        let debriefs = b
            .debriefs
            .iter()
            .map(|d| {
                vec![
                    int(d.id.0),
                    int(d.interview_id.0),
                    int(d.version),
                    text(content_json(&d.content)),
                    Value::Int(d.content.rating.map(|r| i64::from(r.get()))),
                    Value::Text(d.content.follow_until().map(ts_text)),
                    text(ts_text(d.written_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "debriefs",
            &[
                "id",
                "interview_id",
                "version",
                "content",
                "rating",
                "follow_until",
                "written_at",
            ],
            debriefs,
        )
        .await?;
        let offers = b
            .offers
            .iter()
            .map(|o| {
                vec![
                    int(o.application_id.0),
                    Value::Text(o.deadline.map(ts_text)),
                    Value::Text(opt_str(&o.terms)),
                    text(ts_text(o.recorded_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "offers",
            &["application_id", "deadline", "terms", "recorded_at"],
            offers,
        )
        .await?;
        let touches = b
            .touches
            .iter()
            .map(|t| {
                vec![
                    int(t.id.0),
                    int(t.contact_id.0),
                    text(ts_text(t.at)),
                    text(t.via.as_str()),
                    Value::Text(opt_str(&t.note)),
                ]
            })
            .collect();
        self.insert_rows(
            "touches",
            &["id", "contact_id", "at", "via", "note"],
            touches,
        )
        .await?;
        let marks = b
            .action_marks
            .iter()
            .map(|m| {
                vec![
                    text(m.key.as_str()),
                    text(m.state.as_str()),
                    text(ts_text(m.at)),
                    Value::Text(m.until.map(ts_text)),
                    Value::Text(m.reason.clone()),
                    Value::Int(m.application_id.map(|a| a.0)),
                    Value::Int(m.interview_id.map(|i| i.0)),
                ]
            })
            .collect();
        self.insert_rows(
            "action_marks",
            &[
                "key",
                "state",
                "at",
                "until",
                "reason",
                "application_id",
                "interview_id",
            ],
            marks,
        )
        .await?;
        let invites = b
            .invites
            .iter()
            .map(|l| vec![text(&l.uid), int(l.interview_id.0)])
            .collect();
        self.insert_rows("interview_invites", &["uid", "interview_id"], invites)
            .await?;
        let letters = b
            .letters
            .iter()
            .map(|l| {
                vec![
                    int(l.id.0),
                    text(l.kind.as_str()),
                    Value::Int(l.application_id.map(|a| a.0)),
                    Value::Int(l.interview_id.map(|i| i.0)),
                    Value::Int(l.contact_id.map(|c| c.0)),
                    Value::Text(l.action_key.as_ref().map(|k| k.as_str().to_owned())),
                    text(&l.to_name),
                    Value::Text(l.to_email.as_ref().map(|e| e.as_str().to_owned())),
                    text(&l.subject),
                    text(&l.body),
                    text(l.state.as_str()),
                    Value::Text(l.via.map(|v| v.as_str().to_owned())),
                    Value::Text(l.message_id.clone()),
                    Value::Text(l.failure.clone()),
                    int(i64::from(l.forced)),
                    text(ts_text(l.created_at)),
                    text(ts_text(l.updated_at)),
                    Value::Text(l.attempted_at.map(ts_text)),
                    Value::Text(l.sent_at.map(ts_text)),
                    Value::Text(l.replied_at.map(ts_text)),
                ]
            })
            .collect();
        self.insert_rows(
            "letters",
            &[
                "id",
                "kind",
                "application_id",
                "interview_id",
                "contact_id",
                "action_key",
                "to_name",
                "to_email",
                "subject",
                "body",
                "state",
                "via",
                "message_id",
                "failure",
                "forced",
                "created_at",
                "updated_at",
                "attempted_at",
                "sent_at",
                "replied_at",
            ],
            letters,
        )
        .await?;
        self.restore_network(b).await?;
        let cards = b
            .practice_cards
            .iter()
            .map(crate::practice::card_values)
            .collect();
        self.insert_rows("practice_cards", crate::practice::CARD_COLUMNS, cards)
            .await?;
        let reviews = b
            .practice_reviews
            .iter()
            .map(crate::practice::review_values)
            .collect();
        self.insert_rows("practice_reviews", crate::practice::REVIEW_COLUMNS, reviews)
            .await?;
        if !b.touches.is_empty() {
            self.exec(
                "UPDATE contacts SET last_contact_at = (SELECT MAX(at) FROM touches t WHERE t.contact_id = contacts.id) \
                 WHERE id IN (SELECT contact_id FROM touches)",
                &[],
            )
            .await?;
        }
        Ok(())
    }
}

impl SqlTx {
    async fn restore_network(&mut self, b: &Backup) -> Result<()> {
        for s in &b.strengths {
            self.exec(
                "UPDATE contacts SET strength = $2 WHERE id = $1",
                &[int(s.contact_id.0), int(i64::from(s.strength))],
            )
            .await?;
        }
        let date = |d: Option<jiff::civil::Date>| Value::Text(d.map(|d| d.to_string()));
        let positions = b
            .positions
            .iter()
            .map(|p| {
                vec![
                    int(p.id),
                    Value::Int(p.position.contact_id.map(|c| c.0)),
                    int(p.position.company_id.0),
                    Value::Text(p.position.title.clone()),
                    date(p.position.since),
                    date(p.position.until),
                    text(ts_text(p.created_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "positions",
            &[
                "id",
                "contact_id",
                "company_id",
                "title",
                "since",
                "until",
                "created_at",
            ],
            positions,
        )
        .await?;
        let acquaintances = b
            .acquaintances
            .iter()
            .map(|q| {
                vec![
                    int(q.contact_id.0),
                    int(q.other_id.0),
                    Value::Text(q.how.clone()),
                    text(ts_text(q.created_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "acquaintances",
            &["contact_id", "other_id", "how", "created_at"],
            acquaintances,
        )
        .await?;
        let favours = b
            .favours
            .iter()
            .map(|f| {
                vec![
                    int(f.id),
                    int(f.contact_id.0),
                    int(f.application_id.0),
                    text(f.state.as_str()),
                    Value::Text(f.note.clone()),
                    text(ts_text(f.asked_at)),
                    text(ts_text(f.updated_at)),
                    Value::Text(f.done_at.map(ts_text)),
                ]
            })
            .collect();
        self.insert_rows(
            "favours",
            &[
                "id",
                "contact_id",
                "application_id",
                "state",
                "note",
                "asked_at",
                "updated_at",
                "done_at",
            ],
            favours,
        )
        .await
    }

    async fn export_network(&mut self, b: &mut Backup) -> Result<()> {
        use afterview_core::network::{Acquaintance, ContactStrength, Strength};
        for mut r in self
            .all("SELECT id, strength FROM contacts WHERE strength IS NOT NULL ORDER BY id")
            .await?
        {
            b.strengths.push(ContactStrength {
                contact_id: afterview_core::ContactId(crate::rows::int(&mut r, "id")?),
                strength: Strength::try_from(crate::rows::int(&mut r, "strength")?)
                    .map_err(|e| StoreError::Other(e.to_string()))?,
            });
        }
        let network = crate::network::backup_rows(self).await?;
        (b.positions, b.favours) = network;
        for mut r in self
            .all("SELECT contact_id, other_id, how, created_at FROM acquaintances ORDER BY contact_id, other_id")
            .await?
        {
            b.acquaintances.push(Acquaintance {
                contact_id: afterview_core::ContactId(crate::rows::int(&mut r, "contact_id")?),
                other_id: afterview_core::ContactId(crate::rows::int(&mut r, "other_id")?),
                how: crate::rows::opt_text(&mut r, "how")?,
                created_at: crate::rows::ts(&mut r, "created_at")?,
            });
        }
        Ok(())
    }
}

#[async_trait]
impl BackupPort for SqlTx {
    async fn is_empty(&mut self) -> Result<bool> {
        let mut row = self
            .row(
                "SELECT (SELECT COUNT(*) FROM companies) + (SELECT COUNT(*) FROM contacts) \
                 + (SELECT COUNT(*) FROM resumes) + (SELECT COUNT(*) FROM profile) \
                 + (SELECT COUNT(*) FROM action_marks) + (SELECT COUNT(*) FROM practice_cards) AS n",
                &[],
            )
            .await?;
        Ok(crate::rows::int(&mut row, "n")? == 0)
    }

    async fn export(&mut self) -> Result<Backup> {
        let mut b = Backup::new();
        b.profile = self.profile().await?;
        b.resumes = self.resumes().await?;
        b.companies = self
            .all("SELECT id, name, website, notes, created_at FROM companies ORDER BY id")
            .await?
            .iter_mut()
            .map(company_from)
            .collect::<Result<_>>()?;
        b.applications = self
            .all(concat!(
                "SELECT ",
                app_columns!(),
                " FROM applications ORDER BY id"
            ))
            .await?
            .iter_mut()
            .map(application_from)
            .collect::<Result<_>>()?;
        b.application_events = self
            .all("SELECT id, application_id, at, from_status, to_status, forced, note FROM application_events ORDER BY id")
            .await?
            .iter_mut()
            .map(event_from)
            .collect::<Result<_>>()?;
        b.contacts = self
            .all(concat!(
                "SELECT ",
                contact_columns!(),
                " FROM contacts ORDER BY id"
            ))
            .await?
            .iter_mut()
            .map(contact_from)
            .collect::<Result<_>>()?;
        b.interviews = self
            .all(concat!(
                "SELECT ",
                interview_columns!(),
                " FROM interviews ORDER BY id"
            ))
            .await?
            .iter_mut()
            .map(interview_from)
            .collect::<Result<_>>()?;
        b.interviewers = self
            .all("SELECT interview_id, contact_id, role FROM interviewers ORDER BY interview_id, position")
            .await?
            .iter_mut()
            .map(interviewer_from)
            .collect::<Result<_>>()?;
        b.debriefs = self.latest_and_earlier_debriefs().await?;
        b.offers = self
            .all("SELECT application_id, deadline, terms, recorded_at FROM offers ORDER BY application_id")
            .await?
            .iter_mut()
            .map(offer_from)
            .collect::<Result<_>>()?;
        b.touches = self
            .all("SELECT id, contact_id, at, via, note FROM touches ORDER BY id")
            .await?
            .iter_mut()
            .map(touch_from)
            .collect::<Result<_>>()?;
        b.action_marks = self
            .all("SELECT key, state, at, until, reason, application_id, interview_id FROM action_marks ORDER BY key")
            .await?
            .iter_mut()
            .map(mark_from)
            .collect::<Result<_>>()?;
        b.letters = self
            .all(&format!(
                "SELECT {} FROM letters l ORDER BY l.id",
                crate::letters::LETTER
            ))
            .await?
            .iter_mut()
            .map(crate::letters::letter_from)
            .collect::<Result<_>>()?;
        self.export_network(&mut b).await?;
        b.practice_cards = self
            .all(&format!(
                "SELECT {} FROM practice_cards p ORDER BY p.id",
                crate::practice::CARD
            ))
            .await?
            .iter_mut()
            .map(crate::practice::card_from)
            .collect::<Result<_>>()?;
        b.practice_reviews = self
            .all(&format!(
                "SELECT {} FROM practice_reviews ORDER BY id",
                crate::practice::REVIEW
            ))
            .await?
            .iter_mut()
            .map(crate::practice::review_from)
            .collect::<Result<_>>()?;
        b.invites = self
            .all("SELECT uid, interview_id FROM interview_invites ORDER BY uid")
            .await?
            .iter_mut()
            .map(|r| {
                Ok(afterview_core::follow::InviteLink {
                    uid: crate::rows::text(r, "uid")?,
                    interview_id: afterview_core::InterviewId(crate::rows::int(r, "interview_id")?),
                })
            })
            .collect::<Result<_>>()?;
        Ok(b)
    }

    async fn restore(&mut self, b: &Backup) -> Result<()> {
        b.check().map_err(|e| StoreError::Incompatible(e.message))?;
        self.save_profile(&b.profile).await?;
        let resumes = b
            .resumes
            .iter()
            .map(|r| {
                vec![
                    int(r.id.0),
                    text(r.label.as_str()),
                    text(key(r.label.as_str())),
                    text(&r.path),
                ]
            })
            .collect();
        self.insert_rows("resumes", &["id", "label", "label_key", "path"], resumes)
            .await?;
        let companies = b
            .companies
            .iter()
            .map(|c| {
                vec![
                    int(c.id.0),
                    text(c.name.as_str()),
                    text(key(c.name.as_str())),
                    Value::Text(opt_str(&c.website)),
                    Value::Text(opt_str(&c.notes)),
                    text(ts_text(c.created_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "companies",
            &["id", "name", "name_key", "website", "notes", "created_at"],
            companies,
        )
        .await?;
        let apps = b
            .applications
            .iter()
            .map(|a| {
                let s = a.salary.clone().unwrap_or(afterview_core::SalaryRange {
                    min: None,
                    max: None,
                    currency: None,
                });
                vec![
                    int(a.id.0),
                    int(a.company_id.0),
                    text(a.role.as_str()),
                    text(a.status.as_str()),
                    Value::Text(opt_str(&a.posting_url)),
                    Value::Text(opt_str(&a.posting_text)),
                    Value::Text(opt_str(&a.source)),
                    Value::Int(s.min),
                    Value::Int(s.max),
                    Value::Text(s.currency),
                    Value::Int(a.resume_id.map(|r| r.0)),
                    Value::Int(a.excitement.map(|e| i64::from(e.get()))),
                    Value::Text(opt_str(&a.notes)),
                    text(ts_text(a.created_at)),
                    text(ts_text(a.status_changed_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "applications",
            &[
                "id",
                "company_id",
                "role",
                "status",
                "posting_url",
                "posting_text",
                "source",
                "salary_min",
                "salary_max",
                "salary_currency",
                "resume_id",
                "excitement",
                "notes",
                "created_at",
                "status_changed_at",
            ],
            apps,
        )
        .await?;
        let events = b
            .application_events
            .iter()
            .map(|e| {
                vec![
                    int(e.id.0),
                    int(e.application_id.0),
                    text(ts_text(e.at)),
                    Value::Text(e.from_status.map(|s| s.as_str().to_owned())),
                    text(e.to_status.as_str()),
                    int(i64::from(e.forced)),
                    Value::Text(e.note.clone()),
                ]
            })
            .collect();
        self.insert_rows(
            "application_events",
            &[
                "id",
                "application_id",
                "at",
                "from_status",
                "to_status",
                "forced",
                "note",
            ],
            events,
        )
        .await?;
        let contacts = b
            .contacts
            .iter()
            .map(|c| {
                let mut row = vec![int(c.id.0)];
                row.extend(crate::contacts::contact_values!(c, ts_text(c.created_at)));
                row
            })
            .collect();
        let mut columns = vec!["id"];
        columns.extend(crate::contacts::CONTACT_INSERT);
        self.insert_rows("contacts", &columns, contacts).await?;
        let interviews = b
            .interviews
            .iter()
            .map(|i| {
                vec![
                    int(i.id.0),
                    int(i.application_id.0),
                    int(i.round),
                    text(i.kind.as_str()),
                    text(ts_text(i.starts_at)),
                    text(ts_text(i.ends_at)),
                    text(&i.time_zone),
                    Value::Text(opt_str(&i.location)),
                    text(i.status.as_str()),
                    Value::Text(opt_str(&i.notes)),
                    text(ts_text(i.created_at)),
                ]
            })
            .collect();
        self.insert_rows(
            "interviews",
            &[
                "id",
                "application_id",
                "round",
                "kind",
                "starts_at",
                "ends_at",
                "time_zone",
                "location",
                "status",
                "notes",
                "created_at",
            ],
            interviews,
        )
        .await?;
        let mut position = 0;
        let mut last = None;
        let interviewers = b
            .interviewers
            .iter()
            .map(|i| {
                position = if last == Some(i.interview_id) {
                    position + 1
                } else {
                    1
                };
                last = Some(i.interview_id);
                vec![
                    int(i.interview_id.0),
                    int(i.contact_id.0),
                    text(i.role.as_str()),
                    int(position),
                ]
            })
            .collect();
        self.insert_rows(
            "interviewers",
            &["interview_id", "contact_id", "role", "position"],
            interviewers,
        )
        .await?;
        self.restore_follow_through(b).await?;
        self.after_restore().await
    }
}
