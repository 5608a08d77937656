//! The evaluation of the proofreader on labelled letters, shared by the
//! `eval` example (which prints the table) and the integration test (which
//! asserts the targets).
//!
//! Each file in `eval/letters/` is a letter with a TOML header between `+++`
//! lines: the context of the check and the mistakes seeded in it, each with
//! its class and the exact wrong text (see `eval/README.md`). Scoring:
//!
//! - A seeded mistake is caught when a finding of its class overlaps its text.
//!   Spelling and grammar count for each other: whether "alot" is a spelling
//!   or a grammar slip is the checker's taxonomy, and the writer is told
//!   either way. Mistakes about a whole letter (no greeting, no sign-off, too
//!   long) are caught by a finding of their kind anywhere in the letter.
//! - A finding is correct when it overlaps any seeded mistake (or, for a
//!   whole-letter kind, when the letter has that mistake); every other
//!   finding is a false alarm. Clean letters have no mistakes, so anything
//!   found in them is a false alarm.
//! - Precision counts alarms: errors and warnings. Notes (a capitalised
//!   word inside a sentence that no dictionary has, most likely a name the
//!   data does not hold) never block a letter; they are counted and listed
//!   on their own, and a note on a seeded mistake still counts as catching it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use afterview_proofread::{Context, Finding, FindingKind, LetterKind, Part, Proofreader, Severity};
use serde::Deserialize;

/// One labelled letter.
#[derive(Debug)]
pub struct Letter {
    /// The file name, for reports.
    pub name: String,
    /// The context and the seeded mistakes.
    pub header: Header,
    /// The letter's body.
    pub body: String,
}

/// The TOML header of a letter.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// What the letter is for.
    pub kind: LetterKind,
    /// The subject line.
    pub subject: String,
    /// Who it is to.
    pub recipients: Vec<String>,
    /// This application's company.
    pub company: Option<String>,
    /// Companies of other applications.
    #[serde(default)]
    pub other_companies: Vec<String>,
    /// People of other applications.
    #[serde(default)]
    pub other_people: Vec<String>,
    /// Words that are never misspelled.
    #[serde(default)]
    pub known_words: Vec<String>,
    /// The seeded mistakes.
    #[serde(default)]
    pub mistakes: Vec<Mistake>,
}

/// A seeded mistake.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mistake {
    /// Which kind of finding should catch it.
    pub class: FindingKind,
    /// The exact wrong text; absent for whole-letter mistakes.
    pub text: Option<String>,
    /// Which occurrence of `text` (1-based) when it appears more than once.
    #[serde(default = "first")]
    pub nth: usize,
    /// Where the text is.
    #[serde(default = "body")]
    pub part: Part,
}

fn first() -> usize {
    1
}

fn body() -> Part {
    Part::Body
}

/// Kinds that are about a whole letter rather than a span of it.
fn whole_letter(kind: FindingKind) -> bool {
    matches!(
        kind,
        FindingKind::MissingGreeting | FindingKind::MissingSignOff | FindingKind::TooLong
    )
}

impl Letter {
    /// Reads one letter file.
    pub fn parse(name: &str, text: &str) -> Result<Letter, String> {
        let rest = text
            .strip_prefix("+++\n")
            .ok_or_else(|| format!("{name}: must start with a +++ line"))?;
        let (head, body) = rest
            .split_once("\n+++\n")
            .ok_or_else(|| format!("{name}: the header has no closing +++ line"))?;
        let header: Header = toml::from_str(head).map_err(|e| format!("{name}: {e}"))?;
        let letter = Letter {
            name: name.to_owned(),
            header,
            body: body.to_owned(),
        };
        for m in &letter.header.mistakes {
            if m.text.is_some() && letter.span(m).is_none() {
                return Err(format!(
                    "{name}: the mistake {:?} is not in the letter",
                    m.text
                ));
            }
        }
        Ok(letter)
    }

    /// The subject or the body.
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Subject => &self.header.subject,
            Part::Body => &self.body,
        }
    }

    /// The byte range of a mistake's text, if it has one and it is there.
    pub fn span(&self, m: &Mistake) -> Option<(usize, usize)> {
        let text = m.text.as_deref()?;
        let haystack = self.part(m.part);
        let mut from = 0;
        for _ in 1..m.nth {
            from += haystack[from..].find(text)? + text.len();
        }
        let start = from + haystack[from..].find(text)?;
        Some((start, start + text.len()))
    }

    /// Runs the proofreader on this letter.
    pub fn check(&self, proofreader: &Proofreader) -> Vec<Finding> {
        let h = &self.header;
        let recipients: Vec<&str> = h.recipients.iter().map(String::as_str).collect();
        let other_companies: Vec<&str> = h.other_companies.iter().map(String::as_str).collect();
        let other_people: Vec<&str> = h.other_people.iter().map(String::as_str).collect();
        let known: Vec<&str> = h.known_words.iter().map(String::as_str).collect();
        let ctx = Context {
            letter_kind: h.kind,
            recipient_names: &recipients,
            company: h.company.as_deref(),
            other_companies: &other_companies,
            other_people: &other_people,
            known_words: &known,
        };
        proofreader.check(&h.subject, &self.body, &ctx)
    }

    /// Whether a finding points at a mistake (of any class).
    fn explains(&self, f: &Finding) -> bool {
        self.header.mistakes.iter().any(|m| {
            if whole_letter(f.kind) {
                return m.class == f.kind;
            }
            self.span(m)
                .is_some_and(|(s, e)| m.part == f.part && f.start < e && s < f.end)
        })
    }

    /// Whether a mistake is caught by some finding.
    fn caught_by(&self, m: &Mistake, findings: &[Finding]) -> bool {
        let accepts = |k: FindingKind| {
            k == m.class
                || (matches!(m.class, FindingKind::Spelling | FindingKind::Grammar)
                    && matches!(k, FindingKind::Spelling | FindingKind::Grammar))
        };
        match self.span(m) {
            None => findings.iter().any(|f| f.kind == m.class),
            Some((s, e)) => findings
                .iter()
                .any(|f| accepts(f.kind) && f.part == m.part && f.start < e && s < f.end),
        }
    }
}

