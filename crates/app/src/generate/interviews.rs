//! Makes the interview rounds, in office hours, with people from the right company on them.

use super::applications::DraftApp;
use super::companies::DraftCompany;
use super::contacts::{DraftContact, Part};
use super::rng::{
    DAY, DIGITS, HOUR, LETTERS, MINUTE, Rng, distinct, own_name, own_text, random_chars, ts,
};
use super::words::REGIONS;
use afterview_core::{
    ApplicationId, ApplicationStatus, Interview, InterviewId, InterviewKind, InterviewStatus,
    InterviewerRole, Name,
};

/// The candidate's own zone, in which remote interviews are often scheduled.
pub(super) const HOME_ZONE: (&str, i64) = ("Europe/Berlin", 1);

/// Things worth remembering from a round of `kind`.
fn interview_notes(kind: InterviewKind) -> &'static [&'static str] {
    match kind {
        InterviewKind::PhoneScreen => &[
            "Talked about motivation and salary expectations.",
            "The recruiter walked me through the process: four rounds.",
            "Asked why I am leaving my current job.",
        ],
        InterviewKind::Technical => &[
            "Live coding: an LRU cache in Rust.",
            "System design: a rate limiter for a public API.",
            "Debugging exercise on a failing service.",
            "Reviewed my take-home; many questions on error handling.",
            "SQL questions on window functions and indexes.",
        ],
        InterviewKind::Behavioural => &[
            "A conflict with a colleague, in STAR format.",
            "Asked about a project that failed.",
            "Questions on mentoring and giving feedback.",
        ],
        InterviewKind::Panel => &[
            "Four interviewers, mostly architecture questions.",
            "Presented a past project for twenty minutes.",
        ],
        InterviewKind::Onsite => &[
            "Three sessions and lunch with the team.",
            "Whiteboard design of a job queue; met the team.",
        ],
        InterviewKind::Final => &[
            "Met the CTO; talked about the roadmap.",
            "Culture and values conversation with the VP.",
        ],
        InterviewKind::Other => &[
            "Coffee chat with a future teammate.",
            "Informal lunch with the team lead.",
        ],
    }
}

/// An interview as it is being made, with its people.
pub(super) struct DraftInterview {
    pub(super) row: Interview,
    pub(super) app: usize,
    pub(super) panel: Vec<(usize, InterviewerRole)>,
}

/// The people a company puts in front of a candidate for one application.
#[derive(Default)]
struct Team {
    recruiter: Option<usize>,
    manager: Option<usize>,
    engineers: Vec<usize>,
}

/// Contacts at each company, by the part they can play.
struct Staff {
    recruiters: Vec<Vec<usize>>,
    managers: Vec<Vec<usize>>,
    engineers: Vec<Vec<usize>>,
    /// Recruiters at agencies, who stand in for companies without one.
    agency: Vec<usize>,
}

impl Staff {
    fn new(contacts: &[DraftContact], companies: usize) -> Staff {
        let mut staff = Staff {
            recruiters: vec![Vec::new(); companies],
            managers: vec![Vec::new(); companies],
            engineers: vec![Vec::new(); companies],
            agency: Vec::new(),
        };
        for (i, c) in contacts.iter().enumerate() {
            match (c.company, c.part) {
                (Some(co), Part::Recruiter) => staff.recruiters[co].push(i),
                (Some(co), Part::Manager) => staff.managers[co].push(i),
                (Some(co), Part::Engineer | Part::Other) => staff.engineers[co].push(i),
                (None, Part::Recruiter) => staff.agency.push(i),
                (None, _) => {}
            }
        }
        staff
    }

    /// A team for one application at `company`: the same people across its
    /// rounds, as in a real process. Falls back to anyone in the contacts
    /// when nobody at the company is known.
    fn team(&self, company: usize, contacts: usize, rng: &mut Rng) -> Team {
        let recruiters = &self.recruiters[company];
        let managers = &self.managers[company];
        let engineers = &self.engineers[company];
        let recruiter = if !recruiters.is_empty() {
            Some(*rng.pick(recruiters))
        } else if !self.agency.is_empty() && rng.chance(0.5) {
            Some(*rng.pick(&self.agency))
        } else {
            None
        };
        let manager = (!managers.is_empty()).then(|| *rng.pick(managers));
        let start = rng.below(engineers.len().max(1));
        let engineers: Vec<usize> = (0..engineers.len().min(4))
            .map(|k| engineers[(start + k) % engineers.len()])
            .collect();
        let mut team = Team {
            recruiter,
            manager,
            engineers,
        };
        if team.recruiter.is_none()
            && team.manager.is_none()
            && team.engineers.is_empty()
            && contacts > 0
        {
            team.engineers = distinct(rng, contacts, 2.min(contacts));
        }
        team
    }
}

