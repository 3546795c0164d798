//! Reader tests: drive the [`App`] with actions and check what [`render`] draws on a
//! ratatui `TestBackend`, the way a person would look at the screen.

use byline::document::Sample;
use ratatui::style::{Color, Modifier};

use super::action::Action;
use super::app::{App, Document};
use super::keymap::Keymap;
use super::panes::Pane;
use super::test_support::*;
use super::theme::Theme;

#[test]
fn main_screen_shows_text_quotes_entities_and_status() {
    let app = sample_app(120, 40);
    let buffer = draw(&app);
    let screen = screen(&buffer);
    assert!(
        screen.contains("Port Halden Dockworkers Walk Out"),
        "{screen}"
    );
    assert!(screen.contains(" Quotes ("), "{screen}");
    assert!(screen.contains(" Entities ("), "{screen}");
    assert!(screen.contains("PORT HALDEN, Maine"), "{screen}");
    let status = rows(&buffer).pop().unwrap();
    assert!(status.contains("Text"), "{status}");
    assert!(status.contains("0%"), "{status}");
    assert!(status.contains("? help"), "{status}");
}

#[test]
fn quotes_are_highlighted_in_the_text() {
    let app = app_for(
        vec![article(
            "T",
            &["Plain words then “a quoted sentence here,” she said."],
        )],
        80,
        20,
    );
    let buffer = draw(&app);
    let (x, y) = find(&buffer, "quoted").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    let (px, py) = find(&buffer, "Plain").unwrap();
    assert_eq!(buffer[(px, py)].fg, Color::Reset);
    // The quotation marks are part of the highlight.
    let (mx, my) = find(&buffer, "“a").unwrap();
    assert_eq!(buffer[(mx, my)].fg, Color::Yellow);
}

#[test]
fn no_color_theme_marks_quotes_without_colour() {
    let app = app_for(vec![article("T", &["Plain “quoted words,” end."])], 80, 20);
    let buffer = draw_with(&app, &Theme::monochrome());
    let (x, y) = find(&buffer, "quoted").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
    assert!(buffer[(x, y)].modifier.contains(Modifier::ITALIC));
}

#[test]
fn tab_cycles_focus_and_numbers_jump_to_panes() {
    let mut app = sample_app(120, 40);
    step(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Quotes);
    step(&mut app, &[Action::FocusNext, Action::FocusNext]);
    assert_eq!(app.focus, Pane::Annotations);
    step(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Text);
    step(&mut app, &[Action::FocusPrev]);
    assert_eq!(app.focus, Pane::Annotations);
    step(&mut app, &[Action::FocusEntities, Action::FocusAnnotations]);
    assert_eq!(app.focus, Pane::Annotations);
    step(&mut app, &[Action::FocusQuotes]);
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(status.contains("Quotes"), "{status}");
}

#[test]
fn enter_on_a_quote_scrolls_the_text_to_it_and_highlights_it() {
    let mut app = sample_app(100, 24);
    let last = app.doc().analysis.quotes.len() - 1;
    step(
        &mut app,
        &[Action::FocusQuotes, Action::Bottom, Action::Activate],
    );
    assert_eq!(app.current_quote, Some(last));
    assert!(app.text.scroll > 0);
    let quote = &app.doc().analysis.quotes[last];
    let words: String = app.doc().article.text()[quote.span.clone()]
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, app.layout.text, &words)
        .unwrap_or_else(|| panic!("{words} not on screen:\n{}", screen(&buffer)));
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn bracket_keys_step_through_quotes_from_any_pane() {
    let mut app = sample_app(100, 24);
    step(&mut app, &[Action::NextQuote]);
    assert_eq!(app.current_quote, Some(0));
    step(
        &mut app,
        &[Action::FocusEntities, Action::NextQuote, Action::NextQuote],
    );
    assert_eq!(app.current_quote, Some(2));
    assert_eq!(app.quotes.selected, Some(2));
    step(&mut app, &[Action::PrevQuote]);
    assert_eq!(app.current_quote, Some(1));
}

#[test]
fn next_quote_wraps_with_a_message() {
    let mut app = app_for(
        vec![article(
            "T",
            &["“One here,” he said.", "“Two here,” she said."],
        )],
        80,
        20,
    );
    step(
        &mut app,
        &[Action::NextQuote, Action::NextQuote, Action::NextQuote],
    );
    assert_eq!(app.current_quote, Some(0));
    assert_eq!(app.message.as_deref(), Some("Wrapped to the first quote"));
}

