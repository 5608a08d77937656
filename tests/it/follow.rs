//! The follow-through loop as a new user lives it, with the clock pinned:
//! an interview ends, the agenda fills, the debrief adds what is owed, time
//! passes, doing each thing clears it, and the next round's prep sheet
//! brings the lessons back.

use crate::support::Sandbox;
use serde_json::Value;

/// The keys of one section of `today --json`.
fn keys(agenda: &Value, section: &str) -> Vec<String> {
    agenda[section]
        .as_array()
        .unwrap_or_else(|| panic!("no {section} in {agenda}"))
        .iter()
        .map(|a| a["key"].as_str().unwrap().to_owned())
        .collect()
}

/// Every key on the agenda, sorted.
fn all_keys(agenda: &Value) -> Vec<String> {
    let mut all: Vec<String> = ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|s| keys(agenda, s))
        .collect();
    all.sort();
    all
}

fn find<'a>(agenda: &'a Value, key: &str) -> &'a Value {
    ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|s| agenda[*s].as_array().unwrap())
        .find(|a| a["key"] == key)
        .unwrap_or_else(|| panic!("{key} is not on the agenda: {agenda}"))
}

/// A search with one application at Acme (applied), two more to keep the
/// pipeline from being thin, and a panel interview today 14:00-14:45 Berlin
/// with two interviewers. The clock reads Wednesday 10:00 Berlin.
fn search() -> Sandbox {
    let s = Sandbox::with_profile();
    for (company, role) in [
        ("Acme", "Staff Engineer"),
        ("Initech", "SRE"),
        ("Globex", "Platform Engineer"),
    ] {
        s.ok(&["company", "add", company]);
        s.ok(&[
            "app",
            "add",
            "--company",
            company,
            "--role",
            role,
            "--status",
            "applied",
        ]);
    }
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "today 14:00",
        "--duration",
        "45m",
        "--kind",
        "panel",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
        "--with",
        "Bob Lee",
    ]);
    s
}

