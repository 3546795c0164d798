//! Dialogue written with dashes instead of quotation marks (Joyce, and many European texts):
//!
//! ```text
//! — Back in a minute, he said. Keep the door shut.
//! She answered: — Not for long.
//! ```
//!
//! A quotation opens with a dash at the start of a paragraph or after a colon. With no closing
//! mark, it ends before an attribution ("he said"), after which the speech goes on, or before a
//! sentence that reads as narration (a third-person subject and a past-tense verb), or with its
//! paragraph.

use std::ops::Range;

use super::super::lexicon::{Lexicon, flags};
use super::super::tokens::{Token, TokenKind};
use super::{MarkFamily, MarkedQuote};

/// Fewest dash openings for a text to be read as dash dialogue.
const MIN_OPENINGS: usize = 5;
/// At least one dash opening per this many bytes of text.
const BYTES_PER_OPENING: usize = 2000;
/// How far (in tokens) an attribution clause or a sentence is read.
const CLAUSE_LIMIT: usize = 40;

/// Subject pronouns that can speak in an attribution ("he said").
const SUBJECTS: &[&str] = &["he", "she", "they", "i", "we"];
/// Words of the first and second person, which narration in the third person does not use.
const SPEAKING_PERSONS: &[&str] = &[
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us", "our",
    "ours",
];
/// Auxiliaries in the present tense, which put a sentence in speech rather than narration.
const PRESENT_AUXILIARIES: &[&str] = &["can", "will", "shall", "must", "may", "might", "do"];
/// Auxiliaries in the past tense, which narration uses.
const PAST_AUXILIARIES: &[&str] = &["was", "were", "had"];
/// Words after an attribution's comma that carry the narration on ("he said, and left").
const NARRATION_LINKS: &[&str] = &[
    "and", "as", "with", "while", "when", "but", "then", "his", "her", "their", "the", "a", "in",
    "to", "for", "without", "after", "before",
];

/// The length in bytes of the dialogue dash `text` starts with, if any (—, – or --).
fn dash_len(text: &str) -> usize {
    if text.starts_with(['—', '–']) {
        '—'.len_utf8()
    } else if text.starts_with("--") {
        2
    } else {
        0
    }
}

/// True when a paragraph opens with a chapter's number between dashes ("— I — Stately, plump
/// Buck Mulligan …"), a heading rather than speech.
fn is_numbered_heading(paragraph: &str) -> bool {
    let rest = paragraph[dash_len(paragraph)..].trim_start();
    let number: String = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let roman = |c: char| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C');
    !number.is_empty()
        && number.len() <= 6
        && (number.chars().all(|c| c.is_ascii_digit()) || number.chars().all(roman))
        && dash_len(rest[number.len()..].trim_start()) > 0
}

/// Byte offsets of the dashes that may open a quotation: at the start of a paragraph, or after
/// a colon and a space.
fn openings(text: &str, paragraphs: &[Range<usize>]) -> Vec<usize> {
    let mut found: Vec<usize> = paragraphs
        .iter()
        .filter(|p| {
            let paragraph = &text[p.start..p.end];
            dash_len(paragraph) > 0 && !is_numbered_heading(paragraph)
        })
        .map(|p| p.start)
        .collect();
    for (colon, _) in text.match_indices(':') {
        let after = colon + 2;
        if text.as_bytes().get(colon + 1) == Some(&b' ')
            && text.get(after..).is_some_and(|rest| dash_len(rest) > 0)
        {
            found.push(after);
        }
    }
    found.sort_unstable();
    found
}

/// Finds dash quotations, when the text writes its dialogue that way: at least
/// [`MIN_OPENINGS`] dash openings, one per [`BYTES_PER_OPENING`] bytes, and more of them than
/// quotations with marks (`marked`). Openings inside a marked quotation are skipped.
pub fn find_dash_quotes(
    text: &str,
    paragraphs: &[Range<usize>],
    tokens: &[Token],
    word_flags: &[u8],
    marked: &[MarkedQuote],
    lexicon: &Lexicon,
) -> Vec<MarkedQuote> {
    let starts = openings(text, paragraphs);
    let needed = MIN_OPENINGS.max(text.len() / BYTES_PER_OPENING);
    if starts.len() < needed || starts.len() <= marked.len() {
        return Vec::new();
    }
    let reader = DashReader {
        text,
        tokens,
        word_flags,
        lexicon,
    };
    let mut quotes = Vec::new();
    for at in starts {
        let inside_marked = marked.iter().any(|q| q.open.start < at && at < q.span.end);
        if !inside_marked {
            reader.quotes_from(at, &mut quotes);
        }
    }
    quotes
}

