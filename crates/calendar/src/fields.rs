//! Reading an event's text, people and join link out of calcard's parsed
//! properties.
//!
//! calcard has already unfolded lines and undone `\,` `\;` `\n` `\\`; what is
//! left here is the clean-up calendar programs make necessary: `mailto:` in
//! any case, a `CN` that only repeats the address, RFC 6868's `^'` in
//! parameters, rooms listed as attendees, and a join link hidden in the
//! location or the description.

use calcard::icalendar::{
    ICalendarComponent, ICalendarEntry, ICalendarParameterName, ICalendarProperty, ICalendarValue,
};

use crate::invite::Person;

/// The text of a property, trimmed, or `None` when absent or blank.
pub(crate) fn text(component: &ICalendarComponent, property: &ICalendarProperty) -> Option<String> {
    component.property(property).and_then(entry_text)
}

/// The text of a property by name, for the `X-` properties calcard does not
/// know.
pub(crate) fn other_text(component: &ICalendarComponent, name: &str) -> Option<String> {
    component
        .entries
        .iter()
        .filter(|e| matches!(&e.name, ICalendarProperty::Other(n) if n.eq_ignore_ascii_case(name)))
        .find_map(entry_text)
}

/// An entry's values as one text. calcard splits unknown properties at `;`,
/// so the parts are joined back with it.
fn entry_text(entry: &ICalendarEntry) -> Option<String> {
    let parts: Vec<&str> = entry
        .values
        .iter()
        .filter_map(ICalendarValue::as_text)
        .collect();
    let joined = parts.join(";");
    let trimmed = joined.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Reads an `ORGANIZER` or `ATTENDEE` property as a person.
///
/// Returns `None` when it names neither a person nor an address.
pub(crate) fn person(entry: &ICalendarEntry) -> Option<Person> {
    let address = entry
        .values
        .first()
        .and_then(ICalendarValue::as_text)
        .map(strip_mailto)
        .filter(|a| is_email(a))
        .or_else(|| {
            parameter_text(entry, &ICalendarParameterName::Email)
                .map(|a| strip_mailto(&a))
                .filter(|a| is_email(a))
        });
    let name = common_name(entry).filter(|name| {
        !address
            .as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(name))
    });
    let role = parameter_text(entry, &ICalendarParameterName::Role).map(|r| r.to_ascii_uppercase());
    if name.is_none() && address.is_none() {
        return None;
    }
    Some(Person {
        name,
        email: address,
        role,
    })
}

/// Whether an attendee is a room or a piece of equipment rather than a person.
pub(crate) fn is_resource(entry: &ICalendarEntry) -> bool {
    parameter_text(entry, &ICalendarParameterName::Cutype)
        .is_some_and(|t| t.eq_ignore_ascii_case("ROOM") || t.eq_ignore_ascii_case("RESOURCE"))
}

/// The `CN` parameter, with RFC 6868 escapes undone. A `CN` written with an
/// unquoted comma reaches calcard as several values, which are joined back.
fn common_name(entry: &ICalendarEntry) -> Option<String> {
    let parts: Vec<String> = entry
        .parameters(&ICalendarParameterName::Cn)
        .filter_map(|v| v.as_text())
        .map(|part| part.trim().trim_matches('"').trim().to_owned())
        .filter(|part| !part.is_empty())
        .collect();
    let joined = undo_rfc6868(&parts.join(", "));
    let trimmed = joined.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn parameter_text(entry: &ICalendarEntry, name: &ICalendarParameterName) -> Option<String> {
    entry
        .parameters(name)
        .find_map(|v| v.as_text())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// Undoes RFC 6868's parameter escapes: `^'` for a double quote, `^n` for a
/// line break and `^^` for a caret.
fn undo_rfc6868(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '^' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\'') => out.push('"'),
            Some('n' | 'N') => out.push(' '),
            Some('^') => out.push('^'),
            Some(other) => {
                out.push('^');
                out.push(other);
            }
            None => out.push('^'),
        }
    }
    out
}

