//! Word knowledge for grouping: lemmas and synonyms.
//!
//! Synonyms come from WordNet 3.0, distilled into `grammars/en/synonyms.tsv`
//! by `scripts/distill_wordnet.py` (its licence is beside it). Lemmas follow
//! WordNet's `morphy` rules: a suffix rule applies when what it leaves is a
//! word the lexicon knows.

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::grammar::{Grammar, GrammarError};

const SYNONYMS_EN: &str = include_str!("../../grammars/en/synonyms.tsv");

/// Synsets and lemmas.
#[derive(Debug, Default)]
pub struct Lexicon {
    synsets: FxHashMap<String, Vec<u32>>,
    /// Irregular forms: "understood" → "understand".
    irregular: FxHashMap<String, String>,
    stopwords: FxHashSet<String>,
}

/// Suffix rules of WordNet's morphy: (suffix, replacement).
const RULES: [(&str, &str); 14] = [
    ("ies", "y"),
    ("ses", "s"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("est", ""),
];

impl Lexicon {
    /// The English lexicon compiled in, with the grammar's closed-class
    /// words as stopwords.
    pub fn english(grammar: &Grammar) -> Self {
        Self::from_source(SYNONYMS_EN, grammar)
            .expect("the compiled-in synonyms are valid (tested)")
    }

    /// `synonyms.tsv` from a grammar folder of the user's, or the English one.
    pub fn load_dir(dir: &Path, grammar: &Grammar) -> Result<Self, GrammarError> {
        let path = dir.join("synonyms.tsv");
        if !path.is_file() {
            return Ok(Self::english(grammar));
        }
        let source = std::fs::read_to_string(&path).map_err(|source| GrammarError::Io {
            path: path.clone(),
            source,
        })?;
        Self::from_source(&source, grammar).map_err(|(line, message)| GrammarError::Parse {
            path,
            line,
            message,
        })
    }

    fn from_source(source: &str, grammar: &Grammar) -> Result<Self, (usize, String)> {
        let mut synsets: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        let mut irregular: FxHashMap<String, String> = FxHashMap::default();
        let mut id = 0u32;
        for (n, line) in source.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((pos, members)) = line.split_once('\t') else {
                return Err((n + 1, "expected `pos<TAB>word word …`".into()));
            };
            if pos == "exc" {
                let mut words = members.split_whitespace();
                match (words.next(), words.next(), words.next()) {
                    (Some(form), Some(lemma), None) => {
                        irregular
                            .entry(form.to_lowercase())
                            .or_insert_with(|| lemma.to_lowercase());
                    }
                    _ => return Err((n + 1, "expected `exc<TAB>form lemma`".into())),
                }
                continue;
            }
            if !matches!(pos, "noun" | "verb" | "adj" | "adv") {
                return Err((n + 1, format!("unknown part of speech `{pos}`")));
            }
            for word in members.split_whitespace() {
                synsets.entry(word.to_lowercase()).or_default().push(id);
            }
            id += 1;
        }
        Ok(Lexicon {
            synsets,
            irregular,
            stopwords: grammar.closed_class_words().map(str::to_owned).collect(),
        })
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// The lemma of a lowercased word: "concerns" → "concern", "boundaries"
    /// → "boundary", "understood" stays (no rule gives a known word).
    pub fn lemma(&self, lower: &str) -> String {
        // An irregular form first: "understood" is an adjective too, but
        // as a rendering of "understand" it is the verb.
        if let Some(lemma) = self.irregular.get(lower) {
            return lemma.clone();
        }
        if self.synsets.contains_key(lower) {
            return lower.to_owned();
        }
        for (suffix, replacement) in RULES {
            if let Some(stem) = lower.strip_suffix(suffix) {
                let candidate = format!("{stem}{replacement}");
                if candidate.len() >= 2 && self.synsets.contains_key(&candidate) {
                    return candidate;
                }
            }
        }
        lower.to_owned()
    }

    /// The synsets of a lemma (empty when the lexicon does not know it).
    pub fn synsets(&self, lemma: &str) -> &[u32] {
        self.synsets.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Whether two lemmas are the same word or share a synset.
    pub fn same_meaning(&self, a: &str, b: &str) -> bool {
        a == b || {
            let (sa, sb) = (self.synsets(a), self.synsets(b));
            sa.iter().any(|s| sb.contains(s))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordnet_synonyms_and_lemmas() {
        let g = Grammar::english();
        let lex = Lexicon::english(&g);
        assert!(lex.same_meaning("appreciate", "value"));
        assert!(lex.same_meaning("stance", "position"));
        assert!(lex.same_meaning("limit", "boundary"));
        assert!(!lex.same_meaning("appreciate", "condemn"));
        assert_eq!(lex.lemma("concerns"), "concern");
        assert_eq!(lex.lemma("boundaries"), "boundary");
        assert_eq!(lex.lemma("limits"), "limit");
        assert_eq!(lex.lemma("understood"), "understand");
        assert!(lex.is_stopword("the"));
    }
}
