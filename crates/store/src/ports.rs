//! The port traits: one per aggregate, composed into a [`Transaction`].

use crate::Result;
use afterview_core::agenda::{Facts, PersonFact, WarmFact};
use afterview_core::application::ApplicationEvent;
use afterview_core::backup::Backup;
use afterview_core::debrief::Content;
use afterview_core::follow::{ActionKey, ActionMark, Debrief, Offer, Touch, TouchVia};
use afterview_core::insights::InsightFacts;
use afterview_core::letter::{Letter, LetterState, LetterText, NewLetter, SentVia};
use afterview_core::network::{Favour, FavourState, NetworkFacts, Position, Strength};
use afterview_core::practice::{Card, NewCard, NewReview, PracticeSummary, PullCandidate, Review};
use afterview_core::{
    Application, ApplicationId, ApplicationStatus, CardId, Company, CompanyId, Contact, ContactId,
    Excitement, Interview, InterviewId, InterviewStatus, Interviewer, LetterId, NewApplication,
    NewCompany, NewContact, NewInterview, Profile, Resume, ResumeId, Tag,
};
use async_trait::async_trait;
use jiff::Timestamp;

/// A database that hands out transactions.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// The transaction type, which implements every port.
    type Tx: Transaction;

    /// Starts a transaction for reading.
    async fn read(&self) -> Result<Self::Tx>;

    /// Starts a transaction that will write; on SQLite it takes the write lock
    /// at once, so two writers queue instead of failing half-way.
    async fn write(&self) -> Result<Self::Tx>;

    /// The backend's name, "sqlite" or "postgres", for messages and `--version`.
    fn backend(&self) -> &'static str;
}

/// One unit of work over every port. Dropping it without [`commit`](Transaction::commit)
/// rolls everything back.
#[async_trait]
pub trait Transaction:
    ProfilePort
    + CompanyPort
    + ApplicationPort
    + ContactPort
    + InterviewPort
    + FollowPort
    + AgendaCachePort
    + LetterPort
    + NetworkPort
    + PracticePort
    + BackupPort
    + Send
{
    /// Makes every change in the transaction permanent.
    async fn commit(self) -> Result<()>;
}

/// The profile and résumé versions.
#[async_trait]
pub trait ProfilePort {
    /// The profile; empty until the person sets it.
    async fn profile(&mut self) -> Result<Profile>;
    /// Replaces the profile.
    async fn save_profile(&mut self, profile: &Profile) -> Result<()>;
    /// Every résumé version, by id.
    async fn resumes(&mut self) -> Result<Vec<Resume>>;
    /// Adds a résumé version; a label is unique, ignoring case.
    async fn insert_resume(&mut self, label: &afterview_core::Name, path: &str) -> Result<Resume>;
    /// Removes a résumé version; applications that used it forget it.
    async fn delete_resume(&mut self, id: ResumeId) -> Result<bool>;
}

/// A company with how many applications it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyRow {
    /// The company.
    pub company: Company,
    /// All its applications.
    pub applications: i64,
    /// Those still in play.
    pub live_applications: i64,
}

/// Companies.
#[async_trait]
pub trait CompanyPort {
    /// Adds a company; a name that exists (ignoring case) is a conflict.
    async fn insert_company(&mut self, new: &NewCompany, now: Timestamp) -> Result<Company>;
    /// One company by id.
    async fn company(&mut self, id: CompanyId) -> Result<Option<Company>>;
    /// One company by name, ignoring case.
    async fn company_by_name(&mut self, name: &str) -> Result<Option<Company>>;
    /// Every company with its application counts, by name.
    async fn list_companies(&mut self) -> Result<Vec<CompanyRow>>;
    /// Every company's id and name, for suggestions.
    async fn company_names(&mut self) -> Result<Vec<(CompanyId, String)>>;
    /// Saves changed fields of a company.
    async fn update_company(&mut self, company: &Company) -> Result<()>;
    /// Removes a company; refused while applications point at it.
    async fn delete_company(&mut self, id: CompanyId) -> Result<bool>;
}

