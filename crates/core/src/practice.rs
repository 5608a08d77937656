//! Practice cards: the questions fumbled in interviews, drilled until they stick.
//!
//! Every "question to answer better" in the latest version of a debrief is a
//! [`Card`] (the question, what was said, the better answer), and a person
//! can add cards of their own. A card carries its spaced-repetition state as
//! plain columns ([`Memory`]: FSRS's stability and difficulty, and the due
//! time, last review, repetitions and lapses); the scheduler that turns a
//! [`Rating`] into the next state is FSRS, called by the app, so this module
//! stays free of it and only says what a review changes ([`Card::reviewed`]).
//!
//! The one rule of our own is the pull-forward ([`effective_due`]): a card
//! tied to a company with an interview in the next [`PULL_FORWARD_WITHIN`]
//! is due no later than a day before that interview, unless it was already
//! reviewed in the few days before it ([`FRESH_WITHIN`]), so the questions
//! that company asked are fresh when they may ask them again.

use crate::backup::Backup;
use crate::choice_enum;
use crate::contact::Tag;
use crate::debrief::{Content, MAX_ITEM_CHARS};
use crate::ids::{ApplicationId, CardId, CompanyId, InterviewId, ReviewId};
use crate::text::Invalid;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

choice_enum! {
    /// How well a question was answered in a drill: FSRS's four grades.
    Rating, "rating" {
        /// Not answered, or badly: the card comes back soon.
        Again = "again" | "1" | "a",
        /// Answered, with effort.
        Hard = "hard" | "2" | "h",
        /// Answered well.
        Good = "good" | "3" | "g",
        /// Answered at once, easily.
        Easy = "easy" | "4" | "e",
    }
}

impl Rating {
    /// FSRS's number for the grade, 1 (again) to 4 (easy).
    pub fn number(self) -> u32 {
        match self {
            Rating::Again => 1,
            Rating::Hard => 2,
            Rating::Good => 3,
            Rating::Easy => 4,
        }
    }
}

choice_enum! {
    /// Where a card came from.
    CardSource, "card source" {
        /// A question to answer better in a debrief; it follows the debrief.
        Debrief = "debrief",
        /// Added by the person.
        Own = "own",
    }
}

/// A card's memory as FSRS models it, after at least one review.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Memory {
    /// How many days until recall drops to 90%.
    pub stability: f32,
    /// How hard the card is, 1 (easy) to 10 (hard).
    pub difficulty: f32,
}

/// How soon before an interview its company's cards are pulled forward.
pub const PULL_FORWARD_WITHIN: SignedDuration = SignedDuration::from_hours(7 * 24);
/// How long before the interview a pulled card falls due: the day before.
pub const PULL_FORWARD_LEAD: SignedDuration = SignedDuration::from_hours(24);
/// A card reviewed this close before the interview is fresh for it and is
/// not pulled again: the eve's review, or one a day or two earlier.
pub const FRESH_WITHIN: SignedDuration = SignedDuration::from_hours(3 * 24);
/// The longest interval a review may give: a hundred years, as Anki caps it,
/// so that a run of easy ratings can never overflow a date.
pub const MAX_INTERVAL_DAYS: u32 = 36_500;

/// One practice card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Card {
    /// Its number.
    pub id: CardId,
    /// Where it came from.
    pub source: CardSource,
    /// The interview whose debrief asked for it.
    pub interview_id: Option<InterviewId>,
    /// That interview's application.
    pub application_id: Option<ApplicationId>,
    /// That application's company: its upcoming interviews pull the card forward.
    pub company_id: Option<CompanyId>,
    /// The question.
    pub question: String,
    /// The better answer, when one was written.
    pub answer: Option<String>,
    /// What was said at the interview, when it was noted.
    pub said: Option<String>,
    /// Tags for drilling a topic.
    pub tags: Vec<Tag>,
    /// FSRS's memory state; none before the first review.
    pub memory: Option<Memory>,
    /// When it is next due by its schedule (before any pull-forward).
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub due: Timestamp,
    /// When it was last reviewed.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub last_review: Option<Timestamp>,
    /// How many times it was reviewed.
    pub reps: i64,
    /// How many times it was forgotten (rated again after a first review).
    pub lapses: i64,
    /// When it was made.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: Timestamp,
    /// When its question left the debrief: a retired card is not drilled,
    /// and comes back with its schedule if the question returns.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub retired_at: Option<Timestamp>,
}

/// What FSRS decided for one review: the new memory and the interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    /// The memory after the review.
    pub memory: Memory,
    /// Whole days until the next review, at least 1.
    pub interval_days: u32,
}

impl Card {
    /// Whole days since the last review at `at` (0 for a new card or a
    /// review the same day): what FSRS is given as elapsed time.
    pub fn elapsed_days(&self, at: Timestamp) -> u32 {
        self.last_review.map_or(0, |last| {
            let secs = at.as_second().saturating_sub(last.as_second()).max(0);
            u32::try_from(secs / 86_400).unwrap_or(u32::MAX)
        })
    }

