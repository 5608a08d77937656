//! A vCard file's lines: physical lines unfolded into properties, and
//! properties gathered into cards, each with the line the user can find it
//! on.
//!
//! Three kinds of continuation are undone here. A line that starts with a
//! space or tab continues the one before (RFC 6350 and 2426 folding). A
//! quoted-printable value (vCard 2.1) that ends with `=` continues on the
//! next line, which has no leading space. And the base64 lines of a 2.1
//! PHOTO, which some phones write without indenting, are swallowed after a
//! base64 property. Cards are then cut at `BEGIN:VCARD` and `END:VCARD`;
//! a card that never ends, an `END` without a `BEGIN` and text between
//! cards each become an error at their own line, and reading resumes at the
//! next `BEGIN:VCARD`, so lenient mode loses only the broken card.
//!
//! Only the properties in [`READ`] are parsed into a [`Property`]; the
//! others (PHOTO above all, which can be most of a file) are checked for
//! being a property line and then dropped, which halves the time a large
//! file takes.

use std::borrow::Cow;

use crate::ImportError;
use crate::vcard::READ;

/// One property of a card, as written: `[group.]NAME;params:value`.
pub(crate) struct Property<'a> {
    /// The 1-based line the property starts on.
    pub(crate) line: usize,
    /// The group before the dot (`item1` in `item1.EMAIL`), lower-cased.
    pub(crate) group: Option<String>,
    /// The property name, upper-cased.
    pub(crate) name: String,
    /// The parameters, in order.
    pub(crate) params: Vec<Param>,
    /// The raw value: not yet decoded from quoted-printable, its charset,
    /// or backslash escapes.
    pub(crate) value: Cow<'a, [u8]>,
}

/// A property parameter: `TYPE=work,pref`, or a bare `WORK` (vCard 2.1).
pub(crate) struct Param {
    /// The parameter name, upper-cased; `TYPE` or `ENCODING` for bare ones.
    pub(crate) name: String,
    /// The values, unquoted and with RFC 6868 `^` escapes undone.
    pub(crate) values: Vec<String>,
}

impl Property<'_> {
    /// The values of every parameter called `name`.
    pub(crate) fn param(&self, name: &str) -> impl Iterator<Item = &str> {
        self.params
            .iter()
            .filter(move |p| p.name == name)
            .flat_map(|p| p.values.iter().map(String::as_str))
    }

    /// Whether a parameter `name` has `value`, compared without case.
    pub(crate) fn has(&self, name: &str, value: &str) -> bool {
        self.param(name).any(|v| v.eq_ignore_ascii_case(value))
    }
}

/// A card: the line of its `BEGIN:VCARD` and its properties.
pub(crate) struct Card<'a> {
    /// The 1-based line of `BEGIN:VCARD`.
    pub(crate) line: usize,
    /// Every property between `BEGIN` and `END`, in order.
    pub(crate) properties: Vec<Property<'a>>,
}

/// Cuts a file into cards and hands each to `each` in file order, with an
/// error in place of each broken card and of each stretch of text outside
/// a card; an error that `each` returns stops the reading. A file with no
/// `BEGIN:VCARD` at all is an error of its own.
///
/// Cards are handed over as they end rather than collected, so a large
/// file is never held twice in memory.
pub(crate) fn cards<'a>(
    bytes: &'a [u8],
    mut each: impl FnMut(Result<Card<'a>, ImportError>) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let has_begin = bytes
        .split(|&b| b == b'\n' || b == b'\r')
        .any(|line| matches!(keyword(line), Some(Keyword::Begin)));
    if !has_begin {
        return Err(ImportError::new(
            1,
            "this is not a vCard file: it has no BEGIN:VCARD line; \
             export the contacts again as vCard (.vcf), or import the file as a CSV",
        ));
    }
    let mut open: Option<OpenCard<'a>> = None;
    let mut outside_reported = false;
    for (line, text) in LogicalLines::new(bytes) {
        match (&mut open, keyword(&text)) {
            (Some(card), Some(Keyword::Begin)) if card.nested > 0 || card.agent_pending => {
                // vCard 2.1 lets AGENT hold a whole card; it is skipped.
                card.nested += 1;
                card.agent_pending = false;
            }
            (Some(card), Some(Keyword::End)) if card.nested > 0 => card.nested -= 1,
            (Some(_), Some(Keyword::Begin)) => {
                if let Some(card) = open.take() {
                    each(card.unended(Some(line)))?;
                }
                open = Some(OpenCard::new(line));
            }
            (Some(_), Some(Keyword::End)) => {
                if let Some(card) = open.take() {
                    each(card.finish())?;
                }
                outside_reported = false;
            }
            (None, Some(Keyword::Begin)) => open = Some(OpenCard::new(line)),
            (None, Some(Keyword::End)) => each(Err(ImportError::new(
                line,
                "END:VCARD with no BEGIN:VCARD before it: delete this line, \
                 or add BEGIN:VCARD where the card starts",
            )))?,
            (None, None) => {
                if !outside_reported {
                    outside_reported = true;
                    each(Err(ImportError::new(
                        line,
                        "this line is outside any card (a card runs from BEGIN:VCARD \
                         to END:VCARD): delete it, or put it inside its card",
                    )))?;
                }
            }
            (Some(card), None) => card.take(line, text),
        }
    }
    if let Some(card) = open {
        each(card.unended(None))?;
    }
    Ok(())
}

