//! The `Article` model: metadata plus a body held as one normalised string with paragraph spans.

use std::ops::Range;

use super::sanitize::{is_safe, needs_attention, strip_unsafe};

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
    // Most paragraphs are clean already: copied whole.
    if is_normalised(raw) {
        out.push_str(raw);
        return !raw.is_empty();
    }
    collapse_into(raw, out)
}

/// [`normalise_into`] for a paragraph that needs it: unsafe characters stripped, whitespace
/// collapsed.
fn collapse_into(raw: &str, out: &mut String) -> bool {
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

/// True when [`normalise_into`] would copy `raw` unchanged: it is safe ([`is_safe`]), and its
/// only whitespace is single spaces between other characters. Checked eight bytes at a time
/// where they are printable ASCII; other characters are decoded.
fn is_normalised(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut previous_space = false;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if let Some(ends_with_space) = printable_ascii_chunk(word, previous_space) {
                previous_space = ends_with_space;
                i += 8;
                continue;
            }
        }
        // A character at a time to the end of these eight bytes.
        let chunk_end = i + 8;
        while i < chunk_end && i < bytes.len() {
            let byte = bytes[i];
            if byte.is_ascii() {
                if !(b' '..=b'~').contains(&byte) || (byte == b' ' && previous_space) {
                    return false;
                }
                previous_space = byte == b' ';
                i += 1;
            } else {
                let Some(c) = raw[i..].chars().next() else {
                    return false;
                };
                if needs_attention(c) || is_collapsible_space(c) {
                    return false;
                }
                previous_space = false;
                i += c.len_utf8();
            }
        }
    }
    true
}

/// When the eight bytes of `word` (little-endian) are printable ASCII with no two spaces in a
/// row (nor a space first after `previous_space`), whether the last is a space; else None.
fn printable_ascii_chunk(word: u64, previous_space: bool) -> Option<bool> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    const LOW_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let has_zero_byte = |w: u64| w.wrapping_sub(ONES) & !w & HIGH_BITS != 0;
    let non_ascii = word & HIGH_BITS != 0;
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH_BITS != 0;
    if non_ascii || control || has_zero_byte(word ^ (ONES * 0x7f)) {
        return None;
    }
    // The high bit of each byte that is a space, exactly (every byte is below 0x80).
    let x = word ^ (ONES * u64::from(b' '));
    let spaces = !(((x & LOW_BITS) + LOW_BITS) | x) & HIGH_BITS;
    if spaces & (spaces >> 8) != 0 || (previous_space && spaces & 0x80 != 0) {
        return None;
    }
    Some(spaces >> 63 != 0)
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
    fn a_paragraph_is_normalised_when_collapsing_leaves_it_unchanged() {
        let alphabet = [
            "a", "b", " ", " ", " ", "\t", "\n", "é", "“", "\u{a0}", "\u{2003}", "\u{1b}",
            "\u{7f}", "~", "\u{1}", "\u{200e}", "東",
        ];
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize + (seed >> 40) as usize % 8;
            let mut raw = String::new();
            for k in 0..len {
                let pick = (seed >> (k % 50)) as usize ^ k.wrapping_mul(2654435761);
                // Mostly letters and single spaces, as in prose.
                let piece = if pick.is_multiple_of(3) {
                    alphabet[(pick / 3) % alphabet.len()]
                } else {
                    ["w", "x", " y"][pick % 3]
                };
                raw.push_str(piece);
            }
            let mut collapsed = String::new();
            collapse_into(&raw, &mut collapsed);
            assert_eq!(is_normalised(&raw), collapsed == raw, "{raw:?}");
        }
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
