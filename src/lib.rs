//! quotetrace checks quotations in the news.
//!
//! The pipeline, one module a stage:
//! `corpus` (articles in) → `quote` (marks paired into quotes) →
//! `attribute` (speaker, cue, channel) → `extract` (kinds, canonical names)
//! → `group` (renderings of one utterance) → `drift` (named edits) →
//! `report` (table, CSV, JSON Lines). `shards` reads extracted quotes back,
//! so that extraction can run apart (on other machines) and merge.
//!
//! ```
//! use quotetrace::{corpus::Article, extract::Extractor};
//!
//! let article = Article {
//!     id: "demo".into(),
//!     text: "“We will win,” Mayor Ada Quill said on Monday.".into(),
//!     ..Article::default()
//! };
//! let found = Extractor::default().article(&article);
//! assert_eq!(found.quotes[0].text, "We will win,");
//! assert_eq!(found.quotes[0].speaker.as_deref(), Some("Ada Quill"));
//! ```
//!
//! The library never prints and never exits; `src/main.rs` does.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod attribute;
pub mod check;
pub mod corpus;
pub mod diagnostic;
pub mod drift;
pub mod extract;
pub mod grammar;
pub mod group;
pub mod provenance;
pub mod quote;
pub mod report;
pub mod shards;
pub mod text;