    /// The card after a review at `at` rated `rating`, where FSRS gave
    /// `step`, and the record of that review.
    pub fn reviewed(&self, rating: Rating, at: Timestamp, step: Step) -> (Card, NewReview) {
        let interval = step.interval_days.clamp(1, MAX_INTERVAL_DAYS);
        let due = at
            .checked_add(SignedDuration::from_hours(i64::from(interval) * 24))
            .unwrap_or(at);
        let mut card = self.clone();
        card.lapses += i64::from(rating == Rating::Again && self.reps > 0);
        card.reps += 1;
        card.memory = Some(step.memory);
        card.last_review = Some(at);
        card.due = due;
        let review = NewReview {
            card_id: self.id,
            rating,
            at,
            elapsed_days: self.elapsed_days(at),
            interval_days: interval,
            due,
            memory: step.memory,
        };
        (card, review)
    }
}

/// A review to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReview {
    /// The card.
    pub card_id: CardId,
    /// How it went.
    pub rating: Rating,
    /// When.
    pub at: Timestamp,
    /// Whole days since the review before (0 for the first).
    pub elapsed_days: u32,
    /// The interval FSRS gave, in days.
    pub interval_days: u32,
    /// The due time that followed.
    pub due: Timestamp,
    /// The memory that followed.
    pub memory: Memory,
}

/// One review in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Review {
    /// Its number.
    pub id: ReviewId,
    /// The card.
    pub card_id: CardId,
    /// How it went.
    pub rating: Rating,
    /// When.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    /// Whole days since the review before (0 for the first).
    pub elapsed_days: u32,
    /// The interval FSRS gave, in days.
    pub interval_days: u32,
    /// The due time that followed.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub due: Timestamp,
    /// The memory that followed.
    pub memory: Memory,
}

/// A card to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCard {
    /// Where it comes from.
    pub source: CardSource,
    /// The interview whose debrief asks for it.
    pub interview_id: Option<InterviewId>,
    /// That interview's application.
    pub application_id: Option<ApplicationId>,
    /// That application's company.
    pub company_id: Option<CompanyId>,
    /// The question, checked by [`parse_question`].
    pub question: String,
    /// The better answer, checked by [`parse_answer`].
    pub answer: Option<String>,
    /// What was said.
    pub said: Option<String>,
    /// Tags.
    pub tags: Vec<Tag>,
}

/// Checks a question: not empty, one item's length, plain text.
pub fn parse_question(input: &str) -> Result<String, Invalid> {
    let q = input.trim();
    if q.is_empty() {
        return Err(Invalid::new(
            "question",
            "the question is empty; write it in quotes, e.g. afterview practice add \"Tell me about a conflict\" --answer \"...\"",
        ));
    }
    check_text("question", q)?;
    Ok(q.to_owned())
}

/// Checks an answer (a better answer or what was said); empty means none.
pub fn parse_answer(field: &str, input: &str) -> Result<Option<String>, Invalid> {
    let a = input.trim();
    if a.is_empty() {
        return Ok(None);
    }
    check_text(field, a)?;
    Ok(Some(a.to_owned()))
}

