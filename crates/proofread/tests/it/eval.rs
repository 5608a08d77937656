//! The evaluation on `eval/letters/` meets its targets, so a change that
//! makes the proofreader miss mistakes or raise false alarms fails CI.
//!
//! The same evaluation prints its table with
//! `cargo run --release -p afterview-proofread --example eval`.

use std::path::Path;

use afterview_proofread::FindingKind;

use crate::PROOFREADER;

// The example uses parts of the harness that this test does not.
#[allow(dead_code)]
#[path = "../../eval/harness.rs"]
mod harness;

#[test]
fn the_evaluation_meets_its_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/letters");
    let letters = harness::load(&dir).expect("the evaluation letters load");
    let report = harness::evaluate(&PROOFREADER, &letters);
    let table = report.table();

    // The set is big enough to mean something: the sizes the issue asks for.
    assert!(letters.len() >= 60, "{} letters\n{table}", letters.len());
    assert!(
        report.clean >= 15,
        "{} clean letters\n{table}",
        report.clean
    );
    for (kind, at_least) in [
        (FindingKind::Spelling, 20),
        (FindingKind::Grammar, 15),
        (FindingKind::WrongCompany, 8),
        (FindingKind::WrongName, 8),
        (FindingKind::Placeholder, 8),
    ] {
        let seeded = report.kind(kind).seeded;
        assert!(
            seeded >= at_least,
            "{seeded} seeded {kind:?} mistakes\n{table}"
        );
    }

    let targets = [
        (
            "spelling recall",
            report.kind(FindingKind::Spelling).recall(),
            0.95,
        ),
        ("names recall", report.names().recall(), 0.95),
        (
            "placeholder recall",
            report.kind(FindingKind::Placeholder).recall(),
            0.95,
        ),
        (
            "wrong company recall",
            report.kind(FindingKind::WrongCompany).recall(),
            0.95,
        ),
        (
            "grammar recall",
            report.kind(FindingKind::Grammar).recall(),
            0.60,
        ),
        ("overall precision", report.overall().precision(), 0.95),
        ("names precision", report.names().precision(), 1.0),
    ];
    for (what, got, want) in targets {
        assert!(got >= want, "{what} is {got:.3}, below {want}\n{table}");
    }
}
