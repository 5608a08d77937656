//! Tests that the generated search is deterministic, consistent and looks lived in.

use super::applications::FUNNEL;
use super::rng::{DAY, HOUR};
use super::words::REGIONS;
use super::*;
use afterview_core::application::ApplicationEvent;
use afterview_core::time::whole_seconds;
use afterview_core::{
    Application, ApplicationId, ApplicationStatus, Company, CompanyId, Contact, ContactId,
    Interview, InterviewId, InterviewKind, InterviewStatus,
};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

fn now() -> Timestamp {
    "2026-11-25T10:15:30.250Z".parse().unwrap()
}

/// The large search, made once and shared by the tests that need it.
fn large() -> &'static Backup {
    static LARGE: OnceLock<Backup> = OnceLock::new();
    LARGE.get_or_init(|| generate(&Size::LARGE, 42, now()))
}

fn small() -> Backup {
    generate(&Size::SMALL, 7, now())
}

#[test]
fn the_same_seed_gives_the_same_search() {
    assert_eq!(small(), small());
    assert_ne!(small(), generate(&Size::SMALL, 8, now()));
    let later = now()
        .checked_add(jiff::SignedDuration::from_hours(1))
        .unwrap();
    assert_ne!(small(), generate(&Size::SMALL, 7, later));
}

#[test]
fn counts_match_the_size() {
    for (size, backup) in [(Size::SMALL, &small()), (Size::LARGE, large())] {
        assert_eq!(backup.companies.len(), size.companies);
        assert_eq!(backup.applications.len(), size.applications);
        assert_eq!(backup.interviews.len(), size.interviews);
        assert_eq!(backup.contacts.len(), size.contacts);
        assert_eq!(backup.resumes.len(), 3);
    }
    let empty = generate(
        &Size {
            companies: 0,
            applications: 0,
            interviews: 0,
            contacts: 0,
        },
        1,
        now(),
    );
    assert!(empty.companies.is_empty() && empty.application_events.is_empty());
    empty.check().unwrap();
    let tiny = generate(
        &Size {
            companies: 1,
            applications: 1,
            interviews: 3,
            contacts: 1,
        },
        1,
        now(),
    );
    assert_eq!(tiny.interviews.len(), 3);
    tiny.check().unwrap();
}

#[test]
fn the_backup_passes_its_own_check_and_round_trips_as_json() {
    small().check().unwrap();
    large().check().unwrap();
    let json = serde_json::to_string(&small()).unwrap();
    let back: Backup = serde_json::from_str(&json).unwrap();
    assert_eq!(back, small());
}

#[test]
fn ids_run_from_one_in_order() {
    let b = large();
    let ids = |v: Vec<i64>| assert!(v.iter().copied().eq(1..=v.len() as i64));
    ids(b.companies.iter().map(|c| c.id.0).collect());
    ids(b.applications.iter().map(|a| a.id.0).collect());
    ids(b.application_events.iter().map(|e| e.id.0).collect());
    ids(b.contacts.iter().map(|c| c.id.0).collect());
    ids(b.interviews.iter().map(|i| i.id.0).collect());
    ids(b.resumes.iter().map(|r| r.id.0).collect());
    // Creation order is id order, as a store would have numbered them.
    assert!(
        b.applications
            .windows(2)
            .all(|w| w[0].created_at <= w[1].created_at)
    );
    assert!(
        b.interviews
            .windows(2)
            .all(|w| w[0].created_at <= w[1].created_at)
    );
}

#[test]
fn statuses_follow_the_funnel() {
    let b = large();
    let n = b.applications.len() as f64;
    for (status, pct) in FUNNEL {
        let share = b.applications.iter().filter(|a| a.status == status).count() as f64 / n * 100.0;
        assert!(
            (share - pct as f64).abs() < 1.0,
            "{status}: {share:.1}% instead of about {pct}%"
        );
    }
}

