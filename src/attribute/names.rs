//! Names in an article: who is mentioned, in which words, and which mentions
//! are one person or body ("Putin", "Mr. Putin", "Russian President Vladimir
//! Putin" → Vladimir Putin).

use rustc_hash::FxHashMap;

use crate::grammar::{Aliases, WordInfo};
use crate::text::{Span, Token, TokenKind};

/// What kind of thing a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    Organisation,
    /// A single capitalised word with no title: a person, a place or a body.
    Unknown,
}

/// A person or body the article names. Its words borrow from the article
/// (or the arena of its lowercased words).
#[derive(Debug, Clone)]
pub struct Entity<'a> {
    /// The fullest form of the name in the article, titles stripped.
    pub name: String,
    /// Lowercased words of `name`.
    pub tokens: Vec<Word<'a>>,
    pub kind: EntityKind,
    /// Titles and modifiers the article gives it ("russian", "president",
    /// "spokesperson"), lowercased, each once.
    pub descriptors: Vec<Word<'a>>,
    /// When it was last mentioned, in the order mentions were read.
    last_seen: usize,
    /// Some mention of its name does not follow "the" ("Boeing said", not
    /// only "the Federal Reserve"): see `Attributor::named_as_a_body`.
    pub named_bare: bool,
    /// The lemma of the name its name is a form of (`aliases.tsv`): "federal
    /// reserve" for "Federal Reserve" (and for "Fed").
    alias: Option<&'a str>,
}

impl Entity<'_> {
    /// The gender its descriptors give ("Mrs.", "spokesman"), or else its
    /// given name ("Hillary Clinton"), if any. A lone word is more often a
    /// surname than a given name ("Warren"), and says nothing.
    pub fn gender(&self) -> Option<Gender> {
        gender_of(self.descriptors.iter().map(|w| w.info)).or_else(|| match &self.tokens[..] {
            [first, _, ..] => given_name_gender(first.info),
            // (A given name the article gave a family's name: "Mark", of
            // "Mark and Lisa Chen", is "Mark Chen".)
            [first] if self.name.contains(' ') => given_name_gender(first.info),
            _ => None,
        })
    }
}

/// A lowercased word with what the grammar says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub lower: &'a str,
    pub info: WordInfo,
}

impl<'a> Word<'a> {
    pub fn of(token: &Token<'a>) -> Self {
        Word {
            lower: token.lower,
            info: token.info,
        }
    }
}

/// One place where the article mentions an entity.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    /// Followed by what looks like a verb: the subject of its clause.
    pub subject: bool,
    pub possessive: bool,
    /// Part of a pair such as "Xi and Putin" ("they" may point here).
    pub plural: bool,
}

/// The entities and mentions of one article, built in reading order.
#[derive(Debug)]
pub struct Names<'a> {
    /// The grammar's forms of names: "Fed" is the Federal Reserve.
    aliases: &'a Aliases,
    pub entities: Vec<Entity<'a>>,
    pub mentions: Vec<Mention>,
    /// The entities whose names hold or held each word: a name is compared
    /// only with those that share a word with it, not with every entity.
    by_word: FxHashMap<&'a str, Vec<usize>>,
    /// Scratch space for `link`'s candidates, kept between calls.
    candidates: Vec<usize>,
}

/// For how many name mentions a person named first keeps a surname they
/// share with someone named later (see `Names::link`).
const SURNAME_REACH: usize = 25;

/// Connectors that may stand inside a name ("Bank of America", "Charles de
/// Gaulle").
pub fn is_connector(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "de"
            | "van"
            | "von"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "du"
            | "da"
            | "del"
            | "der"
            | "di"
            | "ibn"
            // "Erik ten Hag", "Gerard ter Borch", "Bruno dos Santos"
            | "ten"
            | "ter"
            | "dos"
            | "das"
            // "Pieter van den Berg", "Ricardo de los Santos"
            | "den"
            | "des"
            | "los"
            | "las"
            | "della"
            // "Corriere dello Sport", "Banca dei Territori" (not "do", an
            // English verb: "Democrats do Trump a favour")
            | "dello"
            | "delle"
            | "degli"
            | "dei"
            // "Bild am Sonntag", "Frankfurt am Main", "Karl-Theodor zu
            // Guttenberg"
            | "am"
            | "zu"
    )
}

/// A word that may be part of a name: capitalised, not a closed-class word,
/// a time word or a speech verb.
pub fn is_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.capital
        && !t.info.is_closed_class()
        && !t.info.is_time_word()
        && !t.info.is_speech_verb()
        && !t.lower.chars().all(|c| c.is_numeric())
}

/// Whether a person is a woman or a man, as the article's words say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender words give (by what the grammar says of them), when they
/// give one and only one.
pub fn gender_of(words: impl IntoIterator<Item = WordInfo>) -> Option<Gender> {
    let (mut female, mut male) = (false, false);
    for info in words {
        female |= info.is_female();
        male |= info.is_male();
    }
    one_gender(female, male)
}

/// Whether the grammar knows the word as a given name, of either gender.
pub fn is_given_name(info: WordInfo) -> bool {
    info.is_given_female() || info.is_given_male()
}

/// The gender most bearers of a given name have ("Hillary", "Charlie").
pub fn given_name_gender(info: WordInfo) -> Option<Gender> {
    one_gender(info.is_given_female(), info.is_given_male())
}

