//! Grouping: the renderings of one utterance, across outlets and within one
//! article.
//!
//! 1. Quotes are cut into sentence-level units (`units`).
//! 2. Each unit is read into lemmas and editorial marks (`drift::Rendering`).
//! 3. Candidates are blocked, never compared all against all: units are
//!    indexed by their content lemmas and WordNet synsets, and only units
//!    that share a key held by few units are compared (a key held by more
//!    than `MAX_BLOCK` units says nothing and is skipped). The work grows
//!    with the number of units times the bounded block size: near-linear.
//! 4. Pairs that render one utterance are joined (union-find): enough
//!    content words in common, counting synonyms, and speakers that agree.
//!    Near-identical words given to two different speakers are joined too,
//!    and flagged as a misattribution (so is one sentence of six words or
//!    more given word for word, or most of it). A censored word
//!    ("motherf***") meets the words it may hide, in blocking and in
//!    comparing. Fragments of one or two content words join only the best
//!    group that holds them, so they cannot chain two utterances together.
//!    The closest pairs join first,
//!    and two sentences of one quote never join ("Faith made America
//!    strong. It can make her strong again."): each is a rendering of its
//!    own utterance. Last, the clause beside two joined ones, word for word
//!    the same in both quotes, joins too, however short ("…, but it will
//!    fail.").
//! 5. Each group gets a reference rendering (one quote's sentence, as far
//!    as the group's clauses of it reach), and each member its drift.

pub mod lexicon;

use std::borrow::Cow;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::drift::{self, Edit, Rendering, Severity};
use crate::extract::{Quote, QuoteKind};
use crate::text::{ellipsis_at, is_space, lowercase_words};
use lexicon::Lexicon;

/// A key held by more units than this is too common to block on.
const MAX_BLOCK: usize = 64;

/// The share of content words (Dice) above which two units are one
/// rendering each of the other, not a part of it.
const FULL_MATCH: f64 = 0.75;

/// The rarity-weighted Dice two comparable units must reach.
const WEIGHTED_MATCH: f64 = 0.5;

/// Two units whose content words number at least this share of each
/// other's are of comparable length: a rendering each, not a part.
const COMPARABLE: f64 = 0.6;

/// One rendering in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member<'q> {
    pub doc: &'q str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub text: &'q str,
    pub speaker: Option<&'q str>,
    /// The words the attribution rests on, and its cue ("said").
    pub mention: Option<&'q str>,
    pub cue: Option<&'q str>,
    pub kind: QuoteKind,
    pub outlet: Option<&'q str>,
    pub published: Option<&'q str>,
    pub channel: Option<&'q str>,
    pub edits: Vec<Edit>,
    pub similarity: f64,
    pub severity: Severity,
}

/// The renderings of one utterance. Members borrow their words from the
/// quotes they render, so that a corpus's groups do not copy its quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group<'q> {
    pub group: String,
    pub speaker: Option<String>,
    pub reference: String,
    /// Some member gives these words to a speaker other than the group's.
    pub misattributed: bool,
    pub members: Vec<Member<'q>>,
}

/// A sentence-level piece of a quote. It keeps only what comparing needs;
/// its words are read again when its group is built, so that a corpus's
/// units never hold every word at once.
#[derive(Debug, Clone)]
struct Unit<'q> {
    quote: &'q Quote,
    /// The number of its sentence in the quote.
    sentence: usize,
    /// Byte offsets in the article.
    start: usize,
    end: usize,
    /// Distinct content lemmas, by their number in [`Lemmas`].
    content: Vec<u32>,
    /// Which of the first 64 content lemmas are printed as a name's words,
    /// a bit each (`name_words`).
    names: u64,
    speaker: Option<&'q str>,
}

/// Each lemma numbered once, so that a corpus's units hold numbers, not
/// copies of their words.
#[derive(Default)]
struct Lemmas {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
}

impl Lemmas {
    fn id(&mut self, lemma: &str) -> u32 {
        if let Some(&id) = self.ids.get(lemma) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(lemma.into());
        self.ids.insert(lemma.into(), id);
        id
    }

    fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }
}

impl<'q> Unit<'q> {
    fn text(&self) -> &'q str {
        &self.quote.text[self.start - self.quote.start..self.end - self.quote.start]
    }

    /// Whether `other` is a clause of this unit's sentence, in its quote.
    fn shares_its_sentence(&self, other: &Unit) -> bool {
        std::ptr::eq(self.quote, other.quote) && self.sentence == other.sentence
    }
}

/// Words that open a clause on its subject.
const SUBJECTS: [&str; 15] = [
    "i", "i’ll", "i'll", "i’m", "i'm", "we", "we’re", "we're", "we’ll", "we'll", "he", "she", "it",
    "they", "you",
];

