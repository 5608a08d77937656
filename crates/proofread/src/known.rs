//! The words a letter's writer knows and the dictionary does not: the names
//! in the person's data, indexed once so that a check stays fast with tens
//! of thousands of them.
//!
//! A check asks three things of them: whether a word is known (a hash set
//! of lowercase words), whether a word in capitals is one ("AWS", "gRPC"),
//! and which known word a misspelled one is a near miss of ("Qualtircs").
//! The last is a fuzzy search: a Levenshtein automaton run over an FST of
//! the lowercase words visits only the few words within two edits, where
//! comparing against every name would take about a microsecond a name.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock};

use fst::{IntoStreamer, Map, MapBuilder, Streamer};
use levenshtein_automata::{DFA, LevenshteinAutomatonBuilder};

use crate::text::{capitalized, name_distance, name_tolerance, words};

/// Known names and words, prepared once for many checks.
///
/// [`Proofreader::check`](crate::Proofreader::check) prepares the context's
/// `known_words` itself and keeps the last list it prepared, so calling it
/// again with the same words costs a comparison of the lists, not a
/// rebuild. A caller that checks letters for several people, or that wants
/// no comparison at all, prepares the names once with [`KnownNames::new`]
/// and passes them to
/// [`Proofreader::check_with_names`](crate::Proofreader::check_with_names).
/// Preparing 50,000 names takes a few tens of milliseconds.
///
/// Entries are split into words as [`Context::known_words`](crate::Context)
/// are: "Okonkwo-Bell" gives "Okonkwo" and "Bell". A `KnownNames` is a
/// shared handle: cloning it is cheap, and it can be sent to other threads.
#[derive(Clone)]
pub struct KnownNames {
    inner: Arc<Names>,
}

/// The prepared names behind a [`KnownNames`].
struct Names {
    /// The entries as given, to recognise the same list again.
    entries: Vec<Box<str>>,
    /// A hash of the entries, to tell lists apart without comparing them.
    fingerprint: u64,
    /// Lowercase words.
    lower: HashSet<Box<str>>,
    /// Words as written, without repeats, in the order first given.
    exact: Vec<Box<str>>,
    /// The same words, for exact look-ups.
    exact_set: HashSet<Box<str>>,
    /// In ASCII capitals, the words that have capitals of their own inside
    /// ("gRPC"): a word in capitals matching one of them is not shouting.
    inner_capitals: HashSet<Box<str>>,
    /// Each lowercase word of more than three characters, with the index in
    /// `exact` of the first word that lowercases to it.
    fuzzy: Map<Vec<u8>>,
}

impl std::fmt::Debug for KnownNames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KnownNames")
            .field("entries", &self.inner.entries.len())
            .field("words", &self.inner.exact.len())
            .finish_non_exhaustive()
    }
}

impl Default for KnownNames {
    fn default() -> Self {
        KnownNames::new::<&str>([])
    }
}

impl KnownNames {
    /// Prepares names and words ("Jane Doe", "Kubernetes") for checks.
    pub fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = S>) -> KnownNames {
        let entries: Vec<Box<str>> = entries.into_iter().map(|e| e.as_ref().into()).collect();
        let mut exact: Vec<Box<str>> = Vec::new();
        let mut exact_set: HashSet<Box<str>> = HashSet::new();
        for entry in &entries {
            for w in words(entry) {
                if !exact_set.contains(w.text) {
                    exact_set.insert(w.text.into());
                    exact.push(w.text.into());
                }
            }
        }
        let mut lower: HashSet<Box<str>> = HashSet::with_capacity(exact.len());
        let mut inner_capitals = HashSet::new();
        let mut keyed: Vec<(Box<str>, u64)> = Vec::with_capacity(exact.len());
        for (index, word) in exact.iter().enumerate() {
            let lowercase: Box<str> = word.to_lowercase().into();
            if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
                inner_capitals.insert(word.to_ascii_uppercase().into());
            }
            if word.chars().count() > 3 {
                keyed.push((lowercase.clone(), index as u64));
            }
            lower.insert(lowercase);
        }
        // The FST wants its keys sorted and unique; for a key several words
        // lowercase to, the first word given is the one suggested.
        keyed.sort_unstable();
        keyed.dedup_by(|later, first| later.0 == first.0);
        let mut builder = MapBuilder::memory();
        for (key, index) in &keyed {
            builder
                .insert(key.as_bytes(), *index)
                .expect("the keys are sorted and unique");
        }
        let fuzzy = builder.into_map();
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        entries.hash(&mut hasher);
        KnownNames {
            inner: Arc::new(Names {
                fingerprint: hasher.finish(),
                entries,
                lower,
                exact,
                exact_set,
                inner_capitals,
                fuzzy,
            }),
        }
    }

    /// How many different words the names hold.
    pub fn len(&self) -> usize {
        self.inner.exact.len()
    }

    /// Whether there are no words at all.
    pub fn is_empty(&self) -> bool {
        self.inner.exact.is_empty()
    }

    /// Whether these were prepared from exactly `entries`.
    pub(crate) fn is_from(&self, entries: &[&str]) -> bool {
        let own = &self.inner.entries;
        own.len() == entries.len() && own.iter().zip(entries).all(|(a, b)| **a == **b)
    }
}

impl Names {
    /// Whether the lowercase word is one of these.
    fn has_lower(&self, lower: &str) -> bool {
        self.lower.contains(lower)
    }

    /// Whether a word in capitals is one of these: as written ("AWS"), or a
    /// word with capitals of its own ("gRPC" for "GRPC").
    fn allows_capitals(&self, word: &str) -> bool {
        self.exact_set.contains(word) || self.inner_capitals.contains(&*word.to_ascii_uppercase())
    }

