//! Turning a file's bytes into text the readers can trust, with a clear
//! error for anything that is not text.
//!
//! People pick the wrong file: LinkedIn's whole ZIP export instead of the
//! Connections.csv inside it, an Excel workbook, a CSV that Excel saved as
//! Windows-1252 or UTF-16. Each is caught here, before any parsing, so the
//! message can say what the file is and how to get the right one.

use std::borrow::Cow;

use crate::ImportError;

/// A file's bytes, ready for a reader: without a byte-order mark and in
/// UTF-8 when the file was UTF-16.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    /// The content, without a byte-order mark.
    pub(crate) bytes: Cow<'a, [u8]>,
    /// Whether the file was UTF-16, which makes a vCard's `CHARSET`
    /// parameter meaningless: the text has already been decoded.
    pub(crate) was_utf16: bool,
}

/// Checks that `bytes` can be a contacts file at all and strips its
/// byte-order mark, decoding UTF-16 to UTF-8.
pub(crate) fn prepare(bytes: &[u8]) -> Result<Prepared<'_>, ImportError> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::new(
            1,
            "this is a ZIP archive (or an Excel workbook), not a contacts file: \
             if it is LinkedIn's data export, unzip it and import the Connections.csv inside; \
             if it is a workbook, save it as \"CSV UTF-8\" and import that",
        ));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ImportError::new(
            1,
            "this is a PDF document, not a contacts file: \
             import the .csv or .vcf file your contacts were exported to",
        ));
    }
    let (bytes, was_utf16) = match utf16_order(bytes) {
        Some((little_endian, skip)) => (
            Cow::Owned(from_utf16(&bytes[skip..], little_endian)?.into_bytes()),
            true,
        ),
        None => (
            Cow::Borrowed(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)),
            false,
        ),
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::new(
            1,
            "the file is empty, so there is nothing to import: \
             check that you picked the right file, or export the contacts again",
        ));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::new(
            line_at(&bytes, at),
            "this is not a text file (it holds NUL bytes): \
             import the .csv or .vcf file your contacts were exported to",
        ));
    }
    Ok(Prepared { bytes, was_utf16 })
}

/// The whole of `bytes` as UTF-8 text, or an error naming the first line
/// that is not.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes).map_err(|error| {
        let at = error.valid_up_to();
        not_utf8(line_at(bytes, at), &bytes[..at], bytes[at])
    })
}

/// The error for a byte that is not UTF-8, quoting the text just before it
/// so the user can find the spot.
pub(crate) fn not_utf8(line: usize, before: &[u8], byte: u8) -> ImportError {
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    // `before` is valid UTF-8 up to the bad byte, so this loses nothing.
    let context = String::from_utf8_lossy(&before[line_start..]);
    let tail: String = {
        let chars: Vec<char> = context.trim_start().chars().collect();
        chars[chars.len().saturating_sub(20)..].iter().collect()
    };
    let after = if tail.is_empty() {
        String::new()
    } else {
        format!(" after \"{tail}\"")
    };
    ImportError::new(
        line,
        format!(
            "the file is not UTF-8 text: the byte 0x{byte:02X}{after} cannot be read \
             (the file was probably saved as Latin-1 or Windows-1252); \
             save it again as UTF-8 (in Excel: Save As, \"CSV UTF-8\") and import it again"
        ),
    )
}

/// The 1-based line that byte offset `at` falls on.
pub(crate) fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Whether the file is UTF-16, and then its byte order and the length of its
/// byte-order mark. Windows tools write UTF-16 with a mark; without one, a
/// zero byte beside each of the first two ASCII letters gives it away.
fn utf16_order(bytes: &[u8]) -> Option<(bool, usize)> {
    match bytes {
        [0xFF, 0xFE, ..] => Some((true, 2)),
        [0xFE, 0xFF, ..] => Some((false, 2)),
        [a, 0, b, 0, ..] if a.is_ascii() && *a != 0 && b.is_ascii() && *b != 0 => Some((true, 0)),
        [0, a, 0, b, ..] if a.is_ascii() && *a != 0 && b.is_ascii() && *b != 0 => Some((false, 0)),
        _ => None,
    }
}

/// Decodes UTF-16 to a string, refusing a broken surrogate or an odd length.
fn from_utf16(bytes: &[u8], little_endian: bool) -> Result<String, ImportError> {
    let units = bytes.chunks(2).map(|pair| match (pair, little_endian) {
        ([lo, hi], true) | ([hi, lo], false) => u16::from_le_bytes([*lo, *hi]),
        // An odd trailing byte cannot be a character.
        _ => 0xDC00,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for unit in char::decode_utf16(units) {
        match unit {
            Ok('\u{FEFF}') if text.is_empty() => {}
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(ImportError::new(
                    text.matches('\n').count() + 1,
                    "the file is UTF-16 text with a damaged character here: \
                     export the contacts again, as UTF-8 if you can",
                ));
            }
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let prepared = prepare(b"\xEF\xBB\xBFName\n").unwrap();
        assert_eq!(&*prepared.bytes, b"Name\n");
        assert!(!prepared.was_utf16);
    }

    #[test]
    fn utf16_with_and_without_a_mark_becomes_utf8() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Né\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(&*prepare(&le).unwrap().bytes, "Né\n".as_bytes());
        let be: Vec<u8> = "Name\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let prepared = prepare(&be).unwrap();
        assert_eq!(&*prepared.bytes, b"Name\n");
        assert!(prepared.was_utf16);
    }

    #[test]
    fn latin1_names_the_line_and_the_text_before_the_byte() {
        let error = utf8(b"a,b\nRen\xE9,x\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("0xE9 after \"Ren\""), "{error}");
    }

    #[test]
    fn empty_zip_and_binary_files_are_refused() {
        assert!(prepare(b" \r\n").unwrap_err().message.contains("empty"));
        assert!(
            prepare(b"PK\x03\x04rest")
                .unwrap_err()
                .message
                .contains("unzip")
        );
        let error = prepare(b"a\nb\x00c").err().unwrap();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("not a text file"));
    }
}
