//! Every user intent in the reader, as one enum. Keys and mouse events map to these;
//! `App::update` is the only place they change state.

use serde::Deserialize;

/// One thing the reader can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave byline.
    Quit,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Focus the text pane.
    FocusText,
    /// Focus the quotes pane.
    FocusQuotes,
    /// Focus the entities pane.
    FocusEntities,
    /// Focus the annotations pane.
    FocusAnnotations,
    /// Scroll down a line, or select the next item.
    Down,
    /// Scroll up a line, or select the previous item.
    Up,
    /// Scroll or select a page down.
    PageDown,
    /// Scroll or select a page up.
    PageUp,
    /// Scroll or select half a page down.
    HalfPageDown,
    /// Scroll or select half a page up.
    HalfPageUp,
    /// Go to the top.
    Top,
    /// Go to the bottom.
    Bottom,
    /// Show the selected item in the text; on a person, also filter the quotes to theirs.
    Activate,
    /// Jump to the next quote.
    NextQuote,
    /// Jump to the previous quote.
    PrevQuote,
    /// Jump to the next quote by the same speaker as the current quote.
    NextSameSpeaker,
    /// Jump to the previous quote by the same speaker.
    PrevSameSpeaker,
    /// Choose a speaker to filter the quotes pane to.
    PickSpeaker,
    /// Group the quotes pane by speaker, or back to text order.
    ToggleGrouping,
    /// Jump to the next mention of the selected entity.
    NextMention,
    /// Jump to the previous mention of the selected entity.
    PrevMention,
    /// Rename the selected entity (a prompt prefilled with its name).
    RenameEntity,
    /// Change the selected entity's kind: person, organisation, place, other.
    CycleKind,
    /// Merge the selected entity into another one, chosen from a list.
    MergeEntity,
    /// Make one of the selected entity's other names an entity of its own.
    SplitEntity,
    /// Hide the selected entity (after a y/n confirmation).
    HideEntity,
    /// Undo the article's last entity correction.
    UndoCorrection,
    /// Move the reading cursor to the next word.
    NextWord,
    /// Move the reading cursor to the previous word.
    PrevWord,
    /// Move the reading cursor to the next sentence.
    NextSentence,
    /// Move the reading cursor to the previous sentence.
    PrevSentence,
    /// Move the reading cursor to the next paragraph.
    NextParagraph,
    /// Move the reading cursor to the previous paragraph.
    PrevParagraph,
    /// Start (or drop) a selection at the reading cursor.
    Select,
    /// Write a note on the selection, the current sentence, the selected quote, or edit the
    /// annotation under the cursor or selected in the annotations pane.
    Annotate,
    /// Highlight the selection (or the current sentence, or the selected quote) without a note.
    Highlight,
    /// Delete the selected annotation (annotations pane).
    DeleteAnnotation,
    /// Undo the last change to an annotation.
    UndoAnnotation,
    /// Choose a tag to filter the annotations pane to.
    PickTag,
    /// Export the annotations (asks for a file name).
    Export,
    /// Start typing a search.
    Search,
    /// Go to the next search match.
    SearchNext,
    /// Go to the previous search match.
    SearchPrev,
    /// Clear the search, filter or highlight; close the help.
    Clear,
    /// Show or hide the help.
    Help,
    /// Open the next article (when several were given).
    NextArticle,
    /// Open the previous article.
    PrevArticle,
    /// The mouse wheel turned over a pane.
    #[serde(skip)]
    ScrollAt {
        /// Pointer column.
        column: u16,
        /// Pointer row.
        row: u16,
        /// True for scrolling down.
        down: bool,
    },
    /// The mouse moved with the left button held (selecting text).
    #[serde(skip)]
    DragAt {
        /// Pointer column.
        column: u16,
        /// Pointer row.
        row: u16,
    },
    /// A mouse click.
    #[serde(skip)]
    ClickAt {
        /// Pointer column.
        column: u16,
        /// Pointer row.
        row: u16,
    },
    /// The terminal changed size.
    #[serde(skip)]
    Resize {
        /// New width in columns.
        width: u16,
        /// New height in rows.
        height: u16,
    },
    /// A character typed into the search prompt.
    #[serde(skip)]
    SearchType(char),
    /// Backspace in the search prompt.
    #[serde(skip)]
    SearchBackspace,
    /// Enter in the search prompt: keep the query and go to the first match.
    #[serde(skip)]
    SearchConfirm,
    /// Esc in the search prompt: drop the query.
    #[serde(skip)]
    SearchCancel,
    /// A character typed into the status-line prompt (rename).
    #[serde(skip)]
    PromptType(char),
    /// Backspace in the prompt.
    #[serde(skip)]
    PromptBackspace,
    /// Ctrl-u in the prompt: clear it.
    #[serde(skip)]
    PromptClear,
    /// Enter in the prompt, or `y` to a yes/no question.
    #[serde(skip)]
    PromptConfirm,
    /// Esc in the prompt, or `n` to a yes/no question.
    #[serde(skip)]
    PromptCancel,
    /// A key for the note editor's text fields.
    #[serde(skip)]
    EditorKey(crossterm::event::KeyEvent),
    /// Ctrl-S in the note editor: save the annotation.
    #[serde(skip)]
    EditorSave,
    /// Esc in the note editor: close it (asking first when a note would be lost).
    #[serde(skip)]
    EditorCancel,
    /// Tab in the note editor: the next field (note, tags, colour).
    #[serde(skip)]
    EditorNextField,
    /// Shift-Tab in the note editor: the previous field.
    #[serde(skip)]
    EditorPrevField,
    /// `y` to "discard this note?".
    #[serde(skip)]
    EditorDiscard,
    /// `n` or Esc to "discard this note?": back to editing.
    #[serde(skip)]
    EditorKeepEditing,
}

