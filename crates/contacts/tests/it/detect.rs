//! Telling the formats apart, and `read` choosing the right reader.

use afterview_contacts::{Format, detect, read};

use crate::fixture;

#[test]
fn every_fixture_is_detected_by_its_content() {
    let cases = [
        ("linkedin-connections.csv", Format::LinkedIn),
        ("broken-linkedin.csv", Format::LinkedIn),
        ("google-contacts.csv", Format::Csv),
        ("outlook.csv", Format::Csv),
        ("iphone-3.0.vcf", Format::VCard),
        ("android-2.1.vcf", Format::VCard),
        ("people-4.0.vcf", Format::VCard),
    ];
    for (name, format) in cases {
        // A misleading name does not fool it.
        assert_eq!(detect("export.txt", &fixture(name)), format, "{name}");
    }
}

#[test]
fn the_name_decides_when_the_content_cannot() {
    assert_eq!(detect("contacts.vcf", b""), Format::VCard);
    assert_eq!(detect("contacts.VCARD", b"\x89PNG\r\n"), Format::VCard);
    assert_eq!(detect("contacts.csv", b""), Format::Csv);
    assert_eq!(detect("contacts", b"Name,Email\n"), Format::Csv);
}

#[test]
fn read_uses_the_detected_reader() {
    let counts = [
        ("linkedin-connections.csv", 28),
        ("google-contacts.csv", 4),
        ("outlook.csv", 3),
        ("iphone-3.0.vcf", 5),
        ("android-2.1.vcf", 4),
        ("people-4.0.vcf", 4),
    ];
    for (name, count) in counts {
        let import = read(name, &fixture(name), None).unwrap();
        assert_eq!(import.contacts.len(), count, "{name}");
    }
}

#[test]
fn files_that_are_not_contacts() {
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "empty.csv",
            b"",
            "line 1: the file is empty, so there is nothing to import",
        ),
        ("blank.vcf", b"\r\n  \r\n", "line 1: the file is empty"),
        (
            "Basic_LinkedInDataExport.zip",
            b"PK\x03\x04\x14\x00",
            "line 1: this is a ZIP archive",
        ),
        (
            "photo.vcf",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "line 3: this is not a text file",
        ),
        (
            "report.csv",
            b"%PDF-1.7\n",
            "line 1: this is a PDF document",
        ),
    ];
    for (name, bytes, start) in cases {
        let error = read(name, bytes, None).unwrap_err();
        assert!(error.to_string().starts_with(start), "{name}: {error}");
    }
}
