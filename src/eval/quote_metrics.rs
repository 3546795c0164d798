//! Quote scores summed over documents: precision, recall and F1 (lenient and strict), per-kind
//! scores, kind accuracy, and speaker accuracy, with a line for every mistake.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use crate::analysis::{Analysis, Quote, QuoteKind};

use super::context;
use super::metrics::{Counts, Ratio};
use super::quotes::{GoldQuote, match_quotes};

/// Compares a gold speaker with a predicted speaker name, given the predicted quote (whose
/// speaker's mentions a corpus with coreference can check).
pub type SpeakerMatch<'a> = &'a dyn Fn(&str, &str, &Quote) -> bool;

/// [`same_speaker`] as a [`SpeakerMatch`].
pub fn same_speaker_match(gold: &str, predicted: &str, _quote: &Quote) -> bool {
    same_speaker(gold, predicted)
}

/// Speakers are equal after trimming (the news gold rule).
pub fn same_speaker(gold: &str, predicted: &str) -> bool {
    gold.trim() == predicted.trim()
}

/// Quote scores summed over documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuoteMetrics {
    /// Lenient matching: the headline numbers.
    pub lenient: Counts,
    /// Strict matching: exact text after normalisation.
    pub strict: Counts,
    /// Per kind (only when the gold has kinds): a pair counts when the kinds agree too.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_kind: BTreeMap<&'static str, Counts>,
    /// Among lenient pairs whose gold has a kind, how often the predicted kind agrees.
    pub kind_accuracy: Ratio,
    /// Among matched gold quotes with a speaker, how often the predicted speaker is right.
    pub speaker_accuracy: Ratio,
    /// Among matched gold quotes without a speaker, how often the prediction has none either.
    pub null_accuracy: Ratio,
    /// Among matched predictions that name a speaker, how often it is right.
    pub attribution_precision: Ratio,
    /// The same, for speakers found through a cue next to the quote ("said Ruiz").
    pub cued_precision: Ratio,
    /// The same, for speakers carried over without a cue (continuation, turn-taking).
    pub carried_precision: Ratio,
}

/// The name of a quote kind as in the JSON contract.
pub fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

impl QuoteMetrics {
    /// Scores one document and adds its counts; with `errors`, describes every mistake.
    pub fn add_document(
        &mut self,
        name: &str,
        text: &str,
        gold: &[GoldQuote],
        analysis: &Analysis,
        speaker_match: SpeakerMatch,
        errors: &mut Vec<String>,
    ) {
        let spans: Vec<Range<usize>> = analysis.quotes.iter().map(|q| q.span.clone()).collect();
        let matching = match_quotes(text, gold, &spans);
        let (g_count, p_count) = (gold.len(), spans.len());
        let count = |pairs: &[(usize, usize)]| Counts {
            matched: pairs.len(),
            predicted: p_count,
            gold: g_count,
        };
        self.lenient.merge(count(&matching.lenient));
        self.strict.merge(count(&matching.strict));
        self.add_kinds(gold, analysis, &matching.lenient);

        let mut gold_matched = vec![false; g_count];
        let mut predicted_matched = vec![false; p_count];
        for &(g, p) in &matching.lenient {
            gold_matched[g] = true;
            predicted_matched[p] = true;
            let (gold_quote, quote) = (&gold[g], &analysis.quotes[p]);
            let predicted_speaker = analysis.speaker_name(quote);
            let right = match (&gold_quote.speaker, predicted_speaker) {
                (Some(g), Some(p)) => speaker_match(g, p, quote),
                _ => false,
            };
            match &gold_quote.speaker {
                Some(_) => self.speaker_accuracy.add(right),
                None => self.null_accuracy.add(predicted_speaker.is_none()),
            }
            if predicted_speaker.is_some() {
                self.attribution_precision.add(right);
                if quote.cue.is_some() {
                    self.cued_precision.add(right);
                } else {
                    self.carried_precision.add(right);
                }
            }
            let speaker_wrong = match &gold_quote.speaker {
                Some(_) => !right,
                None => predicted_speaker.is_some(),
            };
            if speaker_wrong {
                let cue = quote
                    .cue
                    .as_deref()
                    .map_or(String::new(), |c| format!(" (cue: {c})"));
                errors.push(format!(
                    "{name}: wrong speaker: predicted {}{cue} vs gold {}: {}",
                    predicted_speaker.unwrap_or("(none)"),
                    gold_quote.speaker.as_deref().unwrap_or("(none)"),
                    context(text, &quote.span)
                ));
            }
            if let Some(kind) = gold_quote.kind.filter(|k| *k != quote.kind) {
                errors.push(format!(
                    "{name}: wrong kind: predicted {} vs gold {}: {}",
                    kind_name(quote.kind),
                    kind_name(kind),
                    context(text, &quote.span)
                ));
            }
        }
        for (g, gold_quote) in gold.iter().enumerate().filter(|(g, _)| !gold_matched[*g]) {
            let kind = gold_quote.kind.map(kind_name).unwrap_or("quote");
            let speaker = gold_quote.speaker.as_deref().unwrap_or("no speaker");
            errors.push(format!(
                "{name}: missed {kind} ({speaker}) #{g}: {}",
                context(text, &gold_quote.span)
            ));
        }
        for (p, quote) in analysis.quotes.iter().enumerate() {
            if !predicted_matched[p] {
                errors.push(format!(
                    "{name}: spurious {}: {}",
                    kind_name(quote.kind),
                    context(text, &quote.span)
                ));
            }
        }
    }