/// Cuts a quote's words into units: sentences, and clauses joined by a
/// semicolon or by ", but" / ", and" / ", so" / a dash and a new subject,
/// or cut by an ellipsis (which stays with the words before it). Outlets cut
/// long quotes at these joints, so a unit that spans two of them would join
/// two utterances.
/// Each unit is `(start, end, n)`, `n` the number of its sentence.
pub(crate) fn unit_spans(text: &str, lexicon: &Lexicon) -> Vec<(usize, usize, usize)> {
    let mut units = Vec::new();
    for (n, (s, e)) in sentence_spans(text, lexicon).into_iter().enumerate() {
        let mut out = Vec::new();
        let sentence = &text[s..e];
        let mut start = 0;
        for (i, joint_mark) in sentence.match_indices([';', ',', '—', '–', ' ', '…', '.']) {
            // "will not allow Russia to win ... and [will] support Ukraine":
            // an ellipsis marks words left out, so the words on either side
            // may come from two utterances; it ends the unit before it
            // where a new clause follows (a conjunction, a subject, a
            // capital). Inside a clause it marks words cut from one
            // utterance, which drift names: "The strength we are ...
            // seeing in the economy". (Dots of one: "U.S.", a decimal.)
            // (Not the marks inside an ellipsis: the spaces of ". . .".)
            if i < start {
                continue;
            }
            let ellipsis = match joint_mark {
                "." if sentence[..i].ends_with('.') => continue,
                // (With the brackets an outlet puts around it: "[...]".)
                "…" | "." => match ellipsis_at(&sentence[i..]) {
                    Some(len) => {
                        let bracketed = sentence[..i].ends_with(['[', '('])
                            && sentence[i + len..].starts_with([']', ')']);
                        Some(i + len + usize::from(bracketed))
                    }
                    None => continue,
                },
                _ => None,
            };
            if let Some(after) = ellipsis {
                if sentence[start..i].chars().any(char::is_alphanumeric)
                    && opens_a_clause(&sentence[after..])
                {
                    out.push((s + start, s + after));
                    start = after;
                }
                continue;
            }
            let after = i + joint_mark.len();
            let rest = sentence[after..].trim_start_matches(|c: char| is_space(c) || c == '-');
            let word = |s: &str| -> usize {
                s.char_indices()
                    .find(|&(_, c)| !(c.is_alphabetic() || c == '’' || c == '\''))
                    .map_or(s.len(), |(k, _)| k)
            };
            let first_len = word(rest);
            let first = rest[..first_len].to_lowercase();
            let rest2 = rest[first_len..].trim_start();
            let second = rest2[..word(rest2)].to_lowercase();
            let new_subject = SUBJECTS.contains(&second.as_str());
            // "I don’t like that language, I wouldn’t use that language": a
            // comma splice, a clause of three words or more on a subject
            // and a new one on a subject, is two utterances outlets cut
            // apart. ("If we do, we will" opens on no subject.)
            let clause = &sentence[start..i];
            let clause_first = clause[..word(clause)].to_lowercase();
            let splice = joint_mark == ","
                && SUBJECTS.contains(&first.as_str())
                && SUBJECTS.contains(&clause_first.as_str())
                && clause.split_whitespace().count() >= 3;
            let joint = if joint_mark == " " {
                // "… war on religion and I'll fight …": a new subject after
                // a bare conjunction.
                matches!(first.as_str(), "and" | "but") && new_subject
            } else {
                joint_mark == ";"
                    || splice
                    || (matches!(first.as_str(), "but" | "because")
                        && !matches!(joint_mark, "—" | "–"))
                    || (matches!(first.as_str(), "and" | "but" | "so") && new_subject)
            };
            if joint && i > start {
                out.push((s + start, s + i));
                start = after;
            }
        }
        out.push((s + start, e));
        units.extend(trimmed(text, out).into_iter().map(|(s, e)| (s, e, n)));
    }
    units
}

/// Whether `rest`, the words after an ellipsis, opens a clause of its
/// own: on a conjunction, a subject or a capital, or on nothing more.
fn opens_a_clause(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| is_space(c) || matches!(c, '[' | '.' | '…'));
    let first = rest
        .split(|c: char| !(c.is_alphabetic() || c == '’' || c == '\''))
        .next()
        .unwrap_or_default();
    let lower = first.to_lowercase();
    first.is_empty()
        || first.starts_with(char::is_uppercase)
        || matches!(lower.as_str(), "and" | "but" | "so" | "or" | "because")
        || SUBJECTS.contains(&lower.as_str())
}

/// The spans with white space trimmed, empty ones dropped.
fn trimmed(text: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans
        .into_iter()
        .map(|(s, e)| {
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start_matches(is_space).len();
            (s + lead, s + piece.trim_end_matches(is_space).len())
        })
        .filter(|(s, e)| e > s)
        .collect()
}

