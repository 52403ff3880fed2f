//! Reports: the only module that serialises. Quotes and diagnostics go out
//! as an aligned table, CSV or JSON Lines.

pub mod audit;

use std::io::{self, Write};

use rayon::prelude::*;

use crate::drift::Severity;
use crate::extract::{ArticleDiagnostic, Quote};
use crate::group::Group;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Jsonl,
}

/// The columns of the quote table and CSV report.
const QUOTE_COLUMNS: [&str; 14] = [
    "doc",
    "outlet",
    "published",
    "line",
    "start",
    "end",
    "kind",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "cue",
    "channel",
    "text",
];

fn quote_row(q: &Quote) -> [String; 14] {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let num = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    [
        q.doc.clone(),
        opt(&q.outlet),
        opt(&q.published),
        q.line.to_string(),
        q.start.to_string(),
        q.end.to_string(),
        q.kind.as_str().to_owned(),
        opt(&q.speaker),
        opt(&q.mention),
        num(q.mention_start),
        num(q.mention_end),
        opt(&q.cue),
        opt(&q.channel),
        q.text.clone(),
    ]
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a
/// tab or a carriage return first) gets a leading `'`, as OWASP advises.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Writes `items` in order, `render` turning a run of consecutive items into
/// bytes. Rendering is independent per item, and is most of a big report's
/// time: it runs on rayon's threads, a batch of items at a time, each batch
/// written before the next is rendered, so a report of any size is never
/// held whole.
pub(crate) fn write_rendered<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    render: impl Fn(&[T]) -> io::Result<Vec<u8>> + Sync,
) -> io::Result<()> {
    // Items one task renders, and items rendered before writing: tens of
    // megabytes at most (4,096 HTML groups), whatever the count.
    const RUN: usize = 64;
    const BATCH: usize = 64 * RUN;
    for batch in items.chunks(BATCH) {
        let rendered: Vec<Vec<u8>> = batch
            .par_chunks(RUN)
            .map(&render)
            .collect::<io::Result<_>>()?;
        for bytes in rendered {
            out.write_all(&bytes)?;
        }
    }
    Ok(())
}

/// One JSON object a line.
fn write_jsonl<T: serde::Serialize + Sync>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    write_rendered(out, items, |run| {
        let mut bytes = Vec::new();
        for item in run {
            serde_json::to_writer(&mut bytes, item)?;
            bytes.push(b'\n');
        }
        Ok(bytes)
    })
}

/// Writes quotes in `format`.
pub fn write_quotes(out: &mut dyn Write, quotes: &[&Quote], format: Format) -> io::Result<()> {
    match format {
        Format::Jsonl => write_jsonl(out, quotes),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(QUOTE_COLUMNS)?;
            for q in quotes {
                w.write_record(
                    quote_row(q)
                        .iter()
                        .map(|c| spreadsheet_safe(c).into_owned()),
                )?;
            }
            w.flush()
        }
        Format::Table => {
            let rows: Vec<[String; 5]> = quotes
                .iter()
                .map(|q| {
                    [
                        format!("{}:{}", q.doc, q.line),
                        q.kind.as_str().to_owned(),
                        q.speaker
                            .clone()
                            .or_else(|| q.mention.clone())
                            .unwrap_or_else(|| "-".into()),
                        q.channel.clone().unwrap_or_else(|| "-".into()),
                        shorten(&q.text, 70),
                    ]
                })
                .collect();
            write_table(
                out,
                &["where", "kind", "speaker", "channel", "quote"],
                &rows,
            )
        }
    }
}

/// The columns of the group CSV report: one row a member.
const GROUP_COLUMNS: [&str; 13] = [
    "group",
    "speaker",
    "reference",
    "doc",
    "outlet",
    "published",
    "line",
    "start",
    "end",
    "member_speaker",
    "severity",
    "similarity",
    "text",
];

