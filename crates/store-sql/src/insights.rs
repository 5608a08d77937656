//! The one bounded read behind insights: plain scans of a few narrow
//! columns, folded here.
//!
//! Each query reads one table straight through: every move of every
//! application, every round, who sat on each, every debrief version's
//! rating (the `rating` column, never the JSON) and save time, and the
//! must-dos done after rounds. Grouping in SQL (the first move per status,
//! the latest debrief version) made SQLite sort into a temporary B-tree or
//! look up each version by index, which cost several times the scan; the
//! debriefs are folded here instead, and the moves in the pure core.

use crate::SqlTx;
use crate::rows::{int, opt_int, parsed, text, ts};
use afterview_core::hash::FastMap;
use afterview_core::insights::{DebriefFirst, InsightFacts, Move, RoundFact, Step, StepDone};
use afterview_core::letter::LetterKind;
use afterview_core::{ApplicationId, ContactId, InterviewId};
use afterview_store::Result;

/// Reads everything [`afterview_core::insights::insights`] needs.
pub(crate) async fn insight_facts(tx: &mut SqlTx) -> Result<InsightFacts> {
    let mut facts = InsightFacts::default();
    for mut row in tx
        .rows(
            "SELECT application_id, to_status, at FROM application_events",
            &[],
        )
        .await?
    {
        facts.moves.push(Move {
            application_id: ApplicationId(int(&mut row, "application_id")?),
            status: parsed(&mut row, "to_status")?,
            at: ts(&mut row, "at")?,
        });
    }
    for mut row in tx
        .rows(
            "SELECT id, application_id, round, status, starts_at, ends_at, created_at FROM interviews",
            &[],
        )
        .await?
    {
        facts.rounds.push(RoundFact {
            id: InterviewId(int(&mut row, "id")?),
            application_id: ApplicationId(int(&mut row, "application_id")?),
            round: int(&mut row, "round")?,
            status: parsed(&mut row, "status")?,
            starts_at: ts(&mut row, "starts_at")?,
            ends_at: ts(&mut row, "ends_at")?,
            created_at: ts(&mut row, "created_at")?,
        });
    }
    for mut row in tx
        .rows("SELECT interview_id, contact_id FROM interviewers", &[])
        .await?
    {
        facts.panels.push((
            InterviewId(int(&mut row, "interview_id")?),
            ContactId(int(&mut row, "contact_id")?),
        ));
    }
    // Per round: the first save, and the rating of the latest version.
    let mut debriefs: FastMap<InterviewId, (DebriefFirst, i64)> = FastMap::default();
    for mut row in tx
        .rows(
            "SELECT interview_id, version, rating, written_at FROM debriefs",
            &[],
        )
        .await?
    {
        let interview_id = InterviewId(int(&mut row, "interview_id")?);
        let version = int(&mut row, "version")?;
        let rating = opt_int(&mut row, "rating")?.and_then(|r| u8::try_from(r).ok());
        let at = ts(&mut row, "written_at")?;
        let entry = debriefs.entry(interview_id).or_insert((
            DebriefFirst {
                interview_id,
                first_written_at: at,
                rating,
            },
            version,
        ));
        entry.0.first_written_at = entry.0.first_written_at.min(at);
        if version > entry.1 {
            *entry = (DebriefFirst { rating, ..entry.0 }, version);
        }
    }
    facts.debriefs = debriefs.into_values().map(|(d, _)| d).collect();
    for mut row in tx
        .rows(
            "SELECT key, at FROM action_marks WHERE state = 'done' AND interview_id IS NOT NULL \
             AND (key LIKE 'debrief-%' OR key LIKE 'thank-%' OR key LIKE 'followup-%')",
            &[],
        )
        .await?
    {
        let key = text(&mut row, "key")?;
        if let Some((interview_id, step)) = Step::from_key(&key) {
            facts.done.push(StepDone {
                interview_id,
                step,
                at: ts(&mut row, "at")?,
            });
        }
    }
    // A letter that went out counts even when its action was never marked
    // (a letter drafted by hand, with no action to answer).
    for mut row in tx
        .rows(
            "SELECT interview_id, contact_id, kind, sent_at FROM letters \
             WHERE state = 'sent' AND interview_id IS NOT NULL AND sent_at IS NOT NULL \
             AND kind IN ('thanks', 'followup')",
            &[],
        )
        .await?
    {
        let interview_id = InterviewId(int(&mut row, "interview_id")?);
        let contact = opt_int(&mut row, "contact_id")?.map(ContactId);
        let step = match (parsed::<LetterKind>(&mut row, "kind")?, contact) {
            (LetterKind::Thanks, Some(c)) => Step::Thanks(c),
            (LetterKind::FollowUp, _) => Step::FollowUp,
            _ => continue,
        };
        facts.done.push(StepDone {
            interview_id,
            step,
            at: ts(&mut row, "sent_at")?,
        });
    }
    Ok(facts)
}
