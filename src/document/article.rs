//! The `Article` model: metadata plus a body held as one normalised string with paragraph spans.

use std::ops::Range;

use super::sanitize::{is_safe, strip_unsafe};

/// The separator placed between paragraphs in [`Article::text`].
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// Descriptive fields an article may carry besides its body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline.
    pub title: Option<String>,
    /// Who wrote it ("By Jane Doe" becomes "Jane Doe").
    pub byline: Option<String>,
    /// Publication date as written in the source.
    pub date: Option<String>,
    /// The publication or site the article comes from.
    pub publisher: Option<String>,
}

impl Metadata {
    /// Cleans every field: unsafe characters removed, whitespace collapsed, empty fields dropped.
    pub fn cleaned(self) -> Metadata {
        let clean = |field: Option<String>| field.and_then(|f| normalise_paragraph(&f));
        Metadata {
            title: clean(self.title),
            byline: clean(self.byline).map(|b| strip_by_prefix(&b).to_owned()),
            date: clean(self.date),
            publisher: clean(self.publisher),
        }
    }
}

/// A loaded article: where it came from, its metadata and its normalised body.
///
/// The body is one string in which paragraphs are joined by a blank line
/// ([`PARAGRAPH_SEPARATOR`]); inside a paragraph there are no line breaks and no runs of
/// whitespace. This is exactly the text the reader displays, so every offset produced by the
/// analysis and stored by annotations refers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Where the article was read from: a path, a URL, `-` for stdin or `sample:NAME`.
    pub source: String,
    /// Title, byline, date and publisher.
    pub meta: Metadata,
    /// Things the reader should know about how the article was read (e.g. its encoding).
    pub notices: Vec<String>,
    text: String,
    paragraphs: Vec<Range<usize>>,
}

impl Article {
    /// Builds an article from raw paragraphs, cleaning each one and dropping empty ones.
    ///
    /// ```
    /// use byline::document::{Article, Metadata};
    /// let article = Article::from_paragraphs(
    ///     "example.txt",
    ///     Metadata::default(),
    ///     ["  First\tparagraph, ", "", "second\nline"],
    /// );
    /// assert_eq!(article.text(), "First paragraph,\n\nsecond line");
    /// assert_eq!(article.paragraphs().len(), 2);
    /// ```
    pub fn from_paragraphs<I, S>(
        source: impl Into<String>,
        meta: Metadata,
        paragraphs: I,
    ) -> Article
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut text = String::new();
        let mut spans = Vec::new();
        for raw in paragraphs {
            // Cleaned straight into the body; the separator is taken back if nothing is left.
            let before = text.len();
            if !text.is_empty() {
                text.push_str(PARAGRAPH_SEPARATOR);
            }
            let start = text.len();
            if normalise_into(raw.as_ref(), &mut text) {
                spans.push(start..text.len());
            } else {
                text.truncate(before);
            }
        }
        Article {
            source: source.into(),
            meta: meta.cleaned(),
            notices: Vec::new(),
            text,
            paragraphs: spans,
        }
    }

    /// The whole body as displayed: paragraphs joined by a blank line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte ranges of the paragraphs in [`Article::text`], in order.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// The text of paragraph `index`.
    pub fn paragraph(&self, index: usize) -> &str {
        &self.text[self.paragraphs[index].clone()]
    }

    /// True when the article has no body text at all.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// The index of the paragraph holding byte `offset` (or the next one after a separator).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end < offset)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// A name for the article in lists and messages: its title, else its source.
    pub fn display_name(&self) -> &str {
        self.meta.title.as_deref().unwrap_or(&self.source)
    }
}

/// Cleans one paragraph: unsafe characters removed, whitespace runs collapsed to one space,
/// ends trimmed. Non-breaking spaces are kept. Returns `None` when nothing is left.
pub fn normalise_paragraph(raw: &str) -> Option<String> {
    let mut out = String::new();
    normalise_into(raw, &mut out).then_some(out)
}

