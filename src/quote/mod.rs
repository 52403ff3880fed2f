//! Finding quotations: marks are scanned (`marks`), then paired paragraph by
//! paragraph the way a careful reader pairs them.
//!
//! Rules, in the order they apply to each mark:
//! - a mark between two letters is an apostrophe (`China's`, `don’t`), and
//!   so is a single mark after a plural's s before a lowercase word, or a
//!   name's before a name, when a closing mark still follows (`'The
//!   players' wages are high,'`, `'at St James' Park'`);
//! - a straight mark opens when it stands before a word and closes when it
//!   stands after one (it is left- or right-flanking, as CommonMark says);
//! - a single mark opens only when a closing single mark can follow in the
//!   same paragraph, so `‘Central Asia` with none is left alone;
//! - an opening mark of a family already open closes the open quote first
//!   (its closing mark is missing), unless it is of the other print,
//!   straight or curly, and is closed right before the open quote is: then
//!   it is a quote inside it (`“… "fight" on …”`);
//! - a closing mark with nothing open starts its quote at the paragraph's
//!   start or at the end of the quote before it (its opening mark is missing),
//!   unless it is a straight double mark right after a digit: an inch mark
//!   (`6'3" tall`);
//! - a quote still open at the end of its paragraph ends there. When the next
//!   paragraph opens with a mark of the same family, that is the news
//!   convention for a quote running over several paragraphs; otherwise the
//!   closing mark is missing.
//!
//! Quotes never cross a paragraph, so a stray mark cannot swallow the rest of
//! an article, and each mark is looked at once: the work is linear.

pub mod marks;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::grammar::MarkRole;
use crate::text::{Span, is_space, paragraphs, trim_span};
use marks::{Mark, MarkTable};

/// A quotation found in the text, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    /// The quoted words, marks and surrounding white space excluded.
    pub span: Span,
    /// The quote with whatever marks it has.
    pub outer: Span,
    /// Index of its paragraph in `paragraphs(text)`.
    pub paragraph: usize,
    pub has_open_mark: bool,
    pub has_close_mark: bool,
    /// 0 for a quote in the narrative; 1 for a quote inside a quote, and so on.
    pub depth: usize,
    /// The quote goes on in the next paragraph (open at the end of this one,
    /// and the next one opens with a mark of the same family).
    pub runs_on: bool,
    /// This quote continues the run-on quote of the paragraph before.
    pub continues: bool,
}

/// Everything the finder saw.
#[derive(Debug, Default)]
pub struct Found {
    pub paragraphs: Vec<Span>,
    pub quotes: Vec<FoundQuote>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What a mark does here, once its neighbours are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Closes if its family is open, opens otherwise.
    Either,
    /// An apostrophe or a mark that does nothing here.
    Ignore,
}

#[derive(Debug, Clone, Copy)]
struct OpenMark {
    pos: usize,
    ch: char,
    len: usize,
    family: usize,
}

/// Finds the quotations of an article.
pub fn find(text: &str, table: &MarkTable) -> Found {
    let paragraphs = paragraphs(text);
    let all_marks = marks::scan(text, table);
    let mut found = Found::default();
    let mut next_mark = 0;
    let mut previous_runs_on: Option<usize> = None;
    for (index, para) in paragraphs.iter().enumerate() {
        let first = next_mark;
        while next_mark < all_marks.len() && all_marks[next_mark].pos < para.end {
            next_mark += 1;
        }
        let marks = &all_marks[first..next_mark];
        let next_para_opener = paragraphs.get(index + 1).and_then(|next| {
            let m = marks::mark_at(text, next.start, table)?;
            table.info(m.ch).map(|info| (m.ch, info.family))
        });
        let ctx = ParagraphCtx {
            text,
            table,
            para: *para,
            index,
            next_para_opener,
            continues_family: previous_runs_on,
        };
        previous_runs_on = pair_paragraph(&ctx, marks, &mut found);
    }
    // A nested quote closes before the quote around it: put them in reading order.
    found.quotes.sort_by_key(|q| (q.span.start, q.depth));
    found.paragraphs = paragraphs;
    found
}

