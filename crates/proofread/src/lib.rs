//! Offline proofreading of job-search letters: spelling, grammar, and the
//! mistakes that sink candidates.
//!
//! A thank-you note has to be perfectly written, and the costliest mistakes
//! are not in any dictionary: the company or the interviewer of another
//! application pasted in from an earlier letter, a misspelled interviewer's
//! name, a `[Name]` left from a template. [`Proofreader::check`] finds those
//! with the [`Context`] the caller knows (recipients, company, the other live
//! applications, every known name), and spelling and grammar with Harper, an
//! offline English checker. Known names are never reported as misspelled.
//!
//! Create one [`Proofreader`] per process, as early as possible, and share
//! it (it is `Send + Sync`). [`Proofreader::new`] returns at once and loads
//! Harper's dictionary and builds its rules on the proofreader's own
//! threads: about a fifth of a second of work in release. Harper 3 builds
//! its dictionary from its word list in every process, which took half a
//! second, so afterview builds a vendored Harper (`vendor/harper-core`) that
//! reads it prebuilt, a file that a test holds to be exactly what Harper
//! builds. The first check waits for that, so a command-line tool that
//! creates the proofreader on start-up has it ready about when it has
//! opened its store.
//!
//! Once built, checking a new 250-word letter takes about 6.5 ms in release
//! on two cores (about 10.5 ms on one), and checking it again after an edit
//! a fraction of a millisecond:
//!
//! - Harper runs only the rules a letter needs ([`LETTER_RULES`], about 300
//!   of its 930): each rule costs a little on every clause, and the others
//!   (code, product and place names, regional spelling, style) made up two
//!   thirds of a check;
//! - the paragraphs of a letter are checked in parallel on two threads, and
//!   a paragraph checked before with the same known words is not checked
//!   again;
//! - the known names are indexed once and kept: checking with the same
//!   `known_words` list again reuses the index, so 50,000 names cost
//!   nothing per check; [`KnownNames`] and [`Proofreader::check_with_names`]
//!   let a caller prepare a list itself.
//!
//! ```no_run
//! use afterview_proofread::{Context, LetterKind, Proofreader, Severity, render};
//!
//! let proofreader = Proofreader::new();
//! let ctx = Context {
//!     letter_kind: LetterKind::Thanks,
//!     recipient_names: &["Jane Doe"],
//!     company: Some("Acme"),
//!     other_companies: &["Globex"],
//!     known_words: &["Sam Carter"],
//!     ..Context::default()
//! };
//! let body = "Dear Jnae,\n\nThank you for today at Globex.\n\nBest,\nSam Carter\n";
//! let findings = proofreader.check("Thank you", body, &ctx);
//! assert!(findings.iter().any(|f| f.severity == Severity::Error));
//! print!("{}", render(&findings, "Thank you", body, false));
//! ```
//!
//! Findings in the subject have [`Part::Subject`] and offsets into the
//! subject; everything else is in the body.

mod finding;
mod jargon;
mod known;
mod language;
mod names;
mod phrases;
mod render;
mod rules;
mod shape;
mod template;
mod text;
mod tone;

use std::sync::{Arc, Mutex, PoisonError};

pub use finding::{Context, Finding, FindingKind, LetterKind, Part, Severity};
pub use known::KnownNames;
pub use render::render;
pub use rules::{DISABLED_RULES, LETTER_RULES};

use finding::Hit;
use harper_core::linting::LintKind;
use known::Known;
use language::{Language, LanguageLint};
use names::Scope;
use shape::Layout;
use text::{addresses, is_all_caps, line_column, words};

/// Checks letters; build once per process and share (see the crate docs).
pub struct Proofreader {
    language: Language,
    /// The context's known words of the last check, prepared: an
    /// application passes the same long list with every letter.
    last_known_words: Mutex<KnownNames>,
}

impl Default for Proofreader {
    fn default() -> Self {
        Proofreader::new()
    }
}

impl std::fmt::Debug for Proofreader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Proofreader").finish_non_exhaustive()
    }
}

impl Proofreader {
    /// Starts loading Harper's dictionary and building the rules letters
    /// need, on the proofreader's own threads, and returns at once. That is
    /// the slow part (about a fifth of a second of work in release): do it
    /// once, as early as possible. The first check waits for it;
    /// [`Self::wait_until_ready`] waits without checking.
    pub fn new() -> Proofreader {
        Proofreader {
            language: Language::new(),
            last_known_words: Mutex::new(KnownNames::default()),
        }
    }

    /// Waits until Harper's dictionary and rules are built, which
    /// [`Self::new`] started. A check does not need this: it waits itself.
    pub fn wait_until_ready(&self) {
        self.language.wait_until_ready();
    }

