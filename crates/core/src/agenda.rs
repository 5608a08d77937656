//! The agenda: every action due, as a pure function of the data, the time and a policy.
//!
//! Nothing here is stored. Each rule (one small unit in [`rules`]) looks at
//! the [`Facts`] a store read gives it and proposes [`Action`]s with a stable
//! key, a due time, a reason in plain words and the exact command that does
//! it. The engine then applies what the person did (an [`ActionMark`]: done,
//! snoozed or dismissed), drops what went stale, and sorts by due time. The
//! same facts, time and policy always give the same agenda.

pub mod policy;
pub mod rules;

#[cfg(test)]
mod tests;

use crate::application::ApplicationStatus;
use crate::choice_enum;
use crate::debrief::{Decision, Owed};
use crate::follow::{ActionKey, ActionMark, MarkState, Offer};
use crate::hash::FastMap;
use crate::ids::{ApplicationId, ContactId, InterviewId, LetterId};
use crate::interview::{InterviewKind, InterviewStatus, InterviewerRole};
use crate::letter::LetterState;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
pub use policy::Policy;
use serde::Serialize;
use std::collections::HashMap;

choice_enum! {
    /// Which of the five habits an action serves.
    MustDo, "must-do" {
        /// Debrief the interview while it is fresh (and prepare the next).
        Assess = "assess",
        /// Follow up with the hiring contact, and nudge after silence.
        FollowUp = "follow-up",
        /// Thank every interviewer.
        ThankYou = "thank-you",
        /// Work the network toward the decision.
        Network = "network",
        /// Keep the search going until an offer is signed.
        KeepSearching = "keep-searching",
    }
}

choice_enum! {
    /// What kind of thing an action asks for; one per rule.
    ActionKind, "action kind" {
        /// Write the debrief of an interview that ended.
        Debrief = "debrief",
        /// Send something promised in an interview.
        SendOwed = "send-owed",
        /// Thank one interviewer.
        Thank = "thank",
        /// Follow up with the hiring contact.
        FollowUp = "follow-up",
        /// Nudge after a follow-up got no answer.
        Nudge = "nudge",
        /// Prepare for an upcoming interview.
        Prepare = "prepare",
        /// Answer an offer before its deadline.
        AnswerOffer = "answer-offer",
        /// Ask how things stand once the decision date has passed.
        DecisionCheckIn = "decision-check-in",
        /// Keep in touch with a recruiter.
        RecruiterCheckIn = "recruiter-check-in",
        /// Send applications toward the weekly target.
        WeeklyTarget = "weekly-target",
        /// Too few live applications.
        ThinPipeline = "thin-pipeline",
        /// Withdraw politely once hired elsewhere.
        Withdraw = "withdraw",
        /// Ask someone who reaches the decision for a good word.
        AskGoodWord = "ask-good-word",
        /// Thank someone who put in a good word.
        ThankHelper = "thank-helper",
        /// Practise the questions that are due.
        Practice = "practice",
    }
}

impl ActionKind {
    /// Its place in the agenda's order among actions due at the same time.
    pub fn rank(self) -> i64 {
        ActionKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as i64
    }

    /// The habit this kind of action serves.
    pub fn must_do(self) -> MustDo {
        match self {
            ActionKind::Debrief | ActionKind::Prepare => MustDo::Assess,
            ActionKind::SendOwed
            | ActionKind::FollowUp
            | ActionKind::Nudge
            | ActionKind::DecisionCheckIn => MustDo::FollowUp,
            ActionKind::Thank => MustDo::ThankYou,
            ActionKind::AskGoodWord | ActionKind::ThankHelper => MustDo::Network,
            ActionKind::RecruiterCheckIn
            | ActionKind::WeeklyTarget
            | ActionKind::ThinPipeline
            | ActionKind::AnswerOffer
            | ActionKind::Withdraw
            | ActionKind::Practice => MustDo::KeepSearching,
        }
    }
}

/// What an action is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subject {
    /// The application, if any.
    pub application: Option<ApplicationId>,
    /// The interview, if any.
    pub interview: Option<InterviewId>,
    /// The person, if any.
    pub contact: Option<ContactId>,
    /// How people read it: "Acme · Backend Engineer · round 2".
    pub label: String,
}

