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
    let cursor_line = app.text.cursor_line();
    if (start..end).contains(&cursor_line) && body.x > app.layout.text.x {
        let gutter = ratatui::layout::Rect {
            x: body.x - 1,
            y: body.y + (cursor_line - start) as u16,
            width: 1,
            height: 1,
        };
        frame.render_widget(
            Paragraph::new(Line::from("▌").style(theme.cursor_gutter)),
            gutter,
        );
    }
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
    for index in overlapping_optional(&doc.annotation_ranges, window.clone()) {
        if let Some(range) = &doc.annotation_ranges[index] {
            marks.push(Mark {
                range: range.clone(),
                layer: Layer::Highlight,
                tag: index,
            });
        }
    }
    if let Some(range) = app.selection() {
        marks.push(Mark {
            range,
            layer: Layer::Selection,
            tag: 0,
        });
    }
    if app.focus == Pane::Text && app.help.is_none() {
        let cursor = app.text.cursor.min(text.len());
        let end = text[cursor..]
            .chars()
            .next()
            .map_or(cursor, |c| cursor + c.len_utf8());
        marks.push(Mark {
            range: cursor..end,
            layer: Layer::Cursor,
            tag: 0,
        });
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
            Layer::Highlight => match app.doc().annotations.get(*tag) {
                Some(annotation) => style.patch(theme.highlight(annotation.colour)),
                None => style,
            },
            Layer::Selection => style.patch(theme.selection),
            Layer::Cursor => style.patch(theme.cursor),
        };
    }
    style
}

/// Indexes of the ranges overlapping `window` (a short list, scanned in full).
fn overlapping_optional(
    ranges: &[Option<std::ops::Range<usize>>],
    window: std::ops::Range<usize>,
) -> impl Iterator<Item = usize> + '_ {
    ranges.iter().enumerate().filter_map(move |(i, r)| {
        r.as_ref()
            .filter(|r| r.start < window.end && r.end > window.start)
            .map(|_| i)
    })
}