/// Writes groups in `format`: JSON Lines one group a line, CSV one member a
/// row (with its edits), or a table of groups with their drift.
pub fn write_groups(out: &mut dyn Write, groups: &[Group], format: Format) -> io::Result<()> {
    match format {
        Format::Jsonl => write_jsonl(out, groups),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            let mut header: Vec<&str> = GROUP_COLUMNS.to_vec();
            header.push("edits");
            w.write_record(&header)?;
            for g in groups {
                for m in &g.members {
                    let edits: Vec<String> = m.edits.iter().map(|e| e.describe()).collect();
                    let row = [
                        g.group.clone(),
                        g.speaker.clone().unwrap_or_default(),
                        g.reference.clone(),
                        m.doc.to_owned(),
                        m.outlet.unwrap_or_default().to_owned(),
                        m.published.unwrap_or_default().to_owned(),
                        m.line.to_string(),
                        m.start.to_string(),
                        m.end.to_string(),
                        m.speaker.unwrap_or_default().to_owned(),
                        m.severity.as_str().to_owned(),
                        format!("{:.3}", m.similarity),
                        m.text.to_owned(),
                        edits.join("; "),
                    ];
                    w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()))?;
                }
            }
            w.flush()
        }
        Format::Table => {
            for g in groups.iter().filter(|g| g.members.len() > 1) {
                writeln!(
                    out,
                    "{}  {}  “{}”{}",
                    g.group,
                    g.speaker.as_deref().unwrap_or("-"),
                    shorten(&g.reference, 70),
                    if g.misattributed {
                        "  [misattributed]"
                    } else {
                        ""
                    }
                )?;
                let rows: Vec<[String; 4]> = g
                    .members
                    .iter()
                    .map(|m| {
                        let mut edits: Vec<String> = m.edits.iter().map(|e| e.describe()).collect();
                        // (Whom a misattributed rendering gives the words to.)
                        if m.severity == Severity::Misattributed {
                            let speaker = m.speaker.unwrap_or("no one named");
                            edits.insert(0, format!("given to {speaker}"));
                        }
                        [
                            format!("  {}:{}", m.doc, m.line),
                            m.severity.as_str().to_owned(),
                            format!("{:.2}", m.similarity),
                            shorten(&edits.join("; "), 60),
                        ]
                    })
                    .collect();
                write_table(out, &["  where", "severity", "sim", "edits"], &rows)?;
                writeln!(out)?;
            }
            let single = groups.iter().filter(|g| g.members.len() == 1).count();
            writeln!(
                out,
                "{} of two renderings or more; {} rendered once.",
                counted(groups.len() - single, "group"),
                counted(single, "quote"),
            )
        }
    }
}

/// "1 quote", "2 quotes": a count and its noun (one whose plural adds "s").
pub(crate) fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// Writes diagnostics in `format`; the table form is `file:line:col: kind: message`.
pub fn write_diagnostics(
    out: &mut dyn Write,
    diagnostics: &[&ArticleDiagnostic],
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Jsonl => write_jsonl(out, diagnostics),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["doc", "origin", "line", "column", "kind", "message"])?;
            for d in diagnostics {
                let line = d.line.to_string();
                let column = d.column.to_string();
                let record = [
                    d.doc.as_str(),
                    d.origin.as_str(),
                    &line,
                    &column,
                    d.kind.as_str(),
                    d.message.as_str(),
                ];
                w.write_record(record.iter().map(|c| spreadsheet_safe(c).into_owned()))?;
            }
            w.flush()
        }
        Format::Table => {
            for d in diagnostics {
                writeln!(out, "{}", diagnostic_line(d))?;
            }
            Ok(())
        }
    }
}

/// `file:line:col: kind: message`, as compilers and Vale print it.
pub fn diagnostic_line(d: &ArticleDiagnostic) -> String {
    format!(
        "{}: {}: {}",
        diagnostic_place(d),
        d.kind.as_str(),
        d.message
    )
}

/// `file:line:col`: where a diagnostic points.
pub fn diagnostic_place(d: &ArticleDiagnostic) -> String {
    format!("{}:{}:{}", d.origin, d.line, d.column)
}

fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

fn write_table<const N: usize>(
    out: &mut dyn Write,
    header: &[&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..N).map(width).collect();
    let line = |cells: Vec<&str>| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == N {
                s.push_str(cell);
            } else {
                s.push_str(cell);
                s.extend(std::iter::repeat_n(
                    ' ',
                    widths[i] - cell.chars().count() + 2,
                ));
            }
        }
        s
    };
    writeln!(out, "{}", line(header.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(spreadsheet_safe("-1"), "'-1");
        assert_eq!(spreadsheet_safe("@sum"), "'@sum");
        assert_eq!(spreadsheet_safe("plain"), "plain");
    }

    #[test]
    fn json_lines_keep_their_order_across_batches() {
        // More items than one batch, and a last batch that is not full.
        let items: Vec<usize> = (0..40_000).collect();
        let mut out = Vec::new();
        write_jsonl(&mut out, &items).unwrap();
        let read: Vec<usize> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| l.parse().unwrap())
            .collect();
        assert_eq!(read, items);
    }
}
