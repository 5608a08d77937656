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
    /// The SMTP server letters go out through.
    pub smtp: Option<Smtp>,
    /// Where letter templates are overridden.
    #[serde(default)]
    pub letters: Letters,
    /// The folder of the config file, for paths relative to it.
    #[serde(skip)]
    pub dir: Option<PathBuf>,
}

/// `[letters]`: the templates folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letters {
    /// The folder of template overrides (default: `templates/` beside the
    /// config file).
    pub templates: Option<PathBuf>,
}

/// `[smtp]`: the server letters go out through. The password is never in
/// this file: it comes from an environment variable, a file or a command.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    /// The server's host name.
    pub host: String,
    /// Its port (default: 465 for tls, 587 for starttls, 25 for plain).
    pub port: Option<u16>,
    /// "starttls" (the default), "tls", or "plain" (loopback only).
    pub security: Option<String>,
    /// The login, if the server wants one.
    pub username: Option<String>,
    /// The environment variable holding the password
    /// (default: AFTERVIEW_SMTP_PASSWORD).
    pub password_env: Option<String>,
    /// A file holding the password.
    pub password_file: Option<PathBuf>,
    /// A command that prints the password, e.g. "pass show mail/afterview".
    pub password_command: Option<String>,
    /// The sender, e.g. "Sam Carter <sam@example.com>" (default: your profile's).
    pub from: Option<String>,
    /// How long to wait for the server, in seconds (default: 30).
    pub timeout_seconds: Option<u64>,
}

impl Config {
    /// The folder of template overrides.
    pub fn templates_dir(&self) -> Option<PathBuf> {
        match (&self.letters.templates, &self.dir) {
            (Some(p), Some(dir)) if p.is_relative() => Some(dir.join(p)),
            (Some(p), _) => Some(p.clone()),
            (None, Some(dir)) => Some(dir.join("templates")),
            (None, None) => None,
        }
    }

    /// Where letters go out: the SMTP server with its password read, and
    /// the sender. Read only when a letter is sent by email.
    pub fn outbox(&self) -> CliResult<afterview_app::Outbox> {
        use afterview_mail::{Mailbox, PasswordSource, Security, SmtpConfig};
        let Some(smtp) = &self.smtp else {
            return Ok(afterview_app::Outbox::default());
        };
        let security = match smtp
            .security
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("starttls") => Security::StartTls,
            Some("tls") | Some("ssl") => Security::Tls,
            Some("plain") | Some("none") => Security::Plain,
            Some(other) => {
                return Err(CliError::Usage(format!(
                    "[smtp] security = \"{other}\" is not known; use \"starttls\", \"tls\" or \"plain\""
                )));
            }
        };
        let mut cfg = SmtpConfig::new(smtp.host.clone(), security);
        if let Some(port) = smtp.port {
            cfg.port = port;
        }
        if let Some(t) = smtp.timeout_seconds {
            cfg.timeout = std::time::Duration::from_secs(t.max(1));
        }
        cfg.username = smtp.username.clone();
        let source = if let Some(cmd) = &smtp.password_command {
            Some(PasswordSource::Command(cmd.clone()))
        } else if let Some(file) = &smtp.password_file {
            Some(PasswordSource::File(file.clone()))
        } else if let Some(var) = &smtp.password_env {
            Some(PasswordSource::Env(var.clone()))
        } else if let Some(file) = std::env::var_os("AFTERVIEW_SMTP_PASSWORD_FILE") {
            Some(PasswordSource::File(PathBuf::from(file)))
        } else if smtp.username.is_some() {
            Some(PasswordSource::Env("AFTERVIEW_SMTP_PASSWORD".to_owned()))
        } else {
            None
        };
        if let Some(source) = source {
            cfg.password = Some(
                source
                    .resolve()
                    .map_err(|e| CliError::Usage(e.to_string()))?,
            );
        }
        let from = match &smtp.from {
            Some(from) => Some(from.parse::<Mailbox>().map_err(|e| {
                CliError::Usage(format!("[smtp] from = \"{from}\" is not an address: {e}"))
            })?),
            None => None,
        };
        Ok(afterview_app::Outbox {
            smtp: Some(cfg),
            from,
        })
    }
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
            return Ok(Config {
                dir: path.parent().map(Path::to_path_buf),
                ..Config::default()
            });
        }
        Err(e) => {
            return Err(CliError::Usage(format!(
                "could not read the config file {}: {e}",
                path.display()
            )));
        }
    };
    let mut config: Config = toml::from_str(&text).map_err(|e| {
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
    })?;
    config.dir = path.parent().map(Path::to_path_buf);
    Ok(config)
}
