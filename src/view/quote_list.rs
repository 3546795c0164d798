//! The quotes pane as data: rows in text order or grouped by speaker, filtered to one
//! speaker, stable colour slots per speaker, and stepping through one speaker's quotes.

use crate::analysis::{Analysis, EntityId, QuoteKind};

/// Who a filter or group is about: a speaker, or nobody (the unattributed quotes).
pub type SpeakerKey = Option<EntityId>;

/// One row of the quotes pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteRow {
    /// A group heading when grouped by speaker: the speaker and how many quotes follow.
    Group {
        /// The speaker, or `None` for "Unattributed".
        speaker: SpeakerKey,
        /// Quotes in the group.
        count: usize,
    },
    /// A quote, by its index in [`Analysis::quotes`].
    Quote(usize),
}

/// How the quotes pane is arranged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuoteListOptions {
    /// Group under speaker headings (speakers by number of quotes, "Unattributed" last).
    pub by_speaker: bool,
    /// Show only this speaker's quotes (`Some(None)`: only unattributed ones).
    pub filter: Option<SpeakerKey>,
}

/// The rows of the quotes pane.
///
/// ```
/// use byline::analysis::analyze;
/// use byline::document::{Article, Metadata};
/// use byline::view::quote_list::{quote_rows, QuoteListOptions, QuoteRow};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“One,” said Ana Ruiz. “Two,” said Li Wen."]);
/// let analysis = analyze(&article);
/// let rows = quote_rows(&analysis, QuoteListOptions::default());
/// assert_eq!(rows, [QuoteRow::Quote(0), QuoteRow::Quote(1)]);
/// ```
pub fn quote_rows(analysis: &Analysis, options: QuoteListOptions) -> Vec<QuoteRow> {
    let keep = |index: &usize| {
        options
            .filter
            .is_none_or(|f| analysis.quotes[*index].speaker == f)
    };
    let shown: Vec<usize> = (0..analysis.quotes.len()).filter(keep).collect();
    if !options.by_speaker {
        return shown.into_iter().map(QuoteRow::Quote).collect();
    }
    let mut rows = Vec::with_capacity(shown.len() + 8);
    for (speaker, _) in speaker_counts(analysis) {
        let members: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&i| analysis.quotes[i].speaker == speaker)
            .collect();
        if members.is_empty() {
            continue;
        }
        rows.push(QuoteRow::Group {
            speaker,
            count: members.len(),
        });
        rows.extend(members.into_iter().map(QuoteRow::Quote));
    }
    rows
}

/// Every speaker with their number of quotes, most quoted first (ties by first quote);
/// the unattributed quotes, if any, come last as `None`.
pub fn speaker_counts(analysis: &Analysis) -> Vec<(SpeakerKey, usize)> {
    let mut counts: Vec<(SpeakerKey, usize, usize)> = Vec::new();
    for (index, quote) in analysis.quotes.iter().enumerate() {
        match counts.iter_mut().find(|(s, _, _)| *s == quote.speaker) {
            Some(entry) => entry.1 += 1,
            None => counts.push((quote.speaker, 1, index)),
        }
    }
    counts.sort_by(|a, b| {
        a.0.is_none()
            .cmp(&b.0.is_none())
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    counts.into_iter().map(|(s, c, _)| (s, c)).collect()
}

/// A colour slot for every entity that speaks, in order of first quote, so a speaker keeps
/// the same colour in the text and the pane; `None` for entities that never speak.
///
/// ```
/// use byline::analysis::analyze;
/// use byline::document::{Article, Metadata};
/// use byline::view::quote_list::speaker_slots;
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“A,” said Li Wen. “B,” said Ana Ruiz. “C,” said Li Wen."]);
/// let analysis = analyze(&article);
/// let slots = speaker_slots(&analysis);
/// let li = analysis.quotes[0].speaker.unwrap();
/// let ana = analysis.quotes[1].speaker.unwrap();
/// assert_eq!((slots[li], slots[ana]), (Some(0), Some(1)));
/// ```
pub fn speaker_slots(analysis: &Analysis) -> Vec<Option<usize>> {
    let mut slots = vec![None; analysis.entities.len()];
    let mut next = 0;
    for quote in &analysis.quotes {
        if let Some(slot) = quote.speaker.and_then(|s| slots.get_mut(s))
            && slot.is_none()
        {
            *slot = Some(next);
            next += 1;
        }
    }
    slots
}

/// The next (or previous) quote after quote `current` by the same speaker, wrapping around;
/// `None` when the speaker has no other quote.
pub fn step_same_speaker(analysis: &Analysis, current: usize, forward: bool) -> Option<usize> {
    let speaker = analysis.quotes.get(current)?.speaker;
    let count = analysis.quotes.len();
    (1..count)
        .map(|step| {
            if forward {
                (current + step) % count
            } else {
                (current + count - step) % count
            }
        })
        .find(|&i| analysis.quotes[i].speaker == speaker)
}

/// A short label for a quote kind.
pub fn kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::document::{Article, Metadata};

    fn sample() -> Analysis {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            [
                "“One,” said Ana Ruiz.",
                "“Two,” said Li Wen.",
                "“Three,” said Ana Ruiz.",
                "It was a “so-called” deal.",
            ],
        );
        analyze(&article)
    }

    #[test]
    fn rows_in_text_order_by_default() {
        let analysis = sample();
        let rows = quote_rows(&analysis, QuoteListOptions::default());
        assert_eq!(rows.len(), analysis.quotes.len());
        assert!(rows.iter().all(|r| matches!(r, QuoteRow::Quote(_))));
    }

    #[test]
    fn grouping_puts_the_most_quoted_first_and_unattributed_last() {
        let analysis = sample();
        let rows = quote_rows(
            &analysis,
            QuoteListOptions {
                by_speaker: true,
                filter: None,
            },
        );
        let groups: Vec<(SpeakerKey, usize)> = rows
            .iter()
            .filter_map(|r| match r {
                QuoteRow::Group { speaker, count } => Some((*speaker, *count)),
                QuoteRow::Quote(_) => None,
            })
            .collect();
        let ana = analysis.quotes[0].speaker;
        assert_eq!(groups[0], (ana, 2));
        assert_eq!(groups.last().unwrap().0, None);
    }

    #[test]
    fn filter_keeps_one_speaker() {
        let analysis = sample();
        let li = analysis.quotes[1].speaker;
        let rows = quote_rows(
            &analysis,
            QuoteListOptions {
                by_speaker: false,
                filter: Some(li),
            },
        );
        assert_eq!(rows, [QuoteRow::Quote(1)]);
        let unattributed = quote_rows(
            &analysis,
            QuoteListOptions {
                by_speaker: false,
                filter: Some(None),
            },
        );
        assert_eq!(unattributed, [QuoteRow::Quote(3)]);
    }

    #[test]
    fn stepping_through_one_speaker_wraps() {
        let analysis = sample();
        assert_eq!(step_same_speaker(&analysis, 0, true), Some(2));
        assert_eq!(step_same_speaker(&analysis, 2, true), Some(0));
        assert_eq!(step_same_speaker(&analysis, 0, false), Some(2));
        assert_eq!(step_same_speaker(&analysis, 1, true), None);
    }

    #[test]
    fn counts_cover_every_quote() {
        let analysis = sample();
        let total: usize = speaker_counts(&analysis).iter().map(|(_, c)| c).sum();
        assert_eq!(total, analysis.quotes.len());
    }
}
