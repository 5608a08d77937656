//! The person's network: how close each contact is, where people work and
//! worked, who knows whom, favours asked, and the warm paths to a decision.
//!
//! [`warm_paths`] is a pure function of what the store read about one
//! application ([`NetworkFacts`]): it lists the contacts who can put in a
//! good word or sway the decision, each with the path explained and a
//! suggested ask, best first. The ranking follows how referrals work: a word
//! to the hiring manager from someone they know beats one from a stranger
//! who happens to work there, and a close contact is worth more than a
//! faint LinkedIn connection.

use crate::hash::FastMap;
use crate::ids::{ApplicationId, CompanyId, ContactId};
use crate::interview::InterviewerRole;
use crate::text::Invalid;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How close a contact is to the person, 0 (a name) to 5 (would do
/// anything for them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(minimum = 0, maximum = 5)
)]
pub struct Strength(u8);

impl Strength {
    /// The strength assumed for a contact nobody rated: an acquaintance.
    pub const UNRATED: Strength = Strength(2);

    /// Reads a strength typed as a number from 0 to 5.
    pub fn parse(input: &str) -> Result<Strength, Invalid> {
        input
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|n| Strength::try_from(n).ok())
            .ok_or_else(|| {
                Invalid::new(
                    "strength",
                    format!(
                        "\"{}\" is not a strength; give a whole number from 0 (barely know them) to 5 (close friend)",
                        input.trim()
                    ),
                )
            })
    }

    /// The number, 0 to 5.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for Strength {
    type Error = Invalid;
    fn try_from(n: i64) -> Result<Strength, Invalid> {
        match u8::try_from(n) {
            Ok(v) if v <= 5 => Ok(Strength(v)),
            _ => Err(Invalid::new(
                "strength",
                format!("{n} is not a strength; give a whole number from 0 to 5"),
            )),
        }
    }
}

impl From<Strength> for i64 {
    fn from(s: Strength) -> i64 {
        i64::from(s.0)
    }
}

impl fmt::Display for Strength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/5", self.0)
    }
}

/// A job someone holds or held at a company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Who: a contact, or `None` for the person using afterview.
    pub contact_id: Option<ContactId>,
    /// Where.
    pub company_id: CompanyId,
    /// As what, when known.
    pub title: Option<String>,
    /// From when, when known.
    pub since: Option<Date>,
    /// Until when; `None` while they work there.
    pub until: Option<Date>,
}

impl Position {
    /// Whether the job is held now.
    pub fn is_current(&self) -> bool {
        self.until.is_none()
    }

    /// Whether two jobs at the same company overlapped in time. Unknown
    /// ends count as open: people who both worked at a small company, with
    /// no dates given, more likely than not met there.
    pub fn overlaps(&self, other: &Position) -> bool {
        if self.company_id != other.company_id {
            return false;
        }
        let starts_before_other_ends = match (self.since, other.until) {
            (Some(s), Some(u)) => s <= u,
            _ => true,
        };
        let other_starts_before_end = match (other.since, self.until) {
            (Some(s), Some(u)) => s <= u,
            _ => true,
        };
        starts_before_other_ends && other_starts_before_end
    }
}

/// A job as stored, with its number, for backups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPosition {
    /// Its number.
    pub id: i64,
    /// The job.
    #[serde(flatten)]
    pub position: Position,
    /// When it was recorded.
    pub created_at: Timestamp,
}

/// Two people who know each other, as stored (lower id first), for backups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acquaintance {
    /// One person (the lower id).
    pub contact_id: ContactId,
    /// The other.
    pub other_id: ContactId,
    /// How they know each other.
    pub how: Option<String>,
    /// When it was recorded.
    pub created_at: Timestamp,
}

/// How close a contact is, for backups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactStrength {
    /// The contact.
    pub contact_id: ContactId,
    /// How close.
    pub strength: Strength,
}

crate::choice_enum! {
    /// Where a favour asked of a contact stands.
    FavourState, "favour state" {
        /// Asked, no answer yet.
        Asked = "asked",
        /// They said yes.
        Agreed = "agreed",
        /// They put in the word: time to thank them.
        Done = "done",
        /// They said no, or could not.
        Declined = "declined",
    }
}

/// A good word asked of a contact for one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Favour {
    /// Its short number.
    pub id: i64,
    /// Who was asked.
    pub contact_id: ContactId,
    /// For which application.
    pub application_id: ApplicationId,
    /// Where it stands.
    pub state: FavourState,
    /// What was asked, or what they said.
    pub note: Option<String>,
    /// When it was asked.
    pub asked_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// When they said it was done.
    pub done_at: Option<Timestamp>,
}

