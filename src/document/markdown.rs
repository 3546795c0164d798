//! The Markdown loader: the first `#` heading is the title, blocks become paragraphs.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::article::{Article, Metadata};

/// Parses Markdown into an article.
///
/// The first level-one heading is the title; paragraphs, block quotes, list items, other
/// headings and code blocks become paragraphs; a short `By ...` paragraph right after the
/// title is the byline (`By Jane Doe · 3 March 2026 · Valley Courier` also gives the date and
/// publisher). YAML front matter with `title:`, `author:`, `date:` and `source:` is read too.
/// No markup characters are left in the text.
///
/// ```
/// use byline::document::markdown::parse_markdown;
/// let a = parse_markdown("m.md", "# Floods\n\nRain *fell* for **days**.\n\n> “Never again,” she said.\n\n- one\n- two\n");
/// assert_eq!(a.meta.title.as_deref(), Some("Floods"));
/// assert_eq!(a.text(), "Rain fell for days.\n\n“Never again,” she said.\n\none\n\ntwo");
/// ```
pub fn parse_markdown(source: &str, raw: &str) -> Article {
    // Smart punctuation stays off: quotation marks are kept exactly as the author typed them.
    let options = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut meta = Metadata::default();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_title = false;
    let mut in_metadata = false;
    let mut skip_depth = 0usize;

    for event in Parser::new_ext(raw, options) {
        match event {
            Event::Start(Tag::Heading { level, .. })
                if level == HeadingLevel::H1 && meta.title.is_none() =>
            {
                flush(&mut current, &mut paragraphs);
                in_title = true;
            }
            Event::End(TagEnd::Heading(_)) if in_title => {
                meta.title = Some(std::mem::take(&mut current));
                in_title = false;
            }
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Text(text) if in_metadata => read_front_matter(&text, &mut meta),
            Event::Start(Tag::Image { .. }) => skip_depth += 1,
            Event::End(TagEnd::Image) => skip_depth = skip_depth.saturating_sub(1),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::TableRow
                | Tag::TableHead
                | Tag::FootnoteDefinition(_),
            ) => flush(&mut current, &mut paragraphs),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::FootnoteDefinition,
            ) => flush(&mut current, &mut paragraphs),
            Event::End(TagEnd::TableCell) => current.push_str("  "),
            Event::Text(text) | Event::Code(text) if skip_depth == 0 => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            // Raw HTML, rules, task markers and math carry no article text.
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);

    if meta.title.is_some() && meta.byline.is_none() {
        take_byline_paragraph(&mut paragraphs, &mut meta);
    }
    Article::from_paragraphs(source, meta, paragraphs)
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    if !current.trim().is_empty() {
        paragraphs.push(std::mem::take(current));
    }
    current.clear();
}

/// Reads `key: value` lines of YAML front matter (only the simple fields byline uses).
fn read_front_matter(text: &str, meta: &mut Metadata) {
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).to_owned();
        let field = match key.trim().to_ascii_lowercase().as_str() {
            "title" => &mut meta.title,
            "author" | "byline" => &mut meta.byline,
            "date" | "published" => &mut meta.date,
            "source" | "publisher" | "site" => &mut meta.publisher,
            _ => continue,
        };
        *field = Some(value);
    }
}

/// Takes a leading `By Name · Date · Publisher` paragraph as metadata.
fn take_byline_paragraph(paragraphs: &mut Vec<String>, meta: &mut Metadata) {
    let Some(first) = paragraphs.first() else {
        return;
    };
    let first = first.trim();
    if !(first.starts_with("By ") || first.starts_with("BY ")) || first.chars().count() > 120 {
        return;
    }
    let mut parts = first
        .split(['·', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty());
    meta.byline = parts.next().map(str::to_owned);
    for part in parts {
        let slot = if part.chars().any(|c| c.is_ascii_digit()) && meta.date.is_none() {
            &mut meta.date
        } else {
            &mut meta.publisher
        };
        slot.get_or_insert_with(|| part.to_owned());
    }
    paragraphs.remove(0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_h1_is_title_and_not_in_body() {
        let a = parse_markdown("m", "# The Title\n\nBody.\n");
        assert_eq!(a.meta.title.as_deref(), Some("The Title"));
        assert_eq!(a.text(), "Body.");
    }

    #[test]
    fn subheadings_are_paragraphs_without_hashes() {
        let a = parse_markdown("m", "# T\n\nOne.\n\n## Background\n\nTwo.");
        assert_eq!(a.text(), "One.\n\nBackground\n\nTwo.");
    }

    #[test]
    fn emphasis_links_and_code_lose_their_markup() {
        let a = parse_markdown(
            "m",
            "Read *this* and **that**, see [the report](http://x.test) and `code`.",
        );
        assert_eq!(a.text(), "Read this and that, see the report and code.");
    }

    #[test]
    fn block_quotes_and_list_items_become_paragraphs() {
        let a = parse_markdown(
            "m",
            "> quoted line one\n> still one\n\n* item a\n* item b\n\n1. first\n2. second\n",
        );
        assert_eq!(
            a.text(),
            "quoted line one still one\n\nitem a\n\nitem b\n\nfirst\n\nsecond"
        );
    }

    #[test]
    fn straight_quotes_are_kept_as_typed() {
        let a = parse_markdown("m", "\"It's fine,\" he said.");
        assert_eq!(a.text(), "\"It's fine,\" he said.");
    }

    #[test]
    fn byline_paragraph_gives_byline_date_and_publisher() {
        let a = parse_markdown(
            "m",
            "# T\n\n*By Jane Doe · 3 March 2026 · Valley Courier*\n\nText.",
        );
        assert_eq!(a.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(a.meta.date.as_deref(), Some("3 March 2026"));
        assert_eq!(a.meta.publisher.as_deref(), Some("Valley Courier"));
        assert_eq!(a.text(), "Text.");
    }

    #[test]
    fn yaml_front_matter_is_metadata() {
        let a = parse_markdown(
            "m",
            "---\ntitle: \"Front\"\nauthor: Li Wen\ndate: 2026-01-02\n---\n\nBody.",
        );
        assert_eq!(a.meta.title.as_deref(), Some("Front"));
        assert_eq!(a.meta.byline.as_deref(), Some("Li Wen"));
        assert_eq!(a.meta.date.as_deref(), Some("2026-01-02"));
        assert_eq!(a.text(), "Body.");
    }

    #[test]
    fn raw_html_and_images_are_dropped() {
        let a = parse_markdown(
            "m",
            "Text <span>kept</span>.\n\n![alt text](pic.png)\n\n<div>\nblock\n</div>\n",
        );
        assert_eq!(a.text(), "Text kept.");
    }

    #[test]
    fn soft_breaks_reflow() {
        let a = parse_markdown("m", "one\ntwo\nthree");
        assert_eq!(a.text(), "one two three");
    }
}
