//! The Annotations pane (rows in text order, detail line), the tag picker and the note
//! editor popup.

use byline::annotations::Colour;
use byline::report::shorten;
use byline::view::fit::truncate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::lists::{render_detail_line, render_list, render_popup};
use super::pane_block;
use crate::tui::app::App;
use crate::tui::note_editor::{EditTarget, EditorField};
use crate::tui::panes::Pane;
use crate::tui::theme::Theme;

/// Draws the Annotations pane: "● “passage…” — note" rows in their colour, orphans marked,
/// and the selected annotation's note and tags below.
pub fn render_annotations(frame: &mut Frame, app: &App, theme: &Theme) {
    let doc = app.doc();
    let rows: Vec<(String, Style)> = app
        .annotation_rows
        .iter()
        .map(|row| {
            let annotation = &doc.annotations[row.index];
            let passage = shorten(&annotation.quote.exact, 60);
            let orphan = if row.range.is_none() { "(orphan) " } else { "" };
            let note = annotation.note.lines().next().unwrap_or_default();
            let passage = quoted(&passage);
            let label = if note.is_empty() {
                format!("● {orphan}{passage}")
            } else {
                format!("● {orphan}{note} — {passage}")
            };
            (label, theme.highlight_marker(annotation.colour))
        })
        .collect();
    let title = match &app.tag_filter {
        Some(tag) => format!(" Annotations · #{tag} ({}) ", app.annotation_rows.len()),
        None => format!(" Annotations ({}) ", doc.annotations.len()),
    };
    render_list(
        frame,
        app,
        theme,
        Pane::Annotations,
        &title,
        &rows,
        &app.annotations,
        "None yet: v selects, a writes a note, h highlights",
    );
    render_detail(frame, app, theme);
}

/// The last row of the pane: the selected annotation's tags, colour and date.
fn render_detail(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some(annotation) = app.selected_annotation() else {
        return;
    };
    let mut parts: Vec<String> = Vec::new();
    if !annotation.tags.is_empty() {
        let tags: Vec<String> = annotation.tags.iter().map(|t| format!("#{t}")).collect();
        parts.push(tags.join(" "));
    }
    parts.push(annotation.colour.name().to_owned());
    parts.push(annotation.modified.get(..10).unwrap_or_default().to_owned());
    if annotation.orphan {
        parts.push("not found in the text".to_owned());
    }
    render_detail_line(frame, app, theme, Pane::Annotations, &parts);
}

/// The tag picker: "All annotations" then every tag with its count.
pub fn render_tag_picker(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some((entries, list)) = &app.tag_picker else {
        return;
    };
    let rows: Vec<(String, Style)> = entries
        .iter()
        .map(|(tag, count)| {
            let label = match tag {
                Some(tag) => format!("#{tag} ({count})"),
                None => format!("All annotations ({count})"),
            };
            (label, theme.text)
        })
        .collect();
    render_popup(
        frame,
        theme,
        " Tag · Enter filters, Esc closes ",
        &rows,
        list,
        app.picker_height(),
    );
}

/// The note editor: the passage in the title, the note, the tags line, the colours, keys.
pub fn render_editor(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some(editor) = &app.editor else {
        return;
    };
    let area = frame.area();
    let width = area.width.saturating_sub(4).clamp(20, 76);
    let height = if area.height < 14 {
        area.height
    } else {
        (area.height - 4).min(18)
    };
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    };
    frame.render_widget(Clear, popup);
    let verb = match editor.target {
        EditTarget::New(_) => "Note on",
        EditTarget::Existing(_) => "Edit note on",
    };
    let passage = quoted(&shorten(&editor.passage, 200));
    let title = truncate(
        &format!(" {verb} {passage} "),
        popup.width.saturating_sub(4) as usize,
    );
    let outer = pane_block(Line::from(title).style(theme.title), true, theme);
    let inner = outer.inner(popup);
    frame.render_widget(outer, popup);
    let [note_area, tags_area, colour_area, keys_area] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);

    let field_block = |name: &'static str, field: EditorField| {
        let focused = editor.field == field;
        Block::bordered()
            .title(Line::from(name).style(if focused { theme.key } else { theme.dim }))
            .border_style(if focused {
                theme.border_focused
            } else {
                theme.border
            })
    };
    let mut note = editor.note.clone();
    note.set_block(field_block(" Note ", EditorField::Note));
    show_cursor(&mut note, editor.field == EditorField::Note, theme);
    frame.render_widget(&note, note_area);
    let mut tags = editor.tags.clone();
    tags.set_block(field_block(" Tags (comma-separated) ", EditorField::Tags));
    show_cursor(&mut tags, editor.field == EditorField::Tags, theme);
    frame.render_widget(&tags, tags_area);

    let mut spans = vec![Span::styled(
        " Colour: ",
        if editor.field == EditorField::Colour {
            theme.key
        } else {
            theme.dim
        },
    )];
    for colour in Colour::ALL {
        let chosen = colour == editor.colour;
        let label = if chosen {
            format!("[{}]", colour.name())
        } else {
            format!(" {} ", colour.name())
        };
        let mut style = theme.highlight_marker(colour);
        if chosen {
            style = style.patch(theme.title);
        }
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), colour_area);
    let keys = if editor.confirm_discard {
        Line::from(Span::styled(
            " Discard this note? y discards, n keeps editing",
            theme.warning,
        ))
    } else {
        Line::from(Span::styled(
            " Ctrl-S save · Esc cancel · Tab next field · ←/→ colour",
            theme.dim,
        ))
    };
    frame.render_widget(Paragraph::new(keys), keys_area);
}

/// Shows the text cursor only in the focused field.
fn show_cursor(area: &mut ratatui_textarea::TextArea<'static>, focused: bool, theme: &Theme) {
    if focused {
        area.set_cursor_style(theme.cursor);
    } else {
        area.set_cursor_style(Style::new());
    }
    area.set_cursor_line_style(Style::new());
}

/// A passage in quotation marks, unless it already opens with one.
fn quoted(passage: &str) -> String {
    if passage.starts_with(['“', '"', '‘', '\'', '«', '„']) {
        passage.to_owned()
    } else {
        format!("“{passage}”")
    }
}
