//! A small scene builder for the rules' tests, and the engine's properties.

use super::*;
use crate::debrief::{Decision, Owed};
use crate::follow::{ActionKey, ActionMark, MarkState, Offer};
use proptest::prelude::*;

/// Reads a UTC instant written in a test.
pub(crate) fn at(text: &str) -> Timestamp {
    text.parse().expect("a test instant")
}

/// Facts built up step by step, in UTC, with the search-wide rules (weekly
/// target, thin pipeline) off unless a test turns them on.
pub(crate) struct Scene {
    pub(crate) facts: Facts,
    pub(crate) policy: Policy,
}

impl Scene {
    pub(crate) fn new() -> Scene {
        let mut facts = Facts::empty(TimeZone::UTC);
        facts.search_started = true;
        Scene {
            facts,
            policy: Policy {
                weekly_applications: 0,
                thin_pipeline_below: 0,
                ..Policy::default()
            },
        }
    }

    pub(crate) fn app(&mut self, company: &str, role: &str) -> ApplicationId {
        let id = ApplicationId(self.facts.applications.len() as i64 + 1);
        self.facts.applications.push(AppFact {
            id,
            company: company.to_owned(),
            role: role.to_owned(),
            status: ApplicationStatus::Interviewing,
            created_at: at("2026-11-01T09:00:00Z"),
            status_changed_at: at("2026-11-02T09:00:00Z"),
        });
        id
    }

    fn app_mut(&mut self, id: ApplicationId) -> &mut AppFact {
        self.facts
            .applications
            .iter_mut()
            .find(|a| a.id == id)
            .expect("an app of the scene")
    }

    pub(crate) fn interview(
        &mut self,
        app: ApplicationId,
        starts: &str,
        ends: &str,
    ) -> InterviewId {
        let id = InterviewId(self.facts.interviews.len() as i64 + 1);
        let round = self
            .facts
            .interviews
            .iter()
            .filter(|i| i.application_id == app)
            .count() as i64
            + 1;
        self.facts.interviews.push(InterviewFact {
            id,
            application_id: app,
            round,
            kind: InterviewKind::Panel,
            starts_at: at(starts),
            ends_at: at(ends),
            status: InterviewStatus::Scheduled,
            interviewers: Vec::new(),
        });
        id
    }

    pub(crate) fn interviewer(&mut self, iv: InterviewId, contact: i64, name: &str, role: &str) {
        let interview = self
            .facts
            .interviews
            .iter_mut()
            .find(|i| i.id == iv)
            .expect("an interview of the scene");
        interview.interviewers.push(PersonFact {
            contact_id: ContactId(contact),
            name: name.to_owned(),
            role: role.parse().expect("a role"),
        });
    }

    pub(crate) fn cancel(&mut self, iv: InterviewId) {
        let interview = self
            .facts
            .interviews
            .iter_mut()
            .find(|i| i.id == iv)
            .expect("an interview of the scene");
        interview.status = InterviewStatus::Cancelled;
    }

    pub(crate) fn debrief(
        &mut self,
        iv: InterviewId,
        owed: &[(&str, Option<&str>)],
        decision_by: Option<&str>,
    ) {
        self.facts.debriefs.push(DebriefFact {
            interview_id: iv,
            owed: owed
                .iter()
                .map(|(what, due)| Owed {
                    what: (*what).to_owned(),
                    to: None,
                    due: due.map(at),
                })
                .collect(),
            decision: decision_by.map(|by| Decision {
                said: format!("by {by}"),
                by: Some(at(by)),
            }),
        });
    }

