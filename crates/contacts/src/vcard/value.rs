//! Turning a property's raw value into text: quoted-printable, the
//! `CHARSET` parameter, backslash escapes, and the `;` and `,` that split
//! structured and list values.
//!
//! The order matters and follows the RFCs: first the transfer encoding
//! (2.1's quoted-printable), then the charset (UTF-8 unless the property
//! says otherwise), then the split at unescaped separators, and last the
//! escapes (`\n`, `\,`, `\;`, `\\`) within each part, so an escaped `;`
//! in an `ORG` stays inside its component.

use crate::ImportError;
use crate::vcard::lines::Property;

/// The property's value as text, still with its backslash escapes: decoded
/// from quoted-printable when the property says so, and from its charset.
///
/// `was_utf16` means the file was UTF-16 and is already decoded, so a
/// `CHARSET` parameter no longer describes the bytes.
pub(crate) fn text(property: &Property<'_>, was_utf16: bool) -> Result<String, ImportError> {
    let name = &property.name;
    let decoded;
    let bytes: &[u8] = if property.has("ENCODING", "QUOTED-PRINTABLE") {
        decoded = quoted_printable(&property.value).map_err(|sequence| {
            ImportError::new(
                property.line,
                format!(
                    "the quoted-printable {name} value has \"{sequence}\", but \"=\" must be \
                     followed by two hexadecimal digits (like =C3=A9): the file is damaged; \
                     export the contacts again, or retype the value without ENCODING=QUOTED-PRINTABLE"
                ),
            )
        })?;
        &decoded
    } else if property.has("ENCODING", "B") || property.has("ENCODING", "BASE64") {
        return Err(ImportError::new(
            property.line,
            format!(
                "the {name} value is base64-encoded, which afterview reads only for photos: \
                 export the contacts again as vCard 3.0 or 4.0"
            ),
        ));
    } else {
        &property.value
    };
    let charset = if was_utf16 {
        None
    } else {
        property.param("CHARSET").next()
    };
    decode_charset(bytes, charset).map_err(|problem| {
        let message = match problem {
            CharsetProblem::NotUtf8 { byte, before } => format!(
                "the {name} value is not UTF-8 text: the byte 0x{byte:02X}{before} cannot be read \
                 (the file was probably saved as Latin-1); export the contacts again as UTF-8, \
                 or add ;CHARSET=ISO-8859-1 after {name} on this line"
            ),
            CharsetProblem::Unknown(charset) => format!(
                "the {name} value is in the character set {charset}, which afterview does not read \
                 (it reads UTF-8, ISO-8859-1 and Windows-1252): export the contacts again as UTF-8"
            ),
        };
        ImportError::new(property.line, message)
    })
}

/// Splits an escaped text at every `separator` that is not escaped, and
/// undoes the escapes in each part.
pub(crate) fn components(text: &str, separator: char) -> Vec<String> {
    if !text.contains('\\') {
        return text.split(separator).map(str::to_owned).collect();
    }
    split_unescape(text, Some(separator))
}

/// Undoes the escapes of a single text value.
pub(crate) fn unescape(text: String) -> String {
    if !text.contains('\\') {
        return text;
    }
    split_unescape(&text, None).swap_remove(0)
}

/// Splits at `separator` (if any) where it is not escaped, and undoes the
/// escapes in each part.
fn split_unescape(text: &str, separator: Option<char>) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let part = parts.last_mut().expect("parts is never empty");
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => part.push('\n'),
                Some(c @ (',' | ';' | '\\' | ':')) => part.push(c),
                // RFC 6350 knows no other escape: keep what was written.
                Some(c) => {
                    part.push('\\');
                    part.push(c);
                }
                None => part.push('\\'),
            },
            c if Some(c) == separator => parts.push(String::new()),
            c => part.push(c),
        }
    }
    parts
}

