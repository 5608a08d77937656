//! A realistic, large job search made up on demand, for benchmarks and for
//! trying afterview at scale.
//!
//! Nobody's real job search can ship with the code, yet the questions that
//! matter at scale (how long does listing take with ten thousand
//! applications? does the agenda stay readable with thirty thousand
//! interviews?) need data that looks real: companies with believable names,
//! applications that went through a plausible lifecycle, interviews in office
//! hours with people from the right company on the other side. [`generate`]
//! makes such a job search as one [`Backup`], a pure function of a [`Size`], a
//! seed and "now": the same inputs always give the same rows, nothing reads
//! the clock or the disk, and every value passes the core types' checks, so
//! the result passes [`Backup::check`] and restores into an empty store on
//! either backend with `BackupPort::restore`.
//!
//! ```
//! use afterview_app::generate::{Size, generate};
//!
//! let now: jiff::Timestamp = "2026-11-25T10:00:00Z".parse()?;
//! let backup = generate(&Size::SMALL, 42, now);
//! assert_eq!(backup.applications.len(), Size::SMALL.applications);
//! backup.check()?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Ids run from 1 in creation order in every table, as a store would have
//! assigned them. Instants are whole seconds within about two years before
//! `now`; only scheduled interviews lie after it, within the next two weeks.

mod applications;
mod assemble;
mod companies;
mod contacts;
mod follow;
mod interviews;
mod network;
mod people;
mod practice;
mod rng;
mod words;

#[cfg(test)]
mod tests;

use afterview_core::backup::Backup;
use afterview_core::time::whole_seconds;
use applications::make_applications;
use assemble::assemble;
use companies::{date_companies, make_companies};
use contacts::make_contacts;
use interviews::make_interviews;
use jiff::Timestamp;
use rng::Rng;

/// How much to make: the number of rows in each of the main tables.
///
/// The counts are met exactly, with two exceptions that follow from the
/// data model: applications need a company, so there are none without
/// companies, and interviews need an application that reached the
/// interviewing stage, so there are none without applications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Companies.
    pub companies: usize,
    /// Applications, spread over the companies.
    pub applications: usize,
    /// Interview rounds, spread over the applications that reached interviewing.
    pub interviews: usize,
    /// Contacts, about 60% of them at one of the companies.
    pub contacts: usize,
}

impl Size {
    /// A search far beyond any one person's, for benchmarks.
    pub const LARGE: Size = Size {
        companies: 2_000,
        applications: 10_000,
        interviews: 30_000,
        contacts: 50_000,
    };

    /// A busy but human-sized search, for tests and demonstrations.
    pub const SMALL: Size = Size {
        companies: 20,
        applications: 60,
        interviews: 120,
        contacts: 200,
    };
}

/// Makes a job search of `size`, the same for the same `seed` and `now`.
///
/// Everything happened in the two years before `now` (whole seconds), except
/// interviews still to come, which are scheduled within two weeks after it.
pub fn generate(size: &Size, seed: u64, now: Timestamp) -> Backup {
    let now = whole_seconds(now).as_second();
    // Each part draws from its own stream, so that changing how one table is
    // made leaves the others as they were.
    let mut companies = make_companies(size.companies, &mut Rng::new(seed, 1));
    let apps = make_applications(size, &companies, &mut Rng::new(seed, 2), now);
    date_companies(&mut companies, &apps, &mut Rng::new(seed, 3), now);
    let mut contacts = make_contacts(
        size.contacts,
        &companies,
        &apps,
        &mut Rng::new(seed, 4),
        now,
    );
    let interviews = make_interviews(
        &apps,
        &companies,
        &mut contacts,
        &mut Rng::new(seed, 5),
        now,
    );
    let mut backup = assemble(companies, apps, contacts, interviews);
    follow::follow_through(&mut backup, &mut Rng::new(seed, 6), now);
    network::network(&mut backup, &mut Rng::new(seed, 8), now);
    practice::practice(&mut backup, &mut Rng::new(seed, 7), now);
    backup
}
