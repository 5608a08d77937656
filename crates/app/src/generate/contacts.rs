//! Makes the contacts, mostly at companies applied to, each with a part to play in interviews.

use super::applications::DraftApp;
use super::companies::DraftCompany;
use super::people::{
    AGENCY_TITLES, CONTACT_NOTES, ENGINEER_TITLES, FIRST_NAMES, HOW_MET, LAST_NAMES, MAIL_DOMAINS,
    MANAGER_TITLES, OTHER_TITLES, RECRUITER_TITLES,
};
use super::rng::{
    DIGITS, HEX, LETTERS, Rng, SPAN, own_email, own_name, own_phone, own_tag, own_text, own_url,
    random_chars, slug, ts,
};
use super::words::REGIONS;
use afterview_core::{Contact, ContactId};
use std::collections::HashSet;

/// What part a person can play on the other side of an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Recruiter,
    Manager,
    Engineer,
    Other,
}

/// A contact as it is being made.
pub(super) struct DraftContact {
    pub(super) row: Contact,
    pub(super) company: Option<usize>,
    pub(super) part: Part,
}

/// A phone number in the region's style, from ranges kept for fiction where
/// there are such ranges (555-01xx in North America, 020 7946 0xxx in London).
fn phone_number(region: usize, rng: &mut Rng) -> String {
    match region {
        0 => format!(
            "+1 {} 555 01{}",
            rng.pick(&["212", "415", "312", "206", "617", "512"]),
            random_chars(rng, DIGITS, 2)
        ),
        1 => format!(
            "+49 {} {}",
            rng.pick(&["151", "160", "170", "30", "89"]),
            random_chars(rng, DIGITS, 7)
        ),
        _ => format!("+44 20 7946 0{}", random_chars(rng, DIGITS, 3)),
    }
}

pub(super) fn make_contacts(
    n: usize,
    companies: &[DraftCompany],
    apps: &[DraftApp],
    rng: &mut Rng,
    now: i64,
) -> Vec<DraftContact> {
    let mut emails: HashSet<String> = HashSet::with_capacity(n / 2);
    (0..n)
        .map(|_| {
            // Most people at a company are at one the person applied to,
            // which puts them where the interviews are.
            let company = (!companies.is_empty() && rng.chance(0.6)).then(|| {
                if !apps.is_empty() && rng.chance(0.7) {
                    rng.pick(apps).company
                } else {
                    rng.below(companies.len())
                }
            });
            let part = match company {
                Some(_) => [Part::Recruiter, Part::Manager, Part::Engineer, Part::Other]
                    [rng.weighted(&[10, 18, 62, 10])],
                None => [Part::Recruiter, Part::Manager, Part::Engineer, Part::Other]
                    [rng.weighted(&[5, 5, 45, 45])],
            };
            let first = *rng.pick(FIRST_NAMES);
            let last = *rng.pick(LAST_NAMES);
            let full = if rng.chance(0.2) {
                format!(
                    "{first} {}. {last}",
                    char::from(*rng.pick(LETTERS)).to_ascii_uppercase()
                )
            } else {
                format!("{first} {last}")
            };
            let region = match company {
                Some(c) => companies[c].region,
                None => rng.below(REGIONS.len()),
            };
            let email = rng.chance(0.4).then(|| {
                let domain = match company {
                    Some(c) if rng.chance(0.85) => companies[c].domain.as_str(),
                    _ => rng.pick(MAIL_DOMAINS),
                };
                let (f, l) = (slug(first), slug(last));
                let local = match rng.below(10) {
                    0..=5 => format!("{f}.{l}"),
                    6 | 7 => format!("{}{l}", f.get(..1).unwrap_or_default()),
                    8 => format!("{f}{l}"),
                    _ => f.clone(),
                };
                let mut address = format!("{local}@{domain}");
                let mut k = 2;
                while emails.contains(&address) {
                    address = format!("{local}{k}@{domain}");
                    k += 1;
                }
                emails.insert(address.clone());
                own_email(&address)
            });
            let phone = rng
                .chance(if part == Part::Recruiter { 0.6 } else { 0.15 })
                .then(|| own_phone(&phone_number(region, rng)));
            let title = rng
                .chance(if company.is_some() { 0.9 } else { 0.6 })
                .then(|| {
                    let titles = match (part, company) {
                        (Part::Recruiter, Some(_)) => RECRUITER_TITLES,
                        (Part::Recruiter, None) => AGENCY_TITLES,
                        (Part::Manager, _) => MANAGER_TITLES,
                        (Part::Engineer, _) => ENGINEER_TITLES,
                        (Part::Other, _) => OTHER_TITLES,
                    };
                    own_name("title", rng.word(titles))
                });
            let linkedin = rng.chance(0.65).then(|| {
                own_url(
                    "linkedin",
                    &format!(
                        "https://www.linkedin.com/in/{}-{}-{}",
                        slug(first),
                        slug(last),
                        random_chars(rng, HEX, 6)
                    ),
                )
            });
            let how_met = rng
                .chance(0.35)
                .then(|| own_name("how met", rng.word(HOW_MET)));
            let notes = rng
                .chance(0.1)
                .then(|| own_text("notes", rng.word(CONTACT_NOTES)));
            let mut tags = Vec::new();
            if part == Part::Recruiter {
                tags.push(own_tag("recruiter"));
            }
            if part == Part::Manager && rng.chance(0.5) {
                tags.push(own_tag("hiring-manager"));
            }
            for (word, p) in [("ex-colleague", 0.10), ("referrer", 0.05), ("alumni", 0.03)] {
                if rng.chance(p) {
                    tags.push(own_tag(word));
                }
            }
            if company.is_none() {
                for (word, p) in [("mentor", 0.07), ("friend", 0.10)] {
                    if rng.chance(p) {
                        tags.push(own_tag(word));
                    }
                }
            }
            // People are added after their company, and before now.
            let since = company.map_or(now - SPAN, |c| companies[c].row.created_at.as_second());
            DraftContact {
                row: Contact {
                    id: ContactId(0),
                    name: own_name("name", &full),
                    email,
                    phone,
                    company_id: None,
                    title,
                    linkedin,
                    how_met,
                    notes,
                    tags,
                    created_at: ts(rng.between(since, now)),
                },
                company,
                part,
            }
        })
        .collect()
}
