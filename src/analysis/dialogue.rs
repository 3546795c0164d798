//! Turn-taking: who speaks the paragraphs that are nothing but a quotation. In news the
//! previous speaker goes on; in dialogue (fiction, interviews) the turn passes to the other
//! party — the person just addressed by name, or the one who spoke before.

use super::attribution::{Attribution, opens_paragraph, paragraph_is_quotation};
use super::context::Context;
use super::coref::Target;
use super::lexicon::Gender;
use super::model::{EntityKind, QuoteKind};
use super::phrases::{Phrase, Referent};
use super::tokens::TokenKind;

/// Share of quote paragraphs that are pure quotation from which a text is read as dialogue.
const DIALOGUE_SHARE: f32 = 0.2;
/// How many paragraphs back the other party of a conversation is looked for.
const CONVERSATION_WINDOW: usize = 10;

/// Fills in the speakers of quotes that open their paragraph and have none yet (`explicit`:
/// the quotes whose own cue decided their speaker, anonymous ones too), and turns “…,” he
/// said (`pronoun_after`: the gender of a he/she cue after the quote) over to the other party
/// when the pronoun was taken for the one who just spoke. A quote calling `narrators_name`
/// calls the narrator. `dialogue` tells whether the text reads as dialogue ([`is_dialogue`]).
pub fn take_turns(
    ctx: &Context,
    results: &mut [(QuoteKind, Attribution)],
    explicit: &[bool],
    pronoun_after: &[Option<Gender>],
    narrators_name: Option<usize>,
    dialogue: bool,
) {
    let rebuilt_breaks = breaks_only_before_quotes(ctx);
    let narrator = ctx.narrator();
    let addressed: Vec<Option<usize>> = (0..ctx.quotes.len())
        .map(|i| {
            addressee(ctx, i).map(|x| match narrator {
                Some(n) if Some(x) == narrators_name => n,
                _ => x,
            })
        })
        .collect();
    for index in 0..results.len() {
        if let Some(gender) = pronoun_after[index]
            && results[index].1.speaker.is_some()
        {
            if dialogue && opens_paragraph(ctx, index) {
                let turn = pronoun_turn(ctx, results, &addressed, index, gender, rebuilt_breaks);
                if let Some(speaker) = turn {
                    results[index].1.speaker = Some(speaker);
                }
            }
            continue;
        }
        // A quote whose cue names an anonymous source ("said one, who asked not to be
        // named") is nobody's turn.
        let interruption = dialogue && interrupts(ctx, index);
        if results[index].1.speaker.is_some()
            || explicit[index]
            || results[index].0 == QuoteKind::Partial
            || !(opens_paragraph(ctx, index) || interruption)
        {
            continue;
        }
        if let Some(speaker) = action_beat(ctx, index, narrator)
            && addressed[index] != Some(speaker)
        {
            let beat = Attribution {
                speaker: Some(speaker),
                speaker_span: None,
                cue: None,
            };
            give_rest_of_paragraph(ctx, results, index, beat);
            continue;
        }
        let paragraph = ctx.quotes[index].quote.paragraph;
        let named_by_reply = dialogue
            .then(|| named_by_reply(ctx, results, &addressed, index))
            .flatten();
        let previous = if interruption {
            Some(index - 1)
        } else {
            last_quote_of(ctx, results, index, paragraph.wrapping_sub(1))
        };
        let Some((previous, a)) =
            previous.and_then(|previous| Some((previous, results[previous].1.speaker?)))
        else {
            // A conversation's first words, with no one before them: the one the reply
            // names, or the one acting right after them (“Yes.” Tuppence nodded.).
            let after = || {
                dialogue
                    .then(|| beat_after(ctx, index, narrator))
                    .flatten()
                    .filter(|&x| addressed[index] != Some(x))
            };
            if let Some(x) = named_by_reply.or_else(after) {
                let turn = Attribution {
                    speaker: Some(x),
                    speaker_span: None,
                    cue: None,
                };
                give_rest_of_paragraph(ctx, results, index, turn);
            }
            continue;
        };
        let named_by_reply = named_by_reply.filter(|&x| x != a);
        let goes_on = rebuilt_breaks && speaker_goes_on(ctx, previous);
        // An interview inside a report: "“Is it a cure?” I ask. ¶ “No.” …" is answered by
        // the other party, and a bare question after the answer is the writer's again.
        let interview = !dialogue && narrator.is_some();
        let mut speaker = if let Some(x) = named_by_reply.filter(|_| !goes_on) {
            x
        } else if interview && narrator == Some(a) {
            next_turn(ctx, results, &addressed, index, previous, a)
        } else if interview
            && is_question(ctx, index)
            && paragraph_is_quotation(ctx, index)
            && results[..index]
                .iter()
                .any(|(_, earlier)| earlier.speaker == narrator && earlier.cue.is_some())
        {
            narrator.unwrap_or(a)
        } else if dialogue && !goes_on {
            next_turn(ctx, results, &addressed, index, previous, a)
        } else {
            a
        };
        // Nobody addresses themselves by name: “Charlotte, you mustn’t spoil me.”
        if addressed[index] == Some(speaker) {
            speaker = next_turn(ctx, results, &addressed, index, previous, a);
            if addressed[index] == Some(speaker) {
                continue;
            }
        }
        // “…,” he said, with "he" found nowhere: not a woman's turn. The last man heard.
        if let Some(gender) = pronoun_after[index]
            && !ctx.table.drafts[speaker].gender.compatible(gender)
        {
            let paragraph = ctx.quotes[index].quote.paragraph;
            let heard = (0..index)
                .rev()
                .take_while(|&j| ctx.quotes[j].quote.paragraph + CONVERSATION_WINDOW >= paragraph)
                .filter_map(|j| results[j].1.speaker)
                .find(|&s| ctx.table.drafts[s].gender == gender);
            match heard {
                Some(s) => speaker = s,
                None => continue,
            }
        }
        let turn = turn_of(results, index, speaker);
        give_rest_of_paragraph(ctx, results, index, turn);
    }
}

