//! Practice cards on SQL: the cards with their schedules as columns, the
//! review log, and the two indexed reads a drill needs (the first card due,
//! and the cards an upcoming interview pulls forward).
//!
//! FSRS's stability and difficulty are `f32`s kept as their shortest decimal
//! text, which reads back to the same bits on both backends (the executor
//! port carries integers and text only), so a backup is byte-for-byte the
//! same from either.

use crate::contacts::tags_text;
use crate::exec::{Row, Value};
use crate::rows::{int, opt_int, opt_text, opt_ts, parsed, text, ts, ts_text};
use crate::{SqlTx, params};
use afterview_core::practice::{
    Card, Memory, NewCard, NewReview, PULL_FORWARD_WITHIN, PracticeSummary, PullCandidate, Review,
    question_key,
};
use afterview_core::{ApplicationId, CardId, CompanyId, InterviewId, ReviewId, Tag};
use afterview_store::{CardFilter, CardRow, PracticePort, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;

/// The columns of a card, with `p` the card.
pub(crate) const CARD: &str = "p.id, p.source, p.interview_id, p.application_id, p.company_id, \
     p.question, p.answer, p.said, p.tags, p.stability, p.difficulty, p.due, p.last_review, \
     p.reps, p.lapses, p.created_at, p.retired_at";

/// The columns of a review.
pub(crate) const REVIEW: &str =
    "id, card_id, rating, at, elapsed_days, interval_days, due, stability, difficulty";

fn corrupt(col: &str, why: impl std::fmt::Display) -> StoreError {
    StoreError::Other(format!(
        "the stored value of {col} is not valid ({why}); was the database edited by hand?"
    ))
}

/// A stored FSRS number.
fn float(row: &mut Row, col: &str) -> Result<Option<f32>> {
    opt_text(row, col)?
        .map(|t| t.parse::<f32>().map_err(|e| corrupt(col, e)))
        .transpose()
}

/// An FSRS number as stored: the shortest text that reads back the same.
pub(crate) fn float_text(v: f32) -> String {
    v.to_string()
}

fn memory(row: &mut Row) -> Result<Option<Memory>> {
    match (float(row, "stability")?, float(row, "difficulty")?) {
        (Some(stability), Some(difficulty)) => Ok(Some(Memory {
            stability,
            difficulty,
        })),
        _ => Ok(None),
    }
}

fn count(row: &mut Row, col: &str) -> Result<u32> {
    u32::try_from(int(row, col)?).map_err(|e| corrupt(col, e))
}

pub(crate) fn card_from(row: &mut Row) -> Result<Card> {
    let tags = text(row, "tags")?
        .split_whitespace()
        .map(|t| Tag::parse(t).map_err(|e| corrupt("tags", e)))
        .collect::<Result<Vec<_>>>()?;
    Ok(Card {
        id: CardId(int(row, "id")?),
        source: parsed(row, "source")?,
        interview_id: opt_int(row, "interview_id")?.map(InterviewId),
        application_id: opt_int(row, "application_id")?.map(ApplicationId),
        company_id: opt_int(row, "company_id")?.map(CompanyId),
        question: text(row, "question")?,
        answer: opt_text(row, "answer")?,
        said: opt_text(row, "said")?,
        tags,
        memory: memory(row)?,
        due: ts(row, "due")?,
        last_review: opt_ts(row, "last_review")?,
        reps: int(row, "reps")?,
        lapses: int(row, "lapses")?,
        created_at: ts(row, "created_at")?,
        retired_at: opt_ts(row, "retired_at")?,
    })
}

pub(crate) fn review_from(row: &mut Row) -> Result<Review> {
    Ok(Review {
        id: ReviewId(int(row, "id")?),
        card_id: CardId(int(row, "card_id")?),
        rating: parsed(row, "rating")?,
        at: ts(row, "at")?,
        elapsed_days: count(row, "elapsed_days")?,
        interval_days: count(row, "interval_days")?,
        due: ts(row, "due")?,
        memory: memory(row)?.ok_or_else(|| corrupt("stability", "it is empty"))?,
    })
}

/// A card's row as the restore writes it, in [`CARD_COLUMNS`] order.
pub(crate) fn card_values(c: &Card) -> Vec<Value> {
    vec![
        Value::from(c.id.0),
        Value::from(c.source.as_str()),
        Value::Int(c.interview_id.map(|i| i.0)),
        Value::Int(c.application_id.map(|a| a.0)),
        Value::Int(c.company_id.map(|co| co.0)),
        Value::from(c.question.as_str()),
        Value::from(question_key(&c.question)),
        Value::Text(c.answer.clone()),
        Value::Text(c.said.clone()),
        Value::from(tags_text(&c.tags)),
        Value::Text(c.memory.map(|m| float_text(m.stability))),
        Value::Text(c.memory.map(|m| float_text(m.difficulty))),
        Value::from(ts_text(c.due)),
        Value::Text(c.last_review.map(ts_text)),
        Value::from(c.reps),
        Value::from(c.lapses),
        Value::from(ts_text(c.created_at)),
        Value::Text(c.retired_at.map(ts_text)),
    ]
}

/// The columns [`card_values`] fills.
pub(crate) const CARD_COLUMNS: &[&str] = &[
    "id",
    "source",
    "interview_id",
    "application_id",
    "company_id",
    "question",
    "question_key",
    "answer",
    "said",
    "tags",
    "stability",
    "difficulty",
    "due",
    "last_review",
    "reps",
    "lapses",
    "created_at",
    "retired_at",
];

/// A review's row as the restore writes it, in [`REVIEW_COLUMNS`] order.
pub(crate) fn review_values(r: &Review) -> Vec<Value> {
    vec![
        Value::from(r.id.0),
        Value::from(r.card_id.0),
        Value::from(r.rating.as_str()),
        Value::from(ts_text(r.at)),
        Value::from(i64::from(r.elapsed_days)),
        Value::from(i64::from(r.interval_days)),
        Value::from(ts_text(r.due)),
        Value::from(float_text(r.memory.stability)),
        Value::from(float_text(r.memory.difficulty)),
    ]
}

/// The columns [`review_values`] fills.
pub(crate) const REVIEW_COLUMNS: &[&str] = &[
    "id",
    "card_id",
    "rating",
    "at",
    "elapsed_days",
    "interval_days",
    "due",
    "stability",
    "difficulty",
];

impl SqlTx {
    /// The card, or a message that names it.
    async fn existing_card(&mut self, id: CardId) -> Result<Card> {
        self.card(id)
            .await?
            .ok_or_else(|| StoreError::Reference(format!("there is no practice card {id}")))
    }
}

#[async_trait]
impl PracticePort for SqlTx {
    async fn insert_card(&mut self, new: &NewCard, now: Timestamp) -> Result<Card> {
        self.savepoint().await?;
        let inserted = self
            .row(
                "INSERT INTO practice_cards (source, interview_id, application_id, company_id, \
                 question, question_key, answer, said, tags, due, reps, lapses, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $10) RETURNING id",
                params![
                    new.source.as_str(),
                    new.interview_id.map(|i| i.0),
                    new.application_id.map(|a| a.0),
                    new.company_id.map(|c| c.0),
                    new.question.as_str(),
                    question_key(&new.question),
                    new.answer.clone(),
                    new.said.clone(),
                    tags_text(&new.tags),
                    ts_text(now),
                ],
            )
            .await;
        let mut row = self.settle(inserted).await.map_err(|e| match e {
            StoreError::Conflict(_) => StoreError::Conflict(format!(
                "interview {} already has a card for \"{}\"",
                new.interview_id.map_or(0, |i| i.0),
                new.question
            )),
            other => other,
        })?;
        let id = CardId(int(&mut row, "id")?);
        self.existing_card(id).await
    }

    async fn card(&mut self, id: CardId) -> Result<Option<Card>> {
        let sql = format!("SELECT {CARD} FROM practice_cards p WHERE p.id = $1");
        match self.opt_row(&sql, params![id.0]).await? {
            Some(mut row) => Ok(Some(card_from(&mut row)?)),
            None => Ok(None),
        }
    }

    async fn list_cards(&mut self, filter: &CardFilter) -> Result<Vec<CardRow>> {
        let mut sql = format!(
            "SELECT {CARD}, c.name AS company FROM practice_cards p \
             LEFT JOIN companies c ON c.id = p.company_id WHERE 1 = 1"
        );
        let mut binds: Vec<Value> = Vec::new();
        if !filter.retired {
            sql.push_str(" AND p.retired_at IS NULL");
        }
        if let Some(tag) = &filter.tag {
            binds.push(format!("% {} %", tag.as_str()).into());
            sql.push_str(&format!(" AND p.tags LIKE ${}", binds.len()));
        }
        if let Some(company) = filter.company {
            binds.push(company.0.into());
            sql.push_str(&format!(" AND p.company_id = ${}", binds.len()));
        }
        if let Some(due) = filter.due_by {
            binds.push(ts_text(due).into());
            sql.push_str(&format!(" AND p.due <= ${}", binds.len()));
        }
        sql.push_str(" ORDER BY p.due, p.id");
        let mut out = Vec::new();
        for mut row in self.rows(&sql, &binds).await? {
            out.push(CardRow {
                card: card_from(&mut row)?,
                company: opt_text(&mut row, "company")?,
            });
        }
        Ok(out)
    }

    async fn cards_of_interview(&mut self, interview: InterviewId) -> Result<Vec<Card>> {
        let sql =
            format!("SELECT {CARD} FROM practice_cards p WHERE p.interview_id = $1 ORDER BY p.id");
        let mut rows = self.rows(&sql, params![interview.0]).await?;
        rows.iter_mut().map(card_from).collect()
    }

    async fn update_card(&mut self, c: &Card) -> Result<()> {
        self.savepoint().await?;
        let updated = self
            .exec(
                "UPDATE practice_cards SET question = $2, question_key = $3, answer = $4, said = $5, \
                 tags = $6, stability = $7, difficulty = $8, due = $9, last_review = $10, reps = $11, \
                 lapses = $12, retired_at = $13, interview_id = $14, application_id = $15, \
                 company_id = $16 WHERE id = $1",
                params![
                    c.id.0,
                    c.question.as_str(),
                    question_key(&c.question),
                    c.answer.clone(),
                    c.said.clone(),
                    tags_text(&c.tags),
                    c.memory.map(|m| float_text(m.stability)),
                    c.memory.map(|m| float_text(m.difficulty)),
                    ts_text(c.due),
                    c.last_review.map(ts_text),
                    c.reps,
                    c.lapses,
                    c.retired_at.map(ts_text),
                    c.interview_id.map(|i| i.0),
                    c.application_id.map(|a| a.0),
                    c.company_id.map(|co| co.0),
                ],
            )
            .await;
        match self.settle(updated).await? {
            0 => Err(StoreError::Reference(format!(
                "there is no practice card {}",
                c.id
            ))),
            _ => Ok(()),
        }
    }

    async fn delete_card(&mut self, id: CardId) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM practice_cards WHERE id = $1", params![id.0])
            .await?
            > 0)
    }

    async fn first_due_card(&mut self) -> Result<Option<CardRow>> {
        // The partial index of live cards by due time answers this with
        // one step; the company's name is looked up for that one row.
        let sql = format!(
            "SELECT {CARD}, (SELECT c.name FROM companies c WHERE c.id = p.company_id) AS company \
             FROM practice_cards p WHERE p.retired_at IS NULL ORDER BY p.due, p.id LIMIT 1"
        );
        match self.opt_row(&sql, &[]).await? {
            Some(mut row) => Ok(Some(CardRow {
                card: card_from(&mut row)?,
                company: opt_text(&mut row, "company")?,
            })),
            None => Ok(None),
        }
    }

    async fn pull_candidates(
        &mut self,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Vec<PullCandidate>> {
        // From the few interviews coming up (by start), to their companies'
        // live cards not yet due.
        let rows = self
            .rows(
                "SELECT p.id, p.due, p.last_review, MIN(i.starts_at) AS next_interview \
                 FROM interviews i JOIN applications a ON a.id = i.application_id \
                 JOIN practice_cards p ON p.company_id = a.company_id \
                 WHERE i.status = 'scheduled' AND i.starts_at > $1 AND i.starts_at <= $2 \
                 AND p.retired_at IS NULL AND p.due > $1 \
                 GROUP BY p.id, p.due, p.last_review ORDER BY p.id",
                params![ts_text(now), ts_text(until)],
            )
            .await?;
        rows.into_iter()
            .map(|mut row| {
                Ok(PullCandidate {
                    card_id: CardId(int(&mut row, "id")?),
                    due: ts(&mut row, "due")?,
                    last_review: opt_ts(&mut row, "last_review")?,
                    next_interview: ts(&mut row, "next_interview")?,
                })
            })
            .collect()
    }

    async fn due_by_schedule(&mut self, now: Timestamp) -> Result<(u32, Option<Timestamp>)> {
        let mut row = self
            .row(
                "SELECT (SELECT COUNT(*) FROM practice_cards WHERE retired_at IS NULL AND due <= $1) AS due, \
                 (SELECT MIN(due) FROM practice_cards WHERE retired_at IS NULL AND due > $1) AS next_due",
                params![ts_text(now)],
            )
            .await?;
        Ok((count(&mut row, "due")?, opt_ts(&mut row, "next_due")?))
    }

    async fn practice_summary(&mut self, now: Timestamp) -> Result<PracticeSummary> {
        let (due, next) = self.due_by_schedule(now).await?;
        let until = now.checked_add(PULL_FORWARD_WITHIN).unwrap_or(now);
        let candidates = self.pull_candidates(now, until).await?;
        let mut summary = PracticeSummary::new(due, next, &candidates, now);
        // The next round to start (it stops pulling then), and the next to
        // come within reach of pulling.
        let mut row = self
            .row(
                "SELECT (SELECT MIN(starts_at) FROM interviews WHERE status = 'scheduled' \
                 AND starts_at > $1) AS starts, (SELECT MIN(starts_at) FROM interviews \
                 WHERE status = 'scheduled' AND starts_at > $2) AS comes",
                params![ts_text(now), ts_text(until)],
            )
            .await?;
        let starts = opt_ts(&mut row, "starts")?;
        let comes =
            opt_ts(&mut row, "comes")?.and_then(|t| t.checked_sub(PULL_FORWARD_WITHIN).ok());
        summary.pull_changes_at = starts.into_iter().chain(comes).min();
        Ok(summary)
    }

    async fn insert_review(&mut self, r: &NewReview) -> Result<Review> {
        let mut row = self
            .row(
                "INSERT INTO practice_reviews (card_id, rating, at, elapsed_days, interval_days, due, \
                 stability, difficulty) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                params![
                    r.card_id.0,
                    r.rating.as_str(),
                    ts_text(r.at),
                    i64::from(r.elapsed_days),
                    i64::from(r.interval_days),
                    ts_text(r.due),
                    float_text(r.memory.stability),
                    float_text(r.memory.difficulty),
                ],
            )
            .await?;
        Ok(Review {
            id: ReviewId(int(&mut row, "id")?),
            card_id: r.card_id,
            rating: r.rating,
            at: r.at,
            elapsed_days: r.elapsed_days,
            interval_days: r.interval_days,
            due: r.due,
            memory: r.memory,
        })
    }

    async fn reviews(&mut self, card: CardId) -> Result<Vec<Review>> {
        let sql = format!("SELECT {REVIEW} FROM practice_reviews WHERE card_id = $1 ORDER BY id");
        let mut rows = self.rows(&sql, params![card.0]).await?;
        rows.iter_mut().map(review_from).collect()
    }

    async fn reviews_between(&mut self, from: Timestamp, to: Timestamp) -> Result<u64> {
        let mut row = self
            .row(
                "SELECT COUNT(*) AS n FROM practice_reviews WHERE at >= $1 AND at < $2",
                params![ts_text(from), ts_text(to)],
            )
            .await?;
        u64::try_from(int(&mut row, "n")?).map_err(|e| corrupt("n", e))
    }
}
