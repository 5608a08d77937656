//! The afterview binary: reads the command line, picks the backend from the
//! database URL, and hands the command to the CLI crate.
//!
//! This is the only place that knows both backends; everything after
//! [`open_store`] sees a store through its ports.

use afterview_app::{App, AppError, Clock};
use afterview_cli::{Cli, CliError, args::Command};
use afterview_store::StoreError;
use afterview_store_sql::SqlStore;
use clap::{CommandFactory, Parser};
use std::io::Write;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the agenda and the web pages
/// allocate and free thousands of small strings at a time, and glibc's
/// allocator spent a visible share of that merging freed chunks.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "afterview",
                &mut std::io::stdout(),
            );
            return ExitCode::SUCCESS;
        }
        Command::Man => {
            let man = clap_mangen::Man::new(Cli::command());
            return match man.render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&CliError::Io(e.to_string())),
            };
        }
        _ => {}
    }
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(err: &CliError) -> ExitCode {
    let style = anstyle::AnsiColor::Red.on_default().bold();
    let mut stderr = anstream::stderr().lock();
    let _ = writeln!(stderr, "{style}error:{style:#} {err}");
    ExitCode::from(err.exit_code())
}

fn clock(now: Option<&str>) -> Result<Clock, CliError> {
    match now {
        None => Ok(Clock::System),
        Some(text) => text.trim().parse::<jiff::Timestamp>().map(Clock::Fixed).map_err(|_| {
            CliError::Usage(format!(
                "--now \"{text}\" is not an RFC 3339 instant; write it like 2026-11-25T10:00:00Z or 2026-11-25T11:00:00+01:00"
            ))
        }),
    }
}

fn run(cli: &Cli) -> Result<(), CliError> {
    let clock = clock(cli.now.as_deref())?;
    let mut config = afterview_cli::config::load(cli.config.as_deref())?;
    let policy = std::mem::take(&mut config.agenda);
    let db = cli.db.clone().or(config.db.take()).unwrap_or_else(|| {
        afterview_cli::config::default_db_path()
            .display()
            .to_string()
    });
    let setup = afterview_cli::Setup::new(config, cli);
    // A command runs on this thread, where SQLite answers in-process; only
    // a server connection needs the I/O driver. `serve` answers requests
    // on two worker threads (the machines afterview targets have two cores
    // or more) with a connection each, and more for PostgreSQL's latency.
    let serving = matches!(cli.command, Command::Serve { .. });
    let mut builder = if serving {
        let mut b = tokio::runtime::Builder::new_multi_thread();
        b.worker_threads(2).enable_all();
        b
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    if afterview_store_postgres::is_postgres_url(&db) {
        builder.enable_all();
    }
    let connections = if serving { 4 } else { 1 };
    // A server keeps SQLite's own page cache warm and its memory small; a
    // command reads through a memory map of the file.
    let map_file = !serving;
    let runtime = builder
        .build()
        .map_err(|e| CliError::Io(format!("could not start: {e}")))?;
    runtime.block_on(async {
        let now = afterview_core::time::format_utc(clock.now());
        let store = open_store(&db, &now, connections, map_file)
            .await
            .map_err(|e| CliError::App(AppError::Store(e)))?;
        let app = App::new(store, clock).with_policy(policy);
        let result = afterview_cli::execute(&app, cli, &setup).await;
        app.store().close().await;
        result
    })
}

/// Picks the backend from the URL: `postgres://` is PostgreSQL, anything else a SQLite file.
async fn open_store(
    db: &str,
    now: &str,
    connections: usize,
    map_file: bool,
) -> Result<SqlStore, StoreError> {
    if afterview_store_postgres::is_postgres_url(db) {
        afterview_store_postgres::connect(db, connections.max(2) as u32, now).await
    } else if db.contains("://") && !db.starts_with("sqlite:") {
        Err(StoreError::Unavailable(format!(
            "afterview cannot open \"{}\": use a file path, a sqlite:// URL or a postgres:// URL",
            db.split("://")
                .next()
                .map(|s| format!("{s}://…"))
                .unwrap_or_default()
        )))
    } else {
        afterview_store_sqlite::open_with(
            db,
            afterview_store_sqlite::Use {
                connections,
                map_file,
            },
            now,
        )
        .await
    }
}
