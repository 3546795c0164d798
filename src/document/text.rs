//! The plain-text loader: title line, byline, blank-line paragraphs, reflow of hard wraps.

use std::borrow::Cow;

use super::article::{Article, Metadata};

/// Longest first line (in characters) still taken for a title.
const MAX_TITLE_CHARS: usize = 120;
/// Lines longer than this were not hard-wrapped: in a block of them, each line is a paragraph.
const MAX_WRAPPED_LINE_CHARS: usize = 100;

/// Parses plain text into an article.
///
/// - A short first line followed by a blank line is the title; a following `By ...` line is
///   the byline, with up to two short lines under it (the author's title or paper) as parts
///   of it.
/// - Paragraphs are separated by blank lines. Hard-wrapped lines (Project Gutenberg style) are
///   joined into one paragraph; a block of long unwrapped lines gives one paragraph per line.
/// - A dateline on a line of its own (`(HONG KONG) —`) stays with the first paragraph.
/// - CRLF and CR line ends, tabs and trailing spaces are normalised.
///
/// ```
/// use byline::document::text::parse_text;
/// let a = parse_text("story.txt", "Dock strike ends\n\nBy Jo Lee\n\nWorkers returned\non Monday.\n\n“Good,” she said.\n");
/// assert_eq!(a.meta.title.as_deref(), Some("Dock strike ends"));
/// assert_eq!(a.meta.byline.as_deref(), Some("Jo Lee"));
/// assert_eq!(a.text(), "Workers returned on Monday.\n\n“Good,” she said.");
/// ```
pub fn parse_text(source: &str, raw: &str) -> Article {
    let normalised = unix_line_ends(raw);
    let mut blocks = split_blocks(&normalised);
    let mut meta = Metadata::default();

    if blocks.len() >= 2 && is_title_block(&blocks[0]) {
        meta.title = Some(blocks.remove(0)[0].trim().to_owned());
        if blocks.len() >= 2 && is_byline_block(&blocks[0]) {
            // The lines after the author's name are parts of the byline, as after a comma.
            let lines: Vec<&str> = blocks.remove(0).iter().map(|l| l.trim()).collect();
            meta.byline = Some(lines.join(", "));
        }
    }

    Article::from_paragraphs(source, meta, blocks_to_paragraphs(&blocks))
}

/// Splits a body (no title or byline) into paragraphs by the same rules as [`parse_text`].
pub fn body_paragraphs(raw: &str) -> Vec<String> {
    let normalised = unix_line_ends(raw);
    blocks_to_paragraphs(&split_blocks(&normalised))
}

/// `raw` with CRLF and CR line ends made LF, borrowed when it has none.
fn unix_line_ends(raw: &str) -> Cow<'_, str> {
    if raw.contains('\r') {
        Cow::Owned(raw.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(raw)
    }
}

fn blocks_to_paragraphs(blocks: &[Vec<&str>]) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    for block in blocks {
        // A line of no more bytes than that has no more characters either: not counted.
        if block
            .iter()
            .any(|l| l.len() > MAX_WRAPPED_LINE_CHARS && l.chars().count() > MAX_WRAPPED_LINE_CHARS)
        {
            paragraphs.extend(block.iter().map(|l| l.to_string()));
        } else {
            paragraphs.push(join_wrapped_lines(block));
        }
    }
    attach_dateline(&mut paragraphs);
    paragraphs
}

