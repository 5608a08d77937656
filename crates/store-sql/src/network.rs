//! The network on SQL: closeness, jobs, who knows whom, favours, and the
//! bulk insert and lean key read behind contact imports.

use crate::exec::{Cells, Row, Value};
use crate::rows::{Read, int, opt_int, opt_text, opt_ts, parsed, text, ts, ts_text};
use crate::{SqlTx, params};
use afterview_core::agenda::{FavourFact, PersonFact, WarmFact};
use afterview_core::hash::{FastMap, FastSet};
use afterview_core::network::{
    Favour, FavourState, NetworkFacts, Person, Position, StoredPosition, Strength,
};
use afterview_core::{ApplicationId, CompanyId, ContactId, InterviewerRole, NewContact};
use afterview_store::{ContactKey, ContactNetwork, FavourFilter, NetworkPort, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;
use jiff::civil::Date;

const FAVOUR: &str = "id, contact_id, application_id, state, note, asked_at, updated_at, done_at";
const POSITION: &str = "id, contact_id, company_id, title, since, until";
const PERSON: &str = "id, name, title, strength, how_met, last_contact_at, tags, company_id";

fn favour_from(row: &mut Row) -> Result<Favour> {
    Ok(Favour {
        id: int(row, "id")?,
        contact_id: ContactId(int(row, "contact_id")?),
        application_id: ApplicationId(int(row, "application_id")?),
        state: parsed(row, "state")?,
        note: opt_text(row, "note")?,
        asked_at: ts(row, "asked_at")?,
        updated_at: ts(row, "updated_at")?,
        done_at: opt_ts(row, "done_at")?,
    })
}

fn opt_date(row: &mut Row, col: &str) -> Result<Option<Date>> {
    opt_text(row, col)?
        .map(|t| {
            t.parse::<Date>().map_err(|e| {
                StoreError::Other(format!("the database holds a bad date in {col}: {e}"))
            })
        })
        .transpose()
}

fn position_from(row: &mut Row) -> Result<(i64, Position)> {
    Ok((
        int(row, "id")?,
        Position {
            contact_id: opt_int(row, "contact_id")?.map(ContactId),
            company_id: CompanyId(int(row, "company_id")?),
            title: opt_text(row, "title")?,
            since: opt_date(row, "since")?,
            until: opt_date(row, "until")?,
        },
    ))
}

fn strength_from(row: &mut Row) -> Result<Option<Strength>> {
    opt_int(row, "strength")?
        .map(|n| Strength::try_from(n).map_err(|e| StoreError::Other(e.to_string())))
        .transpose()
}

/// A contact as the ranking sees them, and their current company as a job.
fn person_from(row: &mut Row) -> Result<(Person, Option<Position>)> {
    let id = ContactId(int(row, "id")?);
    let title = opt_text(row, "title")?;
    let current = opt_int(row, "company_id")?.map(|c| Position {
        contact_id: Some(id),
        company_id: CompanyId(c),
        title: title.clone(),
        since: None,
        until: None,
    });
    let person = Person {
        id,
        name: text(row, "name")?,
        title,
        strength: strength_from(row)?,
        how_met: opt_text(row, "how_met")?,
        last_contact_at: opt_ts(row, "last_contact_at")?,
        recruiter: text(row, "tags")?.contains(" recruiter "),
    };
    Ok((person, current))
}

/// The pair as stored: lower id first.
fn ordered(a: ContactId, b: ContactId) -> (i64, i64) {
    (a.0.min(b.0), a.0.max(b.0))
}

/// Every job and favour, by id, for a backup.
pub(crate) async fn backup_rows(tx: &mut SqlTx) -> Result<(Vec<StoredPosition>, Vec<Favour>)> {
    let mut positions = Vec::new();
    for mut row in tx
        .rows(
            &format!("SELECT {POSITION}, created_at FROM positions ORDER BY id"),
            &[],
        )
        .await?
    {
        let created_at = ts(&mut row, "created_at")?;
        let (id, position) = position_from(&mut row)?;
        positions.push(StoredPosition {
            id,
            position,
            created_at,
        });
    }
    let mut rows = tx
        .rows(&format!("SELECT {FAVOUR} FROM favours ORDER BY id"), &[])
        .await?;
    let favours = rows.iter_mut().map(favour_from).collect::<Result<_>>()?;
    Ok((positions, favours))
}

/// Notes that a person (column 1) was on a panel for an application
/// (column 0).
fn on_panel_of(panel: &mut FastSet<(i64, i64)>, c: &dyn Cells) -> Result<()> {
    panel.insert((c.int_at(0)?, c.int_at(1)?));
    Ok(())
}

/// How close an unrated contact counts when choosing whom to ask.
const UNRATED: i64 = 2;

impl SqlTx {
    /// The warm contacts of the agenda: for the applications with a round
    /// around now (`apps`), the closest person who reaches the decision and
    /// was not on the panel. What is found for one application does not
    /// depend on the others asked with it.
    pub(crate) async fn warm_facts(
        &mut self,
        apps: &[i64],
        companies: &FastMap<i64, i64>,
        names: &FastMap<i64, String>,
        panels: &[(ApplicationId, &PersonFact)],
    ) -> Result<Vec<WarmFact>> {
        // (application, contact, name, strength, reach, preference): people
        // who know an interviewer come before people who merely work there.
        let mut found: Vec<(i64, i64, String, i64, String, u8)> = Vec::new();
        let on_panel: FastSet<(i64, i64)> =
            panels.iter().map(|(a, p)| (a.0, p.contact_id.0)).collect();
        let deciders: Vec<&(ApplicationId, &PersonFact)> = panels
            .iter()
            .filter(|(_, p)| p.role != InterviewerRole::Recruiter)
            .collect();
        let mut ids: Vec<i64> = deciders.iter().map(|(_, p)| p.contact_id.0).collect();
        ids.sort_unstable();
        ids.dedup();
        let rows = self
            .rows_for_ids(
                "SELECT q.contact_id AS known, p.id, p.name, p.strength FROM acquaintances q \
                 JOIN contacts p ON p.id = q.other_id WHERE q.contact_id IN ({ids}) \
                 UNION ALL SELECT q.other_id AS known, p.id, p.name, p.strength FROM acquaintances q \
                 JOIN contacts p ON p.id = q.contact_id WHERE q.other_id IN ({ids})",
                &ids,
            )
            .await?;
        for mut row in rows {
            let known = int(&mut row, "known")?;
            let (id, name) = (int(&mut row, "id")?, text(&mut row, "name")?);
            let strength = opt_int(&mut row, "strength")?.unwrap_or(UNRATED);
            for (app, decider) in deciders.iter().filter(|(_, p)| p.contact_id.0 == known) {
                found.push((
                    app.0,
                    id,
                    name.clone(),
                    strength,
                    format!("knows {}, who interviewed you", decider.name),
                    0,
                ));
            }
        }
        // The closest person at each application's company who was on none
        // of its panels, and everyone who works there now. Each read below
        // walks one index; the choosing is done here (a query that chose for
        // each application in turn looked up every candidate's rounds).
        let company_of = |app: i64| companies.get(&app).copied();
        let mut firms: Vec<i64> = apps.iter().filter_map(|&a| company_of(a)).collect();
        firms.sort_unstable();
        firms.dedup();
        // The closest person at each company: one step into the index by
        // closeness for each.
        let mut top: FastMap<i64, i64> = FastMap::default();
        self.each_for_ids(
            "SELECT c.id, (SELECT x.id FROM contacts x WHERE x.company_id = c.id \
             ORDER BY COALESCE(x.strength, 2) DESC, x.id LIMIT 1) AS best \
             FROM companies c WHERE c.id IN ({ids})",
            &firms,
            |c| {
                if let Some(best) = c.int(1)? {
                    top.insert(c.int_at(0)?, best);
                }
                Ok(())
            },
        )
        .await?;
        // Every application each of them was on a panel for.
        let mut tops: Vec<i64> = top.values().copied().collect();
        tops.sort_unstable();
        tops.dedup();
        let mut panel: FastSet<(i64, i64)> = FastSet::default();
        self.each_for_ids(
            "SELECT i.application_id, v.contact_id FROM interviewers v \
             JOIN interviews i ON i.id = v.interview_id WHERE v.contact_id IN ({ids})",
            &tops,
            |c| on_panel_of(&mut panel, c),
        )
        .await?;
        // Where the closest was on the application's own panel, the next
        // closest who was not is wanted: the few companies' people in order,
        // and those applications' panels whole.
        let contested: Vec<i64> = apps
            .iter()
            .copied()
            .filter(|&a| {
                company_of(a)
                    .and_then(|firm| top.get(&firm))
                    .is_some_and(|&p| panel.contains(&(a, p)))
            })
            .collect();
        let mut staff: FastMap<i64, Vec<i64>> = FastMap::default();
        if !contested.is_empty() {
            self.each_for_ids(
                "SELECT i.application_id, v.contact_id FROM interviews i \
                 JOIN interviewers v ON v.interview_id = i.id WHERE i.application_id IN ({ids})",
                &contested,
                |c| on_panel_of(&mut panel, c),
            )
            .await?;
            let mut few: Vec<i64> = contested.iter().filter_map(|&a| company_of(a)).collect();
            few.sort_unstable();
            few.dedup();
            self.each_for_ids(
                "SELECT x.company_id, x.id FROM contacts x WHERE x.company_id IN ({ids}) \
                 ORDER BY x.company_id, COALESCE(x.strength, 2) DESC, x.id",
                &few,
                |c| {
                    staff.entry(c.int_at(0)?).or_default().push(c.int_at(1)?);
                    Ok(())
                },
            )
            .await?;
        }
        let mut current: FastMap<i64, Vec<i64>> = FastMap::default();
        self.each_for_ids(
            "SELECT j.company_id, j.contact_id FROM positions j \
             WHERE j.company_id IN ({ids}) AND j.until IS NULL AND j.contact_id IS NOT NULL",
            &firms,
            |c| {
                current.entry(c.int_at(0)?).or_default().push(c.int_at(1)?);
                Ok(())
            },
        )
        .await?;
        let mut asked: Vec<(i64, i64, i64)> = Vec::new();
        for &app in apps {
            let Some(firm) = company_of(app) else {
                continue;
            };
            let best = match staff.get(&firm) {
                Some(people) => people.iter().find(|&&p| !panel.contains(&(app, p))),
                None => top.get(&firm).filter(|&&p| !panel.contains(&(app, p))),
            };
            let working = current.get(&firm).into_iter().flatten();
            asked.extend(best.into_iter().chain(working).map(|&p| (app, p, firm)));
        }
        let mut people: Vec<i64> = asked.iter().map(|a| a.1).collect();
        people.sort_unstable();
        people.dedup();
        let mut who: FastMap<i64, (String, i64)> = FastMap::default();
        self.each_for_ids(
            "SELECT p.id, p.name, p.strength FROM contacts p WHERE p.id IN ({ids})",
            &people,
            |c| {
                let strength = c.int(2)?.unwrap_or(UNRATED);
                who.insert(c.int_at(0)?, (c.text_at(1)?.to_owned(), strength));
                Ok(())
            },
        )
        .await?;
        for (app, person, firm) in asked {
            let (Some((name, strength)), Some(company)) = (who.get(&person), names.get(&firm))
            else {
                continue;
            };
            found.push((
                app,
                person,
                name.clone(),
                *strength,
                format!("works at {company}"),
                1,
            ));
        }
        // Nobody on the application's panel is asked for a word about it.
        found.retain(|f| !on_panel.contains(&(f.0, f.1)));
        found.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.5.cmp(&b.5))
                .then(b.3.cmp(&a.3))
                .then(a.1.cmp(&b.1))
        });
        found.dedup_by_key(|f| f.0);
        let warm: Vec<WarmFact> = found
            .into_iter()
            .map(|(app, contact, name, _, reach, _)| WarmFact {
                application_id: ApplicationId(app),
                contact_id: ContactId(contact),
                name,
                reach,
            })
            .collect();
        Ok(warm)
    }

    /// The favours not declined, for the agenda.
    pub(crate) async fn favour_facts(&mut self) -> Result<Vec<FavourFact>> {
        let rows = self
            .rows(
                "SELECT f.id, f.application_id, f.contact_id, p.name, f.state, f.done_at, p.last_contact_at \
                 FROM favours f JOIN contacts p ON p.id = f.contact_id WHERE f.state <> 'declined' ORDER BY f.id",
                &[],
            )
            .await?;
        let mut favours = Vec::with_capacity(rows.len());
        for mut row in rows {
            favours.push(FavourFact {
                id: int(&mut row, "id")?,
                application_id: ApplicationId(int(&mut row, "application_id")?),
                contact_id: ContactId(int(&mut row, "contact_id")?),
                name: text(&mut row, "name")?,
                state: parsed(&mut row, "state")?,
                done_at: opt_ts(&mut row, "done_at")?,
                last_contact: opt_ts(&mut row, "last_contact_at")?,
            });
        }
        Ok(favours)
    }
}