/// The gender said, when one and only one is.
fn one_gender(female: bool, male: bool) -> Option<Gender> {
    match (female, male) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// Whether two people may be one: neither gender is known, or they are the
/// same.
pub fn genders_agree(a: Option<Gender>, b: Option<Gender>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// A quoted nickname inside a name (`Marcia "Cia" Price`): the tokenizer
/// gives such a quote token its words and a capital.
pub fn is_nickname(t: &Token) -> bool {
    t.quote().is_some() && t.capital
}

/// Whether the "and" at `k` stands inside one body's name ("the Food and
/// Drug Administration", "Immigration and Customs Enforcement"): the name
/// words after it run to a word that heads a body's name. Between two
/// people ("Xi and Putin") it stays a conjunction.
/// (Or to a plural before "of" and a name: "the Pharmaceutical Research
/// and Manufacturers of America".)
pub fn joins_a_bodys_name(tokens: &[Token], k: usize) -> bool {
    // (Up to a title: "Health and Human Services Secretary Xavier Becerra"
    // names the secretary of a body.)
    let words = tokens[k + 1..]
        .iter()
        .take(4)
        .take_while(|t| is_name_word(t) && !t.possessive && !t.info.is_title())
        .count();
    let Some(last) = words.checked_sub(1).map(|n| &tokens[k + 1 + n]) else {
        return false;
    };
    let plural_of = || {
        last.lower.len() > 3
            && last.lower.ends_with('s')
            && !is_given_name(last.info)
            && tokens.get(k + 1 + words).is_some_and(|t| t.lower == "of")
            && tokens.get(k + 2 + words).is_some_and(is_name_word)
    };
    last.info.is_organisation_head() || last.info.is_business_line() || plural_of()
}

/// The initials of a name's capitalised words: "Securities and Exchange
/// Commission" → "SEC".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// The initials of every part of a person's name, in capitals: "Mohammed
/// bin Salman" → "MBS", "Alexandria Ocasio-Cortez" → "AOC".
fn persons_initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// A run of name words: `[start, end)` token indices. None at the end of
/// the tokens too: callers ask after a word that may be the last ("… on").
pub fn name_run_at(tokens: &[Token], start: usize) -> Option<usize> {
    let first = tokens.get(start)?;
    let opens_with_month = || {
        is_name_month(tokens, start)
            && tokens.get(start + 1).is_some_and(is_name_word)
            && !tokens[start + 1].info.is_title()
    };
    if is_a_persons_office(tokens, start) {
        return None;
    }
    if !is_name_word(first)
        && !opens_with_month()
        && !is_outlets_time_word(tokens, start)
        && !is_number_ten(tokens, start)
    {
        return None;
    }
    let mut end = start + 1;
    // Past "for" after a body's head ("Centers for …") the name is a body's.
    let mut in_body = false;
    while end < tokens.len() {
        let t = &tokens[end];
        if tokens[end - 1].possessive && !possessive_inside_name(&tokens[end - 1], t) {
            break;
        }
        // ("in a post on X. Altman responded": no name goes on past its
        // sentence's end.)
        if tokens[end - 1].sentence_end {
            break;
        }
        // Inside a name a capitalised speech verb is a name word ("United States").
        let continues_name = (t.kind == TokenKind::Word
            && t.capital
            && !t.info.is_closed_class()
            && !t.info.is_time_word())
            || is_nickname(t)
            || is_station_number(tokens, end)
            || (end == start + 1 && is_number_ten(tokens, start))
            || is_outlets_time_word(tokens, end)
            || ends_with_name_month(tokens, end);
        if is_name_word(t) || continues_name {
            end += 1;
        } else if t.lower == "of"
            && (names_a_person_before(tokens, start, end) || joins_a_body_after(tokens, start, end))
        {
            // "Christopher van Dyck of Yale University": a person's
            // affiliation, not "Bank of America".
            break;
        } else if let Some(particles) = particles_at(tokens, end) {
            // ("Department of Health and Social Care": past a body's head
            // and "of", as past its "for", the name is a body's.)
            in_body |= t.lower == "of" && tokens[end - 1].info.is_organisation_head();
            end += particles + 1;
        } else if of_the_in_a_title(tokens, start, end) {
            // "Match of the Day", "Bank of the West"
            end += 3;
        } else if (t.is_punct('&') && tokens.get(end + 1).is_some_and(|n| is_name_word(n)))
            // "Florida Power & Light", "Procter & Gamble"
            || (t.lower == "and"
                && !titles_a_person(tokens, start, end)
                && (joins_a_bodys_name(tokens, end)
                    || in_body && tokens.get(end + 1).is_some_and(continues_a_body)))
        {
            end += 2;
        } else if is_a_names_capitalised_particle(tokens, end) {
            // "Reporters Without Borders", "Mothers Against Drunk Driving",
            // "Save Our Fields": inside a sentence, a capital gives a
            // preposition to a name.
            end += 2;
        } else if let Some(holder_end) = office_holder_run(tokens, end) {
            end = holder_end;
            break;
        } else if (t.lower == "for" && tokens[end - 1].info.is_organisation_head()
            || t.lower == "on" && tokens[end - 1].info.is_topic_body())
            && let Some(after) = [end + 1, end + 2].into_iter().find(|&k| {
                tokens
                    .get(k)
                    .is_some_and(|n| is_name_word(n) && !n.info.is_time_word())
                    && (k == end + 1 || tokens[end + 1].lower == "the")
            })
        {
            // "Centers for Disease Control and Prevention", "Center for
            // Strategic and International Studies", "Institute for the
            // Study of War", "Commission on Presidential Debates"
            in_body = true;
            end = after + 1;
        } else if let Some(body_end) = spoken_body_for(tokens, end) {
            // "Transport for London said", "Americans for Prosperity said":
            // a name that speaks goes on past "for" ("Support for Ukraine
            // waned" does not speak).
            in_body = true;
            end = body_end;
        } else {
            break;
        }
    }
    Some(end)
}

/// The end of a body's name that goes on past "for" at `k` to a name
/// and a verb of speech: "Transport for London said".
fn spoken_body_for(tokens: &[Token], k: usize) -> Option<usize> {
    if tokens[k].lower != "for" {
        return None;
    }
    let after = k + 1 + usize::from(tokens.get(k + 1).is_some_and(|t| t.lower == "the"));
    let end = name_run_at(tokens, after)?;
    tokens
        .get(end)
        .is_some_and(|t| t.info.is_speech_verb() && !t.capital)
        .then_some(end)
}

/// Whether the capitalised word at `k`, a preposition, "our" or "not",
/// joins the name words on either side: "Reporters Without Borders",
/// "Hope Not Hate". Not after a sentence's end, where any word is
/// capitalised, nor after a dotted abbreviation, which may end one
/// unmarked ("held in the U.S. In Ankara"). The caller has a word before
/// `k`.
fn is_a_names_capitalised_particle(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.capital
        && t.is_word()
        && matches!(
            t.lower,
            "against" | "for" | "in" | "of" | "on" | "to" | "with" | "without" | "our" | "not"
        )
        && is_name_word(&tokens[k - 1])
        && !tokens[k - 1].sentence_end
        && !tokens[k - 1].lower.contains('.')
        && tokens.get(k + 1).is_some_and(is_name_word)
}

/// Whether the "of" at `end` joins two words or more that hold no body's
/// word to a body's name of two words or more ("Rich Greenfield of
/// LightShed Partners", whose given name the lists lack), not a body's
/// words to a place, a topic or its own head ("Bank of America", "Knights
/// of Columbus", "Joint Chiefs of Staff").
fn joins_a_body_after(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = &tokens[start..end];
    let body_word = |t: &Token| t.info.is_organisation_head() || t.info.is_outlet();
    before.len() >= 2 && !before.iter().any(|t| body_word(t) || t.info.is_title()) && {
        // (The name words after it, read plainly: a name run here would
        // recurse at every "of" of a long run.)
        let after = tokens[end + 1..]
            .iter()
            .take_while(|t| is_name_word(t))
            .count();
        after >= 2 && body_word(&tokens[end + after])
    }
}

/// Whether `[start, end)` names a person by given name and surname, after
/// any titles or nouns of description ("Dr. Ronald Petersen", "Christopher
/// van Dyck", "Researcher Tom Hill"): a name of two words or more whose
/// first is a given name.
fn names_a_person_before(tokens: &[Token], start: usize, end: usize) -> bool {
    let first =
        (start..end).find(|&k| !tokens[k].info.is_title() && !tokens[k].info.has_description());
    first.is_some_and(|k| end - k >= 2 && is_given_name(tokens[k].info))
}

/// Whether the name words `[start, end)` are titles and then two words
/// or more of a name: "Finance Minister Nirmala Sitharaman", a person,
/// whom an "and" after does not join to a body's name ("and External
/// Affairs Minister S Jaishankar").
fn titles_a_person(tokens: &[Token], start: usize, end: usize) -> bool {
    tokens[start].info.is_title()
        && (start..end)
            .find(|&k| !tokens[k].info.is_title())
            .is_some_and(|k| end - k >= 2)
}

/// Whether "of the" at `k` joins a body's or an outlet's name to the name
/// word (or time word) after it: "BBC Match of the Day", "Bank of the
/// West". Not a person's: "Del. Stacey Plaskett of the Virgin Islands" is
/// her seat.
fn of_the_in_a_title(tokens: &[Token], start: usize, k: usize) -> bool {
    matches!(
        tokens.get(k..k + 3),
        Some([of, the, next]) if of.lower == "of" && the.lower == "the" && !the.capital
            && (is_name_word(next) || next.capital && next.info.is_time_word())
    ) && (tokens[start..k]
        .iter()
        .any(|t| t.info.is_organisation_head() || t.info.is_outlet())
        || a_plural_heads_a_body(tokens, start, k))
}

/// Whether the name from `start` is a word in the plural alone before the
/// "of" at `of`, which heads a body's name: "the Knights of Columbus",
/// "Friends of the Earth", "the Daughters of the American Revolution".
/// (Not a surname that ends so, "Williams of Texas": only after "the" or
/// before "of the".)
fn a_plural_heads_a_body(tokens: &[Token], start: usize, of: usize) -> bool {
    let head = past_the(tokens, start);
    let word = &tokens[head];
    let after_the = head > 0 && tokens[head - 1].lower == "the";
    of == head + 1
        && word.capital
        && word.lower.len() > 3
        && has_s_ending(word.lower)
        && !word.possessive
        && !word.info.is_title()
        && !is_given_name(word.info)
        && (after_the || tokens.get(of + 1).is_some_and(|t| t.lower == "the"))
}

/// Whether a word ends in the "-s" of a plural noun or of a verb's present
/// third person singular: "protesters", "says", not "said" nor "discuss".
pub fn has_s_ending(lower: &str) -> bool {
    lower.ends_with('s') && !lower.ends_with("ss")
}

/// Where a name after token `k` starts: past a "the" there ("told the
/// BBC", "quoted by the Times"), or at `k`.
pub fn past_the(tokens: &[Token], k: usize) -> usize {
    k + usize::from(tokens.get(k).is_some_and(|t| t.lower == "the"))
}

/// How many lower-case connectors stand at `k` before a name word inside a
/// name: one ("Charles de Gaulle", "Bank of America") or two ("Ursula von
/// der Leyen", "Pieter van den Berg").
pub fn particles_at(tokens: &[Token], k: usize) -> Option<usize> {
    // (Asked after most names: the common answer, none, is found first.)
    let is_particle = |t: &Token| !t.capital && t.is_word() && is_connector(t.lower);
    let first = tokens.get(k).filter(|t| is_particle(t))?;
    let particles = 1 + usize::from(tokens.get(k + 1).is_some_and(is_particle));
    let next = tokens.get(k + particles)?;
    // ("In Ohio ten Republicans said": a number, not "ten Hag".)
    let a_count = matches!(first.lower, "ten" | "ter") && next.lower.ends_with('s');
    (is_name_word(next) && !a_count).then_some(particles)
}

/// A capitalised month that is also a name ("May", "Jan"), where a name
/// may stand: opening a sentence or a clause, after a quotation, a speech
/// verb or a title ("said Jan Peters", "reporter April Ryan"); not after a
/// preposition ("in May", "on Jan. 6").
pub fn is_name_month(tokens: &[Token], k: usize) -> bool {
    is_month_that_names(&tokens[k])
        && (k == 0 || {
            let before = &tokens[k - 1];
            before.sentence_end
                || !before.is_word()
                || before.info.is_speech_verb()
                || before.info.is_title()
                || before.info.has_description()
        })
}

/// "Theresa May", "Mrs May", "Dong Jun": a month that is also a name ends
/// a name after a given name or a title, or after any name word but for
/// "May", a verb too ("Apple May Raise Prices"); unless a date's number
/// follows ("Biden May 3").
fn ends_with_name_month(tokens: &[Token], k: usize) -> bool {
    let before = &tokens[k - 1];
    is_month_that_names(&tokens[k])
        && (is_given_name(before.info)
            || before.info.is_title()
            || (tokens[k].lower != "may" && is_name_word(before)))
        && tokens.get(k + 1).is_none_or(|n| !n.is_numeral())
}

/// "May", "Jan": a capitalised month that the grammar knows as a name too.
fn is_month_that_names(t: &Token) -> bool {
    t.capital && t.info.is_time_word() && t.info.may_be_surname()
}

/// A capitalised time word in an outlet's name, before the outlet's word:
/// "The Sunday Times", "the Yorkshire Evening Post". (Or "Us" inside a
/// sentence, a pronoun no name opens with: "told Us Weekly".)
fn is_outlets_time_word(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.capital
        && (t.info.is_time_word()
            || (t.lower == "us" && !crate::text::starts_a_sentence(tokens, k)))
        && !t.possessive
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.capital && (n.info.is_outlet() || n.info.is_media_noun()))
}

/// A number in words, "one" to "ten", as it may count people ("Two
/// Democratic senators") or end a thing's name ("Air Force One").
pub fn is_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// "St Mary's Hospital", "Boston Children's Hospital", "the National
/// Farmers' Union": a possessive inside a name, before the institution it
/// names.
fn names_an_institution(t: &Token) -> bool {
    t.capital
        && matches!(
            t.lower,
            "hospital"
                | "college"
                | "school"
                | "church"
                | "cathedral"
                | "hospice"
                | "infirmary"
                | "union"
                | "association"
                | "federation"
                | "institute"
                | "guild"
                | "league"
                | "society"
                | "trust"
                | "fund"
        )
}

/// Whether the possessive `owner` stands inside a name before `next`:
/// before an institution ("St Mary's Hospital"), as a title's office ("the
/// U.S. Attorney's Office"), or as a people's ("People's Daily", "the
/// Workers' Party", "Children's Commissioner Anne Longfield").
pub fn possessive_inside_name(owner: &Token, next: &Token) -> bool {
    // (Most possessives are followed by a word in lower case: asked first.)
    if !next.capital {
        return false;
    }
    let a_peoples = matches!(
        owner.lower,
        "people" | "peoples" | "workers" | "farmers" | "children" | "women" | "veterans"
    );
    names_an_institution(next)
        || is_a_titles_office(owner, next)
        || (a_peoples && owner.capital && is_name_word(next))
}

/// "the U.S. Attorney's Office", "the Los Angeles County Sheriff's
/// Department": an office named by the title of whoever holds it. (A
/// person's office is no name: "Netanyahu's Office".)
fn is_a_titles_office(title: &Token, t: &Token) -> bool {
    t.capital
        && matches!(t.lower, "office" | "department")
        && title.capital
        && title.info.is_title()
        && !is_given_name(title.info)
}

/// "Netanyahu's Office said": whether token `k` is a person's office,
/// capitalised as some papers do; no name of its own, but what "Netanyahu's
/// office" is.
pub fn is_a_persons_office(tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[k - 1].possessive
        && tokens[k - 1].capital
        && tokens[k].capital
        && matches!(tokens[k].lower, "office" | "department")
        && !is_a_titles_office(&tokens[k - 1], &tokens[k])
}

/// "No 10", "Number 10": Downing Street, as British papers name it ("No 10
/// said", "a No 10 spokesman").
pub fn is_number_ten(tokens: &[Token], k: usize) -> bool {
    matches!(
        tokens.get(k..k + 2),
        Some([no, ten]) if no.capital && matches!(no.lower, "no" | "no." | "number") && ten.lower == "10"
    )
}

/// "Radio 4", "Channel 5": a number is part of a broadcaster's name after
/// a capitalised word for a medium; and "Rossiya 1", "BBC 2", a short one
/// after an outlet's name where nothing it counts follows ("told CNN 10
/// days ago").
pub fn is_station_number(tokens: &[Token], k: usize) -> bool {
    let (before, t) = (&tokens[k - 1], &tokens[k]);
    before.capital
        && t.is_numeral()
        && (before.info.is_outlet_kind()
            || before.info.is_outlet()
                && t.lower.len() <= 2
                && tokens.get(k + 1).is_none_or(|n| !n.is_word() || n.capital))
}

/// "Speaker of the House Newt Gingrich": a title, "of the" at `of`, and a
/// run that names the office and then its holder read as one name. Where
/// that name ends; none when no one holds the office in it ("Speaker of
/// the House").
pub fn office_holder_run(tokens: &[Token], of: usize) -> Option<usize> {
    let title = &tokens[of - 1];
    let the = tokens.get(of + 1).is_some_and(|t| t.lower == "the");
    let office = of + 1 + usize::from(the);
    // (Irish and British offices take "for": "Minister for Health Stephen
    // Donnelly".)
    let joined = match tokens[of].lower {
        "of" => the,
        "for" => true,
        _ => false,
    };
    if !(joined && title.capital && title.info.is_title())
        || tokens.get(office).is_none_or(|t| !is_name_word(t))
    {
        return None;
    }
    let end = name_run_at(tokens, office)?;
    office_holder(tokens, office, end).map(|_| end)
}

/// Whether token `i` stands in the office of a run `office_holder_run`
/// reads: "States" in "President of the United States Barack Obama" is no
/// verb.
pub fn in_office_holder_run(tokens: &[Token], i: usize) -> bool {
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| tokens[k + 1].capital)
        .any(|k| {
            let of = match tokens[k].lower {
                "the" if k >= 2 => k - 1,
                "for" if k >= 1 => k,
                _ => return false,
            };
            office_holder_run(tokens, of).is_some_and(|end| end > i)
        })
}

