//! Insights: what the search so far says, as a pure function of a few lean
//! rows, the time, the zone and the policy.
//!
//! A store reads [`InsightFacts`] (every move of each application to a
//! status, every round, who sat on them, each debrief's first save and
//! latest rating, and when each must-do after a round was done) and
//! [`insights`] turns them into the funnel from applied to hired, how long
//! each stage waits for an answer, the self-ratings over time, and the
//! follow-through rate with what it goes with. Nothing is stored; the same
//! rows, time and policy always give the same numbers. Groups smaller than
//! [`ENOUGH`] are shown with their size and called too few to tell, so that
//! three lucky rounds never read as a pattern.

#[cfg(test)]
mod tests;

use crate::agenda::{Policy, plus};
use crate::application::ApplicationStatus;
use crate::hash::FastMap;
use crate::ids::{ApplicationId, ContactId, InterviewId};
use crate::interview::InterviewStatus;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::Serialize;

/// The fewest rounds in a group before its rate is compared with another.
pub const ENOUGH: u32 = 10;

/// An application's move to a status; the first move to each status counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The application.
    pub application_id: ApplicationId,
    /// The status it moved to.
    pub status: ApplicationStatus,
    /// When.
    pub at: Timestamp,
}

/// One interview round, lean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundFact {
    /// The interview.
    pub id: InterviewId,
    /// Its application.
    pub application_id: ApplicationId,
    /// Its round number, from 1.
    pub round: i64,
    /// Whether it happened.
    pub status: InterviewStatus,
    /// When it started.
    pub starts_at: Timestamp,
    /// When it ended.
    pub ends_at: Timestamp,
    /// When it was added: when the invitation came.
    pub created_at: Timestamp,
}

/// A round's debrief: when it was first written, and the latest rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DebriefFirst {
    /// The interview.
    pub interview_id: InterviewId,
    /// When the first version was saved.
    pub first_written_at: Timestamp,
    /// The self-rating of the latest version, 1 to 5.
    pub rating: Option<u8>,
}

/// A must-do after a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// The debrief (marked done by hand, when written elsewhere).
    Debrief,
    /// Thanking one interviewer.
    Thanks(ContactId),
    /// The follow-up to the hiring contact.
    FollowUp,
}

impl Step {
    /// The step an agenda action's key names (`debrief-12`, `thank-12-7`,
    /// `followup-12`), if it is one of these.
    pub fn from_key(key: &str) -> Option<(InterviewId, Step)> {
        let mut parts = key.split('-');
        let kind = parts.next()?;
        let mut num = || parts.next()?.parse::<i64>().ok();
        let step = match kind {
            "debrief" => (InterviewId(num()?), Step::Debrief),
            "followup" => (InterviewId(num()?), Step::FollowUp),
            "thank" => {
                let round = InterviewId(num()?);
                (round, Step::Thanks(ContactId(num()?)))
            }
            _ => return None,
        };
        parts.next().is_none().then_some(step)
    }
}

/// A must-do after a round, done: a mark, or a letter that went out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepDone {
    /// The round.
    pub interview_id: InterviewId,
    /// What was done.
    pub step: Step,
    /// When.
    pub at: Timestamp,
}

/// Everything insights read; a store fills it in one bounded read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InsightFacts {
    /// Every move of every application (in any order).
    pub moves: Vec<Move>,
    /// Every round.
    pub rounds: Vec<RoundFact>,
    /// Who sat on each round.
    pub panels: Vec<(InterviewId, ContactId)>,
    /// Each debriefed round's first save and latest rating.
    pub debriefs: Vec<DebriefFirst>,
    /// Must-dos done after rounds, from marks and sent letters.
    pub done: Vec<StepDone>,
}

/// One stage of the funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FunnelStage {
    /// `applied`, `interviewed`, `offer`, `hired`.
    pub stage: &'static str,
    /// Its name for people.
    pub label: &'static str,
    /// Applications that reached it or went beyond.
    pub count: u32,
    /// The share of the stage before that got here (none for the first,
    /// or when the stage before is empty), 0 to 1.
    pub of_previous: Option<f64>,
    /// The share of all applications sent that got here, 0 to 1.
    pub of_applied: Option<f64>,
}

