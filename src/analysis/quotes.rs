//! Finding quotations: classifying every quotation-mark character (opening, closing,
//! apostrophe), pairing marks with a stack, and the news convention for quotes that run over
//! several paragraphs.

use std::ops::Range;

use crate::document::Article;

use super::lexicon::Lexicon;

mod dash;
pub use dash::find_dash_quotes;

/// The family a quotation mark belongs to; a quote closes only with a mark of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkFamily {
    /// “…”, „…“, "…"
    Double,
    /// ‘…’, ‚…‘, '…'
    Single,
    /// «…»
    Guillemet,
    /// ‹…›
    SingleGuillemet,
    /// — … (a dialogue dash, which has no closing mark)
    Dash,
}

/// A quotation found by its marks, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedQuote {
    /// Bytes between the opening and closing marks (the closing mark excluded; for a quote
    /// left open at the end of its paragraph, up to the end of the paragraph).
    pub span: Range<usize>,
    /// The opening mark's bytes.
    pub open: Range<usize>,
    /// The closing mark's bytes, if the quote was closed.
    pub close: Option<Range<usize>>,
    /// Index of the paragraph where the quote starts.
    pub paragraph: usize,
    /// Index of the paragraph where it ends (greater for multi-paragraph quotes).
    pub last_paragraph: usize,
    /// Which kind of marks enclose it.
    pub family: MarkFamily,
}

/// What one quotation-mark character does at its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(MarkFamily),
    Close(MarkFamily),
    /// A straight double quote whose role depends on whether one is open.
    Toggle,
    /// A closing single mark that may also be an apostrophe (students’ union, goin’ home).
    CloseOrApostrophe,
    /// Not a quotation mark here.
    Apostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    at: usize,
    len: usize,
    role: Role,
}

/// A mark waiting for its closing partner.
#[derive(Debug, Clone)]
struct OpenMark {
    family: MarkFamily,
    mark: Range<usize>,
    /// Where the quoted words start (just after the mark).
    start: usize,
    paragraph: usize,
}

impl OpenMark {
    fn into_quote(
        self,
        end: usize,
        close: Option<Range<usize>>,
        last_paragraph: usize,
    ) -> MarkedQuote {
        MarkedQuote {
            span: self.start..end,
            open: self.mark,
            close,
            paragraph: self.paragraph,
            last_paragraph,
            family: self.family,
        }
    }
}

