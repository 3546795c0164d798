//! The terminal reader: state, actions, keymap, panes and the event loop. Everything that
//! touches ratatui or crossterm lives here.

pub mod action;
pub mod annotating;
pub mod app;
pub mod document;
pub mod effects;
pub mod entities_pane;
pub mod entity_edits;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod note_editor;
pub mod panes;
pub mod quotes_pane;
pub mod render;
pub mod terminal;
pub mod theme;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_corrections;
#[cfg(test)]
mod tests_entities;

use std::io;
use std::time::Duration;

use crossterm::event;

use action::Action;
use app::{App, Document};
use keymap::Keymap;
use terminal::TerminalGuard;
use theme::Theme;

/// How often an idle reader checks its annotation files for another instance's changes.
const DISK_CHECK_INTERVAL: Duration = Duration::from_secs(1);

/// Where the user's keymap lives (`$XDG_CONFIG_HOME/byline/keymap.toml` on Linux).
pub fn user_keymap_path() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "byline")
        .map(|dirs| dirs.config_dir().join("keymap.toml"))
}

/// Runs the reader over `docs` until the user quits. `warnings` are shown in the status line.
pub fn run(docs: Vec<Document>, mut warnings: Vec<String>) -> io::Result<()> {
    let (keymap, keymap_warning) = Keymap::load(user_keymap_path().as_deref());
    warnings.extend(keymap_warning);
    let theme = Theme::from_env();
    let mut app = App::new(docs, keymap);

    let mut guard = TerminalGuard::enter()?;
    let size = guard.terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    if !warnings.is_empty() {
        app.message = Some(warnings.join("; "));
    }
    let mut redraw = true;
    while !app.should_quit {
        if redraw {
            guard
                .terminal
                .draw(|frame| render::render(frame, &app, &theme))?;
        }
        // While idle, look every second for changes another byline saved.
        if !event::poll(DISK_CHECK_INTERVAL)? {
            redraw = effects::refresh_from_disk(&mut app);
            continue;
        }
        redraw = true;
        // Apply every event already waiting before drawing again, so holding a key or
        // spinning the wheel over a long novel never queues up stale frames.
        let mut next = Some(event::read()?);
        while let Some(event) = next {
            #[cfg(debug_assertions)]
            panic_if_asked(&event);
            if let Some(action) = input::action_for_event(&app, &event) {
                app.update(action);
                effects::perform(&mut app);
            }
            next = if !app.should_quit && event::poll(Duration::ZERO)? {
                Some(event::read()?)
            } else {
                None
            };
        }
    }
    drop(guard);
    Ok(())
}

/// Test hook, compiled into debug builds only: panics when the key named by
/// `BYLINE_TEST_PANIC_ON` is pressed, so end-to-end tests can check that a panic inside the
/// reader still restores the terminal and prints one line.
#[cfg(debug_assertions)]
fn panic_if_asked(event: &event::Event) {
    let Some(trigger) = std::env::var("BYLINE_TEST_PANIC_ON")
        .ok()
        .and_then(|v| v.chars().next())
    else {
        return;
    };
    if let event::Event::Key(key) = event
        && key.code == event::KeyCode::Char(trigger)
    {
        panic!("test panic requested");
    }
}
#[cfg(test)]
mod tests_annotations;