/// How long one stage waits for the next step, in days.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageTime {
    /// `first-answer`, `after-interview`, `offer-decision`.
    pub stage: &'static str,
    /// Its name for people.
    pub label: &'static str,
    /// How many waits were measured.
    pub n: u32,
    /// The median wait in days, to a tenth.
    pub median_days: Option<f64>,
    /// Three in four waits were this long or shorter, in days.
    pub p75_days: Option<f64>,
    /// Waits with no next step yet (or none ever came).
    pub open: u32,
}

/// One rated debrief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatingPoint {
    /// The round.
    pub interview_id: InterviewId,
    /// When it started.
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: Timestamp,
    /// Its day in the person's zone, `2026-11-25`.
    pub date: String,
    /// The self-rating, 1 to 5.
    pub rating: u8,
}

/// The self-ratings of one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthRating {
    /// The month in the person's zone, `2026-11`.
    pub month: String,
    /// The mean rating, to a tenth.
    pub average: f64,
    /// How many ratings.
    pub n: u32,
}

/// How one must-do went over the rounds counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HabitRate {
    /// `debrief`, `thanks`, `follow-up`.
    pub habit: &'static str,
    /// Its name for people.
    pub label: &'static str,
    /// Rounds where it was done within the policy's window.
    pub on_time: u32,
    /// Rounds where it was done, but late.
    pub late: u32,
    /// Rounds where it was not done.
    pub missed: u32,
    /// Rounds where it did not apply (no interviewer named to thank).
    pub not_needed: u32,
    /// The share done on time, of the rounds where it applied, 0 to 1.
    pub rate: Option<f64>,
}

/// How often rounds in one group led to a next step.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutcomeGroup {
    /// `full`, `partial`, or a rating `1` to `5`.
    pub group: String,
    /// Its name for people.
    pub label: String,
    /// Rounds in the group whose outcome is known.
    pub n: u32,
    /// Of those, how many led to another round or an offer.
    pub moved_on: u32,
    /// The share that moved on, 0 to 1.
    pub rate: Option<f64>,
    /// Whether the group is big enough ([`ENOUGH`]) to compare.
    pub enough: bool,
}

/// The follow-through after interviews, and what it goes with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowThrough {
    /// Rounds that took place and whose windows have all closed.
    pub rounds: u32,
    /// Of those, rounds where every must-do was done on time.
    pub full: u32,
    /// The follow-through rate, 0 to 1.
    pub rate: Option<f64>,
    /// Each must-do apart.
    pub habits: Vec<HabitRate>,
    /// Rounds with full follow-through against the rest: how often each moved on.
    pub by_follow_through: Vec<OutcomeGroup>,
    /// Rated rounds by self-rating: how often each moved on.
    pub by_rating: Vec<OutcomeGroup>,
    /// What the comparison says, in one honest sentence.
    pub verdict: String,
}

/// Everything the insights page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Insights {
    /// Applications ever added.
    pub applications: u32,
    /// Applications saved but never sent.
    pub never_sent: u32,
    /// Applied, interviewed, offer, hired.
    pub funnel: Vec<FunnelStage>,
    /// First answer, after an interview, offer to decision.
    pub response_times: Vec<StageTime>,
    /// Every rated debrief, by interview date.
    pub ratings: Vec<RatingPoint>,
    /// The mean self-rating by month.
    pub rating_months: Vec<MonthRating>,
    /// The follow-through after interviews.
    pub follow_through: FollowThrough,
}

/// A share, when there is anything to share.
fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

/// To a tenth.
fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The value below which `q` of the sorted `xs` fall (nearest rank).
fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// The wait from `from` to `to` in days.
fn days(from: Timestamp, to: Timestamp) -> f64 {
    to.duration_since(from).as_secs_f64() / 86_400.0
}

/// Per application: the first time it reached each status.
#[derive(Default)]
struct Path {
    first: [Option<Timestamp>; 8],
    rounds: Vec<RoundFact>,
}

impl Path {
    fn at(&self, s: ApplicationStatus) -> Option<Timestamp> {
        self.first[s as usize]
    }

    /// The first move to any of `statuses` at or after `since`.
    fn first_of(&self, statuses: &[ApplicationStatus], since: Timestamp) -> Option<Timestamp> {
        statuses
            .iter()
            .filter_map(|&s| self.at(s))
            .filter(|&at| at >= since)
            .min()
    }

