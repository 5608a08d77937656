//! LinkedIn's `Connections.csv`, the file in "Get a copy of your data".
//!
//! The file is not a plain CSV: it opens with a preamble, `Notes:` and a
//! quoted paragraph saying that email addresses are hidden unless the
//! connection allows them, then an empty line, and only then the header
//! `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
//! The reader finds that header wherever it is, reads the columns by name
//! (older exports lack `URL`), and takes dates as LinkedIn writes them
//! today (`12 Mar 2024`) and as it and spreadsheets have written them
//! (`12-Mar-24`, `2024-03-12`, `3/12/2024`).
//!
//! LinkedIn leaves both names empty for members who limit who sees them;
//! such rows are skipped with a [`Note`](crate::Note), since the user can
//! do nothing to fix them.

use jiff::civil::Date;

use crate::contact::{one_line, one_line_opt, push_unique, same_email};
use crate::import::Collector;
use crate::table::Table;
use crate::text::{prepare, utf8};
use crate::{Format, Import, ImportError, ImportedContact, OnBadRecord};

/// The header LinkedIn writes today, quoted in messages.
const HEADER: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";

/// Reads LinkedIn's `Connections.csv`.
///
/// Fails on the first row that cannot be read; rows without a name are
/// left out, and a date that cannot be read is dropped (see [`crate::read`]
/// for the notes that say so, and for a lenient mode).
pub fn read_linkedin_csv(bytes: &[u8]) -> Result<Vec<ImportedContact>, ImportError> {
    read_linkedin(bytes, OnBadRecord::Fail).map(|import| import.contacts)
}

/// Whether `line` is LinkedIn's connections header: it names the first
/// name, last name and "Connected On" columns, which no other common
/// export has together.
pub(crate) fn is_linkedin_header(line: &str) -> bool {
    let mut first = false;
    let mut last = false;
    let mut connected = false;
    for field in line.split(',') {
        let field = field
            .trim_matches(|c: char| c.is_whitespace() || c == '"' || c == '\u{FEFF}')
            .to_ascii_lowercase();
        match field.as_str() {
            "first name" => first = true,
            "last name" => last = true,
            "connected on" => connected = true,
            _ => {}
        }
    }
    first && last && connected
}

/// Reads LinkedIn's `Connections.csv` under the given policy for bad rows.
pub(crate) fn read_linkedin(bytes: &[u8], on_bad: OnBadRecord) -> Result<Import, ImportError> {
    let prepared = prepare(bytes)?;
    let text = utf8(&prepared.bytes)?;
    let Some((offset, header_line)) = find_header(text) else {
        return Err(ImportError::new(
            1,
            format!(
                "this is not LinkedIn's Connections.csv: its header line \"{HEADER}\" is missing; \
                 export your connections again from LinkedIn (Settings, Data privacy, \
                 Get a copy of your data), or import the file as an ordinary CSV"
            ),
        ));
    };
    let mut table = Table::open(&text[offset..], header_line, b',')?;
    let column = |name: &str| table.column(name);
    let columns = Columns {
        first: column("First Name"),
        last: column("Last Name"),
        url: column("URL").or_else(|| column("Profile URL")),
        email: column("Email Address"),
        company: column("Company"),
        position: column("Position"),
        connected: column("Connected On"),
    };
    let mut collector = Collector::new(Format::LinkedIn, on_bad);
    while let Some(row) = table.next_row() {
        let row = match row {
            Ok(line) => contact(line, table.row(), &columns, &mut collector),
            Err(error) => Some(Err(error)),
        };
        if let Some(record) = row {
            collector.record(record)?;
        }
    }
    Ok(collector.finish())
}

/// Where each of LinkedIn's columns is, when the file has it.
struct Columns {
    first: Option<usize>,
    last: Option<usize>,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected: Option<usize>,
}

/// The byte offset and 1-based line of the header line.
fn find_header(text: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if is_linkedin_header(line) {
            return Some((offset, index + 1));
        }
        offset += line.len();
    }
    None
}

