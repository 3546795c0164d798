//! Annotating from the reader: the reading cursor's word, sentence and paragraph moves, the
//! selection (`v` or a mouse drag), `a` (note editor) and `h` (highlight), the Annotations
//! pane (tag filter, jump, `d` delete, `u` undo) and `x` export. Nothing is written here:
//! each change becomes an [`Effect`] that the run loop performs.

use std::ops::Range;

use byline::annotations::anchor::selectors;
use byline::annotations::export::default_export_path;
use byline::annotations::model::{new_id, now};
use byline::annotations::{Annotation, Colour};
use byline::view::annotation_list::{self, AnnotationRow};
use byline::view::motion;

use super::action::Action;
use super::app::App;
use super::effects::Effect;
use super::entity_edits::Prompt;
use super::note_editor::{EditTarget, NoteEditor};
use super::panes::{ListView, Pane, PickerStep, picker_step};

/// How to put an annotation change back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoStep {
    /// Put this annotation back as it was (after a delete or an edit).
    Restore(Annotation),
    /// Remove the annotation with this id (after it was made).
    Remove(String),
}

impl App {
    /// Moves the reading cursor by word, sentence or paragraph and scrolls to follow it.
    pub fn move_cursor(&mut self, action: Action) {
        let doc = &self.docs[self.current];
        let text = doc.article.text();
        let at = self.text.cursor;
        let target = match action {
            Action::NextWord => Some(motion::next_word(text, at)),
            Action::PrevWord => Some(motion::previous_word(text, at)),
            Action::NextSentence => motion::next_sentence(&doc.sentences, at),
            Action::PrevSentence => motion::previous_sentence(&doc.sentences, at),
            Action::NextParagraph => motion::next_paragraph(&doc.article, at),
            Action::PrevParagraph => motion::previous_paragraph(&doc.article, at),
            _ => None,
        };
        self.focus = Pane::Text;
        match target {
            Some(offset) if offset < text.len() || text.is_empty() => {
                self.text.cursor = offset;
                self.text.follow_cursor();
            }
            _ => self.message = Some("No further".to_owned()),
        }
    }

    /// `v`: starts a selection at the cursor, or drops the one being made.
    pub fn toggle_selection(&mut self) {
        self.focus = Pane::Text;
        if self.text.anchor.take().is_some() {
            self.message = Some("Selection dropped".to_owned());
        } else {
            self.text.anchor = Some(self.text.cursor);
            self.message = Some(
                "Selecting: move to extend, a to write a note, h to highlight, Esc to stop"
                    .to_owned(),
            );
        }
    }

    /// The selected passage: whole words from the anchor to the cursor.
    pub fn selection(&self) -> Option<Range<usize>> {
        let anchor = self.text.anchor?;
        let range = motion::selection(self.doc().article.text(), anchor, self.text.cursor);
        (!range.is_empty()).then_some(range)
    }

    /// The annotation under the reading cursor, if any.
    pub fn annotation_under_cursor(&self) -> Option<&Annotation> {
        let doc = self.doc();
        let index = annotation_list::at_offset(&doc.annotation_ranges, self.text.cursor)?;
        doc.annotations.get(index)
    }

    /// The annotation selected in the Annotations pane.
    pub fn selected_annotation(&self) -> Option<&Annotation> {
        let row = self.annotation_rows.get(self.annotations.selected?)?;
        self.doc().annotations.get(row.index)
    }

    /// What `a` or `h` would annotate: an existing annotation to edit, or a new passage.
    fn annotation_target(&mut self) -> Option<EditTarget> {
        let existing = |a: &Annotation| EditTarget::Existing(a.id.clone());
        match self.focus {
            Pane::Annotations => {
                let target = self.selected_annotation().map(existing);
                if target.is_none() {
                    self.message = Some("No annotation selected".to_owned());
                }
                target
            }
            Pane::Quotes => {
                let Some(quote) = self.selected_quote() else {
                    self.message = Some("No quote selected".to_owned());
                    return None;
                };
                let doc = self.doc();
                let range = doc.analysis.quotes[quote].marked_span(doc.article.text());
                let same = doc
                    .annotation_ranges
                    .iter()
                    .position(|r| r.as_ref() == Some(&range));
                Some(match same {
                    Some(index) => existing(&doc.annotations[index]),
                    None => EditTarget::New(range),
                })
            }
            Pane::Entities => {
                self.message =
                    Some("Select a passage in the text (v) or a quote (2) to annotate".to_owned());
                None
            }
            Pane::Text => {
                if let Some(range) = self.selection() {
                    return Some(EditTarget::New(range));
                }
                if let Some(annotation) = self.annotation_under_cursor() {
                    return Some(existing(annotation));
                }
                let doc = self.doc();
                let sentence = motion::sentence_at(&doc.sentences, self.text.cursor)
                    .map(|i| doc.sentences[i].clone());
                if sentence.is_none() {
                    self.message = Some("Nothing to annotate in an empty article".to_owned());
                }
                sentence.map(EditTarget::New)
            }
        }
    }