    /// How far it got: 0 applied, 1 interviewed, 2 offer, 3 hired.
    fn stage(&self) -> Option<usize> {
        use ApplicationStatus as A;
        let interviewed = self
            .rounds
            .iter()
            .any(|r| r.status != InterviewStatus::Cancelled);
        if self.at(A::Hired).is_some() {
            Some(3)
        } else if self.at(A::Offer).is_some() {
            Some(2)
        } else if interviewed || self.at(A::Interviewing).is_some() {
            Some(1)
        } else if [A::Applied, A::Rejected, A::Ghosted]
            .iter()
            .any(|&s| self.at(s).is_some())
        {
            Some(0)
        } else {
            None
        }
    }
}

/// Whether a round led on (`Some(true)`), ended the application
/// (`Some(false)`), or has no outcome yet (or was withdrawn from).
fn outcome(path: &Path, r: &RoundFact) -> Option<bool> {
    use ApplicationStatus as A;
    let later = path.rounds.iter().any(|o| o.round > r.round);
    if later || path.first_of(&[A::Offer, A::Hired], r.ends_at).is_some() {
        Some(true)
    } else if path
        .first_of(&[A::Rejected, A::Ghosted], r.ends_at)
        .is_some()
    {
        Some(false)
    } else {
        None
    }
}

/// Whether one must-do was done on time, late, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Done {
    OnTime,
    Late,
    Missed,
    NotNeeded,
}

fn judged(at: Option<Timestamp>, due: Timestamp) -> Done {
    match at {
        Some(at) if at <= due => Done::OnTime,
        Some(_) => Done::Late,
        None => Done::Missed,
    }
}

/// What the search so far says, as of `now`, read in `zone`.
pub fn insights(
    facts: &InsightFacts,
    now: Timestamp,
    zone: &TimeZone,
    policy: &Policy,
) -> Insights {
    let mut paths: FastMap<ApplicationId, Path> = FastMap::default();
    for m in &facts.moves {
        let slot = &mut paths.entry(m.application_id).or_default().first[m.status as usize];
        *slot = Some(slot.map_or(m.at, |t| t.min(m.at)));
    }
    for r in &facts.rounds {
        paths.entry(r.application_id).or_default().rounds.push(*r);
    }
    let applications = paths.len() as u32;
    let mut reached = [0u32; 4];
    let mut never_sent = 0;
    for path in paths.values_mut() {
        path.rounds.sort_by_key(|r| r.round);
        match path.stage() {
            Some(stage) => reached.iter_mut().take(stage + 1).for_each(|n| *n += 1),
            None => never_sent += 1,
        }
    }
    let funnel = funnel(reached);
    let response_times = response_times(&paths);
    let debriefs: FastMap<InterviewId, &DebriefFirst> =
        facts.debriefs.iter().map(|d| (d.interview_id, d)).collect();
    let (ratings, rating_months) = ratings(facts, &debriefs, zone);
    let follow_through = follow_through(facts, &paths, &debriefs, now, policy);
    Insights {
        applications,
        never_sent,
        funnel,
        response_times,
        ratings,
        rating_months,
        follow_through,
    }
}

fn funnel(reached: [u32; 4]) -> Vec<FunnelStage> {
    const STAGES: [(&str, &str); 4] = [
        ("applied", "Applied"),
        ("interviewed", "Interviewed"),
        ("offer", "Offer"),
        ("hired", "Hired"),
    ];
    STAGES
        .iter()
        .enumerate()
        .map(|(i, &(stage, label))| FunnelStage {
            stage,
            label,
            count: reached[i],
            of_previous: if i == 0 {
                None
            } else {
                share(reached[i], reached[i - 1])
            },
            of_applied: share(reached[i], reached[0]),
        })
        .collect()
}

fn stage_time(
    stage: &'static str,
    label: &'static str,
    mut waits: Vec<f64>,
    open: u32,
) -> StageTime {
    waits.sort_by(f64::total_cmp);
    StageTime {
        stage,
        label,
        n: waits.len() as u32,
        median_days: quantile(&waits, 0.5).map(tenth),
        p75_days: quantile(&waits, 0.75).map(tenth),
        open,
    }
}

