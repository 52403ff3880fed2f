//! Articles in: folders and files of `.txt` articles, JSON Lines articles,
//! standard input, and a `manifest.csv` with outlets and dates.
//!
//! Loading never stops at a bad article: each one that cannot be read
//! becomes a `LoadError` naming its file (and line), and the others load.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The document id: the file stem, or the `id` of a JSON Lines record.
    pub id: String,
    pub text: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Where it came from: a path, `path:line` for JSON Lines, or `<stdin>`.
    pub origin: String,
}

/// Why an article or a manifest row could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct LoadError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl LoadError {
    fn new(path: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        LoadError {
            path: path.to_owned(),
            line,
            message: message.into(),
        }
    }
}

/// What loading gave: the articles that could be read, and the errors.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// One row of `manifest.csv`.
#[derive(Debug, Clone, Deserialize)]
struct ManifestRow {
    doc: String,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// One line of a JSON Lines corpus.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// Loads every article under `paths` (files, folders, or `-` for standard
/// input). A `manifest.csv` in a folder given, or the one named by
/// `manifest`, adds outlets and dates.
pub fn load(paths: &[PathBuf], manifest: Option<&Path>) -> Loaded {
    let mut loaded = Loaded::default();
    let mut rows: HashMap<String, ManifestRow> = HashMap::new();
    if let Some(m) = manifest {
        read_manifest(m, &mut rows, &mut loaded.errors);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => load_bytes(Path::new("<stdin>"), "stdin", bytes, &mut loaded),
                Err(e) => loaded.errors.push(LoadError::new(
                    Path::new("<stdin>"),
                    None,
                    format!("cannot read: {e}"),
                )),
            }
        } else if path.is_dir() {
            let manifest_here = path.join("manifest.csv");
            if manifest.is_none() && manifest_here.is_file() {
                read_manifest(&manifest_here, &mut rows, &mut loaded.errors);
            }
            let mut files = Vec::new();
            collect_files(path, &mut files, &mut loaded.errors);
            files.sort();
            for file in files {
                load_file(&file, &mut loaded);
            }
        } else {
            load_file(path, &mut loaded);
        }
    }
    // Ids must be unique: the first article keeps its id.
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut articles = Vec::with_capacity(loaded.articles.len());
    for mut article in std::mem::take(&mut loaded.articles) {
        if let Some(first) = seen.get(&article.id) {
            let (path, line) = split_origin(&article.origin);
            loaded.errors.push(LoadError::new(
                Path::new(&path),
                line,
                format!(
                    "duplicate document id `{}` (first in {first}); this copy is skipped",
                    article.id
                ),
            ));
            continue;
        }
        seen.insert(article.id.clone(), article.origin.clone());
        if let Some(row) = rows.get(&article.id) {
            article.outlet = article.outlet.or_else(|| non_empty(&row.outlet));
            article.published = article.published.or_else(|| non_empty(&row.published));
            article.url = article.url.or_else(|| non_empty(&row.url));
            article.title = article.title.or_else(|| non_empty(&row.title));
        }
        articles.push(article);
    }
    loaded.articles = articles;
    loaded
}

fn split_origin(origin: &str) -> (String, Option<usize>) {
    match origin.rsplit_once(':') {
        Some((path, line)) if line.parse::<usize>().is_ok() => (path.to_owned(), line.parse().ok()),
        _ => (origin.to_owned(), None),
    }
}

