//! The news evaluation: byline's sample articles against their hand-made gold in `tests/gold`.
//!
//! Each gold file names its article (a path from the repository root), its quotes (text,
//! speaker, kind) and its entities (name, kind, aliases); the format is in
//! `tests/gold/README.md`. Gold quotes are located in the loaded article by their text, in
//! order, with whitespace compared loosely; quotes are scored by [`super::quotes`] with
//! speakers compared exactly after trimming, entities by [`super::news_entities`].

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::analysis::QuoteKind;
use crate::document::{self, Input};

use super::news_entities::{EntityMetrics, GoldEntity};
use super::quote_metrics::{QuoteMetrics, same_speaker_match};
use super::quotes::GoldQuote;
use super::{EvalError, Evaluation, file_name, files_with_suffix, read};

/// The gold folder used when none is given.
pub const DEFAULT_GOLD_DIR: &str = "tests/gold";

/// One gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// The article's path from the repository root.
    pub article: String,
    /// Quotes in text order.
    pub quotes: Vec<GoldQuoteEntry>,
    /// Entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
}

/// One gold quote as written in the file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuoteEntry {
    /// The words between the marks (whitespace is compared loosely).
    pub text: String,
    /// The canonical speaker name, or null.
    pub speaker: Option<String>,
    /// direct, partial or indirect.
    pub kind: QuoteKind,
}

/// Finds `needle` in `text` at or after byte `from`, treating every run of whitespace as one
/// space on both sides. Returns the byte range in `text`.
///
/// ```
/// use byline::eval::news::locate;
/// let text = "One.\n\n“Two\n\nthree,” he said.";
/// assert_eq!(locate(text, "Two three,", 0), Some(9..20));
/// assert_eq!(locate(text, "One.", 1), None);
/// ```
pub fn locate(text: &str, needle: &str, from: usize) -> Option<Range<usize>> {
    let (flat_text, offsets) = flatten(text);
    let (flat_needle, _) = flatten(needle.trim());
    if flat_needle.is_empty() {
        return None;
    }
    let flat_from = offsets.partition_point(|&o| o < from);
    let found = flat_text.get(flat_from..)?.find(&flat_needle)? + flat_from;
    let last = found + flat_needle.len() - 1;
    let end = offsets[last] + text[offsets[last]..].chars().next()?.len_utf8();
    Some(offsets[found]..end)
}

/// `text` with whitespace runs made single spaces, and the byte offset in `text` of each byte
/// of the result.
fn flatten(text: &str) -> (String, Vec<usize>) {
    let mut flat = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                flat.push(' ');
                offsets.push(i);
            }
            in_space = true;
        } else {
            flat.push(c);
            offsets.extend(std::iter::repeat_n(i, c.len_utf8()));
            in_space = false;
        }
    }
    (flat, offsets)
}

/// Places gold quotes in the text in order. Quotes that cannot be found are returned apart.
fn locate_all(text: &str, entries: &[GoldQuoteEntry]) -> (Vec<GoldQuote>, Vec<String>) {
    let mut gold = Vec::new();
    let mut missing = Vec::new();
    let mut cursor = 0;
    for entry in entries {
        let found = locate(text, &entry.text, cursor).or_else(|| locate(text, &entry.text, 0));
        match found {
            Some(span) => {
                cursor = span.start + 1;
                gold.push(GoldQuote {
                    span,
                    kind: Some(entry.kind),
                    speaker: entry.speaker.as_ref().map(|s| s.trim().to_owned()),
                });
            }
            None => missing.push(entry.text.clone()),
        }
    }
    gold.sort_by_key(|g| g.span.start);
    (gold, missing)
}

/// News numbers.
#[derive(Debug, Default, Serialize)]
struct NewsMetrics {
    documents: usize,
    quotes: QuoteMetrics,
    entities: EntityMetrics,
    /// Gold quotes whose text is not in their article (a gold error).
    gold_quotes_not_found: usize,
}

/// Where the article of a gold file is: relative to the repository root (the gold folder's
/// grandparent), else to the current folder.
fn article_path(gold_dir: &Path, article: &str) -> PathBuf {
    let root = gold_dir
        .canonicalize()
        .ok()
        .and_then(|dir| dir.parent()?.parent().map(Path::to_path_buf));
    match root.map(|root| root.join(article)) {
        Some(path) if path.exists() => path,
        _ => PathBuf::from(article),
    }
}

