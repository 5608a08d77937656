//! Contact files in (LinkedIn, vCard, any CSV) and out (vCard 4): one
//! transaction per import, duplicates merged rather than doubled.

use super::today;
use crate::{App, AppError, Result};
use afterview_contacts::{
    ColumnMapping, ExportContact, Format, ImportedContact, Key, Match, OnBadRecord, Related,
    normalize_company, read_as, same_person, write_vcard4,
};
use afterview_core::contact::{Tag, parse_phone};
use afterview_core::hash::{FastMap, FastSet};
use afterview_core::network::Position;
use afterview_core::{
    CompanyId, Contact, ContactId, Email, Invalid, LongText, Name, NewCompany, NewContact, Url,
};
use afterview_store::prelude::*;
use afterview_store::{ContactFilter, ContactKey};
use serde::Serialize;

/// How to read a contacts file.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The format, when the person names it (`--format`); else detected.
    pub format: Option<String>,
    /// A column mapping for other CSVs (`--map "name=Full Name,email=E-mail"`).
    pub mapping: Option<String>,
    /// Import the good records and list the bad ones, instead of refusing
    /// the whole file.
    pub skip_bad: bool,
    /// Work everything out and report it, but change nothing.
    pub dry_run: bool,
}

/// Where an import stands, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Matching records against the people already known.
    Matching,
    /// Writing.
    Writing,
}

/// A record that went into someone already known.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Merged {
    /// The record's line in the file.
    pub line: usize,
    /// The name in the file.
    pub name: String,
    /// Who it was merged into (`None`: an earlier record of the same file).
    pub into: Option<ContactId>,
    /// Their name.
    pub into_name: String,
    /// `exact` (same email or LinkedIn address) or `likely` (a close name
    /// at the same company).
    pub how: &'static str,
    /// The fields the file filled in or changed.
    pub filled: Vec<&'static str>,
}

/// What an import did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportSummary {
    /// The file's kind: `linkedin`, `vcard` or `csv`.
    pub format: &'static str,
    /// Records read from the file.
    pub read: usize,
    /// New people.
    pub added: usize,
    /// Records merged into someone known (or into an earlier record).
    pub merged: Vec<Merged>,
    /// Companies created for people's employers.
    pub companies_added: usize,
    /// Records that could not be read (with `--skip-bad`), as "line N: why".
    pub rejected: Vec<String>,
    /// What was left out of records that were read, as "line N: why".
    pub notes: Vec<String>,
    /// Whether nothing was written.
    pub dry_run: bool,
}

/// One record turned into checked values, or why it could not be.
struct Checked {
    line: usize,
    contact: NewContact,
    company: Option<String>,
    related: Vec<Related>,
    key: Key,
}

/// Where a record ends up: someone known, or the n-th new person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Known(usize),
    New(usize),
}

fn format_named(name: &str) -> Result<Format> {
    match name.trim().to_ascii_lowercase().as_str() {
        "linkedin" => Ok(Format::LinkedIn),
        "vcard" | "vcf" => Ok(Format::VCard),
        "csv" => Ok(Format::Csv),
        other => Err(Invalid::new(
            "format",
            format!("\"{other}\" is not a contacts format; use linkedin, vcard or csv"),
        )
        .into()),
    }
}

fn format_word(format: Format) -> &'static str {
    match format {
        Format::LinkedIn => "linkedin",
        Format::VCard => "vcard",
        Format::Csv => "csv",
    }
}

