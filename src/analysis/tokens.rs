//! Splitting article text into tokens (words, numbers, punctuation, quotation marks) and
//! tokens into sentences.

use std::borrow::Cow;
use std::ops::Range;

use crate::document::Article;

use super::lexicon::Lexicon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with internal apostrophes, hyphens and acronym periods (don’t, forty-foot, U.S.).
    Word,
    /// Digits, with internal separators (1,200, 3.5, 6pm).
    Number,
    /// A quotation mark or an apostrophe standing alone.
    Mark,
    /// Any other punctuation character.
    Punct,
}

/// A token: a byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
    /// The paragraph it is in.
    pub paragraph: u32,
}

impl Token {
    /// The token's byte range.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‚' | '"' | '‘' | '’' | '\''
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'')
}

/// Tokenises every paragraph of an article.
///
/// ```
/// use byline::analysis::tokens::tokenize;
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Don’t,” said the U.S.-led group."]);
/// let words: Vec<&str> = tokenize(&article).iter().map(|t| t.text(article.text())).collect();
/// assert_eq!(words, ["“", "Don’t", ",", "”", "said", "the", "U.S.-led", "group", "."]);
/// ```
pub fn tokenize(article: &Article) -> Vec<Token> {
    let text = article.text();
    // Prose has a token in about every four and a half bytes; room for one in four spares
    // the copy of a reallocation.
    let mut tokens = Vec::with_capacity(text.len() / 4);
    for (index, paragraph) in article.paragraphs().iter().enumerate() {
        tokenize_into(text, paragraph.clone(), index as u32, &mut tokens);
    }
    tokens
}

fn tokenize_into(text: &str, range: Range<usize>, paragraph: u32, tokens: &mut Vec<Token>) {
    let body = &text[range.clone()];
    let bytes = body.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        // ASCII, the bulk of most text, is told apart by its byte alone.
        let (kind, end) = match byte {
            b' ' | b'\t'..=b'\r' => {
                i += 1;
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' => (TokenKind::Word, ascii_word_end(body, i)),
            b'0'..=b'9' => (TokenKind::Number, ascii_word_end(body, i)),
            b'"' | b'\'' => (TokenKind::Mark, i + 1),
            _ if byte.is_ascii() => (TokenKind::Punct, i + 1),
            _ => {
                let Some(c) = char_at(body, i) else {
                    break;
                };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                classify_non_ascii(body, i, c)
            }
        };
        tokens.push(Token {
            start: range.start + i,
            end: range.start + end,
            kind,
            paragraph,
        });
        // A single space, the commonest thing after a token, is stepped over here.
        i = if bytes.get(end) == Some(&b' ') {
            end + 1
        } else {
            end
        };
    }
}

/// The kind and end of the token starting with the non-ASCII, non-space character `c` at
/// byte `i`.
fn classify_non_ascii(body: &str, i: usize, c: char) -> (TokenKind, usize) {
    if is_alphanumeric(c) {
        let kind = if c.is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        (kind, word_end(body, i))
    } else if is_mark(c) {
        (TokenKind::Mark, i + c.len_utf8())
    } else {
        (TokenKind::Punct, i + c.len_utf8())
    }
}

/// `char::is_alphanumeric`, answered without the Unicode tables for the quotation marks and
/// dashes that stand next to most words of prose.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '’' | '‘' | '“' | '”' | '—' | '–') && c.is_alphanumeric()
    }
}

/// The character starting at byte `i`, decoded only when it is not ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        Some(byte as char)
    } else {
        text[i..].chars().next()
    }
}

/// The character ending at byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    let byte = *text.as_bytes().get(i.checked_sub(1)?)?;
    if byte.is_ascii() {
        Some(byte as char)
    } else {
        text[..i].chars().next_back()
    }
}

/// [`word_end`] for a word starting with an ASCII letter or digit, inlined for the commonest
/// words: ASCII letters and digits ended by a space or other ASCII character but a joiner.
#[inline(always)]
fn ascii_word_end(body: &str, start: usize) -> usize {
    let bytes = body.as_bytes();
    let mut i = start + 1;
    while bytes
        .get(i)
        .is_some_and(|&b| ASCII_ALPHANUMERIC[usize::from(b)])
    {
        i += 1;
    }
    match bytes.get(i) {
        None => i,
        Some(b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',') => i,
        _ => word_end_from(body, start, i),
    }
}