/// Which applications to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFilter {
    /// Only these statuses (all when empty).
    pub statuses: Vec<ApplicationStatus>,
    /// Only this company.
    pub company: Option<CompanyId>,
}

/// An application as a list shows it: no posting text, with the company's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRow {
    /// Its number.
    pub id: ApplicationId,
    /// The company.
    pub company_id: CompanyId,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// How much you want it.
    pub excitement: Option<Excitement>,
    /// When it was added.
    pub created_at: Timestamp,
    /// When its status last changed.
    pub status_changed_at: Timestamp,
}

/// A status change to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// The application.
    pub application_id: ApplicationId,
    /// When.
    pub at: Timestamp,
    /// The status before; none at creation.
    pub from_status: Option<ApplicationStatus>,
    /// The status after.
    pub to_status: ApplicationStatus,
    /// Whether the lifecycle rules were overridden.
    pub forced: bool,
    /// Why.
    pub note: Option<String>,
}

/// Applications and their event log.
#[async_trait]
pub trait ApplicationPort {
    /// Adds an application.
    async fn insert_application(
        &mut self,
        new: &NewApplication,
        now: Timestamp,
    ) -> Result<Application>;
    /// One application by id.
    async fn application(&mut self, id: ApplicationId) -> Result<Option<Application>>;
    /// Applications matching the filter, newest status change first.
    async fn list_applications(
        &mut self,
        filter: &ApplicationFilter,
    ) -> Result<Vec<ApplicationRow>>;
    /// Saves changed fields of an application (its status included).
    async fn update_application(&mut self, app: &Application) -> Result<()>;
    /// Appends to the application's event log, which is never rewritten.
    async fn append_event(&mut self, event: &NewEvent) -> Result<ApplicationEvent>;
    /// The application's event log, oldest first.
    async fn events(&mut self, id: ApplicationId) -> Result<Vec<ApplicationEvent>>;
    /// Removes an application with its interviews and history.
    async fn delete_application(&mut self, id: ApplicationId) -> Result<bool>;
}

/// Which contacts to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFilter {
    /// Only those with this tag.
    pub tag: Option<Tag>,
    /// Only those at this company.
    pub company: Option<CompanyId>,
    /// Only those whose name, email or company's name contains this text,
    /// ignoring case.
    pub text: Option<String>,
    /// At most this many (the first by name); the count ignores it.
    pub limit: Option<u32>,
}

/// A contact with the name of their company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRow {
    /// The person.
    pub contact: Contact,
    /// Their company's name.
    pub company: Option<String>,
}

/// Contacts.
#[async_trait]
pub trait ContactPort {
    /// Adds a person.
    async fn insert_contact(&mut self, new: &NewContact, now: Timestamp) -> Result<Contact>;
    /// One person by id.
    async fn contact(&mut self, id: ContactId) -> Result<Option<Contact>>;
    /// The person with this email address, ignoring case.
    async fn contact_by_email(&mut self, email: &str) -> Result<Option<Contact>>;
    /// The people with this name, ignoring case.
    async fn contacts_by_name(&mut self, name: &str) -> Result<Vec<Contact>>;
    /// People matching the filter, by name.
    async fn list_contacts(&mut self, filter: &ContactFilter) -> Result<Vec<ContactRow>>;
    /// How many people match the filter, whatever its limit.
    async fn count_contacts(&mut self, filter: &ContactFilter) -> Result<u64>;
    /// Every contact's id and name, for suggestions.
    async fn contact_names(&mut self) -> Result<Vec<(ContactId, String)>>;
    /// Saves changed fields of a person.
    async fn update_contact(&mut self, contact: &Contact) -> Result<()>;
    /// Removes a person and their places on interviews.
    async fn delete_contact(&mut self, id: ContactId) -> Result<bool>;
}

