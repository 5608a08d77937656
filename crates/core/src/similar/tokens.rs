//! From text to concept mentions: words kept whole where they are technical, then folded.
//!
//! The tokeniser keeps symbols that make a technical name (c++, c#, .net,
//! node.js, ci/cd) and splits everything else at punctuation. Each word is then
//! looked up as written, as part of a phrase, and by its stem, so that
//! "disagreements", "Postgres" and "Amazon Web Services" each land on one
//! concept key. Every mention keeps the byte span of the words that said it, so
//! a caller can show why two texts matched.

use super::lexicon::{Kind, Lexicon, PLAIN_WEIGHT, lexicon};
use super::stem::stem;

/// How skill words that are also English words ("go", "react") are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// Running text: such a word is a skill only with evidence around it.
    Prose,
    /// A list of skills: every such word is the skill.
    SkillList,
}

/// One word of a text and where it stands.
#[derive(Debug)]
pub(super) struct Token {
    /// Byte offset of the word in the text.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// The word in lower case.
    pub lower: String,
    /// Whether it was written with a capital first letter.
    pub capital: bool,
    /// Whether it opens a sentence, a line or the text.
    pub sentence_start: bool,
}

/// One concept found in a text.
#[derive(Debug)]
pub(super) struct Mention {
    /// The concept key: a group's key, or the stem of a word outside every group.
    pub key: String,
    /// How much sharing this concept counts.
    pub weight: f64,
    /// Byte offset of the first word that said it.
    pub start: usize,
    /// Byte offset just past the last word that said it.
    pub end: usize,
    /// Whether the concept is a skill or technology of the lexicon.
    pub skill: bool,
}

/// Characters that may belong to a word: letters, digits and the symbols of technical names.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '+' | '#' | '.' | '/' | '-' | '\'')
}

/// The words of `text`, in order.
pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let lexicon = lexicon();
    let mut tokens = Vec::new();
    let mut sentence_start = true;
    let mut chunk_start = None;
    let end = std::iter::once((text.len(), ' '));
    for (i, c) in text.char_indices().chain(end) {
        if is_word_char(c) {
            chunk_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = chunk_start.take() {
            let mut chunk = Chunk {
                text,
                lexicon,
                sentence_start,
                tokens: &mut tokens,
            };
            chunk.split(start, i);
            sentence_start = chunk.sentence_start;
        }
        if matches!(c, '!' | '?' | ';' | ':' | '\n' | '•') {
            sentence_start = true;
        }
    }
    tokens
}

/// A run of word characters being cut into tokens.
struct Chunk<'a> {
    text: &'a str,
    lexicon: &'a Lexicon,
    sentence_start: bool,
    tokens: &'a mut Vec<Token>,
}

impl Chunk<'_> {
    fn split(&mut self, mut start: usize, mut end: usize) {
        let text = self.text;
        let mut ends_sentence = false;
        // Trailing punctuation belongs to the sentence, not to the word.
        while let Some(c) = text[start..end].chars().next_back()
            && matches!(c, '.' | '/' | '-' | '\'')
        {
            ends_sentence |= c == '.';
            end -= 1;
        }
        while let Some(c) = text[start..end].chars().next()
            && matches!(c, '/' | '-' | '\'' | '+' | '#')
        {
            start += 1;
        }
        let mut whole = self.is_whole(start, end);
        // ".net" keeps its dot; any other leading dot is punctuation.
        if !whole && text[start..end].starts_with('.') {
            while text[start..end].starts_with('.') {
                start += 1;
            }
            whole = self.is_whole(start, end);
        }
        if whole {
            self.push(start, end);
        } else if start < end {
            self.split_parts(start, end);
        }
        if ends_sentence {
            self.sentence_start = true;
        }
    }

    /// Splits at slashes ("c/c++"), then at every other symbol.
    fn split_parts(&mut self, start: usize, end: usize) {
        let text = self.text;
        let mut part_start = start;
        for (i, c) in text[start..end]
            .char_indices()
            .map(|(i, c)| (start + i, c))
            .chain(std::iter::once((end, '/')))
        {
            if c != '/' {
                continue;
            }
            let (s, mut e) = (part_start, i);
            part_start = i + 1;
            if s >= e {
                continue;
            }
            if self.is_whole(s, e) {
                self.push(s, e);
                continue;
            }
            // A possessive is the word itself: "team's" is "team".
            let part = &text[s..e];
            if (part.ends_with("'s") || part.ends_with("'S")) && part.len() > 2 {
                e -= 2;
            }
            let mut run = None;
            for (j, c) in text[s..e]
                .char_indices()
                .map(|(j, c)| (s + j, c))
                .chain(std::iter::once((e, ' ')))
            {
                if c.is_alphanumeric() {
                    run.get_or_insert(j);
                } else if let Some(r) = run.take() {
                    self.push(r, j);
                }
            }
        }
    }

    fn is_whole(&self, start: usize, end: usize) -> bool {
        let word = &self.text[start..end];
        // A run of letters and digits splits into itself anyway; only symbols need the lexicon.
        word.contains(['+', '#', '.', '/', '-', '\''])
            && self.lexicon.is_whole(&word.to_lowercase())
    }

    fn push(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        self.tokens.push(Token {
            start,
            end,
            lower: word.to_lowercase(),
            capital: word.chars().next().is_some_and(char::is_uppercase),
            sentence_start: self.sentence_start,
        });
        self.sentence_start = false;
    }
}

