//! Small text primitives shared by the stages: byte spans, line numbers,
//! paragraphs, and the word tokenizer that attribution reads.

use bumpalo::Bump;
use serde::Serialize;

use crate::grammar::{Grammar, WordInfo};

/// A half-open byte range `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Maps byte offsets to 1-based line numbers and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }
    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
    /// The 1-based column (in characters) of byte `offset`.
    pub fn column(&self, text: &str, offset: usize) -> usize {
        let line_start = self.starts[self.line(offset) - 1];
        text.get(line_start..offset)
            .map_or(1, |prefix| prefix.chars().count() + 1)
    }
}

/// White space as news text has it: ASCII, no-break, thin and other Unicode
/// spaces, and the byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Whether every word of `s` starts with a capital, but for short function
/// words: "Face the Nation", "War on Religion".
pub fn is_title(s: &str) -> bool {
    let mut words = s
        .split(is_space)
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    w,
                    "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to"
                )
        })
}

/// "Wallace" for "WALLACE", "Sen. John Fetterman" for "SEN. JOHN
/// FETTERMAN", "Britain" for "britain": words as a name is printed.
pub fn title_cased(label: &str) -> String {
    let word = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |first| {
            first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        })
    };
    label.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

/// The span with white space trimmed from both ends.
pub fn trim_span(text: &str, span: Span) -> Span {
    let slice = &text[span.start..span.end];
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let trimmed = slice.trim_end_matches(is_space);
    Span::new(
        span.start + lead,
        (span.start + trimmed.len()).max(span.start + lead),
    )
}

/// Non-empty lines: news paragraphs are separated by one newline or more.
/// Each span excludes the line break (and a carriage return).
///
/// Text wrapped at a fixed width, as plain-text wires and mail are, breaks
/// its paragraphs into lines and separates them by blank lines, or opens
/// each with an indent: there a paragraph is a block of lines
/// (`is_wrapped`), its spans holding the line breaks inside it. Elsewhere a
/// line that goes on a sentence in lower case joins the line before.
pub fn paragraphs(text: &str) -> Vec<Span> {
    // Each non-empty line, and whether a blank line (or the start) comes
    // before it.
    let mut lines: Vec<(Span, bool)> = Vec::new();
    let mut start = 0;
    let mut after_blank = true;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let span = trim_span(text, Span::new(start, end));
        if span.is_empty() {
            after_blank = true;
        } else {
            lines.push((span, after_blank));
            after_blank = false;
        }
        start = end + 1;
    }
    // ("   WASHINGTON (AP) — The Senate …": old wires open a paragraph with
    // an indent and no blank line. A few lines indented among many that
    // are not mark paragraphs.)
    // (A line is indented when white space, not its line break, stands
    // before its first character.)
    let indented = |span: &Span| span.start > 0 && text.as_bytes()[span.start - 1] != b'\n';
    let indents = lines.iter().filter(|(span, _)| indented(span)).count();
    if indents >= 2 && indents * 3 <= lines.len() {
        for (span, opens) in &mut lines {
            *opens |= indented(span);
        }
    }
    let wrapped = is_wrapped(text, &lines);
    // ("… after reports that she\nhad claimed …": a line that goes on in
    // lower case, right after one that ends in a word, a comma, a
    // semicolon or a dash ("the same speech —\nthe same promises"), is the
    // same paragraph, wrapped though the text is not wrapped throughout.
    // No paragraph of news opens in lower case.)
    let goes_on = |before: &Span, line: &Span| {
        let last = text[before.start..before.end].chars().next_back();
        let first = text[line.start..line.end].chars().next();
        last.is_some_and(|c| c.is_alphabetic() || matches!(c, ',' | ';' | '—' | '–' | '-'))
            && first.is_some_and(char::is_lowercase)
    };
    let mut out: Vec<Span> = Vec::with_capacity(lines.len());
    for (span, after_blank) in lines {
        match out.last_mut() {
            Some(block) if !after_blank && (wrapped || goes_on(block, &span)) => {
                block.end = span.end;
            }
            _ => out.push(span),
        }
    }
    out
}

/// Whether the lines (each with whether a blank line comes before it) are
/// text wrapped at a fixed width: blocks between blank lines, whose lines
/// but the last are short, nearly as long as the longest, and mostly break
/// inside a sentence. A paragraph a line, as news is stored, has lines of
/// every length, most longer; a list has short lines that end sentences.
fn is_wrapped(text: &str, lines: &[(Span, bool)]) -> bool {
    const MAX_WIDTH: usize = 100;
    let width = |span: &Span| text[span.start..span.end].chars().count();
    // (A line a paragraph is soon found too long: stop there, without
    // counting the characters of one far longer.)
    let mut longest = 0;
    for (span, _) in lines {
        if span.end - span.start > 4 * MAX_WIDTH {
            return false;
        }
        longest = longest.max(width(span));
        if longest > MAX_WIDTH {
            return false;
        }
    }
    if !lines.iter().skip(1).any(|&(_, after_blank)| after_blank) {
        return false;
    }
    // The lines a block goes on after.
    let inner: Vec<&Span> = lines
        .windows(2)
        .filter(|pair| !pair[1].1)
        .map(|pair| &pair[0].0)
        .collect();
    let full = inner
        .iter()
        .filter(|span| width(span) + 25 >= longest)
        .count();
    let open = inner
        .iter()
        .filter(|span| {
            !text[span.start..span.end]
                .trim_end_matches(['"', '\'', '”', '’'])
                .ends_with(['.', '!', '?', ':'])
        })
        .count();
    inner.len() >= 3 && full * 4 >= inner.len() * 3 && open * 2 >= inner.len()
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits, inner apostrophes, hyphens and abbreviation stops.
    Word,
    /// One punctuation character.
    Punct,
    /// A whole quotation, marks included: the index of the quote.
    Quote(usize),
}