#[test]
fn every_history_is_legal_and_ends_at_the_status() {
    for b in [&small(), large()] {
        let mut by_app: HashMap<ApplicationId, Vec<&ApplicationEvent>> = HashMap::new();
        for e in &b.application_events {
            by_app.entry(e.application_id).or_default().push(e);
        }
        for app in &b.applications {
            let events = &by_app[&app.id];
            assert_eq!(events[0].from_status, None, "{app:?}");
            assert_eq!(events[0].at, app.created_at);
            for pair in events.windows(2) {
                let (before, after) = (pair[0], pair[1]);
                assert_eq!(after.from_status, Some(before.to_status));
                assert!(!after.forced);
                before.to_status.check_transition(after.to_status).unwrap();
                assert!(before.at < after.at, "{before:?} {after:?}");
            }
            let last = events.last().unwrap();
            assert_eq!(last.to_status, app.status);
            assert_eq!(last.at, app.status_changed_at);
            assert!(app.status_changed_at <= now());
        }
    }
}

#[test]
fn names_and_emails_are_unique_ignoring_case() {
    let b = large();
    let mut names = HashSet::new();
    for c in &b.companies {
        assert!(
            names.insert(c.name.as_str().to_lowercase()),
            "{} twice",
            c.name
        );
    }
    let mut emails = HashSet::new();
    for c in b.contacts.iter().filter_map(|c| c.email.as_ref()) {
        assert!(emails.insert(c.as_str().to_lowercase()), "{c} twice");
    }
    let share = emails.len() as f64 / b.contacts.len() as f64;
    assert!((0.35..0.45).contains(&share), "{share}");
}

#[test]
fn instants_are_whole_seconds_and_in_the_past_unless_scheduled() {
    let b = large();
    let now = whole_seconds(now());
    let two_years_ago = now - jiff::SignedDuration::from_hours(24 * 740);
    let mut all = Vec::new();
    all.extend(b.companies.iter().map(|c| c.created_at));
    all.extend(b.contacts.iter().map(|c| c.created_at));
    all.extend(
        b.applications
            .iter()
            .flat_map(|a| [a.created_at, a.status_changed_at]),
    );
    all.extend(b.application_events.iter().map(|e| e.at));
    all.extend(b.interviews.iter().map(|i| i.created_at));
    for t in all {
        assert_eq!(t, whole_seconds(t));
        assert!(t <= now && t > two_years_ago, "{t}");
    }
    let in_two_weeks = now + jiff::SignedDuration::from_hours(24 * 14);
    for i in &b.interviews {
        assert_eq!(i.starts_at, whole_seconds(i.starts_at));
        let minutes = (i.ends_at - i.starts_at).as_secs() / 60;
        assert!((30..=90).contains(&minutes), "{i:?}");
        match i.status {
            InterviewStatus::Scheduled => {
                assert!(i.starts_at > now && i.starts_at <= in_two_weeks, "{i:?}")
            }
            _ => assert!(i.ends_at <= now, "{i:?}"),
        }
    }
}