    /// `a`: opens the note editor on the selection, the current sentence or quote, or the
    /// annotation under the cursor or selected in the Annotations pane.
    pub fn start_note(&mut self) {
        let Some(target) = self.annotation_target() else {
            return;
        };
        let doc = self.doc();
        let editor = match &target {
            EditTarget::New(range) => NoteEditor::new(
                target.clone(),
                &doc.article.text()[range.clone()],
                "",
                &[],
                self.last_colour,
            ),
            EditTarget::Existing(id) => {
                let Some(annotation) = doc.annotation(id) else {
                    return;
                };
                NoteEditor::new(
                    target.clone(),
                    &annotation.quote.exact,
                    &annotation.note,
                    &annotation.tags,
                    annotation.colour,
                )
            }
        };
        self.editor = Some(editor);
    }

    /// `h`: highlights the selection, the current sentence or the selected quote, no note.
    pub fn highlight(&mut self) {
        match self.annotation_target() {
            Some(EditTarget::New(range)) => {
                let annotation =
                    self.new_annotation(range, String::new(), Vec::new(), self.last_colour);
                self.text.anchor = None;
                self.save_annotation(annotation, None, "Highlighted · a adds a note, u undoes");
            }
            Some(EditTarget::Existing(_)) => {
                self.message = Some("Already highlighted: a edits its note".to_owned());
            }
            None => {}
        }
    }

    fn new_annotation(
        &self,
        range: Range<usize>,
        note: String,
        tags: Vec<String>,
        colour: Colour,
    ) -> Annotation {
        let (quote, position) = selectors(self.doc().article.text(), range);
        let time = now();
        Annotation {
            id: new_id("a"),
            quote,
            position,
            note,
            tags,
            colour,
            created: time.clone(),
            modified: time,
            orphan: false,
        }
    }

    /// Asks the run loop to save `annotation` (new, or replacing `previous`), remembering how
    /// to undo it.
    fn save_annotation(
        &mut self,
        annotation: Annotation,
        previous: Option<Annotation>,
        done: &str,
    ) {
        let undo = match previous {
            Some(old) => UndoStep::Restore(old),
            None => UndoStep::Remove(annotation.id.clone()),
        };
        self.annotation_undo.push((self.current, undo));
        self.effects.push(Effect::SaveAnnotation {
            doc: self.current,
            annotation,
            done: done.to_owned(),
        });
    }

    /// Handles an action while the note editor is open; true when it was consumed.
    pub fn update_editor(&mut self, action: Action) -> bool {
        let Some(editor) = &mut self.editor else {
            return false;
        };
        if editor.confirm_discard {
            match action {
                Action::EditorDiscard => {
                    self.editor = None;
                    self.message = Some("Note discarded".to_owned());
                }
                Action::EditorKeepEditing | Action::EditorCancel => editor.confirm_discard = false,
                Action::Resize { .. } => return false,
                _ => {}
            }
            return true;
        }
        match action {
            Action::EditorKey(key) => editor.key(key),
            Action::EditorNextField => editor.cycle_field(true),
            Action::EditorPrevField => editor.cycle_field(false),
            Action::EditorCancel => {
                if editor.has_unsaved_text() {
                    editor.confirm_discard = true;
                } else {
                    self.editor = None;
                    self.message = Some("Cancelled".to_owned());
                }
            }
            Action::EditorSave => self.save_editor(),
            Action::Resize { .. } => return false,
            _ => {}
        }
        true
    }

