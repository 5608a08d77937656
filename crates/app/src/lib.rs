//! Use cases of afterview, shared by every interface.
//!
//! The CLI and the web call the same methods on [`App`], so they can
//! never disagree. A use case takes what a person typed as plain text (an
//! input struct), parses it into domain values, runs in one store
//! transaction and commits only at the end: any error leaves the data as it
//! was. Results come back as domain values or as the serialisable views in
//! [`views`], whose JSON shape is documented in `docs/json.md`.

mod agenda;
mod applications;
mod backup;
mod calendar;
mod companies;
mod contacts;
mod debriefs;
mod error;
pub mod generate;
mod input;
mod insights;
mod interviews;
mod letters;
mod network;
mod outcomes;
mod practice;
mod prep;
mod profile;
mod resolve;
pub mod views;
mod week;

pub use agenda::{ActionView, AgendaView, TouchInput};
pub use applications::{Added, ApplicationInput, StatusChange};
pub use calendar::ImportedInvite;
pub use companies::CompanyInput;
pub use contacts::{ContactDetail, ContactInput, ContactPage};
pub use debriefs::{DebriefInput, DebriefView};
pub use error::AppError;
pub use insights::{
    ENOUGH, FollowThrough, FunnelStage, HabitRate, InsightsView, MonthRating, OutcomeGroup,
    RatingPoint, StageTime,
};
pub use interviews::{InterviewInput, InterviewerSpec};
pub use letters::{
    DraftRequest, Drafted, LetterListInput, LetterView, Outbox, SendOptions, SendOutcome, SendVia,
};
pub use network::{
    FavourView, ImportOptions, ImportSummary, KnowsView, Merged, NetworkDetail, NetworkView,
    PositionInput, PositionView, Stage,
};
pub use outcomes::OfferView;
pub use outcomes::{Outcome, OutcomeInput, OutcomeView};
pub use practice::schedule::DESIRED_RETENTION;
pub use practice::{CardInput, CardListInput, CardView, NextCard, Reviewed};
pub use prep::{DecisionView, LessonGroup, LessonItem, OwedView, PrepPerson, PrepSheet};
pub use profile::{ProfileInput, ProfileView};
pub use week::WeekView;

use afterview_core::agenda::Policy;
use afterview_store::Store;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// The result type of every use case.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Where "now" comes from: the system clock, or a fixed instant (`--now`)
/// for reproducible scripts and tests.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system clock.
    System,
    /// Always this instant.
    Fixed(Timestamp),
}

impl Clock {
    /// The current instant, to the second.
    pub fn now(self) -> Timestamp {
        afterview_core::time::whole_seconds(match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        })
    }
}

/// afterview's use cases over one store.
#[derive(Debug, Clone)]
pub struct App<S> {
    store: S,
    clock: Clock,
    policy: Policy,
    /// The agenda's facts as last read, shared by the clones of this App,
    /// so that a long-lived process reads again only what writes changed.
    kept: std::sync::Arc<tokio::sync::Mutex<Option<agenda::KeptFacts>>>,
}

impl<S: Store> App<S> {
    /// Use cases over `store`, with time from `clock`.
    pub fn new(store: S, clock: Clock) -> Self {
        App {
            store,
            clock,
            policy: Policy::default(),
            kept: Default::default(),
        }
    }

    /// The same use cases (and the facts they keep) with time from `clock`.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The same use cases with the agenda's rules tuned by `policy`.
    pub fn with_policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }

    /// The agenda's policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The store, for interfaces that need to close it.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The current instant.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}

/// The person's time zone: the profile's, else the system's.
pub fn zone_of(profile_zone: Option<&str>) -> TimeZone {
    profile_zone
        .and_then(zone_named)
        .unwrap_or_else(TimeZone::system)
}

/// The IANA zone with this name, if there is one.
///
/// It reads the zone's one file from the system database when it can: a
/// general lookup first indexes the whole database folder, which costs a
/// command more than all its queries together.
pub fn zone_named(name: &str) -> Option<TimeZone> {
    let name = name.trim();
    let plain = !name.is_empty()
        && !name.starts_with('/')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c));
    if plain
        && let Ok(data) = std::fs::read(format!("/usr/share/zoneinfo/{name}"))
        && let Ok(tz) = TimeZone::tzif(name, &data)
    {
        return Some(tz);
    }
    TimeZone::get(name).ok()
}

/// Parses a natural date typed by a person in their zone.
pub fn parse_when(field: &str, input: &str, now: &ZonedDateTime) -> Result<Timestamp> {
    afterview_core::when::parse_when(input, now)
        .map(|z| afterview_core::time::whole_seconds(z.timestamp()))
        .map_err(|e| AppError::Invalid(afterview_core::Invalid::new(field, e.to_string())))
}