#[test]
fn an_interview_ends_and_the_five_must_dos_follow_through() {
    let mut s = search();
    // Before it ends there is only the preparation (due 48 h before: now).
    let before = s.json(&["today"]);
    assert_eq!(all_keys(&before), ["prep-1", "weekly-2026w48"]);

    // 15:00 Berlin: it ended at 14:45.
    s.set_now("2026-11-25T14:00:00Z");
    s.ok(&["interview", "done", "1"]);
    let day = s.json(&["today"]);
    assert_eq!(keys(&day, "today"), ["debrief-1"]);
    let debrief = find(&day, "debrief-1");
    assert_eq!(debrief["due"], "2026-11-25T15:45:00Z", "2 h after it ended");
    assert_eq!(debrief["due_in"], "in 1 h 45 min");
    assert_eq!(debrief["command"], "afterview debrief 1");
    assert_eq!(debrief["must_do"], "assess");
    let mut upcoming = keys(&day, "upcoming");
    upcoming.sort();
    assert_eq!(
        upcoming,
        ["followup-1", "thank-1-1", "thank-1-2", "weekly-2026w48"]
    );
    for key in ["thank-1-1", "thank-1-2", "followup-1"] {
        assert_eq!(
            find(&day, key)["due"],
            "2026-11-26T13:45:00Z",
            "{key}: 24 h after it ended"
        );
    }
    assert!(
        find(&day, "thank-1-1")["title"]
            .as_str()
            .unwrap()
            .contains("Jane Doe")
    );
    assert!(
        find(&day, "followup-1")["title"]
            .as_str()
            .unwrap()
            .contains("Jane Doe"),
        "the hiring manager"
    );

    // The debrief clears its action and adds the owed item, due in 24 h.
    s.ok(&[
        "debrief", "1",
        "--went-well", "Explained the cache invalidation design clearly",
        "--better", "Tell me about a conflict :: I was vague :: The migration story with Bob, in STAR form :: conflict",
        "--issue", "They worried about my lack of Kubernetes experience",
        "--owe", "a writing sample to Jane",
        "--decision", "we decide by Friday",
        "--rating", "4",
    ]);
    let day = s.json(&["today"]);
    assert!(!all_keys(&day).contains(&"debrief-1".to_owned()));
    let owed = find(&day, "owe-1-1");
    assert_eq!(owed["title"], "Send a writing sample to Jane");
    assert_eq!(owed["due"], "2026-11-26T13:45:00Z");

    // Two days later everything is overdue.
    s.set_now("2026-11-27T10:00:00Z");
    let day = s.json(&["today"]);
    let mut overdue = keys(&day, "overdue");
    overdue.sort();
    assert_eq!(overdue, ["followup-1", "owe-1-1", "thank-1-1", "thank-1-2"]);
    assert!(
        find(&day, "thank-1-1")["due_in"]
            .as_str()
            .unwrap()
            .starts_with("overdue by")
    );

    // Doing each thing clears it.
    for key in ["thank-1-1", "thank-1-2", "followup-1", "owe-1-1"] {
        s.ok(&["done", key]);
    }
    let day = s.json(&["today"]);
    assert!(keys(&day, "overdue").is_empty(), "{day}");
    // The follow-up went out Friday: a nudge is due five business days later.
    assert_eq!(find(&day, "nudge-1-1")["due"], "2026-12-04T10:00:00Z");

    // A second round: the prep sheet brings back round 1 and the lessons.
    let round = s.json(&[
        "outcome",
        "1",
        "second-round",
        "--at",
        "2026-12-03 11:00",
        "--kind",
        "technical",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
    ]);
    assert_eq!(round["interview"]["round"], 2);
    let day = s.json(&["today"]);
    assert!(
        !all_keys(&day).iter().any(|k| k.starts_with("nudge")),
        "a new round is an answer"
    );
    assert_eq!(find(&day, "prep-2")["due"], "2026-12-01T10:00:00Z");
    let sheet = s.json(&["prep", "2"]);
    assert_eq!(sheet["earlier_rounds"][0]["round"], 1);
    assert_eq!(
        sheet["earlier_rounds"][0]["went_well"][0],
        "Explained the cache invalidation design clearly"
    );
    assert_eq!(sheet["owed"][0]["state"], "sent");
    assert_eq!(sheet["decision"]["said"], "we decide by Friday");
    assert_eq!(sheet["interviewers"][0]["met_before"][0], "round 1 (panel)");
    assert_eq!(
        sheet["recurring_questions"][0]["items"][0]["better"],
        "The migration story with Bob, in STAR form"
    );
    assert!(
        !all_keys(&s.json(&["today"])).contains(&"prep-2".to_owned()),
        "reading the sheet is the preparation"
    );
}

#[test]
fn the_agenda_at_a_later_time_and_nothing_due() {
    let s = Sandbox::with_profile();
    let text = s.ok(&["today"]);
    assert!(text.contains("Nothing is due"), "{text}");
    s.ok(&["company", "add", "Acme"]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Acme",
        "--role",
        "SRE",
        "--status",
        "applied",
    ]);
    s.ok(&["interview", "add", "--app", "1", "--at", "2026-12-20 10:00"]);
    let agenda = s.json(&["agenda", "--at", "2026-12-18 12:00"]);
    assert_eq!(agenda["now"], "2026-12-18T11:00:00Z");
    assert_eq!(keys(&agenda, "overdue"), ["prep-1"]);
}

#[test]
fn lessons_pool_across_companies_by_meaning() {
    let mut s = search();
    s.ok(&["company", "add", "Hooli"]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Hooli",
        "--role",
        "SRE",
        "--status",
        "applied",
    ]);
    s.ok(&["interview", "add", "--app", "4", "--at", "2026-11-20 10:00"]);
    s.set_now("2026-11-25T14:00:00Z");
    s.ok(&[
        "debrief",
        "1",
        "--better",
        "Tell me about a conflict",
        "--issue",
        "no k8s experience came up",
    ]);
    s.ok(&[
        "debrief",
        "2",
        "--better",
        "Describe a disagreement with a colleague",
        "--better",
        "What is your greatest weakness?",
        "--issue",
        "they worried about my lack of Kubernetes experience",
    ]);
    s.ok(&["interview", "add", "--app", "1", "--at", "2026-12-01 10:00"]);
    let sheet = s.json(&["prep", "3"]);
    let first = &sheet["recurring_questions"][0];
    assert_eq!(first["count"], 2, "{sheet}");
    assert_eq!(sheet["recurring_questions"][1]["count"], 1);
    assert_eq!(sheet["recurring_issues"][0]["count"], 2);
    let text = s.ok(&["prep", "3"]);
    assert!(text.contains("Questions you have fumbled before"), "{text}");
}

