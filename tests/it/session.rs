//! A whole first session, as a new user would type it, read back with --json.

use crate::support::Sandbox;
use serde_json::Value;

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn a_first_job_search_from_company_to_hire() {
    let s = Sandbox::with_profile();
    let company = s.json(&["company", "add", "Acme", "--website", "acme.com"]);
    assert_eq!(company["website"], "https://acme.com");

    let app = s.json(&[
        "app",
        "add",
        "--company",
        "acme",
        "--role",
        "Staff Engineer",
        "--status",
        "applied",
        "--salary",
        "120k-150k USD",
        "--excitement",
        "4",
    ]);
    assert_eq!(app["company"], "Acme", "the company is found ignoring case");
    assert_eq!(app["also_created"], serde_json::json!([]));
    let app_id = app["id"].as_i64().unwrap().to_string();

    // Tomorrow 2pm in Berlin is 13:00 UTC in winter.
    let interview = s.json(&[
        "interview",
        "add",
        "--app",
        &app_id,
        "--at",
        "tomorrow 2pm",
        "--duration",
        "45m",
        "--kind",
        "panel",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
        "--with",
        "Bob Lee",
    ]);
    assert_eq!(interview["starts_at"], "2026-11-26T13:00:00Z");
    assert_eq!(interview["ends_at"], "2026-11-26T13:45:00Z");
    assert_eq!(interview["time_zone"], "Europe/Berlin");
    assert_eq!(interview["round"], 1);
    assert_eq!(interview["kind"], "panel");
    let people: Vec<(&str, &str)> = interview["interviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        people,
        [("Jane Doe", "hiring-manager"), ("Bob Lee", "interviewer")]
    );

    // The interviewers became contacts at Acme; scheduling moved the application on.
    let contacts = s.json(&["contact", "list", "--company", "Acme"]);
    assert_eq!(contacts.as_array().unwrap().len(), 2);
    assert_eq!(s.json(&["app", "show", &app_id])["status"], "interviewing");

    // A second interview reuses Jane by email instead of doubling her.
    let second = s.json(&[
        "interview",
        "add",
        "--app",
        &app_id,
        "--at",
        "next monday 10:00",
        "--with",
        "jane@acme.com, hiring manager",
    ]);
    assert_eq!(second["round"], 2);
    assert_eq!(second["starts_at"], "2026-11-30T09:00:00Z");
    assert_eq!(s.json(&["contact", "list"]).as_array().unwrap().len(), 2);

    // The first round took place; it is marked done after it ended.
    let mut later = Sandbox {
        now: "2026-11-26T15:00:00Z".into(),
        ..s
    };
    let done = later.json(&["interview", "done", "1"]);
    assert_eq!(done["status"], "done");
    assert_eq!(done["ends_at"], "2026-11-26T13:45:00Z");
    let upcoming = later.json(&["interview", "list", "--upcoming"]);
    assert_eq!(ids(&upcoming), [2]);

    for status in ["offer", "hired"] {
        later.ok(&["app", "status", &app_id, status]);
    }
    let err = later.fails(1, &["app", "status", &app_id, "applied"]);
    assert!(
        err.contains("cannot go from hired to applied: hired is final"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    later.ok(&[
        "app",
        "status",
        &app_id,
        "interviewing",
        "--force",
        "--note",
        "clicked the wrong one",
    ]);

    let detail = later.json(&["app", "show", &app_id]);
    let history: Vec<(Value, Value, bool)> = detail["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].clone(),
                e["to"].clone(),
                e["forced"].as_bool().unwrap(),
            )
        })
        .collect();
    let j = |s: &str| Value::String(s.into());
    assert_eq!(
        history,
        [
            (Value::Null, j("applied"), false),
            (j("applied"), j("interviewing"), false),
            (j("interviewing"), j("offer"), false),
            (j("offer"), j("hired"), false),
            (j("hired"), j("interviewing"), true),
        ]
    );
    assert_eq!(detail["events"][4]["note"], "clicked the wrong one");
    assert_eq!(detail["salary"]["min"], 120000);
    assert_eq!(detail["interviews"].as_array().unwrap().len(), 2);

    let listed = later.json(&["app", "list", "--status", "interviewing"]);
    assert_eq!(ids(&listed), [app_id.parse::<i64>().unwrap()]);
    assert_eq!(
        later
            .json(&["app", "list", "--status", "saved,applied"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let companies = later.json(&["company", "list"]);
    assert_eq!(companies[0]["applications"], 1);
    later.now = "2026-11-27T09:00:00Z".into();
    assert_eq!(
        later.json(&["company", "show", "ACME"])["application_list"][0]["role"],
        "Staff Engineer"
    );
}

#[test]
fn a_new_company_name_is_added_on_the_fly_but_a_near_miss_is_not() {
    let s = Sandbox::with_profile();
    let app = s.json(&["app", "add", "--company", "Initech", "--role", "Engineer"]);
    assert_eq!(app["status"], "saved");
    assert_eq!(app["also_created"][0], "company Initech (1)");
    let err = s.fails(
        1,
        &["app", "add", "--company", "Initek", "--role", "Engineer"],
    );
    assert!(err.contains("did you mean 'Initech'?"), "{err}");
    assert_eq!(s.json(&["company", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn tables_are_aligned_and_plain_when_piped() {
    let s = Sandbox::with_profile();
    s.ok(&[
        "app",
        "add",
        "--company",
        "Acme",
        "--role",
        "Staff Engineer",
        "--status",
        "applied",
        "--excitement",
        "5",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Globex Corporation",
        "--role",
        "Lead",
        "--status",
        "interviewing",
    ]);
    let table = s.ok(&["app", "list"]);
    insta::assert_snapshot!("app_list", table);
    assert!(
        !table.contains('\u{1b}'),
        "no colour codes when not a terminal"
    );
    let show = s.ok(&["app", "show", "1"]);
    insta::assert_snapshot!("app_show", show);
}

#[test]
fn completions_and_the_man_page_need_no_database() {
    let s = Sandbox::new();
    let mut cmd = s.cmd(&["completions", "bash"]);
    cmd.env("AFTERVIEW_DB", "/nonexistent/dir/x.db");
    let out = cmd.output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("afterview"));
    let man = s.ok(&["man"]);
    assert!(
        man.contains(".TH afterview"),
        "{}",
        &man[..man.len().min(200)]
    );
    assert!(
        !std::path::Path::new(&s.db).exists(),
        "no database was created"
    );
}
