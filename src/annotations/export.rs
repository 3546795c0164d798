//! Annotations out of byline: Markdown (passages, notes, tags, and a "Who said what" digest),
//! W3C Web Annotation (an `AnnotationCollection` in JSON-LD), and byline's own JSON file.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::model::Annotation;
use super::store::StoreFile;
use crate::analysis::Analysis;
use crate::document::Article;
use crate::view::quote_list::{kind_label, speaker_counts};

/// The formats `byline export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Readable Markdown.
    Markdown,
    /// byline's own file format.
    Json,
    /// A W3C Web Annotation collection.
    W3c,
}

impl ExportFormat {
    /// The format a file name asks for: `.json` is W3C unless it ends in `.byline.json`
    /// (byline's own file); anything else is Markdown.
    ///
    /// ```
    /// use byline::annotations::export::ExportFormat;
    /// use std::path::Path;
    /// assert_eq!(ExportFormat::for_path(Path::new("notes.md")), ExportFormat::Markdown);
    /// assert_eq!(ExportFormat::for_path(Path::new("a.JSON")), ExportFormat::W3c);
    /// assert_eq!(ExportFormat::for_path(Path::new("a.byline.json")), ExportFormat::Json);
    /// ```
    pub fn for_path(path: &Path) -> ExportFormat {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if name.ends_with(".byline.json") {
            ExportFormat::Json
        } else if name.ends_with(".json") || name.ends_with(".jsonld") {
            ExportFormat::W3c
        } else {
            ExportFormat::Markdown
        }
    }

    /// The format's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Json => "byline JSON",
            ExportFormat::W3c => "W3C Web Annotation",
        }
    }
}

/// The export of `file`'s annotations in `format`; `analysis` feeds the Markdown digest.
pub fn render(
    format: ExportFormat,
    article: &Article,
    analysis: &Analysis,
    file: &StoreFile,
) -> String {
    match format {
        ExportFormat::Markdown => markdown(article, analysis, &file.annotations),
        ExportFormat::Json => json_file(file),
        ExportFormat::W3c => {
            serde_json::to_string_pretty(&w3c_collection(article, &file.annotations))
                .unwrap_or_default()
                + "\n"
        }
    }
}

/// Where the reader suggests writing a Markdown export: beside the article
/// (`story.notes.md` for `story.txt`), or in the current folder for a URL, stdin or a sample.
pub fn default_export_path(article: &Article) -> PathBuf {
    let source = Path::new(&article.source);
    let is_file = !article.source.contains("://")
        && article.source != "-"
        && !article.source.starts_with("sample:")
        && source.is_file();
    if is_file {
        let stem = source
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "article".to_owned());
        return source.with_file_name(format!("{stem}.notes.md"));
    }
    let slug: String = article
        .display_name()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|s| !s.is_empty()).take(8).collect();
    let slug = if slug.is_empty() {
        "article".to_owned()
    } else {
        slug.join("-")
    };
    PathBuf::from(format!("{slug}.notes.md"))
}

/// The W3C Web Annotation JSON-LD context.
pub const W3C_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The prefix of byline's annotation ids in W3C exports.
pub const ID_PREFIX: &str = "urn:byline:annotation:";

/// Annotations in text order, orphans last.
fn in_text_order(annotations: &[Annotation]) -> Vec<&Annotation> {
    let mut sorted: Vec<&Annotation> = annotations.iter().collect();
    sorted.sort_by_key(|a| (a.orphan, a.position.start, a.position.end));
    sorted
}

/// A Markdown document: the title and source, every annotation as a block quote of its passage
/// with its note and tags, then every speaker with their quotes.
///
/// ```
/// use byline::analysis::analyze;
/// use byline::annotations::export::markdown;
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("story.txt", Metadata::default(), ["“Safe now,” said Ana Ruiz."]);
/// let doc = markdown(&article, &analyze(&article), &[]);
/// assert!(doc.contains("## Who said what"));
/// assert!(doc.contains("### Ana Ruiz"));
/// ```
pub fn markdown(article: &Article, analysis: &Analysis, annotations: &[Annotation]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# {}\n\n",
        article.meta.title.as_deref().unwrap_or("Untitled article")
    ));
    out.push_str(&format!("Source: {}\n", article.source));
    for (label, value) in [
        ("By", &article.meta.byline),
        ("Date", &article.meta.date),
        ("Published by", &article.meta.publisher),
    ] {
        if let Some(value) = value {
            out.push_str(&format!("{label}: {value}\n"));
        }
    }
    out.push_str("\n## Annotations\n\n");
    let sorted = in_text_order(annotations);
    if sorted.is_empty() {
        out.push_str("_No annotations._\n\n");
    }
    for annotation in sorted {
        if annotation.orphan {
            out.push_str("_Passage no longer found in the article:_\n\n");
        }
        for line in annotation.quote.exact.lines() {
            out.push_str(&format!("> {line}\n"));
        }
        out.push('\n');
        if !annotation.note.is_empty() {
            out.push_str(&format!("{}\n\n", annotation.note.trim()));
        }
        let tags: Vec<String> = annotation.tags.iter().map(|t| format!("#{t}")).collect();
        let mut meta = vec![annotation.colour.name().to_owned()];
        if !tags.is_empty() {
            meta.insert(0, format!("Tags: {}", tags.join(", ")));
        }
        out.push_str(&format!("_{}_\n\n", meta.join(" · ")));
    }
    out.push_str("## Who said what\n");
    let text = article.text();
    for (speaker, count) in speaker_counts(analysis) {
        let entity = speaker.and_then(|s| analysis.entities.get(s));
        let name = entity.map_or("Unattributed", |e| e.name.as_str());
        match entity.and_then(|e| e.description.as_deref()) {
            Some(role) => out.push_str(&format!("\n### {name} ({role}) — {count}\n\n")),
            None => out.push_str(&format!("\n### {name} — {count}\n\n")),
        }
        for quote in analysis.quotes.iter().filter(|q| q.speaker == speaker) {
            let words = text[quote.span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("- “{words}” ({})\n", kind_label(quote.kind)));
        }
    }
    out
}

