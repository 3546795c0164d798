//! The help overlay, generated from the effective keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::pane_block;
use crate::tui::action::HELP_GROUPS;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The lines of the help screen: each group, then each action with its keys.
pub fn help_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (group, actions) in HELP_GROUPS {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(group.to_string(), theme.title)));
        for action in *actions {
            let keys = app.keymap.label_for(*action);
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<22}"), theme.key),
                Span::raw(action.description()),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "Mouse: wheel scrolls the pane under the pointer; click focuses and selects.",
        theme.dim,
    )));
    lines
}

/// Draws the help overlay, scrolled by `scroll` lines.
pub fn render_help(frame: &mut Frame, app: &App, theme: &Theme, scroll: u16) {
    let lines = help_lines(app, theme);
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(72);
    let height = area.height.saturating_sub(2).min(lines.len() as u16 + 2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let max_scroll = (lines.len() as u16).saturating_sub(height.saturating_sub(2));
    let title = Line::from(" Help · ? or Esc to close ").style(theme.title);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(pane_block(title, true, theme))
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}