/// The byte index just past the word starting at `start`: alphanumerics joined by single
/// internal apostrophes, hyphens, periods (U.S., 3.5) and commas between digits (1,200).
fn word_end(body: &str, start: usize) -> usize {
    word_end_from(
        body,
        start,
        start + char_at(body, start).map_or(1, char::len_utf8),
    )
}

/// [`word_end`] with the word known to go on to byte `i` at least.
fn word_end_from(body: &str, start: usize, mut i: usize) -> usize {
    let bytes = body.as_bytes();
    loop {
        // ASCII letters and digits, the bulk of most words, a byte at a time.
        let rest = bytes.get(i..).unwrap_or_default();
        i += rest
            .iter()
            .position(|&b| !ASCII_ALPHANUMERIC[usize::from(b)])
            .unwrap_or(rest.len());
        // Any other ASCII character but the joiners ends the word: a space, most often.
        match bytes.get(i) {
            None => return i,
            Some(b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',') => return i,
            _ if ends_at_punctuation(bytes, i) => return i,
            _ => match word_goes_on(body, start, i) {
                Some(next) => i = next,
                None => return i,
            },
        }
    }
}

/// The commonest ways a word ends without [`word_goes_on`] having to decode anything: at a
/// comma or period with no letter or digit after it, after two letters or digits (so it is
/// no initial: "said.", "day,"), and at a closing double quotation mark or a dash.
fn ends_at_punctuation(bytes: &[u8], i: usize) -> bool {
    let next_is_not_alphanumeric = || {
        bytes
            .get(i + 1)
            .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
    };
    let two_before_alphanumeric =
        || i >= 2 && bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 2].is_ascii_alphanumeric();
    match bytes[i] {
        b',' | b'.' => next_is_not_alphanumeric() && two_before_alphanumeric(),
        _ => bytes[i..].starts_with("”".as_bytes()) || bytes[i..].starts_with("—".as_bytes()),
    }
}

/// Whether the word starting at `start` goes on past the joiner or non-ASCII character at
/// byte `i`: the byte where it goes on, or None when it ends at `i`. Kept out of
/// [`word_end`], whose common path it would slow down.
#[inline(never)]
fn word_goes_on(body: &str, start: usize, i: usize) -> Option<usize> {
    let c = char_at(body, i)?;
    if is_alphanumeric(c) {
        return Some(i + c.len_utf8());
    }
    // Only these join the parts of a word; any other character ends it.
    if !(is_apostrophe(c) || matches!(c, '-' | '‑' | '.' | ',')) {
        return None;
    }
    let next = char_at(body, i + c.len_utf8());
    let next_alnum = next.is_some_and(is_alphanumeric);
    let prev = char_before(body, i).unwrap_or(' ');
    let joins = match c {
        _ if is_apostrophe(c) => next_alnum && prev.is_alphabetic(),
        '-' | '‑' => next_alnum,
        // U.S., a.m. and the trailing period of such acronyms; decimals 3.5.
        '.' => {
            let single = is_single_letter(body, i);
            (next_alnum && (prev.is_numeric() || single))
                || (single && is_acronym_so_far(body, start, i))
        }
        ',' => prev.is_numeric() && next.is_some_and(char::is_numeric),
        _ => false,
    };
    joins.then(|| i + c.len_utf8())
}

/// For each byte value, whether it is an ASCII letter or digit (one load instead of range
/// tests, in the innermost loop of the tokenizer).
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// True when the character before the period at `dot` is a single letter (preceded by a
/// non-alphanumeric character or nothing).
fn is_single_letter(body: &str, dot: usize) -> bool {
    let Some(letter) = char_before(body, dot) else {
        return false;
    };
    letter.is_alphabetic()
        && char_before(body, dot - letter.len_utf8()).is_none_or(|c| !c.is_alphanumeric())
}

/// True when the word from `start` to `dot` has the shape X.Y (so a final period belongs to it).
fn is_acronym_so_far(body: &str, start: usize, dot: usize) -> bool {
    let first = char_at(body, start).map_or(1, char::len_utf8);
    dot >= start + first + 2 && char_at(body, start + first) == Some('.')
}

/// The distinct words of an article, so that each is looked up in the word lists once
/// rather than at every occurrence.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary<'a> {
    /// For each token, the index of its word in `words` (`u32::MAX` for non-words).
    pub ids: Vec<u32>,
    /// The distinct word texts.
    pub words: Vec<&'a str>,
    /// Each distinct word in lowercase (borrowed when it has no capitals), by index.
    pub lowercase: Vec<Cow<'a, str>>,
}