    pub(crate) fn warm_contact(&mut self, app: ApplicationId, contact: i64, name: &str) {
        self.facts.warm_contacts.push(WarmFact {
            application_id: app,
            contact_id: ContactId(contact),
            name: name.to_owned(),
            reach: "works there".to_owned(),
        });
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn favour(
        &mut self,
        id: i64,
        app: ApplicationId,
        contact: i64,
        name: &str,
        state: crate::network::FavourState,
        done_at: Option<&str>,
        last_contact: Option<&str>,
    ) {
        self.facts.favours.retain(|f| f.id != id);
        self.facts.favours.push(FavourFact {
            id,
            application_id: app,
            contact_id: ContactId(contact),
            name: name.to_owned(),
            state,
            done_at: done_at.map(at),
            last_contact: last_contact.map(at),
        });
    }

    fn mark(&mut self, key: &str, state: MarkState, when: &str, until: Option<&str>) {
        self.facts.marks.retain(|m| m.key.as_str() != key);
        self.facts.marks.push(ActionMark {
            key: ActionKey::parse(key).expect("a key"),
            state,
            at: at(when),
            until: until.map(at),
            reason: None,
            application_id: None,
            interview_id: None,
        });
    }

    pub(crate) fn done(&mut self, key: &str, when: &str) {
        self.mark(key, MarkState::Done, when, None);
    }

    pub(crate) fn moved(&mut self, app: ApplicationId, when: &str) {
        self.app_mut(app).status_changed_at = at(when);
    }

    pub(crate) fn offer(&mut self, app: ApplicationId, deadline: Option<&str>, when: &str) {
        let a = self.app_mut(app);
        a.status = ApplicationStatus::Offer;
        a.status_changed_at = at(when);
        self.facts.offers.push(Offer {
            application_id: app,
            deadline: deadline.map(at),
            terms: None,
            recorded_at: at(when),
        });
    }

    pub(crate) fn hired(&mut self, app: ApplicationId, when: &str) {
        let a = self.app_mut(app);
        a.status = ApplicationStatus::Hired;
        a.status_changed_at = at(when);
    }

    pub(crate) fn recruiter(&mut self, id: i64, name: &str, added: &str, last: Option<&str>) {
        self.facts
            .recruiters
            .retain(|r| r.contact_id != ContactId(id));
        self.facts.recruiters.push(RecruiterFact {
            contact_id: ContactId(id),
            name: name.to_owned(),
            company: None,
            added: at(added),
            last_contact: last.map(at),
        });
    }

    pub(crate) fn agenda_at(&self, now: &str) -> Vec<Action> {
        let mut facts = self.facts.clone();
        facts.count_live();
        agenda(&facts, at(now), &self.policy)
    }

    pub(crate) fn keys_at(&self, now: &str) -> Vec<String> {
        let mut keys: Vec<String> = self
            .agenda_at(now)
            .into_iter()
            .map(|a| a.key.to_string())
            .collect();
        keys.sort();
        keys
    }

    pub(crate) fn find_at(&self, now: &str, key: &str) -> Option<Action> {
        self.agenda_at(now)
            .into_iter()
            .find(|a| a.key.as_str() == key)
    }
}

#[test]
fn snoozed_actions_come_back_when_the_snooze_ends() {
    let mut scene = Scene::new();
    let app = scene.app("Acme", "Backend Engineer");
    scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
    scene.mark(
        "debrief-1",
        MarkState::Snoozed,
        "2026-11-24T16:00:00Z",
        Some("2026-11-25T08:00:00Z"),
    );
    let snoozed = scene.find_at("2026-11-24T18:00:00Z", "debrief-1").unwrap();
    assert_eq!(snoozed.due, at("2026-11-25T08:00:00Z"));
    assert_eq!(snoozed.snoozed_until, Some(at("2026-11-25T08:00:00Z")));
    let back = scene.find_at("2026-11-25T09:00:00Z", "debrief-1").unwrap();
    assert_eq!(back.due, at("2026-11-25T08:00:00Z"));
}

#[test]
fn stale_actions_drop_off_after_a_month() {
    let mut scene = Scene::new();
    let app = scene.app("Acme", "Backend Engineer");
    scene.interview(app, "2026-10-01T14:00:00Z", "2026-10-01T15:00:00Z");
    assert!(scene.find_at("2026-10-20T09:00:00Z", "debrief-1").is_some());
    assert!(scene.find_at("2026-11-20T09:00:00Z", "debrief-1").is_none());
}

#[test]
fn the_day_splits_overdue_today_and_the_next_week() {
    let mut scene = Scene::new();
    let app = scene.app("Acme", "Backend Engineer");
    scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
    scene.interview(app, "2026-11-30T14:00:00Z", "2026-11-30T15:00:00Z");
    scene.interview(app, "2026-12-20T14:00:00Z", "2026-12-20T15:00:00Z");
    let now = at("2026-11-24T18:00:00Z");
    let day = day(scene.agenda_at("2026-11-24T18:00:00Z"), now, &TimeZone::UTC);
    assert_eq!(
        day.overdue
            .iter()
            .map(|a| a.key.as_str())
            .collect::<Vec<_>>(),
        ["debrief-1"]
    );
    assert_eq!(day.today.len(), 0);
    assert_eq!(
        day.upcoming
            .iter()
            .map(|a| a.key.as_str())
            .collect::<Vec<_>>(),
        ["followup-1", "prep-2"]
    );
    assert_eq!(day.next_due, Some(at("2026-12-18T14:00:00Z")));
}

#[test]
fn relative_times_read_naturally() {
    let now = at("2026-11-24T12:00:00Z");
    assert_eq!(relative(at("2026-11-24T09:00:00Z"), now), "overdue by 3 h");
    assert_eq!(relative(at("2026-11-26T12:00:00Z"), now), "in 2 days");
    assert_eq!(relative(at("2026-11-24T12:30:00Z"), now), "in 30 min");
    assert_eq!(relative(now, now), "now");
}

#[test]
fn every_rule_is_listed_once() {
    let mut names: Vec<_> = rules::ALL.iter().map(|r| r.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), rules::ALL.len());
}

