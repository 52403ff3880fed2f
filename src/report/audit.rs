//! The editorial audit: a Markdown report organised by speaker and group,
//! and a CSV report with one row per quote occurrence. Both are
//! deterministic: stable order, no timestamps.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::diagnostic::DiagnosticKind;
use crate::drift::Severity;
use crate::extract::{ArticleDiagnostic, Quote, QuoteKind};
use crate::group::{Group, Member};
use crate::provenance;

use super::{spreadsheet_safe, write_rendered};

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
    let mut header = csv::Writer::from_writer(&mut *out);
    header.write_record(CSV_COLUMNS)?;
    header.flush()?;
    drop(header);
    write_rendered(out, groups, |run| {
        let mut w = csv::Writer::from_writer(Vec::new());
        for row in csv_rows(run) {
            w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()))?;
        }
        w.into_inner().map_err(|e| e.into_error())
    })
}

/// The CSV report's rows, as strings, one at a time.
pub fn csv_rows<'a>(groups: &'a [Group<'_>]) -> impl Iterator<Item = [String; 15]> + 'a {
    let opt = |s: &Option<&str>| s.unwrap_or_default().to_owned();
    groups.iter().flat_map(move |g| {
        g.members.iter().map(move |m| {
            [
                g.group.clone(),
                m.doc.to_owned(),
                opt(&m.outlet),
                opt(&m.published),
                m.line.to_string(),
                opt(&m.speaker),
                opt(&m.mention),
                opt(&m.cue),
                opt(&m.channel),
                m.kind.as_str().to_owned(),
                m.text.to_owned(),
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

/// What both audit reports show, worked out once.
struct Findings<'a> {
    /// The groups by speaker, speakers in order, `None` (unknown) first;
    /// each speaker's first group carries the speaker's heading.
    sections: Vec<Section<'a>>,
    misattributed: Vec<(&'a Group<'a>, &'a Member<'a>)>,
    meaning_changing: Vec<(&'a Group<'a>, &'a Member<'a>)>,
    unattributed: Vec<&'a Quote>,
    broken_marks: Vec<&'a ArticleDiagnostic>,
}

/// One group in the reports' order, after its speaker's heading if it is
/// that speaker's first.
struct Section<'a> {
    heading: Option<&'a str>,
    group: &'a Group<'a>,
}

impl<'a> Findings<'a> {
    fn new(
        groups: &'a [Group],
        quotes: &[&'a Quote],
        diagnostics: &[&'a ArticleDiagnostic],
    ) -> Self {
        let mut speakers: BTreeMap<Option<&str>, Vec<&Group>> = BTreeMap::new();
        for g in groups {
            speakers.entry(g.speaker.as_deref()).or_default().push(g);
        }
        let with = |severity: Severity| -> Vec<(&'a Group<'a>, &'a Member<'a>)> {
            groups
                .iter()
                .flat_map(|g| {
                    g.members
                        .iter()
                        .filter(move |m| m.severity == severity)
                        .map(move |m| (g, m))
                })
                .collect()
        };
        // In document order, whatever order the quotes came in (shards).
        let mut unattributed: Vec<&Quote> = quotes
            .iter()
            .copied()
            .filter(|q| q.kind != QuoteKind::Term && q.speaker.is_none() && q.mention.is_none())
            .collect();
        unattributed.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
        let mut broken_marks: Vec<&ArticleDiagnostic> = diagnostics
            .iter()
            .copied()
            .filter(|d| d.kind != DiagnosticKind::NoSpeaker)
            .collect();
        broken_marks.sort_by(|a, b| (&a.doc, a.line, a.column).cmp(&(&b.doc, b.line, b.column)));
        let sections = speakers
            .into_iter()
            .flat_map(|(speaker, groups)| {
                groups
                    .into_iter()
                    .enumerate()
                    .map(move |(k, group)| Section {
                        heading: (k == 0).then_some(speaker.unwrap_or("Unknown speaker")),
                        group,
                    })
            })
            .collect();
        Findings {
            sections,
            misattributed: with(Severity::Misattributed),
            meaning_changing: with(Severity::MeaningChanging),
            unattributed,
            broken_marks,
        }
    }
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
        "{} in {}; {} rendered by more than one article.\n",
        super::counted(quotes.len(), "quote"),
        super::counted(groups.len(), "group"),
        groups.iter().filter(|g| g.members.len() > 1).count()
    );
    out.write_all(s.as_bytes())?;
    s.clear();
    let findings = Findings::new(groups, quotes, diagnostics);
    write_sections(out, &findings.sections, markdown_section)?;

    let members = |s: &mut String, title: &str, found: &[(&Group, &Member)]| {
        let _ = writeln!(s, "## {title}\n");
        for (g, m) in found {
            let _ = writeln!(
                s,
                "- {}:{} {} “{}” (group {}, {}: “{}”)",
                md(m.doc),
                m.line,
                md(m.speaker.unwrap_or("unknown")),
                md(m.text),
                g.group,
                md(g.speaker.as_deref().unwrap_or("unknown")),
                md(&g.reference)
            );
        }
        if found.is_empty() {
            let _ = writeln!(s, "None.");
        }
        let _ = writeln!(s);
    };
    members(&mut s, "Misattributions", &findings.misattributed);
    members(&mut s, "Meaning-changing drift", &findings.meaning_changing);

    let _ = writeln!(s, "## Quotes with no speaker\n");
    for q in &findings.unattributed {
        let _ = writeln!(s, "- {}:{} “{}”", md(&q.doc), q.line, md(&q.text));
    }
    if findings.unattributed.is_empty() {
        let _ = writeln!(s, "None.");
    }
    let _ = writeln!(s, "\n## Broken quotation marks\n");
    for d in &findings.broken_marks {
        let _ = writeln!(
            s,
            "- {}:{}:{}: {}",
            md(&d.origin),
            d.line,
            d.column,
            md(&d.message)
        );
    }
    if findings.broken_marks.is_empty() {
        let _ = writeln!(s, "None.");
    }
    out.write_all(s.as_bytes())
}

/// Writes the groups' sections in order, `render` turning one into text
/// (on rayon's threads: see `write_rendered`).
fn write_sections(
    out: &mut dyn Write,
    sections: &[Section],
    render: fn(&mut String, &Section),
) -> io::Result<()> {
    write_rendered(out, sections, |run| {
        let mut s = String::new();
        for section in run {
            render(&mut s, section);
        }
        Ok(s.into_bytes())
    })
}

/// One group of the Markdown audit, after its speaker's heading.
fn markdown_section(s: &mut String, section: &Section) {
    let g = section.group;
    if let Some(speaker) = section.heading {
        let _ = writeln!(s, "## {}\n", md(speaker));
    }
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
            md(m.outlet.unwrap_or(m.doc)),
            md(m.published.unwrap_or("undated")),
            md(&format!("“{}”", m.text)),
            md(m.doc),
            m.line,
            md(m.channel.unwrap_or("-")),
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

/// Escapes text for HTML: every article word goes through here.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The reference and a rendering side by side, word differences coloured.
fn diff_cells(reference: &str, text: &str) -> (String, String) {
    let diff = similar::TextDiff::from_words(reference, text);
    let (mut left, mut right) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let word = html_escape(change.value());
        match change.tag() {
            similar::ChangeTag::Equal => {
                left.push_str(&word);
                right.push_str(&word);
            }
            similar::ChangeTag::Delete => left.push_str(&format!("<del>{word}</del>")),
            similar::ChangeTag::Insert => right.push_str(&format!("<ins>{word}</ins>")),
        }
    }
    (left, right)
}

/// One group of the HTML audit, after its speaker's heading.
fn html_section(s: &mut String, section: &Section) {
    let g = section.group;
    if let Some(speaker) = section.heading {
        let _ = writeln!(s, "<h2>{}</h2>", html_escape(speaker));
    }
    let p = provenance::of(g);
    let _ = writeln!(
        s,
        "<h3>{}: “{}”</h3>\n<p>Provenance: {}.</p>",
        g.group,
        html_escape(&g.reference),
        html_escape(&p.note)
    );
    let _ = writeln!(
        s,
        "<table><tr><th>Where</th><th>Reference</th><th>Rendering</th><th>Severity</th><th>Edits</th></tr>"
    );
    for m in &g.members {
        let (left, right) = diff_cells(&g.reference, m.text);
        let edits: Vec<String> = m.edits.iter().map(|e| html_escape(&e.describe())).collect();
        let _ = writeln!(
            s,
            "<tr class=\"{sev}\"><td>{}<br>{}<br>{}:{}<br>channel {}</td><td>{left}</td><td>{right}</td><td>{sev} ({:.2})</td><td>{}</td></tr>",
            html_escape(m.outlet.unwrap_or(m.doc)),
            html_escape(m.published.unwrap_or("undated")),
            html_escape(m.doc),
            m.line,
            html_escape(m.channel.unwrap_or("-")),
            m.similarity,
            edits.join("; "),
            sev = m.severity.as_str(),
        );
    }
    let _ = writeln!(s, "</table>");
}

const STYLE: &str = "body{font-family:sans-serif;max-width:70em;margin:2em auto;line-height:1.4}\
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}\
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}\
.misattributed,.meaning-changing{background:#fee}.wording-drift{background:#ffe}";

/// The HTML audit: the same content as the Markdown one, each rendering
/// beside the reference with its word differences coloured. Self-contained
/// (inline style, no script, no external asset) and every text escaped.
pub fn write_html(
    out: &mut dyn Write,
    groups: &[Group],
    quotes: &[&Quote],
    diagnostics: &[&ArticleDiagnostic],
) -> io::Result<()> {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quotation audit</title><style>{STYLE}</style></head><body>\n<h1>Quotation audit</h1>\n"
    );
    out.write_all(s.as_bytes())?;
    s.clear();
    let findings = Findings::new(groups, quotes, diagnostics);
    write_sections(out, &findings.sections, html_section)?;
    let list = |s: &mut String, title: &str, items: Vec<String>| {
        let _ = writeln!(s, "<h2>{title}</h2>");
        if items.is_empty() {
            let _ = writeln!(s, "<p>None.</p>");
        } else {
            let _ = writeln!(
                s,
                "<ul>{}</ul>",
                items
                    .iter()
                    .map(|i| format!("<li>{i}</li>"))
                    .collect::<String>()
            );
        }
    };
    let member_items = |found: &[(&Group, &Member)]| -> Vec<String> {
        found
            .iter()
            .map(|(g, m)| {
                format!(
                    "{}:{} {} “{}” (group {}: “{}”)",
                    html_escape(m.doc),
                    m.line,
                    html_escape(m.speaker.unwrap_or("unknown")),
                    html_escape(m.text),
                    g.group,
                    html_escape(&g.reference)
                )
            })
            .collect()
    };
    list(
        &mut s,
        "Misattributions",
        member_items(&findings.misattributed),
    );
    list(
        &mut s,
        "Meaning-changing drift",
        member_items(&findings.meaning_changing),
    );
    list(
        &mut s,
        "Quotes with no speaker",
        findings
            .unattributed
            .iter()
            .map(|q| {
                format!(
                    "{}:{} “{}”",
                    html_escape(&q.doc),
                    q.line,
                    html_escape(&q.text)
                )
            })
            .collect(),
    );
    list(
        &mut s,
        "Broken quotation marks",
        findings
            .broken_marks
            .iter()
            .map(|d| {
                format!(
                    "{}:{}:{}: {}",
                    html_escape(&d.origin),
                    d.line,
                    d.column,
                    html_escape(&d.message)
                )
            })
            .collect(),
    );
    let _ = writeln!(s, "</body></html>");
    out.write_all(s.as_bytes())
}
