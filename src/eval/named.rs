//! Which mentions count as *named* in the GUM evaluation, on both sides, so that GUM's
//! noun-phrase mentions compare fairly with the name spans byline predicts.
//!
//! Gold (GUM mentions of type person, place or organization), in order:
//! 1. A mention with a comma is cut before the first one: GUM marks `Irving, Texas` as one
//!    place with `Texas` nested inside; a name tagger sees two names (and `Austen, Jane` is
//!    cut to `Austen`).
//! 2. Trailing possessives (`'s`) and punctuation, and leading determiners (`the`) go.
//! 3. Persons: the name is the run of proper nouns (and `-` `.` inside it) that ends the
//!    mention, when what comes before it is a description (a noun or adjective:
//!    `Environment Canada spokesperson Julie Hahn` -> `Julie Hahn`); leading title words
//!    ([`TITLE_WORDS`]) and anything before the last of them go (`U.S. President Donald
//!    Trump` -> `Donald Trump`). A mention that ends with a title (`Mr. President`, `NASA
//!    Administrator`) or with a plural proper noun (`Republicans`, `Palestinians`: groups,
//!    which name taggers call NORP) is not named.
//! 4. Places and organisations: every token is a proper noun, a capitalised adjective or noun
//!    (`U.S.`), or inside the name a determiner, `&`, `-` `.` `/` or one of the prepositions in
//!    [`NAME_PREPOSITIONS`]; the first and last are proper nouns or capitalised adjectives
//!    (`Museum of Flight`, but not `Museum of Flight in Seattle`).
//! 5. Named mentions nested inside another named mention are dropped (flat spans, as
//!    CoNLL/OntoNotes-style taggers produce): `Irving` inside `Irving Independent School
//!    District` goes.
//!
//! Predicted mentions (entities of kind person, place or organization) get the same cut at a
//! comma, lose a leading `the`/`The` and a trailing `'s` or `,;:`, persons lose leading titles,
//! and only mentions that then start with a capital letter or a digit are kept (demonyms,
//! which byline links to their country, and the first-person narrator are left out) (pronouns and
//! descriptions are not names); nested ones are dropped the same way.

use std::ops::Range;

use crate::analysis::{Entity, EntityId, EntityKind};

use super::conllu::{ConlluDoc, Token};

/// Words that introduce a name rather than belong to it (lowercase, without a final period).
/// Titles that are also common surnames (King, Major, Father) are left out, since a person
/// mention ending in a title is not counted as a name.
#[rustfmt::skip]
pub const TITLE_WORDS: &[&str] = &[
    "president", "vice", "prime", "minister", "premier", "chancellor", "senator", "sen",
    "governor", "gov", "mayor", "representative", "rep", "congressman", "congresswoman",
    "councillor", "councilor", "secretary", "ambassador", "administrator", "chairman",
    "chairwoman", "chair", "director", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "judge", "justice", "prince", "princess", "pope", "cardinal", "bishop",
    "archbishop", "rev", "reverend", "general", "gen", "colonel", "col", "maj", "captain",
    "capt", "lieutenant", "lt", "sergeant", "sgt",
    "admiral", "adm", "officer", "detective", "inspector", "sheriff", "chief", "deputy", "dr",
    "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "coach",
    "ceo", "mp",
];

/// Prepositions that may stand inside a place or organisation name (`Museum of Flight`);
/// others (`in`, `at`) join two names (`Museum of Flight in Seattle`).
pub const NAME_PREPOSITIONS: &[&str] = &[
    "of", "for", "on", "de", "del", "della", "da", "du", "von", "van", "der", "den", "la", "le",
];

/// A named mention ready to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedMention {
    /// Byte range in the article text.
    pub span: Range<usize>,
    /// Person, place or organisation.
    pub kind: EntityKind,
    /// Who it is: the gold identity (Wikipedia title, else `#` and GUM's entity number), or
    /// the predicted entity's id.
    pub key: String,
}

