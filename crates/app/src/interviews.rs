//! Interview use cases: schedule, list, show, edit, mark done, remove.
//!
//! Scheduling names the people on the other side with `--with` specs such as
//! `"Jane Doe <jane@acme.com>, hiring manager"`: an existing contact is
//! reused (by email, else by name), a new one is created at the
//! application's company. Scheduling a round also moves an application that
//! was saved, applied or ghosted to interviewing, recorded in its history.

use crate::input::{edit_opt, new_opt};
use crate::views::InterviewView;
use crate::{App, AppError, Result, parse_when, resolve, zone_of};
use afterview_core::follow::TouchVia;
use afterview_core::interview::InterviewerRole;
use afterview_core::when::parse_duration;
use afterview_core::{
    Application, ApplicationStatus, CompanyId, Contact, Email, Interview, InterviewKind,
    InterviewStatus, Interviewer, Invalid, LongText, Name, NewContact, NewInterview, Tag,
};
use afterview_store::prelude::*;
use afterview_store::{InterviewFilter, NewEvent};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// An interview's fields as typed; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct InterviewInput {
    /// The application, by number (or company name when it has one).
    pub application: Option<String>,
    /// When it starts, in natural words.
    pub at: Option<String>,
    /// How long, e.g. "45m" (an hour when not given).
    pub duration: Option<String>,
    /// The kind of round.
    pub kind: Option<String>,
    /// Where: an address or a meeting link.
    pub location: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// The IANA time zone it is in (the profile's when not given).
    pub time_zone: Option<String>,
    /// A new status (edit only).
    pub status: Option<String>,
    /// People to put on it: `"Name <email>, role"`.
    pub with: Vec<String>,
    /// People to take off it, by number, email or name (edit only).
    pub without: Vec<String>,
}

/// One `--with` value, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewerSpec {
    /// Their name, when given.
    pub name: Option<Name>,
    /// Their email, when given.
    pub email: Option<Email>,
    /// Their part.
    pub role: InterviewerRole,
}

impl InterviewerSpec {
    /// Parses "Jane Doe <jane@acme.com>, hiring manager", "Bob Lee",
    /// "jane@acme.com" or "Jane Doe, recruiter".
    pub fn parse(spec: &str) -> Result<InterviewerSpec, Invalid> {
        let spec = spec.trim();
        let (person, role) = match spec.rsplit_once(',') {
            Some((p, r)) => (p.trim(), r.parse::<InterviewerRole>()?),
            None => (spec, InterviewerRole::Interviewer),
        };
        let (name, email) = if let Some((before, rest)) = person.split_once('<') {
            let addr = rest.strip_suffix('>').ok_or_else(|| {
                Invalid::new("with", format!("\"{spec}\" opens < without closing >; write \"Jane Doe <jane@acme.com>, hiring manager\""))
            })?;
            let name = before.trim();
            (
                (!name.is_empty())
                    .then(|| Name::parse("interviewer name", name))
                    .transpose()?,
                Some(Email::parse(addr)?),
            )
        } else if person.contains('@') && !person.contains(' ') {
            (None, Some(Email::parse(person)?))
        } else {
            (Some(Name::parse("interviewer name", person)?), None)
        };
        Ok(InterviewerSpec { name, email, role })
    }
}

fn zone_named(name: &str) -> Result<TimeZone> {
    crate::zone_named(name).ok_or_else(|| {
        Invalid::new(
            "time zone",
            format!("\"{}\" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York", name.trim()),
        )
        .into()
    })
}

fn length(input: &Option<String>) -> Result<SignedDuration> {
    match input.as_deref() {
        None => Ok(SignedDuration::from_hours(1)),
        Some(d) => parse_duration(d).map_err(|e| Invalid::new("duration", e.to_string()).into()),
    }
}