/// Where the name of an office's holder starts in `[office, end)`, the
/// office's words and then the name: at the last given name with a
/// surname after it ("State John Kerry"), or else at the last two words
/// when they are plain name words after at least one of the office's
/// ("Homeland Security Jeh Johnson"; not "Health and Human Services").
fn office_holder(tokens: &[Token], office: usize, end: usize) -> Option<usize> {
    if let Some(k) = (office + 1..end.saturating_sub(1))
        .rev()
        .find(|&k| is_given_name(tokens[k].info))
    {
        return Some(k);
    }
    let plain = |t: &Token| {
        is_name_word(t)
            && !t.possessive
            && !t.info.is_organisation_head()
            && !t.info.is_title()
            && !t.info.is_media_noun()
    };
    (end >= office + 3
        && is_name_word(&tokens[end - 3])
        && !is_connector(tokens[end - 3].lower)
        && tokens[end - 2..end].iter().all(plain))
    .then(|| end - 2)
}

/// A word that goes on a body's name after "and", where a person's name
/// would not: "… and Prevention", not "… and Hillary Clinton".
fn continues_a_body(t: &Token) -> bool {
    is_name_word(t) && !t.info.is_title() && given_name_gender(t.info).is_none()
}

/// "Jane Smith MP", "Sir Keir Starmer MP", "Claire Kerrane TD": letters
/// after a person's name (a name's suffix, not a generation's: "Jr.",
/// "III") are no part of it. Not after a party or a body ("Labour Party
/// MP", "Tory MP").
fn ends_in_post_nominal(tokens: &[Token], start: usize, end: usize) -> bool {
    let last = &tokens[end - 1];
    let generational = matches!(last.lower, "jr" | "sr")
        || last.lower.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    if end - start < 3 || !last.info.is_name_suffix() || generational {
        return false;
    }
    let Some(first) = (start..end - 1).find(|&k| !tokens[k].info.is_title()) else {
        return false;
    };
    let name = &tokens[first..end - 1];
    is_given_name(tokens[first].info)
        || (name.len() >= 2
            && !looks_like_demonym(tokens[first].lower)
            && name.iter().all(|t| {
                t.capital
                    && !t.possessive
                    && !t.info.is_organisation_head()
                    && !t.info.is_group_name()
                    && !t.info.is_title()
            }))
}

