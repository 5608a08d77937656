//! Other contact CSVs: Google Contacts and Outlook as they export, a
//! user's own mapping, and the errors a person can fix.

use afterview_contacts::{ColumnMapping, Field, Format, read, read_csv, read_lenient};

use crate::{fixture, render, render_import};

#[test]
fn a_google_contacts_export() {
    let import = read("contacts.csv", &fixture("google-contacts.csv"), None).unwrap();
    assert_eq!(import.format, Format::Csv);
    let contacts = &import.contacts;
    // Five rows; the last is empty and passed over.
    assert_eq!(contacts.len(), 4);
    let jane = &contacts[0];
    assert_eq!(jane.emails, ["jane.doe@acme.example", "jane@doe.example"]);
    assert_eq!(
        jane.tags,
        ["Recruiters", "starred"],
        "Google's groups, without myContacts"
    );
    assert_eq!(
        jane.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/jane-doe-4b1a2c")
    );
    assert_eq!(
        jane.notes.as_deref(),
        Some("Met at RustConf.\nWants the compiler-plugin link.")
    );
    assert_eq!(contacts[1].line, 4, "the note above spans two lines");
    assert_eq!(
        contacts[1].name, "Siobhán O'Brien",
        "given and family name when Name is empty"
    );
    assert_eq!(
        contacts[1].linkedin, None,
        "a blog is not a LinkedIn profile"
    );
    assert_eq!(
        contacts[2].phones,
        ["+86 10 5555 0100", "+86 138 0013 8000"]
    );
    assert_eq!(contacts[3].name, "talent@initech.example");
    insta::assert_snapshot!(render(contacts));
}

#[test]
fn the_mapping_guessed_for_google_and_outlook() {
    let headers = |name: &str| {
        let text = String::from_utf8(fixture(name)).unwrap();
        let first = text.lines().next().unwrap().to_owned();
        first
            .split(',')
            .map(|h| h.trim_matches('"').to_owned())
            .collect::<Vec<_>>()
    };
    let google = ColumnMapping::guess(&headers("google-contacts.csv")).unwrap();
    assert_eq!(
        google.to_string(),
        "name=Name,first_name=Given Name,last_name=Family Name,email=E-mail 1 - Value,\
         email=E-mail 2 - Value,phone=Phone 1 - Value,phone=Phone 2 - Value,\
         company=Organization 1 - Name,title=Organization 1 - Title,\
         linkedin=Website 1 - Value,notes=Notes,tags=Group Membership"
    );
    let outlook = ColumnMapping::guess(&headers("outlook.csv")).unwrap();
    assert_eq!(
        outlook.to_string(),
        "first_name=First Name,last_name=Last Name,email=E-mail Address,\
         email=E-mail 2 Address,email=E-mail 3 Address,phone=Business Phone,\
         phone=Business Phone 2,phone=Car Phone,phone=Home Phone,phone=Home Phone 2,\
         phone=Mobile Phone,phone=Other Phone,phone=Primary Phone,phone=Radio Phone,\
         phone=TTY/TDD Phone,company=Company,title=Job Title,linkedin=Web Page,notes=Notes,\
         tags=Categories"
    );
}

#[test]
fn an_outlook_export() {
    let contacts = read_csv(
        &fixture("outlook.csv"),
        &ColumnMapping::guess(&["First Name", "Last Name"])
            .unwrap()
            .with(Field::Email, "E-mail Address"),
    )
    .unwrap();
    assert_eq!(
        contacts[0].name, "Priya Raman",
        "Outlook's Title is Ms, not the job"
    );
    assert_eq!(contacts[0].emails, ["priya.raman@initech.example"]);
    let import = read("contacts.csv", &fixture("outlook.csv"), None).unwrap();
    let priya = &import.contacts[0];
    assert_eq!(priya.title.as_deref(), Some("Staff Data Scientist"));
    assert_eq!(
        priya.phones,
        ["+1 (512) 555-0142", "+1 (512) 555-0143"],
        "the assistant's and the company's numbers are not hers"
    );
    assert_eq!(priya.tags, ["Referrals", "Interviewers"]);
    assert_eq!(
        priya.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/priyaraman/")
    );
    let jurgen = &import.contacts[1];
    assert_eq!(
        jurgen.emails,
        ["j.mueller@mueller-schmidt.example", "juergen@example.de"]
    );
    assert_eq!(
        jurgen.linkedin, None,
        "a company website is not a LinkedIn profile"
    );
    insta::assert_snapshot!(render(&import.contacts));
}

