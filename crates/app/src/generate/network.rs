//! The generated search's network: how close people are, where some of
//! them worked before, who knows whom, and the person's own past jobs.

use super::rng::{Rng, ts};
use afterview_core::backup::Backup;
use afterview_core::network::{Acquaintance, ContactStrength, Position, StoredPosition, Strength};
use jiff::civil::Date;
use std::collections::BTreeSet;

/// Adds the network to an assembled backup: about a third of the people
/// rated, one in five with an earlier job at another company, one link for
/// every four people, and the person's own two earlier jobs (so some
/// contacts are former colleagues).
pub(super) fn network(backup: &mut Backup, rng: &mut Rng, now: i64) {
    let contacts: Vec<_> = backup.contacts.iter().map(|c| c.id).collect();
    let companies: Vec<_> = backup.companies.iter().map(|c| c.id).collect();
    if contacts.is_empty() || companies.is_empty() {
        return;
    }
    let year = |y: i64| Date::new(y as i16, 1 + rng_month(y), 1).ok();
    let created = ts(now);
    let mut positions = Vec::new();
    for (n, company) in [rng.pick(&companies), rng.pick(&companies)]
        .into_iter()
        .enumerate()
    {
        let start = 2014 + 4 * n as i64;
        positions.push(Position {
            contact_id: None,
            company_id: *company,
            title: Some("Software Engineer".to_owned()),
            since: year(start),
            until: year(start + 3),
        });
    }
    for id in &contacts {
        if rng.chance(0.33) {
            let s = Strength::try_from(rng.between(0, 5)).unwrap_or(Strength::UNRATED);
            backup.strengths.push(ContactStrength {
                contact_id: *id,
                strength: s,
            });
        }
        if rng.chance(0.2) {
            let start = rng.between(2010, 2021);
            positions.push(Position {
                contact_id: Some(*id),
                company_id: *rng.pick(&companies),
                title: None,
                since: year(start),
                until: year(start + rng.between(1, 4)),
            });
        }
    }
    backup.positions = positions
        .into_iter()
        .enumerate()
        .map(|(n, position)| StoredPosition {
            id: n as i64 + 1,
            position,
            created_at: created,
        })
        .collect();
    let mut pairs = BTreeSet::new();
    let hows = [
        "former colleagues",
        "friends",
        "met at a meetup",
        "studied together",
    ];
    for _ in 0..contacts.len() / 4 {
        let (a, b) = (*rng.pick(&contacts), *rng.pick(&contacts));
        if a != b {
            pairs.insert((a.min(b), a.max(b), *rng.pick(&hows)));
        }
    }
    let mut seen = BTreeSet::new();
    for (a, b, how) in pairs {
        if seen.insert((a, b)) {
            backup.acquaintances.push(Acquaintance {
                contact_id: a,
                other_id: b,
                how: Some(how.to_owned()),
                created_at: created,
            });
        }
    }
}

/// A month that varies with the year, so jobs do not all start in January.
fn rng_month(year: i64) -> i8 {
    (year.rem_euclid(12)) as i8
}