/// Appends the cleaned paragraph (see [`normalise_paragraph`]) to `out`; false when nothing
/// is left of it.
fn normalise_into(raw: &str, out: &mut String) -> bool {
    let stripped;
    let safe = if is_safe(raw) {
        raw
    } else {
        stripped = strip_unsafe(raw);
        &stripped
    };
    out.reserve(safe.len());
    let start = out.len();
    let mut pending_space = false;
    // Runs of characters between spaces are copied whole.
    let mut run_start = 0;
    let mut i = 0;
    let bytes = safe.as_bytes();
    loop {
        // Other ASCII is skipped in a tight loop; only what it stops at is looked at.
        i = super::sanitize::next_marked(bytes, i, &SPACE_OR_NON_ASCII);
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        let (space, len) = if byte.is_ascii() {
            // A single space between two words stays as it is, in the run.
            let single = byte == b' '
                && run_start < i
                && bytes
                    .get(i + 1)
                    .is_some_and(|&next| !SPACE_OR_NON_ASCII[usize::from(next)]);
            (!single, 1)
        } else {
            let c = safe[i..].chars().next().unwrap_or(' ');
            (is_collapsible_space(c), c.len_utf8())
        };
        if space {
            if run_start < i {
                if pending_space {
                    out.push(' ');
                }
                out.push_str(&safe[run_start..i]);
            }
            pending_space = out.len() > start;
            run_start = i + len;
        }
        i += len;
    }
    if run_start < safe.len() {
        if pending_space {
            out.push(' ');
        }
        out.push_str(&safe[run_start..]);
    }
    out.len() > start
}

/// For each byte value, whether it is ASCII whitespace or part of a non-ASCII character.
const SPACE_OR_NON_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = byte >= 0x80 || matches!(byte as u8, b' ' | b'\t'..=b'\r');
        byte += 1;
    }
    table
};

/// Whitespace that is collapsed; no-break spaces carry meaning ("12 000", "M. Dupont") and stay.
fn is_collapsible_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// "By Jane Doe" -> "Jane Doe"; other bylines are returned unchanged.
fn strip_by_prefix(byline: &str) -> &str {
    for prefix in ["By ", "BY ", "by "] {
        if let Some(rest) = byline.strip_prefix(prefix) {
            return rest.trim();
        }
    }
    byline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(paragraphs: &[&str]) -> Article {
        Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied())
    }

    #[test]
    fn paragraphs_are_joined_by_a_blank_line() {
        let a = article(&["One.", "Two."]);
        assert_eq!(a.text(), "One.\n\nTwo.");
        assert_eq!(a.paragraphs(), &[0..4, 6..10]);
        assert_eq!(a.paragraph(1), "Two.");
    }

    #[test]
    fn whitespace_is_collapsed_but_no_break_spaces_stay() {
        let a = article(&["  a \t b\r\n c  d\u{a0}e  "]);
        assert_eq!(a.text(), "a b c d\u{a0}e");
    }

    #[test]
    fn empty_and_blank_paragraphs_are_dropped() {
        let a = article(&["", "   ", "\u{1b}[0m", "x"]);
        assert_eq!(a.text(), "x");
        assert!(!a.is_empty());
        assert!(article(&[]).is_empty());
    }

    #[test]
    fn control_characters_never_reach_the_text() {
        let a = article(&["safe\u{1b}[2J text\u{7}"]);
        assert_eq!(a.text(), "safe text");
    }

    #[test]
    fn paragraph_at_maps_offsets_and_separators() {
        let a = article(&["One.", "Two."]);
        assert_eq!(a.paragraph_at(0), 0);
        assert_eq!(a.paragraph_at(4), 0);
        assert_eq!(a.paragraph_at(5), 1);
        assert_eq!(a.paragraph_at(8), 1);
        assert_eq!(a.paragraph_at(99), 1);
    }

    #[test]
    fn metadata_is_cleaned_and_by_is_stripped() {
        let meta = Metadata {
            title: Some(" Title\u{1b}[31m ".into()),
            byline: Some("By  Jane Doe".into()),
            date: Some("   ".into()),
            publisher: None,
        }
        .cleaned();
        assert_eq!(meta.title.as_deref(), Some("Title"));
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.date, None);
    }
}