/// A random scene: a few applications in every status, interviews in every
/// status around `now`, interviewers, debriefs, an offer, recruiters and marks.
fn scenes() -> impl Strategy<Value = (Facts, Timestamp)> {
    let statuses = prop::sample::select(ApplicationStatus::ALL.to_vec());
    let iv_statuses = prop::sample::select(InterviewStatus::ALL.to_vec());
    let hours = -24 * 40..24 * 20i64;
    let interview = (
        0..6usize,
        iv_statuses,
        hours.clone(),
        0..3usize,
        any::<bool>(),
        0..3usize,
        hours.clone(),
    );
    let mark = (
        0..40usize,
        prop::sample::select(MarkState::ALL.to_vec()),
        hours.clone(),
    );
    (
        prop::collection::vec(statuses, 0..6),
        prop::collection::vec(interview, 0..12),
        prop::collection::vec(mark, 0..10),
        prop::collection::vec(hours, 0..3),
        0..8u32,
    )
        .prop_map(|(statuses, interviews, marks, recruiters, applied)| {
            let now = at("2026-11-25T12:00:00Z");
            let hour = |h: i64| plus(now, SignedDuration::from_hours(h));
            let mut facts = Facts::empty(TimeZone::UTC);
            facts.applied_this_week = applied;
            facts.search_started = !statuses.is_empty();
            for (n, status) in statuses.iter().enumerate() {
                let id = ApplicationId(n as i64 + 1);
                facts.applications.push(AppFact {
                    id,
                    company: format!("Company {n}"),
                    role: "Engineer".to_owned(),
                    status: *status,
                    created_at: hour(-24 * 60 + n as i64),
                    status_changed_at: hour(-24 * 30 + n as i64),
                });
                if *status == ApplicationStatus::Offer {
                    facts.offers.push(Offer {
                        application_id: id,
                        deadline: Some(hour(48)),
                        terms: None,
                        recorded_at: hour(-24),
                    });
                }
            }
            for (n, (app, status, start, people, debriefed, owed, decision)) in
                interviews.into_iter().enumerate()
            {
                if statuses.is_empty() {
                    break;
                }
                let application_id = ApplicationId((app % statuses.len()) as i64 + 1);
                let id = InterviewId(n as i64 + 1);
                let round = facts
                    .interviews
                    .iter()
                    .filter(|i| i.application_id == application_id)
                    .count() as i64
                    + 1;
                facts.interviews.push(InterviewFact {
                    id,
                    application_id,
                    round,
                    kind: InterviewKind::Technical,
                    starts_at: hour(start),
                    ends_at: hour(start + 1),
                    status,
                    interviewers: (0..people)
                        .map(|p| PersonFact {
                            contact_id: ContactId(p as i64 + 1),
                            name: format!("Person {p}"),
                            role: InterviewerRole::ALL[p % InterviewerRole::ALL.len()],
                        })
                        .collect(),
                });
                if debriefed {
                    facts.debriefs.push(DebriefFact {
                        interview_id: id,
                        owed: (0..owed)
                            .map(|o| Owed {
                                what: format!("item {o}"),
                                to: None,
                                due: None,
                            })
                            .collect(),
                        decision: Some(Decision {
                            said: "soon".to_owned(),
                            by: Some(hour(decision)),
                        }),
                    });
                }
            }
            for (n, last) in recruiters.into_iter().enumerate() {
                facts.recruiters.push(RecruiterFact {
                    contact_id: ContactId(100 + n as i64),
                    name: format!("Recruiter {n}"),
                    company: None,
                    added: hour(-24 * 50),
                    last_contact: Some(hour(last.min(0))),
                });
            }
            facts.count_live();
            // Marks land on keys the engine would list, so they matter.
            let keys: Vec<ActionKey> = agenda(&facts, now, &Policy::default())
                .into_iter()
                .map(|a| a.key)
                .collect();
            for (pick, state, h) in marks {
                if let Some(key) = keys.get(pick % keys.len().max(1)) {
                    facts.marks.retain(|m| &m.key != key);
                    facts.marks.push(ActionMark {
                        key: key.clone(),
                        state,
                        at: hour(h.min(0)),
                        until: Some(hour(h)),
                        reason: None,
                        application_id: None,
                        interview_id: None,
                    });
                }
            }
            (facts, now)
        })
}

