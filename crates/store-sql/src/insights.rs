//! The one bounded read behind insights: lean rows, with the grouping done
//! by the database where both backends spell it the same.
//!
//! Each query reads a narrow set of columns: the first move of each
//! application to each status (grouped, so a long history costs one row per
//! status), every round, who sat on each, each debrief's first save and the
//! latest version's rating (from the `rating` column, never the JSON), and
//! the must-dos done after rounds. Instants compare as text, since they
//! are stored fixed-width in UTC.

use crate::SqlTx;
use crate::rows::{int, opt_int, parsed, text, ts};
use afterview_core::insights::{DebriefFirst, FirstMove, InsightFacts, RoundFact, Step, StepDone};
use afterview_core::letter::LetterKind;
use afterview_core::{ApplicationId, ContactId, InterviewId};
use afterview_store::Result;

/// Reads everything [`afterview_core::insights::insights`] needs.
pub(crate) async fn insight_facts(tx: &mut SqlTx) -> Result<InsightFacts> {
    let mut facts = InsightFacts::default();
    for mut row in tx
        .rows(
            "SELECT application_id, to_status, MIN(at) AS at FROM application_events \
             GROUP BY application_id, to_status",
            &[],
        )
        .await?
    {
        facts.moves.push(FirstMove {
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
    for mut row in tx
        .rows(
            "SELECT d.interview_id, d.rating, f.first_at FROM debriefs d \
             JOIN (SELECT interview_id, MAX(version) AS latest, MIN(written_at) AS first_at \
                   FROM debriefs GROUP BY interview_id) f \
             ON f.interview_id = d.interview_id AND f.latest = d.version",
            &[],
        )
        .await?
    {
        facts.debriefs.push(DebriefFirst {
            interview_id: InterviewId(int(&mut row, "interview_id")?),
            first_written_at: ts(&mut row, "first_at")?,
            rating: opt_int(&mut row, "rating")?.and_then(|r| u8::try_from(r).ok()),
        });
    }
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
