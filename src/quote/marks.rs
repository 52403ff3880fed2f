//! The mark scanner: a nom parser that splits an article into plain text and
//! quotation marks, in one pass.
//!
//! ```text
//! article := (plain | mark)*
//! plain   := one or more characters that are not marks
//! mark    := spelled | one character listed in the grammar's marks.toml
//! spelled := "``" | "''" | "&quot;" | "&ldquo;" | … (spelled_marks)
//! ```
//!
//! Some copy spells a mark in several characters: two straight apostrophes
//! (`''`) for a straight double mark, as old newspaper archives and
//! typewriter-era copy print it; two backticks (```` `` ````) for an
//! opening one, as TeX and the Penn Treebank's news text (``…'') write it;
//! an HTML entity (`&quot;`, `&#8220;`) in text scraped from the web. Such a
//! mark keeps its bytes, so offsets stay those of the file.

use nom::{
    IResult, Parser, branch::alt, bytes::complete::tag, character::complete::satisfy,
    combinator::map,
};

use crate::grammar::{Grammar, MarkRole, MarkSpec};
use crate::text::APOSTROPHE_ENTITIES;

type ScanResult<'a, T> = IResult<&'a str, T>;

/// The grammar's marks, indexed for the scanner and the pairer.
#[derive(Debug, Clone)]
pub struct MarkTable {
    specs: Vec<MarkSpec>,
    /// The first UTF-8 byte of each mark: text between two such bytes is
    /// skipped without decoding it.
    first_bytes: [bool; 256],
    families: Vec<String>,
    family_of: Vec<usize>,
}

/// What the table knows about one mark character.
#[derive(Debug, Clone, Copy)]
pub struct MarkInfo<'a> {
    pub spec: &'a MarkSpec,
    pub family: usize,
}

impl MarkTable {
    pub fn new(grammar: &Grammar) -> Self {
        let mut families: Vec<String> = Vec::new();
        let mut family_of = Vec::new();
        for spec in grammar.marks() {
            let id = match families.iter().position(|f| *f == spec.family) {
                Some(id) => id,
                None => {
                    families.push(spec.family.clone());
                    families.len() - 1
                }
            };
            family_of.push(id);
        }
        let mut first_bytes = [false; 256];
        for (spelling, _) in spelled_marks() {
            first_bytes[usize::from(spelling.as_bytes()[0])] = true;
        }
        for spec in grammar.marks() {
            let mut utf8 = [0; 4];
            first_bytes[usize::from(spec.char.encode_utf8(&mut utf8).as_bytes()[0])] = true;
        }
        MarkTable {
            first_bytes,
            specs: grammar.marks().to_vec(),
            families,
            family_of,
        }
    }

    /// Whether `c` is a quotation mark of the grammar.
    #[inline]
    pub fn is_mark(&self, c: char) -> bool {
        if c.is_ascii() {
            // Only two ASCII characters can be marks; skip the table for the rest.
            (c == '"' || c == '\'') && self.specs.iter().any(|s| s.char == c)
        } else {
            self.specs.iter().any(|s| s.char == c)
        }
    }

    pub fn info(&self, c: char) -> Option<MarkInfo<'_>> {
        let i = self.specs.iter().position(|s| s.char == c)?;
        Some(MarkInfo {
            spec: &self.specs[i],
            family: self.family_of[i],
        })
    }

    pub fn family_name(&self, family: usize) -> &str {
        &self.families[family]
    }

    /// Whether `c` can open a quote of `family`.
    pub fn can_open(&self, c: char, family: usize) -> bool {
        self.info(c)
            .is_some_and(|m| m.family == family && m.spec.role != MarkRole::Close)
    }
}

/// Plain text: one or more characters up to the next mark. Only a byte that
/// can start a mark is decoded (such a byte is ASCII or a UTF-8 lead byte,
/// so it always starts a character): the rest is skipped a byte at a time.
fn plain<'a>(table: &MarkTable, input: &'a str) -> ScanResult<'a, &'a str> {
    let bytes = input.as_bytes();
    let mut end = 0;
    loop {
        let Some(k) = bytes[end..]
            .iter()
            .position(|&b| table.first_bytes[usize::from(b)])
        else {
            end = bytes.len();
            break;
        };
        end += k;
        match input[end..].chars().next() {
            Some(c) if !table.is_mark(c) && spelled(&input[end..]).is_err() => end += c.len_utf8(),
            _ => break,
        }
    }
    match end {
        0 => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TakeTill1,
        ))),
        _ => Ok((&input[end..], &input[..end])),
    }
}

/// A quotation mark found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset of the mark.
    pub pos: usize,
    /// The mark's character (`"` for `''`).
    pub ch: char,
    /// Its length in bytes.
    pub len: usize,
}

impl Mark {
    pub fn end(&self) -> usize {
        self.pos + self.len
    }
}

