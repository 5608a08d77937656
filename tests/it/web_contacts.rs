//! Contacts and Practice over HTTP: the list and its search, a person's
//! page with closeness and touches, importing real export files through
//! the multipart form and the API (a broken file refused with nothing
//! written), the drill, hostile text shown escaped, and writes without the
//! CSRF token refused.

use crate::server::{Response, Server};
use crate::support::Sandbox;
use serde_json::json;

const FIXTURES: &str = "crates/contacts/tests/fixtures";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).expect("a fixture")
}

/// A `multipart/form-data` body with `fields` and one file; its content type.
fn multipart(fields: &[(&str, &str)], file_name: &str, file: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----afterviewtestboundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Sends a file through the import form, the token in the address as the
/// page puts it.
fn import_form(
    server: &mut Server,
    fields: &[(&str, &str)],
    file_name: &str,
    file: &[u8],
) -> Response {
    let token = server.csrf();
    let (kind, body) = multipart(fields, file_name, file);
    server.request(
        "POST",
        &format!("/contacts/import?_csrf={token}"),
        &[("Content-Type", &kind)],
        &body,
    )
}

/// How many contacts the API counts.
fn total(server: &Server) -> u64 {
    let res = server.request("GET", "/api/v1/contacts", &[], &[]);
    assert_eq!(res.status, 200, "{}", res.text());
    res.json()["total"].as_u64().expect("a total")
}

#[test]
fn the_list_is_capped_and_searched_by_name_company_or_email() {
    let s = Sandbox::new();
    s.ok(&["generate"]);
    let mut server = Server::start(&s);
    let all = server.get("/contacts");
    assert_eq!(all.status, 200);
    let html = all.text();
    assert_eq!(html.matches("class=\"person\"").count(), 100, "{html}");
    assert!(html.contains("100 more; refine the search"), "{html}");

    // A contact from the API's first page, found again by part of each field.
    let first = server.request("GET", "/api/v1/contacts?limit=200", &[], &[]);
    let people = first.json()["contacts"].as_array().unwrap().clone();
    assert_eq!(people.len(), 200);
    let with_email = people
        .iter()
        .find(|p| p["email"].is_string() && p["company"].is_string())
        .expect("someone with an email and a company");
    let name = with_email["name"].as_str().unwrap();
    let email = with_email["email"].as_str().unwrap();
    let company = with_email["company"].as_str().unwrap();
    let id = with_email["id"].as_i64().unwrap();
    for q in [
        name.to_uppercase(),
        email[email.find('@').unwrap()..].to_owned(),
        company.to_lowercase(),
    ] {
        let page = server.get(&format!("/contacts?q={}", crate::server::encode(&q)));
        assert_eq!(page.status, 200);
        let html = page.text();
        assert!(
            html.contains(&format!("href=\"/contacts/{id}\"")),
            "searching {q:?} did not find {name}:\n{html}"
        );
        assert!(!html.contains("refine the search"), "{html}");
    }
    let none = server.get("/contacts?q=nobody-has-this-name").text();
    assert!(none.contains("Nobody matches"), "{none}");
}

#[test]
fn a_persons_page_shows_their_network_and_saves_closeness_and_touches() {
    let s = Sandbox::with_profile();
    s.ok(&[
        "contact",
        "import",
        &format!("{FIXTURES}/linkedin-connections.csv"),
    ]);
    s.ok(&["contact", "add", "Raj Patel"]);
    s.ok(&[
        "contact",
        "link",
        "Jane Doe",
        "Raj Patel",
        "--how",
        "old team",
    ]);
    s.ok(&[
        "contact", "job", "add", "Jane Doe", "--at", "Initech", "--title", "Engineer", "--since",
        "2019", "--until", "2022",
    ]);
    let mut server = Server::start(&s);
    let page = server.get("/contacts/1");
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    for must in [
        "<h1>Jane Doe</h1>",
        "Engineering Manager at Acme",
        "Raj Patel",
        "old team",
        "Initech",
        "2019-01-01 to 2022-12-31",
        "not rated",
    ] {
        assert!(html.contains(must), "{must} missing:\n{html}");
    }

    let res = server.post_form("/contacts/1/strength", &[("strength", "4")]);
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(res.header("location"), Some("/contacts/1?flash=saved"));
    let html = server.get("/contacts/1").text();
    assert!(html.contains("4 of 5"), "{html}");
    assert!(html.contains("<option value=\"4\" selected>"), "{html}");

    let res = server.post_form(
        "/contacts/1/touches",
        &[
            ("via", "call"),
            ("note", "caught up about Acme"),
            ("at", ""),
        ],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let html = server.get(res.header("location").unwrap()).text();
    assert!(html.contains("Touch logged"), "{html}");

    // A touch in the future is refused on the page, with what was typed kept.
    let res = server.post_form(
        "/contacts/1/touches",
        &[
            ("via", "email"),
            ("note", "a note to keep"),
            ("at", "next friday"),
        ],
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let html = res.text();
    assert!(
        html.contains("a touch is something that happened"),
        "{html}"
    );
    assert!(html.contains("a note to keep"), "{html}");

    let missing = server.get("/contacts/999");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("there is no contact 999"));
}

#[test]
fn a_real_export_imports_through_the_form_after_a_dry_run() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let form = server.get("/contacts/import").text();
    assert!(form.contains("enctype=\"multipart/form-data\""), "{form}");
    assert!(form.contains("action=\"/contacts/import?_csrf="), "{form}");
    assert!(form.contains("<progress"), "{form}");

    let linkedin = fixture("linkedin-connections.csv");
    let dry = import_form(
        &mut server,
        &[("dry_run", "on")],
        "Connections.csv",
        &linkedin,
    );
    assert_eq!(dry.status, 200, "{}", dry.text());
    let html = dry.text();
    assert!(
        html.contains("What importing Connections.csv would do"),
        "{html}"
    );
    assert!(html.contains("<dt>New people</dt><dd>28</dd>"), "{html}");
    assert!(html.contains("nothing was saved"), "{html}");
    assert_eq!(total(&server), 0, "a dry run wrote something");

    let done = import_form(&mut server, &[], "Connections.csv", &linkedin);
    assert_eq!(done.status, 200, "{}", done.text());
    let html = done.text();
    assert!(html.contains("Imported Connections.csv"), "{html}");
    assert!(html.contains("<dt>New people</dt><dd>28</dd>"), "{html}");
    assert_eq!(total(&server), 28);

    // The same people again are merged, not doubled.
    let again = import_form(&mut server, &[], "Connections.csv", &linkedin);
    let html = again.text();
    assert!(html.contains("<dt>New people</dt><dd>0</dd>"), "{html}");
    assert!(
        html.contains("<dt>Merged into people you know</dt><dd>28</dd>"),
        "{html}"
    );
    assert_eq!(total(&server), 28);

    // A phone's vCards, with the kind named.
    let vcards = import_form(
        &mut server,
        &[("format", "vcard")],
        "contacts.vcf",
        &fixture("iphone-3.0.vcf"),
    );
    assert_eq!(vcards.status, 200, "{}", vcards.text());
    assert!(vcards.text().contains("(vcard)"), "{}", vcards.text());
    assert!(total(&server) > 28);
}

#[test]
fn a_broken_file_is_refused_with_its_line_and_nothing_is_written() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let res = import_form(
        &mut server,
        &[],
        "broken-linkedin.csv",
        &fixture("broken-linkedin.csv"),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let html = res.text();
    assert!(html.contains("broken-linkedin.csv: line 9:"), "{html}");
    assert!(html.contains("Nothing was imported"), "{html}");
    // The advice names the form's checkbox, not the command line's flag.
    assert!(!html.contains("--skip-bad"), "{html}");
    assert!(html.contains("Skip records that cannot be read"), "{html}");
    assert_eq!(total(&server), 0);

    // No file chosen: asked for one.
    let res = import_form(&mut server, &[], "", b"");
    assert_eq!(res.status, 422, "{}", res.text());
    assert!(res.text().contains("choose a file to import"));

    // The API refuses the same file the same way.
    let res = server.request(
        "POST",
        "/api/v1/contacts/import?name=broken-qp.vcf",
        &[("Content-Type", "text/vcard")],
        &fixture("broken-qp.vcf"),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let err = res.json();
    assert_eq!(err["error"]["code"], "invalid");
    assert_eq!(err["error"]["field"], "file");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Nothing was imported"),
        "{err}"
    );
    assert_eq!(total(&server), 0);
}

#[test]
fn the_contacts_api_searches_adds_shows_rates_touches_and_imports() {
    let s = Sandbox::with_profile();
    let server = Server::start(&s);
    let res = server.json(
        "POST",
        "/api/v1/contacts",
        &json!({"name": "Jane Doe", "email": "jane@acme.example", "tags": ["recruiter"]}),
    );
    assert_eq!(res.status, 201, "{}", res.text());
    let id = res.json()["id"].as_i64().unwrap();

    let found = server
        .request("GET", "/api/v1/contacts?q=ACME.example", &[], &[])
        .json();
    assert_eq!(found["total"], 1);
    assert_eq!(found["contacts"][0]["name"], "Jane Doe");

    let res = server.json(
        "POST",
        &format!("/api/v1/contacts/{id}/strength"),
        &json!({"strength": 5}),
    );
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.json()["network"]["strength"], 5);
    let res = server.json(
        "POST",
        &format!("/api/v1/contacts/{id}/strength"),
        &json!({"strength": 9}),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    assert_eq!(res.json()["error"]["field"], "strength");
    let res = server.json(
        "POST",
        &format!("/api/v1/contacts/{id}/strength"),
        &json!({}),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    assert_eq!(res.json()["error"]["field"], "strength");

    let res = server.json(
        "POST",
        &format!("/api/v1/contacts/{id}/touches"),
        &json!({"via": "coffee", "note": "talked about the platform team"}),
    );
    assert_eq!(res.status, 201, "{}", res.text());
    assert_eq!(res.json()["via"], "meeting");
    let res = server.json(
        "POST",
        &format!("/api/v1/contacts/{id}/touches"),
        &json!({"how": "email"}),
    );
    assert_eq!(res.status, 422, "{}", res.text());
    assert_eq!(res.json()["error"]["field"], "how");

    let shown = server
        .request("GET", &format!("/api/v1/contacts/{id}"), &[], &[])
        .json();
    assert_eq!(shown["name"], "Jane Doe");
    assert_eq!(shown["network"]["strength"], 5);

    // The import takes the raw file, but never as a type a form can send.
    let linkedin = fixture("linkedin-connections.csv");
    let res = server.request(
        "POST",
        "/api/v1/contacts/import",
        &[("Content-Type", "text/plain")],
        &linkedin,
    );
    assert_eq!(res.status, 415, "{}", res.text());
    assert_eq!(res.json()["error"]["code"], "content_type");
    let res = server.request(
        "POST",
        "/api/v1/contacts/import?dry_run=true",
        &[("Content-Type", "text/csv")],
        &linkedin,
    );
    assert_eq!(res.status, 200, "{}", res.text());
    let summary = res.json();
    assert_eq!(summary["dry_run"], true);
    assert_eq!(summary["added"], 28);
    assert_eq!(total(&server), 1);
    let res = server.request(
        "POST",
        "/api/v1/contacts/import",
        &[("Content-Type", "text/csv")],
        &linkedin,
    );
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(total(&server), 29);

    let missing = server.request("GET", "/api/v1/contacts/999", &[], &[]);
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"]["code"], "not_found");
}

/// A sandbox with a debrief that asks for two practice cards.
pub(crate) fn debriefed() -> Sandbox {
    let s = Sandbox::with_profile();
    s.applied("Acme", "Backend Engineer");
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-23 14:00",
        "--with",
        "Jane Doe, hiring manager",
    ]);
    s.ok(&[
        "debrief",
        "1",
        "--better",
        "Tell me about a conflict :: I was vague :: the migration story, in STAR form :: conflict",
        "--better",
        "Why Acme? :: something generic :: their on-call write-up",
    ]);
    s
}

