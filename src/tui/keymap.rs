//! Key bindings as data: the defaults in `assets/keymap.toml`, overridable by the user's own
//! `keymap.toml`, parsed into a lookup from key presses to [`Action`]s.

use std::collections::HashMap;
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::action::Action;

/// The default bindings, embedded in the binary.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// A key with the modifiers that matter for matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    modifiers: KeyModifiers,
}

impl Key {
    /// The key of a key event. Shift is dropped for characters (the character carries it) and
    /// Shift-Tab is always `BackTab`.
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut modifiers =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match event.code {
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            code => code,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Key { code, modifiers }
    }

    /// Parses a key name such as `j`, `G`, `ctrl-d`, `shift-tab` or `pagedown`.
    pub fn parse(name: &str) -> Result<Key, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = name;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix_len, modifier) = if lower.starts_with("ctrl-") {
                (5, KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                (4, KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                (6, KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix_len {
                break; // "ctrl-" alone is not a key; "-" after a prefix is handled below
            }
            modifiers |= modifier;
            rest = &rest[prefix_len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    Some(n @ 1..=12) => KeyCode::F(n),
                    _ => return Err(format!("unknown key \"{name}\"")),
                },
            },
        };
        let event = KeyEvent::new(code, modifiers);
        Ok(Key::from_event(&event))
    }

    /// A short readable name: `j`, `Ctrl-d`, `Shift-Tab`, `PgDn`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::Insert => "Ins".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            label.push_str("Alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            label.push_str("Shift-");
        }
        label + &base
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeymapFile {
    #[serde(default)]
    keys: HashMap<Action, Vec<String>>,
}

/// The effective key bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    by_key: HashMap<Key, Action>,
    by_action: HashMap<Action, Vec<Key>>,
}

impl Keymap {
    /// The built-in bindings from `assets/keymap.toml`.
    pub fn defaults() -> Keymap {
        Keymap::from_toml(DEFAULT_KEYMAP)
            .unwrap_or_else(|e| panic!("embedded keymap is invalid: {e}"))
    }

    /// Bindings parsed from TOML text with a `[keys]` table of `action = ["key", ...]`.
    pub fn from_toml(text: &str) -> Result<Keymap, String> {
        let mut keymap = Keymap {
            by_key: HashMap::new(),
            by_action: HashMap::new(),
        };
        keymap.apply(text)?;
        Ok(keymap)
    }

    /// The defaults with the user's file at `path` applied over them, if it exists.
    /// A file that cannot be used leaves the defaults and gives the reason.
    pub fn load(path: Option<&Path>) -> (Keymap, Option<String>) {
        let mut keymap = Keymap::defaults();
        let Some(path) = path.filter(|p| p.exists()) else {
            return (keymap, None);
        };
        let result = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                let mut custom = keymap.clone();
                custom.apply(&text).map(|()| custom)
            });
        match result {
            Ok(custom) => keymap = custom,
            Err(reason) => {
                let message = format!("{}: {reason}; using default keys", path.display());
                return (keymap, Some(crate_safe(&message)));
            }
        }
        (keymap, None)
    }

    /// Applies bindings from TOML text: each action listed replaces its previous keys.
    fn apply(&mut self, text: &str) -> Result<(), String> {
        let file: KeymapFile = toml::from_str(text).map_err(|e| e.message().to_owned())?;
        for (action, names) in file.keys {
            let keys = names
                .iter()
                .map(|n| Key::parse(n))
                .collect::<Result<Vec<Key>, String>>()?;
            if let Some(old) = self.by_action.remove(&action) {
                for key in old {
                    self.by_key.remove(&key);
                }
            }
            for key in &keys {
                if let Some(previous) = self.by_key.insert(*key, action)
                    && let Some(list) = self.by_action.get_mut(&previous)
                {
                    list.retain(|k| k != key);
                }
            }
            self.by_action.insert(action, keys);
        }
        Ok(())
    }

    /// The action bound to a key press, if any.
    pub fn action_for(&self, event: &KeyEvent) -> Option<Action> {
        self.by_key.get(&Key::from_event(event)).copied()
    }

    /// The keys bound to an action, in the order they were listed.
    pub fn keys_for(&self, action: Action) -> &[Key] {
        self.by_action
            .get(&action)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// A readable list of the keys for an action: `j, ↓`.
    pub fn label_for(&self, action: Action) -> String {
        let labels: Vec<String> = self.keys_for(action).iter().map(Key::label).collect();
        labels.join(", ")
    }
}

fn crate_safe(message: &str) -> String {
    byline::document::sanitize::escape_for_message(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::HELP_GROUPS;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn embedded_defaults_parse_and_bind_every_action() {
        let keymap = Keymap::from_toml(DEFAULT_KEYMAP).unwrap();
        for (_, actions) in HELP_GROUPS {
            for action in *actions {
                assert!(
                    !keymap.keys_for(*action).is_empty(),
                    "{action:?} has no default key"
                );
            }
        }
        let bound: usize = keymap.by_action.len();
        let listed: usize = HELP_GROUPS.iter().map(|(_, a)| a.len()).sum();
        assert_eq!(
            bound, listed,
            "an action is bound but missing from the help"
        );
    }

    #[test]
    fn defaults_map_the_documented_keys() {
        let k = Keymap::defaults();
        assert_eq!(
            k.action_for(&press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Tab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char(' '), KeyModifiers::NONE)),
            Some(Action::PageDown)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('z'), KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn user_bindings_replace_the_defaults_of_their_action() {
        let mut k = Keymap::defaults();
        k.apply("[keys]\ndown = [\"ctrl-n\"]\n").unwrap();
        assert_eq!(
            k.action_for(&press(KeyCode::Char('n'), KeyModifiers::CONTROL)),
            Some(Action::Down)
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('j'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            k.action_for(&press(KeyCode::Char('k'), KeyModifiers::NONE)),
            Some(Action::Up)
        );
    }

    #[test]
    fn a_key_taken_by_another_action_moves() {
        let mut k = Keymap::defaults();
        k.apply("[keys]\nhelp = [\"q\"]\n").unwrap();
        assert_eq!(
            k.action_for(&press(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Help)
        );
        assert_eq!(k.label_for(Action::Quit), "Ctrl-c");
    }

    #[test]
    fn bad_user_files_are_reported() {
        assert!(
            Keymap::from_toml("[keys]\nfly = [\"f\"]")
                .unwrap_err()
                .contains("fly")
        );
        assert!(
            Keymap::from_toml("[keys]\ndown = [\"hyper-x\"]")
                .unwrap_err()
                .contains("hyper-x")
        );
        assert!(Keymap::from_toml("not toml [").is_err());
    }

    #[test]
    fn a_broken_user_file_keeps_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        std::fs::write(&path, "[keys]\ndown = [\"nope-nope\"]").unwrap();
        let (keymap, warning) = Keymap::load(Some(&path));
        assert!(warning.unwrap().contains("using default keys"));
        assert_eq!(
            keymap.action_for(&press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
    }

    #[test]
    fn labels_are_readable() {
        assert_eq!(Key::parse("ctrl-d").unwrap().label(), "Ctrl-d");
        assert_eq!(Key::parse("shift-tab").unwrap().label(), "Shift-Tab");
        assert_eq!(Key::parse("pagedown").unwrap().label(), "PgDn");
        assert_eq!(Key::parse("-").unwrap().label(), "-");
    }
}
