//! The quotes pane (rows, detail line) and the speaker picker.

use byline::report::shorten;
use byline::view::quote_list::{QuoteRow, kind_label};
use ratatui::Frame;
use ratatui::style::Style;

use super::lists::{render_detail_line, render_list, render_popup};
use crate::tui::app::App;
use crate::tui::panes::Pane;
use crate::tui::theme::Theme;

/// Draws the quotes pane: "Speaker — “first words…”" rows in the speaker's colour (or, when
/// grouped, speaker headings with their quotes), and the selected quote's details below.
pub fn render_quotes(frame: &mut Frame, app: &App, theme: &Theme) {
    let doc = app.doc();
    let analysis = &doc.analysis;
    let text = doc.article.text();
    let grouped = app.quote_options.by_speaker;
    let rows: Vec<(String, Style)> = app
        .quote_rows
        .iter()
        .map(|row| match *row {
            QuoteRow::Group { speaker, count } => {
                let slot = speaker.and_then(|s| doc.slots.get(s).copied().flatten());
                (
                    format!("{} ({count})", app.speaker_label(speaker)),
                    theme.speaker_quote(slot).patch(theme.title),
                )
            }
            QuoteRow::Quote(index) => {
                let quote = &analysis.quotes[index];
                let words = shorten(&text[quote.span.clone()], 200);
                let label = if grouped {
                    format!("  “{words}”")
                } else {
                    let speaker = analysis.speaker_name(quote).unwrap_or("Unattributed");
                    format!("{speaker} — “{words}”")
                };
                (label, theme.speaker_quote(doc.quote_slot(index)))
            }
        })
        .collect();
    let shown = app
        .quote_rows
        .iter()
        .filter(|r| matches!(r, QuoteRow::Quote(_)))
        .count();
    let title = match app.quote_options.filter {
        Some(speaker) => format!(" Quotes · {} ({}) ", app.speaker_label(speaker), shown),
        None => format!(" Quotes ({}) ", analysis.quotes.len()),
    };
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
    render_detail(frame, app, theme);
}

/// The last row of the pane: speaker, role, cue and kind of the selected quote.
fn render_detail(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some(index) = app.selected_quote() else {
        return;
    };
    let analysis = &app.doc().analysis;
    let quote = &analysis.quotes[index];
    let entity = quote.speaker.and_then(|s| analysis.entities.get(s));
    let mut parts: Vec<String> =
        vec![entity.map_or_else(|| "Unattributed".to_owned(), |e| e.name.clone())];
    if let Some(role) = entity.and_then(|e| e.description.clone()) {
        parts.push(role);
    }
    if let Some(cue) = &quote.cue {
        parts.push(format!("“{cue}”"));
    }
    parts.push(kind_label(quote.kind).to_owned());
    render_detail_line(frame, app, theme, Pane::Quotes, &parts);
}

/// The speaker picker: every speaker with their number of quotes.
pub fn render_picker(frame: &mut Frame, app: &App, theme: &Theme) {
    let Some((entries, list)) = &app.picker else {
        return;
    };
    let doc = app.doc();
    let rows: Vec<(String, Style)> = entries
        .iter()
        .map(|(speaker, count)| {
            let slot = speaker.and_then(|s| doc.slots.get(s).copied().flatten());
            (
                format!("{} ({count})", app.speaker_label(*speaker)),
                theme.speaker_quote(slot),
            )
        })
        .collect();
    render_popup(
        frame,
        theme,
        " Speaker · Enter filters, Esc closes ",
        &rows,
        list,
        app.picker_height(),
    );
}
