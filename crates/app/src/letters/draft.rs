//! Drafting letters from the data: who they are to, what the interview and
//! its debrief said, and the skills that match the posting.

use super::{LetterView, known_for, letter_row};
use crate::{App, AppError, Result, resolve, zone_of};
use afterview_core::debrief::Content;
use afterview_core::follow::{ActionKey, MarkState};
use afterview_core::letter::{Letter, LetterKind, LetterState, LetterText, NewLetter};
use afterview_core::similar::matching_skills;
use afterview_core::{
    Application, ApplicationId, Contact, Interview, InterviewId, InterviewStatus, InterviewerRole,
    Profile,
};
use afterview_letters::{Template, Templates, Vars};
use afterview_proofread::Proofreader;
use afterview_store::prelude::*;
use afterview_store::{InterviewerRow, LetterFilter};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

/// How many matching skills a follow-up names.
const SKILLS_IN_FOLLOW_UP: usize = 3;

/// What to draft, as typed.
#[derive(Debug, Clone)]
pub struct DraftRequest {
    /// What kind of letter.
    pub kind: LetterKind,
    /// The interview (thanks, follow-up, nudge), the application (ask,
    /// withdraw) or the recruiter (check-in).
    pub target: String,
    /// The person to write to, instead of the one afterview picks.
    pub to: Option<String>,
    /// Draft again even if a letter for this already exists.
    pub again: bool,
}

/// What drafting did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Drafted {
    /// The new drafts, proofread.
    pub letters: Vec<LetterView>,
    /// Who got no new draft, and why.
    pub skipped: Vec<String>,
}

/// One letter to write: to whom, about what, answering which action.
struct Plan {
    application: Option<ApplicationId>,
    interview: Option<InterviewId>,
    contact: Contact,
    key: Option<ActionKey>,
    template: Template,
    vars: Vars,
}

/// The application, interview and people a letter about a round reads.
struct Round {
    app: Application,
    company: String,
    interview: Interview,
    people: Vec<InterviewerRow>,
    debrief: Option<Content>,
}

impl<S: Store> App<S> {
    /// Drafts letters: one thank-you per interviewer, one follow-up or
    /// nudge to the hiring contact, a check-in with a recruiter, a
    /// networking ask or a withdrawal. Each draft is proofread.
    pub async fn draft(
        &self,
        request: &DraftRequest,
        templates: &Templates,
        proofreader: &Proofreader,
    ) -> Result<Drafted> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let profile = tx.profile().await?;
        let zone = zone_of(profile.time_zone.as_deref());
        let me = me_vars(&profile)?;
        let plans = match request.kind {
            LetterKind::Thanks | LetterKind::FollowUp | LetterKind::Nudge => {
                let round = read_round(&mut tx, &request.target, now, &zone).await?;
                let to = match request.to.as_deref() {
                    Some(q) => Some(resolve::contact(&mut tx, q).await?),
                    None => None,
                };
                self.round_plans(&mut tx, request.kind, &round, to, &profile, &zone)
                    .await?
            }
            LetterKind::CheckIn => vec![self.check_in_plan(&mut tx, &request.target, &zone).await?],
            LetterKind::Ask | LetterKind::Withdraw => {
                vec![self.app_plan(&mut tx, request, &zone).await?]
            }
        };
        let mut drafted = Vec::new();
        let mut skipped = Vec::new();
        // Read once: every plan is checked against the letters written before.
        let written: Vec<Letter> = tx
            .list_letters(&LetterFilter::default())
            .await?
            .into_iter()
            .map(|r| r.letter)
            .filter(|l| l.action_key.is_some())
            .collect();
        for mut plan in plans {
            if !request.again
                && let Some(key) = &plan.key
                && let Some(existing) = already_written(&written, key)
            {
                skipped.push(existing);
                continue;
            }
            plan.vars.me = me.clone();
            let rendered = templates
                .render(plan.template, &plan.vars)
                .map_err(|e| AppError::Refused(e.to_string()))?;
            let text = LetterText::new(&rendered.subject, &rendered.body)?;
            let new = NewLetter {
                kind: request.kind,
                application_id: plan.application,
                interview_id: plan.interview,
                contact_id: Some(plan.contact.id),
                action_key: plan.key.clone(),
                to_name: plan.contact.name.to_string(),
                to_email: plan.contact.email.clone(),
                text,
            };
            let letter = tx.insert_letter(&new, now).await?;
            drafted.push(letter.id);
        }
        let mut letters = Vec::new();
        // The drafts of one request are about one application: its names
        // are read once for all of them.
        let mut known = None;
        for id in drafted {
            let row = letter_row(&mut tx, &id.to_string()).await?;
            if known.is_none() {
                known = Some(known_for(&mut tx, row.letter.application_id).await?);
            }
            let findings = known
                .as_ref()
                .map(|k| k.check(proofreader, &row.letter))
                .unwrap_or_default();
            letters.push(LetterView::new(row, Some(findings)));
        }
        tx.commit().await?;
        Ok(Drafted { letters, skipped })
    }
}