/// A contact as the network ranking sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Who.
    pub id: ContactId,
    /// Their name.
    pub name: String,
    /// Their title, when known.
    pub title: Option<String>,
    /// How close they are; `None` when never rated.
    pub strength: Option<Strength>,
    /// How the person met them, as they wrote it.
    pub how_met: Option<String>,
    /// When they last spoke.
    pub last_contact_at: Option<Timestamp>,
    /// Whether they are tagged recruiter.
    pub recruiter: bool,
}

/// Everything the store knows that bears on one application's warm paths.
#[derive(Debug, Clone)]
pub struct NetworkFacts {
    /// The application.
    pub application_id: ApplicationId,
    /// Its company.
    pub company_id: CompanyId,
    /// Company names by id, for the paths' words.
    pub companies: FastMap<CompanyId, String>,
    /// The people who decide or run the process: the application's
    /// interviewers with their roles (the highest role when several).
    pub deciders: Vec<(ContactId, InterviewerRole)>,
    /// Every contact mentioned below.
    pub people: Vec<Person>,
    /// Their jobs, and the person's own (`contact_id` `None`).
    pub positions: Vec<Position>,
    /// Who knows whom, and how.
    pub acquaintances: Vec<(ContactId, ContactId, Option<String>)>,
    /// Favours already asked for this application.
    pub favours: Vec<Favour>,
}

/// How a contact reaches the decision, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Reach {
    /// Knows the hiring manager.
    KnowsHiringManager,
    /// Knows someone on the panel.
    KnowsInterviewer,
    /// Works at the company now.
    WorksThere,
    /// The recruiter on this application.
    Recruiter,
    /// Knows someone who works there now.
    KnowsInsider,
    /// Worked at the company before.
    WorkedThere,
}

impl Reach {
    /// How much a word through this reach can sway the decision, out of 10.
    fn weight(self) -> u32 {
        match self {
            Reach::KnowsHiringManager => 10,
            Reach::KnowsInterviewer => 8,
            Reach::WorksThere => 6,
            Reach::Recruiter => 5,
            Reach::KnowsInsider => 3,
            Reach::WorkedThere => 3,
        }
    }
}

/// One way to a good word, ranked and explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WarmPath {
    /// Whom to ask.
    pub contact_id: ContactId,
    /// Their name.
    pub name: String,
    /// How they reach the decision.
    pub reach: Reach,
    /// The path in words: "you → Ana Silva (former colleague at Initech) →
    /// knows Jane Doe, hiring manager".
    pub path: String,
    /// What to ask them.
    pub ask: String,
    /// The ranking score; higher is better.
    pub score: u32,
    /// A favour already asked of them for this application, if any.
    pub favour: Option<FavourState>,
}

