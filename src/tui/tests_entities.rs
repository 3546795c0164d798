//! Reader tests for the entities side: the pane grouped by kind, the detail rows and mention
//! strip, mentions marked in the text, `e` / `E`, Enter and clicks. The helpers here are
//! shared with the corrections tests (`tests_corrections.rs`).

use std::path::Path;

use byline::analysis::EntityKind;
use byline::view::entity_list::EntityRow;
use byline::view::quote_list::QuoteRow;
use ratatui::style::{Color, Modifier};

use super::action::Action;
use super::app::{App, Document};
use super::keymap::Keymap;
use super::layout::ScreenLayout;
use super::panes::Pane;
use super::test_support::*;
use super::theme::Theme;

pub(super) const TALKS: [&str; 4] = [
    "“The cranes are old,” said Ana Ruiz, a union president, in Boston.",
    "“They are inspected often,” said Tom Keller of Brightwater Terminals.",
    "“Not often enough,” Ruiz said. Ruiz spoke in Boston again.",
    "Keller later left for Boston.",
];

pub(super) fn talks_app() -> App {
    app_for(vec![article("Talks", &TALKS)], 100, 36)
}

/// A reader over the talks article whose corrections are saved in `sidecar`.
pub(super) fn app_with_sidecar(sidecar: &Path) -> App {
    let (doc, notices) = Document::open(article("Talks", &TALKS), Some(sidecar));
    assert!(notices.is_empty(), "{notices:?}");
    let mut app = App::new(vec![doc], Keymap::defaults());
    app.update(Action::Resize {
        width: 100,
        height: 30,
    });
    app
}

/// Selects the entity named `name` in the entities pane and focuses the pane.
pub(super) fn select(app: &mut App, name: &str) {
    let id = app
        .doc()
        .entity_named(name)
        .unwrap_or_else(|| panic!("no entity {name}"));
    let row = app.row_of_entity(id).unwrap();
    let (len, height) = (app.entity_rows.len(), app.list_height(Pane::Entities));
    app.entities.select(row, len, height);
    app.focus = Pane::Entities;
}

pub(super) fn names(app: &App) -> Vec<String> {
    app.doc()
        .analysis
        .entities
        .iter()
        .map(|e| e.name.clone())
        .collect()
}

pub(super) fn selected_name(app: &App) -> String {
    app.entity_name(app.selected_entity().unwrap())
}

/// The lines of the entities pane's inside.
pub(super) fn entity_pane(app: &App) -> Vec<String> {
    let buffer = draw(app);
    let inner = ScreenLayout::inner(app.layout.entities);
    (inner.y..inner.bottom())
        .map(|y| row_text(&buffer, inner.x, y, inner.width))
        .collect()
}

#[test]
fn the_pane_groups_entities_by_kind_most_mentioned_first() {
    let app = talks_app();
    let lines = entity_pane(&app);
    let trimmed: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
    assert_eq!(
        trimmed[..7],
        [
            "People (2)",
            "  Ana Ruiz (3)",
            "  Tom Keller (2)",
            "Organisations (1)",
            "  Brightwater Terminals (1)",
            "Places (1)",
            "  Boston (3)",
        ],
        "{lines:#?}"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("Other")),
        "empty groups are left out"
    );
    assert_eq!(
        selected_name(&app),
        "Ana Ruiz",
        "the first entity, not the heading"
    );
}

#[test]
fn moving_in_the_pane_steps_over_headings() {
    let mut app = talks_app();
    step(&mut app, &[Action::FocusEntities, Action::Down]);
    assert_eq!(selected_name(&app), "Tom Keller");
    step(&mut app, &[Action::Down]);
    assert_eq!(
        selected_name(&app),
        "Brightwater Terminals",
        "heading skipped"
    );
    step(&mut app, &[Action::Down, Action::Down]);
    assert_eq!(selected_name(&app), "Boston", "stays on the last entity");
    step(&mut app, &[Action::Up, Action::Up]);
    assert_eq!(selected_name(&app), "Tom Keller");
    step(&mut app, &[Action::Top]);
    assert_eq!(selected_name(&app), "Ana Ruiz");
    assert_eq!(app.entities.offset, 0, "the People heading stays in view");
}