/// Which interviews to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterviewFilter {
    /// Only this application's.
    pub application: Option<ApplicationId>,
    /// Only these statuses (all when empty).
    pub statuses: Vec<InterviewStatus>,
    /// Only those starting at or after this instant.
    pub from: Option<Timestamp>,
    /// Only those this person sat on.
    pub contact: Option<ContactId>,
}

/// An interview with its application's company and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewRow {
    /// The interview.
    pub interview: Interview,
    /// The company's name.
    pub company: String,
    /// The role.
    pub role: String,
}

/// An interviewer with their contact record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewerRow {
    /// Their part in the interview.
    pub interviewer: Interviewer,
    /// The person.
    pub contact: Contact,
}

/// Interviews and interviewers.
#[async_trait]
pub trait InterviewPort {
    /// Adds an interview as the application's next round.
    async fn insert_interview(&mut self, new: &NewInterview, now: Timestamp) -> Result<Interview>;
    /// One interview by id.
    async fn interview(&mut self, id: InterviewId) -> Result<Option<Interview>>;
    /// Interviews matching the filter, by start time.
    async fn list_interviews(&mut self, filter: &InterviewFilter) -> Result<Vec<InterviewRow>>;
    /// Saves changed fields of an interview.
    async fn update_interview(&mut self, interview: &Interview) -> Result<()>;
    /// Removes an interview.
    async fn delete_interview(&mut self, id: InterviewId) -> Result<bool>;
    /// Puts a person on an interview, or changes their part if already there.
    async fn set_interviewer(&mut self, interviewer: &Interviewer) -> Result<()>;
    /// Takes a person off an interview.
    async fn remove_interviewer(
        &mut self,
        interview: InterviewId,
        contact: ContactId,
    ) -> Result<bool>;
    /// The people on an interview, in the order they were added.
    async fn interviewers(&mut self, interview: InterviewId) -> Result<Vec<InterviewerRow>>;
}

/// What the agenda's store read is bounded by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactsQuery {
    /// The moment the agenda is for: rounds settled after it are still read.
    pub now: Timestamp,
    /// The start of this week: applications moved to `applied` since count.
    pub week_start: Timestamp,
    /// Recruiters whose latest touch (or, untouched, whose addition) is
    /// older than this cannot be due; `None` leaves recruiters out.
    pub recruiters_since: Option<Timestamp>,
    /// Rounds that ended before this (with nothing dated after it in their
    /// debrief) can only give stale actions, nor can marks made before it
    /// on applications; `None` reads them all.
    pub since: Option<Timestamp>,
}

/// What happened in a week, counted by the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeekCounts {
    /// Applications moved to `applied`.
    pub applied: u32,
    /// Interviews that started (cancelled ones left out).
    pub interviews: u32,
    /// Letters sent.
    pub letters_sent: u32,
    /// Touches logged.
    pub touches: u32,
}

