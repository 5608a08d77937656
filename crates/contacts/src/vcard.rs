//! vCard files (`.vcf`) as phones, Google, Apple Contacts and Outlook
//! export them: versions 2.1, 3.0 and 4.0, any number of cards per file.
//!
//! The reader is written by hand (RFC 6350 for 4.0, RFC 2426 for 3.0 and
//! the 2.1 specification) rather than on `calcard`, which the calendar
//! crate uses for .ics. calcard decodes well (folding, quoted-printable
//! with soft breaks, charsets, escapes, groups), but a trial run on the
//! cases this reader must report showed what an import cannot do without:
//! it gives no line numbers, so neither [`ImportedContact::line`] nor an
//! error's line could be filled in; it accepts a card with `BEGIN:VCARD`
//! and no `END:VCARD` as complete, so a cut-short file would import
//! silently; and it keeps a broken quoted-printable value such as
//! `Ab=ZZc` as literal text instead of refusing it. It also brings chrono,
//! chrono-tz and mail-parser into the crate. Checking for those cases
//! around calcard would mean a second parser, so this one is the only one:
//! `vcard/lines.rs` unfolds lines and cuts cards, `vcard/value.rs` decodes
//! values, and this module maps properties to an [`ImportedContact`].
//! calcard still serves the tests, as an independent reader of what
//! [`write_vcard4`](crate::write_vcard4) writes.
//!
//! Only the properties a contact uses are decoded, so a damaged ADR or
//! PHOTO never costs the user a card; a damaged FN, EMAIL or NOTE does,
//! with a message naming its line. Mapping: `FN`, else `N` as "Given
//! Family", else the first `EMAIL` is the name; `EMAIL` and `TEL` in order
//! of preference (`PREF=1`, `TYPE=pref`); the first `ORG` component is the
//! company; `TITLE`; a `URL` on linkedin.com, or an `X-SOCIALPROFILE` of
//! type linkedin, is the LinkedIn profile; `RELATED` (text values; URIs
//! such as `urn:uuid:` name nobody and are passed over) and Apple's
//! `X-ABRELATEDNAMES` with its `X-ABLabel`; `CATEGORIES`; every `NOTE`.

mod lines;
mod value;

use crate::contact::{notes_text, one_line, one_line_opt, push_unique, same_email, same_text};
use crate::import::Collector;
use crate::text::prepare;
use crate::{Format, Import, ImportError, ImportedContact, OnBadRecord, Related};
use lines::{Card, Property};
use value::{components, text, unescape};

/// Reads every card of a vCard file.
///
/// Fails on the first card that cannot be read (see
/// [`crate::read_lenient`] to set bad cards aside instead).
pub fn read_vcards(bytes: &[u8]) -> Result<Vec<ImportedContact>, ImportError> {
    read_vcard_file(bytes, OnBadRecord::Fail).map(|import| import.contacts)
}

/// Reads every card under the given policy for bad cards.
pub(crate) fn read_vcard_file(bytes: &[u8], on_bad: OnBadRecord) -> Result<Import, ImportError> {
    let prepared = prepare(bytes)?;
    let mut collector = Collector::new(Format::VCard, on_bad);
    lines::cards(&prepared.bytes, |card| {
        collector.record(card.and_then(|card| contact(&card, prepared.was_utf16)))
    })?;
    Ok(collector.finish())
}

/// The properties [`contact`] reads; the reader skips every other one
/// without decoding it.
pub(crate) const READ: [&str; 13] = [
    "FN",
    "N",
    "EMAIL",
    "TEL",
    "ORG",
    "TITLE",
    "URL",
    "X-SOCIALPROFILE",
    "RELATED",
    "X-ABRELATEDNAMES",
    "X-ABLABEL",
    "CATEGORIES",
    "NOTE",
];

/// The rank of a preferred value: `PREF=1` (4.0) or `TYPE=pref` (2.1,
/// 3.0) first, then the order of the file.
fn preference(property: &Property<'_>) -> u8 {
    if let Some(pref) = property.param("PREF").find_map(|p| p.parse::<u8>().ok()) {
        return pref.min(100);
    }
    if property.has("TYPE", "pref") { 1 } else { 101 }
}

