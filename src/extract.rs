//! The extraction pipeline: an article in, its quotes and diagnostics out.
//!
//! `Extractor::article` finds the quotes of one article (`quote`), attributes
//! them (`attribute`) and decides each one's kind. `canonicalise` then gives
//! one name to one person across a whole corpus.

use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::attribute::names::{is_company_suffix, is_connector};
use crate::attribute::{Attribution, Attributor, Owner, QuoteContext, Source, is_programme};
use crate::corpus::{Article, LoadError};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::grammar::Grammar;
use crate::quote::{self, FoundQuote, marks::MarkTable};
use crate::text::{LineIndex, Span, is_space, is_title, without_accents};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A clause or sentence of speech or writing.
    Direct,
    /// A fragment of someone's words inside the narrative.
    Partial,
    /// Marks that report nobody's words: a title, a nickname, scare quotes.
    Term,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

/// One quotation, attributed. Offsets are UTF-8 byte offsets of the quoted
/// words in the article's text, marks excluded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub doc: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    /// The speaker as this article names them, when that differs from the
    /// name made one across the corpus (see [`canonicalise`]): kept so that
    /// shards extracted apart canonicalise, once merged, as one run would.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_in_article: Option<String>,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub cue: Option<String>,
    pub channel: Option<String>,
}

/// A diagnostic with the article and line it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDiagnostic {
    pub doc: String,
    /// The article's file (or `file:line` for JSON Lines).
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub kind: DiagnosticKind,
    pub message: String,
}

/// The quotes and diagnostics of one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleQuotes {
    pub quotes: Vec<Quote>,
    pub diagnostics: Vec<ArticleDiagnostic>,
}

/// Extraction with one grammar; cheap to share between threads.
#[derive(Debug)]
pub struct Extractor {
    grammar: Grammar,
    marks: MarkTable,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new(Grammar::english())
    }
}

impl Extractor {
    pub fn new(grammar: Grammar) -> Self {
        let marks = MarkTable::new(&grammar);
        Extractor { grammar, marks }
    }

    pub fn grammar(&self) -> &Grammar {
        &self.grammar
    }

    /// Finds and attributes the quotes of one article. Never fails: what it
    /// cannot read well becomes a diagnostic.
    pub fn article(&self, article: &Article) -> ArticleQuotes {
        let lines = LineIndex::new(&article.text);
        let mut quotes = Vec::new();
        let mut diagnostics = Vec::new();
        for (base, section) in sections(&article.text) {
            self.section(
                article,
                section,
                base,
                &lines,
                &mut quotes,
                &mut diagnostics,
            );
        }
        self.finish(article, &lines, quotes, diagnostics)
    }

