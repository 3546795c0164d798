//! The reader's state and `update`, the only place it changes.

use byline::analysis::EntityId;
use byline::view::entity_list::EntityRow;
use byline::view::quote_list::{QuoteListOptions, QuoteRow, SpeakerKey};
use byline::view::{Reflow, search};
use ratatui::layout::Rect;

use byline::annotations::Colour;
use byline::view::annotation_list::AnnotationRow;

use super::action::Action;
use super::annotating::UndoStep;
pub use super::document::Document;
use super::effects::Effect;
use super::entity_edits::{EntityPicker, Prompt};
use super::keymap::Keymap;
use super::layout::ScreenLayout;
use super::note_editor::NoteEditor;
use super::panes::{ListView, Pane, SearchState, TextView};
use super::render::help_max_scroll;

/// An entry of the tag picker: a tag (`None` for "all annotations") and how many carry it.
pub type TagChoice = (Option<String>, usize);

/// Lines the mouse wheel scrolls per notch.
const WHEEL_LINES: isize = 3;

/// Everything the reader shows and remembers.
#[derive(Debug)]
pub struct App {
    /// The open articles.
    pub docs: Vec<Document>,
    /// Index of the article on screen.
    pub current: usize,
    /// The focused pane.
    pub focus: Pane,
    /// Text pane state.
    pub text: TextView,
    /// Quotes pane state (its selection indexes `quote_rows`).
    pub quotes: ListView,
    /// How the quotes pane is arranged and filtered.
    pub quote_options: QuoteListOptions,
    /// The quotes pane's rows, derived from the analysis and `quote_options`.
    pub quote_rows: Vec<QuoteRow>,
    /// The speaker picker, when open: its entries and selection.
    pub picker: Option<(Vec<(SpeakerKey, usize)>, ListView)>,
    /// Entities pane state (its selection indexes `entity_rows`).
    pub entities: ListView,
    /// The entities pane's rows: kind headings and entities.
    pub entity_rows: Vec<EntityRow>,
    /// The mention the reader last jumped to: the entity and the index in its sorted mentions.
    pub current_mention: Option<(EntityId, usize)>,
    /// The status-line prompt, when one is open (rename, hide confirmation).
    pub prompt: Option<Prompt>,
    /// The merge or split picker, when open.
    pub entity_picker: Option<EntityPicker>,
    /// Work for the run loop (saving corrections), pushed by `update`; see [`super::effects`].
    pub effects: Vec<Effect>,
    /// Annotations pane state (its selection indexes `annotation_rows`).
    pub annotations: ListView,
    /// The Annotations pane's rows, in text order, filtered by `tag_filter`.
    pub annotation_rows: Vec<AnnotationRow>,
    /// The tag the Annotations pane is filtered to.
    pub tag_filter: Option<String>,
    /// The tag picker, when open: "all" then each tag, with counts, and its selection.
    pub tag_picker: Option<(Vec<TagChoice>, ListView)>,
    /// The note editor, when open.
    pub editor: Option<NoteEditor>,
    /// How to undo the annotation changes made this session: (document, step), last first.
    pub annotation_undo: Vec<(usize, UndoStep)>,
    /// The colour last chosen in the note editor, used for new highlights.
    pub last_colour: Colour,
    /// Where the left mouse button went down in the text, for a drag selection.
    pub drag_origin: Option<usize>,
    /// The quote the reader is on: highlighted in the text.
    pub current_quote: Option<usize>,
    /// Search state.
    pub search: SearchState,
    /// The help overlay's scroll position, when it is open.
    pub help: Option<u16>,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Pane rectangles for the current terminal size.
    pub layout: ScreenLayout,
    /// Key bindings.
    pub keymap: Keymap,
    /// Set when the reader should exit.
    pub should_quit: bool,
}