fn non_empty(s: &Option<String>) -> Option<String> {
    s.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

/// Article files below `dir`: `.txt` and `.jsonl`, in every sub-folder.
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(LoadError::new(
                dir,
                None,
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    for entry in entries {
        let path = match entry {
            Ok(entry) => entry.path(),
            Err(e) => {
                errors.push(LoadError::new(
                    dir,
                    None,
                    format!("cannot read folder entry: {e}"),
                ));
                continue;
            }
        };
        if path.is_dir() {
            collect_files(&path, files, errors);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            files.push(path);
        }
    }
}

fn load_file(path: &Path, loaded: &mut Loaded) {
    match std::fs::read(path) {
        Ok(bytes) => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("article")
                .to_owned();
            load_bytes(path, &stem, bytes, loaded);
        }
        Err(e) => loaded
            .errors
            .push(LoadError::new(path, None, format!("cannot read: {e}"))),
    }
}

/// One file's bytes: JSON Lines when it ends in `.jsonl` or its first
/// character is `{`, plain text otherwise.
fn load_bytes(path: &Path, stem: &str, bytes: Vec<u8>, loaded: &mut Loaded) {
    let is_jsonl = path.extension().is_some_and(|e| e == "jsonl")
        || (path == Path::new("<stdin>")
            && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'));
    if is_jsonl {
        load_jsonl(path, &bytes, loaded);
        return;
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            if text.contains('\0') {
                let line = line_of(text.as_bytes(), text.find('\0').unwrap_or(0));
                loaded.errors.push(LoadError::new(
                    path,
                    Some(line),
                    "holds NUL bytes: not a text article",
                ));
                return;
            }
            loaded.articles.push(Article {
                id: stem.to_owned(),
                text,
                origin: path.display().to_string(),
                ..Article::default()
            })
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(e.as_bytes(), at);
            loaded.errors.push(LoadError::new(
                path,
                Some(line),
                format!("not UTF-8 (invalid byte at offset {at}); convert it to UTF-8 first"),
            ));
        }
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count() + 1
}

fn load_jsonl(path: &Path, bytes: &[u8], loaded: &mut Loaded) {
    for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let number = index + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed: Result<JsonArticle, String> = std::str::from_utf8(line)
            .map_err(|e| format!("not UTF-8 (invalid byte at column {})", e.valid_up_to() + 1))
            .and_then(|s| serde_json::from_str(s).map_err(|e| format!("not a JSON article: {e}")));
        match parsed {
            Ok(record) => {
                let id = match record.id {
                    serde_json::Value::String(s) if !s.is_empty() => s,
                    serde_json::Value::Number(n) => n.to_string(),
                    _ => {
                        loaded.errors.push(LoadError::new(
                            path,
                            Some(number),
                            "`id` must be a non-empty string or a number",
                        ));
                        continue;
                    }
                };
                loaded.articles.push(Article {
                    id,
                    text: record.text,
                    outlet: record.outlet,
                    published: record.published,
                    url: record.url,
                    title: record.title,
                    origin: format!("{}:{number}", path.display()),
                });
            }
            Err(message) => loaded
                .errors
                .push(LoadError::new(path, Some(number), message)),
        }
    }
}

fn read_manifest(
    path: &Path,
    rows: &mut HashMap<String, ManifestRow>,
    errors: &mut Vec<LoadError>,
) {
    let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(path) {
        Ok(r) => r,
        Err(e) => {
            errors.push(LoadError::new(
                path,
                None,
                format!("cannot read manifest: {e}"),
            ));
            return;
        }
    };
    for result in reader.deserialize::<ManifestRow>() {
        match result {
            Ok(row) => {
                rows.insert(row.doc.clone(), row);
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                errors.push(LoadError::new(
                    path,
                    line,
                    format!("bad manifest row: {}", csv_message(&e)),
                ));
            }
        }
    }
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => err.to_string(),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} fields where the header has {expected_len}")
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("qt-corpus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn folder_with_manifest_jsonl_and_a_bad_file() {
        let dir = temp_dir("mixed");
        std::fs::write(dir.join("a.txt"), "\u{feff}Headline\r\n\r\nBody “quote”.").unwrap();
        std::fs::write(dir.join("b.txt"), b"bad \xff byte").unwrap();
        std::fs::write(
            dir.join("more.jsonl"),
            "{\"id\": \"c\", \"text\": \"x\", \"outlet\": \"Wire\"}\n{not json}\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("manifest.csv"),
            "doc,outlet,published,url,title\na,Daily,2020-01-02,,\n",
        )
        .unwrap();
        let loaded = load(std::slice::from_ref(&dir), None);
        let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(loaded.articles[0].outlet.as_deref(), Some("Daily"));
        assert_eq!(loaded.articles[1].outlet.as_deref(), Some("Wire"));
        let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].contains("b.txt:1: not UTF-8"), "{errors:?}");
        assert!(
            errors[1].contains("more.jsonl:2: not a JSON article"),
            "{errors:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn duplicate_ids_and_bad_manifest_rows_are_reported() {
        let dir = temp_dir("dup");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("x.txt"), "one").unwrap();
        std::fs::write(dir.join("sub/x.txt"), "two").unwrap();
        std::fs::write(
            dir.join("manifest.csv"),
            "doc,outlet,published,url,title\nx,A,2020,,\ny,B\n",
        )
        .unwrap();
        let loaded = load(std::slice::from_ref(&dir), None);
        assert_eq!(loaded.articles.len(), 1);
        let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("manifest.csv:3: bad manifest row")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.contains("duplicate document id `x`")),
            "{errors:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
