//! The web UI and JSON API over HTTP, as a browser and a script would use
//! them: the forms' whole loop, security headers, CSRF, escaping, limits
//! and errors. (The same loop in real Chromium is in `browser.rs`.)

use crate::server::Server;
use crate::support::Sandbox;
use serde_json::json;

/// A sandbox with a profile, and a server on it.
fn served() -> (Sandbox, Server) {
    let s = Sandbox::with_profile();
    let server = Server::start(&s);
    (s, server)
}

/// Adds an application through the form; returns its page's path.
fn add_application(server: &mut Server, company: &str, notes: &str) -> String {
    let res = server.post_form(
        "/applications",
        &[
            ("company", company),
            ("role", "Backend Engineer"),
            ("status", "applied"),
            ("notes", notes),
        ],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let to = res.header("location").expect("a redirect").to_owned();
    assert!(to.starts_with("/applications/"), "{to}");
    to.split('?').next().unwrap().to_owned()
}

#[test]
fn serve_prints_its_address_and_pages_carry_the_security_headers() {
    let (_s, mut server) = served();
    let res = server.get("/");
    assert_eq!(res.status, 200);
    let csp = res.header("content-security-policy").expect("a CSP");
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(res.header("x-frame-options"), Some("DENY"));
    assert_eq!(res.header("x-content-type-options"), Some("nosniff"));
    let cookie = res.header("set-cookie").expect("a CSRF cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let html = res.text();
    assert!(html.contains("<h1>Today</h1>"), "{html}");
    assert!(html.contains("Nothing is due"), "{html}");
    // No inline script anywhere: the CSP would block it.
    assert!(!html.contains("<script>"), "{html}");
    for asset in ["/static/htmx.min.js", "/static/app.js", "/static/app.css"] {
        let a = server.get(asset);
        assert_eq!(a.status, 200, "{asset}");
        assert!(a.header("etag").is_some(), "{asset}");
    }
}

#[test]
fn the_follow_through_loop_works_with_plain_forms() {
    let (_s, mut server) = served();
    let app = add_application(&mut server, "Acme", "");
    let res = server.post_form(
        &format!("{app}/interviews"),
        &[
            ("at", "2026-11-25 08:00"),
            ("kind", "technical"),
            (
                "with",
                "Jane Doe <jane@acme.example>, hiring manager\nRaj Patel <raj@acme.example>, interviewer",
            ),
        ],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let page = server.get(&app).text();
    assert!(page.contains("Round 1"), "{page}");
    assert!(
        page.contains("With Jane Doe (hiring manager), Raj Patel (interviewer)"),
        "{page}"
    );
    let done = server.post_form("/interviews/1/done", &[]);
    assert_eq!(done.status, 303, "{}", done.text());

    // Today: the debrief, two thank-yous, the follow-up; each habit counted.
    let today = server.get("/").text();
    for must in [
        "Debrief the technical interview",
        "Thank Jane Doe",
        "Thank Raj Patel",
        "Follow up with Jane Doe",
    ] {
        assert!(today.contains(must), "{must} missing from Today:\n{today}");
    }
    assert!(today.contains("data-must-do=\"assess\""), "{today}");

    // The debrief, with an owed item, puts the owed item on Today.
    let res = server.post_form(
        "/interviews/1/debrief",
        &[
            ("went_well", "the system design question"),
            (
                "better",
                "Tell me about a conflict :: rambled :: use STAR :: conflict",
            ),
            ("owe", "writing sample to Jane by friday"),
            ("rating", "4"),
        ],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let today = server.get("/").text();
    assert!(
        !today.contains("Debrief the technical interview"),
        "{today}"
    );
    assert!(today.contains("writing sample"), "{today}");
    let page = server.get(&app).text();
    assert!(
        page.contains("version 1, rated 4/5, 1 to answer better, 1 owed"),
        "{page}"
    );

    // Drafting the thank-you notes opens the first in the editor, proofread.
    let res = server.post_form("/interviews/1/draft", &[("kind", "thanks")]);
    assert_eq!(res.status, 303, "{}", res.text());
    let editor = res.header("location").unwrap().to_owned();
    assert!(editor.starts_with("/letters/"), "{editor}");
    let letter = server.get(&editor).text();
    assert!(letter.contains("data-editor"), "{letter}");
    assert!(letter.contains("Proofreading"), "{letter}");

    // The live check underlines a planted typo with a suggestion.
    let id = editor
        .trim_start_matches("/letters/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let checked = server.json(
        "POST",
        &format!("/api/v1/letters/{id}/check"),
        &json!({"subject": "Thank you", "body": "Dear Jane,\n\nThank you for teh interview.\n\nBest,\nSam Carter\n"}),
    );
    assert_eq!(checked.status, 200, "{}", checked.text());
    let found = checked.json();
    let typo = found["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "teh")
        .unwrap_or_else(|| panic!("the typo was not found: {found}"));
    assert_eq!(typo["part"], "body");
    let body = "Dear Jane,\n\nThank you for teh interview.\n\nBest,\nSam Carter\n";
    let start = typo["start"].as_u64().unwrap() as usize;
    assert_eq!(
        &body[start..start + 3],
        "teh",
        "UTF-16 offsets of ASCII text are byte offsets"
    );
    assert!(
        typo["suggestions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "the"),
        "{typo}"
    );
}

#[test]
fn what_people_type_is_shown_as_text_never_run() {
    let (_s, mut server) = served();
    let app = add_application(
        &mut server,
        "Evil <b>Corp</b>",
        "<script>alert('x')</script> & \"quotes\"",
    );
    let page = server.get(&app).text();
    assert!(!page.contains("<script>alert"), "{page}");
    // askama writes the escapes as numeric references.
    assert!(page.contains("&#60;script&#62;alert("), "{page}");
    assert!(page.contains("Evil &#60;b&#62;Corp&#60;/b&#62;"), "{page}");
    let board = server.get("/applications").text();
    assert!(!board.contains("<b>Corp</b>"), "{board}");
}

#[test]
fn a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
    let (_s, mut server) = served();
    server.csrf();
    let res = server.post_form_raw(
        "/applications",
        &[("company", "Acme"), ("role", "Engineer")],
    );
    assert_eq!(res.status, 403, "{}", res.text());
    assert!(res.text().contains("Reload the page"), "{}", res.text());
    let wrong = server.post_form_raw(
        "/applications",
        &[
            ("_csrf", "00000000000000000000000000000000"),
            ("company", "Acme"),
            ("role", "Engineer"),
        ],
    );
    assert_eq!(wrong.status, 403);
    // A write from another site is refused even with the token.
    let token = server.csrf();
    let cross = server.request(
        "POST",
        "/applications",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Origin", "https://evil.example"),
        ],
        crate::server::form(&[("_csrf", &token), ("company", "Acme"), ("role", "Eng")]).as_bytes(),
    );
    assert_eq!(cross.status, 403, "{}", cross.text());
    let list = server.request("GET", "/api/v1/applications", &[], &[]);
    assert_eq!(list.json(), json!([]));
}

#[test]
fn bad_input_gets_a_clear_4xx_and_keeps_what_was_typed() {
    let (_s, mut server) = served();
    // A refused form comes back with everything typed and the message.
    let res = server.post_form(
        "/applications",
        &[
            ("company", "Acme"),
            ("role", "Backend Engineer"),
            ("excitement", "eleven"),
            ("notes", "My long careful notes"),
        ],
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let html = res.text();
    assert!(html.contains("excitement"), "{html}");
    assert!(html.contains("My long careful notes"), "{html}");

    // The API names the field.
    let res = server.json("POST", "/api/v1/applications", &json!({"company": "Acme"}));
    assert_eq!(res.status, 422, "{}", res.text());
    let err = res.json();
    assert_eq!(err["error"]["code"], "invalid");
    assert_eq!(err["error"]["field"], "role");

    let app = add_application(&mut server, "Acme", "");
    let res = server.post_form(
        &format!("{app}/interviews"),
        &[("at", "the 45th of Smarch")],
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let res = server.json(
        "POST",
        "/api/v1/interviews",
        &json!({"application": "1", "at": "year 99999"}),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    assert_eq!(res.json()["error"]["field"], "at");

    // Wrong ids: 404 with the error document, or the page.
    let res = server.request("GET", "/api/v1/applications/999", &[], &[]);
    assert_eq!(res.status, 404);
    assert_eq!(res.json()["error"]["code"], "not_found");
    let res = server.get("/applications/999");
    assert_eq!(res.status, 404);
    assert!(res.text().contains("Not found"));
    let res = server.request("GET", "/api/v1/nothing-here", &[], &[]);
    assert_eq!(res.status, 404);
    assert_eq!(res.json()["error"]["code"], "not_found");

    // Malformed JSON and the wrong content type.
    let res = server.request(
        "POST",
        "/api/v1/applications",
        &[("Content-Type", "application/json")],
        b"{\"company\": ",
    );
    assert_eq!(res.status, 400);
    assert_eq!(res.json()["error"]["code"], "bad_json");
    let res = server.request(
        "POST",
        "/api/v1/applications",
        &[("Content-Type", "text/plain")],
        b"{}",
    );
    assert_eq!(res.status, 415);

    // Nothing half written: still one application.
    let list = server.request("GET", "/api/v1/applications", &[], &[]);
    assert_eq!(list.json().as_array().unwrap().len(), 1);
}

#[test]
fn a_ten_megabyte_body_is_refused_before_it_is_read() {
    let (_s, mut server) = served();
    let big = vec![b'a'; 10 << 20];
    let res = server.request(
        "POST",
        "/api/v1/applications",
        &[("Content-Type", "application/json")],
        &big,
    );
    assert_eq!(res.status, 413, "{}", res.text());
    assert_eq!(res.json()["error"]["code"], "too_large");
    let token = server.csrf();
    let mut body = crate::server::form(&[("_csrf", &token), ("company", "Acme"), ("role", "x")]);
    body.push_str("&notes=");
    body.push_str(&"a".repeat(10 << 20));
    let res = server.request(
        "POST",
        "/applications",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    );
    assert_eq!(res.status, 413);
    assert!(res.text().contains("Too large"), "{}", res.text());
    let list = server.request("GET", "/api/v1/applications", &[], &[]);
    assert_eq!(list.json(), json!([]));
}

#[test]
fn errors_never_show_internals() {
    let (_s, mut server) = served();
    for path in ["/applications/abc", "/letters/0", "/interviews/x/debrief"] {
        let res = server.get(path);
        assert!((400..500).contains(&res.status), "{path}: {}", res.status);
        let text = res.text();
        for leak in ["SELECT", "sqlite", "panicked", "at src/", "rusqlite"] {
            assert!(!text.contains(leak), "{path} leaked {leak}: {text}");
        }
    }
}

#[test]
fn only_loopback_without_a_token() {
    let s = Sandbox::with_profile();
    let out = s
        .cmd(&["serve", "--host", "0.0.0.0", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("without a token"), "{err}");

    let token = "a-long-enough-test-token";
    let mut server = Server::start_with(&s, &["--token", token], &[]);
    let res = server.get("/");
    assert_eq!(res.status, 401, "{}", res.text());
    let res = server.request("GET", "/api/v1/agenda", &[], &[]);
    assert_eq!(res.status, 401);
    assert_eq!(res.json()["error"]["code"], "token");
    let res = server.request(
        "GET",
        "/api/v1/agenda",
        &[("Authorization", &format!("Bearer {token}"))],
        &[],
    );
    assert_eq!(res.status, 200, "{}", res.text());
    // Opening the printed address signs the browser in with a cookie.
    let res = server.get(&format!("/?token={token}"));
    assert_eq!(res.status, 303);
    assert!(
        res.header("set-cookie")
            .is_some_and(|c| c.starts_with("afterview_token=")),
        "{:?}",
        res.headers
    );
}

#[test]
fn the_api_reaches_the_whole_follow_through() {
    let (_s, server) = served();
    let profile = server.json("PUT", "/api/v1/profile", &json!({"signature": "Sam"}));
    assert_eq!(profile.status, 200, "{}", profile.text());
    let app = server.json(
        "POST",
        "/api/v1/applications",
        &json!({"company": "Acme", "role": "Engineer", "status": "applied"}),
    );
    assert_eq!(app.status, 201, "{}", app.text());
    let interview = server.json(
        "POST",
        "/api/v1/interviews",
        &json!({"application": "1", "at": "2026-11-25 08:00", "with": ["Jane Doe <jane@acme.example>, hiring manager"]}),
    );
    assert_eq!(interview.status, 201, "{}", interview.text());
    let done = server.json("POST", "/api/v1/interviews/1/done", &json!({}));
    assert_eq!(done.status, 200, "{}", done.text());
    let debrief = server.json(
        "POST",
        "/api/v1/interviews/1/debrief",
        &json!({"went_well": ["the design question"], "rating": "4"}),
    );
    assert_eq!(debrief.status, 201, "{}", debrief.text());
    let agenda = server.request("GET", "/api/v1/agenda", &[], &[]).json();
    let thank = agenda["today"]
        .as_array()
        .into_iter()
        .chain(agenda["upcoming"].as_array())
        .flatten()
        .find(|a| a["kind"] == "thank")
        .unwrap_or_else(|| panic!("no thank-you in {agenda}"))["key"]
        .as_str()
        .unwrap()
        .to_owned();
    let marked = server.json("POST", &format!("/api/v1/actions/{thank}/done"), &json!({}));
    assert_eq!(marked.status, 200, "{}", marked.text());
    let offer = server.json(
        "POST",
        "/api/v1/applications/1/outcome",
        &json!({"outcome": "offer", "deadline": "2026-12-04 17:00", "terms": "120k"}),
    );
    assert_eq!(offer.status, 200, "{}", offer.text());
    assert_eq!(offer.json()["application"]["status"], "offer");
    for path in [
        "/api/v1/companies",
        "/api/v1/companies/1",
        "/api/v1/profile",
        "/api/v1/week",
        "/api/v1/favours",
        "/api/v1/applications/1/network",
        "/api/v1/letters",
        "/api/v1/interviews/1/debrief",
    ] {
        let res = server.request("GET", path, &[], &[]);
        assert_eq!(res.status, 200, "{path}: {}", res.text());
        res.json();
    }
    let ics = server.request("GET", "/api/v1/calendar.ics", &[], &[]);
    assert_eq!(ics.status, 200);
    assert!(
        ics.header("content-type")
            .unwrap()
            .starts_with("text/calendar")
    );
    assert!(ics.text().starts_with("BEGIN:VCALENDAR"), "{}", ics.text());
    let bad = server.json(
        "POST",
        "/api/v1/applications/1/outcome",
        &json!({"outcome": "promoted"}),
    );
    assert_eq!(bad.status, 422, "{}", bad.text());
}

#[test]
fn an_outcome_form_books_the_next_round() {
    let (_s, mut server) = served();
    let app = add_application(&mut server, "Acme", "");
    server.post_form(&format!("{app}/interviews"), &[("at", "2026-11-24 10:00")]);
    server.post_form("/interviews/1/done", &[]);
    let res = server.post_form(
        &format!("{app}/outcome"),
        &[("outcome", "second-round"), ("at", "2026-12-01 10:00")],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let page = server.get(&app).text();
    assert!(page.contains("Round 2"), "{page}");
    let res = server.post_form(&format!("{app}/outcome"), &[("outcome", "promoted")]);
    assert_eq!(res.status, 422, "{}", res.text());
}

#[test]
fn a_forged_csrf_cookie_never_reaches_the_page() {
    let (_s, server) = served();
    let res = server.request(
        "GET",
        "/",
        &[("Cookie", "afterview_csrf=\"}'><script>alert(1)</script>")],
        &[],
    );
    assert_eq!(res.status, 200);
    assert!(!res.text().contains("alert(1)"), "{}", res.text());
    assert!(
        res.header("set-cookie").is_some(),
        "a fresh token replaces it"
    );
}

#[test]
fn each_browser_gets_its_own_csrf_token_on_a_kept_page() {
    let (_s, server) = served();
    let a = "0123456789abcdef0123456789abcdef";
    let b = "fedcba9876543210fedcba9876543210";
    let page = |token: &str| {
        server
            .request(
                "GET",
                "/",
                &[("Cookie", &format!("afterview_csrf={token}"))],
                &[],
            )
            .text()
    };
    // The same second, the same data: the second answer is the kept page.
    let (first, second) = (page(a), page(b));
    assert!(first.contains(a) && !first.contains(b), "{first}");
    assert!(second.contains(b) && !second.contains(a), "{second}");
}

#[test]
fn the_board_moves_an_application_with_its_button() {
    let (_s, mut server) = served();
    add_application(&mut server, "Acme", "");
    let res = server.post_form(
        "/applications/1/status",
        &[("status", "interviewing"), ("back", "board")],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(res.header("location"), Some("/applications?flash=moved"));
    let app = server
        .request("GET", "/api/v1/applications/1", &[], &[])
        .json();
    assert_eq!(app["status"], "interviewing");
    // A move the lifecycle forbids is refused and changes nothing.
    let res = server.post_form(
        "/applications/1/status",
        &[("status", "saved"), ("back", "board")],
    );
    assert_eq!(res.status, 409, "{}", res.text());
    let app = server
        .request("GET", "/api/v1/applications/1", &[], &[])
        .json();
    assert_eq!(app["status"], "interviewing");
}

#[test]
fn actions_are_done_snoozed_and_dismissed_from_today() {
    let (_s, mut server) = served();
    add_application(&mut server, "Acme", "");
    server.post_form(
        "/applications/1/interviews",
        &[
            ("at", "2026-11-25 08:00"),
            ("with", "Jane Doe <jane@acme.example>"),
        ],
    );
    server.post_form("/interviews/1/done", &[]);
    let keys = |server: &Server| -> Vec<String> {
        let agenda = server
            .request("GET", "/api/v1/agenda?all=true", &[], &[])
            .json();
        ["overdue", "today", "upcoming"]
            .iter()
            .flat_map(|g| agenda[g].as_array().cloned().unwrap_or_default())
            .map(|a| a["key"].as_str().unwrap().to_owned())
            .collect()
    };
    let before = keys(&server);
    assert!(before.contains(&"debrief-1".to_owned()), "{before:?}");
    // Without htmx: a redirect to Today with a note.
    let res = server.post_form("/actions/done", &[("key", "debrief-1")]);
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(res.header("location"), Some("/?flash=done"));
    // With htmx: the action's new line, in place.
    let token = server.csrf();
    let res = server.request(
        "POST",
        "/actions/snooze",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("HX-Request", "true"),
        ],
        crate::server::form(&[
            ("_csrf", &token),
            ("key", "followup-1"),
            ("until", "monday 9am"),
            ("why", ""),
        ])
        .as_bytes(),
    );
    assert_eq!(res.status, 200, "{}", res.text());
    assert!(
        res.text().starts_with("<li class=\"action marked\""),
        "{}",
        res.text()
    );
    assert!(res.text().contains("snoozed"), "{}", res.text());
    // A dismissal needs its reason; without one nothing changes.
    let res = server.post_form("/actions/dismiss", &[("key", "thank-1-1"), ("why", " ")]);
    assert_eq!(res.status, 422, "{}", res.text());
    let res = server.post_form(
        "/actions/dismiss",
        &[("key", "thank-1-1"), ("why", "thanked in person")],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let after = keys(&server);
    for gone in ["debrief-1", "thank-1-1"] {
        assert!(
            !after.contains(&gone.to_owned()),
            "{gone} is still due: {after:?}"
        );
    }
    // The snoozed follow-up comes back on Monday, not before.
    let agenda = server
        .request("GET", "/api/v1/agenda?all=true", &[], &[])
        .json();
    let followup = agenda["upcoming"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["key"] == "followup-1")
        .unwrap_or_else(|| panic!("{agenda}"));
    assert_eq!(
        followup["snoozed_until"], "2026-11-30T08:00:00Z",
        "{followup}"
    );
    let res = server.post_form("/actions/done", &[("key", "nothing-like-this")]);
    assert!((400..500).contains(&res.status), "{}", res.text());
}
