//! The hidden `byline eval` subcommand from the outside: the news gold in the repository, a
//! one-line error for a missing corpus, and (ignored by default) the LitBank and GUM corpora
//! when they sit in `../shared/corpus` or `$BYLINE_CORPUS`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn byline() -> Command {
    let mut command = Command::cargo_bin("byline").unwrap();
    command.env("NO_COLOR", "1").env_remove("BYLINE_CORPUS");
    command
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `byline eval ARGS --json` and parses its one line of output.
fn eval_json(args: &[&str]) -> Value {
    let output = byline()
        .current_dir(repo())
        .arg("eval")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "stderr: {stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    serde_json::from_str(&stdout).unwrap()
}

/// Asserts `value` holds a number in [0, 1] at `path` (keys separated by `.`).
fn assert_unit(value: &Value, path: &str) {
    let mut at = value;
    for key in path.split('.') {
        at = &at[key];
    }
    let number = at
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number in {value}"));
    assert!((0.0..=1.0).contains(&number), "{path} = {number}");
}

/// The corpus folder, if it is there.
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("BYLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: no corpus at {}; skipped", dir.display());
        None
    }
}

#[test]
fn eval_news_json_has_the_metrics() {
    let json = eval_json(&["news", "tests/gold"]);
    assert_eq!(json["corpus"], "news");
    assert_eq!(json["documents"], 4);
    for path in [
        "quotes.lenient.precision",
        "quotes.lenient.recall",
        "quotes.lenient.f1",
        "quotes.strict.f1",
        "quotes.by_kind.direct.recall",
        "quotes.by_kind.indirect.recall",
        "quotes.by_kind.partial.recall",
        "quotes.kind_accuracy.value",
        "quotes.speaker_accuracy.value",
        "quotes.null_accuracy.value",
        "quotes.attribution_precision.value",
        "entities.recall.value",
        "entities.recall_any_kind.value",
        "entities.precision.value",
    ] {
        assert_unit(&json, path);
    }
    assert!(json["quotes"]["lenient"]["gold"].as_u64().unwrap() > 100);
    assert!(json["entities"]["split"].is_u64());
    assert!(json.get("errors").is_none());
}

#[test]
fn eval_news_defaults_to_tests_gold_and_lists_errors() {
    let output = byline()
        .current_dir(repo())
        .args(["eval", "news", "--errors"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("news: 4 documents"), "{stdout}");
    assert!(stdout.contains("quotes, lenient"), "{stdout}");
    assert!(stdout.contains("\nerrors ("), "{stdout}");
}

#[test]
fn eval_is_hidden_from_help() {
    let output = byline().arg("--help").output().unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("analyze"), "{help}");
    assert!(!help.contains("eval"), "{help}");
}

#[test]
fn eval_litbank_without_a_corpus_is_one_line_and_exit_1() {
    for corpus in ["litbank", "gum"] {
        let output = byline()
            .args(["eval", corpus, "/nonexistent"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("byline: "), "{stderr}");
        assert!(stderr.contains("/nonexistent"), "{stderr}");
        assert!(stderr.contains("BYLINE_CORPUS"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn eval_news_with_an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = byline()
        .args(["eval", "news"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("gold files (*.json) not found"), "{stderr}");
}

#[test]
#[ignore = "needs the LitBank corpus in ../shared/corpus or $BYLINE_CORPUS"]
fn eval_litbank_on_the_corpus() {
    let Some(corpus) = corpus() else { return };
    let json = eval_json(&["litbank", corpus.to_str().unwrap()]);
    assert_eq!(json["documents"], 100);
    assert_eq!(json["quotes"]["lenient"]["gold"], 1765);
    for path in [
        "quotes.lenient.f1",
        "quotes.strict.f1",
        "quotes.speaker_accuracy.value",
        "by_mention.speaker_accuracy.value",
        "by_link.speaker_accuracy.value",
        "direct_only.f1",
    ] {
        assert_unit(&json, path);
    }
    // The linked mention only adds ways to be right: a pronoun cue judged by itself.
    let accuracy = |rule: &str| json[rule]["speaker_accuracy"]["value"].as_f64().unwrap();
    assert!(accuracy("by_link") >= accuracy("by_mention"));
    assert!(accuracy("by_mention") >= accuracy("by_chain"));
    // Quotes between marks are found on the rebuilt text: a floor that catches a broken
    // detokeniser or offset map.
    assert!(json["quotes"]["lenient"]["recall"].as_f64().unwrap() > 0.7);
}

#[test]
#[ignore = "needs the GUM corpus in ../shared/corpus or $BYLINE_CORPUS"]
fn eval_gum_on_the_corpus() {
    let Some(corpus) = corpus() else { return };
    let json = eval_json(&["gum", corpus.to_str().unwrap()]);
    assert_eq!(json["documents"], 43);
    assert!(json["exact"]["gold"].as_u64().unwrap() > 1000);
    for path in [
        "exact.f1",
        "overlap.f1",
        "exact_by_kind.person.recall",
        "exact_by_kind.place.recall",
        "exact_by_kind.organization.recall",
        "alias_pairs.f1",
    ] {
        assert_unit(&json, path);
    }
}
