//! The quotes pane's behaviour: rows (text order or grouped), the speaker filter and its
//! picker, stepping through quotes and through one speaker's quotes.

use byline::view::quote_list::{
    QuoteRow, SpeakerKey, quote_rows, speaker_counts, step_same_speaker,
};

use super::action::Action;
use super::app::App;
use super::panes::{ListView, Pane, PickerStep, picker_step};

impl App {
    /// Rebuilds the quotes pane's rows and keeps the current quote selected if it is shown.
    pub fn refresh_quote_rows(&mut self) {
        self.quote_rows = quote_rows(&self.doc().analysis, self.quote_options);
        let target = self
            .current_quote
            .and_then(|q| self.row_of_quote(q))
            .or_else(|| {
                self.quote_rows
                    .iter()
                    .position(|r| matches!(r, QuoteRow::Quote(_)))
            });
        match target {
            Some(row) => {
                self.quotes
                    .select(row, self.quote_rows.len(), self.list_height(Pane::Quotes))
            }
            None => self.quotes = ListView::default(),
        }
    }

    /// The row showing quote `quote`, if it is shown.
    pub fn row_of_quote(&self, quote: usize) -> Option<usize> {
        self.quote_rows
            .iter()
            .position(|r| *r == QuoteRow::Quote(quote))
    }

    /// The quote on the selected row, if the row is a quote.
    pub fn selected_quote(&self) -> Option<usize> {
        match self
            .quotes
            .selected
            .and_then(|row| self.quote_rows.get(row))
        {
            Some(QuoteRow::Quote(index)) => Some(*index),
            _ => None,
        }
    }

    /// Selects the row of quote `quote`, if it is shown.
    pub fn select_quote_row(&mut self, quote: usize) {
        if let Some(row) = self.row_of_quote(quote) {
            self.quotes
                .select(row, self.quote_rows.len(), self.list_height(Pane::Quotes));
        }
    }

    /// Moves the selection by `delta` rows, stepping over group headings.
    pub fn move_quote_selection(&mut self, delta: isize) {
        let len = self.quote_rows.len();
        let height = self.list_height(Pane::Quotes);
        let rows = &self.quote_rows;
        self.quotes.move_to_item(delta, len, height, |r| {
            matches!(rows[r], QuoteRow::Quote(_))
        });
    }

    /// Enter in the quotes pane: show the quote, or filter to a group heading's speaker.
    pub fn activate_quote_row(&mut self) {
        match self
            .quotes
            .selected
            .and_then(|row| self.quote_rows.get(row).copied())
        {
            Some(QuoteRow::Quote(index)) => self.go_to_quote(index),
            Some(QuoteRow::Group { speaker, .. }) => self.set_filter(Some(speaker)),
            None => {}
        }
    }

    /// Makes quote `index` the current one: selected in the pane (the filter is dropped if it
    /// hides the quote) and shown in the text.
    pub fn go_to_quote(&mut self, index: usize) {
        let Some(start) = self.doc().analysis.quotes.get(index).map(|q| q.span.start) else {
            return;
        };
        self.current_quote = Some(index);
        if self.row_of_quote(index).is_none() && self.quote_options.filter.is_some() {
            self.quote_options.filter = None;
            self.refresh_quote_rows();
        }
        self.select_quote_row(index);
        self.text.reveal(start);
    }

    /// `]` / `[`: the next or previous quote shown in the pane, from the one on screen (or
    /// from the top of the view), wrapping at the ends.
    pub fn step_quote(&mut self, forward: bool) {
        let mut shown: Vec<usize> = self
            .quote_rows
            .iter()
            .filter_map(|r| match r {
                QuoteRow::Quote(i) => Some(*i),
                QuoteRow::Group { .. } => None,
            })
            .collect();
        shown.sort_unstable();
        if shown.is_empty() {
            self.message = Some("No quotes in this article".to_owned());
            return;
        }
        let quotes = &self.doc().analysis.quotes;
        let (top, bottom) = (self.top_offset(), self.bottom_offset());
        let on_screen = self
            .current_quote
            .filter(|&i| quotes[i].span.start >= top && quotes[i].span.start <= bottom)
            .and_then(|i| shown.iter().position(|&s| s == i));
        let first_below_top = shown.partition_point(|&i| quotes[i].span.start < top);
        let target = match (on_screen, forward) {
            (Some(p), true) => p + 1,
            (Some(p), false) => p.wrapping_sub(1),
            (None, true) => first_below_top,
            (None, false) => first_below_top.wrapping_sub(1),
        };
        let target = if target >= shown.len() {
            self.message = Some(
                if forward {
                    "Wrapped to the first quote"
                } else {
                    "Wrapped to the last quote"
                }
                .to_owned(),
            );
            if forward { 0 } else { shown.len() - 1 }
        } else {
            target
        };
        self.go_to_quote(shown[target]);
    }

