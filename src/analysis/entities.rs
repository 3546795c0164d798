//! Grouping name mentions into entities: gazetteer aliases (U.S. = United States), defined
//! acronyms, surnames and given names joined to the full name they shorten, and a kind for
//! each entity decided from the words and the article's other evidence.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

use super::lexicon::{Gender, KindContext, Lexicon};
use super::model::{Entity, EntityKind};
use super::names::{NameHint, NameMention, is_cardinal_word};
use super::tokens::{Token, TokenKind};

/// An entity being assembled.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The name shown ("Ana Ruiz").
    pub name: String,
    /// Every surface form used, the name included.
    pub forms: Vec<String>,
    /// Demonyms used for it ("Chinese" for China): aliases, never the name.
    pub demonyms: Vec<String>,
    /// Mention byte ranges.
    pub mentions: Vec<Range<usize>>,
    /// Gender from titles, given names, role nouns and pronouns.
    pub gender: Gender,
    /// Evidence for each kind, weighed when the kind is decided.
    pub votes: KindVotes,
    /// The role the article gives ("president of the Port Halden local").
    pub description: Option<String>,
    /// A role noun this entity was introduced with, for nominal references ("spokesperson").
    pub roles: Vec<String>,
    /// True for an entity known only by a description ("the parson").
    pub nominal: bool,
    /// True for a source the article keeps anonymous ("one picker, who asked not to be
    /// named"): followed by pronouns like anyone, but never shown nor credited.
    pub anonymous: bool,
}

/// Counts of evidence for each kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct KindVotes {
    /// Titles, given names, speech verbs with a personal subject, gendered pronouns.
    pub person: u32,
    /// Organisation words, known organisations.
    pub organization: u32,
    /// Gazetteer entries, "in X".
    pub place: u32,
    /// An article before the name: evidence against a person.
    pub thing: u32,
    /// "in X", "the people of X", a dateline: places by their context.
    pub context_place: u32,
    /// A score beside the name ("Sweden 1 – 0 Peru"): a team, whatever its name says.
    pub team: u32,
    /// "which" opening a relative clause after the name ("Fibrosis Action, which funds
    /// research"): no person, so a speaker with it is a body.
    pub which: u32,
    /// Mentions in the writer's narration, outside quotations (a name only ever called out
    /// inside them, “Come, Hartley, …”, is someone's).
    pub narrated: u32,
}

/// The article's entities and which entity each name mention belongs to.
#[derive(Debug, Clone, Default)]
pub struct EntityTable {
    /// Entities in order of first mention.
    pub drafts: Vec<Draft>,
    /// For each name mention, its entity.
    pub mention_entity: Vec<usize>,
    /// Entities known only by a description, by name.
    nominal_ids: HashMap<String, usize>,
    /// Mentions of those entities as (byte start, id), sorted.
    pub nominal_mentions: Vec<(usize, usize)>,
    /// For each name mention, whether its context marks a place ("in X", a dateline).
    place_context: Vec<bool>,
}

/// How many tokens after a place in capitals the dash of its dateline may stand.
const DATELINE_CAPS_REACH: usize = 14;

impl EntityTable {
    /// Groups `mentions` (in text order) into entities.
    pub fn build(
        text: &str,
        tokens: &[Token],
        mentions: &[NameMention],
        lexicon: &Lexicon,
    ) -> EntityTable {
        let mut table = EntityTable::default();
        let mut by_key: HashMap<GroupKey, usize> = HashMap::default();
        for mention in mentions {
            let key = group_key(mention, lexicon);
            let id = *by_key.entry(key).or_insert_with(|| {
                table.drafts.push(Draft::new(key.first_name().to_owned()));
                table.drafts.len() - 1
            });
            table.attach(id, mention, text, lexicon);
            table.mention_entity.push(id);
        }
        table.add_context_votes(text, tokens, mentions, lexicon);
        table.vote_clubs(lexicon);
        table.vote_towns();
        table.vote_lists(text, tokens, mentions, lexicon);
        table.link_demonyms();
        table.link_acronyms(text, tokens, mentions);
        table.link_short_names(mentions, lexicon);
        table.link_compound_surnames(lexicon);
        table.link_nicknames(lexicon);
        table
    }

