//! What the pages show, shaped for the templates from the use cases' views.
//!
//! Templates stay free of logic: every label, link and count is decided
//! here, in plain Rust that unit tests can reach.

use afterview_app::{ActionView, AgendaView};
use afterview_core::agenda::{ActionKind, MustDo};

/// The agenda as the Today page shows it.
pub struct AgendaPage {
    /// The day it is, in words.
    pub date: String,
    /// The zone it is read in.
    pub time_zone: String,
    /// The five habits with how many actions each has now.
    pub must_dos: Vec<MustDoCount>,
    /// Overdue, today, upcoming; empty groups left out.
    pub groups: Vec<Group>,
    /// Whether nothing at all is due.
    pub empty: bool,
    /// When the next action falls due, when nothing is.
    pub next_due: Option<String>,
}

/// One habit and its count.
pub struct MustDoCount {
    /// Its name in the data (`thank-you`).
    pub key: &'static str,
    /// Its name for people.
    pub label: &'static str,
    /// Actions due now or in the next seven days that serve it.
    pub count: usize,
}

/// One group of actions.
pub struct Group {
    /// `overdue`, `today`, `upcoming`.
    pub id: &'static str,
    /// Its heading.
    pub title: &'static str,
    /// How many there are in all (the list may be cut).
    pub total: usize,
    /// The most urgent ones.
    pub actions: Vec<ActionItem>,
}

/// One action on the page.
pub struct ActionItem {
    /// Its key, for done, snooze and dismiss.
    pub key: String,
    /// Its key made safe for an HTML id.
    pub dom_id: String,
    /// The group it sits in (styles the due time).
    pub group: &'static str,
    /// The habit's key.
    pub must_do: &'static str,
    /// The habit for people.
    pub must_do_label: &'static str,
    /// What to do.
    pub title: String,
    /// The page where it is done, when there is one.
    pub href: Option<String>,
    /// "overdue by 3 h", "in 2 days".
    pub due_in: String,
    /// The due time in the person's zone.
    pub due_local: String,
    /// Why, in plain words.
    pub reason: String,
    /// The command that does it.
    pub command: String,
}

/// The habit's name for people.
pub fn must_do_label(m: MustDo) -> &'static str {
    match m {
        MustDo::Assess => "Assess",
        MustDo::FollowUp => "Follow up",
        MustDo::ThankYou => "Thank",
        MustDo::Network => "Network",
        MustDo::KeepSearching => "Keep searching",
    }
}

/// Where in the browser an action is done.
pub fn action_href(a: &ActionView) -> Option<String> {
    let app = a.application_id.map(|id| format!("/applications/{id}"));
    match a.kind {
        ActionKind::Debrief => a.interview_id.map(|id| format!("/interviews/{id}/debrief")),
        ActionKind::Practice => Some("/practice".to_owned()),
        ActionKind::WeeklyTarget | ActionKind::ThinPipeline => Some("/applications/new".to_owned()),
        ActionKind::RecruiterCheckIn | ActionKind::ThankHelper => {
            a.contact_id.map(|id| format!("/contacts/{id}"))
        }
        ActionKind::AskGoodWord => app.map(|a| format!("{a}#network")),
        _ => app.map(|a| format!("{a}#interviews")),
    }
}