/// Mends the turns taken before a named answer. In dialogue a bare quotation paragraph is
/// answered by the other party, so when the turns walked forward give the paragraph just
/// before “…,” said Ana to Ana herself, the alternation slipped somewhere (a speaker who went
/// on, a third voice): the run of bare paragraphs before the answer is taken again backwards
/// from it, alternating Ana with the other party of the run.
pub fn mend_turns_before_answers(
    ctx: &Context,
    results: &mut [(QuoteKind, Attribution)],
    explicit: &[bool],
    dialogue: bool,
) {
    if !dialogue {
        return;
    }
    let turn_taken = |results: &[(QuoteKind, Attribution)], j: usize| {
        !explicit[j]
            && results[j].1.cue.is_none()
            && results[j].1.speaker.is_some()
            && results[j].0 != QuoteKind::Partial
            && opens_paragraph(ctx, j)
            && paragraph_is_quotation(ctx, j)
    };
    for answer in 0..results.len() {
        let Some(b) = results[answer].1.speaker else {
            continue;
        };
        if !explicit[answer] || !opens_paragraph(ctx, answer) {
            continue;
        }
        // The run of bare paragraphs, each right after the other, that ends just before.
        let mut run = Vec::new();
        let mut paragraph = ctx.quotes[answer].quote.paragraph;
        while let Some(j) = last_quote_of(ctx, results, answer, paragraph.wrapping_sub(1)) {
            if !turn_taken(results, j) {
                break;
            }
            run.push(j);
            paragraph = ctx.quotes[j].quote.paragraph;
        }
        if run
            .first()
            .is_none_or(|&last| results[last].1.speaker != Some(b))
        {
            continue;
        }
        let Some(a) = run
            .iter()
            .filter_map(|&j| results[j].1.speaker)
            .find(|&s| s != b && ctx.is_person_like(s))
        else {
            continue;
        };
        for (step, &j) in run.iter().enumerate() {
            let speaker = if step % 2 == 0 { a } else { b };
            results[j].1 = turn_of(results, j, speaker);
        }
    }
}

/// The attribution of a turn `speaker` takes at quote `index`: no cue, and the mention that
/// stood for them at their last quote before it.
fn turn_of(results: &[(QuoteKind, Attribution)], index: usize, speaker: usize) -> Attribution {
    let span = (0..index)
        .rev()
        .find(|&j| results[j].1.speaker == Some(speaker))
        .and_then(|j| results[j].1.speaker_span.clone());
    Attribution {
        speaker: Some(speaker),
        speaker_span: span,
        cue: None,
    }
}

