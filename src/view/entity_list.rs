//! The entities pane as data: rows grouped by kind and sorted by mentions, the selected
//! entity's detail line and mention strip, every mention sorted for drawing, and stepping
//! through one entity's mentions.

use std::ops::Range;

use crate::analysis::{Analysis, EntityId, EntityKind};

/// The kinds in the order the pane groups them.
pub const KIND_ORDER: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Other,
];

/// One row of the entities pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRow {
    /// A heading: the kind and how many entities follow.
    Group {
        /// The kind of the entities below.
        kind: EntityKind,
        /// Entities in the group.
        count: usize,
    },
    /// An entity, by its id.
    Entity(EntityId),
}

/// The heading of a group: "People", "Organisations", "Places", "Other".
pub fn group_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organisations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

/// The kind as a word: "person", "organisation", "place", "other".
pub fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organisation",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// The kind after `kind` in the cycle person → organisation → place → other → person.
///
/// ```
/// use byline::analysis::EntityKind;
/// use byline::view::entity_list::next_kind;
/// assert_eq!(next_kind(EntityKind::Person), EntityKind::Organization);
/// assert_eq!(next_kind(EntityKind::Other), EntityKind::Person);
/// ```
pub fn next_kind(kind: EntityKind) -> EntityKind {
    let index = KIND_ORDER.iter().position(|k| *k == kind).unwrap_or(0);
    KIND_ORDER[(index + 1) % KIND_ORDER.len()]
}

/// The rows of the entities pane: a heading per non-empty kind (people, organisations,
/// places, other), then its entities, most mentioned first (ties by first mention); entities
/// with no mention in the text (byline authors) come last in their group.
///
/// ```
/// use byline::analysis::{analyze, EntityKind};
/// use byline::document::{Article, Metadata};
/// use byline::view::entity_list::{entity_rows, EntityRow};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Hi,” said Ana Ruiz in Boston. Ruiz left."]);
/// let analysis = analyze(&article);
/// let rows = entity_rows(&analysis);
/// assert_eq!(rows[0], EntityRow::Group { kind: EntityKind::Person, count: 1 });
/// assert!(matches!(rows[1], EntityRow::Entity(id) if analysis.entities[id].name == "Ana Ruiz"));
/// ```
pub fn entity_rows(analysis: &Analysis) -> Vec<EntityRow> {
    let mut rows = Vec::with_capacity(analysis.entities.len() + KIND_ORDER.len());
    for kind in KIND_ORDER {
        let members = sorted_members(analysis, kind);
        if members.is_empty() {
            continue;
        }
        rows.push(EntityRow::Group {
            kind,
            count: members.len(),
        });
        rows.extend(members.into_iter().map(EntityRow::Entity));
    }
    rows
}

/// The entities of one kind in pane order.
fn sorted_members(analysis: &Analysis, kind: EntityKind) -> Vec<EntityId> {
    let mut members: Vec<EntityId> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.id)
        .collect();
    let first = |id: EntityId| {
        analysis.entities[id]
            .mentions
            .iter()
            .map(|m| m.start)
            .min()
            .unwrap_or(usize::MAX)
    };
    members.sort_by(|&a, &b| {
        let (ma, mb) = (
            analysis.entities[a].mentions.len(),
            analysis.entities[b].mentions.len(),
        );
        mb.cmp(&ma).then(first(a).cmp(&first(b))).then(a.cmp(&b))
    });
    members
}

/// Every entity in pane order (the rows without their headings).
pub fn entities_in_order(analysis: &Analysis) -> Vec<EntityId> {
    entity_rows(analysis)
        .into_iter()
        .filter_map(|row| match row {
            EntityRow::Entity(id) => Some(id),
            EntityRow::Group { .. } => None,
        })
        .collect()
}

/// How many quotes are credited to entity `id`.
pub fn quote_count(analysis: &Analysis, id: EntityId) -> usize {
    analysis
        .quotes
        .iter()
        .filter(|q| q.speaker == Some(id))
        .count()
}

