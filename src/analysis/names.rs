//! Finding proper-name mentions: runs of capitalised words with their connectors, minus
//! sentence-initial common words, calendar words and titles, split at hyphens and possessives.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::cell::{LazyCell, RefCell};
use std::ops::Range;

use super::lexicon::{Gender, KindContext, Lexicon};
use super::tokens::{Token, TokenKind, Vocabulary, is_possessive, lowercase};

/// What the words of a name suggest it is, before the article's other evidence is weighed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameHint {
    /// A title before it, or a known given name.
    Person,
    /// An organisation word (Ministry, University, Times) or a known organisation.
    Organization,
    /// A country, city or region from the gazetteers, or a demonym.
    Place,
    /// A name that is also a given name ("Virginia", "Florence"): a place unless the article
    /// shows a person.
    AmbiguousPlace,
    /// Two to four capitalised words matching no list: most likely a person's name.
    LikelyPerson,
    /// An unknown acronym ("KPA", "NWSC"): more often an organisation than anything else.
    Acronym,
    /// An event, law or prize ("Cold War", "Commons Act 2006").
    Other,
    /// Nothing decisive.
    Unknown,
}

/// One mention of a proper name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// Bytes of the name (title and possessive excluded).
    pub span: Range<usize>,
    /// Tokens of the name.
    pub tokens: Range<usize>,
    /// Tokens of a title or role before the name ("Mayor", "Foreign Ministry Spokesperson").
    pub title: Option<Range<usize>>,
    /// The last word of the title, with its period ("Mrs.", "Professor").
    pub title_word: Option<String>,
    /// The name as it should be compared: possessive stripped, all-caps datelines in title case.
    pub name: String,
    /// The gender the title or given name implies.
    pub gender: Gender,
    /// What the words suggest the name is.
    pub hint: NameHint,
    /// True when the mention is inside a quotation.
    pub quoted: bool,
}

/// Finds every proper-name mention in the tokens.
pub fn find_names(
    text: &str,
    tokens: &[Token],
    vocabulary: &Vocabulary,
    sentence_starts: &[bool],
    inside_quote: &[bool],
    lexicon: &Lexicon,
) -> Vec<NameMention> {
    let capital = vocabulary.per_token(false, |w| {
        is_name_word(w) || is_particle_compound(w, lexicon)
    });
    // By word, not by token: only capitalised tokens are asked.
    let heading_words: Vec<bool> = vocabulary
        .words
        .iter()
        .map(|w| is_name_word(w) && lexicon.is_heading_word(w))
        .collect();
    let mut context = RunContext {
        text,
        tokens,
        vocabulary,
        capital: &capital,
        sentence_starts,
        lowercase_words: HashSet::default(),
        midsentence_capitals: HashSet::default(),
        midsentence_pairs: HashSet::default(),
        hints: RefCell::default(),
        initial: Vec::new(),
        lexicon,
    };
    // One pass over the capitalised tokens: which begin a sentence, and which words (and
    // pairs of words) are seen capitalised elsewhere.
    let mut initial = vec![false; tokens.len()];
    let mut midsentence = vec![false; vocabulary.words.len()];
    let mut pairs = HashSet::default();
    for i in 0..tokens.len() {
        if !capital[i] {
            continue;
        }
        if context.begins_sentence(i) {
            initial[i] = true;
            continue;
        }
        midsentence[vocabulary.ids[i] as usize] = true;
        if capital.get(i + 1).copied().unwrap_or(false) {
            pairs.insert((tokens[i].text(text), tokens[i + 1].text(text)));
        }
    }
    context.initial = initial;
    context.midsentence_pairs = pairs;
    context.midsentence_capitals = vocabulary
        .words
        .iter()
        .zip(&midsentence)
        .filter(|(_, m)| **m)
        .map(|(w, _)| *w)
        .collect();
    context.lowercase_words = vocabulary
        .words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .copied()
        .collect();
    // About one mention in forty tokens in a novel; news has more.
    let mut mentions = Vec::with_capacity(tokens.len() / 32);
    let mut i = 0;
    while i < tokens.len() {
        // Straight on to the next capitalised token.
        match capital[i..].iter().position(|&c| c) {
            Some(skip) => i += skip,
            None => break,
        }
        if let Some(end) = title_of_work(text, tokens, inside_quote, i, lexicon) {
            context.push_work_title(i..end, true, &mut mentions);
            i = end;
            continue;
        }
        if let Some(end) = unquoted_title(text, tokens, &capital, i, lexicon) {
            context.push_work_title(i..end, inside_quote[i], &mut mentions);
            i = end;
            continue;
        }
        let heading_word = heading_words[vocabulary.ids[i] as usize];
        if let Some(after) = heading_end(text, tokens, i, heading_word, lexicon) {
            i = after;
            continue;
        }
        let end = run_end(text, tokens, &capital, i, lexicon);
        if end == i + 1 && defined_by_common_words(text, tokens, i) {
            // "chronic obstructive pulmonary disease (COPD)" names no one.
            i = end;
            continue;
        }
        context.emit(i..end, inside_quote[i], &mut mentions);
        i = end.max(i + 1);
    }
    mentions
}

/// True when token `i` is a model's number: a number of up to four digits right after a
/// capitalised word that is no calendar word, and before a lowercase noun that is no unit
/// ("a second-hand Seeker 200 detector", not "Kessling 12 miles").
fn is_model_number(text: &str, tokens: &[Token], i: usize, lexicon: &Lexicon) -> bool {
    let token = &tokens[i];
    i > 0
        && token.kind == TokenKind::Number
        && token.text(text).len() <= 4
        && token.text(text).chars().all(|c| c.is_ascii_digit())
        && tokens[i - 1].text(text).starts_with(char::is_uppercase)
        && !lexicon.is_calendar(tokens[i - 1].text(text))
        && tokens.get(i + 1).is_some_and(|next| {
            let word = next.text(text);
            next.paragraph == token.paragraph
                && next.kind == TokenKind::Word
                && word.len() > 3
                && word.chars().all(|c| c.is_ascii_lowercase())
                && !is_cardinal_word(word)
                && !UNIT_WORDS.contains(&word)
        })
}

/// Words that count or measure what a number before them gives, so that the number is no
/// model's ("12 miles", "40 percent").
const UNIT_WORDS: &[&str] = &[
    "million", "billion", "trillion", "percent", "years", "months", "weeks", "days", "hours",
    "minutes", "miles", "metres", "meters", "points", "votes", "seats", "times", "people",
];

/// Most words in a quoted title of a work.
const WORK_TITLE_WORDS: usize = 10;

/// When token `start` opens a quoted title of a work after a work noun (a report, “Cranes,
/// Costs and the Coast,”; a study, “Ports of Call: Debt and Power at Sea”), the token after
/// the title's last word: two to ten words, the first and every one longer than three
/// letters capitalised.
fn title_of_work(
    text: &str,
    tokens: &[Token],
    inside_quote: &[bool],
    start: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    if start < 2 || !inside_quote[start] || tokens[start - 1].kind != TokenKind::Mark {
        return None;
    }
    let close = (start..tokens.len().min(start + 3 * WORK_TITLE_WORDS))
        .find(|&j| tokens[j].kind == TokenKind::Mark || !inside_quote[j])?;
    // "'The Last Tram', a novel by …": the work noun may follow the title.
    // The comma after the title may stand inside the marks: "“The Salt Widow,” a
    // commissioned opera".
    let work_after = || {
        let word = |i: usize| tokens.get(i).map(|t| t.text(text));
        let article = if word(close + 1) == Some(",") {
            close + 2
        } else if word(close - 1) == Some(",") {
            close + 1
        } else {
            return false;
        };
        matches!(
            word(article),
            Some("a" | "an" | "the" | "his" | "her" | "their")
        ) && (article + 1..article + 4)
            .take_while(|&i| word(i).is_some_and(|w| w.starts_with(char::is_lowercase)))
            .any(|i| lexicon.is_work_noun(&lowercase(tokens[i].text(text))))
    };
    let words: Vec<&str> = tokens[start..close]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let long = |w: &&&str| w.chars().count() > 3;
    let title_case = (2..=WORK_TITLE_WORDS).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.iter().filter(long).all(capitalised);
    if !title_case {
        return None;
    }
    // With no work noun, a whole quotation in title case inside a sentence is a title still
    // ("won in 2018 with ‘The Lamplighter’s Year’"), when two of its long words are
    // capitalised: not "“Ask me in October,” she said".
    let whole_quotation = tokens[start - 1].paragraph == tokens[start - 2].paragraph
        && tokens[close].kind == TokenKind::Mark
        && !tokens[start..close]
            .iter()
            .any(|t| matches!(t.text(text), "." | "?" | "!"))
        && words.iter().filter(long).count() >= 2;
    if !work_noun_before(text, tokens, start - 1, lexicon) && !work_after() && !whole_quotation {
        return None;
    }
    // The title ends at its last word or number ("… to 2035"), not at the comma or period
    // before the closing mark.
    (start..close)
        .rev()
        .find(|&j| matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number))
        .map(|j| j + 1)
}

/// Words hyphened to a name that make an adjective of it ("Port Aubrey-based").
const ADJECTIVE_TAILS: &[&str] = &[
    "based",
    "born",
    "owned",
    "led",
    "run",
    "made",
    "backed",
    "funded",
    "registered",
    "listed",
    "headquartered",
    "controlled",
    "operated",
    "built",
    "bound",
    "linked",
    "style",
    "area",
];

/// True when `word` reads as a given name of two syllables joined by a hyphen, the second in
/// lowercase ("Mei-kuen", "Siu-fong", "Chi-wai"), as Cantonese and Korean names are written.
fn is_syllable_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (2..=4).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase());
    first.len() >= 2
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && syllable(&first[1..])
        && syllable(second)
}

/// Short lowercase words that title case leaves in a title: "Births Beyond the Cities",
/// "Building Safe in the Highlands", "Branch on Wheels".
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "on", "in", "for", "at", "to", "and", "with", "by", "from", "into",
    "beyond", "across", "under", "over", "without", "after", "before", "between", "about", "or",
];

/// When token `start` opens a title of a work written without quotation marks, the token after
/// its last word. The title is a run of capitalised words and the short words title case
/// leaves lowercase (at least one of them other than "and" or "or"), either set off by
/// commas after a work noun ("a 2023 review, Births Beyond the Cities, which …"; "whose book,
/// Across the Sound, tells …") or naming the work noun right after it ("the Gold of the
/// Marshes exhibition", "its new Branch on Wheels program"). A run the name rules already
/// join ("the Bank of England report") is theirs.
fn unquoted_title(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    start: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let paragraph = tokens[start].paragraph;
    let word = |i: usize| tokens[i].text(text);
    let small = |i: usize| TITLE_SMALL_WORDS.contains(&word(i));
    let mut end = start;
    let mut last_capital = start;
    while end < tokens.len().min(start + 3 * WORK_TITLE_WORDS) && tokens[end].paragraph == paragraph
    {
        if capital[end] && !is_possessive(word(end)) {
            last_capital = end;
        } else if !(small(end) && end > start) {
            break;
        }
        end += 1;
    }
    let end = last_capital + 1;
    let capitals = (start..end).filter(|&i| capital[i]).count();
    // "and" alone joins two names ("an Edward Steichen and Andy Warhol exhibit").
    let small_inside = (start..end)
        .filter(|&i| small(i) && !matches!(word(i), "and" | "or"))
        .count();
    if small_inside == 0 || !(2..=WORK_TITLE_WORDS).contains(&capitals) {
        return None;
    }
    let work_noun = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.paragraph == paragraph
                && t.kind == TokenKind::Word
                && lexicon.is_work_noun(&lowercase(t.text(text)))
        })
    };
    let set_off = start >= 2
        && word(start - 1) == ","
        && work_noun(start - 2)
        && tokens
            .get(end)
            .is_some_and(|t| matches!(t.text(text), "," | "."));
    // A noun, not a verb that names ("… of Kettle Bend called the bill …"), after a
    // determiner or a lowercase modifier ("the", "its new"), not after a comma ("…, New York
    // and an Edward Steichen and Andy Warhol exhibit").
    let names_work_after = start > 0
        && tokens[start - 1].paragraph == paragraph
        && (word(start - 1).starts_with(char::is_lowercase) || is_possessive(word(start - 1)))
        && work_noun(end)
        && word(end).starts_with(char::is_lowercase)
        && !word(end).ends_with("ed")
        && run_end(text, tokens, capital, start, lexicon) < end;
    (set_off || names_work_after).then_some(end)
}

/// How many words back from a comma before a quotation a work noun may head the phrase.
const WORK_NOUN_REACH: usize = 8;

/// True when a work noun stands before the opening mark at token `open`: right before it
/// ("a report, “…”", "the study “…”"), or heading the phrase that the comma before the mark
/// closes ("a report commissioned by the council last year, “…”").
pub(super) fn work_noun_before(
    text: &str,
    tokens: &[Token],
    open: usize,
    lexicon: &Lexicon,
) -> bool {
    let is_work_noun = |i: usize| lexicon.is_work_noun(&lowercase(tokens[i].text(text)));
    let Some(mut before) = open.checked_sub(1) else {
        return false;
    };
    while before > 0 && matches!(tokens[before].text(text), "," | "the" | "a" | "an" | ":") {
        before -= 1;
    }
    // "Lalitha Ramaswamy's 'The Glass Orchard'": a work after its author's possessive.
    let author = tokens[before].text(text);
    if is_work_noun(before)
        || (before + 1 == open && is_possessive(author) && author.starts_with(char::is_uppercase))
    {
        return true;
    }
    open >= 2
        && tokens[open - 1].text(text) == ","
        && (open.saturating_sub(1 + WORK_NOUN_REACH)..open - 1)
            .rev()
            .take_while(|&i| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .any(is_work_noun)
}

/// Ordinal words a heading may use instead of a numeral ("Book the First").
const HEADING_ORDINAL_WORDS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last",
];

/// A numeral in a heading: digits, a Roman numeral or a number word.
fn is_heading_numeral(word: &str) -> bool {
    let roman = |c: char| {
        matches!(
            c.to_ascii_uppercase(),
            'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'
        )
    };
    let lower = word.to_ascii_lowercase();
    !word.is_empty()
        && (word.chars().all(|c| c.is_ascii_digit())
            || word.chars().all(roman)
            || is_cardinal_word(&lower)
            || HEADING_ORDINAL_WORDS.contains(&lower.as_str()))
}

/// True when `word` has letters and no lowercase ones ("ADVENTURERS", "LTD").
fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// When a section heading starts at token `start` ("CHAPTER IV. THE YOUNG ADVENTURERS",
/// "Part One", "Prologue" opening a paragraph), the token after it. A heading word counts when
/// a numeral follows it (the article "the" may stand between: "Book the First"), or when it
/// opens its paragraph and a capitalised word or the paragraph's end follows. After an
/// all-caps heading word, the all-caps title that follows is part of the heading too.
/// `heading_word` tells whether the word at `start` is a heading word
/// ([`Lexicon::is_heading_word`]).
fn heading_end(
    text: &str,
    tokens: &[Token],
    start: usize,
    heading_word: bool,
    lexicon: &Lexicon,
) -> Option<usize> {
    if !heading_word {
        return caps_title_end(text, tokens, start, lexicon);
    }
    let word = tokens[start].text(text);
    let paragraph = tokens[start].paragraph;
    let in_paragraph = |i: usize| tokens.get(i).filter(|t| t.paragraph == paragraph);
    let mut end = start + 1;
    if in_paragraph(end).is_some_and(|t| t.text(text) == "the") {
        end += 1;
    }
    if in_paragraph(end).is_some_and(|t| is_heading_numeral(t.text(text))) {
        end += 1;
    } else {
        let opens_paragraph = start == 0 || tokens[start - 1].paragraph != paragraph;
        let next_capital = in_paragraph(start + 1)
            .is_none_or(|t| t.text(text).chars().next().is_some_and(char::is_uppercase));
        if !(opens_paragraph && next_capital) {
            return None;
        }
        end = start + 1;
    }
    while in_paragraph(end).is_some_and(|t| matches!(t.text(text), "." | ":" | "—" | "-")) {
        end += 1;
    }
    if is_all_caps(word) {
        while in_paragraph(end).is_some_and(|t| {
            let w = t.text(text);
            (t.kind == TokenKind::Word && is_all_caps(w) && w != "I" && w != "A")
                || matches!(w, "," | "." | "'" | "’")
        }) {
            end += 1;
        }
    }
    // The heading's text runs on into the first sentence: "CHAPTER I It was a fine day".
    if in_paragraph(end).is_some_and(|t| lexicon.is_nonname(t.text(text))) {
        end += 1;
    }
    Some(end)
}

