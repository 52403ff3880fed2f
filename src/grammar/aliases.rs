//! Forms of one name that outlets print ("US", "U.S.", "United States";
//! "Fed", "Federal Reserve"), read from `aliases.tsv`: the attributor
//! links "the Fed" to the Federal Reserve the article named, and drift
//! counts a rendering that prints another form as changing nothing.

use rustc_hash::{FxHashMap, FxHashSet};

/// The forms of names, each known by its name's lemma.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    /// A form ("US", "United States") → its name's lemma, the first form
    /// lowercased ("united states"), keyed by [`key`].
    lemmas: FxHashMap<String, String>,
    /// The most words in a form.
    most_words: usize,
    /// The first word of each form, lowercased ("u.s.", "united"): a word
    /// not here starts no name, and is asked nothing more.
    starts: FxHashSet<String>,
}

impl Aliases {
    /// Reads `aliases.tsv`: a name's forms on a line, separated by tabs.
    /// An error gives the line.
    pub fn from_source(source: &str) -> Result<Self, (usize, String)> {
        let mut aliases = Aliases::default();
        for (n, line) in source.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let forms: Vec<&str> = line.split('\t').map(str::trim).collect();
            if forms.len() < 2 || forms.iter().any(|f| f.is_empty()) {
                return Err((
                    n + 1,
                    "expected two forms of a name or more, tab-separated".into(),
                ));
            }
            let lemma = forms[0].to_lowercase();
            for form in forms {
                let words: Vec<&str> = form.split_whitespace().collect();
                aliases.most_words = aliases.most_words.max(words.len());
                if let Some(first) = words.first() {
                    aliases
                        .starts
                        .insert(first.to_lowercase().replace('’', "'"));
                }
                if let Some(key) = key(&words) {
                    aliases.lemmas.insert(key, lemma.clone());
                }
            }
        }
        Ok(aliases)
    }

    /// The most words a form of a name has (0 without aliases).
    pub fn most_words(&self) -> usize {
        self.most_words
    }

    /// Whether a form of a name starts with this lowercased word.
    pub fn starts(&self, lower: &str) -> bool {
        self.starts.contains(lower)
    }

    /// The first words of the forms, lowercased.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.starts.iter().map(String::as_str)
    }

    /// The lemma of the name these printed words are a form of: "U.S.",
    /// "US" and "United States" → "united states"; not "us".
    pub fn lemma(&self, words: &[&str]) -> Option<&str> {
        let key = key(words)?;
        // ("UNITED STATES" in a headline: a name in capitals may be any.)
        let lowercase = || self.lemmas.get(&lowercase_key(words));
        match key.starts_with(CAPS) {
            true => self.lemmas.get(&key).or_else(lowercase),
            false => self.lemmas.get(&key),
        }
        .map(String::as_str)
    }
}

/// What begins the key of a form in capitals (a lowercase key cannot).
const CAPS: &str = "CAPS:";

/// How a form of a name is looked up: one in capitals by its letters, dots
/// aside ("U.S." → "US"), so that only capitals match it; any other in
/// lowercase, when its first letter is a capital. None when it can be no
/// name (a lowercase first letter).
fn key(words: &[&str]) -> Option<String> {
    let first = words.first()?.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let letters: String = words.concat().chars().filter(|&c| c != '.').collect();
    if letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase()) {
        return Some(format!("{CAPS}{letters}"));
    }
    Some(lowercase_key(words))
}

/// ("People’s Republic of China" is "People's Republic of China".)
fn lowercase_key(words: &[&str]) -> String {
    words.join(" ").to_lowercase().replace('’', "'")
}

#[cfg(test)]
mod tests {
    use crate::grammar::Grammar;

    use super::*;

    #[test]
    fn forms_of_one_name() {
        let grammar = Grammar::english();
        let aliases = grammar.aliases();
        for form in [
            &["U.S."][..],
            &["US"],
            &["United", "States"],
            &["UNITED", "STATES"],
        ] {
            assert_eq!(aliases.lemma(form), Some("united states"), "{form:?}");
        }
        assert_eq!(aliases.lemma(&["Kiev"]), aliases.lemma(&["Kyiv"]));
        assert_eq!(
            aliases.lemma(&["People’s", "Republic", "of", "China"]),
            Some("china")
        );
        // Words that look like a form are none.
        for form in [
            &["us"][..],
            &["Us"],
            &["who"],
            &["fed"],
            &["united", "states"],
        ] {
            assert_eq!(aliases.lemma(form), None, "{form:?}");
        }
        assert!(aliases.most_words() >= 5);
        // A user's list names the line it cannot read.
        let error = Aliases::from_source("# names\nUnited States\tUS\nKyiv\n");
        assert_eq!(error.map(|_| ()).map_err(|(line, _)| line), Err(3));
    }
}