/// One row as a contact; `None` for a row left out with a note.
fn contact(
    line: usize,
    row: &csv::StringRecord,
    columns: &Columns,
    collector: &mut Collector,
) -> Option<Result<ImportedContact, ImportError>> {
    let field = |index: Option<usize>| index.and_then(|i| row.get(i)).unwrap_or("");
    let name = one_line(&format!("{} {}", field(columns.first), field(columns.last)));
    if name.is_empty() {
        collector.note(
            line,
            "skipped a connection with no name: LinkedIn leaves the name out \
             for members who limit who can see it",
        );
        return None;
    }
    let mut emails = Vec::new();
    push_unique(&mut emails, field(columns.email), same_email);
    let connected = field(columns.connected);
    let connected_on = parse_date(connected);
    if connected_on.is_none() && !connected.is_empty() {
        collector.note(
            line,
            format!(
                "could not read \"{connected}\" in Connected On as a date like 12 Mar 2024, \
                 so {name} was imported without it"
            ),
        );
    }
    let url = field(columns.url);
    Some(Ok(ImportedContact {
        line,
        name,
        emails,
        company: one_line_opt(field(columns.company)),
        title: one_line_opt(field(columns.position)),
        linkedin: (!url.is_empty()).then(|| url.to_owned()),
        connected_on,
        ..ImportedContact::default()
    }))
}

/// Reads a date as LinkedIn and spreadsheets write it: `12 Mar 2024`,
/// `12-Mar-24`, `Mar 12, 2024`, `2024-03-12`, `3/12/2024` (month first, as
/// LinkedIn's English export does, unless the first number cannot be a
/// month). Two-digit years are in this century: LinkedIn began in 2003.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text
        .split([' ', '-', '/', ',', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    let (year, month, day) = match (month(a), month(b)) {
        (None, Some(m)) => (year(c)?, m, number(a)?),
        (Some(m), None) => (year(c)?, m, number(b)?),
        (None, None) if a.len() == 4 => (year(a)?, number(b)?, number(c)?),
        (None, None) => {
            let (x, y) = (number(a)?, number(b)?);
            if x > 12 {
                (year(c)?, y, x)
            } else {
                (year(c)?, x, y)
            }
        }
        (Some(_), Some(_)) => return None,
    };
    Date::new(year, month, day).ok()
}

/// A one- or two-digit day or month.
fn number(text: &str) -> Option<i8> {
    (text.len() <= 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A four-digit year, or a two-digit one in this century.
fn year(text: &str) -> Option<i16> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: i16 = text.parse().ok()?;
    match text.len() {
        4 => Some(value),
        2 => Some(2000 + value),
        _ => None,
    }
}

/// An English month name, abbreviated (`Mar`, `Sept`) or in full.
fn month(text: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let text = text.to_ascii_lowercase();
    if text.len() < 3 || !text.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let index = MONTHS.iter().position(|m| m.starts_with(&text))?;
    i8::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Option<Date> {
        Some(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn dates_in_the_forms_linkedin_has_written() {
        assert_eq!(parse_date("12 Mar 2024"), date(2024, 3, 12));
        assert_eq!(parse_date("05 Sept 2023"), date(2023, 9, 5));
        assert_eq!(parse_date("12-Mar-24"), date(2024, 3, 12));
        assert_eq!(parse_date("March 12, 2024"), date(2024, 3, 12));
        assert_eq!(parse_date("2024-03-12"), date(2024, 3, 12));
        assert_eq!(parse_date("3/12/2024"), date(2024, 3, 12));
        assert_eq!(parse_date("25/12/2024"), date(2024, 12, 25));
    }

    #[test]
    fn not_dates() {
        for text in [
            "",
            "31 Feb 2024",
            "12 Mär 2024",
            "yesterday",
            "12 Ma 2024",
            "1 2 3 4",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn the_header_is_known_by_its_columns() {
        assert!(is_linkedin_header(HEADER));
        assert!(is_linkedin_header(
            "\"First Name\",\"Last Name\",\"Email Address\",\"Company\",\"Position\",\"Connected On\"\r\n"
        ));
        assert!(!is_linkedin_header(
            "First Name,Last Name,E-mail Address,Company,Job Title"
        ));
    }
}