#[test]
fn the_drill_shows_a_card_rates_it_and_moves_on_until_nothing_is_due() {
    let s = debriefed();
    let mut server = Server::start(&s);
    let page = server.get("/practice");
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("2 cards due"), "{html}");
    assert!(html.contains("Tell me about a conflict"), "{html}");
    assert!(html.contains("<summary>Show answer</summary>"), "{html}");
    assert!(html.contains("the migration story, in STAR form"), "{html}");
    assert!(html.contains("I was vague"), "{html}");
    assert!(html.contains("action=\"/practice/1/rate\""), "{html}");
    for rating in ["again", "hard", "good", "easy"] {
        assert!(html.contains(&format!("value=\"{rating}\"")), "{html}");
    }

    let res = server.post_form("/practice/1/rate", &[("rating", "good")]);
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(res.header("location"), Some("/practice?flash=rated"));
    let html = server.get("/practice?flash=rated").text();
    assert!(html.contains("Rated."), "{html}");
    assert!(html.contains("1 card due"), "{html}");
    assert!(html.contains("Why Acme?"), "{html}");

    // The API rates the second; then nothing is due, and the page says when.
    let next = server
        .request("GET", "/api/v1/practice/next", &[], &[])
        .json();
    assert_eq!(next["due_count"], 1);
    let card = next["card"]["id"].as_i64().unwrap();
    let res = server.json(
        "POST",
        &format!("/api/v1/practice/{card}/rate"),
        &json!({"rating": "easy"}),
    );
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.json()["review"]["rating"], "easy");
    let html = server.get("/practice").text();
    assert!(html.contains("Nothing due"), "{html}");
    assert!(html.contains("The next card falls due in"), "{html}");

    let res = server.post_form("/practice/1/rate", &[("rating", "perfect")]);
    assert_eq!(res.status, 422, "{}", res.text());
    let res = server.json(
        "POST",
        "/api/v1/practice/77/rate",
        &json!({"rating": "good"}),
    );
    assert_eq!(res.status, 404, "{}", res.text());

    let cards = server
        .request("GET", "/api/v1/practice/cards", &[], &[])
        .json();
    assert_eq!(cards.as_array().unwrap().len(), 2);
    let due = server
        .request("GET", "/api/v1/practice/cards?due=true", &[], &[])
        .json();
    assert!(due.as_array().unwrap().is_empty(), "{due}");
}

