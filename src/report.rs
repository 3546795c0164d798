//! The `analyze` output: the stable JSON Lines contract and the readable summary.
//!
//! Offsets in the JSON are Unicode code point offsets into `text`, end exclusive, the
//! convention of W3C Web Annotation selectors, so any language can slice `text` with them.

use serde::Serialize;

use crate::analysis::{Analysis, EntityKind, QuoteKind};
use crate::document::{Article, OffsetIndex};

/// One article's analysis as printed by `byline analyze --json`.
#[derive(Debug, Serialize)]
pub struct ArticleReport<'a> {
    /// Where the article was read from.
    pub source: &'a str,
    /// The headline, if there is one.
    pub title: Option<&'a str>,
    /// The body exactly as displayed, paragraphs joined by a blank line.
    pub text: &'a str,
    /// Quotations in text order.
    pub quotes: Vec<QuoteReport<'a>>,
    /// Entities in the order of their ids.
    pub entities: Vec<EntityReport<'a>>,
}

/// A code point range, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CharSpan {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A quotation in the JSON contract.
#[derive(Debug, Serialize)]
pub struct QuoteReport<'a> {
    /// First code point of the quoted words (after the opening mark).
    pub start: usize,
    /// End of the quoted words (before the closing mark).
    pub end: usize,
    /// The quoted words: exactly `text[start..end]`.
    pub text: &'a str,
    /// direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speaker's canonical name (the entity's `name`).
    pub speaker: Option<&'a str>,
    /// The mention the attribution used.
    pub speaker_span: Option<CharSpan>,
    /// The attributing verb or phrase.
    pub cue: Option<&'a str>,
}

/// An entity in the JSON contract.
#[derive(Debug, Serialize)]
pub struct EntityReport<'a> {
    /// Index of the entity.
    pub id: usize,
    /// Fullest name.
    pub name: &'a str,
    /// person, organization, place or other.
    pub kind: EntityKind,
    /// Other names used for it.
    pub aliases: &'a [String],
    /// Its role from the text.
    pub description: Option<&'a str>,
    /// Every mention.
    pub mentions: Vec<CharSpan>,
}

impl<'a> ArticleReport<'a> {
    /// Builds the report of `article` and its `analysis`, converting offsets to code points.
    pub fn new(article: &'a Article, analysis: &'a Analysis) -> Self {
        let text = article.text();
        let index = OffsetIndex::new(text);
        let span = |r: &std::ops::Range<usize>| CharSpan {
            start: index.to_char(r.start),
            end: index.to_char(r.end),
        };
        let quotes = analysis
            .quotes
            .iter()
            .map(|q| QuoteReport {
                start: index.to_char(q.span.start),
                end: index.to_char(q.span.end),
                text: &text[q.span.clone()],
                kind: q.kind,
                speaker: analysis.speaker_name(q),
                speaker_span: q.speaker_span.as_ref().map(span),
                cue: q.cue.as_deref(),
            })
            .collect();
        let entities = analysis
            .entities
            .iter()
            .map(|e| EntityReport {
                id: e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                description: e.description.as_deref(),
                mentions: e.mentions.iter().map(span).collect(),
            })
            .collect();
        ArticleReport {
            source: &article.source,
            title: article.meta.title.as_deref(),
            text,
            quotes,
            entities,
        }
    }

    /// The report as one line of JSON.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// Writes [`ArticleReport::to_json_line`] and a newline to `out` as it is serialised,
    /// without building the line first (a novel's is megabytes). Only writing can fail.
    pub fn write_json_line(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer(&mut out, self)?;
        out.write_all(b"\n")
    }
}

/// A readable summary of an article's analysis, for `byline analyze` without `--json`.
pub fn summary(article: &Article, analysis: &Analysis) -> String {
    let mut out = String::new();
    out.push_str(&format!("{}\n", article.source));
    if let Some(title) = &article.meta.title {
        out.push_str(&format!("  title: {title}\n"));
    }
    let words = article.text().split_whitespace().count();
    out.push_str(&format!(
        "  {} paragraphs, {} words, {} quotes, {} entities\n",
        article.paragraphs().len(),
        words,
        analysis.quotes.len(),
        analysis.entities.len()
    ));
    if !analysis.quotes.is_empty() {
        out.push_str("  quotes:\n");
    }
    for quote in &analysis.quotes {
        let speaker = analysis.speaker_name(quote).unwrap_or("(unattributed)");
        let quoted = &article.text()[quote.span.clone()];
        out.push_str(&format!("    {speaker}: “{}”\n", shorten(quoted, 72)));
    }
    if !analysis.entities.is_empty() {
        out.push_str("  entities:\n");
    }
    for entity in &analysis.entities {
        out.push_str(&format!(
            "    {} ({:?}, {} mentions)\n",
            entity.name,
            entity.kind,
            entity.mentions.len()
        ));
    }
    out
}

/// The first `max` characters of `text` on one line, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::document::Metadata;

    #[test]
    fn quote_offsets_are_code_points_and_slice_the_text() {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            ["Zürich — “Ça va,” said Jörg.", "東京 “second one” here."],
        );
        let analysis = analyze(&article);
        let report = ArticleReport::new(&article, &analysis);
        let chars: Vec<char> = report.text.chars().collect();
        assert_eq!(report.quotes.len(), 2);
        for quote in &report.quotes {
            let slice: String = chars[quote.start..quote.end].iter().collect();
            assert_eq!(slice, quote.text);
        }
        assert_eq!(report.quotes[0].start, 10);
    }

    #[test]
    fn json_line_has_the_contract_fields() {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            ["“Hi there, all of you,” he said."],
        );
        let analysis = analyze(&article);
        let report = ArticleReport::new(&article, &analysis);
        let line = report.to_json_line();
        let mut written = Vec::new();
        report.write_json_line(&mut written).unwrap();
        assert_eq!(written, format!("{line}\n").into_bytes());
        let value: serde_json::Value = serde_json::from_str(&line).unwrap();
        for key in ["source", "title", "text", "quotes", "entities"] {
            assert!(value.get(key).is_some(), "{key} missing from {line}");
        }
        let quote = &value["quotes"][0];
        for key in [
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "speaker_span",
            "cue",
        ] {
            assert!(quote.get(key).is_some(), "{key} missing from {quote}");
        }
        assert_eq!(quote["kind"], "direct");
        assert!(!line.contains('\n'));
    }

    #[test]
    fn shorten_cuts_with_an_ellipsis() {
        assert_eq!(shorten("one two three", 20), "one two three");
        assert_eq!(shorten("one two three", 8), "one two…");
    }
}
