//! People's roles from appositives: "Ana Ruiz, president of the Port Halden local, said" gives
//! Ana Ruiz the description "president of the Port Halden local". The phrase after the comma
//! must name a role (a role noun or title from the word lists, within its first words), and
//! ends at the next comma, sentence end, dash, quotation mark or relative clause ("who…").

use std::ops::Range;

use super::lexicon::Lexicon;
use super::model::{Entity, EntityKind};
use super::tokens::lowercase;

/// Most words an appositive description may have.
const MAX_WORDS: usize = 16;
/// How many of its first words must include the role noun or title.
const ROLE_WITHIN: usize = 4;

/// Gives each person the first appositive description found after one of its mentions; the
/// description from a title before the name ("Mayor") is kept when there is none.
pub fn describe_people(text: &str, entities: &mut [Entity], lexicon: &Lexicon) {
    for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        let found = entity
            .mentions
            .iter()
            .find_map(|m| appositive_after(text, m.clone(), lexicon));
        if found.is_some() {
            entity.description = found;
        }
    }
}

/// The appositive right after the mention at `mention`, if one names a role.
///
/// ```
/// use byline::analysis::appositives::appositive_after;
/// use byline::analysis::lexicon::Lexicon;
/// let text = "“No,” said Ana Ruiz, 52, a trade economist at Halden University, on Monday.";
/// let at = text.find("Ana Ruiz").unwrap();
/// assert_eq!(
///     appositive_after(text, at..at + 8, Lexicon::get()).as_deref(),
///     Some("trade economist at Halden University")
/// );
/// ```
pub fn appositive_after(text: &str, mention: Range<usize>, lexicon: &Lexicon) -> Option<String> {
    let mut rest = text.get(mention.end..)?;
    let mut phrase = next_segment(rest)?;
    // An age between commas ("Ana Ruiz, 52, a trade economist") comes before the role.
    if phrase.chars().all(|c| c.is_ascii_digit()) {
        rest = &rest[rest.find(phrase)? + phrase.len()..];
        phrase = next_segment(rest)?;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_WORDS {
        return None;
    }
    let first = words[0];
    let starts_lower = first.chars().next().is_some_and(char::is_lowercase);
    let is_role = |word: &str| {
        let word = lowercase(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
        lexicon.role_noun(&word).is_some() || lexicon.title(&word).is_some()
    };
    let titled_start = lexicon.title(&lowercase(first)).is_some()
        || lexicon
            .title(first.trim_end_matches('.'))
            .is_some_and(|_| first.chars().next().is_some_and(char::is_uppercase));
    // "Matthias Grevenbroek, told analysts …" is the verb of the name in apposition.
    if !(starts_lower || titled_start) || lexicon.is_speech_verb(first) {
        return None;
    }
    if !words.iter().take(ROLE_WITHIN).any(|w| is_role(w)) {
        return None;
    }
    // "… near Dorrance, the sheriff said.": a subject and its verb, not an appositive.
    if words
        .windows(2)
        .any(|pair| is_role(pair[0]) && lexicon.is_speech_verb(pair[1]))
    {
        return None;
    }
    let words = match first {
        "a" | "an" => &words[1..],
        _ => &words[..],
    };
    (!words.is_empty()).then(|| words.join(" "))
}

/// The phrase after ", " at the start of `rest`, up to where an appositive ends.
fn next_segment(rest: &str) -> Option<&str> {
    let after = rest.strip_prefix(',')?;
    let body = after.trim_start();
    if body.len() == after.len() {
        return None;
    }
    let mut depth = 0usize;
    let mut end = body.len();
    let mut previous = ' ';
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ',' | ';' | ':' | '—' | '–' | '“' | '”' | '"' | '?' | '!' | ')' if depth == 0 =>
            {
                end = i;
                break;
            }
            '.' if depth == 0 => {
                let next = body[i + 1..].chars().next();
                let initial = previous.is_uppercase();
                if next.is_none_or(char::is_whitespace) && !initial {
                    end = i;
                    break;
                }
            }
            _ => {}
        }
        previous = c;
    }
    let segment = &body[..end];
    // A relative clause ends the description: "a crane operator who has worked …".
    let cut = segment
        .split_whitespace()
        .position(|w| matches!(w, "who" | "whose" | "which" | "that" | "where" | "whom"))
        .map(|n| {
            segment
                .split_whitespace()
                .take(n)
                .map(|w| w.len() + 1)
                .sum::<usize>()
        });
    let segment = match cut {
        Some(0) => return None,
        Some(bytes) => &segment[..segment.len().min(bytes)],
        None => segment,
    };
    let segment = segment.trim();
    (!segment.is_empty()).then_some(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(text: &str, name: &str) -> Option<String> {
        let at = text.find(name).unwrap();
        appositive_after(text, at..at + name.len(), Lexicon::get())
    }

    #[test]
    fn a_role_and_its_speech_verb_are_no_description() {
        assert_eq!(
            described(
                "They were last heard from at their farm near Dorrance, the sheriff said.",
                "Dorrance"
            ),
            None
        );
    }

    #[test]
    fn a_speech_verb_after_the_comma_is_no_description() {
        assert_eq!(
            described(
                "Aldervik’s chief executive, Matthias Grevenbroek, told analysts on a call.",
                "Matthias Grevenbroek"
            ),
            None
        );
    }

    #[test]
    fn a_role_after_a_comma_is_the_description() {
        assert_eq!(
            described(
                "“We are not going back,” said Ana Ruiz, president of the Port Halden local of the Atlantic Longshore Federation (ALF), standing on a truck.",
                "Ana Ruiz"
            )
            .as_deref(),
            Some("president of the Port Halden local of the Atlantic Longshore Federation (ALF)")
        );
        assert_eq!(
            described(
                "Michael Butler, associate professor of political science at Clark University, told the paper.",
                "Michael Butler"
            )
            .as_deref(),
            Some("associate professor of political science at Clark University")
        );
    }

    #[test]
    fn a_relative_clause_ends_the_description() {
        assert_eq!(
            described(
                "Among them was Maria Keller, a crane engineer who has worked there for years.",
                "Maria Keller"
            )
            .as_deref(),
            Some("crane engineer")
        );
    }

    #[test]
    fn lists_places_and_clauses_are_not_descriptions() {
        assert_eq!(
            described("Ana Ruiz, Tom Keller and others left.", "Ana Ruiz"),
            None
        );
        assert_eq!(
            described("Ana Ruiz, who leads the union, left.", "Ana Ruiz"),
            None
        );
        assert_eq!(described("Ana Ruiz said no.", "Ana Ruiz"), None);
        assert_eq!(
            described("In Boston, the weather turned.", "Boston"),
            None,
            "no role word"
        );
    }
}
