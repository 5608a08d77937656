//! The web UI in real headless Chromium, driven through chromedriver as a
//! new user would click through it: add an application and an interview,
//! mark it done, see the five must-dos on Today, write the debrief, draft
//! the thank-you notes, see a planted typo underlined, fix it, send the
//! letters to a real SMTP server on loopback, watch Today clear, and see the
//! funnel chart. A second test imports a LinkedIn export through the
//! contacts form's script (with its progress bar) and drills a practice
//! card by keyboard.
//!
//! A screenshot of every page is kept under `target/tmp/browser/`, and one
//! of the page on screen when a step fails. Without Chromium (Debian's
//! `chromium` and `chromium-driver`) or the SMTP server the test prints a
//! loud `SKIPPED` line; `.ci/run` installs both, so CI never skips.

use crate::server::Server;
use crate::smtp::{SinkOptions, SmtpSink};
use crate::support::Sandbox;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// How long any one step may wait for the page.
const WAIT: Duration = Duration::from_secs(30);

type Step<T = ()> = Result<T, String>;

/// chromedriver on a free port, and a browser session through it.
struct Browser {
    driver: Child,
    client: Client,
    shots: PathBuf,
    count: usize,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    async fn start(name: &str) -> Option<Browser> {
        if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
            eprintln!(
                "SKIPPED (Chromium): {name} needs {CHROMIUM} and {CHROMEDRIVER}; install Debian's chromium and chromium-driver (`.ci/run` does)"
            );
            return None;
        }
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + WAIT;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().expect("a profile folder").keep();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.display()),
                ]
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a Chromium session");
        let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join("browser")
            .join(name);
        let _ = std::fs::remove_dir_all(&shots);
        std::fs::create_dir_all(&shots).expect("screenshot folder");
        Some(Browser {
            driver,
            client,
            shots,
            count: 0,
        })
    }

    /// Keeps a screenshot of the page as it is now.
    async fn shot(&mut self, what: &str) {
        self.count += 1;
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(
                self.shots.join(format!("{:02}-{what}.png", self.count)),
                png,
            );
        }
    }

    async fn goto(&self, url: &str) -> Step {
        self.client
            .goto(url)
            .await
            .map_err(|e| format!("could not open {url}: {e}"))
    }

    async fn find(&self, css: &str) -> Step<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("no {css} on the page: {e}"))
    }

    async fn fill(&self, css: &str, text: &str) -> Step {
        let field = self.find(css).await?;
        field
            .clear()
            .await
            .map_err(|e| format!("clear {css}: {e}"))?;
        field
            .send_keys(text)
            .await
            .map_err(|e| format!("type into {css}: {e}"))
    }

    async fn click(&self, css: &str) -> Step {
        self.find(css)
            .await?
            .click()
            .await
            .map_err(|e| format!("click {css}: {e}"))
    }

    async fn js(&self, script: &str) -> Step<Value> {
        self.client
            .execute(script, vec![])
            .await
            .map_err(|e| format!("script failed: {e}"))
    }

    /// Waits until `script` returns true.
    async fn until(&self, what: &str, script: &str) -> Step {
        let deadline = Instant::now() + WAIT;
        loop {
            if self.js(script).await? == json!(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("waited {WAIT:?} for {what}"));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn text(&self) -> Step<String> {
        self.find("main")
            .await?
            .text()
            .await
            .map_err(|e| format!("read the page: {e}"))
    }
}

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// A config file that sends mail through `sink`.
fn smtp_config(s: &Sandbox, sink: &SmtpSink) -> String {
    let path = s.path("web-smtp.toml");
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

#[test]
fn a_new_user_goes_round_the_whole_loop_in_chromium() {
    let Some(sink) = SmtpSink::start(SinkOptions::default()) else {
        return;
    };
    let s = Sandbox::with_profile();
    // Someone at the company, so the good word is one of the five habits.
    s.ok(&["company", "add", "Acme"]);
    s.ok(&[
        "contact",
        "add",
        "Ana Silva",
        "--company",
        "Acme",
        "--email",
        "ana@acme.example",
    ]);
    let config = smtp_config(&s, &sink);
    let server = Server::start_with(&s, &[], &[("AFTERVIEW_CONFIG", &config)]);
    runtime().block_on(async {
        let Some(mut b) = Browser::start("loop").await else {
            return;
        };
        let result = the_loop(&mut b, &server.url(), &sink).await;
        if let Err(e) = result {
            b.shot("failure").await;
            let _ = b.client.clone().close().await;
            panic!(
                "{e}\n(screenshots in {}; server log:\n{})",
                b.shots.display(),
                server.stop()
            );
        }
        let _ = b.client.clone().close().await;
    });
}

async fn the_loop(b: &mut Browser, base: &str, sink: &SmtpSink) -> Step {
    // An application, through the form.
    b.goto(&format!("{base}/applications/new")).await?;
    b.shot("new-application").await;
    b.fill("input[name=company]", "Acme").await?;
    b.fill("input[name=role]", "Backend Engineer").await?;
    b.click("form button.primary").await?;
    b.find("#interviews").await?;

    // An interview with two interviewers, then marked done.
    b.fill("#interviews input[name=at]", "2026-11-25 08:00")
        .await?;
    b.fill(
        "textarea[name=with]",
        "Jane Doe <jane@acme.example>, hiring manager\nRaj Patel <raj@acme.example>, interviewer",
    )
    .await?;
    b.click("#interviews form.form button.primary").await?;
    b.find("li.interview").await?;
    b.shot("application").await;
    b.click("li.interview form[action$='/done'] button").await?;
    b.find("li.interview a[href$='/debrief']").await?;

    // Today: all five habits have something to do.
    b.goto(&format!("{base}/")).await?;
    b.find(".mustdos").await?;
    b.shot("today-after-the-interview").await;
    let counts = b
        .js("return Array.from(document.querySelectorAll('.mustdo')).map(m => [m.dataset.mustDo, Number(m.querySelector('.count').textContent)])")
        .await?;
    for (habit, count) in counts
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p.get(0)?.as_str()?.to_owned(), p.get(1)?.as_u64()?)))
    {
        ensure!(count > 0, "nothing to do for {habit} on Today: {counts}");
    }
    ensure!(
        counts.as_array().map(Vec::len) == Some(5),
        "not five habits: {counts}"
    );
    let text = b.text().await?;
    for must in [
        "Debrief",
        "Thank Jane Doe",
        "Thank Raj Patel",
        "Follow up with Jane Doe",
    ] {
        ensure!(text.contains(must), "{must} is not on Today:\n{text}");
    }

    // The debrief, from its action on Today.
    b.click("li.action a[href$='/debrief']").await?;
    b.find("form.debrief").await?;
    b.fill("textarea[name=went_well]", "the system design question")
        .await?;
    b.fill(
        "textarea[name=better]",
        "Tell me about a conflict :: rambled :: use STAR :: conflict",
    )
    .await?;
    b.fill("textarea[name=owe]", "writing sample to Jane by friday")
        .await?;
    b.fill("input[name=rating]", "4").await?;
    b.shot("debrief").await;
    b.click("form.debrief button.primary").await?;
    b.until(
        "the debrief to be saved",
        "return (document.querySelector('.flash')?.textContent || '').includes('Debrief saved')",
    )
    .await?;

    // The thank-you notes: the first opens in the editor.
    b.click("form[action$='/draft'] input[value=thanks] ~ button")
        .await?;
    b.find("[data-editor].live").await?;
    b.shot("letter-drafted").await;
    // A planted typo is underlined as it is typed, with a suggestion.
    b.fill(
        "textarea[name=body]",
        "Dear Jane,\n\nThank you for teh conversation today about the backend role.\n\nBest,\nSam Carter",
    )
    .await?;
    b.until(
        "the typo to be underlined",
        "return Array.from(document.querySelectorAll('[data-backdrop=body] mark')).some(m => m.textContent === 'teh')",
    )
    .await?;
    b.shot("typo-underlined").await;
    b.click("li.finding button.apply[data-suggestion='the']")
        .await?;
    b.until(
        "the fix to clear the underline",
        "return document.querySelector('textarea[name=body]').value.includes('for the conversation') && !Array.from(document.querySelectorAll('[data-backdrop=body] mark')).some(m => m.textContent === 'teh')",
    )
    .await?;
    b.shot("typo-fixed").await;
    b.click("form[data-editor] button[type=submit]").await?;
    b.until(
        "the letter to be saved",
        "return (document.querySelector('.flash')?.textContent || '').includes('Saved')",
    )
    .await?;
    let body = b
        .js("return document.querySelector('textarea[name=body]').value")
        .await?;
    ensure!(
        body.as_str()
            .is_some_and(|t| t.contains("Thank you for the conversation")),
        "the fix was not saved: {body}"
    );
    send_this_letter(b).await?;

    // The other thank-you, then the follow-up.
    b.click("#letters a[data-state=draft]").await?;
    send_open_draft(b).await?;
    b.click("form[action$='/draft'] input[value=followup] ~ button")
        .await?;
    b.find("[data-editor].live").await?;
    send_this_letter(b).await?;
    wait_for(sink, 3).await?;

    // Today: the letters cleared their actions; the rest are done in place.
    b.goto(&format!("{base}/")).await?;
    b.find("main h1").await?;
    let text = b.text().await?;
    for gone in [
        "Thank Jane Doe",
        "Thank Raj Patel",
        "Follow up with Jane Doe",
        "Debrief",
    ] {
        ensure!(!text.contains(gone), "{gone} is still on Today:\n{text}");
    }
    b.shot("today-after-the-letters").await;
    // What is due now is done in place (htmx swaps each line); a done
    // follow-up brings its nudge a week later, which stays upcoming.
    const NOW_DUE: &str = "section[aria-labelledby=g-overdue] li.action:not(.marked) button[data-mark=done], section[aria-labelledby=g-today] li.action:not(.marked) button[data-mark=done]";
    loop {
        let left = b
            .js(&format!(
                "return document.querySelectorAll(\"{NOW_DUE}\").length"
            ))
            .await?;
        if left == json!(0) {
            break;
        }
        b.click(NOW_DUE).await?;
        b.until(
            "the action to be marked done in place",
            &format!("return document.querySelectorAll(\"{NOW_DUE}\").length < {left}"),
        )
        .await?;
    }
    b.shot("today-marked").await;
    b.goto(&format!("{base}/")).await?;
    b.find("main h1").await?;
    let cleared = b
        .js("return !document.getElementById('g-overdue') && !document.getElementById('g-today')")
        .await?;
    let text = b.text().await?;
    ensure!(cleared == json!(true), "Today did not clear:\n{text}");
    b.shot("today-clear").await;

    // A snooze to a date that cannot be read says why, in place.
    b.click("li.action:not(.marked) details.later summary")
        .await?;
    b.fill(
        "li.action:not(.marked) input[name=until]",
        "the 45th of Smarch",
    )
    .await?;
    b.click("li.action:not(.marked) button[formaction='/actions/snooze']")
        .await?;
    b.until(
        "the refused snooze to say why",
        "const p = document.querySelector('li.action p.mark-error'); return !!p && p.textContent.includes('Smarch')",
    )
    .await?;
    b.shot("snooze-refused").await;

    // The funnel chart.
    b.goto(&format!("{base}/insights")).await?;
    b.find("svg.chart[aria-labelledby^='funnel-title']").await?;
    let desc = b
        .js("return document.getElementById('funnel-desc').textContent")
        .await?;
    ensure!(
        desc.as_str().is_some_and(|d| d.contains("Applied: 1")),
        "the funnel does not count the application: {desc}"
    );
    b.shot("insights").await;

    // The rest of the pages, one screenshot each.
    for (path, what, css) in [
        ("/applications", "board", ".board"),
        ("/contacts", "contacts", "main h1"),
        ("/practice", "practice", "main h1"),
        ("/agenda?at=friday%209am", "agenda-at-friday", "main h1"),
    ] {
        b.goto(&format!("{base}{path}")).await?;
        b.find(css).await?;
        b.shot(what).await;
    }

    // On a phone: every page fits the screen's width, nothing scrolls sideways.
    b.client
        .set_window_size(390, 844)
        .await
        .map_err(|e| format!("could not resize the window: {e}"))?;
    for (path, what) in [
        ("/", "today-phone"),
        ("/applications", "board-phone"),
        ("/applications/1", "application-phone"),
        ("/insights", "insights-phone"),
    ] {
        b.goto(&format!("{base}{path}")).await?;
        b.find("main h1").await?;
        b.shot(what).await;
        let fits = b
            .js("return document.documentElement.scrollWidth <= window.innerWidth")
            .await?;
        ensure!(fits == json!(true), "{path} is wider than a phone's screen");
    }
    Ok(())
}

