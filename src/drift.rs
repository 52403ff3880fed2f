//! Wording drift: a word-level alignment of one rendering against a group's
//! reference, with every edit named and one severity.
//!
//! Words are compared by lemma, so "appreciates" meets "appreciate"; a
//! synonym that replaces a word ("appreciate" → "value") is a substitution,
//! which is the drift an editor wants to see. Editorial marks (`[s]`,
//! `(his)`, ellipses) are taken out of the words before alignment and named
//! as edits of their own, or, where words of the reference are missing
//! right where a mark stands alone, as what the mark stands for ("the
//! Russian side → [Moscow]", "on a NATO member → …").

use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::sync::LazyLock;
use text2num::{Language, text2digits};

use crate::group::lexicon::Lexicon;
use crate::text::ellipsis_at;

/// One word of a rendering.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Word {
    /// As printed.
    pub raw: String,
    /// Lowercased, apostrophes made straight.
    pub lower: String,
    /// Its lemma ("concerns" → "concern").
    pub lemma: String,
    /// The word as a word, whatever its print: a numeral's digits ("two"
    /// → "2"), a contraction's word ("'ll" → "will"). Two words of one
    /// lemma and two forms are two spellings of it ("apologise",
    /// "apologize") or two inflections ("concerns", "concern"; "are",
    /// "were"): `Lexicon::inflection` tells which.
    pub form: String,
    /// Not a function word.
    pub content: bool,
    /// Printed joined to the word before: a contraction's ending ("'ll").
    pub ending: bool,
    /// Printed after a hyphen: "funded" in "fully-funded".
    pub hyphened: bool,
    /// Printed with a bracket joined to its letters: "understand[s]". (Its
    /// form is then the outlet's mark, not another inflection.)
    pub bracketed: bool,
    /// The index among the rendering's marks of a mark standing alone right
    /// before this word: "[Moscow] that", "attack … would".
    pub after_mark: Option<usize>,
}

impl Word {
    /// The word as an edit names it alone: as printed, or by its letters
    /// where it is printed with nothing, as the "not" of "won't" is.
    fn shown(&self) -> &str {
        match self.raw.is_empty() {
            true => &self.lower,
            false => &self.raw,
        }
    }
}

/// A rendering read for comparison: its words and its editorial marks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendering {
    pub words: Vec<Word>,
    /// Editorial marks as printed: "[s]", "(his)", "…".
    pub marks: Vec<String>,
    /// Ends on a sentence's stop ("… gives us time."), not mid-sentence
    /// as a fragment does ("not equipped").
    pub ends_sentence: bool,
    /// The index among the marks of one standing alone after the last
    /// word: "would hurt [American workers]".
    pub mark_after_words: Option<usize>,
}

impl Rendering {
    /// The rendering without the words at `cut` (sorted indices).
    fn without(&self, cut: &[usize]) -> Rendering {
        Rendering {
            words: (self.words.iter().enumerate())
                .filter(|(k, _)| !cut.contains(k))
                .map(|(_, w)| w.clone())
                .collect(),
            marks: self.marks.clone(),
            ends_sentence: self.ends_sentence,
            mark_after_words: self.mark_after_words,
        }
    }

    /// Reads `text`: words, and the editorial marks taken out of them.
    pub fn read(text: &str, lexicon: &Lexicon) -> Self {
        let mut words = Vec::new();
        let mut marks = Vec::new();
        let mut current = String::new();
        let mut chars = text.char_indices().peekable();
        // (`rest` is the text after the word, for the word that follows.)
        let push = |raw: String, words: &mut Vec<Word>, rest: &str| {
            let mut lower = raw.to_lowercase().replace('’', "'");
            // (A number's thousands separators are print: "3,000" is 3000.
            // Only a number holds one, so most words are not copied again.)
            if lower.contains(',') {
                lower.retain(|c| c != ',');
            }
            // "Obama's" → "obama": a possessive ending is not part of the
            // word. A contraction is its two words, the second as printed:
            // "I'll" is "I" and "'ll" (will), "don't" "do" and "n't" (not),
            // so that "I will" / "I'll" differ only in print.
            let (stem_len, expansion) = contraction(&lower, rest);
            // (A noun before its "'s" as "is" is still a word of content:
            // "economy" in "the economy's in"; the stem of "gonna" is none.)
            let a_nouns_verb = expansion.is_some() && contraction(&lower, "").1.is_none();
            let stem = &lower[..stem_len];
            // (The ending in print: as many characters, though perhaps not
            // as many bytes, "n’t" for "n't".)
            let ending_chars = lower[stem_len..].chars().count();
            let raw_stem_len = match ending_chars {
                0 => raw.len(),
                n => raw.char_indices().rev().nth(n - 1).map_or(0, |(k, _)| k),
            };
            let variant = variant_of(stem);
            // (A censored word is its own lemma: its letters are not all there.)
            // ("2% ≈ 2 percent", "two ≈ 2", "& ≈ and": one word printed
            // two ways.)
            let spelled = match is_censored(stem) {
                true => Some(stem.to_owned()),
                false if stem == "%" => Some("percent".to_owned()),
                false if stem == "&" => Some("and".to_owned()),
                false => magnitude_after(stem, words.last())
                    .or_else(|| hour_suffix_after(stem, words.last()))
                    .or_else(|| denominator_after(stem, words.last()))
                    .or_else(|| digits_of(stem))
                    .or_else(|| abbreviation_spelt_out(stem, &raw).map(str::to_owned))
                    .or_else(|| variant.map(str::to_owned)),
            };
            let (form, lemma) = match spelled {
                Some(form) => (form.clone(), form),
                None => {
                    let form = irregular_stem(stem).unwrap_or(stem);
                    (form.to_owned(), lexicon.lemma(form))
                }
            };
            // ("whilst" is as much a function word as "while".)
            let content = !lexicon.is_stopword(stem)
                && variant.is_none_or(|word| !lexicon.is_stopword(word))
                && (expansion.is_none() || a_nouns_verb)
                && stem != "&";
            // ("won't": a stem that is no word is printed whole.)
            let raw_stem = match irregular_stem(stem) {
                None if expansion.is_some() => raw[..raw_stem_len].to_owned(),
                _ => raw.clone(),
            };
            // (So its ending is printed with nothing: "won't", not "won'tn't".)
            let ending = match irregular_stem(stem) {
                Some(_) => ("", &lower[stem_len..]),
                None => (&raw[raw_stem_len..], &lower[stem_len..]),
            };
            words.push(Word {
                raw: raw_stem,
                lower: match expansion {
                    Some(_) => stem.to_owned(),
                    None => lower.clone(),
                },
                lemma,
                form,
                content,
                ending: false,
                hyphened: false,
                bracketed: false,
                after_mark: None,
            });
            if let Some(expanded) = expansion {
                words.push(Word {
                    raw: ending.0.to_owned(),
                    lower: ending.1.to_owned(),
                    lemma: lexicon.lemma(expanded),
                    form: expanded.to_owned(),
                    content: false,
                    ending: true,
                    hyphened: false,
                    bracketed: false,
                    after_mark: None,
                });
            }
        };
        // ("$1.5bn ≈ $1.5 billion": a number and its magnitude's
        // abbreviation are two words, the second the magnitude's; so are an
        // hour and its "pm", "3pm ≈ 3 p.m.".)
        let flush = |current: &mut String, words: &mut Vec<Word>, rest: &str| {
            let raw = current
                .trim_matches(|c: char| c == '\'' || c == '’')
                .to_owned();
            current.clear();
            if raw.is_empty() {
                return;
            }
            match magnitude_at(&raw).or_else(|| hour_suffix_at(&raw)) {
                Some(k) => {
                    push(raw[..k].to_owned(), words, "");
                    push(raw[k..].to_owned(), words, rest);
                    if let Some(magnitude) = words.last_mut() {
                        magnitude.ending = true;
                    }
                }
                None => push(raw, words, rest),
            }
        };
        // The words printed after a hyphen ("fully-funded"), by index; and
        // the marks standing alone, by the index of the word after them.
        let mut hyphened = Vec::new();
        // (Denominators printed after a slash: "2/3"; numbers after a
        // currency's sign, and the sign.)
        let mut slashed = Vec::new();
        let mut signed = Vec::new();
        let mut bracketed = Vec::new();
        let mut after_marks = Vec::new();
        while let Some((i, c)) = chars.next() {
            match c {
                '[' | '(' => {
                    let close = if c == '[' { ']' } else { ')' };
                    let end = text[i..].find(close).map_or(text.len(), |e| i + e + 1);
                    if current.is_empty() {
                        after_marks.push((words.len(), marks.len()));
                    } else {
                        bracketed.push(words.len());
                    }
                    marks.push(text[i..end].to_owned());
                    // "understand[s]": the bracket belongs to the word before.
                    while chars.peek().is_some_and(|&(j, _)| j < end) {
                        chars.next();
                    }
                }
                '…' | '.' if let Some(len) = ellipsis_at(&text[i..]) => {
                    flush(&mut current, &mut words, "");
                    after_marks.push((words.len(), marks.len()));
                    marks.push("…".to_owned());
                    while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                        chars.next();
                    }
                }
                // ("1.5": a decimal point stays in its number.)
                '.' if !current.is_empty()
                    && current.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && text[i + 1..].starts_with(|n: char| n.is_ascii_digit()) =>
                {
                    current.push(c)
                }
                c if c.is_alphanumeric() => current.push(c),
                // ("3,000": a thousands separator stays in its number.)
                ',' if !current.is_empty()
                    && current.bytes().all(|b| b.is_ascii_digit() || b == b',')
                    && thousands_follow(&text[i + 1..]) =>
                {
                    current.push(c)
                }
                // ("US$50bn", "A$2m": a country's code before the dollar
                // is of the sign, which is no word.)
                '$' if !current.is_empty()
                    && current.len() <= 3
                    && current.bytes().all(|b| b.is_ascii_uppercase()) =>
                {
                    current.push(c);
                    signed.push((words.len(), std::mem::take(&mut current)));
                }
                // ("$1.5bn": a currency's sign is printed with the number
                // after it, and names the amount's currency.)
                c if currency_of_sign(c).is_some() => {
                    flush(&mut current, &mut words, &text[i..]);
                    signed.push((words.len(), c.to_string()));
                }
                // "2%", "Procter & Gamble": a sign that is a word of its own.
                // (Printed joined to a number it follows: "toward 2%", not
                // "toward 2 %", where the words are named.)
                '%' | '&' => {
                    let joined = c == '%' && !current.is_empty();
                    flush(&mut current, &mut words, "");
                    current.push(c);
                    flush(&mut current, &mut words, "");
                    if let Some(sign) = words.last_mut() {
                        sign.ending = joined;
                    }
                }
                '\'' | '’' if !current.is_empty() => current.push(c),
                // Initials keep their dots: "U.S.", "E.U.", "J.K."
                '.' if is_initials(&current)
                    && (current.contains('.') || {
                        let mut next = text[i + 1..].chars();
                        next.next().is_some_and(char::is_alphabetic) && next.next() == Some('.')
                    }) =>
                {
                    current.push(c)
                }
                // A censored word keeps its mask: "f***", "motherf**ker",
                // "b----" (three hyphens or more: "was--I" is a dash).
                '*' if !current.is_empty()
                    || text[i + 1..].starts_with(|n: char| n.is_alphanumeric()) =>
                {
                    current.push(c)
                }
                '-' if !current.is_empty() && text[i..].starts_with("---") => {
                    current.push(c);
                    while chars.next_if(|&(_, n)| n == '-').is_some() {
                        current.push('-');
                    }
                }
                // "fully-funded": two words, and the hyphen between them
                // kept to tell it from "fully funded".
                '-' if !current.is_empty()
                    && text[i + 1..].starts_with(|n: char| n.is_alphanumeric()) =>
                {
                    flush(&mut current, &mut words, "");
                    hyphened.push(words.len());
                }
                // "2/3": a fraction's two numbers, printed as one.
                '/' if !current.is_empty()
                    && current.bytes().all(|b| b.is_ascii_digit())
                    && text[i + 1..].starts_with(|n: char| n.is_ascii_digit()) =>
                {
                    flush(&mut current, &mut words, "");
                    slashed.push(words.len());
                }
                _ => flush(&mut current, &mut words, &text[i..]),
            }
        }
        flush(&mut current, &mut words, "");
        for k in hyphened {
            if let Some(w) = words.get_mut(k) {
                w.hyphened = true;
            }
        }
        for k in slashed {
            if let Some(w) = words.get_mut(k) {
                w.raw.insert(0, '/');
                w.ending = true;
            }
        }
        for (k, sign) in signed {
            if let Some(w) = words.get_mut(k)
                && w.raw.starts_with(|c: char| c.is_ascii_digit())
            {
                w.raw.insert_str(0, &sign);
            }
        }
        for k in bracketed {
            if let Some(w) = words.get_mut(k) {
                w.bracketed = true;
            }
        }
        let mut mark_after_words = None;
        for (k, mark) in after_marks {
            match words.get_mut(k) {
                Some(w) => {
                    w.after_mark.get_or_insert(mark);
                }
                None => {
                    mark_after_words.get_or_insert(mark);
                }
            }
        }
        // Two printed words that are one: "per cent" ("2 per cent" is "2
        // percent" printed the British way), number words that make one
        // number, "twenty-five" and "one hundred", as the digits "25" and
        // "100" are, and a compound printed with a hyphen that is one word
        // (`one_word_hyphened`). (As lower case, lemma, form if it is not
        // the lemma, what joins them, and whether it is a content word.)
        let numeric = |w: &Word| !w.lemma.is_empty() && w.lemma.bytes().all(|b| b.is_ascii_digit());
        let mut k = 0;
        while k + 1 < words.len() {
            let (a, b) = (&words[k], &words[k + 1]);
            let one = if a.lower == "per" && b.lower == "cent" {
                Some(("per cent".to_owned(), "percent".to_owned(), None, " ", true))
            } else if let Some(number) = times_magnitude(a, b) {
                // ("5 million", "$1.5bn": a number in digits and its
                // magnitude are one number, as "five million" is.)
                let sep = match (b.ending, b.hyphened) {
                    (true, _) => "",
                    (false, true) => "-",
                    (false, false) => " ",
                };
                Some((
                    format!("{}{sep}{}", a.lower, b.lower),
                    number,
                    None,
                    sep,
                    a.content,
                ))
            } else if numeric(a) && numeric(b) && !a.lower.starts_with(|c: char| c.is_ascii_digit())
            {
                let sep = if b.hyphened { "-" } else { " " };
                let joined = format!("{}{sep}{}", a.lower, b.lower);
                text2digits(&joined, &*ENGLISH)
                    .ok()
                    // (Nor "two trillion": the number, then the zeros.)
                    .or_else(|| {
                        (b.lower == "trillion").then(|| format!("{}{}", a.lemma, &b.lemma[1..]))
                    })
                    .map(|digits| (joined, digits, None, sep, a.content))
            } else if let Some(joined) = one_word_hyphened(a, b, lexicon) {
                let lemma = lexicon.lemma(&joined);
                let content = !lexicon.is_stopword(&joined);
                Some((joined.clone(), lemma, Some(joined), "-", content))
            } else {
                None
            };
            match one {
                Some((lower, lemma, form, sep, content)) => {
                    let next = words.remove(k + 1);
                    let first = &mut words[k];
                    first.raw = format!("{}{sep}{}", first.raw, next.raw);
                    first.lower = lower;
                    first.form = form.unwrap_or_else(|| lemma.clone());
                    first.lemma = lemma;
                    first.content = content;
                }
                None => k += 1,
            }
        }
        Rendering {
            words: names_made_one(dates_made_one(amounts_made_one(words)), lexicon),
            marks,
            ends_sentence: text
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'))
                .ends_with(['.', '!', '?']),
            mark_after_words,
        }
    }

    pub fn content_count(&self) -> usize {
        self.words.iter().filter(|w| w.content).count()
    }
}

/// The words with a date made one word, its month's and its day's: "May
/// 5", "5 May", "May 5th" and "the 5th of May" are one date printed four
/// ways. (A day printed as an ordinal beside a month is its number; not
/// another ordinal: "5th in the league" is no "5".)
/// The currency a sign names: "$" a dollar, "€" a euro.
fn currency_of_sign(sign: char) -> Option<&'static str> {
    match sign {
        '$' => Some("dollar"),
        '€' => Some("euro"),
        '£' => Some("pound"),
        '¥' => Some("yen"),
        '₹' => Some("rupee"),
        '₽' => Some("ruble"),
        _ => None,
    }
}

/// An amount of money is one word, its number's and its currency's,
/// however it is printed: "$1.5 billion", "1.5 billion dollars",
/// "US$1.5bn" (the number and its magnitude already one word). Its lemma
/// is the number's, and its form the number's, a space and the currency's:
/// "1500000000 dollar".
fn amounts_made_one(mut words: Vec<Word>) -> Vec<Word> {
    const CURRENCIES: [&str; 11] = [
        "dollar", "euro", "pound", "yen", "yuan", "renminbi", "ruble", "rouble", "rupee", "franc",
        "peso",
    ];
    // (By the word, singular or plural: the lexicon knows no "euros".)
    let currency_named = |w: &Word| {
        let singular = w.lower.strip_suffix('s').unwrap_or(&w.lower);
        CURRENCIES
            .into_iter()
            .find(|&c| c == singular || c == w.lower)
    };
    for k in 0.. {
        let Some(number) = words.get(k).map(|w| &w.lemma) else {
            break;
        };
        if !number.starts_with(|c: char| c.is_ascii_digit())
            || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            continue;
        }
        // (Its sign after a country's code: "US$".)
        let signed = (words[k].raw.chars())
            .find(|c| !c.is_ascii_uppercase())
            .and_then(currency_of_sign);
        let named = words
            .get(k + 1)
            .filter(|w| !w.ending)
            .and_then(currency_named);
        let Some(currency) = signed.or(named) else {
            continue;
        };
        // (Its sign is printed in its lower case too: "$5" and "€5" are two
        // prints.)
        if signed.is_some() {
            words[k].lower = words[k].raw.to_lowercase();
        } else {
            let named = words.remove(k + 1);
            let sep = if named.hyphened { "-" } else { " " };
            let amount = &mut words[k];
            amount.raw = format!("{}{sep}{}", amount.raw, named.raw);
            amount.lower = format!("{}{sep}{}", amount.lower, named.lower);
        }
        let amount = &mut words[k];
        amount.form = format!("{} {currency}", amount.lemma);
    }
    words
}