fn check_text(field: &str, text: &str) -> Result<(), Invalid> {
    let chars = text.chars().count();
    if chars > MAX_ITEM_CHARS {
        return Err(Invalid::new(
            field,
            format!(
                "the {field} is {chars} characters; a card holds at most {MAX_ITEM_CHARS}. Keep the gist on the card"
            ),
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        return Err(Invalid::new(
            field,
            format!("the {field} contains a control character (binary data?); type plain text"),
        ));
    }
    Ok(())
}

/// The key that says two questions are the same: case, spacing and the
/// closing punctuation do not count, so fixing a typo's capital or adding a
/// question mark keeps the card and its schedule.
pub fn question_key(question: &str) -> String {
    let words: Vec<String> = question
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    words
        .join(" ")
        .trim_end_matches(['?', '.', '!', ':', ';', ','])
        .trim_end()
        .to_owned()
}

/// The tags a debrief's question starts with: its topic, when it is one.
pub fn topic_tags(topic: Option<&str>) -> Vec<Tag> {
    topic.and_then(|t| Tag::parse(t).ok()).into_iter().collect()
}

/// When a card is really due: its schedule's due time, or a day before the
/// next interview at its company when that interview is within
/// [`PULL_FORWARD_WITHIN`] of `now` and the card was not reviewed in the
/// [`FRESH_WITHIN`] before it. `next_interview` is the start of the
/// company's next scheduled interview after `now`, if any.
pub fn effective_due(
    due: Timestamp,
    last_review: Option<Timestamp>,
    next_interview: Option<Timestamp>,
    now: Timestamp,
) -> Timestamp {
    let Some(start) = next_interview else {
        return due;
    };
    if start <= now || start.duration_since(now) > PULL_FORWARD_WITHIN {
        return due;
    }
    let fresh_from = start.checked_sub(FRESH_WITHIN).unwrap_or(start);
    if last_review.is_some_and(|r| r >= fresh_from) {
        return due;
    }
    let day_before = start.checked_sub(PULL_FORWARD_LEAD).unwrap_or(start);
    due.min(day_before)
}

/// A card that an upcoming interview may pull forward: it is not due by its
/// schedule, and its company has an interview in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PullCandidate {
    /// The card.
    pub card_id: CardId,
    /// Its schedule's due time.
    pub due: Timestamp,
    /// Its last review.
    pub last_review: Option<Timestamp>,
    /// The start of its company's next interview.
    pub next_interview: Timestamp,
}

impl PullCandidate {
    /// Its due time after the pull-forward.
    pub fn effective_due(&self, now: Timestamp) -> Timestamp {
        effective_due(self.due, self.last_review, Some(self.next_interview), now)
    }
}

/// How many cards are due, and when the next one falls due: what the agenda
/// shows and what tells a kept agenda it has gone stale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PracticeSummary {
    /// Cards due at the moment asked for, pulled-forward ones included.
    pub due: u32,
    /// When the next card not yet due falls due.
    pub next_due: Option<Timestamp>,
    /// The next moment a scheduled round comes within reach of pulling
    /// cards forward, or starts and so stops pulling them: the pulled cards
    /// may change then.
    pub pull_changes_at: Option<Timestamp>,
}

impl PracticeSummary {
    /// The summary at `now` from the count of cards due by their schedule,
    /// the earliest schedule due time after `now`, and the pull candidates.
    pub fn new(
        due_by_schedule: u32,
        next_by_schedule: Option<Timestamp>,
        candidates: &[PullCandidate],
        now: Timestamp,
    ) -> PracticeSummary {
        let mut summary = PracticeSummary {
            due: due_by_schedule,
            next_due: next_by_schedule,
            pull_changes_at: None,
        };
        for c in candidates {
            let at = c.effective_due(now);
            if at <= now {
                summary.due += 1;
            } else if summary.next_due.is_none_or(|n| at < n) {
                summary.next_due = Some(at);
            }
        }
        summary
    }
}

/// One card for every question to answer better in the latest version of
/// each debrief of a backup, new and due when that version was written.
///
/// A backup written before cards existed gets its cards this way on
/// restore, and the data generator makes its cards with it too.
pub fn cards_from_debriefs(backup: &Backup) -> Vec<Card> {
    let apps: HashMap<ApplicationId, CompanyId> = backup
        .applications
        .iter()
        .map(|a| (a.id, a.company_id))
        .collect();
    let rounds: HashMap<InterviewId, ApplicationId> = backup
        .interviews
        .iter()
        .map(|i| (i.id, i.application_id))
        .collect();
    let mut latest: HashMap<InterviewId, &crate::follow::Debrief> = HashMap::new();
    for d in &backup.debriefs {
        let slot = latest.entry(d.interview_id).or_insert(d);
        if d.version > slot.version {
            *slot = d;
        }
    }
    let mut debriefs: Vec<_> = latest.into_values().collect();
    debriefs.sort_by_key(|d| (d.written_at, d.interview_id));
    let mut cards = Vec::new();
    for d in debriefs {
        let app = rounds.get(&d.interview_id).copied();
        for new in debrief_cards(&d.content) {
            cards.push(Card {
                id: CardId(cards.len() as i64 + 1),
                source: CardSource::Debrief,
                interview_id: Some(d.interview_id),
                application_id: app,
                company_id: app.and_then(|a| apps.get(&a).copied()),
                question: new.question,
                answer: new.answer,
                said: new.said,
                tags: new.tags,
                memory: None,
                due: d.written_at,
                last_review: None,
                reps: 0,
                lapses: 0,
                created_at: d.written_at,
                retired_at: None,
            });
        }
    }
    cards
}

/// The cards a debrief's content asks for, one per distinct question (by
/// [`question_key`]), without their links; the first of two same
/// questions wins.
pub fn debrief_cards(content: &Content) -> Vec<NewCard> {
    let mut seen = std::collections::HashSet::new();
    content
        .better
        .iter()
        .filter(|b| seen.insert(question_key(&b.question)))
        .map(|b| NewCard {
            source: CardSource::Debrief,
            interview_id: None,
            application_id: None,
            company_id: None,
            question: b.question.trim().to_owned(),
            answer: b.better.clone().filter(|s| !s.trim().is_empty()),
            said: b.said.clone().filter(|s| !s.trim().is_empty()),
            tags: topic_tags(b.topic.as_deref()),
        })
        .collect()
}

#[cfg(test)]
mod tests;
