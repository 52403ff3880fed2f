//! A deterministic generator of news-like article sets, for benchmarks and
//! scale tests: `cargo run --release --example synth -- --docs 100000 --seed 1
//! --out target/synth`.
//!
//! Each article (about 4 KB) reports one of many invented events. An event
//! has a speaker and a handful of utterances; every outlet that reports it
//! renders some of those utterances, often with drift (a synonym, a
//! truncation, an ellipsis, a bracket, a reordering), so grouping has real
//! families to find. Articles mix every mark style, split and
//! multi-paragraph quotes, partial quotes, pronouns, descriptions, colon
//! lead-ins, `according to` and channels.
//!
//! Writes `OUT/txt/NNN/<id>.txt` (a thousand a folder) with
//! `OUT/txt/manifest.csv`, and `OUT/articles.jsonl`; `--format txt|jsonl`
//! writes only one of them.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many articles.
    #[arg(long, default_value_t = 1000)]
    docs: usize,
    /// The seed: the same seed gives the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The folder to write into.
    #[arg(long, default_value = "target/synth")]
    out: PathBuf,
    /// `txt` (files and a manifest), `jsonl`, or `both`.
    #[arg(long, default_value = "both")]
    format: String,
}

const FIRST: [&str; 24] = [
    "Ada", "Tomas", "Mira", "Jonah", "Lena", "Oskar", "Ines", "Pavel", "Rosa", "Viktor", "Nadia",
    "Emil", "Sara", "Hugo", "Yara", "Felix", "Maren", "Arvid", "Celia", "Dario", "Elin", "Goran",
    "Hanna", "Ivo",
];
const LAST: [&str; 30] = [
    "Quill",
    "Brenn",
    "Sand",
    "Pell",
    "Marlow",
    "Tarrant",
    "Okafor",
    "Lindqvist",
    "Ferreira",
    "Kovac",
    "Hale",
    "Ostrander",
    "Varga",
    "Nakamura",
    "Dumont",
    "Ruiz",
    "Achebe",
    "Sorensen",
    "Petrov",
    "Calloway",
    "Mbeki",
    "Haugen",
    "Castell",
    "Idris",
    "Lorne",
    "Whitcombe",
    "Zeller",
    "Amadi",
    "Beaumont",
    "Corvin",
];
/// Title before the name, and the description that refers back to it.
const ROLES: [(&str, &str); 10] = [
    ("Foreign Minister", "the minister"),
    ("Mayor", "the mayor"),
    ("Senator", "the senator"),
    ("Governor", "the governor"),
    ("President", "the president"),
    ("Prime Minister", "the prime minister"),
    ("Finance Minister", "the minister"),
    ("Chief Executive", "the executive"),
    ("Police Chief", "the chief"),
    ("Ambassador", "the ambassador"),
];
const OUTLETS: [&str; 20] = [
    "Northshore Wire",
    "The Halden Courier",
    "Radio Vell",
    "Brenn Gazette",
    "The Morning Ledger",
    "Capital Daily",
    "The Harbour Times",
    "Eastgate Post",
    "Valley Tribune",
    "The Observer-Star",
    "Riverside Herald",
    "The Daily Lantern",
    "Coastline News",
    "The Evening Crier",
    "Metro Chronicle",
    "Summit Review",
    "The Civic Record",
    "Ridge Broadcasting",
    "The Plainsman",
    "Lakeside Monitor",
];
const NOUNS: [&str; 40] = [
    "budget",
    "harbour",
    "bridge",
    "treaty",
    "election",
    "reform",
    "pipeline",
    "school",
    "hospital",
    "railway",
    "tariff",
    "border",
    "court",
    "ceasefire",
    "vaccine",
    "pension",
    "housing",
    "water",
    "energy",
    "grain",
    "fleet",
    "airport",
    "museum",
    "forest",
    "mine",
    "factory",
    "union",
    "festival",
    "stadium",
    "canal",
    "market",
    "port",
    "dam",
    "tunnel",
    "library",
    "farm",
    "refinery",
    "ferry",
    "highway",
    "clinic",
];
/// Utterance templates; `{n}` is a noun of the event, `{p}` its place.
const SAYINGS: [&str; 16] = [
    "We highly appreciate the balanced stance of our partners on the {n}",
    "Nobody in {p} will be left behind when the {n} is finished",
    "We will not accept any plan that weakens the {n} or the people who depend on it",
    "This {n} is a question of trust and of money, and we have answered both",
    "The people of {p} deserve a {n} that works for them",
    "I am confident the {n} will open on time and within its budget",
    "We have questions and concerns about the cost of the {n}",
    "There is no limit to what {p} can do when it works together",
    "The {n} was never meant to divide us",
    "Our position on the {n} has not changed and it will not change",
    "We are ready to talk, but we will not be rushed",
    "The storms of last winter showed how fragile the {n} really is",
    "Every family in {p} will feel the difference within a year",
    "I told them plainly that the {n} must be safe before it is fast",
    "We owe the workers of {p} an honest answer",
    "It is a historic day for {p} and for the {n}",
];
/// Synonym pairs a rendering may swap (translation and paraphrase drift).
const SYNONYMS: [(&str, &str); 10] = [
    ("appreciate", "value"),
    ("stance", "position"),
    ("confident", "sure"),
    ("question", "matter"),
    ("deserve", "merit"),
    ("ready", "prepared"),
    ("showed", "revealed"),
    ("fragile", "delicate"),
    ("honest", "truthful"),
    ("historic", "momentous"),
];
const CUES: [&str; 6] = [
    "said",
    "told reporters",
    "added",
    "said on Monday",
    "told the Courier",
    "said in a statement",
];
const FILLER: [&str; 12] = [
    "The announcement came after weeks of talks between officials and residents of {p}, many of whom had asked for a clearer timetable.",
    "Critics have questioned the figures, which put the cost of the {n} at {k} million, nearly twice the first estimate.",
    "Officials in {p} said on Tuesday that the work would begin in the spring, weather permitting.",
    "The {n} has become a point of contention in the region, where unemployment stands at {k} per cent.",
    "Local groups plan to hold a meeting next week to discuss the proposal and its consequences for small businesses.",
    "Opposition lawmakers have called for an inquiry, saying the process was rushed and the public was not consulted.",
    "The plan was first presented in {y}, but it stalled after a change of government and a long dispute over funding.",
    "Residents who spoke to reporters were divided: some welcomed the investment, others feared higher taxes.",
    "The ministry did not respond to a request for comment on the latest figures.",
    "Analysts say the outcome will depend on whether neighbouring regions agree to share the cost of the {n}.",
    "A report published last month found that {k} per cent of the {n} budget had already been spent.",
    "The council is expected to vote on the matter before the end of the year.",
];