/// A name run cut into its titles and its core name.
#[derive(Debug, Clone)]
pub struct SplitName {
    /// Token index where the core name starts.
    pub core_start: usize,
    pub end: usize,
    pub kind: EntityKind,
}

/// Splits tokens `[start, end)` into titles and a core name: everything up
/// to the last title word is a title ("Russian President | Vladimir Putin").
/// A run whose last word heads an organisation's name is kept whole.
pub fn split_name(tokens: &[Token], start: usize, end: usize) -> SplitName {
    let end = end - usize::from(ends_in_post_nominal(tokens, start, end));
    let of = (start + 1..end).find(|&i| {
        matches!(tokens[i].lower, "of" | "for")
            || tokens[i].lower == "on" && tokens[i - 1].info.is_topic_body()
    });
    // "Bank of England", "The Centers for Disease Control and Prevention".
    let head = start + usize::from(tokens[start].lower == "the" && start + 1 < end);
    // ("Texas Department of Public Safety": a body's head before "of",
    // after a place; not "Jane Park of the Mayo Clinic", a person's name.
    // A head that may be a surname is a body's after no given name: "the
    // U.S. Court of International Trade".)
    // (Nor has a person's name an "and": "the Pharmaceutical Research and
    // Manufacturers of America".)
    let body_first = tokens[head].info.is_organisation_head()
        || of.is_some_and(|of| a_plural_heads_a_body(tokens, start, of))
        || of.is_some_and(|of| {
            !is_given_name(tokens[head].info)
                && tokens[head + 1..of].iter().any(|t| {
                    t.lower == "and"
                        || t.info.is_organisation_head()
                            && (!t.info.may_be_surname() || of - head == 2)
                })
        });
    // "Director of National Intelligence James Clapper", "Speaker of the
    // House Newt Gingrich" (whose run starts after "the"): a title's "of"
    // names the office, and the person's name follows the office. (So
    // does Irish and British "for": "Minister for Health Stephen Donnelly".)
    let titled_of = |k: usize| {
        k >= 1
            && matches!(tokens[k].lower, "of" | "for")
            && tokens[k - 1].capital
            && tokens[k - 1].info.is_title()
    };
    let office = if start >= 2 && tokens[start - 1].lower == "the" && titled_of(start - 2) {
        Some(start)
    } else {
        of.filter(|&of| !body_first && titled_of(of))
            .map(|of| past_the(tokens, of + 1))
    }
    .filter(|&office| office < end);
    // "the Duke of Sussex", "the Princess of Wales": a royal's or a peer's
    // title and a place are the name they are known by.
    if let Some(of) = of
        && of == head + 1
        && tokens[head].info.is_regnal_title()
        && tokens[of + 1..end]
            .iter()
            .all(|t| t.capital && !t.info.is_title())
    {
        return SplitName {
            core_start: head,
            end,
            kind: EntityKind::Person,
        };
    }
    if let Some(office) = office {
        match office_holder(tokens, office, end) {
            Some(core_start) => {
                return SplitName {
                    core_start,
                    end,
                    kind: EntityKind::Person,
                };
            }
            // "The Secretary of Health said": an office and no one's name
            // ("Secretary of State Kerry" has a title before the name).
            None if !tokens[office..end].iter().any(|t| t.info.is_title()) => {
                return SplitName {
                    core_start: end,
                    end,
                    kind: EntityKind::Unknown,
                };
            }
            None => {}
        }
    }
    // "Sheriff Joe Arpaio of Maricopa County", "Mayor Bill de Blasio of New
    // York City": a titled person of a place, though the place ends like a
    // body's name. ("Secretary of State John Kerry" is titles before "of".)
    if let Some(of) = of
        && !body_first
        && !tokens[of - 1].info.is_title()
        && let Some(last_title) = (start..of).rev().find(|&i| tokens[i].info.is_title())
    {
        return SplitName {
            core_start: last_title + 1,
            end: of,
            kind: EntityKind::Person,
        };
    }
    // "Bank of England Governor Andrew Bailey": a body's name, then a
    // title and a person's name, is the person. (Not a title inside the
    // body's name: "Foundation for the Defense of Democracies".)
    // (After "on" a topic's words may be titles' too: "the Council on
    // Foreign Relations".)
    if let Some(of) = of
        && body_first
        && tokens[of].lower != "on"
        && !tokens[end - 1].info.is_organisation_head()
        && let Some(title) = (of + 1..end - 1)
            .rev()
            .find(|&i| tokens[i].info.is_title() && !tokens[i].possessive)
        && tokens[title + 1..end].iter().all(|t| t.capital)
    {
        return SplitName {
            core_start: title + 1,
            end,
            kind: EntityKind::Person,
        };
    }
    // "Jane Park", "Emily Post", "Dr. Alan Park": a given name before a
    // head word that is also a surname, after any titles, is a person's name.
    let first = (start..end)
        .find(|&k| !tokens[k].info.is_title())
        .unwrap_or(start);
    let surname_head = end - first == 2
        && is_given_name(tokens[first].info)
        && tokens[end - 1].info.may_be_surname();
    // ("Procter & Gamble": no person's name joins words with "&".)
    // ("Amnesty International", "Nestlé SA": a company's or a body's last
    // word after its name; "Thames Water", "Duke Energy": or its line of
    // business, after a word that is no given name.)
    let business_line =
        tokens[end - 1].info.is_business_line() && !is_given_name(tokens[head].info);
    if (tokens[end - 1].info.is_organisation_head() && !surname_head)
        || (end - start >= 2 && (is_company_suffix(tokens[end - 1].lower) || business_line))
        || (of.is_some() && end - start > 2 && body_first)
        || tokens[start..end].iter().any(|t| t.is_punct('&'))
    {
        let core_start = if tokens[start].lower == "the" {
            start + 1
        } else {
            start
        };
        return SplitName {
            core_start,
            end,
            kind: EntityKind::Organisation,
        };
    }
    // "Larry King", "Rep. King": a title that is also a surname ends the
    // name when a given name or an abbreviated title stands before it.
    // ("Martin Luther King Jr.": the surname before a generational suffix.)
    let last = end - 1 - usize::from(end - start >= 3 && tokens[end - 1].info.is_name_suffix());
    // ("Billie Jean King", "Coretta Scott King": two words of a name
    // before it, none a title, and the first no people's adjective; a
    // middle name may look like one: "Jean". And no "the": "the South
    // Korean King" is a title.)
    // (Or one such word that describes nothing, a given name the lists
    // lack: "Amartya Sen", "Hun Sen".)
    let named_before = |last: usize| {
        let first_word = &tokens[first];
        let after_the = (start..=first)
            .chain(start.checked_sub(1))
            .any(|k| tokens[k].lower == "the");
        let one_plain_word = last == first + 1 && !first_word.info.has_description();
        (last >= first + 2 || one_plain_word)
            && !after_the
            && (!looks_like_demonym(first_word.lower) || is_given_name(first_word.info))
            && tokens[first..last]
                .iter()
                .all(|t| is_name_word(t) && !t.info.is_title())
    };
    let surname_title = last > start && tokens[last].info.may_be_surname() && {
        let before = tokens[last - 1].info;
        let given_name = given_name_gender(before).is_some() && !before.is_title();
        given_name || (before.is_title() && before.is_abbreviation()) || named_before(last)
    };
    let titles_end = if surname_title { last } else { end };
    // A possessive is an owner, not a title: "King's College London".
    // ("State Farm": "State" titles only with an office after it, "State
    // Sen. Ann Lee", or as one, "Secretary of State John Kerry".)
    // (Nor is a particle in lower case: "Rubén del Campo", though "Del."
    // titles a delegate; with its stop: "Del Toro" is a name.)
    // (Nor an outlet's word that ends the name after a word that is no
    // title: "Capital FM" is a station, "FM Nirmala Sitharaman" a
    // minister.)
    let outlets_word = |i: usize| {
        i + 1 == end && i > start && tokens[i].info.is_outlet() && !tokens[i - 1].info.is_title()
    };
    let last_title = (start..titles_end)
        .rev()
        .find(|&i| {
            let t = &tokens[i];
            t.info.is_title()
                && !t.possessive
                && (!is_connector(t.lower) || (t.capital && t.span.len() > t.lower.len()))
                && !outlets_word(i)
        })
        .filter(|&i| !(i == start && tokens[i].lower == "state"));
    let mut core_start = last_title.map_or(start, |i| i + 1);
    // "Democrat of Vermont": titles and a place, no one's name.
    if core_start + 1 < end && !tokens[core_start].capital {
        return SplitName {
            core_start: core_start + 1,
            end,
            kind: EntityKind::Unknown,
        };
    }
    // "Kevin McCarthy of California": a person's name ends before "of".
    let mut end = (core_start + 1..end)
        .find(|&i| tokens[i].lower == "of")
        .unwrap_or(end);
    // "Republican Donald Trump": a party or nationality adjective is a
    // descriptor, not part of the name. (A given name is not: "Dan", "Eric"
    // and "Mitch" end like one.)
    // ("Pacific Gas & Electric" joins its words: a company's name.)
    // (Known as such, or before a given name: "Hassan Ait Belhaj" ends
    // like "Sudan" but is all a name.)
    if end - core_start >= 3
        && looks_like_demonym(tokens[core_start].lower)
        && !is_given_name(tokens[core_start].info)
        && (tokens[core_start].info.has_description() || is_given_name(tokens[core_start + 1].info))
        && tokens[core_start..end].iter().all(is_name_word)
    {
        core_start += 1;
    }
    // "former Miss Universe Alicia Machado", "Miss America Gretchen
    // Carlson": after a title, a word that is no given name before one that
    // is, and a surname after, is part of the title.
    // (Not an initial: "Solicitor General D. John Sauer".)
    let initial = |t: &Token| t.lower.trim_end_matches('.').chars().count() == 1;
    if last_title.is_some()
        && end - core_start >= 3
        && !initial(&tokens[core_start])
        && !is_given_name(tokens[core_start].info)
        && given_name_gender(tokens[core_start + 1].info).is_some()
        && tokens[core_start..end].iter().all(is_name_word)
    {
        core_start += 1;
    }
    // "President Obama Speech at …" (a caption in Title Case): a titled
    // person's name does not end in a word for a medium.
    while last_title.is_some() && end - core_start >= 2 && tokens[end - 1].info.is_media_noun() {
        end -= 1;
    }
    // ("Air Force One", "Formula One": a name that ends in a number is a
    // thing's, not a person's.)
    let numbered = end - core_start >= 2 && is_number_word(tokens[end - 1].lower);
    // ("the Daily Mail", "the Financial Times": a name ending in an
    // outlet's word is the outlet's, as is one with such a word before a
    // number, "BBC One", "BBC Radio 4"; "Amy Sun", a given name first, is a
    // person's.)
    let outlet = (tokens[end - 1].info.is_outlet()
        || (numbered || end - core_start >= 2 && tokens[end - 1].is_numeral())
            && tokens[core_start..end - 1]
                .iter()
                .any(|t| t.info.is_outlet() || t.info.is_media_noun()))
        && !is_given_name(tokens[core_start].info);
    // ("Chelsea TV", "Real Madrid TV": no one's surname is a broadcaster's
    // word, whatever the name before it.)
    let broadcaster =
        end - core_start >= 2 && matches!(tokens[end - 1].lower, "tv" | "television" | "radio");
    // ("The Long Water", "the Great Lakes": a name of several words right
    // after "the", untitled and with no given name first, is a thing's or
    // a place's as often as a person's.)
    let after_the = core_start > 0 && tokens[core_start - 1].lower == "the";
    let kind = if outlet || broadcaster {
        EntityKind::Organisation
    } else if numbered
        || (after_the && last_title.is_none() && !is_given_name(tokens[core_start].info))
    {
        EntityKind::Unknown
    } else if last_title.is_some() || end - core_start >= 2 {
        EntityKind::Person
    } else {
        EntityKind::Unknown
    };
    SplitName {
        core_start,
        end,
        kind,
    }
}