struct ParagraphCtx<'a> {
    text: &'a str,
    table: &'a MarkTable,
    para: Span,
    index: usize,
    next_para_opener: Option<(char, usize)>,
    /// The family of the run-on quote the paragraph before left open.
    continues_family: Option<usize>,
}

/// Pairs the marks of one paragraph. Returns the family of a quote that runs
/// on into the next paragraph.
/// How many marks ahead an opening mark inside a quote looks for the two
/// that would close it and the quote around it.
const LOOK_AHEAD: usize = 8;

fn pair_paragraph(ctx: &ParagraphCtx, marks: &[Mark], found: &mut Found) -> Option<usize> {
    let text = ctx.text;
    // The last place a single mark could close: openers after it cannot.
    let last_single_close = marks
        .iter()
        .rev()
        .find(|m| {
            ctx.table
                .info(m.ch)
                .is_some_and(|info| info.spec.apostrophe)
                && right_flanking(text, ctx.para, m.pos, m.len)
        })
        .map(|m| m.pos);

    let mut stack: Vec<OpenMark> = Vec::new();
    // Where a quote with a missing opening mark may start.
    let mut recovery_start = ctx.para.start;
    for (k, &mark) in marks.iter().enumerate() {
        let Mark { pos, ch: c, len } = mark;
        let Some(info) = ctx.table.info(c) else {
            continue;
        };
        let family = info.family;
        let open_in_family = stack.iter().rposition(|o| o.family == family);
        let role = role_of(ctx, mark, last_single_close);
        let role = match role {
            Role::Either if open_in_family.is_some() => Role::Close,
            Role::Either => Role::Open,
            // `“` closes a `„` quote.
            Role::Open
                if open_in_family.is_some_and(|i| info.spec.closes.contains(&stack[i].ch)) =>
            {
                Role::Close
            }
            // A closing-only mark standing before a word, with nothing open,
            // is used as an opener (`”Hello”` in some styles and typos).
            Role::Close
                if open_in_family.is_none()
                    && !info.spec.apostrophe
                    && left_flanking(text, ctx.para, pos, len)
                    && !right_flanking(text, ctx.para, pos, len) =>
            {
                Role::Open
            }
            // An opening-only mark standing after a word closes an open quote.
            Role::Open
                if open_in_family.is_some()
                    && right_flanking(text, ctx.para, pos, len)
                    && !left_flanking(text, ctx.para, pos, len) =>
            {
                Role::Close
            }
            other => other,
        };
        match role {
            Role::Ignore | Role::Either => {}
            Role::Open => {
                // (“… "fight" on …”, "… “fight” on …": a mark of the other
                // print, straight or curly, inside a quote, closed in its
                // print right before the quote is closed in its own, is a
                // quote inside it, not a new one: "… "B," he said. “C.”"
                // opens another after the first.)
                let straight = |ch: char| {
                    ctx.table
                        .info(ch)
                        .is_some_and(|i| i.spec.role == MarkRole::Either)
                };
                let closes = |m: &Mark, opener: char| match straight(opener) {
                    true => m.ch == opener,
                    false => ctx
                        .table
                        .info(m.ch)
                        .is_some_and(|i| i.family == family && i.spec.role == MarkRole::Close),
                };
                // (The next two marks of the family close them, so the work
                // stays linear: a few marks ahead are looked at, no more.)
                let nested = open_in_family.is_some_and(|i| {
                    let outer = stack[i].ch;
                    let mut ahead = marks[k + 1..]
                        .iter()
                        .take(LOOK_AHEAD)
                        .filter(|m| ctx.table.info(m.ch).is_some_and(|i| i.family == family));
                    straight(outer) != straight(c)
                        && ahead.next().is_some_and(|m| closes(m, c))
                        && ahead.next().is_some_and(|m| closes(m, outer))
                });
                if let Some(i) = open_in_family.filter(|_| !nested) {
                    // Same family cannot nest: the open quote lost its closing mark.
                    let open = stack[i];
                    stack.truncate(i);
                    if stack.is_empty() {
                        let end = trim_span(text, Span::new(open.pos, pos)).end;
                        push_quote(
                            ctx,
                            found,
                            open.pos + open.len,
                            end,
                            open.pos,
                            end,
                            true,
                            false,
                        );
                        found.diagnostics.push(Diagnostic::new(
                            DiagnosticKind::MissingClosingMark,
                            Span::new(open.pos, open.pos + open.len),
                            "quote has no closing mark; it ends where the next quote opens",
                        ));
                        recovery_start = end;
                    }
                }
                stack.push(OpenMark {
                    pos,
                    ch: c,
                    len,
                    family,
                });
            }
            Role::Close => match open_in_family {
                Some(i) => {
                    let open = stack[i];
                    stack.truncate(i);
                    let close_end = pos + len;
                    push_quote(
                        ctx,
                        found,
                        open.pos + open.len,
                        pos,
                        open.pos,
                        close_end,
                        true,
                        true,
                    );
                    if stack.is_empty() {
                        recovery_start = close_end;
                    } else if let Some(nested) = found.quotes.last_mut() {
                        nested.depth = stack.len();
                    }
                }
                None if info.spec.apostrophe => {}
                // `6'2"`, `12" pizzas`: a straight mark right after a digit,
                // with nothing open, is an inch mark, not a closing mark
                // whose opener is missing.
                None if c == '"' && text[..pos].ends_with(|d: char| d.is_ascii_digit()) => {}
                None if stack.is_empty() => {
                    let close_end = pos + len;
                    if push_quote(
                        ctx,
                        found,
                        recovery_start,
                        pos,
                        recovery_start,
                        close_end,
                        false,
                        true,
                    ) {
                        found.diagnostics.push(Diagnostic::new(
                            DiagnosticKind::MissingOpeningMark,
                            Span::new(pos, close_end),
                            "quote has no opening mark; it starts where its paragraph or the quote before it ends",
                        ));
                    }
                    recovery_start = close_end;
                }
                None => found.diagnostics.push(Diagnostic::new(
                    DiagnosticKind::UnmatchedMark,
                    Span::new(pos, pos + len),
                    format!(
                        "closing mark {c:?} matches no opening mark inside the quote around it"
                    ),
                )),
            },
        }
    }

    // Whatever is still open ends with the paragraph.
    let outermost = stack.first().copied()?;
    let runs_on = ctx
        .next_para_opener
        .is_some_and(|(c, family)| family == outermost.family && ctx.table.can_open(c, family));
    let start = outermost.pos + outermost.len;
    let pushed = push_quote(
        ctx,
        found,
        start,
        ctx.para.end,
        outermost.pos,
        ctx.para.end,
        true,
        false,
    );
    if let Some(last) = found.quotes.last_mut().filter(|_| pushed) {
        last.runs_on = runs_on;
    }
    if !runs_on && pushed {
        found.diagnostics.push(Diagnostic::new(
            DiagnosticKind::MissingClosingMark,
            Span::new(outermost.pos, start),
            "quote has no closing mark; it ends with its paragraph",
        ));
    }
    for inner in &stack[1..] {
        if ctx.table.info(inner.ch).is_some_and(|m| !m.spec.apostrophe) {
            found.diagnostics.push(Diagnostic::new(
                DiagnosticKind::UnmatchedMark,
                Span::new(inner.pos, inner.pos + inner.len),
                format!("opening mark {:?} inside a quote is never closed", inner.ch),
            ));
        }
    }
    runs_on.then_some(outermost.family)
}