/// Marks spelled in several characters, and the mark each stands for; the
/// apostrophes spelled as entities are `text::APOSTROPHE_ENTITIES`, which
/// the tokenizer reads too (`spelled_marks` gives both).
const SPELLED_MARKS: [(&str, char); 10] = [
    ("''", '"'),
    ("``", '“'),
    ("&quot;", '"'),
    ("&#34;", '"'),
    ("&ldquo;", '“'),
    ("&rdquo;", '”'),
    ("&#8220;", '“'),
    ("&#8221;", '”'),
    ("&lsquo;", '‘'),
    ("&#8216;", '‘'),
];

/// Every mark spelled in several characters.
fn spelled_marks() -> impl Iterator<Item = &'static (&'static str, char)> {
    SPELLED_MARKS.iter().chain(&APOSTROPHE_ENTITIES)
}

/// A mark spelled in several characters, as the mark it stands for and its
/// length in bytes.
fn spelled(input: &str) -> ScanResult<'_, (char, usize)> {
    let no_mark = nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag));
    // (Most marks are of one character: they are told apart at once by
    // the first bytes of the spelled marks.)
    let [first @ (b'\'' | b'`' | b'&'), _, ..] = input.as_bytes() else {
        return Err(no_mark);
    };
    let candidates = spelled_marks().filter(|(spelling, _)| spelling.as_bytes()[0] == *first);
    for &(spelling, ch) in candidates {
        if let Ok((rest, _)) = tag::<_, _, nom::error::Error<&str>>(spelling).parse(input) {
            return Ok((rest, (ch, spelling.len())));
        }
    }
    Err(no_mark)
}

/// One quotation mark: one spelled in several characters, or a mark of the
/// grammar.
fn mark<'a>(table: &MarkTable, input: &'a str) -> ScanResult<'a, (char, usize)> {
    alt((
        spelled,
        map(satisfy(|c| table.is_mark(c)), |c| (c, c.len_utf8())),
    ))
    .parse(input)
}

/// Every mark of `text` with its byte offset, in order.
pub fn scan(text: &str, table: &MarkTable) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut input = text;
    while !input.is_empty() {
        if let Ok((rest, _)) = plain(table, input) {
            input = rest;
        }
        if let Ok((rest, (ch, len))) = mark(table, input) {
            marks.push(Mark {
                pos: text.len() - input.len(),
                ch,
                len,
            });
            input = rest;
        }
    }
    marks
}

/// The mark that opens `text[pos..]`, if any.
pub fn mark_at(text: &str, pos: usize, table: &MarkTable) -> Option<Mark> {
    mark(table, text.get(pos..)?)
        .ok()
        .map(|(_, (ch, len))| Mark { pos, ch, len })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_every_mark_style_with_offsets() {
        let g = Grammar::english();
        let table = MarkTable::new(&g);
        let text = "a \"b\" “c” ‘d’ «\u{a0}e\u{a0}» „f“ g's";
        let found: Vec<char> = scan(text, &table).into_iter().map(|m| m.ch).collect();
        assert_eq!(
            found,
            ['"', '"', '“', '”', '‘', '’', '«', '»', '„', '“', '\'']
        );
        let offsets = scan(text, &table);
        assert_eq!(offsets[0].pos, 2);
        assert_eq!(&text[offsets[2].pos..offsets[2].end()], "“");
    }

    #[test]
    fn doubled_apostrophes_are_one_double_mark() {
        let table = MarkTable::new(&Grammar::english());
        let marks = scan("he said ''no'' twice", &table);
        assert_eq!(marks.len(), 2);
        assert_eq!((marks[0].ch, marks[0].len), ('"', 2));
    }

    #[test]
    fn doubled_backticks_open_a_double_quote() {
        let table = MarkTable::new(&Grammar::english());
        let marks = scan("he said ``no'' and `one` twice", &table);
        assert_eq!(marks.len(), 2, "{marks:?}");
        assert_eq!((marks[0].pos, marks[0].ch, marks[0].len), (8, '“', 2));
        assert_eq!((marks[1].ch, marks[1].len), ('"', 2));
    }

    #[test]
    fn every_spelled_mark_is_looked_for() {
        for &(spelling, ch) in spelled_marks() {
            assert_eq!(
                spelled(spelling),
                Ok(("", (ch, spelling.len()))),
                "{spelling}"
            );
        }
    }

    #[test]
    fn html_entities_are_marks_of_their_length() {
        let table = MarkTable::new(&Grammar::english());
        let text = "&quot;No,&quot; he said. &#8220;Never&#8221; &amp; don&rsquo;t";
        let marks: Vec<(char, usize)> = scan(text, &table).iter().map(|m| (m.ch, m.len)).collect();
        assert_eq!(marks, [('"', 6), ('"', 6), ('“', 7), ('”', 7), ('’', 7)]);
    }

    #[test]
    fn empty_and_markless_text() {
        let g = Grammar::english();
        let table = MarkTable::new(&g);
        assert!(scan("", &table).is_empty());
        assert!(scan("no marks at all", &table).is_empty());
    }
}
