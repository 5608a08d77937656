//! Benchmarks of the proofreader: checking a 250-word letter once the
//! proofreader is built, and building it.
//!
//! - `check_250_words`: the same letter again and again, as the web editor
//!   re-checks a letter while it is typed (paragraphs already checked with
//!   the same known words are not checked again);
//! - `check_250_words_fresh`: a letter whose every sentence differs from the
//!   previous iteration's, as when a new letter is checked, so nothing comes
//!   from a cache (but for the misspelling's suggestions, which are the same
//!   in every iteration);
//! - `check_250_words_fresh_50k_names`: the same with 50,000 names in the
//!   context's `known_words`, as an application passes every person and
//!   company it knows; `..._prepared` passes them as [`KnownNames`] to
//!   `check_with_names` instead;
//! - `build/build_proofreader`: `Proofreader::new()` and waiting until it is
//!   ready, in a process that has built one before. Harper keeps its
//!   dictionary in process-wide statics, so this measures the workers'
//!   rule sets and what Harper loads per thread; the first build in a
//!   process also builds the dictionary, which `cargo run --release -p
//!   afterview-proofread --example cold_check` measures;
//! - `build/prepare_50k_names`: `KnownNames::new` on 50,000 names.
//!
//! Medians of three runs each on the 2-core development machine (other
//! builds running, `nice -n -20`; the runs differed by up to 10%), before
//! and after the changes that chose the rules, split letters into
//! paragraphs checked on two worker threads, and indexed the known names:
//!
//! | benchmark | before | after |
//! | --- | --- | --- |
//! | `check_250_words` | 7.2 ms | 0.30 ms |
//! | `check_250_words_fresh` | 22.7 ms | 6.6 ms (10.3 to 11.3 ms on one core) |
//! | `check_250_words_fresh_50k_names` | 1.4 s (one check of a short letter) | 6.9 ms |
//! | `check_250_words_fresh_50k_names_prepared` | (no API) | 6.4 ms |
//! | `build/build_proofreader` | 7.4 ms | 53 ms (two workers' per-thread loading, which before fell on each thread's first check) |
//! | `build/prepare_50k_names` | (no API) | 36 ms |
//!
//! Run them with `cargo bench -p afterview-proofread --bench check`
//! (Criterion's options follow `--`, e.g. `-- --measurement-time 3`).

use std::hint::black_box;
use std::time::Duration;

use afterview_proofread::{Context, KnownNames, LetterKind, Proofreader};
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

/// `n` made-up full names ("Kavo Ranelu"), all different, as a person's
/// data holds every contact and company they have met.
fn many_names(n: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "vo", "ra", "ne", "lu", "mi", "to", "sa", "re", "di", "po", "fe", "gu", "ha", "jo",
        "ki", "la", "mo", "nu", "pe", "qui", "ro", "si", "ta", "ul", "ve", "wi", "ya", "zo", "bri",
        "cha", "dre",
    ];
    let word = |mut i: usize, len: usize| {
        let mut w = String::new();
        for _ in 0..len {
            w.push_str(SYLLABLES[i % SYLLABLES.len()]);
            i /= SYLLABLES.len();
        }
        let mut chars = w.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase());
        first.into_iter().chain(chars).collect::<String>()
    };
    (0..n)
        .map(|i| format!("{} {}", word(i, 2), word(i * 7 + 3, 3)))
        .collect()
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
    // A person's whole data as known words: 50,000 names, passed with every
    // check as the application does.
    let names = many_names(50_000);
    let mut known: Vec<&str> = names.iter().map(String::as_str).collect();
    known.extend(ctx.known_words);
    let big = Context {
        known_words: &known,
        ..ctx
    };
    c.bench_function("check_250_words_fresh_50k_names", |b| {
        b.iter_batched(
            || {
                n += 1;
                LETTER.replace(". ", &format!(" on day {n}. "))
            },
            |letter| proofreader.check("Thank you", &letter, &big),
            criterion::BatchSize::SmallInput,
        )
    });
    let prepared = KnownNames::new(&known);
    c.bench_function("check_250_words_fresh_50k_names_prepared", |b| {
        b.iter_batched(
            || {
                n += 1;
                LETTER.replace(". ", &format!(" on day {n}. "))
            },
            |letter| proofreader.check_with_names("Thank you", &letter, &ctx, &prepared),
            criterion::BatchSize::SmallInput,
        )
    });
    let mut slow = c.benchmark_group("build");
    slow.sample_size(10)
        .measurement_time(Duration::from_secs(5));
    slow.bench_function("build_proofreader", |b| {
        b.iter(|| Proofreader::new().wait_until_ready())
    });
    slow.bench_function("prepare_50k_names", |b| {
        b.iter(|| KnownNames::new(black_box(&known)))
    });
    slow.finish();
}

criterion_group!(check, benches);
criterion_main!(check);