    fn save_editor(&mut self) {
        let Some(editor) = self.editor.take() else {
            return;
        };
        let (note, tags, colour) = (editor.note_text(), editor.tag_list(), editor.colour);
        self.last_colour = colour;
        match editor.target {
            EditTarget::New(range) => {
                let annotation = self.new_annotation(range, note, tags, colour);
                self.text.anchor = None;
                self.save_annotation(annotation, None, "Note saved · u undoes");
            }
            EditTarget::Existing(id) => {
                let Some(old) = self.doc().annotation(&id).cloned() else {
                    self.message = Some("That annotation is gone; not saved".to_owned());
                    return;
                };
                if old.note == note && old.tags == tags && old.colour == colour {
                    self.message = Some("No change".to_owned());
                    return;
                }
                let annotation = Annotation {
                    note,
                    tags,
                    colour,
                    modified: now(),
                    ..old.clone()
                };
                self.save_annotation(annotation, Some(old), "Note updated · u undoes");
            }
        }
    }

    /// `d`: deletes the annotation selected in the Annotations pane, or under the cursor.
    pub fn delete_annotation(&mut self) {
        let target = match self.focus {
            Pane::Annotations => self.selected_annotation().cloned(),
            Pane::Text => self.annotation_under_cursor().cloned(),
            _ => None,
        };
        let Some(annotation) = target else {
            self.message = Some(
                "Nothing to delete: select an annotation (4) or put the cursor on a highlight"
                    .to_owned(),
            );
            return;
        };
        self.annotation_undo
            .push((self.current, UndoStep::Restore(annotation.clone())));
        self.effects.push(Effect::DeleteAnnotation {
            doc: self.current,
            id: annotation.id,
            done: "Annotation deleted · u undoes".to_owned(),
        });
    }

    /// `u`: undoes the last annotation change made in this article.
    pub fn undo_annotation(&mut self) {
        let Some(position) = self
            .annotation_undo
            .iter()
            .rposition(|(doc, _)| *doc == self.current)
        else {
            self.message = Some("No annotation changes to undo".to_owned());
            return;
        };
        let (doc, step) = self.annotation_undo.remove(position);
        self.effects.push(match step {
            UndoStep::Restore(annotation) => Effect::SaveAnnotation {
                doc,
                annotation,
                done: "Undone".to_owned(),
            },
            UndoStep::Remove(id) => Effect::DeleteAnnotation {
                doc,
                id,
                done: "Undone".to_owned(),
            },
        });
    }

    /// Rebuilds the Annotations pane's rows, keeping the selection on the same annotation
    /// (by id) when it is still listed.
    pub fn refresh_annotation_rows(&mut self) {
        let keep = self.selected_annotation().map(|a| a.id.clone());
        let doc = &self.docs[self.current];
        self.annotation_rows = annotation_list::rows(
            &doc.annotations,
            &doc.annotation_ranges,
            self.tag_filter.as_deref(),
        );
        let len = self.annotation_rows.len();
        let row = keep
            .and_then(|id| {
                self.annotation_rows
                    .iter()
                    .position(|r| doc.annotations[r.index].id == id)
            })
            .or(self.annotations.selected)
            .unwrap_or(0);
        let height = self.list_height(Pane::Annotations);
        if len == 0 {
            self.annotations = ListView::default();
        } else {
            self.annotations.select(row, len, height);
        }
    }

    /// Moves the Annotations pane's selection.
    pub fn move_annotation_selection(&mut self, delta: isize) {
        let len = self.annotation_rows.len();
        let height = self.list_height(Pane::Annotations);
        self.annotations.move_by(delta, len, height);
    }

    /// Enter in the Annotations pane: shows the annotation's passage in the text.
    pub fn activate_annotation_row(&mut self) {
        let Some(row) = self
            .annotations
            .selected
            .and_then(|s| self.annotation_rows.get(s))
            .cloned()
        else {
            return;
        };
        match row {
            AnnotationRow {
                range: Some(range), ..
            } => {
                self.text.reveal(range.start);
                let note = &self.doc().annotations[row.index].note;
                self.message = Some(if note.is_empty() {
                    "Highlight (no note): a writes one".to_owned()
                } else {
                    format!("✎ {}", note.lines().next().unwrap_or_default())
                });
            }
            AnnotationRow { range: None, .. } => {
                self.message = Some(
                    "This passage is no longer in the article (an orphan); d deletes it".to_owned(),
                );
            }
        }
    }

