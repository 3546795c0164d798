//! A small coreference resolver for speakers: who "he", "she", "the professor" and "his wife"
//! refer to. It keeps the people mentioned in the narrative (names, descriptions, and the
//! speakers already found) in text order and picks the most recent compatible one.

use super::attribution::Attribution;
use super::context::Context;
use super::lexicon::{Gender, flags};
use super::model::EntityKind;
use super::model::QuoteKind;
use super::phrases::{Phrase, Referent};
use super::tokens::{TokenKind, lowercase};

/// How far back (in paragraphs) a pronoun looks for its referent.
const PRONOUN_WINDOW: u32 = 8;

/// How far back (in paragraphs) "the union" looks for an organisation whose name fits.
pub(super) const ORG_NOUN_WINDOW: u32 = 60;

/// How many tokens before a description its unnamed introduction ("a council source") may
/// stand.
const UNNAMED_REACH: usize = 40;

/// How many paragraphs back a person holding a role ("the coach") is looked for.
const ROLE_PARAGRAPHS: u32 = 12;

/// How many paragraphs back "the spokesperson" looks for "a spokesperson for X".
const VOICE_PARAGRAPHS: u32 = 3;

/// How many sentences back the issuer of "the statement" is looked for.
const ISSUER_SENTENCES: usize = 3;

/// How many paragraphs back an anonymous source may still be referred to by its noun.
const ANONYMOUS_PARAGRAPHS: u32 = 2;

/// How many sentences back the subject of the narrative is looked for.
const SUBJECT_SENTENCES: usize = 8;
/// How far into a sentence its subject is looked for.
const SUBJECT_REACH: usize = 3;
/// How many "he"s back a chain of subjects is followed.
const SUBJECT_CHAIN: u8 = 3;

/// The gender of a subject pronoun ("he", "She").
fn personal_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    }
}

/// How many times others must call the narrator by a name for the narrator to take it.
const NARRATOR_VOCATIVES: usize = 1;

/// The name given to the first-person narrator when "I" speaks outside quotations.
pub const NARRATOR: &str = "I (narrator)";

/// A person mentioned in the narrative, as a candidate for later pronouns and descriptions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mentioned {
    /// Token where the mention stands.
    pub token: usize,
    /// Who it is.
    pub target: Target,
}

/// Who a narrative mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A named entity (draft id).
    Entity(usize),
    /// A person known only by a description, by its key ("the girl", "his wife") and head noun.
    Description {
        /// "the girl": the description with its article normalised.
        key: String,
        /// "girl".
        head: String,
    },
}

const DEFINITE: &[&str] = &[
    "the", "this", "that", "his", "her", "their", "my", "our", "its",
];
const POSSESSIVE: &[&str] = &["his", "her", "their", "my", "our"];

