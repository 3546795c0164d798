//! Moving a reading cursor through an article by word, sentence and paragraph, and turning a
//! cursor and an anchor into a passage to annotate (whole words, no surrounding spaces).

use std::ops::Range;

use crate::analysis::lexicon::Lexicon;
use crate::document::Article;

/// The start of the next word after the one at `offset` (words are runs of non-space
/// characters); the end of the text when there is none.
///
/// ```
/// use byline::view::motion::{next_word, previous_word};
/// let text = "one two  three";
/// assert_eq!(next_word(text, 0), 4);
/// assert_eq!(next_word(text, 5), 9);
/// assert_eq!(previous_word(text, 9), 4);
/// assert_eq!(previous_word(text, 10), 9);
/// ```
pub fn next_word(text: &str, offset: usize) -> usize {
    let offset = floor_boundary(text, offset);
    let rest = &text[offset..];
    let after_word = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let gap = &rest[after_word..];
    let next = gap
        .find(|c: char| !c.is_whitespace())
        .map_or(rest.len(), |i| after_word + i);
    offset + next
}

/// The start of the word holding `offset` if the cursor is inside it, else of the word before.
pub fn previous_word(text: &str, offset: usize) -> usize {
    let offset = floor_boundary(text, offset);
    let before = text[..offset].trim_end();
    before.rfind(char::is_whitespace).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    })
}

/// Sentences of an article as byte ranges, in order: a paragraph is split after `.`, `!`,
/// `?` or `…` (and any closing marks) followed by a space and a capital, a digit or an
/// opening mark, except after abbreviations and initials ("Mr.", "J."). Every paragraph
/// holds at least one sentence; ranges have no surrounding spaces.
pub fn sentences(article: &Article) -> Vec<Range<usize>> {
    let text = article.text();
    let lexicon = Lexicon::get();
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(text.len() / 80);
    for paragraph in article.paragraphs() {
        let mut start = paragraph.start;
        let body = &text[paragraph.clone()];
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            let mut end = paragraph.start + i + c.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if !is_closing(next) && !matches!(next, '.' | '!' | '?' | '…') {
                    break;
                }
                end = paragraph.start + j + next.len_utf8();
                chars.next();
            }
            let rest = &text[end..paragraph.end];
            let after_space = rest.trim_start();
            if after_space.len() == rest.len() || after_space.is_empty() {
                continue;
            }
            let opens = after_space
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n.is_numeric() || is_opening(n));
            if opens && !ends_in_abbreviation(&text[start..end], lexicon) {
                spans.push(trimmed(text, start..end));
                start = paragraph.end - after_space.len();
            }
        }
        spans.push(trimmed(text, start..paragraph.end));
    }
    spans.retain(|s| !s.is_empty());
    spans
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '—' | '-')
}

/// The index of the sentence holding `offset` (the one before it, in a gap between two).
pub fn sentence_at(sentences: &[Range<usize>], offset: usize) -> Option<usize> {
    if sentences.is_empty() {
        return None;
    }
    Some(
        sentences
            .partition_point(|s| s.start <= offset)
            .saturating_sub(1),
    )
}

/// The start of the next sentence after `offset`, if any.
pub fn next_sentence(sentences: &[Range<usize>], offset: usize) -> Option<usize> {
    let index = sentences.partition_point(|s| s.start <= offset);
    sentences.get(index).map(|s| s.start)
}

/// The start of the sentence holding `offset` when the cursor is inside it past its start,
/// else the start of the sentence before.
pub fn previous_sentence(sentences: &[Range<usize>], offset: usize) -> Option<usize> {
    let index = sentences.partition_point(|s| s.start < offset);
    index.checked_sub(1).map(|i| sentences[i].start)
}

/// The start of the next paragraph after `offset`, if any.
pub fn next_paragraph(article: &Article, offset: usize) -> Option<usize> {
    let paragraphs = article.paragraphs();
    let index = paragraphs.partition_point(|p| p.start <= offset);
    paragraphs.get(index).map(|p| p.start)
}

/// The start of the paragraph holding `offset` when past its start, else of the one before.
pub fn previous_paragraph(article: &Article, offset: usize) -> Option<usize> {
    let paragraphs = article.paragraphs();
    let index = paragraphs.partition_point(|p| p.start < offset);
    index.checked_sub(1).map(|i| paragraphs[i].start)
}