/// A record's values checked as afterview checks typed ones; the message
/// names the line, the field and the fix.
fn check(c: ImportedContact, notes: &mut Vec<String>) -> std::result::Result<Checked, String> {
    let line = c.line;
    let at = |e: Invalid| format!("line {line}: {e}");
    let name = Name::parse("name", &c.name).map_err(at)?;
    // A second address or number is kept in the notes rather than lost.
    let mut extra = Vec::new();
    // The first address that is one is the email; others, and text that
    // is no address at all ("e@c"), go to the notes rather than be lost.
    let mut email = None;
    for e in &c.emails {
        match Email::parse(e) {
            Ok(parsed) if email.is_none() => email = Some(parsed),
            _ => extra.push(format!("Email: {e}")),
        }
    }
    let mut phones = c.phones.iter();
    let phone = match phones.next() {
        Some(p) => match parse_phone(p) {
            Ok(p) => Some(p),
            Err(_) => {
                extra.push(format!("Phone: {p}"));
                None
            }
        },
        None => None,
    };
    extra.extend(phones.map(|p| format!("Phone: {p}")));
    let title = c
        .title
        .as_deref()
        .map(|t| Name::parse("title", t))
        .transpose()
        .map_err(at)?;
    let linkedin = match c.linkedin.as_deref() {
        Some(u) => match Url::parse("linkedin", u) {
            Ok(u) => Some(u),
            Err(_) => {
                extra.push(format!("LinkedIn: {u}"));
                None
            }
        },
        None => None,
    };
    let mut tags = Vec::new();
    for t in &c.tags {
        match Tag::parse(t) {
            Ok(tag) if !tags.contains(&tag) => tags.push(tag),
            Ok(_) => {}
            Err(_) => notes.push(format!("line {line}: the label \"{t}\" is not a tag (one word of letters, digits or hyphens), so it was left out")),
        }
    }
    let how_met = c
        .connected_on
        .map(|d| {
            Name::parse(
                "how-met",
                &format!("LinkedIn, connected {}", d.strftime("%-d %b %Y")),
            )
        })
        .transpose()
        .map_err(at)?;
    let mut text = c.notes.clone().unwrap_or_default();
    for e in extra {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&e);
    }
    let notes_text = (!text.is_empty())
        .then(|| LongText::parse("notes", &text))
        .transpose()
        .map_err(at)?;
    let key = Key::new(
        &c.name,
        &c.emails,
        c.linkedin.as_deref(),
        c.company.as_deref(),
    );
    Ok(Checked {
        line,
        contact: NewContact {
            name,
            email,
            phone,
            company_id: None,
            title,
            linkedin,
            how_met,
            notes: notes_text,
            tags,
        },
        company: c.company,
        related: c.related,
        key,
    })
}

/// Finds people by their keys: exact by email and LinkedIn address, likely
/// by a close name at the same company (compared only within the company).
#[derive(Default)]
struct Index {
    by_email: FastMap<String, Target>,
    by_linkedin: FastMap<String, Target>,
    by_company: FastMap<String, Vec<(Target, Key)>>,
}

impl Index {
    fn add(&mut self, target: Target, key: Key) {
        for e in key.emails() {
            self.by_email.entry(e.clone()).or_insert(target);
        }
        if let Some(l) = key.linkedin() {
            self.by_linkedin.entry(l.to_owned()).or_insert(target);
        }
        if let Some(c) = key.company() {
            self.by_company
                .entry(c.to_owned())
                .or_default()
                .push((target, key));
        }
    }

    fn find(&self, key: &Key) -> Option<(Target, Match)> {
        let exact = key
            .emails()
            .iter()
            .find_map(|e| self.by_email.get(e))
            .or_else(|| key.linkedin().and_then(|l| self.by_linkedin.get(l)));
        if let Some(t) = exact {
            return Some((*t, Match::Exact));
        }
        let peers = self.by_company.get(key.company()?)?;
        peers
            .iter()
            .find(|(_, k)| same_person(k, key) != Match::No)
            .map(|(t, _)| (*t, Match::Likely))
    }
}

fn key_of(k: &ContactKey) -> Key {
    let emails: Vec<&str> = k.email.iter().map(String::as_str).collect();
    Key::new(
        &k.name,
        &emails,
        k.linkedin.as_deref(),
        k.company.as_deref(),
    )
}

