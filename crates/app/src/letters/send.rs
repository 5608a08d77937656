//! Sending a letter exactly once: by email over SMTP, as an `.eml` file, or
//! as a printable card.
//!
//! The letter moves to `sending` with its Message-ID in a transaction of its
//! own before anything leaves, and to `sent` in another once the server has
//! taken it. A crash or a kill between the two leaves it in `sending`, and a
//! letter in `sending` is sent again only when the person says so
//! (`--resend`): it may already be in the recipient's inbox. A file (an
//! `.eml` to send from a mail client, a card to post) stays in `sending`
//! until the person says it went out (`afterview letter sent`).

use super::{LetterView, known_for, letter_row};
use crate::{App, AppError, Result, zone_of};
use afterview_core::letter::{Letter, LetterState, SentVia};
use afterview_mail::{Card, Mailbox, Outgoing, SendError, SmtpConfig};
use afterview_proofread::{Proofreader, Severity};
use afterview_store::prelude::*;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Where email goes out: the SMTP server from the config file.
#[derive(Debug, Clone, Default)]
pub struct Outbox {
    /// The server, with the password already read; none when the config
    /// has no `[smtp]` section.
    pub smtp: Option<SmtpConfig>,
    /// The sender, when the config names one; else the profile's address.
    pub from: Option<Mailbox>,
}

/// The way out for one letter.
#[derive(Debug, Clone)]
pub enum SendVia {
    /// By email, over SMTP.
    Email,
    /// As an `.eml` file at this path.
    Eml(PathBuf),
    /// As a printable HTML card at this path.
    Card(PathBuf),
}

/// How to send.
#[derive(Debug, Clone)]
pub struct SendOptions {
    /// The way out.
    pub via: SendVia,
    /// Send despite errors the proofreader found.
    pub force: bool,
    /// Send a letter found in `sending` again: the person checked that the
    /// first attempt did not arrive.
    pub resend: bool,
}

/// What sending did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendOutcome {
    /// The letter, as it now stands.
    pub letter: LetterView,
    /// The server's answer, for an email.
    pub server_reply: Option<String>,
    /// The file written, for an `.eml` or a card.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub file: Option<PathBuf>,
}

