//! Porter's English stemmer (1980), so that "disagreements" and "disagree" share a key.
//!
//! This is the classic algorithm as Martin Porter published it in C, kept small
//! and dependency-free because afterview-core stays pure and a stemmer is the
//! only piece of natural-language machinery similarity needs. Words that are not
//! plain lower-case ASCII letters (c++, node.js, non-English words) are returned
//! unchanged, which keeps technical tokens intact and never panics.

/// The Porter stem of a lower-case word, or the word itself when it is not plain ASCII letters.
pub(super) fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_owned();
    }
    let mut s = Stemmer {
        b: word.as_bytes().to_vec(),
        k: word.len() as isize - 1,
        j: 0,
    };
    s.step1ab();
    if s.k > 0 {
        s.step1c();
        s.step2();
        s.step3();
        s.step4();
        s.step5();
    }
    s.b.truncate((s.k + 1) as usize);
    // Only ASCII letters were ever written, so the bytes are valid UTF-8.
    String::from_utf8(s.b).unwrap_or_default()
}

/// The word being stemmed: `b[..=k]` is the current word, `j` marks a suffix boundary.
struct Stemmer {
    b: Vec<u8>,
    k: isize,
    j: isize,
}

impl Stemmer {
    fn at(&self, i: isize) -> u8 {
        self.b[i as usize]
    }

    /// Whether `b[i]` is a consonant; 'y' after a consonant counts as a vowel.
    fn cons(&self, i: isize) -> bool {
        match self.at(i) {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !self.cons(i - 1),
            _ => true,
        }
    }

