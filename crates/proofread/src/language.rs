//! Spelling and grammar through Harper, tuned for short letters.
//!
//! Harper (`harper-core`) is an offline English checker with its dictionary
//! compiled in. Building is the expensive part of proofreading: about half
//! a second in release, nearly all of it Harper's dictionaries, which it
//! builds from source text into process-wide statics on first use (the word
//! list expanded with its affixes, then an FST for fuzzy search, then a trie
//! for split words). The rule set itself takes about 5 ms once those exist,
//! so building fewer rules would not make the first check faster. A check
//! then takes a few milliseconds.
//!
//! Harper's linters need `&mut self` (they cache per clause), so the rule
//! set sits behind a mutex: concurrent checks take turns, which costs little
//! at a few milliseconds each.
//!
//! Spelling is checked here rather than by Harper's `SpellCheck` rule (see
//! [`DISABLED_RULES`]): a word is correct in any English dialect, the
//! letter's own names are correct, and suggestions come from at most three
//! edits away. Harper reports spans in characters; this module hands them
//! on as they are and the caller converts them to byte offsets.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use harper_core::linting::{Lint, LintGroup, LintKind, StructuredConfig, Suggestion};
use harper_core::spell::{
    CanonicalWordId, Dictionary, FstDictionary, FuzzyMatchResult, suggest_correct_spelling,
};
use harper_core::{CharStringExt, Dialect, DictWordMetadata, Document, NounData};

/// Harper rules that are switched off for letters, each with the reason.
///
/// Each was seen firing on correct letters in the evaluation set (see
/// `eval/`), or asks for a house style that is not a mistake in a letter.
pub const DISABLED_RULES: &[(&str, &str)] = &[
    (
        "SpellCheck",
        "replaced by this crate's own spelling check, which accepts every English dialect's spelling, knows the letter's names and searches at most three edits away (Harper's goes to four, which costs a third of a second the first time on each thread)",
    ),
    (
        "RoadMap",
        "flags \"roadmap\", the usual spelling in product and engineering letters",
    ),
    (
        "GoodAt",
        "reads \"things are good in Sydney\" as a skill (\"good at\"); letters say where people are",
    ),
];

/// What Harper found, with its span still in characters.
#[derive(Debug, Clone)]
pub(crate) struct LanguageLint {
    /// Harper's category for it.
    pub kind: LintKind,
    /// First character of the span.
    pub start: usize,
    /// One past the last character of the span.
    pub end: usize,
    /// Harper's message, with its Markdown code quotes turned into plain quotes.
    pub message: String,
    /// Replacements for the span, best first.
    pub suggestions: Vec<String>,
}

/// Harper's dictionary and the rules letters need, built once.
pub(crate) struct Language {
    words: Arc<LetterWords>,
    rules: Mutex<LintGroup>,
}

impl Language {
    /// Builds the dictionary and the rule set, with [`DISABLED_RULES`] off.
    pub fn new() -> Language {
        let words = Arc::new(LetterWords::new(FstDictionary::curated()));
        let group = LintGroup::new_curated(words.clone(), Dialect::American);
        // The curated configuration is read again rather than taken from the
        // group (whose configuration is private); it is a small JSON file.
        let mut config = StructuredConfig::curated()
            .to_flat_config()
            .expect("Harper's curated configuration is valid");
        for (rule, _) in DISABLED_RULES {
            config.set_rule_enabled(*rule, false);
        }
        Language {
            words,
            rules: Mutex::new(group.with_lint_config(config)),
        }
    }