/// The detail line of an entity: its role, its other names and how many quotes it is
/// credited with, joined by " · ".
///
/// ```
/// use byline::analysis::analyze;
/// use byline::document::{Article, Metadata};
/// use byline::view::entity_list::detail_line;
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Hi,” said Ana Ruiz. “Bye,” Ruiz said."]);
/// let analysis = analyze(&article);
/// let ana = analysis.quotes[0].speaker.unwrap();
/// assert_eq!(detail_line(&analysis, ana), "also Ruiz · 2 quotes");
/// ```
pub fn detail_line(analysis: &Analysis, id: EntityId) -> String {
    let Some(entity) = analysis.entities.get(id) else {
        return String::new();
    };
    let mut parts = Vec::new();
    if let Some(role) = entity.description.as_deref().filter(|d| !d.is_empty()) {
        parts.push(role.to_owned());
    }
    if !entity.aliases.is_empty() {
        parts.push(format!("also {}", entity.aliases.join(", ")));
    }
    parts.push(match quote_count(analysis, id) {
        0 => "no quotes".to_owned(),
        1 => "1 quote".to_owned(),
        n => format!("{n} quotes"),
    });
    parts.join(" · ")
}

/// Mention ranges sorted by start, with any range overlapping an earlier one dropped, so the
/// list can be searched with [`crate::view::marks::overlapping`].
///
/// ```
/// use byline::view::entity_list::sorted_mentions;
/// assert_eq!(sorted_mentions(&[8..10, 0..4, 2..3, 0..4]), [0..4, 8..10]);
/// ```
pub fn sorted_mentions(mentions: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted: Vec<Range<usize>> =
        mentions.iter().filter(|m| !m.is_empty()).cloned().collect();
    sorted.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for mention in sorted {
        if kept.last().is_none_or(|last| mention.start >= last.end) {
            kept.push(mention);
        }
    }
    kept
}

/// Every mention of an article, ready for drawing: computed once per analysis, then only
/// searched for the lines on screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MentionIndex {
    /// Every mention with its entity, sorted and without overlaps (see [`sorted_mentions`]).
    pub all: Vec<(Range<usize>, EntityId)>,
    /// Each entity's mentions, sorted and without overlaps, indexed by entity id.
    pub by_entity: Vec<Vec<Range<usize>>>,
}

impl MentionIndex {
    /// Indexes the mentions of every entity.
    ///
    /// ```
    /// use byline::analysis::analyze;
    /// use byline::document::{Article, Metadata};
    /// use byline::view::entity_list::MentionIndex;
    /// let article = Article::from_paragraphs("t", Metadata::default(), ["Ana Ruiz met Tom Keller. Ruiz left."]);
    /// let analysis = analyze(&article);
    /// let index = MentionIndex::new(&analysis);
    /// assert_eq!(index.by_entity.len(), analysis.entities.len());
    /// assert!(index.all.windows(2).all(|w| w[0].0.end <= w[1].0.start));
    /// ```
    pub fn new(analysis: &Analysis) -> MentionIndex {
        let by_entity: Vec<Vec<Range<usize>>> = analysis
            .entities
            .iter()
            .map(|e| sorted_mentions(&e.mentions))
            .collect();
        let mut all: Vec<(Range<usize>, EntityId)> = by_entity
            .iter()
            .enumerate()
            .flat_map(|(id, mentions)| mentions.iter().map(move |m| (m.clone(), id)))
            .collect();
        all.sort_by_key(|(m, id)| (m.start, std::cmp::Reverse(m.end), *id));
        let mut kept: Vec<(Range<usize>, EntityId)> = Vec::with_capacity(all.len());
        for entry in all {
            if kept
                .last()
                .is_none_or(|(last, _)| entry.0.start >= last.end)
            {
                kept.push(entry);
            }
        }
        MentionIndex {
            all: kept,
            by_entity,
        }
    }

    /// The sorted mentions of entity `id` (empty for an unknown id).
    pub fn of(&self, id: EntityId) -> &[Range<usize>] {
        self.by_entity.get(id).map_or(&[], Vec::as_slice)
    }
}

