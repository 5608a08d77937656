//! Letters: drafted from the data, proofread offline, edited, and sent
//! exactly once.
//!
//! A draft is written from a template ([`afterview_letters`]) filled with
//! the person's data: the interviewer, the company and role, the interview,
//! its debrief and the skills that match the posting. Every letter is
//! proofread ([`afterview_proofread`]) with what afterview knows: the names
//! of everyone in the contacts are never misspellings, and a company or
//! person from another application is a copy-paste error. Sending moves the
//! letter `draft → sending → sent` in separate transactions around the hand-
//! over, so that a crash in between leaves it in `sending`, which is never
//! resent without the person's word. Sending a letter does the agenda action
//! it answers.

mod draft;
mod send;

use crate::{App, Result, resolve};
use afterview_core::letter::{Letter, LetterKind, LetterState, LetterText};
use afterview_core::text::Invalid;
use afterview_core::{ApplicationId, LetterId};
use afterview_proofread::{Context, Finding, Proofreader, Severity};
use afterview_store::prelude::*;
use afterview_store::{LetterFilter, LetterRow};
use serde::Serialize;

pub use draft::{DraftRequest, Drafted};
pub use send::{Outbox, SendOptions, SendOutcome, SendVia};

/// A letter as the interfaces show it, with what the proofreader found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LetterView {
    /// The letter.
    #[serde(flatten)]
    pub letter: Letter,
    /// The company of its application, if any.
    pub company: Option<String>,
    /// The role of its application, if any.
    pub role: Option<String>,
    /// What the proofreader found, when it was asked.
    pub findings: Option<Vec<Finding>>,
}

impl LetterView {
    fn new(row: LetterRow, findings: Option<Vec<Finding>>) -> LetterView {
        LetterView {
            letter: row.letter,
            company: row.company,
            role: row.role,
            findings,
        }
    }

    /// How many findings are errors (which block sending).
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .flatten()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}

/// Which letters to list, as typed.
#[derive(Debug, Clone, Default)]
pub struct LetterListInput {
    /// Only this application's (by number or company name).
    pub application: Option<String>,
    /// Only in this state.
    pub state: Option<String>,
}

/// The names letters about one application are proofread against.
#[derive(Debug, Default)]
pub(crate) struct Known {
    company: Option<String>,
    other_companies: Vec<String>,
    other_people: Vec<String>,
    words: Vec<String>,
}

impl Known {
    /// Proofreads a letter with these names and its recipient's.
    pub(crate) fn check(&self, proofreader: &Proofreader, letter: &Letter) -> Vec<Finding> {
        let recipients = [letter.to_name.as_str()];
        let other_companies: Vec<&str> = self.other_companies.iter().map(String::as_str).collect();
        let other_people: Vec<&str> = self.other_people.iter().map(String::as_str).collect();
        // The recipient is nearly always a contact, so already known; adding
        // them only when not keeps the list the same from letter to letter,
        // and the proofreader reuses its index of the names.
        let mut words: Vec<&str> = self.words.iter().map(String::as_str).collect();
        if !words.contains(&letter.to_name.as_str()) {
            words.push(&letter.to_name);
        }
        let ctx = Context {
            letter_kind: proof_kind(letter.kind),
            recipient_names: &recipients,
            company: self.company.as_deref(),
            other_companies: &other_companies,
            other_people: &other_people,
            known_words: &words,
        };
        proofreader.check(&letter.subject, &letter.body, &ctx)
    }
}

/// The proofreader's name for a kind of letter.
fn proof_kind(kind: LetterKind) -> afterview_proofread::LetterKind {
    use afterview_proofread::LetterKind as P;
    match kind {
        LetterKind::Thanks => P::Thanks,
        LetterKind::FollowUp => P::FollowUp,
        LetterKind::Nudge => P::Nudge,
        LetterKind::CheckIn => P::CheckIn,
        LetterKind::Ask => P::NetworkingAsk,
        LetterKind::Withdraw => P::Withdrawal,
    }
}

/// Reads the names letters about `app` are proofread against: its
/// company, the companies and interviewers of the other applications in
/// play, and every name afterview knows (people, companies, skills, you).
pub(crate) async fn known_for<T: Transaction>(
    tx: &mut T,
    app: Option<ApplicationId>,
) -> Result<Known> {
    let profile = tx.profile().await?;
    let company = match app {
        Some(app) => match tx.application(app).await? {
            Some(app) => tx
                .company(app.company_id)
                .await?
                .map(|c| c.name.to_string()),
            None => None,
        },
        None => None,
    };
    let names = tx.proofing_names(app).await?;
    let mut words: Vec<String> = names.everyone;
    words.extend(profile.name.iter().map(|n| n.to_string()));
    words.extend(profile.skills.iter().map(|s| s.to_string()));
    Ok(Known {
        company,
        other_companies: names.other_companies,
        other_people: names.other_people,
        words,
    })
}

impl<S: Store> App<S> {
    /// Every letter matching the filter, newest first.
    pub async fn list_letters(&self, input: &LetterListInput) -> Result<Vec<LetterView>> {
        let mut tx = self.store.read().await?;
        let mut filter = LetterFilter::default();
        if let Some(app) = input.application.as_deref() {
            filter.application = Some(resolve::application(&mut tx, app).await?.id);
        }
        if let Some(state) = input.state.as_deref() {
            filter.states = vec![state.parse::<LetterState>()?];
        }
        let rows = tx.list_letters(&filter).await?;
        tx.commit().await?;
        Ok(rows.into_iter().map(|r| LetterView::new(r, None)).collect())
    }