/// Cuts a quote's words into sentences: after `.`, `?` or `!` (and any
/// closing marks) followed by space and a capital or an opening mark. (Not
/// after an initial's stop or an abbreviation's, as extraction reads them:
/// "Mr. Putin", "George W. Bush".)
fn sentence_spans(text: &str, lexicon: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        if c == '.' {
            // (The word before the stop, dots inside it kept: "U.S".)
            let word_start = text[..i]
                .rfind(|c: char| !(c.is_alphabetic() || c == '.'))
                .map_or(0, |b| {
                    b + text[b..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &text[word_start..i];
            // (In capitals: "I said no. We" ends a sentence, "No. 10" none.)
            let capital = word.starts_with(char::is_uppercase);
            let initial = capital && word.chars().count() == 1;
            if initial || (capital && lexicon.is_abbreviation(&word.to_lowercase())) {
                continue;
            }
        }
        let mut j = k + 1;
        while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '’' | '”' | '»' | ')') {
            j += 1;
        }
        let spaced = j < chars.len() && is_space(chars[j].1);
        while j < chars.len() && is_space(chars[j].1) {
            j += 1;
        }
        // (A sentence may open on a quote mark, a bracket of the outlet's,
        // "[W]e", or a tweet's hashtag or handle, "#unapologeticallyMe".)
        let next_opens = chars.get(j).is_some_and(|&(_, n)| {
            n.is_uppercase() || matches!(n, '"' | '“' | '‘' | '«' | '[' | '#' | '@')
        });
        if spaced && next_opens {
            let end = chars
                .get(k + 1)
                .map_or(text.len(), |&(e, _)| e.max(i + c.len_utf8()));
            out.push((start, end));
            start = chars[j].0;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    trimmed(text, out)
}

fn speaker_key(s: Option<&str>) -> Option<String> {
    s.map(str::to_lowercase)
}

/// Whether two speakers may be one person: one is unknown, they are one
/// name, or one is a single word that begins or ends the other's name, as
/// an article that never names "Wang Yi" in full calls him "Wang" (which
/// extraction cannot make fuller when no article calls him so). Such a
/// rendering is no misattribution; "Wang Yi" and "Xi Jinping" are two.
fn may_be_one_speaker(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    let one_word_of = |short: &str, long: &str| {
        !short.contains(' ')
            && [long.split(' ').next(), long.rsplit(' ').next()]
                .into_iter()
                .flatten()
                .any(|w| w.eq_ignore_ascii_case(short))
    };
    a.eq_ignore_ascii_case(b) || one_word_of(a, b) || one_word_of(b, a)
}

/// What comparing two units reads their lemmas with.
#[derive(Clone, Copy)]
struct Words<'w> {
    lexicon: &'w Lexicon,
    lemmas: &'w Lemmas,
    /// Each lemma's rarity (inverse unit frequency).
    idf: &'w [f64],
    censored: &'w FxHashMap<u32, Vec<u32>>,
}

/// How two units relate.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Match {
    /// Content words of the smaller unit found in the other (synonyms count).
    shared: usize,
    /// Of those, the ones found as themselves, not as a synonym.
    shared_as_such: usize,
    /// Of those, the ones not a name's word in both: "Donald Trump" is all
    /// that "Donald Trump scares me" shares with "Why didn't Donald Trump
    /// pay?".
    shared_beyond_names: usize,
    dice: f64,
    containment: f64,
    /// Dice with each word weighted by its rarity (inverse unit frequency):
    /// sharing "explain position" says more than sharing "make strong".
    weighted: f64,
}

/// For each censored lemma ("motherf***"), the lemmas of the corpus it can
/// hide ("motherfucker", "motherf**ker"), so that renderings censored each
/// their own way meet in blocking and in comparing.
fn censored_lemmas(lemmas: &Lemmas) -> FxHashMap<u32, Vec<u32>> {
    let censored: Vec<u32> = (0..lemmas.words.len() as u32)
        .filter(|&c| drift::is_censored(lemmas.word(c)))
        .collect();
    if censored.is_empty() {
        return FxHashMap::default();
    }
    censored
        .into_iter()
        .map(|c| {
            let hidden = (0..lemmas.words.len() as u32)
                .filter(|&w| drift::could_be(lemmas.word(c), lemmas.word(w)))
                .collect();
            (c, hidden)
        })
        .collect()
}

/// Whether two lemmas are one word, one censored as the other.
fn censored_alike(censored: &FxHashMap<u32, Vec<u32>>, x: u32, y: u32) -> bool {
    let hides = |c: u32, w: u32| censored.get(&c).is_some_and(|h| h.contains(&w));
    hides(x, y) || hides(y, x)
}

fn compare_units(a: &Unit, b: &Unit, words: &Words) -> Match {
    let Words {
        lexicon,
        lemmas,
        idf,
        censored,
    } = *words;
    let weight = |w: &u32| idf[*w as usize];
    let mut shared_weight = 0.0;
    let mut used = vec![false; b.content.len()];
    let mut shared = 0;
    let mut shared_as_such = 0;
    let mut shared_beyond_names = 0;
    let is_name = |u: &Unit, k: usize| k < 64 && u.names & (1 << k) != 0;
    // A fragment of one or two words must use the same words: with so
    // little context a synonym is too often another sense ("judge", "try").
    let exact =
        a.content.len().min(b.content.len()) <= 2 && a.content.len().max(b.content.len()) > 2;
    // (A word hidden is a swear word, not a name: "b----" is not "Bronx".)
    let hides_no_name = |w: u32, name: bool| !name || drift::is_censored(lemmas.word(w));
    let as_such = |(x, x_name): (u32, bool), (y, y_name): (u32, bool)| {
        x == y
            || (censored_alike(censored, x, y)
                && hides_no_name(x, x_name)
                && hides_no_name(y, y_name))
    };
    let same = |x: (u32, bool), y: (u32, bool)| {
        as_such(x, y) || (!exact && lexicon.same_meaning(lemmas.word(x.0), lemmas.word(y.0)))
    };
    // (Each word with whether it is a name's.)
    let named = |u: &Unit, k: usize| (u.content[k], is_name(u, k));
    for (ka, wa) in a.content.iter().enumerate() {
        if let Some(k) = (0..b.content.len()).find(|&k| !used[k] && same(named(a, ka), named(b, k)))
        {
            used[k] = true;
            shared += 1;
            shared_as_such += usize::from(as_such(named(a, ka), named(b, k)));
            shared_beyond_names += usize::from(!(is_name(a, ka) && is_name(b, k)));
            shared_weight += weight(wa).min(weight(&b.content[k]));
        }
    }
    let (na, nb) = (a.content.len(), b.content.len());
    let smaller = na.min(nb).max(1);
    let total: f64 = a.content.iter().chain(&b.content).map(weight).sum();
    Match {
        shared,
        shared_as_such,
        shared_beyond_names,
        dice: 2.0 * shared as f64 / (na + nb).max(1) as f64,
        containment: shared as f64 / smaller as f64,
        weighted: if total > 0.0 {
            2.0 * shared_weight / total
        } else {
            0.0
        },
    }
}

/// A compound printed with a hyphen, "cease-fire": the lemma of its
/// letters as one word, and of its two parts.
struct Compound {
    whole: String,
    parts: [String; 2],
}

/// The compounds of two words of content in lower case printed with a
/// hyphen ("health-care", not "commander-in-chief" nor "al-Assad") that
/// drift reads as two words.
fn hyphened_compounds(words: &[drift::Word], lexicon: &Lexicon) -> Vec<Compound> {
    words
        .windows(2)
        .filter(|pair| {
            let [a, b] = pair else { return false };
            a.content && b.content && drift::hyphened_in_lower_case(a, b)
        })
        .map(|pair| Compound {
            whole: lexicon.lemma(&format!("{}{}", pair[0].lower, pair[1].lower)),
            parts: [pair[0].lemma.clone(), pair[1].lemma.clone()],
        })
        .collect()
}

/// Makes a compound of `unit` the one word it is where another unit prints
/// that word whole: AP's "cease-fire" is Reuters' "ceasefire". (A word no
/// unit prints whole is left as two: "fully-funded" is "fully funded".)
fn join_compound(unit: &mut Unit, compound: &Compound, lemmas: &Lemmas) {
    let Some(&whole) = lemmas.ids.get(compound.whole.as_str()) else {
        return;
    };
    let parts = compound
        .parts
        .each_ref()
        .map(|p| lemmas.ids.get(p.as_str()).copied());
    let old = std::mem::take(&mut unit.content);
    let mut names = 0u64;
    for (k, &w) in old.iter().enumerate() {
        if parts.contains(&Some(w)) {
            continue;
        }
        if k < 64 && unit.names & (1 << k) != 0 && unit.content.len() < 64 {
            names |= 1 << unit.content.len();
        }
        unit.content.push(w);
    }
    if !unit.content.contains(&whole) {
        unit.content.push(whole);
    }
    unit.names = names;
}

/// Which of a unit's words are printed as a name's: capitalised inside
/// the sentence ("why didn't Donald Trump pay"), or opening it before
/// another capitalised word ("Donald Trump scares me"). In a unit printed
/// in title case ("Make America Great Again": two capitalised words or
/// more, and no word of content, nor any of four letters or more, in lower
/// case) none are: its capitals say nothing. ("the Bronx" is a name.)
fn name_words(words: &[drift::Word]) -> impl Iterator<Item = bool> + '_ {
    let capital = |w: &drift::Word| drift::starts_upper(&w.raw);
    let title_case = !words
        .iter()
        .any(|w| !capital(w) && (w.content || w.raw.chars().count() >= 4))
        && words.iter().filter(|w| capital(w)).count() >= 2;
    (0..words.len()).map(move |k| {
        !title_case && capital(&words[k]) && (k > 0 || words.get(1).is_some_and(capital))
    })
}

