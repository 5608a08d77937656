//! The API's OpenAPI document holds true: an independent validator accepts
//! it, and every path in it, called on the running server with a sensible
//! request (the data made first through the API itself), answers with a
//! documented status and a body of the documented shape; an unknown id
//! gets the documented 404 with the error document.

use crate::server::{Response, Server};
use crate::support::Sandbox;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

/// The document the server serves.
fn served_document(server: &Server) -> Value {
    let res = server.request("GET", "/api/v1/openapi.json", &[], &[]);
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(res.header("content-type"), Some("application/json"));
    res.json()
}

#[test]
fn the_served_document_passes_an_independent_openapi_3_1_validator() {
    let s = Sandbox::new();
    let server = Server::start(&s);
    let doc = served_document(&server);
    assert_eq!(doc["openapi"], "3.1.0");
    let has_validator = Command::new("python3")
        .args(["-c", "import openapi_spec_validator"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_validator {
        // Written straight to the process's stderr, past the test harness's
        // capture, so the skip shows in a plain `cargo test` run and in CI.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED (openapi-spec-validator not installed): `pip install openapi-spec-validator` to validate the OpenAPI document (`.ci/run` does)"
        );
        return;
    }
    let file = s.path("openapi.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = Command::new("python3")
        .args([
            "-c",
            "import json, sys\n\
             from openapi_spec_validator import OpenAPIV31SpecValidator\n\
             OpenAPIV31SpecValidator(json.load(open(sys.argv[1]))).validate()\n\
             print('valid OpenAPI 3.1')",
        ])
        .arg(&file)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "openapi-spec-validator refused the document:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("valid OpenAPI 3.1"));
}

/// A request for one operation: the path's parameters, a query, a body.
struct Example {
    params: BTreeMap<&'static str, String>,
    query: &'static str,
    body: Option<Value>,
    /// A body that is not JSON: its type and bytes.
    raw: Option<(&'static str, &'static [u8])>,
    /// Why a success cannot be expected here, when it cannot.
    no_success: Option<&'static str>,
}

fn example(params: &[(&'static str, &str)], query: &'static str, body: Option<Value>) -> Example {
    Example {
        params: params.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        query,
        body,
        raw: None,
        no_success: None,
    }
}

/// A letter's text that reads well enough to save and check.
fn letter_text() -> Value {
    json!({
        "subject": "Thank you for Wednesday",
        "body": "Dear Jane,\n\nThank you for the conversation about the platform team.\n\nBest regards,\nSam Carter\n"
    })
}

/// Makes data through the API for every operation to act on, and says
/// how to call each one. An operation missing here fails the test: a new
/// endpoint needs an example request.
fn examples(server: &Server) -> BTreeMap<&'static str, Example> {
    let created = |path: &str, body: Value| {
        let res = server.json("POST", path, &body);
        assert_eq!(res.status, 201, "POST {path}: {}", res.text());
        res.json()
    };
    // Application 1 with a round that took place and a debrief (whose
    // question to answer better becomes practice card 1); its thank-you drafted.
    created(
        "/api/v1/applications",
        json!({"company": "Acme", "role": "Engineer", "status": "applied"}),
    );
    created(
        "/api/v1/interviews",
        json!({"application": "1", "at": "2026-11-25 08:00", "with": ["Jane Doe <jane@acme.example>, hiring manager"]}),
    );
    let done = server.json("POST", "/api/v1/interviews/1/done", &json!({}));
    assert_eq!(done.status, 200, "{}", done.text());
    created(
        "/api/v1/interviews/1/debrief",
        json!({
            "went_well": ["the design question"],
            "better": ["Why leave your job? :: rambled :: growth, in two sentences"],
            "owe": ["writing sample to Jane by friday"],
            "rating": "4"
        }),
    );
    created("/api/v1/letters", json!({"kind": "thanks", "target": "1"}));
    // Application 2, still applied, with a round that has taken place but
    // is not marked done yet.
    created(
        "/api/v1/applications",
        json!({"company": "Globex", "role": "SRE"}),
    );
    created(
        "/api/v1/interviews",
        json!({"application": "2", "at": "2026-11-24 10:00"}),
    );
    // Application 3, only applied, to move along.
    created(
        "/api/v1/applications",
        json!({"company": "Umbrella", "role": "Backend Engineer"}),
    );
    // Three different actions: one to do, one to snooze, one to dismiss.
    let agenda = server.request("GET", "/api/v1/agenda", &[], &[]).json();
    let keys: Vec<String> = ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|g| agenda[*g].as_array().cloned().unwrap_or_default())
        .map(|a| a["key"].as_str().unwrap().to_owned())
        .collect();
    assert!(keys.len() >= 3, "fewer than three actions in {agenda}");

    let mut all = BTreeMap::new();
    all.insert("agenda", example(&[], "limit=5", None));
    all.insert(
        "done",
        example(
            &[("key", &keys[0])],
            "",
            Some(json!({"note": "sent by hand"})),
        ),
    );
    all.insert(
        "snooze",
        example(
            &[("key", &keys[1])],
            "",
            Some(json!({"until": "2026-11-27 09:00"})),
        ),
    );
    all.insert(
        "dismiss",
        example(
            &[("key", &keys[2])],
            "",
            Some(json!({"why": "covered in person"})),
        ),
    );
    all.insert(
        "list_applications",
        example(&[], "status=applied&company=Globex", None),
    );
    all.insert(
        "add_application",
        example(
            &[],
            "",
            Some(
                json!({"company": "Initech", "role": "Platform Engineer", "salary": "120k-150k USD", "excitement": "4"}),
            ),
        ),
    );
    all.insert("show_application", example(&[("id", "1")], "", None));
    all.insert(
        "change_status",
        example(
            &[("id", "3")],
            "",
            Some(json!({"status": "applied", "note": "sent through the careers page"})),
        ),
    );
    all.insert(
        "add_interview",
        example(
            &[],
            "",
            Some(
                json!({"application": "2", "at": "2026-12-02 10:00", "kind": "technical", "with": ["Raj Patel <raj@globex.example>"]}),
            ),
        ),
    );
    all.insert("show_interview", example(&[("id", "1")], "", None));
    all.insert(
        "interview_done",
        example(&[("id", "2")], "", Some(json!({}))),
    );
    all.insert("show_debrief", example(&[("id", "1")], "", None));
    all.insert(
        "write_debrief",
        example(
            &[("id", "1")],
            "",
            Some(json!({"issues": ["on-call load"], "decision": "we decide by friday"})),
        ),
    );
    all.insert(
        "list_letters",
        example(&[], "application=1&state=draft", None),
    );
    all.insert(
        "draft",
        example(
            &[],
            "",
            Some(json!({"kind": "thanks", "target": "1", "again": true})),
        ),
    );
    all.insert("show_letter", example(&[("id", "1")], "", None));
    all.insert(
        "save_letter",
        example(&[("id", "1")], "", Some(letter_text())),
    );
    all.insert(
        "check_letter",
        example(&[("id", "1")], "", Some(letter_text())),
    );
    all.insert(
        "send_letter",
        Example {
            no_success: Some("the sandbox has no mail server configured"),
            ..example(&[("id", "1")], "", Some(json!({})))
        },
    );
    all.insert("list_companies", example(&[], "", None));
    all.insert(
        "add_company",
        example(
            &[],
            "",
            Some(json!({"name": "Hooli", "website": "https://hooli.example"})),
        ),
    );
    all.insert("show_company", example(&[("id", "1")], "", None));
    all.insert("show_profile", example(&[], "", None));
    all.insert(
        "set_profile",
        example(
            &[],
            "",
            Some(json!({"signature": "Sam", "add_skills": ["Rust", "PostgreSQL"]})),
        ),
    );
    all.insert("prep", example(&[("id", "1")], "", None));
    all.insert(
        "outcome",
        example(
            &[("id", "2")],
            "",
            Some(json!({"outcome": "second-round", "at": "2026-12-03 10:00", "kind": "onsite"})),
        ),
    );
    all.insert("network", example(&[("id", "1")], "", None));
    all.insert("favours", example(&[], "application=1", None));
    all.insert(
        "ask",
        example(
            &[],
            "",
            Some(
                json!({"contact": "Jane Doe", "application": "1", "note": "a word with the team"}),
            ),
        ),
    );
    all.insert("week", example(&[], "at=2026-11-25", None));
    all.insert("calendar", example(&[], "", None));
    all.insert("insights", example(&[], "", None));
    all.insert("next", example(&[], "", None));
    all.insert("cards", example(&[], "retired=true", None));
    all.insert(
        "rate",
        example(&[("card", "1")], "", Some(json!({"rating": "good"}))),
    );
    all.insert("search", example(&[], "q=jane&limit=10", None));
    all.insert(
        "add",
        example(
            &[],
            "",
            Some(
                json!({"name": "Ana Silva", "email": "ana@initech.example", "company": "Acme", "tags": ["former colleague"]}),
            ),
        ),
    );
    all.insert(
        "import",
        Example {
            raw: Some((
                "text/vcard",
                b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEMAIL:bo@globex.example\r\nEND:VCARD\r\n",
            )),
            ..example(&[], "name=bo.vcf", None)
        },
    );
    all.insert("show", example(&[("id", "1")], "", None));
    all.insert(
        "set_strength",
        example(&[("id", "1")], "", Some(json!({"strength": 4}))),
    );
    all.insert(
        "touch",
        example(
            &[("id", "1")],
            "",
            Some(json!({"via": "email", "note": "thanked her for the tour"})),
        ),
    );
    all.insert("openapi", example(&[], "", None));
    all
}

/// The path with its parameters filled in, and the query.
fn address(path: &str, params: &BTreeMap<&'static str, String>, query: &str) -> String {
    let mut out = format!("/api/v1{path}");
    for (k, v) in params {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    assert!(!out.contains('{'), "{path}: a parameter has no value");
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

fn call(server: &Server, method: &str, address: &str, ex: &Example) -> Response {
    let method = method.to_uppercase();
    match (&ex.body, ex.raw) {
        (Some(b), _) => server.json(&method, address, b),
        (None, Some((kind, bytes))) => {
            server.request(&method, address, &[("Content-Type", kind)], bytes)
        }
        (None, None) => server.request(&method, address, &[], &[]),
    }
}

/// Checks the answer against the operation's documented responses; returns
/// what was wrong, if anything.
fn check_answer(doc: &Value, op: &Value, res: &Response) -> Result<(), String> {
    let status = res.status.to_string();
    let Some(documented) = op["responses"].get(&status) else {
        let known: Vec<&String> = op["responses"].as_object().unwrap().keys().collect();
        return Err(format!(
            "answered {status}, which is not documented ({known:?}): {}",
            res.text()
        ));
    };
    let Some(schema) = documented["content"]["application/json"].get("schema") else {
        return Ok(());
    };
    let content_type = res.header("content-type").unwrap_or_default();
    if !content_type.starts_with("application/json") {
        return Err(format!(
            "answered {status} as {content_type:?}, documented as JSON"
        ));
    }
    let body: Value = serde_json::from_slice(&res.body)
        .map_err(|e| format!("answered {status} with a body that is not JSON ({e})"))?;
    conforms(doc, schema, &body, "body")
        .map_err(|e| format!("answered {status}, but {e}\nbody: {body}"))
}

/// Whether `value` fits `schema`, for the part of JSON Schema the document
/// uses: `$ref`, `type` (one or a list), `enum`, `required`, `properties`,
/// `items`, `oneOf`, `allOf`, `minimum`, `maximum`, and the `date-time` format.
fn conforms(doc: &Value, schema: &Value, value: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let target = doc
            .pointer(r.trim_start_matches('#'))
            .ok_or_else(|| format!("{at}: {r} resolves to nothing"))?;
        return conforms(doc, target, value, at);
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for s in all {
            conforms(doc, s, value, at)?;
        }
    }
    if let Some(one) = schema.get("oneOf").and_then(Value::as_array) {
        let fits = one
            .iter()
            .filter(|s| conforms(doc, s, value, at).is_ok())
            .count();
        if fits != 1 {
            return Err(format!(
                "{at}: {value} fits {fits} of the {} choices of oneOf",
                one.len()
            ));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            _ => return Err(format!("{at}: type {t} is neither a name nor a list")),
        };
        let fits = |t: &str| match t {
            "null" => value.is_null(),
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            _ => false,
        };
        if !types.iter().any(|t| fits(t)) {
            return Err(format!("{at}: {value} is not of type {types:?}"));
        }
    }
    if let Some(choices) = schema.get("enum").and_then(Value::as_array)
        && !choices.contains(value)
    {
        return Err(format!("{at}: {value} is not one of {choices:?}"));
    }
    if let Some(n) = value.as_f64() {
        if schema["minimum"].as_f64().is_some_and(|min| n < min) {
            return Err(format!("{at}: {n} is below {}", schema["minimum"]));
        }
        if schema["maximum"].as_f64().is_some_and(|max| n > max) {
            return Err(format!("{at}: {n} is above {}", schema["maximum"]));
        }
    }
    if schema["format"] == "date-time"
        && let Some(text) = value.as_str()
        && !rfc_3339(text)
    {
        return Err(format!("{at}: {text:?} is not an RFC 3339 date-time"));
    }
    if let Some(object) = value.as_object() {
        for name in schema["required"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap();
            if !object.contains_key(name) {
                return Err(format!("{at}: the required property {name:?} is missing"));
            }
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, v) in object {
                if let Some(s) = properties.get(name) {
                    conforms(doc, s, v, &format!("{at}.{name}"))?;
                }
            }
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (i, v) in list.iter().enumerate() {
            conforms(doc, items, v, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

/// `2026-11-25T09:00:00Z` or with an offset: the shape, not the calendar.
fn rfc_3339(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && (b[10] == b'T' || b[10] == b't')
        && b[13] == b':'
        && b[16] == b':'
        && (text.ends_with('Z')
            || text.ends_with('z')
            || b[b.len() - 6] == b'+'
            || b[b.len() - 6] == b'-')
}

#[test]
fn every_documented_path_answers_as_documented() {
    let s = Sandbox::with_profile();
    let server = Server::start(&s);
    let doc = served_document(&server);
    let mut examples = examples(&server);
    let mut failures = Vec::new();
    let mut called = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            let Some(op) = item.get(*method) else {
                continue;
            };
            let id = op["operationId"].as_str().unwrap();
            let Some(ex) = examples.remove(id) else {
                failures.push(format!(
                    "{method} {path}: no example request for operation {id:?}; add one to `examples` in tests/it/openapi.rs"
                ));
                continue;
            };
            called.insert(id.to_owned());

            // The sensible request: a documented answer, a success where one can be had.
            let to = address(path, &ex.params, ex.query);
            let res = call(&server, method, &to, &ex);
            if let Err(e) = check_answer(&doc, op, &res) {
                failures.push(format!("{method} {to}: {e}"));
            } else if ex.no_success.is_none() && !(200..300).contains(&res.status) {
                failures.push(format!(
                    "{method} {to}: a sensible request got {} rather than a success: {}",
                    res.status,
                    res.text()
                ));
            } else if let Some(why) = ex.no_success
                && (200..300).contains(&res.status)
            {
                failures.push(format!(
                    "{method} {to}: succeeded, though {why}; drop `no_success`"
                ));
            }

            // The same request about something that does not exist.
            if !ex.params.is_empty() {
                // Well formed, so that only its absence can refuse it.
                let unknown = ex
                    .params
                    .keys()
                    .map(|k| match *k {
                        "key" => (*k, "thank-999999-1".to_owned()),
                        _ => (*k, "999999".to_owned()),
                    })
                    .collect();
                let to = address(path, &unknown, ex.query);
                let res = call(&server, method, &to, &ex);
                if res.status != 404 {
                    failures.push(format!(
                        "{method} {to}: an unknown id got {} rather than 404: {}",
                        res.status,
                        res.text()
                    ));
                } else if let Err(e) = check_answer(&doc, op, &res) {
                    failures.push(format!("{method} {to}: {e}"));
                } else {
                    let err = res.json();
                    if err["error"]["code"] != "not_found" {
                        failures.push(format!("{method} {to}: {err}"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "the API does not answer as documented:\n{}",
        failures.join("\n")
    );
    assert!(
        examples.is_empty(),
        "examples for operations the document does not have: {:?}",
        examples.keys().collect::<Vec<_>>()
    );
    assert!(
        called.len() >= 20,
        "only {} operations called",
        called.len()
    );
}

#[test]
fn the_checker_catches_a_body_that_does_not_fit() {
    // A checker that cannot fail would prove nothing about the API.
    let doc = json!({"components": {"schemas": {
        "Thing": {"type": "object", "required": ["id", "at"], "properties": {
            "id": {"type": "integer", "minimum": 1},
            "at": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["a", "b"]},
            "parent": {"oneOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}
        }}
    }}});
    let thing = json!({"$ref": "#/components/schemas/Thing"});
    let ok = json!({"id": 1, "at": "2026-11-25T09:00:00Z", "kind": "a", "parent": null});
    assert_eq!(conforms(&doc, &thing, &ok, "body"), Ok(()));
    for bad in [
        json!({"at": "2026-11-25T09:00:00Z"}),
        json!({"id": "1", "at": "2026-11-25T09:00:00Z"}),
        json!({"id": 0, "at": "2026-11-25T09:00:00Z"}),
        json!({"id": 1, "at": "yesterday"}),
        json!({"id": 1, "at": "2026-11-25T09:00:00Z", "kind": "c"}),
        json!({"id": 1, "at": "2026-11-25T09:00:00Z", "parent": {"id": 2}}),
        json!([1]),
    ] {
        assert!(
            conforms(&doc, &thing, &bad, "body").is_err(),
            "{bad} passed"
        );
    }
}