/// When a paragraph opens with a title in capitals run into its first sentence ("THE SISTERS
/// There was no hope"), the token after the title: two or more all-caps words at the very
/// start of a paragraph followed straight away by a capitalised word in lower case. A
/// dateline ("HONG KONG —") is followed by a dash and stays.
fn caps_title_end(text: &str, tokens: &[Token], start: usize, lexicon: &Lexicon) -> Option<usize> {
    let paragraph = tokens[start].paragraph;
    if start > 0 && tokens[start - 1].paragraph == paragraph {
        return None;
    }
    let caps = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.paragraph == paragraph
                && t.kind == TokenKind::Word
                && t.text(text).chars().count() >= 2
                && is_all_caps(t.text(text))
        })
    };
    let mut end = start;
    while caps(end) {
        end += 1;
    }
    // A subheading in capitals on a line of its own: "REGULATORY HURDLE".
    let Some(next) = tokens.get(end).filter(|t| t.paragraph == paragraph) else {
        return (end - start >= 2).then_some(end);
    };
    let next_word = next.text(text);
    let mixed_case = next_word.chars().next().is_some_and(char::is_uppercase)
        && next_word.chars().any(char::is_lowercase);
    if end - start < 2 || next.kind != TokenKind::Word || !mixed_case {
        return None;
    }
    // The first sentence's opening word is no name either: "THE SISTERS There was".
    Some(end + usize::from(lexicon.is_nonname(next_word)))
}

/// True when token `i` is an acronym in brackets whose letters are the initials of the
/// lowercase words right before the bracket: "chronic obstructive pulmonary disease (COPD)".
fn defined_by_common_words(text: &str, tokens: &[Token], i: usize) -> bool {
    // Most names stand in no brackets: that is looked at first.
    if i == 0 || tokens[i - 1].kind != TokenKind::Punct {
        return false;
    }
    let word = tokens[i].text(text);
    let letters = word.chars().count();
    if !(2..=6).contains(&letters)
        || !is_all_caps(word)
        || i < letters + 1
        || tokens[i - 1].text(text) != "("
        || tokens.get(i + 1).is_none_or(|t| t.text(text) != ")")
    {
        return false;
    }
    let words = &tokens[i - 1 - letters..i - 1];
    words.iter().zip(word.chars()).all(|(token, letter)| {
        let text = token.text(text);
        token.kind == TokenKind::Word
            && text
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() && c.to_uppercase().eq(std::iter::once(letter)))
    })
}

/// "al-Haddad", "el-Sayed", "bin-Talal": a surname particle joined by a hyphen to a
/// capitalised name is a name word though it starts in lowercase.
fn is_particle_compound(word: &str, lexicon: &Lexicon) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        rest.chars().next().is_some_and(char::is_uppercase) && lexicon.is_particle(particle)
    })
}

/// A word that can be part of a name: starts with a capital letter, and is not a
/// contraction of "I" (I’ve, I'm).
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && !(word.starts_with("I’") || word.starts_with("I'"))
}

/// The end of the run of name words starting at `start`: capitalised words, initials with
/// their periods, particles (van, de) and connectors (of, of the, &) between capitalised words.
fn run_end(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    start: usize,
    lexicon: &Lexicon,
) -> usize {
    let paragraph = tokens[start].paragraph;
    let mut end = start + 1;
    let mut connected = false;
    // A possessive ends the name even on its first word: "DAB's Ben Chan" is a party and a
    // person, "Korea's Kim" a country and a player.
    let first = tokens[start].text(text);
    // "the Drover’s Arms", "the King's Head Inn": a possessive before a last word that heads a
    // venue.
    let venue_after = |owner: usize| {
        let at = owner + 1;
        tokens.get(at).is_some_and(|next| {
            next.paragraph == paragraph
                && capital[at]
                && heads_building(next.text(text), lexicon)
                && !tokens
                    .get(at + 1)
                    .is_some_and(|after| after.paragraph == paragraph && capital[at + 1])
        }) && start > 0
            && matches!(tokens[start - 1].text(text), "the" | "The")
    };
    if is_possessive(first) {
        if venue_after(start) || feature_after_owner(text, tokens, capital, start, lexicon) {
            return end + 1;
        }
        // "the People’s Labour Party", "the Children’s Society", "the Children’s Online Safety
        // Act": a common word's possessive opening a body's or a law's name.
        if lexicon.is_nonname(trim_possessives(first))
            && let Some(n) = (1..=3).find(|&n| {
                (start + 1..=start + n).all(|k| {
                    tokens
                        .get(k)
                        .is_some_and(|next| next.paragraph == paragraph && capital[k])
                }) && (lexicon.is_org_word(tokens[start + n].text(text))
                    || (lexicon.is_other_word(tokens[start + n].text(text))
                        && !tokens.get(start + n + 1).is_some_and(|after| {
                            after.paragraph == paragraph && capital[start + n + 1]
                        })))
            })
        {
            // "the People’s Congress of Tswelane": a place after "of" ends the name.
            let after = start + 1 + n;
            let place_after = tokens
                .get(after)
                .is_some_and(|t| t.paragraph == paragraph && t.text(text) == "of")
                && tokens
                    .get(after + 1)
                    .is_some_and(|t| t.paragraph == paragraph && capital[after + 1]);
            if place_after {
                let mut last = after + 2;
                while tokens
                    .get(last)
                    .is_some_and(|t| t.paragraph == paragraph && capital[last])
                {
                    last += 1;
                }
                return last;
            }
            return after;
        }
        return end;
    }
    // The name proper after a capitalised article or preposition opening a sentence ("The
    // Warehouse and …", "At St. Brigid's …"), which `trim` drops later.
    let head = if tokens
        .get(start + 1)
        .is_some_and(|next| next.paragraph == paragraph && capital[start + 1])
        && opens_sentence_before_name(first)
    {
        start + 1
    } else {
        start
    };
    while let Some(token) = tokens.get(end) {
        if token.paragraph != paragraph {
            break;
        }
        // Marcus “Deuce” Whitfield: past a nickname to the surname.
        if token.kind == TokenKind::Mark
            && let Some(surname) = nickname_end(tokens, capital, end)
        {
            end = surname;
            continue;
        }
        let word = token.text(text);
        let adjacent = token.start == tokens[end - 1].end;
        let next_is_name = tokens
            .get(end + 1)
            .is_some_and(|n| n.paragraph == paragraph)
            && capital[end + 1];
        // "Washington D.C. The …": a common word after an initial's period starts a sentence.
        // Looked up only when the rest of the rule holds.
        let next_is_common = || {
            tokens
                .get(end + 1)
                .is_some_and(|n| lexicon.is_nonname(n.text(text)))
        };
        // "D.C. The", "U.S. Image": a common word after an abbreviation's period.
        let after_abbreviation = tokens[end - 1].text(text).ends_with('.')
            && lexicon.is_nonname(word)
            && !lexicon.is_org_word(word)
            && !lexicon.is_place_word(word);
        let continues = (capital[end] && !after_abbreviation)
            || (word == "."
                && adjacent
                && is_title_or_initial(tokens[end - 1].text(text), lexicon)
                && next_is_name
                && !next_is_common())
            || (token.kind == TokenKind::Word && lexicon.is_particle(word) && next_is_name)
            // "Ruud van der Stael": a particle before another particle and the name.
            || (token.kind == TokenKind::Word
                && lexicon.is_particle(word)
                && tokens.get(end + 2).is_some_and(|n| n.paragraph == paragraph)
                && tokens[end + 1].kind == TokenKind::Word
                && lexicon.is_particle(tokens[end + 1].text(text))
                && capital[end + 2])
            || (word == "&" && next_is_name)
            // "Hold the Lift", "Save the Pier": "the" after a campaign's call to act.
            || (word == "the"
                && end == head + 1
                && next_is_name
                && lexicon.tells_kind(&lowercase(tokens[head].text(text)), KindContext::Campaign));
        let year_after_law = token.kind == TokenKind::Number
            && token.text(text).len() == 4
            && lexicon.is_other_word(tokens[end - 1].text(text));
        // "Route 14", "State Highway 9".
        let route_number = token.kind == TokenKind::Number
            && adjacent_word_is_numbered(tokens[end - 1].text(text), lexicon)
            && token.text(text).chars().all(|c| c.is_ascii_alphanumeric());
        // "a second-hand Seeker 200 detector", "its HearthCell 2 home battery": a model's
        // number between its name and a lowercase noun.
        let model_number = is_model_number(text, tokens, end, lexicon);
        if model_number {
            end += 1;
            break;
        }
        // "Tamarind Nickel Ltd.", "Harlan Pettibone Jr.": the period of a company's or a
        // generation's abbreviation, which ends the name.
        if word == "."
            && adjacent
            && (COMPANY_ABBREVIATIONS.contains(&tokens[end - 1].text(text))
                || matches!(tokens[end - 1].text(text), "Jr" | "Sr"))
        {
            end += 1;
            // "Drover Bros. Construction": brothers' names go on to the trade.
            if tokens[end - 2].text(text) == "Bros"
                && tokens
                    .get(end)
                    .is_some_and(|n| n.paragraph == paragraph && capital[end])
            {
                continue;
            }
            break;
        }
        if continues || year_after_law || route_number {
            end += 1;
            // A possessive ends the name: "Lawrence Lessig’s Free Culture", but not a saint's
            // church or hospital ("St Aldhelm’s Church"). The exceptions are worked out only
            // for a possessive.
            let word = tokens[end - 1].text(text);
            if is_possessive(word) {
                let head_word = |i: usize| {
                    tokens.get(i).is_some_and(|next| {
                        next.paragraph == paragraph
                            && (heads_building(next.text(text), lexicon)
                                || lexicon.is_org_word(next.text(text)))
                    })
                };
                // "St Aldhelm’s Church", "St. Brigid's Children's Hospital", "St. Adrian's
                // Regional Medical Center": a head word within three capitalised words.
                let capitalised = |i: usize| {
                    tokens
                        .get(i)
                        .is_some_and(|next| next.paragraph == paragraph && capital[i])
                };
                let saints = matches!(tokens[head].text(text), "St" | "St." | "Saint")
                    && ((0..3).any(|n| (end..=end + n).all(capitalised) && head_word(end + n))
                        || (tokens.get(end).is_some_and(|next| {
                            let owner = next.text(text);
                            is_possessive(owner) && lexicon.is_nonname(trim_possessives(owner))
                        }) && head_word(end + 1)));
                let place_after = feature_after_owner(text, tokens, capital, end - 1, lexicon);
                // Nor a common word's or a title's before a head word: "St. Brigid's
                // Children's Hospital", "the Tamsin County District Attorney’s Office".
                // "Northern Professional Women's Hockey League": the head word may come one
                // word later.
                let common_owner = (0..2).any(|n| {
                    (end..=end + n).all(capitalised)
                        && tokens.get(end + n).is_some_and(|next| {
                            lexicon.is_place_word(next.text(text))
                                || lexicon.is_org_word(next.text(text))
                        })
                }) && {
                    // "Tamsett Cattlemen's Association", "the Women's Institute".
                    let bare = trim_possessives(word);
                    lexicon.is_nonname(bare)
                        || bare.ends_with("men")
                        || (end - start > 1 && lexicon.title(bare).is_some())
                };
                // "New Year's Eve", a holiday whole.
                let holiday = capitalised(end)
                    && lexicon
                        .is_calendar(&text[tokens[start].start..tokens[end].end].replace('’', "'"));
                if !saints && !common_owner && !place_after && !venue_after(end - 1) && !holiday {
                    break;
                }
            }
        } else if matches!(word, "’" | "'")
            && tokens[end - 1].end == token.start
            && tokens[end - 1].text(text).ends_with('s')
            && (1..=2).any(|n| {
                (end + 1..=end + n).all(|k| {
                    tokens
                        .get(k)
                        .is_some_and(|next| next.paragraph == paragraph && capital[k])
                }) && (lexicon.is_org_word(tokens[end + n].text(text))
                    || lexicon.is_place_word(tokens[end + n].text(text)))
            })
        {
            // A plural possessive inside an organisation's or a venue's name: "Ratepayers’
            // Alliance", "Velmont Teachers' Pension Fund", "the Drovers’ Arms".
            end += 2;
        } else if matches!(word, "’" | "'")
            && tokens[end - 1].end == token.start
            && tokens[end - 1].text(text).ends_with('s')
            && tokens.get(end + 1).is_some_and(|t| t.text(text) == "and")
            && let Some(body_end) = and_body_end(text, tokens, capital, head..end + 1, lexicon)
        {
            // "Performers’ and Stage Workers’ Union".
            end = body_end;
            break;
        } else if word == "and"
            && end == head + 1
            && lexicon.title(tokens[head].text(text)).is_some()
            && let Some(title_end) = (end + 2..=end + 3).find(|&t| {
                (end + 1..t).all(|k| {
                    tokens
                        .get(k)
                        .is_some_and(|n| n.paragraph == paragraph && capital[k])
                }) && tokens.get(t).is_some_and(|n| {
                    n.paragraph == paragraph
                        && capital[t]
                        && lexicon.title(n.text(text)).is_some()
                        && !lexicon.is_title_modifier(n.text(text))
                })
            })
        {
            // "Energy and Water Minister Omid Karesh": a portfolio of two before a title;
            // the name goes on after it.
            end = title_end + 1;
        } else if word == "and"
            && head >= 2
            && tokens[head - 1].text(text) == "for"
            && lexicon.tells_kind(&lowercase(tokens[head - 2].text(text)), KindContext::Seat)
            && tokens
                .get(end + 1)
                .is_some_and(|n| n.paragraph == paragraph && capital[end + 1])
        {
            // "the MP for Holmbarrow and Stennet Vale": a seat named for two places is one.
            end += 1;
            while tokens
                .get(end)
                .is_some_and(|n| n.paragraph == paragraph && capital[end])
            {
                end += 1;
            }
            break;
        } else if word == "and"
            && end == head + 1
            && let Some(pub_end) = pub_name_end(text, tokens, capital, head, lexicon)
        {
            // "the Plough and Harrow", "the Anchor and Bell".
            end = pub_end;
            break;
        } else if word == "and"
            && let Some(portfolio_end) =
                portfolio_and_end(text, tokens, capital, head..end, lexicon)
        {
            // "Ministry of Water and Energy", "Department of Health and Human Services".
            end = portfolio_end;
            break;
        } else if word == "and"
            && end - head <= AND_NAME_WORDS
            && let Some(body_end) = and_body_end(text, tokens, capital, head..end, lexicon)
            && (end == head + 1
                // "Senate Housing and Local Government Committee": an organisation word
                // may modify the portfolio, but one right before "and" ends a body of its own.
                || ((head..end).all(|i| lexicon.given_name(tokens[i].text(text)).is_none())
                    && (!lexicon.is_org_word(tokens[end - 1].text(text))
                        || DOMAIN_ORG_WORDS.contains(&tokens[end - 1].text(text))))
                || acronym_follows(text, tokens, head..body_end))
        {
            // "Kinlochbrae and Isles Council", "Argyll and Bute Council"; "of" may go on
            // after the body's head ("Harcourt Mills and District Chamber of Commerce").
            end = body_end;
            if tokens.get(end).is_some_and(|t| t.text(text) == "of")
                && connects_with_of(tokens[end - 1].text(text), lexicon)
            {
                continue;
            }
            break;
        } else if (word == "of"
            && (connected || connects_with_of(tokens[end - 1].text(text), lexicon)))
            || (word == "for"
                && lexicon.tells_kind(
                    &tokens[end - 1].text(text).to_lowercase(),
                    KindContext::HeadsFor,
                )
                && (lexicon.title(tokens[end - 1].text(text)).is_none()
                    || lexicon.is_org_word(tokens[end - 1].text(text))))
            || (word == "on"
                && (matches!(
                    tokens[end - 1].text(text),
                    "Council" | "Committee" | "Commission"
                ) || matches!(
                    tokens[end - 1].text(text),
                    "Accord"
                        | "Agreement"
                        | "Convention"
                        | "Treaty"
                        | "Charter"
                        | "Conference"
                        | "Law"
                ))
                // "the City Council on Tuesday" is a date, not a policy.
                && !tokens
                    .get(end + 1)
                    .is_some_and(|t| lexicon.is_calendar(t.text(text))))
        {
            // "the Polar Instruments Laboratory of Brennmark University": a body of its own
            // after "of", with its own head word, is a second name, not a connector's object.
            if word == "of" && end - head >= 2 && institution_after_of(text, tokens, capital, end) {
                break;
            }
            // "Foundation for the Visual Arts", "Council on Foreign Relations": an
            // organisation's head word takes "for" (and a policy body "on") as it takes
            // "of"; after that, "of" goes on ("Council for the Welfare of Migrants").
            connected |= word != "of";
            // "Council for the Welfare …", "Union for a New Ruvenia".
            let after = if tokens
                .get(end + 1)
                .is_some_and(|t| matches!(t.text(text), "the" | "a" | "an"))
            {
                end + 2
            } else {
                end + 1
            };
            if tokens.get(after).is_some_and(|n| n.paragraph == paragraph) && capital[after] {
                end = after + 1;
                // "the University of Kgalemo’s Energy Transition Research Unit": a possessive
                // after "of" ends the owner's name; what it owns is a name of its own.
                if is_possessive(tokens[after].text(text)) {
                    break;
                }
            } else {
                break;
            }
        } else if matches!(word, "for" | "to" | "on")
            && lexicon.given_name(tokens[head].text(text)).is_none()
            && let Some(law_end) = law_name_end(text, tokens, capital, end)
        {
            // "the Homes for Every Budget Act", "the Right to Repair Bill": a law's name runs
            // through its small words to its head, and its year.
            end = with_law_year(text, tokens, law_end);
            break;
        } else if matches!(word, "v" | "vs")
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.text(text) == "." && t.start == token.end)
            && tokens
                .get(end + 2)
                .is_some_and(|n| n.paragraph == paragraph && capital[end + 2])
        {
            // "Vickery v. Drummond": a case's name, both parties in one.
            end += 3;
        } else if word == "("
            && let Some(law_end) = bracketed_law_end(text, tokens, capital, end)
        {
            // "the Rural Land (Foreign Holdings) Act", "the Mineral Royalties (Amendment)
            // Bill": a law's name with its bracketed part, and its year ("… Act 2019").
            end = with_law_year(text, tokens, law_end);
            break;
        } else {
            break;
        }
    }
    end
}

