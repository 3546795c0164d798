//! The word lists in `assets/lexicon/` that drive the analysis, embedded in the binary and
//! parsed once. Changing what the rules know means editing these files, not code.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use super::tokens::lowercase;

/// Grammatical gender of a title, role noun, given name or pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, Mr, spokesman
    Male,
    /// she, Mrs, spokeswoman
    Female,
    /// they, Dr, spokesperson
    Unknown,
}

impl Gender {
    fn parse(field: &str) -> Gender {
        match field.trim() {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// True when the two may refer to the same person.
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Flags of a lowercase word, looked up once per token (see [`Lexicon::word_flags`]).
pub mod flags {
    /// A speech verb ("said").
    pub const SPEECH: u8 = 1;
    /// A word allowed between a speaker and its verb ("later").
    pub const FILLER: u8 = 2;
    /// A role noun ("spokesperson").
    pub const ROLE: u8 = 4;
    /// The first word of a two-word role noun ("crane" of "crane operator").
    pub const ROLE_FIRST: u8 = 8;
    /// An organisation noun ("ministry").
    pub const ORG_NOUN: u8 = 16;
    /// A personal pronoun ("she").
    pub const PRONOUN: u8 = 32;
    /// A determiner that can open a description ("the", "his").
    pub const DETERMINER: u8 = 64;
    /// A noun of written words that speak for their author ("statement").
    pub const DOCUMENT: u8 = 128;
}

/// What a word next to a name tells of its kind (assets/lexicon/kind_context.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KindContext {
    /// After a hyphenated pair of names, both are places ("the Kelavar-Ostreva border").
    Route,
    /// After a possessive name, the name is an organisation ("Brenmore’s chief executive").
    OwnedByBody,
    /// After a possessive name, the name is a place ("Kelavar’s capital").
    OwnedByPlace,
    /// Right after a name, the name is a place ("the Saltings district").
    Area,
    /// Before a comma and a name, the name is an organisation ("the state company, Hydrostrev").
    Body,
    /// As the first of two or more capitalised words, the name is a place ("Lake Wyatt").
    PlacePrefix,
    /// What a body issues in its own words: "according to a statement from X" credits X.
    Statement,
    /// A body's head word that "for" continues: "Foundation for the Visual Arts", unlike
    /// "Calloway Research for the Tressel Bridge Courier".
    HeadsFor,
    /// The last word of a body's name that its short form drops: "Civic Reform" for the
    /// "Civic Reform Party", "Vessant" for "Vessant Holdings", even where the short form
    /// reads like a place ("the Civic Reform camp").
    Suffix,
    /// A word that a number after it completes into a place's name: "Route 14", "State
    /// Highway 9", "Interstate 80".
    Numbered,
    /// Before "to" and a name, the name is a place: "flew to Skeldon", "moved to Ashgrove".
    Toward,
    /// Before a comma and a name, the name is a place: "the Dravonian capital, Vellmar".
    PlaceNoun,
    /// A natural feature that a place is named for, so that the bare name is the feature:
    /// "the Lutra" for the Lutra River, "Leeming" for the River Leeming (not "Corvane" for
    /// Corvane Central, a station in the town).
    Feature,
    /// A street word: the bare name is the street ("at Fifth and Larch" after Larch Avenue)
    /// unless it stands where a place does ("in Millrace", beside Millrace Road).
    Street,
    /// A word that a number after it completes into a body's name: "Local 412" (a union
    /// local), "Lodge 7".
    NumberedBody,
    /// A word that a number after it completes into a thing's name: "Senate Bill 418",
    /// "Measure 12", "Proposition 8".
    NumberedThing,
    /// Before "Center" or "Centre", a word that makes it a building rather than a body:
    /// "Stellaria Congress Center", "Dorrance Street Transit Center".
    Venue,
    /// Before "for" and a name, the name is a seat, so a place: "the MP for Dunmarsh".
    Seat,
    /// Before "with" and a name, the name is a place: "the border with Thessary".
    Bordering,
    /// A follower of a body after its name: "a Mets fan", "a Labour voter" (so the name is
    /// no place the person comes from).
    Follower,
    /// Before "Court", a word that makes it a court of law ("Crown Court", "High Court");
    /// other courts are buildings ("Haldane Court", "Larkspur Court").
    Tribunal,
    /// Before a name, the name is a vessel or craft, so a thing: "the trawler Sveta Mara".
    Craft,
    /// The last word of a place's name that is also a surname: a place after a word that is
    /// no given name ("Caddon Cross", "Sennacott Marsh"), a person after one ("Jane Marsh").
    SurnamePlace,
    /// The first word of a campaign group's name, a call to act: "Keep Blackhope Wild",
    /// "Hold the Lift", "Save Our Shelves".
    Campaign,
}

impl KindContext {
    fn bit(self) -> u32 {
        1 << self as u32
    }

    fn parse(tag: &str) -> Option<KindContext> {
        match tag.trim() {
            "route" => Some(KindContext::Route),
            "owned-by-body" => Some(KindContext::OwnedByBody),
            "owned-by-place" => Some(KindContext::OwnedByPlace),
            "area" => Some(KindContext::Area),
            "body" => Some(KindContext::Body),
            "place-prefix" => Some(KindContext::PlacePrefix),
            "statement" => Some(KindContext::Statement),
            "heads-for" => Some(KindContext::HeadsFor),
            "suffix" => Some(KindContext::Suffix),
            "numbered" => Some(KindContext::Numbered),
            "toward" => Some(KindContext::Toward),
            "place-noun" => Some(KindContext::PlaceNoun),
            "feature" => Some(KindContext::Feature),
            "street" => Some(KindContext::Street),
            "numbered-body" => Some(KindContext::NumberedBody),
            "numbered-thing" => Some(KindContext::NumberedThing),
            "venue" => Some(KindContext::Venue),
            "seat" => Some(KindContext::Seat),
            "bordering" => Some(KindContext::Bordering),
            "follower" => Some(KindContext::Follower),
            "tribunal" => Some(KindContext::Tribunal),
            "craft" => Some(KindContext::Craft),
            "surname-place" => Some(KindContext::SurnamePlace),
            "campaign" => Some(KindContext::Campaign),
            _ => None,
        }
    }
}

/// A country, city or region from the gazetteers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Canonical name ("United States").
    pub name: String,
    /// Other names ("U.S.", "America").
    pub aliases: Vec<String>,
    /// Demonyms and adjectives ("American").
    pub demonyms: Vec<String>,
    /// True for countries (and country-like territories).
    pub country: bool,
}

/// A word: borrowed from the embedded lists, owned only when a list's entry had to be
/// lowercased.
type Word = Cow<'static, str>;

/// All of byline's word lists.
#[derive(Debug, Default)]
pub struct Lexicon {
    speech_verbs: HashSet<Word>,
    reporting_verbs: HashSet<Word>,
    framing_verbs: HashSet<Word>,
    bare_clause_verbs: HashSet<Word>,
    titles: HashMap<Word, Gender>,
    role_nouns: HashMap<Word, Gender>,
    female_names: HashSet<Word>,
    male_names: HashSet<Word>,
    particles: HashSet<Word>,
    heading_words: HashSet<Word>,
    voice_nouns: HashSet<Word>,
    document_nouns: HashSet<Word>,
    self_naming: Vec<Vec<String>>,
    abbreviations: HashSet<Word>,
    calendar: HashSet<Word>,
    nonname: HashSet<Word>,
    elisions: HashSet<Word>,
    pronouns: HashMap<Word, (Gender, bool)>,
    work_nouns: HashSet<Word>,
    /// Endings of place names ("dale", "holt", "gata").
    place_suffixes: Vec<String>,
    /// The anonymity phrases (lowercase words), by their first word.
    anonymity: HashMap<String, Vec<Vec<String>>>,
    /// Each word's [`KindContext`]s, one bit each.
    kind_context: HashMap<Word, u32>,
    name_adjectives: HashSet<Word>,
    post_nominals: HashSet<Word>,
    naming_verbs: HashSet<Word>,
    /// Familiar forms of given names and the names they shorten ("Ray" → "Raymond").
    nicknames: HashSet<(Word, Word)>,
    written_verbs: HashSet<Word>,
    scare_markers: HashSet<Word>,
    cue_fillers: HashSet<Word>,
    org_nouns: HashSet<Word>,
    org_noun_names: HashMap<Word, Vec<String>>,
    org_words: HashSet<Word>,
    determiners: HashSet<Word>,
    ing_adjectives: HashSet<Word>,
    time_nouns: HashSet<Word>,
    /// Verbs that speak with a particle after them, as (verb, particle).
    /// Phrasal speech verbs by particle, each with its lowercase verbs: "went on", "chimed in".
    phrasal_speech_verbs: HashMap<Word, HashSet<Word>>,
    place_words: HashSet<Word>,
    other_words: HashSet<Word>,
    abbreviated_titles: HashSet<Word>,
    /// Words that make a title only with another title after them ("Fisheries Minister").
    title_modifiers: HashSet<Word>,
    word_flags: HashMap<Word, u8>,
    /// Every place, indexed by name, alias and demonym (lowercase) in `place_index`.
    pub places: Vec<Place>,
    place_index: HashMap<&'static str, usize>,
    /// Known organisations: (canonical name, aliases).
    pub organizations: Vec<(String, Vec<String>)>,
    organization_index: HashMap<&'static str, usize>,
}

macro_rules! asset {
    ($name:literal) => {
        include_str!(concat!("../../assets/lexicon/", $name))
    };
}

/// The entries of a list file: trimmed lines without comments and blanks.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with('#'))
}

