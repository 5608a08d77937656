//! Benchmarks of the stores at scale: filling one with a large job search,
//! then the reads and the write that every command does.
//!
//! The data is [`generate`]'s large search (2,000 companies, 10,000
//! applications, 30,000 interviews, 50,000 contacts) at a fixed instant and
//! seed, so every run measures the same rows. Measured on each backend:
//!
//! - `fill/<backend>`: writing the whole search into an empty store with
//!   `BackupPort::restore` in one write transaction, commit included (a fresh
//!   store per iteration, made outside the timing; ten samples);
//! - `<backend>/list_applications_interviewing`: the applications that are
//!   interviewing (2,500 of them), with their companies' names;
//! - `<backend>/list_companies`: every company with its application counts;
//! - `<backend>/list_interviews_from_now`: the interviews still to come;
//! - `<backend>/add_application`: what `afterview app add` does for a new
//!   company: insert the company, the application and its first event in
//!   one write transaction, and commit;
//! - `<backend>/agenda_compute`: the whole agenda computed afresh by a
//!   process that keeps nothing (a command): every fact read in one
//!   transaction and every rule applied
//!   (after one `today`, which settles the rounds nothing is left to do
//!   about);
//! - `<backend>/agenda_after_snooze`, `agenda_after_debrief` and
//!   `agenda_after_closeness`: the whole agenda as the web server computes
//!   it right after a write, from the facts it keeps with what the write
//!   changed read again (on SQLite; PostgreSQL keeps no journal and reads
//!   them all): a snooze of a thank-you (a mark on one application), a
//!   debrief saved again with a new question (the application, and practice
//!   cards), and a person's closeness (the warm contacts of every
//!   application with a round near);
//! - `<backend>/agenda_facts` and `<backend>/agenda_rules`: its two halves,
//!   the store read and the rules applied to what it read;
//! - `<backend>/agenda_kept`: `afterview today`'s page (the twelve most
//!   urgent of each group, and the counts) read from the kept agenda;
//! - `<backend>/practice_next`: the next card of a practice session, as
//!   `afterview practice next` reads it: the first card due by its schedule,
//!   the cards upcoming interviews pull forward, and the count due, in one
//!   read transaction;
//! - `<backend>/insights`: the Insights page's numbers (the funnel, the
//!   response times, every rated debrief, the follow-through and what it
//!   goes with): the lean rows read in one transaction and the pure
//!   computation over them; `<backend>/insights_facts` and
//!   `<backend>/insights_compute` are its two halves.
//!
//! Reads run in a read transaction that is committed, as the commands do.
//!
//! Run them with `cargo bench --bench store`. SQLite runs in a temporary
//! folder; PostgreSQL runs only when a server is named, in a throwaway
//! database that is dropped at the end:
//! `AFTERVIEW_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench store`.
//! Criterion's options follow `--`, e.g. `-- --measurement-time 3 sqlite`.

use afterview_app::DebriefInput;
use afterview_app::generate::{Size, generate};
use afterview_app::{App, Clock};
use afterview_core::agenda::ActionKind;
use afterview_core::backup::Backup;
use afterview_core::{ApplicationStatus, Name, NewApplication, NewCompany};
use afterview_store::prelude::*;
use afterview_store::{ApplicationFilter, InterviewFilter, NewEvent};
use afterview_store_postgres::testing::{TestDatabase, test_server};
use afterview_store_sql::SqlStore;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode, criterion_group, criterion_main};
use std::cell::{Cell, OnceCell};
use std::future::Future;
use std::hint::black_box;
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::runtime::Runtime;

/// The binary's allocator, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The instant the generated search is seen from; fixed so runs compare.
const NOW: &str = "2026-11-25T10:00:00Z";
/// The generator's seed.
const SEED: u64 = 42;

/// Where to benchmark.
enum Target {
    /// A SQLite file in a temporary folder.
    Sqlite,
    /// A throwaway database on the PostgreSQL server at this admin URL.
    Postgres(String),
}

/// A fresh, empty store, and what to clean up after it.
struct Fresh {
    store: SqlStore,
    /// Keeps the SQLite file's folder until the store is finished.
    _dir: Option<TempDir>,
    /// The PostgreSQL database to drop.
    db: Option<TestDatabase>,
}