/// How many of `mentions` fall in each of `bins` equal slices of a text `text_len` bytes long.
///
/// ```
/// use byline::view::entity_list::mention_bins;
/// assert_eq!(mention_bins(&[0..3, 5..8, 95..99], 100, 4), [2, 0, 0, 1]);
/// ```
pub fn mention_bins(mentions: &[Range<usize>], text_len: usize, bins: usize) -> Vec<usize> {
    let mut counts = vec![0; bins];
    if bins == 0 || text_len == 0 {
        return counts;
    }
    for mention in mentions {
        counts[bin_of(mention.start, text_len, bins)] += 1;
    }
    counts
}

/// The bin of byte `offset` when a text `text_len` bytes long is split into `bins` slices.
pub fn bin_of(offset: usize, text_len: usize, bins: usize) -> usize {
    if bins == 0 || text_len == 0 {
        return 0;
    }
    (offset.min(text_len - 1) as u128 * bins as u128 / text_len as u128) as usize
}

/// A strip `width` characters wide showing where in the text the mentions fall: `·` for a
/// slice of the text with no mention, `▄`, `▆` or `█` for one, two, or three and more.
///
/// ```
/// use byline::view::entity_list::mention_strip;
/// assert_eq!(mention_strip(&[0..3, 5..8, 50..52, 95..99], 100, 10), "▆····▄···▄");
/// ```
pub fn mention_strip(mentions: &[Range<usize>], text_len: usize, width: usize) -> String {
    mention_bins(mentions, text_len, width)
        .into_iter()
        .map(|count| match count {
            0 => '·',
            1 => '▄',
            2 => '▆',
            _ => '█',
        })
        .collect()
}

