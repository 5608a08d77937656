//! The vCard 4.0 writer: what it writes, how it folds and escapes, and
//! that both this crate's reader and calcard, an independent parser, read
//! back the same contacts.

use afterview_contacts::{ExportContact, ImportedContact, Related, read_vcards, write_vcard4};
use calcard::vcard::{VCardEntry, VCardProperty, VCardValue};
use calcard::{Entry, Parser};
use proptest::prelude::*;

fn jane() -> ExportContact {
    ExportContact {
        id: "42".into(),
        name: "Jane Q. Doe".into(),
        emails: vec![
            "jane@acme.example".into(),
            "JANE@acme.example".into(),
            "jane@doe.example".into(),
        ],
        phones: vec!["+1 415 555 0132".into()],
        company: Some("Acme, Inc.; Platform".into()),
        title: Some("Engineering Manager".into()),
        linkedin: Some("https://www.linkedin.com/in/jane-doe-4b1a2c".into()),
        notes: Some(
            "Met at RustConf, 2023, after her talk on incremental builds.\r\n\
             Asked for my résumé; C:\\path stays."
                .into(),
        ),
        tags: vec!["Referrals".into(), "Hiring, Q3".into(), "Referrals".into()],
        related: vec![
            Related {
                name: "Bob Smith".into(),
                how: Some("colleague".into()),
            },
            Related {
                name: "Dee Fox".into(),
                how: Some("former manager, \"the\" best".into()),
            },
            Related {
                name: "Sam".into(),
                how: None,
            },
        ],
    }
}

#[test]
fn the_written_file_as_a_person_reads_it() {
    let minimal = ExportContact {
        id: "7".into(),
        name: "Madonna".into(),
        ..ExportContact::default()
    };
    let out = write_vcard4(&[jane(), minimal]);
    assert!(out.ends_with("\r\n"));
    assert!(
        !out.replace("\r\n", "").contains(['\r', '\n']),
        "every line ends in CRLF and no other line break is left"
    );
    insta::assert_snapshot!(out.replace("\r\n", "\n"));
}

#[test]
fn folds_at_exactly_75_octets_without_splitting_characters() {
    let contact = ExportContact {
        id: "1".into(),
        // Two-, three- and four-octet characters, so folds fall everywhere.
        name: "é".repeat(36) + &"漢".repeat(30) + &"🦀".repeat(30),
        ..ExportContact::default()
    };
    let out = write_vcard4(std::slice::from_ref(&contact));
    let fn_line = out.split("\r\n").find(|l| l.starts_with("FN:")).unwrap();
    assert_eq!(
        fn_line.len(),
        75,
        "FN: and 36 two-octet characters fill the line exactly"
    );
    let mut continuations = 0;
    for line in out.as_bytes().split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(
            std::str::from_utf8(line).is_ok(),
            "a fold split a character"
        );
        if line.starts_with(b" ") {
            continuations += 1;
        }
    }
    assert!(continuations >= 4);
    assert_eq!(read_vcards(out.as_bytes()).unwrap()[0].name, contact.name);
}

#[test]
fn escapes_and_uid() {
    let contact = ExportContact {
        id: "a b/7".into(),
        name: "Doe, Jane; \\ Jr".into(),
        notes: Some("one\ntwo, three".into()),
        tags: vec!["a,b".into()],
        ..ExportContact::default()
    };
    let out = write_vcard4(&[contact]);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert!(lines.contains(&"UID:afterview:contact:a%20b/7"));
    assert!(lines.contains(&"FN:Doe\\, Jane\\; \\\\ Jr"));
    assert!(lines.contains(&"N:Jr;Doe\\, Jane\\; \\\\;;;"));
    assert!(lines.contains(&"NOTE:one\\ntwo\\, three"));
    assert!(lines.contains(&"CATEGORIES:a\\,b"));
}

#[test]
fn the_same_ids_give_the_same_file() {
    assert_eq!(write_vcard4(&[jane()]), write_vcard4(&[jane()]));
}

