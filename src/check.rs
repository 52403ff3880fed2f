//! Spot checks: is this quote in the corpus, verbatim, from this speaker?

use std::ops::Range;

use serde::Serialize;

use crate::drift::{self, Edit, Rendering, Severity};
use crate::extract::{Quote, QuoteKind, one_spelling};
use crate::grammar::Grammar;
use crate::group::lexicon::Lexicon;
use crate::group::unit_spans;
use crate::text::{lowercase_words, split_at_ellipses, without_accents};

/// The answer to a spot check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Found word for word, from the speaker asked about (or any, if none).
    Verbatim,
    /// Found with different words: the closest renderings and their edits.
    Drift,
    /// Found word for word, but given to someone else.
    Misattributed,
    /// Found with different words, and given only to others than the
    /// speaker asked about.
    MisattributedDrift,
    /// Not in the corpus.
    NotFound,
}

impl Verdict {
    /// The exit code the command line gives this answer.
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Verbatim => 0,
            Verdict::Drift | Verdict::Misattributed | Verdict::MisattributedDrift => 1,
            Verdict::NotFound => 3,
        }
    }
}

/// A rendering found for the checked quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub doc: String,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The quotes of a run that an attribution interrupts, when the checked
    /// words span several (`text` is their words, one after another).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pieces: Vec<String>,
    pub speaker: Option<String>,
    pub outlet: Option<String>,
    pub similarity: f64,
    /// How the checked words differ from this rendering: a substitution
    /// reads "corpus word → checked word"; the corpus words the check leaves
    /// out at either end are truncations, and so are the checked words a
    /// rendering that is only a part of them leaves out.
    pub edits: Vec<Edit>,
    /// How much the edits matter, as a group's drift says: a negation, a
    /// number, a name or a quantifier changed is `meaning-changing`.
    pub severity: Severity,
}

/// The whole answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub verdict: Verdict,
    pub quote: String,
    pub speaker: Option<String>,
    /// The closest renderings, best first (at most five).
    pub found: Vec<Found>,
}

/// Below this similarity a rendering is not the checked quote.
const DRIFT_FLOOR: f64 = 0.6;

/// The sentences of a quote of several, and the clauses of a sentence of
/// several ("…, so we can't cut …"), as `group::unit_spans` cuts them.
fn parts<'t>(text: &'t str, lexicon: &Lexicon) -> Vec<&'t str> {
    let units = unit_spans(text, lexicon);
    let clauses_of = |n: usize| units.iter().filter(move |u| u.2 == n);
    let sentences = units.last().map_or(0, |u| u.2 + 1);
    let mut parts = Vec::new();
    for n in 0..sentences {
        let (Some(first), Some(last)) = (clauses_of(n).next(), clauses_of(n).next_back()) else {
            continue;
        };
        if sentences > 1 {
            parts.push(&text[first.0..last.1]);
        }
        if first != last {
            parts.extend(clauses_of(n).map(|u| &text[u.0..u.1]));
        }
    }
    parts
}

/// The lemmas of a rendering's words: its content words only, or all.
fn lemmas(rendering: &Rendering, content_only: bool) -> Vec<&str> {
    rendering
        .words
        .iter()
        .filter(|w| w.content || !content_only)
        .map(|w| w.lemma.as_str())
        .collect()
}