/// Every contact who can put in a good word for the application, best
/// first, one path per contact (their strongest).
pub fn warm_paths(facts: &NetworkFacts) -> Vec<WarmPath> {
    let people: FastMap<ContactId, &Person> = facts.people.iter().map(|p| (p.id, p)).collect();
    let deciders: FastMap<ContactId, InterviewerRole> = facts.deciders.iter().copied().collect();
    let company = facts
        .companies
        .get(&facts.company_id)
        .map_or("the company", String::as_str);
    let company_name = |id: CompanyId| facts.companies.get(&id).map_or("a company", String::as_str);
    let mine: Vec<&Position> = facts
        .positions
        .iter()
        .filter(|p| p.contact_id.is_none())
        .collect();
    let jobs = |who: ContactId| {
        facts
            .positions
            .iter()
            .filter(move |p| p.contact_id == Some(who))
    };
    let insiders: Vec<ContactId> = facts
        .positions
        .iter()
        .filter(|p| p.company_id == facts.company_id && p.is_current())
        .filter_map(|p| p.contact_id)
        .collect();
    let knows = |who: ContactId| {
        facts.acquaintances.iter().filter_map(move |(a, b, how)| {
            if *a == who {
                Some((*b, how.as_deref()))
            } else if *b == who {
                Some((*a, how.as_deref()))
            } else {
                None
            }
        })
    };

    // Each candidate's best reach, with the words for its second hop.
    let mut best: FastMap<ContactId, (Reach, String)> = FastMap::default();
    let mut offer = |who: ContactId, reach: Reach, words: String| {
        let entry = best.entry(who).or_insert((reach, words.clone()));
        if reach < entry.0 {
            *entry = (reach, words);
        }
    };
    for person in &facts.people {
        let id = person.id;
        match deciders.get(&id) {
            // The deciders themselves are who a good word is for; only the
            // recruiter, who runs the process, is someone to ask.
            Some(InterviewerRole::Recruiter) => {
                offer(
                    id,
                    Reach::Recruiter,
                    "the recruiter on this application".into(),
                );
                continue;
            }
            Some(_) => continue,
            None => {}
        }
        for (other, how) in knows(id) {
            let how = how.map(|h| format!(" ({h})")).unwrap_or_default();
            let Some(other_person) = people.get(&other) else {
                continue;
            };
            match deciders.get(&other) {
                Some(InterviewerRole::HiringManager) => offer(
                    id,
                    Reach::KnowsHiringManager,
                    format!("knows {}, hiring manager{how}", other_person.name),
                ),
                Some(role) => offer(
                    id,
                    Reach::KnowsInterviewer,
                    format!("knows {}, {}{how}", other_person.name, role_words(*role)),
                ),
                None if insiders.contains(&other) => offer(
                    id,
                    Reach::KnowsInsider,
                    format!("knows {}, who works at {company}{how}", other_person.name),
                ),
                None => {}
            }
        }
        // Worked beside a decider at some company: a colleague even if
        // nobody wrote down that they know each other.
        for job in jobs(id) {
            for (decider, role) in &facts.deciders {
                if *role == InterviewerRole::Recruiter {
                    continue;
                }
                let Some(their) = people.get(decider) else {
                    continue;
                };
                if jobs(*decider).any(|d| d.overlaps(job) && d.company_id != facts.company_id) {
                    let reach = if *role == InterviewerRole::HiringManager {
                        Reach::KnowsHiringManager
                    } else {
                        Reach::KnowsInterviewer
                    };
                    offer(
                        id,
                        reach,
                        format!(
                            "worked with {}, {}, at {}",
                            their.name,
                            role_words(*role),
                            company_name(job.company_id)
                        ),
                    );
                }
            }
            if job.company_id == facts.company_id {
                if job.is_current() {
                    let title = job
                        .title
                        .as_deref()
                        .or(person.title.as_deref())
                        .map(|t| format!(" as {t}"))
                        .unwrap_or_default();
                    offer(id, Reach::WorksThere, format!("works at {company}{title}"));
                } else {
                    let until = job
                        .until
                        .map(|d| format!(" until {}", d.year()))
                        .unwrap_or_default();
                    offer(
                        id,
                        Reach::WorkedThere,
                        format!("worked at {company}{until}"),
                    );
                }
            }
        }
        if person.recruiter && insiders.contains(&id) {
            offer(id, Reach::Recruiter, format!("recruits for {company}"));
        }
    }

    let favours: FastMap<ContactId, FavourState> = facts
        .favours
        .iter()
        .map(|f| (f.contact_id, f.state))
        .collect();
    let mut paths: Vec<WarmPath> = best
        .into_iter()
        .filter_map(|(id, (reach, words))| {
            let person = people.get(&id)?;
            let colleague = mine.iter().find_map(|me| {
                jobs(id)
                    .find(|j| j.overlaps(me))
                    .map(|j| format!("former colleague at {}", company_name(j.company_id)))
            });
            let first_hop = colleague.or_else(|| person.how_met.clone());
            let strength = person.strength.unwrap_or(Strength::UNRATED).get().max(
                if first_hop
                    .as_deref()
                    .is_some_and(|h| h.starts_with("former colleague"))
                {
                    3
                } else {
                    0
                },
            );
            let hop = first_hop.map(|h| format!(" ({h})")).unwrap_or_default();
            let path = format!("you → {}{hop} → {words}", person.name);
            // Closeness multiplies reach: a close friend who works there
            // beats a faint connection who knows the hiring manager only
            // when the gap in closeness is wide.
            let score = reach.weight() * (u32::from(strength) + 1) * 10;
            Some(WarmPath {
                contact_id: id,
                name: person.name.clone(),
                reach,
                ask: suggested_ask(reach, &person.name, company),
                path,
                score,
                favour: favours.get(&id).copied(),
            })
        })
        .collect();
    paths.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.reach.cmp(&b.reach))
            .then_with(|| a.name.cmp(&b.name))
            .then(a.contact_id.cmp(&b.contact_id))
    });
    paths
}

fn role_words(role: InterviewerRole) -> &'static str {
    match role {
        InterviewerRole::HiringManager => "hiring manager",
        InterviewerRole::Recruiter => "recruiter",
        InterviewerRole::Panelist => "on the panel",
        InterviewerRole::Interviewer => "interviewer",
    }
}

/// What to ask someone who reaches the decision this way.
fn suggested_ask(reach: Reach, name: &str, company: &str) -> String {
    let first = name.split_whitespace().next().unwrap_or(name);
    match reach {
        Reach::KnowsHiringManager | Reach::KnowsInterviewer => {
            format!("ask {first} to put in a good word with the person they know")
        }
        Reach::WorksThere => format!("ask {first} to pass your name to the team at {company}"),
        Reach::Recruiter => format!("ask {first} where the decision stands and what would help"),
        Reach::KnowsInsider => {
            format!("ask {first} for an introduction to their friend at {company}")
        }
        Reach::WorkedThere => format!("ask {first} what {company} values and who to talk to"),
    }
}

#[cfg(test)]
mod tests;
