//! No input makes a reader panic: arbitrary bytes, and the fixtures cut
//! and damaged at random places, each give contacts or an error.

use afterview_contacts::{ColumnMapping, Format, OnBadRecord, read_as};
use proptest::prelude::*;

use crate::fixture;

const FORMATS: [Format; 3] = [Format::LinkedIn, Format::Csv, Format::VCard];

/// Reads `bytes` in every format, both strictly and leniently; errors
/// must point at a line of the file.
fn read_every_way(bytes: &[u8]) {
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    let mapping = ColumnMapping::parse("name=Name,email=Email").unwrap();
    for format in FORMATS {
        for on_bad in [OnBadRecord::Fail, OnBadRecord::Skip] {
            for mapping in [None, Some(&mapping)] {
                match read_as(format, bytes, mapping, on_bad) {
                    Ok(import) => {
                        for error in &import.rejected {
                            assert!(error.line >= 1 && error.line <= lines, "{error}");
                        }
                        for contact in &import.contacts {
                            assert!(!contact.name.is_empty());
                        }
                    }
                    Err(error) => assert!(error.line >= 1 && error.line <= lines.max(1), "{error}"),
                }
            }
        }
    }
}

const FIXTURES: [&str; 7] = [
    "linkedin-connections.csv",
    "google-contacts.csv",
    "outlook.csv",
    "iphone-3.0.vcf",
    "android-2.1.vcf",
    "people-4.0.vcf",
    "broken-no-end.vcf",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        read_every_way(&bytes);
    }

    #[test]
    fn arbitrary_text_with_the_formats_punctuation(
        text in "(BEGIN:VCARD|END:VCARD|FN:|N:|RELATED:|ORG:|X-SOCIALPROFILE;TYPE=linkedin:|EMAIL;PREF=|;|,|=|=C3|\"|\\\\|\r\n|\n| |[a-zé]{1,5}|\\PC{1,3}|ENCODING=QUOTED-PRINTABLE:|First Name,Last Name,Connected On\n){0,40}"
    ) {
        read_every_way(text.as_bytes());
    }

    #[test]
    fn fixtures_cut_and_damaged(
        which in 0..FIXTURES.len(),
        cut in any::<prop::sample::Index>(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
    ) {
        let mut bytes = fixture(FIXTURES[which]);
        for (at, byte) in damage {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        read_every_way(&bytes);
    }
}