    /// Finds and attributes the quotes of `text`, a section of the article
    /// starting at byte `base`; spans are made the article's.
    fn section(
        &self,
        article: &Article,
        text: &str,
        base: usize,
        lines: &LineIndex,
        quotes: &mut Vec<Quote>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let mut found = quote::find(text, &self.marks);
        for i in 0..found.quotes.len() {
            let q = &found.quotes[i];
            // (Not past a quote inside it: "“Tell them ‘no, she said.’")
            let end = end_before_attribution(text, q, &self.grammar).filter(|&end| {
                found.quotes[i + 1..]
                    .iter()
                    .take_while(|inner| inner.outer.start < q.outer.end)
                    .all(|inner| inner.outer.end <= end)
            });
            let q = &mut found.quotes[i];
            if let Some(end) = end {
                // (A quote taken to run on into the next paragraph had no
                // diagnostic.)
                found.diagnostics.retain(|d| {
                    d.kind != DiagnosticKind::MissingClosingMark || d.span.start != q.outer.start
                });
                found.diagnostics.push(Diagnostic::new(
                    DiagnosticKind::MissingClosingMark,
                    Span::new(q.outer.start, q.span.start),
                    "quote has no closing mark; it ends before the attribution after it",
                ));
                q.span.end = end;
                q.outer.end = end;
                q.runs_on = false;
            }
        }
        let shift = |s: Span| Span::new(s.start + base, s.end + base);
        // Extraction never fails: should attribution meet a bug of ours,
        // the section's quotes are kept, unattributed, with a diagnostic,
        // and the other articles of the run are not lost to a panic.
        let attributed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let arena = bumpalo::Bump::new();
            let attributor = Attributor::new(
                text,
                &found.paragraphs,
                &found.quotes,
                &self.grammar,
                &arena,
            );
            let contexts = attributor.contexts(&found.quotes);
            let (attributions, _entities) = attributor.attribute(&found.quotes);
            (attributions, contexts)
        }));
        let (attributions, contexts) = attributed.unwrap_or_else(|_| {
            let at = found.quotes.first().map_or(Span::new(0, 0), |q| q.span);
            diagnostics.push(Diagnostic::new(
                DiagnosticKind::AttributionFailed,
                shift(at),
                "attribution failed on this part of the article (a bug in quotetrace: \
                 please report it with the article); its quotes are given without speakers",
            ));
            let n = found.quotes.len();
            (
                vec![Attribution::default(); n],
                vec![QuoteContext::default(); n],
            )
        });
        diagnostics.extend(found.diagnostics.into_iter().map(|mut d| {
            d.span = shift(d.span);
            d
        }));
        for ((q, a), ctx) in found.quotes.iter().zip(attributions).zip(contexts) {
            let kind = classify(text, q, &a, &ctx);
            let (speaker, mention, cue) = if kind == QuoteKind::Term {
                (None, None, None)
            } else {
                (a.speaker, a.mention, a.cue)
            };
            if kind != QuoteKind::Term && speaker.is_none() && mention.is_none() && q.depth == 0 {
                diagnostics.push(Diagnostic::new(
                    DiagnosticKind::NoSpeaker,
                    shift(q.span),
                    "no speaker found for this quote",
                ));
            }
            quotes.push(Quote {
                doc: article.id.clone(),
                outlet: article.outlet.clone(),
                published: article.published.clone(),
                line: lines.line(q.span.start + base),
                start: q.span.start + base,
                end: q.span.end + base,
                text: one_line(&text[q.span.start..q.span.end]),
                kind,
                speaker_in_article: None,
                speaker,
                // (On one line, as the quote's words are: "Rosa\nDelgado"
                // in hard-wrapped text is "Rosa Delgado"; so are the cue and
                // the channel, "interview with the Daily\nNews".)
                mention: mention.map(|m| one_line(&text[m.start..m.end])),
                mention_start: mention.map(|m| m.start + base),
                mention_end: mention.map(|m| m.end + base),
                cue: cue.map(put_on_one_line),
                channel: if kind == QuoteKind::Term {
                    None
                } else {
                    a.channel.map(put_on_one_line)
                },
            });
        }
    }

    /// The article's diagnostics in order, with lines and columns.
    fn finish(
        &self,
        article: &Article,
        lines: &LineIndex,
        quotes: Vec<Quote>,
        mut diagnostics: Vec<Diagnostic>,
    ) -> ArticleQuotes {
        let text = article.text.as_str();
        diagnostics.sort_by_key(|d| (d.span.start, d.kind));
        // Columns are counted on from the diagnostic before on the same
        // line: a long line with many diagnostics is read once, not once
        // per diagnostic.
        let mut last: Option<(usize, usize, usize)> = None; // line, offset, column
        let diagnostics = diagnostics
            .into_iter()
            .map(|d| {
                let (start, line) = (d.span.start, lines.line(d.span.start));
                let column = match last {
                    Some((l, offset, column)) if l == line && offset <= start => {
                        column + text.get(offset..start).map_or(0, |s| s.chars().count())
                    }
                    _ => lines.column(text, start),
                };
                last = Some((line, start, column));
                ArticleDiagnostic {
                    doc: article.id.clone(),
                    origin: article.origin.clone(),
                    line,
                    column,
                    kind: d.kind,
                    message: d.message,
                }
            })
            .collect();
        ArticleQuotes {
            quotes,
            diagnostics,
        }
    }
}

