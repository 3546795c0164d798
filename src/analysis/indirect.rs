//! Reported speech without quotation marks: "Ortiz said the plan would fail.", "The plan
//! would fail, said Luis Ortiz, the authority's director." and a second clause joined to the
//! speaker's verb by "and" ("Ortiz called it “a mess” and said the plan would fail.").

use std::ops::Range;

use super::appositives::appositive_after;
use super::attribution::{Attribution, CLAUSE_PREPOSITIONS, name_in_apposition_after};
use super::context::Context;
use super::lexicon::flags;
use super::model::EntityKind;
use super::tokens::TokenKind;

/// Shortest reported clause, in words, worth reporting.
const MIN_CLAUSE_WORDS: usize = 3;
/// How many tokens into a sentence an introductory phrase may run before the subject.
const INTRO_TOKENS: usize = 20;
/// How many commas may close introductory phrases before the subject.
const INTRO_COMMAS: usize = 3;
/// Most tokens of the appositives and relative clauses between a subject and its verb.
const APPOSITIVE_TOKENS: usize = 40;
/// Most commas closing appositives between a subject and its verb.
const MAX_APPOSITIVE_COMMAS: usize = 4;
/// Most tokens of a prepositional phrase between a subject and its verb.
const MODIFIER_TOKENS: usize = 8;
/// Prepositions that open a phrase modifying a speaker ("Dahl of the Institute said").
const SUBJECT_PREPOSITIONS: &[&str] = &["of", "from", "at"];
/// Prepositions that open a phrase between a speech verb and its "that" ("said in a
/// statement that").
const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "by", "over", "through", "to", "from",
    "with", "under",
];
/// Most tokens of that phrase, with its preposition.
const ADVERBIAL_TOKENS: usize = 11;
/// Forms of "be" that make a following participle passive.
pub(super) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// How many tokens before a reported clause its speech verb is looked for, to see whether it
/// is negated.
const VERB_REACH: usize = 6;

/// Finds indirect quotes: (clause bytes, attribution).
pub fn find_indirect(ctx: &mut Context) -> Vec<(Range<usize>, Attribution)> {
    let mut found = Vec::new();
    for s in 0..ctx.sentences.spans.len() {
        let sentence = ctx.sentences.spans[s].clone();
        // Every pattern needs a speech verb in the sentence; most sentences have none.
        if !ctx.any_has_flag(sentence.clone(), flags::SPEECH) {
            continue;
        }
        // A sentence with a quotation reports speech only before a quotation that a colon
        // or a second "that" introduces: "He joked that the village had made the news: “…”".
        // A quotation inside the subject's relative clause is part of the subject: "The
        // novelist Patrick Lyness, who reviewed “Winter Tenants” unkindly, said …".
        let verb =
            (sentence.start..sentence.end).find(|&i| !ctx.inside_quote[i] && ctx.is_speech_verb(i));
        let relative = verb.and_then(|verb| {
            (sentence.start + 1..verb).find(|&i| {
                !ctx.inside_quote[i]
                    && matches!(ctx.lower(i), Some("who" | "which" | "whose"))
                    && ctx.word(i - 1) == ","
            })
        });
        let in_subject = |i: usize| relative.is_some_and(|r| r < i) && verb.is_some_and(|v| i < v);
        let first_quoted =
            (sentence.start..sentence.end).find(|&i| ctx.inside_quote[i] && !in_subject(i));
        let before_quote = match first_quoted {
            Some(first) => {
                before_introduced_quote(ctx, sentence.start, first).map(|end| sentence.start..end)
            }
            None => Some(sentence.clone()),
        };
        let subjects = subjects(ctx, &sentence);
        let result = if let Some(part) = before_quote.filter(|p| p.end < sentence.end) {
            subject_verb_clause(ctx, &subjects, part)
        } else if first_quoted.is_some() {
            None
        } else {
            subject_verb_clause(ctx, &subjects, sentence.clone())
                .or_else(|| clause_then_attribution(ctx, sentence.clone()))
        }
        .or_else(|| coordinated_clause(ctx, &subjects, sentence.clone()))
        .or_else(|| {
            // "“…,” Ferent said, adding that …": the speaker after the quotation.
            first_quoted?;
            coordinated_clause(
                ctx,
                &speakers_after_quotes(ctx, &sentence),
                sentence.clone(),
            )
        })
        .or_else(|| relative_clause(ctx, sentence.clone()));
        let Some(first_found) = result else {
            continue;
        };
        // A second clause after the quotation: "… that the deal showed that “patience
        // works,” but he warned that …", "… had been “young and wrong,” and that …".
        let second = first_quoted.and_then(|first| {
            let last_quoted = (first..sentence.end).rev().find(|&i| ctx.inside_quote[i])?;
            if first_found.0.end > last_quoted {
                return None;
            }
            let after_quotes = last_quoted + 1..sentence.end;
            let mut tail_subjects: Vec<_> = subjects
                .iter()
                .filter(|(start, _)| *start > last_quoted)
                .cloned()
                .collect();
            // The comma may stand inside the quotation: "“patience works,” but he warned".
            let mut next = last_quoted + 1;
            while next < sentence.end
                && (ctx.tokens[next].kind != TokenKind::Word
                    || matches!(ctx.lower(next), Some("but" | "and")))
            {
                next += 1;
            }
            if next > last_quoted + 1
                && next < sentence.end
                && let Some(phrase) = ctx.phrase_at(next)
            {
                tail_subjects.push((next, phrase));
            }
            subject_verb_clause(ctx, &tail_subjects, after_quotes)
                .or_else(|| coordinated_clause(ctx, &subjects, sentence.clone()))
                .filter(|found| found.0.start > last_quoted && found.0 != first_found.0)
        });
        for (clause, cue_verb, phrase, at) in std::iter::once(first_found).chain(second) {
            report(ctx, clause, cue_verb, phrase, at, &mut found);
        }
    }
    found
}

/// Where a reported clause gives way to another speaker's report: "Oakhallow said the review
/// was confidential, but Mr Saxelby said a summary would be published" ends at the comma.
fn another_speaker_at(ctx: &Context, clause: Range<usize>) -> Option<usize> {
    (clause.start + 1..clause.end.saturating_sub(2)).find(|&comma| {
        ctx.word(comma) == ","
            && matches!(
                ctx.lower(comma + 1),
                Some("but" | "and" | "while" | "whereas")
            )
            && {
                let subject = comma + 2;
                let verb = ctx
                    .phrase_at(subject)
                    .filter(|p| {
                        matches!(
                            p.referent,
                            super::phrases::Referent::Name(_)
                                | super::phrases::Referent::Pronoun { .. }
                        )
                    })
                    .map(|p| p.tokens.end);
                verb.is_some_and(|v| v < clause.end && ctx.is_speech_verb(v))
            }
    })
}

/// Checks and resolves one reported clause found by [`find_indirect`], and adds it to `found`
/// (split where it is coordinated) with its speaker.
fn report(
    ctx: &mut Context,
    clause: Range<usize>,
    cue_verb: String,
    phrase: super::phrases::Phrase,
    at: usize,
    found: &mut Vec<(Range<usize>, Attribution)>,
) {
    {
        // "has not said whether he would sign the bill": nothing is reported; nor by "who
        // asked that her surname not be used", a request.
        let asked_that = clause.start >= 2
            && ctx.lower(clause.start - 1) == Some("that")
            && ctx.lower(clause.start - 2) == Some("asked");
        if asked_that
            || matches!(ctx.lower(clause.start), Some("whether" | "if"))
            || (clause.start.saturating_sub(VERB_REACH)..clause.start)
                .rev()
                .find(|&v| ctx.is_speech_verb(v))
                .is_some_and(|v| v > 0 && matches!(ctx.lower(v - 1), Some("not" | "never" | "n't")))
        {
            return;
        }
        // "A Sarnethi official, who spoke on condition of anonymity, said …": an anonymous
        // source's reported speech is not credited (nor listed).
        if phrase.tokens.end < clause.start {
            let between: Vec<&str> = (phrase.tokens.end..clause.start)
                .filter_map(|i| ctx.lower(i))
                .collect();
            if ctx.lexicon.has_anonymity_marker(&between) {
                return;
            }
        }
        let after_quotes = match phrase.referent {
            super::phrases::Referent::Pronoun {
                gender,
                plural: false,
            } => ctx.speaker_before_paragraph(at, gender),
            _ => None,
        };
        let Some(speaker) = after_quotes.or_else(|| ctx.resolve(&phrase, at, false)) else {
            return;
        };
        // "…, the commission said. It said …": a body that reports speech is heard too.
        if ctx.table.kind(speaker) == EntityKind::Organization {
            ctx.note_speaker(speaker, at);
        }
        // A name that reports speech is a person's, as with quotes ("Martin Hill said …").
        if matches!(phrase.referent, super::phrases::Referent::Name(_))
            && cue_verb != "according to"
        {
            ctx.table.vote_speaker(speaker);
        }
        let clause = clause.start..another_speaker_at(ctx, clause.clone()).unwrap_or(clause.end);
        for (part, verb) in split_coordinated(ctx, clause, cue_verb) {
            found.push((
                ctx.bytes(part),
                Attribution {
                    speaker: Some(speaker),
                    speaker_span: Some(phrase.span.clone()),
                    cue: Some(verb),
                },
            ));
        }
    }
}

