//! vCard files as phones and address books write them, in every version,
//! and broken ones, each with the message that names its line.

use afterview_contacts::{Format, Related, read, read_lenient, read_vcards};

use crate::{fixture, render, render_import};

#[test]
fn an_iphone_export() {
    let contacts = read_vcards(&fixture("iphone-3.0.vcf")).unwrap();
    assert_eq!(contacts.len(), 5);
    let jane = &contacts[0];
    assert_eq!(jane.line, 1);
    assert_eq!(jane.emails, ["jane.doe@acme.example", "jane@doe.example"]);
    assert_eq!(jane.phones, ["+1 (415) 555-0132", "+1 415 555 0100"]);
    assert_eq!(jane.company.as_deref(), Some("Acme, Inc."));
    assert_eq!(
        jane.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/jane-doe-4b1a2c/")
    );
    assert_eq!(
        jane.related,
        [Related {
            name: "Bob Smith".into(),
            how: Some("manager".into())
        }]
    );
    // The folded note is one text again, with its escaped newline.
    assert_eq!(
        jane.notes.as_deref(),
        Some(
            "Met at RustConf 2023 in Albuquerque, after her talk on incremental builds. She is \
             hiring for the platform team in Q3; asked me to send my résumé and the link to the \
             compiler-plugin project.\nFollow up: coffee in SF, week of the 12th."
        )
    );
    // The second card starts after the first one's many photo lines.
    assert!(contacts[1].line > 30);
    assert_eq!(
        contacts[1].linkedin.as_deref(),
        Some("http://www.linkedin.com/in/juergen-mueller-8a7b6c")
    );
    assert_eq!(
        contacts[2].name, "Initech",
        "a company card is named by its FN"
    );
    assert_eq!(
        contacts[3].emails,
        ["siobhan.obrien@example.ie", "s.obrien@globex.example"],
        "the same address in another case is written once"
    );
    insta::assert_snapshot!(render(&contacts));
}

#[test]
fn an_old_android_export_in_quoted_printable() {
    let contacts = read_vcards(&fixture("android-2.1.vcf")).unwrap();
    assert_eq!(contacts.len(), 4);
    let jurgen = &contacts[0];
    assert_eq!(
        jurgen.name, "Jürgen Müller",
        "a soft break inside a character"
    );
    assert_eq!(jurgen.company.as_deref(), Some("Müller, Schmidt & Co. KG"));
    assert_eq!(jurgen.title.as_deref(), Some("Geschäftsführer"));
    assert_eq!(jurgen.phones, ["+491701234567", "+49301234567"]);
    assert_eq!(
        jurgen.notes.as_deref(),
        Some(
            "Kennengelernt auf der Rust-Konferenz in Berlin. Sprach über offene Stellen im \
             Plattform-Team.\r\nNächster Schritt: Lebenslauf schicken."
                .replace("\r\n", "\n")
                .as_str()
        )
    );
    assert_eq!(contacts[1].name, "李伟");
    assert_eq!(contacts[1].line, 30, "the photo's blank line still counts");
    assert_eq!(
        contacts[2].linkedin.as_deref(),
        Some("http://www.linkedin.com/in/bobsmith")
    );
    assert_eq!(contacts[3].name, "François Lefèvre", "CHARSET=ISO-8859-1");
    assert_eq!(contacts[3].company.as_deref(), Some("Société Générale"));
    insta::assert_snapshot!(render(&contacts));
}

#[test]
fn a_vcard_4_file_with_related_and_categories() {
    let contacts = read_vcards(&fixture("people-4.0.vcf")).unwrap();
    assert_eq!(contacts.len(), 4);
    let priya = &contacts[0];
    assert_eq!(
        priya.emails,
        ["priya.raman@initech.example", "priya@raman.example"],
        "PREF=1 first"
    );
    assert_eq!(
        priya.phones,
        ["+1-555-555-0142"],
        "the tel: URI is a number"
    );
    assert_eq!(
        priya.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/priyaraman")
    );
    assert_eq!(priya.tags, ["Referrals", "Data science", "Interviewers"]);
    assert_eq!(
        priya.related,
        [
            Related {
                name: "Peter Gibbons".into(),
                how: Some("colleague".into())
            },
            Related {
                name: "Michael Bolton".into(),
                how: Some("co-worker,crush".into())
            },
        ],
        "a urn:uuid reference names nobody and is passed over"
    );
    assert_eq!(contacts[1].name, "Chinwe Okafor", "N when there is no FN");
    assert_eq!(
        contacts[2].name, "recruiting@globex.example",
        "the email when there is no name"
    );
    assert_eq!(contacts[2].tags, ["Recruiters"]);
    let ana = &contacts[3];
    assert_eq!(ana.name, "Lee, Ana");
    assert_eq!(ana.company.as_deref(), Some("Weaviate, Inc."));
    assert_eq!(ana.tags, ["Recruiters", "Sales, EMEA"]);
    assert_eq!(
        ana.notes.as_deref(),
        Some("Two lines:\nsecond with a backslash \\ and a colon: here.")
    );
    insta::assert_snapshot!(render(&contacts));
}