/// The currency an amount's form names ("1500000000 dollar"), if it does.
fn currency(word: &Word) -> Option<&str> {
    let (number, currency) = word.form.split_once(' ')?;
    (number == word.lemma && number.starts_with(|c: char| c.is_ascii_digit())).then_some(currency)
}

fn dates_made_one(mut words: Vec<Word>) -> Vec<Word> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // (In capitals: "may" is a verb.)
    let is_month = |w: Option<&Word>| {
        w.is_some_and(|w| starts_upper(&w.raw) && MONTHS.contains(&w.lemma.as_str()))
    };
    for k in 0..words.len() {
        let lower = &words[k].lower;
        let day = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|ending| lower.strip_suffix(ending))
            .filter(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
        let Some(day) = day.map(str::to_owned) else {
            continue;
        };
        let month_beside = is_month(k.checked_sub(1).and_then(|p| words.get(p)))
            || is_month(words.get(k + 1))
            || (words.get(k + 1).is_some_and(|w| w.lower == "of") && is_month(words.get(k + 2)));
        if month_beside {
            words[k].form.clone_from(&day);
            words[k].lemma = day;
        }
    }
    // ("the 5th of May": its "the" and "of" print the day too.)
    let mut k = 1;
    while k + 2 < words.len() {
        let printed_with = words[k - 1].lower == "the" && words[k + 1].lower == "of";
        if printed_with && words[k].lemma != words[k].lower && is_month(words.get(k + 2)) {
            let of = words.remove(k + 1);
            let the = words.remove(k - 1);
            let day = &mut words[k - 1];
            day.raw = format!("{} {} {}", the.raw, day.raw, of.raw);
            day.lower = format!("{} {} {}", the.lower, day.lower, of.lower);
            day.after_mark = the.after_mark;
        } else {
            k += 1;
        }
    }
    // ("5 September", "September 5": one date, the month's and the day's,
    // whichever comes first, as one word.)
    let is_day = |w: Option<&Word>| {
        w.is_some_and(|w| {
            w.lemma.len() <= 2
                && w.lemma.bytes().all(|b| b.is_ascii_digit())
                && (1..=31).contains(&w.lemma.parse::<u8>().unwrap_or(0))
        })
    };
    let mut k = 0;
    while k + 1 < words.len() {
        let (a, b) = (words.get(k), words.get(k + 1));
        let month_first = is_month(a) && is_day(b);
        if month_first || (is_day(a) && is_month(b)) {
            let day_word = words.remove(k + 1);
            let first = &mut words[k];
            let (month, day) = match month_first {
                true => (&first.lemma, &day_word.lemma),
                false => (&day_word.lemma, &first.lemma),
            };
            let date = format!("{month} {day}");
            first.raw = format!("{} {}", first.raw, day_word.raw);
            first.lower = format!("{} {}", first.lower, day_word.lower);
            first.form.clone_from(&date);
            first.lemma = date;
            first.content = true;
        }
        k += 1;
    }
    words
}

/// The one word that `a` and `b` after it print with a hyphen, in lower
/// case: one the lexicon knows ("re-elect" → "reelect"), or one whose first
/// part is a prefix, of three letters at most and no word ("co-operation"
/// → "cooperation", "e-mail" → "email", "pre-war"), so that the two prints
/// are one word when they are compared or grouped. Not two words
/// ("fully-funded", as "fully funded" is printed too, "commander-in-chief",
/// "two-state") nor a name's ("al-Assad", "Assad" in another print).
fn one_word_hyphened(a: &Word, b: &Word, lexicon: &Lexicon) -> Option<String> {
    if a.ending || !hyphened_in_lower_case(a, b) {
        return None;
    }
    let known = |lemma: &str| !lexicon.synsets(lemma).is_empty();
    let joined = format!("{}{}", a.lower, b.lower);
    // (Not a number: "two-state" is "two state".)
    let number = a.lemma.starts_with(|c: char| c.is_ascii_digit());
    let prefix = a.lower.chars().count() <= 3
        && !(known(&a.lemma) || lexicon.is_stopword(&a.lower) || number);
    let one = prefix || known(&lexicon.lemma(&joined));
    one.then_some(joined)
}

/// Whether `b` is printed after `a` with a hyphen, both in lower case: a
/// compound ("cease-fire", "fully-funded"), not a name's ("al-Assad").
pub(crate) fn hyphened_in_lower_case(a: &Word, b: &Word) -> bool {
    let lowercase = |w: &Word| w.raw.chars().all(char::is_lowercase);
    b.hyphened && !b.ending && lowercase(a) && lowercase(b)
}

/// Words of `all` put in or left out, in the order of `all`, each run of
/// neighbours as one, printed: "+about the cost", not "+about; +the;
/// +cost", and "+There's", not "+There; +'s".
fn printed_in_runs_of(words: &[&Word], all: &[Word]) -> Vec<String> {
    let mut at: Vec<usize> = words
        .iter()
        .filter_map(|w| all.iter().position(|x| std::ptr::eq(x, *w)))
        .collect();
    at.sort_unstable();
    at.chunk_by(|a, b| a + 1 == *b)
        .map(|run| {
            let mut printed = all[run[0]].shown().to_owned();
            for w in run[1..].iter().map(|&k| &all[k]) {
                if !w.ending {
                    printed.push(if w.hyphened { '-' } else { ' ' });
                }
                printed.push_str(if w.ending { &w.raw } else { w.shown() });
            }
            printed
        })
        .collect()
}

/// An article or a possessive before a noun: "the", "our".
fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
    )
}

/// A conjunction that joins a clause to the one before: "but it's still
/// too high".
fn joins_a_clause(lower: &str) -> bool {
    matches!(
        lower,
        "and" | "but" | "or" | "so" | "yet" | "because" | "while" | "although" | "though"
    )
}

/// A personal or demonstrative pronoun, which a bracket may spell out:
/// "them" as "[American workers]".
fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "it" | "them"
            | "him"
            | "her"
            | "us"
            | "they"
            | "he"
            | "she"
            | "we"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Whether a word read so far is initials: single letters, dots between.
fn is_initials(word: &str) -> bool {
    !word.is_empty() && word.split('.').all(|p| p.chars().count() == 1)
}

/// The words with each form of a name the lexicon knows made one word
/// whose lemma is the name's: "United States", "U.S." and "US" all read
/// "united states", so that they align and group as one.
fn names_made_one(mut words: Vec<Word>, lexicon: &Lexicon) -> Vec<Word> {
    let aliases = lexicon.aliases();
    let longest = aliases.most_words();
    if longest == 0 {
        return words;
    }
    let mut out = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        // (A name starts with a capital: most words are asked nothing.)
        let lower = &words[k].lower;
        let found = (words[k].raw.starts_with(char::is_uppercase)
            && aliases.starts(lower.strip_suffix("'s").unwrap_or(lower)))
        .then(|| {
            (1..=longest.min(words.len() - k)).rev().find_map(|n| {
                let mut printed: Vec<&str> =
                    words[k..k + n].iter().map(|w| w.raw.as_str()).collect();
                // ("the U.S.'s allies": the name is before the possessive.)
                if let Some(last) = printed.last_mut() {
                    *last = last
                        .strip_suffix("'s")
                        .or_else(|| last.strip_suffix("’s"))
                        .unwrap_or(last);
                }
                aliases.lemma(&printed).map(|lemma| (n, lemma.to_owned()))
            })
        })
        .flatten();
        match found {
            Some((n, lemma)) if n > 1 || words[k].lemma != lemma => {
                let name = &words[k..k + n];
                out.push(Word {
                    raw: printed(name),
                    lower: name
                        .iter()
                        .map(|w| w.lower.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    form: lemma.clone(),
                    lemma,
                    content: true,
                    ending: false,
                    hyphened: name[0].hyphened,
                    bracketed: name.iter().any(|w| w.bracketed),
                    after_mark: name[0].after_mark,
                });
                k += n;
            }
            _ => {
                out.push(std::mem::take(&mut words[k]));
                k += 1;
            }
        }
    }
    out
}

/// The verb a noun's "'s" stands for when the word after it (the first
/// of `rest`) is one no possessive comes before: a determiner, a
/// preposition, an adverb ("is"), or a participle of "have" ("has").
fn verb_after_a_nouns_s(rest: &str) -> Option<&'static str> {
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let next = rest[..end].to_lowercase();
    match next.as_str() {
        "been" | "got" | "gotten" | "had" => Some("has"),
        "a" | "an" | "the" | "this" | "that" | "my" | "your" | "his" | "her" | "our" | "their"
        | "its" | "no" | "in" | "on" | "at" | "to" | "for" | "from" | "with" | "by" | "about"
        | "not" | "going" | "gone" | "getting" | "coming" | "doing" | "being" | "still"
        | "just" | "never" | "always" | "already" | "now" | "back" | "here" | "there" | "like"
        | "really" | "also" | "gonna" | "gotta" => Some("is"),
        _ => None,
    }
}

/// Where a lowercased word's contracted ending starts, and the word it
/// stands for: "i'll" → (1, will), "don't" → (2, not), "it's" → (2, is).
/// A possessive ("obama's") is cut with nothing for its ending; but a
/// noun's "'s" before a word no possessive comes before, in the `rest` of
/// the text, stands for "is" or "has": "the economy's in a good place",
/// "Trump's been clear".
fn contraction(lower: &str, rest: &str) -> (usize, Option<&'static str>) {
    const ENDINGS: [(&str, &str); 6] = [
        ("n't", "not"),
        ("'ll", "will"),
        ("'re", "are"),
        ("'ve", "have"),
        ("'d", "would"),
        ("'m", "am"),
    ];
    // ("cannot" is "can not" in one word, and "can't"; "gonna" "going
    // to" as said, and "wanna", "gotta".)
    match lower {
        "cannot" => return (3, Some("not")),
        "gonna" | "wanna" | "gotta" => return (3, Some("to")),
        _ => {}
    }
    for (ending, word) in ENDINGS {
        if let Some(stem) = lower.strip_suffix(ending).filter(|s| !s.is_empty()) {
            return (stem.len(), Some(word));
        }
    }
    match lower.strip_suffix("'s").filter(|s| !s.is_empty()) {
        Some("let") => (3, Some("us")),
        Some(
            stem @ ("it" | "that" | "there" | "here" | "he" | "she" | "what" | "who" | "where"
            | "how" | "when" | "everyone" | "everybody" | "nobody" | "something"
            | "nothing" | "everything"),
        ) => (stem.len(), Some("is")),
        Some(stem) => (stem.len(), verb_after_a_nouns_s(rest)),
        None => (lower.len(), None),
    }
}

/// The word a negation's stem stands for when it is none: "won't", "can't".
fn irregular_stem(stem: &str) -> Option<&'static str> {
    match stem {
        "wo" => Some("will"),
        "ca" => Some("can"),
        "sha" => Some("shall"),
        "ai" => Some("be"),
        "gon" => Some("going"),
        "wan" => Some("want"),
        _ => None,
    }
}

/// A word printed with letters hidden: "f***", "motherf**ker", "b----".
pub fn is_censored(word: &str) -> bool {
    word.contains('*') || word.contains("---")
}

/// Whether `censored` can be `other` with letters hidden: the letters it
/// shows begin and end `other`, and `other` has more ("motherf***" is
/// "motherfucker", and "motherf**ker"). Two censored words fit when what
/// each shows fits the other.
pub fn could_be(censored: &str, other: &str) -> bool {
    // (Asked of every lemma of a corpus for each censored one: the cheap
    // tests first, and nothing allocated.)
    fn shown(w: &str) -> (&str, &str) {
        let is_mask = |c: char| c == '*' || c == '-';
        let first = w.find(is_mask).unwrap_or(w.len());
        let last = w.rfind(is_mask).map_or(w.len(), |l| l + 1);
        (&w[..first], &w[last..])
    }
    let (prefix, suffix) = shown(censored);
    if prefix.is_empty() && suffix.is_empty() || censored == other {
        return false;
    }
    if is_censored(other) {
        let (p, s) = shown(other);
        return (p.starts_with(prefix) || prefix.starts_with(p))
            && (s.ends_with(suffix) || suffix.ends_with(s));
    }
    other.starts_with(prefix)
        && other.ends_with(suffix)
        && other.chars().count() > prefix.chars().count() + suffix.chars().count()
        && other.chars().all(char::is_alphanumeric)
}

/// Whether a word as printed opens on a capital.
pub(crate) fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// One named difference from the reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum Edit {
    /// A word replaced: "appreciate → value".
    Substitute { from: String, to: String },
    /// Words the rendering adds, neighbours as one: "+about the cost".
    Insert { words: String },
    /// Words the rendering leaves out, neighbours as one: "-big
    /// beautiful".
    Delete { words: String },
    /// A word the rendering keeps but puts elsewhere ("questions and
    /// concerns" / "concerns and questions").
    Move { word: String },
    /// The rendering starts later than the reference: the words left out.
    TruncateStart { words: String },
    /// The rendering stops earlier than the reference.
    TruncateEnd { words: String },
    /// A mark the outlet added: "[s]", "(his)", "…".
    Editorial { mark: String },
    /// Words of the reference the rendering gives as a mark of its own:
    /// "the Russian side → [Moscow]", "on a NATO member → …".
    Marked { words: String, mark: String },
    /// A mark of the reference's the rendering gives as words: "[Moscow]
    /// → the Russian side" (as `check` reads a corpus quote against the
    /// words asked).
    Unmarked { mark: String, words: String },
    /// The same word printed differently (case, apostrophe, dash,
    /// numerals, spelling, contraction).
    Typographic { from: String, to: String },
    /// The same word in another of its forms: "concerns → concern", "are
    /// → were".
    Inflection { from: String, to: String },
    /// The same word with letters hidden, or hidden otherwise:
    /// "motherfucker" / "motherf***".
    Censored { from: String, to: String },
}

impl Edit {
    /// The edit in a few words: `appreciate → value`, `+about the cost`,
    /// `-deeply`.
    pub fn describe(&self) -> String {
        match self {
            Edit::Substitute { from, to } => format!("{from} → {to}"),
            Edit::Insert { words } => format!("+{words}"),
            Edit::Delete { words } => format!("-{words}"),
            Edit::Move { word } => format!("~{word}"),
            Edit::TruncateStart { words } => format!("…{words}|"),
            Edit::TruncateEnd { words } => format!("|{words}…"),
            Edit::Editorial { mark } => format!("mark {mark}"),
            Edit::Marked { words, mark } => format!("{words} → {mark}"),
            Edit::Unmarked { mark, words } => format!("{mark} → {words}"),
            Edit::Typographic { from, to } => format!("{from} ≈ {to}"),
            Edit::Inflection { from, to } => format!("{from} → {to}"),
            Edit::Censored { from, to } => format!("censored {from} → {to}"),
        }
    }
}

/// How far a rendering is from the reference, worst first last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The same words (an exact excerpt counts).
    Verbatim,
    /// Only case, punctuation, quotation style, dashes or spaces differ.
    Cosmetic,
    /// Differences the outlet marked: brackets, parentheses, ellipses, a
    /// censored word.
    Editorial,
    /// Words replaced, added, dropped or moved.
    WordingDrift,
    /// A negation, number, amount's currency, name, person ("us" / "them",
    /// "he" / "she"),
    /// time ("last week" / "last month"), quantifier or a word for its
    /// opposite ("increased" / "decreased") changed.
    MeaningChanging,
    /// The words are given to someone else.
    Misattributed,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Verbatim => "verbatim",
            Severity::Cosmetic => "cosmetic",
            Severity::Editorial => "editorial",
            Severity::WordingDrift => "wording-drift",
            Severity::MeaningChanging => "meaning-changing",
            Severity::Misattributed => "misattributed",
        }
    }
}

/// A rendering compared with its reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drift {
    pub edits: Vec<Edit>,
    /// 1.0 for the same words; the share of content words the two renderings
    /// have in common over the stretch of the reference they cover.
    pub similarity: f64,
    pub severity: Severity,
}

/// "not", "no", "never", "don't": one may stand for another ("not in a
/// hurry" / "in no hurry"); only their number changes the meaning.
fn is_negation(word: &Word) -> bool {
    const NEGATIONS: [&str; 9] = [
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without",
    ];
    word.lower.ends_with("n't") || NEGATIONS.contains(&word.lower.as_str())
}

/// Words other than negations whose change changes what was said: a
/// quantifier, a number or a name (`is_a_name`).
fn carries_meaning(word: &Word, is_a_name: impl Fn(&Word) -> bool) -> bool {
    const QUANTIFIERS: [&str; 14] = [
        "all", "some", "every", "each", "any", "many", "few", "most", "several", "both", "only",
        "always", "more", "less",
    ];
    QUANTIFIERS.contains(&word.lower.as_str())
        || word.lower.chars().any(|c| c.is_ascii_digit())
        || word.lemma.starts_with(|c: char| c.is_ascii_digit())
        || is_number_word(&word.lower)
        // (A time of day's half: "3 p.m. → 3 a.m." is another time.)
        || matches!(word.lemma.as_str(), "a.m." | "p.m.")
        || (word.content && is_a_name(word))
}

