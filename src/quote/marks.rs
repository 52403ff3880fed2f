//! The mark scanner: a nom parser that splits an article into plain text and
//! quotation marks, in one pass.
//!
//! ```text
//! article := (plain | mark)*
//! plain   := one or more characters that are not marks
//! mark    := one character listed in the grammar's marks.toml
//! ```

use nom::{IResult, Parser, bytes::complete::take_till1, character::complete::satisfy};

use crate::grammar::{Grammar, MarkRole, MarkSpec};

type ScanResult<'a, T> = IResult<&'a str, T>;

/// The grammar's marks, indexed for the scanner and the pairer.
#[derive(Debug, Clone)]
pub struct MarkTable {
    specs: Vec<MarkSpec>,
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
        MarkTable {
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

/// Plain text: one or more characters up to the next mark.
fn plain<'a>(table: &MarkTable, input: &'a str) -> ScanResult<'a, &'a str> {
    take_till1(|c| table.is_mark(c)).parse(input)
}

/// One quotation mark.
fn mark<'a>(table: &MarkTable, input: &'a str) -> ScanResult<'a, char> {
    satisfy(|c| table.is_mark(c)).parse(input)
}

/// Every mark of `text` with its byte offset, in order.
pub fn scan(text: &str, table: &MarkTable) -> Vec<(usize, char)> {
    let mut marks = Vec::new();
    let mut input = text;
    while !input.is_empty() {
        if let Ok((rest, _)) = plain(table, input) {
            input = rest;
        }
        if let Ok((rest, c)) = mark(table, input) {
            marks.push((text.len() - input.len(), c));
            input = rest;
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_every_mark_style_with_offsets() {
        let g = Grammar::english();
        let table = MarkTable::new(&g);
        let text = "a \"b\" “c” ‘d’ «\u{a0}e\u{a0}» „f“ g's";
        let found: Vec<char> = scan(text, &table).into_iter().map(|(_, c)| c).collect();
        assert_eq!(
            found,
            ['"', '"', '“', '”', '‘', '’', '«', '»', '„', '“', '\'']
        );
        let offsets = scan(text, &table);
        assert_eq!(offsets[0].0, 2);
        assert_eq!(&text[offsets[2].0..offsets[2].0 + 3], "“");
    }

    #[test]
    fn empty_and_markless_text() {
        let g = Grammar::english();
        let table = MarkTable::new(&g);
        assert!(scan("", &table).is_empty());
        assert!(scan("no marks at all", &table).is_empty());
    }
}
