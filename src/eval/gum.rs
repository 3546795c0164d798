//! The GUM evaluation: named person, place and organisation mentions, and alias merging, in
//! GUM's Wikinews news articles and interviews.
//!
//! Each `gum-wikinews/dep/*.conllu` is laid out as an article ([`super::conllu`]); gold and
//! predicted mentions are reduced to names by the protocol in [`super::named`]. Scores:
//! - **exact**: same byte span and same kind, per kind and micro-averaged over the three;
//! - **overlap**: any overlap and the same kind, paired one-to-one, best overlap first;
//! - **alias pairs**: over every two overlap-matched mentions of a document, "same gold
//!   entity" (same Wikipedia identity, else same GUM entity number) against "same predicted
//!   entity", as pairwise precision and recall.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::analysis::EntityKind;
use crate::document::{Article, Metadata};

use super::conllu::{layout, parse};
use super::metrics::{Counts, greedy_pairs};
use super::named::{NamedMention, gold_mentions, predicted_mentions};
use super::news_entities::kind_name;
use super::quotes::intersection;
use super::{CORPUS_HINT, EvalError, Evaluation, context, files_with_suffix, read};

/// The folder of GUM's CoNLL-U files inside the corpus folder.
pub const GUM_DIR: &str = "gum-wikinews/dep";
/// The kinds scored, in table order.
const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
];

/// GUM numbers.
#[derive(Debug, Default, Serialize)]
pub struct GumMetrics {
    /// Documents scored.
    pub documents: usize,
    /// Exact span and kind, micro-averaged over person, place and organization.
    pub exact: Counts,
    /// Exact span and kind, per kind.
    pub exact_by_kind: BTreeMap<&'static str, Counts>,
    /// Overlap and same kind, one-to-one.
    pub overlap: Counts,
    /// Overlap and same kind, per kind.
    pub overlap_by_kind: BTreeMap<&'static str, Counts>,
    /// Exact spans found with another kind.
    pub kind_confusions: usize,
    /// Pairs of matched mentions: predicted "same entity" against gold "same entity".
    pub alias_pairs: Counts,
}

impl GumMetrics {
    /// Scores one document's mentions and adds the counts; describes mistakes in `errors`.
    pub fn add_document(
        &mut self,
        name: &str,
        text: &str,
        gold: &[NamedMention],
        predicted: &[NamedMention],
        errors: &mut Vec<String>,
    ) {
        let show = |m: &NamedMention| format!("{} {}", kind_name(m.kind), context(text, &m.span));
        let mut exact_gold = vec![false; gold.len()];
        let mut exact_predicted = vec![false; predicted.len()];
        for (g, gm) in gold.iter().enumerate() {
            for (p, pm) in predicted
                .iter()
                .enumerate()
                .filter(|(_, pm)| pm.span == gm.span)
            {
                if pm.kind == gm.kind {
                    exact_gold[g] = true;
                    exact_predicted[p] = true;
                } else {
                    self.kind_confusions += 1;
                    errors.push(format!(
                        "{name}: kind confusion: predicted {} vs gold {}",
                        show(pm),
                        kind_name(gm.kind)
                    ));
                }
            }
        }
        let candidates = gold
            .iter()
            .enumerate()
            .flat_map(|(g, gm)| {
                predicted.iter().enumerate().filter_map(move |(p, pm)| {
                    let shared = intersection(&gm.span, &pm.span);
                    (shared > 0 && pm.kind == gm.kind).then_some((g, p, shared as f64))
                })
            })
            .collect();
        let pairs = greedy_pairs(candidates);
        for kind in KINDS {
            let key = kind_name(kind);
            let of_kind = |m: &&NamedMention| m.kind == kind;
            let gold_n = gold.iter().filter(of_kind).count();
            let predicted_n = predicted.iter().filter(of_kind).count();
            let exact = Counts {
                matched: (0..gold.len())
                    .filter(|&g| exact_gold[g] && gold[g].kind == kind)
                    .count(),
                predicted: predicted_n,
                gold: gold_n,
            };
            let overlap = Counts {
                matched: pairs.iter().filter(|(g, _)| gold[*g].kind == kind).count(),
                predicted: predicted_n,
                gold: gold_n,
            };
            self.exact.merge(exact);
            self.overlap.merge(overlap);
            self.exact_by_kind.entry(key).or_default().merge(exact);
            self.overlap_by_kind.entry(key).or_default().merge(overlap);
        }
        self.alias_pairs.merge(alias_pairs(gold, predicted, &pairs));
        for (_, gm) in gold.iter().enumerate().filter(|(g, _)| !exact_gold[*g]) {
            errors.push(format!("{name}: missed {} [{}]", show(gm), gm.key));
        }
        for (_, pm) in predicted
            .iter()
            .enumerate()
            .filter(|(p, _)| !exact_predicted[*p])
        {
            errors.push(format!("{name}: spurious {}", show(pm)));
        }
    }
}