/// The quantifier a word says, by the one it is made of: "any" of
/// "anything", "every" of "everyone" and of "all" ("for all of us" / "for
/// everyone", "any worse" / "anything worse": one quantifier said two ways).
fn quantifier(lower: &str) -> Option<&str> {
    let stem = ["thing", "one", "body"]
        .into_iter()
        .find_map(|end| lower.strip_suffix(end))
        .unwrap_or(lower);
    match stem {
        "all" | "each" | "every" => Some("every"),
        "any" | "some" => Some(stem),
        _ => None,
    }
}

/// The grammatical person (1, 2 or 3) of a personal pronoun or its
/// possessive, in lower case: "we" and "my" are the first, "them" the
/// third. (Not "it", which stands for a thing as often as "this" does.)
fn grammatical_person(lower: &str) -> Option<u8> {
    match lower {
        "i" | "me" | "my" | "mine" | "we" | "us" | "our" | "ours" => Some(1),
        "you" | "your" | "yours" => Some(2),
        "he" | "him" | "his" | "she" | "her" | "hers" | "they" | "them" | "their" | "theirs" => {
            Some(3)
        }
        _ => None,
    }
}

/// Whether two third-person pronouns in lower case mean people of two
/// genders: "he" and "she", "his" and "her". ("They" may mean either.)
fn of_two_genders(a: &str, b: &str) -> bool {
    let gender = |w: &str| match w {
        "he" | "him" | "his" => Some('m'),
        "she" | "her" | "hers" => Some('f'),
        _ => None,
    };
    gender(a).zip(gender(b)).is_some_and(|(x, y)| x != y)
}

/// The word another form of one word stands for: "anybody" → "anyone",
/// "towards" → "toward", "OK" → "okay".
fn variant_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "anybody" => "anyone",
        "somebody" => "someone",
        "everybody" => "everyone",
        "towards" => "toward",
        "amongst" => "among",
        "whilst" => "while",
        "ok" => "okay",
        _ => return None,
    })
}

/// The word a capitalised abbreviation stands for: a month's, as news
/// styles write dates ("Sept." is "September", "Jan." "January"), or a
/// title's, as they write names ("Dr. Fauci" is "Doctor Fauci" said, "Sen."
/// "Senator"). (In lower case, "mar", "dec" and "col" are other words.)
fn abbreviation_spelt_out(stem: &str, raw: &str) -> Option<&'static str> {
    if !raw.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(match stem {
        "dr" => "doctor",
        "mr" => "mister",
        "sen" => "senator",
        "gov" => "governor",
        "rep" => "representative",
        "gen" => "general",
        "prof" => "professor",
        "lt" => "lieutenant",
        "col" => "colonel",
        "sgt" => "sergeant",
        "capt" => "captain",
        "jan" => "january",
        "feb" => "february",
        "mar" => "march",
        "apr" => "april",
        "jun" => "june",
        "jul" => "july",
        "aug" => "august",
        "sep" | "sept" => "september",
        "oct" => "october",
        "nov" => "november",
        "dec" => "december",
        _ => return None,
    })
}

/// English, as text2num reads numbers.
static ENGLISH: LazyLock<Language> = LazyLock::new(Language::english);

/// The magnitude an abbreviation after a number stands for: "bn" of
/// "$1.5bn", "m" of "£40m".
fn magnitude(abbreviation: &str) -> Option<&'static str> {
    match abbreviation {
        "k" => Some("thousand"),
        "m" | "mn" => Some("million"),
        "bn" => Some("billion"),
        "tn" | "trn" => Some("trillion"),
        _ => None,
    }
}

/// The magnitude `word` abbreviates after a number, as its digits
/// ("1000000000" for the "bn" of "1.5bn", as for "billion"). After its
/// number only: "Special K" is no thousand.
fn magnitude_after(word: &str, before: Option<&Word>) -> Option<String> {
    let number = before.is_some_and(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()));
    let magnitude = magnitude(word).filter(|_| number)?;
    Some(digits_of(magnitude).unwrap_or_else(|| magnitude.to_owned()))
}

/// Whether the text after a comma in a number goes on with three digits
/// and no more, as a thousands separator's does ("3,000", not "3,4").
fn thousands_follow(after: &str) -> bool {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

/// The digits of a number printed in digits (`a`, "5", "1.5") times the
/// magnitude after it (`b`, "million", "bn"): "5000000", "1500000000".
/// None for anything else, or a product that is no whole number.
fn times_magnitude(a: &Word, b: &Word) -> Option<String> {
    if !a.lower.starts_with(|c: char| c.is_ascii_digit())
        || !b.lower.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    let zeros = b.lemma.strip_prefix('1')?;
    if zeros.len() < 2 || !zeros.bytes().all(|z| z == b'0') {
        return None;
    }
    let (whole, fraction) = a.lemma.split_once('.').unwrap_or((&a.lemma, ""));
    if whole.is_empty()
        || !whole.bytes().all(|d| d.is_ascii_digit())
        || !fraction.bytes().all(|d| d.is_ascii_digit())
        || fraction.len() > zeros.len()
    {
        return None;
    }
    // The digits without the point, then as many zeros as the point moved.
    let digits = format!("{whole}{fraction}{}", &zeros[fraction.len()..]);
    let digits = digits.trim_start_matches('0');
    Some(if digits.is_empty() {
        "0".to_owned()
    } else {
        digits.to_owned()
    })
}

/// The denominator `word` names after a count, as its digits: the "3"
/// of "two-thirds", which is "2/3" printed in words. After a number
/// only: "the third" is an ordinal.
fn denominator_after(word: &str, before: Option<&Word>) -> Option<String> {
    let count =
        before.is_some_and(|w| !w.form.is_empty() && w.form.bytes().all(|b| b.is_ascii_digit()));
    if !count {
        return None;
    }
    let denominator = match word.strip_suffix('s').unwrap_or(word) {
        "half" | "halve" => "2",
        "third" => "3",
        "quarter" | "fourth" => "4",
        "fifth" => "5",
        "sixth" => "6",
        "seventh" => "7",
        "eighth" => "8",
        "ninth" => "9",
        "tenth" => "10",
        _ => return None,
    };
    Some(denominator.to_owned())
}

/// Where the magnitude's abbreviation starts in a number printed with
/// one: 3 in "1.5bn".
fn magnitude_at(word: &str) -> Option<usize> {
    let k = word.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    (k > 0 && word.as_bytes()[0].is_ascii_digit() && magnitude(&word[k..].to_lowercase()).is_some())
        .then_some(k)
}

/// Where an hour printed with its "am" or "pm" joined starts them: "3pm"
/// → 1, "10:30a.m." → 5.
fn hour_suffix_at(word: &str) -> Option<usize> {
    let k = word.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let hour = &word[..k];
    let short = hour
        .split(':')
        .next()
        .is_some_and(|h| (1..=2).contains(&h.len()));
    (short && !hour.ends_with(':') && hour_suffix(&word[k..].to_lowercase()).is_some()).then_some(k)
}

/// "am" or "pm" of a time of day, in one spelling: "pm", "PM" and "p.m"
/// are "p.m.".
fn hour_suffix(lower: &str) -> Option<&'static str> {
    match lower.trim_end_matches('.') {
        "am" | "a.m" => Some("a.m."),
        "pm" | "p.m" => Some("p.m."),
        _ => None,
    }
}

/// The "am" or "pm" that `stem` is after an hour (`before`): "3 pm",
/// "3 p.m.". ("I am" is no hour's.)
fn hour_suffix_after(stem: &str, before: Option<&Word>) -> Option<String> {
    let hour = before?.lower.split(':').next()?;
    let an_hour = (1..=2).contains(&hour.len()) && hour.bytes().all(|b| b.is_ascii_digit());
    an_hour
        .then(|| hour_suffix(stem))
        .flatten()
        .map(str::to_owned)
}

/// The digits of a number spelt out: "two" → "2", "twenty-five" → "25",
/// "first" → "1st" (text2num reads them). Only a word of lower-case
/// letters and hyphens short enough to be one is read, and none in the
/// plural: "tens" is no ten.
fn digits_of(word: &str) -> Option<String> {
    // (Asked of every word grouped: most are turned away by their first
    // two letters, with which no English number word starts.)
    const OPENINGS: [&str; 15] = [
        "ze", "on", "tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te", "el", "hu", "mi", "bi",
    ];
    // (text2num reads no "trillion": "$2 trillion" is "2 trillion dollars"
    // as "$2 billion" is "2 billion dollars".)
    if word == "trillion" {
        return Some("1000000000000".to_owned());
    }
    if word.len() < 3
        || word.len() > 13
        || !OPENINGS.iter().any(|o| word.starts_with(o))
        || word.ends_with('s')
        || !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    {
        return None;
    }
    text2digits(word, &*ENGLISH).ok()
}

/// Number words whose lemma is no digits: a change of them changes what
/// was said, as a changed number does. (`digits_of` makes "one" to
/// "million" and "first" to "third" digits, which `carries_meaning` reads
/// from the lemma; not "millions", a magnitude in the plural.)
fn is_number_word(w: &str) -> bool {
    matches!(w, "dozen" | "half" | "twice")
        || matches!(
            w.strip_suffix('s'),
            Some("ten" | "dozen" | "hundred" | "thousand" | "million" | "billion" | "trillion")
        )
}

/// Compares `member` with `reference`. Names capitalised mid-sentence count
/// as names; a capital that only starts the rendering does not.
pub fn compare(reference: &Rendering, member: &Rendering, lexicon: &Lexicon) -> Drift {
    // ("the balanced position of our Chinese friends" / "China's balanced
    // stance": a possessive said with "of" is one edit, and the words
    // around it are compared without it.)
    let possessive = possessive_with_of(&reference.words, &member.words, lexicon)
        .map(|p| (p.with_of, p.with_s))
        .or_else(|| {
            possessive_with_of(&member.words, &reference.words, lexicon)
                .map(|p| (p.with_s, p.with_of))
        });
    match possessive {
        Some((old_cut, new_cut))
            if stands_alone(&reference.words, &old_cut)
                && stands_alone(&member.words, &new_cut) =>
        {
            let edit = Edit::Substitute {
                from: printed_in_runs(&reference.words, &old_cut),
                to: printed_in_runs(&member.words, &new_cut),
            };
            compare_words(
                &reference.without(&old_cut),
                &member.without(&new_cut),
                lexicon,
                Some((old_cut[0], edit)),
            )
        }
        _ => compare_words(reference, member, lexicon, None),
    }
}

