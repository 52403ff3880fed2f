//! Word knowledge for grouping: lemmas and synonyms.
//!
//! Synonyms come from WordNet 3.0, distilled into `grammars/en/synonyms.tsv`
//! by `scripts/distill_wordnet.py` (its licence is beside it). Lemmas follow
//! WordNet's `morphy` rules: a suffix rule applies when what it leaves is a
//! word the lexicon knows.

use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::grammar::{Aliases, Grammar, GrammarError};
use crate::text::title_cased;

const SYNONYMS_EN: &str = include_str!("../../grammars/en/synonyms.tsv");

/// Synsets and lemmas.
#[derive(Debug, Default)]
pub struct Lexicon {
    synsets: FxHashMap<String, Vec<u32>>,
    /// Irregular forms: "understood" → "understand".
    irregular: FxHashMap<String, String>,
    /// British spellings of the words the lexicon knows in American, and
    /// their forms: "organisation" → "organization", "apologised" →
    /// "apologize", "travelled" → "travel".
    british: FxHashMap<String, String>,
    stopwords: FxHashSet<String>,
    /// Abbreviations whose full stop ends no sentence ("mr", "u.s"), the
    /// grammar's.
    abbreviations: FxHashSet<String>,
    /// Titles that stand before a name ("president", "mr"), the grammar's.
    titles: FxHashSet<String>,
    /// Words that are a name wherever they stand (`Grammar::always_names`).
    always_names: FxHashSet<String>,
    /// Words that name a time ("week", "yesterday"), the grammar's.
    time_words: FxHashSet<String>,
    /// Each word of the grammar's pairs of opposites → its opposites.
    opposites: FxHashMap<String, Vec<String>>,
    /// Each country of the grammar's → its adjective, and each adjective
    /// → its country ("france" ↔ "french"), for adjectives spelling does
    /// not tell.
    places: FxHashMap<String, Vec<String>>,
    /// Forms of one name ("US", "United States"), the grammar's.
    aliases: Aliases,
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

/// American endings of the words the lexicon knows and the British
/// endings of their forms ("organize" → "organise", "organised",
/// "organises", "organising"). A British form is taken only for a word the
/// lexicon does not know as printed, so "tour" is never "tor".
const BRITISH: [(&str, &[&str]); 16] = [
    ("ize", &["ise", "ised", "ises", "ising"]),
    ("ization", &["isation"]),
    ("izations", &["isations"]),
    ("yze", &["yse", "ysed", "yses", "ysing"]),
    ("or", &["our"]),
    ("ors", &["ours"]),
    ("orite", &["ourite"]),
    ("ense", &["ence"]),
    ("ter", &["tre"]),
    ("ters", &["tres"]),
    ("og", &["ogue"]),
    // "travel" → "travelled", "travelling"
    ("el", &["elled", "elling"]),
    // "fulfill" → "fulfil", "fulfils", "fulfilment"
    ("ill", &["il", "ils"]),
    ("illment", &["ilment"]),
    // "program" → "programme", "programmes"
    ("am", &["amme"]),
    ("ams", &["ammes"]),
];

/// A word the lexicon does not know, spelt the American way by its
/// British ending: "neighbours" → "neighbors", "centre" → "center", so
/// that the two spellings read as one word. (WordNet's common words have
/// their spellings in `british`; this is for the rest. Three letters before
/// the ending at least: "four" is not "for".)
fn american_spelling(word: &str) -> Option<String> {
    BRITISH.iter().find_map(|(american, forms)| {
        forms.iter().find_map(|form| {
            let stem = word.strip_suffix(form).filter(|s| s.len() >= 3)?;
            Some(format!("{stem}{american}"))
        })
    })
}

impl Lexicon {
    /// The English lexicon compiled in, with the grammar's closed-class
    /// words as stopwords and its names' forms.
    pub fn english(grammar: &Grammar) -> Self {
        Self::from_source(SYNONYMS_EN, grammar)
            .expect("the compiled-in synonyms are valid (tested)")
    }

    /// `synonyms.tsv` from a grammar folder of the user's, the English one
    /// where the folder has none. (Names' forms are the grammar's, which
    /// read the folder's `aliases.tsv`.)
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

