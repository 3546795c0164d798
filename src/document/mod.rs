//! Articles and how they are loaded: the model, the loaders per format, and their sources.

pub mod article;
pub mod decode;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;
pub mod offsets;
pub mod samples;
pub mod sanitize;
pub mod source;
pub mod text;

pub use article::{Article, Metadata, PARAGRAPH_SEPARATOR};
pub use format::Format;
pub use offsets::OffsetIndex;
pub use samples::{SAMPLES, Sample};
pub use source::{Input, LoadError, expand_args, load, parse_bytes};
