//! Drawing shared by the list panes and the pickers.

use byline::view::fit::{truncate, width};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{focused, pane_block};
use crate::tui::app::App;
use crate::tui::layout::ScreenLayout;
use crate::tui::panes::{ListView, Pane};
use crate::tui::theme::Theme;

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
    let area = app.layout.rect(pane);
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

/// Draws a picker: a bordered popup in the middle of the screen listing `rows`, `height` at
/// a time, with the selected one highlighted.
pub fn render_popup(
    frame: &mut Frame,
    theme: &Theme,
    title: &str,
    rows: &[(String, Style)],
    list: &ListView,
    height: usize,
) {
    let area = frame.area();
    let widest = rows.iter().map(|(l, _)| width(l)).max().unwrap_or(10);
    let popup_width = (widest.max(width(title)) as u16 + 4)
        .max(40)
        .min(area.width.saturating_sub(2).max(1));
    let shown = rows.len().min(height) as u16;
    let popup = Rect {
        x: area.x + area.width.saturating_sub(popup_width) / 2,
        y: area.y + area.height.saturating_sub(shown + 2) / 2,
        width: popup_width,
        height: (shown + 2).min(area.height),
    };
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(height)
        .map(|(i, (label, style))| {
            let mut style = *style;
            if list.selected == Some(i) {
                style = style.patch(theme.selected);
            }
            Line::from(Span::styled(
                truncate(label, popup_width.saturating_sub(2) as usize),
                style,
            ))
        })
        .collect();
    frame.render_widget(Clear, popup);
    let title = Line::from(title.to_owned()).style(theme.title);
    frame.render_widget(
        Paragraph::new(lines).block(pane_block(title, true, theme)),
        popup,
    );
}

/// Draws `parts`, joined by " · ", dimmed on the last row of a list pane that keeps a detail
/// row (see [`App::detail_rows`]).
pub fn render_detail_line(
    frame: &mut Frame,
    app: &App,
    theme: &Theme,
    pane: Pane,
    parts: &[String],
) {
    let inner = ScreenLayout::inner(app.layout.rect(pane));
    if app.detail_rows(pane) == 0 || inner.height == 0 {
        return;
    }
    let line = truncate(&parts.join(" · "), inner.width as usize);
    let area = Rect {
        y: inner.bottom() - 1,
        height: 1,
        ..inner
    };
    frame.render_widget(
        Paragraph::new(Line::from(Span::styled(line, theme.dim))),
        area,
    );
}
