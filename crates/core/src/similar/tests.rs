//! Tests for concepts, similarity, pooling and skill matching.

use super::*;
use proptest::prelude::*;

fn items(texts: &[&'static str]) -> Vec<Item<'static>> {
    texts.iter().map(|t| Item::new(t)).collect()
}

fn set(keys: &[&str]) -> BTreeSet<String> {
    keys.iter().map(|k| (*k).to_owned()).collect()
}

#[test]
fn filler_is_dropped_and_synonyms_fold() {
    assert_eq!(concepts("Tell me about a conflict"), set(&["conflict"]));
    assert_eq!(
        concepts("Describe a disagreement with a colleague"),
        set(&["conflict", "people"])
    );
    assert_eq!(
        concepts("How do you handle disagreements in a team?"),
        set(&["conflict", "people"])
    );
    assert_eq!(
        concepts("What is your greatest weakness?"),
        set(&["weakness"])
    );
    assert_eq!(
        concepts("Walk me through a system you designed"),
        set(&["design"])
    );
    assert_eq!(
        concepts("What are your salary expectations?"),
        set(&["salary"])
    );
    assert_eq!(
        concepts("Why do you want to work here?"),
        set(&["motivation"])
    );
    assert_eq!(concepts("...?!"), set(&[]));
}

#[test]
fn posting_boilerplate_is_not_an_interview_topic() {
    // Regression: "5+ years" once read as career plans and "Let's go" as being let go.
    assert_eq!(
        concepts("5+ years of experience. Let's go!"),
        set(&["experience"])
    );
    assert!(concepts("Where do you see yourself in 5 years?").contains("career"));
    assert!(concepts("I was let go last spring").contains("leaving"));
}

#[test]
fn similarity_sees_synonyms_and_ignores_filler() {
    let conflict = similarity(
        "Tell me about a conflict",
        "Describe a disagreement with a colleague",
    );
    assert!(conflict >= GROUP_THRESHOLD, "{conflict}");
    assert_eq!(
        similarity(
            "What is your greatest weakness?",
            "Tell me about a conflict"
        ),
        0.0
    );
    assert_eq!(
        similarity("Tell me about yourself", "Tell me about yourself"),
        1.0
    );
    assert_eq!(similarity("", ""), 0.0);
}

#[test]
fn conflict_questions_pool_and_others_stay_apart() {
    let notes = items(&[
        "Tell me about a conflict",
        "What is your greatest weakness?",
        "Describe a disagreement with a colleague",
        "Walk me through a system you designed",
        "How do you handle disagreements in a team?",
        "Tell me about a time you led a team",
    ]);
    assert_eq!(
        group(&notes),
        vec![vec![0, 2, 4], vec![1], vec![3], vec![5]]
    );
}

#[test]
fn a_shared_topic_tag_joins_differently_worded_questions() {
    let notes = vec![
        Item::tagged("Where do you see yourself in five years?", "career"),
        Item::new("What is your greatest weakness?"),
        Item::tagged("What would you like to be doing next?", "Career"),
    ];
    assert_eq!(group(&notes), vec![vec![0, 2], vec![1]]);
    // Without the tags, the third question has nothing in common with the first.
    let untagged = items(&[
        "Where do you see yourself in five years?",
        "What is your greatest weakness?",
        "What would you like to be doing next?",
    ]);
    assert_eq!(group(&untagged).len(), 3);
}

#[test]
fn recurring_issues_pool() {
    let issues = items(&[
        "they worried about my lack of Kubernetes experience",
        "I rambled on the salary question",
        "no k8s experience came up",
        "didn't know our Postgres setup well",
    ]);
    assert_eq!(group(&issues), vec![vec![0, 2], vec![1], vec![3]]);
}

#[test]
fn groups_are_ordered_by_size_then_first_index() {
    let notes = items(&[
        "What is your greatest weakness?",
        "What are your salary expectations?",
        "Tell me about a conflict",
        "What compensation are you looking for?",
        "Describe a disagreement with your manager",
        "How much do you expect to be paid?",
    ]);
    assert_eq!(group(&notes), vec![vec![1, 3, 5], vec![2, 4], vec![0]]);
}

fn matched<'a>(skills: &[&'a str], posting: &str) -> Vec<&'a str> {
    matching_skills(skills, posting, 10)
        .into_iter()
        .map(|m| m.skill)
        .collect()
}

