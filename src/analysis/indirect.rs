//! Reported speech without quotation marks: "Ortiz said the plan would fail." and
//! "The plan would fail, said Luis Ortiz, the authority's director."

use std::ops::Range;

use super::attribution::Attribution;
use super::context::Context;
use super::tokens::TokenKind;

/// Shortest reported clause, in words, worth reporting.
const MIN_CLAUSE_WORDS: usize = 3;

/// Finds indirect quotes: (clause bytes, attribution).
pub fn find_indirect(ctx: &mut Context) -> Vec<(Range<usize>, Attribution)> {
    let mut found = Vec::new();
    for s in 0..ctx.sentences.spans.len() {
        let sentence = ctx.sentences.spans[s].clone();
        if (sentence.start..sentence.end).any(|i| ctx.inside_quote[i]) {
            continue;
        }
        let result = subject_verb_clause(ctx, sentence.clone())
            .or_else(|| clause_then_attribution(ctx, sentence));
        if let Some((clause, cue_verb, phrase, at)) = result
            && let Some(speaker) = ctx.resolve(&phrase, at, false)
        {
            found.push((
                clause,
                Attribution {
                    speaker: Some(speaker),
                    speaker_span: Some(phrase.span),
                    cue: Some(cue_verb),
                },
            ));
        }
    }
    found
}

type Found = (Range<usize>, String, super::phrases::Phrase, usize);

/// "[Intro,] NP [, appositive,] [fillers] VERB [object] [that] CLAUSE."
fn subject_verb_clause(ctx: &Context, sentence: Range<usize>) -> Option<Found> {
    let mut starts = vec![sentence.start];
    if let Some(comma) =
        (sentence.start..sentence.end.min(sentence.start + 8)).find(|&i| ctx.word(i) == ",")
    {
        starts.push(comma + 1);
    }
    for start in starts {
        let Some(phrase) = ctx.phrase_at(start) else {
            continue;
        };
        if !names_someone(ctx, &phrase) {
            continue;
        }
        let Some(verb) = verb_after(ctx, phrase.tokens.end, sentence.end) else {
            continue;
        };
        let mut clause_start = verb + 1;
        if ctx.lower(verb).as_deref().is_some_and(|v| {
            v.starts_with("told")
                || v.starts_with("tell")
                || v.starts_with("inform")
                || v.starts_with("assur")
                || v.starts_with("remind")
                || v.starts_with("warn")
        }) {
            // told reporters / told the Tribune / told him
            if let Some(object) = ctx
                .phrase_at(clause_start)
                .or_else(|| single_word_object(ctx, clause_start))
            {
                clause_start = object.tokens.end;
            }
        }
        if ctx.lower(clause_start).as_deref() == Some("that") {
            clause_start += 1;
        }
        let clause_end = trailing_punctuation(ctx, sentence.end);
        if clause_start >= clause_end || !looks_like_clause(ctx, clause_start..clause_end) {
            continue;
        }
        let verb_word = ctx.word(verb).to_lowercase();
        return Some((
            ctx.bytes(clause_start..clause_end),
            verb_word,
            phrase,
            start,
        ));
    }
    None
}

/// "CLAUSE, said NP[, appositive]." or "CLAUSE, NP said."
fn clause_then_attribution(ctx: &Context, sentence: Range<usize>) -> Option<Found> {
    let commas: Vec<usize> = (sentence.start + MIN_CLAUSE_WORDS..sentence.end)
        .filter(|&i| ctx.word(i) == ",")
        .collect();
    for comma in commas {
        let after = comma + 1;
        let end = trailing_punctuation(ctx, sentence.end);
        let (phrase, verb) = if ctx.is_speech_verb(after) {
            let phrase = ctx.phrase_at(after + 1)?;
            (phrase, after)
        } else if let Some(phrase) = ctx.phrase_at(after) {
            let verb = phrase.tokens.end;
            if !ctx.is_speech_verb(verb) || verb + 1 != end {
                continue;
            }
            (phrase, verb)
        } else {
            continue;
        };
        // The attribution must close the sentence (an appositive may follow the speaker).
        let tail_ok = phrase.tokens.end.max(verb + 1) == end
            || ctx
                .tokens
                .get(phrase.tokens.end)
                .is_some_and(|t| t.text(ctx.text) == ",");
        if !tail_ok || !names_someone(ctx, &phrase) {
            continue;
        }
        if !looks_like_clause(ctx, sentence.start..comma) {
            return None;
        }
        let verb_word = ctx.word(verb).to_lowercase();
        return Some((ctx.bytes(sentence.start..comma), verb_word, phrase, after));
    }
    None
}

/// Reported speech needs a named speaker, or a pronoun standing for one.
fn names_someone(ctx: &Context, phrase: &super::phrases::Phrase) -> bool {
    use super::phrases::Referent;
    match &phrase.referent {
        Referent::Name(id) => !ctx.table.drafts[*id].nominal,
        Referent::Pronoun { plural, .. } => {
            !plural && ctx.word(phrase.tokens.start).to_lowercase() != "i"
        }
        Referent::Description {
            organization,
            head,
            definite,
            ..
        } => organization.is_some() || (*definite && ctx.lexicon.is_org_noun(head)),
    }
}

/// The speech verb right after a subject (fillers and one appositive allowed).
fn verb_after(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let mut k = start;
    while k < end && ctx.is_filler(k) && k < start + 3 {
        k += 1;
    }
    if k < end && ctx.is_speech_verb(k) {
        return Some(k);
    }
    if ctx
        .tokens
        .get(start)
        .is_some_and(|t| t.text(ctx.text) == ",")
    {
        let close = (start + 1..end.min(start + 25)).find(|&c| ctx.word(c) == ",")?;
        let mut k = close + 1;
        while k < end && ctx.is_filler(k) && k < close + 4 {
            k += 1;
        }
        if k < end && ctx.is_speech_verb(k) {
            return Some(k);
        }
    }
    None
}

/// An object like "reporters" or "lawmakers" after "told".
fn single_word_object(ctx: &Context, i: usize) -> Option<super::phrases::Phrase> {
    let token = ctx.tokens.get(i)?;
    (token.kind == TokenKind::Word
        && ctx.word(i).chars().all(char::is_lowercase)
        && ctx.word(i) != "that")
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

/// A reported clause has a few words and does not start with punctuation or a preposition
/// that shows the verb was used otherwise ("said in a statement.").
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
    ctx.tokens[range.start].kind != TokenKind::Punct
        && !matches!(
            first.as_str(),
            "in" | "on"
                | "at"
                | "to"
                | "of"
                | "for"
                | "with"
                | "by"
                | "from"
                | "about"
                | "so"
                | "as"
                | "and"
                | "but"
                | "or"
                | "nothing"
                | "goodbye"
                | "hello"
                | "yes"
                | "no"
        )
}
