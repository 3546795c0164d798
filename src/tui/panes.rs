//! Small per-pane state structs: a selectable list, the scrolled text, the search.

use std::ops::Range;

use byline::view::Reflow;

use super::action::Action;

/// The panes that can have focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The article text.
    Text,
    /// The list of quotes.
    Quotes,
    /// The list of entities.
    Entities,
    /// The reader's annotations.
    Annotations,
}

impl Pane {
    /// All panes in focus order.
    pub const ALL: [Pane; 4] = [Pane::Text, Pane::Quotes, Pane::Entities, Pane::Annotations];

    /// The pane's name in the status line.
    pub fn name(self) -> &'static str {
        match self {
            Pane::Text => "Text",
            Pane::Quotes => "Quotes",
            Pane::Entities => "Entities",
            Pane::Annotations => "Annotations",
        }
    }

    /// The pane after this one (wrapping).
    pub fn next(self) -> Pane {
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ALL[(i + 1) % Pane::ALL.len()]
    }

    /// The pane before this one (wrapping).
    pub fn prev(self) -> Pane {
        let i = Pane::ALL.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ALL[(i + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }
}

/// A list with a selected row and a scroll offset that keeps the selection visible.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListView {
    /// The selected row, if the list is not empty.
    pub selected: Option<usize>,
    /// The first visible row.
    pub offset: usize,
}

impl ListView {
    /// Selects row `index` (clamped to `len`), scrolling so it is visible in `height` rows.
    pub fn select(&mut self, index: usize, len: usize, height: usize) {
        if len == 0 {
            *self = ListView::default();
            return;
        }
        let index = index.min(len - 1);
        self.selected = Some(index);
        let height = height.max(1);
        if index < self.offset {
            self.offset = index;
        } else if index >= self.offset + height {
            self.offset = index + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// Moves the selection by `delta` rows (negative is up).
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let current = self.selected.map_or(0, |s| s as isize + delta);
        let target = if self.selected.is_none() {
            0
        } else {
            current.max(0) as usize
        };
        self.select(target, len, height);
    }

    /// Moves the selection by `delta` rows onto a row for which `is_item` holds (stepping over
    /// headings): the nearest such row in the direction of travel, else the other way.
    pub fn move_to_item(
        &mut self,
        delta: isize,
        len: usize,
        height: usize,
        is_item: impl Fn(usize) -> bool,
    ) {
        self.move_by(delta, len, height);
        let Some(row) = self.selected else {
            return;
        };
        if is_item(row) {
            return;
        }
        let forward = (row + 1..len).find(|&r| is_item(r));
        let backward = (0..row).rev().find(|&r| is_item(r));
        let target = if delta >= 0 {
            forward.or(backward)
        } else {
            backward.or(forward)
        };
        if let Some(target) = target {
            self.select(target, len, height);
        }
    }

    /// Moves a picker's selection for a movement action; false for any other action.
    pub fn navigate(&mut self, action: Action, len: usize, height: usize) -> bool {
        match action {
            Action::Down | Action::ScrollAt { down: true, .. } => self.move_by(1, len, height),
            Action::Up | Action::ScrollAt { down: false, .. } => self.move_by(-1, len, height),
            Action::PageDown | Action::HalfPageDown => self.move_by(height as isize, len, height),
            Action::PageUp | Action::HalfPageUp => self.move_by(-(height as isize), len, height),
            Action::Top => self.select(0, len, height),
            Action::Bottom => self.select(len.saturating_sub(1), len, height),
            _ => return false,
        }
        true
    }

    /// Scrolls the view without moving past the ends, keeping the selection if visible.
    pub fn scroll_by(&mut self, delta: isize, len: usize, height: usize) {
        let max = len.saturating_sub(height.max(1));
        self.offset = (self.offset as isize + delta).clamp(0, max as isize) as usize;
    }
}

/// What an action does to an open picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerStep<T> {
    /// It moved the selection or did nothing; the picker stays open.
    Stay,
    /// Enter: the selected entry (if any); the picker closes.
    Chosen(Option<T>),
    /// Esc or the picker's own key again: it closes.
    Closed,
    /// Not the picker's business (quit, resize): handle it as usual.
    Pass,
}