impl Target {
    fn name(&self) -> &'static str {
        match self {
            Target::Sqlite => "sqlite",
            Target::Postgres(_) => "postgres",
        }
    }

    /// Opens an empty, migrated store, as `afterview` would with one connection
    /// on SQLite (a command is one process) and two on PostgreSQL.
    async fn fresh(&self) -> Fresh {
        match self {
            Target::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary folder for the SQLite file");
                let path = dir.path().join("afterview.db");
                let store = afterview_store_sqlite::open(
                    path.to_str().expect("a UTF-8 temporary path"),
                    1,
                    "2026-11-25T09:00:00Z",
                )
                .await
                .expect("open the SQLite store");
                Fresh {
                    store,
                    _dir: Some(dir),
                    db: None,
                }
            }
            Target::Postgres(admin) => {
                let db = TestDatabase::create(admin).await.unwrap_or_else(|e| {
                    panic!("create a PostgreSQL database for the benchmarks: {e}")
                });
                let store = afterview_store_postgres::connect(&db.url, 2, "2026-11-25T09:00:00Z")
                    .await
                    .expect("connect to the benchmark database");
                Fresh {
                    store,
                    _dir: None,
                    db: Some(db),
                }
            }
        }
    }
}

impl Fresh {
    /// Closes the store and removes its data.
    async fn finish(self) {
        self.store.close().await;
        if let Some(db) = self.db {
            db.drop_now().await;
        }
    }
}

/// Benchmarks the full agenda computed by `app` (which keeps its facts)
/// right after each of a run of writes, `write(n)` for the n-th; the writes
/// are not timed.
fn after_write<F, Fut>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    rt: &Runtime,
    name: &str,
    app: &App<SqlStore>,
    write: F,
) where
    F: Fn(u64) -> Fut,
    Fut: Future<Output = ()>,
{
    let mut n = 0;
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                n += 1;
                rt.block_on(write(n));
                let start = Instant::now();
                black_box(
                    rt.block_on(app.compute_agenda(app.now()))
                        .expect("the agenda"),
                );
                spent += start.elapsed();
            }
            spent
        })
    });
}

/// Writes the whole search into an empty store in one transaction.
async fn fill(store: &SqlStore, backup: &Backup) {
    let mut tx = store.write().await.expect("a write transaction");
    tx.restore(backup)
        .await
        .expect("restore the generated search");
    tx.commit().await.expect("commit the restore");
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// Every backend there is to measure; PostgreSQL only when a server is named.
fn targets() -> Vec<Target> {
    let mut targets = vec![Target::Sqlite];
    // Prints the skip notice, with the variable to set, when none is.
    match test_server("store benchmarks") {
        Some(url) => targets.push(Target::Postgres(url)),
        None => eprintln!("PostgreSQL store benchmarks skipped; SQLite runs alone."),
    }
    targets
}

fn store_benches(c: &mut Criterion) {
    let rt = runtime();
    let clock =
        Clock::Fixed(afterview_core::time::parse_utc(NOW).expect("NOW is an RFC 3339 instant"));
    // Made on first use, so that a filter that selects nothing costs nothing.
    let generated = OnceCell::new();
    let backup = || generated.get_or_init(|| generate(&Size::LARGE, SEED, clock.now()));
    let targets = targets();

    let mut group = c.benchmark_group("fill");
    // A fill takes seconds and needs a fresh store each time: ten samples of
    // one iteration each, rather than criterion's growing iteration counts.
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for target in &targets {
        group.bench_function(target.name(), |b| {
            let backup = backup();
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let fresh = rt.block_on(target.fresh());
                    let start = Instant::now();
                    rt.block_on(fill(&fresh.store, backup));
                    spent += start.elapsed();
                    rt.block_on(fresh.finish());
                }
                spent
            })
        });
    }
    group.finish();

    for target in &targets {
        query_benches(c, &rt, clock, target, backup);
    }
}

