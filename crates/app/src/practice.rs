//! Practice use cases: cards from debriefs and by hand, the next card due,
//! a review scheduled by FSRS, and the list, tags and removal.
//!
//! Cards from debriefs follow the latest version of each debrief: saving a
//! debrief adds a card per new question, updates the text of a card whose
//! question is unchanged (by its normalised key, so its schedule is kept),
//! and retires the card of a question taken out. A retired card keeps its
//! schedule and reviews and comes back as it was if the question returns;
//! deleting it would lose what a person already practised over one edit.
//! Each use case is one transaction.

pub mod schedule;

use crate::{App, AppError, Result, parse_when, zone_of};
use afterview_core::contact::parse_tags;
use afterview_core::debrief::Content;
use afterview_core::practice::{
    self, Card, CardSource, NewCard, PULL_FORWARD_WITHIN, PracticeSummary, PullCandidate, Rating,
    Review,
};
use afterview_core::{CardId, CompanyId, Interview, Invalid};
use afterview_store::prelude::*;
use afterview_store::{CardFilter, CardRow};
use jiff::Timestamp;
use serde::Serialize;
use std::collections::HashMap;

/// A card typed by a person.
#[derive(Debug, Clone, Default)]
pub struct CardInput {
    /// The question.
    pub question: String,
    /// The better answer.
    pub answer: Option<String>,
    /// Tags, each maybe a comma-separated list.
    pub tags: Vec<String>,
}

/// Which cards to list.
#[derive(Debug, Clone, Default)]
pub struct CardListInput {
    /// Only those due now (pulled-forward ones included).
    pub due: bool,
    /// Only those with this tag.
    pub tag: Option<String>,
    /// Only those about this company's interviews.
    pub company: Option<String>,
    /// Retired cards too.
    pub retired: bool,
}

/// A card as the interfaces show it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardView {
    /// The card, with its schedule.
    #[serde(flatten)]
    pub card: Card,
    /// Its company's name, for a card from a debrief.
    pub company: Option<String>,
    /// When it is really due: its schedule's time, or earlier when an
    /// interview at its company pulls it forward.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub due_at: Timestamp,
    /// The start of the interview that pulls it forward, if one does.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub pulled_for: Option<Timestamp>,
}

/// The next card of a drill.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextCard {
    /// The card due first, if there is any card at all.
    pub card: Option<CardView>,
    /// Whether it is due now (otherwise it is the next to fall due).
    pub due_now: bool,
    /// How many cards are due now.
    pub due_count: u32,
}

/// A review done, with what FSRS made of it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reviewed {
    /// The card after the review.
    pub card: CardView,
    /// The review as logged.
    pub review: Review,
}

/// Finds a card by its number, with a message that says where to look.
async fn find_card<T: Transaction>(tx: &mut T, query: &str) -> Result<Card> {
    let id: CardId = query.parse()?;
    tx.card(id).await?.ok_or_else(|| {
        AppError::NotFound(format!(
            "there is no practice card {id}; see `afterview practice list`"
        ))
    })
}

/// The cards an upcoming interview pulls forward: each one's schedule due
/// time, last review, and the start of that interview.
type Pulled = HashMap<CardId, (Timestamp, Option<Timestamp>, Timestamp)>;

/// The cards an upcoming interview pulls forward at `now`.
async fn pulls<T: Transaction>(tx: &mut T, now: Timestamp) -> Result<Pulled> {
    let until = now.checked_add(PULL_FORWARD_WITHIN).unwrap_or(now);
    Ok(pulled_of(tx.pull_candidates(now, until).await?, now))
}

/// Of the candidates, those really pulled forward at `now`.
fn pulled_of(candidates: Vec<PullCandidate>, now: Timestamp) -> Pulled {
    candidates
        .into_iter()
        .filter(|c| c.effective_due(now) < c.due)
        .map(|c| (c.card_id, (c.due, c.last_review, c.next_interview)))
        .collect()
}

impl CardView {
    fn new(row: CardRow, pulled: &Pulled, now: Timestamp) -> CardView {
        let interview = pulled.get(&row.card.id).map(|p| p.2);
        let due_at = practice::effective_due(row.card.due, row.card.last_review, interview, now);
        CardView {
            pulled_for: interview.filter(|_| due_at < row.card.due),
            due_at,
            card: row.card,
            company: row.company,
        }
    }
}

