//! Any other contacts CSV (Google Contacts, Outlook, a CRM, a spreadsheet),
//! read through a [`ColumnMapping`].
//!
//! The delimiter is the one the header row uses most among `,`, `;` and
//! tab, since a spreadsheet in a European locale saves with `;`; Excel's
//! `sep=;` first line is honoured too. Rows that are entirely empty (a
//! spreadsheet's trailing rows) are passed over; a row with values but no
//! name and no email is an error, since the user can fix it.

use crate::contact::{notes_text, one_line, one_line_opt, push_unique, same_email, same_text};
use crate::import::Collector;
use crate::mapping::{Field, squash};
use crate::table::Table;
use crate::text::{prepare, utf8};
use crate::{ColumnMapping, Format, Import, ImportError, ImportedContact, OnBadRecord};

/// Reads a contacts CSV whose header row names the columns in `mapping`.
///
/// Fails on the first row that cannot be read (see [`crate::read_lenient`]
/// to set bad rows aside instead). Use [`ColumnMapping::guess`] for a
/// mapping from the headers, or [`crate::read`], which guesses when given
/// none.
pub fn read_csv(
    bytes: &[u8],
    mapping: &ColumnMapping,
) -> Result<Vec<ImportedContact>, ImportError> {
    read_generic(bytes, Some(mapping), OnBadRecord::Fail).map(|import| import.contacts)
}

/// Reads a contacts CSV with `mapping`, or a mapping guessed from its
/// headers, under the given policy for bad rows.
pub(crate) fn read_generic(
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
    on_bad: OnBadRecord,
) -> Result<Import, ImportError> {
    let prepared = prepare(bytes)?;
    let mut text = utf8(&prepared.bytes)?;
    let mut first_line = 1;
    let mut delimiter = None;
    // Excel's hint line, `sep=;`, names the delimiter and is not the header.
    if let Some(rest) = text
        .strip_prefix("sep=")
        .or_else(|| text.strip_prefix("SEP="))
    {
        let (hint, after) = rest.split_once('\n').unwrap_or((rest, ""));
        if let [d] = hint.trim_end_matches('\r').as_bytes() {
            delimiter = Some(*d);
            text = after;
            first_line = 2;
        }
    }
    let delimiter = delimiter.unwrap_or_else(|| guess_delimiter(text));
    let mut table = Table::open(text, first_line, delimiter)?;
    let guessed;
    let mapping = match mapping {
        Some(mapping) => mapping,
        None => {
            guessed = ColumnMapping::guess(&table.headers)
                .map_err(|e| ImportError::new(table.header_line, e.message))?;
            &guessed
        }
    };
    let columns = resolve(&table, mapping)?;
    let mut collector = Collector::new(Format::Csv, on_bad);
    while let Some(row) = table.next_row() {
        let record = row.and_then(|line| contact(line, table.row(), &columns, &table.headers));
        match record {
            Ok(None) => {}
            Ok(Some(contact)) => collector.record(Ok(contact))?,
            Err(error) => collector.record(Err(error))?,
        }
    }
    Ok(collector.finish())
}

/// A mapped column: its field, its index, and whether its header says
/// LinkedIn (so any value in it counts, not only linkedin.com ones).
struct Column {
    field: Field,
    index: usize,
    says_linkedin: bool,
}

/// Finds every mapped header in the table, or names the one that is not
/// there.
fn resolve(table: &Table<'_>, mapping: &ColumnMapping) -> Result<Vec<Column>, ImportError> {
    if !mapping.can_name() {
        return Err(ImportError::new(
            table.header_line,
            "the column mapping names no column for the name: add name=COLUMN \
             (or first_name=COLUMN,last_name=COLUMN, or at least email=COLUMN)",
        ));
    }
    mapping
        .columns()
        .iter()
        .map(|(field, header)| match table.column(header) {
            Some(index) => Ok(Column {
                field: *field,
                index,
                says_linkedin: squash(header).contains("linkedin"),
            }),
            None => Err(ImportError::new(
                table.header_line,
                format!(
                    "the column \"{header}\" (mapped to {field}) is not in this file; \
                     its columns are {}",
                    table.header_list()
                ),
            )),
        })
        .collect()
}