/// Compares the words of two renderings; `possessive` is the edit of a
/// possessive said with "of", taken out of them before, and where it goes:
/// before the edits of the reference's words from that index on.
fn compare_words(
    reference: &Rendering,
    member: &Rendering,
    lexicon: &Lexicon,
    mut possessive: Option<(usize, Edit)>,
) -> Drift {
    let mut old: Vec<&str> = reference.words.iter().map(|w| w.lemma.as_str()).collect();
    let mut new: Vec<&str> = member.words.iter().map(|w| w.lemma.as_str()).collect();
    // A censored word aligns with the word it hides in the other rendering.
    // (Two censored words align on the reference's. A word hidden is not a
    // name: "b----" is not "Bronx".)
    for (words, lemmas, other, both_censored) in [
        (&reference.words, &mut old, &member.words, false),
        (&member.words, &mut new, &reference.words, true),
    ] {
        for (w, lemma) in words.iter().zip(lemmas.iter_mut()) {
            if is_censored(&w.lemma)
                && let Some(o) = other.iter().find(|o| {
                    could_be(&w.lemma, &o.lemma)
                        && (both_censored || !is_censored(&o.lemma))
                        && (!starts_upper(&o.raw) || starts_upper(&w.raw))
                })
            {
                *lemma = o.lemma.as_str();
            }
        }
    }
    let ops = aligned(&old, &new);

    let mut edits = Vec::new();
    let mut deleted: Vec<&Word> = Vec::new();
    let mut leading: Vec<&Word> = Vec::new();
    let mut trailing: Vec<&Word> = Vec::new();
    let mut inserted: Vec<&Word> = Vec::new();
    // Each replaced stretch, its words on either side: paired as
    // substitutions only after moves are taken out.
    let mut replaced: Vec<Replaced> = Vec::new();
    let mut matched = 0usize;
    // The member's marks that stand for words of the reference.
    let mut marks_for_words = Vec::new();
    // The words the edits take out and put in, for their meaning.
    let (mut removed, mut added): (Vec<&Word>, Vec<&Word>) = (Vec::new(), Vec::new());
    let first_kept = ops
        .iter()
        .position(|op| !matches!(op, DiffOp::Delete { .. }));
    let last_kept = ops
        .iter()
        .rposition(|op| !matches!(op, DiffOp::Delete { .. }));
    let mut window = 0usize; // reference content words between the first and last kept
    for (k, op) in ops.iter().enumerate() {
        if let Some((at, _)) = possessive
            && op.old_range().start >= at
            && let Some((_, edit)) = possessive.take()
        {
            edits.push(edit);
        }
        match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for d in 0..len {
                    let (a, b) = (
                        &reference.words[old_index + d],
                        &member.words[new_index + d],
                    );
                    if a.content {
                        matched += 1;
                        window += 1;
                    }
                    // A capital that only starts a sentence is no difference.
                    let starts = d + new_index == 0 || d + old_index == 0;
                    let case_only = a.raw.to_lowercase() == b.raw.to_lowercase();
                    // (At the start of a kept stretch, a contraction's
                    // ending or a word after a hyphen is printed with a
                    // word not kept, whose edit shows the print: "are →
                    // won't" with no "are not ≈ won't", "-al" with no
                    // "al-Assad ≈ Assad". Unless that word is cut and the
                    // ending printed otherwise: "…We won't|", "n't ≈ not".)
                    let after_a_cut = k > 0 && matches!(ops[k - 1], DiffOp::Delete { .. });
                    let detached = d == 0
                        && (a.ending || b.ending || a.hyphened || b.hyphened)
                        && (a.raw == b.raw || !after_a_cut);
                    // ("$1.5 billion" / "€1.5 billion": the number kept,
                    // another currency; one named on one side only, "$5
                    // million" / "five million", is print.)
                    let currencies = currency(a).zip(currency(b));
                    if a.lemma != b.lemma {
                        edits.push(Edit::Censored {
                            from: a.raw.clone(),
                            to: b.raw.clone(),
                        });
                    } else if currencies.is_some_and(|(x, y)| x != y) {
                        removed.push(a);
                        added.push(b);
                        edits.push(Edit::Substitute {
                            from: a.raw.clone(),
                            to: b.raw.clone(),
                        });
                    } else if a.form != b.form
                        && !a.bracketed
                        && !b.bracketed
                        && lexicon.inflection(&a.form) != lexicon.inflection(&b.form)
                    {
                        edits.push(Edit::Inflection {
                            from: a.raw.clone(),
                            to: b.raw.clone(),
                        });
                    } else if (a.raw != b.raw || a.ending != b.ending || a.hyphened != b.hyphened)
                        && !(starts && case_only)
                        && !detached
                    {
                        // A contraction's ending is shown with its word:
                        // "I will ≈ I'll", not "will ≈ 'll"; and a word
                        // after a hyphen ("fully funded ≈ fully-funded").
                        let (oi, ni) = (old_index + d, new_index + d);
                        let joined = a.ending || b.ending || a.hyphened || b.hyphened;
                        let (from, to) = if joined && oi > 0 && ni > 0 {
                            let (before_a, before_b) =
                                (&reference.words[oi - 1], &member.words[ni - 1]);
                            // ("will not ≈ won't" is one edit, not "will ≈
                            // won't" as well.)
                            if let Some(Edit::Typographic { from, to }) = edits.last()
                                && *from == before_a.raw
                                && *to == before_b.raw
                            {
                                edits.pop();
                            }
                            (
                                printed(&reference.words[oi - 1..=oi]),
                                printed(&member.words[ni - 1..=ni]),
                            )
                        } else {
                            (a.shown().to_owned(), b.shown().to_owned())
                        };
                        edits.push(Edit::Typographic { from, to });
                    }
                }
            }
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => {
                let words = &reference.words[old_index..old_index + old_len];
                // ("We have made it clear to [Moscow] that any attack …
                // would be met": the outlet's own mark stands where the
                // words were.)
                let mark = member.words.get(new_index).and_then(|w| w.after_mark);
                // ("[The] law will" of "Today I say this law will": a
                // bracket that opens the rendering stands for the words it
                // replaces, as many as it holds; those before are cut. Not
                // one before a name, which it adds to: "[President Barack]
                // Obama's war".)
                let opening_bracket = mark.filter(|&m| {
                    new_index == 0
                        && member.marks[m].starts_with(['[', '('])
                        && !starts_upper(&member.words[0].raw)
                });
                // ("would hurt [American workers]" of "would hurt them
                // badly": so does one that ends it, for the words after the
                // last kept; those after them are cut.)
                let closing_bracket = member.mark_after_words.filter(|&m| {
                    new_index == member.words.len() && member.marks[m].starts_with(['[', '('])
                });
                // The words a mark stands for, and the mark.
                let (words, mark) = if first_kept.is_none_or(|f| k < f) {
                    let Some(mark) = opening_bracket else {
                        leading.extend(words);
                        continue;
                    };
                    // (With the determiner of the noun it names: "The
                    // president" is "[Biden]".)
                    let held = member.marks[mark]
                        .split_whitespace()
                        .count()
                        .min(words.len());
                    let determiner =
                        words.len() > held && is_determiner(&words[words.len() - held - 1].lower);
                    let held = held + usize::from(determiner);
                    let (cut, replaced) = words.split_at(words.len() - held);
                    leading.extend(cut);
                    (replaced, mark)
                } else if last_kept.is_some_and(|l| k > l) {
                    let Some(mark) = closing_bracket else {
                        trailing.extend(words);
                        continue;
                    };
                    // (A pronoun is what a bracket spells out: "them" is
                    // "[American workers]".)
                    let held = match is_pronoun(&words[0].lower) {
                        true => 1,
                        false => member.marks[mark].split_whitespace().count(),
                    };
                    let (replaced, cut) = words.split_at(held.min(words.len()));
                    trailing.extend(cut);
                    (replaced, mark)
                } else if let Some(mark) = mark {
                    (words, mark)
                } else {
                    window += words.iter().filter(|w| w.content).count();
                    deleted.extend(words);
                    continue;
                };
                // ("understand (his) questions": the mark holds the words
                // themselves, and is named as a mark below.)
                if mark_holds(&member.marks[mark], words) {
                    continue;
                }
                window += words.iter().filter(|w| w.content).count();
                marks_for_words.push(mark);
                // (An ellipsis that drops a negation still changes the
                // sense.)
                removed.extend(words.iter().filter(|w| is_negation(w)));
                edits.push(Edit::Marked {
                    words: printed(words),
                    mark: member.marks[mark].clone(),
                });
            }
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => {
                let words = &member.words[new_index..new_index + new_len];
                let mark = reference.words.get(old_index).and_then(|w| w.after_mark);
                match mark {
                    Some(mark) if mark_holds(&reference.marks[mark], words) => {}
                    Some(mark) if old_index > 0 => {
                        added.extend(words.iter().filter(|w| is_negation(w)));
                        edits.push(Edit::Unmarked {
                            mark: reference.marks[mark].clone(),
                            words: printed(words),
                        });
                    }
                    _ => inserted.extend(words),
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // ("a sobering verdict... there is much" / "a sobering
                // verdict tonight.": the words a member ends on, where a
                // mark of the reference's stands, are what the mark stands
                // for; the rest of the reference is cut.)
                let mark = reference.words[old_index].after_mark;
                if let Some(mark) = mark.filter(|_| old_index > 0 && k + 1 == ops.len()) {
                    let news = &member.words[new_index..new_index + new_len];
                    added.extend(news.iter().filter(|w| is_negation(w)));
                    edits.push(Edit::Unmarked {
                        mark: reference.marks[mark].clone(),
                        words: printed(news),
                    });
                    trailing.extend(&reference.words[old_index..old_index + old_len]);
                    continue;
                }
                replaced.push(Replaced {
                    op: k,
                    at: edits.len(),
                    olds: reference.words[old_index..old_index + old_len]
                        .iter()
                        .collect(),
                    news: member.words[new_index..new_index + new_len]
                        .iter()
                        .collect(),
                    old_len,
                    new_len,
                });
            }
        }
    }
    // A word deleted in one place and inserted in another has moved, even
    // from the ends ("questions and concerns" / "concerns and questions"),
    // and even where the diff replaced it ("We understand your concerns
    // and questions" / "questions and concerns").
    let mut moved = Vec::new();
    for r in &replaced {
        inserted.extend(&r.news);
    }
    for words in [&mut deleted, &mut leading, &mut trailing] {
        take_moved(words, &mut inserted, &mut moved);
    }
    // (Not function words replaced one for one by function words: "end
    // this war by the end of the year" / "end the war by the end of this
    // year" puts "the" for "this" and "this" for "the", where they were.)
    for r in &mut replaced {
        let function_words = |words: &[&Word]| words.iter().all(|w| !w.content);
        if r.olds.len() == r.news.len() && function_words(&r.olds) && function_words(&r.news) {
            continue;
        }
        take_moved(&mut r.olds, &mut inserted, &mut moved);
    }
    // What is left of a replaced stretch pairs up in order; a stretch
    // before the first word kept (or after the last) that the member no
    // longer holds is a truncation.
    let first_equal = ops.iter().position(|op| matches!(op, DiffOp::Equal { .. }));
    let last_equal = ops
        .iter()
        .rposition(|op| matches!(op, DiffOp::Equal { .. }));
    let joined = |words: &[&Word]| printed(words.iter().copied());
    let mut substituted = Vec::new();
    for Replaced {
        op: k,
        at,
        olds,
        news,
        old_len,
        new_len,
    } in replaced
    {
        let news: Vec<&Word> = news
            .into_iter()
            .filter(|n| inserted.iter().any(|i| std::ptr::eq(*i, *n)))
            .collect();
        inserted.retain(|i| !news.iter().any(|n| std::ptr::eq(*i, *n)));
        if news.is_empty() && first_equal.is_some_and(|f| k < f) {
            leading.extend(olds);
            continue;
        }
        if news.is_empty() && last_equal.is_some_and(|l| k > l) {
            trailing.extend(olds);
            continue;
        }
        window += olds.iter().filter(|w| w.content).count();
        let pairs = olds.len().min(news.len());
        // A stretch before the first word kept pairs from its end, so that
        // what the member cut is left at the start (a truncation).
        // (Not an article the possessive put in stands for: "The Ukrainian
        // government" / "Ukraine's government" is "The Ukrainian →
        // Ukraine's", no "The" cut.)
        let for_a_possessive = |cut: &[&Word]| {
            cut.iter().all(|w| is_determiner(&w.lower))
                && news.first().is_some_and(|n| n.lower.ends_with("'s"))
        };
        let lead = match first_equal.is_some_and(|f| k < f) {
            true if for_a_possessive(&olds[..olds.len() - pairs]) => 0,
            true => olds.len() - pairs,
            false => 0,
        };
        // ("as long as it takes" / "as long as necessary": a short stretch
        // replaced whole by one of another length is one substitution, "it
        // takes → necessary", unless a word in it kept its meaning. A long
        // one, or one a moved word was taken from, is paired word by word.)
        let keeps_meaning = |d: usize| {
            olds[lead + d].content
                && news[d].content
                && lexicon.same_meaning(&olds[lead + d].lemma, &news[d].lemma)
        };
        // ("position when it comes to" / "stance on": words that keep
        // their meaning at its start pair one for one, and the rest is the
        // phrase said otherwise: "position → stance", "when it comes to →
        // on".)
        let peeled = match lead {
            0 => (0..pairs).take_while(|&d| keeps_meaning(d)).count(),
            _ => 0,
        };
        let kept_meaning = (peeled..pairs).any(keeps_meaning);
        let whole = olds.len() == old_len && news.len() == new_len;
        // ("pre-committing" / "precommitting", "e-mail" / "email": one
        // word printed with a hyphen or without, the same letters.)
        let letters = |words: &[&Word]| words.iter().map(|w| w.lower.as_str()).collect::<String>();
        let one_compound = |words: &[&Word]| words[1..].iter().all(|w| w.hyphened);
        if whole
            && olds.len() != news.len()
            && olds.len().min(news.len()) == 1
            && one_compound(&olds)
            && one_compound(&news)
            && letters(&olds) == letters(&news)
        {
            // (Its words are kept, however many each side prints: as many
            // as the side that prints more, so that print alone leaves the
            // similarity whole.)
            let content = |words: &[&Word]| words.iter().filter(|w| w.content).count();
            matched += content(&olds).max(content(&news));
            substituted.push((
                at,
                Edit::Typographic {
                    from: joined(&olds),
                    to: joined(&news),
                },
            ));
            continue;
        }
        // (Or a phrase of up to eight words said in one or two: "the
        // ability to be patient → time".)
        // (Not a long stretch a fragment ends on: "We are not armed to
        // face the risks that we have" / "not equipped" is "armed →
        // equipped", and the rest is cut.)
        let ends_a_fragment =
            last_equal.is_some_and(|l| k > l) && !member.ends_sentence && new_len < old_len;
        let (phrase_old, phrase_new) = (old_len - peeled, new_len - peeled);
        let short = phrase_old.max(phrase_new) <= PHRASE_WORDS
            || (phrase_old.min(phrase_new) <= 2
                && phrase_old.max(phrase_new) <= 2 * PHRASE_WORDS
                && !ends_a_fragment);
        // (Where the phrase starts, if the stretch ends on one.)
        let phrase =
            (olds.len() != news.len() && pairs > peeled && whole && short && !kept_meaning)
                .then_some(peeled);
        // ("a lot but it's still too high" / "a great deal": a member that
        // stops inside the stretch stops where a clause joins, so the
        // clause after it is cut, not paired word by word: "lot → great",
        // not "but → deal" too.)
        let pairs = match last_equal.is_some_and(|l| k > l) && news.len() < olds.len() {
            _ if phrase.is_some() => peeled,
            true => olds[1..]
                .iter()
                .position(|w| joins_a_clause(&w.lower))
                .map_or(pairs, |j| pairs.min(j + 1)),
            false => pairs,
        };
        for d in 0..pairs {
            let (a, b) = (olds[lead + d], news[d]);
            if a.content && b.content && lexicon.same_meaning(&a.lemma, &b.lemma) {
                matched += 1;
            }
            // ("the Ukraine crisis → the Ukrainian crisis": the place is
            // kept, so no name changed.)
            if !lexicon.is_place_and_adjective(&a.lemma, &b.lemma) {
                removed.push(a);
                added.push(b);
            }
            substituted.push((
                at,
                Edit::Substitute {
                    from: a.shown().to_owned(),
                    to: b.shown().to_owned(),
                },
            ));
        }
        if let Some(start) = phrase {
            // (A word of it said again in other words is kept: "The
            // Ukrainian → Ukraine's".)
            matched += news[start..]
                .iter()
                .filter(|n| {
                    n.content
                        && olds[start..]
                            .iter()
                            .any(|o| o.content && lexicon.same_meaning(&o.lemma, &n.lemma))
                })
                .count();
            removed.extend(&olds[start..]);
            added.extend(&news[start..]);
            substituted.push((
                at,
                Edit::Substitute {
                    from: joined(&olds[start..]),
                    to: joined(&news[start..]),
                },
            ));
            continue;
        }
        // ("balanced stance on the Ukraine crisis" / "balanced position":
        // "stance → position", and what follows is cut, not deleted word by
        // word.)
        if lead > 0 {
            leading.extend(&olds[..lead]);
        } else if last_equal.is_some_and(|l| k > l) {
            trailing.extend(&olds[pairs..]);
        } else {
            deleted.extend(&olds[pairs..]);
        }
        inserted.extend(&news[pairs..]);
    }
    if let Some((_, edit)) = possessive {
        edits.push(edit);
    }
    // (Last first, so that each place is where the loop left it.)
    for (at, edit) in substituted.into_iter().rev() {
        edits.insert(at, edit);
    }
    // What is left at the ends is a truncation.
    if !leading.is_empty() {
        edits.insert(
            0,
            Edit::TruncateStart {
                words: joined(&leading),
            },
        );
    }
    if !trailing.is_empty() {
        edits.push(Edit::TruncateEnd {
            words: joined(&trailing),
        });
    }
    // Only content words are worth naming as moved ("questions and
    // concerns" / "concerns and questions" moves "questions", not "and"),
    // unless they are all that differs but cuts: "It is true" / "Is it
    // true", "but it has come down a lot" of "… a lot but it's still too
    // high" are not the same words.
    let only_order = !moved.iter().any(|(_, w)| w.content)
        && deleted.is_empty()
        && inserted.is_empty()
        && !edits
            .iter()
            .any(|e| matches!(e, Edit::Substitute { .. } | Edit::Inflection { .. }));
    for (_, w) in moved.iter().filter(|(_, w)| w.content || only_order) {
        matched += usize::from(w.content);
        edits.push(Edit::Move {
            word: w.shown().to_owned(),
        });
    }
    edits.extend(
        printed_in_runs_of(&deleted, &reference.words)
            .into_iter()
            .map(|words| Edit::Delete { words }),
    );
    edits.extend(
        printed_in_runs_of(&inserted, &member.words)
            .into_iter()
            .map(|words| Edit::Insert { words }),
    );
    edits.extend(
        member
            .marks
            .iter()
            .enumerate()
            .filter(|(k, _)| !marks_for_words.contains(k))
            .map(|(_, m)| Edit::Editorial { mark: m.clone() }),
    );

    let member_content = member.content_count();
    let similarity = if window + member_content == 0 {
        1.0
    } else {
        (2.0 * matched as f64 / (window + member_content) as f64).min(1.0)
    };

    // Negations taken out and put in (words kept are on both sides): when
    // as many go as come, the sense is kept.
    removed.extend(&deleted);
    added.extend(&inserted);
    // ("not possible" / "impossible": a negation printed as the prefix of
    // the word the other side negates.)
    let negated_by_prefix = |w: &Word, others: &[&Word]| {
        ["un", "im", "in", "il", "ir", "dis", "non"]
            .iter()
            .any(|prefix| {
                w.lower
                    .strip_prefix(prefix)
                    .is_some_and(|stem| stem.len() >= 3 && others.iter().any(|o| o.lower == stem))
            })
    };
    let negations = |words: &[&Word], others: &[&Word]| {
        words
            .iter()
            .filter(|w| is_negation(w) || negated_by_prefix(w, others))
            .count()
    };
    let negation_changed = negations(&removed, &added) != negations(&added, &removed);
    // ("the balanced position of our Chinese friends" / "China's balanced
    // stance": a place put in for its people's name, cut elsewhere in the
    // rendering, names the same.)
    let cut: Vec<&Word> = removed
        .iter()
        .chain(&leading)
        .chain(&trailing)
        .copied()
        .collect();
    // A word in capitals is a name, but the first word of a rendering is in
    // capitals whatever it is: there, only a word that is always a name
    // ("Russia → China", not "Inflation → Prices").
    let opens = |w: &Word| {
        [&reference.words, &member.words]
            .iter()
            .any(|words| words.first().is_some_and(|first| std::ptr::eq(first, w)))
    };
    // (Nor does a rendering printed all in capitals, a headline's or one
    // typed so: "WE DEEPLY VALUE" names no one.)
    let in_capitals = |words: &[Word]| {
        words.len() >= 2 && words.iter().all(|w| !w.raw.chars().any(char::is_lowercase))
    };
    // (Where each rendering's words are, if it is printed so.)
    let printed_in_capitals = [&reference.words, &member.words]
        .map(|words| in_capitals(words).then(|| words.as_ptr_range()));
    let of_one_in_capitals = |w: &Word| {
        printed_in_capitals
            .iter()
            .flatten()
            .any(|range| range.contains(&std::ptr::from_ref(w)))
    };
    let is_a_name = |w: &Word| {
        starts_upper(&w.raw)
            && (!(opens(w) || of_one_in_capitals(w))
                || lexicon.is_always_a_name(&w.lower, &w.lemma))
    };
    // (Nor does a name said as "it", "he" or "they": "Putin will win" /
    // "he will win".)
    let third_person = |o: &&Word| {
        matches!(
            o.lower.as_str(),
            "it" | "he" | "she" | "him" | "her" | "they" | "them"
        )
    };
    let restated = |w: &Word, others: &[&Word]| {
        others
            .iter()
            .any(|o| lexicon.is_place_and_adjective(&w.lemma, &o.lemma))
            || (w.content && is_a_name(w) && others.iter().any(third_person))
            || quantifier(&w.lower)
                .is_some_and(|q| others.iter().any(|o| quantifier(&o.lower) == Some(q)))
    };
    // ("President Xi" / "Xi Jinping", "Mr. Putin" / "Vladimir Putin": a
    // title or a part of a name put in or left out beside a name kept is
    // another form of that name, not another person, unless a part of it
    // is replaced by another, "Joe Biden" / "Hunter Biden".)
    // (Each word kept, by its index, with the index of its counterpart.)
    let mut kept_reference = vec![None; reference.words.len()];
    let mut kept_member = vec![None; member.words.len()];
    for op in &ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = *op
        {
            for d in 0..len {
                kept_reference[old_index + d] = Some(new_index + d);
                kept_member[new_index + d] = Some(old_index + d);
            }
        }
    }
    // Where a word of either rendering stands: which rendering (the
    // reference's first) and its index there; and the word before or
    // after it.
    let renderings = [&reference.words, &member.words];
    let place = |w: &Word| {
        renderings.iter().enumerate().find_map(|(side, words)| {
            words
                .iter()
                .position(|x| std::ptr::eq(x, w))
                .map(|k| (side, k))
        })
    };
    let next_to = |w: &Word, before: bool| {
        place(w).and_then(|(side, k)| {
            let n = if before { k.checked_sub(1)? } else { k + 1 };
            renderings[side].get(n)
        })
    };
    // ("stronger than it has ever been" / "has never been stronger",
    // "never been closer" / "closer than ever": a "than … ever", a few
    // words after the "than", says what a "never" does, so a rendering
    // that puts one for the other keeps the negation.)
    let than_ever = |words: &[&Word]| {
        words
            .iter()
            .filter(|w| {
                w.lower == "ever"
                    && place(w).is_some_and(|(side, k)| {
                        renderings[side][k.saturating_sub(4)..k]
                            .iter()
                            .any(|b| b.lower == "than")
                    })
            })
            .count()
    };
    let negation_changed = negation_changed
        && negations(&removed, &added) + than_ever(&cut)
            != negations(&added, &removed) + than_ever(&added);
    // Each moved word's place in the reference and in the member.
    let moves: Vec<(usize, usize)> = moved
        .iter()
        .filter_map(|&(from, to)| Some((place(from)?.1, place(to)?.1)))
        .collect();
    let kept = [&kept_reference, &kept_member];
    // (A name on both sides: "commander-in-Chief Forum" puts in no part of
    // the "commander-in-chief" it renders.)
    let beside_a_kept_name = |w: &Word| {
        place(w).is_some_and(|(side, k)| {
            let (words, others) = (renderings[side], renderings[1 - side]);
            [k.wrapping_sub(1), k + 1].into_iter().any(|n| {
                kept[side]
                    .get(n)
                    .copied()
                    .flatten()
                    .is_some_and(|other| is_a_name(&words[n]) && is_a_name(&others[other]))
            })
        })
    };
    let is_title = |w: &Word| lexicon.is_title(&w.lower) || lexicon.is_title(&w.lemma);
    let name_parts = |words: &[&Word]| {
        words
            .iter()
            .any(|w| is_a_name(w) && !is_title(w) && beside_a_kept_name(w))
    };
    let name_part_replaced = name_parts(&removed) && name_parts(&added);
    let form_of_a_kept_name =
        |w: &Word| is_a_name(w) && beside_a_kept_name(w) && (is_title(w) || !name_part_replaced);
    // ("more than $1 million" / "over $1 million": "more than" said as a
    // preposition, as "fewer than" is "under".)
    let than_said_otherwise = |w: &Word, others: &[&Word]| {
        let said_as: &[&str] = match w.lower.as_str() {
            "more" => &["over", "above"],
            "less" | "fewer" => &["under", "below"],
            _ => return false,
        };
        next_to(w, false).is_some_and(|next| next.lower == "than")
            && others.iter().any(|o| said_as.contains(&o.lower.as_str()))
    };
    // ("Nobody" / "No one": the "one" of "no one" is no number.)
    let of_no_one =
        |w: &Word| w.lower == "one" && next_to(w, true).is_some_and(|before| before.lower == "no");
    // ("by the end of the year" / "… of next year", "signed last week" /
    // "… this week": another time, unless the other rendering points the
    // same way, "next week" / "the coming week". After an article only
    // when the other points the other way, "the previous day" / "the
    // following day": "the last day of the war" may be its final one.)
    let points_in_time = |w: &Word| match w.lower.as_str() {
        "last" | "past" | "previous" => Some(false),
        "next" | "coming" | "following" => Some(true),
        _ => None,
    };
    // ("the next few weeks" / "the coming weeks", "the first few days" /
    // "the first days": "few" tells how far the time runs, not how many of
    // something.)
    let few_of_a_time = |w: &Word| {
        w.lower == "few"
            && next_to(w, true).is_some_and(|b| points_in_time(b).is_some() || b.lower == "first")
    };
    let names_another_time = |w: &Word, others: &[&Word]| {
        points_in_time(w).is_some_and(|later| {
            next_to(w, false).is_some_and(|n| lexicon.is_time_word(&n.lemma))
                && (!next_to(w, true).is_some_and(|b| is_determiner(&b.lower))
                    || others.iter().any(|o| points_in_time(o) == Some(!later)))
                && !others.iter().any(|o| points_in_time(o) == Some(later))
        })
    };
    // ("They are unfair to us" / "We're unfair to them", "he" / "she": who
    // is meant changes, though each word is a function word.)
    let person_changed = edits.iter().any(|e| match e {
        Edit::Substitute { from, to } => {
            let (from, to) = (from.to_lowercase(), to.to_lowercase());
            grammatical_person(&from)
                .zip(grammatical_person(&to))
                .is_some_and(|(a, b)| a != b)
                || of_two_genders(&from, &to)
        }
        _ => false,
    });
    // ("Prices rose last week" / "… last month", "yesterday" / "today":
    // another time; "rose" / "fell", "up" / "down": the opposite, as the
    // grammar pairs them.)
    let time_or_opposite_changed = edits.iter().any(|e| match e {
        Edit::Substitute { from, to } => {
            // (By its lemma, or its singular: the lexicon knows no
            // "decades"; an adverb by its adjective too: "great" /
            // "terribly"; or as printed: the lexicon knows "men" as "man"
            // but no "women".)
            let lemmas = |w: &str| {
                let lower = w.to_lowercase();
                let lemma = lexicon.lemma(&lower);
                let singular = lemma.strip_suffix('s').map(str::to_owned);
                let adjectives = adjectives_of_adverb(&lemma);
                [Some(lemma), singular, Some(lower)]
                    .into_iter()
                    .flatten()
                    .chain(adjectives)
                    .collect::<Vec<_>>()
            };
            let (froms, tos) = (lemmas(from), lemmas(to));
            froms.iter().any(|a| {
                tos.iter().any(|b| {
                    (a != b && lexicon.is_time_word(a) && lexicon.is_time_word(b))
                        || lexicon.are_opposites(a, b)
                })
            })
        }
        _ => false,
    });
    let changed_meaning = person_changed
        || time_or_opposite_changed
        || moved_across_a_pivot(&moves, &kept_reference, &reference.words)
        || removed
            .iter()
            .map(|w| (w, &added))
            .chain(added.iter().map(|w| (w, &cut)))
            .any(|(w, others)| {
                (carries_meaning(w, is_a_name)
                    && !restated(w, others)
                    && !of_no_one(w)
                    && !than_said_otherwise(w, others)
                    && !form_of_a_kept_name(w)
                    && !few_of_a_time(w))
                    || names_another_time(w, others)
                    || (negation_changed && (is_negation(w) || negated_by_prefix(w, others)))
            });
    let worded = edits.iter().any(|e| {
        matches!(
            e,
            Edit::Substitute { .. }
                | Edit::Inflection { .. }
                | Edit::Insert { .. }
                | Edit::Delete { .. }
                | Edit::Move { .. }
        )
    });
    let severity = if changed_meaning {
        Severity::MeaningChanging
    } else if worded {
        Severity::WordingDrift
    } else if edits.iter().any(|e| {
        matches!(
            e,
            Edit::Editorial { .. }
                | Edit::Marked { .. }
                | Edit::Unmarked { .. }
                | Edit::Censored { .. }
        )
    }) {
        Severity::Editorial
    } else if edits.iter().any(|e| matches!(e, Edit::Typographic { .. })) {
        Severity::Cosmetic
    } else {
        Severity::Verbatim
    };
    Drift {
        edits,
        similarity,
        severity,
    }
}

