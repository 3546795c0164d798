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
    if let Some(prompt) = &app.prompt {
        // A prompt is modal: it gets the whole line.
        let line = Line::from(Span::styled(
            fit_prompt(prompt, total),
            theme.status.patch(theme.prompt),
        ));
        frame.render_widget(Paragraph::new(line).style(theme.status), area);
        return;
    }
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
    let middle: (String, ratatui::style::Style) = if app.search.typing {
        (format!(" /{}▏", app.search.query), theme.key)
    } else if let Some(message) = &app.message {
        (format!(" {message}"), theme.warning)
    } else if let Some(note) = app.note_under_cursor() {
        (format!(" {note}"), theme.status.patch(theme.title))
    } else if app.text.anchor.is_some() {
        (
            " Selecting · a note · h highlight · Esc stops".to_owned(),
            theme.key,
        )
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

/// The prompt as shown in `total` columns: the rename line with a cursor and its keys, or the
/// hide question. When it does not fit, the keys go first, then the start of the line, so what
/// is being typed stays in view.
fn fit_prompt(prompt: &Prompt, total: usize) -> String {
    let (text, keys) = match prompt {
        Prompt::Rename { entity, text } => (
            format!(" Rename {entity} to: {text}▏"),
            " (Enter saves, Esc cancels, Ctrl-u clears)",
        ),
        Prompt::ConfirmHide { entity } => (
            format!(" Hide {entity}? Its quotes become unattributed."),
            " y/n",
        ),
        Prompt::Export { text } => (
            format!(" Export annotations to: {text}▏"),
            " (.md Markdown, .json W3C, .byline.json byline; Enter writes, Esc cancels)",
        ),
    };
    if width(&text) + width(keys) <= total {
        return format!("{text}{keys}");
    }
    let text = match prompt {
        Prompt::ConfirmHide { entity } => format!(" Hide {entity}? y/n"),
        Prompt::Rename { .. } | Prompt::Export { .. } => text,
    };
    let mut tail: Vec<char> = Vec::new();
    let mut used = 1; // the ellipsis
    for c in text.chars().rev() {
        let w = width(&c.to_string());
        if used + w > total {
            break;
        }
        tail.push(c);
        used += w;
    }
    if tail.len() == text.chars().count() {
        return text;
    }
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

fn first_label(app: &App, action: Action) -> String {
    app.keymap
        .keys_for(action)
        .first()
        .map(|k| k.label())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_prompt_keeps_what_is_typed_in_view() {
        let prompt = Prompt::Rename {
            entity: "Ana Ruiz".into(),
            text: "Ana María Ruiz".into(),
        };
        assert_eq!(
            fit_prompt(&prompt, 80),
            " Rename Ana Ruiz to: Ana María Ruiz▏ (Enter saves, Esc cancels, Ctrl-u clears)"
        );
        assert_eq!(fit_prompt(&prompt, 20), "…to: Ana María Ruiz▏");
        let hide = Prompt::ConfirmHide {
            entity: "Boston".into(),
        };
        assert_eq!(fit_prompt(&hide, 20), " Hide Boston? y/n");
    }
}