impl<'a> Names<'a> {
    /// Room for names of about `words` distinct words, so that the word
    /// index is not rehashed as an article's names are read.
    pub fn with_capacity(words: usize, aliases: &'a Aliases) -> Self {
        let mut by_word = FxHashMap::default();
        by_word.reserve(words);
        Names {
            aliases,
            entities: Vec::new(),
            mentions: Vec::new(),
            by_word,
            candidates: Vec::new(),
        }
    }

    /// Links a name to an entity, creating or enlarging one. `descriptors`
    /// are the title words around this mention.
    pub fn link(
        &mut self,
        text: &str,
        tokens: &[Token<'a>],
        split: &SplitName,
        descriptors: impl Iterator<Item = Word<'a>> + Clone,
    ) -> usize {
        let core = &tokens[split.core_start..split.end];
        // "Mr. Obama" and "the first lady, Michelle Obama" are two people;
        // so are "Mr. Trump" and "Ivanka Trump", by her given name.
        let gender = gender_of(descriptors.clone().map(|w| w.info)).or_else(|| match core {
            [first, _, ..] => given_name_gender(first.info),
            _ => None,
        });
        let same_gender = |e: &Entity| genders_agree(gender, e.gender());
        // "President Biden … His son, Hunter Biden": a relative named in
        // full, by kinship ("first lady" too), is someone else than the one
        // the article titled by the bare family name.
        let kin = core.len() >= 2
            && descriptors.clone().any(|w| {
                super::is_kin_noun(w.lower)
                    || (matches!(w.lower, "lady" | "gentleman")
                        && descriptors.clone().any(|f| f.lower == "first"))
            });
        let titled_bare =
            |e: &Entity| e.tokens.len() == 1 && e.descriptors.iter().any(|d| d.info.is_title());
        // "Donald Trump" and "Donald Trump Jr." are father and son: two
        // full names a generation apart ("Jr.", "Sr.", "III") are two
        // people. (Not letters of another kind: "Jane Smith MP" is she.)
        let core_generation = generation(core.iter().map(|t| (t.lower, t.info)));
        let another_generation = |e: &Entity| {
            core_generation.is_some_and(|ours| {
                generation(e.tokens.iter().map(|w| (w.lower, w.info)))
                    .is_some_and(|theirs| theirs != ours)
            })
        };
        let holds = |name: &[Word], words: &[Token]| {
            words
                .iter()
                .all(|w| name.iter().any(|n| same_name_word(n.lower, w.lower)))
        };
        // "Boeing" after "Boeing Co." (or before it) is the company: names
        // that differ only by a company's suffix. ("Washington" is not the
        // Washington Post.)
        let by_suffix = |e: &Entity| {
            let in_core = |w: &str| core.iter().any(|t| t.lower == w);
            let in_entity = |w: &str| e.tokens.iter().any(|t| t.lower == w);
            let extra = e
                .tokens
                .iter()
                .map(|t| t.lower)
                .filter(|w| !in_core(w))
                .chain(core.iter().map(|t| t.lower).filter(|w| !in_entity(w)));
            extra.clone().next().is_some() && extra.into_iter().all(is_company_suffix)
        };
        // ("Park shrugs", after "Eleanor Park": a head word that is a
        // surname too is the person's, not a park. So is an outlet's word
        // without "the": "Sun wept", after "Linda Sun", is no paper.)
        let after_the = split.core_start > 0 && tokens[split.core_start - 1].lower == "the";
        let surname = |e: &Entity| {
            matches!(core, [word] if (word.info.may_be_surname() || (word.info.is_outlet() && !after_the))
                && e.tokens.last().is_some_and(|w| same_name_word(w.lower, word.lower)))
        };
        let compatible = |e: &Entity| match (e.kind, split.kind) {
            (EntityKind::Organisation, EntityKind::Organisation) => true,
            (EntityKind::Person, EntityKind::Organisation) if surname(e) => true,
            (EntityKind::Organisation, EntityKind::Unknown)
            | (EntityKind::Unknown, EntityKind::Organisation) => by_suffix(e),
            (EntityKind::Organisation, _) | (_, EntityKind::Organisation) => false,
            _ => true,
        };
        // The most recently mentioned entity whose name holds this one, or
        // is held by it: either way, one that shares a word with it.
        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        candidates.extend(
            core.iter()
                .filter_map(|t| self.by_word.get(without_article(t.lower)))
                .flatten(),
        );
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.entities[i];
                compatible(e)
                    && same_gender(e)
                    && !(kin && titled_bare(e))
                    && !another_generation(e)
                    && (holds(&e.tokens, core)
                        || (e.kind != EntityKind::Organisation
                            && e.tokens
                                .iter()
                                .all(|w| core.iter().any(|t| same_name_word(t.lower, w.lower)))))
            })
            // A name that ends where this one ends ("President Trump" for
            // "Trump") before one it merely starts ("a Trump Tower project").
            // A bare surname two people share is the one named first, as
            // news style has it: "Ahmad Jamal … His daughter, Sumayah Jamal,
            // … Jamal, who was born in Pittsburgh": the relative named later
            // goes by her full or first name. (Only while the first is still
            // in play, mentioned among the last `SURNAME_REACH` names.)
            .max_by_key(|&i| {
                let e = &self.entities[i];
                let same_end = e
                    .tokens
                    .last()
                    .zip(core.last())
                    .is_some_and(|(w, t)| same_name_word(w.lower, t.lower));
                let in_play = self.mentions.len() < e.last_seen + SURNAME_REACH;
                let bare_surname =
                    core.len() == 1 && same_end && e.kind == EntityKind::Person && in_play;
                let recency = if bare_surname {
                    usize::MAX - i
                } else {
                    e.last_seen
                };
                // ("Mrs. Clinton", after "Bill Clinton" and "Hillary
                // Clinton": the one known of the name's gender before one
                // whose gender is unknown, "Bill" being no given name the
                // lists know.)
                let known_gender = gender.is_some() && e.gender() == gender;
                (same_end, known_gender, bare_surname, recency, i)
            });
        self.candidates = candidates;
        // "SEC" after "the Securities and Exchange Commission": a name in
        // capitals spelling the initials of a body named before is that body.
        // ("MBS" after "Mohammed bin Salman", "AOC" after "Alexandria
        // Ocasio-Cortez": of three letters or more, a person's initials,
        // every part of the name counted, are the person.)
        let found = found.or_else(|| match core {
            [one] => {
                // ("The NAACP's president": without its possessive.)
                let word = printed_word(text, one);
                let acronym =
                    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
                let a_persons = word.len() >= 3 && !one.info.is_outlet();
                // ("Mrs Obama", after "Barack Obama and his wife
                // Michelle": a surname titled for one gender that links to
                // no one else is the person of that gender the article gave
                // that family name, whose own words are a given name alone,
                // `give_the_family_name`.)
                // (A parent before a child: "Mrs Whitfield", after "Sarah
                // and Tom Whitfield said their daughter Isla …", is Sarah;
                // the child only when no one else bears the name.)
                let relative = || {
                    let mut relatives = (0..self.entities.len()).rev().filter(|&i| {
                        let e = &self.entities[i];
                        e.kind == EntityKind::Person
                            && e.tokens.len() == 1
                            && e.name
                                .rsplit_once(' ')
                                .is_some_and(|(_, family)| family.eq_ignore_ascii_case(word))
                            && same_gender(e)
                    });
                    let first = relatives.next()?;
                    let a_child = |i: usize| {
                        self.entities[i]
                            .descriptors
                            .iter()
                            .any(|d| is_child_noun(d.lower))
                    };
                    match a_child(first) {
                        true => relatives.find(|&i| !a_child(i)).or(Some(first)),
                        false => Some(first),
                    }
                };
                match acronym {
                    true => (0..self.entities.len()).rev().find(|&i| {
                        let e = &self.entities[i];
                        e.tokens.len() >= 2
                            && match e.kind {
                                EntityKind::Person => {
                                    a_persons && persons_initials(&e.name) == word
                                }
                                // ("IAM" for "International Association
                                // of Machinists and Aerospace Workers":
                                // or the name's words before its "and".)
                                _ => {
                                    initials(&e.name) == word
                                        || e.name
                                            .split_once(" and ")
                                            .is_some_and(|(first, _)| initials(first) == word)
                                }
                            }
                    }),
                    false if gender.is_some() && split.kind != EntityKind::Organisation => {
                        relative()
                    }
                    false => None,
                }
            }
            _ => None,
        });
        // Whether the name is longer than the entity's: new words for it.
        let longer =
            |found: Option<usize>| found.is_none_or(|i| core.len() > self.entities[i].tokens.len());
        // (The form is looked up only for a name new or longer: most are
        // neither.)
        let alias = longer(found).then(|| self.alias_of(text, core)).flatten();
        let found = found.or_else(|| {
            let lemma = alias.filter(|_| split.kind != EntityKind::Person)?;
            (0..self.entities.len()).rev().find(|&i| {
                let e = &self.entities[i];
                e.kind != EntityKind::Person && e.alias == Some(lemma)
            })
        });
        // Whether the entity's words are new to the word index.
        let renamed = longer(found);
        let index = match found {
            Some(i) => {
                let e = &mut self.entities[i];
                if renamed {
                    e.tokens = core.iter().map(Word::of).collect();
                    e.name = display_name(text, tokens, split);
                    e.alias = alias;
                } else if core.len() == e.tokens.len()
                    && !e.name.bytes().any(|b| b.is_ascii_lowercase())
                {
                    // ("HALEY:", a transcript's label, then "Haley told
                    // supporters": the name as prose prints it.)
                    let prose = display_name(text, tokens, split);
                    if prose.bytes().any(|b| b.is_ascii_lowercase()) {
                        e.name = prose;
                    }
                }
                // ("Boeing shares slide … Boeing Co.": the company's full
                // name says what the bare one was.)
                if split.kind == EntityKind::Person
                    || (split.kind == EntityKind::Organisation && e.kind == EntityKind::Unknown)
                {
                    e.kind = split.kind;
                }
                i
            }
            None => {
                self.entities.push(Entity {
                    name: display_name(text, tokens, split),
                    tokens: core.iter().map(Word::of).collect(),
                    kind: split.kind,
                    descriptors: Vec::new(),
                    last_seen: 0,
                    named_bare: false,
                    alias,
                });
                self.entities.len() - 1
            }
        };
        if renamed {
            for w in &self.entities[index].tokens {
                let holders = self.by_word.entry(without_article(w.lower)).or_default();
                if !holders.contains(&index) {
                    holders.push(index);
                }
            }
        }
        let known = &mut self.entities[index].descriptors;
        for d in descriptors {
            if !known.contains(&d) {
                known.push(d);
            }
        }
        index
    }

    /// The lemma of the name these words are a form of: "federal reserve"
    /// for "Federal Reserve" and for "Fed", so that "the Fed", after "the
    /// Federal Reserve", is that body (`link`; a person's name is no form),
    /// as "the Pentagon" is the Defense Department.
    fn alias_of(&self, text: &str, core: &[Token]) -> Option<&'a str> {
        // (Most names start no form: they are asked nothing more.)
        if !core.first()?.info.may_start_alias() {
            return None;
        }
        let printed: Vec<&str> = core.iter().map(|t| printed_word(text, t)).collect();
        self.aliases.lemma(&printed)
    }

    /// Whether the name of some entity holds `word`.
    pub fn knows_word(&self, word: &str) -> bool {
        self.holders_of(word).next().is_some()
    }

    /// Whether the name of some person holds `word`: "Biden" after "Joe
    /// Biden".
    pub fn a_persons_word(&self, word: &str) -> bool {
        self.holders_of(word)
            .any(|e| self.entities[e].kind == EntityKind::Person)
    }

    /// The entities whose names hold `word` (lowercased), from the word
    /// index: not every entity is looked at.
    pub fn holders_of<'s>(&'s self, word: &'s str) -> impl Iterator<Item = usize> + 's {
        self.by_word
            .get(without_article(word))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&e| {
                self.entities[e]
                    .tokens
                    .iter()
                    .any(|t| same_name_word(t.lower, word))
            })
    }

    /// Adds what the article says of an entity beside its name: its party
    /// and state ("D-Conn.").
    pub fn describe(&mut self, entity: usize, words: impl Iterator<Item = Word<'a>>) {
        let known = &mut self.entities[entity].descriptors;
        for w in words {
            if !known.contains(&w) {
                known.push(w);
            }
        }
    }

    /// The mentions that start before byte `pos`, in the order of the text.
    /// Once the names are read their mentions are sorted, so these are a
    /// prefix (`Attributor::collect_names` sorts them last).
    pub fn mentions_before(&self, pos: usize) -> &[Mention] {
        &self.mentions[..self.mentions.partition_point(|m| m.span.start < pos)]
    }

    /// Records a mention of an entity.
    pub fn push_mention(&mut self, mention: Mention) {
        self.entities[mention.entity].last_seen = self.mentions.len() + 1;
        self.mentions.push(mention);
    }
}

