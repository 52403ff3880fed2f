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

mod aliases;
pub use aliases::Aliases;

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
    /// A verb's forms when not regular: the third person, the past, the
    /// past participle and the present participle, then any other spellings
    /// ("labelled", "labelling").
    #[serde(default)]
    irregular: HashMap<String, Vec<String>>,
    /// A verb that reports speech only with its particle → the particle.
    #[serde(default)]
    phrasal: BTreeMap<String, String>,
    /// Optional, so that a user's grammar written before it still loads.
    #[serde(default)]
    gestures: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    titles: Vec<String>,
    descriptions: BTreeMap<String, Vec<String>>,
    plural_descriptions: Vec<String>,
    organisation_heads: Vec<String>,
    female: Vec<String>,
    male: Vec<String>,
    female_first_names: Vec<String>,
    male_first_names: Vec<String>,
    /// Optional, so that a user's grammar written before it still loads.
    #[serde(default)]
    given_names_of_both: Vec<String>,
    surname_titles: Vec<String>,
    /// Optional, so that a user's grammar written before it still loads.
    #[serde(default)]
    surname_heads: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    parent_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    child_counts: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    group_names: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    name_months: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    regnal_titles: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    name_suffixes: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    specific_body_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    executive_titles: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    office_qualifiers: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    person_suffixes: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    topic_bodies: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    business_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    business_lines: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    trade_nouns_of_a_body: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    public_body_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    team_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    player_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    lone_name_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    anonymous_nouns: Vec<String>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    trades: HashMap<String, Vec<String>>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    parties: HashMap<String, Vec<String>>,
    /// Optional, as `surname_heads`.
    #[serde(default)]
    portfolios: HashMap<String, Vec<String>>,
    pronouns: HashMap<String, PronounKind>,
    #[serde(default)]
    party_letters: HashMap<String, String>,
    #[serde(default)]
    state_abbreviations: HashMap<String, String>,
    /// A country → its adjective ("Russia" → "Russian").
    #[serde(default)]
    country_adjectives: HashMap<String, String>,
}

/// Given names and their usual gender: a list too long to keep by hand in
/// `people.toml`, distilled from the US census's lists and nomquamgender's
/// by `scripts/distill_names.py`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GivenNamesFile {
    #[serde(default)]
    female: Vec<String>,
    #[serde(default)]
    male: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    closed_class: Vec<String>,
    between_subject_and_verb: Vec<String>,
    time_words: Vec<String>,
    abbreviations: Vec<String>,
    possessive_determiners: Vec<String>,
    /// Optional, so that a user's grammar written before it still loads.
    #[serde(default)]
    irregular_past_tenses: Vec<String>,
    /// Optional, as `irregular_past_tenses`.
    #[serde(default)]
    headline_labels: Vec<String>,
    /// Optional, as `irregular_past_tenses`. (Each read with where it
    /// stands, so that a pair of another length is an error at its line:
    /// serde would read an array of two from a longer one.)
    #[serde(default)]
    opposites: Vec<toml::Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelsFile {
    media_nouns: Vec<String>,
    /// Optional, so that a user's grammar written before it still loads.
    #[serde(default)]
    events: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    outlet_kinds: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    publishing_verbs: Vec<String>,
    channel_prepositions: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    remote_means: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    voice_carriers: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    media_titles: Vec<String>,
    /// Optional, as `events`.
    #[serde(default)]
    street_nouns: Vec<String>,
    audiences: Vec<String>,
    speech_nouns: Vec<String>,
    outlets: Vec<String>,
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

/// A grammar ready for use: every word and phrase of every list, lowercased,
/// in one table, so that a word is looked up once (when it is tokenized)
/// and its every property is then a bit to read.
#[derive(Debug)]
pub struct Grammar {
    /// Forms of one name: "Fed", "Federal Reserve".
    aliases: Aliases,
    words: FxHashMap<String, WordInfo>,
    /// `words` again for the words of one ASCII byte: punctuation (a
    /// token in eight) and "a" are looked up without hashing.
    single_bytes: [WordInfo; 128],
    /// Speech verb lemmas; a [`WordInfo`] points here.
    lemmas: Vec<String>,
    /// A form of a phrasal speech verb ("fired") → its particle ("back")
    /// and the lemma with it ("fire back").
    phrasal: FxHashMap<String, (String, String)>,
    /// Description classes ("leader", "media"); a [`WordInfo`] points here.
    classes: Vec<String>,
    marks: Vec<MarkSpec>,
    /// A party's letter in an American politician's tag ("D" of
    /// "D-Conn.") → the party's noun ("democrat").
    party_letters: HashMap<String, String>,
    /// A state's abbreviation ("Conn.", "N.Y.", "CT") → its name in lower
    /// case ("connecticut", "new york").
    state_abbreviations: HashMap<String, String>,
    /// Those states' names in lower case: "connecticut", "new york".
    state_names: FxHashSet<String>,
    /// A country's name in lower case ("russia", "saudi arabia") → its
    /// adjective as printed ("Russian", "Saudi") and in lower case.
    country_adjectives: FxHashMap<String, (String, String)>,
    /// Those adjectives in lower case: "russian", "swedish".
    nationalities: FxHashSet<String>,
    /// The first words of countries' names of several words ("saudi",
    /// "south"): only names that open so are joined to be looked up.
    country_first_words: FxHashSet<String>,
    /// Words that label a headline before a colon ("Watch:", "Exclusive:").
    headline_labels: FxHashSet<String>,
    /// Pairs of words one put for the other changes the meaning:
    /// "increase" and "decrease", in lower case.
    opposites: Vec<(String, String)>,
    /// "pause", "smile": lemmas of a gesture that goes with the words.
    gestures: FxHashSet<String>,
    /// "email", "video link": means named bare after "by" ("said by
    /// email"), by their lower-case words.
    remote_means: FxHashSet<String>,
    /// "phone", "team radio": means that carry a voice, named after
    /// "over" ("said over the phone"), by their lower-case words.
    voice_carriers: FxHashSet<String>,
    /// "good morning america", "rolling stone": programmes and
    /// publications named bare, by their lower-case words.
    media_titles: FxHashSet<String>,
    /// "road", "street": nouns that end a street's name.
    street_nouns: FxHashSet<String>,
    /// "company", "automaker": nouns only a business is called by.
    business_nouns: FxHashSet<String>,
    /// "union", "regulator": nouns of bodies that are never a business.
    public_body_nouns: FxHashSet<String>,
    /// "club", "team": nouns of a side in sport.
    team_nouns: FxHashSet<String>,
    /// "quarterback", "striker": nouns of a side's players.
    player_nouns: FxHashSet<String>,
    /// "group", "regulator": nouns of a body named in one word.
    lone_name_nouns: FxHashSet<String>,
    /// "source", "insider": nouns of someone whom news leaves unnamed.
    anonymous_nouns: FxHashSet<String>,
    /// "airline", "carrier" → "airline": the trade a business's noun, or a
    /// word of its name, names.
    trades: FxHashMap<String, String>,
    /// "tory", "conservatives" → "conservative": the party a word of a
    /// description names.
    parties: FxHashMap<String, String>,
    /// "defence", "defense" → "defence": the field of government a word of
    /// a department's name or description names.
    portfolios: FxHashMap<String, String>,
    /// Endings of occupations the lists lack ("-ologist"), and what the
    /// grammar says of a word that ends so: a person, as "person" is.
    person_suffixes: Vec<String>,
    /// The last three bytes of each, looked at first.
    person_tails: Vec<[u8; 3]>,
    person: WordInfo,
}

/// The last three bytes of a word, if it has as many.
fn tail(word: &str) -> Option<[u8; 3]> {
    word.as_bytes().last_chunk().copied()
}

/// What the grammar says of one lowercased word or phrase.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// The flags' first 32 bits; `more_flags` holds the rest, in what
    /// would be padding, so that a `Token` stays 64 bytes.
    flags: u32,
    more_flags: u8,
    /// 1 + the index in `Grammar::lemmas` of the speech verb this is a form
    /// of; 0 for none.
    speech: u16,
    /// 1 + the index in `Grammar::classes` of its description class.
    description: u16,
    pronoun: Option<PronounKind>,
}