/// One thing to do, by when, why, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Its stable name, for `afterview done|snooze|dismiss`.
    pub key: ActionKey,
    /// Which rule made it.
    pub kind: ActionKind,
    /// Which habit it serves.
    pub must_do: MustDo,
    /// What to do, in a few words.
    pub title: String,
    /// What it is about.
    pub subject: Subject,
    /// When it is due (after a snooze, when the snooze ends).
    pub due: Timestamp,
    /// Why, in plain words.
    pub reason: String,
    /// The exact command that does it.
    pub command: String,
    /// Until when it was snoozed, if it was.
    pub snoozed_until: Option<Timestamp>,
}

/// An application the rules look at: the live ones, and hired ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFact {
    /// Its number.
    pub id: ApplicationId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// When it was added.
    pub created_at: Timestamp,
    /// When its status last changed: any answer from the company moves it.
    pub status_changed_at: Timestamp,
}

/// Someone on an interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonFact {
    /// The person.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// Their part in the interview.
    pub role: InterviewerRole,
}

/// An interview of an application the rules look at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewFact {
    /// Its number.
    pub id: InterviewId,
    /// Its application.
    pub application_id: ApplicationId,
    /// Its round.
    pub round: i64,
    /// Its kind.
    pub kind: InterviewKind,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// Whether it happened.
    pub status: InterviewStatus,
    /// Who sat on it, in the order they were added.
    pub interviewers: Vec<PersonFact>,
}

impl InterviewFact {
    /// Whether it took place: marked done, or still scheduled with its end
    /// passed (people forget to mark it; the time going by is evidence enough).
    pub fn happened(&self, now: Timestamp) -> bool {
        match self.status {
            InterviewStatus::Done => true,
            InterviewStatus::Scheduled => self.ends_at <= now,
            InterviewStatus::Cancelled | InterviewStatus::NoShow => false,
        }
    }

    /// The person to follow up with: the hiring manager, else the recruiter,
    /// else the first interviewer.
    pub fn hiring_contact(&self) -> Option<&PersonFact> {
        let with = |role| self.interviewers.iter().find(|p| p.role == role);
        with(InterviewerRole::HiringManager)
            .or_else(|| with(InterviewerRole::Recruiter))
            .or_else(|| self.interviewers.first())
    }
}

/// The latest debrief of an interview, as far as the rules care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefFact {
    /// The interview.
    pub interview_id: InterviewId,
    /// What was promised.
    pub owed: Vec<Owed>,
    /// When they said they would decide.
    pub decision: Option<Decision>,
}

/// A letter the agenda cares about: one not sent yet (its action points at
/// it), or a sent one that got a reply (which stops the nudges).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterFact {
    /// Its number.
    pub id: LetterId,
    /// The interview it is about, if any.
    pub interview_id: Option<InterviewId>,
    /// The action it answers, if any.
    pub action_key: Option<ActionKey>,
    /// Where it stands.
    pub state: LetterState,
    /// When its answer came.
    pub replied_at: Option<Timestamp>,
}

/// A recruiter in the contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecruiterFact {
    /// The person.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// Their company's name.
    pub company: Option<String>,
    /// When they were added.
    pub added: Timestamp,
    /// The latest logged touch.
    pub last_contact: Option<Timestamp>,
}

/// How near a round must be for a good word to help, before or after it:
/// decisions are made in the days after an interview. The store reads
/// [`Facts::warm_contacts`] only for applications with such a round.
pub const GOOD_WORD_WITHIN: SignedDuration = SignedDuration::from_hours(48);

/// Someone who reaches the decision on an application (the closest such
/// contact): at the company now, or knowing one of its interviewers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarmFact {
    /// The application.
    pub application_id: ApplicationId,
    /// The person.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// How they reach it, as words after their name: "works at Acme",
    /// "knows Jane Doe, who interviewed you".
    pub reach: String,
}

/// A favour asked for an application in play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FavourFact {
    /// Its number.
    pub id: i64,
    /// The application.
    pub application_id: ApplicationId,
    /// Who was asked.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// Where it stands.
    pub state: crate::network::FavourState,
    /// When they said it was done.
    pub done_at: Option<Timestamp>,
    /// The latest touch with them.
    pub last_contact: Option<Timestamp>,
}