/// Opening and closing marks of one style.
struct Marks {
    open: &'static str,
    close: &'static str,
}
const STYLES: [Marks; 5] = [
    Marks {
        open: "“",
        close: "”",
    },
    Marks {
        open: "\"",
        close: "\"",
    },
    Marks {
        open: "«\u{a0}",
        close: "\u{a0}»",
    },
    Marks {
        open: "„",
        close: "“",
    },
    Marks {
        open: "‘",
        close: "’",
    },
];

struct Speaker {
    first: &'static str,
    last: &'static str,
    role: (&'static str, &'static str),
    pronoun: &'static str,
}

struct Event {
    speaker: Speaker,
    place: String,
    noun: &'static str,
    sayings: Vec<String>,
}

/// An invented place name, distinct for each event.
fn place(mut n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "da", "fe", "gu", "hi", "jo",
        "be",
    ];
    let mut name = String::new();
    n += 17;
    while n > 0 {
        name.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    let mut chars = name.chars();
    let first = chars.next().unwrap().to_ascii_uppercase();
    format!("{first}{}", chars.as_str())
}

fn event(index: usize, rng: &mut fastrand::Rng) -> Event {
    let speaker = Speaker {
        first: FIRST[rng.usize(..FIRST.len())],
        last: LAST[rng.usize(..LAST.len())],
        role: ROLES[rng.usize(..ROLES.len())],
        pronoun: if rng.bool() { "he" } else { "she" },
    };
    let place = place(index);
    let noun = NOUNS[rng.usize(..NOUNS.len())];
    let mut sayings: Vec<String> = (0..5)
        .map(|_| {
            SAYINGS[rng.usize(..SAYINGS.len())]
                .replace("{n}", noun)
                .replace("{p}", &place)
        })
        .collect();
    sayings.dedup();
    Event {
        speaker,
        place,
        noun,
        sayings,
    }
}