#[test]
fn interviews_are_consistent_rounds_with_people() {
    let b = large();
    let apps: HashMap<ApplicationId, &Application> =
        b.applications.iter().map(|a| (a.id, a)).collect();
    let reached: HashSet<ApplicationId> = b
        .application_events
        .iter()
        .filter(|e| e.to_status == ApplicationStatus::Interviewing)
        .map(|e| e.application_id)
        .collect();
    let mut rounds: HashMap<ApplicationId, Vec<&Interview>> = HashMap::new();
    for i in &b.interviews {
        assert!(reached.contains(&i.application_id), "{i:?}");
        rounds.entry(i.application_id).or_default().push(i);
    }
    let mut upcoming = 0;
    for (app, list) in &rounds {
        assert!(
            list.iter().map(|i| i.round).eq(1..=list.len() as i64),
            "{app}"
        );
        assert_eq!(list[0].kind, InterviewKind::PhoneScreen);
        assert!(
            list.windows(2).all(|w| w[0].ends_at < w[1].starts_at),
            "{app}"
        );
        assert!(list[0].starts_at > apps[app].created_at);
        if list.iter().any(|i| i.status == InterviewStatus::Scheduled) {
            assert_eq!(apps[app].status, ApplicationStatus::Interviewing);
            upcoming += 1;
        }
    }
    assert!(
        upcoming > 100,
        "{upcoming} applications have an interview coming up"
    );
    // Nearly all rounds fall in office hours on a weekday, in their zone;
    // the few others kept their planned time to stay in order.
    let offsets: HashMap<&str, i64> = REGIONS
        .iter()
        .flat_map(|r| r.offices.iter().map(|(_, zone, offset)| (*zone, *offset)))
        .collect();
    let in_office_hours = b
        .interviews
        .iter()
        .filter(|i| {
            let local = i.starts_at.as_second() + offsets[i.time_zone.as_str()] * HOUR;
            let weekday = (local.div_euclid(DAY) - 2).rem_euclid(7) >= 2;
            weekday && (9 * HOUR..17 * HOUR).contains(&local.rem_euclid(DAY))
        })
        .count();
    assert!(
        in_office_hours * 100 > b.interviews.len() * 97,
        "{in_office_hours}"
    );
    let zones: HashSet<&str> = b.interviews.iter().map(|i| i.time_zone.as_str()).collect();
    assert!(
        zones.len() > 5 && zones.contains("Europe/Berlin"),
        "{zones:?}"
    );

    let mut pairs = HashSet::new();
    let mut per_interview: HashMap<InterviewId, usize> = HashMap::new();
    let contacts: HashMap<ContactId, &Contact> = b.contacts.iter().map(|c| (c.id, c)).collect();
    let interviews: HashMap<InterviewId, &Interview> =
        b.interviews.iter().map(|i| (i.id, i)).collect();
    let mut at_company = 0;
    for i in &b.interviewers {
        assert!(pairs.insert((i.interview_id, i.contact_id)), "{i:?} twice");
        *per_interview.entry(i.interview_id).or_default() += 1;
        let contact = contacts[&i.contact_id];
        let interview = interviews[&i.interview_id];
        assert!(contact.created_at <= interview.created_at);
        if contact.company_id == Some(apps[&interview.application_id].company_id) {
            at_company += 1;
        }
    }
    assert!(
        b.interviewers
            .windows(2)
            .all(|w| w[0].interview_id <= w[1].interview_id)
    );
    assert_eq!(
        per_interview.len(),
        b.interviews.len(),
        "every interview has someone on it"
    );
    assert!(per_interview.values().all(|n| (1..=3).contains(n)));
    assert!(
        at_company * 10 > b.interviewers.len() * 9,
        "{at_company} of {}",
        b.interviewers.len()
    );
}

#[test]
fn contacts_and_applications_look_lived_in() {
    let b = large();
    let n = b.contacts.len() as f64;
    let share = |k: usize| k as f64 / n;
    let recruiters = b
        .contacts
        .iter()
        .filter(|c| c.tags.iter().any(|t| t.as_str() == "recruiter"))
        .count();
    assert!(
        (0.06..0.10).contains(&share(recruiters)),
        "{}",
        share(recruiters)
    );
    let at_company = b.contacts.iter().filter(|c| c.company_id.is_some()).count();
    assert!(
        (0.55..0.65).contains(&share(at_company)),
        "{}",
        share(at_company)
    );
    let apps = b.applications.len() as f64;
    let with_resume = b
        .applications
        .iter()
        .filter(|a| a.resume_id.is_some())
        .count() as f64
        / apps;
    assert!((0.25..0.35).contains(&with_resume), "{with_resume}");
    for a in &b.applications {
        if let Some(s) = &a.salary {
            assert!(s.min <= s.max || s.max.is_none(), "{s:?}");
        }
        assert!(a.created_at <= a.status_changed_at);
    }
    let companies: HashMap<CompanyId, &Company> = b.companies.iter().map(|c| (c.id, c)).collect();
    assert!(
        b.applications
            .iter()
            .all(|a| companies[&a.company_id].created_at <= a.created_at)
    );
    assert_eq!(b.profile.skills.len(), 10);
    assert_eq!(b.profile.time_zone.as_deref(), Some("Europe/Berlin"));
}