/// Handles `action` in a picker listing `entries`, `height` rows at a time; `toggle` is the
/// action that opened it (pressing it again closes it).
pub fn picker_step<T: Clone>(
    list: &mut ListView,
    entries: &[T],
    action: Action,
    height: usize,
    toggle: Action,
) -> PickerStep<T> {
    if list.navigate(action, entries.len(), height) {
        return PickerStep::Stay;
    }
    match action {
        Action::Activate => PickerStep::Chosen(list.selected.and_then(|s| entries.get(s)).cloned()),
        Action::Clear => PickerStep::Closed,
        Action::Quit | Action::Resize { .. } => PickerStep::Pass,
        other if other == toggle => PickerStep::Closed,
        _ => PickerStep::Stay,
    }
}

/// The text pane: its wrap (computed once per width), scroll position and reading cursor.
#[derive(Debug, Clone, Default)]
pub struct TextView {
    /// The article wrapped to the pane's width; `None` until the first resize.
    pub reflow: Option<Reflow>,
    /// The first visible line.
    pub scroll: usize,
    /// Visible lines.
    pub height: usize,
    /// The reading cursor: a byte offset in the article text.
    pub cursor: usize,
    /// Where the selection being made started, if one is.
    pub anchor: Option<usize>,
}

impl TextView {
    /// Number of wrapped lines.
    pub fn line_count(&self) -> usize {
        self.reflow.as_ref().map_or(0, Reflow::len)
    }

    /// The largest scroll position: the last line at the bottom of the pane.
    pub fn max_scroll(&self) -> usize {
        self.line_count().saturating_sub(self.height.max(1))
    }

    /// Scrolls by `delta` lines within bounds.
    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll = (self.scroll as isize + delta).clamp(0, self.max_scroll() as isize) as usize;
    }

    /// Makes byte `offset` visible and puts the cursor there; when it is off screen it is
    /// placed a third of the way down.
    pub fn reveal(&mut self, offset: usize) {
        self.cursor = offset;
        let Some(reflow) = &self.reflow else {
            return;
        };
        let line = reflow.line_of(offset);
        if line < self.scroll || line >= self.scroll + self.height.max(1) {
            self.scroll = line.saturating_sub(self.height / 3).min(self.max_scroll());
        }
    }

    /// The wrapped line the cursor is on.
    pub fn cursor_line(&self) -> usize {
        self.reflow.as_ref().map_or(0, |r| r.line_of(self.cursor))
    }

    /// Scrolls as little as possible to bring the cursor's line into view.
    pub fn follow_cursor(&mut self) {
        let line = self.cursor_line();
        let height = self.height.max(1);
        if line < self.scroll {
            self.scroll = line;
        } else if line >= self.scroll + height {
            self.scroll = line + 1 - height;
        }
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// Moves the cursor onto the visible lines when scrolling left it off screen.
    pub fn keep_cursor_in_view(&mut self, text: &str) {
        let line = self.cursor_line();
        let last = (self.scroll + self.height.max(1)).saturating_sub(1);
        if line < self.scroll {
            self.put_cursor_on_line(text, self.scroll, 0, true);
        } else if line > last {
            self.put_cursor_on_line(text, last, 0, false);
        }
    }

    /// Moves the cursor `delta` lines (skipping the blank lines between paragraphs), keeping
    /// its column where the line is long enough, and scrolls to follow it.
    pub fn move_cursor_lines(&mut self, text: &str, delta: isize) {
        let Some(reflow) = &self.reflow else {
            return;
        };
        let line = reflow.line_of(self.cursor);
        let start = reflow.lines().get(line).map_or(0, |l| l.range.start);
        let column = byline::view::fit::width(&text[start..self.cursor.clamp(start, text.len())]);
        self.put_cursor_on_line(text, line.saturating_add_signed(delta), column, delta >= 0);
        self.follow_cursor();
    }

    /// Puts the cursor at display `column` of line `line` (clamped), or the nearest text line
    /// in the direction of travel when that line is blank.
    fn put_cursor_on_line(&mut self, text: &str, line: usize, column: usize, forward: bool) {
        let Some(reflow) = &self.reflow else {
            return;
        };
        let lines = reflow.lines();
        if lines.is_empty() {
            self.cursor = 0;
            return;
        }
        let mut target = line.min(lines.len() - 1);
        while lines[target].paragraph.is_none() {
            match (forward, target) {
                (true, t) if t + 1 < lines.len() => target += 1,
                (false, t) if t > 0 => target -= 1,
                _ => break,
            }
        }
        let range = lines[target].range.clone();
        self.cursor = reflow.offset_at(text, target, column).unwrap_or_else(|| {
            text[range.clone()]
                .char_indices()
                .last()
                .map_or(range.start, |(i, _)| range.start + i)
        });
    }

    /// How far through the article the view is, 0 to 100.
    pub fn percent(&self) -> usize {
        (self.scroll * 100)
            .checked_div(self.max_scroll())
            .unwrap_or(100)
    }
}

