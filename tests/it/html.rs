//! The HTML audit as a browser meets it: parsed by html5ever (the parser
//! Servo uses), and opened in a real headless Chromium when one is installed
//! (`.ci/run` installs Debian's).

use std::path::{Path, PathBuf};
use std::process::Command;

use scraper::{Html, Selector};

use crate::cli::audit_into;

/// A hostile article whose markup would retitle the page if it ever ran.
const HOSTILE: &str = "“<script>document.title='pwned'</script> & more,” Mayor Ada Quill said.\n\n\
“<img src=x onerror=alert(1)>,” she added.\n";

/// Audits the bundled corpus plus the hostile article into the returned
/// folder's `out`, which holds audit.html and audit.csv.
fn audit(name: &str) -> crate::TempFolder {
    let dir = crate::temp_dir(name);
    let hostile = crate::write(&dir, "hostile.txt", HOSTILE);
    let corpus = crate::root().join("examples/corpus");
    audit_into(&dir.join("out"), &[&corpus, &hostile]);
    dir
}

/// Quote occurrences in the CSV audit: the rows the HTML must show.
fn csv_rows(out_dir: &Path) -> usize {
    csv::Reader::from_path(out_dir.join("audit.csv"))
        .unwrap()
        .records()
        .count()
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    html.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn html_audit_parses_without_errors_and_loads_nothing() {
    let dir = audit("html-parse");
    let out_dir = dir.join("out");
    let text = std::fs::read_to_string(out_dir.join("audit.html")).unwrap();
    let html = Html::parse_document(&text);
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
    // One table row per quote occurrence of the CSV, five cells each.
    let rows = select(&html, "tr[class]");
    assert_eq!(rows.len(), csv_rows(&out_dir));
    assert!(rows.iter().all(|r| r.children().count() == 5));
    assert!(!select(&html, "del").is_empty() && !select(&html, "ins").is_empty());
    // Nothing that runs or loads: the hostile markup is text.
    for css in [
        "script",
        "img",
        "link",
        "iframe",
        "[src]",
        "[onerror]",
        "[href]",
    ] {
        assert!(select(&html, css).is_empty(), "found {css}");
    }
    let body: String = select(&html, "body")[0].text().collect();
    assert!(body.contains("<script>document.title='pwned'</script> & more"));
    assert!(body.contains("<img src=x onerror=alert(1)>"));
}

/// Chromium, if this machine has it.
fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

#[test]
fn a_real_browser_renders_the_html_audit_and_runs_none_of_its_text() {
    let Some(chromium) = chromium() else {
        // CI installs it, so there a missing browser is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "no Chromium in CI: `.ci/run` should have installed it"
        );
        eprintln!("skipped: no Chromium here (`.ci/run` installs Debian's `chromium`)");
        return;
    };
    let dir = audit("html-browser");
    let out_dir = dir.join("out");
    let profile = out_dir.join("chromium-profile");
    // The flags a headless run as root on a closed network needs; `timeout`
    // bounds a browser that hangs.
    let out = Command::new("timeout")
        .arg("120")
        .arg(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", out_dir.join("audit.html").display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The DOM after the page loaded and any script ran.
    let dom = Html::parse_document(&String::from_utf8(out.stdout).unwrap());
    let title: String = select(&dom, "title")[0].text().collect();
    assert_eq!(title, "Quotation audit", "a quote's markup ran");
    assert_eq!(select(&dom, "tr[class]").len(), csv_rows(&out_dir));
    assert!(select(&dom, "script, img").is_empty());
    let body: String = select(&dom, "body")[0].text().collect();
    assert!(body.contains("Ada Quill") && body.contains("document.title='pwned'"));
}