impl<S: Store> App<S> {
    /// The letters about one round: a thank-you per interviewer, or the
    /// follow-up (or nudge) to the hiring contact.
    async fn round_plans(
        &self,
        tx: &mut S::Tx,
        kind: LetterKind,
        round: &Round,
        to: Option<Contact>,
        profile: &Profile,
        zone: &TimeZone,
    ) -> Result<Vec<Plan>> {
        let i = &round.interview;
        let recipients: Vec<&InterviewerRow> = match (&to, kind) {
            (Some(_), _) => Vec::new(),
            (None, LetterKind::Thanks) => round.people.iter().collect(),
            (None, _) => hiring_contact(&round.people).into_iter().collect(),
        };
        let mut people: Vec<(Contact, Option<String>)> = recipients
            .into_iter()
            .map(|p| {
                (
                    p.contact.clone(),
                    p.contact.title.as_ref().map(|t| t.to_string()),
                )
            })
            .collect();
        if let Some(contact) = to {
            let title = contact.title.as_ref().map(|t| t.to_string());
            people.push((contact, title));
        }
        if people.is_empty() {
            return Err(AppError::Refused(format!(
                "interview {} has nobody to write to; add the people you met with \
                 `afterview interview edit {} --with \"Jane Doe\"`, or name one with --to",
                i.id, i.id
            )));
        }
        let mut base = round_vars(round, zone);
        if kind == LetterKind::FollowUp {
            let resume = resume_text(tx, &round.app).await?;
            base.skills = skills_for(profile, resume.as_deref(), &round.app);
        }
        if kind == LetterKind::Nudge {
            base.last = last_letter(tx, i.id, zone).await?;
        }
        let nudge_key = match kind {
            LetterKind::Nudge => Some(next_nudge(tx, i.id, self.policy().max_nudges).await?),
            _ => None,
        };
        let template = match kind {
            LetterKind::Thanks if i.round > 1 => Template::ThanksAgain,
            LetterKind::Thanks => Template::Thanks,
            LetterKind::FollowUp => Template::FollowUp,
            _ => Template::Nudge,
        };
        Ok(people
            .into_iter()
            .map(|(contact, title)| {
                let key = match kind {
                    LetterKind::Thanks => Some(ActionKey::of("thank", &[i.id.0, contact.id.0])),
                    LetterKind::FollowUp => Some(ActionKey::of("followup", &[i.id.0])),
                    _ => nudge_key.clone(),
                };
                let mut vars = base.clone();
                vars.to = recipient(&contact, title);
                Plan {
                    application: Some(round.app.id),
                    interview: Some(i.id),
                    contact,
                    key,
                    template,
                    vars,
                }
            })
            .collect())
    }

    /// A check-in with a recruiter, about the latest live application at
    /// their company if there is one.
    async fn check_in_plan(&self, tx: &mut S::Tx, target: &str, zone: &TimeZone) -> Result<Plan> {
        let contact = resolve::contact(tx, target).await?;
        let mut vars = Vars {
            to: recipient(&contact, contact.title.as_ref().map(|t| t.to_string())),
            ..Vars::default()
        };
        let mut application = None;
        if let Some(company_id) = contact.company_id {
            if let Some(company) = tx.company(company_id).await? {
                vars.company = company.name.to_string();
            }
            let filter = afterview_store::ApplicationFilter {
                statuses: vec![
                    afterview_core::ApplicationStatus::Applied,
                    afterview_core::ApplicationStatus::Interviewing,
                    afterview_core::ApplicationStatus::Offer,
                ],
                company: Some(company_id),
            };
            if let Some(row) = tx.list_applications(&filter).await?.into_iter().next() {
                vars.role = row.role.clone();
                application = Some(row.id);
            }
        }
        if let Some(last) = tx.touches(contact.id).await?.last() {
            vars.last = Some(afterview_letters::Last {
                subject: String::new(),
                date: date_words(last.at, zone),
            });
        }
        vars.checkin = Some(afterview_letters::CheckIn::default());
        Ok(Plan {
            application,
            interview: None,
            key: Some(ActionKey::of("checkin", &[contact.id.0])),
            contact,
            template: Template::CheckIn,
            vars,
        })
    }