    /// "Ray Tullis" is the Raymond Tullis named in full elsewhere: a person named with a
    /// familiar form of a given name joins the one person named with the full form and the
    /// same surname.
    fn link_nicknames(&mut self, lexicon: &Lexicon) {
        // People named in two words or more, by the rest of their name after the first word.
        let mut by_rest: HashMap<String, Vec<usize>> = HashMap::default();
        for id in 0..self.drafts.len() {
            if self.drafts[id].mentions.is_empty() || !self.is_personish(id) {
                continue;
            }
            if let Some((_, rest)) = self.drafts[id].name.split_once(' ') {
                by_rest.entry(rest.to_owned()).or_default().push(id);
            }
        }
        for ids in by_rest.into_values().filter(|ids| ids.len() > 1) {
            for &id in &ids {
                let first = self.drafts[id].name.split(' ').next().unwrap_or_default();
                let fits: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&other| {
                        other != id
                            && !self.drafts[other].mentions.is_empty()
                            && self.drafts[other]
                                .name
                                .split(' ')
                                .next()
                                .is_some_and(|given| lexicon.is_nickname_of(first, given))
                    })
                    .collect();
                if let [full] = fits[..] {
                    self.merge(id, full);
                }
            }
        }
    }

    /// "De Wit" for "Saskia de Wit", "Benítez Ortega" for "Rosario Benítez Ortega": a name of
    /// two or more words that ends the name of exactly one person (its first word any case, no
    /// given name) is that person's compound surname.
    fn link_compound_surnames(&mut self, lexicon: &Lexicon) {
        // The people named in three words or more, the only ones a compound surname can end.
        let full_names: Vec<usize> = (0..self.drafts.len())
            .filter(|&id| {
                self.drafts[id].name.split_whitespace().nth(2).is_some()
                    && !self.drafts[id].mentions.is_empty()
                    && self.is_personish(id)
            })
            .collect();
        if full_names.is_empty() {
            return;
        }
        for id in 0..self.drafts.len() {
            let name = &self.drafts[id].name;
            let words = name.split_whitespace().count();
            let first = name.split_whitespace().next().unwrap_or_default();
            if words < 2
                || self.drafts[id].mentions.is_empty()
                || !self.is_personish(id)
                || lexicon.given_name(first).is_some()
            {
                continue;
            }
            let ends_with = |full: &str| {
                full.len() > name.len()
                    && full.is_char_boundary(full.len() - name.len())
                    && full[full.len() - name.len()..].eq_ignore_ascii_case(name)
                    && full[..full.len() - name.len()].ends_with(' ')
            };
            let fits: Vec<usize> = full_names
                .iter()
                .copied()
                .filter(|&other| {
                    other != id
                        && !self.drafts[other].mentions.is_empty()
                        && ends_with(&self.drafts[other].name)
                })
                .collect();
            if let [full] = fits[..] {
                self.merge(id, full);
            }
        }
    }

    /// "Fallowmere Wheelers" beside "in Fallowmere", "Fellmoor Ramblers" beside "Fellmoor
    /// National Park": a place's name and a plural of what people do ("-ers") is a club of
    /// them, not a person ("Bernie Sanders" names no place); a town's whole name and a plural
    /// is its team ("Port Calder Herons").
    fn vote_clubs(&mut self, lexicon: &Lexicon) {
        let placed = |d: &Draft| {
            !d.mentions.is_empty()
                && d.votes.person == 0
                && d.votes.place + d.votes.context_place > 0
        };
        let places: HashSet<&str> = self
            .drafts
            .iter()
            .filter(|d| placed(d))
            .map(|d| d.name.split(' ').next().unwrap_or(""))
            .collect();
        let whole_places: HashSet<&str> = self
            .drafts
            .iter()
            .filter(|d| placed(d))
            .map(|d| d.name.as_str())
            .collect();
        let clubs: Vec<usize> = (0..self.drafts.len())
            .filter(|&id| {
                let draft = &self.drafts[id];
                let Some((first, _)) = draft.name.split_once(' ') else {
                    return false;
                };
                let Some((town, last)) = draft.name.rsplit_once(' ') else {
                    return false;
                };
                // "Port Calder Herons", "Fort Anselm Foxes": a team named for its town, when
                // the town is a place of the article or the gazetteer's.
                let team = last.len() > 3
                    && last.ends_with('s')
                    && !last.ends_with("ss")
                    && !last.ends_with("us")
                    && last.chars().all(char::is_alphabetic)
                    && !lexicon.is_place_word(last)
                    && !lexicon.is_org_word(last)
                    // Not "the 2019 Rossay Games", an event.
                    && !lexicon.is_other_word(last)
                    && (whole_places.contains(town)
                        || lexicon.place(town).is_some()
                        // "Fort Anselm Foxes": a town named with a place's first word.
                        || (town.contains(' ')
                            && lexicon.tells_kind(
                                &super::tokens::lowercase(first),
                                KindContext::PlacePrefix,
                            )));
                draft.votes.person <= 1
                    && draft.votes.organization == 0
                    && ((draft.votes.place == 0
                        && last.len() > 5
                        && last.ends_with("ers")
                        && places.contains(first))
                        || team)
            })
            .collect();
        for id in clubs {
            self.drafts[id].votes.organization += 3;
        }
    }

    /// "Kelavari" beside "Kelavar": a single word made of a place's name and a demonym
    /// ending is that place's demonym (an alias), not an entity of its own. Known countries'
    /// demonyms come from the gazetteer; this finds those of places it does not list.
    /// "Corvell" beside "Corvell High", "Corvell Police" and "Corvell Parks and Recreation
    /// Department": a single word of no known kind that begins two or more bodies or places
    /// (neither name beginning the other) is the town they are named after.
    fn vote_towns(&mut self) {
        let mut named_after: HashMap<&str, Vec<&str>> = HashMap::default();
        for draft in &self.drafts {
            let votes = draft.votes;
            if draft.mentions.is_empty() || votes.organization + votes.place == 0 {
                continue;
            }
            if let Some((first, _)) = draft.name.split_once(' ') {
                named_after.entry(first).or_default().push(&draft.name);
            }
        }
        let towns: Vec<usize> = (0..self.drafts.len())
            .filter(|&id| {
                let draft = &self.drafts[id];
                !draft.mentions.is_empty()
                    && !draft.name.contains(' ')
                    && draft.votes.person == 0
                    && named_after.get(draft.name.as_str()).is_some_and(|names| {
                        names.iter().enumerate().any(|(a, x)| {
                            names[a + 1..]
                                .iter()
                                .any(|y| !starts_with_word(x, y) && !starts_with_word(y, x))
                        })
                    })
            })
            .collect();
        for id in towns {
            self.drafts[id].votes.context_place += 2;
        }
    }

    /// "The branches in Kinnowee, Wyecross, Carrow and Dunley will close": in a list of
    /// names joined by commas and a final "and" or "or", single words of no known kind
    /// beside two or more places are places too. So are both of a pair that a route joins
    /// ("the main line between Saltringham and Carrowby") or a border divides ("the borders
    /// with Thessary and Lordemark").
    fn vote_lists(
        &mut self,
        text: &str,
        tokens: &[Token],
        mentions: &[NameMention],
        lexicon: &Lexicon,
    ) {
        let joins = |a: &NameMention, b: &NameMention| {
            let between: Vec<&str> = (a.tokens.end..b.tokens.start)
                .map(|i| tokens[i].text(text))
                .collect();
            matches!(
                between.as_slice(),
                [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
            )
        };
        let mut start = 0;
        while start < mentions.len() {
            let mut end = start + 1;
            while end < mentions.len() && joins(&mentions[end - 1], &mentions[end]) {
                end += 1;
            }
            // "between Invergellie and Cairnfoyle": a pair after "between" is two places when
            // one of them is.
            let first = mentions[start].tokens.start;
            let word_before = |n: usize| {
                first
                    .checked_sub(n)
                    .map(|i| super::tokens::lowercase(tokens[i].text(text)))
            };
            let between = end - start == 2 && word_before(1).as_deref() == Some("between");
            let routed = between
                && word_before(2).is_some_and(|w| {
                    lexicon.tells_kind(&w, KindContext::Route)
                        || lexicon.tells_kind(&w, KindContext::Toward)
                });
            let bordered = word_before(1).as_deref() == Some("with")
                && word_before(2).is_some_and(|w| lexicon.tells_kind(&w, KindContext::Bordering));
            if end - start >= LIST_NAMES || between || bordered {
                let ids: Vec<usize> = (start..end).map(|m| self.mention_entity[m]).collect();
                let places = ids
                    .iter()
                    .filter(|&&id| self.kind(id) == EntityKind::Place)
                    .count();
                if places >= 2 || (between && places == 1) || routed || bordered {
                    for &id in &ids {
                        let draft = &self.drafts[id];
                        if self.kind(id) == EntityKind::Other
                            && !draft.name.contains(' ')
                            && draft.votes.person == 0
                        {
                            self.drafts[id].votes.context_place += 2;
                        }
                    }
                }
            }
            start = end;
        }
    }

    /// A single word of no known kind whose demonym the article also uses ("Valmora" beside
    /// "Valmoran") is a place too.
    fn link_demonyms(&mut self) {
        let places: HashMap<String, usize> = (0..self.drafts.len())
            .filter(|&id| {
                self.kind(id) == EntityKind::Place && !self.drafts[id].mentions.is_empty()
            })
            .map(|id| (self.drafts[id].name.clone(), id))
            .collect();
        // A country may speak like a body ("Drevnia said"): a word with a demonym is a place
        // even so.
        let unknown: HashMap<String, usize> = (0..self.drafts.len())
            .filter(|&id| {
                let draft = &self.drafts[id];
                !draft.mentions.is_empty()
                    && !draft.name.contains(' ')
                    && draft.votes.person == 0
                    && matches!(self.kind(id), EntityKind::Other | EntityKind::Organization)
            })
            .map(|id| (self.drafts[id].name.clone(), id))
            .collect();
        for id in 0..self.drafts.len() {
            let name = &self.drafts[id].name;
            // A demonym may have been taken for a place itself ("the Dravenian government"):
            // it is still looked up, but only among other places.
            let taken_for_place = places.get(name) == Some(&id);
            if name.contains(' ') || self.drafts[id].mentions.is_empty() {
                continue;
            }
            // "Selvarans", "Wessarians": the plural of a demonym.
            let singular = name.strip_suffix('s').unwrap_or(name);
            // The place a base names: itself, with a final "y" ("Wessarian" for Wessary), or
            // with "ia" ("Velmari" for Velmaria).
            let lookup = |map: &HashMap<String, usize>, base: &str| {
                map.get(base)
                    .or_else(|| {
                        base.strip_suffix('i')
                            .and_then(|stem| map.get(&format!("{stem}y")))
                    })
                    .or_else(|| map.get(&format!("{base}ia")))
                    .copied()
            };
            let bases = || {
                [name.as_str(), singular].into_iter().flat_map(|word| {
                    DEMONYM_ENDINGS.iter().filter_map(move |ending| {
                        word.strip_suffix(*ending)
                            .filter(|base| base.chars().count() >= MIN_DEMONYM_BASE)
                    })
                })
            };
            let place = bases()
                .find_map(|base| lookup(&places, base))
                .filter(|&place| place != id)
                .or_else(|| {
                    bases()
                        .find_map(|base| lookup(&unknown, base))
                        .filter(|&place| place != id && !taken_for_place)
                });
            if let Some(place) = place {
                if self.kind(place) != EntityKind::Place {
                    let votes = &mut self.drafts[place].votes;
                    votes.context_place += 2 + votes.organization;
                }
                self.merge_as_demonym(id, place);
            }
        }
    }

    /// Moves entity `from`'s mentions into `to`, its forms becoming `to`'s demonyms.
    fn merge_as_demonym(&mut self, from: usize, to: usize) {
        let source = std::mem::replace(&mut self.drafts[from], Draft::new(String::new()));
        let target = &mut self.drafts[to];
        for form in source.forms {
            if !target.demonyms.contains(&form) {
                target.demonyms.push(form);
            }
        }
        target.mentions.extend(source.mentions);
        target.mentions.sort_by_key(|m| m.start);
        for entity in &mut self.mention_entity {
            if *entity == from {
                *entity = to;
            }
        }
    }

    fn attach(&mut self, id: usize, mention: &NameMention, text: &str, lexicon: &Lexicon) {
        let draft = &mut self.drafts[id];
        let surface = &text[mention.span.clone()];
        if lexicon.is_demonym(surface) {
            // "Chinese" is an alias of China, never its name.
            if !draft.demonyms.iter().any(|d| d == surface) {
                draft.demonyms.push(surface.to_owned());
            }
        } else {
            // Marcus “Deuce” Whitfield is known as Marcus Whitfield: a nickname in quotation
            // marks is no form of the name.
            let nicknamed = surface.contains(['“', '"', '‘']);
            if !nicknamed && !draft.forms.iter().any(|f| f == surface) {
                draft.forms.push(surface.to_owned());
            }
            if !draft.forms.contains(&mention.name) {
                draft.forms.push(mention.name.clone());
            }
        }
        if let Some(honorific) = mention
            .title_word
            .as_deref()
            .filter(|_| !mention.name.contains(' '))
            && HONORIFICS.contains(&honorific)
            && !draft
                .forms
                .iter()
                .any(|f| is_titled(f, honorific, &mention.name))
        {
            draft.forms.push(format!("{honorific} {}", mention.name));
        }
        draft.mentions.push(mention.span.clone());
        if draft.gender == Gender::Unknown {
            draft.gender = mention.gender;
        }
        match mention.hint {
            NameHint::Person => draft.votes.person += 2,
            NameHint::Organization => draft.votes.organization += 3,
            NameHint::Place => draft.votes.place += 3,
            NameHint::AmbiguousPlace => draft.votes.place += 1,
            // The shape of a name ("Harlan Vale") is one piece of evidence however often it
            // is seen; six "in Harlan Vale" outweigh it.
            NameHint::LikelyPerson if draft.votes.person == 0 => draft.votes.person += 1,
            NameHint::LikelyPerson => {}
            NameHint::Acronym => draft.votes.organization += 1,
            NameHint::Other => draft.votes.thing += 3,
            NameHint::Unknown => {}
        }
    }

    /// "the Atlantic Longshore Federation (ALF)": ALF becomes an alias; so does an acronym made
    /// of a multi-word organisation's initials.
    fn link_acronyms(&mut self, text: &str, tokens: &[Token], mentions: &[NameMention]) {
        // An acronym is defined once: a later "Gemma Ruddock (PLP)" in a results table gives
        // the candidate's party, not her name.
        let mut defined_acronyms: HashSet<&str> = HashSet::default();
        for (index, mention) in mentions.iter().enumerate() {
            let Some(next) = mentions.get(index + 1) else {
                continue;
            };
            let after = mention.tokens.end;
            // "the Kerzhistan National Gas Company (Kerzhgaz)": a short name in brackets
            // built from the name's first word counts as well.
            let short_name = || {
                !next.name.contains(' ')
                    && mention.name.contains(' ')
                    && next.name.len() >= 4
                    && mention
                        .name
                        .get(..3)
                        .zip(next.name.get(..3))
                        .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
            };
            let defined = tokens.get(after).is_some_and(|t| t.text(text) == "(")
                && next.tokens.start == after + 1
                && tokens
                    .get(next.tokens.end)
                    .is_some_and(|t| t.text(text) == ")")
                && (is_acronym(&next.name) || short_name());
            if defined
                && mention.hint != NameHint::Person
                && defined_acronyms.insert(next.name.as_str())
            {
                self.merge(self.mention_entity[index + 1], self.mention_entity[index]);
            }
        }
        // Multi-word names by their initials ("World Health Organization" under "WHO").
        let mut by_initials: HashMap<String, usize> = HashMap::default();
        for (id, draft) in self.drafts.iter().enumerate() {
            if draft.name.contains(' ') && !draft.mentions.is_empty() {
                by_initials.entry(initials(&draft.name)).or_insert(id);
            }
        }
        for id in 0..self.drafts.len() {
            if self.drafts[id].mentions.is_empty() || !is_acronym(&self.drafts[id].name) {
                continue;
            }
            let letters: String = self.drafts[id]
                .name
                .chars()
                .filter(char::is_ascii_alphabetic)
                .collect();
            if let Some(&target) = by_initials.get(&letters)
                && !self.drafts[target].mentions.is_empty()
            {
                self.merge(id, target);
            }
        }
    }

    /// A surname or given name alone ("Ruiz", "Zhang") joins the full name it shortens when
    /// exactly one person fits; several fit only a bare name, which goes to the one mentioned
    /// last, so two people who share a surname are never merged.
    fn link_short_names(&mut self, mentions: &[NameMention], lexicon: &Lexicon) {
        // Places of two words headed by a place word, for "the Lutra" after "the Lutra
        // River", by their first word.
        // Only a natural feature's: "Corvane" is the town, not Corvane Central. "Leeming"
        // after "the River Leeming" and "Orrish" after "the Isle of Orrish" likewise.
        let feature = |word: &str| lexicon.names_its_feature(word);
        let mut headed_places: HashMap<&str, Vec<usize>> = HashMap::default();
        for id in 0..self.drafts.len() {
            if self.kind(id) != EntityKind::Place {
                continue;
            }
            let name = self.drafts[id].name.as_str();
            let named_for = match name.split_once(' ') {
                Some((first, head)) if !head.contains(' ') && feature(head) => Some(first),
                Some((prefix, rest)) if feature(prefix) => {
                    let rest = rest.strip_prefix("of ").unwrap_or(rest);
                    (!rest.contains(' ')).then_some(rest)
                }
                _ => None,
            };
            if let Some(bare) = named_for {
                headed_places.entry(bare).or_default().push(id);
            }
        }
        let headed_places: HashMap<String, Vec<usize>> = headed_places
            .into_iter()
            .map(|(first, ids)| (first.to_owned(), ids))
            .collect();
        // Full names by their first and last words.
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
        for id in 0..self.drafts.len() {
            let words: Vec<&str> = self.drafts[id].name.split_whitespace().collect();
            if words.len() >= 2 && self.is_personish(id) {
                // "Carvajal" for "Inés Carvajal Ibáñez": a middle word that is no given name
                // is a first surname.
                let middle = (words.len() == 3 && lexicon.given_name(words[1]).is_none())
                    .then_some(words[1]);
                for word in [words[0], words[words.len() - 1]].into_iter().chain(middle) {
                    let ids = by_word.entry(word.to_owned()).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        // Multi-word organisations, for "Brightwater" after "Brightwater Terminals" and
        // "Hollins Bray" after "Hollins Bray Homes", by their first word.
        let mut organizations: HashMap<String, Vec<usize>> = HashMap::default();
        for id in 0..self.drafts.len() {
            let name = &self.drafts[id].name;
            if self.drafts[id].votes.organization > 0 && name.contains(' ') {
                let first_word = name.split(' ').next().unwrap_or_default();
                organizations
                    .entry(first_word.to_owned())
                    .or_default()
                    .push(id);
            }
        }
        // Multi-word organisations by their last word, for "Rovers" after "Kestrel Bay Rovers".
        let mut organizations_by_last_word: HashMap<String, Vec<usize>> = HashMap::default();
        for id in 0..self.drafts.len() {
            if self.drafts[id].votes.organization > 0
                && let Some((_, last)) = self.drafts[id].name.rsplit_once(' ')
            {
                organizations_by_last_word
                    .entry(last.to_owned())
                    .or_default()
                    .push(id);
            }
        }
        // Where each entity was last mentioned, as the mentions are walked in order.
        // Surnames that a man is known by with "Mr." and no man's full name carries.
        let male_surnames: Vec<&str> = (0..self.drafts.len())
            .filter(|&id| self.drafts[id].gender == Gender::Male)
            .filter_map(|id| {
                let name = &self.drafts[id].name;
                name.contains(' ')
                    .then(|| name.rsplit(' ').next())
                    .flatten()
            })
            .collect();
        let husbands: HashSet<&str> = mentions
            .iter()
            .filter(|m| matches!(m.title_word.as_deref(), Some("Mr." | "Mr")))
            .map(|m| m.name.as_str())
            .filter(|surname| !surname.contains(' ') && !male_surnames.contains(surname))
            .collect();
        let mut last_seen = vec![0usize; self.drafts.len()];
        for (index, mention) in mentions.iter().enumerate() {
            let id = self.mention_entity[index];
            let single = !mention.name.contains(' ');
            let mut target = None;
            // "Paris claims" after "Valeska Paris": a gazetteer name outside a place context
            // is the surname of the one person already named with it.
            let place_name = single
                && matches!(mention.hint, NameHint::Place | NameHint::AmbiguousPlace)
                && self.drafts[id].votes.organization == 0
                && !self.place_context[index];
            // "Doresk" (a dateline, "in Doresk") is not the first word of a person or thing
            // named "Doresk Accord".
            let votes = self.drafts[id].votes;
            let known_place = votes.context_place >= 2 && votes.person == 0;
            // "the valve supplier, Solberg replied": a surname with a single, weak vote for a
            // body may still be the person named in full before.
            let contested = !self.is_personish(id) && votes.place == 0 && votes.organization == 1;
            // "Game 7 is in Norvale": a name in a place context is no short form of a thing
            // ("Norvale Rapids"), though it may be a person's ("interest in Brandvold").
            let in_place = self.place_context[index];
            if single && (((self.is_personish(id) || contested) && !known_place) || place_name) {
                let candidates: Vec<usize> = by_word
                    .get(&mention.name)
                    .map(|ids| {
                        ids.iter()
                            .copied()
                            .filter(|&f| {
                                let full = &self.drafts[f];
                                // "Roderick" is a man's given name but Sian Roderick's
                                // surname: only a title's gender ("Mr Roderick") objects.
                                let surname = without_generation(&full.name)
                                    .strip_suffix(mention.name.as_str())
                                    .is_some_and(|rest| rest.ends_with(' '));
                                let gender_from_title = mention
                                    .title_word
                                    .as_deref()
                                    .and_then(|t| lexicon.title(t))
                                    .is_some_and(|g| g != Gender::Unknown);
                                f != id
                                    && (full.gender.compatible(mention.gender)
                                        || (surname && !gender_from_title))
                                    && (!contested || last_seen[f] > 0)
                                    && (!in_place || full.votes.person > full.votes.thing)
                                    // "I'm not well, Florence." with a Florence Linden in
                                    // the story: a given name that is also a city's is hers,
                                    // before her full name comes too.
                                    && (!place_name
                                        || full.votes.person > full.votes.thing
                                            && (last_seen[f] > 0 && surname
                                                || mention.hint == NameHint::AmbiguousPlace
                                                    && starts_with_word(
                                                        &full.name,
                                                        &mention.name,
                                                    )
                                                    // Not "Virginia Governor": a title is
                                                    // no surname.
                                                    && full.name.split(' ').skip(1).all(|w| {
                                                        lexicon.title(w).is_none()
                                                    })))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let surname_of = |full: &str| {
                    without_generation(full)
                        .strip_suffix(mention.name.as_str())
                        .is_some_and(|rest| rest.ends_with(' '))
                };
                // "Mrs. Hilbery" beside a "Mr. Hilbery" known by no full name is his wife,
                // not the Katharine Hilbery of the same family.
                let wife_of_a_titled_man =
                    matches!(mention.title_word.as_deref(), Some("Mrs." | "Mrs"))
                        && husbands.contains(mention.name.as_str());
                target = match candidates.as_slice() {
                    [] => None,
                    _ if wife_of_a_titled_man => None,
                    [only] => Some(*only),
                    _ if mention.title.is_some() || place_name => None,
                    // "Warhol" is Andy Warhol's surname before it is the first word of
                    // "Warhol Polaroids"; then the one mentioned last.
                    several => several.iter().copied().max_by_key(|&f| {
                        let full = &self.drafts[f];
                        (
                            surname_of(&full.name) && full.votes.person > full.votes.thing,
                            last_seen[f],
                        )
                    }),
                };
            }
            // "Shares in Vessant" is a place context, but an owned "Vessant shareholders" says
            // otherwise: more evidence of a place than of a body keeps it apart.
            let votes = self.drafts[id].votes;
            let placed = votes.place + votes.context_place > votes.organization;
            // A person's full name ("Ana Ruiz" before the "Ana Ruiz Foundation") stays a person,
            // and a body's full name ("Wrenford United" before the "Wrenford United Supporters'
            // Trust") a body of its own.
            let full_person_name = !single && mention.hint == NameHint::Person;
            let full_body_name = !single && mention.hint == NameHint::Organization;
            if target.is_none() && mention.title.is_none() && !full_person_name {
                let first_word = mention.name.split(' ').next().unwrap_or_default();
                let longer: Vec<usize> = organizations
                    .get(first_word)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&o| {
                        let name = &self.drafts[o].name;
                        // "Civic Reform" before the "Civic Reform Party" is the party already.
                        let with_org_words = starts_with_word(name, &mention.name)
                            && name[mention.name.len()..]
                                .split_whitespace()
                                .all(|w| lexicon.is_org_word(w));
                        o != id
                            && (starts_with_word(name, &mention.name)
                                || abbreviates(name, &mention.name))
                            && (last_seen[o] > 0 || with_org_words)
                            // "the Civic Reform camp" reads like a place, but the "Civic
                            // Reform Party" is named: the body's short form.
                            && (!placed
                                || with_org_words && {
                                    let rest = name[mention.name.len()..].trim();
                                    !rest.contains(' ')
                                        && lexicon
                                            .tells_kind(&rest.to_lowercase(), KindContext::Suffix)
                                })
                            // "Harlow & Finch" is "Harlow & Finch Group", but "Wrenford
                            // United" is not the "Wrenford United Supporters' Trust", nor
                            // "Ashcombe University" its "Ashcombe University Police
                            // Department": a name ending in a body's word is that body, and
                            // only a legal suffix ("Ltd") may follow it.
                            && (!full_body_name || {
                                let rest = &self.drafts[o].name[mention.name.len()..];
                                let ends_in_body = mention
                                    .name
                                    .rsplit(' ')
                                    .next()
                                    .is_some_and(|w| lexicon.is_org_word(w));
                                rest.split_whitespace().all(|w| {
                                    if ends_in_body {
                                        LEGAL_SUFFIXES.contains(&w.trim_end_matches('.'))
                                    } else {
                                        lexicon.is_org_word(w)
                                    }
                                })
                            })
                    })
                    .collect();
                // "Ashcombe" after "Little Ashcombe" and "Ashcombe Parish Council" is ambiguous.
                let elsewhere = || {
                    self.drafts.iter().enumerate().any(|(other, d)| {
                        other != id
                            && !longer.contains(&other)
                            && !d.mentions.is_empty()
                            && d.name.contains(' ')
                            && !starts_with_word(&d.name, &mention.name)
                            && d.name.split_whitespace().any(|w| w == mention.name)
                    })
                };
                // Names that begin one another: "Harlow & Finch" and "Harlow & Finch Group" are
                // one body under two forms, and the longest stands for them; "Wrenford United"
                // and the "Wrenford United Supporters' Trust" are two, and "Wrenford" is the
                // shortest.
                let by_length = |o: &usize| self.drafts[*o].name.len();
                let shortest = longer.iter().copied().min_by_key(by_length);
                let longest = longer.iter().copied().max_by_key(by_length);
                let nested = |outer: usize, inner: usize| {
                    outer == inner
                        || starts_with_word(&self.drafts[outer].name, &self.drafts[inner].name)
                };
                let chosen = match (shortest, longest) {
                    (Some(s), Some(l)) if longer.iter().all(|&o| nested(o, s) && nested(l, o)) => {
                        let same_body = self.drafts[l].name[self.drafts[s].name.len()..]
                            .split_whitespace()
                            .all(|w| lexicon.is_org_word(w));
                        Some(if same_body { l } else { s })
                    }
                    _ => None,
                };
                if let Some(only) = chosen
                    && !elsewhere()
                {
                    target = Some(only);
                }
            }
            // "the Lutra" is the Lutra River, even "on the Lutra"; "Larch" is Larch Avenue,
            // but "in Millrace" is not Millrace Road.
            if target.is_none()
                && single
                && mention.title.is_none()
                && self.drafts[id].votes.person == 0
                && let Some([only]) = headed_places.get(&mention.name).map(Vec::as_slice)
                && *only != id
                && !(in_place
                    && self.drafts[*only]
                        .name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|head| {
                            lexicon.tells_kind(&head.to_lowercase(), KindContext::Street)
                        }))
            {
                target = Some(*only);
            }
            // "Rovers" after "Kestrel Bay Rovers", "the Union" after the "Warehouse and
            // Distribution Workers Union": the last word of the one body named so before.
            if target.is_none()
                && single
                && mention.title.is_none()
                && self.drafts[id].votes.person == 0
                && !placed
            {
                let mut ending = organizations_by_last_word
                    .get(mention.name.as_str())
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&o| o != id && last_seen[o] > 0);
                if let (Some(only), None) = (ending.next(), ending.next()) {
                    target = Some(only);
                } else if lexicon.is_org_word(&mention.name) {
                    // "the Record" before the "Tamsett Valley Record" is named: an
                    // organisation word alone is the one body whose name it ends.
                    let mut anywhere = organizations_by_last_word
                        .get(mention.name.as_str())
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&o| o != id);
                    if let (Some(only), None) = (anywhere.next(), anywhere.next()) {
                        target = Some(only);
                    }
                }
            }
            if let Some(target) = target {
                self.move_mention(index, mention, id, target);
            }
            let now = self.mention_entity[index];
            last_seen[now] = mention.span.start + 1;
        }
    }

    fn is_personish(&self, id: usize) -> bool {
        let votes = self.drafts[id].votes;
        votes.organization == 0 && votes.place == 0
    }

    fn move_mention(&mut self, index: usize, mention: &NameMention, from: usize, to: usize) {
        self.mention_entity[index] = to;
        let span = mention.span.clone();
        // While the table is built, every draft's mentions are in text order and no two name
        // mentions start at the same byte, so the span is found, and placed, by binary search.
        let source = &mut self.drafts[from];
        if let Ok(position) = source
            .mentions
            .binary_search_by_key(&span.start, |m| m.start)
            && source.mentions[position] == span
        {
            source.mentions.remove(position);
        }
        let (votes, gender) = (source.votes, source.gender);
        let target = &mut self.drafts[to];
        if !target.forms.contains(&mention.name) {
            target.forms.push(mention.name.clone());
        }
        let position = target.mentions.partition_point(|m| m.start <= span.start);
        target.mentions.insert(position, span);
        // "Ruiz said" is evidence for Ana Ruiz; a short form's look of a name is none for the
        // body it shortens ("Civic Reform" of the "Civic Reform Party").
        if target.votes.organization == 0 {
            target.votes.person += votes.person.min(1);
        }
        if target.gender == Gender::Unknown {
            target.gender = gender;
        }
    }

    /// Moves everything of entity `from` into `to`.
    pub fn merge(&mut self, from: usize, to: usize) {
        if from == to {
            return;
        }
        let source = std::mem::replace(&mut self.drafts[from], Draft::new(String::new()));
        let target = &mut self.drafts[to];
        for form in source.forms {
            if !target.forms.contains(&form) {
                target.forms.push(form);
            }
        }
        for demonym in source.demonyms {
            if !target.demonyms.contains(&demonym) {
                target.demonyms.push(demonym);
            }
        }
        target.mentions.extend(source.mentions);
        target.mentions.sort_by_key(|m| m.start);
        target.votes.person += source.votes.person;
        target.votes.organization += source.votes.organization;
        target.votes.place += source.votes.place;
        target.votes.thing += source.votes.thing;
        target.votes.context_place += source.votes.context_place;
        target.votes.team += source.votes.team;
        target.votes.which += source.votes.which;
        if target.gender == Gender::Unknown {
            target.gender = source.gender;
        }
        for entity in &mut self.mention_entity {
            if *entity == from {
                *entity = to;
            }
        }
    }

    /// Context evidence: "in X" and "from X" point to places.
    fn add_context_votes(
        &mut self,
        text: &str,
        tokens: &[Token],
        mentions: &[NameMention],
        lexicon: &Lexicon,
    ) {
        self.place_context = vec![false; mentions.len()];
        for (index, mention) in mentions.iter().enumerate() {
            let before = mention
                .title
                .as_ref()
                .map_or(mention.tokens.start, |t| t.start);
            let previous = before.checked_sub(1).map(|p| tokens[p].text(text));
            if !mention.quoted {
                let id = self.mention_entity[index];
                self.drafts[id].votes.narrated += 1;
            }
            // "the school in Fellowick, Brackenfold, …": a name set after a place and a comma,
            // and closed by one, is the county or region it lies in.
            // A person is named there too ("The mayor of Pra-Lunel, Claudine Arrighi, said"):
            // only a single word that reads as no one's name.
            if previous == Some(",")
                && index > 0
                && !mention.name.contains(' ')
                && !matches!(mention.hint, NameHint::Person | NameHint::LikelyPerson)
                && lexicon.given_name(&mention.name).is_none()
                && self.place_context[index - 1]
                && mentions[index - 1].tokens.end + 1 == before
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| matches!(t.text(text), "," | "." | ";"))
            {
                let id = self.mention_entity[index];
                self.drafts[id].votes.context_place += 1;
                self.place_context[index] = true;
            }
            // "the people of X", "the mayor of Dunmere", "Residents of Lowick Vale": what a
            // place has, before "of" (the words of "X’s capital" in kind_context.tsv).
            // "the mouth of the Dril", "the islands of the Western Reaches": "the" may stand
            // between, after a place noun or what a place has, but not after a centre ("the
            // centre of the Zeitgeist").
            let of_at = if previous == Some("the")
                && before >= 3
                && tokens[before - 2].text(text) == "of"
                && {
                    let owner = super::tokens::lowercase(tokens[before - 3].text(text));
                    lexicon.tells_kind(&owner, KindContext::PlaceNoun)
                        || (lexicon.tells_kind(&owner, KindContext::OwnedByPlace)
                            && !matches!(owner.as_ref(), "centre" | "center"))
                } {
                before - 1
            } else {
                before
            };
            let of_place = of_at
                .checked_sub(1)
                .is_some_and(|p| tokens[p].text(text) == "of")
                && of_at >= 2
                && (lexicon.tells_kind(
                    &super::tokens::lowercase(tokens[of_at - 2].text(text)),
                    KindContext::OwnedByPlace,
                )
                    // "Craig Lomax, 44, of Wrexley": where a person of that age lives.
                    || (before >= 4
                        && tokens[before - 2].text(text) == ","
                        && tokens[before - 3].kind == TokenKind::Number
                        && tokens[before - 4].text(text) == ","));
            // A dateline: capitals at the very start of the article, before a dash.
            // In capitals it may be further from the dash: "NOVA TESSARO, Selvara, Aug. 12
            // (Sentinel Wire) —", "CORVANE, Nov. 3 - Thousands …".
            let capitals = !text[mention.span.clone()].chars().any(char::is_lowercase);
            // "SANTAVERA, Marenza (Equinox News) -": the country after the city may be as
            // far from the dash as an agency in brackets.
            let after_comma = previous == Some(",");
            let reach = if capitals {
                DATELINE_CAPS_REACH
            } else if after_comma {
                7
            } else {
                4
            };
            let in_datelines_line = tokens[mention.tokens.start].paragraph == 0
                && mention.tokens.start < 8
                && tokens[mention.tokens.end..(mention.tokens.end + reach).min(tokens.len())]
                    .iter()
                    .any(|t| {
                        matches!(t.text(text), "—" | "–" | "--")
                            // "MARROWGATE, Wenlaska - Teresa Valdivia …": a spaced hyphen.
                            || (t.text(text) == "-"
                                && (capitals || text[..t.start].ends_with(' ')))
                    });
            // "SORRIN, Andevia, June 12 (Asterline) —": the agency in brackets is a body.
            let bracketed = previous == Some("(")
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| t.text(text) == ")");
            let dateline = in_datelines_line && !bracketed;
            let dateline_agency = tokens[mention.tokens.start].paragraph == 0
                && bracketed
                && !capitals
                && tokens
                    .get(mention.tokens.end + 1)
                    .is_some_and(|t| matches!(t.text(text), "—" | "–" | "--" | "-"));
            let score_before = (1..=3).any(|n| {
                mention.tokens.start >= n
                    && is_score(
                        text,
                        &tokens[mention.tokens.start - n..mention.tokens.start],
                    )
            });
            let score_after = (1..=3).any(|n| {
                tokens
                    .get(mention.tokens.end..mention.tokens.end + n)
                    .is_some_and(|after| is_score(text, after))
            });
            // "the Calder organization", "Nexo company officials": the name of a body; not the
            // place in "the Halden-based company".
            let in_compound = text[mention.span.end..].starts_with('-');
            let org_noun_after = !in_compound
                && tokens.get(mention.tokens.end).is_some_and(|t| {
                    let noun = t.text(text);
                    noun.chars().all(|c| c.is_lowercase())
                        && (matches!(
                            noun,
                            "organization" | "organisation" | "movement" | "church"
                        ) || (lexicon.is_org_noun(noun)
                            && !matches!(
                                noun,
                                "government"
                                    | "administration"
                                    | "campaign"
                                    | "investor"
                                    | "developer"
                                    | "office"
                                    | "district"
                            )))
                });
            // "a Kelsford company": where a body is from, not the body ("the Calder
            // organization" is one).
            let indefinite = matches!(previous, Some("a" | "an")) && mention.title.is_none();
            let from_place = org_noun_after && indefinite && mention.hint != NameHint::Organization;
            let org_noun_after = org_noun_after && !from_place;
            // "the Kinlochbrae-Inchmorran crossing": the parts of a compound before a route
            // noun are places.
            let route = tokens[mention.tokens.start].range() != mention.span
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| lexicon.tells_kind(t.text(text), KindContext::Route));
            // "a spokesperson for Hydrostrev", "the state hydropower company, Hydrostrev".
            let word_before = |n: usize| before.checked_sub(n).map(|p| tokens[p].text(text));
            // Not "a spokesman for Mr Heffernan", a person's.
            let voice_for = previous == Some("for")
                && mention.title.is_none()
                && mention.hint != NameHint::Person
                && word_before(2).is_some_and(|w| lexicon.is_voice_noun(w));
            // "the delivery app Parcelbee", "a campaign group, Save Our Shelves".
            let is_body_noun = |w: &str| {
                w.chars().all(char::is_lowercase) && lexicon.tells_kind(w, KindContext::Body)
            };
            // Not "the member of parliament, Brett Ormsby": a body after "of" is a role's.
            // "On the Kelmarian bank, Pavo Lindak, 61, who …": an age after a name makes a
            // person, whatever body noun stands before it.
            let aged = tokens
                .get(mention.tokens.end)
                .is_some_and(|t| t.text(text) == ",")
                && tokens
                    .get(mention.tokens.end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number && t.text(text).len() <= 3)
                && tokens
                    .get(mention.tokens.end + 2)
                    .is_some_and(|t| t.text(text) == ",");
            // Nor "the property developer Martin Ashgrove", a person's.
            let body_in_apposition = mention.title.is_none()
                && !aged
                && mention.hint != NameHint::Other
                && mention.hint != NameHint::Person
                && ((previous == Some(",")
                    && word_before(2).is_some_and(is_body_noun)
                    && word_before(3) != Some("of"))
                    || (previous.is_some_and(is_body_noun) && word_before(2) != Some("of")));
            // "Brenmore’s chief executive" names a body; "Kelavar’s capital" a place.
            let last_token = tokens[mention.tokens.end - 1].text(text);
            // "Vale boss Ines Cardoso": a body's role before a person's name, no possessive.
            let role_before_name = || {
                tokens
                    .get(mention.tokens.end + 1)
                    .is_some_and(|t| t.text(text).chars().next().is_some_and(char::is_uppercase))
                    && mention.title.is_none()
            };
            let owned = (super::tokens::is_possessive(last_token) || role_before_name())
                .then(|| tokens.get(mention.tokens.end).map(|t| t.text(text)))
                .flatten();
            let owned_after_modifier = super::tokens::is_possessive(last_token)
                .then(|| noun_after_modifier(text, tokens, mention.tokens.end))
                .flatten();
            let owns_body_part = owned
                .into_iter()
                .chain(owned_after_modifier)
                .any(|w| lexicon.tells_kind(w, KindContext::OwnedByBody));
            // "Madhyagiri's Minister for Culture": a capitalised title counts as well.
            let owns_place_part = owned.is_some_and(|w| {
                lexicon.tells_kind(&super::tokens::lowercase(w), KindContext::OwnedByPlace)
            });
            // "Halden-based": the name part of the compound is a place.
            let based = text[mention.span.end..].starts_with("-based");
            // "the Saltings district", "Quarry Hill ward"; "the Sevo and Lumia rivers".
            let area_at = |i: usize| {
                tokens
                    .get(i)
                    .is_some_and(|t| lexicon.tells_kind(t.text(text), KindContext::Area))
            };
            // "the Mundarie industrial precinct": one lowercase modifier may stand between.
            let modified_area = tokens.get(mention.tokens.end).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text(text).chars().all(char::is_lowercase)
            }) && area_at(mention.tokens.end + 1);
            let area_after = area_at(mention.tokens.end)
                || modified_area
                || (tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| t.text(text) == "and")
                    && tokens
                        .get(mention.tokens.end + 1)
                        .is_some_and(|t| t.text(text).starts_with(char::is_uppercase))
                    && area_at(mention.tokens.end + 2));
            // "in Haverleigh and Copse End": the second of two places after "in".
            let second_place = matches!(previous, Some("and" | "or"))
                && mention.hint != NameHint::Person
                && index > 0
                && self.place_context[index - 1]
                && mentions[index - 1].tokens.end + 1 == before;
            // "of Orchard Rise, Hallowford,": the town after a street in an address.
            let after_street = previous == Some(",")
                && index > 0
                && mention.hint != NameHint::Person
                && mentions[index - 1].tokens.end + 1 == before
                && mentions[index - 1].hint == NameHint::Place
                && mentions[index - 1].name.contains(' ')
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| t.text(text) == ",")
                // Not "on Teras Glynarth, Eirlys Maddocks, 81, said": a person of an age.
                && tokens
                    .get(mention.tokens.end + 1)
                    .is_none_or(|t| t.kind != TokenKind::Number);
            // "Doreen Pilling, 81, from Hatherley": where a person of that age comes from;
            // "flights from Varra to Skeldon": both ends of a journey.
            // "Siobhán Kiely, from Lisnacurra, said": where the person named before comes from.
            let aged_from = previous == Some("from")
                && before >= 4
                && tokens[before - 2].text(text) == ","
                && ((tokens[before - 3].kind == TokenKind::Number
                    && tokens[before - 4].text(text) == ",")
                    || (index > 0
                        && mentions[index - 1].tokens.end + 2 == before
                        && mentions[index - 1].hint == NameHint::Person));
            let journey_from = previous == Some("from")
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| t.text(text) == "to")
                && tokens.get(mention.tokens.end + 1).is_some_and(|t| {
                    t.text(text).starts_with(char::is_uppercase)
                        && !lexicon.is_calendar(t.text(text))
                });
            // "he had to drive from Wicklund", "who has driven from Dunsmere".
            let journey_from_verb = previous == Some("from")
                && word_before(2)
                    .is_some_and(|w| lexicon.tells_kind(&w.to_lowercase(), KindContext::Toward));
            let journey_to = previous == Some("to")
                && (word_before(2).is_some_and(|w| {
                    lexicon.tells_kind(&w.to_lowercase(), KindContext::Toward)
                        || (w.starts_with(char::is_uppercase) && word_before(3) == Some("from"))
                })
                    // "flew four missions to Varzin": the journey's verb a few words back.
                    || (3..=4).any(|n| {
                        word_before(n).is_some_and(|w| {
                            w.chars().all(char::is_lowercase)
                                && lexicon.tells_kind(w, KindContext::Toward)
                        }) && (2..n).all(|k| {
                            word_before(k).is_some_and(|w| w.chars().all(char::is_lowercase))
                        })
                    }));
            // "the Dravonian capital, Vellmar".
            let place_in_apposition = previous == Some(",")
                && mention.title.is_none()
                && word_before(2).is_some_and(|w| {
                    w.chars().all(char::is_lowercase)
                        && lexicon.tells_kind(w, KindContext::PlaceNoun)
                });
            let unnamed = mention.title.is_none() && mention.hint != NameHint::Person;
            let possessive = super::tokens::is_possessive(last_token);
            // "an analyst at Osgood Kemmerer": where someone works is a body.
            let workplace = unnamed
                && previous == Some("at")
                && word_before(2)
                    .is_some_and(|w| lexicon.role_noun(&super::tokens::lowercase(w)).is_some());
            // "a tracking station at Harnvik": where something happens; not "an analyst at
            // Brightwater" nor "works at Vessant", nor "at the World Cup", an event.
            let at_place = unnamed
                && !possessive
                && !org_noun_after
                && previous == Some("at")
                && word_before(2).is_none_or(|w| !works_at(&super::tokens::lowercase(w), lexicon));
            // "junction 11 of the M31", "the R12 coastal highway": a numbered road, after
            // "the" and before nothing that makes it a thing ("the N95 mask") or money.
            let road = previous == Some("the")
                && is_road_number(&text[mention.span.clone()])
                && road_ends_phrase(text, tokens, mention.tokens.end, lexicon);
            // "the MP for Dunmarsh": a seat.
            let seat = previous == Some("for")
                && word_before(2).is_some_and(|w| {
                    lexicon.tells_kind(&super::tokens::lowercase(w), KindContext::Seat)
                });
            // "the border with Thessary": a neighbour.
            let bordering = previous == Some("with")
                && word_before(2).is_some_and(|w| {
                    lexicon.tells_kind(&super::tokens::lowercase(w), KindContext::Bordering)
                });
            // "moved inland to Ashgrove", "flew back to Skeldon".
            let journey_on = previous == Some("to")
                && word_before(2).is_some_and(|w| {
                    matches!(
                        w,
                        "inland"
                            | "back"
                            | "home"
                            | "abroad"
                            | "away"
                            | "overseas"
                            | "north"
                            | "south"
                            | "east"
                            | "west"
                            | "later"
                            | "eventually"
                            | "permanently"
                    )
                })
                && word_before(3).is_some_and(|w| {
                    lexicon.tells_kind(&super::tokens::lowercase(w), KindContext::Toward)
                });
            let votes = &mut self.drafts[self.mention_entity[index]].votes;
            let apposed = |context| {
                unnamed
                    && noun_in_apposition_after(text, tokens, mention.tokens.end, lexicon, context)
            };
            if apposed(KindContext::PlaceNoun)
                || (unnamed && compass_after(text, tokens, mention.tokens.end))
                || distance_after(text, tokens, mention.tokens.end)
            {
                votes.context_place += 1;
            }
            // "the trawler Sveta Mara", "the bulk carrier MV Corvina Star": a vessel.
            if previous.is_some_and(|w| lexicon.tells_kind(w, KindContext::Craft)) {
                votes.thing += 3;
            }
            if apposed(KindContext::Body) {
                votes.organization += 2;
            }
            if workplace {
                votes.organization += 1;
            }
            if tokens
                .get(mention.tokens.end)
                .is_some_and(|t| t.text(text) == ",")
                && tokens
                    .get(mention.tokens.end + 1)
                    .is_some_and(|t| t.text(text) == "which")
            {
                votes.which += 1;
            }
            // "looking at Lind" may still be a person's surname: a vote, not a place context.
            if at_place {
                votes.context_place += 1;
            }
            if seat || journey_on || bordering {
                votes.context_place += 1;
                self.place_context[index] = true;
            }
            if road {
                votes.context_place += 2;
                self.place_context[index] = true;
            }
            if area_after
                || second_place
                || after_street
                || aged_from
                || journey_from
                || journey_from_verb
                || journey_to
                || place_in_apposition
            {
                votes.context_place += 1;
                self.place_context[index] = true;
            }
            if owns_body_part {
                // "Hollins Vale boss Ines Cardoso": a body's role right before a person's name,
                // without a possessive, outweighs what the name's words say.
                votes.organization += if super::tokens::is_possessive(last_token) {
                    1
                } else {
                    3
                };
            }
            if owns_place_part || based {
                votes.context_place += 1;
            }
            if route {
                votes.context_place += 2;
                self.place_context[index] = true;
            }
            if voice_for {
                votes.organization += 2;
            }
            if body_in_apposition {
                votes.organization += 1;
            }
            if score_before || score_after {
                votes.team += 1;
            }
            if org_noun_after {
                votes.organization += 1;
            }
            // "an Ashkettle attorney": where a person works or comes from.
            let role_from_place = indefinite
                && mention.hint != NameHint::Organization
                && tokens.get(mention.tokens.end).is_some_and(|t| {
                    let w = t.text(text);
                    // Not "a Mets fan", "a Labour voter": a follower's body; nor "a Corvane
                    // spokesman", "a Kadrith executive", who speak or work for a body.
                    let for_body = lexicon.is_voice_noun(w)
                        || lexicon.tells_kind(w, KindContext::OwnedByBody)
                        || lexicon.tells_kind(w, KindContext::Follower);
                    w.chars().all(char::is_lowercase) && lexicon.role_noun(w).is_some() && !for_body
                });
            if from_place || role_from_place {
                votes.context_place += 1;
            }
            if dateline_agency {
                votes.organization += 2;
            }
            if dateline || of_place {
                votes.context_place += 2;
                self.place_context[index] = true;
            }
            // "On Vallasay, Morag Tulloch-Baird …": an island or a place the sentence opens on.
            if previous == Some("On")
                && tokens
                    .get(mention.tokens.end)
                    .is_some_and(|t| t.text(text) == ",")
                && !mention.name.contains(' ')
                && mention.hint != NameHint::Person
            {
                votes.context_place += 1;
                self.place_context[index] = true;
            }
            // "interest in Warhol's photographic legacy": what follows "in" is the owned thing.
            match previous {
                Some(
                    "in" | "In" | "near" | "outside" | "across" | "along" | "throughout"
                    | "downtown" | "neighbouring" | "neighboring" | "Neighbouring" | "Neighboring"
                    | "nearby" | "around" | "northern" | "southern" | "eastern" | "western"
                    | "rural",
                ) if !possessive => {
                    votes.context_place += 1;
                    self.place_context[index] = true;
                }
                // "a retired bus driver from Wexmoor": where a person comes from; "reached
                // by ferry from Saltcote", "moved to Quoralla from Tarrawong": where a journey
                // starts.
                Some("from")
                    if word_before(2).is_some_and(|w| {
                        let w = w.to_lowercase();
                        lexicon.role_noun(&w).is_some()
                            || lexicon.tells_kind(&w, KindContext::Toward)
                    }) || (journey_from_after_to(text, tokens, before, lexicon)) =>
                {
                    votes.context_place += 1;
                    self.place_context[index] = true;
                }
                // People's names rarely take an article: "the Space Shuttle", "a Polaroid".
                Some("the" | "The" | "a" | "A" | "an" | "An") if mention.title.is_none() => {
                    votes.thing += 1
                }
                _ => {}
            }
        }
    }

    /// Records evidence that entity `id` is a person (it speaks, a pronoun refers to it).
    pub fn vote_person(&mut self, id: usize, gender: Gender) {
        let draft = &mut self.drafts[id];
        draft.votes.person += 1;
        if draft.gender == Gender::Unknown {
            draft.gender = gender;
        }
    }

    /// Records that entity `id` is named as the speaker of a direct quote: strong evidence of
    /// a person, unless it is already known as an organisation ("the ministry said") or
    /// followed by "which".
    pub fn vote_speaker(&mut self, id: usize) {
        // "Ostrakia on Thursday accused …": a name with a demonym is a country that speaks.
        let country = !self.drafts[id].demonyms.is_empty() && !self.drafts[id].name.contains(' ');
        let votes = &mut self.drafts[id].votes;
        if votes.organization == 0 && !country {
            // "Orchardline Cider, which had sponsored the stage, said": a body; "Belvora,
            // which buys a quarter of Kerrovian exports, said": with evidence of a place, a
            // place that speaks.
            if votes.which == 0 {
                votes.person += 2;
            } else if votes.place + votes.context_place == 0 {
                votes.organization += 2;
            }
        }
    }

    /// Adds an anonymous source at `span` ("one picker, who asked not to be named") and
    /// returns its id: a nominal entity of its own that is never shown nor credited.
    pub fn add_anonymous(&mut self, span: Range<usize>, gender: Gender) -> usize {
        let mut draft = Draft::new("an anonymous source".to_owned());
        draft.mentions.push(span.clone());
        draft.gender = gender;
        draft.nominal = true;
        draft.anonymous = true;
        draft.votes.person = 1;
        self.drafts.push(draft);
        let id = self.drafts.len() - 1;
        let position = self
            .nominal_mentions
            .partition_point(|&(start, _)| start <= span.start);
        self.nominal_mentions.insert(position, (span.start, id));
        id
    }

    /// Adds an entity known only by a description ("the parson") and returns its id.
    pub fn add_nominal(&mut self, name: &str, span: Range<usize>, gender: Gender) -> usize {
        self.add_nominal_to(self.nominal_ids.get(name).copied(), name, span, gender)
    }

    /// Like [`EntityTable::add_nominal`], but always a new entity, which the description
    /// then stands for: "a voice" is not the voice heard before.
    pub fn add_new_nominal(&mut self, name: &str, span: Range<usize>, gender: Gender) -> usize {
        self.add_nominal_to(None, name, span, gender)
    }

    fn add_nominal_to(
        &mut self,
        existing: Option<usize>,
        name: &str,
        span: Range<usize>,
        gender: Gender,
    ) -> usize {
        let id = match existing {
            Some(id) => {
                self.drafts[id].mentions.push(span.clone());
                id
            }
            None => {
                let mut draft = Draft::new(name.to_owned());
                draft.forms.push(name.to_owned());
                draft.mentions.push(span.clone());
                draft.gender = gender;
                draft.nominal = true;
                draft.votes.person = 1;
                draft.roles.push(name.trim_start_matches("the ").to_owned());
                self.drafts.push(draft);
                let id = self.drafts.len() - 1;
                self.nominal_ids.insert(name.to_owned(), id);
                id
            }
        };
        let position = self
            .nominal_mentions
            .partition_point(|&(start, _)| start <= span.start);
        self.nominal_mentions.insert(position, (span.start, id));
        id
    }

    /// The entity standing for the description `key` ("the doctor"), if one was made.
    pub fn nominal(&self, key: &str) -> Option<usize> {
        self.nominal_ids.get(key).copied()
    }

    /// The decided kind of entity `id`.
    pub fn kind(&self, id: usize) -> EntityKind {
        let votes = self.drafts[id].votes;
        // "Vickery v. Drummond": a case at law is a thing, wherever it is heard.
        let name = &self.drafts[id].name;
        if name.contains(" v. ") || name.contains(" vs. ") {
            return EntityKind::Other;
        }
        let place = votes.place + votes.context_place;
        // A name beside a score that reads no more like a person's than a thing's ("the
        // Norvale Rapids 112-107") is a team too.
        if votes.team > 0
            && (votes.person <= votes.thing || votes.person < place + votes.organization)
        {
            // A country or city beside a score is its team ("Sweden 1 – 0 Korea Republic").
            EntityKind::Organization
        } else if votes.organization > 0
            && votes.organization >= place
            && votes.organization >= votes.person
        {
            EntityKind::Organization
        } else if place > 0 && place >= votes.person {
            EntityKind::Place
        } else if votes.person > votes.thing {
            EntityKind::Person
        } else if votes.person == 0
            && votes.narrated > 0
            && Lexicon::get().has_place_suffix(&self.drafts[id].name)
        {
            // Nothing tells: a name the writer uses that ends like a town's ("Tollerdale") is
            // one.
            EntityKind::Place
        } else {
            EntityKind::Other
        }
    }

    /// The finished entities, without the empty husks left by merges, and a map from draft
    /// ids to entity ids.
    pub fn finish(self) -> (Vec<Entity>, Vec<Option<usize>>) {
        let mut ids = vec![None; self.drafts.len()];
        let mut entities = Vec::new();
        for (draft_id, draft) in self.drafts.iter().enumerate() {
            if draft.mentions.is_empty() || draft.anonymous {
                continue;
            }
            let id = entities.len();
            ids[draft_id] = Some(id);
            let mut mentions = draft.mentions.clone();
            mentions.sort_by_key(|m| m.start);
            mentions.dedup();
            let fullest = display_name(draft);
            // "of The Sunday Clarion": a body's name is written without its leading article
            // (the form with it stays an alias); not a title's ("The Salt Widow") nor a
            // place's whose article is part of it ("The Hague").
            let kind = self.kind(draft_id);
            let name = match fullest.strip_prefix("The ") {
                Some(rest)
                    if rest.starts_with(char::is_uppercase)
                        && kind != EntityKind::Other
                        && Lexicon::get().place(&fullest).is_none() =>
                {
                    rest.to_owned()
                }
                _ => fullest,
            };
            let mut aliases: Vec<String> = draft
                .forms
                .iter()
                .chain(&draft.demonyms)
                .filter(|f| **f != name)
                .cloned()
                .collect();
            aliases.dedup();
            entities.push(Entity {
                id,
                name,
                kind,
                aliases,
                description: draft.description.clone(),
                mentions,
            });
        }
        (entities, ids)
    }
}

