//! Anchoring annotations to text: making W3C selectors for a passage, and finding the passage
//! again after the article changed — exact words near the old position, then the exact words
//! anywhere, then an approximate match between the remembered prefix and suffix. A passage that
//! cannot be found is an orphan: kept, never dropped.

use std::ops::Range;

use super::model::{Annotation, TextPositionSelector, TextQuoteSelector};
use crate::document::OffsetIndex;

/// Characters of context kept before and after a passage.
pub const CONTEXT_CHARS: usize = 32;
/// How alike the passage found between prefix and suffix must be to the remembered one.
const MIN_SIMILARITY: f64 = 0.6;

/// Selectors for the byte range `range` of `text`.
///
/// ```
/// use byline::annotations::anchor::selectors;
/// let (quote, position) = selectors("Before the passage after", 7..18);
/// assert_eq!(quote.exact, "the passage");
/// assert_eq!(quote.prefix, "Before ");
/// assert_eq!(quote.suffix, " after");
/// assert_eq!((position.start, position.end), (7, 18));
/// ```
pub fn selectors(text: &str, range: Range<usize>) -> (TextQuoteSelector, TextPositionSelector) {
    let index = OffsetIndex::new(text);
    let prefix_start = index.to_byte(index.to_char(range.start).saturating_sub(CONTEXT_CHARS));
    let suffix_end = index.to_byte(index.to_char(range.end) + CONTEXT_CHARS);
    (
        TextQuoteSelector {
            exact: text[range.clone()].to_owned(),
            prefix: text[prefix_start..range.start].to_owned(),
            suffix: text[range.end..suffix_end].to_owned(),
        },
        TextPositionSelector {
            start: index.to_char(range.start),
            end: index.to_char(range.end),
        },
    )
}

/// How an annotation was found in the current text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchored {
    /// At its recorded position, unchanged.
    InPlace(Range<usize>),
    /// Its exact words elsewhere (nearest the old position).
    Moved(Range<usize>),
    /// Changed words between its remembered prefix and suffix.
    Approximate(Range<usize>),
    /// Not found.
    Orphan,
}

impl Anchored {
    /// The byte range found, if any.
    pub fn range(&self) -> Option<Range<usize>> {
        match self {
            Anchored::InPlace(r) | Anchored::Moved(r) | Anchored::Approximate(r) => Some(r.clone()),
            Anchored::Orphan => None,
        }
    }
}

/// Finds an annotation's passage in `text`.
pub fn anchor(text: &str, quote: &TextQuoteSelector, position: TextPositionSelector) -> Anchored {
    if quote.exact.is_empty() {
        return Anchored::Orphan;
    }
    let index = OffsetIndex::new(text);
    let old = index.to_byte(position.start)..index.to_byte(position.end);
    if text.get(old.clone()) == Some(quote.exact.as_str()) {
        return Anchored::InPlace(old);
    }
    let occurrences: Vec<usize> = text.match_indices(&quote.exact).map(|(i, _)| i).collect();
    if !occurrences.is_empty() {
        // Prefer the occurrence whose context matches; among equals, the nearest.
        let best = occurrences
            .iter()
            .copied()
            .max_by_key(|&at| {
                let context = context_score(text, at, at + quote.exact.len(), quote);
                (context, usize::MAX - at.abs_diff(old.start))
            })
            .unwrap_or(occurrences[0]);
        return Anchored::Moved(best..best + quote.exact.len());
    }
    approximate(text, quote, old.start).map_or(Anchored::Orphan, Anchored::Approximate)
}

/// How many characters of the prefix and suffix agree around `start..end` (0 to 64).
fn context_score(text: &str, start: usize, end: usize, quote: &TextQuoteSelector) -> usize {
    let before: Vec<char> = text[..start].chars().rev().take(CONTEXT_CHARS).collect();
    let after: Vec<char> = text[end..].chars().take(CONTEXT_CHARS).collect();
    let prefix = quote
        .prefix
        .chars()
        .rev()
        .zip(before)
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = quote
        .suffix
        .chars()
        .zip(after)
        .take_while(|(a, b)| a == b)
        .count();
    prefix + suffix
}