#[async_trait]
impl NetworkPort for SqlTx {
    async fn set_strength(
        &mut self,
        contact: ContactId,
        strength: Option<Strength>,
    ) -> Result<bool> {
        let n = self
            .exec(
                "UPDATE contacts SET strength = $2 WHERE id = $1",
                params![contact.0, strength.map(i64::from)],
            )
            .await?;
        Ok(n > 0)
    }

    async fn insert_position(&mut self, p: &Position, now: Timestamp) -> Result<i64> {
        self.savepoint().await?;
        let result = self
            .row(
                "INSERT INTO positions (contact_id, company_id, title, since, until, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                params![
                    p.contact_id.map(|c| c.0),
                    p.company_id.0,
                    p.title.clone(),
                    p.since.map(|d| d.to_string()),
                    p.until.map(|d| d.to_string()),
                    ts_text(now)
                ],
            )
            .await
            .and_then(|mut row| int(&mut row, "id"));
        self.settle(result).await
    }

    async fn delete_position(&mut self, id: i64) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM positions WHERE id = $1", params![id])
            .await?
            > 0)
    }

    async fn link_contacts(
        &mut self,
        a: ContactId,
        b: ContactId,
        how: Option<&str>,
        now: Timestamp,
    ) -> Result<()> {
        let (low, high) = ordered(a, b);
        self.savepoint().await?;
        let result = self
            .exec(
                "INSERT INTO acquaintances (contact_id, other_id, how, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (contact_id, other_id) DO UPDATE SET how = COALESCE(excluded.how, acquaintances.how)",
                params![low, high, how, ts_text(now)],
            )
            .await
            .map(drop);
        self.settle(result).await
    }

    async fn unlink_contacts(&mut self, a: ContactId, b: ContactId) -> Result<bool> {
        let (low, high) = ordered(a, b);
        let n = self
            .exec(
                "DELETE FROM acquaintances WHERE contact_id = $1 AND other_id = $2",
                params![low, high],
            )
            .await?;
        Ok(n > 0)
    }

    async fn contact_network(&mut self, contact: Option<ContactId>) -> Result<ContactNetwork> {
        let mut network = ContactNetwork::default();
        let Some(id) = contact else {
            let mut rows = self
                .rows(
                    &format!("SELECT {POSITION} FROM positions WHERE contact_id IS NULL ORDER BY since, id"),
                    &[],
                )
                .await?;
            network.positions = rows.iter_mut().map(position_from).collect::<Result<_>>()?;
            return Ok(network);
        };
        if let Some(mut row) = self
            .opt_row("SELECT strength FROM contacts WHERE id = $1", params![id.0])
            .await?
        {
            network.strength = strength_from(&mut row)?;
        }
        let mut rows = self
            .rows(
                &format!(
                    "SELECT {POSITION} FROM positions WHERE contact_id = $1 ORDER BY since, id"
                ),
                params![id.0],
            )
            .await?;
        network.positions = rows.iter_mut().map(position_from).collect::<Result<_>>()?;
        let rows = self
            .rows(
                "SELECT c.id, c.name, q.how FROM acquaintances q JOIN contacts c ON c.id = q.other_id WHERE q.contact_id = $1 \
                 UNION ALL SELECT c.id, c.name, q.how FROM acquaintances q JOIN contacts c ON c.id = q.contact_id WHERE q.other_id = $1",
                params![id.0],
            )
            .await?;
        for mut row in rows {
            network.knows.push((
                ContactId(int(&mut row, "id")?),
                text(&mut row, "name")?,
                opt_text(&mut row, "how")?,
            ));
        }
        network
            .knows
            .sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        network.favours = self
            .favours(&FavourFilter {
                contact: Some(id),
                ..FavourFilter::default()
            })
            .await?;
        Ok(network)
    }

    async fn network_facts(&mut self, application: ApplicationId) -> Result<NetworkFacts> {
        let mut row = self
            .opt_row(
                "SELECT a.company_id, c.name FROM applications a JOIN companies c ON c.id = a.company_id WHERE a.id = $1",
                params![application.0],
            )
            .await?
            .ok_or_else(|| StoreError::Other(format!("there is no application {application}")))?;
        let company_id = CompanyId(int(&mut row, "company_id")?);
        let mut facts = NetworkFacts {
            application_id: application,
            company_id,
            companies: [(company_id, text(&mut row, "name")?)]
                .into_iter()
                .collect(),
            deciders: Vec::new(),
            people: Vec::new(),
            positions: Vec::new(),
            acquaintances: Vec::new(),
            favours: Vec::new(),
        };

        // The deciders: everyone on the application's rounds, each with the
        // highest role they held (a hiring manager on one round and a
        // panelist on another is the hiring manager).
        let rows = self
            .rows(
                "SELECT iv.contact_id, iv.role FROM interviewers iv JOIN interviews i ON i.id = iv.interview_id \
                 WHERE i.application_id = $1",
                params![application.0],
            )
            .await?;
        for mut row in rows {
            let id = ContactId(int(&mut row, "contact_id")?);
            let role: InterviewerRole = parsed(&mut row, "role")?;
            match facts.deciders.iter_mut().find(|(c, _)| *c == id) {
                Some((_, held)) => *held = (*held).min(role),
                None => facts.deciders.push((id, role)),
            }
        }

        // Everyone who works or worked at the company.
        let mut ids: FastSet<i64> = facts.deciders.iter().map(|(c, _)| c.0).collect();
        for mut row in self
            .rows(
                "SELECT id FROM contacts WHERE company_id = $1",
                params![company_id.0],
            )
            .await?
        {
            ids.insert(int(&mut row, "id")?);
        }
        for mut row in self
            .rows(
                "SELECT contact_id FROM positions WHERE company_id = $1 AND contact_id IS NOT NULL",
                params![company_id.0],
            )
            .await?
        {
            ids.insert(int(&mut row, "contact_id")?);
        }
        // And everyone who knows one of them.
        let mut sorted: Vec<i64> = ids.iter().copied().collect();
        sorted.sort_unstable();
        let mut rows = self
            .rows_for_ids(
                "SELECT contact_id, other_id, how FROM acquaintances WHERE contact_id IN ({ids}) \
                 UNION SELECT contact_id, other_id, how FROM acquaintances WHERE other_id IN ({ids})",
                &sorted,
            )
            .await?;
        for row in &mut rows {
            let (a, b) = (int(row, "contact_id")?, int(row, "other_id")?);
            ids.insert(a);
            ids.insert(b);
            let link = (ContactId(a), ContactId(b), opt_text(row, "how")?);
            if !facts.acquaintances.contains(&link) {
                facts.acquaintances.push(link);
            }
        }
        facts.acquaintances.sort();

        // Those people, their current jobs and their other ones; the
        // person's own jobs.
        let mut sorted: Vec<i64> = ids.into_iter().collect();
        sorted.sort_unstable();
        let mut rows = self
            .rows_for_ids(
                &format!("SELECT {PERSON} FROM contacts WHERE id IN ({{ids}}) ORDER BY id"),
                &sorted,
            )
            .await?;
        for row in &mut rows {
            let (person, current) = person_from(row)?;
            facts.people.push(person);
            facts.positions.extend(current);
        }
        let mut rows = self
            .rows_for_ids(
                &format!(
                    "SELECT {POSITION} FROM positions WHERE contact_id IN ({{ids}}) ORDER BY id"
                ),
                &sorted,
            )
            .await?;
        rows.extend(
            self.rows(
                &format!("SELECT {POSITION} FROM positions WHERE contact_id IS NULL ORDER BY id"),
                &[],
            )
            .await?,
        );
        for row in &mut rows {
            facts.positions.push(position_from(row)?.1);
        }
        let mut companies: Vec<i64> = facts.positions.iter().map(|p| p.company_id.0).collect();
        companies.sort_unstable();
        companies.dedup();
        for mut row in self
            .rows_for_ids(
                "SELECT id, name FROM companies WHERE id IN ({ids})",
                &companies,
            )
            .await?
        {
            facts
                .companies
                .insert(CompanyId(int(&mut row, "id")?), text(&mut row, "name")?);
        }
        facts.favours = self
            .favours(&FavourFilter {
                application: Some(application),
                ..FavourFilter::default()
            })
            .await?;
        Ok(facts)
    }

    async fn insert_favour(
        &mut self,
        contact: ContactId,
        application: ApplicationId,
        state: FavourState,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<Favour> {
        let done_at = (state == FavourState::Done).then(|| ts_text(now));
        self.savepoint().await?;
        let result = self
            .row(
                &format!(
                    "INSERT INTO favours (contact_id, application_id, state, note, asked_at, updated_at, done_at) \
                     VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING {FAVOUR}"
                ),
                params![contact.0, application.0, state.as_str(), note, ts_text(now), done_at],
            )
            .await;
        let mut row = self.settle(result).await?;
        favour_from(&mut row)
    }

    async fn update_favour(
        &mut self,
        id: i64,
        state: FavourState,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<Option<Favour>> {
        // The first time it is done is when the thanks fall due.
        let row = self
            .opt_row(
                &format!(
                    "UPDATE favours SET state = $2, note = COALESCE($3, note), updated_at = $4, \
                     done_at = CASE WHEN $2 = 'done' THEN COALESCE(done_at, $4) ELSE done_at END \
                     WHERE id = $1 RETURNING {FAVOUR}"
                ),
                params![id, state.as_str(), note, ts_text(now)],
            )
            .await?;
        row.map(|mut r| favour_from(&mut r)).transpose()
    }

    async fn favours(&mut self, filter: &FavourFilter) -> Result<Vec<Favour>> {
        let mut rows = self
            .rows(
                &format!(
                    "SELECT {FAVOUR} FROM favours \
                     WHERE ($1 IS NULL OR application_id = $1) AND ($2 IS NULL OR contact_id = $2) \
                     ORDER BY updated_at DESC, id DESC"
                ),
                params![filter.application.map(|a| a.0), filter.contact.map(|c| c.0)],
            )
            .await?;
        rows.iter_mut().map(favour_from).collect()
    }

    async fn acquaintances(&mut self) -> Result<Vec<(ContactId, ContactId, Option<String>)>> {
        let rows = self
            .rows(
                "SELECT contact_id, other_id, how FROM acquaintances ORDER BY contact_id, other_id",
                &[],
            )
            .await?;
        rows.into_iter()
            .map(|mut row| {
                Ok((
                    ContactId(int(&mut row, "contact_id")?),
                    ContactId(int(&mut row, "other_id")?),
                    opt_text(&mut row, "how")?,
                ))
            })
            .collect()
    }

    async fn contact_keys(&mut self) -> Result<Vec<ContactKey>> {
        let rows = self
            .rows(
                "SELECT p.id, p.name, p.email, p.linkedin, c.name AS company FROM contacts p \
                 LEFT JOIN companies c ON c.id = p.company_id ORDER BY p.id",
                &[],
            )
            .await?;
        rows.into_iter()
            .map(|mut row| {
                Ok(ContactKey {
                    id: ContactId(int(&mut row, "id")?),
                    name: text(&mut row, "name")?,
                    email: opt_text(&mut row, "email")?,
                    linkedin: opt_text(&mut row, "linkedin")?,
                    company: opt_text(&mut row, "company")?,
                })
            })
            .collect()
    }

    async fn insert_contacts(&mut self, new: &[NewContact], now: Timestamp) -> Result<u64> {
        let created = ts_text(now);
        let rows: Vec<Vec<Value>> = new
            .iter()
            .map(|c| crate::contacts::contact_values!(c, created.as_str()))
            .collect();
        self.insert_rows("contacts", &crate::contacts::CONTACT_INSERT, rows)
            .await?;
        Ok(new.len() as u64)
    }
}