/// In dialogue, the speaker of “…,” he said when "he" was taken for the one who spoke the
/// paragraph before: the turn passes, so it is the other party of that gender, found as a
/// turn without a cue would be. `None` when the pronoun's reading stands.
fn pronoun_turn(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    addressed: &[Option<usize>],
    index: usize,
    gender: Gender,
    rebuilt_breaks: bool,
) -> Option<usize> {
    let paragraph = ctx.quotes[index].quote.paragraph;
    let previous = last_quote_of(ctx, results, index, paragraph.wrapping_sub(1))?;
    let a = results[previous].1.speaker?;
    if results[index].1.speaker != Some(a) || rebuilt_breaks && speaker_goes_on(ctx, previous) {
        return None;
    }
    let named_by_reply = named_by_reply(ctx, results, addressed, index).filter(|&x| x != a);
    let turn =
        named_by_reply.unwrap_or_else(|| next_turn(ctx, results, addressed, index, previous, a));
    (turn != a && ctx.table.drafts[turn].gender == gender).then_some(turn)
}

/// “Uncle, you are not well.” ¶ “I am not, Florence.”: the person the reply to quote `index`
/// calls by name (not one it gives as its own speaker's), who spoke `index`.
fn named_by_reply(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    addressed: &[Option<usize>],
    index: usize,
) -> Option<usize> {
    reply_to(ctx, results, index)
        .filter(|&reply| !names_self(ctx, reply))
        .and_then(|reply| addressed[reply])
        .filter(|&x| addressed[index] != Some(x) && ctx.is_person_like(x))
}

/// The quote that opens the paragraph right after quote `index`'s and is not partial.
fn reply_to(ctx: &Context, results: &[(QuoteKind, Attribution)], index: usize) -> Option<usize> {
    let paragraph = ctx.quotes[index].quote.last_paragraph;
    (index + 1..results.len())
        .take_while(|&j| ctx.quotes[j].quote.paragraph <= paragraph + 1)
        .find(|&j| ctx.quotes[j].quote.paragraph == paragraph + 1)
        .filter(|&j| opens_paragraph(ctx, j) && results[j].0 != QuoteKind::Partial)
}

/// True when quote `index` may give its own speaker's name rather than call someone: a
/// short answer that opens with the name (“Pip, sir.”), or a name before "sir".
fn names_self(ctx: &Context, index: usize) -> bool {
    let quote = &ctx.quotes[index];
    let words = ctx.text[quote.quote.span.clone()]
        .split_whitespace()
        .count();
    let first = quote.open + 1;
    let opens_with_name = ctx.mention_starting_at.get(first).is_some();
    let before_sir = (quote.open + 1..quote.close.unwrap_or(quote.open + 1))
        .any(|i| matches!(ctx.lower(i), Some("sir" | "ma'am" | "madam" | "miss")));
    (opens_with_name && words <= 4) || before_sir
}

/// True when quote `index` asks a question (its words end with a question mark).
fn is_question(ctx: &Context, index: usize) -> bool {
    ctx.text[ctx.quotes[index].quote.span.clone()]
        .trim_end()
        .ends_with('?')
}

/// Gives quote `index` its turn, and with it the rest of the paragraph's utterance that has
/// no speaker yet: “They have none of them much to recommend them,” replied he; “they are
/// all silly.”
fn give_rest_of_paragraph(
    ctx: &Context,
    results: &mut [(QuoteKind, Attribution)],
    index: usize,
    turn: Attribution,
) {
    let paragraph = ctx.quotes[index].quote.paragraph;
    // A cue whose he/she was found nowhere keeps its words; the turn names the speaker.
    let give = |attribution: &mut Attribution| {
        if attribution.cue.is_some() {
            attribution.speaker = turn.speaker;
        } else {
            *attribution = turn.clone();
        }
    };
    for (later, result) in results.iter_mut().enumerate().skip(index + 1) {
        if ctx.quotes[later].quote.paragraph != paragraph || interrupts(ctx, later) {
            break;
        }
        if result.1.speaker.is_none() && result.0 != QuoteKind::Partial {
            give(&mut result.1);
        }
    }
    give(&mut results[index].1);
}