/// A card being read.
struct OpenCard<'a> {
    line: usize,
    properties: Vec<Property<'a>>,
    /// The card's first error: the card is rejected, but read to its end so
    /// that the next card starts cleanly.
    error: Option<ImportError>,
    /// How deep inside an embedded AGENT card the reader is.
    nested: usize,
    /// Whether the last property was an empty AGENT, whose card follows.
    agent_pending: bool,
    /// Whether the last property was base64, whose unindented data lines
    /// may follow.
    in_base64: bool,
}

impl<'a> OpenCard<'a> {
    fn new(line: usize) -> Self {
        Self {
            line,
            properties: Vec::new(),
            error: None,
            nested: 0,
            agent_pending: false,
            in_base64: false,
        }
    }

    /// Takes one logical line inside the card. Properties that no contact
    /// field reads are only checked for being a property at all, and for
    /// what they mean to the lines after them (an AGENT's card, a PHOTO's
    /// base64 lines); their values are never decoded.
    fn take(&mut self, line: usize, text: Cow<'a, [u8]>) {
        if self.nested > 0 || (self.in_base64 && !text.contains(&b':')) {
            return;
        }
        if let Some(colon) = find_colon(&text) {
            let name = property_name(&text[..colon]);
            let is_name = !name.is_empty()
                && name
                    .iter()
                    .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if is_name && !READ.iter().any(|r| name.eq_ignore_ascii_case(r.as_bytes())) {
                self.agent_pending = name.eq_ignore_ascii_case(b"AGENT")
                    && text[colon + 1..].trim_ascii().is_empty();
                self.in_base64 = head_has(&text, b"BASE64") || head_has(&text, b"ENCODING=B");
                return;
            }
        }
        self.agent_pending = false;
        self.in_base64 = false;
        match parse_property(line, text) {
            Ok(property) => {
                self.in_base64 = is_base64(&property);
                self.properties.push(property);
            }
            Err(error) => {
                self.error.get_or_insert(error);
            }
        }
    }

    fn finish(self) -> Result<Card<'a>, ImportError> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(Card {
                line: self.line,
                properties: self.properties,
            }),
        }
    }

    /// The card as an error: it has no `END:VCARD`, before the card that
    /// starts at `next` or before the end of the file.
    fn unended(self, next: Option<usize>) -> Result<Card<'a>, ImportError> {
        if let Some(error) = self.error {
            return Err(error);
        }
        let message = match next {
            Some(next) => format!(
                "this card has no END:VCARD before the next card begins at line {next}: \
                 add END:VCARD after the card's last line"
            ),
            None => "this card has BEGIN:VCARD but no END:VCARD, so the file may be cut short: \
                     export the contacts again, or add END:VCARD after the card's last line"
                .to_owned(),
        };
        Err(ImportError::new(self.line, message))
    }
}

/// The two lines that open and close a card.
enum Keyword {
    Begin,
    End,
}

/// Whether a logical line is `BEGIN:VCARD` or `END:VCARD`.
fn keyword(text: &[u8]) -> Option<Keyword> {
    let text = text.trim_ascii();
    if text.eq_ignore_ascii_case(b"BEGIN:VCARD") {
        Some(Keyword::Begin)
    } else if text.eq_ignore_ascii_case(b"END:VCARD") {
        Some(Keyword::End)
    } else {
        None
    }
}

/// The file's physical lines, numbered from 1, without their line ends,
/// with one line of look-ahead.
struct PhysicalLines<'a> {
    rest: Option<&'a [u8]>,
    newline: u8,
    number: usize,
    peeked: Option<(usize, &'a [u8])>,
}