/// Records a quote whose words lie in `[start, end)`; returns whether it had
/// any words.
#[allow(clippy::too_many_arguments)]
fn push_quote(
    ctx: &ParagraphCtx,
    found: &mut Found,
    start: usize,
    end: usize,
    outer_start: usize,
    outer_end: usize,
    has_open_mark: bool,
    has_close_mark: bool,
) -> bool {
    let span = trim_span(ctx.text, Span::new(start, end.max(start)));
    if span.is_empty() {
        return false;
    }
    let continues = has_open_mark
        && outer_start == ctx.para.start
        && ctx.continues_family.is_some_and(|f| {
            marks::mark_at(ctx.text, outer_start, ctx.table)
                .and_then(|m| ctx.table.info(m.ch))
                .is_some_and(|m| m.family == f)
        });
    found.quotes.push(FoundQuote {
        span,
        outer: Span::new(outer_start, outer_end),
        paragraph: ctx.index,
        has_open_mark,
        has_close_mark,
        runs_on: false,
        continues,
        depth: 0,
    });
    true
}

fn char_before(text: &str, para: Span, pos: usize) -> Option<char> {
    text[para.start..pos].chars().next_back()
}

fn char_after(text: &str, para: Span, pos: usize, len: usize) -> Option<char> {
    text[pos + len..para.end].chars().next()
}