#[test]
fn a_users_own_mapping_with_a_semicolon_csv() {
    let file = "Full Name;Mail;Firm;Stichwörter\r\nRenée Dupont;renee@example.fr;\"Dupont; Fils\";a, b\r\n";
    let mapping =
        ColumnMapping::parse("name=Full Name,email=Mail,company=Firm,tags=Stichwörter").unwrap();
    let contacts = read_csv(file.as_bytes(), &mapping).unwrap();
    assert_eq!(contacts[0].name, "Renée Dupont");
    assert_eq!(contacts[0].company.as_deref(), Some("Dupont; Fils"));
    assert_eq!(contacts[0].tags, ["a", "b"]);
}

#[test]
fn a_mapping_that_names_a_missing_column() {
    let mapping = ColumnMapping::parse("name=Full Name,email=E-mail").unwrap();
    let error = read_csv(b"Full Name,Email\nJane,j@x.org\n", &mapping).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 1: the column \"E-mail\" (mapped to email) is not in this file; \
         its columns are \"Full Name\", \"Email\""
    );
}

#[test]
fn guessing_refuses_without_a_name_column_and_lists_the_headers() {
    let error = read("leads.csv", b"Lead,Mail,Phone\nJane,j@x.org,1\n", None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 1: cannot tell which column holds the name; the columns are \"Lead\", \"Mail\", \
         \"Phone\": say which with --map name=COLUMN (or first_name=COLUMN,last_name=COLUMN)"
    );
    let mapping = ColumnMapping::parse("name=Lead").unwrap();
    let import = read(
        "leads.csv",
        b"Lead,Mail,Phone\nJane,j@x.org,1\n",
        Some(&mapping),
    )
    .unwrap();
    assert_eq!(import.contacts[0].name, "Jane");
}

#[test]
fn a_row_with_no_name_and_no_email() {
    let error = read("contacts.csv", &fixture("broken-google.csv"), None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "line 4: this row has no name and no email (in \"Name\", \"Given Name\", \"Family Name\", \
         \"E-mail 1 - Value\", \"E-mail 2 - Value\"): fill in a name or delete the row"
    );
    let import = read_lenient("contacts.csv", &fixture("broken-google.csv"), None).unwrap();
    assert_eq!(import.contacts.len(), 2);
    insta::assert_snapshot!(render_import(&import));
}

#[test]
fn an_outlook_export_in_windows_1252() {
    let error = read("contacts.csv", &fixture("broken-outlook.csv"), None).unwrap_err();
    assert_eq!(error.line, 3);
    assert_eq!(
        error.message,
        "the file is not UTF-8 text: the byte 0xFC after \"\"Mr.\",\"J\" cannot be read \
         (the file was probably saved as Latin-1 or Windows-1252); save it again as UTF-8 \
         (in Excel: Save As, \"CSV UTF-8\") and import it again"
    );
}

#[test]
fn a_ragged_row() {
    let file = "Name,Email\nJane,jane@x.org\nBob,bob@x.org,extra\n";
    let error = read("c.csv", file.as_bytes(), None).unwrap_err();
    assert_eq!(error.line, 3);
    assert!(
        error
            .message
            .starts_with("this row has 3 fields but the header has 2")
    );
    let import = read_lenient("c.csv", file.as_bytes(), None).unwrap();
    assert_eq!(import.contacts.len(), 1);
    assert_eq!(import.rejected[0].line, 3);
}