impl Draft {
    fn new(name: String) -> Draft {
        Draft {
            name,
            forms: Vec::new(),
            demonyms: Vec::new(),
            mentions: Vec::new(),
            gender: Gender::Unknown,
            votes: KindVotes::default(),
            description: None,
            roles: Vec::new(),
            nominal: false,
            anonymous: false,
        }
    }
}

/// The entity's shown name: the form with the most words (the fullest), the first such.
/// True when `word` (lowercase) before "at" and a name makes the name a workplace rather
/// than a place: "an analyst at Brightwater", "works at Vessant".
/// Legal suffixes after a company's name ("Holdings Ltd"), without their periods.
const LEGAL_SUFFIXES: &[&str] = &[
    "Inc", "Ltd", "Limited", "plc", "PLC", "Plc", "LLC", "LLP", "Co", "Corp", "AG", "GmbH", "SA",
    "NV", "Pty",
];

fn works_at(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.role_noun(word).is_some()
        || matches!(
            word,
            "work"
                | "works"
                | "worked"
                | "working"
                | "job"
                | "jobs"
                | "employed"
                | "studied"
                | "studies"
                | "studying"
                | "trained"
                | "stake"
                | "shares"
                | "talks"
                | "executives"
                | "officials"
        )
}

/// "moved to Quoralla from Tarrawong": before the "from" at `before - 1`, one capitalised
/// name after "to" and a journey word.
fn journey_from_after_to(text: &str, tokens: &[Token], before: usize, lexicon: &Lexicon) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    (3..=5).any(|to| {
        before > to
            && word(before - to) == Some("to")
            && (before - to + 1..before - 1)
                .all(|i| word(i).is_some_and(|w| w.starts_with(char::is_uppercase)))
            && word(before - to - 1).is_some_and(|w| {
                lexicon.tells_kind(&super::tokens::lowercase(w), KindContext::Toward)
            })
    })
}