/// Removes a leading `mailto:` in any case, and surrounding space.
pub(crate) fn strip_mailto(address: &str) -> String {
    let address = address.trim();
    match address.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => {
            address.get(7..).unwrap_or_default().trim().to_owned()
        }
        _ => address.to_owned(),
    }
}

fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !address.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The hosts of video-call services whose links count as join links when
/// they appear in free text.
const MEETING_HOSTS: [&str; 3] = ["zoom.us", "meet.google.com", "teams.microsoft.com"];

/// The link to join the meeting, in the order calendar programs make it
/// reliable: their own join-link properties, RFC 7986 `CONFERENCE`, `URL`,
/// and at last a known video-call link in the location or the description.
pub(crate) fn meeting_url(event: &ICalendarComponent) -> Option<String> {
    let dedicated = [
        "X-GOOGLE-CONFERENCE",
        "X-MICROSOFT-ONLINEMEETINGJOINURL",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    ];
    dedicated
        .iter()
        .filter_map(|name| other_text(event, name))
        .chain(
            event
                .properties(&ICalendarProperty::Conference)
                .filter_map(entry_text),
        )
        .chain(text(event, &ICalendarProperty::Url))
        .find(|url| is_https_link(url))
        .or_else(|| {
            [ICalendarProperty::Location, ICalendarProperty::Description]
                .iter()
                .filter_map(|p| text(event, p))
                .find_map(|t| meeting_link_in(&t))
        })
}

fn is_https_link(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        && url.len() > 8
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The first https link to a known video-call host in a text.
pub(crate) fn meeting_link_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower.get(from..).and_then(|rest| rest.find("https://")) {
        let start = from + found;
        let rest = text.get(start..)?;
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'')
            })
            .unwrap_or(rest.len());
        let link = rest
            .get(..end)?
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}']);
        if is_meeting_host(link) {
            return Some(link.to_owned());
        }
        from = start + "https://".len();
    }
    None
}

fn is_meeting_host(link: &str) -> bool {
    let Some(after_scheme) = link.get(8..) else {
        return false;
    };
    let host = after_scheme
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    MEETING_HOSTS
        .iter()
        .any(|known| host == *known || host.ends_with(&format!(".{known}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_is_stripped_in_any_case() {
        assert_eq!(strip_mailto("mailto:a@b.example"), "a@b.example");
        assert_eq!(strip_mailto(" MAILTO:a@b.example "), "a@b.example");
        assert_eq!(strip_mailto("MailTo: a@b.example"), "a@b.example");
        assert_eq!(strip_mailto("a@b.example"), "a@b.example");
        assert_eq!(strip_mailto("mail"), "mail");
    }

    #[test]
    fn rfc6868_escapes_are_undone() {
        assert_eq!(
            undo_rfc6868("George Herman ^'Babe^' Ruth"),
            "George Herman \"Babe\" Ruth"
        );
        assert_eq!(undo_rfc6868("a^^b^"), "a^b^");
    }

    #[test]
    fn meeting_links_are_found_in_text() {
        assert_eq!(
            meeting_link_in("Join: https://us02web.zoom.us/j/123?pwd=abc. Thanks").as_deref(),
            Some("https://us02web.zoom.us/j/123?pwd=abc")
        );
        assert_eq!(
            meeting_link_in("<https://teams.microsoft.com/l/meetup-join/19%3a>").as_deref(),
            Some("https://teams.microsoft.com/l/meetup-join/19%3a")
        );
        assert_eq!(
            meeting_link_in("see https://example.com/x and https://meet.google.com/abc-defg-hij")
                .as_deref(),
            Some("https://meet.google.com/abc-defg-hij")
        );
        assert_eq!(meeting_link_in("https://notzoom.us/j/1"), None);
        assert_eq!(meeting_link_in("http://zoom.us/j/1"), None);
        assert_eq!(
            meeting_link_in("HTTPS://ZOOM.US/j/1").as_deref(),
            Some("HTTPS://ZOOM.US/j/1")
        );
    }
}
