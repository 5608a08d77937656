//! Networking as a new user meets it: contacts imported from real-format
//! files (LinkedIn's export with its preamble, a phone's vCards), broken
//! files that change nothing, duplicates merged, the warm path through a
//! former colleague who knows the hiring manager, and the agenda asking for
//! a good word and for thanks.

use crate::support::Sandbox;
use serde_json::Value;

const FIXTURES: &str = "crates/contacts/tests/fixtures";

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

fn agenda_keys(s: &Sandbox) -> Vec<String> {
    let agenda = s.json(&["today", "--all"]);
    ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|g| agenda[*g].as_array().unwrap().clone())
        .map(|a| a["key"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_linkedin_export_imports_once_and_merges_on_the_second_run() {
    let s = Sandbox::with_profile();
    let first = s.json(&["contact", "import", &fixture("linkedin-connections.csv")]);
    assert_eq!(first["format"], "linkedin");
    assert_eq!(first["added"], 28);
    assert_eq!(first["merged"].as_array().unwrap().len(), 0);
    // The two rows without a name are noted, not silently lost.
    assert_eq!(first["notes"].as_array().unwrap().len(), 2);
    let listed = s.json(&["contact", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 28);
    let jurgen = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Jürgen Müller")
        .expect("Jürgen, with his accents");
    assert_eq!(jurgen["company"], "Müller, Schmidt & Co. KG");
    assert_eq!(jurgen["how_met"], "LinkedIn, connected 5 Mar 2024");

    let again = s.json(&["contact", "import", &fixture("linkedin-connections.csv")]);
    assert_eq!(again["added"], 0);
    assert_eq!(again["merged"].as_array().unwrap().len(), 28);
    assert_eq!(s.json(&["contact", "list"]).as_array().unwrap().len(), 28);
}

#[test]
fn a_broken_file_changes_nothing_and_names_its_line() {
    let s = Sandbox::with_profile();
    s.ok(&[
        "contact",
        "add",
        "Kept Person",
        "--email",
        "kept@example.com",
    ]);
    let before = s.snapshot();
    let err = s.fails(2, &["contact", "import", &fixture("broken-linkedin.csv")]);
    assert!(err.contains("line 9"), "{err}");
    assert!(err.contains("Nothing was imported"), "{err}");
    let err = s.fails(2, &["contact", "import", &fixture("broken-qp.vcf")]);
    assert!(err.contains("line 4"), "{err}");
    assert!(err.contains("quoted-printable"), "{err}");
    assert_eq!(s.snapshot(), before, "a refused import wrote something");

    // --skip-bad takes the good rows and lists the bad one.
    let skipped = s.json(&[
        "contact",
        "import",
        "--skip-bad",
        &fixture("broken-linkedin.csv"),
    ]);
    let rejected = skipped["rejected"].as_array().unwrap();
    assert_eq!(rejected.len(), 1, "{skipped}");
    assert!(rejected[0].as_str().unwrap().starts_with("line 9:"));
    assert!(skipped["added"].as_u64().unwrap() > 0);
}

#[test]
fn a_phone_vcard_merges_into_people_already_known_without_replacing_what_was_typed() {
    let s = Sandbox::with_profile();
    s.ok(&["contact", "import", &fixture("linkedin-connections.csv")]);
    let count = s.json(&["contact", "list"]).as_array().unwrap().len();
    // A dry run reports and changes nothing.
    let before = s.snapshot();
    let dry = s.json(&["contact", "import", "--dry-run", &fixture("iphone-3.0.vcf")]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(s.snapshot(), before);
    let done = s.json(&["contact", "import", &fixture("iphone-3.0.vcf")]);
    assert_eq!(done["read"], 5);
    let merged = done["merged"].as_array().unwrap().len() as u64;
    assert_eq!(done["added"].as_u64().unwrap() + merged, 5);
    assert!(merged >= 3, "{done}");
    assert_eq!(
        s.json(&["contact", "list"]).as_array().unwrap().len() as u64,
        count as u64 + done["added"].as_u64().unwrap()
    );
    let text = s.ok(&["contact", "import", "--dry-run", &fixture("iphone-3.0.vcf")]);
    assert!(
        text.contains("Would import iphone-3.0.vcf (vcard): 5 read"),
        "{text}"
    );
}

#[test]
fn export_writes_one_vcard_4_per_person() {
    let s = Sandbox::with_profile();
    s.ok(&["contact", "import", &fixture("people-4.0.vcf")]);
    let people = s.json(&["contact", "list"]).as_array().unwrap().len();
    let out = s.path("out.vcf");
    s.ok(&["contact", "export", "--vcard", "-o", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD").count(), people);
    assert_eq!(text.matches("VERSION:4.0").count(), people);
    // And it reads back as the same people.
    let s2 = Sandbox::with_profile();
    let back = s2.json(&["contact", "import", out.to_str().unwrap()]);
    assert_eq!(back["added"].as_u64().unwrap() as usize, people);
}

/// Acme's panel has Jane Doe, the hiring manager. Ana Silva worked with
/// the person at Initech and knows Jane; Bo Chen works at Acme.
fn warm_search() -> Sandbox {
    let s = Sandbox::with_profile();
    s.ok(&["company", "add", "Acme"]);
    s.applied("Acme", "Staff Engineer");
    s.ok(&[
        "interview",
        "add",
        "--app",
        "1",
        "--at",
        "2026-11-26 14:00",
        "--with",
        "Jane Doe <jane@acme.com>, hiring manager",
    ]);
    s.ok(&["contact", "add", "Ana Silva", "--email", "ana@example.com"]);
    s.ok(&["contact", "add", "Bo Chen", "--company", "Acme"]);
    s.ok(&[
        "contact", "job", "add", "me", "--at", "Initech", "--since", "2018", "--until", "2022",
    ]);
    s.ok(&[
        "contact",
        "job",
        "add",
        "Ana Silva",
        "--at",
        "Initech",
        "--since",
        "2019",
        "--until",
        "2023",
    ]);
    s.ok(&[
        "contact",
        "link",
        "Ana Silva",
        "Jane Doe",
        "--how",
        "ran a meetup together",
    ]);
    s
}

#[test]
fn the_hiring_managers_acquaintance_comes_first_with_the_path_explained() {
    let s = warm_search();
    let view = s.json(&["network", "1"]);
    let paths = view["paths"].as_array().unwrap();
    assert_eq!(paths[0]["name"], "Ana Silva");
    assert_eq!(paths[0]["reach"], "knows-hiring-manager");
    assert_eq!(
        paths[0]["path"],
        "you → Ana Silva (former colleague at Initech) → knows Jane Doe, hiring manager (ran a meetup together)"
    );
    assert_eq!(paths[1]["name"], "Bo Chen");
    assert!(paths.iter().all(|p| p["name"] != "Jane Doe"));
    let text = s.ok(&["network", "1"]);
    assert!(
        text.contains("1. you → Ana Silva (former colleague at Initech)"),
        "{text}"
    );
    assert!(text.contains("afterview ask 2 --for 1"), "{text}");
}

#[test]
fn the_agenda_asks_for_a_good_word_then_for_thanks() {
    let mut s = warm_search();
    let keys = agenda_keys(&s);
    assert!(keys.contains(&"good-word-1".to_owned()), "{keys:?}");
    let agenda = s.json(&["today", "--all"]);
    let ask = ["overdue", "today", "upcoming"]
        .iter()
        .flat_map(|g| agenda[*g].as_array().unwrap().clone())
        .find(|a| a["key"] == "good-word-1")
        .unwrap();
    assert_eq!(ask["command"], "afterview network 1");
    assert_eq!(ask["must_do"], "network");

    let favour: Value = s.json(&[
        "ask",
        "Ana Silva",
        "--for",
        "1",
        "--note",
        "a word with Jane",
    ]);
    assert_eq!(favour["state"], "asked");
    assert!(!agenda_keys(&s).contains(&"good-word-1".to_owned()));

    s.set_now("2026-11-27T09:00:00Z");
    let done = s.json(&["ask", "Ana Silva", "--for", "1", "--state", "done"]);
    assert_eq!(done["id"], favour["id"], "the same favour moves on");
    let key = format!("thank-helper-{}", done["id"]);
    assert!(agenda_keys(&s).contains(&key), "{:?}", agenda_keys(&s));
    s.set_now("2026-11-27T12:00:00Z");
    s.ok(&["touch", "Ana Silva", "--note", "thanked her"]);
    assert!(!agenda_keys(&s).contains(&key));
    let listed = s.json(&["favours", "--for", "1"]);
    assert_eq!(listed[0]["state"], "done");
}

#[test]
fn bad_network_input_is_refused_with_a_fix() {
    let s = warm_search();
    let before = s.snapshot();
    let err = s.fails(2, &["contact", "strength", "Ana Silva", "7"]);
    assert!(err.contains("0 (barely know them) to 5"), "{err}");
    let err = s.fails(2, &["ask", "Ana Silva", "--for", "1", "--state", "agred"]);
    assert!(err.contains("agreed"), "{err}");
    let err = s.fails(
        2,
        &[
            "contact",
            "job",
            "add",
            "Ana Silva",
            "--at",
            "Acme",
            "--since",
            "2024",
            "--until",
            "2020",
        ],
    );
    assert!(err.contains("before it starts"), "{err}");
    let err = s.fails(2, &["contact", "link", "Ana Silva", "ana@example.com"]);
    assert!(err.contains("same person"), "{err}");
    let err = s.fails(
        2,
        &[
            "contact",
            "import",
            "--format",
            "xlsx",
            &fixture("outlook.csv"),
        ],
    );
    assert!(err.contains("linkedin, vcard or csv"), "{err}");
    s.fails(1, &["network", "99"]);
    assert_eq!(s.snapshot(), before);
    s.ok(&["contact", "strength", "Ana Silva", "4"]);
    let shown = s.ok(&["contact", "show", "Ana Silva"]);
    assert!(shown.contains("4/5"), "{shown}");
}

#[test]
fn the_week_counts_the_pace_and_warns_when_the_search_leans_on_one_company() {
    let s = warm_search();
    s.applied("Acme", "SRE");
    s.ok(&["touch", "Ana Silva", "--via", "call"]);
    let week = s.json(&["week"]);
    assert_eq!(week["applied"], 2);
    assert_eq!(week["target"], 5);
    assert_eq!(week["interviews"], 1);
    assert_eq!(week["touches"], 1);
    assert_eq!(week["practice_reviews"], 0);
    assert_eq!(week["live"], 2);
    let warnings: Vec<&str> = week["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("Only 2 applications in play")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("2 of your 2 applications in play are at Acme")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("2 of 5 applications sent this week: 3 to go")),
        "{warnings:?}"
    );
    // Last week was empty.
    let last = s.json(&["week", "--at", "2026-11-18 12:00"]);
    assert_eq!(last["applied"], 0);
    assert_eq!(last["touches"], 0);
    s.ok(&[
        "practice",
        "add",
        "Why Acme?",
        "--answer",
        "Their platform work",
    ]);
    s.ok(&["practice", "rate", "1", "good"]);
    assert_eq!(s.json(&["week"])["practice_reviews"], 1);
    let text = s.ok(&["week"]);
    assert!(
        text.starts_with("Week of 2026-11-23 to 2026-11-29"),
        "{text}"
    );
}

/// calcard's corpus of vCards written by other people, through the
/// command: each file imports, or is refused (exit 2) with its line named
/// and nothing written.
#[test]
fn vcards_written_by_other_people_import_or_are_refused_by_line() {
    let s = Sandbox::with_profile();
    let dir = std::path::Path::new(FIXTURES).join("calcard-vcard");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "vcf"))
        .collect();
    files.sort();
    let mut imported = 0;
    for path in &files {
        let before = s.json(&["contact", "list"]).as_array().unwrap().len();
        let out = s
            .cmd(&["contact", "import", path.to_str().unwrap()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => imported += 1,
            Some(2) => {
                assert!(stderr.contains(": line "), "{}: {stderr}", path.display());
                assert!(
                    stderr.contains("Nothing was imported"),
                    "{}: {stderr}",
                    path.display()
                );
                let after = s.json(&["contact", "list"]).as_array().unwrap().len();
                assert_eq!(before, after, "{} was refused but wrote", path.display());
            }
            other => panic!("{} exited {other:?}: {stderr}", path.display()),
        }
    }
    assert!(
        imported >= 210,
        "only {imported} of {} imported",
        files.len()
    );
}
