//! Harper's curated dictionary as the proofreader loads it, prebuilt in
//! `vendor/harper-core/curated.prebuilt`, against the dictionary Harper
//! builds from its word list: they must be the same dictionary, or the
//! checks would not be Harper's.
//!
//! After changing Harper's word list, its annotations or its metadata types,
//! regenerate the file with
//! `AFTERVIEW_WRITE_DICTIONARY=1 cargo test -p afterview-proofread --test it prebuilt`.

use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use harper_core::spell::{Dictionary, FstDictionary, MutableDictionary, TrieDictionary};

/// The dictionary as Harper 3 built it: its word list expanded with its
/// affix rules, then an FST over the words.
static FROM_WORD_LIST: LazyLock<Arc<FstDictionary>> =
    LazyLock::new(|| Arc::new(FstDictionary::from((*MutableDictionary::curated()).clone())));

/// Where the prebuilt dictionary is kept.
fn prebuilt_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../vendor/harper-core/curated.prebuilt")
}

#[test]
fn prebuilt_dictionary_is_the_one_harper_builds_from_its_word_list() {
    let expected = FROM_WORD_LIST.to_prebuilt();
    let path = prebuilt_path();
    if std::env::var_os("AFTERVIEW_WRITE_DICTIONARY").is_some() {
        std::fs::write(&path, &expected).expect("the prebuilt dictionary can be written");
    }
    let committed = std::fs::read(&path).expect("the prebuilt dictionary can be read");
    assert!(
        committed == expected,
        "{} is not what Harper builds from its word list; regenerate it with \
         `AFTERVIEW_WRITE_DICTIONARY=1 cargo test -p afterview-proofread --test it prebuilt`",
        path.display()
    );
    // What Harper loads (the file as it was compiled in) reads back as the
    // same words with the same metadata.
    assert!(*FstDictionary::curated() == **FROM_WORD_LIST);
    assert_eq!(FstDictionary::curated().word_count(), 137_985);
}

#[test]
fn prebuilt_dictionary_finds_the_words_a_word_starts_with_as_a_trie_does() {
    let trie = TrieDictionary::new(FROM_WORD_LIST.clone());
    let curated = FstDictionary::curated();
    let mut words: Vec<Vec<char>> = curated.words_iter().map(<[char]>::to_vec).collect();
    // Run-together words, as the rule that splits them sees them.
    words.extend(
        [
            "insteadof",
            "kindof",
            "thankyou",
            "lookingforward",
            "Fivinix",
            "ééé",
            "",
        ]
        .map(|w| w.chars().collect()),
    );
    for word in &words {
        assert_eq!(
            curated.find_words_with_common_prefix(word),
            trie.find_words_with_common_prefix(word),
            "{}",
            word.iter().collect::<String>()
        );
    }
}