/// True when the "of" at token `of` is followed by a name of two or more capitalised words
/// that ends in an institution's head ("of Brennmark University").
fn institution_after_of(text: &str, tokens: &[Token], capital: &[bool], of: usize) -> bool {
    let paragraph = tokens[of].paragraph;
    let mut end = of + 1;
    while tokens.get(end).is_some_and(|t| t.paragraph == paragraph) && capital[end] {
        // "the Hebrew University of Jerusalem’s Einstein Institute": an owner ends it.
        if is_possessive(tokens[end].text(text)) {
            return false;
        }
        end += 1;
    }
    end >= of + 3
        && matches!(
            tokens[end - 1].text(text),
            "University" | "College" | "Institute" | "Hospital" | "School" | "Academy"
        )
}

/// Words that head a law's name ("… Act", "… Bill").
const LAW_HEADS: &[&str] = &["Act", "Bill", "Order", "Regulations", "Ordinance"];

/// The token after a law's name ending at `end`, past a year that follows it ("… Act 2019").
fn with_law_year(text: &str, tokens: &[Token], end: usize) -> usize {
    let year = tokens.get(end).is_some_and(|t| {
        t.paragraph == tokens[end - 1].paragraph
            && t.kind == TokenKind::Number
            && t.text(text).len() == 4
    });
    if year { end + 1 } else { end }
}