/// True for a numbered road's shape: "A419", "M31", "B3291", "R12", "N96".
fn is_road_number(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('A' | 'B' | 'M' | 'N' | 'R'))
        && (2..=5).contains(&name.len())
        && chars.all(|c| c.is_ascii_digit())
}

/// True when what follows a numbered road ending at `end` lets it be a road: punctuation, a
/// route noun ("the R12 coastal highway"), or a word that ends its noun phrase ("the A419
/// between Foxley Mill and Caddon Cross"); not "the N95 mask" nor "R420-million".
fn road_ends_phrase(text: &str, tokens: &[Token], end: usize, lexicon: &Lexicon) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let route = |w: &str| lexicon.tells_kind(w, KindContext::Route) || w == "motorway";
    // "R420-million", "R38.50": joined to what follows, an amount.
    let joined = end > 0
        && tokens
            .get(end)
            .is_some_and(|t| t.start == tokens[end - 1].end);
    match word(end) {
        None => true,
        Some("-" | "–") if joined => false,
        Some(".")
            if joined
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number) =>
        {
            false
        }
        Some(next) if !next.starts_with(char::is_alphabetic) => true,
        Some(next) if route(next) => true,
        Some(next) if next.starts_with(char::is_uppercase) => true,
        Some(next) => {
            PHRASE_ENDING_WORDS.contains(&next)
                || AFTER_ROAD_WORDS.contains(&next)
                || word(end + 1).is_some_and(route)
        }
    }
}

/// Lowercase words that may follow a noun and end its phrase: "the nearest village to the
/// spaceport", "the A419 between Foxley Mill and Caddon Cross" (not "the town clerk").
const PHRASE_ENDING_WORDS: &[&str] = &[
    "about",
    "at",
    "between",
    "by",
    "east",
    "from",
    "in",
    "near",
    "north",
    "of",
    "on",
    "outside",
    "south",
    "that",
    "to",
    "west",
    "where",
    "which",
    "with",
    "based",
    "founded",
    "formed",
    "set",
    "run",
    "led",
    "owned",
    "funded",
    "backed",
    "headquartered",
    "representing",
];

/// Words after a numbered road that go on with the sentence rather than make the road a
/// thing's name: "the A419 was closed", "the M31 northbound" (the road's own phrase-ending
/// words aside).
const AFTER_ROAD_WORDS: &[&str] = &[
    "after",
    "and",
    "as",
    "before",
    "eastbound",
    "for",
    "had",
    "has",
    "into",
    "is",
    "northbound",
    "or",
    "since",
    "southbound",
    "through",
    "towards",
    "until",
    "was",
    "westbound",
    "will",
    "would",
];

/// "Comhluadar’s health spokesperson": the noun after the one lowercase modifier that starts
/// at token `start`, if a modifier stands there.
pub(super) fn noun_after_modifier<'t>(
    text: &'t str,
    tokens: &[Token],
    start: usize,
) -> Option<&'t str> {
    let modifier = tokens.get(start)?.text(text);
    let noun = tokens.get(start + 1)?.text(text);
    modifier.chars().all(char::is_lowercase).then_some(noun)
}

/// "Sandvaer, the nearest village to the spaceport", "the Harbour Lights, a pub on Chandlers
/// Row" (a place noun), "Blue Shoal, a marine conservation group" (a body noun): a noun that
/// tells `context` in apposition after the name that ends at `end`.
pub(super) fn noun_in_apposition_after(
    text: &str,
    tokens: &[Token],
    end: usize,
    lexicon: &Lexicon,
    context: KindContext,
) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    if word(end) != Some(",") || !matches!(word(end + 1), Some("the" | "a" | "an")) {
        return false;
    }
    for i in end + 2..end + 6 {
        let Some(w) = word(i) else { return false };
        // "the county's tourism body": a possessive may stand before the noun; "the
        // Varandian capital": an adjective may be capitalised.
        // "an opposition member of parliament": the noun before "of" heads the phrase.
        if w == "of" {
            return false;
        }
        let bare = w
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’']);
        if bare.is_empty() || !bare.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
        if lexicon.tells_kind(w, context) {
            // Not "the town clerk": the noun ends its phrase, or a distance follows it ("an
            // uninhabited island two miles from the site").
            return word(i + 1).is_none_or(|next| {
                !next.starts_with(char::is_alphabetic)
                    || PHRASE_ENDING_WORDS.contains(&next)
                    || super::names::is_cardinal_word(&super::tokens::lowercase(next))
            });
        }
    }
    false
}

/// "Little Fennick, six miles outside Brindlecombe", "Harrowgate, 40km north of the capital":
/// a distance from somewhere after the name that ends at `end`.
fn distance_after(text: &str, tokens: &[Token], end: usize) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    if word(end) != Some(",") {
        return false;
    }
    let unit = (end + 2..end + 4).find(|&i| {
        matches!(
            word(i),
            Some("miles" | "mile" | "km" | "kilometres" | "kilometers" | "metres" | "meters")
        )
    });
    // "40km north of …": the number and its unit in one token.
    let glued = word(end + 1).is_some_and(|w| {
        w.trim_end_matches(|c: char| c.is_alphabetic())
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
            && matches!(
                w.trim_start_matches(|c: char| !c.is_alphabetic()),
                "km" | "mi" | "m"
            )
            && w.starts_with(|c: char| c.is_ascii_digit())
    });
    let leads_away = |i: usize| {
        matches!(
            word(i),
            Some("outside" | "from" | "north" | "south" | "east" | "west" | "beyond" | "inland")
        )
    };
    if glued {
        return leads_away(end + 2);
    }
    unit.is_some_and(|unit| {
        (end + 1..unit).all(|i| {
            word(i).is_some_and(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                    || is_cardinal_word(w)
            })
        }) && leads_away(unit + 1)
    })
}

/// "Kalsund in the far north", "Tarvie, in the north": a compass point after the name that
/// ends at `end`.
fn compass_after(text: &str, tokens: &[Token], end: usize) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text));
    let at = if word(end) == Some(",") { end + 1 } else { end };
    if word(at) != Some("in") || word(at + 1) != Some("the") {
        return false;
    }
    let point = if matches!(word(at + 2), Some("far" | "remote" | "deep")) {
        at + 3
    } else {
        at + 2
    };
    matches!(
        word(point),
        Some(
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "north-east"
                | "north-west"
                | "south-east"
                | "south-west"
        )
    )
}

