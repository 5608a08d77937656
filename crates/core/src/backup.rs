//! The backup document: everything afterview knows, as one versioned value.
//!
//! `afterview backup` writes a [`Backup`] as JSON and `afterview restore`
//! reads it into an empty store on either backend, keeping every id, so a
//! backup is also how a person moves from the local SQLite file to a hosted
//! PostgreSQL server. Rows are sorted by id, so the same data always gives
//! the same bytes. The shape is documented in `docs/backup.md`; a new entity
//! joins it as a new field, and a change that old readers would misread
//! raises [`BACKUP_VERSION`].

use crate::application::{Application, ApplicationEvent};
use crate::company::Company;
use crate::contact::Contact;
use crate::follow::{ActionMark, Debrief, InviteLink, Offer, Touch};
use crate::interview::{Interview, Interviewer};
use crate::profile::{Profile, Resume};
use crate::text::Invalid;
use serde::{Deserialize, Serialize};

/// The `format` field of every backup, so a stray JSON file is recognised.
pub const BACKUP_FORMAT: &str = "afterview-backup";
/// The version of the backup schema this build writes and reads.
///
/// Version 2 added debriefs, offers, touches and action marks; version 3
/// added letters; version 4 the network (closeness, jobs, acquaintances,
/// favours) and practice cards with their reviews. An older file
/// reads with what it lacks empty (a restore makes the cards of a file
/// older than version 4 from its debriefs).
pub const BACKUP_VERSION: u32 = 4;

/// Everything in a store.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// The schema version, [`BACKUP_VERSION`] when written by this build.
    pub version: u32,
    /// The profile.
    pub profile: Profile,
    /// Résumé versions.
    pub resumes: Vec<Resume>,
    /// Companies.
    pub companies: Vec<Company>,
    /// Applications.
    pub applications: Vec<Application>,
    /// Every application's status history.
    pub application_events: Vec<ApplicationEvent>,
    /// Contacts.
    pub contacts: Vec<Contact>,
    /// Interviews.
    pub interviews: Vec<Interview>,
    /// Who sat on each interview.
    pub interviewers: Vec<Interviewer>,
    /// Every version of every debrief.
    #[serde(default)]
    pub debriefs: Vec<Debrief>,
    /// Offers.
    #[serde(default)]
    pub offers: Vec<Offer>,
    /// Logged touches with contacts.
    #[serde(default)]
    pub touches: Vec<Touch>,
    /// What the person did with agenda actions.
    #[serde(default)]
    pub action_marks: Vec<ActionMark>,
    /// Invitations imported as interviews.
    #[serde(default)]
    pub invites: Vec<InviteLink>,
    /// Letters: drafts and what went out.
    #[serde(default)]
    pub letters: Vec<crate::letter::Letter>,
    /// How close each rated contact is (version 4).
    #[serde(default)]
    pub strengths: Vec<crate::network::ContactStrength>,
    /// Jobs held or once held, the person's own too (version 4).
    #[serde(default)]
    pub positions: Vec<crate::network::StoredPosition>,
    /// Who knows whom (version 4).
    #[serde(default)]
    pub acquaintances: Vec<crate::network::Acquaintance>,
    /// Favours asked (version 4).
    #[serde(default)]
    pub favours: Vec<crate::network::Favour>,
    /// Practice cards, with their schedules.
    #[serde(default)]
    pub practice_cards: Vec<crate::practice::Card>,
    /// Every review of a practice card.
    #[serde(default)]
    pub practice_reviews: Vec<crate::practice::Review>,
}

impl Backup {
    /// An empty backup of the current version.
    pub fn new() -> Backup {
        Backup {
            format: BACKUP_FORMAT.to_owned(),
            version: BACKUP_VERSION,
            ..Backup::default()
        }
    }