/// Where the words before a quotation that opens at or after `first` end, when a colon or
/// "that" introduces it: past the colon, or past "[, but|and] VERB that" ("He added that A,
/// but warned that “…”" keeps "He added that A"). None when nothing introduces it.
fn before_introduced_quote(ctx: &Context, start: usize, first: usize) -> Option<usize> {
    // Back over the opening mark to the word or colon before it.
    let mut end = first;
    while end > start && ctx.tokens[end - 1].kind != TokenKind::Word && ctx.word(end - 1) != ":" {
        end -= 1;
    }
    if end <= start {
        return None;
    }
    match ctx.word(end - 1) {
        ":" => end -= 1,
        "that" => {
            end -= 1;
            if end > start && ctx.is_speech_verb(end - 1) {
                end -= 1;
            }
            if end > start && matches!(ctx.lower(end - 1), Some("but" | "and")) {
                end -= 1;
            }
            if end > start && ctx.word(end - 1) == "," {
                end -= 1;
            }
        }
        _ => return coordinated_before(ctx, start, end),
    }
    (end > start).then_some(end)
}

/// Where a first reported clause ends when a second, coordinated one holds the quotation:
/// before "[,] and|but that" or "[,] and|but VERB" ("He noted that A, and said it performed
/// “noticeably worse”"; "The authority said A but that its review was “ongoing”").
fn coordinated_before(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let join = (start + MIN_CLAUSE_WORDS..end.saturating_sub(1))
        .rev()
        .find(|&i| {
            // "…, and she accused it of “…”": a pronoun may bring the second verb.
            let verb = if matches!(ctx.lower(i + 1), Some("he" | "she" | "they" | "it")) {
                i + 2
            } else {
                i + 1
            };
            !ctx.inside_quote[i]
                && matches!(ctx.lower(i), Some("and" | "but"))
                && (ctx.lower(i + 1) == Some("that") || ctx.is_speech_verb(verb))
        })?;
    let cut = if ctx.word(join - 1) == "," {
        join - 1
    } else {
        join
    };
    (cut > start).then_some(cut)
}

/// A reported clause (tokens), its speech verb, the speaker's phrase and where it starts.
type Found = (Range<usize>, String, super::phrases::Phrase, usize);

/// Splits a reported clause where a second one is coordinated to it, each with its verb:
/// "told reporters that A and argued that B", "said A but that B", "said A, and that B".
/// Outside quotation marks only; each part must still look like a clause.
fn split_coordinated(
    ctx: &Context,
    clause: Range<usize>,
    verb: String,
) -> Vec<(Range<usize>, String)> {
    let mut parts = Vec::new();
    let mut start = clause.start;
    let mut verb = verb;
    let mut i = start + MIN_CLAUSE_WORDS;
    while i + 1 < clause.end {
        let joins = matches!(ctx.lower(i), Some("and" | "but")) && !ctx.inside_quote[i];
        // ", adding that …", ", noting that …"
        let participle = ctx.word(i) == ","
            && !ctx.inside_quote[i]
            && ctx.lower(i + 1).is_some_and(|w| w.ends_with("ing"))
            && ctx.is_speech_verb(i + 1)
            && ctx.lower(i + 2) == Some("that");
        let second = if participle {
            Some((i + 3, ctx.word(i + 1).to_lowercase()))
        } else if !joins {
            None
        } else if ctx.lower(i + 1) == Some("that") {
            Some((i + 2, verb.clone()))
        } else {
            // "and argued that …", "but said the city was …"
            speech_verb_at(ctx, i + 1, clause.end).and_then(|v| {
                let word = ctx.lower(v)?;
                let next = if ctx.lower(v + 1) == Some("that") {
                    v + 2
                } else if ctx.lexicon.takes_bare_clause(word) && opens_with_subject(ctx, v + 1) {
                    v + 1
                } else {
                    return None;
                };
                Some((next, word.to_owned()))
            })
        };
        let first_end = if participle {
            i
        } else if i > start && ctx.word(i - 1) == "," {
            i - 1
        } else {
            i
        };
        match second {
            Some((next, next_verb))
                if looks_like_clause(ctx, start..first_end)
                    && looks_like_clause(ctx, next..clause.end) =>
            {
                parts.push((start..first_end, std::mem::replace(&mut verb, next_verb)));
                start = next;
                i = next + MIN_CLAUSE_WORDS;
            }
            _ => i += 1,
        }
    }
    parts.push((start..clause.end, verb));
    parts
}

/// "NAME[, appositive,] who SPEECH-VERB [object] that CLAUSE.": reported speech in a
/// relative clause ("Janet Crewe, the director of finance, who warned councillors in
/// February that …"). The clause runs to the end of the sentence.
fn relative_clause(ctx: &Context, sentence: Range<usize>) -> Option<Found> {
    let end = trailing_punctuation(ctx, sentence.end);
    for who in sentence.start + 2..end {
        // "…, who warned that …"; for a body "…, which said …". The comma, punctuation, is
        // told by the token's kind before any text is compared.
        if !ctx.is_punctuation(who - 1) {
            continue;
        }
        let relative = ctx.lower(who);
        if !matches!(relative, Some("who" | "which"))
            || ctx.word(who - 1) != ","
            || ctx.inside_quote[who]
        {
            continue;
        }
        let floor = who
            .saturating_sub(APPOSITIVE_TOKENS + 4)
            .max(sentence.start);
        let speaker = (floor..who - 1).rev().find_map(|start| {
            let phrase = ctx.phrase_at(start)?;
            let before_who =
                phrase.tokens.end == who - 1 || past_appositive(ctx, &phrase, end) == Some(who);
            let kind = match phrase.referent {
                super::phrases::Referent::Name(id) => Some(ctx.table.kind(id)),
                _ => None,
            };
            let body = kind == Some(EntityKind::Organization);
            // "Oriel Matsuda, an analyst at Penwick Securities, who predicted that …": "who"
            // is the person's, past the body of her appositive.
            let person = relative == Some("who")
                && !matches!(kind, Some(EntityKind::Organization | EntityKind::Place));
            (before_who
                && matches!(phrase.referent, super::phrases::Referent::Name(_))
                && (person || (relative == Some("which") && body))
                && names_someone(ctx, &phrase))
            .then_some((start, phrase))
        });
        let Some((start, phrase)) = speaker else {
            continue;
        };
        let Some(verb) = speech_verb_at(ctx, who + 1, end) else {
            continue;
        };
        let Some(clause_start) = clause_start_after(ctx, verb) else {
            continue;
        };
        // "that", or a bare clause with its own subject: "…, who said the cause was …".
        let reported =
            ctx.lower(clause_start - 1) == Some("that") || opens_with_subject(ctx, clause_start);
        if !reported || clause_start >= end || !looks_like_clause(ctx, clause_start..end) {
            continue;
        }
        return Some((
            clause_start..end,
            ctx.word(verb).to_lowercase(),
            phrase,
            start,
        ));
    }
    None
}

/// A sentence's possible subjects ([`subjects`]), each with the token where it starts.
type Subjects = [(usize, super::phrases::Phrase)];

/// "[Intro,] NP [, appositive,] [fillers] VERB [object] [that] CLAUSE."
fn subject_verb_clause(
    ctx: &Context,
    subjects: &Subjects,
    sentence: Range<usize>,
) -> Option<Found> {
    for &(start, ref phrase) in subjects {
        let Some(verb) = verb_after(ctx, phrase, start > sentence.start, sentence.end) else {
            continue;
        };
        let Some(clause_start) = clause_start_after(ctx, verb) else {
            continue;
        };
        let clause_end = trailing_punctuation(ctx, sentence.end);
        if clause_start >= clause_end || !looks_like_clause(ctx, clause_start..clause_end) {
            continue;
        }
        let verb_word = ctx.word(verb).to_lowercase();
        return Some((clause_start..clause_end, verb_word, phrase.clone(), start));
    }
    None
}

/// The names that follow a quotation closing inside `sentence`, past its comma ("“…,”
/// Ferent said"), with the token where each starts.
fn speakers_after_quotes(
    ctx: &Context,
    sentence: &Range<usize>,
) -> Vec<(usize, super::phrases::Phrase)> {
    let first = ctx.quotes.partition_point(|q| q.open < sentence.start);
    ctx.quotes[first..]
        .iter()
        .take_while(|q| q.open < sentence.end)
        .filter_map(|q| {
            let mut start = q.close? + 1;
            while start < sentence.end && matches!(ctx.word(start), "," | "—" | "–") {
                start += 1;
            }
            let phrase = ctx.phrase_at(start)?;
            matches!(phrase.referent, super::phrases::Referent::Name(_)).then_some((start, phrase))
        })
        .collect()
}

/// Conjunctions after a comma that open a second main clause with its own subject.
const CLAUSE_CONJUNCTIONS: &[&str] = &["and", "but", "though", "although", "while", "whereas"];

