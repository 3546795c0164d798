//! The entities pane (kind headings, "name (mentions)" rows, the selected entity's details
//! and mention strip) and the merge / split picker.

use byline::view::entity_list::{EntityRow, bin_of, detail_line, group_label, mention_strip};
use byline::view::fit::truncate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::lists::{render_list, render_popup};
use crate::tui::app::App;
use crate::tui::entity_edits::PickPurpose;
use crate::tui::layout::ScreenLayout;
use crate::tui::panes::Pane;
use crate::tui::theme::Theme;

/// Draws the entities pane: a heading per kind, then each entity with its number of
/// mentions (speakers in their colour), and the selected entity's details at the bottom.
pub fn render_entities(frame: &mut Frame, app: &App, theme: &Theme) {
    let doc = app.doc();
    let analysis = &doc.analysis;
    let rows: Vec<(String, Style)> = app
        .entity_rows
        .iter()
        .map(|row| match *row {
            EntityRow::Group { kind, count } => {
                (format!("{} ({count})", group_label(kind)), theme.heading)
            }
            EntityRow::Entity(id) => {
                let entity = &analysis.entities[id];
                let style = match doc.slots.get(id).copied().flatten() {
                    Some(slot) => theme.speaker_quote(Some(slot)),
                    None => theme.text,
                };
                (
                    format!("  {} ({})", entity.name, entity.mentions.len()),
                    style,
                )
            }
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
    render_detail(frame, app, theme);
}

/// The last two rows of the pane: the selected entity's role, other names and number of
/// quotes; then a strip the width of the pane showing where its mentions fall in the text,
/// with the mention the reader is on picked out.
fn render_detail(frame: &mut Frame, app: &App, theme: &Theme) {
    if app.detail_rows(Pane::Entities) < 2 {
        return;
    }
    let Some(id) = app.selected_entity() else {
        return;
    };
    let inner = ScreenLayout::inner(app.layout.entities);
    let width = inner.width as usize;
    let doc = app.doc();
    let detail = truncate(&detail_line(&doc.analysis, id), width);
    let mentions = doc.mentions.of(id);
    let text_len = doc.article.text().len();
    let strip = if mentions.is_empty() {
        Line::from(Span::styled(
            truncate("not mentioned in the text", width),
            theme.dim,
        ))
    } else {
        let cells: Vec<char> = mention_strip(mentions, text_len, width).chars().collect();
        let current = app
            .current_mention
            .filter(|(entity, _)| *entity == id)
            .and_then(|(_, index)| mentions.get(index))
            .map(|m| bin_of(m.start, text_len, width));
        let spans: Vec<Span> = cells
            .iter()
            .enumerate()
            .map(|(bin, cell)| {
                let style = if Some(bin) == current {
                    theme.strip_current
                } else if *cell == '·' {
                    theme.dim
                } else {
                    theme.strip
                };
                Span::styled(cell.to_string(), style)
            })
            .collect();
        Line::from(spans)
    };
    let area = Rect {
        y: inner.bottom().saturating_sub(2),
        height: 2,
        ..inner
    };
    frame.render_widget(
        Paragraph::new(vec![Line::from(Span::styled(detail, theme.dim)), strip]),
        area,
    );
}

/// The merge picker (the other entities) or the split picker (the entity's other names).
pub fn render_entity_picker(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some(picker) = &app.entity_picker else {
        return;
    };
    let title = match picker.purpose {
        PickPurpose::Merge => format!(" Merge {} into… · Enter merges, Esc closes ", picker.entity),
        PickPurpose::Split => format!(" Split off {} · Enter splits, Esc closes ", picker.entity),
    };
    let rows: Vec<(String, Style)> = picker
        .labels
        .iter()
        .map(|label| (label.clone(), theme.text))
        .collect();
    render_popup(
        frame,
        theme,
        &title,
        &rows,
        &picker.list,
        app.picker_height(),
    );
}