    /// The closest of these words to `word` within its tolerance, with its
    /// distance and its place in the order given; `dfa` finds the words
    /// within two edits of `word` in lowercase.
    fn near(&self, word: &str, dfa: &DFA) -> Option<(usize, usize)> {
        if self.fuzzy.is_empty() {
            return None;
        }
        let mut stream = self.fuzzy.search(dfa).into_stream();
        let mut best: Option<(usize, usize)> = None;
        while let Some((_, index)) = stream.next() {
            let index = index as usize;
            let known = &self.exact[index];
            let distance = name_distance(word, known);
            if distance > 0
                && distance <= name_tolerance(known)
                && best.is_none_or(|b| (distance, index) < b)
            {
                best = Some((distance, index));
            }
        }
        best
    }
}

/// Levenshtein automata for two edits, a transposition counting as one:
/// the most [`name_tolerance`] allows. Its tables take a moment to build,
/// so they are built once.
static AUTOMATON: LazyLock<LevenshteinAutomatonBuilder> =
    LazyLock::new(|| LevenshteinAutomatonBuilder::new(2, true));

/// Vocabulary every letter may use: the trade's words and greetings in
/// other languages, lowercase.
static ALWAYS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::jargon::WORDS
        .iter()
        .copied()
        .chain(
            crate::shape::GREETINGS_ABROAD
                .iter()
                .flat_map(|g| g.split(' ')),
        )
        .collect()
});

/// The known words of one check: the prepared names, plus the names of the
/// context (recipients, companies, people), which change with each letter.
pub(crate) struct Known {
    /// Each set of names, in the order their words were given.
    parts: Vec<KnownNames>,
    /// A hash of every set's entries: checks with the same fingerprint know
    /// the same words.
    fingerprint: u64,
}

impl Known {
    /// The known words of a check from its sets of names.
    pub fn new(parts: Vec<KnownNames>) -> Known {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for part in &parts {
            part.inner.fingerprint.hash(&mut hasher);
        }
        Known {
            fingerprint: hasher.finish(),
            parts,
        }
    }

    /// A hash of the known words: checks with the same fingerprint know the
    /// same words.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Whether one word is known, or is the plural of a known word.
    pub fn knows(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let has = |w: &str| ALWAYS.contains(w) || self.parts.iter().any(|p| p.inner.has_lower(w));
        has(&lower)
            || ["s", "es"]
                .iter()
                .any(|end| lower.strip_suffix(end).is_some_and(has))
    }

    /// Whether every word of `text` is known ("Acme's" and "Okonkwo-Bell"
    /// included: a lone "s" after an apostrophe is not a word of its own),
    /// allowing plurals ("runbooks").
    pub fn covers(&self, text: &str) -> bool {
        let ws = words(text);
        !ws.is_empty() && ws.iter().all(|w| w.text == "s" || self.knows(w.text))
    }

    /// Whether a word in capitals is a known one: as written ("AWS"), or a
    /// known word that has capitals of its own ("gRPC" for "GRPC").
    pub fn allows_capitals(&self, word: &str) -> bool {
        self.parts.iter().any(|p| p.inner.allows_capitals(word))
    }

    /// The closest known word to a misspelled one, if it is close enough,
    /// capitalised like the misspelling.
    pub fn near(&self, word: &str) -> Option<String> {
        if self.parts.iter().all(|p| p.inner.fuzzy.is_empty()) {
            return None;
        }
        let dfa = AUTOMATON.build_dfa(&word.to_lowercase());
        let (_, part, index) = self
            .parts
            .iter()
            .enumerate()
            .filter_map(|(n, p)| p.inner.near(word, &dfa).map(|(d, i)| (d, n, i)))
            .min()?;
        let known = &self.parts[part].inner.exact[index];
        Some(if word.chars().next().is_some_and(char::is_uppercase) {
            capitalized(known)
        } else {
            known.to_string()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(names: &[&str]) -> Known {
        Known::new(vec![KnownNames::new(names)])
    }

    #[test]
    fn near_misses_find_the_first_closest_name() {
        let k = known(&["Qualtrics", "Xero", "Lee", "Okonkwo-Bell"]);
        assert_eq!(k.near("Qualtircs").as_deref(), Some("Qualtrics"));
        assert_eq!(k.near("okonkow").as_deref(), Some("Okonkwo"));
        assert_eq!(k.near("Xera").as_deref(), Some("Xero"));
        // Names of three letters are too easily another word; exact
        // matches are not misses.
        assert_eq!(k.near("Lea"), None);
        assert_eq!(k.near("Qualtrics"), None);
    }

    #[test]
    fn capitals_are_allowed_for_acronyms_and_inner_capitals() {
        let k = known(&["AWS", "gRPC", "Kubernetes"]);
        assert!(k.allows_capitals("AWS"));
        assert!(k.allows_capitals("GRPC"));
        assert!(!k.allows_capitals("KUBERNETES"));
    }

    #[test]
    fn plurals_and_the_trade_vocabulary_are_known() {
        let k = known(&["Runbook"]);
        assert!(k.knows("runbooks"));
        assert!(k.knows("onboarding") || k.knows("devops"));
        assert!(!k.knows("runbok"));
    }

    #[test]
    fn the_same_list_is_recognised() {
        let names = KnownNames::new(["Jane Doe", "Acme"]);
        assert!(names.is_from(&["Jane Doe", "Acme"]));
        assert!(!names.is_from(&["Jane Doe"]));
        assert_eq!(names.len(), 3);
    }
}
