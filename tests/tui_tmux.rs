//! End-to-end tests of the real binary in a real terminal: tmux runs a shell, the test types
//! keys with `send-keys` and reads the screen with `capture-pane`, as a person would.
//!
//! Without tmux these tests are skipped with a note, unless `BYLINE_REQUIRE_TMUX=1` (set by
//! CI), which makes a missing tmux a failure.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A tmux session running `sh`, killed when dropped.
/// How many more times a refused tmux session start is tried.
const TMUX_START_TRIES: usize = 5;

struct Tmux {
    name: String,
}

impl Tmux {
    /// Starts a session of the given size, or `None` when tmux is missing and not required.
    fn start(width: u16, height: u16) -> Option<Tmux> {
        let available = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !available {
            if std::env::var_os("BYLINE_REQUIRE_TMUX").is_some() {
                panic!("tmux is required (BYLINE_REQUIRE_TMUX is set) but not installed");
            }
            eprintln!("note: tmux not installed; skipping end-to-end terminal test");
            return None;
        }
        let name = format!("byline-test-{}-{}", std::process::id(), rand_suffix());
        // Tests start sessions in parallel; while the tmux server is still starting, one of
        // them may be refused, so a refused start is tried again.
        let start = || {
            Command::new("tmux")
                .args([
                    "new-session",
                    "-d",
                    "-s",
                    &name,
                    "-x",
                    &width.to_string(),
                    "-y",
                    &height.to_string(),
                ])
                .args([
                    "env",
                    "-i",
                    "PATH=/usr/bin:/bin",
                    "TERM=xterm-256color",
                    "HOME=/tmp",
                    "PS1=$ ",
                    "sh",
                ])
                .status()
                .unwrap()
        };
        let mut status = start();
        for _ in 0..TMUX_START_TRIES {
            if status.success() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
            status = start();
        }
        assert!(status.success(), "tmux new-session failed");
        Some(Tmux { name })
    }

    fn send_keys(&self, keys: &[&str]) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name])
            .args(keys)
            .status()
            .unwrap();
        assert!(status.success());
    }

    fn type_line(&self, text: &str) {
        let status = Command::new("tmux")
            .args(["send-keys", "-t", &self.name, "-l", text])
            .status()
            .unwrap();
        assert!(status.success());
        self.send_keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let output = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Waits until the screen satisfies `check`, failing with the screen after 15 seconds.
    fn wait_for(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if check(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            sleep(Duration::from_millis(100));
        }
    }

    fn wait_for_text(&self, needle: &str) -> String {
        self.wait_for(needle, |screen| screen.contains(needle))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() % 1_000_000)
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_byline")
}

fn status_line(screen: &str) -> String {
    screen
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_owned()
}

#[test]
fn sample_opens_focus_cycles_quotes_jump_help_shows_and_the_shell_survives() {
    let Some(tmux) = Tmux::start(110, 32) else {
        return;
    };
    tmux.type_line(binary());
    // The status line is the last row written: once it shows, the whole first frame is there.
    let screen = tmux.wait_for("the first frame", |s| {
        s.contains("Quotes (") && status_line(s).contains("quit")
    });
    assert!(
        screen.contains("Port Halden Dockworkers Walk Out"),
        "{screen}"
    );
    assert!(screen.contains("Entities ("), "{screen}");
    assert!(status_line(&screen).contains("Text"), "{screen}");

    tmux.send_keys(&["Tab"]);
    tmux.wait_for("focus on Quotes", |s| status_line(s).contains("Quotes"));
    tmux.send_keys(&["Tab"]);
    tmux.wait_for("focus on Entities", |s| status_line(s).contains("Entities"));
    tmux.send_keys(&["BTab"]);
    tmux.wait_for("focus back on Quotes", |s| {
        status_line(s).contains("Quotes")
    });

    // Jump through quotes until the text has scrolled.
    for _ in 0..8 {
        tmux.send_keys(&["]"]);
    }
    tmux.wait_for("the text to scroll", |s| !status_line(s).contains(" 0%"));

    tmux.send_keys(&["?"]);
    let help = tmux.wait_for_text("next quote");
    assert!(help.contains("Help"), "{help}");
    tmux.send_keys(&["Escape"]);
    tmux.wait_for("help to close", |s| !s.contains("next quote"));

    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
    // The shell is usable: typed text echoes and runs, so raw mode and the alternate screen are gone.
    tmux.type_line("echo shell-ok-$((40+2))");
    tmux.wait_for_text("shell-ok-42");
}

