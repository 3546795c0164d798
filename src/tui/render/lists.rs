//! The entities pane, and the list drawing shared with the quotes pane.

use byline::view::fit::truncate;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, pane_block};
use crate::tui::app::App;
use crate::tui::layout::ScreenLayout;
use crate::tui::panes::{ListView, Pane};
use crate::tui::theme::Theme;

/// Draws the entities pane.
pub fn render_entities(frame: &mut Frame, app: &App, theme: &Theme) {
    let analysis = &app.doc().analysis;
    let rows: Vec<(String, ratatui::style::Style)> = analysis
        .entities
        .iter()
        .map(|entity| {
            (
                format!("{} ({})", entity.name, entity.mentions.len()),
                theme.text,
            )
        })
        .collect();
    let title = format!(" Entities ({}) ", analysis.entities.len());
    render_list(
        frame,
        app,
        theme,
        Pane::Entities,
        &title,
        &rows,
        &app.entities,
        "No entities found",
    );
}

/// Draws a bordered list pane: a title, the visible rows (the selected one highlighted), or
/// `empty` when there are no rows.
#[allow(clippy::too_many_arguments)]
pub fn render_list(
    frame: &mut Frame,
    app: &App,
    theme: &Theme,
    pane: Pane,
    title: &str,
    rows: &[(String, ratatui::style::Style)],
    state: &ListView,
    empty: &str,
) {
    let area = if pane == Pane::Quotes {
        app.layout.quotes
    } else {
        app.layout.entities
    };
    let is_focused = focused(app, pane);
    frame.render_widget(
        pane_block(
            Line::from(title.to_owned()).style(theme.title),
            is_focused,
            theme,
        ),
        area,
    );
    let inner = ScreenLayout::inner(area);
    if rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::from(empty.to_owned()).style(theme.dim)),
            inner,
        );
        return;
    }
    let width = inner.width as usize;
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(state.offset)
        .take(app.list_height(pane))
        .map(|(index, (label, style))| {
            let mut style = *style;
            if state.selected == Some(index) {
                style = if is_focused {
                    style.patch(theme.selected)
                } else {
                    style.patch(theme.title)
                };
            }
            Line::from(Span::styled(truncate(label, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