/// The phrases that may open a sentence as its subject, outside quotation marks: at the
/// sentence start, or after an introductory phrase and its comma ("In Halden, …"), with the
/// token where each starts.
pub(super) fn subjects(
    ctx: &Context,
    sentence: &Range<usize>,
) -> Vec<(usize, super::phrases::Phrase)> {
    // After the introductory phrase, or after an appositive to it: "In Ardnashee, the
    // island’s main village, baker Tomasz Wójcik said …".
    // "But she noted that …": past a conjunction opening the sentence.
    let after_conjunction = ctx
        .lower(sentence.start)
        .is_some_and(|w| matches!(w, "but" | "and" | "yet" | "still"))
        .then_some(sentence.start + 1);
    let mut after_intro: Vec<usize> = (sentence.start
        ..sentence.end.min(sentence.start + INTRO_TOKENS))
        .filter(|&i| {
            ctx.is_punctuation(i)
                && matches!(ctx.word(i), "," | "-" | "—" | "–")
                && !ctx.inside_quote[i]
        })
        .take(INTRO_COMMAS)
        .map(|comma| comma + 1)
        .collect();
    // "Speaking to supporters in the capital, Ordane, shortly after midnight, Ms Marovec
    // said …": after a participle phrase with appositives, the last comma comes first.
    if ctx.mention_starting_at.get(sentence.start).is_none()
        && ctx
            .lower(sentence.start)
            .is_some_and(|w| w.len() > 5 && w.ends_with("ing"))
    {
        after_intro.reverse();
    }
    // A second main clause with its own subject: "…, and the company warned that …",
    // "…, though it said most involved display faults". A comma is punctuation, which is
    // told by the token's kind before its text is compared.
    let after_clause = (sentence.start..sentence.end.saturating_sub(2))
        .filter(|&i| {
            ctx.is_punctuation(i)
                && ctx.word(i) == ","
                && !ctx.inside_quote[i]
                && ctx
                    .lower(i + 1)
                    .is_some_and(|w| CLAUSE_CONJUNCTIONS.contains(&w))
        })
        .map(|comma| comma + 2);
    // The candidate starts are walked in that order without being collected first.
    std::iter::once(sentence.start)
        .chain(after_conjunction)
        .chain(after_intro)
        .chain(after_clause)
        .filter(|&start| start < sentence.end && !ctx.inside_quote[start])
        .filter_map(|start| {
            // "Police and Crime Commissioner Lorraine Tate": "Police" alone names no one.
            let phrase = ctx
                .phrase_at(start)
                .filter(|phrase| {
                    !matches!(
                        phrase.referent,
                        super::phrases::Referent::Description { .. }
                    ) || names_someone(ctx, phrase)
                        || name_after_capitalised_words(ctx, start).is_none()
                })
                .or_else(|| role_then_name(ctx, start))
                .or_else(|| name_after_capitalised_words(ctx, start))
                .or_else(|| described_then_name(ctx, start))?;
            // "IMC spokesman Tomasz Brenner", "FMC deputy commissioner Refilwe Sekgobela":
            // the person after an organisation and a role.
            let phrase = match phrase.referent {
                super::phrases::Referent::Name(id) => role_then_name(ctx, phrase.tokens.end)
                    .or_else(|| {
                        (ctx.table.kind(id) == EntityKind::Organization)
                            .then(|| described_then_name(ctx, phrase.tokens.end))
                            .flatten()
                    })
                    .unwrap_or(phrase),
                _ => phrase,
            };
            // "Kelavar’s minister of water, Nadia Sarkis, …": the name, not the possessor.
            let last = ctx.word(phrase.tokens.end - 1);
            // "The largest shareholder, the pension fund Northmere Capital, said": the name
            // in apposition to a description.
            let described = matches!(
                phrase.referent,
                super::phrases::Referent::Description { .. }
            ) && ctx
                .tokens
                .get(phrase.tokens.end)
                .is_some_and(|t| t.text(ctx.text) == ",");
            if described
                && let Some(name) = name_in_apposition_after(ctx, phrase.tokens.end, sentence.end)
            {
                return ctx.phrase_at(name).map(|phrase| (name, phrase));
            }
            // "The novelist Patrick Lyness, who …, said": the name right after a description.
            if matches!(
                phrase.referent,
                super::phrases::Referent::Description { .. }
            ) && let Some(name) = ctx
                .phrase_at(phrase.tokens.end)
                .filter(|name| matches!(name.referent, super::phrases::Referent::Name(_)))
            {
                return Some((phrase.tokens.end, name));
            }
            if super::tokens::is_possessive(last) {
                // "IFSO's Vaal said": the name right after the possessor.
                if let Some(name) = ctx
                    .phrase_at(phrase.tokens.end)
                    .filter(|name| matches!(name.referent, super::phrases::Referent::Name(_)))
                {
                    return Some((phrase.tokens.end, name));
                }
                let name = name_in_apposition_after(ctx, phrase.tokens.end, sentence.end)?;
                return ctx.phrase_at(name).map(|phrase| (name, phrase));
            }
            Some((start, phrase))
        })
        .filter(|(_, phrase)| names_someone(ctx, phrase))
        .collect()
}

/// Most capitalised words (or "and") before a name at the start of a sentence ("Local MP
/// Sanjay Whitlock", "Police and Crime Commissioner Lorraine Tate").
const LEADING_CAPITALS: usize = 4;

/// "Local MP Sanjay Whitlock": a name after a capitalised adjective and a title that opens
/// the sentence.
fn name_after_capitalised_words(ctx: &Context, start: usize) -> Option<super::phrases::Phrase> {
    (start + 1..=start + LEADING_CAPITALS)
        .take_while(|&i| {
            ctx.tokens.get(i - 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && (t.text(ctx.text).starts_with(char::is_uppercase)
                        || (i - 1 > start && t.text(ctx.text) == "and"))
            })
        })
        .find(|&i| {
            ctx.mention_starting_at.get(i).is_some()
                && ctx
                    .phrase_at(i)
                    .is_some_and(|p| matches!(p.referent, super::phrases::Referent::Name(id) if ctx.is_person_like(id)))
        })
        .and_then(|i| ctx.phrase_at(i))
        .filter(|phrase| matches!(phrase.referent, super::phrases::Referent::Name(_)))
}

/// "fisherman Owen Tregar": the name after a lowercase role noun that stands for a title.
pub(super) fn role_then_name(ctx: &Context, start: usize) -> Option<super::phrases::Phrase> {
    // A one-word role noun carries the ROLE flag: most words are told apart by it alone.
    if !ctx.has_flag(start, flags::ROLE) {
        return None;
    }
    let word = ctx.lower(start)?;
    (word == ctx.word(start) && ctx.lexicon.role_noun(word).is_some())
        .then(|| ctx.phrase_at(start + 1))
        .flatten()
        .filter(|phrase| matches!(phrase.referent, super::phrases::Referent::Name(_)))
}

/// Most lowercase words of a description written as a title before a name.
const DESCRIPTION_WORDS: usize = 4;

/// Lowercase words that never describe the name after them.
const NOT_DESCRIPTIONS: &[&str] = &[
    "however",
    "meanwhile",
    "then",
    "later",
    "earlier",
    "also",
    "still",
    "instead",
    "when",
    "while",
    "where",
    "since",
    "after",
    "before",
    "because",
    "although",
    "though",
    "that",
    "which",
    "whom",
    "whose",
    "with",
    "from",
    "into",
    "about",
    "like",
    "unlike",
    "than",
    "under",
    "over",
    "said",
    "says",
    "told",
];

/// "scaffolder Liam Fortune", "season-ticket holder Gloria Mendez": a subject name after one
/// or two lowercase words that describe the person as a title would (not only listed role
/// nouns; see [`role_then_name`]).
pub(super) fn described_then_name(ctx: &Context, start: usize) -> Option<super::phrases::Phrase> {
    (start + 1..=start + DESCRIPTION_WORDS)
        .take_while(|&i| {
            let written = ctx.word(i - 1);
            // "Crew chief Dale Merriman": the sentence's first word is capitalised.
            let opening = i - 1 == start && ctx.mention_starting_at.get(start).is_none();
            ctx.tokens[i - 1].kind == TokenKind::Word
                && written.len() >= 4
                && (opening || written.starts_with(|c: char| c.is_lowercase()))
                && written.chars().all(|c| c.is_alphabetic() || c == '-')
                && !written.ends_with("ly")
                && !NOT_DESCRIPTIONS.contains(&written)
                && !ctx.is_speech_verb(i - 1)
                && !ctx.inside_quote[i - 1]
        })
        // Only a name ends the description: the words before it are read only when one does.
        .find(|&i| ctx.mention_starting_at.get(i).is_some())
        .and_then(|i| ctx.phrase_at(i))
        .filter(|phrase| match phrase.referent {
            // "low-cost carrier Skyvale": a body after an organisation noun.
            super::phrases::Referent::Name(id) => match ctx.table.kind(id) {
                EntityKind::Person => true,
                EntityKind::Organization => ctx.has_flag(phrase.tokens.start - 1, flags::ORG_NOUN),
                _ => false,
            },
            _ => false,
        })
}

/// Most words of a listener before "that" ("told a pool reporter that", "told a meeting of
/// Sallowby Town Council that").
const LISTENER_WORDS: usize = 7;