fn display_name(draft: &Draft) -> String {
    // The fullest form the article uses: most words (an honorific does not count as one),
    // then without an honorific ("Keir Starmer" rather than "Sir Keir Starmer") unless the
    // name is a lone surname ("Mrs. Bennet", not "Bennet", who may be her husband), then not
    // in capitals, then longest.
    let score = |form: &String| {
        let honorific = form.contains(". ")
            || HONORIFICS.iter().any(|h| {
                form.strip_prefix(h)
                    .is_some_and(|rest| rest.starts_with(' '))
            });
        let words = form.split_whitespace().count() - usize::from(honorific);
        let shouting = form.contains(' ') && is_acronym_ignoring_spaces(form);
        let preferred_title = if words == 1 { honorific } else { !honorific };
        (
            !is_acronym(form),
            words,
            preferred_title,
            !shouting,
            form.len(),
        )
    };
    draft
        .forms
        .iter()
        .max_by_key(|f| score(f))
        .cloned()
        .unwrap_or_else(|| draft.name.clone())
}

/// Endings that make a demonym of a place name: Kelavar -> Kelavari, Ostreva -> Ostrevan.
const DEMONYM_ENDINGS: &[&str] = &["i", "ian", "ese", "an", "n", "ish", "ic", "ean"];
/// Fewest names in a list for their kinds to tell one another's ([`EntityTable::vote_lists`]).
const LIST_NAMES: usize = 3;

/// Fewest letters of a place name that a demonym ending is looked for after.
const MIN_DEMONYM_BASE: usize = 4;

/// Honorifics kept in front of a single-word name ("Mrs. Bennet"), so that two people who
/// share a surname keep distinct names.
const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Lady", "Lord", "Madame",
    "Monsieur",
];

