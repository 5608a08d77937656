//! A sandbox per test: its own database file, config folder and fixed clock.

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;
use tempfile::TempDir;

/// A fresh afterview home with a pinned clock.
pub struct Sandbox {
    pub dir: TempDir,
    pub db: String,
    pub now: String,
}

impl Sandbox {
    /// A new sandbox whose clock reads Wednesday 2026-11-25 10:00 in Berlin.
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir
            .path()
            .join("data")
            .join("afterview.db")
            .display()
            .to_string();
        Sandbox {
            dir,
            db,
            now: "2026-11-25T09:00:00Z".into(),
        }
    }

    /// A sandbox with a profile in Europe/Berlin.
    pub fn with_profile() -> Sandbox {
        let s = Sandbox::new();
        s.ok(&[
            "profile",
            "set",
            "--name",
            "Sam Carter",
            "--email",
            "sam@example.com",
            "--tz",
            "Europe/Berlin",
        ]);
        s
    }

    /// Moves the sandbox's clock.
    pub fn set_now(&mut self, now: &str) {
        self.now = now.to_owned();
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The command with this sandbox's database, clock and an empty environment.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("afterview").expect("binary");
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("share"))
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .arg("--db")
            .arg(&self.db)
            .arg("--now")
            .arg(&self.now)
            .args(args);
        cmd
    }

    /// Runs a command that must succeed; returns its standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        assert!(
            out.status.success(),
            "afterview {args:?} failed with {:?}:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Adds an application in `applied` (and its company, when new).
    pub fn applied(&self, company: &str, role: &str) -> String {
        self.ok(&[
            "app",
            "add",
            "--company",
            company,
            "--role",
            role,
            "--status",
            "applied",
        ])
    }

    /// Runs a command with `--json` and parses its output.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let text = self.ok(&all);
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{args:?} printed invalid JSON ({e}):\n{text}"))
    }

    /// Runs a command that must fail with `code`; returns its standard error.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(
            out.status.code(),
            Some(code),
            "afterview {args:?} should exit {code}; stderr:\n{stderr}"
        );
        assert!(
            out.stdout.is_empty() || code == 2,
            "a failed command printed output: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// Everything in the database, as the backup document.
    pub fn snapshot(&self) -> String {
        self.ok(&["backup", "-"])
    }
}