    /// Harper's findings and misspelled words in one piece of plain text.
    ///
    /// `known` holds the letter's own words (names, skills), lowercase: they
    /// are proper nouns for this check, so they are neither misspelled nor
    /// mistaken for other parts of speech.
    pub fn lint(&self, text: &str, known: &HashSet<String>) -> Vec<LanguageLint> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        // A panic inside Harper while another check held the lock leaves
        // the rule set usable: its only state is a cache.
        let mut rules = self.rules.lock().unwrap_or_else(PoisonError::into_inner);
        self.words.set_known(known);
        let document = Document::new_plain_english(text, &*self.words);
        let organized = rules.organized_lints(&document);
        let source = document.get_source();
        let mut out = Vec::new();
        for (rule, lints) in organized {
            if DISABLED_RULES.iter().any(|(r, _)| *r == rule) {
                continue;
            }
            out.extend(lints.into_iter().map(|lint| convert(lint, source)));
        }
        out.extend(self.misspelled(&document));
        out
    }

    /// Words that no English dialect's dictionary has and the letter does
    /// not know, with the closest dictionary words as suggestions.
    fn misspelled(&self, document: &Document) -> Vec<LanguageLint> {
        let source = document.get_source();
        let mut out = Vec::new();
        for token in document.get_tokens() {
            if !token.kind.is_word() {
                continue;
            }
            let word = &source[token.span.start..token.span.end];
            if word.len() < 2 || word.iter().any(char::is_ascii_digit) || self.words.has(word) {
                continue;
            }
            out.push(LanguageLint {
                kind: LintKind::Spelling,
                start: token.span.start,
                end: token.span.end,
                message: String::new(),
                suggestions: self.suggestions(word),
            });
        }
        out
    }

    /// Up to three dictionary words close to a misspelled one, best first,
    /// capitalised like it.
    fn suggestions(&self, word: &[char]) -> Vec<String> {
        let capital = word.first().is_some_and(|c| c.is_uppercase());
        for distance in 2..=3 {
            let mut found: Vec<String> = Vec::new();
            for s in suggest_correct_spelling(word, 100, distance, &*self.words.base) {
                let mut s: String = s.iter().collect();
                if capital && s.chars().skip(1).all(|c| !c.is_uppercase()) {
                    s = crate::text::capitalized(&s);
                }
                if !found.iter().any(|f| f.to_lowercase() == s.to_lowercase()) {
                    found.push(s);
                }
                if found.len() == 3 {
                    break;
                }
            }
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// Whether `word` is in the dictionary exactly as written.
    pub fn knows_exactly(&self, word: &str) -> bool {
        self.words.base.contains_exact_word_str(word)
    }
}

/// Harper's curated dictionary plus the words of the letter being checked.
///
/// Harper asks its dictionary whether a word exists and what part of speech
/// it is; answering "a proper noun" for the letter's names keeps them from
/// being read as typos by the grammar rules too. The extra words are set
/// before each check, under the rule set's lock, so checks never see each
/// other's words.
struct LetterWords {
    base: Arc<FstDictionary>,
    known: RwLock<HashSet<String>>,
    proper_noun: DictWordMetadata,
}

impl LetterWords {
    fn new(base: Arc<FstDictionary>) -> LetterWords {
        LetterWords {
            base,
            known: RwLock::new(HashSet::new()),
            proper_noun: DictWordMetadata {
                noun: Some(NounData {
                    is_proper: Some(true),
                    is_singular: Some(true),
                    ..NounData::default()
                }),
                ..DictWordMetadata::default()
            },
        }
    }

    fn set_known(&self, words: &HashSet<String>) {
        let mut known = self.known.write().unwrap_or_else(PoisonError::into_inner);
        known.clone_from(words);
    }

    /// Whether a word is one of the letter's own, or the plural of one.
    fn is_known(&self, word: &[char]) -> bool {
        let lower: String = word.iter().flat_map(|c| c.to_lowercase()).collect();
        let known = self.known.read().unwrap_or_else(PoisonError::into_inner);
        known.contains(&lower)
            || ["s", "es"].iter().any(|end| {
                lower
                    .strip_suffix(end)
                    .is_some_and(|stem| known.contains(stem))
            })
    }

    /// Whether a word is correctly spelled: in the dictionary in any dialect
    /// and any of its usual capitalisations, or known to the letter.
    fn has(&self, word: &[char]) -> bool {
        let normal = word.normalized();
        self.base.contains_exact_word(word)
            || self.base.contains_exact_word(&normal)
            || self.base.contains_exact_word(&normal.to_lower())
            || self.is_known(word)
    }
}

impl Dictionary for LetterWords {
    fn contains_word(&self, word: &[char]) -> bool {
        self.base.contains_word(word) || self.is_known(word)
    }

    fn contains_word_str(&self, word: &str) -> bool {
        self.contains_word(&word.chars().collect::<Vec<_>>())
    }

    fn contains_exact_word(&self, word: &[char]) -> bool {
        self.base.contains_exact_word(word) || self.is_known(word)
    }

    fn contains_exact_word_str(&self, word: &str) -> bool {
        self.contains_exact_word(&word.chars().collect::<Vec<_>>())
    }

    fn fuzzy_match(
        &self,
        word: &[char],
        max_distance: u8,
        max_results: usize,
    ) -> Vec<FuzzyMatchResult<'_>> {
        self.base.fuzzy_match(word, max_distance, max_results)
    }

    fn fuzzy_match_str(
        &self,
        word: &str,
        max_distance: u8,
        max_results: usize,
    ) -> Vec<FuzzyMatchResult<'_>> {
        self.base.fuzzy_match_str(word, max_distance, max_results)
    }

    fn get_correct_capitalization_of(&self, word: &[char]) -> Option<&[char]> {
        self.base.get_correct_capitalization_of(word)
    }

    fn get_correct_capitalizations_of(
        &self,
        word: &[char],
    ) -> Box<dyn Iterator<Item = &[char]> + Send + '_> {
        self.base.get_correct_capitalizations_of(word)
    }

    fn get_word_metadata(&self, word: &[char]) -> Option<Cow<'_, DictWordMetadata>> {
        self.base.get_word_metadata(word).or_else(|| {
            self.is_known(word)
                .then_some(Cow::Borrowed(&self.proper_noun))
        })
    }

    fn get_word_metadata_str(&self, word: &str) -> Option<Cow<'_, DictWordMetadata>> {
        self.get_word_metadata(&word.chars().collect::<Vec<_>>())
    }

    fn get_word_metadata_exact(&self, word: &[char]) -> Option<&DictWordMetadata> {
        self.base
            .get_word_metadata_exact(word)
            .or_else(|| self.is_known(word).then_some(&self.proper_noun))
    }

    fn words_iter(&self) -> Box<dyn Iterator<Item = &[char]> + Send + '_> {
        self.base.words_iter()
    }

    fn word_count(&self) -> usize {
        self.base.word_count()
    }

    fn get_word_from_id(&self, id: &CanonicalWordId) -> Option<&[char]> {
        self.base.get_word_from_id(id)
    }

    fn find_words_with_prefix(&self, prefix: &[char]) -> Vec<Cow<'_, [char]>> {
        self.base.find_words_with_prefix(prefix)
    }

    fn find_words_with_common_prefix(&self, word: &[char]) -> Vec<Cow<'_, [char]>> {
        self.base.find_words_with_common_prefix(word)
    }
}

/// A Harper lint as a [`LanguageLint`], with suggestions as plain strings.
fn convert(lint: Lint, source: &[char]) -> LanguageLint {
    let original: String = source
        .get(lint.span.start..lint.span.end)
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    let suggestions = lint
        .suggestions
        .iter()
        .map(|s| match s {
            Suggestion::ReplaceWith(chars) => chars.iter().collect(),
            Suggestion::InsertAfter(chars) => {
                let mut text = original.clone();
                text.extend(chars.iter());
                text
            }
            Suggestion::Remove => String::new(),
        })
        .collect();
    LanguageLint {
        kind: lint.lint_kind,
        start: lint.span.start,
        end: lint.span.end,
        message: plain_quotes(&lint.message),
        suggestions,
    }
}

/// Harper writes words in Markdown code quotes (`like this`); a terminal
/// and a letter editor show plain double quotes better.
fn plain_quotes(message: &str) -> String {
    message.replace('`', "\"")
}
