//! Everything computed once per article that the attribution rules consult: tokens, sentences,
//! quotes, name mentions and entities, with lookups between them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::document::Article;

use super::entities::EntityTable;
use super::lexicon::Lexicon;
use super::names::{NameMention, find_names};
use super::quotes::{MarkedQuote, find_marked_quotes};
use super::tokens::{Sentences, Token, TokenKind, tokenize};

/// A quotation with the tokens of its marks.
#[derive(Debug, Clone)]
pub struct QuoteTokens {
    /// The quote as found by its marks.
    pub quote: MarkedQuote,
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, if closed.
    pub close: Option<usize>,
}

/// The analysed article.
pub struct Context<'a> {
    /// The article text.
    pub text: &'a str,
    /// The word lists.
    pub lexicon: &'a Lexicon,
    /// All tokens.
    pub tokens: Vec<Token>,
    /// For each token, whether it lies inside a quotation (its marks included).
    pub inside_quote: Vec<bool>,
    /// Writer's sentences (quotations kept whole).
    pub sentences: Sentences,
    /// Quotations found by their marks, in text order.
    pub quotes: Vec<QuoteTokens>,
    /// Proper-name mentions in text order.
    pub mentions: Vec<NameMention>,
    /// Mention index by the token where it starts (its title included).
    pub mention_starting_at: HashMap<usize, usize>,
    /// Mention index by the token where its name ends.
    pub mention_ending_at: HashMap<usize, usize>,
    /// Entities.
    pub table: EntityTable,
    /// People mentioned in the narrative, in text order (see [`super::coref`]).
    pub mentioned: Vec<super::coref::Mentioned>,
}

impl<'a> Context<'a> {
    /// Tokenises and finds quotes, names and entities.
    pub fn new(article: &'a Article, lexicon: &'a Lexicon) -> Context<'a> {
        let text = article.text();
        let tokens = tokenize(article);
        let marked = find_marked_quotes(article, lexicon);
        let (inside_quote, quotes) = locate_quotes(&tokens, marked);
        let sentences = Sentences::split(text, &tokens, &inside_quote, lexicon);
        let starts: HashSet<usize> = sentences.spans.iter().map(|s| s.start).collect();
        let mentions = find_names(text, &tokens, &starts, &inside_quote, lexicon);
        let mut mention_starting_at = HashMap::new();
        let mut mention_ending_at = HashMap::new();
        for (index, mention) in mentions.iter().enumerate() {
            let start = mention
                .title
                .as_ref()
                .map_or(mention.tokens.start, |t| t.start);
            mention_starting_at.entry(start).or_insert(index);
            mention_ending_at.insert(mention.tokens.end - 1, index);
        }
        let table = EntityTable::build(text, &tokens, &mentions, lexicon);
        let mut ctx = Context {
            text,
            lexicon,
            tokens,
            inside_quote,
            sentences,
            quotes,
            mentions,
            mention_starting_at,
            mention_ending_at,
            table,
            mentioned: Vec::new(),
        };
        ctx.note_roles();
        ctx.collect_mentioned();
        ctx
    }

    /// Records the role words of titles ("Professor", "Spokesperson") on their entities, so
    /// that "the professor" can find Professor Henrik Dahl.
    fn note_roles(&mut self) {
        for (index, mention) in self.mentions.iter().enumerate() {
            let Some(title) = &mention.title else {
                continue;
            };
            let id = self.table.mention_entity[index];
            for i in title.clone() {
                let word = self.tokens[i].text(self.text).to_lowercase();
                if self.lexicon.role_noun(&word).is_some()
                    && !self.table.drafts[id].roles.contains(&word)
                {
                    self.table.drafts[id].roles.push(word);
                }
            }
            if self.table.drafts[id].description.is_none() {
                let title_text = self.text[self.bytes(title.clone())]
                    .trim_end_matches('.')
                    .to_owned();
                if title_text.split_whitespace().count() > 1
                    || self.lexicon.role_noun(&title_text.to_lowercase()).is_some()
                {
                    self.table.drafts[id].description = Some(title_text);
                }
            }
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// The lowercase text of token `i` when it is a word.
    pub fn lower(&self, i: usize) -> Option<String> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(self.text).to_lowercase())
    }

    /// True when token `i` is a speech verb ("said", "told").
    pub fn is_speech_verb(&self, i: usize) -> bool {
        self.lower(i)
            .is_some_and(|w| self.lexicon.is_speech_verb(&w))
    }

    /// True when token `i` is a word allowed between a speaker and its verb.
    pub fn is_filler(&self, i: usize) -> bool {
        self.lower(i)
            .is_some_and(|w| self.lexicon.is_cue_filler(&w))
    }

    /// The paragraph of token `i`.
    pub fn paragraph(&self, i: usize) -> u32 {
        self.tokens[i].paragraph
    }

    /// The bytes from the start of token `a` to the end of token `b - 1`.
    pub fn bytes(&self, tokens: Range<usize>) -> Range<usize> {
        self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end
    }

    /// The entity (draft id) of mention `index`.
    pub fn entity_of_mention(&self, index: usize) -> usize {
        self.table.mention_entity[index]
    }
}

/// Marks which tokens are quoted and finds each quote's mark tokens.
fn locate_quotes(tokens: &[Token], marked: Vec<MarkedQuote>) -> (Vec<bool>, Vec<QuoteTokens>) {
    let mut inside = vec![false; tokens.len()];
    let mut located = Vec::with_capacity(marked.len());
    for quote in marked {
        let open = tokens.partition_point(|t| t.start < quote.open.start);
        let close = quote
            .close
            .as_ref()
            .map(|c| tokens.partition_point(|t| t.start < c.start))
            .filter(|&c| c < tokens.len());
        let last = close.unwrap_or_else(|| {
            tokens
                .partition_point(|t| t.start < quote.span.end)
                .saturating_sub(1)
        });
        for slot in inside.iter_mut().take(last + 1).skip(open) {
            *slot = true;
        }
        located.push(QuoteTokens { quote, open, close });
    }
    (inside, located)
}