/// Sends the letter open in the editor (it must be clean).
async fn send_this_letter(b: &mut Browser) -> Step {
    b.click("form.send button[data-send]").await?;
    b.until(
        "the application page to say the letter was sent",
        "return location.pathname.startsWith('/applications/') && (document.querySelector('.flash')?.textContent || '').includes('Sent')",
    )
    .await
}

async fn send_open_draft(b: &mut Browser) -> Step {
    b.find("[data-editor].live").await?;
    send_this_letter(b).await
}

async fn wait_for(sink: &SmtpSink, n: usize) -> Step {
    let deadline = Instant::now() + WAIT;
    while sink.messages().len() < n {
        if Instant::now() > deadline {
            return Err(format!(
                "the SMTP server got {} letters, not {n}; its log:\n{}",
                sink.messages().len(),
                sink.log()
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// Presses one key on the page, as a person at the keyboard would.
async fn press(b: &Browser, key: char) -> Step {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    b.client
        .perform_actions(keys)
        .await
        .map_err(|e| format!("press {key:?}: {e}"))
}

/// Contacts and the drill in Chromium: a LinkedIn export sent by the
/// import form's script (its progress shown, the answer swapped in place,
/// the summary focused, no token in the address bar), the person found by
/// the search, and the drill by keys: space shows the answer, 3 rates it.
#[test]
fn contacts_import_with_progress_and_the_drill_by_keys_in_chromium() {
    let s = crate::web_contacts::debriefed();
    let server = Server::start(&s);
    runtime().block_on(async {
        let Some(mut b) = Browser::start("contacts").await else {
            return;
        };
        let result = contacts_and_drill(&mut b, &server.url()).await;
        if let Err(e) = result {
            b.shot("failure").await;
            let _ = b.client.clone().close().await;
            panic!(
                "{e}\n(screenshots in {}; server log:\n{})",
                b.shots.display(),
                server.stop()
            );
        }
        let _ = b.client.clone().close().await;
    });
}

async fn contacts_and_drill(b: &mut Browser, base: &str) -> Step {
    b.goto(&format!("{base}/contacts/import")).await?;
    let file = std::fs::canonicalize("crates/contacts/tests/fixtures/linkedin-connections.csv")
        .map_err(|e| format!("the fixture: {e}"))?;
    b.find("input[type=file]")
        .await?
        .send_keys(&file.display().to_string())
        .await
        .map_err(|e| format!("choose the file: {e}"))?;
    // Count what the script does to the progress box while it uploads.
    b.js("window.afterviewTicks = 0; new MutationObserver(() => window.afterviewTicks++).observe(document.querySelector('[data-upload]'), {attributes: true, subtree: true, childList: true, characterData: true});")
        .await?;
    b.click("form[data-import] button[type=submit]").await?;
    b.until(
        "the import's summary",
        "return document.activeElement && document.activeElement.id === 'summary'",
    )
    .await?;
    b.shot("import-summary").await;
    let url = b
        .client
        .current_url()
        .await
        .map_err(|e| format!("the address: {e}"))?;
    ensure!(
        url.path() == "/contacts/import" && url.query().is_none(),
        "the form was posted without its script: {url}"
    );
    let ticks = b.js("return window.afterviewTicks").await?;
    ensure!(
        ticks.as_u64().is_some_and(|n| n > 0),
        "the progress box never changed ({ticks})"
    );
    let text = b.text().await?;
    // Jane Doe, the interviewer, is in the file too: merged, not doubled.
    let counts = b
        .js("return Array.from(document.querySelectorAll('dl.counts dd')).slice(1, 3).map(d => d.textContent)")
        .await?;
    ensure!(
        text.contains("Imported linkedin-connections.csv") && counts == json!(["27", "1"]),
        "the summary (new, merged: {counts}): {text}"
    );

    b.goto(&format!("{base}/contacts")).await?;
    b.fill("#q", "jane doe").await?;
    b.click("form.search button").await?;
    b.until("the search", "return location.search.includes('q=')")
        .await?;
    b.click("ul.people a").await?;
    b.until(
        "Jane's page",
        "return location.pathname.startsWith('/contacts/')",
    )
    .await?;
    let text = b.text().await?;
    ensure!(
        text.contains("Jane Doe") && text.contains("Engineering Manager at Acme"),
        "Jane's page: {text}"
    );
    b.shot("contact").await;

    b.goto(&format!("{base}/practice")).await?;
    b.find("[data-drill]").await?;
    let open = "return document.querySelector('[data-answer]').open";
    ensure!(
        b.js(open).await? == json!(false),
        "the answer shows at once"
    );
    press(b, ' ').await?;
    b.until("the answer", open).await?;
    b.shot("drill-answer").await;
    press(b, '3').await?;
    b.until(
        "the next card",
        "return location.search.includes('flash=rated')",
    )
    .await?;
    let text = b.text().await?;
    ensure!(
        text.contains("Rated.") && text.contains("1 card due") && text.contains("Why Acme?"),
        "after rating, the other card is next: {text}"
    );
    Ok(())
}