/// Decodes quoted-printable, or gives the first sequence that is not an
/// escape. A trailing `=` is a soft line break with nothing after it.
fn quoted_printable(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] != b'=' {
            out.push(raw[i]);
            i += 1;
            continue;
        }
        match raw.get(i + 1..i + 3) {
            Some([hi, lo]) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => {
                out.push(hex(*hi) << 4 | hex(*lo));
                i += 3;
            }
            _ if i + 1 == raw.len() => i += 1,
            _ => {
                let end = (i + 3).min(raw.len());
                return Err(String::from_utf8_lossy(&raw[i..end]).into_owned());
            }
        }
    }
    Ok(out)
}

fn hex(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit - b'A' + 10,
    }
}

/// Why bytes could not be decoded.
enum CharsetProblem {
    /// Not UTF-8: the first bad byte and ` after "…"`, the text before it.
    NotUtf8 { byte: u8, before: String },
    /// A charset this reader does not know.
    Unknown(String),
}

/// Decodes bytes in `charset` (UTF-8 when none is given).
fn decode_charset(bytes: &[u8], charset: Option<&str>) -> Result<String, CharsetProblem> {
    let charset = charset.map(|c| c.trim().to_ascii_uppercase().replace('_', "-"));
    match charset.as_deref() {
        None | Some("UTF-8" | "UTF8" | "US-ASCII" | "ASCII") => match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(error) => {
                let at = error.valid_up_to();
                let before = String::from_utf8_lossy(&bytes[..at]);
                let tail: String = {
                    let chars: Vec<char> = before.chars().collect();
                    chars[chars.len().saturating_sub(20)..].iter().collect()
                };
                Err(CharsetProblem::NotUtf8 {
                    byte: bytes[at],
                    before: if tail.is_empty() {
                        String::new()
                    } else {
                        format!(" after \"{tail}\"")
                    },
                })
            }
        },
        Some("ISO-8859-1" | "ISO8859-1" | "LATIN1" | "LATIN-1" | "L1") => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        Some("WINDOWS-1252" | "CP1252" | "CP-1252") => {
            Ok(bytes.iter().map(|&b| windows_1252(b)).collect())
        }
        Some(other) => Err(CharsetProblem::Unknown(other.to_owned())),
    }
}

/// A Windows-1252 byte as a character: Latin-1 but for 0x80 to 0x9F, where
/// Windows put its quotes, dashes and the euro sign.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_decodes_and_refuses_non_hex() {
        assert_eq!(
            quoted_printable(b"J=C3=bCrgen=").unwrap(),
            "Jürgen".as_bytes()
        );
        assert_eq!(quoted_printable(b"a=ZZb").unwrap_err(), "=ZZ");
        assert_eq!(quoted_printable(b"a=4").unwrap_err(), "=4");
    }

    #[test]
    fn components_split_only_at_unescaped_separators() {
        assert_eq!(
            components("Acme\\, Inc.\\;x;Sales", ';'),
            ["Acme, Inc.;x", "Sales"]
        );
        assert_eq!(components("a,b\\,c", ','), ["a", "b,c"]);
        assert_eq!(
            unescape("one\\ntwo\\N\\\\ \\t".to_owned()),
            "one\ntwo\n\\ \\t"
        );
    }

    #[test]
    fn charsets() {
        assert_eq!(
            decode_charset(b"J\xFCrgen", Some("iso-8859-1"))
                .ok()
                .unwrap(),
            "Jürgen"
        );
        assert_eq!(
            decode_charset(b"\x93hi\x94 \x80", Some("Windows-1252"))
                .ok()
                .unwrap(),
            "“hi” €"
        );
        assert!(
            matches!(decode_charset(b"x", Some("SHIFT_JIS")), Err(CharsetProblem::Unknown(c)) if c == "SHIFT-JIS")
        );
        assert!(matches!(
            decode_charset(b"Ren\xE9", None),
            Err(CharsetProblem::NotUtf8 { byte: 0xE9, before }) if before == " after \"Ren\""
        ));
    }
}