    /// A networking ask or a withdrawal, about one application.
    async fn app_plan(
        &self,
        tx: &mut S::Tx,
        request: &DraftRequest,
        zone: &TimeZone,
    ) -> Result<Plan> {
        let app = resolve::application(tx, &request.target).await?;
        let company = tx
            .company(app.company_id)
            .await?
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        let rounds = tx
            .list_interviews(&afterview_store::InterviewFilter {
                application: Some(app.id),
                ..Default::default()
            })
            .await?;
        let latest = rounds.last().map(|r| r.interview.clone());
        let contact = match request.to.as_deref() {
            Some(q) => resolve::contact(tx, q).await?,
            None if request.kind == LetterKind::Withdraw => {
                let people = match &latest {
                    Some(i) => tx.interviewers(i.id).await?,
                    None => Vec::new(),
                };
                match hiring_contact(&people) {
                    Some(p) => p.contact.clone(),
                    None => {
                        return Err(AppError::Refused(format!(
                            "application {} has nobody to write to yet; name the person with --to \"Jane Doe\"",
                            app.id
                        )));
                    }
                }
            }
            None => {
                return Err(AppError::Refused(format!(
                    "whom should the ask go to? Name a contact who knows {company} with --to \"Jane Doe\" \
                     (`afterview contact list` shows your contacts)"
                )));
            }
        };
        let mut vars = Vars {
            to: recipient(&contact, contact.title.as_ref().map(|t| t.to_string())),
            company: company.clone(),
            role: app.role.to_string(),
            ..Vars::default()
        };
        if let Some(i) = &latest
            && i.status == InterviewStatus::Done
        {
            let people = tx.interviewers(i.id).await?;
            vars.interview = Some(interview_vars(i, &people, zone));
        }
        let key = match request.kind {
            LetterKind::Withdraw => {
                vars.withdrawal = Some(afterview_letters::Withdrawal::default());
                Some(ActionKey::of("withdraw", &[app.id.0]))
            }
            _ => {
                let works_there = contact.company_id == Some(app.company_id);
                vars.contact = Some(afterview_letters::Contact {
                    how_met: contact.how_met.as_ref().map(|h| h.to_string()),
                    works_there,
                    worked_there: false,
                    knows: Vec::new(),
                });
                None
            }
        };
        Ok(Plan {
            application: Some(app.id),
            interview: latest
                .filter(|_| request.kind == LetterKind::Withdraw)
                .map(|i| i.id),
            contact,
            key,
            template: if request.kind == LetterKind::Withdraw {
                Template::Withdraw
            } else {
                Template::Ask
            },
            vars,
        })
    }
}

/// Reads a round that took place, with its application and people.
async fn read_round<T: Transaction>(
    tx: &mut T,
    query: &str,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<Round> {
    let interview = resolve::interview(tx, query).await?;
    match interview.status {
        InterviewStatus::Cancelled | InterviewStatus::NoShow => {
            return Err(AppError::Refused(format!(
                "interview {} is {}; there is nothing to write about",
                interview.id,
                interview.status.as_str()
            )));
        }
        InterviewStatus::Scheduled if interview.starts_at > now => {
            return Err(AppError::Refused(format!(
                "interview {} has not happened yet (it is on {}); draft its letters afterwards",
                interview.id,
                afterview_core::time::show_local(interview.starts_at, zone)
            )));
        }
        _ => {}
    }
    let app = tx
        .application(interview.application_id)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(format!("interview {} has no application", interview.id))
        })?;
    let company = tx
        .company(app.company_id)
        .await?
        .map(|c| c.name.to_string())
        .unwrap_or_default();
    let people = tx.interviewers(interview.id).await?;
    let debrief = tx.debrief(interview.id).await?.map(|d| d.content);
    Ok(Round {
        app,
        company,
        interview,
        people,
        debrief,
    })
}

/// The letter already written for an action, as a sentence, if there is one.
fn already_written(written: &[Letter], key: &ActionKey) -> Option<String> {
    written
        .iter()
        .find(|l| l.action_key.as_ref() == Some(key))
        .map(|l| match l.state {
            LetterState::Sent => format!(
                "{} already got letter {} (sent); add --again to write another",
                l.to_name, l.id
            ),
            _ => format!(
                "{} already has letter {} ({}); change it with `afterview letter edit {}`, or add --again",
                l.to_name,
                l.id,
                l.state.as_str(),
                l.id
            ),
        })
}