/// Finds the outermost quotations of an article.
///
/// Nested quotations are part of the quote around them. A quote left open at the end of a
/// paragraph continues into the next paragraph when that paragraph opens with a mark of the
/// same family (the news convention); otherwise it ends with its paragraph, so a stray mark
/// never swallows the rest of the article.
pub fn find_marked_quotes(article: &Article, lexicon: &Lexicon) -> Vec<MarkedQuote> {
    let text = article.text();
    let paragraphs = article.paragraphs();
    let mut quotes = Vec::new();
    let mut carried: Option<OpenMark> = None;
    // One buffer of each for every paragraph: most paragraphs have a few marks or none.
    let mut candidates = Vec::new();
    let mut stack: Vec<OpenMark> = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        classify_marks(text, paragraph.clone(), lexicon, &mut candidates);
        stack.clear();
        let mut first = 0;
        if let Some(open) = carried.take() {
            let continues = candidates
                .first()
                .is_some_and(|c| c.at == paragraph.start && c.role == Role::Open(open.family));
            if continues {
                stack.push(open);
                first = 1;
            } else {
                let end = trim_end(text, open.start, paragraphs[index - 1].end);
                if end > open.start {
                    quotes.push(open.into_quote(end, None, index - 1));
                }
            }
        }
        for (i, candidate) in candidates.iter().enumerate().skip(first) {
            let mark = candidate.at..candidate.at + candidate.len;
            let opened = |family| OpenMark {
                family,
                mark: mark.clone(),
                start: mark.end,
                paragraph: index,
            };
            let closing_family = match candidate.role {
                Role::Apostrophe => None,
                Role::Open(family) => {
                    let top_same = stack.last().filter(|open| open.family == family);
                    match top_same {
                        // „Ja“ and ‚nein‘: after a low opening mark, the high mark closes.
                        Some(open) if text[open.mark.clone()].starts_with(['„', '‚']) => {
                            Some(family)
                        }
                        // The same family opened again while open is the continuation of one
                        // quote (a missing closing mark, or paragraphs run together).
                        Some(_) => None,
                        None => {
                            stack.push(opened(family));
                            None
                        }
                    }
                }
                Role::Toggle => {
                    if stack.iter().any(|open| open.family == MarkFamily::Double) {
                        Some(MarkFamily::Double)
                    } else {
                        stack.push(opened(MarkFamily::Double));
                        None
                    }
                }
                Role::Close(family) => Some(family),
                Role::CloseOrApostrophe => {
                    let single_open = stack.iter().any(|open| open.family == MarkFamily::Single);
                    // A later mark could close the quote instead, unless a single quote
                    // opens before it: ‘too frightened of losing shifts’ to complain. ‘If
                    // you made a fuss …’ (one single quote is never nested in another).
                    let later_close = candidates[i + 1..]
                        .iter()
                        .find(|c| {
                            matches!(
                                c.role,
                                Role::Open(MarkFamily::Single)
                                    | Role::Close(MarkFamily::Single)
                                    | Role::CloseOrApostrophe
                            )
                        })
                        .is_some_and(|c| c.role != Role::Open(MarkFamily::Single));
                    let apostrophe = later_close && ambiguous_apostrophe(text, mark.end);
                    (single_open && !apostrophe).then_some(MarkFamily::Single)
                }
            };
            let Some(family) = closing_family else {
                continue;
            };
            let Some(depth) = stack.iter().rposition(|open| open.family == family) else {
                continue; // a stray closing mark
            };
            let open = stack.swap_remove(depth);
            stack.truncate(depth);
            if stack.is_empty() && candidate.at > open.start {
                quotes.push(open.into_quote(candidate.at, Some(mark), index));
            }
        }
        carried = stack.first().cloned();
    }
    if let Some(open) = carried {
        let last = paragraphs.len() - 1;
        let end = trim_end(text, open.start, paragraphs[last].end);
        if end > open.start {
            quotes.push(open.into_quote(end, None, last));
        }
    }
    quotes
}

/// The end of `start..end` without trailing whitespace.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// True when the mark ending at `after` is followed by a space and a lowercase word, the
/// shape of an apostrophe (students’ union) more than of a closing quote.
fn ambiguous_apostrophe(text: &str, after: usize) -> bool {
    let mut rest = text[after..].chars();
    rest.next() == Some(' ') && rest.next().is_some_and(char::is_lowercase)
}

/// Classifies every quotation-mark character in a paragraph, into `candidates` (emptied
/// first).
fn classify_marks(
    text: &str,
    paragraph: Range<usize>,
    lexicon: &Lexicon,
    candidates: &mut Vec<Candidate>,
) {
    let body = &text[paragraph.clone()];
    candidates.clear();
    // Every quotation mark is `"`, `'` or starts with byte 0xC2 (« ») or 0xE2 (the rest):
    // other bytes are skipped without decoding.
    let mut from = 0;
    while let Some(offset) = next_mark_byte(body.as_bytes(), from) {
        from = offset + 1;
        let Some(c) = body[offset..].chars().next().filter(|&c| is_quote_char(c)) else {
            continue;
        };
        let before = body[..offset].chars().next_back();
        let after_text = &body[offset + c.len_utf8()..];
        let after = after_text.chars().next();
        let role = match c {
            '“' => Role::Open(MarkFamily::Double),
            '”' => Role::Close(MarkFamily::Double),
            '„' => Role::Open(MarkFamily::Double),
            '«' => Role::Open(MarkFamily::Guillemet),
            '»' => Role::Close(MarkFamily::Guillemet),
            '‹' => Role::Open(MarkFamily::SingleGuillemet),
            '›' => Role::Close(MarkFamily::SingleGuillemet),
            '‚' => Role::Open(MarkFamily::Single),
            '"' => straight_double_role(before, after),
            '‘' => {
                if starts_elision(after_text, lexicon) {
                    Role::Apostrophe
                } else {
                    Role::Open(MarkFamily::Single)
                }
            }
            '’' | '\'' => single_closer_role(c, before, after, after_text, lexicon),
            _ => continue,
        };
        candidates.push(Candidate {
            at: paragraph.start + offset,
            len: c.len_utf8(),
            role,
        });
    }
    mark_elision_pairs(candidates, text);
}

