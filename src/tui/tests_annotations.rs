//! The reader's annotating, through `App::update`, the run loop's effects and ratatui's
//! TestBackend: the reading cursor, selections, the note editor, highlights in the text, the
//! Annotations pane (jump, tag filter, delete, undo), export, saving and re-anchoring.

use std::path::Path;

use byline::annotations::Colour;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::action::Action;
use super::app::{App, Document};
use super::keymap::Keymap;
use super::layout::ScreenLayout;
use super::panes::Pane;
use super::test_support::*;

const STORY: [&str; 3] = [
    "The port closed on Monday. “The cranes are old,” said Ana Ruiz. Talks went on.",
    "Tom Keller disagreed. “They are inspected often,” he said.",
    "Nobody expected a quick end.",
];

fn story_app() -> App {
    app_for(vec![article("Story", &STORY)], 100, 36)
}

fn type_note(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        step_and_perform(
            app,
            &[Action::EditorKey(KeyEvent::new(code, KeyModifiers::NONE))],
        );
    }
}

/// The text of the passage of the article's only (or first) annotation.
fn passages(app: &App) -> Vec<String> {
    app.doc()
        .annotations
        .iter()
        .map(|a| a.quote.exact.clone())
        .collect()
}

fn sidecar_app(sidecar: &Path, paragraphs: &[&str]) -> (App, Vec<String>) {
    let (doc, notices) = Document::open(article("Story", paragraphs), Some(sidecar));
    let mut app = App::new(vec![doc], Keymap::defaults());
    app.update(Action::Resize {
        width: 100,
        height: 36,
    });
    (app, notices)
}

#[test]
fn word_sentence_and_paragraph_moves_carry_the_cursor() {
    let mut app = story_app();
    let text = app.doc().article.text().to_owned();
    step(&mut app, &[Action::NextWord, Action::NextWord]);
    assert!(text[app.text.cursor..].starts_with("closed"));
    step(&mut app, &[Action::NextSentence]);
    assert!(text[app.text.cursor..].starts_with("“The cranes"));
    step(&mut app, &[Action::NextParagraph]);
    assert!(text[app.text.cursor..].starts_with("Tom Keller"));
    step(&mut app, &[Action::PrevWord]);
    assert!(text[app.text.cursor..].starts_with("on."));
    step(&mut app, &[Action::PrevSentence, Action::PrevParagraph]);
    assert_eq!(app.text.cursor, 0);
}

#[test]
fn v_and_moves_select_whole_words_and_h_highlights_them() {
    let mut app = story_app();
    step_and_perform(
        &mut app,
        &[
            Action::NextWord,
            Action::Select,
            Action::NextWord,
            Action::NextWord,
            Action::Highlight,
        ],
    );
    assert_eq!(passages(&app), ["port closed on"]);
    assert_eq!(app.text.anchor, None, "the selection ends once highlighted");
    assert!(app.message.as_deref().unwrap().starts_with("Highlighted"));
    let buffer = draw(&app);
    let (x, y) = find(&buffer, "port closed").unwrap();
    assert!(
        matches!(buffer[(x + 5, y)].bg, Color::Rgb(..)),
        "the highlight is tinted"
    );
    let (x, y) = find(&buffer, "Monday").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Reset, "only the passage is");
}

#[test]
fn a_writes_a_note_on_the_current_sentence_and_the_cursor_on_it_shows_the_note() {
    let mut app = story_app();
    step_and_perform(&mut app, &[Action::NextSentence, Action::Annotate]);
    let editor = app.editor.as_ref().expect("the note editor opens");
    assert_eq!(editor.passage, "“The cranes are old,” said Ana Ruiz.");
    assert!(screen_contains(&app, "Note on"));
    type_note(&mut app, "Check the\ninspection log");
    step_and_perform(&mut app, &[Action::EditorNextField]);
    type_note(&mut app, "safety, ports");
    step_and_perform(&mut app, &[Action::EditorNextField]);
    step_and_perform(
        &mut app,
        &[Action::EditorKey(KeyEvent::new(
            KeyCode::Right,
            KeyModifiers::NONE,
        ))],
    );
    step_and_perform(&mut app, &[Action::EditorSave]);
    assert!(app.editor.is_none());
    let annotation = &app.doc().annotations[0];
    assert_eq!(annotation.note, "Check the\ninspection log");
    assert_eq!(annotation.tags, ["safety", "ports"]);
    assert_eq!(annotation.colour, Colour::Green);
    step(&mut app, &[Action::NextWord]);
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(
        status.contains("✎ Check the  #safety #ports"),
        "the note shows in the status line: {status}"
    );
}

