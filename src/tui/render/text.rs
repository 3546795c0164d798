//! The text pane: the wrapped article with quotes, entity mentions, matches and the current
//! quote marked. Only the marks overlapping the lines on screen are looked up.

use byline::view::marks::{Layer, Mark, overlapping, segment_line};
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{focused, pane_block};
use crate::tui::app::App;
use crate::tui::panes::Pane;
use crate::tui::theme::Theme;

/// Draws the article text.
pub fn render_text(frame: &mut Frame, app: &App, theme: &Theme) {
    let doc = app.doc();
    let title = Line::from(format!(" {} ", doc.article.display_name())).style(theme.title);
    frame.render_widget(
        pane_block(title, focused(app, Pane::Text), theme),
        app.layout.text,
    );
    let body = app.layout.text_body();
    if doc.article.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::from("(this article is empty)").style(theme.dim)),
            body,
        );
        return;
    }
    let Some(reflow) = &app.text.reflow else {
        return;
    };
    let start = app.text.scroll.min(reflow.len());
    let end = (start + body.height as usize).min(reflow.len());
    let visible = &reflow.lines()[start..end];
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let marks = visible_marks(app, first.range.start..last.range.end);
    let text = doc.article.text();
    let lines: Vec<Line> = visible
        .iter()
        .map(|line| {
            let spans: Vec<Span> = segment_line(line.range.clone(), &marks)
                .into_iter()
                .map(|segment| {
                    Span::styled(
                        &text[segment.range.clone()],
                        style_for(&segment.marks, app, theme),
                    )
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// The marks that fall in the byte window shown on screen.
fn visible_marks(app: &App, window: std::ops::Range<usize>) -> Vec<Mark> {
    let doc = app.doc();
    let text = doc.article.text();
    let quotes = &doc.analysis.quotes;
    let mut marks = Vec::new();
    for index in overlapping(quotes, |q| q.marked_span(text), window.clone()) {
        let range = quotes[index].marked_span(text);
        marks.push(Mark {
            range: range.clone(),
            layer: Layer::Quote,
            tag: index,
        });
        if app.current_quote == Some(index) {
            marks.push(Mark {
                range,
                layer: Layer::CurrentQuote,
                tag: index,
            });
        }
    }
    let mentions = &doc.mentions;
    for index in overlapping(&mentions.all, |(m, _)| m.clone(), window.clone()) {
        let (range, entity) = &mentions.all[index];
        marks.push(Mark {
            range: range.clone(),
            layer: Layer::Mention,
            tag: *entity,
        });
    }
    if let Some(entity) = app.highlighted_entity() {
        let own = mentions.of(entity);
        for index in overlapping(own, |m| m.clone(), window.clone()) {
            marks.push(Mark {
                range: own[index].clone(),
                layer: Layer::SelectedMention,
                tag: entity,
            });
        }
    }
    let matches = &app.search.matches;
    for index in overlapping(matches, |m| m.clone(), window) {
        let layer = if app.search.current == Some(index) {
            Layer::CurrentMatch
        } else {
            Layer::SearchMatch
        };
        marks.push(Mark {
            range: matches[index].clone(),
            layer,
            tag: index,
        });
    }
    marks
}

/// The style for a piece of text under the given marks.
fn style_for(marks: &[(Layer, usize)], app: &App, theme: &Theme) -> Style {
    let mut style = theme.text;
    for (layer, tag) in marks {
        style = match layer {
            Layer::Quote => style.patch(theme.speaker_quote(app.doc().quote_slot(*tag))),
            Layer::CurrentQuote => style.add_modifier(theme.current_quote),
            Layer::SearchMatch => style.patch(theme.search_match),
            Layer::CurrentMatch => style.patch(theme.current_match),
            Layer::Mention => style.patch(theme.mention),
            Layer::SelectedMention => style.patch(theme.selected_mention),
        };
    }
    style
}
