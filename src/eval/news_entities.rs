//! Scoring entities against the news gold, which lists each entity's name, kind and aliases
//! (but not where its mentions are).
//!
//! - A gold entity is **found** when some predicted entity of the same kind is named with the
//!   gold name or one of its aliases (case-insensitive); recall is also given ignoring kinds.
//! - **Precision**: predicted entities whose name is a name or alias of some gold entity.
//! - **Split**: a gold entity whose names are spread over two or more predicted entities
//!   (counting their names and aliases). **Wrong merge**: a predicted entity whose name and
//!   aliases include names of two or more gold entities.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::analysis::{Entity, EntityKind};

use super::metrics::Ratio;

/// One gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// The fullest name.
    pub name: String,
    /// person, organization, place or other.
    pub kind: EntityKind,
    /// Every other form the article uses.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl GoldEntity {
    fn names(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .map(|n| n.trim().to_lowercase())
    }

    fn is_named(&self, name: &str) -> bool {
        let name = name.trim().to_lowercase();
        self.names().any(|n| n == name)
    }
}

/// The name of an entity kind as in the JSON contract.
pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// Entity scores summed over documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EntityMetrics {
    /// Gold entities found with the right kind (the headline; the issue target is 0.95).
    pub recall: Ratio,
    /// Gold entities found whatever the kind.
    pub recall_any_kind: Ratio,
    /// Recall with the right kind, per gold kind.
    pub recall_by_kind: BTreeMap<&'static str, Ratio>,
    /// Predicted entities named like some gold entity.
    pub precision: Ratio,
    /// Gold entities spread over several predicted entities.
    pub split: usize,
    /// Predicted entities that merge several gold entities.
    pub wrong_merge: usize,
}

impl EntityMetrics {
    /// Scores one article's entities and adds the counts; describes every mistake in `errors`.
    pub fn add_document(
        &mut self,
        doc: &str,
        gold: &[GoldEntity],
        predicted: &[Entity],
        errors: &mut Vec<String>,
    ) {
        for g in gold {
            let named: Vec<&Entity> = predicted.iter().filter(|p| g.is_named(&p.name)).collect();
            let right_kind = named.iter().any(|p| p.kind == g.kind);
            self.recall.add(right_kind);
            self.recall_any_kind.add(!named.is_empty());
            self.recall_by_kind
                .entry(kind_name(g.kind))
                .or_default()
                .add(right_kind);
            match named.first() {
                None => errors.push(format!(
                    "{doc}: missed entity {} ({})",
                    g.name,
                    kind_name(g.kind)
                )),
                Some(p) if !right_kind => errors.push(format!(
                    "{doc}: kind confusion: {} predicted {} vs gold {}",
                    g.name,
                    kind_name(p.kind),
                    kind_name(g.kind)
                )),
                Some(_) => {}
            }
            let holders: BTreeSet<&str> = predicted
                .iter()
                .filter(|p| {
                    std::iter::once(&p.name)
                        .chain(&p.aliases)
                        .any(|n| g.is_named(n))
                })
                .map(|p| p.name.as_str())
                .collect();
            if holders.len() > 1 {
                self.split += 1;
                errors.push(format!(
                    "{doc}: split: gold {} is spread over {}",
                    g.name,
                    holders.into_iter().collect::<Vec<_>>().join(" | ")
                ));
            }
        }
        for p in predicted {
            let right = gold.iter().any(|g| g.is_named(&p.name));
            self.precision.add(right);
            if !right {
                errors.push(format!(
                    "{doc}: spurious entity {} ({})",
                    p.name,
                    kind_name(p.kind)
                ));
            }
            let merged: BTreeSet<&str> = gold
                .iter()
                .filter(|g| {
                    std::iter::once(&p.name)
                        .chain(&p.aliases)
                        .any(|n| g.is_named(n))
                })
                .map(|g| g.name.as_str())
                .collect();
            if merged.len() > 1 {
                self.wrong_merge += 1;
                errors.push(format!(
                    "{doc}: wrong merge: predicted {} holds {}",
                    p.name,
                    merged.into_iter().collect::<Vec<_>>().join(" | ")
                ));
            }
        }
    }

    /// The scores as lines of a table.
    pub fn table(&self, out: &mut String) {
        out.push_str(&format!(
            "  entities recall, right kind          {}   (target >= 0.95)\n",
            self.recall.show()
        ));
        for (kind, ratio) in &self.recall_by_kind {
            out.push_str(&format!("    {kind:<34} {}\n", ratio.show()));
        }
        out.push_str(&format!(
            "  entities recall, any kind            {}\n",
            self.recall_any_kind.show()
        ));
        out.push_str(&format!(
            "  entities precision                   {}\n",
            self.precision.show()
        ));
        out.push_str(&format!(
            "  alias errors: {} split, {} wrong merges\n",
            self.split, self.wrong_merge
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(name: &str, kind: EntityKind, aliases: &[&str]) -> GoldEntity {
        GoldEntity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    fn predicted(id: usize, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
        Entity {
            id,
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            description: None,
            mentions: vec![],
        }
    }

    #[test]
    fn entities_are_found_by_name_or_alias_and_kind() {
        let gold = [
            gold("Ana Ruiz", EntityKind::Person, &["Ruiz"]),
            gold("Port Halden", EntityKind::Place, &[]),
            gold("Halden Tribune", EntityKind::Organization, &[]),
        ];
        let predicted = [
            predicted(0, "ruiz", EntityKind::Person, &[]),
            predicted(1, "Port Halden", EntityKind::Organization, &[]),
            predicted(2, "Tuesday", EntityKind::Other, &[]),
        ];
        let mut m = EntityMetrics::default();
        let mut errors = Vec::new();
        m.add_document("d", &gold, &predicted, &mut errors);
        assert_eq!(m.recall, Ratio::new(1, 3));
        assert_eq!(m.recall_any_kind, Ratio::new(2, 3));
        assert_eq!(m.precision, Ratio::new(2, 3));
        assert_eq!(m.recall_by_kind["place"], Ratio::new(0, 1));
        assert!(
            errors
                .iter()
                .any(|e| e.contains("kind confusion: Port Halden"))
        );
        assert!(
            errors
                .iter()
                .any(|e| e.contains("missed entity Halden Tribune"))
        );
        assert!(errors.iter().any(|e| e.contains("spurious entity Tuesday")));
    }

    #[test]
    fn splits_and_wrong_merges_are_counted() {
        let gold = [
            gold("Maria Keller", EntityKind::Person, &[]),
            gold("Tom Keller", EntityKind::Person, &[]),
            gold("Ana Ruiz", EntityKind::Person, &["Ruiz"]),
        ];
        let predicted = [
            predicted(0, "Maria Keller", EntityKind::Person, &["Tom Keller"]),
            predicted(1, "Ana Ruiz", EntityKind::Person, &[]),
            predicted(2, "Ruiz", EntityKind::Person, &[]),
        ];
        let mut m = EntityMetrics::default();
        let mut errors = Vec::new();
        m.add_document("d", &gold, &predicted, &mut errors);
        assert_eq!(m.wrong_merge, 1);
        assert_eq!(m.split, 1, "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("split: gold Ana Ruiz")));
    }
}