/// One token of a paragraph, with its byte span.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub span: Span,
    /// Lowercased text, without a possessive `'s` and a final stop;
    /// borrowed from the article when it is that already, else from the
    /// arena the tokenizer was given.
    pub lower: &'a str,
    /// What the grammar says of `lower`.
    pub info: WordInfo,
    /// The word starts with a capital letter.
    pub capital: bool,
    /// The word ended in a possessive `'s` / `’s` (or `s'`).
    pub possessive: bool,
    /// A sentence ends after this token.
    pub sentence_end: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.lower.starts_with(c)
    }
    /// "4", "2024": a word of digits.
    pub fn is_numeral(&self) -> bool {
        !self.lower.is_empty() && self.lower.bytes().all(|b| b.is_ascii_digit())
    }
    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            TokenKind::Quote(i) => Some(i),
            _ => None,
        }
    }
}

fn is_word_char(c: char) -> bool {
    // News is full of curly quotes and dashes (U+2000 to U+206F, none a
    // letter or digit): answered here, not by a search of Unicode's tables.
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Whether `c`, after `previous` inside a word, is part of it although it
/// is no letter: an accent of decomposed text ("c\u{327}" for "ç"), and
/// the debris of UTF-8 read as Latin-1 and written again, as scraped news
/// has it ("FranÃÂ§ois", even decomposed: "FranA\u{303}\u{83}A\u{302}§ois"):
/// C1 control characters, and a Latin-1 symbol after a lead 'Ã' or 'Â'
/// (not a no-break space: "Â\u{a0}" is a space's debris between words).
fn continues_word(previous: Option<char>, c: char) -> bool {
    let combining = ('\u{300}'..='\u{36f}').contains(&c);
    let control = ('\u{80}'..='\u{9f}').contains(&c);
    let after_lead = matches!(previous, Some('Ã' | 'Â' | '\u{303}' | '\u{302}'));
    combining || control || (after_lead && ('\u{a1}'..='\u{bf}').contains(&c))
}

pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text[span]` into tokens; each of `quotes` (sorted, inside the
/// paragraph, marks included) becomes one `Quote` token. Sentence ends are
/// marked on the token before the boundary. Lowercased forms that differ
/// from the text are written into `arena`, so no word costs an allocation.
pub fn tokenize<'a>(
    text: &'a str,
    span: Span,
    quotes: &[(usize, Span)],
    grammar: &Grammar,
    arena: &'a Bump,
) -> Vec<Token<'a>> {
    // News text has a token every five or six bytes.
    let mut tokens: Vec<Token<'a>> = Vec::with_capacity(span.len() / 5 + quotes.len() + 1);
    let bytes = text.as_bytes();
    let mut pos = span.start;
    let mut quotes = quotes.iter().peekable();
    while pos < span.end {
        // Each quotation is one token; the text up to the next is tokenized
        // a byte at a time, decoding only non-ASCII characters.
        if let Some(&&(index, q)) = quotes.peek()
            && q.start <= pos
        {
            quotes.next();
            if q.end > pos {
                let span = Span::new(q.start.max(span.start), q.end.min(span.end));
                let nickname = nickname(text, span, arena);
                tokens.push(Token {
                    kind: TokenKind::Quote(index),
                    span,
                    lower: nickname.unwrap_or(""),
                    info: WordInfo::default(),
                    capital: nickname.is_some(),
                    possessive: false,
                    sentence_end: false,
                });
                pos = q.end;
            }
            continue;
        }
        let limit = quotes
            .peek()
            .map_or(span.end, |&&(_, q)| q.start.min(span.end));
        while pos < limit {
            let b = bytes[pos];
            let (len, kind) = if b.is_ascii() {
                match ASCII_CLASS[usize::from(b)] {
                    AsciiClass::Space => {
                        pos += 1;
                        continue;
                    }
                    AsciiClass::Punct => (1, TokenKind::Punct),
                    AsciiClass::Word => (0, TokenKind::Word),
                }
            } else {
                let Some(c) = text[pos..limit].chars().next() else {
                    break;
                };
                if is_space(c) {
                    pos += c.len_utf8();
                    continue;
                }
                match is_word_char(c) {
                    true => (0, TokenKind::Word),
                    false => (c.len_utf8(), TokenKind::Punct),
                }
            };
            match kind {
                TokenKind::Punct => {
                    let lower = &text[pos..pos + len];
                    tokens.push(Token {
                        kind,
                        span: Span::new(pos, pos + len),
                        lower,
                        info: grammar.info(lower),
                        capital: false,
                        possessive: false,
                        sentence_end: false,
                    });
                    pos += len;
                }
                _ => {
                    tokens.push(word_at(text, pos, limit, grammar, arena));
                    pos = tokens[tokens.len() - 1].span.end;
                }
            }
        }
    }
    mark_sentence_ends(text, grammar, &mut tokens);
    // Capitalised words read again in their context, in one pass (most
    // words are not capitalised):
    // (Whether most words are in capitals, counted when first needed.)
    let mut shouted: Option<bool> = None;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if !t.capital {
            continue;
        }
        // An initial has no meaning of its own ("A." is not "a"), but one
        // that ends a sentence is a word: "wrote on X."
        if t.sentence_end && is_initial(text, t) {
            let info = grammar.info(t.lower);
            if info.is_media_noun() {
                tokens[i].info = info;
            }
            continue;
        }
        // "Vice Premier He Lifeng", "a spokesperson, He Yadong,": "He"
        // before a plain capitalised word is a Chinese surname, not the
        // pronoun. (Opening a sentence, only before a word in lower case
        // after the name: "He Lifeng said", not a headline's "He Wants
        // Peace".)
        if t.lower == "he" && t.info.pronoun().is_some() && !in_capitals(text, t) {
            let plain = |k: usize| {
                tokens.get(k).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && n.capital
                        && !n.info.is_closed_class()
                        && !n.info.is_speech_verb()
                        && !n.info.is_time_word()
                })
            };
            let opens = starts_a_sentence(&tokens, i);
            let lower_after = tokens
                .get(i + 2)
                .is_none_or(|n| n.kind != TokenKind::Word || !n.capital);
            if plain(i + 1) && (!opens || lower_after) {
                tokens[i].info = WordInfo::default();
            }
            continue;
        }
        // "US President Joe Biden", "the WHO said": a closed-class word in
        // capitals is an acronym, a name, unless the words beside it are in
        // capitals too (a headline or a shout: "WHO WARNS OF NEW VARIANT").
        if !(t.info.is_closed_class() || t.info.pronoun().is_some()) || !in_capitals(text, t) {
            continue;
        }
        // ("U.S. SECRETARY OF STATE MARCO RUBIO, ON X:": in a paragraph
        // set in capitals, a small word is as lower case as in "Secretary
        // of State Marco Rubio, on X:", and no name goes on through it.)
        let shouted = *shouted.get_or_insert_with(|| {
            let words = tokens.iter().filter(|n| n.kind == TokenKind::Word).count();
            let capitals = tokens.iter().filter(|n| in_capitals(text, n)).count();
            capitals >= 3 && capitals * 3 >= words * 2
        });
        if shouted {
            tokens[i].capital = false;
            continue;
        }
        let neighbour_in_capitals = [i.wrapping_sub(1), i + 1]
            .into_iter()
            .filter_map(|k| tokens.get(k))
            .any(|n| in_capitals(text, n));
        if !neighbour_in_capitals {
            tokens[i].lower = &text[t.span.start..t.span.end];
            tokens[i].info = WordInfo::default();
        }
    }
    tokens
}

/// A word of two letters or more, all capitals: "US", "WHO", "NATO".
pub fn in_capitals(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.span.len() >= 2
        && text.as_bytes()[t.span.start..t.span.end]
            .iter()
            .all(u8::is_ascii_uppercase)
}

/// A name behind the Arabic article, which English text writes in lower
/// case mid-sentence: "al-Jubeir", "el-Sisi". It is as capitalised as the
/// name. (Only "al" and "el": "pro-Trump" and "un-American" are no names.)
fn has_arabic_article(word: &[u8]) -> bool {
    matches!(word, [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase())
}

/// A name written with a small letter first and a capital soon after, as
/// brands are: "eBay", "xAI", "easyJet", "iPhone". It is as capitalised as
/// any name. (Not a word that merely holds a capital far in: text glued
/// together, "neighborIncreasing".)
fn is_camel_case(word: &[u8]) -> bool {
    let lower = word.iter().take_while(|b| b.is_ascii_lowercase()).count();
    (1..=4).contains(&lower) && word.get(lower).is_some_and(u8::is_ascii_uppercase)
}

/// A capital and a stop: "J.", "X.".
pub fn is_initial(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && text
            .as_bytes()
            .get(t.span.start..t.span.end)
            .is_some_and(is_initial_word)
}

fn is_initial_word(word: &[u8]) -> bool {
    matches!(word, [c, b'.'] if c.is_ascii_uppercase())
}

/// A quotation that is a nickname inside a name (`Marcia "Cia" Price`): one
/// or two capitalised words between a word and a capitalised word. Returns
/// its lowercased words, for the quote token to stand in the name.
///
/// A Title Case headline (`Tlaib’s ‘Motherf**ker’ Comment Draws Fire`) is
/// told apart by what stands around: a first name before (capitalised, not
/// possessive), a surname after, and then no further capitalised word.
fn nickname<'a>(text: &'a str, span: Span, arena: &'a Bump) -> Option<&'a str> {
    let inner = text[span.start..span.end].trim_matches(|c: char| !is_word_char(c));
    // Every quotation is asked: a long one is turned away after its third
    // word, never read whole.
    let mut words = inner.split_whitespace();
    let one_or_two = words.next().is_some() && words.nth(1).is_none();
    if !one_or_two {
        return None;
    }
    let capitalised = inner
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let letters = inner.chars().all(|c| c.is_alphabetic() || c == ' ');
    // ("“Wow,” Smith said": a word said with its comma is no nickname.)
    let said_with_stop = text[span.start..span.end]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '.' | '!' | '?'))
        .ends_with([',', '.', '!', '?']);
    if !capitalised || !letters || said_with_stop {
        return None;
    }
    let is_letter = |c: char| c.is_alphabetic() || c == '.';
    let before = text[..span.start].strip_suffix(' ')?;
    let first_name = &before[before.trim_end_matches(is_letter).len()..];
    // ("It rained in Paris. “Wow” Smith said": a stop ends a sentence, not
    // a first name, unless it is an initial's, "Robert C. “Bobby” Scott".)
    let initial = matches!(first_name.as_bytes(), [c, b'.'] if c.is_ascii_uppercase());
    if first_name.ends_with('.') && !initial {
        return None;
    }
    let after = text[span.end..].strip_prefix(' ')?;
    let surname = &after[..after.len() - after.trim_start_matches(is_letter).len()];
    let starts_upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let name_goes_on = starts_upper(after[surname.len()..].trim_start_matches(' '));
    (starts_upper(first_name) && starts_upper(surname) && !name_goes_on)
        .then(|| &*arena.alloc_str(&inner.to_lowercase()))
}

#[derive(Clone, Copy)]
enum AsciiClass {
    Space,
    Word,
    Punct,
}

/// What each ASCII byte is to the tokenizer.
const ASCII_CLASS: [AsciiClass; 128] = {
    let mut table = [AsciiClass::Punct; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = AsciiClass::Word;
        } else if c.is_ascii_whitespace() || c == 0x0b {
            table[b] = AsciiClass::Space;
        }
        b += 1;
    }
    table
};

const UPPER: u8 = 2;

/// Of each byte, 0 for no ASCII letter or digit, else 1, with `UPPER` set
/// for a capital: a word's letters are read, and its capitals noted, with
/// one load a byte.
const ASCII_LETTER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_uppercase() {
            table[b] = 1 | UPPER;
        } else if c.is_ascii_alphanumeric() {
            table[b] = 1;
        }
        b += 1;
    }
    table
};

/// An apostrophe spelled as an HTML entity, as text scraped from the web
/// keeps it, and the apostrophe it stands for. The tokenizer reads them
/// inside words ("Cotton&rsquo;s"); `quote::marks` reads the same entities
/// as marks.
pub const APOSTROPHE_ENTITIES: [(&str, char); 4] = [
    ("&rsquo;", '’'),
    ("&#8217;", '’'),
    ("&#39;", '\''),
    ("&apos;", '\''),
];

/// The word token that starts at `pos` (a letter or digit), read no further
/// than `limit`.
fn word_at<'a>(
    text: &'a str,
    pos: usize,
    limit: usize,
    grammar: &Grammar,
    arena: &'a Bump,
) -> Token<'a> {
    let bytes = &text.as_bytes()[pos..limit];
    // Most words are plain ASCII followed by a space or simple punctuation:
    // read in one pass, noting capitals on the way.
    let mut end = 0;
    let mut seen = 0;
    while let Some(&b) = bytes.get(end) {
        let class = ASCII_LETTER[usize::from(b)];
        if class == 0 {
            break;
        }
        seen |= class;
        end += 1;
    }
    let upper = seen & UPPER != 0;
    let ends_word = |at: usize| {
        matches!(
            bytes.get(at),
            None | Some(
                b' ' | b',' | b';' | b':' | b'?' | b'!' | b')' | b'"' | b'\n' | b'\r' | b'\t'
            )
        )
    };
    let run = &text[pos..pos + end];
    let lower_run = || -> &'a str {
        if upper {
            let copy = arena.alloc_str(run);
            copy.make_ascii_lowercase();
            copy
        } else {
            run
        }
    };
    // "said." and "Mr.": a stop keeps an initial or an abbreviation; only a
    // single letter before it can start a dotted abbreviation ("U.S.").
    let stop_after = || {
        bytes.get(end) == Some(&b'.')
            && (end >= 2
                || !bytes[0].is_ascii_alphabetic()
                || bytes
                    .get(end + 1)
                    .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric()))
    };
    // "Trump's", "Xi’s", "Cotton&rsquo;s" (scraped HTML), followed by a
    // space or simple punctuation.
    let possessive_s = || {
        match bytes.get(end..) {
            Some([b'\'', b's' | b'S', ..]) => Some(2),
            Some([0xE2, 0x80, 0x99, b's' | b'S', ..]) => Some(4),
            Some(rest @ [b'&', ..]) => APOSTROPHE_ENTITIES.iter().find_map(|(e, _)| {
                let after = rest.strip_prefix(e.as_bytes())?;
                matches!(after, [b's' | b'S', ..]).then_some(e.len() + 1)
            }),
            _ => None,
        }
        .filter(|&n| ends_word(end + n))
    };
    let general = || {
        let rest = &text[pos..limit];
        let (len, possessive) = word_len(rest, grammar);
        (len, possessive, lower_form(&rest[..len], possessive, arena))
    };
    // (A letter's "!" may be a brand's, "E! News": `word_len` decides.)
    let letter_bang = end == 1 && bytes.get(1) == Some(&b'!');
    let (len, possessive, lower) = if end == 0 || letter_bang {
        general()
    } else if ends_word(end) {
        (end, false, lower_run())
    } else if stop_after() {
        let lower = lower_run();
        let initial = end == 1 && bytes[0].is_ascii_uppercase();
        let kept = initial || grammar.is_abbreviation(lower);
        (end + usize::from(kept), false, lower)
    } else if let Some(n) = possessive_s() {
        (end + n, true, lower_run())
    } else {
        general()
    };
    // An initial ("Julie A. Diaz") is not the word its letter spells ("a", "I").
    let initial = is_initial_word(&bytes[..len]);
    Token {
        kind: TokenKind::Word,
        span: Span::new(pos, pos + len),
        capital: match bytes[0] {
            // ("T-shirt", "X-ray", "U-turn": a capital letter before a
            // hyphen and lower case names nothing.)
            b if b.is_ascii() => {
                (b.is_ascii_uppercase()
                    && !matches!(bytes[..len], [_, b'-', c, ..] if c.is_ascii_lowercase()))
                    || has_arabic_article(&bytes[..len])
                    // (Only a word whose letters hold a capital is read
                    // again: most hold none.)
                    || (upper && is_camel_case(&bytes[..len]))
            }
            _ => text[pos..].chars().next().is_some_and(char::is_uppercase),
        },
        info: if initial {
            WordInfo::default()
        } else {
            grammar.info(lower)
        },
        lower,
        possessive,
        sentence_end: false,
    }
}

/// The length of the word at the start of `rest`, and whether it ends in a
/// possessive. Keeps inner apostrophes (`don't`), hyphens (`Kassym-Jomart`),
/// dotted abbreviations (`U.S.`), a final stop on abbreviations and
/// initials (`Mr.`, `J.`), and the apostrophe of a plural possessive
/// (`leaders’`).
fn word_len(rest: &str, grammar: &Grammar) -> (usize, bool) {
    // Most words are plain ASCII followed by a space or simple punctuation.
    let bytes = rest.as_bytes();
    // "E! News", "told E! Online": a capital letter's "!" before a name is
    // the brand's, and ends no sentence.
    if let [letter, b'!', b' ', next, ..] = bytes
        && letter.is_ascii_uppercase()
        && next.is_ascii_uppercase()
    {
        return (2, false);
    }
    let plain = bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if plain > 0
        && matches!(
            bytes.get(plain),
            None | Some(
                b' ' | b',' | b';' | b':' | b'?' | b'!' | b')' | b'"' | b'\n' | b'\r' | b'\t'
            )
        )
    {
        return (plain, false);
    }
    let mut end = 0;
    let mut dotted = true; // so far only single letters joined by stops
    let mut run = 0; // letters since the last stop
    let mut chars = rest.char_indices().peekable();
    let mut previous = None;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let next_is_word = next.is_some_and(is_word_char);
        // "9/11", "24/7", "9/11/2001": a slash between digits is inside a number.
        let number_slash = c == '/'
            && previous.is_some_and(|p: char| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit());
        let inside_word = previous.is_some_and(|p| is_word_char(p) || continues_word(None, p));
        let continued = inside_word && continues_word(previous, c);
        previous = Some(c);
        if is_word_char(c) || continued {
            end = i + c.len_utf8();
            run += 1;
            dotted &= run == 1 && c.is_alphabetic();
        } else if next_is_word && (is_apostrophe(c) || c == '-' || c == '&' || number_slash) {
            // After a hyphen a dotted abbreviation may start afresh: "D-N.Y.".
            dotted = c == '-';
            run = 0;
        } else if next_is_word && c == '.' && dotted {
            run = 0;
        } else {
            break;
        }
    }
    let word = &rest[..end];
    let after = &rest[end..];
    if after.starts_with('.') {
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if initial || word.contains('.') || grammar.is_abbreviation(&word.to_lowercase()) {
            return (end + 1, false);
        }
    }
    let singular_possessive = word.len() > 2
        && word.ends_with(['s', 'S'])
        && word[..word.len() - 1].ends_with(is_apostrophe);
    if singular_possessive {
        return (end, true);
    }
    let mut after_chars = after.chars();
    if let (Some(a), next) = (after_chars.next(), after_chars.next())
        && is_apostrophe(a)
        && word.ends_with(['s', 'S'])
        && !next.is_some_and(is_word_char)
    {
        return (end + a.len_utf8(), true);
    }
    (end, false)
}

