//! Attribution: who says each quote, with which cue, through which channel.
//!
//! An article is read twice. The first pass (`collect_names`) finds every
//! name and description and links them to people and bodies. The second
//! (`Attributor::attribute`) looks at each quote's sentence in the order a
//! reader would:
//! 1. right after the quote: `"…," Putin said`, `"…," said the spokesman`,
//!    `"…," as a memo put it` (but first the owner of a claim or promise
//!    that holds the words: `Lee said Quill's claim that the vote was "…"`
//!    is Quill's);
//! 2. a speech verb before it in its sentence, the outermost one that governs
//!    it and is not denied: `Putin told Xi that Russia condemned "…"` is
//!    Putin's (a relative clause, `…, which said "…"`, and a participle
//!    opening an aside, `X, speaking on Sunday, said`, govern nothing; `the
//!    agency quoted X as saying` is X's);
//! 3. `according to X` or `per X`;
//! 4. at the end of its sentence: `…, the ministry said.`;
//! 5. a colon lead-in closing the paragraph before, a quote-only paragraph
//!    after a sentence naming a channel ("In a statement, X …") or signed
//!    below it ("— Ann Lee"), or the
//!    sentence before ending on its own attribution; smaller patterns after
//!    these (a name, a speech noun or a short clause before a colon, `The
//!    statement went on: "…"`, `Trump's claim that "…"`, a framing subject,
//!    a paragraph's last quote after a sentence about a person);
//! 6. the quote before it, when this one continues it; or, for a quotation
//!    that runs on over paragraphs unsigned, the quote it runs on into; or,
//!    for an interview's first answer after a question asked alone, the one
//!    the interview is with;
//! 7. failing all these, a transcript's label that opens the paragraph
//!    (`PENCE: … "Shark Tank."`, `labelled_speakers`).
//!
//! Pronouns and descriptions ("he", "the Russian leader") are then resolved to
//! the person or body the article established; a description that names no
//! one ("his lawyer", "one questioner", "the mayor of Springfield") stays a
//! mention without a speaker, and a "he" after a man so described is him,
//! not an earlier named speaker. A
//! document ("the statement continued") speaks for whoever the article gave
//! it to ("Trump said in a statement", "BuzzFeed's report"). An anonymous
//! source ("people familiar with the matter") is kept whole as the mention.
//! "she" and "he" agree with what the article says of a person ("Mrs.",
//! "spokesman") or, failing that, with a given name (`people.toml`,
//! `given_names.toml`). Someone brought in unnamed ("a person familiar
//! with the matter", "Gomez's husband") is who a later "the person" or
//! "he" means.
//!
//! Last, a channel named once goes on for the same speaker
//! (`carry_channels`): to the quotes that follow it and to a quote after a
//! sentence naming it ("In a statement, he decried … ¶ “…,” he said").

pub mod names;

use std::ops::Range;

use rustc_hash::FxHashMap;
use rustc_hash::FxHashSet as HashSet;

use bumpalo::Bump;

use crate::grammar::{Grammar, PronounKind, WordInfo, is_class_of_things};
use crate::quote::FoundQuote;
use crate::text::{
    Span, Token, TokenKind, in_capitals, is_apostrophe, is_initial, lowercase_words,
    quote_ends_with, sentences, starts_a_sentence, title_cased, tokenize,
};
use names::{
    EntityKind, Gender, Mention, Names, SplitName, Word, gender_of, genders_agree,
    given_name_gender, has_s_ending, in_office_holder_run, is_given_name, is_name_month,
    is_name_word, is_nickname, is_number_word, joins_a_bodys_name, looks_like_demonym, name_run_at,
    office_holder_run, particles_at, past_the, possessive_inside_name, split_name,
};

/// Who says a quote, and how the article says so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The canonical name of the speaker, when the article establishes it.
    pub speaker: Option<String>,
    /// The words the attribution rests on ("he", "Mr. Putin").
    pub mention: Option<Span>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<String>,
    /// The medium the article cites ("Chinese state media", "statement").
    pub channel: Option<String>,
    /// How the speaker was found.
    pub source: Option<Source>,
}

/// A speaker the attributor resolved, for the quotes after: where the
/// article last named them before the quote, who they are, and the
/// mention that named them as speaker ("the German", which says what
/// they are not: `of_another_nation`).
struct SaidBy {
    at: usize,
    entity: usize,
    mention: Span,
}

/// Someone the article brings in unnamed, with a name in their
/// description, which may be the body they speak for or work at: "a
/// Google spokeswoman", "an analyst at Nomura".
struct UnnamedOfABody<'a> {
    /// The description, "a" to the body's name.
    span: Span,
    gender: Option<Gender>,
    /// The description's noun in lower case ("spokeswoman").
    noun: &'a str,
    /// People, whom "they" means: "Analysts at Jefferies".
    plural: bool,
}

/// Whose words a quote inside a quote is (`Attributor::nested_speaker`).
enum Nested {
    /// The outer quote's speaker's to voice.
    Outer,
    /// A person the article named: their entity, the name's span and the
    /// speech verb.
    Named(usize, Span, String),
    /// Not said.
    Unknown,
}

/// Which rule found the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    After,
    Before,
    AccordingTo,
    SentenceEnd,
    LeadIn,
    /// The paragraph after signs a quote alone in its own: "— Ann Lee",
    /// "That is the view of Ann Lee".
    SignedBelow,
    Continuation,
    /// A transcript's label opens the paragraph: "PENCE: …".
    Label,
    /// An interview's answer, after its question: the one it is with.
    Interviewee,
    /// A headline's words that a quote of the body repeats: its speaker's.
    Repeated,
}

/// Two kinds of body that are never one another: a business ("the
/// company", "Co.") and a body of public or working life ("the union",
/// "the regulator").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Business,
    Public,
}

/// A speaker's mention before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Entity(usize),
    Pronoun(PronounKind),
    /// A description such as "the Russian leader": token range.
    Description,
}

#[derive(Debug, Clone, Copy)]
struct Found {
    who: Who,
    /// Token range of the mention.
    start: usize,
    end: usize,
}

/// One paragraph, tokenized.
struct Para<'a> {
    tokens: Vec<Token<'a>>,
    /// Quotes of this paragraph (indices into the article's quotes, which
    /// are in reading order).
    quotes: Range<usize>,
    /// Its sentences, as token ranges in order.
    sentences: Vec<Range<usize>>,
}

impl Para<'_> {
    /// The sentence holding token `i`.
    fn sentence_of(&self, i: usize) -> Range<usize> {
        let k = self.sentences.partition_point(|r| r.end <= i);
        self.sentences
            .get(k)
            .cloned()
            .unwrap_or(0..self.tokens.len())
    }
}

/// How far, in tokens, attribution looks on either side of a quote within
/// its sentence. Real sentences are shorter; the bound keeps a paragraph of
/// thousands of quotes, or a text with no full stop, linear.
const WINDOW: usize = 80;

/// How far ahead, in bytes, a pronoun with no one before it may find its
/// person: the rest of its sentence and the next.
const CATAPHOR_REACH: usize = 300;
/// How far ahead, in bytes, a lead's "a federal judge" may find the person
/// titled so: the next two or three paragraphs of a wire story.
const LEAD_REACH: usize = 600;
/// How many mentions back "the company" or "the agency" may find the body
/// last named at the head of a clause.
const BODY_REACH: usize = 20;

/// Attributes the quotes of one article.
pub struct Attributor<'a> {
    text: &'a str,
    grammar: &'a Grammar,
    names: Names<'a>,
    paras: Vec<Para<'a>>,
    /// The token of each top-level quote in its paragraph.
    quote_token: Vec<Option<usize>>,
    /// Whether a paragraph is in Title Case (a headline).
    title_case: Vec<bool>,
    /// Words capitalised somewhere inside a sentence: names, not sentence starts.
    capitalised_inside: HashSet<&'a str>,
    /// Resolved speaker mentions made so far.
    said_by: Vec<SaidBy>,
    /// People the article describes and does not name: speakers ("the
    /// prime minister's spokesman said"), subjects ("Gomez's husband is
    /// …") and people brought in ("according to a person familiar with the
    /// matter"). Each is (position, the description's gender, its last
    /// word). A "he" after one of a gender is that person, not an earlier
    /// named one, and so is "the representative" after "a representative".
    unnamed_people: Vec<Unnamed<'a>>,
    /// People brought in with "a", "an" or "one", or opening a sentence in
    /// the plural, with a name in their description, in reading order: the
    /// "she" or "the spokeswoman" no one named may mean them, if a body
    /// names them (`unnamed_of_a_body_meant`).
    unnamed_of_a_body: Vec<UnnamedOfABody<'a>>,
    /// People owned and described, not named, inside a sentence: "Tom
    /// Hart turned to his wife.", "When I asked my grandmother …". Each is
    /// (where the sentence starts, where the description starts, its
    /// gender). A "she" after one is that person, not a woman named before
    /// the sentence (one named in it, "Ann Lee visited her mother", may
    /// still be).
    unnamed_in_sentence: Vec<(usize, usize, Gender)>,
    /// People named as someone's relatives: "my parents, James and Olive
    /// Meehan", "his wife, Ann". A later "my mother" may be one of them.
    named_as_kin: Vec<usize>,
    /// Where sentences open on people not named, in the plural
    /// ("Environmental groups were sceptical.", "Many residents said"): a
    /// "they" after one is those people, not a pair named before.
    unnamed_groups: Vec<usize>,
    /// Documents the article gives an author: "BuzzFeed's report", "the
    /// BuzzFeed piece" (read with the names), and the channel of a quote
    /// attributed so far ("Trump said in a statement"). Each is (position,
    /// author entity, the document's noun), for "the report said".
    documents: Vec<(usize, usize, &'a str)>,
    /// Descriptions resolved in the first pass: span start → entity, and
    /// the description's head noun in lower case ("company").
    described: Vec<(usize, usize, &'a str)>,
    /// Ages the article gives people ("Novak Djokovic, 37,"), in reading
    /// order: entity → the number, for a later "the 37-year-old".
    ages: Vec<(usize, &'a str)>,
    /// Descriptions the first pass left unresolved where they stood as the
    /// object of a clause whose subject is someone named ("Elon Musk
    /// attacked the president"): that subject's entity → the
    /// description's head noun, which is someone else.
    told_apart: Vec<(usize, &'a str)>,
    /// The writer a byline names: the "I" of the narrative.
    writer: Option<String>,
}

impl<'a> Attributor<'a> {
    /// Reads an article's paragraphs; `arena` holds the lowercased words
    /// and lives as long as the attributor's borrows of the text.
    pub fn new(
        text: &'a str,
        paragraphs: &[Span],
        quotes: &[FoundQuote],
        grammar: &'a Grammar,
        arena: &'a Bump,
    ) -> Self {
        debug_assert!(quotes.is_sorted_by_key(|q| q.paragraph));
        let mut quote_token = vec![None; quotes.len()];
        let mut spans: Vec<(usize, Span)> = Vec::new();
        let mut first = 0;
        let paras: Vec<Para> = paragraphs
            .iter()
            .enumerate()
            .map(|(p, span)| {
                let end = first + quotes[first..].partition_point(|q| q.paragraph == p);
                let qs = first..end;
                first = end;
                // A nested quote stays inside the token of the quote around it.
                spans.clear();
                spans.extend(
                    qs.clone()
                        .filter(|&i| quotes[i].depth == 0)
                        .map(|i| (i, quotes[i].outer)),
                );
                let tokens = tokenize(text, *span, &spans, grammar, arena);
                for (i, t) in tokens.iter().enumerate() {
                    if let Some(q) = t.quote() {
                        quote_token[q] = Some(i);
                    }
                }
                Para {
                    sentences: sentences(&tokens),
                    tokens,
                    quotes: qs,
                }
            })
            .collect();
        let mut capitalised_inside: HashSet<&'a str> = HashSet::default();
        // Sized once, or it grows by rehashing in every article. Distinct
        // capitalised words are one token in fourteen over the shared
        // corpora: an eighth spares 95 of their 113 articles any rehash.
        capitalised_inside.reserve(paras.iter().map(|p| p.tokens.len()).sum::<usize>() / 8);
        capitalised_inside.extend(
            paras
                .iter()
                .flat_map(|p| p.tokens.windows(2))
                .filter(|w| {
                    !may_open_a_sentence_after(&w[0]) && w[1].capital && w[0].quote().is_none()
                })
                .map(|w| w[1].lower),
        );
        // Only an article's first lines can be its headline, and only when
        // a body follows: a text of one paragraph is a sentence, not a
        // headline, even capitalised ("Labour MP Diane Abbott told Sky
        // News: “…”").
        let title_case = (0..paras.len())
            .map(|i| i < 2 && i + 1 < paras.len() && is_title_case(text, &paras, i))
            .collect();
        let mut this = Attributor {
            text,
            grammar,
            names: Names::with_capacity(capitalised_inside.len(), grammar.aliases()),
            capitalised_inside,
            paras,
            quote_token,
            title_case,
            said_by: Vec::new(),
            unnamed_people: Vec::new(),
            unnamed_of_a_body: Vec::new(),
            unnamed_in_sentence: Vec::new(),
            named_as_kin: Vec::new(),
            unnamed_groups: Vec::new(),
            documents: Vec::new(),
            described: Vec::new(),
            ages: Vec::new(),
            told_apart: Vec::new(),
            writer: None,
        };
        this.writer = (0..this.paras.len()).find_map(|p| this.writer_in_byline(p));
        this.collect_names();
        this
    }

    /// Whether paragraph `p` is a headline: one in Title Case, or a first
    /// line in sentence case that ends in no full stop ("Defiant Starmer
    /// says he will “not flinch”"), when a body follows.
    fn is_headline(&self, p: usize) -> bool {
        self.title_case[p]
            || (p == 0
                && self.paras.len() > 1
                && ends_unpunctuated(self.text, &self.paras[0].tokens))
    }

    /// The one writer a byline names ("By Paul Krugman", "By Jane Smith,
    /// Reuters"); none for several ("By Jane Smith and John Doe").
    fn writer_in_byline(&self, p: usize) -> Option<String> {
        if !is_byline(&self.paras, p) {
            return None;
        }
        let tokens = &self.paras[p].tokens;
        let end = name_run_at(tokens, 1)?;
        if tokens
            .get(end)
            .is_some_and(|t| t.lower == "and" || t.is_punct('&'))
        {
            return None;
        }
        Some(self.text[tokens[1].span.start..tokens[end - 1].span.end].to_owned())
    }

    /// The first pass: every name run and description, linked to entities in
    /// reading order. Headlines are read after the body, since their Title
    /// Case hides which words are names.
    fn collect_names(&mut self) {
        // ("By Jane Doe": the writer, whom no "she" in the story means.)
        // (Nor a photo's credit: "(Photo by Chip Somodevilla/Getty Images)".)
        let read = |p: &usize| !is_byline(&self.paras, *p) && !is_credit(&self.paras[*p].tokens);
        // Headlines are read after the body, so that the body's names are
        // known when a headline's first word is read. (Asked before the
        // loop below takes each paragraph's tokens.)
        let plain_headline = self.paras.len() > 1 && !self.title_case[0] && self.is_headline(0);
        let order: Vec<usize> = (0..self.paras.len())
            .filter(|&p| !self.is_headline(p))
            .chain((0..self.paras.len()).filter(|&p| self.is_headline(p)))
            .filter(read)
            .collect();
        for p in order {
            let tokens = std::mem::take(&mut self.paras[p].tokens);
            let headline = self.title_case[p];
            // "NEW DELHI —", "LOS ANGELES, Dec 3 (Reuters) -": a wire
            // dateline names the place the story was filed from, no one.
            // (Only a story's first paragraphs may open with one; and with
            // a colon, only its first: "NEW DELHI: Prime Minister …".)
            let dateline = (p < 3)
                .then(|| crate::text::dateline(self.text, &tokens))
                .flatten();
            let dateline = dateline.or_else(|| {
                (p == 1)
                    .then(|| crate::text::colon_dateline(self.text, &tokens))
                    .flatten()
            });
            let mut i = dateline.map_or(0, |end| end + 1);
            // "Defiant Starmer says": an adjective opening a headline before
            // a surname the body gives with another first name is no part
            // of the name.
            if p == 0
                && plain_headline
                && let Some(end) = name_run_at(&tokens, 0)
                && self.is_headline_adjective(&tokens, 0, end)
            {
                i = 1;
            }
            while i < tokens.len() {
                if !headline && starts_a_sentence(&tokens, i) {
                    if let Some(unnamed) = self.unnamed_subject_at(&tokens, i) {
                        match self.partner_meant(&tokens, i, unnamed) {
                            Some((end, partner)) => {
                                self.push_described(&tokens, i, end, partner);
                            }
                            // (It opens its sentence, past its owner: a
                            // "he" after it is theirs, though someone was
                            // the paragraph's subject before.)
                            None => {
                                let (at, gender, noun) = unnamed;
                                self.unnamed_people.push(Unnamed {
                                    at,
                                    gender,
                                    noun,
                                    opens_sentence: true,
                                });
                            }
                        }
                    }
                    if let Some(end) = self.unnamed_people_opening(&tokens, i) {
                        self.unnamed_groups.push(tokens[i].span.start);
                        self.note_unnamed_of_a_body(&tokens, i, end - 1);
                    }
                } else if !headline
                    && tokens[i].info.is_possessive_determiner()
                    && let Some((at, Some(gender), _)) = self.unnamed_subject_at(&tokens, i)
                {
                    // (Looked for no further back than a long sentence's
                    // length.)
                    let floor = i.saturating_sub(60);
                    let sentence = (floor..i)
                        .rev()
                        .find(|&k| tokens[k].sentence_end)
                        .map_or(floor, |k| k + 1);
                    self.unnamed_in_sentence
                        .push((tokens[sentence].span.start, at, gender));
                }
                // Only a capitalised word starts a name, and only "the",
                // "this" or "that" a description; "a", "an" and "one" bring
                // in someone unnamed.
                if matches!(tokens[i].lower, "a" | "an" | "one") {
                    // The noun a few words on: "a senior administration
                    // official", "a Google spokeswoman", "one Conservative
                    // MP". (One word at a time: these articles are a token
                    // in fifty.)
                    let noun = tokens[i + 1..tokens.len().min(i + 5)]
                        .iter()
                        .take_while(|t| {
                            t.is_word()
                                && !t.possessive
                                && !t.info.is_closed_class()
                                && !t.info.is_speech_verb()
                        })
                        .position(|t| {
                            (!t.capital || in_capitals(self.text, t)) && self.is_person_noun(t)
                        })
                        .map(|k| i + 1 + k);
                    if let Some(noun) = noun {
                        // (Of no gender: a "he" after "a spokesman said
                        // that …" may still be the man named before.)
                        let at = tokens[i].span.start;
                        self.unnamed_people.push(Unnamed {
                            at,
                            gender: None,
                            noun: tokens[noun].lower,
                            opens_sentence: self.opens_a_sentence(at),
                        });
                        if !headline {
                            self.note_unnamed_of_a_body(&tokens, i, noun);
                        }
                    }
                    // ("One Direction said": capitalised, it may start a name.)
                    if !tokens[i].capital {
                        i += 1;
                        continue;
                    }
                }
                if !tokens[i].capital && !matches!(tokens[i].lower, "the" | "this" | "that") {
                    i += 1;
                    continue;
                }
                // "Particularly Xi thanked Putin": an adverb opening a
                // sentence is no part of the name after it (a word the
                // article capitalises inside a sentence, "Italy", may be).
                // (Not one of five letters: given names end so, "Kelly
                // Brown", and the adverbs that open a sentence are longer.)
                if starts_a_sentence(&tokens, i)
                    && tokens[i].lower.len() > 5
                    && tokens[i].lower.ends_with("ly")
                    && !is_given_name(tokens[i].info)
                    && !self.capitalised_inside.contains(tokens[i].lower)
                    && tokens.get(i + 1).is_some_and(is_name_word)
                {
                    i += 1;
                    continue;
                }
                // "Allies of Angela Rayner said", "Critics of the plan":
                // people described are no name's first word.
                if self.opens_on_people_of(&tokens, i) {
                    i += 1;
                    continue;
                }
                // "Shares of Nvidia Corp. rose": the name starts after "of".
                if is_shares(&tokens[i]) && tokens.get(i + 1).is_some_and(|t| t.lower == "of") {
                    i += 2;
                    continue;
                }
                if !headline && let Some(end) = self.add_national_body_unintroduced(&tokens, i) {
                    i = end;
                    continue;
                }
                // (The possessive is looked for here: most names have none.)
                let owner_end = (i..tokens.len().min(i + 2))
                    .find(|&k| tokens[k].possessive)
                    .map(|k| k + 1);
                if !headline
                    && let Some(owner_end) = owner_end
                    && let Some(end) = self.add_body_a_country_owns(&tokens, i, owner_end)
                {
                    i = end;
                    continue;
                }
                // ("“Yes,” May said", after "Theresa May": a month that is a
                // name the article gave.)
                let known_month = || {
                    (is_name_month(&tokens, i) && self.names.knows_word(tokens[i].lower))
                        .then_some(i + 1)
                };
                if let Some(end) = name_run_at(&tokens, i).or_else(known_month) {
                    let end = if headline {
                        self.known_prefix(&tokens, i, end)
                    } else {
                        self.title_past_its_small_word(&tokens, i, end)
                    };
                    if end > i {
                        self.add_name(&tokens, i, end);
                        i = end;
                        continue;
                    }
                }
                // "The Prince of Wales added", after "Prince William": a
                // royal style is the one person named before with its title
                // (none when two were: "Prince Harry" too). With none so
                // titled, it is the one royal named before, of its gender:
                // "Prince Harry lost … The Duke of Sussex had argued".
                if !headline && let Some((title, end)) = self.royal_style_at(&tokens, i) {
                    let people = || {
                        let all = self.names.entities.iter().enumerate();
                        all.filter(|(_, e)| e.kind == EntityKind::Person)
                    };
                    let mut holders = people()
                        .filter(|(_, e)| e.descriptors.iter().any(|d| d.lower == title))
                        .peekable();
                    let gender = gender_of([tokens[i + 1].info]);
                    let royals = people().filter(|(_, e)| {
                        e.descriptors
                            .iter()
                            .any(|d| self.grammar.class(d.info) == Some("royal"))
                            && genders_agree(gender, e.gender())
                    });
                    let holder = match holders.peek() {
                        Some(_) => the_only(holders),
                        None => the_only(royals),
                    };
                    if let Some((entity, _)) = holder {
                        self.push_described(&tokens, i, end, entity);
                        i = end;
                        continue;
                    }
                }
                if !headline && let Some((start, end)) = self.description_at(&tokens, i) {
                    let entity = self
                        .add_named_medium(&tokens, start, end)
                        .or_else(|| self.resolve_description(&tokens, start, end))
                        .or_else(|| self.add_national_body(&tokens, start, end))
                        .or_else(|| self.add_body_of_the_country_speaking(&tokens, start, end));
                    if let Some(entity) = entity {
                        // ("the central bank", after "the Fed said": a body's
                        // description makes a name of unknown kind a body's,
                        // no "he".)
                        let a_body = self
                            .last_head_class(&tokens[start + 1..end])
                            .is_some_and(|(_, c)| matches!(c, "organisation" | "media"));
                        if a_body && self.names.entities[entity].kind == EntityKind::Unknown {
                            self.names.entities[entity].kind = EntityKind::Organisation;
                        }
                        self.push_described(&tokens, start, end, entity);
                    } else {
                        self.note_told_apart(&tokens, start, end);
                    }
                    i = end;
                    continue;
                }
                i += 1;
            }
            self.paras[p].tokens = tokens;
        }
        self.names.mentions.sort_by_key(|m| m.span.start);
    }

    /// "The Mail on Sunday reported": where a name starting at `start`
    /// ends, past a small word no name run crosses ("on", "with") when the
    /// grammar knows a programme's or a publication's title that long.
    /// (Not "told the Guardian on Sunday": a time.)
    fn title_past_its_small_word(&self, tokens: &[Token], start: usize, end: usize) -> usize {
        if !tokens.get(end).is_some_and(joins_a_title) {
            return end;
        }
        end.max(start + self.media_title_len_at(tokens, start, tokens.len()))
    }

    /// Whether the name `[start, end)` is a title of the grammar's with a
    /// small word in it ("Mail on Sunday"): a publication's, no person's.
    fn is_a_title_with_a_small_word(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        end - start >= 3
            && tokens[start + 1..end - 1].iter().any(joins_a_title)
            && self.media_title_len_at(tokens, start, end) == end - start
    }

    /// Records in `unnamed_of_a_body` the person brought in at token `a`
    /// ("a", "an", "one") with the noun at `noun`, if a name stands in the
    /// description, which may be a body's: "a Google spokeswoman", "a
    /// spokeswoman for Google", "an analyst at Nomura"; or people, a
    /// sentence opening on them ("Analysts at Jefferies"). (Whether it is a
    /// body's is asked when a pronoun needs it, once every name is known.)
    fn note_unnamed_of_a_body(&mut self, tokens: &[Token<'a>], a: usize, noun: usize) {
        // (A name after "for" or "at", perhaps after "the".)
        let after = match tokens.get(noun + 1).map(|t| t.lower) {
            Some("for" | "at") => {
                let name = past_the(tokens, noun + 2);
                name_run_at(tokens, name)
            }
            _ => None,
        };
        // (Looked at only when a capitalised word stands in it.)
        // (Past the first word, which opens a sentence: "Analysts at …".)
        if after.is_none() && !tokens[(a + 1).min(noun)..noun].iter().any(|t| t.capital) {
            return;
        }
        let end = after.unwrap_or(noun + 1);
        self.unnamed_of_a_body.push(UnnamedOfABody {
            span: Span::new(tokens[a].span.start, tokens[end - 1].span.end),
            gender: gender_of([tokens[noun].info]),
            noun: tokens[noun].lower,
            plural: has_s_ending(tokens[noun].lower),
        });
    }

    /// Records in `told_apart` a description, tokens `[start, end)`, that
    /// stands as the object of a verb or a preposition in a clause whose
    /// subject is someone named: "Elon Musk escalated his feud with the
    /// president". Not a predicate ("Ann Lee became the president") nor an
    /// apposition, which say who they are.
    fn note_told_apart(&mut self, tokens: &[Token<'a>], start: usize, end: usize) {
        let Some(before) = start.checked_sub(1).map(|k| &tokens[k]) else {
            return;
        };
        let predicate = is_a_form_of_be(before.lower)
            || matches!(
                before.lower,
                "became" | "become" | "becomes" | "remained" | "remains" | "named" | "elected"
            );
        let acted_on = is_preposition(before.lower) || is_past_or_speech_verb(before);
        if predicate || !acted_on {
            return;
        }
        let sentence = start_of_sentence(tokens, start);
        let from = tokens[sentence].span.start;
        let subject = self
            .names
            .mentions
            .iter()
            .rev()
            .take_while(|m| m.span.start >= from)
            .filter(|m| m.span.start < tokens[start].span.start)
            .last()
            .filter(|m| m.subject && self.names.entities[m.entity].kind == EntityKind::Person);
        if let Some(m) = subject {
            self.told_apart.push((m.entity, tokens[end - 1].lower));
        }
    }

    /// Records tokens `[start, end)`, a description or a style, as a
    /// mention of `entity`.
    fn push_described(&mut self, tokens: &[Token<'a>], start: usize, end: usize, entity: usize) {
        self.described
            .push((tokens[start].span.start, entity, tokens[end - 1].lower));
        self.names.push_mention(Mention {
            span: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
            entity,
            subject: looks_like_subject(tokens, start, end),
            possessive: tokens[end - 1].possessive,
            plural: false,
        });
    }

    /// Whether the name run `[k, end)` is a party tag set off after a name:
    /// "Rep. Jason Zachary, R-Knoxville,", "(D-Conn.)"; its place may have
    /// a word or two more ("Sen. Scott Wiener, D-San Francisco,").
    fn stands_as_tag(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let tag = &self.text[tokens[k].span.start..tokens[k].span.end];
        let set_off = k >= 2
            && end - k <= 3
            && (tokens[k - 1].is_punct(',') || tokens[k - 1].is_punct('('))
            && is_name_word(&tokens[k - 2])
            && tokens.get(end).is_none_or(|t| t.kind == TokenKind::Punct);
        set_off
            && (self.grammar.party_tag(tag).is_some()
                || self.grammar.hometown_tag_party(tag).is_some())
    }

    /// "Sen. Chris Murphy, D-Conn.,", "Jim Jordan (R-Ohio)": the party
    /// and the state after a name describe its entity, for "the Connecticut
    /// Democrat" later.
    /// (`more` are the words of a town's name after its tag's: "D-San
    /// Francisco".)
    fn describe_party_tag(&mut self, entity: usize, tag: &Token<'a>, more: &[Token<'a>]) {
        let grammar = self.grammar;
        let written = &self.text[tag.span.start..tag.span.end];
        // A state's words ("D-Conn." → connecticut), or else the town of a
        // hometown's tag as written ("R-Knoxville" → knoxville).
        let (party, place): (&str, Vec<&str>) = match grammar.party_tag(written) {
            Some((party, state)) => (party, state.collect()),
            None => {
                let Some(party) = grammar.hometown_tag_party(written) else {
                    return;
                };
                let town = tag.lower.split_once('-').map(|(_, town)| town);
                let more = more.iter().map(|t| t.lower);
                (party, town.into_iter().chain(more).collect())
            }
        };
        let words = std::iter::once(party).chain(place).map(|lower| Word {
            lower,
            info: grammar.info(lower),
        });
        self.names.describe(entity, words);
    }

    /// A sentence opening on a man or a woman the article owns to someone
    /// and does not name: "Gomez's husband, a retired firefighter, is less
    /// sentimental.", "His wife says …", "Ann Smith's lawyer filed …". A
    /// "he" or "she" after it is that person, not someone named before, and
    /// so is "the lawyer". Returns (position, gender, noun).
    fn unnamed_subject_at(
        &self,
        tokens: &[Token<'a>],
        s: usize,
    ) -> Option<(usize, Option<Gender>, &'a str)> {
        // ("The prime minister's spokesman insisted …": or a description
        // of up to three words that owns them.)
        let described_owner = || {
            let owner = (s + 1..tokens.len().min(s + 4))
                .take_while(|&k| tokens[k].is_word() && !tokens[k].info.is_closed_class())
                .find(|&k| tokens[k].possessive)?;
            let owner_word = &tokens[owner];
            (self.is_description_noun(owner_word) || owner_word.info.is_title())
                .then_some(owner + 1)
        };
        let owner_end = if tokens[s].info.is_possessive_determiner() {
            s + 1
        } else if tokens[s].lower == "the" {
            described_owner()?
        } else {
            let end = name_run_at(tokens, s)?;
            if !tokens[end - 1].possessive {
                return None;
            }
            end
        };
        let gendered = |t: &Token| {
            (t.info.is_female() || t.info.is_male())
                && t.info.pronoun().is_none()
                && !t.info.is_possessive_determiner()
        };
        let mut h = (owner_end..tokens.len().min(owner_end + 3))
            .find(|&h| gendered(&tokens[h]) || self.is_person_noun(&tokens[h]))?;
        // ("The prime minister's official spokesman": a noun may stand
        // before the head as its modifier.)
        while tokens
            .get(h + 1)
            .is_some_and(|t| t.is_word() && !t.capital && self.is_person_noun(t))
        {
            h += 1;
        }
        let head = &tokens[h];
        let modifiers_only = tokens[owner_end..h]
            .iter()
            .all(|t| t.is_word() && !t.capital && !t.info.is_closed_class());
        if !modifiers_only || head.capital || !self.is_person_noun(head) {
            return None;
        }
        // "His wife Mary", "Her principal, Dr. Alan Reyes,": named.
        let after = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| is_name_word(t) || t.info.is_title())
        };
        if after(h + 1) || (tokens.get(h + 1).is_some_and(|t| t.is_punct(',')) && after(h + 2)) {
            return None;
        }
        Some((head.span.start, gender_of([head.info]), head.lower))
    }

    /// "For Mark and Lisa Chen, … “…,” Lisa said. ¶ Her husband nodded.":
    /// the spouse that `unnamed`, a description at `s` that "her" or "his"
    /// owns, means, when the owner (the person of that gender last named
    /// as a subject) was named as a couple with someone of the spouse's
    /// gender. Returns the description's end and that partner.
    fn partner_meant(
        &self,
        tokens: &[Token],
        s: usize,
        (at, gender, noun): (usize, Option<Gender>, &str),
    ) -> Option<(usize, usize)> {
        let owners_gender = possessive_gender(&tokens[s])?;
        if !matches!(noun, "husband" | "wife" | "partner") {
            return None;
        }
        let mentions = &self.names.mentions;
        let person_of = |e: usize, g: Option<Gender>| {
            let e = &self.names.entities[e];
            e.kind == EntityKind::Person && genders_agree(g, e.gender())
        };
        let owner = mentions
            .iter()
            .rev()
            .find(|m| m.subject && person_of(m.entity, Some(owners_gender)))?
            .entity;
        // "Mark and Lisa Chen", "Lisa and Mark Chen", "Barack Obama and
        // his wife Michelle", "Lisa Chen, and her husband, Mark": the
        // couple.
        let partner = mentions.windows(2).find_map(|pair| {
            let [first, second] = pair else { return None };
            let joined = names_a_couple(&self.text[first.span.end..second.span.start]);
            match (first.entity == owner, second.entity == owner) {
                (true, false) if joined => Some(second.entity),
                (false, true) if joined => Some(first.entity),
                _ => None,
            }
        })?;
        let end = (s..tokens.len()).find(|&k| tokens[k].span.start == at)? + 1;
        person_of(partner, gender).then_some((end, partner))
    }

    /// Whether the sentence at `s` opens on people it does not name, in
    /// the plural: perhaps a quantifier, a lowercase modifier or two, and a
    /// plural noun of description, then a word that is not a name's or
    /// "of" ("Environmental groups were sceptical", "Many residents said",
    /// "Analysts expect"; not "Members of Congress", "Critics Ann Lee and
    /// …", nor "The two leaders met", who were named). Returns where the
    /// plural noun ends.
    fn unnamed_people_opening(&self, tokens: &[Token], s: usize) -> Option<usize> {
        let mut k = s;
        if tokens
            .get(k)
            .is_some_and(|t| is_quantifier(t.lower) || t.lower == "other")
        {
            k += 1;
        }
        // ("Thousands of protesters gathered …, chanting", "Tens of
        // thousands of fans": a count of them.)
        while tokens.get(k).is_some_and(|t| is_a_round_count(t.lower))
            && tokens.get(k + 1).is_some_and(|t| t.lower == "of")
        {
            k += 2;
        }
        // ("Trump angered allies by calling": a name the article knows
        // opening the sentence is its subject, and a past tense after it
        // the verb, not a modifier. The tense first: this runs for every
        // sentence.)
        let its_verb = |at: usize, t: &Token| {
            at > 0
                && k == s
                && is_past_tense(t)
                && tokens[s].capital
                && (is_given_name(tokens[s].info)
                    || self.names.knows_word(tokens[s].lower)
                    || self.capitalised_mid_sentence(tokens[s].lower))
        };
        let modifiers = tokens[k..]
            .iter()
            .take(3)
            .enumerate()
            .take_while(|&(at, t)| {
                t.is_word() && !t.info.is_closed_class() && !t.possessive && !its_verb(at, t)
            })
            .count();
        (k..k + modifiers)
            .find(|&n| {
                let noun = &tokens[n];
                // ("Police released a statement saying": a plural with
                // no "s".)
                let plural = (noun.lower.ends_with('s') || noun.lower == "police")
                    && self.is_described_singular_or_plural(noun.lower);
                // (Past the sentence's first word, no capitals: no name;
                // unless a name stands whole before the noun, "Goldman
                // Sachs economists".)
                let lowercase = tokens[(s + 1).min(n)..n].iter().all(|t| !t.capital)
                    || name_run_at(tokens, s) == Some(n);
                // (Nor is the noun itself in capitals there: "NSW Farmers
                // president Xavier Martin", a body's name; but "Tory MPs".)
                let named = n > s && noun.capital && !self.is_a_plural_title(noun);
                plural
                    && lowercase
                    && !named
                    && tokens
                        .get(n + 1)
                        .is_none_or(|t| t.lower != "of" && !is_name_word(t))
            })
            .map(|n| n + 1)
    }

    /// Whether `t` is a title in capitals in the plural: "MPs", "MEPs",
    /// "CEOs".
    fn is_a_plural_title(&self, t: &Token) -> bool {
        // (Asked of every name: the plural's "s" first.)
        t.lower.len() >= 3
            && t.lower.ends_with('s')
            && self.text[t.span.start..t.span.end]
                .strip_suffix('s')
                .is_some_and(|one| {
                    one.chars().all(|c| c.is_ascii_uppercase())
                        && self
                            .grammar
                            .description_class(&one.to_ascii_lowercase())
                            .is_some()
                })
    }

    /// A word for a person: "mother", "spokesman", "lawyer".
    fn is_person_noun(&self, noun: &Token) -> bool {
        noun.info.is_female()
            || noun.info.is_male()
            || self
                .grammar
                .class(noun.info)
                .is_some_and(|c| !is_class_of_things(c))
    }

    /// A noun of description, singular or plural: "company", "officials".
    fn is_description_noun(&self, t: &Token) -> bool {
        t.info.has_description()
            || t.info.is_plural_description()
            || self.is_described_singular_or_plural(t.lower)
    }

    /// Whether the grammar gives a noun (or a phrase) a description
    /// class, in the singular or the plural ("official", "officials",
    /// "witnesses").
    fn is_described_singular_or_plural(&self, noun: &str) -> bool {
        self.class_singular_or_plural(noun).is_some()
    }

    /// The description class the grammar gives a noun, in the singular or
    /// the plural.
    fn class_singular_or_plural(&self, noun: &str) -> Option<&'a str> {
        let class = |one: &str| self.grammar.description_class(one);
        [Some(noun), noun.strip_suffix('s'), noun.strip_suffix("es")]
            .into_iter()
            .flatten()
            .find_map(class)
            // ("allies", "deputies")
            .or_else(|| {
                noun.strip_suffix("ies")
                    .and_then(|stem| class(&format!("{stem}y")))
            })
    }

    /// Whether the grammar describes people by `noun`, singular or plural,
    /// or a group of them: "officials", "critics", "family"; not bodies or
    /// things ("banks").
    fn names_people(&self, noun: &str) -> bool {
        self.class_singular_or_plural(noun)
            .is_some_and(|c| c == "group" || !is_class_of_things(c))
    }

    /// Whether `word` names people in the plural ("Doctors", "Farmers"),
    /// no party's or group's name ("Democrats").
    fn people_in_the_plural(&self, word: &Token) -> bool {
        has_s_ending(word.lower) && !word.info.is_group_name() && self.names_people(word.lower)
    }

    /// Whether token `k` opens its sentence with a plural for people
    /// before "of", capitalised only there: "Allies of Angela Rayner",
    /// "Critics of the plan"; not "Friends of the Earth", capitalised
    /// inside a sentence too.
    fn opens_on_people_of(&self, tokens: &[Token], k: usize) -> bool {
        starts_a_sentence(tokens, k)
            && tokens.get(k + 1).is_some_and(|t| t.lower == "of")
            && has_s_ending(tokens[k].lower)
            && !self.capitalised_inside.contains(tokens[k].lower)
            // (People: not bodies or things, "Banks of".)
            && self.names_people(tokens[k].lower)
            // (Nor before "the" and a capitalised word that is no one's
            // title nor a description's noun: "Friends of the Earth", a
            // body's name, where "Allies of the President" are people.)
            && !tokens.get(k + 2..k + 4).is_some_and(|w| {
                w[0].lower == "the"
                    && w[1].capital
                    && !w[1].info.is_title()
                    && self.grammar.description_class(w[1].lower).is_none()
            })
    }

    /// Whether a speech verb and "he" or "she" follow a name ending at
    /// `end`, perhaps after an aside between commas: "Trump said he",
    /// "Trump, speaking to reporters, said she".
    fn says_he_or_she(&self, tokens: &[Token], end: usize) -> bool {
        let verb = match tokens.get(end) {
            Some(t) if t.is_punct(',') => tokens[end + 1..]
                .iter()
                .take(12)
                .position(|t| t.is_punct(','))
                .map(|k| end + k + 2),
            Some(_) => Some(end),
            None => None,
        };
        verb.and_then(|v| tokens.get(v..v + 2)).is_some_and(|pair| {
            pair[0].info.is_speech_verb()
                && !pair[0].capital
                && matches!(pair[1].lower, "he" | "she")
        })
    }

    /// Whether a person's role in lower case, then a name, starts at `at`:
    /// "tight end Travis Kelce", "former analyst Jan Hatzius", after the
    /// name of whom the role is of.
    fn a_role_and_a_name_at(&self, tokens: &[Token], at: usize) -> bool {
        let role = tokens[at..]
            .iter()
            .take(3)
            .take_while(|t| t.is_word() && !t.capital && !t.info.is_closed_class())
            .count();
        role > 0
            && tokens
                .get(at + role)
                .is_some_and(|t| t.capital && is_name_word(t))
            && self
                .last_head_class(&tokens[at..at + role])
                .is_some_and(|(n, class)| {
                    (n == role || n + 1 == role) && !is_class_of_things(class)
                })
    }

    /// Whether the first word of a headline's name run `[start, end)` is
    /// an adjective before a name ("Defiant Starmer"): a word of an
    /// adjective's ending that is no given name, title or word of a name
    /// the body gave, before a surname it did give.
    fn is_headline_adjective(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let first = &tokens[start];
        end >= start + 2
            && ADJECTIVE_ENDINGS.iter().any(|e| first.lower.ends_with(e))
            && !is_given_name(first.info)
            && !first.info.is_title()
            && !self.names.knows_word(first.lower)
            && self.names.holders_of(tokens[end - 1].lower).any(|e| {
                let entity = &self.names.entities[e];
                entity.kind == EntityKind::Person
                    && entity
                        .tokens
                        .last()
                        .is_some_and(|w| w.lower == tokens[end - 1].lower)
            })
    }

    /// In a headline, only words already known as names from the body count.
    fn known_prefix(&self, tokens: &[Token], start: usize, end: usize) -> usize {
        let known = |t: &Token| t.info.is_title() || self.names.knows_word(t.lower);
        // ("Perry TV Ad: …": a person's medium after their name is no part
        // of it.)
        let persons_medium = |stop: usize| {
            stop > start
                && tokens[stop..end].iter().all(|t| t.info.is_media_noun())
                && tokens[start..stop]
                    .iter()
                    .all(|t| t.info.is_title() || self.names.a_persons_word(t.lower))
        };
        let mut stop = start;
        while stop < end && known(&tokens[stop]) && !persons_medium(stop) {
            stop += 1;
        }
        // A run of titles alone is no name.
        if tokens[start..stop].iter().all(|t| t.info.is_title()) {
            start
        } else {
            stop
        }
    }

    /// "the Asahi newspaper", "the Nikkei business daily": a medium's noun
    /// after a name, and words in lower case, is that name's medium, a body
    /// which "the paper" may mean later. Not a people's ("the Japanese
    /// daily") nor a person's.
    fn add_named_medium(
        &mut self,
        tokens: &[Token<'a>],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        if tokens[start].lower != "the" || self.grammar.class(tokens[end - 1].info) != Some("media")
        {
            return None;
        }
        let name_end = name_run_at(tokens, start + 1).filter(|&e| e < end)?;
        // (A demonym's ending, but not "-i" alone, which papers' names
        // have: "Asahi", "Nikkei".)
        let a_people = |w: &Token| {
            self.grammar.class(w.info) == Some("national")
                || (looks_like_demonym(w.lower) && !w.lower.ends_with('i'))
        };
        if tokens[start + 1..name_end].iter().any(a_people)
            || !tokens[name_end..end]
                .iter()
                .all(|t| t.is_word() && !t.capital)
        {
            return None;
        }
        let split = split_name(tokens, start + 1, name_end);
        if split.kind == EntityKind::Person {
            return None;
        }
        let split = SplitName {
            kind: EntityKind::Organisation,
            ..split
        };
        Some(
            self.names
                .link(self.text, tokens, &split, std::iter::empty()),
        )
    }

    /// Whether token `k` is a noun for a person in lower case, which makes
    /// a body's words before it that person's description: "the foreign
    /// ministry spokesman", "Israeli military spokesman Avi Cohen".
    fn persons_noun_at(&self, tokens: &[Token], k: usize) -> bool {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && !t.capital && self.is_description_noun(t))
    }

    /// "the Egyptian foreign ministry", "The Chinese government": a body
    /// described by its country or place, and by nothing the article named
    /// before, is a body of that name, which "the ministry" may mean later.
    fn add_national_body(
        &mut self,
        tokens: &[Token<'a>],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let words = &tokens[start..end];
        let national = words.len() >= 3
            && words[0].lower == "the"
            && self.grammar.description_class(words[words.len() - 1].lower) == Some("organisation")
            && words[1].capital
            && (looks_like_demonym(words[1].lower) || is_name_word(&words[1]))
            && !is_base_modifier(&words[1])
            && words[1..].iter().all(|t| t.is_word() && !t.possessive)
            // ("the Charlotte-Mecklenburg police chief" is a person.)
            && !self.persons_noun_at(tokens, end);
        // "with Al Nassr, the Saudi club announced": set off by a comma
        // right after a name, the description is that name's, and makes it
        // a body's, though "Al" is a given name (not someone a "he" or
        // "she" was said of).
        if national && start >= 2 && tokens[start - 1].is_punct(',') {
            let name_end = tokens[start - 2].span.end;
            let named = self
                .names
                .mentions
                .iter()
                .rev()
                .find(|m| m.span.end == name_end);
            if let Some(entity) = named.map(|m| m.entity)
                && self.names.entities[entity].gender().is_none()
            {
                self.names.entities[entity].kind = EntityKind::Organisation;
                return Some(entity);
            }
        }
        // "the Japanese automaker", after "Toyota Motor Corp. said": a
        // business described by its country is the business named before,
        // not a national body of its own. (Within the reach of "the
        // company"; the Egyptian foreign ministry is the ministry.)
        if national && self.grammar.is_business_noun(words[words.len() - 1].lower) {
            // (A business by its name: "Toyota Motor Corp.", "Acme Company".)
            let a_business = |e: usize| {
                self.names.entities[e].tokens.last().is_some_and(|w| {
                    names::is_company_suffix(w.lower) || self.grammar.is_business_noun(w.lower)
                })
            };
            let before = tokens[start].span.start;
            let named = self
                .names
                .mentions
                .iter()
                .rev()
                .filter(|m| m.span.start < before)
                .take(BODY_REACH)
                .find(|m| a_business(m.entity))
                .map(|m| m.entity);
            if named.is_some() {
                return named;
            }
        }
        let split = SplitName {
            core_start: start + 1,
            end,
            kind: EntityKind::Organisation,
        };
        national.then(|| {
            self.names
                .link(self.text, tokens, &split, std::iter::empty())
        })
    }

    /// "Polish armed forces said", "Israeli military said": a country's
    /// adjective and a body's noun, with no article, opening a clause, name
    /// the body as "the Polish armed forces" does (`add_national_body`).
    /// Returns where the description ends.
    fn add_national_body_unintroduced(&mut self, tokens: &[Token<'a>], i: usize) -> Option<usize> {
        let opens = i == 0 || tokens[i - 1].sentence_end || tokens[i - 1].is_punct(',');
        if !opens || tokens[i].possessive || !self.grammar.is_nationality(tokens[i].lower) {
            return None;
        }
        let end = (i + 1..tokens.len().min(i + 4))
            .take_while(|&k| is_plain_lowercase_word(&tokens[k]))
            .filter(|&k| self.grammar.description_class(tokens[k].lower) == Some("organisation"))
            .last()?
            + 1;
        // ("Israeli military spokesman Avi Cohen" is a person; "German
        // carmaker BMW" describes the name after it.)
        if tokens.get(end).is_some_and(|t| t.is_word() && t.capital)
            || self.persons_noun_at(tokens, end)
        {
            return None;
        }
        let split = SplitName {
            core_start: i,
            end,
            kind: EntityKind::Organisation,
        };
        let entity = self
            .names
            .link(self.text, tokens, &split, std::iter::empty());
        self.push_described(tokens, i, end, entity);
        Some(end)
    }

    /// "Iran said on Saturday … “…,” the foreign ministry said": a public
    /// body of a field of government ("the foreign ministry", "the defence
    /// department"), described by no country, is the body of the country
    /// last named as a clause's subject ("Iranian foreign ministry"), as
    /// "Iran's foreign ministry" is (`add_body_a_country_owns`). (Not a
    /// country only owning something: "Israel's air strikes".)
    fn add_body_of_the_country_speaking(
        &mut self,
        tokens: &[Token<'a>],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let words = &tokens[start..end];
        let [the, modifiers @ .., noun] = words else {
            return None;
        };
        let of_a_field = the.lower == "the"
            && self.grammar.is_public_body_noun(noun.lower)
            && modifiers.iter().all(|t| !t.capital && !t.possessive)
            && modifiers
                .iter()
                .any(|t| self.grammar.portfolio(t.lower).is_some())
            // ("the foreign ministry spokesman" is a person.)
            && !self.persons_noun_at(tokens, end);
        if !of_a_field {
            return None;
        }
        let before = the.span.start;
        let (printed, lower) = self
            .names
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.start < before && m.subject && !m.possessive)
            .take(BODY_REACH)
            .find_map(|m| {
                let named = &self.names.entities[m.entity].tokens;
                self.country_named(named.iter().map(|w| w.lower))
            })?;
        // (The adjective stands in for "the".)
        Some(self.link_a_countrys_body(the.span, (printed, lower), &tokens[start + 1..end]))
    }

    /// Links the body a country's adjective and `words` name, the adjective
    /// standing in for the article's bytes at `instead` (a country's name,
    /// or "the"): a word of the grammar's, not of the article, so the name
    /// is printed with it rather than from those bytes.
    fn link_a_countrys_body(
        &mut self,
        instead: Span,
        (printed, lower): (&'a str, &'a str),
        words: &[Token<'a>],
    ) -> usize {
        let adjective = Token {
            kind: TokenKind::Word,
            span: instead,
            lower,
            info: self.grammar.info(lower),
            capital: true,
            possessive: false,
            sentence_end: false,
        };
        let words: Vec<Token<'a>> = std::iter::once(adjective)
            .chain(words.iter().cloned())
            .collect();
        let split = SplitName {
            core_start: 0,
            end: words.len(),
            kind: EntityKind::Organisation,
        };
        let entity = self
            .names
            .link(self.text, &words, &split, std::iter::empty());
        let name = &mut self.names.entities[entity].name;
        if let Some(rest) = name.strip_prefix(&self.text[instead.start..instead.end]) {
            *name = format!("{printed}{rest}");
        }
        entity
    }

    /// "Police Scotland": a name that opens on a body's word and ends on a
    /// country's name is a body's, though no body's word ends it. (Not a
    /// word that may be a surname: "Park Korea" is no one's service.)
    fn names_a_service_of_a_country(&self, name: &[Token]) -> bool {
        match name {
            [head, country @ ..] if !country.is_empty() && country.len() <= 2 => {
                head.info.is_organisation_head()
                    && !head.info.may_be_surname()
                    && !is_given_name(head.info)
                    && country.iter().all(is_name_word)
                    && self
                        .country_named(country.iter().map(|t| t.lower))
                        .is_some()
            }
            _ => false,
        }
    }

    /// The adjective, printed and in lower case, of the country that
    /// `words` (in lower case) name whole, of one or two words: "Russian"
    /// for "Russia".
    fn country_named<'w>(
        &self,
        mut words: impl Iterator<Item = &'w str>,
    ) -> Option<(&'a str, &'a str)> {
        match (words.next(), words.next(), words.next()) {
            (Some(one), None, _) => self.grammar.country_adjective(&[one]),
            (Some(first), Some(second), None) => self.grammar.country_adjective(&[first, second]),
            _ => None,
        }
    }

    /// "Russia's defence ministry", "Saudi Arabia's Foreign Ministry": a
    /// public body owned by a country at token `i` is a body named by the
    /// country's adjective ("Russian defence ministry"), as "the Russian
    /// defence ministry" is, so that both forms, and "the ministry" after
    /// either, are one speaker. The owner's possessive ends at `owner_end`.
    /// Returns where the body's words end.
    fn add_body_a_country_owns(
        &mut self,
        tokens: &[Token<'a>],
        i: usize,
        owner_end: usize,
    ) -> Option<usize> {
        // (The whole name of a country, of one or two words: not "Jim
        // Jordan's campaign".)
        if !tokens[i..owner_end].iter().all(is_name_word)
            || (i > 0 && is_name_word(&tokens[i - 1]) && !starts_a_sentence(tokens, i))
        {
            return None;
        }
        let (printed, lower) = self.country_named(tokens[i..owner_end].iter().map(|t| t.lower))?;
        // The body's noun, after up to three modifiers ("defence", "Foreign",
        // "ruling"; not "largest": a country's largest union is one of many).
        let modifier = |t: &Token| {
            t.is_word()
                && !t.possessive
                && !t.info.is_closed_class()
                && !t.is_numeral()
                && !t.lower.ends_with("est")
        };
        let end = (owner_end..tokens.len().min(owner_end + 4))
            .take_while(|&k| modifier(&tokens[k]))
            .filter(|&k| self.grammar.is_public_body_noun(tokens[k].lower))
            .last()?
            + 1;
        // ("Russia's defence ministry spokesman" is a person.)
        if self.persons_noun_at(tokens, end) {
            return None;
        }
        // (The adjective stands in for the country's words.)
        let owner = Span::new(tokens[i].span.start, tokens[owner_end - 1].span.end);
        let entity = self.link_a_countrys_body(owner, (printed, lower), &tokens[owner_end..end]);
        self.push_described(tokens, i, end, entity);
        Some(end)
    }

    /// Whether the words around the name `[start, end)` call it a body: an
    /// appositive whose head is a body's noun ("Boeing, the aircraft
    /// manufacturer,", "Boeing, the company that makes the 737,"; not
    /// "Smith, a former company executive,"), or its shares ("Boeing
    /// shares fell", "shares of Boeing"), or a plural verb after it.
    fn called_a_body(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let shares = tokens.get(end).is_some_and(is_shares)
            || (start >= 2 && tokens[start - 1].lower == "of" && is_shares(&tokens[start - 2]));
        let appositive = || {
            let [comma, det, ..] = tokens.get(end..).unwrap_or_default() else {
                return false;
            };
            // (The head is the run's last word, however many modifiers stand
            // before it: "a former Federal Communications Commission
            // official" is a person.)
            let words = tokens[end + 2..]
                .iter()
                .take(7)
                .take_while(|t| t.is_word() && !t.info.is_closed_class())
                .count();
            comma.is_punct(',')
                && matches!(det.lower, "a" | "an" | "the")
                && (1..=6).contains(&words)
                && {
                    let head = &tokens[end + 1 + words];
                    !head.possessive
                        && !head.info.is_persons_trade_too()
                        && self.grammar.description_class(head.lower) == Some("organisation")
                }
        };
        // "Manchester United have completed the signing": a British paper
        // gives a team or a firm a plural verb, and never a person. (Only a
        // name opening its sentence: not a list's last, "Biden and Harris
        // are", nor one after a modal, "Would Harris have won"; nor a
        // plural, "Democrats have".)
        let plural_verb = || {
            tokens
                .get(end)
                .is_some_and(|t| matches!(t.lower, "have" | "are"))
                && starts_a_sentence(tokens, start)
                && !has_s_ending(tokens[end - 1].lower)
        };
        shares || appositive() || self.calls_it_its(tokens, start, end) || plural_verb()
    }

    /// "Meta Platforms will cut 5% of its workforce", "Facebook said on
    /// Tuesday that its systems …": a name opening its clause that the
    /// clause goes on to call "its", with no other noun phrase, name or
    /// pronoun between to own it, is a body's.
    fn calls_it_its(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        // ("Demand for its chips", "Sales of its phones": a noun that goes
        // on to "of" or "for", or that opens its sentence and is written in
        // lower case elsewhere, is a thing "its" owns a part of.)
        let a_things_noun = || {
            tokens
                .get(end)
                .is_some_and(|t| matches!(t.lower, "of" | "for"))
                || (end - start == 1
                    && starts_a_sentence(tokens, start)
                    && self.written_in_lower_case(tokens, tokens[start].lower))
        };
        if tokens[end - 1].possessive {
            return false;
        }
        // (The words after first: most names meet another noun phrase
        // within a word or two.)
        for t in tokens[end..].iter().take(12) {
            if t.lower == "its" {
                return self.opens_a_clause(tokens[start].span.start) && !a_things_noun();
            }
            let owner = t.quote().is_some()
                || t.possessive
                || t.info.pronoun().is_some()
                || matches!(t.lower, "the" | "a" | "an" | "this" | "these" | "those")
                || (t.capital && !t.info.is_time_word());
            if owner || t.sentence_end {
                return false;
            }
        }
        false
    }

    /// "Ford Chief Executive Jim Farley", "Apple CEO Tim Cook": the words
    /// before a title only a body gives name the body, which "the company"
    /// may mean later.
    fn add_employer(&mut self, tokens: &[Token<'a>], start: usize, person: &SplitName) {
        let Some(title) = (start..person.core_start).find(|&k| tokens[k].info.is_title()) else {
            return;
        };
        let employer = &tokens[start..title];
        let named_by_a_body = !employer.is_empty()
            && tokens[title..person.core_start]
                .iter()
                .any(|t| t.info.is_executive_title())
            && employer.iter().all(|t| {
                is_name_word(t)
                    && !t.possessive
                    && !looks_like_demonym(t.lower)
                    && !is_given_name(t.info)
            });
        if named_by_a_body {
            let body = SplitName {
                core_start: start,
                end: title,
                kind: EntityKind::Organisation,
            };
            let entity = self
                .names
                .link(self.text, tokens, &body, std::iter::empty());
            let span = Span::new(tokens[start].span.start, tokens[title - 1].span.end);
            self.push_name_mention(Mention {
                span,
                entity,
                subject: false,
                possessive: false,
                plural: false,
            });
        }
    }

    /// Records a mention of a name (not a description's), noting whether
    /// it follows "the" (`named_as_a_body`).
    fn push_name_mention(&mut self, mention: Mention) {
        if !self.follows_the(mention.span.start) {
            self.names.entities[mention.entity].named_bare = true;
        }
        self.names.push_mention(mention);
    }

    fn add_name(&mut self, tokens: &[Token<'a>], mut start: usize, end: usize) {
        // "Rep. Jason Zachary, R-Knoxville, said": a hometown tag is no name.
        if tokens[start].lower.contains('-') && self.stands_as_tag(tokens, start, end) {
            return;
        }
        // "MPs said", "Labour MPs said": a title in capitals, in the
        // plural, is people described, no name.
        if self.is_a_plural_title(&tokens[end - 1]) {
            return;
        }
        // "One Western diplomat said", "Two Democratic senators": a number
        // that opens a sentence counts the noun after the name ("One
        // Direction said" has none), which may be the name's last word, in
        // capitals ("One Labour MP").
        if end - start >= 2
            && is_number_word(tokens[start].lower)
            && (noun_after(tokens, end) || self.is_person_noun(&tokens[end - 1]))
        {
            start += 1;
        }
        let mut split = split_name(tokens, start, end);
        // ("Truth Social": a medium's noun of several words, though its
        // first may be a given name.)
        if self.names_a_service_of_a_country(&tokens[start..end])
            || self.is_a_title_with_a_small_word(tokens, start, end)
            || (end - start >= 2 && self.media_noun_len(tokens, start) == end - start)
        {
            split.kind = EntityKind::Organisation;
        }
        // "Spirit of Shankly said": one word before "of" that is no given
        // name, title or word of a person the article named (not
        // "McCarthy of California" after "Kevin McCarthy") holds no person
        // whose affiliation follows: the whole is a body's name. (Not
        // before a person's name: "Head of Research Jane Doe".)
        let word = &tokens[split.core_start.min(end - 1)];
        if split.end < end
            && split.core_start + 1 == split.end
            && tokens[split.end].lower == "of"
            && !is_given_name(word.info)
            && !word.info.is_title()
            && end - split.end <= 3
            && !tokens[split.end + 1..end]
                .iter()
                .any(|t| is_given_name(t.info))
            && !self.names.a_persons_word(word.lower)
        {
            split.end = end;
            split.kind = EntityKind::Organisation;
        }
        // "King said", after "Larry King": a title the article already
        // gave someone as a surname names them. (Not after "the": "The
        // Dutch King said" describes someone, as `found_name` reads it.)
        if split.core_start >= split.end
            && !opens_on_the(tokens, start)
            && tokens[end - 1].info.may_be_surname()
            && self.names.knows_word(tokens[end - 1].lower)
        {
            split.core_start = end - 1;
            split.kind = EntityKind::Person;
        }
        if split.core_start >= split.end {
            return;
        }
        // "the Spaniard said", "the 24-year-old Ivorian": a capitalised
        // word for a person after "the" (and words in lower case that
        // modify it) describes someone named before; it is no name of its
        // own.
        let determiner = tokens[..start]
            .iter()
            .rev()
            .take(4)
            .position(|t| !is_plain_lowercase_word(t))
            .map(|k| &tokens[start - 1 - k]);
        // (Nor one of two words: "the South Korean", "the 55-year-old South
        // African".)
        let person_noun = match &tokens[start..end] {
            [one] => self.is_person_noun(one) && !one.info.is_title(),
            [_, _] => self
                .head_class(&tokens[start..end])
                .is_some_and(|c| !is_class_of_things(c)),
            _ => false,
        };
        if person_noun && determiner.is_some_and(|t| t.lower == "the") {
            return;
        }
        // "The suspect's mother, Linda Park, said", "Their daughter, Ana,
        // 12, is …": a name set off after a word for a person is a
        // person's, though it ends like a body's (with a given name first)
        // or is a word the grammar does not know (set off on both sides).
        // (So is one set off after "Another" or "One" that opens its
        // sentence and stands for someone: "Another, Ahmed, said".)
        let after_person_noun = split.core_start == start
            && start >= 2
            && tokens[start - 1].is_punct(',')
            && (self.is_person_noun(&tokens[start - 2])
                || (matches!(tokens[start - 2].lower, "another" | "one")
                    && starts_a_sentence(tokens, start - 2)));
        let person = match split.kind {
            EntityKind::Organisation => given_name_gender(tokens[start].info).is_some(),
            EntityKind::Unknown => tokens.get(end).is_some_and(|t| t.is_punct(',')),
            EntityKind::Person => false,
        };
        if after_person_noun && person {
            split.kind = EntityKind::Person;
        }
        // "Taylor Swift's Eras Tour", "Biden's Inflation Reduction Act": an
        // untitled name a person owns, with no given name first, is a
        // thing's. (Not "AMD's Lisa Su": a body owns people.)
        let persons_thing = split.kind == EntityKind::Person
            && split.core_start == start
            && start >= 1
            && tokens[start - 1].possessive
            && tokens[start - 1].capital
            && !is_given_name(tokens[start].info)
            && self.names.mentions.last().is_some_and(|m| {
                m.span.end == tokens[start - 1].span.end
                    && self.names.entities[m.entity].kind == EntityKind::Person
            });
        if persons_thing {
            split.kind = EntityKind::Unknown;
        }
        // "Apple chief executive Tim Cook", "Tesla's CEO, Elon Musk": a
        // name before a title only a body gives is a body's (`add_employer`
        // reads one inside a name). Not "Trump's executive order": the
        // title must name someone, not go on to a noun.
        let titles = tokens[end..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && t.info.is_title())
            .count();
        let executive = tokens[end..end + titles]
            .iter()
            .any(|t| t.info.is_executive_title())
            && tokens
                .get(end + titles)
                .is_none_or(|t| !t.is_word() || t.capital);
        if (executive || self.called_a_body(tokens, start, end))
            && split.core_start == start
            && !is_given_name(tokens[start].info)
        {
            split.kind = EntityKind::Organisation;
        }
        // "based in New York", "flew to Los Angeles": a name after a place's
        // preposition, with no given name or title, is a place, which "he"
        // and "the official" never mean. ("according to Li Wei" is no
        // place.) ("Officials across New South Wales": so after one that
        // places.)
        let a_place = split.kind == EntityKind::Person
            && split.core_start == start
            && start > 0
            && (matches!(tokens[start - 1].lower, "in" | "from" | "to")
                || places(tokens[start - 1].lower))
            && !(start >= 2 && tokens[start - 2].lower == "according")
            && given_name_gender(tokens[start].info).is_none()
            && !tokens[end - 1].possessive;
        if a_place {
            split.kind = EntityKind::Unknown;
        }
        // "an analyst at Goldman Sachs", "economists at Morgan Stanley": a
        // name after a person's noun and "at", with no given name or title,
        // is where they work, a body, which no "she" means.
        let a_workplace = split.kind == EntityKind::Person
            && split.core_start == start
            && start >= 2
            && tokens[start - 1].lower == "at"
            && (self.is_person_noun(&tokens[start - 2])
                || tokens[start - 2].info.is_plural_description()
                || self
                    .class_singular_or_plural(tokens[start - 2].lower)
                    .is_some_and(|c| !is_class_of_things(c)))
            && given_name_gender(tokens[start].info).is_none();
        // ("John Smith, executive director of Greenpeace UK, said": so is
        // one after "of" and a lower-case office a body gives, "director",
        // "founder", "head"; not a leader's, "president of South Korea".)
        let an_employer = || {
            split.kind == EntityKind::Person
                && split.core_start == start
                && start >= 2
                && tokens[start - 1].lower == "of"
                && !tokens[start - 2].capital
                && matches!(
                    self.grammar.class(tokens[start - 2].info),
                    Some("official" | "executive" | "spokesperson")
                )
                && given_name_gender(tokens[start].info).is_none()
        };
        if a_workplace || an_employer() {
            split.kind = EntityKind::Organisation;
        }
        // ("Kansas City Chiefs tight end Travis Kelce", "Goldman Sachs
        // analyst Jan Hatzius": a name with no given name or title before a
        // person's role in lower case and another name is whom the role is
        // of, no person.)
        if split.kind == EntityKind::Person
            && split.core_start == start
            && given_name_gender(tokens[start].info).is_none()
            && self.a_role_and_a_name_at(tokens, end)
        {
            split.kind = EntityKind::Unknown;
        }
        // "Former Liverpool defender Jamie Carragher": a word after "former"
        // before a role and a name is whom the role is of (a club, a
        // party), not a person called "Former Liverpool". ("President Trump
        // adviser Stephen Miller" has a title of its own: Trump is one.)
        let role_of = split.kind == EntityKind::Person
            && split.core_start > start
            && tokens[start..split.core_start]
                .iter()
                .all(|t| t.info.is_office_qualifier())
            && end - split.core_start == 1
            && tokens
                .get(end)
                .is_some_and(|t| t.is_word() && !t.capital && self.is_person_noun(t))
            && tokens.get(end + 1).is_some_and(is_name_word);
        if role_of {
            split.kind = EntityKind::Unknown;
        }
        // "Rihanna, who won album of the year,": "who" is said of people,
        // so a name the grammar cannot place is a person's. (Not a place's:
        // in "a teacher in Glasgow, who asked not to be named," it is the
        // teacher's.)
        let in_a_place = start > 0 && matches!(tokens[start - 1].lower, "in" | "at" | "near");
        let who = tokens.get(end).is_some_and(|t| t.is_punct(','))
            && tokens.get(end + 1).is_some_and(|t| t.lower == "who")
            && !in_a_place;
        if who && split.kind == EntityKind::Unknown && split.core_start == start {
            split.kind = EntityKind::Person;
        }
        // Sentence-initial single words ("Observers say") are names only when
        // the article capitalises them elsewhere too, or titles them.
        let sentence_start = start == 0 || may_open_a_sentence_after(&tokens[start - 1]);
        // "Rival Hillary Clinton said": a sentence's first word before a
        // full name, which the article writes in lower case elsewhere and
        // never capitalises mid-sentence, is a descriptor ("rival"), not
        // part of the name.
        // ("Neighbour Sharon Miller said": a noun for a person is one too.)
        // ("Singer Rihanna is pregnant": before one name too, if no given
        // name.)
        let person_noun = || {
            self.is_person_noun(&tokens[start])
                && !tokens[start].info.is_title()
                && (split.end - start >= 3 || !is_given_name(tokens[start].info))
        };
        // ("Sobbing Lisa Grant, 46, said", "Heartbroken Tom Hill": a
        // participle or an adjective of feeling, as tabloids open, before a
        // given name and a surname.)
        // ("Furious Piers blasted", after "Piers Morgan": or a given name
        // alone the article gave in full before; "Defiant Biden said",
        // after "Joe Biden": or a surname alone of a person it named, or
        // names in full later: "Furious Trump lashed out … President
        // Donald Trump had imposed".)
        let feeling = || {
            let word = tokens[start].lower;
            let next = &tokens[start + 1];
            let alone = split.end - start == 2;
            word.len() > 5
                && ADJECTIVE_ENDINGS.iter().any(|end| word.ends_with(end))
                && !is_given_name(tokens[start].info)
                && match is_given_name(next.info) {
                    true => !alone || self.names.knows_word(next.lower),
                    false => {
                        alone
                            && (self.names.a_persons_word(next.lower)
                                || self.given_name_comes_before(next.lower))
                    }
                }
        };
        // ("Senior Hamas official Sami Abu Zuhri", "Former Fed chair Ben
        // Bernanke": a word of rank before the name.)
        let rank = || {
            tokens[start].info.is_office_qualifier()
                || matches!(
                    tokens[start].lower,
                    "senior" | "junior" | "top" | "veteran" | "longtime" | "acting" | "interim"
                )
        };
        // (Not a body's head before its "of": "Bank of America cut rates …
        // the bank said". Nor the first of a body's two words, which would
        // leave its head alone: "Duke Energy said".)
        let a_bodys_two_words = split.kind == EntityKind::Organisation && split.end - start == 2;
        if sentence_start
            && split.core_start == start
            && split.end - start >= 2
            && !a_bodys_two_words
            && tokens[start + 1].capital
            && !self.capitalised_mid_sentence(tokens[start].lower)
            && ((split.end - start >= 3 && self.written_in_lower_case(tokens, tokens[start].lower))
                || person_noun()
                || feeling()
                || rank())
        {
            split.core_start += 1;
        }
        // "a proposed Trump Tower project": an untitled name of several words
        // between a determiner and a common noun names a thing, and must not
        // make a person's name ("Trump") longer. ("the Rev. Al Sharpton
        // began" is titled: a person.)
        // ("My colleague Tom Roe disagrees": a role between the two is in
        // apposition, and the name a person's.)
        let after_role = || start > 0 && self.is_person_noun(&tokens[start - 1]);
        if split.core_start == start
            && split.end - start >= 2
            && is_attributive(tokens, start, end)
            && !after_role()
        {
            split.kind = EntityKind::Organisation;
        }
        let inner_capital = || has_inner_capital(self.text, &tokens[start]);
        // "Russian presidents", "Western attempts": an adjective, not a name.
        // (Unless a person named before bears it: "Paul Ryan … Ryan smiled",
        // "Novak Djokovic … Djokovic was coy".)
        // (Nor one a verb of speech follows, past adverbs and auxiliaries,
        // in a tense: "the Vatican has said"; not "Iran will respond".)
        let next_lower = tokens.get(end).is_some_and(|t| t.is_word() && !t.capital);
        let speaks_next = || {
            tokens[end].info.is_speech_verb()
                || tokens[end..]
                    .iter()
                    .take(4)
                    .find(|t| !t.info.may_stand_before_verb())
                    .is_some_and(|t| {
                        t.info.is_speech_verb()
                            && self.grammar.speech_lemma(t.lower) != Some(t.lower)
                    })
        };
        // ("Reagan's words:", "Morgan's lawyer": an adjective of
        // nationality owns nothing.)
        if end - start == 1
            && looks_like_demonym(tokens[start].lower)
            && !tokens[start].possessive
            && !inner_capital()
            && next_lower
            && !speaks_next()
            && !self.names.a_persons_word(tokens[start].lower)
        {
            return;
        }
        if sentence_start && end - start == 1 {
            let word = tokens[start].lower;
            let elsewhere = self.names.knows_word(word) || self.capitalised_mid_sentence(word);
            // "Company recalls 2 million cars", "Officials said": a noun of
            // description that starts a sentence is no name, unless the
            // article capitalises it elsewhere ("Congress"). A party's
            // members are named so ("Democrats said"), and an outlet by its
            // word ("Billboard reported", though a billboard is a document).
            if !elsewhere
                && self.is_description_noun(&tokens[start])
                && !tokens[start].info.is_group_name()
                && !tokens[start].info.is_outlet()
            {
                return;
            }
            // ("Doctors warn of “crisis”", "Farmers say …": people in the
            // plural are no name for being a word of one elsewhere, "the
            // Junior Doctors Committee", "NSW Farmers"; only for being one
            // alone.)
            if elsewhere
                && self.people_in_the_plural(&tokens[start])
                && !self.names.holders_of(word).any(
                    |e| matches!(&self.names.entities[e].tokens[..], [one] if one.lower == word),
                )
            {
                return;
            }
            if split.kind == EntityKind::Unknown {
                // (Past adverbs and a time: "Pfizer on Tuesday said".)
                // (And past an age and up to two asides: "Lopez, 45, a
                // mother of two, said", "Garcia, 71, of Tucson, a retired
                // teacher, said".)
                let mut k = self.appositive_end(tokens, end).unwrap_or(end);
                if k == end + 3 && is_age(&tokens[end + 1]) {
                    for _ in 0..2 {
                        match self.appositive_end(tokens, k - 1) {
                            Some(next) if self.verb_at(tokens, k).is_none() => k = next,
                            _ => break,
                        }
                    }
                }
                while k < tokens.len()
                    && (tokens[k].info.may_stand_before_verb() || is_time_adjunct(tokens, k))
                {
                    k += 1;
                }
                // ("Smith placed an order and said it was “fine”", "Akin
                // made the remarks in an interview, saying …": or a past
                // tense, then "and" and a verb of speech, or a comma and its
                // participle, with no other subject between. Not a plural:
                // "Thousands marched …, chanting “…”"; nor an adverb before
                // a participle and a name: "Newly elected Mayor Ann Lee".)
                let adverb =
                    || word.ends_with("ly") && tokens.get(k + 1).is_some_and(|t| t.capital);
                let speaks_after_its_verb = || {
                    !has_s_ending(word)
                        && !adverb()
                        && tokens.get(k).is_some_and(|t| {
                            t.is_word()
                                && !t.capital
                                && is_past_tense(t)
                                && !t.info.is_closed_class()
                        })
                        && (k + 1..tokens.len().min(k + 12))
                            .take_while(|&j| {
                                (tokens[j].is_word() || tokens[j].is_punct(','))
                                    && !tokens[j].sentence_end
                            })
                            .any(|j| {
                                let Some(verb) = tokens.get(j + 1) else {
                                    return false;
                                };
                                // ("Zelensky went on to say", "Trump took
                                // to Truth Social to call": or its own
                                // infinitive of speech, whose bare form may
                                // be a noun's, where no one told comes
                                // between to say it.)
                                if tokens[j].lower == "to" {
                                    return (verb.info.is_speech_verb() || verb.info.is_noun_too())
                                        && !tokens[k + 1..j].iter().any(|t| {
                                            matches!(t.lower, "me" | "him" | "us" | "them")
                                        });
                                }
                                // ("Smith issued a statement calling it …":
                                // or a medium's noun and the participle.)
                                verb.info.is_speech_verb()
                                    && (tokens[j].lower == "and"
                                        || ((tokens[j].is_punct(',')
                                            || tokens[j].info.is_media_noun())
                                            && verb.lower.ends_with("ing")))
                            })
                };
                // ("Amazon declined to comment": or a verb before an
                // infinitive of speech, whose bare form may be a noun's.)
                let declines_to_speak = || {
                    tokens
                        .get(k)
                        .is_some_and(|t| !t.capital && is_past_tense(t))
                        && tokens.get(k + 1).is_some_and(|t| t.lower == "to")
                        && tokens
                            .get(k + 2)
                            .is_some_and(|t| t.info.is_speech_verb() || t.info.is_noun_too())
                };
                // ("Biden's promise that “…”": or owns a noun for words said.)
                // ("Trump's “very fine people” remark": or owns them quoted
                // before the noun, `owned_quote`.)
                let owns_words = || {
                    let noun = match tokens.get(end).is_some_and(|t| t.quote().is_some()) {
                        true => end + 1,
                        false => end,
                    };
                    tokens[start].possessive && tokens.get(noun).is_some_and(is_words_noun)
                };
                // ("Brown was recorded telling an aide": or is perceived in
                // the passive saying it.)
                let heard_speaking = || {
                    (k..tokens.len().min(k + 3)).any(|j| {
                        is_perceived_at(tokens, j)
                            && tokens.get(j + 1).is_some_and(|t| {
                                t.info.is_speech_verb() && t.lower.ends_with("ing")
                            })
                    })
                };
                let speaks = tokens.get(k).is_some_and(|t| t.info.is_speech_verb())
                    || speaks_after_its_verb()
                    || heard_speaking()
                    || declines_to_speak()
                    || owns_words();
                // ("Putin: ‘We will win’ as Kremlin doubles down": a headline's
                // one name before a colon and a quote; not "Watch: ‘…’".)
                // ("Smith put it bluntly: “…”", "Smith was blunt: “…”": or
                // a short clause in lower case between, as
                // `short_clause_colon` reads it.)
                let clause_verb = |verb: &Token| {
                    is_a_form_of_be(verb.lower) || is_past_tense(verb) || verb.lower == "put"
                };
                let clause = match tokens.get(end) {
                    Some(verb) if clause_verb(verb) => (end..tokens.len().min(end + 4))
                        .take_while(|&j| tokens[j].is_word() && !tokens[j].capital)
                        .count(),
                    _ => 0,
                };
                let colon_at = |c: usize| {
                    tokens.get(c).is_some_and(|t| t.is_punct(':'))
                        && tokens.get(c + 1).is_some_and(|t| t.quote().is_some())
                };
                let signs = (colon_at(k) || (clause > 0 && colon_at(end + clause)))
                    && !self.grammar.is_headline_label(word);
                // ("Musk, who calls himself …, wrote": "who" is said of
                // people.)
                // ("Mark and Lisa Chen lost their home": a given name paired
                // with a full name.)
                let paired = is_given_name(tokens[start].info)
                    && tokens.get(end).is_some_and(|t| t.lower == "and")
                    && tokens.get(end + 1).is_some_and(|t| is_given_name(t.info))
                    && name_run_at(tokens, end + 1).is_some_and(|e| e >= end + 3);
                if !elsewhere && !speaks && !signs && !who && !paired && !inner_capital() {
                    return;
                }
            }
        }
        // The titles, the lowercase words just before ("diplomatic adviser
        // Yuri Ushakov") and an appositive after ("Peter Carr, a spokesman
        // for …") describe the entity.
        let descriptive = |t: &&Token| t.kind == TokenKind::Word && !t.info.is_closed_class();
        // Words before the name describe it only when the word just before
        // is a title or a noun of description: "Kremlin spokesman Dmitry
        // Peskov", but not "Prince Harry met Biden" or the headline's
        // "Saudi crown prince meets Biden", whose words are another's.
        let describing_noun = |t: &Token| {
            t.info.is_title() || t.info.has_description() || t.info.is_plural_description()
        };
        // (Not another person's name and titles: "President Trump adviser
        // Stephen Miller" is no president.)
        let person_named = self
            .names
            .mentions
            .last()
            .filter(|m| self.names.entities[m.entity].kind == EntityKind::Person)
            .map(|m| m.span);
        let someone_elses = move |t: &&Token| {
            person_named.is_some_and(|m| m.start <= t.span.start && t.span.end <= m.end)
        };
        // (In the order of the text, as titles are: "Deputy mayor Tom
        // Reilly" is a deputy's, `holds_another_degree`.)
        let described_before = tokens[..start]
            .iter()
            .rev()
            .take(4)
            .take_while(|t| descriptive(t) && !someone_elses(t))
            .count();
        // (Nor a name that itself describes a noun after it: in "one
        // former Fed governor, Randall Kroszner" the words are the
        // governor's, no Fed's.)
        let describes_a_noun_after = || {
            tokens
                .get(end)
                .is_some_and(|t| t.is_word() && !t.capital && self.is_description_noun(t))
        };
        // (Nor a title that owns the name: "the King's Speech" is a
        // thing's, no king's.)
        let titles_it = |t: &Token| describing_noun(t) && !t.possessive;
        let before = match start > 0 && titles_it(&tokens[start - 1]) && !describes_a_noun_after() {
            true => &tokens[start - described_before..start],
            false => &[],
        };
        // The comma after a name that ends an opening phrase ends the
        // phrase: in "In a post on Instagram, the pop star thanked …" the
        // pop star is the subject, not Instagram's appositive.
        let sentence = start_of_sentence(tokens, start);
        // ("plants in Germany, the spokesman said": a clause of its own,
        // its verb after the noun, is no appositive.)
        let a_clause = || {
            tokens[end + 2..]
                .iter()
                .take_while(|t| t.is_word())
                .any(|t| !t.capital && t.info.is_speech_verb() && !t.info.is_noun_too())
        };
        // (Or after an owner's word: "Hugh Bonneville, her Downton Abbey
        // co-star,".)
        let appositive = tokens.get(end).is_some_and(|t| t.is_punct(','))
            && tokens.get(end + 1).is_some_and(|t| {
                matches!(t.lower, "a" | "an" | "the") || t.info.is_possessive_determiner()
            })
            && !(sentence < start && in_opening_phrase(tokens, sentence, start))
            && !a_clause();
        // Without an article, lowercase words ending on a noun of
        // description before "of", "at" or a stop are an appositive too:
        // "said Jane Doe, chief economist at ING".
        let bare_appositive = || {
            let words = tokens
                .get(end + 1..)
                .filter(|_| tokens.get(end).is_some_and(|t| t.is_punct(',')))
                .unwrap_or_default();
            let n = words
                .iter()
                .take(4)
                .take_while(|t| descriptive(t) && !t.capital)
                .count();
            n > 0
                && words[n - 1].info.has_description()
                && words.get(n).is_none_or(|t| {
                    matches!(t.lower, "of" | "at" | "for") || t.kind == TokenKind::Punct
                })
        };
        let after = if appositive {
            tokens.get(end + 2..)
        } else if bare_appositive() {
            tokens.get(end + 1..)
        } else {
            None
        }
        .unwrap_or_default()
        .iter()
        .take_while(descriptive)
        .take(4);
        // "the first lady, Michelle Obama", "Their father, former Vice
        // President Dick Cheney": a description before the name, set off by
        // a comma (perhaps with a lowercase word or two between), says
        // whether the person is a woman or a man.
        let lowercase = |t: &&Token| t.is_word() && !t.capital && !t.info.is_closed_class();
        let between = tokens[..start]
            .iter()
            .rev()
            .take(2)
            .take_while(lowercase)
            .count();
        // ("Her boyfriend, Kansas City Chiefs tight end Travis Kelce": a
        // side's or a body's name and a role may stand between the comma
        // and the name. The description is the person's, not the side's.)
        let side = (between > 0 && self.a_role_and_a_name_at(tokens, start - between))
            .then(|| {
                tokens[..start - between]
                    .iter()
                    .rev()
                    .take(4)
                    .take_while(|t| t.capital && is_name_word(t) && !t.possessive)
                    .count()
            })
            .filter(|&n| {
                n > 0
                    && (start - between - n)
                        .checked_sub(1)
                        .is_some_and(|k| tokens[k].is_punct(','))
            })
            .unwrap_or(0);
        let comma = start - between - side;
        // (Not a verb's object after a subject's appositive: in "Ann Lee,
        // the press secretary, dismissed Trump's remarks" Trump is no
        // secretary.)
        let objects_verb = || {
            between > 0 && {
                let t = &tokens[start - 1];
                is_past_tense(t) || t.info.is_speech_verb()
            }
        };
        let lead = (comma >= 2
            && tokens[comma - 1].is_punct(',')
            && !objects_verb()
            && !self.a_role_and_a_name_at(tokens, end))
        .then(|| {
            let words = tokens[..comma - 1]
                .iter()
                .rev()
                .take(4)
                .take_while(lowercase)
                .count();
            // ("The U.N. spokesman, Stephane Dujarric": a body's name
            // may stand between the determiner and the words.)
            let body = tokens[..comma - 1 - words]
                .iter()
                .rev()
                .take(3)
                .take_while(|t| is_name_word(t) && !t.possessive)
                .count();
            let det = comma - 1 - words - body;
            // ("The Prime Minister, Anthony Albanese,": or a title in
            // capitals alone.)
            let titled = words == 0 && body > 0 && tokens[comma - 2].info.has_description();
            // (Not the end of a phrase that opens the sentence: "According
            // to the Kremlin official, Moscow will …"; unless a comma
            // closes the name too: "And from a supposed front-runner,
            // Hillary Clinton, this reeks".)
            let opening = det > 0
                && in_opening_phrase(tokens, start_of_sentence(tokens, det), det)
                && !tokens.get(end).is_some_and(|t| t.is_punct(','));
            ((words > 0 || titled) && det > 0 && is_determiner(&tokens[det - 1]) && !opening)
                .then_some(det..comma - 1)
        })
        .flatten()
        .unwrap_or_default();
        // "AMD's Lisa Su", "Nvidia's chief executive, Jensen Huang": the
        // body that owns the person, or the description set off before
        // them, describes them ("the Nvidia boss"). (Not a title that
        // owns a name: "the King's Speech" is a thing's.)
        let owner_at = if lead.is_empty() { start } else { lead.start };
        let owner = owner_at
            .checked_sub(1)
            .map(|k| &tokens[k])
            .filter(|t| t.possessive && t.capital && !t.info.is_title());
        let descriptors = tokens[start..split.core_start]
            .iter()
            .chain(before)
            .chain(tokens[lead].iter().filter(|t| !t.info.is_closed_class()))
            .chain(owner)
            .chain(after)
            .map(Word::of);
        // ("Vice-President Kamala Harris" is titled as "Vice President
        // Kamala Harris" is: a hyphenated office's two words describe her
        // too. Only a title may be one, so most names ask no more.)
        let hyphenated = descriptors
            .clone()
            .filter(|w| w.info.is_title())
            .find_map(|w| self.grammar.hyphenated_office(w.lower));
        self.add_employer(tokens, start, &split);
        let entity = self.names.link(self.text, tokens, &split, descriptors);
        if let Some((qualifier, office)) = hyphenated {
            let known = &mut self.names.entities[entity].descriptors;
            for lower in [qualifier, office] {
                let word = Word {
                    lower,
                    info: self.grammar.info(lower),
                };
                if !known.contains(&word) {
                    known.push(word);
                }
            }
        }
        // "Trump said he would sign it": a bare name that says "he" or
        // "she" of itself is a person's, whom a later "he" may mean.
        // (Only a name that opens its clause: not "a poll in Wyoming
        // said she", "Jo Lee, of Springfield, Va., said he".)
        let opens_clause = starts_a_sentence(tokens, start) || tokens[start - 1].is_punct(',');
        if self.names.entities[entity].kind == EntityKind::Unknown
            && opens_clause
            && self.says_he_or_she(tokens, end)
        {
            self.names.entities[entity].kind = EntityKind::Person;
        }
        self.give_the_family_name(tokens, split.core_start, end, entity);
        if names_a_relative(tokens, start) {
            self.named_as_kin.push(entity);
        }
        if let Some([open, tag]) = tokens.get(end..end + 2)
            && (open.is_punct(',') || open.is_punct('('))
            && tag.lower.contains('-')
        {
            let tag_end = name_run_at(tokens, end + 1).unwrap_or(end + 2);
            let more = match self.stands_as_tag(tokens, end + 1, tag_end) {
                true => &tokens[end + 2..tag_end],
                false => &[],
            };
            self.describe_party_tag(entity, tag, more);
        }
        // "Novak Djokovic, 37,", "Jane Smith (45)": an age.
        if let Some([open, age, close]) = tokens.get(end..end + 3)
            && (open.is_punct(',') && (close.is_punct(',') || close.is_punct('.'))
                || open.is_punct('(') && close.is_punct(')'))
            && is_age(age)
        {
            self.ages.push((entity, age.lower));
        }
        // "BuzzFeed's Thursday night report", "the BuzzFeed piece": the
        // document is the name's, for a later "the report said".
        if let Some(noun) = tokens[end..]
            .iter()
            .take(3)
            .take_while(|t| t.is_word() && !t.info.is_closed_class())
            .find_map(|t| self.grammar.document_noun(t.lower))
        {
            self.documents
                .push((tokens[start].span.start, entity, noun));
        }
        // ("Vladimir Putin met Xi Jinping. … the two leaders": two who met
        // are a pair too.)
        let met = |w: &Token| matches!(w.lower, "met" | "meets");
        let met_before = start >= 2
            && (met(&tokens[start - 1]) && is_name_word(&tokens[start - 2])
                || start >= 3
                    && tokens[start - 1].lower == "with"
                    && met(&tokens[start - 2])
                    && is_name_word(&tokens[start - 3]));
        let met_after = tokens.get(end).is_some_and(met) && {
            let with = usize::from(tokens.get(end + 1).is_some_and(|t| t.lower == "with"));
            tokens.get(end + 1 + with).is_some_and(|t| is_name_word(t))
        };
        let plural =
            (start >= 2 && tokens[start - 1].lower == "and" && is_name_word(&tokens[start - 2]))
                || (tokens.get(end).is_some_and(|t| t.lower == "and")
                    && tokens.get(end + 1).is_some_and(|t| is_name_word(t)))
                || met_before
                || met_after
                || tokens[start].lower == "messrs";
        // A name a verb follows that is the subject of a clause inside its
        // sentence, or no subject: "a term Obama used", "Dan Ives of
        // Wedbush Securities said" (a preposition's object), "whose
        // National Rally topped the poll".
        let inside_a_clause = || {
            opens_reduced_relative(tokens, start)
                || (start > 0 && is_preposition(tokens[start - 1].lower))
                || opens_whose_clause(tokens, start)
                || joins_a_prepositions_object(tokens, start)
                || opens_that_clause(tokens, start)
                || opens_bare_reported_clause(tokens, start)
        };
        self.push_name_mention(Mention {
            span: Span::new(
                tokens[split.core_start].span.start,
                tokens[end - 1].span.end,
            ),
            entity,
            subject: (looks_like_subject(tokens, start, end) && !inside_a_clause())
                || self.opens_sentence(tokens, start)
                || self.opens_sentence_after_role(tokens, start)
                || self.ends_an_inverted_clause(tokens, start, end),
            possessive: tokens[end - 1].possessive,
            plural,
        });
    }

    /// "Roman's widow, Lisa, said", "Kelce's brother Jason", "Mark and Lisa
    /// Chen": a relative or a partner named by a given name alone bears the
    /// family's name, as a reader takes it: "Lisa Roman", "Mark Chen". Only
    /// the name printed changes; the words it is linked by stay the
    /// article's.
    fn give_the_family_name(&mut self, tokens: &[Token], start: usize, end: usize, entity: usize) {
        let e = &self.names.entities[entity];
        // (Once: "his brother Jim" named so twice is not "Jim Hart Hart".)
        let given_it_already = e.name.contains(' ');
        // ("Their son, Thabo, now 50": a word set off after a relative's
        // noun is a given name, though the grammar does not know it.)
        let set_off_as_kin = || {
            tokens.get(end).is_some_and(|t| t.is_punct(','))
                && kin_noun_before(tokens, start).is_some_and(|k| start == k + 2)
        };
        if end - start != 1
            || !(is_given_name(tokens[start].info) || set_off_as_kin())
            || e.kind == EntityKind::Organisation
            || e.tokens.len() != 1
            || given_it_already
        {
            return;
        }
        let surname = self
            .partners_surname(tokens, end)
            .or_else(|| self.relatives_surname(tokens, start, entity));
        if let Some(surname) = surname {
            let name = format!("{} {surname}", e.name);
            self.names.entities[entity].name = name;
            self.names.entities[entity].kind = EntityKind::Person;
        }
    }

    /// "Mark and Lisa Chen": the surname a given name ending at `end`
    /// shares with the given name and surname after "and".
    fn partners_surname(&self, tokens: &[Token], end: usize) -> Option<&'a str> {
        let partner = end + 1;
        (tokens.get(end).is_some_and(|t| t.lower == "and")
            && tokens.get(partner).is_some_and(|t| is_given_name(t.info))
            && name_run_at(tokens, partner) == Some(partner + 2)
            && !is_given_name(tokens[partner + 1].info))
        .then(|| names::printed_word(self.text, &tokens[partner + 1]))
    }

    /// "Roman's widow, Lisa", "Kelce's brother Jason", "Her husband,
    /// Dave": the surname of the person whose relative the given name at
    /// `start` is named as.
    fn relatives_surname(&self, tokens: &[Token], start: usize, entity: usize) -> Option<&str> {
        let family = kin_noun_before(tokens, start).filter(|&k| is_kin_noun(tokens[k].lower))?;
        let mut owner = family.checked_sub(1)?;
        // ("Her late husband, Sipho", "his younger brother, Jim": a word
        // in lower case may stand between.)
        if owner >= 1
            && !tokens[owner].possessive
            && !tokens[owner].info.is_possessive_determiner()
            && tokens[owner].is_word()
            && !tokens[owner].capital
            && (tokens[owner - 1].possessive || tokens[owner - 1].info.is_possessive_determiner())
        {
            owner -= 1;
        }
        // (A name of no known kind too, or a capitalised word the names
        // did not take, opening its sentence: one with a mother is a
        // person, "Kelce's mother, Donna".)
        // (Not a given name the article named alone: "Omar's wife, Leila"
        // is not Leila Omar.)
        if tokens[owner].possessive {
            let a_person = match self.mention_entity(tokens, owner) {
                Some(e) => {
                    let e = &self.names.entities[e];
                    let a_first_name = e.tokens.len() == 1 && is_given_name(e.tokens[0].info);
                    e.kind != EntityKind::Organisation && !a_first_name
                }
                None => {
                    tokens[owner].capital
                        && !tokens[owner].info.is_closed_class()
                        && !is_given_name(tokens[owner].info)
                }
            };
            let printed = names::printed_word(self.text, &tokens[owner]);
            // ("The Chens' daughter, Emily": a family named in the plural
            // gives its name in the singular, "Emily Chen"; not a name the
            // article gives so, "the Walters' son" after "Ann Walters".)
            let written = &self.text[tokens[owner].span.start..tokens[owner].span.end];
            let family = owner > 0
                && tokens[owner - 1].lower == "the"
                && (written.ends_with("s'") || written.ends_with("s\u{2019}"))
                && !self
                    .names
                    .holders_of(tokens[owner].lower)
                    .any(|e| self.names.entities[e].tokens.len() >= 2);
            let singular = family.then(|| singular_family_name(printed)).flatten();
            return a_person.then(|| singular.unwrap_or(printed));
        }
        // ("Moss says … ¶ Her husband, Dave, is less charitable": the owner
        // is the person last named as a subject, if "her" or "his" is known
        // to fit them and their name has a surname.) ("“…,” said Mary
        // Kinney. Her brother, Tom": or named as the one who spoke.)
        // ("Their son, Thabo": "their" fits anyone, the family's name.)
        let gender = match tokens[owner].lower {
            "their" => None,
            _ => Some(possessive_gender(&tokens[owner])?),
        };
        self.names
            .mentions
            .iter()
            .rev()
            .map(|m| (m, &self.names.entities[m.entity]))
            // (A body that spoke since is no one's parent: "Trinity House
            // said … Their son, Mark".)
            .find(|(m, o)| {
                (m.subject || self.named_after_speech_verb(m.span.start))
                    && m.entity != entity
                    && o.kind == EntityKind::Person
                    && (gender.is_none() || o.gender() == gender)
            })
            // ("Bill Dawson is 74. His son, Mark,": or the person named
            // last, as a subject, whose gender the article does not say.)
            .or_else(|| {
                let before = tokens[owner].span.start;
                self.names
                    .mentions
                    .iter()
                    .rev()
                    .filter(|m| m.span.start < before)
                    .map(|m| (m, &self.names.entities[m.entity]))
                    .find(|(m, o)| o.kind == EntityKind::Person && m.entity != entity)
                    .filter(|(m, o)| m.subject && o.gender().is_none())
            })
            .map(|(_, o)| o)
            // ("Ms. Kline": a surname alone will do.)
            .filter(|o| o.tokens.len() >= 2 || !is_given_name(o.tokens[0].info))
            .and_then(|o| o.name.rsplit(' ').next())
    }

    /// Whether the name at byte `at` follows a quote's speech verb, as
    /// its subject: "“…,” said Mary Kinney", "…', said Tom".
    fn named_after_speech_verb(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end();
        let verb = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let verb_at = before.len() - verb.len();
        !verb.is_empty()
            && self.grammar.info(&verb.to_lowercase()).is_speech_verb()
            && before[..verb_at]
                .trim_end()
                .ends_with([',', '"', '\u{201d}', '\u{2019}', '\''])
    }

    /// Whether token `start` begins its sentence, or follows an opening
    /// phrase up to a comma ("According to the Times, Mary Cheney …").
    fn opens_sentence(&self, tokens: &[Token], start: usize) -> bool {
        // Only an opening phrase of nine tokens or fewer counts: the
        // sentence's start is looked for no further back than that.
        let floor = start.saturating_sub(10);
        let sentence_start = match (floor..start).rev().find(|&k| tokens[k].sentence_end) {
            Some(k) => k + 1,
            None if floor == 0 => 0,
            None => return false,
        };
        if start == sentence_start {
            return true;
        }
        let before = &tokens[sentence_start..start];
        // ("But Joe O'Connor thinks otherwise.": a conjunction alone may
        // open the sentence before its subject.)
        if let [conjunction] = before {
            return is_opening_conjunction(conjunction);
        }
        before.last().is_some_and(|t| t.is_punct(','))
            && before.len() <= 9
            && before[0].info.is_closed_class()
            && before[..before.len() - 1]
                .iter()
                .all(|t| t.kind == TokenKind::Word)
    }

    /// Whether the name at `start` follows only an owner's role at its
    /// sentence's start, as its subject: "My colleague Tom Roe disagrees",
    /// "Her longtime friend Ann Lee".
    fn opens_sentence_after_role(&self, tokens: &[Token], start: usize) -> bool {
        let owner = (start.saturating_sub(3)..start.saturating_sub(1)).find(|&k| {
            matches!(tokens[k].lower, "my" | "his" | "her" | "our" | "their")
                && starts_a_sentence(tokens, k)
        });
        owner.is_some_and(|k| {
            let role = &tokens[k + 1..start];
            role.iter().all(|t| t.is_word() && !t.capital)
                && role.last().is_some_and(|t| self.is_person_noun(t))
        })
    }

    /// Whether the name at `start..end` ends a clause whose "was" comes
    /// before it, with no one named before the verb: "Among the protesters
    /// was Olly Harrison, a farmer", "One of them was Ana Ruiz." The
    /// sentence is about them, as about a subject: a "he" after it means
    /// them.
    fn ends_an_inverted_clause(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let Some(verb) = start.checked_sub(1).filter(|&v| v > 0) else {
            return false;
        };
        if !matches!(tokens[verb].lower, "was" | "is")
            || !tokens
                .get(end)
                .is_none_or(|t| t.is_punct(',') || t.sentence_end)
        {
            return false;
        }
        // (An opening of twelve tokens or fewer, as `opens_sentence` reads.)
        let floor = verb.saturating_sub(12);
        let opening = match (floor..verb).rev().find(|&k| tokens[k].sentence_end) {
            Some(k) => k + 1,
            None if floor == 0 => 0,
            None => return false,
        };
        verb > opening
            && tokens[opening..verb].iter().all(|t| t.is_word())
            && self
                .names
                .mentions
                .last()
                .is_none_or(|m| m.span.start < tokens[opening].span.start)
    }

    /// Whether the article writes `word` in lower case somewhere: in
    /// `tokens` (the paragraph being read, taken out of `paras`) or in
    /// another paragraph.
    fn written_in_lower_case(&self, tokens: &[Token], word: &str) -> bool {
        let lower = |t: &Token| t.is_word() && !t.capital && t.lower == word;
        tokens.iter().any(lower) || self.paras.iter().flat_map(|p| &p.tokens).any(lower)
    }

    fn capitalised_mid_sentence(&self, word: &str) -> bool {
        self.capitalised_inside.contains(word)
    }

    /// Whether the article, anywhere, writes the capitalised `word` right
    /// after a given name ("Donald Trump"): a surname.
    fn given_name_comes_before(&self, word: &str) -> bool {
        self.paras.iter().any(|p| {
            p.tokens.windows(2).any(|w| {
                w[1].lower == word && w[1].capital && w[0].capital && is_given_name(w[0].info)
            })
        })
    }

    /// A description at token `i`: `the` + modifiers + a description noun
    /// ("the Russian leader", "the Russian head of state", "the spokesman").
    /// Returns its token range, determiner included.
    fn description_at(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        if !matches!(tokens[i].lower, "the" | "this" | "that") {
            return None;
        }
        self.description_after(tokens, i)
    }

    /// The description noun a few words after the determiner at `i`.
    fn description_after(&self, tokens: &[Token], i: usize) -> Option<(usize, usize)> {
        let mut j = i + 1;
        while j < tokens.len() && j - i <= 6 {
            if let Some(mut end) = self.description_noun_at(tokens, j) {
                // "the commission chief", "the party leader", "the company
                // spokesman": a body's noun before a person's describes
                // the person.
                let persons_noun_at = |k: usize| {
                    self.description_noun_at(tokens, k).filter(|&n| {
                        self.head_class(&tokens[k..n])
                            .is_some_and(|c| !is_class_of_things(c))
                    })
                };
                while let Some(next) = persons_noun_at(end) {
                    end = next;
                }
                // ("One veteran media analyst": or through another noun,
                // no person's. No verb's form: "the senator met voters",
                // "the mayor thanks residents".)
                if noun_after(tokens, end)
                    && !tokens[end].possessive
                    && !tokens[end].lower.ends_with("ing")
                    && !has_s_ending(tokens[end].lower)
                    && let Some(next) = persons_noun_at(end + 1)
                {
                    end = next;
                }
                return Some((i, end));
            }
            // ("The Justice Department said the report …": a description
            // does not run past a verb of speech.)
            // ("The Security Council issued a statement": nor past the
            // determiner of another noun phrase.)
            // (Right after the article or before the noun, a verb's form
            // is a noun: "An appeals court", "A federal appeals court"; not
            // a past tense: "The Acme Workers Union said members".)
            let verb = tokens[j].info.is_speech_verb()
                && j > i + 1
                && (is_past_tense(&tokens[j]) || self.description_noun_at(tokens, j + 1).is_none());
            if tokens[j].is_punct(',')
                && self.city_before_its_state(tokens, i + 1, j + 1) == Some(i + 1)
            {
                j += 1;
                continue;
            }
            if tokens[j].kind != TokenKind::Word
                || tokens[j].possessive
                || verb
                || matches!(tokens[j].lower, "a" | "an" | "the")
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The lowercased words of `tokens` joined by spaces, allocating only for
    /// a phrase of several words that could be in the grammar.
    fn phrase_of<'t>(&self, tokens: &'t [Token]) -> std::borrow::Cow<'t, str> {
        match tokens {
            [one] => std::borrow::Cow::Borrowed(one.lower),
            [first, ..] if !first.info.starts_phrase() => std::borrow::Cow::Borrowed(""),
            _ => {
                let words: Vec<&str> = tokens.iter().map(|t| t.lower).collect();
                std::borrow::Cow::Owned(words.join(" "))
            }
        }
    }

    /// A description noun of one to three words starting at `j`; returns its end.
    fn description_noun_at(&self, tokens: &[Token], j: usize) -> Option<usize> {
        // Only a word that starts a phrase of the grammar may start one of
        // several words (`head_class`).
        let longest = if tokens.get(j)?.info.starts_phrase() {
            3
        } else {
            1
        };
        for len in (1..=longest).rev() {
            if j + len > tokens.len()
                || tokens[j..j + len].iter().any(|t| t.kind != TokenKind::Word)
            {
                continue;
            }
            // (A title written in capitals is a noun all the same: "the
            // Microsoft CEO", "the Tory MP". Its second letter tells it
            // from a name, which has one in lower case.)
            let last = &tokens[j + len - 1];
            let capitalised = last.capital
                && !self
                    .text
                    .as_bytes()
                    .get(last.span.start + 1)
                    .is_some_and(|b| b.is_ascii_uppercase());
            let followed_by_name = || tokens.get(j + len).is_some_and(is_name_word);
            if !capitalised && self.head_class(&tokens[j..j + len]).is_some() && !followed_by_name()
            {
                return Some(j + len);
            }
        }
        None
    }

    /// The entity a description points to: the one whose descriptors share
    /// its modifiers and class, most recently mentioned first.
    fn resolve_description(&self, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
        let mut words = &tokens[start + 1..end];
        // ("the vice-president" is "the vice president": its qualifier
        // and its office, read apart.)
        let apart: Vec<Token>;
        if let Some((last, rest)) = words.split_last()
            && let Some((qualifier, office)) = self.grammar.hyphenated_office(last.lower)
        {
            let part = |lower| Token {
                lower,
                info: self.grammar.info(lower),
                ..last.clone()
            };
            apart = rest
                .iter()
                .cloned()
                .chain([part(qualifier), part(office)])
                .collect();
            words = &apart;
        }
        let (head_len, class) = self.last_head_class(words)?;
        // A document is no one's description: its author is found from the
        // documents the article attributes (`document_author`). Nor is a
        // group one person's or body's: "the Scott family" is not Keith
        // Scott.
        if matches!(class, "document" | "group") {
            return None;
        }
        let modifiers = &words[..words.len() - head_len];
        let before = tokens[start].span.start;
        let wants_body = matches!(class, "media" | "organisation");
        let gender = gender_of(words.iter().map(|t| t.info));
        let mut best: Option<(usize, usize)> = None; // (score, entity)
        let mut nearest_body = None;
        // ("the Seattle-based company", "the Beaverton, Oregon-based
        // company" name only where it is based.)
        let after_base = modifiers
            .iter()
            .rposition(is_base_modifier)
            .map_or(modifiers, |k| &modifiers[k + 1..]);
        let names_nothing = |w: &Token| !w.capital && !self.names.knows_word(w.lower);
        let names_nothing_named = after_base.iter().all(names_nothing);
        // ("the Swedish company", after "Ericsson said" in its paragraph:
        // a firm's nationality, the only word that names anything, names
        // no one else, unless the firm was given another nation. A public
        // body's is its country, "the Ukrainian presidency"; and across
        // paragraphs "The Chinese tech giant" after "Hamas said" is
        // another body.)
        let mut naming = after_base.iter().filter(|w| !names_nothing(w));
        let nationality = match (naming.next(), naming.next()) {
            (Some(w), None)
                if wants_body
                    && !w.possessive
                    && self.grammar.is_nationality(w.lower)
                    && !self
                        .grammar
                        .is_public_body_noun(words[words.len() - 1].lower) =>
            {
                Some(w.lower)
            }
            _ => None,
        };
        // (Where the description's paragraph starts, for such a one.)
        let paragraph_start =
            nationality.map(|_| self.text[..before].rfind('\n').map_or(0, |k| k + 1));
        let mut seen = vec![false; self.names.entities.len()];
        // ("the Tory leader" is "Conservative leader Kemi Badenoch": a
        // party's other name. Looked up once whether any modifier names
        // one.)
        let party = |lower: &str| self.grammar.party(lower);
        let party_named = modifiers.iter().find_map(|w| party(w.lower));
        // ("the New York Democrat" is not "Rep. Rosa DeLauro (D-Conn.)": a
        // state the description names, when a tag gave the entity another.
        // Looked up once.)
        let state_named = match modifiers {
            [one] if one.capital => Some(std::borrow::Cow::Borrowed(one.lower)),
            [first, second] if first.capital && second.capital => Some(std::borrow::Cow::Owned(
                format!("{} {}", first.lower, second.lower),
            )),
            _ => None,
        }
        .filter(|state| self.grammar.is_state_name(state));
        let names_a_party = party_named.is_some();
        // ("the defence ministry" is no "Foreign Ministry": a body whose
        // name names a field of government is called by no description
        // naming only others. Looked up once.) ("In Taipei, the defence
        // ministry thanked Washington. “…,” the ministry said": a bare noun
        // takes the field of the same noun before it in its paragraph.)
        let mut fields: Vec<&str> = modifiers
            .iter()
            .filter_map(|w| self.grammar.portfolio(w.lower))
            .collect();
        if wants_body && fields.is_empty() {
            let noun = words[words.len() - 1].lower;
            fields.extend(
                tokens[..start]
                    .windows(2)
                    .rfind(|pair| pair[1].lower == noun && !pair[1].capital)
                    .and_then(|pair| self.grammar.portfolio(pair[0].lower)),
            );
        }
        let of_another_field = |e: usize| {
            let mut named = self.names.entities[e]
                .tokens
                .iter()
                .filter_map(|t| self.grammar.portfolio(t.lower))
                .peekable();
            !fields.is_empty() && named.peek().is_some() && !named.any(|f| fields.contains(&f))
        };
        // (Looked up once: a business's noun, or a union's.)
        let head_kind = self.body_kind(words[words.len() - 1].lower);
        let head_trade = self.grammar.trade(words[words.len() - 1].lower);
        let team = wants_body && self.grammar.is_team_noun(words[words.len() - 1].lower);
        // (Looked up once: a side's coach, or one of its players.)
        let (coach, player) = (
            class == "coach",
            self.grammar.is_player_noun(words[words.len() - 1].lower),
        );
        // A title of two words is called so by its initials: "the prime
        // minister" is "PM Narendra Modi". (And "the PM" is "Prime Minister
        // Anthony Albanese": `spells_initials`, below.)
        let initials = |pair: [&str; 2], abbreviation: &str| {
            let mut letters = abbreviation.chars();
            pair.iter()
                .all(|w| w.chars().next().is_some() && w.chars().next() == letters.next())
                && letters.next().is_none()
        };
        // ("The prime minister" is no party's leader, nor a union's:
        // `leads_only_a_party_or_body`.)
        let office_of_state =
            (class == "leader").then(|| self.phrase_of(&words[words.len() - head_len..]));
        let head_pair = match &words[words.len() - head_len..] {
            [first, second] => Some([first.lower, second.lower]),
            _ => None,
        };
        for (recency, m) in self
            .names
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.start < before)
            .enumerate()
        {
            // "the agency said", after "the Centers for Disease Control and
            // Prevention said": a body's description with nothing to match
            // is the body last named at the head of a clause, as a reader
            // takes it, not one inside another's
            // description ("a spokesperson for the Council", a paragraph
            // before "the bank said"); a medium's only when that body is
            // one. (In the same paragraph, a clause's spokesperson speaks
            // for the body: "A spokesperson for CenterPoint Energy said
            // … the utility said".) A description of it counts
            // wherever it stands ("the union's members"), and any mention,
            // not only its last. (A business story names many people
            // between "Apple Inc. shares fell" and "the company declined".)
            // (Lowercase modifiers that name nothing the article named may
            // stand: "the iPhone maker", "the tech giant"; not "the Texas
            // agency".)
            // ("Championship side Hull City have sacked …": a side named
            // after its noun, not the league before it, is "the club".)
            if wants_body
                && nearest_body.is_none()
                && recency < BODY_REACH
                && (names_nothing_named
                    || (paragraph_start.is_some_and(|p| m.span.start >= p)
                        && nationality.is_some_and(|n| !self.of_another_nationality(m.entity, n))))
                && self.is_a_body(m.entity)
                && !(team && self.names_a_sides_league(m))
                && (self.opens_a_clause(m.span.start)
                    || (team && self.named_as_a_side(m))
                    || self.described.iter().any(|d| d.0 == m.span.start)
                    || (self.spoken_for(m.span.start)
                        && !self.text[m.span.start..before].contains('\n'))
                    || self.set_off_as_a_speakers_body(m)
                    || self.follows_according_to(m.span.start))
                && (class == "media") == self.is_media_name(m.entity)
                && self.may_be_called(m.entity, &words[words.len() - 1], head_kind, head_trade)
                && !of_another_field(m.entity)
            {
                nearest_body = Some((m.entity, m.span.start));
            }
            if std::mem::replace(&mut seen[m.entity], true) {
                continue;
            }
            let e = &self.names.entities[m.entity];
            if wants_body != self.is_a_body(m.entity) {
                continue;
            }
            // ("The Chinese embassy" is no Chinese ministry: a body's noun
            // that names only a body holding it, as `nearest_body` asks.)
            if wants_body
                && (!self.may_be_called(m.entity, &words[words.len() - 1], head_kind, head_trade)
                    || of_another_field(m.entity))
            {
                continue;
            }
            // ("the princess" is no prince, "the spokeswoman" no man: a
            // description's gender, where it says one, agrees.)
            if !genders_agree(gender, e.gender()) {
                continue;
            }
            // ("the attorney", after "Attorney General Merrick Garland": an
            // office of a word and a "general" after it is neither word
            // alone. A major general is a general: "major" has no class.)
            let head = words[words.len() - 1].lower;
            let general_office = || {
                e.descriptors.windows(2).any(|pair| {
                    pair[1].lower == "general"
                        && (pair[0].lower == head || head == "general")
                        && !modifiers.iter().any(|w| w.lower == pair[0].lower)
                        && self
                            .grammar
                            .class(pair[0].info)
                            .is_some_and(|c| c != "military")
                })
            };
            if !wants_body && general_office() {
                continue;
            }
            // "the Labour leader" is not Labour: a name inside a person's
            // description is the person's party or country, not them; nor
            // is "the Arsenal manager" Arsenal, though "Former Arsenal
            // striker Ian Wright" titled it as a person's name.
            if !wants_body
                && e.tokens
                    .iter()
                    .all(|t| modifiers.iter().any(|w| w.lower == t.lower))
            {
                continue;
            }
            // "the Bills quarterback" is not "Bills coach Sean McDermott",
            // nor "the Arsenal manager" "Arsenal striker Bukayo Saka",
            // though the side's name matches: a side's coach is none of
            // its players.
            if (coach || player) && self.holds_only_the_other_sports_role(e, coach) {
                continue;
            }
            // Whether the article gave the entity party `p`, by any of its
            // words.
            let of_party = |p: &str| e.descriptors.iter().any(|d| party(d.lower) == Some(p));
            // ("The Democratic presidential candidate" is not "Libertarian
            // presidential candidate Gary Johnson": one given another
            // party, whatever else matches.)
            if let Some(named) = party_named
                && e.descriptors.iter().any(|d| party(d.lower).is_some())
                && !of_party(named)
            {
                continue;
            }
            if let Some(state) = &state_named
                && self.of_another_state(m.entity, state)
            {
                continue;
            }
            let describes = |w: &Token| {
                e.descriptors.iter().any(|d| d.lower == w.lower)
                    || (names_a_party && party(w.lower).is_some_and(of_party))
                    || e.tokens.iter().any(|t| t.lower == w.lower)
            };
            let modifier_hits = modifiers.iter().filter(|w| describes(w)).count();
            // The class "organisation" holds every kind of body: "the bank"
            // is a body whose name or description ends in "bank", not any
            // council or ministry; "person" every kind of someone ("the
            // father" is no friend). And a Democrat is no Republican, nor
            // the German the Italian.
            let same_class = |lower: &str, info: WordInfo| match class {
                "organisation" | "partisan" | "person" | "national" => lower == head,
                _ => self.grammar.class(info) == Some(class),
            };
            // (A body's head noun ends its name, or stands before its "of":
            // "the bank" is Bank of America, "the commission" the
            // Commission on Presidential Debates.)
            let body_head = || {
                let before_of = e
                    .tokens
                    .windows(2)
                    .find(|w| matches!(w[1].lower, "of" | "for" | "on"))
                    .map(|w| &w[0]);
                e.tokens
                    .last()
                    .into_iter()
                    .chain(before_of)
                    .any(|t| same_class(t.lower, t.info))
            };
            // ("the prime minister", after "Prime Minister Anthony
            // Albanese" and "Greens leader Adam Bandt": a title of two words
            // is of the class the two make, not only of its last word's.)
            // (Most have no title of two words: looked for first.)
            let titled_in_class = || {
                e.descriptors.iter().any(|d| d.info.starts_phrase())
                    && self
                        .role_classes(m.entity)
                        .any(|(c, phrase)| phrase && c == class)
            };
            // ("the carrier" is Alaska Airlines: a body of the noun's
            // trade.)
            let class_hit = e.descriptors.iter().any(|d| same_class(d.lower, d.info))
                || (wants_body
                    && (body_head()
                        || head_trade.is_some_and(|t| self.same_trade(m.entity, t) == Some(true))))
                || (!wants_body && titled_in_class());
            let class_hit = class_hit
                && office_of_state.as_ref().is_none_or(|office| {
                    !self.leads_only_a_party_or_body(m.entity, office)
                        && !self.holds_another_office_of_state(m.entity, office)
                })
                && !self.another_ministers_initials(m.entity, head);
            // "the chancellor" is the chancellor, not a former chancellor
            // named since, unless no one else fits. (Asked only of a class
            // match: this loop runs for every description.)
            let qualified = || {
                e.descriptors.iter().any(|d| {
                    d.info.is_office_qualifier() && !modifiers.iter().any(|w| w.lower == d.lower)
                })
            };
            // ("the president", after "Vice President JD Vance", or "the
            // chancellor" after the shadow chancellor: a deputy's or a
            // shadow's office is another one, even when no one else fits.)
            let a_deputy = || {
                e.descriptors.iter().any(|d| {
                    is_a_deputys_qualifier(d) && !modifiers.iter().any(|w| w.lower == d.lower)
                })
            };
            // Nor is "the former Fed chair" the chair named in office: a
            // qualifier the description has and the entity's titles lack
            // makes it another office.
            let another_office = || qualified_otherwise(modifiers, &e.descriptors);
            // ("the mayor", after "Gov. JB Pritzker" and "Mayor Brandon
            // Johnson": one of the class, and better one called by the
            // word itself, or by its abbreviation: "Gov." for "the
            // governor".)
            // (And "Rep." for "the congressman", as American news calls
            // a member of the House.)
            let house = |w: &str| {
                matches!(
                    w,
                    "rep" | "representative" | "congressman" | "congresswoman" | "congressmember"
                )
            };
            // (And a title of two words by its initials: `initials`.)
            let called_so = || {
                e.descriptors.iter().any(|d| {
                    (head.starts_with(d.lower) && (d.lower.len() >= 3 || d.lower == head))
                        || (house(head) && house(d.lower))
                        || head_pair.is_some_and(|pair| initials(pair, d.lower))
                }) || (head.len() == 2 && spells_initials(head, &e.descriptors))
            };
            let class_score = match class_hit {
                false => 0,
                true if another_office() || a_deputy() => 0,
                true if qualified() => 2 + usize::from(called_so()),
                true => 4 + usize::from(called_so()),
            };
            let score = 8 * modifier_hits + class_score;
            if score > 0 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, m.entity));
            }
        }
        if let Some((_, e)) = best {
            return Some(e);
        }
        let of_a_trade = head_trade.is_some();
        match nearest_body {
            // "Alaska Airlines said … Boeing said … “…,” the planemaker
            // said": a lone name that spoke after the body was named is
            // what the business's noun means. (A body of the noun's trade,
            // "the carrier", is the best match above.)
            Some((body, at)) => Some(
                self.lone_name_described(words, at + 1..before, names_nothing_named, of_a_trade)
                    .filter(|lone| self.speech_verb_follows(lone.span.end))
                    .map_or(body, |lone| lone.entity),
            ),
            None => match (paragraph_start, nationality) {
                (Some(start), Some(n)) => self
                    .lone_name_described(words, start..before, true, of_a_trade)
                    .filter(|m| !self.of_another_nationality(m.entity, n)),
                _ => self.lone_name_described(words, 0..before, names_nothing_named, of_a_trade),
            }
            .map(|m| m.entity),
        }
    }

    /// The lone name a business's or a movement's noun means when no body
    /// fits: the mention of the lone name of no known kind last named at a
    /// clause's head, starting at a byte of `within`. (`of_a_trade`: the
    /// noun names a trade, "the bank", as the caller looked up.)
    fn lone_name_described(
        &self,
        words: &[Token],
        within: std::ops::Range<usize>,
        names_nothing_named: bool,
        of_a_trade: bool,
    ) -> Option<&Mention> {
        // "Boeing said … “…,” the planemaker said": a business's noun (or
        // a movement's, "Hamas said … the group said"), when no body was
        // named, means the lone name of no known kind
        // last named at a clause's head. (A lone name is no person's
        // first naming, people are named in full first, "Kelly
        // Ortberg"; unless something describes one: "Smith, a former
        // company executive,".)
        // (A side in sport may be named in several words, none a given
        // name: "Manchester United have sacked … the club said".)
        if !names_nothing_named {
            return None;
        }
        let head = words[words.len() - 1].lower;
        let team = self.grammar.is_team_noun(head);
        // (And a trade's noun: "Barclays said … the bank said".)
        let lone_name_noun = self.grammar.is_business_noun(head)
            || self.grammar.is_lone_name_noun(head)
            || team
            || of_a_trade;
        lone_name_noun.then_some(())?;
        self.names
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.start < within.end)
            .take(BODY_REACH)
            .take_while(|m| m.span.start >= within.start)
            .find(|m| {
                let e = &self.names.entities[m.entity];
                // ("Premier League side Burnley": named after a side's noun;
                // the league's words before it describe no one.)
                let after_its_noun = team && self.named_as_a_side(m);
                let descriptors = if after_its_noun {
                    &[][..]
                } else {
                    &e.descriptors[..]
                };
                // (Read as a person's, two capitalised words, but with
                // no given name and no "he" or "she" said of it.)
                // (Nor any title: "Dr. Amir Khan", whose given name the
                // lists lack, is no side.)
                let side = team
                    && !e.tokens.iter().any(|t| is_given_name(t.info))
                    && !descriptors.iter().any(|d| d.info.is_title())
                    && e.kind != EntityKind::Organisation;
                (side || (e.kind == EntityKind::Unknown && e.tokens.len() == 1))
                    && e.gender().is_none()
                    && !descriptors.iter().any(|d| {
                        self.grammar
                            .description_class(d.lower)
                            .is_some_and(|c| !matches!(c, "organisation" | "media"))
                    })
                    && !self.is_media_name(m.entity)
                    && (self.opens_a_clause(m.span.start)
                        || after_its_noun
                        || self.acts_after_by(m.span.start))
                    && !(team && self.names_a_sides_league(m))
            })
    }

    /// "Championship side Hull City have sacked …": a name after a side's
    /// noun is the side's.
    fn named_as_a_side(&self, m: &Mention) -> bool {
        let before = self.text[..m.span.start].trim_end_matches([' ', '\t']);
        let word = before.rsplit([' ', '\t', '\n']).next().unwrap_or_default();
        self.grammar.is_team_noun(word)
    }

    /// "Premier League side Hull City": a name before a side's noun, in
    /// lower case, is the league it plays in, no side.
    fn names_a_sides_league(&self, m: &Mention) -> bool {
        let after = self.text[m.span.end..].trim_start_matches([' ', '\t']);
        let word = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        self.grammar.is_team_noun(word)
    }

    /// Whether a body may be called by the head noun `head` of a
    /// description that names nothing of it: any body by "the company", but
    /// by "the police" only one whose name holds the word, not the weather
    /// service named before; and a body named so, "the Supreme Court", only
    /// by its own noun, not by "the company" (police by "the force", as
    /// British news calls them); nor a business named or described by
    /// another trade's noun (`trade`, the head's: `same_trade`).
    fn may_be_called(
        &self,
        entity: usize,
        head: &Token,
        kind: Option<BodyKind>,
        trade: Option<&str>,
    ) -> bool {
        let words = &self.names.entities[entity].tokens;
        let holds = || words.iter().any(|t| t.lower == head.lower);
        let last = words.last();
        let specific = head.info.is_specific_body_noun()
            || last.is_some_and(|t| t.info.is_specific_body_noun());
        let fits = !specific
            || holds()
            || (head.lower == "force" && last.is_some_and(|t| t.lower == "police"));
        // (A trade's noun, "the bank", is no public body's, "the Financial
        // Conduct Authority", unless its name holds the noun: "the Bank of
        // England".)
        fits && kind.is_none_or(|kind| !self.known_as_another_kind(entity, kind))
            && trade.is_none_or(|trade| {
                self.same_trade(entity, trade) != Some(false)
                    && (holds() || !self.known_as_another_kind(entity, BodyKind::Business))
            })
    }

    /// Whether the entity is of `trade`, the trade a business's noun names,
    /// by its name's words or the descriptions that meant it ("Alaska
    /// Airlines" for "the carrier"), or of another ("the airline" is not
    /// Boeing, called "the planemaker" before); `None` when the entity
    /// names no trade.
    fn same_trade(&self, entity: usize, trade: &str) -> Option<bool> {
        let named = self.names.entities[entity].tokens.iter().map(|t| t.lower);
        let trades = named.chain(self.described_heads(entity));
        let mut any = None;
        for other in trades.filter_map(|w| self.grammar.trade(w).map(|t| t == trade)) {
            if !other {
                return Some(false);
            }
            any = Some(true);
        }
        any
    }

    /// The kind of body a noun names, if it names only one: "the
    /// automaker" a business, "the union" a body that is none.
    fn body_kind(&self, noun: &str) -> Option<BodyKind> {
        if self.grammar.is_business_noun(noun) || names::is_company_suffix(noun) {
            Some(BodyKind::Business)
        } else if self.grammar.is_public_body_noun(noun) {
            Some(BodyKind::Public)
        } else {
            None
        }
    }

    /// Whether a body is known as another kind than `kind`: a business
    /// called "the union" ("Boeing Co. said … the union said"), or a union
    /// "the company". The body is known by its name's last word ("Co.",
    /// "Union") or by a description that meant it ("the Seattle-based
    /// company").
    fn known_as_another_kind(&self, entity: usize, kind: BodyKind) -> bool {
        let name_head = self.names.entities[entity].tokens.last().map(|t| t.lower);
        name_head
            .into_iter()
            .chain(self.described_heads(entity))
            .any(|w| self.body_kind(w).is_some_and(|k| k != kind))
    }

    /// The head nouns, in lower case, of the descriptions that meant
    /// entity `entity` so far ("company" of "the Seattle-based company").
    fn described_heads(&self, entity: usize) -> impl Iterator<Item = &'a str> {
        self.described
            .iter()
            .filter(move |d| d.1 == entity)
            .map(|d| d.2)
    }

    /// Whether entity `e` is a body: its words say so ("Boeing Co.", "the
    /// Labour Party"), or the article names it as one ("the Federal
    /// Reserve").
    fn is_a_body(&self, e: usize) -> bool {
        self.names.entities[e].kind == EntityKind::Organisation || self.named_as_a_body(e)
    }

    /// Whether the article names entity `e` as a body though its words do
    /// not say so: only ever after "the", and with no given name or title
    /// to make it a person ("the Federal Reserve"), so "it", not "he".
    fn named_as_a_body(&self, e: usize) -> bool {
        // (A description that means it, "the central bank", holds its own
        // "the": only names count, `push_name_mention`.)
        let e = &self.names.entities[e];
        !e.named_bare && e.gender().is_none()
    }

    /// Whether the word before byte `at` is "the".
    fn follows_the(&self, at: usize) -> bool {
        without_the(self.text[..at].trim_end_matches([' ', '\t'])).is_some()
    }

    /// Whether the words at byte `at` open a sentence: nothing but spaces
    /// between them and a stop, a closing quote or the line's start.
    fn opens_a_sentence(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '”'])
    }

    /// Whether the words at byte `at` open their sentence's clause past a
    /// phrase set off by a comma that opens on a preposition or a
    /// conjunction: "In a statement read to the court, one widow said".
    fn opens_past_an_opening_phrase(&self, at: usize) -> bool {
        let Some(phrase) = self.text[..at].trim_end().strip_suffix(',') else {
            return false;
        };
        let start = phrase
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '\n' | '"' | '”'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let phrase = &phrase[start..];
        let Some(first) = phrase.split_whitespace().next() else {
            return false;
        };
        // (Not after a name: "When I put that to Dr Amir Sadeghi, a
        // physicist at Imperial College, he laughed" sets the physicist
        // beside the name.)
        let after_a_name = phrase
            .split_whitespace()
            .next_back()
            .is_some_and(|last| last.starts_with(char::is_uppercase));
        let lower = first.to_lowercase();
        !after_a_name && !phrase.contains(',') && opens_a_phrase(&lower, self.grammar.info(&lower))
    }

    /// Whether the article titles `e` only a side's player, when a
    /// description of its coach is resolved (`coach_described`), or only
    /// its coach, when one of a player is.
    fn holds_only_the_other_sports_role(&self, e: &names::Entity, coach_described: bool) -> bool {
        let (mut coach, mut player) = (false, false);
        for d in &e.descriptors {
            coach |= self.grammar.class(d.info) == Some("coach");
            player |= self.grammar.is_player_noun(d.lower);
        }
        match coach_described {
            true => player && !coach,
            false => coach && !player,
        }
    }

    /// Whether a name at byte `at` opens its sentence, after an owner
    /// ("The RMT's Lynch struck a sour note", "Labour's Reeves") or a
    /// conjunction ("But Lynch struck …") at most.
    fn opens_a_sentence_as_subject(&self, at: usize) -> bool {
        let on_the_line = |text: &'a str| text.trim_end_matches([' ', '\t']);
        let mut before = on_the_line(&self.text[..at]);
        let last_word = |text: &'a str| text.rsplit([' ', '\t', '\n']).next().unwrap_or_default();
        let owner = last_word(before);
        if owner.ends_with(['s', 'S']) && owner[..owner.len() - 1].ends_with(['\'', '\u{2019}']) {
            before = on_the_line(&before[..before.len() - owner.len()]);
            before = without_the(before).map_or(before, on_the_line);
        }
        let conjunction = last_word(before);
        if ["but", "and", "yet", "so"]
            .iter()
            .any(|c| conjunction.eq_ignore_ascii_case(c))
        {
            before = on_the_line(&before[..before.len() - conjunction.len()]);
        }
        self.opens_a_sentence(before.len())
    }

    /// Whether a mention at byte `at` opens a sentence or clause (after
    /// "the" at most), and is no object of a preposition: "The Centers for
    /// Disease Control said", not "a spokesperson for the Council said".
    fn opens_a_clause(&self, at: usize) -> bool {
        let on_the_line = |text: &'a str| text.trim_end_matches([' ', '\t']);
        let before = on_the_line(&self.text[..at]);
        // "Shares of Nvidia rose": the clause is about the company.
        let before = without_shares_of(before).map_or(before, on_the_line);
        let before = without_the(before).map_or(before, on_the_line);
        // A paragraph's start opens a clause, even after a headline with
        // no stop; so do a dateline's dash ("WASHINGTON — Boeing …") and a
        // speech verb or "that" ("said Boeing had", "said that Boeing had").
        // (Not the one told or asked: "the midfielder told MUTV".)
        let reported = || {
            let word = before.rsplit(' ').next().unwrap_or_default();
            let info = self.grammar.info(word);
            word == "that"
                || (info.is_speech_verb()
                    && !matches!(self.grammar.lemma(info), Some("tell" | "ask")))
        };
        // ("SEATTLE (Reuters) - Boeing", "SEATTLE -- Boeing": hyphens set
        // off by spaces are a dash.)
        let hyphens = || {
            let rest = before.trim_end_matches('-');
            rest.len() < before.len() && rest.ends_with(' ')
        };
        before.is_empty()
            || before.ends_with('\n')
            || before
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ',', ':', ';', '—', '–'])
            || hyphens()
            || reported()
    }

    /// Whether a mention at byte `at` is the body a clause's spokesperson
    /// speaks for: "A spokesperson for CenterPoint Energy said", "The
    /// spokesman for the Council said".
    fn spoken_for(&self, at: usize) -> bool {
        let on_the_line = |text: &'a str| text.trim_end_matches([' ', '\t']);
        let Some(rest) = self
            .text_before_name(at)
            .strip_suffix("for")
            .map(on_the_line)
        else {
            return false;
        };
        let word = rest.rsplit([' ', '\t', '\n']).next().unwrap_or_default();
        let article = on_the_line(&rest[..rest.len() - word.len()]);
        let article_at = article.rfind([' ', '\t', '\n']).map_or(0, |k| k + 1);
        self.grammar.description_class(&word.to_lowercase()) == Some("spokesperson")
            && matches!(
                &article[article_at..],
                "a" | "A" | "an" | "An" | "the" | "The"
            )
            && self.opens_a_clause(article_at)
    }

    /// Whether a mention at byte `at` follows "according to" (perhaps with
    /// "the"): a source, which says what the sentence says.
    fn follows_according_to(&self, at: usize) -> bool {
        self.text_before_name(at)
            .strip_suffix("to")
            .map(|rest| rest.trim_end_matches([' ', '\t']))
            .and_then(|rest| {
                rest.strip_suffix("according")
                    .or_else(|| rest.strip_suffix("According"))
            })
            .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
    }

    /// Whether the name at byte `at` acts in a passive, after "by": "Royal
    /// Mail has been fined by Ofcom", as much the clause's body as one
    /// opening it.
    fn acts_after_by(&self, at: usize) -> bool {
        self.text_before_name(at)
            .strip_suffix("by")
            .is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
    }

    /// Whether mention `m` is the body of the person named just before it,
    /// set off by commas before a verb of speech: "Det Insp Sarah Holt, of
    /// West Yorkshire Police, said". Such a body is named as the speaker's,
    /// as a spokesperson's is (`spoken_for`).
    fn set_off_as_a_speakers_body(&self, m: &Mention) -> bool {
        let Some(person_end) = self
            .text_before_name(m.span.start)
            .strip_suffix("of")
            .and_then(|rest| rest.trim_end_matches([' ', '\t']).strip_suffix(','))
            .map(str::len)
        else {
            return false;
        };
        // (The verb last: it lowercases a word.)
        self.names
            .mentions_before(person_end)
            .last()
            .is_some_and(|person| {
                person.span.end == person_end
                    && self.names.entities[person.entity].kind == EntityKind::Person
            })
            && self.text[m.span.end..].starts_with(',')
            && self.speech_verb_follows(m.span.end + 1)
    }

    /// The text before a name at byte `at`, without the spaces and the
    /// "the" that may stand right before it.
    fn text_before_name(&self, at: usize) -> &'a str {
        let before = self.text[..at].trim_end_matches([' ', '\t']);
        without_the(before).map_or(before, |b| b.trim_end_matches([' ', '\t']))
    }

    /// "the Prince of Wales", "the Duchess of Sussex" at `i`: "the", a title
    /// of the grammar's royal class and "of" a place. Returns the title and
    /// where the style ends.
    fn royal_style_at<'t>(&self, tokens: &[Token<'t>], i: usize) -> Option<(&'t str, usize)> {
        let [the, title, of, place, ..] = tokens.get(i..)? else {
            return None;
        };
        let royal = title.capital && self.grammar.class(title.info) == Some("royal");
        if the.lower != "the" || !royal || of.lower != "of" || !is_name_word(place) {
            return None;
        }
        let end = name_run_at(tokens, i + 3)?;
        Some((title.lower, end))
    }

    /// The longest description noun, of up to three words, that `words`
    /// end with: its length and class ("the South African": 2, "national").
    fn last_head_class(&self, words: &[Token]) -> Option<(usize, &'a str)> {
        (1..=3.min(words.len())).rev().find_map(|n| {
            let head = &words[words.len() - n..];
            self.head_class(head).map(|c| (n, c))
        })
    }

    /// The description class of the words `head` ("leader", "head of
    /// state"), joining them only when the grammar has phrases that start so.
    fn head_class(&self, head: &[Token]) -> Option<&'a str> {
        match head {
            [one] => self.grammar.class(one.info),
            [first, ..] if first.info.starts_phrase() => {
                let words: Vec<&str> = head.iter().map(|t| t.lower).collect();
                self.grammar.description_class(&words.join(" "))
            }
            _ => None,
        }
    }

    /// Where each quote stands in its sentence.
    pub fn contexts(&self, quotes: &[FoundQuote]) -> Vec<QuoteContext> {
        (0..quotes.len())
            .map(|qi| {
                let para = &self.paras[quotes[qi].paragraph];
                let Some(q) = self.quote_token[qi] else {
                    return QuoteContext::nested(self.text, quotes[qi].outer.start);
                };
                let start = para.sentence_of(q).start.max(q.saturating_sub(WINDOW));
                let tokens = &para.tokens;
                QuoteContext {
                    // (A paragraph ending in a colon introduces it: "Trump
                    // posted on Truth Social: ¶ “WE ARE WINNING BIG!”".)
                    alone: quotes[qi].paragraph > 0
                        && tokens.iter().all(|t| t.kind != TokenKind::Word)
                        && !self.paras[quotes[qi].paragraph - 1]
                            .tokens
                            .last()
                            .is_some_and(|t| t.is_punct(':')),
                    before_a_role: tokens
                        .get(q + 1)
                        .is_some_and(|t| t.is_word() && !t.capital && self.is_person_noun(t))
                        && tokens.get(q + 2).is_some_and(is_name_word),
                    ..QuoteContext::of(tokens, q, start)
                }
            })
            .collect()
    }

    /// Attributes every quote. Returns one attribution per quote, in order.
    pub fn attribute(
        mut self,
        quotes: &[FoundQuote],
    ) -> (Vec<Attribution>, Vec<names::Entity<'a>>) {
        let mut out = vec![Attribution::default(); quotes.len()];
        for p in 0..self.paras.len() {
            for qi in self.paras[p].quotes.clone() {
                let attribution = self.attribute_one(p, qi, quotes, &out);
                if let (Some(m), Some(e)) =
                    (attribution.mention, self.entity_of_speaker(&attribution))
                {
                    // (Where they were named last, when that is past the
                    // mention: "Her boyfriend, Chiefs tight end Travis
                    // Kelce, said", not at "Her boyfriend", before the team.)
                    let quote_start = quotes[qi].span.start;
                    let named = self
                        .names
                        .mentions_before(quote_start)
                        .iter()
                        .rev()
                        .find(|n| n.entity == e)
                        .map_or(m.start, |n| n.span.start.max(m.start));
                    self.said_by.push(SaidBy {
                        at: named,
                        entity: e,
                        mention: m,
                    });
                    // "Trump said in a statement": the statement is his.
                    if let Some(noun) = attribution
                        .channel
                        .as_deref()
                        .and_then(|c| c.rsplit(' ').next())
                        .and_then(|noun| self.grammar.document_noun(&noun.to_lowercase()))
                    {
                        self.documents.push((m.start, e, noun));
                    }
                } else if let Some(m) = attribution.mention
                    && attribution.speaker.is_none()
                {
                    // Tokens are in order: the mention's words are found by
                    // halving, not by reading the paragraph.
                    let tokens = &self.paras[p].tokens;
                    let from = tokens.partition_point(|t| t.span.start < m.start);
                    let to = tokens.partition_point(|t| t.span.start < m.end);
                    let words = tokens[from..to].iter().filter(|t| t.span.end <= m.end);
                    if !words.clone().any(|t| t.info.pronoun().is_some())
                        && let Some(last) = words.clone().next_back()
                    {
                        // ("her publicist": the owner's gender is not theirs.)
                        let gender = gender_of(
                            words
                                .filter(|t| !t.info.is_possessive_determiner())
                                .map(|t| t.info),
                        );
                        self.unnamed_people.push(Unnamed {
                            at: m.start,
                            gender,
                            noun: last.lower,
                            opens_sentence: self.opens_a_sentence(m.start),
                        });
                    }
                }
                out[qi] = attribution;
            }
        }
        // `"A. "B," Putin said`: a quote with nothing but punctuation between
        // it and an attributed quote after it shares that quote's speaker.
        let top: Vec<usize> = (0..quotes.len())
            .filter(|&i| quotes[i].depth == 0)
            .collect();
        for pair in top.windows(2).rev() {
            let (qi, next) = (pair[0], pair[1]);
            if out[qi].source.is_some()
                || out[next].source.is_none()
                || quotes[qi].paragraph != quotes[next].paragraph
            {
                continue;
            }
            let para = &self.paras[quotes[qi].paragraph];
            let tokens = &para.tokens;
            let at = |i: usize| self.quote_token[i];
            if let (Some(a), Some(b)) = (at(qi), at(next))
                && tokens[a + 1..b].iter().all(|t| t.kind == TokenKind::Punct)
            {
                out[qi] = Attribution {
                    source: Some(Source::Continuation),
                    ..out[next].clone()
                };
            }
        }
        // "“… ¶ “…,” Bass said": a quotation that runs on over paragraphs is
        // signed where it ends; its first paragraphs, with no attribution of
        // their own, are the same speaker's. (So are they when only the
        // paragraph before named someone: the signature says who and how.
        // Or when it only went on from the last quote of the paragraph
        // before: "“…,” Becker said. ¶ “… ¶ “…,” Ruiz said.")
        for pair in top.windows(2).rev() {
            let (qi, next) = (pair[0], pair[1]);
            let opens_its_paragraph = qi == 0 || quotes[qi - 1].paragraph != quotes[qi].paragraph;
            let unsigned = match out[qi].source {
                None => true,
                Some(Source::LeadIn) => out[next].source != Some(Source::LeadIn),
                Some(Source::Continuation) => quotes[qi].continues || opens_its_paragraph,
                _ => false,
            };
            if unsigned
                && quotes[qi].runs_on
                && quotes[next].continues
                && out[next].source.is_some()
            {
                out[qi] = Attribution {
                    source: Some(Source::Continuation),
                    ..out[next].clone()
                };
            }
        }
        // "'No return to austerity' promised in budget ¶ … Starmer said there
        // would be “no return to austerity”": a headline's quote that no rule
        // attributed is the speaker's whose quote in the body holds its
        // words (two or more: one is a scare quote's). (Not in Title Case,
        // where a quote is as often a term: "Popular Website Shows Bias
        // When 'Fact-Checking'".)
        if top.first().is_some_and(|&qi| quotes[qi].paragraph == 0)
            && self.is_headline(0)
            && !self.title_case[0]
        {
            let words_of = |qi: usize| {
                let span = quotes[qi].span;
                lowercase_words(&self.text[span.start..span.end])
            };
            for qi in top
                .iter()
                .copied()
                .take_while(|&qi| quotes[qi].paragraph == 0)
            {
                let words = words_of(qi);
                if out[qi].source.is_some() || words.len() < 2 {
                    continue;
                }
                let repeated = top
                    .iter()
                    .copied()
                    .filter(|&other| quotes[other].paragraph > 0 && out[other].speaker.is_some())
                    .find(|&other| words_of(other).windows(words.len()).any(|w| w == words));
                if let Some(other) = repeated {
                    out[qi] = Attribution {
                        source: Some(Source::Repeated),
                        ..out[other].clone()
                    };
                }
            }
        }
        // A quote inside a quote: see `nested_speaker`. Quotes are in order
        // of start, so the top-level quote that can hold a nested one is the
        // last top-level quote before it.
        let mut last_top = None;
        for qi in 0..quotes.len() {
            if quotes[qi].depth == 0 {
                last_top = Some(qi);
                continue;
            }
            let inner = quotes[qi].span;
            let Some(outer) = last_top.filter(|&o| {
                quotes[o].outer.start <= inner.start && inner.end <= quotes[o].outer.end
            }) else {
                continue;
            };
            match self.nested_speaker(quotes[outer].span.start, quotes[qi].outer.start) {
                // (Words quoted inside words are what the outer speaker
                // reports, said on another occasion if at all ("I said,
                // ‘Baby, they don't’"): the outer quote's medium carried
                // them only as reported, so they take none.)
                Nested::Outer if out[outer].source.is_some() => {
                    out[qi] = Attribution {
                        source: Some(Source::Continuation),
                        channel: None,
                        ..out[outer].clone()
                    };
                }
                Nested::Named(entity, mention, cue) => {
                    out[qi] = Attribution {
                        speaker: Some(self.names.entities[entity].name.clone()),
                        mention: Some(mention),
                        cue: Some(cue),
                        channel: None,
                        source: Some(Source::Before),
                    };
                }
                _ => {}
            }
        }
        self.headline_quotes_from_body(quotes, &mut out);
        self.labelled_speakers(quotes, &mut out);
        self.carry_channels(quotes, &mut out);
        (out, self.names.entities)
    }

    /// Whether a name the article gives a person starts among tokens
    /// `[start, end)`.
    fn names_a_person_between(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        if start >= end {
            return false;
        }
        let (from, to) = (tokens[start].span.start, tokens[end - 1].span.end);
        let first = self.names.mentions_before(from).len();
        self.names.mentions[first..]
            .iter()
            .take_while(|m| m.span.start < to)
            .any(|m| self.names.entities[m.entity].kind == EntityKind::Person)
    }

    /// Whether the sentence from `start` names a subject of its own before
    /// the quote at `q`: a name or a description, not a pronoun, or any
    /// noun phrase its article opens ("The band played “Born to Run”
    /// twice" is no speaker's going on).
    fn has_a_subject_of_its_own(&self, tokens: &[Token], start: usize, q: usize) -> bool {
        q > start
            && ((matches!(tokens[start].lower, "the" | "a" | "an") && q > start + 2)
                || self
                    .sentence_subject(tokens, start, q)
                    .is_some_and(|f| !matches!(f.who, Who::Pronoun(_))))
    }

    /// "‘We were left to die’: Survivors describe the collapse" ¶ … “We
    /// were left to die,” said Hasan Yilmaz: a headline's quote that names
    /// no one is the speaker's whose words in the body hold it.
    fn headline_quotes_from_body(&self, quotes: &[FoundQuote], out: &mut [Attribution]) {
        let headline = |p: usize| self.is_headline(p);
        let words = |qi: usize| -> Vec<String> {
            let span = quotes[qi].span;
            self.text[span.start..span.end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        for qi in 0..quotes.len() {
            // ("… told the Guardian. ¶ ‘We are still searching’ ¶ “We are
            // still searching the river,” said a coastguard official": a
            // crosshead's quote is the words of the quote after it that
            // holds it, whoever the quote before was.)
            if out[qi].source.is_some() && self.is_a_crosshead(&quotes[qi]) {
                let said = words(qi);
                let body = (said.len() >= 2)
                    .then(|| {
                        (qi + 1..quotes.len()).find(|&b| {
                            quotes[b].paragraph > quotes[qi].paragraph
                                && words(b).windows(said.len()).any(|w| w == said.as_slice())
                        })
                    })
                    .flatten();
                if let Some(b) = body {
                    out[qi] = out[b].clone();
                }
                continue;
            }
            // (Only words the headline gives someone, unnamed: a title or
            // a term it quotes, "Fact-Checking", is nobody's words.)
            if out[qi].speaker.is_some()
                || out[qi].source.is_none()
                || !headline(quotes[qi].paragraph)
            {
                continue;
            }
            let said = words(qi);
            if said.len() < 2 {
                continue;
            }
            let body = (0..quotes.len()).find(|&b| {
                !headline(quotes[b].paragraph)
                    && out[b].speaker.is_some()
                    && words(b).windows(said.len()).any(|w| w == said.as_slice())
            });
            if let Some(b) = body {
                out[qi].speaker = out[b].speaker.clone();
                out[qi].mention = out[b].mention;
            }
        }
    }

    /// Whether a quote is a crosshead, a paragraph of the body that is the
    /// quote alone, with no stop of its own: "‘We are still searching’".
    fn is_a_crosshead(&self, quote: &FoundQuote) -> bool {
        let p = quote.paragraph;
        p > 0
            && p + 1 < self.paras.len()
            && matches!(&self.paras[p].tokens[..], [q] if q.quote().is_some())
            && self.text[quote.span.start..quote.span.end].ends_with(char::is_alphanumeric)
    }

    /// "Paul Mescal spoke to Variety. ¶ Q: How did you prepare? ¶ A: “…”":
    /// the person an interview set out as questions and answers, its first
    /// "Q:" before byte `at`, is with: the person the article names most
    /// before that question (the first named, on a tie). Not someone
    /// quoted there: "“She is brave,” said her editor, Tom Lind".
    fn interviewee_before(&self, at: usize) -> Option<usize> {
        let asked_at = self
            .paras
            .iter()
            .filter_map(|p| p.tokens.first())
            .map(|t| t.span.start)
            .take_while(|&start| start < at)
            .find(|&start| self.text[start..].starts_with("Q:"))?;
        self.interviewee_asked_at(asked_at)
    }

    /// The person an interview whose first question is at byte `asked_at`
    /// is with (`interviewee_before`).
    fn interviewee_asked_at(&self, asked_at: usize) -> Option<usize> {
        let quoted = |e: usize| {
            self.said_by
                .iter()
                .any(|s| s.entity == e && s.at < asked_at)
        };
        // Each person's mentions, in the order they were first named.
        let mut named: Vec<(usize, usize)> = Vec::new();
        for m in self.names.mentions_before(asked_at) {
            if self.names.entities[m.entity].kind != EntityKind::Person {
                continue;
            }
            match named.iter_mut().find(|(e, _)| *e == m.entity) {
                Some((_, count)) => *count += 1,
                None => named.push((m.entity, 1)),
            }
        }
        named.retain(|&(e, _)| !quoted(e));
        let most = named.iter().map(|&(_, count)| count).max()?;
        named
            .iter()
            .find(|&&(_, count)| count == most)
            .map(|&(e, _)| e)
    }

    /// "PENCE: Well, look, Hillary Clinton apparently thinks this is an
    /// episode of “Shark Tank.”": in a transcript, a paragraph opens on its
    /// speaker's name in capitals and a colon, and the quotes after the
    /// label that name no one else are that speaker's. A label is taken
    /// when it names a person the article named ("Mike Pence"), or when
    /// it labels two paragraphs or more; not "BREAKING:" nor "UPDATE:".
    fn labelled_speakers(&self, quotes: &[FoundQuote], out: &mut [Attribution]) {
        // Each paragraph's label, read when first asked for (a paragraph
        // of many quotes is read once).
        let mut labels: Vec<Option<Option<Span>>> = vec![None; self.paras.len()];
        let mut label_of = |p: usize| {
            *labels[p].get_or_insert_with(|| {
                self.speaker_label_at(self.paras[p].tokens.first()?.span.start)
            })
        };
        let label_text = |span: Span| &self.text[span.start..span.end];
        for qi in 0..quotes.len() {
            if out[qi].source.is_some() {
                continue;
            }
            let Some(label) = label_of(quotes[qi].paragraph) else {
                continue;
            };
            if label.end >= quotes[qi].outer.start {
                continue;
            }
            let speaker = match self.labelled_person(label_text(label)) {
                Some(e) => self.names.entities[e].name.clone(),
                // (The other paragraphs are read only for a label that
                // names no one.)
                None if (0..self.paras.len())
                    .filter_map(&mut label_of)
                    .filter(|other| label_text(*other) == label_text(label))
                    .nth(1)
                    .is_some() =>
                {
                    title_cased(label_text(label))
                }
                None => continue,
            };
            out[qi] = Attribution {
                speaker: Some(speaker),
                mention: Some(label),
                cue: Some(":".to_owned()),
                channel: None,
                source: Some(Source::Label),
            };
        }
    }

    /// The speaker's label a paragraph opens with at byte `start`, past its
    /// opening marks: one to four words in capitals ("PENCE", "SEN. JOHN
    /// FETTERMAN") before a colon; its span, the colon excluded.
    fn speaker_label_at(&self, start: usize) -> Option<Span> {
        let rest = &self.text[start..];
        // (An opening mark or two, no more: a paragraph of marks alone is
        // no transcript's.)
        let skipped = rest
            .char_indices()
            .take(3)
            .find(|&(_, c)| !matches!(c, '"' | '“' | '‘' | '\'' | '«' | ' '))?
            .0;
        let rest = &rest[skipped..];
        // (Read a character at a time: most paragraphs end the search at
        // their second letter, in lower case.)
        let colon = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’' | ' ')))
            .filter(|&(_, c)| c == ':')?
            .0;
        let label = &rest[..colon];
        let words: Vec<&str> = label.split(' ').collect();
        let a_label = words.len() <= 4
            && label.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && words.iter().all(|w| w.chars().any(char::is_alphabetic))
            && !self.grammar.is_headline_label(&words[0].to_lowercase());
        a_label.then(|| Span::new(start + skipped, start + skipped + colon))
    }

    /// The one person (or name of no known kind) the article named whose
    /// name holds a label's last word: "Mike Pence" for "PENCE", "GOV.
    /// MIKE PENCE".
    fn labelled_person(&self, label: &str) -> Option<usize> {
        let last = label
            .rsplit(' ')
            .next()?
            .trim_end_matches('.')
            .to_lowercase();
        the_only(
            self.names
                .holders_of(&last)
                .filter(|&e| self.names.entities[e].kind != EntityKind::Organisation),
        )
    }

    /// Channels the quote's own sentence does not name. "He tweeted: “…”"
    /// is on Twitter. And a channel named once goes on for the same
    /// speaker: a quote quoted whole that names none takes that of the
    /// quote before it if the same speaker's, in its paragraph or in the
    /// paragraph before when it says it goes on ("“…,” she continued",
    /// "he said"); or else that of the quoteless sentence just before its
    /// own, when that sentence names the speaker or a "he", "she" or
    /// "they" ("In a statement released Tuesday, he decried … ¶ “…,” he
    /// said."). Not to words its sentence says came "later" or "earlier".
    fn carry_channels(&self, quotes: &[FoundQuote], out: &mut [Attribution]) {
        let mut prev: Option<usize> = None;
        for qi in 0..quotes.len() {
            if quotes[qi].depth != 0 {
                continue;
            }
            // A title that names the channel of the quote before ("said on
            // NBC's “Meet the Press.”") is nobody's words: it does not stand
            // between that quote and the next.
            let before = prev;
            let titles_channel =
                before
                    .and_then(|b| out[b].channel.as_deref())
                    .is_some_and(|channel| {
                        let words = self.text[quotes[qi].span.start..quotes[qi].span.end]
                            .trim_end_matches(|c: char| c.is_ascii_punctuation());
                        !words.is_empty() && channel.ends_with(words)
                    });
            if !titles_channel {
                prev = Some(qi);
            }
            let lemma = out[qi]
                .cue
                .as_deref()
                .and_then(|c| self.grammar.speech_lemma(c));
            // "He tweeted Monday afternoon: “…”", "she texted", "he
            // emailed": the verb names the medium.
            // (Over a gathering the words were written during: "poked at
            // Trump during the debate, tweeting, “…”"; not over a medium
            // or an outlet named, "tweeted in a video".)
            let medium = match lemma {
                Some("tweet") => Some("Twitter"),
                Some("text") => Some("text message"),
                Some("email") => Some("email"),
                _ => None,
            };
            let names_no_medium = |channel: &str| {
                channel.split(' ').all(|w| {
                    let info = self.grammar.info(&w.to_lowercase());
                    !info.is_media_noun() && !info.is_outlet()
                })
            };
            if medium.is_some() && out[qi].channel.as_deref().is_none_or(names_no_medium) {
                out[qi].channel = medium.map(str::to_owned);
            }
            let Some(speaker) = out[qi].speaker.clone() else {
                continue;
            };
            let p = quotes[qi].paragraph;
            // Only speech quoted whole goes on; a fragment in the narrative
            // ("criticizing “rumors”") may be from anywhere.
            let whole = self.quote_token[qi].is_some_and(|q| {
                let para = &self.paras[p];
                starts_clause(&para.tokens[para.sentence_of(q).start..q])
            });
            // ("He later told supporters: “…”", "He once said of Frank
            // Sinatra: “…”": words said on another occasion than the one
            // named before.)
            // (Nor "she told the audience": words told to a crowd or a
            // group its sentence names were said to them, as were words
            // told to a body by name, "he told the Senate Judiciary
            // Committee"; "he told the host" goes on with the interview.)
            let another_occasion = self.quote_token[qi].is_some_and(|q| {
                let para = &self.paras[p];
                let sentence = &para.tokens[para.sentence_of(q)];
                let a_body = |k: usize| {
                    sentence[k].capital
                        && name_run_at(sentence, k).is_some_and(|end| {
                            sentence[k..end]
                                .iter()
                                .any(|t| t.info.is_organisation_head())
                        })
                };
                let told_a_group = lemma == Some("tell")
                    && sentence.windows(3).enumerate().any(|(k, w)| {
                        let at = past_the(sentence, k + 1);
                        let listener = &sentence[at];
                        w[0].info.is_speech_verb()
                            && self.grammar.lemma(w[0].info) == Some("tell")
                            && (self.grammar.description_class(listener.lower) == Some("group")
                                || listener.info.is_plural_description()
                                || a_body(at))
                    });
                // ("“…,” the judge said from the bench", after her written
                // ruling: words said from a place of speaking.)
                let from_a_platform = sentence.windows(3).any(|w| {
                    w[0].lower == "from"
                        && w[1].lower == "the"
                        && matches!(
                            w[2].lower,
                            "bench"
                                | "podium"
                                | "pulpit"
                                | "dais"
                                | "lectern"
                                | "stage"
                                | "balcony"
                        )
                });
                // ("Speaking at the company's annual meeting, he told
                // shareholders: “…”": a sentence that opens on the
                // gathering or the audience the words were for names its
                // own occasion; not on a place, "Speaking in Liverpool".)
                let opens_on_its_occasion = match sentence {
                    [first, ..] if first.lower == "addressing" => true,
                    [first, second, ..] => {
                        first.lower == "speaking"
                            && matches!(second.lower, "at" | "to" | "during" | "before")
                    }
                    _ => false,
                };
                told_a_group
                    || from_a_platform
                    || opens_on_its_occasion
                    || sentence.iter().any(|t| {
                        matches!(
                            t.lower,
                            "later"
                                | "earlier"
                                | "afterwards"
                                | "afterward"
                                | "subsequently"
                                | "once"
                                | "previously"
                        )
                    })
            });
            // ("“…,” Akin said, citing a “tremendous outpouring of
            // support”": a fragment in the sentence of the whole quote
            // before goes on with it.)
            let in_the_sentence_before = || {
                before.is_some_and(|b| {
                    let para = &self.paras[p];
                    quotes[b].paragraph == p
                        && self.quote_token[b]
                            .zip(self.quote_token[qi])
                            .is_some_and(|(b, q)| {
                                let sentence = para.sentence_of(b);
                                sentence == para.sentence_of(q)
                                    && starts_clause(&para.tokens[sentence.start..b])
                            })
                })
            };
            if out[qi].channel.is_some() || !(whole || in_the_sentence_before()) || another_occasion
            {
                continue;
            }
            // The paragraph after goes on only where it says so: a pronoun
            // or "continued", "added"; or where the quotation itself runs
            // on into it (`from_quote`).
            let goes_on = || {
                // (Or a description that points back as a pronoun does:
                // "“…,” the singer wrote".)
                let pronoun = out[qi].mention.is_some_and(|m| {
                    let words = self.text[m.start..m.end].to_lowercase();
                    matches!(words.as_str(), "he" | "she" | "they" | "it")
                        || words.starts_with("the ")
                });
                // ("“…,” says Perry" in the present tense narrates what
                // the paragraph before named: an ad, a video, an interview.)
                let present = out[qi]
                    .cue
                    .as_deref()
                    .is_some_and(|c| c.ends_with('s') && lemma.is_some_and(|l| l != c));
                pronoun || present || matches!(lemma, Some("continue" | "add"))
            };
            // ("In an op-ed, Summers warned … ¶ “…,” Summers wrote": words
            // written go on in the document named, or on the platform:
            // "Posting on Facebook, Mary Cheney wrote: “…” ¶ “…,” Mary
            // Cheney wrote".)
            let written_in = |channel: &str| {
                let platform = || {
                    channel.split(' ').all(|w| {
                        w.starts_with(char::is_uppercase)
                            && self.grammar.info(&w.to_lowercase()).is_media_noun()
                    })
                };
                lemma == Some("write")
                    && (channel
                        .split(' ')
                        .any(|w| self.grammar.document_noun(&w.to_lowercase()).is_some())
                        || platform())
            };
            // ("His letter calls the closure “…” ¶ “…,” Rivera says": what
            // the document said, its writer goes on to say in person; only
            // words written go on in it.)
            // (The document may go on: "“…,” it added".)
            let a_document = |a: &Attribution| {
                a.mention.is_some_and(|m| {
                    let mention = self.text[m.start..m.end].to_lowercase();
                    let last = mention.rsplit(' ').next().unwrap_or_default();
                    mention == "it" || self.grammar.document_noun(last).is_some()
                })
            };
            let from_quote = before
                .filter(|&b| {
                    out[b].speaker.as_deref() == Some(speaker.as_str())
                        && (!a_document(&out[b]) || a_document(&out[qi]) || lemma == Some("write"))
                        && (!self.said_by_many(&out[b]) || self.said_by_many(&out[qi]))
                        && (p == quotes[b].paragraph
                            || (p == quotes[b].paragraph + 1
                                && (goes_on()
                                    || (quotes[b].runs_on && quotes[qi].continues)
                                    || out[b].channel.as_deref().is_some_and(written_in))))
                })
                .and_then(|b| out[b].channel.clone());
            // (A sentence of its own before it names the medium nearer:
            // "She appeared on BBC Radio 4. “…,” she said", after a quote
            // she gave another.)
            out[qi].channel = self.sentence_before_channel(qi, p, &speaker).or(from_quote);
        }
    }

    /// The outlet named after "asked by" or "question from" at `i`, the
    /// quote `q` not inside it.
    fn outlet_that_asked(
        &self,
        tokens: &[Token],
        i: usize,
        q: usize,
        end: usize,
    ) -> Option<String> {
        let preposition = if tokens[i].lower == "asked" {
            "by"
        } else {
            "from"
        };
        if tokens.get(i + 1)?.lower != preposition {
            return None;
        }
        let name = past_the(tokens, i + 2);
        let run_end = tokens.get(name).and_then(|_| name_run_at(tokens, name))?;
        let outlet = run_end <= end
            && (q < i || q >= run_end)
            && tokens[name..run_end].iter().any(|w| w.info.is_outlet());
        // ("Asked by CNN's Kaitlan Collins": the outlet whose reporter
        // asked.)
        match tokens[run_end - 1].possessive {
            false => outlet.then(|| self.phrase(tokens, name, run_end)),
            true => (outlet && tokens.get(run_end).is_some_and(is_name_word))
                .then(|| self.owner_phrase(tokens, name, run_end)),
        }
    }

    /// Whether an attribution's mention is of several people ("they", "the
    /// two leaders"): their joint statement is not the one member's its
    /// speaker names, so it goes on only while they speak together.
    fn said_by_many(&self, a: &Attribution) -> bool {
        let Some(m) = a.mention else {
            return false;
        };
        let words: Vec<String> = self.text[m.start..m.end]
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        (1..=2.min(words.len())).any(|n| {
            let phrase = words[words.len() - n..].join(" ");
            phrase == "they" || self.grammar.is_plural_description(&phrase)
        })
    }

    /// The channel of the sentence before quote `qi`'s own, in its
    /// paragraph or ending the paragraph before, when that sentence holds
    /// no quote and names `speaker` or a "he", "she" or "they". A paragraph
    /// before with no quote at all may name it in an earlier sentence that
    /// opens on it: "In a strong statement issued Friday night, Sen.
    /// Dianne Feinstein joined … Feinstein is a ranking member … ¶ “…,”
    /// Feinstein said." (Not "to participate in media interviews" inside
    /// a sentence, which is anyone's.)
    fn sentence_before_channel(&self, qi: usize, p: usize, speaker: &str) -> Option<String> {
        let q = self.quote_token[qi]?;
        let para = &self.paras[p];
        let own = para.sentence_of(q);
        if own.start > 0 {
            let range = quoteless_sentence_before(&para.tokens, own.start)?;
            return self.channel_of_sentence(&para.tokens, range, speaker);
        }
        let (prev, _) = self.quoteless_last_sentence_before(p)?;
        let quoteless = prev.tokens.iter().all(|t| t.quote().is_none());
        let opens_on_channel = |range: &Range<usize>| {
            prev.tokens
                .get(range.start)
                .is_some_and(|t| t.info.is_channel_preposition())
        };
        prev.sentences
            .iter()
            .rev()
            .enumerate()
            .filter(|&(k, range)| k == 0 || (quoteless && opens_on_channel(range)))
            .find_map(|(_, range)| self.channel_of_sentence(&prev.tokens, range.clone(), speaker))
    }

    /// The channel a quoteless sentence names, when it names `speaker` or
    /// a "he", "she" or "they".
    fn channel_of_sentence(
        &self,
        tokens: &[Token],
        range: Range<usize>,
        speaker: &str,
    ) -> Option<String> {
        let (from, to) = (
            tokens.get(range.start)?.span.start,
            tokens.get(range.end.checked_sub(1)?)?.span.end,
        );
        // (Mentions are in reading order.)
        let mentions = &self.names.mentions;
        let first = mentions.partition_point(|m| m.span.start < from);
        // (Not a pronoun in reported words, right after "that" or a speech
        // verb: "strategists said in a note that they expect" names the
        // strategists.)
        let reported_word = |k: usize| {
            k > range.start
                && (tokens[k - 1].lower == "that" || tokens[k - 1].info.is_speech_verb())
        };
        let names_speaker = mentions[first..]
            .iter()
            .take_while(|m| m.span.start < to)
            .any(|m| m.span.end <= to && self.names.entities[m.entity].name == speaker)
            || (range.start..range.end).any(|k| {
                matches!(
                    tokens[k].info.pronoun(),
                    Some(PronounKind::Singular | PronounKind::Plural)
                ) && !reported_word(k)
            });
        // (Or one that owns: "The star shared the news with her Instagram
        // followers". Looked for only where nothing else names them.)
        let owner = match names_speaker {
            true => None,
            false => Some((range.start..range.end).find(|&k| {
                matches!(tokens[k].lower, "his" | "her" | "their") && !reported_word(k)
            })?),
        };
        // ("Peskov declined to comment on a report that Trump had spoken to
        // Putin by phone": a medium in what was said or reported is that
        // speech's, not the speaker's; nor does an owner there name them.)
        let reported = (range.start..range.end)
            .find(|&k| opens_that_clause(tokens, k + 1))
            .unwrap_or(range.end);
        if owner.is_some_and(|k| k >= reported) {
            return None;
        }
        // ("Zelensky warned that the war could last years, in an interview
        // with the AP": a channel set off at the sentence's end, past the
        // words reported, is the speaker's.)
        let set_off_after = || {
            let comma = (reported..range.end)
                .rev()
                .find(|&k| tokens[k].is_punct(','))?;
            let tail = comma + 1..range.end;
            let adjunct = tokens.get(comma + 1)?.info.is_channel_preposition()
                && !tail.clone().any(|v| self.verb_at(tokens, v).is_some());
            adjunct.then(|| self.channel_in(tokens, tail, comma))?
        };
        self.channel_in(tokens, range.start..reported, reported)
            .or_else(set_off_after)
    }

    /// Whose words a quote inside a quote are, from the outer quote's
    /// clause before its opening mark at `open` (the outer quote's words
    /// start at `outer_start`). A person the article named who speaks
    /// there speaks them ("But Maria kept telling me, ‘…’"). Otherwise,
    /// words the outer speaker introduces with a speech verb, a colon or
    /// "is" are the outer speaker's to voice: their own ("And I said,
    /// ‘…’", "and that is ‘categorically false’") or another's as they tell
    /// it ("when your son looks at you and says: ‘…’"). But not what "he"
    /// or "she" said, nor words near another name ("Obama refused to say
    /// the words ‘Radical Islam’"), nor words in scare quotes.
    fn nested_speaker(&self, outer_start: usize, open: usize) -> Nested {
        let inside = &self.text[outer_start.min(open)..open];
        // The clause: from the last stop before the mark.
        let clause_start = inside
            .rfind(['.', '!', '?', ';'])
            .map_or(outer_start, |k| outer_start + k + 1);
        let clause = &self.text[clause_start..open];
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut word_start = None;
        for (k, c) in clause.char_indices().chain([(clause.len(), ' ')]) {
            let in_word = c.is_alphanumeric() || (word_start.is_some() && is_apostrophe(c));
            match (in_word, word_start) {
                (true, None) => word_start = Some(k),
                (false, Some(s)) => {
                    words.push((clause_start + s, &clause[s..k]));
                    word_start = None;
                }
                _ => {}
            }
        }
        let words = &words[words.len().saturating_sub(12)..];
        let speech = |w: &str| self.grammar.speech_lemma(&w.to_lowercase()).is_some();
        // A capitalised word of the names of people the article named:
        // the one person whose name holds it, if only one does.
        let named = |w: &str| {
            if !w.starts_with(char::is_uppercase) {
                return None;
            }
            let lower = w.to_lowercase();
            let mut people = self
                .names
                .holders_of(&lower)
                .filter(|&e| self.names.entities[e].kind == EntityKind::Person);
            let first = people.next()?;
            Some(people.next().is_none().then_some(first))
        };
        // The name, then a speech verb within three words, then at most an
        // object before the mark. (A name with no verb of its own is read
        // past: "I told Maria: ‘…’" is the outer speaker's.)
        if let Some((k, Some(entity))) = words
            .iter()
            .enumerate()
            .rev()
            .find_map(|(k, &(_, w))| named(w).map(|e| (k, e)))
            && let Some(v) = (k + 1..words.len().min(k + 4)).find(|&v| speech(words[v].1))
            && words.len() - v <= 2
        {
            let (at, name) = words[k];
            return Nested::Named(
                entity,
                Span::new(at, at + name.len()),
                words[v].1.to_lowercase(),
            );
        }
        let n = words.len();
        let lower = |k: usize| words[k].1.to_lowercase();
        // The speech verb that introduces the mark: the last word, or the
        // one before an object ("I told him,").
        let object = |k: usize| {
            matches!(
                lower(k).as_str(),
                "me" | "him" | "her" | "us" | "them" | "you"
            )
        };
        // ("I told my colleagues, ‘…’": an audience the verb names.)
        let audience = |k: usize| {
            matches!(lower(k).as_str(), "my" | "our" | "your" | "the")
                && matches!(
                    self.grammar.speech_lemma(&lower(k - 1)),
                    Some("tell" | "ask" | "remind" | "warn" | "urge")
                )
        };
        let verb = (n >= 1 && speech(words[n - 1].1))
            .then(|| n - 1)
            .or_else(|| (n >= 2 && object(n - 1) && speech(words[n - 2].1)).then(|| n - 2))
            .or_else(|| (n >= 3 && audience(n - 2)).then(|| n - 3));
        let introduced = match verb {
            // Its subject is the outer speaker: "I", "we", or none of its
            // own ("and says:", "would say,"; past an aside: "I can, by
            // speaking to them, say,"). Not "he said", "You say", "His
            // people said", "the president saying", "are rated".
            Some(v) => {
                let between =
                    |a: usize, b: usize| &self.text[words[a].0 + words[a].1.len()..words[b].0];
                let mut k = v;
                while k > 0 && lower(k - 1).ends_with("ly") {
                    k -= 1;
                }
                if k > 0 && between(k - 1, k).contains(',') {
                    k = (1..k - 1)
                        .rev()
                        .find(|&j| between(j - 1, j).contains(','))
                        .unwrap_or(0);
                }
                // ("I would say", not "he would say")
                while k > 0
                    && matches!(
                        lower(k - 1).as_str(),
                        "can" | "could" | "would" | "will" | "might" | "may" | "must" | "should"
                    )
                {
                    k -= 1;
                }
                k == 0 || matches!(lower(k - 1).as_str(), "i" | "we" | "and" | "to" | "then")
            }
            // "and that is ‘categorically false’"
            None if n >= 2 && matches!(lower(n - 1).as_str(), "is" | "was") => {
                matches!(lower(n - 2).as_str(), "that" | "this" | "it")
            }
            // "Two words sum it up:", but not what a "he" or "she" put so.
            None => {
                clause.trim_end().ends_with(':')
                    && !words.iter().any(|&(_, w)| {
                        matches!(w.to_lowercase().as_str(), "he" | "she" | "they" | "you")
                    })
            }
        };
        if introduced {
            Nested::Outer
        } else {
            Nested::Unknown
        }
    }

    fn entity_of_speaker(&self, a: &Attribution) -> Option<usize> {
        let name = a.speaker.as_ref()?;
        self.names.entities.iter().position(|e| &e.name == name)
    }

    fn attribute_one(
        &self,
        p: usize,
        qi: usize,
        quotes: &[FoundQuote],
        done: &[Attribution],
    ) -> Attribution {
        let para = &self.paras[p];
        let tokens = &para.tokens;
        let Some(q) = self.quote_token[qi] else {
            return Attribution::default();
        };
        // A nickname inside a name is nobody's words.
        if is_nickname(&tokens[q]) {
            return Attribution::default();
        }
        let window = |r: Range<usize>| r.start.max(q.saturating_sub(WINDOW))..r.end.min(q + WINDOW);
        let sentence = window(para.sentence_of(q));
        let mut channel = self.channel_in(tokens, sentence.clone(), q);
        let pick =
            |found: Option<(Found, String)>, source: Source| found.map(|(f, cue)| (f, cue, source));
        let according = self.according_to(tokens, sentence.clone(), q);
        if let Some((_, Some(ch), _)) = &according
            && channel.is_none()
        {
            channel = Some(ch.clone());
        }
        // `"Why not?" Akin asked.`: a quote ending in ? or ! ends its
        // sentence, but its attribution follows it. (Not one a verb
        // introduced with a colon: "The president responded on Truth
        // Social: “…!” Steven Cheung said …" is the president's.)
        let introduced = || {
            q > sentence.start
                && tokens[q - 1].is_punct(':')
                && (sentence.start..q - 1).any(|v| self.verb_at(tokens, v).is_some())
        };
        let after_limit = if quote_ends_with(self.text, &tokens[q], ['?', '!']) && !introduced() {
            let next = para.sentences.partition_point(|r| r.start <= q);
            para.sentences
                .get(next)
                .map_or(sentence.end, |r| r.end.min(q + WINDOW))
        } else {
            sentence.end
        };
        let after = self.after(tokens, q, after_limit);
        // (And its channel: "“Why not?” Akin asked in an email.")
        if channel.is_none() && after.is_some() && after_limit > sentence.end {
            channel = self.channel_in(tokens, sentence.end..after_limit, q);
        }
        // `"…," Chinese state media reported`: a medium after the quote is
        // its channel when a speaker stands before it.
        // So is a body that gives a readout of a person's words: "Putin
        // told Xi that Russia valued China's “balanced position,” the
        // Kremlin said" is Putin's, through the Kremlin.
        // (So is a name that "reported" it, as only news media do: "Kim
        // Jong Un called the drills “…”, KCNA reported", and whoever it
        // reported, a body too: "Sudan's government rejected the findings,
        // calling them “…”, the state news agency SUNA reported".)
        let reads_out = |f: Found, cue: &str| {
            let reporter = |e: usize| {
                self.names.entities[e].kind != EntityKind::Person
                    && matches!(cue, "reported" | "reports")
            };
            let Who::Entity(e) = f.who else {
                return false;
            };
            let reports = reporter(e);
            (self.is_a_body(e) || reports)
                && self
                    .before(tokens, sentence.start, q)
                    .is_some_and(|(b, _)| {
                        self.names_a_person(b) || (reports && b.who == Who::Description)
                    })
        };
        let (after, after_channel) = match after {
            Some((f, cue))
                if self.is_medium_phrase(tokens, f.start, f.end) || reads_out(f, &cue) =>
            {
                (None, Some((f, cue)))
            }
            other => (other, None),
        };
        if let Some((f, _)) = &after_channel
            && channel.is_none()
        {
            channel = Some(self.phrase(tokens, f.start, f.end));
        }
        let found = pick(self.owned_quote(tokens, q), Source::Before)
            .or_else(|| {
                pick(
                    self.possessed_speech(tokens, sentence.start, q, true),
                    Source::Before,
                )
            })
            .or_else(|| {
                pick(
                    self.passive_agent(tokens, sentence.clone(), q),
                    Source::Before,
                )
            })
            .or_else(|| pick(after, Source::After))
            // "described the talks as “useful”, the RIA news agency quoted
            // spokesman Dmitry Peskov as saying": the one quoted after the
            // words speaks them (the agency is the channel).
            .or_else(|| {
                let quoted = (q + 1..sentence.end)
                    .take_while(|&v| tokens[v].quote().is_none())
                    .find_map(|v| self.quoted_as_saying(tokens, v, sentence.end));
                pick(quoted, Source::After)
            })
            .or_else(|| pick(self.as_put_it(tokens, sentence.clone(), q), Source::After))
            .or_else(|| {
                // ("“Nobody expected this.” That was how Lind put it.": the
                // sentence after a quote that ends its own may say whose.)
                let next = para.sentences.partition_point(|r| r.start <= q);
                let reach = match para.sentences.get(next) {
                    Some(r) if r.start == q + 1 && sentence.end == q + 1 => r.end.min(q + WINDOW),
                    _ => sentence.end,
                };
                pick(
                    self.was_how(tokens, sentence.start..reach, q + 1),
                    Source::After,
                )
            })
            .or_else(|| {
                pick(
                    self.in_the_words_of(tokens, sentence.clone(), q),
                    Source::Before,
                )
            })
            .or_else(|| pick(self.before(tokens, sentence.start, q), Source::Before))
            .or_else(|| pick(self.message_from(para, q), Source::After))
            .or_else(|| {
                pick(
                    according
                        .as_ref()
                        .and_then(|(f, _, cue)| f.map(|f| (f, (*cue).to_owned()))),
                    Source::AccordingTo,
                )
            })
            .or_else(|| {
                pick(
                    self.sentence_end(tokens, q, sentence.end),
                    Source::SentenceEnd,
                )
            })
            // (A signature below names whose the words are more closely
            // than a lead-in: "Here is what they said: ¶ “…” ¶ — UN chief
            // António Guterres".)
            .or_else(|| pick(self.signed_below(p, q), Source::SignedBelow))
            .or_else(|| pick(self.lead_in(p, q), Source::LeadIn))
            .or_else(|| {
                pick(
                    self.previous_sentence(tokens, sentence.start, q),
                    Source::Before,
                )
            })
            .or_else(|| pick(self.name_colon(tokens, sentence.start, q), Source::Before))
            .or_else(|| {
                pick(
                    self.attributed_to(tokens, sentence.start, q),
                    Source::Before,
                )
            })
            .or_else(|| pick(self.colon_name(tokens, sentence.start, q, p), Source::After))
            .or_else(|| {
                // "Mary Cheney: Sister Is 'Dead Wrong' On Gay Marriage": a
                // headline's name and colon sign all that follows.
                let (colon, signer) = self.headline_signer(p, tokens, sentence.start, q)?;
                let signed = tokens[colon + 1..q].iter().all(|t| t.quote().is_none());
                pick(signed.then_some(signer), Source::Before)
            })
            .or_else(|| {
                pick(
                    self.speech_noun_colon(tokens, sentence.start, q),
                    Source::Before,
                )
            })
            .or_else(|| {
                pick(
                    self.short_clause_colon(tokens, sentence.start, q, self.is_headline(p)),
                    Source::Before,
                )
            })
            .or_else(|| pick(self.framed_colon(tokens, sentence.start, q), Source::Before))
            .or_else(|| {
                pick(
                    self.possessed_speech(tokens, sentence.start, q, false),
                    Source::Before,
                )
            })
            .or_else(|| {
                // "Reeves was blunt: the country was “in a mess”": a quote
                // in the clause that a short clause's colon opens.
                let colon = self.colon_before_a_plain_clause(tokens, sentence.start, q)?;
                pick(
                    self.short_clause_colon(tokens, sentence.start, colon + 1, self.is_headline(p)),
                    Source::Before,
                )
            })
            .or_else(|| {
                pick(
                    self.framing_subject(tokens, sentence.start, q),
                    Source::Before,
                )
            })
            .or_else(|| pick(after_channel.clone(), Source::After))
            .or_else(|| {
                pick(
                    self.previous_sentence_subject(tokens, sentence.start, q),
                    Source::Before,
                )
            })
            .or_else(|| pick(self.previous_paragraph_subject(p, q), Source::LeadIn));
        // "“A,” Xi said, and “B,” according to Li Wei": a signature after
        // another quote is that quote's; a person "according to" whom right
        // after this one speaks it.
        let mut found = found;
        // ("Starmer: I will not quit over ‘mistakes’": a headline's "I"
        // after a name and a colon is the name's.)
        if let Some((f, _, Source::Before)) = &found
            && f.who == Who::Pronoun(PronounKind::First)
            && let Some((_, (signer, cue))) =
                self.headline_signer(p, tokens, sentence.start, f.start)
        {
            found = Some((signer, cue, Source::Before));
        }
        // ("Perry TV Ad: …": the medium between a name and its colon.)
        if channel.is_none()
            && let Some((f, cue, Source::Before)) = &found
            && cue == ":"
            && let Some(colon) = (f.end..q).find(|&k| !tokens[k].is_word())
            && colon > f.end
            && tokens[colon].is_punct(':')
            && tokens[f.end..colon].iter().all(|t| t.info.is_media_noun())
        {
            channel = Some(self.phrase(tokens, f.end, colon));
        }
        // ("Inquiry told of ‘culture of fear’", "Residents told: ‘Get
        // out’": a headline's "told" with no one told after it is a
        // passive, its subject the one told.)
        if let Some((f, cue, Source::Before)) = &found
            && cue == "told"
            && self.is_headline(p)
            && tokens.get(f.end).is_some_and(|t| t.lower == "told")
            && tokens.get(f.end + 1).is_some_and(|t| {
                matches!(t.lower, "of" | "to" | "about") || t.is_punct(':') || t.quote().is_some()
            })
        {
            found = None;
        }
        if let Some((f, _, Source::Before)) = found
            && f.start > sentence.start
            && tokens[sentence.start..f.start]
                .iter()
                .rev()
                .take_while(|t| !t.is_word())
                .any(|t| t.quote().is_some())
            && let Some((Some(g), None, cue)) = &according
            && g.start > q
            && (q + 1..g.start)
                .all(|k| !tokens[k].is_word() || matches!(tokens[k].lower, "according" | "to"))
            && self.names_a_person(*g)
        {
            found = Some((*g, (*cue).to_owned(), Source::AccordingTo));
        }
        // "Putin described the talks as “useful,” according to the Kremlin":
        // whoever the article has the words from, when another speaks
        // them, is the channel.
        if let Some((f, _, source)) = &found
            && matches!(source, Source::Before | Source::After)
            && channel.is_none()
            && let Some((Some(relay), None, _)) = &according
            && !matches!((relay.who, f.who), (Who::Entity(a), Who::Entity(b)) if a == b)
            && (relay.end <= f.start || relay.start >= f.end)
        {
            // ("according to a person who was in the room, Quill said":
            // someone unnamed is described up to the phrase's end.)
            let end = match relay.who {
                Who::Description => (relay.end..sentence.end)
                    .find(|&k| !tokens[k].is_word())
                    .unwrap_or(relay.end),
                _ => relay.end,
            };
            channel = Some(self.phrase(tokens, relay.start, end));
        }
        if let Some((f, cue, source)) = found {
            let tokens = match source {
                Source::LeadIn => &self.paras[p - 1].tokens,
                Source::SignedBelow => &self.paras[p + 1].tokens,
                _ => tokens,
            };
            // "In a memo to staff, Dana Whitfield wrote:": the lead-in's
            // channel is the quote's.
            if source == Source::LeadIn && channel.is_none() {
                channel = self.lead_in_channel(p);
            }
            let mention = Span::new(tokens[f.start].span.start, tokens[f.end - 1].span.end);
            let speaker = self.resolve(tokens, f, mention.start);
            let speaker = speaker.map(|s| {
                self.asker_before(qi, quotes, done)
                    .filter(|&asker| asker == s)
                    .and_then(|asker| self.answerer(tokens, f, asker, &cue))
                    .or_else(|| self.replier(tokens, f, &s, &cue, (qi, quotes, done)))
                    .unwrap_or(s)
            });
            // Where the medium a mention ends on starts: after its owner
            // ("Trump's statement"), or with the mention ("The statement").
            let medium_start = (tokens[f.end - 1].info.is_media_noun()
                && !tokens[f.end - 1].possessive)
                .then(|| {
                    (f.start..f.end - 1)
                        .rfind(|&k| tokens[k].possessive)
                        .map_or(f.start, |k| k + 1)
                });
            // "The statement went on: “…”": a document that speaks is the
            // channel of its author's words.
            // ("Trump's statement said": the medium after its owner. Not a
            // medium a person's role is of: "A spokesperson for TikTok
            // said".)
            if channel.is_none()
                && f.who == Who::Description
                && let Some(start) = medium_start
                && !tokens[f.start + 1..f.end].iter().any(|t| {
                    matches!(
                        t.lower,
                        "a" | "an" | "the" | "for" | "of" | "at" | "from" | "with"
                    )
                })
            {
                channel = Some(self.phrase(tokens, start, f.end));
            }
            // A sentence-final "…, the ministry said" is the channel when the
            // speaker was found before the quote; a body's or a medium's,
            // not people's ("…, officials said").
            let body = |g: Found| match g.who {
                Who::Entity(e) => self.is_a_body(e),
                Who::Description => {
                    self.is_medium_phrase(tokens, g.start, g.end)
                        || self
                            .grammar
                            .description_class(tokens[g.end - 1].lower)
                            .is_some_and(|c| matches!(c, "organisation" | "media" | "document"))
                }
                _ => false,
            };
            if source == Source::Before
                && channel.is_none()
                && let Some((g, _)) = self.sentence_end(tokens, q, sentence.end)
                && body(g)
            {
                channel = Some(self.phrase(tokens, g.start, g.end));
            }
            // "The Times reports Liz Cheney …, saying “…”": the medium that
            // relays her words is their channel.
            if source == Source::Before
                && channel.is_none()
                && let Some(main) = self.sentence_subject(tokens, sentence.start, q)
                && main.start != f.start
                && self.relays(tokens, main, main.end)
            {
                channel = Some(self.phrase(tokens, main.start, main.end));
            }
            // "“…,” reported Reuters", "“…,” the network said": a medium
            // that speaks is not also its own channel. (A document that
            // speaks is: "the statement said".)
            let an_outlet = f.who == Who::Description
                && self.grammar.class(tokens[f.end - 1].info) == Some("media");
            // ("“…,” Trump's statement read", "the company's statement
            // read": the one who speaks is the owner, and the channel the
            // medium after the owner, as for "Trump's statement said".)
            let whole = self.phrase(tokens, f.start, f.end);
            let owned_medium = medium_start
                .filter(|&start| start > f.start)
                .map(|start| self.phrase(tokens, start, f.end));
            if let Some(medium) = owned_medium
                && (channel.as_deref() == Some(&self.text[mention.start..mention.end])
                    || channel.as_ref() == Some(&whole))
            {
                channel = Some(medium);
            } else if channel.as_deref() == Some(&self.text[mention.start..mention.end])
                || (an_outlet && channel.as_ref() == Some(&whole))
            {
                channel = None;
            }
            return Attribution {
                speaker,
                mention: Some(mention),
                cue: Some(cue),
                channel,
                source: Some(source),
            };
        }
        // "according to a poll": a document cited and no one named in it, not the
        // speaker before.
        if let Some((None, Some(cited), cue)) = according
            && channel.as_ref() == Some(&cited)
        {
            return Attribution {
                cue: Some(cue.to_owned()),
                channel,
                source: Some(Source::AccordingTo),
                ..Attribution::default()
            };
        }
        // A paragraph that is nothing but a quote (asked below twice).
        let p = quotes[qi].paragraph;
        let alone = q == 0 && tokens.iter().all(|t| !t.is_word());
        // A quote with no attribution of its own continues the one before it.
        let previous = (0..qi)
            .rev()
            .find(|&p| quotes[p].depth == 0 && !self.is_nickname_quote(p, quotes))
            .filter(|&prev| {
                let same_para = quotes[prev].paragraph == quotes[qi].paragraph;
                let opens_para = q == 0 && quotes[prev].paragraph + 1 == quotes[qi].paragraph;
                // (Not when a verb after the quote says whose it is, though
                // its subject is not understood: "“…,” one Sydney tradie
                // told 2GB.")
                // (Nor when a person is named after it in its sentence, by
                // a verb the grammar does not know: "«…», a déclaré
                // Emmanuel Macron.")
                let signed_after = (q + 1..sentence.end).any(|v| self.verb_at(tokens, v).is_some())
                    || self.names_a_person_between(tokens, q + 1, sentence.end);
                let prev_ends_para = opens_para
                    && !signed_after
                    && self.paras[quotes[prev].paragraph]
                        .tokens
                        .last()
                        .and_then(Token::quote)
                        == Some(prev);
                // A paragraph that is nothing but a quote goes on from the one before.
                let quote_only = opens_para && alone;
                // ("“…,” she said. ¶ What about the United States? ¶ “…”":
                // or from the one before an interview's question, asked in
                // a paragraph of its own between the two answers.)
                let answers_question =
                    alone && quotes[prev].paragraph + 2 == p && self.asks_alone(p - 1);
                same_para
                    || quotes[qi].continues
                    || prev_ends_para
                    || quote_only
                    || answers_question
            });
        if let Some(prev) = previous
            && done[prev].source.is_some()
            && (q == 0
                || tokens[..q].iter().all(|t| t.kind != TokenKind::Word)
                || quotes[prev].paragraph == quotes[qi].paragraph)
            && !self.has_a_subject_of_its_own(tokens, sentence.start, q)
            && !self.object_of_a_later_clause(tokens, sentence.start, q)
        {
            let prev = self
                .turn_in_exchange(qi, prev, quotes, done)
                .unwrap_or(prev);
            return Attribution {
                source: Some(Source::Continuation),
                channel: channel.or_else(|| done[prev].channel.clone()),
                ..done[prev].clone()
            };
        }
        // ("Sarah Miles spoke to The Athletic. ¶ What drew you to Chicago?
        // ¶ “The ambition.”": an interview's first answer, alone in its
        // paragraph after a question asked alone, is the words of the one
        // it is with.)
        let answers_first = alone && p > 0 && self.asks_alone(p - 1);
        if answers_first
            && let Some(asked) = self.paras[p - 1].tokens.first()
            && let Some(e) = self.interviewee_asked_at(asked.span.start)
        {
            return Attribution {
                speaker: Some(self.names.entities[e].name.clone()),
                source: Some(Source::Interviewee),
                channel,
                ..Attribution::default()
            };
        }
        Attribution {
            channel,
            ..Attribution::default()
        }
    }

    /// Whether paragraph `p` is a question and nothing else: it ends on a
    /// question mark and quotes no one ("What about the United States?").
    fn asks_alone(&self, p: usize) -> bool {
        let tokens = &self.paras[p].tokens;
        tokens.last().is_some_and(|t| t.is_punct('?')) && tokens.iter().all(|t| t.quote().is_none())
    }

    /// `a "lawful source of income," as a Homeland Security memo put it`:
    /// the idiom "as X put it", right after the quote or a short phrase
    /// before it (`as The New Yorker put it in an exposé, “the operator”`);
    /// after the quote, "as X said" with any verb of speech.
    fn as_put_it(
        &self,
        tokens: &[Token],
        sentence: Range<usize>,
        q: usize,
    ) -> Option<(Found, String)> {
        let put_it = |a: usize| {
            (a + 2..(a + 9).min(sentence.end.saturating_sub(1)))
                .find(|&p| tokens[p].lower == "put" && tokens[p + 1].lower == "it")
        };
        let as_at = |a: usize| tokens[a].lower == "as";
        // The quote, then at most a comma before "as".
        let after_quote = (q + 1..(q + 3).min(sentence.end))
            .take_while(|&a| !tokens[a].is_word() || as_at(a))
            .find(|&a| as_at(a));
        // "as X put it" and a short phrase, then the quote.
        let before_quote = (q.saturating_sub(16).max(sentence.start)..q)
            .rev()
            .find(|&a| as_at(a))
            .filter(|&a| {
                put_it(a).is_some_and(|p| q.checked_sub(p + 2).is_some_and(|gap| gap <= 8))
                    && tokens[a + 1..q].iter().all(|t| t.quote().is_none())
            });
        let a = after_quote.or(before_quote)?;
        // (After the quote, any verb of speech that ends its clause, or
        // whose "it" does: "“…,” as James Carville famously said", "as
        // Trump has called it"; not "as he argued against allowing …", a
        // clause of its own.)
        let ends_clause = |k: usize| tokens.get(k).is_none_or(|t| !t.is_word());
        let (v, cue) = match put_it(a) {
            Some(p) => (p, "put it".to_owned()),
            None if after_quote == Some(a) => {
                let v = (a + 2..(a + 8).min(sentence.end))
                    .take_while(|&v| tokens[v].is_word())
                    .find(|&v| self.verb_at(tokens, v).is_some())?;
                // (Not "as Trump spoke", a time: someone else's words were
                // heard while he spoke.)
                if matches!(self.verb_at(tokens, v), Some("speak" | "talk")) {
                    return None;
                }
                let after = v + 1 + usize::from(tokens.get(v + 1).is_some_and(|t| t.lower == "it"));
                ends_clause(after).then_some(())?;
                (v, self.cue_at(tokens, v))
            }
            None => return None,
        };
        let f = self.subject_before(tokens, a + 1, v)?;
        // (Titles may stand before the name: "As Mayor Jane Roe put it",
        // "As my colleague Dan Wu put it".)
        (f.start == a + 1
            || tokens[a + 1..f.start].iter().all(|t| {
                matches!(t.lower, "a" | "an" | "the")
                    || t.info.is_possessive_determiner()
                    || t.info.is_title()
                    || t.info.has_description()
            }))
        .then_some((f, cue))
    }

    /// "In the words of Sen. Ada Quill, the bill is “…”", "To quote Barack
    /// Obama, “…”", "In Quill's view, the plan was “…”": an opening phrase
    /// that gives the words to someone.
    fn in_the_words_of(
        &self,
        tokens: &[Token],
        sentence: Range<usize>,
        q: usize,
    ) -> Option<(Found, String)> {
        // ("Or, in the words of Yogi Berra, “…”", "But in the words of
        // …: “…”": a conjunction may open the sentence, and a colon end
        // the phrase.)
        let mut s = sentence.start;
        if tokens.get(s).is_some_and(is_opening_conjunction) {
            s += 1 + usize::from(tokens.get(s + 1).is_some_and(|t| t.is_punct(',')));
        }
        let word = |k: usize| tokens.get(k).filter(|_| k < q).map_or("", |t| t.lower);
        // ("It was, in the words of one diplomat, “…”", "It was, to quote
        // Churchill, “…”": the phrase may be set off inside the sentence
        // too, if no verb after it reports the words: "The plan, in the
        // words of one aide, was dead, Lind said, calling it “…”".)
        if let Some(k) = (s + 1..q).find(|&k| {
            tokens[k - 1].is_punct(',')
                && ((word(k), word(k + 1), word(k + 2), word(k + 3))
                    == ("in", "the", "words", "of")
                    || (word(k), word(k + 1)) == ("to", "quote"))
        }) {
            // (Past the phrase's own words: four, or "to quote"'s two.)
            let after = k + if word(k) == "in" { 4 } else { 2 };
            if (after..q).any(|v| self.verb_at(tokens, v).is_some()) {
                return None;
            }
            s = k;
        }
        let comma = (s..q).find(|&k| tokens[k].is_punct(',') || tokens[k].is_punct(':'))?;
        let (agent, cue) = match (word(s), word(s + 1), word(s + 2), word(s + 3)) {
            ("in", "the", "words", "of") => (s + 4, "in the words of"),
            ("to", "quote", _, _) => (s + 2, "to quote"),
            ("in", ..) => {
                // "In Quill's view", "In his words": the owner.
                let owner = s + 1;
                let pronoun = match tokens[owner].lower {
                    "his" | "her" => Some(PronounKind::Singular),
                    "their" => Some(PronounKind::Plural),
                    _ => None,
                };
                let owner_end = match pronoun {
                    Some(_) => owner + 1,
                    None => name_run_at(tokens, owner)
                        .filter(|&e| e <= comma && tokens[e - 1].possessive)?,
                };
                let noun = tokens.get(owner_end).filter(|_| owner_end + 1 == comma)?;
                if !matches!(noun.lower, "words" | "view" | "opinion" | "telling") {
                    return None;
                }
                let f = self.pronoun_or_name(tokens, pronoun, owner, owner_end)?;
                let words = &self.text[tokens[s].span.start..noun.span.end];
                return Some((f, words.to_owned()));
            }
            _ => return None,
        };
        let f = self.subject_after(tokens, agent, comma)?;
        Some((f, cue.to_owned()))
    }

    /// "“A disaster,” was how former Gov. Bo Lind described it", "“…” is
    /// how she put it", "“No comment,” was all she would say": the subject
    /// after "how" or "all" speaks. Read from token `from`, just after the
    /// quote (or at the start of the paragraph after it).
    fn was_how(
        &self,
        tokens: &[Token],
        sentence: Range<usize>,
        from: usize,
    ) -> Option<(Found, String)> {
        // ("“A historic day” — that was how Schumer described it".)
        let mut j = (from..sentence.end).find(|&k| tokens[k].kind != TokenKind::Punct)?;
        // ("“A disgrace.” That's what Reece James called the refereeing":
        // "is" written into "that".)
        let that =
            matches!(tokens[j].lower, "that" | "this" | "which") && (j > from || tokens[j].capital);
        let contracted = that && tokens[j].possessive;
        if that {
            j += 1;
        }
        // (And "“No comment,” was all the spokesman would say".)
        let start = if contracted {
            j + 1
        } else {
            if !matches!(tokens.get(j)?.lower, "was" | "is") {
                return None;
            }
            j + 2
        };
        if !matches!(tokens.get(start - 1)?.lower, "how" | "all" | "what") {
            return None;
        }
        let v = (start + 1..sentence.end.min(start + 10)).find(|&v| {
            self.verb_at(tokens, v).is_some()
                || (tokens[v].lower == "put" && tokens.get(v + 1).is_some_and(|n| n.lower == "it"))
        })?;
        let f = self.subject_before(tokens, start, v)?;
        let cue = if tokens[v].lower == "put" {
            "put it".to_owned()
        } else {
            self.cue_at(tokens, v)
        };
        (f.start >= start).then_some((f, cue))
    }

    /// "“We will rebuild.” That was the message from Mayor Cy Moss", "“No
    /// comment,” came the reply from Gus Hart", "“Never again.” So said
    /// Dana Whitfield": right after the quote, in its sentence or, when the
    /// quote ends its sentence, in the next, a speech noun and "from", or
    /// "so said", then the speaker's name; or the owner of a speech noun
    /// ("“No way,” was Jeffries's response").
    fn message_from(&self, para: &Para, q: usize) -> Option<(Found, String)> {
        // ("“…” — that was the verdict of …": after a comma or a dash, or
        // a hyphen set as one.)
        let k = (q + 1..para.tokens.len()).find(|&k| !is_delimiter(&para.tokens[k]))?;
        self.message_from_at(para, k)
    }

    /// `message_from`'s reading of the words from token `k` on.
    fn message_from_at(&self, para: &Para, k: usize) -> Option<(Found, String)> {
        let tokens = &para.tokens;
        let limit = para.sentence_of(k).end;
        // ("from Chinese Foreign Ministry spokeswoman Mao Ning": the
        // person after a body's name and a title in lower case.)
        // ("from Brazil's Lula": the one a place's possessive owns.)
        let named = |at: usize| {
            let mut at = past_the(tokens, at);
            let mut run_end = name_run_at(tokens, at).filter(|&e| e <= limit)?;
            if tokens[run_end - 1].possessive
                && let Some(owned_end) = tokens
                    .get(run_end)
                    .and_then(|_| name_run_at(tokens, run_end))
                    .filter(|&e| e <= limit)
            {
                (at, run_end) = (run_end, owned_end);
            }
            self.person_after_title(tokens, run_end, limit)
                .or_else(|| self.found_name(tokens, at, run_end))
        };
        // ("from union leader Sharon Graham on Tuesday", "So said one
        // trader": words in lower case before the name, or someone
        // unnamed; up to a time, "of one senior aide on Wednesday".)
        let described = |at: usize| {
            let end = (at + 1..limit)
                .find(|&k| is_time_adjunct(tokens, k))
                .unwrap_or(limit);
            self.subject_after(tokens, at, end)
        };
        // ("“…” — or so says Janet Yellen": "or" may come first.)
        let so = k + usize::from(tokens[k].lower == "or");
        if tokens.get(so).is_some_and(|t| t.lower == "so")
            && tokens.get(so + 1)?.info.is_speech_verb()
        {
            let f = named(so + 2).or_else(|| described(so + 2))?;
            return Some((f, self.cue_at(tokens, so + 1)));
        }
        // "“No way,” was Hakeem Jeffries's response", "“Never,” came
        // Quill's answer": a speech noun's owner. ("“…” Those were
        // Starmer's words": after a demonstrative too.)
        let verb = match tokens[k].lower {
            "that" | "this" | "those" | "these" => k + 1,
            _ => k,
        };
        let is_verb =
            |t: &Token| matches!(t.lower, "was" | "is" | "were" | "are" | "came" | "comes");
        if tokens.get(verb).is_some_and(is_verb)
            && let Some(end) =
                name_run_at(tokens, verb + 1).filter(|&e| e < limit && tokens[e - 1].possessive)
            && tokens[end].info.is_speech_noun()
        {
            let owner = self.found_name(tokens, verb + 1, end)?;
            return Some((owner, tokens[end].lower.to_owned()));
        }
        // ("“We'll see,” was his only response": or an owner's pronoun, a
        // word or two of how before the noun.)
        if tokens.get(verb).is_some_and(is_verb)
            && let Some(kind) = tokens.get(verb + 1).and_then(|t| match t.lower {
                "his" | "her" => Some(PronounKind::Singular),
                "their" => Some(PronounKind::Plural),
                _ => None,
            })
            && let Some(noun) = (verb + 2..limit.min(verb + 5))
                .take_while(|&j| is_plain_lowercase_word(&tokens[j]) || tokens[j].lower == "only")
                .find(|&j| tokens[j].info.is_speech_noun())
        {
            let owner = Found {
                who: Who::Pronoun(kind),
                start: verb + 1,
                end: verb + 2,
            };
            return Some((owner, tokens[noun].lower.to_owned()));
        }
        // "“Not a chance,” came the reply": an answer from no one named is
        // that of whom the sentence before asked (`the_one_asked`).
        if matches!(tokens[k].lower, "came" | "comes")
            && tokens.get(k + 1).is_some_and(|t| t.lower == "the")
            && let Some(noun) = (k + 2..limit.min(k + 4)).find(|&j| {
                matches!(
                    tokens[j].lower,
                    "reply" | "response" | "answer" | "retort" | "riposte"
                )
            })
            && tokens[k + 2..noun]
                .iter()
                .all(|t| t.is_word() && !t.capital)
            && tokens.get(noun + 1).is_none_or(|t| !t.is_word())
        {
            let answerer = self.the_one_asked(tokens, k)?;
            let f = Found {
                who: Who::Entity(answerer),
                start: k + 1,
                end: noun + 1,
            };
            return Some((f, tokens[noun].lower.to_owned()));
        }
        // ("That was the message", "came the stern reply": only short
        // lowercase words before the noun, the first perhaps capitalised.)
        // ("That was the blunt assessment of one senior aide": "of" as
        // "from", and someone unnamed as well as a name.) ("The words came
        // from …": the noun may come from them.)
        let came = |j: usize| {
            usize::from(
                tokens
                    .get(j)
                    .is_some_and(|t| matches!(t.lower, "came" | "come" | "comes")),
            )
        };
        // ("“Unacceptable” was the word used by EU trade chief Maros
        // Sefcovic": a word, a term or a phrase used by someone.)
        let used_by = |j: usize| {
            matches!(tokens[j].lower, "word" | "term" | "phrase")
                && tokens
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower, "used" | "chosen"))
                && tokens.get(j + 2).is_some_and(|t| t.lower == "by")
        };
        // (Not an opening phrase of the next quote's: "“…” In the words of
        // one critic, she is “…”": `in_the_words_of`. Nor "according to a
        // statement from …": `according_to` reads it.)
        if matches!(tokens[k].lower, "in" | "according") {
            return None;
        }
        let noun = (k..limit.min(k + 6))
            .take_while(|&j| tokens[j].is_word() && (j == k || !tokens[j].capital))
            .find(|&j| {
                used_by(j)
                    || tokens[j].info.is_speech_noun()
                        && tokens
                            .get(j + 1 + came(j + 1))
                            .is_some_and(|t| matches!(t.lower, "from" | "of"))
            })?;
        let from = noun + 1 + if used_by(noun) { 1 } else { came(noun + 1) };
        // (After "of" only someone unnamed: "the assessment of Trump" may
        // be what was assessed; or someone named after their role, "the
        // verdict of former England striker Alan Shearer".)
        let source = named(from + 1).or_else(|| {
            described(from + 1).filter(|f| {
                let role = tokens[from + 1..f.start.max(from + 1)]
                    .iter()
                    .any(|t| t.info.is_title() || t.info.has_description());
                matches!(tokens[from].lower, "from" | "by") || f.who == Who::Description || role
            })
        })?;
        Some((source, tokens[noun].lower.to_owned()))
    }

    /// Who answers a question the paragraph's tokens before `before` ask:
    /// the one named or meant after the last "asked" ("Sunak asked Keir
    /// Starmer", "asked him"), or its subject when passive ("Badenoch was
    /// asked"); else the person last named, as a "he" or "she" would be.
    fn the_one_asked(&self, tokens: &[Token], before: usize) -> Option<usize> {
        let last_named = |at: &Token| {
            self.resolve_pronoun(
                PronounKind::Singular,
                gender_of([at.info]),
                at.span.start,
                &[],
            )
        };
        let Some(asked) = (0..before).rev().find(|&k| tokens[k].lower == "asked") else {
            return last_named(&tokens[before]);
        };
        if asked > 0 && matches!(tokens[asked - 1].lower, "was" | "were" | "is" | "been") {
            return last_named(&tokens[asked]);
        }
        let whom = tokens.get(asked + 1)?;
        if whom.info.pronoun() == Some(PronounKind::Singular) {
            return last_named(whom);
        }
        // ("Asked about the leak, Sunak shrugged": no one after it.)
        name_run_at(tokens, asked + 1)
            .and_then(|end| self.entity_for(tokens, asked + 1, end))
            .or_else(|| last_named(&tokens[before]))
    }

    /// Whether quote `qi` is a nickname inside a name (`Marcia "Cia" Price`).
    fn is_nickname_quote(&self, qi: usize, quotes: &[FoundQuote]) -> bool {
        self.quote_token[qi]
            .is_some_and(|t| is_nickname(&self.paras[quotes[qi].paragraph].tokens[t]))
    }

    /// "“…” — she gestures at the trays — “…”": an action set off by
    /// dashes at `j`, between two parts of one quote, is its speaker's: a
    /// pronoun or a name, then a verb that does not report speech (one that
    /// does is read as any other).
    fn action_beat(&self, tokens: &[Token], j: usize, end: usize) -> Option<(Found, String)> {
        let close = (j + 1..end.min(j + 15)).find(|&k| is_dash(&tokens[k]))?;
        tokens.get(close + 1)?.quote()?;
        let f = match tokens[j].info.pronoun() {
            Some(kind @ (PronounKind::Singular | PronounKind::Plural)) => Found {
                who: Who::Pronoun(kind),
                start: j,
                end: j + 1,
            },
            _ => {
                let run_end = name_run_at(tokens, j).filter(|&e| e < close)?;
                self.found_name(tokens, j, run_end)?
            }
        };
        let verb = &tokens[f.end];
        (f.end < close && verb.is_word() && !verb.capital && self.verb_at(tokens, f.end).is_none())
            .then(|| (f, verb.lower.to_owned()))
    }

    /// The one a dash's signature at `j` names, the line a name alone:
    /// "“…” ― Pamela Padilla". (Or a hyphen typed for the dash: "“…” -
    /// Texas Gov. Greg Abbott".) ("“…” - Conservative leader Kemi
    /// Badenoch", "— UN chief António Guterres": a role in lower case, or a
    /// body's name before a title, may come first, as titles do.)
    fn signature_at(&self, tokens: &[Token], j: usize, end: usize) -> Option<Found> {
        let line_end = (j..end.min(j + 10))
            .find(|&k| !tokens[k].is_word())
            .unwrap_or(end);
        if line_end == j
            || tokens
                .get(line_end)
                .is_some_and(|t| t.kind != TokenKind::Punct && t.quote().is_none())
        {
            return None;
        }
        if let Some(run_end) = name_run_at(tokens, j).filter(|&e| e == line_end)
            && let Some(f) = self.found_name(tokens, j, run_end)
        {
            return Some(f);
        }
        // ("“…” — legal analyst Tim Cole": or a noun for a person just
        // before the name, and its modifiers.)
        let after_a_role = |f: Found| {
            f.start > j
                && (self.is_person_noun(&tokens[f.start - 1])
                    || tokens[f.start - 1].info.is_title())
        };
        self.name_ending_at(tokens, j, line_end).filter(|&f| {
            self.names_a_person(f)
                && (self.names_the_run(tokens, f, j, line_end) || after_a_role(f))
                && tokens[j..f.start].iter().all(|t| !t.info.is_closed_class())
        })
    }

    /// Rule 1: `"…," Putin said`, `"…," said Putin`, `"…," he added`.
    fn after(&self, tokens: &[Token], q: usize, end: usize) -> Option<(Found, String)> {
        // "“…” (Sarah Ng, 19, student)": a person's name in parentheses
        // right after the quote signs it, as a vox pop's line does.
        if tokens.get(q + 1).is_some_and(|t| t.is_punct('('))
            && let Some(run_end) = tokens.get(q + 2).and_then(|_| name_run_at(tokens, q + 2))
            && tokens
                .get(run_end)
                .is_some_and(|t| t.is_punct(',') || t.is_punct(')'))
            && let Some(f) = self.found_name(tokens, q + 2, run_end)
            && self.names_a_person(f)
        {
            return Some((f, "―".to_owned()));
        }
        let mut j = q + 1;
        while j < end
            && tokens[j].kind == TokenKind::Punct
            && matches!(tokens[j].lower, "," | "—" | "–" | "-" | "―")
        {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // "“…” ― Pamela Padilla": a dash and a name alone sign the quote.
        // (Or a hyphen typed for the dash: "“…” - Texas Gov. Greg Abbott".)
        // ("“…” - Conservative leader Kemi Badenoch": a role in lower case
        // may come first, as titles do.)
        if j > q + 1
            && is_dash(&tokens[j - 1])
            && let Some(f) = self.signature_at(tokens, j, end)
        {
            return Some((f, "―".to_owned()));
        }
        // "“…” — she gestures at the trays — “…”": an action set off by
        // dashes between two parts of one quote is its speaker's.
        if j > q + 1
            && is_dash(&tokens[j - 1])
            && let Some(beat) = self.action_beat(tokens, j, end)
        {
            return Some(beat);
        }
        // ("Unions said the plan was “too little” – a charge ministers
        // deny": a clause set off by a dash after a quote its sentence
        // attributed before it comments on the words.)
        let dashed = tokens[q + 1..j].iter().any(is_dash);
        if dashed
            && (0..q)
                .rev()
                .take_while(|&k| !tokens[k].sentence_end)
                .any(|k| self.verb_at(tokens, k).is_some())
        {
            return None;
        }
        // "said Putin", "said the spokesman, Peter Carr"; but a participle
        // never stands before its subject: "“…,” citing a report by the
        // CBO" is the sentence's subject's.
        if self.verb_at(tokens, j).is_some() {
            if tokens[j].lower.ends_with("ing") {
                return None;
            }
            let f = self.inverted_subject(tokens, j, end)?;
            return Some((f, self.cue_at(tokens, j)));
        }
        // "“It was close,” Jane Roe chirped.": a quote handed over by its
        // comma, then a name or "he", "she" or "they" and a past tense that
        // ends the sentence, is theirs, whatever the verb (one the grammar
        // lacks; a verb at `j` was read above).
        let hands_over = self.ends_with_comma(&tokens[q]) || tokens[q + 1].is_punct(',');
        if hands_over {
            let pronoun = tokens[j]
                .info
                .pronoun()
                .filter(|kind| matches!(kind, PronounKind::Singular | PronounKind::Plural));
            // ("“…,” the reporter pressed.": or a short description.)
            let description_end = || {
                matches!(tokens[j].lower, "the" | "a" | "an")
                    .then(|| {
                        (j + 1..end.min(j + 3))
                            .take_while(|&k| tokens[k].is_word() && !tokens[k].capital)
                            .find(|&k| self.is_person_noun(&tokens[k]))
                            .map(|k| k + 1)
                    })
                    .flatten()
            };
            let name_end = name_run_at(tokens, j);
            let described = pronoun.is_none() && name_end.is_none();
            let subject_end = match pronoun {
                Some(_) => Some(j + 1),
                None => name_end.or_else(description_end),
            };
            if let Some(k) = subject_end.filter(|&k| k < end)
                && let verb = &tokens[k]
                && verb.is_word()
                && !verb.capital
                && !verb.info.is_closed_class()
                && is_past_tense(verb)
                && (k + 1 == end || tokens[k + 1].is_punct('.'))
            {
                // (A run that names no one, "MPs", is read below as words
                // of description.)
                let f = match described {
                    true => Some(Found {
                        who: Who::Description,
                        start: j,
                        end: k,
                    }),
                    false => self.pronoun_or_name(tokens, pronoun, j, k),
                };
                if let Some(f) = f {
                    return Some((f, names::printed_word(self.text, verb).to_owned()));
                }
            }
            // ("“It was close,” chirped Jane Roe.": or the past tense first
            // and a name that ends the sentence.)
            let verb = &tokens[j];
            if verb.is_word()
                && !verb.capital
                && !verb.info.is_closed_class()
                && is_past_tense(verb)
                && let Some(k) = name_run_at(tokens, j + 1)
                && (k == end || (k < end && tokens[k].is_punct('.')))
                && let Some(f) = self.pronoun_or_name(tokens, None, j + 1, k)
            {
                return Some((f, names::printed_word(self.text, verb).to_owned()));
            }
        }
        // "Putin said", "Kremlin adviser Yuri Ushakov told reporters"; a
        // participle right after a noun modifies it and attributes nothing
        // ("“…” a Trump tweet attacking her"; but "before asking her", and
        // a name is the participle's subject: "the video showed Tlaib
        // telling supporters").
        let mut v = (j..end.min(j + 30)).find(|&v| self.verb_at(tokens, v).is_some())?;
        // "one engineer, who asked not to be named, told The Verge": the
        // verb of a relative clause set off by commas is not the cue; the
        // one after the clause is.
        // (With no commas, the clause restricts the subject, and the main
        // verb is the next: "a source who asked not to be named said".)
        if v >= j + 2 && matches!(tokens[v - 1].lower, "who" | "which") {
            let close = match tokens[v - 2].is_punct(',') {
                true => (v + 1..end.min(v + 30)).find(|&k| tokens[k].is_punct(',')),
                false => tokens[v - 2].is_word().then_some(v),
            };
            if let Some(close) = close
                && let Some(main) =
                    (close + 1..end.min(close + 30)).find(|&v| self.verb_at(tokens, v).is_some())
            {
                v = main;
            }
        }
        let before_verb = &tokens[v - 1];
        if tokens[v].lower.ends_with("ing")
            && before_verb.is_word()
            && !before_verb.info.is_closed_class()
            && !before_verb.info.may_stand_before_verb()
            && !is_name_word(before_verb)
            && !is_perceived_at(tokens, v - 1)
        {
            // ("“…,” a spokesman speaking on condition of anonymity said":
            // unless it restricts a noun for a person, and the sentence's
            // verb follows its phrase.)
            if !self.modifies_a_person(tokens, v) {
                return None;
            }
            v = (v + 1..end.min(v + 12)).find(|&w| {
                self.verb_at(tokens, w).is_some() && !tokens[w].lower.ends_with("ing")
            })?;
        }
        if tokens[j..v]
            .iter()
            .any(|t| (t.quote().is_some() && !is_nickname(t)) || t.sentence_end)
        {
            return None;
        }
        // ("“…,” Quill was heard telling an aide": the subject stands
        // before the passive.)
        let f = match is_perceived_at(tokens, v - 1) {
            true => {
                let end = self.skip_before_verb(tokens, j, v - 1);
                self.subject_ending_at(tokens, j, end)?
            }
            false => self.subject_before(tokens, j, v)?,
        };
        // "“…,” the video showed Tlaib telling supporters": a name right
        // before its participle speaks, whatever comes between it and a
        // quote whose comma hands over to what follows.
        if hands_over
            && f.end == v
            && tokens[v].lower.ends_with("ing")
            && matches!(f.who, Who::Entity(_))
        {
            return Some((f, self.cue_at(tokens, v)));
        }
        // The subject must stand right after the quote: only the words of
        // its own noun phrase ("Kremlin diplomatic adviser") may come first.
        let prefix = tokens.get(j..f.start)?;
        // Determiners, prepositions inside the phrase ("a statement from the
        // committee") and the commas of an appositive ("the Republican
        // leader, Michael Thibodeau,") may come first; nothing else.
        // ("“…,” his sister, Tanya Hill, told KSTP-TV": an owner's word.)
        let np_word = |t: &Token| match t.kind {
            TokenKind::Word => {
                !t.info.is_closed_class()
                    || t.info.is_possessive_determiner()
                    || matches!(
                        t.lower,
                        "a" | "an" | "the" | "of" | "from" | "for" | "at" | "with" | "in" | "on"
                    )
            }
            TokenKind::Punct => matches!(t.lower, "," | "—" | "–" | "―" | "(" | ")"),
            TokenKind::Quote(_) => false,
        };
        let opens_phrase = prefix.first().is_none_or(|t| {
            t.is_word()
                && (!t.info.is_closed_class()
                    || matches!(t.lower, "a" | "an" | "the")
                    || t.info.is_possessive_determiner())
        });
        // ("“…,” de Blasio said", "von der Leyen told": a surname's
        // particles, which are part of the mention.)
        let particle = tokens[j].lower != "of" && particles_at(tokens, j) == Some(prefix.len());
        // ("“…,” an emotional Eric Adams said": "a" and a few words of
        // how the person was, before the name.)
        // (Or one such word alone, as headlines write it: "“…,” defiant
        // Starmer says".)
        // (Not a noun of words, which the clause after it is about: "“a
        // red wave,” a claim Democrats dismissed as “fantasy.”")
        let how_they_were = matches!(f.who, Who::Entity(_))
            && match prefix {
                [a, rest @ ..] if matches!(a.lower, "a" | "an") => {
                    rest.len() <= 3
                        && rest
                            .iter()
                            .all(|t| t.is_word() && !t.capital && !t.info.is_speech_noun())
                }
                [word] => word.is_word() && !word.capital && !word.info.is_closed_class(),
                _ => false,
            };
        let titled = prefix.iter().all(|t| matches!(t.lower, "a" | "an" | "the"))
            || particle
            || how_they_were
            || prefix
                .iter()
                .any(|t| t.capital || t.info.is_title() || t.info.has_description());
        let in_phrase =
            (j..f.start).all(|k| np_word(&tokens[k]) || (k > j && joins_roles(tokens, k)));
        // ("“…,” a woman who gave her name only as Maria said": or the
        // name the one described gave, as `subject_before` reads it.)
        let named_as = || {
            opens_phrase
                && self
                    .named_only_as(tokens, j, v)
                    .is_some_and(|named| named.start == f.start)
        };
        if (!opens_phrase || !in_phrase || (!prefix.is_empty() && !titled)) && !named_as() {
            return None;
        }
        let f = if particle { Found { start: j, ..f } } else { f };
        Some((f, self.cue_at(tokens, v)))
    }

    fn ends_with_comma(&self, t: &Token) -> bool {
        self.ends_with_mark(t.span, ',')
    }

    /// Whether the text at `span` ends on `mark` before its closing marks
    /// ("“… now,”", "“Did you lie?”").
    fn ends_with_mark(&self, span: Span, mark: char) -> bool {
        self.text[span.start..span.end]
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != mark)
            .ends_with(mark)
    }

    /// Where an appositive set off after token `end - 1` ends: the token after
    /// its closing comma or dash ("Smith, a Republican, said", "Smith, 45,
    /// said", "Smith, who chairs the panel, said"). An appositive opens in lower
    /// case or with a title, a number or an owner's name, and stays in its
    /// sentence. (Its closing comma may be inside a quote: "Pence, speaking on
    /// CNN's “State of the Union,” said".)
    fn appositive_end(&self, tokens: &[Token], end: usize) -> Option<usize> {
        // ("Microsoft, OpenAI's largest investor, said")
        let opens = tokens.get(end).is_some_and(is_delimiter)
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.is_word() && (!t.capital || t.info.is_title() || t.possessive));
        if !opens {
            return None;
        }
        let close = (end + 1..tokens.len().min(end + 20)).find(|&k| {
            let t = &tokens[k];
            is_delimiter(t) || t.sentence_end || matches!(t.kind, TokenKind::Quote(_))
        })?;
        let closes = is_delimiter(&tokens[close])
            || (tokens[close].quote().is_some() && self.ends_with_comma(&tokens[close]));
        closes.then_some(close + 1)
    }

    /// Whether `subject`, the subject of the verb at `v`, is a medium that
    /// reports or writes: it relays the speech of the clause it reports.
    /// (A document relays what it says anyone said: "The lawsuit says
    /// Smith called the workers “lazy.”")
    fn relays(&self, tokens: &[Token], subject: Found, v: usize) -> bool {
        let document = || {
            self.grammar
                .document_noun(tokens[subject.end - 1].lower)
                .is_some()
        };
        self.verb_at(tokens, v)
            .is_some_and(|lemma| matches!(lemma, "report" | "write") || document())
            // "The Times": the name's mention may start at its last word,
            // not at "The".
            && (self.is_medium_phrase(tokens, subject.start, subject.end)
                || self.is_medium_phrase(tokens, subject.end - 1, subject.end))
    }

    /// The subject of the clause a medium reports ("The Times reports Liz
    /// Cheney … articulated her position, saying …"), when `main`, the
    /// sentence's subject, is a medium whose verb follows it: a participle
    /// after that clause is the person's, not the medium's.
    fn relayed_subject(&self, tokens: &[Token], main: Found, v: usize) -> Option<Found> {
        if !self.relays(tokens, main, main.end) {
            return None;
        }
        let mut start = main.end + 1;
        if tokens.get(start).is_some_and(|t| t.lower == "that") {
            start += 1;
        }
        let end = name_run_at(tokens, start).filter(|&end| end < v)?;
        let f = self.found_name(tokens, start, end)?;
        self.names_a_person(f).then_some(f)
    }

    /// Whether tokens `[start, end)` name a medium ("Chinese state media",
    /// "The Times", "a BuzzFeed report").
    fn is_medium_phrase(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        // Only the words before a preposition name the thing: "a colleague
        // at the paper", "a spokesman for the network" are people.
        let head_end = (start + 1..end)
            .find(|&k| {
                matches!(
                    tokens[k].lower,
                    "of" | "for" | "at" | "in" | "from" | "with" | "by" | "to" | "on"
                )
            })
            .unwrap_or(end);
        // ("the former Fox News host", "a CNN anchor": a person named by
        // the outlet they work for.)
        if head_end > start && self.is_person_noun(&tokens[head_end - 1]) {
            return false;
        }
        // ("the ad's narrator": a medium that owns is none.)
        tokens[start..head_end]
            .iter()
            .any(|t| t.info.is_media_noun() && !t.possessive)
            || self
                .mention_entity(tokens, start)
                .is_some_and(|e| self.is_media_name(e))
    }

    /// Whether `f` is a name the article gives a person.
    fn names_a_person(&self, f: Found) -> bool {
        matches!(f.who, Who::Entity(e) if self.names.entities[e].kind == EntityKind::Person)
    }

    /// Whether byte `at` is the start of a name mention, or inside one.
    fn in_name(&self, at: usize) -> bool {
        let mentions = &self.names.mentions;
        let before = mentions.partition_point(|m| m.span.start <= at);
        before > 0 && at < mentions[before - 1].span.end
    }

    /// Whether byte `at` is inside a name mention that starts before it.
    fn inside_name(&self, at: usize) -> bool {
        let mentions = &self.names.mentions;
        let before = mentions.partition_point(|m| m.span.start < at);
        before > 0 && at < mentions[before - 1].span.end
    }

    fn mention_entity(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let at = tokens.get(i)?.span.start;
        self.names
            .mentions
            .iter()
            .find(|m| m.span.start <= at && at < m.span.end)
            .map(|m| m.entity)
    }

    /// Rule 2: the outermost speech verb before the quote in its sentence.
    fn before(&self, tokens: &[Token], start: usize, q: usize) -> Option<(Found, String)> {
        // ("said in a statement read by her lawyer:": a verb's participle
        // after a medium's noun and before "by" says what was done to the
        // medium; it is no speech act of the sentence.)
        // (So is a publishing verb's participle after another verb: "said
        // in a video posted to Instagram:"; or "read", "said in a statement
        // read outside court:".)
        let participle_after_a_verb = |v: usize| {
            let participle = tokens[v].lower == "read"
                || (tokens[v].info.is_publishing_verb()
                    && (tokens[v].lower.ends_with("ed") || tokens[v].lower == "sent"));
            participle && (start..v - 1).any(|u| self.verb_at(tokens, u).is_some())
        };
        let done_to_a_medium = |v: usize| {
            v > start
                && (self.media_noun_len(tokens, v - 1) > 0
                    || self.grammar.document_noun(tokens[v - 1].lower).is_some())
                && (tokens.get(v + 1).is_some_and(|t| t.lower == "by")
                    || participle_after_a_verb(v))
        };
        // ("An official speaking on condition of anonymity said": a
        // participle that restricts a noun for a person is no speech act
        // when the sentence's verb follows.)
        let restricts = |v: usize| {
            self.modifies_a_person(tokens, v)
                && (v + 1..q).any(|w| self.verb_at(tokens, w).is_some())
        };
        let verbs: Vec<usize> = (start..q)
            .filter(|&v| self.verb_at(tokens, v).is_some() && !done_to_a_medium(v) && !restricts(v))
            .collect();
        if let Some(quoted) = verbs
            .iter()
            .find_map(|&v| self.quoted_as_saying(tokens, v, q))
        {
            return Some(quoted);
        }
        let mut chosen: Option<(usize, Found)> = None;
        let mut participle = None;
        // "speaking" or "talking" set off after a verb says only where:
        // "Cook said on Friday, speaking to the BBC: “…”".
        let says_where = |k: usize| matches!(tokens[k].lower, "speaking" | "talking");
        // A participle set off by a comma before it: ", adding", ", writing".
        // (The comma may close the quote before: "the plan was “working,”
        // adding that …".)
        let set_off_participle = |p: usize| {
            p > start
                && tokens[p].lower.ends_with("ing")
                && (tokens[p - 1].is_punct(',')
                    || (tokens[p - 1].quote().is_some()
                        && quote_ends_with(self.text, &tokens[p - 1], [','])))
        };
        // Whether the participle at `p`, chosen with subject `inner`, is
        // set off after the clause whose subject `f` stands before its verb
        // `v`: it is then the speech act, and `f` its subject (below).
        let after_its_clause = |p: usize, inner: Found, f: Found, v: usize| {
            inner.start <= f.start && f.start < v && set_off_participle(p) && !says_where(p)
        };
        // ("“…,” said Nandy, pausing, “…”": a gesture set off after
        // another verb says how, and that verb is the cue.)
        let says_how = |v: usize| {
            set_off_participle(v)
                && self
                    .grammar
                    .speech_lemma(tokens[v].lower)
                    .is_some_and(|lemma| self.grammar.is_gesture(lemma))
                && verbs.first().is_some_and(|&first| first < v)
        };
        // ("One analyst, who asked not to be named, was more cautious:": a
        // verb in a relative clause set off by commas, and closed before
        // the clause's own words go on, is not the speech act.)
        let in_a_closed_relative = |v: usize| {
            v >= start + 2
                && matches!(tokens[v - 1].lower, "who" | "which")
                && tokens[v - 2].is_punct(',')
                && (v + 1..q.saturating_sub(2)).any(|k| tokens[k].is_punct(','))
        };
        // ("The memo, first reported by Politico, says": nor is a passive
        // participle in an aside set off by commas.)
        let in_a_passive_aside = |v: usize| {
            tokens.get(v + 1).is_some_and(|t| t.lower == "by")
                && (v.saturating_sub(3).max(start)..v).any(|k| tokens[k].is_punct(','))
                && (v + 2..q.saturating_sub(1)).any(|k| tokens[k].is_punct(','))
        };
        for &v in verbs.iter().rev() {
            if says_how(v) || in_a_closed_relative(v) || in_a_passive_aside(v) {
                continue;
            }
            // "did not say", "neither leader referenced": a speech act
            // denied attributes nothing. (Not "who voted no, said": the
            // word must stand in the verb's own phrase.)
            let denied = tokens[v.saturating_sub(2).max(start)..v]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .any(|t| is_negation(t.lower));
            if denied {
                // ("His opponent, Dave McCormick, did not concede, telling
                // supporters that …": a participle set off after a denied
                // verb's clause takes that clause's subject, as after
                // "ruled out" below.)
                if let Some((p, inner)) = chosen
                    && let Some(f) = self.subject_before(tokens, start, v)
                    && after_its_clause(p, inner, f, v)
                {
                    chosen = Some((p, f));
                    break;
                }
                continue;
            }
            // "Said Ellis: “…”": a verb that opens its sentence has its
            // subject after it. (So does one after "So": "So says Mark
            // Zandi: “…”".)
            let opens = v == start || (v == start + 1 && tokens[start].lower == "so");
            // (So does one set off as an aside, its subject closed by the
            // aside's comma: "That, said Rep. Jim Jordan, was “…”"; not a
            // participle, "…, concluding her post by saying, “…”".)
            let aside =
                v > start && tokens[v - 1].is_punct(',') && !tokens[v].lower.ends_with("ing");
            let inverted = || {
                (opens || aside)
                    .then(|| self.inverted_subject(tokens, v, q))
                    .flatten()
                    .filter(|f| opens || tokens.get(f.end).is_some_and(|t| t.is_punct(',')))
            };
            let Some(f) = self.subject_before(tokens, start, v).or_else(inverted) else {
                // ("“…,” Smith said, adding that …": a participle set off
                // right after the verb before takes that verb's subject,
                // and is the cue. Not an aside set off before the quote:
                // "Tester said, referring to the excuse, “you give …”".)
                let aside = tokens[q - 1].is_punct(',') && q - v > 3;
                if chosen.is_none() && set_off_participle(v) && !aside {
                    participle = Some(v);
                }
                continue;
            };
            // ("Another was quoted by The Times as saying": the medium that
            // quoted someone is no subject of "saying".)
            if is_quoted_by(tokens, f.start) {
                continue;
            }
            // (So does one set off after the verb's own phrase, when no
            // clause opens between: "but Trump has called for lower rates,
            // writing that …", not "said on Friday, speaking to the BBC".)
            let own_phrase = |p: usize| {
                p == v + 2
                    || (p > v + 2
                        && !says_where(p)
                        && !tokens[v + 1..p - 1].iter().any(|t| self.clause_boundary(t)))
            };
            if let Some(p) = participle.take()
                && chosen.is_none()
                && own_phrase(p)
            {
                chosen = Some((p, f));
                continue;
            }
            match chosen {
                None => chosen = Some((v, f)),
                // "The spot concludes with footage of Trump saying …": a
                // participle with a name of its own is that person's speech,
                // whatever verb stands before.
                Some((inner_v, inner))
                    if inner.end == inner_v
                        && tokens[inner_v].lower.ends_with("ing")
                        && matches!(inner.who, Who::Entity(_)) =>
                {
                    break;
                }
                // "The Times reports Liz Cheney …, saying": the medium relays
                // the person's speech.
                Some((_, inner)) if self.relays(tokens, f, v) && self.names_a_person(inner) => {
                    break;
                }
                // "The ad was denounced by the Log Cabin Republicans, a
                // gay group, which said …": a relative clause has a subject
                // of its own, whatever verb stands before it.
                // (So does one that opens on "which" or "whom": "It cites
                // emails in which one executive boasted that …".)
                Some((inner_v, inner))
                    if tokens[inner.end.min(inner_v)..inner_v]
                        .iter()
                        .any(|t| matches!(t.lower, "who" | "which"))
                        || tokens[..inner.start]
                            .last()
                            .is_some_and(|t| matches!(t.lower, "which" | "whom")) =>
                {
                    break;
                }
                // "Netanyahu, speaking at a Cabinet meeting, said": a verb
                // that opens an aside after the subject governs nothing.
                // (Nor after "while" or "when": "Sitharaman, while
                // replying to a debate, said".)
                Some((inner_v, inner))
                    if v < inner_v
                        && tokens.get(inner.end).is_some_and(|t| t.is_punct(','))
                        && (v == inner.end + 1
                            || (v == inner.end + 2
                                && matches!(tokens[inner.end + 1].lower, "while" | "when"))) =>
                {
                    break;
                }
                // "Stubbs told the jury that Morris had bragged on social
                // media, writing: “…”": a participle set off after a clause
                // that reports someone else's speech tells more of that
                // speech, and is that clause's subject's. (Not "adding",
                // which goes on with the reporter's own words.)
                Some((inner_v, inner))
                    if inner.start < f.start
                        && f.end <= v
                        && v + 2 < inner_v
                        && set_off_participle(inner_v)
                        && !says_where(inner_v)
                        && self.grammar.speech_lemma(tokens[inner_v].lower) != Some("add")
                        && !tokens[v + 1..inner_v - 1]
                            .iter()
                            .any(|t| self.clause_boundary(t)) =>
                {
                    chosen = Some((inner_v, f));
                }
                // "Lind said his manager had replied: ‘…’": a verb whose
                // colon opens the quote gives it to its own subject, named,
                // described or "she" ("Her office said she had told Macron:
                // “…”"); and its cue ("called Milton “…” in remarks,
                // adding: “…”").
                // ("Lopez said her supervisor told her: ‘…’": a short
                // object may stand before the colon.) (And "adding, “…”":
                // a comma right after the verb.)
                Some((inner_v, inner))
                    if q >= inner_v + 2
                        && q <= inner_v + 5
                        && !(inner.start == f.start && says_where(inner_v))
                        && (tokens[q - 1].is_punct(':')
                            || (q == inner_v + 2 && tokens[q - 1].is_punct(',')))
                        && tokens[inner_v + 1..q - 1].iter().all(|t| t.is_word())
                        && matches!(
                            inner.who,
                            Who::Description | Who::Entity(_) | Who::Pronoun(_)
                        ) =>
                {
                    break;
                }
                // "Macron called the protests “legitimate” but said he
                // would not “bow”": verbs that share their subject each
                // govern their own words.
                // (Of one tense: in "said the shootings and protests
                // demands" the noun is no second verb.)
                Some((inner_v, inner))
                    if inner.start <= v
                        && matches!(tokens[inner_v - 1].lower, "and" | "but")
                        && has_s_ending(tokens[inner_v].lower) == has_s_ending(tokens[v].lower) =>
                {
                    break;
                }
                // "Albanese ruled out an election, telling ABC's Insiders
                // the government would “…”": a participle set off after
                // the clause of its subject is the speech act; the verb
                // before it did something else. (The subject as that
                // clause has it: "the head of its works council said …,
                // calling".)
                Some((inner_v, inner)) if after_its_clause(inner_v, inner, f, v) => {
                    chosen = Some((inner_v, f));
                    break;
                }
                Some((_, inner)) => {
                    // The earlier verb governs the later one when nothing
                    // between them starts a new clause.
                    // ("Albanese defended the plan as Dutton slammed its
                    // “fantasy” targets": "as" before a subject opens a
                    // clause, as "while" does.)
                    let between = tokens.get(v + 1..inner.start).unwrap_or(&[]);
                    if between.iter().any(|t| self.clause_boundary(t))
                        || between.last().is_some_and(|t| t.lower == "as")
                    {
                        break;
                    }
                    // ("Trump praised a deal that Democrats called “weak”":
                    // nor a relative "that" after the verb's object; "told
                    // the committee that" opens what was told.)
                    let relative_that = match between {
                        [.., noun, that] if that.lower == "that" && !noun.info.is_time_word() => {
                            let object = &between[..between.len() - 1];
                            object.iter().rev().take(4).any(is_determiner)
                                && self.verb_at(tokens, v) != Some("tell")
                        }
                        _ => false,
                    };
                    if relative_that {
                        break;
                    }
                    chosen = Some((v, f));
                }
            }
        }
        // "The group Public Citizen has sued, arguing DOGE is “…”": a
        // participle of speech set off after a clause whose verb says
        // nothing takes that clause's subject.
        if chosen.is_none()
            && let Some(p) = participle
            && let Some(f) = self.sentence_subject(tokens, start, p - 1)
        {
            return Some((f, self.cue_at(tokens, p)));
        }
        let (v, f) = chosen?;
        if self.object_of_a_later_clause(tokens, v, q) {
            return None;
        }
        // "Seth Goldstein, who rates the stock a “sell,” was blunter still:
        // “…”": a verb in a relative clause set off after the subject is
        // not what introduces the words; the clause before the colon does.
        let relative = tokens
            .get(f.end..v)
            .and_then(<[Token]>::first_chunk)
            .is_some_and(|[comma, who]| {
                comma.is_punct(',') && matches!(who.lower, "who" | "which")
            });
        if relative
            && tokens[q - 1].is_punct(':')
            && let Some((colon, cue)) = self.short_clause_colon(tokens, start, q, false)
            && colon.start == f.start
        {
            return Some((colon, cue));
        }
        // "Trump slammed Democrats, tweeting that they “…”": "tweeting" set
        // off after the verb, with no subject of its own, is how the words
        // came, and says where (`carry_channels`).
        let participle = verbs.iter().copied().rfind(|&p| {
            p > v
                && set_off_participle(p)
                && self.grammar.speech_lemma(tokens[p].lower) == Some("tweet")
                && !tokens[v + 1..p - 1].iter().any(|t| self.clause_boundary(t))
        });
        // "Asked about his goal, Alcaraz smiled: “…”": the one asked
        // answers, and the cue is what they did (past an auxiliary or an
        // adverb: "doesn't hesitate"; not past a copula, "was defiant"),
        // or the colon.
        if asked_at(tokens, start) == Some(v) && f.end < q {
            let did = (f.end..q)
                .find(|&k| {
                    is_a_form_of_be(tokens[k].lower) || !self.skippable_before_verb(tokens, k)
                })
                .unwrap_or(f.end);
            let after = &tokens[did];
            if after.is_word() && !after.capital && !after.info.is_closed_class() {
                return Some((f, names::printed_word(self.text, after).to_owned()));
            }
            if tokens[q - 1].is_punct(':') {
                return Some((f, ":".to_owned()));
            }
        }
        Some((f, self.cue_at(tokens, participle.unwrap_or(v))))
    }

    /// Whether the quote at `q` is the object of a verb that says nothing,
    /// in a clause that "as", "while" or "when" opens after the speech verb
    /// at `v`, with a subject of its own: "Sunak spoke as protesters played
    /// “Things Can Only Get Better”". (Not "said, as the crowd cheered,
    /// “…”": the comma hands the words back to the speech verb. Nor "was
    /// quoted as saying the strikes caused “…”": "as saying" opens no
    /// clause, it reports one.)
    fn object_of_a_later_clause(&self, tokens: &[Token], v: usize, q: usize) -> bool {
        let Some(verb) = q.checked_sub(1) else {
            return false;
        };
        let t = &tokens[verb];
        if verb < v + 3 || !t.is_word() || t.capital || !is_past_tense(t) {
            return false;
        }
        (verb.saturating_sub(4).max(v + 1)..verb - 1)
            .rev()
            .find(|&k| matches!(tokens[k].lower, "as" | "while" | "when"))
            .is_some_and(|k| {
                tokens[k + 1..verb].iter().all(Token::is_word)
                    && self.verb_at(tokens, k + 1).is_none()
                    && self.verb_at(tokens, verb).is_none()
            })
    }

    /// "Quote attributable to Jane Doe, CEO of Acme: “…”": a press
    /// release's lead-in names whose words follow its colon.
    fn attributed_to(&self, tokens: &[Token], start: usize, q: usize) -> Option<(Found, String)> {
        if q < start + 3 || !tokens[q - 1].is_punct(':') {
            return None;
        }
        let to = (start + 1..q - 1).find(|&k| {
            tokens[k].lower == "to" && matches!(tokens[k - 1].lower, "attributed" | "attributable")
        })?;
        let f = self.subject_after(tokens, to + 1, q - 1)?;
        Some((f, format!("{} to", tokens[to - 1].lower)))
    }

    /// A speech verb in the passive with its agent after "by": "The plan was
    /// described by Janet Yellen as “…”", "The decision was called “…” by
    /// Sen. Ada Quill", "was described as “…” by analysts". The agent
    /// speaks; the cue is the verb.
    fn passive_agent(
        &self,
        tokens: &[Token],
        sentence: Range<usize>,
        q: usize,
    ) -> Option<(Found, String)> {
        // (The verb stands before the quote, its agent at most between; an
        // adverb may stand after the auxiliary: "was also described".)
        // (The verb's form and the auxiliary are asked first: the grammar's
        // verb last, as "said" is one of many before a quote.)
        let v = ((sentence.start + 1).max(q.saturating_sub(20))..q).find(|&v| {
            (tokens[v].lower.ends_with("ed") || tokens[v].info.is_irregular_past())
                && (is_a_form_of_be(tokens[v - 1].lower)
                    || (v >= 2
                        && is_a_form_of_be(tokens[v - 2].lower)
                        && tokens[v - 1].info.may_stand_before_verb()))
                && self.verb_at(tokens, v).is_some()
        })?;
        // "by" soon after the verb, past the quote and "as" if they come
        // between; what follows it up to a comma or the quote is the agent.
        let by = (v + 1..sentence.end.min(v + 8)).find(|&k| tokens[k].lower == "by")?;
        if (v + 1..by).any(|k| k != q && (tokens[k].is_punct(',') || tokens[k].quote().is_some())) {
            return None;
        }
        let end = (by + 1..sentence.end)
            .find(|&k| !tokens[k].is_word())
            .unwrap_or(sentence.end);
        // The quote is what the verb says: right after it ("was called
        // “…” by"), or after the agent and "as" ("described by X as “…”");
        // not "…, which said it was “…”", nor "called a charlatan by
        // physicians for promoting “quack” cures". And "was quoted by the
        // Russian Duma as saying" gives the subject's words, through the
        // agent (`channel_in`).
        let lemma = self.verb_at(tokens, v)?;
        // (Or after "as", the agent after it: "was described as “…” by
        // analysts".)
        let right_after = (q == v + 1 || q == v + 2 && tokens[v + 1].lower == "as") && q < by;
        let after_as = q == end && tokens[q - 1].lower == "as";
        // (Or in what the agent said, after "that": "She was told by an
        // editor that women “don't belong” there".)
        let that = (by + 1..end).find(|&k| tokens[k].lower == "that");
        let told_that = that.is_some() && q == end;
        if !(right_after || after_as || told_that) || matches!(lemma, "quote" | "cite") {
            return None;
        }
        let f = self.subject_after(tokens, by + 1, that.unwrap_or(end))?;
        Some((f, tokens[v].lower.to_owned()))
    }

    /// "The official IRNA news agency quoted Gen. Hossein Salami, the head
    /// of the Revolutionary Guard, as saying: …", "Politico cited two aides
    /// as saying": the person quoted speaks (the medium is the channel, see
    /// `channel_in`).
    fn quoted_as_saying(&self, tokens: &[Token], v: usize, q: usize) -> Option<(Found, String)> {
        if !matches!(tokens[v].lower, "quoted" | "cited")
            || tokens
                .get(v + 1)
                .is_none_or(|n| matches!(n.lower, "as" | "by"))
        {
            return None;
        }
        let as_at = (v + 2..q).find(|&a| {
            tokens[a].lower == "as" && tokens.get(a + 1).is_some_and(|n| n.lower.ends_with("ing"))
        })?;
        // The object may be a pronoun: "quoted him as saying".
        let f = match object_pronoun(tokens[v + 1].lower) {
            Some(kind) => Found {
                who: Who::Pronoun(kind),
                start: v + 1,
                end: v + 2,
            },
            None => self.subject_after(tokens, v + 1, as_at)?,
        };
        Some((f, tokens[v].lower.to_owned()))
    }

    /// Rule 4: `…, the Russian Defense Ministry said.` closing the sentence.
    fn sentence_end(&self, tokens: &[Token], q: usize, end: usize) -> Option<(Found, String)> {
        self.closing_attribution(tokens, q + 1, end)
            .or_else(|| self.attribution_aside(tokens, q + 1, end))
    }

    /// An attribution set off by commas later in the sentence, with more
    /// narrative after it: "“…” to drive up the stock price, she said,
    /// referencing …". Only the first aside after the quote counts, and
    /// none past another quote.
    fn attribution_aside(&self, tokens: &[Token], lo: usize, hi: usize) -> Option<(Found, String)> {
        // An aside of a subject and a verb is short: "the bank's chief
        // executive said" at most.
        const LONGEST: usize = 7;
        let open = (lo..hi)
            .take_while(|&i| tokens[i].quote().is_none())
            .find(|&i| tokens[i].is_punct(','))?;
        let close =
            (open + 1..hi.min(open + 2 + LONGEST)).find(|&i| tokens[i].kind != TokenKind::Word)?;
        if !tokens[close].is_punct(',') || close < open + 3 {
            return None;
        }
        if self.verb_at(tokens, open + 1).is_some() {
            let f = self.inverted_subject(tokens, open + 1, close)?;
            return Some((f, self.cue_at(tokens, open + 1)));
        }
        // ("…, China's foreign ministry said in a statement, adding …": a
        // short tail may follow the verb, as one closing the sentence.)
        let v = match self.verb_at(tokens, close - 1) {
            Some(_) => close - 1,
            None => self.verb_before_short_tail(tokens, open + 2, close)?,
        };
        let f = self.subject_before(tokens, open + 1, v)?;
        Some((f, self.cue_at(tokens, v)))
    }

    /// An attribution closing tokens `[lo, hi)` after a comma: "…, the
    /// ministry said." or "…, said the ministry."
    fn closing_attribution(
        &self,
        tokens: &[Token],
        lo: usize,
        hi: usize,
    ) -> Option<(Found, String)> {
        let mut last = hi;
        while last > lo && tokens[last - 1].kind == TokenKind::Punct {
            last -= 1;
        }
        if last <= lo {
            return None;
        }
        let mut comma = (lo..last).rev().find(|&i| tokens[i].is_punct(','))?;
        // ("…, Araqchi said on Sunday, according to state media.": the
        // medium that carried the words may close the sentence after the
        // attribution.)
        if tokens
            .get(comma + 1..comma + 3)
            .is_some_and(|w| w[0].lower == "according" && w[1].lower == "to")
        {
            last = comma;
            comma = (lo..last).rev().find(|&i| tokens[i].is_punct(','))?;
        }
        if tokens[comma + 1..last].iter().any(|t| t.quote().is_some()) {
            return None;
        }
        if self.verb_at(tokens, comma + 1).is_some() {
            let f = self.inverted_subject(tokens, comma + 1, last)?;
            return Some((f, self.cue_at(tokens, comma + 1)));
        }
        // "…, the expert said on Thursday.": a time adjunct may follow the verb.
        let mut v = last - 1;
        while v > comma + 1 && tokens[v].is_word() && is_time_adjunct(tokens, v) {
            v -= 1;
        }
        if self.verb_at(tokens, v).is_none() {
            v = self.verb_before_short_tail(tokens, comma + 2, last)?;
        }
        let f = self.subject_before(tokens, comma + 1, v)?;
        Some((f, self.cue_at(tokens, v)))
    }

    /// "…, Powell told reporters.", "…, she said in a statement.", "…, Lee
    /// wrote on X on Monday.": the verb of a closing attribution followed
    /// by its listener, medium or time, a few words with no clause of
    /// their own. Searched from `from` to `last`.
    fn verb_before_short_tail(&self, tokens: &[Token], from: usize, last: usize) -> Option<usize> {
        // "told reporters at the White House on Monday" at most.
        const LONGEST_TAIL: usize = 8;
        let v = (from..last).find(|&k| self.verb_at(tokens, k).is_some())?;
        let tail = &tokens[v + 1..last];
        let opens_clause = |t: &Token| {
            matches!(
                t.lower,
                "that" | "which" | "who" | "whom" | "whose" | "because" | "as"
            ) || t.info.is_speech_verb()
        };
        // A listener only after "told"; otherwise a preposition's phrase or
        // a time, not an object ("…, it acknowledged their differing
        // views") or a topic.
        let told = self.grammar.speech_lemma(tokens[v].lower) == Some("tell");
        // ("spoke of trade", "wrote about the war": a topic, which is what
        // was said.)
        let adjunct = |t: &Token| {
            is_preposition(t.lower) && !matches!(t.lower, "of" | "about")
                || t.info.is_channel_preposition()
                || t.info.is_time_word()
                || matches!(t.lower, "after" | "before")
        };
        (tail.len() <= LONGEST_TAIL
            && (told || tail.first().is_none_or(adjunct))
            && !tail.iter().any(opens_clause))
        .then_some(v)
    }

    /// "Trump’s claim that there were “thousands of shootings”", "Her
    /// answer was simple: “…”": the owner of a speech noun speaks.
    fn possessed_speech(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
        close: bool,
    ) -> Option<(Found, String)> {
        let pronoun = |t: &Token| match t.lower {
            "his" | "her" => Some(PronounKind::Singular),
            "their" => Some(PronounKind::Plural),
            _ => None,
        };
        // ("Her answer? “Never.”": a question of a few words, a sentence of
        // its own, asks for the quote as a colon does.)
        let start = match start == q && q >= 3 && tokens[q - 1].is_punct('?') {
            true => {
                let first = (q.saturating_sub(5)..q - 1)
                    .rev()
                    .take_while(|&k| tokens[k].is_word())
                    .last()?;
                starts_a_sentence(tokens, first).then_some(first)?
            }
            false => start,
        };
        // The owner stands before the noun, or before another noun joined
        // to it: "Mr. LePage's apology and promise to seek “…”".
        let owner_end = |k: usize| {
            let owns = |o: usize| {
                o > start && (tokens[o - 1].possessive || pronoun(&tokens[o - 1]).is_some())
            };
            // ("Trump's latest claim that …", "Her final answer was": a
            // word or two that describe the noun may stand between.)
            let described = || {
                (k.saturating_sub(2)..k)
                    .rev()
                    .take_while(|&m| m > start && is_plain_lowercase_word(&tokens[m]))
                    .find(|&m| owns(m))
            };
            if owns(k) {
                Some(k)
            } else {
                described().or_else(|| {
                    (k >= start + 3
                        && tokens[k - 1].lower == "and"
                        && tokens[k - 2].is_word()
                        && !tokens[k - 2].capital
                        && owns(k - 2))
                    .then(|| k - 2)
                })
            }
        };
        let (noun, owned) = (start..q)
            .rev()
            .take(12)
            .filter(|&k| tokens[k].info.is_speech_noun())
            .find_map(|k| owner_end(k).map(|o| (k, o)))?;
        if tokens[noun + 1..q]
            .iter()
            .any(|t| t.quote().is_some() || t.is_punct(';'))
        {
            return None;
        }
        // Said of the words themselves, close by ("Quill's claim that the
        // vote was “rigged”", "her promise to seek “…”", "his warning of
        // “…”"), the owner speaks them even inside another's speech ("Lee
        // said Quill's claim that …"): no other verb of speech and no stop
        // between. (Not words said of the noun: "Trump called Tlaib's
        // comments “disgraceful”".)
        // ("to" before a verb: not "her reaction to Tlaib's “…”".)
        let infinitive = || {
            tokens[noun + 1].lower == "to"
                && tokens.get(noun + 2).is_some_and(is_plain_lowercase_word)
        };
        if close
            && (q - noun > 8
                || !(matches!(tokens[noun + 1].lower, "that" | "of") || infinitive())
                || (noun + 1..q).any(|k| {
                    tokens[k].kind == TokenKind::Punct || self.verb_at(tokens, k).is_some()
                }))
        {
            return None;
        }
        let f = match pronoun(&tokens[owned - 1]) {
            Some(kind) => Found {
                who: Who::Pronoun(kind),
                start: owned - 1,
                end: owned,
            },
            // ("The minister's words – “…” –", "the minister's promise to
            // “fight on”": or a description's, whose noun the quote stands
            // beside or its own words follow; not "When PolitiFact examined
            // the senator's statement, it was labeled “Mostly True.”")
            // (Of two words or more: a lone "Company's" opening a sentence
            // is no one's.)
            None => self.possessor_ending_at(tokens, start, owned).or_else(|| {
                let beside = q - noun <= 3
                    && tokens[noun + 1..q].iter().all(|t| {
                        t.kind == TokenKind::Punct || matches!(t.lower, "to" | "of" | "that")
                    });
                (close || beside)
                    .then(|| self.description_ending_at(tokens, start, owned))
                    .flatten()
                    .filter(|d| d.end == owned && d.start + 1 < owned)
            })?,
        };
        // ("Ann Lee said in her statement that it was “bad”": a noun that
        // a verb of speech's preposition brings in is the verb's medium,
        // and the verb, with its subject, says whose the words are.)
        if f.start > start
            && tokens[f.start - 1].info.is_channel_preposition()
            && (start..f.start - 1).any(|v| self.verb_at(tokens, v).is_some())
        {
            return None;
        }
        Some((f, tokens[noun].lower.to_string()))
    }

    /// The possessive name whose last word is token `end - 1` ("Donald Trump’s").
    fn possessor_ending_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        let last = tokens.get(end.checked_sub(1)?)?;
        if end <= floor || !last.possessive || !is_name_word(last) {
            return None;
        }
        let mut s = end - 1;
        while s > floor && is_name_word(&tokens[s - 1]) && !tokens[s - 1].possessive {
            s -= 1;
        }
        self.found_name(tokens, s, end)
    }

    /// "Tlaib's ‘Motherf**ker’ comment", "Reagan's “tear down this wall”
    /// speech": a quote between a possessive name and a noun for words
    /// said is the owner's.
    fn owned_quote(&self, tokens: &[Token], q: usize) -> Option<(Found, String)> {
        let noun = tokens.get(q + 1).filter(|t| is_words_noun(t))?;
        Some((
            self.possessor_ending_at(tokens, 0, q)?,
            noun.lower.to_string(),
        ))
    }

    /// A fragment framed by its sentence's subject with no speech verb:
    /// "Reid has gone after Trump as a “human leech”". Only for short
    /// fragments inside a clause that a named subject opens.
    fn framing_subject(&self, tokens: &[Token], start: usize, q: usize) -> Option<(Found, String)> {
        let words = self.text[tokens[q].span.start..tokens[q].span.end]
            .split_whitespace()
            .count();
        if q == start || words > 8 || !tokens[q - 1].is_word() {
            return None;
        }
        self.person_acting(tokens, start, q)
    }

    /// The subject of the sentence `[start, end)` when it is a person
    /// followed by a verb of its own, past a parenthesis, an appositive and
    /// auxiliaries ("Harry Reid (D-Nev.), in particular, has been steadily
    /// pounding Trump"); with that verb.
    fn person_acting(&self, tokens: &[Token], start: usize, end: usize) -> Option<(Found, String)> {
        let f = self.sentence_subject(tokens, start, end)?;
        // ("Tom Hart and his brother Jim … Jim shrugged.": a given name
        // alone is a person's.)
        let person = match f.who {
            Who::Entity(e) => match &self.names.entities[e] {
                e if e.kind == EntityKind::Person => true,
                e => {
                    e.kind == EntityKind::Unknown
                        && matches!(&e.tokens[..], [one] if is_given_name(one.info))
                }
            },
            Who::Pronoun(kind) => kind == PronounKind::Singular,
            // ("His brother shrugged.": someone described, a relative;
            // "The president began by thanking the crowd.": or one person
            // described by a role.)
            Who::Description => {
                let noun = &tokens[f.end - 1];
                (f.end - f.start == 2
                    && matches!(tokens[f.start].lower, "his" | "her")
                    && is_kin_noun(noun.lower))
                    || (matches!(tokens[f.start].lower, "the" | "a" | "an")
                        && !noun.capital
                        && self.is_person_noun(noun))
            }
        };
        // ("His former colleague at Lenox, Bo Lind, called him …": or
        // someone described, then named in an aside.)
        let apposed =
            !person && f.who == Who::Description && self.named_in_apposition(tokens, f).is_some();
        let mut k = self.skip_parenthesis_forward(tokens, f.end, end);
        // ("Local MP Anna Turley — who lost her seat in 2019 — says …": or
        // an aside between dashes.)
        if tokens.get(k).is_some_and(is_dash)
            && let Some(close) = (k + 1..end.min(k + 20)).find(|&c| is_dash(&tokens[c]))
        {
            k = close + 1;
        }
        if apposed {
            k = (k..end).find(|&c| tokens[c].is_punct(','))?;
        }
        // "His former partner, Bo Lind, called": the name is itself the
        // appositive, and the verb follows its closing comma.
        let appositive_name = f.start > start && tokens[f.start - 1].is_punct(',');
        if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            k = match appositive_name {
                true => k + 1,
                false => (k + 1..end).find(|&c| tokens[c].is_punct(','))? + 1,
            };
        }
        let auxiliaries = k;
        while k < end && tokens[k].info.may_stand_before_verb() {
            k += 1;
        }
        let verb = tokens.get(k).filter(|_| k < end)?;
        if !(person || apposed) || !verb.is_word() || verb.capital || verb.info.is_closed_class() {
            return None;
        }
        // "Bell is accused of “…”", "Reid was called a “leech”": the
        // subject of a passive is framed by someone else. ("She is
        // understood to be “furious”", "is known to be": so is one of a
        // participle before an infinitive.)
        let infinitive_after = tokens.get(k + 1).is_some_and(|t| t.lower == "to");
        let passive = tokens[auxiliaries..k]
            .iter()
            .any(|t| is_a_form_of_be(t.lower))
            && !verb.lower.ends_with("ing")
            && (verb.lower.ends_with("ed")
                || infinitive_after
                || verb.info.is_irregular_past()
                || self.verb_at(tokens, k).is_some());
        // ("Her son, Daniel, was one of the firefighters killed.": nor is
        // one counted among others.)
        let counted = tokens[auxiliaries..k]
            .iter()
            .any(|t| is_a_form_of_be(t.lower))
            && (is_number_word(verb.lower) || verb.lower == "among");
        if passive || counted {
            return None;
        }
        Some((f, self.cue_at(tokens, k)))
    }

    /// `Sanders identified exhaustion as one reason. "The younger people
    /// are …"`: a quote that is a paragraph's last sentence, with no
    /// attribution, after a sentence whose subject is a person acting: that
    /// person's words, as a reader takes them.
    fn previous_sentence_subject(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
    ) -> Option<(Found, String)> {
        if q != start || start == 0 || !self.closes_its_speech(tokens, q) {
            return None;
        }
        let prev = quoteless_sentence_before(tokens, start)?;
        self.person_acting(tokens, prev.start, prev.end)
            .or_else(|| self.person_a_question_asks_about(tokens, prev.clone()))
            .or_else(|| self.person_a_sentence_is_for(tokens, prev))
    }

    /// "Does fame bother her? “Sometimes.”": the person a question just
    /// before a quote asks about, by "she" or "him" (of one gender), answers
    /// it, as a profile's reader takes it. The cue is the question's mark.
    /// (Not by name: "Why did Trump win? “…”" asks someone else.)
    fn person_a_question_asks_about(
        &self,
        tokens: &[Token],
        question: Range<usize>,
    ) -> Option<(Found, String)> {
        if !tokens[question.end - 1].is_punct('?') {
            return None;
        }
        // ("her", "him", "his": in any case.)
        let third_person =
            |t: &&Token| matches!(t.lower, "he" | "she" | "him" | "her" | "his" | "hers");
        let words = &tokens[question.clone()];
        // (All of one gender: not "Did he call her?")
        gender_of(words.iter().filter(third_person).map(|t| t.info))?;
        let k = question.start + words.iter().position(|t| third_person(&t))?;
        let found = Found {
            who: Who::Pronoun(PronounKind::Singular),
            start: k,
            end: k + 1,
        };
        Some((found, "?".to_owned()))
    }

    /// Whether quote token `q` closes its paragraph, or is a sentence of
    /// its own followed only by narration, with no quote and no one
    /// speaking: "Maria Diaz recalled the day. “…” Her brother was with
    /// her."; not "“…” was daubed on the wall", nor a sentence about the
    /// words, "“Unity.” That was the message of the day".
    fn closes_its_speech(&self, tokens: &[Token], q: usize) -> bool {
        let about_the_words = tokens
            .get(q + 1)
            .is_some_and(|t| matches!(t.lower, "that" | "this" | "those" | "these" | "such"));
        ends_its_paragraph(tokens, q)
            || (tokens[q].sentence_end
                && !about_the_words
                && (q + 1..tokens.len())
                    .all(|k| tokens[k].quote().is_none() && self.verb_at(tokens, k).is_none()))
    }

    /// "For retiree Jim Beam, 71, the issue is personal.": the person a
    /// sentence is framed for; the cue is the sentence's verb.
    fn person_a_sentence_is_for(
        &self,
        tokens: &[Token],
        sentence: Range<usize>,
    ) -> Option<(Found, String)> {
        let (f, comma) = self.person_framed(tokens, sentence.clone())?;
        let verb = (comma + 1..sentence.end)
            .find(|&k| is_a_form_of_be(tokens[k].lower) || self.verb_at(tokens, k).is_some())?;
        Some((f, self.cue_at(tokens, verb)))
    }

    /// The person a sentence opens on with "For" or "To", a few words of
    /// description and a comma ("For retiree Jim Beam,", "To Ben Cole,"),
    /// and that comma.
    fn person_framed(&self, tokens: &[Token], sentence: Range<usize>) -> Option<(Found, usize)> {
        if !matches!(tokens.get(sentence.start)?.lower, "for" | "to") {
            return None;
        }
        let name = (sentence.start + 1..sentence.end.min(sentence.start + 4))
            .find(|&k| tokens[k].capital)
            .filter(|&k| {
                tokens[sentence.start + 1..k]
                    .iter()
                    .all(|t| t.is_word() && !t.info.is_closed_class())
            })?;
        let run_end = name_run_at(tokens, name).filter(|&e| e < sentence.end)?;
        let f = self.found_name(tokens, name, run_end)?;
        (self.names_a_person(f) && tokens[run_end].is_punct(',')).then_some((f, run_end))
    }

    /// "Lisa Grant, whose children attend Oakwood, spoke first. ¶ “I grew
    /// up in this village …”": a paragraph that is one quote and nothing
    /// else, with no attribution, after a paragraph whose last sentence
    /// holds no quote and has a person acting as its subject: that person's
    /// words, as a reader takes them, even after another's quote earlier in
    /// that paragraph ("“…,” Grant said. Peter Marsh spoke next. ¶ “…”").
    fn previous_paragraph_subject(&self, p: usize, q: usize) -> Option<(Found, String)> {
        if q != 0 || !self.closes_its_speech(&self.paras[p].tokens, q) {
            return None;
        }
        let (prev, last) = self.quoteless_last_sentence_before(p)?;
        self.person_acting(&prev.tokens, last.start, last.end)
            .or_else(|| self.person_a_question_asks_about(&prev.tokens, last))
    }

    /// The paragraph before paragraph `p` and its last sentence, when that
    /// sentence holds no quote.
    fn quoteless_last_sentence_before(&self, p: usize) -> Option<(&Para<'a>, Range<usize>)> {
        let prev = &self.paras[p.checked_sub(1)?];
        let last = prev.sentences.last()?.clone();
        prev.tokens[last.clone()]
            .iter()
            .all(|t| t.quote().is_none())
            .then_some((prev, last))
    }

    /// The index after a parenthesis that opens at `i` ("(D-Nev.)"), or `i`.
    fn skip_parenthesis_forward(&self, tokens: &[Token], i: usize, limit: usize) -> usize {
        if tokens.get(i).is_some_and(|t| t.is_punct('('))
            && let Some(close) = (i + 1..limit.min(i + 8)).find(|&k| tokens[k].is_punct(')'))
        {
            return close + 1;
        }
        i
    }

    /// The index where a parenthesis that closes at `end - 1` opens
    /// ("Jim Jordan (R-Ohio)"), or `end`.
    fn skip_parenthesis_back(&self, tokens: &[Token], floor: usize, end: usize) -> usize {
        if end > floor
            && tokens[end - 1].is_punct(')')
            && let Some(open) = (floor..end - 1)
                .rev()
                .take(8)
                .find(|&k| tokens[k].is_punct('('))
        {
            return open;
        }
        end
    }

    /// The name that signs headline paragraph `p` before its first colon
    /// ahead of token `before`, with the colon: "Mary Cheney: Sister Is
    /// 'Dead Wrong' On Gay Marriage", and in sentence case "Zelenskiy:
    /// Ukraine will not swap land for 'piece of paper'".
    fn headline_signer(
        &self,
        p: usize,
        tokens: &[Token],
        start: usize,
        before: usize,
    ) -> Option<(usize, (Found, String))> {
        if !self.is_headline(p) {
            return None;
        }
        let colon = (start..before).find(|&k| tokens[k].is_punct(':'))?;
        Some((colon, self.name_colon(tokens, start, colon + 1)?))
    }

    /// "Mayor Quill: « … »": a name and a colon, as headlines sign a quote.
    fn name_colon(&self, tokens: &[Token], start: usize, q: usize) -> Option<(Found, String)> {
        let opens_paragraph = start == 0;
        let start = if opens_paragraph {
            live_blog_time_end(self.text, tokens, q)
        } else {
            start
        };
        // ("- Traci Park: “…”", "• Traci Park: “…”": a list's bullet.)
        // ("The NAACP: “…”": and a body's article.)
        let start = (start..q)
            .find(|&k| !matches!(tokens[k].lower, "-" | "–" | "—" | "•" | "·" | "*"))
            .unwrap_or(start);
        let start = past_the(tokens, start);
        // ("Narendra Modi — “A historic victory.”": a dash signs a line
        // that is only the name and the quote, as a colon does.)
        let signed = |t: &Token| {
            t.is_punct(':') || (is_dash(t) && opens_paragraph && ends_its_paragraph(tokens, q))
        };
        if q < start + 2 || !signed(&tokens[q - 1]) {
            return None;
        }
        // "Sandra Bell, in a video message to employees: « … »": an aside
        // naming the medium may stand between the name and the colon.
        let mut name_end = q - 1;
        if let Some(comma) = (q.saturating_sub(12).max(start)..q - 1)
            .rev()
            .find(|&k| tokens[k].is_punct(','))
            && tokens
                .get(comma + 1)
                .is_some_and(|t| t.info.is_channel_preposition() && t.lower != "to")
            && tokens[comma + 1..q - 1].iter().all(|t| t.is_word())
            && tokens[comma + 1..q - 1]
                .iter()
                .any(|t| t.info.is_media_noun())
        {
            name_end = comma;
        }
        // "From the Biden campaign: “…”": a reactions list's source.
        if tokens[start].lower == "from" && start + 2 <= name_end {
            let from = start + 1;
            let source = self
                .name_ending_at(tokens, from, name_end)
                .or_else(|| self.description_ending_at(tokens, from, name_end))
                .filter(|f| f.start >= from && f.end == name_end)?;
            return Some((source, ":".to_owned()));
        }
        // "Biden on Trump: ‘…’", "Sen. Ada Quill on the ruling: “…”",
        // "Sen. Lindsey Graham (R-S.C.) on X: “…”", "Michael Steele to
        // MSNBC: “…”": who spoke, then on what or to whom, in a few words
        // and no verb.
        let on = (start + 1..name_end).find(|&k| matches!(tokens[k].lower, "on" | "to"));
        if let Some(on) = on
            && name_end - on <= 6
            && (on + 1..name_end).all(|k| tokens[k].is_word() && self.verb_at(tokens, k).is_none())
        {
            let before_on = self.skip_parenthesis_back(tokens, start, on);
            if let Some(speaker) = self.name_ending_at(tokens, start, before_on)
                && self.names_the_run(tokens, speaker, start, before_on)
            {
                return Some((speaker, ":".to_owned()));
            }
        }
        // (An interview's "Q:" is the one who asks, unnamed; its "A:" the
        // one who answers, the last named so before it: "Ressa: “…”"; or
        // else the one it interviews.)
        if name_end == start + 1 {
            let at = tokens[start].span;
            match &self.text[at.start..at.end] {
                "Q" => return None,
                "A" => {
                    let answerer = self
                        .said_by
                        .iter()
                        .rev()
                        .find(|s| {
                            s.at < at.start
                                && self.text[s.mention.end..].trim_start().starts_with(':')
                        })
                        .map(|s| s.entity)
                        .or_else(|| self.interviewee_before(at.start))?;
                    let f = Found {
                        who: Who::Entity(answerer),
                        start,
                        end: start + 1,
                    };
                    return Some((f, ":".to_owned()));
                }
                _ => {}
            }
        }
        // ("Rep. Patrick McHenry (R-N.C.): “…”": a tag in parentheses.)
        let name_end = self.skip_parenthesis_back(tokens, start, name_end);
        // ("Reform UK's Nigel Farage: “…”": a body's or an outlet's name,
        // as owner, may come before a person's, or before a name of no
        // known kind of two words or more.)
        let owned = |f: Found| {
            let a_person = matches!(f.who, Who::Entity(e) if {
                let e = &self.names.entities[e];
                e.kind == EntityKind::Person
                    || (e.kind == EntityKind::Unknown && e.tokens.len() >= 2)
            });
            f.start > start
                && tokens[f.start - 1].possessive
                && name_run_at(tokens, start) == Some(f.start)
                && a_person
        };
        // ("Perry TV Ad: “I can defend faith”", "Trump tweet: ‘…’": a
        // name's medium, after the name, signs for it; `attribute_one` takes
        // the medium for the channel.)
        if let Some(medium) = (start + 1..name_end)
            .rev()
            .take_while(|&k| {
                tokens[k].is_word() && !tokens[k].possessive && tokens[k].info.is_media_noun()
            })
            .last()
            && let Some(f) = self.name_ending_at(tokens, start, medium)
            && self.names_the_run(tokens, f, start, medium)
        {
            return Some((f, ":".to_owned()));
        }
        // ("WATCH: ‘…’", "Analysis: Why …": a label is no one, in capitals
        // too.)
        let label = |f: &Found| {
            f.end == f.start + 1
                && self
                    .grammar
                    .is_headline_label(&tokens[f.start].lower.to_lowercase())
        };
        if let Some(f) = self.name_ending_at(tokens, start, name_end)
            && (self.names_the_run(tokens, f, start, name_end) || owned(f))
        {
            return (!label(&f)).then(|| (f, ":".to_owned()));
        }
        // ("Boeing boss: ‘We are not where we need to be’": a headline's
        // description too, whose holder the story names soon after. Not
        // a Title Case line that names someone: "Elizabeth Warren Hammers
        // Wells Fargo CEO: ‘…’".)
        if self
            .first_line_end()
            .is_some_and(|end| tokens[q].span.start <= end)
            && let Some(f) = self
                .description_ending_at(tokens, start, name_end)
                .filter(|f| f.start == start && f.end == name_end && f.end - f.start <= 3)
                .filter(|f| !tokens[f.start..f.end].iter().any(|t| is_given_name(t.info)))
                .filter(|f| !label(f))
        {
            return Some((f, ":".to_owned()));
        }
        // "Pete White, LA Community Action Network: “…”", "Jane Doe, who
        // runs the trust: “…”": a person's name, then who they are, with no
        // speech verb of anyone else's.
        let comma = (start + 1..name_end).find(|&k| tokens[k].is_punct(','))?;
        let who = &tokens[comma + 1..name_end];
        if who.is_empty()
            || who.len() > 10
            || who
                .iter()
                .any(|t| !(t.is_word() || t.is_punct(',')) || t.info.is_speech_verb())
        {
            return None;
        }
        let f = self.name_ending_at(tokens, start, comma)?;
        (self.names_the_run(tokens, f, start, comma) && self.names_a_person(f))
            .then(|| (f, ":".to_owned()))
    }

    /// "‘We will not be cowed’: Starmer defiant after attack": a quote that
    /// opens its sentence, then a colon and a name, as British headlines
    /// sign one. (Or, in a headline, a dash: "‘We are heartbroken’ -
    /// Carver pays tribute".)
    fn colon_name(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
        p: usize,
    ) -> Option<(Found, String)> {
        // ("Interview: ‘…’ — Dutch PM on migration": past a headline's
        // label.)
        let labelled = q == start + 2
            && tokens[start + 1].is_punct(':')
            && self.is_headline(p)
            && self
                .grammar
                .is_headline_label(&tokens[start].lower.to_lowercase());
        if q != start && !labelled {
            return None;
        }
        let sign = tokens.get(q + 1)?;
        // (The cue of a dash is the one `after` gives a signature's.)
        let cue = if sign.is_punct(':') {
            ":"
        } else if is_dash(sign) && self.is_headline(p) {
            "―"
        } else {
            return None;
        };
        let name = q + 2;
        // ("“Chaos”: Residents flee as fire spreads", "‘…’: Embattled
        // mayor defies calls to quit": a headline's noun for people is no
        // name.)
        if let Some(role) = self.headline_role_at(tokens, name) {
            let f = self
                .description_ending_at(tokens, name, role.end)
                .filter(|f| f.start == name)?;
            return Some((f, cue.to_owned()));
        }
        let run_end = tokens.get(name).and_then(|_| name_run_at(tokens, name))?;
        let headline = self.is_headline(p);
        // ("‘We will rebuild’ - Maui mayor": a name before a noun for a
        // person in lower case is that person's place or body; the
        // description is the speaker. Not a role before a name:
        // "Strictly star Amy Dowden".)
        if headline
            && tokens
                .get(run_end)
                .is_some_and(|t| t.is_word() && !t.capital && self.is_description_noun(t))
            && tokens.get(run_end + 1).is_none_or(|t| !t.capital)
            && let Some(f) = self
                .description_ending_at(tokens, name, run_end + 1)
                .filter(|f| f.start == name)
        {
            return Some((f, cue.to_owned()));
        }
        // ("‘…’: Defiant Biden rejects calls to quit": past an adjective
        // before a surname the body gave.)
        let first =
            name + usize::from(headline && self.is_headline_adjective(tokens, name, run_end));
        if let Some(f) = self
            .found_name(tokens, first, run_end)
            .filter(|&f| self.names_the_run(tokens, f, first, run_end))
        {
            return Some((f, cue.to_owned()));
        }
        // ("‘We were too slow’ — Dutch PM on migration": a description in
        // capitals, its noun a title, is the whole run.)
        if headline
            && let Some(f) = self
                .description_ending_at(tokens, name, run_end)
                .filter(|f| f.start == name)
        {
            return Some((f, cue.to_owned()));
        }
        // ("‘I'm heartbroken’: Strictly star Amy Dowden reveals …",
        // "Dancer Amy Dowden", "Strictly's Amy Dowden": past a few words
        // that describe a person the body names.)
        if !headline {
            return None;
        }
        let describes = |t: &Token| {
            t.is_word() && (t.capital || self.is_person_noun(t)) && !t.info.is_speech_verb()
        };
        (name + 1..tokens.len().min(name + 4))
            .take_while(|&k| describes(&tokens[k - 1]))
            .find_map(|k| {
                let run_end = name_run_at(tokens, k)?;
                let f = self.found_name(tokens, k, run_end)?;
                (self.names_the_run(tokens, f, k, run_end)
                    && self.names.a_persons_word(tokens[run_end - 1].lower))
                .then(|| (f, cue.to_owned()))
            })
    }

    /// A headline's role with no article, perhaps after a word describing
    /// it, that opens a clause: "Mayor" of "Mayor defiant", "Embattled
    /// mayor" of "Embattled mayor defies calls". (Not a title before a
    /// name: "Mayor Linda Carver".)
    fn headline_role_at(&self, tokens: &[Token], start: usize) -> Option<Found> {
        let noun = |t: &Token| self.is_description_noun(t);
        let end = if noun(tokens.get(start)?) {
            start + 1
        } else if self.describes_before_a_noun(&tokens[start])
            && tokens.get(start + 1).is_some_and(|t| !t.capital && noun(t))
        {
            start + 2
        } else {
            return None;
        };
        if tokens.get(end).is_some_and(|t| t.capital) {
            return None;
        }
        Some(Found {
            who: Who::Description,
            start,
            end,
        })
    }

    /// Whether a headline's word before a noun for people describes it, as
    /// "Embattled" does "mayor": a word no name of the article holds, no
    /// given name nor title.
    fn describes_before_a_noun(&self, word: &Token) -> bool {
        word.is_word()
            && !word.info.is_closed_class()
            && !word.info.is_title()
            && !is_given_name(word.info)
            && !self.names.knows_word(word.lower)
    }

    /// "The statement went on: “…”", "Reeves defended her record: “…”",
    /// "Reeves was blunt: “…”": a short clause before a colon, its subject
    /// and up to three words from its verb on, introduces its subject's
    /// words, whatever the verb. The cue is the verb (with its complement
    /// after a copula).
    fn short_clause_colon(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
        headline: bool,
    ) -> Option<(Found, String)> {
        // ("Mayor Jane Roe put it bluntly, “…”": after "put it", a comma
        // opens the words as a colon does.)
        let comma = tokens
            .get(q.wrapping_sub(1))
            .is_some_and(|t| t.is_punct(','));
        if q < start + 3 || !(tokens[q - 1].is_punct(':') || comma) {
            return None;
        }
        // ("Mayor defiant: ‘…’", "Embattled mayor defies calls to quit:
        // ‘…’": a headline's role, with no article, opens it too.)
        let headline_role = || {
            (start == 0 && headline)
                .then(|| self.headline_role_at(tokens, start))
                .flatten()
        };
        // ("But a senior diplomat was skeptical:": past a conjunction that
        // opens the sentence.)
        let subject_start = start + usize::from(is_opening_conjunction(&tokens[start]));
        let mut f = self
            .sentence_subject(tokens, subject_start, q - 1)
            .or_else(headline_role)?;
        // "Labour's deputy leader, Angela Rayner, hit back:": the verb comes
        // after an appositive, and a person named in it is the subject.
        // (The subject may be that name already, its comma closing the
        // appositive.)
        // ("Sen. Ann Lee — who has served since 1993 — was blunt:": or
        // an aside between dashes.)
        let mut verb_start = f.end;
        let by_commas = tokens[f.end].is_punct(',');
        if by_commas || is_dash(&tokens[f.end]) {
            // (A quote may hold the comma: "who rates the stock a
            // “sell,” was blunter still:".)
            let closes = |t: &Token| {
                if by_commas {
                    t.is_punct(',') || (t.quote().is_some() && self.ends_with_comma(t))
                } else {
                    is_dash(t)
                }
            };
            // ("One analyst, who asked not to be named because of client
            // relationships, was more cautious:": a relative clause may
            // run longer than an appositive.)
            let reach = match tokens.get(f.end + 1).is_some_and(|t| t.lower == "who") {
                true => 16,
                false => 10,
            };
            match (f.end + 1..(q - 1).min(f.end + reach)).find(|&k| closes(&tokens[k])) {
                Some(close) => {
                    // ("Her colleague, Sen. Maria Ortiz (D-N.M.), was
                    // unimpressed:": the name may have its party after it.)
                    let name_end = self.skip_parenthesis_back(tokens, f.end + 1, close);
                    if f.who == Who::Description
                        && let Some(name) = self.name_ending_at(tokens, f.end + 1, name_end)
                        && self.names_a_person(name)
                    {
                        f = name;
                    }
                    verb_start = close + 1;
                }
                // (Past its titles: "Her colleague, Sen. Bo Lind, was
                // blunter:".)
                None if by_commas
                    && (start..f.start)
                        .rev()
                        .find(|&k| !(tokens[k].info.is_title() || is_name_word(&tokens[k])))
                        .is_some_and(|k| tokens[k].is_punct(',')) =>
                {
                    verb_start = f.end + 1;
                }
                None => {}
            }
        }
        // ("Ruiz did not hesitate:", "Collins also weighed in:": an
        // auxiliary or an adverb may stand before the verb.)
        while verb_start < q - 1
            && tokens[verb_start].info.may_stand_before_verb()
            && !is_a_form_of_be(tokens[verb_start].lower)
        {
            verb_start += 1;
        }
        // (No verb at all: "Smith, “…”", the comma closing the subject.)
        if verb_start >= q - 1 {
            return None;
        }
        // ("Jane Castor put it bluntly on CNN:": a medium after the clause
        // is its channel's, no part of it.)
        let clause = &tokens[verb_start..q - 1];
        if !comma && self.takes_to_a_medium(clause) {
            return Some((f, self.cue_at(tokens, verb_start)));
        }
        let medium = clause
            .iter()
            .skip(1)
            .position(|t| t.info.is_channel_preposition() && t.lower != "to")
            .map(|k| k + 1)
            .filter(|&k| names_a_medium_briefly(&clause[k + 1..]))
            .unwrap_or(clause.len());
        let verb = &clause[..medium];
        // ("Holly Willoughby broke her silence on her This Morning exit:",
        // "Reeves was scathing about the plan:": what the words are about
        // may follow the clause, a preposition of topic and a few words,
        // no part of the clause weighed. Not before a comma: "put it on
        // the table, “Sold” written on it".)
        let topic = verb
            .iter()
            .skip(1)
            .position(|t| matches!(t.lower, "about" | "on" | "over"))
            .map(|k| k + 1)
            .filter(|&k| {
                !comma
                    && (2..=7).contains(&(verb.len() - k))
                    && verb[k..].iter().all(Token::is_word)
            });
        let verb = &verb[..topic.unwrap_or(verb.len())];
        // ("Bass released the following statement Monday:", "… late on
        // Tuesday:": nor is a time at its end.)
        let timed = verb
            .iter()
            .enumerate()
            .skip(1)
            .rev()
            .take_while(|&(k, _)| is_time_adjunct(tokens, verb_start + k))
            .count();
        let verb = &verb[..verb.len() - timed];
        // ("Rachel Reeves was blunt:": a copula and a word of manner;
        // "Meg Ryan was equally effusive:", an adverb between; "was
        // blunter still:", one after.)
        let adverb = |t: &Token| {
            t.lower.ends_with("ly") || matches!(t.lower, "more" | "less" | "even" | "still")
        };
        let copula = matches!(
            verb.first().map(|t| t.lower),
            Some("was" | "is" | "were" | "are")
        ) && (verb.len() == 2 || (verb.len() == 3 && verb[1..].iter().any(adverb)));
        // A person named or meant by a pronoun may take a verb and its
        // object ("Biden struck a defiant tone:", "Al Thani struck a more
        // cautious note:"); a description, fewer words ("The statement
        // went on:").
        // ("My neighbor put it more simply:": so may anyone who "put it".)
        let put_it = matches!(verb, [put, it, ..] if put.lower == "put" && it.lower == "it");
        // (With a comma, "put it" and an adverb at most: "put it on the
        // table, “…” written on it" is no lead-in.)
        if comma && !(put_it && verb.len() <= 3) {
            return None;
        }
        let longest = match f.who {
            Who::Entity(e) if self.names.entities[e].kind == EntityKind::Person => 5,
            Who::Pronoun(_) => 5,
            Who::Description if start == 0 && headline => 5,
            _ if put_it => 4,
            _ => 3,
        };
        let short = (1..=longest).contains(&verb.len())
            && verb.iter().all(|t| t.is_word() && !t.capital)
            && (copula || !verb[0].info.is_closed_class());
        short.then(|| {
            let cue = match (copula, put_it) {
                (true, _) => verb.iter().map(|t| t.lower).collect::<Vec<_>>().join(" "),
                (false, true) => "put it".to_owned(),
                (false, false) => self.cue_at(tokens, verb_start),
            };
            (f, cue)
        })
    }

    /// The colon before the quote at `q` when a plain clause of a few
    /// words stands between them: no other quote, no verb of speech (whose
    /// subject speaks instead: "Reeves was blunt: Sunak had called it
    /// “…”").
    fn colon_before_a_plain_clause(
        &self,
        tokens: &[Token<'a>],
        start: usize,
        q: usize,
    ) -> Option<usize> {
        let colon = (start..q.saturating_sub(1))
            .rev()
            .take(12)
            .find(|&k| tokens[k].is_punct(':'))?;
        let plain = tokens[colon + 1..q].iter().all(|t| t.quote().is_none())
            && (colon + 1..q).all(|k| self.verb_at(tokens, k).is_none());
        plain.then_some(colon)
    }

    /// "Lee took to X:", "Lee took to social media to vent her
    /// frustration:": a clause that takes to a medium (named, or a
    /// medium's noun), perhaps to do a short something, before a colon.
    fn takes_to_a_medium(&self, clause: &[Token]) -> bool {
        let [take, to, rest @ ..] = clause else {
            return false;
        };
        if !(matches!(take.lower, "took" | "takes" | "take" | "taking") && to.lower == "to") {
            return false;
        }
        let purpose = rest
            .iter()
            .position(|t| t.lower == "to")
            .unwrap_or(rest.len());
        let (medium, purpose) = rest.split_at(purpose);
        names_a_medium_briefly(medium)
            && purpose.len() <= 5
            && purpose.iter().all(|t| t.is_word() && !t.capital)
    }

    /// "For Ana Ruiz, 52, the choice is simple: “…”", "To Ben Cole, the
    /// answer was obvious:": a sentence framed for a person, then a short
    /// clause with a copula and a colon, gives that person's words.
    fn framed_colon(&self, tokens: &[Token], start: usize, q: usize) -> Option<(Found, String)> {
        if q < start + 6 || !tokens[q - 1].is_punct(':') {
            return None;
        }
        let (f, mut comma) = self.person_framed(tokens, start..q - 1)?;
        // Past an aside of age or role: ", 52,", ", a nurse,".
        if tokens[(comma + 2).min(q - 1)..q - 1]
            .iter()
            .take(2)
            .any(|t| t.is_punct(','))
        {
            comma = (comma + 1..q - 1).find(|&k| tokens[k].is_punct(','))?;
        }
        let clause = &tokens[comma + 1..q - 1];
        let copula = clause.iter().position(|t| is_a_form_of_be(t.lower))?;
        let short = (2..=6).contains(&clause.len())
            && clause.iter().all(|t| t.is_word() && !t.capital)
            && copula + 1 < clause.len();
        short.then(|| {
            let cue = clause[copula..].iter().map(|t| t.lower).collect::<Vec<_>>();
            (f, cue.join(" "))
        })
    }

    /// "Obama is rolling out a new campaign message: “It's about me.”": a
    /// lead-in that ends in a speech noun and a colon is its subject's.
    fn speech_noun_colon(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
    ) -> Option<(Found, String)> {
        if q < start + 3 || !tokens[q - 1].is_punct(':') {
            return None;
        }
        // "Key quote from Stride:", "A statement from the White House:":
        // whoever the words are from.
        if let Some(from) = (start.max(q.saturating_sub(8))..q - 1).find(|&k| {
            tokens[k].lower == "from"
                && k > start
                && (tokens[k - 1].info.is_speech_noun()
                    || matches!(tokens[k - 1].lower, "quote" | "quotes"))
        }) {
            let f = self.subject_after(tokens, from + 1, q - 1)?;
            return Some((f, tokens[from - 1].lower.to_owned()));
        }
        // ("Rep. Bo Diaz had a message for his colleagues:": whom the
        // words are for may follow the noun, in a few words.)
        let for_whom = (q.saturating_sub(7).max(start + 1)..q - 2)
            .rev()
            .find(|&k| {
                matches!(tokens[k].lower, "for" | "to")
                    && tokens[k - 1].info.is_speech_noun()
                    && tokens[k + 1..q - 1]
                        .iter()
                        .all(|t| t.is_word() && !t.info.is_speech_verb())
            });
        let noun = for_whom.map_or(q - 2, |k| k - 1);
        if !tokens[noun].info.is_speech_noun() {
            return None;
        }
        // "I had to change my answer:", "Trump's message:": a noun with an
        // owner other than the subject is the owner's words.
        let near = start.max(noun.saturating_sub(4));
        let owner = (near..noun)
            .find(|&k| tokens[k].possessive || matches!(tokens[k].lower, "my" | "our" | "your"));
        if let Some(o) = owner {
            // "I had to change my answer:": the narrator's words, resting on
            // the "I" that owns the noun.
            let narrator = matches!(tokens[o].lower, "my" | "our")
                .then(|| {
                    (start..o)
                        .rev()
                        .find(|&k| tokens[k].info.pronoun() == Some(PronounKind::First))
                })
                .flatten()?;
            let f = Found {
                who: Who::Pronoun(PronounKind::First),
                start: narrator,
                end: narrator + 1,
            };
            return Some((f, self.cue_at(tokens, noun)));
        }
        let f = self.sentence_subject(tokens, start, noun)?;
        // The subject is the lead-in's own, not a name inside a phrase
        // that ends at the noun ("a message from …").
        if tokens[f.end.min(noun)..noun]
            .iter()
            .any(|t| t.quote().is_some() || t.lower == "from")
        {
            return None;
        }
        Some((f, self.cue_at(tokens, noun)))
    }

    /// `…, Schiff said. "The other factor …"`: a quote that opens a sentence
    /// right after a sentence closing on its own attribution.
    fn previous_sentence(
        &self,
        tokens: &[Token],
        start: usize,
        q: usize,
    ) -> Option<(Found, String)> {
        if q != start || start == 0 {
            return None;
        }
        let prev = quoteless_sentence_before(tokens, start)?;
        self.closing_attribution(tokens, prev.start, prev.end)
    }

    /// Rule 5: the paragraph before ends with `He tweeted Monday:`, or a
    /// paragraph that is nothing but the quote follows a sentence that
    /// names a channel: "In a statement, BuzzFeed spokesman Matt
    /// Mittenthal doubled down on its defense." / "“As we've …”"
    fn lead_in(&self, p: usize, q: usize) -> Option<(Found, String)> {
        if q != 0 || p == 0 {
            return None;
        }
        let prev = &self.paras[p - 1].tokens;
        let start = self.paras[p - 1].sentences.last().map_or(0, |r| r.start);
        if !prev.last().is_some_and(|t| t.is_punct(':')) {
            let quote_only = self.paras[p].tokens[1..].iter().all(|t| !t.is_word());
            // (A signature below says whose it is: "Politicians reacted on
            // social media. ¶ “…” ¶ — Ann Lee (@annlee)", `signed_below`.)
            let signed = || {
                self.paras
                    .get(p + 1)
                    .is_some_and(|next| next.tokens.first().is_some_and(is_dash))
            };
            if !quote_only || prev.iter().any(|t| t.quote().is_some()) || signed() {
                return None;
            }
            // Its channel is taken by `attribute_one`; the cue is the
            // subject's verb ("doubled down"), or failing one a colon's.
            self.lead_in_channel(p)?;
            let f = self.sentence_subject(prev, start, prev.len())?;
            // (Past an aside: "Intel, which makes chips, defended".)
            let after_aside = prev
                .get(f.end)
                .filter(|t| t.is_punct(','))
                .and_then(|_| (f.end + 1..prev.len()).find(|&k| prev[k].is_punct(',')))
                .map_or(f.end, |k| k + 1);
            let verb = prev[after_aside..]
                .iter()
                .find(|t| t.is_word() && !t.info.is_closed_class())
                .map_or(":", |t| t.lower);
            return Some((f, verb.to_owned()));
        }
        // "Romney said:", or "Sanders made the following comment:".
        self.before(prev, start, prev.len() - 1).or_else(|| {
            let f = self.sentence_subject(prev, start, prev.len() - 1)?;
            Some((f, ":".to_owned()))
        })
    }

    /// A quote alone in its paragraph, signed on the line below by a dash
    /// and a name, perhaps with who they are: "“…”" / "— Ann Lee, CEO of
    /// Acme" (a pull quote, an epigraph); or by a sentence that says whose
    /// it was: "That is the view of Ann Lee" (see `message_from`).
    fn signed_below(&self, p: usize, q: usize) -> Option<(Found, String)> {
        let own = &self.paras[p].tokens;
        let next_para = self.paras.get(p + 1)?;
        let next = &next_para.tokens;
        let alone = q == 0 && own[1..].iter().all(|t| !t.is_word());
        if !alone {
            return None;
        }
        // "“Buyers have the upper hand.” ¶ That is the view of Daryl
        // Fairweather, …": the next paragraph's first sentence, quoteless,
        // says whose the words are.
        if !next.first().is_some_and(is_dash) {
            let first = next_para.sentences.first()?;
            if next[first.clone()].iter().any(|t| t.quote().is_some()) {
                return None;
            }
            // ("“I thought I would die.” ¶ That is how Maria Lopez
            // remembers the night": or says how they put it.)
            return self
                .message_from_at(next_para, 0)
                .or_else(|| self.was_how(next, first.clone(), 0));
        }
        if next.iter().any(|t| t.quote().is_some()) {
            return None;
        }
        // ("— Ann Lee (@annlee) May 30, 2024": an embedded post's
        // signature holds a handle in parentheses, and a date.)
        Some((self.signature_at(next, 1, next.len())?, "―".to_owned()))
    }

    /// The channel named by the last sentence of the paragraph before
    /// paragraph `p`, a lead-in ("In a memo to staff, … wrote:"). The
    /// sentence holds no quote, so the quote stands past its end.
    fn lead_in_channel(&self, p: usize) -> Option<String> {
        let prev = &self.paras[p - 1];
        let start = prev.sentences.last().map_or(0, |r| r.start);
        let end = prev.tokens.len();
        self.channel_in(&prev.tokens, start..end, end)
    }

    /// Rule 3: `according to X` (or `per X`): X's speaker (a person or body
    /// named in it), channel (when X is a medium: "Chinese state media")
    /// and the cue's words.
    #[allow(clippy::type_complexity)]
    fn according_to(
        &self,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        q: usize,
    ) -> Option<(Option<Found>, Option<String>, &'static str)> {
        // ("per Axios", "per a source", "per two sources": "per" before a
        // name or a noun phrase, not "per cent", "per share" or "per two
        // weeks".)
        let counted = |i: usize| {
            (is_number_word(tokens[i].lower)
                || matches!(tokens[i].lower, "several" | "multiple" | "numerous"))
                && tokens
                    .get(i + 1)
                    .is_some_and(|noun| self.is_described_singular_or_plural(noun.lower))
        };
        let (a, start) = sentence.clone().find_map(|i| {
            let next = tokens.get(i + 1)?;
            match tokens[i].lower {
                "according" if next.lower == "to" => Some((i, i + 2)),
                "per"
                    if next.capital
                        || matches!(next.lower, "a" | "an" | "the")
                        || counted(i + 1) =>
                {
                    Some((i, i + 1))
                }
                _ => None,
            }
        })?;
        let mut phrase_end = start;
        while phrase_end < sentence.end && tokens[phrase_end].kind == TokenKind::Word {
            phrase_end += 1;
        }
        if phrase_end == start {
            return None;
        }
        // ("Xi said they should “handle differences” and be “partners,”
        // according to Xinhua": past another quote the phrase still names
        // the sentence's medium, but no speaker of this one.)
        let past_another_quote = a > q && tokens[q + 1..a].iter().any(|t| t.quote().is_some());
        // (A document is one too: "according to a poll", "a draft". Not
        // what a source is briefed on: "two officials briefed on the
        // call"; nor one that owns people: "the study's authors" speak.)
        let owns_people = |k: usize| {
            tokens[k].possessive
                && (k + 1..phrase_end.min(k + 3)).any(|h| self.names_people(tokens[h].lower))
        };
        let is_medium = (start..phrase_end).filter(|&k| !owns_people(k)).any(|k| {
            tokens[k].info.is_media_noun() || self.grammar.document_noun(tokens[k].lower).is_some()
        }) && self
            .source_ending_at(tokens, start, phrase_end)
            .is_none_or(|f| f.start != start);
        // ("“…,” he said …, according to the Boston Globe": an outlet's name
        // is the channel of another's words, and the speaker of none else.)
        let names_outlet = tokens[start..phrase_end]
            .iter()
            .any(|t| t.capital && t.info.is_outlet());
        // ("according to a draft seen by Reuters": who saw a document did
        // not write it; "a study published Tuesday in the Lancet": nor the
        // journal that printed it. The speaker is sought before.)
        let end = (start + 1..phrase_end)
            .find(|&k| brings_in_no_author(tokens, k))
            .unwrap_or(phrase_end);
        // "according to a source close to Sen. Tom Cotton": an unnamed
        // source, whatever name describes it.
        let source = (!is_medium)
            .then(|| self.source_ending_at(tokens, start, end))
            .flatten()
            .filter(|f| f.start == start);
        let mut speaker = source;
        let mut channel_end = phrase_end;
        // "according to a statement from the Egyptian foreign ministry": a
        // document speaks for the body it is from, and is the channel.
        let from = (speaker.is_none() && is_medium)
            .then(|| {
                (start + 1..end).find(|&k| {
                    matches!(tokens[k].lower, "from" | "by")
                        && self.grammar.document_noun(tokens[k - 1].lower).is_some()
                })
            })
            .flatten();
        if let Some(from) = from
            && let Some(body) = self
                .description_ending_at(tokens, from + 1, end)
                .filter(|f| f.start == from + 1)
        {
            speaker = Some(body);
            channel_end = from;
        }
        // A person named inside: "a report by analysts led by Zachary
        // Witlin"; the first, in "a speech Mrs. Clinton delivered at New
        // York University".
        let mut i = if speaker.is_some() { end } else { start };
        while i < end {
            if let Some(run_end) = name_run_at(tokens, i).map(|e| e.min(end)) {
                // ("according to a Commission spokesperson", "to two
                // Pentagon officials", "to a spokesperson for the
                // Commission": a name before a noun for people, or after
                // it and "for", is whom they speak for; they, described,
                // speak.)
                let people = |t: &Token| {
                    t.is_word()
                        && !t.capital
                        && self
                            .class_singular_or_plural(t.lower)
                            .is_some_and(|c| !is_class_of_things(c))
                };
                let modifies_people = run_end < end && people(&tokens[run_end]);
                // (`i` is past "according to" or "per": `i - 1` is a token.)
                let the = usize::from(tokens[i - 1].lower == "the");
                let spoken_for = i >= start + 2 + the
                    && tokens[i - 1 - the].lower == "for"
                    && people(&tokens[i - 2 - the]);
                // ("according to a filing with the SEC": whom a document
                // went to did not write it.)
                let received = i >= start + 2 + the
                    && tokens[i - 1 - the].lower == "with"
                    && self
                        .grammar
                        .document_noun(tokens[i - 2 - the].lower)
                        .is_some();
                if !tokens[run_end - 1].possessive && !modifies_people && !spoken_for && !received {
                    let split = split_name(tokens, i, run_end);
                    // (A run of titles alone names no one: "according to
                    // Prince" has no core.)
                    if split.core_start < run_end
                        && let Some(entity) = self.entity_for(tokens, split.core_start, run_end)
                    {
                        let found = Found {
                            who: Who::Entity(entity),
                            start: split.core_start,
                            end: run_end,
                        };
                        speaker = Some(found);
                        if self.names_a_person(found) {
                            break;
                        }
                    }
                }
                i = run_end;
            } else {
                i += 1;
            }
        }
        // ("a statement from Sen. Ted Cruz": as from a body, the document
        // alone is the channel, when the name is all that follows its one
        // "from" or "by"; not "a report by Eurasia Group analysts led by
        // …", nor "a complaint filed by … and a complaint by Vermont".)
        if let Some(from) = from
            && speaker.is_some()
            && name_run_at(tokens, past_the(tokens, from + 1)) == Some(end)
            && !tokens[start..from]
                .iter()
                .any(|t| matches!(t.lower, "from" | "by"))
        {
            channel_end = from;
        }
        // "according to its filing with the SEC", "his statement": whom
        // the owner's pronoun means wrote the document, its channel.
        if speaker.is_none()
            && is_medium
            && matches!(tokens[start].lower, "his" | "her" | "its")
            && let Some(noun) =
                (start + 1..end).find(|&k| self.grammar.document_noun(tokens[k].lower).is_some())
        {
            speaker = Some(Found {
                who: Who::Description,
                start,
                end: noun + 1,
            });
        }
        // "according to him", "according to them": whom the pronoun means.
        if speaker.is_none()
            && phrase_end == start + 1
            && let Some(kind) = object_pronoun(tokens[start].lower)
        {
            speaker = Some(Found {
                who: Who::Pronoun(kind),
                start,
                end: start + 1,
            });
        }
        // "according to a person familiar with the talks": no name, but a
        // description of someone, kept as the mention.
        if speaker.is_none() && !is_medium {
            speaker = self
                .source_ending_at(tokens, start, end)
                .or_else(|| self.description_ending_at(tokens, start, end))
                .or_else(|| {
                    self.description_at(tokens, start).map(|(_, e)| Found {
                        who: Who::Description,
                        start,
                        end: e,
                    })
                })
                // "a person who attended the meeting", "a senior
                // administration official who spoke …" (a compound's head
                // is its last noun)
                .or_else(|| {
                    let mut head = (start..end).find(|&k| tokens[k].info.has_description())?;
                    while head + 1 < end && tokens[head + 1].info.has_description() {
                        head += 1;
                    }
                    let opens = tokens[start].lower;
                    matches!(
                        opens,
                        "a" | "an" | "one" | "two" | "three" | "several" | "some"
                    )
                    .then_some(Found {
                        who: Who::Description,
                        start,
                        end: head + 1,
                    })
                });
        }
        // ("according to conservative talk radio host Rush Limbaugh": a
        // person's description names a medium, but the person speaks.)
        // (But "a report by analysts led by Zachary Witlin" is a document,
        // and "the Boston Globe" no person.)
        let a_person = speaker.is_some_and(|f| {
            f.end == end
                && self.names_a_person(f)
                && !tokens[f.start..f.end].iter().any(|t| t.info.is_outlet())
                && !tokens[start..f.start]
                    .iter()
                    .any(|t| self.grammar.document_noun(t.lower).is_some())
        });
        // ("per ESPN's Shams Charania": the outlet whose reporter the
        // person is, as for "told CNN's Jake Tapper".)
        let reporters_outlet = || {
            let f = speaker?;
            let owner_end = (start + 1..=f.start).find(|&k| tokens[k - 1].possessive)?;
            (tokens[start..owner_end]
                .iter()
                .any(|t| t.capital && t.info.is_outlet()))
            .then(|| self.owner_phrase(tokens, start, owner_end))
        };
        let channel = if a_person {
            reporters_outlet()
        } else {
            (is_medium || names_outlet).then(|| self.phrase(tokens, start, channel_end))
        };
        let cue = if start == a + 1 {
            "per"
        } else {
            "according to"
        };
        if past_another_quote {
            return channel.map(|c| (None, Some(c), cue));
        }
        Some((speaker, channel, cue))
    }

    /// Whether entity `entity` is a medium's name: it holds an outlet's word
    /// ("BBC World Service") or a medium's noun ("Sky News", "Cartoon
    /// Network"), but not a medium's noun before a firm's line of business
    /// ("Network Rail").
    fn is_media_name(&self, entity: usize) -> bool {
        let tokens = &self.names.entities[entity].tokens;
        let a_firm = || tokens.last().is_some_and(|t| t.info.is_business_line());
        tokens.iter().any(|t| t.info.is_outlet())
            || (tokens.iter().any(|t| t.info.is_media_noun()) && !a_firm())
    }

    /// Whether entity `e` is a medium, and no person whose name holds a
    /// medium's word.
    fn is_an_outlet(&self, e: usize) -> bool {
        self.names.entities[e].kind != EntityKind::Person && self.is_media_name(e)
    }

    /// The channel named around a speech verb: "said in a statement", "told
    /// BuzzFeed News", "was quoted by the Russian Duma as saying".
    /// ("said in his opening remarks" names what kind of words, no medium
    /// they came through; "remarks carried by state TV" does.)
    fn channel_in(
        &self,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        q: usize,
    ) -> Option<String> {
        self.medium_named_in(tokens, sentence, q).filter(|channel| {
            !channel
                .rsplit(' ')
                .next()
                .is_some_and(|head| matches!(head, "remarks" | "remark" | "comments"))
        })
    }

    /// The phrase of a medium named around a speech verb, whatever its
    /// head (`channel_in` keeps those that name a medium).
    fn medium_named_in(
        &self,
        tokens: &[Token],
        sentence: std::ops::Range<usize>,
        q: usize,
    ) -> Option<String> {
        // "McKellen called him “a true original,” while Sam Mendes wrote on
        // Instagram": a clause set against the quote's, after ", while" or
        // a semicolon, names another's medium.
        // (The comma may close a quote: "“a true original,” while".)
        let breaks = |k: usize| {
            tokens[k].is_punct(';')
                || (k > 0
                    && (tokens[k - 1].is_punct(',')
                        || (tokens[k - 1].quote().is_some()
                            && self.ends_with_comma(&tokens[k - 1])))
                    && matches!(tokens[k].lower, "while" | "whereas"))
        };
        // ("They clashed over the statement, which Trump called “fake”":
        // the relative clause that holds the quote is a clause of its own.)
        // (A relative clause set off by a comma opens at `k`.)
        let opens_relative = |k: usize| {
            k > 0 && tokens[k - 1].is_punct(',') && matches!(tokens[k].lower, "which" | "who")
        };
        let relative =
            |k: usize| opens_relative(k) && !tokens[k + 1..q].iter().any(|t| t.is_punct(','));
        let clause_start = (sentence.start..q.min(sentence.end))
            .rev()
            .find(|&k| breaks(k) || relative(k))
            .map_or(sentence.start, |k| k + 1);
        let clause_end = (q + 1..sentence.end)
            .find(|&k| breaks(k))
            .unwrap_or(sentence.end);
        let sentence = clause_start.max(sentence.start)..clause_end;
        let mut owner_outlet = None;
        // ("Hague, who met Fury on the ITV2 show in 2019, said", "said Lee,
        // who told CNN last year that she would run": a relative clause
        // set off by a comma tells of its subject, not where the words
        // came; unless it tells where they spoke, "Biden, who spoke at a
        // news conference, said".)
        let mut aside_end = 0;
        for i in sentence.clone() {
            if i < aside_end {
                continue;
            }
            // (A flag first: this runs for every word.)
            if tokens[i].info.is_closed_class() && opens_relative(i) {
                let end = (i + 1..sentence.end)
                    .find(|&k| tokens[k].is_punct(','))
                    .unwrap_or(sentence.end);
                let spoke_there = tokens[i + 1..end].iter().any(|w| {
                    matches!(
                        w.lower,
                        "spoke" | "speaks" | "speaking" | "appeared" | "appears" | "appearing"
                    )
                });
                if !(i..end).contains(&q) && !spoke_there {
                    aside_end = end;
                    continue;
                }
            }
            // "said on “Morning Joe”": a programme's title is the channel.
            // Only a quote after "on" or a possessive name can be one, so
            // no other quote is trimmed to find out.
            // ("on this weekend's broadcast of “Fox News Sunday”": a
            // medium's "of" introduces one too.)
            // (Here only a capitalised owner: "Sean Hannity's “…”".)
            let owner = |k: usize| match Owner::before(tokens, k) {
                Owner::Name if tokens[k - 1].possessive && !tokens[k - 1].capital => Owner::None,
                owner => owner,
            };
            if i != q
                && tokens[i].quote().is_some()
                && i > 0
                && (is_programme_cue(tokens[i - 1].lower) || owner(i) != Owner::None)
            {
                let title = self.quote_words(tokens[i].span);
                if is_programme(Some(tokens[i - 1].lower), owner(i), title) {
                    return Some(title.to_owned());
                }
            }
            // ("Speaking on the “Pod Save America” podcast", "on his “New
            // Heights” podcast", "told the “Pod Save America” podcast": a
            // title set before its medium's noun, after "on the", "to the"
            // or "told the", or an owner's word.)
            if i != q
                && tokens[i].quote().is_some()
                && i >= 2
                && (tokens[i - 1].lower == "the" || tokens[i - 1].info.is_possessive_determiner())
                && (matches!(tokens[i - 2].lower, "on" | "to")
                    || self.grammar.speech_lemma(tokens[i - 2].lower) == Some("tell"))
                && let Some(noun) = tokens.get(i + 1).filter(|t| t.info.is_media_noun())
            {
                let title = self.quote_words(tokens[i].span);
                if is_programme(Some("on"), Owner::None, title) {
                    return Some(format!("{title} {}", noun.lower));
                }
            }
            if i == q || tokens[i].quote().is_some() {
                continue;
            }
            let t = &tokens[i];
            // "using his Christmas message to urge", "used a speech to
            // call": a medium used to speak.
            if i < q
                && !t.capital
                && t.info.is_media_noun()
                && tokens.get(i + 1).is_some_and(|n| n.lower == "to")
                && self.medium_used_at(tokens, sentence.start, i + 1).is_some()
            {
                return Some(self.phrase(tokens, i, i + 1));
            }
            // A verb of speech, or "speaking", a few words before: "said at
            // a news conference", "speaking by video link".
            // (Past an aside set off after the speaker: "said Lin Jian, a
            // ministry spokesman, at a regular briefing".)
            let spoken_before = || {
                let from = match i.checked_sub(1).filter(|&c| tokens[c].is_punct(',')) {
                    Some(close) => (close.saturating_sub(10)..close)
                        .rev()
                        .find(|&k| tokens[k].is_punct(','))
                        .unwrap_or(i),
                    None => i,
                };
                (from.saturating_sub(6)..i).any(|v| {
                    self.verb_at(tokens, v).is_some()
                        || matches!(tokens[v].lower, "speaking" | "talking")
                })
            };
            // "State television showed Putin telling officials: “…”", "the
            // video shows her saying": a medium that shows someone speak.
            // ("A recording obtained by CNN captured Musk saying": one
            // that someone obtained or released.)
            // ("“…,” the video showed Tlaib telling supporters": after the
            // quote too.)
            if matches!(
                t.lower,
                "showed" | "shows" | "show" | "captured" | "captures"
            ) {
                let obtained_by = |after: usize| {
                    tokens.get(after).is_some_and(|t| {
                        matches!(t.lower, "obtained" | "released" | "published" | "aired")
                    }) && tokens.get(after + 1).is_some_and(|t| t.lower == "by")
                        && name_run_at(tokens, past_the(tokens, after + 2)) == Some(i)
                };
                let floor = if q < i { q + 1 } else { sentence.start };
                let medium = (i.saturating_sub(7).max(floor)..i).find(|&k| {
                    let len = self.media_noun_len(tokens, k);
                    len > 0 && (k + len == i || obtained_by(k + len))
                });
                if let Some(noun) = medium {
                    let start = (sentence.start..noun)
                        .rev()
                        .take(2)
                        .take_while(|&k| tokens[k].is_word() && !tokens[k].info.is_closed_class())
                        .last()
                        .unwrap_or(noun);
                    return Some(self.phrase(tokens, start, i));
                }
            }
            // "“…,” Lavrov noted, TASS reported.", "…, the Interfax news
            // agency reported": an outlet set off after the attribution
            // reports it.
            if i > q && matches!(t.lower, "reported" | "reports") {
                let mut s = i;
                let word = |t: &Token| {
                    is_name_word(t)
                        || (t.is_word() && !t.capital && !t.info.is_closed_class())
                        || t.lower == "the"
                };
                while s > q + 1 && i - s < 5 && word(&tokens[s - 1]) {
                    s -= 1;
                }
                // (The comma may close another quote of the sentence: "…
                // and be “partners,” Xinhua reported".)
                let comma =
                    |t: &Token| t.is_punct(',') || (t.quote().is_some() && self.ends_with_comma(t));
                if s < i
                    && s > q + 1
                    && comma(&tokens[s - 1])
                    && (s..i).any(|k| tokens[k].info.is_outlet() || tokens[k].info.is_media_noun())
                {
                    return Some(self.phrase(tokens, s, i));
                }
            }
            // "Asked by the BBC if …, he replied", "In response to a
            // question from The Washington Post, …": the outlet that asked.
            if matches!(t.lower, "asked" | "question" | "questions")
                && let Some(outlet) = self.outlet_that_asked(tokens, i, q, sentence.end)
            {
                return Some(outlet);
            }
            // "quoted by the Russian Duma", "cited by TASS as saying" (not
            // "cited by police for speeding"); "was quoted as saying by the
            // RIA news agency", the "by" after "as saying".
            let quoted_or_cited = matches!(t.lower, "quoted" | "cited");
            if quoted_or_cited && tokens.get(i + 1).is_some_and(|n| n.lower == "by") {
                let end = self.phrase_end(tokens, i + 2, sentence.end, &["as"]);
                let as_saying = tokens.get(end).is_some_and(|t| t.lower == "as");
                if end > i + 2 && (t.lower == "quoted" || as_saying) {
                    return Some(self.phrase(tokens, i + 2, end));
                }
            } else if quoted_or_cited
                && tokens.get(i + 1).is_some_and(|n| n.lower == "as")
                && tokens.get(i + 2).is_some_and(|n| n.lower.ends_with("ing"))
                && tokens.get(i + 3).is_some_and(|n| n.lower == "by")
            {
                let end = self.phrase_end(tokens, i + 4, sentence.end, &[]);
                if end > i + 4 {
                    return Some(self.phrase(tokens, i + 4, end));
                }
            }
            // "the official IRNA news agency quoted … as saying", "Politico
            // cited two aides as saying": a medium that quotes someone is
            // the channel.
            let cited_as_saying = || {
                (i + 2..q).any(|a| {
                    tokens[a].lower == "as"
                        && tokens.get(a + 1).is_some_and(|n| n.lower.ends_with("ing"))
                })
            };
            if i < q
                && quoted_or_cited
                && (t.lower == "quoted" || (t.lower == "cited" && cited_as_saying()))
            {
                let mut subject = i;
                while subject > sentence.start
                    && tokens[subject - 1].is_word()
                    && !tokens[subject - 1].info.is_closed_class()
                {
                    subject -= 1;
                }
                let medium = |words: &[Token]| {
                    words
                        .iter()
                        .any(|w| w.info.is_media_noun() || w.info.is_outlet())
                };
                if medium(&tokens[subject..i]) {
                    return Some(self.phrase(tokens, subject, i));
                }
                // "KCNA, the North's state news agency, quoted …": the name
                // before an aside that says it is a medium.
                // ("Quoted in the paper, he said": no aside opens a
                // paragraph.)
                let close = i.saturating_sub(1);
                let open = (subject == i && close > sentence.start && tokens[close].is_punct(','))
                    .then(|| {
                        (close.saturating_sub(8).max(sentence.start)..close)
                            .rev()
                            .take_while(|&k| tokens[k].is_word() || tokens[k].is_punct(','))
                            .find(|&k| tokens[k].is_punct(','))
                    })
                    .flatten();
                if let Some(open) = open
                    && medium(&tokens[open + 1..close])
                {
                    let name = (sentence.start..open)
                        .rev()
                        .take_while(|&k| is_name_word(&tokens[k]))
                        .last();
                    return Some(match name {
                        Some(name) => self.phrase(tokens, name, open),
                        None => self.phrase(tokens, open + 1, close),
                    });
                }
            }
            // "a statement from the Democratic committee said", "a report
            // by the Eurasia Group says" ("“…,” read a statement from the
            // White House"): the document is the channel of
            // the body that speaks through it.
            // (Not a document cited: "called the bill “…,” citing a report
            // by the CBO" gives the grounds, not the medium.)
            let cited = || {
                tokens[i.saturating_sub(3)..i]
                    .iter()
                    .any(|w| matches!(w.lower, "cite" | "cites" | "cited" | "citing"))
            };
            // ("A statement released by Buckingham Palace said": a
            // participle of issuing may stand before "by"; not one of
            // sharing, "a video shared by the Russian state Zvezda news
            // channel", which is the medium. And a time, "A report last
            // year by", "released Tuesday by".)
            // (A noun of description first, a flag: this runs for every
            // word.)
            let by = || {
                let published = tokens
                    .get(i + 1)
                    .is_some_and(|p| matches!(p.lower, "released" | "issued" | "published"));
                let after = i + 1 + usize::from(published);
                (after..(after + 3).min(sentence.end))
                    .find(|&k| !is_time_adjunct(tokens, k))
                    .unwrap_or(after)
            };
            if t.info.has_description()
                && !t.capital
                && let by = by()
                && by + 1 < sentence.end
                && matches!(tokens[by].lower, "from" | "by")
                // ("responded to the report by saying": after "by", a way
                // of speaking, not who wrote.)
                && self.verb_at(tokens, by + 1).is_none()
                && self.grammar.document_noun(t.lower).is_some()
                && !cited()
                && ((i + 2..(i + 10).min(sentence.end)).any(|v| self.verb_at(tokens, v).is_some())
                    || (q < i && (q + 1..i).any(|v| self.verb_at(tokens, v).is_some())))
            {
                return Some(self.phrase(tokens, i, i + 1));
            }
            // "took to Facebook to rebuke her sister", "taking to social
            // media": the medium taken to.
            if matches!(t.lower, "took" | "take" | "takes" | "taking")
                && tokens.get(i + 1).is_some_and(|n| n.lower == "to")
            {
                let medium = past_the(tokens, i + 2);
                // (One modifier may come first: "social media", "his blog".)
                let noun = (medium..medium + 2).find(|&k| self.media_noun_len(tokens, k) > 0);
                if let Some(noun) = noun {
                    let end = noun + self.media_noun_len(tokens, noun);
                    if q < i || q >= end {
                        return Some(self.phrase(tokens, medium, end));
                    }
                }
            }
            // "told her Instagram followers", "shared the news with his 2
            // million TikTok followers": the platform they follow on, when
            // someone spoke or shared there.
            if matches!(t.lower, "followers" | "subscribers")
                && let Some(platform) = (i.saturating_sub(2).max(sentence.start)..i)
                    .find(|&k| tokens[k].capital && k + self.media_noun_len(tokens, k) == i)
                && (sentence.start..platform).any(|v| {
                    tokens[v].info.is_publishing_verb() || self.verb_at(tokens, v).is_some()
                })
            {
                return Some(self.phrase(tokens, platform, i));
            }
            // "released a statement late Tuesday saying: “…”", "issued a
            // statement calling the attack “…”": the medium published.
            // (Not "the New York Post reports"; and a participle in the
            // sentence before is someone else's act more often than not:
            // "Trump said he appreciates Mueller releasing a statement".)
            // (Nor a noun after its determiner: "His posts show “…”", "The
            // shares show".)
            if t.info.is_publishing_verb()
                && !t.capital
                && (q < sentence.end || !t.lower.ends_with("ing"))
                && !(i > 0 && is_determiner(&tokens[i - 1]))
            {
                // ("posted that the call was “…”": a "that" before a
                // determiner opens the clause posted, whose nouns are what
                // it says, not its medium.)
                let opens_a_clause = |k: usize| {
                    tokens[k].lower == "that" && tokens.get(k + 1).is_some_and(is_determiner)
                };
                let noun = (i + 1..(i + 4).min(sentence.end))
                    .take_while(|&k| {
                        tokens[k].is_word() && !tokens[k].capital && !opens_a_clause(k)
                    })
                    .find(|&k| self.media_noun_len(tokens, k) > 0);
                // ("shared the news on Instagram": the news is what was
                // said, and the medium comes after.)
                let the_news = |k: usize| tokens[k].lower == "news" && tokens[k - 1].lower == "the";
                // ("sends a clear message that …": a figure of speech.)
                let sends_a_message = |k: usize| {
                    tokens[k].lower == "message"
                        && matches!(t.lower, "send" | "sends" | "sent" | "sending")
                };
                // ("Spotify, which filed the complaint, welcomed the ruling,
                // calling it “…”": a relative clause set off before the
                // quote tells of its subject, not where the words came.)
                let in_a_relative_aside = || {
                    let open = (sentence.start..i).rev().find(|&k| tokens[k].is_punct(','));
                    open.is_some_and(|c| opens_relative(c + 1))
                        && (i + 1..q).any(|k| tokens[k].is_punct(','))
                };
                if let Some(noun) = noun
                    && q > noun
                    && !the_news(noun)
                    && !sends_a_message(noun)
                    && !in_a_relative_aside()
                {
                    let end = noun + self.media_noun_len(tokens, noun);
                    // ("posted a message on Instagram": the platform too, as
                    // "in a post on Instagram" has it.)
                    let platform = tokens
                        .get(end)
                        .filter(|t| matches!(t.lower, "on" | "to"))
                        .and_then(|_| name_run_at(tokens, end + 1))
                        .filter(|&e| e <= sentence.end && self.names_a_medium(tokens, end + 1, e));
                    return Some(self.phrase(tokens, i + 1, platform.unwrap_or(end)));
                }
            }
            // "concluded her Facebook post: “…”", "ended his speech: “…”":
            // the medium a speech verb takes before the colon.
            if i < q
                && tokens[q - 1].is_punct(':')
                && (2..=5).contains(&(q - 1 - i))
                && is_determiner(&tokens[i + 1])
                && !tokens[i + 1].possessive
                && tokens[i + 2..q - 1]
                    .iter()
                    .all(|w| w.is_word() && !w.possessive)
                && tokens[q - 2].info.is_media_noun()
                && self.verb_at(tokens, i).is_some()
            {
                return Some(self.phrase(tokens, i + 1, q - 1));
            }
            // "said at a news conference", "Speaking at a campaign rally in
            // Ohio", "Addressing a rally in Gujarat", "said during a town
            // hall": a gathering, a word or two after "at" or "during" near
            // the verb, or after "addressing".
            // A named one is named whole: "at the World Economic Forum".
            if matches!(t.lower, "at" | "addressing" | "during") {
                // (Not where a name goes on past the noun: "an analyst at
                // Summit Insights", "the Conference Board" are firms.)
                let named = |k: usize| tokens[k].capital && tokens[k].is_word();
                // ("at the company's annual conference": an owner's word
                // more; "at a 4 p.m. briefing", "at a Friday evening
                // rally": a clock's or a time's words more.)
                let clock = |t: &Token| {
                    t.lower.bytes().all(|b| b.is_ascii_digit() || b == b':')
                        || matches!(t.lower.trim_end_matches('.'), "a.m" | "p.m")
                };
                let early = &tokens[i + 1..(i + 4).min(sentence.end)];
                let reach = i
                    + 4
                    + usize::from(early[..early.len().min(2)].iter().any(|t| t.possessive))
                    + early
                        .iter()
                        .filter(|t| clock(t) || t.info.is_time_word())
                        .count();
                let event = (i + 1..(i + 6).min(sentence.end))
                    .take_while(|&k| tokens[k].is_word())
                    .take_while(|&k| k < reach || named(k - 1))
                    .find(|&k| {
                        let len = self.noun_len(tokens, k, WordInfo::is_event);
                        len > 0 && !(named(k) && tokens.get(k + len).is_some_and(is_name_word))
                    });
                if let Some(mut k) = event {
                    let name_start = (i + 1..k).rev().take_while(|&n| named(n)).last();
                    // ("during his daily conference call": a medium that
                    // opens as a gathering is the medium.)
                    let end = k + self
                        .noun_len(tokens, k, WordInfo::is_event)
                        .max(self.media_noun_len(tokens, k));
                    k = match tokens[k].capital {
                        true => name_start.unwrap_or(k),
                        false => gathering_start(tokens, i + 1, k),
                    };
                    // ("At a news conference on Sunday, Quill said": a
                    // gathering that opens the sentence, before its verb.)
                    let near_verb = t.lower == "addressing"
                        || spoken_before()
                        || (i == sentence.start
                            && (end..sentence.end).any(|v| self.verb_at(tokens, v).is_some()));
                    if near_verb && (q < i || q >= end) {
                        return Some(self.phrase(tokens, k, end));
                    }
                }
            }
            // "said by email", "speaking by video link": the means, named
            // bare, that carried the words; or the line that carried a
            // voice, "said over the phone".
            if matches!(t.lower, "by" | "over") {
                let over = t.lower == "over";
                let start = i
                    + 1
                    + usize::from(over && tokens.get(i + 1).is_some_and(|n| n.lower == "the"));
                let words = tokens[start.min(sentence.end)..sentence.end]
                    .iter()
                    .take_while(|w| w.is_word())
                    .map(|w| w.lower);
                let end = start
                    + match over {
                        true => self.grammar.voice_carrier_len(words),
                        false => self.grammar.remote_means_len(words),
                    };
                // (Not the means of a reported clause's own verb: "said the
                // news came by email".)
                let a_clause_between = || {
                    let verb = (i.saturating_sub(6)..i).rev().find(|&v| {
                        self.verb_at(tokens, v).is_some()
                            || matches!(tokens[v].lower, "speaking" | "talking")
                    });
                    verb.is_some_and(|v| {
                        tokens[v + 1..i].iter().any(|t| {
                            t.lower == "that"
                                || (is_past_tense(t) && !t.capital)
                                || t.info.pronoun().is_some()
                        })
                    })
                };
                if end > start && (q < i || q >= end) && spoken_before() && !a_clause_between() {
                    return Some(self.phrase(tokens, start, end));
                }
            }
            // "said on CNN", "appearing on MSNBC": an outlet's name; and
            // where words are written, "in" one ("writes Jane Doe in The
            // Atlantic", a title opening on a capitalised "The"; "said in
            // the Times" may be a report about them). The verbs are looked
            // for last: "in" is a common word.
            let wrote_before =
                || (i.saturating_sub(6)..i).any(|v| self.verb_at(tokens, v) == Some("write"));
            let the = tokens.get(i + 1).filter(|n| n.lower == "the");
            // ("Andy Murray, commentating for the BBC, called": or "for"
            // after the work of a medium's voice or pen.)
            let for_a_medium = t.lower == "for"
                && i > 0
                && matches!(
                    tokens[i - 1].lower,
                    "commentating" | "writing" | "reporting" | "broadcasting" | "presenting"
                );
            // ("said on The View": a programme's title, on the air.)
            let titled =
                (matches!(t.lower, "in" | "on") || for_a_medium) && the.is_some_and(|n| n.capital);
            // ("added on Match of the Day", "said on Meet the Press": or a
            // programme's title that holds a small word.)
            if (matches!(t.lower, "on" | "via" | "in") || for_a_medium)
                && let Some(name) =
                    Some(i + 1 + usize::from(the.is_some())).filter(|&k| k < sentence.end)
                && let Some(run_end) = name_run_at(tokens, name)
                    .filter(|end| titled || tokens[name..*end].iter().any(|w| w.info.is_outlet()))
                    .or_else(|| {
                        (t.lower == "on" && the.is_none())
                            .then(|| programme_title_end(tokens, name, sentence.end))
                            .flatten()
                    })
                && run_end <= sentence.end
                && !tokens[run_end - 1].possessive
                && (q < i || q >= run_end)
                && (t.lower != "in" || wrote_before())
                && (for_a_medium
                    || (i.saturating_sub(6)..i).any(|v| {
                    self.verb_at(tokens, v).is_some()
                        || matches!(tokens[v].lower, "speaking" | "appearing" | "interviewed")
                    })
                    // ("said Kevin Hassett, the director, on Fox Business":
                    // past an aside after the speaker.)
                    || spoken_before()
                    || (run_end + 1 == q && tokens[run_end].is_punct(':'))
                    // ("Ian Wright, on Match of the Day, called it": set
                    // off before the verb.)
                    || (i > 0
                        && tokens[i - 1].is_punct(',')
                        && tokens.get(run_end).is_some_and(|c| c.is_punct(','))
                        && self.verb_at(tokens, run_end + 1).is_some()))
            {
                return Some(self.phrase(tokens, name - usize::from(titled), run_end));
            }
            // "in a statement", "on Twitter", "on his radio show"
            // (Not what a source was briefed on: "people briefed on the
            // call"; nor an office's field after its title, "Special
            // Adviser on Media and Publicity".)
            if t.info.is_channel_preposition()
                && t.lower != "to"
                && !(i > 0
                    && (matches!(tokens[i - 1].lower, "briefed" | "involved")
                        || (tokens[i - 1].capital && tokens[i - 1].info.is_title())))
            {
                let end = self.phrase_end(tokens, i + 1, sentence.end, &[]);
                let phrase = &tokens[i + 1..end];
                // ("on the site's defense": a medium that owns is none.)
                // ("in the wake of the report", "in possession of video": a
                // medium behind another preposition is no channel.)
                // ("to speak on whether the video should be released": a
                // clause is no medium.)
                // ("wrote in a 90-page opinion": a court's opinion, written,
                // has an article; "in her opinion" is what she thinks. So
                // has an order, "wrote in an order", "in an executive
                // order", "in his 38-page order"; "in order to" is a
                // purpose, and "an extension on a court order" what was
                // extended.)
                // (And a brief or a motion, "wrote in a brief filed Monday",
                // "in its motion": after an article or an owner, and ending
                // their phrase; "in brief", "in slow motion" and "a brief
                // interview" are none.)
                let written_in_court = |k: usize| {
                    let article = matches!(phrase[0].lower, "a" | "an");
                    let owned = phrase[0].info.is_possessive_determiner();
                    let ends_its_phrase = || {
                        phrase.get(k + 1).is_none_or(|n| {
                            !n.is_word() || n.info.is_closed_class() || is_past_tense(n)
                        })
                    };
                    match phrase[k].lower {
                        "opinion" => article,
                        "order" => {
                            t.lower == "in" && (article || (k > 0 && owned && ends_its_phrase()))
                        }
                        // (Not "rule on the motion", what is ruled on.)
                        "brief" | "motion" => {
                            t.lower == "in"
                                && k > 0
                                && (article || phrase[0].lower == "the" || owned)
                                && ends_its_phrase()
                        }
                        _ => false,
                    }
                };
                if let Some((k, noun_len)) = (0..phrase.len())
                    .map(|k| match self.media_noun_len(phrase, k) {
                        0 => (k, usize::from(written_in_court(k))),
                        len => (k, len),
                    })
                    .find(|&(_, n)| n > 0)
                    // ("responded over Twitter"; not "apologised over the
                    // remarks", what the words were about.)
                    .filter(|&(k, _)| t.lower != "over" || phrase[k].capital)
                    // ("who has been in post since July": in office, as
                    // British papers say; a post written has an article or
                    // an owner.)
                    // ("In reply to a question": an answer, no medium; a
                    // reply written has an article or an owner, "wrote in a
                    // reply to another user".)
                    .filter(|&(k, _)| !(k == 0 && matches!(phrase[k].lower, "post" | "reply")))
                    // ("who has lived on Station Road": a street's name.)
                    .filter(|&(k, _)| {
                        !(phrase[k].capital
                            && name_run_at(tokens, i + 1 + k)
                                .is_some_and(|e| self.grammar.is_street_noun(tokens[e - 1].lower)))
                    })
                    // ("on Twitter", "on CNN"; not "Quill on the ruling:",
                    // a document the words are about; but "said on a video",
                    // a recording they are on.)
                    // ("doubling down on her comments": what the words are
                    // about.)
                    .filter(|&(k, _)| {
                        !(t.lower == "on" && matches!(phrase[k].lower, "comments" | "remarks"))
                    })
                    .filter(|&(k, _)| {
                        t.lower != "on"
                            || phrase[k].capital
                            || self.grammar.document_noun(phrase[k].lower).is_none()
                            || (matches!(phrase[k].lower, "video" | "clip" | "tape" | "recording")
                                && i > 0
                                && self.verb_at(tokens, i - 1).is_some())
                    })
                    // (Nor one past another preposition or a conjunction:
                    // "a ceasefire in Gaza and the release of hostages" is
                    // what was asked for.)
                    .filter(|&(k, _)| {
                        !phrase[..k].iter().any(|w| {
                            w.info.is_channel_preposition()
                                || matches!(
                                    w.lower,
                                    "of" | "with"
                                        | "for"
                                        | "at"
                                        | "by"
                                        | "from"
                                        | "and"
                                        | "or"
                                        | "whether"
                                        | "how"
                                        | "what"
                                        | "why"
                                        | "if"
                                )
                        })
                    })
                {
                    let near_verb = (i.saturating_sub(6)..i)
                        .any(|v| self.verb_at(tokens, v).is_some())
                        || (i + 1..(i + 8).min(sentence.end))
                            .any(|v| self.verb_at(tokens, v).is_some())
                        || (q + 1..i).all(|v| tokens[v].kind != TokenKind::Quote(0));
                    // "appeared on BBC Radio 4", "on BBC Radio 4's Today
                    // programme": a medium's noun in a name is the name's,
                    // and a programme the name owns is the channel.
                    let name = past_the(tokens, i + 1);
                    let named = (phrase[k].capital && name <= i + 1 + k)
                        .then(|| name_run_at(tokens, name))
                        .flatten()
                        .filter(|&e| e > i + 1 + k && e <= sentence.end);
                    if near_verb
                        && (q < i || q >= end)
                        && let Some(run_end) = named
                    {
                        let run_end = match tokens[run_end - 1].possessive {
                            false => Some(run_end),
                            true => self.programme_end(tokens, name, sentence.end),
                        };
                        if let Some(run_end) = run_end {
                            return Some(self.phrase(tokens, name, run_end));
                        }
                    }
                    if near_verb && (q < i || q > i + k) {
                        // "in a radio interview": the media nouns that follow
                        // are one medium.
                        let first_end = i + 1 + k + noun_len;
                        let noun_end = (first_end..end)
                            .find(|&n| !tokens[n].info.is_media_noun() || tokens[n].possessive)
                            .unwrap_or(end);
                        // "in an interview with NPR", "in remarks to the
                        // Financial Times": the outlet is the medium's.
                        // ("in an essay for Politico": what was written for
                        // one; "in remarks carried by state broadcaster
                        // CCTV": the outlet that carried them.)
                        // ("in an interview aired Sunday on CBS", "published
                        // Monday by The Atlantic": a time may stand between
                        // a participle and its preposition.)
                        let when = (noun_end + 1..tokens.len().min(noun_end + 3))
                            .take_while(|&k| is_time_adjunct(tokens, k))
                            .count();
                        let after_participle = tokens.get(noun_end + 1 + when).map(|t| t.lower);
                        // ("On Tuesday's episode of “The Steve Harvey
                        // Morning Show”": the programme's title, quoted.)
                        if let Some([of, title]) = tokens.get(noun_end..noun_end + 2)
                            && of.lower == "of"
                            && title.quote().is_some()
                            && noun_end + 1 != q
                        {
                            let words = self.quote_words(title.span);
                            if is_programme(None, Owner::Name, words) {
                                return Some(words.to_owned());
                            }
                        }
                        let link = match tokens.get(noun_end).map(|t| t.lower) {
                            Some("with" | "on" | "to" | "for" | "by") => 1,
                            Some("carried" | "broadcast" | "aired" | "published")
                                if after_participle == Some("by") =>
                            {
                                2 + when
                            }
                            // ("in an interview aired on PBS NewsHour")
                            Some("broadcast" | "aired") if after_participle == Some("on") => {
                                2 + when
                            }
                            // ("in a video posted to TikTok": the platform
                            // it was posted to.)
                            Some("posted" | "shared" | "uploaded")
                                if matches!(after_participle, Some("to" | "on")) =>
                            {
                                2 + when
                            }
                            _ => 0,
                        };
                        let joined = link > 0;
                        // ("in a post on his Truth Social account": an owner
                        // may stand where "the" does.)
                        let name = noun_end
                            + link
                            + usize::from(tokens.get(noun_end + link).is_some_and(|t| {
                                t.lower == "the" || t.info.is_possessive_determiner()
                            }));
                        // ("in an interview on “60 Minutes”", "with CBS's
                        // “Face the Nation”": a programme's title, quoted,
                        // perhaps after its outlet's possessive.)
                        let title = match tokens.get(name) {
                            Some(t) if t.quote().is_some() => Some(name),
                            Some(t) if joined && t.capital => {
                                name_run_at(tokens, name).filter(|&e| tokens[e - 1].possessive)
                            }
                            _ => None,
                        }
                        .filter(|&k| {
                            k != q
                                && tokens.get(k).is_some_and(|t| {
                                    t.quote().is_some()
                                        && is_programme(
                                            tokens.get(noun_end).map(|t| t.lower),
                                            Owner::before(tokens, k),
                                            self.quote_words(t.span),
                                        )
                                })
                        });
                        if let Some(k) = title {
                            let words = self.quote_words(tokens[k].span);
                            return Some(format!("{} {words}", self.phrase(tokens, i + 1, k)));
                        }
                        // ("in an interview with Good Morning Britain": a
                        // title of the grammar's is read whole, past its
                        // time's word.)
                        let run = joined
                            .then(
                                || match self.media_title_len_at(tokens, name, sentence.end) {
                                    0 => tokens.get(name).and_then(|_| name_run_at(tokens, name)),
                                    title => Some(name + title),
                                },
                            )
                            .flatten();
                        // ("in a post on Truth Social": a medium of two words.)
                        // ("carried by its Al-Manar TV station": with the
                        // media nouns after its name.)
                        // ("his Truth Social platform": or a kind of medium.)
                        // ("with CNN affiliate WPVI": the network's station,
                        // by its name.)
                        let station = |e: usize| station_named_at(tokens, e).filter(|&s| s <= end);
                        // ("with Fox affiliate KTVI": a station so named
                        // makes a medium of a network the grammar cannot
                        // tell from a surname.)
                        let outlet_end = run
                            .filter(|&e| self.names_a_medium(tokens, name, e))
                            .map(|e| {
                                station(e).unwrap_or_else(|| {
                                    e + (e..end)
                                        .take_while(|&n| {
                                            !tokens[n].capital
                                                && (self.media_noun_len(tokens, n) == 1
                                                    || tokens[n].info.is_outlet_kind())
                                        })
                                        .count()
                                })
                            })
                            .or_else(|| run.and_then(station));
                        // "in an interview on Sean Hannity's radio show": a
                        // medium someone owns.
                        let owned_end = run.filter(|&e| tokens[e - 1].possessive).and_then(|e| {
                            let nouns = (e..end)
                                .take_while(|&n| self.media_noun_len(tokens, n) > 0)
                                .count();
                            (nouns > 0).then_some(e + nouns)
                        });
                        // "in an interview with Time magazine", "with
                        // state-run RT television"
                        let titled_end = joined
                            .then(|| {
                                let modifiers = self.modifiers_at(tokens, name);
                                self.titled_medium_end(tokens, name + modifiers)
                            })
                            .flatten();
                        // "in an interview with the newspaper Le Monde",
                        // "with state news agency RIA Novosti", "with
                        // French daily Le Monde" (a word or two may say
                        // what kind first).
                        let kind_named_end = joined
                            .then(|| {
                                let noun = (name..(name + 3).min(end))
                                    .take_while(|&k| {
                                        tokens[k].is_word()
                                            && (!tokens[k].capital
                                                || looks_like_demonym(tokens[k].lower))
                                            && !tokens[k].info.is_closed_class()
                                    })
                                    .find(|&k| {
                                        self.media_noun_len(tokens, k) > 0
                                            || tokens[k].info.is_outlet_kind()
                                    })
                                    .unwrap_or(name);
                                let kind_word =
                                    tokens.get(noun).is_some_and(|t| t.info.is_outlet_kind());
                                let len = self
                                    .media_noun_len(tokens, noun)
                                    .max(usize::from(kind_word));
                                let kind = len > 0 && tokens[noun + len - 1].info.is_outlet_kind();
                                // ("French radio station RTL": the noun may
                                // go on in another.)
                                let after = noun + len;
                                let after = after + self.media_noun_len(tokens, after);
                                kind.then(|| self.name_after_a_kind(tokens, after, sentence.end))
                                    .flatten()
                            })
                            .flatten()
                            .filter(|&e| !tokens[e - 1].possessive);
                        // "in an interview with NPR's Morning Edition": the
                        // outlet's programme. (Its title may read past the
                        // phrase: "on CBS' Face the Nation".)
                        if let Some(programme_end) = run
                            .filter(|&e| tokens[e - 1].possessive)
                            .and_then(|_| self.programme_end(tokens, name, sentence.end))
                        {
                            return Some(self.phrase(tokens, i + 1, programme_end));
                        }
                        // "in an interview with NBC News' Kristen Welker": the
                        // outlet whose host it was.
                        let hosts_end = run.filter(|&e| {
                            tokens[e - 1].possessive
                                && (name..e).any(|k| tokens[k].info.is_outlet())
                                && tokens.get(e).is_some_and(is_name_word)
                        });
                        if let Some(e) = hosts_end {
                            return Some(self.owner_phrase(tokens, i + 1, e));
                        }
                        // "in remarks carried by state TV", "in an
                        // interview with local media": a medium unnamed.
                        // ("by state media KCNA": a name after it is its
                        // name; not a day, "by state TV Monday".)
                        // ("in a video posted to social media": past a
                        // participle the phrase's own end, at the verb,
                        // is passed; the sentence's is not.)
                        let reach = if link > 1 { end.max(sentence.end) } else { end };
                        let unnamed_end = joined
                            .then(|| {
                                let noun = name + self.modifiers_at(tokens, name);
                                let len = self.media_noun_len(&tokens[..reach], noun);
                                (len > 0).then_some(noun + len)
                            })
                            .flatten()
                            .map(|e| {
                                // ("in a post on his social media platform
                                // X": or a kind of medium and its name.)
                                tokens[..reach]
                                    .get(e)
                                    .filter(|t| is_name_word(t) && !t.info.is_time_word())
                                    .and_then(|_| outlet_name_at(tokens, e))
                                    .or_else(|| station_named_at(tokens, e))
                                    .filter(|&n| n <= reach && !tokens[n - 1].possessive)
                                    .unwrap_or(e)
                            });
                        // (The kind's name first: "Brazilian newspaper O
                        // Globo", not a title "Brazilian" of a newspaper.)
                        let outlet_end = outlet_end
                            .or(owned_end)
                            .or(kind_named_end)
                            .or(titled_end)
                            .or(unnamed_end);
                        // "said on talk radio station WVOM": the medium's name.
                        let name_after = tokens[noun_end - 1]
                            .info
                            .is_outlet_kind()
                            .then(|| self.name_after_a_kind(tokens, noun_end, sentence.end))
                            .flatten()
                            .filter(|&e| e <= end && !tokens[e - 1].possessive);
                        if let Some(name_end) = name_after {
                            return Some(self.phrase(tokens, noun_end, name_end));
                        }
                        // "has taken to Facebook … posted on the social media
                        // site": the site is the platform named before.
                        let the_site = outlet_end.is_none()
                            && tokens[i + 1].lower == "the"
                            && matches!(tokens[noun_end - 1].lower, "site" | "website");
                        // (A platform: a name all of whose words are a
                        // medium's, "Facebook", "Truth Social"; not an
                        // outlet's.)
                        let platform =
                            |e: &names::Entity| e.tokens.iter().all(|t| t.info.is_media_noun());
                        if the_site
                            && let Some(platform) = self.last_named_before(t.span.start, platform)
                        {
                            return Some(platform);
                        }
                        // ("In an interview, Carter told the BBC": a medium
                        // named after "told" later in the clause says more
                        // than an unnamed one.)
                        let told_by_name = || {
                            (noun_end..sentence.end).find_map(|j| {
                                if self.grammar.speech_lemma(tokens[j].lower) != Some("tell") {
                                    return None;
                                }
                                let name = past_the(tokens, j + 1);
                                let e = tokens.get(name).and_then(|_| name_run_at(tokens, name))?;
                                (e <= sentence.end && self.names_a_medium(tokens, name, e))
                                    .then(|| self.phrase(tokens, name, e))
                            })
                        };
                        if outlet_end.is_none()
                            && let Some(named) = told_by_name()
                        {
                            return Some(named);
                        }
                        return Some(self.phrase(tokens, i + 1, outlet_end.unwrap_or(noun_end)));
                    }
                }
            }
            // "told BuzzFeed News", "told Radio Vell", "told The New York
            // Times", "told Fox News host Mike Huckabee"; "speaking to the
            // BBC", "writing in the Daily Telegraph"
            // ("Michael Steele to MSNBC: “…”": a reactions list's line, with
            // no verb, says "to" for "told".)
            let listed_to = t.lower == "to"
                && i < q
                && tokens[q - 1].is_punct(':')
                && (sentence.start..q).all(|v| self.verb_at(tokens, v).is_none());
            let told = self.grammar.lemma(t.info) == Some("tell") || listed_to;
            // ("speaking later to CNBC", "speaking exclusively to the BBC":
            // an adverb may stand before the preposition.)
            let addressed_through = matches!(t.lower, "speaking" | "talking" | "writing")
                .then(|| {
                    let adverb = tokens.get(i + 1).is_some_and(|n| {
                        !n.capital
                            && (n.info.may_stand_before_verb()
                                || n.lower.len() > 4 && n.lower.ends_with("ly"))
                    });
                    Some(i + 1 + usize::from(adverb)).filter(|&p| {
                        tokens
                            .get(p)
                            .is_some_and(|n| matches!(n.lower, "to" | "in" | "on" | "with"))
                    })
                })
                .flatten();
            let addressed = addressed_through.is_some();
            let mut outlet = addressed_through.map_or(i + 1, |p| p + 1);
            outlet = past_the(tokens, outlet);
            // ("told the state-run RIA Novosti agency": a modifier or two
            // may stand before the outlet's name.)
            if told || addressed {
                let modifiers = self.modifiers_at(tokens, outlet);
                if modifiers > 0
                    && tokens
                        .get(outlet + modifiers)
                        .is_some_and(|t| t.capital && t.info.is_outlet())
                {
                    outlet += modifiers;
                }
            }
            // "told Good Morning America", "said on Sunday with Laura
            // Kuenssberg", "told Rolling Stone": a programme or a
            // publication the grammar names, named bare.
            if (told || addressed || t.lower == "on")
                && tokens
                    .get(outlet)
                    .is_some_and(|w| w.capital || w.is_numeral())
            {
                let len = self.media_title_len_at(tokens, outlet, sentence.end);
                // ("told People magazine", "told People's Daily": a longer
                // name, read below, when a medium's noun or an outlet's word
                // follows.)
                let longer = || {
                    tokens
                        .get(outlet + len)
                        .is_some_and(|w| w.info.is_media_noun() || w.info.is_outlet())
                };
                if len > 0 && (q < i || q >= outlet + len) && !longer() {
                    let (first, last) = (&tokens[outlet], &tokens[outlet + len - 1]);
                    // ("told Rolling Stone's Brian Hiatt": without its
                    // possessive.)
                    let end = last.span.start + names::printed_word(self.text, last).len();
                    return Some(self.text[first.span.start..end].to_owned());
                }
            }
            // "told CNN's State of the Union", "said on NBC's Meet the
            // Press", "told the BBC's Today programme": an outlet's
            // programme.
            if told || addressed || t.lower == "on" {
                let owner = if t.lower == "on" { i + 1 } else { outlet };
                let owner = past_the(tokens, owner);
                if let Some(end) = self.programme_end(tokens, owner, sentence.end) {
                    return Some(self.phrase(tokens, owner, end));
                }
            }
            // "told the World Economic Forum", "told the Munich Security
            // Conference": a gathering named whole.
            if told
                && tokens.get(outlet).is_some_and(|n| n.capital)
                && let Some(end) = name_run_at(tokens, outlet)
                && end <= sentence.end
                && (q < i || q >= end)
                && self.noun_len(tokens, end - 1, WordInfo::is_event) == 1
                // (Not a modifier: "told Conference organisers".)
                && tokens
                    .get(end)
                    .is_none_or(|n| !n.is_word() || n.info.is_closed_class())
            {
                return Some(self.phrase(tokens, outlet, end));
            }
            // "told Bill O'Reilly of Fox News", "told Jane Doe of the
            // Associated Press": the outlet of the person told.
            // (Not a body whose name ends in another's head: "told the
            // Atlantic Council", "the House Small Business Committee".)
            // (Nor a person's name that ends like a paper's, a given name
            // first: "told Linda Sun", as the names read it.)
            let names_outlet = |start: usize, end: usize| {
                // (Or a part of a word joined by hyphens: "Radio-Canada".)
                let outlet_part = |w: &Token| {
                    w.lower.contains('-')
                        && w.lower.split('-').any(|part| {
                            let info = self.grammar.info(part);
                            info.is_media_noun() || info.is_outlet()
                        })
                };
                let outlet_word = |w: &Token| {
                    w.info.is_media_noun()
                        || w.info.is_outlet()
                        || is_call_sign(self.text, w)
                        || (w.capital && outlet_part(w))
                };
                let last = &tokens[end - 1];
                (outlet_word(last) || !last.info.is_organisation_head())
                    && tokens[start..end].iter().any(outlet_word)
                    && !(is_given_name(tokens[start].info)
                        && self
                            .mention_entity(tokens, start)
                            .is_some_and(|e| self.names.entities[e].kind == EntityKind::Person))
            };
            let outlet_of = |of: usize| {
                if tokens.get(of).is_none_or(|t| t.lower != "of") {
                    return None;
                }
                let name = past_the(tokens, of + 1);
                let end = tokens.get(name).and_then(|_| name_run_at(tokens, name))?;
                (names_outlet(name, end) && !tokens[end - 1].possessive)
                    .then(|| self.phrase(tokens, name, end))
            };
            if told
                && let Some(person_end) =
                    tokens.get(outlet).and_then(|_| name_run_at(tokens, outlet))
            {
                let of = (outlet..person_end)
                    .find(|&k| tokens[k].lower == "of")
                    .unwrap_or(person_end);
                if !names_outlet(outlet, of)
                    && let Some(channel) = outlet_of(of)
                {
                    return Some(channel);
                }
            }
            // The name after a medium's noun is the medium's: "the state
            // news agency TASS", "German newspaper Bild".
            let name_at = |end: usize| {
                self.name_after_a_kind(tokens, end, sentence.end)
                    .filter(|&e| !tokens[e - 1].possessive)
            };
            // ("told MSNBC's Joy Reid in a town hall interview": an owner
            // is not the channel; what it owns may be.)
            // ("told The Hill", "told The Verge": a capital "The" inside the
            // sentence is a publication's, whatever its name; but words are
            // spoken in a place, "speaking in The Hague", and written in a
            // publication.)
            let spoken_in =
                t.lower != "writing" && addressed_through.is_some_and(|p| tokens[p].lower == "in");
            let the_title = outlet >= 2
                && !spoken_in
                && tokens[outlet - 1].lower == "the"
                && tokens[outlet - 1].capital
                && !tokens[outlet - 2].sentence_end
                && tokens
                    .get(outlet)
                    .is_some_and(|t| !t.info.is_title() && !is_given_name(t.info));
            // (A station's call sign that opens with a digit is no name's
            // word: "told 2GB's Ben Fordham"; nor an outlet's name that
            // opens in lower case: "told talkSPORT".)
            let call_sign = || {
                tokens
                    .get(outlet)
                    .filter(|t| {
                        t.is_word()
                            && (is_call_sign(self.text, t)
                                || t.info.is_outlet() && has_inner_capital(self.text, t))
                    })
                    .map(|_| outlet + 1)
            };
            let outlet_run = (told || addressed)
                .then(|| {
                    tokens
                        .get(outlet)
                        .and_then(|_| name_run_at(tokens, outlet))
                        .or_else(call_sign)
                })
                .flatten()
                .filter(|&end| {
                    // ("told Vanity Fair in its March cover story": told a
                    // name that the sentence goes on to call "its".)
                    let its = || {
                        matches!(tokens.get(end).map(|t| t.lower), Some("in" | "for"))
                            && tokens.get(end + 1).is_some_and(|t| t.lower == "its")
                    };
                    names_outlet(outlet, end)
                        || (the_title && !tokens[end - 1].possessive && end <= sentence.end)
                        || (!tokens[end - 1].possessive && its())
                });
            // "told CNN's Jake Tapper": the outlet whose host was told is
            // the channel, unless the sentence names another.
            if let Some(end) = outlet_run.filter(|&e| tokens[e - 1].possessive)
                && owner_outlet.is_none()
            {
                owner_outlet = Some(self.owner_phrase(tokens, outlet, end));
            }
            if let Some(end) = outlet_run.filter(|&e| !tokens[e - 1].possessive) {
                // The outlet's name ends before a person's title ("host"),
                // and goes on through a number ("Channel 4 News") and small
                // words ("BBC Match of the Day").
                let end = (outlet + 1..end)
                    .find(|&k| {
                        let t = &tokens[k];
                        !t.capital
                            && !t.is_numeral()
                            && !names::is_connector(t.lower)
                            && t.lower != "the"
                    })
                    .unwrap_or(end);
                // "told Fox News host Mike Huckabee on his radio show": the
                // outlet's host was told, and a medium the sentence names
                // later is the channel.
                let host_told = tokens.get(end).is_some_and(|t| {
                    t.is_word() && !t.capital && (t.info.is_title() || t.info.has_description())
                }) && tokens.get(end + 1).is_some_and(is_name_word);
                // "told CNN affiliate WPVI", "told ABC station WPVI": the
                // station, by its name, as "said on talk radio station WVOM".
                if let Some(station_end) = station_named_at(tokens, end) {
                    return Some(self.phrase(tokens, end + 1, station_end));
                }
                // (With its "The" when the name has one: "The New York
                // Times", but "the Guardian".)
                let name = outlet - usize::from(the_title);
                if !host_told {
                    return Some(self.phrase(tokens, name, end));
                }
                owner_outlet.get_or_insert_with(|| self.phrase(tokens, name, end));
            }
            // "told People magazine", "told Time magazine"
            if (told || addressed)
                && let Some(end) = self.titled_medium_end(tokens, outlet)
            {
                if let Some(name_end) = name_at(end) {
                    return Some(self.phrase(tokens, end, name_end));
                }
                return Some(self.phrase(tokens, outlet, end));
            }
            // "told a news conference", "told the state news agency": a
            // medium named by its common noun (perhaps after a modifier or
            // two), which ends the phrase ("told a television interviewer"
            // names a person), or is followed by its name ("told the state
            // news agency TASS"). With no article, only a noun with a name
            // after it or a modifier before it: "told state broadcaster
            // ERT", "told state media".
            // ("told a rally in Eldoret", "told a summit": a gathering is
            // told as a medium is.)
            // ("told Spanish daily Marca": a kind of medium with its name
            // after it is one too.)
            let told_through_len = |j: usize| {
                self.media_noun_len(tokens, j)
                    .max(self.noun_len(tokens, j, WordInfo::is_event))
                    .max(usize::from(
                        tokens[j].info.is_outlet_kind() && name_at(j + 1).is_some(),
                    ))
            };
            let k = i + 1 + usize::from(addressed);
            // ("told his podcast New Heights": an owner's word stands where
            // an article does.)
            let article = tokens.get(k).is_some_and(|t| {
                matches!(t.lower, "a" | "an" | "the") || t.info.is_possessive_determiner()
            });
            if (told || addressed)
                && let Some(noun) = (k + usize::from(article)..k + 4)
                    // ("told reporters on a call": the medium is behind a
                    // preposition, and its own.) ("told the club's website":
                    // an owner in lower case may stand first.)
                    .take_while(|&j| {
                        tokens.get(j).is_some_and(|t| {
                            let owner = j == k + usize::from(article) && article && !t.capital;
                            t.is_word() && (!t.possessive || owner) && !t.info.is_closed_class()
                        })
                    })
                    .find(|&j| !tokens[j].capital && told_through_len(j) > 0)
            {
                // ("the Today programme": a title may stand before the noun.)
                let end = noun + told_through_len(noun);
                // "news agency": a medium's noun may go on in another.
                let end = end + self.media_noun_len(tokens, end);
                if let Some(name_end) = name_at(end) {
                    return Some(self.phrase(tokens, end, name_end));
                }
                // ("told a news conference Tuesday", "told the paper
                // afterwards": when it was told ends the phrase too; so
                // does where, after a preposition that may start a name
                // elsewhere, "told a news conference outside the court",
                // as "Inside Climate News" is one.)
                let ends_phrase = tokens.get(end).is_none_or(|n| {
                    !n.is_word()
                        || n.info.is_closed_class()
                        || matches!(
                            n.lower,
                            "afterwards"
                                | "afterward"
                                | "recently"
                                | "separately"
                                | "outside"
                                | "inside"
                                | "ahead"
                                | "opposite"
                        )
                        || is_time_adjunct(tokens, end)
                });
                // "told the media" names an audience, as "told reporters"
                // does, not a medium.
                // ("told a press conference" is told a gathering.)
                let audience = noun == k + 1
                    && tokens[noun].info.is_audience()
                    && self.media_noun_len(tokens, noun) == 1;
                if article && ends_phrase && !audience {
                    // "told the outlet", "told the paper": the outlet the
                    // article named before, as a reader takes it.
                    let the_kind = tokens[k].lower == "the"
                        && noun == k + 1
                        && end == noun + 1
                        && tokens[noun].info.is_outlet_kind();
                    // (An outlet: a name with an outlet's word, "The
                    // Post", "the Associated Press".)
                    let outlet = |e: &names::Entity| e.tokens.iter().any(|t| t.info.is_outlet());
                    if the_kind && let Some(outlet) = self.last_named_before(t.span.start, outlet) {
                        return Some(outlet);
                    }
                    // A title or a place before the noun is the medium's:
                    // "the Today programme", "a Detroit television station";
                    // so is an owner: "the club's website", as "on the
                    // company's blog". So is any modifier of a medium, as
                    // "said in a court filing" keeps it ("a local radio
                    // station"), but not of a gathering, as "said at a
                    // briefing" does not ("told a regular press briefing").
                    let start = match self.noun_len(tokens, noun, WordInfo::is_event) {
                        0 => k + 1,
                        _ => gathering_start(tokens, k + 1, noun),
                    };
                    return Some(self.phrase(tokens, start, end));
                }
                // "told state media", "told local radio": with no article, a
                // modifier makes the noun a medium.
                if !article && ends_phrase && noun > k {
                    return Some(self.phrase(tokens, k, end));
                }
            }
        }
        owner_outlet
    }

    /// The end of an outlet's programme named at `owner`: an outlet's
    /// possessive name ("CNN's", "the BBC's"), then the programme's
    /// title in capitals ("State of the Union") or a media noun ("Today
    /// programme"). A person the outlet owns ("MSNBC's Joy Reid") is none.
    fn programme_end(&self, tokens: &[Token], owner: usize, limit: usize) -> Option<usize> {
        let name_end = name_run_at(tokens, owner).filter(|&e| e <= limit)?;
        let outlet = &tokens[owner..name_end];
        if !outlet.last()?.possessive
            || !outlet
                .iter()
                .any(|w| w.info.is_outlet() || w.info.is_media_noun())
        {
            return None;
        }
        let mut end = name_end;
        let mut k = name_end;
        while k < limit.min(name_end + 6) {
            let w = &tokens[k];
            if !w.is_word() || w.possessive {
                break;
            }
            if self.media_noun_len(tokens, k) > 0 && !w.capital {
                end = k + self.media_noun_len(tokens, k);
                break;
            }
            // ("Sunday with Laura Kuenssberg", "Real Time with Bill Maher":
            // a host's name after "with".)
            // ("the BBC's Radio 4": a station's number, after its name.)
            if w.capital || (k > name_end && names::is_station_number(tokens, k)) {
                end = k + 1;
            } else if !matches!(w.lower, "the" | "of" | "and" | "with") {
                break;
            }
            k += 1;
        }
        // A title of capitals alone may be a person's name ("MSNBC's Joy
        // Reid"): a programme's holds a small word ("Meet the Press"), a
        // time's word ("RTÉ's Morning Ireland", "ABC's This Week") or ends
        // in a medium's noun ("Today programme").
        // (Or is a title of the grammar's: "ABC's Insiders".)
        let title = &tokens[name_end..end];
        let programme = title
            .iter()
            .any(|w| !w.capital || w.info.is_time_word() || w.info.is_closed_class())
            || self.media_title_len_at(tokens, name_end, end) == end - name_end;
        (end > name_end && programme).then_some(end)
    }

    /// "the state-run RIA Novosti agency", "state-run RT television": how
    /// many lower-case modifiers (one or two, else none) stand at `k`
    /// before an outlet's name.
    fn modifiers_at(&self, tokens: &[Token], k: usize) -> usize {
        let modifiers = tokens[k.min(tokens.len())..]
            .iter()
            .take(3)
            .take_while(|t| {
                t.is_word()
                    && !t.capital
                    && !t.info.is_closed_class()
                    && !t.info.is_media_noun()
                    && !self.is_description_noun(t)
            })
            .count();
        if modifiers < 3 { modifiers } else { 0 }
    }

    /// Where the name of a medium ends that follows its kind at `k`
    /// ("station WVOM", "the show Loose Women"), if one does. A title the
    /// grammar knows is read whole, past its time's word: "the show Good
    /// Morning Britain".
    fn name_after_a_kind(&self, tokens: &[Token], k: usize, limit: usize) -> Option<usize> {
        match self.media_title_len_at(tokens, k, limit) {
            0 => outlet_name_at(tokens, k),
            title => Some(k + title),
        }
    }

    /// How many words at `k`, before `limit`, name a programme or a
    /// publication of the grammar's ("Good Morning Britain"); 0 if none.
    /// (Its words capitalised: "said on Sunday morning" is a time.)
    fn media_title_len_at(&self, tokens: &[Token], k: usize, limit: usize) -> usize {
        // (Most words start no title: asked first, before the phrase is
        // built and looked up.)
        if !tokens[k.min(limit)..limit]
            .first()
            .is_some_and(|t| t.info.may_start_media_title())
        {
            return 0;
        }
        let words = tokens[k.min(limit)..limit]
            .iter()
            .take_while(|w| {
                let small = matches!(w.lower, "with" | "the" | "and" | "of" | "on");
                (w.is_word() && (w.capital || w.is_numeral() || small)) || w.is_punct('&')
            })
            .map(|w| w.lower);
        self.grammar.media_title_len(words)
    }

    /// "Time magazine", "People magazine": capitalised words at `start`,
    /// which may be common ones, then a medium's noun. Where it ends.
    /// ("French radio station": the noun may go on in another.)
    fn titled_medium_end(&self, tokens: &[Token], start: usize) -> Option<usize> {
        let title_end = (start..tokens.len().min(start + 4))
            .find(|&k| !(tokens[k].is_word() && tokens[k].capital && !tokens[k].possessive))
            .unwrap_or(tokens.len().min(start + 4));
        let noun = self.media_noun_len(tokens, title_end);
        (title_end > start && noun > 0).then(|| {
            let end = title_end + noun;
            end + self.media_noun_len(tokens, end)
        })
    }

    /// Whether the name `tokens[start..end]` is a medium's: an outlet's
    /// ("The New York Times", a station's call sign "KTVI"), a platform's
    /// ("Instagram", "Truth Social") or a title of the grammar's whole
    /// ("Voice of America"), not owned ("Sean Hannity's").
    fn names_a_medium(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        !tokens[end - 1].possessive
            && ((start..end).any(|k| {
                tokens[k].info.is_outlet()
                    || self.media_noun_len(&tokens[..end], k) > 0
                    || is_call_sign(self.text, &tokens[k])
            }) || self.media_title_len_at(tokens, start, end) == end - start)
    }

    /// The length in words of the media noun at `tokens[k]`: one word
    /// ("statement"), two ("Truth Social"), or 0 for none. A medium that
    /// owns is none ("on the site's defense").
    fn media_noun_len(&self, tokens: &[Token], k: usize) -> usize {
        self.noun_len(tokens, k, WordInfo::is_media_noun)
    }

    /// The length in words of the noun at `tokens[k]` that `is` accepts:
    /// one word, two ("news conference"), or 0 for none or an owner.
    fn noun_len(&self, tokens: &[Token], k: usize, is: fn(WordInfo) -> bool) -> usize {
        // ("told the newspaper" may end its paragraph: nothing after.)
        let Some(w) = tokens.get(k) else {
            return 0;
        };
        if w.possessive {
            return 0;
        }
        // The longer first: "news conference", not "news"; "series of
        // tweets".
        if !w.info.starts_phrase() {
            return usize::from(is(w.info));
        }
        (2..=3)
            .rev()
            .find(|&n| {
                tokens.get(k..k + n).is_some_and(|words| {
                    !words[n - 1].possessive && is(self.grammar.info(&self.phrase_of(words)))
                })
            })
            .unwrap_or_else(|| usize::from(is(w.info)))
    }

    /// The words of a quote token, marks trimmed.
    fn quote_words(&self, outer: Span) -> &str {
        self.text[outer.start..outer.end].trim_matches(|c: char| !c.is_alphanumeric())
    }

    /// "“Where were you?” asked Whitfield. ¶ “At home,” Hart replied. ¶
    /// “Alone?” ¶ “Yes.”": in an exchange of questions and answers, a
    /// paragraph that is nothing but quote `qi` takes its turn. A question
    /// after an answer is the asker's again, and an answer to a question
    /// asked so is the answerer's: the quote before `prev`, the one `qi`
    /// would go on from, when the two came in paragraphs one after the
    /// other from different speakers.
    fn turn_in_exchange(
        &self,
        qi: usize,
        prev: usize,
        quotes: &[FoundQuote],
        done: &[Attribution],
    ) -> Option<usize> {
        let alone = |i: usize| {
            let para = &self.paras[quotes[i].paragraph].tokens;
            para.iter().all(|t| !t.is_word())
        };
        if !alone(qi) || quotes[prev].paragraph + 1 != quotes[qi].paragraph {
            return None;
        }
        let before = (0..prev)
            .rev()
            .find(|&b| quotes[b].depth == 0 && !self.is_nickname_quote(b, quotes))?;
        let asks = |i: usize| self.ends_with_mark(quotes[i].span, '?');
        let turn = if asks(qi) {
            asks(before) && !asks(prev)
        } else {
            asks(prev) && !asks(before)
        };
        (turn
            && quotes[before].paragraph + 1 == quotes[prev].paragraph
            && done[before].source.is_some()
            && done[before].speaker != done[prev].speaker)
            .then_some(before)
    }

    /// Who asked the quote before `qi`, when it is a question.
    fn asker_before<'d>(
        &self,
        qi: usize,
        quotes: &[FoundQuote],
        done: &'d [Attribution],
    ) -> Option<&'d str> {
        let before = (0..qi).rev().find(|&b| quotes[b].depth == 0)?;
        self.ends_with_mark(quotes[before].span, '?')
            .then(|| done[before].speaker.as_deref())
            .flatten()
    }

    /// "“Did you lie?” Blanche asked. “No,” the witness answered": an
    /// answer to a question is not the asker's. When "he", "she" or a
    /// description gives it to the `asker`, it goes to the other of the
    /// last two people named.
    fn answerer(&self, tokens: &[Token], f: Found, asker: &str, cue: &str) -> Option<String> {
        if !self.unnamed_reply(f, cue) {
            return None;
        }
        let gender = gender_of(tokens[f.start..f.end].iter().map(|t| t.info));
        let [a, b] = self.last_people_named(tokens[f.start].span.start, 2)[..] else {
            return None;
        };
        let name = |e: usize| self.names.entities[e].name.as_str();
        let other = match (name(a) == asker, name(b) == asker) {
            (true, false) => b,
            (false, true) => a,
            _ => return None,
        };
        genders_agree(gender, self.names.entities[other].gender()).then(|| name(other).to_owned())
    }

    /// Whether a cue replies ("answered", "replied", "shot back") and "he",
    /// "she" or a description gives it.
    fn unnamed_reply(&self, f: Found, cue: &str) -> bool {
        let replies = matches!(
            self.grammar.speech_lemma(cue),
            Some("answer" | "reply" | "respond" | "retort")
        ) || cue.ends_with(" back");
        replies
            && matches!(
                f.who,
                Who::Pronoun(PronounKind::Singular) | Who::Description
            )
    }

    /// "“You have failed,” Badenoch told Starmer. The Labour leader
    /// replied": a reply that "he", "she" or a description gives to the one
    /// who spoke the quote before is the one that quote was told to, when
    /// it names them ("told Starmer"; not "told reporters").
    fn replier(
        &self,
        tokens: &[Token],
        f: Found,
        speaker: &str,
        cue: &str,
        (qi, quotes, done): (usize, &[FoundQuote], &[Attribution]),
    ) -> Option<String> {
        if !self.unnamed_reply(f, cue) {
            return None;
        }
        let before = (0..qi).rev().find(|&b| quotes[b].depth == 0)?;
        if done[before].speaker.as_deref() != Some(speaker) {
            return None;
        }
        let said = done[before].mention?;
        let told_in = &self.paras[quotes[before].paragraph].tokens;
        let k = told_in.partition_point(|t| t.span.start < said.end);
        let told = (k..told_in.len().min(k + 3)).find(|&j| addresses_someone(told_in[j].lower))?;
        let name_end = name_run_at(told_in, told + 1)?;
        let Who::Entity(e) = self.found_name(told_in, told + 1, name_end)?.who else {
            return None;
        };
        let gender = gender_of(tokens[f.start..f.end].iter().map(|t| t.info));
        let name = &self.names.entities[e].name;
        (name != speaker
            && !self.is_a_body(e)
            && !self.is_media_name(e)
            && genders_agree(gender, self.names.entities[e].gender()))
        .then(|| name.clone())
    }

    /// The end of a noun phrase starting at `i`: words, up to a comma, a
    /// quote, a stop word or `limit`.
    fn phrase_end(&self, tokens: &[Token], i: usize, limit: usize, stops: &[&str]) -> usize {
        let mut end = i;
        while end < limit
            && end - i < 10
            && tokens[end].kind == TokenKind::Word
            && !stops.contains(&tokens[end].lower)
            // ("said on Monday his government would ban social media": a
            // determiner after a word of content opens another phrase.)
            && (end == i
                || !(matches!(tokens[end].lower, "the" | "a" | "an")
                    || tokens[end].info.is_possessive_determiner())
                || tokens[end - 1].info.is_closed_class())
            // (The phrase's first word is no verb: "in remarks on Monday";
            // nor is a document's noun that looks like one: "in a lengthy
            // ruling".)
            && (end == i
                || self.verb_at(tokens, end).is_none()
                || self.grammar.document_noun(tokens[end].lower).is_some()
                // ("in one emailed statement": a verb's form after an
                // article or a count is an adjective.)
                || matches!(tokens[end - 1].lower, "a" | "an" | "the" | "one" | "another")
                // ("in text messages": a medium's second word.)
                || self.media_noun_len(tokens, end - 1) == 2)
            // ("on Monday that would address …": a relative clause is not
            // the phrase's.)
            && (end == i || !matches!(tokens[end].lower, "that" | "which" | "who"))
            // ("quoted by TASS on Monday", "told RIA last week": when is
            // no part of the phrase. Not a time word itself: "in a 2013
            // memo", "the Sunday Times".)
            && (end == i
                || tokens[end].info.is_time_word()
                || is_year(&tokens[end])
                || !is_time_adjunct(tokens, end))
        {
            end += 1;
        }
        end
    }

    /// The text of tokens `[start, end)` without a leading determiner.
    fn phrase(&self, tokens: &[Token], start: usize, end: usize) -> String {
        let mut s = start;
        // ("In one emailed statement", "in another post"; not "One America
        // News".)
        let counts = |t: &Token| matches!(t.lower, "one" | "another") && !t.capital;
        // (A capital "The" inside a sentence is a title's: "The New York
        // Times", "The Hill"; so is a capital "A", "A Bola".)
        // ("issued the following statement": nor a pointer to the text
        // that follows.)
        let titles = |s: usize| tokens[s].capital && s > 0 && !tokens[s - 1].sentence_end;
        while s + 1 < end
            && (matches!(
                tokens[s].lower,
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "this"
                    | "that"
                    | "following"
            ) && !(matches!(tokens[s].lower, "the" | "a") && titles(s))
                || counts(&tokens[s]))
        {
            s += 1;
        }
        // "in its 11 a.m. advisory", "in a Tuesday statement", "in his
        // 1961 farewell address": when the words were given is no part of
        // the medium, nor is their length ("her 84-page ruling"). (After
        // "the" a capitalised one is a title's: "the Today programme".)
        let after_the = s > 0 && tokens[s - 1].lower == "the";
        let is_hour = |t: &Token| matches!(t.lower.trim_end_matches('.'), "a.m" | "p.m");
        let is_clock = |k: usize| {
            tokens[k]
                .lower
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':')
                && tokens.get(k + 1).is_some_and(is_hour)
        };
        while s + 1 < end {
            s += match &tokens[s] {
                t if t.info.is_time_word() && !(t.capital && after_the) => 1,
                t if is_year(t) || is_page_count(t) => 1,
                _ if is_clock(s) => 2,
                _ => break,
            };
        }
        // ("according to the newspaper", after "the Wall Street Journal
        // reported": the one outlet the article named before is the one
        // the noun of its kind means. Of two, which is the newspaper the
        // words do not say.)
        if s + 1 == end
            && s > start
            && tokens[s - 1].lower == "the"
            && self.grammar.description_class(tokens[s].lower) == Some("media")
            && let Some(outlet) = self.only_outlet_named_before(tokens[s].span.start)
        {
            return self.names.entities[outlet].name.clone();
        }
        // "on X.": an initial's stop ends the sentence, not the name.
        let last = &tokens[end - 1];
        let stop = usize::from(is_initial(self.text, last));
        self.text[tokens[s].span.start..last.span.end - stop].to_owned()
    }

    /// The outlet the article named before byte `pos`, if it named one
    /// only.
    fn only_outlet_named_before(&self, pos: usize) -> Option<usize> {
        let mut outlets = self
            .names
            .mentions_before(pos)
            .iter()
            .map(|m| m.entity)
            .filter(|&e| self.is_an_outlet(e));
        let first = outlets.next()?;
        outlets.all(|e| e == first).then_some(first)
    }

    /// The phrase of tokens `[start, end)` without its last word's
    /// possessive ending, as `printed_word` reads it: "CNN" for "CNN's",
    /// "Fox News" for "Fox News'" (a plural's owner), "CNN" for
    /// "CNN&#8217;s".
    fn owner_phrase(&self, tokens: &[Token], start: usize, end: usize) -> String {
        let mut phrase = self.phrase(tokens, start, end);
        let last = &tokens[end - 1];
        let ending = last.span.end - last.span.start - names::printed_word(self.text, last).len();
        phrase.truncate(phrase.len().saturating_sub(ending));
        phrase
    }

    /// Whether the name ending at token `last` follows a determiner, and so
    /// modifies the noun after it: "a Donald Trump tweet".
    fn name_modifies_noun(&self, tokens: &[Token], last: usize) -> bool {
        let mut k = last;
        while k > 0 && is_name_word(&tokens[k - 1]) && !tokens[k - 1].sentence_end {
            k -= 1;
        }
        k > 0 && is_determiner(&tokens[k - 1])
    }

    /// A speech verb at `i`, used as a verb: not a capitalised name word
    /// outside headlines, not the noun of "a report".
    fn verb_at(&self, tokens: &[Token<'a>], i: usize) -> Option<&'a str> {
        let t = tokens.get(i)?;
        if t.kind != TokenKind::Word || t.possessive {
            return None;
        }
        // A verb that is also a noun ("call", "report") is a verb in its bare
        // form only right after a pronoun or a name: "they call", "Obama
        // and Clinton call".
        let lemma = self
            .grammar
            .lemma(t.info)
            .or_else(|| self.phrasal_at(tokens, i))
            .or_else(|| {
                let before = tokens.get(i.checked_sub(1)?)?;
                // ("Chinese state media": a nationality before it is no subject.)
                // ("in a lengthy Instagram post": nor a medium's name before
                // a medium's noun, one medium.)
                let medium = || {
                    (before.info.is_media_noun() || before.info.is_outlet())
                        && t.info.is_media_noun()
                };
                let subject = before.info.pronoun().is_some()
                    || (before.capital
                        && !before.sentence_end
                        && is_name_word(before)
                        && !looks_like_demonym(before.lower)
                        && !medium()
                        && !self.name_modifies_noun(tokens, i - 1));
                // ("White House press secretary Josh Earnest": nor the first
                // word of a description's phrase.)
                let describes = || {
                    t.info.starts_phrase()
                        && tokens
                            .get(i..i + 2)
                            .is_some_and(|pair| self.head_class(pair).is_some())
                };
                // ("took to Truth Social to call it “…”", "to call the
                // plan “…”": or after an infinitive's "to", before its
                // object; not "to call a “special meeting”", whose words
                // are the object.)
                let infinitive = || {
                    before.lower == "to"
                        && tokens.get(i + 1..i + 3).is_some_and(|pair| {
                            pair[0].info.pronoun().is_some()
                                || (is_determiner(&pair[0]) && pair[1].is_word())
                        })
                };
                (t.info.is_noun_too() && (subject || infinitive()) && !describes())
                    .then_some(t.lower)
            })?;
        // "referred to the shooting as “…”" and "referred to her “sex
        // tape”" report words; "referred to China by its initials, saying
        // “…”" leaves that to the verb after it.
        if lemma == "refer"
            && !tokens[i + 1..tokens.len().min(i + 12)]
                .iter()
                .take_while(|t| self.grammar.lemma(t.info).is_none())
                .any(|t| t.lower == "as" || t.quote().is_some())
        {
            return None;
        }
        // "agreed early Sunday to a deal that nations called “…”": to
        // agree to something says nothing.
        if lemma == "agree"
            && (i + 1..tokens.len().min(i + 5))
                .find(|&k| !is_time_adjunct(tokens, k))
                .is_some_and(|k| tokens[k].lower == "to")
        {
            return None;
        }
        // Capitalised mid-sentence after a lower-case word, it is part of a
        // name ("the United States"); in a Title Case headline the word
        // before is capitalised too ("Putin Admits"), or a quote ("‘…,’
        // Says Carney").
        // ("10.58pm: Asked on BBC One …": a colon may open a clause.)
        if t.capital
            && i > 0
            && !may_open_a_sentence_after(&tokens[i - 1])
            && !tokens[i - 1].capital
            && tokens[i - 1].quote().is_none()
        {
            return None;
        }
        // After a capitalised word, it is a verb only when it is not inside
        // a name found in the first pass ("a former United States
        // ambassador"): a headline's verbs are not in its names.
        // "the company's chief branding officer": a verb's -ing form
        // between a title and a noun of description is a modifier.
        if t.lower.ends_with("ing")
            && i > 0
            && !tokens[i - 1].capital
            && tokens[i - 1].info.is_title()
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.is_word() && !n.capital && self.is_description_noun(n))
        {
            return None;
        }
        // (Nor in one that modifies a noun of description: "the Grand Slam
        // champion said".)
        if t.capital
            && i > 0
            && !tokens[i - 1].sentence_end
            && (self.inside_name(t.span.start)
                || in_office_holder_run(tokens, i)
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && !n.capital && self.is_description_noun(n)))
        {
            return None;
        }
        // "the company's claim": after an owner, a noun ("Trump's said",
        // for "has said", keeps its participle).
        if i > 0
            && tokens[i - 1].possessive
            && tokens[i - 1].info.pronoun().is_none()
            && (t.lower == lemma || t.lower.strip_suffix('s') == Some(lemma))
        {
            return None;
        }
        // ("known for calling Republicans “weird”", "was criticised for
        // saying": after a participle and its preposition, a gerund is
        // still the verb, and the participle's subject speaks.)
        let gerund = || {
            t.lower.ends_with("ing")
                && matches!(tokens[i - 1].lower, "of" | "for")
                && i >= 2
                && (is_past_tense(&tokens[i - 2]) || tokens[i - 2].lower == "known")
        };
        if i > 0
            && matches!(
                tokens[i - 1].lower,
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "this"
                    | "of"
                    | "for"
                    | "about"
                    | "with"
                    | "amid"
            )
            && !gerund()
        {
            // "a report", "of Republican claims", "greeted with chants of
            // …": a noun.
            return None;
        }
        // "of Republican claims": the plural of a noun, not "claims" the verb.
        // (So after a verb's capitalised modifier: "dismissed Democratic
        // demands", the verb's object.)
        if i > 1
            && (tokens[i - 2].lower == "of"
                || tokens[i - 2].is_word()
                    && !tokens[i - 2].capital
                    && is_past_tense(&tokens[i - 2]))
            && tokens[i - 1].capital
            && self.grammar.noun_too_lemma(lemma).is_some()
            && t.lower.ends_with('s')
        {
            return None;
        }
        // (Or after a determiner and a word that describes it: "known for
        // his barbed comments"; not "the spokesman says", whose word
        // before is a noun for people.)
        if i > 1
            && t.lower.ends_with('s')
            && is_determiner(&tokens[i - 2])
            && tokens[i - 1].is_word()
            && !tokens[i - 1].capital
            && !tokens[i - 1].info.is_closed_class()
            && self.grammar.noun_too_lemma(lemma).is_some()
            && !self.is_description_noun(&tokens[i - 1])
        {
            return None;
        }
        // (And an -ing form after a determiner and a compound that
        // describes it: "in a 40-page ruling", "a hard-hitting briefing";
        // not "a statement saying", whose word before is a noun.)
        if i > 1
            && t.lower.ends_with("ing")
            && is_determiner(&tokens[i - 2])
            && tokens[i - 1].is_word()
            && !tokens[i - 1].capital
            && tokens[i - 1].lower.contains('-')
        {
            return None;
        }
        Some(lemma)
    }

    /// The lemma of a verb at `i` that reports speech only with the
    /// particle after it ("Rayner hit back", "she fired back" → "fire
    /// back").
    fn phrasal_at(&self, tokens: &[Token], i: usize) -> Option<&'a str> {
        let t = &tokens[i];
        let next = tokens.get(i + 1).filter(|_| t.info.may_be_phrasal())?;
        // ("went on to win", "went on to say": the verb after "to" says
        // whether it is speech, not the phrase. Not "paid tribute to him":
        // a pronoun is no verb.)
        let to_a_verb = tokens.get(i + 2).is_some_and(|t| t.lower == "to")
            && tokens.get(i + 3).is_some_and(|t| {
                t.is_word() && !t.capital && !is_determiner(t) && !t.info.is_closed_class()
            });
        if to_a_verb {
            return None;
        }
        self.grammar.phrasal_lemma(t.lower, next.lower)
    }

    /// The words of the cue at `v`: the verb, with its particle when it
    /// reports speech only with one ("fired back", "weighed in").
    fn cue_at(&self, tokens: &[Token], v: usize) -> String {
        match self.phrasal_at(tokens, v) {
            Some(_) => format!("{} {}", tokens[v].lower, tokens[v + 1].lower),
            None => tokens[v].lower.to_string(),
        }
    }

    fn clause_boundary(&self, t: &Token) -> bool {
        (t.kind == TokenKind::Punct
            && matches!(t.lower, "," | ";" | ":" | "—" | "–" | "―" | "-" | "(" | ")"))
            || t.quote().is_some()
            || matches!(
                t.lower,
                "and"
                    | "but"
                    | "while"
                    | "although"
                    | "though"
                    | "whereas"
                    | "because"
                    | "after"
                    | "before"
                    | "when"
                    | "if"
            )
    }

    /// Where a medium used to speak, ending at `end`, starts: "his first
    /// Christmas “Urbi et Orbi” message", "a speech" before "to urge" or
    /// "to call". Its determiner, within a few words of the medium's noun,
    /// opens it, and the verb of use stands before: "used", "using".
    fn medium_used_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<usize> {
        let noun = &tokens[end - 1];
        if !noun.info.is_media_noun() || noun.capital {
            return None;
        }
        let det = (end.saturating_sub(6).max(floor)..end - 1)
            .rev()
            .find(|&k| is_determiner(&tokens[k]) || tokens[k].info.is_possessive_determiner())?;
        let used = tokens.get(det.checked_sub(1)?)?;
        matches!(used.lower, "use" | "used" | "uses" | "using").then_some(det)
    }

    /// The subject of the verb at `v`, looked for leftwards down to `floor`:
    /// skips adverbs, auxiliaries, times ("on Thursday") and parentheticals
    /// (", for his part,"), and takes a name, a pronoun or a description.
    fn subject_before(&self, tokens: &[Token], floor: usize, v: usize) -> Option<Found> {
        let verb = &tokens[v].lower;
        let mut i = self.skip_before_verb(tokens, floor, v);
        // Where an infinitive's "to" stands before the verb, if it does.
        let mut infinitive = None;
        let mut governing_participle = false;
        // "he went on to say": the subject of the verb that governs the infinitive.
        if i > floor && tokens[i - 1].lower == "to" {
            i -= 1;
            infinitive = Some(i);
            // Back over the governing verb and a place or medium it names
            // ("took to Twitter to accuse", "took to Truth Social to
            // blast", "used his Christmas message to urge"), but not into a
            // description ("the nominee went so far as to say").
            // (Past a day, and a name that modifies the noun after it:
            // "took to the Senate floor Tuesday to call".)
            let mut k = 0;
            while i > floor && k < 7 {
                let t = &tokens[i - 1];
                let modifier = || {
                    t.capital
                        && is_name_word(t)
                        && i >= floor + 2
                        && matches!(tokens[i - 2].lower, "the" | "a" | "an")
                        && tokens[i].is_word()
                        && !tokens[i].capital
                };
                let lower_word = t.is_word()
                    && (!t.capital || t.info.is_time_word() || modifier())
                    && t.info.pronoun().is_none()
                    && !t.info.has_description();
                let named_place = || {
                    (floor..i)
                        .rev()
                        .take_while(|&n| tokens[n].capital && is_name_word(&tokens[n]))
                        .last()
                        .filter(|&n| {
                            n > floor
                                && matches!(
                                    tokens[n - 1].lower,
                                    "to" | "on" | "in" | "at" | "from" | "with" | "via"
                                )
                        })
                };
                if lower_word {
                    i -= 1;
                } else if let Some(n) = named_place() {
                    i = n - 1;
                } else if let Some(det) = self.medium_used_at(tokens, floor, i) {
                    i = det;
                } else {
                    break;
                }
                k += 1;
            }
            // "…, using his Christmas message to urge": a participle set
            // off after its sentence's clause governs the infinitive, and
            // its subject is the sentence's, as for "…, saying" (not "the
            // Middle East" before the comma).
            governing_participle =
                i > floor && tokens[i].lower.ends_with("ing") && tokens[i - 1].is_punct(',');
            i = self.skip_before_verb(tokens, floor, i);
        }
        // A second verb after "and" takes the subject of its sentence, and
        // so does a participle ("…, saying", "a statement saying") unless
        // an auxiliary makes it a tense ("was saying").
        if i > floor
            && tokens[i - 1].is_word()
            && matches!(tokens[i - 1].lower, "and" | "then" | "but")
        {
            // "… after she attacked X and blamed Y": the subject of the
            // clause the first verb stands in.
            let clause = (floor..i - 1).rev().find(|&k| {
                matches!(
                    tokens[k].lower,
                    "after" | "before" | "when" | "because" | "since" | "while" | "although" | "if"
                )
            });
            return match clause {
                Some(c) => self
                    .sentence_subject(tokens, c + 1, v)
                    .or_else(|| self.sentence_subject(tokens, floor, v)),
                None => self.sentence_subject(tokens, floor, v),
            };
        }
        // The auxiliary may be among the words skipped before the verb
        // ("is calling", "was also saying"; a passive's "is accused").
        // (Only after the infinitive's "to": "Musk is said to have told
        // staff" is active; "is said to have been told" is not.)
        let progressive = tokens[infinitive.unwrap_or(i.saturating_sub(1)).max(floor)..v]
            .iter()
            .any(|t| is_a_form_of_be(t.lower));
        // "footage of Trump saying", "ends with Perry claiming": a name right
        // before the participle is its subject, unless it places the speech
        // ("told reporters in Washington saying").
        let explicit = i == v && i > floor && {
            let located = i >= 2
                && matches!(
                    tokens[i - 2].lower,
                    "in" | "at" | "on" | "from" | "to" | "for" | "by" | "near"
                );
            !located
        };
        // "Bell is accused of “…”", "he was told": a speech verb in the
        // passive has its speaker elsewhere, not its subject (but "was
        // quoted as saying" gives the subject's words: `quoted_as_saying`).
        if progressive
            && !verb.ends_with("ing")
            && !matches!(self.verb_at(tokens, v), Some("quote" | "cite"))
        {
            return None;
        }
        // "prosecutors played recordings in which Reilly could be heard
        // saying": the one perceived in a relative clause speaks, not the
        // sentence's subject. (Perceived in the main clause, the subject
        // is the sentence's, found below.)
        if i == v
            && v > floor + 1
            && verb.ends_with("ing")
            && is_perceived_at(tokens, v - 1)
            && let Some(f) =
                self.subject_ending_at(tokens, floor, self.skip_before_verb(tokens, floor, v - 1))
            && f.start > floor
            && matches!(
                tokens[f.start - 1].lower,
                "which" | "where" | "whom" | "that"
            )
        {
            return Some(f);
        }
        if (verb.ends_with("ing") || governing_participle) && !progressive {
            if explicit && let Some(f) = self.name_ending_at(tokens, floor, i) {
                return Some(f);
            }
            // "…, with one writing", "with one critic calling it": the
            // subject of an absolute clause, someone left unnamed.
            if explicit
                && let Some(with) =
                    (i.saturating_sub(5).max(floor)..i - 1).rfind(|&k| tokens[k].lower == "with")
                && let Some(f) = someone_else_ending_at(tokens, with + 1, i)
                    .or_else(|| self.description_ending_at(tokens, with + 1, i))
                    .filter(|f| f.start == with + 1)
            {
                return Some(f);
            }
            // "…, said Chief Executive Mary Barra, adding": the subject of
            // an inverted verb just before the participle's comma.
            if i > floor + 2 && tokens[i - 1].is_punct(',') {
                // (Inverted after a comma or a quote: not "Trump defended
                // his proposals, saying".)
                let inverted = (floor + 1..i - 1)
                    .rev()
                    .take(8)
                    .find(|&k| tokens[k].info.is_speech_verb() && !tokens[k].capital)
                    .filter(|&k| tokens[k - 1].is_punct(',') || tokens[k - 1].quote().is_some())
                    .and_then(|k| self.subject_after(tokens, k + 1, i - 1))
                    .filter(|f| f.end == i - 1);
                if let Some(f) = inverted {
                    return Some(f);
                }
            }
            // "After saying her foot was “so swollen,” she was …": a
            // participle opening its sentence has its subject after it.
            let opening = tokens[floor..v].iter().all(|t| t.info.is_closed_class());
            return match opening {
                true => self.subject_after_opening_phrase(tokens, v),
                false => self
                    .sentence_subject(tokens, floor, v)
                    .map(|main| self.relayed_subject(tokens, main, v).unwrap_or(main)),
            };
        }
        loop {
            if i <= floor {
                return None;
            }
            let t = &tokens[i - 1];
            // An appositive or parenthetical between commas or dashes:
            // "Peter Carr, a spokesman for Mueller's office, said",
            // "Mr Putin, for his part, denounced", "an official, Li Zhanshu, said".
            // (The closing comma may be inside a quote: "Musk, who calls
            // himself “Chief Troll,” wrote".)
            if t.is_punct(',') || is_dash(t) || (t.quote().is_some() && self.ends_with_comma(t)) {
                let close = i - 1;
                let Some(open) = (floor..close)
                    .rev()
                    .take(30)
                    .find(|&k| is_delimiter(&tokens[k]))
                else {
                    // The first delimiter of the chain: the subject stands
                    // before it, a name or a description ("The bank, in a
                    // statement, said"; "A delegate from Saudi Arabia,
                    // speaking on condition of anonymity, said": the
                    // delegate). ("One engineer, who asked not to be named,
                    // told The Verge": any noun phrase; "Another, who …".)
                    // (Else read as a subject just before the verb, which
                    // a restrictive phrase may end: "A letter signed by 50
                    // lawmakers, led by Rep. Jamie Raskin, said" is the
                    // letter's.)
                    let who = tokens.get(close + 1).is_some_and(|t| t.lower == "who");
                    if close <= floor {
                        return None;
                    }
                    if !who {
                        i = close;
                        break;
                    }
                    // ("the message from Marco Rubio too, who told": past
                    // an adverb that may follow a subject.)
                    return someone_else_ending_at(tokens, floor, close)
                        .or_else(|| {
                            self.subject_ending_at(
                                tokens,
                                floor,
                                self.skip_before_verb(tokens, floor, close),
                            )
                        })
                        .or_else(|| self.noun_phrase_ending_at(tokens, floor, close, who));
                };
                // ("The mayor was silent, but a deputy mayor, who was there,
                // said": a conjunction after a clause opens a new one,
                // whose subject follows it; not an aside, as in "The
                // president, but not his aides, said".)
                let clause_before = || {
                    tokens[floor..open].iter().any(|t| {
                        is_past_tense(t)
                            || is_a_form_of_be(t.lower)
                            || matches!(t.lower, "has" | "have" | "will" | "would")
                    })
                };
                if is_opening_conjunction(&tokens[open + 1]) && clause_before() {
                    return self.subject_before(tokens, open + 1, i);
                }
                // ("Another protester, who gave his name only as Marc,
                // said": the name the one before the aside gave; "Her
                // neighbour, a retired teacher who asked to be identified
                // only as Margaret, said": or the appositive's.)
                if tokens[open + 1..close]
                    .iter()
                    .take(5)
                    .any(|t| t.lower == "who")
                    && let Some(f) = self.named_only_as(tokens, open + 1, close)
                {
                    return Some(f);
                }
                // ("Her aide, a young man named Josh, said": or the name
                // the appositive gives after "named".)
                if matches!(tokens[open + 1].lower, "a" | "an")
                    && let Some(named) = (open + 2..close).find(|&k| tokens[k].lower == "named")
                    && name_run_at(tokens, named + 1) == Some(close)
                    && let Some(f) = self.found_name(tokens, named + 1, close)
                {
                    return Some(f);
                }
                // ", Li Zhanshu," — the segment is itself a person's name,
                // perhaps with a parenthesis after it (", Marcia Price (D),").
                // A name after a word for a person is a person's, though it
                // ends like a body's: "The suspect's mother, Linda Park,".
                let name_end = self.skip_parenthesis_back(tokens, open + 1, close);
                // ("The company, Eisai, said", "The agency, the FDA, said":
                // a body's name after a body's noun.)
                let after_a_bodys_noun = open > floor
                    && self.grammar.class(tokens[open - 1].info) == Some("organisation");
                // ("Her neighbor, who gave only his first name, Luis, said":
                // or after the word "name".)
                let after_a_noun = after_a_bodys_noun
                    || (open > floor
                        && (self.is_person_noun(&tokens[open - 1])
                            || tokens[open - 1].lower == "name"));
                // ("Prince Harry, the Duke of Sussex, said": a title with
                // "the" describes the name before it.)
                let described =
                    tokens[open + 1].lower == "the" && open > floor && !after_a_bodys_noun;
                let name_start = past_the(tokens, open + 1);
                // ("Justice Samuel Alito, joined by Justice Clarence Thomas,
                // wrote", "Biden, alongside Kamala Harris, said": a phrase
                // opening on a preposition or a participle brings someone
                // in beside the subject.)
                // ("The spokesman, retired general John Kirby," is named.)
                let preposition = |w: &Token| w.is_word() && !w.capital && w.info.is_closed_class();
                let beside = preposition(&tokens[name_start]) || {
                    let w = &tokens[name_start];
                    w.is_word()
                        && !w.capital
                        && (w.lower.ends_with("ed") || w.lower.ends_with("ing"))
                        && tokens.get(name_start + 1).is_some_and(preposition)
                };
                // (The group whose member the name names speaks, unnamed:
                // "The family of one victim, Peter Lowe, said".)
                if self.names_a_groups_member(tokens, floor, open)
                    && let Some(d) = self
                        .description_ending_at(tokens, floor, open)
                        .filter(|d| d.end == open)
                {
                    return Some(d);
                }
                // ("The President, who spoke through his Special Adviser on
                // Media and Publicity, Ajuri Ngelale, said": but a name set
                // off after another person's noun inside a relative clause
                // is that person's; the one the clause is about speaks.)
                if open > floor
                    && tokens[open - 1].lower != "name"
                    && let Some(who) = (open.saturating_sub(16).max(floor + 1)..open)
                        .rev()
                        .find(|&k| tokens[k].lower == "who" && tokens[k - 1].is_punct(','))
                    && tokens[who + 1..open]
                        .iter()
                        .any(|t| t.is_word() && self.is_person_noun(t))
                {
                    return self.subject_ending_at(tokens, floor, who - 1);
                }
                // ("Lynne Fox, president of Workers United, said": a name
                // after a role in lower case and "of" is the body the role
                // is of; not "Secretary of State John Kerry", a title.)
                let of_a_role = |f: Found| {
                    tokens[name_start..f.start]
                        .windows(2)
                        .any(|w| w[0].is_word() && !w[0].capital && w[1].lower == "of")
                };
                if !described
                    && !beside
                    && name_start < name_end
                    && let Some(f) = self.name_ending_at(tokens, name_start, name_end)
                    && self.names_the_run(tokens, f, name_start, name_end)
                    && (self.names_a_person(f) || after_a_noun)
                    && !of_a_role(f)
                {
                    return Some(f);
                }
                // Anything else between the subject and its verb is an aside
                // or an appositive (", a spokesman for …,", ", for his part,",
                // ", of Springfield, Va.,"): the subject stands before it.
                i = open + 1;
                if let Some(f) = self.name_before_asides(tokens, floor, open) {
                    // ("Speaking to the BBC, a senior Ukrainian official, who
                    // asked not to be named, said": a name in the opening
                    // phrase is no subject; the description after it is.)
                    if in_opening_phrase(tokens, floor, f.start)
                        && let Some(d) = self
                            .description_ending_at(tokens, open + 1, close)
                            .filter(|d| d.start == open + 1)
                    {
                        return Some(d);
                    }
                    return Some(self.subject_of_name(tokens, floor, f));
                }
                continue;
            }
            // A parenthesis: "Jeff McCabe (D) said".
            if t.is_punct(')') {
                let open = self.skip_parenthesis_back(tokens, floor, i);
                if open == i {
                    return None;
                }
                i = open;
                continue;
            }
            break;
        }
        let t = &tokens[i - 1];
        if t.kind != TokenKind::Word {
            return None;
        }
        if let Some(f) = someone_else_ending_at(tokens, floor, i) {
            return Some(f);
        }
        if let Some(kind) = t.info.pronoun() {
            // "I said": the writer speaks; the mention is kept, and the
            // speaker is the writer a byline names, or no one (`resolve`).
            if t.lower == "it" && self.names.entities.is_empty() {
                return None;
            }
            return Some(Found {
                who: Who::Pronoun(kind),
                start: i - 1,
                end: i,
            });
        }
        // "Bo Lind, the mayor of Springfield, who has called": the comma
        // before "who" (or "which") closes the chain of asides after the
        // subject.
        // (Or the parenthesis or dash before it: "Bridget Phillipson (who
        // called the findings “shocking”)", "Ms Ardern — who called the
        // attack “…” — resigned".)
        if matches!(t.lower, "who" | "which")
            && i >= 3
            && (tokens[i - 2].is_punct(',')
                || tokens[i - 2].is_punct('(')
                || is_dash(&tokens[i - 2]))
        {
            // "Ada Quill and Stevie Nicks, who joked": the clause is about
            // the nearer of a pair, not the first.
            let nearest = self.name_ending_at(tokens, floor, i - 2);
            if let Some(f) = nearest
                && f.start > floor
                && tokens[f.start - 1].lower == "and"
            {
                return Some(f);
            }
            // ("Smith, who led the talks, was contradicted by Jones, who
            // said": nor the chain's head when its predicate follows an
            // aside; the clause is about the nearer name.)
            let head = self.subject_before(tokens, floor, i - 1);
            let predicate_after_aside = |h: &Found| {
                // (The aside's comma may close a quote in it: "who called
                // the deal “a triumph,” was".)
                let comma =
                    |t: &Token| t.is_punct(',') || (t.quote().is_some() && self.ends_with_comma(t));
                (h.end + 1..i - 2).any(|k| {
                    comma(&tokens[k - 1])
                        && (is_a_form_of_be(tokens[k].lower)
                            || matches!(tokens[k].lower, "has" | "have" | "had"))
                })
            };
            if let Some(n) = nearest
                && head.is_some_and(|h| h.end <= n.start && predicate_after_aside(&h))
            {
                return Some(n);
            }
            return head.or(nearest);
        }
        // "Officials who visited on Tuesday said", "Residents whose homes
        // were flooded said": a clause that restricts the subject stands
        // between it and the verb, with no comma. (Not when the clause's
        // verb is the one we ask about: "told a young woman who suggested
        // that …"; but "A source who asked not to be named said", where
        // the clause's own verb of speech comes before it.)
        // (Each is looked for among the twelve words before the verb: "A
        // mother-of-two who was left stranded at Heathrow for 14 hours has
        // slammed".)
        let restrictor = |starts: &dyn Fn(usize) -> bool| {
            (i.saturating_sub(12).max(floor + 1)..i)
                .rev()
                .take_while(|&k| tokens[k].is_word())
                .find(|&k| starts(k))
        };
        // ("The board that ousted Altman had said": or "that" after a noun
        // of description, then a past tense.)
        let that_clause = |k: usize| {
            tokens[k].lower == "that"
                && !tokens[k - 1].capital
                && self.is_description_noun(&tokens[k - 1])
                && tokens.get(k + 1).is_some_and(is_past_tense)
        };
        // ("A woman who gave her name only as Maria said", "a man
        // identified only as Ahmed told": the name the one described gave.)
        if let Some(r) = restrictor(&|k| {
            matches!(tokens[k].lower, "who" | "identified") && self.is_person_noun(&tokens[k - 1])
        }) && let Some(f) = self.named_only_as(tokens, r, i)
        {
            return Some(f);
        }
        // ("An official speaking on condition of anonymity said": or a
        // participle of speech after a noun for a person, which would
        // otherwise pass for the verb.)
        if let Some(r) = restrictor(&|k| {
            (matches!(tokens[k].lower, "who" | "whose") && tokens[k - 1].is_word())
                || that_clause(k)
                || (self.modifies_a_person(tokens, k) && self.verb_at(tokens, k).is_some())
        }) && (r + 1 < i || self.verb_at(tokens, r + 1).is_none())
        {
            return self.subject_before(tokens, floor, r);
        }
        // "A report released last year found", "A study published Tuesday
        // in the journal Nature found", "A memo obtained by CNN says": a
        // participle after a document's noun, and a time or a preposition
        // after it, restricts the subject, which is the document. ("A
        // report showed that" is the document's own verb.)
        // (The document first: it is rare, and this asks it of each word.)
        if let Some(r) = restrictor(&|k| {
            self.grammar.class(tokens[k - 1].info) == Some("document")
                && may_be_participle(&tokens[k])
                && tokens.get(k + 1).is_some_and(|n| {
                    is_time_adjunct(tokens, k + 1)
                        || matches!(n.lower, "by" | "in" | "on" | "to" | "at" | "from" | "for")
                })
        }) {
            return self.subject_before(tokens, floor, r);
        }
        // "Goldman Sachs strategists led by David Kostin said", "analysts
        // including Jan Hatzius said": a phrase that brings in the group's
        // leader or a member restricts the subject, which stands before it.
        let brings_in = |k: usize| {
            matches!(tokens[k].lower, "including")
                || (matches!(tokens[k].lower, "led" | "headed" | "chaired")
                    && tokens.get(k + 1).is_some_and(|t| t.lower == "by"))
        };
        if let Some(r) = restrictor(&|k| {
            let noun = &tokens[k - 1];
            // (Or a name that is no person's: "Economists led by",
            // "strategists at Goldman Sachs led by", "Democrats led by".)
            let persons = || {
                self.name_ending_at(tokens, floor, k).is_some_and(|f| {
                    let affiliation = f.start > floor
                        && matches!(tokens[f.start - 1].lower, "at" | "of" | "from");
                    self.names_a_person(f) && !affiliation
                })
            };
            brings_in(k)
                && noun.is_word()
                && !noun.info.is_closed_class()
                && (!noun.capital || !persons())
        }) {
            return self.subject_ending_at(tokens, floor, r);
        }
        // "a man standing outside a church said", "Residents living nearby
        // said": a participle after a noun for people restricts it.
        if let Some(r) = restrictor(&|k| {
            let (noun, participle) = (&tokens[k - 1], &tokens[k]);
            !participle.capital
                && participle.lower.len() > 4
                && participle.lower.ends_with("ing")
                && !participle.info.is_speech_verb()
                && !participle.info.has_description()
                && !noun.capital
                && !noun.possessive
                && (self.is_person_noun(noun) || noun.info.is_plural_description())
        }) {
            return self.subject_ending_at(tokens, floor, r);
        }
        let found = self.subject_ending_at(tokens, floor, i)?;
        // "Governor Alexander Bogomaz of the Bryansk region said", "Mayor
        // Jane Doe of the city of Springfield": a place after "of" is where
        // the person named before it holds office. ("Alice Weidel of the
        // far-right AfD": or a party, after its modifiers.)
        let of = (found.start.saturating_sub(3).max(floor)..found.start)
            .rev()
            .take_while(|&k| {
                let t = &tokens[k];
                t.lower == "the" || (t.is_word() && !t.capital && !t.info.is_closed_class())
            })
            .last()
            .unwrap_or(found.start);
        if of >= floor + 2
            && tokens[of - 1].lower == "of"
            && !self.names_a_person(found)
            && let Some(person) = self.name_ending_at(tokens, floor, of - 1)
            && self.names_a_person(person)
        {
            return Some(person);
        }
        Some(found)
    }

    /// The subject a name `f` stands in: the description that owns it ("a
    /// delegate from Saudi Arabia"), or the name's head.
    fn subject_of_name(&self, tokens: &[Token], floor: usize, f: Found) -> Found {
        self.description_owning(tokens, floor, f)
            .unwrap_or_else(|| self.subject_head(tokens, floor, f))
    }

    /// The subject whose last word is before `end`: a name (or the
    /// description that owns it), an anonymous source, a description or a
    /// noun phrase.
    fn subject_ending_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        match self.name_ending_at(tokens, floor, end) {
            Some(f) => Some(self.subject_of_name(tokens, floor, f)),
            None => self
                .source_ending_at(tokens, floor, end)
                .or_else(|| self.description_ending_at(tokens, floor, end))
                .or_else(|| self.noun_phrase_ending_at(tokens, floor, end, false)),
        }
    }

    /// An anonymous source ending at `end`: "people familiar with the
    /// matter", "a source close to the family", "two officials briefed on
    /// the talks". The mention is the whole phrase; its head is the
    /// description before "familiar with".
    fn source_ending_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        let p = (end.saturating_sub(8).max(floor + 1)..end.saturating_sub(1))
            .rev()
            .find(|&p| {
                matches!(
                    (tokens[p].lower, tokens[p + 1].lower),
                    ("familiar", "with")
                        | ("close", "to")
                        | ("briefed", "on" | "about")
                        | ("with", "knowledge" | "direct")
                        | ("knowledgeable", "about")
                        | ("aware", "of")
                        | ("involved", "in")
                )
            })?;
        // (The phrase goes on to `end` unbroken: in "According to people
        // familiar with the matter, Musk told" the source ends at the comma.)
        if tokens[p + 2..end]
            .iter()
            .any(|t| t.is_punct(',') || is_dash(t))
        {
            return None;
        }
        let head = self
            .description_ending_at(tokens, floor, p)
            .or_else(|| self.noun_phrase_ending_at(tokens, floor, p, false))?;
        Some(Found { end, ..head })
    }

    /// A noun phrase the grammar has no class for, as the subject of a
    /// speech verb: "one questioner claimed", "his surrogates called". A
    /// determiner, a few lower-case modifiers and the noun; the mention is
    /// kept, and names no one. After an article the noun must be an agent
    /// noun ("questioner", "protester", "economist"), so that "a box
    /// labeled …" is not a speaker; after an owner ("his", "Trump's") any
    /// noun is someone's, and so is one that `who` says a clause after it
    /// is about ("One regular, who asked not to be named,").
    fn noun_phrase_ending_at(
        &self,
        tokens: &[Token],
        floor: usize,
        end: usize,
        who: bool,
    ) -> Option<Found> {
        let noun = tokens.get(end.checked_sub(1)?)?;
        if end <= floor || !noun.is_word() || noun.capital || noun.info.is_closed_class() {
            return None;
        }
        let opens = |t: &Token| is_determiner(t) || matches!(t.lower, "one" | "another");
        let start = (end.saturating_sub(4).max(floor)..end - 1)
            .rev()
            .take_while(|&k| {
                let t = &tokens[k];
                opens(t) || (t.is_word() && !t.capital && !t.info.is_closed_class())
            })
            .find(|&k| opens(&tokens[k]))?;
        let owned = tokens[start].possessive || tokens[start].info.is_possessive_determiner();
        if !owned && !who && !is_agent_noun(noun.lower) {
            return None;
        }
        Some(Found {
            who: Who::Description,
            start,
            end,
        })
    }

    /// "a spokesman for Mayor Ada Quill said", "the mayor of Springfield
    /// said", "a teacher in Boston said": the name `f` belongs to a
    /// description's phrase, and the description is the subject, not the
    /// name.
    fn description_owning(&self, tokens: &[Token], floor: usize, f: Found) -> Option<Found> {
        // ("Secretary of State John Kerry": a capitalised head before "of"
        // is a title, and the name is the subject.)
        // ("Allies of Ms Reeves say": a head capitalised only because it
        // opens the sentence owns the name too; not a body's head, which
        // opens the name of a body: "Bank of England Governor Andrew
        // Bailey said".)
        // ("Farmers across Victoria say": so does a preposition that places.)
        // ("a staffer with the House Oversight Committee": and one that
        // joins a noun for a person to a body, as `description_ending_at`
        // reads it.)
        let owning = |k: usize| match tokens[k].lower {
            "for" | "to" => true,
            "with" | "among" | "on" => k > floor && self.is_person_noun(&tokens[k - 1]),
            lower if matches!(lower, "of" | "in" | "at" | "from") || places(lower) => {
                k > floor
                    && (!tokens[k - 1].capital
                        || (self.opens_sentence(tokens, k - 1)
                            && !tokens[k - 1].info.is_title()
                            && !tokens[k - 1].info.is_organisation_head()))
            }
            _ => false,
        };
        // "A source close to Sen. Tom Cotton said": the source speaks,
        // unnamed.
        if let Some(source) = self.source_ending_at(tokens, floor, f.end) {
            return Some(source);
        }
        // (The office's own words before its title too, a few: "a
        // spokesperson for Energy Minister Chris Bowen", "an aide to Senate
        // Majority Leader Chuck Schumer".)
        let mut k = f.start;
        let mut titled = false;
        while k > floor
            && f.start - k < 4
            && tokens[k - 1].capital
            && !tokens[k - 1].possessive
            && (tokens[k - 1].info.is_title() || titled)
        {
            titled |= tokens[k - 1].info.is_title();
            k -= 1;
        }
        // "a spokeswoman for the state Democratic Party": an article and a
        // few lower-case words may stand before the name.
        let mut before_name = k;
        while before_name > floor.max(k.saturating_sub(3)) {
            let t = &tokens[before_name - 1];
            let modifier =
                t.is_word() && !t.capital && !t.info.is_closed_class() && !places(t.lower);
            if !(modifier || t.lower == "the") || self.verb_at(tokens, before_name - 1).is_some() {
                break;
            }
            before_name -= 1;
        }
        // ("the son of Manchester United manager Ruben Amorim": or a body's
        // name before a role in lower case, a few words.)
        if before_name < k && self.is_person_noun(&tokens[before_name]) {
            let body = (before_name.saturating_sub(3).max(floor + 1)..before_name)
                .rev()
                .take_while(|&j| {
                    let t = &tokens[j];
                    t.capital && !t.possessive && is_name_word(t)
                })
                .last();
            if let Some(j) = body.filter(|&j| owning(j - 1)) {
                before_name = j;
            }
        }
        // "White House chief of staff Jeff Zients", "director of
        // communications Kate Bedingfield": an office written "X of Y" in
        // lower case titles the person after it, who is the subject (but
        // "the mother of victim Ana Ruiz" is the mother).
        let office_of = before_name < k
            && before_name >= floor + 2
            && tokens[before_name - 1].lower == "of"
            && self.names_a_person(f)
            && tokens[before_name..k]
                .iter()
                .all(|t| !self.is_person_noun(t))
            && self
                .grammar
                .description_class(tokens[before_name - 2].lower)
                .is_some_and(|c| !is_class_of_things(c) && c != "person");
        if office_of {
            return None;
        }
        if before_name > floor && owning(before_name - 1) {
            k = before_name;
        }
        if k <= floor || !owning(k - 1) {
            return None;
        }
        // "A statement from the National Highway Traffic Safety
        // Administration said": a document speaks for the name it is from
        // (not for one it is in or to: "a poll in Wyoming").
        if k >= 2
            && matches!(tokens[k - 1].lower, "from" | "by" | "of")
            && self.grammar.document_noun(tokens[k - 2].lower).is_some()
        {
            return None;
        }
        // ("A new study published in The Lancet found": a participle that
        // places the thing described is no part of its description.)
        let placed = k >= floor + 3
            && tokens[k - 1].lower == "in"
            && tokens[k - 2].lower.ends_with("ed")
            && !tokens[k - 2].capital;
        let head_end = if placed { k - 2 } else { k - 1 };
        let head = self.description_ending_at(tokens, floor, head_end)?;
        Some(Found { end: f.end, ..head })
    }

    /// Whether tokens `[start, end)` between delimiters are an aside or an
    /// appositive rather than a subject: ", a spokesman for …,", ", for his
    /// part,", ", Democrat of New York and …,".
    fn is_aside(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let Some(first) = tokens.get(start).filter(|_| start < end) else {
            return false;
        };
        !first.capital
            || matches!(first.lower, "a" | "an" | "the" | "one")
            || tokens.get(start + 1).is_some_and(|t| t.lower == "of")
    }

    /// The name ending at `end`, or, when that name sits inside an
    /// appositive itself, the name the appositive describes:
    /// "Jerrold Nadler, Democrat of New York and chairman of the House
    /// Judiciary Committee — where … — said".
    fn name_before_asides(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        // ("The Fed itself, in its report, said", "Smith on Tuesday, in a
        // statement, said": past what may stand between a subject and its
        // verb.)
        let end = self.skip_before_verb(tokens, floor, end);
        let mut end = self.skip_parenthesis_back(tokens, floor, end);
        // "Donna Rawlings, 59, of Ashton, Md., said": an age set off
        // after the name.
        if end >= floor + 3 && is_age(&tokens[end - 1]) && tokens[end - 2].is_punct(',') {
            end -= 2;
        }
        let f = self.name_ending_at(tokens, floor, end)?;
        let earlier = (floor..f.start)
            .rev()
            .take(30)
            .find(|&k| is_delimiter(&tokens[k]));
        if let Some(p) = earlier
            && self.is_aside(tokens, p + 1, end)
            && let Some(outer) = self.name_before_asides(tokens, floor, p)
            && !in_opening_phrase(tokens, floor, outer.start)
        {
            return Some(outer);
        }
        Some(f)
    }

    /// Moves left from `i` over adverbs, auxiliaries and times.
    fn skip_before_verb(&self, tokens: &[Token], floor: usize, mut i: usize) -> usize {
        while i > floor && self.skippable_before_verb(tokens, i - 1) {
            i -= 1;
        }
        i
    }

    /// Whether the name found, `f`, is all of `[start, end)` but the titles
    /// that open it ("State House Majority Leader Ana Ruiz"): nothing else
    /// stands before it there.
    fn names_the_run(&self, tokens: &[Token], f: Found, start: usize, end: usize) -> bool {
        f.start == split_name(tokens, start, end).core_start.max(start)
    }

    /// Whom a name just before a verb (or before the asides that precede
    /// it) stands for: the first of a pair ("Xi and Putin"), or a person
    /// named with the body they belong to ("Dr. Paul Ortiz of the Mayo
    /// Clinic, who was not involved, said").
    fn subject_head(&self, tokens: &[Token], floor: usize, f: Found) -> Found {
        let f = self.first_of_pair(tokens, floor, f);
        self.person_of_body(tokens, floor, f).unwrap_or(f)
    }

    /// The person whose name stands before "of", "at" or "from" and the
    /// name `f`: "Dr. Paul Ortiz of the Mayo Clinic", "Dan Ives at
    /// Wedbush".
    fn person_of_body(&self, tokens: &[Token], floor: usize, f: Found) -> Option<Found> {
        let mut k = f.start;
        if k > floor && tokens[k - 1].lower == "the" {
            k -= 1;
        }
        if k <= floor + 1 || !matches!(tokens[k - 1].lower, "of" | "at" | "from") {
            return None;
        }
        let person = self.name_ending_at(tokens, floor, k - 1)?;
        self.names_a_person(person).then_some(person)
    }

    /// In "Jeff McCabe (D) and Assistant Leader Sara Gideon (D) said", the
    /// first of the pair speaks first.
    fn first_of_pair(&self, tokens: &[Token], floor: usize, f: Found) -> Found {
        let mut k = f.start;
        while k > floor
            && tokens[k - 1].capital
            && tokens[k - 1].is_word()
            && !tokens[k - 1].info.is_closed_class()
        {
            k -= 1;
        }
        // (Not the "and" inside a body's name: "Health and Human Services
        // Secretary Xavier Becerra said".)
        if k > floor && tokens[k - 1].lower == "and" && !joins_a_bodys_name(tokens, k - 1) {
            let mut j = k - 1;
            if j > floor && tokens[j - 1].is_punct(')') {
                j = (floor..j - 1)
                    .rev()
                    .take(6)
                    .find(|&x| tokens[x].is_punct('('))
                    .unwrap_or(j);
            }
            if let Some(first) = self.name_ending_at(tokens, floor, j) {
                return first;
            }
        }
        f
    }

    /// The subject after an opening phrase that starts at `from` and ends at
    /// the next comma: outside a quote, or the last character inside one
    /// (`After saying it was “so swollen,” she …`, as American style puts it).
    fn subject_after_opening_phrase(&self, tokens: &[Token], from: usize) -> Option<Found> {
        let comma = (from..tokens.len()).take(30).find(|&k| {
            tokens[k].is_punct(',')
                || (tokens[k].quote().is_some() && self.ends_with_comma(&tokens[k]))
        })?;
        let t = tokens.get(comma + 1)?;
        if let Some(kind) = t.info.pronoun() {
            return Some(Found {
                who: Who::Pronoun(kind),
                start: comma + 1,
                end: comma + 2,
            });
        }
        let run_end = name_run_at(tokens, comma + 1)?;
        self.found_name(tokens, comma + 1, run_end)
    }

    /// Words that may stand between a subject and its verb.
    fn skippable_before_verb(&self, tokens: &[Token], k: usize) -> bool {
        let t = &tokens[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        // ("Theresa May said": a month in a name is no time, nor a modal.)
        if t.capital && t.info.is_time_word() && self.in_name(t.span.start) {
            return false;
        }
        if t.info.may_stand_before_verb() {
            return true;
        }
        if is_time_adjunct(tokens, k) {
            return true;
        }
        let adverb =
            t.lower.ends_with("ly") && !t.capital && t.lower.len() > 4 && !t.info.is_speech_verb();
        // (A noun that ends so is the subject's head: "The Smith family
        // said", "the Nikkei business daily", "the daily said".)
        let noun = t.info.has_description() || (k > 0 && is_determiner(&tokens[k - 1]));
        adverb && !noun
    }

    /// The name in tokens `[start, end)`, titles stripped, as a found speaker.
    fn found_name(&self, tokens: &[Token], start: usize, end: usize) -> Option<Found> {
        let split = split_name(tokens, start, end);
        // "The King said", "the PM said": titles alone after "the" are a
        // description, whoever bears "King" as a name.
        // (A capital "The" may open the run itself: "The PM said".)
        if split.core_start >= end && opens_on_the(tokens, start) {
            return None;
        }
        let mut core_start = split.core_start.min(end - 1);
        // "Rival Hillary Clinton had mocked …", where the article writes
        // "rival" in lower case: a word it never used in a name, before a
        // name it did, is no part of that name.
        let known = |k: usize| self.names.knows_word(tokens[k].lower);
        while core_start + 1 < end
            && !known(core_start)
            && !tokens[core_start].info.is_title()
            && (core_start + 1..end).all(known)
        {
            core_start += 1;
        }
        let entity = self.entity_for(tokens, core_start, end)?;
        Some(Found {
            who: Who::Entity(entity),
            start: core_start,
            end,
        })
    }

    /// A name whose last word is token `end - 1` (not possessive).
    fn name_ending_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        // "Edward Said wrote", "Stevie Wonder, who joked", "Theresa May
        // said": a name found in the first pass may end in a word that is a
        // verb or a month elsewhere.
        let ends_name = end.checked_sub(1).is_some_and(|k| {
            let t = &tokens[k];
            is_name_word(t)
                || (t.capital
                    && (t.info.is_speech_verb() && self.inside_name(t.span.start)
                        || t.info.is_time_word() && self.in_name(t.span.start))
                    && self.mention_entity(tokens, k).is_some_and(|e| {
                        let name = &self.names.entities[e].tokens;
                        name.last().is_some_and(|w| w.lower == t.lower)
                    }))
        });
        if end <= floor || tokens[end - 1].possessive || !ends_name {
            return None;
        }
        let in_name = |t: &Token| {
            (is_name_word(t) || is_nickname(t) || (t.capital && t.info.is_title())) && !t.possessive
        };
        // ("Christopher van Dyck": a surname's particle, between name words.)
        // (Not "In Ohio ten Republicans", a number.)
        let particle_at = |k: usize| {
            k > floor
                && tokens[k].lower != "of"
                && particles_at(tokens, k).is_some()
                && (is_name_word(&tokens[k - 1]) || particles_at(tokens, k - 1).is_some())
        };
        let mut start = end - 1;
        loop {
            if start > floor && (in_name(&tokens[start - 1]) || particle_at(start - 1)) {
                start -= 1;
            } else if start > floor + 1
                && tokens[start - 1].lower == "and"
                && in_name(&tokens[start - 2])
                && joins_a_bodys_name(tokens, start - 1)
            {
                // "the Food and Drug Administration"
                start -= 2;
            } else if start > floor + 1
                && tokens[start - 1].lower == "for"
                && office_holder_run(tokens, start - 1).is_some_and(|e| e >= end)
            {
                // "Minister for Housing Michael Gove"
                start -= 2;
            } else {
                break;
            }
        }
        // A name the first pass read whole is whole here too, over what
        // this walk does not cross: "Florida Power & Light", "the Centers
        // for Disease Control and Prevention".
        let last = tokens[end - 1].span.start;
        let mentions = &self.names.mentions;
        let before = mentions.partition_point(|m| m.span.start <= last);
        if let Some(m) = before
            .checked_sub(1)
            .map(|k| &mentions[k])
            .filter(|m| last < m.span.end)
        {
            // (A person before "of" is found below: "Joe Arpaio of
            // Maricopa County" rests on "Joe Arpaio". A body's "of" is its
            // own: "the Foundation for the Defense of Democracies".)
            let first =
                floor + tokens[floor..start].partition_point(|t| t.span.start < m.span.start);
            let a_body = self.names.entities[m.entity].kind == EntityKind::Organisation;
            if a_body || !tokens[first..end].iter().any(|t| t.lower == "of") {
                start = start.min(first);
            }
        }
        loop {
            // "Sheriff Joe Arpaio of Maricopa County", "Dr. Mei Lin of the
            // University of Sydney": the titled person before "of" is the
            // name, not the place or body after it.
            let the = usize::from(start > floor && tokens[start - 1].lower == "the");
            let mut after_of = start - the;
            // ("the General Staff of Ukraine's Armed Forces": or an owner's
            // name, and the one before "of" is the speaker, not what the
            // owner owns.)
            let owned = the == 0
                && after_of > floor
                && tokens[after_of - 1].possessive
                && tokens[after_of - 1].capital;
            if owned {
                after_of -= 1;
                while after_of > floor
                    && is_name_word(&tokens[after_of - 1])
                    && !tokens[after_of - 1].possessive
                {
                    after_of -= 1;
                }
            }
            if after_of < floor + 2 || tokens[after_of - 1].lower != "of" {
                break;
            }
            let mut person = after_of - 1;
            while person > floor && (in_name(&tokens[person - 1]) || particle_at(person - 1)) {
                person -= 1;
            }
            if person == after_of - 1 {
                break;
            }
            // ("Economist Jane Foley of Rabobank Group": read whole, the
            // name ends like a body's; read up to "of", it is a person's.)
            let whole = split_name(tokens, person, end);
            let split = match whole.kind {
                EntityKind::Person => whole,
                _ => split_name(tokens, person, after_of - 1),
            };
            if split.kind == EntityKind::Person
                && split.end == after_of - 1
                && split.core_start < split.end
                && let Some(entity) = self.entity_for(tokens, split.core_start, split.end)
            {
                return Some(Found {
                    who: Who::Entity(entity),
                    start: split.core_start,
                    end: split.end,
                });
            }
            if owned {
                return self.found_name(tokens, person, after_of - 1);
            }
            // "University of Sydney": a body's name goes on before a bare
            // "of" (not before "of the", nor before people who own the
            // name, "Allies of Angela Rayner").
            if the == 1 || self.opens_on_people_of(tokens, person) {
                break;
            }
            start = person;
        }
        if start + 1 == end && names::is_a_persons_office(tokens, start) {
            return None;
        }
        self.found_name(tokens, start, end)
    }

    /// A description ending at `end`: "the Russian leader", "a spokesman".
    fn description_ending_at(&self, tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
        // "the 34-year-old mother of three", "the leader of the Senate", "a
        // lawyer for the family", "an aide to the mayor", "a senior official
        // in the ministry", "an official at the embassy": the head stands
        // before a short phrase.
        // ("A sign outside his office read": a place too.)
        // (Not across a comma: "In a statement to People, a rep for the
        // star said" opens the phrase at "a rep".)
        let after_comma = (end.saturating_sub(6).max(floor)..end)
            .rfind(|&k| tokens[k].is_punct(','))
            .map_or(0, |k| k + 1);
        // ("a diplomat from a European country", "a staffer with the
        // committee", "one person among the protesters", "a worker on the
        // line": after a noun for a person, a few more; not after a
        // document's, "a statement from the committee said", whose body
        // speaks; nor a medium after "on", "wrote one user on X", which is
        // the channel.)
        let after_a_person = |k: usize| {
            k > floor
                && self.is_person_noun(&tokens[k - 1])
                && !(tokens[k].lower == "on"
                    && k + 1 < end
                    && self.is_medium_phrase(tokens, k + 1, end))
        };
        // (Not one that opens a relative clause: "emails in which one
        // executive boasted".)
        let of = (end.saturating_sub(6).max(floor).max(after_comma)..end).find(|&k| {
            (matches!(tokens[k].lower, "of" | "for" | "to" | "in" | "at")
                || places(tokens[k].lower)
                || (matches!(tokens[k].lower, "from" | "with" | "among" | "on")
                    && after_a_person(k)))
                && k > floor
                && tokens
                    .get(k + 1)
                    .is_none_or(|t| !matches!(t.lower, "which" | "whom"))
        });
        if let Some(of) = of
            && let Some(head) = self.description_ending_at(tokens, floor, of)
        {
            return Some(Found { end, ..head });
        }
        // "someone in the crowd", "somebody near the stage": someone
        // placed.
        if let Some(at) = of
            && matches!(tokens[at - 1].lower, "someone" | "somebody")
            && tokens[at].lower != "of"
        {
            return Some(Found {
                who: Who::Description,
                start: at - 1,
                end,
            });
        }
        // "one of the sources", "another of his lawyers", "one of them":
        // someone of a group, whom no one names.
        if let Some(of) = of
            && tokens[of].lower == "of"
            && is_someone_else(&tokens[of - 1])
            && !tokens[end - 1].possessive
            && (self.is_description_noun(&tokens[end - 1])
                || (end == of + 2 && matches!(tokens[of + 1].lower, "them" | "us")))
        {
            return Some(Found {
                who: Who::Description,
                start: of - 1,
                end,
            });
        }
        let head_start = (1..=3).filter(|&n| end >= floor + n).find(|&n| {
            let phrase = self.phrase_of(&tokens[end - n..end]);
            self.is_described_singular_or_plural(&phrase)
                || self.grammar.is_organisation_head(&phrase)
                || self.grammar.is_plural_description(&phrase)
        })?;
        let mut start = end - head_start;
        while start > floor && end - start < 8 {
            let t = &tokens[start - 1];
            if t.kind != TokenKind::Word {
                // (Past a city's comma: "the Beaverton, Oregon-based
                // company".)
                match t
                    .is_punct(',')
                    .then(|| self.city_before_its_state(tokens, floor, start))
                    .flatten()
                {
                    Some(city) => {
                        start = city;
                        continue;
                    }
                    None => break,
                }
            }
            start -= 1;
            // ("the most senior official", "his many critics": a
            // quantifier after a determiner is one of its modifiers.)
            let counts =
                is_quantifier(t.lower) && !(start > floor && is_determiner(&tokens[start - 1]));
            if is_quantifier(t.lower) && !counts {
                continue;
            }
            // ("The People's Party leader": a possessive inside a name is
            // no owner.)
            if t.possessive && possessive_inside_name(t, &tokens[start + 1]) {
                continue;
            }
            if is_determiner(t) || counts || matches!(t.lower, "one" | "another" | "both") {
                // "the prime minister's spokesman": an owner that is itself
                // a description belongs to the mention.
                if t.possessive && !t.capital {
                    start = self.owner_start(tokens, floor, start);
                }
                // "Saudi Arabia's foreign ministry": the owner's whole name.
                if t.possessive && t.capital {
                    start = owners_name_start(tokens, floor, start);
                }
                break;
            }
            // ("a No 10 spokesman": "No" names Downing Street; "the No 2
            // seed": a rank.)
            let rank = matches!(t.lower, "no" | "no.")
                && tokens.get(start + 1).is_some_and(Token::is_numeral);
            if t.info.is_closed_class() && !rank {
                start += 1;
                break;
            }
        }
        // "the former secretary of state and current Democratic presidential
        // nominee": one determiner over two descriptions joined by "and"
        // describes one person. (Not "the mayor and the governor": each has
        // its own.)
        if start > floor + 1
            && tokens[start - 1].lower == "and"
            && !is_determiner(&tokens[start])
            && let Some(first) = self.description_ending_at(tokens, floor, start - 1)
            && tokens[first.start].lower == "the"
        {
            start = first.start;
        }
        Some(Found {
            who: Who::Description,
            start,
            end,
        })
    }

    /// "the Beaverton, Oregon-based company": where the city's name starts
    /// when the comma before `based` (a state's "Oregon-based") follows
    /// one, not before `floor`.
    fn city_before_its_state(&self, tokens: &[Token], floor: usize, based: usize) -> Option<usize> {
        let comma = based.checked_sub(1).filter(|&c| c > floor)?;
        if !(tokens.get(comma).is_some_and(|t| t.is_punct(','))
            && tokens.get(based).is_some_and(is_base_modifier))
        {
            return None;
        }
        let city = (floor..comma)
            .rev()
            .take_while(|&k| tokens[k].is_word() && tokens[k].capital && !tokens[k].possessive)
            .last()?;
        Some(city)
    }

    /// Where a lower-case owner at `owner` starts: its article, a few
    /// lower-case words before it ("the prime minister's"), or itself.
    /// ("The Israeli prime minister's", "Israel's prime minister's": a
    /// country's word or a name's possessive before those words.)
    fn owner_start(&self, tokens: &[Token], floor: usize, owner: usize) -> usize {
        let mut k = owner;
        let mut named = None;
        // ("The New York attorney general's": a name of words in capitals
        // goes on whole, past the reach.)
        while k > floor && (owner - k < 3 || named == Some(k)) {
            let before = &tokens[k - 1];
            if matches!(before.lower, "the" | "a" | "an") {
                return k - 1;
            }
            if before.capital && before.possessive {
                return owners_name_start(tokens, floor, k - 1);
            }
            if !before.is_word() || before.info.is_closed_class() {
                break;
            }
            // (Past a capitalised word, only an article or a name's
            // possessive.)
            if before.capital && (named.is_none() || named == Some(k)) {
                named = Some(k - 1);
            } else if before.capital || named.is_some() {
                break;
            }
            k -= 1;
        }
        named.unwrap_or(owner)
    }

    /// The subject after the verb of speech at `v`, inverted: "said Putin",
    /// "said the spokesman, Peter Carr", "added Sen. Mitch McConnell". Not
    /// after "told": whom one tells is no speaker ("…, his sister, Tanya
    /// Hill, told KSTP-TV.").
    fn inverted_subject(&self, tokens: &[Token], v: usize, end: usize) -> Option<Found> {
        let lemma = self.verb_at(tokens, v)?;
        // (Nor after a participle: in "Remembering Maya Angelou: ‘…’" she
        // is remembered.)
        if lemma == "tell" || tokens[v].lower.ends_with("ing") {
            return None;
        }
        // (Nor whom one urges, asks or warns to do something: "The
        // letter, signed by lawmakers, urged the administration to act.")
        let f = self.subject_after(tokens, v + 1, end)?;
        let infinitive = |k: usize| {
            tokens[k].lower == "to"
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_word() && !t.capital && !t.info.is_closed_class())
        };
        let asks_to_act = matches!(
            lemma,
            "urge"
                | "ask"
                | "warn"
                | "implore"
                | "beg"
                | "exhort"
                | "order"
                | "instruct"
                | "remind"
                | "advise"
                | "challenge"
                | "call"
        );
        (!asks_to_act || !(f.start..(f.end + 1).min(end)).any(infinitive)).then_some(f)
    }

    /// The subject after an inverted verb: "said Putin", "said the spokesman,
    /// Peter Carr", "added Sen. Mitch McConnell".
    fn subject_after(&self, tokens: &[Token], j: usize, end: usize) -> Option<Found> {
        let t = tokens.get(j)?;
        if j >= end {
            return None;
        }
        if let Some(kind) = t.info.pronoun() {
            return (kind != PronounKind::First).then_some(Found {
                who: Who::Pronoun(kind),
                start: j,
                end: j + 1,
            });
        }
        // "said one, a retired nurse named Carol Pike", "said one,
        // 67-year-old Park Myung-ja": the appositive names who the one is.
        if is_someone_else(t) && tokens.get(j + 1).is_some_and(|n| n.is_punct(',')) {
            let mut words = (j + 2..end.min(j + 10)).take_while(|&k| tokens[k].is_word());
            // (After "named", or the first capitalised word, when a name
            // that starts there ends the appositive.)
            let named = words
                .clone()
                .find(|&k| matches!(tokens[k].lower, "named" | "called"));
            let name = match named {
                Some(k) => Some(k + 1),
                // (Not a place after a preposition: "one, a teacher from
                // Busan".)
                None => words.find(|&k| tokens[k].capital).filter(|&k| {
                    let plain = tokens[j + 2..k].iter().all(|t| {
                        !t.info.is_closed_class() || matches!(t.lower, "a" | "an" | "the")
                    });
                    plain
                        && name_run_at(tokens, k)
                            .is_some_and(|e| e >= end.min(tokens.len()) || !tokens[e].is_word())
                }),
            };
            if let Some(name) = name
                && let Some(run_end) = tokens.get(name).and_then(|_| name_run_at(tokens, name))
                && let Some(f) = self.found_name(tokens, name, run_end.min(end))
            {
                return Some(f);
            }
        }
        // "said another."
        if is_someone_else(t) && tokens.get(j + 1).is_none_or(|n| !n.is_word()) {
            return Some(Found {
                who: Who::Description,
                start: j,
                end: j + 1,
            });
        }
        // "read a statement from the White House": a document speaks for
        // the name it is from, as before its verb (`description_owning`).
        if matches!(t.lower, "a" | "an" | "the")
            && let Some(from) = (j + 2..end.min(j + 5))
                .take_while(|&k| tokens[k].is_word())
                .find(|&k| matches!(tokens[k].lower, "from" | "by"))
            && self.grammar.document_noun(tokens[from - 1].lower).is_some()
        {
            let name = past_the(tokens, from + 1);
            if let Some(run_end) = tokens.get(name).and_then(|_| name_run_at(tokens, name))
                && let Some(f) = self.found_name(tokens, name, run_end.min(end))
            {
                return Some(f);
            }
        }
        // "read a sign held by one protester", "read a note left by a
        // neighbour": the words are of whoever wrote or carries it.
        if matches!(t.lower, "a" | "an" | "the" | "one")
            && let Some(by) = (j + 2..end.min(j + 5))
                .take_while(|&k| tokens[k].is_word())
                .find(|&k| {
                    tokens[k].lower == "by"
                        && matches!(
                            tokens[k - 1].lower,
                            "held" | "carried" | "waved" | "written" | "left" | "signed"
                        )
                })
        {
            return self.subject_after(tokens, by + 1, end);
        }
        // "said a protester who identified himself only as Brian": the
        // name the unnamed one gave.
        if matches!(t.lower, "a" | "an" | "the" | "one")
            && let Some(f) = self.named_only_as(tokens, j, end)
        {
            return Some(f);
        }
        // "said a person familiar with the matter"
        let phrase_end = (j..end.min(j + 10))
            .find(|&k| !tokens[k].is_word())
            .unwrap_or(end.min(j + 10));
        if let Some(f) = self
            .source_ending_at(tokens, j, phrase_end)
            .filter(|f| f.start == j)
        {
            return Some(f);
        }
        // "said the Democratic leader of the Senate, Justin Alfond".
        if let Some(comma) = (j..end.min(j + 9)).find(|&k| tokens[k].is_punct(','))
            && matches!(tokens[j].lower, "the" | "a" | "an")
            && tokens[j..comma].iter().all(|t| t.is_word())
            && tokens[j..comma].iter().any(|t| t.info.has_description())
            && let Some(run_end) = tokens
                .get(comma + 1)
                .and_then(|_| name_run_at(tokens, comma + 1))
            && let Some(f) = self.found_name(tokens, comma + 1, run_end.min(end))
        {
            return Some(f);
        }
        // ("said a voter leaving the polling station": a participle right
        // after a noun for a person restricts the description, as a
        // relative clause does, and names no one: "said one woman wearing
        // a Trump hat".)
        let participle_of_a_person = |r: usize| r > j && self.modifies_a_person(tokens, r);
        // "said the Rev. Peter Wherry", "said 9/11 widow Terry Strada".
        let name_start = (j..end.min(j + 6)).find(|&k| {
            name_run_at(tokens, k).is_some()
                && (j..k).all(|n| {
                    let t = &tokens[n];
                    t.is_word()
                        && (matches!(t.lower, "the" | "a" | "an")
                            || (n == j && k > j + 1 && t.info.is_possessive_determiner())
                            || (n > j && joins_roles(tokens, n))
                            || !t.info.is_closed_class())
                        && !t.info.is_speech_verb()
                        && !participle_of_a_person(n)
                })
        });
        // ("said Billboard's Keith Caulfield": the owner's person speaks.)
        let owners_person = |run_end: usize| {
            let after = tokens[run_end - 1].possessive && run_end < end;
            let person_end = after.then(|| name_run_at(tokens, run_end)).flatten()?;
            self.found_name(tokens, run_end, person_end.min(end))
        };
        if let Some(k) = name_start
            && let Some(run_end) = name_run_at(tokens, k)
            && let Some(f) = owners_person(run_end)
                .or_else(|| self.person_after_title(tokens, run_end, end))
                .or_else(|| {
                    // ("said one Western diplomat": a name before a noun of
                    // description modifies it.)
                    // ("said Britain's prime minister": nor does an owner,
                    // whose description the subject is.)
                    // ("said the Beaverton, Oregon-based company": nor a
                    // city before its state's "-based".)
                    let modifies = tokens
                        .get(run_end)
                        .is_some_and(|t| !t.capital && self.is_description_noun(t))
                        || self.city_before_its_state(tokens, j, run_end + 1).is_some()
                        || (tokens[run_end - 1].possessive
                            && (run_end..end.min(run_end + 3))
                                .take_while(|&k| tokens[k].is_word() && !tokens[k].capital)
                                .any(|k| self.description_noun_at(tokens, k).is_some()));
                    (!modifies)
                        .then(|| self.found_name(tokens, k, run_end.min(end)))
                        .flatten()
                })
        {
            return Some(f);
        }
        // "the spokesman, Peter Carr" / "the Russian leader"
        let mut k = j;
        loop {
            while k < end && k - j < 7 && tokens[k].kind == TokenKind::Word {
                k += 1;
            }
            if k < end && self.city_before_its_state(tokens, j, k + 1).is_some() {
                k += 1;
            } else {
                break;
            }
        }
        // "said one neurologist who was not involved in the research": a
        // relative clause is said of the description, and would be cut
        // mid-phrase at the reach below. (Found before that cut is mended,
        // which passes back over words that are never a name's: "a source
        // who asked not to be named".)
        // (So is a participle after a noun for a person.)
        let relative = (j + 1..k).find(|&r| {
            matches!(tokens[r].lower, "who" | "whose" | "which") || participle_of_a_person(r)
        });
        // (Cut by that reach inside a phrase, not after its "of the": "one
        // trader on the floor of the exchange"; and not inside a name, which
        // goes on whole: "a senior official of the National Investigation
        // Agency".)
        if k < end && tokens[k].kind == TokenKind::Word {
            let noun_at = |k: usize| {
                k < end
                    && tokens[k].is_word()
                    && !tokens[k].capital
                    && self.is_description_noun(&tokens[k])
            };
            if tokens[k - 1].capital && (tokens[k].capital || noun_at(k)) {
                while k < end && tokens[k].kind == TokenKind::Word && tokens[k].capital {
                    k += 1;
                }
                // ("said a Department of Health and Human Services
                // spokesman": nor between a long name and its noun.)
                if noun_at(k) {
                    k += 1;
                }
            } else {
                while k > j + 1 && tokens[k - 1].info.is_closed_class() {
                    k -= 1;
                }
            }
        }
        if tokens.get(k).is_some_and(|t| t.is_punct(','))
            && let Some(run_end) = tokens.get(k + 1).and_then(|_| name_run_at(tokens, k + 1))
            && let Some(f) = self.found_name(tokens, k + 1, run_end)
        {
            return Some(f);
        }
        let k = relative.unwrap_or(k);
        // "said one Democratic source on the panel": the description may
        // end before a phrase that places it.
        let place = (j + 1..k).find(|&p| {
            let t = &tokens[p];
            t.info.is_closed_class()
                && !t.info.has_description()
                && !matches!(t.lower, "of" | "for")
        });
        // (An owner's name opens its description without the article
        // before it: "said the Smiths' son" is "Smiths' son".)
        let at_j = |d: &Found| d.start == past_the(tokens, j) || d.start == j;
        self.description_ending_at(tokens, j, k)
            .filter(at_j)
            .or_else(|| {
                let p = place?;
                let d = self.description_ending_at(tokens, j, p).filter(at_j)?;
                // (Not a clause the word opens: "says PM as rebels circle",
                // "said the mayor while residents waited".)
                let opens_clause = self.clause_boundary(&tokens[p])
                    || matches!(
                        tokens[p].lower,
                        "as" | "amid" | "despite" | "since" | "until"
                    );
                // (Nor the medium the words were given on, their channel:
                // "wrote one user on X".)
                let medium = p + 1 < k && self.is_medium_phrase(tokens, p + 1, k);
                Some(if opens_clause || medium {
                    d
                } else {
                    Found { end: k, ..d }
                })
            })
            .or_else(|| {
                self.noun_phrase_ending_at(tokens, j, place.unwrap_or(k), false)
                    .filter(at_j)
            })
    }

    /// The subject at `start`: the pronoun there, if `pronoun` is its
    /// kind, or else the name that runs to `end`.
    fn pronoun_or_name(
        &self,
        tokens: &[Token],
        pronoun: Option<PronounKind>,
        start: usize,
        end: usize,
    ) -> Option<Found> {
        match pronoun {
            Some(kind) => Some(Found {
                who: Who::Pronoun(kind),
                start,
                end: start + 1,
            }),
            None => self.found_name(tokens, start, end),
        }
    }

    /// Whether token `r` is a participle right after a noun for a person,
    /// which restricts it as a relative clause does: "a voter leaving the
    /// polling station", "an official speaking on condition of anonymity".
    fn modifies_a_person(&self, tokens: &[Token], r: usize) -> bool {
        let t = &tokens[r];
        r > 0
            && t.lower.ends_with("ing")
            && !t.capital
            && (!t.info.is_closed_class() || t.lower == "speaking")
            && self.is_person_noun(&tokens[r - 1])
    }

    /// "a protester who identified himself only as Brian", "a woman who
    /// gave her name only as Ellen", "the woman, who asked to be identified
    /// only by her first name, Ellen": the name given, in `[from, end)`,
    /// after "as" that follows "identified" or "name" within a few words,
    /// or after "name" and a comma.
    fn named_only_as(&self, tokens: &[Token], from: usize, end: usize) -> Option<Found> {
        let limit = end.min(from + 16).min(tokens.len());
        let as_at = (from + 2..limit).find(|&k| {
            (tokens[k].lower == "as"
                && tokens[k.saturating_sub(4).max(from)..k]
                    .iter()
                    .any(|t| matches!(t.lower, "identified" | "name")))
                || (tokens[k].is_punct(',') && tokens[k - 1].lower == "name")
        })?;
        // (Not an owner: "who was identified as Jane Doe's brother".)
        let run_end = tokens
            .get(as_at + 1)
            .and_then(|_| name_run_at(tokens, as_at + 1))
            .filter(|&e| !tokens[e - 1].possessive)?;
        self.found_name(tokens, as_at + 1, run_end.min(end))
    }

    /// "MSNBC host Chris Matthews", "BuzzFeed spokesman Matt Mittenthal": a
    /// name ending at `run_end`, lower-case titles and a person's name; the
    /// person, when there is one before `limit`.
    fn person_after_title(&self, tokens: &[Token], run_end: usize, limit: usize) -> Option<Found> {
        let is_title = |w: &Token| {
            w.is_word() && !w.capital && (w.info.is_title() || w.info.has_description())
        };
        // ("White House press secretary Jen Psaki": a title may be two
        // words, the first no title alone.) (An initialism may stand among
        // them: "Meta's chief AI scientist, Yann LeCun".)
        let words = tokens
            .get(run_end..limit.min(run_end + 3))?
            .iter()
            .take_while(|w| {
                w.is_word()
                    && (!w.capital || in_capitals(self.text, w))
                    && !w.info.is_closed_class()
            })
            .count();
        let titles = (1..=words)
            .rev()
            .find(|&n| is_title(&tokens[run_end + n - 1]))?;
        let mut start = run_end + titles;
        // ("Ukraine's foreign minister, Andrii Sybiha": after an owner, the
        // name may be set off by a comma.)
        if tokens[run_end - 1].possessive && tokens.get(start).is_some_and(|t| t.is_punct(',')) {
            start += 1;
        }
        if start >= limit {
            return None;
        }
        let end = name_run_at(tokens, start)?.min(limit);
        self.found_name(tokens, start, end)
    }

    /// The subject of a sentence: its first name, pronoun or description,
    /// after an opening phrase ("During the meeting, Putin …").
    fn sentence_subject(&self, tokens: &[Token], start: usize, limit: usize) -> Option<Found> {
        let mut i = start;
        // An opening phrase up to a near comma: "During the meeting, …",
        // "On “Face the Nation,” …" (not "A federal judge blocked the law,
        // calling …", "The singer shared a photo, writing …", "The
        // 36-year-old shared …").
        // ("My neighbor, a widow, put it simply:": an owner's too; and a
        // count's, "Several environmental groups granted …, saying".)
        let opening_description = tokens
            .get(start)
            .is_some_and(|t| {
                t.lower == "the" || opens_indefinitely(t.lower) || t.info.is_possessive_determiner()
            })
            .then(|| {
                self.description_after(tokens, start)
                    .or_else(|| {
                        let age = tokens.get(start + 1)?;
                        age.lower
                            .ends_with("-year-old")
                            .then_some((start, start + 2))
                    })
                    .or_else(|| self.capitalised_title_after(tokens, start))
                    .or_else(|| self.plural_people_after(tokens, start))
            })
            .flatten()
            .filter(|d| d.1 <= limit);
        // ("Prosecutors had sought a longer term, writing": people in the
        // plural, with no determiner, whom a name run would take.)
        if starts_a_sentence(tokens, start)
            && let Some(end) = self.unnamed_people_opening(tokens, start)
            && end <= limit
        {
            return Some(Found {
                who: Who::Description,
                start,
                end,
            });
        }
        // ("The White House issued a statement, saying": "The" opening
        // the sentence before a name opens the subject, not a phrase. Not
        // a clause's "the" after a quote: "for “inciting” the Taiwan
        // Straits, and criticized".)
        let the_name = tokens.get(i).is_some_and(|t| t.lower == "the" && t.capital)
            && tokens.get(i + 1).is_some_and(|t| t.capital);
        if tokens
            .get(i)
            .is_some_and(|t| t.info.is_closed_class() && t.info.pronoun().is_none())
            && opening_description.is_none()
            && !the_name
            && let Some(comma) = (i..limit.min(i + 9)).find(|&k| {
                tokens[k].is_punct(',')
                    || (tokens[k].quote().is_some() && self.ends_with_comma(&tokens[k]))
            })
        {
            i = comma + 1;
        }
        // ("In the recording, a man believed to be the suspect can be heard
        // saying": past the opening phrase an indefinite description may
        // open the clause, as at its start.)
        let clause_start = i;
        let opens_on_phrase = tokens.get(clause_start).is_some_and(|t| {
            t.info.is_closed_class() && t.info.pronoun().is_none() && !is_determiner(t)
        });
        while i < limit {
            let t = &tokens[i];
            if t.quote().is_some() {
                return None;
            }
            // Nor are names in a relative clause set off: "… Bank of
            // America Stadium - where the Charlotte Panthers played - while
            // chanting".
            if matches!(t.lower, "where" | "who" | "which" | "whose" | "when")
                && let Some(open) = i.checked_sub(1).map(|k| &tokens[k])
                && (open.is_punct(',') || is_dash(open))
            {
                let by_dashes = is_dash(open);
                i = (i + 1..limit)
                    .find(|&k| match by_dashes {
                        true => is_dash(&tokens[k]),
                        false => tokens[k].is_punct(','),
                    })
                    .map_or(limit, |k| k + 1);
                continue;
            }
            // "Thousands marched through downtown Chicago, chanting": past
            // the main verb, a name is its object or its place. (A past
            // participle before a name or a comma describes: "Newly
            // elected Mayor Ann Lee", "Visibly moved, Biden"; and one in an
            // opening phrase is no main verb: "With leaders worried about
            // turnout, President Obama is rolling out".)
            // (So is a name right after it, when a noun stands before it:
            // "several environmental groups granted Mr. Clarke an
            // extension, saying"; not "Newly elected Mayor Ann Lee".)
            let object_named = || {
                tokens.get(i + 1).is_some_and(|n| n.is_word() && n.capital)
                    && tokens[i - 1].is_word()
                    && !tokens[i - 1].info.is_closed_class()
                    && !tokens[i - 1].lower.ends_with("ly")
            };
            if i > clause_start
                && !opens_on_phrase
                && t.is_word()
                && !t.capital
                && is_past_tense(t)
                && (tokens.get(i + 1).is_some_and(|n| n.is_word() && !n.capital) || object_named())
            {
                return None;
            }
            // Names inside a prepositional phrase are not the subject.
            let after_preposition = i > start
                && tokens[i - 1].info.is_closed_class()
                && !matches!(
                    tokens[i - 1].lower,
                    "and" | "but" | "so" | "then" | "also" | "the" | "a" | "an"
                );
            if after_preposition && t.capital && t.info.pronoun().is_none() {
                i = name_run_at(tokens, i).unwrap_or(i + 1);
                continue;
            }
            if let Some(kind) = t.info.pronoun() {
                return Some(Found {
                    who: Who::Pronoun(kind),
                    start: i,
                    end: i + 1,
                });
            }
            // ("One analyst was more cautious:": a count opening the
            // sentence before a description is no name.)
            if i == start
                && opens_indefinitely(t.lower)
                && let Some((start, end)) = opening_description
            {
                return Some(Found {
                    who: Who::Description,
                    start,
                    end,
                });
            }
            // A name is cut at `limit`; a description that runs on past it
            // is not a subject before it ("the Russian leader in a statement").
            if let Some(run_end) = name_run_at(tokens, i).map(|e| e.min(limit)) {
                // "blocked a Texas law": a name that modifies a noun is no
                // subject ("the Rev. Al Sharpton began", titled, is one).
                if is_attributive(tokens, i, run_end)
                    && split_name(tokens, i, run_end).core_start == i
                {
                    i = run_end;
                    continue;
                }
                if let Some(f) = self.person_after_title(tokens, run_end, limit) {
                    return Some(f);
                }
                if !tokens[run_end - 1].possessive
                    && let Some(f) = self.found_name(tokens, i, run_end)
                {
                    return Some(f);
                }
                // ("Starmer visited Leeds, saying": a word opening the clause
                // before its verb, which the first pass could not take for a
                // name, is still the subject, not a name after the verb. An
                // adverb is none: "Newly elected Mayor Ann Lee toured".)
                if i == clause_start
                    && !tokens[run_end - 1].possessive
                    && !tokens[i].lower.ends_with("ly")
                    && tokens
                        .get(run_end)
                        .is_some_and(|v| v.is_word() && !v.capital && is_past_tense(v))
                {
                    return None;
                }
                // "Kemper's office released a statement:": a name's office,
                // campaign or spokesman is the subject.
                if tokens[run_end - 1].possessive
                    && let Some(end) = self.description_noun_at(tokens, run_end)
                    && end <= limit
                {
                    return Some(Found {
                        who: Who::Description,
                        start: i,
                        end,
                    });
                }
                i = run_end;
                continue;
            }
            // "A federal judge blocked the law, calling it …": an
            // indefinite description opening the sentence is its subject,
            // and so is one a pronoun owns ("His campaign released a
            // statement calling …").
            let owned = (i == start && t.info.is_possessive_determiner())
                .then(|| self.description_after(tokens, i))
                .flatten()
                .filter(|d| d.1 <= limit);
            let indefinite = || {
                (i == clause_start && i > start && opens_indefinitely(t.lower))
                    .then(|| {
                        self.description_after(tokens, i)
                            .or_else(|| self.plural_people_after(tokens, i))
                    })
                    .flatten()
                    .filter(|d| d.1 <= limit)
            };
            let description = opening_description
                .filter(|_| i == start)
                .or(owned)
                .or_else(indefinite)
                .or_else(|| self.description_at(tokens, i).filter(|d| d.1 <= limit));
            if let Some((start, end)) = description {
                return Some(Found {
                    who: Who::Description,
                    start,
                    end,
                });
            }
            i += 1;
        }
        None
    }

    /// "Many economists", "Several Republican senators", "The authors": a
    /// count or "the" (at `det`) before people named by a plural noun,
    /// perhaps after a modifier or two. Returns the description's span.
    fn plural_people_after(&self, tokens: &[Token], det: usize) -> Option<(usize, usize)> {
        if matches!(tokens[det].lower, "a" | "an") {
            return None;
        }
        let noun = (det + 1..tokens.len().min(det + 4))
            .take_while(|&k| tokens[k].is_word() && !tokens[k].info.is_closed_class())
            .find(|&k| {
                let t = &tokens[k];
                !t.capital && has_s_ending(t.lower) && self.names_people(t.lower)
            })?;
        Some((det, noun + 1))
    }

    /// "The King", "the Prime Minister" before a lower-case word: a title
    /// capitalised as British and royal news write it, which describes its
    /// holder as "the king" would (`description_after` reads only nouns in
    /// lower case, so that "The Guardian" is no description).
    fn capitalised_title_after(&self, tokens: &[Token], the: usize) -> Option<(usize, usize)> {
        if tokens[the].lower != "the" {
            return None;
        }
        let end = (the + 1..tokens.len().min(the + 4))
            .find(|&k| !(tokens[k].capital && tokens[k].is_word() && tokens[k].info.is_title()))?;
        let next = &tokens[end];
        (end > the + 1
            && next.is_word()
            && !next.capital
            && self.head_class(&tokens[the + 1..end]).is_some())
        .then_some((the, end))
    }

    /// The entity whose name holds the words `[start, end)`.
    fn entity_for(&self, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
        // The mention holding the name's first word, or else its last: a
        // descriptor before it ("Rival Hillary Clinton") may have been left
        // out of the mention.
        if let Some(e) = self
            .mention_entity(tokens, start)
            .or_else(|| self.mention_entity(tokens, end - 1))
        {
            return Some(e);
        }
        let at = tokens[start].span.start;
        let words: Vec<&str> = tokens[start..end].iter().map(|t| t.lower).collect();
        // ("Farmers say …" is no "NSW Farmers", nor "Doctors warn" the
        // "Junior Doctors Committee": people in the plural are named so
        // only by a name of that word alone.)
        let people = end - start == 1 && self.people_in_the_plural(&tokens[start]);
        self.names
            .mentions_before(at)
            .iter()
            .rev()
            .map(|m| m.entity)
            .chain(0..self.names.entities.len())
            .find(|&e| {
                let name = &self.names.entities[e].tokens;
                (!people || name.len() == 1)
                    && words.iter().all(|w| name.iter().any(|t| t.lower == *w))
            })
    }

    /// The canonical speaker for a mention found at `pos`.
    fn resolve(&self, tokens: &[Token], f: Found, pos: usize) -> Option<String> {
        // "As I wrote last week, “…”", under "By Paul Krugman": the writer.
        if f.who == Who::Pronoun(PronounKind::First) && tokens[f.start].lower == "i" {
            return self.writer.clone();
        }
        // "the prime minister's spokesman" is not the prime minister, nor
        // the last person described so: a description with an owner of
        // its own names no one (unless a name in it does). An owner that is
        // a place or a body in lower case ("the nation's top expert", "the
        // company's chief executive") describes a role, read as any other,
        // but it is not the body: the scan took "The union's" alone for
        // the body, and that is no general secretary.
        // (A group of people owns as a person does: "the family's
        // solicitor" is theirs, no one named before.)
        // (And people in the plural: "The sisters' mother".)
        let owner = |t: &Token| {
            t.possessive && (t.capital || self.is_person_noun(t) || self.names_people(t.lower))
        };
        let owned_role = |t: &Token| t.possessive && !owner(t);
        let words = before_its_place(
            tokens
                .get(f.start..f.end.saturating_sub(1))
                .unwrap_or_default(),
        );
        // ("The People's Party leader" has no owner: the possessive is
        // inside a name.)
        let owned = f.who == Who::Description
            && words.iter().enumerate().any(|(k, t)| {
                owner(t)
                    && !words
                        .get(k + 1)
                        .is_some_and(|next| possessive_inside_name(t, next))
            });
        let a_bodys_role = f.who == Who::Description
            && !owned
            && words.iter().any(owned_role)
            && self.describes_a_person(tokens, f);
        let one_of_a_group = f.who == Who::Description
            && is_someone_else(&tokens[f.start])
            && tokens.get(f.start + 1).is_some_and(|t| t.lower == "of");
        // "Harris and Haley clashed. “…,” the former said": the first or the
        // second of the last two people named. ("the former president" is
        // a title.)
        let former_or_latter = match &tokens[f.start..f.end] {
            [the, which] if the.lower == "the" => match which.lower {
                "former" => Some(1),
                "latter" => Some(0),
                _ => None,
            },
            _ => None,
        };
        // "Democrat Josh Shapiro and Republican Doug Mastriano … His
        // opponent countered": one's opponent or rival (`rival_of`).
        let rivals_owner = match &tokens[f.start..f.end] {
            [owner, .., noun]
                if f.who == Who::Description
                    && matches!(owner.lower, "his" | "her")
                    && matches!(
                        noun.lower,
                        "opponent" | "rival" | "challenger" | "adversary" | "foe"
                    ) =>
            {
                Some(owner)
            }
            _ => None,
        };
        // "The other person said", "the other senator": of two, the one
        // who did not speak last; no one else (a source left unnamed).
        let the_other = f.who == Who::Description
            && (f.start..f.end)
                .chain(f.start.checked_sub(1))
                .any(|k| k > 0 && tokens[k].lower == "other" && tokens[k - 1].lower == "the");
        let entity = match f.who {
            Who::Description if the_other => {
                let last_speaker = self
                    .said_by
                    .iter()
                    .rev()
                    .find(|s| s.at < pos)
                    .map(|s| s.entity);
                match self.last_people_named(pos, 2)[..] {
                    [a, b] => [a, b].into_iter().find(|&e| Some(e) != last_speaker),
                    _ => None,
                }
            }
            Who::Description if rivals_owner.is_some() => {
                rivals_owner.and_then(|owner| self.rival_of(owner, pos))
            }
            Who::Description if former_or_latter.is_some() => former_or_latter
                .and_then(|which| self.last_people_named(pos, 2).get(which).copied()),
            // ("Russia's defence ministry": a body a country owns, read as
            // a name in the first pass.)
            // (The body itself, read whole: not the president, whom the
            // pass linked the start of "the president's spokesman" to.)
            Who::Description if owned => self
                .described_at(tokens, f)
                .filter(|&(e, head)| {
                    head == tokens[f.end - 1].lower
                        && self.names.entities[e].kind == EntityKind::Organisation
                })
                .map(|(e, _)| e)
                .or_else(|| self.named_in_apposition(tokens, f))
                .or_else(|| self.document_owner(tokens, f))
                .or_else(|| self.titled_soon_after(tokens, f, pos)),
            // ("The union's secretary general, Hervé Lapie, went further":
            // the name set off after it, as for any description.)
            Who::Description if a_bodys_role => self
                .named_in_apposition(tokens, f)
                .or_else(|| self.resolve_description_at(tokens, f)),
            Who::Description if one_of_a_group => None,
            Who::Entity(e) => Some(e),
            // "Trump responded in a statement. “…,” it read": what reads is
            // the document, and its author speaks.
            Who::Pronoun(PronounKind::Neuter)
                if tokens
                    .get(f.end)
                    .is_some_and(|t| matches!(t.lower, "read" | "reads"))
                    && let Some(author) =
                        self.last_document_author(tokens[f.start].span.start, None) =>
            {
                Some(author)
            }
            Who::Pronoun(kind) => {
                let gender = gender_of([tokens[f.start].info]);
                let objects = opening_objects(tokens, f.start);
                (kind == PronounKind::Singular)
                    .then(|| self.paragraph_focus(tokens, f.start, gender))
                    .flatten()
                    .or_else(|| self.resolve_pronoun(kind, gender, pos, &objects))
                    .or_else(|| {
                        (kind == PronounKind::Plural)
                            .then(|| self.paragraph_focus(tokens, f.start, None))
                            .flatten()
                    })
                    .or_else(|| self.cataphor(kind, gender, pos))
                    .or_else(|| {
                        (kind == PronounKind::Plural)
                            .then(|| self.body_that_spoke_as_they(pos))
                            .flatten()
                    })
            }
            Who::Description if self.is_plural_description_at(tokens, f) => {
                self.resolve_pronoun(PronounKind::Plural, None, pos, &[])
            }
            Who::Description => self
                .named_in_apposition(tokens, f)
                .or_else(|| self.described_at(tokens, f).map(|(e, _)| e))
                .or_else(|| self.of_age(tokens, f))
                .or_else(|| self.resolve_description_at(tokens, f))
                .or_else(|| self.document_author(tokens, f)),
        };
        // "According to a senior administration official, … “…,” the
        // official said": the one brought in unnamed since anyone so
        // described was last named, not them.
        // (Nor anyone named, when the sentence says the source goes
        // unnamed: "“…,” the official added, requesting anonymity.")
        let entity = entity.filter(|&e| {
            f.who != Who::Description
                || former_or_latter.is_some()
                || !(self.unnamed_since_named(e, tokens, f) || asks_anonymity(tokens, f))
        });
        // A person described by what the article never said of anyone ("the
        // Texas governor" for a man it only called a candidate) is the
        // person it is talking about: the last speaker, as a reader assumes.
        // "a representative wrote …  “…,” the representative added": the
        // same unnamed speaker, not the last named one, nor one titled so
        // after ("A senior executive at Commerzbank … the executive said",
        // then "UniCredit chief executive Andrea Orcel").
        let head = tokens.get(f.end.saturating_sub(1)).map(|t| t.lower);
        let described_unnamed = f.who == Who::Description
            && self
                .unnamed_people
                .iter()
                .any(|u| u.at < pos && Some(u.noun) == head);
        // "The defendant, 34, of Leeds, replied": a description given an
        // age and a home of its own brings someone in, not the last
        // speaker; so does one given another age than the article gave
        // them. Otherwise it is someone named before ("Taylor Swift, 34, …
        // The singer, 34, said"; "The former Manchester United boss, 62,
        // said", as tabloids write).
        let age_here = match tokens.get(f.end..f.end + 3) {
            Some([open, age, close])
                if open.is_punct(',') && is_age(age) && close.is_punct(',') =>
            {
                Some(age.lower)
            }
            _ => None,
        };
        let with_a_home = tokens
            .get(f.end + 3..f.end + 5)
            .is_some_and(|w| matches!(w[0].lower, "of" | "from") && w[1].capital);
        let of_that_age = |e: usize| {
            let Some(age) = age_here else {
                return true;
            };
            let mut ages = self.ages_of(e).peekable();
            match ages.peek() {
                Some(_) => ages.any(|a| a == age),
                None => !with_a_home,
            }
        };
        // ("“No comment,” the spokesman said", after Chuck Schumer spoke: a
        // spokesperson speaks for someone else, and is never the one last
        // named unless called so. So does "the press secretary".)
        // (A description's head, read once: how many words it has, one to
        // three, and the class they make.)
        let head_class = (f.who == Who::Description)
            .then(|| self.last_head_class(&tokens[f.start..f.end]))
            .flatten();
        let speaks_for_another = head_class.is_some_and(|(_, class)| class == "spokesperson");
        // ("“…,” the insider told The Sun": nor is a source; nor one the
        // article says goes unnamed, "An Egyptian official briefed on the
        // talks said … He spoke on condition of anonymity", though someone
        // titled "official" is named after.)
        let anonymous = || {
            f.who == Who::Description
                && (self.grammar.is_anonymous_noun(tokens[f.end - 1].lower)
                    || asks_anonymity(tokens, f))
        };
        let entity = entity.or_else(|| {
            (f.who == Who::Description
                && !owned
                && !the_other
                && !described_unnamed
                && !speaks_for_another
                && self.describes_a_person(tokens, f)
                && !anonymous())
            .then(|| {
                // ("The nation's top infectious disease expert warned … Dr.
                // Anthony Fauci told CBS News": a lead's description before
                // anyone is named points ahead, as a pronoun does.)
                // ("Fire Chief Dan O'Brien", named after it, is no "mayor":
                // someone the article gives another office is not taken for
                // one ahead. Behind, "the Texas governor" may be the man it
                // only called a candidate.)
                let gender = gender_of(tokens[f.start..f.end].iter().map(|t| t.info));
                let head = tokens[f.end - 1].lower;
                // (Nor is China's spokesman "A Downing Street spokesman".)
                let described = &tokens[f.start..f.end];
                // ("the prime minister" holds the office its two words
                // name, a leader's, as "the PM" does: "Treasurer Jim
                // Chalmers", an official as a minister is, holds another.)
                let office = match head_class {
                    Some((n, _)) => self.phrase_of(&described[described.len() - n..]),
                    None => std::borrow::Cow::Borrowed(head),
                };
                let body = described
                    .iter()
                    .rposition(|t| !t.capital && self.is_description_noun(t))
                    .map(|at| body_spoken_for(described, at))
                    .unwrap_or_default();
                // (Nor is someone the article gave another age "the
                // 50-year-old", or another party "the Connecticut Democrat";
                // nor the governor named last "the company's chief
                // executive".)
                // ("the woman" is no man named before.)
                // ("The King", after "Larry King hosted the show": a name
                // is no title.)
                let named_so = |e: usize| {
                    let e = &self.names.entities[e];
                    e.tokens.iter().any(|t| t.lower == head)
                        && !e.descriptors.iter().any(|d| d.lower == head)
                };
                let a_deputy = |e: usize| self.holds_another_degree(e, head, described);
                // ("the former president" is not "President Biden": the
                // office given them without the qualifier is held now.)
                let held_unqualified = |e: usize| {
                    let descriptors = &self.names.entities[e].descriptors;
                    descriptors.iter().any(|d| d.lower == head)
                        && qualified_otherwise(described, descriptors)
                };
                let in_its_clause = self.named_in_its_clause(tokens, f);
                let mut told = self.mentions_of_the_one_told(tokens, f);
                told.extend(
                    self.names
                        .mentions
                        .iter()
                        .filter(|m| in_its_clause.contains(&m.entity))
                        .map(|m| m.span.start),
                );
                self.resolve_pronoun(PronounKind::Singular, gender, pos, &told)
                    .filter(|&e| !named_so(e) && !a_deputy(e) && !held_unqualified(e))
                    .filter(|&e| !self.another_ministers_initials(e, head))
                    .filter(|&e| !self.of_another_age(e, head))
                    .filter(|&e| !self.of_another_party(e, head))
                    .filter(|&e| !self.of_another_nation(e, head, pos))
                    .filter(|&e| !self.an_office_for_one_given_no_office(e, &office))
                    .filter(|&e| !self.told_apart.contains(&(e, head)))
                    .filter(|&e| of_that_age(e))
                    .filter(|&e| {
                        !((a_bodys_role || self.another_office_rules_out(e, &office))
                            && self.holds_another_office(e, &office))
                    })
                    .or_else(|| {
                        self.cataphor(PronounKind::Singular, gender, pos)
                            .filter(|e| !in_its_clause.contains(e))
                            .filter(|&e| !self.holds_another_office(e, &office))
                            .filter(|&e| !self.described_as_another(e, head, pos))
                            .filter(|&e| !self.given_only_other_roles(e, head))
                            .filter(|&e| self.speaks_for_body(e, &body) || !self.beside_a_body(e))
                            .filter(|&e| !self.of_another_party(e, head))
                            .filter(|&e| of_that_age(e))
                    })
            })
            .flatten()
            .or_else(|| {
                (f.who == Who::Description
                    && !owned
                    && !the_other
                    && !described_unnamed
                    && !anonymous())
                .then(|| {
                    self.titled_soon_after(tokens, f, pos)
                        .or_else(|| self.body_named_soon_after(tokens, f, pos))
                })
                .flatten()
            })
        });
        match entity {
            Some(e) => Some(self.names.entities[e].name.clone()),
            None if f.who == Who::Description => self
                .named_description(tokens, f)
                .or_else(|| self.owned_so_before(tokens, f, pos))
                .or_else(|| self.body_a_spokesperson_speaks_for(tokens, f))
                .or_else(|| self.body_a_pronoun_owns(tokens, f, pos))
                .or_else(|| self.unnamed_of_a_body_meant(tokens, f))
                .or_else(|| self.spokesperson_for_the_body_before(tokens, f)),
            None => self.unnamed_of_a_body_meant(tokens, f),
        }
    }

    /// "Tesco said they were “deeply sorry”. “…,” they added": a "they"
    /// that means no people is the body (or the lone name of no known
    /// kind) that spoke last, as British news gives a firm the plural,
    /// when it spoke in this paragraph or the one before and no one, nor
    /// people in the plural, was named since. (It may have spoken in the
    /// narrative, a clause's subject before a verb of speech: "Greenpeace
    /// said the decision was wrong. “…,” they said".)
    fn body_that_spoke_as_they(&self, pos: usize) -> Option<usize> {
        let quoted = self
            .said_by
            .iter()
            .rev()
            .find(|s| s.at < pos)
            .map(|s| (s.at, s.entity));
        let narrated = self
            .names
            .mentions_before(pos)
            .iter()
            .rev()
            .take(8)
            .find(|m| m.subject && !m.possessive && self.speech_verb_follows(m.span.end))
            .map(|m| (m.span.start, m.entity));
        let (at, entity) = match (quoted, narrated) {
            (Some(q), Some(n)) => std::cmp::max_by_key(q, n, |&(at, _)| at),
            (q, n) => q.or(n)?,
        };
        let person_since = self
            .names
            .mentions_before(pos)
            .iter()
            .rev()
            .take_while(|m| m.span.start >= at)
            .any(|m| self.names.entities[m.entity].kind == EntityKind::Person);
        (self.names.entities[entity].kind != EntityKind::Person
            && !person_since
            && !self.people_in_the_plural_between(at, pos)
            && self.one_paragraph_break_at_most(at, pos))
        .then_some(entity)
    }

    /// Whether people in the plural are named or brought in between bytes
    /// `from` and `to`: "Shoppers were angry", "Democrats said", whom a
    /// "they" after them may mean.
    fn people_in_the_plural_between(&self, from: usize, to: usize) -> bool {
        self.unnamed_groups.iter().any(|&u| from <= u && u < to)
            || self
                .names
                .mentions_before(to)
                .iter()
                .rev()
                .take_while(|m| m.span.start >= from)
                .any(|m| m.plural)
    }

    /// The entity the first pass linked a description opening where `f`
    /// opens to, if any, and the last word of the description it read.
    fn described_at(&self, tokens: &[Token], f: Found) -> Option<(usize, &str)> {
        let at = tokens[f.start].span.start;
        self.described
            .iter()
            .find(|d| d.0 == at)
            .map(|&(_, e, head)| (e, head))
    }

    /// "A Google spokeswoman said the company would appeal. “…,” she said":
    /// a "she" or "the spokeswoman" that means no one named is the one
    /// brought in last, in its paragraph or the one before, when a body
    /// names them ("Google spokeswoman") and no one else who may be meant
    /// stands between. So are "they" or "the analysts" after "Analysts at
    /// Jefferies".
    fn unnamed_of_a_body_meant(&self, tokens: &[Token], f: Found) -> Option<String> {
        let (noun, plural) = match (f.who, &tokens[f.start..f.end]) {
            (Who::Pronoun(PronounKind::Singular), _) => (None, false),
            (Who::Pronoun(PronounKind::Plural), _) => (None, true),
            (Who::Description, [the, noun]) if the.lower == "the" => {
                (Some(noun.lower), has_s_ending(noun.lower))
            }
            _ => return None,
        };
        let gender = gender_of(tokens[f.start..f.end].iter().map(|t| t.info));
        let at = tokens[f.start].span.start;
        let unnamed = self
            .unnamed_of_a_body
            .iter()
            .rev()
            .find(|u| u.span.end <= at)?;
        // ("A Tesco spokesperson said … They added": or a "they" for one
        // whose gender the description does not say, as the BBC writes.)
        let singular_they = plural && !unnamed.plural && unnamed.gender.is_none();
        // (At most one paragraph's break between them: the text is read
        // after the cheaper tests.)
        if (plural != unnamed.plural && !singular_they)
            || !genders_agree(gender, unnamed.gender)
            || noun.is_some_and(|n| n != unnamed.noun)
            || !self.one_paragraph_break_at_most(unnamed.span.end, at)
        {
            return None;
        }
        let between = |u: usize| unnamed.span.end <= u && u < at;
        // (The mentions before `at`, back to the description, not all.)
        let named_between = self
            .names
            .mentions_before(at)
            .iter()
            .rev()
            .take_while(|m| m.span.start >= unnamed.span.end)
            .any(|m| {
                let e = &self.names.entities[m.entity];
                e.kind == EntityKind::Person && genders_agree(gender, e.gender())
            });
        let unnamed_between = self
            .unnamed_people
            .iter()
            .any(|u| between(u.at) && genders_agree(gender, u.gender));
        // (Nor a "they" past people in the plural: "Shoppers were angry.
        // “…,” they said".)
        let group_between =
            singular_they && self.people_in_the_plural_between(unnamed.span.end, at);
        if named_between || unnamed_between || group_between {
            return None;
        }
        // The description's words, in its paragraph's tokens. (Looked for
        // one paragraph at a time: a paragraph may have none.)
        let words = &self
            .paras
            .iter()
            .rfind(|para| {
                para.tokens
                    .first()
                    .is_some_and(|t| t.span.start <= unnamed.span.start)
            })?
            .tokens;
        let start = words.partition_point(|t| t.span.start < unnamed.span.start);
        let end = words.partition_point(|t| t.span.end <= unnamed.span.end);
        let found = Found {
            who: Who::Description,
            start,
            end,
        };
        (end > start)
            .then(|| self.named_description(words, found))
            .flatten()
    }

    /// "The Prime Minister hit back, telling her: …": where the verb after
    /// the description `f` tells "him" or "her", the mentions of the one
    /// that pronoun means, who is not the one speaking.
    fn mentions_of_the_one_told(&self, tokens: &[Token], f: Found) -> Vec<usize> {
        let told = (f.end..tokens.len().min(f.end + 8))
            .take_while(|&k| !tokens[k].sentence_end && tokens[k].quote().is_none())
            .find(|&k| self.grammar.speech_lemma(tokens[k].lower) == Some("tell"));
        let Some(object) = told
            .and_then(|v| tokens.get(v + 1))
            .filter(|o| matches!(o.lower, "him" | "her"))
        else {
            return Vec::new();
        };
        let gender = gender_of([object.info]);
        let Some(listener) =
            self.resolve_pronoun(PronounKind::Singular, gender, object.span.start, &[])
        else {
            return Vec::new();
        };
        self.names
            .mentions
            .iter()
            .filter(|m| m.entity == listener)
            .map(|m| m.span.start)
            .collect()
    }

    /// Everyone named in the relative clause after description `f`, before
    /// its sentence's speech verb: "The man who filmed the attack on Paul
    /// Pelosi told CNN" describes someone other than Pelosi.
    fn named_in_its_clause(&self, tokens: &[Token], f: Found) -> Vec<usize> {
        if !tokens
            .get(f.end)
            .is_some_and(|t| matches!(t.lower, "who" | "whose"))
        {
            return Vec::new();
        }
        let clause_end = (f.end + 1..tokens.len())
            .find(|&k| {
                tokens[k].sentence_end
                    || tokens[k].quote().is_some()
                    || tokens[k].info.is_speech_verb()
            })
            .unwrap_or(tokens.len());
        let span = tokens[f.end].span.start..tokens[clause_end - 1].span.end;
        self.names
            .mentions
            .iter()
            .filter(|m| span.contains(&m.span.start))
            .map(|m| m.entity)
            .collect()
    }

    /// "The gunman, Omar Mateen, was heard shouting": a description set off
    /// before a person's name is that person, whoever was named before it.
    /// (A role may stand before the name: "Her boyfriend, Chiefs tight end
    /// Travis Kelce, said"; not a clause, "The aide, who met Ann Lee,".)
    fn named_in_apposition(&self, tokens: &[Token], f: Found) -> Option<usize> {
        // ("Her colleague at the university, Professor David Kim,": a short
        // phrase may place the description before the comma.)
        let open = match tokens.get(f.end)?.lower {
            "at" | "in" | "from" => {
                (f.end + 1..tokens.len().min(f.end + 5)).find(|&k| !tokens[k].is_word())?
            }
            _ => f.end,
        };
        if !tokens[open].is_punct(',') {
            return None;
        }
        let close = (open + 2..tokens.len().min(open + 12)).find(|&k| !tokens[k].is_word())?;
        if !tokens[close].is_punct(',') || self.names_a_groups_member(tokens, f.start, open) {
            return None;
        }
        // The name that ends the aside, and where it starts.
        let last = tokens[close - 1].span.start;
        let name = self
            .names
            .mentions
            .iter()
            .find(|m| m.span.start <= last && last < m.span.end)?;
        let e = name.entity;
        let name_start = (open + 1..close).find(|&k| tokens[k].span.start >= name.span.start)?;
        let role = &tokens[open + 1..name_start];
        // ("His lawyers, Robert Turkewitz and Brian Knowles,": two named
        // together speak as the first, as when they open the sentence.)
        if let [first @ .., and] = role
            && and.lower == "and"
            && !first.is_empty()
            && first.iter().all(|t| t.capital)
            && let Some(e) = self.mention_entity(tokens, open + 1)
        {
            return (self.names.entities[e].kind == EntityKind::Person).then_some(e);
        }
        let clause = role.iter().any(|t| {
            !t.capital
                && (t.info.is_closed_class() || t.lower.ends_with("ed") || t.lower.ends_with("ing"))
        });
        (role.len() <= 6 && !clause && self.names.entities[e].kind == EntityKind::Person)
            .then_some(e)
    }

    /// Whether a name set off after the comma at `open` names one of a
    /// group, brought in by the group's "of" among the few words before
    /// it (from `floor`): "The family of one victim, Peter Lowe,", "The
    /// parents of one pupil, Tom Hill,". Not one person's office: "The
    /// leader of the group, Tom Smith,".
    fn names_a_groups_member(&self, tokens: &[Token], floor: usize, open: usize) -> bool {
        // (A word for a person before the comma: not "Friends of the
        // Earth, a charity,".)
        open > floor + 2
            && !tokens[open - 1].capital
            && self.is_person_noun(&tokens[open - 1])
            && (open.saturating_sub(4).max(floor + 1)..open - 1)
                .find(|&k| tokens[k].lower == "of")
                .is_some_and(|of| {
                    let group = &tokens[of - 1];
                    self.names_people(group.lower)
                        && (has_s_ending(group.lower)
                            || self.grammar.class(group.info) == Some("group"))
                })
    }

    /// Whether someone unnamed was brought in with the head noun of
    /// description `f` ("a senior official") after entity `e` was last named
    /// before it. An appositive ("Ann Lee, a senior official,") names them.
    fn unnamed_since_named(&self, e: usize, tokens: &[Token], f: Found) -> bool {
        let at = tokens[f.start].span.start;
        let head = tokens[f.end - 1].lower;
        let mentions = self.names.mentions_before(at);
        let Some(last) = mentions.iter().rev().find(|m| m.entity == e) else {
            return false;
        };
        // (The name just before the comma: the last mention before it.)
        let appositive = |u: usize| {
            let before = self.text[..u].trim_end_matches([' ', '\t']);
            before.ends_with([',', '('])
                && self.names.mentions_before(u).last().is_some_and(|m| {
                    m.span.end < before.len()
                        && self.text[m.span.end..before.len() - 1].trim().is_empty()
                })
        };
        self.unnamed_people
            .iter()
            .any(|u| last.span.start < u.at && u.at < at && u.noun == head && !appositive(u.at))
            || (self.is_a_body(e)
                && matches!(
                    self.grammar.description_class(head),
                    Some("organisation" | "media")
                )
                && self.body_brought_in_unnamed(e, head, last.span.end, at))
    }

    /// Whether a body left unnamed, not entity `e`, was brought in with the
    /// head noun `head` between bytes `from` and `to`: "a fund", "Norway's
    /// sovereign wealth fund" (owned by a name, no person's). "The fund
    /// said" after it is that body, not one named before. (Not "the fund",
    /// which points back; nor "a fund manager", whose head is another noun;
    /// nor "Apple is a company", "Apple, a company based in …", which
    /// describe the one named; nor "OpenAI's board", the body's own.)
    fn body_brought_in_unnamed(&self, e: usize, head: &str, from: usize, to: usize) -> bool {
        let first = self
            .paras
            .partition_point(|p| p.tokens.last().is_some_and(|t| t.span.end <= from));
        self.paras[first..]
            .iter()
            .take_while(|p| p.tokens.first().is_some_and(|t| t.span.start < to))
            .any(|p| {
                let tokens = &p.tokens;
                (0..tokens.len()).any(|k| {
                    let t = &tokens[k];
                    t.lower == head
                        && !t.capital
                        && !t.possessive
                        && from < t.span.start
                        && t.span.end < to
                        && !noun_after(tokens, k + 1)
                        && (k.saturating_sub(4)..k)
                            .rev()
                            .find(|&d| {
                                let w = &tokens[d];
                                !(w.is_word() && !w.capital && !w.info.is_closed_class())
                            })
                            .is_some_and(|d| {
                                let describes_the_named = d > 0
                                    && (is_a_form_of_be(tokens[d - 1].lower)
                                        || tokens[d - 1].is_punct(','));
                                let w = &tokens[d];
                                match matches!(w.lower, "a" | "an" | "one" | "another") {
                                    true => !describes_the_named,
                                    // (A person's is often the body's
                                    // own: "Musk's company".)
                                    false => {
                                        w.possessive
                                            && w.capital
                                            && self.mention_entity(tokens, d).is_none_or(|o| {
                                                o != e
                                                    && self.names.entities[o].kind
                                                        != EntityKind::Person
                                            })
                                    }
                                }
                            })
                })
            })
    }

    /// The name of the entity last named before byte `pos` that `which`
    /// picks: an outlet ("told the paper"), a platform ("the site").
    fn last_named_before(
        &self,
        pos: usize,
        which: impl Fn(&names::Entity) -> bool,
    ) -> Option<String> {
        self.names
            .mentions_before(pos)
            .iter()
            .rev()
            .map(|m| &self.names.entities[m.entity])
            .find(|e| which(e))
            .map(|e| e.name.clone())
    }

    /// The rival of the person `owner` ("his", "her") means, before byte
    /// `pos`: of the last two people named, the other one, when the two
    /// were named in one sentence ("Democrat Josh Shapiro and Republican
    /// Doug Mastriano", "Ann Lee faces Bo Diaz").
    fn rival_of(&self, owner: &Token, pos: usize) -> Option<usize> {
        let at = owner.span.start;
        let one = self.resolve_pronoun(PronounKind::Singular, gender_of([owner.info]), at, &[])?;
        let [a, b] = self.last_people_named(pos, 2)[..] else {
            return None;
        };
        let other = match one {
            _ if one == a => b,
            _ if one == b => a,
            _ => return None,
        };
        let mentions = self.names.mentions_before(pos);
        let of = |e: usize| mentions.iter().filter(move |m| m.entity == e);
        of(one)
            .any(|m| of(other).any(|n| self.in_one_sentence(m.span.start, n.span.start)))
            .then_some(other)
    }

    /// Whether someone brought in unnamed at byte `at` ("Reporters then
    /// interviewed a retired nurse from Dayton.") is the only person of
    /// the sentence just before the one at byte `pos`: it names no one else
    /// and says no "he" or "she", so a pronoun after it means them.
    fn brought_in_just_before(&self, at: usize, pos: usize) -> bool {
        let (Some(theirs), Some(next)) = (self.sentence_at(at), self.sentence_at(pos)) else {
            return false;
        };
        let (start, end) = (theirs[0].span.start, theirs[theirs.len() - 1].span.end);
        let no_one_else = || {
            !theirs
                .iter()
                .any(|t| matches!(t.lower, "he" | "she" | "him" | "his" | "her"))
                && !self
                    .names
                    .mentions_before(end)
                    .iter()
                    .rev()
                    .take_while(|m| m.span.start >= start)
                    .any(|m| match self.names.entities[m.entity].kind {
                        EntityKind::Person => true,
                        // (A lone name may be someone's as a subject, not
                        // as a place: "a nurse from Dayton".)
                        EntityKind::Unknown => m.subject,
                        _ => false,
                    })
        };
        end <= next[0].span.start
            && self.text[end..next[0].span.start].trim().is_empty()
            && no_one_else()
    }

    /// Whether bytes `a` and `b` stand in one sentence of a paragraph.
    fn in_one_sentence(&self, a: usize, b: usize) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        self.sentence_at(a)
            .is_some_and(|sentence| sentence[sentence.len() - 1].span.end > b)
    }

    /// The tokens of the sentence that holds byte `pos`, if a paragraph
    /// does.
    fn sentence_at(&self, pos: usize) -> Option<&[Token<'a>]> {
        let para = self.paras.iter().find(|p| {
            p.tokens.first().is_some_and(|t| t.span.start <= pos)
                && p.tokens.last().is_some_and(|t| t.span.end > pos)
        })?;
        let k = para.tokens.partition_point(|t| t.span.end <= pos);
        Some(&para.tokens[para.sentence_of(k)])
    }

    /// The last `n` people named before byte `pos`, the last first.
    fn last_people_named(&self, pos: usize, n: usize) -> Vec<usize> {
        let mut people = Vec::with_capacity(n);
        for m in self.names.mentions_before(pos).iter().rev() {
            if people.len() == n {
                break;
            }
            if self.names.entities[m.entity].kind == EntityKind::Person
                && !people.contains(&m.entity)
            {
                people.push(m.entity);
            }
        }
        people
    }

    /// How a spokesperson left unnamed is named: their noun as printed
    /// and the full name of whom they speak for ("spokesman for Bo Lind"),
    /// one way whichever way the article put it, so that outlets that
    /// print it differently agree.
    fn spokesperson_for(&self, noun: &[Token], entity: usize) -> String {
        self.spokesperson_for_words(noun, &self.names.entities[entity].name)
    }

    /// As `spokesperson_for`, with whom they speak for in words.
    fn spokesperson_for_words(&self, noun: &[Token], owner: &str) -> String {
        let noun = &self.text[noun[0].span.start..noun[noun.len() - 1].span.end];
        format!("{noun} for {owner}")
    }

    /// Where among `words` the first noun of one word for a spokesperson
    /// stands ("spokesman", "spokeswoman", "spokesperson").
    fn spokesperson_noun(&self, words: &[Token]) -> Option<usize> {
        words
            .iter()
            .position(|w| self.grammar.description_class(w.lower) == Some("spokesperson"))
    }

    /// "a Lind spokesman", "Ms Lind's official spokesman", "a spokesman for
    /// Lind": a spokesperson of someone or a body the article names, as
    /// `spokesperson_for` names them.
    fn spokesperson_named(&self, tokens: &[Token], f: Found) -> Option<String> {
        let words = &tokens[f.start..f.end];
        // (The noun may be of two words, "press secretary", and end the
        // description, or stand before "for".)
        let (noun, noun_len) = match self.last_head_class(words) {
            Some((n, "spokesperson")) => (words.len() - n, n),
            _ => (self.spokesperson_noun(words)?, 1),
        };
        let noun_words = &words[noun..noun + noun_len];
        let (start, end) = if words.get(noun + 1).is_some_and(|w| w.lower == "for") {
            // ("a spokesman for Lind": the name after "for", whole; past
            // the office of a person, "for Labour leader Keir Starmer", not
            // a body's modifier, "for the state Democratic Party".)
            let after = past_the(tokens, f.start + noun + 2);
            let start = (after..f.end)
                .take_while(|&k| {
                    let t = &tokens[k];
                    t.is_word() && !t.possessive && !t.info.is_closed_class()
                })
                .find(|&k| name_run_at(tokens, k) == Some(f.end))?;
            let office = || tokens[after..start].iter().any(|t| self.is_person_noun(t));
            (start == after || office()).then_some((start, f.end))?
        } else if noun + noun_len == words.len() {
            // ("Ms Lind's official spokesman": the owner in the
            // possessive, when only words in lower case follow it.)
            let noun_at = f.start + noun;
            let owner = owner_name(tokens, f)
                .filter(|owner| tokens[owner.end..noun_at].iter().all(|w| !w.capital));
            match owner {
                Some(owner) => (owner.start, owner.end),
                // ("a No 10 spokesman": Downing Street's number.)
                None if noun >= 2 && names::is_number_ten(words, noun - 2) => {
                    (noun_at - 2, noun_at)
                }
                None => {
                    let start = (f.start..noun_at)
                        .rev()
                        .take_while(|&k| is_name_word(&tokens[k]))
                        .last()?;
                    (start, noun_at)
                }
            }
        } else {
            return None;
        };
        // (A name the article gives no one else, "The Downing Street
        // spokesman", as printed.)
        Some(match self.entity_for(tokens, start, end) {
            Some(entity) => self.spokesperson_for(noun_words, entity),
            None => {
                let owner: Vec<&str> = tokens[start..end]
                    .iter()
                    .map(|t| names::printed_word(self.text, t))
                    .collect();
                self.spokesperson_for_words(noun_words, &owner.join(" "))
            }
        })
    }

    /// "a company spokesperson", "the palace's spokesman", "a spokeswoman
    /// for the company": someone unnamed who speaks for a body described in
    /// lower case, printed as speaking for the body the description
    /// resolves to ("spokesperson for Acme Corp."), as "a spokesman for
    /// Acme" is. So for a person described: "the prime minister's
    /// spokesman" ("spokesman for Keir Starmer").
    fn body_a_spokesperson_speaks_for(&self, tokens: &[Token], f: Found) -> Option<String> {
        let words = &tokens[f.start..f.end];
        let noun = self.spokesperson_noun(words)?;
        // The body's words, from a determiner to its noun: before the
        // spokesperson's noun, or after its "for the".
        let (start, end) = if words.get(noun + 1).is_some_and(|w| w.lower == "for") {
            (words.get(noun + 2)?.lower == "the" && noun + 3 < words.len())
                .then_some((f.start + noun + 2, f.end))?
        } else {
            // ("the prime minister's official spokesman": an owner's
            // words end at its possessive; "official" is the spokesman's.)
            let owner_end = words[..noun]
                .iter()
                .position(|w| w.possessive)
                .map_or(noun, |k| k + 1);
            (owner_end >= 2).then_some((f.start, f.start + owner_end))?
        };
        let described = &tokens[start + 1..end];
        if described.iter().any(|t| t.capital) || self.last_head_class(described).is_none() {
            return None;
        }
        let body = self.resolve_description(tokens, start, end)?;
        Some(self.spokesperson_for(&words[noun..=noun], body))
    }

    /// "The National Cyber Security Centre said it was working with the
    /// NHS. A spokesperson added: “…”": a bare "a spokesperson" speaks for
    /// the body that is the last subject before it, in its paragraph or the
    /// one before, as a reader takes it ("spokesperson for National Cyber
    /// Security Centre"). Not when a person is that subject: "Ann Lee
    /// resigned. A spokesman said" may speak for anyone.
    fn spokesperson_for_the_body_before(&self, tokens: &[Token], f: Found) -> Option<String> {
        let [a, noun] = &tokens[f.start..f.end] else {
            return None;
        };
        if !matches!(a.lower, "a" | "an")
            || self.grammar.description_class(noun.lower) != Some("spokesperson")
        {
            return None;
        }
        let at = a.span.start;
        let subject = self
            .names
            .mentions_before(at)
            .iter()
            .rev()
            .find(|m| m.subject && !m.possessive)?;
        // (A lone name of no known kind is a body's: people are named in
        // full first. "Amazon declined to comment.")
        let a_body =
            self.is_a_body(subject.entity) || is_a_lone_word(&self.names.entities[subject.entity]);
        (a_body && self.one_paragraph_break_at_most(subject.span.end, at))
            .then(|| self.spokesperson_for(std::slice::from_ref(noun), subject.entity))
    }

    /// Whether at most one paragraph's break stands between bytes `from`
    /// and `to`: the text between holds no more than two lines with words.
    fn one_paragraph_break_at_most(&self, from: usize, to: usize) -> bool {
        self.text[from..to]
            .split('\n')
            .filter(|line| !line.trim().is_empty())
            .count()
            <= 2
    }

    /// "His campaign said": a body that "his" or "her" owns is named by the
    /// person the pronoun means, as "Trump's campaign" is ("Trump
    /// campaign"). So is the family ("His family said": "Shaw family"), as
    /// "Scott's family" is, and a spokesperson ("his spokesman"). A person
    /// it owns otherwise ("his lawyer") stays unnamed.
    fn body_a_pronoun_owns(&self, tokens: &[Token], f: Found, pos: usize) -> Option<String> {
        let [owner, body @ ..] = &tokens[f.start..f.end] else {
            return None;
        };
        let head = body.last()?;
        if !matches!(owner.lower, "his" | "her") {
            return None;
        }
        // (And one who speaks for the person: "His spokesman said" is
        // "spokesman for Keir Starmer", as "Mr Starmer's spokesman" is.)
        let spokesperson = match self.last_head_class(body) {
            Some((n, "spokesperson")) => Some(&body[body.len() - n..]),
            _ => None,
        };
        let named_by_a_surname = self.grammar.description_class(head.lower) == Some("organisation")
            || matches!(head.lower, "family" | "relatives")
            || spokesperson.is_some();
        if !named_by_a_surname {
            return None;
        }
        let entity =
            self.resolve_pronoun(PronounKind::Singular, gender_of([owner.info]), pos, &[])?;
        let person = &self.names.entities[entity];
        if person.kind != EntityKind::Person {
            return None;
        }
        if let Some(noun) = spokesperson {
            return Some(self.spokesperson_for(noun, entity));
        }
        let surname = person.name.rsplit(' ').next()?;
        let words = body.iter().map(|t| names::printed_word(self.text, t));
        Some(
            std::iter::once(surname)
                .chain(words)
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    /// The author of "the statement", "this latest ad": the entity whose
    /// document of that noun the article last mentioned ("BuzzFeed's
    /// report", "Trump said in a statement"), or the one a lowercase owner
    /// describes ("the central bank's statement"). Another noun is not taken
    /// for it ("the article" after "the BuzzFeed piece"): the article may
    /// mean another document, and a wrong author is worse than none.
    fn document_author(&self, tokens: &[Token], f: Found) -> Option<usize> {
        let words = &tokens[f.start..f.end];
        let document = self.grammar.document_noun(words[words.len() - 1].lower);
        // "The report, released Tuesday by the CDC, described …", "The
        // memo, written by deputy chief of staff Ann Lee,": the name a
        // participle set off after it gives it "by" (past the words that
        // describe the name). (A document's: "His daughter, reached by
        // phone in Ohio," is no one's.)
        // (Or with no comma: "A statement issued by the ministry said".)
        let comma = usize::from(tokens.get(f.end).is_some_and(|t| t.is_punct(',')));
        let verb = f.end + comma;
        if document.is_some()
            && tokens.get(verb).is_some_and(may_be_participle)
            && !brings_in_no_author(tokens, verb)
            && let Some(by) = (verb + 1..tokens.len().min(verb + 5))
                .take_while(|&k| tokens[k].is_word())
                .find(|&k| tokens[k].lower == "by")
            && let Some(author) = (by + 1..tokens.len().min(by + 8))
                .take_while(|&k| {
                    let t = &tokens[k];
                    t.is_word() && !t.is_numeral() && !matches!(t.lower, "including" | "and")
                })
                .find_map(|k| self.mention_entity(tokens, k))
        {
            return Some(author);
        }
        // "Barack Obama posted a lengthy statement, which read in part": the
        // subject that published it, named.
        if document.is_some()
            && matches!(words[0].lower, "a" | "an")
            && f.start > 0
            && tokens[f.start - 1].info.is_publishing_verb()
            && let Some(publisher) =
                self.subject_before(tokens, start_of_sentence(tokens, f.start), f.start - 1)
            && let Who::Entity(e) = publisher.who
        {
            return Some(e);
        }
        // "His statement said", "her letter calls", "its report says": the
        // one the owner's pronoun means wrote it.
        let owner = match words[0].lower {
            "his" | "her" => Some(PronounKind::Singular),
            "its" => Some(PronounKind::Neuter),
            _ => None,
        };
        if let Some(kind) = owner
            && document.is_some()
            && !words[1..].iter().any(|t| t.capital)
        {
            let gender = gender_of([words[0].info]);
            return self.resolve_pronoun(kind, gender, words[0].span.start, &[]);
        }
        // "the central bank's statement": the body its owner describes.
        if matches!(words[0].lower, "the" | "this" | "that")
            && let Some(owner_end) = (f.start + 1..f.end - 1).find(|&k| tokens[k].possessive)
        {
            return self.resolve_description(tokens, f.start, owner_end + 1);
        }
        // "a club statement", "a company statement": the body its noun
        // describes, as "the club" would be. (Not "a court filing", which
        // a party files.)
        if let [det, body, _] = words
            && matches!(det.lower, "a" | "an" | "the")
            && document.is_some()
            && !body.capital
            && body.lower != "court"
            && self.grammar.description_class(body.lower) == Some("organisation")
        {
            return self.resolve_description(tokens, f.start, f.start + 2);
        }
        // A name in the description says whose it is: "the IMF report", "A
        // Pentagon statement", "the Mueller report".
        if document.is_some()
            && let Some(named) = (f.start + 1..f.end - 1)
                .filter(|&k| tokens[k].capital)
                .find_map(|k| self.mention_entity(tokens, k))
        {
            return Some(named);
        }
        if !matches!(words[0].lower, "the" | "this" | "that")
            || words[1..].iter().any(|t| t.capital)
        {
            return None;
        }
        // ("The Israeli military said Hamas had “rejected every proposal”.
        // “…,” the statement said.": with no such document named before,
        // a statement is the one its paragraph's last speaker made; a
        // report or a letter may be anyone's.)
        let at = words[0].span.start;
        let document = document?;
        let paragraph = self.text[..at].rfind('\n').map_or(0, |n| n + 1);
        self.last_document_author(at, Some(document)).or_else(|| {
            self.said_by
                .iter()
                .rev()
                .find(|s| s.at < at)
                .filter(|s| s.at >= paragraph && matches!(document, "statement" | "release"))
                .map(|s| s.entity)
        })
    }

    /// The author of the last document of noun `noun` (of any noun, for
    /// `None`) the article mentioned before byte `before`: one a quote
    /// was said in, or one a sentence with no quote says someone spoke in.
    fn last_document_author(&self, before: usize, noun: Option<&str>) -> Option<usize> {
        let quoted = self
            .documents
            .iter()
            .filter(|d| d.0 < before && noun.is_none_or(|noun| d.2 == noun))
            .max_by_key(|d| d.0)
            .map(|d| (d.0, d.1));
        // The later of the two.
        [quoted, self.quoteless_document_author(before, noun)]
            .into_iter()
            .flatten()
            .max_by_key(|&(at, _)| at)
            .map(|(_, author)| author)
    }

    /// Where it stands and who it is: the subject of the last sentence
    /// before byte `before`, in this paragraph or the two before, that holds
    /// no quote and says it spoke in a document of noun `noun` (of any
    /// noun, for `None`): "The Pentagon said in a statement that troops
    /// would leave. “…,” the statement said." (Documents in sentences with
    /// quotes are the quotes' channels: `documents`.)
    fn quoteless_document_author(
        &self,
        before: usize,
        noun: Option<&str>,
    ) -> Option<(usize, usize)> {
        let p = self
            .paras
            .partition_point(|para| para.tokens.first().is_some_and(|t| t.span.start < before));
        for para in self.paras[p.saturating_sub(3)..p].iter().rev() {
            let tokens = &para.tokens;
            for range in para.sentences.iter().rev() {
                let sentence = &tokens[range.clone()];
                if sentence.first().is_none_or(|t| t.span.start >= before)
                    || sentence.iter().any(|t| t.quote().is_some())
                {
                    continue;
                }
                // "in a statement", "in a brief written statement",
                // "issued a statement", "in its 11 a.m. advisory"
                let in_a = (range.start + 2..range.end).find_map(|k| {
                    let document = self.grammar.document_noun(tokens[k].lower)?;
                    if noun.is_some_and(|noun| noun != document) {
                        return None;
                    }
                    let modifiers = tokens[range.start..k]
                        .iter()
                        .rev()
                        .take(3)
                        .take_while(|t| {
                            t.is_word()
                                && !t.capital
                                && (!t.info.is_closed_class()
                                    || t.is_numeral()
                                    || matches!(t.lower, "a.m" | "p.m"))
                        })
                        .count();
                    let a = (k - modifiers).checked_sub(1)?;
                    // (`then`, not `then_some`: with the article first in
                    // its sentence there is no word before it.)
                    (a > range.start
                        && matches!(
                            tokens[a].lower,
                            "a" | "an" | "its" | "his" | "her" | "their"
                        )
                        && (tokens[a - 1].lower == "in" || tokens[a - 1].info.is_publishing_verb()))
                    .then(|| a - 1)
                });
                let Some(verb) = in_a else {
                    if noun.is_none_or(|noun| noun == "report")
                        && let Some(author) = self.outlet_that_reported(tokens, range.clone())
                    {
                        return Some(author);
                    }
                    continue;
                };
                // A name or a description of someone, not through
                // `resolve`: a document's own description ("The statement
                // said in a statement") would ask this again.
                let f = self.sentence_subject(tokens, range.start, verb)?;
                let at = tokens[f.start].span.start;
                let author = match f.who {
                    Who::Entity(e) => Some(e),
                    Who::Description => self.resolve_description_at(tokens, f),
                    Who::Pronoun(kind) => {
                        self.resolve_pronoun(kind, gender_of([tokens[f.start].info]), at, &[])
                    }
                };
                return author.map(|e| (at, e));
            }
        }
        None
    }

    /// "The Athletic reported that …", "…, according to The Athletic.": in
    /// a sentence with no quote, the outlet that reported, or that the
    /// sentence goes by, where it stands and who it is: the author of "the
    /// report" after it. (Not a person cited, "according to Bo Lind".)
    fn outlet_that_reported(
        &self,
        tokens: &[Token],
        range: std::ops::Range<usize>,
    ) -> Option<(usize, usize)> {
        let outlet = |start: usize, end: usize| {
            self.entity_for(tokens, start, end)
                .filter(|&e| self.is_media_name(e))
                .map(|e| (tokens[start].span.start, e))
        };
        let according = (range.start..range.end.saturating_sub(2))
            .find(|&k| tokens[k].lower == "according" && tokens[k + 1].lower == "to");
        if let Some(k) = according {
            let name = past_the(tokens, k + 2);
            let end = name_run_at(tokens, name).filter(|&end| end <= range.end)?;
            return outlet(name, end);
        }
        let verb = (range.start + 1..range.end).find(|&k| {
            tokens[k].lower.starts_with("report") && self.verb_at(tokens, k) == Some("report")
        })?;
        match self.sentence_subject(tokens, range.start, verb)? {
            f @ Found {
                who: Who::Entity(_),
                ..
            } => outlet(f.start, f.end),
            _ => None,
        }
    }

    /// Whose document speaks: "Trump's statement said", "the Fed's
    /// statement noted" are their owner's words, as "Trump said in a
    /// statement" is. Returns the owner named before the document's noun,
    /// or described there as someone the first pass found ("the special
    /// counsel's filing", after "Special counsel Robert Mueller").
    fn document_owner(&self, tokens: &[Token], f: Found) -> Option<usize> {
        self.grammar.document_noun(tokens[f.end - 1].lower)?;
        match owner_name(tokens, f) {
            Some(owner) => self.entity_for(tokens, owner.start, owner.end),
            None => {
                let owner = tokens[f.start..f.end].iter().rfind(|t| t.possessive)?;
                self.described_at(tokens, f)
                    .filter(|&(_, head)| head == owner.lower)
                    .map(|(e, _)| e)
            }
        }
    }

    /// Whether a description is a role that a place or a body owns ("Iran's
    /// supreme leader", "Apple's chief executive"), not a person's someone
    /// ("Trump's lawyer").
    fn owned_by_a_place_or_body(&self, tokens: &[Token], f: Found) -> bool {
        owner_name(tokens, f).is_some_and(|owner| {
            !self
                .entity_for(tokens, owner.start, owner.end)
                .is_some_and(|e| self.names.entities[e].kind == EntityKind::Person)
        })
    }

    /// A definite description of one person, which a reader takes for the
    /// person the article is talking about: "the Texas governor", "the New
    /// York Democrat". ("the 36-year-old said": an age stands for the
    /// person too.)
    fn describes_a_person(&self, tokens: &[Token], f: Found) -> bool {
        // ("The family of the victim": the head stands before "of". "The
        // mother of victim Ana Ruiz" is someone the name after it is not.)
        // ("the former secretary of state and current Democratic
        // presidential nominee": the first of two descriptions joined.)
        let end = (f.start + 2..f.end)
            .find(|&k| tokens[k].lower == "and")
            .unwrap_or(f.end);
        let head_end = (f.start + 2..end)
            .find(|&k| tokens[k].lower == "of")
            .unwrap_or(end);
        let names_another = tokens[head_end..end].iter().any(|t| t.capital);
        tokens[f.start].lower == "the"
            && !names_another
            && (self
                .last_head_class(&tokens[f.start + 1..head_end])
                .is_some_and(|(_, c)| !is_class_of_things(c))
                || tokens[f.end - 1].lower.ends_with("-year-old"))
    }

    /// Whether the article gave entity `e` a party while `noun` names a
    /// party's member: then `e` would have matched the description had it
    /// been theirs ("the Connecticut Democrat" after a Republican speaker
    /// is someone else).
    fn of_another_party(&self, e: usize, noun: &str) -> bool {
        let partisan = |lower: &str| self.grammar.description_class(lower) == Some("partisan");
        partisan(noun)
            && self.names.entities[e]
                .descriptors
                .iter()
                .any(|d| partisan(d.lower))
    }

    /// Whether a politician's tag gave entity `e` a state other than
    /// `state` (in lower case): "Rep. Rosa DeLauro (D-Conn.)" is of
    /// Connecticut, not of New York.
    fn of_another_state(&self, e: usize, state: &str) -> bool {
        let descriptors = &self.names.entities[e].descriptors;
        let states = |n: usize| {
            descriptors.windows(n).filter_map(|words| {
                let phrase: Vec<&str> = words.iter().map(|w| w.lower).collect();
                Some(phrase.join(" ")).filter(|p| self.grammar.is_state_name(p))
            })
        };
        let mut given = states(1).chain(states(2)).peekable();
        given.peek().is_some() && given.all(|given| given != state)
    }

    /// Whether entity `e` is of another nation than `noun` says ("the
    /// Italian"): its titles give another ("German Chancellor Olaf
    /// Scholz"), or a speaker's mention called it another before byte
    /// `pos` ("“…,” the German said").
    fn of_another_nation(&self, e: usize, noun: &str, pos: usize) -> bool {
        let national = |lower: &str| self.grammar.description_class(lower) == Some("national");
        if !national(noun) {
            return false;
        }
        let another = |lower: &str| lower != noun && national(lower);
        self.names.entities[e]
            .descriptors
            .iter()
            .any(|d| another(d.lower))
            || self
                .said_by
                .iter()
                .filter(|s| s.entity == e && s.mention.start < pos)
                .any(|s| {
                    let words = &self.text[s.mention.start..s.mention.end];
                    words
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| another(&last.to_lowercase()))
                })
    }

    /// Whether the article gave an entity a nation other than the one
    /// `nationality` names: "German carmaker BMW", "Bank of England" are
    /// no Swedish company.
    fn of_another_nationality(&self, e: usize, nationality: &str) -> bool {
        let e = &self.names.entities[e];
        let another = |lower: &str| {
            lower != nationality
                && (self.grammar.is_nationality(lower)
                    || self
                        .grammar
                        .country_adjective(&[lower])
                        .is_some_and(|(_, adjective)| adjective != nationality))
        };
        e.descriptors
            .iter()
            .chain(&e.tokens)
            .any(|w| another(w.lower))
    }

    fn is_plural_description_at(&self, tokens: &[Token], f: Found) -> bool {
        (1..=2).filter(|&n| f.end >= f.start + n).any(|n| {
            let phrase = self.phrase_of(&tokens[f.end - n..f.end]);
            self.grammar.is_plural_description(&phrase)
        })
    }

    /// "OpenAI's board fired Altman … “…,” the board said": a body's noun
    /// alone, which no body the article named fits, is the one a name owned
    /// before it, in the last three paragraphs up to byte `pos`, named as
    /// that description is ("OpenAI board").
    fn owned_so_before(&self, tokens: &[Token], f: Found, pos: usize) -> Option<String> {
        let [the, noun] = &tokens[f.start..f.end] else {
            return None;
        };
        let of_a_body = matches!(
            self.grammar.description_class(noun.lower),
            Some("organisation")
        );
        if the.lower != "the" || !of_a_body {
            return None;
        }
        self.paras
            .iter()
            .rev()
            .skip_while(|p| p.tokens.first().is_none_or(|t| t.span.start > pos))
            .take(3)
            .find_map(|para| {
                let tokens = &para.tokens;
                let owner = (1..tokens.len()).rev().find(|&k| {
                    let (owner, next) = (&tokens[k - 1], &tokens[k]);
                    next.span.start < pos
                        && next.lower == noun.lower
                        && !next.capital
                        && owner.possessive
                        && is_name_word(owner)
                })? - 1;
                let start = (0..owner)
                    .rev()
                    .take_while(|&k| is_name_word(&tokens[k]) && !tokens[k].possessive)
                    .last()
                    .unwrap_or(owner);
                let owned = Found {
                    who: Who::Description,
                    start,
                    end: owner + 2,
                };
                self.named_description(tokens, owned)
            })
    }

    /// A description that carries a name names that body: "a BuzzFeed
    /// spokesman" → "BuzzFeed spokesman", "Trump's campaign" → "Trump campaign".
    fn named_description(&self, tokens: &[Token], f: Found) -> Option<String> {
        let words = &tokens[f.start..f.end];
        // ("a source close to Sen. Tom Cotton" is not named by him.)
        if self
            .source_ending_at(tokens, f.start, f.end)
            .is_some_and(|source| source.start == f.start)
        {
            return None;
        }
        // Only a person or a body named in it, not a place ("the Texas
        // governor"), unless the place owns a body ("Egypt's foreign
        // ministry", whether or not the article named Egypt before; not
        // "Smith's lawyer", who may be anyone's).
        let head_is_body = matches!(
            self.grammar.description_class(words[words.len() - 1].lower),
            Some("organisation" | "media")
        );
        // (A title that heads it names no one: "The King", after "Larry
        // King". Nor does a nationality before a person, though the
        // article named a body by it: "an Israeli official" after "the
        // Israeli military"; "the Israeli military" is a body of Israel's.)
        let nationality = |t: &Token| {
            !head_is_body && !t.possessive && self.grammar.class(t.info) == Some("national")
        };
        // ("the Floyd family": a family is named by its name, though the
        // article names no one else by it; not by a people or a place, "the
        // British family", "the Texas family".)
        let family_name = |k: usize| {
            let word = words[k].lower;
            matches!(words, [the, _, family] if the.lower == "the" && family.lower == "family")
                && !self.grammar.is_nationality(word)
                && !self.grammar.is_state_name(word)
                && self.grammar.country_adjective(&[word]).is_none()
        };
        let named = words.iter().enumerate().any(|(k, t)| {
            is_name_word(t)
                && !(k + 1 == words.len() && t.info.is_title())
                && !nationality(t)
                && ((t.possessive && head_is_body)
                    || family_name(k)
                    || self
                        .entity_for(tokens, f.start + k, f.start + k + 1)
                        .is_some_and(|e| {
                            // A name with a document of its own ("BuzzFeed's
                            // report") is a body or a person, not a place.
                            self.names.entities[e].kind != EntityKind::Unknown
                                || t.possessive
                                || self.documents.iter().any(|d| d.1 == e)
                        }))
        });
        // ("a Google spokeswoman", "a spokesman for Alphabet": a
        // spokesperson speaks for the body named before the noun or after
        // its "for", whether or not the article names it elsewhere; and an
        // expert works at it: "JPMorgan analysts", "an economist at
        // Nomura".)
        let speaks_for = words.iter().enumerate().any(|(k, w)| {
            let singular = w.lower.strip_suffix('s').unwrap_or(w.lower);
            let preposition = match self.grammar.description_class(singular) {
                _ if self.grammar.description_class(w.lower) == Some("spokesperson") => "for",
                Some("expert") => "at",
                _ => return false,
            };
            // ("Chinese analysts" work at no firm; "JPMorgan analysts" do,
            // though the name ends like a people's.)
            let people = |t: &Token| {
                preposition == "at"
                    && names::looks_like_demonym(t.lower)
                    && !has_inner_capital(self.text, t)
            };
            // ("One analyst" opening a sentence is counted, not named.)
            (k >= 1
                && is_name_word(&words[k - 1])
                && !words[k - 1].possessive
                && !people(&words[k - 1])
                && !opens_indefinitely(words[k - 1].lower))
                // ("a No 10 spokesman": Downing Street's number.)
                || (k >= 2 && names::is_number_ten(words, k - 2))
                // ("a German government spokesman", "a Russian foreign
                // ministry spokeswoman": a public body's noun, its country
                // before it.)
                || (preposition == "for"
                    && k >= 2
                    && self.grammar.is_public_body_noun(words[k - 1].lower)
                    && words[..k - 1].iter().any(|t| {
                        is_name_word(t) && self.grammar.is_nationality(t.lower)
                    }))
                || (words.get(k + 1).is_some_and(|f| f.lower == preposition)
                    && words[k + 2..].iter().any(is_name_word))
        });
        if !named && !speaks_for {
            return None;
        }
        // A person's someone ("Anna Berg's deputy", "Johnson's doctor") is
        // someone unnamed, not a name; a person's body ("Trump's campaign")
        // is named by them, as a document is whose owner the article did
        // not name (a named one speaks for them: `document_owner`).
        let head_is_thing = self
            .grammar
            .description_class(words[words.len() - 1].lower)
            .is_some_and(is_class_of_things);
        // (So is a person's someone written with "of", "to" or "for":
        // "allies of Ms Reeves", "an aide to Trump"; but a spokesperson
        // for someone is named by whom they speak for, as the tests of
        // `unnamed_speakers_are_their_descriptions` say.)
        let related = |k: usize| {
            let before = &words[..k];
            before
                .iter()
                .any(|w| matches!(w.lower, "of" | "to" | "for") && !w.capital)
                && !before
                    .iter()
                    .any(|w| self.grammar.description_class(w.lower) == Some("spokesperson"))
        };
        // (Whose relative one is, is a person, though the article says
        // nothing else of them: "Smith's son", "the Joneses' daughters".)
        let last = words[words.len() - 1].lower;
        let a_relative = is_kin_noun(last) || last.strip_suffix('s').is_some_and(is_kin_noun);
        let persons_own = words.iter().enumerate().any(|(k, t)| {
            (t.possessive || related(k))
                && is_name_word(t)
                && (a_relative
                    || self
                        .entity_for(tokens, f.start + k, f.start + k + 1)
                        .is_some_and(|e| self.names.entities[e].kind == EntityKind::Person))
        });
        // (And a person's spokesperson, "Mr Starmer's spokesman", "Biden's
        // press secretary", speaks for them as one "for" them does.)
        let speaks_for_owner = persons_own
            && self
                .last_head_class(words)
                .is_some_and(|(_, class)| class == "spokesperson");
        if persons_own && !head_is_thing && !speaks_for_owner {
            return None;
        }
        if let Some(named) = self.spokesperson_named(tokens, f) {
            return Some(named);
        }
        // Only the leading article goes: "spokeswoman for the state party".
        // (And an owner's titles: "Israeli Prime Minister Benjamin
        // Netanyahu's office" is "Benjamin Netanyahu office".)
        // ("One EU diplomat" is an "EU diplomat", as "an EU diplomat" is.)
        let lead = usize::from(matches!(words[0].lower, "a" | "an" | "the" | "one"));
        let lead = match words.iter().position(|t| t.possessive && is_name_word(t)) {
            Some(owner) if !speaks_for_owner && words[lead..=owner].iter().all(is_name_word) => {
                split_name(tokens, f.start + lead, f.start + owner + 1)
                    .core_start
                    .saturating_sub(f.start)
                    .clamp(lead, owner)
            }
            _ => lead,
        };
        // (A name's possessive goes, "Trump campaign"; a lower-case one
        // stays, "attorney general's office".)
        // ("St Mary's Hospital", "a Workers' Party official": a possessive
        // inside a name stays too.)
        // (And one that owns an owner: "Israel's prime minister's office".)
        // (And one after "at", a place's name: "a worker at McDonald's".)
        let place_from = before_its_place(words).len();
        let parts: Vec<String> = words[lead..]
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let inside_name = words
                    .get(lead + k + 1)
                    .is_some_and(|next| possessive_inside_name(t, next));
                let owns_an_owner =
                    || t.possessive && words[lead + k + 1..].iter().any(|w| w.possessive);
                let in_a_place = lead + k > place_from;
                match t.capital
                    && !inside_name
                    && !in_a_place
                    && !speaks_for_owner
                    && !owns_an_owner()
                {
                    true => names::printed_word(self.text, t),
                    false => &self.text[t.span.start..t.span.end],
                }
            })
            .map(str::to_owned)
            .collect();
        Some(parts.join(" "))
    }

    /// "her husband" (`spouse`), after "John and Mary Smith": the one person
    /// of the husband's gender (as the grammar gives it), with a given name,
    /// whom the article gave the family name of `owner`; none when two were.
    fn spouse_of_the_name(&self, owner: usize, spouse: &Token) -> Option<usize> {
        if !matches!(spouse.lower, "husband" | "wife" | "widow" | "widower") {
            return None;
        }
        let gender = gender_of([spouse.info])?;
        // (By the name as printed: "John", of "John and Mary Smith", has
        // the word "John" alone, and the name "John Smith".)
        fn family_of<'e>(e: &'e names::Entity) -> Option<&'e str> {
            e.name.rsplit_once(' ').map(|(_, family)| family)
        }
        let family = family_of(&self.names.entities[owner])?;
        let bearers = self
            .names
            .entities
            .iter()
            .enumerate()
            .filter(|&(e, entity)| {
                e != owner
                    && entity.kind == EntityKind::Person
                    && family_of(entity).is_some_and(|f| f.eq_ignore_ascii_case(family))
                    && entity.gender() == Some(gender)
            });
        the_only(bearers).map(|(e, _)| e)
    }

    fn resolve_description_at(&self, tokens: &[Token], f: Found) -> Option<usize> {
        // "his wife said", after "Tom Hart and his wife, Mary,": the one
        // named as someone's relative so, unless it is the one "his" means.
        if let [
            owner @ Token {
                lower: "his" | "her" | "their",
                ..
            },
            kin,
        ] = &tokens[f.start..f.end]
            && is_kin_noun(kin.lower)
        {
            let at = owner.span.start;
            let owners =
                self.resolve_pronoun(PronounKind::Singular, gender_of([owner.info]), at, &[]);
            return self
                .resolve_description(tokens, f.start, f.end)
                .filter(|&e| Some(e) != owners)
                .or_else(|| self.spouse_of_the_name(owners?, kin));
        }
        if !matches!(tokens[f.start].lower, "the" | "this" | "that") {
            return None;
        }
        self.resolve_description(tokens, f.start, f.end)
    }

    /// Whom a "he", "she" or "they" with no one before it points ahead to:
    /// the first person named soon after. "“…,” they said. The statement
    /// came from Sen. Roy Blunt and …", a lead's "“…,” she said. Clinton
    /// later apologized."
    fn cataphor(&self, kind: PronounKind, gender: Option<Gender>, pos: usize) -> Option<usize> {
        let plural = match kind {
            PronounKind::Singular => false,
            PronounKind::Plural => true,
            _ => return None,
        };
        // A "he" or "she" only where no one came before, not even someone
        // unnamed ("my father often said … He also told …"); a "they" where
        // no people named together did (`resolve_pronoun` found none).
        let mentions = &self.names.mentions;
        let first = mentions.partition_point(|m| m.span.start <= pos);
        let person = |m: &Mention| self.names.entities[m.entity].kind == EntityKind::Person;
        let someone_before = || {
            mentions[..first].iter().any(person) || self.unnamed_people.iter().any(|u| u.at < pos)
        };
        if !plural && someone_before() {
            return None;
        }
        // ("Analysts were unimpressed. “…,” they said": the analysts, not
        // people named after.)
        if plural
            && self
                .unnamed_groups
                .iter()
                .any(|&u| u < pos && pos - u <= CATAPHOR_REACH)
        {
            return None;
        }
        // "They" points to people named together, not to the first person
        // named after it.
        // ("He praised China's “balanced position” while Xi Jinping said
        // …": nor to someone named later in its own sentence, unless it
        // stands in a clause put before the sentence's own, "When he
        // arrived, Putin said".)
        mentions[first..]
            .iter()
            .take_while(|m| m.span.start < pos + CATAPHOR_REACH)
            .find(|m| {
                let e = &self.names.entities[m.entity];
                person(m)
                    && !m.possessive
                    && (!plural || m.plural)
                    && genders_agree(gender, e.gender())
                    && (!self.in_one_sentence(pos, m.span.start) || self.in_a_clause_put_first(pos))
            })
            .map(|m| m.entity)
    }

    /// Whether byte `pos` stands in a sentence that opens on a clause of
    /// time, cause or contrast put before the main one: "When he arrived,
    /// …", "Although she won, …".
    fn in_a_clause_put_first(&self, pos: usize) -> bool {
        self.sentence_at(pos).is_some_and(|sentence| {
            matches!(
                sentence[0].lower,
                "when"
                    | "while"
                    | "as"
                    | "after"
                    | "before"
                    | "although"
                    | "though"
                    | "if"
                    | "since"
                    | "because"
                    | "once"
                    | "until"
            )
        })
    }

    /// "the 37-year-old", after "Novak Djokovic, 37,": the person the
    /// article last gave that age.
    fn of_age(&self, tokens: &[Token], f: Found) -> Option<usize> {
        let age = tokens[f.end - 1].lower.strip_suffix("-year-old")?;
        self.ages
            .iter()
            .rev()
            .find(|&&(_, a)| a == age)
            .map(|&(e, _)| e)
    }

    /// Whether `noun` is an age ("37-year-old") and the article gave
    /// entity `e` another.
    fn of_another_age(&self, e: usize, noun: &str) -> bool {
        noun.strip_suffix("-year-old")
            .is_some_and(|age| self.ages_of(e).any(|other| other != age))
    }

    /// The ages the article gave entity `e` ("Novak Djokovic, 37,").
    fn ages_of(&self, e: usize) -> impl Iterator<Item = &'a str> + '_ {
        self.ages
            .iter()
            .filter(move |&&(aged, _)| aged == e)
            .map(|&(_, age)| age)
    }

    /// Whether the description `noun` names an office that entity `e`,
    /// titled with another, cannot hold: a head of state's or government's
    /// ("the president"), unless a title of two words of `e`'s is one
    /// ("Prime Minister Narendra Modi" is "the PM"); a spokesperson's, or
    /// any other when `e` is a spokesperson. "White House press secretary
    /// Karoline Leavitt" is not "the president", whose words she gives.
    /// (Other offices may describe one person: "Gov. Ron DeSantis", "the
    /// presidential candidate"; and a spokesperson is an official, "Foreign
    /// Ministry Spokeswoman Maria Zakharova … the diplomat wrote".)
    fn another_office_rules_out(&self, e: usize, noun: &str) -> bool {
        // (Nor a party's leader: "Labour leader Sir Keir Starmer" is not "the
        // PM", whatever the class of the word "leader".)
        if self.leads_only_a_party_or_body(e, noun) {
            return true;
        }
        let spokesperson = |class: Option<&str>| class == Some("spokesperson");
        let entity_speaks_for = self.names.entities[e]
            .descriptors
            .iter()
            .any(|d| d.info.is_title() && spokesperson(self.grammar.class(d.info)));
        let class = self.grammar.description_class(noun);
        // ("Prime Minister Narendra Modi" is "the PM": a title of two
        // words may lead.)
        let descriptors = &self.names.entities[e].descriptors;
        let leads = descriptors
            .iter()
            .any(|d| self.grammar.class(d.info) == Some("leader"))
            || descriptors.windows(2).any(|pair| {
                self.grammar
                    .description_class(&format!("{} {}", pair[0].lower, pair[1].lower))
                    == Some("leader")
            });
        // ("In a statement read to the court, the victim said", after
        // "Prosecutor Sarah Dunn told the court": someone the article gave
        // an office is not the one a plain noun for a person means; nor is
        // "Sports Minister Lisa Nandy" "the coach".)
        let any_official = matches!(noun, "official" | "diplomat");
        (class == Some("leader") && (!leads || self.holds_another_office_of_state(e, noun)))
            || (entity_speaks_for != spokesperson(class) && !(entity_speaks_for && any_official))
            || matches!(class, Some("person" | "coach"))
    }

    /// Whether the only leader's role the article gave entity `e` is a
    /// party's ("Labour leader", "Opposition Leader", "Senate Majority
    /// Leader") or a body's ("the union's leader") and `noun` names an
    /// office of state of the class ("prime minister", "PM", "president"),
    /// which leading a party or a body is not.
    /// ("The Labour leader" is still Starmer: the noun is "leader".)
    fn leads_only_a_party_or_body(&self, e: usize, noun: &str) -> bool {
        if noun == "leader" || self.grammar.description_class(noun) != Some("leader") {
            return false;
        }
        let descriptors = &self.names.entities[e].descriptors;
        let of_a_party = |k: usize| {
            descriptors[k].lower == "leader"
                && k.checked_sub(1).is_some_and(|before| {
                    let before = descriptors[before].lower;
                    self.grammar.party(before).is_some()
                        || matches!(before, "opposition" | "majority" | "minority" | "party")
                        || self.grammar.description_class(before) == Some("organisation")
                })
        };
        let mut leaders = (0..descriptors.len())
            .filter(|&k| self.grammar.class(descriptors[k].info) == Some("leader"))
            .peekable();
        leaders.peek().is_some() && leaders.all(of_a_party)
    }

    /// Whether the article introduces entity `e`, at its first mention
    /// after byte `pos`, as someone of another class than `noun`: as
    /// someone's someone ("his attorney, Marc Agnifilo": "the aide" before
    /// it is not the aide's attorney) or someone of a kind ("one aid
    /// worker, Maria Lopez": not "the mayor"), or in the words after the name
    /// ("Maria Santos is a columnist": not "the senator"; a generic noun,
    /// "the man", is anyone's).
    fn described_as_another(&self, e: usize, noun: &str, pos: usize) -> bool {
        let Some(class) = self.grammar.description_class(noun) else {
            return false;
        };
        let mentions = &self.names.mentions;
        let Some(m) = mentions[mentions.partition_point(|m| m.span.start <= pos)..]
            .iter()
            .find(|m| m.entity == e)
        else {
            return false;
        };
        let another = |role: &str| {
            self.grammar
                .description_class(&role.to_lowercase())
                .is_some_and(|c| !is_class_of_things(c) && c != class)
        };
        let line_start = self.text[..m.span.start].rfind('\n').map_or(0, |k| k + 1);
        let before = self.text[line_start..m.span.start].trim_end();
        if let Some(before) = before.strip_suffix(',') {
            let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
            // ("One aid worker, Maria Lopez": or someone of a kind.)
            let someones_or_of_a_kind = words.iter().skip(1).any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "his" | "her" | "their" | "a" | "an" | "one" | "another"
                ) || w.ends_with("'s")
                    || w.ends_with("’s")
            });
            if someones_or_of_a_kind && words.first().is_some_and(|role| another(role)) {
                return true;
            }
        }
        // (The role's head: its last word before a preposition or the
        // clause's end, "a columnist for The Guardian".)
        let after = &self.text[m.span.end..];
        let after = after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix(" is "))
            .or_else(|| after.strip_prefix(" was "));
        let role = after.and_then(|rest| {
            let mut words = rest.split_whitespace();
            if !matches!(words.next(), Some("a" | "an")) {
                return None;
            }
            words
                .take(4)
                .map(|w| w.trim_end_matches([',', '.', ';']))
                .take_while(|w| {
                    w.starts_with(char::is_lowercase) && !is_preposition(w) && *w != "who"
                })
                .last()
        });
        class != "person" && role.is_some_and(another)
    }

    /// Whether every role the article gave entity `e` before or beside its
    /// name is other than `noun`: "Rock legend Mick Jagger" is no "the
    /// striker". A role of people's class must be the word itself
    /// ("legend" and "striker" share that class); of another class, its
    /// class ("Foreign Minister" is "the minister"'s). A man's or a
    /// woman's word ("the man") is anyone's of that gender.
    fn given_only_other_roles(&self, e: usize, noun: &str) -> bool {
        let info = self.grammar.info(noun);
        let Some(class) = self.grammar.class(info) else {
            return false;
        };
        if info.is_female() || info.is_male() {
            return false;
        }
        let mut roles = self.roles_of(e).peekable();
        roles.peek().is_some()
            && roles.all(|(d, c)| d.lower != noun && (class == "person" || c != class))
    }

    /// Whether `noun` names an office ("the minister", "the senator") and
    /// every role the article gave entity `e` is of the broad people's
    /// class, a gender's word aside: "striker Emma Lewell" is no "the
    /// former minister". (A "candidate" may be "the Texas governor".)
    fn an_office_for_one_given_no_office(&self, e: usize, noun: &str) -> bool {
        // ("the Dutchman", after "His rival Max Verstappen": a nation's
        // word is no office.)
        let people = |c: &str| matches!(c, "person" | "national") || is_class_of_things(c);
        if self.grammar.description_class(noun).is_none_or(people) {
            return false;
        }
        let mut roles = self
            .roles_of(e)
            .filter(|(d, _)| !(d.info.is_female() || d.info.is_male()))
            .peekable();
        roles.peek().is_some() && roles.all(|(_, c)| c == "person")
    }

    /// The roles the article gave entity `e` before or beside its name:
    /// its descriptors of a class of someone, not of things, each with
    /// that class.
    fn roles_of(&self, e: usize) -> impl Iterator<Item = (&names::Word<'a>, &str)> + '_ {
        self.names.entities[e].descriptors.iter().filter_map(|d| {
            let class = self.grammar.class(d.info)?;
            (!is_class_of_things(class)).then_some((d, class))
        })
    }

    /// Whether the article gave entity `e` an office (a title with a class
    /// of description: "Fire Chief"), and none of the class of `noun`
    /// ("mayor").
    fn holds_another_office(&self, e: usize, noun: &str) -> bool {
        let Some(class) = self.grammar.description_class(noun) else {
            return false;
        };
        if self.leads_only_a_party_or_body(e, noun) {
            return true;
        }
        if self.holds_another_office_of_state(e, noun) {
            return true;
        }
        let mut offices = self.names.entities[e]
            .descriptors
            .iter()
            .filter(|d| d.info.is_title())
            .filter_map(|d| self.grammar.class(d.info))
            .peekable();
        offices.peek().is_some() && offices.all(|office| office != class)
    }

    /// Whether `noun` is a minister's initials ("PM", "FM", "EAM") and
    /// entity `e` a minister whose title spells others: "the FM" is not
    /// "External Affairs Minister S Jaishankar".
    fn another_ministers_initials(&self, e: usize, noun: &str) -> bool {
        let descriptors = &self.names.entities[e].descriptors;
        noun.len() <= 3
            && noun.ends_with('m')
            && descriptors.iter().any(|d| d.lower == "minister")
            && !descriptors.iter().any(|d| d.lower == noun)
            && !spells_initials(noun, descriptors)
    }

    /// Whether the article gave entity `e` an office of state other than
    /// the one `noun` names: "President Joe Biden" is not "the prime
    /// minister", nor "Prime Minister Keir Starmer" "the chancellor", though
    /// all lead. ("German leader Olaf Scholz" may be "the chancellor".)
    fn holds_another_office_of_state(&self, e: usize, noun: &str) -> bool {
        let Some(meant) = state_office(noun) else {
            return false;
        };
        let descriptors = &self.names.entities[e].descriptors;
        let prime_minister = descriptors
            .windows(2)
            .any(|pair| pair[0].lower == "prime" && pair[1].lower == "minister");
        let mut held = descriptors
            .iter()
            .filter_map(|d| state_office(d.lower))
            .chain(prime_minister.then_some("prime minister"))
            .peekable();
        held.peek().is_some() && held.all(|office| office != meant)
    }

    /// "A federal judge in Texas on Friday blocked the rule, calling it “…”
    /// ¶ U.S. District Judge Reed O'Connor wrote": a lead's indefinite
    /// description, before any person is named, is the first person named
    /// soon after with its noun as a title. So is a role a place owns:
    /// "Russia's foreign minister warned …" ¶ "Foreign Minister Sergei
    /// Lavrov said".
    fn titled_soon_after(&self, tokens: &[Token], f: Found, pos: usize) -> Option<usize> {
        // (The description's own noun: "spokesperson" in "a spokesperson
        // for Meta", not the body's name, which titles Meta's CEO.)
        // (Or a headline's bare noun, capitalised or not: "‘…’, says PM",
        // "says minister", "Boeing CEO admits".)
        let first = &tokens[f.start];
        let described = &tokens[f.start..f.end];
        // (Not the titles of an owner: "Israeli Prime Minister Benjamin
        // Netanyahu's office" is an office.)
        let owner = before_its_place(described)
            .iter()
            .any(|t| t.possessive && t.capital);
        let bare = (!is_determiner(first) && !is_someone_else(first) && !owner)
            .then(|| described.iter().position(|t| self.is_description_noun(t)))
            .flatten();
        let at = match bare {
            Some(at) => at,
            None => described
                .iter()
                .rposition(|t| !t.capital && self.is_description_noun(t))?,
        };
        let noun = described[at].lower;
        // ("Netanyahu's office", "the company": a body or a thing holds no
        // one's role.)
        if self
            .grammar
            .description_class(noun)
            .is_some_and(is_class_of_things)
        {
            return None;
        }
        let bare = bare.is_some();
        let body = body_spoken_for(described, at);
        // ("Small groups of protesters … while chanting": people in the
        // plural are no one person named after them. Nor a short word's
        // plural: "‘Disgraceful’ – MPs react".)
        let short_plural = || {
            noun.strip_suffix('s')
                .is_some_and(|one| self.grammar.description_class(one).is_some())
        };
        if has_s_ending(noun) && (noun.len() > 3 || short_plural()) {
            return None;
        }
        let owned = f.end - f.start >= 2 && self.owned_by_a_place_or_body(tokens, f);
        let indefinite = f.end - f.start >= 2 && matches!(tokens[f.start].lower, "a" | "an");
        // ("Asked if he would resign, the mayor said …" before anyone is
        // named, and "Mayor Eric Adams" two paragraphs on, after others:
        // "the" points to the one titled so.)
        let definite = f.end - f.start >= 2 && tokens[f.start].lower == "the";
        if !(bare || owned || indefinite || definite) {
            return None;
        }
        let mentions = &self.names.mentions;
        let first = mentions.partition_point(|m| m.span.start <= pos);
        let person = |m: &&Mention| self.names.entities[m.entity].kind == EntityKind::Person;
        // (Someone named before, but not in the headline: "Judge blocks
        // Trump's order" ¶ "A federal judge … called it “…”" still points
        // ahead.)
        let after_headline = match self.is_headline(0) {
            true => self
                .first_line_end()
                .map_or(0, |end| mentions.partition_point(|m| m.span.start < end)),
            false => 0,
        };
        let named_before = mentions.get(after_headline..first).unwrap_or_default();
        if named_before.iter().any(|m| person(&m)) {
            return None;
        }
        // (Not a name inside the description: "The mother of victim Ana
        // Ruiz" is not Ana Ruiz, nor is "A former aide to Rod Talbot" the
        // Talbot named after it.)
        let described_start = tokens[f.start].span.start;
        let described_end = tokens[f.end - 1].span.end;
        let inside = &mentions[mentions.partition_point(|m| m.span.start < described_start)
            ..mentions.partition_point(|m| m.span.start < described_end)];
        let named_inside = |e: usize| inside.iter().any(|m| m.entity == e);
        let soon = mentions[first..]
            .iter()
            .take_while(|m| m.span.start < pos + LEAD_REACH)
            .filter(|m| m.span.start >= described_end)
            .filter(person)
            .filter(move |m| !named_inside(m.entity));
        // (The title as written, its initials, "PM", or its abbreviation:
        // "Gen." is a general.)
        let titled_so = |m: &&Mention| {
            let descriptors = &self.names.entities[m.entity].descriptors;
            descriptors.iter().any(|d| {
                d.lower == noun
                    || (d.info.is_title() && d.lower.len() >= 3 && noun.starts_with(d.lower))
            }) || spells_initials(noun, descriptors)
        };
        // ("Boeing boss says …" ¶ "Boeing chief executive Kelly Ortberg",
        // "Minister admits …" ¶ "Health Secretary Wes Streeting": else, for
        // a noun with no lowercase word of its own before it, a role of its
        // class, as "the minister" is (`resolve_description`). "Russia's
        // foreign minister" is no defence secretary.)
        let class = self
            .grammar
            .description_class(noun)
            .filter(|c| !matches!(*c, "organisation" | "partisan" | "person" | "national"))
            .filter(|_| {
                described[..at]
                    .iter()
                    .all(|t| t.capital || is_determiner(t))
            });
        let titled_in_class = |m: &&Mention| {
            class.is_some_and(|c| self.given_a_role_of_class(m.entity, c))
                && !self.leads_only_a_party_or_body(m.entity, noun)
        };
        // ("An Egyptian official said …" ¶ "Basem Naim, a senior Hamas
        // official": a nationality the description gives is the one named
        // after's too, by its word or its country's, "Egypt's", near one of
        // their mentions.)
        let nation = described[..at]
            .iter()
            .find(|t| t.capital && self.grammar.class(t.info) == Some("national"))
            .map(|t| t.lower);
        let of_the_nation = |e: usize| {
            nation.is_none_or(|nation| {
                let country = nation
                    .char_indices()
                    .nth(4)
                    .map_or(nation, |(k, _)| &nation[..k]);
                self.near_a_mention_of(e, |near| {
                    near.iter()
                        .any(|t| t.lower == nation || t.lower.starts_with(country))
                })
            })
        };
        let speaks_for_the_body =
            |m: &&Mention| self.speaks_for_body(m.entity, &body) && of_the_nation(m.entity);
        // ("‘…’, says embattled mayor" ¶ "The mayor of Southport, Linda
        // Carver" ¶ "Deputy mayor Tom Reilly": a deputy is meant only when
        // no one else is.)
        let a_deputy = |m: &&Mention| self.holds_another_degree(m.entity, noun, described);
        let titled = soon
            .clone()
            .filter(titled_so)
            .filter(|m| !a_deputy(m))
            .find(speaks_for_the_body)
            .or_else(|| {
                soon.clone()
                    .filter(titled_in_class)
                    .filter(|m| !a_deputy(m))
                    .find(speaks_for_the_body)
            });
        // A headline's or a body's role ("Boeing CEO admits …", "Boeing's
        // chief executive told …") may name its holder without the title:
        // the first person named soon after, if the article gives them no
        // title ("Defense Secretary Lloyd Austin" is no foreign minister).
        // ("A federal judge" is anyone's until titled.)
        // (Nor is one titled so who speaks for another body: Meta's
        // spokeswoman is not "a spokeswoman for Google".)
        // (A courtesy or a rank is no office: "Sir Keir Starmer", "Ayatollah
        // Ali Khamenei", "Dr. Jane Doe" may hold the headline's.)
        let untitled = |m: &&Mention| {
            !titled_so(m)
                && !self.names.entities[m.entity]
                    .descriptors
                    .iter()
                    .any(|d| d.info.is_title() && d.info.has_description())
        };
        // ("A mother-of-two has slammed British Airways for ‘appalling’
        // treatment" ¶ "Sarah Jones, 34, from Reading, said": a lead in the
        // present perfect brings in someone by who they are, and names
        // them next. So does one in the present, "A furious mum says the
        // council ‘…’". Not "A man was killed", nor "A woman told the BBC",
        // a passer-by.)
        let someone_in_the_lead = || {
            indefinite
                && self.grammar.description_class(noun) == Some("person")
                && tokens[f.end..]
                    .iter()
                    .take_while(|t| t.quote().is_none() && !t.sentence_end)
                    .any(|t| matches!(t.lower, "has" | "have" | "says" | "claims"))
        };
        let gender = gender_of(described.iter().map(|t| t.info));
        titled
            .or_else(|| {
                if bare || owned {
                    soon.clone().find(untitled)
                } else if someone_in_the_lead() {
                    soon.clone().find(|m| {
                        untitled(m) && genders_agree(gender, self.names.entities[m.entity].gender())
                    })
                } else {
                    None
                }
            })
            .or_else(|| soon.clone().filter(titled_so).find(speaks_for_the_body))
            .map(|m| m.entity)
    }

    /// Whether entity `e` holds the office `head` describes at another
    /// degree than `described` does: "the chancellor" is not the shadow
    /// chancellor, nor "the prime minister" the deputy prime minister; nor,
    /// the other way, "the vice president" "Former President Barack Obama".
    fn holds_another_degree(&self, e: usize, head: &str, described: &[Token]) -> bool {
        let titles = &self.names.entities[e].descriptors;
        let deputy = titles.iter().enumerate().any(|(k, d)| {
            is_a_deputys_qualifier(d) && titles[k + 1..].iter().any(|t| t.lower == head)
        });
        let deputy_qualifier = described
            .iter()
            .find(|t| t.info.is_office_qualifier() && !matches!(t.lower, "former" | "ex"));
        let not_so_titled =
            deputy_qualifier.is_some_and(|q| !titles.iter().any(|d| d.lower == q.lower));
        deputy || not_so_titled
    }

    /// Whether the article gave entity `e` a role of `class`.
    fn given_a_role_of_class(&self, e: usize, class: &str) -> bool {
        self.role_classes(e).any(|(c, _)| c == class)
    }

    /// The classes of the roles the article gave entity `e`, each with
    /// whether a title of two words gave it: "chief executive" is an
    /// executive's, not a chief's. (A name's own titles are kept before
    /// the words in lower case before it, "chief Executive Jane Doe", so a
    /// title split between them is read in either order.)
    fn role_classes(&self, e: usize) -> impl Iterator<Item = (&'a str, bool)> + '_ {
        let descriptors = &self.names.entities[e].descriptors;
        let phrase_class = |first: &names::Word, second: &names::Word| {
            first.info.starts_phrase().then(|| {
                self.grammar
                    .description_class(&format!("{} {}", first.lower, second.lower))
            })?
        };
        let mut k = 0;
        std::iter::from_fn(move || {
            while let Some(d) = descriptors.get(k) {
                let phrase = descriptors
                    .get(k + 1)
                    .and_then(|next| phrase_class(d, next).or_else(|| phrase_class(next, d)));
                if let Some(class) = phrase {
                    k += 2;
                    return Some((class, true));
                }
                k += 1;
                if let Some(class) = self.grammar.class(d.info) {
                    return Some((class, false));
                }
            }
            None
        })
    }

    /// The byte where the article's first paragraph, its headline, ends.
    fn first_line_end(&self) -> Option<usize> {
        Some(self.paras.first()?.tokens.last()?.span.end)
    }

    /// "‘We have no choice’, says union" ¶ "…, the Aslef union has
    /// announced": a headline's bare noun of a body is the first body
    /// named soon after whose name holds the noun.
    fn body_named_soon_after(&self, tokens: &[Token], f: Found, pos: usize) -> Option<usize> {
        let headline_end = self.first_line_end()?;
        let [noun] = &tokens[f.start..f.end] else {
            return None;
        };
        let body_noun = self
            .grammar
            .description_class(noun.lower)
            .is_some_and(|c| matches!(c, "organisation" | "media"));
        if pos > headline_end || !body_noun {
            return None;
        }
        let mentions = &self.names.mentions;
        let after = mentions.partition_point(|m| m.span.start <= headline_end);
        mentions[after..]
            .iter()
            .take_while(|m| m.span.start < headline_end + LEAD_REACH)
            .find(|m| {
                self.is_a_body(m.entity)
                    && self.names.entities[m.entity]
                        .tokens
                        .iter()
                        .any(|t| t.lower == noun.lower)
            })
            .map(|m| m.entity)
    }

    /// Whether each word of `body` stands within a few words of a mention
    /// of entity `e` ("Google spokeswoman Jane Doe", "Jane Doe, a
    /// spokeswoman for Google"): `e` speaks for that body.
    /// (Or its initials: "the United Nations climate chief" is "Simon
    /// Stiell, who leads the UN climate body".)
    fn speaks_for_body(&self, e: usize, body: &[&str]) -> bool {
        if body.is_empty() {
            return true;
        }
        let initials: String = match body.len() {
            1 => String::new(),
            _ => body.iter().filter_map(|w| w.chars().next()).collect(),
        };
        self.near_a_mention_of(e, |near| {
            body.iter()
                .all(|&word| near.iter().any(|t| t.lower == word))
                || (!initials.is_empty() && near.iter().any(|t| t.lower == initials))
        })
    }

    /// Whether some body is named within a few words of a mention of
    /// entity `e` ("Jane Doe, a Microsoft engineer"): `e` may speak for
    /// it. One named beside no body ("“…,” the United Nations climate
    /// chief said. Simon Stiell urged …") may be the one a description
    /// naming a body points ahead to.
    fn beside_a_body(&self, e: usize) -> bool {
        self.near_a_mention_of(e, |near| {
            let (Some(first), Some(last)) = (near.first(), near.last()) else {
                return false;
            };
            let before_end = self.names.mentions_before(last.span.end);
            before_end[before_end.partition_point(|m| m.span.start < first.span.start)..]
                .iter()
                .any(|m| m.entity != e && self.is_a_body(m.entity))
        })
    }

    /// Whether the words near some mention of entity `e`, a few either
    /// side in its paragraph, are as `holds` asks.
    fn near_a_mention_of(&self, e: usize, holds: impl Fn(&[Token]) -> bool) -> bool {
        const NEAR: usize = 6;
        self.names
            .mentions
            .iter()
            .filter(|m| m.entity == e)
            .any(|m| {
                let Some(para) = self.paras.iter().rfind(|p| {
                    p.tokens
                        .first()
                        .is_some_and(|t| t.span.start <= m.span.start)
                }) else {
                    return false;
                };
                let tokens = &para.tokens;
                let start = tokens.partition_point(|t| t.span.start < m.span.start);
                let end = tokens.partition_point(|t| t.span.start < m.span.end);
                holds(&tokens[start.saturating_sub(NEAR)..(end + NEAR).min(tokens.len())])
            })
    }

    /// "For Alvarez, the promises ring hollow. “Words,” she says": the one
    /// person a paragraph's sentences before the "he" or "she" name, whoever
    /// spoke in the paragraph before. (None if a "he" or "she" there
    /// already points back past them.) And a singular "they" ("Riley Chen,
    /// 17, uses they/them pronouns. “…,” they said"), if the paragraph
    /// names no people in the plural.
    fn paragraph_focus(
        &self,
        tokens: &[Token],
        pronoun: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let sentence = start_of_sentence(tokens, pronoun);
        let before = &tokens[..sentence];
        let he_or_she = |t: &Token| {
            t.info.pronoun() == Some(PronounKind::Singular) && gender_of([t.info]).is_some()
        };
        let they = tokens[pronoun].info.pronoun() == Some(PronounKind::Plural);
        // (People in the plural, or a body or a group that "they" may
        // mean: "the company", "the family", "the couple".)
        let people = |t: &Token| {
            let class = self.grammar.description_class(t.lower);
            t.info.is_plural_description()
                || t.info.is_group_name()
                || matches!(class, Some("organisation" | "group" | "media"))
                || (t.lower.ends_with('s')
                    && class.is_none()
                    && self.is_described_singular_or_plural(t.lower))
        };
        if (gender.is_none() && !they)
            || (they && before.iter().any(people))
            || before.is_empty()
            || before.iter().any(he_or_she)
        {
            return None;
        }
        let (start, end) = (before[0].span.start, before[sentence - 1].span.end);
        let in_paragraph = self
            .names
            .mentions_before(end)
            .iter()
            .rev()
            .take_while(|m| m.span.start >= start);
        let person = |m: &&Mention| self.names.entities[m.entity].kind == EntityKind::Person;
        // (Nor, for "they", when a body stands as a subject or an owner:
        // "Politifact did a fact-check on Donald Trump's claim. … they
        // published".)
        if they
            && in_paragraph
                .clone()
                .any(|m| !person(&m) && (m.subject || m.possessive))
        {
            return None;
        }
        let mentions = in_paragraph.filter(person);
        // The person is the paragraph's topic: a clause's subject, its
        // owner ("Alvarez's anger is plain"), or framed ("For Alvarez, …",
        // "To Smith, …"); not one named by the way ("The crowd booed at the
        // mention of Jeb Bush").
        let topic = |m: &Mention| {
            let k = before.partition_point(|t| t.span.start < m.span.start);
            let framed = k > 0
                && matches!(before[k - 1].lower, "for" | "to")
                && (k == 1 || before[k - 2].sentence_end)
                && before[k..]
                    .iter()
                    .find(|t| !is_name_word(t))
                    .is_some_and(|t| t.is_punct(','));
            m.subject || m.possessive || framed
        };
        let last = mentions.clone().next()?;
        let first = last.entity;
        // (Nor when someone unnamed who may be the "he" or "she" opens a
        // sentence after them: "Det Supt Rachel Walker said … A neighbour
        // … said the street was “in shock”. “…,” she told the BBC".)
        // (Or one the sentence just before brings in, naming no one else:
        // "Reporters then interviewed a retired nurse. “…,” she said".)
        let unnamed_after = self.unnamed_people.iter().any(|u| {
            last.span.start < u.at
                && u.at < end
                && genders_agree(gender, u.gender)
                && (u.opens_sentence
                    || self.brought_in_just_before(u.at, tokens[pronoun].span.start))
        });
        (!unnamed_after
            && mentions.clone().all(|m| m.entity == first)
            && mentions.clone().any(topic)
            && genders_agree(gender, self.names.entities[first].gender())
            && !self.names_a_group(first)
            && !self.named_as_a_body(first)
            && !self.is_media_name(first))
        .then_some(first)
    }

    /// Whether the word after byte `at`, in its sentence, is a verb of
    /// speech: "Boeing said".
    fn speech_verb_follows(&self, at: usize) -> bool {
        self.words_of_sentence_from(at)
            .next()
            .is_some_and(|w| self.grammar.info(&w.to_lowercase()).is_speech_verb())
    }

    /// The words from byte `at` to its sentence's stop or line's end.
    fn words_of_sentence_from(&self, at: usize) -> impl Iterator<Item = &'a str> {
        let rest = &self.text[at..];
        let sentence = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
        sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }

    /// "Amazon said in a filing with the SEC that …": the body that spoke
    /// earlier in the sentence of `m`, a name that is no clause's subject
    /// (here the object of "with"). What it said holds `m`, so "it" after
    /// means the speaker. (Past an aside: "UNICEF, the UN children's
    /// agency, said".)
    fn body_that_spoke_before(&self, m: &Mention) -> Option<&Mention> {
        if m.subject {
            return None;
        }
        self.names
            .mentions_before(m.span.start)
            .iter()
            .rev()
            .take(4)
            // (Not a name that holds this one.)
            .filter(|before| before.span.end <= m.span.start)
            .take_while(|before| !self.text[before.span.end..m.span.start].contains(['.', '\n']))
            .find(|before| {
                let e = &self.names.entities[before.entity];
                !before.possessive
                    && (e.kind == EntityKind::Organisation || is_a_lone_word(e))
                    && e.gender().is_none()
                    && self.speech_verb_follows_past_an_aside(before.span.end)
            })
    }

    /// Whether a verb of speech follows byte `at`, at once or after an
    /// aside set off by commas ("UNICEF, the UN children's agency, said").
    fn speech_verb_follows_past_an_aside(&self, at: usize) -> bool {
        let past_aside = || {
            let aside = self.text[at..].strip_prefix(',')?;
            let end = aside.find(',').filter(|&k| k <= 80)?;
            (!aside[..end].contains(['.', '\n'])).then_some(at + 1 + end + 1)
        };
        self.speech_verb_follows(at) || past_aside().is_some_and(|k| self.speech_verb_follows(k))
    }

    /// "Boeing said it would cut 10% of its workforce. It added": a name of
    /// one word, no given name, of no known kind, followed by a verb of
    /// speech, is a body's when its sentence goes on with "its" (or "it"
    /// right after the verb or after "that": "Starbucks said it expected
    /// charges", "Boeing said on Wednesday that it lost money"), or when
    /// it is printed in capitals ("SANA said"), and no "his" or "her" (as
    /// "AOC said her district"); "it" may mean it.
    fn a_word_that_spoke(&self, m: &Mention, e: &names::Entity) -> bool {
        let spoke = self.speech_verb_follows(m.span.end);
        let (mut its, mut his_or_her) = (false, false);
        let mut before = "";
        for (k, w) in self.words_of_sentence_from(m.span.end).skip(1).enumerate() {
            its |= w == "its" || (w == "it" && (k == 0 || before == "that"));
            his_or_her |= matches!(w, "his" | "her");
            before = w;
        }
        let printed = &self.text[m.span.start..m.span.end];
        let in_capitals = printed.len() >= 2 && printed.bytes().all(|b| b.is_ascii_uppercase());
        is_a_lone_word(e) && spoke && (its || in_capitals) && !his_or_her
    }

    /// "the Conservatives", "Democrats": a party's members named together,
    /// whom no "he" or "the prime minister" points to.
    fn names_a_group(&self, entity: usize) -> bool {
        matches!(self.names.entities[entity].tokens.as_slice(), [word] if word.info.is_group_name())
    }

    /// "he", "she": the last person mentioned as a subject, or failing that
    /// the last person mentioned at all; "they": the last pair of people.
    /// Mentions starting at a byte of `skip` are passed over (see
    /// `opening_objects`).
    fn resolve_pronoun(
        &self,
        kind: PronounKind,
        gender: Option<Gender>,
        pos: usize,
        skip: &[usize],
    ) -> Option<usize> {
        let before = self
            .names
            .mentions_before(pos)
            .iter()
            .rev()
            .filter(|m| !skip.contains(&m.span.start));
        // "she" is not a man the article has called "Mr." or "he" a
        // "spokeswoman".
        let agrees = |e: usize| genders_agree(gender, self.names.entities[e].gender());
        // (A lone name of no known kind is a person once it spoke, or as
        // the subject that opens a sentence in the pronoun's paragraph:
        // "Musk dismissed the recall. “…,” he said". Not a people:
        // "African-Americans, he said, can …".)
        let lone_subject = |m: &Mention, e: &names::Entity| {
            let a_people = e.tokens[0]
                .lower
                .strip_suffix('s')
                .is_some_and(names::looks_like_demonym);
            e.tokens.len() == 1
                && m.subject
                && !m.possessive
                && self.opens_a_sentence_as_subject(m.span.start)
                && !a_people
                && !self.text[m.span.start..pos].contains('\n')
        };
        let person = |m: &&Mention| {
            let e = &self.names.entities[m.entity];
            agrees(m.entity)
                && (e.kind == EntityKind::Person
                    || (e.kind == EntityKind::Unknown
                        && (self.said_by.iter().any(|s| s.entity == m.entity)
                            || lone_subject(m, e))))
        };
        match kind {
            PronounKind::Singular => {
                // (Nor is a medium that spoke: "The Daily Mail reported …
                // “…,” she said".)
                let one = |e: usize| {
                    agrees(e)
                        && !self.names_a_group(e)
                        && !self.is_an_outlet(e)
                        && !self.named_as_a_body(e)
                };
                // ("Amir Khan was there. Gilbert said the team would …":
                // a body's description, linked to a name it may be, is no
                // "he" or "she".)
                let a_body_described = |m: &Mention| {
                    self.described.iter().any(|&(at, _, head)| {
                        at == m.span.start
                            && matches!(
                                self.grammar.description_class(head),
                                Some("organisation" | "media")
                            )
                    })
                };
                // (One the sentence's words are "according to" is its
                // speaker as a subject is: "According to V K Vijayakumar,
                // …, FPIs have been sellers. “…,” he added".)
                let subject = before.clone().take(12).find(|m| {
                    person(m)
                        && one(m.entity)
                        && (m.subject || self.follows_according_to(m.span.start))
                        && !m.possessive
                        && !a_body_described(m)
                });
                // (A body that spoke is no "he": "Boeing said … He added".)
                // (Nor is one skipped, who spoke before: "In a letter to
                // Smith, he wrote".)
                let skipped = |e: usize| {
                    !skip.is_empty()
                        && self
                            .names
                            .mentions_before(pos)
                            .iter()
                            .any(|m| m.entity == e && skip.contains(&m.span.start))
                };
                let said = self.said_by.iter().rev().find(|s| {
                    s.at < pos
                        && one(s.entity)
                        && !skipped(s.entity)
                        && self.names.entities[s.entity].kind != EntityKind::Organisation
                });
                let (at, entity) = match (subject, said) {
                    (Some(m), Some(s)) if s.at > m.span.start => (s.at, s.entity),
                    (Some(m), _) => (m.span.start, m.entity),
                    (None, Some(s)) => (s.at, s.entity),
                    (None, None) => before
                        .clone()
                        .find(|m| person(m) && one(m.entity) && !m.possessive)
                        .or_else(|| {
                            // "Mr Starmer's response was swift. “…,” he told
                            // the Commons": the owner, when no one else
                            // came before, not even someone he owns ("Smith's
                            // lawyer argued …").
                            before.clone().take(6).find(|m| {
                                person(m)
                                    && one(m.entity)
                                    && !self
                                        .unnamed_people
                                        .iter()
                                        .any(|u| m.span.start <= u.at && u.at < pos)
                            })
                        })
                        .map(|m| (m.span.start, m.entity))?,
                };
                // ("“You are wrong,” Ann Lee told Bo Diaz. “No,” he shot
                // back": in the pronoun's paragraph, one who agrees and was
                // spoken to, before a subject of paragraphs before; not one
                // named by the way, "at the mention of Jeb Bush".)
                let paragraph = self.text[..pos].rfind('\n').map_or(0, |n| n + 1);
                let spoken_to = |m: &&Mention| {
                    self.text[..m.span.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(addresses_someone)
                };
                let (at, entity) = match before
                    .clone()
                    .take_while(|m| m.span.start >= paragraph)
                    .find(|m| person(m) && one(m.entity) && !m.possessive)
                    .filter(spoken_to)
                {
                    Some(m) if at < paragraph => (m.span.start, m.entity),
                    _ => (at, entity),
                };
                // A speaker described as a man or a woman and not named ("the
                // prime minister's spokesman said") is the "he" that follows.
                // ("One questioner claimed …", of no gender, leaves "he" to
                // the man the questioner asked, in a paragraph of its own;
                // but one opening a sentence of the pronoun's paragraph is
                // the "she" that follows: "A neighbour … said the street was
                // “in shock”. “…,” she told the BBC".)
                let unnamed_since = self.unnamed_people.iter().any(|u| {
                    at < u.at
                        && u.at < pos
                        && match u.gender {
                            Some(_) => genders_agree(gender, u.gender),
                            None => {
                                u.at >= paragraph
                                    && (u.opens_sentence
                                        || self.opens_past_an_opening_phrase(u.at)
                                        || self.brought_in_just_before(u.at, pos))
                            }
                        }
                }) || (!self.named_as_kin.contains(&entity)
                    && self.unnamed_in_sentence.iter().any(|&(sentence, u, g)| {
                        at < sentence && u < pos && genders_agree(gender, Some(g))
                    }));
                (!unnamed_since).then_some(entity)
            }
            // (Not past people a sentence opened on unnamed:
            // "Environmental groups were sceptical. They urged …")
            PronounKind::Plural => {
                let mut pair = before.take(40).skip_while(|m| !(m.plural && person(m)));
                let last = pair.next().filter(|m| {
                    !self
                        .unnamed_groups
                        .iter()
                        .any(|&u| m.span.start < u && u < pos)
                })?;
                // One of a pair named together ("Putin and Xi"; titles may
                // stand before the second: "Joe Biden and Mexican President
                // Claudia Sheinbaum"): the one whose name sorts first, so
                // that every outlet gives the pair's words to the same one,
                // in whichever order it named them.
                let sorts_first = |a: &Mention, b: &Mention| {
                    let name = |m: &Mention| self.names.entities[m.entity].name.to_lowercase();
                    if name(a) <= name(b) {
                        a.entity
                    } else {
                        b.entity
                    }
                };
                let joined = |between: &str| {
                    let between = between.trim();
                    let joiner = ["and", "met with", "met", "meets with", "meets"]
                        .into_iter()
                        .find(|j| between.starts_with(j));
                    joiner.map(|j| &between[j.len()..]).is_some_and(|titles| {
                        titles.is_empty()
                            || titles.starts_with(' ')
                                && titles.split_whitespace().count() <= 4
                                && titles
                                    .split_whitespace()
                                    .all(|w| w.starts_with(char::is_uppercase))
                    })
                };
                let first = pair.next().filter(|m| {
                    m.plural && person(m) && joined(&self.text[m.span.end..last.span.start])
                });
                Some(first.map_or(last.entity, |first| sorts_first(first, last)))
            }
            // ("The Federal Reserve held rates. It said": a name written
            // after "the" with no given name or title, as in
            // `named_as_a_body`, when it opens its clause; not "deals such as
            // the North American Free Trade Agreement".)
            PronounKind::Neuter => {
                // ("Its North American stores": a region's adjective, a
                // nationality's word after another, names no body.)
                let adjective = |e: &names::Entity| {
                    e.tokens.len() >= 2
                        && e.tokens.last().is_some_and(|w| {
                            self.grammar.description_class(w.lower) == Some("national")
                        })
                };
                // (Nor an outlet named as no clause's subject: "he told the
                // Birmingham Mail" names whom he told, not who goes on.)
                let told = |m: &&Mention| !m.subject && self.is_media_name(m.entity);
                let named = before
                    .take(6)
                    .filter(|m| !adjective(&self.names.entities[m.entity]) && !told(m))
                    .find(|m| {
                        let e = &self.names.entities[m.entity];
                        e.kind == EntityKind::Organisation
                            || (m.subject
                                && e.gender().is_none()
                                && (self.follows_the(m.span.start) || self.a_word_that_spoke(m, e)))
                    })
                    .map(|m| self.body_that_spoke_before(m).unwrap_or(m));
                // ("TikTok said it would “cooperate fully” … It added", after
                // the European Commission was named: a lone word of no known
                // kind that spoke since is whom "it" means.)
                let spoke_since = self.said_by.iter().rev().find(|s| {
                    let e = &self.names.entities[s.entity];
                    s.mention.start < pos
                        && named.is_some_and(|m| m.span.start < s.mention.start)
                        && is_a_lone_word(e)
                        && e.gender().is_none()
                });
                spoke_since.map(|s| s.entity).or(named.map(|m| m.entity))
            }
            PronounKind::First => None,
        }
    }
}

/// Where a quote stands in its sentence, as `classify` needs it.
#[derive(Debug, Clone, Default)]
pub struct QuoteContext {
    /// Nothing but punctuation before it in its sentence, or a colon or a
    /// speech verb and comma just before it.
    pub starts_clause: bool,
    /// The word just before it ("the", "called", "so-called").
    pub word_before: Option<String>,
    /// That word is a possessive ("MSNBC's “Morning Joe”"), or a medium's
    /// "of" or "with" ("the broadcast of “Fox News Sunday”").
    pub after_owner: Owner,
    /// It stands alone in a paragraph after the first, with no word of
    /// the narrative beside it, and no colon ending the paragraph before
    /// to introduce it.
    pub alone: bool,
    /// A role and a name follow it: "“Friends” star Jennifer Aniston".
    pub before_a_role: bool,
}

impl QuoteContext {
    /// The context of a quote inside a quote, read from the text before its
    /// opening mark: "says: ‘Momma…’", "the words ‘Radical Islam’".
    pub fn nested(text: &str, open: usize) -> Self {
        let before = text[..open].trim_end_matches(crate::text::is_space);
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '-')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        QuoteContext {
            starts_clause: before.ends_with([':', ',']),
            after_owner: Owner::None,
            word_before: (!word.is_empty()).then(|| word.to_lowercase()),
            alone: false,
            before_a_role: false,
        }
    }

    pub fn of(tokens: &[Token], q: usize, sentence_start: usize) -> Self {
        let before = &tokens[sentence_start..q];
        let last_word = before.iter().rev().find(|t| t.kind == TokenKind::Word);
        QuoteContext {
            starts_clause: starts_clause(before),
            after_owner: Owner::before(tokens, q),
            word_before: last_word.map(|t| t.lower.to_string()),
            alone: false,
            before_a_role: false,
        }
    }
}

/// The name that owns description `f` in the possessive ("Trump's
/// statement", "Saudi Arabia's foreign ministry"): its token range.
fn owner_name(tokens: &[Token], f: Found) -> Option<Range<usize>> {
    let end = f.start
        + before_its_place(&tokens[f.start..f.end])
            .iter()
            .rposition(|t| t.possessive)?
        + 1;
    if !is_name_word(&tokens[end - 1]) {
        return None;
    }
    let mut start = end - 1;
    while start > f.start && is_name_word(&tokens[start - 1]) && !tokens[start - 1].possessive {
        start -= 1;
    }
    Some(start..end)
}

/// The words of a description before an "at", where its owner may stand:
/// after it a possessive is part of a place's name, "A nurse at King's
/// College Hospital", "a worker at McDonald's", and owns no role.
fn before_its_place<'a, 't>(described: &'a [Token<'t>]) -> &'a [Token<'t>] {
    let end = described
        .iter()
        .position(|t| t.lower == "at")
        .unwrap_or(described.len());
    &described[..end]
}

/// `text` without the word "the" (or "The") it ends with, if it does.
fn without_the(text: &str) -> Option<&str> {
    text.strip_suffix("the")
        .or_else(|| text.strip_suffix("The"))
        .filter(|rest| !rest.ends_with(char::is_alphanumeric))
}

/// The text before "shares of" or "stock of" at the end of `text`, in
/// any case.
fn without_shares_of(text: &str) -> Option<&str> {
    let rest = text.strip_suffix("of")?.trim_end_matches([' ', '\t']);
    let word = rest.rsplit([' ', '\t', '\n']).next()?;
    let shares = ["shares", "stock"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    shares.then(|| &rest[..rest.len() - word.len()])
}

/// "heard" in "Quill was heard telling an aide", "could be heard saying":
/// a verb of perceiving in the passive, between a speaker and the
/// participle of what they said.
fn is_perceived_at(tokens: &[Token], k: usize) -> bool {
    k > 0
        && matches!(
            tokens[k].lower,
            "heard" | "overheard" | "seen" | "caught" | "filmed" | "recorded"
        )
        && is_a_form_of_be(tokens[k - 1].lower)
}

/// Whether the name at token `name` (or a "the" before it) follows "quoted
/// by" or "cited by": the medium that quoted someone, not one who speaks.
fn is_quoted_by(tokens: &[Token], name: usize) -> bool {
    let by = name - usize::from(name >= 1 && tokens[name - 1].lower == "the");
    by >= 2 && tokens[by - 1].lower == "by" && matches!(tokens[by - 2].lower, "quoted" | "cited")
}

/// "is", "was", "been": a form of "be", the auxiliary of the progressive
/// and the passive.
fn is_a_form_of_be(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are" | "was" | "were" | "be" | "been" | "am" | "being"
    )
}

/// A broadcaster's call sign, as American stations are named: "KTVI",
/// "WVOM", "WBAL-TV"; or a channel's name in capitals ending in "TV"
/// ("BFMTV", "NHKTV").
fn is_call_sign(text: &str, t: &Token) -> bool {
    let word = &text.as_bytes()[t.span.start..t.span.end];
    let letters = word.split(|&b| b == b'-').next().unwrap_or_default();
    let station = matches!(letters.first(), Some(b'K' | b'W'))
        && (3..=4).contains(&letters.len())
        && letters.iter().all(u8::is_ascii_uppercase)
        && (letters.len() == word.len() || {
            // ("KCRG-TV9", "KWQC-6": a channel's number may follow its
            // band, or stand for it.)
            let band = &word[letters.len()..];
            let digits = band.iter().rev().take_while(|b| b.is_ascii_digit()).count();
            match &band[..band.len() - digits] {
                b"-TV" | b"-FM" | b"-AM" => true,
                b"-" => digits > 0,
                _ => false,
            }
        });
    let channel =
        word.len() >= 4 && word.ends_with(b"TV") && word.iter().all(u8::is_ascii_uppercase);
    // ("told 2GB's Ben Fordham", "told 3AW": an Australian station's digit
    // and letters.)
    let owner = word
        .split(|&b| b == b'\'' || b == 0xE2)
        .next()
        .unwrap_or_default();
    let australian = matches!(owner, [digit, rest @ ..]
        if digit.is_ascii_digit() && (2..=3).contains(&rest.len()) && rest.iter().all(u8::is_ascii_uppercase));
    station || channel || australian
}

/// Whether a quote after the tokens `before` (its sentence's, up to it)
/// starts a clause: nothing but punctuation before it, or a colon, or a
/// word and a comma just before it.
fn starts_clause(before: &[Token]) -> bool {
    let prev = before.last();
    before.iter().all(|t| t.kind == TokenKind::Punct)
        || prev.is_some_and(|t| t.is_punct(':'))
        || (prev.is_some_and(|t| t.is_punct(','))
            && before.len() >= 2
            && before[before.len() - 2].kind == TokenKind::Word)
}

/// A word in lower case that is a past tense ("attacked", "hit") or a
/// verb of speech ("said"): a verb whose subject may come before it.
fn is_past_or_speech_verb(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capital
        && (t.info.is_speech_verb() || t.lower.ends_with("ed") || t.info.is_irregular_past())
}

/// Whether a mention ending at token `end` stands before a verb: its clause's
/// subject.
fn looks_like_subject(tokens: &[Token], start: usize, end: usize) -> bool {
    let mut k = end;
    while k < tokens.len() && k - end < 3 && tokens[k].info.may_stand_before_verb() {
        k += 1;
    }
    // An auxiliary or adverb after it, or a past or speech verb: the
    // mention is its clause's subject. ("Republican headquarters" is not.)
    let verb = is_past_or_speech_verb;
    // (After an aside, a verb may be "is" or "has": "was blunter".)
    // ("Residents like Maria Gonzalez, 71, weren't taking chances": in the
    // plural and negated too.)
    let auxiliary = |t: &Token| {
        let stem = t
            .lower
            .strip_suffix("n't")
            .or_else(|| t.lower.strip_suffix("n\u{2019}t"))
            .unwrap_or(t.lower);
        // ("Obama's wife, Michelle, did not attend": or "did", "will".)
        matches!(
            stem,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "will"
                | "would"
                | "could"
        )
    };
    // "Walsh's colleague, Deputy Mayor Ana Ruiz, disagreed": a name
    // between commas is the subject when the verb follows the second.
    // ("the figure of Abraham Lincoln, sheltered in his memorial" is none.)
    // ("One patient, 78-year-old Harold Jenkins, waited": words in lower
    // case may stand before it, and a name among them: "Her co-founder,
    // former Infosys engineer Arjun Mehta, agrees", "Her boyfriend, Kansas
    // City Chiefs tight end Travis Kelce, was".)
    // (The word right before the name is in lower case: a capitalised one
    // would be the name's own.)
    let role_words = if tokens[..start].last().is_some_and(|t| t.capital) {
        0
    } else {
        tokens[..start]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.is_word() && !t.possessive && !t.info.is_closed_class())
            .count()
    };
    let opening = start - role_words;
    // ("Her local MP, Labour's Tom Ellis, backed": and a party or body
    // that owns the name; "Their landlord, a retired teacher named George
    // Papadopoulos, has become": or an article.)
    let owner_or_article = |t: &Token| (t.possessive && t.capital) || matches!(t.lower, "a" | "an");
    let opening = opening - usize::from(opening > 0 && owner_or_article(&tokens[opening - 1]));
    // (After an appositive's comma a verb in the present tense says so
    // too, as features write: "retired teacher Tom Baines, stops by".)
    let present = |t: &Token| {
        t.is_word()
            && !t.capital
            && !t.info.is_closed_class()
            && t.lower.len() > 3
            && t.lower.ends_with('s')
            && !t.lower.ends_with("ss")
    };
    // ("Natarajan's colleague, Professor Tom Berg of Oxford, was more
    // cautious": an affiliation may follow the name inside the commas.)
    let close = match tokens.get(end).map(|t| t.lower) {
        Some("of" | "at" | "from") => {
            let name = past_the(tokens, end + 1);
            (name < tokens.len())
                .then(|| name_run_at(tokens, name))
                .flatten()
                .unwrap_or(end)
        }
        _ => end,
    };
    // Whether the word after a comma is a verb `is_verb` takes, perhaps
    // after an adverb or two: "Swift's mother, Andrea, also posted".
    let verb_after = |comma: usize, is_verb: &dyn Fn(&Token) -> bool| {
        tokens
            .iter()
            .skip(comma + 1)
            .take(3)
            .find(|t| is_verb(t) || !t.info.may_stand_before_verb())
            .is_some_and(is_verb)
    };
    let appositive = opening > 0
        && tokens[opening - 1].is_punct(',')
        && tokens.get(close).is_some_and(|t| t.is_punct(','))
        && verb_after(close, &|t| {
            // ("Guardiola's assistant, Juanma Lillo, was less diplomatic")
            verb(t) || present(t) || auxiliary(t)
        });
    // "Osama Hamdan, speaking in Beirut, rejected", "Ana Ruiz, 54, said",
    // "The senator, a former mayor, was blunter": an aside set off after
    // the name, then the verb. (Or two: "Ana, 27, who works the register,
    // is more blunt"; the second opens in lower case.)
    let mut aside = false;
    let mut open = end;
    for second in [false, true] {
        let opens_aside = tokens.get(open).is_some_and(|t| t.is_punct(','))
            && (!second || tokens.get(open + 1).is_some_and(|t| !t.capital));
        if !opens_aside {
            break;
        }
        let Some(c) = (open + 2..tokens.len().min(open + 12))
            .find(|&c| tokens[c].is_punct(',') || tokens[c].sentence_end)
            .filter(|&c| tokens[c].is_punct(','))
        else {
            break;
        };
        if verb_after(c, &|t| verb(t) || auxiliary(t)) {
            aside = true;
            break;
        }
        open = c;
    }
    // (An auxiliary after it, "Clinton was more circumspect"; or adverbs,
    // then a word of an open class, "Lee also wants". Not adverbs before a
    // comma or a preposition: "met Netanyahu earlier, and said", "earlier
    // in the day" follow an object.)
    let then_a_verb = || {
        k > end
            && (tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !t.info.is_closed_class())
                || tokens[end..k].iter().any(auxiliary))
    };
    tokens.get(k).is_some_and(verb) || appositive || aside || then_a_verb()
}

/// "Marine Le Pen, whose National Rally topped the poll, welcomed it",
/// "…, whose niece Marion Maréchal left": a name a word or two after
/// "whose" is the subject of that clause, not of its sentence.
fn opens_whose_clause(tokens: &[Token], start: usize) -> bool {
    tokens[..start]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.is_word())
        .any(|t| t.lower == "whose")
}

/// Whether token `start` opens what was said after its "that": "Smith
/// said that Jones had lied", "a report in the Washington Post that Trump
/// had spoken to Putin" (past a place or medium named after the noun;
/// "report", a verb's bare form, is a noun for what was said too). A
/// name there is the subject of what was said, not of its sentence, and
/// a medium there is that speech's. What follows "that" must open a
/// clause, a name, a pronoun or a determiner: in "rejected that argument
/// in a ruling" it points. (A relative clause's subject may still be the
/// one a "he" means: "the mines that Mr. Clarke acquired".)
fn opens_that_clause(tokens: &[Token], start: usize) -> bool {
    let opening = past_lowercase_titles(tokens, start);
    if opening < 2
        || tokens[opening - 1].lower != "that"
        || !tokens
            .get(start)
            .is_some_and(|t| t.capital || t.info.pronoun().is_some() || is_determiner(t))
    {
        return false;
    }
    let said = tokens[..opening - 1]
        .iter()
        .rev()
        .take(6)
        .take_while(|t| t.is_word() && !t.sentence_end)
        .find(|t| !(t.capital || is_determiner(t) || is_preposition(t.lower)));
    said.is_some_and(|t| t.info.is_speech_verb() || t.info.is_speech_noun() || t.info.is_noun_too())
}

/// Where a name at `start` opens with the titles in lower case before it,
/// up to two: "captain" in "that captain Martin Odegaard", "former
/// president" in "said former president Barack Obama".
fn past_lowercase_titles(tokens: &[Token], start: usize) -> usize {
    let title = |t: &Token| !t.capital && (t.info.is_title() || t.info.is_office_qualifier());
    (1..start.min(3))
        .take_while(|&n| title(&tokens[start - n]))
        .last()
        .map_or(start, |n| start - n)
}

/// "He said Djokovic deserved it": a name right after a speaker and a
/// verb of speech, with no "that", is the subject of what was said, not
/// of its sentence. (Not "“…,” said Putin", where the verb comes after
/// the words.)
fn opens_bare_reported_clause(tokens: &[Token], start: usize) -> bool {
    let [.., speaker, verb] = &tokens[..past_lowercase_titles(tokens, start)] else {
        return false;
    };
    verb.is_word()
        && !verb.capital
        && verb.info.is_speech_verb()
        && speaker.is_word()
        && (speaker.info.pronoun().is_some() || (speaker.capital && !speaker.possessive))
}

/// "a term Obama also used", "the plan Trump announced": a name right
/// after a determiner and a common noun is the subject of a clause that
/// describes the noun, not of its sentence. ("the nominee Donald Trump
/// said" is an apposition: the noun is a title or description.)
fn opens_reduced_relative(tokens: &[Token], start: usize) -> bool {
    let [.., det, noun] = &tokens[..start] else {
        return false;
    };
    matches!(det.lower, "a" | "an" | "the")
        && noun.is_word()
        && !noun.capital
        && !noun.info.is_closed_class()
        && !noun.info.is_title()
        && !noun.info.has_description()
        && !is_agent_noun(noun.lower)
}

/// A quote that names a programme or publication: a title after "on", after
/// "told" or after an outlet's possessive ("on “Face the Nation”", "told
/// “Fox & Friends”", "MSNBC's “Morning Joe”").
pub fn is_programme(word_before: Option<&str>, after: Owner, title: &str) -> bool {
    if !word_before.is_some_and(is_programme_cue) && after == Owner::None {
        return false;
    }
    // Counting stops at seven words: a long quote is read no further.
    // (One word is a title only after "on" or an outlet's possessive:
    // "Fox News' “Hannity”", not "Biden's “Malarkey”".)
    let words = title.split_whitespace().take(7).count();
    words <= 6
        && (word_before == Some("on") || after == Owner::Outlet || words >= 2)
        && crate::text::is_title(title)
}

/// Someone the article describes and does not name: see
/// `Attributor::unnamed_people`.
#[derive(Debug, Clone, Copy)]
struct Unnamed<'a> {
    /// Where the description stands: its start, or its noun when someone
    /// owns it ("lawyer" in "His lawyer said").
    at: usize,
    gender: Option<Gender>,
    /// Its last word.
    noun: &'a str,
    /// Whether it opens its sentence, past its owner at most.
    opens_sentence: bool,
}

/// What stands just before a quote that may be a programme's title.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Owner {
    #[default]
    None,
    /// Another possessive ("Trump's", "the network's") or a medium's "of"
    /// or "with" ("the broadcast of", "an interview with").
    Name,
    /// An outlet's possessive: "MSNBC's", "Fox News'".
    Outlet,
}

impl Owner {
    /// What stands before token `k`.
    fn before(tokens: &[Token], k: usize) -> Owner {
        let Some(before) = k.checked_sub(1).map(|b| &tokens[b]) else {
            return Owner::None;
        };
        let outlet = before.capital && (before.info.is_outlet() || before.info.is_media_noun());
        match (before.possessive, after_medium_of(tokens, k)) {
            (true, _) if outlet => Owner::Outlet,
            (true, _) | (false, true) => Owner::Name,
            _ => Owner::None,
        }
    }
}

/// Whether token `k` follows a medium's noun, or its host's, and "of" or
/// "with": "the broadcast of “Fox News Sunday”", "told the hosts of “This
/// Past Weekend”", "in an interview with “Face the Nation”".
fn after_medium_of(tokens: &[Token], k: usize) -> bool {
    let hosts = |t: &Token| {
        let singular = t.lower.strip_suffix('s').unwrap_or(t.lower);
        matches!(singular, "host" | "co-host" | "presenter" | "anchor")
    };
    k >= 2
        && matches!(tokens[k - 1].lower, "of" | "with")
        && (tokens[k - 2].info.is_media_noun() || hosts(&tokens[k - 2]))
}

/// The end of a programme's title in capitals, unquoted, at `start`: one
/// that holds a small word between its capitals ("Meet the Press", "Match
/// of the Day", "Real Time with Bill Maher"), as no place's name does ("on
/// Capitol Hill"), and that ends its clause before `limit` ("on Fox the
/// Democrats were" is none).
fn programme_title_end(tokens: &[Token], start: usize, limit: usize) -> Option<usize> {
    let mut end = name_run_at(tokens, start)?;
    let mut small_word = tokens[start..end].iter().any(|w| !w.capital);
    // (The word after the small ones may be a time's: "Day".)
    let capital = |k: usize| tokens.get(k).is_some_and(|w| w.is_word() && w.capital);
    loop {
        let small = match tokens.get(end..(end + 2).min(limit)) {
            Some([of, the]) if of.lower == "of" && the.lower == "the" => 2,
            Some([w, ..]) if matches!(w.lower, "the" | "with") && !w.capital => 1,
            _ => break,
        };
        if end + small >= limit || !capital(end + small) {
            break;
        }
        end = name_run_at(tokens, end + small).unwrap_or(end + small + 1);
        small_word = true;
    }
    let ends_clause = tokens
        .get(end)
        .is_none_or(|n| !n.is_word() || matches!(n.lower, "that" | "on" | "when"));
    (small_word && end <= limit && ends_clause).then_some(end)
}

/// The words a programme's title may follow: "on “Meet the Press”", "told
/// “Fox & Friends”".
fn is_programme_cue(word: &str) -> bool {
    matches!(word, "on" | "told" | "tells" | "telling")
}

/// Whether `t` may be a past participle: "released", "written", "told".
fn may_be_participle(t: &Token) -> bool {
    !t.capital && (t.lower.ends_with("ed") || t.lower.ends_with("en") || t.info.is_irregular_past())
}

/// "a draft seen by Reuters", "a study published Tuesday in the Lancet":
/// whether the participle at `k` brings in one who saw or printed a
/// document, not who wrote it.
fn brings_in_no_author(tokens: &[Token], k: usize) -> bool {
    let next = |n: usize| tokens.get(k + n).map_or("", |t| t.lower);
    match tokens[k].lower {
        "seen" | "obtained" | "reviewed" | "viewed" => next(1) == "by",
        "published" | "posted" | "printed" => (1..=3).any(|n| matches!(next(n), "in" | "on")),
        // ("a complaint filed in Brooklyn Criminal Court", "filed with the
        // SEC": where papers were filed, not who filed them.)
        "filed" | "lodged" | "submitted" => {
            (1..=3).any(|n| matches!(next(n), "in" | "with" | "at"))
        }
        _ => false,
    }
}

/// Where a gathering's phrase starts, its noun at `noun` and its modifiers
/// from `from`: a title, a place or an owner before the noun is the
/// gathering's ("a Senate hearing", "an MSNBC town hall", "Trump's rally"),
/// and so is all that follows it; a plain modifier alone is not ("a regular
/// press briefing"), nor a time ("Tuesday's hearing", "a Friday rally").
fn gathering_start(tokens: &[Token], from: usize, noun: usize) -> usize {
    (from..noun)
        .find(|&j| {
            (tokens[j].capital || tokens[j].possessive)
                && !is_determiner(&tokens[j])
                && !is_time_adjunct(tokens, j)
        })
        .unwrap_or(noun)
}

/// A noun for words said ("remark", "claim", "tweet"), or a speech, whose
/// words its owner said: "Reagan's “tear down this wall” speech".
fn is_words_noun(t: &Token) -> bool {
    t.info.is_speech_noun() || matches!(t.lower, "speech" | "speeches")
}

/// A word of a time adjunct: "on Thursday", "last week", "Monday
/// afternoon", "in 2010".
fn is_time_adjunct(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if t.info.is_time_word() || is_year(t) {
        return true;
    }
    let is_time = |n: &Token| n.info.is_time_word() || is_year(n);
    let next_is_time = tokens.get(k + 1).is_some_and(is_time);
    // ("late on Tuesday", "early in 2024".)
    let late_on = || {
        matches!(t.lower, "late" | "early")
            && tokens
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower, "on" | "in"))
            && tokens.get(k + 2).is_some_and(is_time)
    };
    (next_is_time
        && matches!(
            t.lower,
            "on" | "last" | "this" | "late" | "early" | "in" | "next" | "that"
        ))
        || late_on()
}

/// A comma or dash that opens or closes an aside.
fn is_delimiter(t: &Token) -> bool {
    t.is_punct(',') || is_dash(t)
}

/// "(Photo by Chip Somodevilla/Getty Images)", "Photo: Evan Vucci/AP",
/// "(AP Photo/Evan Vucci)", "Credit: Reuters", "(Reporting by Jane Doe;
/// Editing by Ann Lee)": a short paragraph, with no quote, that credits a
/// picture or the story's reporters, in whose names no one speaks. (Not a
/// caption, "Photo: President Joe Biden speaks in Ohio.": a picture's
/// credit says "by", names an agency after a slash, or is a few words.)
fn is_credit(tokens: &[Token]) -> bool {
    let credits = |k: usize| match tokens.get(k + 1).map(|n| n.lower) {
        Some("by") => true,
        Some(":" | "/") => tokens.len() <= 6 || tokens.iter().any(|t| t.is_punct('/')),
        _ => false,
    };
    let by = |k: usize| tokens.get(k + 1).is_some_and(|n| n.lower == "by");
    tokens.len() <= 32
        && tokens.iter().all(|t| t.quote().is_none())
        && tokens
            .iter()
            .take(3)
            .enumerate()
            .any(|(k, t)| match t.lower {
                "photo" | "photograph" | "photos" | "image" | "credit" => {
                    tokens.len() <= 16 && credits(k)
                }
                "reporting" | "editing" | "writing" | "compiled" => by(k),
                _ => false,
            })
}

/// "By Jane Doe", "By JANE DOE, Associated Press": one of an article's
/// first lines, short, opening with "By" and a name and not ending as a
/// sentence does ("By Trump's own account, it went well."), names who
/// wrote it.
fn is_byline(paras: &[Para], p: usize) -> bool {
    let tokens = &paras[p].tokens;
    p < 3
        && tokens.len() <= 16
        && !tokens.last().is_some_and(|t| t.is_punct('.'))
        && matches!(tokens.as_slice(), [by, name, ..] if by.capital && by.lower == "by" && is_name_word(name))
        && tokens.iter().all(|t| t.quote().is_none())
}

/// Whether a paragraph does not end like a sentence. A quotation's own
/// full stop ends one ("Rutte said: “… for unity.”").
fn ends_unpunctuated(text: &str, tokens: &[Token]) -> bool {
    !tokens
        .last()
        .is_some_and(|t| t.is_punct('.') || t.quote().is_some() && quote_ends_with(text, t, ['.']))
}

/// A headline in Title Case: most of its open-class words are capitalised.
/// Words the article writes in lower case somewhere are the test: two
/// capitalised ones of them in a headline make it Title Case, not names.
/// A first line with every open-class word capitalised is a headline too
/// when one of them never comes back in the article.
fn is_title_case(text: &str, paras: &[Para], p: usize) -> bool {
    let tokens = &paras[p].tokens;
    // "JEDDAH, Saudi Arabia (AP) — Crown Prince Mohammed bin Salman met
    // Biden on Friday.": a paragraph that opens with a wire dateline is the
    // story's first, however many names it capitalises.
    let dateline = tokens
        .iter()
        .take(12)
        .any(|t| t.sentence_end && matches!(t.lower, "—" | "–" | "-"));
    if dateline {
        return false;
    }
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !t.info.is_closed_class())
        .collect();
    let capitalised = words.iter().filter(|t| t.capital).count();
    // A first line that does not end like a sentence is a headline too.
    let unpunctuated = p == 0 && ends_unpunctuated(text, tokens);
    let enough = words.len() >= 5 || (unpunctuated && words.len() >= 3);
    if !enough || capitalised * 10 < words.len() * 8 {
        return false;
    }
    if unpunctuated {
        return true;
    }
    // The article is read only until two are found. A title before a name
    // is no evidence: running text capitalises it there too ("Prime
    // Minister Anthony Albanese visited Sydney." is a sentence, though "the
    // prime minister" follows).
    let mut wanted: FxHashMap<&str, usize> = FxHashMap::default();
    for (k, t) in tokens.iter().enumerate() {
        let before_a_name = t.info.is_title() && tokens.get(k + 1).is_some_and(|n| n.capital);
        if t.kind == TokenKind::Word && t.capital && !t.info.is_closed_class() && !before_a_name {
            *wanted.entry(t.lower).or_default() += 1;
        }
    }
    let mut common = 0;
    let mut seen_elsewhere: HashSet<&str> = HashSet::default();
    for (k, t) in paras
        .iter()
        .enumerate()
        .flat_map(|(k, para)| para.tokens.iter().map(move |t| (k, t)))
        .filter(|(_, t)| t.is_word())
    {
        if !t.capital {
            common += wanted.remove(t.lower).unwrap_or(0);
            if common >= 2 {
                return true;
            }
        } else if p == 0 && k != p {
            seen_elsewhere.insert(t.lower);
        }
    }
    // A first line's capitalised words that the article never uses again
    // ("Hillary Clinton Goes After …": "goes") are a headline's words, not
    // names: a name in a headline is the body's subject, and comes back. A
    // first name before a surname that comes back ("Vladimir Putin") is
    // part of a name all the same.
    let headline = &paras[p].tokens;
    let unused = (0..headline.len())
        .filter(|&k| {
            let t = &headline[k];
            let before_a_name = headline.get(k + 1).is_some_and(|n| {
                n.capital && !n.info.is_closed_class() && seen_elsewhere.contains(n.lower)
            });
            wanted.contains_key(t.lower)
                && t.capital
                && !seen_elsewhere.contains(t.lower)
                && !before_a_name
        })
        .count();
    // Only a line that writes every open-class word with a capital: a
    // sentence has lower-case words ("Putin met Xi").
    let all_capitalised = !headline
        .iter()
        .any(|t| t.is_word() && !t.capital && !t.info.is_closed_class());
    p == 0 && all_capitalised && common + unused >= 1
}

/// Whether the sentence of the description `f` says its source goes
/// unnamed: "requesting anonymity", "spoke anonymously", "asked not to be
/// named", "was not authorized to speak"; or the next one does, of "he",
/// "she", "they" or the one described ("He spoke on condition of
/// anonymity", "The official spoke …").
fn asks_anonymity(tokens: &[Token], f: Found) -> bool {
    let k = f.start;
    let start = start_of_sentence(tokens, k);
    let sentence_end = |from: usize| {
        tokens[from..]
            .iter()
            .position(|t| t.sentence_end)
            .map_or(tokens.len(), |e| from + e + 1)
    };
    let end = sentence_end(k);
    let described = &tokens[f.start..f.end];
    let of_them = match tokens.get(end..end + 2) {
        Some([the, noun]) if the.lower == "the" => described.iter().any(|t| t.lower == noun.lower),
        _ => tokens
            .get(end)
            .is_some_and(|t| matches!(t.lower, "he" | "she" | "they")),
    };
    let next = if of_them { sentence_end(end) } else { end };
    says_unnamed(&tokens[start..end]) || says_unnamed(&tokens[end..next])
}

/// Whether `sentence` says its source goes unnamed (`asks_anonymity`).
fn says_unnamed(sentence: &[Token]) -> bool {
    sentence.iter().enumerate().any(|(i, t)| {
        let denied = || {
            sentence[i.saturating_sub(4)..i]
                .iter()
                .any(|w| is_negation(w.lower) || matches!(w.lower, "declined" | "refused"))
        };
        matches!(t.lower, "anonymity" | "anonymously")
            || (matches!(
                t.lower,
                "named" | "identified" | "authorized" | "authorised"
            ) && denied())
    })
}

/// Where the sentence holding token `k` starts: after the last token
/// before `k` that ends a sentence.
fn start_of_sentence(tokens: &[Token], k: usize) -> usize {
    tokens[..k]
        .iter()
        .rposition(|t| t.sentence_end)
        .map_or(0, |e| e + 1)
}

/// The sentence ending where the one starting at token `start` (> 0)
/// begins, unless it holds a quote. A programme's title that opens it is
/// none ("On “Face the Nation,” Sen. Bernie Sanders identified …").
fn quoteless_sentence_before(tokens: &[Token], start: usize) -> Option<Range<usize>> {
    let prev_start = start_of_sentence(tokens, start - 1);
    let prev = prev_start..start;
    let opening_title = |k: usize| k == prev_start + 1 && tokens[prev_start].lower == "on";
    let holds_quote = prev
        .clone()
        .any(|k| tokens[k].quote().is_some() && !opening_title(k));
    (!holds_quote).then_some(prev)
}

/// The end of the name of an outlet at token `k`, after the kind of
/// medium it is: "(British newspaper) The Times", "(Portuguese daily) A
/// Bola", "O Globo". Such a name may open on its own article, English or
/// not, in capitals.
fn outlet_name_at(tokens: &[Token], k: usize) -> Option<usize> {
    let article = tokens
        .get(k)
        .is_some_and(|t| t.capital && matches!(t.lower, "the" | "a" | "o"))
        && tokens.get(k + 1).is_some_and(is_name_word);
    name_run_at(tokens, k + usize::from(article))
}

/// "CNN affiliate WPVI", "ABC station WPVI": where the name of a station
/// ends that follows a kind of medium in lower case at `k`, if one does.
fn station_named_at(tokens: &[Token], k: usize) -> Option<usize> {
    tokens
        .get(k)
        .filter(|t| !t.capital && t.info.is_outlet_kind())
        .and_then(|_| outlet_name_at(tokens, k + 1))
        .filter(|&e| !tokens[e - 1].possessive)
}

/// "“It is brutal,” another added", "Another, who asked not to be named,
/// said", "…, while another described": someone unnamed, alone before
/// `end` or after a conjunction, not the last speaker.
fn someone_else_ending_at(tokens: &[Token], floor: usize, end: usize) -> Option<Found> {
    let k = end.checked_sub(1).filter(|&k| k >= floor)?;
    let alone = || {
        k == floor
            || !tokens[k - 1].is_word()
            || matches!(tokens[k - 1].lower, "while" | "whereas" | "and" | "but")
    };
    (is_someone_else(&tokens[k]) && alone()).then_some(Found {
        who: Who::Description,
        start: k,
        end,
    })
}

/// A word that stands for one or more people left unnamed ("said
/// another", "others said", "someone yelled"): the subject of its verb,
/// and no one the article named.
fn is_someone_else(t: &Token) -> bool {
    matches!(
        t.lower,
        "another" | "others" | "one" | "some" | "many" | "several" | "someone" | "somebody"
    )
}

/// Whether the token at `k` stands in a phrase that opens the clause at
/// `floor` with a preposition or a participle ("In London, nurse Amira
/// Khan, 29, said", "Speaking in Paris, …"): such a phrase places the
/// speech, and its names are no subject.
fn in_opening_phrase(tokens: &[Token], floor: usize, k: usize) -> bool {
    // (Nor past a copula the phrase inverts: "Among them was Lisa Chen",
    // whose name is the subject.)
    if (floor..k).any(|j| {
        is_delimiter(&tokens[j]) || matches!(tokens[j].lower, "was" | "were" | "is" | "are")
    }) {
        return false;
    }
    let first = &tokens[floor];
    // ("Addressing a rally in Varanasi, the PM said": a participle with
    // its object or place after it; not a name such as "Fleming Smith".)
    let participle = first.is_word()
        && first.lower.len() > 5
        && first.lower.ends_with("ing")
        && !first.info.is_closed_class()
        && tokens
            .get(floor + 1)
            .is_some_and(|n| n.is_word() && !n.capital);
    // ("But Rachael Maskell, the MP for York Central, told": a
    // conjunction joins the sentence to the one before; it opens no
    // phrase.)
    participle
        || (first.is_word()
            && opens_a_phrase(first.lower, first.info)
            && !is_determiner(first)
            && !is_opening_conjunction(first))
}

/// Whether a word may open a phrase set before its clause ("In", "After",
/// "Despite"): a closed-class word that is no pronoun, article or
/// demonstrative.
fn opens_a_phrase(lower: &str, info: WordInfo) -> bool {
    info.is_closed_class()
        && info.pronoun().is_none()
        && !info.is_possessive_determiner()
        && !matches!(
            lower,
            "the" | "a" | "an" | "this" | "that" | "these" | "those"
        )
}

/// "In a filing with the Securities and Exchange Commission, it said",
/// "In a letter to Smith, he wrote": the names a pronoun's sentence opens
/// on as a preposition's objects, which the pronoun does not mean. Where
/// each starts, in bytes; none unless the pronoun at `pronoun` follows the
/// opening phrase.
fn opening_objects(tokens: &[Token], pronoun: usize) -> Vec<usize> {
    let floor = start_of_sentence(tokens, pronoun);
    let Some(comma) = (floor..pronoun).find(|&k| is_delimiter(&tokens[k])) else {
        return Vec::new();
    };
    if comma + 1 != pronoun {
        return Vec::new();
    }
    // "Asked whether President Biden would veto it, she said": whoever the
    // question names, the one asked is the sentence's subject.
    if let Some(asked) = asked_at(tokens, floor).filter(|&a| a < comma) {
        return (asked + 1..comma)
            .filter(|&k| tokens[k].capital)
            .map(|k| tokens[k].span.start)
            .collect();
    }
    if !in_opening_phrase(tokens, floor, comma) {
        return Vec::new();
    }
    let after_preposition = |k: usize| {
        let k = if k > floor && tokens[k - 1].lower == "the" {
            k - 1
        } else {
            k
        };
        k > floor && is_preposition(tokens[k - 1].lower)
    };
    (floor + 1..comma)
        .filter(|&k| is_name_word(&tokens[k]) && !is_name_word(&tokens[k - 1]))
        .filter(|&k| after_preposition(k))
        .map(|k| tokens[k].span.start)
        .collect()
}

/// Where a sentence starting at `start` says its subject was asked: "Asked
/// about …", "When asked whether …", "Pressed on …". The index of that word.
fn asked_at(tokens: &[Token], start: usize) -> Option<usize> {
    let asked = start + usize::from(tokens.get(start)?.lower == "when");
    tokens
        .get(asked)
        .filter(|t| matches!(t.lower, "asked" | "pressed" | "questioned"))
        .map(|_| asked)
}

/// Whether a name run at `start` opens on "the" or follows one ("The
/// King", "the Dutch King"): titles alone there describe someone.
fn opens_on_the(tokens: &[Token], start: usize) -> bool {
    tokens[start].lower == "the" || start > 0 && tokens[start - 1].lower == "the"
}

/// A small word inside a programme's or a publication's title that no
/// name's run crosses: "Mail on Sunday", "Real Time with Bill Maher".
fn joins_a_title(t: &Token) -> bool {
    matches!(t.lower, "on" | "with")
}

/// Whether `phrase`, after a channel's preposition or "took to", names a
/// medium in a few words: capitalised ("CNN", "X"), or a medium's noun or
/// an outlet's word ("social media").
fn names_a_medium_briefly(phrase: &[Token]) -> bool {
    (1..=4).contains(&phrase.len())
        && phrase.iter().all(Token::is_word)
        && phrase
            .iter()
            .any(|t| t.capital || t.info.is_media_noun() || t.info.is_outlet())
}

/// A modifier that says where a body is based: "Seattle-based",
/// "London-headquartered". Its place is no name of the body.
fn is_base_modifier(t: &Token) -> bool {
    t.lower.ends_with("-based") || t.lower.ends_with("-headquartered")
}

/// A preposition that places what it follows: "a sign outside his office",
/// "a woman near the Capitol", "a source within the campaign", whose object
/// is no subject.
fn places(lower: &str) -> bool {
    matches!(
        lower,
        "outside" | "inside" | "within" | "near" | "behind" | "across" | "around" | "throughout"
    )
}

/// The endings of an adjective that may open a tabloid's sentence or
/// headline before a name: "Defiant Starmer", "Heartbroken Tom Hill",
/// "Furious Piers".
const ADJECTIVE_ENDINGS: [&str; 12] = [
    "ant", "ent", "ive", "ous", "ful", "less", "ed", "en", "ing", "ic", "al", "ish",
];

/// Whether the name at token `start` is the last of names joined by
/// "and" after a preposition inside the clause: "Goals from Bukayo Saka,
/// Martin Odegaard and Kai Havertz sealed it" (its object, as the first
/// is, not the verb's subject). A comma in the list is an opening
/// phrase's when the sentence opens on a preposition: "At a rally in
/// Ohio, Biden and Harris said".
fn joins_a_prepositions_object(tokens: &[Token], start: usize) -> bool {
    let mut k = start;
    let (mut joined, mut comma) = (false, false);
    while k > 0 && !tokens[k - 1].sentence_end {
        let t = &tokens[k - 1];
        if matches!(t.lower, "and" | "or") {
            joined = true;
        } else if t.is_punct(',') {
            comma = true;
        } else if !is_name_word(t) {
            break;
        }
        k -= 1;
    }
    if !joined || k < 2 || !is_preposition(tokens[k - 1].lower) {
        return false;
    }
    let sentence_start = (0..k - 1)
        .rfind(|&j| tokens[j].sentence_end)
        .map_or(0, |j| j + 1);
    k - 1 > sentence_start && !(comma && is_preposition(tokens[sentence_start].lower))
}

/// A preposition whose object may be a name ("with the SEC", "to Smith").
fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "about"
            | "against"
            | "at"
            | "by"
            | "for"
            | "from"
            | "in"
            | "into"
            | "of"
            | "on"
            | "to"
            | "toward"
            | "towards"
            | "with"
    )
}

/// "Boeing", "TikTok", "SANA": a name of one word, no given name, of no
/// known kind, which may be a body's ("it") once it speaks.
fn is_a_lone_word(e: &names::Entity) -> bool {
    e.kind == EntityKind::Unknown && matches!(&e.tokens[..], [one] if !is_given_name(one.info))
}

/// The one item `items` yields, if it yields exactly one.
fn the_only<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Whether `words` hold an office's qualifier ("former", "deputy") that
/// `descriptors`, what the article said of someone, lack: "the former Fed
/// chair" is another office than "Fed chair Jerome Powell" holds.
fn qualified_otherwise(words: &[Token], descriptors: &[names::Word]) -> bool {
    words
        .iter()
        .any(|w| w.info.is_office_qualifier() && !descriptors.iter().any(|d| d.lower == w.lower))
}

/// Whether `d` makes an office a deputy's or a shadow's, another office
/// ("Vice President", "shadow chancellor"); not a former holder's.
fn is_a_deputys_qualifier(d: &names::Word) -> bool {
    d.info.is_office_qualifier() && !matches!(d.lower, "former" | "ex")
}

/// Where the name whose possessive is at `owner` starts: "Saudi Arabia's".
fn owners_name_start(tokens: &[Token], floor: usize, owner: usize) -> usize {
    let mut start = owner;
    while start > floor
        && is_name_word(&tokens[start - 1])
        && !tokens[start - 1].possessive
        && !tokens[start - 1].sentence_end
    {
        start -= 1;
    }
    start
}

/// Whether the "and" at `k` joins two titles or descriptions before a
/// name: "founder and CEO Jensen Huang", "chairman and chief executive".
/// The caller keeps `k` off the ends of the words it reads.
fn joins_roles(tokens: &[Token], k: usize) -> bool {
    let role = |t: &Token| t.info.is_title() || t.info.has_description();
    tokens[k].lower == "and" && role(&tokens[k - 1]) && role(&tokens[k + 1])
}

/// The body a description speaks for, named before its noun at `at` or
/// after its "for" ("A Downing Street spokesman", "a spokeswoman for
/// Google"), not a place it is in ("A federal judge in Texas") nor a place
/// that owns it ("Russia's foreign minister").
fn body_spoken_for<'t>(described: &[Token<'t>], at: usize) -> Vec<&'t str> {
    let for_body = described
        .get(at + 1)
        .filter(|t| t.lower == "for")
        .map_or(&[][..], |_| &described[at + 2..]);
    described[..at]
        .iter()
        .chain(for_body)
        .filter(|t| is_name_word(t) && !t.possessive && !looks_like_demonym(t.lower))
        .map(|t| t.lower)
        .collect()
}

/// The office of state a leader's title names, one for all its words:
/// "premier" and "PM" are the prime minister.
fn state_office(title: &str) -> Option<&'static str> {
    match title {
        "president" => Some("president"),
        "prime minister" | "pm" | "premier" => Some("prime minister"),
        "chancellor" => Some("chancellor"),
        _ => None,
    }
}

/// Whether `noun` is the initials of consecutive words of `words`: "pm"
/// of "Prime Minister", "ceo" of "Chief Executive Officer".
fn spells_initials(noun: &str, words: &[names::Word]) -> bool {
    noun.len() >= 2
        && noun.len() <= words.len()
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && words.windows(noun.len()).any(|run| {
            run.iter()
                .zip(noun.bytes())
                .all(|(w, letter)| w.lower.as_bytes().first() == Some(&letter))
        })
}

/// Whether nothing but punctuation follows the quote at `q` in its
/// paragraph: no word and no other quote.
fn ends_its_paragraph(tokens: &[Token], q: usize) -> bool {
    tokens[q + 1..]
        .iter()
        .all(|t| !t.is_word() && t.quote().is_none())
}

/// "shares", "stock": what a company's name goes with ("Boeing shares",
/// "shares of Boeing").
fn is_shares(t: &Token) -> bool {
    matches!(t.lower, "shares" | "stock")
}

/// "the", "a", "his", "Lind's": a word that opens a noun phrase, after which
/// no adverb stands ("the family", not an adverb in "-ly").
fn is_determiner(t: &Token) -> bool {
    matches!(t.lower, "the" | "a" | "an") || t.possessive || t.info.is_possessive_determiner()
}

/// Whether token `end` may be a common noun: a lower-case word neither of
/// speech nor of a closed class, nor a past tense ("the Security Council
/// issued").
fn noun_after(tokens: &[Token], end: usize) -> bool {
    // ("The analyst Tom Smith put it bluntly": a word with a pronoun for
    // its object is a verb.)
    let object_after = tokens
        .get(end + 1)
        .is_some_and(|o| o.info.pronoun().is_some() && !o.info.is_possessive_determiner());
    tokens.get(end).is_some_and(|t| {
        t.is_word()
            && !t.capital
            && !t.info.is_closed_class()
            && !t.info.is_speech_verb()
            && !is_past_tense(t)
    }) && !object_after
}

/// A verb whose object is the one spoken to: "told Starmer", "asked Bo
/// Diaz".
fn addresses_someone(lower: &str) -> bool {
    matches!(lower, "told" | "tells" | "asked" | "asks")
}

/// A word in lower case of an open class, not a possessive: one that may
/// describe a noun after its owner ("Trump's latest claim") or be a verb
/// after "to".
fn is_plain_lowercase_word(t: &Token) -> bool {
    t.is_word() && !t.capital && !t.possessive && !t.info.is_closed_class()
}

/// "thousands", "dozens": a round count of many, in the plural.
fn is_a_round_count(lower: &str) -> bool {
    matches!(
        lower,
        "tens" | "dozens" | "scores" | "hundreds" | "thousands" | "millions"
    )
}

/// A word that counts people without a number: "Many residents",
/// "Several environmental groups".
fn is_quantifier(lower: &str) -> bool {
    matches!(lower, "many" | "some" | "most" | "several")
}

/// Whether a word may open an indefinite description: "a", "an",
/// "another", or a count ("Several environmental groups", "Two
/// senators").
fn opens_indefinitely(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "another") || is_quantifier(lower) || is_number_word(lower)
}

/// Whether a capital word after `prev` may open a sentence: after a
/// sentence's end, or after a colon ("“Betrayal”: Farmers turn on
/// Labour").
fn may_open_a_sentence_after(prev: &Token) -> bool {
    prev.sentence_end || prev.is_punct(':')
}

/// Where a paragraph's words start after a live blog's timestamp, when
/// its tokens before the quote at `q` open on one: "14:32 GMT –",
/// "2.35pm:". Otherwise 0. (A time has a separator, a zone or "am"/"pm",
/// and a dash or colon after it: "10 Downing Street:" opens on none.)
fn live_blog_time_end(text: &str, tokens: &[Token], q: usize) -> usize {
    let digits_at = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.lower.starts_with(|c: char| c.is_ascii_digit()))
    };
    if !digits_at(0) {
        return 0;
    }
    let mut k = 1;
    let mut is_time = tokens[0].lower.contains(['.', ':']) || tokens[0].lower.ends_with('m');
    if k + 1 < q && (tokens[k].is_punct(':') || tokens[k].is_punct('.')) && digits_at(k + 1) {
        is_time = true;
        k += 2;
    }
    // ("GMT", "ET", "pm", "p.m.")
    let zone = tokens.get(k).is_some_and(|t| {
        t.is_word()
            && (matches!(t.lower, "am" | "pm" | "a.m." | "p.m.")
                || (t.span.len() <= 4 && in_capitals(text, t)))
    });
    if zone {
        is_time = true;
        k += 1;
    }
    let marked = tokens.get(k).is_some_and(|t| t.is_punct(':') || is_dash(t));
    // ("14:02 Reeves: ‘…’": a clock's time may stand before the name with
    // no mark between.)
    let bare = tokens.get(k).is_some_and(|t| t.capital) && k < q;
    if is_time && marked && k + 1 < q {
        k + 1
    } else if is_time && bare {
        k
    } else {
        0
    }
}

/// Whether the words between two names make them a couple: " and ", or
/// " and his wife ", ", and her husband, ". (Not ", and ", which ends a
/// list.)
fn names_a_couple(between: &str) -> bool {
    let mut words = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    between == " and "
        || (words.next() == Some("and")
            && matches!(
                (words.next(), words.next(), words.next()),
                (
                    Some("his" | "her"),
                    Some("wife" | "husband" | "partner"),
                    None
                )
            ))
}

/// A word for a relative: "brother", "wife", "widow".
fn is_kin_noun(lower: &str) -> bool {
    matches!(
        lower,
        "brother"
            | "sister"
            | "son"
            | "daughter"
            | "father"
            | "mother"
            | "mum"
            | "mom"
            | "dad"
            | "wife"
            | "husband"
            | "widow"
            | "widower"
            | "grandson"
            | "granddaughter"
            | "twin"
    )
}

/// "Chens" → "Chen", "Joneses" → "Jones": a family name written in the
/// plural, in the singular.
fn singular_family_name(plural: &str) -> Option<&str> {
    let sibilant = ["ses", "xes", "zes", "ches", "shes"]
        .iter()
        .any(|end| plural.ends_with(end));
    let singular = if sibilant {
        plural.strip_suffix("es")
    } else {
        plural.strip_suffix('s')
    };
    singular.filter(|s| s.len() >= 2)
}

/// Whether the name at `start` is given as someone's relative: "his wife,
/// Ann", "my mother Olive", and the second of a pair, "my parents, James
/// and Olive Meehan".
fn names_a_relative(tokens: &[Token], start: usize) -> bool {
    let second_of_pair = start >= 2
        && tokens[start - 1].lower == "and"
        && is_name_word(&tokens[start - 2])
        && kin_noun_before(tokens, start - 2).is_some();
    kin_noun_before(tokens, start).is_some() || second_of_pair
}

/// The index of the relative's noun, in the singular or the plural, that
/// a name at `start` follows, past a comma: "wife" in "his wife, Ann",
/// "parents" in "my parents, James".
fn kin_noun_before(tokens: &[Token], start: usize) -> Option<usize> {
    let comma = usize::from(start > 0 && tokens[start - 1].is_punct(','));
    let noun = start.checked_sub(1 + comma)?;
    let lower = tokens[noun].lower;
    let kin = is_kin_noun(lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|one| is_kin_noun(one) || one == "parent");
    kin.then_some(noun)
}

/// The gender "her" or "his" gives the one it owns for, as the grammar
/// says; none for another word ("my", "their", "Smith's").
fn possessive_gender(t: &Token) -> Option<Gender> {
    t.info
        .is_possessive_determiner()
        .then(|| gender_of([t.info]))
        .flatten()
}

/// "OpenAI", "PayPal", "JPMorgan": a capital inside a word is no English
/// word's, but a name's.
fn has_inner_capital(text: &str, t: &Token) -> bool {
    let printed = &text[t.span.start..t.span.end];
    printed.chars().skip(1).any(char::is_uppercase) && printed.chars().any(char::is_lowercase)
}

/// "announced", "hit": a past tense, regular or in the grammar's list.
/// (A regular one has more than four letters: "red", "seed" are none.)
fn is_past_tense(t: &Token) -> bool {
    (t.lower.len() > 4 && t.lower.ends_with("ed")) || t.info.is_irregular_past()
}

/// Whether the name run `[start, end)` modifies a noun: a determiner before
/// it (past a few lower-case modifiers) and a lower-case word after it that
/// is neither a verb of speech nor a closed-class word.
fn is_attributive(tokens: &[Token], start: usize, end: usize) -> bool {
    let noun_after = noun_after(tokens, end);
    let determiner_before = tokens[..start]
        .iter()
        .rev()
        .take(3)
        .find(|t| !(t.is_word() && !t.capital && !t.info.is_closed_class()))
        .is_some_and(is_determiner);
    noun_after && determiner_before
}

/// A pronoun as an object, one person or several: "quoted him as saying",
/// "according to them".
fn object_pronoun(lower: &str) -> Option<PronounKind> {
    match lower {
        "him" | "her" => Some(PronounKind::Singular),
        "them" => Some(PronounKind::Plural),
        _ => None,
    }
}

/// A conjunction that may open a sentence, joining it to the one before:
/// "But …", "And …", "Yet …".
#[inline]
fn is_opening_conjunction(t: &Token) -> bool {
    matches!(t.lower, "and" | "but" | "or" | "so" | "yet")
}

/// A noun for someone who does something, by its English suffix:
/// "questioner", "protesters", "economist", "participant", "historian".
fn is_agent_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    // "said the 45-year-old": an age stands for the person.
    singular.ends_with("-year-old")
        || singular.len() > 4
            && ["er", "or", "ist", "ant", "ent", "ian"]
                .iter()
                .any(|suffix| singular.ends_with(suffix))
}

/// An em dash, an en dash or a horizontal bar (as HuffPost sets its
/// dashes), or a hyphen set as one (British sites print " - ", old wire
/// copy "--"): each sets off an aside or a clause.
fn is_dash(t: &Token) -> bool {
    t.is_punct('—') || t.is_punct('–') || t.is_punct('―') || t.is_punct('-')
}

/// A person's age set off after their name or description: a number of
/// up to three digits ("Novak Djokovic, 37,", "The defendant, 34,").
fn is_age(t: &Token) -> bool {
    t.is_numeral() && t.lower.len() <= 3
}

/// A year: four digits ("in 2010").
fn is_year(t: &Token) -> bool {
    t.lower.len() == 4 && t.is_numeral()
}

/// "84-page": a document's length.
fn is_page_count(t: &Token) -> bool {
    t.lower
        .strip_suffix("-page")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// "not", "never", "didn't", "neither": a word that denies what follows.
fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "never" | "neither" | "nor" | "no")
        || word.ends_with("n't")
        || word.ends_with("n’t")
}