/// Who sits on one round of `kind`: one to three people from the team, each once.
fn panel(kind: InterviewKind, team: &Team, rng: &mut Rng) -> Vec<(usize, InterviewerRole)> {
    use InterviewKind::*;
    use InterviewerRole as R;
    /// Seats `who`, unless the panel is full or they are on it already.
    fn add(who: Option<usize>, role: InterviewerRole, out: &mut Vec<(usize, InterviewerRole)>) {
        if let Some(who) = who
            && out.len() < 3
            && !out.iter().any(|(c, _)| *c == who)
        {
            out.push((who, role));
        }
    }
    let mut out: Vec<(usize, InterviewerRole)> = Vec::with_capacity(3);
    let engineer = |rng: &mut Rng| (!team.engineers.is_empty()).then(|| *rng.pick(&team.engineers));
    match kind {
        PhoneScreen => {
            add(
                team.recruiter.or(team.manager),
                if team.recruiter.is_some() {
                    R::Recruiter
                } else {
                    R::HiringManager
                },
                &mut out,
            );
        }
        Technical => {
            for _ in 0..1 + rng.below(2) {
                add(engineer(rng), R::Interviewer, &mut out);
            }
        }
        Behavioural => {
            add(team.manager, R::HiringManager, &mut out);
            if rng.chance(0.5) {
                add(engineer(rng), R::Interviewer, &mut out);
            }
        }
        Panel | Onsite => {
            for _ in 0..2 + rng.below(2) {
                add(engineer(rng), R::Panelist, &mut out);
            }
            if rng.chance(0.5) {
                add(team.manager, R::HiringManager, &mut out);
            }
        }
        Final => {
            add(team.manager, R::HiringManager, &mut out);
            if rng.chance(0.4) {
                add(team.recruiter, R::Recruiter, &mut out);
            }
        }
        Other => add(engineer(rng), R::Interviewer, &mut out),
    }
    if out.is_empty() {
        // The company's known people do not fit this kind of round; anyone
        // from the team is better than nobody.
        let anyone = team
            .manager
            .or(team.engineers.first().copied())
            .or(team.recruiter);
        let role = if anyone == team.recruiter {
            R::Recruiter
        } else {
            R::Interviewer
        };
        add(anyone, role, &mut out);
    }
    out
}

/// The kind of round `r` (from 0) of `n`.
fn round_kind(r: usize, n: usize, got_offer: bool, rng: &mut Rng) -> InterviewKind {
    use InterviewKind::*;
    if r == 0 {
        PhoneScreen
    } else if r + 1 == n && (got_offer || rng.chance(0.15)) {
        Final
    } else {
        [Technical, Behavioural, Panel, Onsite, Other][rng.weighted(&[45, 25, 12, 12, 6])]
    }
}

/// How long a round of `kind` lasts, in minutes: 30 to 90.
fn minutes(kind: InterviewKind, rng: &mut Rng) -> i64 {
    use InterviewKind::*;
    let choices: &[i64] = match kind {
        PhoneScreen => &[30, 30, 45],
        Technical | Panel => &[60, 60, 90],
        Behavioural | Final => &[45, 60],
        Onsite => &[90],
        Other => &[30, 45, 60],
    };
    *rng.pick(choices)
}

/// Moves `planned` into office hours, on the hour or half past, on the same
/// local day in a zone `offset` hours from UTC, or on the nearest weekday
/// when that day is a Saturday or a Sunday.
///
/// The offset is the zone's standard one: during daylight-saving time the
/// interview lands an hour later than intended, still in office hours, and
/// the generator needs no time-zone database.
fn office_hours(planned: i64, offset: i64, rng: &mut Rng) -> i64 {
    let local = planned + offset * HOUR;
    let days = local.div_euclid(DAY);
    // The Unix epoch was a Thursday, so day 2 was a Saturday.
    let day = match (days - 2).rem_euclid(7) {
        0 => days - 1,
        1 => days + 1,
        _ => days,
    } * DAY;
    let hour = *rng.pick(&[9, 10, 10, 11, 11, 13, 14, 14, 15, 16]);
    day + hour * HOUR + *rng.pick(&[0, 30]) * MINUTE - offset * HOUR
}

