//! Debriefs, offers, touches, action marks and the agenda's facts on SQL.

use crate::exec::{Cells, Row};
use crate::rows::{Read, int, json, opt_long, opt_text, opt_ts, parsed, text, ts, ts_text};
use crate::{Backend, SqlTx, params};
use afterview_core::ApplicationStatus;
use afterview_core::agenda::{
    AppFact, DebriefFact, Facts, InterviewFact, LetterFact, PersonFact, RecruiterFact, WarmFact,
};
use afterview_core::debrief::{Content, Decision, Owed};
use afterview_core::follow::{ActionKey, ActionMark, Debrief, Offer, Touch, TouchVia};
use afterview_core::hash::{FastMap, FastSet};
use afterview_core::{ApplicationId, ContactId, DebriefId, InterviewId, LongText, TouchId};
use afterview_store::{AgendaChanges, FactsQuery, FollowPort, Result, StoreError, WeekCounts};
use async_trait::async_trait;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::collections::HashMap;

/// The statuses whose applications the agenda reads, as SQL. Literals, so
/// that the planner sees them and uses the status indexes.
const IN_PLAY: &str = "('applied', 'interviewing', 'offer')";

pub(crate) fn debrief_from(row: &mut Row) -> Result<Debrief> {
    Ok(Debrief {
        id: DebriefId(int(row, "id")?),
        interview_id: InterviewId(int(row, "interview_id")?),
        version: int(row, "version")?,
        content: json(row, "content")?,
        written_at: ts(row, "written_at")?,
    })
}

pub(crate) fn offer_from(row: &mut Row) -> Result<Offer> {
    Ok(Offer {
        application_id: ApplicationId(int(row, "application_id")?),
        deadline: opt_ts(row, "deadline")?,
        terms: opt_long(row, "terms")?,
        recorded_at: ts(row, "recorded_at")?,
    })
}

pub(crate) fn touch_from(row: &mut Row) -> Result<Touch> {
    Ok(Touch {
        id: TouchId(int(row, "id")?),
        contact_id: ContactId(int(row, "contact_id")?),
        at: ts(row, "at")?,
        via: parsed(row, "via")?,
        note: opt_long(row, "note")?,
    })
}

pub(crate) fn mark_from(row: &mut Row) -> Result<ActionMark> {
    let key = text(row, "key")?;
    Ok(ActionMark {
        key: ActionKey::parse(&key).map_err(|e| StoreError::Other(e.message))?,
        state: parsed(row, "state")?,
        at: ts(row, "at")?,
        until: opt_ts(row, "until")?,
        reason: opt_text(row, "reason")?,
        application_id: crate::rows::opt_int(row, "application_id")?.map(ApplicationId),
        interview_id: crate::rows::opt_int(row, "interview_id")?.map(InterviewId),
    })
}

/// The JSON a debrief is stored as.
pub(crate) fn content_json(content: &Content) -> String {
    serde_json::to_string(content).unwrap_or_else(|_| "{}".to_owned())
}

/// The parts of a debrief the rules read; the rest of the JSON is skipped.
#[derive(serde::Deserialize)]
struct RuleParts {
    #[serde(default)]
    owed: Vec<Owed>,
    #[serde(default)]
    decision: Option<Decision>,
}

/// The columns of an action mark, for [`mark_from`].
const MARK: &str = "m.key, m.state, m.at, m.until, m.reason, m.application_id, m.interview_id";

/// The columns an [`AppFact`] is read from, with `a` the application; the
/// company's name comes from the names read whole.
const APP_FACT: &str = "a.id, a.company_id, a.role, a.status, a.created_at, a.status_changed_at";

/// An application as the rules see it, with its company's name from the
/// names read whole.
fn app_fact(c: &dyn Cells, companies: &FastMap<i64, String>) -> Result<AppFact> {
    let company = c.int_at(1)?;
    Ok(AppFact {
        id: ApplicationId(c.int_at(0)?),
        company: companies.get(&company).cloned().ok_or_else(|| {
            StoreError::Other(format!(
                "an application names company {company}, which is not stored; was the database edited by hand?"
            ))
        })?,
        role: c.text_at(2)?.to_owned(),
        status: c.parsed_at(3)?,
        created_at: c.ts_at(4)?,
        status_changed_at: c.ts_at(5)?,
    })
}

const DEBRIEF_COLUMNS: &str = "d.id, d.interview_id, d.version, d.content, d.written_at";

