//! afterview: the curated dictionary, prebuilt (see README.afterview.md).
//!
//! Building the curated dictionary from `dictionary.dict` and
//! `annotations.json` (expanding every word with its affixes, then building
//! the FST and the word map) takes about half a second, on first use in every
//! process. [`FstDictionary::to_prebuilt`] writes down what that produces,
//! and [`FstDictionary::from_prebuilt`] reads it back in a small part of the
//! time: the FST is taken as it is, and of the 138,000 words' metadata only
//! about a thousand sets are distinct, once the words each is derived from
//! are set apart.
//!
//! The format, with integers in little-endian order:
//!
//! - [`MAGIC`];
//! - the length of the FST (u64), then the FST: every word, in order, with
//!   its canonical word ID;
//! - the length of the metadata table (u64), then the table in JSON: the
//!   distinct metadata of the words, without `derived_from`;
//! - for each word, in the FST's order, three bytes: its row in the table
//!   (u16) and how many words it is derived from (u8);
//! - the IDs of those words (u64 each), word after word, to the end.

use std::sync::Arc;

use fst::{Map as FstMap, Streamer};
use hashbrown::HashMap;

use super::FstDictionary;
use crate::spell::word_id::{CanonicalWordId, CaseFoldedWordId, WordIdPair};
use crate::spell::word_map::{WordMap, WordMapEntry};
use crate::spell::{Dictionary, MutableDictionary};
use crate::{CharString, DictWordMetadata};

/// The curated dictionary, as [`FstDictionary::to_prebuilt`] writes it.
///
/// Regenerate it whenever `dictionary.dict`, `annotations.json` or the
/// metadata types change: afterview's `prebuilt_dictionary` test says how,
/// and fails until it matches what the word list builds.
pub(super) static CURATED: &[u8] = include_bytes!("../../../curated.prebuilt");

/// The first bytes of a prebuilt dictionary, with the format's version.
const MAGIC: &[u8] = b"harper-core prebuilt dictionary 1\n";

/// Bytes per word after the metadata table: its row and its number of origins.
const ROW: usize = 3;

impl FstDictionary {
    /// The dictionary in the prebuilt format that [`Self::from_prebuilt`] reads.
    ///
    /// # Panics
    ///
    /// If the words have 65,536 distinct sets of metadata or more, or a word
    /// is derived from more than 255 others; the format has no room for them.
    pub fn to_prebuilt(&self) -> Vec<u8> {
        let mut table: Vec<DictWordMetadata> = Vec::new();
        let mut row_of: HashMap<DictWordMetadata, u16> = HashMap::new();
        let mut rows = Vec::with_capacity(self.word_map.len() * ROW);
        let mut origins = Vec::new();
        let mut stream = self.word_map.stream();
        while let Some((key, _)) = stream.next() {
            let word: CharString = std::str::from_utf8(key)
                .expect("Every word in the FST is UTF-8.")
                .chars()
                .collect();
            let mut metadata = self
                .mutable_dict
                .get_word_metadata_exact(&word)
                .expect("Every word in the FST is in the word map.")
                .clone();
            let derived_from = std::mem::take(&mut metadata.derived_from);
            let row = match row_of.get(&metadata) {
                Some(&row) => row,
                None => {
                    let row = u16::try_from(table.len())
                        .expect("Fewer than 65,536 distinct sets of metadata.");
                    row_of.insert(metadata.clone(), row);
                    table.push(metadata);
                    row
                }
            };
            rows.extend(row.to_le_bytes());
            rows.push(
                u8::try_from(derived_from.iter().count())
                    .expect("No word is derived from more than 255 others."),
            );
            for id in derived_from.iter() {
                origins.extend(id.hash.to_le_bytes());
            }
        }
        let table = serde_json::to_vec(&table).expect("Word metadata serializes to JSON.");
        let fst = self.word_map.as_fst().as_bytes();
        let mut out = Vec::with_capacity(
            MAGIC.len() + 16 + fst.len() + table.len() + rows.len() + origins.len(),
        );
        out.extend(MAGIC);
        out.extend((fst.len() as u64).to_le_bytes());
        out.extend(fst);
        out.extend((table.len() as u64).to_le_bytes());
        out.extend(table);
        out.extend(rows);
        out.extend(origins);
        out
    }

    /// A dictionary from what [`Self::to_prebuilt`] wrote, or `None` if the
    /// bytes are not a prebuilt dictionary in this version of the format.
    pub fn from_prebuilt(bytes: &[u8]) -> Option<Self> {
        let mut reader = Reader { bytes };
        if reader.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let fst_len = reader.length()?;
        let word_map = FstMap::new(reader.take(fst_len)?.to_vec()).ok()?;
        let table_len = reader.length()?;
        let table: Vec<DictWordMetadata> = serde_json::from_slice(reader.take(table_len)?).ok()?;
        let count = word_map.len();
        let rows = reader.take(count.checked_mul(ROW)?)?;
        let mut origins = reader.bytes.chunks_exact(8);
        if !origins.remainder().is_empty() {
            return None;
        }

        let mut words = WordMap::with_capacity(count);
        let mut stream = word_map.stream();
        let mut rows = rows.chunks_exact(ROW);
        while let Some((key, id)) = stream.next() {
            let row = rows.next()?;
            let spelling: CharString = std::str::from_utf8(key).ok()?.chars().collect();
            let mut metadata = table
                .get(usize::from(u16::from_le_bytes([row[0], row[1]])))?
                .clone();
            for _ in 0..row[2] {
                let id = u64::from_le_bytes(origins.next()?.try_into().ok()?);
                metadata.derived_from.insert(CanonicalWordId::from(id));
            }
            let (case_folded, _) = CaseFoldedWordId::from_word_chars(&spelling);
            words.insert(WordMapEntry {
                metadata,
                canonical_spelling: spelling,
                word_ids: WordIdPair {
                    canonical: CanonicalWordId::from(id),
                    case_folded,
                },
            });
        }
        if origins.next().is_some() {
            return None;
        }
        Some(FstDictionary {
            mutable_dict: Arc::new(MutableDictionary::from_word_map(words)),
            word_map,
        })
    }
}

/// Reads a prebuilt dictionary from the front.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    /// The next `n` bytes, if there are that many.
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(taken)
    }

    /// The next length (a u64).
    fn length(&mut self) -> Option<usize> {
        let bytes = self.take(8)?.try_into().ok()?;
        usize::try_from(u64::from_le_bytes(bytes)).ok()
    }
}