#[test]
fn moving_keys_move_the_cursor_and_the_text_follows_and_clamps_at_the_ends() {
    let mut app = sample_app(100, 24);
    step(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(app.text.cursor_line(), 2, "j moves the cursor a line");
    assert_eq!(app.text.scroll, 0, "within the view the text stays put");
    let height = app.text.height;
    step(&mut app, &vec![Action::Down; height]);
    let scroll = app.text.scroll;
    assert!(scroll > 0, "the text scrolls to keep the cursor in view");
    assert_eq!(
        app.text.cursor_line(),
        scroll + height - 1,
        "on the last row"
    );
    step(&mut app, &[Action::PageDown]);
    assert_eq!(app.text.scroll, scroll + height - 1);
    step(&mut app, &[Action::HalfPageUp]);
    assert_eq!(app.text.scroll, scroll + height - 1 - height / 2);
    let line = app.text.cursor_line();
    assert!((app.text.scroll..app.text.scroll + height).contains(&line));
    step(&mut app, &[Action::Bottom]);
    assert_eq!(app.text.scroll, app.text.max_scroll());
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(status.contains("100%"), "{status}");
    step(&mut app, &[Action::Down, Action::Top, Action::Up]);
    assert_eq!(app.text.scroll, 0);
}

#[test]
fn list_keys_move_the_selection_in_the_focused_list() {
    let mut app = sample_app(100, 24);
    step(&mut app, &[Action::FocusQuotes, Action::Down, Action::Down]);
    assert_eq!(app.quotes.selected, Some(2));
    assert_eq!(
        app.text.scroll, 0,
        "moving in the list does not scroll the text"
    );
    step(&mut app, &[Action::Bottom]);
    assert_eq!(
        app.quotes.selected,
        Some(app.doc().analysis.quotes.len() - 1)
    );
}

#[test]
fn search_highlights_matches_and_n_moves_between_them() {
    let mut app = app_for(
        vec![article(
            "T",
            &["Cranes and more CRANES.", "No match here.", "cranes again"],
        )],
        80,
        20,
    );
    step(&mut app, &[Action::Search]);
    for c in "cranes".chars() {
        app.update(Action::SearchType(c));
    }
    let typing = rows(&draw(&app)).pop().unwrap();
    assert!(typing.contains("/cranes"), "{typing}");
    step(&mut app, &[Action::SearchConfirm]);
    assert_eq!(app.search.matches.len(), 3);
    assert_eq!(app.message.as_deref(), Some("Match 1 of 3"));
    step(&mut app, &[Action::SearchNext]);
    assert_eq!(app.search.current, Some(1));
    let buffer = draw(&app);
    let (x, y) = find(&buffer, "CRANES").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Magenta, "current match");
    let (x, y) = find(&buffer, "Cranes").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Blue, "other match");
    step(&mut app, &[Action::SearchPrev, Action::SearchPrev]);
    assert_eq!(app.search.current, Some(2));
    step(&mut app, &[Action::Clear]);
    assert!(app.search.matches.is_empty());
    let buffer = draw(&app);
    let (x, y) = find(&buffer, "Cranes").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Reset);
}

#[test]
fn search_without_match_says_so() {
    let mut app = app_for(vec![article("T", &["Nothing to see."])], 80, 20);
    step(
        &mut app,
        &[
            Action::Search,
            Action::SearchType('z'),
            Action::SearchType('q'),
            Action::SearchConfirm,
        ],
    );
    assert_eq!(app.message.as_deref(), Some("No match for “zq”"));
}

#[test]
fn help_overlay_is_generated_from_the_keymap() {
    let mut app = sample_app(100, 40);
    step(&mut app, &[Action::Help]);
    let screen = screen(&draw(&app));
    assert!(screen.contains("Help"), "{screen}");
    assert!(screen.contains("next quote"), "{screen}");
    assert!(screen.contains("j, ↓"), "{screen}");
    assert!(screen.contains("Shift-Tab"), "{screen}");
    step(&mut app, &[Action::Down]);
    assert_eq!(app.text.scroll, 0, "keys scroll the help, not the text");
    step(&mut app, &[Action::Clear]);
    assert!(app.help.is_none());
    assert!(!screen_contains(&app, "next quote"));
}