#[async_trait]
impl FollowPort for SqlTx {
    async fn insert_debrief(
        &mut self,
        interview: InterviewId,
        content: &Content,
        now: Timestamp,
    ) -> Result<Debrief> {
        // The version is computed in the same statement, inside the write
        // transaction, so two saves can never share a number.
        let mut row = self
            .row(
                "INSERT INTO debriefs (interview_id, version, content, rating, follow_until, written_at) \
                 VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM debriefs WHERE interview_id = $1), $2, $3, $4, $5) \
                 RETURNING id, interview_id, version, content, written_at",
                params![
                    interview.0,
                    content_json(content),
                    content.rating.map(|r| i64::from(r.get())),
                    content.follow_until().map(ts_text),
                    ts_text(now)
                ],
            )
            .await?;
        // A new debrief may owe something or name a date: read the round again.
        self.exec(
            "UPDATE interviews SET settled_at = NULL WHERE id = $1",
            params![interview.0],
        )
        .await?;
        debrief_from(&mut row)
    }

    async fn debrief(&mut self, interview: InterviewId) -> Result<Option<Debrief>> {
        let sql = format!(
            "SELECT {DEBRIEF_COLUMNS} FROM debriefs d WHERE d.interview_id = $1 ORDER BY d.version DESC LIMIT 1"
        );
        let mut row = self.opt_row(&sql, params![interview.0]).await?;
        row.as_mut().map(debrief_from).transpose()
    }

    async fn debrief_versions(&mut self, interview: InterviewId) -> Result<Vec<Debrief>> {
        let sql = format!(
            "SELECT {DEBRIEF_COLUMNS} FROM debriefs d WHERE d.interview_id = $1 ORDER BY d.version"
        );
        let mut rows = self.rows(&sql, params![interview.0]).await?;
        rows.iter_mut().map(debrief_from).collect()
    }

    async fn debriefs_of_application(&mut self, app: ApplicationId) -> Result<Vec<Debrief>> {
        let sql = format!(
            "SELECT {DEBRIEF_COLUMNS} FROM debriefs d JOIN interviews i ON i.id = d.interview_id \
             WHERE i.application_id = $1 \
             AND d.version = (SELECT MAX(version) FROM debriefs WHERE interview_id = d.interview_id) \
             ORDER BY i.round"
        );
        let mut rows = self.rows(&sql, params![app.0]).await?;
        rows.iter_mut().map(debrief_from).collect()
    }

    async fn latest_debriefs(&mut self) -> Result<Vec<Debrief>> {
        let sql = format!(
            "SELECT {DEBRIEF_COLUMNS} FROM debriefs d \
             WHERE d.version = (SELECT MAX(version) FROM debriefs WHERE interview_id = d.interview_id) \
             ORDER BY d.interview_id"
        );
        let mut rows = self.rows(&sql, &[]).await?;
        rows.iter_mut().map(debrief_from).collect()
    }

    async fn save_offer(&mut self, offer: &Offer) -> Result<()> {
        self.exec(
            "DELETE FROM offers WHERE application_id = $1",
            params![offer.application_id.0],
        )
        .await?;
        self.exec(
            "INSERT INTO offers (application_id, deadline, terms, recorded_at) VALUES ($1, $2, $3, $4)",
            params![
                offer.application_id.0,
                offer.deadline.map(ts_text),
                offer.terms.as_ref().map(|t| t.as_str().to_owned()),
                ts_text(offer.recorded_at)
            ],
        )
        .await?;
        Ok(())
    }

    async fn offer(&mut self, app: ApplicationId) -> Result<Option<Offer>> {
        let mut row = self
            .opt_row(
                "SELECT application_id, deadline, terms, recorded_at FROM offers WHERE application_id = $1",
                params![app.0],
            )
            .await?;
        row.as_mut().map(offer_from).transpose()
    }

    async fn insert_touch(
        &mut self,
        contact: ContactId,
        at: Timestamp,
        via: TouchVia,
        note: Option<&LongText>,
    ) -> Result<Touch> {
        let mut row = self
            .row(
                "INSERT INTO touches (contact_id, at, via, note) VALUES ($1, $2, $3, $4) \
                 RETURNING id, contact_id, at, via, note",
                params![
                    contact.0,
                    ts_text(at),
                    via.as_str(),
                    note.map(|n| n.as_str().to_owned())
                ],
            )
            .await?;
        self.exec(
            "UPDATE contacts SET last_contact_at = $2 WHERE id = $1 \
             AND (last_contact_at IS NULL OR last_contact_at < $2)",
            params![contact.0, ts_text(at)],
        )
        .await?;
        touch_from(&mut row)
    }

    async fn touches(&mut self, contact: ContactId) -> Result<Vec<Touch>> {
        let mut rows = self
            .rows(
                "SELECT id, contact_id, at, via, note FROM touches WHERE contact_id = $1 ORDER BY at, id",
                params![contact.0],
            )
            .await?;
        rows.iter_mut().map(touch_from).collect()
    }