/// The name as printed, possessive endings removed. A royal's or a pope's
/// one name (perhaps with a number: "Charles III") keeps its title ("Pope
/// Francis", "King Charles III").
fn display_name(text: &str, tokens: &[Token], split: &SplitName) -> String {
    let one_name = match &tokens[split.core_start..split.end] {
        [_] => true,
        [_, numeral] => numeral.info.is_name_suffix(),
        _ => false,
    };
    let start = split.core_start;
    let regnal = one_name && start > 0 && {
        let title = &tokens[start - 1];
        title.capital && title.info.is_regnal_title() && !title.possessive
    };
    printed_name(text, &tokens[start - usize::from(regnal)..split.end])
}

/// Words as printed, possessive endings removed (but for one inside the
/// name: "St Mary's Hospital", "the Sheriff's Office").
fn printed_name(text: &str, core: &[Token]) -> String {
    // Written into one string: no list of words to join.
    let mut name = String::with_capacity(core.iter().map(|t| t.span.len() + 1).sum());
    // ("LUIZ INACIO LULA DA SILVA:", a wire's list in capitals: a name is
    // printed as names are, "Luiz Inacio Lula da Silva"; not one with a
    // body's word or a stop in it, which may hold an acronym: "U.S.
    // CENTRAL COMMAND".)
    let shouted = core.len() >= 2
        && core.iter().all(|t| {
            let word = &text[t.span.start..t.span.end];
            word.chars().any(char::is_alphabetic)
                && !word.chars().any(|c| c.is_lowercase() || c == '.')
                && !t.info.is_organisation_head()
                && !is_company_suffix(t.lower)
        });
    if shouted {
        for (k, t) in core.iter().enumerate() {
            if k > 0 {
                name.push(' ');
            }
            let word = printed_word(text, t).to_lowercase();
            if k > 0 && is_connector(&word) {
                name.push_str(&word);
                continue;
            }
            let mut chars = word.chars();
            name.extend(chars.next().into_iter().flat_map(char::to_uppercase));
            name.push_str(chars.as_str());
        }
        return name;
    }
    for (k, t) in core.iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        match core
            .get(k + 1)
            .is_some_and(|n| possessive_inside_name(t, n))
        {
            true => name.push_str(&text[t.span.start..t.span.end]),
            false if k == 0 && shouted_lede(text, core) => {
                let word = printed_word(text, t);
                let mut chars = word.chars();
                name.extend(chars.next());
                name.extend(chars.flat_map(char::to_lowercase));
            }
            // ("said Amrita Sen.": a surname that is also an abbreviated
            // title ends with no stop of its own.)
            false if k + 1 == core.len() && t.info.may_be_surname() => {
                name.push_str(printed_word(text, t).trim_end_matches('.'));
            }
            false => name.push_str(printed_word(text, t)),
        }
    }
    name
}

