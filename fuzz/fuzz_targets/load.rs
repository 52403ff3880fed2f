//! Article loading on any bytes: as a text article, a JSON Lines file and a
//! manifest. No panic; every error names the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use quotetrace::corpus;

fuzz_target!(|bytes: &[u8]| {
    for name in ["fuzz.txt", "fuzz.jsonl", "manifest.csv"] {
        for item in corpus::parse_bytes(Path::new(name), bytes) {
            if let Err(e) = item {
                assert!(e.to_string().starts_with(name), "{e}");
            }
        }
    }
});
