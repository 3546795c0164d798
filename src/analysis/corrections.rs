//! Corrections a reader makes to the entities, because rules err: rename an entity, change
//! its kind, merge two entities, split an alias off, hide a false one. They are applied in
//! order to a fresh analysis, naming entities by their name at that point, so they survive
//! re-analysis as long as the names they refer to are still found.

use serde::{Deserialize, Serialize};

use super::model::{Analysis, Entity, EntityKind};

/// One correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Correction {
    /// Give `entity` the name `to` (the old name is kept as an alias).
    Rename {
        /// The entity's current name.
        entity: String,
        /// Its new name.
        to: String,
    },
    /// Set the kind of `entity`.
    Kind {
        /// The entity's current name.
        entity: String,
        /// Its kind.
        kind: EntityKind,
    },
    /// Fold `entity` into `into`: its mentions, aliases and quotes become `into`'s.
    Merge {
        /// The entity that disappears.
        entity: String,
        /// The entity that absorbs it.
        into: String,
    },
    /// Make the mentions of `alias` a separate entity named `alias`.
    Split {
        /// The entity the alias belongs to.
        entity: String,
        /// The alias to split off.
        alias: String,
    },
    /// Remove `entity`: it is not an entity at all. Its quotes become unattributed.
    Hide {
        /// The entity's current name.
        entity: String,
    },
}

impl Correction {
    /// A short description for lists and messages.
    pub fn describe(&self) -> String {
        match self {
            Correction::Rename { entity, to } => format!("renamed {entity} to {to}"),
            Correction::Kind { entity, kind } => format!("{entity} is a {}", kind_word(*kind)),
            Correction::Merge { entity, into } => format!("merged {entity} into {into}"),
            Correction::Split { entity, alias } => format!("split {alias} off {entity}"),
            Correction::Hide { entity } => format!("hid {entity}"),
        }
    }
}

