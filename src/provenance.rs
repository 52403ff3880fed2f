//! Provenance of a group: which outlet printed it first, through which
//! channel each outlet says it came, and which outlets share one rendering
//! word for word (a hint of a common source: the same wire copy or
//! translation).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::group::Group;

/// Where a group's words came from, as the articles tell it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// The outlets that printed it first (several when tied).
    pub earliest: Vec<String>,
    /// The earliest date, when any member has one.
    pub earliest_date: Option<String>,
    /// Said in words: "earliest: Radio Vell (2031-03-05)", "tied: …",
    /// "dates missing for …".
    pub note: String,
    /// Each outlet and the channels it cites ("-" when none).
    pub channels: BTreeMap<String, Vec<String>>,
    /// Sets of outlets that print one rendering identically.
    pub shared_renderings: Vec<SharedRendering>,
}

/// One rendering printed identically by several outlets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedRendering {
    pub text: String,
    pub outlets: Vec<String>,
}

/// The outlet's name, or the document id when the outlet is unknown.
fn outlet_of(outlet: Option<&str>, doc: &str) -> String {
    outlet.unwrap_or(doc).to_owned()
}

/// Works out a group's provenance.
pub fn of(group: &Group) -> Provenance {
    let dated: Vec<(&str, String)> = group
        .members
        .iter()
        .filter_map(|m| m.published.map(|p| (p, outlet_of(m.outlet, m.doc))))
        .collect();
    let undated: Vec<String> = {
        let mut v: Vec<String> = group
            .members
            .iter()
            .filter(|m| m.published.is_none())
            .map(|m| outlet_of(m.outlet, m.doc))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let earliest_date = dated.iter().map(|(p, _)| *p).min().map(str::to_owned);
    let mut earliest: Vec<String> = dated
        .iter()
        .filter(|(p, _)| Some(*p) == earliest_date.as_deref())
        .map(|(_, o)| o.clone())
        .collect();
    earliest.sort();
    earliest.dedup();
    let mut note = match (&earliest_date, earliest.len()) {
        (None, _) => "no dates: the earliest outlet is unknown".to_owned(),
        (Some(d), 1) => format!("earliest: {} ({d})", earliest[0]),
        (Some(d), _) => format!("tied on {d}: {}", earliest.join(", ")),
    };
    if earliest_date.is_some() && !undated.is_empty() {
        note.push_str(&format!("; dates missing for {}", undated.join(", ")));
    }

    let mut channels: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in &group.members {
        let entry = channels.entry(outlet_of(m.outlet, m.doc)).or_default();
        let channel = m.channel.unwrap_or("-").to_owned();
        if !entry.contains(&channel) {
            entry.push(channel);
        }
    }

    let mut by_text: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for m in &group.members {
        let key: String = m
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ");
        let entry = by_text
            .entry(key)
            .or_insert_with(|| (m.text.to_owned(), Vec::new()));
        let outlet = outlet_of(m.outlet, m.doc);
        if !entry.1.contains(&outlet) {
            entry.1.push(outlet);
        }
    }
    let shared_renderings = by_text
        .into_values()
        .filter(|(_, outlets)| outlets.len() > 1)
        .map(|(text, mut outlets)| {
            outlets.sort();
            SharedRendering { text, outlets }
        })
        .collect();

    Provenance {
        earliest,
        earliest_date,
        note,
        channels,
        shared_renderings,
    }
}
