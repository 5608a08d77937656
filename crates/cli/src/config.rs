//! The config file and where afterview keeps its data.
//!
//! Settings are layered: built-in defaults, then the TOML file
//! (`~/.config/afterview/config.toml`, or `--config`), then `AFTERVIEW_*`
//! environment variables and flags, which clap reads. A broken file is
//! reported with its path and the line at fault.

use crate::{CliError, CliResult};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// What the config file may say. Unknown keys are refused, so a typo is
/// noticed instead of silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The database, as for `--db`.
    pub db: Option<String>,
    /// When each agenda rule falls due (see the README's table).
    #[serde(default)]
    pub agenda: afterview_core::agenda::Policy,
}

/// The default config file's path.
pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "afterview").map(|d| d.config_dir().join("config.toml"))
}

/// The default database file: `afterview.db` in the XDG data folder.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "afterview")
        .map(|d| d.data_dir().join("afterview.db"))
        .unwrap_or_else(|| PathBuf::from("afterview.db"))
}

/// Reads the config file; a missing default file is an empty config.
pub fn load(explicit: Option<&Path>) -> CliResult<Config> {
    let (path, required) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match default_config_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Ok(Config::default());
        }
        Err(e) => {
            return Err(CliError::Usage(format!(
                "could not read the config file {}: {e}",
                path.display()
            )));
        }
    };
    toml::from_str(&text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        CliError::Usage(format!(
            "the config file {}{line} is not valid: {}; fix it or move it away",
            path.display(),
            e.message()
        ))
    })
}