/// Finds or creates the contact a spec names, at `company` when new.
async fn person<T: Transaction>(
    tx: &mut T,
    spec: &InterviewerSpec,
    company: CompanyId,
    now: Timestamp,
) -> Result<Contact> {
    if let Some(email) = &spec.email
        && let Some(c) = tx.contact_by_email(email.as_str()).await?
    {
        return Ok(c);
    }
    if spec.email.is_none()
        && let Some(name) = &spec.name
    {
        let mut found = tx.contacts_by_name(name.as_str()).await?;
        // Prefer the namesake at this company when there are several.
        found.sort_by_key(|c| c.company_id != Some(company));
        match found.len() {
            0 => {}
            1 => return Ok(found.remove(0)),
            _ if found[0].company_id == Some(company) && found[1].company_id != Some(company) => {
                return Ok(found.remove(0));
            }
            n => {
                let ids: Vec<String> = found.iter().map(|c| c.id.to_string()).collect();
                return Err(AppError::Ambiguous(format!(
                    "{n} contacts are named '{name}' (numbers {}); add their email, as \"{name} <email>\", to say which",
                    ids.join(", ")
                )));
            }
        }
    }
    let name = match (&spec.name, &spec.email) {
        (Some(n), _) => n.clone(),
        // With only an address, its local part is the best name there is.
        (None, Some(e)) => Name::parse("name", e.as_str().split('@').next().unwrap_or("someone"))?,
        (None, None) => {
            return Err(Invalid::new("with", "an interviewer needs a name or an email").into());
        }
    };
    let tags = match spec.role {
        InterviewerRole::Recruiter => vec![Tag::parse("recruiter")?],
        _ => vec![],
    };
    let new = NewContact {
        name,
        email: spec.email.clone(),
        phone: None,
        company_id: Some(company),
        title: None,
        linkedin: None,
        how_met: Some(Name::parse("how-met", "interview")?),
        notes: None,
        tags,
    };
    Ok(tx.insert_contact(&new, now).await?)
}

impl<S: Store> App<S> {
    pub(crate) async fn view(&self, tx: &mut S::Tx, i: Interview) -> Result<InterviewView> {
        let app = tx.application(i.application_id).await?;
        let (company, role) = match app {
            Some(a) => (
                tx.company(a.company_id)
                    .await?
                    .map(|c| c.name.to_string())
                    .unwrap_or_default(),
                a.role.to_string(),
            ),
            None => (String::new(), String::new()),
        };
        let people = tx.interviewers(i.id).await?;
        Ok(InterviewView::new(
            i,
            company,
            role,
            people.into_iter().map(Into::into).collect(),
        ))
    }

