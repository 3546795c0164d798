//! Reading the noun phrase that names a speaker next to a speech verb — a name, a pronoun or a
//! description ("the spokesperson", "a White House official") — and resolving it to an entity.

use std::ops::Range;

use super::context::Context;
use super::coref::ORG_NOUN_WINDOW;
use super::lexicon::{Gender, flags};
use super::model::EntityKind;

/// How many paragraphs back [`Context::recent`] looks.
const RECENT_PARAGRAPHS: u32 = 3;
use super::tokens::TokenKind;

/// What a speaker phrase refers to, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Referent {
    /// A proper name: the entity (draft id) of its mention.
    Name(usize),
    /// he, she, they, it.
    Pronoun {
        /// Gender of the pronoun.
        gender: Gender,
        /// they/we.
        plural: bool,
    },
    /// A description: its head noun ("spokesperson", "ministry"), whether it is definite
    /// ("the ..."), and an organisation named inside it ("a White House spokesperson").
    Description {
        /// The head noun, lowercase.
        head: String,
        /// The whole phrase as written ("the parson").
        phrase: String,
        /// "the"/"this": refers to someone known; "a"/"one": someone unnamed.
        definite: bool,
        /// An organisation named inside the phrase (draft id).
        organization: Option<usize>,
    },
}

/// A speaker phrase: its tokens, the bytes the attribution points at, and its referent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Tokens of the whole phrase (title included).
    pub tokens: Range<usize>,
    /// Bytes of the mention ("Ruiz", "he", "the spokesperson").
    pub span: Range<usize>,
    /// What it refers to.
    pub referent: Referent,
}

/// The head noun of an age that stands for a person ("the 28-year-old"), listed as a role
/// noun in `assets/lexicon/role_nouns.txt`.
const AGE_HEAD: &str = "year-old";

/// Words that end the modifiers placing a body before its name: "the chairman of X" is a
/// person, not X.
const PLACING_STOPS: [&str; 8] = ["of", "for", "at", "in", "on", "from", "to", "by"];

/// Most words of a description made of words no list knows ("the weeping handmaiden").
const PLAIN_DESCRIPTION_WORDS: usize = 3;

/// Words after which a description made of unknown words has ended: "said the waggoner, who
/// …", "said the stranger with a bow".
const PLAIN_DESCRIPTION_ENDS: [&str; 4] = ["who", "with", "as", "without"];

/// Words that stand alone for someone unnamed who speaks: "“…,” said another."
pub(super) const INDEFINITE_SPEAKERS: [&str; 5] =
    ["another", "one", "somebody", "someone", "anybody"];

/// Heads of descriptions that count someone unnamed among others: "said a third", "said the
/// other". Like [`INDEFINITE_SPEAKERS`], an anonymous source in a report.
pub(super) const COUNTED_SPEAKERS: [&str; 6] =
    ["other", "second", "third", "fourth", "fifth", "last"];