/// Everything the rules read, gathered by one store read.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The person's time zone: business days and weeks are theirs.
    pub zone: TimeZone,
    /// Hired applications, and those in play that a rule may speak of: every
    /// one interviewing or with an offer, and the merely applied ones when
    /// they have a round or the search is over (to withdraw from).
    pub applications: Vec<AppFact>,
    /// How many applications are in play (applied, interviewing, offer).
    pub live_applications: u32,
    /// When the newest application in play was added.
    pub newest_live_application: Option<Timestamp>,
    /// Their interviews, but for rounds already settled.
    pub interviews: Vec<InterviewFact>,
    /// Each application's highest round, settled or not: a later round
    /// counts as an answer.
    pub last_rounds: Vec<(ApplicationId, i64)>,
    /// The latest debrief of each of those interviews that has one.
    pub debriefs: Vec<DebriefFact>,
    /// Offers on those applications.
    pub offers: Vec<Offer>,
    /// Everyone tagged recruiter.
    pub recruiters: Vec<RecruiterFact>,
    /// Applications moved to `applied` since the start of this week.
    pub applied_this_week: u32,
    /// Whether any application was ever added: the search-wide rules
    /// (weekly target, thin pipeline) wait until the search has begun.
    pub search_started: bool,
    /// What the person did with actions about these applications (or none).
    pub marks: Vec<ActionMark>,
    /// Letters not sent yet, and sent ones about these rounds that got a reply.
    pub letters: Vec<LetterFact>,
    /// For applications with a round here, the closest person who reaches
    /// the decision (one per application).
    pub warm_contacts: Vec<WarmFact>,
    /// Favours asked for applications in play.
    pub favours: Vec<FavourFact>,
    /// How many practice cards are due, and when the next one falls due.
    pub practice: crate::practice::PracticeSummary,
}

impl Facts {
    /// Counts the applications in play from the list, for facts built by
    /// hand (tests) rather than read from a store.
    pub fn count_live(&mut self) {
        let live = self.applications.iter().filter(|a| is_in_play(a.status));
        self.live_applications = live.clone().count() as u32;
        self.newest_live_application = live.map(|a| a.created_at).max();
    }

    /// When the latest hire happened, if the search is over: a hire with no
    /// application added after it. A new application restarts the search.
    pub fn search_over_since(&self) -> Option<Timestamp> {
        let hired = self
            .applications
            .iter()
            .filter(|a| a.status == ApplicationStatus::Hired)
            .map(|a| a.status_changed_at)
            .max()?;
        let newer = self
            .newest_live_application
            .is_some_and(|newest| newest > hired);
        (!newer).then_some(hired)
    }

    /// The applications with a round within [`GOOD_WORD_WITHIN`] of `now`,
    /// before or after it, sorted: those [`Facts::warm_contacts`] is read for.
    pub fn near_apps(&self, now: Timestamp) -> Vec<ApplicationId> {
        let near = |t: Timestamp| t.duration_since(now).abs() <= GOOD_WORD_WITHIN;
        let mut apps: Vec<ApplicationId> = self
            .interviews
            .iter()
            .filter(|i| near(i.starts_at) || near(i.ends_at))
            .map(|i| i.application_id)
            .collect();
        apps.sort_unstable();
        apps.dedup();
        apps
    }

    /// Everyone on a round of one of `apps` (sorted), with the application.
    pub fn panels(&self, apps: &[ApplicationId]) -> Vec<(ApplicationId, &PersonFact)> {
        self.interviews
            .iter()
            .filter(|i| apps.binary_search(&i.application_id).is_ok())
            .flat_map(|i| i.interviewers.iter().map(move |p| (i.application_id, p)))
            .collect()
    }