proptest! {
    #[test]
    fn closed_cancelled_and_dismissed_things_never_show((facts, now) in scenes()) {
        let policy = Policy::default();
        let actions = agenda(&facts, now, &policy);
        for action in &actions {
            if let Some(id) = action.subject.application {
                let app = facts.applications.iter().find(|a| a.id == id).unwrap();
                prop_assert!(is_in_play(app.status), "{} lists {:?} application {id}", action.key, app.status);
            }
            if let Some(id) = action.subject.interview {
                let iv = facts.interviews.iter().find(|i| i.id == id).unwrap();
                prop_assert!(
                    !matches!(iv.status, InterviewStatus::Cancelled | InterviewStatus::NoShow),
                    "{} lists a {:?} interview", action.key, iv.status
                );
            }
            let mark = facts.marks.iter().find(|m| m.key == action.key);
            prop_assert!(
                !mark.is_some_and(|m| matches!(m.state, MarkState::Dismissed | MarkState::Done)),
                "{} is listed though marked {:?}", action.key, mark.map(|m| m.state)
            );
        }
    }

    #[test]
    fn the_agenda_is_deterministic_and_ignores_input_order((facts, now) in scenes()) {
        let policy = Policy::default();
        let first = agenda(&facts, now, &policy);
        prop_assert_eq!(&first, &agenda(&facts, now, &policy));
        let mut shuffled = facts.clone();
        shuffled.applications.reverse();
        shuffled.interviews.reverse();
        shuffled.debriefs.reverse();
        shuffled.marks.reverse();
        shuffled.recruiters.reverse();
        prop_assert_eq!(&first, &agenda(&shuffled, now, &policy));
        let mut keys: Vec<_> = first.iter().map(|a| &a.key).collect();
        keys.sort();
        keys.dedup();
        prop_assert_eq!(keys.len(), first.len(), "two actions share a key");
    }
}

#[test]
fn rounds_settle_once_nothing_is_left_to_do() {
    let mut scene = Scene::new();
    let app = scene.app("Acme", "Backend Engineer");
    let done = scene.interview(app, "2026-11-10T14:00:00Z", "2026-11-10T15:00:00Z");
    let open = scene.interview(app, "2026-11-24T14:00:00Z", "2026-11-24T15:00:00Z");
    let coming = scene.interview(app, "2026-12-03T14:00:00Z", "2026-12-03T15:00:00Z");
    let called_off = scene.interview(app, "2026-12-05T14:00:00Z", "2026-12-05T15:00:00Z");
    scene.cancel(called_off);
    scene.debrief(done, &[], None);
    scene.done("followup-1", "2026-11-11T09:00:00Z");
    scene.moved(app, "2026-11-12T09:00:00Z");
    let now = "2026-11-25T09:00:00Z";
    let mut facts = scene.facts.clone();
    facts.count_live();
    let actions = agenda(&facts, at(now), &scene.policy);
    assert_eq!(
        settled_rounds(&facts, at(now), &actions),
        [done, called_off]
    );
    // A round still to come never settles, even with its preparation done.
    scene.done("prep-3", "2026-11-25T08:00:00Z");
    let mut facts = scene.facts.clone();
    facts.count_live();
    let actions = agenda(&facts, at(now), &scene.policy);
    assert!(!settled_rounds(&facts, at(now), &actions).contains(&coming));
    let _ = open;
}