macro_rules! word_flags {
    ($($(#[$doc:meta])* $flag:ident = $bit:expr, $is:ident;)*) => {
        impl WordInfo {
            $(const $flag: u64 = 1 << $bit;)*
            $($(#[$doc])* pub fn $is(self) -> bool { self.all_flags() & Self::$flag != 0 })*
        }
        // (`flags` holds 32 and `more_flags` 8: a flag past them would be
        // dropped by `WordTable::flag` without a word.)
        $(const _: () = assert!($bit < 40, "WordInfo holds 40 flags");)*
    };
}

word_flags! {
    /// A lemma that is a noun too ("call", "report").
    NOUN_TOO = 0, is_noun_too;
    TITLE = 1, is_title;
    ORGANISATION_HEAD = 2, is_organisation_head;
    /// "the pair", "the two leaders": a group that "they" may point to.
    PLURAL_DESCRIPTION = 3, is_plural_description;
    /// The first word of a phrase of several words in the grammar ("head"
    /// of "head of state"): the only words worth joining a phrase for.
    PHRASE_START = 4, starts_phrase;
    CLOSED_CLASS = 5, is_closed_class;
    BEFORE_VERB = 6, may_stand_before_verb;
    TIME_WORD = 7, is_time_word;
    ABBREVIATION = 8, is_abbreviation;
    MEDIA_NOUN = 9, is_media_noun;
    CHANNEL_PREPOSITION = 10, is_channel_preposition;
    AUDIENCE = 11, is_audience;
    /// "claim", "remarks": a noun whose owner is a speaker ("Trump's claim").
    SPEECH_NOUN = 12, is_speech_noun;
    /// "his", "their": owns the noun after it ("his lawyer").
    POSSESSIVE_DETERMINER = 13, is_possessive_determiner;
    /// "she", "Mrs", "spokeswoman": said of a woman.
    FEMALE = 14, is_female;
    /// "he", "Mr", "spokesman": said of a man.
    MALE = 15, is_male;
    /// "king", "bishop": a title that is also a surname ("Larry King",
    /// "Ms. Bishop"); "park", "house": a body's head word that is also one
    /// ("Jane Park"); "may", "jan": a month that is also a name ("Theresa
    /// May", "Jan Peters").
    SURNAME_TITLE = 16, may_be_surname;
    /// "Hillary", "Charlie": a given name most of whose bearers are women
    /// (or men). Kept apart from `FEMALE` and `MALE`: "Clinton aide
    /// Jennifer Palmieri" is not made a man by "Clinton".
    GIVEN_FEMALE = 17, is_given_female;
    GIVEN_MALE = 18, is_given_male;
    /// "times", "reuters": makes a proper name a news outlet.
    OUTLET = 19, is_outlet;
    /// "news conference", "rally": a gathering at which words are said.
    EVENT = 20, is_event;
    /// "station", "newspaper": a medium's noun that a medium's name may
    /// follow ("talk radio station WVOM").
    OUTLET_KIND = 21, is_outlet_kind;
    /// "released", "issued": a verb whose object medium carries the words
    /// ("released a statement saying …").
    PUBLISHING_VERB = 22, is_publishing_verb;
    /// "hit", "spoke": a past tense not ending in "-ed".
    IRREGULAR_PAST = 23, is_irregular_past;
    /// "Democrats", "Tories": names a party's members together.
    GROUP_NAME = 24, is_group_name;
    /// "fired", "hit": a form of a verb that reports speech with its
    /// particle ("fired back", "weighed in"; see `Grammar::phrasal_lemma`).
    PHRASAL_VERB = 25, may_be_phrasal;
    /// "pope", "prince": a title kept with the one name it goes with
    /// ("Pope Francis", "Prince Harry").
    REGNAL_TITLE = 26, is_regnal_title;
    /// "jr", "iii": a generational suffix after a surname.
    NAME_SUFFIX = 27, is_name_suffix;
    /// "police", "ministry": describes only a body whose name holds the
    /// word ("the police" is no weather service).
    SPECIFIC_BODY_NOUN = 28, is_specific_body_noun;
    /// "ceo", "chairman": a title only a body gives ("Apple CEO Tim Cook").
    EXECUTIVE_TITLE = 29, is_executive_title;
    /// "shadow", "former": makes a title another office, which the bare
    /// title does not name ("the chancellor" is no shadow chancellor).
    OFFICE_QUALIFIER = 30, is_office_qualifier;
    /// "commission", "council": a body whose name goes on after "on" with
    /// its topic ("the Council on Foreign Relations").
    TOPIC_BODY = 31, is_topic_body;
    /// "water", "energy": a firm's line of business, which ends its name
    /// after another word ("Thames Water") but names nothing alone.
    BUSINESS_LINE = 32, is_business_line;
    /// "operator", "provider": a body's noun that is a person's trade too
    /// ("a crane operator").
    PERSONS_TRADE_TOO = 33, is_persons_trade_too;
    /// "good" of "Good Morning Britain", "hannity": the first word of a
    /// programme's or publication's title: the only words worth joining a
    /// title for (`Grammar::media_title_len`).
    MEDIA_TITLE_START = 34, may_start_media_title;
    /// "federal" of "Federal Reserve", "fed": the first word of a form of
    /// a name in `aliases.tsv`: the only names worth looking up there.
    ALIAS_START = 35, may_start_alias;
}

impl WordInfo {
    fn all_flags(self) -> u64 {
        u64::from(self.flags) | u64::from(self.more_flags) << 32
    }
    pub fn is_speech_verb(self) -> bool {
        self.speech != 0
    }
    pub fn has_description(self) -> bool {
        self.description != 0
    }
    pub fn pronoun(self) -> Option<PronounKind> {
        self.pronoun
    }
}

const FILES: [&str; 5] = [
    "speech.toml",
    "people.toml",
    "words.toml",
    "channels.toml",
    "marks.toml",
];

/// A grammar folder may leave this file out: it then knows no given names
/// beyond `people.toml`'s own.
const GIVEN_NAMES: &str = "given_names.toml";

const DEFAULT_EN_GIVEN_NAMES: &str = include_str!("../grammars/en/given_names.toml");

/// A grammar folder may leave this file out: it then knows the English
/// names' forms.
const ALIASES: &str = "aliases.tsv";

const DEFAULT_EN_ALIASES: &str = include_str!("../grammars/en/aliases.tsv");

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
        Self::from_sources(
            Path::new("grammars/en"),
            &sources,
            DEFAULT_EN_GIVEN_NAMES,
            DEFAULT_EN_ALIASES,
        )
        .expect("the compiled-in English grammar is valid (tested)")
    }

    /// Reads the five grammar files, and `given_names.toml` and
    /// `aliases.tsv` when they are there, from a folder of the user's.
    pub fn load_dir(dir: &Path) -> Result<Self, GrammarError> {
        let mut sources: [String; 5] = Default::default();
        for (slot, name) in sources.iter_mut().zip(FILES) {
            let path = dir.join(name);
            *slot = std::fs::read_to_string(&path)
                .map_err(|source| GrammarError::Io { path, source })?;
        }
        // (Files a folder may leave out: what stands in for them.)
        let optional = |name: &str, absent: &str| {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(source) => Ok(source),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(absent.to_owned()),
                Err(source) => Err(GrammarError::Io { path, source }),
            }
        };
        let given_names = optional(GIVEN_NAMES, "")?;
        let aliases = optional(ALIASES, DEFAULT_EN_ALIASES)?;
        Self::from_sources(dir, &sources, &given_names, &aliases)
    }

    fn from_sources(
        dir: &Path,
        sources: &[String; 5],
        given_names: &str,
        aliases: &str,
    ) -> Result<Self, GrammarError> {
        let speech: SpeechFile = parse(dir, FILES[0], &sources[0])?;
        let people: PeopleFile = parse(dir, FILES[1], &sources[1])?;
        let words: WordsFile = parse(dir, FILES[2], &sources[2])?;
        let channels: ChannelsFile = parse(dir, FILES[3], &sources[3])?;
        let marks: MarksFile = parse(dir, FILES[4], &sources[4])?;
        let given: GivenNamesFile = parse(dir, GIVEN_NAMES, given_names)?;
        let aliases =
            Aliases::from_source(aliases).map_err(|(line, message)| GrammarError::Parse {
                path: dir.join(ALIASES),
                line,
                message,
            })?;

        let invalid_speech = |message| GrammarError::Invalid {
            path: dir.join(FILES[0]),
            message,
        };
        let mut table = WordTable::default();
        let noun_too = lower_set(&speech.noun_too);
        for word in &noun_too {
            table.flag(word, WordInfo::NOUN_TOO);
        }
        for lemma in &speech.verbs {
            let lemma = lemma.to_lowercase();
            let forms = match speech.irregular.get(&lemma) {
                Some(forms) => forms.clone(),
                None => regular_forms(&lemma).to_vec(),
            };
            if !noun_too.contains(&lemma) {
                table.speech(&lemma, &lemma).map_err(invalid_speech)?;
            }
            for form in forms {
                table
                    .speech(&form.to_lowercase(), &lemma)
                    .map_err(invalid_speech)?;
            }
        }
        let mut phrasal = FxHashMap::default();
        for (verb, particle) in &speech.phrasal {
            let (verb, particle) = (verb.to_lowercase(), particle.to_lowercase());
            let forms = match speech.irregular.get(&verb) {
                Some(forms) => forms.clone(),
                None => regular_forms(&verb).to_vec(),
            };
            let lemma = format!("{verb} {particle}");
            for form in std::iter::once(verb.clone()).chain(forms) {
                let form = form.to_lowercase();
                table.flag(&form, WordInfo::PHRASAL_VERB);
                phrasal.insert(form, (particle.clone(), lemma.clone()));
            }
        }
        for (lemma, forms) in &speech.irregular {
            if forms.len() < 4 {
                return Err(GrammarError::Invalid {
                    path: dir.join(FILES[0]),
                    message: format!(
                        "irregular verb `{lemma}` lists {} forms, not the third person, the \
                         past, the past participle and the present participle",
                        forms.len()
                    ),
                });
            }
            if speech.phrasal.contains_key(lemma) {
                continue;
            }
            if !speech.verbs.iter().any(|v| v.eq_ignore_ascii_case(lemma)) {
                return Err(GrammarError::Invalid {
                    path: dir.join(FILES[0]),
                    message: format!("irregular verb `{lemma}` is not in `verbs` or `phrasal`"),
                });
            }
            for form in forms {
                table
                    .speech(&form.to_lowercase(), &lemma.to_lowercase())
                    .map_err(invalid_speech)?;
            }
            // The second form is the past tense: "said", "told" are verbs,
            // as "hit" is, never a noun's modifier. ("forecast", the same
            // as its lemma, may be a noun.)
            if let Some(past) = forms
                .get(1)
                .filter(|past| !past.eq_ignore_ascii_case(lemma))
            {
                table.flag(&past.to_lowercase(), WordInfo::IRREGULAR_PAST);
            }
        }

        let mut described: FxHashMap<String, &str> = FxHashMap::default();
        for (class, nouns) in &people.descriptions {
            for noun in nouns {
                if let Some(other) = described.insert(noun.to_lowercase(), class) {
                    let message = if other == class {
                        format!("description `{noun}` is listed twice in `{class}`")
                    } else {
                        format!("description `{noun}` is in both `{other}` and `{class}`")
                    };
                    return Err(GrammarError::Invalid {
                        path: dir.join(FILES[1]),
                        message,
                    });
                }
                table
                    .description(&noun.to_lowercase(), class)
                    .map_err(|message| GrammarError::Invalid {
                        path: dir.join(FILES[1]),
                        message,
                    })?;
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

        let phrases = described
            .keys()
            .chain(&people.plural_descriptions)
            .chain(&channels.media_nouns)
            .chain(&channels.events);
        for first in
            phrases.filter_map(|p| p.split_once(' ').map(|(first, _)| first.to_lowercase()))
        {
            table.flag(&first, WordInfo::PHRASE_START);
        }
        for title in &channels.media_titles {
            let first = title.split(' ').next().unwrap_or_default();
            table.flag(&first.to_lowercase(), WordInfo::MEDIA_TITLE_START);
        }
        for first in aliases.first_words() {
            table.flag(first, WordInfo::ALIAS_START);
        }
        // "Ex-President Donald Trump", "ex-Sen. Bob Kerrey": a former
        // office is a title too, and so is one to come ("Mayor-elect Zohran
        // Mamdani").
        let abbreviations = lower_set(&words.abbreviations);
        for title in &people.titles {
            let title = title.to_lowercase();
            // ("ex-Sen." keeps its stop, as "Sen." does.)
            let flags = if abbreviations.contains(&title) {
                WordInfo::TITLE | WordInfo::ABBREVIATION
            } else {
                table.flag(&format!("{title}-elect"), WordInfo::TITLE);
                WordInfo::TITLE
            };
            table.flag(&format!("ex-{title}"), flags);
            // ("the ex-governor": described as the office is.)
            let class = table.words.get(&key(&title)).map_or(0, |i| i.description);
            table
                .words
                .entry(key(&format!("ex-{title}")))
                .or_default()
                .description = class;
        }
        // ("Ex-aide testifies …", "his ex-wife": a former one of the
        // people a noun describes is described as they are, and has their
        // gender.)
        for (noun, class) in &described {
            let former = format!("ex-{noun}");
            if is_class_of_things(class) || noun.contains(' ') || described.contains_key(&former) {
                continue;
            }
            table
                .description(&former, class)
                .map_err(|message| GrammarError::Invalid {
                    path: dir.join(FILES[1]),
                    message,
                })?;
            let gender = [
                (&people.female, WordInfo::FEMALE),
                (&people.male, WordInfo::MALE),
            ]
            .into_iter()
            .find(|(words, _)| words.iter().any(|w| w.eq_ignore_ascii_case(noun)));
            if let Some((_, gender)) = gender {
                table.flag(&former, gender);
            }
        }
        for (list, flag) in [
            (&people.titles, WordInfo::TITLE),
            (&people.organisation_heads, WordInfo::ORGANISATION_HEAD),
            (&people.business_lines, WordInfo::BUSINESS_LINE),
            (&people.trade_nouns_of_a_body, WordInfo::PERSONS_TRADE_TOO),
            (&people.plural_descriptions, WordInfo::PLURAL_DESCRIPTION),
            (&people.female, WordInfo::FEMALE),
            (&people.male, WordInfo::MALE),
            (&people.female_first_names, WordInfo::GIVEN_FEMALE),
            (&people.male_first_names, WordInfo::GIVEN_MALE),
            (&given.female, WordInfo::GIVEN_FEMALE),
            (&given.male, WordInfo::GIVEN_MALE),
            // (Both flags: a given name, of no gender.)
            (&people.given_names_of_both, WordInfo::GIVEN_FEMALE),
            (&people.given_names_of_both, WordInfo::GIVEN_MALE),
            (&people.surname_titles, WordInfo::SURNAME_TITLE),
            (&people.surname_heads, WordInfo::SURNAME_TITLE),
            (&people.name_months, WordInfo::SURNAME_TITLE),
            (&people.regnal_titles, WordInfo::REGNAL_TITLE),
            (&people.name_suffixes, WordInfo::NAME_SUFFIX),
            (&people.specific_body_nouns, WordInfo::SPECIFIC_BODY_NOUN),
            (&people.executive_titles, WordInfo::EXECUTIVE_TITLE),
            (&people.office_qualifiers, WordInfo::OFFICE_QUALIFIER),
            (&people.topic_bodies, WordInfo::TOPIC_BODY),
            (&people.group_names, WordInfo::GROUP_NAME),
            (&words.closed_class, WordInfo::CLOSED_CLASS),
            (&words.between_subject_and_verb, WordInfo::BEFORE_VERB),
            (&words.time_words, WordInfo::TIME_WORD),
            (&words.irregular_past_tenses, WordInfo::IRREGULAR_PAST),
            (&words.abbreviations, WordInfo::ABBREVIATION),
            (
                &words.possessive_determiners,
                WordInfo::POSSESSIVE_DETERMINER,
            ),
            (&channels.media_nouns, WordInfo::MEDIA_NOUN),
            (&channels.events, WordInfo::EVENT),
            (&channels.outlet_kinds, WordInfo::OUTLET_KIND),
            (&channels.publishing_verbs, WordInfo::PUBLISHING_VERB),
            (
                &channels.channel_prepositions,
                WordInfo::CHANNEL_PREPOSITION,
            ),
            (&channels.audiences, WordInfo::AUDIENCE),
            (&channels.speech_nouns, WordInfo::SPEECH_NOUN),
            (&channels.outlets, WordInfo::OUTLET),
        ] {
            for word in list {
                let word = word.to_lowercase();
                // Articles print "didn't" with either apostrophe; the
                // grammar writes the straight one.
                if word.contains('\'') {
                    table.flag(&word.replace('\'', "\u{2019}"), flag);
                }
                table.flag(&word, flag);
            }
        }
        // "the mother-of-two": described as "the mother", and a woman.
        for parent in &people.parent_nouns {
            let parent = parent.to_lowercase();
            let Some(&info) = table
                .words
                .get(&key(&parent))
                .filter(|i| i.description != 0)
            else {
                return Err(GrammarError::Invalid {
                    path: dir.join(FILES[1]),
                    message: format!("parent noun `{parent}` is no description"),
                });
            };
            for count in &people.child_counts {
                let compound = format!("{parent}-of-{}", count.to_lowercase());
                table.words.insert(key(&compound), info);
            }
        }
        let party_letters = people.party_letters;
        let state_abbreviations: HashMap<String, String> = people
            .state_abbreviations
            .into_iter()
            .map(|(abbreviation, state)| (abbreviation, state.to_lowercase()))
            .collect();
        let country_adjectives: FxHashMap<String, (String, String)> = people
            .country_adjectives
            .into_iter()
            .map(|(country, adjective)| {
                let lower = adjective.to_lowercase();
                (country.to_lowercase(), (adjective, lower))
            })
            .collect();
        let nationalities = country_adjectives
            .values()
            .map(|(_, lower)| lower.clone())
            .collect();
        let country_first_words = country_adjectives
            .keys()
            .filter_map(|country| country.split_once(' '))
            .map(|(first, _)| first.to_owned())
            .collect();
        for (word, kind) in people.pronouns {
            table
                .words
                .entry(key(&word.to_lowercase()))
                .or_default()
                .pronoun = Some(kind);
        }
        let headline_labels = lower_set(&words.headline_labels);
        let mut opposites = Vec::with_capacity(words.opposites.len());
        for pair in &words.opposites {
            let [a, b] = pair.get_ref().as_slice() else {
                return Err(GrammarError::Parse {
                    path: dir.join(FILES[2]),
                    line: line_at(&sources[2], pair.span().start),
                    message: format!(
                        "a pair of opposites is two words, not {}",
                        pair.get_ref().len()
                    ),
                });
            };
            opposites.push((a.to_lowercase(), b.to_lowercase()));
        }
        let gestures = lower_set(&speech.gestures);
        let remote_means = lower_set(&channels.remote_means);
        let voice_carriers = lower_set(&channels.voice_carriers);
        let media_titles = lower_set(&channels.media_titles);
        let street_nouns = lower_set(&channels.street_nouns);
        let business_nouns = lower_set(&people.business_nouns);
        let public_body_nouns = lower_set(&people.public_body_nouns);
        let team_nouns = lower_set(&people.team_nouns);
        let player_nouns = lower_set(&people.player_nouns);
        let lone_name_nouns = lower_set(&people.lone_name_nouns);
        let anonymous_nouns = lower_set(&people.anonymous_nouns);
        let trades = by_word(people.trades, "trades", &dir.join(FILES[1]))?;
        let parties = by_word(people.parties, "parties", &dir.join(FILES[1]))?;
        let portfolios = by_word(people.portfolios, "portfolios", &dir.join(FILES[1]))?;
        let person_suffixes: Vec<String> = people
            .person_suffixes
            .iter()
            .map(|s| s.to_lowercase())
            .collect();
        if let Some(short) = person_suffixes.iter().find(|s| s.len() < 3) {
            return Err(GrammarError::Invalid {
                path: dir.join(FILES[1]),
                message: format!("person suffix `{short}` is shorter than three letters"),
            });
        }
        let person_tails = person_suffixes
            .iter()
            .map(|s| tail(s).expect("three bytes or more"))
            .collect();
        let person = table.words.get("person").copied().unwrap_or_default();
        let single_bytes = std::array::from_fn(|b| {
            let byte = [b as u8];
            let word = std::str::from_utf8(&byte).unwrap_or_default();
            table.words.get(word).copied().unwrap_or_default()
        });
        Ok(Grammar {
            aliases,
            single_bytes,
            words: table.words,
            lemmas: table.lemmas,
            phrasal,
            classes: table.classes,
            marks: marks.marks,
            party_letters,
            state_names: state_abbreviations.values().cloned().collect(),
            state_abbreviations,
            country_adjectives,
            nationalities,
            country_first_words,
            headline_labels,
            opposites,
            gestures,
            remote_means,
            voice_carriers,
            media_titles,
            street_nouns,
            business_nouns,
            public_body_nouns,
            team_nouns,
            player_nouns,
            lone_name_nouns,
            anonymous_nouns,
            trades,
            parties,
            portfolios,
            person_suffixes,
            person_tails,
            person,
        })
    }

    /// Whether the speech verb `lemma` names a gesture that goes with the
    /// words ("“…,” she said, smiling"): it says how, not what.
    pub fn is_gesture(&self, lemma: &str) -> bool {
        self.gestures.contains(lemma)
    }

    /// Whether `lower` labels a headline before a colon ("Watch:",
    /// "Exclusive:"), so that it is no one's name.
    pub fn is_headline_label(&self, lower: &str) -> bool {
        self.headline_labels.contains(lower)
    }

    /// Whether `lower` is a noun only a business is called by: "the
    /// automaker", "the planemaker" (not "the ministry", "the court").
    pub fn is_business_noun(&self, lower: &str) -> bool {
        self.business_nouns.contains(lower)
    }

    /// Whether `lower` is a noun of a body that is never a business: "the
    /// union", "the regulator".
    pub fn is_public_body_noun(&self, lower: &str) -> bool {
        self.public_body_nouns.contains(lower)
    }

    /// Whether `lower` is a noun of a side in sport: "the club", "the
    /// team".
    pub fn is_team_noun(&self, lower: &str) -> bool {
        self.team_nouns.contains(lower)
    }

    /// Whether `lower` is a noun of a side's player: "the quarterback",
    /// "the striker".
    pub fn is_player_noun(&self, lower: &str) -> bool {
        self.player_nouns.contains(lower)
    }

    /// Whether `lower` is a noun of a body that news names in one word: "the
    /// group" after "Hamas said", "the regulator" after "Ofcom".
    pub fn is_lone_name_noun(&self, lower: &str) -> bool {
        self.lone_name_nouns.contains(lower)
    }

    /// Whether `lower` is a noun of someone whom news leaves unnamed: "the
    /// source", "the insider" is not taken for the last person named.
    pub fn is_anonymous_noun(&self, lower: &str) -> bool {
        self.anonymous_nouns.contains(lower)
    }

    /// The trade `lower` names, if it names one: "the carrier" and
    /// "Alaska Airlines" an airline; "the company" none.
    pub fn trade(&self, lower: &str) -> Option<&str> {
        self.trades.get(lower).map(String::as_str)
    }

    /// The field of government `lower` names, if it names one: "the
    /// defense ministry" and "Defence Ministry" the same.
    pub fn portfolio(&self, lower: &str) -> Option<&str> {
        self.portfolios.get(lower).map(String::as_str)
    }

    /// The party `lower` names, if it names one: "Tory" and "Conservative"
    /// the same.
    pub fn party(&self, lower: &str) -> Option<&str> {
        self.parties.get(lower).map(String::as_str)
    }

    /// How many of `words` (lower case) name a means that carries words at
    /// a distance ("email", "video link"), the longest that does; 0 if none.
    pub fn remote_means_len<'w>(&self, words: impl Iterator<Item = &'w str>) -> usize {
        longest_phrase(&self.remote_means, words.take(3))
    }

    /// How many of `words` (lower case) name a means that carries a voice
    /// ("phone", "team radio"), the longest that does; 0 if none.
    pub fn voice_carrier_len<'w>(&self, words: impl Iterator<Item = &'w str>) -> usize {
        longest_phrase(&self.voice_carriers, words.take(3))
    }

    /// How many of `words` (lower case) name a programme or a publication
    /// of the grammar's ("good morning america", "rolling stone"), the
    /// longest that does; 0 if none.
    pub fn media_title_len<'w>(&self, words: impl Iterator<Item = &'w str>) -> usize {
        longest_phrase(&self.media_titles, words.take(5))
    }

    /// Whether `lower` ends a street's name: "road" of "Station Road".
    pub fn is_street_noun(&self, lower: &str) -> bool {
        self.street_nouns.contains(lower)
    }

    /// The party and the state's words of an American politician's tag:
    /// "D-Conn." → ("democrat", ["connecticut"]), "R-N.Y." →
    /// ("republican", ["new", "york"]). The tag as written.
    pub fn party_tag(&self, tag: &str) -> Option<(&str, impl Iterator<Item = &str> + Clone)> {
        let (party, state) = self.party_and_place(tag)?;
        // ("D-Conn.," may reach us without its stop, read as punctuation.)
        let state = self
            .state_abbreviations
            .get(state)
            .or_else(|| self.state_abbreviations.get(&format!("{state}.")))?;
        Some((party, state.split_whitespace()))
    }

    /// Whether words in lower case, joined by spaces, name an American
    /// state a politician's tag may abbreviate: "connecticut", "new york".
    pub fn is_state_name(&self, lower: &str) -> bool {
        self.state_names.contains(lower)
    }

    /// Whether a word in lower case is a country's adjective: "swedish".
    pub fn is_nationality(&self, lower: &str) -> bool {
        self.nationalities.contains(lower)
    }

    /// A country's adjective, as printed and in lower case: ["russia"] →
    /// ("Russian", "russian"), ["saudi", "arabia"] → ("Saudi", "saudi").
    /// `words` are its name's words in lower case.
    pub fn country_adjective(&self, words: &[&str]) -> Option<(&str, &str)> {
        let found = match words {
            [one] => self.country_adjectives.get(*one),
            // (Joined only when a country's name opens so: a name read
            // here is more often a person's, "Donald Trump's".)
            [first, ..] if self.country_first_words.contains(*first) => {
                self.country_adjectives.get(&words.join(" "))
            }
            _ => None,
        };
        found.map(|(printed, lower)| (printed.as_str(), lower.as_str()))
    }

    /// The party of a tag that names a hometown rather than a state, as
    /// state legislators' do ("R-Knoxville"): a party letter, a hyphen and
    /// a capital. Only where a tag stands (after a name, set off by
    /// commas or a parenthesis), since "D-Money" may be a nickname.
    pub fn hometown_tag_party(&self, tag: &str) -> Option<&str> {
        let (party, place) = self.party_and_place(tag)?;
        place
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some(party)
    }

    /// A tag's party ("D" → "democrat") and the place after its hyphen.
    fn party_and_place<'t>(&self, tag: &'t str) -> Option<(&str, &'t str)> {
        let (letter, place) = tag.split_once('-')?;
        let party = self.party_letters.get(letter)?;
        Some((party.as_str(), place))
    }

    /// The forms of names that outlets print (`aliases.tsv`).
    pub fn aliases(&self) -> &Aliases {
        &self.aliases
    }

    /// Everything the grammar says of a lowercased word or phrase.
    #[inline]
    pub fn info(&self, lower: &str) -> WordInfo {
        if let &[b] = lower.as_bytes()
            && b.is_ascii()
        {
            return self.single_bytes[usize::from(b)];
        }
        match self.words.get(lower) {
            Some(&info) => info,
            None => self.by_ending(lower),
        }
    }

    /// A word the lists lack: a person when it ends as an occupation does
    /// ("physiotherapist"), or nothing.
    fn by_ending(&self, lower: &str) -> WordInfo {
        // (Most words end otherwise: three bytes answer for them.)
        let occupation = lower.len() >= 8
            && tail(lower).is_some_and(|t| self.person_tails.contains(&t))
            && self
                .person_suffixes
                .iter()
                .any(|s| lower.ends_with(s.as_str()))
            && lower.bytes().all(|b| b.is_ascii_lowercase());
        if occupation {
            self.person
        } else {
            WordInfo::default()
        }
    }

    /// The lemma of the speech verb `info` is a form of.
    pub fn lemma(&self, info: WordInfo) -> Option<&str> {
        let i = usize::from(info.speech).checked_sub(1)?;
        self.lemmas.get(i).map(String::as_str)
    }

    /// The description class of `info` ("leader", "media").
    pub fn class(&self, info: WordInfo) -> Option<&str> {
        let i = usize::from(info.description).checked_sub(1)?;
        self.classes.get(i).map(String::as_str)
    }

    /// The lemma of a phrasal speech verb whose form is `lower` and whose
    /// particle is `next` (`"fired"`, `"back"` → `"fire back"`).
    pub fn phrasal_lemma(&self, lower: &str, next: &str) -> Option<&str> {
        let (particle, lemma) = self.phrasal.get(lower)?;
        (particle == next).then_some(lemma.as_str())
    }

    /// The lemma of a speech verb form (`"told"` → `"tell"`).
    pub fn speech_lemma(&self, lower: &str) -> Option<&str> {
        self.lemma(self.info(lower))
    }
    /// The lemma of a speech verb that is also a noun, in its bare form.
    pub fn noun_too_lemma<'w>(&self, lower: &'w str) -> Option<&'w str> {
        self.info(lower).is_noun_too().then_some(lower)
    }
    pub fn is_title(&self, lower: &str) -> bool {
        self.info(lower.trim_end_matches('.')).is_title()
    }
    /// An office qualifier joined by a hyphen to an office's noun, as
    /// British papers print them: `"vice-president"` → `("vice",
    /// "president")`, `"ex-chancellor"`. Read as the two words, it is
    /// "the vice president", another office than the president's.
    pub fn hyphenated_office<'w>(&self, lower: &'w str) -> Option<(&'w str, &'w str)> {
        let (qualifier, office) = lower.split_once('-')?;
        (self.info(qualifier).is_office_qualifier() && self.description_class(office).is_some())
            .then_some((qualifier, office))
    }
    /// The class of a description noun (`"leader"` → `"leader"`,
    /// `"head of state"` → `"leader"`).
    pub fn description_class(&self, lower: &str) -> Option<&str> {
        self.class(self.info(lower))
    }
    /// The grammar's own copy of `lower` when it names a document ("report",
    /// "statement", "ad": the `document` class of descriptions).
    pub fn document_noun(&self, lower: &str) -> Option<&str> {
        let (noun, info) = self.words.get_key_value(lower)?;
        (self.class(*info) == Some("document")).then_some(noun.as_str())
    }
    /// Whether `lower` starts a phrase of several words in the grammar.
    pub fn starts_phrase(&self, lower: &str) -> bool {
        self.info(lower).starts_phrase()
    }
    /// "the pair", "the two leaders": a group that "they" may point to.
    pub fn is_plural_description(&self, lower: &str) -> bool {
        self.info(lower).is_plural_description()
    }
    pub fn is_organisation_head(&self, lower: &str) -> bool {
        self.info(lower).is_organisation_head()
    }
    pub fn pronoun(&self, lower: &str) -> Option<PronounKind> {
        self.info(lower).pronoun()
    }
    /// Each country of one word and its adjective, in lower case:
    /// ("france", "french").
    pub fn countries_and_adjectives(&self) -> impl Iterator<Item = (&str, &str)> {
        self.country_adjectives
            .iter()
            .filter(|(country, _)| !country.contains(' '))
            .map(|(country, (_, lower))| (country.as_str(), lower.as_str()))
    }

    /// Words that are a name wherever they stand, in lower case: given
    /// names, one-word countries ("russia") and their adjectives
    /// ("russian").
    pub fn always_names(&self) -> impl Iterator<Item = &str> {
        let given = self.words_where(|info| info.is_given_female() || info.is_given_male());
        let countries = self
            .country_adjectives
            .keys()
            .filter(|country| !country.contains(' '))
            .map(String::as_str);
        given
            .chain(countries)
            .chain(self.nationalities.iter().map(String::as_str))
    }

    /// Every abbreviation of the grammar that ends with a full stop and
    /// ends no sentence ("mr", "gen", "u.s"), in lower case, without it.
    pub fn abbreviations(&self) -> impl Iterator<Item = &str> {
        self.words_where(|info| info.is_abbreviation())
    }

    /// Every title of the grammar that may stand before a name
    /// ("president", "mr", "sen"), in lower case.
    pub fn titles(&self) -> impl Iterator<Item = &str> {
        self.words_where(|info| info.is_title())
    }

    /// Every closed-class word of the grammar.
    pub fn closed_class_words(&self) -> impl Iterator<Item = &str> {
        self.words_where(|info| info.is_closed_class())
    }

    /// Every word of the grammar that names a time ("yesterday", "week",
    /// "march").
    pub fn time_words(&self) -> impl Iterator<Item = &str> {
        self.words_where(|info| info.is_time_word())
    }

    /// The grammar's pairs of opposite words ("increase", "decrease"), in
    /// lower case.
    pub fn opposites(&self) -> impl Iterator<Item = (&str, &str)> {
        self.opposites.iter().map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// The grammar's words whose `WordInfo` says `this` of them.
    fn words_where(&self, this: impl Fn(&WordInfo) -> bool) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .filter(move |(_, info)| this(info))
            .map(|(word, _)| word.as_str())
    }
    pub fn is_closed_class(&self, lower: &str) -> bool {
        self.info(lower).is_closed_class()
    }
    pub fn may_stand_before_verb(&self, lower: &str) -> bool {
        self.info(lower).may_stand_before_verb()
    }
    pub fn is_time_word(&self, lower: &str) -> bool {
        self.info(lower).is_time_word()
    }
    pub fn is_abbreviation(&self, lower_without_dot: &str) -> bool {
        self.info(lower_without_dot).is_abbreviation()
    }
    pub fn is_media_noun(&self, lower: &str) -> bool {
        self.info(lower).is_media_noun()
    }
    pub fn is_channel_preposition(&self, lower: &str) -> bool {
        self.info(lower).is_channel_preposition()
    }
    pub fn is_audience(&self, lower: &str) -> bool {
        self.info(lower).is_audience()
    }
    /// "claim", "remarks": a noun whose owner is a speaker ("Trump's claim").
    pub fn is_speech_noun(&self, lower: &str) -> bool {
        self.info(lower).is_speech_noun()
    }
    pub fn marks(&self) -> &[MarkSpec] {
        &self.marks
    }
}

