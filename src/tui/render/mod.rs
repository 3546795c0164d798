//! Drawing the reader: one function per pane, composed by [`render`]. Nothing here changes
//! state; everything drawn is read from the [`App`].

mod annotations;
mod entities;
mod help;
mod lists;
mod quotes;
mod status;
mod text;

pub use help::help_max_scroll;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::app::App;
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::panes::Pane;
use super::theme::Theme;

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    if app.layout.too_small {
        render_too_small(frame, frame.area(), theme);
        return;
    }
    text::render_text(frame, app, theme);
    quotes::render_quotes(frame, app, theme);
    entities::render_entities(frame, app, theme);
    annotations::render_annotations(frame, app, theme);
    status::render_status(frame, app, theme);
    quotes::render_picker(frame, app, theme);
    entities::render_entity_picker(frame, app, theme);
    annotations::render_tag_picker(frame, app, theme);
    annotations::render_editor(frame, app, theme);
    if let Some(scroll) = app.help {
        help::render_help(frame, app, theme, scroll);
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let message = format!(
        "Terminal too small: byline needs at least {MIN_WIDTH}×{MIN_HEIGHT}, this one is {}×{}. Enlarge it or press q to quit.",
        area.width, area.height
    );
    let top = area.height.saturating_sub(3) / 2;
    let area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::from(message).style(theme.warning))
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// A pane's border, highlighted when the pane has focus.
fn pane_block<'a>(title: Line<'a>, focused: bool, theme: &Theme) -> Block<'a> {
    Block::bordered().title(title).border_style(if focused {
        theme.border_focused
    } else {
        theme.border
    })
}

/// True when `pane` has focus.
fn focused(app: &App, pane: Pane) -> bool {
    app.focus == pane && app.help.is_none()
}
