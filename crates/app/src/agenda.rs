//! The agenda use cases: what is due, and marking actions done, snoozed or dismissed.
//!
//! The agenda is computed, never stored: one read gathers the facts, the
//! pure engine in `afterview_core::agenda` turns them into actions. What
//! the person does with an action is stored as a mark (or, for a recruiter
//! check-in, as a touch that restarts the cadence).

use crate::{App, AppError, Result, parse_when, resolve, zone_of};
use afterview_core::agenda::{self, Action, ActionKind, Day, Facts, MustDo};
use afterview_core::follow::{ActionKey, ActionMark, MarkState, TouchVia};
use afterview_core::suggest::did_you_mean;
use afterview_core::{ApplicationId, ContactId, InterviewId, Invalid, LongText};
use afterview_store::prelude::*;
use afterview_store::{AgendaCacheMeta, AgendaChanges, FactsQuery};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use serde::Serialize;

/// One action as `today` and `agenda` show it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionView {
    /// Its name, for `done`, `snooze` and `dismiss`.
    pub key: String,
    /// Which rule made it.
    pub kind: ActionKind,
    /// Which habit it serves.
    pub must_do: MustDo,
    /// What to do.
    pub title: String,
    /// What it is about, as people read it.
    pub subject: String,
    /// The application it is about.
    pub application_id: Option<ApplicationId>,
    /// The interview it is about.
    pub interview_id: Option<InterviewId>,
    /// The person it is about.
    pub contact_id: Option<ContactId>,
    /// When it is due.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub due: Timestamp,
    /// The due time in the person's zone: `Wed 2026-11-25 17:00`.
    pub due_local: String,
    /// How far that is from now: "overdue by 3 h", "in 2 days".
    pub due_in: String,
    /// Why, in plain words.
    pub reason: String,
    /// The exact command that does it.
    pub command: String,
    /// Until when it was snoozed.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub snoozed_until: Option<Timestamp>,
}

impl ActionView {
    fn new(a: Action, now: Timestamp, zone: &TimeZone) -> ActionView {
        ActionView {
            key: a.key.to_string(),
            kind: a.kind,
            must_do: a.must_do,
            title: a.title,
            subject: a.subject.label,
            application_id: a.subject.application,
            interview_id: a.subject.interview,
            contact_id: a.subject.contact,
            due: a.due,
            due_local: afterview_core::time::show_local(a.due, zone),
            due_in: agenda::relative(a.due, now),
            reason: a.reason,
            command: a.command,
            snoozed_until: a.snoozed_until,
        }
    }
}

/// The agenda at one moment: overdue, due today, and the next seven days.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgendaView {
    /// The moment it is for.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub now: Timestamp,
    /// The zone "today" is read in.
    pub time_zone: String,
    /// Past due, most overdue first.
    pub overdue: Vec<ActionView>,
    /// Due later today.
    pub today: Vec<ActionView>,
    /// Due in the next seven days.
    pub upcoming: Vec<ActionView>,
    /// How many are overdue in all (the list may show only the first).
    pub overdue_count: usize,
    /// How many are due today in all.
    pub today_count: usize,
    /// How many are due in the next seven days in all.
    pub upcoming_count: usize,
    /// When the next action after those falls due.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub next_due: Option<Timestamp>,
}

/// A logged touch, as typed.
#[derive(Debug, Clone, Default)]
pub struct TouchInput {
    /// How: email, call, linkedin, meeting, message.
    pub via: Option<String>,
    /// What was said.
    pub note: Option<String>,
    /// When, in natural words (now when not given).
    pub at: Option<String>,
}

/// Monday 00:00 of the week `now` falls in, in `zone`.
pub(crate) fn week_start(now: Timestamp, zone: &TimeZone) -> Timestamp {
    let local = now.to_zoned_datetime(zone.clone());
    let back = i64::from(local.weekday().to_monday_zero_offset());
    local
        .date()
        .checked_sub(back.days())
        .ok()
        .and_then(|d| d.to_zoned_datetime(zone.clone()).ok())
        .map_or(now, |z| z.timestamp())
}

