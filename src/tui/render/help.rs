//! The help overlay, generated from the effective keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pane_block;
use crate::tui::action::HELP_GROUPS;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// Widest the help box grows, borders included.
const MAX_HELP_WIDTH: u16 = 96;

/// The lines of the help screen for a box `width` columns wide inside its borders: each
/// group, then each action with its keys, descriptions wrapped under their own column.
pub fn help_lines(app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let labelled: Vec<(&str, Vec<(String, &str)>)> = HELP_GROUPS
        .iter()
        .map(|(group, actions)| {
            let rows = actions
                .iter()
                .map(|action| (app.keymap.label_for(*action), action.description()))
                .collect();
            (*group, rows)
        })
        .collect();
    let key_width = labelled
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(keys, _)| keys.width()))
        .max()
        .unwrap_or(0);
    let indent = 2 + key_width + 2;
    let text_width = width.saturating_sub(indent).max(12);
    let mut lines = Vec::new();
    for (group, rows) in labelled {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(group.to_string(), theme.title)));
        for (keys, description) in rows {
            let padding = " ".repeat(key_width.saturating_sub(keys.width()) + 2);
            for (i, part) in textwrap::wrap(description, text_width)
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    Span::styled(format!("  {keys}{padding}"), theme.key)
                } else {
                    Span::raw(" ".repeat(indent))
                };
                lines.push(Line::from(vec![lead, Span::raw(part.into_owned())]));
            }
        }
    }
    lines.push(Line::from(""));
    let mouse = "Mouse: wheel scrolls the pane under the pointer; click focuses and selects.";
    lines.extend(
        textwrap::wrap(mouse, width.max(12))
            .into_iter()
            .map(|part| Line::from(Span::styled(part.into_owned(), theme.dim))),
    );
    lines
}

/// The help box on a screen `area` and its lines: as wide as its longest line needs and the
/// screen allows, descriptions wrapped rather than cut when it is narrow.
fn help_box(app: &App, theme: &Theme, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let room = area.width.saturating_sub(4).min(MAX_HELP_WIDTH);
    let natural = help_lines(app, theme, usize::MAX)
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0);
    let width = (natural as u16).saturating_add(2).min(room);
    let lines = help_lines(app, theme, usize::from(width.saturating_sub(2)));
    let height = area.height.saturating_sub(2).min(lines.len() as u16 + 2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    (popup, lines)
}

/// How far the help scrolls on a screen `area` before its last line shows.
pub fn help_max_scroll(app: &App, area: Rect) -> u16 {
    let (popup, lines) = help_box(app, &Theme::monochrome(), area);
    (lines.len() as u16).saturating_sub(popup.height.saturating_sub(2))
}

/// Draws the help overlay, scrolled by `scroll` lines.
pub fn render_help(frame: &mut Frame, app: &App, theme: &Theme, scroll: u16) {
    let (popup, lines) = help_box(app, theme, frame.area());
    let max_scroll = (lines.len() as u16).saturating_sub(popup.height.saturating_sub(2));
    let title = Line::from(" Help · ? or Esc to close ").style(theme.title);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(pane_block(title, true, theme))
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}
