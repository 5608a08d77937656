//! Hand-written SVG charts: horizontal bars, columns, and dots with a line
//! over time, each a small pure function that returns a whole `<svg>`.
//!
//! Pages insert these strings unescaped (askama's `|safe`), so this module
//! is the one place that must escape: every piece of text that goes into a
//! chart (titles, labels, values) passes through [`escape`], and numbers are
//! written by `format!`. A chart is `role="img"` with a `<title>` and a
//! `<desc>` that screen readers announce; the page shows the same numbers in
//! a table beside it. Sizes are a `viewBox`, so a chart scales down to a
//! phone; colours and fonts come from the `.chart` rules in `app.css`
//! (the CSP forbids inline styles).

use std::fmt::Write;

/// The width of every chart, in its own units.
const WIDTH: f64 = 480.0;

/// Text made safe for SVG content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A label cut to `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// One bar: what it is, how long, and the number written beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is.
    pub label: String,
    /// Its length; negative lengths draw as zero.
    pub value: f64,
    /// The number shown with it, as people read it ("42 (35%)").
    pub text: String,
    /// Drawn in the quieter colour (a group too small to compare, say).
    pub faint: bool,
}

impl Bar {
    /// A bar in the main colour.
    pub fn new(label: impl Into<String>, value: f64, text: impl Into<String>) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: text.into(),
            faint: false,
        }
    }

    /// The same bar in the quieter colour when `faint`.
    pub fn faint(mut self, faint: bool) -> Bar {
        self.faint = faint;
        self
    }
}

/// The opening of a chart: its box, its role and its accessible name.
fn open(out: &mut String, id: &str, height: f64, title: &str, desc: &str) {
    let id = escape(id);
    let _ = write!(
        out,
        r#"<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-title {id}-desc"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(desc)
    );
}

/// A chart with nothing to draw yet, saying so.
fn empty(id: &str, title: &str, desc: &str) -> String {
    let mut out = String::new();
    open(&mut out, id, 60.0, title, desc);
    out.push_str(
        r#"<text class="empty" x="240" y="34" text-anchor="middle">No data yet</text></svg>"#,
    );
    out
}

/// The largest value, at least something above zero so bars can scale.
fn top(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0_f64, f64::max).max(f64::MIN_POSITIVE)
}

/// Horizontal bars, one per row, label on the left and the number after
/// the bar: the funnel, or any ranking.
pub fn hbars(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    if bars.is_empty() {
        return empty(id, title, desc);
    }
    const ROW: f64 = 34.0;
    const LEFT: f64 = 110.0;
    const SPAN: f64 = 280.0;
    let height = ROW * bars.len() as f64 + 8.0;
    let max = top(bars.iter().map(|b| b.value));
    let mut out = String::new();
    open(&mut out, id, height, title, desc);
    for (i, b) in bars.iter().enumerate() {
        let y = 4.0 + ROW * i as f64;
        let w = (b.value.max(0.0) / max * SPAN).max(if b.value > 0.0 { 1.0 } else { 0.0 });
        let class = if b.faint { "bar faint" } else { "bar" };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text><rect class="{class}" x="{LEFT}" y="{:.1}" width="{w:.1}" height="22" rx="3"/><text class="value" x="{:.1}" y="{:.1}">{}</text>"#,
            LEFT - 8.0,
            y + 16.0,
            escape(&clip(&b.label, 14)),
            y,
            LEFT + w + 6.0,
            y + 16.0,
            escape(&b.text),
        );
    }
    out.push_str("</svg>");
    out
}