/// Whether two units with these words render one utterance.
fn same_utterance(m: Match, a: &Unit, b: &Unit) -> bool {
    let smaller = a.content.len().min(b.content.len());
    // (Not by a name alone: two sentences about Donald Trump are not one.)
    if m.shared_beyond_names == 0 {
        return false;
    }
    // (Not by synonyms alone: "The time is now" is not "working around the
    // clock", though "time" and "clock" are verbs of one sense; nor is "the
    // only place on earth" "leaves home" and "war-torn lands".)
    if smaller <= 2 {
        return m.containment >= 1.0 && m.shared_as_such > 0;
    }
    // (Nor by one word said alike beside synonyms, in units of three
    // words or more: "but I want to try to get" is not "I just want to
    // know, where do we go from here?", though "get" and "go" are verbs of
    // one sense.)
    m.shared_as_such >= 2
        && ((m.dice >= 0.5 && m.shared >= 2) || (m.containment >= 0.75 && m.shared >= 3))
}

/// Whether two units are one sentence of six words or more, word for
/// word (case, punctuation and print aside), or one is most of the other
/// word for word: "We understand your questions and concerns" cut from
/// "… and concerns about this".
fn same_sentence(a: &str, b: &str, lexicon: &Lexicon) -> bool {
    holds_word_for_word(a, b, lexicon, 0.75)
}

/// Whether the shorter of two units, six words or more, stands word for
/// word in the longer, and is at least `share` of its words.
fn holds_word_for_word(a: &str, b: &str, lexicon: &Lexicon, share: f64) -> bool {
    // ("We are" / "We're", "two" / "2": words as `drift` reads them.)
    let words = |t: &str| {
        Rendering::read(t, lexicon)
            .words
            .into_iter()
            .map(|w| w.form)
            .collect::<Vec<_>>()
    };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.len() >= 6
        && short.len() as f64 >= share * long.len() as f64
        && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// Keeps for `key` the partner of the highest score, and of two as high
/// the larger: `(score, partner, its size in content words)`.
fn keep_best(
    best: &mut FxHashMap<usize, (f64, usize, usize)>,
    key: usize,
    candidate: (f64, usize, usize),
) {
    let (score, _, size) = candidate;
    let entry = best.entry(key).or_insert((f64::MIN, candidate.1, size));
    if score > entry.0 || (score == entry.0 && size > entry.2) {
        *entry = candidate;
    }
}

/// Union-find over units, which keeps apart the sentences of one quote: a
/// speaker's consecutive sentences ("Faith made America strong." / "It can
/// make her strong again.") may share words, but one rendering never
/// renders another sentence of itself. A group is refused a unit when it
/// holds another sentence of that unit's quote. (The clauses of one
/// sentence may join: an outlet may quote them as one.)
struct UnionFind {
    parent: Vec<usize>,
    /// For each root, the (quote, sentence) of its units whose quote has
    /// several sentences, sorted; empty for most groups.
    sentences: Vec<Vec<(u32, u32)>>,
}

impl UnionFind {
    /// Each unit a group of its own, noting the (quote, sentence) of each
    /// unit whose quote has several sentences. A quote's units are
    /// consecutive.
    fn new(units: &[Unit]) -> Self {
        let mut sentences = vec![Vec::new(); units.len()];
        let mut first = 0;
        for (quote, end) in (1..=units.len())
            .filter(|&i| i == units.len() || !std::ptr::eq(units[i].quote, units[i - 1].quote))
            .enumerate()
        {
            let of_quote = first..end;
            first = end;
            let sentence = |i: usize| units[i].sentence as u32;
            if of_quote
                .clone()
                .any(|i| sentence(i) != sentence(of_quote.start))
            {
                for i in of_quote {
                    sentences[i].push((quote as u32, sentence(i)));
                }
            }
        }
        UnionFind {
            parent: (0..units.len()).collect(),
            sentences,
        }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut x = x;
        while self.parent[x] != root {
            let next = self.parent[x];
            self.parent[x] = root;
            x = next;
        }
        root
    }
    /// Joins the groups of `a` and `b` unless they hold different sentences
    /// of one quote; whether they are now one group.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        let (sa, sb) = (&self.sentences[ra], &self.sentences[rb]);
        let clash = sa.iter().any(|&(quote, sentence)| {
            let from = sb.partition_point(|&(q, _)| q < quote);
            sb[from..]
                .iter()
                .take_while(|&&(q, _)| q == quote)
                .any(|&(_, other)| other != sentence)
        });
        if clash {
            return false;
        }
        let (root, child) = (ra.min(rb), ra.max(rb));
        self.parent[child] = root;
        let moved = std::mem::take(&mut self.sentences[child]);
        if !moved.is_empty() {
            let held = &mut self.sentences[root];
            held.extend(moved);
            held.sort_unstable();
        }
        true
    }
}