impl Context<'_> {
    /// The speaker phrase starting at token `i`, if there is one.
    pub fn phrase_at(&self, i: usize) -> Option<Phrase> {
        let token = *self.tokens.get(i)?;
        if let Some(index) = self.mention_starting_at.get(i) {
            let mention = &self.mentions[index];
            return Some(Phrase {
                tokens: i..self.past_post_nominals(mention.tokens.end),
                span: mention.span.clone(),
                referent: Referent::Name(self.entity_of_mention(index)),
            });
        }
        if token.kind != TokenKind::Word {
            return None;
        }
        // "“…,” van der Stael told the crowd": lowercase particles before the surname.
        if self.word(i).starts_with(char::is_lowercase) && self.lexicon.is_particle(self.word(i)) {
            // At most two particles more ("van der"), then the name.
            let name_at = (i + 1..=i + 2)
                .find(|&j| {
                    !self
                        .tokens
                        .get(j)
                        .is_some_and(|t| self.lexicon.is_particle(t.text(self.text)))
                })
                .unwrap_or(i + 3);
            if let Some(index) = self.mention_starting_at.get(name_at) {
                let mention = &self.mentions[index];
                return Some(Phrase {
                    tokens: i..mention.tokens.end,
                    span: self.tokens[i].start..mention.span.end,
                    referent: Referent::Name(self.entity_of_mention(index)),
                });
            }
        }
        // "“…,” said another.", "somebody exclaimed", "somebody else inquired": someone
        // unnamed, standing alone.
        let past_else = if self.lower(i + 1) == Some("else") {
            i + 2
        } else {
            i + 1
        };
        if let Some(word) = self.lower(i)
            && INDEFINITE_SPEAKERS.contains(&word)
            && self.tokens.get(past_else).is_none_or(|t| {
                t.paragraph != token.paragraph
                    || t.kind != TokenKind::Word
                    || self.is_speech_verb(past_else)
            })
        {
            return Some(self.description(i, past_else, word.to_owned(), word, None));
        }
        if self.has_flag(i, flags::DETERMINER) {
            // "the Atlantic Longshore Federation", "the White House": the article is not part
            // of the name; nor a word or two that place a body ("the state Division of
            // Elections", "the county Board of Health").
            if self.word(i).eq_ignore_ascii_case("the") {
                let name_at = (i + 1..i + 4).find(|&j| {
                    self.mention_starting_at.get(j).is_some()
                        || !self.tokens.get(j).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && t.paragraph == token.paragraph
                                && self.word(j).starts_with(char::is_lowercase)
                                && !self.has_flag(j, flags::DETERMINER | flags::ROLE)
                                // Right after "the", "state" is no verb.
                                && (j == i + 1 || !self.has_flag(j, flags::SPEECH))
                                && !PLACING_STOPS.contains(&self.word(j))
                        })
                });
                if let Some(j) = name_at
                    && j > i + 1
                    && let Some(index) = self.mention_starting_at.get(j)
                    && self.table.kind(self.entity_of_mention(index)) == EntityKind::Organization
                {
                    let mention = &self.mentions[index];
                    return Some(Phrase {
                        tokens: i..mention.tokens.end,
                        span: mention.span.clone(),
                        referent: Referent::Name(self.entity_of_mention(index)),
                    });
                }
            }
            if let Some(description) = self.description_from(i) {
                return Some(description);
            }
            if self.word(i).eq_ignore_ascii_case("the")
                && let Some(index) = self.mention_starting_at.get(i + 1)
            {
                let mention = &self.mentions[index];
                return Some(Phrase {
                    tokens: i..mention.tokens.end,
                    span: mention.span.clone(),
                    referent: Referent::Name(self.entity_of_mention(index)),
                });
            }
        }
        if !self.has_flag(i, flags::PRONOUN) {
            return None;
        }
        let lower = self.lower(i)?;
        if let Some((gender, plural)) = self.lexicon.pronoun(lower) {
            if matches!(lower, "him" | "them" | "her") {
                return None; // object forms do not speak
            }
            return Some(Phrase {
                tokens: i..i + 1,
                span: token.range(),
                referent: Referent::Pronoun { gender, plural },
            });
        }
        None
    }

    /// The token after the letters that may follow a name at token `end` ("Orla Sheedy BL,",
    /// "Sarah Oyelaran KC told"), so that what stands after a speaker's name is read past
    /// them.
    fn past_post_nominals(&self, mut end: usize) -> usize {
        while self.tokens.get(end).is_some_and(|t| {
            t.kind == TokenKind::Word && self.lexicon.is_post_nominal(t.text(self.text))
        }) {
            end += 1;
        }
        end
    }

    /// A description starting at determiner `i`: up to four modifiers then a role or
    /// organisation noun ("the old parson", "a senior White House official").
    pub(super) fn description_from(&self, i: usize) -> Option<Phrase> {
        let determiner = self.lower(i)?;
        let mut organization = None;
        let mut j = i + 1;
        let limit = (i + 6).min(self.tokens.len());
        // Only a role or organisation noun ends a description: with none in reach, most
        // determiners ("the house", "a little way") are done with in one scan of the flags.
        // An age ("the 23-year-old") is a number token, which has no flags.
        let age = || {
            (j..limit).any(|k| {
                self.tokens[k].kind == TokenKind::Number && self.word(k).ends_with("-year-old")
            })
        };
        if !self.any_has_flag(
            j..limit,
            flags::ROLE | flags::ROLE_FIRST | flags::ORG_NOUN | flags::DOCUMENT,
        ) && !age()
        {
            return None;
        }
        while j < limit {
            if self.tokens[j].paragraph != self.tokens[i].paragraph {
                return None;
            }
            if let Some(index) = self.mention_starting_at.get(j) {
                organization = Some(self.entity_of_mention(index));
                j = self.mentions[index].tokens.end;
                continue;
            }
            // "the 28-year-old", "the 31-year-old guard": an age stands for a person.
            if self.word(j).ends_with("-year-old") {
                if self.has_flag(j + 1, flags::ROLE) {
                    j += 1;
                    continue;
                }
                return Some(self.description(i, j + 1, AGE_HEAD.to_owned(), determiner, None));
            }
            if self.tokens[j].kind != TokenKind::Word {
                return None;
            }
            // "the statement", "the joint statement": written words that speak.
            if self.has_flag(j, flags::DOCUMENT)
                && matches!(determiner, "the" | "its" | "their")
                && organization.is_none()
                && (j == i + 1 || (j == i + 2 && !self.has_flag(i + 1, flags::SPEECH)))
            {
                let head = self.lower(j)?.to_owned();
                return Some(self.description(i, j + 1, head, determiner, organization));
            }
            if self.has_flag(j, flags::ROLE_FIRST) {
                let two = format!(
                    "{} {}",
                    self.lower(j)?,
                    self.lower(j + 1).unwrap_or_default()
                );
                if self.lexicon.role_noun(&two).is_some() {
                    return Some(self.description(i, j + 2, two, determiner, organization));
                }
            }
            // "a hospital spokesperson": the spokesperson, of the body the noun names; "the
            // deputy minister", "the council leader": the last role noun is the head.
            if self.has_flag(j, flags::ORG_NOUN | flags::ROLE)
                && j + 1 < limit
                && self.has_flag(j + 1, flags::ROLE)
            {
                j += 1;
                continue;
            }
            if self.has_flag(j, flags::ROLE | flags::ORG_NOUN) {
                let head = self.lower(j)?.to_owned();
                if organization.is_none()
                    && self.lexicon.is_voice_noun(&head)
                    && let Some((body, end)) = self.body_spoken_for(j + 1)
                {
                    return Some(self.description(i, end, head, determiner, Some(body)));
                }
                return Some(self.description(i, j + 1, head, determiner, organization));
            }
            j += 1;
        }
        None
    }

    /// A person's name after up to two lowercase words that describe them, from token `i`:
    /// "said old Cotter", "said the burly Moze", "said poor Alice".
    pub(super) fn described_name_at(&self, i: usize) -> Option<Phrase> {
        let paragraph = self.tokens.get(i)?.paragraph;
        let first = if self.lower(i) == Some("the") {
            i + 1
        } else {
            i
        };
        let name_at = (first..first + 3).find(|&j| self.mention_starting_at.get(j).is_some())?;
        let describing = (first..name_at).all(|j| {
            self.tokens[j].kind == TokenKind::Word
                && self.tokens[j].paragraph == paragraph
                && self.word(j).starts_with(char::is_lowercase)
                && !self.has_flag(j, flags::DETERMINER | flags::SPEECH)
        });
        let mention = self.mention_starting_at.get(name_at)?;
        let id = self.entity_of_mention(mention);
        let kind = self.table.kind(id);
        if name_at == first
            || !describing
            || matches!(kind, EntityKind::Place | EntityKind::Organization)
        {
            return None;
        }
        let mention = &self.mentions[mention];
        Some(Phrase {
            tokens: i..self.past_post_nominals(mention.tokens.end),
            span: mention.span.clone(),
            referent: Referent::Name(id),
        })
    }

    /// In fiction, a speaker met only by a description whose noun no list knows: "said the
    /// painter", "the saloon-keeper demanded", "said the weeping handmaiden". From determiner
    /// `i` ("the", or after the verb "a"), up to [`PLAIN_DESCRIPTION_WORDS`] lowercase words,
    /// the last one the head; it must end at punctuation or a word that closes it ("said the
    /// waggoner, who …"), or, with `before_verb`, right before a speech verb. Times ("said the
    /// next day") are no one.
    pub(super) fn plain_description_at(&self, i: usize, before_verb: bool) -> Option<Phrase> {
        let determiner = self.lower(i)?;
        // "“A Lantern for Mrs Gale,” a novel narrated by …": before a verb, only "the".
        let known = determiner == "the";
        // After the verb, "said a stranger", "rejoined his young interlocutor", "pursued
        // this vivacious infant".
        let after_verb = matches!(
            determiner,
            "a" | "an" | "his" | "her" | "their" | "this" | "that"
        );
        // "said one of the colts": one of a group, after the verb.
        let one_of = determiner == "one" && self.lower(i + 1) == Some("of");
        if !(known || (!before_verb && (after_verb || one_of))) {
            return None;
        }
        let paragraph = self.tokens[i].paragraph;
        let mut end = i + 1;
        // "the oldest of the colts", "one of the colts": the group after "of the" holds the
        // head.
        let partitive = |at: usize| {
            self.lower(at) == Some("of")
                && matches!(
                    self.lower(at + 1),
                    Some("the" | "his" | "her" | "their" | "our")
                )
                && self.tokens.get(at + 2).is_some_and(|t| {
                    t.paragraph == paragraph
                        && t.kind == TokenKind::Word
                        && self.word(at + 2).starts_with(char::is_lowercase)
                })
        };
        if one_of {
            if !partitive(i + 1) {
                return None;
            }
            end = i + 3;
        }
        // A lowercase word that may belong to the description.
        let describing = |at: usize| {
            self.tokens.get(at).is_some_and(|t| {
                t.paragraph == paragraph
                    && t.kind == TokenKind::Word
                    && self.word(at).starts_with(char::is_lowercase)
                    && !self.is_speech_verb(at)
                    && !PLAIN_DESCRIPTION_ENDS.contains(&self.word(at))
            })
        };
        while end < i + 1 + PLAIN_DESCRIPTION_WORDS && !partitive(end) && describing(end) {
            end += 1;
        }
        if end == i + 1 {
            return None;
        }
        if !one_of && partitive(end) {
            end += 2;
            while end < i + 2 + 2 * PLAIN_DESCRIPTION_WORDS && describing(end) {
                end += 1;
            }
        }
        let ends = match self.tokens.get(end) {
            None => true,
            Some(t) if t.paragraph != paragraph => true,
            Some(_) if before_verb => self.is_speech_verb(end),
            Some(t) => {
                matches!(t.text(self.text), "," | "." | ";" | "!" | "?" | ":")
                    || PLAIN_DESCRIPTION_ENDS.contains(&self.word(end))
            }
        };
        let head = self.lower(end - 1)?;
        if !ends || self.lexicon.is_time_noun(head) || head.ends_with("ly") {
            return None;
        }
        Some(self.description(i, end, head.to_owned(), determiner, None))
    }

    /// The organisation (or person) named after a spokesperson's role noun, from token `i`:
    /// "for Alpenfeld Capital", "of the union", "for the firm" (the organisation mentioned
    /// last), "for Mr Heffernan".
    /// Returns it and the token after the phrase.
    pub(super) fn body_spoken_for(&self, i: usize) -> Option<(usize, usize)> {
        if !matches!(self.word(i), "for" | "of" | "at") {
            return None;
        }
        let j = i + 1;
        // "for the Ardmoor Ambulance Service", "for its Ministry of Water": the article or
        // possessive before the name.
        let named_at = if matches!(self.lower(j), Some("the" | "its" | "their")) {
            j + 1
        } else {
            j
        };
        if let Some(index) = self.mention_starting_at.get(named_at) {
            let id = self.entity_of_mention(index);
            // "a spokeswoman for Drevnia’s Ministry of Water and Energy": the body the
            // place owns.
            let end = self.mentions[index].tokens.end;
            if super::tokens::is_possessive(self.word(end - 1))
                && let Some(owned) = self.mention_starting_at.get(end)
            {
                let body = self.entity_of_mention(owned);
                return (self.table.kind(body) == EntityKind::Organization)
                    .then_some((body, self.mentions[owned].tokens.end));
            }
            // "a spokesman for Mr Heffernan": a minister's spokesman speaks for him.
            return matches!(
                self.table.kind(id),
                EntityKind::Organization | EntityKind::Person
            )
            .then_some((id, end));
        }
        if matches!(self.lower(j), Some("the" | "its")) && self.has_flag(j + 1, flags::ORG_NOUN) {
            // "for the board": the National Medicines Board before any other organisation.
            let noun = self.lower(j + 1)?;
            let body = self
                .recent_within(i, ORG_NOUN_WINDOW, |ctx, id| {
                    ctx.lexicon.org_noun_names(noun, &ctx.table.drafts[id].name)
                })
                .or_else(|| {
                    self.recent(i, |ctx, id| ctx.table.kind(id) == EntityKind::Organization)
                })?;
            return Some((body, j + 2));
        }
        None
    }

    fn description(
        &self,
        start: usize,
        end: usize,
        head: String,
        determiner: &str,
        organization: Option<usize>,
    ) -> Phrase {
        let span = self.bytes(start..end);
        Phrase {
            tokens: start..end,
            referent: Referent::Description {
                head,
                phrase: self.text[span.clone()].to_owned(),
                definite: matches!(determiner, "the" | "this" | "that"),
                organization,
            },
            span,
        }
    }

    /// The speaker phrase ending at token `end - 1` (searching back at most five tokens).
    pub fn phrase_ending_at(&self, end: usize) -> Option<Phrase> {
        let last = end.checked_sub(1)?;
        if let Some(index) = self.mention_ending_at.get(last) {
            let mention = &self.mentions[index];
            let start = mention
                .title
                .as_ref()
                .map_or(mention.tokens.start, |t| t.start);
            return Some(Phrase {
                tokens: start..end,
                span: mention.span.clone(),
                referent: Referent::Name(self.entity_of_mention(index)),
            });
        }
        if self.has_flag(last, flags::PRONOUN) {
            return self.phrase_at(last).filter(|p| p.tokens.end == end);
        }
        if self.has_flag(last, flags::ROLE | flags::ORG_NOUN) {
            let floor = last.saturating_sub(6);
            if let Some(start) = (floor..last)
                .rev()
                .find(|&s| self.has_flag(s, flags::DETERMINER))
            {
                return self.description_from(start).filter(|p| p.tokens.end == end);
            }
        }
        None
    }

    /// The entity with the most recent mention before token `at`, outside quotations, within
    /// the current and three previous paragraphs, that satisfies `accept`.
    pub fn recent(&self, at: usize, accept: impl Fn(&Context, usize) -> bool) -> Option<usize> {
        self.recent_within(at, RECENT_PARAGRAPHS, accept)
    }

    /// [`Context::recent`] looking back `paragraphs` paragraphs instead.
    pub fn recent_within(
        &self,
        at: usize,
        paragraphs: u32,
        accept: impl Fn(&Context, usize) -> bool,
    ) -> Option<usize> {
        let before = self.tokens.get(at).map_or(usize::MAX, |t| t.start);
        let paragraph = self.tokens.get(at).map_or(0, |t| t.paragraph);
        let floor = paragraph.saturating_sub(paragraphs);
        let end = self.mentions.partition_point(|m| m.span.start < before);
        let named = self.mentions[..end]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, m)| self.tokens[m.tokens.start].paragraph >= floor)
            .filter(|(_, m)| !m.quoted)
            .map(|(index, m)| (m.span.start, self.entity_of_mention(index)))
            .find(|&(_, id)| accept(self, id));
        let nominals = &self.table.nominal_mentions;
        let first_token = self.tokens.partition_point(|t| t.paragraph < floor);
        let floor_byte = self.tokens.get(first_token).map_or(usize::MAX, |t| t.start);
        let end = nominals.partition_point(|&(start, _)| start < before);
        let nominal = nominals[..end]
            .iter()
            .rev()
            .take_while(|&&(start, _)| start >= floor_byte)
            .copied()
            .find(|&(_, id)| accept(self, id));
        match (named, nominal) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b.1 } else { a.1 }),
            (a, b) => a.or(b).map(|(_, id)| id),
        }
    }
}
