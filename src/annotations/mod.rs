//! What the reader writes: annotations (highlights with notes and tags) and entity
//! corrections, stored safely per article, re-anchored when the text changes, exported.

pub mod anchor;
pub mod export;
pub mod import;
pub mod model;
pub mod store;

pub use model::{Annotation, Colour, TextPositionSelector, TextQuoteSelector};
pub use store::{Store, StoreError, StoreFile};

use std::path::Path;

use crate::analysis::{Analysis, analyze, corrections::apply_corrections};
use crate::document::Article;

/// Analyses an article and applies the reader's saved entity corrections, read from
/// `store_path` or the article's file in the data directory. Nothing is written. Problems
/// reading the file are returned as notices and the plain analysis is used.
pub fn analyze_with_corrections(
    article: &Article,
    store_path: Option<&Path>,
) -> (Analysis, Vec<String>) {
    let mut analysis = analyze(article);
    let path = store_path
        .map(Path::to_path_buf)
        .or_else(|| store::default_path(article));
    let Some(path) = path else {
        return (analysis, Vec::new());
    };
    match Store::read_corrections(&path) {
        Ok((corrections, notices)) => {
            apply_corrections(&mut analysis, article.text(), &corrections);
            (analysis, notices)
        }
        Err(error) => (analysis, vec![error.to_string()]),
    }
}