#[test]
fn snooze_and_dismiss_persist_and_refuse_nonsense() {
    let mut s = search();
    s.set_now("2026-11-25T14:00:00Z");
    s.ok(&["interview", "done", "1"]);
    s.ok(&["snooze", "debrief-1", "--until", "tomorrow 9am"]);
    let day = s.json(&["today"]);
    assert_eq!(
        find(&day, "debrief-1")["snoozed_until"],
        "2026-11-26T08:00:00Z"
    );
    s.ok(&[
        "dismiss",
        "thank-1-2",
        "--why",
        "Bob only joined for five minutes",
    ]);
    assert!(!all_keys(&s.json(&["today"])).contains(&"thank-1-2".to_owned()));

    let before = s.snapshot();
    let err = s.fails(2, &["snooze", "debrief-1", "--until", "yesterday"]);
    assert!(err.contains("already passed"), "{err}");
    let err = s.fails(1, &["done", "thank-1-3"]);
    assert!(err.contains("did you mean thank-1-1?"), "{err}");
    let err = s.fails(1, &["dismiss", "thank-1-2", "--why", "again"]);
    assert!(err.contains("was dismissed"), "{err}");
    let err = s.fails(2, &["dismiss", "debrief-1", "--why", " "]);
    assert!(err.contains("why"), "{err}");
    let err = s.fails(2, &["done", "<script>"]);
    assert!(err.contains("afterview today"), "{err}");
    assert_eq!(s.snapshot(), before, "refused commands change nothing");
}

#[test]
fn bad_debriefs_are_explained_and_change_nothing() {
    let mut s = search();
    s.set_now("2026-11-25T14:00:00Z");
    let before = s.snapshot();
    let err = s.fails(2, &["debrief", "1", "--rating", "7"]);
    assert!(err.contains("1 (poor) to 5"), "{err}");
    let err = s.fails(2, &["debrief", "1", "--owe", "slides by dec 3 99999"]);
    assert!(err.contains("the year 99999 is out of range"), "{err}");
    let err = s.fails(2, &["debrief", "1", "--better", "a :: b :: c :: d :: e"]);
    assert!(err.contains("::"), "{err}");
    let err = s.fails(1, &["debrief", "2"]);
    assert!(
        err.contains("no interview") || err.contains("interview"),
        "{err}"
    );
    let garbage = s
        .cmd(&["debrief", "1", "--stdin"])
        .write_stdin("## Went wel\n- hi\n")
        .output()
        .unwrap();
    assert_eq!(garbage.status.code(), Some(2));
    let err = String::from_utf8_lossy(&garbage.stderr);
    assert!(err.contains("line 1") && err.contains("Went well"), "{err}");
    assert_eq!(s.snapshot(), before);
}