#[test]
fn help_descriptions_are_wrapped_not_cut() {
    let whole = Action::Activate.description();
    let mut wide = sample_app(120, 60);
    step(&mut wide, &[Action::Help]);
    assert!(screen_contains(&wide, whole), "{}", screen(&draw(&wide)));
    // Too narrow for the line: its end moves to a line of its own under the description.
    let mut narrow = sample_app(64, 60);
    step(&mut narrow, &[Action::Help]);
    let screen = screen(&draw(&narrow));
    assert!(!screen.contains(whole), "{screen}");
    assert!(screen.contains("show selected item"), "{screen}");
    assert!(screen.contains("filter quotes)"), "{screen}");
}

#[test]
fn help_scrolls_no_further_than_its_last_line() {
    let mut app = sample_app(80, 20);
    step(&mut app, &[Action::Help, Action::Bottom]);
    let last = app.help.unwrap();
    assert!(last > 0, "the help is longer than 20 rows");
    let at_bottom = screen(&draw(&app));
    assert!(at_bottom.contains("selects."), "{at_bottom}");
    step(&mut app, &[Action::PageDown, Action::Down, Action::Down]);
    assert_eq!(screen(&draw(&app)), at_bottom);
    // Having pressed on past the end, one key back up moves the view at once.
    step(&mut app, &[Action::Up]);
    assert_eq!(app.help, Some(last - 1));
    assert_ne!(screen(&draw(&app)), at_bottom);
    step(&mut app, &[Action::Top]);
    assert!(screen_contains(&app, "Panes"));
}

#[test]
fn help_reflects_user_bindings() {
    let custom =
        super::keymap::DEFAULT_KEYMAP.replace("next_quote = [\"]\"]", "next_quote = [\"ctrl-n\"]");
    let keymap = Keymap::from_toml(&custom).unwrap();
    let mut app = App::new(vec![Document::new(Sample::default_sample().load())], keymap);
    step(
        &mut app,
        &[
            Action::Resize {
                width: 100,
                height: 40,
            },
            Action::Help,
        ],
    );
    let screen = screen(&draw(&app));
    assert!(screen.contains("Ctrl-n"), "{screen}");
}

#[test]
fn a_tiny_terminal_shows_a_message_instead_of_panes() {
    let app = sample_app(30, 8);
    let screen = screen(&draw(&app));
    assert!(screen.contains("Terminal too small"), "{screen}");
    assert!(!screen.contains("Quotes"), "{screen}");
}

#[test]
fn growing_the_terminal_brings_the_panes_back() {
    let mut app = sample_app(30, 8);
    step(
        &mut app,
        &[Action::Resize {
            width: 100,
            height: 30,
        }],
    );
    assert!(screen_contains(&app, "Quotes"));
}

#[test]
fn resizing_rewraps_and_keeps_the_reading_position() {
    let mut app = sample_app(100, 30);
    step(&mut app, &[Action::PageDown, Action::PageDown]);
    let top = app.top_offset();
    step(
        &mut app,
        &[Action::Resize {
            width: 60,
            height: 30,
        }],
    );
    let reflow = app.text.reflow.as_ref().unwrap();
    let line = &reflow.lines()[app.text.scroll];
    assert!(
        line.range.start <= top && top <= line.range.end + 1,
        "top {top} not on line {line:?}"
    );
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = sample_app(100, 24);
    step(
        &mut app,
        &[Action::ScrollAt {
            column: 5,
            row: 5,
            down: true,
        }],
    );
    assert_eq!(app.text.scroll, 3);
    let quotes = app.layout.quotes;
    step(
        &mut app,
        &[Action::ScrollAt {
            column: quotes.x + 2,
            row: quotes.y + 2,
            down: true,
        }],
    );
    assert_eq!(app.quotes.offset, 3);
    assert_eq!(app.text.scroll, 3);
}

#[test]
fn clicking_a_list_row_focuses_the_pane_and_selects_it() {
    let mut app = sample_app(100, 24);
    let quotes = app.layout.quotes;
    step(
        &mut app,
        &[Action::ClickAt {
            column: quotes.x + 3,
            row: quotes.y + 1 + 4,
        }],
    );
    assert_eq!(app.focus, Pane::Quotes);
    assert_eq!(app.quotes.selected, Some(4));
    assert_eq!(app.current_quote, Some(4));
}

