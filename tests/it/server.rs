//! `afterview serve` for tests: the real binary on a free loopback port of a
//! sandbox, and a small HTTP/1.1 client (std only) that keeps the CSRF
//! cookie like a browser.
//!
//! The server is killed when the [`Server`] is dropped; every socket has a
//! timeout, so a hung server fails the test instead of stalling the run.

#![allow(dead_code)] // Each test file uses a different part of it.

use crate::support::Sandbox;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long a request may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A running `afterview serve`.
pub struct Server {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    /// The CSRF cookie, once a page has set it.
    csrf: Option<String>,
    /// What the server printed after its address (its log), read on demand.
    stderr: Option<std::process::ChildStderr>,
}

/// One answer.
#[derive(Debug, Clone)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The headers, names in lowercase, in order.
    pub headers: Vec<(String, String)>,
    /// The body, de-chunked.
    pub body: Vec<u8>,
}

impl Response {
    /// The first header with this (lowercase) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON; panics with the body when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

impl Server {
    /// Starts the server on the sandbox's database and clock.
    pub fn start(s: &Sandbox) -> Server {
        Server::start_with(s, &[], &[])
    }

    /// Starts it with more arguments (after `serve`) and environment variables.
    pub fn start_with(s: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_afterview"));
        cmd.env_clear()
            .env("HOME", s.dir.path())
            .env("XDG_CONFIG_HOME", s.dir.path().join("config"))
            .env("XDG_DATA_HOME", s.dir.path().join("share"))
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .envs(env.iter().copied())
            .args(["--db", &s.db, "--now", &s.now, "serve", "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start afterview serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            let _ = tx.send(lines.next());
            // Keep reading so the server never blocks on a full pipe.
            for _ in lines {}
        });
        let first = rx.recv_timeout(TIMEOUT);
        let line = match first {
            Ok(Some(Ok(line))) => line,
            other => {
                let _ = child.kill();
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = e.read_to_string(&mut err);
                }
                panic!("afterview serve did not print its address ({other:?}); stderr:\n{err}");
            }
        };
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        let addr: SocketAddr = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("bad address in {line:?}"));
        let stderr = child.stderr.take();
        Server {
            child,
            addr,
            csrf: None,
            stderr,
        }
    }

    /// The base address, `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Sends one request and reads the whole answer.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        let mut stream = TcpStream::connect(self.addr).expect("connect");
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.set_write_timeout(Some(TIMEOUT)).unwrap();
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        let has_cookie = headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("cookie"));
        if let (Some(c), false) = (&self.csrf, has_cookie) {
            head.push_str(&format!("Cookie: afterview_csrf={c}\r\n"));
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).expect("write head");
        // A server may answer (413) and close before a large body is all
        // written; that answer is what the test wants.
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        parse(&raw)
    }

    /// GET, remembering the CSRF cookie the answer sets.
    pub fn get(&mut self, path: &str) -> Response {
        let res = self.request("GET", path, &[], &[]);
        self.keep_cookie(&res);
        res
    }

    fn keep_cookie(&mut self, res: &Response) {
        for (k, v) in &res.headers {
            if k == "set-cookie"
                && let Some(rest) = v.strip_prefix("afterview_csrf=")
            {
                self.csrf = rest.split(';').next().map(str::to_owned);
            }
        }
    }

    /// The CSRF token, fetched from Today when not known yet.
    pub fn csrf(&mut self) -> String {
        if self.csrf.is_none() {
            let res = self.get("/");
            assert_eq!(res.status, 200, "GET / failed: {}", res.text());
        }
        self.csrf.clone().expect("a CSRF cookie")
    }

    /// Posts a form as a browser would, with the CSRF token.
    pub fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let token = self.csrf();
        let mut all: Vec<(&str, &str)> = vec![("_csrf", &token)];
        all.extend_from_slice(fields);
        self.post_form_raw(path, &all)
    }

    /// Posts a form exactly as given (no token added).
    pub fn post_form_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = form(fields);
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
    }

    /// Sends JSON to the API.
    pub fn json(&self, method: &str, path: &str, value: &Value) -> Response {
        self.request(
            method,
            path,
            &[("Content-Type", "application/json")],
            value.to_string().as_bytes(),
        )
    }

    /// Whatever the server has written to standard error so far (it is
    /// stopped first, so this is for after the test's requests).
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut err = String::new();
        if let Some(mut e) = self.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        err
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `a=1&b=2`, percent-encoded.
pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encoding for a form value.
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn parse(raw: &[u8]) -> Response {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP head in {:?}", String::from_utf8_lossy(raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let rest = &raw[split + 4..];
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_vec()
    };
    Response {
        status,
        headers,
        body,
    }
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&rest[..end])
                .split(';')
                .next()
                .unwrap_or("0")
                .trim(),
            16,
        )
        .unwrap_or(0);
        rest = &rest[end + 2..];
        if size == 0 || rest.len() < size {
            break;
        }
        body.extend_from_slice(&rest[..size]);
        rest = &rest[(size + 2).min(rest.len())..];
    }
    body
}
