//! The printable card: its layout, and that no text can become markup.

use afterview_mail::{Card, card_html};

fn card() -> Card {
    Card {
        to_name: "Dr. Chen Wei".into(),
        from_name: "Zoë Ünal".into(),
        body: "Thank you for Tuesday's conversation & the tour of the lab.\n\
               I left inspired.\n\n\
               I hope we meet again soon."
            .into(),
        date_line: "4 March 2025".into(),
    }
}

/// The names of the elements in an HTML text, in order, closing tags
/// excluded.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .filter(|t| !t.starts_with('/'))
        .map(|t| {
            t.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .collect()
}

#[test]
fn the_card_is_a_postcard_sized_serif_page() {
    let html = card_html(&card());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A6 landscape"), "{html}");
    assert!(html.contains("serif"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("Dear Dr. Chen Wei,"));
    assert!(html.contains("Zoë Ünal"));
    assert!(html.contains("&amp; the tour"));
    assert!(html.contains("of the lab.<br>\n      I left inspired."));
    assert_eq!(html.matches("<p>").count(), 2, "two paragraphs");
}

#[test]
fn hostile_text_everywhere_stays_text() {
    let hostile = Card {
        to_name: "<script>alert('to')</script>".into(),
        from_name: "\"><img src=x onerror=alert(1)>".into(),
        body: "</p></div><script>fetch('https://evil.example')</script>\n<br>\n\n<a href=\"javascript:x\">click</a>".into(),
        date_line: "</title><style>body{display:none}</style>".into(),
    };
    let html = card_html(&hostile);
    // Same paragraphs and line breaks as `card()`, so any difference in
    // elements can only come from the text.
    let safe = tags(&card_html(&card()));
    assert_eq!(
        tags(&html),
        safe,
        "hostile text added or removed elements:\n{html}"
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;to&#39;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;/title&gt;&lt;style&gt;"), "{html}");
}

#[test]
fn snapshot_of_a_card() {
    insta::assert_snapshot!(card_html(&card()));
}