/// The agenda's facts kept in a process between computations.
#[derive(Debug)]
pub(crate) struct KeptFacts {
    facts: Facts,
    /// The applications [`Facts::warm_contacts`] was read for.
    near: Vec<ApplicationId>,
    /// The policy and zone they were read under.
    fingerprint: String,
    /// The store journal's point they reflect; none when the store keeps no
    /// journal, and so they are not kept.
    journal: Option<i64>,
    /// The latest moment they were brought up to date for.
    read_for: Timestamp,
    /// The actions computed from them, once computed.
    actions: Option<Vec<Action>>,
    /// The first moment they may no longer hold, the data unchanged.
    valid_until: Timestamp,
}

impl KeptFacts {
    /// Whether they can be brought up to date for `now`: read under the
    /// same policy and zone, and `now` within the span they hold for.
    fn holds(&self, fingerprint: &str, now: Timestamp) -> bool {
        self.fingerprint == fingerprint && self.read_for <= now && now < self.valid_until
    }
}

impl<S: Store> App<S> {
    /// The store's generation: it counts up with every committed write. An
    /// interface may keep what it computed from the data at one instant for
    /// as long as the generation is the same.
    pub async fn generation(&self) -> Result<i64> {
        let mut tx = self.store.read().await?;
        let generation = tx.generation().await?;
        tx.commit().await?;
        Ok(generation)
    }

    /// What the agenda's store read at `now` is bounded by.
    fn facts_query(&self, now: Timestamp, zone: &TimeZone) -> FactsQuery {
        let every = self.policy.recruiter_every.get();
        let forget = self.policy.forget_after.get();
        // A recruiter untouched for longer than the cadence plus the
        // forgetting window can only give a stale action: leave them out.
        let recruiters_since = (!every.is_zero()).then(|| {
            if forget.is_zero() {
                Timestamp::MIN
            } else {
                now.checked_sub(every + forget).unwrap_or(Timestamp::MIN)
            }
        });
        // Every after-interview action falls due within about three weeks
        // of the round (the last nudge); a round older than that plus the
        // forgetting window can only give stale actions.
        let since = (!forget.is_zero()).then(|| {
            let reach = forget + SignedDuration::from_hours(24 * 30);
            now.checked_sub(reach).unwrap_or(Timestamp::MIN)
        });
        FactsQuery {
            now,
            week_start: week_start(now, zone),
            recruiters_since,
            since,
        }
    }

