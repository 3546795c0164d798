//! Every style the reader uses, in one place. `NO_COLOR` turns colours off and leaves only
//! bold, underline and reverse video to tell things apart.

use byline::annotations::Colour;
use ratatui::style::{Color, Modifier, Style};

/// The terminal colour of an annotation colour.
fn highlight_colour(colour: Colour) -> Color {
    match colour {
        Colour::Yellow => Color::Rgb(250, 225, 110),
        Colour::Green => Color::Rgb(150, 220, 140),
        Colour::Blue => Color::Rgb(140, 190, 250),
        Colour::Pink => Color::Rgb(245, 160, 200),
        Colour::Orange => Color::Rgb(250, 180, 100),
    }
}

/// The reader's named styles.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Body text.
    pub text: Style,
    /// A quotation without a speaker colour.
    pub quote: Style,
    /// Added to the quotation the reader is on.
    pub current_quote: Modifier,
    /// A search match.
    pub search_match: Style,
    /// The current search match.
    pub current_match: Style,
    /// A mention of an entity in the text: a subtle mark.
    pub mention: Style,
    /// A mention of the selected entity: clearly highlighted.
    pub selected_mention: Style,
    /// Headings of the entities pane (People, Organisations...).
    pub heading: Style,
    /// The mention strip under the entities pane.
    pub strip: Style,
    /// The strip cell holding the mention the reader is on.
    pub strip_current: Style,
    /// The status-line prompt (rename, confirmations).
    pub prompt: Style,
    /// Border of a pane without focus.
    pub border: Style,
    /// Border of the focused pane.
    pub border_focused: Style,
    /// Pane titles.
    pub title: Style,
    /// The selected row of a list.
    pub selected: Style,
    /// Secondary text: counts, hints, placeholders.
    pub dim: Style,
    /// The status line.
    pub status: Style,
    /// Keys in the status line and help.
    pub key: Style,
    /// Messages that need attention.
    pub warning: Style,
    /// Colours given to speakers, in order of first appearance.
    pub speakers: Vec<Color>,
    /// The passage being selected.
    pub selection: Style,
    /// The character under the reading cursor (while the text pane has focus).
    pub cursor: Style,
    /// The marker beside the cursor's line.
    pub cursor_gutter: Style,
    /// True when highlights get a background colour each; otherwise they are underlined.
    pub coloured_highlights: bool,
}

impl Theme {
    /// The theme for this environment: colourless when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Theme::monochrome()
        } else {
            Theme::colored()
        }
    }

    /// The default colour theme.
    pub fn colored() -> Theme {
        Theme {
            text: Style::new(),
            quote: Style::new().fg(Color::Yellow),
            current_quote: Modifier::REVERSED,
            search_match: Style::new().bg(Color::Blue).fg(Color::White),
            current_match: Style::new()
                .bg(Color::Magenta)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            mention: Style::new()
                .add_modifier(Modifier::UNDERLINED)
                .underline_color(Color::DarkGray),
            selected_mention: Style::new()
                .bg(Color::Green)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            strip: Style::new().fg(Color::Green),
            strip_current: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            prompt: Style::new().fg(Color::Black).bg(Color::Cyan),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new().fg(Color::DarkGray),
            status: Style::new().bg(Color::DarkGray).fg(Color::White),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            warning: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            speakers: vec![
                Color::LightYellow,
                Color::LightGreen,
                Color::LightCyan,
                Color::LightMagenta,
                Color::LightBlue,
                Color::LightRed,
                Color::Yellow,
                Color::Green,
                Color::Cyan,
                Color::Magenta,
            ],
            selection: Style::new().bg(Color::Gray).fg(Color::Black),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            cursor_gutter: Style::new().fg(Color::Cyan),
            coloured_highlights: true,
        }
    }

    /// The theme without colours.
    pub fn monochrome() -> Theme {
        Theme {
            text: Style::new(),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            current_quote: Modifier::REVERSED,
            search_match: Style::new().add_modifier(Modifier::UNDERLINED),
            current_match: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            mention: Style::new().add_modifier(Modifier::BOLD),
            selected_mention: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            strip: Style::new(),
            strip_current: Style::new().add_modifier(Modifier::REVERSED),
            prompt: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            border_focused: Style::new().add_modifier(Modifier::BOLD),
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            dim: Style::new(),
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().add_modifier(Modifier::BOLD),
            warning: Style::new().add_modifier(Modifier::BOLD),
            speakers: Vec::new(),
            selection: Style::new().add_modifier(Modifier::REVERSED),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            cursor_gutter: Style::new().add_modifier(Modifier::BOLD),
            coloured_highlights: false,
        }
    }

    /// A highlight in one of the annotation colours: a background tint, or without colours
    /// an underline.
    pub fn highlight(&self, colour: Colour) -> Style {
        if !self.coloured_highlights {
            return Style::new().add_modifier(Modifier::UNDERLINED);
        }
        Style::new().bg(highlight_colour(colour)).fg(Color::Black)
    }

    /// An annotation colour for text (the Annotations pane's marker).
    pub fn highlight_marker(&self, colour: Colour) -> Style {
        if !self.coloured_highlights {
            return Style::new().add_modifier(Modifier::BOLD);
        }
        Style::new().fg(highlight_colour(colour))
    }

    /// The style of a quotation by the speaker with colour slot `slot` (none: unattributed).
    pub fn speaker_quote(&self, slot: Option<usize>) -> Style {
        match slot {
            Some(slot) if !self.speakers.is_empty() => {
                Style::new().fg(self.speakers[slot % self.speakers.len()])
            }
            _ => self.quote,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_uses_no_colours() {
        let theme = Theme::monochrome();
        for style in [
            theme.text,
            theme.quote,
            theme.search_match,
            theme.current_match,
            theme.border,
            theme.status,
            theme.key,
            theme.mention,
            theme.selected_mention,
            theme.heading,
            theme.strip,
            theme.strip_current,
            theme.prompt,
            theme.speaker_quote(Some(3)),
            theme.selection,
            theme.cursor,
            theme.cursor_gutter,
            theme.highlight(Colour::Pink),
            theme.highlight_marker(Colour::Blue),
        ] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
            assert_eq!(style.underline_color, None);
        }
    }

    #[test]
    fn speaker_colours_are_stable_and_cycle() {
        let theme = Theme::colored();
        assert_eq!(theme.speaker_quote(Some(1)), theme.speaker_quote(Some(1)));
        assert_ne!(theme.speaker_quote(Some(0)), theme.speaker_quote(Some(1)));
        assert_eq!(
            theme.speaker_quote(Some(0)),
            theme.speaker_quote(Some(theme.speakers.len()))
        );
    }
}
