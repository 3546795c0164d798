//! Turning LitBank's tokenised sentences back into natural paragraphs, keeping the byte range
//! of every token so gold annotations (sentence, token) land on the rebuilt text.
//!
//! Spacing rules, applied to the token stream of a paragraph:
//! - no space before `, . ; : ! ? ) ] } ’ ” ''`, `...` and contraction pieces
//!   (`n't 's 'll 're 've 'd 'm`, also with `’`);
//! - no space after `( [ { “ ‘` and opening straight quotes;
//! - straight `"` tokens alternate opening and closing within a paragraph, except that one
//!   ending a sentence always closes (so one stray mark does not flip the rest);
//! - a straight `'` opens a quotation before a capitalised word, closes an open one, joins a
//!   short elided word to the next (`o ' t` -> `o't`), and otherwise attaches to the word before
//!   it (`masters '` -> `masters'`);
//! - `--` keeps a space on both sides;
//! - `_` (italics markers) are dropped: they get an empty range where they stood.
//!
//! Paragraphs: a sentence that begins with an opening quotation mark or a dialogue dash starts
//! a new paragraph, unless the previous sentence ended inside an open double or curly single
//! quotation; other sentences join the current paragraph after a space.

use std::ops::Range;

use crate::document::PARAGRAPH_SEPARATOR;
use crate::document::article::normalise_paragraph;

/// Rebuilt text, split in paragraphs, with the range of every token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rebuilt {
    /// Paragraphs, each already in the form `Article::from_paragraphs` keeps unchanged.
    pub paragraphs: Vec<String>,
    /// For each sentence, the byte range of each token in [`Rebuilt::text`].
    pub tokens: Vec<Vec<Range<usize>>>,
}

impl Rebuilt {
    /// The paragraphs joined as an article joins them.
    pub fn text(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
    }
}

/// How a token sits against its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glue {
    /// Spaces on both sides.
    Free,
    /// No space before it.
    Left,
    /// No space after it.
    Right,
    /// No space on either side.
    Both,
    /// Not written at all.
    Drop,
}

const CONTRACTIONS: &[&str] = &["n't", "'s", "'ll", "'re", "'ve", "'d", "'m"];
/// Short words that are never the first half of an elision like `o't` or `gr't`.
const COMMON_SHORT_WORDS: &[&str] = &[
    "a", "i", "of", "to", "in", "on", "at", "as", "is", "it", "be", "me", "we", "he", "my", "by",
    "or", "an", "so", "no", "do", "if", "up", "us",
];

/// Quotation state of the paragraph being built.
#[derive(Debug, Default, Clone, Copy)]
struct Quoting {
    straight_double: bool,
    curly_double: bool,
    straight_single: bool,
    curly_single: bool,
}

impl Quoting {
    /// True inside an open quotation: a double one, or a curly single one (‘…’), whose
    /// closing mark LitBank gives as a token of its own, unlike an apostrophe.
    fn inside(&self) -> bool {
        self.straight_double || self.curly_double || self.curly_single
    }
}

fn is_word(token: &str) -> bool {
    token.chars().next_back().is_some_and(char::is_alphanumeric)
}

fn starts_upper(token: Option<&str>) -> bool {
    token
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_uppercase)
}

fn starts_lower(token: Option<&str>) -> bool {
    token
        .and_then(|t| t.chars().next())
        .is_some_and(char::is_lowercase)
}

/// Tokens that are not written: italics markers, and tokens that cleaning leaves empty.
fn is_dropped(token: &str) -> bool {
    token.chars().all(|c| c == '_')
}

