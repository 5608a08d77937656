//! The Insights page and `GET /api/v1/insights` over HTTP, on a small
//! search made through the command line with a pinned clock: the funnel,
//! the waits, the ratings and the follow-through a person would read.

use crate::server::Server;
use crate::support::Sandbox;

/// Runs a command at a given instant.
fn at(s: &mut Sandbox, now: &str, args: &[&str]) {
    s.set_now(now);
    s.ok(args);
}

/// Four applications in November 2026 (Berlin): three sent, one saved.
/// Acme's round is followed through on time and leads to an offer;
/// Globex's is debriefed late, nobody is thanked, and it ends in a
/// rejection; Initech rejects without a round.
fn search() -> Sandbox {
    let mut s = Sandbox::with_profile();
    for company in ["Acme", "Globex", "Initech"] {
        at(
            &mut s,
            "2026-11-02T09:00:00Z",
            &[
                "app",
                "add",
                "--company",
                company,
                "--role",
                "Engineer",
                "--status",
                "applied",
            ],
        );
    }
    at(
        &mut s,
        "2026-11-02T09:00:00Z",
        &[
            "app",
            "add",
            "--company",
            "Hooli",
            "--role",
            "Engineer",
            "--status",
            "saved",
        ],
    );
    at(
        &mut s,
        "2026-11-03T09:00:00Z",
        &[
            "interview",
            "add",
            "--app",
            "1",
            "--at",
            "today 14:00",
            "--duration",
            "45m",
            "--with",
            "Jane Doe <jane@acme.com>, hiring manager",
        ],
    );
    at(
        &mut s,
        "2026-11-04T09:00:00Z",
        &[
            "interview",
            "add",
            "--app",
            "2",
            "--at",
            "today 11:00",
            "--duration",
            "45m",
            "--with",
            "Bob Lee",
        ],
    );
    // Acme's round ended at 14:45 Berlin (13:45 UTC): everything within the windows.
    at(&mut s, "2026-11-03T14:00:00Z", &["interview", "done", "1"]);
    at(
        &mut s,
        "2026-11-03T14:30:00Z",
        &[
            "debrief",
            "1",
            "--went-well",
            "Clear design walkthrough",
            "--rating",
            "4",
        ],
    );
    at(&mut s, "2026-11-03T16:00:00Z", &["done", "thank-1-1"]);
    at(&mut s, "2026-11-03T16:00:00Z", &["done", "followup-1"]);
    // Globex's round: debriefed the next morning, no thanks, no follow-up.
    at(&mut s, "2026-11-04T11:00:00Z", &["interview", "done", "2"]);
    at(
        &mut s,
        "2026-11-05T09:00:00Z",
        &[
            "debrief",
            "2",
            "--went-well",
            "Stayed calm",
            "--rating",
            "2",
        ],
    );
    at(
        &mut s,
        "2026-11-06T09:00:00Z",
        &["outcome", "2", "rejected", "--reason", "A more senior hire"],
    );
    at(
        &mut s,
        "2026-11-09T09:00:00Z",
        &["outcome", "1", "offer", "--deadline", "2026-11-16"],
    );
    at(
        &mut s,
        "2026-11-09T09:00:00Z",
        &["outcome", "3", "rejected"],
    );
    s.set_now("2026-11-25T09:00:00Z");
    s
}

#[test]
fn with_no_applications_the_page_says_what_will_appear() {
    let s = Sandbox::with_profile();
    let mut server = Server::start(&s);
    let page = server.get("/insights");
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("Nothing to show yet"), "{html}");
    assert!(
        html.contains("the funnel once you send an application"),
        "{html}"
    );
    assert!(!html.contains("<svg"), "no empty charts: {html}");
    let api = server.get("/api/v1/insights").json();
    assert_eq!(api["applications"], 0);
    assert_eq!(api["funnel"][0]["count"], 0);
    assert_eq!(api["follow_through"]["rate"], serde_json::Value::Null);
}

