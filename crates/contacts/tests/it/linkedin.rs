//! LinkedIn's Connections.csv: the real export's shape, its quirks, and a
//! hand-edited file that breaks.

use afterview_contacts::{Format, OnBadRecord, read, read_as, read_linkedin_csv};
use jiff::civil::date;

use crate::{fixture, render_import};

#[test]
fn the_export_reads_every_named_connection() {
    let contacts = read_linkedin_csv(&fixture("linkedin-connections.csv")).unwrap();
    // 30 rows, two of them members who hide their names.
    assert_eq!(contacts.len(), 28);
    let jane = &contacts[0];
    assert_eq!(jane.line, 5, "the preamble and header take lines 1 to 4");
    assert_eq!(jane.name, "Jane Doe");
    assert_eq!(jane.company.as_deref(), Some("Acme"));
    assert_eq!(jane.title.as_deref(), Some("Engineering Manager"));
    assert_eq!(
        jane.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/jane-doe-4b1a2c")
    );
    assert_eq!(jane.connected_on, Some(date(2024, 3, 12)));
    assert!(jane.emails.is_empty());
    let with_email = contacts.iter().filter(|c| !c.emails.is_empty()).count();
    assert_eq!(with_email, 4, "most connections hide their email");
}

#[test]
fn quoted_commas_quotes_accents_and_apostrophes() {
    let contacts = read_linkedin_csv(&fixture("linkedin-connections.csv")).unwrap();
    let by_name = |name: &str| contacts.iter().find(|c| c.name == name).unwrap();
    assert_eq!(
        by_name("Jürgen Müller").company.as_deref(),
        Some("Müller, Schmidt & Co. KG")
    );
    assert_eq!(
        by_name("Siobhán O'Brien").title.as_deref(),
        Some("VP, Engineering")
    );
    assert_eq!(
        by_name("Priya Raman, PhD").company.as_deref(),
        Some("Initech")
    );
    assert_eq!(
        by_name("Zoë Nováková").title.as_deref(),
        Some("Head of \"Special\" Projects")
    );
    assert_eq!(by_name("Mary-Kate O'Connor-Smith").company, None);
    assert_eq!(by_name("D'Arcy Lemaire").line, 34);
}

#[test]
fn the_export_as_a_person_reads_it() {
    let import = read(
        "Connections.csv",
        &fixture("linkedin-connections.csv"),
        None,
    )
    .unwrap();
    assert_eq!(import.format, Format::LinkedIn);
    insta::assert_snapshot!(render_import(&import));
}

#[test]
fn nameless_rows_are_notes_not_errors() {
    let import = read(
        "Connections.csv",
        &fixture("linkedin-connections.csv"),
        None,
    )
    .unwrap();
    let lines: Vec<usize> = import.notes.iter().map(|n| n.line).collect();
    assert_eq!(lines, [10, 22]);
    assert!(
        import.notes[0]
            .message
            .starts_with("skipped a connection with no name")
    );
    assert!(import.rejected.is_empty());
}

#[test]
fn crlf_and_no_bom_read_the_same() {
    let original = fixture("linkedin-connections.csv");
    let text = String::from_utf8(original.clone()).unwrap();
    let crlf = text.trim_start_matches('\u{FEFF}').replace('\n', "\r\n");
    let a = read_linkedin_csv(&original).unwrap();
    let b = read_linkedin_csv(crlf.as_bytes()).unwrap();
    assert_eq!(a, b, "same contacts, same line numbers");
}

#[test]
fn an_older_export_without_preamble_or_url_and_with_old_dates() {
    let file = "First Name,Last Name,Email Address,Company,Position,Connected On\n\
                Jane,Doe,jane@acme.example,Acme,CTO,12-Mar-19\n\
                Bob,Smith,,Initech,,someday\n";
    let import = read("Connections.csv", file.as_bytes(), None).unwrap();
    assert_eq!(import.contacts[0].connected_on, Some(date(2019, 3, 12)));
    assert_eq!(import.contacts[0].emails, ["jane@acme.example"]);
    assert_eq!(import.contacts[1].connected_on, None);
    assert_eq!(
        import.notes[0].to_string(),
        "line 3: could not read \"someday\" in Connected On as a date like 12 Mar 2024, \
         so Bob Smith was imported without it"
    );
}

#[test]
fn a_ragged_row_fails_with_its_line_and_the_fix() {
    let error = read_linkedin_csv(&fixture("broken-linkedin.csv")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 9: this row has 8 fields but the header has 7: a value with a comma in it needs \
         double quotes around it, and a double quote that opens a value must close it; \
         fix or delete the row"
    );
}

#[test]
fn lenient_mode_keeps_the_good_rows() {
    let import = read_as(
        Format::LinkedIn,
        &fixture("broken-linkedin.csv"),
        None,
        OnBadRecord::Skip,
    )
    .unwrap();
    // Eight rows: one ragged, one without a name.
    assert_eq!(import.contacts.len(), 6);
    assert_eq!(import.rejected.len(), 1);
    assert_eq!(import.rejected[0].line, 9);
    assert_eq!(import.notes.len(), 1);
}

#[test]
fn a_csv_that_is_not_linkedins_says_so() {
    let error = read_linkedin_csv(b"Name,E-mail\nJane,jane@x.org\n").unwrap_err();
    assert_eq!(error.line, 1);
    assert!(
        error
            .message
            .starts_with("this is not LinkedIn's Connections.csv: its header line"),
        "{error}"
    );
}

#[test]
fn a_file_resaved_as_latin1_names_the_line() {
    let file = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                 Jane,Doe,,,Acme,CTO,12 Mar 2024\n\
                 Ren\xE9e,Dupont,,,Soci\xE9t\xE9,CTO,12 Mar 2024\n";
    let error = read_linkedin_csv(file).unwrap_err();
    assert_eq!(error.line, 3);
    assert!(error.message.contains("0xE9 after \"Ren\""), "{error}");
}