/// Debriefs, offers, touches, marks on actions, and the agenda's facts.
#[async_trait]
pub trait FollowPort {
    /// Saves a new version of an interview's debrief (1 for the first).
    async fn insert_debrief(
        &mut self,
        interview: InterviewId,
        content: &Content,
        now: Timestamp,
    ) -> Result<Debrief>;
    /// The latest version of an interview's debrief.
    async fn debrief(&mut self, interview: InterviewId) -> Result<Option<Debrief>>;
    /// Every version of an interview's debrief, oldest first.
    async fn debrief_versions(&mut self, interview: InterviewId) -> Result<Vec<Debrief>>;
    /// The latest debrief of each of the application's interviews, by round.
    async fn debriefs_of_application(&mut self, app: ApplicationId) -> Result<Vec<Debrief>>;
    /// The latest debrief of every interview, by interview, for pooling lessons.
    async fn latest_debriefs(&mut self) -> Result<Vec<Debrief>>;
    /// Records or replaces the offer on an application.
    async fn save_offer(&mut self, offer: &Offer) -> Result<()>;
    /// The offer on an application.
    async fn offer(&mut self, app: ApplicationId) -> Result<Option<Offer>>;
    /// Logs a touch with a person; it becomes their last contact if it is the latest.
    async fn insert_touch(
        &mut self,
        contact: ContactId,
        at: Timestamp,
        via: TouchVia,
        note: Option<&afterview_core::LongText>,
    ) -> Result<Touch>;
    /// A person's touches, oldest first.
    async fn touches(&mut self, contact: ContactId) -> Result<Vec<Touch>>;
    /// Records what the person did with an action, replacing an earlier mark.
    async fn save_mark(&mut self, mark: &ActionMark) -> Result<()>;
    /// The mark on an action.
    async fn mark(&mut self, key: &ActionKey) -> Result<Option<ActionMark>>;
    /// The interview an imported invitation (by its UID) became.
    async fn interview_by_invite(&mut self, uid: &str) -> Result<Option<InterviewId>>;
    /// Remembers that an invitation became an interview.
    async fn link_invite(&mut self, uid: &str, interview: InterviewId) -> Result<()>;
    /// Marks rounds as settled at `at` (no rule can speak of them again);
    /// the agenda's read skips them from then on.
    async fn settle_rounds(&mut self, rounds: &[InterviewId], at: Timestamp) -> Result<()>;
    /// Forgets every settled mark (after the policy changed).
    async fn unsettle_all(&mut self) -> Result<()>;
    /// Everything the agenda's rules read, in one go; the zone is left UTC
    /// for the caller to set.
    async fn agenda_facts(&mut self, query: &FactsQuery) -> Result<Facts>;
    /// The part of [`FollowPort::agenda_facts`] about some applications and
    /// some recruiters, with the search-wide facts whole: for facts kept in
    /// a process, to read again only what a write changed.
    ///
    /// It holds every one of `apps` that is in play or hired (an applied one
    /// even without a round: the caller keeps it only if the whole read
    /// would), their rounds, last rounds, people, debriefs, offers and
    /// marks; those of `contacts` who are recruiters the whole read would
    /// hold; and, whole, the counts, the marks on no application, the
    /// letters not sent yet and the favours. It leaves out the warm
    /// contacts ([`FollowPort::agenda_warm`]) and practice.
    async fn agenda_part(
        &mut self,
        query: &FactsQuery,
        apps: &[ApplicationId],
        contacts: &[ContactId],
    ) -> Result<Facts>;
    /// The closest person who reaches the decision, for each of `apps`, with
    /// the people on their rounds: what [`FollowPort::agenda_facts`] holds
    /// for the applications with a round near its moment.
    async fn agenda_warm(
        &mut self,
        apps: &[ApplicationId],
        panels: &[(ApplicationId, PersonFact)],
    ) -> Result<Vec<WarmFact>>;
    /// How some people reach decisions, for the warm contacts: the names of
    /// the companies they work at, and everyone they know.
    async fn agenda_reach(
        &mut self,
        contacts: &[ContactId],
    ) -> Result<(Vec<String>, Vec<ContactId>)>;
    /// What writes changed in the agenda's facts since point `after` of the
    /// store's journal of changes, and the point it stands at now; without
    /// `after`, only that point. `None` when the store keeps no journal
    /// (PostgreSQL, where writers commit out of order), when the lines
    /// since `after` are gone, or when a change reaches every fact: the
    /// caller then reads them all.
    async fn agenda_changes(&mut self, after: Option<i64>) -> Result<Option<AgendaChanges>>;
    /// What happened between two instants, for the weekly view.
    async fn week_counts(&mut self, from: Timestamp, to: Timestamp) -> Result<WeekCounts>;
    /// The applications in play per company, most first.
    async fn live_by_company(&mut self) -> Result<Vec<(String, u32)>>;
    /// Everything insights read, in a few lean scans: every move of every
    /// application, every round and who sat on it, each debrief's first
    /// save and latest rating, and the must-dos done after rounds (done
    /// marks and sent thank-you and follow-up letters).
    async fn insight_facts(&mut self) -> Result<InsightFacts>;
}