/// The offset of the first byte at or after `from` that may start a quotation mark: `"`,
/// `'`, 0xC2 or 0xE2. Eight bytes are tested at a time, as one integer.
fn next_mark_byte(bytes: &[u8], mut from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `word` equal to `byte` (and perhaps of bytes after it,
    // which is why only the lowest one is read).
    let equal_bytes = |word: u64, byte: u8| {
        let diff = word ^ (ONES * u64::from(byte));
        diff.wrapping_sub(ONES) & !diff & HIGH_BITS
    };
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let word = u64::from_le_bytes(eight);
        let hits = equal_bytes(word, b'"')
            | equal_bytes(word, b'\'')
            | equal_bytes(word, 0xC2)
            | equal_bytes(word, 0xE2);
        if hits != 0 {
            return Some(from + (hits.trailing_zeros() / 8) as usize);
        }
        from += 8;
    }
    bytes
        .get(from..)?
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
        .map(|p| from + p)
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‚' | '"' | '‘' | '’' | '\''
    )
}

/// A straight double quote opens after a space or opening punctuation and closes before one.
fn straight_double_role(before: Option<char>, after: Option<char>) -> Role {
    let space_before = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
    let space_after = after.is_none_or(|a| a.is_whitespace() || ".,;:!?)]}—–-".contains(a));
    match (space_before, space_after) {
        (true, false) => Role::Open(MarkFamily::Double),
        (false, true) => Role::Close(MarkFamily::Double),
        _ => Role::Toggle,
    }
}

/// A right single mark (’) or straight single quote: apostrophe inside words and in elisions
/// (don’t, ’90s, rock ’n’ roll), opening mark (straight only) at the start of a word, closing
/// mark otherwise.
fn single_closer_role(
    c: char,
    before: Option<char>,
    after: Option<char>,
    after_text: &str,
    lexicon: &Lexicon,
) -> Role {
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return Role::Apostrophe;
    }
    let word_start = before.is_none_or(|b| b.is_whitespace() || "([{—–-/\"“".contains(b));
    if word_start && letter_after {
        if starts_elision(after_text, lexicon) {
            return Role::Apostrophe;
        }
        return if c == '\'' {
            Role::Open(MarkFamily::Single)
        } else {
            Role::Apostrophe
        };
    }
    if letter_before {
        Role::CloseOrApostrophe
    } else if before.is_none_or(char::is_whitespace) {
        Role::Apostrophe
    } else {
        // After punctuation (“I think --’”, “stop!’”) it can only close.
        Role::Close(MarkFamily::Single)
    }
}

/// True when the text after an apostrophe-like mark is an elided word (’90s, ’tis, ’em, ’n’).
fn starts_elision(after_text: &str, lexicon: &Lexicon) -> bool {
    if after_text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    let end = after_text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after_text.len());
    let word = &after_text[..end];
    if word.is_empty() {
        return false;
    }
    if word.chars().any(char::is_uppercase) {
        lexicon.is_elision(&word.to_lowercase())
    } else {
        lexicon.is_elision(word)
    }
}

