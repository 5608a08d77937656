//! Makes the applications: funnel, lifecycle, posting, history in time and interview rounds.

use super::Size;
use super::companies::DraftCompany;
use super::rng::{
    DAY, HEX, HOUR, Rng, SPAN, distinct, own_excitement, own_name, own_text, own_url, random_chars,
    slug, ts,
};
use super::words::{
    APPLICATION_NOTES, CULTURE, DUTIES, FOCUS, LEVELS, REGIONS, SKILLS, SOURCES, TEAMS, TITLES,
};
use afterview_core::{
    Application, ApplicationId, ApplicationStatus, CompanyId, ResumeId, SalaryRange,
};

/// How the current statuses are spread, in percent, across two years of
/// searching: most applications have long since closed (rejected, ghosted,
/// withdrawn), a fifth still wait for an answer, and one in twenty is in
/// interviews at any time.
pub(super) const FUNNEL: [(ApplicationStatus, usize); 8] = [
    (ApplicationStatus::Saved, 4),
    (ApplicationStatus::Applied, 20),
    (ApplicationStatus::Interviewing, 5),
    (ApplicationStatus::Offer, 1),
    (ApplicationStatus::Hired, 1),
    (ApplicationStatus::Rejected, 40),
    (ApplicationStatus::Withdrawn, 5),
    (ApplicationStatus::Ghosted, 24),
];

/// An application as it is being made: its row, its history and its rounds.
pub(super) struct DraftApp {
    pub(super) row: Application,
    pub(super) company: usize,
    /// The statuses it went through; the first is the one it was created with.
    pub(super) path: Vec<ApplicationStatus>,
    /// When it entered each status of `path`.
    pub(super) times: Vec<i64>,
    /// A note for each entry of `path`.
    pub(super) notes: Vec<Option<String>>,
    /// How many interview rounds it has.
    rounds: usize,
    /// Whether its last round is still to come (only while interviewing).
    pub(super) upcoming: bool,
    /// When each round was meant to start, before fitting it into office hours.
    pub(super) round_plan: Vec<i64>,
    /// When it moved into interviewing.
    pub(super) phase_start: i64,
    /// When it moved on from interviewing, or now while it is still there.
    pub(super) phase_end: i64,
}

impl DraftApp {
    pub(super) fn reached(&self, status: ApplicationStatus) -> bool {
        self.path.contains(&status)
    }
}

