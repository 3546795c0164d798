//! Pure computations behind the reader's view: reflow to a width, marks over lines, search.
//! Nothing here knows about terminals; the TUI only styles and draws what these return.

pub mod annotation_list;
pub mod entity_list;
pub mod fit;
pub mod marks;
pub mod motion;
pub mod quote_list;
pub mod reflow;
pub mod search;

pub use marks::{Layer, Mark, Segment, segment_line};
pub use reflow::{Reflow, VisualLine};
