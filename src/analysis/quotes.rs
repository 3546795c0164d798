//! Finding quotations: spans between paired quotation marks.

use std::ops::Range;

use crate::document::Article;

use super::model::{Quote, QuoteKind};

/// A quotation mark pair: the opening mark and the marks that may close it.
const PAIRS: &[(char, &[char])] = &[
    ('“', &['”']),
    ('«', &['»']),
    ('„', &['“', '”']),
    ('»', &['«']),
];

/// Finds the spans between paired double quotation marks in every paragraph.
///
/// Curly (“…”), straight ("…"), guillemet («…») and low-high („…“) marks are recognised. A mark
/// left open at the end of its paragraph is dropped, so a stray mark never swallows the rest
/// of the article.
pub fn find_quotes(article: &Article) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for paragraph in article.paragraphs() {
        for span in paired_spans(&article.text()[paragraph.clone()]) {
            let span = paragraph.start + span.start..paragraph.start + span.end;
            quotes.push(Quote {
                kind: classify(&article.text()[span.clone()]),
                span,
                speaker: None,
                speaker_span: None,
                cue: None,
            });
        }
    }
    quotes
}

/// Byte ranges (relative to `text`) of the words between paired marks, marks excluded.
fn paired_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, &[char])> = None;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        match open {
            None => {
                if let Some((_, closers)) = PAIRS.iter().find(|(o, _)| *o == c) {
                    open = Some((i + c.len_utf8(), closers));
                } else if c == '"' && !previous.is_alphanumeric() {
                    open = Some((i + 1, &['"']));
                }
            }
            Some((start, closers)) => {
                if closers.contains(&c) {
                    if i > start {
                        spans.push(start..i);
                    }
                    open = None;
                }
            }
        }
        previous = c;
    }
    spans
}

/// A fragment without a sentence-ending or clause-ending mark is partial; the rest is direct.
fn classify(quoted: &str) -> QuoteKind {
    let words = quoted.split_whitespace().count();
    let ends_clause = quoted
        .trim_end()
        .ends_with(['.', ',', '?', '!', '…', '—', ':']);
    if words >= 6 || ends_clause {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn quotes_in(paragraphs: &[&str]) -> Vec<String> {
        let article =
            Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied());
        find_quotes(&article)
            .into_iter()
            .map(|q| article.text()[q.span].to_owned())
            .collect()
    }

    #[test]
    fn curly_quotes_are_found_without_their_marks() {
        assert_eq!(
            quotes_in(&["“We stay,” she said. “All of us.”"]),
            ["We stay,", "All of us."]
        );
    }

    #[test]
    fn straight_quotes_are_found() {
        assert_eq!(quotes_in(&["He said \"no way\" twice."]), ["no way"]);
    }

    #[test]
    fn guillemets_and_low_high_marks_are_found() {
        assert_eq!(
            quotes_in(&["«Oui», dit-il. „Ja“, sagte sie."]),
            ["Oui", "Ja"]
        );
    }

    #[test]
    fn an_unclosed_mark_does_not_cross_paragraphs() {
        assert_eq!(
            quotes_in(&["“Never closed", "Next “closed” one."]),
            ["closed"]
        );
    }

    #[test]
    fn short_fragments_are_partial_and_sentences_direct() {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            ["It was a “marriage of convenience” at best. “We are done here,” she said."],
        );
        let kinds: Vec<QuoteKind> = find_quotes(&article).iter().map(|q| q.kind).collect();
        assert_eq!(kinds, [QuoteKind::Partial, QuoteKind::Direct]);
    }
}