fn location(kind: InterviewKind, company: &DraftCompany, rng: &mut Rng) -> Option<Name> {
    if rng.chance(0.08) {
        return None;
    }
    let office = REGIONS[company.region].offices[company.office].0;
    let text = match kind {
        InterviewKind::Onsite => format!("{} office, {office}", company.row.name),
        InterviewKind::PhoneScreen if rng.chance(0.4) => "Phone call".to_owned(),
        _ => match rng.below(3) {
            0 => format!(
                "https://meet.google.com/{}-{}-{}",
                random_chars(rng, LETTERS, 3),
                random_chars(rng, LETTERS, 4),
                random_chars(rng, LETTERS, 3)
            ),
            1 => format!("https://zoom.us/j/{}", random_chars(rng, DIGITS, 10)),
            _ => "Microsoft Teams".to_owned(),
        },
    };
    Some(own_name("location", &text))
}

pub(super) fn make_interviews(
    apps: &[DraftApp],
    companies: &[DraftCompany],
    contacts: &mut [DraftContact],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftInterview> {
    let staff = Staff::new(contacts, companies.len());
    let mut interviews: Vec<DraftInterview> =
        Vec::with_capacity(apps.iter().map(|a| a.round_plan.len()).sum());
    for (a, app) in apps.iter().enumerate() {
        if app.round_plan.is_empty() {
            continue;
        }
        let company = &companies[app.company];
        let (_, office_zone, office_offset) = REGIONS[company.region].offices[company.office];
        let team = staff.team(app.company, contacts.len(), rng);
        let got_offer = app.reached(ApplicationStatus::Offer);
        let n = app.round_plan.len();
        let mut prev_end = app.phase_start;
        let mut prev_created = app.phase_start;
        for (r, &planned) in app.round_plan.iter().enumerate() {
            let future = app.upcoming && r + 1 == n;
            let kind = round_kind(r, n, got_offer, rng);
            let length = minutes(kind, rng) * MINUTE;
            let (zone, offset) = if kind == InterviewKind::Onsite || rng.chance(0.5) {
                (office_zone, office_offset)
            } else {
                HOME_ZONE
            };
            // A past round stays between the previous one and the next move
            // (or now); a coming one stays ahead of now. When office hours
            // would break that, the planned time, to five minutes, is kept:
            // rounds are planned at least a day clear of the moves and three
            // days clear of each other.
            let (lo, hi) = if future {
                (now + HOUR, i64::MAX)
            } else {
                (prev_end + HOUR, app.phase_end - HOUR)
            };
            let snapped = office_hours(planned, offset, rng);
            let start = if snapped >= lo && snapped + length <= hi {
                snapped
            } else {
                planned - planned.rem_euclid(5 * MINUTE)
            };
            let status = if future {
                InterviewStatus::Scheduled
            } else if got_offer && r + 1 == n {
                // The round before an offer took place.
                InterviewStatus::Done
            } else {
                [
                    InterviewStatus::Done,
                    InterviewStatus::Cancelled,
                    InterviewStatus::NoShow,
                ][rng.weighted(&[92, 6, 2])]
            };
            // A round that took place may have run over or ended early.
            let end = if status == InterviewStatus::Done {
                start + (length + rng.between(-10, 11) * MINUTE).clamp(30 * MINUTE, 90 * MINUTE)
            } else {
                start + length
            };
            // Scheduled a few days ahead, in round order, never before the
            // application moved into interviewing and never after now.
            let created = (start - rng.between(HOUR, 10 * DAY))
                .max(prev_created)
                .max(app.phase_start)
                .min(start)
                .min(now);
            let notes = (status == InterviewStatus::Done && rng.chance(0.35))
                .then(|| own_text("notes", rng.word(interview_notes(kind))));
            let people = panel(kind, &team, rng);
            for &(c, _) in &people {
                // People are in the contacts by the time they are on an interview.
                let contact = &mut contacts[c].row;
                contact.created_at = contact.created_at.min(ts(created));
            }
            interviews.push(DraftInterview {
                row: Interview {
                    id: InterviewId(0),
                    application_id: ApplicationId(0),
                    round: r as i64 + 1,
                    kind,
                    starts_at: ts(start),
                    ends_at: ts(end),
                    time_zone: zone.to_owned(),
                    location: location(kind, company, rng),
                    status,
                    notes,
                    created_at: ts(created),
                },
                app: a,
                panel: people,
            });
            prev_end = end;
            prev_created = created;
        }
    }
    interviews
}
