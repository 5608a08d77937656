//! The terminal rendering of findings, as a person reads it.

use afterview_proofread::{Context, LetterKind, render};

use crate::PROOFREADER;

#[test]
fn findings_render_compiler_style_with_carets_under_the_span() {
    let ctx = Context {
        letter_kind: LetterKind::Thanks,
        recipient_names: &["Jane Doe"],
        company: Some("Acme"),
        other_companies: &["Globex"],
        other_people: &["Tom Becker"],
        known_words: &["Sam Carter"],
    };
    let subject = "Thank you from a Globex fan";
    let body = "Dear Jnae,\n\nThank you for today. I definately enjoyed meeting the team at [Company].\n\nBest regards,\nSam Carter\n";
    let findings = PROOFREADER.check(subject, body, &ctx);
    insta::assert_snapshot!(render(&findings, subject, body, false));
}

#[test]
fn colour_wraps_the_severity_and_the_carets() {
    let body = "Dear Jane,\n\nThanks!!\n\nBest,\nSam\n";
    let findings = PROOFREADER.check("", body, &Context::default());
    let out = render(&findings, "", body, true);
    assert!(
        out.starts_with("\u{1b}[1;33mwarning\u{1b}[0m: line 3:"),
        "{out:?}"
    );
}
