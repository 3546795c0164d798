//! The results of analysis: quotations with their speakers, and entities with their mentions.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Index of an entity in [`Analysis::entities`].
pub type EntityId = usize;

/// What kind of quotation a [`Quote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted utterance: “We are not going back,” she said.
    Direct,
    /// A fragment quoted inside the writer's own sentence, a scare quote or a title.
    Partial,
    /// Reported speech without quotation marks: Ortiz said the plan would fail.
    Indirect,
}

/// What kind of thing an [`Entity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, ministry, newspaper, party, university...
    Organization,
    /// A country, city, region or other place.
    Place,
    /// A named thing that is none of the above (an event, a law, a product).
    Other,
}

/// One quotation found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range of the quoted words in the article text, quotation marks excluded.
    pub span: Range<usize>,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The entity credited with the quote, if one can be defended.
    pub speaker: Option<EntityId>,
    /// The mention the attribution used ("Ruiz", "she", "the ministry").
    pub speaker_span: Option<Range<usize>>,
    /// The verb or phrase that attributes it ("said", "according to").
    pub cue: Option<String>,
}

/// Characters that open or close quotations.
pub const QUOTE_MARKS: &[char] = &['“', '”', '"', '‘', '’', '\'', '«', '»', '„', '‚', '‹', '›'];

impl Quote {
    /// The quote's span widened to take in the quotation marks right around it, for display.
    ///
    /// ```
    /// use byline::analysis::{Quote, QuoteKind};
    /// let text = "She said “yes” twice.";
    /// let start = text.find("yes").unwrap();
    /// let quote = Quote { span: start..start + 3, kind: QuoteKind::Partial, speaker: None, speaker_span: None, cue: None };
    /// assert_eq!(&text[quote.marked_span(text)], "“yes”");
    /// ```
    pub fn marked_span(&self, text: &str) -> Range<usize> {
        let mut range = self.span.clone();
        if let Some(c) = text[..range.start]
            .chars()
            .next_back()
            .filter(|c| QUOTE_MARKS.contains(c))
        {
            range.start -= c.len_utf8();
        }
        if let Some(c) = text[range.end..]
            .chars()
            .next()
            .filter(|c| QUOTE_MARKS.contains(c))
        {
            range.end += c.len_utf8();
        }
        range
    }
}

/// A person, organisation, place or other named thing, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its index in [`Analysis::entities`].
    pub id: EntityId,
    /// The fullest name the article uses ("Vladimir Putin", not "Putin").
    pub name: String,
    /// Person, organisation, place or other.
    pub kind: EntityKind,
    /// Other names the article uses for it ("Putin", "the Kremlin leader").
    pub aliases: Vec<String>,
    /// Its role as the article states it ("associate professor at Clark University").
    pub description: Option<String>,
    /// Byte ranges of every mention, in text order.
    pub mentions: Vec<Range<usize>>,
}

/// Everything byline found in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
    /// Entities, indexed by [`EntityId`].
    pub entities: Vec<Entity>,
}

impl Analysis {
    /// The name of the quote's speaker, if it has one.
    pub fn speaker_name(&self, quote: &Quote) -> Option<&str> {
        quote
            .speaker
            .and_then(|id| self.entities.get(id))
            .map(|e| e.name.as_str())
    }

    /// The index of the first quote that starts at or after byte `offset`.
    pub fn quote_at_or_after(&self, offset: usize) -> Option<usize> {
        let index = self.quotes.partition_point(|q| q.span.start < offset);
        (index < self.quotes.len()).then_some(index)
    }

    /// The index of the quote whose span holds byte `offset`.
    pub fn quote_containing(&self, offset: usize) -> Option<usize> {
        let index = self.quotes.partition_point(|q| q.span.end <= offset);
        self.quotes
            .get(index)
            .filter(|q| q.span.start <= offset)
            .map(|_| index)
    }
}