/// Whether the speaker found is the one asked about. One name's words
/// (initials aside) all in the other's match: "Putin" or "Vladimir Putin"
/// is "Vladimir Putin", and "Nvidia" is "spokesperson for Nvidia". So does
/// a name that adds to the found one only words before the surname, with
/// the found given name last among them or none at all but titles: "Texas
/// Attorney General Ken Paxton" and "President Putin" are theirs. Not
/// another given name before the surname: "Angela Paxton" is not "Ken
/// Paxton". A word is itself without its accents, and a surname spelt as
/// another transliteration spells it ("Zelenskyy" is "Zelensky").
fn speaker_matches(asked: &str, found: &Option<String>, grammar: &Grammar) -> bool {
    let Some(found) = found else { return false };
    let name_words = |name: &str| -> Vec<String> {
        lowercase_words(name)
            .iter()
            .filter(|w| w.chars().count() > 1)
            .map(|w| without_accents(w).into_owned())
            .collect()
    };
    let (asked, found) = (name_words(asked), name_words(found));
    let same = |a: &String, b: &String| {
        a == b || (a.chars().count() >= 6 && b.chars().count() >= 6 && one_spelling(a, b))
    };
    let has = |name: &[String], w: &String| name.iter().any(|n| same(n, w));
    let within = |a: &[String], b: &[String]| !a.is_empty() && a.iter().all(|w| has(b, w));
    if within(&asked, &found) || within(&found, &asked) {
        return true;
    }
    // (The surname is the found name's last word but a suffix: "Jr.")
    let Some(surname) = found
        .iter()
        .rev()
        .find(|w| !grammar.info(w).is_name_suffix())
    else {
        return false;
    };
    let Some(at) = asked.iter().position(|w| same(w, surname)) else {
        return false;
    };
    asked[..at]
        .iter()
        .rev()
        .find(|w| !grammar.is_title(w) && !grammar.info(w).is_closed_class())
        .is_none_or(|given| has(&found, given))
}

/// How many edits `edits` are, each word put in or left out one: "+about
/// the cost" is three edits away, as far as three substitutions.
fn edits_away(edits: &[Edit]) -> usize {
    edits
        .iter()
        .map(|e| match e {
            Edit::Insert { words } | Edit::Delete { words } => words.split_whitespace().count(),
            _ => 1,
        })
        .sum()
}

/// How close the checked words come to one text of the corpus.
struct Match {
    verbatim: bool,
    similarity: f64,
    edits: Vec<Edit>,
    /// How many edits away, for ranking: a rendering that is only a part
    /// of the checked words is as far as the words it leaves out, though
    /// its edits name them as one cut.
    edits_away: usize,
    severity: Severity,
}

impl Match {
    /// The rendering found: the quote `first`, through `end` when a run of
    /// quotes (`pieces`) goes on past it.
    fn into_found(self, first: &Quote, end: usize, pieces: Vec<String>) -> Found {
        Found {
            doc: first.doc.clone(),
            line: first.line,
            start: first.start,
            end,
            text: match pieces.is_empty() {
                true => first.text.clone(),
                false => pieces.join(" "),
            },
            pieces,
            speaker: first.speaker.clone(),
            outlet: first.outlet.clone(),
            similarity: self.similarity,
            edits: self.edits,
            severity: self.severity,
        }
    }
}

/// Whether each of `pieces` stands word for word in `words`, one after
/// another.
fn in_order(pieces: &[Vec<String>], words: &[String]) -> bool {
    let mut from = 0;
    pieces.iter().all(|piece| {
        let found = words[from..]
            .windows(piece.len())
            .position(|w| w == piece.as_slice());
        found.inspect(|k| from += k + piece.len()).is_some()
    })
}

/// At most this many bytes stand between two quotes of one run: an
/// attribution, not a paragraph of narrative.
const RUN_GAP: usize = 160;

/// The runs of two or more direct quotes, one after another in one article
/// and given to one speaker, that an attribution interrupts: "“We want
/// more data,” Powell said at a news conference. “We're not there yet.”"
fn interrupted_runs(quotes: &[&Quote]) -> Vec<Range<usize>> {
    let goes_on = |a: &Quote, b: &Quote| {
        a.doc == b.doc
            && a.speaker.is_some()
            && a.speaker == b.speaker
            && a.kind == QuoteKind::Direct
            && b.kind == QuoteKind::Direct
            && b.start >= a.end
            && b.start - a.end <= RUN_GAP
    };
    let mut runs = Vec::new();
    let mut start = 0;
    for i in 1..=quotes.len() {
        if i == quotes.len() || !goes_on(quotes[i - 1], quotes[i]) {
            if i - start >= 2 {
                runs.push(start..i);
            }
            start = i;
        }
    }
    runs
}

