//! The entities pane's behaviour: rows grouped by kind, moving over headings, Enter (filter a
//! person's quotes, show the first mention), clicks, and `e` / `E` through the selected
//! entity's mentions.

use byline::analysis::{EntityId, EntityKind};
use byline::view::entity_list::{EntityRow, entity_rows, quote_count, step_mention};

use super::app::App;
use super::panes::{ListView, Pane};

impl App {
    /// Rebuilds the entities pane's rows and selects entity `keep` if given and still there,
    /// else the entity on the same row as before (or the first entity).
    pub fn refresh_entity_rows(&mut self, keep: Option<EntityId>) {
        let previous_row = self.entities.selected.unwrap_or(0);
        self.entity_rows = entity_rows(&self.doc().analysis);
        let target = keep
            .and_then(|id| self.row_of_entity(id))
            .or_else(|| self.nearest_entity_row(previous_row));
        match target {
            Some(row) => self.entities.select(
                row,
                self.entity_rows.len(),
                self.list_height(Pane::Entities),
            ),
            None => self.entities = ListView::default(),
        }
        self.show_heading_above();
    }

    /// When the selected entity is the first of its group and at the top of the pane, scrolls
    /// up one row so its heading shows too.
    pub fn show_heading_above(&mut self) {
        let Some(row) = self.entities.selected else {
            return;
        };
        let heading_above = row
            .checked_sub(1)
            .is_some_and(|r| matches!(self.entity_rows[r], EntityRow::Group { .. }));
        if heading_above && self.entities.offset == row && self.list_height(Pane::Entities) > 1 {
            self.entities.offset = row - 1;
        }
    }

    /// The entity row at or after `row`, else the last one before it.
    fn nearest_entity_row(&self, row: usize) -> Option<usize> {
        let is_entity = |r: &usize| matches!(self.entity_rows[*r], EntityRow::Entity(_));
        (row..self.entity_rows.len())
            .find(is_entity)
            .or_else(|| (0..row.min(self.entity_rows.len())).rev().find(is_entity))
    }

    /// The row showing entity `id`.
    pub fn row_of_entity(&self, id: EntityId) -> Option<usize> {
        self.entity_rows
            .iter()
            .position(|r| *r == EntityRow::Entity(id))
    }

    /// The entity on the selected row, if the row is an entity.
    pub fn selected_entity(&self) -> Option<EntityId> {
        match self
            .entities
            .selected
            .and_then(|row| self.entity_rows.get(row))
        {
            Some(EntityRow::Entity(id)) => Some(*id),
            _ => None,
        }
    }

    /// The entity whose mentions are highlighted in the text: the selected one while the
    /// entities pane has focus, or after jumping to one of its mentions.
    pub fn highlighted_entity(&self) -> Option<EntityId> {
        let selected = self.selected_entity()?;
        let jumped = self.current_mention.is_some_and(|(id, _)| id == selected);
        (self.focus == Pane::Entities || jumped).then_some(selected)
    }

    /// Moves the selection by `delta` rows, stepping over the kind headings.
    pub fn move_entity_selection(&mut self, delta: isize) {
        let len = self.entity_rows.len();
        let height = self.list_height(Pane::Entities);
        let rows = &self.entity_rows;
        self.entities.move_to_item(delta, len, height, |r| {
            matches!(rows[r], EntityRow::Entity(_))
        });
        self.show_heading_above();
    }

    /// An entity's name, for messages.
    pub fn entity_name(&self, id: EntityId) -> String {
        self.doc()
            .analysis
            .entities
            .get(id)
            .map_or_else(String::new, |e| e.name.clone())
    }

    /// Enter in the entities pane: on a person who is quoted, filter the quotes pane to their
    /// quotes; on any entity, show its first mention.
    pub fn activate_entity_row(&mut self) {
        let Some(id) = self.selected_entity() else {
            return;
        };
        let analysis = &self.doc().analysis;
        let is_person = analysis.entities[id].kind == EntityKind::Person;
        let quoted = quote_count(analysis, id) > 0;
        if is_person && quoted {
            self.set_filter(Some(Some(id)));
            // The filter's message ("Showing 4 quotes by …") says more than "mention 1 of n".
            let filtered = self.message.take();
            self.show_mention(id, 0);
            self.message = filtered;
            return;
        }
        self.show_mention(id, 0);
        let total = self.doc().mentions.of(id).len();
        if is_person && total > 0 {
            let name = self.entity_name(id);
            self.message = Some(format!("{name} is not quoted; mention 1 of {total}"));
        }
    }

    /// A click on row `index` of the entities pane: an entity is selected and its first
    /// mention shown; a heading selects the first entity below it.
    pub fn click_entity_row(&mut self, index: usize) {
        let len = self.entity_rows.len();
        let height = self.list_height(Pane::Entities);
        match self.entity_rows.get(index).copied() {
            Some(EntityRow::Entity(id)) => {
                self.entities.select(index, len, height);
                self.show_mention(id, 0);
            }
            Some(EntityRow::Group { .. }) => {
                self.entities.select(index, len, height);
                self.move_entity_selection(1);
            }
            None => {}
        }
    }

    /// Scrolls the text to mention `index` of entity `id` and makes it the current mention.
    pub fn show_mention(&mut self, id: EntityId, index: usize) {
        let name = self.entity_name(id);
        let mentions = self.doc().mentions.of(id);
        let Some(start) = mentions.get(index).map(|m| m.start) else {
            self.message = Some(format!("{name} is not mentioned in the text"));
            return;
        };
        let total = mentions.len();
        self.current_mention = Some((id, index));
        self.text.reveal(start);
        self.message = Some(format!("{name}: mention {} of {total}", index + 1));
    }

    /// `e` / `E`: the next or previous mention of the selected entity, from the one the
    /// reader is on if it is in view, else from the top of the view; wrapping at the ends.
    pub fn step_mention(&mut self, forward: bool) {
        let Some(id) = self.selected_entity() else {
            self.message = Some("No entity selected (3 focuses the entities pane)".to_owned());
            return;
        };
        let (top, bottom) = (self.top_offset(), self.bottom_offset());
        let mentions = self.doc().mentions.of(id);
        let current = self
            .current_mention
            .filter(|(entity, _)| *entity == id)
            .map(|(_, index)| index)
            .filter(|&i| {
                mentions
                    .get(i)
                    .is_some_and(|m| m.start >= top && m.start <= bottom)
            });
        match step_mention(mentions, current, top, forward) {
            Some((index, _wrapped)) => self.show_mention(id, index),
            None => {
                let name = self.entity_name(id);
                self.message = Some(format!("{name} is not mentioned in the text"));
            }
        }
    }
}
