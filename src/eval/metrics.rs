//! The arithmetic of scores: counts, ratios, precision, recall and F1, and one-to-one pairing.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// A fraction `hits / total`, reported as a value in `[0, 1]` with its counts.
///
/// An empty denominator gives 0 (and the counts `0/0` show why).
///
/// ```
/// use byline::eval::metrics::Ratio;
/// let mut r = Ratio::default();
/// r.add(true);
/// r.add(false);
/// assert_eq!(r.value(), 0.5);
/// assert_eq!(Ratio::default().value(), 0.0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ratio {
    /// How many items were right.
    pub hits: usize,
    /// How many items there were.
    pub total: usize,
}

impl Ratio {
    /// A ratio from its counts.
    pub fn new(hits: usize, total: usize) -> Ratio {
        Ratio { hits, total }
    }

    /// Counts one item, a hit or not.
    pub fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += usize::from(hit);
    }

    /// Adds another ratio's counts to this one.
    pub fn merge(&mut self, other: Ratio) {
        self.hits += other.hits;
        self.total += other.total;
    }

    /// `hits / total`, or 0 when there is nothing to count.
    pub fn value(&self) -> f64 {
        divide(self.hits, self.total)
    }

    /// `0.875 (7/8)`, for tables.
    pub fn show(&self) -> String {
        format!("{:.3} ({}/{})", self.value(), self.hits, self.total)
    }
}

impl Serialize for Ratio {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Ratio", 3)?;
        s.serialize_field("value", &round(self.value()))?;
        s.serialize_field("hits", &self.hits)?;
        s.serialize_field("total", &self.total)?;
        s.end()
    }
}

/// Counts for a detection task where gold and predicted items are paired one-to-one.
///
/// ```
/// use byline::eval::metrics::Counts;
/// let c = Counts { matched: 3, predicted: 4, gold: 6 };
/// assert_eq!(c.precision(), 0.75);
/// assert_eq!(c.recall(), 0.5);
/// assert!((c.f1() - 0.6).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Pairs of a gold and a predicted item that match (true positives).
    pub matched: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    /// Adds another document's counts.
    pub fn merge(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// Matched / predicted (0 without predictions).
    pub fn precision(&self) -> f64 {
        divide(self.matched, self.predicted)
    }

    /// Matched / gold (0 without gold items).
    pub fn recall(&self) -> f64 {
        divide(self.matched, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// `P 0.750  R 0.500  F1 0.600  (3 matched, 4 predicted, 6 gold)`, for tables.
    pub fn show(&self) -> String {
        format!(
            "P {:.3}  R {:.3}  F1 {:.3}  ({} matched, {} predicted, {} gold)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.matched,
            self.predicted,
            self.gold
        )
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Counts", 6)?;
        s.serialize_field("precision", &round(self.precision()))?;
        s.serialize_field("recall", &round(self.recall()))?;
        s.serialize_field("f1", &round(self.f1()))?;
        s.serialize_field("matched", &self.matched)?;
        s.serialize_field("predicted", &self.predicted)?;
        s.serialize_field("gold", &self.gold)?;
        s.end()
    }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// `a / b` as a float, 0 when `b` is 0.
pub fn divide(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Four decimals are plenty in the JSON and keep it readable.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// Pairs gold and predicted items one-to-one, best score first.
///
/// `candidates` are `(gold, predicted, score)` triples of items that may match; each gold and
/// each predicted item is used at most once. Ties are broken by text order so results are
/// stable.
///
/// ```
/// use byline::eval::metrics::greedy_pairs;
/// // Gold 0 overlaps both predictions; prediction 1 fits it better, prediction 0 is left over.
/// let pairs = greedy_pairs(vec![(0, 0, 0.5), (0, 1, 0.9), (1, 1, 0.6)]);
/// assert_eq!(pairs, vec![(0, 1)]);
/// ```
pub fn greedy_pairs(mut candidates: Vec<(usize, usize, f64)>) -> Vec<(usize, usize)> {
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut gold_used = std::collections::HashSet::new();
    let mut predicted_used = std::collections::HashSet::new();
    let mut pairs = Vec::new();
    for (gold, predicted, _) in candidates {
        if !gold_used.contains(&gold) && !predicted_used.contains(&predicted) {
            gold_used.insert(gold);
            predicted_used.insert(predicted);
            pairs.push((gold, predicted));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero_not_nan() {
        let c = Counts::default();
        assert_eq!((c.precision(), c.recall(), c.f1()), (0.0, 0.0, 0.0));
        let json = serde_json::to_value(c).unwrap();
        assert_eq!(json["f1"], 0.0);
    }

    #[test]
    fn merging_adds_counts() {
        let mut total = Counts {
            matched: 1,
            predicted: 2,
            gold: 2,
        };
        total.merge(Counts {
            matched: 3,
            predicted: 3,
            gold: 6,
        });
        assert_eq!(total.precision(), 0.8);
        assert_eq!(total.recall(), 0.5);
        let mut ratio = Ratio::new(1, 4);
        ratio.merge(Ratio::new(1, 0));
        assert_eq!(ratio, Ratio::new(2, 4));
    }

    #[test]
    fn f1_is_the_harmonic_mean() {
        assert_eq!(f1(1.0, 1.0), 1.0);
        assert_eq!(f1(0.0, 1.0), 0.0);
        assert!((f1(0.5, 1.0) - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn ratios_serialise_with_value_and_counts() {
        let json = serde_json::to_value(Ratio::new(2, 3)).unwrap();
        assert_eq!(json["value"], 0.6667);
        assert_eq!(json["hits"], 2);
        assert_eq!(json["total"], 3);
    }

    #[test]
    fn greedy_pairs_are_one_to_one() {
        let pairs = greedy_pairs(vec![(0, 0, 1.0), (1, 0, 1.0), (1, 1, 0.2), (2, 1, 0.1)]);
        assert_eq!(pairs, vec![(0, 0), (1, 1)]);
    }
}