/// Articles longer than this are read in sections of at most this many
/// bytes, cut at a line break (or, in a line longer than this, after a
/// sentence or a space). A news article is a hundred times shorter; the cut
/// keeps the memory and time one article takes bounded whatever arrives
/// (50 MB on one line, an unclosed quote). Names and pronouns do not carry
/// across a cut, and a quote cannot span one.
pub const MAX_SECTION: usize = 1 << 20;

/// The quoted words with the line breaks of wrapped text (`text::paragraphs`)
/// made spaces, byte for byte: "We will\r\nnot write" is "We will  not
/// write", so that an offset into the words is one into the span, which
/// still gives the bytes as the file has them.
fn one_line(words: &str) -> String {
    // (Most quotes hold no break: a search for one is faster than a copy
    // that matches every character.)
    if !words.contains('\n') {
        return words.to_owned();
    }
    words.replace(['\r', '\n'], " ")
}

/// `words` on one line, kept as they are when they hold no break.
fn put_on_one_line(words: String) -> String {
    match words.contains('\n') {
        true => one_line(&words),
        false => words,
    }
}

/// The sections of `text` (see [`MAX_SECTION`]) with their start offsets.
fn sections(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > MAX_SECTION {
        let mut limit = start + MAX_SECTION;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = memchr::memrchr(b'\n', window.as_bytes())
            .or_else(|| window.rfind(". ").map(|i| i + 1))
            .or_else(|| memchr::memrchr(b' ', window.as_bytes()))
            .filter(|&i| i > 0)
            .map_or(limit, |i| start + i + 1);
        out.push((start, &text[start..cut]));
        start = cut;
    }
    out.push((start, &text[start..]));
    out
}

/// `"This is a fight for our freedom, he added.`: a quote that lost its
/// closing mark runs on over its own attribution to the end of its
/// paragraph. When its words end in a short clause set off by a comma that
/// is an attribution ("he added", "said Gov. Ron DeSantis", "Smith told
/// reporters on Monday", "the governor said"), perhaps with an appositive
/// after it (", said Jean-Marc Dupont, a dairy farmer"), the quote ends at
/// that comma, whose byte end this returns.
fn end_before_attribution(text: &str, q: &FoundQuote, grammar: &Grammar) -> Option<usize> {
    if q.has_close_mark || q.depth > 0 {
        return None;
    }
    let words = &text[q.span.start..q.span.end];
    let lower = |w: &str| w.to_lowercase();
    let speech = |w: &str| grammar.info(&lower(w)).is_speech_verb();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // Whether `clause` is an attribution: the words before the verb are a
    // pronoun, up to four capitalised words of a name, or a description of
    // up to three words after "the" or "a".
    let attributes = |clause: &str| {
        let tail: Vec<&str> = clause
            .trim_end_matches(['.', '!', '?'])
            .split_whitespace()
            .collect();
        if tail.len() < 2 || tail.len() > 10 {
            return false;
        }
        let Some(verb) = tail.iter().position(|w| speech(w)) else {
            return false;
        };
        let subject = &tail[..verb];
        match subject {
            [] => tail
                .get(1)
                .is_some_and(|w| capitalised(w) || matches!(lower(w).as_str(), "the" | "a" | "an")),
            [pronoun] if grammar.info(&lower(pronoun)).pronoun().is_some() => true,
            [first, ..] if subject.len() <= 4 && subject.iter().all(|w| capitalised(w)) => {
                grammar.info(&lower(first)).pronoun().is_none()
            }
            [det, rest @ ..] => {
                matches!(lower(det).as_str(), "the" | "a" | "an")
                    && (1..=3).contains(&rest.len())
                    && rest
                        .iter()
                        .all(|w| !capitalised(w) || grammar.is_title(&lower(w)))
            }
        }
    };
    let mut commas = words.rmatch_indices(", ").map(|(i, _)| i);
    let last = commas.next()?;
    if attributes(&words[last + 2..]) {
        return Some(q.span.start + last + 1);
    }
    // (An appositive opens on an article, a relative pronoun, an owner or
    // an age: "a dairy farmer from Normandy", "who runs the trust", "62".)
    let appositive = words[last + 2..]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            let info = grammar.info(&lower(w));
            matches!(lower(w).as_str(), "a" | "an" | "the" | "who" | "whose")
                || info.is_possessive_determiner()
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
    let before = commas.next()?;
    (appositive && attributes(&words[before + 2..last])).then_some(q.span.start + before + 1)
}