/// Groups the renderings of the quotes (terms are left out).
///
/// Quotes are taken in document and position order, whatever order they
/// come in, so the groups and their numbers do not depend on it (shards
/// merge in any order).
pub fn group<'q>(quotes: &[&'q Quote], lexicon: &Lexicon) -> Vec<Group<'q>> {
    let mut quotes = quotes.to_vec();
    quotes.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    // Reading each quote (cutting, lemmas) is independent: on rayon's
    // threads, a slice of quotes at a time, whose lemmas are then numbered.
    let mut lemmas = Lemmas::default();
    let mut units: Vec<Unit> = Vec::new();
    // Each unit's compounds printed with a hyphen, by the unit's index.
    let mut compounds_of: Vec<(usize, Compound)> = Vec::new();
    for slice in quotes.chunks(1 << 14) {
        // (The quote, the unit's span and sentence, its content lemmas,
        // which are a name's words, and its compounds printed with a
        // hyphen.)
        let read: Vec<_> = slice
            .par_iter()
            .flat_map_iter(|&q| {
                unit_spans(&q.text, lexicon)
                    .into_iter()
                    .map(move |(s, e, sentence)| {
                        let rendering = Rendering::read(&q.text[s..e], lexicon);
                        let mut seen = FxHashSet::default();
                        let mut names = 0u64;
                        let mut content: Vec<String> = Vec::new();
                        for (w, name) in rendering.words.iter().zip(name_words(&rendering.words)) {
                            if w.content && seen.insert(w.lemma.as_str()) {
                                if name && content.len() < 64 {
                                    names |= 1 << content.len();
                                }
                                content.push(w.lemma.clone());
                            }
                        }
                        let compounds = hyphened_compounds(&rendering.words, lexicon);
                        (q, s, e, sentence, content, names, compounds)
                    })
            })
            .collect();
        for (q, s, e, sentence, content, names, compounds) in read {
            if content.is_empty() {
                continue;
            }
            compounds_of.extend(compounds.into_iter().map(|c| (units.len(), c)));
            units.push(Unit {
                quote: q,
                sentence,
                start: q.start + s,
                end: q.start + e,
                content: content.iter().map(|w| lemmas.id(w)).collect(),
                names,
                speaker: q.speaker.as_deref(),
            });
        }
    }
    for (i, compound) in compounds_of {
        join_compound(&mut units[i], &compound, &lemmas);
    }

    // How rare each lemma is among the units.
    let mut df = vec![0usize; lemmas.words.len()];
    for u in &units {
        for &w in &u.content {
            df[w as usize] += 1;
        }
    }
    let n = units.len() as f64;
    let idf: Vec<f64> = df
        .iter()
        .map(|&d| ((n + 1.0) / (d as f64 + 1.0)).ln() + 1.0)
        .collect();

    // Blocking: units by content lemma and synset. Unit numbers are u32 to
    // halve the index of a big corpus.
    #[derive(PartialEq, Eq, Hash)]
    enum Key {
        Lemma(u32),
        Synset(u32),
    }
    let censored = censored_lemmas(&lemmas);
    let mut index: FxHashMap<Key, Vec<u32>> = FxHashMap::default();
    let mut keys: FxHashSet<Key> = FxHashSet::default();
    for (i, u) in units.iter().enumerate() {
        keys.clear();
        for &w in &u.content {
            keys.insert(Key::Lemma(w));
            if let Some(hidden) = censored.get(&w) {
                keys.extend(hidden.iter().map(|&h| Key::Lemma(h)));
            }
            keys.extend(
                lexicon
                    .synsets(lemmas.word(w))
                    .iter()
                    .map(|&s| Key::Synset(s)),
            );
        }
        for k in keys.drain() {
            index.entry(k).or_default().push(i as u32);
        }
    }
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for block in index
        .values()
        .filter(|b| b.len() > 1 && b.len() <= MAX_BLOCK)
    {
        for (x, &i) in block.iter().enumerate() {
            pairs.extend(block[x + 1..].iter().map(|&j| (i, j)));
        }
    }
    drop(index);
    pairs.sort_unstable();
    pairs.dedup();

    let words = Words {
        lexicon,
        lemmas: &lemmas,
        idf: &idf,
        censored: &censored,
    };
    // Join. A full match (most words shared) joins two units. A partial
    // match (a fragment, or a unit inside a longer one) only lets the
    // smaller unit join its single best partner, and only when it has no
    // full match: so a long rendering that spans two utterances cannot
    // chain their groups together.
    let mut uf = UnionFind::new(&units);
    let mut has_full = vec![false; units.len()];
    let mut best_partial: FxHashMap<usize, (f64, usize, usize)> = FxHashMap::default();
    let mut best_contained: FxHashMap<usize, (f64, usize, usize)> = FxHashMap::default();
    // Comparing is the costly part and independent for each pair: on
    // rayon's threads. Joining is sequential, in the order below.
    let matches: Vec<(usize, usize, usize, usize, Match)> = pairs
        .par_iter()
        .filter_map(|&(i, j)| {
            let (i, j) = (i as usize, j as usize);
            let (a, b) = (&units[i], &units[j]);
            let (small, large) = if a.content.len() <= b.content.len() {
                (i, j)
            } else {
                (j, i)
            };
            let m = compare_units(&units[small], &units[large], &words);
            same_utterance(m, a, b).then_some((i, j, small, large, m))
        })
        .collect();
    // The closest renderings join first: with the sentences of one quote
    // kept apart (`UnionFind`), the group a unit joins is decided by its
    // best match, not by the order of the articles.
    // (Each pair is once in `matches`, so the order is total; a Dice score
    // is not negative, so its bits sort as it does.)
    let mut matches = matches;
    matches.sort_unstable_by_key(|&(i, j, .., m)| (std::cmp::Reverse(m.dice.to_bits()), i, j));
    for (i, j, small, large, m) in matches {
        let (a, b) = (&units[i], &units[j]);
        let (sa, sb) = (speaker_key(a.speaker), speaker_key(b.speaker));
        let agree = may_be_one_speaker(a.speaker, b.speaker);
        // One sentence word for word, six words or more, is one utterance
        // whoever it is given to ("We will not negotiate under fire"):
        // a misattribution to flag, however few content words it has.
        // (Read word by word only when the shares do not settle it: a
        // fragment's two words never share four.)
        let shares_most = m.dice >= 0.8 && m.shared >= 4;
        let word_for_word = !agree && !shares_most && same_sentence(a.text(), b.text(), lexicon);
        let near_identical = shares_most || word_for_word;
        if !agree && !near_identical {
            continue;
        }
        // Units of comparable length that share most words render each
        // other; a much shorter one is a part.
        let ratio = units[small].content.len() as f64 / units[large].content.len() as f64;
        let comparable =
            ratio >= COMPARABLE && m.dice >= 0.5 && m.shared >= 2 && m.weighted >= WEIGHTED_MATCH;
        let fragments = a.content.len() <= 2 && b.content.len() <= 2;
        let term = a.quote.kind == QuoteKind::Term || b.quote.kind == QuoteKind::Term;
        // One content word in common joins two fragments only when it is
        // all either has and one speaker says both: "I will not resign,"
        // in two outlets.
        let same_one_word = m.dice >= 1.0 && sa.is_some() && sa == sb;
        if fragments
            && !term
            && (agree || word_for_word)
            && m.containment >= 1.0
            && (m.shared >= 2 || same_one_word)
        {
            // Two renderings of one fragment ("no limits", "no boundaries").
            uf.union(i, j);
        } else if (m.dice >= FULL_MATCH || comparable) && !fragments && !term {
            if uf.union(i, j) {
                has_full[i] = true;
                has_full[j] = true;
            }
            continue;
        }
        let known = sa.is_some() && sa == sb;
        // One word in common is evidence only when the speaker is the same.
        if m.shared < 2 && !known {
            continue;
        }
        // A sentence quoted whole ("Must be tough.", "I will never talk
        // about it again.") is part of a longer rendering only when that
        // holds two of its words or more, and most of them: not when it
        // shares a word or two the speaker says often. (Or when it holds
        // the sentence word for word, six words or more: "What I have is a
        // backbone." of "What I have is a backbone, and I want …".)
        // (Read word by word only when every content word of it is there
        // as such, as it must be.)
        let all_there = m.shared_as_such == units[small].content.len();
        if units[small].quote.kind == QuoteKind::Direct
            && (m.shared < 2 || m.containment < 0.75)
            && !(all_there
                && holds_word_for_word(units[small].text(), units[large].text(), lexicon, 0.0))
        {
            continue;
        }
        let score = m.dice + if known { 1.0 } else { 0.0 };
        keep_best(
            &mut best_partial,
            small,
            (score, large, units[large].content.len()),
        );
        keep_best(
            &mut best_contained,
            large,
            (score, small, units[small].content.len()),
        );
    }
    let mut partial: Vec<(usize, usize)> = best_partial
        .into_iter()
        .filter(|(s, _)| !has_full[*s])
        .map(|(s, (_, l, _))| (s, l))
        .collect();
    partial.sort_unstable();
    let mut joined = has_full;
    for (s, l) in partial {
        if uf.union(s, l) {
            joined[s] = true;
            joined[l] = true;
        }
    }
    // A longer rendering that nothing joined ("The direction of travel is
    // clear, and the timing … will depend on incoming data") joins the
    // group of a sentence it holds best, word for word, whose own group
    // kept it out: one group only, so it chains none. (Not a fragment it
    // holds, "act of terror", which many sentences may; nor a quote inside
    // it, "… notions that, 'I better get someone from this school'".)
    let nested = |a: &Quote, b: &Quote| a.doc == b.doc && a.start < b.end && b.start < a.end;
    let mut container: Vec<(usize, usize)> = best_contained
        .into_iter()
        .filter(|(l, (_, s, _))| {
            let (large, small) = (&units[*l], &units[*s]);
            !joined[*l]
                && joined[*s]
                && small.quote.kind == QuoteKind::Direct
                && !nested(large.quote, small.quote)
                && holds_word_for_word(small.text(), large.text(), lexicon, 0.0)
        })
        .map(|(l, (_, s, _))| (l, s))
        .collect();
    container.sort_unstable();
    for (l, s) in container {
        uf.union(l, s);
    }
    // The clause beside two renderings of one clause, word for word the
    // same in both, renders one utterance too, however few its words:
    // "The West wants to destroy Russia, | but it will fail." quoted by two
    // outlets. (Units of one quote are consecutive; a clause's neighbour is
    // the next unit of its sentence.)
    let next_clause = |i: usize| {
        let n = i + 1;
        (n < units.len() && units[n].shares_its_sentence(&units[i])).then_some(n)
    };
    // (Only a clause whose group holds another unit has such a partner.)
    let mut sizes = vec![0u32; units.len()];
    for i in 0..units.len() {
        sizes[uf.find(i)] += 1;
    }
    let mut beside: FxHashMap<(usize, Vec<String>), usize> = FxHashMap::default();
    for i in 0..units.len() {
        let Some(n) = next_clause(i) else { continue };
        let root = uf.find(i);
        if sizes[root] < 2 {
            continue;
        }
        let key = (root, lowercase_words(units[n].text()));
        match beside.get(&key) {
            Some(&first) => {
                uf.union(first, n);
            }
            None => {
                beside.insert(key, n);
            }
        }
    }
    drop((beside, sizes));

    // Collect groups in reading order.
    let mut members_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in 0..units.len() {
        let root = uf.find(i);
        members_of.entry(root).or_default().push(i);
    }
    let mut roots: Vec<usize> = members_of.keys().copied().collect();
    roots.sort_unstable();
    // A term that joined no rendering of speech is nobody's words: no group.
    roots.retain(|r| {
        members_of[r]
            .iter()
            .any(|&i| units[i].quote.kind != QuoteKind::Term)
    });
    roots
        .into_par_iter()
        .enumerate()
        .map(|(n, root)| build_group(n, &members_of[&root], &units, lexicon))
        .collect()
}

