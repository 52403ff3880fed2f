//! The quote finder (nom mark scanner and pairing) on any text: no panic,
//! and every quote lies inside the text on character boundaries.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use quotetrace::grammar::Grammar;
use quotetrace::quote::{self, marks::MarkTable};

static MARKS: LazyLock<MarkTable> = LazyLock::new(|| MarkTable::new(&Grammar::english()));

fuzz_target!(|text: &str| {
    let found = quote::find(text, &MARKS);
    for q in &found.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.outer.start <= q.span.start && q.span.end <= q.outer.end);
    }
});