#[test]
fn esc_asks_before_discarding_a_note_and_keeps_it_on_n() {
    let mut app = story_app();
    step(&mut app, &[Action::Annotate]);
    step(&mut app, &[Action::EditorCancel]);
    assert!(app.editor.is_none(), "an empty note closes at once");
    step(&mut app, &[Action::Annotate]);
    type_note(&mut app, "draft");
    step(&mut app, &[Action::EditorCancel]);
    assert!(app.editor.as_ref().unwrap().confirm_discard);
    assert!(screen_contains(&app, "Discard this note?"));
    step(&mut app, &[Action::EditorKeepEditing]);
    type_note(&mut app, " more");
    assert_eq!(app.editor.as_ref().unwrap().note_text(), "draft more");
    step(&mut app, &[Action::EditorCancel, Action::EditorDiscard]);
    assert!(app.editor.is_none());
    assert!(app.doc().annotations.is_empty());
}

#[test]
fn the_annotations_pane_lists_in_text_order_jumps_deletes_and_undoes() {
    let mut app = story_app();
    // Highlight the last sentence first, then the first one.
    step_and_perform(
        &mut app,
        &[
            Action::Bottom,
            Action::Highlight,
            Action::Top,
            Action::Highlight,
        ],
    );
    step(&mut app, &[Action::FocusAnnotations]);
    let buffer = draw(&app);
    let pane = ScreenLayout::inner(app.layout.annotations);
    let first = find_in(&buffer, pane, "The port closed").unwrap();
    let last = find_in(&buffer, pane, "Nobody expected").unwrap();
    assert!(first.1 < last.1, "text order, not the order they were made");
    step(&mut app, &[Action::Down, Action::Activate]);
    let text = app.doc().article.text().to_owned();
    assert!(text[app.text.cursor..].starts_with("Nobody"));
    step_and_perform(&mut app, &[Action::DeleteAnnotation]);
    assert_eq!(passages(&app), ["The port closed on Monday."]);
    step_and_perform(&mut app, &[Action::UndoAnnotation]);
    assert_eq!(app.doc().annotations.len(), 2, "u brings it back");
    step_and_perform(&mut app, &[Action::UndoAnnotation, Action::UndoAnnotation]);
    assert!(
        app.doc().annotations.is_empty(),
        "and undoes the highlights"
    );
}

#[test]
fn a_in_the_annotations_pane_edits_and_u_restores_the_old_note() {
    let mut app = story_app();
    step_and_perform(&mut app, &[Action::Annotate]);
    type_note(&mut app, "first");
    step_and_perform(&mut app, &[Action::EditorSave, Action::FocusAnnotations]);
    step_and_perform(&mut app, &[Action::Annotate]);
    assert_eq!(app.editor.as_ref().unwrap().note_text(), "first");
    type_note(&mut app, " and second");
    step_and_perform(&mut app, &[Action::EditorSave]);
    assert_eq!(app.doc().annotations[0].note, "first and second");
    step_and_perform(&mut app, &[Action::UndoAnnotation]);
    assert_eq!(app.doc().annotations[0].note, "first");
}

#[test]
fn tags_filter_the_pane() {
    let mut app = story_app();
    step_and_perform(&mut app, &[Action::Annotate]);
    step_and_perform(&mut app, &[Action::EditorNextField]);
    type_note(&mut app, "claim");
    step_and_perform(
        &mut app,
        &[Action::EditorSave, Action::Bottom, Action::Highlight],
    );
    step(&mut app, &[Action::FocusAnnotations]);
    assert_eq!(app.annotation_rows.len(), 2);
    step(&mut app, &[Action::PickTag]);
    assert!(screen_contains(&app, "#claim (1)"));
    step(&mut app, &[Action::Down, Action::Activate]);
    assert_eq!(app.tag_filter.as_deref(), Some("claim"));
    assert_eq!(app.annotation_rows.len(), 1);
    assert!(screen_contains(&app, "Annotations · #claim (1)"));
    step(&mut app, &[Action::Clear]);
    assert_eq!(app.annotation_rows.len(), 2);
}

#[test]
fn a_quote_selected_in_the_quotes_pane_is_annotated_whole() {
    let mut app = story_app();
    step(&mut app, &[Action::FocusQuotes, Action::Down]);
    step_and_perform(&mut app, &[Action::Highlight]);
    assert_eq!(passages(&app), ["“They are inspected often,”"]);
    step(&mut app, &[Action::Annotate]);
    assert!(
        matches!(
            app.editor.as_ref().unwrap().target,
            super::note_editor::EditTarget::Existing(_)
        ),
        "a on an annotated quote edits its note"
    );
}

