//! The hand-written word lists behind similarity: stop words and concept groups.
//!
//! Interview questions say the same thing in many words ("conflict",
//! "disagreement", "tension"), and job postings name the same tool in many
//! spellings ("PostgreSQL", "Postgres"). Each concept group below folds such
//! words into one key. The lists are data, so extending them needs no change to
//! the algorithm; the tests in `similar/tests.rs` pin the behaviour people rely on.

use std::sync::OnceLock;

use super::stem::stem;

/// What a concept group names, which decides how much a shared concept counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// What an interview question is about (conflict, failure, salary).
    Topic,
    /// A technology or tool (PostgreSQL, Kubernetes).
    Skill,
    /// Who or what surrounds the topic (a manager, a gap in experience).
    Context,
}

impl Kind {
    /// The weight of a shared concept of this kind; plain words weigh [`PLAIN_WEIGHT`].
    pub(super) fn weight(self) -> f64 {
        match self {
            Kind::Topic | Kind::Skill => 3.0,
            Kind::Context => 1.0,
        }
    }
}

/// The weight of a word that belongs to no concept group.
pub(super) const PLAIN_WEIGHT: f64 = 1.0;

/// One concept group: its key, its kind and the words (or phrases) that mean it.
pub(super) struct Group {
    pub key: &'static str,
    pub kind: Kind,
    /// The words and phrases, separated by commas.
    words: &'static str,
}

impl Group {
    fn words(&self) -> impl Iterator<Item = &'static str> {
        self.words
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
    }
}

const fn topic(key: &'static str, words: &'static str) -> Group {
    Group {
        key,
        kind: Kind::Topic,
        words,
    }
}

const fn skill(key: &'static str, words: &'static str) -> Group {
    Group {
        key,
        kind: Kind::Skill,
        words,
    }
}

const fn context(key: &'static str, words: &'static str) -> Group {
    Group {
        key,
        kind: Kind::Context,
        words,
    }
}

/// Skill words that are also everyday English ("we go fast", "react to feedback").
///
/// In prose they count as the technology only when written with a capital
/// letter inside a sentence ("services in Go") or next to another technology
/// ("Go, Rust or Python"); in a skill list they always do.
pub(super) const AMBIGUOUS: &[&str] = &[
    "go", "react", "swift", "spring", "express", "node", "c", "rest", "spark",
];

/// Words that carry no concept: English function words, separated by spaces.
const STOP_WORDS: &str = "\
    a about above after again against all also am an and any are as at be because been before \
    being below between both but by can could did do does doing done down during each else ever \
    every few for from further get gets getting got had has have having he her here hers herself \
    him himself his how however i if in into is it its itself just let lets like may me might more \
    most much must my myself no nor not now of off on once only or other our ours ourselves out \
    over own per please quite rather really same she should so some such than that the their \
    theirs them themselves then there these they this those through to too under until up upon us \
    very was we were what whats when where whether which while who whom whose why will with would \
    yet you your yours yourselves don doesn didn isn wasn aren won wouldn couldn shouldn haven \
    hasn ll ve re im ive youre id dont cant etc eg ie yes ok okay maybe perhaps everything \
    everyone anyone nothing";

/// Interview filler: the frame of a question ("tell me about a time"), not its subject.
const FILLER_WORDS: &str = "\
    tell describe time times give example examples instance walk share explain talk discuss \
    situation situations scenario handle handled handling deal dealt approach approached someone \
    somebody something anything thing things way ways one recent recently past previous last \
    particular specific specifically greatest biggest best main think know say said asked ask \
    asking question questions answer answered better interview interviewer interviewers came come \
    comes went going go make made take took want wanted need needed use used using work worked \
    working job role position company years year lot lots many kind bit well good great able \
    sure new felt feel seemed seem worried worry concern concerned concerns mention mentioned \
    brought bring raised raise point pointed noted often usually would situational";