/// Vertical columns side by side, the label under each and the number on
/// top; `max` fixes the scale (1.0 for shares), else the tallest fills it.
pub fn columns(id: &str, title: &str, desc: &str, bars: &[Bar], max: Option<f64>) -> String {
    if bars.is_empty() {
        return empty(id, title, desc);
    }
    const HEIGHT: f64 = 220.0;
    const BASE: f64 = 180.0;
    const TALL: f64 = 150.0;
    let max = max.unwrap_or_else(|| top(bars.iter().map(|b| b.value)));
    let slot = (WIDTH - 20.0) / bars.len() as f64;
    let width = (slot * 0.6).min(90.0);
    let mut out = String::new();
    open(&mut out, id, HEIGHT, title, desc);
    let _ = write!(
        out,
        r#"<line class="axis" x1="10" y1="{BASE}" x2="{:.1}" y2="{BASE}"/>"#,
        WIDTH - 10.0
    );
    let chars = ((slot / 7.0) as usize).max(4);
    for (i, b) in bars.iter().enumerate() {
        let mid = 10.0 + slot * (i as f64 + 0.5);
        let h = (b.value.max(0.0) / max).min(1.0) * TALL;
        let class = if b.faint { "bar faint" } else { "bar" };
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="{width:.1}" height="{h:.1}" rx="3"/><text class="value" x="{mid:.1}" y="{:.1}" text-anchor="middle">{}</text><text x="{mid:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            mid - width / 2.0,
            BASE - h,
            BASE - h - 6.0,
            escape(&b.text),
            BASE + 18.0,
            escape(&clip(&b.label, chars)),
        );
    }
    out.push_str("</svg>");
    out
}

/// What a chart over time draws: dots, a line, and the labels of its axes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Plot {
    /// Single observations, `(x, y)`.
    pub dots: Vec<(f64, f64)>,
    /// A trend through them, `(x, y)`, drawn in order.
    pub line: Vec<(f64, f64)>,
    /// Labels along the bottom, at their `x`.
    pub x_labels: Vec<(f64, String)>,
    /// The lowest and highest `y` shown.
    pub y_range: (f64, f64),
    /// Where to draw a guide across, each with its label.
    pub y_ticks: Vec<(f64, String)>,
}