fn response_times(paths: &FastMap<ApplicationId, Path>) -> Vec<StageTime> {
    use ApplicationStatus as A;
    let (mut first, mut after, mut offer) = (Vec::new(), Vec::new(), Vec::new());
    let (mut first_open, mut after_open, mut offer_open) = (0, 0, 0);
    for path in paths.values() {
        // From applying to the company's first word: a status it moved
        // the application to, or an invitation to a round.
        if let Some(applied) = path.at(A::Applied) {
            let invited = path
                .rounds
                .iter()
                .map(|r| r.created_at)
                .filter(|&at| at >= applied)
                .min();
            let answer =
                path.first_of(&[A::Interviewing, A::Offer, A::Rejected, A::Hired], applied);
            match answer.into_iter().chain(invited).min() {
                Some(at) => first.push(days(applied, at)),
                None => first_open += 1,
            }
        }
        // From the end of each round that took place to the next step: the
        // next round's invitation (at once if it was booked before the
        // end), an offer or a rejection.
        for (i, r) in path.rounds.iter().enumerate() {
            if r.status != InterviewStatus::Done {
                continue;
            }
            let next_round = path.rounds[i + 1..]
                .first()
                .map(|n| n.created_at.max(r.ends_at));
            let moved = path.first_of(&[A::Offer, A::Rejected, A::Hired], r.ends_at);
            match next_round.into_iter().chain(moved).min() {
                Some(at) => after.push(days(r.ends_at, at)),
                None => after_open += 1,
            }
        }
        if let Some(at) = path.at(A::Offer) {
            match path.first_of(&[A::Hired, A::Withdrawn, A::Rejected], at) {
                Some(decided) => offer.push(days(at, decided)),
                None => offer_open += 1,
            }
        }
    }
    vec![
        stage_time("first-answer", "Applied to first answer", first, first_open),
        stage_time(
            "after-interview",
            "Interview to next step",
            after,
            after_open,
        ),
        stage_time("offer-decision", "Offer to decision", offer, offer_open),
    ]
}

fn ratings(
    facts: &InsightFacts,
    debriefs: &FastMap<InterviewId, &DebriefFirst>,
    zone: &TimeZone,
) -> (Vec<RatingPoint>, Vec<MonthRating>) {
    let mut points: Vec<RatingPoint> = facts
        .rounds
        .iter()
        .filter_map(|r| {
            let rating = debriefs.get(&r.id)?.rating?;
            let date = r.starts_at.to_zoned_datetime(zone.clone()).date();
            Some(RatingPoint {
                interview_id: r.id,
                at: r.starts_at,
                date: date.to_string(),
                rating,
            })
        })
        .collect();
    points.sort_by_key(|p| (p.at, p.interview_id));
    let mut months: Vec<MonthRating> = Vec::new();
    let mut sum = 0u32;
    for p in &points {
        let month = &p.date[..7];
        match months.last_mut() {
            Some(m) if m.month == month => m.n += 1,
            _ => {
                if let Some(m) = months.last_mut() {
                    m.average = tenth(f64::from(sum) / f64::from(m.n));
                }
                sum = 0;
                months.push(MonthRating {
                    month: month.to_owned(),
                    average: 0.0,
                    n: 1,
                });
            }
        }
        sum += u32::from(p.rating);
    }
    if let Some(m) = months.last_mut() {
        m.average = tenth(f64::from(sum) / f64::from(m.n));
    }
    (points, months)
}