    /// The number of vowel-consonant sequences in `b[..=j]` (Porter's m).
    fn m(&self) -> usize {
        let mut n = 0;
        let mut i = 0;
        loop {
            if i > self.j {
                return n;
            }
            if !self.cons(i) {
                break;
            }
            i += 1;
        }
        i += 1;
        loop {
            loop {
                if i > self.j {
                    return n;
                }
                if self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
            n += 1;
            loop {
                if i > self.j {
                    return n;
                }
                if !self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
        }
    }

    fn vowel_in_stem(&self) -> bool {
        (0..=self.j).any(|i| !self.cons(i))
    }

    fn double_consonant(&self, j: isize) -> bool {
        j >= 1 && self.at(j) == self.at(j - 1) && self.cons(j)
    }

    /// Consonant-vowel-consonant ending at `i`, the last not w, x or y ("hop", not "snow").
    fn cvc(&self, i: isize) -> bool {
        if i < 2 || !self.cons(i) || self.cons(i - 1) || !self.cons(i - 2) {
            return false;
        }
        !matches!(self.at(i), b'w' | b'x' | b'y')
    }

    /// Whether the word ends with `s`; if so, `j` is set just before it.
    fn ends(&mut self, s: &str) -> bool {
        let s = s.as_bytes();
        let l = s.len() as isize;
        if l > self.k + 1 {
            return false;
        }
        let start = (self.k - l + 1) as usize;
        if &self.b[start..=self.k as usize] != s {
            return false;
        }
        self.j = self.k - l;
        true
    }

    /// Replaces the suffix after `j` with `s`.
    fn set_to(&mut self, s: &str) {
        let start = (self.j + 1) as usize;
        self.b.truncate(start);
        self.b.extend_from_slice(s.as_bytes());
        self.k = self.j + s.len() as isize;
    }

    fn replace_if_measured(&mut self, s: &str) {
        if self.m() > 0 {
            self.set_to(s);
        }
    }

    /// Plurals and -ed or -ing.
    fn step1ab(&mut self) {
        if self.at(self.k) == b's' {
            if self.ends("sses") {
                self.k -= 2;
            } else if self.ends("ies") {
                self.set_to("i");
            } else if self.at(self.k - 1) != b's' {
                self.k -= 1;
            }
        }
        if self.ends("eed") {
            if self.m() > 0 {
                self.k -= 1;
            }
        } else if (self.ends("ed") || self.ends("ing")) && self.vowel_in_stem() {
            self.k = self.j;
            self.b.truncate((self.k + 1) as usize);
            if self.ends("at") {
                self.set_to("ate");
            } else if self.ends("bl") {
                self.set_to("ble");
            } else if self.ends("iz") {
                self.set_to("ize");
            } else if self.double_consonant(self.k) {
                if !matches!(self.at(self.k), b'l' | b's' | b'z') {
                    self.k -= 1;
                }
            } else {
                self.j = self.k;
                if self.m() == 1 && self.cvc(self.k) {
                    self.set_to("e");
                }
            }
        }
    }

    /// A final y becomes i when there is another vowel in the stem.
    fn step1c(&mut self) {
        if self.ends("y") && self.vowel_in_stem() {
            let k = self.k as usize;
            self.b[k] = b'i';
        }
    }

    /// Double suffixes map to single ones: -ization to -ize, -ational to -ate.
    fn step2(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("ational", "ate"),
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("izer", "ize"),
            ("bli", "ble"),
            ("alli", "al"),
            ("entli", "ent"),
            ("eli", "e"),
            ("ousli", "ous"),
            ("ization", "ize"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("iveness", "ive"),
            ("fulness", "ful"),
            ("ousness", "ous"),
            ("aliti", "al"),
            ("iviti", "ive"),
            ("biliti", "ble"),
            ("logi", "log"),
        ];
        self.first_rule(RULES);
    }

    /// -ic-, -full, -ness and similar.
    fn step3(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("icate", "ic"),
            ("ative", ""),
            ("alize", "al"),
            ("iciti", "ic"),
            ("ical", "ic"),
            ("ful", ""),
            ("ness", ""),
        ];
        self.first_rule(RULES);
    }

    /// The first rule whose suffix matches decides, whether or not the stem is long enough.
    fn first_rule(&mut self, rules: &[(&str, &str)]) {
        if self.k < 1 {
            return;
        }
        for (suffix, with) in rules {
            if self.ends(suffix) {
                self.replace_if_measured(with);
                return;
            }
        }
    }

    /// Drops -ant, -ence, -ment and the like when the stem has m > 1.
    fn step4(&mut self) {
        if self.k < 1 {
            return;
        }
        const SUFFIXES: &[&str] = &[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
            "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];
        let mut found = false;
        for suffix in SUFFIXES {
            if self.ends(suffix) {
                // -ion only goes after s or t ("adoption", "decision").
                found = *suffix != "ion" || (self.j >= 0 && matches!(self.at(self.j), b's' | b't'));
                if found {
                    break;
                }
            }
        }
        if found && self.m() > 1 {
            self.k = self.j;
        }
    }

    /// A final -e and a double l.
    fn step5(&mut self) {
        self.j = self.k;
        if self.at(self.k) == b'e' {
            let a = self.m();
            if a > 1 || (a == 1 && !self.cvc(self.k - 1)) {
                self.k -= 1;
            }
        }
        if self.at(self.k) == b'l' && self.double_consonant(self.k) && self.m() > 1 {
            self.k -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn stems_match_porters_published_examples() {
        for (word, expected) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("hopping", "hop"),
            ("falling", "fall"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("digitizer", "digit"),
            ("generalization", "gener"),
            ("hopefulness", "hope"),
            ("triplicate", "triplic"),
            ("electrical", "electr"),
            ("revival", "reviv"),
            ("adjustment", "adjust"),
            ("adoption", "adopt"),
            ("controll", "control"),
            ("rate", "rate"),
        ] {
            assert_eq!(stem(word), expected, "stem of {word}");
        }
    }

    #[test]
    fn inflections_of_interview_words_share_a_stem() {
        assert_eq!(stem("disagreements"), stem("disagreement"));
        assert_eq!(stem("conflicts"), stem("conflict"));
        assert_eq!(stem("failing"), stem("fail"));
        assert_eq!(stem("prioritizing"), stem("prioritize"));
    }

    #[test]
    fn technical_and_foreign_words_are_left_alone() {
        assert_eq!(stem("c++"), "c++");
        assert_eq!(stem("node.js"), "node.js");
        assert_eq!(stem("größe"), "größe");
        assert_eq!(stem("k8s"), "k8s");
        assert_eq!(stem("is"), "is");
    }
}