impl<S: Store> App<S> {
    /// Adds a card of the person's own.
    pub async fn add_card(&self, input: &CardInput) -> Result<CardView> {
        let new = NewCard {
            source: CardSource::Own,
            interview_id: None,
            application_id: None,
            company_id: None,
            question: practice::parse_question(&input.question)?,
            answer: input
                .answer
                .as_deref()
                .map(|a| practice::parse_answer("answer", a))
                .transpose()?
                .flatten(),
            said: None,
            tags: tags(&input.tags)?,
        };
        let now = self.now();
        let mut tx = self.store.write().await?;
        let card = tx.insert_card(&new, now).await?;
        tx.commit().await?;
        Ok(CardView::new(
            CardRow {
                card,
                company: None,
            },
            &HashMap::new(),
            now,
        ))
    }

    /// Cards matching the filter, the most urgent first.
    pub async fn list_cards(&self, input: &CardListInput) -> Result<Vec<CardView>> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let tag = input
            .tag
            .as_deref()
            .map(afterview_core::Tag::parse)
            .transpose()?;
        let company: Option<CompanyId> = match &input.company {
            Some(q) => Some(crate::resolve::company(&mut tx, q).await?.id),
            None => None,
        };
        let pulled = pulls(&mut tx, now).await?;
        let mut rows = tx
            .list_cards(&CardFilter {
                tag: tag.clone(),
                company,
                due_by: input.due.then_some(now),
                retired: input.retired,
            })
            .await?;
        if input.due {
            // Cards an interview pulls forward are due although their
            // schedule says later; they are read apart.
            let mut extra: Vec<CardId> = pulled.keys().copied().collect();
            extra.sort_unstable();
            for id in extra {
                if let Some(card) = tx.card(id).await?
                    && tag.as_ref().is_none_or(|t| card.tags.contains(t))
                    && company.is_none_or(|c| card.company_id == Some(c))
                    && practice::effective_due(
                        card.due,
                        card.last_review,
                        pulled.get(&id).map(|p| p.2),
                        now,
                    ) <= now
                {
                    let company = company_name(&mut tx, card.company_id).await?;
                    rows.push(CardRow { card, company });
                }
            }
        }
        let mut views: Vec<CardView> = rows
            .into_iter()
            .map(|r| CardView::new(r, &pulled, now))
            .collect();
        views.sort_by_key(|v| (v.due_at, v.card.id));
        Ok(views)
    }

    /// The card to practise next: the one due first once upcoming
    /// interviews have pulled their companies' cards forward.
    pub async fn next_card(&self) -> Result<NextCard> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        // The summary is made here from the same candidates, so that the
        // pull-forward query runs once.
        let (due, next) = tx.due_by_schedule(now).await?;
        let until = now.checked_add(PULL_FORWARD_WITHIN).unwrap_or(now);
        let candidates = tx.pull_candidates(now, until).await?;
        let summary = PracticeSummary::new(due, next, &candidates, now);
        let pulled = pulled_of(candidates, now);
        let mut best = tx
            .first_due_card()
            .await?
            .map(|row| CardView::new(row, &pulled, now));
        // Of the pulled cards only the most urgent can come first, so only
        // that one is read.
        let pulled_first = pulled
            .iter()
            .map(|(&id, &(due, last, start))| {
                (practice::effective_due(due, last, Some(start), now), id)
            })
            .min();
        if let Some((at, id)) = pulled_first
            && best
                .as_ref()
                .is_none_or(|b| (at, id) < (b.due_at, b.card.id))
            && let Some(card) = tx.card(id).await?
        {
            let company = company_name(&mut tx, card.company_id).await?;
            best = Some(CardView::new(CardRow { card, company }, &pulled, now));
        }
        tx.commit().await?;
        Ok(NextCard {
            due_now: best.as_ref().is_some_and(|b| b.due_at <= now),
            card: best,
            due_count: summary.due,
        })
    }

    /// Records a review of a card rated `rating` at `at` (now when `None`),
    /// scheduled by FSRS.
    pub async fn review_card(
        &self,
        query: &str,
        rating: &str,
        at: Option<&str>,
    ) -> Result<Reviewed> {
        let rating: Rating = rating.parse()?;
        let now = self.now();
        let mut tx = self.store.write().await?;
        let at = match at {
            Some(text) => {
                let zone = zone_of(tx.profile().await?.time_zone.as_deref());
                parse_when("--at", text, &now.to_zoned_datetime(zone))?
            }
            None => now,
        };
        if at > now {
            return Err(Invalid::new(
                "--at",
                "a review cannot be in the future; pass the time you practised, or leave --at out for now",
            )
            .into());
        }
        let card = find_card(&mut tx, query).await?;
        if card.retired_at.is_some() {
            return Err(AppError::Refused(format!(
                "card {} is retired: its question is no longer in interview {}'s debrief; put it back there to practise it again",
                card.id,
                card.interview_id.map_or(0, |i| i.0)
            )));
        }
        if let Some(last) = card.last_review
            && at < last
        {
            return Err(Invalid::new(
                "--at",
                format!(
                    "card {} was last reviewed at {}; a review cannot come before it. Pass a later --at, or leave it out for now",
                    card.id,
                    afterview_core::time::format_utc(last)
                ),
            )
            .into());
        }
        let step = schedule::step(&card, rating, at)?;
        let (card, review) = card.reviewed(rating, at, step);
        tx.update_card(&card).await?;
        let review = tx.insert_review(&review).await?;
        let company = company_name(&mut tx, card.company_id).await?;
        let pulled = pulls(&mut tx, now).await?;
        tx.commit().await?;
        Ok(Reviewed {
            card: CardView::new(CardRow { card, company }, &pulled, now),
            review,
        })
    }

    /// Replaces a card's tags.
    pub async fn tag_card(&self, query: &str, new_tags: &[String]) -> Result<CardView> {
        let tags = tags(new_tags)?;
        let now = self.now();
        let mut tx = self.store.write().await?;
        let mut card = find_card(&mut tx, query).await?;
        card.tags = tags;
        tx.update_card(&card).await?;
        let company = company_name(&mut tx, card.company_id).await?;
        let pulled = pulls(&mut tx, now).await?;
        tx.commit().await?;
        Ok(CardView::new(CardRow { card, company }, &pulled, now))
    }

    /// Removes a card of the person's own, with its reviews. A card from a
    /// debrief follows its debrief instead: it would come back on the next
    /// save, so it is refused with the way to retire it.
    pub async fn remove_card(&self, query: &str) -> Result<Card> {
        let mut tx = self.store.write().await?;
        let card = find_card(&mut tx, query).await?;
        if card.source == CardSource::Debrief {
            let interview = card.interview_id.map_or(0, |i| i.0);
            return Err(AppError::Refused(format!(
                "card {} comes from interview {interview}'s debrief and follows it; take the question out of the debrief (`afterview debrief {interview}`) and the card retires",
                card.id
            )));
        }
        tx.delete_card(card.id).await?;
        tx.commit().await?;
        Ok(card)
    }

    /// Every review of a card, oldest first.
    pub async fn card_reviews(&self, query: &str) -> Result<(CardView, Vec<Review>)> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let card = find_card(&mut tx, query).await?;
        let reviews = tx.reviews(card.id).await?;
        let company = company_name(&mut tx, card.company_id).await?;
        let pulled = pulls(&mut tx, now).await?;
        tx.commit().await?;
        Ok((
            CardView::new(CardRow { card, company }, &pulled, now),
            reviews,
        ))
    }

    /// How many practice reviews took place in `[from, to)`.
    pub async fn reviews_between(&self, from: Timestamp, to: Timestamp) -> Result<u64> {
        let mut tx = self.store.read().await?;
        Ok(tx.reviews_between(from, to).await?)
    }
}

