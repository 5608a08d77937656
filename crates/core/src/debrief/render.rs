//! Writing a debrief as Markdown: the template to fill in, the saved debrief
//! to show or edit again, and the error banner of the editor loop.
//!
//! Whatever is written here reads back through
//! [`parse_markdown`](super::parse_markdown) as the same content (dates to the
//! minute), so that opening a saved debrief in the editor and saving it
//! without a change keeps it as it was.

use super::markdown::{Field, Section, label};
use super::{Content, DebriefError, MAX_ITEM_CHARS, Owed, parse_decision};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// The opening comment of a fresh template.
const INTRO: &str = "<!--
Write it while it is fresh: a few words per item is plenty, and any section
may stay empty. Text between these marks is a hint and is ignored.
Save and close to keep the debrief; leave every section empty to cancel.
-->";

/// The hint under each heading of the template, with an example.
fn prompt(section: Section) -> &'static str {
    match section {
        Section::WentWell => {
            "<!-- What landed? One item per line, starting with \"- \". For example:
- Walked them through the billing migration; they asked good follow-ups
-->"
        }
        Section::Better => {
            "<!-- A question you fumbled: what you said, and what you would say now.
\"Topic:\" is optional and gathers lessons across interviews. For example:
- Q: Tell me about a conflict
  Said: I talked vaguely about a team
  Better: The migration story with Bob, in STAR form
  Topic: conflict
-->"
        }
        Section::Issues => {
            "<!-- Concerns they raised or doubts you noticed, to answer in your follow-up.
For example:
- They worry I have not been on call before
-->"
        }
        Section::Owed => {
            "<!-- What you promised to send, to whom and by when. Without a date it is
due 24 hours after the interview. For example:
- writing sample to Jane by friday 5pm
-->"
        }
        Section::DoBetter => {
            "<!-- What to change for the next interview. For example:
- Ask about the team's roadmap before the last five minutes
-->"
        }
        Section::Decision => {
            "<!-- What they said about next steps, in their words; afterview reads the
date from them. A \"By:\" line sets the date instead (delete it to read the
words again). For example:
We'll decide by Friday
-->"
        }
        Section::Rating => {
            "<!-- How it went overall: one number from 1 (poor) to 5 (excellent). -->"
        }
        Section::Notes => "<!-- Anything else worth remembering: names, the office, the mood. -->",
    }
}