    /// Forms of one name: "US", "U.S.", "United States".
    pub fn aliases(&self) -> &Aliases {
        &self.aliases
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
        // (Three letters before the ending at least: "for" has no British
        // "four".)
        let mut british: FxHashMap<String, String> = FxHashMap::default();
        for word in synsets.keys() {
            for (american, forms) in BRITISH {
                let Some(stem) = word.strip_suffix(american).filter(|s| s.len() >= 3) else {
                    continue;
                };
                for form in forms.iter() {
                    let printed = format!("{stem}{form}");
                    // (WordNet lists some British forms as synonyms of the
                    // American: "organise" is still "organize" spelt so.)
                    let synonym = synsets
                        .get(&printed)
                        .is_some_and(|ids| ids.iter().any(|id| synsets[word].contains(id)));
                    if !synsets.contains_key(&printed) || synonym {
                        british.entry(printed).or_insert_with(|| word.clone());
                    }
                }
            }
        }
        // (A country also by the name drift reads it as: "Britain's" is
        // "united kingdom", the grammar's aliases' lemma.)
        let aliases = grammar.aliases();
        let places = grammar
            .countries_and_adjectives()
            .flat_map(|(country, adjective)| {
                let named = aliases
                    .lemma(&[title_cased(country).as_str()])
                    .filter(|&named| named != country);
                [Some(country), named]
                    .into_iter()
                    .flatten()
                    .map(move |place| (place, adjective))
            });
        Ok(Lexicon {
            synsets,
            irregular,
            british,
            stopwords: grammar.closed_class_words().map(str::to_owned).collect(),
            abbreviations: grammar.abbreviations().map(str::to_owned).collect(),
            titles: grammar.titles().map(str::to_owned).collect(),
            always_names: grammar.always_names().map(str::to_owned).collect(),
            time_words: grammar.time_words().map(str::to_owned).collect(),
            opposites: both_ways(grammar.opposites()),
            places: both_ways(places),
            aliases: grammar.aliases().clone(),
        })
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
    }

    /// Whether a lowercased word, its full stop left off, is an
    /// abbreviation whose stop ends no sentence: "Mr." in "Mr. Putin".
    pub fn is_abbreviation(&self, lower: &str) -> bool {
        self.abbreviations.contains(lower)
    }

    /// Whether a lowercased word is a title that stands before a name:
    /// "president", "mr".
    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower)
    }

    /// Whether a lemma names a time: "week", "yesterday", "march".
    pub fn is_time_word(&self, lemma: &str) -> bool {
        self.time_words.contains(lemma)
    }

    /// Whether two lemmas are opposites, one put for the other changing
    /// the meaning: "increase" and "decrease", "win" and "lose".
    pub fn are_opposites(&self, a: &str, b: &str) -> bool {
        self.opposites
            .get(a)
            .is_some_and(|opposites| opposites.iter().any(|o| o == b))
    }

    /// Whether a lowercased word is a name in capitals wherever it stands,
    /// a sentence's first word too: one the lexicon does not know as a
    /// word ("putin"), a given name, a country's or its adjective
    /// ("russia", "russian"). ("Inflation" or "Nobody" opening a sentence
    /// is a word.)
    pub fn is_always_a_name(&self, lower: &str, lemma: &str) -> bool {
        !self.is_stopword(lower)
            && (self.synsets(lemma).is_empty() || self.always_names.contains(lower))
    }

    /// The lemma of a lowercased word: "concerns" → "concern", "boundaries"
    /// → "boundary", "understood" stays (no rule gives a known word).
    pub fn lemma(&self, lower: &str) -> String {
        // An irregular form first: "understood" is an adjective too, but
        // as a rendering of "understand" it is the verb.
        if let Some(lemma) = self.irregular.get(lower) {
            return lemma.clone();
        }
        self.spelling(lower)
            .or_else(|| self.by_rule(lower).map(|(_, lemma)| lemma))
            .or_else(|| american_spelling(lower))
            .unwrap_or_else(|| lower.to_owned())
    }

    /// A word the lexicon knows, in its American spelling: "colour" →
    /// "color". (A British spelling is looked up before the word as
    /// printed: WordNet knows "organise" too, as a synonym of "organize".)
    fn spelling(&self, word: &str) -> Option<String> {
        if let Some(american) = self.british.get(word) {
            return Some(american.clone());
        }
        self.synsets.contains_key(word).then(|| word.to_owned())
    }

    /// The lemma a suffix rule gives, when it gives a word the lexicon
    /// knows (in American or British spelling), and the suffix it took off.
    fn by_rule(&self, lower: &str) -> Option<(&'static str, String)> {
        RULES.iter().find_map(|&(suffix, replacement)| {
            let stem = lower.strip_suffix(suffix)?;
            let candidate = format!("{stem}{replacement}");
            if candidate.len() < 2 {
                return None;
            }
            // ("colours" → "colour" → "color", "organised" → "organise" →
            // "organize")
            self.spelling(&candidate).map(|lemma| (suffix, lemma))
        })
    }

    /// How `lower` is inflected: its own form when irregular ("were"),
    /// the suffix a rule takes off to leave a word the lexicon knows ("s"
    /// of "concerns", "ed" of "organised" and of "organized"), or nothing.
    /// Two words of one lemma inflected alike are one word spelled two
    /// ways. (Asked of words of one lemma only: "news" has an "s" too.)
    pub fn inflection<'w>(&self, lower: &'w str) -> Option<&'w str> {
        // ("travelled", "travelling": a British doubled "l" before the
        // ending, inflected as "traveled" is, though WordNet lists
        // "travelled" as irregular.)
        let doubled = lower
            .strip_suffix("lled")
            .map(|stem| (stem, "ed"))
            .or_else(|| lower.strip_suffix("lling").map(|stem| (stem, "ing")));
        if let Some((stem, ending)) = doubled
            && self.by_rule(&format!("{stem}l{ending}")).is_some()
        {
            return Some(ending);
        }
        if self.irregular.contains_key(lower) {
            return Some(lower);
        }
        self.by_rule(lower).map(|(suffix, _)| suffix)
    }

    /// The synsets of a lemma (empty when the lexicon does not know it).
    pub fn synsets(&self, lemma: &str) -> &[u32] {
        self.synsets.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Whether two lemmas are the same word, share a synset, or are a
    /// place and the adjective of it ("ukraine", "ukrainian").
    pub fn same_meaning(&self, a: &str, b: &str) -> bool {
        a == b
            || {
                let (sa, sb) = (self.synsets(a), self.synsets(b));
                sa.iter().any(|s| sb.contains(s))
            }
            || self.is_place_and_adjective(a, b)
    }

    /// Whether one lemma is the adjective of a place and the other the
    /// place, by spelling ("ukrainian", "ukraine") or as the grammar pairs
    /// a country and its adjective ("french", "france").
    pub fn is_place_and_adjective(&self, a: &str, b: &str) -> bool {
        spelled_as_place_and_adjective(a, b)
            || self
                .places
                .get(a)
                .is_some_and(|places| places.iter().any(|p| p == b))
    }
}