    async fn save_mark(&mut self, mark: &ActionMark) -> Result<()> {
        self.exec(
            "DELETE FROM action_marks WHERE key = $1",
            params![mark.key.as_str()],
        )
        .await?;
        self.exec(
            "INSERT INTO action_marks (key, state, at, until, reason, application_id, interview_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            params![
                mark.key.as_str(),
                mark.state.as_str(),
                ts_text(mark.at),
                mark.until.map(ts_text),
                mark.reason.clone(),
                mark.application_id.map(|a| a.0),
                mark.interview_id.map(|i| i.0)
            ],
        )
        .await?;
        Ok(())
    }

    async fn mark(&mut self, key: &ActionKey) -> Result<Option<ActionMark>> {
        let mut row = self
            .opt_row(
                "SELECT key, state, at, until, reason, application_id, interview_id FROM action_marks WHERE key = $1",
                params![key.as_str()],
            )
            .await?;
        row.as_mut().map(mark_from).transpose()
    }

    async fn interview_by_invite(&mut self, uid: &str) -> Result<Option<InterviewId>> {
        let mut row = self
            .opt_row(
                "SELECT interview_id FROM interview_invites WHERE uid = $1",
                params![uid],
            )
            .await?;
        row.as_mut()
            .map(|r| int(r, "interview_id").map(InterviewId))
            .transpose()
    }

    async fn link_invite(&mut self, uid: &str, interview: InterviewId) -> Result<()> {
        self.exec("DELETE FROM interview_invites WHERE uid = $1", params![uid])
            .await?;
        self.exec(
            "INSERT INTO interview_invites (uid, interview_id) VALUES ($1, $2)",
            params![uid, interview.0],
        )
        .await?;
        Ok(())
    }

    async fn settle_rounds(&mut self, rounds: &[InterviewId], at: Timestamp) -> Result<()> {
        for chunk in rounds.chunks(500) {
            let mut binds = vec![crate::exec::Value::from(ts_text(at))];
            binds.extend(chunk.iter().map(|i| crate::exec::Value::from(i.0)));
            let sql = format!(
                "UPDATE interviews SET settled_at = $1 WHERE settled_at IS NULL AND id IN ({})",
                crate::placeholders(2, chunk.len())
            );
            self.exec(&sql, &binds).await?;
        }
        Ok(())
    }

    async fn unsettle_all(&mut self) -> Result<()> {
        self.exec(
            "UPDATE interviews SET settled_at = NULL WHERE settled_at IS NOT NULL",
            &[],
        )
        .await?;
        Ok(())
    }

    async fn week_counts(&mut self, from: Timestamp, to: Timestamp) -> Result<WeekCounts> {
        let mut row = self
            .row(
                "SELECT (SELECT COUNT(*) FROM application_events WHERE to_status = 'applied' AND at >= $1 AND at < $2) AS applied, \
                 (SELECT COUNT(*) FROM interviews WHERE starts_at >= $1 AND starts_at < $2 AND status <> 'cancelled') AS interviews, \
                 (SELECT COUNT(*) FROM letters WHERE state = 'sent' AND sent_at >= $1 AND sent_at < $2) AS letters, \
                 (SELECT COUNT(*) FROM touches WHERE at >= $1 AND at < $2) AS touches",
                params![ts_text(from), ts_text(to)],
            )
            .await?;
        let count = |row: &mut crate::exec::Row, col: &str| -> Result<u32> {
            Ok(u32::try_from(int(row, col)?).unwrap_or(u32::MAX))
        };
        Ok(WeekCounts {
            applied: count(&mut row, "applied")?,
            interviews: count(&mut row, "interviews")?,
            letters_sent: count(&mut row, "letters")?,
            touches: count(&mut row, "touches")?,
        })
    }

    async fn live_by_company(&mut self) -> Result<Vec<(String, u32)>> {
        let rows = self
            .rows(
                &format!(
                    "SELECT c.name, COUNT(*) AS n FROM applications a JOIN companies c ON c.id = a.company_id \
                     WHERE a.status IN {IN_PLAY} GROUP BY c.id, c.name ORDER BY n DESC, c.name"
                ),
                &[],
            )
            .await?;
        rows.into_iter()
            .map(|mut r| {
                Ok((
                    text(&mut r, "name")?,
                    u32::try_from(int(&mut r, "n")?).unwrap_or(u32::MAX),
                ))
            })
            .collect()
    }

    async fn insight_facts(&mut self) -> Result<afterview_core::insights::InsightFacts> {
        crate::insights::insight_facts(self).await
    }

    async fn agenda_facts(&mut self, query: &FactsQuery) -> Result<Facts> {
        self.read_facts(query, None).await
    }

    async fn agenda_part(
        &mut self,
        query: &FactsQuery,
        apps: &[ApplicationId],
        contacts: &[ContactId],
    ) -> Result<Facts> {
        let apps: Vec<i64> = apps.iter().map(|a| a.0).collect();
        let contacts: Vec<i64> = contacts.iter().map(|c| c.0).collect();
        self.read_facts(query, Some((&apps, &contacts))).await
    }

    async fn agenda_warm(
        &mut self,
        apps: &[ApplicationId],
        panels: &[(ApplicationId, PersonFact)],
    ) -> Result<Vec<WarmFact>> {
        let ids: Vec<i64> = apps.iter().map(|a| a.0).collect();
        let mut app_company: FastMap<i64, i64> = FastMap::default();
        let mut names: FastMap<i64, String> = FastMap::default();
        self.each_for_ids(
            "SELECT a.id, a.company_id, c.name FROM applications a \
             JOIN companies c ON c.id = a.company_id WHERE a.id IN ({ids})",
            &ids,
            |c| {
                app_company.insert(c.int_at(0)?, c.int_at(1)?);
                names.insert(c.int_at(1)?, c.text_at(2)?.to_owned());
                Ok(())
            },
        )
        .await?;
        let panels: Vec<(ApplicationId, &PersonFact)> =
            panels.iter().map(|(a, p)| (*a, p)).collect();
        self.warm_facts(&ids, &app_company, &names, &panels).await
    }

    async fn agenda_reach(
        &mut self,
        contacts: &[ContactId],
    ) -> Result<(Vec<String>, Vec<ContactId>)> {
        let ids: Vec<i64> = contacts.iter().map(|c| c.0).collect();
        let mut firms = Vec::new();
        self.each_for_ids(
            "SELECT c.name FROM contacts p JOIN companies c ON c.id = p.company_id \
             WHERE p.id IN ({ids})",
            &ids,
            |c| {
                firms.push(c.text_at(0)?.to_owned());
                Ok(())
            },
        )
        .await?;
        let mut known = Vec::new();
        self.each_for_ids(
            "SELECT q.other_id FROM acquaintances q WHERE q.contact_id IN ({ids}) \
             UNION ALL SELECT q.contact_id FROM acquaintances q WHERE q.other_id IN ({ids})",
            &ids,
            |c| {
                known.push(ContactId(c.int_at(0)?));
                Ok(())
            },
        )
        .await?;
        known.sort_unstable();
        known.dedup();
        Ok((firms, known))
    }

    async fn agenda_changes(&mut self, after: Option<i64>) -> Result<Option<AgendaChanges>> {
        // Only SQLite keeps the journal: it has one writer at a time, so its
        // lines are numbered in the order their writes committed.
        if self.backend != Backend::Sqlite {
            return Ok(None);
        }
        let mut top = 0;
        self.each(
            "SELECT seq FROM sqlite_sequence WHERE name = 'agenda_journal'",
            &[],
            |c| {
                top = c.int_at(0)?;
                Ok(())
            },
        )
        .await?;
        let mut changes = AgendaChanges {
            upto: top,
            ..AgendaChanges::default()
        };
        let Some(after) = after else {
            return Ok(Some(changes));
        };
        // Further behind than this, reading everything costs less than
        // reading again all that the lines name.
        if after > top || top - after > JOURNAL_READ_MOST {
            return Ok(None);
        }
        let (mut lines, mut everything) = (0, false);
        self.each(
            "SELECT kind, id FROM agenda_journal WHERE seq > $1",
            params![after],
            |c| {
                lines += 1;
                match (c.text_at(0)?, c.int(1)?) {
                    ("a", Some(id)) => changes.applications.push(ApplicationId(id)),
                    ("c", Some(id)) => changes.contacts.push(ContactId(id)),
                    ("r", Some(id)) => changes.touched.push(ContactId(id)),
                    ("n", _) => changes.network = true,
                    ("p", _) => changes.practice = true,
                    ("g", _) => changes.search_wide = true,
                    _ => everything = true,
                }
                Ok(())
            },
        )
        .await?;
        // Lines are numbered without gaps; fewer than the numbers say means
        // the journal was cut back past `after`.
        if everything || lines != top - after {
            return Ok(None);
        }
        for list in [&mut changes.contacts, &mut changes.touched] {
            list.sort_unstable();
            list.dedup();
        }
        changes.applications.sort_unstable();
        changes.applications.dedup();
        Ok(Some(changes))
    }
}