/// In dialogue, the speaker after `a` (who spoke quote `previous`): the person `a` just
/// addressed by name, else whoever spoke the paragraph before, else the last other speaker,
/// else the person last named in the narration, else `a` again. Nobody addresses themselves
/// by name, so that choice is skipped.
fn next_turn(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    addressed: &[Option<usize>],
    index: usize,
    previous: usize,
    a: usize,
) -> usize {
    let paragraph = ctx.quotes[index].quote.paragraph;
    // The paragraph before the previous quote's (the one before this quote's, unless this
    // quote cut into the previous one).
    let before_previous = last_quote_of(
        ctx,
        results,
        previous,
        ctx.quotes[previous].quote.paragraph.wrapping_sub(1),
    )
    .and_then(|q| results[q].1.speaker);
    // Someone called by name earlier in the conversation, who has not spoken yet: “My
    // dear Mr. Bennet,” said his lady … then his answers.
    let recent_addressee = (0..previous)
        .rev()
        .take_while(|&j| ctx.quotes[j].quote.paragraph + CONVERSATION_WINDOW >= paragraph)
        .filter_map(|j| addressed[j])
        .find(|&c| c != a);
    // Nobody else has spoken or been called: the person last named in the narration.
    let open = ctx.quotes[index].open;
    let named_before = || {
        ctx.recent(open, |ctx, id| {
            id != a && ctx.table.kind(id) == EntityKind::Person && !ctx.table.drafts[id].nominal
        })
    };
    // Nobody named before either, at a scene's start: the first person named in the
    // narration after the quote ("“Uncle, you are not well.” ¶ “I'm not, Florence.” … John
    // Linden paused").
    let named_after = || named_after(ctx, index, a);
    let candidates = [
        addressed[previous],
        before_previous,
        other_speaker(ctx, results, index, a),
        recent_addressee,
        named_before(),
        named_after(),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|&c| c != a && addressed[index] != Some(c))
        .unwrap_or(a)
}

/// Most words a paragraph may have after its last quote for that quote's speaker to go on
/// speaking in the next paragraph.
const SHORT_TAIL_WORDS: usize = 15;

/// Fewest paragraphs for [`breaks_only_before_quotes`] to judge a text.
const MIN_REBUILT_PARAGRAPHS: usize = 10;

/// True when every paragraph but the first opens with a quotation: the breaks are not the
/// writer's but were made before each quotation (text rebuilt from sentences, or pasted
/// without its line breaks), so a new paragraph does not by itself mean a new speaker.
fn breaks_only_before_quotes(ctx: &Context) -> bool {
    let mut paragraphs = 1;
    for i in 1..ctx.tokens.len() {
        if ctx.tokens[i].paragraph == ctx.tokens[i - 1].paragraph {
            continue;
        }
        if !ctx.inside_quote[i] {
            return false;
        }
        paragraphs += 1;
    }
    paragraphs >= MIN_REBUILT_PARAGRAPHS
}

/// True when the speaker of quote `previous` most likely goes on in the next paragraph when
/// paragraph breaks stand before every quotation: the quote ends with a comma or an
/// exclamation mark and only a short attribution follows it (“Come in,” said Ana. /
/// “Sit down.”), a pair writers keep in one paragraph. After a question the other party
/// answers.
fn speaker_goes_on(ctx: &Context, previous: usize) -> bool {
    let quote = &ctx.quotes[previous];
    let Some(close) = quote.close else {
        return false;
    };
    let ends_open = ctx.text[quote.quote.span.clone()]
        .trim_end()
        .ends_with([',', '!']);
    if !ends_open {
        return false;
    }
    let paragraph = ctx.tokens[close].paragraph;
    let words = ctx.tokens[close + 1..]
        .iter()
        .take_while(|t| t.paragraph == paragraph)
        .filter(|t| t.kind == TokenKind::Word)
        .take(SHORT_TAIL_WORDS + 1)
        .count();
    (1..=SHORT_TAIL_WORDS).contains(&words)
}

/// How far into a sentence its subject is looked for ("Then Elizabeth smiled").
const SUBJECT_REACH: usize = 3;

/// The person who acts in the narrative sentence just before quote `index`, when the quote
/// opens a paragraph: “Elizabeth smiled.” then “I know it.” is Elizabeth's. The sentence's
/// subject is the name, he/she (resolved) or narrating "I" it opens with (within
/// [`SUBJECT_REACH`] tokens).
fn action_beat(ctx: &Context, index: usize, narrator: Option<usize>) -> Option<usize> {
    let open = ctx.quotes[index].open;
    let last = open.checked_sub(1)?;
    if ctx.inside_quote[last] {
        return None;
    }
    let sentence = ctx.sentences.of(last);
    // "“Is it a cure?” I ask. ¶ “No.”": the words after a quotation that name its speaker
    // are its cue, not an action beat for the next one.
    if sentence.start > 0 && ctx.inside_quote[sentence.start - 1] {
        let cue = (sentence.start..sentence.end).any(|i| ctx.is_speech_verb(i));
        if cue {
            return None;
        }
    }
    heard_speaking(ctx, sentence.clone()).or_else(|| sentence_subject(ctx, sentence, narrator))
}

