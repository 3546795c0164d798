//! The annotation model: a passage chosen by W3C Web Annotation selectors, with a note, tags
//! and a highlight colour.

use serde::{Deserialize, Serialize};

/// A passage by its exact words and a little context (W3C `TextQuoteSelector`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    /// The passage itself.
    pub exact: String,
    /// Up to 32 characters before it.
    #[serde(default)]
    pub prefix: String,
    /// Up to 32 characters after it.
    #[serde(default)]
    pub suffix: String,
}

/// A passage by its position: code point offsets into the article text, end exclusive (W3C
/// `TextPositionSelector`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPositionSelector {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// The highlight colours a reader can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    /// The default highlight.
    #[default]
    Yellow,
    /// Green.
    Green,
    /// Blue.
    Blue,
    /// Pink.
    Pink,
    /// Orange.
    Orange,
}

impl Colour {
    /// Every colour, in the order the note editor cycles through them.
    pub const ALL: [Colour; 5] = [
        Colour::Yellow,
        Colour::Green,
        Colour::Blue,
        Colour::Pink,
        Colour::Orange,
    ];

    /// The colour's name.
    pub fn name(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Green => "green",
            Colour::Blue => "blue",
            Colour::Pink => "pink",
            Colour::Orange => "orange",
        }
    }

    /// The colour after this one.
    pub fn next(self) -> Colour {
        self.step(1)
    }

    /// The colour before this one.
    pub fn previous(self) -> Colour {
        self.step(Colour::ALL.len() - 1)
    }

    fn step(self, by: usize) -> Colour {
        let i = Colour::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Colour::ALL[(i + by) % Colour::ALL.len()]
    }
}

/// One annotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// A unique id ("a-…").
    pub id: String,
    /// The passage's words and context.
    pub quote: TextQuoteSelector,
    /// The passage's position when it was last anchored.
    pub position: TextPositionSelector,
    /// The reader's note (may be empty: a plain highlight).
    #[serde(default)]
    pub note: String,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Highlight colour.
    #[serde(default)]
    pub colour: Colour,
    /// When it was made (RFC 3339).
    pub created: String,
    /// When it was last changed (RFC 3339).
    pub modified: String,
    /// True when the passage could not be found in the current text (kept, never dropped).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphan: bool,
}

/// The current time as an RFC 3339 string (UTC).
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

/// A new unique id with a prefix: the time in nanoseconds, the process and a counter.
pub fn new_id(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let hash = blake3::hash(format!("{nanos}-{}-{count}", std::process::id()).as_bytes());
    format!("{prefix}-{}", &hash.to_hex()[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| new_id("a")).collect();
        assert_eq!(ids.len(), 1000);
    }

    #[test]
    fn timestamps_are_rfc3339() {
        let stamp = now();
        assert!(
            time::OffsetDateTime::parse(&stamp, &time::format_description::well_known::Rfc3339)
                .is_ok(),
            "{stamp}"
        );
    }

    #[test]
    fn colours_cycle() {
        assert_eq!(Colour::Orange.next(), Colour::Yellow);
        assert_eq!(Colour::Yellow.previous(), Colour::Orange);
        assert_eq!(Colour::Blue.next().previous(), Colour::Blue);
        assert_eq!(serde_json::to_string(&Colour::Pink).unwrap(), "\"pink\"");
    }
}