/// Runs the news evaluation on every `*.json` in `gold_dir`.
pub fn evaluate(gold_dir: &Path) -> Result<Evaluation, EvalError> {
    let files = files_with_suffix(
        gold_dir,
        ".json",
        "gold files (*.json)",
        "give the folder of gold files as an argument",
    )?;
    let mut metrics = NewsMetrics::default();
    let mut errors = Vec::new();
    for gold_path in files {
        let gold: GoldFile =
            serde_json::from_str(&read(&gold_path)?).map_err(|e| EvalError::Invalid {
                path: gold_path.display().to_string(),
                message: e.to_string(),
            })?;
        let article = document::load(&Input::Path(article_path(gold_dir, &gold.article)))?;
        let analysis = crate::analyze(&article);
        let name = file_name(&gold_path);
        let text = article.text();
        let (gold_quotes, missing) = locate_all(text, &gold.quotes);
        for quote in &missing {
            errors.push(format!(
                "{name}: gold quote not found in the article: {quote}"
            ));
        }
        metrics.gold_quotes_not_found += missing.len();
        metrics.quotes.add_document(
            &name,
            text,
            &gold_quotes,
            &analysis,
            &same_speaker_match,
            &mut errors,
        );
        metrics
            .entities
            .add_document(&name, &gold.entities, &analysis.entities, &mut errors);
        metrics.documents += 1;
    }
    Ok(Evaluation {
        corpus: "news",
        header: vec![
            format!("news gold: {}", gold_dir.display()),
            "quotes: lenient = same text after stripping marks/edge punctuation, or overlap IoU \
             >= 0.8 (indirect: prediction covers >= 0.5 of the gold clause); strict = same text"
                .into(),
            "speakers: exact name after trimming; entities: a predicted entity of the same kind \
             whose name is the gold name or an alias (case-insensitive)"
                .into(),
            "reference: Gender Gap Tracker quotes F1 83.7, speaker accuracy ~87%".into(),
        ],
        table: table(&metrics),
        metrics: serde_json::to_value(&metrics).unwrap_or_default(),
        errors,
    })
}

fn table(m: &NewsMetrics) -> String {
    let mut out = format!("news: {} documents\n", m.documents);
    m.quotes.table(&mut out);
    if m.gold_quotes_not_found > 0 {
        out.push_str(&format!(
            "  gold quotes not found in their article: {}\n",
            m.gold_quotes_not_found
        ));
    }
    m.entities.table(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> GoldQuoteEntry {
        GoldQuoteEntry {
            text: text.into(),
            speaker: Some(" Ana Ruiz ".into()),
            kind: QuoteKind::Direct,
        }
    }

    #[test]
    fn repeated_quotes_are_located_in_order() {
        let text = "“Now.” she said. Later: “Now.”";
        let (gold, missing) = locate_all(text, &[entry("Now."), entry("Now.")]);
        assert!(missing.is_empty());
        assert_eq!(gold[0].span, 3..7);
        assert_eq!(gold[1].span.start, text.rfind("Now").unwrap());
        assert_eq!(gold[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn quotes_across_paragraphs_and_missing_quotes() {
        let text = "“First part.\n\n“Second part,” she said.";
        let (gold, missing) = locate_all(
            text,
            &[entry("First part.\n\n“Second part,"), entry("absent")],
        );
        assert_eq!(&text[gold[0].span.clone()], "First part.\n\n“Second part,");
        assert_eq!(missing, vec!["absent".to_owned()]);
    }

    #[test]
    fn gold_files_parse() {
        let gold: GoldFile = serde_json::from_str(
            r#"{"article": "a.txt", "quotes": [{"text": "x", "speaker": null, "kind": "partial"}],
                "entities": [{"name": "Ana Ruiz", "kind": "person", "aliases": ["Ruiz"]}]}"#,
        )
        .unwrap();
        assert_eq!(gold.quotes[0].kind, QuoteKind::Partial);
        assert_eq!(gold.entities[0].aliases, vec!["Ruiz".to_owned()]);
    }
}
