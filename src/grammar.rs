//! Grammars as data: speech verbs, titles, descriptions, channel cues and
//! quotation marks, read from TOML files under `grammars/<lang>/`.
//!
//! The English grammar is compiled into the binary, so the tool works with no
//! files beside it; `Grammar::load_dir` reads a user's own folder with the
//! same five files. Unknown fields are refused, and every error names the
//! file and the line.

use std::collections::{BTreeMap, HashMap};

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// What can go wrong while reading a grammar.
#[derive(Debug, thiserror::Error)]
pub enum GrammarError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechFile {
    verbs: Vec<String>,
    #[serde(default)]
    noun_too: Vec<String>,
    #[serde(default)]
    irregular: HashMap<String, [String; 4]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    titles: Vec<String>,
    descriptions: BTreeMap<String, Vec<String>>,
    plural_descriptions: Vec<String>,
    organisation_heads: Vec<String>,
    pronouns: HashMap<String, PronounKind>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    closed_class: Vec<String>,
    between_subject_and_verb: Vec<String>,
    time_words: Vec<String>,
    abbreviations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelsFile {
    media_nouns: Vec<String>,
    channel_prepositions: Vec<String>,
    audiences: Vec<String>,
    speech_nouns: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MarksFile {
    marks: Vec<MarkSpec>,
}

/// One quotation mark of the grammar.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkSpec {
    pub char: char,
    pub family: String,
    pub role: MarkRole,
    /// The mark may also be an apostrophe (`’` in `China’s`).
    #[serde(default)]
    pub apostrophe: bool,
    /// Opening marks of the same family that this mark closes although its
    /// role is `open` (`“` closes `„` in German typography).
    #[serde(default)]
    pub closes: Vec<char>,
}

/// What a mark can do on its own, before context is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkRole {
    Open,
    Close,
    Either,
}

/// How a pronoun refers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PronounKind {
    Singular,
    Plural,
    First,
    Neuter,
}

/// A grammar ready for use: every word list lowercased and hashed.
#[derive(Debug)]
pub struct Grammar {
    /// Every form of every speech verb, mapped to its lemma.
    verb_forms: FxHashMap<String, String>,
    /// Lemmas that are nouns too ("call", "report").
    noun_too: FxHashSet<String>,
    titles: FxHashSet<String>,
    /// Description noun (one or more words) → its class.
    descriptions: FxHashMap<String, String>,
    organisation_heads: FxHashSet<String>,
    plural_descriptions: FxHashSet<String>,
    /// First words of the grammar's phrases of several words ("head" of
    /// "head of state"): the only words worth joining a phrase for.
    phrase_starts: FxHashSet<String>,
    pronouns: FxHashMap<String, PronounKind>,
    closed_class: FxHashSet<String>,
    between_subject_and_verb: FxHashSet<String>,
    time_words: FxHashSet<String>,
    abbreviations: FxHashSet<String>,
    media_nouns: FxHashSet<String>,
    channel_prepositions: FxHashSet<String>,
    audiences: FxHashSet<String>,
    speech_nouns: FxHashSet<String>,
    marks: Vec<MarkSpec>,
}

const FILES: [&str; 5] = [
    "speech.toml",
    "people.toml",
    "words.toml",
    "channels.toml",
    "marks.toml",
];

const DEFAULT_EN: [&str; 5] = [
    include_str!("../grammars/en/speech.toml"),
    include_str!("../grammars/en/people.toml"),
    include_str!("../grammars/en/words.toml"),
    include_str!("../grammars/en/channels.toml"),
    include_str!("../grammars/en/marks.toml"),
];

impl Default for Grammar {
    fn default() -> Self {
        Self::english()
    }
}

impl Grammar {
    /// The English grammar compiled into the binary.
    pub fn english() -> Self {
        let sources = DEFAULT_EN.map(str::to_owned);
        Self::from_sources(Path::new("grammars/en"), &sources)
            .expect("the compiled-in English grammar is valid (tested)")
    }

    /// Reads the five grammar files from a folder of the user's.
    pub fn load_dir(dir: &Path) -> Result<Self, GrammarError> {
        let mut sources: [String; 5] = Default::default();
        for (slot, name) in sources.iter_mut().zip(FILES) {
            let path = dir.join(name);
            *slot = std::fs::read_to_string(&path)
                .map_err(|source| GrammarError::Io { path, source })?;
        }
        Self::from_sources(dir, &sources)
    }

