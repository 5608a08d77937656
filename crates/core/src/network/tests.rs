//! Tests of the warm-path ranking.

use super::*;
use proptest::prelude::*;

const ACME: CompanyId = CompanyId(1);
const INITECH: CompanyId = CompanyId(2);

fn person(id: i64, name: &str) -> Person {
    Person {
        id: ContactId(id),
        name: name.into(),
        title: None,
        strength: None,
        how_met: None,
        last_contact_at: None,
        recruiter: false,
    }
}

fn job(who: Option<i64>, company: CompanyId, since: Option<i16>, until: Option<i16>) -> Position {
    Position {
        contact_id: who.map(ContactId),
        company_id: company,
        title: None,
        since: since.map(|y| Date::new(y, 1, 1).unwrap()),
        until: until.map(|y| Date::new(y, 12, 31).unwrap()),
    }
}

fn facts() -> NetworkFacts {
    NetworkFacts {
        application_id: ApplicationId(7),
        company_id: ACME,
        companies: [(ACME, "Acme".to_string()), (INITECH, "Initech".to_string())]
            .into_iter()
            .collect(),
        deciders: vec![(ContactId(1), InterviewerRole::HiringManager)],
        people: vec![
            person(1, "Jane Doe"),
            person(2, "Ana Silva"),
            person(3, "Bo Chen"),
        ],
        positions: vec![
            job(Some(1), ACME, Some(2021), None),
            job(Some(3), ACME, Some(2022), None),
            job(None, INITECH, Some(2018), Some(2022)),
            job(Some(2), INITECH, Some(2019), Some(2023)),
        ],
        acquaintances: vec![(
            ContactId(1),
            ContactId(2),
            Some("ran a meetup together".into()),
        )],
        favours: Vec::new(),
    }
}

#[test]
fn a_former_colleague_who_knows_the_hiring_manager_comes_first() {
    let paths = warm_paths(&facts());
    let names: Vec<&str> = paths.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ana Silva", "Bo Chen"]);
    assert_eq!(
        paths[0].path,
        "you → Ana Silva (former colleague at Initech) → knows Jane Doe, hiring manager (ran a meetup together)"
    );
    assert_eq!(paths[0].reach, Reach::KnowsHiringManager);
    assert_eq!(paths[1].path, "you → Bo Chen → works at Acme");
}

#[test]
fn deciders_are_not_asked_for_a_good_word_but_the_recruiter_is() {
    let mut f = facts();
    f.people.push(person(4, "Rita Recruiter"));
    f.deciders.push((ContactId(4), InterviewerRole::Recruiter));
    let paths = warm_paths(&f);
    assert!(paths.iter().all(|p| p.contact_id != ContactId(1)));
    let rita = paths.iter().find(|p| p.contact_id == ContactId(4)).unwrap();
    assert_eq!(rita.reach, Reach::Recruiter);
}

#[test]
fn working_beside_a_decider_elsewhere_counts_as_knowing_them() {
    let mut f = facts();
    f.acquaintances.clear();
    f.positions
        .push(job(Some(1), INITECH, Some(2020), Some(2021)));
    let paths = warm_paths(&f);
    assert_eq!(paths[0].name, "Ana Silva");
    assert_eq!(
        paths[0].path,
        "you → Ana Silva (former colleague at Initech) → worked with Jane Doe, hiring manager, at Initech"
    );
}

#[test]
fn closeness_outweighs_a_weaker_reach_only_by_a_wide_gap() {
    let mut f = facts();
    // Bo works there and is a close friend; Ana, a faint contact, knows
    // the hiring manager.
    f.positions.retain(|p| p.contact_id.is_some());
    f.people[1].strength = Some(Strength(1));
    f.people[2].strength = Some(Strength(5));
    let paths = warm_paths(&f);
    assert_eq!(paths[0].name, "Bo Chen");
    f.people[2].strength = Some(Strength(2));
    assert_eq!(warm_paths(&f)[0].name, "Ana Silva");
}

#[test]
fn favours_already_asked_are_shown() {
    let mut f = facts();
    f.favours.push(Favour {
        id: 1,
        contact_id: ContactId(3),
        application_id: ApplicationId(7),
        state: FavourState::Agreed,
        note: None,
        asked_at: Timestamp::UNIX_EPOCH,
        updated_at: Timestamp::UNIX_EPOCH,
        done_at: None,
    });
    let bo = warm_paths(&f)
        .into_iter()
        .find(|p| p.name == "Bo Chen")
        .unwrap();
    assert_eq!(bo.favour, Some(FavourState::Agreed));
}

#[test]
fn strength_reads_zero_to_five_only() {
    assert_eq!(Strength::parse(" 4 ").unwrap().get(), 4);
    for bad in ["6", "-1", "two", ""] {
        let err = Strength::parse(bad).unwrap_err();
        assert!(err.to_string().contains("0"), "{err}");
    }
}

#[test]
fn positions_overlap_only_at_the_same_company_and_time() {
    let a = job(Some(1), ACME, Some(2018), Some(2019));
    assert!(a.overlaps(&job(Some(2), ACME, Some(2019), None)));
    assert!(!a.overlaps(&job(Some(2), ACME, Some(2020), None)));
    assert!(!a.overlaps(&job(Some(2), INITECH, Some(2018), None)));
    assert!(a.overlaps(&job(Some(2), ACME, None, None)));
}

proptest! {
    /// Whatever the data, the ranking is deterministic, lists each contact
    /// once, never a decider other than the recruiter, and best first.
    #[test]
    fn ranking_is_deterministic_and_well_formed(
        strengths in proptest::collection::vec(proptest::option::of(0u8..=5), 6),
        links in proptest::collection::vec((1i64..=6, 1i64..=6), 0..10),
        jobs in proptest::collection::vec((1i64..=6, 1i64..=2, proptest::option::of(2015i16..2024), proptest::bool::ANY), 0..10),
    ) {
        let mut f = facts();
        f.people = (1..=6).map(|i| Person { strength: strengths[(i - 1) as usize].map(Strength), ..person(i, &format!("P{i}")) }).collect();
        f.acquaintances = links.into_iter().filter(|(a, b)| a < b).map(|(a, b)| (ContactId(a), ContactId(b), None)).collect();
        f.positions = jobs.into_iter().map(|(who, c, since, current)| job(Some(who), CompanyId(c), since, if current { None } else { since.map(|s| s + 1) })).collect();
        let once = warm_paths(&f);
        prop_assert_eq!(&once, &warm_paths(&f));
        let mut seen = std::collections::HashSet::new();
        for p in &once {
            prop_assert!(seen.insert(p.contact_id));
            prop_assert!(p.contact_id != ContactId(1));
        }
        prop_assert!(once.windows(2).all(|w| w[0].score >= w[1].score));
    }
}