/// Decides a quote's kind from its words, its place and its attribution.
fn classify(text: &str, q: &FoundQuote, a: &Attribution, ctx: &QuoteContext) -> QuoteKind {
    let quoted = &text[q.span.start..q.span.end];
    let mut words = quoted.split(is_space).filter(|w| !w.is_empty()).peekable();
    let first_upper = words
        .peek()
        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    // The rules below ask only whether a quote has up to six words: a long
    // quote is not counted to its end.
    let word_count = words.take(7).count();
    let ends_clause = quoted
        .trim_end_matches(['\'', '"', '’', '”'])
        .ends_with(['.', ',', '?', '!', '…']);
    let title_case = word_count <= 6 && is_title(quoted);
    // "said on “Morning Joe”": the title of a programme, not anyone's words.
    if is_programme(ctx.word_before.as_deref(), ctx.after_owner, quoted) {
        return QuoteKind::Term;
    }
    // "In his book “The Art of the Deal,” Trump wrote": the title of a
    // work, though the sentence attributes words.
    let after_work = ctx.word_before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "book"
                | "memoir"
                | "novel"
                | "album"
                | "song"
                | "single"
                | "film"
                | "movie"
                | "documentary"
                | "series"
                | "play"
                | "musical"
                | "poem"
                | "essay"
                | "column"
                | "op-ed"
        )
    });
    // (Or one of numbers only: "the documentary “13th”", "the film
    // “1917”".)
    let numbered = || {
        quoted
            .split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    };
    if after_work && (title_case || numbered()) {
        return QuoteKind::Term;
    }
    // "who starred with him in “Unforgiven.”": a work someone played in.
    let played_in = ctx.word_before.as_deref() == Some("in")
        && text[..q.outer.start]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .rev()
            .filter(|w| !w.is_empty())
            .take(5)
            .any(|w| {
                matches!(
                    w,
                    "starred"
                        | "co-starred"
                        | "starring"
                        | "appeared"
                        | "appearing"
                        | "role"
                        | "roles"
                        | "cast"
                        | "played"
                        | "acted"
                )
            });
    if played_in && title_case {
        return QuoteKind::Term;
    }
    // "she writes in “The Light We Carry,” which hits shelves Tuesday": a
    // work written in, named in Title Case, not its words.
    let written_in = ctx.word_before.as_deref() == Some("in")
        && text[..q.outer.start]
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .filter(|w| !w.is_empty())
            .nth(1)
            .is_some_and(|w| matches!(w, "wrote" | "writes" | "write" | "written" | "writing"));
    if written_in && title_case && word_count >= 2 {
        return QuoteKind::Term;
    }
    // "said on his podcast, “Verdict,” that …": a show's name set beside
    // it, which the sentence goes on past; not a word said on the show
    // ("he said on the show, “Absolutely.”"; "Asked on the show, “Yes,”
    // he replied").
    let after_show = ctx.word_before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "podcast" | "show" | "program" | "programme" | "newsletter" | "blog" | "channel"
        )
    });
    // (Nor where a title of several words stands set off before the one
    // who speaks: "Asked on his podcast, “Mind the Game,” James said".)
    let after = text[q.outer.end..].trim_start_matches(is_space);
    let goes_on = after.starts_with(|c: char| c.is_lowercase());
    if after_show && title_case && ((a.source != Some(Source::After) && goes_on) || word_count >= 2)
    {
        return QuoteKind::Term;
    }
    // "“Friends” star Jennifer Aniston", "“The Apprentice” creator Mark
    // Burnett": a work's title before the role someone had in it.
    if ctx.before_a_role && title_case && !ends_clause && word_count <= 4 {
        return QuoteKind::Term;
    }
    // "‘All Bets Are Off.’" alone between paragraphs: a section's heading,
    // a few words in Title Case, not someone's words said again.
    if ctx.alone && word_count >= 2 && title_case {
        return QuoteKind::Term;
    }
    // "Apple rolled out its “Apple Intelligence” features": a name in Title
    // Case between a determiner and a noun modifies the noun, whoever the
    // sentence says spoke.
    let determined = ctx.word_before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "new"
        )
    });
    // (A word that links it to what follows is no noun it modifies: "the
    // “Himalaya” of difficulties" is a speaker's figure.)
    let noun_after = || {
        let word = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        goes_on
            && !matches!(
                word,
                "of" | "for"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "from"
                    | "and"
                    | "or"
                    | "that"
                    | "which"
                    | "who"
                    | "as"
            )
    };
    if determined && title_case && !ends_clause && word_count <= 4 && noun_after() {
        return QuoteKind::Term;
    }
    // "Michael Jackson's “Thriller,”", "Trump's “Liberation Day”": a
    // name in Title Case that someone owns is a work's or a plan's, not
    // their words; unless the owner is whom the quote rests on, "Rashida
    // Tlaib's ‘Motherf**ker’ Comment".
    let owner_speaks = a
        .mention
        .is_some_and(|m| m.end <= q.outer.start && text[m.end..q.outer.start].trim().is_empty());
    if ctx.after_owner == Owner::Name && title_case && word_count <= 4 && !owner_speaks {
        return QuoteKind::Term;
    }
    // "Critics slammed the so-called “Department of Government
    // Efficiency”": a name the writer holds at a distance, whoever the
    // sentence says spoke.
    if ctx.word_before.as_deref() == Some("so-called") && word_count <= 4 {
        return QuoteKind::Term;
    }
    if a.source.is_none() {
        let naming = ctx.word_before.as_deref().is_some_and(|w| {
            // ("so-called" is read above, whatever the source.)
            matches!(
                w,
                "dubbed"
                    | "named"
                    | "titled"
                    | "entitled"
                    | "nicknamed"
                    | "called"
                    | "known"
                    | "as"
                    | "word"
                    | "term"
                    | "phrase"
            )
        });
        if word_count <= 4 && (title_case || naming || (word_count <= 2 && !ends_clause)) {
            return QuoteKind::Term;
        }
    }
    if (ctx.starts_clause && (first_upper || word_count >= 4))
        || (first_upper && ends_clause && word_count >= 4)
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Gives one canonical name to one person across a corpus: a name that is a
/// part of exactly one longer name elsewhere ("Putin" → "Vladimir Putin",
/// "Donald Trump" → "Donald J. Trump") takes that name, and a name printed
/// in other capitals ("Politifact") the form most quotes give.
///
/// It works from each quote's name in its article ([`Quote::article_speaker`]),
/// so canonicalising again (after merging shards) gives what one run over
/// all articles gives.
pub fn canonicalise(articles: &mut [ArticleQuotes]) {
    let spelled = respellings(articles);
    let respelled = |s: &str| spelled.get(s).map_or(s, String::as_str).to_owned();
    let mut full_names: HashMap<String, usize> = HashMap::default();
    // "Xi" for "Xi Jinping": a name whose family name comes first is
    // shortened to its first word, which an article shows by giving a
    // quote of "Xi" to "Xi Jinping". Each such first word, and the names.
    let mut first_words: HashMap<String, Vec<String>> = HashMap::default();
    for a in articles.iter() {
        for q in &a.quotes {
            if let Some(s) = q.article_speaker().map(respelled) {
                let s = s.as_str();
                *full_names.entry(s.to_owned()).or_default() += 1;
                let called = q
                    .mention
                    .as_deref()
                    .and_then(|m| m.split_whitespace().last());
                let mut words = s.split_whitespace();
                if let (Some(called), Some(first), Some(last)) =
                    (called, words.next(), words.next_back())
                    && called == first
                    && called != last
                {
                    let names = first_words.entry(called.to_owned()).or_default();
                    if !names.iter().any(|n| n == s) {
                        names.push(s.to_owned());
                    }
                }
            }
        }
    }
    // One name printed in other capitals or accents ("PolitiFact",
    // "Politifact"; "Pedro Sánchez", "Pedro Sanchez") is one name: the form
    // most quotes give (the first in order on a tie).
    let lower = |s: &str| without_accents(&s.to_lowercase()).into_owned();
    let mut forms: Vec<(String, usize)> = full_names.into_iter().collect();
    forms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut form_of: HashMap<String, String> = HashMap::default();
    let mut printed_as: HashMap<String, String> = HashMap::default();
    for (name, _) in forms {
        match form_of.get(&lower(&name)) {
            Some(form) => {
                printed_as.insert(name, form.clone());
            }
            None => {
                form_of.insert(lower(&name), name);
            }
        }
    }
    let mut names: Vec<String> = form_of.into_values().collect();
    names.sort();
    let words: Vec<Vec<String>> = names
        .iter()
        .map(|s| s.split_whitespace().map(lower).collect())
        .collect();
    // Which names hold each word: candidates come from there, not from all
    // pairs of names.
    let mut holding: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, ws) in words.iter().enumerate() {
        for w in ws {
            holding.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut map: HashMap<String, String> = HashMap::default();
    for (i, short) in words.iter().enumerate() {
        let Some(first) = short.first() else { continue };
        let longer: Vec<usize> = holding[first.as_str()]
            .iter()
            .copied()
            .filter(|&j| words[j].len() > short.len() && short.iter().all(|w| words[j].contains(w)))
            // A name is made fuller before its last word, not after it:
            // "Trump Tower" and "Hillary Clinton Goes" (from a headline)
            // are not fuller names of Trump and Hillary Clinton.
            // "Boeing Co." is a fuller "Boeing": a company's suffix may
            // follow.
            .filter(|&j| {
                words[j].last() == short.last()
                    || (words[j].starts_with(short)
                        && words[j][short.len()..]
                            .iter()
                            .all(|w| is_company_suffix(w.trim_end_matches('.'))))
            })
            // Only a name is a fuller name: "spokesperson for Acme", a
            // description named by Acme, is someone else.
            .filter(|&j| {
                names[j]
                    .split_whitespace()
                    .zip(&words[j])
                    .all(|(w, lower)| {
                        short.contains(lower)
                            || w.starts_with(char::is_uppercase)
                            || is_connector(lower)
                            || is_company_suffix(lower.trim_end_matches('.'))
                    })
            })
            .collect();
        // Several longer names that are one name made fuller and fuller
        // ("Donald Trump", "Donald J. Trump"): the fullest.
        let fullest = longer.iter().copied().max_by_key(|&j| words[j].len());
        if let Some(full) = fullest
            && longer
                .iter()
                .all(|&j| words[j].iter().all(|w| words[full].contains(w)))
        {
            map.insert(names[i].clone(), names[full].clone());
        }
    }
    // ("Xi" in an article that never names him in full is the one "Xi
    // Jinping" another article calls "Xi"; when there is one.)
    for name in &names {
        if map.contains_key(name) || name.contains(' ') {
            continue;
        }
        let fuller: Vec<&String> = first_words.get(name).into_iter().flatten().collect();
        if let [full] = fuller[..] {
            let full = printed_as.get(full).unwrap_or(full);
            let full = map.get(full).unwrap_or(full).clone();
            map.insert(name.clone(), full);
        }
    }
    for a in articles.iter_mut() {
        for q in &mut a.quotes {
            let in_article = q.speaker_in_article.take().or_else(|| q.speaker.take());
            q.speaker = in_article.as_ref().map(|s| {
                let s = spelled.get(s).unwrap_or(s);
                let form = printed_as.get(s).unwrap_or(s);
                map.get(form).unwrap_or(form).clone()
            });
            q.speaker_in_article = in_article.filter(|s| Some(s) != q.speaker.as_ref());
        }
    }
}

/// Whether two lowercased, unaccented words of six letters or more are one
/// surname spelt two ways: "zelenskyy" and "zelensky" differ only in their
/// last vowels or y, by two letters at most ("johnson" and "johnston",
/// "martin" and "martins" are other names).
pub(crate) fn one_spelling(a: &str, b: &str) -> bool {
    let shared: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (tail_a, tail_b) = (&a[shared..], &b[shared..]);
    let vowels = |t: &str| t.chars().all(|c| "aeiouy".contains(c));
    // ("Zakharov" and "Zakharova" are a man's and a woman's surname.)
    let feminine = |a: &str, b: &str| a.is_empty() && b == "a";
    tail_a.len().max(tail_b.len()) <= 2
        && tail_a.len().abs_diff(tail_b.len()) <= 1
        && vowels(tail_a)
        && vowels(tail_b)
        && !feminine(tail_a, tail_b)
        && !feminine(tail_b, tail_a)
}

/// "Zelenskyy" and "Zelenskiy" for "Zelensky": one surname spelt another
/// way by another outlet's transliteration. Each speaker's name whose last
/// word is such a spelling, to the name spelt as most quotes spell it. Two
/// spellings are one when, of six letters or more, they differ only in
/// their last vowels or y, by two letters at most ("Johnson" and
/// "Johnston", "Martin" and "Martinez" or "Martins", "Zakharov" and
/// "Zakharova" are other names).
fn respellings(articles: &[ArticleQuotes]) -> HashMap<String, String> {
    // Each speaker's name, once, with how many quotes give it; and a name
    // as its given names and its last word.
    let mut names: HashMap<&str, usize> = HashMap::default();
    for name in articles
        .iter()
        .flat_map(|a| &a.quotes)
        .filter_map(Quote::article_speaker)
    {
        *names.entry(name).or_default() += 1;
    }
    fn split(name: &str) -> (&str, &str) {
        name.rsplit_once(' ').unwrap_or(("", name))
    }
    let fold = |word: &str| without_accents(&word.to_lowercase()).into_owned();
    // How many quotes give each last word, lowercased, and its printed form.
    let mut surnames: HashMap<String, (usize, &str)> = HashMap::default();
    for (&name, &n) in &names {
        let last = split(name).1;
        surnames.entry(fold(last)).or_insert((0, last)).0 += n;
    }
    let mut words: Vec<(&String, usize, &str)> = surnames
        .iter()
        .filter(|(w, _)| w.chars().count() >= 6)
        .map(|(w, &(n, printed))| (w, n, printed))
        .collect();
    // Most quoted first, so that a spelling maps to the commoner one (the
    // shorter on a tie).
    words.sort_unstable_by(|a, b| {
        (b.1.cmp(&a.1))
            .then_with(|| a.0.len().cmp(&b.0.len()))
            .then_with(|| a.0.cmp(b.0))
    });
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, (w, ..)) in words.iter().enumerate() {
        blocks
            .entry(w.chars().take(5).collect())
            .or_default()
            .push(i);
    }
    // Each word's spelling: the first, most quoted, that it is one with,
    // or one with a spelling that is ("Zelenskyy" and "Zelenskiy" both
    // through "Zelensky").
    let mut spelt_as: HashMap<&str, usize> = HashMap::default();
    for block in blocks.values() {
        for (k, &i) in block.iter().enumerate() {
            let matched = block[..k]
                .iter()
                .find(|&&j| one_spelling(words[i].0, words[j].0));
            if let Some(&j) = matched {
                let root = spelt_as.get(words[j].0.as_str()).copied().unwrap_or(j);
                spelt_as.insert(words[i].0.as_str(), root);
            }
        }
    }
    let mut out = HashMap::default();
    if spelt_as.is_empty() {
        return out;
    }
    // Only one person's: the given names that come with the spellings of
    // one surname must be one ("Luca Moretti" and "Paolo Moretto" are two).
    let roots: Vec<usize> = spelt_as.values().copied().collect();
    for j in roots {
        spelt_as.insert(words[j].0.as_str(), j);
    }
    let mut given: HashMap<usize, FxHashSet<String>> = HashMap::default();
    for &name in names.keys() {
        let (rest, last) = split(name);
        if let Some(&root) = spelt_as.get(fold(last).as_str())
            && !rest.is_empty()
        {
            given.entry(root).or_default().insert(fold(rest));
        }
    }
    let spelt_as: HashMap<&str, &str> = spelt_as
        .into_iter()
        .filter(|(_, j)| given.get(j).is_none_or(|g| g.len() <= 1))
        .map(|(w, j)| (w, words[j].2))
        .collect();
    for &name in names.keys() {
        let (rest, last) = split(name);
        if let Some(canonical) = spelt_as.get(fold(last).as_str())
            && *canonical != last
        {
            let respelt = if rest.is_empty() {
                (*canonical).to_owned()
            } else {
                format!("{rest} {canonical}")
            };
            out.insert(name.to_owned(), respelt);
        }
    }
    out
}