impl<'a> Vocabulary<'a> {
    /// Not a word.
    pub const NONE: u32 = u32::MAX;

    /// Interns the text of every word token.
    ///
    /// Most words are short enough to be packed into an integer key ([`packed_word`]), which
    /// the table compares without reaching back into the text for the word's first
    /// occurrence; longer words are keyed by their text.
    pub fn build(text: &'a str, tokens: &[Token]) -> Vocabulary<'a> {
        // A novel uses one distinct word in about thirty tokens; a news article more.
        let mut short_index = PackedWords::with_room(tokens.len() / 16);
        let mut long_index: rustc_hash::FxHashMap<&'a str, u32> = rustc_hash::FxHashMap::default();
        let mut words = Vec::new();
        let mut intern = |word: &'a str| {
            words.push(word);
            (words.len() - 1) as u32
        };
        let ids = tokens
            .iter()
            .map(|token| {
                if token.kind != TokenKind::Word {
                    return Self::NONE;
                }
                // The word's text is sliced only for a word not seen before (or a long one).
                match packed_word(text.as_bytes(), token) {
                    Some(key) => short_index.id_or_insert(key, || intern(token.text(text))),
                    None => *long_index
                        .entry(token.text(text))
                        .or_insert_with(|| intern(token.text(text))),
                }
            })
            .collect();
        let lowercase = words.iter().map(|word| lowercase(word)).collect();
        Vocabulary {
            ids,
            words,
            lowercase,
        }
    }

    /// The lowercase form of token `i`'s word; None when the token is not a word.
    pub fn lowercase_of(&self, i: usize) -> Option<&str> {
        let id = *self.ids.get(i)?;
        (id != Self::NONE).then(|| self.lowercase[id as usize].as_ref())
    }

    /// Computes `f` once per distinct word and spreads the results over the tokens
    /// (`default` for non-words).
    pub fn per_token<T: Copy>(&self, default: T, f: impl Fn(&'a str) -> T) -> Vec<T> {
        let by_word: Vec<T> = self.words.iter().map(|w| f(w)).collect();
        self.spread(&by_word, default)
    }

    /// Spreads values computed per distinct word (`by_word`, by index) over the tokens
    /// (`default` for non-words).
    pub fn spread<T: Copy>(&self, by_word: &[T], default: T) -> Vec<T> {
        self.ids
            .iter()
            .map(|&id| {
                if id == Self::NONE {
                    default
                } else {
                    by_word[id as usize]
                }
            })
            .collect()
    }
}

/// The ids of the words short enough to be packed ([`packed_word`]): an open-addressing
/// table with linear probing, cheaper for the one lookup per word token than a general hash
/// map, as a packed word is compared in two instructions and most are found in their first
/// slot.
struct PackedWords {
    /// Key and id per slot; a key of 0 marks an empty slot (a packed word's length byte is
    /// never 0). The slot count is a power of two.
    slots: Vec<(u128, u32)>,
    /// Keys held.
    len: usize,
}

impl PackedWords {
    /// A table with room for `words` keys before it grows.
    fn with_room(words: usize) -> PackedWords {
        let count = (2 * words).next_power_of_two().max(64);
        PackedWords {
            slots: vec![(0, 0); count],
            len: 0,
        }
    }

    /// The slot where probing for `key` starts, in a table of `count` slots.
    fn home(key: u128, count: usize) -> usize {
        let mixed = ((key as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (key >> 64) as u64)
            .wrapping_mul(0xD6E8_FEB8_6659_FD93);
        (mixed >> (64 - count.trailing_zeros())) as usize
    }

    /// The id of `key`, inserting the one `intern` gives when the key is new.
    fn id_or_insert(&mut self, key: u128, intern: impl FnOnce() -> u32) -> u32 {
        let mask = self.slots.len() - 1;
        let mut slot = Self::home(key, self.slots.len());
        loop {
            let (held, id) = self.slots[slot];
            if held == key {
                return id;
            }
            if held == 0 {
                let id = intern();
                self.slots[slot] = (key, id);
                self.len += 1;
                // At most half full, so that probes stay short.
                if 2 * self.len > self.slots.len() {
                    self.grow();
                }
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Doubles the slot count and puts every key back.
    fn grow(&mut self) {
        let count = 2 * self.slots.len();
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); count]);
        for (key, id) in old.into_iter().filter(|&(key, _)| key != 0) {
            let mut slot = Self::home(key, count);
            while self.slots[slot].0 != 0 {
                slot = (slot + 1) & (count - 1);
            }
            self.slots[slot] = (key, id);
        }
    }
}

/// True when `word` ends with a possessive "’s" or "'s" ("Putin’s").
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// `word.to_lowercase()`, borrowed when that changes nothing.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Cow::Borrowed(word);
    }
    let lower = word.to_lowercase();
    if lower == word {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(lower)
    }
}