impl<'a> PhysicalLines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            rest: Some(bytes),
            // Old Macintosh files end lines with CR alone.
            newline: if bytes.contains(&b'\n') { b'\n' } else { b'\r' },
            number: 0,
            peeked: None,
        }
    }

    fn peek(&mut self) -> Option<&'a [u8]> {
        if self.peeked.is_none() {
            self.peeked = self.next();
        }
        self.peeked.map(|(_, line)| line)
    }
}

impl<'a> Iterator for PhysicalLines<'a> {
    type Item = (usize, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(peeked) = self.peeked.take() {
            return Some(peeked);
        }
        let rest = self.rest?;
        let (line, after) = match rest.iter().position(|&b| b == self.newline) {
            Some(end) => (&rest[..end], Some(&rest[end + 1..])),
            None => (rest, None),
        };
        self.rest = after;
        self.number += 1;
        Some((self.number, line.strip_suffix(b"\r").unwrap_or(line)))
    }
}

/// The file's logical lines, each with the 1-based line it starts on:
/// folds and quoted-printable soft breaks joined, blank lines dropped.
struct LogicalLines<'a> {
    physical: PhysicalLines<'a>,
}

impl<'a> LogicalLines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            physical: PhysicalLines::new(bytes),
        }
    }
}

impl<'a> Iterator for LogicalLines<'a> {
    type Item = (usize, Cow<'a, [u8]>);

    fn next(&mut self) -> Option<Self::Item> {
        let (start, first) = loop {
            let (number, line) = self.physical.next()?;
            if !is_blank(line) {
                break (number, line);
            }
        };
        let quoted_printable = head_has(first, b"QUOTED-PRINTABLE");
        let mut text = Cow::Borrowed(first);
        while let Some(next) = self.physical.peek() {
            if quoted_printable
                && text.ends_with(b"=")
                && !is_blank(next)
                && keyword(next).is_none()
            {
                // A soft line break: the `=` and the line end are not data.
                let owned = text.to_mut();
                owned.pop();
                owned.extend_from_slice(next);
            } else if let [b' ' | b'\t', rest @ ..] = next {
                text.to_mut().extend_from_slice(rest);
            } else {
                break;
            }
            self.physical.next();
        }
        Some((start, text))
    }
}

/// Whether a line holds nothing but white space and control characters
/// (old tools end files with Ctrl-Z).
fn is_blank(line: &[u8]) -> bool {
    line.iter()
        .all(|&b| b.is_ascii_whitespace() || b.is_ascii_control())
}

/// Whether the part of `line` before its first colon (the name and
/// parameters) mentions `needle`, without regard to case.
fn head_has(line: &[u8], needle: &[u8]) -> bool {
    let head = line.split(|&b| b == b':').next().unwrap_or(line);
    head.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether a property's value is base64 (`ENCODING=b`, `ENCODING=BASE64`).
fn is_base64(property: &Property<'_>) -> bool {
    property.has("ENCODING", "B") || property.has("ENCODING", "BASE64")
}

/// Reads `[group.]NAME[;param...]:value`.
fn parse_property(line: usize, text: Cow<'_, [u8]>) -> Result<Property<'_>, ImportError> {
    let Some(colon) = find_colon(&text) else {
        return Err(ImportError::new(
            line,
            format!(
                "\"{}\" has no \":\" between the property's name and its value \
                 (a vCard line reads like FN:Jane Doe): fix or delete the line",
                shorten(&String::from_utf8_lossy(&text))
            ),
        ));
    };
    let head = String::from_utf8_lossy(&text[..colon]);
    let mut parts = split_outside_quotes(&head, ';').into_iter();
    let full_name = parts.next().unwrap_or_default();
    let full_name = full_name.trim();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((group, name)) => (Some(group.to_ascii_lowercase()), name),
        None => (None, full_name),
    };
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ImportError::new(
            line,
            format!(
                "\"{}\" is not a property name (a vCard line reads like FN:Jane Doe): \
                 fix or delete the line",
                shorten(full_name)
            ),
        ));
    }
    let name = name.to_ascii_uppercase();
    let params = parts.filter_map(|part| parse_param(&part)).collect();
    let value = match text {
        Cow::Borrowed(all) => Cow::Borrowed(&all[colon + 1..]),
        Cow::Owned(mut all) => {
            all.drain(..=colon);
            Cow::Owned(all)
        }
    };
    Ok(Property {
        line,
        group,
        name,
        params,
        value,
    })
}