/// The length in bytes of an ellipsis `s` starts with, however it is
/// printed: "…", "..." or ". . ." (its spaces perhaps thin or no-break).
pub fn ellipsis_at(s: &str) -> Option<usize> {
    if s.starts_with('…') || s.starts_with("...") {
        return Some(3);
    }
    let mut chars = s.char_indices();
    for expected in ['.', ' ', '.', ' ', '.'] {
        match chars.next() {
            Some((_, c)) if c == expected || (expected == ' ' && is_space(c) && c != '\n') => {}
            _ => return None,
        }
    }
    Some(chars.offset())
}

/// The pieces of `s` between its ellipses.
pub fn split_at_ellipses(s: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, _) in s.char_indices() {
        if i >= start
            && let Some(len) = ellipsis_at(&s[i..])
        {
            pieces.push(&s[start..i]);
            start = i + len;
        }
    }
    pieces.push(&s[start..]);
    pieces
}

/// The words of `text`, lowercased, an apostrophe kept inside a word and
/// written straight ("won’t" → "won't"): what two printings of one quote
/// share word for word, whatever their capitals, marks and apostrophes.
pub fn lowercase_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// `lower` without its accents ("erdoğan" → "erdogan", "lópez" →
/// "lopez"), so that a name written with them and without is one name, and
/// the grammar's words are found either way.
pub fn without_accents(lower: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    if lower.is_ascii() || !lower.nfd().any(is_combining_mark) {
        return std::borrow::Cow::Borrowed(lower);
    }
    std::borrow::Cow::Owned(lower.nfd().filter(|&c| !is_combining_mark(c)).collect())
}