/// The concepts that `text` mentions, in order, each with the span that said it.
pub(super) fn mentions(text: &str, reading: Reading) -> Vec<Mention> {
    let lexicon = lexicon();
    let tokens = tokenize(text);
    let stems: Vec<String> = tokens.iter().map(|t| stem(&t.lower)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((len, group)) = lexicon.phrase(&stems[i..]) {
            out.push(Mention {
                key: group.key.to_owned(),
                weight: group.kind.weight(),
                start: tokens[i].start,
                end: tokens[i + len - 1].end,
                skill: group.kind == Kind::Skill,
            });
            i += len;
            continue;
        }
        let token = &tokens[i];
        // An everyday word that may be a technology counts as neither when
        // unclear: "react" in "how do you react" is no concept, and certainly not React.
        let unclear = reading == Reading::Prose
            && lexicon.is_ambiguous(&token.lower)
            && !reads_as_skill(&tokens, i, lexicon);
        let as_written = lexicon.word(&token.lower).filter(|_| !unclear);
        let found = match as_written {
            Some(group) => Some((
                group.key.to_owned(),
                group.kind.weight(),
                group.kind == Kind::Skill,
            )),
            None if unclear || lexicon.is_stop(&token.lower, &stems[i]) => None,
            None => match lexicon.stem(&stems[i]) {
                Some(group) => Some((
                    group.key.to_owned(),
                    group.kind.weight(),
                    group.kind == Kind::Skill,
                )),
                None if is_meaningful(&token.lower) => {
                    Some((stems[i].clone(), PLAIN_WEIGHT, false))
                }
                None => None,
            },
        };
        if let Some((key, weight, skill)) = found {
            out.push(Mention {
                key,
                weight,
                start: token.start,
                end: token.end,
                skill,
            });
        }
        i += 1;
    }
    out
}

/// Whether a word outside every group says anything: not a number, not a lone ASCII letter.
fn is_meaningful(lower: &str) -> bool {
    let ascii_letter = lower.len() == 1 && lower.is_ascii();
    !ascii_letter && !lower.chars().all(|c| c.is_ascii_digit())
}

/// Whether an everyday word at `i` ("go", "react") is meant as the technology.
///
/// The rule is deliberately simple: a capital letter inside a sentence
/// ("services in Go"), or another technology right beside it, across "and",
/// "or" and list punctuation ("Go, Rust or Python", "c/c++"). "We go fast" and
/// "Go ahead" at the start of a sentence are not Go.
fn reads_as_skill(tokens: &[Token], i: usize, lexicon: &Lexicon) -> bool {
    let token = &tokens[i];
    if token.capital && !token.sentence_start {
        return true;
    }
    let is_other_skill = |t: &Token| {
        lexicon
            .word(&t.lower)
            .is_some_and(|g| g.kind == Kind::Skill && !lexicon.is_ambiguous(&t.lower))
    };
    let is_joiner = |t: &Token| matches!(t.lower.as_str(), "and" | "or");
    // Looking back stops at the start of this sentence; looking ahead, at the next one.
    let mut j = i;
    while j > 0 && !tokens[j].sentence_start {
        j -= 1;
        if !is_joiner(&tokens[j]) {
            if is_other_skill(&tokens[j]) {
                return true;
            }
            break;
        }
    }
    let mut j = i + 1;
    while j < tokens.len() && !tokens[j].sentence_start {
        if !is_joiner(&tokens[j]) {
            return is_other_skill(&tokens[j]);
        }
        j += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.lower).collect()
    }

    fn keys(text: &str) -> Vec<String> {
        mentions(text, Reading::Prose)
            .into_iter()
            .map(|m| m.key)
            .collect()
    }

    #[test]
    fn technical_names_keep_their_symbols() {
        assert_eq!(
            words("C++, C#, .NET and Node.js; CI/CD."),
            ["c++", "c#", ".net", "and", "node.js", "ci/cd"]
        );
        assert_eq!(
            words("C/C++ (e.g. embedded)"),
            ["c", "c++", "e", "g", "embedded"]
        );
    }

    #[test]
    fn other_punctuation_splits_words() {
        assert_eq!(
            words("the team's follow-ups... don't/won't"),
            ["the", "team", "follow", "ups", "don", "t", "won", "t"]
        );
        assert_eq!(words("...---///"), Vec::<String>::new());
    }

    #[test]
    fn sentences_and_lines_are_tracked_for_capitals() {
        let tokens = tokenize("Go fast. We use Go\n- Go");
        let starts: Vec<bool> = tokens.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, true, false, false, true]);
    }

    #[test]
    fn go_is_the_language_only_with_evidence() {
        assert!(!keys("we go fast").contains(&"go".to_owned()));
        assert!(!keys("Go ahead and ship it").contains(&"go".to_owned()));
        assert!(keys("We write services in Go").contains(&"go".to_owned()));
        assert!(keys("go, rust or python").contains(&"go".to_owned()));
        assert!(keys("Golang experience").contains(&"go".to_owned()));
        assert!(!keys("how do you react to criticism").contains(&"react".to_owned()));
    }

    #[test]
    fn phrases_fold_into_one_concept_with_a_span() {
        let text = "We run on Amazon Web Services.";
        let found = mentions(text, Reading::Prose);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].key, "aws");
        assert_eq!(&text[found[1].start..found[1].end], "Amazon Web Services");
    }
}