/// The concept groups. Earlier groups win when two words share a stem.
const GROUPS: &[Group] = &[
    // What interview questions are about.
    topic(
        "conflict",
        "conflict, conflicts, disagreement, disagree, disagreed, argument, argue, argued, \
        dispute, tension, tensions, clash, friction, confrontation, confront, pushback, \
        push back, pushed back",
    ),
    topic(
        "failure",
        "failure, fail, failed, mistake, mistakes, setback, error, errors, went wrong, go wrong, \
        messed up, screwed up, regret, blunder",
    ),
    topic(
        "weakness",
        "weakness, weak, weaker, improve, improvement, development area, area for improvement, \
        areas for improvement, shortcoming, flaw",
    ),
    topic(
        "strength",
        "strength, strengths, strong, strongest, good at, best at, excel, talent",
    ),
    topic(
        "leadership",
        "leadership, lead, leads, led, leading, leader, mentor, mentored, mentoring, mentorship, \
        coach, coaching, manage, managed, managing, management, take charge, took charge, \
        direct reports",
    ),
    topic(
        "teamwork",
        "teamwork, collaborate, collaborated, collaboration, collaborative, cooperate, \
        cooperation, cross-functional, work with others, together",
    ),
    topic(
        "pressure",
        "deadline, deadlines, pressure, stress, stressful, stressed, prioritise, prioritize, \
        prioritisation, prioritization, priority, priorities, overload, overloaded, juggle, \
        multitask, multitasking, urgent, time management, workload",
    ),
    topic(
        "salary",
        "salary, compensation, pay, paid, expectation, expectations, equity, bonus, wage, money, \
        comp, total comp",
    ),
    topic(
        "motivation",
        "motivation, motivate, motivated, motivates, interest, interested, passion, passionate, \
        excite, excited, exciting, inspire, why us, why this company, why this role, why here, \
        want to work, want to join",
    ),
    topic(
        "design",
        "design, designed, designing, architecture, architect, architected, system, systems, \
        scalable, scalability, scale, scaling, distributed",
    ),
    topic(
        "debugging",
        "debug, debugging, debugged, incident, incidents, outage, outages, troubleshoot, \
        troubleshooting, bug, bugs, root cause, postmortem, post-mortem, production issue, \
        production issues, on-call, on call, diagnose, firefighting",
    ),
    topic(
        "feedback",
        "feedback, criticism, criticise, criticize, criticised, criticized, critique, \
        constructive, performance review",
    ),
    topic(
        "stakeholders",
        "stakeholder, stakeholders, customer, customers, client, clients, user, users",
    ),
    topic(
        "ambiguity",
        "ambiguity, ambiguous, uncertainty, uncertain, unclear, change, changes, changing, \
        adapt, adapted, adaptable, adaptability, flexible, flexibility, pivot",
    ),
    topic(
        "learning",
        "learn, learned, learnt, learning, curiosity, curious, self-taught, pick up, picked up, \
        upskill, new technology, new skill",
    ),
    topic(
        "achievement",
        "achievement, achievements, accomplish, accomplished, accomplishment, proud, proudest, \
        success, successful, succeed, impact",
    ),
    topic(
        "career",
        "goal, goals, future, aspiration, aspirations, ambition, ambitions, career, long term, \
        long-term, see yourself, in five years, in 5 years, in ten years, in 10 years, five-year, \
        5-year",
    ),
    topic(
        "background",
        "yourself, background, resume, résumé, cv, introduce, introduction, your story",
    ),
    topic(
        "leaving",
        "leave, leaving, left, quit, quitting, resign, resigned, departure, laid off, layoff, \
        layoffs, fired, was let go, were let go, been let go, being let go",
    ),
    topic(
        "communication",
        "communicate, communication, communicating, communicated, presentation, presentations, \
        articulate, non-technical, nontechnical, explain to",
    ),
    topic(
        "influence",
        "persuade, persuaded, convince, convinced, influence, influenced, buy-in, buy in, \
        negotiate, negotiation, advocate",
    ),
    topic(
        "ownership",
        "initiative, ownership, proactive, above and beyond, extra mile, self-starter, \
        independently, autonomy, autonomous",
    ),
    topic(
        "algorithms",
        "algorithm, algorithms, data structure, data structures, complexity, big o, big-o, \
        leetcode, recursion, hash map, hashmap, dynamic programming",
    ),
    topic(
        "performance",
        "performance, optimise, optimize, optimised, optimized, optimisation, optimization, \
        latency, throughput, efficient, efficiency, speed up",
    ),
    topic(
        "testing",
        "test, tests, testing, tested, tdd, qa, quality, unit test, unit tests, \
        integration test, integration tests, test coverage",
    ),
    topic(
        "code-review",
        "code review, code reviews, pull request, pull requests, review, reviews, reviewing",
    ),
    topic(
        "decisions",
        "decision, decisions, decide, decided, tradeoff, tradeoffs, trade-off, trade-offs, \
        trade off, judgement, judgment, choose, chose, choice",
    ),
    topic(
        "ethics",
        "ethics, ethical, unethical, integrity, honest, honesty, cut corners, dilemma",
    ),
    topic(
        "workplace",
        "remote, hybrid, office, onsite, on-site, relocate, relocation, relocating, commute, \
        location",
    ),
    topic(
        "availability",
        "notice, notice period, availability, start date, visa, sponsorship",
    ),
    topic("culture", "culture, values, mission, environment, fit"),
    topic(
        "work-life",
        "work-life, work life balance, burnout, burned out, burnt out, overtime, balance",
    ),
    topic(
        "questions-for-them",
        "questions for us, questions for me, any questions, questions for the team",
    ),
    topic(
        "estimation",
        "estimate, estimates, estimation, estimated, story points, scope, scoping, timeline, \
        timelines",
    ),
    topic(
        "tech-debt",
        "technical debt, tech debt, legacy, refactor, refactoring, refactored, rewrite, rewrote, \
        migration, migrate, migrated",
    ),
    topic(
        "documentation",
        "documentation, document, documented, docs, readme",
    ),
    topic(
        "data",
        "data, metric, metrics, analytics, data-driven, measure, measured, kpi, kpis, dashboard",
    ),
    topic(
        "security",
        "security, secure, vulnerability, vulnerabilities, authentication, authorization, \
        encryption, privacy",
    ),
    topic(
        "product",
        "product, products, roadmap, feature, features, requirements, user story, user stories",
    ),
    topic(
        "hiring",
        "hire, hired, hiring, recruit, recruiting, onboard, onboarding",
    ),
    // Who or what surrounds a topic: counts, but less than the topic itself.
    context(
        "manager",
        "manager, managers, boss, supervisor, line manager, skip-level",
    ),
    context(
        "people",
        "team, teams, colleague, colleagues, coworker, coworkers, co-worker, co-workers, peer, \
        peers, teammate, teammates, others, people",
    ),
    context(
        "gap",
        "gap, gaps, lack, lacking, lacked, missing, without, limited, insufficient, not enough",
    ),
    context(
        "experience",
        "experience, experienced, experiences, hands-on",
    ),
    context(
        "problem",
        "problem, problems, challenge, challenges, challenging, difficult, difficulty, hard, \
        obstacle, obstacles, tough, complex",
    ),
    // "Production" stems to "product", so it needs a group of its own to stay apart.
    context("production", "production, prod"),
    context("productivity", "productive, productivity"),
    context(
        "behavioural",
        "behavioural, behavioral, behaviour, behavior",
    ),
    context(
        "technical",
        "technical, technically, tech, technology, technologies, engineering",
    ),
    // Technologies, with the spellings postings use.
    skill("postgresql", "postgresql, postgres, psql, pgsql, postgre"),
    skill("mysql", "mysql, mariadb"),
    skill("sqlite", "sqlite, sqlite3"),
    skill("sql", "sql"),
    skill("nosql", "nosql"),
    skill("mongodb", "mongodb, mongo"),
    skill("redis", "redis"),
    skill("kafka", "kafka"),
    skill("elasticsearch", "elasticsearch, elastic search"),
    skill("kubernetes", "kubernetes, k8s, kube"),
    skill("docker", "docker"),
    skill("terraform", "terraform"),
    skill("aws", "aws, amazon web services"),
    skill("gcp", "gcp, google cloud, google cloud platform"),
    skill("azure", "azure"),
    skill("javascript", "javascript, js, ecmascript, es6"),
    skill("typescript", "typescript, ts"),
    skill("go", "go, golang, go-lang"),
    skill("rust", "rust, rustlang"),
    skill("python", "python, python3"),
    skill("java", "java"),
    skill("kotlin", "kotlin"),
    skill("scala", "scala"),
    skill("ruby", "ruby"),
    skill("rails", "rails, ruby on rails"),
    skill("php", "php"),
    skill("swift", "swift"),
    skill("objective-c", "objective-c, objc"),
    skill("c", "c"),
    skill("c++", "c++, cpp"),
    skill("c#", "c#, csharp, c-sharp"),
    skill(".net", ".net, dotnet, asp.net, .net core"),
    skill("elixir", "elixir"),
    skill("erlang", "erlang"),
    skill("haskell", "haskell"),
    skill("clojure", "clojure"),
    skill("perl", "perl"),
    skill("node.js", "node.js, nodejs, node"),
    skill("react", "react, react.js, reactjs, react native"),
    skill("vue", "vue, vue.js, vuejs"),
    skill("angular", "angular, angularjs"),
    skill("express", "express, express.js, expressjs"),
    skill("spring", "spring, spring boot"),
    skill("django", "django"),
    skill("spark", "spark, pyspark, apache spark"),
    skill("graphql", "graphql"),
    skill("grpc", "grpc"),
    skill("rest", "rest, restful, rest api, rest apis"),
    skill(
        "ci/cd",
        "ci/cd, cicd, ci, ci cd, continuous integration, continuous delivery, \
        continuous deployment",
    ),
    skill("machine-learning", "ml, machine learning"),
    skill("ai", "ai, artificial intelligence"),
    skill("linux", "linux"),
    skill("git", "git"),
    skill(
        "microservices",
        "microservices, microservice, micro-services",
    ),
    skill("frontend", "frontend, front-end, front end"),
    skill("backend", "backend, back-end, back end"),
    skill("html", "html, html5"),
    skill("css", "css, css3"),
];