/// Fills what `into` lacks from `from`; what the person typed is never
/// overwritten. Returns the fields filled.
fn fill(into: &mut NewContact, from: &NewContact) -> Vec<&'static str> {
    let mut filled = Vec::new();
    macro_rules! take {
        ($field:ident, $word:literal) => {
            if into.$field.is_none() && from.$field.is_some() {
                into.$field = from.$field.clone();
                filled.push($word);
            }
        };
    }
    take!(email, "email");
    take!(phone, "phone");
    take!(title, "title");
    take!(linkedin, "linkedin");
    take!(how_met, "how-met");
    take!(notes, "notes");
    for tag in &from.tags {
        if !into.tags.contains(tag) {
            into.tags.push(tag.clone());
            if !filled.contains(&"tags") {
                filled.push("tags");
            }
        }
    }
    filled
}

fn as_new(c: &Contact) -> NewContact {
    NewContact {
        name: c.name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        company_id: c.company_id,
        title: c.title.clone(),
        linkedin: c.linkedin.clone(),
        how_met: c.how_met.clone(),
        notes: c.notes.clone(),
        tags: c.tags.clone(),
    }
}

impl<S: Store> App<S> {
    /// Imports a contacts file in one transaction: every good record is
    /// added or merged into the person it duplicates, or nothing is.
    /// `progress` hears how far the matching and writing have got.
    pub async fn import_contacts(
        &self,
        file_name: &str,
        bytes: &[u8],
        options: &ImportOptions,
        progress: &(dyn Fn(Stage, usize, usize) + Sync),
    ) -> Result<ImportSummary> {
        let format = match &options.format {
            Some(f) => format_named(f)?,
            None => afterview_contacts::detect(file_name, bytes),
        };
        let mapping = options
            .mapping
            .as_deref()
            .map(ColumnMapping::parse)
            .transpose()
            .map_err(|e| Invalid::new("map", e.to_string()))?;
        let on_bad = if options.skip_bad {
            OnBadRecord::Skip
        } else {
            OnBadRecord::Fail
        };
        let read = read_as(format, bytes, mapping.as_ref(), on_bad).map_err(|e| {
            let hint = if options.skip_bad {
                ""
            } else {
                " (or pass --skip-bad to import the readable records and list the others)"
            };
            Invalid::new(
                "file",
                format!("{file_name}: {e}. Nothing was imported{hint}"),
            )
        })?;
        let mut summary = ImportSummary {
            format: format_word(read.format),
            read: read.contacts.len() + read.rejected.len(),
            added: 0,
            merged: Vec::new(),
            companies_added: 0,
            rejected: read.rejected.iter().map(ToString::to_string).collect(),
            notes: read.notes.iter().map(ToString::to_string).collect(),
            dry_run: options.dry_run,
        };
        let mut records = Vec::with_capacity(read.contacts.len());
        for c in read.contacts {
            match check(c, &mut summary.notes) {
                Ok(r) => records.push(r),
                Err(why) if options.skip_bad => summary.rejected.push(why),
                Err(why) => {
                    return Err(Invalid::new(
                        "file",
                        format!("{file_name}: {why}. Nothing was imported; fix the line, or pass --skip-bad to import the others"),
                    )
                    .into());
                }
            }
        }

        let now = self.now();
        let mut tx = self.store.write().await?;
        let known = tx.contact_keys().await?;
        let mut index = Index::default();
        for (i, k) in known.iter().enumerate() {
            index.add(Target::Known(i), key_of(k));
        }
        let mut companies: FastMap<String, (CompanyId, String)> = FastMap::default();
        for (id, name) in tx.company_names().await? {
            if let Some(key) = normalize_company(&name) {
                companies.entry(key).or_insert((id, name));
            }
        }

        // Match every record; a record that matches an earlier one of the
        // same file joins it.
        let mut fresh: Vec<Checked> = Vec::new();
        let mut changed: FastMap<usize, (NewContact, Option<String>, Vec<&'static str>)> =
            FastMap::default();
        let total = records.len();
        for (n, record) in records.into_iter().enumerate() {
            if n % 1024 == 0 {
                progress(Stage::Matching, n, total);
            }
            match index.find(&record.key) {
                None => {
                    index.add(Target::New(fresh.len()), record.key.clone());
                    fresh.push(record);
                }
                Some((Target::New(i), how)) => {
                    let earlier = &mut fresh[i];
                    let filled = fill(&mut earlier.contact, &record.contact);
                    if earlier.company.is_none() {
                        earlier.company = record.company.clone();
                    }
                    earlier.related.extend(record.related);
                    summary.merged.push(Merged {
                        line: record.line,
                        name: record.contact.name.to_string(),
                        into: None,
                        into_name: format!("{} (line {})", earlier.contact.name, earlier.line),
                        how: match_word(how),
                        filled,
                    });
                }
                Some((Target::Known(i), how)) => {
                    let entry = match changed.entry(i) {
                        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::hash_map::Entry::Vacant(v) => {
                            let contact = tx.contact(known[i].id).await?.ok_or_else(|| {
                                AppError::NotFound(format!(
                                    "contact {} vanished during the import",
                                    known[i].id
                                ))
                            })?;
                            v.insert((as_new(&contact), known[i].company.clone(), Vec::new()))
                        }
                    };
                    let mut filled = fill(&mut entry.0, &record.contact);
                    let moved = match (&record.company, &entry.1) {
                        (Some(new), Some(old)) => normalize_company(new) != normalize_company(old),
                        (Some(_), None) => true,
                        _ => false,
                    };
                    if moved {
                        filled.push("company");
                        entry.1 = record.company.clone();
                        if record.contact.title.is_some() {
                            entry.0.title = record.contact.title.clone();
                        }
                    }
                    for f in filled.iter().copied() {
                        if !entry.2.contains(&f) {
                            entry.2.push(f);
                        }
                    }
                    summary.merged.push(Merged {
                        line: record.line,
                        name: record.contact.name.to_string(),
                        into: Some(known[i].id),
                        into_name: known[i].name.clone(),
                        how: match_word(how),
                        filled,
                    });
                }
            }
        }
        progress(Stage::Matching, total, total);

        // Employers nobody has named yet become companies.
        let company_of = |name: &str| -> Option<Result<CompanyId, String>> {
            let key = normalize_company(name)?;
            Some(companies.get(&key).map(|(id, _)| *id).ok_or(key))
        };
        let mut missing: Vec<(String, String)> = Vec::new();
        let mut named: FastSet<String> = FastSet::default();
        for name in fresh
            .iter()
            .filter_map(|r| r.company.as_deref())
            .chain(changed.values().filter_map(|c| c.1.as_deref()))
        {
            if let Some(Err(key)) = company_of(name)
                && named.insert(key.clone())
            {
                missing.push((key, name.to_owned()));
            }
        }
        for (key, name) in &missing {
            let company = tx
                .insert_company(
                    &NewCompany {
                        name: Name::parse("company", name)?,
                        website: None,
                        notes: None,
                    },
                    now,
                )
                .await?;
            companies.insert(key.clone(), (company.id, company.name.to_string()));
        }
        summary.companies_added = missing.len();
        let id_of = |name: Option<&str>| {
            name.and_then(normalize_company)
                .and_then(|k| companies.get(&k).map(|(id, _)| *id))
        };

        // The known people who changed, with their old employer kept as a
        // past job when the file says they moved.
        progress(Stage::Writing, 0, fresh.len() + changed.len());
        let today = today(now);
        let mut changed: Vec<_> = changed.into_iter().collect();
        changed.sort_by_key(|(i, _)| *i);
        for (i, (mut new, company, filled)) in changed {
            if filled.is_empty() {
                continue;
            }
            let mut contact = tx.contact(known[i].id).await?.ok_or_else(|| {
                AppError::NotFound(format!(
                    "contact {} vanished during the import",
                    known[i].id
                ))
            })?;
            let company_id = id_of(company.as_deref());
            if filled.contains(&"company") {
                if let Some(old) = contact.company_id {
                    tx.insert_position(
                        &Position {
                            contact_id: Some(contact.id),
                            company_id: old,
                            title: contact.title.as_ref().map(ToString::to_string),
                            since: None,
                            until: Some(today),
                        },
                        now,
                    )
                    .await?;
                }
                new.company_id = company_id;
            }
            contact.email = new.email;
            contact.phone = new.phone;
            contact.company_id = new.company_id;
            contact.title = new.title;
            contact.linkedin = new.linkedin;
            contact.how_met = new.how_met;
            contact.notes = new.notes;
            contact.tags = new.tags;
            tx.update_contact(&contact).await?;
        }

        // The new people, in as few statements as the database allows.
        let related: Vec<(String, Vec<Related>)> = fresh
            .iter()
            .filter(|r| !r.related.is_empty())
            .map(|r| (r.contact.name.to_string(), r.related.clone()))
            .collect();
        let new: Vec<NewContact> = fresh
            .into_iter()
            .map(|mut r| {
                r.contact.company_id = id_of(r.company.as_deref());
                r.contact
            })
            .collect();
        summary.added = new.len();
        tx.insert_contacts(&new, now).await?;
        progress(Stage::Writing, new.len(), new.len());

        // vCard RELATED names people of the same file or known ones; those
        // found exactly once are linked.
        for (name, links) in related {
            let Some(me) = only(tx.contacts_by_name(&name).await?) else {
                continue;
            };
            for r in links {
                if let Some(other) = only(tx.contacts_by_name(&r.name).await?)
                    && other.id != me.id
                {
                    tx.link_contacts(me.id, other.id, r.how.as_deref(), now)
                        .await?;
                }
            }
        }

        if !options.dry_run {
            tx.commit().await?;
        }
        Ok(summary)
    }

    /// Every contact as vCard 4 text, with a stable UID per person.
    pub async fn export_contacts(&self) -> Result<String> {
        let mut tx = self.store.read().await?;
        let rows = tx.list_contacts(&ContactFilter::default()).await?;
        let names: FastMap<ContactId, String> = rows
            .iter()
            .map(|r| (r.contact.id, r.contact.name.to_string()))
            .collect();
        let mut knows: FastMap<ContactId, Vec<Related>> = FastMap::default();
        for (a, b, how) in tx.acquaintances().await? {
            for (me, other) in [(a, b), (b, a)] {
                if let Some(name) = names.get(&other) {
                    knows.entry(me).or_default().push(Related {
                        name: name.clone(),
                        how: how.clone(),
                    });
                }
            }
        }
        let mut cards = Vec::with_capacity(rows.len());
        for row in rows {
            let c = row.contact;
            cards.push(ExportContact {
                id: c.id.to_string(),
                name: c.name.to_string(),
                emails: c.email.iter().map(ToString::to_string).collect(),
                phones: c.phone.iter().map(ToString::to_string).collect(),
                company: row.company,
                title: c.title.map(|t| t.to_string()),
                linkedin: c.linkedin.map(|u| u.to_string()),
                notes: c.notes.map(|n| n.to_string()),
                tags: c.tags.iter().map(ToString::to_string).collect(),
                related: knows.remove(&c.id).unwrap_or_default(),
            });
        }
        tx.commit().await?;
        Ok(write_vcard4(&cards))
    }
}

fn only(mut found: Vec<Contact>) -> Option<Contact> {
    (found.len() == 1).then(|| found.remove(0))
}

fn match_word(m: Match) -> &'static str {
    match m {
        Match::Exact => "exact",
        _ => "likely",
    }
}
