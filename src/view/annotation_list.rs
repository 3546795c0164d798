//! The reader's annotations as data for the view: where each one is in the text (byte
//! ranges from their code point positions), the rows of the Annotations pane in text order
//! with orphans last, the tags in use, and the highlight under the cursor.

use std::ops::Range;

use crate::annotations::Annotation;
use crate::document::OffsetIndex;

/// Where the annotations are in the text: for each annotation (same index), its byte range,
/// or `None` for an orphan or a position outside the text.
pub fn byte_ranges(text: &str, annotations: &[Annotation]) -> Vec<Option<Range<usize>>> {
    let index = OffsetIndex::new(text);
    let chars = index.char_len();
    annotations
        .iter()
        .map(|a| {
            let (start, end) = (a.position.start, a.position.end);
            (!a.orphan && start < end && end <= chars)
                .then(|| index.to_byte(start)..index.to_byte(end))
        })
        .collect()
}

/// One row of the Annotations pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationRow {
    /// Index of the annotation in the article's list.
    pub index: usize,
    /// Its byte range in the text; `None` for an orphan.
    pub range: Option<Range<usize>>,
}

/// The rows of the Annotations pane: anchored annotations in text order, then orphans in the
/// order they were made; only those carrying `tag` when one is given.
pub fn rows(
    annotations: &[Annotation],
    ranges: &[Option<Range<usize>>],
    tag: Option<&str>,
) -> Vec<AnnotationRow> {
    let mut rows: Vec<AnnotationRow> = annotations
        .iter()
        .enumerate()
        .filter(|(_, a)| tag.is_none_or(|t| a.tags.iter().any(|own| own == t)))
        .map(|(index, _)| AnnotationRow {
            index,
            range: ranges.get(index).cloned().flatten(),
        })
        .collect();
    rows.sort_by_key(|row| {
        (
            row.range.is_none(),
            row.range.as_ref().map_or(0, |r| r.start),
            row.index,
        )
    });
    rows
}

/// Every tag in use with how many annotations carry it, most used first, then by name.
pub fn tags(annotations: &[Annotation]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for tag in annotations.iter().flat_map(|a| &a.tags) {
        match counts.iter_mut().find(|(t, _)| t == tag) {
            Some((_, n)) => *n += 1,
            None => counts.push((tag.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// The annotation whose passage holds byte `offset`: the shortest, when several overlap.
pub fn at_offset(ranges: &[Option<Range<usize>>], offset: usize) -> Option<usize> {
    ranges
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().map(|r| (i, r)))
        .filter(|(_, r)| r.contains(&offset))
        .min_by_key(|(_, r)| r.len())
        .map(|(i, _)| i)
}

/// Tags typed as "a, b ,, c": trimmed, empty ones and repeats dropped, in order.
///
/// ```
/// use byline::view::annotation_list::parse_tags;
/// assert_eq!(parse_tags(" safety, cranes,,safety "), ["safety", "cranes"]);
/// ```
pub fn parse_tags(typed: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in typed.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::{Colour, TextPositionSelector, TextQuoteSelector};

    fn note(start: usize, end: usize, tags: &[&str], orphan: bool) -> Annotation {
        Annotation {
            id: format!("a-{start}"),
            quote: TextQuoteSelector {
                exact: String::new(),
                prefix: String::new(),
                suffix: String::new(),
            },
            position: TextPositionSelector { start, end },
            note: String::new(),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            colour: Colour::Yellow,
            created: String::new(),
            modified: String::new(),
            orphan,
        }
    }

    #[test]
    fn ranges_are_bytes_from_code_points() {
        let text = "é1 café bar";
        let list = [note(3, 7, &[], false), note(0, 2, &[], true)];
        let ranges = byte_ranges(text, &list);
        assert_eq!(ranges[0].clone().map(|r| &text[r]), Some("café"));
        assert_eq!(ranges[1], None, "orphans have no place");
        assert_eq!(byte_ranges(text, &[note(5, 99, &[], false)]), [None]);
    }

    #[test]
    fn rows_are_in_text_order_with_orphans_last_and_filter_by_tag() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let list = [
            note(10, 12, &["b"], false),
            note(0, 2, &["a", "b"], true),
            note(2, 4, &["a"], false),
        ];
        let ranges = byte_ranges(text, &list);
        let order: Vec<usize> = rows(&list, &ranges, None).iter().map(|r| r.index).collect();
        assert_eq!(order, [2, 0, 1]);
        let tagged: Vec<usize> = rows(&list, &ranges, Some("b"))
            .iter()
            .map(|r| r.index)
            .collect();
        assert_eq!(tagged, [0, 1]);
        assert_eq!(tags(&list), [("a".to_owned(), 2), ("b".to_owned(), 2)]);
    }

    #[test]
    fn the_shortest_passage_under_the_cursor_wins() {
        let ranges = [Some(0..20), None, Some(5..8)];
        assert_eq!(at_offset(&ranges, 6), Some(2));
        assert_eq!(at_offset(&ranges, 10), Some(0));
        assert_eq!(at_offset(&ranges, 25), None);
    }
}