/// byline's own file format, pretty-printed.
pub fn json_file(file: &StoreFile) -> String {
    serde_json::to_string_pretty(file).unwrap_or_default() + "\n"
}

/// One annotation as a W3C Web Annotation.
pub fn w3c_annotation(annotation: &Annotation, source: &str) -> Value {
    let mut body = Vec::new();
    if !annotation.note.is_empty() {
        body.push(json!({"type": "TextualBody", "value": annotation.note, "format": "text/plain", "purpose": "commenting"}));
    }
    for tag in &annotation.tags {
        body.push(json!({"type": "TextualBody", "value": tag, "purpose": "tagging"}));
    }
    let colour = annotation.colour.name();
    let mut value = json!({
        "id": format!("{ID_PREFIX}{}", annotation.id),
        "type": "Annotation",
        "motivation": if annotation.note.is_empty() { "highlighting" } else { "commenting" },
        "created": annotation.created,
        "modified": annotation.modified,
        "stylesheet": {"type": "CssStylesheet", "value": format!(".{colour} {{ background-color: {colour}; }}")},
        "target": {
            "source": source,
            "styleClass": colour,
            "selector": [
                {"type": "TextQuoteSelector", "exact": annotation.quote.exact, "prefix": annotation.quote.prefix, "suffix": annotation.quote.suffix},
                {"type": "TextPositionSelector", "start": annotation.position.start, "end": annotation.position.end}
            ]
        }
    });
    if !body.is_empty() {
        value["body"] = Value::Array(body);
    }
    value
}

/// A W3C Web Annotation `AnnotationCollection` holding every annotation, in text order.
///
/// ```
/// use byline::annotations::export::{w3c_collection, W3C_CONTEXT};
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("story.txt", Metadata::default(), ["Text."]);
/// let collection = w3c_collection(&article, &[]);
/// assert_eq!(collection["@context"], W3C_CONTEXT);
/// assert_eq!(collection["type"], "AnnotationCollection");
/// ```
pub fn w3c_collection(article: &Article, annotations: &[Annotation]) -> Value {
    let items: Vec<Value> = in_text_order(annotations)
        .into_iter()
        .map(|a| w3c_annotation(a, &article.source))
        .collect();
    json!({
        "@context": W3C_CONTEXT,
        "id": format!("urn:byline:collection:{}", &blake3::hash(article.source.as_bytes()).to_hex()[..16]),
        "type": "AnnotationCollection",
        "label": format!("Annotations on {}", article.display_name()),
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::annotations::anchor::selectors;
    use crate::annotations::model::{Colour, now};
    use crate::document::Metadata;

    fn article() -> Article {
        let meta = Metadata {
            title: Some("Port reopens".into()),
            ..Metadata::default()
        };
        Article::from_paragraphs(
            "story.txt",
            meta,
            [
                "“The cranes are safe,” said Ana Ruiz.",
                "Crowds chanted “safe cranes now” outside.",
            ],
        )
    }

    fn annotation(article: &Article, words: &str, note: &str, tags: &[&str]) -> Annotation {
        let start = article.text().find(words).unwrap();
        let (quote, position) = selectors(article.text(), start..start + words.len());
        Annotation {
            id: format!("a-{}", words.len()),
            quote,
            position,
            note: note.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            colour: Colour::Green,
            created: now(),
            modified: now(),
            orphan: false,
        }
    }

    #[test]
    fn markdown_has_passages_notes_tags_and_the_digest() {
        let article = article();
        let notes = [annotation(
            &article,
            "The cranes are safe",
            "Check the inspection report.",
            &["safety", "follow-up"],
        )];
        let doc = markdown(&article, &analyze(&article), &notes);
        assert!(doc.starts_with("# Port reopens\n"));
        assert!(doc.contains("> The cranes are safe\n"));
        assert!(doc.contains("Check the inspection report."));
        assert!(doc.contains("Tags: #safety, #follow-up · green"));
        assert!(doc.contains("### Ana Ruiz — 1"));
        assert!(doc.contains("### Unattributed — 1"));
        assert!(doc.contains("- “safe cranes now” (partial)"));
    }

    #[test]
    fn w3c_items_carry_both_selectors_and_bodies() {
        let article = article();
        let notes = [annotation(&article, "safe cranes now", "Chant", &["crowd"])];
        let collection = w3c_collection(&article, &notes);
        let item = &collection["first"]["items"][0];
        assert_eq!(item["type"], "Annotation");
        assert_eq!(item["target"]["source"], "story.txt");
        let selectors = item["target"]["selector"].as_array().unwrap();
        assert_eq!(selectors[0]["type"], "TextQuoteSelector");
        assert_eq!(selectors[0]["exact"], "safe cranes now");
        assert_eq!(selectors[1]["type"], "TextPositionSelector");
        assert_eq!(item["body"][0]["purpose"], "commenting");
        assert_eq!(item["body"][1]["value"], "crowd");
        assert_eq!(collection["total"], 1);
    }

    #[test]
    fn a_highlight_without_a_note_is_a_highlighting_motivation() {
        let article = article();
        let item = w3c_annotation(&annotation(&article, "outside", "", &[]), "s");
        assert_eq!(item["motivation"], "highlighting");
        assert!(item.get("body").is_none());
    }
}
