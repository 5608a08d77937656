//! Calendar use cases: export interviews and actions as iCalendar, import an invitation as an interview.
//!
//! The export gives every upcoming interview as an event and every agenda
//! action as a to-do with an alarm, each with a UID made from its id or key,
//! so importing a newer export updates instead of duplicating. The import
//! reads a real meeting invitation (Google Calendar, Outlook, Zoom) and
//! schedules it as the next round of an application, with its attendees as
//! interviewers; importing an updated invitation (same UID) moves the round,
//! and a cancellation cancels it.

use crate::interviews::InterviewerSpec;
use crate::views::InterviewView;
use crate::{App, AppError, Result, resolve, zone_named, zone_of};
use afterview_calendar::{CalEvent, CalTodo, Invite, parse_invite, write_calendar};
use afterview_core::interview::InterviewerRole;
use afterview_core::text::MAX_LONG_TEXT_BYTES;
use afterview_core::{
    Application, ApplicationStatus, Email, InterviewKind, InterviewStatus, Invalid, LongText, Name,
    NewInterview,
};
use afterview_store::prelude::*;
use afterview_store::{ApplicationFilter, InterviewFilter};
use jiff::SignedDuration;
use serde::Serialize;

/// How long before a to-do falls due its alarm rings.
const TODO_ALARM: SignedDuration = SignedDuration::from_mins(30);

/// What importing an invitation did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedInvite {
    /// "created", "updated" or "cancelled".
    pub action: &'static str,
    /// The interview.
    pub interview: InterviewView,
    /// What was assumed while reading the invitation.
    pub notes: Vec<String>,
}

/// Guesses the kind of round from an invitation's title.
fn kind_from(summary: &str) -> InterviewKind {
    let s = summary.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| s.contains(w));
    if has(&[
        "phone screen",
        "phone interview",
        "screening",
        "intro call",
        "recruiter call",
    ]) {
        InterviewKind::PhoneScreen
    } else if has(&["final"]) {
        InterviewKind::Final
    } else if has(&["onsite", "on-site", "on site", "superday"]) {
        InterviewKind::Onsite
    } else if has(&["panel"]) {
        InterviewKind::Panel
    } else if has(&["behavio", "culture", "values"]) {
        InterviewKind::Behavioural
    } else if has(&["technical", "coding", "system design", "pairing", "tech "]) {
        InterviewKind::Technical
    } else {
        InterviewKind::Other
    }
}

/// Cuts text to fit `max` bytes on a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The domain of an email address, lower-case.
fn domain(email: &str) -> Option<String> {
    email.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase())
}

impl<S: Store> App<S> {
    /// The upcoming interviews and the agenda as an iCalendar document.
    pub async fn calendar_export(&self) -> Result<String> {
        let now = self.now();
        let mut tx = self.store.read().await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let rows = tx
            .list_interviews(&InterviewFilter {
                statuses: vec![InterviewStatus::Scheduled],
                from: now.checked_sub(SignedDuration::from_hours(24)).ok(),
                ..InterviewFilter::default()
            })
            .await?;
        let mut events = Vec::new();
        for row in rows {
            let i = row.interview;
            let people: Vec<String> = tx
                .interviewers(i.id)
                .await?
                .into_iter()
                .map(|p| format!("{} ({})", p.contact.name, p.interviewer.role))
                .collect();
            let mut description =
                format!("Round {} with {} for {}.", i.round, row.company, row.role);
            if !people.is_empty() {
                description.push_str(&format!("\nWith: {}.", people.join(", ")));
            }
            description.push_str(&format!("\nPrepare: afterview prep {}", i.id));
            let location = i.location.as_ref().map(ToString::to_string);
            let url = location
                .as_ref()
                .filter(|l| l.starts_with("https://") || l.starts_with("http://"))
                .cloned();
            events.push(CalEvent {
                uid: format!("interview-{}@afterview", i.id),
                summary: format!("{} interview: {} ({})", i.kind, row.company, row.role),
                description: Some(description),
                location,
                url,
                starts_at: i.starts_at,
                ends_at: i.ends_at,
                cancelled: false,
            });
        }
        let todos = self
            .actions_at(&mut tx, now, &zone)
            .await?
            .into_iter()
            .map(|a| CalTodo {
                uid: format!("action-{}@afterview", a.key),
                summary: a.title,
                description: Some(format!(
                    "{}\n{}\nRun: {}",
                    a.subject.label, a.reason, a.command
                )),
                due: a.due,
                alarm_before: TODO_ALARM,
            })
            .collect::<Vec<_>>();
        Ok(write_calendar("afterview", &events, &todos, now))
    }

