//! Helpers for the reader's tests: build an [`App`] over articles, apply actions, render on
//! ratatui's `TestBackend` and look at the buffer the way a person looks at the screen.

use byline::document::{Article, Metadata, Sample};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::action::Action;
use super::app::{App, Document};
use super::keymap::Keymap;
use super::render::render;
use super::theme::Theme;

/// An article titled `title` with these paragraphs (its source is `test.txt`).
pub fn article(title: &str, paragraphs: &[&str]) -> Article {
    let meta = Metadata {
        title: Some(title.to_owned()),
        ..Metadata::default()
    };
    Article::from_paragraphs("test.txt", meta, paragraphs.iter().copied())
}

/// A reader over `articles` (no annotation files), sized `width` × `height`.
pub fn app_for(articles: Vec<Article>, width: u16, height: u16) -> App {
    let mut app = App::new(
        articles.into_iter().map(Document::new).collect(),
        Keymap::defaults(),
    );
    app.update(Action::Resize { width, height });
    app
}

/// A reader over the bundled sample, sized `width` × `height`.
pub fn sample_app(width: u16, height: u16) -> App {
    app_for(vec![Sample::default_sample().load()], width, height)
}

/// Applies `actions` one by one (effects are left pending).
pub fn step(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(*action);
    }
}

/// Renders the reader with `theme` and returns the screen.
pub fn draw_with(app: &App, theme: &Theme) -> Buffer {
    let area = app.layout.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal.draw(|frame| render(frame, app, theme)).unwrap();
    terminal.backend().buffer().clone()
}

/// Renders the reader with the colour theme and returns the screen.
pub fn draw(app: &App) -> Buffer {
    draw_with(app, &Theme::colored())
}

/// The screen's rows as text.
pub fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// The whole screen as text, one line per row.
pub fn screen(buffer: &Buffer) -> String {
    rows(buffer).join("\n")
}

/// The screen position of the first occurrence of `needle` anywhere on screen.
pub fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_in(buffer, buffer.area, needle)
}

/// The screen position of the first occurrence of `needle` inside `area`, row by row.
/// Wide characters occupy two cells; the second one is skipped.
pub fn find_in(buffer: &Buffer, area: ratatui::layout::Rect, needle: &str) -> Option<(u16, u16)> {
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut columns = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let symbol = buffer[(x, y)].symbol();
            for _ in symbol.chars() {
                columns.push(x);
            }
            row.push_str(symbol);
            x += byline::view::fit::width(symbol).max(1) as u16;
        }
        if let Some(byte) = row.find(needle) {
            return Some((columns[row[..byte].chars().count()], y));
        }
    }
    None
}

/// True when the rendered screen shows `needle`.
pub fn screen_contains(app: &App, needle: &str) -> bool {
    screen(&draw(app)).contains(needle)
}

/// Applies `actions` one by one, performing the effects each asks for, as the run loop does.
pub fn step_and_perform(app: &mut App, actions: &[Action]) {
    for action in actions {
        app.update(*action);
        super::effects::perform(app);
    }
}

/// Types `text` into the open prompt.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::PromptType(c));
    }
}

/// The text of row `y` of the buffer between columns `x` and `x + width`.
pub fn row_text(buffer: &Buffer, x: u16, y: u16, width: u16) -> String {
    (x..x + width).map(|x| buffer[(x, y)].symbol()).collect()
}
