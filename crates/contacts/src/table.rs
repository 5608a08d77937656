//! CSV rows with the file's own line numbers, shared by the LinkedIn and
//! the generic CSV readers.
//!
//! The `csv` crate does the quoting; this module adds what an import needs
//! on top: rows numbered as the user's editor numbers them (LinkedIn's
//! preamble comes before the part handed to `csv`), headers found by name
//! whatever their case, and a ragged row turned into a message that says
//! how to fix it.

use csv::{ErrorKind, ReaderBuilder, StringRecord, Trim};

use crate::ImportError;

/// A CSV table whose rows are read one at a time.
pub(crate) struct Table<'a> {
    /// The header row's names, trimmed.
    pub(crate) headers: Vec<String>,
    /// The 1-based line of the header row in the whole file.
    pub(crate) header_line: usize,
    reader: csv::Reader<&'a [u8]>,
    row: StringRecord,
    text: &'a str,
    /// Line numbers are counted from the bytes, not taken from `csv`, which
    /// reports a CRLF file's rows one line early; counting resumes where
    /// the last row was found, so the whole file is scanned once.
    counted_to: usize,
    newlines_before: usize,
}

impl<'a> Table<'a> {
    /// Opens the table in `text`, whose first line is line `first_line` of
    /// the file, with its header row on that line.
    pub(crate) fn open(
        text: &'a str,
        first_line: usize,
        delimiter: u8,
    ) -> Result<Self, ImportError> {
        let mut reader = ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(true)
            .flexible(false)
            .trim(Trim::All)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|error| csv_error(&error, first_line))?
            .iter()
            .map(|h| {
                h.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}')
                    .to_owned()
            })
            .collect();
        Ok(Self {
            headers,
            header_line: first_line,
            reader,
            row: StringRecord::new(),
            text,
            counted_to: 0,
            newlines_before: 0,
        })
    }

    /// The 1-based line in the file of the record that `csv` says starts
    /// at byte `at`, which may point at the line end before it.
    fn line_of(&mut self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut start = at.min(bytes.len());
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start < self.counted_to {
            self.counted_to = 0;
            self.newlines_before = 0;
        }
        self.newlines_before += bytes[self.counted_to..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.counted_to = start;
        self.header_line + self.newlines_before
    }

    /// Reads the next row: `None` at the end, else the row's 1-based line
    /// in the file (its fields are then in [`Table::row`]). A row whose
    /// field count differs from the header's is an error; the table can
    /// be read on after it.
    pub(crate) fn next_row(&mut self) -> Option<Result<usize, ImportError>> {
        match self.reader.read_record(&mut self.row) {
            Ok(false) => None,
            Ok(true) => {
                let at = self.row.position().map_or(0, |p| p.byte() as usize);
                Some(Ok(self.line_of(at)))
            }
            Err(error) => {
                let at = error.position().map_or(0, |p| p.byte() as usize);
                let line = self.line_of(at);
                Some(Err(csv_error(&error, line)))
            }
        }
    }

    /// The fields of the row last read.
    pub(crate) fn row(&self) -> &StringRecord {
        &self.row
    }

    /// The index of the column called `name`, compared without regard to
    /// case or surrounding quotes.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        find_column(&self.headers, name)
    }

    /// The headers quoted and listed, for messages that ask the user to
    /// pick one.
    pub(crate) fn header_list(&self) -> String {
        quoted_list(&self.headers)
    }
}

/// The index of the header called `name`, compared without regard to case.
pub(crate) fn find_column(headers: &[String], name: &str) -> Option<usize> {
    let name = name.trim();
    headers
        .iter()
        .position(|h| h.eq_ignore_ascii_case(name))
        .or_else(|| {
            headers
                .iter()
                .position(|h| h.to_lowercase() == name.to_lowercase())
        })
}

/// `"A", "B", "C"`: names as the user will type them back.
pub(crate) fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .filter(|n| !n.is_empty())
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Turns a `csv` error about `line` into one that names the fix.
fn csv_error(error: &csv::Error, line: usize) -> ImportError {
    match error.kind() {
        ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => ImportError::new(
            line,
            format!(
                "this row has {len} fields but the header has {expected_len}: \
                 a value with a comma in it needs double quotes around it, \
                 and a double quote that opens a value must close it; fix or delete the row"
            ),
        ),
        ErrorKind::Utf8 { .. } => ImportError::new(
            line,
            "this row is not UTF-8 text: save the file again as UTF-8 (in Excel: Save As, \
             \"CSV UTF-8\") and import it again",
        ),
        _ => ImportError::new(
            line,
            format!("this CSV row cannot be read ({error}); fix or delete it"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_carry_the_files_line_numbers() {
        let text = "A,B\n1,\"two\nlines\"\n3,4\n";
        let mut table = Table::open(text, 5, b',').unwrap();
        assert_eq!(table.headers, ["A", "B"]);
        assert_eq!(table.next_row().unwrap().unwrap(), 6);
        assert_eq!(&table.row()[1], "two\nlines");
        assert_eq!(table.next_row().unwrap().unwrap(), 8);
        assert!(table.next_row().is_none());
    }

    #[test]
    fn crlf_and_blank_lines_do_not_shift_the_numbers() {
        let mut table = Table::open("A;B\r\n1;2\r\n\r\n3;4\r\n", 2, b';').unwrap();
        assert_eq!(table.next_row().unwrap().unwrap(), 3);
        assert_eq!(table.next_row().unwrap().unwrap(), 5);
    }

    #[test]
    fn a_ragged_row_is_an_error_and_reading_goes_on() {
        let mut table = Table::open("A,B\n1,2,3\n4,5\n", 1, b',').unwrap();
        let error = table.next_row().unwrap().unwrap_err();
        assert_eq!(error.line, 2);
        assert!(
            error
                .message
                .starts_with("this row has 3 fields but the header has 2")
        );
        assert_eq!(table.next_row().unwrap().unwrap(), 3);
        assert_eq!(table.column("b"), Some(1));
    }
}
