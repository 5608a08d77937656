//! `docs/templates.md` documents every variable, template and filter: a
//! field added to `Vars` or a template added to the crate without a word in
//! the docs fails here.

use afterview_letters::{Template, Vars};

/// The user's guide to templates.
fn guide() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/templates.md");
    std::fs::read_to_string(path).expect("docs/templates.md exists")
}

#[test]
fn every_variable_is_documented() {
    let guide = guide();
    let missing: Vec<String> = Vars::names()
        .into_iter()
        .filter(|name| !guide.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/templates.md does not document {missing:?}"
    );
}

#[test]
fn every_template_and_filter_is_documented() {
    let guide = guide();
    for t in Template::ALL {
        assert!(
            guide.contains(&format!("`{}`", t.file_name())),
            "{t} is not documented"
        );
    }
    for filter in ["join_and", "the", "ordinal"] {
        assert!(
            guide.contains(&format!("`{filter}`")),
            "the filter {filter} is not documented"
        );
    }
}

#[test]
fn the_names_reach_into_lists_and_nested_fields() {
    let names = Vars::names();
    for name in [
        "company",
        "to.first_name",
        "debrief.owed[].what",
        "interview.with",
        "me.signature",
    ] {
        assert!(
            names.iter().any(|n| n == name),
            "{name} is missing from {names:?}"
        );
    }
}

/// The code blocks of a section of the guide, in order.
fn blocks_of(guide: &str, heading: &str) -> Vec<String> {
    let section = guide
        .split_once(heading)
        .map(|(_, s)| s)
        .unwrap_or_default();
    let section = section.split("\n## ").next().unwrap_or_default();
    section
        .split("```text\n")
        .skip(1)
        .filter_map(|b| b.split_once("```").map(|(code, _)| code.to_owned()))
        .collect()
}

#[test]
fn the_complete_example_drafts_what_the_guide_shows() {
    let guide = guide();
    let blocks = blocks_of(&guide, "## A complete example");
    let [template, expected] = blocks.as_slice() else {
        panic!("the complete example has a template and its letter, got {blocks:?}");
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("followup.txt"), template).unwrap();
    let templates = afterview_letters::Templates::with_overrides(dir.path()).unwrap();
    let letter = templates
        .render(Template::FollowUp, &Vars::example())
        .unwrap();
    assert_eq!(
        &format!("Subject: {}\n\n{}", letter.subject, letter.body),
        expected
    );
}

#[test]
fn the_format_example_is_a_valid_template() {
    let guide = guide();
    let blocks = blocks_of(&guide, "## The file format");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("thanks.txt"), &blocks[0]).unwrap();
    let templates = afterview_letters::Templates::with_overrides(dir.path()).unwrap();
    let letter = templates
        .render(Template::Thanks, &Vars::example())
        .unwrap();
    assert_eq!(
        letter.subject,
        "Thank you for the Staff Data Engineer interview"
    );
}