#[test]
fn search_from_the_keyboard_finds_and_counts_matches() {
    let Some(tmux) = Tmux::start(100, 30) else {
        return;
    };
    tmux.type_line(binary());
    tmux.wait_for_text("Quotes (");
    tmux.send_keys(&["/"]);
    tmux.send_keys(&["-l", "cranes"]);
    tmux.wait_for_text("/cranes");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("Match 1 of");
    tmux.send_keys(&["n"]);
    tmux.wait_for_text("Match 2 of");
    tmux.send_keys(&["C-c"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
    tmux.type_line("echo after-ctrl-c");
    tmux.wait_for_text("after-ctrl-c");
}

#[test]
fn a_panic_inside_the_reader_restores_the_terminal_and_prints_one_line() {
    let Some(tmux) = Tmux::start(100, 24) else {
        return;
    };
    // Debug builds (which tests use) panic on the key named by BYLINE_TEST_PANIC_ON.
    tmux.type_line(&format!(
        "BYLINE_TEST_PANIC_ON=X {}; echo exit=$?",
        binary()
    ));
    tmux.wait_for_text("Quotes (");
    tmux.send_keys(&["X"]);
    // The typed command holds "exit=" too: wait for the line the shell prints.
    let screen = tmux.wait_for("the exit status", |s| {
        s.lines().any(|line| line.trim_start().starts_with("exit="))
    });
    assert!(
        screen.contains("byline: internal error: test panic requested"),
        "{screen}"
    );
    assert!(
        !screen.contains("Quotes ("),
        "alternate screen not left:\n{screen}"
    );
    assert!(!screen.contains("stack backtrace"), "{screen}");
    assert!(!screen.contains("exit=0"), "{screen}");
    tmux.type_line("echo shell-ok-after-panic");
    tmux.wait_for_text("shell-ok-after-panic");
}

#[test]
fn an_error_before_the_reader_starts_leaves_a_clean_one_line_message() {
    let Some(tmux) = Tmux::start(100, 20) else {
        return;
    };
    tmux.type_line(&format!("{} /no/such/file.txt; echo exit=$?", binary()));
    let screen = tmux.wait_for_text("exit=1");
    assert!(
        screen.contains("byline: /no/such/file.txt: no such file or directory"),
        "{screen}"
    );
}

#[test]
fn a_folder_opens_every_article_and_they_can_be_switched() {
    let Some(tmux) = Tmux::start(110, 30) else {
        return;
    };
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    tmux.type_line(&format!("{} {}", binary(), samples.display()));
    tmux.wait_for("the first article", |s| status_line(s).contains("1/4"));
    tmux.send_keys(&[">"]);
    tmux.wait_for("the second article", |s| status_line(s).contains("2/4"));
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
}

#[test]
fn a_tiny_terminal_gets_a_message_and_recovers_on_resize() {
    let Some(tmux) = Tmux::start(30, 8) else {
        return;
    };
    tmux.type_line(binary());
    tmux.wait_for_text("too small");
    let status = Command::new("tmux")
        .args(["resize-window", "-t", &tmux.name, "-x", "100", "-y", "30"])
        .status()
        .unwrap();
    assert!(status.success());
    tmux.wait_for_text("Quotes (");
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
}

#[test]
fn the_speaker_picker_and_same_speaker_keys_work_from_the_keyboard() {
    let Some(tmux) = Tmux::start(120, 34) else {
        return;
    };
    tmux.type_line(binary());
    tmux.wait_for_text("Quotes (");
    tmux.send_keys(&["s"]);
    tmux.wait_for_text("Enter filters");
    tmux.send_keys(&["Enter"]);
    let filtered = tmux.wait_for_text("Esc shows all");
    assert!(filtered.contains("Quotes · Ana Ruiz"), "{filtered}");
    tmux.send_keys(&["]"]);
    tmux.send_keys(&["}"]);
    tmux.wait_for_text("Ana Ruiz: quote 2 of");
    tmux.send_keys(&["Escape"]);
    tmux.wait_for("the filter to clear", |s| {
        s.contains("Quotes (") && !s.contains("Quotes · ")
    });
    tmux.send_keys(&["o"]);
    tmux.wait_for_text("Quotes grouped by speaker");
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
}

#[test]
fn a_renamed_entity_is_saved_applied_by_analyze_and_shown_when_opened_again() {
    let Some(tmux) = Tmux::start(120, 34) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/harbour-strike.txt");
    let command = format!(
        "XDG_DATA_HOME={} {} {}",
        data.path().display(),
        binary(),
        sample.display()
    );
    tmux.type_line(&command);
    tmux.wait_for_text("Entities (");
    tmux.send_keys(&["3"]);
    tmux.wait_for("focus on Entities", |s| status_line(s).contains("Entities"));
    tmux.send_keys(&["R"]);
    let prompt = status_line(&tmux.wait_for_text(" to: "));
    let old = prompt
        .split("Rename ")
        .nth(1)
        .and_then(|rest| rest.split(" to: ").next())
        .unwrap_or_else(|| panic!("no rename prompt: {prompt}"))
        .to_owned();
    tmux.send_keys(&["C-u"]);
    tmux.send_keys(&["-l", "Renamed Person"]);
    tmux.wait_for_text("to: Renamed Person");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text(&format!("Renamed {old} to Renamed Person"));
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));

    let output = Command::new(binary())
        .args(["analyze", "--json"])
        .arg(&sample)
        .env("XDG_DATA_HOME", data.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let report: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let names: Vec<&str> = report["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert!(names.contains(&"Renamed Person"), "{names:?}");
    assert!(!names.contains(&old.as_str()), "{names:?}");

    tmux.type_line(&command);
    let screen = tmux.wait_for_text("Renamed Person (");
    assert!(screen.contains("Entities ("), "{screen}");
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
}

#[test]
fn a_note_written_in_the_reader_is_there_when_opened_again_and_in_both_exports() {
    let Some(tmux) = Tmux::start(120, 34) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let article = data.path().join("story.txt");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/harbour-strike.txt"),
        &article,
    )
    .unwrap();
    let command = format!(
        "cd {} && XDG_DATA_HOME={} {} story.txt",
        data.path().display(),
        data.path().display(),
        binary()
    );
    tmux.type_line(&command);
    tmux.wait_for_text("Annotations (0)");
    // The second sentence, four words of it, a note with a tag.
    tmux.send_keys(&[")", "v", "w", "w", "w"]);
    tmux.wait_for_text("Selecting");
    tmux.send_keys(&["a"]);
    tmux.wait_for_text("Note on");
    tmux.send_keys(&["-l", "Ask the harbor authority"]);
    tmux.send_keys(&["Tab"]);
    tmux.send_keys(&["-l", "follow-up"]);
    tmux.wait_for_text("follow-up");
    tmux.send_keys(&["C-s"]);
    tmux.wait_for_text("Note saved");
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));

    tmux.type_line(&command);
    tmux.wait_for_text("Annotations (1)");
    let screen = tmux.wait_for_text("Ask the harbor authority");
    assert!(screen.contains("● Ask the harbor authority"), "{screen}");
    // From the reader: x, accept the suggested name beside the article.
    tmux.send_keys(&["x"]);
    tmux.wait_for_text("story.notes.md");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for_text("Exported 1 annotation");
    tmux.send_keys(&["q"]);
    tmux.wait_for("the reader to exit", |s| !s.contains("Quotes ("));
    let from_reader = std::fs::read_to_string(data.path().join("story.notes.md")).unwrap();
    assert!(
        from_reader.contains("Ask the harbor authority"),
        "{from_reader}"
    );

    let output = Command::new(binary())
        .args(["export"])
        .arg(&article)
        .args(["--format", "markdown"])
        .env("XDG_DATA_HOME", data.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(markdown.contains("Ask the harbor authority"), "{markdown}");
    assert!(markdown.contains("follow-up"), "{markdown}");
    assert!(markdown.contains("> “We are not going"), "{markdown}");
}