/// Where the reported clause starts after speech verb `verb`: past the listener of "told
/// reporters" and past "that". None when there is no "that" and the verb does not take a
/// bare clause (see `assets/lexicon/bare_clause_verbs.txt`: "recalled the storm").
fn clause_start_after(ctx: &Context, verb: usize) -> Option<usize> {
    let mut clause_start = verb + 1;
    let verb_word = ctx.lower(verb).unwrap_or_default();
    // "pointed out that …": the particle of a phrasal speech verb, without which it reports
    // nothing ("pointed to a notice that …").
    if verb_word.starts_with("point") {
        if ctx.lower(clause_start) != Some("out") {
            return None;
        }
        clause_start += 1;
    }
    // "cautioned, however, that …"
    if ctx.tokens.get(clause_start + 2).is_some()
        && ctx.word(clause_start) == ","
        && matches!(
            ctx.lower(clause_start + 1),
            Some("however" | "though" | "too" | "meanwhile" | "also")
        )
        && ctx.word(clause_start + 2) == ","
    {
        clause_start += 3;
    }
    if verb_word.starts_with("told")
        || verb_word.starts_with("tell")
        || verb_word.starts_with("inform")
        || verb_word.starts_with("assur")
        || verb_word.starts_with("remind")
        || verb_word.starts_with("warn")
    {
        // told reporters / told the Tribune / told him; "warned that the union …" has no
        // object, and "that the union" is not one.
        if ctx.lower(clause_start) != Some("that")
            && let Some(object) = ctx
                .phrase_at(clause_start)
                .or_else(|| single_word_object(ctx, clause_start))
        {
            // "told the Office of the Data Commissioner (ODC) in its complaint that".
            clause_start = past_bracketed_acronym(ctx, object.tokens.end);
        }
        // "told a pool reporter that", "told council members that": a short listener.
        if ctx.lower(clause_start) != Some("that")
            && let Some(that) = (clause_start + 1..=clause_start + LISTENER_WORDS)
                .take_while(|&k| {
                    ctx.tokens
                        .get(k - 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !ctx.inside_quote[k - 1])
                })
                .find(|&k| ctx.lower(k) == Some("that"))
        {
            clause_start = that;
        }
    }
    // "said on Tuesday the workers …", "has said repeatedly that …": past a time or an
    // adverb, when a clause follows it.
    let after_time = past_time_or_adverb(ctx, clause_start);
    if after_time > clause_start
        && (ctx.lower(after_time) == Some("that")
            || (ctx.lexicon.takes_bare_clause(verb_word) && opens_with_subject(ctx, after_time)))
    {
        clause_start = after_time;
    }
    // "said in a statement it would meet …": past the document the words came in.
    if let Some(after) = past_document_phrase(ctx, clause_start)
        && ctx.lexicon.takes_bare_clause(verb_word)
        && opens_with_subject(ctx, after)
    {
        clause_start = after;
    }
    if ctx.lower(clause_start) == Some("that") {
        Some(clause_start + 1)
    } else if let Some(that) = that_after_adverbial(ctx, clause_start) {
        // "said in a statement that …", "argued in a newspaper column that …"
        Some(that + 1)
    } else if !ctx.lexicon.takes_bare_clause(verb_word) {
        None
    } else {
        Some(clause_start)
    }
}

/// The token after a time ("Tuesday", "on Monday", "last week", "yesterday") or an adverb
/// in -ly ("repeatedly") starting at `start`; `start` itself when there is none.
fn past_time_or_adverb(ctx: &Context, start: usize) -> usize {
    let Some(word) = ctx.lower(start) else {
        return start;
    };
    let calendar = |i: usize| {
        ctx.tokens
            .get(i)
            .is_some_and(|t| ctx.lexicon.is_calendar(t.text(ctx.text)))
    };
    // "Saturday morning", "on Tuesday evening".
    let part_of_day = |i: usize| {
        matches!(
            ctx.lower(i),
            Some("morning" | "afternoon" | "evening" | "night")
        )
    };
    if calendar(start) && part_of_day(start + 1) {
        start + 2
    } else if calendar(start)
        || matches!(word, "yesterday" | "today" | "tonight" | "again" | "later")
    {
        start + 1
    } else if word == "on" && calendar(start + 1) && part_of_day(start + 2) {
        start + 3
    } else if (word == "on" && calendar(start + 1))
        || (matches!(word, "last" | "this" | "next")
            && matches!(
                ctx.lower(start + 1),
                Some("week" | "month" | "year" | "night")
            ))
    {
        start + 2
    } else if word.len() > 4 && word.ends_with("ly") && ctx.word(start) == word {
        start + 1
    } else {
        start
    }
}

/// The token after "in a statement", "in a written submission", "in an email" starting at
/// `start`: "in", an article, up to one more word, then a noun of written words.
fn past_document_phrase(ctx: &Context, start: usize) -> Option<usize> {
    if ctx.lower(start)? != "in" || !matches!(ctx.lower(start + 1)?, "a" | "an" | "the" | "its") {
        return None;
    }
    (start + 2..start + 4)
        .find(|&i| ctx.has_flag(i, flags::DOCUMENT))
        .map(|noun| noun + 1)
}

/// "in a statement that", "on Tuesday that": the "that" after a short prepositional phrase
/// of words starting at `start`, which opens a reported clause.
fn that_after_adverbial(ctx: &Context, start: usize) -> Option<usize> {
    let preposition = ctx.lower(start)?;
    if !ADVERBIAL_PREPOSITIONS.contains(&preposition) {
        return None;
    }
    (start + 2..(start + 1 + ADVERBIAL_TOKENS).min(ctx.tokens.len()))
        .take_while(|&i| ctx.tokens[i - 1].kind == TokenKind::Word && !ctx.inside_quote[i - 1])
        .find(|&i| ctx.word(i) == "that")
}

/// A second reported clause joined to the speaker's verb phrase by "and", after a quotation
/// or not: "NP VERB … and [fillers] SPEECH-VERB [that] CLAUSE." ("Ruiz waved the report
/// away as “…” and argued that …"), or "NP SPEECH-VERB … that … and that CLAUSE." The clause
/// runs to the sentence end, outside quotation marks.
fn coordinated_clause(ctx: &Context, subjects: &Subjects, sentence: Range<usize>) -> Option<Found> {
    let end = trailing_punctuation(ctx, sentence.end);
    for &(start, ref phrase) in subjects {
        // The subject's own verb follows it, or follows a relative clause or a role
        // between commas ("Levon Marr, who leads the opposition, called …").
        let mut next = past_appositive(ctx, phrase, end).unwrap_or(phrase.tokens.end);
        // A name in apposition ends with its comma: "Kelavar’s minister, Nadia Sarkis, accused".
        if next < end
            && ctx.word(next) == ","
            && phrase.tokens.start > 0
            && ctx.word(phrase.tokens.start - 1) == ","
        {
            next += 1;
        }
        if next >= end
            || ctx.inside_quote[next]
            || !ctx
                .lower(next)
                .is_some_and(|w| w == ctx.word(next) && w != "and")
        {
            continue;
        }
        // Every "and" after the last quotation, left to right; the first that opens a
        // reported clause running to the end of the sentence wins.
        let after_quotes = (next..end)
            .rev()
            .find(|&i| ctx.inside_quote[i])
            .map_or(next + 1, |last| last + 1);
        // ", adding that …", ", saying …": a participle of speech after the first verb, also
        // right after a quotation ("… bad week,” adding that …").
        let speaking =
            |i: usize| ctx.lower(i).is_some_and(|w| w.ends_with("ing")) && ctx.is_speech_verb(i);
        let joins = |i: usize| {
            if i + 1 == after_quotes {
                return speaking(i + 1);
            }
            matches!(ctx.word(i), "and" | "but") || (ctx.word(i) == "," && speaking(i + 1))
        };
        for and in (after_quotes.saturating_sub(1).max(next)..end).filter(|&i| joins(i)) {
            let found = if ctx.lower(and + 1) == Some("that") {
                // "and that …": the speaker's first verb introduced a first that-clause.
                // ("said the system was “…” and that …": a verb that takes a bare clause
                // needs no first "that").
                // "His spokesman, Ellis Okimoto, said …": a name in apposition is followed
                // by its comma before the verb.
                let in_apposition =
                    phrase.tokens.start > 0 && ctx.word(phrase.tokens.start - 1) == ",";
                verb_after(ctx, phrase, in_apposition, and)
                    .filter(|&verb| {
                        (verb + 1..and).any(|i| ctx.lower(i) == Some("that"))
                            || ctx
                                .lower(verb)
                                .is_some_and(|w| ctx.lexicon.takes_bare_clause(w))
                    })
                    .map(|verb| (verb, and + 2))
            } else {
                speech_verb_at(ctx, and + 1, end)
                    .and_then(|verb| clause_start_after(ctx, verb).map(|c| (verb, c)))
                    .filter(|&(_, c)| {
                        ctx.lower(c - 1) == Some("that") || opens_with_subject(ctx, c)
                    })
            };
            let Some((verb, clause_start)) = found else {
                continue;
            };
            if clause_start >= end || !looks_like_clause(ctx, clause_start..end) {
                continue;
            }
            let verb_word = ctx.word(verb).to_lowercase();
            return Some((clause_start..end, verb_word, phrase.clone(), start));
        }
    }
    None
}