fn build_group<'q>(n: usize, ids: &[usize], units: &[Unit<'q>], lexicon: &Lexicon) -> Group<'q> {
    // Each member's words, read again (see `Unit`).
    let renderings: FxHashMap<usize, Rendering> = ids
        .iter()
        .map(|&i| (i, Rendering::read(units[i].text(), lexicon)))
        .collect();
    // The candidates for the reference: each quote's sentence as far as
    // the group's clauses of it reach, so that clauses of one sentence
    // with nothing that spans them ("I think she dishonored herself, and I
    // think she dishonored her family") are parts of it, not rewordings of
    // each other. (Most sentences have one clause in a group; `ids` keep a
    // quote's units together, in order.)
    struct Candidate<'r> {
        /// Its first unit.
        first: usize,
        start: usize,
        end: usize,
        words: Cow<'r, Rendering>,
        /// Its distinct content lemmas.
        content: usize,
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    for &i in ids {
        let u = &units[i];
        match candidates.last_mut() {
            Some(c) if units[c.first].shares_its_sentence(u) => c.end = c.end.max(u.end),
            _ => candidates.push(Candidate {
                first: i,
                start: u.start,
                end: u.end,
                words: Cow::Borrowed(&renderings[&i]),
                content: u.content.len(),
            }),
        }
    }
    let text_of = |c: &Candidate| {
        let quote = units[c.first].quote;
        &quote.text[c.start - quote.start..c.end - quote.start]
    };
    for c in candidates
        .iter_mut()
        .filter(|c| c.end != units[c.first].end)
    {
        let words = Rendering::read(text_of(c), lexicon);
        let mut seen = FxHashSet::default();
        c.content = words
            .words
            .iter()
            .filter(|w| w.content && seen.insert(w.lemma.as_str()))
            .count();
        c.words = Cow::Owned(words);
    }
    // The reference: most complete (in content words, then in all: "…
    // concerns about this" over "… concerns"; its letters too: not
    // censored), then most common, then earliest.
    let censored = |c: &Candidate| {
        c.words
            .words
            .iter()
            .filter(|w| drift::is_censored(&w.lemma))
            .count()
    };
    let normal = |c: &Candidate| {
        c.words
            .words
            .iter()
            .map(|w| w.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for c in &candidates {
        *counts.entry(normal(c)).or_default() += 1;
    }
    let reference = candidates
        .iter()
        .min_by(|a, b| {
            let (ua, ub) = (&units[a.first], &units[b.first]);
            b.content
                .cmp(&a.content)
                .then(b.words.words.len().cmp(&a.words.words.len()))
                .then(censored(a).cmp(&censored(b)))
                .then(counts[&normal(b)].cmp(&counts[&normal(a)]))
                .then(published(ua).cmp(&published(ub)))
                .then(ua.quote.doc.cmp(&ub.quote.doc))
                .then(a.start.cmp(&b.start))
        })
        .expect("a group has members");
    let reference_unit = &units[reference.first];

    // The group's speaker: the one most members name; of two named as
    // often, the reference's (then the first in the alphabet).
    let mut votes: FxHashMap<String, (usize, String)> = FxHashMap::default();
    for &i in ids {
        if let (Some(key), Some(s)) = (speaker_key(units[i].speaker), units[i].speaker) {
            let e = votes.entry(key).or_insert((0, s.to_owned()));
            e.0 += 1;
        }
    }
    let mut ranked: Vec<(String, (usize, String))> = votes.into_iter().collect();
    // (One speaker as the rest of grouping tells them: by `speaker_key`.)
    let reference_key = speaker_key(reference_unit.speaker);
    let the_references = |key: &String| reference_key.as_ref() == Some(key);
    ranked.sort_by(|(a_key, a), (b_key, b)| {
        b.0.cmp(&a.0)
            .then(the_references(b_key).cmp(&the_references(a_key)))
            .then(a.1.cmp(&b.1))
    });
    let speaker = ranked.first().map(|(_, (_, s))| s.clone());

    let mut members: Vec<Member> = ids
        .iter()
        .map(|&i| {
            let u = &units[i];
            let mut d = drift::compare(&reference.words, &renderings[&i], lexicon);
            let other_speaker = !may_be_one_speaker(speaker.as_deref(), u.speaker);
            if other_speaker {
                d.severity = Severity::Misattributed;
            }
            Member {
                doc: &u.quote.doc,
                start: u.start,
                end: u.end,
                line: u.quote.line,
                text: u.text(),
                speaker: u.speaker,
                mention: u.quote.mention.as_deref(),
                cue: u.quote.cue.as_deref(),
                kind: u.quote.kind,
                outlet: u.quote.outlet.as_deref(),
                published: u.quote.published.as_deref(),
                channel: u.quote.channel.as_deref(),
                edits: d.edits,
                similarity: (d.similarity * 1000.0).round() / 1000.0,
                severity: d.severity,
            }
        })
        .collect();
    members.sort_by(|a, b| {
        a.published
            .is_none()
            .cmp(&b.published.is_none())
            .then(a.published.cmp(&b.published))
            .then(a.doc.cmp(b.doc))
            .then(a.start.cmp(&b.start))
    });
    Group {
        group: format!("g{:05}", n + 1),
        misattributed: members
            .iter()
            .any(|m| m.severity == Severity::Misattributed),
        speaker,
        reference: text_of(reference).to_owned(),
        members,
    }
}

/// A date for ordering; unknown dates sort last.
fn published(u: &Unit) -> (bool, String) {
    match &u.quote.published {
        Some(p) => (false, p.clone()),
        None => (true, String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;
    use std::sync::LazyLock;

    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::english(&Grammar::english()));

    #[test]
    fn quotes_are_cut_into_sentences() {
        let text =
            "We highly appreciate it. We understand your concerns. “We will explain,” he said";
        let spans: Vec<&str> = sentence_spans(text, &LEXICON)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(
            spans,
            [
                "We highly appreciate it.",
                "We understand your concerns.",
                "“We will explain,” he said"
            ]
        );
        assert_eq!(sentence_spans("U.S. aid is vital.", &LEXICON), [(0, 18)]);
        // An abbreviation's stop or an initial's ends no sentence; a word's
        // in lower case does.
        let cut = |text: &'static str| -> Vec<&'static str> {
            sentence_spans(text, &LEXICON)
                .into_iter()
                .map(|(s, e)| &text[s..e])
                .collect()
        };
        assert_eq!(
            cut("I respect Mr. Putin and Gen. Milley. I met George W. Bush."),
            [
                "I respect Mr. Putin and Gen. Milley.",
                "I met George W. Bush."
            ]
        );
        assert_eq!(cut("I said no. We go on."), ["I said no.", "We go on."]);
        // A sentence may open on an outlet's bracket or a tweet's hashtag.
        assert_eq!(
            cut("I will speak truth to power. #unapologeticallyMe."),
            ["I will speak truth to power.", "#unapologeticallyMe."]
        );
        assert_eq!(
            cut("It is too high. [W]e will cut it."),
            ["It is too high.", "[W]e will cut it."]
        );
        let text = "I'm not ashamed to admit that I'm a Christian, but you don't need to be there; and it shows.";
        let units: Vec<&str> = unit_spans(text, &LEXICON)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(
            units,
            [
                "I'm not ashamed to admit that I'm a Christian",
                "but you don't need to be there",
                "and it shows."
            ]
        );
        // A comma splice on two subjects is cut; a clause opening on no
        // subject is not.
        let spans = |text: &'static str| -> Vec<&'static str> {
            unit_spans(text, &LEXICON)
                .into_iter()
                .map(|(s, e, _)| &text[s..e])
                .collect()
        };
        assert_eq!(
            spans("I don’t like that language, I wouldn’t use it."),
            ["I don’t like that language", "I wouldn’t use it."]
        );
        assert_eq!(
            spans("If we do not act, we will lose."),
            ["If we do not act, we will lose."]
        );
        // An ellipsis ends a unit and stays with it; dots of one do not.
        assert_eq!(
            spans("will not allow Russia to win ... and [will] support Ukraine"),
            [
                "will not allow Russia to win ...",
                "and [will] support Ukraine"
            ]
        );
        assert_eq!(
            spans("…the U.S. grew 2.5 percent… it is strong"),
            ["…the U.S. grew 2.5 percent…", "it is strong"]
        );
        assert_eq!(
            spans("will not allow Russia to win . . . and support Ukraine"),
            ["will not allow Russia to win . . .", "and support Ukraine"]
        );
        // (Its brackets stay with it.)
        assert_eq!(
            spans("will not allow Russia to win [...] and support Ukraine"),
            ["will not allow Russia to win [...]", "and support Ukraine"]
        );
        assert_eq!(
            spans("will not allow Russia to win (…) and support Ukraine"),
            ["will not allow Russia to win (…)", "and support Ukraine"]
        );
        // (Spaced with thin spaces, as one outlet prints it.)
        assert_eq!(
            spans(
                "the measures taken by Russia\u{2009}.\u{2009}.\u{2009}.\u{2009}we are providing"
            ),
            [
                "the measures taken by Russia\u{2009}.\u{2009}.\u{2009}.",
                "we are providing"
            ]
        );
        // (Inside a clause an ellipsis cuts words from one utterance: the
        // unit goes on.)
        assert_eq!(
            spans("The strength we are ... seeing in the economy is real."),
            ["The strength we are ... seeing in the economy is real."]
        );
        assert_eq!(
            spans("there has to be room … to broaden the scope"),
            ["there has to be room … to broaden the scope"]
        );
        // So is a clause after ", so" and a new subject.
        assert_eq!(
            spans("Inflation is high, so we can't cut quickly."),
            ["Inflation is high", "so we can't cut quickly."]
        );
        // Each unit knows its sentence: clauses of one sentence share it.
        let sentences: Vec<usize> = unit_spans("We won; they lost. We go on.", &LEXICON)
            .into_iter()
            .map(|(.., n)| n)
            .collect();
        assert_eq!(sentences, [0, 0, 1]);
    }
}