    /// `t`: choose a tag to filter the Annotations pane to.
    pub fn open_tag_picker(&mut self) {
        let tags = annotation_list::tags(&self.doc().annotations);
        if tags.is_empty() {
            self.message = Some("No tags yet: add some in the note editor (a)".to_owned());
            return;
        }
        let mut list = ListView::default();
        let entries: Vec<super::app::TagChoice> =
            std::iter::once((None, self.doc().annotations.len()))
                .chain(tags.into_iter().map(|(t, n)| (Some(t), n)))
                .collect();
        let current = entries
            .iter()
            .position(|(t, _)| *t == self.tag_filter)
            .unwrap_or(0);
        list.select(current, entries.len(), self.picker_height());
        self.tag_picker = Some((entries, list));
    }

    /// Handles an action while the tag picker is open; true when it was consumed.
    pub fn update_tag_picker(&mut self, action: Action) -> bool {
        let height = self.picker_height();
        let Some((entries, list)) = &mut self.tag_picker else {
            return false;
        };
        match picker_step(list, entries, action, height, Action::PickTag) {
            PickerStep::Stay => {}
            PickerStep::Pass => return false,
            PickerStep::Closed => self.tag_picker = None,
            PickerStep::Chosen(chosen) => {
                self.tag_picker = None;
                if let Some((tag, _)) = chosen {
                    self.tag_filter = tag;
                    self.annotations = ListView::default();
                    self.refresh_annotation_rows();
                    self.focus = Pane::Annotations;
                }
            }
        }
        true
    }

    /// `x`: asks where to export the annotations, suggesting a file beside the article.
    pub fn start_export(&mut self) {
        let path = default_export_path(&self.doc().article);
        self.prompt = Some(Prompt::Export {
            text: path.display().to_string(),
        });
    }

    /// The note shown in the status line when the cursor is on a highlight.
    pub fn note_under_cursor(&self) -> Option<String> {
        if self.focus != Pane::Text {
            return None;
        }
        let annotation = self.annotation_under_cursor()?;
        let note = annotation.note.lines().next().unwrap_or_default();
        let tags: Vec<String> = annotation.tags.iter().map(|t| format!("#{t}")).collect();
        Some(match (note.is_empty(), tags.is_empty()) {
            (true, true) => "✎ (highlight, no note: a writes one)".to_owned(),
            (true, false) => format!("✎ {}", tags.join(" ")),
            (false, true) => format!("✎ {note}"),
            (false, false) => format!("✎ {note}  {}", tags.join(" ")),
        })
    }

    /// The text offset under a screen position in the text pane, if there is text there.
    pub fn text_offset_at(&self, column: u16, row: u16) -> Option<usize> {
        let body = self.layout.text_body();
        if row < body.y || column < body.x || row >= body.bottom() {
            return None;
        }
        let line = self.text.scroll + (row - body.y) as usize;
        let reflow = self.text.reflow.as_ref()?;
        let text = self.doc().article.text();
        reflow
            .offset_at(text, line, (column - body.x) as usize)
            .or_else(|| {
                // Past the end of a line: its last character.
                let range = reflow.lines().get(line)?.range.clone();
                text[range.clone()]
                    .char_indices()
                    .last()
                    .map(|(i, _)| range.start + i)
            })
    }

    /// A mouse drag in the text: selects from where the button went down to the pointer.
    pub fn drag(&mut self, column: u16, row: u16) {
        let body = self.layout.text_body();
        if row < body.y && self.text.scroll > 0 {
            self.text.scroll_by(-1);
        } else if row >= body.bottom() {
            self.text.scroll_by(1);
        }
        let row = row.clamp(body.y, body.bottom().saturating_sub(1));
        let Some(offset) = self.text_offset_at(column.max(body.x), row) else {
            return;
        };
        if self.text.anchor.is_none() {
            self.text.anchor = Some(self.drag_origin.unwrap_or(self.text.cursor));
        }
        self.focus = Pane::Text;
        self.text.cursor = offset;
    }
}