/// The grammar's table of words while it is built.
#[derive(Default)]
struct WordTable {
    words: FxHashMap<String, WordInfo>,
    lemmas: Vec<String>,
    classes: Vec<String>,
}

impl WordTable {
    fn flag(&mut self, word: &str, flag: u64) {
        let info = self.words.entry(key(word)).or_default();
        info.flags |= flag as u32;
        info.more_flags |= (flag >> 32) as u8;
    }

    fn speech(&mut self, form: &str, lemma: &str) -> Result<(), String> {
        let number = number_of(&mut self.lemmas, lemma, "speech verbs")?;
        self.words.entry(key(form)).or_default().speech = number;
        Ok(())
    }

    fn description(&mut self, noun: &str, class: &str) -> Result<(), String> {
        let number = number_of(&mut self.classes, class, "description classes")?;
        self.words.entry(key(noun)).or_default().description = number;
        Ok(())
    }
}

/// Whether a description class is one of things (media, bodies,
/// documents, groups) rather than of a person.
pub(crate) fn is_class_of_things(class: &str) -> bool {
    matches!(class, "media" | "organisation" | "document" | "group")
}

/// A word's key in the table: as tokens read it, without accents
/// ("communiqué" is found as "communique").
fn key(lower: &str) -> String {
    crate::text::without_accents(lower).into_owned()
}