impl<S: Store> App<S> {
    /// Sends a letter exactly once (see the module's documentation).
    pub async fn send_letter(
        &self,
        id: &str,
        options: &SendOptions,
        outbox: &Outbox,
        proofreader: &Proofreader,
    ) -> Result<SendOutcome> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let profile = tx.profile().await?;
        let zone = zone_of(profile.time_zone.as_deref());
        let letter = letter_row(&mut tx, id).await?.letter;
        let from_states = states_to_send_from(&letter, options.resend, &zone)?;
        let known = known_for(&mut tx, letter.application_id).await?;
        let findings = known.check(proofreader, &letter);
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        if errors > 0 && !options.force {
            return Err(AppError::Refused(format!(
                "letter {} has {errors} error{}, so nothing was sent:\n{}\nFix {} with \
                 `afterview letter edit {}`, or send it as it is with --force",
                letter.id,
                if errors == 1 { "" } else { "s" },
                afterview_proofread::render(&findings, &letter.subject, &letter.body, false)
                    .trim_end(),
                if errors == 1 { "it" } else { "them" },
                letter.id
            )));
        }
        let (via, smtp) = match &options.via {
            SendVia::Email => (SentVia::Email, Some(smtp_of(outbox)?)),
            SendVia::Eml(_) => (SentVia::Eml, None),
            SendVia::Card(_) => (SentVia::Card, None),
        };
        let from = sender(outbox, &profile)?;
        let to = match (&options.via, &letter.to_email) {
            (SendVia::Card(_), _) => None,
            (_, Some(email)) => Some(
                Mailbox::new(Some(&letter.to_name), email.as_str())
                    .map_err(|e| AppError::Refused(e.to_string()))?,
            ),
            (_, None) => {
                return Err(AppError::Refused(format!(
                    "letter {} is to {}, who has no email address; add it with \
                     `afterview contact edit \"{}\" --email …`, or send it as a card with --card",
                    letter.id, letter.to_name, letter.to_name
                )));
            }
        };
        let message_id = afterview_mail::new_message_id(from.email());
        // The Message-ID is fixed and the letter marked `sending` before
        // anything leaves: from here on, a crash can never lead to a
        // second copy without the person's word.
        let letter = tx
            .begin_sending(letter.id, &from_states, via, &message_id, errors > 0, now)
            .await?;
        tx.commit().await?;
        let outgoing = Outgoing {
            from: from.clone(),
            to: to.into_iter().collect(),
            reply_to: None,
            subject: letter.subject.clone(),
            body: letter.body.clone(),
            message_id: letter.message_id.clone().unwrap_or(message_id),
            // Fixed at the first attempt, like the Message-ID: a resend is
            // the same message.
            date: letter.attempted_at.unwrap_or(now),
            in_reply_to: None,
        };
        match &options.via {
            SendVia::Email => {
                let smtp = smtp.expect("email has a server");
                // The network call runs off the async executor's thread.
                let sent = afterview_mail::send_smtp(&smtp, &outgoing);
                match sent {
                    Ok(delivery) => {
                        let letter = self.record_sent(&letter, now).await?;
                        Ok(SendOutcome {
                            letter,
                            server_reply: Some(delivery.reply),
                            file: None,
                        })
                    }
                    Err(SendError::Uncertain { reason }) => Err(AppError::Refused(format!(
                        "the connection broke after letter {} was handed to the server ({reason}); \
                         it may have been delivered. It stays marked as being sent: check your sent \
                         mail, then run `afterview letter sent {}` if it went out, or \
                         `afterview letter send {} --resend` if it did not",
                        letter.id, letter.id, letter.id
                    ))),
                    Err(e) => {
                        let reason = e.to_string();
                        let mut tx = self.store.write().await?;
                        tx.fail_sending(letter.id, &reason, self.now()).await?;
                        tx.commit().await?;
                        Err(AppError::Refused(format!(
                            "letter {}: {reason}\nIt is kept as failed; run the same command again once that is fixed",
                            letter.id
                        )))
                    }
                }
            }
            SendVia::Eml(path) => {
                afterview_mail::write_eml(&outgoing, path)
                    .map_err(|e| self.unwritten(&letter, path, &e.to_string()))?;
                Ok(self.written(&letter, path).await?)
            }
            SendVia::Card(path) => {
                let card = Card {
                    to_name: greeted(&letter.body).unwrap_or_else(|| letter.to_name.clone()),
                    from_name: profile
                        .name
                        .as_ref()
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                    body: card_text(&letter.body),
                    date_line: now
                        .to_zoned_datetime(zone.clone())
                        .strftime("%-d %B %Y")
                        .to_string(),
                };
                write_atomically(path, afterview_mail::card_html(&card).as_bytes())
                    .map_err(|e| self.unwritten(&letter, path, &e.to_string()))?;
                Ok(self.written(&letter, path).await?)
            }
        }
    }

    /// Records that a letter in `sending` went out: the person confirms an
    /// `.eml` was sent or a card posted, or that an interrupted email did
    /// arrive.
    pub async fn letter_sent(&self, id: &str) -> Result<LetterView> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let letter = letter_row(&mut tx, id).await?.letter;
        tx.commit().await?;
        if letter.state != LetterState::Sending {
            return Err(AppError::Refused(format!(
                "letter {} is {}; only a letter being sent can be marked sent (`afterview letter send {}` sends it)",
                letter.id,
                letter.describe_state(),
                letter.id
            )));
        }
        self.record_sent(&letter, now).await
    }

    /// Marks a letter sent and does the agenda action it answers.
    async fn record_sent(&self, letter: &Letter, at: Timestamp) -> Result<LetterView> {
        let mut tx = self.store.write().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let letter = tx.finish_sending(letter.id, at).await?;
        let note = afterview_core::LongText::parse(
            "note",
            &format!("Letter {}: {}", letter.id, letter.subject),
        )?;
        match &letter.action_key {
            Some(key) => match self.listed_action(&mut tx, key, at, &zone).await? {
                Some(action) => self.do_action(&mut tx, &action, at, Some(note)).await?,
                None => self.touch_recipient(&mut tx, &letter, at, note).await?,
            },
            None => self.touch_recipient(&mut tx, &letter, at, note).await?,
        }
        let row = letter_row(&mut tx, &letter.id.to_string()).await?;
        tx.commit().await?;
        Ok(LetterView::new(row, None))
    }

    /// Logs a letter as a touch with its recipient.
    async fn touch_recipient(
        &self,
        tx: &mut S::Tx,
        letter: &Letter,
        at: Timestamp,
        note: afterview_core::LongText,
    ) -> Result<()> {
        if let Some(contact) = letter.contact_id {
            // A posted card is a message too; the note says which letter.
            let via = match letter.via {
                Some(SentVia::Card) => afterview_core::follow::TouchVia::Message,
                _ => afterview_core::follow::TouchVia::Email,
            };
            tx.insert_touch(contact, at, via, Some(&note)).await?;
        }
        Ok(())
    }

    /// The outcome of writing a letter to a file: it waits in `sending`
    /// until the person says it went out.
    async fn written(&self, letter: &Letter, path: &Path) -> Result<SendOutcome> {
        let mut tx = self.store.read().await?;
        let row = letter_row(&mut tx, &letter.id.to_string()).await?;
        tx.commit().await?;
        Ok(SendOutcome {
            letter: LetterView::new(row, None),
            server_reply: None,
            file: Some(path.to_owned()),
        })
    }

    /// The error for a file that could not be written; the letter stays in
    /// `sending`, and `--resend` writes it again.
    fn unwritten(&self, letter: &Letter, path: &Path, why: &str) -> AppError {
        AppError::Refused(format!(
            "could not write {}: {why}; choose another path and run \
             `afterview letter send {} --resend` with it",
            path.display(),
            letter.id
        ))
    }
}