/// One card as a contact.
fn contact(card: &Card<'_>, was_utf16: bool) -> Result<ImportedContact, ImportError> {
    let text = |p: &Property<'_>| text(p, was_utf16);
    // Apple labels a grouped property with an X-ABLabel in the same group.
    let label = |group: &str| {
        card.properties
            .iter()
            .find(|p| p.name == "X-ABLABEL" && p.group.as_deref() == Some(group))
    };
    let mut formatted = None;
    let mut structured = None;
    let mut emails = Vec::new();
    let mut phones = Vec::new();
    let mut notes = Vec::new();
    let mut contact = ImportedContact {
        line: card.line,
        ..ImportedContact::default()
    };
    for property in &card.properties {
        match property.name.as_str() {
            "FN" if formatted.is_none() => formatted = one_line_opt(&unescape(text(property)?)),
            "N" if structured.is_none() => {
                let parts = components(&text(property)?, ';');
                let family = parts.first().map_or("", String::as_str);
                let given = parts.get(1).map_or("", String::as_str);
                structured = one_line_opt(&format!("{given} {family}"));
            }
            "EMAIL" => {
                let email = unescape(text(property)?);
                let email = strip_prefix_ignore_case(email.trim(), "mailto:");
                emails.push((preference(property), email.to_owned()));
            }
            "TEL" => {
                let phone = unescape(text(property)?);
                let phone = strip_prefix_ignore_case(phone.trim(), "tel:");
                phones.push((preference(property), phone.to_owned()));
            }
            "ORG" if contact.company.is_none() => {
                let parts = components(&text(property)?, ';');
                contact.company = parts.first().and_then(|c| one_line_opt(c));
            }
            "TITLE" if contact.title.is_none() => {
                contact.title = one_line_opt(&unescape(text(property)?));
            }
            "URL" if contact.linkedin.is_none() => {
                let url = unescape(text(property)?);
                if is_linkedin(&url) {
                    contact.linkedin = Some(url.trim().to_owned());
                }
            }
            "X-SOCIALPROFILE" if contact.linkedin.is_none() => {
                contact.linkedin = social_linkedin(property, &unescape(text(property)?));
            }
            "RELATED" => {
                let name = one_line(&unescape(text(property)?));
                let name = strip_prefix_ignore_case(&name, "mailto:");
                let is_uri = ["urn:", "http:", "https:", "tel:"]
                    .iter()
                    .any(|scheme| strip_prefix_ignore_case(name, scheme).len() < name.len());
                if !name.is_empty() && !is_uri {
                    let types: Vec<&str> = property.param("TYPE").collect();
                    contact.related.push(Related {
                        name: name.to_owned(),
                        how: (!types.is_empty()).then(|| types.join(",")),
                    });
                }
            }
            "X-ABRELATEDNAMES" => {
                let name = one_line(&unescape(text(property)?));
                let how = match property.group.as_deref().and_then(label) {
                    Some(label) => apple_label(&unescape(text(label)?)),
                    None => None,
                };
                if !name.is_empty() {
                    contact.related.push(Related { name, how });
                }
            }
            "CATEGORIES" => {
                for tag in components(&text(property)?, ',') {
                    push_unique(&mut contact.tags, &one_line(&tag), same_text);
                }
            }
            "NOTE" => notes.push(unescape(text(property)?)),
            _ => {}
        }
    }
    emails.sort_by_key(|(rank, _)| *rank);
    for (_, email) in &emails {
        push_unique(&mut contact.emails, email, same_email);
    }
    phones.sort_by_key(|(rank, _)| *rank);
    for (_, phone) in &phones {
        push_unique(&mut contact.phones, phone, same_text);
    }
    contact.notes = notes_text(&notes.join("\n\n"));
    contact.name = match formatted
        .or(structured)
        .or_else(|| contact.emails.first().cloned())
    {
        Some(name) => name,
        None => {
            return Err(ImportError::new(
                card.line,
                "this card has no FN or N, so it has no name (and no EMAIL to use instead): \
                 add a line such as `FN:Jane Doe` after BEGIN:VCARD",
            ));
        }
    };
    Ok(contact)
}

/// Whether a URL is a LinkedIn one (any country's subdomain).
fn is_linkedin(url: &str) -> bool {
    url.to_ascii_lowercase().contains("linkedin.com/")
}

/// The LinkedIn profile in an `X-SOCIALPROFILE`, whose value Apple writes
/// as a URL and whose `x-user` names the profile when it does not.
fn social_linkedin(property: &Property<'_>, value: &str) -> Option<String> {
    let value = value.trim();
    if is_linkedin(value) {
        return Some(value.to_owned());
    }
    if !property.has("TYPE", "linkedin") {
        return None;
    }
    let user = property.param("X-USER").next().unwrap_or(value).trim();
    let is_handle = !user.is_empty() && !user.contains([':', '/', ' ']);
    is_handle.then(|| format!("https://www.linkedin.com/in/{user}"))
}

/// Apple's label for a related name: `_$!<Manager>!$_` is a built-in
/// label, written in lower case here like vCard 4.0's types; anything else
/// is the user's own.
fn apple_label(label: &str) -> Option<String> {
    let label = label.trim();
    let label = match label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
    {
        Some(builtin) => builtin.to_lowercase(),
        None => label.to_owned(),
    };
    (!label.is_empty()).then_some(label)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> &'a str {
    match text.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) => &text[prefix.len()..],
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> ImportedContact {
        let mut contacts = read_vcards(text.as_bytes()).unwrap();
        assert_eq!(contacts.len(), 1);
        contacts.remove(0)
    }

    #[test]
    fn name_falls_back_from_fn_to_n_to_email() {
        let c = one("BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;;\nEMAIL:jane@x.org\nEND:VCARD\n");
        assert_eq!(c.name, "Jane Doe");
        let c = one("BEGIN:VCARD\nVERSION:3.0\nEMAIL:jane@x.org\nEND:VCARD\n");
        assert_eq!(c.name, "jane@x.org");
    }

    #[test]
    fn preferred_email_comes_first_and_duplicates_go() {
        let c = one(
            "BEGIN:VCARD\nFN:J\nEMAIL:a@x.org\nEMAIL;PREF=1:b@x.org\nEMAIL;TYPE=INTERNET,pref:B@X.org\nEND:VCARD\n",
        );
        assert_eq!(c.emails, ["b@x.org", "a@x.org"]);
    }

    #[test]
    fn social_profiles_and_apple_related_names() {
        let c = one(concat!(
            "BEGIN:VCARD\nFN:J\n",
            "X-SOCIALPROFILE;type=linkedin;x-user=jdoe:x-apple:jdoe\n",
            "item2.X-ABRELATEDNAMES:Bob Smith\nitem2.X-ABLabel:_$!<Manager>!$_\n",
            "RELATED;VALUE=uri:urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6\n",
            "END:VCARD\n"
        ));
        assert_eq!(
            c.linkedin.as_deref(),
            Some("https://www.linkedin.com/in/jdoe")
        );
        assert_eq!(
            c.related,
            [Related {
                name: "Bob Smith".to_owned(),
                how: Some("manager".to_owned())
            }]
        );
    }
}
