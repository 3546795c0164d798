//! Correcting entities from the entities pane: `R` rename (a prompt in the status line), `K`
//! kind, `M` merge and `S` split (pickers), `X` hide (a y/n question), `U` undo. Nothing is
//! saved here: each correction becomes an [`Effect`] that the run loop performs.

use byline::analysis::EntityId;
use byline::analysis::corrections::Correction;
use byline::document::sanitize::strip_unsafe;
use byline::view::entity_list::{entities_in_order, kind_name, next_kind};

use super::action::Action;
use super::app::App;
use super::effects::Effect;
use super::panes::{ListView, Pane};

/// Longest name or path the prompt takes, in characters.
const MAX_NAME: usize = 1000;

/// A question or input line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    /// Renaming `entity`: the name typed so far (starts as the current name).
    Rename {
        /// The entity's current name.
        entity: String,
        /// The new name as typed.
        text: String,
    },
    /// Waiting for y or n before hiding `entity`.
    ConfirmHide {
        /// The entity's name.
        entity: String,
    },
    /// Exporting the annotations: the file name typed so far (starts as the suggestion).
    Export {
        /// The path as typed.
        text: String,
    },
}

/// What an entity picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickPurpose {
    /// The entity to merge the selected one into.
    Merge,
    /// The alias to split off the selected entity.
    Split,
}

/// The merge or split picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityPicker {
    /// Merge or split.
    pub purpose: PickPurpose,
    /// The name of the entity being corrected.
    pub entity: String,
    /// The names to choose from: other entities (merge) or the entity's aliases (split).
    pub choices: Vec<String>,
    /// What each choice shows.
    pub labels: Vec<String>,
    /// The picker's selection.
    pub list: ListView,
}

impl App {
    /// The selected entity, when the entities pane has focus; otherwise a message saying
    /// where corrections are made.
    fn entity_to_correct(&mut self) -> Option<(EntityId, String)> {
        if self.focus != Pane::Entities {
            self.message =
                Some("Entities are corrected in the entities pane: press 3 first".to_owned());
            return None;
        }
        let Some(id) = self.selected_entity() else {
            self.message = Some("No entity selected".to_owned());
            return None;
        };
        Some((id, self.entity_name(id)))
    }

    fn correct(&mut self, correction: Correction) {
        self.effects.push(Effect::Correct {
            doc: self.current,
            correction,
        });
    }

    /// `R`: opens the rename prompt, prefilled with the entity's name.
    pub fn start_rename(&mut self) {
        if let Some((_, name)) = self.entity_to_correct() {
            self.prompt = Some(Prompt::Rename {
                entity: name.clone(),
                text: name,
            });
        }
    }

    /// `K`: the next kind in the cycle person → organisation → place → other.
    pub fn cycle_kind(&mut self) {
        if let Some((id, name)) = self.entity_to_correct() {
            let kind = next_kind(self.doc().analysis.entities[id].kind);
            self.correct(Correction::Kind { entity: name, kind });
        }
    }

    /// `X`: asks whether to hide the entity.
    pub fn ask_hide(&mut self) {
        if let Some((_, name)) = self.entity_to_correct() {
            self.prompt = Some(Prompt::ConfirmHide { entity: name });
        }
    }

    /// `U`: undoes the article's last correction.
    pub fn undo_correction(&mut self) {
        if self.doc().corrections().is_empty() {
            self.message = Some("No entity corrections to undo".to_owned());
            return;
        }
        self.effects.push(Effect::Undo { doc: self.current });
    }

    /// `M`: a picker of the other entities, in pane order.
    pub fn open_merge_picker(&mut self) {
        let Some((id, name)) = self.entity_to_correct() else {
            return;
        };
        let analysis = &self.doc().analysis;
        let others: Vec<EntityId> = entities_in_order(analysis)
            .into_iter()
            .filter(|&other| other != id)
            .collect();
        if others.is_empty() {
            self.message = Some("There is no other entity to merge into".to_owned());
            return;
        }
        let choices = others
            .iter()
            .map(|&o| analysis.entities[o].name.clone())
            .collect();
        let labels = others
            .iter()
            .map(|&o| {
                let e = &analysis.entities[o];
                let mentions = match e.mentions.len() {
                    1 => "1 mention".to_owned(),
                    n => format!("{n} mentions"),
                };
                format!("{} · {} · {mentions}", e.name, kind_name(e.kind))
            })
            .collect();
        self.open_entity_picker(PickPurpose::Merge, name, choices, labels);
    }