/// The reads and the write, on one store filled with the search.
fn query_benches<'a>(
    c: &mut Criterion,
    rt: &Runtime,
    clock: Clock,
    target: &Target,
    backup: impl Fn() -> &'a Backup,
) {
    // Filled on first use, and reported once so the figures have a scale.
    let filled: OnceCell<Fresh> = OnceCell::new();
    let store = || {
        &filled
            .get_or_init(|| {
                rt.block_on(async {
                    let fresh = target.fresh().await;
                    fill(&fresh.store, backup()).await;
                    report(&fresh.store, target, clock).await;
                    fresh
                })
            })
            .store
    };
    let interviewing = ApplicationFilter {
        statuses: vec![ApplicationStatus::Interviewing],
        company: None,
    };
    let coming = InterviewFilter {
        from: Some(clock.now()),
        ..InterviewFilter::default()
    };

    let mut group = c.benchmark_group(target.name());
    group.bench_function("list_applications_interviewing", |b| {
        let store = store();
        b.iter(|| {
            rt.block_on(async {
                let mut tx = store.read().await.expect("a read transaction");
                let rows = tx
                    .list_applications(&interviewing)
                    .await
                    .expect("list applications");
                tx.commit().await.expect("end the read");
                black_box(rows)
            })
        })
    });
    group.bench_function("list_companies", |b| {
        let store = store();
        b.iter(|| {
            rt.block_on(async {
                let mut tx = store.read().await.expect("a read transaction");
                let rows = tx.list_companies().await.expect("list companies");
                tx.commit().await.expect("end the read");
                black_box(rows)
            })
        })
    });
    group.bench_function("list_interviews_from_now", |b| {
        let store = store();
        b.iter(|| {
            rt.block_on(async {
                let mut tx = store.read().await.expect("a read transaction");
                let rows = tx.list_interviews(&coming).await.expect("list interviews");
                tx.commit().await.expect("end the read");
                black_box(rows)
            })
        })
    });
    group.bench_function("agenda_compute", |b| {
        let app = App::new(store().clone(), clock);
        // One `today` first, as a person would run after filling: it settles
        // the rounds nothing is left to do about.
        rt.block_on(app.agenda(None, Some(12))).expect("the agenda");
        // A fresh App each time keeps nothing, as a command keeps nothing:
        // every fact is read.
        b.iter(|| {
            rt.block_on(async {
                let app = App::new(store().clone(), clock);
                black_box(app.compute_agenda(clock.now()).await.expect("the agenda"))
            })
        })
    });
    // The two halves of `agenda_compute`: the store read, and the rules.
    group.bench_function("agenda_facts", |b| {
        let app = App::new(store().clone(), clock);
        rt.block_on(app.agenda(None, Some(12))).expect("the agenda");
        b.iter(|| {
            rt.block_on(async {
                black_box(app.agenda_facts(clock.now()).await.expect("the facts"))
            })
        })
    });
    group.bench_function("agenda_rules", |b| {
        let app = App::new(store().clone(), clock);
        rt.block_on(app.agenda(None, Some(12))).expect("the agenda");
        let facts = rt
            .block_on(app.agenda_facts(clock.now()))
            .expect("the facts");
        b.iter(|| {
            black_box(afterview_core::agenda::agenda(
                &facts,
                clock.now(),
                app.policy(),
            ))
        })
    });
    group.bench_function("agenda_kept", |b| {
        let app = App::new(store().clone(), clock);
        b.iter(|| {
            rt.block_on(async { black_box(app.agenda(None, Some(12)).await.expect("the agenda")) })
        })
    });
    // The full agenda after a write, as the web server computes it: from
    // the facts it keeps, with what the write changed read again. Each
    // write is made outside the timing.
    {
        let app = App::new(store().clone(), clock);
        let actions = rt
            .block_on(app.compute_agenda(clock.now()))
            .expect("the agenda");
        let thank = actions
            .iter()
            .find(|a| a.kind == ActionKind::Thank)
            .expect("a thank-you on the agenda");
        let key = thank.key.to_string();
        let round = thank.subject.interview.expect("a round").to_string();
        let person = thank.subject.contact.expect("a person").to_string();
        after_write(&mut group, rt, "agenda_after_snooze", &app, |n| {
            let until = format!("in {} hours", 1 + n % 40);
            let (app, key) = (&app, &key);
            async move {
                app.snooze(key, &until).await.expect("snooze");
            }
        });
        after_write(&mut group, rt, "agenda_after_debrief", &app, |n| {
            let input = DebriefInput {
                better: vec![format!("Question {n} :: what I said :: a better answer")],
                rating: Some((1 + n % 5).to_string()),
                ..DebriefInput::default()
            };
            let (app, round) = (&app, &round);
            async move {
                app.debrief_with_flags(round, &input)
                    .await
                    .expect("a debrief");
            }
        });
        after_write(&mut group, rt, "agenda_after_closeness", &app, |n| {
            let strength = (3 + n % 2).to_string();
            let (app, person) = (&app, &person);
            async move {
                app.set_strength(person, Some(&strength))
                    .await
                    .expect("a closeness");
            }
        });
    }
    group.bench_function("practice_next", |b| {
        let app = App::new(store().clone(), clock);
        b.iter(|| rt.block_on(async { black_box(app.next_card().await.expect("the next card")) }))
    });
    group.bench_function("insights", |b| {
        let app = App::new(store().clone(), clock);
        b.iter(|| rt.block_on(async { black_box(app.insights().await.expect("the insights")) }))
    });
    group.bench_function("insights_facts", |b| {
        let store = store();
        b.iter(|| {
            rt.block_on(async {
                let mut tx = store.read().await.expect("a read transaction");
                let facts = tx.insight_facts().await.expect("the insight facts");
                tx.commit().await.expect("end the read");
                black_box(facts)
            })
        })
    });
    group.bench_function("insights_compute", |b| {
        let facts = rt.block_on(async {
            let mut tx = store().read().await.expect("a read transaction");
            tx.insight_facts().await.expect("the insight facts")
        });
        let policy = afterview_core::agenda::Policy::default();
        let zone = jiff::tz::TimeZone::UTC;
        b.iter(|| {
            black_box(afterview_core::insights::insights(
                &facts,
                clock.now(),
                &zone,
                &policy,
            ))
        })
    });
    // Company names are unique, so each iteration adds a new one.
    let added = Cell::new(0_u64);
    group.bench_function("add_application", |b| {
        let store = store();
        b.iter(|| {
            added.set(added.get() + 1);
            rt.block_on(add_application(store, added.get(), clock))
        })
    });
    group.finish();

    if let Some(fresh) = filled.into_inner() {
        rt.block_on(fresh.finish());
    }
}