/// Decides how `token` is glued, updating the quotation state.
fn glue(token: &str, prev: Option<&str>, next: Option<&str>, q: &mut Quoting) -> Glue {
    if is_dropped(token) {
        return Glue::Drop;
    }
    let lower = token.to_lowercase().replace('’', "'");
    if CONTRACTIONS.contains(&lower.as_str()) {
        return Glue::Left;
    }
    match token {
        "\"" => {
            // An opening mark never ends a sentence: this repairs the parity after a stray mark.
            q.straight_double = next.is_some() && !q.straight_double;
            return if q.straight_double {
                Glue::Right
            } else {
                Glue::Left
            };
        }
        "'" => return straight_single(prev, next, q),
        "--" => return Glue::Free,
        _ => {}
    }
    if token.chars().all(|c| ",.;:!?…".contains(c)) || token == "''" {
        return Glue::Left;
    }
    if token.chars().all(|c| ")]}”’".contains(c)) {
        if token.contains('”') {
            q.curly_double = false;
        }
        if token.contains('’') {
            q.curly_single = false;
        }
        return Glue::Left;
    }
    if token == "``" || token.chars().all(|c| "([{“‘".contains(c)) {
        if token.contains('“') {
            q.curly_double = true;
        }
        if token.contains('‘') {
            q.curly_single = true;
        }
        return Glue::Right;
    }
    Glue::Free
}

fn straight_single(prev: Option<&str>, next: Option<&str>, q: &mut Quoting) -> Glue {
    if q.straight_single && prev.is_some() {
        q.straight_single = false;
        return Glue::Left;
    }
    if starts_upper(next) {
        q.straight_single = true;
        return Glue::Right;
    }
    match prev {
        Some(p)
            if is_word(p)
                && p.chars().count() <= 2
                && starts_lower(next)
                && !COMMON_SHORT_WORDS.contains(&p.to_lowercase().as_str()) =>
        {
            Glue::Both
        }
        Some(p) if is_word(p) => Glue::Left,
        _ => Glue::Right,
    }
}

/// Whether a sentence opens with a quotation mark or a dialogue dash, given the state of the
/// paragraph it would continue.
fn opens_dialogue(sentence: &[&str], q: &Quoting) -> bool {
    let mut words = sentence.iter().filter(|t| !is_dropped(t));
    let Some(&first) = words.next() else {
        return false;
    };
    match first {
        "\"" => !q.straight_double,
        "'" => starts_upper(words.next().copied()),
        "``" | "—" | "--" | "–" => true,
        _ => first.chars().all(|c| "“‘".contains(c)),
    }
}