    /// Checks that the document is an afterview backup this build can read,
    /// and that every reference points at a row inside it.
    pub fn check(&self) -> Result<(), Invalid> {
        if self.format != BACKUP_FORMAT {
            return Err(Invalid::new(
                "backup",
                format!(
                    "this is not an afterview backup (its format is \"{}\"); pass a file written by `afterview backup`",
                    self.format
                ),
            ));
        }
        if self.version > BACKUP_VERSION {
            return Err(Invalid::new(
                "backup",
                format!(
                    "this backup has schema version {}, newer than this afterview reads ({BACKUP_VERSION}); upgrade afterview and try again",
                    self.version
                ),
            ));
        }
        let has = |ids: &[i64], id: i64| ids.binary_search(&id).is_ok();
        let sorted = |mut v: Vec<i64>| {
            v.sort_unstable();
            v
        };
        let companies = sorted(self.companies.iter().map(|c| c.id.0).collect());
        let apps = sorted(self.applications.iter().map(|a| a.id.0).collect());
        let contacts = sorted(self.contacts.iter().map(|c| c.id.0).collect());
        let interviews = sorted(self.interviews.iter().map(|i| i.id.0).collect());
        let resumes = sorted(self.resumes.iter().map(|r| r.id.0).collect());
        let dangling = |what: &str, target: &str| {
            Err(Invalid::new(
                "backup",
                format!(
                    "the backup is damaged: {what} refers to {target}, which is not in the file; restore from an intact backup"
                ),
            ))
        };
        for a in &self.applications {
            if !has(&companies, a.company_id.0) {
                return dangling(
                    &format!("application {}", a.id),
                    &format!("company {}", a.company_id),
                );
            }
            if let Some(r) = a.resume_id
                && !has(&resumes, r.0)
            {
                return dangling(&format!("application {}", a.id), &format!("résumé {r}"));
            }
        }
        for (what, contact) in self
            .strengths
            .iter()
            .map(|s| ("a strength", Some(s.contact_id)))
            .chain(
                self.positions
                    .iter()
                    .map(|p| ("a job", p.position.contact_id)),
            )
            .chain(self.acquaintances.iter().flat_map(|q| {
                [
                    ("an acquaintance", Some(q.contact_id)),
                    ("an acquaintance", Some(q.other_id)),
                ]
            }))
            .chain(
                self.favours
                    .iter()
                    .map(|f| ("a favour", Some(f.contact_id))),
            )
        {
            if let Some(c) = contact
                && !has(&contacts, c.0)
            {
                return dangling(what, &format!("contact {c}"));
            }
        }
        for p in &self.positions {
            if !has(&companies, p.position.company_id.0) {
                return dangling(
                    &format!("job {}", p.id),
                    &format!("company {}", p.position.company_id),
                );
            }
        }
        for f in &self.favours {
            if !has(&apps, f.application_id.0) {
                return dangling(
                    &format!("favour {}", f.id),
                    &format!("application {}", f.application_id),
                );
            }
        }
        for e in &self.application_events {
            if !has(&apps, e.application_id.0) {
                return dangling(
                    &format!("event {}", e.id),
                    &format!("application {}", e.application_id),
                );
            }
        }
        for c in &self.contacts {
            if let Some(co) = c.company_id
                && !has(&companies, co.0)
            {
                return dangling(&format!("contact {}", c.id), &format!("company {co}"));
            }
        }
        for i in &self.interviews {
            if !has(&apps, i.application_id.0) {
                return dangling(
                    &format!("interview {}", i.id),
                    &format!("application {}", i.application_id),
                );
            }
        }
        for i in &self.interviewers {
            if !has(&interviews, i.interview_id.0) || !has(&contacts, i.contact_id.0) {
                return dangling(
                    "an interviewer entry",
                    &format!("interview {} or contact {}", i.interview_id, i.contact_id),
                );
            }
        }
        for d in &self.debriefs {
            if !has(&interviews, d.interview_id.0) {
                return dangling(
                    &format!("debrief {}", d.id),
                    &format!("interview {}", d.interview_id),
                );
            }
        }
        for o in &self.offers {
            if !has(&apps, o.application_id.0) {
                return dangling("an offer", &format!("application {}", o.application_id));
            }
        }
        for t in &self.touches {
            if !has(&contacts, t.contact_id.0) {
                return dangling(
                    &format!("touch {}", t.id),
                    &format!("contact {}", t.contact_id),
                );
            }
        }
        for l in &self.letters {
            let broken = l
                .application_id
                .filter(|a| !has(&apps, a.0))
                .map(|a| format!("application {a}"))
                .or_else(|| {
                    l.interview_id
                        .filter(|i| !has(&interviews, i.0))
                        .map(|i| format!("interview {i}"))
                })
                .or_else(|| {
                    l.contact_id
                        .filter(|c| !has(&contacts, c.0))
                        .map(|c| format!("contact {c}"))
                });
            if let Some(target) = broken {
                return dangling(&format!("letter {}", l.id), &target);
            }
        }
        let cards = sorted(self.practice_cards.iter().map(|c| c.id.0).collect());
        for c in &self.practice_cards {
            let broken = c
                .interview_id
                .filter(|i| !has(&interviews, i.0))
                .map(|i| format!("interview {i}"))
                .or_else(|| {
                    c.application_id
                        .filter(|a| !has(&apps, a.0))
                        .map(|a| format!("application {a}"))
                })
                .or_else(|| {
                    c.company_id
                        .filter(|co| !has(&companies, co.0))
                        .map(|co| format!("company {co}"))
                });
            if let Some(target) = broken {
                return dangling(&format!("practice card {}", c.id), &target);
            }
        }
        for r in &self.practice_reviews {
            if !has(&cards, r.card_id.0) {
                return dangling(
                    &format!("review {}", r.id),
                    &format!("practice card {}", r.card_id),
                );
            }
        }
        for l in &self.invites {
            if !has(&interviews, l.interview_id.0) {
                return dangling(
                    &format!("invitation {}", l.uid),
                    &format!("interview {}", l.interview_id),
                );
            }
        }
        for m in &self.action_marks {
            if let Some(a) = m.application_id
                && !has(&apps, a.0)
            {
                return dangling(
                    &format!("the mark on {}", m.key),
                    &format!("application {a}"),
                );
            }
        }
        Ok(())
    }
}