#[test]
fn the_detail_rows_show_aliases_quotes_and_a_mention_strip() {
    let app = talks_app();
    let lines = entity_pane(&app);
    let detail = lines[lines.len() - 2].trim_end();
    assert!(
        detail.starts_with("union president · also Ruiz · 2 q"),
        "role from the appositive, then aliases and quotes: {detail}"
    );
    let strip = &lines[lines.len() - 1];
    let inner = ScreenLayout::inner(app.layout.entities);
    assert_eq!(strip.chars().count(), inner.width as usize);
    assert_eq!(
        strip.chars().filter(|c| *c != '·').count(),
        3,
        "three mentions, far apart: {strip}"
    );
    let first = strip.chars().position(|c| c != '·').unwrap();
    assert!(
        first < strip.chars().count() / 3,
        "first mention early on: {strip}"
    );
}

#[test]
fn the_strip_reads_without_colour_and_marks_the_current_mention() {
    let mut app = talks_app();
    step(&mut app, &[Action::NextMention, Action::NextMention]);
    let buffer = draw_with(&app, &Theme::monochrome());
    let inner = ScreenLayout::inner(app.layout.entities);
    let y = inner.bottom() - 1;
    let strip = row_text(&buffer, inner.x, y, inner.width);
    assert!(strip.contains('▄') && strip.contains('·'), "{strip}");
    let reversed: Vec<u16> = (inner.x..inner.right())
        .filter(|&x| buffer[(x, y)].modifier.contains(Modifier::REVERSED))
        .collect();
    assert_eq!(reversed.len(), 1, "one cell marks mention 2: {strip}");
    assert_ne!(buffer[(reversed[0], y)].symbol(), "·");
}

#[test]
fn an_entity_without_mentions_says_so_under_the_pane() {
    let mut byline = article("Talks", &TALKS);
    byline.meta.byline = Some("Marisol Avery".into());
    let mut app = app_for(vec![byline], 100, 30);
    step(
        &mut app,
        &[Action::FocusEntities, Action::Down, Action::Down],
    );
    assert_eq!(
        selected_name(&app),
        "Marisol Avery",
        "authors come last in People"
    );
    let lines = entity_pane(&app);
    assert!(lines[3].starts_with("  Marisol Avery (0)"), "{lines:#?}");
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("not mentioned in the text")
    );
    step(&mut app, &[Action::NextMention]);
    assert_eq!(
        app.message.as_deref(),
        Some("Marisol Avery is not mentioned in the text")
    );
}

#[test]
fn every_mention_is_marked_and_the_selected_entitys_are_highlighted() {
    let mut app = talks_app();
    let text = app.layout.text;
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, text, "Boston").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(
        buffer[(x, y)].bg,
        Color::Reset,
        "no highlight while reading"
    );
    let (x, y) = find_in(&buffer, text, "later").unwrap();
    assert!(!buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));

    select(&mut app, "Boston");
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, text, "Boston").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Green, "selected entity's mention");
    let (x, y) = find_in(&buffer, text, "Keller later").unwrap();
    assert_eq!(
        buffer[(x, y)].bg,
        Color::Reset,
        "other entities are only marked"
    );
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));

    let mono = draw_with(&app, &Theme::monochrome());
    let (x, y) = find_in(&mono, text, "Boston").unwrap();
    assert!(mono[(x, y)].modifier.contains(Modifier::REVERSED));
    let (x, y) = find_in(&mono, text, "Keller later").unwrap();
    assert!(mono[(x, y)].modifier.contains(Modifier::BOLD));
    assert!(!mono[(x, y)].modifier.contains(Modifier::REVERSED));
    assert_eq!(mono[(x, y)].fg, Color::Reset);
}