    /// Puts a part read again into these facts: everything about `apps`
    /// (sorted) and the recruiters among `contacts` is replaced by what
    /// `part` holds, and the search-wide facts (the counts, the marks on no
    /// application, the letters not sent yet, the favours) are taken from it
    /// whole. The warm contacts, practice and the zone stay as they are.
    ///
    /// An applied application in `part` is kept only as a whole read keeps
    /// it: with a round, or once the search is over.
    pub fn patch(&mut self, part: Facts, apps: &[ApplicationId], contacts: &[ContactId]) {
        let about = |app: &ApplicationId| apps.binary_search(app).is_ok();
        let gone: crate::hash::FastSet<InterviewId> = self
            .interviews
            .iter()
            .filter(|i| about(&i.application_id))
            .map(|i| i.id)
            .collect();
        splice(
            &mut self.applications,
            part.applications,
            |a| about(&a.id),
            |a, b| a.id.cmp(&b.id),
        );
        self.live_applications = part.live_applications;
        self.newest_live_application = part.newest_live_application;
        splice(
            &mut self.interviews,
            part.interviews,
            |i| about(&i.application_id),
            |a, b| a.id.cmp(&b.id),
        );
        splice(
            &mut self.last_rounds,
            part.last_rounds,
            |(a, _)| about(a),
            |a, b| a.cmp(b),
        );
        let gone_round = |i: &InterviewId| gone.contains(i);
        splice(
            &mut self.debriefs,
            part.debriefs,
            |d| gone_round(&d.interview_id),
            |a, b| a.interview_id.cmp(&b.interview_id),
        );
        splice(
            &mut self.offers,
            part.offers,
            |o| about(&o.application_id),
            |a, b| a.application_id.cmp(&b.application_id),
        );
        let recruiter = |r: &RecruiterFact| contacts.binary_search(&r.contact_id).is_ok();
        splice(&mut self.recruiters, part.recruiters, recruiter, |a, b| {
            a.contact_id.cmp(&b.contact_id)
        });
        self.applied_this_week = part.applied_this_week;
        self.search_started = part.search_started;
        // Marks on no application, and letters not sent, come whole.
        let mark = |m: &ActionMark| m.application_id.is_none_or(|a| about(&a));
        splice(&mut self.marks, part.marks, mark, |a, b| a.key.cmp(&b.key));
        let letter = |l: &LetterFact| {
            l.state != LetterState::Sent || l.interview_id.is_some_and(|i| gone_round(&i))
        };
        splice(&mut self.letters, part.letters, letter, |a, b| {
            a.id.cmp(&b.id)
        });
        self.favours = part.favours;
        if self.search_over_since().is_none() {
            let with_round: crate::hash::FastSet<ApplicationId> =
                self.interviews.iter().map(|i| i.application_id).collect();
            self.applications.retain(|a| {
                a.status != ApplicationStatus::Applied
                    || !about(&a.id)
                    || with_round.contains(&a.id)
            });
        }
    }

    /// Facts with nothing in them, in a time zone.
    pub fn empty(zone: TimeZone) -> Facts {
        Facts {
            zone,
            applications: Vec::new(),
            live_applications: 0,
            newest_live_application: None,
            interviews: Vec::new(),
            last_rounds: Vec::new(),
            debriefs: Vec::new(),
            offers: Vec::new(),
            recruiters: Vec::new(),
            applied_this_week: 0,
            search_started: false,
            marks: Vec::new(),
            letters: Vec::new(),
            warm_contacts: Vec::new(),
            favours: Vec::new(),
            practice: Default::default(),
        }
    }
}

/// The facts indexed for the rules, with the time and the policy.
pub struct Ctx<'a> {
    /// The facts.
    pub facts: &'a Facts,
    /// The time the agenda is for.
    pub now: Timestamp,
    /// The tunable rules.
    pub policy: &'a Policy,
    apps: FastMap<ApplicationId, &'a AppFact>,
    debriefs: FastMap<InterviewId, &'a DebriefFact>,
    marks: FastMap<&'a str, &'a ActionMark>,
    later_round: FastMap<ApplicationId, i64>,
}