/// Reads every `*.txt` letter in a folder, sorted by name.
pub fn load(dir: &Path) -> Result<Vec<Letter>, String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            Letter::parse(&name, &text)
        })
        .collect()
}

/// Counts for one class of mistake and finding.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Seeded mistakes of this class.
    pub seeded: usize,
    /// Of those, how many a finding caught.
    pub caught: usize,
    /// Findings of this kind.
    pub reported: usize,
    /// Of those, how many point at a real mistake.
    pub correct: usize,
    /// Notes of this kind (not counted in `reported`).
    pub notes: usize,
}

impl Counts {
    /// Caught over seeded; 1 when nothing was seeded.
    pub fn recall(&self) -> f64 {
        ratio(self.caught, self.seeded)
    }

    /// Correct over reported; 1 when nothing was reported.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.reported)
    }

    fn add(&mut self, other: Counts) {
        self.seeded += other.seeded;
        self.caught += other.caught;
        self.reported += other.reported;
        self.correct += other.correct;
        self.notes += other.notes;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The result of an evaluation.
#[derive(Debug, Default)]
pub struct Report {
    /// How many letters, and how many of them are clean.
    pub letters: usize,
    /// Letters with no seeded mistake.
    pub clean: usize,
    /// Counts per class.
    pub by_kind: BTreeMap<FindingKind, Counts>,
    /// Seeded mistakes nothing caught: letter, class, text.
    pub misses: Vec<String>,
    /// Alarms that point at no mistake: letter, line, kind, text, message.
    pub false_alarms: Vec<String>,
    /// Every note: letter, line, kind, text, message.
    pub notes: Vec<String>,
}

impl Report {
    /// Counts for one kind.
    pub fn kind(&self, kind: FindingKind) -> Counts {
        self.by_kind.get(&kind).copied().unwrap_or_default()
    }

    /// Wrong people and misspelled names together.
    pub fn names(&self) -> Counts {
        let mut c = self.kind(FindingKind::WrongName);
        c.add(self.kind(FindingKind::MisspelledName));
        c
    }

    /// Every class together.
    pub fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.by_kind.values() {
            c.add(*v);
        }
        c
    }

    /// The table the `eval` example prints.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} letters ({} clean)\n\n{:<28} {:>6} {:>6} {:>7} {:>7} {:>7} {:>9} {:>5}",
            self.letters,
            self.clean,
            "class",
            "seeded",
            "caught",
            "recall",
            "alarms",
            "correct",
            "precision",
            "notes"
        );
        let mut row = |name: &str, c: Counts| {
            let _ = writeln!(
                out,
                "{:<28} {:>6} {:>6} {:>6.1}% {:>7} {:>7} {:>8.1}% {:>5}",
                name,
                c.seeded,
                c.caught,
                100.0 * c.recall(),
                c.reported,
                c.correct,
                100.0 * c.precision(),
                c.notes
            );
        };
        for kind in FindingKind::ALL {
            row(kind.as_str(), self.kind(kind));
        }
        row("names (wrong + misspelled)", self.names());
        row("overall", self.overall());
        if !self.misses.is_empty() {
            let _ = writeln!(out, "\nmissed:");
            for m in &self.misses {
                let _ = writeln!(out, "  {m}");
            }
        }
        if !self.false_alarms.is_empty() {
            let _ = writeln!(out, "\nfalse alarms:");
            for m in &self.false_alarms {
                let _ = writeln!(out, "  {m}");
            }
        }
        if !self.notes.is_empty() {
            let _ = writeln!(out, "\nnotes:");
            for m in &self.notes {
                let _ = writeln!(out, "  {m}");
            }
        }
        out
    }
}

/// Checks every letter and scores the findings.
pub fn evaluate(proofreader: &Proofreader, letters: &[Letter]) -> Report {
    let mut report = Report {
        letters: letters.len(),
        clean: letters
            .iter()
            .filter(|l| l.header.mistakes.is_empty())
            .count(),
        ..Report::default()
    };
    for letter in letters {
        let findings = letter.check(proofreader);
        for m in &letter.header.mistakes {
            let c = report.by_kind.entry(m.class).or_default();
            c.seeded += 1;
            if letter.caught_by(m, &findings) {
                c.caught += 1;
            } else {
                report.misses.push(format!(
                    "{}: {} {:?}",
                    letter.name,
                    m.class.as_str(),
                    m.text.as_deref().unwrap_or("(whole letter)")
                ));
            }
        }
        for f in &findings {
            let text = letter.part(f.part).get(f.start..f.end).unwrap_or("");
            let line = format!(
                "{}: {:?} line {}: {} {:?}: {}",
                letter.name,
                f.part,
                f.line,
                f.kind.as_str(),
                text,
                f.message
            );
            let c = report.by_kind.entry(f.kind).or_default();
            if f.severity == Severity::Note {
                c.notes += 1;
                report.notes.push(line);
            } else {
                c.reported += 1;
                if letter.explains(f) {
                    c.correct += 1;
                } else {
                    report.false_alarms.push(line);
                }
            }
        }
    }
    report
}