/// A company's name by id.
async fn company_name<T: Transaction>(
    tx: &mut T,
    company: Option<CompanyId>,
) -> Result<Option<String>> {
    Ok(match company {
        Some(id) => tx.company(id).await?.map(|c| c.name.to_string()),
        None => None,
    })
}

/// Tags as typed: each flag may hold a comma-separated list.
fn tags(input: &[String]) -> Result<Vec<afterview_core::Tag>> {
    let mut out: Vec<afterview_core::Tag> = Vec::new();
    for flag in input {
        for tag in parse_tags(flag)? {
            if !out.contains(&tag) {
                out.push(tag);
            }
        }
    }
    Ok(out)
}

/// Brings an interview's cards in line with its debrief's latest content,
/// inside the transaction that saves that debrief.
pub(crate) async fn sync_debrief_cards<T: Transaction>(
    tx: &mut T,
    interview: &Interview,
    content: &Content,
    now: Timestamp,
) -> Result<()> {
    let company = tx
        .application(interview.application_id)
        .await?
        .map(|a| a.company_id);
    let mut existing: HashMap<String, Card> = tx
        .cards_of_interview(interview.id)
        .await?
        .into_iter()
        .map(|c| (practice::question_key(&c.question), c))
        .collect();
    for new in practice::debrief_cards(content) {
        let key = practice::question_key(&new.question);
        match existing.remove(&key) {
            Some(card) => {
                let mut kept = card.clone();
                kept.question = new.question;
                kept.answer = new.answer;
                kept.said = new.said;
                kept.retired_at = None;
                if kept != card {
                    tx.update_card(&kept).await?;
                }
            }
            None => {
                let new = NewCard {
                    interview_id: Some(interview.id),
                    application_id: Some(interview.application_id),
                    company_id: company,
                    ..new
                };
                tx.insert_card(&new, now).await?;
            }
        }
    }
    for (_, mut gone) in existing {
        if gone.retired_at.is_none() {
            gone.retired_at = Some(now);
            tx.update_card(&gone).await?;
        }
    }
    Ok(())
}
