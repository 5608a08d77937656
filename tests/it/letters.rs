//! Letters as a person writes and sends them, with the clock pinned: an
//! interview with two people gives two personal thank-yous and one
//! follow-up, the proofreader points at planted mistakes, and each letter
//! goes out exactly once: to a real SMTP server on loopback, as an `.eml`
//! file an independent parser reads, or as a printable card, even when the
//! sender is killed half-way or the server refuses it.
//!
//! Drafting builds a proofreader (about a second in a debug build), so the
//! drafted search is built once and every test starts from a copy of its
//! database file.

use crate::smtp::{SinkOptions, SmtpSink};
use crate::support::Sandbox;
use serde_json::Value;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Tuesday 2026-11-24, 15:00 UTC: five hours after the interview began.
const NOW: &str = "2026-11-24T15:00:00Z";

/// Every key on the agenda.
fn all_keys(agenda: &Value) -> Vec<String> {
    ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|s| {
            agenda[*s]
                .as_array()
                .unwrap_or_else(|| panic!("no {s} in {agenda}"))
        })
        .map(|a| a["key"].as_str().unwrap().to_owned())
        .collect()
}

/// The command an agenda action points at.
fn command(agenda: &Value, key: &str) -> String {
    ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|s| agenda[*s].as_array().unwrap())
        .find(|a| a["key"] == key)
        .unwrap_or_else(|| panic!("{key} is not on the agenda: {agenda}"))["command"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The letter numbered `id` in `letter list --json`.
fn listed(s: &Sandbox, id: i64) -> Value {
    s.json(&["letter", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("letter {id} is not listed"))
        .clone()
}

/// A search at Acme with a posting, a technical interview this morning
/// with Jane Doe (the hiring manager) and Zoë Laurent, its debrief, and a
/// second application at Globex where Olga Berg interviewed.
fn interviewed() -> Sandbox {
    let mut s = Sandbox::new();
    s.set_now(NOW);
    s.ok(&[
        "profile",
        "set",
        "--name",
        "Sam Carter",
        "--email",
        "sam@example.com",
        "--skill",
        "Rust",
        "--skill",
        "PostgreSQL",
        "--skill",
        "team leadership",
        "--tz",
        "UTC",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Acme",
        "--role",
        "Backend Engineer",
        "--status",
        "applied",
        "--posting-text",
        "We need a Rust engineer who knows Postgres and has led teams.",
    ]);
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-24 10:00",
        "--kind",
        "technical",
        "--with",
        "Jane Doe <jane@acme.example>, hiring manager",
        "--with",
        "Zoë Laurent <zoe@acme.example>",
    ]);
    s.ok(&["interview", "done", "1"]);
    s.ok(&[
        "debrief",
        "1",
        "--went-well",
        "The system design discussion",
        "--owe",
        "writing sample to Jane by friday",
        "--issue",
        "My answer on caching",
        "--rating",
        "4",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Globex",
        "--role",
        "Platform Engineer",
        "--status",
        "applied",
    ]);
    s.ok(&[
        "interview",
        "add",
        "--app",
        "2",
        "--at",
        "2026-11-23 10:00",
        "--with",
        "Olga Berg <olga@globex.example>",
    ]);
    s
}

/// The search above after `draft thanks 1` (letters 1 to Jane, 2 to Zoë)
/// and `draft followup 1` (letter 3 to Jane), with what those printed.
struct Drafted {
    /// The database files: the main file and its write-ahead log, if any.
    files: Vec<(&'static str, Vec<u8>)>,
    /// `today --json` before drafting.
    before: Value,
    /// What `draft thanks 1` printed.
    thanks: String,
    /// What `draft followup 1` printed.
    followup: String,
}

fn drafted_once() -> &'static Drafted {
    static DRAFTED: OnceLock<Drafted> = OnceLock::new();
    DRAFTED.get_or_init(|| {
        let s = interviewed();
        let before = s.json(&["today"]);
        let thanks = s.ok(&["draft", "thanks", "1"]);
        let followup = s.ok(&["draft", "followup", "1"]);
        let files = ["", "-wal"]
            .into_iter()
            .filter_map(|suffix| Some((suffix, std::fs::read(format!("{}{suffix}", s.db)).ok()?)))
            .collect();
        Drafted {
            files,
            before,
            thanks,
            followup,
        }
    })
}