/// When the small word at token `small` is followed by capitalised words that end in a law's
/// head ("for Every Budget Act"), the token after the head.
fn law_name_end(text: &str, tokens: &[Token], capital: &[bool], small: usize) -> Option<usize> {
    let paragraph = tokens[small].paragraph;
    let mut i = small + 1;
    while i < small + 6 && tokens.get(i).is_some_and(|t| t.paragraph == paragraph) && capital[i] {
        if LAW_HEADS.contains(&tokens[i].text(text)) && i > small + 1 {
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// When the bracket opening at token `open` holds only capitalised words and a law's word
/// follows it ("(Foreign Holdings) Act"), the token after that word.
fn bracketed_law_end(text: &str, tokens: &[Token], capital: &[bool], open: usize) -> Option<usize> {
    let paragraph = tokens[open].paragraph;
    let close = (open + 1..(open + 6).min(tokens.len())).find(|&i| tokens[i].text(text) == ")")?;
    let inside_capitalised = close > open + 1 && (open + 1..close).all(|i| capital[i]);
    let law = close + 1;
    (inside_capitalised
        && tokens.get(law).is_some_and(|t| {
            t.paragraph == paragraph && capital[law] && LAW_HEADS.contains(&t.text(text))
        }))
    .then_some(law + 1)
}

/// "the Plough and Harrow": after "the", one capitalised word, "and", and one more that ends
/// the name, neither of them an acronym, a title, an organisation or place word, nor a known
/// name: the token after the second word.
fn pub_name_end(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    first: usize,
    lexicon: &Lexicon,
) -> Option<usize> {
    let paragraph = tokens[first].paragraph;
    let second = first + 2;
    let plain = |i: usize| {
        let word = tokens[i].text(text);
        tokens[i].kind == TokenKind::Word
            && word.chars().any(char::is_lowercase)
            && lexicon.title(word).is_none()
            && !lexicon.is_org_word(word)
            && !lexicon.is_place_word(word)
            && lexicon.given_name(word).is_none()
            && lexicon.place(word).is_none()
    };
    let in_paragraph = |i: usize| tokens.get(i).is_some_and(|t| t.paragraph == paragraph);
    // Not "the Sevo and Lumia rivers": a plural noun after the pair makes two names.
    let plural_after = tokens.get(second + 1).is_some_and(|t| {
        let word = t.text(text);
        t.paragraph == paragraph
            && word.len() > 3
            && word.ends_with('s')
            && word.chars().all(|c| c.is_ascii_lowercase())
    });
    (first > 0
        && matches!(tokens[first - 1].text(text), "the" | "The")
        && in_paragraph(second)
        && capital[second]
        && !(in_paragraph(second + 1) && capital[second + 1])
        && !plural_after
        && plain(first)
        && plain(second))
    .then_some(second + 1)
}

/// True when the name over `tokens` is followed by its acronym in brackets, made of the
/// initials of its capitalised words: "United Packaging and Print Workers (UPPW)".
fn acronym_follows(text: &str, tokens: &[Token], name: Range<usize>) -> bool {
    let initials: String = tokens[name.clone()]
        .iter()
        .filter_map(|t| t.text(text).chars().next().filter(|c| c.is_uppercase()))
        .collect();
    tokens.get(name.end).is_some_and(|t| t.text(text) == "(")
        && tokens
            .get(name.end + 1)
            .is_some_and(|t| t.text(text) == initials)
        && tokens
            .get(name.end + 2)
            .is_some_and(|t| t.text(text) == ")")
}

/// True when the possessive at token `owner` is followed by one word, the last of the name,
/// that names a feature, landing or street ("Carver's Ferry", "Holloway’s Bend", "Tanner’s
/// Row"; not "London's Hyde Park").
fn feature_after_owner(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    owner: usize,
    lexicon: &Lexicon,
) -> bool {
    let paragraph = tokens[owner].paragraph;
    let capitalised =
        |i: usize| tokens.get(i).is_some_and(|t| t.paragraph == paragraph) && capital[i];
    capitalised(owner + 1)
        && lexicon.names_its_feature(tokens[owner + 1].text(text))
        && !capitalised(owner + 2)
}

/// True when `word` heads a place's or a building's name where the position shows it is no
/// surname: a place word, or "Hall" ("the Seamen's Hall", "St. Columba’s Hall", "the Hall of
/// Banners"; not a plain place word, for "Stuart Hall").
fn heads_building(word: &str, lexicon: &Lexicon) -> bool {
    word == "Hall" || lexicon.is_place_word(word)
}

/// True when a capitalised `word` is one a number completes into a place's name ("Route")
/// or a body's ("Local 412").
fn adjacent_word_is_numbered(word: &str, lexicon: &Lexicon) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && {
        let lower = word.to_lowercase();
        lexicon.tells_kind(&lower, KindContext::Numbered)
            || lexicon.tells_kind(&lower, KindContext::NumberedBody)
            || lexicon.tells_kind(&lower, KindContext::NumberedThing)
    }
}

/// After a ministry, department or office and its "of"/"for" and one or two portfolio words
/// (`before`), the token after the portfolio that the "and" right after joins: one to three
/// capitalised words that are not a given name, a known place or organisation, an acronym or
/// a role ("Ministry for Farming and Rural Communities", "Secretary of Health and Social
/// Care"). None otherwise.
fn portfolio_and_end(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    before: Range<usize>,
    lexicon: &Lexicon,
) -> Option<usize> {
    // The body's head word stands right before "of" or "for", after its own modifiers
    // ("Quilvaran Institute of Volcanology and Seismology").
    let connector_at = (before.start + 1..before.end)
        .find(|&i| matches!(tokens[i].text(text), "of" | "for" | "on"))?;
    let head = connector_at - 1;
    let head_word = tokens[head].text(text);
    let portfolio = before.end.checked_sub(head + 2)?;
    if !(lexicon.is_org_word(head_word) || lexicon.title(head_word).is_some())
        || !(before.start..head).all(|i| capital[i])
        || !(1..=2).contains(&portfolio)
        || !(head + 2..before.end).all(|i| capital[i])
    {
        return None;
    }
    let and = before.end;
    let paragraph = tokens[and].paragraph;
    let mut end = and + 1;
    while end < and + 4 && tokens.get(end).is_some_and(|t| t.paragraph == paragraph) && capital[end]
    {
        let word = tokens[end].text(text);
        // A title of a person ("and Foreign Minister …") ends the portfolio; a group
        // ("Regional and Island Pilots") does not.
        let person_title =
            lexicon.title(word).is_some() && lexicon.role_noun(&word.to_lowercase()).is_some();
        let plain = word.chars().any(char::is_lowercase)
            && lexicon.given_name(word).is_none()
            && lexicon.place(word).is_none()
            && lexicon.organization(word).is_none()
            && !person_title;
        if !plain {
            return None;
        }
        end += 1;
    }
    let ends_here = !tokens
        .get(end)
        .is_some_and(|t| t.paragraph == paragraph && capital[end]);
    (end > and + 1 && ends_here).then_some(end)
}

/// When a nickname in quotation marks opens at mark token `open` (Marcus “Deuce” Whitfield:
/// one or two capitalised words, the closing mark, then a capitalised word, in one
/// paragraph and spaced), the token of that last word.
fn nickname_end(tokens: &[Token], capital: &[bool], open: usize) -> Option<usize> {
    let paragraph = tokens[open].paragraph;
    let in_paragraph = |i: usize| tokens.get(i).is_some_and(|t| t.paragraph == paragraph);
    let mark = |i: usize| in_paragraph(i) && tokens[i].kind == TokenKind::Mark;
    let word = |i: usize| in_paragraph(i) && capital[i] && tokens[i].kind == TokenKind::Word;
    if open == 0 || tokens[open - 1].end == tokens[open].start || !word(open + 1) {
        return None;
    }
    let close = if mark(open + 2) {
        open + 2
    } else if word(open + 2) && mark(open + 3) {
        open + 3
    } else {
        return None;
    };
    let surname = close + 1;
    (word(surname) && tokens[close].end < tokens[surname].start).then_some(surname)
}

/// Marks that open and close a nickname inside a name.
const NICKNAME_OPENING: [char; 4] = ['“', '"', '‘', '\''];
const NICKNAME_CLOSING: [char; 4] = ['”', '"', '’', '\''];

/// A name's text without a nickname in quotation marks: "Marcus Whitfield" for Marcus
/// “Deuce” Whitfield.
fn without_nickname(raw: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let open = raw
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .find(|&i| raw[i..].starts_with(NICKNAME_OPENING));
    let Some(open) = open else {
        return Cow::Borrowed(raw);
    };
    let inner = open + raw[open..].chars().next().map_or(1, char::len_utf8);
    let Some(close) = raw[inner..].find(NICKNAME_CLOSING).map(|c| inner + c) else {
        return Cow::Borrowed(raw);
    };
    let after = close + raw[close..].chars().next().map_or(1, char::len_utf8);
    Cow::Owned(format!("{}{}", &raw[..open], raw[after..].trim_start()))
}

/// Cardinal numbers written as words, the parts a longer one is built from ("thirty-one").
const CARDINAL_WORDS: [&str; 28] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// True for a cardinal number in words, one word or hyphenated ("twelve", "thirty-one").
pub(super) fn is_cardinal_word(lower: &str) -> bool {
    lower.split('-').all(|part| CARDINAL_WORDS.contains(&part))
}

/// True for a hyphenated number in words ("thirty-one"), which opens a sentence but never a
/// name ("Thirty-one Marrevian students …").
fn is_number_word(lower: &str) -> bool {
    lower.contains('-') && is_cardinal_word(lower)
}

/// Company abbreviations whose period belongs to the name ("Tamarind Nickel Ltd.").
const COMPANY_ABBREVIATIONS: &[&str] = &["Ltd", "Corp", "Inc", "Co", "Bros", "Plc"];

/// Organisation words that also name a field, which "and" may join to another inside one
/// name: "Bellwick Air" is an airline, but "National Air and Space Museum" one museum.
const DOMAIN_ORG_WORDS: &[&str] = &["Air"];

/// Most words before an "and" inside a name ("Corvell Parks and Recreation Department",
/// "Mandavipuram Metropolitan Water Supply and Sewerage Board").
const AND_NAME_WORDS: usize = 4;

/// The token after the name that the "and" right after the words `before` joins them to:
/// one to three more capitalised words, the last an organisation word that ends the name
/// ("Kinlochbrae and Isles Council", "Warehouse and Distribution Workers Union") or the whole
/// followed by its acronym ("United Packaging and Print Workers (UPPW)"). None when it joins
/// no body, or when the word before "and" is a given name ("Ana and Metro Council" is two
/// names).
fn and_body_end(
    text: &str,
    tokens: &[Token],
    capital: &[bool],
    before: Range<usize>,
    lexicon: &Lexicon,
) -> Option<usize> {
    let and = before.end;
    let paragraph = tokens[and].paragraph;
    let in_paragraph = |i: usize| tokens.get(i).is_some_and(|t| t.paragraph == paragraph);
    let first = tokens[and - 1].text(text);
    // A common word may open a body's name after "the": "the Medicines and Healthcare
    // Standards Agency".
    let after_article =
        before.start > 0 && matches!(tokens[before.start - 1].text(text), "the" | "The");
    if lexicon.given_name(first).is_some() || (lexicon.is_nonname(first) && !after_article) {
        return None;
    }
    // "Sporting Brevnik and Brevnik Lokomotiv": a word of the first name opening the second
    // makes two names.
    if tokens
        .get(and + 1)
        .is_some_and(|next| (before.clone()).any(|i| tokens[i].text(text) == next.text(text)))
    {
        return None;
    }
    // "Pallister and Sons".
    if in_paragraph(and + 1)
        && matches!(
            tokens[and + 1].text(text),
            "Sons" | "Partners" | "Associates" | "Co" | "Co."
        )
        && !(in_paragraph(and + 2) && capital[and + 2])
    {
        return Some(and + 2);
    }
    // Capitalised words after "and", through a plural possessive inside the name ("Rail and
    // Signal Workers' Union") and one more "and" ("Kellaway and Ardstone Fire and Rescue
    // Service").
    let mut end = and + 1;
    let mut words = 0;
    let mut second_and = false;
    while words < 5 && in_paragraph(end) {
        if capital[end] {
            words += 1;
            end += 1;
        } else if !second_and
            && words >= 1
            && tokens[end].text(text) == "and"
            && in_paragraph(end + 1)
            && capital[end + 1]
        {
            second_and = true;
            end += 1;
        } else if matches!(tokens[end].text(text), "'" | "’")
            && tokens[end - 1].end == tokens[end].start
            && tokens[end - 1].text(text).ends_with('s')
            && in_paragraph(end + 1)
            && capital[end + 1]
        {
            end += 1;
        } else {
            break;
        }
    }
    if words > 3 && !second_and {
        return None;
    }
    // "the Public Records and Transparency Act": a law's or an event's name too.
    (words >= 2
        && (lexicon.is_org_word(tokens[end - 1].text(text))
            || lexicon.is_other_word(tokens[end - 1].text(text))
            || acronym_follows(text, tokens, before.start..end))
        // An organisation word right after "and" heads a body of its own, unless more of
        // the name follows it ("the Medicines and Healthcare Standards Agency").
        && !(lexicon.is_org_word(tokens[and + 1].text(text)) && end == and + 2)
        && !(in_paragraph(end) && capital[end]))
        .then_some(end)
}

fn is_title_or_initial(word: &str, lexicon: &Lexicon) -> bool {
    lexicon.is_abbreviated_title(word)
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// "of" continues a name after an organisation, place or event head: Bank of England,
/// University of Chicago, Ministry of Foreign Affairs, Gulf of Mexico, Duke of Wellington,
/// Festival of the Nets.
fn connects_with_of(previous: &str, lexicon: &Lexicon) -> bool {
    lexicon.is_org_word(previous)
        || lexicon.title(previous).is_some()
        // An event's or a law's head: "Festival of the Nets", "Tour of the Calvarre".
        || (lexicon.is_other_word(previous) && previous != "Open")
        || matches!(
            previous,
            "Republic"
                | "Kingdom"
                | "Gulf"
                | "Bay"
                | "Isle"
                | "Isles"
                | "Strait"
                | "Straits"
                | "Sound"
                | "Firth"
                | "Sea"
                | "Cape"
                | "Lake"
                | "Mount"
                | "City"
                | "Province"
                | "State"
                | "States"
                | "Sultanate"
                | "Emirate"
                | "Commonwealth"
                | "Federation"
                | "Principality"
                | "Duchy"
                | "Islands"
                | "Port"
                | "Tower"
                | "Hall"
                | "House"
                | "Treaty"
        )
}

/// Most tokens of a run whose words [`RunContext::split_title`] keeps on the stack.
const SHORT_RUN_TOKENS: usize = 16;

/// A name's text with its title: None without one, else the gender the title implies.
type HintKey<'a> = (&'a str, Option<Option<Gender>>);

struct RunContext<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The distinct words, with their lowercase forms.
    vocabulary: &'a Vocabulary<'a>,
    sentence_starts: &'a [bool],
    /// The words the article writes in lowercase.
    lowercase_words: HashSet<&'a str>,
    /// Per token: can it be part of a name ([`is_name_word`]).
    capital: &'a [bool],
    /// Capitalised words seen away from the start of a sentence: those are names even when
    /// they also open one.
    midsentence_capitals: HashSet<&'a str>,
    /// Pairs of capitalised words seen together away from the start of a sentence.
    midsentence_pairs: HashSet<(&'a str, &'a str)>,
    /// Names and hints already worked out, by the name's text and its title (see
    /// [`RunContext::hint`]): a novel names the same people thousands of times.
    hints: RefCell<HashMap<HintKey<'a>, (String, NameHint, Gender)>>,
    /// Per token: for a capitalised one, whether it begins a sentence (worked out once, as
    /// runs are trimmed and split more than once).
    initial: Vec<bool>,
    lexicon: &'a Lexicon,
}

impl<'a> RunContext<'a> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// The lowercase text of token `i`, looked up in the vocabulary for a word.
    fn lowercase(&self, i: usize) -> Cow<'_, str> {
        match self.vocabulary.lowercase_of(i) {
            Some(lower) => Cow::Borrowed(lower),
            None => super::tokens::lowercase(self.word(i)),
        }
    }

    /// True when token `i` begins a sentence (possibly after an opening mark or bracket).
    fn starts_sentence(&self, i: usize) -> bool {
        if self.capital[i] {
            self.initial[i]
        } else {
            self.begins_sentence(i)
        }
    }

    /// [`RunContext::starts_sentence`], worked out from the tokens before `i`.
    fn begins_sentence(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && !self.sentence_starts[j] {
            let previous = self.tokens[j - 1];
            if previous.paragraph != self.tokens[j].paragraph {
                return true;
            }
            // Only the punctuation and marks below tell anything; a word is no sentence break.
            if matches!(previous.kind, TokenKind::Word | TokenKind::Number) {
                break;
            }
            match previous.text(self.text) {
                // A straight mark with a space before the word closes a quotation ("…," Lin
                // said): look further back, as after a curly closing mark.
                "\"" | "'" if previous.end < self.tokens[j].start => j -= 1,
                // The first word of a quotation starts its sentence.
                "“" | "\"" | "‘" | "'" | "«" | "„" => return true,
                "(" | "[" => j -= 1,
                // Closing marks after a full stop ("… pray.’ That").
                "”" | "’" | "»" => j -= 1,
                // Sentences inside quotations, clauses after a colon, semicolon or dash.
                "!" | "?" | "…" | ":" | ";" | "—" | "–" => return true,
                // A dash typed as two hyphens ("now --” He sighed").
                "-" if j >= 2 && self.tokens[j - 2].text(self.text) == "-" => return true,
                // A hyphen typed as a dash, with spaces around it ("CORVANE, Nov. 3 - Thousands").
                "-" if j >= 2
                    && self.tokens[j - 2].end < previous.start
                    && previous.end < self.tokens[j].start =>
                {
                    return true;
                }
                "." => {
                    let before = if j >= 2 {
                        self.tokens[j - 2].text(self.text)
                    } else {
                        ""
                    };
                    // "and so have I. Every penny": the pronoun after a lowercase word.
                    let pronoun_i = before == "I"
                        && j >= 3
                        && self.tokens[j - 3]
                            .text(self.text)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase);
                    let abbreviation = j >= 2
                        && self.tokens[j - 2].end == previous.start
                        && (self.lexicon.is_abbreviated_title(before)
                            || (before.chars().count() == 1 && !pronoun_i));
                    return !abbreviation;
                }
                _ => break,
            }
        }
        self.sentence_starts[j]
    }

    /// Turns a run of capitalised tokens into zero or more mentions.
    fn emit(&self, run: Range<usize>, quoted: bool, out: &mut Vec<NameMention>) {
        let mut run = self.trim(run);
        // A holiday of several words: "New Year’s Eve".
        if run.len() > 1
            && self.lexicon.is_calendar(
                &self.text[self.tokens[run.start].start..self.tokens[run.end - 1].end]
                    .replace('’', "'"),
            )
        {
            return;
        }
        // Calendar words split a run: "Tuesday Ruiz" is not one name.
        while !run.is_empty() {
            // "Tuesday's strike" too.
            // Not "the Matarehu Saturday Market", where the day names what the market is.
            let named_for_day = |i: usize| {
                i + 1 < run.end && {
                    let next = self.word(i + 1);
                    self.lexicon.is_place_word(next) || self.lexicon.is_org_word(next)
                }
            };
            // "the Salmira Spring Carnival": a holiday's word that also names events heads
            // the event's name when it ends the run.
            let heads_event = |i: usize| {
                i > run.start
                    && i + 1 == run.end
                    && self.lexicon.is_other_word(trim_possessives(self.word(i)))
            };
            let cut = (run.start..run.end).find(|&i| {
                (self.lexicon.is_calendar(trim_possessives(self.word(i)))
                    && !named_for_day(i)
                    && !heads_event(i))
                    || self.is_dated_month(i)
            });
            match cut {
                Some(c) => {
                    // "Callisford High School for Tuesday's meeting": no connector is left
                    // hanging at the end of the part before the cut.
                    let mut end = c;
                    while end > run.start && !self.may_end_name(end - 1) {
                        end -= 1;
                    }
                    self.emit_name(run.start..end, quoted, out);
                    run = self.trim(c + 1..run.end);
                }
                None => {
                    self.emit_name(run, quoted, out);
                    return;
                }
            }
        }
    }

    /// "Jan. 31", "Mar. 4": the months left out of the calendar list for being given names,
    /// known by the period and the day after them.
    fn is_dated_month(&self, i: usize) -> bool {
        matches!(self.word(i), "Jan" | "Mar")
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.start == self.tokens[i].end && t.text(self.text) == ".")
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// Drops leading words that are not part of a name: sentence-initial common words
    /// ("Despite", "Much"), lone pronouns ("I"), and trailing connectors.
    fn trim(&self, mut run: Range<usize>) -> Range<usize> {
        // "To James Mortimer, M.R.C.S., from …": letters after a name and a comma name no
        // one.
        if !run.is_empty() && run.start > 0 && self.word(run.start - 1) == "," {
            let letters: String = self.text
                [self.tokens[run.start].start..self.tokens[run.end - 1].end]
                .chars()
                .filter(|c| *c != '.')
                .collect();
            if self.lexicon.is_post_nominal(&letters) {
                return run.start..run.start;
            }
        }
        while !run.is_empty() {
            if self.is_known_phrase(run.clone()) {
                break;
            }
            // "Ho Mei-kuen, who runs a stall …": a family name before a hyphenated given name
            // of syllables is a name, at a sentence's start too.
            if run.len() >= 2 && is_syllable_given_name(self.word(run.start + 1)) {
                break;
            }
            let word = self.word(run.start);
            let lower = self.lowercase(run.start);
            let initial = self.starts_sentence(run.start);
            // Each lookup the rules below repeat is made once, when first needed.
            let determiner = LazyCell::new(|| self.lexicon.is_determiner(&lower));
            let nonname = LazyCell::new(|| self.lexicon.is_nonname(word));
            let known_name = LazyCell::new(|| self.is_known_name(word));
            // Mid-sentence, a capitalised word is a name ("the Global Times"); at the start of a
            // sentence a common word ("Despite", "Much", "The") is not.
            let common = word == "I"
                || is_number_word(&lower)
                || (run.len() == 1 && *determiner)
                || (initial
                    && *nonname
                    && (run.len() == 1
                        || *determiner
                        || FUNCTION_WORDS.contains(&lower.as_ref())
                        || !(self.pair_seen_midsentence(run.start)
                            || self.ends_with_head_word(run.clone()))))
                || (initial
                    && run.len() == 1
                    && (self.is_common_word(word, &lower)
                        || !(*known_name
                            || self.speaks(run.start, &lower)
                            || self.introduced(run.start)))
                    && !self.is_surname_speaking(run.start))
                || (run.len() == 1 && *nonname && !*known_name)
                // "a GP", "the DNA evidence": an everyday abbreviation is never a name.
                || (run.len() == 1 && *nonname && !word.chars().any(char::is_lowercase))
                || (run.len() == 1 && self.lexicon.is_name_adjective(word))
                // "Sentencing Kilbride on Friday, …": a participle the article also writes in
                // lowercase opens the sentence, not a name.
                || (initial
                    && lower.len() >= 6
                    && lower.ends_with("ing")
                    && self.lowercase_words.contains(lower.as_ref())
                    && !*known_name);
            // "the English-language Orlac Valley District School Board": a compound adjective
            // opening the run is no part of the name after it.
            let common = common
                || (run.len() > 1
                    && word.rsplit_once('-').is_some_and(|(_, last)| {
                        last.len() >= 4 && last.starts_with(char::is_lowercase)
                    }));
            // "Secretary for Development Kwan Siu-fong": the portfolio after a title and "for"
            // is no part of the name after it.
            let common = common
                || (run.len() >= 3
                    && (*nonname || self.lowercase_words.contains(lower.as_ref()))
                    && run.start >= 2
                    && self.word(run.start - 1) == "for"
                    && self.lexicon.title(self.word(run.start - 2)).is_some());
            // "Local 412, which represents …": a word a number completes into a name.
            let numbered = run.len() > 1
                && self.tokens[run.start + 1].kind == TokenKind::Number
                && adjacent_word_is_numbered(word, self.lexicon);
            // "No More Nets, a campaign group …", "Hold the Lift, a group of residents …".
            let campaign = run.len() > 1
                && self
                    .lexicon
                    .tells_kind(lower.as_ref(), KindContext::Campaign);
            // "Citizens for Open Ballots", "Parents for Safer Streets": a group named for a
            // cause, at the start of a sentence as anywhere.
            let cause = run.len() > 2
                && ((self.word(run.start + 1) == "for"
                    && self
                        .lexicon
                        .tells_kind(lower.as_ref(), KindContext::HeadsFor))
                    // "Friends of the Seravin", a group for a place or a cause.
                    || (word == "Friends" && self.word(run.start + 1) == "of"));
            if common
                && !numbered
                && !campaign
                && !cause
                && self.tokens[run.start].kind == TokenKind::Word
            {
                run.start += 1;
                while run.start < run.end && !self.capital[run.start] {
                    run.start += 1;
                }
            } else {
                break;
            }
        }
        while run.end > run.start && !self.may_end_name(run.end - 1) {
            run.end -= 1;
        }
        // "Sarah Oyelaran KC", "Ada Price OBE": letters after a name are not part of it.
        while run.len() > 2
            && self.lexicon.is_post_nominal(self.word(run.end - 1))
            && self.capital[run.end - 2]
        {
            run.end -= 1;
        }
        run
    }

    /// True when the run ends with a word that heads a name ("Cold War", "Grand Hotel",
    /// "Central Bank"), so a common first word belongs to it.
    fn ends_with_head_word(&self, run: Range<usize>) -> bool {
        let last = self.word(run.end - 1);
        self.lexicon.is_other_word(last)
            || self.lexicon.is_org_word(last)
            || self.lexicon.is_place_word(last)
    }

    /// "Environment Canada", "Health Norway": a portfolio word ("Environment", a title word
    /// that is no role noun) before a country or other gazetteer place names a department.
    fn is_department_of_place(&self, run: Range<usize>) -> bool {
        if run.len() < 2 {
            return false;
        }
        let first = self.word(run.start);
        let rest = &self.text[self.tokens[run.start + 1].start..self.tokens[run.end - 1].end];
        let rest = trim_possessives(rest);
        self.lexicon.title(first).is_some()
            && self.lexicon.role_noun(&self.lowercase(run.start)).is_none()
            && !self.lexicon.is_abbreviated_title(first)
            && self.lexicon.place(rest).is_some()
    }

    /// In a run that is an office at a place or body ("Mayor of Pellingham", "Deputy Mayor of
    /// Arden", "President of the Senate"), the tokens of the place or body: title words only
    /// before "of", and one capitalised word after it, or a known or place-ending name.
    fn office_held_at(&self, run: Range<usize>) -> Option<Range<usize>> {
        let of = (run.start + 1..run.end).find(|&i| self.word(i) == "of")?;
        let office = (run.start..of).all(|i| {
            let word = self.word(i);
            self.lexicon.title(word).is_some()
                && !self.lexicon.is_abbreviated_title(word)
                && !self.lexicon.is_org_word(word)
        });
        let mut start = of + 1;
        if self.word(start) == "the" {
            start += 1;
        }
        // "Secretary of Health and Social Care" is one office, cut at "and".
        let continues = self
            .tokens
            .get(run.end)
            .is_some_and(|_| self.word(run.end) == "and");
        if !office || continues || start >= run.end || !self.capital[start] {
            return None;
        }
        let held_at = start..run.end;
        let words = (start..run.end)
            .filter(|&i| self.tokens[i].kind == TokenKind::Word)
            .count();
        (words == 1
            || self.is_known_phrase(held_at.clone())
            || self.lexicon.is_place_word(self.word(run.end - 1))
            || self.lexicon.is_org_word(self.word(run.end - 1)))
        .then_some(held_at)
    }

    /// "2006" in "Commons Act 2006": a year right after an event or law word.
    fn is_year_of_law(&self, i: usize) -> bool {
        i > 0
            && self.tokens[i].kind == TokenKind::Number
            && self.word(i).len() == 4
            && self.lexicon.is_other_word(self.word(i - 1))
    }

    /// True when token `i` may be the last of a name: a capitalised word, a law's year, a
    /// route's number or the period of a company's or a generation's abbreviation ("Ltd.",
    /// "Jr.").
    fn may_end_name(&self, i: usize) -> bool {
        self.capital[i]
            || is_model_number(self.text, self.tokens, i, self.lexicon)
            || self.is_year_of_law(i)
            || self.is_route_number(i)
            || (i > 0
                && self.word(i) == "."
                && (COMPANY_ABBREVIATIONS.contains(&self.word(i - 1))
                    || matches!(self.word(i - 1), "Jr" | "Sr")))
    }

    /// "14" in "Route 14": a number right after a word it completes into a place.
    fn is_route_number(&self, i: usize) -> bool {
        i > 0
            && self.tokens[i].kind == TokenKind::Number
            && adjacent_word_is_numbered(self.word(i - 1), self.lexicon)
    }

    /// True when token `i` is the second word of a name seen away from the start of a
    /// sentence ("Darnell Price") and a speech verb follows it: “…?” Price asked.
    fn is_surname_speaking(&self, i: usize) -> bool {
        let word = self.word(i);
        let speaks = self
            .tokens
            .get(i + 1)
            .is_some_and(|t| self.lexicon.is_speech_verb(t.text(self.text)));
        speaks
            && self
                .midsentence_pairs
                .iter()
                .any(|&(_, second)| second == word)
    }

    /// True when token `i` is followed by a plain reporting verb and is no role noun nor
    /// looks like a plural of one ("Lin said", but not "Pickers said", "Villagers told" or
    /// "Crowds chanted"): an unknown word opening a sentence is then a name.
    fn speaks(&self, i: usize, lower: &str) -> bool {
        self.tokens.get(i + 1).is_some_and(|t| {
            matches!(
                t.text(self.text),
                "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes"
            )
        }) && self.lexicon.role_noun(lower).is_none()
            && !["ers", "ists", "ians", "ents", "ees", "ors"]
                .iter()
                .any(|suffix| lower.ends_with(suffix))
    }

    /// True when the word at token `i` is introduced by what follows it: "Firthwatch, the
    /// marine conservation charity, told …", "Inchmurran, an uninhabited island …",
    /// "Fleetmark, whose racing shoe …" — a body or place noun in apposition, or "whose"; or
    /// by a body's part after its possessive ("Comhluadar’s health spokesperson").
    fn introduced(&self, i: usize) -> bool {
        let word = |j: usize| self.tokens.get(j).map(|t| t.text(self.text));
        // "Comhluadar’s health spokesperson": a body's part after the possessive, one
        // lowercase modifier allowed before it.
        if is_possessive(self.word(i)) {
            // "Morvaland’s Ministry of Foreign Affairs": a place's part, capitalised too.
            let owns_body_part = |noun: Option<&str>| {
                noun.is_some_and(|w| {
                    let lower = lowercase(w);
                    self.lexicon.tells_kind(&lower, KindContext::OwnedByBody)
                        || self.lexicon.tells_kind(&lower, KindContext::OwnedByPlace)
                })
            };
            let after_modifier =
                super::entities::noun_after_modifier(self.text, self.tokens, i + 1);
            return owns_body_part(word(i + 1)) || owns_body_part(after_modifier);
        }
        if word(i + 1) != Some(",") {
            return false;
        }
        word(i + 2) == Some("whose")
            || [KindContext::Body, KindContext::PlaceNoun]
                .into_iter()
                .any(|context| {
                    super::entities::noun_in_apposition_after(
                        self.text,
                        self.tokens,
                        i + 1,
                        self.lexicon,
                        context,
                    )
                })
    }

    /// True when the two words starting at token `i` also appear together away from the
    /// start of a sentence ("City Hall" in "told City Hall"), so they are one name.
    fn pair_seen_midsentence(&self, i: usize) -> bool {
        let (Some(first), Some(second)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        self.midsentence_pairs
            .contains(&(first.text(self.text), second.text(self.text)))
    }

    /// True when the run's words are a known place or organisation ("New England", "Global
    /// Times", "Great Britain"), which must not lose their first word.
    fn is_known_phrase(&self, run: Range<usize>) -> bool {
        if run.len() < 2 {
            return false;
        }
        let phrase = &self.text[self.tokens[run.start].start..self.tokens[run.end - 1].end];
        let phrase = trim_possessives(phrase);
        self.lexicon.place(phrase).is_some() || self.lexicon.organization(phrase).is_some()
    }

    /// A word that is a name wherever it stands: seen capitalised mid-sentence, a known given
    /// name, place or organisation, or an acronym.
    fn is_known_name(&self, word: &str) -> bool {
        let bare = trim_possessives(word);
        self.midsentence_capitals.contains(word)
            || self.midsentence_capitals.contains(bare)
            // "Velmarra, which lies downstream, said …" beside "Velmarran towns": a place
            // whose demonym the article uses mid-sentence.
            || ["n", "an", "ian", "ese"]
                .iter()
                .any(|ending| self.midsentence_capitals.contains(format!("{bare}{ending}").as_str()))
            || self.lexicon.given_name(bare).is_some()
            || self.lexicon.place(bare).is_some()
            || self.lexicon.organization(bare).is_some()
            || (bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !bare.chars().any(char::is_lowercase))
    }

    /// A capitalised word whose lowercase form (`lower`) the article also uses (or a nonname
    /// word).
    fn is_common_word(&self, word: &str, lower: &str) -> bool {
        self.lowercase_words.contains(lower) || self.lexicon.is_nonname(word)
    }

    /// Emits the mention(s) for a trimmed run: title split off, hyphens and possessives handled.
    fn emit_name(&self, run: Range<usize>, quoted: bool, out: &mut Vec<NameMention>) {
        if run.is_empty() {
            return;
        }
        // "City Hall", "Bellmont County": a known name or one ending in a place word is not a
        // title and a name.
        // "the Mayor of Pellingham", "Governor of the Bank of Corlund": an office held at a
        // place or body names no one; the place or body is named.
        if let Some(held_at) = self.office_held_at(run.clone()) {
            self.emit_name(held_at, quoted, out);
            return;
        }
        let whole = self.is_known_phrase(run.clone())
            || (run.len() > 1 && self.lexicon.is_place_word(self.word(run.end - 1)))
            || self.is_route_number(run.end - 1)
            || self.is_department_of_place(run.clone());
        let (title, name_tokens) = if whole {
            (None, run.clone())
        } else if let Some(split) = self.initial_role(run.clone()) {
            split
        } else {
            self.split_title(run.clone())
        };
        if name_tokens.is_empty() {
            // A title alone ("the President") names no one; an organisation title
            // ("the Foreign Ministry") is an organisation.
            if (run.start..run.end).any(|i| self.lexicon.is_org_word(self.word(i))) {
                self.push(run, None, quoted, out);
            }
            return;
        }
        if let Some(title) = &title {
            // "NASA Administrator Charles Bolden", "White House Spokesperson John Kirby": the
            // words before the first title word name an organisation of their own.
            let first_title =
                (title.start..title.end).find(|&i| self.lexicon.title(self.word(i)).is_some());
            // "Harlow County Commissioner Beth Sandoval": a place word that is also a title
            // modifier belongs to the name before it when a title follows it.
            let mut prefix_end = first_title.unwrap_or(title.start);
            // "Council Member Rashida Penn", "Lord Mayor …": a word that makes a two-word
            // title with the first title word is part of the title.
            while prefix_end > title.start
                && self
                    .lexicon
                    .title(&format!(
                        "{} {}",
                        self.word(prefix_end - 1),
                        self.word(prefix_end)
                    ))
                    .is_some()
            {
                prefix_end -= 1;
            }
            while prefix_end > title.start
                && prefix_end + 1 < title.end
                && self.lexicon.is_place_word(self.word(prefix_end))
                && self.lexicon.title(self.word(prefix_end + 1)).is_some()
            {
                prefix_end += 1;
            }
            if prefix_end > title.start && (title.start..prefix_end).all(|i| self.capital[i]) {
                self.push(title.start..prefix_end, None, quoted, out);
            }
        }
        if name_tokens.len() == 1 {
            let token = self.tokens[name_tokens.start];
            let word = token.text(self.text);
            if word.contains('-')
                && self.split_hyphenated(name_tokens.start, title.clone(), quoted, out)
            {
                return;
            }
        }
        self.push(name_tokens, title, quoted, out);
    }

    /// "Owner Derek Pallister, 61, said": a role noun capitalised only because it opens the
    /// sentence, before a name of two or more words, is the name's title.
    fn initial_role(&self, run: Range<usize>) -> Option<(Option<Range<usize>>, Range<usize>)> {
        let words = (run.start..run.end)
            .filter(|&i| self.tokens[i].kind == TokenKind::Word)
            .count();
        (words >= 3
            && self.starts_sentence(run.start)
            && self.lexicon.title(self.word(run.start)).is_none()
            && self.lexicon.role_noun(&self.lowercase(run.start)).is_some()
            && self.capital[run.start + 1]
            && self.lexicon.title(self.word(run.start + 1)).is_none()
            && !self.lexicon.is_org_word(self.word(run.end - 1)))
        .then(|| (Some(run.start..run.start + 1), run.start + 1..run.end))
    }

    /// Splits "Russia-China" or "U.S.-led" into its name parts; false when the compound is one
    /// name ("Jean-Luc", "Hollins-Bray").
    fn split_hyphenated(
        &self,
        index: usize,
        title: Option<Range<usize>>,
        quoted: bool,
        out: &mut Vec<NameMention>,
    ) -> bool {
        let token = self.tokens[index];
        let word = token.text(self.text);
        if is_particle_compound(word, self.lexicon) {
            return false;
        }
        let parts: Vec<(usize, &str)> = word
            .split('-')
            .scan(0, |offset, part| {
                let start = *offset;
                *offset += part.len() + 1;
                Some((start, part))
            })
            .collect();
        let capitalised = |p: &str| p.chars().next().is_some_and(char::is_uppercase);
        // "Skarn-2", "Corvid-1", "F-35": a name with a number is one name.
        let numbered = parts.len() == 2
            && capitalised(parts[0].1)
            && !parts[1].1.is_empty()
            && parts[1].1.chars().all(|c| c.is_ascii_digit());
        if numbered {
            return false;
        }
        // "Rhos-y-Gwenith", "Stratford-upon-Avon": short lowercase words between capitalised
        // parts join one place's name.
        let joined_by_small_words = parts.len() >= 3
            && capitalised(parts[0].1)
            && capitalised(parts[parts.len() - 1].1)
            && parts[1..parts.len() - 1]
                .iter()
                .all(|(_, p)| !p.is_empty() && p.len() <= 5 && p.chars().all(char::is_lowercase));
        if joined_by_small_words {
            return false;
        }
        let has_lowercase_part = parts.iter().any(|(_, p)| !capitalised(p));
        let all_known = parts.iter().all(|(_, p)| self.lexicon.place(p).is_some());
        // "the Kelavar-Ostreva border": both parts are names the article uses on their own.
        let all_standalone = parts
            .iter()
            .all(|(_, p)| self.midsentence_capitals.contains(p));
        if !has_lowercase_part && !all_known && !all_standalone {
            return false;
        }
        for (offset, part) in parts {
            if !capitalised(part) || self.lexicon.is_nonname(part) {
                continue;
            }
            let start = token.start + offset;
            let name = part.to_owned();
            let (hint, gender) = self.hint(&name, None);
            out.push(NameMention {
                span: start..start + part.len(),
                tokens: index..index + 1,
                title_word: title.as_ref().map(|t| self.title_word(t.clone())),
                title: title.clone(),
                name,
                gender,
                hint,
                quoted,
            });
        }
        true
    }

    /// Separates a title or role prefix ("Vice Foreign Minister", "White House Spokesperson")
    /// from the name after it. The split is at the last title word followed by a person-like
    /// remainder.
    fn split_title(&self, run: Range<usize>) -> (Option<Range<usize>>, Range<usize>) {
        // The word tokens of the run, in a buffer on the stack for all but the longest runs.
        let mut short = [0usize; SHORT_RUN_TOKENS];
        let long: Vec<usize>;
        let words: &[usize] = if run.len() <= SHORT_RUN_TOKENS {
            let mut count = 0;
            for i in run.clone() {
                if self.tokens[i].kind == TokenKind::Word {
                    short[count] = i;
                    count += 1;
                }
            }
            &short[..count]
        } else {
            long = (run.start..run.end)
                .filter(|&i| self.tokens[i].kind == TokenKind::Word)
                .collect();
            &long
        };
        let mut best: Option<usize> = None;
        // Whether every word is a title, noted as the words are looked up.
        let mut all_titles = true;
        // "Earl Haskins, 68," and "Dean Alcott": a title that is also a given name opens a
        // person's name before a single surname, unless "the" stands before it ("the Earl
        // Spencer").
        let after_the = run.start > 0 && matches!(self.word(run.start - 1), "the" | "The");
        for (position, &i) in words.iter().enumerate() {
            let word = self.word(i);
            let given_name_first = position == 0
                && words.len() == 2
                && !after_the
                && self.lexicon.given_name(word).is_some();
            let is_title = self.lexicon.title(word).is_some() && !given_name_first;
            all_titles &= is_title;
            if !is_title {
                continue;
            }
            let remainder = &words[position + 1..];
            // A title word after a connector is part of an organisation's name:
            // "Ministry of Foreign Affairs" holds no person called "Affairs".
            // "Energy and Water Minister Omid Karesh": "and" inside a portfolio of title
            // words is no connector of a body's name.
            let portfolio = words[..position].iter().all(|&w| {
                self.word(w) == "and"
                    || self.lexicon.title(self.word(w)).is_some()
                    || self.capital[w]
            }) && self.lexicon.title(self.word(words[0])).is_some();
            let after_connector = words[..position].iter().any(|&w| {
                matches!(self.word(w), "of" | "for") || (self.word(w) == "and" && !portfolio)
            });
            let person_like = !after_connector
                && !remainder.is_empty()
                && remainder.len() <= 4
                && remainder
                    .iter()
                    .all(|&r| !self.lexicon.is_org_word(self.word(r)))
                // "the Moylinn County Development Plan": a thing's word ends no person's name.
                && !(remainder.len() == 1 && self.lexicon.is_other_word(self.word(remainder[0])))
                // "Mr ap Iorwerth", "Dr van der Berg": after an honorific a surname may
                // open with its particle.
                && (!self.lexicon.is_particle(self.word(remainder[0]))
                    || (self.lexicon.is_abbreviated_title(word)
                        && remainder.len() >= 2
                        // Not "the Col du Serpaz", a mountain pass.
                        && !self
                            .lexicon
                            .tells_kind(&lowercase(word), KindContext::PlacePrefix)))
                && self.word(remainder[0]) != "of"
                // "Chief Operating Officer": titles all through name no one.
                && !remainder
                    .iter()
                    .all(|&r| self.lexicon.title(self.word(r)).is_some())
                // "Cotterby St Mary", "Bury St Edmunds": a saint after a place's first word
                // names the place.
                && !(matches!(word, "St" | "St." | "Saint")
                    && position > 0
                    && self.lexicon.title(self.word(words[position - 1])).is_none()
                    && remainder.len() == 1
                    && !is_possessive(self.word(remainder[0])))
                // "St. Columba’s Hall", "St Aldhelm’s Church": a saint's building, no title.
                && !(matches!(word, "St" | "St." | "Saint")
                    && remainder.last().is_some_and(|&r| {
                        let head = self.word(r);
                        heads_building(head, self.lexicon) || self.lexicon.is_org_word(head)
                    }))
                // A modifier alone is a title only before a given name ("Principal Jane
                // Doe"), not in "Fisheries Law" or "County Fairgrounds"; after a title it
                // ends the title ("Chief Executive Mattias Brandt-Lowry").
                && (!self.lexicon.is_title_modifier(word)
                    || self.lexicon.given_name(self.word(remainder[0])).is_some()
                    // "Minister for Higher Education B. Rajanna": an initial opens the name.
                    || is_title_or_initial(self.word(remainder[0]), self.lexicon)
                    || (position > 0 && self.lexicon.title(self.word(words[position - 1])).is_some()));
            if person_like {
                best = Some(i);
            }
        }
        match best {
            Some(i) => {
                let mut name_start = i + 1;
                while name_start < run.end && !self.capital[name_start] {
                    name_start += 1;
                }
                (Some(run.start..name_start), name_start..run.end)
            }
            None => {
                if all_titles {
                    (Some(run.clone()), run.end..run.end)
                } else {
                    (None, run)
                }
            }
        }
    }

    /// A title of a work as one mention of kind other; `quoted` when it stands inside a
    /// quotation.
    fn push_work_title(&self, tokens: Range<usize>, quoted: bool, out: &mut Vec<NameMention>) {
        let span = self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end;
        out.push(NameMention {
            name: self.text[span.clone()].to_owned(),
            span,
            tokens,
            title: None,
            title_word: None,
            gender: Gender::Unknown,
            hint: NameHint::Other,
            quoted,
        });
    }

    fn push(
        &self,
        tokens: Range<usize>,
        title: Option<Range<usize>>,
        quoted: bool,
        out: &mut Vec<NameMention>,
    ) {
        let start = self.tokens[tokens.start].start;
        let mut end = self.tokens[tokens.end - 1].end;
        let raw = &self.text[start..end];
        for possessive in ["’s", "'s"] {
            if raw.len() > possessive.len() && raw.ends_with(possessive) {
                end -= possessive.len();
                break;
            }
        }
        // "the Port Aubrey-based firm": a lowercase word hyphened to a name's last word
        // makes an adjective of the name, and is no part of it.
        if tokens.len() > 1
            && let Some((_, tail)) = self.text[start..end].rsplit_once('-')
            && ADJECTIVE_TAILS.contains(&tail)
        {
            end -= tail.len() + 1;
        }
        let raw = &self.text[start..end];
        let title_gender = title.as_ref().map(|t| self.title_gender(t.clone()));
        let key = (raw, title_gender);
        let known = self.hints.borrow().get(&key).cloned();
        let (name, hint, gender) = known.unwrap_or_else(|| {
            let raw = without_nickname(raw);
            let name = normalise_caps(&raw, self.lexicon, |titled| {
                self.midsentence_capitals.contains(titled)
            });
            let (hint, gender) = self.hint(&name, title_gender);
            self.hints
                .borrow_mut()
                .insert(key, (name.clone(), hint, gender));
            (name, hint, gender)
        });
        out.push(NameMention {
            span: start..end,
            tokens,
            title_word: title.as_ref().map(|t| self.title_word(t.clone())),
            title,
            name,
            gender,
            hint,
            quoted,
        });
    }

    /// The last word of a title range, with a period right after it ("Dr.").
    fn title_word(&self, title: Range<usize>) -> String {
        let last = (title.start..title.end)
            .rev()
            .find(|&i| self.tokens[i].kind == TokenKind::Word)
            .unwrap_or(title.start);
        let word = self.word(last);
        let period = self
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.start == self.tokens[last].end && t.text(self.text) == ".");
        let mut title_word = String::with_capacity(word.len() + 1);
        title_word.push_str(word);
        if period {
            title_word.push('.');
        }
        title_word
    }

    /// The gender the last gendered word of a title implies, if any.
    fn title_gender(&self, title: Range<usize>) -> Option<Gender> {
        title.rev().find_map(|i| self.lexicon.title(self.word(i)))
    }

    /// What the words of a name and its title suggest. `title` is None for a name without a
    /// title, else the title's [`RunContext::title_gender`].
    fn hint(&self, name: &str, title: Option<Option<Gender>>) -> (NameHint, Gender) {
        let lexicon = self.lexicon;
        let words: Vec<&str> = name.split_whitespace().collect();
        let title_gender = title.flatten();
        let given = words.first().and_then(|w| lexicon.given_name(w));
        let gender = match (title_gender, given) {
            (Some(g), _) if g != Gender::Unknown => g,
            (_, Some(g)) => g,
            _ => Gender::Unknown,
        };
        let last = words.last().copied().unwrap_or("");
        // Two to four capitalised words, none of them a common word of the article or of the
        // language ("World Cup", "Space Shuttle" are things; "Wong Kwok-kin" is a person).
        // This and `department` are worked out only when the rules below come to them.
        let plain_words = || {
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || "-’'.".contains(c))
                        && !lexicon.is_nonname(w)
                        && !self.lowercase_words.contains(lowercase(w).as_ref())
                })
        };
        let department = || {
            title.is_none()
                && words.len() >= 2
                && lexicon.title(words[0]).is_some()
                && lexicon.role_noun(&lowercase(words[0])).is_none()
                && lexicon.place(&words[1..].join(" ")).is_some()
        };
        let hint = if lexicon.organization(name).is_some() || department() {
            NameHint::Organization
        } else if words.len() >= 3
            && words[1] == "for"
            && lexicon.tells_kind(&lowercase(words[0]), KindContext::HeadsFor)
        {
            // "Citizens for Open Ballots": people joined for a cause are a body.
            NameHint::Organization
        } else if words.len() >= 2
            && matches!(
                (words[words.len() - 2], last),
                ("Corn", "Exchange") | ("Opera", "House")
            )
        {
            // A corn exchange is a town's hall, no market of shares ("the Marchbury Corn
            // Exchange"), and an opera house a building ("the Vallance Opera House").
            NameHint::Place
        } else if (words.len() >= 3 && last == "Review")
            || (words.len() >= 3 && words[0] == "Review" && words[1] == "of")
        {
            // "the Sallow Beck Catchment Review", "Coastal Cover Review", "the Review of Civic
            // Twinning Expenditure": a review of something is a report; a paper is the town's
            // name and Review ("the Ledgerhall Review").
            NameHint::Other
        } else if lexicon.place(name).is_some() {
            if given.is_some() && words.len() == 1 {
                NameHint::AmbiguousPlace
            } else {
                NameHint::Place
            }
        } else if words.len() > 1
            && words[0].len() >= 2
            && words[0].chars().all(|c| c.is_ascii_uppercase())
            && lexicon.is_other_word(words[0])
        {
            // A vessel's prefix: "MV Corvina Star", "HMS Ardent".
            NameHint::Other
        } else if words.len() > 1
            && matches!(last, "District" | "Center" | "Centre")
            && words[..words.len() - 1]
                .iter()
                .any(|w| lexicon.is_org_word(w))
            // "Stellaria Congress Center" is a building.
            && !lexicon.tells_kind(&words[words.len() - 2].to_lowercase(), KindContext::Venue)
        {
            // A special district or a medical centre is a body: "Brindle Falls Unified School
            // District", "Tolan Valley Regional Medical Center".
            NameHint::Organization
        } else if words.len() > 1
            && last.chars().all(|c| c.is_ascii_digit())
            && adjacent_word_is_numbered(words[words.len() - 2], lexicon)
        {
            // "Route 14", "State Highway 9"; "Local 412"; "Measure 12".
            let numbered = words[words.len() - 2].to_lowercase();
            if lexicon.tells_kind(&numbered, KindContext::NumberedBody) {
                NameHint::Organization
            } else if lexicon.tells_kind(&numbered, KindContext::NumberedThing) {
                NameHint::Other
            } else {
                NameHint::Place
            }
        } else if words.len() == 3
            && words[1] == "and"
            && !words.iter().any(|w| lexicon.is_org_word(w))
        {
            // A pub: "Plough and Harrow".
            NameHint::Place
        } else if words.len() > 1
            && lexicon.tells_kind(
                &super::tokens::lowercase(words[0]),
                super::lexicon::KindContext::PlacePrefix,
            )
            && !words.iter().any(|w| lexicon.is_org_word(w))
            // "Port Labor Act": a law's or an event's word at the end heads the name.
            && !lexicon.is_other_word(last)
        {
            // "Lake Wyatt", "River Tarne", "Puerto Almagro".
            NameHint::Place
        } else if words.len() > 1
            && lexicon.is_place_word(last)
            && !words.iter().any(|w| matches!(*w, "of" | "for" | "on"))
        {
            // A place word heading the name makes a place even after organisation words
            // ("Wright Air Force Base", "Metro Convention Centre"); after "of" it does not
            // head it ("University of the Tamsin Valley"). After a given name it may be a
            // surname ("Stuart Hall", "Damon Hill"), which the context decides.
            if given.is_some() && words.len() == 2 && title.is_none() {
                NameHint::AmbiguousPlace
            } else {
                NameHint::Place
            }
        } else if words.len() == 3
            && matches!(words[1], "St" | "St." | "Saint")
            && given.is_none()
            && title.is_none()
        {
            // A village named with its church's saint: "Cotterby St Mary".
            NameHint::Place
        } else if words.len() > 1
            && matches!(words[0], "St" | "St." | "Saint")
            && matches!(last, "Church" | "Hall")
        {
            // A saint's church or hall is a building: "St Aldhelm’s Church".
            NameHint::Place
        } else if words.len() > 1
            && last == "Court"
            && given.is_none()
            && title.is_none()
            && !words.contains(&"of")
            && !lexicon.tells_kind(&lowercase(words[words.len() - 2]), KindContext::Tribunal)
        {
            // A court that is no court of law is a building: "Haldane Court", not "Kelbridge
            // Crown Court" nor "Court of Appeal".
            NameHint::Place
        } else if words.len() > 1
            && given.is_none()
            && title.is_none()
            && !words.iter().any(|w| matches!(*w, "&" | "and"))
            && lexicon.tells_kind(&lowercase(last), KindContext::SurnamePlace)
        {
            // "Caddon Cross", "Sennacott Marsh": after a word that is no given name, a surname
            // ending a name is a place's last word ("Jane Marsh" is a person, "Brennick &
            // Vale" a firm).
            NameHint::Place
        } else if words.len() > 2
            && words[1] == "of"
            && heads_building(words[0], lexicon)
            && !lexicon.is_org_word(words[0])
        {
            // "the Hall of Banners", "the Palace of Westminster": a building of something.
            NameHint::Place
        } else if words.len() > 1 && last == "Hall" && given.is_none() && title.is_none() {
            // A building: "Ashvale War Memorial Hall";
            // after a given name, "Hall" is a surname ("Stuart Hall").
            NameHint::Place
        } else if words.len() > 1 && lexicon.is_other_word(last) && !lexicon.is_org_word(last) {
            // A law or treaty, whatever bodies its words name: "Starter Homes Act".
            NameHint::Other
        } else if words.iter().any(|w| {
            lexicon.is_org_word(w)
                || *w == "&"
                // A paper of two merged titles: "Times-Courier", "Courier-Dispatch".
                || (w.contains('-')
                    && w.split('-').all(|part| {
                        part.starts_with(char::is_uppercase) && part.chars().any(char::is_lowercase)
                    })
                    && w.split('-').any(|part| lexicon.is_org_word(part)))
        }) {
            NameHint::Organization
        } else if words.len() > 1
            && words.iter().any(|w| {
                lexicon.is_other_word(w.trim_end_matches(|c: char| c.is_ascii_digit()).trim())
            })
        {
            NameHint::Other
        } else if words.len() > 1
            && title.is_none()
            && lexicon.tells_kind(&lowercase(words[0]), KindContext::Campaign)
        {
            // A campaign group: "Keep Blackhope Wild", "Save Our Shelves", "Hold the Lift".
            NameHint::Organization
        } else if title.is_some() || given.is_some() {
            NameHint::Person
        } else if plain_words() {
            NameHint::LikelyPerson
        } else if words.len() == 1
            && is_acronym(name)
            && !lexicon.is_nonname(name)
            && !self.lowercase_words.contains(lowercase(name).as_ref())
        {
            // Not "DNA" or "VIP", nor "ALL" in a headline when the article also has "all".
            NameHint::Acronym
        } else {
            NameHint::Unknown
        };
        (hint, gender)
    }
}

