//! One integration test binary (see matklad's "Delete Cargo Integration
//! Tests"): extraction snapshots, the command line, and the shared corpora.

mod attribution;
mod audit;
mod cli;
mod extract;
mod fuzz_regressions;
mod group;
mod hostile;
mod html;
mod robust;
mod shards;
mod shared;

use std::path::{Path, PathBuf};

/// The extractor with the compiled-in English grammar, built once for the
/// whole binary: hundreds of tests read an article each, and parsing the
/// grammar (its five thousand given names among it) in a debug build costs
/// more than reading the article.
pub fn english() -> &'static quotetrace::extract::Extractor {
    static ENGLISH: std::sync::LazyLock<quotetrace::extract::Extractor> =
        std::sync::LazyLock::new(quotetrace::extract::Extractor::default);
    &ENGLISH
}

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh temporary folder for one test, removed when the test ends
/// (pass or fail), so test runs do not pile folders up in the system's
/// temporary directory.
pub struct TempFolder(tempfile::TempDir);

impl std::ops::Deref for TempFolder {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for TempFolder {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

pub fn temp_dir(name: &str) -> TempFolder {
    let dir = tempfile::Builder::new()
        .prefix(&format!("quotetrace-it-{name}-"))
        .tempdir()
        .unwrap();
    TempFolder(dir)
}

/// insta settings that keep snapshots in the top-level `snapshots/` folder.
pub fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
}

pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}
