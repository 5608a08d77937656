//! A user's own templates: they replace the built-in ones, and every mistake
//! in them is reported with the file, the line and what to write instead,
//! including mistakes in branches that today's letter would not take.

use std::path::{Path, PathBuf};

use afterview_letters::{Origin, Template, TemplateError, Templates};

use crate::{full, minimal};

/// A templates folder holding one file.
fn folder_with(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("the template is written");
    (dir, path)
}

/// The error loading a folder with one file gives.
fn load_error(name: &str, text: &str) -> (TemplateError, PathBuf) {
    let (dir, path) = folder_with(name, text);
    let err = Templates::with_overrides(dir.path()).expect_err("the template is refused");
    (err, path)
}

#[test]
fn an_override_replaces_the_built_in_template() {
    let text = "Subject: Thanks, {{ to.first_name }}\n\nHi {{ to.first_name }},\n\nThanks for {{ interview.day if interview else \"today\" }}.\n\nCheers,\n{{ me.name }}\n";
    let (dir, path) = folder_with("thanks.txt", text);
    let templates = Templates::with_overrides(dir.path()).unwrap();

    let letter = templates.render(Template::Thanks, &full()).unwrap();
    assert_eq!(letter.subject, "Thanks, Siobhán");
    assert_eq!(
        letter.body,
        "Hi Siobhán,\n\nThanks for Tuesday.\n\nCheers,\nSam Carter\n"
    );
    assert_eq!(
        templates.source(Template::Thanks),
        (&Origin::File(path), text)
    );

    // The other templates stay built in.
    let (origin, builtin) = templates.source(Template::FollowUp);
    assert_eq!(origin, &Origin::BuiltIn(Template::FollowUp));
    assert!(builtin.starts_with("Subject: "));
    assert_eq!(
        templates.render(Template::FollowUp, &full()).unwrap(),
        Templates::builtin()
            .render(Template::FollowUp, &full())
            .unwrap()
    );
}

#[test]
fn a_missing_folder_means_the_built_in_templates() {
    let dir = tempfile::tempdir().unwrap();
    let templates = Templates::with_overrides(&dir.path().join("templates")).unwrap();
    assert!(
        Template::ALL
            .iter()
            .all(|t| templates.source(*t).0.is_builtin())
    );
}

#[test]
fn an_unknown_variable_in_a_branch_not_taken_names_file_line_and_the_nearest() {
    let text = "Subject: Thank you\n\nDear {{ to.first_name }},\n{% if debrief and debrief.topics %}\nI enjoyed meeting {{ interviewer.name }}.\n{% endif %}\n";
    let (err, path) = load_error("thanks.txt", text);
    assert_eq!(
        err.to_string(),
        format!(
            "{} line 5: unknown variable 'interviewer.name'; did you mean 'to.name'? The variables and filters are listed in docs/templates.md",
            path.display()
        )
    );
    assert!(matches!(
        err,
        TemplateError::UnknownVariable { line: 5, .. }
    ));
}

#[test]
fn an_unknown_nested_field_is_found_in_a_branch_not_taken() {
    let text =
        "Subject: Hello\n\nDear {{ to.first_name }},\n\n{% if false %}{{ to.nmae }}{% endif %}\n";
    let (err, path) = load_error("nudge.txt", text);
    let TemplateError::UnknownVariable {
        file,
        line,
        name,
        suggestion,
        ..
    } = &err
    else {
        panic!("expected an unknown variable, got {err}");
    };
    assert_eq!(
        (file, *line, name.as_str()),
        (&Origin::File(path), 5, "to.nmae")
    );
    assert_eq!(suggestion.as_deref(), Some("to.name"));

    // A field of a loop's item, and a name with nothing near it.
    let text = "Subject: Hello\n\n{% for item in debrief.owed %}\n{{ item.wat }}\n{% endfor %}\n";
    let (err, _) = load_error("followup.txt", text);
    assert!(
        err.to_string()
            .contains("line 4: unknown variable 'item.wat'; did you mean 'item.what'?"),
        "{err}"
    );
    let (err, _) = load_error("followup.txt", "Subject: Hello\n\n{{ to.shoe_size }}\n");
    assert!(
        err.to_string().contains("line 3: unknown variable 'to.shoe_size'; the names here are email, first_name, name, role;"),
        "{err}"
    );
}

#[test]
fn a_variable_in_the_subject_is_checked_on_line_one() {
    let (err, _) = load_error("ask.txt", "Subject: About {{ compnay }}\n\nHi,\n");
    assert!(
        matches!(err, TemplateError::UnknownVariable { line: 1, ref suggestion, .. } if suggestion.as_deref() == Some("company")),
        "{err}"
    );
}