/// Prepositions and conjunctions: at the start of a sentence they never begin a name, even
/// one that ends with a head word ("In Marlow Bay, …" names Marlow Bay).
const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "on", "for", "from", "with", "by", "to", "into", "after", "before", "during",
    "under", "over", "as", "and", "but", "or", "if", "when", "while", "since", "though",
    "although", "because", "across", "near", "inside", "outside", "off", "around",
];

/// True for a capitalised article or function word ("The", "At") that a name may follow at
/// the start of a sentence.
fn opens_sentence_before_name(word: &str) -> bool {
    word.len() <= 7
        && ["the", "a", "an"]
            .iter()
            .chain(FUNCTION_WORDS)
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// `word.trim_end_matches("’s").trim_end_matches("'s")`, without building a string searcher
/// for each pattern.
fn trim_possessives(word: &str) -> &str {
    let mut bare = word;
    while let Some(rest) = bare.strip_suffix("’s") {
        bare = rest;
    }
    while let Some(rest) = bare.strip_suffix("'s") {
        bare = rest;
    }
    bare
}

/// Three or more capitals and nothing else ("KPA", "NWSC"): two-letter ones ("TV", "OK")
/// are too often common words.
fn is_acronym(name: &str) -> bool {
    let roman = name.chars().all(|c| "IVXLCDM".contains(c));
    name.chars().count() >= 3 && name.chars().all(|c| c.is_ascii_uppercase()) && !roman
}

/// "PORT HALDEN" -> "Port Halden" (datelines); acronyms ("NATO", "U.S.") stay as they are.
/// A single word is written in title case when it is a known place or when the article
/// writes it so elsewhere (`written_titled`: "DORESK" beside "south of Doresk").
fn normalise_caps(name: &str, lexicon: &Lexicon, written_titled: impl Fn(&str) -> bool) -> String {
    // Most names have a lowercase letter, so a word not in capitals: they stay as written.
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let all_caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    if !words.iter().all(|w| all_caps(w)) {
        return name.to_owned();
    }
    let titled: Vec<String> = words
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_string() + &chars.as_str().to_lowercase()
            })
        })
        .collect();
    let titled = titled.join(" ");
    if words.len() > 1 || lexicon.place(&titled).is_some() || written_titled(&titled) {
        titled
    } else {
        name.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokens::{Sentences, Token, tokenize};
    use crate::document::{Article, Metadata};

    /// The article of `text` (paragraphs split at blank lines), its tokens and the names found.
    fn found(text: &str) -> (Article, Vec<Token>, Vec<NameMention>) {
        let article = Article::from_paragraphs("t", Metadata::default(), text.split("\n\n"));
        let tokens = tokenize(&article);
        let inside = vec![false; tokens.len()];
        let sentences = Sentences::split(article.text(), &tokens, &inside, Lexicon::get());
        let starts = sentences.start_flags(tokens.len());
        let vocabulary = Vocabulary::build(article.text(), &tokens);
        let mentions = find_names(
            article.text(),
            &tokens,
            &vocabulary,
            &starts,
            &inside,
            Lexicon::get(),
        );
        (article, tokens, mentions)
    }

    fn names(text: &str) -> Vec<(String, Option<String>)> {
        let (article, tokens, mentions) = found(text);
        mentions
            .into_iter()
            .map(|m| {
                let title = m.title.map(|t| {
                    article.text()[tokens[t.start].start..tokens[t.end - 1].end].to_owned()
                });
                (m.name, title)
            })
            .collect()
    }

    fn plain(text: &str) -> Vec<String> {
        names(text).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn a_nickname_in_quotation_marks_stays_out_of_the_name() {
        assert_eq!(
            plain("For three quarters, Marcus “Deuce” Whitfield could not buy a basket."),
            ["Marcus Whitfield"]
        );
        assert_eq!(without_nickname("Ana Ruiz"), "Ana Ruiz");
    }

    #[test]
    fn long_bodies_with_and_and_houses_of_a_legislature() {
        assert_eq!(
            plain(
                "The Mandavipuram Metropolitan Water Supply and Sewerage Board said so, and the Senate Housing and Local Government Committee and the Wescona House of Delegates agreed."
            ),
            [
                "Mandavipuram Metropolitan Water Supply and Sewerage Board",
                "Senate Housing and Local Government Committee",
                "Wescona House of Delegates"
            ]
        );
        // A body before "and" stays a body of its own.
        assert_eq!(
            plain("The Wrenford Council and Metro Transit Authority disagreed."),
            ["Wrenford Council", "Metro Transit Authority"]
        );
    }

    #[test]
    fn possessives_and_conjunctions_inside_bodies_and_places() {
        assert_eq!(
            plain(
                "Water reached Carver's Ferry, and she was taken to St. Adrian's Regional Medical Center."
            ),
            ["Carver's Ferry", "St. Adrian's Regional Medical Center"]
        );
        assert_eq!(
            plain(
                "Crews from the Kellaway and Ardstone Fire and Rescue Service and the Performers’ and Stage Workers’ Union came, with Pallister and Sons."
            ),
            [
                "Kellaway and Ardstone Fire and Rescue Service",
                "Performers’ and Stage Workers’ Union",
                "Pallister and Sons"
            ]
        );
        assert_eq!(
            plain(
                "Members of the Tamsett Cattlemen's Association and the Union for a New Ruvenia met Montavia Families for Safe Roads."
            ),
            [
                "Tamsett Cattlemen's Association",
                "Union for a New Ruvenia",
                "Montavia Families for Safe Roads"
            ]
        );
        // A possessive before an ordinary name still ends the owner's name.
        assert_eq!(
            plain("London's Hyde Park was full."),
            ["London", "Hyde Park"]
        );
    }

    #[test]
    fn council_member_is_a_title_and_a_council_on_a_day_ends_before_it() {
        assert_eq!(
            names("Council Member Rashida Penn will ask the Calder Falls City Council on Tuesday."),
            [
                ("Rashida Penn".to_owned(), Some("Council Member".to_owned())),
                ("Calder Falls City Council".to_owned(), None)
            ]
        );
    }

    #[test]
    fn a_group_after_and_continues_an_association_of() {
        assert_eq!(
            plain("The Association of Regional and Island Pilots (ARIP) warned them."),
            ["Association of Regional and Island Pilots", "ARIP"]
        );
    }

    #[test]
    fn a_title_that_is_also_a_given_name_opens_a_name() {
        assert_eq!(
            names("Earl Haskins, 68, watched. Dean Alcott spoke. Major Tom Keller left."),
            [
                ("Earl Haskins".to_owned(), None),
                ("Dean Alcott".to_owned(), None),
                ("Tom Keller".to_owned(), Some("Major".to_owned()))
            ]
        );
    }

    #[test]
    fn a_route_number_completes_the_name() {
        assert_eq!(
            plain("Buses use Route 14 daily, and lorries take State Highway 9 or Interstate 80."),
            ["Route 14", "State Highway 9", "Interstate 80"]
        );
        // A number after any other word stays out of the name.
        assert_eq!(plain("Ana Ruiz 14 times"), ["Ana Ruiz"]);
    }

    #[test]
    fn and_inside_a_portfolio_joins_one_name() {
        assert_eq!(
            plain(
                "The Ministry of Water and Energy said so. Officials from the Ministry for Farming and Rural Communities agreed."
            ),
            [
                "Ministry of Water and Energy",
                "Ministry for Farming and Rural Communities"
            ]
        );
        // A given name or a known place after "and" is a name of its own.
        assert_eq!(
            plain(
                "The Ministry of Defence and Ana Ruiz met. The Department of Justice and Paris agreed."
            ),
            [
                "Ministry of Defence",
                "Ana Ruiz",
                "Department of Justice",
                "Paris"
            ]
        );
    }

    #[test]
    fn an_office_at_a_place_names_only_the_place() {
        assert_eq!(
            plain(
                "The Mayor of Pellingham, Ruth Okonedo, spoke. So did the President of the Arden Senate."
            ),
            ["Pellingham", "Ruth Okonedo", "Arden Senate"]
        );
        // An office whose portfolio runs on with "and" stays as it was written.
        assert_eq!(
            plain("The Secretary of Health and Social Care, Ann Reddle, spoke."),
            ["Secretary of Health and Social Care", "Ann Reddle"]
        );
    }

    #[test]
    fn multiword_names_are_one_mention() {
        assert_eq!(
            plain("Yesterday Ana Ruiz met Tom Keller."),
            ["Ana Ruiz", "Tom Keller"]
        );
    }

    #[test]
    fn a_preposition_opening_a_sentence_is_not_part_of_a_name() {
        assert_eq!(
            plain("In Marlow Bay, fishing stopped. At Grand Central Station it rained."),
            ["Marlow Bay", "Grand Central Station"]
        );
    }

    #[test]
    fn and_joins_a_place_to_a_council_in_one_name() {
        assert_eq!(
            plain("Voters in Carrick and Moor Council met Ana Ruiz and Tom Keller."),
            ["Carrick and Moor Council", "Ana Ruiz", "Tom Keller"]
        );
    }

    #[test]
    fn a_compound_of_two_names_used_alone_is_split() {
        assert_eq!(
            plain("The Dunmarra-Skellig crossing closed, and Dunmarra and Skellig wait."),
            ["Dunmarra", "Skellig", "Dunmarra", "Skellig"]
        );
        assert_eq!(plain("Jean-Luc Picard spoke."), ["Jean-Luc Picard"]);
    }

    #[test]
    fn a_dateline_in_capitals_is_written_as_the_article_writes_it_elsewhere() {
        assert_eq!(
            plain("CORVASK, Telmar — Talks opened in Corvask."),
            ["Corvask", "Telmar", "Corvask"]
        );
    }

    #[test]
    fn a_common_word_after_the_pronoun_i_inside_a_quotation_starts_a_sentence() {
        assert_eq!(
            plain("Ana Ruiz said: “So have I. Every penny counts.”"),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_common_word_or_plural_possessive_inside_a_name_before_its_head_word() {
        assert_eq!(
            plain("Nurses at St. Brigid's Children's Hospital met the Ratepayers’ Alliance."),
            ["St. Brigid's Children's Hospital", "Ratepayers’ Alliance"]
        );
        assert_eq!(
            plain("At St. Brigid's Children's Hospital, nurses met."),
            ["St. Brigid's Children's Hospital"]
        );
    }

    #[test]
    fn an_acronym_of_common_words_is_no_name() {
        assert_eq!(
            plain(
                "Visits for chronic obstructive pulmonary disease (COPD) rose at the World Health Organization (WHO)."
            ),
            ["World Health Organization", "WHO"]
        );
    }

    #[test]
    fn and_or_a_plural_possessive_inside_a_longer_organisation_name() {
        assert_eq!(
            plain(
                "Fees rose at Corvell Parks and Recreation Department and the Velmont Teachers' Pension Fund, said United Packaging and Print Workers (UPPW)."
            ),
            [
                "Corvell Parks and Recreation Department",
                "Velmont Teachers' Pension Fund",
                "United Packaging and Print Workers",
                "UPPW"
            ]
        );
        assert_eq!(
            plain("Talks between Harlow Group and Vessant Workers Union ended."),
            ["Harlow Group", "Vessant Workers Union"]
        );
    }

    #[test]
    fn a_place_prefix_makes_a_place_and_a_special_district_a_body() {
        assert_eq!(
            hints("They swam in Lake Wyatt and met the Brindle Falls Unified School District."),
            [
                ("Lake Wyatt".to_owned(), NameHint::Place),
                (
                    "Brindle Falls Unified School District".to_owned(),
                    NameHint::Organization
                )
            ]
        );
    }

    #[test]
    fn pub_names_keep_their_and_and_their_possessive() {
        assert_eq!(
            hints(
                "They met at the Plough and Harrow, then at the Drover’s Arms, with the Senate and House."
            ),
            [
                ("Plough and Harrow".to_owned(), NameHint::Place),
                ("Drover’s Arms".to_owned(), NameHint::Place),
                ("Senate".to_owned(), NameHint::Organization),
                ("House".to_owned(), NameHint::Unknown)
            ]
        );
    }

    #[test]
    fn company_band_and_paper_words_make_bodies_and_venue_words_places() {
        assert_eq!(
            hints("Engineers at Halvard Dynamics met the Harbour Lights Septet at Brisa Point."),
            [
                ("Halvard Dynamics".to_owned(), NameHint::Organization),
                ("Harbour Lights Septet".to_owned(), NameHint::Organization),
                ("Brisa Point".to_owned(), NameHint::Place)
            ]
        );
    }

    #[test]
    fn a_titles_office_is_one_organisation() {
        assert_eq!(
            plain("Charges were filed by the Tamsin County District Attorney’s Office on Monday."),
            ["Tamsin County District Attorney’s Office"]
        );
    }

    #[test]
    fn and_joins_up_to_three_words_ending_in_an_organisation_word() {
        assert_eq!(
            plain("Pickers joined the Warehouse and Distribution Workers Union on Monday."),
            ["Warehouse and Distribution Workers Union"]
        );
        assert_eq!(
            plain("The Warehouse and Distribution Workers Union (WDWU) said so."),
            ["Warehouse and Distribution Workers Union", "WDWU"]
        );
    }

    #[test]
    fn a_particle_joined_by_a_hyphen_stays_in_the_name() {
        assert_eq!(
            plain("Minister Karim al-Haddad spoke in Qasr al-Wadi, and al-Haddad left."),
            ["Karim al-Haddad", "Qasr al-Wadi", "al-Haddad"]
        );
    }

    #[test]
    fn a_portfolio_before_a_title_is_no_organisation() {
        assert_eq!(
            names("Employment Minister Helen Strand spoke."),
            [(
                "Helen Strand".to_owned(),
                Some("Employment Minister".to_owned())
            )]
        );
    }

    #[test]
    fn a_capitalised_adjective_alone_is_no_name() {
        assert_eq!(
            plain("A Western diplomat met officials from Western Australia."),
            ["Western Australia"]
        );
    }

    #[test]
    fn a_subheading_in_capitals_on_its_own_line_is_no_name() {
        assert_eq!(
            plain("They met Ruiz.\n\nREGULATORY HURDLE\n\nThe Fair Markets Commission met."),
            ["Ruiz", "Fair Markets Commission"]
        );
    }

    #[test]
    fn section_headings_are_not_names() {
        assert_eq!(
            plain("CHAPTER IV. THE HARBOUR MASTERS, LTD.\n\nAna Ruiz waited."),
            ["Ana Ruiz"]
        );
        assert_eq!(plain("Part One The rain came to Halden."), ["Halden"]);
        assert_eq!(
            plain("Prologue It was late when Tom Keller came."),
            ["Tom Keller"]
        );
        assert_eq!(plain("Book the First Ana Ruiz was born."), ["Ana Ruiz"]);
        assert_eq!(
            plain("THE HARBOUR There was no ship. Ana Ruiz left."),
            ["Ana Ruiz"]
        );
        assert_eq!(plain("HALDEN — Ana Ruiz spoke."), ["HALDEN", "Ana Ruiz"]);
        // Without a numeral, a heading word inside a sentence is left to the other rules.
        assert_eq!(
            plain("Ana Ruiz and Part Harbour met."),
            ["Ana Ruiz", "Part Harbour"]
        );
    }

    #[test]
    fn a_pronoun_after_a_quotation_broken_off_by_a_dash_is_no_name() {
        assert_eq!(
            plain("“That coat on Ana Ruiz, now --” He sighed."),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn a_name_cut_at_a_day_leaves_no_connector_behind() {
        assert_eq!(
            plain(
                "About 400 people packed the hall at Callisford High School for Tuesday's meeting."
            ),
            ["Callisford High School"]
        );
        assert_eq!(
            plain("Swimmers went to Miller’s Reach in the summer."),
            ["Miller’s Reach"]
        );
    }

    #[test]
    fn a_models_number_before_a_noun_belongs_to_its_name() {
        assert_eq!(
            plain("He swept the field with a second-hand Seeker 200 detector."),
            ["Seeker 200"]
        );
        assert_eq!(plain("The 18 Ranger 72 buses stay."), ["Ranger 72"]);
        // A count after a name is no model's number.
        assert_eq!(plain("Voters in Kessling 12 miles away."), ["Kessling"]);
    }

    #[test]
    fn a_whole_quotation_in_title_case_is_a_title() {
        let names = |text: &str| -> Vec<String> {
            let article = Article::from_paragraphs("t", Metadata::default(), [text]);
            let analysis = crate::analysis::analyze(&article);
            analysis.entities.into_iter().map(|e| e.name).collect()
        };
        let found =
            names("Ms Ancrum won the Tarrow Prize in 2018 with ‘The Lamplighter’s Year’ and left.");
        assert!(
            found.contains(&"The Lamplighter’s Year".to_owned()),
            "{found:?}"
        );
        assert!(!found.contains(&"Year".to_owned()), "{found:?}");
        // A sentence quoted in title case is no title, nor is one long capitalised word.
        let found = names("Mr Ruiz said: “Ask me in October.” Then he left.");
        assert!(!found.iter().any(|n| n.contains("Ask")), "{found:?}");
        let found = names("Ms Ruiz called the plan “Outrageous, really” and left.");
        assert!(!found.iter().any(|n| n.contains("Outrageous")), "{found:?}");
    }

    #[test]
    fn a_sentence_initial_word_introduced_by_an_apposition_is_a_name() {
        assert_eq!(
            plain("Firthwatch, the marine conservation charity, objected."),
            ["Firthwatch"]
        );
        assert_eq!(
            plain("Inchmurran, an uninhabited island, lies offshore."),
            ["Inchmurran"]
        );
        assert_eq!(
            plain("Fleetmark, whose shoes she wore, was silent."),
            ["Fleetmark"]
        );
        // A common word before an apposition is no name.
        assert!(plain("Meanwhile, the charity, for its part, objected.").is_empty());
    }

    #[test]
    fn a_surname_that_is_a_common_word_speaks_at_a_sentence_start() {
        assert_eq!(
            plain("We met Darnell Price at the gate. The price rose. “Why?” Price asked."),
            ["Darnell Price", "Price"]
        );
        assert_eq!(
            plain("We met Darnell Price at the gate. The price of fuel rose. Price rose again."),
            ["Darnell Price"]
        );
    }

    #[test]
    fn a_quoted_title_of_a_work_is_one_name() {
        let text = "The plan is laid out in a report, “Cranes, Costs and the Coast,” that \
                    Halden published. A study, “Ports of Call: Debt and Power at Sea,” followed.";
        let article = Article::from_paragraphs("t", Metadata::default(), [text]);
        let analysis = crate::analysis::analyze(&article);
        let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Cranes, Costs and the Coast"), "{names:?}");
        assert!(
            names.contains(&"Ports of Call: Debt and Power at Sea"),
            "{names:?}"
        );
        assert!(
            !names.contains(&"Costs") && !names.contains(&"Sea"),
            "{names:?}"
        );
    }

    #[test]
    fn a_laws_name_keeps_its_small_words_brackets_and_year() {
        assert_eq!(
            plain(
                "It broke the Homes for Every Budget Act 2024 and the Rural Land (Foreign Holdings) Act 2019."
            ),
            [
                "Homes for Every Budget Act 2024",
                "Rural Land (Foreign Holdings) Act 2019"
            ]
        );
    }

    #[test]
    fn a_body_with_its_own_head_after_of_is_a_second_name() {
        assert_eq!(
            plain("The Polar Instruments Laboratory of Brennmark University built it."),
            ["Polar Instruments Laboratory", "Brennmark University"]
        );
        assert_eq!(
            plain("He teaches at the University of Chicago and the Institute of Child Health."),
            ["University of Chicago", "Institute of Child Health"]
        );
    }

    #[test]
    fn a_possessive_after_of_ends_the_owners_name() {
        assert_eq!(
            plain(
                "Mpho Lekgetho, of the University of Kgalemo’s Energy Transition Research Unit, spoke."
            ),
            [
                "Mpho Lekgetho",
                "University of Kgalemo",
                "Energy Transition Research Unit"
            ]
        );
    }

    #[test]
    fn a_title_set_off_after_a_work_noun_may_end_its_sentence() {
        assert_eq!(
            plain("The institute tracks 40 colleges in its annual report, Counting the Cost."),
            ["Counting the Cost"]
        );
    }

    #[test]
    fn a_title_without_quotation_marks_is_one_name() {
        assert_eq!(
            plain("The plan draws on a 2023 review, Births Beyond the Cities, which Tarn wrote."),
            ["Births Beyond the Cities", "Tarn"]
        );
        assert_eq!(
            plain(
                "Visitors came for the Gold of the Marshes exhibition and its new Branch on Wheels program."
            ),
            ["Gold of the Marshes", "Branch on Wheels"]
        );
        // Names joined by "and", or after a comma, stay names; a verb after them is no work.
        assert_eq!(
            plain("It toured Ardlow, Vell and an Edward Steichen and Andy Warhol exhibit."),
            ["Ardlow", "Vell", "Edward Steichen", "Andy Warhol"]
        );
        assert_eq!(
            plain("Senator Ana Ruiz of Kettle Bend called the bill cruel."),
            ["Ana Ruiz", "Kettle Bend"]
        );
    }

    #[test]
    fn a_family_name_before_a_syllable_given_name_is_kept() {
        assert_eq!(
            plain("Ho Mei-kuen, who runs a stall, said trade fell."),
            ["Ho Mei-kuen"]
        );
        assert!(is_syllable_given_name("Siu-fong") && !is_syllable_given_name("English-language"));
    }

    #[test]
    fn the_portfolio_after_a_title_and_for_is_no_part_of_the_name() {
        let found = plain("Secretary for Development Kwan Siu-fong said the development was slow.");
        assert_eq!(
            found.last().map(String::as_str),
            Some("Kwan Siu-fong"),
            "{found:?}"
        );
    }

    #[test]
    fn letters_after_a_name_and_a_comma_name_no_one() {
        assert_eq!(
            plain("It read: To James Mortimer, M.R.C.S., from his friends. Ada Price, FRCS, came."),
            ["James Mortimer", "Ada Price"]
        );
    }

    #[test]
    fn a_saints_church_keeps_its_possessive() {
        assert_eq!(
            plain("They met at St Aldhelm’s Church and at St. Mary’s Hospital."),
            ["St Aldhelm’s Church", "St. Mary’s Hospital"]
        );
        assert_eq!(plain("It was Ruiz’s Hospital plan."), ["Ruiz", "Hospital"]);
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        assert_eq!(
            plain("Despite the rain, Ruiz came. Much of it fell. During March nothing."),
            ["Ruiz"]
        );
    }

    #[test]
    fn possessives_are_stripped() {
        assert_eq!(
            plain("They met in Putin’s office and at Ruiz's house."),
            ["Putin", "Ruiz"]
        );
    }

    #[test]
    fn hyphenated_compounds_split_into_places() {
        assert_eq!(
            plain("The Russia-China drills and U.S.-led talks."),
            ["Russia", "China", "U.S."]
        );
        assert_eq!(plain("They met Jean-Luc Picard."), ["Jean-Luc Picard"]);
        assert_eq!(plain("The Skarn-2 rocket failed."), ["Skarn-2"]);
    }

    #[test]
    fn a_body_joined_by_and_may_hold_a_plural_possessive() {
        assert_eq!(
            plain("She joined the Rail and Signal Workers' Union in May."),
            ["Rail and Signal Workers' Union"]
        );
    }

    #[test]
    fn a_run_of_titles_names_no_one() {
        assert_eq!(
            plain("Its Chief Operating Officer, Graham Pettifer, disagreed."),
            ["Graham Pettifer"]
        );
    }

    #[test]
    fn connectors_inside_organisation_names() {
        assert_eq!(
            plain(
                "It was the University of Chicago, the Bank of England and the Ministry of Foreign Affairs."
            ),
            [
                "University of Chicago",
                "Bank of England",
                "Ministry of Foreign Affairs"
            ]
        );
    }

    #[test]
    fn a_possessive_first_word_is_a_name_of_its_own() {
        assert_eq!(
            plain("They cheered for Norland's Petra Vance and the Greens' leader."),
            ["Norland", "Petra Vance", "Greens"]
        );
    }

    #[test]
    fn organisations_take_for_and_on_after_their_head_word() {
        assert_eq!(
            plain(
                "Grants from the Halvorsen Foundation for the Performing Arts and the Council on Coastal Affairs helped Ruiz."
            ),
            [
                "Halvorsen Foundation for the Performing Arts",
                "Council on Coastal Affairs",
                "Ruiz"
            ]
        );
        assert_eq!(
            plain("The Joint Council for the Welfare of Migrants wrote."),
            ["Joint Council for the Welfare of Migrants"]
        );
        // Other heads do not take "on": the centre is named, then the mission.
        assert_eq!(
            plain("It flew from Halden Space Center on Skyward Nine."),
            ["Halden Space Center", "Skyward Nine"]
        );
        assert_eq!(plain("Voting for Ruiz on Monday."), ["Ruiz"]);
    }

    #[test]
    fn a_sentence_after_an_initial_is_not_part_of_the_name() {
        assert_eq!(
            plain("They flew to Washington D.C. The trip was long, said George W. Bush."),
            ["Washington D.C.", "George W. Bush"]
        );
    }

    #[test]
    fn titles_are_split_from_names() {
        assert_eq!(
            names(
                "It was Foreign Ministry Spokesperson Li Wen and Mayor Dana Whitcomb and Dr. Priya Raman."
            ),
            [
                (
                    "Li Wen".to_owned(),
                    Some("Foreign Ministry Spokesperson".to_owned())
                ),
                ("Dana Whitcomb".to_owned(), Some("Mayor".to_owned())),
                ("Priya Raman".to_owned(), Some("Dr.".to_owned())),
            ]
        );
    }

    #[test]
    fn a_portfolio_word_before_a_country_names_a_department() {
        assert_eq!(
            hints("A report by Environment Canada reached President Ruiz and Justice Norway."),
            [
                ("Environment Canada".to_owned(), NameHint::Organization),
                ("Ruiz".to_owned(), NameHint::Person),
                ("Norway".to_owned(), NameHint::Place),
            ]
        );
    }

    #[test]
    fn titles_alone_are_not_names() {
        assert_eq!(
            plain("The President said so, and the Foreign Ministry agreed."),
            ["Foreign Ministry"]
        );
    }

    #[test]
    fn calendar_words_are_not_names() {
        assert_eq!(
            plain("On Tuesday in March, before Christmas, Ruiz left."),
            ["Ruiz"]
        );
        assert_eq!(
            plain("Ana Ruiz would not call off Tuesday's strike on Nov. 3."),
            ["Ana Ruiz"]
        );
    }

    #[test]
    fn all_caps_datelines_become_title_case_but_acronyms_stay() {
        assert_eq!(
            plain("PORT HALDEN, Maine — The ALF and NATO met."),
            ["Port Halden", "Maine", "ALF", "NATO"]
        );
        assert_eq!(plain("GENEVA — talks."), ["Geneva"]);
    }

    #[test]
    fn hints_come_from_the_word_lists() {
        let article = Article::from_paragraphs(
            "t",
            Metadata::default(),
            ["Mrs. Bennet, Halden University and China."],
        );
        let tokens = tokenize(&article);
        let inside = vec![false; tokens.len()];
        let mut starts = vec![false; tokens.len()];
        starts[0] = true;
        let vocabulary = Vocabulary::build(article.text(), &tokens);
        let found = find_names(
            article.text(),
            &tokens,
            &vocabulary,
            &starts,
            &inside,
            Lexicon::get(),
        );
        let hints: Vec<(NameHint, Gender)> = found.iter().map(|m| (m.hint, m.gender)).collect();
        assert_eq!(
            hints,
            [
                (NameHint::Person, Gender::Female),
                (NameHint::Organization, Gender::Unknown),
                (NameHint::Place, Gender::Unknown),
            ]
        );
    }

    fn hints(text: &str) -> Vec<(String, NameHint)> {
        found(text)
            .2
            .into_iter()
            .map(|m| (m.name, m.hint))
            .collect()
    }

    #[test]
    fn fell_country_and_street_words_make_places() {
        assert_eq!(
            hints("Searchers climbed Tarnbeck Crag from Lantern Row and the Larkspur Hotel."),
            [
                ("Tarnbeck Crag".to_owned(), NameHint::Place),
                ("Lantern Row".to_owned(), NameHint::Place),
                ("Larkspur Hotel".to_owned(), NameHint::Place),
            ]
        );
    }

    #[test]
    fn a_facility_word_at_the_end_makes_a_place_even_after_organisation_words() {
        assert_eq!(
            hints(
                "Planes left Tarvik Air Force Base for the Halden Convention Centre and the Center for Tidal Studies."
            ),
            [
                ("Tarvik Air Force Base".to_owned(), NameHint::Place),
                ("Halden Convention Centre".to_owned(), NameHint::Place),
                (
                    "Center for Tidal Studies".to_owned(),
                    NameHint::Organization
                ),
            ]
        );
        assert_eq!(
            hints("She studied at the University of the Tamsin Valley."),
            [(
                "University of the Tamsin Valley".to_owned(),
                NameHint::Organization
            )]
        );
    }

    #[test]
    fn unknown_acronyms_hint_at_organisations() {
        assert_eq!(
            hints("Officials of the QRFL met Ruiz on TV."),
            [
                ("QRFL".to_owned(), NameHint::Acronym),
                ("Ruiz".to_owned(), NameHint::Unknown),
                ("TV".to_owned(), NameHint::Organization),
            ]
        );
        // Everyday abbreviations, Roman numerals and shouted words are not organisations.
        let found = hints("The DNA of Pope Leo XIV was tested: NOT bad, not at all.");
        assert!(
            found.iter().all(|(_, hint)| *hint != NameHint::Acronym),
            "{found:?}"
        );
    }

    #[test]
    fn everyday_abbreviations_are_not_names() {
        let found =
            names("A GP ordered the scan at 8:15 PM GMT, and AI read it. Dr Ana Ruiz agreed.");
        assert!(
            !found
                .iter()
                .any(|(n, _)| ["GP", "AI", "PM", "GMT"].contains(&n.as_str()))
        );
        assert!(found.iter().any(|(n, _)| n == "Ana Ruiz"));
    }

    #[test]
    fn a_title_modifier_alone_titles_only_a_given_name() {
        let found = names(
            "He cited the Fisheries Law. Buses stay at the Pell County Fairgrounds. \
             Principal Jane Doe agreed, and Corvanta Chief Executive Mattias Brandt-Lowry left.",
        );
        let plain: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert!(plain.contains(&"Fisheries Law"), "{found:?}");
        assert!(plain.contains(&"Pell County Fairgrounds"), "{found:?}");
        assert!(found.contains(&("Jane Doe".to_owned(), Some("Principal".to_owned()))));
        assert!(plain.contains(&"Mattias Brandt-Lowry"), "{found:?}");
    }

    #[test]
    fn an_event_head_takes_of_and_cr_is_a_title() {
        let found = names("The Festival of the Nets may be cancelled, Cr Rhonda Keech said.");
        assert!(
            found.iter().any(|(n, _)| n == "Festival of the Nets"),
            "{found:?}"
        );
        assert!(found.contains(&("Rhonda Keech".to_owned(), Some("Cr".to_owned()))));
    }

    #[test]
    fn garda_titles_a_name_and_jan_with_a_day_is_a_month() {
        let found = names(
            "Det Garda Shane Cloonan spoke on Jan. 31, and the Harcourt Mills and District \
             Chamber of Commerce replied. Jan Smit left.",
        );
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Shane Cloonan" && t.is_some()),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|(n, _)| n == "Harcourt Mills and District Chamber of Commerce"),
            "{found:?}"
        );
        assert!(!found.iter().any(|(n, _)| n == "Jan"), "{found:?}");
        assert!(found.iter().any(|(n, _)| n == "Jan Smit"), "{found:?}");
    }

    #[test]
    fn an_organisation_word_after_and_may_go_on_into_the_body_name() {
        assert_eq!(
            plain(
                "The Medicines and Healthcare Standards Agency said so, and Kestrel and Partners agreed."
            ),
            [
                "Medicines and Healthcare Standards Agency",
                "Kestrel and Partners"
            ]
        );
    }

    #[test]
    fn a_common_possessive_may_stand_two_words_before_the_head() {
        assert_eq!(
            plain("The Northern Professional Women's Hockey League (NPWHL) announced teams."),
            ["Northern Professional Women's Hockey League", "NPWHL"]
        );
    }

    #[test]
    fn an_accord_or_a_convention_takes_on() {
        assert_eq!(
            plain("They signed the Bravensk Accord on Subsea Infrastructure on Monday."),
            ["Bravensk Accord on Subsea Infrastructure"]
        );
    }

    #[test]
    fn an_initial_after_a_title_modifier_opens_the_name() {
        let found = names("Minister for Higher Education B. Rajanna said the report was due.");
        assert!(
            found.iter().any(|(n, t)| n == "B. Rajanna" && t.is_some()),
            "{found:?}"
        );
    }

    #[test]
    fn a_common_possessive_may_open_a_law() {
        assert_eq!(
            plain("The fine is the first under the Children’s Online Safety Act, officials said."),
            ["Children’s Online Safety Act"]
        );
    }

    #[test]
    fn a_portfolio_of_two_before_a_title_is_part_of_the_title() {
        let found = names("Energy and Water Minister Omid Karesh said the sirens failed.");
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Omid Karesh"
                    && t.as_deref() == Some("Energy and Water Minister")),
            "{found:?}"
        );
    }

    #[test]
    fn a_village_named_with_its_saint_is_one_name() {
        assert_eq!(
            plain(
                "Residents in Cotterby St Mary heard it, and Kevin St Mary went to St Mary's Hospital."
            ),
            ["Cotterby St Mary", "Kevin St Mary", "St Mary's Hospital"]
        );
    }
}