/// 1 + the index of `item` in `list`, where it is added when it is not yet.
fn number_of(list: &mut Vec<String>, item: &str, what: &str) -> Result<u16, String> {
    let index = match list.iter().position(|x| x == item) {
        Some(i) => i,
        None => {
            list.push(item.to_owned());
            list.len() - 1
        }
    };
    u16::try_from(index + 1).map_err(|_| format!("more than {} {what}", u16::MAX - 1))
}

/// A table of groups and the words that name each ("airline" → "carrier",
/// "airways"), turned round: each word, in lower case, to its group. A word
/// of two groups is an error in the grammar file at `path`.
fn by_word(
    groups: HashMap<String, Vec<String>>,
    what: &str,
    path: &Path,
) -> Result<FxHashMap<String, String>, GrammarError> {
    let mut by_word = FxHashMap::default();
    for (group, words) in groups {
        for word in words {
            let word = word.to_lowercase();
            if let Some(other) = by_word.insert(word.clone(), group.clone()) {
                return Err(GrammarError::Invalid {
                    path: path.to_path_buf(),
                    message: format!("`{word}` names two {what}, `{other}` and `{group}`"),
                });
            }
        }
    }
    Ok(by_word)
}

fn lower_set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn parse<T: serde::de::DeserializeOwned>(
    dir: &Path,
    name: &str,
    source: &str,
) -> Result<T, GrammarError> {
    toml::from_str(source).map_err(|err| GrammarError::Parse {
        path: dir.join(name),
        line: err.span().map_or(1, |span| line_at(source, span.start)),
        message: err.message().to_owned(),
    })
}