    /// Schedules an interview as the application's next round.
    pub async fn add_interview(&self, input: &InterviewInput) -> Result<InterviewView> {
        let specs = input
            .with
            .iter()
            .map(|s| InterviewerSpec::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        let kind = match &input.kind {
            Some(k) => k.parse::<InterviewKind>()?,
            None => InterviewKind::Other,
        };
        let location = new_opt(&input.location, |s| Name::parse("location", s))?;
        let notes = new_opt(&input.notes, |s| LongText::parse("notes", s))?;
        let duration = length(&input.duration)?;
        let at = input
            .at
            .as_deref()
            .ok_or_else(|| Invalid::new("at", "say when with --at, e.g. --at \"tomorrow 2pm\""))?;
        let app_query = input
            .application
            .as_deref()
            .ok_or_else(|| Invalid::new("app", "say which application with --app <number>"))?;

        let now = self.now();
        let mut tx = self.store.write().await?;
        let profile = tx.profile().await?;
        let zone = match &input.time_zone {
            Some(name) => zone_named(name)?,
            None => zone_of(profile.time_zone.as_deref()),
        };
        let starts_at = parse_when("at", at, &now.to_zoned_datetime(zone.clone()))?;
        let mut app = resolve::application(&mut tx, app_query).await?;
        if !app.status.is_live() && app.status != ApplicationStatus::Ghosted {
            return Err(AppError::Refused(format!(
                "application {} is {}; reopen it with `afterview app status {} interviewing --force` before scheduling a round",
                app.id, app.status, app.id
            )));
        }
        let new = NewInterview {
            application_id: app.id,
            kind,
            starts_at,
            ends_at: starts_at + duration,
            time_zone: zone.iana_name().unwrap_or("UTC").to_owned(),
            location,
            notes,
        };
        let interview = self
            .schedule_in(&mut tx, &mut app, &new, &specs, now)
            .await?;
        let view = self.view(&mut tx, interview).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Adds a round with its interviewers inside a transaction, moving the
    /// application to interviewing when it was not there yet.
    pub(crate) async fn schedule_in(
        &self,
        tx: &mut S::Tx,
        app: &mut Application,
        new: &NewInterview,
        specs: &[InterviewerSpec],
        now: Timestamp,
    ) -> Result<Interview> {
        let interview = tx.insert_interview(new, now).await?;
        for spec in specs {
            let contact = person(tx, spec, app.company_id, now).await?;
            tx.set_interviewer(&Interviewer {
                interview_id: interview.id,
                contact_id: contact.id,
                role: spec.role,
            })
            .await?;
        }
        if matches!(
            app.status,
            ApplicationStatus::Saved | ApplicationStatus::Applied | ApplicationStatus::Ghosted
        ) {
            let from = app.status;
            // A saved application skips straight to interviewing; the log says why.
            app.status = ApplicationStatus::Interviewing;
            app.status_changed_at = now;
            tx.update_application(app).await?;
            tx.append_event(&NewEvent {
                application_id: app.id,
                at: now,
                from_status: Some(from),
                to_status: ApplicationStatus::Interviewing,
                forced: false,
                note: Some(format!("round {} scheduled", interview.round)),
            })
            .await?;
        }
        Ok(interview)
    }

    /// Interviews, by start; optionally one application's, only upcoming, or with a status.
    pub async fn list_interviews(
        &self,
        application: Option<&str>,
        upcoming: bool,
        statuses: &[String],
    ) -> Result<Vec<InterviewView>> {
        let statuses = statuses
            .iter()
            .flat_map(|s| s.split(','))
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.parse::<InterviewStatus>())
            .collect::<Result<Vec<_>, _>>()?;
        let mut tx = self.store.read().await?;
        let application = match application {
            Some(q) => Some(resolve::application(&mut tx, q).await?.id),
            None => None,
        };
        let filter = InterviewFilter {
            application,
            statuses,
            from: upcoming.then(|| self.now()),
            contact: None,
        };
        Ok(tx
            .list_interviews(&filter)
            .await?
            .into_iter()
            .map(InterviewView::from)
            .collect())
    }

    /// One interview with its interviewers.
    pub async fn show_interview(&self, query: &str) -> Result<InterviewView> {
        let mut tx = self.store.read().await?;
        let i = resolve::interview(&mut tx, query).await?;
        self.view(&mut tx, i).await
    }

    /// Changes an interview: time, length, kind, place, status, people.
    pub async fn edit_interview(
        &self,
        query: &str,
        input: &InterviewInput,
    ) -> Result<InterviewView> {
        if input.application.is_some() {
            return Err(Invalid::new(
                "app",
                "an interview cannot move to another application; remove it and schedule a new one",
            )
            .into());
        }
        let specs = input
            .with
            .iter()
            .map(|s| InterviewerSpec::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        let now = self.now();
        let mut tx = self.store.write().await?;
        let mut i = resolve::interview(&mut tx, query).await?;
        let zone = match &input.time_zone {
            Some(name) => zone_named(name)?,
            None => zone_named(&i.time_zone).unwrap_or(TimeZone::UTC),
        };
        i.time_zone = zone.iana_name().unwrap_or("UTC").to_owned();
        let length_now = i.ends_at.duration_since(i.starts_at);
        if let Some(at) = &input.at {
            i.starts_at = parse_when("at", at, &now.to_zoned_datetime(zone.clone()))?;
        }
        let length = match &input.duration {
            Some(_) => length(&input.duration)?,
            None => length_now,
        };
        i.ends_at = i.starts_at + length;
        if let Some(k) = &input.kind {
            i.kind = k.parse()?;
        }
        if let Some(s) = &input.status {
            i.status = s.parse()?;
        }
        edit_opt(&mut i.location, &input.location, |s| {
            Name::parse("location", s)
        })?;
        edit_opt(&mut i.notes, &input.notes, |s| LongText::parse("notes", s))?;
        tx.update_interview(&i).await?;
        let company = match tx.application(i.application_id).await? {
            Some(a) => a.company_id,
            None => {
                return Err(AppError::NotFound(format!(
                    "the application of interview {} is gone",
                    i.id
                )));
            }
        };
        for spec in &specs {
            let contact = person(&mut tx, spec, company, now).await?;
            tx.set_interviewer(&Interviewer {
                interview_id: i.id,
                contact_id: contact.id,
                role: spec.role,
            })
            .await?;
        }
        for who in &input.without {
            let contact = resolve::contact(&mut tx, who).await?;
            if !tx.remove_interviewer(i.id, contact.id).await? {
                return Err(AppError::NotFound(format!(
                    "{} is not on interview {}",
                    contact.name, i.id
                )));
            }
        }
        let view = self.view(&mut tx, i).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Marks an interview done, optionally with when it really ended.
    pub async fn interview_done(&self, query: &str, ended: Option<&str>) -> Result<InterviewView> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let mut i = resolve::interview(&mut tx, query).await?;
        match i.status {
            InterviewStatus::Scheduled | InterviewStatus::NoShow => {}
            InterviewStatus::Done => {
                return Err(AppError::Refused(format!(
                    "interview {} is already marked done",
                    i.id
                )));
            }
            InterviewStatus::Cancelled => {
                return Err(AppError::Refused(format!(
                    "interview {} was cancelled; if it took place after all, run `afterview interview edit {} --status scheduled` first",
                    i.id, i.id
                )));
            }
        }
        let zone = zone_named(&i.time_zone).unwrap_or(TimeZone::UTC);
        if ended.is_none() && now <= i.starts_at {
            return Err(AppError::Refused(format!(
                "interview {} has not happened yet: it starts {}; mark it done after it ends, or pass --ended with the real end",
                i.id,
                afterview_core::time::show_local(i.starts_at, &zone)
            )));
        }
        let ended_at = match ended {
            Some(text) => parse_when("ended", text, &now.to_zoned_datetime(zone))?,
            // Marked done before its planned end: it ended now.
            None if i.ends_at > now && now > i.starts_at => now,
            None => i.ends_at,
        };
        if ended_at <= i.starts_at {
            return Err(Invalid::new(
                "ended",
                format!(
                    "the interview started at {}; its end must come after that",
                    afterview_core::time::format_utc(i.starts_at)
                ),
            )
            .into());
        }
        if ended_at > now {
            return Err(Invalid::new("ended", "that end is in the future; mark the interview done once it has ended, or pass --ended with the real end").into());
        }
        i.ends_at = ended_at;
        i.status = InterviewStatus::Done;
        tx.update_interview(&i).await?;
        // Sitting on an interview is a touch: it restarts a recruiter's cadence.
        for person in tx.interviewers(i.id).await? {
            tx.insert_touch(person.contact.id, ended_at, TouchVia::Interview, None)
                .await?;
        }
        let view = self.view(&mut tx, i).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Removes an interview.
    pub async fn remove_interview(&self, query: &str) -> Result<InterviewView> {
        let mut tx = self.store.write().await?;
        let i = resolve::interview(&mut tx, query).await?;
        let view = self.view(&mut tx, i.clone()).await?;
        tx.delete_interview(i.id).await?;
        tx.commit().await?;
        Ok(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_specs_read_name_email_and_role() {
        let s = InterviewerSpec::parse("Jane Doe <jane@acme.com>, hiring manager").unwrap();
        assert_eq!(s.name.unwrap().as_str(), "Jane Doe");
        assert_eq!(s.email.unwrap().as_str(), "jane@acme.com");
        assert_eq!(s.role, InterviewerRole::HiringManager);
        let s = InterviewerSpec::parse("Bob Lee").unwrap();
        assert_eq!(
            (s.name.unwrap().as_str(), s.role),
            ("Bob Lee", InterviewerRole::Interviewer)
        );
        assert!(InterviewerSpec::parse("Jane <jane@acme.com").is_err());
        let err = InterviewerSpec::parse("Jane Doe, boss").unwrap_err();
        assert!(err.message.contains("unknown role 'boss'"), "{err}");
    }
}