/// What `afterview app add` does for a role at a company not seen before.
async fn add_application(store: &SqlStore, n: u64, clock: Clock) {
    let now = clock.now();
    let mut tx = store.write().await.expect("a write transaction");
    let company = NewCompany {
        name: Name::parse("company", &format!("Benchmark Company {n}")).expect("a one-line name"),
        website: None,
        notes: None,
    };
    let company = tx
        .insert_company(&company, now)
        .await
        .expect("insert a company");
    let app = NewApplication {
        company_id: company.id,
        role: Name::parse("role", "Staff Software Engineer").expect("a one-line role"),
        status: ApplicationStatus::Applied,
        posting_url: None,
        posting_text: None,
        source: None,
        salary: None,
        resume_id: None,
        excitement: None,
        notes: None,
    };
    let app = tx
        .insert_application(&app, now)
        .await
        .expect("insert an application");
    let event = NewEvent {
        application_id: app.id,
        at: now,
        from_status: None,
        to_status: ApplicationStatus::Applied,
        forced: false,
        note: None,
    };
    tx.append_event(&event)
        .await
        .expect("append the first event");
    tx.commit().await.expect("commit the new application");
}

/// Says how many rows the listings return, once per backend.
async fn report(store: &SqlStore, target: &Target, clock: Clock) {
    let mut tx = store.read().await.expect("a read transaction");
    let interviewing = tx
        .list_applications(&ApplicationFilter {
            statuses: vec![ApplicationStatus::Interviewing],
            company: None,
        })
        .await
        .expect("list applications")
        .len();
    let companies = tx.list_companies().await.expect("list companies").len();
    let coming = tx
        .list_interviews(&InterviewFilter {
            from: Some(clock.now()),
            ..InterviewFilter::default()
        })
        .await
        .expect("list interviews")
        .len();
    let cards = tx
        .list_cards(&afterview_store::CardFilter::default())
        .await
        .expect("list cards")
        .len();
    let due = tx
        .practice_summary(clock.now())
        .await
        .expect("the practice summary")
        .due;
    tx.commit().await.expect("end the read");
    eprintln!(
        "{}: filled; the listings return {interviewing} interviewing applications, {companies} companies, {coming} interviews from now on; {cards} practice cards, {due} due",
        target.name()
    );
}

criterion_group!(benches, store_benches);
criterion_main!(benches);
