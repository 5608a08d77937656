//! Makes the companies: unique names in one of the regions, a domain, a creation date.

use super::applications::DraftApp;
use super::rng::{MINUTE, Rng, SPAN, own_name, own_text, own_url, slug, ts};
use super::words::{COMPANY_NOTES, NAME_ENDINGS, NAME_SYLLABLES, NAME_WORDS, REGIONS};
use afterview_core::{Company, CompanyId};
use std::collections::HashSet;

/// A company as it is being made, with what later tables need to know about it.
pub(super) struct DraftCompany {
    pub(super) row: Company,
    pub(super) region: usize,
    /// Index into the region's offices.
    pub(super) office: usize,
    /// The web domain, also used for work email addresses.
    pub(super) domain: String,
    /// How many applications it attracts, relatively: big names get more.
    pub(super) weight: u64,
}

/// A coined word of two or three syllables, such as "Zenvora".
fn coined(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut word: String = (0..n).map(|_| *rng.pick(NAME_SYLLABLES)).collect();
    if let Some(first) = word.get(..1) {
        word.replace_range(..1, &first.to_ascii_uppercase());
    }
    word
}

pub(super) fn make_companies(n: usize, rng: &mut Rng) -> Vec<DraftCompany> {
    let mut taken: HashSet<String> = HashSet::with_capacity(n);
    let region_weights: Vec<u32> = REGIONS.iter().map(|r| r.weight).collect();
    (0..n)
        .map(|i| {
            let mut company_name = String::new();
            for _ in 0..20 {
                company_name = match rng.below(20) {
                    0..=10 => format!("{} {}", rng.pick(NAME_WORDS), rng.pick(NAME_ENDINGS)),
                    11..=16 => format!("{} {}", coined(rng), rng.pick(NAME_ENDINGS)),
                    _ => coined(rng),
                };
                if !taken.contains(&company_name.to_lowercase()) {
                    break;
                }
            }
            // After twenty clashes the name space is nearly used up; the
            // company's own position makes the name unique, since no other
            // generated name ends in that number.
            if taken.contains(&company_name.to_lowercase()) {
                company_name = format!("{company_name} {}", i + 1);
            }
            taken.insert(company_name.to_lowercase());
            let region_index = rng.weighted(&region_weights);
            let region = &REGIONS[region_index];
            let domain = format!("{}.{}", slug(&company_name), rng.pick(region.tlds));
            let website = rng
                .chance(0.85)
                .then(|| own_url("website", &format!("https://{domain}")));
            let notes = rng
                .chance(0.15)
                .then(|| own_text("notes", rng.word(COMPANY_NOTES)));
            let weight = [1, 2, 4, 10][rng.weighted(&[60, 25, 10, 5])];
            DraftCompany {
                row: Company {
                    id: CompanyId(0),
                    name: own_name("company", &company_name),
                    website,
                    notes,
                    created_at: ts(0),
                },
                region: region_index,
                office: rng.below(region.offices.len()),
                domain,
                weight,
            }
        })
        .collect()
}

/// Dates each company just before its first application, or anywhere in
/// the span when it has none (it was added for a contact).
pub(super) fn date_companies(
    companies: &mut [DraftCompany],
    apps: &[DraftApp],
    rng: &mut Rng,
    now: i64,
) {
    let mut first = vec![i64::MAX; companies.len()];
    for app in apps {
        first[app.company] = first[app.company].min(app.times[0]);
    }
    for (company, first) in companies.iter_mut().zip(first) {
        let at = if first == i64::MAX {
            rng.between(now - SPAN, now)
        } else {
            first - rng.between(0, 30 * MINUTE)
        };
        company.row.created_at = ts(at);
    }
}
