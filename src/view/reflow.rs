//! Reflowing an article into visual lines of a given display width (CJK and emoji count two
//! columns), computed once per width and then only indexed.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::{Fragment, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

use crate::document::Article;

/// One line on screen: a byte range of the article text, or a blank line between paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    /// Byte range of the words on this line (empty for a blank line).
    pub range: Range<usize>,
    /// The paragraph the line belongs to; `None` for the blank line between paragraphs.
    pub paragraph: Option<usize>,
}

/// An article wrapped to a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reflow {
    width: usize,
    lines: Vec<VisualLine>,
}

impl Reflow {
    /// Wraps every paragraph of `article` to `width` display columns (at least 1).
    /// Words wider than the line are broken.
    ///
    /// ```
    /// use byline::document::{Article, Metadata};
    /// use byline::view::Reflow;
    /// let article = Article::from_paragraphs("t", Metadata::default(), ["one two three", "four"]);
    /// let reflow = Reflow::new(&article, 8);
    /// let lines: Vec<&str> = reflow.lines().iter().map(|l| &article.text()[l.range.clone()]).collect();
    /// assert_eq!(lines, ["one two", "three", "", "four"]);
    /// ```
    pub fn new(article: &Article, width: usize) -> Reflow {
        let width = width.max(1);
        let text = article.text();
        let mut lines =
            Vec::with_capacity(text.len() / width.max(20) + article.paragraphs().len() * 2);
        for (index, paragraph) in article.paragraphs().iter().enumerate() {
            if index > 0 {
                lines.push(VisualLine {
                    range: paragraph.start..paragraph.start,
                    paragraph: None,
                });
            }
            let para_text = &text[paragraph.clone()];
            for range in wrap_paragraph(para_text, width) {
                lines.push(VisualLine {
                    range: paragraph.start + range.start..paragraph.start + range.end,
                    paragraph: Some(index),
                });
            }
        }
        Reflow { width, lines }
    }

    /// The width this reflow was computed for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// All visual lines, top to bottom.
    pub fn lines(&self) -> &[VisualLine] {
        &self.lines
    }

    /// Number of visual lines.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when there are no lines (an empty article).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The index of the visual line showing byte `offset` (the last line starting at or before it).
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.start <= offset)
            .saturating_sub(1)
    }

    /// The byte offset shown at display column `column` of line `line`, if any text is there.
    pub fn offset_at(&self, text: &str, line: usize, column: usize) -> Option<usize> {
        let range = self.lines.get(line)?.range.clone();
        let mut col = 0;
        for (i, c) in text[range.clone()].char_indices() {
            let w = c.width().unwrap_or(0);
            if column < col + w.max(1) {
                return Some(range.start + i);
            }
            col += w;
        }
        None
    }
}

/// Byte ranges (relative to `paragraph`) of its wrapped lines.
fn wrap_paragraph(paragraph: &str, width: usize) -> Vec<Range<usize>> {
    // ASCII text breaks only at spaces; the Unicode line-breaking rules (needed for CJK and
    // other scripts) cost several times more, so they are used only where needed.
    let separator = if paragraph.is_ascii() {
        WordSeparator::AsciiSpace
    } else {
        WordSeparator::UnicodeBreakProperties
    };
    let words = separator.find_words(paragraph);
    let words = break_words(words, width);
    let base = paragraph.as_ptr() as usize;
    let offset_of = |s: &str| s.as_ptr() as usize - base;
    wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let first = line.first()?;
            let last = line.last()?;
            let start = offset_of(first.word);
            let end = offset_of(last.word) + last.word.len();
            debug_assert!(first.width() <= width as f64 || line.len() == 1);
            Some(start..end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;
    use unicode_width::UnicodeWidthStr;

    fn article(paragraphs: &[&str]) -> Article {
        Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied())
    }

    fn shown<'a>(article: &'a Article, reflow: &Reflow) -> Vec<&'a str> {
        reflow
            .lines()
            .iter()
            .map(|l| &article.text()[l.range.clone()])
            .collect()
    }

    #[test]
    fn lines_never_exceed_the_width() {
        let a =
            article(&["The quick brown fox jumps over the lazy dog and keeps running far away."]);
        for width in [5, 10, 17, 40] {
            let reflow = Reflow::new(&a, width);
            for line in shown(&a, &reflow) {
                assert!(line.width() <= width, "{line:?} wider than {width}");
            }
        }
    }

    #[test]
    fn cjk_and_emoji_count_two_columns() {
        let a = article(&["東京東京東京 ok"]);
        let reflow = Reflow::new(&a, 6);
        let lines = shown(&a, &reflow);
        assert!(lines.iter().all(|l| l.width() <= 6), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), "東京東京東京ok");
    }

    #[test]
    fn long_words_are_broken() {
        let a = article(&["abcdefghijkl"]);
        assert_eq!(shown(&a, &Reflow::new(&a, 5)), ["abcde", "fghij", "kl"]);
    }

    #[test]
    fn paragraphs_are_separated_by_a_blank_line() {
        let a = article(&["a", "b"]);
        let reflow = Reflow::new(&a, 10);
        assert_eq!(reflow.len(), 3);
        assert_eq!(reflow.lines()[1].paragraph, None);
    }

    #[test]
    fn line_of_finds_the_line_showing_an_offset() {
        let a = article(&["one two three", "four"]);
        let reflow = Reflow::new(&a, 8);
        let text = a.text();
        assert_eq!(reflow.line_of(text.find("two").unwrap()), 0);
        assert_eq!(reflow.line_of(text.find("three").unwrap()), 1);
        assert_eq!(reflow.line_of(text.find("four").unwrap()), 3);
    }

    #[test]
    fn offset_at_maps_columns_to_bytes() {
        let a = article(&["ab 東京 cd"]);
        let reflow = Reflow::new(&a, 20);
        let text = a.text();
        assert_eq!(reflow.offset_at(text, 0, 0), Some(0));
        assert_eq!(reflow.offset_at(text, 0, 3), text.find('東'));
        assert_eq!(reflow.offset_at(text, 0, 4), text.find('東'));
        assert_eq!(reflow.offset_at(text, 0, 5), text.find('京'));
        assert_eq!(reflow.offset_at(text, 0, 40), None);
    }

    #[test]
    fn empty_article_has_no_lines() {
        assert!(Reflow::new(&article(&[]), 10).is_empty());
    }
}
