//! Output for people: aligned tables, a little colour, times in their zone.
//!
//! Colour goes through `anstream`, which drops it when standard output is
//! not a terminal or `NO_COLOR` is set, so pipes and scripts get plain text.

use anstyle::{AnsiColor, Style};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::fmt::Write as _;
use unicode_width::UnicodeWidthStr;

/// Column headers.
pub const HEADER: Style = Style::new().bold();
/// Quiet text: ids, hints.
pub const DIM: Style = Style::new().dimmed();
/// Good news.
pub const GOOD: Style = AnsiColor::Green.on_default();
/// Something to notice.
pub const WARN: Style = AnsiColor::Yellow.on_default();
/// Something that ended badly.
pub const BAD: Style = AnsiColor::Red.on_default();

/// Wraps text in a style.
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// The style of an application status.
pub fn status_style(status: &str) -> Style {
    match status {
        "offer" | "hired" => GOOD.bold(),
        "interviewing" => GOOD,
        "applied" | "scheduled" => Style::new(),
        "rejected" | "no-show" => BAD,
        "ghosted" | "withdrawn" | "cancelled" => DIM,
        _ => WARN,
    }
}

/// The most characters a cell shows before it is cut with an ellipsis.
const MAX_CELL: usize = 48;

fn cut(text: &str) -> String {
    if text.width() <= MAX_CELL {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + 1 >= MAX_CELL {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A table whose cells may carry a style.
pub struct Table {
    headers: Vec<&'static str>,
    rows: Vec<Vec<(String, Style)>>,
}

impl Table {
    /// A table with these column headers.
    pub fn new(headers: &[&'static str]) -> Table {
        Table {
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row of plain cells.
    pub fn row<I, T>(&mut self, cells: I)
    where
        I: IntoIterator<Item = T>,
        T: Into<Cell>,
    {
        self.rows.push(
            cells
                .into_iter()
                .map(|c| {
                    let c: Cell = c.into();
                    (cut(&c.0), c.1)
                })
                .collect(),
        );
    }

    /// Whether it has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as text, columns padded to their widest cell.
    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (i, (text, _)) in row.iter().enumerate() {
                if i < widths.len() {
                    widths[i] = widths[i].max(text.width());
                }
            }
        }
        let mut out = String::new();
        let last = self.headers.len().saturating_sub(1);
        for (i, h) in self.headers.iter().enumerate() {
            let pad = if i == last {
                0
            } else {
                widths[i] - h.width() + 2
            };
            let _ = write!(out, "{}{}", paint(HEADER, h), " ".repeat(pad));
        }
        trim_line(&mut out);
        for row in &self.rows {
            for (i, (text, style)) in row.iter().enumerate() {
                let pad = if i == last {
                    0
                } else {
                    widths[i].saturating_sub(text.width()) + 2
                };
                let _ = write!(out, "{}{}", paint(*style, text), " ".repeat(pad));
            }
            trim_line(&mut out);
        }
        out
    }
}

/// Ends a table line without the padding an empty last cell leaves behind.
fn trim_line(out: &mut String) {
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
    out.push('\n');
}

/// A cell: its text and style.
pub struct Cell(pub String, pub Style);

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell(s, Style::new())
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell(s.to_owned(), Style::new())
    }
}

impl From<(String, Style)> for Cell {
    fn from((s, st): (String, Style)) -> Cell {
        Cell(s, st)
    }
}

/// An instant in the person's zone: "Wed 2026-12-02 14:00".
pub fn local(ts: Timestamp, tz: &TimeZone) -> String {
    afterview_core::time::show_local(ts, tz)
}

/// A day in the person's zone: "2026-12-02".
pub fn day(ts: Timestamp, tz: &TimeZone) -> String {
    ts.to_zoned_datetime(tz.clone())
        .strftime("%Y-%m-%d")
        .to_string()
}

/// "Label: value" lines for a detail view, skipping empty values.
pub fn fields(pairs: &[(&str, Option<String>)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (k, v) in pairs {
        if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
            let mut lines = v.lines();
            let first = lines.next().unwrap_or("");
            let _ = writeln!(
                out,
                "{}{}  {first}",
                paint(HEADER, k),
                " ".repeat(width - k.width())
            );
            for line in lines {
                let _ = writeln!(out, "{}  {line}", " ".repeat(width));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_and_long_cells_are_cut() {
        let mut t = Table::new(&["ID", "ROLE"]);
        t.row(["1".to_owned(), "Engineer".to_owned()]);
        t.row(["12".to_owned(), "x".repeat(80)]);
        let text = anstream::adapter::strip_str(&t.render()).to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID  ROLE");
        assert_eq!(lines[1], "1   Engineer");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[2].width(), 4 + MAX_CELL);
    }
}