/// A word's lowercased form without a possessive ending, a final stop or
/// accents (`Xi’s` → `xi`, `leaders’` → `leaders`, `Mr.` → `mr`,
/// `Erdoğan` → `erdogan`).
fn lower_form<'a>(word: &'a str, possessive: bool, arena: &'a Bump) -> &'a str {
    let has_upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    let mut lower: &'a str = match (has_upper, word.is_ascii()) {
        (false, true) => word,
        (true, true) => {
            let copy = arena.alloc_str(word);
            copy.make_ascii_lowercase();
            copy
        }
        (false, false) => match without_accents(word) {
            std::borrow::Cow::Borrowed(word) => word,
            std::borrow::Cow::Owned(folded) => arena.alloc_str(&folded),
        },
        (true, false) => arena.alloc_str(&without_accents(&word.to_lowercase())),
    };
    if possessive {
        if let Some(stripped) = lower.strip_suffix(['\'', '\u{2019}']) {
            lower = stripped;
        } else if let Some(stem) = lower.strip_suffix('s')
            && let Some(stem) = stem.strip_suffix(['\'', '\u{2019}'])
        {
            lower = stem;
        }
    }
    lower.strip_suffix('.').unwrap_or(lower)
}

/// Whether the words of quotation token `t` end with one of `stops`, inside
/// its closing marks ("“… for unity.”").
pub fn quote_ends_with<const N: usize>(text: &str, t: &Token, stops: [char; N]) -> bool {
    text[t.span.start..t.span.end]
        .trim_end_matches(|c: char| !is_word_char(c) && !matches!(c, '.' | '?' | '!' | ','))
        .ends_with(stops)
}

