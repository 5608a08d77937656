//! Contacts in and out for afterview: LinkedIn's `Connections.csv`, other
//! contact CSVs (Google Contacts, Outlook) and vCard files in, vCard 4.0
//! out, and the rule that tells whether two contacts are one person.
//!
//! The crate is pure: bytes in, values out. It reads no file and touches
//! no database; `afterview contact import FILE` reads the file, calls
//! [`read`] (or [`read_lenient`] for `--skip-bad`), matches each
//! [`ImportedContact`] against the stored ones with [`same_person`], and
//! writes the result in one transaction. `contact export --vcard` maps the
//! stored contacts to [`ExportContact`]s and calls [`write_vcard4`].
//!
//! Every reader gives the same [`ImportedContact`], with the line it
//! starts on. A record that cannot be read is an [`ImportError`] naming its
//! line, what is wrong and how to fix it; by default the first one fails
//! the import, so nothing is half-imported by surprise. A file that is not
//! a contacts file at all (empty, binary, a ZIP, not UTF-8) always fails,
//! with a message that says what it is.
//!
//! ```
//! let file = b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Doe\r\nEND:VCARD\r\n";
//! let import = afterview_contacts::read("jane.vcf", file, None)?;
//! assert_eq!(import.contacts[0].name, "Jane Doe");
//! # Ok::<(), afterview_contacts::ImportError>(())
//! ```

mod contact;
mod dedupe;
mod detect;
mod error;
mod export;
mod generic;
mod import;
mod linkedin;
mod mapping;
mod table;
mod text;
mod vcard;

pub use contact::{ImportedContact, Related};
pub use dedupe::{
    Key, Match, NAME_SIMILARITY, fold_accents, normalize_company, normalize_email,
    normalize_linkedin, normalize_name, same_person,
};
pub use detect::{Format, detect};
pub use error::{ImportError, MappingError};
pub use export::{ExportContact, write_vcard4};
pub use generic::read_csv;
pub use import::{Import, Note, OnBadRecord};
pub use linkedin::read_linkedin_csv;
pub use mapping::{ColumnMapping, Field};
pub use vcard::read_vcards;

/// Reads a contacts file whose format [`detect()`] tells from its name and
/// content, failing on the first record that cannot be read.
///
/// `mapping` is for CSV files other than LinkedIn's: without one, it is
/// guessed from the headers ([`ColumnMapping::guess`]). LinkedIn's file has
/// fixed columns and vCards have no columns, so both ignore it; to read a
/// LinkedIn file through a mapping anyway, call [`read_as`] with
/// [`Format::Csv`].
pub fn read(
    file_name: &str,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
) -> Result<Import, ImportError> {
    read_as(detect(file_name, bytes), bytes, mapping, OnBadRecord::Fail)
}

/// Like [`read`], but a record that cannot be read is set aside in
/// [`Import::rejected`] and the others are read on (`--skip-bad`).
///
/// A problem with the whole file (empty, not text, not UTF-8, no LinkedIn
/// header, no card, a mapping that names a missing column) still fails.
pub fn read_lenient(
    file_name: &str,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
) -> Result<Import, ImportError> {
    read_as(detect(file_name, bytes), bytes, mapping, OnBadRecord::Skip)
}

/// Reads a contacts file in the given format, for when the user names the
/// format (`--format`) instead of letting [`detect()`] choose.
pub fn read_as(
    format: Format,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
    on_bad: OnBadRecord,
) -> Result<Import, ImportError> {
    match format {
        Format::LinkedIn => linkedin::read_linkedin(bytes, on_bad),
        Format::Csv => generic::read_generic(bytes, mapping, on_bad),
        Format::VCard => vcard::read_vcard_file(bytes, on_bad),
    }
}