/// The person a sentence of narration ends by announcing as speaking ("whereupon Mrs. Griffin
/// spoke.", "He heard her speak.", "He heard Henrietta Watkin's voice."): the speaker of the
/// quotation that follows, whoever the sentence's subject is.
fn heard_speaking(ctx: &Context, sentence: std::ops::Range<usize>) -> Option<usize> {
    let mut last = sentence.end;
    while last > sentence.start && ctx.tokens[last - 1].kind != TokenKind::Word {
        last -= 1;
    }
    let verb = last.checked_sub(1).filter(|&v| v > sentence.start)?;
    if !matches!(
        ctx.lower(verb),
        Some("spoke" | "speak" | "speaking" | "voice")
    ) {
        return None;
    }
    // "He heard her speak.": an object pronoun, which the phrase rules read as a possessive.
    let (at, gender) = match ctx.lower(verb - 1) {
        Some("her") => (verb - 1, Gender::Female),
        Some("him") => (verb - 1, Gender::Male),
        _ => {
            let phrase = ctx.phrase_ending_at(verb)?;
            match phrase.referent {
                Referent::Name(id) => return ctx.is_person_like(id).then_some(id),
                Referent::Pronoun {
                    gender,
                    plural: false,
                } if gender != Gender::Unknown => (phrase.tokens.start, gender),
                _ => return None,
            }
        }
    };
    match ctx.resolve_pronoun(at, gender)? {
        Target::Entity(id) => Some(id),
        Target::Description { .. } => None,
    }
}

/// The person who acts in the narration right after quote `index`, in its own paragraph,
/// when no speech verb is there: “Yes.” Tuppence nodded.
fn beat_after(ctx: &Context, index: usize, narrator: Option<usize>) -> Option<usize> {
    let quote = &ctx.quotes[index];
    let close = quote.close?;
    let next = close + 1;
    let token = ctx.tokens.get(next)?;
    if token.paragraph != ctx.tokens[close].paragraph || ctx.inside_quote[next] {
        return None;
    }
    let sentence = ctx.sentences.of(next);
    let after = next..sentence.end.max(next + 1);
    if after
        .clone()
        .any(|i| ctx.is_speech_verb(i) || ctx.inside_quote[i])
    {
        return None;
    }
    sentence_subject(ctx, after, narrator)
}

/// The person a sentence of narration opens with (within [`SUBJECT_REACH`] tokens): a name,
/// a resolved he/she, the narrating "I" or a description of a person.
fn sentence_subject(
    ctx: &Context,
    sentence: std::ops::Range<usize>,
    narrator: Option<usize>,
) -> Option<usize> {
    let reach = sentence.start..(sentence.start + SUBJECT_REACH).min(sentence.end);
    for i in reach {
        if ctx.inside_quote[i] {
            return None;
        }
        if let Some(mention) = ctx.mention_starting_at.get(i) {
            let id = ctx.entity_of_mention(mention);
            return ctx.is_person_like(id).then_some(id);
        }
        if ctx.word(i) == "I" {
            return narrator;
        }
        // "In the hall the doctor stopped.": a person known by a description, as a speaker
        // was before.
        if let Some(Phrase {
            referent:
                Referent::Description {
                    head,
                    definite: true,
                    organization: None,
                    ..
                },
            ..
        }) = ctx.phrase_at(i)
            && ctx.lexicon.role_noun(&head).is_some()
        {
            let determiner = ctx.lower(i).unwrap_or("the");
            return ctx
                .named_by_description(determiner, &head, true, i)
                .or_else(|| ctx.table.nominal(&format!("the {head}")));
        }
        if let Some(Phrase {
            referent:
                Referent::Pronoun {
                    gender,
                    plural: false,
                },
            ..
        }) = ctx.phrase_at(i)
            && gender != Gender::Unknown
        {
            return match ctx.resolve_pronoun(i, gender)? {
                Target::Entity(id) => Some(id),
                Target::Description { .. } => None,
            };
        }
    }
    None
}

