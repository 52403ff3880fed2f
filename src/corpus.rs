//! Articles in: folders and files of `.txt` articles, JSON Lines articles,
//! standard input, and a `manifest.csv` with outlets and dates.
//!
//! Loading never stops at a bad article: each one that cannot be read
//! becomes a `LoadError` naming its file (and line), and the others load.

use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
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
    pub fn new(path: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
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
/// input) into memory. A `manifest.csv` in a folder given, or the one named
/// by `manifest`, adds outlets and dates. See [`stream`] to read them one
/// at a time instead.
pub fn load(paths: &[PathBuf], manifest: Option<&Path>) -> Loaded {
    let mut loaded = Loaded::default();
    for item in stream(paths, manifest) {
        match item {
            Ok(article) => loaded.articles.push(article),
            Err(e) => loaded.errors.push(e),
        }
    }
    loaded
}

/// The articles under `paths`, read one at a time, in a stable order
/// (arguments in order, each folder's files sorted, JSON Lines line by
/// line), so that a corpus of any size passes through in bounded memory.
/// A manifest row applies to the article with its `doc` id; an id seen
/// before is an error and that copy is skipped.
pub fn stream(paths: &[PathBuf], manifest: Option<&Path>) -> ArticleStream {
    let mut pending = VecDeque::new();
    let mut rows: HashMap<String, ManifestRow> = HashMap::new();
    if let Some(m) = manifest {
        read_manifest(m, &mut rows, &mut pending);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            pending.push_back(Pending::Stdin);
        } else if path.is_dir() {
            let manifest_here = path.join("manifest.csv");
            if manifest.is_none() && manifest_here.is_file() {
                read_manifest(&manifest_here, &mut rows, &mut pending);
            }
            let mut files = Vec::new();
            let errors_before = pending.len();
            collect_files(path, &mut files, &mut pending);
            if files.is_empty() && pending.len() == errors_before {
                pending.push_back(Pending::Error(LoadError::new(
                    path,
                    None,
                    "no .txt or .jsonl articles in this folder",
                )));
            }
            files.sort();
            pending.extend(files.into_iter().map(Pending::File));
        } else {
            pending.push_back(Pending::File(path.clone()));
        }
    }
    ArticleStream {
        pending,
        lines: None,
        rows,
        seen: HashMap::new(),
    }
}

/// What is still to be read.
enum Pending {
    /// An error found while listing folders or reading a manifest, given
    /// out in its place in the order.
    Error(LoadError),
    File(PathBuf),
    Stdin,
}

/// A JSON Lines source being read line by line.
struct JsonLines {
    path: PathBuf,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

/// The articles of a corpus, one at a time: see [`stream`].
pub struct ArticleStream {
    pending: VecDeque<Pending>,
    lines: Option<JsonLines>,
    rows: HashMap<String, ManifestRow>,
    /// Each id read so far, with where it was first seen.
    seen: HashMap<String, String>,
}

impl Iterator for ArticleStream {
    type Item = Result<Article, LoadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = if let Some(lines) = &mut self.lines {
                match next_json_article(lines) {
                    Some(item) => item,
                    None => {
                        self.lines = None;
                        continue;
                    }
                }
            } else {
                match self.pending.pop_front()? {
                    Pending::Error(e) => Err(e),
                    Pending::File(path) => match self.open(&path) {
                        Some(item) => item,
                        None => continue,
                    },
                    Pending::Stdin => match self.open_stdin() {
                        Some(item) => item,
                        None => continue,
                    },
                }
            };
            return Some(item.and_then(|article| self.admit(article)));
        }
    }
}

impl ArticleStream {
    /// A `.txt` file gives its article; a `.jsonl` file starts being read
    /// line by line (`None`: its articles follow).
    fn open(&mut self, path: &Path) -> Option<Result<Article, LoadError>> {
        let cannot_read =
            |e: std::io::Error| LoadError::new(path, None, format!("cannot read: {e}"));
        if path.extension().is_some_and(|e| e == "jsonl") {
            match File::open(path) {
                Ok(file) => {
                    self.lines = Some(JsonLines {
                        path: path.to_owned(),
                        reader: Box::new(BufReader::new(file)),
                        line: 0,
                    });
                    None
                }
                Err(e) => Some(Err(cannot_read(e))),
            }
        } else {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("article");
            Some(
                std::fs::read(path)
                    .map_err(cannot_read)
                    .and_then(|bytes| text_article(path, stem, bytes)),
            )
        }
    }