/// The states a letter may be sent from: a draft or a failed letter, or
/// one in `sending` when the person asked to resend it.
fn states_to_send_from(letter: &Letter, resend: bool, zone: &TimeZone) -> Result<Vec<LetterState>> {
    match letter.state {
        LetterState::Draft | LetterState::Failed => {
            Ok(vec![LetterState::Draft, LetterState::Failed])
        }
        LetterState::Sending if resend => Ok(vec![LetterState::Sending]),
        LetterState::Sending => Err(AppError::Refused(format!(
            "letter {} was already handed out ({}, at {}) and may have arrived; it is not sent twice \
             without your word. If it went out, run `afterview letter sent {}`; if it surely did not, \
             run `afterview letter send {} --resend`",
            letter.id,
            letter.via.map_or("email", |v| v.as_str()),
            afterview_core::time::show_local(letter.updated_at, zone),
            letter.id,
            letter.id
        ))),
        LetterState::Sent => Err(AppError::Refused(format!(
            "letter {} went out on {}{}; a letter is never sent twice (`afterview draft … --again` writes a new one)",
            letter.id,
            letter
                .sent_at
                .map(|t| afterview_core::time::show_local(t, zone))
                .unwrap_or_default(),
            letter
                .message_id
                .as_deref()
                .map(|m| format!(" as {m}"))
                .unwrap_or_default()
        ))),
    }
}

/// The SMTP server, or how to configure one.
fn smtp_of(outbox: &Outbox) -> Result<SmtpConfig> {
    outbox.smtp.clone().ok_or_else(|| {
        AppError::Refused(
            "no SMTP server is configured; add an [smtp] section to the config file \
             (see the README, \"Sending letters\"), or write the letter to a file with --eml"
                .to_owned(),
        )
    })
}

/// The sender: the config's, else the profile's name and address.
fn sender(outbox: &Outbox, profile: &afterview_core::Profile) -> Result<Mailbox> {
    if let Some(from) = &outbox.from {
        return Ok(from.clone());
    }
    let Some(email) = &profile.email else {
        return Err(AppError::Refused(
            "letters go out from your address; set it with `afterview profile set --email you@example.com`"
                .to_owned(),
        ));
    };
    let name = profile.name.as_ref().map(|n| n.to_string());
    Mailbox::new(name.as_deref(), email.as_str()).map_err(|e| AppError::Refused(e.to_string()))
}

/// The name the letter greets ("Dear Siobhán," gives "Siobhán"), so the
/// card greets the same way.
fn greeted(body: &str) -> Option<String> {
    let first = body.lines().find(|l| !l.trim().is_empty())?.trim();
    let rest = ["Dear ", "Hi ", "Hello "]
        .iter()
        .find_map(|g| first.strip_prefix(g))?;
    let name = rest.trim_end_matches([',', '!', ':']).trim();
    (!name.is_empty()).then(|| name.to_owned())
}

/// A card's text: the letter between its greeting and its sign-off, which
/// the card writes itself.
fn card_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let start = lines
        .iter()
        .position(|l| {
            let l = l.trim_start().to_lowercase();
            !(l.starts_with("dear ")
                || l.starts_with("hi ")
                || l.starts_with("hello ")
                || l.is_empty())
        })
        .unwrap_or(0);
    let closings = [
        "best",
        "kind regards",
        "best regards",
        "warm regards",
        "regards",
        "thank you,",
        "thanks,",
        "sincerely",
        "all the best",
        "cheers",
    ];
    let end = lines
        .iter()
        .rposition(|l| {
            let l = l.trim().to_lowercase();
            closings.iter().any(|c| l.starts_with(c)) && l.len() < 30
        })
        .filter(|&e| e > start)
        .unwrap_or(lines.len());
    lines[start..end].join("\n").trim().to_owned()
}

/// Writes a file whole or not at all: a temporary file beside it, renamed.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("letter"),
        std::process::id()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::card_text;

    #[test]
    fn a_card_greets_as_the_letter_does() {
        assert_eq!(
            super::greeted("Dear Siobhán,\n\nThanks.").as_deref(),
            Some("Siobhán")
        );
        assert_eq!(super::greeted("Thanks for today."), None);
    }

    #[test]
    fn a_card_keeps_the_words_between_greeting_and_sign_off() {
        let body = "Dear Jane,\n\nThank you for today.\n\nI enjoyed it.\n\nBest regards,\nSam\n";
        assert_eq!(card_text(body), "Thank you for today.\n\nI enjoyed it.");
    }
}