/// The token after the relative clause or role that follows `phrase` between commas, when
/// one does ("Levon Marr, who leads the opposition Green Future party, …").
fn past_appositive(ctx: &Context, phrase: &super::phrases::Phrase, end: usize) -> Option<usize> {
    let mut comma = phrase.tokens.end;
    // "The Population Screening Council (PSC), which advises ministers, said …": past the
    // acronym in brackets.
    if comma < end && ctx.word(comma) == "(" {
        let close = (comma + 1..end.min(comma + 4)).find(|&i| ctx.word(i) == ")")?;
        if close + 1 < end && ctx.word(close + 1) != "," {
            return Some(close + 1);
        }
        comma = close + 1;
    }
    if comma >= end || ctx.word(comma) != "," {
        return None;
    }
    let first = ctx.lower(comma + 1)?;
    // "Dev Mahal, of Calloway Research, told …"; "Penhale, however, said …"; "Adrian Pellow
    // KC, for Corvant, told …"
    let described = matches!(
        first,
        "who"
            | "whose"
            | "which"
            | "of"
            | "from"
            | "for"
            | "however"
            | "meanwhile"
            | "though"
            | "too"
    ) || appositive_after(ctx.text, phrase.span.clone(), ctx.lexicon).is_some()
        // "Marko Zelenko, speaking from the deck of a trawler, said …".
        || (first.len() > 5 && first.ends_with("ing"))
        // "Dr Imogen Stallard, the museum’s curator, said …": a description between commas
        // right before a speech verb.
        || (matches!(first, "the" | "a" | "an")
            && (comma + 2..end.min(comma + 1 + APPOSITIVE_TOKENS))
                .find(|&i| ctx.word(i) == ",")
                .is_some_and(|close| ctx.is_speech_verb(close + 1)));
    if !described {
        return None;
    }
    // A relative clause may hold a title: "who reviewed “Winter Tenants” unkindly in 1988,".
    let relative = matches!(first, "who" | "whose" | "which");
    (comma + 2..end.min(comma + 1 + APPOSITIVE_TOKENS))
        .take_while(|&i| relative || !ctx.inside_quote[i])
        .find(|&i| ctx.word(i) == "," && !ctx.inside_quote[i])
        .map(|close| close + 1)
}

/// "…, the Ministry … said, leaving commuters stranded …", "… said on Tuesday, in a plan
/// that …", "… the police said, while organisers put …": after the attribution's verb, and
/// a time, a comma opening a phrase or clause of its own.
fn participle_follows(ctx: &Context, verb: usize) -> bool {
    let comma = past_time_or_adverb(ctx, verb + 1);
    ctx.tokens
        .get(comma)
        .is_some_and(|t| t.text(ctx.text) == ",")
        && ctx.lower(comma + 1).is_some_and(|w| {
            (w.len() > 4 && w.ends_with("ing"))
                || matches!(
                    w,
                    "in" | "as"
                        | "after"
                        | "when"
                        | "while"
                        | "whereas"
                        | "although"
                        | "though"
                        | "but"
                )
        })
}

/// True when the words from `start` to the sentence's `end` may close a post-posed
/// attribution: none, a time ("on Monday"), or a short phrase such as "in a statement".
fn closes_attribution(ctx: &Context, start: usize, end: usize) -> bool {
    if start >= end || past_time_or_adverb(ctx, start) == end {
        return true;
    }
    // "…, Prime Minister Gareth Olowe told reporters on Wednesday evening.": past a listener.
    if start > 0
        && ctx.lower(start - 1).is_some_and(|w| w.starts_with("told"))
        && let Some(listener) = ctx
            .phrase_at(start)
            .or_else(|| single_word_object(ctx, start))
        && listener.tokens.end > start
    {
        return closes_attribution(ctx, listener.tokens.end, end);
    }
    ctx.lower(start)
        .is_some_and(|w| ADVERBIAL_PREPOSITIONS.contains(&w))
        && end - start <= ADVERBIAL_TOKENS
        && (start..end).all(|i| ctx.tokens[i].kind == TokenKind::Word)
}

/// The name between the comma at token `comma` and the next one ("its editor-in-chief,
/// Henrik Saarinen, said").
fn name_between_commas(ctx: &Context, comma: usize) -> Option<super::phrases::Phrase> {
    let is_comma = |i: usize| ctx.tokens.get(i).is_some_and(|t| t.text(ctx.text) == ",");
    if !is_comma(comma) {
        return None;
    }
    ctx.phrase_at(comma + 1).filter(|name| {
        matches!(name.referent, super::phrases::Referent::Name(_)) && is_comma(name.tokens.end)
    })
}

/// "CLAUSE, said NP[, appositive]." or "CLAUSE, NP said."
/// Most tokens of a dateline before its dash ("NOVA TESSARO, Selvara, Aug. 12 (Sentinel
/// Wire) —").
const DATELINE_TOKENS: usize = 16;

fn clause_then_attribution(ctx: &Context, sentence: Range<usize>) -> Option<Found> {
    let commas: Vec<usize> = (sentence.start + MIN_CLAUSE_WORDS..sentence.end)
        .filter(|&i| ctx.is_punctuation(i) && ctx.word(i) == ",")
        .collect();
    for comma in commas {
        let after = comma + 1;
        let end = trailing_punctuation(ctx, sentence.end);
        let (phrase, verb) = if ctx.is_speech_verb(after) {
            // "…, putting 286 people out of work, the company said": a participle that is
            // also a speech verb but names no one after it is not the attribution.
            let Some(phrase) = ctx.phrase_at(after + 1) else {
                continue;
            };
            (phrase, after)
        } else if let Some(phrase) = ctx.phrase_at(after) {
            // "…, its editor-in-chief, Henrik Saarinen, said.": the name in apposition, and
            // its verb after the closing comma.
            let apposed = matches!(
                phrase.referent,
                super::phrases::Referent::Description { .. }
            )
            .then(|| name_between_commas(ctx, phrase.tokens.end))
            .flatten()
            .filter(|name| ctx.is_speech_verb(name.tokens.end + 1));
            let (phrase, mut verb) = match apposed {
                Some(name) => {
                    let verb = name.tokens.end + 1;
                    (name, verb)
                }
                None => {
                    let verb = phrase.tokens.end;
                    (phrase, verb)
                }
            };
            // "…, the Highways and Transport Agency (HTA) said on Tuesday."
            if ctx.tokens.get(verb + 2).is_some()
                && ctx.word(verb) == "("
                && ctx.word(verb + 2) == ")"
            {
                verb += 3;
            }
            // "…, Glaswen Police have said.", "…, the union has said."
            if matches!(ctx.lower(verb), Some("has" | "have" | "had"))
                && ctx.is_speech_verb(verb + 1)
            {
                verb += 1;
            }
            if !ctx.is_speech_verb(verb)
                || !(closes_attribution(ctx, verb + 1, end) || participle_follows(ctx, verb))
            {
                continue;
            }
            (phrase, verb)
        } else {
            continue;
        };
        // The attribution must close the sentence (an appositive may follow the speaker).
        let tail_ok = closes_attribution(ctx, phrase.tokens.end.max(verb + 1), end)
            || ctx
                .tokens
                .get(phrase.tokens.end)
                .is_some_and(|t| t.text(ctx.text) == ",")
            || participle_follows(ctx, verb);
        if !tail_ok || !names_someone(ctx, &phrase) {
            continue;
        }
        // The verb must be one that reports a clause ("…, she said", not "…, she laughed"),
        // and the clause not a participle phrase about a question put to the subject
        // ("Asked whether she would stay, she laughed.").
        let verb_word = ctx.word(verb).to_lowercase();
        // Written words are reported after the clause too: "…, Moss wrote."
        let written = ctx.lexicon.is_written_verb(&verb_word);
        // "Piped water will reach …, the Water Board announced on Saturday.": announced
        // after the clause (not before it, where it takes a noun: "announced a plan").
        let announced = verb_word.starts_with("announc");
        // "DAPPLEWOOD — Tandemark Foods will close …, the company said": the clause starts
        // after a dateline's dash.
        let start = (sentence.start..comma.min(sentence.start + DATELINE_TOKENS))
            .find(|&i| matches!(ctx.word(i), "—" | "–" | "--"))
            .map_or(sentence.start, |dash| dash + 1);
        if start >= comma
            || !looks_like_clause(ctx, start..comma)
            || !(ctx.lexicon.takes_bare_clause(&verb_word) || written || announced)
            || ctx.is_speech_verb(start)
        {
            return None;
        }
        return Some((start..comma, verb_word, phrase, after));
    }
    None
}

/// Without "that", a coordinated reported clause must open with what can be its subject —
/// a personal pronoun, a determiner or a capitalised name — so that "and said the talks
/// had failed" counts but "and said no more" or "and said something kind" does not.
fn opens_with_subject(ctx: &Context, i: usize) -> bool {
    let Some(word) = ctx.lower(i) else {
        return false;
    };
    matches!(
        word,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there"
    ) || ctx.has_flag(i, flags::DETERMINER)
        || ctx.word(i).chars().next().is_some_and(char::is_uppercase)
        || bare_noun_subject(ctx, i)
        || counted_subject(ctx, i)
}

