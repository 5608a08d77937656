//! Scores the proofreader on the labelled letters in `eval/letters/` and
//! prints recall and precision per class:
//!
//! ```text
//! cargo run --release -p afterview-proofread --example eval
//! cargo run --release -p afterview-proofread --example eval -- --show m01
//! ```
//!
//! `--show PREFIX` also prints the findings of the letters whose file name
//! starts with PREFIX, as the command line shows them.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use afterview_proofread::{Proofreader, render};

// The test binary uses parts of the harness that this example does not.
#[allow(dead_code)]
#[path = "../eval/harness.rs"]
mod harness;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = match args.as_slice() {
        [] => None,
        [flag, prefix] if flag == "--show" => Some(prefix.as_str()),
        _ => {
            eprintln!("usage: eval [--show PREFIX]");
            return ExitCode::from(2);
        }
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/letters");
    let letters = match harness::load(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    let proofreader = Proofreader::new();
    proofreader.wait_until_ready();
    let built = started.elapsed();
    let started = Instant::now();
    let report = harness::evaluate(&proofreader, &letters);
    let checked = started.elapsed();
    print!("{}", report.table());
    println!(
        "\nbuilt the proofreader in {:.0} ms; checked {} letters in {:.0} ms",
        built.as_secs_f64() * 1e3,
        letters.len(),
        checked.as_secs_f64() * 1e3
    );
    if let Some(prefix) = show {
        for letter in letters.iter().filter(|l| l.name.starts_with(prefix)) {
            let findings = letter.check(&proofreader);
            println!("\n== {} ({} findings)", letter.name, findings.len());
            print!(
                "{}",
                render(&findings, &letter.header.subject, &letter.body, false)
            );
        }
    }
    ExitCode::SUCCESS
}