/// The mention to go to from `current` (the mention the reader is on, if it is in view) or
/// else from byte `from` (the top of the view): the next or previous one, wrapping around.
/// Returns its index and whether the step wrapped; `None` when there are no mentions.
///
/// ```
/// use byline::view::entity_list::step_mention;
/// let mentions = [0..3, 10..13, 20..23];
/// assert_eq!(step_mention(&mentions, Some(0), 0, true), Some((1, false)));
/// assert_eq!(step_mention(&mentions, None, 11, true), Some((2, false)));
/// assert_eq!(step_mention(&mentions, Some(2), 0, true), Some((0, true)));
/// assert_eq!(step_mention(&mentions, None, 5, false), Some((0, false)));
/// ```
pub fn step_mention(
    mentions: &[Range<usize>],
    current: Option<usize>,
    from: usize,
    forward: bool,
) -> Option<(usize, bool)> {
    let count = mentions.len();
    if count == 0 {
        return None;
    }
    let current = current.filter(|&c| c < count);
    let target = match (current, forward) {
        (Some(c), true) => c + 1,
        (Some(c), false) => c.wrapping_sub(1),
        (None, true) => mentions.partition_point(|m| m.start < from),
        (None, false) => mentions.partition_point(|m| m.start < from).wrapping_sub(1),
    };
    if target < count {
        Some((target, false))
    } else if forward {
        Some((0, true))
    } else {
        Some((count - 1, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, Quote, QuoteKind, analyze};
    use crate::document::{Article, Metadata};

    /// A range (a function, so one-element lists are not taken for a range in a list).
    fn r(start: usize, end: usize) -> Range<usize> {
        start..end
    }

    fn entity(id: EntityId, name: &str, kind: EntityKind, mentions: &[Range<usize>]) -> Entity {
        Entity {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            description: None,
            mentions: mentions.to_vec(),
        }
    }

    fn hand_made() -> Analysis {
        Analysis {
            quotes: vec![Quote {
                span: 40..50,
                kind: QuoteKind::Direct,
                speaker: Some(1),
                speaker_span: None,
                cue: None,
            }],
            entities: vec![
                entity(0, "Author", EntityKind::Person, &[]),
                entity(1, "Ana", EntityKind::Person, &[10..13, 30..33]),
                entity(2, "Boston", EntityKind::Place, &[r(5, 9)]),
                entity(3, "Tom", EntityKind::Person, &[1..4, 60..63]),
                entity(4, "Li", EntityKind::Person, &[r(70, 72)]),
            ],
        }
    }

    #[test]
    fn groups_in_kind_order_with_counts_and_only_non_empty() {
        let rows = entity_rows(&hand_made());
        assert_eq!(
            rows,
            [
                EntityRow::Group {
                    kind: EntityKind::Person,
                    count: 4
                },
                EntityRow::Entity(3),
                EntityRow::Entity(1),
                EntityRow::Entity(4),
                EntityRow::Entity(0),
                EntityRow::Group {
                    kind: EntityKind::Place,
                    count: 1
                },
                EntityRow::Entity(2),
            ],
            "ties by first mention (Tom before Ana), no-mention authors last"
        );
    }

    #[test]
    fn entities_in_order_drops_headings() {
        assert_eq!(entities_in_order(&hand_made()), [3, 1, 4, 0, 2]);
    }

    #[test]
    fn detail_names_role_aliases_and_quotes() {
        let mut analysis = hand_made();
        analysis.entities[1].description = Some("union president".into());
        analysis.entities[1].aliases = vec!["Ruiz".into(), "Ms. Ruiz".into()];
        assert_eq!(
            detail_line(&analysis, 1),
            "union president · also Ruiz, Ms. Ruiz · 1 quote"
        );
        assert_eq!(detail_line(&analysis, 2), "no quotes");
        assert_eq!(detail_line(&analysis, 99), "");
    }

    #[test]
    fn the_index_has_no_overlaps_and_keeps_every_entity_list() {
        let mut analysis = hand_made();
        analysis.entities[2].mentions.push(10..12); // nested in Ana's first mention
        let index = MentionIndex::new(&analysis);
        assert!(index.all.windows(2).all(|w| w[0].0.end <= w[1].0.start));
        assert_eq!(index.all.iter().filter(|(m, _)| m.start == 10).count(), 1);
        assert_eq!(index.of(2), [5..9, 10..12]);
        assert_eq!(index.of(42), [] as [Range<usize>; 0]);
    }

    #[test]
    fn bins_cover_the_whole_text() {
        assert_eq!(mention_bins(&[r(99, 100)], 100, 7), [0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(mention_bins(&[r(0, 1)], 0, 3), [0, 0, 0]);
        assert_eq!(mention_bins(&[r(0, 1)], 10, 0), [] as [usize; 0]);
        assert_eq!(
            bin_of(500, 100, 4),
            3,
            "offsets past the end go to the last bin"
        );
    }

    #[test]
    fn strip_is_as_wide_as_asked() {
        let strip = mention_strip(&[1..2, 2..3, 3..4], 10, 3);
        assert_eq!(strip, "█··");
        assert_eq!(mention_strip(&[], 10, 5), "·····");
    }

    #[test]
    fn stepping_backwards_from_the_view_wraps_to_the_last() {
        let mentions = [10..13, 20..23];
        assert_eq!(step_mention(&mentions, None, 5, false), Some((1, true)));
        assert_eq!(step_mention(&mentions, Some(0), 0, false), Some((1, true)));
        assert_eq!(step_mention(&[], None, 0, true), None);
        assert_eq!(
            step_mention(&mentions, Some(9), 21, true),
            Some((0, true)),
            "a stale current index is ignored"
        );
    }

    #[test]
    fn a_real_analysis_groups_people_first() {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            [
                "“The cranes are old,” said Ana Ruiz in Boston. Ruiz left for Boston with Tom Keller.",
            ],
        );
        let analysis = analyze(&article);
        let rows = entity_rows(&analysis);
        assert!(matches!(
            rows[0],
            EntityRow::Group {
                kind: EntityKind::Person,
                ..
            }
        ));
        let total: usize = rows
            .iter()
            .filter(|r| matches!(r, EntityRow::Entity(_)))
            .count();
        assert_eq!(total, analysis.entities.len());
    }
}