impl Context<'_> {
    /// Collects the people mentioned outside quotations: names of person-like entities and
    /// descriptions built on a role noun ("the old man", "a girl", "his wife").
    pub fn collect_mentioned(&mut self) {
        let mut mentioned = Vec::new();
        let mut i = 0;
        // Where the last person's name ended: a description right after it and a comma is
        // that person's apposition ("Lorna Baptiste, a financier from Glenvorne"), no one new.
        let mut last_name_end = None;
        while i < self.tokens.len() {
            // Only a token outside quotations where a mention starts, or a determiner, opens
            // anything: the others are passed over in one scan.
            let opens = |(k, &quoted): (usize, &bool)| {
                !quoted
                    && (self.has_flag(i + k, flags::DETERMINER)
                        || self.mention_starting_at.get(i + k).is_some())
            };
            match self.inside_quote[i..].iter().enumerate().position(opens) {
                Some(skip) => i += skip,
                None => break,
            }
            if let Some(index) = self.mention_starting_at.get(i) {
                let mention = &self.mentions[index];
                let end = mention.tokens.end;
                let id = self.entity_of_mention(index);
                mentioned.push(Mentioned {
                    token: mention.tokens.start,
                    target: Target::Entity(id),
                });
                last_name_end = self.is_person_like(id).then_some(end);
                i = end.max(i + 1);
                continue;
            }
            // Only a determiner opens a description ("the girl", "his wife"). With no mention
            // starting at a determiner, the only description [`Context::phrase_at`] can read
            // there is [`Context::description_from`]'s, which is asked directly.
            if !self.has_flag(i, flags::DETERMINER) {
                i += 1;
                continue;
            }
            if let Some(phrase) = self.description_from(i) {
                if let Referent::Description {
                    head,
                    organization: None,
                    ..
                } = &phrase.referent
                    && !self.lexicon.is_org_noun(head)
                    && !last_name_end.is_some_and(|end| self.apposed_after(end, i))
                {
                    let key = self.description_key(&phrase);
                    mentioned.push(Mentioned {
                        token: i,
                        target: Target::Description {
                            key,
                            head: head.clone(),
                        },
                    });
                }
                i = phrase.tokens.end.max(i + 1);
                continue;
            }
            i += 1;
        }
        self.mentioned = mentioned;
    }

    /// True when a description at token `i` stands in apposition to the name ending at
    /// `end`: right after its comma, or after an age between commas ("Jules Anand-Pryce, 34,
    /// a nurse at the health centre").
    fn apposed_after(&self, end: usize, i: usize) -> bool {
        let comma = |k: usize| self.tokens.get(k).is_some_and(|t| t.text(self.text) == ",");
        (i == end + 1 && comma(end))
            || (i == end + 3
                && comma(end)
                && self.tokens[end + 1].kind == TokenKind::Number
                && comma(end + 2))
    }

    /// "a girl" and "the girl" are one person: the key uses "the" for every non-possessive
    /// article and keeps possessives ("his wife").
    fn description_key(&self, phrase: &Phrase) -> String {
        let Referent::Description { head, .. } = &phrase.referent else {
            return String::new();
        };
        // "another", "somebody": the word alone, not "the another".
        if super::phrases::INDEFINITE_SPEAKERS.contains(&head.as_str()) {
            return head.clone();
        }
        let lowercase = self.lowercase_text(phrase.tokens.start);
        let determiner = if POSSESSIVE.contains(&lowercase.as_ref()) {
            lowercase.as_ref()
        } else {
            "the"
        };
        // "the 28-year-old", not "the year-old".
        let head = phrase
            .tokens
            .clone()
            .map(|i| self.word(i))
            .find(|w| w.ends_with(head.as_str()) && w.len() > head.len() && head == "year-old")
            .unwrap_or(head);
        let mut key = String::with_capacity(determiner.len() + 1 + head.len());
        key.push_str(determiner);
        key.push(' ');
        key.push_str(head);
        key
    }

    /// Records that `speaker` spoke at token `at`, making it a candidate for later pronouns.
    /// The list stays sorted by token (quotes come in text order, so this is nearly always a
    /// push).
    pub fn note_speaker(&mut self, speaker: usize, at: usize) {
        let position = self.speakers_heard.partition_point(|m| m.token <= at);
        self.speakers_heard.insert(
            position,
            Mentioned {
                token: at,
                target: Target::Entity(speaker),
            },
        );
    }

    /// People mentioned or heard before token `at`, most recent first.
    fn candidates_before(&self, at: usize) -> impl Iterator<Item = &Mentioned> {
        let mentioned = &self.mentioned[..self.mentioned.partition_point(|m| m.token < at)];
        let heard = &self.speakers_heard[..self.speakers_heard.partition_point(|m| m.token < at)];
        let (mut a, mut b) = (
            mentioned.iter().rev().peekable(),
            heard.iter().rev().peekable(),
        );
        std::iter::from_fn(move || match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if y.token > x.token => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        })
    }

    /// Resolves a speaker phrase to an entity (draft id) as of token `at`.
    ///
    /// Names are their entity; "I" is the narrator; "he"/"she" the most recent person of that
    /// gender; "it"/"they" the most recent organisation; a description the person it was last
    /// used for, a named person with that role, or a new entity named by the description.
    /// Indefinite descriptions ("a diplomat") stay anonymous unless `anonymous_ok`.
    pub fn resolve(&mut self, phrase: &Phrase, at: usize, anonymous_ok: bool) -> Option<usize> {
        match phrase.referent.clone() {
            Referent::Name(id) => Some(id),
            Referent::Pronoun { gender, plural } => {
                let word = lowercase(self.word(phrase.tokens.start));
                match word.as_ref() {
                    "i" => Some(self.table.add_nominal(
                        NARRATOR,
                        phrase.span.clone(),
                        Gender::Unknown,
                    )),
                    "we" => None,
                    // "It said …" after a sentence whose subject is a body is that body.
                    "it" => self
                        .body_heard_last(at)
                        .or_else(|| super::indirect::organisation_subject_before(self, at))
                        .or_else(|| {
                            self.recent(at, |ctx, id| {
                                ctx.table.kind(id) == EntityKind::Organization
                            })
                        }),
                    _ if plural => {
                        super::indirect::organisation_subject_before(self, at).or_else(|| {
                            self.recent(at, |ctx, id| {
                                ctx.table.kind(id) == EntityKind::Organization
                            })
                        })
                    }
                    _ => {
                        let target = self.resolve_pronoun(at, gender)?;
                        let id = self.materialise(target, phrase.span.clone(), at);
                        self.table.vote_person(id, gender);
                        Some(id)
                    }
                }
            }
            Referent::Description {
                head,
                definite,
                organization,
                phrase: description,
            } => {
                if let Some(org) = organization {
                    return Some(org);
                }
                if self.lexicon.is_document_noun(&head) {
                    return self.issuer_before(at);
                }
                if self.lexicon.is_org_noun(&head) {
                    if !definite {
                        return None;
                    }
                    // An organisation the noun names may have been introduced long before:
                    // one with the noun in its name first ("the agency" is the Space Agency
                    // before the Space Directorate), then one of its kind.
                    return self
                        .recent_within(at, ORG_NOUN_WINDOW, |ctx, id| {
                            ctx.lexicon
                                .org_noun_in_name(&head, &ctx.table.drafts[id].name)
                        })
                        .or_else(|| {
                            self.recent_within(at, ORG_NOUN_WINDOW, |ctx, id| {
                                ctx.lexicon
                                    .org_noun_names(&head, &ctx.table.drafts[id].name)
                            })
                        })
                        .or_else(|| {
                            // "the port authority" is not just any organisation: one named
                            // with its modifier ("Calder Port Authority"), or none.
                            let modifiers: Vec<String> = description
                                .split_whitespace()
                                .skip(1)
                                .filter(|w| !w.eq_ignore_ascii_case(&head))
                                .map(str::to_lowercase)
                                .collect();
                            // Nor one that another such noun names: "the company" is not
                            // the "Tervenian Space Agency".
                            self.recent(at, |ctx, id| {
                                let name = ctx.table.drafts[id].name.to_lowercase();
                                ctx.table.kind(id) == EntityKind::Organization
                                    && modifiers
                                        .iter()
                                        .all(|m| name.split_whitespace().any(|w| w == m))
                                    && !name.split_whitespace().any(|w| {
                                        w != head && w != "group" && ctx.lexicon.is_org_noun(w)
                                    })
                            })
                        });
                }
                // "A hospital spokesperson said …": the body the modifier names.
                if let Some(body) = self.body_of_voice(&description, &head, at) {
                    return Some(body);
                }
                let determiner = lowercase(self.word(phrase.tokens.start));
                let definite = DEFINITE.contains(&determiner.as_ref());
                if !definite && !anonymous_ok {
                    return None;
                }
                // "One engineer, who asked not to be named, said … “…,” the engineer said.":
                // the anonymous source, who stays unnamed.
                if (definite || determiner == "one")
                    && let Some(source) = self.anonymous_described_as(&head, at)
                {
                    return Some(source);
                }
                let named = self.named_by_description(&determiner, &head, definite, at);
                if let Some(id) = named {
                    // Later pronouns find the person, not the description: "“…,” the
                    // neurologist said. ¶ … she said." is Catrin Mayhew's.
                    self.identify_description(phrase.tokens.start, id);
                    return Some(id);
                }
                let key = self.description_key(phrase);
                let gender = self.lexicon.role_noun(&head).unwrap_or(Gender::Unknown);
                // "“…,” said a voice. … “…,” cried another voice.": each indefinite
                // description is someone new, whom a later "the voice" means.
                if definite {
                    Some(self.table.add_nominal(&key, phrase.span.clone(), gender))
                } else {
                    Some(
                        self.table
                            .add_new_nominal(&key, phrase.span.clone(), gender),
                    )
                }
            }
        }
    }

    /// "“…,” the commission said. It said …": the body that spoke last, when it spoke in this
    /// paragraph or the one before and nobody has spoken since.
    fn body_heard_last(&self, at: usize) -> Option<usize> {
        let paragraph = self.tokens.get(at)?.paragraph;
        // Quotes are heard before reported speech, so the list is not in text order.
        let last = self
            .speakers_heard
            .iter()
            .filter(|m| m.token < at)
            .max_by_key(|m| m.token)?;
        match last.target {
            Target::Entity(id)
                if self.table.kind(id) == EntityKind::Organization
                    && self.tokens[last.token].paragraph + 1 >= paragraph =>
            {
                Some(id)
            }
            _ => None,
        }
    }

    /// True when "a"/"an" and up to two words before `head` ("a council source") stand within
    /// [`UNNAMED_REACH`] tokens before `at`, with no name between them and `at`.
    fn introduced_unnamed(&self, head: &str, at: usize) -> bool {
        let from = at.saturating_sub(UNNAMED_REACH);
        let Some(noun) = (from..at).rev().find(|&i| {
            self.lower(i) == Some(head)
                && (i.saturating_sub(3)..i).any(|j| matches!(self.lower(j), Some("a" | "an")))
                && !self.inside_quote[i]
        }) else {
            return false;
        };
        !(noun..at).any(|i| self.mention_starting_at.get(i).is_some() && !self.inside_quote[i])
    }

    /// The known person a description of a person stands for as of token `at`: a relative
    /// ("his wife"), a named person holding the role ("the professor"), the body a
    /// spokesperson speaks for, or the named person just before.
    pub(super) fn named_by_description(
        &self,
        determiner: &str,
        head: &str,
        definite: bool,
        at: usize,
    ) -> Option<usize> {
        if let Some(id) = self.relative(determiner, head, at) {
            return Some(id);
        }
        let holds_role = |ctx: &Context, id: usize| {
            let draft = &ctx.table.drafts[id];
            // "the deputy minister" is Deputy Minister Karim al-Haddad's ("minister").
            !draft.nominal
                && draft
                    .roles
                    .iter()
                    .any(|r| r == head || head.rsplit(' ').next() == Some(r.as_str()))
        };
        let by_role = self.recent(at, holds_role);
        if let Some(id) = by_role.filter(|_| definite) {
            return Some(id);
        }
        // "the spokesperson" after "a spokesperson for Hydrostrev": the body spoken for, even
        // when another has been named since ("… taken to Kellaway General Hospital. “…,” the
        // spokesperson said."); else the last organisation.
        if definite && self.lexicon.is_voice_noun(head) {
            let paragraph = self.tokens.get(at)?.paragraph;
            let spoken_for = (0..at)
                .rev()
                .take_while(|&i| self.tokens[i].paragraph + VOICE_PARAGRAPHS >= paragraph)
                .filter(|&i| self.lower(i) == Some(head))
                .find_map(|i| self.body_spoken_for(i + 1))
                .map(|(body, _)| body);
            if let Some(body) = spoken_for.or_else(|| {
                self.recent(at, |ctx, id| ctx.table.kind(id) == EntityKind::Organization)
            }) {
                return Some(body);
            }
        }
        if !definite || POSSESSIVE.contains(&determiner) {
            return None;
        }
        // "A council source was blunter. “…,” the source said.": the one just brought in
        // unnamed, not the last person named before.
        if self.introduced_unnamed(head, at) {
            return None;
        }
        let gender = self.lexicon.role_noun(head).unwrap_or(Gender::Unknown);
        if let Some(Target::Entity(id)) = self.recent_named_person(at, gender) {
            return Some(id);
        }
        // A role may have been given well before: "Gulls coach Tom Harkless said …" six
        // paragraphs ahead of "the coach said".
        if let Some(id) = self.recent_within(at, ROLE_PARAGRAPHS, holds_role) {
            return Some(id);
        }
        // "Mbeki-Ross, 29, was more measured. “…,” the defender said.": a role of no known
        // gender is the named subject just before. After a quotation, the one just heard:
        // "“…,” said Lucía Benavente. The official added that …".
        if gender == Gender::Unknown
            && self.lexicon.role_noun(head).is_some()
            && !is_plural_noun(head)
            && let Some(Target::Entity(id)) = self
                .subject_before(at, gender, 0)
                .or_else(|| self.speaker_just_heard(at))
                // "“…,” said Ambassador Nadia Qorvash. ¶ The delegate added that …"
                .or_else(|| {
                    self.speaker_before_paragraph(at, gender)
                        .map(Target::Entity)
                })
            && !self.table.drafts[id].nominal
            && !self.written_with_article(id)
        {
            return Some(id);
        }
        None
    }

    /// True when entity `id` is ever written after "the" ("the Rapids scored"), as the
    /// names of people are not.
    fn written_with_article(&self, id: usize) -> bool {
        self.mentions.iter().enumerate().any(|(index, mention)| {
            let start = mention
                .title
                .as_ref()
                .map_or(mention.tokens.start, |t| t.start);
            start > 0 && self.lower(start - 1) == Some("the") && self.entity_of_mention(index) == id
        })
    }

    /// Records that the description mentioned at token `token` is the person `id`.
    fn identify_description(&mut self, token: usize, id: usize) {
        let position = self.mentioned.partition_point(|m| m.token < token);
        if let Some(mention) = self.mentioned.get_mut(position)
            && mention.token == token
            && matches!(mention.target, Target::Description { .. })
        {
            mention.target = Target::Entity(id);
        }
    }

    /// The most recent person compatible with a pronoun of `gender` before token `at`: one
    /// whose gender is known to match, else (close by) one whose gender is unknown.
    pub(super) fn resolve_pronoun(&self, at: usize, gender: Gender) -> Option<Target> {
        // A first-person narrator is "I" in the narration, never "he" or "she".
        let narrator = (gender != Gender::Unknown)
            .then(|| self.narrator())
            .flatten();
        let not_narrator =
            |target: &Target| !matches!(target, Target::Entity(id) if Some(*id) == narrator);
        self.anonymous_source_before(at, gender)
            .or_else(|| {
                self.subject_of_own_sentence(at, gender)
                    .filter(not_narrator)
            })
            .or_else(|| self.subject_before(at, gender, 0).filter(not_narrator))
            .or_else(|| {
                // "“…,” Feher said. He joked that …": the speaker just heard in the paragraph.
                self.speaker_just_heard(at)
                    .filter(not_narrator)
                    .filter(|target| match target {
                        Target::Entity(id) => self.table.drafts[*id].gender.compatible(gender),
                        Target::Description { .. } => false,
                    })
            })
            // "“…,” Brezina said. ¶ He vowed his government would …": the speaker of the
            // paragraph before, for a pronoun that is the next one's first word (in dialogue
            // "“…,” he said" opens with the quotation and turns are taken instead).
            .or_else(|| {
                let first_word =
                    at == 0 || self.tokens[at - 1].paragraph != self.tokens[at].paragraph;
                first_word
                    .then(|| self.speaker_before_paragraph(at, gender))
                    .flatten()
                    .filter(|&id| Some(id) != narrator)
                    .map(Target::Entity)
            })
            .or_else(|| self.most_recent_person(at, gender, narrator))
    }

    /// The anonymous source last heard, when nobody spoke after it and it was heard in this
    /// paragraph or the one before: "One picker, who asked not to be named, said … ¶ “…,” she
    /// said." refers to the picker.
    fn anonymous_source_before(&self, at: usize, gender: Gender) -> Option<Target> {
        let last = self.candidates_before(at).find(|c| match &c.target {
            Target::Entity(id) => self.is_person_like(*id),
            Target::Description { .. } => false,
        })?;
        let Target::Entity(id) = last.target else {
            return None;
        };
        let draft = &self.table.drafts[id];
        (draft.anonymous
            && draft.gender.compatible(gender)
            && self.tokens[last.token].paragraph + 1 >= self.tokens.get(at)?.paragraph)
            .then_some(Target::Entity(id))
    }

    /// The body a spokesperson's modifier names as of token `at`: "a hospital spokesperson"
    /// (an organisation noun: Kellaway General Hospital), "a district spokesperson" (a word
    /// of the body's name: Tamsett Regional District).
    pub(super) fn body_of_voice(&self, description: &str, head: &str, at: usize) -> Option<usize> {
        if !self.lexicon.is_voice_noun(head) {
            return None;
        }
        description
            .split_whitespace()
            .map(str::to_lowercase)
            .filter(|w| {
                w != head && !DEFINITE.contains(&w.as_str()) && !matches!(w.as_str(), "a" | "an")
            })
            .find_map(|word| {
                self.recent_within(at, ORG_NOUN_WINDOW, |ctx, id| {
                    let name = &ctx.table.drafts[id].name;
                    // "a district spokesperson" may speak for what reads like a place.
                    ctx.table.kind(id) != EntityKind::Person
                        && if ctx.lexicon.is_org_noun(&word) {
                            ctx.lexicon.org_noun_names(&word, name)
                        } else {
                            name.split_whitespace()
                                .any(|n| n.eq_ignore_ascii_case(&word))
                        }
                })
            })
    }

    /// Who issued the written words a definite document noun at token `at` stands for: the
    /// named subject of the nearest sentence before it, in this paragraph or the one before
    /// ("In a statement, the WSE said it would write to every firm. ‘…,’ the statement
    /// added.").
    fn issuer_before(&self, at: usize) -> Option<usize> {
        let paragraph = self.tokens.get(at)?.paragraph;
        let sentence = self.sentences.of_token[at] as usize;
        (sentence.saturating_sub(ISSUER_SENTENCES)..sentence)
            .rev()
            .map(|k| self.sentences.spans[k].clone())
            .take_while(|span| self.tokens[span.start].paragraph + 1 >= paragraph)
            .filter(|span| !self.inside_quote[span.start])
            .find_map(|span| {
                super::indirect::subjects(self, &span)
                    .into_iter()
                    .find_map(|(_, phrase)| match phrase.referent {
                        Referent::Name(id) => Some(id),
                        // "The company said in a statement that …": the body the noun
                        // stands for.
                        Referent::Description {
                            organization: Some(id),
                            ..
                        } => Some(id),
                        Referent::Description { head, .. } if self.lexicon.is_org_noun(&head) => {
                            self.recent_within(span.start, ORG_NOUN_WINDOW, |ctx, id| {
                                ctx.lexicon
                                    .org_noun_names(&head, &ctx.table.drafts[id].name)
                            })
                        }
                        _ => None,
                    })
                    // "A staff report from the Planning and Development Department
                    // recommended approval. “…,” the report states.": the body named in it.
                    .or_else(|| {
                        (span.start..span.end)
                            .filter_map(|i| self.mention_starting_at.get(i))
                            .map(|mention| self.entity_of_mention(mention))
                            .find(|&id| self.table.kind(id) == EntityKind::Organization)
                    })
            })
    }

    /// The anonymous source heard in this paragraph or the two before whose description has
    /// the head noun `head`: "A Sarnethi official, who spoke on condition of anonymity, said
    /// … ¶ “…,” the official said." Nobody else may have spoken in between.
    fn anonymous_described_as(&self, head: &str, at: usize) -> Option<usize> {
        let paragraph = self.tokens.get(at)?.paragraph;
        // The anonymous sources heard last, with no named speaker after them (one source
        // may have been noted twice, once by a description that misses the head noun).
        let (last_token, id) = self
            .speakers_heard
            .iter()
            .rev()
            .filter(|m| m.token < at)
            .map_while(|m| match m.target {
                Target::Entity(id) if self.table.drafts[id].anonymous => Some((m.token, id)),
                _ => None,
            })
            .filter(|&(token, _)| self.tokens[token].paragraph + ANONYMOUS_PARAGRAPHS >= paragraph)
            .find(|&(_, id)| {
                self.table.drafts[id].mentions.first().is_some_and(|span| {
                    self.text[span.clone()]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|word| word.eq_ignore_ascii_case(head))
                })
            })?;
        // "Priya Sandoval, the chief engineer," since then is the engineer meant.
        let role_named_since = self
            .candidates_before(at)
            .take_while(|m| m.token > last_token)
            .any(|m| match m.target {
                Target::Entity(other) => self.table.drafts[other].roles.iter().any(|r| r == head),
                Target::Description { .. } => false,
            });
        (!role_named_since).then_some(id)
    }

    /// The named subject of the sentence that holds the pronoun at `at`, further in: "In her
    /// victory speech, Ruddock paid tribute to Mansoor, who she said had …" is Ruddock's.
    fn subject_of_own_sentence(&self, at: usize, gender: Gender) -> Option<Target> {
        if gender == Gender::Unknown || self.inside_quote[at] {
            return None;
        }
        let sentence = self.sentences.of(at);
        super::indirect::subjects(self, &sentence)
            .into_iter()
            .filter(|(start, _)| *start + 1 < at)
            .find_map(|(_, phrase)| match phrase.referent {
                Referent::Name(id)
                    if self.is_person_like(id)
                        && self.table.drafts[id].gender.compatible(gender) =>
                {
                    Some(Target::Entity(id))
                }
                _ => None,
            })
    }

    /// The subject of the narrative just before token `at`, for "he"/"she": walking back over
    /// the sentences of this and the previous paragraph, the first whose subject (a name, or
    /// the same pronoun, followed back in its turn) could be the pronoun's. Stops at
    /// dialogue, where the speakers heard decide instead.
    fn subject_before(&self, at: usize, gender: Gender, depth: u8) -> Option<Target> {
        let paragraph = self.tokens.get(at)?.paragraph;
        let sentence = self.sentences.of_token[at] as usize;
        for k in (sentence.saturating_sub(SUBJECT_SENTENCES)..sentence).rev() {
            let span = self.sentences.spans[k].clone();
            if self.inside_quote[span.start] || self.tokens[span.start].paragraph + 1 < paragraph {
                return None;
            }
            // "Outside the conference centre, Leilani Fordyce, policy director of …, called
            // it “…”": a named subject after an introductory phrase and its comma.
            let introduced = super::indirect::subjects(self, &span)
                .into_iter()
                .filter(|(start, _)| *start > span.start + SUBJECT_REACH)
                .find_map(|(_, phrase)| match phrase.referent {
                    Referent::Name(id)
                        if self.is_person_like(id)
                            && self.table.drafts[id].gender.compatible(gender) =>
                    {
                        Some(id)
                    }
                    _ => None,
                });
            if let Some(id) = introduced {
                return Some(Target::Entity(id));
            }
            let mut reach = (span.start + SUBJECT_REACH).min(span.end);
            let mut next = span.start;
            while next < reach {
                let i = next;
                next += 1;
                if let Some(mention) = self.mention_starting_at.get(i) {
                    let id = self.entity_of_mention(mention);
                    if self.is_person_like(id) && self.table.drafts[id].gender.compatible(gender) {
                        return Some(Target::Entity(id));
                    }
                    // "Back in Nareth, Sedrak has sold …": a place in an opening phrase is not
                    // the subject; look on.
                    let introductory = i > span.start
                        && self
                            .lower(i - 1)
                            .is_some_and(|w| matches!(w, "in" | "at" | "from"))
                        && !self.is_person_like(id);
                    if introductory {
                        // The subject may follow the phrase and its comma.
                        let end = self.mentions[mention].tokens.end;
                        reach = (end + 1 + SUBJECT_REACH).min(span.end);
                        continue;
                    }
                    break;
                }
                if !self.has_flag(i, flags::PRONOUN) {
                    continue;
                }
                match personal_pronoun(self.word(i)) {
                    Some(other) if other == gender && depth < SUBJECT_CHAIN => {
                        // "“…,” Vorster explains. ¶ She admits … ¶ … she says": a chain
                        // that ends at a paragraph opening after quotations is their speaker's.
                        return self.subject_before(i, gender, depth + 1).or_else(|| {
                            self.speaker_before_paragraph(i, gender).map(Target::Entity)
                        });
                    }
                    _ => break,
                }
            }
        }
        None
    }

    /// "“…,” Brandt said. ¶ She warned that …": a he/she opening the first sentence of a
    /// paragraph of reported speech right after a paragraph of quotations is the speaker last
    /// heard there, when the gender allows.
    pub fn speaker_before_paragraph(&self, at: usize, gender: Gender) -> Option<usize> {
        let paragraph = self.tokens.get(at)?.paragraph;
        let sentence = self.sentences.of(at);
        let opens = sentence.start == 0 || self.tokens[sentence.start - 1].paragraph != paragraph;
        let (token, id) = self.last_heard(at)?;
        (opens
            && self.tokens[token].paragraph + 1 == paragraph
            && self.is_person_like(id)
            && !self.table.drafts[id].nominal
            && self.table.drafts[id].gender.compatible(gender))
        .then_some(id)
    }

    /// The last speaker heard before token `at`: the token where it spoke and its entity.
    fn last_heard(&self, at: usize) -> Option<(usize, usize)> {
        let heard = &self.speakers_heard[..self.speakers_heard.partition_point(|m| m.token < at)];
        let last = heard.last()?;
        match last.target {
            Target::Entity(id) => Some((last.token, id)),
            Target::Description { .. } => None,
        }
    }

    /// The speaker of the last quotation before token `at`, when it is a person heard in the
    /// same paragraph.
    fn speaker_just_heard(&self, at: usize) -> Option<Target> {
        let (token, id) = self.last_heard(at)?;
        (self.tokens[token].paragraph == self.tokens.get(at)?.paragraph && self.is_person_like(id))
            .then_some(Target::Entity(id))
    }

    /// The most recent person compatible with a pronoun of `gender` before token `at`.
    /// True when paragraph `paragraph` holds nothing but quotation (and punctuation).
    fn paragraph_is_quotation(&self, paragraph: u32) -> bool {
        let start = self.tokens.partition_point(|t| t.paragraph < paragraph);
        let end = self.tokens.partition_point(|t| t.paragraph <= paragraph);
        start < end
            && (start..end).all(|i| self.inside_quote[i] || self.tokens[i].kind != TokenKind::Word)
    }

    fn most_recent_person(
        &self,
        at: usize,
        gender: Gender,
        narrator: Option<usize>,
    ) -> Option<Target> {
        let paragraph = self.tokens.get(at).map_or(0, |t| t.paragraph);
        let floor = paragraph.saturating_sub(PRONOUN_WINDOW);
        let mut fallback = None;
        let mut fallback_paragraph = 0;
        for candidate in self.candidates_before(at) {
            let candidate_paragraph = self.tokens[candidate.token].paragraph;
            if candidate_paragraph < floor {
                break;
            }
            let candidate_gender = match &candidate.target {
                Target::Entity(id) => {
                    if !self.is_person_like(*id) || Some(*id) == narrator {
                        continue;
                    }
                    self.table.drafts[*id].gender
                }
                Target::Description { head, .. } => {
                    if is_plural_noun(head) {
                        continue; // "the men" are not "he"
                    }
                    self.lexicon.role_noun(head).unwrap_or(Gender::Unknown)
                }
            };
            if candidate_gender == gender && gender != Gender::Unknown {
                // A named person close by, of unknown gender ("Lin Meihua … She predicted"),
                // is likelier than an unnamed description further back ("a mother of four").
                let unnamed = match &candidate.target {
                    Target::Entity(id) => self.table.drafts[*id].nominal,
                    Target::Description { .. } => true,
                };
                let named_fallback = matches!(&fallback, Some(Target::Entity(id)) if !self.table.drafts[*id].nominal);
                // "Glenbrochan manager Ruairidh Gillanders said … ¶ “…,” he said": a named
                // person of unknown gender in a later paragraph is likelier than a man
                // named only further back.
                if named_fallback && (unnamed || candidate_paragraph < fallback_paragraph) {
                    return fallback;
                }
                return Some(candidate.target.clone());
            }
            // "Falstad said. ¶ “…” ¶ She said …": a paragraph of nothing but quotation
            // between keeps the speaker close by.
            let named =
                matches!(&candidate.target, Target::Entity(id) if !self.table.drafts[*id].nominal);
            let close_by = candidate_paragraph + 1 >= paragraph
                || (named
                    && candidate_paragraph + 2 == paragraph
                    && self.paragraph_is_quotation(paragraph - 1));
            if candidate_gender.compatible(gender) && fallback.is_none() && close_by {
                fallback = Some(candidate.target.clone());
                fallback_paragraph = candidate_paragraph;
            }
        }
        fallback
    }

    /// The most recent person, other than `excluded`, that a he/she of `gender` at token `at`
    /// may stand for, mentioned or heard within the pronoun window.
    pub fn person_other_than(&self, at: usize, gender: Gender, excluded: usize) -> Option<usize> {
        let paragraph = self.tokens.get(at).map_or(0, |t| t.paragraph);
        let floor = paragraph.saturating_sub(PRONOUN_WINDOW);
        self.candidates_before(at)
            .take_while(|c| self.tokens[c.token].paragraph >= floor)
            .find_map(|c| match c.target {
                Target::Entity(id)
                    if id != excluded
                        && self.is_person_like(id)
                        && self.table.drafts[id].gender.compatible(gender) =>
                {
                    Some(id)
                }
                _ => None,
            })
    }

    /// The named person of a known, matching gender mentioned most recently in this or the
    /// previous two paragraphs: the one a first "the gentleman" most likely describes.
    fn recent_named_person(&self, at: usize, gender: Gender) -> Option<Target> {
        if gender == Gender::Unknown {
            return None;
        }
        let paragraph = self.tokens.get(at).map_or(0, |t| t.paragraph);
        self.candidates_before(at)
            .take_while(|m| self.tokens[m.token].paragraph + 2 >= paragraph)
            .find(|m| match &m.target {
                Target::Entity(id) => {
                    !self.table.drafts[*id].nominal
                        && self.is_person_like(*id)
                        && self.table.drafts[*id].gender == gender
                }
                Target::Description { .. } => false,
            })
            .map(|m| m.target.clone())
    }

    /// Turns a target into an entity, creating the entity for a description.
    fn materialise(&mut self, target: Target, span: std::ops::Range<usize>, at: usize) -> usize {
        match target {
            Target::Entity(id) => id,
            Target::Description { key, head } => {
                let determiner = key.split(' ').next().unwrap_or("");
                if let Some(id) = self.relative(determiner, &head, at) {
                    return id;
                }
                let gender = self.lexicon.role_noun(&head).unwrap_or(Gender::Unknown);
                self.table.add_nominal(&key, span, gender)
            }
        }
    }

    /// "his wife", "her husband", "the mother": the spouse or parent, found as a person with
    /// the matching title (Mrs., Mr.): first one sharing the possessor's surname (his wife,
    /// Mr. Bennet's, is Mrs. Bennet; the possessor is the person "his" stands for, or a man
    /// just named, even in a quotation: “My dear Mr. Bennet,” said his lady), else the one so
    /// titled mentioned most recently nearby.
    fn relative(&self, determiner: &str, head: &str, at: usize) -> Option<usize> {
        let titles: &[&str] = match head {
            "wife" | "lady" | "mother" | "mamma" | "mama" => &["Mrs.", "Mrs"],
            "husband" | "father" | "papa" => &["Mr.", "Mr"],
            _ => return None,
        };
        let possessor_gender = match determiner {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        let titled = |surname: &str, not: usize| {
            let wanted: Vec<String> = titles.iter().map(|t| format!("{t} {surname}")).collect();
            (0..self.table.drafts.len()).find(|&id| {
                // A draft emptied by a merge keeps no mentions and names nobody.
                id != not
                    && !self.table.drafts[id].mentions.is_empty()
                    && self.table.drafts[id]
                        .forms
                        .iter()
                        .any(|f| wanted.contains(f))
            })
        };
        let surname_of = |id: usize| {
            self.table.drafts[id]
                .name
                .split_whitespace()
                .last()
                .map(str::to_owned)
        };
        if let Some(gender) = possessor_gender {
            if let Some(Target::Entity(possessor)) = self.resolve_pronoun(at, gender)
                && let Some(found) = surname_of(possessor).and_then(|s| titled(&s, possessor))
            {
                return Some(found);
            }
            let named = self
                .recent_mentions(at)
                .find(|&(_, id)| self.table.drafts[id].gender == gender && self.is_person_like(id));
            if let Some((_, possessor)) = named
                && let Some(found) = surname_of(possessor).and_then(|s| titled(&s, possessor))
            {
                return Some(found);
            }
        }
        self.recent_mentions(at)
            .find(|&(index, _)| {
                self.mentions[index]
                    .title_word
                    .as_deref()
                    .is_some_and(|t| titles.contains(&t))
            })
            .map(|(_, id)| id)
    }

    /// Name mentions before token `at`, quoted ones included, most recent first, within
    /// [`PRONOUN_WINDOW`] paragraphs: (mention index, entity).
    fn recent_mentions(&self, at: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let paragraph = self.tokens.get(at).map_or(0, |t| t.paragraph);
        let floor = paragraph.saturating_sub(PRONOUN_WINDOW);
        let before = self.tokens.get(at).map_or(usize::MAX, |t| t.start);
        let end = self.mentions.partition_point(|m| m.span.start < before);
        (0..end)
            .rev()
            .take_while(move |&index| {
                self.tokens[self.mentions[index].tokens.start].paragraph >= floor
            })
            .map(|index| (index, self.entity_of_mention(index)))
    }

    /// The first-person narrator, once "I" has been found speaking.
    pub fn narrator(&self) -> Option<usize> {
        (0..self.table.drafts.len())
            .find(|&id| self.table.drafts[id].nominal && self.table.drafts[id].name == NARRATOR)
    }

    /// Finds the first-person narrator's name from how the others address them: the name
    /// called most often (at least [`NARRATOR_VOCATIVES`] times) in quotes spoken to the
    /// narrator, that is next to one of the narrator's quotes (“Well, Watson, what do you
    /// make of it?”). The narrator's quotes then go to that person. A name that is cited as
    /// a speaker ("said Holmes", in `named_speakers`) is never the narrator's.
    pub fn name_the_narrator(
        &mut self,
        results: &mut [(QuoteKind, Attribution)],
        named_speakers: &[usize],
    ) {
        let (Some(narrator), Some(name)) = (
            self.narrator(),
            self.narrators_name(results, named_speakers),
        ) else {
            return;
        };
        let called = format!("{} (narrator)", self.table.drafts[name].name);
        let draft = &mut self.table.drafts[narrator];
        draft.forms = vec![called.clone()];
        draft.name = called;
    }

    /// The entity whose name the others call the first-person narrator by, as
    /// [`Context::name_the_narrator`] finds it from the speakers decided so far.
    pub fn narrators_name(
        &self,
        results: &[(QuoteKind, Attribution)],
        named_speakers: &[usize],
    ) -> Option<usize> {
        let narrator = self.narrator()?;
        let speaks = |i: usize| results[i].1.speaker == Some(narrator);
        let mut votes: Vec<(usize, usize)> = Vec::new();
        for index in 0..results.len() {
            // The narrator's own words, by "said I", do not address the narrator; a quote
            // given to the narrator only by turn-taking may be the other party's.
            let said_by_narrator = speaks(index) && results[index].1.cue.is_some();
            if results[index].0 == QuoteKind::Partial || said_by_narrator {
                continue;
            }
            let beside_narrator = (index > 0 && speaks(index - 1))
                || (index + 1 < results.len() && speaks(index + 1));
            if !beside_narrator {
                continue;
            }
            let Some(name) = super::dialogue::addressee(self, index) else {
                continue;
            };
            if self.table.drafts[name].nominal || named_speakers.contains(&name) {
                continue;
            }
            match votes.iter_mut().find(|(id, _)| *id == name) {
                Some((_, n)) => *n += 1,
                None => votes.push((name, 1)),
            }
        }
        // The name the narrator gives themselves; else the most often called, and between
        // equals the one called first.
        let best = votes
            .iter()
            .enumerate()
            .max_by_key(|&(order, &(_, n))| (n, std::cmp::Reverse(order)))
            .map(|(_, &found)| found);
        match (self.self_given_name(), best) {
            (Some(name), _) => Some(name),
            (None, Some((name, count))) if count >= NARRATOR_VOCATIVES => Some(name),
            _ => None,
        }
    }

    /// The name a first-person narrator gives themselves in the narrative: "I called myself
    /// Pip", "my name was Ishmael", "I was christened Ralph". The words before the name come
    /// from `assets/lexicon/self_naming.txt`.
    fn self_given_name(&self) -> Option<usize> {
        self.mentions
            .iter()
            .enumerate()
            .find_map(|(index, mention)| {
                let start = mention
                    .title
                    .as_ref()
                    .map_or(mention.tokens.start, |t| t.start);
                if mention.quoted
                    || start < 2
                    || !self
                        .lexicon
                        .ends_self_naming(&self.lowercase_text(start - 1))
                {
                    return None;
                }
                let words: Vec<String> = (start.saturating_sub(3)..start)
                    .map(|i| self.word(i).to_lowercase())
                    .collect();
                let id = self.entity_of_mention(index);
                let place_or_body = matches!(
                    self.table.kind(id),
                    EntityKind::Place | EntityKind::Organization
                );
                (self.lexicon.is_self_naming(&words) && !place_or_body).then_some(id)
            })
    }

    /// True when entity `id` could be a person: a person, a description of one, or an
    /// unclassified name of two or more words.
    pub fn is_person_like(&self, id: usize) -> bool {
        let draft = &self.table.drafts[id];
        match self.table.kind(id) {
            EntityKind::Person => true,
            EntityKind::Other => draft.nominal || draft.name.split_whitespace().count() >= 2,
            _ => false,
        }
    }

    /// True when token `i` is a word (not punctuation or a mark).
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }
}