/// One row as a contact; `None` for a row with nothing in it.
fn contact(
    line: usize,
    row: &csv::StringRecord,
    columns: &[Column],
    headers: &[String],
) -> Result<Option<ImportedContact>, ImportError> {
    if row.iter().all(str::is_empty) {
        return Ok(None);
    }
    let values = |field: Field| {
        columns
            .iter()
            .filter(move |c| c.field == field)
            .filter_map(|c| row.get(c.index).map(|v| (c, v)))
            .filter(|(_, v)| !v.is_empty())
    };
    let first = |field: Field| values(field).map(|(_, v)| v).next();
    let mut contact = ImportedContact {
        line,
        ..ImportedContact::default()
    };
    for (_, value) in values(Field::Email) {
        for email in split_many(value, &[":::", ";"]) {
            push_unique(
                &mut contact.emails,
                email.trim_start_matches("mailto:"),
                same_email,
            );
        }
    }
    for (_, value) in values(Field::Phone) {
        for phone in split_many(value, &[":::"]) {
            push_unique(&mut contact.phones, phone, same_text);
        }
    }
    for (_, value) in values(Field::Tags) {
        for tag in split_many(value, &[":::", ";", ","]) {
            // Google's groups: "* myContacts" holds everyone; "* starred"
            // and the like are real groups without the marker.
            let tag = tag.trim().trim_start_matches("* ");
            if !tag.eq_ignore_ascii_case("myContacts") {
                push_unique(&mut contact.tags, tag, same_text);
            }
        }
    }
    let notes: Vec<&str> = values(Field::Notes).map(|(_, v)| v).collect();
    contact.notes = notes_text(&notes.join("\n\n"));
    contact.company = first(Field::Company).and_then(one_line_opt);
    contact.title = first(Field::Title).and_then(one_line_opt);
    contact.linkedin = values(Field::Linkedin)
        .find(|(c, v)| c.says_linkedin || v.to_ascii_lowercase().contains("linkedin.com"))
        .map(|(_, v)| v.to_owned());
    contact.name = first(Field::Name).map(one_line).unwrap_or_default();
    if contact.name.is_empty() {
        contact.name = one_line(&format!(
            "{} {}",
            first(Field::FirstName).unwrap_or(""),
            first(Field::LastName).unwrap_or("")
        ));
    }
    if contact.name.is_empty() {
        contact.name = contact.emails.first().cloned().unwrap_or_default();
    }
    if contact.name.is_empty() {
        let named: Vec<String> = columns
            .iter()
            .filter(|c| {
                matches!(
                    c.field,
                    Field::Name | Field::FirstName | Field::LastName | Field::Email
                )
            })
            .map(|c| headers[c.index].clone())
            .collect();
        return Err(ImportError::new(
            line,
            format!(
                "this row has no name and no email (in {}): fill in a name or delete the row",
                crate::table::quoted_list(&named)
            ),
        ));
    }
    Ok(Some(contact))
}

/// Splits a cell that holds several values.
fn split_many<'a>(value: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = vec![value];
    for separator in separators {
        parts = parts.iter().flat_map(|p| p.split(separator)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The delimiter the header row uses most, outside quotes; a comma when
/// none is used.
fn guess_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_headers_own() {
        assert_eq!(guess_delimiter("Name;E-mail;\"a,b,c\"\n1,2,3,4"), b';');
        assert_eq!(guess_delimiter("Name\tE-mail\n"), b'\t');
        assert_eq!(guess_delimiter("Name\n"), b',');
        assert_eq!(guess_delimiter("A,B;C\n"), b',');
    }

    #[test]
    fn excel_sep_line_is_not_the_header() {
        let import = read_generic(
            b"sep=;\r\nName;Email\r\nJane Doe;jane@example.com\r\n",
            None,
            OnBadRecord::Fail,
        )
        .unwrap();
        assert_eq!(import.contacts[0].name, "Jane Doe");
        assert_eq!(import.contacts[0].line, 3);
        assert_eq!(import.contacts[0].emails, ["jane@example.com"]);
    }

    #[test]
    fn several_values_in_one_cell() {
        assert_eq!(split_many(" a ::: b;c ", &[":::", ";"]), ["a", "b", "c"]);
    }
}