/// The word of `token`, when it has at most 15 bytes, packed into an integer: its bytes, then
/// its length in the last byte (so that no two words share a key). None for longer words.
///
/// The sixteen bytes from the word's start are read from the text in one load and the bytes
/// past the word masked off, which is cheaper than copying the word into a buffer.
fn packed_word(text: &[u8], token: &Token) -> Option<u128> {
    let len = token.end - token.start;
    if len > 15 {
        return None;
    }
    let window: [u8; 16] = match text.get(token.start..token.start + 16) {
        Some(window) => window.try_into().ok()?,
        None => {
            let mut padded = [0u8; 16];
            padded[..len].copy_from_slice(&text[token.start..token.end]);
            padded
        }
    };
    let word_bits = u128::from_le_bytes(window) & WORD_MASKS[len];
    Some(word_bits | ((len as u128) << 120))
}

/// For each length up to 15, the mask keeping that many low bytes of a packed word (a load
/// instead of a shift of a 128-bit integer).
const WORD_MASKS: [u128; 16] = {
    let mut masks = [0u128; 16];
    let mut len = 0;
    while len < 16 {
        masks[len] = (1u128 << (len * 8)) - 1;
        len += 1;
    }
    masks
};

/// Sentence boundaries: for each token, the index of the sentence it belongs to, and for each
/// sentence its token range. Boundaries inside quotations (other than at their end) are not
/// used, so a quotation stays within the writer's sentence around it.
#[derive(Debug, Clone, Default)]
pub struct Sentences {
    /// Token ranges of the sentences, in order.
    pub spans: Vec<Range<usize>>,
    /// For each token, its sentence.
    pub of_token: Vec<u32>,
}

impl Sentences {
    /// Splits tokens into sentences at `.`, `!`, `?`, `…` followed by a capital or an opening
    /// mark, and at paragraph ends. `inside_quote[i]` tells whether token `i` is quoted.
    pub fn split(
        text: &str,
        tokens: &[Token],
        inside_quote: &[bool],
        lexicon: &Lexicon,
    ) -> Sentences {
        let mut spans = Vec::new();
        let mut start = 0;
        for i in 0..tokens.len() {
            let last_of_paragraph = tokens
                .get(i + 1)
                .is_none_or(|n| n.paragraph != tokens[i].paragraph);
            if last_of_paragraph || ends_sentence(text, tokens, inside_quote, i, lexicon) {
                spans.push(start..i + 1);
                start = i + 1;
            }
        }
        // The spans cover every token in order, so each sentence's index is written once
        // per token, with no zeroing first.
        let mut of_token = Vec::with_capacity(tokens.len());
        for (index, span) in spans.iter().enumerate() {
            of_token.extend(std::iter::repeat_n(index as u32, span.len()));
        }
        Sentences { spans, of_token }
    }

    /// For each of `len` tokens, whether a sentence starts there.
    pub fn start_flags(&self, len: usize) -> Vec<bool> {
        let mut flags = vec![false; len];
        for span in &self.spans {
            if let Some(flag) = flags.get_mut(span.start) {
                *flag = true;
            }
        }
        flags
    }

    /// The token range of the sentence holding token `i`.
    pub fn of(&self, i: usize) -> Range<usize> {
        self.spans[self.of_token[i] as usize].clone()
    }
}