/// Pairs of words as a map from each word to the others it is paired with,
/// both ways.
fn both_ways<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
) -> FxHashMap<String, Vec<String>> {
    let mut map: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for (a, b) in pairs {
        for (word, other) in [(a, b), (b, a)] {
            map.entry(word.to_owned())
                .or_default()
                .push(other.to_owned());
        }
    }
    map
}

/// Whether one lemma is the adjective of a place and the other the place:
/// "ukrainian" and "ukraine", "chinese" and "china", "russian" and
/// "russia", "iraqi" and "iraq", "german" and "germany" (translations and
/// outlets say "the Ukraine crisis" and "the Ukrainian crisis" alike). By
/// the endings of such adjectives, so no list of places is needed; each
/// ending asks for what commonly stands before it ("taxi" is not "tax",
/// "even" not "eve").
fn spelled_as_place_and_adjective(a: &str, b: &str) -> bool {
    fn adjective_of(adjective: &str, place: &str) -> bool {
        // ("german", "germany"; not "part", "party" or "ever", "every".)
        if adjective.ends_with("an") && place.strip_suffix('y') == Some(adjective) {
            return true;
        }
        let stem_fits = |stem: &str, ok: fn(&str) -> bool| {
            stem.len() >= 3
                && ok(stem)
                && (place == stem
                    || place
                        .strip_prefix(stem)
                        .is_some_and(|end| matches!(end, "a" | "e" | "o" | "y")))
        };
        [
            ("ian", (|_| true) as fn(&str) -> bool),
            ("ese", |_| true),
            ("an", |_| true),
            ("n", |stem| stem.ends_with('a')),
            ("i", |stem| stem.ends_with(['q', 'l', 'n', 't', 'h'])),
        ]
        .into_iter()
        .any(|(ending, ok)| {
            adjective
                .strip_suffix(ending)
                .is_some_and(|stem| stem_fits(stem, ok))
        })
    }
    // (Asked of every pair of words grouping compares: most differ in
    // their first three letters, which the two share.)
    a != b
        && a.len().abs_diff(b.len()) <= 4
        && a.as_bytes().get(..3) == b.as_bytes().get(..3)
        && (adjective_of(a, b) || adjective_of(b, a))
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
        for (adjective, place) in [
            ("ukrainian", "ukraine"),
            ("chinese", "china"),
            ("russian", "russia"),
            ("iraqi", "iraq"),
            ("german", "germany"),
            ("mexican", "mexico"),
            ("japanese", "japan"),
            // (Adjectives spelling does not tell, as the grammar pairs
            // them, and a country by its alias's lemma: "Britain's" is read
            // as "united kingdom".)
            ("french", "france"),
            ("dutch", "netherlands"),
            ("british", "britain"),
            ("british", "united kingdom"),
        ] {
            assert!(lex.same_meaning(adjective, place), "{adjective} {place}");
            assert!(lex.same_meaning(place, adjective), "{place} {adjective}");
        }
        assert!(!lex.same_meaning("french", "germany"));
        assert!(!lex.same_meaning("taxi", "tax"));
        assert!(!lex.same_meaning("part", "party"));
        assert!(!lex.same_meaning("ever", "every"));
        assert!(!lex.same_meaning("even", "eve"));
        assert_eq!(lex.lemma("concerns"), "concern");
        assert_eq!(lex.lemma("boundaries"), "boundary");
        assert_eq!(lex.lemma("limits"), "limit");
        assert_eq!(lex.lemma("understood"), "understand");
        assert!(lex.is_stopword("the"));
    }
}