/// "BORIS Johnson last night insisted …": a tabloid's lede sets its first
/// word in capitals. Whether the name `core` opens on such a word, of four
/// letters or more, opening its paragraph, before a name word in lower
/// case, to be printed as the name is ("Boris Johnson"); "RFK Jr." and
/// "NASA" keep their capitals.
fn shouted_lede(text: &str, core: &[Token]) -> bool {
    let t = &core[0];
    let word = &text[t.span.start..t.span.end];
    let opens_paragraph = || {
        let before = text[..t.span.start].trim_end_matches([' ', '\t']);
        before.is_empty() || before.ends_with('\n')
    };
    word.len() >= 4
        && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && opens_paragraph()
        && core.get(1).is_some_and(|n| {
            text[n.span.start..n.span.end]
                .chars()
                .any(char::is_lowercase)
        })
}

/// A word as printed, without a possessive ending (`Xi’s` → `Xi`,
/// `leaders’` → `leaders`, `Xi&rsquo;s` → `Xi`).
pub fn printed_word<'t>(text: &'t str, t: &Token) -> &'t str {
    let word = &text[t.span.start..t.span.end];
    if !t.possessive {
        return word;
    }
    let stem = word.trim_end_matches(['s', 'S']);
    let stem = crate::text::APOSTROPHE_ENTITIES
        .iter()
        .find_map(|(e, _)| stem.strip_suffix(e))
        .unwrap_or_else(|| stem.trim_end_matches(['\'', '\u{2019}']));
    if stem.is_empty() { word } else { stem }
}