/// What writes changed in the agenda's facts, from the store's journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaChanges {
    /// The journal's point now: where to ask from next time.
    pub upto: i64,
    /// Applications whose row, rounds, people, debriefs, marks, letters,
    /// offer or favours changed, sorted.
    pub applications: Vec<ApplicationId>,
    /// People whose name, company, tags or closeness changed, or who came
    /// or went, sorted.
    pub contacts: Vec<ContactId>,
    /// People whose latest touch moved, sorted.
    pub touched: Vec<ContactId>,
    /// Who knows whom, or who works where, changed.
    pub network: bool,
    /// Practice cards changed, or rounds that pull them forward.
    pub practice: bool,
    /// A mark or a letter on no application changed.
    pub search_wide: bool,
}

impl AgendaChanges {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.applications.is_empty()
            && self.contacts.is_empty()
            && self.touched.is_empty()
            && !self.network
            && !self.practice
            && !self.search_wide
    }
}

/// What a kept agenda was computed from, and for how long it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaCacheMeta {
    /// The store's generation it was computed at.
    pub generation: i64,
    /// The policy, zone and version it was computed with.
    pub fingerprint: String,
    /// The instant it was computed for.
    pub computed_for: Timestamp,
    /// The first instant it no longer holds.
    pub valid_until: Timestamp,
}

/// The agenda kept between commands, so that `today` reads a page of it
/// instead of recomputing every rule. Every other write makes it stale.
#[async_trait]
pub trait AgendaCachePort {
    /// The store's generation: it counts up with every committed write.
    async fn generation(&mut self) -> Result<i64>;
    /// What the kept agenda was computed from, if there is one.
    async fn agenda_cache_meta(&mut self) -> Result<Option<AgendaCacheMeta>>;
    /// Replaces the kept agenda. The transaction that does this (and
    /// nothing else) leaves the generation as it is.
    async fn save_agenda_cache(
        &mut self,
        meta: &AgendaCacheMeta,
        actions: &[afterview_core::agenda::Action],
    ) -> Result<()>;
    /// Kept actions due in `[from, until)`, in agenda order, at most `limit`,
    /// with how many there are in all.
    async fn cached_actions(
        &mut self,
        from: Option<Timestamp>,
        until: Option<Timestamp>,
        limit: Option<usize>,
    ) -> Result<(Vec<afterview_core::agenda::Action>, usize)>;
    /// One kept action by key.
    async fn cached_action(
        &mut self,
        key: &ActionKey,
    ) -> Result<Option<afterview_core::agenda::Action>>;
}

/// Which letters to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LetterFilter {
    /// Only this one.
    pub id: Option<LetterId>,
    /// Only this application's.
    pub application: Option<ApplicationId>,
    /// Only this interview's.
    pub interview: Option<InterviewId>,
    /// Only in these states (all when empty).
    pub states: Vec<LetterState>,
}

/// A letter with its application's company and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRow {
    /// The letter.
    pub letter: Letter,
    /// The company's name, when it is about an application.
    pub company: Option<String>,
    /// The role, when it is about an application.
    pub role: Option<String>,
}

/// The names a letter is proofread against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProofingNames {
    /// Companies of the other applications in play: one of them in a letter
    /// is a copy-paste error.
    pub other_companies: Vec<String>,
    /// People on the rounds of the other applications in play, who have no
    /// part in this one.
    pub other_people: Vec<String>,
    /// Every person and company afterview knows, never misspellings.
    pub everyone: Vec<String>,
}

/// One contact's place in the person's network, for `contact show`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactNetwork {
    /// How close they are; `None` when never rated.
    pub strength: Option<Strength>,
    /// Their other jobs, past and present, beside the current company kept
    /// on the contact itself, by id.
    pub positions: Vec<(i64, Position)>,
    /// The people they know: id, name and how.
    pub knows: Vec<(ContactId, String, Option<String>)>,
    /// Favours asked of them.
    pub favours: Vec<Favour>,
}