/// The groups the help screen shows actions in.
pub const HELP_GROUPS: &[(&str, &[Action])] = &[
    (
        "Panes",
        &[
            Action::FocusNext,
            Action::FocusPrev,
            Action::FocusText,
            Action::FocusQuotes,
            Action::FocusEntities,
            Action::FocusAnnotations,
        ],
    ),
    (
        "Moving",
        &[
            Action::Down,
            Action::Up,
            Action::PageDown,
            Action::PageUp,
            Action::HalfPageDown,
            Action::HalfPageUp,
            Action::Top,
            Action::Bottom,
            Action::Activate,
        ],
    ),
    (
        "Quotes",
        &[
            Action::NextQuote,
            Action::PrevQuote,
            Action::NextSameSpeaker,
            Action::PrevSameSpeaker,
            Action::PickSpeaker,
            Action::ToggleGrouping,
        ],
    ),
    (
        "Entities",
        &[
            Action::NextMention,
            Action::PrevMention,
            Action::RenameEntity,
            Action::CycleKind,
            Action::MergeEntity,
            Action::SplitEntity,
            Action::HideEntity,
            Action::UndoCorrection,
        ],
    ),
    (
        "Reading and annotating",
        &[
            Action::NextWord,
            Action::PrevWord,
            Action::NextSentence,
            Action::PrevSentence,
            Action::NextParagraph,
            Action::PrevParagraph,
            Action::Select,
            Action::Annotate,
            Action::Highlight,
            Action::DeleteAnnotation,
            Action::UndoAnnotation,
            Action::PickTag,
            Action::Export,
        ],
    ),
    (
        "Search",
        &[
            Action::Search,
            Action::SearchNext,
            Action::SearchPrev,
            Action::Clear,
        ],
    ),
    (
        "Reader",
        &[
            Action::NextArticle,
            Action::PrevArticle,
            Action::Help,
            Action::Quit,
        ],
    ),
];

impl Action {
    /// The one-line description shown in the help screen.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::FocusText => "text pane",
            Action::FocusQuotes => "quotes pane",
            Action::FocusEntities => "entities pane",
            Action::FocusAnnotations => "annotations pane",
            Action::Down => "down a line / next item",
            Action::Up => "up a line / previous item",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::HalfPageDown => "half page down",
            Action::HalfPageUp => "half page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Activate => "show selected item in the text (a person: filter quotes)",
            Action::NextQuote => "next quote",
            Action::PrevQuote => "previous quote",
            Action::NextSameSpeaker => "next quote by the same speaker",
            Action::PrevSameSpeaker => "previous quote by the same speaker",
            Action::PickSpeaker => "filter quotes by speaker",
            Action::ToggleGrouping => "group quotes by speaker / text order",
            Action::NextMention => "next mention of the selected entity",
            Action::PrevMention => "previous mention of the selected entity",
            Action::RenameEntity => "rename the entity (entities pane)",
            Action::CycleKind => "change the entity's kind (entities pane)",
            Action::MergeEntity => "merge the entity into another (entities pane)",
            Action::SplitEntity => "split one of its names off (entities pane)",
            Action::HideEntity => "hide the entity (entities pane)",
            Action::UndoCorrection => "undo the last entity correction",
            Action::NextWord => "cursor to the next word",
            Action::PrevWord => "cursor to the previous word",
            Action::NextSentence => "cursor to the next sentence",
            Action::PrevSentence => "cursor to the previous sentence",
            Action::NextParagraph => "cursor to the next paragraph",
            Action::PrevParagraph => "cursor to the previous paragraph",
            Action::Select => "start / drop a selection at the cursor",
            Action::Annotate => "note on the selection, sentence or quote; edit a note",
            Action::Highlight => "highlight the selection, sentence or quote",
            Action::DeleteAnnotation => "delete the annotation (annotations pane)",
            Action::UndoAnnotation => "undo the last annotation change",
            Action::PickTag => "filter annotations by tag",
            Action::Export => "export annotations to a file",
            Action::Search => "search (case-insensitive)",
            Action::SearchNext => "next match",
            Action::SearchPrev => "previous match",
            Action::Clear => "clear search, filter or highlight; close",
            Action::Help => "this help",
            Action::NextArticle => "next article",
            Action::PrevArticle => "previous article",
            Action::ScrollAt { .. } => "scroll the pane under the pointer",
            Action::ClickAt { .. } => "focus and select under the pointer",
            Action::DragAt { .. } => "select text with the mouse",
            Action::Resize { .. } => "resize",
            Action::SearchType(_) => "type into the search",
            Action::SearchBackspace => "delete from the search",
            Action::SearchConfirm => "confirm the search",
            Action::SearchCancel => "cancel the search",
            Action::PromptType(_) => "type into the prompt",
            Action::PromptBackspace => "delete from the prompt",
            Action::PromptClear => "clear the prompt",
            Action::PromptConfirm => "confirm the prompt",
            Action::PromptCancel => "cancel the prompt",
            Action::EditorKey(_) => "edit the note",
            Action::EditorSave => "save the note",
            Action::EditorCancel => "close the note editor",
            Action::EditorNextField => "next field of the note editor",
            Action::EditorPrevField => "previous field of the note editor",
            Action::EditorDiscard => "discard the note",
            Action::EditorKeepEditing => "keep editing the note",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_exactly_one_help_group() {
        let all: Vec<Action> = HELP_GROUPS
            .iter()
            .flat_map(|(_, a)| a.iter().copied())
            .collect();
        let unique: std::collections::HashSet<_> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "an action is listed twice");
        assert!(all.iter().all(|a| !matches!(a, Action::Resize { .. })));
    }
}