#[test]
fn with_no_cards_the_drill_says_where_they_come_from() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let html = server.get("/practice").text();
    assert!(html.contains("No practice cards yet"), "{html}");
}

#[test]
fn hostile_text_is_shown_escaped() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let res = server.json(
        "POST",
        "/api/v1/contacts",
        &json!({
            "name": "Mallory <img src=x onerror=alert(1)>",
            "notes": "<script>alert('pwned')</script>",
            "how_met": "\"><b>bold</b>",
        }),
    );
    assert_eq!(res.status, 201, "{}", res.text());
    let id = res.json()["id"].as_i64().unwrap();
    for path in [format!("/contacts/{id}"), "/contacts".to_owned()] {
        let html = server.get(&path).text();
        assert!(!html.contains("<script>alert"), "{path}: {html}");
        assert!(!html.contains("<img src=x"), "{path}: {html}");
        assert!(!html.contains("<b>bold"), "{path}: {html}");
        assert!(
            html.contains("Mallory &#60;img") || html.contains("Mallory &lt;img"),
            "{path}: {html}"
        );
    }
    let html = server.get(&format!("/contacts/{id}")).text();
    assert!(
        html.contains("&#60;script&#62;") || html.contains("&lt;script&gt;"),
        "{html}"
    );
    // What was searched for comes back escaped too.
    let html = server
        .get("/contacts?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .text();
    assert!(!html.contains("<script>alert"), "{html}");
}