#[test]
fn clicking_a_quote_in_the_text_selects_it_in_the_pane() {
    let mut app = app_for(
        vec![article(
            "T",
            &["Intro words.", "He said “click on me now” and left."],
        )],
        80,
        20,
    );
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, app.layout.text, "click").unwrap();
    step(
        &mut app,
        &[
            Action::FocusQuotes,
            Action::ClickAt {
                column: x + 1,
                row: y,
            },
        ],
    );
    assert_eq!(app.focus, Pane::Text);
    assert_eq!(app.current_quote, Some(0));
    assert_eq!(app.quotes.selected, Some(0));
}

#[test]
fn escape_sequences_in_articles_never_reach_the_screen() {
    let hostile = article(
        "Title\u{1b}]0;pwned\u{7}",
        &["Text \u{1b}[2J\u{1b}[31mred\u{9b}1m and \u{202e}reversed"],
    );
    let app = app_for(vec![hostile], 80, 20);
    let buffer = draw(&app);
    for cell in buffer.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || c == '\u{202e}'),
            "{:?}",
            cell.symbol()
        );
    }
    assert!(screen(&buffer).contains("Text red and reversed"));
}

#[test]
fn wide_characters_are_wrapped_by_display_width() {
    let app = app_for(
        vec![article(
            "T",
            &["東京の記者が「言った」と報じた。東京の記者が言った。東京の記者が言った。"],
        )],
        40,
        12,
    );
    let body = app.layout.text_body();
    let buffer = draw(&app);
    // Every character of the paragraph is on screen, none cut at the pane's edge.
    let shown: usize = (body.y..body.bottom())
        .map(|y| {
            (body.x..body.right())
                .filter(|&x| buffer[(x, y)].symbol() != " ")
                .count()
        })
        .sum();
    assert_eq!(
        shown,
        "東京の記者が「言った」と報じた。東京の記者が言った。東京の記者が言った。"
            .chars()
            .count()
    );
    assert!(find_in(&buffer, body, "東京の").is_some());
}

#[test]
fn an_empty_article_opens_with_a_message() {
    let mut empty = article("Empty", &[]);
    empty.notices.push("this article is empty".to_owned());
    let app = app_for(vec![empty], 80, 20);
    let buffer = draw(&app);
    let screen = screen(&buffer);
    assert!(screen.contains("(this article is empty)"), "{screen}");
    assert!(screen.contains("No quotes found"), "{screen}");
    assert_eq!(app.message.as_deref(), Some("this article is empty"));
}

#[test]
fn several_articles_can_be_switched() {
    let mut app = app_for(
        vec![article("First", &["one"]), article("Second", &["two"])],
        80,
        20,
    );
    assert!(screen_contains(&app, "First"));
    step(&mut app, &[Action::NextArticle]);
    assert!(screen_contains(&app, "Second"));
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(status.contains("2/2"), "{status}");
    step(&mut app, &[Action::NextArticle]);
    assert_eq!(app.current, 0);
}

#[test]
fn quit_sets_the_flag() {
    let mut app = sample_app(80, 20);
    step(&mut app, &[Action::Quit]);
    assert!(app.should_quit);
}

fn dialogue_app() -> App {
    app_for(
        vec![article(
            "Talks",
            &[
                "“The cranes are old,” said Ana Ruiz.",
                "“They are inspected often,” said Tom Keller.",
                "“Not often enough,” Ruiz said.",
                "“We will see,” Keller said.",
                "Crowds chanted “safe cranes now” outside.",
            ],
        )],
        100,
        30,
    )
}

#[test]
fn quote_rows_name_the_speaker() {
    let app = dialogue_app();
    let screen = screen(&draw(&app));
    assert!(
        screen.contains("Ana Ruiz — “The cranes are old,”"),
        "{screen}"
    );
    assert!(
        screen.contains("Unattributed — “safe cranes now”"),
        "{screen}"
    );
}

#[test]
fn grouping_by_speaker_shows_headings_and_skips_them_when_moving() {
    let mut app = dialogue_app();
    step(&mut app, &[Action::ToggleGrouping, Action::FocusQuotes]);
    let screen = screen(&draw(&app));
    assert!(screen.contains("Ana Ruiz (2)"), "{screen}");
    assert!(screen.contains("Tom Keller (2)"), "{screen}");
    assert!(screen.contains("Unattributed (1)"), "{screen}");
    assert_eq!(app.selected_quote(), Some(0));
    step(&mut app, &[Action::Down]);
    assert_eq!(
        app.selected_quote(),
        Some(2),
        "second Ruiz quote under the same heading"
    );
    step(&mut app, &[Action::Down]);
    assert_eq!(
        app.selected_quote(),
        Some(1),
        "the heading row is stepped over"
    );
    step(&mut app, &[Action::ToggleGrouping]);
    assert!(find_in(&draw(&app), app.layout.quotes, "Ana Ruiz (2)").is_none());
}