    fn add_kinds(&mut self, gold: &[GoldQuote], analysis: &Analysis, pairs: &[(usize, usize)]) {
        if gold.iter().all(|g| g.kind.is_none()) {
            return;
        }
        for kind in [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect] {
            let counts = Counts {
                matched: pairs
                    .iter()
                    .filter(|&&(g, p)| {
                        gold[g].kind == Some(kind) && analysis.quotes[p].kind == kind
                    })
                    .count(),
                predicted: analysis.quotes.iter().filter(|q| q.kind == kind).count(),
                gold: gold.iter().filter(|g| g.kind == Some(kind)).count(),
            };
            self.by_kind
                .entry(kind_name(kind))
                .or_default()
                .merge(counts);
        }
        for &(g, p) in pairs {
            if let Some(kind) = gold[g].kind {
                self.kind_accuracy.add(kind == analysis.quotes[p].kind);
            }
        }
    }

    /// The scores as lines of a table.
    pub fn table(&self, out: &mut String) {
        out.push_str(&format!("  quotes, lenient    {}\n", self.lenient.show()));
        out.push_str(&format!("  quotes, strict     {}\n", self.strict.show()));
        for (kind, counts) in &self.by_kind {
            out.push_str(&format!("    {kind:<16} {}\n", counts.show()));
        }
        if self.kind_accuracy.total > 0 {
            out.push_str(&format!(
                "  kind accuracy (matched pairs)        {}\n",
                self.kind_accuracy.show()
            ));
        }
        out.push_str(&format!(
            "  speaker accuracy (gold named)        {}\n",
            self.speaker_accuracy.show()
        ));
        if self.null_accuracy.total > 0 {
            out.push_str(&format!(
                "  null accuracy (gold has no speaker)  {}\n",
                self.null_accuracy.show()
            ));
        }
        out.push_str(&format!(
            "  attribution precision                {}\n",
            self.attribution_precision.show()
        ));
        out.push_str(&format!(
            "    with a cue                         {}
",
            self.cued_precision.show()
        ));
        out.push_str(&format!(
            "    carried over (no cue)              {}
",
            self.carried_precision.show()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityKind, Quote};

    fn quote(text: &str, needle: &str, kind: QuoteKind, speaker: Option<usize>) -> Quote {
        let start = text.find(needle).unwrap();
        Quote {
            span: start..start + needle.len(),
            kind,
            speaker,
            speaker_span: None,
            cue: None,
        }
    }

    fn person(id: usize, name: &str) -> Entity {
        Entity {
            id,
            name: name.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            description: None,
            mentions: vec![],
        }
    }

    fn gold(text: &str, needle: &str, kind: QuoteKind, speaker: Option<&str>) -> GoldQuote {
        let start = text.find(needle).unwrap();
        GoldQuote {
            span: start..start + needle.len(),
            kind: Some(kind),
            speaker: speaker.map(str::to_owned),
        }
    }

    const TEXT: &str =
        "“Go now,” Ruiz said. “Stay,” Ortiz said. It was “a farce” and “a mess”, they said.";

    #[test]
    fn speakers_kinds_and_counts_add_up() {
        use QuoteKind::*;
        let gold = vec![
            gold(TEXT, "Go now,", Direct, Some("Ana Ruiz")),
            gold(TEXT, "Stay,", Direct, Some("Luis Ortiz")),
            gold(TEXT, "a farce", Partial, None),
            gold(TEXT, "a mess", Partial, Some("Ana Ruiz")),
        ];
        let analysis = Analysis {
            quotes: vec![
                quote(TEXT, "Go now,", Direct, Some(0)),
                quote(TEXT, "Stay,", Direct, Some(0)),
                quote(TEXT, "a farce", Direct, None),
                quote(TEXT, "they said", Indirect, None),
            ],
            entities: vec![person(0, "Ana Ruiz")],
        };
        let mut m = QuoteMetrics::default();
        let mut errors = Vec::new();
        m.add_document(
            "d",
            TEXT,
            &gold,
            &analysis,
            &same_speaker_match,
            &mut errors,
        );
        assert_eq!(
            (m.lenient.matched, m.lenient.predicted, m.lenient.gold),
            (3, 4, 4)
        );
        assert_eq!(m.speaker_accuracy, Ratio::new(1, 2));
        assert_eq!(m.null_accuracy, Ratio::new(1, 1));
        assert_eq!(m.attribution_precision, Ratio::new(1, 2));
        assert_eq!(m.kind_accuracy, Ratio::new(2, 3));
        let direct = m.by_kind["direct"];
        assert_eq!((direct.matched, direct.predicted, direct.gold), (2, 3, 2));
        let partial = m.by_kind["partial"];
        assert_eq!(
            (partial.matched, partial.predicted, partial.gold),
            (0, 0, 2)
        );
        let kinds: Vec<&str> = errors
            .iter()
            .map(|e| e.split(':').nth(1).unwrap().trim())
            .collect();
        assert_eq!(
            kinds,
            [
                "wrong speaker",
                "wrong kind",
                "missed partial (Ana Ruiz) #3",
                "spurious indirect"
            ]
        );
    }

    #[test]
    fn documents_accumulate() {
        let gold = vec![gold(TEXT, "Go now,", QuoteKind::Direct, Some("Ana Ruiz"))];
        let analysis = Analysis {
            quotes: vec![quote(TEXT, "Go now", QuoteKind::Direct, None)],
            entities: vec![],
        };
        let mut m = QuoteMetrics::default();
        for _ in 0..2 {
            m.add_document(
                "d",
                TEXT,
                &gold,
                &analysis,
                &same_speaker_match,
                &mut Vec::new(),
            );
        }
        assert_eq!(m.strict.matched, 2);
        assert_eq!(m.lenient.f1(), 1.0);
        assert_eq!(m.speaker_accuracy, Ratio::new(0, 2));
        assert_eq!(m.attribution_precision, Ratio::new(0, 0));
    }
}
