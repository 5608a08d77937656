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
//! Build one [`Proofreader`] per process and share it: it holds Harper's
//! dictionary and rules, which take about half a second to build (most of it
//! the dictionary), while a check then takes a few milliseconds. It is
//! `Send + Sync`; a command-line tool can build it on a background thread
//! while it does other work (opening the store, waiting for `$EDITOR`).
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
mod language;
mod names;
mod phrases;
mod render;
mod shape;
mod template;
mod text;
mod tone;

use std::collections::HashSet;

pub use finding::{Context, Finding, FindingKind, LetterKind, Part, Severity};
pub use language::DISABLED_RULES;
pub use render::render;

use finding::Hit;
use harper_core::linting::LintKind;
use language::{Language, LanguageLint};
use names::Scope;
use shape::Layout;
use text::{
    addresses, capitalized, is_all_caps, line_column, name_distance, name_tolerance, words,
};

/// Checks letters; build once per process and share (see the crate docs).
pub struct Proofreader {
    language: Language,
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
    /// Builds Harper's dictionary and the rules letters need. This is the
    /// slow part (about half a second in release); do it once.
    pub fn new() -> Proofreader {
        Proofreader {
            language: Language::new(),
        }
    }

    /// Every finding in a letter, subject first, then in reading order.
    ///
    /// Where two rules flag the same text, the more specific finding is kept
    /// ("Dear Jnae," is a misspelled name, not just a spelling mistake).
    pub fn check(&self, subject: &str, body: &str, ctx: &Context<'_>) -> Vec<Finding> {
        let known = Known::new(ctx);
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
            found.extend(self.language_hits(text, ctx, &known));
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
        place(remove_overlaps(hits), subject, body)
    }

    /// Harper's findings on one part, without known words, as hits.
    fn language_hits(&self, text: &str, ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
        let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        byte_at.push(text.len());
        let not_prose = addresses(text);
        let mut hits = Vec::new();
        for lint in self.language.lint(text, &known.lower) {
            let (Some(&start), Some(&end)) = (byte_at.get(lint.start), byte_at.get(lint.end))
            else {
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

/// The known words of one check: every name in the context, as words.
struct Known {
    /// Lowercase words, for the spelling filter.
    lower: HashSet<String>,
    /// Words as written, for near-miss suggestions and acronyms.
    exact: Vec<String>,
}

impl Known {
    fn new(ctx: &Context<'_>) -> Known {
        let mut exact: Vec<String> = Vec::new();
        let lists = [
            ctx.known_words,
            ctx.recipient_names,
            ctx.other_companies,
            ctx.other_people,
            ctx.company.as_slice(),
        ];
        for entry in lists.into_iter().flatten() {
            for w in words(entry) {
                if !exact.iter().any(|e| e == w.text) {
                    exact.push(w.text.to_owned());
                }
            }
        }
        let mut lower: HashSet<String> = exact.iter().map(|w| w.to_lowercase()).collect();
        lower.extend(jargon::WORDS.iter().map(|w| (*w).to_owned()));
        lower.extend(
            shape::GREETINGS_ABROAD
                .iter()
                .flat_map(|g| g.split(' '))
                .map(str::to_owned),
        );
        Known { lower, exact }
    }

    /// Whether every word of `text` is known ("Acme's" and "Okonkwo-Bell"
    /// included: a lone "s" after an apostrophe is not a word of its own),
    /// allowing plurals ("runbooks").
    fn covers(&self, text: &str) -> bool {
        let ws = words(text);
        !ws.is_empty() && ws.iter().all(|w| w.text == "s" || self.knows(w.text))
    }

    /// Whether one word is known, or is the plural of a known word.
    fn knows(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.lower.contains(&lower)
            || ["s", "es"].iter().any(|end| {
                lower
                    .strip_suffix(end)
                    .is_some_and(|stem| self.lower.contains(stem))
            })
    }

    /// Whether a word in capitals is a known one: as written ("AWS"), or a
    /// known word that has capitals of its own ("gRPC" for "GRPC").
    fn allows_capitals(&self, word: &str) -> bool {
        self.exact.iter().any(|k| {
            k == word
                || (k.eq_ignore_ascii_case(word)
                    && k.chars().filter(|c| c.is_uppercase()).count() > 1)
        })
    }

    /// The closest known word to a misspelled one, if it is close enough.
    fn near(&self, word: &str) -> Option<String> {
        self.exact
            .iter()
            .map(|k| (name_distance(word, k), k))
            .filter(|(d, k)| *d > 0 && *d <= name_tolerance(k) && k.chars().count() > 3)
            .min_by_key(|(d, _)| *d)
            .map(|(_, k)| {
                if word.chars().next().is_some_and(char::is_uppercase) {
                    capitalized(k)
                } else {
                    k.clone()
                }
            })
    }
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
        let known = Known::new(&ctx);
        assert!(known.covers("Xero's"));
        assert!(known.covers("Okonkwo-Bell"));
        assert!(!known.covers("Xerox"));
    }
}