/// The adjectives an adverb in "-ly" may be made from, as spelling tells
/// them (guesses, for looking up): "badly" → "bad", "terribly" →
/// "terrible", "happily" → "happy", "daily" → "day". None for a word too
/// short to be one ("fly", "only").
fn adjectives_of_adverb(word: &str) -> Vec<String> {
    let Some(stem) = word.strip_suffix("ly").filter(|s| s.chars().count() >= 3) else {
        return Vec::new();
    };
    let mut guesses = vec![stem.to_owned(), format!("{stem}le")];
    if let Some(y) = stem.strip_suffix('i') {
        guesses.push(format!("{y}y"));
    }
    guesses
}

/// A possessive said with "of" on one side and with "'s" on the other: the
/// words each says it with, by index.
struct Possessive {
    /// "the", "of" and the possessor: "the" and "of our Chinese friends" of
    /// "the balanced position of our Chinese friends".
    with_of: Vec<usize>,
    /// The possessive, and the determiner before it when the possessor
    /// has one: "China's", "the president's"; or the name before the head
    /// with its determiner, "the French".
    with_s: Vec<usize>,
}

/// Where `of_side` says with "of" ("the balanced position of our Chinese
/// friends", "the decision of the president") what `s_side` says with a
/// possessive ("China's balanced stance", "the president's decision"), or
/// with a name or a place's adjective before the head ("the French
/// president" for "the president of France"):
/// the same head, word for word or by synonyms, and a possessor that names
/// the possessive's owner, or its people.
fn possessive_with_of(of_side: &[Word], s_side: &[Word], lexicon: &Lexicon) -> Option<Possessive> {
    for (m, owner) in s_side.iter().enumerate() {
        let possessive = owner.lower.ends_with("'s") && owner.lower.len() >= 3;
        // ("the French president" / "the president of France", "the Trump
        // administration": a name, or a place's adjective, before the
        // head says what "of" does.)
        let before_the_head = !possessive
            && owner.content
            && starts_upper(&owner.raw)
            && m > 0
            && is_determiner(&s_side[m - 1].lower);
        if !possessive && !before_the_head {
            continue;
        }
        for (j, _) in of_side.iter().enumerate().filter(|(_, w)| w.lower == "of") {
            for len in 1..=3 {
                let Some(i) = j.checked_sub(len + 1) else {
                    break;
                };
                let (head, heads) = (&of_side[i + 1..j], s_side.get(m + 1..m + 1 + len));
                let same_head = heads.is_some_and(|heads| {
                    head.iter().zip(heads).all(|(a, b)| {
                        a.content
                            && (a.lemma == b.lemma || lexicon.same_meaning(&a.lemma, &b.lemma))
                    })
                });
                if !matches!(of_side[i].lower.as_str(), "the" | "a" | "an") || !same_head {
                    continue;
                }
                let Some(end) = possessor_end(of_side, j + 1, owner, lexicon) else {
                    continue;
                };
                let mut with_s = vec![m];
                if before_the_head
                    || (is_determiner(&of_side[j + 1].lower)
                        && m > 0
                        && is_determiner(&s_side[m - 1].lower))
                {
                    with_s.insert(0, m - 1);
                }
                return Some(Possessive {
                    with_of: [i].into_iter().chain(j..end).collect(),
                    with_s,
                });
            }
        }
    }
    None
}

/// Where the possessor that starts at `start` ends, if it names `owner`
/// (a possessive's word): its determiners, then titles and names ("of
/// President Xi Jinping"), the owner's word and the names after it; or the
/// adjective of the owner's place and the word it qualifies ("of our
/// Chinese friends").
fn possessor_end(words: &[Word], start: usize, owner: &Word, lexicon: &Lexicon) -> Option<usize> {
    const LONGEST: usize = 5;
    let names =
        |w: &Word| w.lemma == owner.lemma || lexicon.is_place_and_adjective(&w.lemma, &owner.lemma);
    let mut k = start;
    while words.get(k).is_some_and(|w| is_determiner(&w.lower)) {
        k += 1;
    }
    // (Not a possessive itself: "the leader of Russia's army" is not
    // "Russia's leader".)
    while !names(words.get(k)?) {
        if !(words[k].content && starts_upper(&words[k].raw)) || k - start >= LONGEST {
            return None;
        }
        k += 1;
    }
    if words[k].lower.ends_with("'s") {
        return None;
    }
    // ("of our Chinese friends" for "China's"; not "of the Netherlands"
    // for "the Dutch", where the place is the possessor.)
    let by_its_people = words[k].lemma != owner.lemma && owner.lower.ends_with("'s");
    k += 1;
    match by_its_people {
        true if words
            .get(k)
            .is_some_and(|w| w.content && !starts_upper(&w.raw)) =>
        {
            k += 1
        }
        true => {}
        false => {
            while words
                .get(k)
                .is_some_and(|w| w.content && starts_upper(&w.raw))
            {
                k += 1;
            }
        }
    }
    (k - start <= LONGEST).then_some(k)
}

/// Whether the words at `cut` can be taken out of `words` and leave the
/// rest as printed: none joined to a word left, nor holding a mark.
fn stands_alone(words: &[Word], cut: &[usize]) -> bool {
    cut.iter().all(|&k| {
        let w = &words[k];
        let next_joined = words
            .get(k + 1)
            .is_some_and(|n| (n.ending || n.hyphened) && !cut.contains(&(k + 1)));
        !w.ending && !w.hyphened && !w.bracketed && w.after_mark.is_none() && !next_joined
    })
}

/// The words at `cut`, each run of them printed, and "…" between runs:
/// "the … of our Chinese friends".
fn printed_in_runs(words: &[Word], cut: &[usize]) -> String {
    cut.chunk_by(|a, b| a + 1 == *b)
        .map(|run| printed(run.iter().map(|&k| &words[k])))
        .collect::<Vec<_>>()
        .join(" … ")
}

/// A stretch the diff replaced, for `compare` to pair once moves are taken
/// out of it.
struct Replaced<'w> {
    /// Its index among the diff's operations.
    op: usize,
    /// Where its edits go among the others: in the order of the text.
    at: usize,
    olds: Vec<&'w Word>,
    news: Vec<&'w Word>,
    /// How many words each side had before moves were taken out.
    old_len: usize,
    new_len: usize,
}

/// The most words on either side of a replaced stretch named as one
/// substitution ("when it comes to → regarding").
const PHRASE_WORDS: usize = 4;

/// The diff of a member against the reference, read as a partial quote
/// is: the stretch of the reference it renders, and what it leaves out
/// before and after cut, not deleted. Myers's diff finds the fewest edits
/// over both whole, and may align a clause with words far apart: "to get
/// the right deal" of "… to get the right deal, not any deal, the right
/// deal" with the last "the right deal", or the "will" of "and it will
/// create jobs" with that of "will cut emissions …, and … create jobs",
/// leaving the words between as if deleted from the middle. When the best
/// alignment on any stretch of the reference (a semi-global alignment:
/// the ends of the reference are free) keeps as many words with fewer
/// edits inside it, it is taken instead.
fn aligned(old: &[&str], new: &[&str]) -> Vec<DiffOp> {
    let ops = capture_diff_slices(Algorithm::Myers, old, new);
    // (A quote a thousand words long is read as Myers reads it.)
    if old.len().saturating_mul(new.len()) > 1 << 20 {
        return ops;
    }
    let inner = edits_inside(&ops);
    if inner == 0 {
        return ops;
    }
    // (Never at the price of a word kept: "We value stance" keeps the "We"
    // of "We appreciate China's stance".)
    let kept = |ops: &[DiffOp]| -> usize {
        ops.iter()
            .map(|op| match *op {
                DiffOp::Equal { len, .. } => len,
                _ => 0,
            })
            .sum()
    };
    let (cost, semi_global) = semi_global_alignment(old, new);
    if cost < inner && kept(&semi_global) >= kept(&ops) {
        semi_global
    } else {
        ops
    }
}

/// The edits of a diff inside the stretch of the reference it keeps: every
/// member word it does not keep, and the reference words it leaves out
/// between the first and the last it keeps.
fn edits_inside(ops: &[DiffOp]) -> usize {
    let first = ops.iter().position(|op| matches!(op, DiffOp::Equal { .. }));
    let last = ops
        .iter()
        .rposition(|op| matches!(op, DiffOp::Equal { .. }));
    ops.iter()
        .enumerate()
        .map(|(k, op)| {
            let inside = first.is_some_and(|f| k > f) && last.is_some_and(|l| k < l);
            match *op {
                DiffOp::Equal { .. } => 0,
                DiffOp::Delete { old_len, .. } => usize::from(inside) * old_len,
                DiffOp::Insert { new_len, .. } => new_len,
                DiffOp::Replace {
                    old_len, new_len, ..
                } => usize::from(inside) * old_len + new_len,
            }
        })
        .sum()
}

/// The alignment of `new` with the stretch of `old` it fits best, and its
/// edits inside that stretch: each word of `new` left out, and each word of
/// `old` left out between two it keeps, costs one.
fn semi_global_alignment(old: &[&str], new: &[&str]) -> (usize, Vec<DiffOp>) {
    let (n, m) = (old.len(), new.len());
    let width = m + 1;
    // cost[i * width + j]: the least edits aligning old[..i], its start
    // free, with new[..j], and of those the most words kept, as one key:
    // an edit adds `edit`, a word kept takes one away. ("the concerns and
    // questions of parents" of "the questions and concerns of parents and
    // will …" keeps "concerns of parents" for the same four edits that
    // would keep "questions" alone.)
    let edit = width;
    let mut cost = vec![m; (n + 1) * width];
    // (Words of `new` before any of `old`: each added.)
    for (j, c) in cost[..width].iter_mut().enumerate() {
        *c = j * edit + m;
    }
    for i in 1..=n {
        for j in 1..=m {
            let matched = (old[i - 1] == new[j - 1]).then(|| cost[(i - 1) * width + j - 1] - 1);
            let left_out = cost[(i - 1) * width + j] + edit;
            let added = cost[i * width + j - 1] + edit;
            cost[i * width + j] =
                matched.map_or(left_out.min(added), |c| c.min(left_out).min(added));
        }
    }
    // Its end is free too: the first end of least cost.
    let end = (0..=n).min_by_key(|&i| cost[i * width + m]).unwrap_or(n);
    let best = cost[end * width + m] / edit;
    // Back from the end: a match where it costs no edit (the key one
    // less for the word kept), else a word added (so that, forward, what
    // is left out comes before what is put in, as a replacement), else one
    // left out.
    #[derive(PartialEq)]
    enum Step {
        Keep,
        Leave,
        Add,
    }
    let mut steps = Vec::new();
    let (mut i, mut j) = (end, m);
    while j > 0 {
        let here = cost[i * width + j];
        if i > 0 && old[i - 1] == new[j - 1] && here + 1 == cost[(i - 1) * width + j - 1] {
            steps.push(Step::Keep);
            i -= 1;
            j -= 1;
        } else if here == cost[i * width + j - 1] + edit {
            steps.push(Step::Add);
            j -= 1;
        } else {
            steps.push(Step::Leave);
            i -= 1;
        }
    }
    steps.reverse();
    let mut ops = Vec::new();
    if i > 0 {
        ops.push(DiffOp::Delete {
            old_index: 0,
            old_len: i,
            new_index: 0,
        });
    }
    let (mut oi, mut ni) = (i, 0);
    let mut k = 0;
    while k < steps.len() {
        let run = steps[k..].iter().take_while(|s| **s == steps[k]).count();
        match steps[k] {
            Step::Keep => ops.push(DiffOp::Equal {
                old_index: oi,
                new_index: ni,
                len: run,
            }),
            Step::Leave => {
                let added = steps[k + run..]
                    .iter()
                    .take_while(|s| **s == Step::Add)
                    .count();
                if added > 0 {
                    ops.push(DiffOp::Replace {
                        old_index: oi,
                        old_len: run,
                        new_index: ni,
                        new_len: added,
                    });
                    oi += run;
                    ni += added;
                    k += run + added;
                    continue;
                }
                ops.push(DiffOp::Delete {
                    old_index: oi,
                    old_len: run,
                    new_index: ni,
                });
            }
            Step::Add => ops.push(DiffOp::Insert {
                old_index: oi,
                new_index: ni,
                new_len: run,
            }),
        }
        match steps[k] {
            Step::Keep => {
                oi += run;
                ni += run;
            }
            Step::Leave => oi += run,
            Step::Add => ni += run,
        }
        k += run;
    }
    if oi < n {
        ops.push(DiffOp::Delete {
            old_index: oi,
            old_len: n - oi,
            new_index: ni,
        });
    }
    (best, ops)
}

