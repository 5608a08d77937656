//! Every built-in letter as a person reads it, with every optional value
//! present and with none: a change to a template's wording shows up here.

use afterview_letters::Template;

use crate::{full, minimal, render};

/// The subject and the body as they would appear in a mail client.
fn letter(t: Template, vars: &afterview_letters::Vars) -> String {
    let r = render(t, vars);
    format!("Subject: {}\n\n{}", r.subject, r.body)
}

#[test]
fn every_letter_with_every_optional_value() {
    for t in Template::ALL {
        insta::assert_snapshot!(format!("{}_full", t.name()), letter(t, &full()));
    }
}

#[test]
fn every_letter_with_no_optional_value() {
    for t in Template::ALL {
        insta::assert_snapshot!(format!("{}_minimal", t.name()), letter(t, &minimal()));
    }
}