    /// Standard input: JSON Lines when its first character is `{`, one text
    /// article otherwise.
    fn open_stdin(&mut self) -> Option<Result<Article, LoadError>> {
        let path = Path::new("<stdin>");
        let mut reader = BufReader::new(std::io::stdin());
        let first = loop {
            match reader.fill_buf() {
                Ok([]) => break None,
                Ok(buf) => match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                    Some(i) => break Some(buf[i]),
                    None => {
                        let n = buf.len();
                        reader.consume(n);
                    }
                },
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Some(Err(LoadError::new(path, None, format!("cannot read: {e}"))));
                }
            }
        };
        if first == Some(b'{') {
            self.lines = Some(JsonLines {
                path: path.to_owned(),
                reader: Box::new(reader),
                line: 0,
            });
            return None;
        }
        let mut bytes = Vec::new();
        Some(match reader.read_to_end(&mut bytes) {
            Ok(_) => text_article(path, "stdin", bytes),
            Err(e) => Err(LoadError::new(path, None, format!("cannot read: {e}"))),
        })
    }

    /// Checks the id is new and adds the manifest's outlet and dates.
    fn admit(&mut self, mut article: Article) -> Result<Article, LoadError> {
        if let Some(first) = self.seen.get(&article.id) {
            let (path, line) = split_origin(&article.origin);
            return Err(LoadError::new(
                Path::new(&path),
                line,
                format!(
                    "duplicate document id `{}` (first in {first}); this copy is skipped",
                    article.id
                ),
            ));
        }
        self.seen.insert(article.id.clone(), article.origin.clone());
        if let Some(row) = self.rows.get(&article.id) {
            article.outlet = article.outlet.or_else(|| non_empty(&row.outlet));
            article.published = article.published.or_else(|| non_empty(&row.published));
            article.url = article.url.or_else(|| non_empty(&row.url));
            article.title = article.title.or_else(|| non_empty(&row.title));
        }
        Ok(article)
    }
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
fn collect_files(dir: &Path, files: &mut Vec<PathBuf>, pending: &mut VecDeque<Pending>) {
    let mut error =
        |message: String| pending.push_back(Pending::Error(LoadError::new(dir, None, message)));
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return error(format!("cannot read folder: {e}")),
    };
    let mut subfolders = Vec::new();
    for entry in entries {
        let (path, kind) = match entry.and_then(|e| Ok((e.path(), e.file_type()?))) {
            Ok(found) => found,
            Err(e) => {
                error(format!("cannot read folder entry: {e}"));
                continue;
            }
        };
        // A linked folder is not followed (as ripgrep does by default): a
        // link back up the tree would never end.
        if kind.is_symlink() && path.is_dir() {
            continue;
        }
        if kind.is_dir() {
            subfolders.push(path);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            files.push(path);
        }
    }
    for sub in subfolders {
        collect_files(&sub, files, pending);
    }
}

/// A plain-text article from a file's bytes.
fn text_article(path: &Path, stem: &str, bytes: Vec<u8>) -> Result<Article, LoadError> {
    match String::from_utf8(bytes) {
        Ok(text) => {
            if let Some(at) = memchr::memchr(0, text.as_bytes()) {
                return Err(LoadError::new(
                    path,
                    Some(line_of(text.as_bytes(), at)),
                    "holds NUL bytes: not a text article",
                ));
            }
            Ok(Article {
                id: stem.to_owned(),
                text,
                origin: path.display().to_string(),
                ..Article::default()
            })
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(LoadError::new(
                path,
                Some(line_of(e.as_bytes(), at)),
                format!("not UTF-8 (invalid byte at offset {at}); convert it to UTF-8 first"),
            ))
        }
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count() + 1
}

/// The next article of a JSON Lines source (`None` at its end); blank lines
/// are skipped.
fn next_json_article(lines: &mut JsonLines) -> Option<Result<Article, LoadError>> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        lines.line += 1;
        match lines.reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) if buf.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(_) => return Some(json_article(&lines.path, lines.line, &buf)),
            Err(e) => {
                return Some(Err(LoadError::new(
                    &lines.path,
                    Some(lines.line),
                    format!("cannot read: {e}"),
                )));
            }
        }
    }
}

fn json_article(path: &Path, number: usize, line: &[u8]) -> Result<Article, LoadError> {
    let error = |message: String| LoadError::new(path, Some(number), message);
    let text = std::str::from_utf8(line).map_err(|e| {
        error(format!(
            "not UTF-8 (invalid byte at column {})",
            e.valid_up_to() + 1
        ))
    })?;
    let record: JsonArticle =
        serde_json::from_str(text).map_err(|e| error(format!("not a JSON article: {e}")))?;
    let id = match record.id {
        serde_json::Value::String(s) if !s.is_empty() => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err(error("`id` must be a non-empty string or a number".into())),
    };
    Ok(Article {
        id,
        text: record.text,
        outlet: record.outlet,
        published: record.published,
        url: record.url,
        title: record.title,
        origin: format!("{}:{number}", path.display()),
    })
}

fn read_manifest(
    path: &Path,
    rows: &mut HashMap<String, ManifestRow>,
    pending: &mut VecDeque<Pending>,
) {
    match File::open(path) {
        Ok(file) => {
            for e in manifest_rows(path, file, rows) {
                pending.push_back(Pending::Error(e));
            }
        }
        Err(e) => pending.push_back(Pending::Error(LoadError::new(
            path,
            None,
            format!("cannot read manifest: {e}"),
        ))),
    }
}

/// Reads a manifest's rows into `rows`; returns the rows that could not be
/// read.
fn manifest_rows(
    path: &Path,
    reader: impl Read,
    rows: &mut HashMap<String, ManifestRow>,
) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let mut error = |e: LoadError| errors.push(e);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(reader);
    for result in reader.deserialize::<ManifestRow>() {
        match result {
            Ok(row) => {
                rows.insert(row.doc.clone(), row);
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                error(LoadError::new(
                    path,
                    line,
                    format!("bad manifest row: {}", csv_message(&e)),
                ));
            }
        }
    }
    errors
}

/// The loader's parsing of one file's bytes, without the file system (the
/// fuzzer drives it): a `.jsonl` path gives its JSON Lines articles, a
/// `.csv` path is read as a manifest (its bad rows become errors), any
/// other a text article.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Vec<Result<Article, LoadError>> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("jsonl") => {
            let mut lines = JsonLines {
                path: path.to_owned(),
                reader: Box::new(std::io::Cursor::new(bytes.to_vec())),
                line: 0,
            };
            std::iter::from_fn(|| next_json_article(&mut lines)).collect()
        }
        Some("csv") => manifest_rows(path, bytes, &mut HashMap::new())
            .into_iter()
            .map(Err)
            .collect(),
        _ => {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("article");
            vec![text_article(path, stem, bytes.to_vec())]
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

    #[test]
    fn folder_with_manifest_jsonl_and_a_bad_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
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
    }

    #[test]
    fn duplicate_ids_and_bad_manifest_rows_are_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
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
    }
}