/// The passage between `anchor` and `cursor` (either order), widened to whole words at both
/// ends and without spaces at its edges. Empty only when there is no word there.
///
/// ```
/// use byline::view::motion::selection;
/// let text = "The cranes were finally safe to use.";
/// assert_eq!(&text[selection(text, 6, 17)], "cranes were finally");
/// assert_eq!(&text[selection(text, 20, 2)], "The cranes were finally");
/// ```
pub fn selection(text: &str, anchor: usize, cursor: usize) -> Range<usize> {
    let (low, high) = if anchor <= cursor {
        (anchor, cursor)
    } else {
        (cursor, anchor)
    };
    let low = floor_boundary(text, low.min(text.len()));
    let high = floor_boundary(text, high.min(text.len()));
    let start = text[..low].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[high..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| high + i);
    trimmed(text, start..end.max(start))
}

/// `range` without whitespace at either edge.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.start + piece.trim_end().len();
    start..end.max(start)
}

/// True when a sentence piece ends in an abbreviation or an initial, so the next piece
/// continues it ("Mr. Smith", "J. R. Jones").
fn ends_in_abbreviation(piece: &str, lexicon: &Lexicon) -> bool {
    let Some(last) = piece.split_whitespace().last() else {
        return false;
    };
    let word = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !word.ends_with('.') {
        return false;
    }
    let stem = &word[..word.len() - 1];
    let initial = stem.chars().count() == 1 && stem.chars().all(char::is_uppercase);
    initial || lexicon.is_abbreviation(word)
}

/// The largest char boundary at or before `offset`.
fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn article(paragraphs: &[&str]) -> Article {
        Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied())
    }

    fn sentence_texts(article: &Article) -> Vec<&str> {
        sentences(article)
            .into_iter()
            .map(|r| &article.text()[r])
            .collect()
    }

    #[test]
    fn sentences_split_at_ends_but_not_after_titles_or_initials() {
        let a = article(&[
            "Mr. Smith met J. R. Jones. “It is over,” he said. Then he left!",
            "A second paragraph",
        ]);
        assert_eq!(
            sentence_texts(&a),
            [
                "Mr. Smith met J. R. Jones.",
                "“It is over,” he said.",
                "Then he left!",
                "A second paragraph"
            ]
        );
    }

    #[test]
    fn stepping_by_sentence_goes_to_starts() {
        let a = article(&["One here. Two there. Three."]);
        let s = sentences(&a);
        assert_eq!(next_sentence(&s, 0), Some(10));
        assert_eq!(next_sentence(&s, 12), Some(21));
        assert_eq!(next_sentence(&s, 21), None);
        assert_eq!(previous_sentence(&s, 12), Some(10));
        assert_eq!(previous_sentence(&s, 10), Some(0));
        assert_eq!(previous_sentence(&s, 0), None);
        assert_eq!(sentence_at(&s, 15), Some(1));
    }

    #[test]
    fn stepping_by_paragraph() {
        let a = article(&["First one.", "Second one.", "Third."]);
        let second = a.paragraphs()[1].start;
        assert_eq!(next_paragraph(&a, 3), Some(second));
        assert_eq!(previous_paragraph(&a, second + 2), Some(second));
        assert_eq!(previous_paragraph(&a, second), Some(0));
        assert_eq!(next_paragraph(&a, a.paragraphs()[2].start), None);
    }

    #[test]
    fn words_are_runs_of_non_spaces_with_multibyte_text() {
        let text = "“Ça va,” dit-elle — très bien";
        let second = next_word(text, 0);
        assert_eq!(&text[second..second + 3], "va,");
        let back = previous_word(text, text.len());
        assert_eq!(&text[back..], "bien");
        assert_eq!(next_word(text, text.len()), text.len());
        assert_eq!(previous_word(text, 0), 0);
    }

    #[test]
    fn selection_widens_to_words_and_handles_the_edges() {
        let text = "  alpha beta  ";
        assert_eq!(&text[selection(text, 3, 3)], "alpha");
        assert_eq!(&text[selection(text, 0, text.len())], "alpha beta");
        assert!(selection("   ", 1, 2).is_empty());
        let accented = "née à Montréal";
        assert_eq!(&accented[selection(accented, 2, 2)], "née");
    }
}