/// The text of a calcard entry's values, components joined by `;`.
fn values(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .map(|v| match v {
            VCardValue::Text(text) => text.clone(),
            VCardValue::Component(parts) => parts.join(";"),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn calcard_reads_what_was_written() {
    let out = write_vcard4(&[jane()]);
    let mut parser = Parser::new(&out);
    let Entry::VCard(card) = parser.entry() else {
        panic!("calcard did not read a card");
    };
    let find = |name: VCardProperty| -> Vec<Vec<String>> {
        card.entries
            .iter()
            .filter(|e| e.name == name)
            .map(values)
            .collect()
    };
    assert_eq!(find(VCardProperty::Fn), [["Jane Q. Doe"]]);
    assert_eq!(
        find(VCardProperty::Email),
        [["jane@acme.example"], ["jane@doe.example"]]
    );
    assert_eq!(find(VCardProperty::Org), [["Acme, Inc.; Platform"]]);
    assert_eq!(
        find(VCardProperty::Note),
        [[
            "Met at RustConf, 2023, after her talk on incremental builds.\nAsked for my résumé; C:\\path stays."
        ]]
    );
    assert_eq!(
        find(VCardProperty::Categories),
        [["Referrals", "Hiring, Q3"]]
    );
    assert_eq!(find(VCardProperty::Related).len(), 3);
    assert!(matches!(parser.entry(), Entry::Eof));
}

#[test]
fn this_crate_reads_what_was_written() {
    let read = read_vcards(write_vcard4(&[jane()]).as_bytes()).unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0], expected(&jane(), 1));
}

/// What reading back a written contact must give: the contact with the
/// reader's normalisation (trimmed notes with LF line ends, no repeats).
fn expected(contact: &ExportContact, line: usize) -> ImportedContact {
    let mut emails: Vec<String> = Vec::new();
    for e in &contact.emails {
        if !emails.iter().any(|x| x.eq_ignore_ascii_case(e)) {
            emails.push(e.clone());
        }
    }
    let mut phones: Vec<String> = Vec::new();
    for p in &contact.phones {
        if !phones.contains(p) {
            phones.push(p.clone());
        }
    }
    let mut tags: Vec<String> = Vec::new();
    for t in &contact.tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let notes = contact
        .notes
        .as_ref()
        .map(|n| n.replace("\r\n", "\n").trim().to_owned())
        .filter(|n| !n.is_empty());
    ImportedContact {
        line,
        name: contact.name.clone(),
        emails,
        phones,
        company: contact.company.clone(),
        title: contact.title.clone(),
        linkedin: contact.linkedin.clone(),
        connected_on: None,
        notes,
        tags,
        related: contact.related.clone(),
    }
}

/// Text on one line: words of any script, punctuation included, single
/// spaces between them, as the reader leaves names.
fn words() -> impl Strategy<Value = String> {
    prop::collection::vec("[^\\s\\p{C}]{1,8}", 1..4).prop_map(|w| w.join(" "))
}

fn contact() -> impl Strategy<Value = ExportContact> {
    let email = "[a-zA-Z0-9._+-]{1,10}@[a-z0-9-]{1,10}\\.[a-z]{2,4}";
    let phone = "\\+?[0-9][0-9 ()-]{0,12}[0-9]";
    let note = prop::collection::vec("[^\\p{C}]{0,30}", 1..5).prop_map(|l| l.join("\n"));
    let related =
        (words(), prop::option::of(words())).prop_map(|(name, how)| Related { name, how });
    (
        ("[0-9a-z-]{1,12}", words()),
        prop::collection::vec(email, 0..4),
        prop::collection::vec(phone, 0..3),
        (prop::option::of(words()), prop::option::of(words())),
        prop::option::of("https://www\\.linkedin\\.com/in/[a-z0-9-]{3,20}/?"),
        prop::option::of(note),
        prop::collection::vec(words(), 0..4),
        prop::collection::vec(related, 0..3),
    )
        .prop_map(
            |((id, name), emails, phones, (company, title), linkedin, notes, tags, related)| {
                ExportContact {
                    id,
                    name,
                    emails,
                    phones,
                    company,
                    title,
                    linkedin,
                    notes,
                    tags,
                    related,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn reading_back_what_was_written_gives_the_same_contacts(
        contacts in prop::collection::vec(contact(), 1..4)
    ) {
        let written = write_vcard4(&contacts);
        let read = read_vcards(written.as_bytes()).unwrap();
        prop_assert_eq!(read.len(), contacts.len());
        for (got, sent) in read.iter().zip(&contacts) {
            prop_assert_eq!(got, &expected(sent, got.line));
        }
        for line in written.split("\r\n") {
            prop_assert!(line.len() <= 75);
        }
    }
}