/// The line (from 1) of a byte offset in `source`.
fn line_at(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
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

/// How many of `words` make the longest phrase in `phrases`; 0 if none.
fn longest_phrase<'w>(phrases: &FxHashSet<String>, words: impl Iterator<Item = &'w str>) -> usize {
    let mut phrase = String::new();
    let mut len = 0;
    for (n, word) in words.enumerate() {
        if n > 0 {
            phrase.push(' ');
        }
        phrase.push_str(word);
        if phrases.contains(&phrase) {
            len = n + 1;
        }
    }
    len
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
    fn party_tags_read_party_and_state() {
        let g = Grammar::english();
        let read = |tag: &str| {
            g.party_tag(tag)
                .map(|(party, state)| (party.to_owned(), state.collect::<Vec<_>>().join(" ")))
        };
        assert_eq!(
            read("D-Conn."),
            Some(("democrat".into(), "connecticut".into()))
        );
        assert_eq!(
            read("R-N.Y."),
            Some(("republican".into(), "new york".into()))
        );
        assert_eq!(read("I-VT"), Some(("independent".into(), "vermont".into())));
        assert_eq!(
            read("D-Conn"),
            Some(("democrat".into(), "connecticut".into()))
        );
        // A nickname is no tag.
        assert_eq!(read("D-Money"), None);
        // A hometown's tag gives the party alone.
        assert_eq!(g.hometown_tag_party("R-Knoxville"), Some("republican"));
        assert_eq!(g.hometown_tag_party("X-Knoxville"), None);
        assert_eq!(g.hometown_tag_party("D-day"), None);
    }

    #[test]
    fn a_country_gives_its_adjective_by_its_name_in_lower_case() {
        let g = Grammar::english();
        assert_eq!(
            g.country_adjective(&["russia"]),
            Some(("Russian", "russian"))
        );
        assert_eq!(
            g.country_adjective(&["saudi", "arabia"]),
            Some(("Saudi", "saudi"))
        );
        // As written in the file, it is not found: keys are lower case.
        assert_eq!(g.country_adjective(&["Russia"]), None);
        // Nor a US state that shares a country's name, nor a person.
        assert_eq!(g.country_adjective(&["georgia"]), None);
        assert_eq!(g.country_adjective(&["donald", "trump"]), None);
    }

    #[test]
    fn one_word_carries_every_property_the_grammar_gives_it() {
        let g = Grammar::english();
        // "state" is a noun, and a speech verb only when inflected.
        let state = g.info("state");
        assert!(state.is_noun_too() && !state.is_speech_verb());
        assert_eq!(g.lemma(g.info("stated")), Some("state"));
        // "president" is a title and a description of a leader at once.
        let president = g.info("president");
        assert!(president.is_title() && president.has_description());
        assert_eq!(g.class(president), Some("leader"));
        assert!(g.info("he").pronoun().is_some());
        assert!(g.info("the").is_closed_class());
        assert!(g.info("mr").is_abbreviation());
        // A word the grammar does not know has no property at all.
        let unknown = g.info("zyzzyva");
        assert_eq!(unknown, WordInfo::default());
        assert_eq!(g.lemma(unknown), None);
        assert_eq!(g.class(unknown), None);
    }

    #[test]
    fn an_irregular_verb_may_list_other_spellings() {
        let g = Grammar::english();
        // British spellings after the four forms: "labelling" as "labeling".
        for form in ["labeled", "labelled", "labelling", "marvelled"] {
            assert!(g.info(form).is_speech_verb(), "{form}");
        }
        assert_eq!(g.speech_lemma("labelling"), Some("label"));
        // Fewer than the four forms is an error that names the verb.
        let tmp = copy_of_english();
        let dir = tmp.path();
        let speech = DEFAULT_EN[0].replace(
            "label = [\"labels\", \"labeled\", \"labeled\", \"labeling\",",
            "label = [\"labels\", \"labeled\"] # ",
        );
        assert_ne!(speech, DEFAULT_EN[0]);
        std::fs::write(dir.join("speech.toml"), speech).unwrap();
        let err = Grammar::load_dir(dir).unwrap_err().to_string();
        assert!(
            err.contains("speech.toml") && err.contains("`label` lists 2 forms"),
            "{err}"
        );
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(regular_forms("deny")[0], "denies");
        assert_eq!(regular_forms("say")[0], "says");
        assert_eq!(regular_forms("stress")[1], "stressed");
        assert_eq!(regular_forms("praise")[3], "praising");
        assert_eq!(regular_forms("agree")[3], "agreeing");
    }

    /// A user's grammar folder holding the five files of the English one.
    fn copy_of_english() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, src) in FILES.iter().zip(DEFAULT_EN) {
            std::fs::write(dir.path().join(name), src).unwrap();
        }
        dir
    }

    #[test]
    fn user_grammar_errors_name_file_and_line() {
        let tmp = copy_of_english();
        let dir = tmp.path();
        std::fs::write(dir.join("words.toml"), "closed_class = []\nbogus = 1\n").unwrap();
        let err = Grammar::load_dir(dir).unwrap_err().to_string();
        assert!(err.contains("words.toml:2"), "{err}");
    }

    #[test]
    fn opposites_are_a_users_to_give_or_leave_out() {
        let tmp = copy_of_english();
        let dir = tmp.path();
        let path = dir.join("words.toml");
        let words = std::fs::read_to_string(&path).unwrap();
        let start = words
            .find("\nopposites = [")
            .expect("the English grammar has opposites");
        let end = start + words[start..].find("\n]\n").unwrap() + 3;
        // Left out, there are none; given, they are the user's.
        std::fs::write(&path, format!("{}{}", &words[..start], &words[end..])).unwrap();
        assert_eq!(Grammar::load_dir(dir).unwrap().opposites().count(), 0);
        let own = "\nopposites = [[\"Hawk\", \"dove\"]]\n";
        std::fs::write(&path, format!("{}{own}{}", &words[..start], &words[end..])).unwrap();
        let g = Grammar::load_dir(dir).unwrap();
        assert_eq!(g.opposites().collect::<Vec<_>>(), [("hawk", "dove")]);
        assert!(
            Grammar::english()
                .opposites()
                .any(|pair| pair == ("up", "down"))
        );
        // A pair of three words is an error at its line, not a third word
        // dropped unsaid.
        let own =
            "\nopposites = [\n  [\"hawk\", \"dove\"],\n  [\"up\", \"down\", \"sideways\"],\n]\n";
        std::fs::write(&path, format!("{}{own}{}", &words[..start], &words[end..])).unwrap();
        let line = words[..start].matches('\n').count() + 4;
        let err = Grammar::load_dir(dir).unwrap_err().to_string();
        assert!(
            err.ends_with(&format!(
                "words.toml:{line}: a pair of opposites is two words, not 3"
            )),
            "{err}"
        );
    }

    #[test]
    fn given_names_are_optional_in_a_users_grammar() {
        let tmp = copy_of_english();
        let dir = tmp.path();
        // Without the file, only people.toml's own given names are known.
        let g = Grammar::load_dir(dir).unwrap();
        assert!(g.info("hillary").is_given_female());
        assert!(!g.info("charlie").is_given_male());
        assert!(Grammar::english().info("charlie").is_given_male());
        // A broken one is named with its line.
        std::fs::write(dir.join(GIVEN_NAMES), "female = [\"ada\"]\nmale = 3\n").unwrap();
        let err = Grammar::load_dir(dir).unwrap_err().to_string();
        assert!(err.contains("given_names.toml:2"), "{err}");
    }

    #[test]
    fn aliases_are_optional_in_a_users_grammar() {
        let tmp = copy_of_english();
        let dir = tmp.path();
        // Without the file, the English forms of names.
        let g = Grammar::load_dir(dir).unwrap();
        assert_eq!(g.aliases().lemma(&["Fed"]), Some("federal reserve"));
        // With it, its own.
        std::fs::write(dir.join(ALIASES), "Deutsche Bundesbank\tBundesbank\tBuba\n").unwrap();
        let g = Grammar::load_dir(dir).unwrap();
        assert_eq!(g.aliases().lemma(&["Buba"]), Some("deutsche bundesbank"));
        assert_eq!(g.aliases().lemma(&["Fed"]), None);
    }

    #[test]
    fn events_are_optional_in_a_users_grammar() {
        let tmp = copy_of_english();
        let path = tmp.path().join("channels.toml");
        let channels = std::fs::read_to_string(&path).unwrap();
        let start = channels.find("\nevents = [").unwrap();
        let end = start + channels[start..].find(']').unwrap() + 1;
        std::fs::write(&path, format!("{}{}", &channels[..start], &channels[end..])).unwrap();
        let g = Grammar::load_dir(tmp.path()).unwrap();
        assert!(!g.info("briefing").is_event());
        assert!(Grammar::english().info("briefing").is_event());
    }

    #[test]
    fn a_parent_by_their_childrens_count_is_the_parent() {
        let g = Grammar::english();
        let mother = g.info("mother-of-two");
        assert_eq!(g.class(mother), g.class(g.info("mother")));
        assert!(mother.is_female());
        assert!(g.info("father-of-three").is_male());
        // A parent noun the descriptions lack, unknown or known only for
        // its gender ("mrs"), is named with its file.
        for word in ["zyzzyva", "mrs"] {
            let tmp = copy_of_english();
            let path = tmp.path().join("people.toml");
            let people = std::fs::read_to_string(&path).unwrap();
            let people = people.replace(
                "parent_nouns = [\"mother\"",
                &format!("parent_nouns = [\"{word}\""),
            );
            std::fs::write(&path, people).unwrap();
            let err = Grammar::load_dir(tmp.path()).unwrap_err().to_string();
            assert!(err.contains("people.toml") && err.contains(word), "{err}");
        }
    }
}
