//! A thank-you note laid out as a printable postcard.
//!
//! Some thanks go better by post. [`card_html`] turns a short note into one
//! self-contained HTML page (no scripts, fonts or images from elsewhere)
//! sized by `@page` for an A6 card, so printing it from a browser gives a
//! card to sign and send. Every piece of text is HTML-escaped: the note was
//! written by a person and may contain anything, including markup.

use std::fmt::Write;

/// What goes on the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Whom the card thanks; written as "Dear {to_name},".
    pub to_name: String,
    /// Who signs it; written under the note.
    pub from_name: String,
    /// The note itself, without greeting or signature. A blank line starts a
    /// new paragraph; a single line break stays a line break.
    pub body: String,
    /// The date as it should read on the card, such as "12 March 2025".
    pub date_line: String,
}

/// The card as a complete HTML page, ready to open and print.
pub fn card_html(c: &Card) -> String {
    let mut paragraphs = String::new();
    for paragraph in paragraphs_of(&c.body) {
        let lines: Vec<String> = paragraph.iter().map(|l| escape(l)).collect();
        // Writing to a String cannot fail.
        let _ = writeln!(paragraphs, "      <p>{}</p>", lines.join("<br>\n      "));
    }
    format!(
        r#"<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Card for {to}</title>
<style>
  @page {{ size: A6 landscape; margin: 0; }}
  html, body {{ margin: 0; padding: 0; }}
  body {{ background: #eee; }}
  .card {{
    box-sizing: border-box;
    width: 148mm;
    height: 105mm;
    margin: 10mm auto;
    padding: 10mm 12mm;
    background: #fff;
    color: #222;
    font-family: Georgia, "Times New Roman", Times, serif;
    font-size: 11pt;
    line-height: 1.45;
    overflow: hidden;
    box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.2);
  }}
  .date {{ text-align: right; font-style: italic; margin: 0 0 5mm; }}
  .greeting {{ margin: 0 0 3mm; }}
  .note p {{ margin: 0 0 3mm; }}
  .signature {{ margin: 5mm 0 0; text-align: right; }}
  @media print {{
    body {{ background: none; }}
    .card {{ margin: 0; box-shadow: none; page-break-after: always; }}
  }}
</style>
</head>
<body>
  <main class="card">
    <p class="date">{date}</p>
    <p class="greeting">Dear {to},</p>
    <div class="note">
{paragraphs}    </div>
    <p class="signature">{from}</p>
  </main>
</body>
</html>
"#,
        to = escape(c.to_name.trim()),
        from = escape(c.from_name.trim()),
        date = escape(c.date_line.trim()),
    )
}

/// Splits text into paragraphs (runs of non-blank lines), each a list of
/// trimmed lines.
fn paragraphs_of(text: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Escapes the five characters that mean something in HTML text and
/// attribute values.
fn escape(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_split_paragraphs_and_single_breaks_stay() {
        let p = paragraphs_of("one\ntwo\n\n\n  three  \n");
        assert_eq!(p, vec![vec!["one", "two"], vec!["three"]]);
        assert!(paragraphs_of(" \n\n").is_empty());
    }

    #[test]
    fn escape_covers_text_and_attribute_contexts() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
