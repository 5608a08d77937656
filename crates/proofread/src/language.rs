//! Spelling and grammar through Harper, tuned for short letters.
//!
//! Harper (`harper-core`) is an offline English checker with its dictionary
//! compiled in. Harper 3 builds the dictionary from source text into
//! process-wide statics on first use, in three steps that follow each other:
//! the word list expanded with its affixes (about 220 ms in release), an FST
//! over it (about 190 ms), and a trie for split words (about 80 ms). So
//! afterview builds Harper from `vendor/harper-core`, with two changes (its
//! `README.afterview.md` has them): the curated dictionary is read from a
//! prebuilt file, which Harper's own build from its word list must match
//! byte for byte (`tests/it/dictionary.rs`), and the rule for split words
//! walks that FST instead of a trie. Reading the dictionary then takes
//! well under a tenth of a second, and the rule set about 30 ms more.
//!
//! That work, and checking, runs on worker threads (two, or one on a single
//! core), started by [`Language::new`], which returns at once:
//!
//! - the first worker reads the dictionary; the second meanwhile loads what
//!   Harper keeps per thread (the chunker's neural model, the tables of the
//!   spelling search: about 35 ms that would otherwise fall on the first
//!   check) and the part of its rule set that needs no dictionary, so the
//!   first check waits only for the dictionary;
//! - a check splits each part of the letter into paragraphs (no rule looks
//!   across a blank line) and the workers check them in parallel, each with
//!   its own rule set, as Harper's linters need `&mut self`;
//! - what was found in a paragraph is remembered by its text and the known
//!   words, so a re-check of an edited letter checks only the paragraphs
//!   that changed, and the suggestions for a misspelled word are remembered
//!   too.
//!
//! Only [`LETTER_RULES`](crate::LETTER_RULES) are on (see `rules.rs`).
//! Spelling is checked here rather than by Harper's `SpellCheck` rule: a
//! word is correct in any English dialect, the letter's own names are
//! correct, and suggestions come from at most three edits away. Harper
//! reports spans in characters; this module hands them on as they are and
//! the caller converts them to byte offsets.

use std::borrow::Cow;
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, LazyLock, Mutex, PoisonError, RwLock};

use harper_core::linting::{Lint, LintGroup, LintKind, Suggestion};
use harper_core::spell::{
    CanonicalWordId, Dictionary, FstDictionary, FuzzyMatchResult, suggest_correct_spelling,
};
use harper_core::{CharStringExt, Dialect, DictWordMetadata, Document, NounData};

use crate::known::Known;
use crate::rules::letter_config;

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

/// Harper's curated dictionary, built on first use (it is a process-wide
/// static inside Harper; this only saves asking for it again).
fn dictionary() -> &'static FstDictionary {
    static CURATED: LazyLock<Arc<FstDictionary>> = LazyLock::new(FstDictionary::curated);
    &CURATED
}

/// Harper's dictionary and the rules letters need, run by worker threads.
pub(crate) struct Language {
    /// Paragraphs to check, for the workers.
    jobs: Sender<Job>,
    /// What the workers and the callers share.
    shared: Arc<Shared>,
}

/// What a [`Language`]'s workers and its callers share.
struct Shared {
    /// Suggestions already found for a misspelled word: a letter's typos
    /// come back on every re-check, and the search is the slow part.
    suggestions: Mutex<HashMap<Vec<char>, Vec<String>>>,
    /// Harper's findings in paragraphs already checked, by the fingerprint
    /// of the known words and the paragraph: a re-check only checks the
    /// paragraphs that changed.
    checked: Mutex<HashMap<(u64, Box<str>), Found>>,
    /// How many workers are still building their rule sets.
    starting: Mutex<usize>,
    /// Signalled as each worker is ready.
    started: Condvar,
}

/// How many misspelled words' suggestions, and how many paragraphs'
/// findings, are remembered before the memory is cleared.
const REMEMBERED: usize = 4096;

/// Harper's findings in one paragraph, in characters from its start.
type Found = Arc<[LanguageLint]>;

/// A worker's answer for the paragraph of that index: its findings, or
/// the panic that Harper raised on it.
type Reply = (usize, std::thread::Result<Vec<LanguageLint>>);

/// A paragraph to check, and where to send what was found.
struct Job {
    text: Box<str>,
    known: Arc<Known>,
    /// Which paragraph of the caller's this is.
    index: usize,
    reply: Sender<Reply>,
}

/// A paragraph of a part of a letter, as a check goes.
struct Paragraph<'t> {
    text: &'t str,
    /// Where it starts in its part, in characters.
    start: usize,
    /// Which part it is in.
    part: usize,
    /// Its findings, once known.
    found: Option<Found>,
}