/// What groups a mention with its aliases: a gazetteer place, a known organisation (by their
/// canonical names), or the name itself; a single-word name also by the gender its title or
/// given name implies, so that Mr. and Mrs. Bennet stay apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey<'a> {
    Place(&'a str),
    Organization(&'a str),
    Name(&'a str, Option<Gender>),
}

impl<'a> GroupKey<'a> {
    /// The name an entity grouped under this key starts with.
    fn first_name(self) -> &'a str {
        match self {
            GroupKey::Place(name) | GroupKey::Organization(name) | GroupKey::Name(name, _) => name,
        }
    }
}

/// The key that groups a mention with its aliases.
fn group_key<'a>(mention: &'a NameMention, lexicon: &'a Lexicon) -> GroupKey<'a> {
    if let Some(place) = lexicon.place(&mention.name) {
        return GroupKey::Place(&place.name);
    }
    if let Some(organization) = lexicon.organization(&mention.name) {
        return GroupKey::Organization(organization);
    }
    let gender = match mention.gender {
        _ if mention.name.contains(' ') => None,
        Gender::Male => Some(Gender::Male),
        Gender::Female => Some(Gender::Female),
        Gender::Unknown => None,
    };
    GroupKey::Name(&mention.name, gender)
}

/// A person's name without a generation after the surname: "Harlan Pettibone" of "Harlan
/// Pettibone Jr.", whose surname "Pettibone said" gives.
fn without_generation(name: &str) -> &str {
    [" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name)
}

/// True when `form` is `honorific name` ("Mrs. Bennet").
fn is_titled(form: &str, honorific: &str, name: &str) -> bool {
    form.strip_prefix(honorific)
        .and_then(|rest| rest.strip_prefix(' '))
        == Some(name)
}

/// True when `name` starts with the word(s) `first` and goes on after a space.
/// True when `short`, of two or more words, keeps the first word of `name` and some of its
/// other words, in order: "Tolan Regional" for "Tolan Valley Regional Medical Center".
fn abbreviates(name: &str, short: &str) -> bool {
    let mut long_words = name.split_whitespace();
    let mut short_words = short.split_whitespace();
    let (Some(first), Some(short_first)) = (long_words.next(), short_words.next()) else {
        return false;
    };
    let rest: Vec<&str> = short_words.collect();
    first == short_first
        && !rest.is_empty()
        && rest.len() + 1 < name.split_whitespace().count()
        && rest.iter().all(|word| long_words.any(|w| w == *word))
}

fn starts_with_word(name: &str, first: &str) -> bool {
    name.strip_prefix(first)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// True when `tokens` spell a match score: one- or two-digit numbers joined by a hyphen or
/// dash ("3-0", "1 – 0").
fn is_score(text: &str, tokens: &[Token]) -> bool {
    let Some(first) = tokens.first() else {
        return false;
    };
    let Some(last) = tokens.last() else {
        return false;
    };
    // A score opens with its first number; most windows are words and stop here, on the
    // token's kind before its text.
    if first.kind != TokenKind::Number || !text.as_bytes()[first.start].is_ascii_digit() {
        return false;
    }
    let spelled: String = text[first.start..last.end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut parts = spelled.split(['-', '–', '—']);
    let goals = |part: Option<&str>| {
        part.is_some_and(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
    };
    goals(parts.next()) && goals(parts.next()) && parts.next().is_none()
}

/// NATO, WHO, U.S.: two or more capitals (periods allowed), no lowercase.
fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !name.contains(' ')
        && name
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// [`is_acronym`] of `name` with its spaces removed ("N A T O").
fn is_acronym_ignoring_spaces(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && name
            .chars()
            .filter(|&c| c != ' ')
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// The initials of the capitalised words of a name: "World Health Organization" -> "WHO".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::names::find_names;
    use crate::analysis::tokens::{Sentences, tokenize};
    use crate::document::{Article, Metadata};

    fn entities(text: &str) -> Vec<(String, Vec<String>, EntityKind, usize)> {
        let article = Article::from_paragraphs("t", Metadata::default(), text.split("\n\n"));
        let tokens = tokenize(&article);
        let inside = vec![false; tokens.len()];
        let sentences = Sentences::split(article.text(), &tokens, &inside, Lexicon::get());
        let starts = sentences.start_flags(tokens.len());
        let vocabulary = crate::analysis::tokens::Vocabulary::build(article.text(), &tokens);
        let mentions = find_names(
            article.text(),
            &tokens,
            &vocabulary,
            &starts,
            &inside,
            Lexicon::get(),
        );
        let table = EntityTable::build(article.text(), &tokens, &mentions, Lexicon::get());
        let (entities, _) = table.finish();
        entities
            .into_iter()
            .map(|e| (e.name, e.aliases, e.kind, e.mentions.len()))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        entities(text).into_iter().map(|e| e.0).collect()
    }

    #[test]
    fn a_name_in_a_place_context_is_no_short_form_of_a_longer_name() {
        let found = entities(
            "The Gulls beat the Norvale Rapids on Saturday. Game 7 is Monday night in Norvale.\n\nWalkers crossed Balcraig Ridge. Two farms near Balcraig were closed.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(kind_of("Norvale"), Some(EntityKind::Place));
        assert_eq!(kind_of("Balcraig"), Some(EntityKind::Place));
        assert!(found.iter().any(|e| e.0 == "Norvale Rapids"));
        assert!(found.iter().any(|e| e.0 == "Balcraig Ridge"));
    }

    #[test]
    fn a_bare_name_is_the_feature_or_street_named_for_it_but_not_a_station() {
        let found = entities(
            "Ferries sail from the Isle of Orrish. Flights to Orrish stop in March.\n\nTrains leave Corvane Central hourly. Corvane voted against.\n\nShots were fired near Larch Avenue. Police sealed off Fifth and Larch.",
        );
        let aliases = |name: &str| {
            found
                .iter()
                .find(|e| e.0 == name)
                .map(|e| e.1.clone())
                .unwrap_or_default()
        };
        assert!(aliases("Isle of Orrish").contains(&"Orrish".to_owned()));
        assert!(aliases("Larch Avenue").contains(&"Larch".to_owned()));
        assert!(found.iter().any(|e| e.0 == "Corvane"));
        assert!(!aliases("Corvane Central").contains(&"Corvane".to_owned()));
    }

    #[test]
    fn invented_demonyms_make_their_countries_places() {
        let found = entities(
            "Talks stalled after Drevnia said it would wait. The Drevnian delegation left. Turnout among Wessarians rose, the count in Wessary showed.",
        );
        let entity = |name: &str| found.iter().find(|e| e.0 == name);
        let drevnia = entity("Drevnia").expect("the country");
        assert_eq!(drevnia.2, EntityKind::Place);
        assert!(drevnia.1.contains(&"Drevnian".to_owned()));
        let wessary = entity("Wessary").expect("the state");
        assert_eq!(wessary.2, EntityKind::Place);
        assert!(entity("Wessarians").is_none());
    }

    #[test]
    fn a_union_local_and_a_limited_company_keep_their_whole_names() {
        let found = entities(
            "Members of Local 412 voted. The mine belongs to Tamarind Nickel Ltd. It will close.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(kind_of("Local 412"), Some(EntityKind::Organization));
        assert_eq!(
            kind_of("Tamarind Nickel Ltd."),
            Some(EntityKind::Organization)
        );
    }

    #[test]
    fn a_name_beside_a_basketball_score_is_a_team() {
        let found = entities("The Gulls beat the Norvale Rapids 112-107 on Saturday night.");
        let kind = found.iter().find(|e| e.0 == "Norvale Rapids").map(|e| e.2);
        assert_eq!(kind, Some(EntityKind::Organization));
    }

    #[test]
    fn storms_atolls_prisons_photonics_and_nations_have_their_kinds() {
        let found = entities(
            "Storm Petronella flooded Tanner’s Row. Boats crossed Sevaru Lagoon to Manoro Atoll. He was taken from Kilcarrig Courthouse to Castlegorm Prison. Sennet Photonics and the Ossakee Nation signed the Treaty of Cedar Notch.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(kind_of("Storm Petronella"), Some(EntityKind::Other));
        assert_eq!(kind_of("Tanner’s Row"), Some(EntityKind::Place));
        assert_eq!(kind_of("Sevaru Lagoon"), Some(EntityKind::Place));
        assert_eq!(kind_of("Manoro Atoll"), Some(EntityKind::Place));
        assert_eq!(kind_of("Kilcarrig Courthouse"), Some(EntityKind::Place));
        assert_eq!(kind_of("Castlegorm Prison"), Some(EntityKind::Place));
        assert_eq!(kind_of("Sennet Photonics"), Some(EntityKind::Organization));
        assert_eq!(kind_of("Ossakee Nation"), Some(EntityKind::Organization));
        assert_eq!(kind_of("Treaty of Cedar Notch"), Some(EntityKind::Other));
    }

    #[test]
    fn a_hall_is_a_building_but_stuart_hall_a_person() {
        let found = entities(
            "Voters met at the Ashvale War Memorial Hall. Stuart Hall said the count was fair.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(
            kind_of("Ashvale War Memorial Hall"),
            Some(EntityKind::Place)
        );
        assert_eq!(kind_of("Stuart Hall"), Some(EntityKind::Person));
    }

    #[test]
    fn acts_and_markets_have_their_kinds() {
        let found = entities(
            "The Starter Homes Act passed. Traders at Ngaro Market objected, and the case went to the Tamsin County Court.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(kind_of("Starter Homes Act"), Some(EntityKind::Other));
        assert_eq!(kind_of("Ngaro Market"), Some(EntityKind::Place));
        assert_eq!(
            kind_of("Tamsin County Court"),
            Some(EntityKind::Organization)
        );
    }

    #[test]
    fn stands_viaducts_halts_and_ways_are_places() {
        let found = entities(
            "Fans in the Tanners Stand and the Canal End cheered as trains crossed the Skellow Viaduct to Garth Foss Halt near Quayside Way.",
        );
        for place in [
            "Tanners Stand",
            "Canal End",
            "Skellow Viaduct",
            "Garth Foss Halt",
            "Quayside Way",
        ] {
            let kind = found.iter().find(|e| e.0 == place).map(|e| e.2);
            assert_eq!(kind, Some(EntityKind::Place), "{place}");
        }
    }

    #[test]
    fn papers_railways_tors_and_flats_have_their_kinds() {
        let found = entities(
            "Ada Price told the Morrabridge Packet that Valeway Rail would close the line past Scarrow Tor and Mesquite Flats.",
        );
        let kind_of = |name: &str| found.iter().find(|e| e.0 == name).map(|e| e.2);
        assert_eq!(
            kind_of("Morrabridge Packet"),
            Some(EntityKind::Organization)
        );
        assert_eq!(kind_of("Valeway Rail"), Some(EntityKind::Organization));
        assert_eq!(kind_of("Scarrow Tor"), Some(EntityKind::Place));
        assert_eq!(kind_of("Mesquite Flats"), Some(EntityKind::Place));
    }

    #[test]
    fn journeys_addresses_datelines_and_capitals_tell_places() {
        let found = entities(
            "MARROWGATE, Wenlaska - Voters came out.\n\nFlights from Varra to Skeldon stop in March, and she moved to Ashgrove in 1982. Doreen Pilling, 81, from Hatherley, waited. Sam Pettifer, 52, of Ollerton Road, Hambury, denies fraud. The summit is in the Dravonian capital, Vellmar, this week.",
        );
        for place in [
            "Wenlaska",
            "Varra",
            "Skeldon",
            "Ashgrove",
            "Hatherley",
            "Hambury",
            "Vellmar",
        ] {
            let kind = found.iter().find(|e| e.0 == place).map(|e| e.2);
            assert_eq!(kind, Some(EntityKind::Place), "{place}");
        }
        let person = found.iter().find(|e| e.0 == "Doreen Pilling").map(|e| e.2);
        assert_eq!(person, Some(EntityKind::Person));
    }

    #[test]
    fn creeks_ferries_constituencies_and_castles_are_places() {
        let found = entities(
            "Water poured over Tanner Creek and County Road 14. The MP for Glenmoor North drove to Castle Hebbing.",
        );
        for place in [
            "Tanner Creek",
            "County Road 14",
            "Glenmoor North",
            "Castle Hebbing",
        ] {
            let kind = found.iter().find(|e| e.0 == place).map(|e| e.2);
            assert_eq!(kind, Some(EntityKind::Place), "{place}");
        }
    }

    #[test]
    fn a_possessive_after_in_is_no_place() {
        let found = entities(
            "Andy Warhol took thousands of photographs. Curators see new interest in Warhol's photographic legacy.",
        );
        let warhol = found
            .iter()
            .find(|e| e.0 == "Andy Warhol")
            .expect("the person");
        assert_eq!(warhol.2, EntityKind::Person);
        assert_eq!(warhol.3, 2);
    }

    #[test]
    fn surnames_join_the_full_name() {
        let found = entities("Ana Ruiz spoke first. Later Ruiz left, and Ruiz’s aides stayed.");
        assert_eq!(found[0].0, "Ana Ruiz");
        assert_eq!(found[0].3, 3);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_surname_after_a_body_noun_and_its_comma_still_joins_the_full_name() {
        let found = entities(
            "Finance chief Renata Solberg spoke first. Asked whether Quillon would sue the valve supplier, Solberg replied that talks went on.",
        );
        let solberg = found
            .iter()
            .find(|e| e.0 == "Renata Solberg")
            .expect("the person is found");
        assert_eq!(solberg.3, 2);
        assert!(!found.iter().any(|e| e.0 == "Solberg"));
    }

    #[test]
    fn an_acronym_is_defined_once_and_never_by_a_person() {
        let found = entities(
            "Gemma Ruddock stands for the People’s Labour Party (PLP). Results: Gemma Ruddock (PLP) won.",
        );
        let party = found
            .iter()
            .find(|e| e.0 == "People’s Labour Party")
            .expect("the party keeps its possessive");
        assert!(party.1.contains(&"PLP".to_owned()));
        let person = found.iter().find(|e| e.0 == "Gemma Ruddock").unwrap();
        assert_eq!(person.2, EntityKind::Person);
        assert!(person.1.is_empty());
    }

    #[test]
    fn a_short_name_before_the_full_one_with_an_organisation_word_joins_it() {
        let found = entities(
            "The seat was taken from Civic Reform on Friday. The Civic Reform Party said it would fight on.",
        );
        assert!(!found.iter().any(|e| e.0 == "Civic Reform"));
        let party = found.iter().find(|e| e.0 == "Civic Reform Party").unwrap();
        assert_eq!(party.3, 2);
    }

    #[test]
    fn a_place_before_based_is_no_body_and_a_pollster_for_a_paper_is_two_bodies() {
        let found = entities(
            "Shares in the Halden-based company fell. The poll, carried out by Calloway Research for the Tressel Bridge Courier, was close.",
        );
        assert_eq!(kind_of(&found, "Halden"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Calloway Research"),
            EntityKind::Organization
        );
        assert!(found.iter().any(|e| e.0 == "Tressel Bridge Courier"));
    }

    #[test]
    fn a_name_shaped_like_a_person_with_more_place_evidence_is_a_place() {
        let found = entities(
            "Polls closed in Harlan Vale. Turnout in Harlan Vale was low. Harlan Vale voted. Harlan Vale waited. Harlan Vale slept.",
        );
        assert_eq!(kind_of(&found, "Harlan Vale"), EntityKind::Place);
    }

    #[test]
    fn where_a_person_comes_from_is_a_place_and_stays_apart_from_its_hospital() {
        let found = entities(
            "Leila Farahani works at Wexmoor Teaching Hospitals Trust. Graham Tuttle, a retired bus driver from Wexmoor, took part. Villages around Carrow Fell voted.",
        );
        assert_eq!(kind_of(&found, "Wexmoor"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Carrow Fell"), EntityKind::Place);
    }

    #[test]
    fn a_party_known_by_its_short_form_stays_a_party() {
        let found = entities(
            "The Civic Reform Party held the seat for years. The mood in the Civic Reform camp is grim. Civic Reform is in trouble. Voters left Civic Reform. Civic Reform has issued a statement.",
        );
        assert!(!found.iter().any(|e| e.0 == "Civic Reform"));
        assert_eq!(
            kind_of(&found, "Civic Reform Party"),
            EntityKind::Organization
        );
    }

    #[test]
    fn family_name_first_names_join_too() {
        assert_eq!(
            names("Vice Foreign Minister Zhang Wei arrived. Zhang smiled."),
            ["Zhang Wei"]
        );
    }

    #[test]
    fn people_sharing_a_surname_stay_apart() {
        let found = names("Maria Keller spoke. Tom Keller replied. Later Maria Keller left.");
        assert_eq!(found, ["Maria Keller", "Tom Keller"]);
    }

    #[test]
    fn mr_and_mrs_with_one_surname_are_different_people() {
        let found = names("Mr. Bennet read. Mrs. Bennet talked. Mr. Bennet sighed.");
        assert_eq!(found, ["Mr. Bennet", "Mrs. Bennet"]);
    }

    #[test]
    fn mrs_beside_a_mr_is_not_the_daughter_named_in_full() {
        let found = names(
            "Katharine Hilbery poured the tea. Mr. Hilbery read. Mrs. Hilbery talked. \
             Katharine smiled at Mrs. Hilbery.",
        );
        assert_eq!(found, ["Katharine Hilbery", "Mr. Hilbery", "Mrs. Hilbery"]);
        // Without a Mr., Mrs. Clinton is the Hillary Clinton named before.
        let found = names("Hillary Clinton spoke. Later Mrs. Clinton left.");
        assert_eq!(found, ["Hillary Clinton"]);
    }

    #[test]
    fn gazetteer_aliases_merge() {
        let found = entities("The United States and the U.S. and America and US firms.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "United States");
        assert_eq!(found[0].2, EntityKind::Place);
        assert_eq!(found[0].3, 4);
    }

    #[test]
    fn demonyms_link_to_their_country() {
        let found = entities("A Chinese firm built it in China.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "China");
        assert_eq!(found[0].3, 2);
    }

    #[test]
    fn defined_acronyms_merge() {
        let found = entities("The Atlantic Longshore Federation (ALF) struck. The ALF won.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Atlantic Longshore Federation");
        assert_eq!(found[0].3, 3);
        assert_eq!(found[0].2, EntityKind::Organization);
    }

    #[test]
    fn white_house_with_and_without_the_is_one_entity() {
        let found = entities("The White House said no. Later White House aides agreed.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].3, 2);
    }

    #[test]
    fn a_person_is_not_absorbed_by_the_foundation_named_after_them() {
        let found = entities(
            "The Maria Keller Foundation gave money. Maria Keller founded it in 1990. The Maria Keller Foundation grew.",
        );
        let person = found.iter().find(|e| e.0 == "Maria Keller").unwrap();
        assert_eq!(person.2, EntityKind::Person);
        let foundation = found
            .iter()
            .find(|e| e.0 == "Maria Keller Foundation")
            .unwrap();
        assert_eq!((foundation.2, foundation.3), (EntityKind::Organization, 2));
    }

    #[test]
    fn a_bare_place_name_can_be_the_surname_of_a_person_named_before() {
        let found = entities(
            "Lena Paris, a nurse, spoke to reporters. Paris said she was tired. She flew to Rome and later lived in Paris.",
        );
        let person = found.iter().find(|e| e.0 == "Lena Paris").unwrap();
        assert_eq!((person.2, person.3), (EntityKind::Person, 2));
        let city = found.iter().find(|e| e.0 == "Paris").unwrap();
        assert_eq!((city.2, city.3), (EntityKind::Place, 1));
    }

    #[test]
    fn workplaces_papers_and_bodies_known_by_their_parts_are_bodies() {
        let found = entities(
            "Rafael Quintanar, an analyst at Osgood Kemmerer, spoke. Piet Adamek, critic of the conservative daily Varnholmer Tagblatt, wrote. Comhluadar’s health spokesperson objected. Cairde Othar, a patient advocacy group based in Castlemorna, agreed. Quorvel trails Astrana Telekom.",
        );
        for body in [
            "Osgood Kemmerer",
            "Varnholmer Tagblatt",
            "Comhluadar",
            "Cairde Othar",
            "Astrana Telekom",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn carnivals_numbered_measures_and_congress_centres_have_their_kinds() {
        let found = entities(
            "The Wrenfield Spring Carnival was cancelled. Voters approved Measure 12 and the Senate passed Senate Bill 418. The debate was held at the Stellaria Congress Center downtown.",
        );
        assert_eq!(
            kind_of(&found, "Wrenfield Spring Carnival"),
            EntityKind::Other
        );
        assert_eq!(kind_of(&found, "Measure 12"), EntityKind::Other);
        assert_eq!(kind_of(&found, "Senate Bill 418"), EntityKind::Other);
        assert_eq!(
            kind_of(&found, "Stellaria Congress Center"),
            EntityKind::Place
        );
    }

    #[test]
    fn seats_precincts_and_where_a_worker_comes_from_are_places() {
        let found = entities(
            "The MP for Holmbarrow and Stennet Vale spoke. The line runs through the Mundarie industrial precinct. Reuben Halstrom, an Ashkettle attorney, objected. Scientists drilled on the Skellhorn Dome near Yarrabend Plaza. You're a Mets fan. A Corvane spokesman declined to comment.",
        );
        for place in [
            "Holmbarrow and Stennet Vale",
            "Mundarie",
            "Ashkettle",
            "Skellhorn Dome",
            "Yarrabend Plaza",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_ne!(kind_of(&found, "Mets"), EntityKind::Place);
        assert_ne!(kind_of(&found, "Corvane"), EntityKind::Place);
    }

    #[test]
    fn schemes_ordinances_expeditions_and_censuses_are_things() {
        let found = entities(
            "Traders can apply to the Construction Impact Support Scheme. The council passed the Carrowell Equitable Transit Ordinance. She led the Old Ice Expedition. The union's daily Corridor Census counts trolleys.",
        );
        for thing in [
            "Construction Impact Support Scheme",
            "Carrowell Equitable Transit Ordinance",
            "Old Ice Expedition",
        ] {
            assert_eq!(kind_of(&found, thing), EntityKind::Other, "{thing}");
        }
    }

    #[test]
    fn journeys_a_few_words_on_tracks_and_a_place_owning_its_ministry_are_places() {
        let found = entities(
            "A pilot flew four missions to Varzin on Tuesday. The Waiōtea Falls Track is shut. Morvaland’s Ministry of Foreign Affairs said it was concerned.",
        );
        for place in ["Varzin", "Waiōtea Falls Track", "Morvaland"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn welsh_compounds_foreign_streets_and_numbered_lines_are_places() {
        let found = entities(
            "The family moved to Rhos-y-Gwenith. Protesters gathered on Calle Ardenza and Viale Dorsena. Work on Line 3 stopped. The Afon Gwyddan rose.",
        );
        for place in [
            "Rhos-y-Gwenith",
            "Calle Ardenza",
            "Viale Dorsena",
            "Line 3",
            "Afon Gwyddan",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn a_short_name_in_brackets_and_a_member_of_parliament_keep_their_kinds() {
        let found = entities(
            "The Kerzhistan National Gas Company (Kerzhgaz) said repairs had begun. Yerzhan Kalmakov, an opposition member of parliament from the Civic Dawn party, objected. The Property Casualty Underwriters of Montaver disagreed.",
        );
        let company = found
            .iter()
            .find(|e| e.0 == "Kerzhistan National Gas Company")
            .unwrap();
        assert!(company.1.contains(&"Kerzhgaz".to_owned()), "{company:?}");
        assert_eq!(kind_of(&found, "Yerzhan Kalmakov"), EntityKind::Person);
        assert_eq!(
            kind_of(&found, "Property Casualty Underwriters of Montaver"),
            EntityKind::Organization
        );
    }

    #[test]
    fn islands_a_sentence_opens_on_ages_highlands_and_island_games_keep_their_kinds() {
        let found = entities(
            "On Vallasay, the ferry is late. On the Kelmarian bank, Pavo Lindak, 61, who fishes, spoke. Miners blocked the road from the Huancoro highlands. The 2019 Vallasay Games drew crowds. Larkspur Bakeries was fined.",
        );
        assert_eq!(kind_of(&found, "Vallasay"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Pavo Lindak"), EntityKind::Person);
        assert_eq!(kind_of(&found, "Huancoro"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Vallasay Games"), EntityKind::Other);
        assert_eq!(
            kind_of(&found, "Larkspur Bakeries"),
            EntityKind::Organization
        );
    }

    #[test]
    fn guesthouses_and_huts_are_places() {
        let found = entities(
            "Dana Morello runs the Brisa Alta guesthouse in Orrasco. Walkers climb to Kōpara Hut.",
        );
        assert_eq!(kind_of(&found, "Brisa Alta"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Kōpara Hut"), EntityKind::Place);
    }

    #[test]
    fn a_dateline_agency_in_brackets_is_a_body() {
        let found = entities(
            "SORRIN, Andevia, June 12 (Asterline) — Andevia asked for talks on Wednesday. A farmer told Asterline the river was low.",
        );
        assert_eq!(kind_of(&found, "Asterline"), EntityKind::Organization);
        assert_eq!(kind_of(&found, "SORRIN"), EntityKind::Place);
    }

    #[test]
    fn borders_routes_and_distances_tell_places() {
        let found = entities(
            "Checks at the borders with Thessary and Lordemark were tightened. He drove trains between Marlowby and Saltringham. Birds nest on Inchmurran, an uninhabited island two miles from the site. She lives in the suburb of Grayhaven.",
        );
        for place in [
            "Thessary",
            "Lordemark",
            "Marlowby",
            "Saltringham",
            "Inchmurran",
            "Grayhaven",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn upper_lower_cafes_cays_faults_and_meads_are_places() {
        let found = entities(
            "Homes fell in Upper Dunezh. Prices rose in Lower Bexmoor. They met at Café Orlanda. He flew to Saint Aubrey Cay. The Ghesh Fault moved. Tanners Mead, the club's home, is old.",
        );
        for place in [
            "Upper Dunezh",
            "Lower Bexmoor",
            "Café Orlanda",
            "Saint Aubrey Cay",
            "Ghesh Fault",
            "Tanners Mead",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn a_place_named_before_a_title_is_no_given_name() {
        let found = entities(
            "The Virginia Governor spoke. He was the Governor of Virginia. Virginia is large.",
        );
        assert_eq!(kind_of(&found, "Virginia"), EntityKind::Place);
    }

    #[test]
    fn a_given_name_that_is_also_a_city_is_the_person_named_with_it() {
        let found = entities(
            "“I am not well, Florence,” her uncle said. “I know,” said Florence Linden. Later Florence wept.",
        );
        let person = found.iter().find(|e| e.0 == "Florence Linden").unwrap();
        assert_eq!((person.2, person.3), (EntityKind::Person, 3));
        assert!(found.iter().all(|e| e.0 != "Florence"), "{found:?}");
    }

    #[test]
    fn in_front_of_a_surname_does_not_keep_it_from_the_full_name() {
        let found = entities(
            "Tomas Brandvold painted it. Interest in Brandvold grew, and Brandvold smiled.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].2, found[0].3), (EntityKind::Person, 3));
    }

    #[test]
    fn a_bare_surname_prefers_the_person_to_a_thing_named_after_them() {
        let found = entities(
            "Tomas Brandvold painted them. The Brandvold Panels were shown. Brandvold smiled.",
        );
        let person = found.iter().find(|e| e.0 == "Tomas Brandvold").unwrap();
        assert_eq!(person.3, 2);
    }

    #[test]
    fn countries_beside_a_score_are_teams() {
        let found = entities(
            "Group B: Norway 2 – 1 Peru. In the first match, Norway beat Peru. Peru now faces Chile 3-0 down, and fans in Norway cheered. Chile lies south of Peru.",
        );
        for team in ["Norway", "Peru", "Chile"] {
            let entity = found.iter().find(|e| e.0 == team).unwrap();
            assert_eq!(entity.2, EntityKind::Organization, "{team}");
        }
        let plain = entities("In 2010-2012 Norway and Peru signed a treaty 10 - 12 months late.");
        assert!(plain.iter().all(|e| e.2 == EntityKind::Place));
    }

    #[test]
    fn a_name_before_an_organisation_noun_names_a_body() {
        let found = entities(
            "Dara left Veltrism in 2019. Life in Veltrism was hard, he said; the Veltrism organization denied it.",
        );
        let body = found.iter().find(|e| e.0 == "Veltrism").unwrap();
        assert_eq!(body.2, EntityKind::Organization);
        // A person's campaign or administration does not make them a body.
        let found =
            entities("Ana Ruiz spoke. The Ruiz campaign and the Ruiz administration agreed.");
        assert_eq!(found[0].2, EntityKind::Person);
    }

    #[test]
    fn words_ending_a_name_or_numbered_after_it_give_its_kind() {
        let found = entities(
            "The Wendari Aquifer feeds the Mangarau Stream below the Raukawhiti Ranges. \
             Wexley Aircraft Leasing will sue. The Rural Air Link Program was cut, and the \
             Debt Relief Framework too. Residents of Extension 4 and Ward 31 marched.",
        );
        for place in [
            "Wendari Aquifer",
            "Mangarau Stream",
            "Raukawhiti Ranges",
            "Extension 4",
            "Ward 31",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(
            kind_of(&found, "Wexley Aircraft Leasing"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Rural Air Link Program"), EntityKind::Other);
        assert_eq!(kind_of(&found, "Debt Relief Framework"), EntityKind::Other);
    }

    #[test]
    fn a_body_named_in_full_stays_apart_from_its_own_department() {
        let found = entities(
            "Ashcombe University raised fees. The Ashcombe University Police Department said \
             the rally was calm, and Ashcombe University said aid would follow. Vessant \
             Holdings Ltd bought land; Vessant Holdings said so.",
        );
        let university = found.iter().find(|e| e.0 == "Ashcombe University").unwrap();
        assert_eq!(university.2, EntityKind::Organization);
        assert!(
            found
                .iter()
                .any(|e| e.0 == "Ashcombe University Police Department")
        );
        let company = found
            .iter()
            .find(|e| e.0 == "Vessant Holdings Ltd")
            .unwrap();
        assert_eq!(company.1, ["Vessant Holdings"], "{found:?}");
    }

    #[test]
    fn a_region_after_a_town_and_a_comma_is_a_place_but_a_person_is_not() {
        let found = entities(
            "Staff abused pupils at the school in Fellowick, Brackenfold, for decades. \
             Brackenfold Police said so. The mayor of Pra-Lunel, Claudine Arrighi, agreed.",
        );
        assert_eq!(kind_of(&found, "Brackenfold"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Brackenfold Police"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Claudine Arrighi"), EntityKind::Person);
    }

    #[test]
    fn groups_of_parents_students_and_families_are_bodies() {
        let found = entities(
            "Concerned Parents of Tamsett County, Associated Students of Quenmore and the \
             advocacy group Empty Chair Families wrote to the board.",
        );
        for body in [
            "Concerned Parents of Tamsett County",
            "Associated Students of Quenmore",
            "Empty Chair Families",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn racecourses_metering_firms_and_laws_for_a_cause_have_their_kinds() {
        let found = entities(
            "Callowbridge Racecourse closed. Clearline Metering and Pronto Rides objected to \
             the Homes for Every Budget Act, as Ana Ruiz did.",
        );
        assert_eq!(
            kind_of(&found, "Callowbridge Racecourse"),
            EntityKind::Place
        );
        assert_eq!(
            kind_of(&found, "Clearline Metering"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Pronto Rides"), EntityKind::Organization);
        assert_eq!(
            kind_of(&found, "Homes for Every Budget Act"),
            EntityKind::Other
        );
        assert_eq!(kind_of(&found, "Ana Ruiz"), EntityKind::Person);
    }

    #[test]
    fn orbitals_shores_and_rebates_have_their_kinds() {
        let found = entities(
            "Drivers on the Wyndara Orbital near Vantry Shore can claim the Toll Relief Rebate.",
        );
        assert_eq!(kind_of(&found, "Wyndara Orbital"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Vantry Shore"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Toll Relief Rebate"), EntityKind::Other);
    }

    #[test]
    fn a_committee_on_a_portfolio_of_two_is_one_body() {
        let found = entities("She told the Senate Committee on Corrections and Public Safety.");
        assert_eq!(
            kind_of(&found, "Senate Committee on Corrections and Public Safety"),
            EntityKind::Organization
        );
    }

    #[test]
    fn cases_firms_of_brothers_courts_and_lighthouses_have_their_kinds() {
        let found = entities(
            "Families sued in Vickery v. Drummond. Drover Bros. Construction built the wall \
             under the Historic Lights (Disposal) Act 2019. The Kvarnholm Administrative Court \
             ruled on the Rubha Tormaid Lighthouse near Bastow's Point.",
        );
        assert_eq!(kind_of(&found, "Vickery v. Drummond"), EntityKind::Other);
        assert_eq!(
            kind_of(&found, "Drover Bros. Construction"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "Historic Lights (Disposal) Act 2019"),
            EntityKind::Other
        );
        assert_eq!(
            kind_of(&found, "Kvarnholm Administrative Court"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "Rubha Tormaid Lighthouse"),
            EntityKind::Place
        );
        assert_eq!(kind_of(&found, "Bastow's Point"), EntityKind::Place);
    }

    #[test]
    fn a_name_nothing_else_places_is_a_place_when_it_ends_like_one() {
        let found = entities(
            "The Tollerdale high schools objected, as did the Kanalgata shops. Residents of \
             Tollerdale marched. The Quendry machines failed.",
        );
        assert_eq!(kind_of(&found, "Tollerdale"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Kanalgata"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Quendry"), EntityKind::Other);
        // Any vote for a person still wins.
        let found = entities("Tom Ashford spoke. Ashford said no.");
        assert_eq!(kind_of(&found, "Tom Ashford"), EntityKind::Person);
    }

    #[test]
    fn pantries_motorways_and_foreign_universities_are_bodies() {
        let found = entities(
            "The Merrow Community Pantry, Arcline Motorways and the Université de Mont-Vallier \
             signed the letter.",
        );
        for body in [
            "Merrow Community Pantry",
            "Arcline Motorways",
            "Université de Mont-Vallier",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn a_name_before_a_bridge_library_or_station_is_a_place() {
        let found = entities(
            "A van crossed the Sallebrug bridge. The story hour met near the Tarnwick station.",
        );
        for place in ["Sallebrug", "Tarnwick"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn sounds_trenches_laws_on_and_shipbuilders_have_their_kinds() {
        let found = entities(
            "Debris fell into the Sound of Harra near the Lagiroa Trench. The Law on Minority \
             Language Education passed. Dunmarra Shipbuilders, Pruett Agrichemicals and Fennay \
             Coastguard agreed, citing the Moylinn County Development Plan.",
        );
        assert_eq!(kind_of(&found, "Sound of Harra"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Lagiroa Trench"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Law on Minority Language Education"),
            EntityKind::Other
        );
        assert_eq!(
            kind_of(&found, "Moylinn County Development Plan"),
            EntityKind::Other
        );
        for body in [
            "Dunmarra Shipbuilders",
            "Pruett Agrichemicals",
            "Fennay Coastguard",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn wharves_pastoral_firms_and_bracketed_laws_have_their_kinds() {
        let found = entities(
            "Residents of Chandler’s Wharf objected. Halvanta Pastoral bought the station under \
             the Rural Land (Foreign Holdings) Act. Promoter Callum Reddy said so.",
        );
        assert_eq!(kind_of(&found, "Chandler’s Wharf"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Halvanta Pastoral"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "Rural Land (Foreign Holdings) Act"),
            EntityKind::Other
        );
        assert_eq!(kind_of(&found, "Callum Reddy"), EntityKind::Person);
    }

    #[test]
    fn gaelic_names_hubs_and_based_firms_have_their_kinds() {
        let found = entities(
            "The Beinn Ghlasach wind farm pays Sgoil Bhaile Gheàrr, and the Fèis Ardnasgeir \
             opens in June. Drivers in the trading hub of Yelwaro struck. The Port Aubrey-based \
             firm Wendmoor bought the chain.",
        );
        assert_eq!(kind_of(&found, "Beinn Ghlasach"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Sgoil Bhaile Gheàrr"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Fèis Ardnasgeir"), EntityKind::Other);
        assert_eq!(kind_of(&found, "Yelwaro"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Port Aubrey"), EntityKind::Place);
    }

    #[test]
    fn reefs_quads_locks_and_charter_firms_tell_kinds() {
        let found = entities(
            "Divers at Karrabin Reef met students from Tillman Quad near Rackford Locks. \
             Bluewater Drift Charters cancelled trips.",
        );
        for place in ["Karrabin Reef", "Tillman Quad", "Rackford Locks"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(
            kind_of(&found, "Bluewater Drift Charters"),
            EntityKind::Organization
        );
    }

    #[test]
    fn roads_distances_and_websites_tell_kinds() {
        let found = entities(
            "The pitch is on the Ballinvarra road. Parents drive 14 kilometres to Drumcashel. \
             He posted on Platewatch, a website where scientists talk.",
        );
        assert_eq!(kind_of(&found, "Ballinvarra"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Drumcashel"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Platewatch"), EntityKind::Organization);
    }

    #[test]
    fn a_compound_adjective_and_a_possessive_body_keep_to_their_names() {
        let found = entities(
            "The English-language Orlac Valley District School Board objected, as did the \
             governing People’s Congress of Tswelane.",
        );
        assert_eq!(
            kind_of(&found, "Orlac Valley District School Board"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "People’s Congress of Tswelane"),
            EntityKind::Organization
        );
    }

    #[test]
    fn a_players_position_opening_a_sentence_is_no_part_of_the_name() {
        let found =
            entities("Outfielder Jalen Marchbanks hit two. Left-hander Tomas Echeverri pitched.");
        assert_eq!(kind_of(&found, "Jalen Marchbanks"), EntityKind::Person);
        assert_eq!(kind_of(&found, "Tomas Echeverri"), EntityKind::Person);
    }

    #[test]
    fn in_x_votes_for_a_place() {
        let found = entities("Workers in Port Halden struck.");
        assert_eq!(found[0].2, EntityKind::Place);
    }

    /// The kind of the entity named `name` among `found`.
    fn kind_of(found: &[(String, Vec<String>, EntityKind, usize)], name: &str) -> EntityKind {
        found
            .iter()
            .find(|e| e.0 == name)
            .map(|e| e.2)
            .unwrap_or_else(|| panic!("{name} not among {found:?}"))
    }

    #[test]
    fn a_demonym_built_on_a_place_of_the_article_is_its_alias() {
        let found = entities("Farmers in Veltrava are angry, and some Veltravan officials agree.");
        let place = found.iter().find(|e| e.0 == "Veltrava").unwrap();
        assert_eq!(place.1, ["Veltravan"]);
        assert_eq!(place.2, EntityKind::Place);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn the_parts_of_a_compound_before_a_route_noun_are_places() {
        let found = entities(
            "The Dunmarra-Skellig crossing closed, and boats from Skellig and Dunmarra stayed home.",
        );
        assert_eq!(kind_of(&found, "Skellig"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Dunmarra"), EntityKind::Place);
    }

    #[test]
    fn a_dateline_in_capitals_is_a_place_even_far_from_its_dash() {
        let found = entities(
            "NOVA TESSARO, Selvara, Aug. 12 (Sentinel Wire) — Tan Weiliang spoke. The finance minister said more.",
        );
        assert_eq!(kind_of(&found, "Nova Tessaro"), EntityKind::Place);
        let found = entities(
            "CORVANE, Nov. 3 - Thousands of drivers walked out. Rail chief Ann Cole said so.",
        );
        assert_eq!(kind_of(&found, "CORVANE"), EntityKind::Place);
        assert!(found.iter().all(|e| e.0 != "Thousands"), "{found:?}");
    }

    #[test]
    fn where_a_person_of_an_age_comes_from_is_a_place_and_street_forms_end_places() {
        let found = entities(
            "The firm's former manager, Craig Lomax, 44, of Wrexley, admitted the charge. The van was parked on Orchard Rise.",
        );
        assert_eq!(kind_of(&found, "Wrexley"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Orchard Rise"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Craig Lomax"), EntityKind::Person);
        let found = entities("Reporters from the Carver Springs Ledger watched.");
        assert_eq!(
            kind_of(&found, "Carver Springs Ledger"),
            EntityKind::Organization
        );
    }

    #[test]
    fn a_dateline_place_is_not_merged_into_a_treaty_named_after_it() {
        let found = entities(
            "CORVASK, Telmar — Talks opened.\n\nBoth sides signed the Corvask Treaty in Corvask.",
        );
        assert_eq!(kind_of(&found, "Corvask"), EntityKind::Place);
        assert!(found.iter().any(|e| e.0 == "Corvask Treaty"), "{found:?}");
    }

    #[test]
    fn the_first_word_of_a_river_is_the_river() {
        let found = entities("The Marrow River is low. Barges on the Marrow have stopped.");
        let river = found.iter().find(|e| e.0 == "Marrow River").unwrap();
        assert_eq!(river.1, ["Marrow"]);
        assert_eq!(river.3, 2);
    }

    #[test]
    fn a_spokesperson_for_a_name_or_a_company_in_apposition_makes_it_an_organisation() {
        let found = entities(
            "The dam is run by the state power company, Voltrane. A spokesperson for Voltrane declined to comment.",
        );
        assert_eq!(kind_of(&found, "Voltrane"), EntityKind::Organization);
    }

    #[test]
    fn a_shortened_name_keeping_the_first_word_joins_the_full_one() {
        let found = entities(
            "Doctors at the Tolan Valley Regional Medical Center were busy. By August, Tolan Regional had run out of beds.",
        );
        let centre = found
            .iter()
            .find(|e| e.0 == "Tolan Valley Regional Medical Center")
            .unwrap();
        assert_eq!(centre.1, ["Tolan Regional"]);
        assert_eq!(centre.2, EntityKind::Organization);
    }

    #[test]
    fn the_last_word_of_the_one_body_named_before_is_its_alias() {
        let found = entities(
            "Kestrel Bay Rovers beat Dunmore Athletic on Saturday, and fans of Rovers sang.",
        );
        let club = found.iter().find(|e| e.0 == "Kestrel Bay Rovers").unwrap();
        assert_eq!(club.1, ["Rovers"]);
    }

    #[test]
    fn what_a_place_has_before_of_makes_a_place() {
        let found = entities(
            "Residents of Lowick Vale complained. The mayor of Dunmere, Petra Lind, said the town would pay.",
        );
        assert_eq!(kind_of(&found, "Lowick Vale"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Dunmere"), EntityKind::Place);
    }

    #[test]
    fn a_town_that_names_its_institutions_or_has_a_waterfront_is_a_place() {
        let found = entities(
            "Pupils at Corvell High and officers of Corvell Police met the Corvell Parks Department. Crashes in downtown Corvell rose. Much of Calvera’s waterfront flooded.",
        );
        assert_eq!(kind_of(&found, "Corvell"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Calvera"), EntityKind::Place);
    }

    #[test]
    fn a_body_and_its_supporters_trust_stay_apart_and_a_role_marks_a_body() {
        let found = entities(
            "Fans of Wrenford United booed. Maggie Tolland chairs the Wrenford United Supporters' Trust, and Hollins Vale boss Ines Cardoso spoke. Wrenford lost.",
        );
        let club = found.iter().find(|e| e.0 == "Wrenford United").unwrap();
        assert_eq!(club.1, ["Wrenford"]);
        assert_eq!(kind_of(&found, "Hollins Vale"), EntityKind::Organization);
    }

    #[test]
    fn a_person_after_a_place_and_and_is_no_place() {
        let found = entities(
            "Reporting by Lotte Marais in Velmont and Jakob Lunde in Skelby; and by Ana Ruiz in Dunmere and Copse End.",
        );
        assert_eq!(kind_of(&found, "Jakob Lunde"), EntityKind::Person);
        assert_eq!(kind_of(&found, "Copse End"), EntityKind::Place);
    }

    #[test]
    fn an_unknown_word_whose_demonym_the_article_uses_is_a_place() {
        let found = entities(
            "Talks stalled as Valmoran officials said little, and Valmora agreed to host a mission.",
        );
        let place = found.iter().find(|e| e.0 == "Valmora").unwrap();
        assert_eq!(place.1, ["Valmoran"]);
        assert_eq!(place.2, EntityKind::Place);
    }

    #[test]
    fn a_short_company_name_joins_the_full_one_despite_a_longer_form_or_a_place_context() {
        let found = entities(
            "Harlow & Finch Group bought Vessant Containers on Monday. The buyer will issue new Harlow shares. Harlow & Finch Chief Executive Ana Ruiz spoke. Buyers of Vessant’s shares cheered, and investors in Vessant sold.",
        );
        let group = found
            .iter()
            .find(|e| e.0 == "Harlow & Finch Group")
            .unwrap();
        assert!(group.1.contains(&"Harlow".to_owned()), "{found:?}");
        let vessant = found.iter().find(|e| e.0 == "Vessant Containers").unwrap();
        assert_eq!(vessant.1, ["Vessant"]);
        assert_eq!(vessant.2, EntityKind::Organization);
    }

    #[test]
    fn a_body_noun_right_before_a_name_makes_it_an_organisation() {
        let found = entities(
            "Orders moved to the delivery app Parcelbee. A campaign group, Keep Our Lights, met.",
        );
        assert_eq!(kind_of(&found, "Parcelbee"), EntityKind::Organization);
        assert_eq!(kind_of(&found, "Keep Our Lights"), EntityKind::Organization);
    }

    #[test]
    fn an_area_noun_after_a_name_and_a_second_place_after_in_make_places() {
        let found = entities(
            "Nwosu represents the Saltings district. Kestrel has centres in Haverleigh and Copse End.",
        );
        assert_eq!(kind_of(&found, "Saltings"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Copse End"), EntityKind::Place);
    }

    #[test]
    fn where_a_name_stands_tells_a_place() {
        let found = entities(
            "It sent a signal to a station at Harnvik. An analyst at Brightwater said so. \
             Crowds gathered at Sandvaer, the nearest village to the spaceport. A second \
             station, at Kalsund in the far north, takes over. Traffic sat on the A419. \
             Oliver Stainforth, the MP for Dunmarsh, wrote to her. She moved inland to \
             Ashgrove. A wall will run along Beckside. They farm near the hamlet of \
             Fellgarth. He grew up in the Ballycashel flats on the Knockrea estate. They met \
             in the Harbour Lights, a pub on Chandlers Row.",
        );
        for place in [
            "Harnvik",
            "Sandvaer",
            "Kalsund",
            "A419",
            "Dunmarsh",
            "Ashgrove",
            "Beckside",
            "Fellgarth",
            "Ballycashel",
            "Knockrea",
            "Harbour Lights",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_ne!(kind_of(&found, "Brightwater"), EntityKind::Place);
    }

    #[test]
    fn police_units_are_organisations() {
        let found = entities("Officers of the Kilcarrig Divisional Drugs Unit made the arrests.");
        assert_eq!(
            kind_of(&found, "Kilcarrig Divisional Drugs Unit"),
            EntityKind::Organization
        );
    }

    #[test]
    fn a_surname_after_at_stays_with_its_person() {
        let found =
            entities("The leader, Oskar Lind, was a minute back. Everyone was looking at Lind.");
        assert_eq!(kind_of(&found, "Oskar Lind"), EntityKind::Person);
        assert!(!found.iter().any(|e| e.0 == "Lind"), "{found:?}");
    }

    #[test]
    fn halls_churches_and_courts_that_are_buildings_are_places() {
        let found = entities(
            "They met in the Seamen's Hall. The fire at Haldane Court spread. He appeared at \
             Kelbridge Crown Court. A service at St Aldhelm’s Church followed, then a dance \
             in St. Columba’s Hall. The Catholic Church said so. Buses wait at the Pell \
             Fairgrounds and the Buttercross Rooms.",
        );
        for place in [
            "Seamen's Hall",
            "Haldane Court",
            "St Aldhelm’s Church",
            "St. Columba’s Hall",
            "Pell Fairgrounds",
            "Buttercross Rooms",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(
            kind_of(&found, "Kelbridge Crown Court"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Catholic Church"), EntityKind::Organization);
    }

    #[test]
    fn firms_of_architects_and_ecologists_and_papers_called_advocate_are_organisations() {
        let found = entities(
            "Denholm Pryce Architects drew the plans, Kestin Ecology surveyed the birds and \
             the Bellandra Advocate reported it.",
        );
        for body in [
            "Denholm Pryce Architects",
            "Kestin Ecology",
            "Bellandra Advocate",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn rivers_ranges_grounds_roads_and_ferry_ports_are_places() {
        let found = entities(
            "Lastovec is a village at the mouth of the Dril. Trucks queued on the R12 coastal \
             highway. The match is at the Harbour Ground. A wind farm is proposed for the \
             Carrabin Range. The collar was reached by ferry from Saltcote. Warhol was the \
             centre of the Zeitgeist.",
        );
        for place in [
            "Dril",
            "R12",
            "Harbour Ground",
            "Carrabin Range",
            "Saltcote",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_ne!(kind_of(&found, "Zeitgeist"), EntityKind::Place);
    }

    #[test]
    fn a_body_noun_in_apposition_after_a_name_makes_an_organisation() {
        let found = entities(
            "Blue Shoal, a marine conservation group, said the cut was late. Figures came from \
             Visit Westmarch, the county's tourism body. Safe Streets Eastbank, a nonprofit, \
             disagreed. Tom Reyes, a fisherman, agreed.",
        );
        for body in ["Blue Shoal", "Visit Westmarch", "Safe Streets Eastbank"] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
        assert_eq!(kind_of(&found, "Tom Reyes"), EntityKind::Person);
    }

    #[test]
    fn a_numbered_road_needs_the_and_no_noun_or_money_after_it() {
        let found = entities(
            "Traffic sat on the N96 for an hour. Staff wore the N95 mask. The deal is worth \
             R420-million to Tidewater FM.",
        );
        assert_eq!(kind_of(&found, "N96"), EntityKind::Place);
        assert!(
            found
                .iter()
                .all(|e| e.0 == "N96" || e.2 != EntityKind::Place),
            "{found:?}"
        );
        assert_eq!(kind_of(&found, "Tidewater FM"), EntityKind::Organization);
    }

    #[test]
    fn merged_papers_bars_cabins_stadiums_and_datelined_countries_have_their_kinds() {
        let found = entities(
            "SANTAVERA, Marenza (Equinox News) - The Wendmoor Times-Courier reported it. They \
             met at the Anchorage Bar, by the Ahlgren Cabin and in Estadio Corvo on New \
             Year’s Eve.",
        );
        assert_eq!(kind_of(&found, "Marenza"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Wendmoor Times-Courier"),
            EntityKind::Organization
        );
        for place in ["Anchorage Bar", "Ahlgren Cabin", "Estadio Corvo"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert!(!found.iter().any(|e| e.0.contains("Year")), "{found:?}");
    }

    #[test]
    fn vessels_are_things() {
        let found = entities(
            "At Port Sendry, the bulk carrier MV Corvina Star was loading, and the trawler Sveta \
             Mara sailed.",
        );
        assert_eq!(kind_of(&found, "MV Corvina Star"), EntityKind::Other);
        assert_eq!(kind_of(&found, "Sveta Mara"), EntityKind::Other);
    }

    #[test]
    fn clubs_named_by_what_members_do_shires_downs_showgrounds_and_journey_starts() {
        let found = entities(
            "He died in Fallowmere. Fallowmere Wheelers rode to Carnabee Downs, past the Quoralla \
             Showgrounds in Quoralla Shire. She moved to Quoralla from Tarrawong. The Daily \
             Pennant reported that Bernie Sanders agreed.",
        );
        assert_eq!(
            kind_of(&found, "Fallowmere Wheelers"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Daily Pennant"), EntityKind::Organization);
        for place in [
            "Carnabee Downs",
            "Quoralla Showgrounds",
            "Quoralla Shire",
            "Tarrawong",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(kind_of(&found, "Bernie Sanders"), EntityKind::Person);
    }

    #[test]
    fn capitals_rivers_parliaments_and_neighbours_have_their_kinds() {
        let found = entities(
            "Arrabide spoke from Alcabre, the Varandian capital. Villages along the Zhyn river \
             flooded, and helicopters came from neighbouring Velmaria. The coalition holds 68 \
             seats in the Domna, the country's parliament. The Presidential Chancellery and \
             Vantage Newswire said so. The local member of parliament, Brett Ormsby, agreed.",
        );
        for place in ["Alcabre", "Zhyn", "Velmaria"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        for body in ["Domna", "Presidential Chancellery", "Vantage Newswire"] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
        assert_eq!(kind_of(&found, "Brett Ormsby"), EntityKind::Person);
    }

    #[test]
    fn a_demonym_may_drop_the_final_a_of_its_country() {
        let found = entities(
            "Helicopters came from neighbouring Velmaria, and the Velmari government sent more.",
        );
        let velmaria = found.iter().find(|e| e.0 == "Velmaria").expect("Velmaria");
        assert!(velmaria.1.contains(&"Velmari".to_owned()), "{found:?}");
    }

    #[test]
    fn a_pair_before_a_plural_area_noun_is_two_places_and_a_plural_possessive_venue_is_whole() {
        let found = entities(
            "Buses went to the red zone and the Sevo and Lumia rivers rose. Flood gates went up \
             at the Drovers’ Arms.",
        );
        for place in ["Sevo", "Lumia", "Drovers’ Arms"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn welsh_places_grills_and_maraes_have_their_kinds() {
        let found = entities(
            "Volunteers met in Cefn Brynach, at Capel Horeb and on Heol Elwyd, then ate at the \
             Depot Grill. Ysgol Cwm Sannan closed. Whanau gathered at Otawhiro Marae. They \
             crossed the Col du Serpaz, walked through Parc Llwynog and swam at Moana Park \
             Pools.",
        );
        for place in [
            "Cefn Brynach",
            "Capel Horeb",
            "Heol Elwyd",
            "Depot Grill",
            "Otawhiro Marae",
            "Col du Serpaz",
            "Parc Llwynog",
            "Moana Park Pools",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(
            kind_of(&found, "Ysgol Cwm Sannan"),
            EntityKind::Organization
        );
    }

    #[test]
    fn where_a_body_or_a_person_is_from_and_a_possessed_minister_make_places() {
        let found = entities(
            "Cellanor, a Kelsford company, makes it. Lorraine Seddon, a school administrator from \
             Marlbury, agreed. On Friday, Madhyagiri's Minister for Culture spoke. On Teras Glynarth, \
             Eirlys Maddocks, 81, said so.",
        );
        for place in ["Kelsford", "Marlbury", "Madhyagiri", "Teras Glynarth"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_ne!(kind_of(&found, "Eirlys Maddocks"), EntityKind::Place);
    }

    #[test]
    fn a_town_and_a_plural_is_its_team() {
        let found = entities(
            "Fans in Port Calder cheered. The Port Calder Herons beat the Fort Anselm Foxes, and \
             the Boston Comets lost. Carol Adams watched. Orvane Resources and Brannik Copper \
             sponsor them.",
        );
        for team in [
            "Port Calder Herons",
            "Fort Anselm Foxes",
            "Boston Comets",
            "Orvane Resources",
            "Brannik Copper",
        ] {
            assert_eq!(kind_of(&found, team), EntityKind::Organization, "{team}");
        }
        assert_eq!(kind_of(&found, "Carol Adams"), EntityKind::Person);
    }

    #[test]
    fn shops_surgeries_rescues_sheds_and_santas_have_their_kinds() {
        let found = entities(
            "Corella Supermarkets, Banksia Foodstores, Cobble Hill Surgery, Coastmark Commercial, \
             the Brosnagh Champion, the Pike River Ambulance District and Full Bowl Food Rescue \
             met in the Old Goods Shed near Santa Velia.",
        );
        for body in [
            "Coastmark Commercial",
            "Brosnagh Champion",
            "Pike River Ambulance District",
            "Corella Supermarkets",
            "Banksia Foodstores",
            "Cobble Hill Surgery",
            "Full Bowl Food Rescue",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
        for place in ["Old Goods Shed", "Santa Velia"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn a_surname_ending_a_name_after_no_given_name_is_a_place() {
        let found = entities(
            "Buses ran from Caddon Cross past Sennacott Marsh to Ardlow Pike and Blackhope \
             Moss. Jane Marsh and Brennick & Vale objected.",
        );
        for place in [
            "Caddon Cross",
            "Sennacott Marsh",
            "Ardlow Pike",
            "Blackhope Moss",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
        assert_eq!(kind_of(&found, "Jane Marsh"), EntityKind::Person);
        assert_ne!(kind_of(&found, "Brennick & Vale"), EntityKind::Place);
    }

    #[test]
    fn halls_of_feasts_of_vias_and_mobiles_have_their_kinds() {
        let found = entities(
            "Visitors crowd the Hall of Banners for the Feast of the Salt Lanterns on Via \
             Salinara, and Lakeline Mobile lost signal at the Elmcrest Mall.",
        );
        assert_eq!(kind_of(&found, "Hall of Banners"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Feast of the Salt Lanterns"),
            EntityKind::Other
        );
        assert_eq!(kind_of(&found, "Via Salinara"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Lakeline Mobile"), EntityKind::Organization);
        assert_eq!(kind_of(&found, "Elmcrest Mall"), EntityKind::Place);
    }

    #[test]
    fn campaign_groups_named_with_a_call_to_act_are_organisations() {
        let found = entities(
            "The campaign group Keep Blackhope Wild paid for a survey. Members of Hold the Lift \
             marched, and Save Our Shelves agreed. No More Nets, a campaign group, said so.",
        );
        for body in [
            "Keep Blackhope Wild",
            "Hold the Lift",
            "No More Nets",
            "Save Our Shelves",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn advisory_and_meteorological_centres_are_bodies() {
        let found = entities(
            "The Southern Ash Advisory Centre and the Regional Meteorological Centre issued warnings.",
        );
        for body in [
            "Southern Ash Advisory Centre",
            "Regional Meteorological Centre",
        ] {
            assert_eq!(kind_of(&found, body), EntityKind::Organization, "{body}");
        }
    }

    #[test]
    fn elections_mills_nearby_towns_and_hometowns_make_places() {
        let found = entities(
            "Ilina Marovec has won Castrevia’s presidential run-off. At the Kelloway sawmill, \
             jobs went to its factory in nearby Marrowby. Mary Kiely, from Lisnacurra, said so.",
        );
        for place in ["Castrevia", "Kelloway", "Marrowby", "Lisnacurra"] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn a_day_naming_a_market_tearooms_and_plant_hire_have_their_kinds() {
        let found = entities(
            "Stalls at the Matarehu Saturday Market and the Brae Foot Tearoom reopened, and \
             Corrieburn Plant Hire lent a digger on Monday.",
        );
        assert_eq!(
            kind_of(&found, "Matarehu Saturday Market"),
            EntityKind::Place
        );
        assert_eq!(kind_of(&found, "Brae Foot Tearoom"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Corrieburn Plant Hire"),
            EntityKind::Organization
        );
        assert!(!found.iter().any(|e| e.0.contains("Monday")), "{found:?}");
    }

    #[test]
    fn a_demonym_taken_for_a_place_joins_its_country() {
        let found = entities(
            "Doctors in Dravenia will stop births at the unit. The Dravenian government's plan was published on Friday.",
        );
        assert_eq!(kind_of(&found, "Dravenia"), EntityKind::Place);
        let dravenia = found.iter().find(|e| e.0 == "Dravenia").unwrap();
        assert!(dravenia.1.contains(&"Dravenian".to_string()), "{found:?}");
        assert!(!found.iter().any(|e| e.0 == "Dravenian"), "{found:?}");
    }

    #[test]
    fn passes_coves_and_airlines() {
        let found = entities(
            "Mothers face a drive over the Ostrec Pass. Swimmers gather at Portlacken Cove. Bellwick Air cancelled every flight. The National Air and Space Museum lent a plane.",
        );
        assert_eq!(kind_of(&found, "Ostrec Pass"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Portlacken Cove"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Bellwick Air"), EntityKind::Organization);
        assert_eq!(
            kind_of(&found, "National Air and Space Museum"),
            EntityKind::Organization
        );
    }

    #[test]
    fn the_realm_of_a_king_is_a_place() {
        let found = entities(
            "A descendant of the last king of Omaru knelt before the stool. The bronzes came from Omaru.",
        );
        assert_eq!(kind_of(&found, "Omaru"), EntityKind::Place);
    }

    #[test]
    fn saddles_droves_acoustics_and_acts_after_a_place_prefix() {
        let found = entities(
            "Farmers drove up the Cullody Saddle in the snow. Residents along Carter's Drove complained to Hollowtone Acoustics. The union opposed the Port Labor Act.",
        );
        assert_eq!(kind_of(&found, "Cullody Saddle"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Carter's Drove"), EntityKind::Place);
        assert_eq!(
            kind_of(&found, "Hollowtone Acoustics"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Port Labor Act"), EntityKind::Other);
    }

    #[test]
    fn a_hospital_named_without_its_last_word_is_the_same_hospital() {
        let found = entities(
            "Ines Marchbank, a cardiologist at Marrowfield Regional Hospital, said so. Her daughter drove her to the emergency room at Marrowfield Regional.",
        );
        let hospital = found
            .iter()
            .find(|e| e.0 == "Marrowfield Regional Hospital")
            .unwrap_or_else(|| panic!("{found:?}"));
        assert!(
            hospital.1.contains(&"Marrowfield Regional".to_string()),
            "{found:?}"
        );
    }

    #[test]
    fn sports_clubs_and_a_burn() {
        let found = entities(
            "The ground is shared by Sporting Brevnik and Brevnik Lokomotiv. Sheep graze along the Rusgach Burn below the hill.",
        );
        assert_eq!(
            kind_of(&found, "Sporting Brevnik"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "Brevnik Lokomotiv"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Rusgach Burn"), EntityKind::Place);
    }

    #[test]
    fn a_wynd_and_a_building_in_apposition() {
        let found = entities(
            "The station stands at the foot of Tarry Wynd. The march ended outside the Stenhall, the parliament building, at noon.",
        );
        assert_eq!(kind_of(&found, "Tarry Wynd"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Stenhall"), EntityKind::Place);
    }

    #[test]
    fn a_review_of_something_is_a_report_and_a_town_review_a_paper() {
        let found = entities(
            "The closure was one of eleven changes in its Coastal Cover Review, the society said. Readers of the Ledgerhall Review complained.",
        );
        assert_eq!(kind_of(&found, "Coastal Cover Review"), EntityKind::Other);
        assert_eq!(
            kind_of(&found, "Ledgerhall Review"),
            EntityKind::Organization
        );
    }

    #[test]
    fn a_group_named_for_a_cause_opening_a_sentence() {
        let found = entities(
            "Citizens for Open Ballots, a watchdog group based in Tennick, had observers there. The plan was flawed, the group Parents for Safer Streets said.",
        );
        assert_eq!(
            kind_of(&found, "Citizens for Open Ballots"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_of(&found, "Parents for Safer Streets"),
            EntityKind::Organization
        );
    }

    #[test]
    fn a_distance_from_somewhere_after_a_name_makes_a_place() {
        let found = entities(
            "She drove in from Little Fennick, six miles outside Brindlecombe, for the meeting. Others came from Harrowgate, 40km north of the capital.",
        );
        assert_eq!(kind_of(&found, "Little Fennick"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Harrowgate"), EntityKind::Place);
    }

    #[test]
    fn an_institute_of_two_fields_a_farm_and_a_mill() {
        let found = entities(
            "The Quilvaran Institute of Volcanology and Seismology raised the alert. The fence ran past Tillet's Farm to the weir at Cobbledown Mill.",
        );
        assert_eq!(
            kind_of(&found, "Quilvaran Institute of Volcanology and Seismology"),
            EntityKind::Organization
        );
        assert_eq!(kind_of(&found, "Tillet's Farm"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Cobbledown Mill"), EntityKind::Place);
    }

    #[test]
    fn a_name_listed_among_places_is_a_place() {
        let found = entities(
            "Branches in Kinnowee, Wyecross, Dublin and London will close, and Ana Ruiz, Tom Baker and Wyecombe Ltd objected.",
        );
        assert_eq!(kind_of(&found, "Wyecross"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Kinnowee"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Tom Baker"), EntityKind::Person);
    }

    #[test]
    fn where_someone_drove_from_and_a_capitol() {
        let found = entities(
            "The deputy had to drive from Wicklund that night. Pat Hemsley has driven from Dunsmere every summer. Protesters gathered at the State Capitol.",
        );
        assert_eq!(kind_of(&found, "Wicklund"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Dunsmere"), EntityKind::Place);
        assert_eq!(kind_of(&found, "State Capitol"), EntityKind::Place);
    }

    #[test]
    fn a_pair_after_between_is_two_places_when_one_is() {
        let found = entities(
            "Work on the road between Invergellie and Glasgow has stopped. Talks between Ana Ruiz and Tom Baker went on.",
        );
        assert_eq!(kind_of(&found, "Invergellie"), EntityKind::Place);
        assert_eq!(kind_of(&found, "Tom Baker"), EntityKind::Person);
    }

    #[test]
    fn a_corn_exchange_is_a_hall() {
        let found = entities("The gig at the Marchbury Corn Exchange was cancelled on Friday.");
        assert_eq!(
            kind_of(&found, "Marchbury Corn Exchange"),
            EntityKind::Place
        );
    }

    #[test]
    fn a_plateau_a_valley_a_resort_a_lodge_and_a_hotel() {
        let found = entities(
            "The course runs over the Gravfjell plateau and down the Sannan valley to the higher resort of Isvenna. She runs the Torvenhus Lodge there, and they dined at the Hôtel Belcastre.",
        );
        for place in [
            "Gravfjell",
            "Sannan",
            "Isvenna",
            "Torvenhus Lodge",
            "Hôtel Belcastre",
        ] {
            assert_eq!(kind_of(&found, place), EntityKind::Place, "{place}");
        }
    }

    #[test]
    fn a_review_of_something_is_a_report() {
        let found =
            entities("The council published the Review of Civic Twinning Expenditure on Monday.");
        assert_eq!(
            kind_of(&found, "Review of Civic Twinning Expenditure"),
            EntityKind::Other
        );
    }

    #[test]
    fn a_plain_is_a_place() {
        let found = entities("Farmers on the Kessari Plain lost their water.");
        assert_eq!(kind_of(&found, "Kessari Plain"), EntityKind::Place);
    }

    #[test]
    fn friends_of_a_river_opening_a_sentence() {
        let found = entities(
            "Friends of the Seravin, a conservation group based in Ilmarant, had warned of it.",
        );
        assert_eq!(
            kind_of(&found, "Friends of the Seravin"),
            EntityKind::Organization
        );
    }

    #[test]
    fn an_opera_house_and_a_number_opening_a_sentence() {
        let found = entities(
            "Forty singers work at the Vallance Opera House. Thirty-one Marrevian students came to Drumquilla.",
        );
        assert_eq!(kind_of(&found, "Vallance Opera House"), EntityKind::Place);
        assert!(
            !found.iter().any(|e| e.0.starts_with("Thirty")),
            "{found:?}"
        );
    }
}