/// True when a number, or a currency sign and a number, stands at token `i` ("260", "$5.6").
fn amount_at(ctx: &Context, i: usize) -> bool {
    let number = |j: usize| {
        ctx.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    number(i)
        || (ctx.tokens.get(i).is_some() && matches!(ctx.word(i), "$" | "£" | "€") && number(i + 1))
}

/// Most tokens of a counted subject before its verb ("about 260 firefighters, 14 helicopters
/// and four air tankers were …").
const COUNTED_SUBJECT_TOKENS: usize = 14;

/// "said about 260 firefighters were working …", "said 1,100 people had registered": a
/// subject that opens with a number (or "about", "more than" …) and reaches an auxiliary
/// before the sentence's next full stop or relative word.
fn counted_subject(ctx: &Context, i: usize) -> bool {
    let counted = amount_at(ctx, i)
        || (matches!(
            ctx.lower(i),
            Some(
                "about"
                    | "around"
                    | "roughly"
                    | "nearly"
                    | "almost"
                    | "more"
                    | "fewer"
                    | "over"
                    | "only"
                    | "just"
                    | "up"
            )
        ) && (amount_at(ctx, i + 1) || matches!(ctx.lower(i + 1), Some("than" | "to"))));
    if !counted {
        return false;
    }
    // Through one relative clause ("about 120 students who commuted by bus had been
    // told"), whose own first verb is not the clause's ("who had complained").
    let mut relative: Option<usize> = None;
    let end = (i + 1 + COUNTED_SUBJECT_TOKENS + RELATIVE_TOKENS).min(ctx.tokens.len());
    for j in i + 1..end {
        let word = ctx.word(j);
        if matches!(word, "who" | "which" | "that") && relative.is_none() {
            relative = Some(j);
            continue;
        }
        if ctx.inside_quote[j]
            || matches!(word, "." | ";" | ":" | "who" | "which" | "that")
            || (relative.is_none() && j >= i + 1 + COUNTED_SUBJECT_TOKENS)
        {
            return false;
        }
        let auxiliary = matches!(
            ctx.lower(j),
            Some("had" | "have" | "has" | "were" | "was" | "are" | "is" | "would" | "will")
        );
        if auxiliary && relative.is_none_or(|r| j > r + 2) {
            return true;
        }
    }
    false
}

/// Most tokens of a relative clause inside a counted subject.
const RELATIVE_TOKENS: usize = 6;

/// Most words of a bare noun subject before its verb ("ballot boxes from the hill villages
/// around Carrow Fell were …").
const BARE_SUBJECT_WORDS: usize = 9;

/// "said hotels had reported cancellations": a bare noun phrase and, within a few words and
/// before any punctuation or relative word, an auxiliary that makes it a clause's subject.
fn bare_noun_subject(ctx: &Context, i: usize) -> bool {
    (i + 1..(i + 1 + BARE_SUBJECT_WORDS).min(ctx.tokens.len()))
        .take_while(|&j| {
            ctx.tokens[j].kind == TokenKind::Word
                && !matches!(ctx.lower(j), Some("who" | "which" | "that" | "to"))
        })
        .any(|j| {
            matches!(
                ctx.lower(j),
                Some(
                    "had"
                        | "have"
                        | "has"
                        | "were"
                        | "was"
                        | "are"
                        | "is"
                        | "would"
                        | "will"
                        | "could"
                        | "should"
                        | "might"
                        | "must"
                )
            )
        })
}

/// Reported speech needs a named speaker, or a pronoun standing for one.
/// The organisation that is the subject of the sentence before token `at` (in the same
/// paragraph, or the paragraph before when `at`'s sentence opens one): "In a statement, the
/// airline blamed … It said …", "The Professional Match Officials Board (PMOB) … said … ¶ It
/// added that …".
pub(super) fn organisation_subject_before(ctx: &Context, at: usize) -> Option<usize> {
    let k = ctx.sentences.of_token[at] as usize;
    let previous = k.checked_sub(1).map(|k| ctx.sentences.spans[k].clone())?;
    let own = ctx.sentences.spans[k].start;
    let paragraph = ctx.tokens[at].paragraph;
    let opens_paragraph = own == 0 || ctx.tokens[own - 1].paragraph != paragraph;
    let previous_paragraph = ctx.tokens[previous.start].paragraph;
    if previous_paragraph != paragraph && !(opens_paragraph && previous_paragraph + 1 == paragraph)
    {
        return None;
    }
    let (start, phrase) = subjects(ctx, &previous).into_iter().next()?;
    match phrase.referent {
        super::phrases::Referent::Name(id) => {
            (ctx.table.kind(id) == EntityKind::Organization).then_some(id)
        }
        super::phrases::Referent::Description {
            organization: Some(id),
            ..
        } => Some(id),
        super::phrases::Referent::Description { ref head, .. } if ctx.lexicon.is_org_noun(head) => {
            ctx.recent_within(start, super::coref::ORG_NOUN_WINDOW, |ctx, id| {
                ctx.lexicon.org_noun_names(head, &ctx.table.drafts[id].name)
            })
        }
        _ => None,
    }
}

fn names_someone(ctx: &Context, phrase: &super::phrases::Phrase) -> bool {
    use super::phrases::Referent;
    match &phrase.referent {
        Referent::Name(id) => !ctx.table.drafts[*id].nominal,
        Referent::Pronoun { plural, .. } => {
            let word = ctx.lower(phrase.tokens.start);
            (!plural && word != Some("i"))
                // "Lindmere Sports Partners said … They said a meeting had been arranged.":
                // "they" after a sentence whose subject is an organisation is that body.
                || (word == Some("they")
                    && organisation_subject_before(ctx, phrase.tokens.start).is_some())
        }
        Referent::Description {
            organization,
            head,
            definite,
            phrase: words,
        } => {
            organization.is_some()
                || (*definite && ctx.lexicon.is_org_noun(head))
                // "A hospital spokesperson said …"
                || ctx
                    .body_of_voice(words, head, phrase.tokens.start)
                    .is_some()
                // "The delegate added that …" after Ambassador Nadia Qorvash spoke: a role
                // that stands for a named person.
                || (*definite
                    && ctx.lexicon.role_noun(head).is_some()
                    && ctx
                        .lower(phrase.tokens.start)
                        .and_then(|determiner| {
                            ctx.named_by_description(determiner, head, true, phrase.tokens.start)
                        })
                        .is_some_and(|id| !ctx.table.drafts[id].nominal))
        }
    }
}

/// The speech verb right after the subject `phrase` (before `end`), past fillers and past
/// what may stand between them: a prepositional phrase ("Dahl of the Institute said"), an
/// appositive or relative clause between commas, several when the first names a role ("Tom
/// Keller, the chief executive of X, which runs Y, said"), or just a comma when the subject is
/// itself an appositive name ("its director, Ana Ruiz, said": `after_comma`).
fn verb_after(
    ctx: &Context,
    phrase: &super::phrases::Phrase,
    after_comma: bool,
    end: usize,
) -> Option<usize> {
    let start = past_bracketed_acronym(ctx, phrase.tokens.end);
    if let Some(verb) = speech_verb_at(ctx, start, end) {
        return Some(verb);
    }
    if let Some(verb) = verb_after_modifier(ctx, start, end) {
        return Some(verb);
    }
    if start >= end || ctx.word(start) != "," {
        return None;
    }
    if after_comma && let Some(verb) = speech_verb_at(ctx, start + 1, end) {
        return Some(verb);
    }
    let limit = end.min(start + 1 + APPOSITIVE_TOKENS);
    let mut commas = (start + 1..limit).filter(|&c| ctx.word(c) == ",");
    let close = commas.next()?;
    if let Some(verb) = speech_verb_at(ctx, close + 1, end) {
        return Some(verb);
    }
    // More comma-separated phrases only after a first one that names a role, an age or
    // opens a relative clause.
    let first = ctx.lower(start + 1).unwrap_or_default();
    // "Sanjay Whitlock, the Civic Democrats member for Wrenford, who was at the game, said".
    let role_phrase = matches!(first, "the" | "a" | "an")
        && (start + 2..close).any(|i| ctx.has_flag(i, super::lexicon::flags::ROLE));
    let described = appositive_after(ctx.text, phrase.span.clone(), ctx.lexicon).is_some()
        || role_phrase
        || matches!(first, "who" | "whose" | "which")
        || ctx
            .tokens
            .get(start + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    if !described {
        return None;
    }
    commas
        .take(MAX_APPOSITIVE_COMMAS - 1)
        .find_map(|c| speech_verb_at(ctx, c + 1, end))
}

/// Past an acronym in brackets right after a name ("the Workers Union (WDWU) said"): the
/// token after the closing bracket, else `start`.
fn past_bracketed_acronym(ctx: &Context, start: usize) -> usize {
    let bracketed = ctx.tokens.get(start + 2).is_some_and(|_| {
        ctx.word(start) == "("
            && ctx.word(start + 2) == ")"
            && ctx.tokens[start + 1].kind == TokenKind::Word
            && ctx
                .word(start + 1)
                .chars()
                .all(|c| c.is_uppercase() || c == '.')
    });
    if bracketed { start + 3 } else { start }
}

/// The speech verb at token `start` or after at most two fillers ("later said", "has told"),
/// unless a form of "be" before it makes it passive: "Ruiz was asked whether …" reports a
/// question put to Ruiz ("was saying" is not passive).
fn speech_verb_at(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let mut k = start;
    let mut passive = false;
    while k < end && ctx.is_filler(k) && k < start + 3 {
        passive |= ctx.lower(k).is_some_and(|w| BE_FORMS.contains(&w));
        k += 1;
    }
    if k >= end || !ctx.is_speech_verb(k) {
        return None;
    }
    (!passive || ctx.word(k).ends_with("ing")).then_some(k)
}

/// "of the Institute of Maritime Studies said": the speech verb after a short prepositional
/// phrase that modifies the subject (words only; no relative clause, which would bring its
/// own subject).
fn verb_after_modifier(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let preposition = ctx.lower(start)?;
    if !SUBJECT_PREPOSITIONS.contains(&preposition) {
        return None;
    }
    let limit = end.min(start + 1 + MODIFIER_TOKENS);
    for k in start + 1..limit {
        if let Some(verb) = speech_verb_at(ctx, k, end) {
            return (k > start + 1).then_some(verb);
        }
        // "One of the eight, Rep. Luis Carabajal of Mesquite Flats, said …"
        if ctx.word(k) == "," && k > start + 1 {
            return speech_verb_at(ctx, k + 1, end).filter(|&verb| verb == k + 1);
        }
        // "of Brandtner & Koury": a sign inside a name is passed over.
        if ctx
            .lower(k)
            .is_some_and(|word| matches!(word, "who" | "whom" | "whose" | "which" | "that"))
        {
            return None;
        }
    }
    None
}

/// An object like "reporters" or "lawmakers" after "told".
fn single_word_object(ctx: &Context, i: usize) -> Option<super::phrases::Phrase> {
    let token = ctx.tokens.get(i)?;
    // "warned of famine" has no listener.
    (token.kind == TokenKind::Word
        && ctx.word(i).chars().all(char::is_lowercase)
        && ctx.word(i) != "that"
        && !CLAUSE_PREPOSITIONS.contains(&ctx.word(i)))
    .then(|| super::phrases::Phrase {
        tokens: i..i + 1,
        span: token.range(),
        referent: super::phrases::Referent::Pronoun {
            gender: super::lexicon::Gender::Unknown,
            plural: true,
        },
    })
}

/// The sentence's end without its final punctuation.
fn trailing_punctuation(ctx: &Context, end: usize) -> usize {
    let mut end = end;
    while end > 0 && ctx.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    end
}

/// A reported clause has a few words and does not start with punctuation, a preposition
/// that shows the verb was used otherwise ("said in a statement.", "cautioned against …") or
/// an answer ("said no to …").
fn looks_like_clause(ctx: &Context, range: Range<usize>) -> bool {
    let words = (range.clone())
        .filter(|&i| {
            ctx.tokens[i].kind == TokenKind::Word || ctx.tokens[i].kind == TokenKind::Number
        })
        .count();
    if words < MIN_CLAUSE_WORDS {
        return false;
    }
    let first = ctx.lower(range.start).unwrap_or_default();
    // "as many as 1,200 jobs could be lost", "at least 23 people were killed" open with a
    // quantity, not a preposition.
    let quantity = (first == "as"
        && matches!(
            ctx.lower(range.start + 1),
            Some("many" | "much" | "few" | "little")
        ))
        || (first == "at" && matches!(ctx.lower(range.start + 1), Some("least" | "most")));
    // After "that" a clause may open with an adverbial: "pointed out that in absolute terms
    // fewer than 6 per cent …".
    let after_that = range.start > 0
        && ctx.lower(range.start - 1) == Some("that")
        && matches!(
            first,
            "in" | "on" | "at" | "by" | "for" | "over" | "during" | "without" | "with"
        );
    // "about 260 firefighters were working …", "over 1,000 homes had lost power …"
    // "about half his breakfast trade came …", "about a third of …".
    let fraction = matches!(first, "about" | "nearly" | "almost" | "roughly")
        && (matches!(
            ctx.lower(range.start + 1),
            Some("half" | "two-thirds" | "three-quarters")
        ) || (ctx.lower(range.start + 1) == Some("a")
            && matches!(
                ctx.lower(range.start + 2),
                Some("third" | "quarter" | "fifth" | "tenth" | "dozen")
            )));
    // "About 210 attendants set up picket lines …, the union said.": a sentence that opens
    // with an amount is the clause itself.
    let opens_sentence = ctx.sentences.of(range.start).start == range.start;
    let counted = fraction
        || (opens_sentence
            && matches!(
                first,
                "about" | "over" | "around" | "nearly" | "almost" | "some"
            )
            && amount_at(ctx, range.start + 1))
        || matches!(first, "about" | "over")
            && (counted_subject(ctx, range.start)
                || (range.start > 0
                    && ctx.lower(range.start - 1) == Some("that")
                    && amount_at(ctx, range.start + 1)));
    // "€40 million in savings would …": a currency sign opens an amount.
    (ctx.tokens[range.start].kind != TokenKind::Punct || amount_at(ctx, range.start))
        && (quantity
            || counted
            || after_that
            || !matches!(
                first,
                "in" | "on"
                    | "at"
                    | "to"
                    | "of"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "about"
                    | "against"
                    | "over"
                    | "during"
                    | "into"
                    | "upon"
                    | "without"
                    | "through"
                    | "so"
                    | "as"
                    | "and"
                    | "but"
                    | "or"
                    | "nothing"
                    | "goodbye"
                    | "hello"
            ))
        && !(matches!(first, "yes" | "no") && answer_not_clause(ctx, range.start + 1))
}

/// After "yes" or "no": true when the word is the answer itself ("said no to the plan",
/// "said no more", "said yes, then …"), not the start of a clause ("no one had asked").
fn answer_not_clause(ctx: &Context, next: usize) -> bool {
    ctx.tokens
        .get(next)
        .is_none_or(|t| t.kind == TokenKind::Punct)
        || matches!(
            ctx.lower(next),
            Some("to" | "more" | "less" | "longer" | "thanks")
        )
        || ctx.lower(next - 1) == Some("yes")
}

#[cfg(test)]
mod tests {
    use crate::analysis::{QuoteKind, analyze};
    use crate::document::{Article, Metadata};

    /// The indirect quotes of a one-paragraph article: (clause, speaker).
    fn reported(paragraph: &str) -> Vec<(String, Option<String>)> {
        let article = Article::from_paragraphs("t", Metadata::default(), [paragraph]);
        let analysis = analyze(&article);
        analysis
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| {
                (
                    article.text()[q.span.clone()].to_owned(),
                    analysis.speaker_name(q).map(str::to_owned),
                )
            })
            .collect()
    }

    fn one(clause: &str, speaker: &str) -> Vec<(String, Option<String>)> {
        vec![(clause.to_owned(), Some(speaker.to_owned()))]
    }

    #[test]
    fn subject_then_said() {
        assert_eq!(
            reported("Marta Quell said the bridge would reopen in March."),
            one("the bridge would reopen in March", "Marta Quell")
        );
    }

    #[test]
    fn several_appositives_after_a_role_may_stand_before_the_verb() {
        assert_eq!(
            reported(
                "Marta Quell, the chief engineer of Fenwick Rail, which runs the northern line, said the bridge would reopen in March."
            ),
            one("the bridge would reopen in March", "Marta Quell")
        );
        assert_eq!(
            reported(
                "Marta Quell, 61, who has run the yard since the war, said the bridge would reopen in March."
            ),
            one("the bridge would reopen in March", "Marta Quell")
        );
    }

    #[test]
    fn a_list_of_names_is_not_an_appositive() {
        assert_eq!(
            reported(
                "Marta Quell, Olaf Brenner and Ines Varga, all of them pilots, said the channel was silting up."
            ),
            vec![]
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_role_is_the_speaker() {
        assert_eq!(
            reported(
                "The museum's new director, Ines Varga, said the collection would travel to Lisbon next year."
            ),
            one(
                "the collection would travel to Lisbon next year",
                "Ines Varga"
            )
        );
        assert_eq!(
            reported(
                "Its treasurer, Paulo Brandt, conceded that the budget would not balance this year."
            ),
            one("the budget would not balance this year", "Paulo Brandt")
        );
    }

    #[test]
    fn a_prepositional_phrase_may_follow_the_speaker() {
        assert_eq!(
            reported(
                "Dr. Oona Pratt of the Lindqvist Centre for Soil Research said the drought had cut yields by half."
            ),
            one("the drought had cut yields by half", "Oona Pratt")
        );
    }

    #[test]
    fn a_second_clause_after_a_quotation_is_reported_speech() {
        assert_eq!(
            reported(
                "Ines Varga described the loan as “a gift to the city” and argued that the insurers should pay for the crates."
            ),
            one("the insurers should pay for the crates", "Ines Varga")
        );
        assert_eq!(
            reported(
                "Paulo Brandt called the audit “thorough” and said the council had fixed every problem it found."
            ),
            one(
                "the council had fixed every problem it found",
                "Paulo Brandt"
            )
        );
        assert_eq!(
            reported(
                "Kestrel Mining said in a letter that “the matter is closed” and that the inspectors would not return before autumn."
            ),
            one(
                "the inspectors would not return before autumn",
                "Kestrel Mining"
            )
        );
    }

    #[test]
    fn and_that_needs_a_first_that_clause() {
        assert_eq!(
            reported(
                "Kestrel Mining praised “the matter” at length and that the inspectors would not return was all."
            ),
            vec![]
        );
    }

    #[test]
    fn coordinated_verbs_without_that_need_a_subject() {
        assert_eq!(
            reported("Ines Varga shook her head and said no more about the loan."),
            vec![]
        );
        assert_eq!(
            reported("Ines Varga shook her head and said something about the loan."),
            vec![]
        );
        assert_eq!(
            reported("Ines Varga put out her hand and pressed my fingers twice."),
            vec![]
        );
    }

    #[test]
    fn verbs_that_need_that_report_nothing_without_it() {
        assert_eq!(
            reported("Oona Pratt recalled the flood that swept the valley in 1998."),
            vec![]
        );
        assert_eq!(
            reported("Oona Pratt recalled that the flood had swept the valley in 1998."),
            one("the flood had swept the valley in 1998", "Oona Pratt")
        );
        assert_eq!(
            reported(
                "The council welcomed the report, and Oona Pratt urged both unions to return to work."
            ),
            vec![]
        );
    }

    #[test]
    fn a_preposition_after_the_verb_is_not_a_clause() {
        assert_eq!(
            reported("Oona Pratt argued against treating the harvest as lost."),
            vec![]
        );
    }

    #[test]
    fn passive_speech_verbs_do_not_make_the_subject_a_speaker() {
        assert_eq!(
            reported("Paulo Brandt was asked whether the budget would balance."),
            vec![]
        );
        assert_eq!(
            reported("Paulo Brandt was told the budget would not balance."),
            vec![]
        );
        assert_eq!(
            reported("Paulo Brandt was saying the budget would not balance."),
            one("the budget would not balance", "Paulo Brandt")
        );
    }

    #[test]
    fn no_opens_a_clause_only_when_it_is_not_the_answer() {
        assert_eq!(
            reported("Paulo Brandt said no one had warned the council."),
            one("no one had warned the council", "Paulo Brandt")
        );
        assert_eq!(
            reported("Paulo Brandt said no to the new budget plan."),
            vec![]
        );
    }

    #[test]
    fn regression_appositive_with_a_relative_clause_hid_reported_speech() {
        // The speaker was parted from "said" by more than one comma phrase.
        assert_eq!(
            reported(
                "Olaf Brenner, the harbour pilot, who has guided ships here for thirty years, told the paper the channel was silting up."
            ),
            one("the channel was silting up", "Olaf Brenner")
        );
    }

    #[test]
    fn regression_was_asked_whether_made_the_subject_a_speaker() {
        assert_eq!(
            reported(
                "After the vote, Olaf Brenner was asked whether the channel would be dredged."
            ),
            vec![]
        );
    }

    #[test]
    fn regression_recalled_a_noun_phrase_was_reported_speech() {
        assert_eq!(
            reported(
                "In his address, Olaf Brenner recalled the storm that sank two trawlers in 1987."
            ),
            vec![]
        );
    }

    #[test]
    fn regression_second_clause_after_a_quotation_was_missed() {
        assert_eq!(
            reported(
                "Olaf Brenner called the dredging plan “overdue” and told the committee the channel was silting up."
            ),
            one("the channel was silting up", "Olaf Brenner")
        );
    }

    #[test]
    fn that_may_follow_a_prepositional_phrase_after_the_verb() {
        assert_eq!(
            reported(
                "The Orchard Growers Union said in a statement that prices had fallen by a third."
            ),
            one("prices had fallen by a third", "Orchard Growers Union")
        );
        assert_eq!(
            reported("Professor Ilse Brandt argued in a radio interview that the levy was unfair."),
            one("the levy was unfair", "Ilse Brandt")
        );
    }

    #[test]
    fn warned_that_is_not_an_object_followed_by_a_clause() {
        assert_eq!(
            reported(
                "Dana Whitlow called the budget “a disgrace” and warned that the nurses would strike in May."
            ),
            one("the nurses would strike in May", "Dana Whitlow")
        );
    }

    #[test]
    fn a_relative_clause_may_stand_between_subject_and_first_verb() {
        assert_eq!(
            reported(
                "Petra Lund, who chairs the housing committee, called the scheme “a lottery” and said the council had ignored tenants for years."
            ),
            one("the council had ignored tenants for years", "Petra Lund")
        );
    }

    #[test]
    fn the_subject_may_follow_an_introduction_and_its_appositive() {
        assert_eq!(
            reported(
                "In Marlow Bay, the county’s largest harbour, fisherman Owen Tregar said his catch had halved since spring."
            ),
            one("his catch had halved since spring", "Owen Tregar")
        );
    }

    #[test]
    fn a_participle_phrase_before_a_non_reporting_verb_is_not_reported_speech() {
        assert_eq!(
            reported(
                "Anna Holt waited at the pier. Asked whether she would move away, she laughed."
            ),
            vec![]
        );
    }

    #[test]
    fn a_possessor_before_a_role_and_a_name_is_not_the_speaker() {
        assert_eq!(
            reported(
                "Norland’s minister of fisheries, Edda Solberg, accused the fleet of “emptying the fjord” and said she would close it in May."
            ),
            one("she would close it in May", "Edda Solberg")
        );
    }

    #[test]
    fn according_to_without_quotation_marks_is_sourcing_not_reported_speech() {
        // The gold of tests/ never lists "According to X, …" without marks.
        assert!(
            reported("Ana Ruiz runs the port. According to Ruiz, the harbour will reopen in May.")
                .is_empty()
        );
    }

    #[test]
    fn a_time_or_an_adverb_may_stand_between_the_verb_and_the_clause() {
        assert_eq!(
            reported("Tom Keller, 54, said on Tuesday the workers had been ignored."),
            one("the workers had been ignored", "Tom Keller")
        );
        assert_eq!(
            reported("Ana Ruiz has said repeatedly that the port will never be sold."),
            one("the port will never be sold", "Ana Ruiz")
        );
    }

    #[test]
    fn a_modified_organisation_noun_is_not_just_any_organisation() {
        assert_eq!(
            reported(
                "Ana Ruiz spoke to the Calder Gazette. The port authority said that it had fired two managers."
            ),
            vec![]
        );
    }

    #[test]
    fn an_acronym_in_brackets_may_stand_between_the_subject_and_the_verb() {
        assert_eq!(
            reported("The Brackwater Dockers Union (BDU) said the strike would last a week."),
            one("the strike would last a week", "Brackwater Dockers Union")
        );
    }

    #[test]
    fn however_between_commas_may_follow_the_verb() {
        assert_eq!(
            reported("Dr. Helena Marsh cautioned, however, that the study had been small."),
            one("the study had been small", "Helena Marsh")
        );
    }

    #[test]
    fn and_that_after_a_partial_quote_continues_a_bare_clause() {
        assert_eq!(
            reported(
                "Corvid Logistics said the system was “a tool for planning” and that no worker had been dismissed."
            ),
            one("no worker had been dismissed", "Corvid Logistics")
        );
    }

    #[test]
    fn a_first_clause_before_a_coordinated_quotation_is_reported_speech() {
        assert_eq!(
            reported(
                "Niall Brodie noted that the model had been trained on few scans, and said it performed “noticeably worse” in smaller groups."
            ),
            one("the model had been trained on few scans", "Niall Brodie")
        );
        assert_eq!(
            reported(
                "The Corvell Safety Authority said it had found no defect but that its review was “ongoing.”"
            ),
            one("it had found no defect", "Corvell Safety Authority")
        );
    }

    #[test]
    fn a_second_main_clause_may_have_its_own_speaker() {
        assert_eq!(
            reported(
                "Tessaly Power reported a loss on Thursday, and the company warned that an inquiry had been widened."
            ),
            one("an inquiry had been widened", "Tessaly Power")
        );
        assert_eq!(
            reported(
                "Tessaly Power received 212 claims last year, though it said most involved display faults."
            ),
            one("most involved display faults", "Tessaly Power")
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_description_is_the_speaker() {
        assert_eq!(
            reported(
                "The largest shareholder, the pension fund Northmere Capital, said that it still backed the board."
            ),
            one("it still backed the board", "Northmere Capital")
        );
    }

    #[test]
    fn an_affiliation_and_a_means_may_stand_around_the_verb() {
        assert_eq!(
            reported(
                "Dev Mahal, of Calloway Research, told us by email that the survey had a wide margin of error."
            ),
            one("the survey had a wide margin of error", "Dev Mahal")
        );
    }

    #[test]
    fn pointed_out_reports_and_pointed_to_does_not() {
        assert_eq!(
            reported(
                "Rohan Mistry pointed out that in absolute terms fewer than 6 per cent of the group fell ill."
            ),
            one(
                "in absolute terms fewer than 6 per cent of the group fell ill",
                "Rohan Mistry"
            )
        );
        assert!(
            reported("Rohan Mistry pointed to a notice that had appeared in the canteen.")
                .is_empty()
        );
    }

    #[test]
    fn but_that_after_a_partial_quote_continues_the_report() {
        assert_eq!(
            reported(
                "The Corvell Screening Council said it was “aware of the study” but that it had no plans to review its guidance."
            ),
            one(
                "it had no plans to review its guidance",
                "Corvell Screening Council"
            )
        );
    }

    #[test]
    fn a_sentence_may_open_with_but_or_a_capitalised_adjective() {
        assert_eq!(
            reported("Ana Ruiz spoke. But she noted that the driver had not called for help."),
            one("the driver had not called for help", "Ana Ruiz")
        );
        assert_eq!(
            reported(
                "Local MP Sanjay Whitlock, the Civic Democrats member for Wrenford, who was at the game, said he would raise the matter."
            ),
            one("he would raise the matter", "Sanjay Whitlock")
        );
    }

    #[test]
    fn a_pronoun_and_a_verb_may_bring_the_coordinated_quotation() {
        assert_eq!(
            reported(
                "Yusra Nouri said the government had added new names, and she accused it of “buying time” all week."
            ),
            one("the government had added new names", "Yusra Nouri")
        );
    }

    #[test]
    fn a_body_may_report_in_a_which_clause() {
        assert_eq!(
            reported(
                "The strike will cost the city dearly, according to the Corvane Chamber of Commerce, which said hotels had reported cancellations."
            ),
            one(
                "hotels had reported cancellations",
                "Corvane Chamber of Commerce"
            )
        );
        // A person's "which" clause is no report.
        assert!(reported("They met Ana Ruiz, which said a great deal about the talks.").is_empty());
    }

    #[test]
    fn a_bare_noun_phrase_before_an_auxiliary_opens_a_reported_clause() {
        assert_eq!(
            reported(
                "Martin Ablewhite blamed the rain and said ballot boxes from the hill villages were still on the road."
            ),
            one(
                "ballot boxes from the hill villages were still on the road",
                "Martin Ablewhite"
            )
        );
        assert!(reported("Martin Ablewhite said goodbye to friends who were leaving.").is_empty());
    }
}