/// The kind a GUM entity type maps to; other types are not scored.
pub fn gum_kind(etype: &str) -> Option<EntityKind> {
    match etype {
        "person" => Some(EntityKind::Person),
        "place" => Some(EntityKind::Place),
        "organization" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// Whether a word is a title word, ignoring case and a final period.
pub fn is_title(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    TITLE_WORDS.contains(&word.as_str())
}

fn capitalised(form: &str) -> bool {
    form.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The tokens `start..=end` of a gold mention reduced to its name, or `None` when it is not a
/// named mention (steps 1–4 of the module documentation).
pub fn gold_name(
    tokens: &[Token],
    start: usize,
    end: usize,
    kind: EntityKind,
) -> Option<Range<usize>> {
    let mut s = start;
    let mut e = (start..=end)
        .skip(1)
        .find(|&i| tokens.get(i).is_some_and(|t| t.form == ","))
        .unwrap_or(end + 1);
    let t = |i: usize| tokens.get(i);
    while e > s
        && t(e - 1).is_some_and(|t| {
            t.upos == "PUNCT" || (t.upos == "PART" && t.form.contains(['\'', '’']))
        })
    {
        e -= 1;
    }
    while s < e && t(s).is_some_and(|t| t.upos == "DET" || t.upos == "PUNCT") {
        s += 1;
    }
    let span = tokens.get(s..e).filter(|span| !span.is_empty())?;
    let offset = match kind {
        EntityKind::Person => person_name(span)?,
        _ => organisation_or_place(span).then_some(0)?,
    };
    Some(s + offset..e)
}

/// Where the name starts in a person mention's tokens (step 3).
fn person_name(span: &[Token]) -> Option<usize> {
    let name_token = |t: &Token| t.upos == "PROPN" || matches!(t.form.as_str(), "-" | "." | "–");
    let mut first = span.len();
    while first > 0 && name_token(&span[first - 1]) {
        first -= 1;
    }
    while first < span.len() && span[first].upos != "PROPN" {
        first += 1;
    }
    if first == span.len() || span.last().is_some_and(|t| t.upos != "PROPN") {
        return None;
    }
    if first > 0 && !matches!(span[first - 1].upos.as_str(), "NOUN" | "ADJ") {
        return None;
    }
    let name = &span[first..];
    let last = &name[name.len() - 1];
    if is_title(&last.form) || last.xpos == "NNPS" {
        return None; // `NASA Administrator`, `Republicans`: a role or a group, not a name
    }
    let last_title = name[..name.len() - 1]
        .iter()
        .rposition(|t| is_title(&t.form));
    Some(first + last_title.map_or(0, |i| i + 1))
}

/// Whether a place or organisation mention's tokens form a name (step 4).
fn organisation_or_place(span: &[Token]) -> bool {
    // Capitalised words count whatever their tag: GUM tags "United" in "United States" as a
    // verb (lemma "unite"), and "Soviet" as an adjective.
    let edge = |t: &Token| {
        t.upos == "PROPN"
            || (matches!(t.upos.as_str(), "ADJ" | "VERB" | "NOUN") && capitalised(&t.form))
    };
    let inner = |t: &Token| {
        edge(t)
            || (matches!(t.upos.as_str(), "NOUN" | "NUM" | "X") && capitalised(&t.form))
            || (t.upos == "ADP" && NAME_PREPOSITIONS.contains(&t.form.to_lowercase().as_str()))
            || t.upos == "DET"
            || matches!(t.form.as_str(), "&" | "-" | "." | "/")
    };
    match (span.first(), span.last()) {
        (Some(first), Some(last)) => edge(first) && edge(last) && span.iter().all(inner),
        _ => false,
    }
}

/// The gold named mentions of a GUM document, as byte ranges given by `token_ranges`.
pub fn gold_mentions(doc: &ConlluDoc, token_ranges: &[Range<usize>]) -> Vec<NamedMention> {
    let mut named = Vec::new();
    for mention in &doc.mentions {
        let Some(kind) = gum_kind(&mention.etype) else {
            continue;
        };
        let Some(tokens) = gold_name(&doc.tokens, mention.start, mention.end, kind) else {
            continue;
        };
        let (Some(first), Some(last)) = (
            token_ranges.get(tokens.start),
            token_ranges.get(tokens.end - 1),
        ) else {
            continue;
        };
        let key = mention
            .identity
            .clone()
            .unwrap_or_else(|| format!("#{}", mention.group));
        named.push(NamedMention {
            span: first.start..last.end,
            kind,
            key,
        });
    }
    flatten(named)
}

/// A predicted mention reduced to its name (see the module documentation), or `None`.
pub fn predicted_name(text: &str, span: Range<usize>, kind: EntityKind) -> Option<Range<usize>> {
    let (mut start, mut end) = (span.start, span.end);
    let name = |start: usize, end: usize| text.get(start..end).unwrap_or_default();
    name(start, end)
        .find(',')
        .inspect(|&comma| end = start + comma);
    if let Some(article) = ["the ", "The ", "THE "]
        .into_iter()
        .find(|a| name(start, end).starts_with(a))
    {
        start += article.len();
    }
    end = start
        + name(start, end)
            .trim_end_matches([',', ';', ':', ' '])
            .len();
    if let Some(possessive) = ["'s", "’s", "'", "’"]
        .into_iter()
        .find(|p| name(start, end).ends_with(p))
    {
        end -= possessive.len();
    }
    if kind == EntityKind::Person {
        let words: Vec<&str> = name(start, end).split(' ').collect();
        if let Some(last_title) = words[..words.len() - 1].iter().rposition(|w| is_title(w)) {
            start += words[..=last_title]
                .iter()
                .map(|w| w.len() + 1)
                .sum::<usize>();
        }
    }
    end = start + name(start, end).trim_end().len();
    capitalised(name(start, end)).then_some(start..end)
}

/// The named mentions of predicted person, place and organisation entities.
pub fn predicted_mentions(text: &str, entities: &[Entity]) -> Vec<NamedMention> {
    let mut named = Vec::new();
    // The first-person narrator is a speaker, not a named entity.
    let named_entities = entities
        .iter()
        .filter(|e| e.kind != EntityKind::Other && e.name != crate::analysis::coref::NARRATOR);
    for entity in named_entities {
        for mention in &entity.mentions {
            // byline counts a demonym ("Swedish") as a mention of its country; GUM does not
            // mark adjectives as place names, so they are left out of the comparison.
            if crate::analysis::lexicon::Lexicon::get().is_demonym(&text[mention.clone()]) {
                continue;
            }
            if let Some(span) = predicted_name(text, mention.clone(), entity.kind) {
                named.push(NamedMention {
                    span,
                    kind: entity.kind,
                    key: entity_key(entity.id),
                });
            }
        }
    }
    flatten(named)
}

/// The key of a predicted entity in [`NamedMention::key`].
pub fn entity_key(id: EntityId) -> String {
    format!("entity {id}")
}

/// Sorts mentions, keeps one per span, and drops those nested inside another (step 5).
fn flatten(mut mentions: Vec<NamedMention>) -> Vec<NamedMention> {
    mentions.sort_by(|a, b| (a.span.start.cmp(&b.span.start)).then(b.span.end.cmp(&a.span.end)));
    let mut flat: Vec<NamedMention> = Vec::with_capacity(mentions.len());
    let mut covered_to = 0; // the furthest end of a kept mention
    for mention in mentions {
        if flat.is_empty() || mention.span.end > covered_to {
            covered_to = mention.span.end;
            flat.push(mention);
        }
    }
    flat
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens from `word/UPOS` pairs.
    fn tokens(tagged: &str) -> Vec<Token> {
        tagged
            .split(' ')
            .map(|pair| {
                let mut parts = pair.split('/');
                let form = parts.next().unwrap();
                let upos = parts.next().unwrap();
                let xpos = parts.next().unwrap_or("_");
                Token {
                    form: form.into(),
                    upos: upos.into(),
                    xpos: xpos.into(),
                    space_after: true,
                }
            })
            .collect()
    }

    fn gold(tagged: &str, kind: EntityKind) -> Option<String> {
        let tokens = tokens(tagged);
        let range = gold_name(&tokens, 0, tokens.len() - 1, kind)?;
        Some(
            tokens[range]
                .iter()
                .map(|t| t.form.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    #[test]
    fn person_mentions_lose_titles_descriptions_and_possessives() {
        let person = EntityKind::Person;
        assert_eq!(
            gold(
                "U.S./PROPN President/PROPN Donald/PROPN Trump/PROPN 's/PART",
                person
            )
            .as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            gold(
                "Environment/PROPN Canada/PROPN spokesperson/NOUN Julie/PROPN Hahn/PROPN",
                person
            )
            .as_deref(),
            Some("Julie Hahn")
        );
        assert_eq!(
            gold("Kim/PROPN Jong/PROPN -/PUNCT un/PROPN", person).as_deref(),
            Some("Kim Jong - un")
        );
        assert_eq!(
            gold("John/PROPN Major/PROPN", person).as_deref(),
            Some("John Major")
        );
        assert_eq!(
            gold("Austen/PROPN ,/PUNCT Jane/PROPN", person).as_deref(),
            Some("Austen")
        );
    }

    #[test]
    fn titles_descriptions_and_pronouns_are_not_person_names() {
        let person = EntityKind::Person;
        assert_eq!(gold("Mr./PROPN President/PROPN", person), None);
        assert_eq!(gold("Man/PROPN of/ADP the/DET Match/PROPN", person), None);
        assert_eq!(gold("Governor/PROPN of/ADP Virginia/PROPN", person), None);
        assert_eq!(gold("a/DET civilian/ADJ volunteer/NOUN", person), None);
        assert_eq!(gold("they/PRON", person), None);
        assert_eq!(gold("NASA/PROPN Administrator/PROPN", person), None);
        assert_eq!(gold("the/DET Palestinians/PROPN/NNPS", person), None);
    }

    #[test]
    fn places_and_organisations_keep_inner_function_words() {
        let place = EntityKind::Place;
        let org = EntityKind::Organization;
        assert_eq!(
            gold("the/DET Soviet/PROPN Union/PROPN", place).as_deref(),
            Some("Soviet Union")
        );
        assert_eq!(
            gold("The/DET Museum/PROPN of/ADP Flight/PROPN", place).as_deref(),
            Some("Museum of Flight")
        );
        assert_eq!(
            gold("Irving/PROPN ,/PUNCT Texas/PROPN", place).as_deref(),
            Some("Irving")
        );
        assert_eq!(
            gold("U.S./ADJ Republican/PROPN Party/PROPN", org).as_deref(),
            Some("U.S. Republican Party")
        );
        assert_eq!(gold("The/DET USI/PROPN art/NOUN gallery/NOUN", place), None);
        assert_eq!(
            gold(
                "Museum/PROPN of/ADP Flight/PROPN in/ADP Seattle/PROPN",
                place
            ),
            None
        );
        assert_eq!(
            gold(
                "the/DET elite/ADJ group/NOUN within/ADP Scientology/PROPN",
                org
            ),
            None
        );
    }

    #[test]
    fn predicted_names_are_trimmed_like_gold() {
        let text = "the United States's envoy met U.S. President Donald Trump, and he left";
        let span = |s: &str| {
            let start = text.find(s).unwrap();
            start..start + s.len()
        };
        let trimmed = |s: &str, kind| predicted_name(text, span(s), kind).map(|r| &text[r]);
        assert_eq!(
            trimmed("the United States's", EntityKind::Place),
            Some("United States")
        );
        assert_eq!(
            trimmed("U.S. President Donald Trump,", EntityKind::Person),
            Some("Donald Trump")
        );
        assert_eq!(
            trimmed("President Donald Trump", EntityKind::Organization),
            Some("President Donald Trump")
        );
        assert_eq!(trimmed("he", EntityKind::Person), None);
    }

    #[test]
    fn nested_and_repeated_mentions_are_flattened() {
        let m = |span: Range<usize>, key: &str| NamedMention {
            span,
            kind: EntityKind::Place,
            key: key.into(),
        };
        let flat = flatten(vec![
            m(0..5, "a"),
            m(0..30, "b"),
            m(0..30, "c"),
            m(40..45, "d"),
            m(10..20, "e"),
        ]);
        let keys: Vec<&str> = flat.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["b", "d"]);
    }
}