    /// Every finding in a letter, subject first, then in reading order.
    ///
    /// Where two rules flag the same text, the more specific finding is kept
    /// ("Dear Jnae," is a misspelled name, not just a spelling mistake).
    ///
    /// The context's `known_words` are prepared for the check (see
    /// [`KnownNames`]); the last list is remembered, so checking another
    /// letter with the same list does not prepare it again.
    pub fn check(&self, subject: &str, body: &str, ctx: &Context<'_>) -> Vec<Finding> {
        self.check_known(subject, body, ctx, None)
    }

    /// [`Self::check`] with more known names, prepared beforehand: for a
    /// caller with a long list of names (every person and company in the
    /// data) that checks letters for several people, or that keeps the list
    /// apart from the context. The names count as the context's
    /// `known_words` do, and those still count too.
    pub fn check_with_names(
        &self,
        subject: &str,
        body: &str,
        ctx: &Context<'_>,
        names: &KnownNames,
    ) -> Vec<Finding> {
        self.check_known(subject, body, ctx, Some(names))
    }

    /// The context's `known_words`, prepared, from the last check if it had
    /// the same list.
    fn known_words(&self, ctx: &Context<'_>) -> KnownNames {
        let mut last = self
            .last_known_words
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if !last.is_from(ctx.known_words) {
            *last = KnownNames::new(ctx.known_words);
        }
        last.clone()
    }

    /// Every finding, with the known words of the context and `names`.
    fn check_known(
        &self,
        subject: &str,
        body: &str,
        ctx: &Context<'_>,
        names: Option<&KnownNames>,
    ) -> Vec<Finding> {
        let in_context = ctx
            .recipient_names
            .iter()
            .chain(ctx.other_companies)
            .chain(ctx.other_people)
            .chain(ctx.company.as_slice());
        let mut parts = vec![self.known_words(ctx), KnownNames::new(in_context)];
        parts.extend(names.cloned());
        let known = Arc::new(Known::new(parts));
        // Harper's part runs on the proofreader's workers meanwhile.
        let language = self.language.submit(&[subject, body], &known);
        let is_word = |w: &str| self.language.knows_exactly(w);
        let layout = Layout::of(body);
        let mut hits: Vec<(Part, Hit)> = Vec::new();
        for (part, text) in [(Part::Subject, subject), (Part::Body, body)] {
            let scope = match part {
                Part::Subject => Scope {
                    greeting: None,
                    signature_start: text.len(),
                },
                Part::Body => Scope {
                    greeting: layout.greeting,
                    signature_start: layout.signature_start(text.len()),
                },
            };
            let mut found = template::placeholders(text);
            found.extend(names::wrong_company(text, ctx, &is_word));
            found.extend(names::wrong_name(text, ctx, &scope, &is_word));
            found.extend(names::misspelled_in_greeting(text, ctx, &scope));
            found.extend(tone::repeated_words(text));
            found.extend(tone::shouting(text, &|w| known.allows_capitals(w)));
            found.extend(phrases::slips(text));
            hits.extend(found.into_iter().map(|h| (part, h)));
        }
        for (index, hit) in tone::exclamations(&[subject, body]) {
            hits.push((
                if index == 0 {
                    Part::Subject
                } else {
                    Part::Body
                },
                hit,
            ));
        }
        let first_name = ctx
            .recipient_names
            .first()
            .and_then(|n| words(n).first().map(|w| w.text));
        for hit in shape::check(body, &layout, ctx.letter_kind, first_name) {
            hits.push((Part::Body, hit));
        }
        let parts = [(Part::Subject, subject), (Part::Body, body)];
        for ((part, text), lints) in parts.into_iter().zip(language.wait()) {
            for hit in language_hits(lints, text, ctx, &known) {
                hits.push((part, hit));
            }
        }
        place(remove_overlaps(hits), subject, body)
    }
}

/// Harper's findings on one part, without known words, as hits.
fn language_hits(
    lints: Vec<LanguageLint>,
    text: &str,
    ctx: &Context<'_>,
    known: &Known,
) -> Vec<Hit> {
    let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    byte_at.push(text.len());
    let not_prose = addresses(text);
    let mut hits = Vec::new();
    for lint in lints {
        let (Some(&start), Some(&end)) = (byte_at.get(lint.start), byte_at.get(lint.end)) else {
            continue;
        };
        let written = &text[start..end];
        if known.covers(written) || not_prose.iter().any(|&(s, e)| s < end && start < e) {
            continue;
        }
        let mid_sentence = !text::starts_sentence(text, start);
        if let Some(hit) = language_hit(lint, written, (start, end), mid_sentence, ctx, known) {
            hits.push(hit);
        }
    }
    hits
}