impl App {
    /// A reader over `docs` (at least one), not yet sized: send [`Action::Resize`] first.
    pub fn new(docs: Vec<Document>, keymap: Keymap) -> App {
        let mut app = App {
            docs,
            current: 0,
            focus: Pane::Text,
            text: TextView::default(),
            quotes: ListView::default(),
            quote_options: QuoteListOptions::default(),
            quote_rows: Vec::new(),
            picker: None,
            entities: ListView::default(),
            entity_rows: Vec::new(),
            current_mention: None,
            prompt: None,
            entity_picker: None,
            effects: Vec::new(),
            annotations: ListView::default(),
            annotation_rows: Vec::new(),
            tag_filter: None,
            tag_picker: None,
            editor: None,
            annotation_undo: Vec::new(),
            last_colour: Colour::default(),
            drag_origin: None,
            current_quote: None,
            search: SearchState::default(),
            help: None,
            message: None,
            layout: ScreenLayout::default(),
            keymap,
            should_quit: false,
        };
        app.open(0);
        app
    }

    /// The article on screen.
    pub fn doc(&self) -> &Document {
        &self.docs[self.current]
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Resize { .. }
                | Action::SearchType(_)
                | Action::SearchBackspace
                | Action::PromptType(_)
                | Action::PromptBackspace
                | Action::PromptClear
                | Action::EditorKey(_)
                | Action::DragAt { .. }
        ) {
            self.message = None;
        }
        if self.editor.is_some() && self.update_editor(action) {
            return;
        }
        if self.help.is_some() && self.update_help(action) {
            return;
        }
        if self.picker.is_some() && self.update_picker(action) {
            return;
        }
        if self.tag_picker.is_some() && self.update_tag_picker(action) {
            return;
        }
        if self.prompt.is_some() && self.update_prompt(action) {
            return;
        }
        if self.entity_picker.is_some() && self.update_entity_picker(action) {
            return;
        }
        match action {
            Action::Quit => self.should_quit = true,
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::FocusText => self.focus = Pane::Text,
            Action::FocusQuotes => self.focus = Pane::Quotes,
            Action::FocusEntities => self.focus = Pane::Entities,
            Action::FocusAnnotations => self.focus = Pane::Annotations,
            Action::Down => self.move_focused(1),
            Action::Up => self.move_focused(-1),
            Action::PageDown => self.move_focused(self.page(false) as isize),
            Action::PageUp => self.move_focused(-(self.page(false) as isize)),
            Action::HalfPageDown => self.move_focused(self.page(true) as isize),
            Action::HalfPageUp => self.move_focused(-(self.page(true) as isize)),
            Action::Top => self.move_focused(isize::MIN / 2),
            Action::Bottom => self.move_focused(isize::MAX / 2),
            Action::Activate => self.activate(),
            Action::NextQuote => self.step_quote(true),
            Action::PrevQuote => self.step_quote(false),
            Action::NextSameSpeaker => self.step_same_speaker(true),
            Action::PrevSameSpeaker => self.step_same_speaker(false),
            Action::PickSpeaker => self.open_picker(),
            Action::ToggleGrouping => self.toggle_grouping(),
            Action::NextMention => self.step_mention(true),
            Action::PrevMention => self.step_mention(false),
            Action::RenameEntity => self.start_rename(),
            Action::CycleKind => self.cycle_kind(),
            Action::MergeEntity => self.open_merge_picker(),
            Action::SplitEntity => self.open_split_picker(),
            Action::HideEntity => self.ask_hide(),
            Action::UndoCorrection => self.undo_correction(),
            Action::NextWord
            | Action::PrevWord
            | Action::NextSentence
            | Action::PrevSentence
            | Action::NextParagraph
            | Action::PrevParagraph => self.move_cursor(action),
            Action::Select => self.toggle_selection(),
            Action::Annotate => self.start_note(),
            Action::Highlight => self.highlight(),
            Action::DeleteAnnotation => self.delete_annotation(),
            Action::UndoAnnotation => self.undo_annotation(),
            Action::PickTag => self.open_tag_picker(),
            Action::Export => self.start_export(),
            // Only meaningful while the note editor is open (handled above).
            Action::EditorKey(_)
            | Action::EditorSave
            | Action::EditorCancel
            | Action::EditorNextField
            | Action::EditorPrevField
            | Action::EditorDiscard
            | Action::EditorKeepEditing => {}
            // Only meaningful while a prompt is open (handled above).
            Action::PromptType(_)
            | Action::PromptBackspace
            | Action::PromptClear
            | Action::PromptConfirm
            | Action::PromptCancel => {}
            Action::Search => {
                self.search = SearchState {
                    typing: true,
                    ..SearchState::default()
                };
            }
            Action::SearchType(c) => {
                self.search.query.push(c);
                self.run_search();
            }
            Action::SearchBackspace => {
                self.search.query.pop();
                self.run_search();
            }
            Action::SearchConfirm => {
                self.search.typing = false;
                self.report_match();
            }
            Action::SearchCancel => self.search = SearchState::default(),
            Action::SearchNext => self.step_match(true),
            Action::SearchPrev => self.step_match(false),
            Action::Clear => self.clear(),
            Action::Help => self.help = Some(0),
            Action::NextArticle => self.switch_article(true),
            Action::PrevArticle => self.switch_article(false),
            Action::ScrollAt { column, row, down } => self.wheel(column, row, down),
            Action::ClickAt { column, row } => self.click(column, row),
            Action::DragAt { column, row } => self.drag(column, row),
            Action::Resize { width, height } => self.resize(width, height),
        }
    }

    /// Handles an action while the help overlay is open; true when it was consumed.
    fn update_help(&mut self, action: Action) -> bool {
        let scroll = self.help.unwrap_or(0);
        let last = help_max_scroll(self, self.layout.area);
        let down = |by: u16| Some(scroll.saturating_add(by).min(last));
        match action {
            Action::Help | Action::Clear => self.help = None,
            Action::Down | Action::ScrollAt { down: true, .. } => self.help = down(1),
            Action::Up | Action::ScrollAt { down: false, .. } => {
                self.help = Some(scroll.saturating_sub(1))
            }
            Action::PageDown | Action::HalfPageDown => self.help = down(10),
            Action::PageUp | Action::HalfPageUp => self.help = Some(scroll.saturating_sub(10)),
            Action::Top => self.help = Some(0),
            Action::Bottom => self.help = Some(last),
            Action::Quit | Action::Resize { .. } => return false,
            _ => {}
        }
        true
    }

    fn open(&mut self, index: usize) {
        self.current = index.min(self.docs.len().saturating_sub(1));
        self.text.scroll = 0;
        self.text.reflow = None;
        self.quotes = ListView::default();
        self.quote_options.filter = None;
        self.picker = None;
        self.prompt = None;
        self.entity_picker = None;
        self.entities = ListView::default();
        self.annotations = ListView::default();
        self.tag_filter = None;
        self.tag_picker = None;
        self.editor = None;
        self.text.cursor = 0;
        self.text.anchor = None;
        self.drag_origin = None;
        self.current_quote = None;
        self.current_mention = None;
        self.search = SearchState::default();
        self.rewrap();
        self.refresh_quote_rows();
        self.refresh_entity_rows(None);
        self.refresh_annotation_rows();
        let notices = &self.doc().article.notices;
        if !notices.is_empty() {
            self.message = Some(notices.join("; "));
        }
    }

    fn switch_article(&mut self, forward: bool) {
        let count = self.docs.len();
        if count < 2 {
            self.message = Some("Only one article is open".to_owned());
            return;
        }
        let next = if forward {
            (self.current + 1) % count
        } else {
            (self.current + count - 1) % count
        };
        self.open(next);
        if self.message.is_none() {
            self.message = Some(format!("Article {} of {}", next + 1, count));
        }
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.layout = ScreenLayout::new(Rect::new(0, 0, width, height));
        self.rewrap();
        if let Some(s) = self.quotes.selected {
            self.quotes
                .select(s, self.quote_rows.len(), self.list_height(Pane::Quotes));
        }
        if let Some(s) = self.entities.selected {
            self.entities
                .select(s, self.entity_rows.len(), self.list_height(Pane::Entities));
            self.show_heading_above();
        }
        if let Some(s) = self.annotations.selected {
            let len = self.annotation_rows.len();
            self.annotations
                .select(s, len, self.list_height(Pane::Annotations));
        }
        self.text.follow_cursor();
    }

    /// Re-wraps the text when the pane's width changed, keeping the same words at the top.
    fn rewrap(&mut self) {
        let body = self.layout.text_body();
        self.text.height = body.height as usize;
        let width = body.width.max(1) as usize;
        if self
            .text
            .reflow
            .as_ref()
            .is_some_and(|r| r.width() == width)
        {
            self.text.scroll = self.text.scroll.min(self.text.max_scroll());
            return;
        }
        let top = self.top_offset();
        let reflow = Reflow::new(&self.docs[self.current].article, width);
        self.text.scroll = reflow.line_of(top);
        self.text.reflow = Some(reflow);
        self.text.scroll = self.text.scroll.min(self.text.max_scroll());
    }

    /// The byte offset of the first line in view.
    pub fn top_offset(&self) -> usize {
        self.text
            .reflow
            .as_ref()
            .and_then(|r| r.lines().get(self.text.scroll))
            .map_or(0, |l| l.range.start)
    }

    /// The byte offset just past the last line in view.
    pub fn bottom_offset(&self) -> usize {
        let Some(reflow) = &self.text.reflow else {
            return 0;
        };
        let last = (self.text.scroll + self.text.height).min(reflow.len());
        reflow.lines()[..last].last().map_or(0, |l| l.range.end)
    }

    /// Rows available to a list pane's items (the last row of the quotes pane holds the
    /// selected quote's details, the last two of the entities pane the selected entity's).
    pub fn list_height(&self, pane: Pane) -> usize {
        let rect = self.layout.rect(pane);
        let inner = ScreenLayout::inner(rect).height as usize;
        inner.saturating_sub(self.detail_rows(pane)).max(1)
    }

    /// Rows at the bottom of a list pane given to the selected item's details: one in the
    /// quotes and annotations panes, two in the entities pane (details and mention strip),
    /// none when the pane is too short to spare them.
    pub fn detail_rows(&self, pane: Pane) -> usize {
        match pane {
            Pane::Quotes => usize::from(ScreenLayout::inner(self.layout.quotes).height >= 3),
            Pane::Annotations => {
                usize::from(ScreenLayout::inner(self.layout.annotations).height >= 3)
            }
            Pane::Entities => {
                if ScreenLayout::inner(self.layout.entities).height >= 5 {
                    2
                } else {
                    0
                }
            }
            Pane::Text => 0,
        }
    }

    fn page(&self, half: bool) -> usize {
        let height = match self.focus {
            Pane::Text => self.text.height,
            pane => self.list_height(pane),
        };
        if half {
            (height / 2).max(1)
        } else {
            height.saturating_sub(1).max(1)
        }
    }

    /// Moves in the focused pane: the text's cursor (a line at a time, or scrolling a page
    /// and carrying the cursor along), or a list's selection.
    fn move_focused(&mut self, delta: isize) {
        match self.focus {
            Pane::Text => {
                let text = self.docs[self.current].article.text();
                if delta.abs() > 1 {
                    self.text.scroll_by(delta);
                }
                self.text.move_cursor_lines(text, delta);
            }
            Pane::Quotes => self.move_quote_selection(delta),
            Pane::Entities => self.move_entity_selection(delta),
            Pane::Annotations => self.move_annotation_selection(delta),
        }
    }

    fn activate(&mut self) {
        match self.focus {
            Pane::Quotes => self.activate_quote_row(),
            Pane::Entities => self.activate_entity_row(),
            Pane::Annotations => self.activate_annotation_row(),
            Pane::Text => {}
        }
    }

    fn run_search(&mut self) {
        let query = self.search.query.clone();
        self.search.matches = search::find_all(self.doc().article.text(), &query);
        self.search.current = self.search.first_from(self.top_offset());
        if let Some(current) = self.search.current {
            let start = self.search.matches[current].start;
            self.text.reveal(start);
        }
    }

    fn report_match(&mut self) {
        if self.search.query.is_empty() {
            self.search = SearchState::default();
            return;
        }
        self.message = Some(match self.search.current {
            Some(i) => format!("Match {} of {}", i + 1, self.search.matches.len()),
            None => format!("No match for “{}”", self.search.query),
        });
    }

    fn step_match(&mut self, forward: bool) {
        let count = self.search.matches.len();
        if count == 0 {
            self.message = Some(if self.search.query.is_empty() {
                "No search: press / to search".to_owned()
            } else {
                format!("No match for “{}”", self.search.query)
            });
            return;
        }
        let next = match self.search.current {
            Some(i) if forward => (i + 1) % count,
            Some(i) => (i + count - 1) % count,
            None => 0,
        };
        self.search.current = Some(next);
        let start = self.search.matches[next].start;
        self.text.reveal(start);
        self.report_match();
    }

    /// Esc: drops the selection, else clears the search, else the speaker or tag filter,
    /// else the current quote and mention.
    fn clear(&mut self) {
        if self.text.anchor.is_some() {
            self.text.anchor = None;
        } else if self.focus == Pane::Annotations && self.tag_filter.is_some() {
            self.tag_filter = None;
            self.refresh_annotation_rows();
        } else if !self.search.query.is_empty() || self.search.typing {
            self.search = SearchState::default();
        } else if self.quote_options.filter.is_some() {
            self.set_filter(None);
        } else {
            self.current_quote = None;
            self.current_mention = None;
        }
    }

    fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let delta = if down { WHEEL_LINES } else { -WHEEL_LINES };
        match self.layout.pane_at(column, row) {
            Some(Pane::Text) => {
                self.text.scroll_by(delta);
                let text = self.docs[self.current].article.text();
                self.text.keep_cursor_in_view(text);
            }
            Some(Pane::Annotations) => {
                let len = self.annotation_rows.len();
                self.annotations
                    .scroll_by(delta, len, self.list_height(Pane::Annotations));
            }
            Some(Pane::Quotes) => {
                let len = self.quote_rows.len();
                self.quotes
                    .scroll_by(delta, len, self.list_height(Pane::Quotes));
            }
            Some(Pane::Entities) => {
                let len = self.entity_rows.len();
                self.entities
                    .scroll_by(delta, len, self.list_height(Pane::Entities));
            }
            None => {}
        }
    }

    fn click(&mut self, column: u16, row: u16) {
        let Some(pane) = self.layout.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        self.drag_origin = None;
        match pane {
            Pane::Text => {
                let offset = self.text_offset_at(column, row);
                if let Some(offset) = offset {
                    self.text.cursor = offset;
                    self.text.anchor = None;
                    self.drag_origin = Some(offset);
                }
                if let Some(index) = offset.and_then(|o| self.doc().analysis.quote_containing(o)) {
                    self.current_quote = Some(index);
                    self.select_quote_row(index);
                }
            }
            Pane::Quotes | Pane::Entities | Pane::Annotations => {
                let inner = ScreenLayout::inner(self.layout.rect(pane));
                if row < inner.y || row >= inner.y + self.list_height(pane) as u16 {
                    return;
                }
                let list = match pane {
                    Pane::Quotes => &self.quotes,
                    Pane::Entities => &self.entities,
                    _ => &self.annotations,
                };
                let index = list.offset + (row - inner.y) as usize;
                if pane == Pane::Entities {
                    self.click_entity_row(index);
                    return;
                }
                if pane == Pane::Annotations {
                    let len = self.annotation_rows.len();
                    if index < len {
                        self.annotations.select(index, len, self.list_height(pane));
                        self.activate();
                    }
                    return;
                }
                let len = self.quote_rows.len();
                if index < len {
                    self.quotes.select(index, len, self.list_height(pane));
                    self.activate();
                }
            }
        }
    }
}
