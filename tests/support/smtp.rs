//! A real SMTP server on loopback for tests, and a way to read what it got.
//!
//! [`SmtpSink::start`] runs `tests/support/smtp_server.py` (Python with
//! aiosmtpd) on a free port of 127.0.0.1 and waits until it answers;
//! [`SmtpSink::messages`] returns every message it accepted, byte for byte.
//! The server is killed when the sink is dropped, and exits by itself after
//! its lifetime in any case, so no stray process survives a killed test run.
//!
//! When python3 or aiosmtpd is missing, `start` prints one loud
//! `SKIPPED (SMTP): ...` line on standard error (past the test harness's
//! capture, so CI can look for it) and returns `None`; the test then returns
//! early. Any other failure to start is a test failure, not a skip.
//!
//! Include it from a test crate with a `#[path]` attribute:
//! `#[path = "../../tests/support/smtp.rs"] mod smtp;` (adjust the number of
//! `..` to reach the repository root). It uses only std and `tempfile`.

#![allow(dead_code)] // Each test crate uses a different part of it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The environment variable that names the Python interpreter to use.
pub const PYTHON_VAR: &str = "AFTERVIEW_TEST_PYTHON";

/// Which TLS the server speaks, always with a fresh self-signed certificate
/// (for localhost and 127.0.0.1) that no client should trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinkTls {
    /// Plain text that offers and requires STARTTLS.
    StartTls,
    /// TLS from the first byte.
    Implicit,
}

/// How the server should behave.
#[derive(Debug, Clone)]
pub struct SinkOptions {
    /// Wait this long before answering DATA, after storing the message.
    pub delay_data: Option<Duration>,
    /// Answer DATA with this reply (such as "550 5.7.1 Message rejected as
    /// spam") instead of accepting the message.
    pub refuse_data: Option<String>,
    /// Answer every RCPT TO with this reply (such as "550 5.1.1 No such
    /// user").
    pub refuse_rcpt: Option<String>,
    /// Require AUTH PLAIN or LOGIN with this user name and password.
    pub auth: Option<(String, String)>,
    /// Speak TLS with an untrusted certificate (made with `openssl`).
    pub tls: Option<SinkTls>,
    /// The server exits by itself after this long.
    pub lifetime: Duration,
}

impl Default for SinkOptions {
    fn default() -> Self {
        Self {
            delay_data: None,
            refuse_data: None,
            refuse_rcpt: None,
            auth: None,
            tls: None,
            lifetime: Duration::from_secs(120),
        }
    }
}

/// A running SMTP server; killed on drop.
#[derive(Debug)]
pub struct SmtpSink {
    child: Child,
    port: u16,
    maildir: PathBuf,
    // Declared last so the folder outlives the process that writes to it.
    dir: tempfile::TempDir,
}

impl SmtpSink {
    /// Starts a server, or prints a skip notice and returns `None` when
    /// python3 with aiosmtpd is not installed.
    ///
    /// Panics when the server is installed but does not come up within
    /// about ten seconds, with its log in the message.
    pub fn start(options: SinkOptions) -> Option<SmtpSink> {
        let python = python()?;
        let dir = tempfile::tempdir().expect("create a temporary folder for the SMTP sink");
        let port_file = dir.path().join("port");
        let maildir = dir.path().join("maildir");
        let log_path = dir.path().join("server.log");
        let log = std::fs::File::create(&log_path).expect("create the SMTP sink's log");

        let mut cmd = Command::new(python);
        cmd.arg(server_script())
            .arg("--port-file")
            .arg(&port_file)
            .arg("--maildir")
            .arg(&maildir)
            .arg("--lifetime")
            .arg(options.lifetime.as_secs_f64().to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        if let Some(delay) = options.delay_data {
            cmd.arg("--delay-data").arg(delay.as_secs_f64().to_string());
        }
        if let Some(reply) = &options.refuse_data {
            cmd.arg("--refuse-data").arg(reply);
        }
        if let Some(reply) = &options.refuse_rcpt {
            cmd.arg("--refuse-rcpt").arg(reply);
        }
        if let Some((user, pass)) = &options.auth {
            cmd.arg("--auth").arg(format!("{user}:{pass}"));
        }
        match options.tls {
            Some(SinkTls::StartTls) => {
                cmd.args(["--tls", "starttls"]);
            }
            Some(SinkTls::Implicit) => {
                cmd.args(["--tls", "implicit"]);
            }
            None => {}
        }
        let child = cmd.spawn().expect("start the SMTP sink");
        // From here on, Drop kills the child whatever happens below.
        let mut sink = SmtpSink {
            child,
            port: 0,
            maildir,
            dir,
        };
        sink.port = sink.wait_for_port(&port_file, &log_path);
        Some(sink)
    }

    /// The port the server listens on, on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Every message accepted so far, oldest first, exactly as received.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        let Ok(entries) = std::fs::read_dir(&self.maildir) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read(p).expect("read a stored message"))
            .collect()
    }

    /// The server's log so far, for a failing test's message.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    fn wait_for_port(&mut self, port_file: &Path, log_path: &Path) -> u16 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(text) = std::fs::read_to_string(port_file)
                && let Ok(port) = text.trim().parse::<u16>()
            {
                return port;
            }
            let log = || std::fs::read_to_string(log_path).unwrap_or_default();
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "the SMTP sink exited before listening ({status}); its log:\n{}",
                    log()
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "the SMTP sink did not listen within 10 s; its log:\n{}",
                    log()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The interpreter to run the server with, if it has aiosmtpd; checked once
/// per test process.
fn python() -> Option<&'static str> {
    static PYTHON: OnceLock<Option<String>> = OnceLock::new();
    let found = PYTHON.get_or_init(|| {
        let python = std::env::var(PYTHON_VAR).unwrap_or_else(|_| "python3".to_owned());
        let ok = Command::new(&python)
            .args(["-c", "import aiosmtpd"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(python)
    });
    if found.is_none() {
        // Written straight to the process's stderr, past the test harness's
        // capture, so the skip shows in a plain `cargo test` run and in CI.
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED (SMTP): python3 with aiosmtpd not found; install it with 'pip install aiosmtpd'"
        );
    }
    found.as_deref()
}

/// `tests/support/smtp_server.py`, found by walking up from the crate being
/// tested, so this file works from any crate in the workspace.
fn server_script() -> PathBuf {
    let start = Path::new(env!("CARGO_MANIFEST_DIR"));
    start
        .ancestors()
        .map(|dir| dir.join("tests/support/smtp_server.py"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "tests/support/smtp_server.py not found above {}",
                start.display()
            )
        })
}
