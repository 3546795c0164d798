//! The quotes and entities panes.

use byline::report::shorten;
use byline::view::fit::truncate;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, pane_block};
use crate::tui::app::App;
use crate::tui::layout::ScreenLayout;
use crate::tui::panes::{ListView, Pane};
use crate::tui::theme::Theme;

/// Draws the quotes pane: one row per quote, "Speaker — “first words…”".
pub fn render_quotes(frame: &mut Frame, app: &App, theme: &Theme) {
    let analysis = &app.doc().analysis;
    let text = app.doc().article.text();
    let rows: Vec<(String, ratatui::style::Style)> = analysis
        .quotes
        .iter()
        .map(|quote| {
            let speaker = analysis.speaker_name(quote).unwrap_or("Unattributed");
            let words = shorten(&text[quote.span.clone()], 200);
            (
                format!("{speaker} — “{words}”"),
                theme.speaker_quote(quote.speaker),
            )
        })
        .collect();
    let title = format!(" Quotes ({}) ", analysis.quotes.len());
    render_list(
        frame,
        app,
        theme,
        Pane::Quotes,
        &title,
        &rows,
        &app.quotes,
        "No quotes found",
    );
}

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

#[allow(clippy::too_many_arguments)]
fn render_list(
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
        .take(inner.height as usize)
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