/// Characters after which a mark still opens: `("`, `—“`, `:“`.
fn opens_after(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«' | '„' | '\'' | '"'
    )
}

/// The mark stands before a word: nothing or space or an opening bracket
/// before it, and something that is not space after it.
fn left_flanking(text: &str, para: Span, pos: usize, len: usize) -> bool {
    let after_ok = char_after(text, para, pos, len).is_some_and(|n| !is_space(n));
    let before_ok = char_before(text, para, pos).is_none_or(|p| is_space(p) || opens_after(p));
    after_ok && before_ok
}

/// The mark stands after a word: something that is not space before it, and
/// nothing or space or punctuation after it.
fn right_flanking(text: &str, para: Span, pos: usize, len: usize) -> bool {
    let before_ok = char_before(text, para, pos).is_some_and(|p| !is_space(p));
    let after_ok = char_after(text, para, pos, len).is_none_or(|n| !n.is_alphanumeric());
    before_ok && after_ok
}

fn role_of(ctx: &ParagraphCtx, mark: Mark, last_single_close: Option<usize>) -> Role {
    let Mark { pos, ch: c, len } = mark;
    let Some(info) = ctx.table.info(c) else {
        return Role::Ignore;
    };
    let (text, para) = (ctx.text, ctx.para);
    let before = char_before(text, para, pos);
    let after = char_after(text, para, pos, len);
    let between_letters =
        before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric);
    if info.spec.apostrophe {
        if between_letters {
            return Role::Ignore;
        }
        let left = left_flanking(text, para, pos, len);
        let right = right_flanking(text, para, pos, len);
        return match (left, right) {
            // An opener needs a closer ahead in the paragraph, and is not an
            // elision such as ’90s or ’em. (Or it runs on: the next paragraph
            // opens with the same mark, as a quote of several paragraphs
            // does: "said: 'We were given no food. ¶ 'My children …'".)
            (true, false)
                if info.spec.role != MarkRole::Close
                    || last_single_close.is_some_and(|p| p > pos) =>
            {
                let closes_ahead = last_single_close.is_some_and(|p| p > pos);
                let runs_on = || ctx.next_para_opener.is_some_and(|(next, _)| next == c);
                if (closes_ahead || runs_on()) && !is_elision(&text[pos + len..para.end]) {
                    Role::Open
                } else {
                    Role::Ignore
                }
            }
            // "the players' wages", "rock 'n' roll", "waitin' for": a
            // plural's possessive or a dropped "g" before a lowercase word,
            // when a closing mark can still follow, and the end of an
            // elided "'n'", are apostrophes.
            (false, true) if apostrophe_after_word(text, para, pos, len, last_single_close) => {
                Role::Ignore
            }
            (false, true) => Role::Close,
            (true, true) => Role::Either,
            _ => Role::Ignore,
        };
    }
    match info.spec.role {
        MarkRole::Open => Role::Open,
        MarkRole::Close => Role::Close,
        MarkRole::Either => {
            if between_letters {
                // 5"6, or a typo inside a word: leave it.
                return Role::Ignore;
            }
            match (
                left_flanking(text, para, pos, len),
                right_flanking(text, para, pos, len),
            ) {
                (true, false) => Role::Open,
                (false, true) => Role::Close,
                _ => Role::Either,
            }
        }
    }
}