/// What an import matches people on: one row per contact, lean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactKey {
    /// The contact.
    pub id: ContactId,
    /// Their name.
    pub name: String,
    /// Their email, if any.
    pub email: Option<String>,
    /// Their LinkedIn address, if any.
    pub linkedin: Option<String>,
    /// Their current company's name, if any.
    pub company: Option<String>,
}

/// Which favours to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FavourFilter {
    /// Only those for this application.
    pub application: Option<ApplicationId>,
    /// Only those asked of this contact.
    pub contact: Option<ContactId>,
}

/// The network: closeness, jobs, who knows whom, favours, and bulk imports.
#[async_trait]
pub trait NetworkPort {
    /// Sets how close a contact is; false when there is no such contact.
    async fn set_strength(
        &mut self,
        contact: ContactId,
        strength: Option<Strength>,
    ) -> Result<bool>;
    /// Records a job, returning its id.
    async fn insert_position(&mut self, position: &Position, now: Timestamp) -> Result<i64>;
    /// Removes a job; false when there was none with that id.
    async fn delete_position(&mut self, id: i64) -> Result<bool>;
    /// Records that two people know each other (again: the new `how`
    /// replaces the old one when given).
    async fn link_contacts(
        &mut self,
        a: ContactId,
        b: ContactId,
        how: Option<&str>,
        now: Timestamp,
    ) -> Result<()>;
    /// Forgets that two people know each other; false when nothing was known.
    async fn unlink_contacts(&mut self, a: ContactId, b: ContactId) -> Result<bool>;
    /// A contact's network (`None`: the person's own jobs only).
    async fn contact_network(&mut self, contact: Option<ContactId>) -> Result<ContactNetwork>;
    /// Everything that bears on one application's warm paths.
    async fn network_facts(&mut self, application: ApplicationId) -> Result<NetworkFacts>;
    /// Logs a favour asked.
    async fn insert_favour(
        &mut self,
        contact: ContactId,
        application: ApplicationId,
        state: FavourState,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<Favour>;
    /// Moves a favour on; `None` when there is no such favour.
    async fn update_favour(
        &mut self,
        id: i64,
        state: FavourState,
        note: Option<&str>,
        now: Timestamp,
    ) -> Result<Option<Favour>>;
    /// Favours, newest first.
    async fn favours(&mut self, filter: &FavourFilter) -> Result<Vec<Favour>>;
    /// Every pair of people who know each other, and how.
    async fn acquaintances(&mut self) -> Result<Vec<(ContactId, ContactId, Option<String>)>>;
    /// Every contact's matching keys, for an import.
    async fn contact_keys(&mut self) -> Result<Vec<ContactKey>>;
    /// Adds many people at once (an import), in as few statements as the
    /// database allows.
    async fn insert_contacts(&mut self, new: &[NewContact], now: Timestamp) -> Result<u64>;
}

/// Letters: drafts, and the way each one goes out exactly once.
#[async_trait]
pub trait LetterPort {
    /// Saves a new draft.
    async fn insert_letter(&mut self, new: &NewLetter, now: Timestamp) -> Result<Letter>;
    /// One letter by id.
    async fn letter(&mut self, id: LetterId) -> Result<Option<Letter>>;
    /// Letters matching the filter, newest first.
    async fn list_letters(&mut self, filter: &LetterFilter) -> Result<Vec<LetterRow>>;
    /// Replaces the text of a draft (or of a letter that failed); a
    /// conflict for any other state.
    async fn update_letter_text(
        &mut self,
        id: LetterId,
        text: &LetterText,
        now: Timestamp,
    ) -> Result<Letter>;
    /// Removes a draft (or a letter that failed); a conflict for any other
    /// state, since what went out is history.
    async fn delete_letter(&mut self, id: LetterId) -> Result<bool>;
    /// Moves a letter to `sending` by `via` with its Message-ID, from the
    /// states in `from` only (a conflict otherwise, so that two senders
    /// cannot both start). The Message-ID is kept if one was fixed before.
    async fn begin_sending(
        &mut self,
        id: LetterId,
        from: &[LetterState],
        via: SentVia,
        message_id: &str,
        forced: bool,
        now: Timestamp,
    ) -> Result<Letter>;
    /// Records that a letter in `sending` went out.
    async fn finish_sending(&mut self, id: LetterId, at: Timestamp) -> Result<Letter>;
    /// Records that a letter in `sending` was refused, with the reason.
    async fn fail_sending(&mut self, id: LetterId, reason: &str, now: Timestamp) -> Result<Letter>;
    /// Records the answer to a sent letter.
    async fn mark_replied(&mut self, id: LetterId, at: Timestamp) -> Result<Letter>;
    /// The names to proofread a letter about `app` against.
    async fn proofing_names(&mut self, app: Option<ApplicationId>) -> Result<ProofingNames>;
}

/// Which practice cards to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFilter {
    /// Only those with this tag.
    pub tag: Option<Tag>,
    /// Only those about this company's interviews.
    pub company: Option<CompanyId>,
    /// Only those due by their schedule at or before this instant (cards
    /// an upcoming interview pulls forward come from [`PracticePort::pull_candidates`]).
    pub due_by: Option<Timestamp>,
    /// Retired cards too (whose question left its debrief).
    pub retired: bool,
}