/// In “rock ’n’ roll” the mark after the `n` is an apostrophe too.
fn mark_elision_pairs(candidates: &mut [Candidate], text: &str) {
    for i in 1..candidates.len() {
        let (previous, current) = (candidates[i - 1], candidates[i]);
        if previous.role == Role::Apostrophe
            && current.at == previous.at + previous.len + 1
            && text[previous.at + previous.len..current.at]
                .chars()
                .all(char::is_alphabetic)
        {
            candidates[i].role = Role::Apostrophe;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn found(paragraphs: &[&str]) -> Vec<String> {
        let article =
            Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied());
        find_marked_quotes(&article, Lexicon::get())
            .into_iter()
            .map(|q| article.text()[q.span].to_owned())
            .collect()
    }

    #[test]
    fn mark_bytes_are_found_in_and_across_eight_byte_words() {
        let text = "ab'cdefgh“ijklmnop\"q«rstuvwxyz012345 6789 — end'";
        let naive: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2))
            .map(|(i, _)| i)
            .collect();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(offset) = next_mark_byte(text.as_bytes(), from) {
            found.push(offset);
            from = offset + 1;
        }
        assert_eq!(found, naive);
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(
            found(&["“We stay,” she said. “All of us.”"]),
            ["We stay,", "All of us."]
        );
    }

    #[test]
    fn straight_double_quotes() {
        assert_eq!(
            found(&["He said \"no way\" twice, and \"fine.\""]),
            ["no way", "fine."]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside_the_double_quote() {
        assert_eq!(
            found(&[
                "“My dad used to say, ‘The crane doesn’t care who you are.’ I still care,” he said."
            ]),
            ["My dad used to say, ‘The crane doesn’t care who you are.’ I still care,"]
        );
    }

    #[test]
    fn british_single_quotes_with_nested_doubles() {
        assert_eq!(
            found(&["‘Gran said, “Nobody owns the green,” and she was right,’ said Alan."]),
            ["Gran said, “Nobody owns the green,” and she was right,"]
        );
    }

    #[test]
    fn apostrophes_are_never_quote_marks() {
        let text = "The ’90s were loud. Don’t ask Putin’s aide about rock ’n’ roll at the students’ union at six o’clock.";
        assert!(found(&[text]).is_empty(), "{:?}", found(&[text]));
    }

    #[test]
    fn plural_possessive_inside_a_british_quote_is_not_its_end() {
        assert_eq!(
            found(&["‘It’s the villagers’ green, not a land bank,’ said Thorne."]),
            ["It’s the villagers’ green, not a land bank,"]
        );
    }

    #[test]
    fn a_plural_before_a_single_mark_closes_the_quote_when_another_opens_next() {
        assert_eq!(
            found(&[
                "She said staff had been ‘too frightened of losing shifts’ to complain. ‘If you made a fuss, you lost work,’ she said."
            ]),
            [
                "too frightened of losing shifts",
                "If you made a fuss, you lost work,"
            ]
        );
    }

    #[test]
    fn a_single_quote_closing_before_a_lowercase_word_still_closes_when_nothing_else_can() {
        assert_eq!(
            found(&["She called it ‘a land grab’ and left."]),
            ["a land grab"]
        );
    }

    #[test]
    fn straight_single_quotes_as_top_level_marks() {
        assert_eq!(
            found(&["'It's over,' said Tom. 'The '90s are gone.'"]),
            ["It's over,", "The '90s are gone."]
        );
    }

    #[test]
    fn a_single_mark_after_a_dash_closes() {
        assert_eq!(
            found(&["‘I think --’ (she said) ‘-- yes, that’s right?’"]),
            ["I think --", "-- yes, that’s right?"]
        );
    }

    #[test]
    fn guillemets_and_low_marks() {
        assert_eq!(
            found(&["«Oui», dit-il. „Ja“, sagte sie. ‚Nein‘."]),
            ["Oui", "Ja", "Nein"]
        );
    }

    #[test]
    fn multi_paragraph_quote_news_convention() {
        let quotes = found(&[
            "“The first part of it,",
            "“and the second part,” she said.",
            "After.",
        ]);
        assert_eq!(quotes, ["The first part of it,\n\n“and the second part,"]);
    }

    #[test]
    fn an_unclosed_quote_without_continuation_ends_with_its_paragraph() {
        assert_eq!(
            found(&["A stray “opening mark never closes.", "Plain text here."]),
            ["opening mark never closes."]
        );
    }

    #[test]
    fn a_stray_closing_mark_is_ignored() {
        assert_eq!(found(&["Nothing” here. Then “real one.”"]), ["real one."]);
    }

    #[test]
    fn inch_marks_after_digits_do_not_open_quotes() {
        assert_eq!(found(&["A 12\" screen and a \"real\" quote."]), ["real"]);
    }

    #[test]
    fn a_multi_paragraph_quote_records_both_paragraphs() {
        let article =
            Article::from_paragraphs("t", Metadata::default(), ["Intro.", "“One,", "“two.”"]);
        let quotes = find_marked_quotes(&article, Lexicon::get());
        assert_eq!((quotes[0].paragraph, quotes[0].last_paragraph), (1, 2));
    }
}
