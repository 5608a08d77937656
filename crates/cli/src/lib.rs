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

/// The result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;