#[test]
fn a_syntax_error_names_file_and_line() {
    let text =
        "Subject: Thank you\n\nDear {{ to.first_name }},\n\nThank you for {{ interview.day }.\n";
    let (err, path) = load_error("thanks.txt", text);
    assert!(
        matches!(err, TemplateError::Syntax { line: 5, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with(&format!("{} line 5: syntax error: ", path.display())),
        "{err}"
    );

    let (err, _) = load_error("thanks.txt", "Subject: Hi\n\n{% if skills %}\nSkills.\n");
    assert!(
        err.to_string()
            .ends_with("line 3: syntax error: this {% if %} has no {% endif %}"),
        "{err}"
    );
}

#[test]
fn an_unknown_filter_is_reported_with_the_nearest() {
    let (err, _) = load_error(
        "thanks.txt",
        "Subject: Hi\n\n{% if false %}{{ skills|joinand }}{% endif %}\n",
    );
    assert!(err.to_string().ends_with("line 3: unknown filter 'joinand'; did you mean 'join_and'? The variables and filters are listed in docs/templates.md"), "{err}");
}

#[test]
fn a_missing_subject_line_is_reported() {
    let (err, path) = load_error("withdraw.txt", "Dear {{ to.first_name }},\n\nThank you.\n");
    assert!(
        matches!(&err, TemplateError::MissingSubject { file } if file == &Origin::File(path.clone()))
    );
    assert!(err.to_string().starts_with(&format!("{}: the first line must be the subject, such as \"Subject: Thank you for the {{{{ role }}}} interview\"", path.display())), "{err}");
}

#[test]
fn a_misnamed_file_is_reported_rather_than_ignored() {
    let (err, path) = load_error("thank-you.txt", "Subject: Hi\n\nHello.\n");
    assert_eq!(
        err.to_string(),
        format!(
            "{} is not a template file, so it is not used; did you mean thanks.txt? The template files are thanks.txt, thanks-again.txt, followup.txt, nudge.txt, checkin.txt, ask.txt, withdraw.txt",
            path.display()
        )
    );
    // Files with names far from any template are the user's business.
    let (dir, _) = folder_with("README.txt", "Notes.");
    assert!(Templates::with_overrides(dir.path()).is_ok());
}

#[test]
fn printing_an_absent_value_fails_the_render_with_its_line() {
    let text = "Subject: Hi\n\nDear {{ to.first_name }},\n\nAs {{ to.role }}, you know.\n";
    let (dir, path) = folder_with("checkin.txt", text);
    let templates = Templates::with_overrides(dir.path()).unwrap();
    assert!(templates.render(Template::CheckIn, &full()).is_ok());
    let err = templates.render(Template::CheckIn, &minimal()).unwrap_err();
    assert!(
        matches!(&err, TemplateError::Render { line: Some(5), .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with(&format!("{} line 5: ", path.display())),
        "{err}"
    );
    assert!(err.to_string().contains("{% if"), "{err}");
}

#[test]
fn a_subject_that_renders_empty_is_an_error() {
    let (dir, _) = folder_with(
        "nudge.txt",
        "Subject: {% if last %}Re: {{ last.subject }}{% endif %}\n\nHi.\n",
    );
    let templates = Templates::with_overrides(dir.path()).unwrap();
    assert!(matches!(
        templates.render(Template::Nudge, &minimal()),
        Err(TemplateError::EmptySubject { .. })
    ));
}

#[test]
fn an_unreadable_override_is_an_error_not_a_silent_fallback() {
    let (dir, path) = folder_with("ask.txt", "");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let err = Templates::with_overrides(dir.path()).unwrap_err();
    assert!(
        matches!(&err, TemplateError::Read { file, .. } if file == &path),
        "{err:?}"
    );
    let _: &Path = dir.path();
}

#[test]
fn the_built_in_source_can_be_copied_as_an_override() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = Templates::builtin();
    for t in Template::ALL {
        let (origin, text) = builtin.source(t);
        assert_eq!(origin.to_string(), format!("built-in {}", t.file_name()));
        std::fs::write(dir.path().join(t.file_name()), text).unwrap();
    }
    let copied = Templates::with_overrides(dir.path()).unwrap();
    for t in Template::ALL {
        assert!(copied.source(t).0.path().is_some());
        assert_eq!(
            copied.render(t, &full()).unwrap(),
            builtin.render(t, &full()).unwrap()
        );
    }
}
