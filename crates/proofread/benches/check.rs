//! Benchmarks of the proofreader: checking a 250-word letter once the
//! proofreader is built, and building it.
//!
//! - `check_250_words`: the same letter again and again, as the web editor
//!   re-checks a letter while it is typed (Harper caches its findings per
//!   clause, so unchanged clauses cost little);
//! - `check_250_words_fresh`: a letter whose every sentence differs from the
//!   previous iteration's, as when a new letter is checked, so nothing comes
//!   from Harper's cache;
//! - `build_proofreader`: `Proofreader::new()` in a process that has built
//!   one before. Harper keeps its dictionary in a process-wide static, so this
//!   measures the rule set only; the first build in a process also builds
//!   the dictionary, which `cargo run --release -p afterview-proofread
//!   --example cold_check` measures.
//!
//! Run them with `cargo bench -p afterview-proofread --bench check`
//! (Criterion's options follow `--`, e.g. `-- --measurement-time 3`).

use std::hint::black_box;
use std::time::Duration;

use afterview_proofread::{Context, LetterKind, Proofreader};
use criterion::{Criterion, criterion_group, criterion_main};

/// A 250-word follow-up with a misspelling and a grammar slip, so the
/// checker's suggestion search runs as it does on a real draft.
const LETTER: &str = "Dear Siobhán,

Thank you for taking the time to meet with me on Tuesday about the Senior Platform Engineer role at Klarna. I enjoyed hearing how your team moved the checkout services onto Kubernetes, and the story about the first on-call rotation made me laugh.

Your question about rolling back a bad Terraform change stayed with me. I would add one thing to my answer: we kept every environment's state in its own workspace, so a mistake in staging could never touch production. It took us a quarter to get there, but the number of incidents caused by configuration drift fell to zero.

In my current role I lead a team of five engineers who run the platform for about forty product teams. We moved our deployments to a single pipeline last year, cut the average deploy time from forty minutes to six, and wrote the runbooks that let every engineer handle an incident at night without waking anyone else.

I was also glad to hear that your team writes a short review after every incident and shares it with the whole company. We do the same, and it is the habit I am proudest of, because it turns a bad night into something everyone learns from.

I am definately excited about the chance to join your team and help with the roadmap you described. I look forward to hear from you about the next steps, and I am happy to share more details about any of these projects.

Best regards,
Sam Carter
";

fn context() -> Context<'static> {
    Context {
        letter_kind: LetterKind::FollowUp,
        recipient_names: &["Siobhán Ní Bhriain"],
        company: Some("Klarna"),
        other_companies: &["Xero", "Qualtrics", "Zyxel"],
        other_people: &["Nguyễn Thị Minh", "Oluwaseun Adeyemi"],
        known_words: &["Sam Carter", "Kubernetes", "Terraform", "Klarna"],
    }
}

fn benches(c: &mut Criterion) {
    let words = LETTER.split_whitespace().count();
    assert!((240..=260).contains(&words), "the letter has {words} words");
    let proofreader = Proofreader::new();
    let ctx = context();
    c.bench_function("check_250_words", |b| {
        b.iter(|| proofreader.check(black_box("Thank you"), black_box(LETTER), &ctx))
    });
    let mut n = 0u64;
    c.bench_function("check_250_words_fresh", |b| {
        b.iter_batched(
            || {
                n += 1;
                // A different day in every sentence: every clause is new to Harper.
                LETTER.replace(". ", &format!(" on day {n}. "))
            },
            |letter| proofreader.check("Thank you", &letter, &ctx),
            criterion::BatchSize::SmallInput,
        )
    });
    let mut slow = c.benchmark_group("build");
    slow.sample_size(10)
        .measurement_time(Duration::from_secs(5));
    slow.bench_function("build_proofreader", |b| b.iter(Proofreader::new));
    slow.finish();
}

criterion_group!(check, benches);
criterion_main!(check);