/// Dots and a line over time (`x` is any increasing number, such as
/// seconds), with guides across at `y_ticks`.
pub fn over_time(id: &str, title: &str, desc: &str, plot: &Plot) -> String {
    if plot.dots.is_empty() && plot.line.is_empty() {
        return empty(id, title, desc);
    }
    const HEIGHT: f64 = 220.0;
    const LEFT: f64 = 34.0;
    const RIGHT: f64 = WIDTH - 14.0;
    const TOP: f64 = 12.0;
    const BASE: f64 = 186.0;
    let xs = plot.dots.iter().chain(&plot.line).map(|p| p.0);
    let (lo, hi) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    // A single instant sits in the middle rather than dividing by zero.
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else {
        (lo - 1.0, lo + 1.0)
    };
    let (y0, y1) = plot.y_range;
    let y_span = if y1 > y0 { y1 - y0 } else { 1.0 };
    let px = |x: f64| LEFT + (x - lo) / (hi - lo) * (RIGHT - LEFT);
    let py = |y: f64| BASE - ((y - y0) / y_span).clamp(0.0, 1.0) * (BASE - TOP);
    let mut out = String::new();
    open(&mut out, id, HEIGHT, title, desc);
    for (y, label) in &plot.y_ticks {
        let _ = write!(
            out,
            r#"<line class="axis" x1="{LEFT}" y1="{0:.1}" x2="{RIGHT}" y2="{0:.1}"/><text x="{1:.1}" y="{2:.1}" text-anchor="end">{3}</text>"#,
            py(*y),
            LEFT - 6.0,
            py(*y) + 4.0,
            escape(label)
        );
    }
    for (x, label) in &plot.x_labels {
        let anchor = match px(*x) {
            p if p < LEFT + 30.0 => "start",
            p if p > RIGHT - 30.0 => "end",
            _ => "middle",
        };
        let _ = write!(
            out,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
            px(*x),
            BASE + 22.0,
            escape(label)
        );
    }
    for (x, y) in &plot.dots {
        let _ = write!(
            out,
            r#"<circle class="dot faint" cx="{:.1}" cy="{:.1}" r="3"/>"#,
            px(*x),
            py(*y)
        );
    }
    if plot.line.len() > 1 {
        out.push_str(r#"<polyline class="line" points=""#);
        for (i, (x, y)) in plot.line.iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(out, "{sep}{:.1},{:.1}", px(*x), py(*y));
        }
        out.push_str(r#""/>"#);
    }
    for (x, y) in &plot.line {
        let _ = write!(
            out,
            r#"<circle class="dot" cx="{:.1}" cy="{:.1}" r="3.5"/>"#,
            px(*x),
            py(*y)
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = r#"<script>alert("x")</script> & 'co'"#;

    /// Every text node and attribute of the output, with the markup this
    /// module writes itself removed, holds no raw angle bracket or quote.
    fn assert_no_raw(svg: &str) {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains(r#""x""#), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
    }

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
    }

    #[test]
    fn a_hostile_label_title_or_value_is_escaped_everywhere() {
        let bars = [Bar::new(HOSTILE, 3.0, HOSTILE), Bar::new("ok", 1.0, "1")];
        assert_no_raw(&hbars("f", HOSTILE, HOSTILE, &bars));
        assert_no_raw(&columns("c", HOSTILE, HOSTILE, &bars, None));
        let plot = Plot {
            dots: vec![(0.0, 1.0)],
            line: vec![(0.0, 1.0), (1.0, 2.0)],
            x_labels: vec![(0.0, HOSTILE.into())],
            y_range: (1.0, 5.0),
            y_ticks: vec![(1.0, HOSTILE.into())],
        };
        assert_no_raw(&over_time("t", HOSTILE, HOSTILE, &plot));
        // The id names the title and description; it is escaped too.
        assert!(!hbars("\"><script>", "t", "d", &bars).contains("\"><script>"));
    }

    #[test]
    fn charts_are_images_with_a_title_and_a_description_and_scale() {
        let svg = hbars(
            "funnel",
            "The funnel",
            "3 applied, 1 hired",
            &[Bar::new("Applied", 3.0, "3")],
        );
        assert!(svg.starts_with(r#"<svg class="chart""#));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="funnel-title funnel-desc""#));
        assert!(svg.contains(r#"<title id="funnel-title">The funnel</title>"#));
        assert!(svg.contains(r#"<desc id="funnel-desc">3 applied, 1 hired</desc>"#));
        assert!(svg.contains(r#"viewBox="0 0 480 "#));
        assert!(!svg.contains("style="));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn empty_data_says_so_instead_of_drawing_nothing() {
        for svg in [
            hbars("a", "t", "d", &[]),
            columns("b", "t", "d", &[], Some(1.0)),
            over_time("c", "t", "d", &Plot::default()),
        ] {
            assert!(svg.contains("No data yet"), "{svg}");
            assert!(svg.contains("<title id="), "{svg}");
        }
    }

    #[test]
    fn bars_scale_to_the_longest_and_zero_draws_nothing() {
        let svg = hbars(
            "f",
            "t",
            "d",
            &[
                Bar::new("A", 10.0, "10"),
                Bar::new("B", 5.0, "5"),
                Bar::new("C", 0.0, "0"),
            ],
        );
        assert!(svg.contains(r#"width="280.0""#), "{svg}");
        assert!(svg.contains(r#"width="140.0""#), "{svg}");
        assert!(svg.contains(r#"width="0.0""#), "{svg}");
        // NaN or negative values never reach the output.
        let odd = columns("c", "t", "d", &[Bar::new("A", -3.0, "-3")], Some(1.0));
        assert!(!odd.contains("NaN") && !odd.contains("height=\"-"), "{odd}");
    }

    #[test]
    fn a_single_point_in_time_is_drawn_in_the_middle() {
        let plot = Plot {
            dots: vec![(100.0, 3.0)],
            line: vec![(100.0, 3.0)],
            y_range: (1.0, 5.0),
            ..Plot::default()
        };
        let svg = over_time("t", "t", "d", &plot);
        assert!(svg.contains(r#"cx="250.0" cy="99.0""#), "{svg}");
        assert!(!svg.contains("NaN"), "{svg}");
    }

    #[test]
    fn long_labels_are_clipped_in_the_chart() {
        assert_eq!(clip("Something missed or late", 10), "Something…");
        assert_eq!(clip("Short", 10), "Short");
    }
}
