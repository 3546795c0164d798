//! Where each pane goes for a terminal size.

use ratatui::layout::{Constraint, Layout, Position, Rect};

/// Smallest usable terminal: below this the reader shows a "too small" message.
pub const MIN_WIDTH: u16 = 40;
/// Smallest usable terminal height.
pub const MIN_HEIGHT: u16 = 10;

/// The screen split into panes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScreenLayout {
    /// The whole terminal.
    pub area: Rect,
    /// The article text, with its border.
    pub text: Rect,
    /// The quotes list, with its border.
    pub quotes: Rect,
    /// The entities list, with its border.
    pub entities: Rect,
    /// The annotations list, with its border.
    pub annotations: Rect,
    /// The one-line status bar.
    pub status: Rect,
    /// True when the terminal is below [`MIN_WIDTH`] x [`MIN_HEIGHT`].
    pub too_small: bool,
}

impl ScreenLayout {
    /// Splits `area`: text on the left; quotes, entities and annotations stacked on the right;
    /// status below.
    pub fn new(area: Rect) -> ScreenLayout {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return ScreenLayout {
                area,
                too_small: true,
                ..ScreenLayout::default()
            };
        }
        let [main, status] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        let side_width = (area.width * 36 / 100).clamp(20, 56);
        let [text, side] =
            Layout::horizontal([Constraint::Min(20), Constraint::Length(side_width)]).areas(main);
        let [quotes, entities, annotations] = Layout::vertical([
            Constraint::Percentage(42),
            Constraint::Percentage(33),
            Constraint::Percentage(25),
        ])
        .areas(side);
        ScreenLayout {
            area,
            text,
            quotes,
            entities,
            annotations,
            status,
            too_small: false,
        }
    }

    /// The inside of a bordered pane.
    pub fn inner(rect: Rect) -> Rect {
        Rect {
            x: rect.x.saturating_add(1),
            y: rect.y.saturating_add(1),
            width: rect.width.saturating_sub(2),
            height: rect.height.saturating_sub(2),
        }
    }

    /// Where the text is written inside the text pane: one column of padding each side.
    pub fn text_body(&self) -> Rect {
        let inner = Self::inner(self.text);
        Rect {
            x: inner.x.saturating_add(1),
            width: inner.width.saturating_sub(2),
            ..inner
        }
    }

    /// The rectangle of a pane, border included.
    pub fn rect(&self, pane: super::panes::Pane) -> Rect {
        use super::panes::Pane;
        match pane {
            Pane::Text => self.text,
            Pane::Quotes => self.quotes,
            Pane::Entities => self.entities,
            Pane::Annotations => self.annotations,
        }
    }

    /// Which pane rectangle holds a screen position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<super::panes::Pane> {
        use super::panes::Pane;
        let position = Position { x: column, y: row };
        [
            (self.text, Pane::Text),
            (self.quotes, Pane::Quotes),
            (self.entities, Pane::Entities),
            (self.annotations, Pane::Annotations),
        ]
        .into_iter()
        .find(|(rect, _)| rect.contains(position))
        .map(|(_, pane)| pane)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::panes::Pane;

    #[test]
    fn panes_tile_the_screen() {
        let layout = ScreenLayout::new(Rect::new(0, 0, 120, 40));
        assert!(!layout.too_small);
        assert_eq!(layout.status, Rect::new(0, 39, 120, 1));
        assert_eq!(layout.text.x, 0);
        assert_eq!(layout.quotes.x, layout.text.right());
        assert_eq!(layout.entities.y, layout.quotes.bottom());
        assert_eq!(layout.annotations.y, layout.entities.bottom());
        assert_eq!(layout.annotations.bottom(), 39);
    }

    #[test]
    fn tiny_terminals_are_too_small() {
        assert!(ScreenLayout::new(Rect::new(0, 0, 39, 30)).too_small);
        assert!(ScreenLayout::new(Rect::new(0, 0, 100, 9)).too_small);
        assert!(!ScreenLayout::new(Rect::new(0, 0, 40, 10)).too_small);
    }

    #[test]
    fn positions_map_to_panes() {
        let layout = ScreenLayout::new(Rect::new(0, 0, 120, 40));
        assert_eq!(layout.pane_at(5, 5), Some(Pane::Text));
        assert_eq!(
            layout.pane_at(layout.quotes.x + 1, layout.quotes.y + 1),
            Some(Pane::Quotes)
        );
        assert_eq!(
            layout.pane_at(layout.entities.x + 1, layout.entities.y + 1),
            Some(Pane::Entities)
        );
        assert_eq!(layout.pane_at(5, 39), None);
    }
}