/// The passage between the remembered prefix and suffix, if it is like the remembered words.
fn approximate(text: &str, quote: &TextQuoteSelector, near: usize) -> Option<Range<usize>> {
    let prefix = tail(&quote.prefix, 16);
    let suffix = head(&quote.suffix, 16);
    if prefix.is_empty() && suffix.is_empty() {
        return None;
    }
    let exact_len = quote.exact.len();
    let mut best: Option<(f64, usize, Range<usize>)> = None;
    let starts: Vec<usize> = if prefix.is_empty() {
        vec![0]
    } else {
        text.match_indices(prefix)
            .map(|(i, _)| i + prefix.len())
            .collect()
    };
    for start in starts {
        let window_end = floor_char(text, (start + exact_len * 2 + 64).min(text.len()));
        let end = if suffix.is_empty() {
            Some(floor_char(text, (start + exact_len).min(text.len())))
        } else {
            text[start..window_end].find(suffix).map(|i| start + i)
        };
        let Some(end) = end.filter(|&e| e > start) else {
            continue;
        };
        let score = similarity(&quote.exact, &text[start..end]);
        let distance = start.abs_diff(near);
        if score >= MIN_SIMILARITY
            && best
                .as_ref()
                .is_none_or(|(s, d, _)| score > *s || (score == *s && distance < *d))
        {
            best = Some((score, distance, start..end));
        }
    }
    best.map(|(_, _, range)| range)
}

fn tail(s: &str, chars: usize) -> &str {
    let skip = s.chars().count().saturating_sub(chars);
    s.char_indices().nth(skip).map_or(s, |(i, _)| &s[i..])
}