    /// `}` / `{`: the next or previous quote by the current quote's speaker.
    pub fn step_same_speaker(&mut self, forward: bool) {
        let Some(current) = self.current_quote.or_else(|| self.selected_quote()) else {
            self.message = Some(
                "Go to a quote first (] or Enter), then } steps through its speaker's quotes"
                    .to_owned(),
            );
            return;
        };
        match step_same_speaker(&self.doc().analysis, current, forward) {
            Some(next) => {
                let analysis = &self.doc().analysis;
                let total = analysis
                    .quotes
                    .iter()
                    .filter(|q| q.speaker == analysis.quotes[next].speaker)
                    .count();
                let position = analysis.quotes[..=next]
                    .iter()
                    .filter(|q| q.speaker == analysis.quotes[next].speaker)
                    .count();
                let who = analysis
                    .speaker_name(&analysis.quotes[next])
                    .unwrap_or("Unattributed")
                    .to_owned();
                self.go_to_quote(next);
                self.message = Some(format!("{who}: quote {position} of {total}"));
            }
            None => self.message = Some("No other quote by this speaker".to_owned()),
        }
    }

    /// Groups the pane by speaker, or back to text order.
    pub fn toggle_grouping(&mut self) {
        self.quote_options.by_speaker = !self.quote_options.by_speaker;
        self.refresh_quote_rows();
        self.message = Some(
            if self.quote_options.by_speaker {
                "Quotes grouped by speaker"
            } else {
                "Quotes in text order"
            }
            .to_owned(),
        );
    }

    /// Shows only `filter`'s quotes (`None`: all quotes).
    pub fn set_filter(&mut self, filter: Option<SpeakerKey>) {
        self.quote_options.filter = filter;
        self.refresh_quote_rows();
        self.message = Some(match filter {
            None => "Showing all quotes".to_owned(),
            Some(speaker) => {
                let count = self
                    .quote_rows
                    .iter()
                    .filter(|r| matches!(r, QuoteRow::Quote(_)))
                    .count();
                format!(
                    "Showing {count} quotes by {} (Esc shows all)",
                    self.speaker_label(speaker)
                )
            }
        });
    }

    /// A speaker's name for lists and messages.
    pub fn speaker_label(&self, speaker: SpeakerKey) -> String {
        speaker
            .and_then(|id| self.doc().analysis.entities.get(id))
            .map_or_else(|| "Unattributed".to_owned(), |e| e.name.clone())
    }

    /// Opens the speaker picker with every speaker and their number of quotes.
    pub fn open_picker(&mut self) {
        let entries = speaker_counts(&self.doc().analysis);
        if entries.is_empty() {
            self.message = Some("No quotes in this article".to_owned());
            return;
        }
        let mut list = ListView::default();
        let current = self
            .quote_options
            .filter
            .and_then(|f| entries.iter().position(|(s, _)| *s == f))
            .unwrap_or(0);
        list.select(current, entries.len(), self.picker_height());
        self.picker = Some((entries, list));
    }

    /// Rows the picker shows at once.
    pub fn picker_height(&self) -> usize {
        (self.layout.area.height as usize)
            .saturating_sub(6)
            .clamp(1, 20)
    }

    /// Handles an action while the picker is open; true when it was consumed.
    pub fn update_picker(&mut self, action: Action) -> bool {
        let height = self.picker_height();
        let Some((entries, list)) = &mut self.picker else {
            return false;
        };
        match picker_step(list, entries, action, height, Action::PickSpeaker) {
            PickerStep::Stay => {}
            PickerStep::Pass => return false,
            PickerStep::Closed => self.picker = None,
            PickerStep::Chosen(chosen) => {
                self.picker = None;
                if let Some((speaker, _)) = chosen {
                    self.set_filter(Some(speaker));
                    self.focus = Pane::Quotes;
                }
            }
        }
        true
    }
}