fn follow_through(
    facts: &InsightFacts,
    paths: &FastMap<ApplicationId, Path>,
    debriefs: &FastMap<InterviewId, &DebriefFirst>,
    now: Timestamp,
    policy: &Policy,
) -> FollowThrough {
    let mut earliest: FastMap<(InterviewId, Step), Timestamp> = FastMap::default();
    for d in &facts.done {
        let slot = earliest.entry((d.interview_id, d.step)).or_insert(d.at);
        *slot = (*slot).min(d.at);
    }
    // Sorted once and searched per round: no list per round to allocate.
    let mut panels = facts.panels.clone();
    panels.sort_unstable();
    let panel_of = |round: InterviewId| {
        let from = panels.partition_point(|p| p.0 < round);
        let to = panels.partition_point(|p| p.0 <= round);
        &panels[from..to]
    };
    let windows = [
        policy.debrief_within.get(),
        policy.thank_within.get(),
        policy.follow_up_within.get(),
    ];
    let longest = windows.into_iter().max().unwrap_or_default();
    let mut tally = [[0u32; 4]; 3];
    let (mut rounds, mut full) = (0, 0);
    let mut by_full = [(0u32, 0u32); 2];
    let mut by_rating = [(0u32, 0u32); 5];
    for path in paths.values() {
        for r in &path.rounds {
            if r.status != InterviewStatus::Done || plus(r.ends_at, longest) > now {
                continue;
            }
            let debrief_at = debriefs
                .get(&r.id)
                .map(|d| d.first_written_at)
                .into_iter()
                .chain(earliest.get(&(r.id, Step::Debrief)).copied())
                .min();
            let debrief = judged(debrief_at, plus(r.ends_at, windows[0]));
            let thanks = match panel_of(r.id) {
                [] => Done::NotNeeded,
                people => {
                    let due = plus(r.ends_at, windows[1]);
                    people
                        .iter()
                        .map(|&(_, c)| judged(earliest.get(&(r.id, Step::Thanks(c))).copied(), due))
                        .max_by_key(|d| match d {
                            Done::Missed => 3,
                            Done::Late => 2,
                            _ => 1,
                        })
                        .unwrap_or(Done::NotNeeded)
                }
            };
            let follow_up = judged(
                earliest.get(&(r.id, Step::FollowUp)).copied(),
                plus(r.ends_at, windows[2]),
            );
            let all = [debrief, thanks, follow_up];
            for (habit, done) in all.iter().enumerate() {
                tally[habit][*done as usize] += 1;
            }
            let complete = all
                .iter()
                .all(|d| matches!(d, Done::OnTime | Done::NotNeeded));
            rounds += 1;
            full += u32::from(complete);
            if let Some(moved) = outcome(path, r) {
                let group = &mut by_full[usize::from(!complete)];
                group.0 += 1;
                group.1 += u32::from(moved);
            }
        }
        // Ratings go with outcomes for every rated round that took place,
        // whether or not its windows have closed.
        for r in path
            .rounds
            .iter()
            .filter(|r| r.status == InterviewStatus::Done)
        {
            let rating = debriefs.get(&r.id).and_then(|d| d.rating);
            if let (Some(rating), Some(moved)) = (rating, outcome(path, r))
                && (1..=5).contains(&rating)
            {
                let group = &mut by_rating[usize::from(rating - 1)];
                group.0 += 1;
                group.1 += u32::from(moved);
            }
        }
    }
    let habits = [
        ("debrief", "Debrief written"),
        ("thanks", "Every interviewer thanked"),
        ("follow-up", "Follow-up sent"),
    ]
    .iter()
    .zip(tally)
    .map(|(&(habit, label), t)| HabitRate {
        habit,
        label,
        on_time: t[0],
        late: t[1],
        missed: t[2],
        not_needed: t[3],
        rate: share(t[0], t[0] + t[1] + t[2]),
    })
    .collect();
    let group = |group: String, label: String, (n, moved_on): (u32, u32)| OutcomeGroup {
        group,
        label,
        n,
        moved_on,
        rate: share(moved_on, n),
        enough: n >= ENOUGH,
    };
    let by_follow_through = vec![
        group("full".into(), "Full follow-through".into(), by_full[0]),
        group(
            "partial".into(),
            "Something missed or late".into(),
            by_full[1],
        ),
    ];
    let verdict = verdict(&by_follow_through);
    FollowThrough {
        rounds,
        full,
        rate: share(full, rounds),
        habits,
        by_follow_through,
        by_rating: by_rating
            .into_iter()
            .enumerate()
            .map(|(i, g)| group((i + 1).to_string(), format!("Rated {}", i + 1), g))
            .collect(),
        verdict,
    }
}

/// A count as people read it, thousands set apart: `26,243`.
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// One sentence on whether full follow-through went with moving on.
fn verdict(groups: &[OutcomeGroup]) -> String {
    let (full, rest) = (&groups[0], &groups[1]);
    let (n_full, n_rest) = (thousands(full.n), thousands(rest.n));
    let percent = |g: &OutcomeGroup| (g.rate.unwrap_or(0.0) * 100.0).round() as u32;
    if !full.enough || !rest.enough {
        return format!(
            "Too few to tell yet: a comparison needs at least {ENOUGH} rounds with a known outcome on each side ({n_full} with full follow-through, {n_rest} without)."
        );
    }
    let (a, b) = (percent(full), percent(rest));
    let gap = a.abs_diff(b);
    if gap < 5 {
        format!(
            "Rounds with full follow-through moved on about as often as the rest ({a}% of {n_full} against {b}% of {n_rest})."
        )
    } else {
        let more = if a > b { "more" } else { "less" };
        format!(
            "Rounds with full follow-through moved on {more} often: {a}% of {n_full} against {b}% of {n_rest} without. That goes together; it does not prove one causes the other."
        )
    }
}
