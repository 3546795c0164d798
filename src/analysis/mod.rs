//! Analysis of an article: quotations, speakers and entities, as pure functions.

pub mod model;
pub mod quotes;

pub use model::{Analysis, Entity, EntityId, EntityKind, Quote, QuoteKind};

use crate::document::Article;

/// Analyses an article: finds its quotations and entities.
///
/// ```
/// use byline::analysis::analyze;
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Hello,” she said."]);
/// let analysis = analyze(&article);
/// assert_eq!(&article.text()[analysis.quotes[0].span.clone()], "Hello,");
/// ```
pub fn analyze(article: &Article) -> Analysis {
    Analysis {
        quotes: quotes::find_quotes(article),
        entities: Vec::new(),
    }
}