/// Extracts a whole corpus on rayon's threads, in the articles' order, then
/// canonicalises names across it.
pub fn extract_all(extractor: &Extractor, articles: &[Article]) -> Vec<ArticleQuotes> {
    let mut out: Vec<ArticleQuotes> = articles.par_iter().map(|a| extractor.article(a)).collect();
    canonicalise(&mut out);
    out
}

/// What a streamed corpus gave: each article's quotes, in the order the
/// articles came, and the articles that could not be read.
#[derive(Debug, Default)]
pub struct Streamed {
    pub results: Vec<ArticleQuotes>,
    pub errors: Vec<LoadError>,
}

/// Extracts articles as they are read (see [`crate::corpus::stream`]), on
/// rayon's threads, so only the articles being worked on are in memory;
/// calls `done` after each (for a progress bar). Results and errors keep
/// the stream's order, whatever the threads, and names are then
/// canonicalised across the corpus.
pub fn extract_stream(
    extractor: &Extractor,
    articles: impl Iterator<Item = Result<Article, LoadError>> + Send,
    done: &(dyn Fn() + Sync),
) -> Streamed {
    let mut numbered: Vec<(usize, Result<ArticleQuotes, LoadError>)> = articles
        .enumerate()
        .par_bridge()
        .map(|(i, article)| {
            let result = article.map(|a| extractor.article(&a));
            done();
            (i, result)
        })
        .collect();
    numbered.sort_unstable_by_key(|(i, _)| *i);
    let mut streamed = Streamed::default();
    for (_, result) in numbered {
        match result {
            Ok(quotes) => streamed.results.push(quotes),
            Err(e) => streamed.errors.push(e),
        }
    }
    canonicalise(&mut streamed.results);
    streamed
}

impl Quote {
    /// The speaker as the article names them, before canonical names.
    pub fn article_speaker(&self) -> Option<&str> {
        self.speaker_in_article
            .as_deref()
            .or(self.speaker.as_deref())
    }

    /// The quote's span as the library's `Span`.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}