#[test]
fn skills_match_their_other_spellings() {
    let posting = "You have led small teams. We run Postgres on k8s in AWS.";
    let found = matching_skills(
        &["PostgreSQL", "Leadership", "Kubernetes", "Python"],
        posting,
        10,
    );
    let skills: Vec<&str> = found.iter().map(|m| m.skill).collect();
    assert_eq!(skills, ["PostgreSQL", "Leadership", "Kubernetes"]);
    assert_eq!(found[0].evidence, ["Postgres"]);
    assert_eq!(found[1].evidence, ["led"]);
    assert_eq!(found[2].evidence, ["k8s"]);
    assert_eq!(
        matched(&["Amazon Web Services", "Machine learning"], "AWS and ML"),
        ["Amazon Web Services", "Machine learning"]
    );
    assert_eq!(
        matched(
            &["JS", "TS", "Node", ".NET", "C#", "CI/CD"],
            "JavaScript, TypeScript, Node.js, dotnet, csharp, continuous integration"
        ),
        ["JS", "TS", "Node", ".NET", "C#", "CI/CD"]
    );
}

#[test]
fn go_in_prose_is_not_golang() {
    assert!(matched(&["Go"], "We go fast and ship weekly.").is_empty());
    assert_eq!(matched(&["Go"], "We write our services in Go."), ["Go"]);
    assert_eq!(
        matched(&["Golang"], "Backend: go, rust or python"),
        ["Golang"]
    );
}

#[test]
fn cpp_does_not_match_c() {
    assert!(matched(&["C++"], "Experience with C and embedded systems").is_empty());
    assert!(matched(&["C"], "We use C++ and C#").is_empty());
    assert_eq!(matched(&["C", "C++"], "C/C++ on Linux"), ["C", "C++"]);
}

#[test]
fn skills_are_ordered_by_evidence_and_limited() {
    let posting = "Rust services. Rust everywhere, some Python. Rust tooling.";
    let found = matching_skills(&["Python", "Rust"], posting, 10);
    assert_eq!(found[0].skill, "Rust");
    assert!(found[0].score > found[1].score);
    assert_eq!(found[0].evidence, ["Rust"]);
    assert_eq!(matching_skills(&["Python", "Rust"], posting, 1).len(), 1);
    // A two-word skill needs both words.
    assert!(matched(&["Project management"], "a fun project").is_empty());
}

proptest! {
    #[test]
    fn group_is_a_deterministic_partition(
        texts in prop::collection::vec(
            prop_oneof![
                prop::sample::select(vec![
                    "Tell me about a conflict", "Describe a disagreement", "weakness?",
                    "salary expectations", "k8s experience", "", "Go, Rust", "我们 go",
                ])
                .prop_map(String::from),
                any::<String>(),
            ],
            0..30,
        ),
        tags in prop::collection::vec(prop::option::of("[a-zA-Z ]{0,8}"), 30),
    ) {
        let items: Vec<Item<'_>> = texts
            .iter()
            .zip(&tags)
            .map(|(t, tag)| Item { text: t, topic: tag.as_deref() })
            .collect();
        let groups = group(&items);
        let mut all: Vec<usize> = groups.iter().flatten().copied().collect();
        all.sort_unstable();
        prop_assert_eq!(all, (0..items.len()).collect::<Vec<_>>());
        for g in &groups {
            prop_assert!(!g.is_empty());
            prop_assert!(g.windows(2).all(|w| w[0] < w[1]));
        }
        prop_assert!(groups.windows(2).all(|w| w[0].len() > w[1].len()
            || (w[0].len() == w[1].len() && w[0][0] < w[1][0])));
        prop_assert_eq!(group(&items), groups);
    }

    #[test]
    fn similarity_is_symmetric_and_bounded(a in any::<String>(), b in "[a-zA-Z ,.?+#/]{0,40}") {
        let ab = similarity(&a, &b);
        prop_assert_eq!(ab, similarity(&b, &a));
        prop_assert!((0.0..=1.0).contains(&ab));
        for text in [&a, &b] {
            let own = similarity(text, text);
            prop_assert_eq!(own, if concepts(text).is_empty() { 0.0 } else { 1.0 });
        }
    }

    #[test]
    fn skill_matching_never_panics(skill in any::<String>(), posting in any::<String>()) {
        for m in matching_skills(&[&skill], &posting, 3) {
            prop_assert!((0.0..=1.0).contains(&m.score));
            prop_assert!(!m.evidence.is_empty());
        }
    }
}

#[test]
fn a_resume_names_its_skills_once_each() {
    let resume = "Led a team of five. Built services in Rust and Postgres; moved PostgreSQL to Kubernetes (k8s).";
    assert_eq!(skills_in(resume), ["Rust", "Postgres", "Kubernetes"]);
    assert!(skills_in("We go fast and react quickly.").is_empty());
}