/// True for a plural role noun ("officials", "men", "gentlemen", "children"), which a
/// singular pronoun cannot stand for.
fn is_plural_noun(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    (last.ends_with('s') && !last.ends_with("ss"))
        || last.ends_with("men")
        || matches!(last, "people" | "children" | "folk")
}

#[cfg(test)]
mod tests {
    use crate::analysis::attribution::speakers;

    #[test]
    fn a_narrator_who_names_themselves_is_named() {
        let found = speakers(&[
            "My family name being Quillon, I called myself Quill, and came to be called Quill.",
            "“Hold still!” cried a voice from the graves.",
            "“Yes, sir,” I said.",
        ]);
        assert_eq!(found[1].1.as_deref(), Some("Quill (narrator)"));
    }

    #[test]
    fn vocatives_name_the_narrator() {
        let found = speakers(&[
            "I waited by the window while Edgar Vance read the letter twice.",
            "“What do you make of it, Perrin?” asked Edgar Vance.",
            "“Very little,” I said.",
        ]);
        assert_eq!(found[1].1.as_deref(), Some("Perrin (narrator)"));
    }

    /// The names and aliases of the first quote's speaker.
    fn first_speaker_forms(paragraphs: &[&str]) -> Vec<String> {
        use crate::document::{Article, Metadata};
        let article =
            Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied());
        let analysis = crate::analysis::analyze(&article);
        let speaker = analysis.quotes[0].speaker.map(|id| &analysis.entities[id]);
        speaker.map_or_else(Vec::new, |e| {
            std::iter::once(e.name.clone())
                .chain(e.aliases.clone())
                .collect()
        })
    }

    #[test]
    fn his_lady_is_the_wife_of_the_man_she_addresses() {
        let forms = first_speaker_forms(&[
            "“My dear Mr. Tallow,” said his lady one evening, “the roof leaks again.”",
            "Mr. Tallow said nothing, and Mrs. Tallow sighed.",
        ]);
        assert!(forms.iter().any(|f| f == "Mrs. Tallow"), "{forms:?}");
    }

    #[test]
    fn the_mother_is_the_married_woman_just_named() {
        let forms = first_speaker_forms(&[
            "Mrs. Quill came in with her son and Ellen Gray. “Sit down,” said the mother.",
        ]);
        assert!(forms.iter().any(|f| f == "Mrs. Quill"), "{forms:?}");
    }

    #[test]
    fn he_is_the_subject_of_the_narrative_before() {
        let found = speakers(&[
            "Edgar Vance sat down. He looked round and saw that Mr. Pollard was famous there. \
             “Have you been to Leeds?” he asked.",
        ]);
        assert_eq!(found[0].1.as_deref(), Some("Edgar Vance"));
    }

    #[test]
    fn plural_descriptions_are_not_he() {
        let found = speakers(&["Tom Keller stood aside for the men. “Sit down,” he said."]);
        assert_eq!(found[0].1.as_deref(), Some("Tom Keller"));
    }

    #[test]
    fn his_head_is_not_a_speaker() {
        let found = speakers(&["Quillon Varga shook his head. “No,” he said."]);
        assert_eq!(found[0].1.as_deref(), Some("Quillon Varga"));
    }
}
