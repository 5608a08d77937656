//! What a fresh process pays to proofread one letter: creating the
//! proofreader (which returns at once and builds Harper's dictionary and
//! rules on its own threads), the first check (which waits for them), and a
//! second check of another letter. Run it with
//! `cargo run --release -p afterview-proofread --example cold_check`, or
//! time the whole process with `/usr/bin/time target/release/examples/cold_check`.

use std::time::Instant;

use afterview_proofread::{Context, LetterKind, Proofreader};

fn main() {
    let ctx = Context {
        letter_kind: LetterKind::Thanks,
        recipient_names: &["Jane Doe"],
        company: Some("Acme"),
        other_companies: &["Globex"],
        other_people: &["Tom Becker"],
        known_words: &["Sam Carter", "Acme"],
    };
    let first = "Dear Jnae,\n\nThank you for meeting with me today. I definately enjoyed hearing about the platform team at Globex.\n\nBest regards,\nSam Carter\n";
    let second = "Dear Jane,\n\nThank you again for the tour of the office. I look forward to hear from you about the next steps.\n\nKind regards,\nSam Carter\n";
    let started = Instant::now();
    let proofreader = Proofreader::new();
    let built = started.elapsed();
    let started = Instant::now();
    let found = proofreader.check("Thank you", first, &ctx).len();
    let checked = started.elapsed();
    let started = Instant::now();
    let found_again = proofreader.check("Thanks again", second, &ctx).len();
    let again = started.elapsed();
    println!(
        "new {:.0} ms, first check {:.1} ms with the build ({found} findings), second check {:.1} ms ({found_again} findings)",
        built.as_secs_f64() * 1e3,
        checked.as_secs_f64() * 1e3,
        again.as_secs_f64() * 1e3
    );
}
