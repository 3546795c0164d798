//! Annotations from the outside: export and import through the real binary, the file
//! surviving processes killed mid-save, two processes saving at once, a corrupt file.

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::{Value, json};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/harbour-strike.txt")
}

fn byline(data: &Path) -> Command {
    let mut command = Command::cargo_bin("byline").unwrap();
    command.env("XDG_DATA_HOME", data).env("NO_COLOR", "1");
    command
}

/// A W3C annotation on a passage of the sample, with a given id and note.
fn w3c(id: usize, note: &str) -> Value {
    json!({
        "type": "Annotation",
        "id": format!("urn:byline:annotation:a-test-{id}"),
        "body": [{"type": "TextualBody", "value": note, "purpose": "commenting"}, {"type": "TextualBody", "value": "test", "purpose": "tagging"}],
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "a brake failed on one of the old cranes"}}
    })
}

fn write_json(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, value.to_string()).unwrap();
    path
}

/// The annotation file in the data directory, if one has been written (there is at most one).
fn find_store_file(data: &Path) -> Option<PathBuf> {
    std::fs::read_dir(data.join("byline/articles"))
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
}

/// The annotation file in the data directory (there is exactly one).
fn store_file(data: &Path) -> PathBuf {
    find_store_file(data).expect("an annotation file in the data directory")
}

fn ids_in(file: &Path) -> Vec<String> {
    let value: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
        .expect("the annotation file always parses");
    value["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn import_then_export_markdown_shows_the_note_and_the_digest() {
    let data = tempfile::tempdir().unwrap();
    let file = write_json(
        data.path(),
        "in.json",
        &w3c(1, "Ask the port for the brake logs"),
    );
    byline(data.path())
        .args(["import", sample().to_str().unwrap(), file.to_str().unwrap()])
        .assert()
        .success();
    let output = byline(data.path())
        .args(["export", sample().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(
        markdown.contains("> a brake failed on one of the old cranes"),
        "{markdown}"
    );
    assert!(markdown.contains("Ask the port for the brake logs"));
    assert!(markdown.contains("Tags: #test"));
    assert!(markdown.contains("## Who said what"));
    assert!(markdown.contains("### Ana Ruiz"));
}

#[test]
fn w3c_export_then_import_elsewhere_reproduces_the_annotations() {
    let first = tempfile::tempdir().unwrap();
    let file = write_json(first.path(), "in.json", &w3c(7, "A note"));
    byline(first.path())
        .args(["import", sample().to_str().unwrap(), file.to_str().unwrap()])
        .assert()
        .success();
    let exported = first.path().join("out.json");
    byline(first.path())
        .args([
            "export",
            sample().to_str().unwrap(),
            "--format",
            "w3c",
            "-o",
            exported.to_str().unwrap(),
        ])
        .assert()
        .success();
    let collection: Value =
        serde_json::from_str(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    assert_eq!(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(collection["type"], "AnnotationCollection");

    let second = tempfile::tempdir().unwrap();
    byline(second.path())
        .args([
            "import",
            sample().to_str().unwrap(),
            exported.to_str().unwrap(),
        ])
        .assert()
        .success();
    let a: Value =
        serde_json::from_str(&std::fs::read_to_string(store_file(first.path())).unwrap()).unwrap();
    let b: Value =
        serde_json::from_str(&std::fs::read_to_string(store_file(second.path())).unwrap()).unwrap();
    assert_eq!(a["annotations"], b["annotations"]);
}

#[test]
fn a_sidecar_file_is_used_instead_of_the_data_directory() {
    let data = tempfile::tempdir().unwrap();
    let sidecar = data.path().join("notes.json");
    let file = write_json(data.path(), "in.json", &w3c(2, "Sidecar note"));
    byline(data.path())
        .args([
            "import",
            sample().to_str().unwrap(),
            file.to_str().unwrap(),
            "--annotations",
            sidecar.to_str().unwrap(),
        ])
        .assert()
        .success();
    assert_eq!(ids_in(&sidecar), ["a-test-2"]);
    assert!(!data.path().join("byline").exists());
}

#[test]
fn importing_a_bad_file_is_a_one_line_error() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("bad.json");
    std::fs::write(&file, "{ nope").unwrap();
    let output = byline(data.path())
        .args(["import", sample().to_str().unwrap(), file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("invalid JSON"), "{stderr}");
}

#[test]
fn a_corrupt_annotation_file_is_moved_aside_and_reported() {
    let data = tempfile::tempdir().unwrap();
    let file = write_json(data.path(), "in.json", &w3c(3, "First"));
    byline(data.path())
        .args(["import", sample().to_str().unwrap(), file.to_str().unwrap()])
        .assert()
        .success();
    let store = store_file(data.path());
    std::fs::write(&store, "garbage that is not json").unwrap();
    let file = write_json(data.path(), "in2.json", &w3c(4, "Second"));
    let output = byline(data.path())
        .args(["import", sample().to_str().unwrap(), file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("moved to"));
    assert_eq!(ids_in(&store), ["a-test-4"]);
    let aside: Vec<PathBuf> = std::fs::read_dir(store.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(&aside[0]).unwrap(),
        "garbage that is not json"
    );
}

#[test]
fn two_processes_saving_at_once_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (0..24)
        .map(|i| write_json(data.path(), &format!("in{i}.json"), &w3c(i, "parallel")))
        .collect();
    let binary = assert_cmd::cargo::cargo_bin("byline");
    let run = |range: std::ops::Range<usize>| {
        let files = files.clone();
        let binary = binary.clone();
        let data = data.path().to_path_buf();
        std::thread::spawn(move || {
            for i in range {
                let status = StdCommand::new(&binary)
                    .env("XDG_DATA_HOME", &data)
                    .args([
                        "import",
                        sample().to_str().unwrap(),
                        files[i].to_str().unwrap(),
                    ])
                    .stdout(Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success());
            }
        })
    };
    let (a, b) = (run(0..12), run(12..24));
    a.join().unwrap();
    b.join().unwrap();
    let mut ids = ids_in(&store_file(data.path()));
    ids.sort();
    let mut expected: Vec<String> = (0..24).map(|i| format!("a-test-{i}")).collect();
    expected.sort();
    assert_eq!(ids, expected);
}

#[test]
fn killing_a_process_mid_save_never_breaks_the_file() {
    let data = tempfile::tempdir().unwrap();
    let binary = assert_cmd::cargo::cargo_bin("byline");
    let rounds = 40;
    let mut completed = Vec::new();
    let mut killed = 0;
    for round in 0..rounds {
        let input = write_json(data.path(), "in.json", &w3c(round, "crash test"));
        let mut child = StdCommand::new(&binary)
            .args([
                "import",
                sample().to_str().unwrap(),
                input.to_str().unwrap(),
            ])
            .env("XDG_DATA_HOME", data.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // SIGKILL at a moment that moves through the process's lifetime from round to round.
        std::thread::sleep(Duration::from_micros(500 + (round as u64 * 1_700) % 25_000));
        match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success(), "import {round} failed on its own");
                completed.push(format!("a-test-{round}"));
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
            }
        }
        if let Some(file) = find_store_file(data.path()) {
            let ids = ids_in(&file);
            for id in &completed {
                assert!(
                    ids.contains(id),
                    "{id} was saved but is missing after kill {round}: {ids:?}"
                );
            }
        }
    }
    assert!(
        !completed.is_empty(),
        "no import finished in {rounds} rounds"
    );
    assert!(killed > 0, "no import was killed in {rounds} rounds");
}