/// The next nudge of a round that is not done yet.
async fn next_nudge<T: Transaction>(
    tx: &mut T,
    interview: InterviewId,
    max: u32,
) -> Result<ActionKey> {
    for n in 1..=max.max(1) {
        let key = ActionKey::of("nudge", &[interview.0, i64::from(n)]);
        let done = tx
            .mark(&key)
            .await?
            .is_some_and(|m| m.state == MarkState::Done);
        if !done {
            return Ok(key);
        }
    }
    Ok(ActionKey::of(
        "nudge",
        &[interview.0, i64::from(max.max(1))],
    ))
}

/// The latest letter that went out about a round: what a nudge refers to.
async fn last_letter<T: Transaction>(
    tx: &mut T,
    interview: InterviewId,
    zone: &TimeZone,
) -> Result<Option<afterview_letters::Last>> {
    let filter = LetterFilter {
        interview: Some(interview),
        states: vec![LetterState::Sent],
        ..LetterFilter::default()
    };
    let rows = tx.list_letters(&filter).await?;
    Ok(rows
        .into_iter()
        .map(|r| r.letter)
        .filter(|l| matches!(l.kind, LetterKind::FollowUp | LetterKind::Nudge))
        .filter_map(|l| Some((l.sent_at?, l.subject)))
        .max_by_key(|(at, _)| *at)
        .map(|(at, subject)| afterview_letters::Last {
            subject,
            date: date_words(at, zone),
        }))
}

/// The person a follow-up goes to: the hiring manager, else the recruiter,
/// else the first interviewer.
fn hiring_contact(people: &[InterviewerRow]) -> Option<&InterviewerRow> {
    let with = |role| people.iter().find(|p| p.interviewer.role == role);
    with(InterviewerRole::HiringManager)
        .or_else(|| with(InterviewerRole::Recruiter))
        .or_else(|| people.first())
}

/// The sender, from the profile; letters need a name to sign with.
fn me_vars(profile: &Profile) -> Result<afterview_letters::Me> {
    let Some(name) = &profile.name else {
        return Err(AppError::Refused(
            "letters are signed with your name; set it first with `afterview profile set --name \"Sam Carter\"`"
                .to_owned(),
        ));
    };
    let name = name.to_string();
    Ok(afterview_letters::Me {
        first_name: first_name(&name),
        name,
        email: profile
            .email
            .as_ref()
            .map(|e| e.to_string())
            .unwrap_or_default(),
        signature: profile.signature.as_ref().map(|s| s.to_string()),
    })
}

/// The name to greet someone by: their first name.
fn first_name(name: &str) -> String {
    name.split_whitespace().next().unwrap_or(name).to_owned()
}

/// A recipient's variables.
fn recipient(contact: &Contact, title: Option<String>) -> afterview_letters::Recipient {
    let name = contact.name.to_string();
    afterview_letters::Recipient {
        first_name: first_name(&name),
        name,
        role: title,
        email: contact.email.as_ref().map(|e| e.to_string()),
    }
}

/// A day in words: "Tuesday 24 November".
fn date_words(at: Timestamp, zone: &TimeZone) -> String {
    at.to_zoned_datetime(zone.clone())
        .strftime("%A %-d %B")
        .to_string()
}

/// When something is due, as it reads after the verb: "by Friday" within
/// the week, else "by 4 December".
fn due_words(due: Timestamp, from: Timestamp, zone: &TimeZone) -> String {
    let day = due.to_zoned_datetime(zone.clone());
    if due.duration_since(from) < jiff::SignedDuration::from_hours(24 * 6) {
        format!("by {}", day.strftime("%A"))
    } else {
        format!("by {}", day.strftime("%-d %B"))
    }
}

/// The interview's variables.
fn interview_vars(
    i: &Interview,
    people: &[InterviewerRow],
    zone: &TimeZone,
) -> afterview_letters::Interview {
    afterview_letters::Interview {
        date: date_words(i.starts_at, zone),
        day: i
            .starts_at
            .to_zoned_datetime(zone.clone())
            .strftime("%A")
            .to_string(),
        kind: i.kind.phrase().to_owned(),
        round: u32::try_from(i.round).unwrap_or(1),
        with: people.iter().map(|p| p.contact.name.to_string()).collect(),
    }
}