/// Moves out of `words` those that `inserted` holds too, each beside the
/// word it was in the reference.
fn take_moved<'w>(
    words: &mut Vec<&'w Word>,
    inserted: &mut Vec<&'w Word>,
    moved: &mut Vec<(&'w Word, &'w Word)>,
) {
    words.retain(|d| match inserted.iter().position(|i| i.lemma == d.lemma) {
        Some(p) => {
            moved.push((d, inserted.remove(p)));
            false
        }
        None => true,
    });
}

/// Whether a word moved to the other side of a negation or a "than" both
/// renderings hold, next to it in both (beside it in one, a word between
/// at most in the other): "peace, not war" / "war, not peace", "did not
/// really say" / "really did not say", "more security than freedom" /
/// "more freedom than security" say otherwise. The negation may have moved
/// too, as the alignment sees it. (A word carried from afar passes it as
/// the telling's order changes, not what is denied: "Frankly, we will not
/// give up now" / "We will not give up now, frankly", "not only about money
/// but also about trust" / "about trust and not only about money", "is not
/// good, frankly" / ", frankly, is not good".) `moves` holds each moved
/// word's index in the reference and in the member, `kept_reference` each
/// reference word's kept counterpart.
fn moved_across_a_pivot(
    moves: &[(usize, usize)],
    kept_reference: &[Option<usize>],
    reference: &[Word],
) -> bool {
    let is_pivot = |w: &Word| {
        is_negation(w) || matches!(w.lower.as_str(), "than" | "instead" | "versus" | "vs")
    };
    let kept = kept_reference
        .iter()
        .enumerate()
        .filter_map(|(p, q)| Some((p, (*q)?)));
    let pivots: Vec<(usize, usize)> = kept
        .chain(moves.iter().copied())
        .filter(|&(p, _)| is_pivot(&reference[p]))
        .collect();
    moves.iter().any(|&(d, i)| {
        pivots.iter().any(|&(p, q)| {
            let (there, here) = (d.abs_diff(p), i.abs_diff(q));
            p != d && (d < p) != (i < q) && there.max(here) <= 2 && there.min(here) == 1
        })
    })
}

/// Whether a mark holds `words` themselves: "(his)" for "his".
fn mark_holds(mark: &str, words: &[Word]) -> bool {
    let inner = mark.trim_matches(['[', ']', '(', ')']);
    inner.to_lowercase() == printed(words).to_lowercase()
}