/// The most journal lines a reader of changes takes in; further behind, it
/// reads every fact again.
const JOURNAL_READ_MOST: i64 = 400;

impl SqlTx {
    /// The agenda's facts: all of them, or (`only`, for facts kept in a
    /// process) those about some applications and some recruiters with the
    /// search-wide facts whole (see [`FollowPort::agenda_part`]).
    async fn read_facts(
        &mut self,
        query: &FactsQuery,
        only: Option<(&[i64], &[i64])>,
    ) -> Result<Facts> {
        let mut facts = Facts::empty(TimeZone::UTC);
        if only.is_none() {
            facts.practice =
                afterview_store::PracticePort::practice_summary(self, query.now).await?;
        }
        // Company names, read whole: looking one up beside every row that
        // names a company was a large share of the read. A part reads only
        // the names it needs.
        let mut companies: FastMap<i64, String> = FastMap::default();
        let mut name = |c: &dyn Cells| -> Result<()> {
            companies.insert(c.int_at(0)?, c.text_at(1)?.to_owned());
            Ok(())
        };
        match only {
            None => {
                self.each("SELECT id, name FROM companies", &[], name)
                    .await?
            }
            Some((apps, contacts)) => {
                for (rows, ids) in [("applications", apps), ("contacts", contacts)] {
                    let sql = format!(
                        "SELECT c.id, c.name FROM companies c WHERE c.id IN \
                         (SELECT x.company_id FROM {rows} x WHERE x.id IN ({{ids}}))"
                    );
                    self.each_for_ids(&sql, ids, &mut name).await?;
                }
            }
        }

        // Every application in play, and the hired ones, from the covering
        // index by status: how many are live and the newest, which of them
        // rounds may belong to, and the facts of those a rule speaks of.
        // Applications that are merely applied are many and rarely spoken
        // of: they are kept aside, and added below only when a rule needs
        // them. A part holds its applications whole, and counts every live
        // one apart.
        let mut in_play: FastSet<i64> = FastSet::default();
        let mut app_company: FastMap<i64, i64> = FastMap::default();
        let mut applied: Vec<i64> = Vec::new();
        let app = |c: &dyn Cells| -> Result<()> {
            let (id, status) = (c.int_at(0)?, c.parsed_at::<ApplicationStatus>(3)?);
            app_company.insert(id, c.int_at(1)?);
            if status != ApplicationStatus::Hired {
                facts.live_applications += 1;
                let created = c.ts_at(4)?;
                facts.newest_live_application = facts.newest_live_application.max(Some(created));
                in_play.insert(id);
            }
            // The rest of an applied one is read only if it is kept.
            if status == ApplicationStatus::Applied && only.is_none() {
                applied.push(id);
            } else {
                facts.applications.push(app_fact(c, &companies)?);
            }
            Ok(())
        };
        const LIVE: &str = "('applied', 'interviewing', 'offer', 'hired')";
        match only {
            None => {
                self.each(
                    &format!("SELECT {APP_FACT} FROM applications a WHERE a.status IN {LIVE}"),
                    &[],
                    app,
                )
                .await?
            }
            Some((apps, _)) => {
                self.each_for_ids(
                    &format!(
                        "SELECT {APP_FACT} FROM applications a WHERE a.id IN ({{ids}}) AND a.status IN {LIVE}"
                    ),
                    apps,
                    app,
                )
                .await?;
                let mut row = self
                    .row(
                        &format!(
                            "SELECT COUNT(*) AS n, MAX(a.created_at) AS newest FROM applications a \
                             WHERE a.status IN {IN_PLAY}"
                        ),
                        &[],
                    )
                    .await?;
                facts.live_applications = u32::try_from(int(&mut row, "n")?).unwrap_or(u32::MAX);
                facts.newest_live_application = opt_ts(&mut row, "newest")?;
            }
        }
        facts.applications.sort_unstable_by_key(|a| a.id);

        // Rounds of applications in play, from the window on (and older
        // ones whose debrief still has a date ahead). Settled rounds are
        // left out, unless settled after the moment asked for (a script that
        // pins an earlier clock). Each part reads an index that holds what
        // it needs, and whether the application is in play is answered from
        // the set above: looking up each round's application was most of
        // the read's time. Only for the older rounds is the time they were
        // settled read: the index of open rounds does not hold it.
        const ROUND: &str =
            "i.id, i.application_id, i.round, i.kind, i.starts_at, i.ends_at, i.status";
        let round = |c: &dyn Cells| -> Result<InterviewFact> {
            Ok(InterviewFact {
                id: InterviewId(c.int_at(0)?),
                application_id: ApplicationId(c.int_at(1)?),
                round: c.int_at(2)?,
                kind: c.parsed_at(3)?,
                starts_at: c.ts_at(4)?,
                ends_at: c.ts_at(5)?,
                status: c.parsed_at(6)?,
                interviewers: Vec::new(),
            })
        };
        let now = ts_text(query.now);
        let (now_at, since_at) = (query.now, query.since.unwrap_or(Timestamp::MIN));
        // Whether a round read with the time it was settled is on the
        // agenda's side of the window, but for a debrief date ahead.
        let open = |c: &dyn Cells| -> Result<bool> {
            Ok(c.opt_ts_at(7)?.is_none_or(|at| at > now_at) && in_play.contains(&c.int_at(1)?))
        };
        match (only, query.since) {
            (Some((apps, _)), _) => {
                // A part reads its applications' rounds whole, and asks the
                // debriefs only about the older ones.
                let mut older: Vec<InterviewFact> = Vec::new();
                self.each_for_ids(
                    &format!(
                        "SELECT {ROUND}, i.settled_at FROM interviews i WHERE i.application_id IN ({{ids}})"
                    ),
                    apps,
                    |c| {
                        if open(c)? {
                            if c.ts_at(5)? >= since_at {
                                facts.interviews.push(round(c)?);
                            } else {
                                older.push(round(c)?);
                            }
                        }
                        Ok(())
                    },
                )
                .await?;
                let ids: Vec<i64> = older.iter().map(|i| i.id.0).collect();
                let mut ahead: FastSet<i64> = FastSet::default();
                self.each_for_ids(
                    "SELECT d.interview_id, d.follow_until FROM debriefs d WHERE d.interview_id IN ({ids})",
                    &ids,
                    |c| {
                        if c.opt_ts_at(1)?.is_some_and(|t| t >= since_at) {
                            ahead.insert(c.int_at(0)?);
                        }
                        Ok(())
                    },
                )
                .await?;
                facts
                    .interviews
                    .extend(older.into_iter().filter(|i| ahead.contains(&i.id.0)));
            }
            (None, Some(since)) => {
                let since = ts_text(since);
                // The parts are disjoint: open rounds that end from the
                // window on, rounds settled after now that end from it on,
                // and older rounds with a debrief date ahead.
                let mut seen: FastSet<i64> = FastSet::default();
                let mut recent = |c: &dyn Cells| -> Result<()> {
                    seen.insert(c.int_at(0)?);
                    if in_play.contains(&c.int_at(1)?) {
                        facts.interviews.push(round(c)?);
                    }
                    Ok(())
                };
                self.each(
                    &format!("SELECT {ROUND} FROM interviews i WHERE i.settled_at IS NULL AND i.ends_at >= $1"),
                    params![since.as_str()],
                    &mut recent,
                )
                .await?;
                self.each(
                    &format!("SELECT {ROUND} FROM interviews i WHERE i.settled_at > $1 AND i.ends_at >= $2"),
                    params![now.as_str(), since.as_str()],
                    &mut recent,
                )
                .await?;
                // The older rounds come from the debriefs' index by date;
                // those read above, and those settled by now, are struck
                // off before any round is looked up.
                let mut older: Vec<i64> = Vec::new();
                self.each(
                    "SELECT d.interview_id FROM debriefs d WHERE d.follow_until >= $1",
                    params![since.as_str()],
                    |c| {
                        let id = c.int_at(0)?;
                        if !seen.contains(&id) {
                            older.push(id);
                        }
                        Ok(())
                    },
                )
                .await?;
                if !older.is_empty() {
                    let mut settled: FastSet<i64> = FastSet::default();
                    self.each(
                        "SELECT i.id FROM interviews i WHERE i.settled_at IS NOT NULL AND i.settled_at <= $1",
                        params![now.as_str()],
                        |c| {
                            settled.insert(c.int_at(0)?);
                            Ok(())
                        },
                    )
                    .await?;
                    older.retain(|id| !settled.contains(id));
                    older.sort_unstable();
                    older.dedup();
                }
                self.each_for_ids(
                    &format!(
                        "SELECT {ROUND}, i.settled_at FROM interviews i WHERE i.id IN ({{ids}})"
                    ),
                    &older,
                    |c| {
                        if c.ts_at(5)? < since_at && open(c)? {
                            facts.interviews.push(round(c)?);
                        }
                        Ok(())
                    },
                )
                .await?;
            }
            (None, None) => {
                self.each(
                    &format!("SELECT {ROUND} FROM interviews i WHERE i.settled_at IS NULL OR i.settled_at > $1"),
                    params![now.as_str()],
                    |c| {
                        if in_play.contains(&c.int_at(1)?) {
                            facts.interviews.push(round(c)?);
                        }
                        Ok(())
                    },
                )
                .await?;
            }
        }
        facts.interviews.sort_unstable_by_key(|i| i.id);
        let at_index: HashMap<InterviewId, usize> = facts
            .interviews
            .iter()
            .enumerate()
            .map(|(n, i)| (i.id, n))
            .collect();
        // Everything else about the rounds is read by their ids, which are
        // sorted, so each chunk's order carries over to the whole.
        let rounds: Vec<i64> = facts.interviews.iter().map(|i| i.id.0).collect();
        let mut apps: Vec<i64> = facts
            .interviews
            .iter()
            .map(|i| i.application_id.0)
            .collect();
        apps.sort_unstable();
        apps.dedup();
        self.each_for_ids(
            "SELECT application_id, MAX(round) AS last FROM interviews \
             WHERE application_id IN ({ids}) GROUP BY application_id ORDER BY application_id",
            &apps,
            |c| {
                let app = ApplicationId(c.int_at(0)?);
                facts.last_rounds.push((app, c.int_at(1)?));
                Ok(())
            },
        )
        .await?;
        let interviews = &mut facts.interviews;
        self.each_for_ids(
            "SELECT v.interview_id, v.contact_id, v.role, p.name FROM interviewers v \
             JOIN contacts p ON p.id = v.contact_id WHERE v.interview_id IN ({ids}) \
             ORDER BY v.interview_id, v.position",
            &rounds,
            |c| {
                if let Some(&n) = at_index.get(&InterviewId(c.int_at(0)?)) {
                    interviews[n].interviewers.push(PersonFact {
                        contact_id: ContactId(c.int_at(1)?),
                        name: c.text_at(3)?.to_owned(),
                        role: c.parsed_at(2)?,
                    });
                }
                Ok(())
            },
        )
        .await?;
        let rows = self
            .rows_for_ids(
                "SELECT d.interview_id, d.content FROM debriefs d WHERE d.interview_id IN ({ids}) \
                 AND d.version = (SELECT MAX(version) FROM debriefs WHERE interview_id = d.interview_id) \
                 ORDER BY d.interview_id",
                &rounds,
            )
            .await?;
        for mut row in rows {
            let interview_id = InterviewId(int(&mut row, "interview_id")?);
            let parts: RuleParts = json(&mut row, "content")?;
            facts.debriefs.push(DebriefFact {
                interview_id,
                owed: parts.owed,
                decision: parts.decision,
            });
        }

        // The applied applications a rule speaks of: those with a round, and
        // all of them once the search is over (to withdraw from).
        let search_over = facts.search_over_since().is_some();
        let known: std::collections::HashSet<ApplicationId> =
            facts.applications.iter().map(|a| a.id).collect();
        let mut missing: Vec<i64> = facts
            .interviews
            .iter()
            .map(|i| i.application_id)
            .filter(|id| !known.contains(id))
            .map(|id| id.0)
            .collect();
        missing.sort_unstable();
        missing.dedup();
        if only.is_none() && (search_over || !missing.is_empty()) {
            let wanted = if search_over { &applied } else { &missing };
            let mut kept = Vec::new();
            self.each_for_ids(
                &format!("SELECT {APP_FACT} FROM applications a WHERE a.id IN ({{ids}}) AND a.status = 'applied'"),
                wanted,
                |c| {
                    kept.push(app_fact(c, &companies)?);
                    Ok(())
                },
            )
            .await?;
            facts.applications.extend(kept);
            facts.applications.sort_by_key(|a| a.id);
        }

        const OFFER: &str = "SELECT o.application_id, o.deadline, o.terms, o.recorded_at \
             FROM applications a JOIN offers o ON o.application_id = a.id WHERE a.status = 'offer'";
        let mut rows = match only {
            None => {
                self.rows(&format!("{OFFER} ORDER BY o.application_id"), &[])
                    .await?
            }
            Some((apps, _)) => {
                self.rows_for_ids(&format!("{OFFER} AND a.id IN ({{ids}})"), apps)
                    .await?
            }
        };
        facts.offers = rows.iter_mut().map(offer_from).collect::<Result<_>>()?;
        facts.offers.sort_by_key(|o| o.application_id);
        let recruiter = |c: &dyn Cells| -> Result<RecruiterFact> {
            Ok(RecruiterFact {
                contact_id: ContactId(c.int_at(0)?),
                name: c.text_at(1)?.to_owned(),
                company: c.int(4)?.and_then(|id| companies.get(&id).cloned()),
                added: c.ts_at(2)?,
                last_contact: c.opt_ts_at(3)?,
            })
        };
        if let (Some(since), Some((_, contacts))) = (query.recruiters_since, only) {
            self.each_for_ids(
                "SELECT p.id, p.name, p.created_at, p.last_contact_at, p.company_id FROM contacts p \
                 WHERE p.id IN ({ids}) AND p.tags LIKE '% recruiter %'",
                contacts,
                |c| {
                    let fact = recruiter(c)?;
                    if fact.last_contact.unwrap_or(fact.added) >= since {
                        facts.recruiters.push(fact);
                    }
                    Ok(())
                },
            )
            .await?;
        } else if let Some(since) = query.recruiters_since {
            // The literal LIKE and COALESCE match the partial index
            // `contacts_recruiters`, so only recent recruiters are read.
            // The index holds every column read, and the company's name comes
            // from the names read above.
            self.each(
                "SELECT p.id, p.name, p.created_at, p.last_contact_at, p.company_id FROM contacts p \
                 WHERE p.tags LIKE '% recruiter %' AND COALESCE(p.last_contact_at, p.created_at) >= $1",
                params![ts_text(since)],
                |c| {
                    facts.recruiters.push(recruiter(c)?);
                    Ok(())
                },
            )
            .await?;
        }
        // Sorted here: asking SQLite for an order makes it scan every
        // contact instead of the partial index.
        facts.recruiters.sort_by_key(|r| r.contact_id);
        let mut row = self
            .row(
                "SELECT COUNT(*) AS n FROM application_events WHERE to_status = 'applied' AND at >= $1",
                params![ts_text(query.week_start)],
            )
            .await?;
        facts.applied_this_week = u32::try_from(int(&mut row, "n")?).unwrap_or(u32::MAX);
        facts.search_started = !facts.applications.is_empty()
            || facts.live_applications > 0
            || self
                .opt_row("SELECT id FROM applications LIMIT 1", &[])
                .await?
                .is_some();

        // Marks on no application; on an application in play but no round
        // (an offer, a withdrawal); and on the rounds read above.
        let mut rows = self
            .rows(
                &format!("SELECT {MARK} FROM action_marks m WHERE m.application_id IS NULL"),
                &[],
            )
            .await?;
        match only {
            None => rows.extend(
                self.rows(
                    &format!(
                        "SELECT {MARK} FROM action_marks m CROSS JOIN applications a \
                         WHERE a.id = m.application_id AND m.interview_id IS NULL AND a.status IN {IN_PLAY}"
                    ),
                    &[],
                )
                .await?,
            ),
            Some((apps, _)) => {
                let on_apps = self
                    .rows_for_ids(
                        &format!(
                            "SELECT {MARK} FROM action_marks m \
                             WHERE m.application_id IN ({{ids}}) AND m.interview_id IS NULL"
                        ),
                        apps,
                    )
                    .await?;
                // Column 5 is the application: marks on closed ones are
                // left out, as the whole read leaves them.
                rows.extend(on_apps.into_iter().filter(|row| {
                    row.int(5)
                        .ok()
                        .flatten()
                        .is_some_and(|id| in_play.contains(&id))
                }));
            }
        }
        rows.extend(
            self.rows_for_ids(
                &format!("SELECT {MARK} FROM action_marks m WHERE m.interview_id IN ({{ids}})"),
                &rounds,
            )
            .await?,
        );
        facts.marks = rows.iter_mut().map(mark_from).collect::<Result<_>>()?;

        // Letters not sent yet (few: the partial index holds only those),
        // and the sent ones about the rounds above that got a reply.
        const LETTER_FACT: &str = "l.id, l.interview_id, l.action_key, l.state, l.replied_at";
        let mut rows = self
            .rows(
                &format!("SELECT {LETTER_FACT} FROM letters l WHERE l.state <> 'sent'"),
                &[],
            )
            .await?;
        rows.extend(
            self.rows_for_ids(
                &format!(
                    "SELECT {LETTER_FACT} FROM letters l WHERE l.interview_id IN ({{ids}}) \
                     AND l.state = 'sent' AND l.replied_at IS NOT NULL"
                ),
                &rounds,
            )
            .await?,
        );
        for mut row in rows {
            facts.letters.push(LetterFact {
                id: afterview_core::LetterId(int(&mut row, "id")?),
                interview_id: crate::rows::opt_int(&mut row, "interview_id")?.map(InterviewId),
                action_key: opt_text(&mut row, "action_key")?
                    .map(|k| ActionKey::parse(&k).map_err(|e| StoreError::Other(e.message)))
                    .transpose()?,
                state: parsed(&mut row, "state")?,
                replied_at: opt_ts(&mut row, "replied_at")?,
            });
        }
        facts.letters.sort_by_key(|l| l.id);
        facts.marks.sort_by(|a, b| a.key.cmp(&b.key));

        facts.favours = self.favour_facts().await?;
        if only.is_some() {
            return Ok(facts);
        }
        // A good word helps only around a round: the applications with one
        // within two days of now, with the people on their rounds.
        let near = facts.near_apps(query.now);
        let panels = facts.panels(&near);
        let near_apps: Vec<i64> = near.iter().map(|a| a.0).collect();
        facts.warm_contacts = self
            .warm_facts(&near_apps, &app_company, &companies, &panels)
            .await?;
        Ok(facts)
    }
}