impl<'a> Ctx<'a> {
    /// Indexes the facts.
    pub fn new(facts: &'a Facts, now: Timestamp, policy: &'a Policy) -> Ctx<'a> {
        let mut later_round = FastMap::default();
        let rounds = facts.interviews.iter().map(|i| (i.application_id, i.round));
        for (app, round) in rounds.chain(facts.last_rounds.iter().copied()) {
            let top = later_round.entry(app).or_insert(round);
            *top = (*top).max(round);
        }
        Ctx {
            facts,
            now,
            policy,
            apps: facts.applications.iter().map(|a| (a.id, a)).collect(),
            debriefs: facts.debriefs.iter().map(|d| (d.interview_id, d)).collect(),
            marks: facts.marks.iter().map(|m| (m.key.as_str(), m)).collect(),
            later_round,
        }
    }

    /// A live application by id (none when it is closed or unknown).
    pub fn live_app(&self, id: ApplicationId) -> Option<&'a AppFact> {
        self.apps.get(&id).copied().filter(|a| is_in_play(a.status))
    }

    /// Every live application, in the order the facts list them.
    pub fn live_apps(&self) -> impl Iterator<Item = &'a AppFact> + '_ {
        self.facts
            .applications
            .iter()
            .filter(|a| is_in_play(a.status))
    }

    /// The debrief of an interview.
    pub fn debrief(&self, id: InterviewId) -> Option<&'a DebriefFact> {
        self.debriefs.get(&id).copied()
    }

    /// The mark on an action.
    pub fn mark(&self, key: &ActionKey) -> Option<&'a ActionMark> {
        self.marks.get(key.as_str()).copied()
    }

    /// Whether an action would be left out anyway (done, dismissed, or
    /// stale and not snoozed past its due time), so that a rule can skip
    /// writing its words: most of a long search's actions are done.
    pub fn settled(&self, key: &ActionKey, due: Timestamp) -> bool {
        match self.mark(key) {
            Some(m) if matches!(m.state, MarkState::Done | MarkState::Dismissed) => return true,
            Some(m) if m.until.is_some_and(|u| u > due) => return false,
            _ => {}
        }
        let forget = self.policy.forget_after.get();
        !forget.is_zero() && plus(due, forget) < self.now
    }

    /// When an action was marked done.
    pub fn done_at(&self, key: &ActionKey) -> Option<Timestamp> {
        self.mark(key)
            .filter(|m| m.state == MarkState::Done)
            .map(|m| m.at)
    }

    /// When a letter about this interview last got a reply, if one did.
    pub fn replied_at(&self, interview: InterviewId) -> Option<Timestamp> {
        self.facts
            .letters
            .iter()
            .filter(|l| l.interview_id == Some(interview))
            .filter_map(|l| l.replied_at)
            .max()
    }

    /// Whether the application has a round after this one.
    pub fn has_later_round(&self, app: ApplicationId, round: i64) -> bool {
        self.later_round.get(&app).is_some_and(|top| *top > round)
    }

    /// When the latest hire happened, if the search is over: a hire with no
    /// application added after it. A new application restarts the search.
    pub fn search_over_since(&self) -> Option<Timestamp> {
        self.facts.search_over_since()
    }

    /// `at` plus `days` business days (Monday to Friday) in the person's zone,
    /// keeping the time of day.
    pub fn add_business_days(&self, at: Timestamp, days: u32) -> Timestamp {
        let mut local = at.to_zoned_datetime(self.facts.zone.clone());
        let mut left = days;
        while left > 0 {
            match local.checked_add(1.day()) {
                Ok(next) => local = next,
                Err(_) => return at,
            }
            if !matches!(
                local.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            ) {
                left -= 1;
            }
        }
        local.timestamp()
    }

    /// Shows an instant the way the reasons use it: `Tue 14:45`.
    pub fn short_time(&self, at: Timestamp) -> ShortTime {
        ShortTime(self.facts.zone.to_datetime(at))
    }
}

/// A time as the rules' reasons write it: "Tue 2026-11-24 10:00". It is
/// written straight into the reason: a string of its own for each was a
/// visible share of computing a large agenda.
#[derive(Debug, Clone, Copy)]
pub struct ShortTime(jiff::civil::DateTime);

impl std::fmt::Display for ShortTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let dt = self.0;
        let day = match dt.weekday() {
            jiff::civil::Weekday::Monday => "Mon",
            jiff::civil::Weekday::Tuesday => "Tue",
            jiff::civil::Weekday::Wednesday => "Wed",
            jiff::civil::Weekday::Thursday => "Thu",
            jiff::civil::Weekday::Friday => "Fri",
            jiff::civil::Weekday::Saturday => "Sat",
            jiff::civil::Weekday::Sunday => "Sun",
        };
        write!(
            f,
            "{day} {:04}-{:02}-{:02} {:02}:{:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute()
        )
    }
}

/// Replaces the items of `list` that `stale` picks by those of `fresh`, and
/// sorts the whole by `order`, as a whole read returns it.
fn splice<T>(
    list: &mut Vec<T>,
    fresh: Vec<T>,
    stale: impl Fn(&T) -> bool,
    order: impl FnMut(&T, &T) -> std::cmp::Ordering,
) {
    list.retain(|item| !stale(item));
    list.extend(fresh);
    list.sort_by(order);
}