#[test]
fn e_and_shift_e_step_through_the_selected_entitys_mentions_from_any_pane() {
    let mut app = talks_app();
    step(&mut app, &[Action::NextMention]);
    assert_eq!(app.message.as_deref(), Some("Ana Ruiz: mention 1 of 3"));
    step(&mut app, &[Action::NextMention, Action::NextMention]);
    assert_eq!(app.message.as_deref(), Some("Ana Ruiz: mention 3 of 3"));
    step(&mut app, &[Action::FocusQuotes, Action::NextMention]);
    assert_eq!(
        app.message.as_deref(),
        Some("Ana Ruiz: mention 1 of 3"),
        "wraps around"
    );
    step(&mut app, &[Action::PrevMention]);
    assert_eq!(app.message.as_deref(), Some("Ana Ruiz: mention 3 of 3"));
    // Jumping highlights the entity's mentions even outside the entities pane.
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, app.layout.text, "Ruiz spoke").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Green);
    step(&mut app, &[Action::Clear]);
    let buffer = draw(&app);
    let (x, y) = find_in(&buffer, app.layout.text, "Ruiz spoke").unwrap();
    assert_eq!(buffer[(x, y)].bg, Color::Reset, "Esc clears the highlight");
}

#[test]
fn e_scrolls_the_text_to_a_mention_far_down() {
    let mut app = sample_app(100, 24);
    let doc = app.doc();
    let last = (0..doc.analysis.entities.len())
        .filter(|&id| !doc.mentions.of(id).is_empty())
        .max_by_key(|&id| doc.mentions.of(id)[0].start)
        .unwrap();
    let name = app.entity_name(last);
    select(&mut app, &name);
    step(&mut app, &[Action::FocusText, Action::NextMention]);
    assert!(app.text.scroll > 0);
    let start = app.doc().mentions.of(last)[0].start;
    assert!(app.top_offset() <= start && start <= app.bottom_offset());
    let total = app.doc().mentions.of(last).len();
    assert_eq!(app.message, Some(format!("{name}: mention 1 of {total}")));
}

#[test]
fn enter_on_a_person_filters_the_quotes_to_theirs_and_shows_the_first_mention() {
    let mut app = talks_app();
    step(&mut app, &[Action::FocusEntities, Action::Activate]);
    let ana = app.doc().entity_named("Ana Ruiz");
    assert_eq!(app.quote_options.filter, Some(ana));
    let shown: Vec<usize> = app
        .quote_rows
        .iter()
        .filter_map(|r| match r {
            QuoteRow::Quote(q) => Some(*q),
            QuoteRow::Group { .. } => None,
        })
        .collect();
    assert_eq!(shown, [0, 2]);
    assert_eq!(app.current_mention, ana.map(|id| (id, 0)));
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("Showing 2 quotes by Ana Ruiz")
    );
    assert_eq!(app.focus, Pane::Entities, "focus stays in the pane");
}

#[test]
fn enter_on_a_place_shows_its_first_mention_without_filtering() {
    let mut app = talks_app();
    select(&mut app, "Boston");
    step(&mut app, &[Action::Activate]);
    assert_eq!(app.quote_options.filter, None);
    assert_eq!(app.message.as_deref(), Some("Boston: mention 1 of 3"));
}

#[test]
fn clicking_a_heading_selects_the_first_entity_under_it() {
    let mut app = talks_app();
    let inner = ScreenLayout::inner(app.layout.entities);
    let places = app
        .entity_rows
        .iter()
        .position(|r| {
            matches!(
                r,
                EntityRow::Group {
                    kind: EntityKind::Place,
                    ..
                }
            )
        })
        .unwrap() as u16;
    step(
        &mut app,
        &[Action::ClickAt {
            column: inner.x + 2,
            row: inner.y + places,
        }],
    );
    assert_eq!(app.focus, Pane::Entities);
    assert_eq!(selected_name(&app), "Boston");
    step(
        &mut app,
        &[Action::ClickAt {
            column: inner.x + 2,
            row: inner.y + 2,
        }],
    );
    assert_eq!(selected_name(&app), "Tom Keller");
    assert_eq!(
        app.quote_options.filter, None,
        "a click only shows, it does not filter"
    );
    assert_eq!(app.message.as_deref(), Some("Tom Keller: mention 1 of 2"));
}