/// Splits text into blocks of consecutive non-blank lines (trailing spaces removed).
fn split_blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines(text) {
        // Blank when nothing is left once trailing whitespace is cut.
        let line = line.trim_end();
        if line.is_empty() {
            if !current.is_empty() {
                // Copied out at its size; `current` keeps its room for the next block.
                blocks.push(current.clone());
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    blocks
}

/// The lines of `text` as `text.split('\n')` gives them, each line break found eight bytes
/// at a time.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match find_newline(current.as_bytes()) {
            Some(i) => {
                rest = Some(&current[i + 1..]);
                Some(&current[..i])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The index of the first line feed in `bytes`.
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * 0x0a);
        // The lowest marked byte is the first line feed (a false mark can only follow one).
        let zero_bytes = word.wrapping_sub(ONES) & !word & HIGH_BITS;
        if zero_bytes != 0 {
            return Some(i + (zero_bytes.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| b == b'\n').map(|p| i + p)
}

fn is_title_block(block: &[&str]) -> bool {
    let line = block[0].trim();
    block.len() == 1 && line.chars().count() <= MAX_TITLE_CHARS && !is_dateline(line)
}

fn is_byline_block(block: &[&str]) -> bool {
    let line = block[0].trim();
    block.len() <= MAX_BYLINE_LINES
        && block
            .iter()
            .all(|l| l.trim().chars().count() <= MAX_TITLE_CHARS)
        && (line.starts_with("By ") || line.starts_with("BY "))
}

/// Most lines of a byline block: the author, then their title or paper ("By Mitch Halloran"
/// / "The Tarrow Bend Sentinel").
const MAX_BYLINE_LINES: usize = 3;

/// Joins hard-wrapped lines with spaces; a line ending in a hyphen or `--` before a lowercase
/// continuation is joined without one ("well-" + "known" = "well-known").
fn join_wrapped_lines(lines: &[&str]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in lines {
        let line = line.trim();
        let glue = out.ends_with('-')
            && !out.ends_with(" -")
            && line.chars().next().is_some_and(|c| c.is_lowercase());
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// A dateline alone in the first paragraph is joined to the paragraph after it.
fn attach_dateline(paragraphs: &mut Vec<String>) {
    if paragraphs.len() >= 2 && is_dateline(&paragraphs[0]) {
        let dateline = paragraphs.remove(0);
        paragraphs[0] = format!("{} {}", dateline.trim(), paragraphs[0].trim_start());
    }
}

/// "(HONG KONG) —", "PORT HALDEN, Maine —", "GENEVA --": short, capitalised, ending in a dash.
fn is_dateline(line: &str) -> bool {
    let line = line.trim();
    let Some(head) = ["—", "–", "--", " -"]
        .iter()
        .find_map(|dash| line.strip_suffix(dash))
    else {
        return false;
    };
    let first_word = head
        .trim_start_matches('(')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    head.chars().count() <= 60
        && first_word.chars().count() >= 2
        && first_word.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_those_split_gives() {
        let long = "a line of more than eight bytes\n\nand “another”\r\n\n\n".repeat(3);
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\na",
            "12345678\n",
            "1234567\n9",
            &long,
        ] {
            for start in 0..text.len() {
                let Some(text) = text.get(start..) else {
                    continue;
                };
                let found: Vec<&str> = lines(text).collect();
                assert_eq!(found, text.split('\n').collect::<Vec<_>>(), "{text:?}");
            }
        }
    }

    #[test]
    fn short_first_line_before_blank_is_the_title() {
        let a = parse_text("t", "Headline here\n\nBody text.");
        assert_eq!(a.meta.title.as_deref(), Some("Headline here"));
        assert_eq!(a.text(), "Body text.");
    }

    #[test]
    fn a_single_line_file_is_body_not_title() {
        let a = parse_text("t", "Only a line.\n");
        assert_eq!(a.meta.title, None);
        assert_eq!(a.text(), "Only a line.");
    }

    #[test]
    fn a_long_first_line_is_not_a_title() {
        let long = "word ".repeat(40);
        let a = parse_text("t", &format!("{long}\n\nSecond."));
        assert_eq!(a.meta.title, None);
        assert_eq!(a.paragraphs().len(), 2);
    }

    #[test]
    fn byline_line_after_title_is_taken() {
        let a = parse_text("t", "Title\n\nBy Ana Ruiz\n\nText.");
        assert_eq!(a.meta.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(a.text(), "Text.");
    }

    #[test]
    fn a_papers_line_under_the_byline_belongs_to_it() {
        let a = parse_text(
            "t",
            "Title\n\nBy Mitch Halloran\nThe Tarrow Bend Sentinel\n\nText.",
        );
        assert_eq!(
            a.meta.byline.as_deref(),
            Some("Mitch Halloran, The Tarrow Bend Sentinel")
        );
        assert_eq!(a.text(), "Text.");
    }

    #[test]
    fn hard_wrapped_gutenberg_paragraphs_are_reflowed() {
        let raw = "CHAPTER I\n\nWhether I shall turn out to be the hero of my own life, or whether that\nstation will be held by anybody else, these pages must show.\n\nNext paragraph\nhere.\n";
        let a = parse_text("t", raw);
        assert_eq!(a.meta.title.as_deref(), Some("CHAPTER I"));
        assert_eq!(
            a.paragraph(0),
            "Whether I shall turn out to be the hero of my own life, or whether that station will be held by anybody else, these pages must show."
        );
        assert_eq!(a.paragraph(1), "Next paragraph here.");
    }

    #[test]
    fn hyphen_at_line_end_joins_without_space() {
        let a = parse_text("t", "a well-\nknown man and a -\ndash");
        assert_eq!(a.text(), "a well-known man and a - dash");
    }

    #[test]
    fn long_unwrapped_lines_are_one_paragraph_each() {
        let one = "a ".repeat(60);
        let two = "b ".repeat(60);
        let a = parse_text("t", &format!("{one}\n{two}\n"));
        assert_eq!(a.paragraphs().len(), 2);
    }

    #[test]
    fn dateline_on_its_own_line_stays_in_first_paragraph() {
        let a = parse_text("t", "Title\n\n(HONG KONG) —\n\nLeaders met today.\n\nMore.");
        assert_eq!(a.paragraph(0), "(HONG KONG) — Leaders met today.");
        let b = parse_text(
            "t",
            "Title\n\nPORT HALDEN, Maine —\nDockworkers walked out.",
        );
        assert_eq!(
            b.paragraph(0),
            "PORT HALDEN, Maine — Dockworkers walked out."
        );
    }

    #[test]
    fn dateline_is_not_mistaken_for_a_title() {
        let a = parse_text("t", "GENEVA —\n\nTalks resumed.");
        assert_eq!(a.meta.title, None);
        assert_eq!(a.text(), "GENEVA — Talks resumed.");
    }

    #[test]
    fn crlf_cr_tabs_and_trailing_spaces_are_normalised() {
        let a = parse_text("t", "Title\r\n\r\nOne\tword  \r\nwrapped.   \r\rTwo.\r\n");
        assert_eq!(a.text(), "One word wrapped.\n\nTwo.");
    }

    #[test]
    fn empty_text_is_an_empty_article() {
        assert!(parse_text("t", "").is_empty());
        assert!(parse_text("t", "\n \n\t\n").is_empty());
    }
}