/// Pairwise agreement over matched mentions: a pair is gold-same when both gold mentions have
/// the same key, predicted-same when both predictions do.
pub fn alias_pairs(
    gold: &[NamedMention],
    predicted: &[NamedMention],
    pairs: &[(usize, usize)],
) -> Counts {
    let mut counts = Counts::default();
    for (i, &(g1, p1)) in pairs.iter().enumerate() {
        for &(g2, p2) in &pairs[i + 1..] {
            let gold_same = gold[g1].key == gold[g2].key;
            let predicted_same = predicted[p1].key == predicted[p2].key;
            counts.gold += usize::from(gold_same);
            counts.predicted += usize::from(predicted_same);
            counts.matched += usize::from(gold_same && predicted_same);
        }
    }
    counts
}

/// Runs the GUM evaluation on the corpus folder `corpus` (which holds `gum-wikinews/`).
pub fn evaluate(corpus: &Path) -> Result<Evaluation, EvalError> {
    let dir = corpus.join(GUM_DIR);
    let files = files_with_suffix(
        &dir,
        ".conllu",
        "GUM Wikinews (gum-wikinews/dep)",
        CORPUS_HINT,
    )?;
    let mut metrics = GumMetrics::default();
    let mut errors = Vec::new();
    for path in files {
        let invalid = |message: String| EvalError::Invalid {
            path: path.display().to_string(),
            message,
        };
        for doc in parse(&read(&path)?).map_err(invalid)? {
            let laid_out = layout(&doc);
            let meta = Metadata {
                title: doc.title.clone(),
                ..Metadata::default()
            };
            let article = Article::from_paragraphs(&doc.id, meta, &laid_out.paragraphs);
            let text = article.text();
            if text
                != laid_out
                    .paragraphs
                    .join(crate::document::PARAGRAPH_SEPARATOR)
            {
                return Err(invalid(format!(
                    "{}: text changed when made into an article",
                    doc.id
                )));
            }
            let analysis = crate::analyze(&article);
            let gold = gold_mentions(&doc, &laid_out.tokens);
            let predicted = predicted_mentions(text, &analysis.entities);
            metrics.add_document(&doc.id, text, &gold, &predicted, &mut errors);
            metrics.documents += 1;
        }
    }
    Ok(Evaluation {
        corpus: "gum",
        header: vec![
            format!(
                "GUM Wikinews named mentions: {}",
                corpus.join(GUM_DIR).display()
            ),
            "gold: person/place/organization mentions cut at a comma, minus leading the, \
             trailing 's; persons: the final proper-noun run after a description, minus titles \
             (President, Dr., ...); places/orgs: proper nouns with inner of/the/&; nested names \
             dropped"
                .into(),
            "predicted: the same trimming; only mentions starting with a capital or digit, demonyms left out; \
             Other entities ignored"
                .into(),
            "alias pairs: over overlap-matched mentions, same Wikipedia identity (else GUM \
             entity) vs same predicted entity"
                .into(),
        ],
        table: table(&metrics),
        metrics: serde_json::to_value(&metrics).unwrap_or_default(),
        errors,
    })
}