/// One outlet's rendering of an utterance: most are verbatim, the rest
/// drift the way outlets drift.
fn render(saying: &str, rng: &mut fastrand::Rng) -> String {
    let words: Vec<&str> = saying.split(' ').collect();
    match rng.usize(..10) {
        0 | 1 => {
            let mut out = saying.to_owned();
            for (a, b) in SYNONYMS {
                if rng.bool() {
                    out = out.replace(a, b);
                }
            }
            out
        }
        2 if words.len() > 8 => {
            // An ellipsis for a few words from the middle.
            let cut = 3 + rng.usize(..words.len() - 6);
            format!(
                "{} ... {}",
                words[..cut].join(" "),
                words[cut + 2..].join(" ")
            )
        }
        3 if words.len() > 6 => {
            // Truncated: the opening words only.
            words[..words.len() - 3].join(" ")
        }
        4 => saying.replacen(" the ", " [the] ", 1),
        5 => saying.replacen(" and ", " or ", 1),
        _ => saying.to_owned(),
    }
}

/// A fragment for a partial quote: a few words from inside the utterance.
fn fragment(saying: &str, rng: &mut fastrand::Rng) -> String {
    let words: Vec<&str> = saying.split(' ').collect();
    let len = 2 + rng.usize(..3.min(words.len().saturating_sub(2)).max(1));
    let start = rng.usize(..=words.len().saturating_sub(len));
    words[start..(start + len).min(words.len())].join(" ")
}

fn filler(event: &Event, rng: &mut fastrand::Rng) -> String {
    FILLER[rng.usize(..FILLER.len())]
        .replace("{n}", event.noun)
        .replace("{p}", &event.place)
        .replace("{k}", &rng.usize(2..90).to_string())
        .replace("{y}", &rng.usize(2005..2030).to_string())
}

