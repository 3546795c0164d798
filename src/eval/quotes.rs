//! Matching predicted quotations to gold ones, strictly and leniently.
//!
//! Matching rules:
//! - Both spans are first trimmed of quotation marks, leading dialogue dashes and whitespace at
//!   their edges; overlaps are measured on the code point ranges that remain.
//! - **Strict**: the ranges overlap and the normalised texts are equal (quotation marks removed
//!   everywhere, leading dashes removed, whitespace collapsed, punctuation at the edges ignored).
//! - **Lenient** (the headline): strict, or intersection over union of the ranges >= 0.8. A gold
//!   `indirect` quote has no marks to align with, so it matches when the prediction covers at
//!   least half of the gold clause.
//! - Each gold quote matches at most one prediction and the other way round, best overlap first.

use std::ops::Range;

use crate::analysis::QuoteKind;
use crate::document::OffsetIndex;

use super::metrics::greedy_pairs;

/// Quotation marks, stripped before comparing (kept here so the scoring does not move when
/// the analysis changes its own list).
pub const QUOTE_MARKS: &[char] = &['“', '”', '"', '‘', '’', '\'', '«', '»', '„', '‚', '‹', '›'];
/// The lenient threshold on intersection over union.
pub const LENIENT_OVERLAP: f64 = 0.8;
/// The share of a gold indirect clause a prediction must cover.
pub const INDIRECT_COVERAGE: f64 = 0.5;

/// A gold quotation located in an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldQuote {
    /// Byte range in the article text (marks may be included; they are trimmed for matching).
    pub span: Range<usize>,
    /// The kind, when the gold says (news gold does, LitBank does not).
    pub kind: Option<QuoteKind>,
    /// Who said it, as the gold names them; `None` for scare quotes and anonymous sources.
    pub speaker: Option<String>,
}

/// The text of a quote for strict comparison: quotation marks removed wherever they are,
/// leading dashes dropped, whitespace collapsed, punctuation at both edges ignored.
///
/// ```
/// use byline::eval::quotes::normalise;
/// assert_eq!(normalise("“We won’t move,”"), normalise("We wont move"));
/// assert_eq!(normalise("— Come up , Kinch !"), "Come up , Kinch");
/// ```
pub fn normalise(text: &str) -> String {
    let kept: String = text.chars().filter(|c| !QUOTE_MARKS.contains(c)).collect();
    let words: Vec<&str> = kept.split_whitespace().collect();
    let joined = words.join(" ");
    let edge = |c: char| !c.is_alphanumeric();
    joined.trim_matches(edge).to_owned()
}

/// `span` without the quotation marks, dashes and whitespace at its edges.
pub fn strip_marks(text: &str, span: Range<usize>) -> Range<usize> {
    let Some(inner) = text.get(span.clone()) else {
        return span;
    };
    let is_edge = |c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace() || is_dash(c);
    let trimmed_start = inner.trim_start_matches(is_edge);
    let start = span.start + (inner.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end_matches(is_edge).len();
    start..end
}

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-')
}