fn ends_sentence(
    text: &str,
    tokens: &[Token],
    inside_quote: &[bool],
    i: usize,
    lexicon: &Lexicon,
) -> bool {
    let token = tokens[i];
    // Only punctuation and marks end sentences.
    if matches!(token.kind, TokenKind::Word | TokenKind::Number) {
        return false;
    }
    let t = token.text(text);
    // A closing mark ends the sentence when the quote ended with one.
    let terminal = if token.kind == TokenKind::Mark {
        !inside_quote.get(i + 1).copied().unwrap_or(false)
            && inside_quote[i]
            && i > 0
            && matches!(tokens[i - 1].text(text), "." | "!" | "?" | "…")
    } else {
        !inside_quote[i] && matches!(t, "." | "!" | "?" | "…")
    };
    if !terminal {
        return false;
    }
    if t == "." && i > 0 {
        let previous = tokens[i - 1];
        let word = &text[previous.start..token.end];
        // "and so have I. Every penny …": the pronoun after a lowercase word is no initial.
        let pronoun_i = previous.text(text) == "I"
            && i >= 2
            && tokens[i - 2].kind == TokenKind::Word
            && tokens[i - 2]
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if previous.end == token.start
            && (lexicon.is_abbreviation(word) || (is_initial(previous.text(text)) && !pronoun_i))
        {
            return false;
        }
    }
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    if next.paragraph != token.paragraph {
        return true;
    }
    let next_text = next.text(text);
    match next.kind {
        TokenKind::Mark => !matches!(next_text, "”" | "’" | "»" | "›"),
        TokenKind::Word => next_text.chars().next().is_some_and(char::is_uppercase),
        TokenKind::Number => true,
        TokenKind::Punct => matches!(next_text, "(" | "[" | "—" | "–"),
    }
}

/// A single capital letter, as in the initials of "J. R. Smith".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn words(text: &str) -> Vec<String> {
        let article = Article::from_paragraphs("t", Metadata::default(), [text]);
        tokenize(&article)
            .iter()
            .map(|t| t.text(article.text()).to_owned())
            .collect()
    }

    #[test]
    fn apostrophes_inside_words_stay_in_the_word() {
        assert_eq!(
            words("Ruiz’s O'Brien don’t"),
            ["Ruiz’s", "O'Brien", "don’t"]
        );
    }

    #[test]
    fn trailing_and_leading_apostrophes_are_marks() {
        assert_eq!(
            words("students’ union ’90s"),
            ["students", "’", "union", "’", "90s"]
        );
    }

    #[test]
    fn acronyms_keep_their_periods() {
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("at 6 a.m. today"), ["at", "6", "a.m.", "today"]);
        assert_eq!(words("Mr. Smith"), ["Mr", ".", "Smith"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            words("$1,200.50 and 3.5%"),
            ["$", "1,200.50", "and", "3.5", "%"]
        );
    }

    #[test]
    fn hyphenated_compounds_are_one_word() {
        assert_eq!(
            words("Russia-China U.S.-led forty-foot"),
            ["Russia-China", "U.S.-led", "forty-foot"]
        );
    }

    fn sentences(text: &str) -> Vec<String> {
        let article = Article::from_paragraphs("t", Metadata::default(), text.split("\n\n"));
        let tokens = tokenize(&article);
        let inside = vec![false; tokens.len()];
        let split = Sentences::split(article.text(), &tokens, &inside, Lexicon::get());
        split
            .spans
            .iter()
            .map(|s| article.text()[tokens[s.start].start..tokens[s.end - 1].end].to_owned())
            .collect()
    }

    #[test]
    fn sentences_split_at_terminal_punctuation_before_capitals() {
        assert_eq!(
            sentences("One here. Two there! Three? yes."),
            ["One here.", "Two there!", "Three? yes."]
        );
    }

    #[test]
    fn the_pronoun_i_before_a_period_ends_a_sentence() {
        assert_eq!(
            sentences("And so have I. Every penny counts."),
            ["And so have I.", "Every penny counts."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Dr. J. R. Jones in the U.S. Then left."),
            ["Mr. Smith met Dr. J. R. Jones in the U.S. Then left."]
        );
    }

    #[test]
    fn paragraphs_end_sentences() {
        assert_eq!(sentences("No stop\n\nNext"), ["No stop", "Next"]);
    }

    #[test]
    fn the_vocabulary_gives_a_word_one_id_through_every_growth_of_its_table() {
        // Far more distinct words than the table first has room for, each seen twice.
        let words: Vec<String> = (0..2000).map(|n| format!("w{n}")).collect();
        let text = format!(
            "{} {} Longerthanfifteenbytes",
            words.join(" "),
            words.join(" ")
        );
        let article = Article::from_paragraphs("t", Metadata::default(), [text.as_str()]);
        let tokens = tokenize(&article);
        let vocabulary = Vocabulary::build(article.text(), &tokens);
        assert_eq!(vocabulary.words.len(), 2001);
        for (n, word) in words.iter().enumerate() {
            assert_eq!(vocabulary.ids[n], n as u32);
            assert_eq!(vocabulary.ids[n + 2000], n as u32);
            assert_eq!(vocabulary.words[n], word);
        }
    }
}