#[test]
fn the_api_gives_the_funnel_waits_ratings_and_follow_through() {
    let s = search();
    let mut server = Server::start(&s);
    let res = server.get("/api/v1/insights");
    assert_eq!(res.status, 200);
    assert!(
        res.header("content-type")
            .unwrap_or_default()
            .starts_with("application/json")
    );
    let v = res.json();
    assert_eq!(v["now"], "2026-11-25T09:00:00Z");
    assert_eq!(v["time_zone"], "Europe/Berlin");
    assert_eq!(
        (v["applications"].as_u64(), v["never_sent"].as_u64()),
        (Some(4), Some(1))
    );
    let funnel: Vec<(&str, u64)> = v["funnel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["stage"].as_str().unwrap(), s["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        funnel,
        [
            ("applied", 3),
            ("interviewed", 2),
            ("offer", 1),
            ("hired", 0)
        ]
    );
    // First answers: Acme's invitation after 1 day, Globex's after 2,
    // Initech's rejection after 7.
    let first = &v["response_times"][0];
    assert_eq!(
        (first["n"].as_u64(), first["median_days"].as_f64()),
        (Some(3), Some(2.0))
    );
    assert_eq!(
        v["response_times"][2]["open"], 1,
        "Acme's offer is unanswered"
    );
    let ratings: Vec<(&str, u64)> = v["ratings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["date"].as_str().unwrap(), p["rating"].as_u64().unwrap()))
        .collect();
    assert_eq!(ratings, [("2026-11-03", 4), ("2026-11-04", 2)]);
    assert_eq!(v["rating_months"][0]["average"], 3.0);
    let ft = &v["follow_through"];
    assert_eq!(
        (ft["rounds"].as_u64(), ft["full"].as_u64()),
        (Some(2), Some(1))
    );
    let debrief = &ft["habits"][0];
    assert_eq!(
        (debrief["on_time"].as_u64(), debrief["late"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(ft["habits"][1]["missed"], 1, "nobody thanked Bob");
    assert_eq!(ft["by_follow_through"][0]["moved_on"], 1);
    assert_eq!(ft["by_follow_through"][1]["moved_on"], 0);
    assert!(
        ft["verdict"]
            .as_str()
            .unwrap()
            .starts_with("Too few to tell"),
        "two rounds prove nothing: {ft}"
    );
}

#[test]
fn the_page_draws_the_funnel_with_its_counts_and_the_same_numbers_in_tables() {
    let s = search();
    let mut server = Server::start(&s);
    let page = server.get("/insights");
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains(r#"<a href="/insights" aria-current="page">Insights</a>"#),
        "{html}"
    );
    // The funnel chart: an image with a title and a description naming the counts.
    let funnel = html
        .split(r#"<svg class="chart""#)
        .find(|svg| svg.contains(r#"aria-labelledby="funnel-title funnel-desc""#))
        .expect("the funnel chart");
    assert!(funnel.contains(r#"role="img""#), "{funnel}");
    assert!(
        funnel.contains("Applied: 3, Interviewed: 2, Offer: 1, Hired: 0"),
        "{funnel}"
    );
    assert!(funnel.contains(">2 (67%)</text>"), "{funnel}");
    assert!(funnel.contains(">1 (50%)</text>"), "{funnel}");
    // Every chart is an image with a name, and no chart styles itself inline.
    assert_eq!(html.matches(r#"<svg class="chart""#).count(), 5, "{html}");
    assert_eq!(html.matches(r#"role="img""#).count(), 5, "{html}");
    assert!(!html.contains("style="), "the CSP forbids inline styles");
    // The same numbers for screen readers and no-SVG browsers.
    assert!(
        html.contains(r#"<th scope="row">Interviewed</th><td>2</td><td>67%</td><td>67%</td>"#),
        "{html}"
    );
    assert!(
        html.contains("<strong>50%</strong> of 2 interviews had every must-do done on time."),
        "{html}"
    );
    assert!(html.contains(r#"<th scope="row">Every interviewer thanked</th><td>1</td><td>0</td><td>1</td><td>50%</td>"#), "{html}");
    assert!(html.contains("100% (too few)"), "{html}");
}