/// "Russian", "Chinese", "Kazakh", "Iraqi": a capitalised adjective of
/// nationality. (One ending in "i" has five letters or more: "Sami", "Ali"
/// and "Ravi" are given names.)
pub fn looks_like_demonym(word: &str) -> bool {
    ["an", "ese", "ish", "ic", "ch", "ean"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
        || (word.ends_with('i') && word.len() >= 5)
}

/// The words that end a company's legal name: "Boeing Co.", "Apple Inc.",
/// "Alibaba Group Holding Ltd.", "Marriott International", "Nissan Motor"
/// (and a body's: "Amnesty International").
pub fn is_company_suffix(word: &str) -> bool {
    matches!(
        word,
        "co" | "inc"
            | "corp"
            | "corporation"
            | "company"
            | "ltd"
            | "llc"
            | "plc"
            | "group"
            | "holding"
            | "holdings"
            | "ag"
            | "sa"
            | "nv"
            | "gmbh"
            // ("Electrolux AB", "Airbus SE", "Equinor ASA", "Nokia Oyj",
            // "Eni SpA": European legal forms.)
            | "ab"
            | "se"
            | "asa"
            | "oyj"
            | "spa"
            | "bv"
            | "international"
            // The last words of companies' names, after the name they go
            // by: "Nissan Motor", "Peabody Energy", "Meta Platforms",
            // "Cisco Systems".
            | "capital"
            | "communications"
            | "energy"
            | "entertainment"
            | "industries"
            | "laboratories"
            | "labs"
            | "motor"
            | "motors"
            | "petroleum"
            | "pharmaceuticals"
            | "platforms"
            | "semiconductor"
            | "studios"
            | "systems"
            | "technologies"
            | "therapeutics"
            | "ventures"
            // ("Westbrook Properties", "Alaska Airlines", "Rio Tinto
            // Resources": a landlord's, a carrier's, a miner's.)
            | "airlines"
            | "airways"
            // ("Volvo Cars", "Micron Technology".)
            | "cars"
            | "technology"
            | "associates"
            | "brands"
            | "enterprises"
            | "foods"
            | "logistics"
            | "networks"
            | "partners"
            | "properties"
            | "realty"
            | "resources"
            | "software"
            | "solutions"
    )
}

/// A name's word without the Arabic article joined to it: "al-Assad" and
/// "Assad", "el-Sisi" and "Sisi" name one family.
pub fn without_article(lower: &str) -> &str {
    match lower.as_bytes() {
        [b'a' | b'e', b'l', b'-', _, ..] => &lower[3..],
        _ => lower,
    }
}

/// Whether two lowercased words of names are one, the Arabic article
/// aside (`without_article`).
fn same_name_word(a: &str, b: &str) -> bool {
    a == b || without_article(a) == without_article(b)
}

/// A relative's noun for a child: "daughter", "son".
fn is_child_noun(lower: &str) -> bool {
    matches!(
        lower,
        "daughter" | "son" | "child" | "granddaughter" | "grandson" | "stepdaughter" | "stepson"
    )
}

/// For a full name (two words or more besides a suffix), its generation's
/// suffix, if any ("jr", "sr", "iii"); nothing for a lone name. Letters of
/// another kind after a name ("MP", "QC") are no generation's.
fn generation<'w>(words: impl Iterator<Item = (&'w str, WordInfo)>) -> Option<Option<&'w str>> {
    let mut named = 0;
    let mut generation = None;
    for (lower, info) in words {
        let lower = lower.trim_end_matches('.');
        let generational =
            matches!(lower, "jr" | "sr") || lower.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
        match info.is_name_suffix() && generational {
            true => generation = Some(lower),
            false => named += 1,
        }
    }
    (named >= 2).then_some(generation)
}