    fn from_sources(dir: &Path, sources: &[String; 5]) -> Result<Self, GrammarError> {
        let speech: SpeechFile = parse(dir, FILES[0], &sources[0])?;
        let people: PeopleFile = parse(dir, FILES[1], &sources[1])?;
        let words: WordsFile = parse(dir, FILES[2], &sources[2])?;
        let channels: ChannelsFile = parse(dir, FILES[3], &sources[3])?;
        let marks: MarksFile = parse(dir, FILES[4], &sources[4])?;

        let noun_too = lower_set(&speech.noun_too);
        let mut verb_forms = FxHashMap::default();
        for lemma in &speech.verbs {
            let lemma = lemma.to_lowercase();
            let forms = match speech.irregular.get(&lemma) {
                Some(forms) => forms.clone(),
                None => regular_forms(&lemma),
            };
            if !noun_too.contains(&lemma) {
                verb_forms.insert(lemma.clone(), lemma.clone());
            }
            for form in forms {
                verb_forms.insert(form.to_lowercase(), lemma.clone());
            }
        }
        for (lemma, forms) in &speech.irregular {
            if !speech.verbs.iter().any(|v| v.eq_ignore_ascii_case(lemma)) {
                return Err(GrammarError::Invalid {
                    path: dir.join(FILES[0]),
                    message: format!("irregular verb `{lemma}` is not in `verbs`"),
                });
            }
            for form in forms {
                verb_forms.insert(form.to_lowercase(), lemma.to_lowercase());
            }
        }

        let mut descriptions = FxHashMap::default();
        for (class, nouns) in &people.descriptions {
            for noun in nouns {
                if let Some(other) = descriptions.insert(noun.to_lowercase(), class.clone()) {
                    let message = if other == *class {
                        format!("description `{noun}` is listed twice in `{class}`")
                    } else {
                        format!("description `{noun}` is in both `{other}` and `{class}`")
                    };
                    return Err(GrammarError::Invalid {
                        path: dir.join(FILES[1]),
                        message,
                    });
                }
            }
        }
        let mut seen = FxHashSet::default();
        for mark in &marks.marks {
            if !seen.insert(mark.char) {
                return Err(GrammarError::Invalid {
                    path: dir.join(FILES[4]),
                    message: format!("mark {:?} is listed twice", mark.char),
                });
            }
        }

        let phrase_starts = descriptions
            .keys()
            .chain(&people.plural_descriptions)
            .filter_map(|p| p.split_once(' ').map(|(first, _)| first.to_lowercase()))
            .collect();
        Ok(Grammar {
            noun_too,
            verb_forms,
            titles: lower_set(&people.titles),
            descriptions,
            organisation_heads: lower_set(&people.organisation_heads),
            phrase_starts,
            plural_descriptions: lower_set(&people.plural_descriptions),
            pronouns: people
                .pronouns
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            closed_class: lower_set(&words.closed_class),
            between_subject_and_verb: lower_set(&words.between_subject_and_verb),
            time_words: lower_set(&words.time_words),
            abbreviations: lower_set(&words.abbreviations),
            media_nouns: lower_set(&channels.media_nouns),
            channel_prepositions: lower_set(&channels.channel_prepositions),
            audiences: lower_set(&channels.audiences),
            speech_nouns: lower_set(&channels.speech_nouns),
            marks: marks.marks,
        })
    }

    /// The lemma of a speech verb form (`"told"` → `"tell"`).
    pub fn speech_lemma(&self, lower: &str) -> Option<&str> {
        self.verb_forms.get(lower).map(String::as_str)
    }
    /// The lemma of a speech verb that is also a noun, in its bare form.
    pub fn noun_too_lemma(&self, lower: &str) -> Option<&str> {
        self.noun_too.get(lower).map(String::as_str)
    }
    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.contains(lower.trim_end_matches('.'))
    }
    /// The class of a description noun (`"leader"` → `"leader"`,
    /// `"head of state"` → `"leader"`).
    pub fn description_class(&self, lower: &str) -> Option<&str> {
        self.descriptions.get(lower).map(String::as_str)
    }
    /// Whether `lower` starts a phrase of several words in the grammar.
    pub fn starts_phrase(&self, lower: &str) -> bool {
        self.phrase_starts.contains(lower)
    }
    /// "the pair", "the two leaders": a group that "they" may point to.
    pub fn is_plural_description(&self, lower: &str) -> bool {
        self.plural_descriptions.contains(lower)
    }
    pub fn is_organisation_head(&self, lower: &str) -> bool {
        self.organisation_heads.contains(lower)
    }
    pub fn pronoun(&self, lower: &str) -> Option<PronounKind> {
        self.pronouns.get(lower).copied()
    }
    /// Every closed-class word of the grammar.
    pub fn closed_class_words(&self) -> impl Iterator<Item = &str> {
        self.closed_class.iter().map(String::as_str)
    }
    pub fn is_closed_class(&self, lower: &str) -> bool {
        self.closed_class.contains(lower)
    }
    pub fn may_stand_before_verb(&self, lower: &str) -> bool {
        self.between_subject_and_verb.contains(lower)
    }
    pub fn is_time_word(&self, lower: &str) -> bool {
        self.time_words.contains(lower)
    }
    pub fn is_abbreviation(&self, lower_without_dot: &str) -> bool {
        self.abbreviations.contains(lower_without_dot)
    }
    pub fn is_media_noun(&self, lower: &str) -> bool {
        self.media_nouns.contains(lower)
    }
    pub fn is_channel_preposition(&self, lower: &str) -> bool {
        self.channel_prepositions.contains(lower)
    }
    pub fn is_audience(&self, lower: &str) -> bool {
        self.audiences.contains(lower)
    }
    /// "claim", "remarks": a noun whose owner is a speaker ("Trump's claim").
    pub fn is_speech_noun(&self, lower: &str) -> bool {
        self.speech_nouns.contains(lower)
    }
    pub fn marks(&self) -> &[MarkSpec] {
        &self.marks
    }
}