pub(super) fn make_applications(
    size: &Size,
    companies: &[DraftCompany],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftApp> {
    if companies.is_empty() {
        return Vec::new();
    }
    let cumulative: Vec<u64> = companies
        .iter()
        .scan(0, |sum, c| {
            *sum += c.weight;
            Some(*sum)
        })
        .collect();
    let total = cumulative.last().copied().unwrap_or(1);
    let mut apps: Vec<DraftApp> = funnel(size.applications, rng)
        .into_iter()
        .map(|status| {
            let x = rng.below(total as usize) as u64;
            let company = cumulative.partition_point(|&c| c <= x);
            describe(company, &companies[company], status, rng)
        })
        .collect();
    plan_rounds(&mut apps, size.interviews, rng);
    for app in &mut apps {
        schedule(app, rng, now);
    }
    apps
}

/// The statuses of `n` applications in the funnel's proportions, shuffled.
fn funnel(n: usize, rng: &mut Rng) -> Vec<ApplicationStatus> {
    // Largest remainder: everyone gets the whole part of their share, and the
    // few left over go to the largest fractions, so small sizes keep the shape.
    let mut counts: Vec<usize> = FUNNEL.iter().map(|(_, pct)| n * pct / 100).collect();
    let mut by_remainder: Vec<usize> = (0..FUNNEL.len()).collect();
    by_remainder.sort_by_key(|&i| std::cmp::Reverse(n * FUNNEL[i].1 % 100));
    let left = n - counts.iter().sum::<usize>();
    for &i in by_remainder.iter().cycle().take(left) {
        counts[i] += 1;
    }
    let mut statuses: Vec<ApplicationStatus> = FUNNEL
        .iter()
        .zip(counts)
        .flat_map(|((status, _), count)| std::iter::repeat_n(*status, count))
        .collect();
    rng.shuffle(&mut statuses);
    statuses
}

/// Appends the move to `to`, which must be one that `next()` allows from the
/// last status; the routes in [`lifecycle`] only take such steps.
fn step(path: &mut Vec<ApplicationStatus>, to: ApplicationStatus) {
    debug_assert!(
        path.last().is_some_and(|from| from.next().contains(&to)),
        "illegal step {path:?} -> {to}"
    );
    path.push(to);
}

/// A history that ends at `target`, taking only steps the lifecycle allows.
fn lifecycle(target: ApplicationStatus, rng: &mut Rng) -> Vec<ApplicationStatus> {
    use ApplicationStatus::*;
    if target == Saved {
        return vec![Saved];
    }
    let mut path = Vec::with_capacity(6);
    if target == Withdrawn && rng.chance(0.3) {
        // Saved, then thought better of it before applying.
        path.push(Saved);
        step(&mut path, Withdrawn);
        return path;
    }
    // About a third of applications were saved first and sent later; the
    // rest were added when they were sent.
    if rng.chance(0.35) {
        path.push(Saved);
        step(&mut path, Applied);
    } else {
        path.push(Applied);
    }
    let route: &[ApplicationStatus] = match target {
        Applied if rng.chance(0.03) => &[Ghosted, Applied],
        Applied | Saved => &[],
        Interviewing if rng.chance(0.05) => &[Ghosted, Interviewing],
        Interviewing => &[Interviewing],
        Offer => &[Interviewing, Offer],
        Hired => &[Interviewing, Offer, Hired],
        Rejected => match rng.below(20) {
            0 => &[Interviewing, Offer, Rejected],
            1..=8 => &[Rejected],
            _ => &[Interviewing, Rejected],
        },
        Withdrawn => match rng.below(10) {
            0..=2 => &[Withdrawn],
            3..=7 => &[Interviewing, Withdrawn],
            _ => &[Interviewing, Offer, Withdrawn],
        },
        Ghosted if rng.chance(0.7) => &[Ghosted],
        Ghosted => &[Interviewing, Ghosted],
    };
    for &to in route {
        step(&mut path, to);
    }
    path
}

/// An application at `company` that ends up `status`; times come later.
fn describe(
    company: usize,
    draft: &DraftCompany,
    status: ApplicationStatus,
    rng: &mut Rng,
) -> DraftApp {
    let region = &REGIONS[draft.region];
    let company_name = draft.row.name.as_str();
    let (title, takes_level, resume) = *rng.pick(TITLES);
    let mut level = rng.weighted(&LEVELS.map(|l| l.1));
    if !takes_level {
        // "Lead Technical Lead" would read oddly; these titles only come plain or senior.
        level = if rng.chance(0.5) { 1 } else { 2 };
    }
    let focus = if rng.chance(0.15) {
        *rng.pick(FOCUS)
    } else {
        ""
    };
    let role = format!("{}{title}{focus}", LEVELS[level].0);

    let source = rng
        .chance(0.92)
        .then(|| SOURCES[rng.weighted(&SOURCES.map(|s| s.1))].0);
    let company_slug = slug(company_name);
    let role_slug = role
        .split_whitespace()
        .map(slug)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let posting_url = match source {
        Some("LinkedIn") => Some(format!(
            "https://www.linkedin.com/jobs/view/{}",
            4_000_000_000 + rng.below(999_999_999)
        )),
        Some("Job board") if rng.chance(0.5) => Some(format!(
            "https://boards.greenhouse.io/{company_slug}/jobs/{}",
            1_000_000 + rng.below(8_999_999)
        )),
        Some("Job board") => Some(format!(
            "https://jobs.lever.co/{company_slug}/{}-{}",
            random_chars(rng, HEX, 8),
            random_chars(rng, HEX, 4)
        )),
        _ if rng.chance(0.7) => Some(format!(
            "https://{}/careers/{role_slug}-{}",
            draft.domain,
            100 + rng.below(9_900)
        )),
        _ => None,
    };
    let posting_text = rng.chance(0.75).then(|| {
        let skills = distinct(rng, SKILLS.len(), 4);
        own_text(
            "posting text",
            &format!(
                "{company_name} is looking for a {role} to join the {team} team. You will {duty}. \
                 Our stack includes {a}, {b} and {c}; experience with {d} is a plus.\n\n{culture} {workplace}",
                team = rng.pick(TEAMS),
                duty = rng.pick(DUTIES),
                a = SKILLS[skills[0]],
                b = SKILLS[skills[1]],
                c = SKILLS[skills[2]],
                d = SKILLS[skills[3]],
                culture = rng.pick(CULTURE),
                workplace = rng.pick(region.workplace),
            ),
        )
    });
    let salary = rng.chance(0.6).then(|| {
        let bonus = if resume == 2 { 25 } else { 0 };
        let base = (LEVELS[level].2 + bonus) * region.pay_percent / 100;
        // Within 15% either way, rounded to 5k as postings do.
        let min = (base * rng.between(85, 116) / 100 / 5 * 5).max(5) * 1_000;
        let max = (!rng.chance(0.1)).then(|| min + rng.between(2, 11) * 5_000);
        SalaryRange {
            min: Some(min),
            max,
            currency: Some(region.currency.to_owned()),
        }
    });
    // A saved application has not been sent, so no résumé went with it;
    // a third of the others say which version was sent, about 30% overall.
    let resume_id = (status != ApplicationStatus::Saved && rng.chance(1.0 / 3.0))
        .then(|| ResumeId(resume as i64 + 1));
    let excitement = rng
        .chance(0.85)
        .then(|| own_excitement(1 + rng.weighted(&[5, 15, 35, 30, 15]) as i64));
    let notes = rng
        .chance(0.2)
        .then(|| own_text("notes", rng.word(APPLICATION_NOTES)));
    let path = lifecycle(status, rng);
    DraftApp {
        row: Application {
            id: ApplicationId(0),
            company_id: CompanyId(0),
            role: own_name("role", &role),
            status,
            posting_url: posting_url.map(|u| own_url("posting", &u)),
            posting_text,
            source: source.map(|s| own_name("source", s)),
            salary,
            resume_id,
            excitement,
            notes,
            created_at: ts(0),
            status_changed_at: ts(0),
        },
        company,
        path,
        times: Vec::new(),
        notes: Vec::new(),
        rounds: 0,
        upcoming: false,
        round_plan: Vec::new(),
        phase_start: 0,
        phase_end: 0,
    }
}

/// Shares `total` interview rounds among the applications that reached
/// interviewing: more for those that got to an offer, fewer for those still
/// in the middle of it, at least one each.
fn plan_rounds(apps: &mut [DraftApp], total: usize, rng: &mut Rng) {
    use ApplicationStatus::*;
    let mut eligible: Vec<usize> = (0..apps.len())
        .filter(|&i| apps[i].reached(Interviewing))
        .collect();
    if eligible.is_empty() && total > 0 && !apps.is_empty() {
        // The funnel gave no interviewing stage (a tiny size); promote one
        // application so the interviews have somewhere to go.
        apps[0].path = vec![Applied, Interviewing];
        apps[0].row.status = Interviewing;
        eligible.push(0);
    }
    if eligible.is_empty() {
        return;
    }
    if total < eligible.len() {
        rng.shuffle(&mut eligible);
        for &i in &eligible[..total] {
            apps[i].rounds = 1;
        }
        return;
    }
    let weights: Vec<u64> = eligible
        .iter()
        .map(|&i| {
            let (lo, hi) = if apps[i].reached(Offer) {
                (5, 10)
            } else if apps[i].row.status == Interviewing {
                (2, 8)
            } else {
                (2, 7)
            };
            rng.between(lo, hi) as u64
        })
        .collect();
    let sum: u64 = weights.iter().sum();
    let mut given = 0;
    for (&i, &w) in eligible.iter().zip(&weights) {
        let share = ((total as u64 * w + sum / 2) / sum).max(1) as usize;
        apps[i].rounds = share;
        given += share;
    }
    // Rounding leaves the sum a little off; walk round the applications from
    // a random start, one round at a time, until it is exact. Taking away
    // always finds an application with more than one round, since the total
    // is at least the number of applications.
    let mut k = rng.below(eligible.len());
    while given < total {
        apps[eligible[k % eligible.len()]].rounds += 1;
        given += 1;
        k += 1;
    }
    while given > total {
        let app = &mut apps[eligible[k % eligible.len()]];
        if app.rounds > 1 {
            app.rounds -= 1;
            given -= 1;
        }
        k += 1;
    }
    for &i in &eligible {
        // Some of those still interviewing have their next round coming up.
        if apps[i].row.status == Interviewing && apps[i].rounds > 0 && rng.chance(0.4) {
            apps[i].upcoming = true;
        }
    }
}

/// How long after `from` an application moved to `to`, outside interviewing.
fn gap(from: ApplicationStatus, to: ApplicationStatus, rng: &mut Rng) -> i64 {
    use ApplicationStatus::*;
    let (lo, hi) = match (from, to) {
        (Saved, Applied) => (6 * HOUR, 14 * DAY),
        (Saved, Withdrawn) => (DAY, 30 * DAY),
        (Applied, Interviewing) => (3 * DAY, 21 * DAY),
        (Applied, Rejected) => (2 * DAY, 35 * DAY),
        (Applied, Withdrawn) => (3 * DAY, 30 * DAY),
        (Applied, Ghosted) => (21 * DAY, 60 * DAY),
        (Ghosted, _) => (7 * DAY, 45 * DAY),
        (Offer, _) => (2 * DAY, 14 * DAY),
        _ => (DAY, 14 * DAY),
    };
    rng.between(lo, hi)
}

/// Rounds from `start`: the first a few days in, the next ones every few
/// days, so that no two are less than three days apart (fitting a round into
/// office hours on a weekday moves it by less than two days either way, so
/// rounds never swap or overlap). Returns the last.
fn plan_round_times(plan: &mut Vec<i64>, start: i64, rounds: usize, rng: &mut Rng) -> i64 {
    let mut t = start;
    for r in 0..rounds {
        t += if r == 0 && plan.is_empty() {
            rng.between(DAY, 7 * DAY)
        } else {
            rng.between(3 * DAY, 10 * DAY)
        };
        plan.push(t);
    }
    t
}

/// Places the application's history in time, ending before `now`.
///
/// The gaps between moves are drawn first, from the creation onwards; then
/// the whole history is placed so that its current status has lasted a
/// plausible while: days or weeks for a live application, anything up to the
/// span for a closed one.
fn schedule(app: &mut DraftApp, rng: &mut Rng, now: i64) {
    use ApplicationStatus::*;
    let status = *app.path.last().unwrap_or(&app.row.status);
    let mut times = vec![0];
    let mut t = 0;
    for pair in app.path.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        if from == Interviewing {
            app.phase_start = t;
            let last = plan_round_times(&mut app.round_plan, t, app.rounds, rng);
            let after = match to {
                Ghosted => rng.between(14 * DAY, 30 * DAY),
                Offer => rng.between(2 * DAY, 10 * DAY),
                Rejected => rng.between(DAY, 10 * DAY),
                _ => rng.between(DAY, 7 * DAY),
            };
            // Without rounds (only with very few interviews overall) the
            // phase still takes a while.
            t = if app.rounds == 0 {
                t + rng.between(3 * DAY, 21 * DAY)
            } else {
                last + after
            };
            app.phase_end = t;
        } else {
            t += gap(from, to, rng);
        }
        times.push(t);
    }
    let total = t;
    let tail = match status {
        Saved => rng.between(HOUR, 60 * DAY),
        Applied if rng.chance(0.2) => rng.between(40 * DAY, 90 * DAY),
        Applied => rng.between(HOUR, 40 * DAY),
        Offer => rng.between(HOUR, 14 * DAY),
        Interviewing => {
            app.phase_start = total;
            let past = app.rounds - usize::from(app.upcoming);
            let last = plan_round_times(&mut app.round_plan, total, past, rng);
            let wait = if past == 0 {
                rng.between(2 * HOUR, 5 * DAY)
            } else {
                rng.between(DAY, 5 * DAY)
            };
            last - total + wait
        }
        Hired | Rejected | Withdrawn | Ghosted if total < SPAN => rng.between(0, SPAN - total),
        Hired | Rejected | Withdrawn | Ghosted => rng.between(0, 7 * DAY),
    };
    let created = now - tail - total;
    app.times = times.into_iter().map(|t| t + created).collect();
    for plan in &mut app.round_plan {
        *plan += created;
    }
    app.phase_start += created;
    app.phase_end = if status == Interviewing {
        now
    } else {
        app.phase_end + created
    };
    if app.upcoming {
        // Twelve days at most, so that office hours on a weekday near it
        // still fall within the two weeks.
        app.round_plan.push(now + rng.between(2 * HOUR, 12 * DAY));
    }
    app.notes = app
        .path
        .iter()
        .enumerate()
        .map(|(i, &to)| {
            let from = i.checked_sub(1).map(|j| app.path[j]);
            event_note(from, to, rng)
        })
        .collect();
    app.row.status = status;
    app.row.created_at = ts(app.times[0]);
    app.row.status_changed_at = ts(*app.times.last().unwrap_or(&created));
}

