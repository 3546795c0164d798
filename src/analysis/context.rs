//! Everything computed once per article that the attribution rules consult: tokens, sentences,
//! quotes, name mentions and entities, with lookups between them.

use std::ops::Range;

use crate::document::Article;

use super::entities::EntityTable;
use super::lexicon::{Gender, Lexicon, flags};
use super::names::{NameMention, find_names};
use super::quotes::{MarkFamily, MarkedQuote, find_dash_quotes, find_marked_quotes};
use super::tokens::{Sentences, Token, TokenKind, Vocabulary, lowercase, tokenize};

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
    pub mention_starting_at: TokenMap,
    /// Mention index by the token where its name ends.
    pub mention_ending_at: TokenMap,
    /// Entities.
    pub table: EntityTable,
    /// People mentioned in the narrative, in text order (see [`super::coref`]).
    pub mentioned: Vec<super::coref::Mentioned>,
    /// Per token: its [`super::lexicon::flags`], looked up once.
    word_class: Vec<u8>,
    /// The distinct words, with their lowercase forms.
    vocabulary: Vocabulary<'a>,
    /// Speakers already attributed, at their quotes, in text order.
    pub speakers_heard: Vec<super::coref::Mentioned>,
    /// Quotes whose cue names someone unnamed among others ("said one", "said another"):
    /// characters in fiction, anonymous sources in a report.
    pub unnamed_among_others: Vec<usize>,
}