/// Whether a straight or curly single mark at `pos`, after a word, is an
/// apostrophe: a plural's possessive ("players' wages") before a lowercase
/// word, a name's before a name ("St James' Park") or a dropped "g"
/// ("waitin' for"), with a closing mark still ahead in the paragraph; or
/// the end of "'n'".
fn apostrophe_after_word(
    text: &str,
    para: Span,
    pos: usize,
    len: usize,
    last_single_close: Option<usize>,
) -> bool {
    let before = &text[para.start..pos];
    if before.ends_with("'n") || before.ends_with("’n") {
        return true;
    }
    // ("We've been waitin' for years": a dropped "g" before a lowercase
    // word, when a closing mark can still follow. Not "again", "Putin",
    // "join": a word in lower case of four letters or more, ending in "in"
    // after no vowel but "o" or "y", "goin'", "sayin'".)
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let dropped_g = word.len() >= 4
        && word.ends_with("in")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(word.as_bytes()[word.len() - 3], b'a' | b'e' | b'i' | b'u');
    let lowercase_next = || {
        let mut after = text[pos + len..para.end].chars();
        after.next() == Some(' ') && after.next().is_some_and(char::is_lowercase)
    };
    if dropped_g && lowercase_next() && last_single_close.is_some_and(|p| p > pos) {
        return true;
    }
    // ("St James' Park", "Wales' First Minister": a name's, before a name.)
    let name_before = || {
        before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let mut after = text[pos + len..para.end].chars();
    before.ends_with('s')
        && after.next() == Some(' ')
        && after
            .clone()
            .next()
            .is_some_and(|c| c.is_lowercase() || (c.is_uppercase() && name_before()))
        && last_single_close.is_some_and(|p| p > pos)
        && !no_possessive_before(after.as_str())
}

/// Whether the text starts with a word that no possessive stands before
/// ("'talks' and means", "'peace talks' to mean"): a conjunction, a
/// preposition, a verb of being, or a relative pronoun.
fn no_possessive_before(after: &str) -> bool {
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(
        word,
        "and"
            | "or"
            | "but"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "that"
            | "which"
            | "who"
    )
}

/// Words that start with an apostrophe of elision: ’90s, ’em, ’til, ’cause.
fn is_elision(after: &str) -> bool {
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    let lower = word.to_lowercase();
    word.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            lower.as_str(),
            "em" | "til" | "cause" | "tis" | "twas" | "n" | "s"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;

    /// The quoted words of `text`, with a `!` after those recovered from a
    /// broken mark, and `+` after those that run on.
    fn quotes(text: &str) -> Vec<String> {
        let table = MarkTable::new(&Grammar::english());
        let found = find(text, &table);
        found
            .quotes
            .iter()
            .map(|q| {
                let mut s = text[q.span.start..q.span.end].to_owned();
                if !(q.runs_on || q.has_open_mark && q.has_close_mark) {
                    s.push('!');
                }
                if q.runs_on {
                    s.push('+');
                }
                s
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(quotes(r#"He said "yes," and left."#), ["yes,"]);
        assert_eq!(quotes("He said “yes” and “no”."), ["yes", "no"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quotes("China's ‘questions and concerns’ over Russia’s war"),
            ["questions and concerns"]
        );
        assert_eq!(
            quotes("the leaders’ meeting and ’90s rock"),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("over 'rape' comments, it's 'America's Toughest Sheriff'"),
            ["rape", "America's Toughest Sheriff"]
        );
        // A plural's possessive inside a quote in straight single marks,
        // and "rock 'n' roll".
        assert_eq!(
            quotes("'The players' wages are too high,' said Mikel Arteta."),
            ["The players' wages are too high,"]
        );
        assert_eq!(
            quotes("'Rock 'n' roll is dead,' said Keith Richards."),
            ["Rock 'n' roll is dead,"]
        );
        // A dropped "g" ("waitin'", "nothin'") before a lowercase word.
        assert_eq!(
            quotes("'We've been waitin' for years,' said Tom Jones."),
            ["We've been waitin' for years,"]
        );
        assert_eq!(
            quotes("They chanted 'never again' and 'never forget' all night."),
            ["never again", "never forget"]
        );
        // A quote that ends on a plural still ends there.
        assert_eq!(
            quotes("He called them 'the best players' and left."),
            ["the best players"]
        );
        // A name's possessive before a name.
        assert_eq!(
            quotes("Neville said: 'They've got to win at St James' Park.'"),
            ["They've got to win at St James' Park."]
        );
        assert_eq!(
            quotes("He called it 'a trip to see the Smiths' and Blur left."),
            ["a trip to see the Smiths"]
        );
        // A plural before a word no possessive comes before ("and") ends
        // its quote, though another single quote follows.
        assert_eq!(
            quotes("\"Russia says 'talks' and means 'surrender,'\" he wrote."),
            [
                "Russia says 'talks' and means 'surrender,'",
                "talks",
                "surrender,"
            ]
        );
        assert_eq!(
            quotes("\"They want 'peace talks' to mean 'surrender',\" he wrote."),
            [
                "They want 'peace talks' to mean 'surrender',",
                "peace talks",
                "surrender"
            ]
        );
    }

    #[test]
    fn single_opener_without_closer_is_left_alone() {
        assert_eq!(
            quotes("the countries of ‘Central Asia. More text."),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("he endorsed China's 'One China policy and left."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(quotes("Il a dit «\u{a0}non\u{a0}» hier."), ["non"]);
        assert_eq!(quotes("Er sagte „nein“ gestern."), ["nein"]);
    }

    #[test]
    fn nested_quotes_are_found_inside_the_outer_one() {
        let text = "“He called it ‘a disgrace’ today,” she said.";
        assert_eq!(
            quotes(text),
            ["He called it ‘a disgrace’ today,", "a disgrace"]
        );
        let table = MarkTable::new(&Grammar::english());
        let depths: Vec<usize> = find(text, &table).quotes.iter().map(|q| q.depth).collect();
        assert_eq!(depths, [0, 1]);
    }

    #[test]
    fn a_quote_in_the_other_print_nests_inside_the_quote_around_it() {
        // Straight inside curly and curly inside straight, each closed
        // right before the quote around it is.
        assert_eq!(
            quotes("“We will, of course, \"fight\" on,” she said."),
            ["We will, of course, \"fight\" on,", "fight"]
        );
        assert_eq!(
            quotes("\"I read the question: “Is he fit?” Most said no.\" she said."),
            [
                "I read the question: “Is he fit?” Most said no.",
                "Is he fit?"
            ]
        );
        // A curly quote that lost its closing mark ("!"), a straight one
        // and a curly one after them are three, not one around the
        // straight one.
        assert_eq!(
            quotes("“We will win. \"They will lose,\" he said. “Fine.”"),
            ["We will win.!", "They will lose,", "Fine."]
        );
    }

    #[test]
    fn second_opening_mark_closes_an_unclosed_quote() {
        assert_eq!(
            quotes(r#""We value it. We understand. "We will explain," Putin said."#),
            ["We value it. We understand.!", "We will explain,"]
        );
    }

    #[test]
    fn missing_opening_marks_are_recovered() {
        assert_eq!(
            quotes(
                r##"China is willing," Xi remarked, calling him an "old friend," to work with Russia.""##
            ),
            ["China is willing,!", "old friend,", "to work with Russia.!"]
        );
    }

    #[test]
    fn an_inch_mark_after_a_digit_opens_no_missing_quote() {
        assert_eq!(
            quotes(r#"Trump is 6'3" tall. The store sells 12" pizzas, Lee said it was "huge.""#),
            ["huge."]
        );
        // A quote that ends in a digit still closes.
        assert_eq!(quotes(r#"He called it "Catch-22" and left."#), ["Catch-22"]);
    }

    #[test]
    fn missing_closing_mark_ends_with_the_paragraph() {
        assert_eq!(
            quotes("“During the meeting, we will explain.\n\nNext paragraph."),
            ["During the meeting, we will explain.!"]
        );
    }

    #[test]
    fn run_on_quotes_over_paragraphs() {
        let text = "“First paragraph of speech.\n\n“Second paragraph,” he said.";
        assert_eq!(
            quotes(text),
            ["First paragraph of speech.+", "Second paragraph,"]
        );
        let table = MarkTable::new(&Grammar::english());
        let found = find(text, &table);
        assert!(found.quotes[1].continues);
        assert!(found.diagnostics.is_empty());
    }

    #[test]
    fn split_quotes() {
        assert_eq!(
            quotes("“We are here,” he said, “to stay.”"),
            ["We are here,", "to stay."]
        );
    }

    #[test]
    fn stray_mark_does_not_cross_paragraphs() {
        let text = "A stray “ mark here.\nAnother “real” one.";
        assert_eq!(quotes(text), ["mark here.!", "real"]);
    }
}