#[test]
fn the_editor_loop_works_like_git_commit() {
    let mut s = search();
    s.set_now("2026-11-25T14:00:00Z");
    // An untouched template aborts and saves nothing.
    let before = s.snapshot();
    let out = s
        .cmd(&["debrief", "1"])
        .env("EDITOR", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was written"));
    assert_eq!(s.snapshot(), before);

    // A mistake reopens the editor with the message on top; the fix saves.
    let script = s.path("editor.sh");
    let count = s.path("count");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nn=$(cat {count} 2>/dev/null || echo 0)\necho $((n+1)) > {count}\n\
             if [ \"$n\" = 0 ]; then printf '## Rating\\ngreat\\n' > \"$1\"; \
             else grep -q 'line' \"$1\" && printf '## Went well\\n- the demo\\n\\n## Rating\\n5\\n' > \"$1\"; fi\n",
            count = count.display()
        ),
    )
    .unwrap();
    let editor = format!("sh {}", script.display());
    let saved = s
        .cmd(&["debrief", "1", "--json"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert!(
        saved.status.success(),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    let v: Value = serde_json::from_slice(&saved.stdout).unwrap();
    assert_eq!(v["rating"], 5);
    assert_eq!(v["went_well"][0], "the demo");
    assert_eq!(std::fs::read_to_string(&count).unwrap().trim(), "2");

    // Saving the same mistake again stops, keeps the text and says where.
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf '## Rating\\ngreat\\n' > \"$1\"\n",
    )
    .unwrap();
    let out = s
        .cmd(&["debrief", "1"])
        .env("EDITOR", &editor)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kept in"), "{err}");
    let shown = s.json(&["debrief", "1", "--history"]);
    assert_eq!(
        shown.as_array().unwrap().len(),
        1,
        "the failed edit saved nothing"
    );
}

#[test]
fn debriefs_keep_every_version() {
    let mut s = search();
    s.set_now("2026-11-25T14:00:00Z");
    s.ok(&["debrief", "1", "--rating", "3"]);
    s.ok(&[
        "debrief",
        "1",
        "--went-well",
        "the system design part",
        "--rating",
        "4",
    ]);
    let history = s.json(&["debrief", "1", "--history"]);
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[0]["rating"], 3);
    assert_eq!(history[1]["rating"], 4);
    let first = s.json(&["debrief", "1", "--show", "--version", "1"]);
    assert!(first["went_well"].as_array().is_none_or(|w| w.is_empty()));
    let markdown = s.ok(&["debrief", "1", "--show"]);
    let again = s
        .cmd(&["debrief", "1", "--stdin"])
        .write_stdin(markdown)
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "the shown form reads back: {}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn outcomes_close_the_loop() {
    let s = search();
    let offer = s.json(&[
        "outcome",
        "2",
        "offer",
        "--deadline",
        "2026-11-30 17:00",
        "--terms",
        "120k, start in January",
    ]);
    assert_eq!(offer["application"]["status"], "offer");
    let day = s.json(&["today"]);
    assert_eq!(find(&day, "offer-2")["due"], "2026-11-30T16:00:00Z");
    let rejected = s.json(&[
        "outcome",
        "3",
        "rejected",
        "--reason",
        "they wanted more Go",
    ]);
    assert_eq!(rejected["application"]["status"], "rejected");
    let hired = s.json(&["outcome", "2", "hired"]);
    let others: Vec<i64> = hired["withdraw_from"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(others, [1]);
    let day = s.json(&["today"]);
    assert_eq!(
        all_keys(&day),
        ["withdraw-1"],
        "a hire ends the search and asks to withdraw"
    );
    s.ok(&["app", "status", "1", "withdrawn"]);
    assert!(all_keys(&s.json(&["today"])).is_empty());
    let err = s.fails(1, &["outcome", "3", "offer"]);
    assert!(err.contains("rejected"), "{err}");
    let err = s.fails(2, &["outcome", "1", "promoted"]);
    assert!(err.contains("second-round"), "{err}");
}

#[test]
fn recruiters_are_checked_in_with_and_touches_restart_the_cadence() {
    let mut s = search();
    s.ok(&["contact", "add", "Sam Recruiter", "--tags", "recruiter"]);
    let day = s.json(&["agenda", "--at", "2026-12-10 10:00"]);
    assert_eq!(find(&day, "checkin-3")["due"], "2026-12-09T09:00:00Z");
    s.set_now("2026-11-30T09:00:00Z");
    s.ok(&[
        "touch",
        "Sam Recruiter",
        "--via",
        "call",
        "--note",
        "new roles in January",
    ]);
    let day = s.json(&["agenda", "--at", "2026-12-10 10:00"]);
    assert_eq!(
        find(&day, "checkin-3")["due"],
        "2026-12-14T09:00:00Z",
        "14 days after the call"
    );
    // Doing the check-in is a touch too: the next one is 14 days on.
    s.set_now("2026-12-15T09:00:00Z");
    s.ok(&["done", "checkin-3"]);
    let day = s.json(&["agenda", "--at", "2026-12-30 10:00"]);
    assert_eq!(find(&day, "checkin-3")["due"], "2026-12-29T09:00:00Z");
}

#[test]
fn the_calendar_exports_and_invitations_import() {
    let s = Sandbox::new();
    s.ok(&[
        "profile",
        "set",
        "--email",
        "jane.doe@example.com",
        "--tz",
        "America/New_York",
    ]);
    s.ok(&[
        "company",
        "add",
        "Northwind",
        "--website",
        "northwind.example",
    ]);
    s.ok(&[
        "app",
        "add",
        "--company",
        "Northwind",
        "--role",
        "Senior Backend Engineer",
        "--status",
        "applied",
    ]);
    let invite = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/calendar/tests/fixtures/invites/google-calendar.ics"
    );
    let imported = s.json(&["interview", "import", invite]);
    assert_eq!(imported["action"], "created");
    let i = &imported["interview"];
    assert_eq!(i["starts_at"], "2026-11-12T19:00:00Z");
    assert_eq!(i["kind"], "technical");
    assert_eq!(i["location"], "https://meet.google.com/xkd-qpfa-zrt");
    let people: Vec<&str> = i["interviewers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(people.contains(&"Priya Raman"), "{people:?}");
    assert!(
        !people.iter().any(|p| p.contains("Doe")),
        "the candidate is not an interviewer: {people:?}"
    );
    let again = s.json(&["interview", "import", invite]);
    assert_eq!(again["action"], "updated");
    assert_eq!(
        s.json(&["interview", "list"]).as_array().unwrap().len(),
        1,
        "no duplicate"
    );

    let before = s.snapshot();
    let broken = s.path("broken.ics");
    std::fs::write(
        &broken,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261399T250000Z\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .unwrap();
    let err = s.fails(
        2,
        &[
            "interview",
            "import",
            broken.to_str().unwrap(),
            "--app",
            "1",
        ],
    );
    assert!(err.contains("DTSTART") || err.contains("start"), "{err}");
    std::fs::write(&broken, "hello").unwrap();
    let err = s.fails(2, &["interview", "import", broken.to_str().unwrap()]);
    assert!(err.contains("iCalendar"), "{err}");
    assert_eq!(s.snapshot(), before);

    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-27 10:00",
        "--kind",
        "final",
    ]);
    let ics = s.ok(&["calendar", "export"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("UID:interview-2@afterview"), "{ics}");
    assert!(ics.contains("UID:action-prep-2@afterview"), "{ics}");
    assert!(ics.contains("TRIGGER;RELATED=END:-PT30M"), "{ics}");
    let parsed =
        calcard::icalendar::ICalendar::parse(&ics).expect("an independent parser reads it");
    assert!(parsed.components.len() > 3);
}

#[test]
fn the_kept_agenda_follows_the_clock_without_any_write() {
    let mut s = search();
    // Kept at 10:00: only the preparation (the round is at 14:00).
    assert_eq!(all_keys(&s.json(&["today"])), ["prep-1", "weekly-2026w48"]);
    assert_eq!(all_keys(&s.json(&["today"])), ["prep-1", "weekly-2026w48"]);
    // Nothing written, but the round has ended: it is taken as done.
    s.set_now("2026-11-25T14:00:00Z");
    let day = s.json(&["today"]);
    assert_eq!(
        all_keys(&day),
        [
            "debrief-1",
            "followup-1",
            "thank-1-1",
            "thank-1-2",
            "weekly-2026w48"
        ]
    );
    // A human page is a few lines per group with the whole count.
    let text = s.ok(&["today"]);
    assert!(text.contains("Due today (1)"), "{text}");
    // A month and a half later the round's actions have gone stale.
    s.set_now("2027-01-15T09:00:00Z");
    let later = s.json(&["today"]);
    assert!(
        !all_keys(&later)
            .iter()
            .any(|k| k.ends_with("-1-1") || k == "debrief-1"),
        "{later}"
    );
}