fn table(m: &GumMetrics) -> String {
    let mut out = format!("gum: {} documents\n", m.documents);
    out.push_str(&format!(
        "  exact span, micro      {}   (target F1 >= 0.70)\n",
        m.exact.show()
    ));
    for (kind, counts) in &m.exact_by_kind {
        out.push_str(&format!("    {kind:<20} {}\n", counts.show()));
    }
    out.push_str("  spaCy en_core_web_sm  P 0.510  R 0.480  F1 0.495  (reference, exact span)\n");
    out.push_str(&format!("  overlap, micro         {}\n", m.overlap.show()));
    for (kind, counts) in &m.overlap_by_kind {
        out.push_str(&format!("    {kind:<20} {}\n", counts.show()));
    }
    out.push_str("  spaCy en_core_web_sm  F1 ~0.68  (reference, overlap)\n");
    out.push_str(&format!(
        "  kind confusions (exact span)  {}\n",
        m.kind_confusions
    ));
    out.push_str(&format!(
        "  alias pairs            {}\n",
        m.alias_pairs.show()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(span: std::ops::Range<usize>, kind: EntityKind, key: &str) -> NamedMention {
        NamedMention {
            span,
            kind,
            key: key.into(),
        }
    }

    #[test]
    fn exact_overlap_and_kind_confusions_are_counted() {
        let text = "Barack Obama met Angela Merkel in Berlin and Paris.";
        let gold = [
            mention(0..12, EntityKind::Person, "Barack_Obama"),
            mention(17..30, EntityKind::Person, "Angela_Merkel"),
            mention(34..40, EntityKind::Place, "Berlin"),
            mention(45..50, EntityKind::Place, "Paris"),
        ];
        let predicted = [
            mention(0..12, EntityKind::Person, "entity 0"),
            mention(24..30, EntityKind::Person, "entity 1"),
            mention(34..40, EntityKind::Organization, "entity 2"),
        ];
        let mut m = GumMetrics::default();
        let mut errors = Vec::new();
        m.add_document("d", text, &gold, &predicted, &mut errors);
        assert_eq!(
            (m.exact.matched, m.exact.predicted, m.exact.gold),
            (1, 3, 4)
        );
        assert_eq!(m.overlap.matched, 2);
        assert_eq!(m.exact_by_kind["person"].recall(), 0.5);
        assert_eq!(m.exact_by_kind["place"].gold, 2);
        assert_eq!(m.kind_confusions, 1);
        assert!(
            errors
                .iter()
                .any(|e| e.contains("missed place") && e.contains("⟦Paris⟧"))
        );
        assert!(errors.iter().any(|e| e.contains("spurious person")));
    }

    #[test]
    fn alias_pairs_compare_gold_and_predicted_clusters() {
        let gold = [
            mention(0..5, EntityKind::Person, "A"),
            mention(10..15, EntityKind::Person, "A"),
            mention(20..25, EntityKind::Person, "B"),
        ];
        // Prediction merges all three into one entity: 3 predicted pairs, 1 right.
        let merged = [
            mention(0..5, EntityKind::Person, "e"),
            mention(10..15, EntityKind::Person, "e"),
            mention(20..25, EntityKind::Person, "e"),
        ];
        let pairs = [(0, 0), (1, 1), (2, 2)];
        let counts = alias_pairs(&gold, &merged, &pairs);
        assert_eq!((counts.matched, counts.predicted, counts.gold), (1, 3, 1));
        assert_eq!(counts.precision(), 1.0 / 3.0);
        assert_eq!(counts.recall(), 1.0);
    }
}