/// A fresh sandbox holding a copy of the drafted search.
fn drafted() -> Sandbox {
    let d = drafted_once();
    let mut s = Sandbox::new();
    s.set_now(NOW);
    std::fs::create_dir_all(std::path::Path::new(&s.db).parent().unwrap()).unwrap();
    for (suffix, bytes) in &d.files {
        std::fs::write(format!("{}{suffix}", s.db), bytes).unwrap();
    }
    s
}

/// A config file that sends through `sink`; returns its path.
fn smtp_config(s: &Sandbox, sink: &SmtpSink, name: &str) -> String {
    let path = s.path(name);
    std::fs::write(
        &path,
        format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n",
            sink.port()
        ),
    )
    .unwrap();
    path.display().to_string()
}

/// A letter's text, as `letter edit --stdin` reads it.
fn edit(s: &Sandbox, id: &str, text: &str) -> String {
    let out = s
        .cmd(&["letter", "edit", id, "--stdin"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "letter edit {id} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The afterview binary on this sandbox, as a child process to kill.
fn spawn(s: &Sandbox, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_afterview"))
        .env_clear()
        .env("HOME", s.dir.path())
        .env("XDG_CONFIG_HOME", s.dir.path().join("config"))
        .env("XDG_DATA_HOME", s.dir.path().join("share"))
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
        .args(["--db", &s.db, "--now", &s.now])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start afterview")
}

/// Waits (at most ten seconds) until the sink holds `n` messages.
fn wait_for_messages(sink: &SmtpSink, n: usize, child: &mut std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while sink.messages().len() < n {
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "afterview exited ({status}) before the server had the letter; server log:\n{}",
                sink.log()
            );
        }
        assert!(
            Instant::now() < deadline,
            "the server did not get the letter within 10 s; its log:\n{}",
            sink.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A message as Python's `email` package reads it (an independent parser):
/// sender, recipient, subject, date, Message-ID and the decoded text body.
/// `None`, after a loud notice, when python3 is missing.
fn parse_mail(bytes: &[u8]) -> Option<Value> {
    const SCRIPT: &str = r#"
import datetime, email, email.policy, email.utils, json, sys
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
f = m["From"].addresses
t = m["To"].addresses
body = m.get_body(("plain",))
print(json.dumps({
    "from": [[a.display_name, a.addr_spec] for a in f],
    "to": [[a.display_name, a.addr_spec] for a in t],
    "subject": str(m["Subject"]),
    "date": email.utils.parsedate_to_datetime(m["Date"]).astimezone(datetime.timezone.utc).isoformat(),
    "message_id": str(m["Message-ID"]).strip(),
    "content_type": body.get_content_type(),
    "charset": body.get_content_charset(),
    "body": body.get_content(),
    "headers": [k for k in m.keys()],
    "defects": [type(d).__name__ for d in m.defects],
}))
"#;
    let python = std::env::var(crate::smtp::PYTHON_VAR).unwrap_or_else(|_| "python3".to_owned());
    let Ok(mut child) = Command::new(python)
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED (mail parser): python3 not found"
        );
        return None;
    };
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "Python's email package could not read the message: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(bytes)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

/// Text with `\n` line ends and no trailing blank lines, to compare bodies.
fn lines(text: &str) -> String {
    text.replace("\r\n", "\n").trim_end().to_owned()
}

/// Asserts that a rendered finding quotes the line holding `word` and puts
/// carets under exactly that word, after a header naming it.
fn caret_under(rendered: &str, word: &str) {
    let all: Vec<&str> = rendered.lines().collect();
    let found = all.windows(3).find(|w| {
        w[0].contains(&format!("\"{word}\"")) && w[1].starts_with("  | ") && w[1].contains(word)
    });
    let Some([header, quoted, carets]) = found else {
        panic!("no finding about {word:?} in:\n{rendered}");
    };
    assert!(header.starts_with("error: "), "{header}");
    let text = &quoted[4..];
    let column = text[..text.find(word).unwrap()].chars().count();
    let marks = &carets[4..];
    let start = marks.chars().position(|c| c == '^').unwrap_or_else(|| {
        panic!("no carets under {word:?}:\n{quoted}\n{carets}");
    });
    let width = marks.chars().skip(start).take_while(|c| *c == '^').count();
    assert_eq!(
        (start, width),
        (column, word.chars().count()),
        "the carets are not under {word:?}:\n{quoted}\n{carets}"
    );
}

/// The issue's scenario: after a round with two people, one thank-you
/// each and one follow-up, which the agenda asks for and then points at;
/// drafting again duplicates nothing unless asked to.
#[test]
fn two_interviewers_get_two_personal_thank_yous_and_one_short_follow_up() {
    let d = drafted_once();
    let s = drafted();
    // Before the drafts, the agenda says to draft them.
    assert_eq!(command(&d.before, "thank-1-1"), "afterview draft thanks 1");
    assert_eq!(command(&d.before, "thank-1-2"), "afterview draft thanks 1");
    assert_eq!(
        command(&d.before, "followup-1"),
        "afterview draft followup 1"
    );
    insta::assert_snapshot!("draft_thanks", d.thanks);
    insta::assert_snapshot!("draft_followup", d.followup);

    // Each thank-you greets its person by first name and names the job.
    let jane = listed(&s, 1);
    let zoe = listed(&s, 2);
    for (letter, name, first, other) in [
        (&jane, "Jane Doe", "Dear Jane,", "Zoë"),
        (&zoe, "Zoë Laurent", "Dear Zoë,", "Jane"),
    ] {
        let body = letter["body"].as_str().unwrap();
        assert_eq!(letter["kind"], "thanks");
        assert_eq!(letter["to_name"], name);
        assert!(body.starts_with(first), "{body}");
        assert!(!body.contains(other), "a personal letter: {body}");
        assert!(
            body.contains("Acme") && body.contains("Backend Engineer"),
            "{body}"
        );
        assert!(body.trim_end().ends_with("Sam Carter"), "{body}");
    }
    assert_eq!(zoe["to_email"], "zoe@acme.example");

    // The follow-up goes to the hiring manager, short, with the matching
    // skills and the promised writing sample.
    let follow = listed(&s, 3);
    let body = follow["body"].as_str().unwrap();
    assert_eq!(
        (&follow["kind"], &follow["to_name"]),
        (&"followup".into(), &"Jane Doe".into())
    );
    let words = body.split_whitespace().count();
    assert!(words < 150, "{words} words:\n{body}");
    assert!(
        body.contains("Rust, PostgreSQL and team leadership"),
        "{body}"
    );
    assert!(
        body.contains("I will send the writing sample by Friday"),
        "{body}"
    );
    assert!(d.followup.contains("The proofreader found nothing to fix."));
    assert_eq!(
        d.thanks
            .matches("The proofreader found nothing to fix.")
            .count(),
        2
    );

    // Once drafted, the agenda points at sending them.
    let day = s.json(&["today"]);
    assert_eq!(command(&day, "thank-1-1"), "afterview letter send 1");
    assert_eq!(command(&day, "thank-1-2"), "afterview letter send 2");
    assert_eq!(command(&day, "followup-1"), "afterview letter send 3");

    // Drafting again writes nothing new, unless asked to.
    let again = s.ok(&["draft", "thanks", "1"]);
    assert!(
        again.contains("Skipped: Jane Doe already has letter 1 (draft)")
            && again.contains("Skipped: Zoë Laurent already has letter 2 (draft)"),
        "{again}"
    );
    assert!(!again.contains("Drafted"), "{again}");
    assert_eq!(s.json(&["letter", "list"]).as_array().unwrap().len(), 3);
    let more = s.json(&["draft", "followup", "1", "--again"]);
    assert_eq!(more["letters"][0]["id"], 4);
    assert_eq!(more["letters"][0]["to_name"], "Jane Doe");
    assert!(more["skipped"].as_array().unwrap().is_empty());
    let all = s.json(&["letter", "list"]);
    let states: Vec<(i64, &str, &str)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["id"].as_i64().unwrap(),
                l["kind"].as_str().unwrap(),
                l["state"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            (4, "followup", "draft"),
            (3, "followup", "draft"),
            (2, "thanks", "draft"),
            (1, "thanks", "draft")
        ]
    );
}

/// The other application's company, a misspelt recipient, a misspelt word
/// and a template blank: each is found under its words, and the letter does
/// not go out until forced.
#[test]
fn planted_mistakes_are_found_under_their_words_and_block_sending() {
    let s = drafted();
    let planted = "Subject: Thank you for the Backend Engineer interview\n\n\
        Dear [Name],\n\n\
        Thank you for your time on Tuesday, Jnae. I realy enjoyed the system design discussion.\n\n\
        I am excited about the Backend Engineer role and about joining the team at Globex.\n\n\
        Best regards,\nSam Carter\n";
    let saved = edit(&s, "1", planted);
    assert!(saved.contains("Saved letter 1."), "{saved}");

    let out = s.cmd(&["letter", "check", "1"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("letter 1 has 4 errors"), "{stderr}");
    for word in ["[Name]", "Jnae", "realy", "Globex"] {
        caret_under(&stdout, word);
    }
    assert!(stdout.contains("did you mean \"Jane\"?"), "{stdout}");
    assert!(stdout.contains("this letter is for Acme"), "{stdout}");
    insta::assert_snapshot!("check_planted_mistakes", stdout);

    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let cfg = smtp_config(&s, &sink, "smtp.toml");
    let err = s.fails(1, &["--config", &cfg, "letter", "send", "1"]);
    assert!(err.contains("nothing was sent"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert!(err.contains("Globex"), "{err}");
    assert!(
        sink.messages().is_empty(),
        "a refused letter reached the server"
    );
    assert_eq!(listed(&s, 1)["state"], "draft");

    let sent = s.ok(&["--config", &cfg, "letter", "send", "1", "--force"]);
    assert!(
        sent.contains("Sent letter 1 to Jane Doe <jane@acme.example>."),
        "{sent}"
    );
    assert_eq!(sink.messages().len(), 1);
    let letter = listed(&s, 1);
    assert_eq!(
        (&letter["state"], &letter["forced"]),
        (&"sent".into(), &true.into())
    );
}

/// Names the dictionary has never seen are not mistakes when afterview
/// knows them.
#[test]
fn a_clean_letter_with_rare_names_has_nothing_to_fix() {
    let mut s = Sandbox::new();
    s.set_now(NOW);
    s.ok(&[
        "profile",
        "set",
        "--name",
        "Sam Carter",
        "--email",
        "sam@example.com",
        "--tz",
        "UTC",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Xylem Quantum",
        "--role",
        "Quantum Software Engineer",
        "--status",
        "applied",
    ]);
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-24 10:00",
        "--with",
        "Siobhán Ní Bhriain <siobhan@xylem.example>, hiring manager",
    ]);
    let drafted = s.ok(&["draft", "thanks", "1"]);
    assert!(drafted.contains("Dear Siobhán,"), "{drafted}");
    assert!(
        drafted.contains("joining the team at Xylem Quantum"),
        "{drafted}"
    );
    assert!(
        drafted.contains("The proofreader found nothing to fix."),
        "{drafted}"
    );
    let saved = edit(
        &s,
        "1",
        "Subject: Thank you, Siobhán\n\nDear Siobhán,\n\n\
         Thank you for your time on Tuesday, Siobhán Ní Bhriain. I enjoyed hearing how \
         Xylem Quantum builds its compilers.\n\nBest regards,\nSam Carter\n",
    );
    assert!(
        saved.contains("The proofreader found nothing to fix."),
        "{saved}"
    );
    let check = s.ok(&["letter", "check", "1"]);
    assert_eq!(check.trim(), "The proofreader found nothing to fix.");
}

/// A letter to Zoë goes through a real SMTP server on loopback: one
/// message, with the headers and UTF-8 text a mail client reads, and the
/// Message-ID afterview recorded. It never goes twice.
#[test]
fn an_email_reaches_a_real_smtp_server_once_with_its_headers() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let s = drafted();
    let cfg = smtp_config(&s, &sink, "smtp.toml");
    let out = s.ok(&["--config", &cfg, "letter", "send", "2"]);
    assert!(
        out.contains("Sent letter 2 to Zoë Laurent <zoe@acme.example>."),
        "{out}"
    );
    let messages = sink.messages();
    assert_eq!(messages.len(), 1, "exactly one message");
    let shown = s.json(&["letter", "show", "2"]);
    assert_eq!(shown["state"], "sent");
    assert_eq!(shown["sent_at"], NOW);
    let Some(mail) = parse_mail(&messages[0]) else {
        return;
    };
    assert_eq!(
        mail["from"],
        serde_json::json!([["Sam Carter", "sam@example.com"]])
    );
    assert_eq!(
        mail["to"],
        serde_json::json!([["Zoë Laurent", "zoe@acme.example"]])
    );
    assert_eq!(
        mail["subject"],
        "Thank you for the Backend Engineer interview"
    );
    assert_eq!(mail["date"], "2026-11-24T15:00:00+00:00");
    assert_eq!(mail["message_id"], shown["message_id"]);
    assert!(
        shown["message_id"]
            .as_str()
            .unwrap()
            .ends_with("@example.com>")
    );
    assert_eq!(
        (&mail["content_type"], &mail["charset"]),
        (&"text/plain".into(), &"utf-8".into())
    );
    let body = mail["body"].as_str().unwrap();
    assert_eq!(lines(body), lines(shown["body"].as_str().unwrap()));
    assert!(body.starts_with("Dear Zoë,"), "{body}");
    assert!(mail["defects"].as_array().unwrap().is_empty(), "{mail}");
    // Sending is the thank-you: its action is done.
    let day = s.json(&["today"]);
    assert!(!all_keys(&day).contains(&"thank-1-2".to_owned()), "{day}");
    assert_eq!(command(&day, "thank-1-1"), "afterview letter send 1");

    let err = s.fails(1, &["--config", &cfg, "letter", "send", "2"]);
    assert!(
        err.contains("letter 2 went out on Tue 2026-11-24 15:00"),
        "{err}"
    );
    assert!(err.contains("a letter is never sent twice"), "{err}");
    assert_eq!(sink.messages().len(), 1, "still one message");
}

/// Killed after the server stored the letter but before it answered: the
/// letter stays `sending`, is not sent again without the person's word, and
/// `letter sent` settles it.
#[test]
fn a_send_killed_half_way_is_never_repeated_without_asking() {
    let Some(sink) = SmtpSink::start(SinkOptions {
        delay_data: Some(Duration::from_secs(10)),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let s = drafted();
    let cfg = smtp_config(&s, &sink, "smtp.toml");
    let mut child = spawn(&s, &["--config", &cfg, "letter", "send", "3"]);
    wait_for_messages(&sink, 1, &mut child);
    child.kill().expect("kill the sender");
    child.wait().unwrap();

    let shown = s.json(&["letter", "show", "3"]);
    assert_eq!(shown["state"], "sending", "{shown}");
    assert_eq!(shown["via"], "email");
    assert_eq!(shown["sent_at"], Value::Null);
    let err = s.fails(1, &["--config", &cfg, "letter", "send", "3"]);
    assert!(err.contains("may have arrived"), "{err}");
    assert!(err.contains("afterview letter sent 3"), "{err}");
    assert!(err.contains("afterview letter send 3 --resend"), "{err}");
    assert_eq!(sink.messages().len(), 1, "not sent twice");
    let Some(mail) = parse_mail(&sink.messages()[0]) else {
        return;
    };
    assert_eq!(mail["message_id"], shown["message_id"]);

    let out = s.ok(&["letter", "sent", "3"]);
    assert!(
        out.contains("Letter 3 to Jane Doe is recorded as sent; its agenda action is done."),
        "{out}"
    );
    let letter = listed(&s, 3);
    assert_eq!(
        (&letter["state"], &letter["sent_at"]),
        (&"sent".into(), &NOW.into())
    );
    assert!(!all_keys(&s.json(&["today"])).contains(&"followup-1".to_owned()));
}

/// A server that refuses the letter leaves it failed with the server's
/// reason; once fixed, the same command sends it, as the same message.
#[test]
fn a_refused_letter_is_kept_as_failed_and_goes_out_later() {
    let Some(spam) = SmtpSink::start(SinkOptions {
        refuse_data: Some("550 5.7.1 Message rejected as spam".into()),
        ..SinkOptions::default()
    }) else {
        return;
    };
    let Some(good) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let s = drafted();
    let refusing = smtp_config(&s, &spam, "spam.toml");
    let err = s.fails(1, &["--config", &refusing, "letter", "send", "1"]);
    assert!(
        err.contains("letter 1: the SMTP server refused the letter"),
        "{err}"
    );
    assert!(err.contains("550 5.7.1 Message rejected as spam"), "{err}");
    assert!(err.contains("kept as failed"), "{err}");
    let failed = listed(&s, 1);
    assert_eq!(failed["state"], "failed");
    assert!(
        failed["failure"]
            .as_str()
            .unwrap()
            .contains("550 5.7.1 Message rejected as spam"),
        "{failed}"
    );
    assert_eq!(
        command(&s.json(&["today"]), "thank-1-1"),
        "afterview letter send 1"
    );

    let working = smtp_config(&s, &good, "good.toml");
    let out = s.ok(&["--config", &working, "letter", "send", "1"]);
    assert!(out.contains("Sent letter 1 to Jane Doe"), "{out}");
    assert!(spam.messages().is_empty());
    assert_eq!(good.messages().len(), 1);
    let sent = listed(&s, 1);
    assert_eq!(
        (&sent["state"], &sent["failure"]),
        (&"sent".into(), &Value::Null)
    );
    assert_eq!(sent["message_id"], failed["message_id"], "the same message");
}

/// An `.eml` file reads in an independent parser and waits for `letter
/// sent`; a card is HTML with the letter's text escaped.
#[test]
fn eml_files_and_cards_are_written_and_wait_to_be_recorded() {
    let s = drafted();
    let eml = s.path("thanks-jane.eml");
    let out = s.ok(&["letter", "send", "1", "--eml", eml.to_str().unwrap()]);
    assert!(
        out.contains(&format!("Wrote letter 1 to {}.", eml.display())),
        "{out}"
    );
    assert!(out.contains("afterview letter sent 1"), "{out}");
    let letter = listed(&s, 1);
    assert_eq!(
        (&letter["state"], &letter["via"]),
        (&"sending".into(), &"eml".into())
    );
    if let Some(mail) = parse_mail(&std::fs::read(&eml).unwrap()) {
        for header in ["From", "To", "Subject", "Date", "Message-ID"] {
            assert!(
                mail["headers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|h| h == header),
                "no {header}: {mail}"
            );
        }
        assert_eq!(
            mail["from"],
            serde_json::json!([["Sam Carter", "sam@example.com"]])
        );
        assert_eq!(
            mail["to"],
            serde_json::json!([["Jane Doe", "jane@acme.example"]])
        );
        assert_eq!(mail["subject"], letter["subject"]);
        assert_eq!(mail["message_id"], letter["message_id"]);
        assert_eq!(mail["date"], "2026-11-24T15:00:00+00:00");
        assert_eq!(
            lines(mail["body"].as_str().unwrap()),
            lines(letter["body"].as_str().unwrap())
        );
    }
    let out = s.ok(&["letter", "sent", "1"]);
    assert!(out.contains("recorded as sent"), "{out}");

    edit(
        &s,
        "2",
        "Subject: Thank you & goodbye\n\nDear Zoë,\n\n\
         Thank you for showing me why <script>alert(\"x\")</script> must be escaped & how.\n\n\
         Best regards,\nSam Carter\n",
    );
    let card = s.path("card.html");
    let out = s.ok(&[
        "letter",
        "send",
        "2",
        "--card",
        card.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.contains("Print the card and post it"), "{out}");
    let html = std::fs::read_to_string(&card).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; must be escaped &amp; how."
        ),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("Zoë") && html.contains("Sam Carter"),
        "{html}"
    );

    // Every letter is listed with where it stands.
    let all = s.json(&["letter", "list"]);
    let states: Vec<(i64, &str, &Value)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["id"].as_i64().unwrap(),
                l["state"].as_str().unwrap(),
                &l["via"],
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            (3, "draft", &Value::Null),
            (2, "sending", &"card".into()),
            (1, "sent", &"eml".into())
        ]
    );
    let waiting = s.json(&["letter", "list", "--state", "sending"]);
    assert_eq!(waiting.as_array().unwrap().len(), 1);
    assert_eq!(waiting[0]["id"], 2);
}

/// A follow-up met by silence brings a nudge a week later; a reply stops it.
/// What went out stays on record.
#[test]
fn a_reply_stops_the_nudges() {
    let mut s = drafted();
    let eml = s.path("followup.eml");
    s.ok(&["letter", "send", "3", "--eml", eml.to_str().unwrap()]);
    s.ok(&["letter", "sent", "3"]);
    let err = s.fails(1, &["letter", "rm", "3"]);
    assert!(err.contains("only drafts can be removed"), "{err}");
    let out = s.ok(&["letter", "rm", "1"]);
    assert!(out.contains("Removed draft 1 to Jane Doe."), "{out}");

    s.set_now("2026-12-02T09:00:00Z");
    let silent = s.json(&["today"]);
    assert!(
        all_keys(&silent).contains(&"nudge-1-1".to_owned()),
        "no answer for a week: {silent}"
    );
    let out = s.ok(&["letter", "replied", "3"]);
    assert!(out.contains("no more nudges"), "{out}");
    let answered = s.json(&["today"]);
    assert!(
        !all_keys(&answered).iter().any(|k| k.starts_with("nudge-1")),
        "{answered}"
    );
    assert_eq!(listed(&s, 3)["replied_at"], "2026-12-02T09:00:00Z");
}

/// Mistakes are explained and change nothing.
#[test]
fn bad_input_is_explained_and_changes_nothing() {
    let s = drafted();
    let before = s.snapshot();
    let out = s
        .cmd(&["letter", "edit", "1", "--stdin"])
        .write_stdin("Dear Jane,\n\nThanks for everything.\n")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("line 1") && err.contains("Subject:"), "{err}");
    assert!(err.contains("Dear Jane,"), "{err}");

    let err = s.fails(1, &["letter", "show", "999"]);
    assert!(err.contains("there is no letter 999"), "{err}");

    let templates = s.path("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let thanks = templates.join("thanks.txt");
    std::fs::write(
        &thanks,
        "Subject: Thanks\n\nDear {{ to.first_name }},\n\nThank you, {{ interviewer.name }}.\n",
    )
    .unwrap();
    let cfg = s.path("config.toml");
    std::fs::write(
        &cfg,
        format!("[letters]\ntemplates = \"{}\"\n", templates.display()),
    )
    .unwrap();
    let err = s.fails(
        2,
        &[
            "--config",
            cfg.to_str().unwrap(),
            "draft",
            "thanks",
            "1",
            "--again",
        ],
    );
    assert!(err.contains(&thanks.display().to_string()), "{err}");
    assert!(err.contains("line 5"), "{err}");
    assert!(err.contains("'interviewer.name'"), "{err}");
    assert_eq!(s.snapshot(), before, "refused commands change nothing");

    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-12-10 10:00",
        "--with",
        "Jane Doe",
    ]);
    let err = s.fails(1, &["draft", "thanks", "3"]);
    assert!(err.contains("interview 3 has not happened yet"), "{err}");
    assert_eq!(s.json(&["letter", "list"]).as_array().unwrap().len(), 3);
}

/// Regression guard for the agenda's pointer at a letter waiting in
/// `sending`: `letter send N` is refused for it, `letter sent N` settles it.
#[test]
fn an_action_whose_letter_is_being_sent_points_at_letter_sent() {
    let s = drafted();
    let eml = s.path("thanks.eml");
    s.ok(&["letter", "send", "1", "--eml", eml.to_str().unwrap()]);
    let day = s.json(&["today"]);
    assert_eq!(command(&day, "thank-1-1"), "afterview letter sent 1");
}

/// Regression guard for a refused send's message: each error is named once.
#[test]
fn a_refused_send_says_error_once_per_finding() {
    let s = drafted();
    edit(
        &s,
        "1",
        "Subject: Thank you\n\nDear [Name],\n\nThank you.\n\nBest regards,\nSam Carter\n",
    );
    let eml = s.path("never.eml");
    let err = s.fails(1, &["letter", "send", "1", "--eml", eml.to_str().unwrap()]);
    assert!(!err.contains("error: error:"), "{err}");
}
