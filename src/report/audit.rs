//! The editorial audit: a Markdown report organised by speaker and group,
//! and a CSV report with one row per quote occurrence. Both are
//! deterministic: stable order, no timestamps.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::drift::Severity;
use crate::extract::{ArticleDiagnostic, Quote, QuoteKind};
use crate::group::Group;
use crate::provenance;

use super::spreadsheet_safe;

/// The columns of the CSV audit report.
pub const CSV_COLUMNS: [&str; 15] = [
    "group",
    "doc",
    "outlet",
    "published",
    "line",
    "speaker",
    "mention",
    "cue",
    "channel",
    "kind",
    "text",
    "reference",
    "similarity",
    "severity",
    "edits",
];

/// One row per rendering in a group; spreadsheet-safe cells.
pub fn write_csv(out: &mut dyn Write, groups: &[Group]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    for row in csv_rows(groups) {
        w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()))?;
    }
    w.flush()
}

/// The CSV report's rows, as strings.
pub fn csv_rows(groups: &[Group]) -> Vec<[String; 15]> {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    groups
        .iter()
        .flat_map(|g| {
            g.members.iter().map(move |m| {
                [
                    g.group.clone(),
                    m.doc.clone(),
                    opt(&m.outlet),
                    opt(&m.published),
                    m.line.to_string(),
                    opt(&m.speaker),
                    opt(&m.mention),
                    opt(&m.cue),
                    opt(&m.channel),
                    m.kind.as_str().to_owned(),
                    m.text.clone(),
                    g.reference.clone(),
                    format!("{:.3}", m.similarity),
                    m.severity.as_str().to_owned(),
                    m.edits
                        .iter()
                        .map(|e| e.describe())
                        .collect::<Vec<_>>()
                        .join("; "),
                ]
            })
        })
        .collect()
}

/// Escapes what Markdown would read as markup in article text.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// The Markdown audit: groups by speaker, then the findings an editor acts on.
pub fn write_markdown(
    out: &mut dyn Write,
    groups: &[Group],
    quotes: &[&Quote],
    diagnostics: &[&ArticleDiagnostic],
) -> io::Result<()> {
    let mut s = String::new();
    let _ = writeln!(s, "# Quotation audit\n");
    let _ = writeln!(
        s,
        "{} quotes in {} groups; {} rendered by more than one article.\n",
        quotes.len(),
        groups.len(),
        groups.iter().filter(|g| g.members.len() > 1).count()
    );
    let mut speakers: Vec<Option<&str>> = groups.iter().map(|g| g.speaker.as_deref()).collect();
    speakers.sort();
    speakers.dedup();
    for speaker in speakers {
        let _ = writeln!(s, "## {}\n", md(speaker.unwrap_or("Unknown speaker")));
        for g in groups.iter().filter(|g| g.speaker.as_deref() == speaker) {
            let _ = writeln!(s, "### {}: “{}”\n", g.group, md(&g.reference));
            let p = provenance::of(g);
            let _ = writeln!(s, "Provenance: {}.", md(&p.note));
            for shared in &p.shared_renderings {
                let _ = writeln!(
                    s,
                    "Identical in {}: “{}”.",
                    md(&shared.outlets.join(", ")),
                    md(&shared.text)
                );
            }
            let _ = writeln!(s);
            for m in &g.members {
                let edits: Vec<String> = m.edits.iter().map(|e| md(&e.describe())).collect();
                let _ = writeln!(
                    s,
                    "- **{}** {} — {}, {}:{}, channel {}, {} ({:.2}){}",
                    md(m.outlet.as_deref().unwrap_or(&m.doc)),
                    md(m.published.as_deref().unwrap_or("undated")),
                    md(&format!("“{}”", m.text)),
                    md(&m.doc),
                    m.line,
                    md(m.channel.as_deref().unwrap_or("-")),
                    m.severity.as_str(),
                    m.similarity,
                    if edits.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", edits.join("; "))
                    }
                );
            }
            let _ = writeln!(s);
        }
    }

    let finding = |s: &mut String, title: &str, severity: Severity| {
        let _ = writeln!(s, "## {title}\n");
        let mut any = false;
        for g in groups {
            for m in g.members.iter().filter(|m| m.severity == severity) {
                any = true;
                let _ = writeln!(
                    s,
                    "- {}:{} {} “{}” (group {}, {}: “{}”)",
                    md(&m.doc),
                    m.line,
                    md(m.speaker.as_deref().unwrap_or("unknown")),
                    md(&m.text),
                    g.group,
                    md(g.speaker.as_deref().unwrap_or("unknown")),
                    md(&g.reference)
                );
            }
        }
        if !any {
            let _ = writeln!(s, "None.");
        }
        let _ = writeln!(s);
    };
    finding(&mut s, "Misattributions", Severity::Misattributed);
    finding(&mut s, "Meaning-changing drift", Severity::MeaningChanging);

    let _ = writeln!(s, "## Quotes with no speaker\n");
    let unattributed: Vec<_> = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Term && q.speaker.is_none() && q.mention.is_none())
        .collect();
    for q in &unattributed {
        let _ = writeln!(s, "- {}:{} “{}”", md(&q.doc), q.line, md(&q.text));
    }
    if unattributed.is_empty() {
        let _ = writeln!(s, "None.");
    }
    let _ = writeln!(s, "\n## Broken quotation marks\n");
    let broken: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.kind != crate::diagnostic::DiagnosticKind::NoSpeaker)
        .collect();
    for d in &broken {
        let _ = writeln!(
            s,
            "- {}:{}:{}: {}",
            md(&d.origin),
            d.line,
            d.column,
            md(&d.message)
        );
    }
    if broken.is_empty() {
        let _ = writeln!(s, "None.");
    }
    out.write_all(s.as_bytes())
}
