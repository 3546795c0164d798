//! Turn-taking: who speaks the paragraphs that are nothing but a quotation. In news the
//! previous speaker goes on; in dialogue (fiction, interviews) the turn passes to the other
//! party — the person just addressed by name, or the one who spoke before.

use super::attribution::{Attribution, opens_paragraph, paragraph_is_quotation};
use super::context::Context;
use super::model::QuoteKind;
use super::tokens::TokenKind;

/// Share of quote paragraphs that are pure quotation from which a text is read as dialogue.
const DIALOGUE_SHARE: f32 = 0.2;
/// How many paragraphs back the other party of a conversation is looked for.
const CONVERSATION_WINDOW: usize = 10;

/// Fills in the speakers of quotes that open their paragraph and have none yet.
pub fn take_turns(ctx: &Context, results: &mut [(QuoteKind, Attribution)]) {
    let dialogue = is_dialogue(ctx);
    let addressed: Vec<Option<usize>> = (0..ctx.quotes.len()).map(|i| addressee(ctx, i)).collect();
    for index in 0..results.len() {
        if results[index].1.speaker.is_some()
            || results[index].0 == QuoteKind::Partial
            || !opens_paragraph(ctx, index)
        {
            continue;
        }
        let paragraph = ctx.quotes[index].quote.paragraph;
        let Some(previous) = last_quote_of(ctx, results, index, paragraph.wrapping_sub(1)) else {
            continue;
        };
        let Some(a) = results[previous].1.speaker else {
            continue;
        };
        let speaker = if dialogue {
            next_turn(ctx, results, &addressed, index, previous, a)
        } else {
            a
        };
        let span = (0..index)
            .rev()
            .find(|&j| results[j].1.speaker == Some(speaker))
            .and_then(|j| results[j].1.speaker_span.clone());
        results[index].1 = Attribution {
            speaker: Some(speaker),
            speaker_span: span,
            cue: None,
        };
    }
}

/// In dialogue, the speaker after `a` (who spoke quote `previous`): the person `a` just
/// addressed by name, else whoever spoke the paragraph before, else the last other speaker,
/// else `a` again. Nobody addresses themselves by name, so that choice is skipped.
fn next_turn(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    addressed: &[Option<usize>],
    index: usize,
    previous: usize,
    a: usize,
) -> usize {
    let paragraph = ctx.quotes[index].quote.paragraph;
    let before_previous = last_quote_of(ctx, results, index, paragraph.wrapping_sub(2))
        .and_then(|q| results[q].1.speaker);
    let candidates = [
        addressed[previous],
        before_previous,
        other_speaker(ctx, results, index, a),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|&c| c != a && addressed[index] != Some(c))
        .unwrap_or(a)
}

/// True when many quote paragraphs are nothing but quotation, the shape of dialogue.
fn is_dialogue(ctx: &Context) -> bool {
    let mut paragraphs = 0usize;
    let mut bare = 0usize;
    let mut last = None;
    for index in 0..ctx.quotes.len() {
        let paragraph = ctx.quotes[index].quote.paragraph;
        if last == Some(paragraph) {
            continue;
        }
        last = Some(paragraph);
        paragraphs += 1;
        if opens_paragraph(ctx, index) && paragraph_is_quotation(ctx, index) {
            bare += 1;
        }
    }
    bare >= 3 && bare as f32 >= DIALOGUE_SHARE * paragraphs as f32
}

/// The last non-partial quote of `paragraph` before quote `index`.
fn last_quote_of(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    index: usize,
    paragraph: usize,
) -> Option<usize> {
    (0..index)
        .rev()
        .take_while(|&j| ctx.quotes[j].quote.last_paragraph >= paragraph)
        .find(|&j| ctx.quotes[j].quote.paragraph == paragraph && results[j].0 != QuoteKind::Partial)
}

/// The most recent speaker other than `a` within the conversation window.
fn other_speaker(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    index: usize,
    a: usize,
) -> Option<usize> {
    let paragraph = ctx.quotes[index].quote.paragraph;
    (0..index)
        .rev()
        .take_while(|&j| ctx.quotes[j].quote.paragraph + CONVERSATION_WINDOW >= paragraph)
        .filter_map(|j| results[j].1.speaker)
        .find(|&s| s != a && ctx.is_person_like(s))
}

/// The person a quote addresses by name: “Oh, Tommy!”, “My dear Watson, …”, “Jo, don’t.”
fn addressee(ctx: &Context, index: usize) -> Option<usize> {
    let quote = &ctx.quotes[index];
    let end = quote.close.unwrap_or(quote.open + 1);
    for i in quote.open + 1..end {
        let Some(mention) = ctx.mention_starting_at.get(i) else {
            continue;
        };
        let name = &ctx.mentions[mention];
        let before = ctx.word(i - 1);
        let after = ctx
            .tokens
            .get(name.tokens.end)
            .map_or("", |t| t.text(ctx.text));
        let before_ok = i - 1 == quote.open
            || matches!(before, "," | "!" | "dear" | "Oh" | "O" | "Ah")
            || ctx.tokens[i - 1].kind == TokenKind::Mark;
        if before_ok && matches!(after, "," | "!" | "?" | "." | "”" | "\"" | "’" | ";") {
            let id = ctx.entity_of_mention(mention);
            if ctx.is_person_like(id) {
                return Some(id);
            }
        }
    }
    None
}