/// Checks `quote` against the corpus's quotes.
pub fn check(
    quote: &str,
    speaker: Option<&str>,
    quotes: &[&Quote],
    lexicon: &Lexicon,
    grammar: &Grammar,
) -> Check {
    let asked = Rendering::read(quote, lexicon);
    let asked_words = lowercase_words(quote);
    // (A quote of function words alone, "We are not there yet", shares
    // them: it has no others.)
    let content_only = asked.words.iter().any(|w| w.content);
    let asked_lemmas = lemmas(&asked, content_only);
    // The pieces an ellipsis of the checked words parts: "We highly
    // appreciate … the Ukraine crisis" leaves out words of its own.
    let elided_pieces: Vec<Vec<String>> = split_at_ellipses(quote)
        .into_iter()
        .map(lowercase_words)
        .filter(|piece| !piece.is_empty())
        .collect();
    // How close the checked words come to a text of the corpus: word for
    // word in it, or near enough (with the edits between), or not at all.
    let closest = |text: &str| -> Option<Match> {
        let text_words = lowercase_words(text);
        let verbatim = !asked_words.is_empty()
            && text_words
                .windows(asked_words.len())
                .any(|w| w == asked_words.as_slice());
        let rendering = Rendering::read(text, lexicon);
        // How the checked words differ from the corpus's rendering (a
        // substitution reads corpus word → checked word), and the
        // similarity over the stretch of the corpus quote they cover (a
        // longer quote that holds them verbatim is no worse a match).
        let mut d = drift::compare(&rendering, &asked, lexicon);
        // A rendering that is only a part of the checked words, word for
        // word ("explain the plan to every household" for "We will not
        // explain the plan …"), quotes less and changes nothing: its edits
        // are the checked words it leaves out, as truncations, and not
        // words the check adds (a "not" added is a meaning changed).
        let a_part = !verbatim
            && !text_words.is_empty()
            && asked_words
                .windows(text_words.len())
                .any(|w| w == text_words.as_slice());
        let whole_away = edits_away(&d.edits);
        // (One word away from checked words of four or more is close
        // however few their content words: "Everybody will be left behind"
        // for "Nobody will be left behind" keeps one of two, at similarity
        // 0.5, and is the very change a spot check is for.)
        let one_word_away = whole_away == 1 && asked.words.len() >= 4;
        if a_part {
            let cut = drift::compare(&asked, &rendering, lexicon);
            (d.edits, d.severity) = (cut.edits, cut.severity);
        }
        // A quote of several sentences (or clauses) is shown against the
        // one the checked words come closest to, when one comes as close as
        // the whole and no more edits away: its edits do not list the
        // others as cut.
        if !verbatim && !a_part && d.similarity >= DRIFT_FLOOR {
            for part in parts(text, lexicon) {
                let one = drift::compare(&Rendering::read(part, lexicon), &asked, lexicon);
                let fewer_edits = edits_away(&one.edits) <= edits_away(&d.edits);
                if one.similarity >= d.similarity && fewer_edits {
                    d = one;
                }
            }
        }
        // Each piece word for word in the text, in order: the checked
        // words are verbatim, their ellipsis standing for the words
        // between (its edit), unless those change the meaning (a "not").
        let elided = !verbatim
            && elided_pieces.len() >= 2
            && d.severity <= Severity::Editorial
            && in_order(&elided_pieces, &text_words);
        let similarity = if verbatim || elided {
            1.0
        } else {
            d.similarity
        };
        // (Not by synonyms alone: "working around the clock" is not "The
        // time is now", though "clock" and "time" are verbs of one sense.)
        // (Of function words alone, half of them: "not yet confident" is
        // not "We are not there yet".)
        let shares_words = || {
            // (A censored word is the word it may hide: "motherf***er".)
            let alike = |a: &str, b: &str| {
                a == b
                    || (drift::is_censored(a) && drift::could_be(a, b))
                    || (drift::is_censored(b) && drift::could_be(b, a))
            };
            let theirs = lemmas(&rendering, content_only);
            let shared = asked_lemmas
                .iter()
                .filter(|w| theirs.iter().any(|t| alike(w, t)))
                .count();
            match content_only {
                true => shared > 0,
                false => shared * 2 >= asked_lemmas.len(),
            }
        };
        (verbatim || elided || ((similarity >= DRIFT_FLOOR || one_word_away) && shares_words()))
            .then(|| Match {
                verbatim: verbatim || elided,
                similarity: (similarity * 1000.0).round() / 1000.0,
                edits_away: match (verbatim, a_part) {
                    (true, _) => 0,
                    (false, true) => whole_away,
                    (false, false) => edits_away(&d.edits),
                },
                edits: if verbatim { Vec::new() } else { d.edits },
                severity: if verbatim {
                    Severity::Verbatim
                } else {
                    d.severity
                },
            })
    };
    let mut matches: Vec<Option<Match>> = quotes.iter().map(|q| closest(&q.text)).collect();
    let mut found: Vec<(bool, usize, Found)> = Vec::new();
    // The checked words may run on past an attribution that interrupts
    // them ("“We want more data,” Powell said. “We're not there yet.”"):
    // such a run is read as one text, and stands for its quotes when it
    // comes closer than each of them.
    for run in interrupted_runs(quotes) {
        let pieces: Vec<String> = quotes[run.clone()].iter().map(|q| q.text.clone()).collect();
        let Some(m) = closest(&pieces.join(" ")) else {
            continue;
        };
        let closer = |one: &Match| {
            !one.verbatim
                && (m.verbatim
                    || one.similarity < m.similarity
                    || (one.similarity == m.similarity && one.edits_away > m.edits_away))
        };
        if matches[run.clone()].iter().flatten().all(closer) {
            matches[run.clone()].iter_mut().for_each(|one| *one = None);
            let (first, last) = (quotes[run.start], quotes[run.end - 1]);
            found.push((
                m.verbatim,
                m.edits_away,
                m.into_found(first, last.end, pieces),
            ));
        }
    }
    for (q, m) in quotes.iter().zip(matches) {
        if let Some(m) = m {
            found.push((m.verbatim, m.edits_away, m.into_found(q, q.end, Vec::new())));
        }
    }
    found.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.2.similarity.total_cmp(&a.2.similarity))
            // (Of two as close, the one fewer edits away: a fragment the
            // checked words hold is as close as the whole sentence.)
            .then(a.1.cmp(&b.1))
            .then(a.2.doc.cmp(&b.2.doc))
            .then(a.2.start.cmp(&b.2.start))
    });
    let speaker_ok = |f: &Found| speaker.is_none_or(|s| speaker_matches(s, &f.speaker, grammar));
    // (Word for word from another is a misattribution only when the
    // speaker asked about has no rendering: "We're in no hurry" given to
    // them, "We are in no hurry" to another, is their words with drift.)
    let verdict = if found.iter().any(|(v, _, f)| *v && speaker_ok(f)) {
        Verdict::Verbatim
    } else if found
        .iter()
        .any(|(v, _, f)| *v && !speaker_ok(f) && f.speaker.is_some())
        && !found.iter().any(|(_, _, f)| speaker_ok(f))
    {
        Verdict::Misattributed
    } else if found.is_empty() {
        Verdict::NotFound
    } else if speaker.is_some()
        && !found.iter().any(|(_, _, f)| speaker_ok(f))
        && found.iter().any(|(_, _, f)| f.speaker.is_some())
    {
        // ("Is this Xi's?" when only Putin's words come near.)
        Verdict::MisattributedDrift
    } else {
        Verdict::Drift
    };
    // Renderings from the speaker asked about come first.
    found.sort_by_key(|(v, _, f)| (!speaker_ok(f), !*v));
    Check {
        verdict,
        quote: quote.to_owned(),
        speaker: speaker.map(str::to_owned),
        found: found.into_iter().take(5).map(|(_, _, f)| f).collect(),
    }
}