/// Rebuilds paragraphs from tokenised sentences.
///
/// ```
/// use byline::eval::detok::rebuild;
/// let rebuilt = rebuild(&[
///     vec!["He", "left", "."],
///     vec!["“", "Good", "night", ",", "”", "said", "the", "parson", "."],
/// ]);
/// assert_eq!(rebuilt.text(), "He left.\n\n“Good night,” said the parson.");
/// assert_eq!(&rebuilt.text()[rebuilt.tokens[1][1].clone()], "Good");
/// ```
pub fn rebuild<S: AsRef<str>>(sentences: &[Vec<S>]) -> Rebuilt {
    let mut rebuilt = Rebuilt::default();
    let mut paragraph = String::new();
    let mut base = 0; // where the current paragraph starts in the joined text
    let mut quoting = Quoting::default();
    let mut glue_next = true; // no space before the next token
    let mut prev = String::new(); // the last token written in this paragraph
    for sentence in sentences {
        let cleaned: Vec<String> = sentence
            .iter()
            .map(|t| normalise_paragraph(t.as_ref()).unwrap_or_default())
            .collect();
        let words: Vec<&str> = cleaned.iter().map(String::as_str).collect();
        if !paragraph.is_empty() && opens_dialogue(&words, &quoting) && !quoting.inside() {
            base += paragraph.len() + PARAGRAPH_SEPARATOR.len();
            rebuilt.paragraphs.push(std::mem::take(&mut paragraph));
            quoting = Quoting::default();
            glue_next = true;
            prev.clear();
        }
        let mut ranges = Vec::with_capacity(words.len());
        for (i, &word) in words.iter().enumerate() {
            let next = words[i + 1..].iter().copied().find(|w| !is_dropped(w));
            let how = {
                let before = (!prev.is_empty()).then_some(prev.as_str());
                glue(word, before, next, &mut quoting)
            };
            if how == Glue::Drop {
                let at = base + paragraph.len();
                ranges.push(at..at);
                continue;
            }
            if !glue_next && !matches!(how, Glue::Left | Glue::Both) && !paragraph.is_empty() {
                paragraph.push(' ');
            }
            let start = base + paragraph.len();
            paragraph.push_str(word);
            ranges.push(start..base + paragraph.len());
            glue_next = matches!(how, Glue::Right | Glue::Both);
            word.clone_into(&mut prev);
        }
        rebuilt.tokens.push(ranges);
    }
    if !paragraph.is_empty() {
        rebuilt.paragraphs.push(paragraph);
    }
    rebuilt
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(sentences: &[&str]) -> String {
        let split: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
        rebuild(&split).text()
    }

    #[test]
    fn punctuation_and_contractions_attach_to_the_left() {
        assert_eq!(
            text_of(&["Do n't you know , Durbeyfield ; it 's true ( mostly ) !"]),
            "Don't you know, Durbeyfield; it's true (mostly)!"
        );
        assert_eq!(text_of(&["I ’ll go ... now ?"]), "I’ll go... now?");
    }

    #[test]
    fn straight_double_quotes_alternate() {
        assert_eq!(
            text_of(&["\" Good night , \" said the parson , \" and you ? \""]),
            "\"Good night,\" said the parson, \"and you?\""
        );
    }

    #[test]
    fn a_stray_straight_quote_does_not_flip_the_rest() {
        let text = text_of(&[
            "\" It is late . \" \"",
            "\" Go home , \" he said .",
            "\" Now ! \"",
        ]);
        assert_eq!(
            text,
            "\"It is late.\"\"\n\n\"Go home,\" he said.\n\n\"Now!\""
        );
    }

    #[test]
    fn straight_single_quotes_open_close_and_elide() {
        assert_eq!(
            text_of(&[
                "I said ' Good night , ' and ' _ Sir John _ , ' to the masters ' office o ' t"
            ]),
            "I said 'Good night,' and 'Sir John,' to the masters' office o't"
        );
    }

    #[test]
    fn dashes_keep_spaces_and_underscores_vanish() {
        assert_eq!(
            text_of(&["near a month -- ago , in the _ Times _ ."]),
            "near a month -- ago, in the Times."
        );
    }

    #[test]
    fn token_ranges_point_at_their_tokens() {
        let sentences = vec![
            vec!["It", "was", "_", "late", "_", "."],
            vec!["“", "Go", "!", "”"],
        ];
        let rebuilt = rebuild(&sentences);
        let text = rebuilt.text();
        assert_eq!(text, "It was late.\n\n“Go!”");
        for (s, sentence) in sentences.iter().enumerate() {
            for (t, token) in sentence.iter().enumerate() {
                let range = rebuilt.tokens[s][t].clone();
                let expected = if *token == "_" { "" } else { token };
                assert_eq!(&text[range], expected, "sentence {s} token {t}");
            }
        }
        assert_eq!(
            rebuilt.tokens[0][2],
            6..6,
            "a dropped token sits where it stood"
        );
    }

    #[test]
    fn a_dash_inside_an_open_single_quotation_stays_in_its_paragraph() {
        let text = text_of(&[
            "‘ Well !",
            "— an honest farmer is useful . ’",
            "‘ Badger-baiting . ’",
        ]);
        assert_eq!(
            text,
            "‘Well! — an honest farmer is useful.’\n\n‘Badger-baiting.’"
        );
    }

    #[test]
    fn dialogue_starts_a_paragraph_unless_a_quote_is_open() {
        let text = text_of(&[
            "He stopped .",
            "\" Well it 's true .",
            "\" Throw up your chin .",
            "More narration follows .",
            "— Come up , Kinch !",
        ]);
        // The second `"` closes the first (the quote was open), so no new paragraph there.
        assert_eq!(
            text,
            "He stopped.\n\n\"Well it's true.\" Throw up your chin. More narration follows.\n\n— Come up, Kinch!"
        );
        let curly = text_of(&["“ One .", "Two .", "“ Three . ”", "“ Four . ”"]);
        assert_eq!(curly, "“One. Two. “Three.”\n\n“Four.”");
    }

    #[test]
    fn paragraphs_need_no_further_normalising() {
        let rebuilt = rebuild(&[vec!["a\u{a0}b", "\u{7}", "c"]]);
        for p in &rebuilt.paragraphs {
            assert_eq!(normalise_paragraph(p).as_deref(), Some(p.as_str()));
        }
        assert_eq!(rebuilt.text(), "a\u{a0}b c");
    }
}
