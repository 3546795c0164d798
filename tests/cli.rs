//! The command line from the outside: exit codes, one-line errors, and the `analyze` JSON
//! contract (shape, offsets, text) on real files, folders, stdin and URLs.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn byline() -> Command {
    let mut command = Command::cargo_bin("byline").unwrap();
    command.env("NO_COLOR", "1");
    command
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `byline analyze --json` and parses each output line.
fn analyze_json(args: &[&str]) -> Vec<Value> {
    let output = byline()
        .arg("analyze")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// Asserts a failed run printed exactly one line on stderr, with no panic or backtrace.
fn assert_one_line_error(output: &std::process::Output, expected: &str) {
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "stderr: {stderr}");
    assert!(stderr.starts_with("byline: "), "stderr: {stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in {stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
}

fn chars_slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn analyze_json_has_the_contract_shape() {
    let reports = analyze_json(&[sample("harbour-strike.txt").to_str().unwrap()]);
    assert_eq!(reports.len(), 1);
    let report = &reports[0];
    assert!(
        report["source"]
            .as_str()
            .unwrap()
            .ends_with("harbour-strike.txt")
    );
    assert_eq!(
        report["title"],
        "Port Halden Dockworkers Walk Out Over Crane Safety"
    );
    assert!(
        report["text"]
            .as_str()
            .unwrap()
            .starts_with("PORT HALDEN, Maine — ")
    );
    let quotes = report["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 20, "{} quotes", quotes.len());
    for quote in quotes {
        assert!(["direct", "partial", "indirect"].contains(&quote["kind"].as_str().unwrap()));
        assert!(quote["speaker"].is_null() || quote["speaker"].is_string());
        assert!(quote.get("speaker_span").is_some() && quote.get("cue").is_some());
    }
    assert!(report["entities"].is_array());
}

#[test]
fn quote_offsets_are_code_points_that_slice_the_text() {
    for name in [
        "harbour-strike.txt",
        "summit-talks.txt",
        "river-clinic.md",
        "village-green.txt",
    ] {
        let report = &analyze_json(&[sample(name).to_str().unwrap()])[0];
        let text = report["text"].as_str().unwrap();
        for quote in report["quotes"].as_array().unwrap() {
            let (start, end) = (
                quote["start"].as_u64().unwrap(),
                quote["end"].as_u64().unwrap(),
            );
            assert!(start < end);
            assert_eq!(
                chars_slice(text, start, end),
                quote["text"].as_str().unwrap(),
                "{name}"
            );
        }
    }
}

#[test]
fn text_is_the_paragraphs_joined_by_a_blank_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "a.txt",
        "Title\n\nFirst para\nwrapped.\n\n\n“Ça va,” said Zoë.\r\n".as_bytes(),
    );
    let report = &analyze_json(&[path.to_str().unwrap()])[0];
    assert_eq!(report["text"], "First para wrapped.\n\n“Ça va,” said Zoë.");
    let quote = &report["quotes"][0];
    assert_eq!(
        (quote["start"].as_u64(), quote["end"].as_u64()),
        (Some(22), Some(28))
    );
}

#[test]
fn several_paths_and_folders_give_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "one.txt", b"One\n\n\"Hello there,\" he said.");
    write(dir.path(), "two.md", b"# Two\n\nBody.");
    let reports = analyze_json(&[
        dir.path().to_str().unwrap(),
        sample("summit-talks.txt").to_str().unwrap(),
    ]);
    let titles: Vec<&str> = reports
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles[..2], ["One", "Two"]);
    assert_eq!(reports.len(), 3);
}

#[test]
fn stdin_is_read_with_a_dash_and_its_format_sniffed() {
    let html =
        "<html><head><title>Piped page</title></head><body><p>“Yes,” said Ana.</p></body></html>";
    let output = byline()
        .args(["analyze", "--json", "-"])
        .write_stdin(html)
        .output()
        .unwrap();
    assert!(output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["source"], "-");
    assert_eq!(report["title"], "Piped page");
    assert_eq!(report["text"], "“Yes,” said Ana.");
}

#[test]
fn readable_summary_lists_quotes() {
    byline()
        .args(["analyze", sample("harbour-strike.txt").to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("quotes:"))
        .stdout(predicate::str::contains(
            "We are not going back until the cranes are safe",
        ));
}

#[test]
fn missing_file_is_one_line_and_exit_1() {
    let output = byline()
        .args(["analyze", "/no/such/article.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_one_line_error(&output, "/no/such/article.txt: no such file or directory");
}

#[test]
fn the_reader_reports_a_missing_file_the_same_way() {
    let output = byline().arg("/no/such/article.txt").output().unwrap();
    assert_one_line_error(&output, "/no/such/article.txt: no such file or directory");
}

#[test]
fn directory_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "photo.jpg", b"\xff\xd8\xff");
    let output = byline()
        .args(["analyze", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_one_line_error(&output, "directory holds no article");
}

#[test]
fn binary_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "archive.txt",
        b"PK\x03\x04\x00\x00\x08\x00binary",
    );
    let output = byline()
        .args(["analyze", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_one_line_error(&output, "binary file, not an article");
}

#[test]
fn enormous_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    let output = byline()
        .args(["analyze", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_one_line_error(&output, "too large");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "locked.txt", b"text");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // root ignores permissions
    }
    let output = byline()
        .args(["analyze", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_one_line_error(&output, "permission denied");
}

#[test]
fn windows_1252_file_is_decoded_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "old.txt",
        b"Old page\n\n\x93Caf\xe9 society is over,\x94 said Ren\xe9e.",
    );
    let output = byline()
        .args(["analyze", "--json", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["text"], "“Café society is over,” said Renée.");
    assert_eq!(report["quotes"][0]["text"], "Café society is over,");
    assert!(String::from_utf8_lossy(&output.stderr).contains("decoded as windows-1252"));
}

#[test]
fn empty_file_is_an_empty_article_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "empty.txt", b"");
    let output = byline()
        .args(["analyze", "--json", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["text"], "");
    assert_eq!(report["quotes"], serde_json::json!([]));
    assert!(String::from_utf8_lossy(&output.stderr).contains("this article is empty"));
}

#[test]
fn control_characters_never_reach_the_output_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "evil.txt",
        b"Evil\x1b]0;owned\x07 title\n\nBody \x1b[2J\x1b[31mred\x1b[0m \xe2\x80\xaeflip.",
    );
    let report = &analyze_json(&[path.to_str().unwrap()])[0];
    assert_eq!(report["title"], "Evil title");
    assert_eq!(report["text"], "Body red flip.");
}