#[test]
fn the_speaker_picker_filters_the_quotes_pane() {
    let mut app = dialogue_app();
    step(&mut app, &[Action::PickSpeaker]);
    let picker = screen(&draw(&app));
    assert!(picker.contains("Speaker · Enter filters"), "{picker}");
    assert!(picker.contains("Tom Keller (2)"), "{picker}");
    step(&mut app, &[Action::Down, Action::Activate]);
    assert!(app.picker.is_none());
    assert_eq!(app.focus, Pane::Quotes);
    let shown: Vec<usize> = (0..app.quote_rows.len())
        .filter_map(|r| match app.quote_rows[r] {
            byline::view::quote_list::QuoteRow::Quote(q) => Some(q),
            _ => None,
        })
        .collect();
    assert_eq!(shown, [1, 3]);
    let filtered = screen(&draw(&app));
    assert!(filtered.contains("Quotes · Tom Keller (2)"), "{filtered}");
    step(&mut app, &[Action::NextQuote, Action::NextQuote]);
    assert_eq!(app.current_quote, Some(3), "] stays within the filter");
    step(&mut app, &[Action::Clear]);
    assert_eq!(app.quote_options.filter, None);
    assert_eq!(app.quote_rows.len(), 5);
}

#[test]
fn the_picker_closes_with_escape_without_filtering() {
    let mut app = dialogue_app();
    step(
        &mut app,
        &[Action::PickSpeaker, Action::Down, Action::Clear],
    );
    assert!(app.picker.is_none());
    assert_eq!(app.quote_options.filter, None);
}

#[test]
fn braces_step_through_one_speakers_quotes() {
    let mut app = dialogue_app();
    step(&mut app, &[Action::NextQuote]);
    assert_eq!(app.current_quote, Some(0));
    step(&mut app, &[Action::NextSameSpeaker]);
    assert_eq!(app.current_quote, Some(2));
    assert_eq!(app.message.as_deref(), Some("Ana Ruiz: quote 2 of 2"));
    step(&mut app, &[Action::NextSameSpeaker]);
    assert_eq!(app.current_quote, Some(0), "wraps around");
    step(&mut app, &[Action::PrevSameSpeaker]);
    assert_eq!(app.current_quote, Some(2));
}

#[test]
fn a_speaker_has_one_colour_in_the_text_and_the_pane() {
    let app = dialogue_app();
    let buffer = draw(&app);
    let text_area = app.layout.text;
    let (x1, y1) = find_in(&buffer, text_area, "The cranes are old").unwrap();
    let (x2, y2) = find_in(&buffer, text_area, "Not often enough").unwrap();
    let (x3, y3) = find_in(&buffer, text_area, "They are inspected").unwrap();
    assert_eq!(
        buffer[(x1, y1)].fg,
        buffer[(x2, y2)].fg,
        "same speaker, same colour"
    );
    assert_ne!(
        buffer[(x1, y1)].fg,
        buffer[(x3, y3)].fg,
        "different speakers, different colours"
    );
    let (px, py) = find_in(&buffer, app.layout.quotes, "Ana Ruiz — ").unwrap();
    assert_eq!(
        buffer[(px, py)].fg,
        buffer[(x1, y1)].fg,
        "the pane row matches the text"
    );
}

#[test]
fn the_detail_line_shows_speaker_cue_and_kind() {
    let mut app = dialogue_app();
    step(&mut app, &[Action::FocusQuotes, Action::Down]);
    let buffer = draw(&app);
    let inner = super::layout::ScreenLayout::inner(app.layout.quotes);
    let detail: String = (inner.x..inner.right())
        .map(|x| buffer[(x, inner.bottom() - 1)].symbol())
        .collect();
    assert!(
        detail.starts_with("Tom Keller · “said” · direct"),
        "{detail}"
    );
}

#[test]
fn enter_on_a_group_heading_filters_to_that_speaker() {
    let mut app = dialogue_app();
    step(
        &mut app,
        &[Action::ToggleGrouping, Action::FocusQuotes, Action::Top],
    );
    app.quotes.selected = Some(0);
    step(&mut app, &[Action::Activate]);
    assert!(app.quote_options.filter.is_some());
}
