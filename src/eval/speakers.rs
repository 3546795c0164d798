//! Comparing LitBank speaker labels (`Mrs_Bennet-2`) with the names byline predicts.
//!
//! The rule: the label loses its `-N` suffix and is split on `_`; the predicted name is split
//! on spaces and punctuation. Both are lowercased and lose the tokens in [`IGNORED_TOKENS`]
//! (honorifics, articles, and age or size words). The names match when they share a remaining
//! token and their honorifics do not conflict (a man's title against a woman's, or `Mrs`
//! against `Miss`). When either side has no token left, the full token lists must be equal.

/// Tokens that do not identify a character: honorifics, articles, `old`, `young`, `little`.
pub const IGNORED_TOKENS: &[&str] = &[
    "mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "the", "a", "an", "old", "young",
    "little",
];

/// What an honorific says about the person it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Honorific {
    /// Mr, Sir, Lord.
    Man,
    /// Mrs.
    MarriedWoman,
    /// Miss.
    UnmarriedWoman,
    /// Ms, Lady: a woman, married or not.
    Woman,
}

fn honorific(token: &str) -> Option<Honorific> {
    match token {
        "mr" | "sir" | "lord" => Some(Honorific::Man),
        "mrs" => Some(Honorific::MarriedWoman),
        "miss" => Some(Honorific::UnmarriedWoman),
        "ms" | "lady" => Some(Honorific::Woman),
        _ => None,
    }
}

fn conflict(a: Honorific, b: Honorific) -> bool {
    use Honorific::*;
    matches!(
        (a, b),
        (Man, MarriedWoman | UnmarriedWoman | Woman)
            | (MarriedWoman | UnmarriedWoman | Woman, Man)
            | (MarriedWoman, UnmarriedWoman)
            | (UnmarriedWoman, MarriedWoman)
    )
}

/// A LitBank speaker label as a readable name: `Jack_Durbeyfield-0` -> `Jack Durbeyfield`.
///
/// ```
/// use byline::eval::speakers::label_name;
/// assert_eq!(label_name("Jack_Durbeyfield-0"), "Jack Durbeyfield");
/// assert_eq!(label_name("Mrs_Bennet-2"), "Mrs Bennet");
/// ```
pub fn label_name(label: &str) -> String {
    let base = match label.rsplit_once('-') {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => label,
    };
    base.split('_')
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercased tokens of a name: split on spaces, underscores and punctuation (apostrophes
/// stay inside a word, so `d'Urberville` is one token).
fn tokens(name: &str) -> Vec<String> {
    name.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|t| t.trim_matches(['\'', '’']).to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a predicted speaker name denotes the LitBank speaker `label`, by the rule in the
/// module documentation.
///
/// ```
/// use byline::eval::speakers::names_match;
/// assert!(names_match("Jack_Durbeyfield-0", "Durbeyfield"));
/// assert!(names_match("Mrs_Bennet-2", "Mrs. Bennet"));
/// assert!(!names_match("Mr_Bennet-1", "Mrs. Bennet"));
/// ```
pub fn names_match(label: &str, predicted: &str) -> bool {
    let gold = tokens(&label_name(label));
    let predicted = tokens(predicted);
    let gold_titles: Vec<Honorific> = gold.iter().filter_map(|t| honorific(t)).collect();
    let predicted_titles: Vec<Honorific> = predicted.iter().filter_map(|t| honorific(t)).collect();
    if gold_titles
        .iter()
        .any(|&g| predicted_titles.iter().any(|&p| conflict(g, p)))
    {
        return false;
    }
    let content = |all: &[String]| -> Vec<String> {
        all.iter()
            .filter(|t| !IGNORED_TOKENS.contains(&t.as_str()))
            .cloned()
            .collect()
    };
    let (gold_content, predicted_content) = (content(&gold), content(&predicted));
    if gold_content.is_empty() || predicted_content.is_empty() {
        return !gold.is_empty() && gold == predicted;
    }
    gold_content.iter().any(|t| predicted_content.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_their_number_and_underscores() {
        assert_eq!(label_name("Parson_Tringham-4"), "Parson Tringham");
        assert_eq!(label_name("The_White_Rabbit-4"), "The White Rabbit");
        assert_eq!(label_name("Narrator"), "Narrator");
        assert_eq!(label_name("Jean-Paul-12"), "Jean-Paul");
    }

    #[test]
    fn one_shared_name_token_is_enough() {
        assert!(names_match("Jack_Durbeyfield-0", "Jack Durbeyfield"));
        assert!(names_match("Jack_Durbeyfield-0", "John Durbeyfield"));
        assert!(names_match("Parson_Tringham-4", "the parson"));
        assert!(!names_match("Parson_Tringham-4", "Jack Durbeyfield"));
    }

    #[test]
    fn honorifics_and_articles_alone_do_not_match() {
        assert!(!names_match("Mrs_Bennet-2", "Mrs. Phillips"));
        assert!(!names_match("The_White_Rabbit-4", "the Queen"));
        assert!(names_match("The_White_Rabbit-4", "White Rabbit"));
    }

    #[test]
    fn mr_and_mrs_conflict() {
        assert!(!names_match("Mr_Bennet-1", "Mrs. Bennet"));
        assert!(!names_match("Mrs_Bennet-2", "Mr Bennet"));
        assert!(!names_match("Miss_Bennet-3", "Mrs. Bennet"));
        assert!(names_match("Mrs_Bennet-2", "Bennet"));
        assert!(names_match("Lady_Catherine-5", "Ms Catherine"));
    }

    #[test]
    fn a_name_of_ignored_tokens_needs_full_equality() {
        assert!(names_match("The_Old_Man-7", "the old man"));
        assert!(names_match("Sir-3", "Sir"));
        assert!(!names_match("Sir-3", "Sir Walter"));
        assert!(!names_match("Sir-3", ""));
    }

    #[test]
    fn apostrophes_stay_inside_names() {
        assert!(names_match("Alec_d'Urberville-9", "d'Urberville"));
        assert!(!names_match("Alec_d'Urberville-9", "Urberville"));
    }
}