/// How an attribution clause ends, which says whether the speech goes on after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// "…, he said, you fool!": the speech resumes at once.
    Comma,
    /// "…, he said. Come here.": the speech resumes with the next sentence, unless it narrates.
    Sentence,
    /// "he said:" or the paragraph's end: nothing follows here.
    Stop,
}

struct DashReader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    word_flags: &'a [u8],
    lexicon: &'a Lexicon,
}

impl DashReader<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn flag(&self, i: usize, flag: u8) -> bool {
        self.word_flags.get(i).is_some_and(|f| f & flag != 0)
    }

    fn is_word(&self, i: usize, end: usize) -> bool {
        i < end && self.tokens[i].kind == TokenKind::Word
    }

    fn is_capitalised(&self, i: usize, end: usize) -> bool {
        self.is_word(i, end) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_lowercase(&self, i: usize, end: usize) -> bool {
        self.is_word(i, end) && self.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    fn is_one_of(&self, i: usize, words: &[&str]) -> bool {
        let word = self.word(i);
        words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }

    /// The number of tokens of a dash at token `i` (— is one, -- two), or 0.
    fn dash_tokens(&self, i: usize, end: usize) -> usize {
        if i >= end {
            return 0;
        }
        match self.word(i) {
            "—" | "–" => 1,
            "-" if i + 1 < end
                && self.word(i + 1) == "-"
                && self.tokens[i + 1].start == self.tokens[i].end =>
            {
                2
            }
            _ => 0,
        }
    }

    /// Adds the quotes opened by the dash at byte `at`: the speech before an attribution and
    /// the speech that goes on after it.
    fn quotes_from(&self, at: usize, quotes: &mut Vec<MarkedQuote>) {
        let dash = self.tokens.partition_point(|t| t.start < at);
        let Some(paragraph) = self.tokens.get(dash).map(|t| t.paragraph) else {
            return;
        };
        let end = dash
            + self.tokens[dash..]
                .iter()
                .take_while(|t| t.paragraph == paragraph)
                .count();
        let width = self.dash_tokens(dash, end);
        let start = dash + width;
        if width == 0
            || start >= end
            || !matches!(self.tokens[start].kind, TokenKind::Word | TokenKind::Number)
        {
            return;
        }
        let mark = self.tokens[dash].start..self.tokens[start - 1].end;
        for (n, segment) in self.segments(start, end).into_iter().enumerate() {
            if segment.is_empty() {
                continue;
            }
            let span = self.tokens[segment.start].start..self.tokens[segment.end - 1].end;
            let open = if n == 0 {
                mark.clone()
            } else {
                span.start..span.start
            };
            quotes.push(MarkedQuote {
                span,
                open,
                close: None,
                paragraph: paragraph as usize,
                last_paragraph: paragraph as usize,
                family: MarkFamily::Dash,
            });
        }
    }

    /// The token ranges spoken from `start` to the paragraph's end `end`.
    fn segments(&self, start: usize, end: usize) -> Vec<Range<usize>> {
        let mut segments = Vec::new();
        let mut segment = start;
        let mut i = start;
        while i < end {
            if i > segment
                && self.after_boundary(i)
                && let Some(core) = self.attribution_at(i, end)
            {
                segments.push(segment..i);
                let (next, ending) = self.clause_end(core, end);
                match ending {
                    Ending::Stop => return segments,
                    Ending::Comma => {}
                    Ending::Sentence if self.narrates(next, end) => return segments,
                    Ending::Sentence => {}
                }
                segment = next;
                i = next;
                continue;
            }
            if self.ends_sentence(i, end)
                && self.attribution_at(i + 1, end).is_none()
                && self.narrates(i + 1, end)
            {
                segments.push(segment..i + 1);
                return segments;
            }
            i += 1;
        }
        if segment < end {
            segments.push(segment..end);
        }
        segments
    }

    /// True when token `i` follows punctuation after which an attribution may come.
    fn after_boundary(&self, i: usize) -> bool {
        matches!(self.word(i - 1), "," | "!" | "?" | "." | ";" | "…")
    }

    /// True when a sentence ends at token `i` (inside a paragraph ending before `end`).
    fn ends_sentence(&self, i: usize, end: usize) -> bool {
        let word = self.word(i);
        if !matches!(word, "." | "!" | "?" | "…") {
            return false;
        }
        if word == "." && i > 0 {
            let previous = self.tokens[i - 1];
            let with_period = &self.text[previous.start..self.tokens[i].end];
            let mut letters = previous.text(self.text).chars();
            let initial =
                letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none();
            if previous.end == self.tokens[i].start
                && (initial || self.lexicon.is_abbreviation(with_period))
            {
                return false;
            }
        }
        let next = i + 1;
        if next >= end {
            return true;
        }
        match self.tokens[next].kind {
            TokenKind::Word => self.is_capitalised(next, end),
            TokenKind::Number | TokenKind::Mark => true,
            TokenKind::Punct => self.dash_tokens(next, end) > 0,
        }
    }

    /// The end of an attribution starting at token `i` ("he said", "said Buck Mulligan",
    /// "Stephen answered"): the token after its verb or subject.
    fn attribution_at(&self, i: usize, end: usize) -> Option<usize> {
        let speech = |k: usize| k < end && self.flag(k, flags::SPEECH);
        // Verb first, in lowercase: said Buck Mulligan, said he.
        if speech(i)
            && self.is_lowercase(i, end)
            && let Some(subject) = self.subject_ends(i + 1, end).into_iter().next()
        {
            return Some(subject);
        }
        // A capitalised subject opens a sentence of its own ("Mulligan said."); in the present
        // tense ("He thinks you're right.") that sentence is still speech.
        let sentence_start =
            matches!(self.word(i - 1), "." | "!" | "?" | "…") && self.is_capitalised(i, end);
        for subject in self.subject_ends(i, end) {
            let k = self.skip_adverbs(subject, end);
            if speech(k)
                && self.is_lowercase(k, end)
                && (!sentence_start || self.ends_like_attribution(k, end))
            {
                return Some(k + 1);
            }
        }
        None
    }

    /// After a sentence-opening "Mulligan said", whether the sentence reads as a bare
    /// attribution: a past-tense verb followed by punctuation, an adverb or a preposition
    /// ("said with energy") rather than an object ("told him to wait", "He thinks so").
    fn ends_like_attribution(&self, verb: usize, end: usize) -> bool {
        let next = verb + 1;
        !self.word(verb).ends_with('s')
            && (next >= end
                || self.tokens[next].kind == TokenKind::Punct
                || self.word(next).ends_with("ly")
                || self.is_one_of(next, &["with", "in", "at", "as", "to", "without", "after"]))
    }

    /// The first token from `i` that is not an adverb in -ly (at most two are skipped).
    fn skip_adverbs(&self, i: usize, end: usize) -> usize {
        let mut k = i;
        while k < i + 2
            && k + 1 < end
            && self.flag(k, flags::FILLER)
            && self.word(k).ends_with("ly")
        {
            k += 1;
        }
        k
    }

    /// Where a speaking subject starting at `i` may end: a subject pronoun, a capitalised name
    /// of up to three words, or a determiner and up to two words ("the old man").
    fn subject_ends(&self, i: usize, end: usize) -> Vec<usize> {
        if !self.is_word(i, end) {
            return Vec::new();
        }
        if self.flag(i, flags::PRONOUN) {
            return if self.is_one_of(i, SUBJECTS) {
                vec![i + 1]
            } else {
                Vec::new()
            };
        }
        if self.flag(i, flags::DETERMINER) {
            return (i + 2..=i + 3)
                .take_while(|&k| self.is_lowercase(k - 1, end) && !self.flag(k - 1, flags::FILLER))
                .collect();
        }
        let run = self.name_run(i, end);
        (i + 1..=i + run).rev().collect()
    }

    /// The number of capitalised words from `i` that may form a name (up to three; pronouns,
    /// determiners and contractions such as "I'm" excluded).
    fn name_run(&self, i: usize, end: usize) -> usize {
        (i..end.min(i + 3))
            .take_while(|&k| {
                self.is_capitalised(k, end)
                    && !self.flag(k, flags::PRONOUN | flags::DETERMINER)
                    && !self.word(k).contains(['’', '\''])
            })
            .count()
    }

    /// Where the attribution clause whose core ends before `k` ends, and how.
    fn clause_end(&self, k: usize, end: usize) -> (usize, Ending) {
        for j in k..end.min(k + CLAUSE_LIMIT) {
            if self.ends_sentence(j, end) {
                return (j + 1, Ending::Sentence);
            }
            match self.word(j) {
                ":" => return (j + 1, Ending::Stop),
                "," if self.resumes_speech(j + 1, end) => return (j + 1, Ending::Comma),
                _ => {}
            }
        }
        (end, Ending::Stop)
    }

    /// After an attribution's comma, whether token `i` starts speech again rather than more
    /// narration ("shaking his head", "and went out").
    fn resumes_speech(&self, i: usize, end: usize) -> bool {
        if !self.is_word(i, end) {
            return false;
        }
        let word = self.word(i);
        !(word.ends_with("ing")
            || word.ends_with("ed")
            || self.flag(i, flags::FILLER)
            || self.is_one_of(i, NARRATION_LINKS))
    }

    /// True when the sentence starting at token `i` narrates: an optional opening phrase
    /// ("Solemnly", "Laughing again,"), a third-person subject and a past-tense verb, and no
    /// word of the first or second person, contraction, question or exclamation.
    fn narrates(&self, i: usize, end: usize) -> bool {
        if !self.is_word(i, end) {
            return false;
        }
        if self.introduces_dash_quote(i, end) {
            return true;
        }
        let Some((subject, described)) = self.narrative_subject(i, end) else {
            return false;
        };
        // A description may have an adjective before its noun: its verb is the second or
        // third word ("The sailors hurried", "The old sailor shouted").
        let first_verb = if described {
            subject.start + 2
        } else {
            subject.end
        };
        let narrated = (first_verb..=subject.end)
            .any(|end_of_subject| self.narrative_verb(&subject, end_of_subject, described, end));
        narrated && !self.speaks_in_sentence(i, end)
    }

    /// True when a past-tense verb (or, after a pronoun or given name, any verb not in the
    /// present tense) follows the subject `subject.start..end_of_subject`.
    fn narrative_verb(
        &self,
        subject: &Range<usize>,
        end_of_subject: usize,
        described: bool,
        end: usize,
    ) -> bool {
        let verb = self.skip_adverbs(end_of_subject, end);
        if !self.is_lowercase(verb, end)
            || self.flag(verb, flags::DETERMINER | flags::PRONOUN)
            || self.is_one_of(verb, NARRATION_LINKS)
        {
            return false;
        }
        let word = self.word(verb);
        let present = word.ends_with('s') && !self.is_one_of(verb, PAST_AUXILIARIES);
        if word.ends_with("ed")
            || self.is_one_of(verb, PAST_AUXILIARIES)
            || (self.flag(verb, flags::SPEECH) && !present)
        {
            return true;
        }
        let pronoun = subject.len() == 1 && self.flag(subject.start, flags::PRONOUN);
        let given_name = (subject.start..end_of_subject)
            .any(|k| self.lexicon.given_name(self.word(k)).is_some());
        (pronoun || given_name)
            && !described
            && !present
            && !self.is_one_of(verb, PRESENT_AUXILIARIES)
    }

    /// True when the sentence from `i` ends with a colon before a dash: it introduces the next
    /// quotation ("Then the others cried: — Come in!").
    fn introduces_dash_quote(&self, i: usize, end: usize) -> bool {
        (i..end.min(i + CLAUSE_LIMIT))
            .take_while(|&k| !self.ends_sentence(k, end))
            .any(|k| self.word(k) == ":" && self.dash_tokens(k + 1, end) > 0)
    }

    /// The subject of a narrating sentence starting at `i`, after an opening adverb or a
    /// participial phrase closed by a comma, and whether it is a description ("The players").
    fn narrative_subject(&self, i: usize, end: usize) -> Option<(Range<usize>, bool)> {
        let mut s = i;
        let first = self.word(i);
        let opener = self.flag(i, flags::FILLER) || first.ends_with("ing") || first.ends_with("ed");
        if opener {
            let comma = (i + 1..end.min(i + 8)).find(|&k| self.word(k) == ",");
            s = match comma {
                Some(c) => c + 1,
                None if self.flag(i, flags::FILLER) => i + 1,
                None => return None,
            };
        }
        if self.is_word(s, end) && self.flag(s, flags::PRONOUN) {
            return self
                .is_one_of(s, &["he", "she", "they"])
                .then_some((s..s + 1, false));
        }
        if self.is_capitalised(s, end) && self.flag(s, flags::DETERMINER) {
            let nouns = (s + 1..end.min(s + 3))
                .take_while(|&k| self.is_lowercase(k, end) && !self.flag(k, flags::FILLER))
                .count();
            return (nouns > 0).then_some((s..s + 1 + nouns, true));
        }
        let run = self.name_run(s, end);
        (run > 0).then_some((s..s + run, false))
    }

    /// True when the sentence from `i` has a word of the first or second person, a
    /// contraction, or ends with a question or exclamation mark: signs of speech.
    fn speaks_in_sentence(&self, i: usize, end: usize) -> bool {
        for k in i..end.min(i + CLAUSE_LIMIT) {
            let word = self.word(k);
            if self.ends_sentence(k, end) || word == ":" {
                return matches!(word, "!" | "?");
            }
            if self.tokens[k].kind != TokenKind::Word {
                continue;
            }
            if (word == "I" || self.is_one_of(k, &SPEAKING_PERSONS[1..])) || is_contraction(word) {
                return true;
            }
        }
        false
    }
}

/// "don’t", "I’m", "we’ll": a contraction (a possessive ’s is not one).
fn is_contraction(word: &str) -> bool {
    let Some(apostrophe) = word.rfind(['’', '\'']) else {
        return false;
    };
    let before = &word[..apostrophe];
    let after = &word[apostrophe + word[apostrophe..].chars().next().map_or(1, char::len_utf8)..];
    matches!(
        after,
        "re" | "m" | "ll" | "ve" | "d" | "RE" | "M" | "LL" | "VE" | "D"
    ) || (matches!(after, "t" | "T") && before.ends_with(['n', 'N']))
}

#[cfg(test)]
mod tests {
    use super::is_numbered_heading;
    use crate::analysis::context::Context;
    use crate::analysis::lexicon::Lexicon;
    use crate::document::{Article, Metadata};

    fn quotes(paragraphs: &[&str]) -> Vec<String> {
        let article =
            Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied());
        let ctx = Context::new(&article, Lexicon::get());
        ctx.quotes
            .iter()
            .map(|q| article.text()[q.quote.span.clone()].to_owned())
            .collect()
    }

    /// A story told in dash dialogue, with enough openings to be read that way.
    fn story(extra: &[&str]) -> Vec<String> {
        let mut paragraphs = vec![
            "— Good morning, Tessa said.",
            "— Morning. Is the boat ready?",
            "— Nearly.",
            "— Then we sail at noon.",
        ];
        paragraphs.extend_from_slice(extra);
        quotes(&paragraphs)[4..].to_vec()
    }

    #[test]
    fn dash_dialogue_ends_before_he_said() {
        assert_eq!(story(&["— Not yet! he said quietly."]), ["Not yet!"]);
    }

    #[test]
    fn dash_dialogue_goes_on_after_the_attribution() {
        assert_eq!(
            story(&["— Wait, Marco said. The tide is turning. You can hear it."]),
            ["Wait,", "The tide is turning. You can hear it."]
        );
    }

    #[test]
    fn dash_dialogue_stops_at_narration() {
        assert_eq!(
            story(&["— Pass me the rope. Marco picked it up and threw it across the deck."]),
            ["Pass me the rope."]
        );
        assert_eq!(
            story(&["— All aboard! All aboard! The sailors hurried along the quay."]),
            ["All aboard! All aboard!"]
        );
    }

    #[test]
    fn a_chapter_number_between_dashes_is_no_speech() {
        assert_eq!(
            story(&["— II — Marco came up the stairs and called: — Cast off! Then he went below."]),
            ["Cast off!"]
        );
        assert!(is_numbered_heading("— 12 — The night"));
        assert!(!is_numbered_heading("— I know — but wait."));
    }

    #[test]
    fn dash_dialogue_after_a_colon() {
        assert_eq!(
            story(&["The captain looked up and called: — Cast off! Then he went below."]),
            ["Cast off!"]
        );
    }

    #[test]
    fn dash_dialogue_keeps_present_tense_speech() {
        assert_eq!(
            story(&["— He knows the harbour. He thinks it is safe, Tessa said."]),
            ["He knows the harbour. He thinks it is safe,"]
        );
    }

    #[test]
    fn an_ellipsis_ends_a_dash_sentence() {
        assert_eq!(
            story(&["— Something is wrong with the engine... He shook his head slowly."]),
            ["Something is wrong with the engine..."]
        );
    }

    #[test]
    fn a_few_dashes_are_not_dialogue() {
        let found = quotes(&[
            "— A dash opens this line.",
            "Plain text.",
            "— And this one.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