/// Whether an application is still in play for the agenda: sent and not
/// closed. A saved one has not been sent, so nothing follows from it yet.
pub fn is_in_play(status: ApplicationStatus) -> bool {
    matches!(
        status,
        ApplicationStatus::Applied | ApplicationStatus::Interviewing | ApplicationStatus::Offer
    )
}

/// Adds a duration to an instant, staying in range.
pub fn plus(at: Timestamp, d: SignedDuration) -> Timestamp {
    at.checked_add(d).unwrap_or(at)
}

/// Every action due or coming, most urgent first.
///
/// Done and dismissed actions are left out; a snoozed one comes back when its
/// snooze ends; one overdue by more than the policy's `forget_after` is
/// dropped as stale (a thank-you a month late does more harm than good).
pub fn agenda(facts: &Facts, now: Timestamp, policy: &Policy) -> Vec<Action> {
    let ctx = Ctx::new(facts, now, policy);
    // Room for about what the rules propose, so that the vector of large
    // actions is not copied as it grows.
    let mut actions = Vec::with_capacity(facts.recruiters.len() + 4 * facts.interviews.len() + 16);
    for rule in rules::ALL {
        (rule.run)(&ctx, &mut actions);
    }
    let forget = policy.forget_after.get();
    actions.retain_mut(|action| {
        match ctx.mark(&action.key) {
            Some(m) if m.state == MarkState::Done || m.state == MarkState::Dismissed => {
                return false;
            }
            Some(m) if m.state == MarkState::Snoozed => {
                // A snoozed action is due when its snooze ends, and stays
                // due from then on (not from its first due time).
                if let Some(until) = m.until.filter(|u| *u > action.due) {
                    action.due = until;
                    action.snoozed_until = (until > now).then_some(until);
                }
            }
            _ => {}
        }
        forget.is_zero() || plus(action.due, forget) >= now
    });
    point_at_letters(facts, &mut actions);
    sort_actions(actions)
}

/// Actions by due time, then kind, then key. An action is large, so the
/// order is found on indices and each action moved once.
fn sort_actions(actions: Vec<Action>) -> Vec<Action> {
    let mut order: Vec<usize> = (0..actions.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&actions[a], &actions[b]);
        (a.due, a.kind, &a.key).cmp(&(b.due, b.kind, &b.key))
    });
    let mut slots: Vec<Option<Action>> = actions.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// An action a letter answers points at that letter while it waits: at the
/// command that sends a draft, or that settles one whose sending was cut
/// short. Without a letter, the rule's own command (a draft command for
/// actions that are letters) stands.
fn point_at_letters(facts: &Facts, actions: &mut [Action]) {
    let waiting: HashMap<&str, &LetterFact> = facts
        .letters
        .iter()
        .filter(|l| l.state != LetterState::Sent)
        .filter_map(|l| Some((l.action_key.as_ref()?.as_str(), l)))
        .collect();
    if waiting.is_empty() {
        return;
    }
    for action in actions {
        if let Some(letter) = waiting.get(action.key.as_str()) {
            // A letter in `sending` went out as a file, or its sending was
            // cut short: what is left is to say whether it went out.
            action.command = match letter.state {
                LetterState::Sending => format!("afterview letter sent {}", letter.id),
                _ => format!("afterview letter send {}", letter.id),
            };
        }
    }
}