/// Whether the stop `t` stands between two digits: "28.9".
fn is_decimal_point(text: &str, t: &Token) -> bool {
    let digit_at = |at: usize| text.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    t.lower == "." && t.span.start > 0 && digit_at(t.span.start - 1) && digit_at(t.span.end)
}

fn mark_sentence_ends(text: &str, grammar: &Grammar, tokens: &mut [Token<'_>]) {
    let starts_sentence = |next: Option<&Token>| match next {
        None => true,
        Some(next) => match next.kind {
            TokenKind::Word => next.capital || next.lower.chars().all(|c| c.is_numeric()),
            TokenKind::Quote(_) => true,
            TokenKind::Punct => false,
        },
    };
    for i in 0..tokens.len() {
        let t = &tokens[i];
        // Only a stop or a quotation can end a sentence: what follows is
        // looked at for those alone.
        let ends = match t.kind {
            // (Not a decimal point: "owns 28.9 per cent".)
            TokenKind::Punct => {
                matches!(t.lower, "." | "?" | "!" | "…")
                    && starts_sentence(tokens.get(i + 1))
                    && !is_decimal_point(text, t)
            }
            TokenKind::Quote(_) => {
                // A quotation that ends with a full stop inside its marks ends
                // the sentence when a new sentence starts after it.
                quote_ends_with(text, t, ['.', '?', '!'])
                    && tokens.get(i + 1).is_some_and(|n| {
                        n.kind != TokenKind::Punct && (n.capital || n.quote().is_some())
                    })
            }
            // "Briggs wrote on X. “Vermont deserves better.”": an initial
            // before a quotation is a sentence's last word (not before a
            // nickname, "Robert C. “Bobby” Scott", which a quote token
            // marks as capitalised); so is a
            // platform's letter after "on" before a capital ("wrote on X.
            // Wedbush's Dan Ives"; not "based on J. K. Rowling's book").
            // (An initial's lowercase form is its one letter: the cheap test
            // first, as it is asked of every word.)
            TokenKind::Word => {
                t.lower.len() == 1
                    && is_initial(text, t)
                    && tokens.get(i + 1).is_some_and(|n| {
                        (n.quote().is_some() && !n.capital)
                            || (n.capital
                                && i > 0
                                && matches!(tokens[i - 1].lower, "on" | "via")
                                && grammar.info(t.lower).is_media_noun())
                    })
            }
        };
        tokens[i].sentence_end = ends;
    }
    if let Some(dash) = dateline(text, tokens) {
        for t in &mut tokens[..dash] {
            t.sentence_end = false;
        }
        tokens[dash].sentence_end = true;
    }
    if let Some(last) = tokens.last_mut() {
        last.sentence_end = true;
    }
}

/// The index of the last token of the dateline a paragraph opens with, if
/// it does: "NEW DELHI —", "LOS ANGELES, Dec 3 (Reuters) -".
pub(crate) fn dateline(text: &str, tokens: &[Token]) -> Option<usize> {
    dateline_end(text, tokens)
        .or_else(|| agency_dateline_end(tokens))
        .or_else(|| outlet_dateline_end(tokens))
}

/// A dateline closed by a colon, as Indian papers write it: "NEW DELHI:
/// Prime Minister Narendra Modi on Sunday …". The index of the colon. (A
/// transcript's label looks the same, "PENCE: Well, …", so only the first
/// paragraph of a story is asked, and the colon ends no sentence.)
pub(crate) fn colon_dateline(text: &str, tokens: &[Token]) -> Option<usize> {
    dateline_closed_by(text, tokens, |k| {
        tokens.get(k).is_some_and(|t| t.is_punct(':')).then_some(k)
    })
}

/// A wire story's dateline, "WASHINGTON (AP) —" or "SAN JUAN, Puerto Rico
/// --", is a sentence of its own: the index of its last dash.
fn dateline_end(text: &str, tokens: &[Token]) -> Option<usize> {
    dateline_closed_by(text, tokens, |k| {
        let dashes = dateline_dashes(tokens, k);
        (dashes > 0).then_some(k + dashes - 1)
    })
}

/// A dateline: words in capitals, then perhaps a comma and a state, an
/// agency in parentheses, and what `closes` finds at the token after them
/// (a dash, a colon). (A section's label in capitals, "CONGRESS HAS
/// INVESTIGATED HIM —", is no place: it has function words.)
// (Inlined: asked of every paragraph as it is split into sentences.)
#[inline(always)]
fn dateline_closed_by(
    text: &str,
    tokens: &[Token],
    closes: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let shouted = |t: &Token| {
        let word = &text[t.span.start..t.span.end];
        t.is_word()
            && word.len() >= 2
            && !word.chars().any(char::is_lowercase)
            && !t.info.is_closed_class()
    };
    let mut k = tokens.iter().take(3).take_while(|t| shouted(t)).count();
    if k == 0 {
        return None;
    }
    if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        let state = tokens[k + 1..]
            .iter()
            .take(3)
            .take_while(|t| t.capital)
            .count();
        k += 1 + state;
        // ("BUTLER, Pa. —", "MEMPHIS, Tenn. —": a state abbreviated as the
        // wires write it, its full stop no sentence's end.)
        if state > 0 && tokens.get(k).is_some_and(|t| t.is_punct('.')) {
            k += 1;
        }
    }
    if tokens.get(k).is_some_and(|t| t.is_punct('(')) {
        k += tokens[k..].iter().take(5).position(|t| t.is_punct(')'))? + 1;
    }
    closes(k)
}

