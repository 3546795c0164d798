//! Splitting a visual line into segments by the marks over it (quotes, mentions, search
//! matches, highlights), so the reader can style each segment without recomputing anything.

use std::ops::Range;

/// What a mark over the text stands for; the reader picks a style per layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    /// A quotation; the tag is the quote's index.
    Quote,
    /// The quotation the reader is on; the tag is the quote's index.
    CurrentQuote,
    /// A mention of an entity; the tag is the entity id.
    Mention,
    /// A mention of the selected entity; the tag is the entity id.
    SelectedMention,
    /// A search match; the tag is the match index.
    SearchMatch,
    /// The current search match.
    CurrentMatch,
    /// A passage the reader highlighted; the tag is the annotation's index.
    Highlight,
    /// The passage being selected; the tag is unused.
    Selection,
    /// The character under the reading cursor; the tag is unused.
    Cursor,
}

/// A marked byte range of the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The bytes marked.
    pub range: Range<usize>,
    /// What the mark stands for.
    pub layer: Layer,
    /// Which quote, entity or match (see [`Layer`]).
    pub tag: usize,
}

/// A piece of a line with the marks covering all of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The bytes of the segment.
    pub range: Range<usize>,
    /// Marks covering the segment, in the order they were given.
    pub marks: Vec<(Layer, usize)>,
}

/// Splits `line` at every mark boundary inside it. Segments cover the line exactly, in order.
///
/// ```
/// use byline::view::marks::{segment_line, Layer, Mark};
/// let marks = [Mark { range: 2..6, layer: Layer::Quote, tag: 0 }];
/// let segments = segment_line(0..10, &marks);
/// assert_eq!(segments.iter().map(|s| s.range.clone()).collect::<Vec<_>>(), [0..2, 2..6, 6..10]);
/// assert_eq!(segments[1].marks, [(Layer::Quote, 0)]);
/// ```
pub fn segment_line(line: Range<usize>, marks: &[Mark]) -> Vec<Segment> {
    let relevant: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.range.start < line.end && m.range.end > line.start && !m.range.is_empty())
        .collect();
    let mut cuts: Vec<usize> = vec![line.start, line.end];
    for mark in &relevant {
        cuts.push(mark.range.start.clamp(line.start, line.end));
        cuts.push(mark.range.end.clamp(line.start, line.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|pair| {
            let range = pair[0]..pair[1];
            let marks = relevant
                .iter()
                .filter(|m| m.range.start <= range.start && m.range.end >= range.end)
                .map(|m| (m.layer, m.tag))
                .collect();
            Segment { range, marks }
        })
        .collect()
}

/// The index range of the items of a sorted, non-overlapping list that overlap `window`.
///
/// ```
/// use byline::view::marks::overlapping;
/// let ranges = [0..2, 4..6, 8..10];
/// assert_eq!(overlapping(&ranges, |r| r.clone(), 5..9), 1..3);
/// assert_eq!(overlapping(&ranges, |r| r.clone(), 2..4), 1..1);
/// ```
pub fn overlapping<T>(
    items: &[T],
    range_of: impl Fn(&T) -> Range<usize>,
    window: Range<usize>,
) -> Range<usize> {
    let first = items.partition_point(|item| range_of(item).end <= window.start);
    let last = items.partition_point(|item| range_of(item).start < window.end);
    first..last.max(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(range: Range<usize>, layer: Layer) -> Mark {
        Mark {
            range,
            layer,
            tag: 0,
        }
    }

    #[test]
    fn unmarked_line_is_one_segment() {
        let segments = segment_line(3..9, &[]);
        assert_eq!(
            segments,
            [Segment {
                range: 3..9,
                marks: vec![]
            }]
        );
    }

    #[test]
    fn marks_beyond_the_line_are_clipped() {
        let segments = segment_line(
            5..10,
            &[mark(0..7, Layer::Quote), mark(9..20, Layer::Quote)],
        );
        let ranges: Vec<_> = segments.iter().map(|s| s.range.clone()).collect();
        assert_eq!(ranges, [5..7, 7..9, 9..10]);
        assert_eq!(segments[1].marks, []);
    }

    #[test]
    fn overlapping_marks_stack() {
        let segments = segment_line(
            0..10,
            &[mark(0..6, Layer::Quote), mark(4..8, Layer::SearchMatch)],
        );
        let marks: Vec<usize> = segments.iter().map(|s| s.marks.len()).collect();
        assert_eq!(marks, [1, 2, 1, 0]);
    }

    #[test]
    fn empty_marks_are_ignored() {
        assert_eq!(segment_line(0..4, &[mark(2..2, Layer::Quote)]).len(), 1);
    }
}