    /// Reads the facts the rules need, for the agenda at `now`.
    pub(crate) async fn facts(
        &self,
        tx: &mut S::Tx,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<Facts> {
        let mut facts = tx.agenda_facts(&self.facts_query(now, zone)).await?;
        facts.zone = zone.clone();
        Ok(facts)
    }

    /// The facts at `now`: those kept in this process brought up to date by
    /// reading again only what writes changed since, when the store's
    /// journal tells and the kept ones still hold at `now`; else read whole.
    async fn current_facts(
        &self,
        kept: Option<KeptFacts>,
        tx: &mut S::Tx,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<KeptFacts> {
        let fingerprint = self.fingerprint(zone);
        if let Some(mut kept) = kept.filter(|k| k.holds(&fingerprint, now))
            && let Some(after) = kept.journal
            && let Some(changes) = tx.agenda_changes(Some(after)).await?
            && self.catch_up(tx, &mut kept, &changes, now, zone).await?
        {
            kept.journal = Some(changes.upto);
            kept.read_for = now;
            if !changes.is_empty() {
                kept.actions = None;
            }
            return Ok(kept);
        }
        let journal = tx.agenda_changes(None).await?.map(|c| c.upto);
        let facts = self.facts(tx, now, zone).await?;
        Ok(KeptFacts {
            near: facts.near_apps(now),
            facts,
            fingerprint,
            journal,
            read_for: now,
            valid_until: Timestamp::MAX,
            actions: None,
        })
    }

    /// Reads again what `changes` names into `kept`; false when that cannot
    /// give what a whole read would (the search ended or began again).
    async fn catch_up(
        &self,
        tx: &mut S::Tx,
        kept: &mut KeptFacts,
        changes: &AgendaChanges,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<bool> {
        if changes.is_empty() {
            return Ok(true);
        }
        // A person's new name is on every round they sat on.
        let mut apps = changes.applications.clone();
        if !changes.contacts.is_empty() {
            let on_panel = |p: &afterview_core::agenda::PersonFact| {
                changes.contacts.binary_search(&p.contact_id).is_ok()
            };
            apps.extend(
                kept.facts
                    .interviews
                    .iter()
                    .filter(|i| i.interviewers.iter().any(on_panel))
                    .map(|i| i.application_id),
            );
            apps.sort_unstable();
            apps.dedup();
        }
        let mut people = changes.contacts.clone();
        people.extend(&changes.touched);
        people.sort_unstable();
        people.dedup();
        let over = kept.facts.search_over_since().is_some();
        let part = tx
            .agenda_part(&self.facts_query(now, zone), &apps, &people)
            .await?;
        kept.facts.patch(part, &apps, &people);
        if kept.facts.search_over_since().is_some() != over {
            return Ok(false);
        }
        // Warm contacts again for the applications near now that changed or
        // came near, and for those a changed person may reach: at their
        // company, knowing someone on the panel, or chosen before. When who
        // knows whom or works where changed, for all of them.
        let near = kept.facts.near_apps(now);
        let (firms, known) = if changes.contacts.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            tx.agenda_reach(&changes.contacts).await?
        };
        let reached = |p: ContactId| {
            changes.contacts.binary_search(&p).is_ok() || known.binary_search(&p).is_ok()
        };
        let mut touched: Vec<ApplicationId> = kept
            .facts
            .interviews
            .iter()
            .filter(|i| i.interviewers.iter().any(|p| reached(p.contact_id)))
            .map(|i| i.application_id)
            .chain(
                kept.facts
                    .warm_contacts
                    .iter()
                    .filter(|w| reached(w.contact_id))
                    .map(|w| w.application_id),
            )
            .chain(
                kept.facts
                    .applications
                    .iter()
                    .filter(|a| firms.contains(&a.company))
                    .map(|a| a.id),
            )
            .chain(apps.iter().copied())
            .collect();
        touched.sort_unstable();
        let again: Vec<ApplicationId> = near
            .iter()
            .copied()
            .filter(|a| {
                changes.network
                    || touched.binary_search(a).is_ok()
                    || kept.near.binary_search(a).is_err()
            })
            .collect();
        kept.facts.warm_contacts.retain(|w| {
            near.binary_search(&w.application_id).is_ok()
                && again.binary_search(&w.application_id).is_err()
        });
        if !again.is_empty() {
            let panels: Vec<_> = kept
                .facts
                .panels(&again)
                .into_iter()
                .map(|(a, p)| (a, p.clone()))
                .collect();
            let warm = tx.agenda_warm(&again, &panels).await?;
            kept.facts.warm_contacts.extend(warm);
            kept.facts.warm_contacts.sort_by_key(|w| w.application_id);
        }
        kept.near = near;
        if changes.practice {
            kept.facts.practice = tx.practice_summary(now).await?;
        }
        Ok(true)
    }

    /// The actions at `now` from the facts in `slot` (brought up to date,
    /// or read whole), which then holds them for the next computation when
    /// the store's journal can bring them up to date; with `settle`, also
    /// the rounds nothing is left to do about.
    async fn actions_kept(
        &self,
        slot: &mut Option<KeptFacts>,
        tx: &mut S::Tx,
        now: Timestamp,
        zone: &TimeZone,
        settle: bool,
    ) -> Result<(Vec<Action>, Timestamp, Vec<InterviewId>)> {
        let mut kept = self.current_facts(slot.take(), tx, now, zone).await?;
        let actions = self.actions_of(&mut kept, now);
        let settled = if settle {
            agenda::settled_rounds(&kept.facts, now, &actions)
        } else {
            Vec::new()
        };
        let valid_until = kept.valid_until;
        if kept.journal.is_some() {
            *slot = Some(kept);
        }
        Ok((actions, valid_until, settled))
    }

    /// The actions at `now` from kept facts: those computed last when
    /// nothing changed since (the facts hold, so time alone has not changed
    /// them), else the rules applied again.
    fn actions_of(&self, kept: &mut KeptFacts, now: Timestamp) -> Vec<Action> {
        if let Some(actions) = &kept.actions {
            return actions.clone();
        }
        let actions = agenda::agenda(&kept.facts, now, &self.policy);
        let until = agenda::stable_until(&kept.facts, now, &self.policy, &actions);
        kept.valid_until = kept.valid_until.min(until);
        if kept.journal.is_some() {
            kept.actions = Some(actions.clone());
        }
        actions
    }

    /// Every action due or coming at `now`.
    pub(crate) async fn actions_at(
        &self,
        tx: &mut S::Tx,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<Vec<Action>> {
        let mut slot = self.kept.lock().await;
        Ok(self.actions_kept(&mut slot, tx, now, zone, false).await?.0)
    }

    /// The facts the rules read for the agenda at `at`, with the profile's
    /// zone: what [`App::compute_agenda`] spends its store read on.
    pub async fn agenda_facts(&self, at: Timestamp) -> Result<Facts> {
        let mut tx = self.store.read().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let facts = self.facts(&mut tx, at, &zone).await?;
        tx.commit().await?;
        Ok(facts)
    }

    /// Every action at `at`, computed afresh from the data (what `today`
    /// does after a write), without keeping it.
    pub async fn compute_agenda(&self, at: Timestamp) -> Result<Vec<Action>> {
        let mut tx = self.store.read().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let actions = self.actions_at(&mut tx, at, &zone).await?;
        tx.commit().await?;
        Ok(actions)
    }

    /// What a kept agenda must have been computed with to be reused: the
    /// policy, the zone and this build.
    fn fingerprint(&self, zone: &TimeZone) -> String {
        format!(
            "{} {} {}",
            env!("CARGO_PKG_VERSION"),
            zone.iana_name().unwrap_or("UTC"),
            serde_json::to_string(&self.policy).unwrap_or_default()
        )
    }

    /// Whether the kept agenda holds at `now`: `None` when it does, else
    /// whether it was kept under another policy or zone.
    async fn kept_is_stale(
        &self,
        tx: &mut S::Tx,
        now: Timestamp,
        fingerprint: &str,
    ) -> Result<Option<bool>> {
        let generation = tx.generation().await?;
        let meta = tx.agenda_cache_meta().await?;
        if let Some(meta) = &meta
            && meta.generation == generation
            && meta.fingerprint == fingerprint
            && meta.computed_for <= now
            && now < meta.valid_until
        {
            return Ok(None);
        }
        Ok(Some(meta.is_some_and(|m| m.fingerprint != fingerprint)))
    }

    /// Computes the agenda at `now` afresh and keeps it, with the rounds
    /// nothing is left to do about marked settled. Keeping it is a courtesy:
    /// when that fails (a read-only file), the actions are returned all the
    /// same.
    async fn recompute(
        &self,
        now: Timestamp,
        zone: &TimeZone,
        policy_changed: bool,
    ) -> Result<Vec<Action>> {
        // A database that cannot be written (a read-only file) still shows
        // its agenda, computed afresh each time.
        let mut tx = match self.store.write().await {
            Ok(tx) => tx,
            Err(_) => {
                let mut tx = self.store.read().await?;
                return self.actions_at(&mut tx, now, zone).await;
            }
        };
        let generation = tx.generation().await?;
        // Rounds were settled under the old policy (what counts as stale,
        // say): read them all again.
        if policy_changed {
            tx.unsettle_all().await?;
        }
        // Rounds nothing is left to do about are not read again; like the
        // kept agenda, this is bookkeeping, not a change of the data.
        let mut slot = self.kept.lock().await;
        let (actions, valid_until, settled) = self
            .actions_kept(&mut slot, &mut tx, now, zone, true)
            .await?;
        drop(slot);
        let meta = AgendaCacheMeta {
            generation,
            fingerprint: self.fingerprint(zone),
            computed_for: now,
            valid_until,
        };
        let kept = async {
            tx.settle_rounds(&settled, now).await?;
            tx.save_agenda_cache(&meta, &actions).await
        }
        .await;
        if kept.is_ok() {
            let _ = tx.commit().await;
        }
        Ok(actions)
    }

    /// The agenda now, or at a time in natural words (`"friday 9am"`); with
    /// a `limit`, only the most urgent of each group (the counts are whole).
    ///
    /// Now, while the kept agenda holds, everything comes from one read
    /// transaction: the zone, the check, and a page of the kept actions.
    pub async fn agenda(&self, at: Option<&str>, limit: Option<usize>) -> Result<AgendaView> {
        let mut tx = self.store.read().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let now = match at {
            Some(text) => parse_when("at", text, &self.now().to_zoned_datetime(zone.clone()))?,
            None => self.now(),
        };
        let views = |list: Vec<Action>| -> Vec<ActionView> {
            list.into_iter()
                .map(|a| ActionView::new(a, now, &zone))
                .collect()
        };
        // Another moment than now is computed afresh and not kept. A
        // process that keeps facts which hold now (a server) computes from
        // them: after a write that is quicker than rewriting the kept
        // agenda's table, which only a new process needs.
        let fingerprint = self.fingerprint(&zone);
        let kept_hold =
            (self.kept.lock().await.as_ref()).is_some_and(|k| k.holds(&fingerprint, now));
        let actions = match at {
            Some(_) => {
                let facts = self.facts(&mut tx, now, &zone).await?;
                agenda::agenda(&facts, now, &self.policy)
            }
            None if kept_hold => {
                let mut slot = self.kept.lock().await;
                self.actions_kept(&mut slot, &mut tx, now, &zone, false)
                    .await?
                    .0
            }
            None => match self.kept_is_stale(&mut tx, now, &fingerprint).await? {
                None => {
                    let (end_of_today, horizon) = agenda::day_bounds(now, &zone);
                    let (overdue, overdue_count) =
                        tx.cached_actions(None, Some(now), limit).await?;
                    let (today, today_count) = tx
                        .cached_actions(Some(now), Some(end_of_today), limit)
                        .await?;
                    let (upcoming, upcoming_count) = tx
                        .cached_actions(Some(end_of_today), Some(horizon), limit)
                        .await?;
                    let (next, _) = tx.cached_actions(Some(horizon), None, Some(1)).await?;
                    return Ok(AgendaView {
                        now,
                        time_zone: zone.iana_name().unwrap_or("UTC").to_owned(),
                        overdue: views(overdue),
                        today: views(today),
                        upcoming: views(upcoming),
                        overdue_count,
                        today_count,
                        upcoming_count,
                        next_due: next.first().map(|a| a.due),
                    });
                }
                Some(policy_changed) => {
                    drop(tx);
                    self.recompute(now, &zone, policy_changed).await?
                }
            },
        };
        let Day {
            overdue,
            today,
            upcoming,
            next_due,
        } = agenda::day(actions, now, &zone);
        let cut = |mut list: Vec<Action>| {
            let total = list.len();
            if let Some(l) = limit {
                list.truncate(l);
            }
            (views(list), total)
        };
        let (overdue, overdue_count) = cut(overdue);
        let (today, today_count) = cut(today);
        let (upcoming, upcoming_count) = cut(upcoming);
        Ok(AgendaView {
            now,
            time_zone: zone.iana_name().unwrap_or("UTC").to_owned(),
            overdue,
            today,
            upcoming,
            overdue_count,
            today_count,
            upcoming_count,
            next_due,
        })
    }

    /// Finds an action that is on the agenda now, or says why it is not.
    async fn pending(
        &self,
        tx: &mut S::Tx,
        key: &str,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<Action> {
        let key = ActionKey::parse(key)?;
        let actions = self.actions_at(tx, now, zone).await?;
        if let Some(action) = actions.iter().find(|a| a.key == key) {
            return Ok(action.clone());
        }
        if let Some(mark) = tx.mark(&key).await? {
            let when = afterview_core::time::show_local(mark.at, zone);
            return Err(AppError::Refused(match mark.state {
                MarkState::Done => format!("{key} was already done ({when})"),
                MarkState::Dismissed => format!("{key} was dismissed ({when})"),
                MarkState::Snoozed => format!("{key} is no longer due"),
            }));
        }
        let near = did_you_mean(key.as_str(), actions.iter().map(|a| a.key.as_str()))
            .map(|k| format!(" (did you mean {k}?)"))
            .unwrap_or_default();
        Err(AppError::NotFound(format!(
            "no action named {key} is due{near}; `afterview today` lists them"
        )))
    }

    async fn save_mark(
        &self,
        tx: &mut S::Tx,
        action: &Action,
        state: MarkState,
        until: Option<Timestamp>,
        reason: Option<String>,
    ) -> Result<()> {
        tx.save_mark(&ActionMark {
            key: action.key.clone(),
            state,
            at: self.now(),
            until,
            reason,
            application_id: action.subject.application,
            interview_id: action.subject.interview,
        })
        .await?;
        Ok(())
    }

    /// Marks an action done. Reaching out to someone (a thank-you, a
    /// follow-up, a nudge, a check-in) also logs a touch with them; a
    /// recruiter check-in is only a touch, which restarts its cadence.
    pub async fn done(&self, key: &str, note: Option<&str>) -> Result<ActionView> {
        let now = self.now();
        let note = note
            .filter(|n| !n.trim().is_empty())
            .map(|n| LongText::parse("note", n))
            .transpose()?;
        let mut tx = self.store.write().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let action = self.pending(&mut tx, key, now, &zone).await?;
        self.do_action(&mut tx, &action, now, note).await?;
        tx.commit().await?;
        Ok(ActionView::new(action, now, &zone))
    }

    /// Records that an action was done: a touch with the person it reaches
    /// out to, and the mark that clears it (a recruiter's cadence restarts
    /// from the touch instead).
    pub(crate) async fn do_action(
        &self,
        tx: &mut S::Tx,
        action: &Action,
        now: Timestamp,
        note: Option<LongText>,
    ) -> Result<()> {
        let reaches_out = matches!(
            action.kind,
            ActionKind::Thank
                | ActionKind::FollowUp
                | ActionKind::Nudge
                | ActionKind::DecisionCheckIn
                | ActionKind::RecruiterCheckIn
                | ActionKind::Withdraw
        );
        if let Some(contact) = action.subject.contact.filter(|_| reaches_out) {
            tx.insert_touch(contact, now, TouchVia::Email, note.as_ref())
                .await?;
        }
        if action.kind != ActionKind::RecruiterCheckIn {
            self.save_mark(tx, action, MarkState::Done, None, note.map(String::from))
                .await?;
        }
        Ok(())
    }

    /// The action with this key if the agenda at `now` lists it.
    pub(crate) async fn listed_action(
        &self,
        tx: &mut S::Tx,
        key: &ActionKey,
        now: Timestamp,
        zone: &TimeZone,
    ) -> Result<Option<Action>> {
        let actions = self.actions_at(tx, now, zone).await?;
        Ok(actions.into_iter().find(|a| &a.key == key))
    }

    /// Puts an action off until a time in natural words.
    pub async fn snooze(&self, key: &str, until: &str) -> Result<ActionView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let until = parse_when("until", until, &now.to_zoned_datetime(zone.clone()))?;
        if until <= now {
            return Err(Invalid::new(
                "until",
                format!(
                    "{} has already passed; snooze until a later time, e.g. \"tomorrow 9am\"",
                    afterview_core::time::show_local(until, &zone)
                ),
            )
            .into());
        }
        let mut action = self.pending(&mut tx, key, now, &zone).await?;
        self.save_mark(&mut tx, &action, MarkState::Snoozed, Some(until), None)
            .await?;
        tx.commit().await?;
        action.due = action.due.max(until);
        action.snoozed_until = Some(until);
        Ok(ActionView::new(action, now, &zone))
    }

    /// Dismisses an action for good, with a reason.
    pub async fn dismiss(&self, key: &str, why: &str) -> Result<ActionView> {
        let now = self.now();
        let why = afterview_core::Name::parse("why", why).map_err(|_| {
            Invalid::new(
                "why",
                "say in a few words why the action will not be done, e.g. --why \"they filled the role\"",
            )
        })?;
        let mut tx = self.store.write().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let action = self.pending(&mut tx, key, now, &zone).await?;
        self.save_mark(
            &mut tx,
            &action,
            MarkState::Dismissed,
            None,
            Some(why.into()),
        )
        .await?;
        tx.commit().await?;
        Ok(ActionView::new(action, now, &zone))
    }

    /// Logs a touch with a person, which restarts their check-in cadence.
    pub async fn touch(
        &self,
        who: &str,
        input: &TouchInput,
    ) -> Result<afterview_core::follow::Touch> {
        let now = self.now();
        let via: TouchVia = input.via.as_deref().unwrap_or("email").parse()?;
        let note = input
            .note
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .map(|n| LongText::parse("note", n))
            .transpose()?;
        let mut tx = self.store.write().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let at = match &input.at {
            Some(text) => parse_when("at", text, &now.to_zoned_datetime(zone))?,
            None => now,
        };
        if at > now.checked_add(SignedDuration::from_mins(5)).unwrap_or(now) {
            return Err(Invalid::new(
                "at",
                "a touch is something that happened; give a time in the past, or leave --at out for now",
            )
            .into());
        }
        let contact = resolve::contact(&mut tx, who).await?;
        let touch = tx.insert_touch(contact.id, at, via, note.as_ref()).await?;
        tx.commit().await?;
        Ok(touch)
    }
}