#[test]
fn unbalanced_quotes_do_not_swallow_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "stray.txt",
        "T\n\nA stray “opening mark never closes.\n\nThen “a real quote,” she said.\n\nAnd plain text.".as_bytes(),
    );
    let report = &analyze_json(&[path.to_str().unwrap()])[0];
    let quotes = report["quotes"].as_array().unwrap();
    assert!(
        quotes
            .iter()
            .all(|q| !q["text"].as_str().unwrap().contains("plain text"))
    );
    assert!(quotes.iter().any(|q| q["text"] == "a real quote,"));
}

#[test]
fn failing_and_working_paths_together_exit_1_but_print_the_good_ones() {
    let output = byline()
        .args([
            "analyze",
            "--json",
            "/no/such.txt",
            sample("village-green.txt").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert_one_line_error(&output, "/no/such.txt");
}

#[test]
fn unreachable_url_is_a_one_line_error() {
    let output = byline()
        .args(["analyze", "http://127.0.0.1:9/story.html"])
        .output()
        .unwrap();
    assert_one_line_error(&output, "http://127.0.0.1:9/story.html: could not fetch");
}

#[test]
fn unsupported_scheme_is_a_one_line_error() {
    let output = byline()
        .args(["analyze", "ftp://example.test/story"])
        .output()
        .unwrap();
    assert_one_line_error(&output, "unsupported address");
}

#[test]
fn articles_are_fetched_from_http_urls() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut request = [0u8; 2048];
        let _ = stream.read(&mut request).unwrap();
        let body = "<html><head><title>Served story</title></head><body><nav>Menu</nav><p>“Served fresh,” said Li Wen.</p></body></html>";
        let response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(response.as_bytes()).unwrap();
    });
    let url = format!("http://127.0.0.1:{port}/story");
    let reports = analyze_json(&[&url]);
    server.join().unwrap();
    assert_eq!(reports[0]["source"], url.as_str());
    assert_eq!(reports[0]["title"], "Served story");
    assert_eq!(reports[0]["quotes"][0]["text"], "Served fresh,");
}

#[test]
fn the_reader_refuses_to_draw_into_a_pipe() {
    let output = byline().arg(sample("harbour-strike.txt")).output().unwrap();
    assert_one_line_error(&output, "the reader needs a terminal");
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("byline"))
        .args(["analyze", "--json"])
        .args(std::iter::repeat_n(sample("harbour-strike.txt"), 200))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{stderr}");
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    byline().arg("--no-such-flag").assert().code(2);
    byline().arg("analyze").assert().code(2);
    byline()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("analyze"));
    byline().arg("--version").assert().success();
}

#[test]
fn saved_corrections_apply_in_analyze() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(
        dir.path(),
        "s.txt",
        "T\n\n“Hello there,” said Ana Ruiz.".as_bytes(),
    );
    let sidecar = write(
        dir.path(),
        "notes.json",
        br#"{"format":"byline-annotations","version":1,"source":"x","text_hash":"y","corrections":[{"id":"c-1","created":"2026-01-01T00:00:00Z","action":"rename","entity":"Ana Ruiz","to":"Ana R."}]}"#,
    );
    let output = byline()
        .args([
            "analyze",
            "--json",
            "--annotations",
            sidecar.to_str().unwrap(),
            article.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["quotes"][0]["speaker"], "Ana R.");
}

#[test]
fn a_sidecar_takes_a_single_article() {
    let dir = tempfile::tempdir().unwrap();
    let output = byline()
        .args([
            "analyze",
            "--annotations",
            "x.json",
            dir.path().to_str().unwrap(),
            "y.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_one_line_error(&output, "--annotations FILE works with a single article");
}

#[test]
fn the_reader_takes_a_sidecar_for_a_single_article_only() {
    let output = byline()
        .args(["--annotations", "x.json", "a.txt", "b.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_one_line_error(&output, "--annotations FILE works with a single article");
}

#[test]
fn analyze_never_writes_to_the_data_directory() {
    let data = tempfile::tempdir().unwrap();
    byline()
        .env("XDG_DATA_HOME", data.path())
        .args(["analyze", sample("harbour-strike.txt").to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 0);
}