/// Intersection over union of two ranges (0 when both are empty).
pub fn iou(a: &Range<usize>, b: &Range<usize>) -> f64 {
    let inter = intersection(a, b);
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// The share of `gold` that `predicted` covers.
pub fn coverage(gold: &Range<usize>, predicted: &Range<usize>) -> f64 {
    if gold.is_empty() {
        0.0
    } else {
        intersection(gold, predicted) as f64 / gold.len() as f64
    }
}

/// The number of positions two ranges share.
pub fn intersection(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// The pairs `(gold, predicted)` that match under each rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteMatching {
    /// Lenient pairs: the headline matching.
    pub lenient: Vec<(usize, usize)>,
    /// Strict pairs: the normalised texts agree.
    pub strict: Vec<(usize, usize)>,
}

/// Matches predicted quote spans against gold quotes in one text.
pub fn match_quotes(text: &str, gold: &[GoldQuote], predicted: &[Range<usize>]) -> QuoteMatching {
    let index = OffsetIndex::new(text);
    let prepare = |span: &Range<usize>| {
        let core = strip_marks(text, span.clone());
        let chars = index.to_char(core.start)..index.to_char(core.end);
        (chars, normalise(text.get(core).unwrap_or_default()))
    };
    let gold_prepared: Vec<_> = gold.iter().map(|g| prepare(&g.span)).collect();
    let predicted_prepared: Vec<_> = predicted.iter().map(prepare).collect();
    let mut lenient = Vec::new();
    let mut strict = Vec::new();
    for (g, (gold_chars, gold_text)) in gold_prepared.iter().enumerate() {
        for (p, (predicted_chars, predicted_text)) in predicted_prepared.iter().enumerate() {
            let overlap = iou(gold_chars, predicted_chars);
            if intersection(gold_chars, predicted_chars) == 0 {
                continue;
            }
            let exact = gold_text == predicted_text;
            let close = if gold[g].kind == Some(QuoteKind::Indirect) {
                coverage(gold_chars, predicted_chars) >= INDIRECT_COVERAGE
            } else {
                overlap >= LENIENT_OVERLAP
            };
            if exact {
                strict.push((g, p, overlap));
            }
            if exact || close {
                lenient.push((g, p, overlap + if exact { 1.0 } else { 0.0 }));
            }
        }
    }
    QuoteMatching {
        lenient: greedy_pairs(lenient),
        strict: greedy_pairs(strict),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(text: &str, needle: &str, kind: Option<QuoteKind>) -> GoldQuote {
        let start = text.find(needle).unwrap();
        GoldQuote {
            span: start..start + needle.len(),
            kind,
            speaker: None,
        }
    }

    fn span(text: &str, needle: &str) -> Range<usize> {
        let start = text.find(needle).unwrap();
        start..start + needle.len()
    }

    #[test]
    fn normalising_drops_marks_dashes_spacing_and_edge_punctuation() {
        assert_eq!(normalise("“Not next  month.”"), "Not next month");
        assert_eq!(normalise("-- Come up , Kinch !"), "Come up , Kinch");
        assert_eq!(normalise("He said ‘no’ twice,"), "He said no twice");
        assert_eq!(normalise("!!"), "");
    }

    #[test]
    fn stripping_marks_trims_only_the_edges() {
        let text = "x “ — He said ‘no’ . ” y";
        let core = strip_marks(text, 2..text.len() - 2);
        assert_eq!(&text[core], "He said ‘no’ .");
    }

    #[test]
    fn strict_match_ignores_marks_and_edge_punctuation() {
        let text = "“We won’t move,” she said.";
        let g = vec![gold(text, "“We won’t move,”", None)];
        let m = match_quotes(text, &g, &[span(text, "We won’t move")]);
        assert_eq!(m.strict, vec![(0, 0)]);
        assert_eq!(m.lenient, vec![(0, 0)]);
    }

    #[test]
    fn lenient_match_needs_four_fifths_overlap() {
        let text = "“one two three four five six seven eight nine ten” said X.";
        let g = vec![gold(
            text,
            "one two three four five six seven eight nine ten",
            None,
        )];
        let close = match_quotes(
            text,
            &g,
            &[span(text, "one two three four five six seven eight")],
        );
        assert!(close.strict.is_empty());
        assert_eq!(close.lenient, vec![(0, 0)]);
        let far = match_quotes(text, &g, &[span(text, "one two three")]);
        assert!(far.lenient.is_empty());
    }

    #[test]
    fn indirect_gold_matches_by_coverage_of_the_clause() {
        let text = "Ortiz said the plan would fail badly in the end.";
        let g = vec![gold(
            text,
            "the plan would fail badly in the end",
            Some(QuoteKind::Indirect),
        )];
        let m = match_quotes(text, &g, &[span(text, "Ortiz said the plan would fail")]);
        assert_eq!(m.lenient, vec![(0, 0)]);
        let m = match_quotes(text, &g, &[span(text, "the plan")]);
        assert!(m.lenient.is_empty());
    }

    #[test]
    fn each_gold_quote_takes_one_prediction() {
        let text = "“Yes,” he said. “Yes,” she said.";
        let g = vec![gold(text, "Yes,", None)];
        let second = text.rfind("Yes").unwrap();
        let m = match_quotes(text, &g, &[span(text, "Yes"), second..second + 3]);
        assert_eq!(m.lenient, vec![(0, 0)]);
    }

    #[test]
    fn overlap_arithmetic() {
        assert_eq!(iou(&(0..10), &(5..15)), 5.0 / 15.0);
        assert_eq!(iou(&(0..0), &(0..0)), 0.0);
        assert_eq!(coverage(&(0..10), &(5..20)), 0.5);
        assert_eq!(intersection(&(0..3), &(5..9)), 0);
    }
}