/// Every stop word and filler word.
fn stop_words() -> impl Iterator<Item = &'static str> {
    STOP_WORDS
        .split_whitespace()
        .chain(FILLER_WORDS.split_whitespace())
}

pub(super) use crate::hash::FastMap;
use crate::hash::FastSet;

/// The lookup tables built once from [`GROUPS`], [`STOP_WORDS`] and [`FILLER_WORDS`].
pub(super) struct Lexicon {
    /// A lower-case word as written, to its group.
    words: FastMap<&'static str, usize>,
    /// The stem of a word of a topic or context group, to its group.
    stems: FastMap<String, usize>,
    /// Multi-word phrases by the stem of their first word: (stems, group), longest first.
    phrases: FastMap<String, Vec<(Vec<String>, usize)>>,
    stop: FastSet<&'static str>,
    /// The stems of the stop words, so that "talked" and "describing" are filler too.
    stop_stems: FastSet<String>,
    ambiguous: FastSet<&'static str>,
}

/// The shared lexicon, built on first use.
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lexicon = Lexicon {
            words: FastMap::default(),
            stems: FastMap::default(),
            phrases: FastMap::default(),
            stop: stop_words().collect(),
            stop_stems: stop_words().map(stem).collect(),
            ambiguous: AMBIGUOUS.iter().copied().collect(),
        };
        for (index, group) in GROUPS.iter().enumerate() {
            for word in group.words() {
                if word.contains(' ') {
                    let stems: Vec<String> = word.split(' ').map(stem).collect();
                    lexicon
                        .phrases
                        .entry(stems[0].clone())
                        .or_default()
                        .push((stems, index));
                    continue;
                }
                lexicon.words.entry(word).or_insert(index);
                // Skills are matched as spelled: stemming "react" or "spring"
                // would catch "reacting" and "springs".
                if group.kind != Kind::Skill {
                    lexicon.stems.entry(stem(word)).or_insert(index);
                }
            }
        }
        for list in lexicon.phrases.values_mut() {
            list.sort_by_key(|(stems, _)| std::cmp::Reverse(stems.len()));
        }
        lexicon
    }

    /// The group of a word exactly as written (lower-case), if it has one.
    pub(super) fn word(&self, lower: &str) -> Option<&'static Group> {
        self.words.get(lower).map(|&i| &GROUPS[i])
    }

    /// The group of a stem, if a topic or context word has it.
    pub(super) fn stem(&self, stem: &str) -> Option<&'static Group> {
        self.stems.get(stem).map(|&i| &GROUPS[i])
    }

    /// The longest phrase at the start of `stems`: its length in words and its group.
    pub(super) fn phrase(&self, stems: &[String]) -> Option<(usize, &'static Group)> {
        let candidates = self.phrases.get(stems.first()?)?;
        candidates.iter().find_map(|(phrase, index)| {
            let matches = stems.len() >= phrase.len() && stems[..phrase.len()] == phrase[..];
            matches.then_some((phrase.len(), &GROUPS[*index]))
        })
    }

    /// Whether a word (lower-case, and its stem) is a stop word or interview filler.
    pub(super) fn is_stop(&self, lower: &str, stem: &str) -> bool {
        self.stop.contains(lower) || self.stop_stems.contains(stem)
    }

    /// Whether a skill word is also an everyday English word.
    pub(super) fn is_ambiguous(&self, lower: &str) -> bool {
        self.ambiguous.contains(lower)
    }

    /// Whether a lower-case token should be kept whole by the tokeniser (c++, node.js, ci/cd).
    pub(super) fn is_whole(&self, lower: &str) -> bool {
        self.words.contains_key(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ambiguous_word_is_a_skill_spelling() {
        let lexicon = lexicon();
        for word in AMBIGUOUS {
            let group = lexicon.word(word).expect("an ambiguous word is in a group");
            assert_eq!(group.kind, Kind::Skill, "{word}");
        }
    }

    #[test]
    fn no_group_word_is_filler_by_accident() {
        // A group word that is also filler, or shares a stem with filler
        // ("quit" and "quite", "others" and "other"), is found only as
        // written, never through an inflection; these are the ones meant that way.
        let allowed = ["go", "yourself", "quit", "quitting", "others"];
        let lexicon = lexicon();
        let filler: Vec<&str> = GROUPS
            .iter()
            .flat_map(|g| g.words())
            .filter(|w| !w.contains(' ') && !allowed.contains(w))
            .filter(|w| lexicon.is_stop(w, &stem(w)))
            .collect();
        assert!(filler.is_empty(), "group words that are filler: {filler:?}");
    }

    #[test]
    fn phrases_are_found_longest_first() {
        let lexicon = lexicon();
        let stems = |words: &[&str]| words.iter().map(|w| stem(w)).collect::<Vec<_>>();
        let (len, group) = lexicon
            .phrase(&stems(&["google", "cloud", "platform", "x"]))
            .unwrap();
        assert_eq!((len, group.key), (3, "gcp"));
        assert_eq!(lexicon.phrase(&stems(&["google", "cloud"])).unwrap().0, 2);
        assert!(lexicon.phrase(&stems(&["google"])).is_none());
    }
}