/// Until when the agenda computed at `now` stays the same if nothing is
/// written: the next moment a round starts or ends, a snooze ends, an action
/// turns stale, a practice card falls due, or the day (and so perhaps the
/// week) changes.
///
/// A kept agenda is reused only before this instant; the rules read time in
/// no other way, so within it the same facts give the same actions.
pub fn stable_until(
    facts: &Facts,
    now: Timestamp,
    policy: &Policy,
    actions: &[Action],
) -> Timestamp {
    let (mut until, _) = day_bounds(now, &facts.zone);
    let mut consider = |t: Timestamp| {
        if t > now && t < until {
            until = t;
        }
    };
    // A round coming within reach of a good word, or of pulling practice
    // cards forward, changes what the store reads for it.
    let pull = crate::practice::PULL_FORWARD_WITHIN;
    for i in &facts.interviews {
        for t in [i.starts_at, i.ends_at] {
            consider(t);
            consider(plus(t, -GOOD_WORD_WITHIN));
            consider(plus(t, GOOD_WORD_WITHIN + SignedDuration::from_secs(1)));
        }
        consider(plus(i.starts_at, -pull));
    }
    for m in &facts.marks {
        if let Some(t) = m.until {
            consider(t);
        }
    }
    // A practice card falling due changes the count the agenda shows.
    for t in [facts.practice.next_due, facts.practice.pull_changes_at]
        .into_iter()
        .flatten()
    {
        consider(t);
    }
    let forget = policy.forget_after.get();
    for a in actions {
        if let Some(t) = a.snoozed_until {
            consider(t);
        }
        if !forget.is_zero() {
            consider(plus(plus(a.due, forget), SignedDuration::from_secs(1)));
        }
    }
    until
}

/// The rounds no rule can speak of any more at `now`: they took place (or
/// were called off) and none of the actions is about them. Their actions
/// were done, dismissed or went stale; only a change to the round, its
/// people or its debrief can bring one back, and the store forgets the mark
/// on such a change. A round still to come is never settled: it will end.
pub fn settled_rounds(facts: &Facts, now: Timestamp, actions: &[Action]) -> Vec<InterviewId> {
    let spoken: std::collections::HashSet<InterviewId> =
        actions.iter().filter_map(|a| a.subject.interview).collect();
    facts
        .interviews
        .iter()
        .filter(|i| {
            let over = match i.status {
                InterviewStatus::Cancelled | InterviewStatus::NoShow => true,
                _ => i.happened(now),
            };
            over && !spoken.contains(&i.id)
        })
        .map(|i| i.id)
        .collect()
}

/// The agenda as `afterview today` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// Past due, most overdue first.
    pub overdue: Vec<Action>,
    /// Due later today.
    pub today: Vec<Action>,
    /// Due in the next seven days.
    pub upcoming: Vec<Action>,
    /// When the first action after those falls due.
    pub next_due: Option<Timestamp>,
}

/// The end of today in the person's zone, and seven days after that: the
/// edges of the agenda's "today" and "next 7 days".
pub fn day_bounds(now: Timestamp, zone: &TimeZone) -> (Timestamp, Timestamp) {
    let local = now.to_zoned_datetime(zone.clone());
    let end_of_today = local
        .date()
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned_datetime(zone.clone()).ok())
        .map_or(now, |z| z.timestamp());
    (
        end_of_today,
        plus(end_of_today, SignedDuration::from_hours(24 * 7)),
    )
}

/// Splits a sorted agenda into overdue, today (by the person's calendar) and
/// the next seven days.
pub fn day(actions: Vec<Action>, now: Timestamp, zone: &TimeZone) -> Day {
    let (end_of_today, horizon) = day_bounds(now, zone);
    let mut day = Day {
        overdue: Vec::new(),
        today: Vec::new(),
        upcoming: Vec::new(),
        next_due: None,
    };
    for action in actions {
        if action.due < now {
            day.overdue.push(action);
        } else if action.due < end_of_today {
            day.today.push(action);
        } else if action.due < horizon {
            day.upcoming.push(action);
        } else if day.next_due.is_none() {
            day.next_due = Some(action.due);
        }
    }
    day
}

/// Says how far a due time is from now: "overdue by 3 h", "in 2 days", "now".
pub fn relative(due: Timestamp, now: Timestamp) -> String {
    let secs = due.as_second() - now.as_second();
    let amount = |s: i64| {
        let s = s.abs();
        if s < 60 {
            "less than a minute".to_owned()
        } else if s < 3_600 {
            format!("{} min", s / 60)
        } else if s < 10 * 3_600 && s % 3_600 >= 60 {
            format!("{} h {} min", s / 3_600, s % 3_600 / 60)
        } else if s < 48 * 3_600 {
            format!("{} h", s / 3_600)
        } else {
            format!("{} days", s / 86_400)
        }
    };
    if secs.abs() < 60 {
        "now".to_owned()
    } else if secs < 0 {
        format!("overdue by {}", amount(secs))
    } else {
        format!("in {}", amount(secs))
    }
}
