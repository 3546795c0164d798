//! Turning terminal events into actions, according to the reader's mode.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::action::Action;
use super::app::App;
use super::entity_edits::Prompt;

/// The action a terminal event asks for, if any.
pub fn action_for_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for_key(app, key),
        Event::Mouse(_) if app.editor.is_some() => None,
        Event::Mouse(mouse) => action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

fn action_for_key(app: &App, key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') && app.editor.is_none() {
        return Some(Action::Quit);
    }
    if let Some(editor) = &app.editor {
        return Some(editor_action(editor.confirm_discard, key));
    }
    match &app.prompt {
        Some(Prompt::Rename { .. } | Prompt::Export { .. }) => {
            return match key.code {
                KeyCode::Enter => Some(Action::PromptConfirm),
                KeyCode::Esc => Some(Action::PromptCancel),
                KeyCode::Backspace => Some(Action::PromptBackspace),
                KeyCode::Char('u') if ctrl => Some(Action::PromptClear),
                KeyCode::Char(c) if !ctrl && !c.is_control() => Some(Action::PromptType(c)),
                _ => None,
            };
        }
        Some(Prompt::ConfirmHide { .. }) => {
            return match key.code {
                KeyCode::Char('y' | 'Y') => Some(Action::PromptConfirm),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::PromptCancel),
                _ => None,
            };
        }
        None => {}
    }
    if app.search.typing {
        return match key.code {
            KeyCode::Enter => Some(Action::SearchConfirm),
            KeyCode::Esc => Some(Action::SearchCancel),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) if !ctrl && !c.is_control() => Some(Action::SearchType(c)),
            _ => None,
        };
    }
    app.keymap.action_for(key)
}

/// Keys in the note editor: Ctrl-S saves, Esc (or Ctrl-C) cancels, Tab moves between fields,
/// everything else edits; while asking "discard?", y or n.
fn editor_action(confirming: bool, key: &KeyEvent) -> Action {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if confirming {
        return match key.code {
            KeyCode::Char('y' | 'Y') => Action::EditorDiscard,
            _ => Action::EditorKeepEditing,
        };
    }
    match key.code {
        KeyCode::Char('s' | 'S') if ctrl => Action::EditorSave,
        KeyCode::Char('c') if ctrl => Action::EditorCancel,
        KeyCode::Esc => Action::EditorCancel,
        KeyCode::Tab => Action::EditorNextField,
        KeyCode::BackTab => Action::EditorPrevField,
        _ => Action::EditorKey(*key),
    }
}

fn action_for_mouse(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::ScrollAt {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Action::ScrollAt {
            column,
            row,
            down: false,
        }),
        MouseEventKind::Down(crossterm::event::MouseButton::Left) => {
            Some(Action::ClickAt { column, row })
        }
        MouseEventKind::Drag(crossterm::event::MouseButton::Left) => {
            Some(Action::DragAt { column, row })
        }
        _ => None,
    }
}