fn lower_set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn parse<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
    source: &str,
) -> Result<T, GrammarError> {
    toml::from_str(source).map_err(|err| {
        let line = err
            .span()
            .map(|span| source[..span.start.min(source.len())].matches('\n').count() + 1)
            .unwrap_or(1);
        GrammarError::Parse {
            path: dir.join(name),
            line,
            message: err.message().to_owned(),
        }
    })
}

/// The regular English forms of a verb: third person, past, past
/// participle, present participle (`"praise"` → praises, praised, praised,
/// praising; `"deny"` → denies, denied, denied, denying).
fn regular_forms(lemma: &str) -> [String; 4] {
    let vowel = |c: char| "aeiou".contains(c);
    let mut chars = lemma.chars().rev();
    let last = chars.next().unwrap_or(' ');
    let before = chars.next().unwrap_or(' ');
    if last == 'e' {
        let stem = &lemma[..lemma.len() - 1];
        let ing = if before == 'i' {
            format!("{}ying", &stem[..stem.len() - 1])
        } else if before == 'e' {
            format!("{lemma}ing")
        } else {
            format!("{stem}ing")
        };
        return [
            format!("{lemma}s"),
            format!("{lemma}d"),
            format!("{lemma}d"),
            ing,
        ];
    }
    if last == 'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        return [
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{stem}ied"),
            format!("{lemma}ing"),
        ];
    }
    let third = if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || (last == 'o' && !vowel(before))
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    [
        third,
        format!("{lemma}ed"),
        format!("{lemma}ed"),
        format!("{lemma}ing"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_grammar_loads_and_inflects() {
        let g = Grammar::english();
        assert_eq!(g.speech_lemma("said"), Some("say"));
        assert_eq!(g.speech_lemma("told"), Some("tell"));
        assert_eq!(g.speech_lemma("praised"), Some("praise"));
        assert_eq!(g.speech_lemma("denies"), Some("deny"));
        assert_eq!(g.speech_lemma("acknowledging"), Some("acknowledge"));
        assert_eq!(g.speech_lemma("admitted"), Some("admit"));
        assert_eq!(g.speech_lemma("echoes"), Some("echo"));
        // "state media": the bare lemma of a noun-too verb is not a cue.
        assert_eq!(g.speech_lemma("state"), None);
        assert_eq!(g.speech_lemma("stated"), Some("state"));
        assert_eq!(g.description_class("head of state"), Some("leader"));
        assert!(g.is_title("Mr.".to_lowercase().as_str()));
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(regular_forms("deny")[0], "denies");
        assert_eq!(regular_forms("say")[0], "says");
        assert_eq!(regular_forms("stress")[1], "stressed");
        assert_eq!(regular_forms("praise")[3], "praising");
        assert_eq!(regular_forms("agree")[3], "agreeing");
    }

    #[test]
    fn user_grammar_errors_name_file_and_line() {
        let dir = std::env::temp_dir().join(format!("qt-grammar-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, src) in FILES.iter().zip(DEFAULT_EN) {
            std::fs::write(dir.join(name), src).unwrap();
        }
        std::fs::write(dir.join("words.toml"), "closed_class = []\nbogus = 1\n").unwrap();
        let err = Grammar::load_dir(&dir).unwrap_err().to_string();
        assert!(err.contains("words.toml:2"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