#[test]
fn writes_without_the_csrf_token_are_refused_and_change_nothing() {
    let s = Sandbox::with_profile();
    s.ok(&["contact", "add", "Jane Doe"]);
    let mut server = Server::start(&s);
    let _ = server.csrf();
    let res = server.post_form_raw("/contacts/1/strength", &[("strength", "5")]);
    assert_eq!(res.status, 403, "{}", res.text());
    let res = server.post_form_raw("/contacts/1/touches", &[("via", "call")]);
    assert_eq!(res.status, 403, "{}", res.text());
    let res = server.post_form_raw("/practice/1/rate", &[("rating", "good")]);
    assert_eq!(res.status, 403, "{}", res.text());

    // A multipart import without the token in its address, or with a wrong one.
    let (kind, body) = multipart(&[], "c.csv", &fixture("linkedin-connections.csv"));
    for path in [
        "/contacts/import",
        "/contacts/import?_csrf=0123456789abcdef0123456789abcdef",
    ] {
        let res = server.request("POST", path, &[("Content-Type", &kind)], &body);
        assert_eq!(res.status, 403, "{path}: {}", res.text());
    }
    let shown = server.request("GET", "/api/v1/contacts/1", &[], &[]).json();
    assert_eq!(shown["network"]["strength"], serde_json::Value::Null);
    assert_eq!(total(&server), 1);
}

#[test]
fn a_person_is_added_from_the_list_and_a_refusal_keeps_what_was_typed() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let res = server.post_form(
        "/contacts",
        &[
            ("name", "Ana Silva"),
            ("email", "not an email"),
            ("notes", "Met at RustConf"),
        ],
    );
    assert_eq!(res.status, 422, "{}", res.text());
    let html = res.text();
    assert!(
        html.contains("Met at RustConf") && html.contains("not an email"),
        "{html}"
    );
    assert!(html.contains("email"), "{html}");
    // An unknown company is named, with what was typed kept.
    let res = server.post_form(
        "/contacts",
        &[
            ("name", "Ana Silva"),
            ("email", "ana@acme.example"),
            ("company", "Acme"),
        ],
    );
    assert_eq!(res.status, 404, "{}", res.text());
    assert!(res.text().contains("ana@acme.example"), "{}", res.text());
    let made = server.json("POST", "/api/v1/companies", &json!({"name": "Acme"}));
    assert_eq!(made.status, 201, "{}", made.text());
    let res = server.post_form(
        "/contacts",
        &[
            ("name", "Ana Silva"),
            ("email", "ana@acme.example"),
            ("company", "Acme"),
        ],
    );
    assert_eq!(res.status, 303, "{}", res.text());
    let page = server.get(res.header("location").unwrap()).text();
    assert!(
        page.contains("Ana Silva") && page.contains("Acme"),
        "{page}"
    );
}
