//! The note editor popup's state: a multi-line note and a tags line (ratatui-textarea
//! widgets), a colour, which field has focus, and whether it is asking before discarding.

use std::ops::Range;

use byline::annotations::Colour;
use byline::view::annotation_list::parse_tags;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::{TextArea, WrapMode};

/// The parts of the editor Tab moves between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    /// The note text (several lines).
    Note,
    /// Comma-separated tags.
    Tags,
    /// The highlight colour (Left/Right or Space choose).
    Colour,
}

/// What the editor saves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    /// A new annotation on this byte range of the article text.
    New(Range<usize>),
    /// The existing annotation with this id.
    Existing(String),
}

/// The open note editor.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    /// What is being annotated.
    pub target: EditTarget,
    /// The passage, for the title.
    pub passage: String,
    /// The note.
    pub note: TextArea<'static>,
    /// The tags line.
    pub tags: TextArea<'static>,
    /// The chosen colour.
    pub colour: Colour,
    /// The focused field.
    pub field: EditorField,
    /// True while asking "discard this note?".
    pub confirm_discard: bool,
    /// The note and tags as they were when the editor opened, to tell whether anything
    /// would be lost.
    original: (String, String, Colour),
}

impl NoteEditor {
    /// An editor for `target` over `passage`, starting from `note`, `tags` and `colour`.
    pub fn new(
        target: EditTarget,
        passage: &str,
        note: &str,
        tags: &[String],
        colour: Colour,
    ) -> NoteEditor {
        let mut note_area = TextArea::new(note.lines().map(str::to_owned).collect());
        note_area.set_wrap_mode(WrapMode::WordOrGlyph);
        note_area.set_placeholder_text("Write a note (Enter starts a new line)");
        note_area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        note_area.move_cursor(ratatui_textarea::CursorMove::End);
        let tags_line = tags.join(", ");
        let mut tags_area = TextArea::new(vec![tags_line.clone()]);
        tags_area.set_placeholder_text("e.g. claim, check-later");
        tags_area.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor {
            target,
            passage: passage.to_owned(),
            note: note_area,
            tags: tags_area,
            colour,
            field: EditorField::Note,
            confirm_discard: false,
            original: (note.to_owned(), tags_line, colour),
        }
    }

    /// The note as typed, without trailing blank lines.
    pub fn note_text(&self) -> String {
        self.note.lines().join("\n").trim_end().to_owned()
    }

    /// The tags as typed, parsed.
    pub fn tag_list(&self) -> Vec<String> {
        parse_tags(&self.tags.lines().join(","))
    }

    /// True when closing now would lose something typed.
    pub fn has_unsaved_text(&self) -> bool {
        let (note, tags, colour) = &self.original;
        let changed = self.note_text() != note.trim_end()
            || self.tags.lines().join(",") != *tags
            || self.colour != *colour;
        changed && !(self.note_text().is_empty() && self.tag_list().is_empty())
    }

    /// Moves focus to the next (or previous) field.
    pub fn cycle_field(&mut self, forward: bool) {
        let order = [EditorField::Note, EditorField::Tags, EditorField::Colour];
        let i = order.iter().position(|f| *f == self.field).unwrap_or(0);
        let next = if forward { i + 1 } else { i + order.len() - 1 };
        self.field = order[next % order.len()];
    }

    /// Sends a key to the focused field. Enter in the tags line moves on instead of
    /// breaking it; on the colour field Left/Right/Space choose the colour.
    pub fn key(&mut self, key: KeyEvent) {
        match self.field {
            EditorField::Note => {
                self.note.input(key);
            }
            EditorField::Tags => {
                if key.code == KeyCode::Enter {
                    self.cycle_field(true);
                } else {
                    self.tags.input(key);
                }
            }
            EditorField::Colour => match key.code {
                KeyCode::Right | KeyCode::Char(' ' | 'l') | KeyCode::Down => {
                    self.colour = self.colour.next();
                }
                KeyCode::Left | KeyCode::Char('h') | KeyCode::Up => {
                    self.colour = self.colour.previous();
                }
                KeyCode::Enter => self.cycle_field(true),
                _ => {}
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn press(editor: &mut NoteEditor, code: KeyCode) {
        editor.key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn type_str(editor: &mut NoteEditor, text: &str) {
        for c in text.chars() {
            press(editor, KeyCode::Char(c));
        }
    }

    #[test]
    fn typing_fills_the_focused_field_and_tab_moves_on() {
        let mut editor = NoteEditor::new(EditTarget::New(0..4), "text", "", &[], Colour::Yellow);
        assert!(!editor.has_unsaved_text());
        type_str(&mut editor, "First line");
        press(&mut editor, KeyCode::Enter);
        type_str(&mut editor, "second");
        editor.cycle_field(true);
        type_str(&mut editor, "a, b,a");
        press(&mut editor, KeyCode::Enter);
        assert_eq!(editor.field, EditorField::Colour);
        press(&mut editor, KeyCode::Right);
        press(&mut editor, KeyCode::Right);
        press(&mut editor, KeyCode::Left);
        assert_eq!(editor.note_text(), "First line\nsecond");
        assert_eq!(editor.tag_list(), ["a", "b"]);
        assert_eq!(editor.colour, Colour::Green);
        assert!(editor.has_unsaved_text());
    }

    #[test]
    fn an_unchanged_existing_note_has_nothing_to_lose() {
        let tags = vec!["x".to_owned()];
        let mut editor = NoteEditor::new(
            EditTarget::Existing("a-1".into()),
            "p",
            "Old note",
            &tags,
            Colour::Blue,
        );
        assert!(!editor.has_unsaved_text());
        assert_eq!(editor.note_text(), "Old note");
        type_str(&mut editor, "!");
        assert!(editor.has_unsaved_text());
        assert_eq!(
            editor.note_text(),
            "Old note!",
            "the cursor starts at the end"
        );
    }
}