/// Room for every line of `text`, so that a map filled from it never grows.
fn room(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
}

/// A set for the entries of `text`.
fn sized_set(text: &str) -> HashSet<Word> {
    HashSet::with_capacity_and_hasher(room(text), Default::default())
}

/// A map for the entries of `text`.
fn sized_map<V>(text: &str) -> HashMap<Word, V> {
    HashMap::with_capacity_and_hasher(room(text), Default::default())
}

/// A list's entry in lowercase, borrowed when it has no capitals.
fn lowercase_entry(entry: &'static str) -> Word {
    match lowercase(entry) {
        Cow::Borrowed(_) => Cow::Borrowed(entry),
        Cow::Owned(lower) => Cow::Owned(lower),
    }
}

fn set(text: &'static str) -> HashSet<Word> {
    let mut set = sized_set(text);
    set.extend(entries(text).map(|e| Cow::Borrowed(e.trim())));
    set
}

fn lowercase_set(text: &'static str) -> HashSet<Word> {
    let mut set = sized_set(text);
    set.extend(entries(text).map(|e| lowercase_entry(e.trim())));
    set
}

fn gendered(text: &'static str, lowercase: bool) -> HashMap<Word, Gender> {
    let mut map = sized_map(text);
    map.extend(entries(text).map(|line| {
        let mut fields = line.split('\t');
        let word = fields.next().unwrap_or("").trim();
        let word = if lowercase {
            lowercase_entry(word)
        } else {
            Cow::Borrowed(word)
        };
        (word, Gender::parse(fields.next().unwrap_or("-")))
    }));
    map
}