/// Sometimes a word on why the status changed.
fn event_note(
    from: Option<ApplicationStatus>,
    to: ApplicationStatus,
    rng: &mut Rng,
) -> Option<String> {
    use ApplicationStatus::*;
    if from.is_none() || !rng.chance(0.35) {
        return None;
    }
    let notes: &[&str] = match (from, to) {
        (Some(Ghosted), _) => &["They came back after weeks of silence."],
        (_, Applied) => &[
            "Sent the application with a tailored cover letter.",
            "Applied through the careers page.",
            "Referral submitted by a former colleague.",
        ],
        (_, Interviewing) => &[
            "Recruiter scheduled a first call.",
            "Invited to a phone screen.",
            "Passed the résumé screen.",
        ],
        (_, Offer) => &[
            "Verbal offer, written offer to follow.",
            "Written offer received.",
            "Offer came in at the top of the range.",
        ],
        (_, Hired) => &[
            "Signed the contract!",
            "Accepted the offer; start date agreed.",
        ],
        (_, Rejected) => &[
            "Generic rejection email.",
            "They went with a candidate with more domain experience.",
            "Position filled internally.",
            "Rejected after the final round; asked for feedback.",
            "Role put on hold.",
        ],
        (_, Withdrawn) => &[
            "Salary below my range.",
            "Accepted another offer.",
            "Relocation required.",
            "The team seemed stretched thin.",
            "Declined the offer after negotiating.",
        ],
        (_, Ghosted) => &[
            "No reply after two follow-ups.",
            "No answer for six weeks.",
            "Recruiter stopped replying.",
        ],
        (_, Saved) => return None,
    };
    Some((*rng.pick(notes)).to_owned())
}