/// How many dashes (one or two, "--") close a dateline at token `k`.
fn dateline_dashes(tokens: &[Token], k: usize) -> usize {
    tokens[k.min(tokens.len())..]
        .iter()
        .take(2)
        .take_while(|t| matches!(t.lower, "—" | "–" | "-"))
        .count()
}

/// An agency's dateline with a date, "New Delhi, May 28 (PTI)" or "PARIS,
/// Jan 29 (Reuters) -": a place of one to three capitalised words, a
/// comma, a month and a day, and the agency in parentheses; the index of
/// its closing parenthesis, or of the dash after it.
fn agency_dateline_end(tokens: &[Token]) -> Option<usize> {
    let place = tokens
        .iter()
        .take(3)
        .take_while(|t| t.is_word() && t.capital && !t.info.is_time_word())
        .count();
    let [comma, month, day, open, ..] = tokens.get(place..)? else {
        return None;
    };
    let dated = place > 0
        && comma.is_punct(',')
        && month.capital
        && month.info.is_time_word()
        && day.is_numeral()
        && open.is_punct('(');
    if !dated {
        return None;
    }
    agency_in_parentheses(tokens, place + 3, |agency| agency.iter().all(|t| t.capital))
}

/// An outlet's dateline in parentheses, perhaps after its place, as CNN
/// writes it: "(CNN) —", "Kyiv, Ukraine (CNN)". The index of its closing
/// parenthesis, or of the dash after it. (Only a known outlet's: "Joe
/// Manchin (D-W.Va.)" opens a sentence on a name.)
fn outlet_dateline_end(tokens: &[Token]) -> Option<usize> {
    let place = tokens
        .iter()
        .take(4)
        .take_while(|t| (t.is_word() && t.capital) || t.is_punct(','))
        .count();
    if !tokens.get(place)?.is_punct('(') {
        return None;
    }
    agency_in_parentheses(tokens, place, |outlet| {
        outlet.iter().all(|t| t.capital && t.info.is_outlet())
    })
}