fn split_list(field: Option<&'static str>) -> Vec<&'static str> {
    field
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn owned(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

impl Lexicon {
    /// The embedded word lists, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::embedded)
    }

    fn embedded() -> Lexicon {
        let mut lexicon = Lexicon {
            speech_verbs: lowercase_set(asset!("speech_verbs.txt")),
            reporting_verbs: lowercase_set(asset!("reporting_verbs.txt")),
            framing_verbs: lowercase_set(asset!("framing_verbs.txt")),
            bare_clause_verbs: lowercase_set(asset!("bare_clause_verbs.txt")),
            titles: gendered(asset!("titles.txt"), false),
            role_nouns: gendered(asset!("role_nouns.txt"), true),
            female_names: set(asset!("given_names_female.txt")),
            male_names: set(asset!("given_names_male.txt")),
            particles: lowercase_set(asset!("surname_particles.txt")),
            heading_words: lowercase_set(asset!("heading_words.txt")),
            voice_nouns: lowercase_set(asset!("voice_nouns.txt")),
            document_nouns: lowercase_set(asset!("document_nouns.txt")),
            self_naming: entries(asset!("self_naming.txt"))
                .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            abbreviations: set(asset!("abbreviations.txt")),
            calendar: set(asset!("calendar.txt")),
            nonname: set(asset!("nonname_words.txt")),
            elisions: lowercase_set(asset!("elisions.txt")),
            pronouns: entries(asset!("pronouns.tsv"))
                .map(|line| {
                    let fields: Vec<&'static str> = line.split('\t').collect();
                    let plural = fields.get(2).is_some_and(|n| n.trim() == "p");
                    (
                        Cow::Borrowed(fields[0].trim()),
                        (Gender::parse(fields.get(1).unwrap_or(&"-")), plural),
                    )
                })
                .collect(),
            work_nouns: lowercase_set(asset!("work_nouns.txt")),
            place_suffixes: entries(asset!("place_suffixes.txt"))
                .map(|e| e.trim().to_lowercase())
                .collect(),
            nicknames: entries(asset!("nicknames.tsv"))
                .filter_map(|line| {
                    let (short, full) = line.split_once('\t')?;
                    Some((Cow::Borrowed(short.trim()), Cow::Borrowed(full.trim())))
                })
                .collect(),
            anonymity: entries(asset!("anonymity.txt"))
                .map(|e| e.split_whitespace().map(str::to_lowercase).collect())
                .fold(HashMap::default(), |mut map, phrase: Vec<String>| {
                    map.entry(phrase[0].clone()).or_default().push(phrase);
                    map
                }),
            name_adjectives: set(asset!("name_adjectives.txt")),
            post_nominals: set(asset!("post_nominals.txt")),
            naming_verbs: lowercase_set(asset!("naming_verbs.txt")),
            written_verbs: lowercase_set(asset!("written_verbs.txt")),
            kind_context: entries(asset!("kind_context.tsv"))
                .filter_map(|line| {
                    let (word, tag) = line.split_once('\t')?;
                    Some((lowercase_entry(word.trim()), KindContext::parse(tag)?))
                })
                .fold(HashMap::default(), |mut map, (word, context)| {
                    *map.entry(word).or_default() |= context.bit();
                    map
                }),
            scare_markers: lowercase_set(asset!("scare_markers.txt")),
            cue_fillers: lowercase_set(asset!("cue_fillers.txt")),
            org_nouns: entries(asset!("org_nouns.txt"))
                .filter_map(|line| line.split('\t').next())
                .map(|noun| lowercase_entry(noun.trim()))
                .collect(),
            org_noun_names: entries(asset!("org_nouns.txt"))
                .filter_map(|line| {
                    let (noun, names) = line.split_once('\t')?;
                    let words = names.split_whitespace().map(str::to_owned).collect();
                    Some((lowercase_entry(noun.trim()), words))
                })
                .collect(),
            org_words: set(asset!("org_words.txt")),
            determiners: lowercase_set(asset!("determiners.txt")),
            ing_adjectives: lowercase_set(asset!("ing_adjectives.txt")),
            time_nouns: lowercase_set(asset!("time_nouns.txt")),
            phrasal_speech_verbs: entries(asset!("phrasal_speech_verbs.txt"))
                .filter_map(|line| line.trim().split_once(' '))
                .fold(HashMap::default(), |mut map, (verb, particle)| {
                    map.entry(Cow::Borrowed(particle.trim()))
                        .or_insert_with(HashSet::default)
                        .insert(Cow::Owned(verb.to_lowercase()));
                    map
                }),
            place_words: set(asset!("place_words.txt")),
            other_words: set(asset!("other_words.txt")),
            ..Lexicon::default()
        };
        lexicon.word_flags = lexicon.build_word_flags();
        lexicon.abbreviated_titles = lexicon
            .titles
            .keys()
            .filter_map(|t| match t {
                Cow::Borrowed(t) => t.strip_suffix('.').map(Cow::Borrowed),
                Cow::Owned(t) => t.strip_suffix('.').map(|t| Cow::Owned(t.to_owned())),
            })
            .collect();
        // The last section of titles.txt: prefix modifiers.
        let titles = asset!("titles.txt");
        lexicon.title_modifiers = titles
            .find("# -- prefix modifiers")
            .map(|at| gendered(&titles[at..], false).into_keys().collect())
            .unwrap_or_default();
        let places = [
            asset!("countries.tsv"),
            asset!("cities.tsv"),
            asset!("regions.txt"),
        ];
        lexicon.place_index = HashMap::with_capacity_and_hasher(
            places.iter().map(|text| room(text)).sum::<usize>() * 2,
            Default::default(),
        );
        for line in entries(places[0]) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("").trim();
            let aliases = split_list(fields.next());
            let demonyms = split_list(fields.next());
            lexicon.add_place(name, &aliases, &demonyms, true);
        }
        for line in entries(places[1]) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("").trim();
            let _country = fields.next();
            let aliases = split_list(fields.next());
            lexicon.add_place(name, &aliases, &[], false);
        }
        for line in entries(places[2]) {
            lexicon.add_place(line.trim(), &[], &[], false);
        }
        for line in entries(asset!("organizations.tsv")) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or("").trim();
            let aliases = split_list(fields.next());
            let index = lexicon.organizations.len();
            for key in std::iter::once(&name).chain(&aliases) {
                lexicon.organization_index.entry(key).or_insert(index);
            }
            lexicon
                .organizations
                .push((name.to_owned(), owned(&aliases)));
        }
        lexicon
    }

    fn build_word_flags(&self) -> HashMap<Word, u8> {
        let mut map: HashMap<Word, u8> = HashMap::default();
        let mut mark = |word: &Word, flag: u8| *map.entry(word.clone()).or_default() |= flag;
        self.speech_verbs
            .iter()
            .for_each(|w| mark(w, flags::SPEECH));
        self.cue_fillers.iter().for_each(|w| mark(w, flags::FILLER));
        for role in self.role_nouns.keys() {
            let first = match role {
                Cow::Borrowed(role) => role.split_once(' ').map(|(f, _)| Cow::Borrowed(f)),
                Cow::Owned(role) => role.split_once(' ').map(|(f, _)| Cow::Owned(f.to_owned())),
            };
            match first {
                Some(first) => mark(&first, flags::ROLE_FIRST),
                None => mark(role, flags::ROLE),
            }
        }
        self.org_nouns.iter().for_each(|w| mark(w, flags::ORG_NOUN));
        self.document_nouns
            .iter()
            .for_each(|w| mark(w, flags::DOCUMENT));
        self.pronouns.keys().for_each(|w| mark(w, flags::PRONOUN));
        self.determiners
            .iter()
            .for_each(|w| mark(w, flags::DETERMINER));
        map
    }

    /// All the [`flags`] of a lowercase word, in one lookup.
    pub fn word_flags(&self, lower: &str) -> u8 {
        self.word_flags.get(lower).copied().unwrap_or(0)
    }

    /// True for determiners that open a description ("the", "a", "his").
    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.contains(word)
    }

    /// True for a lowercase word in "-ing" that reads as an adjective before a name
    /// ("neighbouring", "ruling") rather than as a participle.
    pub fn is_ing_adjective(&self, word: &str) -> bool {
        self.ing_adjectives.contains(word)
    }

    /// True for the particle of some phrasal speech verb ("on" of "went on").
    pub fn is_phrasal_particle(&self, word: &str) -> bool {
        self.phrasal_speech_verbs.contains_key(word)
    }

    /// True when `verb` (any case) and the `particle` after it speak together ("went on",
    /// "chimed in").
    pub fn is_phrasal_speech_verb(&self, verb: &str, particle: &str) -> bool {
        let Some(verbs) = self.phrasal_speech_verbs.get(particle) else {
            return false;
        };
        if verb.chars().any(char::is_uppercase) {
            verbs.contains(verb.to_lowercase().as_str())
        } else {
            verbs.contains(verb)
        }
    }

    /// True for a lowercase noun of time ("day", "morning"), which ends "said the next day"
    /// without naming a speaker.
    pub fn is_time_noun(&self, word: &str) -> bool {
        self.time_nouns.contains(word)
    }

    fn add_place(
        &mut self,
        name: &'static str,
        aliases: &[&'static str],
        demonyms: &[&'static str],
        country: bool,
    ) {
        let index = self.places.len();
        for key in std::iter::once(&name).chain(aliases).chain(demonyms) {
            self.place_index.entry(key).or_insert(index);
        }
        self.places.push(Place {
            name: name.to_owned(),
            aliases: owned(aliases),
            demonyms: owned(demonyms),
            country,
        });
    }

    /// "said", "told", "added"... (lowercase surface forms).
    pub fn is_speech_verb(&self, word: &str) -> bool {
        self.speech_verbs.contains(word)
    }

    /// "called", "dismissed", "hailed"...: verbs that frame a partial quotation.
    pub fn is_framing_verb(&self, word: &str) -> bool {
        self.framing_verbs.contains(word)
    }

    /// "said", "told", "argued"...: speech verbs after which "that" may be left out before
    /// reported speech (lowercase surface forms).
    pub fn takes_bare_clause(&self, word: &str) -> bool {
        self.bare_clause_verbs.contains(word)
    }

    /// The gender a title implies ("Mrs." -> female), if `word` is a title or title modifier.
    pub fn title(&self, word: &str) -> Option<Gender> {
        self.titles.get(word).copied()
    }

    /// True when `word` is a title only before another title ("Fisheries" of "Fisheries
    /// Minister", "Acting" of "Acting Police Chief"), listed in the last section of titles.txt.
    pub fn is_title_modifier(&self, word: &str) -> bool {
        self.title_modifiers.contains(word)
    }

    /// True when `word` followed by a period is a title ("Dr" of "Dr.").
    pub fn is_abbreviated_title(&self, word: &str) -> bool {
        self.abbreviated_titles.contains(word)
    }

    /// The gender a role noun implies ("spokeswoman" -> female), if it is one (lowercase).
    pub fn role_noun(&self, word: &str) -> Option<Gender> {
        self.role_nouns.get(word).copied()
    }

    /// True when `short` is a familiar form of the given name `full` ("Ray", "Raymond").
    pub fn is_nickname_of(&self, short: &str, full: &str) -> bool {
        self.nicknames
            .contains(&(Cow::Borrowed(short), Cow::Borrowed(full)))
    }

    /// The gender a given name suggests, if it is a known given name.
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        match (
            self.male_names.contains(word),
            self.female_names.contains(word),
        ) {
            (true, false) => Some(Gender::Male),
            (false, true) => Some(Gender::Female),
            (true, true) => Some(Gender::Unknown),
            (false, false) => None,
        }
    }

    /// "de", "van", "bin"... inside names (lowercase).
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// "said", "answered", "asked": a plain reporting verb (lowercase), which attributes a
    /// quotation even after its full stop.
    pub fn is_reporting_verb(&self, lowercase: &str) -> bool {
        self.reporting_verbs.contains(lowercase)
    }

    /// "statement", "post": a noun (lowercase) of written words that speak for their author.
    pub fn is_document_noun(&self, lowercase: &str) -> bool {
        self.document_nouns.contains(lowercase)
    }

    /// "spokesman", "representative": a role noun (lowercase) of someone who speaks for an
    /// organisation.
    pub fn is_voice_noun(&self, lowercase: &str) -> bool {
        self.voice_nouns.contains(lowercase)
    }

    /// "Chapter", "PART", "Prologue": a word that opens a section heading (any case).
    pub fn is_heading_word(&self, word: &str) -> bool {
        word.len() <= 12 && self.heading_words.contains(lowercase(word).as_ref())
    }

    /// True when `words_before` (lowercase, the words just before a name) end with a phrase by
    /// which a narrator names themselves ("called myself", "my name was").
    pub fn is_self_naming(&self, words_before: &[String]) -> bool {
        self.self_naming
            .iter()
            .any(|phrase| words_before.ends_with(phrase))
    }

    /// True when `word` (lowercase) ends one of the phrases of [`Lexicon::is_self_naming`]:
    /// the words before a name cannot be such a phrase unless the last of them does.
    pub fn ends_self_naming(&self, word: &str) -> bool {
        self.self_naming
            .iter()
            .any(|phrase| phrase.last().is_some_and(|last| last == word))
    }

    /// "Mr.", "U.S.", "etc.": a word with a period that does not end a sentence.
    pub fn is_abbreviation(&self, word_with_period: &str) -> bool {
        self.abbreviations.contains(word_with_period)
    }

    /// Days, months, holidays.
    pub fn is_calendar(&self, word: &str) -> bool {
        self.calendar.contains(word)
    }

    /// Capitalised common words that are not names ("However", "Despite").
    pub fn is_nonname(&self, word: &str) -> bool {
        self.nonname.contains(word)
    }

    /// Words written with a leading apostrophe ("tis", "n").
    pub fn is_elision(&self, word: &str) -> bool {
        self.elisions.contains(word)
    }

    /// Gender and plurality of a personal pronoun (lowercase), if it is one.
    pub fn pronoun(&self, word: &str) -> Option<(Gender, bool)> {
        self.pronouns.get(word).copied()
    }

    /// Nouns that introduce a title in quotes ("report", "titled").
    pub fn is_work_noun(&self, word: &str) -> bool {
        self.work_nouns.contains(word)
    }

    /// True when a single-word `name` ends like a place's name ("Tollerdale", "Kanalgata"),
    /// at least two letters longer than the ending.
    pub fn has_place_suffix(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        !name.contains(' ')
            && self.place_suffixes.iter().any(|s| {
                lower.ends_with(s.as_str()) && lower.chars().count() >= s.chars().count() + 3
            })
    }

    /// True when the lowercase `words` contain a phrase that makes a source anonymous
    /// ("asked not to be named"; assets/lexicon/anonymity.txt).
    pub fn has_anonymity_marker(&self, words: &[&str]) -> bool {
        // Only where a phrase's first word stands is the rest of it compared.
        words.iter().enumerate().any(|(at, first)| {
            self.anonymity.get(*first).is_some_and(|phrases| {
                phrases.iter().any(|phrase| {
                    words.len() - at >= phrase.len()
                        && words[at..].iter().zip(phrase).all(|(w, p)| w == p)
                })
            })
        })
    }

    /// True when `word` (lowercase) tells `context` about a name beside it.
    pub fn tells_kind(&self, word: &str, context: KindContext) -> bool {
        self.kind_context
            .get(word)
            .is_some_and(|bits| bits & context.bit() != 0)
    }

    /// True when a place named with `word` last or first is one its bare name stands for: a
    /// natural feature, landing, dam or street ("River", "Ferry", "Avenue"), not a station
    /// or harbour ("Central", "Harbour"). Case-insensitive.
    pub fn names_its_feature(&self, word: &str) -> bool {
        let lower = super::tokens::lowercase(word);
        self.tells_kind(&lower, KindContext::Feature)
            || self.tells_kind(&lower, KindContext::Street)
    }

    /// True for a capitalised adjective that is never a name alone ("Western").
    pub fn is_name_adjective(&self, word: &str) -> bool {
        self.name_adjectives.contains(word)
    }

    /// "called", "dubbed": a verb (lowercase) that names what its quotation says.
    pub fn is_naming_verb(&self, lowercase: &str) -> bool {
        self.naming_verbs.contains(lowercase)
    }

    /// "wrote", "posted": a verb (lowercase) of written words that reports a clause before it.
    pub fn is_written_verb(&self, lowercase: &str) -> bool {
        self.written_verbs.contains(lowercase)
    }

    /// True for letters written after a name that are not part of it ("KC", "MP", "OBE").
    pub fn is_post_nominal(&self, word: &str) -> bool {
        self.post_nominals.contains(word)
    }

    /// Words marking a scare quote ("so-called").
    pub fn is_scare_marker(&self, word: &str) -> bool {
        self.scare_markers.contains(word)
    }

    /// Capitalised words that end place names ("Sea", "Street", "City").
    pub fn is_place_word(&self, word: &str) -> bool {
        self.place_words.contains(word)
    }

    /// Capitalised words that end names of events, laws and prizes ("War", "Act", "Cup").
    pub fn is_other_word(&self, word: &str) -> bool {
        self.other_words.contains(word)
    }

    /// Words allowed between a speaker and its verb ("later", "had"), besides -ly adverbs.
    pub fn is_cue_filler(&self, word: &str) -> bool {
        self.cue_fillers.contains(word)
            || (word.len() > 4 && word.ends_with("ly") && word.chars().all(char::is_lowercase))
    }

    /// Lowercase nouns naming an organisation ("the ministry", "the union").
    pub fn is_org_noun(&self, word: &str) -> bool {
        self.org_nouns.contains(word)
    }

    /// True when the name of an organisation called `name` holds the noun `noun` itself,
    /// capitalised ("the agency": Aldmark Space Agency).
    pub fn org_noun_in_name(&self, noun: &str, name: &str) -> bool {
        let mut letters = noun.chars();
        let Some(first) = letters.next() else {
            return false;
        };
        name.split_whitespace().any(|word| {
            let mut word_letters = word.chars();
            word_letters
                .next()
                .is_some_and(|w| first.to_uppercase().eq(std::iter::once(w)))
                && word_letters.eq(letters.clone())
        })
    }

    /// True when an organisation called `name` can be meant by the noun `noun`: its name
    /// holds the noun capitalised ("the ministry": Ministry of Health) or a word listed for
    /// it in `org_nouns.txt` ("the union": Atlantic Longshore Federation).
    pub fn org_noun_names(&self, noun: &str, name: &str) -> bool {
        let capitalised: String = noun
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(noun.chars().skip(1))
            .collect();
        name.split_whitespace().any(|word| {
            word == capitalised
                || self
                    .org_noun_names
                    .get(noun)
                    .is_some_and(|words| words.iter().any(|w| w == word))
        })
    }

    /// Capitalised words marking an organisation ("University", "Ministry", "Times").
    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// The place a name, alias or demonym refers to (exact case: "US" is a place, "us" not).
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.place_index.get(name).map(|&i| &self.places[i])
    }

    /// True when `name` is a demonym ("Chinese") rather than a place name.
    pub fn is_demonym(&self, name: &str) -> bool {
        self.place(name).is_some_and(|p| {
            p.demonyms.iter().any(|d| d == name)
                && p.name != name
                && !p.aliases.iter().any(|a| a == name)
        })
    }

    /// The canonical name of a known organisation, by name or alias (exact case: "WHO" is
    /// an organisation, "who" not).
    pub fn organization(&self, name: &str) -> Option<&str> {
        self.organization_index
            .get(name)
            .map(|&i| self.organizations[i].0.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse_and_are_populated() {
        let lexicon = Lexicon::get();
        assert!(lexicon.is_speech_verb("said"));
        assert!(lexicon.is_speech_verb("told"));
        assert!(lexicon.is_framing_verb("called"));
        assert!(lexicon.takes_bare_clause("said"));
        assert!(!lexicon.takes_bare_clause("recalled"));
        assert_eq!(lexicon.title("Mrs."), Some(Gender::Female));
        assert_eq!(lexicon.role_noun("spokeswoman"), Some(Gender::Female));
        assert_eq!(lexicon.given_name("Elizabeth"), Some(Gender::Female));
        assert_eq!(lexicon.given_name("Charles"), Some(Gender::Male));
        assert!(lexicon.is_particle("van"));
        assert!(lexicon.is_reporting_verb("said"));
        assert!(lexicon.is_reporting_verb("replied"));
        assert!(lexicon.is_speech_verb("smiled") && !lexicon.is_reporting_verb("smiled"));
        assert!(lexicon.is_abbreviation("Mr."));
        assert!(lexicon.is_calendar("Tuesday"));
        assert!(lexicon.tells_kind("border", KindContext::Route));
        assert!(lexicon.tells_kind("district", KindContext::Area));
        assert!(!lexicon.tells_kind("district", KindContext::Body));
        // Each context is a bit of its own: "party" (a suffix) is no route.
        assert!(lexicon.tells_kind("party", KindContext::Suffix));
        assert!(!lexicon.tells_kind("party", KindContext::Route));
        assert!(lexicon.is_nonname("However"));
        assert!(lexicon.is_elision("tis"));
        assert_eq!(lexicon.pronoun("she"), Some((Gender::Female, false)));
        assert!(lexicon.is_org_word("University"));
        assert!(lexicon.is_work_noun("report"));
        assert!(lexicon.has_place_suffix("Tollerdale") && lexicon.has_place_suffix("Kanalgata"));
        assert!(!lexicon.has_place_suffix("Dale") && !lexicon.has_place_suffix("Tollerdale Road"));
        assert!(lexicon.is_scare_marker("so-called"));
    }

    #[test]
    fn places_are_found_by_alias_and_demonym() {
        let lexicon = Lexicon::get();
        assert_eq!(
            lexicon.place("U.S.").map(|p| p.name.as_str()),
            Some("United States")
        );
        assert_eq!(
            lexicon.place("America").map(|p| p.name.as_str()),
            Some("United States")
        );
        assert_eq!(
            lexicon.place("Chinese").map(|p| p.name.as_str()),
            Some("China")
        );
        assert!(lexicon.is_demonym("Chinese"));
        assert!(!lexicon.is_demonym("China"));
        assert!(lexicon.place("Geneva").is_some());
    }

    #[test]
    fn organizations_are_found_by_acronym() {
        let lexicon = Lexicon::get();
        assert_eq!(
            lexicon.organization("WHO"),
            Some("World Health Organization")
        );
        assert_eq!(
            lexicon.organization("NATO"),
            Some("North Atlantic Treaty Organization")
        );
        assert_eq!(lexicon.organization("who"), None);
    }

    #[test]
    fn genders_are_compatible_unless_they_differ() {
        assert!(Gender::Male.compatible(Gender::Unknown));
        assert!(!Gender::Male.compatible(Gender::Female));
    }
}