    /// Imports a meeting invitation as an interview (or updates or cancels
    /// the one an earlier import of it made).
    pub async fn import_invite(&self, bytes: &[u8], app: Option<&str>) -> Result<ImportedInvite> {
        let invite =
            parse_invite(bytes, &zone_named).map_err(|e| Invalid::new("invite", e.to_string()))?;
        let now = self.now();
        let mut tx = self.store.write().await?;
        let profile = tx.profile().await?;
        let linked = match &invite.uid {
            Some(uid) => tx.interview_by_invite(uid).await?,
            None => None,
        };
        if let Some(id) = linked {
            let mut i = tx
                .interview(id)
                .await?
                .ok_or_else(|| AppError::NotFound(format!("interview {id} is gone")))?;
            let action = if invite.cancelled {
                i.status = InterviewStatus::Cancelled;
                "cancelled"
            } else {
                i.starts_at = invite.starts_at;
                i.ends_at = invite.ends_at;
                if let Some(z) = &invite.time_zone {
                    i.time_zone = z.clone();
                }
                if let Some(place) = place_of(&invite) {
                    i.location = Some(place);
                }
                "updated"
            };
            tx.update_interview(&i).await?;
            let view = self.view(&mut tx, i).await?;
            tx.commit().await?;
            return Ok(ImportedInvite {
                action,
                interview: view,
                notes: invite.notes,
            });
        }
        if invite.cancelled {
            return Err(AppError::Refused(
                "this invitation cancels a meeting that was never imported; there is nothing to cancel".to_owned(),
            ));
        }
        let mut application = match app {
            Some(q) => resolve::application(&mut tx, q).await?,
            None => self.guess_application(&mut tx, &invite).await?,
        };
        let me = profile
            .email
            .as_ref()
            .map(|e| e.as_str().to_ascii_lowercase());
        let is_me = |email: &Option<String>| {
            me.is_some() && email.as_deref().map(str::to_ascii_lowercase) == me
        };
        let mut specs = Vec::new();
        let people = invite
            .organizer
            .iter()
            .map(|p| (p, InterviewerRole::Recruiter))
            .chain(
                invite
                    .attendees
                    .iter()
                    .map(|p| (p, InterviewerRole::Interviewer)),
            );
        for (person, role) in people {
            if is_me(&person.email) {
                continue;
            }
            let email = person.email.as_deref().and_then(|e| Email::parse(e).ok());
            let name = person
                .name
                .as_deref()
                .filter(|n| !n.contains('@'))
                .and_then(|n| Name::parse("interviewer name", n).ok());
            if email.is_none() && name.is_none() {
                continue;
            }
            if specs
                .iter()
                .any(|s: &InterviewerSpec| s.email.is_some() && s.email == email)
            {
                continue;
            }
            specs.push(InterviewerSpec { name, email, role });
        }
        let zone = invite
            .time_zone
            .clone()
            .or_else(|| profile.time_zone.clone())
            .unwrap_or_else(|| zone_of(None).iana_name().unwrap_or("UTC").to_owned());
        let mut notes = String::new();
        if let Some(s) = &invite.summary {
            notes.push_str(s);
        }
        if let Some(url) = &invite.meeting_url {
            notes.push_str(&format!("\nJoin: {url}"));
        }
        if let Some(d) = &invite.description {
            notes.push_str("\n\n");
            notes.push_str(d.trim());
        }
        let notes = notes.trim();
        let notes = (!notes.is_empty())
            .then(|| LongText::parse("notes", cut(notes, MAX_LONG_TEXT_BYTES)))
            .transpose()?;
        let new = NewInterview {
            application_id: application.id,
            kind: kind_from(invite.summary.as_deref().unwrap_or("")),
            starts_at: invite.starts_at,
            ends_at: invite.ends_at,
            time_zone: zone,
            location: place_of(&invite),
            notes,
        };
        let interview = self
            .schedule_in(&mut tx, &mut application, &new, &specs, now)
            .await?;
        if let Some(uid) = &invite.uid {
            tx.link_invite(uid, interview.id).await?;
        }
        let view = self.view(&mut tx, interview).await?;
        tx.commit().await?;
        Ok(ImportedInvite {
            action: "created",
            interview: view,
            notes: invite.notes,
        })
    }

    /// The live application an invitation is about: the one whose company
    /// is named in its title or whose web site shares a domain with its
    /// organiser or attendees.
    async fn guess_application(&self, tx: &mut S::Tx, invite: &Invite) -> Result<Application> {
        let live = tx
            .list_applications(&ApplicationFilter {
                statuses: vec![
                    ApplicationStatus::Saved,
                    ApplicationStatus::Applied,
                    ApplicationStatus::Interviewing,
                    ApplicationStatus::Offer,
                    ApplicationStatus::Ghosted,
                ],
                company: None,
            })
            .await?;
        let title = format!(
            "{} {}",
            invite.summary.as_deref().unwrap_or(""),
            invite.description.as_deref().unwrap_or("")
        )
        .to_lowercase();
        let domains: Vec<String> = invite
            .organizer
            .iter()
            .chain(&invite.attendees)
            .filter_map(|p| p.email.as_deref().and_then(domain))
            .collect();
        let mut matches = Vec::new();
        for row in &live {
            let company = tx.company(row.company_id).await?;
            let site = company.as_ref().and_then(|c| c.website.as_ref()).map(|w| {
                w.as_str()
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_start_matches("www.")
                    .split('/')
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase()
            });
            let named = title.contains(&row.company.to_lowercase());
            let same_domain = site.as_deref().is_some_and(|s| {
                !s.is_empty()
                    && domains
                        .iter()
                        .any(|d| d == s || d.ends_with(&format!(".{s}")))
            });
            if (named || same_domain) && !matches.iter().any(|(id, _)| *id == row.id) {
                matches.push((
                    row.id,
                    format!("{} ({}, {})", row.id, row.company, row.role),
                ));
            }
        }
        match matches.as_slice() {
            [(id, _)] => Ok(tx.application(*id).await?.ok_or_else(|| {
                AppError::NotFound(format!("application {id} is gone"))
            })?),
            [] => Err(Invalid::new(
                "app",
                "couldn't tell which application this invitation is for; say which with --app <number> (see `afterview app list`)",
            )
            .into()),
            many => Err(Invalid::new(
                "app",
                format!(
                    "this invitation could be for several applications: {}; say which with --app <number>",
                    many.iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("; ")
                ),
            )
            .into()),
        }
    }
}

/// Where an invited meeting happens: its link when short enough to keep as
/// a location, else its location text.
fn place_of(invite: &Invite) -> Option<Name> {
    invite
        .meeting_url
        .as_deref()
        .and_then(|u| Name::parse("location", u).ok())
        .or_else(|| {
            invite
                .location
                .as_deref()
                .and_then(|l| Name::parse("location", l.lines().next().unwrap_or("")).ok())
        })
}