/// An HTML id from an action key (`thank-12-3` stays, anything else becomes `-`).
pub fn dom_id(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

impl ActionItem {
    /// The item for `a`, in `group`.
    pub fn new(a: &ActionView, group: &'static str) -> ActionItem {
        ActionItem {
            key: a.key.clone(),
            dom_id: dom_id(&a.key),
            group,
            must_do: a.must_do.as_str(),
            must_do_label: must_do_label(a.must_do),
            title: a.title.clone(),
            href: action_href(a),
            due_in: a.due_in.clone(),
            due_local: a.due_local.clone(),
            reason: a.reason.clone(),
            command: a.command.clone(),
        }
    }
}

impl AgendaPage {
    /// The page for `view`.
    pub fn new(view: &AgendaView, date: String) -> AgendaPage {
        let groups: Vec<Group> = [
            ("overdue", "Overdue", &view.overdue, view.overdue_count),
            ("today", "Due today", &view.today, view.today_count),
            (
                "upcoming",
                "Next 7 days",
                &view.upcoming,
                view.upcoming_count,
            ),
        ]
        .into_iter()
        .filter(|(_, _, list, _)| !list.is_empty())
        .map(|(id, title, list, total)| Group {
            id,
            title,
            total,
            actions: list.iter().map(|a| ActionItem::new(a, id)).collect(),
        })
        .collect();
        let must_dos = MustDo::ALL
            .iter()
            .map(|m| MustDoCount {
                key: m.as_str(),
                label: must_do_label(*m),
                count: groups
                    .iter()
                    .flat_map(|g| &g.actions)
                    .filter(|a| a.must_do == m.as_str())
                    .count(),
            })
            .collect();
        AgendaPage {
            date,
            time_zone: view.time_zone.clone(),
            must_dos,
            empty: groups.is_empty(),
            groups,
            next_due: view
                .next_due
                .map(|t| afterview_core::agenda::relative(t, view.now)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_are_safe() {
        assert_eq!(dom_id("thank-12-3"), "thank-12-3");
        assert_eq!(dom_id("a\"><script>"), "a---script-");
    }
}

/// A run of a letter's text, underlined when a finding covers it.
pub struct Segment {
    /// The text.
    pub text: String,
    /// The finding's number in the list, when underlined.
    pub finding: Option<usize>,
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
}

/// A finding as the editor lists it, with offsets a browser can use.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct FindingItem {
    /// Its number in the list.
    pub index: usize,
    /// `subject` or `body`.
    pub part: &'static str,
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    /// What kind of problem.
    pub kind: String,
    /// The line, from 1.
    pub line: usize,
    /// The start, in UTF-16 units as a browser's text field counts.
    pub start: usize,
    /// The end, in UTF-16 units.
    pub end: usize,
    /// The text it is about.
    pub text: String,
    /// What is wrong and how to fix it.
    pub message: String,
    /// Replacements, best first ("" removes).
    pub suggestions: Vec<String>,
}

fn severity(s: afterview_proofread::Severity) -> &'static str {
    match s {
        afterview_proofread::Severity::Error => "error",
        afterview_proofread::Severity::Warning => "warning",
        afterview_proofread::Severity::Note => "note",
    }
}

fn part_name(p: afterview_proofread::Part) -> &'static str {
    match p {
        afterview_proofread::Part::Subject => "subject",
        afterview_proofread::Part::Body => "body",
    }
}

/// A byte offset into `text` as UTF-16 units (clamped to a char boundary).
pub fn utf16_at(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count()
}

/// The findings as the editor lists them.
pub fn findings(
    subject: &str,
    body: &str,
    found: &[afterview_proofread::Finding],
) -> Vec<FindingItem> {
    found
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let text = match f.part {
                afterview_proofread::Part::Subject => subject,
                afterview_proofread::Part::Body => body,
            };
            let (s, e) = (f.start.min(text.len()), f.end.min(text.len()));
            FindingItem {
                index,
                part: part_name(f.part),
                severity: severity(f.severity),
                kind: format!("{:?}", f.kind),
                line: f.line,
                start: utf16_at(text, s),
                end: utf16_at(text, e.max(s)),
                text: text.get(s..e.max(s)).unwrap_or_default().to_owned(),
                message: f.message.clone(),
                suggestions: f.suggestions.clone(),
            }
        })
        .collect()
}

/// `text` cut into runs, the ones under a finding of `part` marked.
/// Overlapping findings keep the first; a finding about something missing
/// (no width) is listed but not underlined.
pub fn segments(
    text: &str,
    found: &[afterview_proofread::Finding],
    part: afterview_proofread::Part,
) -> Vec<Segment> {
    let mut spans: Vec<(usize, usize, usize, &'static str)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.part == part && f.end > f.start && f.end <= text.len())
        .filter(|(_, f)| text.is_char_boundary(f.start) && text.is_char_boundary(f.end))
        .map(|(i, f)| (f.start, f.end, i, severity(f.severity)))
        .collect();
    spans.sort_by_key(|s| s.0);
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, i, sev) in spans {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: text[at..start].to_owned(),
                finding: None,
                severity: "",
            });
        }
        out.push(Segment {
            text: text[start..end].to_owned(),
            finding: Some(i),
            severity: sev,
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text[at..].to_owned(),
            finding: None,
            severity: "",
        });
    }
    out
}