/// Paragraphs sent to the workers, whose findings are still to come.
pub(crate) struct Pending<'t> {
    paragraphs: Vec<Paragraph<'t>>,
    /// The fingerprint of the known words, to remember the findings under.
    fingerprint: u64,
    replies: Receiver<Reply>,
    shared: Arc<Shared>,
    parts: usize,
}

impl Language {
    /// Starts the workers, which build the dictionary and the rule set with
    /// only [`LETTER_RULES`](crate::LETTER_RULES) on. Returns at once: the
    /// first check waits for the first worker to be ready.
    pub fn new() -> Language {
        let (jobs, queue) = channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_WORKERS));
        let shared = Arc::new(Shared {
            suggestions: Mutex::new(HashMap::new()),
            checked: Mutex::new(HashMap::new()),
            starting: Mutex::new(workers),
            started: Condvar::new(),
        });
        for n in 0..workers {
            let queue = queue.clone();
            let shared = shared.clone();
            std::thread::Builder::new()
                .name(format!("proofread-{n}"))
                .spawn(move || work(n, &queue, &shared))
                .expect("the proofreader can start a thread");
        }
        Language { jobs, shared }
    }

    /// Sends the paragraphs of each part to the workers, and returns what
    /// will hold their findings. Paragraphs checked before with the same
    /// known words are not checked again.
    pub fn submit<'t>(&self, parts: &[&'t str], known: &Arc<Known>) -> Pending<'t> {
        let fingerprint = known.fingerprint();
        let (reply, replies) = channel();
        let mut paragraphs = Vec::new();
        for (part, text) in parts.iter().enumerate() {
            for (text, start) in paragraphs_of(text) {
                paragraphs.push(Paragraph {
                    text,
                    start,
                    part,
                    found: None,
                });
            }
        }
        let mut todo: Vec<usize> = Vec::new();
        {
            let checked = self
                .shared
                .checked
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            for (index, paragraph) in paragraphs.iter_mut().enumerate() {
                match checked.get(&(fingerprint, Box::from(paragraph.text))) {
                    Some(lints) => paragraph.found = Some(lints.clone()),
                    None => todo.push(index),
                }
            }
        }
        // The longest first, so that two workers end at about the same time.
        todo.sort_by_key(|&i| std::cmp::Reverse(paragraphs[i].text.len()));
        for index in todo {
            let job = Job {
                text: paragraphs[index].text.into(),
                known: known.clone(),
                index,
                reply: reply.clone(),
            };
            // The workers never stop before the `Language` is dropped.
            self.jobs
                .send(job)
                .expect("the proofreader's workers are running");
        }
        Pending {
            paragraphs,
            fingerprint,
            replies,
            shared: self.shared.clone(),
            parts: parts.len(),
        }
    }

    /// Whether `word` is in the dictionary exactly as written.
    pub fn knows_exactly(&self, word: &str) -> bool {
        dictionary().contains_exact_word_str(word)
    }

    /// Waits until every worker has built its rule set.
    pub fn wait_until_ready(&self) {
        let mut starting = self
            .shared
            .starting
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        while *starting > 0 {
            starting = self
                .shared
                .started
                .wait(starting)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

impl Pending<'_> {
    /// Harper's findings and misspelled words in each part, in characters
    /// from the start of the part, once the workers have them.
    pub fn wait(mut self) -> Vec<Vec<LanguageLint>> {
        // Each job replies once; if the workers were gone, the jobs and
        // their senders would be dropped and `recv` would fail.
        while self.paragraphs.iter().any(|p| p.found.is_none()) {
            let Ok((index, found)) = self.replies.recv() else {
                panic!("a proofreader worker stopped");
            };
            // A panic inside Harper is the caller's, as if Harper had run
            // on its thread; the worker itself goes on.
            let lints: Found = match found {
                Ok(lints) => lints.into(),
                Err(panic) => resume_unwind(panic),
            };
            let mut checked = self
                .shared
                .checked
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if checked.len() >= REMEMBERED {
                checked.clear();
            }
            let paragraph = &mut self.paragraphs[index];
            checked.insert((self.fingerprint, paragraph.text.into()), lints.clone());
            paragraph.found = Some(lints);
        }
        let mut out = vec![Vec::new(); self.parts];
        for paragraph in self.paragraphs {
            let start = paragraph.start;
            let found = paragraph.found.iter().flat_map(|l| l.iter());
            out[paragraph.part].extend(found.map(|lint| LanguageLint {
                start: lint.start + start,
                end: lint.end + start,
                ..lint.clone()
            }));
        }
        out
    }
}

/// At most this many workers: a letter has a handful of paragraphs, and
/// each worker holds its own rule set (built in about 30 ms).
const MAX_WORKERS: usize = 2;

/// A worker: builds its rule set, then checks paragraphs until the
/// [`Language`] is dropped.
///
/// Starting is reading Harper's dictionary into a process-wide static from
/// its prebuilt file, and building the rule set, whose rules ask for that
/// dictionary. The first worker reads it; meanwhile the second loads what
/// Harper keeps per thread (the chunker's model and the tables of its
/// spelling search) and builds the part of its rule set that needs no
/// dictionary, so it is ready first and takes the first paragraphs.
fn work(n: usize, queue: &Mutex<Receiver<Job>>, shared: &Shared) {
    if n == 0 {
        dictionary();
    } else {
        warm_up();
    }
    let words = Arc::new(LetterWords::new());
    let mut rules =
        LintGroup::new_curated(words.clone(), Dialect::American).with_lint_config(letter_config());
    {
        let mut starting = shared
            .starting
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *starting -= 1;
        shared.started.notify_all();
    }
    if n == 0 {
        warm_up();
    }
    loop {
        let job = {
            let queue = queue.lock().unwrap_or_else(PoisonError::into_inner);
            match queue.recv() {
                Ok(job) => job,
                Err(_) => return,
            }
        };
        let found = catch_unwind(AssertUnwindSafe(|| {
            check_paragraph(&job.text, &job.known, &words, &mut rules, shared)
        }));
        // The caller may have given up waiting (it panicked); nothing to do.
        let _ = job.reply.send((job.index, found));
    }
}

/// Loads what Harper keeps per thread, without the dictionary: the
/// chunker's and tagger's models (by parsing a sentence) and the tables of
/// its spelling search (by searching an empty dictionary).
fn warm_up() {
    let empty = FstDictionary::new(Vec::new());
    Document::new_plain_english("Thank you for your time.", &empty);
    empty.fuzzy_match_str("thnak", 2, 1);
}

/// Harper's findings and misspelled words in one paragraph, in characters
/// from its start.
fn check_paragraph(
    text: &str,
    known: &Arc<Known>,
    words: &LetterWords,
    rules: &mut LintGroup,
    shared: &Shared,
) -> Vec<LanguageLint> {
    words.set_known(known);
    let document = Document::new_plain_english(text, words);
    let source = document.get_source();
    let mut out = Vec::new();
    for lints in rules.organized_lints(&document).into_values() {
        out.extend(lints.into_iter().map(|lint| convert(lint, source)));
    }
    out.extend(misspelled(&document, known, words, shared));
    out
}

/// Words that no English dialect's dictionary has and the letter does not
/// know, with the closest dictionary words as suggestions.
fn misspelled(
    document: &Document,
    known: &Known,
    words: &LetterWords,
    shared: &Shared,
) -> Vec<LanguageLint> {
    let source = document.get_source();
    let mut out = Vec::new();
    for token in document.get_tokens() {
        if !token.kind.is_word() {
            continue;
        }
        let word = &source[token.span.start..token.span.end];
        if word.len() < 2
            || word.iter().any(char::is_ascii_digit)
            || words.in_dictionary(word)
            || known.knows(&word.iter().collect::<String>())
        {
            continue;
        }
        out.push(LanguageLint {
            kind: LintKind::Spelling,
            start: token.span.start,
            end: token.span.end,
            message: String::new(),
            suggestions: suggestions(word, shared),
        });
    }
    out
}

/// Up to three dictionary words close to a misspelled one, best first,
/// capitalised like it; remembered, as the search takes about a millisecond.
fn suggestions(word: &[char], shared: &Shared) -> Vec<String> {
    let remembered = shared
        .suggestions
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = remembered.get(word) {
        return found.clone();
    }
    drop(remembered);
    let found = search_suggestions(word);
    let mut remembered = shared
        .suggestions
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if remembered.len() >= REMEMBERED {
        remembered.clear();
    }
    remembered.insert(word.to_vec(), found.clone());
    found
}

/// The search behind [`suggestions`]: two edits away, then three.
fn search_suggestions(word: &[char]) -> Vec<String> {
    let capital = word.first().is_some_and(|c| c.is_uppercase());
    for distance in 2..=3 {
        let mut found: Vec<String> = Vec::new();
        for s in suggest_correct_spelling(word, 100, distance, dictionary()) {
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

/// The paragraphs of a text (runs of lines that are not blank), each with
/// the character it starts at. Harper checks each on its own: no rule looks
/// across a blank line, and a paragraph is what changes between re-checks.
fn paragraphs_of(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut end = 0;
    let mut chars = 0;
    let mut byte = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some((byte, chars)),
            (true, Some((s, c))) => {
                out.push((&text[s..end], c));
                start = None;
            }
            _ => {}
        }
        byte += line.len();
        chars += line.chars().count();
        if !blank {
            end = byte;
        }
    }
    if let Some((s, c)) = start {
        out.push((&text[s..end], c));
    }
    out
}

/// Harper's curated dictionary plus the words of the letter being checked.
///
/// Harper asks its dictionary whether a word exists and what part of speech
/// it is; answering "a proper noun" for the letter's names keeps them from
/// being read as typos by the grammar rules too. Each worker has its own,
/// and sets the extra words before each paragraph it checks, so checks never
/// see each other's words.
struct LetterWords {
    known: RwLock<Arc<Known>>,
    proper_noun: DictWordMetadata,
}

impl LetterWords {
    fn new() -> LetterWords {
        LetterWords {
            known: RwLock::new(Arc::new(Known::new(Vec::new()))),
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

    /// Harper's curated dictionary: looked up on use, so that a rule set
    /// can be built while the dictionary is (the rules that need it wait).
    fn base(&self) -> &'static FstDictionary {
        dictionary()
    }

    fn set_known(&self, known: &Arc<Known>) {
        let mut current = self.known.write().unwrap_or_else(PoisonError::into_inner);
        current.clone_from(known);
    }

    /// Whether a word is one of the letter's own, or the plural of one.
    fn is_known(&self, word: &[char]) -> bool {
        let word: String = word.iter().collect();
        let known = self.known.read().unwrap_or_else(PoisonError::into_inner);
        known.knows(&word)
    }

    /// Whether a word is in the dictionary in any dialect and any of its
    /// usual capitalisations.
    fn in_dictionary(&self, word: &[char]) -> bool {
        let normal = word.normalized();
        self.base().contains_exact_word(word)
            || self.base().contains_exact_word(&normal)
            || self.base().contains_exact_word(&normal.to_lower())
    }
}

impl Dictionary for LetterWords {
    fn contains_word(&self, word: &[char]) -> bool {
        self.base().contains_word(word) || self.is_known(word)
    }

    fn contains_word_str(&self, word: &str) -> bool {
        self.contains_word(&word.chars().collect::<Vec<_>>())
    }

    fn contains_exact_word(&self, word: &[char]) -> bool {
        self.base().contains_exact_word(word) || self.is_known(word)
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
        self.base().fuzzy_match(word, max_distance, max_results)
    }

    fn fuzzy_match_str(
        &self,
        word: &str,
        max_distance: u8,
        max_results: usize,
    ) -> Vec<FuzzyMatchResult<'_>> {
        self.base().fuzzy_match_str(word, max_distance, max_results)
    }

    fn get_correct_capitalization_of(&self, word: &[char]) -> Option<&[char]> {
        self.base().get_correct_capitalization_of(word)
    }

    fn get_correct_capitalizations_of(
        &self,
        word: &[char],
    ) -> Box<dyn Iterator<Item = &[char]> + Send + '_> {
        self.base().get_correct_capitalizations_of(word)
    }

    fn get_word_metadata(&self, word: &[char]) -> Option<Cow<'_, DictWordMetadata>> {
        self.base().get_word_metadata(word).or_else(|| {
            self.is_known(word)
                .then_some(Cow::Borrowed(&self.proper_noun))
        })
    }

    fn get_word_metadata_str(&self, word: &str) -> Option<Cow<'_, DictWordMetadata>> {
        self.get_word_metadata(&word.chars().collect::<Vec<_>>())
    }

    fn get_word_metadata_exact(&self, word: &[char]) -> Option<&DictWordMetadata> {
        self.base()
            .get_word_metadata_exact(word)
            .or_else(|| self.is_known(word).then_some(&self.proper_noun))
    }

    fn words_iter(&self) -> Box<dyn Iterator<Item = &[char]> + Send + '_> {
        self.base().words_iter()
    }

    fn word_count(&self) -> usize {
        self.base().word_count()
    }

    fn get_word_from_id(&self, id: &CanonicalWordId) -> Option<&[char]> {
        self.base().get_word_from_id(id)
    }

    fn find_words_with_prefix(&self, prefix: &[char]) -> Vec<Cow<'_, [char]>> {
        self.base().find_words_with_prefix(prefix)
    }

    fn find_words_with_common_prefix(&self, word: &[char]) -> Vec<Cow<'_, [char]>> {
        self.base().find_words_with_common_prefix(word)
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