#[test]
fn dragging_the_mouse_selects_text() {
    let mut app = story_app();
    let buffer = draw(&app);
    let (x0, y) = find(&buffer, "cranes are").unwrap();
    let (x1, _) = find(&buffer, "old,").unwrap();
    step(
        &mut app,
        &[
            Action::ClickAt { column: x0, row: y },
            Action::DragAt { column: x1, row: y },
        ],
    );
    let range = app.selection().unwrap();
    assert_eq!(&app.doc().article.text()[range], "cranes are old,”");
    assert_eq!(app.focus, Pane::Text);
}

#[test]
fn notes_are_saved_in_the_file_and_found_again_after_the_article_changed() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("notes.json");
    let (mut app, _) = sidecar_app(&sidecar, &STORY);
    step_and_perform(&mut app, &[Action::NextParagraph, Action::Annotate]);
    type_note(&mut app, "Keller's view");
    step_and_perform(&mut app, &[Action::EditorSave]);
    assert!(
        std::fs::read_to_string(&sidecar)
            .unwrap()
            .contains("Keller's view")
    );

    let (app, notices) = sidecar_app(&sidecar, &STORY);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(passages(&app), ["Tom Keller disagreed."]);

    let edited = [
        "A new first paragraph pushes everything down.",
        STORY[0],
        STORY[1],
        STORY[2],
    ];
    let (app, notices) = sidecar_app(&sidecar, &edited);
    assert!(notices[0].contains("1 re-anchored"), "{notices:?}");
    let range = app.doc().annotation_ranges[0].clone().unwrap();
    assert_eq!(&app.doc().article.text()[range], "Tom Keller disagreed.");

    let (app, notices) = sidecar_app(&sidecar, &["Something else entirely."]);
    assert!(notices[0].contains("1 not found"), "{notices:?}");
    assert!(app.doc().annotations[0].orphan, "kept as an orphan");
    assert!(screen_contains(&app, "(orphan) Keller's view"));
}

#[test]
fn x_exports_to_the_file_named_in_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = story_app();
    step_and_perform(&mut app, &[Action::Annotate]);
    type_note(&mut app, "Exported note");
    step_and_perform(&mut app, &[Action::EditorSave, Action::Export]);
    assert!(screen_contains(&app, "Export annotations to:"));
    step(&mut app, &[Action::PromptClear]);
    let target = dir.path().join("out.md");
    type_text(&mut app, target.to_str().unwrap());
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("Exported note"), "{written}");
    assert!(written.contains("## Who said what"));
    assert!(app.message.as_deref().unwrap().contains("Markdown"));
}

#[test]
fn a_second_reader_on_the_same_article_picks_up_the_first_ones_notes() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("notes.json");
    let (mut first, _) = sidecar_app(&sidecar, &STORY);
    let (mut second, _) = sidecar_app(&sidecar, &STORY);
    assert!(
        !super::effects::refresh_from_disk(&mut second),
        "nothing to redraw before"
    );
    step_and_perform(&mut first, &[Action::Highlight]);
    assert!(super::effects::refresh_from_disk(&mut second));
    assert_eq!(passages(&second), ["The port closed on Monday."]);
    assert_eq!(second.annotation_rows.len(), 1);
    assert!(
        second
            .message
            .as_deref()
            .unwrap()
            .contains("another byline")
    );
    // And the second's own note keeps the first's.
    step_and_perform(&mut second, &[Action::Bottom, Action::Highlight]);
    assert_eq!(second.doc().annotations.len(), 2);
    super::effects::refresh_from_disk(&mut first);
    assert_eq!(first.doc().annotations.len(), 2);
}

#[test]
fn escape_sequences_in_a_hand_edited_file_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("notes.json");
    let (mut app, _) = sidecar_app(&sidecar, &STORY);
    step_and_perform(&mut app, &[Action::Highlight]);
    let saved = std::fs::read_to_string(&sidecar).unwrap();
    let hostile = saved
        .replacen(
            "\"note\": \"\"",
            "\"note\": \"evil\\u001b]0;pwned\\u0007 note\"",
            1,
        )
        .replacen("\"tags\": []", "\"tags\": [\"t\\u001b[31m\"]", 1);
    assert_ne!(hostile, saved, "the file has the fields the test edits");
    std::fs::write(&sidecar, hostile).unwrap();
    let (app, _) = sidecar_app(&sidecar, &STORY);
    let annotation = &app.doc().annotations[0];
    assert_eq!(annotation.note, "evil note");
    assert_eq!(annotation.tags, ["t"]);
    let screen = screen(&draw(&app));
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
}
