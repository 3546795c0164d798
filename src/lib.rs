//! byline: a terminal reader for news articles that shows at once who said what.
//!
//! The library loads articles ([`document`]), analyses their quotations, speakers and entities
//! ([`analysis`]), reports the analysis ([`report`]) and computes what the reader shows
//! ([`view`]). It has no terminal code; the `byline` binary adds the terminal interface.

pub mod analysis;
pub mod annotations;
pub mod document;
pub mod eval;
pub mod report;
pub mod view;

pub use analysis::{Analysis, analyze};
pub use document::{Article, Input, LoadError};