/// A card with its company's name, as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardRow {
    /// The card.
    pub card: Card,
    /// Its company's name, for a card from a debrief.
    pub company: Option<String>,
}

/// Practice cards, their schedules and the log of reviews.
#[async_trait]
pub trait PracticePort {
    /// Adds a card, new and due at `now`. A debrief card whose interview
    /// already has the same question (by key) is a conflict.
    async fn insert_card(&mut self, new: &NewCard, now: Timestamp) -> Result<Card>;
    /// One card by id.
    async fn card(&mut self, id: CardId) -> Result<Option<Card>>;
    /// Cards matching the filter, by due time then id.
    async fn list_cards(&mut self, filter: &CardFilter) -> Result<Vec<CardRow>>;
    /// Every card from an interview's debrief, retired ones too, by id.
    async fn cards_of_interview(&mut self, interview: InterviewId) -> Result<Vec<Card>>;
    /// Saves a card's text, tags, links, schedule and retirement.
    async fn update_card(&mut self, card: &Card) -> Result<()>;
    /// Removes a card and its reviews.
    async fn delete_card(&mut self, id: CardId) -> Result<bool>;
    /// The live card due first by its schedule (not pulled forward).
    async fn first_due_card(&mut self) -> Result<Option<CardRow>>;
    /// Live cards not due by `now` at companies with a scheduled interview
    /// starting in `(now, until]`, each with the start of the first one.
    async fn pull_candidates(
        &mut self,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Vec<PullCandidate>>;
    /// How many live cards are due by their schedule at `now`, and when the
    /// first one after `now` falls due (before any pull-forward).
    async fn due_by_schedule(&mut self, now: Timestamp) -> Result<(u32, Option<Timestamp>)>;
    /// How many live cards are due, pulled-forward ones included, and when
    /// the next falls due: what the agenda shows.
    async fn practice_summary(&mut self, now: Timestamp) -> Result<PracticeSummary>;
    /// Records a review.
    async fn insert_review(&mut self, review: &NewReview) -> Result<Review>;
    /// A card's reviews, oldest first.
    async fn reviews(&mut self, card: CardId) -> Result<Vec<Review>>;
    /// How many reviews took place in `[from, to)`, for the weekly view.
    async fn reviews_between(&mut self, from: Timestamp, to: Timestamp) -> Result<u64>;
}

/// Whole-store export and import, for backups and moving between backends.
#[async_trait]
pub trait BackupPort {
    /// Whether the store holds no data at all (a restore needs that).
    async fn is_empty(&mut self) -> Result<bool>;
    /// Everything, sorted by id.
    async fn export(&mut self) -> Result<Backup>;
    /// Writes a checked backup into an empty store, keeping its ids.
    async fn restore(&mut self, backup: &Backup) -> Result<()>;
}