/// A Harper lint as a hit, or `None` when letters should not hear about it.
fn language_hit(
    lint: LanguageLint,
    written: &str,
    (start, end): (usize, usize),
    mid_sentence: bool,
    ctx: &Context<'_>,
    known: &Known,
) -> Option<Hit> {
    let kind = match lint.kind {
        LintKind::Spelling => FindingKind::Spelling,
        LintKind::Repetition => FindingKind::RepeatedWord,
        // House style ("configuration" for "config", shorter sentences) is
        // a matter of taste, not a mistake a reader holds against anyone.
        LintKind::Style | LintKind::Enhancement | LintKind::Readability => return None,
        _ => FindingKind::Grammar,
    };
    if kind != FindingKind::Spelling {
        return Some(Hit::new(kind, start, end, lint.message).suggest(lint.suggestions));
    }
    // Acronyms ("SLOs", "OKRs") are not in the dictionary and are rarely typos.
    if is_all_caps(written.trim_end_matches('s')) {
        return None;
    }
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    if capital && let Some(right) = names::near_recipient(written, ctx) {
        return Some(names::misspelled(written, right, start, end));
    }
    // A near miss of a known name ("Qualtircs") is best fixed with the name.
    let near = known.near(written);
    if capital && mid_sentence && near.is_none() {
        // A capitalised word inside a sentence that no dictionary has is
        // most likely a name the data does not hold ("the hiring manager,
        // Rohan"): worth a look, not worth blocking a letter over.
        let mut hit = Hit::new(
            kind,
            start,
            end,
            format!(
                "\"{written}\" is not in the dictionary; if it is a name, check how it is spelled."
            ),
        );
        hit.severity = Severity::Note;
        return Some(hit);
    }
    let mut suggestions: Vec<String> = near.into_iter().collect();
    for s in lint.suggestions {
        if !suggestions.contains(&s) && suggestions.len() < 3 {
            suggestions.push(s);
        }
    }
    let message = match suggestions.as_slice() {
        [] => format!("\"{written}\" looks misspelled; check its spelling."),
        [only] => format!("\"{written}\" looks misspelled; did you mean \"{only}\"?"),
        [init @ .., last] => format!(
            "\"{written}\" looks misspelled; did you mean {} or \"{last}\"?",
            init.iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Some(Hit::new(kind, start, end, message).suggest(suggestions))
}

/// How strongly a kind of finding claims its span when two overlap: the
/// letter-specific rules know more than the general checker.
fn precedence(kind: FindingKind) -> u8 {
    match kind {
        FindingKind::Placeholder => 0,
        FindingKind::WrongCompany => 1,
        FindingKind::WrongName => 2,
        FindingKind::MisspelledName => 3,
        FindingKind::RepeatedWord => 4,
        FindingKind::Shouting => 5,
        FindingKind::Spelling => 6,
        FindingKind::Grammar => 7,
        FindingKind::Exclamations => 8,
        FindingKind::TooLong => 9,
        FindingKind::MissingGreeting => 10,
        FindingKind::MissingSignOff => 11,
    }
}

/// Keeps the strongest finding where findings overlap in the same part.
///
/// A letter-wide finding (too long) overlaps everything, and findings about
/// something missing cover nothing; both kinds always stay.
fn remove_overlaps(mut hits: Vec<(Part, Hit)>) -> Vec<(Part, Hit)> {
    hits.sort_by_key(|(part, h)| (precedence(h.kind), *part, h.start, h.end));
    let mut kept: Vec<(Part, Hit)> = Vec::new();
    for (part, hit) in hits {
        let spans_text = hit.start < hit.end && hit.kind != FindingKind::TooLong;
        let clash = spans_text
            && kept.iter().any(|(p, k)| {
                *p == part
                    && k.kind != FindingKind::TooLong
                    && k.start < hit.end
                    && hit.start < k.end
            });
        if !clash {
            kept.push((part, hit));
        }
    }
    kept
}

/// Hits as findings with lines and columns, in reading order.
fn place(hits: Vec<(Part, Hit)>, subject: &str, body: &str) -> Vec<Finding> {
    let mut findings: Vec<Finding> = hits
        .into_iter()
        .map(|(part, hit)| {
            let text = match part {
                Part::Subject => subject,
                Part::Body => body,
            };
            let (line, column) = line_column(text, hit.start);
            Finding {
                kind: hit.kind,
                severity: hit.severity,
                part,
                line,
                column,
                start: hit.start,
                end: hit.end,
                message: hit.message,
                suggestions: hit.suggestions,
            }
        })
        .collect();
    findings.sort_by_key(|f| (f.part, f.start, f.end, f.kind));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proofreader_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Proofreader>();
    }

    #[test]
    fn known_words_cover_possessives_and_hyphenated_names() {
        let ctx = Context {
            recipient_names: &["Marguerite Okonkwo-Bell"],
            company: Some("Xero"),
            ..Context::default()
        };
        let names = KnownNames::new(ctx.recipient_names.iter().chain(ctx.company.as_slice()));
        let known = Known::new(vec![names]);
        assert!(known.covers("Xero's"));
        assert!(known.covers("Okonkwo-Bell"));
        assert!(!known.covers("Xerox"));
    }
}