#[test]
fn a_card_without_end_before_the_next_card() {
    let error = read_vcards(&fixture("broken-no-end.vcf")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 6: this card has no END:VCARD before the next card begins at line 10: \
         add END:VCARD after the card's last line"
    );
    let import = read_lenient("broken-no-end.vcf", &fixture("broken-no-end.vcf"), None).unwrap();
    let names: Vec<&str> = import.contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Jane Doe", "Ana Lee"]);
    assert_eq!(import.rejected.len(), 1);
}

#[test]
fn a_quoted_printable_sequence_that_is_not_hex() {
    let error = read_vcards(&fixture("broken-qp.vcf")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 4: the quoted-printable FN value has \"=XY\", but \"=\" must be followed by two \
         hexadecimal digits (like =C3=A9): the file is damaged; export the contacts again, \
         or retype the value without ENCODING=QUOTED-PRINTABLE"
    );
}

#[test]
fn a_card_with_no_name() {
    let error = read_vcards(&fixture("broken-no-name.vcf")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 5: this card has no FN or N, so it has no name (and no EMAIL to use instead): \
         add a line such as `FN:Jane Doe` after BEGIN:VCARD"
    );
    let import = read_lenient("x.vcf", &fixture("broken-no-name.vcf"), None).unwrap();
    assert_eq!(
        render_import(&import)
            .lines()
            .filter(|l| l.starts_with("line"))
            .count(),
        2
    );
    assert_eq!(import.rejected[0].line, 5);
}

#[test]
fn a_file_cut_short() {
    let error = read_vcards(&fixture("broken-truncated.vcf")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 5: this card has BEGIN:VCARD but no END:VCARD, so the file may be cut short: \
         export the contacts again, or add END:VCARD after the card's last line"
    );
    let import = read_lenient("x.vcf", &fixture("broken-truncated.vcf"), None).unwrap();
    assert_eq!(import.contacts.len(), 1);
    assert_eq!(import.format, Format::VCard);
}

#[test]
fn stray_lines_and_ends() {
    let text = "BEGIN:VCARD\nFN:A\nEND:VCARD\nsome junk\nmore junk\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n";
    let import = read_lenient("x.vcf", text.as_bytes(), None).unwrap();
    let errors: Vec<String> = import.rejected.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "line 4: this line is outside any card (a card runs from BEGIN:VCARD to END:VCARD): \
             delete it, or put it inside its card",
            "line 6: END:VCARD with no BEGIN:VCARD before it: delete this line, or add \
             BEGIN:VCARD where the card starts",
        ]
    );
    assert_eq!(import.contacts.len(), 2);
}

#[test]
fn a_latin1_file_names_the_line_of_the_first_bad_value() {
    let text = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fran\xE7ois Lef\xE8vre\r\nEND:VCARD\r\n";
    let error = read_vcards(text).unwrap_err();
    assert_eq!(error.line, 3);
    assert!(
        error
            .message
            .starts_with("the FN value is not UTF-8 text: the byte 0xE7 after \"Fran\""),
        "{error}"
    );
    assert!(error.message.contains("CHARSET=ISO-8859-1"));
}

#[test]
fn a_damaged_property_that_no_field_uses_costs_nothing() {
    let text = "BEGIN:VCARD\nVERSION:2.1\nFN:Jane\nADR;ENCODING=QUOTED-PRINTABLE:=ZZ\nEND:VCARD\n";
    assert_eq!(read_vcards(text.as_bytes()).unwrap()[0].name, "Jane");
}

#[test]
fn an_unknown_charset_and_a_base64_name_are_refused() {
    let text = "BEGIN:VCARD\nFN;CHARSET=SHIFT_JIS:x\nEND:VCARD\n";
    let error = read_vcards(text.as_bytes()).unwrap_err();
    assert_eq!(error.line, 2);
    assert!(error.message.contains("character set SHIFT-JIS"), "{error}");
    let text = "BEGIN:VCARD\nFN;ENCODING=b:SmFuZQ==\nEND:VCARD\n";
    assert!(
        read_vcards(text.as_bytes())
            .unwrap_err()
            .message
            .contains("base64")
    );
}

#[test]
fn a_text_file_that_is_not_a_vcard() {
    let error = read("notes.vcf", b"Jane Doe, jane@acme.example\n", None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 1: this is not a vCard file: it has no BEGIN:VCARD line; export the contacts \
         again as vCard (.vcf), or import the file as a CSV"
    );
}

#[test]
fn a_vcard_2_1_agent_card_is_skipped_whole() {
    let text = "BEGIN:VCARD\nVERSION:2.1\nFN:Jane\nAGENT:\nBEGIN:VCARD\nFN:Assistant\nEND:VCARD\nTEL:1\nEND:VCARD\n";
    let contacts = read_vcards(text.as_bytes()).unwrap();
    assert_eq!(contacts.len(), 1);
    assert_eq!(contacts[0].phones, ["1"]);
}

#[test]
fn utf16_files_from_windows_are_read() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Nováková\r\nEND:VCARD\r\n";
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(
        read("x.vcf", &bytes, None).unwrap().contacts[0].name,
        "Zoë Nováková"
    );
}
