//! What a person sees from one check: the right kind of finding at the
//! right place, and silence on correct names.

use afterview_proofread::{Context, Finding, FindingKind, LetterKind, Part, Severity};

use crate::PROOFREADER;

fn ctx() -> Context<'static> {
    Context {
        letter_kind: LetterKind::Thanks,
        recipient_names: &["Siobhán Ní Bhriain"],
        company: Some("Klarna"),
        other_companies: &["Xero", "Qualtrics"],
        other_people: &["Nguyễn Thị Minh", "Oluwaseun Adeyemi"],
        known_words: &["Sam Carter", "Kubernetes"],
    }
}

fn check(subject: &str, body: &str) -> Vec<Finding> {
    PROOFREADER.check(subject, body, &ctx())
}

fn kinds(findings: &[Finding]) -> Vec<FindingKind> {
    findings.iter().map(|f| f.kind).collect()
}

const CLEAN: &str = "Dear Siobhán,\n\nThank you for Tuesday. I enjoyed hearing how Klarna's team runs Kubernetes, and Ní Bhriain's story about on-call.\n\nBest regards,\nSam Carter\n";

#[test]
fn a_clean_letter_with_unusual_names_has_no_findings() {
    let found = check("Thank you, Siobhán", CLEAN);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn offsets_are_bytes_and_columns_are_characters_after_accents() {
    let body = "Dear Siobhán,\n\nThe résumé is definately attached.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    let f = found
        .iter()
        .find(|f| f.kind == FindingKind::Spelling)
        .expect("a spelling finding");
    assert_eq!(&body[f.start..f.end], "definately");
    assert_eq!((f.line, f.column), (3, 15));
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(
        f.suggestions.first().map(String::as_str),
        Some("definitely")
    );
}

#[test]
fn a_misspelled_recipient_name_in_the_greeting_is_one_error_with_the_right_spelling() {
    let body = "Dear Siobhan,\n\nThank you for Tuesday.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    assert_eq!(kinds(&found), [FindingKind::MisspelledName], "{found:#?}");
    assert_eq!(found[0].suggestions, ["Siobhán"]);
    assert_eq!(&body[found[0].start..found[0].end], "Siobhan");
}

#[test]
fn another_applications_company_and_person_are_errors() {
    let body = "Dear Minh,\n\nThank you for Tuesday. I would love to join Xero's platform team.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    assert_eq!(
        kinds(&found),
        [FindingKind::WrongName, FindingKind::WrongCompany],
        "{found:#?}"
    );
    assert_eq!(found[1].suggestions, ["Klarna"]);
    assert_eq!(&body[found[1].start..found[1].end], "Xero");
    assert!(found.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn subject_findings_point_into_the_subject() {
    let found = check("Thank you from a future Qualtrics engineer", CLEAN);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(
        (f.part, f.kind, f.line),
        (Part::Subject, FindingKind::WrongCompany, 1)
    );
    assert_eq!(f.start, "Thank you from a future ".len());
}

#[test]
fn placeholders_shouting_and_exclamations_are_reported() {
    let body = "Dear [Name],\n\nThank you!! It was AMAZING to meet the team at {{company}}.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    assert_eq!(
        kinds(&found),
        [
            FindingKind::Placeholder,
            FindingKind::Exclamations,
            FindingKind::Shouting,
            FindingKind::Placeholder
        ],
        "{found:#?}"
    );
}

#[test]
fn a_long_follow_up_without_greeting_or_sign_off_gets_three_warnings() {
    let body = "I enjoyed our talk. ".repeat(40);
    let ctx = Context {
        letter_kind: LetterKind::FollowUp,
        ..ctx()
    };
    let found = PROOFREADER.check("Following up", &body, &ctx);
    let mut got = kinds(&found);
    got.sort();
    assert_eq!(
        got,
        [
            FindingKind::MissingGreeting,
            FindingKind::MissingSignOff,
            FindingKind::TooLong
        ]
    );
    assert!(found.iter().all(|f| f.severity == Severity::Warning));
    let long = found
        .iter()
        .find(|f| f.kind == FindingKind::TooLong)
        .unwrap();
    assert!(long.message.contains("160 words"), "{}", long.message);
}

#[test]
fn a_repeated_word_is_one_finding_not_two() {
    let body = "Dear Siobhán,\n\nThank you for the the tour.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    assert_eq!(kinds(&found), [FindingKind::RepeatedWord], "{found:#?}");
    assert_eq!(found[0].suggestions, ["the"]);
}

#[test]
fn findings_serialise_with_snake_case_names() {
    let body = "Dear Siobhán,\n\nThank you for the the tour.\n\nBest,\nSam Carter\n";
    let found = check("Thanks", body);
    let json = serde_json::to_value(&found).unwrap();
    assert_eq!(json[0]["kind"], "repeated_word");
    assert_eq!(json[0]["severity"], "error");
    assert_eq!(json[0]["part"], "body");
    let back: Vec<Finding> = serde_json::from_value(json).unwrap();
    assert_eq!(back, found);
}

#[test]
fn checks_from_many_threads_see_only_their_own_known_words() {
    std::thread::scope(|s| {
        for i in 0..4 {
            s.spawn(move || {
                let name = ["Zyxel", "Qonto", "Pleo", "Wayflyer"][i];
                let body = format!(
                    "Dear Siobhán,\n\nThank you. I admire {name}'s work.\n\nBest,\nSam Carter\n"
                );
                let known = [name];
                let ctx = Context {
                    known_words: &known,
                    ..ctx()
                };
                for _ in 0..5 {
                    let found = PROOFREADER.check("Thanks", &body, &ctx);
                    assert!(found.is_empty(), "{name}: {found:#?}");
                }
            });
        }
    });
}

#[test]
fn odd_input_never_panics_and_every_span_is_on_char_boundaries() {
    let bodies = [
        "",
        "\n\n\n",
        "Dear Jane,\r\n\r\nThank you!!\r\n\r\nBest,\r\nSam\r\n",
        "🙂🙂 [ ] {} <> ___ !!! XXX",
        "Dear 王伟,\n\n谢谢 the the Siobhán Ní Bhriain's Xero-Klarna café\u{301}.\n",
        "Dear Siobha\u{301}n,\n\nThank you.\n\nBest,\nSam\n",
        "a",
        "DEAR JANE, THANK YOU SO MUCH FOR EVERYTHING.",
    ];
    for body in bodies {
        for subject in ["", "Re: {{x}} ✓", body] {
            for f in PROOFREADER.check(subject, body, &ctx()) {
                let text = match f.part {
                    Part::Subject => subject,
                    Part::Body => body,
                };
                assert!(f.start <= f.end && f.end <= text.len(), "{f:?} in {text:?}");
                assert!(
                    text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                    "{f:?} in {text:?}"
                );
            }
        }
    }
}
