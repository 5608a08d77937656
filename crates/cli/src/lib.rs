//! The afterview command line: parsing, rendering and exit codes.
//!
//! Commands are thin: each one turns flags into a use-case input, calls the
//! use case on [`afterview_app::App`], and renders the result as a table for
//! people or as JSON (`--json`) for scripts. No domain rule lives here.

pub mod args;
mod commands;
pub mod config;
mod render;

pub use args::Cli;
pub use commands::execute;

use afterview_app::AppError;

/// Why a command failed, and which exit code that earns.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A use case refused or failed.
    #[error("{0}")]
    App(#[from] AppError),
    /// The command was typed wrong in a way clap cannot see (a bad --now, an unreadable file).
    #[error("{0}")]
    Usage(String),
    /// Writing the output or a file failed.
    #[error("{0}")]
    Io(String),
    /// A letter has errors the proofreader found (shown above the message).
    #[error("{0}")]
    Findings(String),
}

impl CliError {
    /// 2 for a usage error, 1 for anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::App(e) if e.is_usage() => 2,
            _ => 1,
        }
    }
}

/// What a command may need beyond the store: the config file's settings,
/// and the proofreader, built on a thread of its own from the start.
pub struct Setup {
    /// The config file.
    pub config: config::Config,
    proofing: Proofing,
}

impl Setup {
    /// The settings, with the proofreader started now if `cli`'s command
    /// reads letters: building it takes about half a second, which then
    /// overlaps with opening the store and reading the data.
    pub fn new(config: config::Config, cli: &Cli) -> Setup {
        let needs = matches!(
            &cli.command,
            args::Command::Draft(a) if !a.show_template
        ) || matches!(
            &cli.command,
            args::Command::Letter(
                args::LetterCommand::Show { .. }
                    | args::LetterCommand::Check { .. }
                    | args::LetterCommand::Edit { .. }
                    | args::LetterCommand::Send { .. }
            )
        );
        Setup {
            config,
            proofing: Proofing::start(needs),
        }
    }

    /// The proofreader, waiting for it if it is still being built.
    pub fn proofreader(&self) -> &afterview_proofread::Proofreader {
        self.proofing.get()
    }
}

/// A proofreader being built on another thread, or built on first use.
struct Proofing {
    building: std::sync::Mutex<Option<std::thread::JoinHandle<afterview_proofread::Proofreader>>>,
    ready: std::sync::OnceLock<afterview_proofread::Proofreader>,
}

impl Proofing {
    fn start(now: bool) -> Proofing {
        let building = now
            .then(|| {
                std::thread::Builder::new()
                    .name("proofreader".into())
                    .spawn(afterview_proofread::Proofreader::new)
                    .ok()
            })
            .flatten();
        Proofing {
            building: std::sync::Mutex::new(building),
            ready: std::sync::OnceLock::new(),
        }
    }

    fn get(&self) -> &afterview_proofread::Proofreader {
        self.ready.get_or_init(|| {
            let handle = self.building.lock().ok().and_then(|mut b| b.take());
            handle.and_then(|h| h.join().ok()).unwrap_or_default()
        })
    }
}

/// The result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;