    /// `S`: a picker of the entity's other names (those not already an entity's name).
    pub fn open_split_picker(&mut self) {
        let Some((id, name)) = self.entity_to_correct() else {
            return;
        };
        let doc = self.doc();
        let text = doc.article.text();
        let entity = &doc.analysis.entities[id];
        let choices: Vec<String> = entity
            .aliases
            .iter()
            .filter(|a| doc.entity_named(a).is_none())
            .cloned()
            .collect();
        if choices.is_empty() {
            self.message = Some(format!("{name} has no other name to split off"));
            return;
        }
        let labels = choices
            .iter()
            .map(|alias| {
                let count = entity
                    .mentions
                    .iter()
                    .filter(|m| text.get((*m).clone()) == Some(alias.as_str()))
                    .count();
                format!("{alias} ({count})")
            })
            .collect();
        self.open_entity_picker(PickPurpose::Split, name, choices, labels);
    }

    fn open_entity_picker(
        &mut self,
        purpose: PickPurpose,
        entity: String,
        choices: Vec<String>,
        labels: Vec<String>,
    ) {
        let mut list = ListView::default();
        list.select(0, choices.len(), self.picker_height());
        self.entity_picker = Some(EntityPicker {
            purpose,
            entity,
            choices,
            labels,
            list,
        });
    }

    /// Handles an action while the merge or split picker is open; true when consumed.
    pub fn update_entity_picker(&mut self, action: Action) -> bool {
        let height = self.picker_height();
        let Some(picker) = &mut self.entity_picker else {
            return false;
        };
        if picker.list.navigate(action, picker.choices.len(), height) {
            return true;
        }
        match action {
            Action::Activate => {
                let chosen = picker
                    .list
                    .selected
                    .and_then(|s| picker.choices.get(s))
                    .cloned();
                let (purpose, entity) = (picker.purpose, picker.entity.clone());
                self.entity_picker = None;
                if let Some(chosen) = chosen {
                    self.correct(match purpose {
                        PickPurpose::Merge => Correction::Merge {
                            entity,
                            into: chosen,
                        },
                        PickPurpose::Split => Correction::Split {
                            entity,
                            alias: chosen,
                        },
                    });
                }
            }
            Action::Clear | Action::MergeEntity | Action::SplitEntity => {
                self.entity_picker = None;
            }
            Action::Quit | Action::Resize { .. } => return false,
            _ => {}
        }
        true
    }

    /// Handles an action while a prompt is open; true when consumed (everything but quitting
    /// and resizing is).
    pub fn update_prompt(&mut self, action: Action) -> bool {
        let Some(prompt) = &mut self.prompt else {
            return false;
        };
        match (prompt, action) {
            (_, Action::Quit | Action::Resize { .. }) => return false,
            (Prompt::Rename { text, .. } | Prompt::Export { text }, Action::PromptType(c))
                if text.chars().count() < MAX_NAME =>
            {
                text.push_str(&strip_unsafe(&c.to_string()));
            }
            (Prompt::Rename { text, .. } | Prompt::Export { text }, Action::PromptBackspace) => {
                text.pop();
            }
            (Prompt::Rename { text, .. } | Prompt::Export { text }, Action::PromptClear) => {
                text.clear()
            }
            (_, Action::PromptCancel) => {
                self.prompt = None;
                self.message = Some("Cancelled".to_owned());
            }
            (_, Action::PromptConfirm) => {
                if let Some(prompt) = self.prompt.take() {
                    self.confirm_prompt(prompt);
                }
            }
            _ => {}
        }
        true
    }

    fn confirm_prompt(&mut self, prompt: Prompt) {
        match prompt {
            Prompt::Rename { entity, text } => {
                let to = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if to.is_empty() {
                    self.message = Some("A name cannot be empty; not renamed".to_owned());
                } else if to == entity {
                    self.message = Some("Same name; not renamed".to_owned());
                } else if self.doc().entity_named(&to).is_some() {
                    self.message = Some(format!(
                        "There is already an entity named {to}: M merges into it"
                    ));
                } else {
                    self.correct(Correction::Rename { entity, to });
                }
            }
            Prompt::ConfirmHide { entity } => self.correct(Correction::Hide { entity }),
            Prompt::Export { text } => {
                let path = text.trim();
                if path.is_empty() {
                    self.message = Some("No file name; nothing exported".to_owned());
                } else {
                    self.effects.push(Effect::Export {
                        doc: self.current,
                        path: std::path::PathBuf::from(path),
                    });
                }
            }
        }
    }
}