/// Everything a letter about a round says, but for whom it is to.
fn round_vars(round: &Round, zone: &TimeZone) -> Vars {
    let i = &round.interview;
    let debrief = round.debrief.as_ref().map(|d| afterview_letters::Debrief {
        went_well: d.went_well.iter().map(|w| lower_first(w)).collect(),
        topics: d.better.iter().filter_map(|b| b.topic.clone()).collect(),
        owed: d
            .owed
            .iter()
            .map(|o| afterview_letters::Owed {
                what: o.what.clone(),
                due: o
                    .due
                    .filter(|due| *due > i.ends_at + jiff::SignedDuration::from_hours(24))
                    .map(|due| due_words(due, i.ends_at, zone)),
            })
            .collect(),
        issue: d.issues.first().map(|s| lower_first(s)),
        decision_by: d.decision.as_ref().map(|dec| match dec.by {
            Some(by) => date_words(by, zone),
            None => dec.said.clone(),
        }),
    });
    Vars {
        company: round.company.clone(),
        role: round.app.role.to_string(),
        interview: Some(interview_vars(i, &round.people, zone)),
        debrief,
        ..Vars::default()
    }
}

/// A debrief line as it reads mid-sentence: "The system design round" reads
/// "the system design round", but "Rust" stays.
fn lower_first(text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', '!', ';']);
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return String::new();
    };
    // A word in capitals or with a capital inside (an acronym, a product)
    // keeps its case; an ordinary capitalised first word does not.
    let ordinary =
        first.chars().skip(1).all(|c| !c.is_uppercase()) && !matches!(first, "I" | "I'm" | "I've");
    let mut out = if ordinary {
        let mut c = first.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        first.to_owned()
    };
    for w in words {
        out.push(' ');
        out.push_str(w);
    }
    out
}

/// The profile's skills, and those the résumé sent names, that best match
/// the posting, as they read in a sentence.
fn skills_for(profile: &Profile, resume: Option<&str>, app: &Application) -> Vec<String> {
    let Some(posting) = &app.posting_text else {
        return Vec::new();
    };
    let mut skills: Vec<String> = profile.skills.iter().map(|s| s.to_string()).collect();
    if let Some(resume) = resume {
        // A résumé skill the profile already lists (in other words) is
        // left to the profile's wording.
        let listed = afterview_core::similar::concepts(&skills.join(", "));
        for skill in afterview_core::similar::skills_in(resume) {
            if afterview_core::similar::concepts(&skill).is_disjoint(&listed) {
                skills.push(skill);
            }
        }
    }
    let skills: Vec<&str> = skills.iter().map(String::as_str).collect();
    matching_skills(&skills, posting.as_str(), SKILLS_IN_FOLLOW_UP)
        .into_iter()
        .map(|m| m.skill.to_owned())
        .collect()
}

/// The text of the résumé sent with the application, when it is a text
/// file afterview can read (plain text or Markdown, under 1 MB).
async fn resume_text<T: Transaction>(tx: &mut T, app: &Application) -> Result<Option<String>> {
    let Some(id) = app.resume_id else {
        return Ok(None);
    };
    let Some(resume) = tx.resumes().await?.into_iter().find(|r| r.id == id) else {
        return Ok(None);
    };
    let path = std::path::Path::new(&resume.path);
    let readable = matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "text")
    );
    let small = std::fs::metadata(path).is_ok_and(|m| m.len() < 1024 * 1024);
    Ok((readable && small)
        .then(|| std::fs::read_to_string(path).ok())
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resume_adds_skills_the_profile_does_not_list() {
        let profile = Profile {
            skills: vec![afterview_core::Name::parse("skill", "Rust").unwrap()],
            ..Profile::default()
        };
        let app = Application {
            id: afterview_core::ApplicationId(1),
            company_id: afterview_core::CompanyId(1),
            role: afterview_core::Name::parse("role", "Backend Engineer").unwrap(),
            status: afterview_core::ApplicationStatus::Applied,
            posting_url: None,
            posting_text: Some(
                afterview_core::LongText::parse(
                    "posting",
                    "We build in Rust on Postgres and Kubernetes.",
                )
                .unwrap(),
            ),
            source: None,
            salary: None,
            resume_id: None,
            excitement: None,
            notes: None,
            created_at: jiff::Timestamp::UNIX_EPOCH,
            status_changed_at: jiff::Timestamp::UNIX_EPOCH,
        };
        assert_eq!(skills_for(&profile, None, &app), ["Rust"]);
        let resume = "Built services in Rust and PostgreSQL; ran them on Kubernetes.";
        assert_eq!(
            skills_for(&profile, Some(resume), &app),
            ["Rust", "PostgreSQL", "Kubernetes"]
        );
    }

    #[test]
    fn debrief_lines_read_mid_sentence() {
        assert_eq!(
            lower_first("The system design round."),
            "the system design round"
        );
        assert_eq!(lower_first("SQL tuning"), "SQL tuning");
        assert_eq!(lower_first("PostgreSQL questions"), "PostgreSQL questions");
        assert_eq!(first_name("Siobhán Ní Bhriain"), "Siobhán");
    }
}