/// The property name in a line's head (before its colon): what comes
/// before the first `;`, after a group's dot, trimmed.
fn property_name(head: &[u8]) -> &[u8] {
    let full = head.split(|&b| b == b';').next().unwrap_or(head);
    let name = match full.iter().rposition(|&b| b == b'.') {
        Some(dot) => &full[dot + 1..],
        None => full,
    };
    name.trim_ascii()
}

/// The first colon outside double quotes, or the first colon at all when
/// a quote is never closed.
fn find_colon(text: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    text.iter().position(|&b| b == b':')
}

/// Reads one parameter; vCard 2.1's bare values (`WORK`, `QUOTED-PRINTABLE`)
/// become `TYPE` or `ENCODING`.
fn parse_param(part: &str) -> Option<Param> {
    let part = part.trim();
    if part.is_empty() {
        return None;
    }
    let (name, raw) = match part.split_once('=') {
        Some((name, raw)) => (name.trim().to_ascii_uppercase(), raw),
        None => {
            let encodings = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"];
            let name = if encodings.iter().any(|e| part.eq_ignore_ascii_case(e)) {
                "ENCODING"
            } else {
                "TYPE"
            };
            (name.to_owned(), part)
        }
    };
    let values = split_outside_quotes(raw, ',')
        .iter()
        .map(|v| caret_decode(v.trim().trim_matches('"')))
        .filter(|v| !v.is_empty())
        .collect();
    Some(Param { name, values })
}

/// Splits at `separator` where it is not inside double quotes.
fn split_outside_quotes(text: &str, separator: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut part = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == separator && !quoted {
            parts.push(std::mem::take(&mut part));
            continue;
        }
        if c == '"' {
            quoted = !quoted;
        }
        part.push(c);
    }
    parts.push(part);
    parts
}

/// Undoes RFC 6868's escapes in a parameter value: `^n` a newline, `^'` a
/// double quote, `^^` a caret.
fn caret_decode(text: &str) -> String {
    if !text.contains('^') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('^', Some('n' | 'N')) => {
                out.push('\n');
                chars.next();
            }
            ('^', Some('\'')) => {
                out.push('"');
                chars.next();
            }
            ('^', Some('^')) => {
                out.push('^');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// The first 40 characters of a line, for quoting it in a message.
pub(crate) fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<(usize, String)> {
        LogicalLines::new(text.as_bytes())
            .map(|(n, l)| (n, String::from_utf8(l.into_owned()).unwrap()))
            .collect()
    }

    #[test]
    fn folds_soft_breaks_and_blank_lines() {
        let text = "NOTE:one\r\n  two\r\n\ttree\r\n\r\nFN;ENCODING=QUOTED-PRINTABLE:J=C3=\r\n=BCrgen\r\nX:1\n";
        assert_eq!(
            lines(text),
            [
                (1, "NOTE:one twotree".to_owned()),
                (5, "FN;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen".to_owned()),
                (7, "X:1".to_owned()),
            ]
        );
    }

    #[test]
    fn a_soft_break_never_swallows_end() {
        let text = "FN;ENCODING=QUOTED-PRINTABLE:Jane=\r\nEND:VCARD\r\n";
        assert_eq!(lines(text).len(), 2);
    }

    #[test]
    fn properties_with_groups_and_bare_or_quoted_params() {
        let text: Cow<'_, [u8]> = Cow::Borrowed(
            b"item1.EMAIL;type=INTERNET,pref;WORK;X-LABEL=\"a;b:c\";X-N=^'q^' ^n:jane@x.org",
        );
        let p = parse_property(3, text).unwrap();
        assert_eq!(p.group.as_deref(), Some("item1"));
        assert_eq!(p.name, "EMAIL");
        assert_eq!(
            p.param("TYPE").collect::<Vec<_>>(),
            ["INTERNET", "pref", "WORK"]
        );
        assert_eq!(p.param("X-LABEL").collect::<Vec<_>>(), ["a;b:c"]);
        assert_eq!(p.param("X-N").collect::<Vec<_>>(), ["\"q\" \n"]);
        assert_eq!(&*p.value, b"jane@x.org");
        assert!(!p.has("TYPE", "x") && p.has("TYPE", "work"));
    }

    #[test]
    fn a_line_without_a_colon_is_an_error_at_its_line() {
        let error = parse_property(9, Cow::Borrowed(b"Jane Doe")).err().unwrap();
        assert_eq!(error.line, 9);
        assert!(error.message.contains("has no \":\""));
    }
}