/// Words as printed: spaced, a contraction's ending joined ("I'll"), a
/// hyphen kept ("fully-funded").
fn printed<'w>(words: impl IntoIterator<Item = &'w Word>) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() && !w.ending {
            out.push(if w.hyphened { '-' } else { ' ' });
        }
        out.push_str(&w.raw);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;

    fn lexicon() -> Lexicon {
        Lexicon::english(&Grammar::english())
    }

    fn drift(reference: &str, member: &str) -> Drift {
        let lex = lexicon();
        compare(
            &Rendering::read(reference, &lex),
            &Rendering::read(member, &lex),
            &lex,
        )
    }

    fn described(d: &Drift) -> Vec<String> {
        d.edits.iter().map(Edit::describe).collect()
    }

    /// Whether `ops` cover `old` and `new` from start to end, each op where
    /// the one before ended.
    /// Asserts the severity of each member's drift from its reference.
    fn assert_severity(pairs: &[(&str, &str)], severity: Severity) {
        for &(reference, member) in pairs {
            let d = drift(reference, member);
            assert_eq!(d.severity, severity, "{member}: {:?}", described(&d));
        }
    }

    fn covers(ops: &[DiffOp], old: usize, new: usize) -> bool {
        let (mut o, mut n) = (0, 0);
        for op in ops {
            let (oi, ol, ni, nl) = match *op {
                DiffOp::Equal {
                    old_index,
                    new_index,
                    len,
                } => (old_index, len, new_index, len),
                DiffOp::Delete {
                    old_index,
                    old_len,
                    new_index,
                } => (old_index, old_len, new_index, 0),
                DiffOp::Insert {
                    old_index,
                    new_index,
                    new_len,
                } => (old_index, 0, new_index, new_len),
                DiffOp::Replace {
                    old_index,
                    old_len,
                    new_index,
                    new_len,
                } => (old_index, old_len, new_index, new_len),
            };
            if (oi, ni) != (o, n) {
                return false;
            }
            (o, n) = (o + ol, n + nl);
        }
        (o, n) == (old, new)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]

        #[test]
        fn an_alignment_covers_both_renderings_and_drift_never_panics(
            old in proptest::collection::vec(0usize..5, 0..14),
            new in proptest::collection::vec(0usize..5, 0..14),
        ) {
            const WORDS: [&str; 5] = ["we", "will", "deal", "not", "the"];
            let old: Vec<&str> = old.iter().map(|&w| WORDS[w]).collect();
            let new: Vec<&str> = new.iter().map(|&w| WORDS[w]).collect();
            let ops = aligned(&old, &new);
            proptest::prop_assert!(covers(&ops, old.len(), new.len()), "{ops:?}");
            let (_, semi_global) = semi_global_alignment(&old, &new);
            proptest::prop_assert!(
                covers(&semi_global, old.len(), new.len()),
                "{semi_global:?}"
            );
            // (And as words with marks: an opening bracket, an ellipsis.)
            static LEXICON: LazyLock<Lexicon> = LazyLock::new(lexicon);
            let printed = |words: &[&str], mark: &str| {
                Rendering::read(&format!("{mark} {}", words.join(" ")), &LEXICON)
            };
            compare(&printed(&old, "..."), &printed(&new, "[the]"), &LEXICON);
        }
    }

    #[test]
    fn identical_is_verbatim() {
        let d = drift(
            "We will explain our position.",
            "We will explain our position.",
        );
        assert_eq!(d.severity, Severity::Verbatim);
        assert!(d.edits.is_empty());
        assert_eq!(d.similarity, 1.0);
    }

    #[test]
    fn a_substitution_is_named() {
        let d = drift(
            "We highly appreciate the balanced position of our Chinese friends",
            "We highly value the balanced position of our Chinese friends",
        );
        assert_eq!(described(&d), ["appreciate → value"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        assert_eq!(d.similarity, 1.0, "a synonym keeps the meaning");
    }

    #[test]
    fn a_reorder_is_a_move() {
        let d = drift(
            "We understand your questions and concerns",
            "We understand your concerns and questions",
        );
        assert!(
            described(&d).iter().any(|e| e.starts_with('~')),
            "{:?}",
            described(&d)
        );
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_partial_quote_is_a_truncation() {
        let d = drift(
            "Putin praised the balanced position of our Chinese friends",
            "balanced position",
        );
        assert_eq!(
            described(&d),
            ["…Putin praised the|", "|of our Chinese friends…"]
        );
        assert_eq!(d.severity, Severity::Verbatim);
    }

    #[test]
    fn a_partial_quote_that_ends_on_another_word_is_still_truncated() {
        // The last word is replaced, and what follows it is cut, not deleted
        // word by word; so at the start.
        let d = drift(
            "We highly appreciate China's balanced stance on the Ukraine crisis",
            "We highly appreciate China's balanced position",
        );
        assert_eq!(
            described(&d),
            ["stance → position", "|on the Ukraine crisis…"]
        );
        let d = drift(
            "Putin said the stance was balanced",
            "position was balanced",
        );
        assert_eq!(described(&d), ["…Putin said the|", "stance → position"]);
    }

    #[test]
    fn a_partial_quote_whose_last_words_come_again_later_is_truncated_there() {
        // "the right deal" is in the reference twice: the partial quote of
        // its first clause ends on the first, and what follows is cut, not
        // deleted from the middle (with its "not", a change of meaning).
        let d = drift(
            "We will take the time that is necessary to get the right deal, not any deal, the right deal",
            "take the time necessary to get the right deal",
        );
        assert_eq!(
            described(&d),
            ["…We will|", "|not any deal the right deal…", "-that is"]
        );
        assert_eq!(d.severity, Severity::WordingDrift);
        // Nor is a clause's "will" aligned with one far before it: "and it
        // will create jobs" renders the end of "will cut emissions by 2035,
        // and ... create jobs", the ellipsis standing for "it will".
        let d = drift(
            "will cut emissions in half by 2035, and ... create thousands of jobs",
            "and it will create thousands of jobs across our state",
        );
        assert_eq!(
            described(&d),
            [
                "…will cut emissions in half by 2035|",
                "… → it will",
                "+across our state"
            ]
        );
        assert_eq!(d.severity, Severity::WordingDrift);
        // Of two stretches as cheap to align, the one that keeps more
        // words: "concerns … of parents", not "questions" alone with the
        // rest cut.
        let d = drift(
            "We understand the questions and concerns of parents and will answer each one of them before September",
            "We understand the concerns and questions of parents",
        );
        assert_eq!(
            described(&d),
            [
                "|and will answer each one of them before September…",
                "~questions"
            ]
        );
    }

    #[test]
    fn a_partial_quote_reordered_is_truncated_and_moved() {
        // The diff replaces "We understand your concerns" by "questions":
        // the words that moved are taken out before anything is paired.
        let d = drift(
            "We understand your concerns and questions",
            "questions and concerns",
        );
        assert_eq!(
            described(&d),
            ["…We understand your|", "~concerns", "~questions"]
        );
        assert_eq!(d.severity, Severity::WordingDrift);
        assert_eq!(d.similarity, 1.0);
    }

    #[test]
    fn edits_are_in_the_order_of_the_text() {
        let d = drift("no limits", "without limit");
        let e = described(&d);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0], "no → without", "{e:?}");
    }

    #[test]
    fn a_stretch_replaced_by_one_of_another_length_is_one_substitution() {
        let d = drift(
            "We will support Ukraine for as long as it takes.",
            "We will support Ukraine as long as necessary,",
        );
        let e = described(&d);
        assert!(e.contains(&"it takes → necessary".to_owned()), "{e:?}");
        assert_eq!(e.len(), 2, "{e:?}");
        // A word that keeps its meaning is still paired with its synonym.
        let d = drift("We appreciate China's stance", "We value stance");
        assert_eq!(described(&d), ["appreciate → value", "-China's"]);
        // A phrase said in one word is one substitution, however long: not
        // "the → time" and four words dropped.
        let d = drift(
            "The economy is strong and that gives us the ability to be patient.",
            "The economy is strong, and that gives us time.",
        );
        assert_eq!(described(&d), ["the ability to be patient → time"]);
        // A fragment that stops mid-sentence on another word is cut after
        // it, not a long phrase said in one word.
        let d = drift(
            "We are not armed to face the risks that we have,",
            "not equipped",
        );
        assert_eq!(
            described(&d),
            [
                "…We are|",
                "armed → equipped",
                "|to face the risks that we have…"
            ]
        );
    }

    #[test]
    fn a_place_put_for_its_peoples_name_cut_elsewhere_keeps_the_meaning() {
        let d = drift(
            "We highly appreciate the balanced position of our Chinese friends.",
            "We highly value China's balanced stance,",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // Another name put in is still a change of meaning.
        let d = drift(
            "We highly appreciate the balanced position of our Chinese friends.",
            "We highly value India's balanced stance,",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn one_negation_for_another_keeps_the_meaning() {
        let d = drift("We are not in a hurry", "We are in no hurry");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift("not in a hurry", "no hurry");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // A negation lost is a meaning changed.
        let d = drift("We are not in a hurry", "We are in a hurry");
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("We are not in a hurry", "We are in a big hurry");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn brackets_and_ellipses_are_editorial() {
        let d = drift(
            "Beijing fully understands the necessity of all the measures taken by Russia, and we are providing our assistance",
            "fully understand[s] the necessity of all the measures taken by Russia . . . we are providing our assistance",
        );
        // (The ellipsis stands where "and" was.)
        assert_eq!(
            described(&d),
            [
                "…Beijing|",
                "understands ≈ understand",
                "and → …",
                "mark [s]"
            ]
        );
        assert_eq!(d.severity, Severity::Editorial);
        let d = drift("understand his questions", "understand (his) questions");
        assert!(described(&d).contains(&"mark (his)".to_owned()));
    }

    #[test]
    fn a_bracket_opening_a_member_stands_for_its_noun_with_the_determiner() {
        // Not "…The|" cut and "president → [Biden]".
        let d = drift(
            "The president is committed to the deal.",
            "[Biden] is committed to the deal.",
        );
        assert_eq!(described(&d), ["The president → [Biden]"]);
        let d = drift(
            "We know the president is committed to the deal.",
            "[Biden] is committed to the deal.",
        );
        assert_eq!(described(&d), ["…We know|", "the president → [Biden]"]);
    }

    #[test]
    fn a_mark_standing_where_words_were_names_them() {
        let reference = "We have made it very clear to the Russian side that any attack on a \
                         NATO member would be met with a decisive response";
        let d = drift(
            reference,
            "We have made it very clear to [Moscow] that any attack ... would be met with a \
             decisive response",
        );
        assert_eq!(
            described(&d),
            ["the Russian side → [Moscow]", "on a NATO member → …"]
        );
        assert_eq!(d.severity, Severity::Editorial);
        // An ellipsis that drops a negation changes the sense.
        let d = drift("I will not go there", "I will … go there");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // Read the other way, as `check` reads a corpus quote, the mark
        // is given as words.
        let d = drift(
            "We have made it clear to [Moscow] that any attack ... would be met",
            "We have made it clear to the Russian side that any attack on a NATO member would be met",
        );
        assert_eq!(
            described(&d),
            ["[Moscow] → the Russian side", "… → on a NATO member"]
        );
        assert_eq!(d.severity, Severity::Editorial);
        let d = drift("understand (his) questions", "understand his questions");
        assert_eq!(d.severity, Severity::Verbatim, "{:?}", described(&d));
        // A bracket that opens the rendering stands for the words it
        // replaces, as many as it holds; those before them are cut.
        let d = drift(
            "Today I say this law will cut emissions",
            "[The] law will cut emissions",
        );
        assert_eq!(described(&d), ["…Today I say|", "this → [The]"]);
        assert_eq!(d.severity, Severity::Editorial);
        let d = drift(
            "As President I'll end Obama's war on religion",
            "[President Barack] Obama's war on religion",
        );
        assert_eq!(
            described(&d),
            ["…As President I'll end|", "mark [President Barack]"]
        );
        // (An ellipsis there is the cut itself.)
        let d = drift("This law will cut emissions", "… law will cut emissions");
        assert_eq!(described(&d), ["…This|", "mark …"]);
        // So does a bracket that closes it, for the words after the last
        // kept.
        let d = drift(
            "The tariffs would hurt them badly, and soon",
            "The tariffs would hurt [American workers]",
        );
        assert_eq!(
            described(&d),
            ["them → [American workers]", "|badly and soon…"]
        );
        let d = drift("We will not allow it", "We will not allow [the merger]");
        assert_eq!(described(&d), ["it → [the merger]"]);
        assert_eq!(d.severity, Severity::Editorial);
        // Words dropped where no mark stands are dropped.
        let d = drift(
            reference,
            "We have made it very clear to that any attack would be met with a decisive response",
        );
        assert!(
            described(&d).contains(&"-the Russian side".to_owned()),
            "{:?}",
            described(&d)
        );
    }

    #[test]
    fn words_a_member_ends_on_where_the_reference_has_a_mark_are_what_it_stands_for() {
        // "a sobering verdict... there is much to learn" / "a sobering
        // verdict tonight.": the member gives the word the reference's
        // ellipsis took out, and ends; "tonight" replaces no "there".
        let d = drift(
            "The British people have delivered a sobering verdict... there is much to learn",
            "The British people have delivered a sobering verdict tonight.",
        );
        assert_eq!(
            described(&d),
            ["… → tonight", "|there is much to learn…"],
            "{:?}",
            d.edits
        );
        assert_eq!(d.severity, Severity::Editorial);
        // (With no mark there, a word put in for the rest is one.)
        let d = drift(
            "The British people have delivered a sobering verdict there is much to learn",
            "The British people have delivered a sobering verdict tonight.",
        );
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_negation_changes_the_meaning() {
        let d = drift("We will support the plan", "We will not support the plan");
        assert_eq!(described(&d), ["+not"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_number_changes_the_meaning() {
        let d = drift(
            "trade will reach $200 billion",
            "trade will reach $100 billion",
        );
        assert_eq!(described(&d), ["$200 billion → $100 billion"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_magnitude_abbreviated_is_the_magnitude() {
        // "$1.5bn" is "$1.5 billion" printed short; a decimal is one
        // number, so another decimal is one edit.
        let d = drift(
            "we will invest $1.5 billion and £40 million",
            "we will invest $1.5bn and £40m",
        );
        assert_eq!(
            described(&d),
            ["$1.5 billion ≈ $1.5bn", "£40 million ≈ £40m"]
        );
        assert_eq!(d.severity, Severity::Cosmetic);
        // A country's code before the dollar says which dollar, as the
        // article's "$" did: "US$50bn" is "$50 billion".
        let d = drift("a $50 billion market", "a US$50bn market");
        assert_eq!(described(&d), ["$50 billion ≈ US$50bn"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // A number in digits and its magnitude are the number spelt out;
        // a thousands separator is print.
        let d = drift("We need $5 million.", "We need five million.");
        assert_eq!(described(&d), ["$5 million ≈ five million"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("We have 3,000 troops", "We have three thousand troops");
        assert_eq!(described(&d), ["3,000 ≈ three thousand"]);
        let d = drift("We have 3,000 troops", "We have 3000 troops");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        let d = drift("We have 3,000 troops", "We have 4,000 troops");
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("growth of 1.5 percent", "growth of 1.6 percent");
        assert_eq!(described(&d), ["1.5 → 1.6"]);
        // ("Special K" is no thousand.)
        let d = drift("we love Special K", "we love Special thousand");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn another_form_of_a_word_is_wording_drift() {
        // Another number or tense is another word to a reader, though of
        // one lemma: "concerns → concern", "are → were".
        let d = drift(
            "We understand your questions and concerns",
            "We understand your questions and concern",
        );
        assert_eq!(described(&d), ["concerns → concern"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift(
            "We are ready and we appreciate it",
            "We were ready and we appreciated it",
        );
        assert_eq!(described(&d), ["are → were", "appreciate → appreciated"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        // One form spelled two ways is not another form.
        let d = drift("the talks were organised", "the talks were organized");
        assert_eq!(described(&d), ["organised ≈ organized"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // Nor is a contraction's word, nor a form the outlet's bracket
        // gave ("understand[s]", an editorial mark).
        let d = drift("it is over", "it's over");
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("Beijing understands it", "Beijing understand[s] it");
        assert_eq!(d.severity, Severity::Editorial);
    }

    #[test]
    fn a_fraction_in_words_is_its_digits() {
        let d = drift("two-thirds of voters", "2/3 of voters");
        assert_eq!(described(&d), ["two-thirds ≈ 2/3"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("two thirds of voters", "two-thirds of voters");
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("two-thirds of voters", "3/4 of voters");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // (An ordinal is no denominator: "the third" is not "the 3".)
        let d = drift("the third vote", "the 3 vote");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_percent_sign_is_named_joined_to_its_number() {
        let d = drift("prices will rise 2% by next year", "prices will rise");
        assert_eq!(described(&d), ["|2% by next year…"]);
        let d = drift("prices will rise 2 percent", "prices will rise 2%");
        assert_eq!(described(&d), ["2 percent ≈ 2%"]);
    }

    #[test]
    fn a_word_printed_another_way_is_cosmetic() {
        let d = drift("our 2 percent goal", "our 2% goal");
        assert_eq!(described(&d), ["2 percent ≈ 2%"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("in two weeks", "in 2 weeks");
        assert_eq!(described(&d), ["two ≈ 2"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift(
            "not be intimidated by anyone",
            "not be intimidated by anybody",
        );
        assert_eq!(described(&d), ["anyone ≈ anybody"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // ("whilst", a function word as "while" is, weighs nothing.)
        let d = drift("while we wait for talks", "whilst we wait for talks");
        assert_eq!(d.similarity, 1.0);
        // Another number is another meaning, spelt out or not.
        let d = drift("in two weeks", "in 3 weeks");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // A number of several words is one, as its digits are.
        let d = drift(
            "a 25% tariff on 100 goods",
            "a twenty-five percent tariff on one hundred goods",
        );
        assert_eq!(
            described(&d),
            ["25% ≈ twenty-five percent", "100 ≈ one hundred"]
        );
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("a 25% tariff", "a twenty-six percent tariff");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // So are "gonna" and "going to", as said and as written.
        let d = drift("we are going to win", "we are gonna win");
        assert_eq!(described(&d), ["going to ≈ gonna"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // "tens" is no ten.
        let d = drift("tens of thousands", "10 of thousands");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn number_words_carry_meaning_through_their_digits() {
        // The words `is_number_word` leaves to `digits_of`.
        for word in [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "hundred", "thousand", "million", "billion", "first", "second", "third",
        ] {
            assert!(
                digits_of(word).is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit())),
                "{word}"
            );
        }
        let d = drift("one of a dozen", "two of a half");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // A magnitude in the plural has no digits, and is as much a number.
        let d = drift(
            "We lost millions of dollars on the deal",
            "We lost billions of dollars on the deal",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
        let d = drift("hundreds of people came", "thousands of people came");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        let d = drift(
            "we will never apologize for our defense spending",
            "we will never apologise for our defence spending",
        );
        assert_eq!(
            described(&d),
            ["apologize ≈ apologise", "defense ≈ defence"]
        );
        // (Though WordNet lists the British form as a synonym.)
        let d = drift("we must organize", "we must organise");
        assert_eq!(described(&d), ["organize ≈ organise"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("2 percent of GDP and rising", "2 per cent of GDP & rising");
        assert_eq!(described(&d), ["percent ≈ per cent", "and ≈ &"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // So for a word WordNet's common words leave out, by its ending.
        let d = drift("we help our neighbors", "we help our neighbours");
        assert_eq!(described(&d), ["neighbors ≈ neighbours"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // (And the British doubled "l", "fulfil" and "programme".)
        let d = drift(
            "we traveled to fulfill the program",
            "we travelled to fulfil the programme",
        );
        assert_eq!(
            described(&d),
            [
                "traveled ≈ travelled",
                "fulfill ≈ fulfil",
                "program ≈ programme"
            ]
        );
        assert_eq!(d.severity, Severity::Cosmetic);
        // "four" is not "for": only a word the lexicon knows is taken.
        let d = drift("for the people", "four the people");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_place_for_its_adjective_is_no_changed_name() {
        let d = drift(
            "the balanced position on the Ukrainian crisis",
            "the balanced position on the Ukraine crisis",
        );
        assert_eq!(described(&d), ["Ukrainian → Ukraine"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        // Another place is another name.
        let d = drift("on the Ukrainian crisis", "on the Russia crisis");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_censored_word_is_the_word_it_hides() {
        // Outlets hide a swear word's letters each their own way; the
        // words are the same, and the outlet's edit is named.
        let d = drift(
            "we’re gonna impeach the motherfucker",
            "we’re gonna impeach the motherf***",
        );
        assert_eq!(described(&d), ["censored motherfucker → motherf***"]);
        assert_eq!(d.severity, Severity::Editorial);
        assert_eq!(d.similarity, 1.0);
        let d = drift("you little son-of-a-bitch", "you little son-of-a-b----");
        assert_eq!(described(&d), ["censored bitch → b----"]);
        let d = drift("impeach the motherf**ker", "impeach the motherf***");
        assert_eq!(described(&d), ["censored motherf**ker → motherf***"]);
        // Letters that do not fit are another word; dashes between words
        // hide nothing.
        let d = drift("impeach the motherfucker", "impeach the b****");
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift("people from the Bronx", "you little son-of-a-b----");
        assert!(
            !described(&d).iter().any(|e| e.starts_with("censored")),
            "{:?}",
            described(&d)
        );
        assert_eq!(
            Rendering::read("it was--I think--wrong -- and fine", &lexicon())
                .words
                .iter()
                .map(|w| w.raw.as_str())
                .collect::<Vec<_>>(),
            ["it", "was", "I", "think", "wrong", "and", "fine"]
        );
    }

    #[test]
    fn a_pronoun_of_another_person_changes_who_is_meant() {
        // Not one of another number: "We" / "I", as translations differ.
        let d = drift("They are unfair to us", "We're unfair to them");
        assert_eq!(described(&d), ["They → We", "us → them"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("That makes him smart", "That makes me smart");
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("We will not give up", "I will not give up");
        assert_eq!(d.severity, Severity::WordingDrift);
        // But one of another gender means someone else: "he" / "she"
        // ("they" may mean either).
        let d = drift("He will pay a heavy price", "She will pay a heavy price");
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift(
            "I told them what his plan was",
            "I told them what her plan was",
        );
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("They will pay a heavy price", "He will pay a heavy price");
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_title_or_a_part_of_a_name_beside_the_name_kept_is_another_form_of_it() {
        for (reference, member) in [
            (
                "a very productive meeting with President Xi",
                "a very productive meeting with Xi Jinping",
            ),
            (
                "I have great respect for Mr. Putin",
                "I have great respect for Vladimir Putin",
            ),
            ("I spoke with Joe Biden today", "I spoke with Biden today"),
        ] {
            let d = drift(reference, member);
            assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        }
        // A part of the name replaced by another is another person; a name
        // put in beside none kept is another person too.
        let d = drift(
            "I spoke with Joe Biden today",
            "I spoke with Hunter Biden today",
        );
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift(
            "I spoke with Biden today",
            "I spoke with Biden and Xi today",
        );
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_date_is_one_word_however_printed() {
        let d = drift("The vote is on May 5", "The vote is on May 5th");
        assert_eq!(described(&d), ["May 5 ≈ May 5th"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("signed on 5 September", "signed on the 5th of September");
        assert_eq!(described(&d), ["5 September ≈ the 5th of September"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // The day before the month or after it is one date printed two
        // ways; another day is another date.
        let d = drift("signed on 5 September", "signed on September 5");
        assert_eq!(described(&d), ["5 September ≈ September 5"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift(
            "the vote in the Senate on May 5",
            "the vote in the Senate on May 6",
        );
        assert_eq!(described(&d), ["May 5 → May 6"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
        // Another ordinal is no number; a month in lower case is a verb.
        let d = drift(
            "We finished 5th in the league",
            "We finished 5 in the league",
        );
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift("the 5th may fail", "the 5 may fail");
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn more_than_said_as_over_keeps_the_meaning() {
        let d = drift("We spent more than $1 million", "We spent over $1 million");
        assert_eq!(described(&d), ["more than → over"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift("fewer than 100 people came", "under 100 people came");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // Not the other way round, nor "more" alone.
        let d = drift("We spent more than $1 million", "We spent under $1 million");
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift(
            "We need more help over there",
            "We need some help over there",
        );
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn an_hour_and_its_pm_are_one_time_however_printed() {
        let d = drift(
            "We will meet at 3 p.m. on Friday",
            "We will meet at 3pm on Friday",
        );
        assert_eq!(described(&d), ["3 p.m. ≈ 3pm"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("We will meet at 10:30 a.m.", "We will meet at 10:30 AM");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        let d = drift(
            "We will meet at 3 p.m. on Friday",
            "We will meet at 3 a.m. on Friday",
        );
        assert_eq!(described(&d), ["p.m. → a.m."]);
        assert_eq!(d.severity, Severity::MeaningChanging);
    }

    #[test]
    fn a_hyphen_between_two_words_is_a_difference_in_print() {
        let d = drift("the plan is fully funded", "the plan is fully-funded");
        assert_eq!(described(&d), ["fully funded ≈ fully-funded"]);
        // A compound printed with its hyphen or without is one word.
        let d = drift(
            "We are not pre-committing to a path",
            "We are not precommitting to a path",
        );
        assert_eq!(described(&d), ["pre-committing ≈ precommitting"]);
        let d = drift("send me an email", "send me an e-mail");
        assert_eq!(described(&d), ["email ≈ e-mail"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // Print alone leaves the similarity whole.
        let d = drift(
            "Our health-care system is broken",
            "Our healthcare system is broken",
        );
        assert_eq!(described(&d), ["health-care ≈ healthcare"]);
        assert_eq!(d.similarity, 1.0);
        let d = drift(
            "Our healthcare system is broken",
            "Our health-care system is broken",
        );
        assert_eq!(d.similarity, 1.0);
        // Also when the rendering is a fragment that ends on it.
        let d = drift("deeper cooperation with Ottawa", "deeper co-operation");
        assert_eq!(
            described(&d),
            ["cooperation ≈ co-operation", "|with Ottawa…"]
        );
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("He was reelected in May", "He was re-elected in May");
        assert_eq!(described(&d), ["reelected ≈ re-elected"]);
        // A number before the hyphen is no prefix: "two-state" is two
        // words, the same as "two state".
        let d = drift(
            "We are committed to a two-state solution",
            "We are committed to a two state solution",
        );
        assert_eq!(described(&d), ["two-state ≈ two state"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        // The word after a hyphen is the same word when the one before
        // the hyphen is left out: "Bashar Assad" leaves out "al-".
        let d = drift("said Bashar al-Assad", "said Bashar Assad");
        assert_eq!(described(&d), ["-al"]);
    }

    #[test]
    fn an_abbreviation_is_its_word_in_print() {
        // "in Sept." is "in September" as AP style prints it, not another
        // word; in lower case "mar" is a verb.
        let d = drift(
            "We will cut in September or in January",
            "We will cut in Sept. or in Jan.",
        );
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        assert_eq!(described(&d), ["September ≈ Sept", "January ≈ Jan"]);
        let d = drift("It will march on", "It will mar on");
        assert_ne!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        // So is a title's: "Doctor Fauci", said, is "Dr. Fauci" in print.
        let d = drift("Dr. Fauci was wrong", "Doctor Fauci was wrong");
        assert_eq!(described(&d), ["Dr ≈ Doctor"]);
        assert_eq!(d.severity, Severity::Cosmetic);
        let d = drift("Sen. Warren was wrong", "Senator Warren was wrong");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
    }

    #[test]
    fn a_contraction_is_its_words_in_print() {
        for (full, contracted) in [
            ("I will not go", "I'll not go"),
            ("We do not know", "We don't know"),
            ("We would like to see", "We’d like to see"),
            ("It is over", "It's over"),
            ("They will not win", "They won't win"),
        ] {
            let d = drift(full, contracted);
            assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        }
        let d = drift("I will not go", "I’ll not go");
        assert_eq!(described(&d), ["I will ≈ I’ll"]);
        let d = drift("We are leaving. We're done", "We’re leaving. We're done");
        assert_eq!(described(&d), ["We are ≈ We’re"]);
        // A stem that is no word is printed once, and named with its
        // ending in one edit; "cannot" is "can not" in one word.
        let d = drift("They will not win", "They won't win");
        assert_eq!(described(&d), ["will not ≈ won't"]);
        let d = drift("I cannot stay", "I can't stay");
        assert_eq!(described(&d), ["cannot ≈ can't"]);
        let d = drift("I cannot stay", "I can not stay");
        assert_eq!(described(&d), ["cannot ≈ can not"]);
        // A noun's "'s" before what no possessive comes before ("in",
        // "a", "been") is "is" or "has"; before a noun it owns.
        let d = drift(
            "The economy is in a good place",
            "The economy's in a good place",
        );
        assert_eq!(described(&d), ["economy is ≈ economy's"]);
        let d = drift("Mexico is going to pay for it", "Mexico's gonna pay for it");
        assert_eq!(described(&d), ["Mexico is ≈ Mexico's", "going to ≈ gonna"]);
        let d = drift("Trump has been clear", "Trump's been clear");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        let d = drift("The economy is strong", "The economy's strength");
        assert_ne!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        // What the contraction stands for is what is compared.
        let d = drift("We want to see", "We'd like to see");
        assert_eq!(described(&d), ["want → 'd like"]);
        // An ending printed with a word another replaces is that word's
        // print: no "are not ≈ won't" after "are → won't".
        let d = drift("We are not going to raise taxes", "We won't raise taxes");
        assert_eq!(described(&d), ["are → won't", "-going to"]);
        let d = drift("This is a very difficult time", "It's a very hard time");
        assert_eq!(described(&d), ["This → It", "difficult → hard"]);
        // A word put in with its ending is put in as printed.
        let d = drift("a long history of trust", "There's a long history of trust");
        assert_eq!(described(&d), ["+There's"]);
        let d = drift("There's a long history of trust", "a long history of trust");
        assert_eq!(described(&d), ["…There's|"]);
        let d = drift("We do know", "We don't know");
        assert_eq!(d.severity, Severity::MeaningChanging);
        // A quote cut inside "won't" keeps its "not": the edit names the
        // ending it stands for, never nothing.
        let d = drift("We won't accept it", "not accept it");
        assert_eq!(described(&d), ["…We won't|", "n't ≈ not"]);
        // Endings printed with a curly apostrophe, and words whose
        // lowercase is longer than their print ("İ"), are cut in print.
        for (text, printed) in [
            ("Putin’I would say,", vec!["Putin’I", "would", "say"]),
            ("İ'll go", vec!["İ", "'ll", "go"]),
            ("We’ll go", vec!["We", "’ll", "go"]),
            ("DON’T", vec!["DO", "N’T"]),
        ] {
            let r = Rendering::read(text, &lexicon());
            let words: Vec<&str> = r.words.iter().map(|w| w.raw.as_str()).collect();
            assert_eq!(words, printed);
        }
        // A name's possessive is the name's.
        let d = drift("the United States's allies", "the US's allies");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
        // A possessive stands for no word.
        let d = drift("Obama's plan", "Obama plan");
        assert_eq!(d.severity, Severity::Cosmetic, "{:?}", described(&d));
    }

    #[test]
    fn another_form_of_a_name_is_print() {
        let d = drift(
            "We condemn the United States and the E.U. in Kyiv",
            "We condemn the U.S. and the European Union in Kiev",
        );
        assert_eq!(
            described(&d),
            [
                "United States ≈ U.S.",
                "E.U. ≈ European Union",
                "Kyiv ≈ Kiev"
            ]
        );
        assert_eq!(d.severity, Severity::Cosmetic);
        // "us" is a word, not the US.
        let d = drift("They will help us", "They will help the US");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn case_alone_is_cosmetic() {
        let d = drift("questions and concerns", "Questions And Concerns");
        assert_eq!(d.severity, Severity::Cosmetic);
    }

    #[test]
    fn a_rendering_that_stops_inside_a_replaced_stretch_stops_at_its_clause() {
        // "but it's still too high" is cut whole; "a lot" is said "a great
        // deal", not "but" said "deal".
        let d = drift(
            "Inflation has come down a lot but it's still too high,",
            "Inflation has come down a great deal",
        );
        assert_eq!(
            described(&d),
            ["lot → great", "|but it's still too high…", "+deal"]
        );
    }

    #[test]
    fn function_words_moved_alone_are_named() {
        // The same words in another order are not verbatim.
        let d = drift("It is true", "Is it true");
        assert_eq!(described(&d), ["~it"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift(
            "Inflation has come down a lot but it's still too high,",
            "but it has come down a lot,",
        );
        assert_eq!(
            described(&d),
            ["…Inflation|", "|'s still too high…", "~but", "~it"]
        );
        assert_eq!(d.severity, Severity::WordingDrift);
        // (Beside a content word moved, they go unnamed.)
        let d = drift(
            "We understand your concerns and questions",
            "We understand your questions and concerns",
        );
        assert_eq!(described(&d), ["~questions"]);
        // Function words put one for another in two places stay where they
        // were: each is replaced, not moved (nor unnamed).
        let d = drift(
            "We will end this war by the end of the year",
            "We will end the war by the end of this year",
        );
        assert_eq!(described(&d), ["this → the", "the → this"]);
    }

    #[test]
    fn a_capital_that_only_opens_the_rendering_is_no_name() {
        // "Inflation" is in capitals as the first word: another word for
        // it is a wording, not a name, changed.
        let d = drift(
            "Inflation is still far too high",
            "Prices are still far too high",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift("Nobody is above the law", "No one is above the law");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // A word that is always a name still is: a country's, a nation's,
        // a given name, or one the lexicon does not know.
        for (reference, member) in [
            (
                "Russia is still far too strong",
                "China is still far too strong",
            ),
            (
                "Russian forces will withdraw",
                "Ukrainian forces will withdraw",
            ),
            ("Joe will win", "Donald will win"),
            ("Putin will win", "Zelensky will win"),
        ] {
            let d = drift(reference, member);
            assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
        }
    }

    #[test]
    fn a_name_said_as_a_pronoun_changes_no_meaning() {
        // The words at a sentence's start, capitalised, may be anything;
        // said as "it" they name the same.
        let d = drift("Inflation is still too high", "but it is still too high,");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift("Putin will win", "he will win");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // Another name is another meaning.
        let d = drift("Putin will win", "Zelensky will win");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn a_possessive_said_with_of_is_one_edit() {
        // The same owner and head, said with "of" or with "'s".
        let d = drift(
            "We highly appreciate the balanced stance of China",
            "We highly appreciate China's balanced stance",
        );
        assert_eq!(described(&d), ["the … of China → China's"]);
        assert_eq!(d.severity, Severity::WordingDrift);
        assert_eq!(d.similarity, 1.0);
        let d = drift(
            "We highly appreciate China's balanced stance",
            "We highly appreciate the balanced stance of China",
        );
        assert_eq!(described(&d), ["China's → the … of China"]);
        // With the possessor's determiner, and its title and names.
        let d = drift(
            "We support the decision of the president to leave",
            "We support the president's decision to leave",
        );
        assert_eq!(described(&d), ["the … of the president → the president's"]);
        let d = drift(
            "We respect the position of President Xi Jinping",
            "We respect Xi's position",
        );
        assert_eq!(described(&d), ["the … of President Xi Jinping → Xi's"]);
        // An owner named by its people, the head by a synonym: the words
        // around are compared without them.
        let d = drift(
            "We highly value the balanced position of our Chinese friends when it comes to the Ukraine crisis",
            "We highly appreciate China's balanced stance on the Ukraine crisis",
        );
        let edits = described(&d);
        assert_eq!(
            edits[..3],
            [
                "value → appreciate",
                "the … of our Chinese friends → China's",
                "position → stance"
            ],
            "{edits:?}"
        );
        assert!(
            !edits
                .iter()
                .any(|e| e.contains("Chinese") && e.starts_with('-')),
            "{edits:?}"
        );
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_possessive_of_another_owner_is_not_restated() {
        let d = drift(
            "We respect the position of Russia",
            "We respect China's position",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
        assert!(
            !described(&d)
                .iter()
                .any(|e| e.contains('…') && e.contains("China's"))
        );
        // Nor one whose possessor is a possessive of its own.
        let d = drift("I met the leader of Russia's army", "I met Russia's leader");
        assert!(
            !described(&d).iter().any(|e| e.contains("… of")),
            "{:?}",
            described(&d)
        );
        // Nor is another person of the same family name.
        let d = drift("I met the wife of Joe Biden", "I met Hunter Biden's wife");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn words_that_keep_their_meaning_open_a_phrase_said_otherwise() {
        let d = drift(
            "Our position when it comes to Ukraine is clear",
            "Our stance on Ukraine is clear",
        );
        assert_eq!(
            described(&d),
            ["position → stance", "when it comes to → on"]
        );
        let d = drift(
            "They were very happy with respect to the outcome",
            "They were very glad about the outcome",
        );
        assert_eq!(described(&d), ["happy → glad", "with respect to → about"]);
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_negation_printed_with_its_verb_is_named_by_its_letters() {
        // "won't": "n't" is printed with "wo", and nothing alone.
        let d = drift("We won't go there", "We will go there");
        assert_eq!(described(&d), ["won't ≈ will", "-n't"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift(
            "We won't accept this deal, ever",
            "We will never accept this deal",
        );
        assert_eq!(described(&d), ["won't ≈ will", "n't → never", "|ever…"]);
    }

    #[test]
    fn all_said_with_another_word_for_all_keeps_the_meaning() {
        let d = drift(
            "It is a very difficult situation for all of us",
            "It is a very difficult situation for everyone",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift("Every member must pay", "All members must pay");
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift(
            "I don't think it's anything worse",
            "I don't think it's any worse",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // Another quantifier is another meaning.
        let d = drift("All members must pay", "Some members must pay");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn an_amount_of_money_is_one_word_its_currency_however_printed() {
        // The sign or the currency's name: print.
        for (a, b) in [
            (
                "We gave them 150 billion dollars",
                "We gave them $150 billion",
            ),
            ("We gave them 150 billion dollars", "We gave them $150bn"),
            ("We spent 5 pounds on it", "We spent £5 on it"),
            ("It costs US$50bn a year", "It costs $50 billion a year"),
        ] {
            let d = drift(a, b);
            assert_eq!(
                d.severity,
                Severity::Cosmetic,
                "{a} / {b}: {:?}",
                described(&d)
            );
        }
        assert_eq!(
            described(&drift("We spent $5 on it", "We spent 5 dollars on it")),
            ["$5 ≈ 5 dollars"]
        );
        // Another currency, or another number, is another amount.
        let d = drift(
            "It cost $1.5 billion last year",
            "It cost €1.5 billion last year",
        );
        assert_eq!(described(&d), ["$1.5 billion → €1.5 billion"]);
        assert_eq!(d.severity, Severity::MeaningChanging);
        let d = drift(
            "We gave them 150 billion euros",
            "We gave them $150 billion",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
        let d = drift("We gave them $150 billion", "We gave them $160 billion");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
        // A currency named on one side only is print: the spoken amount
        // printed with its sign.
        let d = drift(
            "We gave them 150 billion for nothing",
            "We gave them $150 billion for nothing",
        );
        assert_eq!(described(&d), ["150 billion ≈ $150 billion"]);
        assert_eq!(d.severity, Severity::Cosmetic);
    }

    #[test]
    fn another_time_or_the_opposite_changes_the_meaning() {
        for (a, b) in [
            ("Prices rose last week", "Prices rose last month"),
            ("Prices rose last week", "Prices rose next week"),
            (
                "We met yesterday with the team",
                "We met today with the team",
            ),
            (
                "It will take years to rebuild",
                "It will take decades to rebuild",
            ),
            // (The grammar's opposites.)
            (
                "Crime has increased in our cities",
                "Crime has decreased in our cities",
            ),
            (
                "Prices rose sharply in the capital",
                "Prices fell sharply in the capital",
            ),
            (
                "The president is right about it",
                "The president is wrong about it",
            ),
            ("We voted for the bill", "We voted against the bill"),
            (
                "The company made a profit last year",
                "The company made a loss last year",
            ),
            (
                "Everyone will benefit from this plan",
                "Nobody will benefit from this plan",
            ),
        ] {
            let d = drift(a, b);
            assert_eq!(
                d.severity,
                Severity::MeaningChanging,
                "{a} / {b}: {:?}",
                described(&d)
            );
        }
        // Not a time said otherwise, nor another inflection of it, nor a
        // word said otherwise.
        let d = drift("We will increase taxes", "We will raise taxes");
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift("It took days to finish", "It took time to finish");
        assert_eq!(d.severity, Severity::WordingDrift);
        let d = drift(
            "It will take years to rebuild",
            "It will take year to rebuild",
        );
        assert_eq!(d.severity, Severity::WordingDrift);
    }

    #[test]
    fn a_negation_printed_as_a_prefix_is_a_negation() {
        for (a, b) in [
            (
                "It was not possible to win the war",
                "It was impossible to win the war",
            ),
            (
                "This is not acceptable for the people",
                "This is unacceptable for the people",
            ),
            (
                "We are not able to pay the workers",
                "We are unable to pay the workers",
            ),
        ] {
            let d = drift(a, b);
            assert_eq!(
                d.severity,
                Severity::WordingDrift,
                "{a} / {b}: {:?}",
                described(&d)
            );
        }
        // Put in or taken out, it changes the meaning.
        let d = drift(
            "It was possible to win the war",
            "It was impossible to win the war",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn an_adverb_is_read_by_its_adjective_for_opposites_and_times() {
        for (a, b) in [
            (
                "The economy is doing great",
                "The economy is doing terribly",
            ),
            (
                "Prices are rising quickly in the capital",
                "Prices are rising slowly in the capital",
            ),
            (
                "We publish the report weekly for members",
                "We publish the report monthly for members",
            ),
        ] {
            let d = drift(a, b);
            assert_eq!(
                d.severity,
                Severity::MeaningChanging,
                "{a} / {b}: {:?}",
                described(&d)
            );
        }
        // An adverb said otherwise keeps the meaning.
        let d = drift(
            "The plan was partly approved by the board",
            "The plan was partially approved by the board",
        );
        assert_eq!(d.severity, Severity::WordingDrift);
        assert_eq!(adjectives_of_adverb("only"), Vec::<String>::new());
        assert!(adjectives_of_adverb("happily").contains(&"happy".to_owned()));
    }

    #[test]
    fn a_rendering_in_capitals_names_only_what_is_always_a_name() {
        // Typed or printed all in capitals, a word's capital says nothing:
        // "highly → DEEPLY" is no name changed.
        let d = drift(
            "We highly appreciate the steady approach",
            "WE DEEPLY VALUE THE STEADY APPROACH",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // A word that is always a name still is one.
        let d = drift("Putin will win the war", "XI WILL WIN THE WAR");
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn a_country_said_by_its_adjective_is_the_same_country() {
        // "French" is no spelling of "France", but the grammar pairs them.
        let d = drift(
            "I have great respect for the president of France",
            "I have great respect for the French president",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        let d = drift(
            "The British government will not back down",
            "Britain's government will not back down",
        );
        assert_eq!(d.severity, Severity::WordingDrift, "{:?}", described(&d));
        // The article goes with the adjective the possessive says: no "The"
        // cut, and the country is kept.
        let d = drift(
            "The Ukrainian government will not back down",
            "Ukraine's government will not back down",
        );
        assert_eq!(described(&d), ["The Ukrainian → Ukraine's"]);
        assert_eq!(d.similarity, 1.0);
        let d = drift(
            "We will not negotiate with the French government",
            "We will not negotiate with the German government",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn an_owner_named_before_the_head_is_said_with_of_in_one_edit() {
        // A place's adjective, or a name, before the head says what "of"
        // and the place or the name do.
        for (reference, member, edit) in [
            (
                "I have great respect for the president of France",
                "I have great respect for the French president",
                "the … of France → the French",
            ),
            (
                "The people of the Netherlands voted against the treaty",
                "The Dutch people voted against the treaty",
                "The … of the Netherlands → The Dutch",
            ),
            (
                "We will fight the policies of Trump in every court",
                "We will fight the Trump policies in every court",
                "the … of Trump → the Trump",
            ),
        ] {
            let d = drift(reference, member);
            assert_eq!(described(&d), [edit]);
            assert_eq!(d.severity, Severity::WordingDrift);
            assert_eq!(d.similarity, 1.0);
        }
        // Another owner is no such thing.
        let d = drift(
            "We will fight the policies of Trump in every court",
            "We will fight the Biden policies in every court",
        );
        assert_eq!(d.severity, Severity::MeaningChanging, "{:?}", described(&d));
    }

    #[test]
    fn a_word_moved_across_a_negation_or_than_changes_the_meaning() {
        assert_severity(
            &[
                ("We want peace, not war", "We want war, not peace"),
                ("I did not really say that", "I really did not say that"),
                (
                    "We want more security than freedom",
                    "We want more freedom than security",
                ),
            ],
            Severity::MeaningChanging,
        );
        // A word that moves from one end of the sentence to the other passes
        // the negation from afar: the order of the telling, not what is denied.
        // So does one that comes to stand beside it from afar.
        assert_severity(
            &[
                (
                    "Frankly, we will not give up now",
                    "We will not give up now, frankly",
                ),
                (
                    "This is not only about money but also about trust",
                    "This is about trust and not only about money",
                ),
                (
                    "The situation is not good, frankly",
                    "The situation, frankly, is not good",
                ),
                (
                    "We understand your questions and concerns",
                    "We understand your concerns and questions",
                ),
            ],
            Severity::WordingDrift,
        );
    }

    #[test]
    fn last_or_next_put_in_or_out_before_a_time_names_another_time() {
        assert_severity(
            &[
                (
                    "We will finish by the end of the year",
                    "We will finish by the end of next year",
                ),
                (
                    "The deal was signed last week",
                    "The deal was signed this week",
                ),
                ("He left the previous day", "He left the following day"),
                (
                    "We will meet again next month",
                    "We will meet again this month",
                ),
            ],
            Severity::MeaningChanging,
        );
        // The same time said otherwise, and "last" after an article, which
        // may be the final one.
        assert_severity(
            &[
                ("We will meet next week", "We will meet in the coming week"),
                (
                    "It was the last day of the war",
                    "It was the final day of the war",
                ),
            ],
            Severity::WordingDrift,
        );
    }

    #[test]
    fn a_hedge_put_for_a_promise_or_one_sex_for_the_other_changes_the_meaning() {
        assert_severity(
            &[
                (
                    "We may raise interest rates again in the spring",
                    "We will raise interest rates again in the spring",
                ),
                ("We could act now to stop it", "We must act now to stop it"),
                (
                    "The men who did this will be punished",
                    "The women who did this will be punished",
                ),
                (
                    "Our children deserve better than this",
                    "Our adults deserve better than this",
                ),
            ],
            Severity::MeaningChanging,
        );
        // A hedge for a hedge, a promise for a promise.
        assert_severity(
            &[
                (
                    "We may raise interest rates again",
                    "We might raise interest rates again",
                ),
                (
                    "We will impose sanctions if it invades",
                    "We shall impose sanctions if it invades",
                ),
            ],
            Severity::WordingDrift,
        );
    }

    #[test]
    fn few_after_next_or_first_tells_how_far_not_how_many() {
        assert_severity(
            &[
                (
                    "We will remain there for the next few weeks",
                    "We will remain there for the coming weeks",
                ),
                (
                    "In the first few days we lost everything",
                    "In the first days we lost everything",
                ),
            ],
            Severity::WordingDrift,
        );
        assert_severity(
            &[(
                "Few people support this plan",
                "Many people support this plan",
            )],
            Severity::MeaningChanging,
        );
    }

    #[test]
    fn never_says_what_than_ever_does() {
        assert_severity(
            &[
                (
                    "Our economy is stronger than it has ever been",
                    "Our economy has never been stronger",
                ),
                (
                    "We have never been closer to peace",
                    "We are closer to peace than ever",
                ),
            ],
            Severity::WordingDrift,
        );
        // A "never" put in or left out with no "than … ever" to say it.
        assert_severity(
            &[(
                "We have never been closer to peace",
                "We have been closer to peace",
            )],
            Severity::MeaningChanging,
        );
    }

    #[test]
    fn a_trillion_is_a_magnitude_as_a_billion_is() {
        assert_severity(
            &[
                (
                    "We will spend $2 trillion on roads",
                    "We will spend 2 trillion dollars on roads",
                ),
                (
                    "We will spend $2 trillion on roads",
                    "We will spend two trillion dollars on roads",
                ),
                (
                    "We will spend $2trn on roads",
                    "We will spend $2 trillion on roads",
                ),
            ],
            Severity::Cosmetic,
        );
        assert_severity(
            &[(
                "We will spend $2 trillion on roads",
                "We will spend $2 billion on roads",
            )],
            Severity::MeaningChanging,
        );
    }
}