/// True when many quote paragraphs are nothing but quotation, the shape of dialogue.
pub(super) fn is_dialogue(ctx: &Context) -> bool {
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

/// True when quote `index` cuts in on the one before it: it follows that quote's closing mark
/// straight away, in the same paragraph, with no narration between (“But Margaret dear --”
/// “I'll go for her other letter.”). One speaker's words would have been one quotation.
pub(super) fn interrupts(ctx: &Context, index: usize) -> bool {
    let Some(before) = index.checked_sub(1).map(|j| &ctx.quotes[j]) else {
        return false;
    };
    let Some(close) = before.close else {
        return false;
    };
    let open = ctx.quotes[index].open;
    open == close + 1 && ctx.tokens[open].paragraph == ctx.tokens[close].paragraph
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

/// The first person other than `a`, by name, in the narration after quote `index` within
/// the conversation window.
fn named_after(ctx: &Context, index: usize, a: usize) -> Option<usize> {
    let quote = &ctx.quotes[index];
    let after = ctx.tokens[quote.close.unwrap_or(quote.open)].end;
    let paragraph = quote.quote.paragraph;
    let first = ctx.mentions.partition_point(|m| m.span.start < after);
    ctx.mentions[first..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| {
            (ctx.tokens[m.tokens.start].paragraph as usize) <= paragraph + CONVERSATION_WINDOW
        })
        .filter(|(_, m)| !m.quoted)
        .map(|(offset, _)| ctx.entity_of_mention(first + offset))
        .find(|&id| {
            id != a && ctx.table.kind(id) == EntityKind::Person && !ctx.table.drafts[id].nominal
        })
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
pub(super) fn addressee(ctx: &Context, index: usize) -> Option<usize> {
    let quote = &ctx.quotes[index];
    let end = quote.close.unwrap_or(quote.open + 1);
    for i in quote.open + 1..end {
        let Some(mention) = ctx.mention_starting_at.get(i) else {
            continue;
        };
        let name = &ctx.mentions[mention];
        // "the inscription, “Also Georgiana Wife of the Above,”": a title or an event is
        // nobody called by name.
        if name.hint == super::names::NameHint::Other {
            continue;
        }
        let before = ctx.word(i - 1);
        let after = ctx
            .tokens
            .get(name.tokens.end)
            .map_or("", |t| t.text(ctx.text));
        let before_ok = i - 1 == quote.open
            || matches!(before, "," | "!" | "dear" | "Oh" | "O" | "Ah")
            || ctx.tokens[i - 1].kind == TokenKind::Mark;
        // A name that is the whole quotation and ends in a period answers a question
        // (“Bingley.”); called out, it ends in a comma or exclamation mark (“Tommy!”).
        let whole_answer = i - 1 == quote.open && after == "." && name.tokens.end + 1 >= end;
        if before_ok
            && !whole_answer
            && matches!(after, "," | "!" | "?" | "." | "”" | "\"" | "’" | ";")
        {
            // Being called by name is itself evidence of a person: only places and
            // organisations are ruled out.
            let id = ctx.entity_of_mention(mention);
            if !matches!(
                ctx.table.kind(id),
                EntityKind::Organization | EntityKind::Place
            ) {
                return Some(id);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::analysis::attribution::speakers;

    fn speaker<'a>(found: &'a [(String, Option<String>)], start: &str) -> Option<&'a str> {
        found
            .iter()
            .find(|(text, _)| text.starts_with(start))
            .and_then(|(_, speaker)| speaker.as_deref())
    }

    /// A scene whose paragraphs all open with a quotation, as when breaks were made before
    /// every quotation.
    fn rebuilt(scene: &[&'static str]) -> Vec<&'static str> {
        let mut paragraphs = vec![
            "Rain fell on the harbour all morning. “Anyone there?” called a voice.",
            "“Only me,” said Ana Ruiz. She looked up from the counter.",
            "“It is Tom Keller,” said the visitor.",
            "“Come closer, then.”",
            "“I will.”",
            "“Mind the step.”",
            "“Noted.”",
        ];
        paragraphs.extend_from_slice(scene);
        paragraphs
    }

    #[test]
    fn a_short_attribution_lets_the_speaker_go_on() {
        let found = speakers(&rebuilt(&[
            "“Are you open?” asked Tom Keller.",
            "“We are,” said Ana Ruiz.",
            "“Come in out of the rain.”",
            "“Thank you.”",
            "“Tea or coffee?”",
        ]));
        assert_eq!(speaker(&found, "Come in"), Some("Ana Ruiz"));
        assert_eq!(speaker(&found, "Thank you"), Some("Tom Keller"));
        assert_eq!(speaker(&found, "Tea or"), Some("Ana Ruiz"));
    }

    #[test]
    fn the_turns_before_a_named_answer_are_taken_back_from_it() {
        // Read forwards, Ana goes on after her short attribution and the turns slip by one;
        // "said Tom Keller" at the end shows that the bare line before it was Ana's.
        let scene = [
            "“Are you open?” asked Tom Keller.",
            "“We are,” said Ana Ruiz.",
            "“Lucky for me.”",
            "“Come in, then.”",
            "“Thank you.”",
            "“Tea?”",
            "“Please,” said Tom Keller.",
        ];
        let found = speakers(&rebuilt(&scene));
        assert_eq!(speaker(&found, "Tea"), Some("Ana Ruiz"));
        assert_eq!(speaker(&found, "Thank you"), Some("Tom Keller"));
        assert_eq!(speaker(&found, "Lucky"), Some("Tom Keller"));
        // Without the named answer the forward reading stands.
        let found = speakers(&rebuilt(&scene[..6]));
        assert_eq!(speaker(&found, "Tea"), Some("Tom Keller"));
        assert_eq!(speaker(&found, "Lucky"), Some("Ana Ruiz"));
    }

    #[test]
    fn a_writers_paragraph_break_still_passes_the_turn() {
        let found = speakers(&[
            "“Are you open?” asked Tom Keller.",
            "“We are,” said Ana Ruiz.",
            "“Come in out of the rain.”",
            "“Thank you.”",
            "“Tea or coffee?”",
        ]);
        assert_eq!(speaker(&found, "Come in"), Some("Tom Keller"));
    }

    #[test]
    fn a_name_called_out_takes_the_next_turn() {
        let found = speakers(&[
            "“Where were you, Quillon?” asked Edgar Vance.",
            "“At the harbour.”",
            "“All night?”",
            "“Most of it.”",
        ]);
        assert_eq!(speaker(&found, "At the harbour"), Some("Quillon"));
    }

    #[test]
    fn action_beat_gives_the_speaker() {
        let found = speakers(&[
            "“Is it raining?” asked Ana Ruiz. Tom Keller shook the water from his coat.",
            "“It is pouring.”",
        ]);
        assert_eq!(speaker(&found, "It is pouring"), Some("Tom Keller"));
    }

    #[test]
    fn the_speaker_of_an_action_beat_keeps_the_rest_of_the_paragraph() {
        let found = speakers(&[
            "“Is it raining?” asked Ana Ruiz. Tom Keller shook the water from his coat.",
            "“It is pouring,” he went on, “and the road is flooded.”",
        ]);
        assert_eq!(speaker(&found, "and the road"), Some("Tom Keller"));
    }

    #[test]
    fn a_sentence_announcing_someone_speaking_gives_the_next_speaker() {
        let found = speakers(&[
            "“Will you tell it?” asked Tom Keller.",
            "“Tomorrow,” said Ana Ruiz. We heard her step on the stair, whereupon Edith Marlow spoke.",
            "“I know who she loved.”",
        ]);
        assert_eq!(speaker(&found, "I know who"), Some("Edith Marlow"));
        let found = speakers(&[
            "“Will you tell it?” asked Tom Keller.",
            "“Tomorrow,” said Ana Ruiz. He waited on the landing. He heard Edith Marlow's voice.",
            "“His mother was my friend.”",
        ]);
        assert_eq!(speaker(&found, "His mother"), Some("Edith Marlow"));
        let found = speakers(&[
            "“Will you tell it?” asked Tom Keller.",
            "“Soon,” said Ana Ruiz.",
            "“Then go,” he said. Edith Marlow knocked at the door and walked in. He heard her speak.",
            "“Master Philip wants to say good-bye.”",
        ]);
        assert_eq!(speaker(&found, "Master Philip"), Some("Edith Marlow"));
    }

    #[test]
    fn an_action_beat_by_pronoun_gives_the_speaker() {
        let found = speakers(&[
            "Ana Ruiz stood at the counter.",
            "“Is it raining?” asked Tom Keller. She laughed at him.",
            "“Look at your coat.”",
        ]);
        assert_eq!(speaker(&found, "Look at"), Some("Ana Ruiz"));
    }

    #[test]
    fn the_reply_names_who_spoke_before_it() {
        let found = speakers(&[
            "The fire had burned low in the study of Uncle John Linden.",
            "“Uncle, you are not looking well to-night.”",
            "“I am not well, Margaret. I sometimes doubt I shall be better.”",
            "“Surely, uncle, you cannot mean that.”",
        ]);
        assert_eq!(speaker(&found, "Uncle, you are not"), Some("Margaret"));
    }

    #[test]
    fn a_name_given_in_answer_is_not_the_one_addressed() {
        let found = speakers(&[
            "“Tell us your name!” said the man.",
            "“Quick!”",
            "“Pip, sir.”",
        ]);
        assert_ne!(speaker(&found, "Quick"), Some("Pip"));
    }

    #[test]
    fn an_action_beat_by_a_description_gives_its_speaker() {
        let found = speakers(&[
            "“What is the matter?” said the doctor.",
            "“Nothing, sir,” said the nurse.",
            "“Then fetch the basin.”",
            "“Yes, sir.”",
            "The doctor frowned.",
            "“You have sent for the boy’s uncle, haven’t you?”",
        ]);
        assert_eq!(speaker(&found, "You have sent"), Some("the doctor"));
    }

    #[test]
    fn the_first_words_of_a_scene_go_to_the_one_acting_right_after() {
        let found = speakers(&[
            "The office was empty when Tuppence Cowley came in.",
            "“Anyone here?” Tuppence Cowley looked round the room.",
            "“Only me,” said Tommy Beresford.",
            "“Where were you?”",
            "“Out.”",
            "“All night?”",
        ]);
        assert_eq!(speaker(&found, "Anyone here"), Some("Tuppence Cowley"));
    }

    #[test]
    fn words_that_cut_in_are_the_other_partys() {
        let found = speakers(&[
            "“Are you going to the fair?” asked Jack Marlow.",
            "“I am,” said Fred Tolley.",
            "“Good.”",
            "“And you?”",
            "“Well, under the church of that town there lie --” “It isn’t a town, the place I mean.”",
            "“Never you mind the place, boy.”",
        ]);
        assert_eq!(speaker(&found, "Well, under"), Some("Jack Marlow"));
        assert_eq!(speaker(&found, "It isn’t a town"), Some("Fred Tolley"));
        assert_eq!(speaker(&found, "Never you mind"), Some("Jack Marlow"));
    }

    #[test]
    fn a_title_opening_a_quotation_is_nobody_called() {
        let found = speakers(&[
            "From the inscription, “Also Georgiana Wife of the Above,” I drew a conclusion.",
            "“Hold your noise!” cried a terrible voice.",
            "“Keep still, you little devil!”",
            "“Oh! Don't hurt me, sir.”",
            "“Tell us your name!”",
            "“Quick!”",
        ]);
        assert_ne!(
            speaker(&found, "Keep still"),
            Some("Also Georgiana Wife of the Above")
        );
    }

    #[test]
    fn words_cut_off_are_not_given_the_cue_of_those_that_cut_in() {
        let found = speakers(&[
            "“This soup is cold,” said Edith Marlow.",
            "“So it is,” said Anna Pell.",
            "“And the bread is stale.”",
            "“I wanted a room on the river.”",
            "“Any room does for me,” said Edith Marlow.",
            "“Dear, you must take the river room, or the first one free --” “You must have it,” said Edith Marlow.",
            "“No, no.”",
        ]);
        assert_ne!(speaker(&found, "Dear, you must"), Some("Edith Marlow"));
        assert_eq!(speaker(&found, "You must have it"), Some("Edith Marlow"));
    }

    #[test]
    fn at_a_scenes_start_the_other_party_may_be_named_after() {
        let found = speakers(&[
            "Chapter One.",
            "“Aunt, you are not looking well to-night.”",
            "“I am not well, Margaret. I doubt I shall be better.”",
            "“Surely you cannot mean that.”",
            "“I do, my child.” Edith Marlow paused sadly.",
        ]);
        assert_eq!(speaker(&found, "I am not well"), Some("Edith Marlow"));
        assert_eq!(speaker(&found, "Surely"), Some("Margaret"));
    }

    #[test]
    fn a_question_passes_the_turn() {
        let found = speakers(&[
            "“We are,” said Ana Ruiz.",
            "“Is it far?” asked Tom Keller.",
            "“Ten minutes on foot.”",
            "“Then I will walk.”",
            "“Take an umbrella.”",
        ]);
        assert_eq!(speaker(&found, "Ten minutes"), Some("Ana Ruiz"));
    }
}