impl<'a> Context<'a> {
    /// Tokenises and finds quotes, names and entities.
    pub fn new(article: &'a Article, lexicon: &'a Lexicon) -> Context<'a> {
        let text = article.text();
        let tokens = tokenize(article);
        let vocabulary = Vocabulary::build(text, &tokens);
        let mut word_class = classify_words(&vocabulary, lexicon);
        mark_phrasal_speech_verbs(text, &tokens, &vocabulary, lexicon, &mut word_class);
        let mut marked = find_marked_quotes(article, lexicon);
        let dashed = find_dash_quotes(
            text,
            article.paragraphs(),
            &tokens,
            &word_class,
            &marked,
            lexicon,
        );
        let has_dashes = !dashed.is_empty();
        if has_dashes {
            marked = merge_quotes(marked, dashed);
        }
        let (inside_quote, quotes) = locate_quotes(&tokens, marked);
        let sentences = if has_dashes {
            let open_ended = sentence_breaks_after_dash_quotes(&tokens, &inside_quote, &quotes);
            Sentences::split(text, &tokens, &open_ended, lexicon)
        } else {
            Sentences::split(text, &tokens, &inside_quote, lexicon)
        };
        let starts = sentences.start_flags(tokens.len());
        let mentions = find_names(text, &tokens, &vocabulary, &starts, &inside_quote, lexicon);
        let mut mention_starting_at = TokenMap::new(tokens.len());
        let mut mention_ending_at = TokenMap::new(tokens.len());
        for (index, mention) in mentions.iter().enumerate() {
            let start = mention
                .title
                .as_ref()
                .map_or(mention.tokens.start, |t| t.start);
            // A titled person wins over the organisation named in the title, which starts at
            // the same token: "UPPW General Secretary Colm Fennessy" is Fennessy's phrase.
            if mention.title.is_some() {
                mention_starting_at.set(start, index);
            } else {
                mention_starting_at.set_if_empty(start, index);
            }
            mention_ending_at.set(mention.tokens.end - 1, index);
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
            speakers_heard: Vec::new(),
            unnamed_among_others: Vec::new(),
            word_class,
            vocabulary,
        };
        ctx.note_roles();
        ctx.infer_genders();
        ctx.collect_mentioned();
        ctx
    }

    /// Records the role words of titles ("Professor", "Spokesperson") and of appositives
    /// ("Lin Meihua, a senior fellow at …"; "its special envoy, Ahn Seo-jin,") on their
    /// entities, so that "the professor" can find Professor Henrik Dahl and "the envoy" Ahn.
    fn note_roles(&mut self) {
        for (index, mention) in self.mentions.iter().enumerate() {
            if !mention.quoted {
                let id = self.table.mention_entity[index];
                for role in self.appositive_roles(mention) {
                    let roles = &mut self.table.drafts[id].roles;
                    if !roles.contains(&role) {
                        roles.push(role);
                    }
                }
            }
            let Some(title) = &mention.title else {
                continue;
            };
            let id = self.table.mention_entity[index];
            for i in title.clone() {
                let word = match self.vocabulary.lowercase_of(i) {
                    Some(lower) => std::borrow::Cow::Borrowed(lower),
                    None => super::tokens::lowercase(self.tokens[i].text(self.text)),
                };
                let roles = &mut self.table.drafts[id].roles;
                if self.lexicon.role_noun(&word).is_some() && !roles.iter().any(|r| *r == word) {
                    roles.push(word.into_owned());
                }
            }
            if self.table.drafts[id].description.is_none() {
                let title_text = self.text[self.bytes(title.clone())]
                    .trim_end_matches('.')
                    .to_owned();
                if title_text.split_whitespace().count() > 1
                    || self.lexicon.role_noun(&lowercase(&title_text)).is_some()
                {
                    self.table.drafts[id].description = Some(title_text);
                }
            }
        }
    }

    /// The role nouns of the appositive after a mention ("Lin Meihua, a senior fellow at the
    /// centre," gives "fellow"), and of a description right before it and its comma ("its
    /// special envoy, Ahn Seo-jin"): the words before the description's first preposition.
    fn appositive_roles(&self, mention: &NameMention) -> Vec<String> {
        let mut roles = Vec::new();
        let is_role = |word: &str| self.lexicon.role_noun(word).is_some();
        // Only worth reading when a role noun stands just after the comma.
        let comma = mention.tokens.end;
        if self.text[mention.span.end..].starts_with(',')
            && (comma + 1..comma + 1 + APPOSED_ROLE_REACH).any(|i| self.has_flag(i, flags::ROLE))
            && let Some(description) =
                super::appositives::appositive_after(self.text, mention.span.clone(), self.lexicon)
        {
            roles.extend(
                description
                    .split_whitespace()
                    .take_while(|w| !matches!(*w, "of" | "at" | "for" | "in" | "with" | "from"))
                    .map(str::to_lowercase)
                    .filter(|w| is_role(w)),
            );
        }
        let start = mention
            .title
            .as_ref()
            .map_or(mention.tokens.start, |t| t.start);
        // "Council leader Sian Roderick", "Gulls coach Tom Harkless": a lowercase role noun
        // written as a title.
        if start >= 1 && self.has_flag(start - 1, flags::ROLE) {
            let word = self.tokens[start - 1].text(self.text);
            if word.chars().next().is_some_and(char::is_lowercase) && is_role(word) {
                roles.push(word.to_owned());
            }
        }
        if start >= 2 && self.tokens[start - 1].text(self.text) == "," {
            let before = start - 1;
            let words = (before.saturating_sub(APPOSED_ROLE_WORDS)..before)
                .rev()
                .take_while(|&i| {
                    let word = self.tokens[i].text(self.text);
                    self.tokens[i].kind == TokenKind::Word
                        && word.chars().next().is_some_and(char::is_lowercase)
                });
            // The head noun stands last: "its special envoy", "the club's captain".
            if let Some(last) = words.into_iter().next() {
                let word = self.tokens[last].text(self.text);
                if is_role(word) {
                    roles.push(word.to_owned());
                }
            }
        }
        roles
    }

    /// Gives a gender to people whose names do not tell it, from the pronouns that follow
    /// their mentions in the narrative ("Montraville turned; his face fell" -> male): the
    /// first personal pronoun or possessive within [`GENDER_WINDOW`] tokens of the sentence,
    /// counted over every mention, decides when one gender wins.
    fn infer_genders(&mut self) {
        let mut votes: Vec<(u16, u16)> = vec![(0, 0); self.table.drafts.len()];
        for (index, mention) in self.mentions.iter().enumerate() {
            if mention.quoted {
                continue;
            }
            let id = self.table.mention_entity[index];
            if self.table.drafts[id].gender != Gender::Unknown {
                continue;
            }
            let end = mention.tokens.end;
            let limit = (end + GENDER_WINDOW).min(self.tokens.len());
            // A pronoun right after the name starts another clause about someone else:
            // "To Sherlock Holmes she is always the woman".
            let pronoun = (end..limit)
                .take_while(|&i| {
                    !self.inside_quote[i] && self.paragraph(i) == self.paragraph(end - 1)
                })
                .filter(|&i| i > end && self.has_flag(i, flags::PRONOUN | flags::DETERMINER))
                .find_map(|i| personal_gender(self.word(i)));
            match pronoun {
                Some(Gender::Male) => votes[id].0 += 1,
                Some(Gender::Female) => votes[id].1 += 1,
                _ => {}
            }
        }
        for (id, (male, female)) in votes.into_iter().enumerate() {
            let gender = if male >= female + GENDER_MARGIN {
                Gender::Male
            } else if female >= male + GENDER_MARGIN {
                Gender::Female
            } else {
                continue;
            };
            self.table.drafts[id].gender = gender;
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// True when token `i` is punctuation other than a quotation mark: a cheap test to make
    /// before comparing its text with a comma or a dash, as most tokens are words.
    pub fn is_punctuation(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
    }

    /// The lowercase text of token `i` when it is a word.
    pub fn lower(&self, i: usize) -> Option<&str> {
        self.vocabulary.lowercase_of(i)
    }

    /// The id of token `i`'s word among the article's distinct words, when it is a word: an
    /// index into [`Context::lowercase_words_where`]'s answer.
    pub fn word_id(&self, i: usize) -> Option<usize> {
        self.vocabulary
            .ids
            .get(i)
            .filter(|&&id| id != Vocabulary::NONE)
            .map(|&id| id as usize)
    }

    /// For each of the article's distinct words (by [`Context::word_id`]), whether `f` holds
    /// for its lowercase form: a word test made once per word rather than once per token.
    pub fn lowercase_words_where(&self, f: impl Fn(&str) -> bool) -> Vec<bool> {
        self.vocabulary.lowercase.iter().map(|w| f(w)).collect()
    }

    /// The lowercase text of token `i`, whatever its kind.
    pub fn lowercase_text(&self, i: usize) -> std::borrow::Cow<'_, str> {
        match self.lower(i) {
            Some(lower) => std::borrow::Cow::Borrowed(lower),
            None => super::tokens::lowercase(self.word(i)),
        }
    }

    /// True when token `i` has the lexicon flag `flag`.
    pub fn has_flag(&self, i: usize, flag: u8) -> bool {
        self.word_class.get(i).is_some_and(|c| c & flag != 0)
    }

    /// True when any token in `tokens` has the lexicon flag `flag` ([`Context::has_flag`] over
    /// the range, in one scan of the flags; tokens past the end have none).
    pub fn any_has_flag(&self, tokens: Range<usize>, flag: u8) -> bool {
        let end = tokens.end.min(self.word_class.len());
        let start = tokens.start.min(end);
        self.word_class[start..end].iter().any(|c| c & flag != 0)
    }

    /// True when token `i` is a speech verb ("said", "told").
    pub fn is_speech_verb(&self, i: usize) -> bool {
        // "Bill Tranter" opens a name, though "bill" is a verb of saying.
        self.has_flag(i, super::lexicon::flags::SPEECH) && self.mention_starting_at.get(i).is_none()
    }

    /// True when token `i` is a plain reporting verb (said, told, answered, asked).
    pub fn is_reporting_verb(&self, i: usize) -> bool {
        self.lower(i)
            .is_some_and(|w| self.lexicon.is_reporting_verb(w))
    }

    /// True when token `i` is a word allowed between a speaker and its verb.
    pub fn is_filler(&self, i: usize) -> bool {
        self.has_flag(i, super::lexicon::flags::FILLER)
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

/// How many tokens after a name its gender is looked for in a pronoun.
const GENDER_WINDOW: usize = 15;
/// Most lowercase words in a description before a name in apposition ("its special envoy,").
const APPOSED_ROLE_WORDS: usize = 4;
/// How many tokens after a name's comma a role noun is looked for ("Ana Ruiz, 52, a trade
/// economist").
const APPOSED_ROLE_REACH: usize = 6;
/// How many more pronouns of one gender than of the other decide a name's gender.
const GENDER_MARGIN: u16 = 2;

/// The gender of a third-person singular pronoun or possessive ("he", "her", "his").
fn personal_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" | "him" | "his" | "His" | "himself" => Some(Gender::Male),
        "she" | "She" | "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Each token's lexicon flags, looked up once per distinct word.
fn classify_words(vocabulary: &Vocabulary, lexicon: &Lexicon) -> Vec<u8> {
    let by_word: Vec<u8> = vocabulary
        .words
        .iter()
        .zip(&vocabulary.lowercase)
        .map(|(word, lowercase)| {
            // A word with no capital is looked up as written.
            let lower: &str = if word.chars().any(char::is_uppercase) {
                lowercase
            } else {
                word
            };
            let mut flags = lexicon.word_flags(lower);
            if lower.len() > 4 && lower.ends_with("ly") {
                flags |= super::lexicon::flags::FILLER;
            }
            // "the 28-year-old": an age stands for a person, as a role noun does.
            if lower.ends_with("-year-old") {
                flags |= super::lexicon::flags::ROLE;
            }
            flags
        })
        .collect();
    vocabulary.spread(&by_word, 0)
}

/// Flags a phrasal speech verb (`assets/lexicon/phrasal_speech_verbs.txt`) as a speech verb
/// and its particle as a filler, so that the speaker is found past it. Only the verb's own
/// token is marked: "went" alone is no speech.
fn mark_phrasal_speech_verbs(
    text: &str,
    tokens: &[Token],
    vocabulary: &Vocabulary,
    lexicon: &Lexicon,
    word_class: &mut [u8],
) {
    use super::lexicon::flags::{FILLER, SPEECH};
    // Each distinct word is looked up once as a particle; only pairs ending in one are tried.
    let particle: Vec<bool> = vocabulary
        .words
        .iter()
        .map(|w| lexicon.is_phrasal_particle(w))
        .collect();
    for i in 1..tokens.len() {
        // Marks and numbers have no word id.
        if particle
            .get(vocabulary.ids[i] as usize)
            .copied()
            .unwrap_or(false)
            && lexicon.is_phrasal_speech_verb(tokens[i - 1].text(text), tokens[i].text(text))
        {
            word_class[i - 1] |= SPEECH;
            word_class[i] |= FILLER;
        }
    }
}

/// Marks which tokens are quoted and finds each quote's mark tokens.
fn locate_quotes(tokens: &[Token], marked: Vec<MarkedQuote>) -> (Vec<bool>, Vec<QuoteTokens>) {
    let mut inside = vec![false; tokens.len()];
    let mut located = Vec::with_capacity(marked.len());
    for quote in marked {
        let open = tokens.partition_point(|t| t.start < quote.open.start);
        let close = match (&quote.close, quote.family) {
            // A dash quote has no closing mark: its last token stands in for one.
            (None, MarkFamily::Dash) => tokens
                .partition_point(|t| t.start < quote.span.end)
                .checked_sub(1),
            (close, _) => close
                .as_ref()
                .map(|c| tokens.partition_point(|t| t.start < c.start))
                .filter(|&c| c < tokens.len()),
        };
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

/// Quotes with marks and dash quotes in text order, without a quote that lies inside another.
fn merge_quotes(marked: Vec<MarkedQuote>, dashed: Vec<MarkedQuote>) -> Vec<MarkedQuote> {
    let mut all = marked;
    all.extend(dashed);
    all.sort_by_key(|q| q.open.start);
    let mut merged: Vec<MarkedQuote> = Vec::with_capacity(all.len());
    for quote in all {
        if merged
            .last()
            .is_none_or(|last| last.span.end <= quote.open.start)
        {
            merged.push(quote);
        }
    }
    merged
}

/// The quoted-token flags for sentence splitting when there are dash quotes: a dash quote
/// has no closing mark to end its sentence, so its final punctuation is left outside, where
/// it ends the sentence as the writer's own would.
fn sentence_breaks_after_dash_quotes(
    tokens: &[Token],
    inside_quote: &[bool],
    quotes: &[QuoteTokens],
) -> Vec<bool> {
    let mut flags = inside_quote.to_vec();
    for quote in quotes {
        if let (MarkFamily::Dash, Some(last)) = (quote.quote.family, quote.close)
            && tokens[last].kind == TokenKind::Punct
        {
            flags[last] = false;
        }
    }
    flags
}

/// A value per token, for the few tokens that have one (a dense array: lookups are the hot
/// path of attribution).
#[derive(Debug, Clone, Default)]
pub struct TokenMap {
    slots: Vec<u32>,
}

impl TokenMap {
    const EMPTY: u32 = u32::MAX;

    /// A map over `len` tokens with no values.
    pub fn new(len: usize) -> TokenMap {
        TokenMap {
            slots: vec![Self::EMPTY; len],
        }
    }

    /// The value at token `i`.
    pub fn get(&self, i: usize) -> Option<usize> {
        self.slots
            .get(i)
            .copied()
            .filter(|&v| v != Self::EMPTY)
            .map(|v| v as usize)
    }

    /// Sets the value at token `i`.
    pub fn set(&mut self, i: usize, value: usize) {
        if let Some(slot) = self.slots.get_mut(i) {
            *slot = value as u32;
        }
    }

    /// Sets the value at token `i` unless it has one.
    pub fn set_if_empty(&mut self, i: usize, value: usize) {
        if self.get(i).is_none() {
            self.set(i, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn gender_of(text: &str, name: &str) -> Gender {
        let article = Article::from_paragraphs("t", Metadata::default(), [text]);
        let ctx = Context::new(&article, Lexicon::get());
        ctx.table
            .drafts
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.gender)
            .unwrap()
    }

    #[test]
    fn a_name_takes_the_gender_of_its_pronouns() {
        let text = "Quillon hung up his coat. Later Quillon dried his hat by the stove.";
        assert_eq!(gender_of(text, "Quillon"), Gender::Male);
    }

    #[test]
    fn a_pronoun_right_after_the_name_is_about_someone_else() {
        let text = "To Quillon she was a stranger. Quillon, who kept his hat on, waited. \
                    Then Quillon saw his chance.";
        assert_eq!(gender_of(text, "Quillon"), Gender::Male);
    }
}
