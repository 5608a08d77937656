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
/// and the proofreader, started at once for the commands that read letters.
pub struct Setup {
    /// The config file.
    pub config: config::Config,
    proofreader: std::sync::OnceLock<afterview_proofread::Proofreader>,
}

impl Setup {
    /// The settings, with the proofreader started now if `cli`'s command
    /// reads letters: `Proofreader::new` returns at once and loads Harper's
    /// dictionary and rules on its own threads, which then overlaps with
    /// opening the store and reading the data.
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
        let proofreader = std::sync::OnceLock::new();
        if needs {
            let _ = proofreader.set(afterview_proofread::Proofreader::new());
        }
        Setup {
            config,
            proofreader,
        }
    }

    /// The proofreader, started on first use if it was not yet.
    pub fn proofreader(&self) -> &afterview_proofread::Proofreader {
        self.proofreader
            .get_or_init(afterview_proofread::Proofreader::new)
    }
}

/// The result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;