    /// One letter, proofread when a proofreader is given.
    pub async fn show_letter(
        &self,
        id: &str,
        proofreader: Option<&Proofreader>,
    ) -> Result<LetterView> {
        let mut tx = self.store.read().await?;
        let row = letter_row(&mut tx, id).await?;
        let findings = match proofreader {
            Some(p) => Some(
                known_for(&mut tx, row.letter.application_id)
                    .await?
                    .check(p, &row.letter),
            ),
            None => None,
        };
        tx.commit().await?;
        Ok(LetterView::new(row, findings))
    }

    /// The text of a draft as a person edits it, with guidance lines.
    pub async fn letter_for_editing(&self, id: &str) -> Result<(Letter, String)> {
        let mut tx = self.store.read().await?;
        let row = letter_row(&mut tx, id).await?;
        tx.commit().await?;
        let letter = row.letter;
        if !letter.is_editable() {
            return Err(crate::AppError::Refused(format!(
                "letter {} is {}; a letter that went out is never changed",
                letter.id,
                letter.describe_state()
            )));
        }
        let text = LetterText::new(&letter.subject, &letter.body)?;
        let guidance = vec![
            format!(
                "Letter {} to {}. Lines starting with # are ignored.",
                letter.id, letter.to_name
            ),
            "Keep the `Subject:` line, a blank line, then the letter.".to_owned(),
            "Save and close to proofread it; close without saving to keep it as it was.".to_owned(),
        ];
        let editable = text.to_editable(&guidance);
        Ok((letter, editable))
    }

    /// Saves an edited draft and proofreads it.
    pub async fn save_letter_text(
        &self,
        id: LetterId,
        text: &LetterText,
        proofreader: &Proofreader,
    ) -> Result<LetterView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let letter = tx.update_letter_text(id, text, now).await?;
        let known = known_for(&mut tx, letter.application_id).await?;
        let row = letter_row(&mut tx, &id.to_string()).await?;
        tx.commit().await?;
        let findings = known.check(proofreader, &row.letter);
        Ok(LetterView::new(row, Some(findings)))
    }

    /// Proofreads an edited text of a letter without saving it, against
    /// the same names a save would use: the web editor checks as the person
    /// types.
    pub async fn check_letter_text(
        &self,
        id: &str,
        text: &LetterText,
        proofreader: &Proofreader,
    ) -> Result<Vec<Finding>> {
        let mut tx = self.store.read().await?;
        let row = letter_row(&mut tx, id).await?;
        let known = known_for(&mut tx, row.letter.application_id).await?;
        tx.commit().await?;
        let mut letter = row.letter;
        letter.subject = text.subject().to_owned();
        letter.body = text.body().to_owned();
        Ok(known.check(proofreader, &letter))
    }

    /// Removes a draft.
    pub async fn remove_letter(&self, id: &str) -> Result<Letter> {
        let mut tx = self.store.write().await?;
        let letter = letter_row(&mut tx, id).await?.letter;
        tx.delete_letter(letter.id).await?;
        tx.commit().await?;
        Ok(letter)
    }

    /// Records the answer to a sent letter: it stops the nudges.
    pub async fn letter_replied(&self, id: &str, at: Option<&str>) -> Result<LetterView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let zone = crate::zone_of(tx.profile().await?.time_zone.as_deref());
        let at = match at {
            Some(at) => crate::parse_when("at", at, &now.to_zoned_datetime(zone))?,
            None => now,
        };
        let letter = letter_row(&mut tx, id).await?.letter;
        if at > now {
            return Err(Invalid::new(
                "at",
                "the reply cannot come from the future; leave out --at for now",
            )
            .into());
        }
        if letter.sent_at.is_some_and(|sent| at < sent) {
            return Err(Invalid::new(
                "at",
                "that is before the letter went out; give the time the reply came",
            )
            .into());
        }
        let letter = tx.mark_replied(letter.id, at).await?;
        if let Some(contact) = letter.contact_id {
            let note = afterview_core::LongText::parse(
                "note",
                &format!("Replied to letter {}", letter.id),
            )?;
            tx.insert_touch(
                contact,
                at,
                afterview_core::follow::TouchVia::Email,
                Some(&note),
            )
            .await?;
        }
        let row = letter_row(&mut tx, &letter.id.to_string()).await?;
        tx.commit().await?;
        Ok(LetterView::new(row, None))
    }
}

/// A letter by number, or a message that says which exist.
pub(crate) async fn letter_row<T: Transaction>(tx: &mut T, query: &str) -> Result<LetterRow> {
    let id = parse_letter_id(query)?;
    let filter = LetterFilter {
        id: Some(id),
        ..LetterFilter::default()
    };
    let rows = tx.list_letters(&filter).await?;
    rows.into_iter().next().ok_or_else(|| {
        crate::AppError::NotFound(format!(
            "there is no letter {id}; `afterview letter list` shows the letters"
        ))
    })
}

/// A letter's number as typed: "12" or "#12".
pub(crate) fn parse_letter_id(query: &str) -> Result<LetterId> {
    let q = query.trim().trim_start_matches('#');
    q.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(LetterId)
        .ok_or_else(|| {
            Invalid::new(
                "letter",
                format!("\"{query}\" is not a letter number; `afterview letter list` shows them"),
            )
            .into()
        })
}