/// Makes the Markdown document a person fills in after an interview.
///
/// The first line is `# Debrief: {heading}`, where the heading names the
/// interview (such as "Acme · Backend Engineer · round 2 (panel) · Tue
/// 2026-11-24 14:00"); every section follows with a short hint in a comment.
/// With `existing`, the sections hold its content, dates written as
/// `YYYY-MM-DD HH:MM` in `zone`, so that saving the document unchanged gives
/// the same content back.
pub fn template(heading: &str, existing: Option<&Content>, zone: &TimeZone) -> String {
    let heading = heading.replace(['\n', '\r'], " ").replace("<!--", "<! --");
    let mut out = format!("# Debrief: {}\n{INTRO}\n", heading.trim());
    for section in Section::ALL {
        out.push_str(&format!("\n## {}\n{}\n", section.title(), prompt(section)));
        for line in existing.map(|c| body(section, c, zone)).unwrap_or_default() {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// Shows a saved debrief as Markdown, in the shape of [`template`] but
/// without the hints and without the sections that are empty.
pub fn render_markdown(content: &Content, zone: &TimeZone) -> String {
    let mut out = String::new();
    for section in Section::ALL {
        let lines = body(section, content, zone);
        if lines.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!("## {}\n", section.title()));
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The lines of one section for a content; none when the section is empty.
fn body(section: Section, content: &Content, zone: &TimeZone) -> Vec<String> {
    let list = |items: &[String]| items.iter().map(|i| format!("- {i}")).collect();
    match section {
        Section::WentWell => list(&content.went_well),
        Section::Issues => list(&content.issues),
        Section::DoBetter => list(&content.do_better),
        Section::Better => {
            let mut lines = Vec::new();
            for b in &content.better {
                lines.push(format!("- Q: {}", b.question));
                let parts = [
                    ("Said", &b.said),
                    ("Better", &b.better),
                    ("Topic", &b.topic),
                ];
                for (name, part) in parts {
                    if let Some(text) = part {
                        lines.push(format!("  {name}: {text}"));
                    }
                }
            }
            lines
        }
        Section::Owed => content
            .owed
            .iter()
            .flat_map(|o| owed_lines(o, zone))
            .collect(),
        Section::Decision => {
            let Some(d) = &content.decision else {
                return Vec::new();
            };
            let mut lines = vec![format!("Said: {}", d.said)];
            match d.by {
                Some(by) => lines.push(format!("By: {}", format_when(by, zone))),
                // Without this line, the words would be read again on saving
                // and might now give a date that was deliberately removed.
                None if reads_a_date(&d.said, zone) => lines.push("By: none".to_owned()),
                None => {}
            }
            lines
        }
        Section::Rating => content
            .rating
            .map(|r| vec![r.to_string()])
            .unwrap_or_default(),
        Section::Notes => content
            .notes
            .as_deref()
            .map(|n| n.split('\n').map(escape).collect())
            .unwrap_or_default(),
    }
}

/// Whether the words of a decision would give a date if read again.
///
/// Any fixed "now" will do: whether words read as a date does not depend on
/// the day they are read, only which date they give.
fn reads_a_date(said: &str, zone: &TimeZone) -> bool {
    let reference = jiff::civil::date(2000, 1, 3)
        .at(12, 0, 0, 0)
        .to_zoned_datetime(zone.clone());
    match reference {
        Ok(now) => parse_decision(said, &now).by.is_some(),
        Err(_) => true,
    }
}

/// Writes an owed item on one line when that line reads back the same, and
/// with labelled lines when its words contain "to" or "by" that would be
/// taken for the person or the date.
fn owed_lines(o: &Owed, zone: &TimeZone) -> Vec<String> {
    let date = o.due.map(|due| format_when(due, zone));
    let has = |text: &str, word: &str| {
        text.split_whitespace()
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    // The line is read by splitting at the last "by" (when a date follows)
    // and then at the last "to", so those words may only appear where the
    // reading expects them.
    let to_clear = match &o.to {
        Some(to) => !has(to, "to"),
        None => !has(&o.what, "to"),
    };
    let by_clear =
        date.is_some() || !(has(&o.what, "by") || o.to.as_deref().is_some_and(|t| has(t, "by")));
    let length = o.what.chars().count()
        + o.to.as_deref().map_or(0, |t| t.chars().count() + 4)
        + date.as_deref().map_or(0, |d| d.len() + 4);
    let plain = to_clear
        && by_clear
        && length <= MAX_ITEM_CHARS
        && label(&o.what, &[("what", Field::What)]).is_none();
    if plain {
        let mut line = format!("- {}", o.what);
        if let Some(to) = &o.to {
            line.push_str(&format!(" to {to}"));
        }
        if let Some(date) = &date {
            line.push_str(&format!(" by {date}"));
        }
        return vec![line];
    }
    let mut lines = vec![format!("- What: {}", o.what)];
    if let Some(to) = &o.to {
        lines.push(format!("  To: {to}"));
    }
    if let Some(date) = date {
        lines.push(format!("  By: {date}"));
    }
    lines
}

/// Writes an instant as `YYYY-MM-DD HH:MM` in the zone, which reads back as
/// the same minute; a time that occurs twice (when clocks go back) also gets
/// its offset, so that the later of the two is not read as the earlier.
fn format_when(ts: Timestamp, zone: &TimeZone) -> String {
    let zoned: ZonedDateTime = ts.to_zoned_datetime(zone.clone());
    let minute = zoned
        .date()
        .at(zoned.hour(), zoned.minute(), 0, 0)
        .to_zoned_datetime(zone.clone());
    let same =
        minute.is_ok_and(|m| m.timestamp().as_second() == ts.as_second().div_euclid(60) * 60);
    if same {
        zoned.strftime("%Y-%m-%d %H:%M").to_string()
    } else {
        zoned.strftime("%Y-%m-%dT%H:%M%:z").to_string()
    }
}

/// Keeps a line of notes that starts with `#` from being read as a heading,
/// by putting a backslash before it (and before any backslashes already there).
fn escape(line: &str) -> String {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    if rest.trim_start_matches('\\').starts_with('#') {
        format!("{}\\{rest}", &line[..indent])
    } else {
        line.to_owned()
    }
}

/// The first line of the banner, exactly; a banner is recognised by it.
const BANNER_HEAD: &str = "<!-- afterview could not read this debrief, so it is not saved yet:";
/// The last line of the banner, exactly.
const BANNER_TAIL: &str =
    "     Fix it below and save again. To give up, delete everything and save. -->";
/// The number of lines the banner takes.
const BANNER_LINES: usize = 3;

/// Puts a comment at the top of the person's text saying what was wrong,
/// for the editor loop that reopens the file after a failed parse.
///
/// The line number in the banner is adjusted for the lines the banner adds,
/// and a banner added before is replaced, so that banners do not pile up.
/// Nothing the person wrote is lost or changed: the result is the banner
/// followed by the text exactly as given (minus an earlier banner of ours).
/// Parsing the result gives the same error, at the adjusted line.
pub fn with_error_banner(text: &str, error: &DebriefError) -> String {
    let (removed, rest) = match strip_banner(text) {
        Some((removed, rest)) if error.line > removed => (removed, rest),
        _ => (0, text),
    };
    let line = error.line - removed + BANNER_LINES;
    let message = error
        .message
        .replace(['\n', '\r'], " ")
        .replace("-->", "-- >");
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    format!("{BANNER_HEAD}{eol}     line {line}: {message}{eol}{BANNER_TAIL}{eol}{rest}")
}

/// Finds a banner of ours at the top of the text: the number of lines it
/// takes and the text after it.
fn strip_banner(text: &str) -> Option<(usize, &str)> {
    let mut lines = text.split_inclusive('\n');
    let mut taken = 0;
    let mut next = |expect: &dyn Fn(&str) -> bool| {
        let line = lines.next()?;
        taken += line.len();
        expect(line.trim_end_matches(['\n', '\r'])).then_some(())
    };
    next(&|l| l == BANNER_HEAD)?;
    next(&|l| l.starts_with("     line "))?;
    next(&|l| l == BANNER_TAIL)?;
    let rest = &text[taken..];
    // The tail must have ended with a line break, or the text was cut inside it.
    (taken > 0 && text[..taken].ends_with('\n')).then_some((BANNER_LINES, rest))
}