fn kind_word(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organisation",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// Applies `corrections` in order. A correction naming an entity that is not there (the
/// article changed, or an earlier correction removed it) is skipped; the returned list says
/// which were applied.
///
/// ```
/// use byline::analysis::{analyze, corrections::{apply_corrections, Correction}};
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Hi,” said Ana Ruiz."]);
/// let mut analysis = analyze(&article);
/// let applied = apply_corrections(&mut analysis, article.text(), &[Correction::Rename {
///     entity: "Ana Ruiz".into(),
///     to: "Ana María Ruiz".into(),
/// }]);
/// assert_eq!(applied, [true]);
/// assert_eq!(analysis.speaker_name(&analysis.quotes[0]), Some("Ana María Ruiz"));
/// ```
pub fn apply_corrections(
    analysis: &mut Analysis,
    text: &str,
    corrections: &[Correction],
) -> Vec<bool> {
    corrections
        .iter()
        .map(|c| apply_one(analysis, text, c))
        .collect()
}

fn find(analysis: &Analysis, name: &str) -> Option<usize> {
    analysis.entities.iter().position(|e| e.name == name)
}

fn apply_one(analysis: &mut Analysis, text: &str, correction: &Correction) -> bool {
    match correction {
        Correction::Rename { entity, to } => {
            let Some(id) = find(analysis, entity) else {
                return false;
            };
            if to.trim().is_empty() || find(analysis, to).is_some_and(|other| other != id) {
                return false;
            }
            let entity = &mut analysis.entities[id];
            let old = std::mem::replace(&mut entity.name, to.trim().to_owned());
            entity.aliases.retain(|a| a != &entity.name);
            if !entity.aliases.contains(&old) {
                entity.aliases.push(old);
            }
            true
        }
        Correction::Kind { entity, kind } => {
            let Some(id) = find(analysis, entity) else {
                return false;
            };
            analysis.entities[id].kind = *kind;
            true
        }
        Correction::Merge { entity, into } => {
            let (Some(from), Some(to)) = (find(analysis, entity), find(analysis, into)) else {
                return false;
            };
            if from == to {
                return false;
            }
            let source = analysis.entities[from].clone();
            let target = &mut analysis.entities[to];
            target.mentions.extend(source.mentions);
            target.mentions.sort_by_key(|m| m.start);
            target.mentions.dedup();
            for alias in std::iter::once(source.name).chain(source.aliases) {
                if alias != target.name && !target.aliases.contains(&alias) {
                    target.aliases.push(alias);
                }
            }
            if target.description.is_none() {
                target.description = source.description;
            }
            for quote in &mut analysis.quotes {
                if quote.speaker == Some(from) {
                    quote.speaker = Some(to);
                }
            }
            remove_entity(analysis, from);
            true
        }
        Correction::Split { entity, alias } => {
            let Some(id) = find(analysis, entity) else {
                return false;
            };
            if !analysis.entities[id].aliases.contains(alias) || find(analysis, alias).is_some() {
                return false;
            }
            let (moved, kept): (Vec<_>, Vec<_>) = analysis.entities[id]
                .mentions
                .iter()
                .cloned()
                .partition(|m| text.get(m.clone()) == Some(alias.as_str()));
            let new_id = analysis.entities.len();
            let source = &mut analysis.entities[id];
            source.mentions = kept;
            source.aliases.retain(|a| a != alias);
            let kind = source.kind;
            for quote in &mut analysis.quotes {
                let spoken_by_alias = quote
                    .speaker_span
                    .as_ref()
                    .is_some_and(|s| moved.contains(s));
                if quote.speaker == Some(id) && spoken_by_alias {
                    quote.speaker = Some(new_id);
                }
            }
            analysis.entities.push(Entity {
                id: new_id,
                name: alias.clone(),
                kind,
                aliases: Vec::new(),
                description: None,
                mentions: moved,
            });
            true
        }
        Correction::Hide { entity } => {
            let Some(id) = find(analysis, entity) else {
                return false;
            };
            for quote in &mut analysis.quotes {
                if quote.speaker == Some(id) {
                    quote.speaker = None;
                    quote.speaker_span = None;
                    quote.cue = None;
                }
            }
            remove_entity(analysis, id);
            true
        }
    }
}

/// Removes entity `id`, renumbering the later entities and the quotes' speakers.
fn remove_entity(analysis: &mut Analysis, id: usize) {
    analysis.entities.remove(id);
    for (index, entity) in analysis.entities.iter_mut().enumerate() {
        entity.id = index;
    }
    for quote in &mut analysis.quotes {
        quote.speaker = match quote.speaker {
            Some(s) if s == id => None,
            Some(s) if s > id => Some(s - 1),
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::document::{Article, Metadata};

    fn sample() -> (Article, Analysis) {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            [
                "“The cranes are old,” said Ana Ruiz in Port Halden.",
                "“We will see,” said Tom Keller. Later Keller left.",
                "“Not today,” Ruiz said.",
            ],
        );
        let analysis = analyze(&article);
        (article, analysis)
    }

    fn names(analysis: &Analysis) -> Vec<&str> {
        analysis.entities.iter().map(|e| e.name.as_str()).collect()
    }

    fn speakers(analysis: &Analysis) -> Vec<Option<&str>> {
        analysis
            .quotes
            .iter()
            .map(|q| analysis.speaker_name(q))
            .collect()
    }

    #[test]
    fn rename_keeps_the_old_name_as_an_alias() {
        let (article, mut analysis) = sample();
        let applied = apply_corrections(
            &mut analysis,
            article.text(),
            &[Correction::Rename {
                entity: "Ana Ruiz".into(),
                to: "Ana R.".into(),
            }],
        );
        assert_eq!(applied, [true]);
        let entity = analysis
            .entities
            .iter()
            .find(|e| e.name == "Ana R.")
            .unwrap();
        assert!(entity.aliases.contains(&"Ana Ruiz".to_owned()));
        assert_eq!(speakers(&analysis)[2], Some("Ana R."));
    }

    #[test]
    fn kind_is_set() {
        let (article, mut analysis) = sample();
        apply_corrections(
            &mut analysis,
            article.text(),
            &[Correction::Kind {
                entity: "Port Halden".into(),
                kind: EntityKind::Organization,
            }],
        );
        assert_eq!(
            analysis
                .entities
                .iter()
                .find(|e| e.name == "Port Halden")
                .unwrap()
                .kind,
            EntityKind::Organization
        );
    }

    #[test]
    fn merge_moves_mentions_and_quotes_and_renumbers() {
        let (article, mut analysis) = sample();
        let before = analysis.entities.len();
        apply_corrections(
            &mut analysis,
            article.text(),
            &[Correction::Merge {
                entity: "Tom Keller".into(),
                into: "Ana Ruiz".into(),
            }],
        );
        assert_eq!(analysis.entities.len(), before - 1);
        assert!(!names(&analysis).contains(&"Tom Keller"));
        assert_eq!(
            speakers(&analysis),
            [Some("Ana Ruiz"), Some("Ana Ruiz"), Some("Ana Ruiz")]
        );
        for (index, entity) in analysis.entities.iter().enumerate() {
            assert_eq!(entity.id, index);
        }
    }

    #[test]
    fn split_makes_the_alias_its_own_entity() {
        let (article, mut analysis) = sample();
        let applied = apply_corrections(
            &mut analysis,
            article.text(),
            &[Correction::Split {
                entity: "Ana Ruiz".into(),
                alias: "Ruiz".into(),
            }],
        );
        assert_eq!(applied, [true]);
        let split = analysis.entities.iter().find(|e| e.name == "Ruiz").unwrap();
        assert_eq!(split.mentions.len(), 1);
        assert_eq!(
            speakers(&analysis)[2],
            Some("Ruiz"),
            "the quote attributed through the alias follows it"
        );
        assert_eq!(speakers(&analysis)[0], Some("Ana Ruiz"));
    }

    #[test]
    fn hide_removes_the_entity_and_unattributes_its_quotes() {
        let (article, mut analysis) = sample();
        apply_corrections(
            &mut analysis,
            article.text(),
            &[Correction::Hide {
                entity: "Tom Keller".into(),
            }],
        );
        assert!(!names(&analysis).contains(&"Tom Keller"));
        assert_eq!(speakers(&analysis)[1], None);
        assert_eq!(speakers(&analysis)[2], Some("Ana Ruiz"));
    }

    #[test]
    fn corrections_to_missing_entities_are_skipped() {
        let (article, mut analysis) = sample();
        let applied = apply_corrections(
            &mut analysis,
            article.text(),
            &[
                Correction::Hide {
                    entity: "Nobody Here".into(),
                },
                Correction::Rename {
                    entity: "Ana Ruiz".into(),
                    to: "Tom Keller".into(),
                },
            ],
        );
        assert_eq!(
            applied,
            [false, false],
            "renaming onto another entity's name is refused"
        );
    }

    #[test]
    fn corrections_serialise_with_an_action_tag() {
        let json = serde_json::to_string(&Correction::Kind {
            entity: "X".into(),
            kind: EntityKind::Place,
        })
        .unwrap();
        assert_eq!(json, r#"{"action":"kind","entity":"X","kind":"place"}"#);
        let back: Correction = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back,
            Correction::Kind {
                entity: "X".into(),
                kind: EntityKind::Place
            }
        );
    }
}