/// The search: what is being typed, the confirmed query and its matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    /// True while the user types a query in the prompt.
    pub typing: bool,
    /// The query.
    pub query: String,
    /// Byte ranges of the matches in the article text.
    pub matches: Vec<Range<usize>>,
    /// The match the reader is on.
    pub current: Option<usize>,
}

impl SearchState {
    /// The index of the first match at or after `offset`, wrapping to the first match.
    pub fn first_from(&self, offset: usize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let index = self.matches.partition_point(|m| m.start < offset);
        Some(if index < self.matches.len() { index } else { 0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_cycles_both_ways() {
        assert_eq!(Pane::Text.next(), Pane::Quotes);
        assert_eq!(Pane::Entities.next(), Pane::Annotations);
        assert_eq!(Pane::Annotations.next(), Pane::Text);
        assert_eq!(Pane::Text.prev(), Pane::Annotations);
    }

    #[test]
    fn list_selection_stays_visible() {
        let mut list = ListView::default();
        list.select(7, 10, 3);
        assert_eq!((list.selected, list.offset), (Some(7), 5));
        list.move_by(-6, 10, 3);
        assert_eq!((list.selected, list.offset), (Some(1), 1));
        list.move_by(-5, 10, 3);
        assert_eq!(list.selected, Some(0));
        list.move_by(50, 10, 3);
        assert_eq!((list.selected, list.offset), (Some(9), 7));
    }

    #[test]
    fn moving_steps_over_headings_both_ways() {
        let is_item = |row: usize| row != 0 && row != 3;
        let mut list = ListView::default();
        list.select(2, 6, 10);
        list.move_to_item(1, 6, 10, is_item);
        assert_eq!(list.selected, Some(4));
        list.move_to_item(-1, 6, 10, is_item);
        assert_eq!(list.selected, Some(2));
        list.move_to_item(-5, 6, 10, is_item);
        assert_eq!(
            list.selected,
            Some(1),
            "no item above the top heading: the one below"
        );
    }

    #[test]
    fn empty_list_has_no_selection() {
        let mut list = ListView::default();
        list.move_by(1, 0, 5);
        assert_eq!(list.selected, None);
    }

    #[test]
    fn first_match_wraps() {
        let search = SearchState {
            matches: vec![2..4, 10..12],
            ..Default::default()
        };
        assert_eq!(search.first_from(0), Some(0));
        assert_eq!(search.first_from(5), Some(1));
        assert_eq!(search.first_from(11), Some(0));
    }
}