/// One article of about 4 KB: a headline, then narrative and quote
/// paragraphs in the patterns news uses.
fn article(event: &Event, style: &Marks, rng: &mut fastrand::Rng) -> String {
    let s = &event.speaker;
    let (o, c) = (style.open, style.close);
    let full = format!("{} {} {}", s.role.0, s.first, s.last);
    let mut paragraphs = vec![format!(
        "{} says {} will go ahead in {}",
        s.last, event.noun, event.place
    )];
    paragraphs.push(format!(
        "{} {} has defended the {} in {}. {}",
        s.role.0,
        format_args!("{} {}", s.first, s.last),
        event.noun,
        event.place,
        filler(event, rng)
    ));
    let mut bytes = 0;
    let mut pattern = 0;
    while bytes < 3600 {
        let saying = &event.sayings[rng.usize(..event.sayings.len())];
        let q = render(saying, rng);
        let cue = CUES[rng.usize(..CUES.len())];
        let p = match (pattern + rng.usize(..3)) % 8 {
            0 => format!("{o}{q},{c} {full} {cue}."),
            1 => format!("{o}{q},{c} {} {cue}.", s.pronoun),
            2 => format!("{} {} told reporters: {o}{q}.{c}", s.first, s.last),
            3 => {
                let words: Vec<&str> = q.split(' ').collect();
                let half = words.len() / 2;
                format!(
                    "{o}{},{c} {} said, {o}{}.{c}",
                    words[..half].join(" "),
                    s.last,
                    words[half..].join(" ")
                )
            }
            4 => format!(
                "According to {}, {} described the {} as {o}{}{c}.",
                OUTLETS[rng.usize(..OUTLETS.len())],
                s.last,
                event.noun,
                fragment(saying, rng)
            ),
            5 => {
                let other = render(&event.sayings[rng.usize(..event.sayings.len())], rng);
                format!("{o}{q}.\n\n{o}{other},{c} {} added.", s.role.1)
            }
            6 => format!("In a statement, {} said: {o}{q}.{c}", s.role.1),
            _ => format!(
                "{} {cue} that the {} was {o}a question of trust{c} for {}.",
                s.pronoun.to_uppercase().chars().next().unwrap().to_string() + &s.pronoun[1..],
                event.noun,
                event.place
            ),
        };
        pattern += 1;
        bytes += p.len();
        paragraphs.push(p);
        // Two or three paragraphs of narrative after each quote: real news
        // holds 10 to 14 quotes (partial ones included) in 4 KB.
        for _ in 0..2 + rng.usize(..2) {
            let f = filler(event, rng);
            bytes += f.len();
            paragraphs.push(f);
        }
    }
    paragraphs.join("\n\n") + "\n"
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let mut rng = fastrand::Rng::with_seed(args.seed);
    // About 25 articles an event, as a big story draws; at least 4 events.
    let events: Vec<Event> = (0..(args.docs / 25).max(4))
        .map(|i| event(i, &mut rng))
        .collect();
    let (txt, jsonl) = match args.format.as_str() {
        "txt" => (true, false),
        "jsonl" => (false, true),
        _ => (true, true),
    };
    let txt_dir = args.out.join("txt");
    std::fs::create_dir_all(&args.out)?;
    let mut manifest = if txt {
        std::fs::create_dir_all(&txt_dir)?;
        Some(csv::Writer::from_path(txt_dir.join("manifest.csv"))?)
    } else {
        None
    };
    if let Some(m) = &mut manifest {
        m.write_record(["doc", "outlet", "published", "url", "title"])?;
    }
    let mut lines = if jsonl {
        Some(BufWriter::new(File::create(
            args.out.join("articles.jsonl"),
        )?))
    } else {
        None
    };
    let mut total = 0usize;
    for i in 0..args.docs {
        let event = &events[rng.usize(..events.len())];
        let outlet = OUTLETS[rng.usize(..OUTLETS.len())];
        // Most outlets write curly marks; some straight, a few the others.
        let style = &STYLES[match rng.usize(..20) {
            0..=11 => 0,
            12..=16 => 1,
            17 => 2,
            18 => 3,
            _ => 4,
        }];
        let text = article(event, style, &mut rng);
        total += text.len();
        let id = format!("synth-{i:06}");
        let published = format!("2031-{:02}-{:02}", 1 + rng.usize(..12), 1 + rng.usize(..28));
        if let Some(m) = &mut manifest {
            let dir = txt_dir.join(format!("{:03}", i / 1000));
            if i % 1000 == 0 {
                std::fs::create_dir_all(&dir)?;
            }
            std::fs::write(dir.join(format!("{id}.txt")), &text)?;
            m.write_record([id.as_str(), outlet, &published, "", ""])?;
        }
        if let Some(out) = &mut lines {
            let record = serde_json::json!({
                "id": id, "text": text, "outlet": outlet, "published": published,
            });
            serde_json::to_writer(&mut *out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    if let Some(mut m) = manifest {
        m.flush()?;
    }
    if let Some(mut out) = lines {
        out.flush()?;
    }
    eprintln!(
        "synth: {} articles, {:.1} MB of text, {} events, in {}",
        args.docs,
        total as f64 / 1e6,
        events.len(),
        args.out.display()
    );
    Ok(())
}
