//! The status line: title, position, focused pane, messages or a prompt (search, rename,
//! confirmation), key hints.

use byline::view::fit::{truncate, width};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::entity_edits::Prompt;
use crate::tui::theme::Theme;

/// Draws the status line.
pub fn render_status(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = app.layout.status;
    let total = area.width as usize;
    let hint = format!(
        " {} help  {} quit ",
        app.keymap.label_for(Action::Help),
        first_label(app, Action::Quit)
    );
    let position = if app.docs.len() > 1 {
        format!(
            " {}% · {} · {}/{} ",
            app.text.percent(),
            app.focus.name(),
            app.current + 1,
            app.docs.len()
        )
    } else {
        format!(" {}% · {} ", app.text.percent(), app.focus.name())
    };
    let middle: (String, ratatui::style::Style) = if let Some(prompt) = &app.prompt {
        (prompt_text(prompt), theme.prompt)
    } else if app.search.typing {
        (format!(" /{}▏", app.search.query), theme.key)
    } else if let Some(message) = &app.message {
        (format!(" {message}"), theme.warning)
    } else {
        (String::new(), theme.status)
    };
    let room_for_title = total
        .saturating_sub(width(&position) + width(&hint) + width(&middle.0))
        .max(8);
    let title = truncate(
        &format!(" {}", app.doc().article.display_name()),
        room_for_title.saturating_sub(1),
    );
    let used = width(&title) + width(&position) + width(&middle.0) + width(&hint);
    let middle_text = if used > total {
        truncate(&middle.0, middle.0.len().saturating_sub(used - total))
    } else {
        middle.0
    };
    let used = width(&title) + width(&position) + width(&middle_text) + width(&hint);
    let padding = " ".repeat(total.saturating_sub(used));
    let line = Line::from(vec![
        Span::styled(title, theme.status.patch(theme.title)),
        Span::styled(position, theme.status),
        Span::styled(middle_text, theme.status.patch(middle.1)),
        Span::styled(padding, theme.status),
        Span::styled(hint, theme.status),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.status), area);
}

/// The prompt as shown: the rename line with a cursor, or the hide question.
fn prompt_text(prompt: &Prompt) -> String {
    match prompt {
        Prompt::Rename { entity, text } => {
            format!(" Rename {entity} to: {text}▏ (Enter saves, Esc cancels) ")
        }
        Prompt::ConfirmHide { entity } => {
            format!(" Hide {entity}? Its quotes become unattributed. y/n ")
        }
    }
}

fn first_label(app: &App, action: Action) -> String {
    app.keymap
        .keys_for(action)
        .first()
        .map(|k| k.label())
        .unwrap_or_default()
}