fn head(s: &str, chars: usize) -> &str {
    s.char_indices().nth(chars).map_or(s, |(i, _)| &s[..i])
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Similarity of two passages by their words (Dice coefficient over word multisets).
fn similarity(a: &str, b: &str) -> f64 {
    let mut words_a: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let words_b: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    if words_a.is_empty() || words_b.is_empty() {
        return 0.0;
    }
    let total = words_a.len() + words_b.len();
    let mut shared = 0;
    for word in &words_b {
        if let Some(i) = words_a.iter().position(|w| w == word) {
            words_a.swap_remove(i);
            shared += 1;
        }
    }
    2.0 * shared as f64 / total as f64
}

/// Re-anchors every annotation to `text`, updating its selectors to the passage found (so
/// its words are the current ones) and marking the ones not found as orphans. Returns how
/// many moved or changed and how many are orphans.
pub fn reanchor_all(text: &str, annotations: &mut [Annotation]) -> (usize, usize) {
    let (mut moved, mut orphans) = (0, 0);
    for annotation in annotations {
        match anchor(text, &annotation.quote, annotation.position) {
            Anchored::InPlace(_) => annotation.orphan = false,
            Anchored::Moved(range) | Anchored::Approximate(range) => {
                let (quote, position) = selectors(text, range);
                annotation.quote = quote;
                annotation.position = position;
                annotation.orphan = false;
                moved += 1;
            }
            Anchored::Orphan => {
                if !annotation.orphan {
                    annotation.orphan = true;
                }
                orphans += 1;
            }
        }
    }
    (moved, orphans)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "The port reopened on Monday. Ana Ruiz said the cranes were finally safe to use. Talks continue.";

    fn selectors_for(words: &str) -> (TextQuoteSelector, TextPositionSelector) {
        let start = ORIGINAL.find(words).unwrap();
        selectors(ORIGINAL, start..start + words.len())
    }

    fn found(text: &str, anchored: &Anchored) -> Option<String> {
        anchored.range().map(|r| text[r].to_owned())
    }

    #[test]
    fn unchanged_text_anchors_in_place() {
        let (quote, position) = selectors_for("the cranes were finally safe");
        assert!(matches!(
            anchor(ORIGINAL, &quote, position),
            Anchored::InPlace(_)
        ));
    }

    #[test]
    fn words_inserted_before_the_passage_move_it() {
        let (quote, position) = selectors_for("the cranes were finally safe");
        let edited = ORIGINAL.replace(
            "The port reopened on Monday.",
            "After nine days of strike, the port reopened on Monday.",
        );
        let anchored = anchor(&edited, &quote, position);
        assert!(matches!(anchored, Anchored::Moved(_)));
        assert_eq!(
            found(&edited, &anchored).as_deref(),
            Some("the cranes were finally safe")
        );
    }

    #[test]
    fn words_inserted_after_the_passage_leave_it_in_place() {
        let (quote, position) = selectors_for("the cranes were finally safe");
        let edited = ORIGINAL.replace(
            "Talks continue.",
            "Talks continue on Tuesday in the city hall.",
        );
        assert!(matches!(
            anchor(&edited, &quote, position),
            Anchored::InPlace(_)
        ));
    }

    #[test]
    fn words_inserted_inside_the_passage_anchor_approximately() {
        let (quote, position) = selectors_for("the cranes were finally safe to use");
        let edited = ORIGINAL.replace(
            "were finally safe",
            "were, after years of delay, finally safe",
        );
        let anchored = anchor(&edited, &quote, position);
        assert!(matches!(anchored, Anchored::Approximate(_)), "{anchored:?}");
        assert_eq!(
            found(&edited, &anchored).as_deref(),
            Some("the cranes were, after years of delay, finally safe to use")
        );
    }

    #[test]
    fn a_deleted_passage_is_an_orphan() {
        let (quote, position) = selectors_for("the cranes were finally safe to use");
        let edited = "The port reopened on Monday. Talks continue.";
        assert_eq!(anchor(edited, &quote, position), Anchored::Orphan);
    }

    #[test]
    fn a_repeated_passage_anchors_to_the_occurrence_with_its_context() {
        let text = "He said yes. Later she said yes. Then he left.";
        let second = text.rfind("said yes").unwrap();
        let (quote, position) = selectors(text, second..second + 8);
        let edited = format!("Intro. {text}");
        let anchored = anchor(&edited, &quote, position);
        let range = anchored.range().unwrap();
        assert_eq!(range.start, edited.rfind("said yes").unwrap());
    }

    #[test]
    fn selectors_use_code_point_positions() {
        let text = "Zürich — “quoted words” here";
        let start = text.find("quoted").unwrap();
        let (_, position) = selectors(text, start..start + 6);
        assert_eq!(position.start, text[..start].chars().count());
    }

    #[test]
    fn reanchoring_updates_selectors_and_flags_orphans() {
        let (quote, position) = selectors_for("the cranes were finally safe");
        let (gone_quote, gone_position) = selectors_for("Talks continue.");
        let mut annotations = vec![
            Annotation {
                id: "a".into(),
                quote,
                position,
                note: String::new(),
                tags: vec![],
                colour: Default::default(),
                created: String::new(),
                modified: String::new(),
                orphan: false,
            },
            Annotation {
                id: "b".into(),
                quote: gone_quote,
                position: gone_position,
                note: String::new(),
                tags: vec![],
                colour: Default::default(),
                created: String::new(),
                modified: String::new(),
                orphan: false,
            },
        ];
        let edited = "Breaking: The port reopened on Monday. Ana Ruiz said the cranes were finally safe to use.";
        assert_eq!(reanchor_all(edited, &mut annotations), (1, 1));
        assert_eq!(
            annotations[0].position.start,
            edited[..edited.find("the cranes").unwrap()].chars().count()
        );
        assert!(annotations[1].orphan);
    }
}