/// A dateline's agency in the parentheses that open at token `open`,
/// if `named` takes its words: the index of the closing parenthesis, or
/// of the dash after it. ("PARIS, Jan 29 (Reuters) - Angry farmers …": a
/// dash after it is the dateline's, not the sentence's first word.)
fn agency_in_parentheses(
    tokens: &[Token],
    open: usize,
    named: impl Fn(&[Token]) -> bool,
) -> Option<usize> {
    let close = open
        + 1
        + tokens[open + 1..]
            .iter()
            .take(4)
            .position(|t| t.is_punct(')'))?;
    let agency = &tokens[open + 1..close];
    (!agency.is_empty() && named(agency)).then(|| close + dateline_dashes(tokens, close + 1))
}

/// Whether token `k` is the first of its sentence.
pub fn starts_a_sentence(tokens: &[Token], k: usize) -> bool {
    k == 0 || tokens[k - 1].sentence_end
}

/// The sentences of a token list, as index ranges.
pub fn sentences(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.sentence_end {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nickname_stands_between_a_first_name_and_a_surname() {
        let arena = Bump::new();
        let at = |text: &'static str, quoted: &str| {
            let start = text.find(quoted).unwrap() - 1;
            nickname(text, Span::new(start, start + quoted.len() + 2), &arena).map(str::to_owned)
        };
        let text = "said state Del. Marcia \"Cia\" Price (D), to the crowd";
        assert_eq!(at(text, "Cia").as_deref(), Some("cia"));
        let text = "Rep. Robert C. \"Bobby\" Scott spoke";
        assert_eq!(at(text, "Bobby").as_deref(), Some("bobby"));
        // A Title Case headline goes on capitalising; a possessive before
        // is an owner, not a first name; a lower-case word is not a name.
        assert_eq!(
            at(
                "Graham Calls Trump \"The Dealmaker\" In Talk",
                "The Dealmaker"
            ),
            None
        );
        assert_eq!(at("Ada Quill’s \"Deal\" Comment", "Deal"), None);
        assert_eq!(at("the so-called \"Deal\" Act", "Deal"), None);
        // A sentence's last word is no first name, and a word said with its
        // comma no nickname.
        assert_eq!(at("It rained in Paris. \"Wow\" Smith said.", "Wow"), None);
        assert_eq!(at("He met Ann \"Wow,\" Smith said.", "Wow,"), None);
    }

    /// The tokens of `text` as one paragraph, in the English grammar.
    fn tokens<'a>(text: &'a str, arena: &'a Bump) -> Vec<Token<'a>> {
        tokenize(
            text,
            Span::new(0, text.len()),
            &[],
            &Grammar::english(),
            arena,
        )
    }

    fn words(text: &str) -> Vec<String> {
        tokens(text, &Bump::new())
            .into_iter()
            .map(|t| text[t.span.start..t.span.end].to_owned())
            .collect()
    }

    #[test]
    fn a_brand_with_a_small_letter_first_is_capitalised() {
        let arena = Bump::new();
        let text = "eBay and xAI fly easyJet; the neighborHood and pre-EU.";
        let capital: Vec<&str> = tokens(text, &arena)
            .iter()
            .filter(|t| t.capital)
            .map(|t| &text[t.span.start..t.span.end])
            .collect();
        assert_eq!(capital, ["eBay", "xAI", "easyJet"]);
    }

    #[test]
    fn tokenizer_keeps_abbreviations_and_possessives() {
        assert_eq!(
            words("Mr. Xi’s U.S. trip, Kassym-Jomart said."),
            [
                "Mr.",
                "Xi’s",
                "U.S.",
                "trip",
                ",",
                "Kassym-Jomart",
                "said",
                "."
            ]
        );
        assert_eq!(
            words("the leaders’ meeting"),
            ["the", "leaders’", "meeting"]
        );
        assert_eq!(words("don't stop"), ["don't", "stop"]);
        // A party and state after a name is one word, not a sentence end.
        assert_eq!(
            words("Quill (D-N.Y.) said, a well-known T-shirt."),
            [
                "Quill",
                "(",
                "D-N.Y.",
                ")",
                "said",
                ",",
                "a",
                "well-known",
                "T-shirt",
                "."
            ]
        );
        assert_eq!(
            words("9/11 and/or 24/7"),
            ["9/11", "and", "/", "or", "24/7"]
        );
    }

    static ENGLISH: std::sync::LazyLock<Grammar> = std::sync::LazyLock::new(Grammar::english);

    /// The general reading of a word, which the fast paths of `word_at`
    /// must agree with: `word_len` then `lower_form`.
    fn general_word(text: &str, pos: usize, g: &Grammar) -> (usize, bool, String) {
        let rest = &text[pos..];
        let (len, possessive) = word_len(rest, g);
        let lower = lower_form(&rest[..len], possessive, &Bump::new()).to_owned();
        (len, possessive, lower)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        #[test]
        fn fast_word_paths_read_words_as_the_general_one_does(
            text in "[AaSsMrU.'’ -,é1/\"]{1,12}"
        ) {
            let g = &*ENGLISH;
            let arena = Bump::new();
            for (pos, c) in text.char_indices() {
                if !is_word_char(c) {
                    continue;
                }
                let fast = word_at(&text, pos, text.len(), g, &arena);
                let (len, possessive, lower) = general_word(&text, pos, g);
                proptest::prop_assert_eq!(
                    (fast.span.len(), fast.possessive, fast.lower),
                    (len, possessive, lower.as_str()),
                    "word at {} of {:?}", pos, text
                );
            }
        }
    }

    #[test]
    fn fast_word_paths_cover_the_common_shapes() {
        let g = Grammar::english();
        let arena = Bump::new();
        for text in [
            "said, ", "Mr. X", "A. B", "1.5", "Co.uk", "Trump's ", "Xi’s.", "U.S. ",
        ] {
            let fast = word_at(text, 0, text.len(), &g, &arena);
            let (len, possessive, lower) = general_word(text, 0, &g);
            assert_eq!(
                (fast.span.len(), fast.possessive, fast.lower),
                (len, possessive, lower.as_str()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn sentences_split_after_stops_not_abbreviations() {
        let text = "Mr. Putin spoke. He left. Then U.S. officials came";
        assert_eq!(sentences(&tokens(text, &Bump::new())).len(), 3);
    }

    #[test]
    fn a_platforms_letter_after_on_ends_its_sentence() {
        let count = |text: &str| sentences(&tokens(text, &Bump::new())).len();
        assert_eq!(count("She wrote on X. Wedbush disagreed."), 2);
        // An initial after "on" is someone's, not the platform's.
        assert_eq!(count("It is based on J. K. Rowling's book."), 1);
    }

    #[test]
    fn an_initial_is_not_the_word_its_letter_spells() {
        let text = "Julie A. Diaz and I. M. Pei met a friend.";
        let arena = Bump::new();
        let toks = tokens(text, &arena);
        let info = |word: &str| {
            toks.iter()
                .find(|t| &text[t.span.start..t.span.end] == word)
                .unwrap()
                .info
        };
        assert_eq!(info("A."), WordInfo::default());
        assert_eq!(info("I."), WordInfo::default());
        assert!(info("a").is_closed_class());
    }

    #[test]
    fn decomposed_accents_and_mojibake_stay_inside_a_word() {
        assert_eq!(words("Franc\u{327}ois said"), ["Franc\u{327}ois", "said"]);
        assert_eq!(words("FranÃÂ§ois Hollande"), ["FranÃÂ§ois", "Hollande"]);
        assert_eq!(
            words("FranA\u{303}\u{83}A\u{302}§ois Hollande"),
            ["FranA\u{303}\u{83}A\u{302}§ois", "Hollande"]
        );
        // The debris of a no-break space is no letter.
        assert_eq!(words("theÂ\u{a0}vote"), ["theÂ", "vote"]);
    }

    #[test]
    fn line_index_counts_lines() {
        let text = "a\nbc\n\nd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 2);
        assert_eq!(idx.line(6), 4);
        assert_eq!(idx.column(text, 3), 2);
    }

    #[test]
    fn text_wrapped_at_a_width_has_its_paragraphs_in_blocks() {
        let text = "Harbour\n\nThe harbour master said on Friday that the old pier would\n\
            close for repairs in the spring, and that boats would moor at the\n\
            new jetty until the work on the pier was finished next year.\n\n\
            Fishermen who use the pier said they had not been asked about the\n\
            plan, and that the new jetty was too small for the larger boats.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(text[p[1].start..p[1].end].ends_with("next year."));
        assert!(text[p[2].start..p[2].end].starts_with("Fishermen"));
        // Short lines that end their sentences are a paragraph each.
        let text = "Reactions\n\nReactions poured in.\n- Ann Lee: \"Justice.\"\n\
            - Bo Lind: \"We stand together.\"\n- Cy Moss: \"A step.\"\n- Di Ray: \"Not the end.\"\n";
        assert_eq!(paragraphs(text).len(), 6);
        // Or an indent opens each, and no blank line parts them.
        let text = "Ferry\n   The ferry company said on Monday that the morning crossing\n\
            would be cancelled until the harbour wall was repaired, and that\n\
            passengers could take the afternoon boat.\n   Islanders said the\n\
            cancellation would leave them without a way to reach the mainland\n\
            hospital in the mornings.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(text[p[2].start..p[2].end].starts_with("Islanders"));
    }

    #[test]
    fn a_line_going_on_in_lower_case_is_the_same_paragraph() {
        let text = "Minister resigns\nThe minister resigned after reports that she\n\
            had claimed expenses. \"I have\nmade mistakes,\" she said.\nKeir Starmer replied.";
        let p = paragraphs(text);
        let texts: Vec<&str> = p.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("she said."), "{texts:?}");
        // After a dash or a semicolon too.
        assert_eq!(paragraphs("the same speech —\nthe same promises").len(), 1);
        assert_eq!(paragraphs("we came;\nwe saw").len(), 1);
        // Not over a blank line, nor after a sentence's end.
        assert_eq!(paragraphs("one\n\ntwo").len(), 2);
        assert_eq!(paragraphs("One.\ntwo").len(), 2);
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_carriage_returns() {
        let text = "one\r\n\r\n two \n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert_eq!(&text[p[0].start..p[0].end], "one");
        assert_eq!(&text[p[1].start..p[1].end], "two");
    }
}
