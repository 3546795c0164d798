//! Who said each quotation: a sieve of rules from the most to the least certain — a speech
//! verb and a speaker right after or before the quote, the subject of the writer's clause for
//! partial quotes, "according to", then continuation within a paragraph and between
//! paragraphs (with turn-taking in dialogue).

use std::ops::Range;

use super::context::Context;
use super::lexicon::{Gender, flags};
use super::model::{EntityKind, QuoteKind};
use super::phrases::{Phrase, Referent};
use super::quotes::MarkFamily;
use super::tokens::{TokenKind, is_possessive};

/// The outcome for one quotation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker (draft id).
    pub speaker: Option<usize>,
    /// The mention used.
    pub speaker_span: Option<Range<usize>>,
    /// The verb or phrase used.
    pub cue: Option<String>,
}

/// A speaker phrase and its cue, found next to a quote.
struct Cue {
    phrase: Phrase,
    verb: String,
    /// Token where the rule matched, for resolving pronouns.
    at: usize,
}

/// Attributes and classifies every quote of the context, in text order.
pub fn attribute_quotes(ctx: &mut Context) -> Vec<(QuoteKind, Attribution)> {
    let count = ctx.quotes.len();
    let mut results: Vec<(QuoteKind, Attribution)> = Vec::with_capacity(count);
    let mut explicit = Vec::with_capacity(count);
    let mut named_speakers = Vec::new();
    let mut pronoun_after = Vec::with_capacity(count);
    // "“…,” said one.": in dialogue an unnamed character, in a report an anonymous source.
    let dialogue = super::dialogue::is_dialogue(ctx);
    note_anonymous_sources(ctx);
    for index in 0..count {
        let after = cue_after(ctx, index);
        let resumes = index > 0
            && results[index - 1].0 == QuoteKind::Direct
            && resumes_interrupted_quote(ctx, index);
        let kind = if resumes {
            QuoteKind::Direct
        } else {
            classify(ctx, index, after.is_some())
        };
        pronoun_after.push(match &after {
            Some(Cue {
                phrase:
                    Phrase {
                        referent:
                            Referent::Pronoun {
                                gender,
                                plural: false,
                            },
                        ..
                    },
                ..
            }) if kind != QuoteKind::Partial && *gender != Gender::Unknown => Some(*gender),
            _ => None,
        });
        let cue = match kind {
            QuoteKind::Partial => partial_cue(ctx, index).or(after),
            _ => after.or_else(|| cue_before(ctx, index)),
        }
        .or_else(|| according_to(ctx, index))
        .or_else(|| owner_of_words(ctx, index))
        .or_else(|| {
            (kind == QuoteKind::Direct)
                .then(|| colon_subject(ctx, index))
                .flatten()
        });
        let mut attribution = Attribution::default();
        // "“…,” said one.": in dialogue an unnamed character; otherwise decided once the text
        // is known to be a report or not (`unname_descriptions_in_reports`).
        if cue
            .as_ref()
            .is_some_and(|cue| !dialogue && stands_for_someone_unnamed(&cue.phrase))
        {
            ctx.unnamed_among_others.push(index);
        }
        let anonymous = cue.as_ref().is_some_and(|cue| is_anonymous(ctx, cue));
        if anonymous {
            // "An official, who asked not to be named, said: “…”": no speaker, on purpose; a
            // later "she said" still refers to the official.
            if let Some(cue) = &cue {
                let gender = anonymous_gender(ctx, &cue.phrase);
                let source = ctx.table.add_anonymous(cue.phrase.span.clone(), gender);
                ctx.note_speaker(source, ctx.quotes[index].open);
            }
            explicit.push(true);
            results.push((kind, attribution));
            continue;
        }
        let resumed = resumes && results[index - 1].1.speaker.is_some();
        let resolved = match &cue {
            Some(cue) if !resumed => ctx.resolve(&cue.phrase, cue.at, kind == QuoteKind::Direct),
            _ => None,
        };
        if resumed {
            // “…,” said his lady, “have you heard?” Mr. Bennet replied that he had not:
            // the resumed half is still the lady's.
            attribution = results[index - 1].1.clone();
        } else if let Some(cue) = &cue
            && resolved.is_none()
            && matches!(cue.phrase.referent, Referent::Pronoun { plural: false, .. })
        {
            // “…,” he said, with "he" found nowhere: the cue stands, and the turn-taking
            // may yet tell who spoke.
            attribution = Attribution {
                speaker: None,
                speaker_span: Some(cue.phrase.span.clone()),
                cue: Some(cue.verb.clone()),
            };
        } else if let Some(cue) = cue
            && let Some(speaker) = resolved
        {
            // Nobody calls themselves by name: in "“How can you speak so, Curtis?” she
            // exclaimed", "she" is someone other than Curtis.
            let speaker = match cue.phrase.referent {
                Referent::Pronoun { gender, .. }
                    if super::dialogue::addressee(ctx, index) == Some(speaker) =>
                {
                    match ctx.person_other_than(cue.at, gender, speaker) {
                        Some(other) => other,
                        None => {
                            explicit.push(false);
                            results.push((kind, attribution));
                            continue;
                        }
                    }
                }
                _ => speaker,
            };
            let named = matches!(cue.phrase.referent, super::phrases::Referent::Name(_))
                && cue.verb != "according to";
            if kind == QuoteKind::Direct && named {
                ctx.table.vote_speaker(speaker);
                named_speakers.push(speaker);
            }
            attribution = Attribution {
                speaker: Some(speaker),
                speaker_span: Some(cue.phrase.span),
                cue: Some(cue.verb),
            };
        }
        if let Some(speaker) = attribution.speaker {
            let at = ctx.quotes[index].open;
            ctx.note_speaker(speaker, at);
        }
        explicit.push(attribution.speaker.is_some());
        results.push((kind, attribution));
    }
    continue_within_paragraphs(ctx, &mut results, &explicit, dialogue);
    // “Well, Watson, what do you make of it?”: the name the narrator is called by, known
    // before the turns are taken, so that a quote calling Watson is not the narrator's.
    let narrators_name = ctx.narrators_name(&results, &named_speakers);
    super::dialogue::take_turns(
        ctx,
        &mut results,
        &explicit,
        &pronoun_after,
        narrators_name,
        dialogue,
    );
    super::dialogue::mend_turns_before_answers(ctx, &mut results, &explicit, dialogue);
    ctx.name_the_narrator(&mut results, &named_speakers);
    results
}

/// "One picker, who asked not to be named because she feared losing her job, said …": the
/// unnamed subject of a sentence with an anonymity phrase becomes an anonymous source, so
/// that a later "she said" goes to no one rather than to the last named woman.
fn note_anonymous_sources(ctx: &mut Context) {
    // Only a sentence with one of these words outside quotations can hold an anonymity
    // phrase. Each distinct word is asked once; the tokens are then walked once, by word id,
    // for the sentences that have one (in order).
    let telling = ctx.lowercase_words_where(|word| {
        matches!(
            word,
            "named"
                | "identified"
                | "anonymity"
                | "anonymously"
                | "authorised"
                | "authorized"
                | "familiar"
        )
    });
    let mut marked: Vec<usize> = Vec::new();
    for i in 0..ctx.tokens.len() {
        if !ctx.inside_quote[i] && ctx.word_id(i).is_some_and(|id| telling[id]) {
            let s = ctx.sentences.of_token[i] as usize;
            if marked.last() != Some(&s) {
                marked.push(s);
            }
        }
    }
    for s in marked {
        let sentence = ctx.sentences.spans[s].clone();
        let words: Vec<&str> = (sentence.start..sentence.end)
            .filter_map(|i| ctx.lower(i))
            .collect();
        if !ctx.lexicon.has_anonymity_marker(&words) {
            continue;
        }
        let start = sentence.start;
        let (span, gender) = match ctx.phrase_at(start) {
            Some(phrase) if matches!(phrase.referent, Referent::Description { .. }) => {
                (phrase.span.clone(), anonymous_gender(ctx, &phrase))
            }
            // "Two people familiar with the matter said …": a counted group; "An audiologist
            // at another trust, who asked not to be named, …": a noun not listed as a role.
            _ if matches!(
                ctx.lower(start),
                Some("a" | "an" | "one" | "two" | "three" | "four" | "several")
            ) && ctx
                .tokens
                .get(start + 1)
                .is_some_and(|t| t.text(ctx.text).starts_with(char::is_lowercase)) =>
            {
                // Through the description's lowercase words: "A former quality-control
                // technician at the plant" is the technician a later "the former technician
                // said" means.
                let last = (start + 1..(start + 1 + ANONYMOUS_DESCRIPTION_WORDS).min(sentence.end))
                    .take_while(|&i| {
                        ctx.tokens[i].kind == TokenKind::Word
                            && ctx.word(i).starts_with(char::is_lowercase)
                            && !matches!(
                                ctx.word(i),
                                "at" | "in" | "of" | "from" | "for" | "with" | "who" | "on"
                            )
                    })
                    .last()
                    .unwrap_or(start + 1);
                let span = ctx.tokens[start].start..ctx.tokens[last].end;
                (span, Gender::Unknown)
            }
            _ => continue,
        };
        let source = ctx.table.add_anonymous(span, gender);
        ctx.note_speaker(source, start);
    }
}

/// Most lowercase words of an unlisted description of an anonymous source.
const ANONYMOUS_DESCRIPTION_WORDS: usize = 4;

/// The gender of an anonymous source from the first he/she/his/her in its sentence after
/// its phrase ("asked not to be named because she feared …").
fn anonymous_gender(ctx: &Context, phrase: &Phrase) -> Gender {
    let sentence = ctx.sentences.of(phrase.tokens.start);
    (phrase.tokens.end..sentence.end)
        .find_map(|i| match ctx.lower(i) {
            Some("he" | "his" | "him") => Some(Gender::Male),
            Some("she" | "her" | "hers") => Some(Gender::Female),
            _ => None,
        })
        .unwrap_or(Gender::Unknown)
}

/// How many tokens after a speaker an anonymity phrase is looked for when the verb comes
/// first ("said an official, who asked not to be named").
const ANONYMITY_REACH: usize = 12;

/// True when the words between the cue's speaker and its verb (or just after the speaker,
/// when the verb comes first) make the speaker anonymous: "who asked not to be named".
fn is_anonymous(ctx: &Context, cue: &Cue) -> bool {
    let start = cue.phrase.tokens.end;
    let end = if cue.at > start {
        cue.at
    } else {
        let sentence = ctx.sentences.of(start.min(ctx.tokens.len() - 1));
        (start + ANONYMITY_REACH).min(sentence.end)
    };
    // Room for every token up front: collecting the words would otherwise regrow the list.
    let mut words: Vec<&str> = Vec::with_capacity(end.saturating_sub(start));
    words.extend((start..end).filter_map(|i| ctx.lower(i)));
    ctx.lexicon.has_anonymity_marker(&words)
}

/// True when the speaker phrase is a word standing alone for someone unnamed ("said one",
/// "somebody exclaimed") or counts them among others ("said a third").
fn stands_for_someone_unnamed(phrase: &Phrase) -> bool {
    matches!(&phrase.referent, Referent::Description { head, .. }
        if super::phrases::INDEFINITE_SPEAKERS.contains(&head.as_str())
            || super::phrases::COUNTED_SPEAKERS.contains(&head.as_str()))
}

/// Direct when the quote stands as an utterance (it opens a sentence or follows a colon or an
/// attribution, or is followed by one); partial when it is a fragment of the writer's
/// sentence, a scare quote or a title.
fn classify(ctx: &Context, index: usize, attributed_after: bool) -> QuoteKind {
    let q = &ctx.quotes[index];
    let quoted = ctx.text[q.quote.span.clone()].trim();
    if q.quote.last_paragraph > q.quote.paragraph || q.quote.family == MarkFamily::Dash {
        return QuoteKind::Direct;
    }
    let first_upper = quoted
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    let ends_clause =
        quoted.ends_with(['.', ',', '?', '!', '…', '—', ':', ';']) || quoted.ends_with("--");
    let previous = previous_token(ctx, q.open);
    let opens = match previous {
        None => true,
        Some(p) => {
            let word = ctx.word(p);
            ctx.tokens[p].paragraph != ctx.tokens[q.open].paragraph
                || matches!(word, "." | "!" | "?" | "…" | ":")
                || (ctx.tokens[p].kind == TokenKind::Mark
                    && !ctx.inside_quote.get(p).is_some_and(|_| false))
                // Not a passive ("would not be finished “before 2027 at the earliest”"), a
                // noun ("called the offer “generous …”") or a verb that names what follows
                // ("what she called “the biggest turnout …”").
                || (ctx.is_speech_verb(p)
                    && !ctx
                        .lower(p)
                        .is_some_and(|w| ctx.lexicon.is_naming_verb(w))
                    && !(p > 0
                        && (matches!(ctx.lower(p - 1), Some(w) if super::indirect::BE_FORMS.contains(&w))
                            || ctx.has_flag(p - 1, flags::DETERMINER))))
                || (matches!(word, "," | "—" | "–" | "--" | "-") && speech_verb_before(ctx, p).is_some())
        }
    };
    if is_title_or_scare(ctx, index) {
        return QuoteKind::Partial;
    }
    let utterance = (opens
        && (first_upper || ends_clause || quoted.split_whitespace().count() >= 4))
        || (attributed_after && ends_clause && first_upper);
    if utterance {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Most tokens of narration between the two halves of an interrupted quotation.
const INTERRUPTION_TOKENS: usize = 16;

/// True when quote `index` resumes the quote before it after a short narrative interruption in
/// the same sentence: “But it is,” returned she; “for Mrs. Long has just been here.”
/// The interruption ends with a comma, semicolon, colon or dash and holds no sentence end.
fn resumes_interrupted_quote(ctx: &Context, index: usize) -> bool {
    let (previous, current) = (&ctx.quotes[index - 1], &ctx.quotes[index]);
    let Some(close) = previous.close else {
        return false;
    };
    let open = current.open;
    if open <= close + 1
        || open - close > INTERRUPTION_TOKENS
        || ctx.tokens[close].paragraph != ctx.tokens[open].paragraph
        || ctx.sentences.of(close) != ctx.sentences.of(open)
    {
        return false;
    }
    let ends_clause = matches!(ctx.word(open - 1), "," | ";" | ":" | "—" | "–" | "--");
    // The period of "said Mr. Bennet; “…”" does not end the interruption's sentence.
    let abbreviation = |i: usize| {
        i > close + 1
            && ctx
                .lexicon
                .is_abbreviation(&ctx.text[ctx.tokens[i - 1].start..ctx.tokens[i].end])
    };
    let breaks_narration = |i: usize| match ctx.word(i) {
        "!" | "?" | "(" | ")" => true,
        "." => !abbreviation(i),
        _ => false,
    };
    let narration = (close + 1..open).all(|i| !ctx.inside_quote[i] && !breaks_narration(i));
    ends_clause && narration
}

/// The token before `i` in the same paragraph, if any.
fn previous_token(ctx: &Context, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    (ctx.tokens[p].paragraph == ctx.tokens[i].paragraph).then_some(p)
}

/// A title of a work (“Cranes, Costs and the Coast”) or a scare quote (a so-called “…”).
fn is_title_or_scare(ctx: &Context, index: usize) -> bool {
    let q = &ctx.quotes[index];
    let Some(p) = previous_token(ctx, q.open) else {
        return false;
    };
    let mut j = p;
    while matches!(
        ctx.word(j),
        "," | "a" | "an" | "the" | "its" | "his" | "her" | "their"
    ) && j > 0
    {
        j -= 1;
    }
    let before = ctx.lower(j).unwrap_or_default();
    if ctx.lexicon.is_scare_marker(before)
        || ctx
            .lexicon
            .is_scare_marker(ctx.lower(p).unwrap_or_default())
    {
        return true;
    }
    // Only a work noun ("report", "titled") introduces a title; most quotes have none. A
    // year in brackets after it marks one too: "among them “Night Tram to Corliss” (1963)".
    let year_after = q.close.is_some_and(|close| {
        ctx.tokens
            .get(close + 1)
            .is_some_and(|t| t.text(ctx.text) == "(")
            && ctx.tokens.get(close + 2).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.text(ctx.text).len() == 4
                    && ctx
                        .tokens
                        .get(close + 3)
                        .is_some_and(|t| t.text(ctx.text) == ")")
            })
    });
    if !year_after
        && !ctx.lexicon.is_work_noun(before)
        && !super::names::work_noun_before(ctx.text, &ctx.tokens, q.open, ctx.lexicon)
    {
        return false;
    }
    let quoted = ctx.text[q.quote.span.clone()]
        .trim_end_matches([',', '.'])
        .trim();
    let words: Vec<&str> = quoted.split_whitespace().collect();
    // Numbers ("to 2035") are neither capitalised nor lowercase.
    words.len() <= 10
        && words
            .iter()
            .filter(|w| w.chars().count() > 3 && w.chars().next().is_some_and(char::is_alphabetic))
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The nearest speech verb before token `end` in the same clause (no sentence end between).
fn speech_verb_before(ctx: &Context, end: usize) -> Option<usize> {
    let sentence = ctx.sentences.of(end);
    (sentence.start..end)
        .rev()
        .take(12)
        .take_while(|&i| ctx.tokens[i].kind != TokenKind::Mark)
        .find(|&i| ctx.is_speech_verb(i))
}

/// “…,” said Ruiz / “…,” Ruiz said / “…,” Ana Ruiz, an economist at X, told the Tribune.
/// Also someone described with words no list knows (“…,” said the painter).
fn cue_after(ctx: &Context, index: usize) -> Option<Cue> {
    let q = &ctx.quotes[index];
    let close = q.close?;
    let paragraph = ctx.tokens[close].paragraph;
    // A quotation ending in a comma waits for its attribution: “…,” said he: “…” gives
    // both halves to him.
    let waits = ctx.text[q.quote.span.clone()].trim_end().ends_with(',');
    if introduces_next_quote(ctx, index) && !waits {
        return None;
    }
    let mut i = close + 1;
    while ctx.tokens.get(i).is_some_and(|t| {
        t.paragraph == paragraph && matches!(t.text(ctx.text), "," | "—" | "–" | "--")
    }) {
        i += 1;
    }
    if ctx
        .tokens
        .get(i)
        .is_none_or(|t| t.paragraph != paragraph || t.kind == TokenKind::Mark)
    {
        return None;
    }
    // Verb first: said Ruiz, added the minister, said he.
    let mut v = i;
    while ctx.is_filler(v) && v < i + 2 {
        v += 1;
    }
    if ctx.is_speech_verb(v) {
        let mut s = v + 1;
        while ctx.is_filler(s) && s < v + 3 {
            s += 1;
        }
        // "interposed, more softly, a young wife": an adverb phrase between commas.
        if ctx.word(s) == ","
            && let Some(comma) = (s + 2..(s + 5).min(ctx.tokens.len())).find(|&c| {
                ctx.word(c) == ","
                    && (s + 1..c).all(|w| {
                        (ctx.tokens[w].kind == TokenKind::Word && ctx.word(w).ends_with("ly"))
                            || matches!(ctx.lower(w), Some("more" | "less" | "very" | "most"))
                    })
            })
        {
            s = comma + 1;
        }
        // "said resident Tomás Arriaga": a person after a lowercase description.
        if let Some(phrase) = ctx
            .phrase_at(s)
            .or_else(|| super::indirect::described_then_name(ctx, s))
            .or_else(|| ctx.described_name_at(s))
            .or_else(|| ctx.plain_description_at(s, false))
        {
            let phrase = voice_of(ctx, phrase);
            return Some(Cue {
                phrase,
                verb: ctx.word(v).to_lowercase(),
                at: s,
            });
        }
        return None;
    }
    // Speaker first: Ruiz said, the ministry said, Tom Keller, who ..., told.
    let phrase = ctx
        .phrase_at(i)
        .or_else(|| ctx.plain_description_at(i, true))?;
    // "KEA director Halvard Brekke told": the person after a body and a role.
    let phrase = match phrase.referent {
        Referent::Name(id) if ctx.table.kind(id) == EntityKind::Organization => {
            super::indirect::role_then_name(ctx, phrase.tokens.end)
                .or_else(|| super::indirect::described_then_name(ctx, phrase.tokens.end))
                .unwrap_or(phrase)
        }
        _ => phrase,
    };
    // "Aldervik’s chief executive, Matthias Grevenbroek, told": the name in apposition to a
    // role held at a possessor, or to a description ("the council’s cabinet member for
    // highways, Councillor Geoffrey Tamblyn, said").
    let possessor = matches!(phrase.referent, Referent::Name(_))
        && is_possessive(ctx.word(phrase.tokens.end - 1));
    if possessor || matches!(phrase.referent, Referent::Description { .. }) {
        let limit = (phrase.tokens.end + 12).min(ctx.tokens.len());
        let apposed = name_in_apposition_after(ctx, phrase.tokens.end, limit)
            .and_then(|name| ctx.phrase_at(name))
            .and_then(|name| {
                let mut k = name.tokens.end + 1;
                while ctx.is_filler(k) && k < name.tokens.end + 3 {
                    k += 1;
                }
                ctx.is_speech_verb(k).then_some((name, k))
            });
        if let Some((name, verb)) = apposed {
            let at = name.tokens.start;
            return Some(Cue {
                phrase: name,
                verb: ctx.word(verb).to_lowercase(),
                at,
            });
        }
    }
    let verb = verb_after_phrase(ctx, phrase.tokens.end)?;
    // "one resident, Paul Mendes, told": the name in apposition to the description.
    let phrase = match phrase.referent {
        Referent::Description { .. }
            if ctx
                .tokens
                .get(phrase.tokens.end)
                .is_some_and(|t| t.text(ctx.text) == ",") =>
        {
            ctx.phrase_at(phrase.tokens.end + 1)
                .filter(|name| {
                    matches!(name.referent, Referent::Name(_))
                        && ctx
                            .tokens
                            .get(name.tokens.end)
                            .is_some_and(|t| t.text(ctx.text) == ",")
                })
                .unwrap_or(phrase)
        }
        _ => phrase,
    };
    // After a full stop, only a plain reporting verb attributes (“It is done.” Ruiz said.);
    // another verb starts an action, often the listener's (“It is done.” The girl smiled.).
    let full_stop = ctx.text[q.quote.span.clone()].trim_end().ends_with('.');
    if full_stop && !ctx.is_reporting_verb(verb) {
        return None;
    }
    Some(Cue {
        phrase,
        verb: ctx.word(verb).to_lowercase(),
        at: i,
    })
}

/// "cried the voice of John Reed": the person a voice belongs to, named after it.
fn voice_of(ctx: &Context, phrase: Phrase) -> Phrase {
    let is_voice =
        matches!(&phrase.referent, Referent::Description { head, .. } if head == "voice");
    let end = phrase.tokens.end;
    if is_voice
        && ctx.lower(end) == Some("of")
        && let Some(owner) = ctx.phrase_at(end + 1)
        && matches!(owner.referent, Referent::Name(_))
    {
        return owner;
    }
    phrase
}

/// True when the narration after quote `index` ends in a colon right before the next quote of
/// the same sentence: “Oh, Charlotte!” Miss Bartlett said, with more restraint: “How do you
/// do?” Its speech verb introduces that next quote, not this one.
fn introduces_next_quote(ctx: &Context, index: usize) -> bool {
    let (Some(close), Some(next)) = (ctx.quotes[index].close, ctx.quotes.get(index + 1)) else {
        return false;
    };
    let open = next.open;
    open > close + 1
        && open - close <= INTERRUPTION_TOKENS + 8
        && ctx.tokens[open].paragraph == ctx.tokens[close].paragraph
        && ctx.word(open - 1) == ":"
        && (close + 1..open - 1)
            .all(|i| !ctx.inside_quote[i] && !matches!(ctx.word(i), "." | "!" | "?" | ":" | ";"))
}

/// True when the mark at token `i` is the apostrophe of a plural possessive glued to the
/// word before it ("the Orsuvian Students’ Federation"), not a quotation mark.
fn ends_plural_possessive(ctx: &Context, i: usize) -> bool {
    i > 0
        && matches!(ctx.word(i), "’" | "'")
        && ctx.tokens[i - 1].end == ctx.tokens[i].start
        && ctx.word(i - 1).ends_with('s')
        && !ctx.quotes.iter().any(|q| q.close == Some(i))
}

/// The speech verb following a speaker phrase that ends before token `end`: directly, after
/// fillers ("later", "had"), or after an appositive or relative clause between commas.
fn verb_after_phrase(ctx: &Context, end: usize) -> Option<usize> {
    let paragraph = ctx.tokens.get(end)?.paragraph;
    let mut k = end;
    while ctx.is_filler(k) && k < end + 3 {
        k += 1;
    }
    if ctx.is_speech_verb(k) {
        return Some(k);
    }
    if ctx.tokens.get(end).is_some_and(|t| t.text(ctx.text) == ",") {
        let limit = (end + 30).min(ctx.tokens.len());
        for c in end + 1..limit {
            let token = ctx.tokens[c];
            if token.paragraph != paragraph
                || (token.kind == TokenKind::Mark && !ends_plural_possessive(ctx, c))
                || matches!(token.text(ctx.text), "." | "!" | "?")
            {
                return None;
            }
            if token.text(ctx.text) == "," {
                let mut k = c + 1;
                while ctx.is_filler(k) && k < c + 4 {
                    k += 1;
                }
                if ctx.is_speech_verb(k) {
                    return Some(k);
                }
            }
        }
    }
    None
}

/// Ruiz said: “…” / Whitcomb told reporters, “…” / He added, “…” / said Ruiz: “…”
fn cue_before(ctx: &Context, index: usize) -> Option<Cue> {
    let q = &ctx.quotes[index];
    let open = q.open;
    // A paragraph that ends with a colon introduces the quotation opening the next one:
    // "…, wrote:" ¶ “This clinic delivered half the children in this valley.”
    let introduced = opens_paragraph(ctx, index)
        && open > 0
        && ctx.word(open - 1) == ":"
        && !ctx.inside_quote[open - 1];
    let sentence = ctx.sentences.of(if introduced { open - 1 } else { open });
    let floor = if index > 0 {
        ctx.quotes[index - 1]
            .close
            .map_or(sentence.start, |c| (c + 1).max(sentence.start))
    } else {
        sentence.start
    };
    // The verb stands close to the quote; its subject may be further off when an appositive
    // comes between them ("Niamh Costello, the NUFW’s regional organiser, told reporters
    // outside the council chambers, “…”").
    let subject_floor = floor.max(open.saturating_sub(CUE_SUBJECT_TOKENS));
    let floor = floor.max(open.saturating_sub(CUE_VERB_TOKENS));
    let mut end = open;
    while end > floor && matches!(ctx.word(end - 1), ":" | "," | "—" | "–" | ";") {
        end -= 1;
    }
    // "said to her, with a sigh, “…”", "some former remark of his:": a noun after a
    // determiner or a modifier of time, not the verb.
    let noun_use = |i: usize| {
        i > 0
            && (ctx.has_flag(i - 1, flags::DETERMINER)
                || matches!(
                    ctx.lower(i - 1),
                    Some(
                        "some"
                            | "any"
                            | "every"
                            | "no"
                            | "your"
                            | "former"
                            | "earlier"
                            | "previous"
                    )
                ))
    };
    let verb = (floor..end)
        .rev()
        .find(|&i| ctx.is_speech_verb(i) && !noun_use(i))?;
    // Subject before the verb.
    let mut s = verb;
    while s > floor && ctx.is_filler(s - 1) {
        s -= 1;
    }
    if s > floor && ctx.word(s - 1) == "," {
        // A name opening the sentence, then appositives, then the verb: "Gemma Pritchard,
        // chief executive of the Fairweight Trust, a charity for people living with obesity,
        // said:".
        let opening = sentence.start;
        if let Some(phrase) = ctx
            .phrase_at(opening)
            .filter(|p| {
                opening >= subject_floor
                    && matches!(p.referent, Referent::Name(_))
                    && ctx.word(p.tokens.end) == ","
            })
            .filter(|p| {
                matches!(p.referent, Referent::Name(id) if ctx.table.kind(id) == EntityKind::Person)
            })
        {
            return Some(Cue {
                phrase,
                verb: ctx.word(verb).to_lowercase(),
                at: verb,
            });
        }
    }
    if let Some(phrase) = ctx
        .phrase_ending_at(s)
        .filter(|p| p.tokens.start >= subject_floor)
    {
        return Some(Cue {
            phrase,
            verb: ctx.word(verb).to_lowercase(),
            at: verb,
        });
    }
    // "the Residents’ Association, which wrote on Facebook:": the body the clause is about.
    if s >= floor + 2
        && matches!(ctx.lower(s - 1), Some("which" | "who"))
        && ctx.word(s - 2) == ","
        && let Some(phrase) = ctx
            .phrase_ending_at(s - 2)
            .filter(|p| p.tokens.start >= subject_floor)
    {
        return Some(Cue {
            phrase,
            verb: ctx.word(verb).to_lowercase(),
            at: verb,
        });
    }
    if s > floor && ctx.word(s - 1) == "," {
        // A name in apposition to a description: "Its author, schoolteacher Lorna Pike, wrote:"
        // (not the object of a clause about the subject: "the Trust, which owns Haldane
        // Court, said:").
        if let Some(phrase) = ctx
            .phrase_ending_at(s - 1)
            .filter(|p| p.tokens.start > subject_floor && matches!(p.referent, Referent::Name(_)))
            .filter(|p| {
                let before = p.tokens.start.saturating_sub(3).max(subject_floor)..p.tokens.start;
                before.clone().any(|c| ctx.word(c) == ",")
                    && !before
                        .into_iter()
                        .any(|c| matches!(ctx.lower(c), Some("which" | "who" | "whose" | "that")))
            })
        {
            return Some(Cue {
                phrase,
                verb: ctx.word(verb).to_lowercase(),
                at: verb,
            });
        }
        // An appositive between the subject and the verb: "Ruiz, the union's president, said:"
        let comma = (subject_floor..s - 1).rev().find(|&c| ctx.word(c) == ",");
        if let Some(phrase) = comma
            .and_then(|c| ctx.phrase_ending_at(c))
            .map(|p| noun_before_preposition(ctx, p))
            .filter(|p| p.tokens.start >= subject_floor)
        {
            return Some(Cue {
                phrase,
                verb: ctx.word(verb).to_lowercase(),
                at: verb,
            });
        }
    }
    // A participle after the subject's clause: "Ruiz rose to her feet, exclaiming:".
    if s > floor && ctx.word(s - 1) == "," && ctx.word(verb).ends_with("ing") {
        let subject = (sentence.start.max(floor)..(sentence.start + 3).min(verb))
            .find_map(|i| ctx.phrase_at(i).filter(|p| p.tokens.start == i));
        if let Some(phrase) = subject {
            return Some(Cue {
                phrase,
                verb: ctx.word(verb).to_lowercase(),
                at: verb,
            });
        }
    }
    // Inverted: said Ruiz:
    if let Some(phrase) = ctx.phrase_at(verb + 1).filter(|p| p.tokens.end <= end) {
        return Some(Cue {
            phrase,
            verb: ctx.word(verb).to_lowercase(),
            at: verb,
        });
    }
    // "As I came close she bowed and said, “…”": the subject of a verb joined to the speech
    // verb by "and", wherever the sentence opens.
    if verb >= floor + 3
        && ctx.lower(verb - 1) == Some("and")
        && ctx.tokens[verb - 2].kind == TokenKind::Word
        && ctx.word(verb - 2).starts_with(char::is_lowercase)
        && let Some(phrase) = ctx.phrase_ending_at(verb - 2).filter(|p| {
            p.tokens.start >= subject_floor
                && matches!(
                    p.referent,
                    Referent::Name(_) | Referent::Pronoun { plural: false, .. }
                )
        })
    {
        return Some(Cue {
            phrase,
            verb: ctx.word(verb).to_lowercase(),
            at: verb,
        });
    }
    // The subject that opens the sentence, the verb further on: "She bowed and said, “…”",
    // "He had often said to me: “…”".
    let opening = sentence.start;
    // "a message", "his closing remarks": a noun, not a verb.
    let verb_is_noun = (verb.saturating_sub(2)..verb).any(|i| ctx.has_flag(i, flags::DETERMINER));
    if opening < subject_floor || verb_is_noun {
        return None;
    }
    let phrase = (opening..(opening + 3).min(verb))
        .find_map(|i| ctx.phrase_at(i).filter(|p| p.tokens.start == i))
        .filter(|p| match &p.referent {
            Referent::Name(_) => true,
            Referent::Pronoun { plural, .. } => !plural,
            Referent::Description { head, .. } => ctx.lexicon.role_noun(head).is_some(),
        })?;
    Some(Cue {
        phrase,
        verb: ctx.word(verb).to_lowercase(),
        at: verb,
    })
}

/// The subject of the writer's clause around a partial quote, when a speech or framing verb
/// stands between them: Whitcomb ... calling it a “marriage of convenience”.
fn partial_cue(ctx: &Context, index: usize) -> Option<Cue> {
    if is_title_or_scare(ctx, index) {
        return None;
    }
    let q = &ctx.quotes[index];
    let open = q.open;
    let sentence = ctx.sentences.of(open);
    let floor = if index > 0 {
        ctx.quotes[index - 1]
            .close
            .map_or(sentence.start, |c| (c + 1).max(sentence.start))
    } else {
        sentence.start
    };
    // "Bill Tranter" opens a name, though "bill" frames words too.
    let is_cue_verb = |v: usize| {
        ctx.is_speech_verb(v)
            || (ctx.mention_starting_at.get(v).is_none()
                && ctx.lower(v).is_some_and(|w| ctx.lexicon.is_framing_verb(w)))
    };
    // A subject right before the verb nearest the quote: "thanked Beijing for what she
    // called its “patience”".
    if let Some(verb) = (floor..open).rev().find(|&v| is_cue_verb(v))
        && verb > floor
        && let Some(phrase) = ctx
            .phrase_ending_at(verb)
            .filter(|p| p.tokens.start >= floor && matches!(p.referent, Referent::Pronoun { .. }))
    {
        return Some(Cue {
            phrase,
            verb: ctx.word(verb).to_lowercase(),
            at: verb,
        });
    }
    let mut i = floor;
    // "Asked whether it would raise rates again, Bwalya said …": a participle phrase opening
    // the sentence holds no subject, nor a prepositional one ("Outside a pensions office in
    // Lomira's Kolvary district, Emil Tarnovsky said …").
    if floor == sentence.start
        && ctx.mention_starting_at.get(floor).is_none()
        && ctx.lower(floor).is_some_and(|w| {
            (w.len() >= 5 && w.ends_with("ed"))
                || is_participle(ctx, w)
                || CLAUSE_PREPOSITIONS.contains(&w)
        })
        && let Some(comma) = (floor + 1..open).find(|&c| ctx.word(c) == ",")
    {
        // "Speaking in Kalvar Square in the capital, Ordane, shortly after midnight, Ms
        // Marovec said …": past the phrase's appositives, to the last comma before a person
        // who speaks.
        let person_speaks = |c: usize| {
            ctx.phrase_at(c + 1).is_some_and(|p| {
                matches!(p.referent, Referent::Name(id) if ctx.table.kind(id) == EntityKind::Person)
                    && (p.tokens.end..(p.tokens.end + 3).min(open)).any(&is_cue_verb)
            })
        };
        let last = (comma..open)
            .rev()
            .find(|&c| ctx.word(c) == "," && person_speaks(c))
            .unwrap_or(comma);
        i = last + 1;
    }
    while i < open {
        if let Some(phrase) = ctx.phrase_at(i) {
            // "PORT CARRICK: Finance Minister Catherine Ashdown defended …": a dateline or
            // label before a colon is not the subject.
            if ctx
                .tokens
                .get(phrase.tokens.end)
                .is_some_and(|t| t.text(ctx.text) == ":")
            {
                i = phrase.tokens.end + 1;
                continue;
            }
            // "In Edinburgh, Transport Minister Kirsty Lennox said …": the object of a
            // preposition is not the subject, nor that of a participle ("Sentencing
            // Kilbride on Friday, Mr Justice Pelham told him …").
            if i > floor
                && ctx
                    .lower(i - 1)
                    .is_some_and(|w| CLAUSE_PREPOSITIONS.contains(&w) || is_participle(ctx, w))
            {
                i = phrase.tokens.end;
                continue;
            }
            // "China’s Vice Foreign Minister Zhang Wei": the possessor is not the subject,
            // nor in "Kelavar’s minister of water, Nadia Sarkis, accused …".
            let possessive = is_possessive(ctx.word(phrase.tokens.end - 1));
            if possessive && ctx.phrase_at(phrase.tokens.end).is_some() {
                i = phrase.tokens.end;
                continue;
            }
            // "Halden’s port director Tom Keller": past the lowercase title to the name.
            if possessive
                && let Some(name) = (phrase.tokens.end + 1..(phrase.tokens.end + 4).min(open))
                    .take_while(|&j| {
                        ctx.lower(j - 1).is_some_and(|w| {
                            ctx.word(j - 1) == w && w.chars().all(char::is_alphabetic)
                        })
                    })
                    .find(|&j| {
                        ctx.phrase_at(j)
                            .is_some_and(|p| matches!(p.referent, Referent::Name(_)))
                    })
            {
                i = name;
                continue;
            }
            if possessive && let Some(name) = name_in_apposition_after(ctx, phrase.tokens.end, open)
            {
                i = name;
                continue;
            }
            // "Its chairman, Roger Eddington, said that was ‘…’": the name in apposition.
            // "The council’s cabinet member for highways, Councillor Geoffrey Tamblyn,".
            if matches!(phrase.referent, Referent::Description { .. })
                && let Some(name) = name_in_apposition_after(ctx, phrase.tokens.end, open)
            {
                i = name;
                continue;
            }
            // "the critic Bernard Ossett called “…”": the name after the description.
            if matches!(phrase.referent, Referent::Description { .. })
                && ctx.mention_starting_at.get(phrase.tokens.end).is_some()
            {
                i = phrase.tokens.end;
                continue;
            }
            // "Wrenford United manager Alasdair Kinnear says": the person after the role;
            // "NDOT project engineer Lacey Brandvold said": after a body and a longer role.
            if matches!(phrase.referent, Referent::Name(_))
                && super::indirect::role_then_name(ctx, phrase.tokens.end).is_some()
            {
                i = phrase.tokens.end + 1;
                continue;
            }
            if let Referent::Name(id) = phrase.referent
                && ctx.table.kind(id) == EntityKind::Organization
                && let Some(person) = super::indirect::described_then_name(ctx, phrase.tokens.end)
            {
                i = person.tokens.start;
                continue;
            }
            let verb = (phrase.tokens.end..open).find(|&v| is_cue_verb(v));
            return verb.map(|v| Cue {
                phrase,
                verb: ctx.word(v).to_lowercase(),
                at: i,
            });
        }
        i += 1;
    }
    None
}

/// True for a lowercase present participle ("speaking", "sentencing"), not one of the "-ing"
/// words that describe a name ("neighbouring", "ruling").
fn is_participle(ctx: &Context, word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ing") && !ctx.lexicon.is_ing_adjective(word)
}

/// How many tokens before a quotation its cue's verb may stand.
const CUE_VERB_TOKENS: usize = 14;
/// How many tokens before a quotation the subject of that verb may start.
const CUE_SUBJECT_TOKENS: usize = 24;

/// "A Western diplomat in Doresk": the phrase before the preposition that `phrase` follows,
/// when there is one, rather than the preposition's object.
fn noun_before_preposition(ctx: &Context, phrase: Phrase) -> Phrase {
    let start = phrase.tokens.start;
    if start == 0
        || !ctx
            .lower(start - 1)
            .is_some_and(|w| CLAUSE_PREPOSITIONS.contains(&w))
    {
        return phrase;
    }
    ctx.phrase_ending_at(start - 1).unwrap_or(phrase)
}

/// Prepositions whose object is not the subject of the clause that follows.
pub(super) const CLAUSE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "from", "for", "of", "to", "with", "by", "near", "outside", "across",
    "inside", "after", "before", "during", "about",
];

/// After a possessor, "minister of water and agriculture, Nadia Sarkis,": the token where a
/// name between commas starts, within a few words of `start` and before `limit`. A few
/// lowercase words may stand before the name ("largest customer, the delivery app
/// Parcelbee,").
pub(super) fn name_in_apposition_after(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let comma = (start..limit.min(start + 8))
        .take_while(|&i| ctx.tokens[i].kind == TokenKind::Word || ctx.word(i) == ",")
        .find(|&i| ctx.word(i) == ",")?;
    let lowercase_word = |i: usize| {
        ctx.tokens[i].kind == TokenKind::Word
            && ctx.word(i).chars().next().is_some_and(char::is_lowercase)
    };
    // The name ends with a comma, or with where the person is from: "Devinder Mahal of the
    // People’s Alliance,".
    let closes = |end: usize| {
        let word = |i: usize| ctx.tokens.get(i).map_or("", |t| t.text(ctx.text));
        word(end) == ","
            || (matches!(word(end), "of" | "from")
                && (end + 1..limit.min(end + 1 + APPOSED_NAME_WORDS + 2))
                    .take_while(|&i| ctx.tokens[i].kind == TokenKind::Word || word(i) == ",")
                    .any(|i| word(i) == ","))
    };
    (comma + 1..limit.min(comma + 1 + APPOSED_NAME_WORDS))
        .take_while(|&i| i == comma + 1 || lowercase_word(i - 1))
        .find(|&i| {
            ctx.phrase_at(i).is_some_and(|phrase| {
                matches!(phrase.referent, Referent::Name(_)) && closes(phrase.tokens.end)
            })
        })
}

/// Most lowercase words before a name in apposition ("the grocery delivery app Parcelbee").
const APPOSED_NAME_WORDS: usize = 5;

/// Most tokens between a subject and the colon that introduces its quotation.
const COLON_PREDICATE_TOKENS: usize = 24;
/// Most words of that predicate kept as the cue.
const COLON_CUE_WORDS: usize = 8;

/// "Feld put it bluntly in his closing remarks: “…”", "Farah Qureshi, the chief inspector,
/// was careful not to take sides: “…”": a quotation after a colon, with no speech verb,
/// belongs to the sentence's subject when that is a name or "he"/"she". The cue is the
/// predicate, cut to a few words.
fn colon_subject(ctx: &Context, index: usize) -> Option<Cue> {
    let colon = ctx.quotes[index].open.checked_sub(1)?;
    if ctx.word(colon) != ":" || ctx.inside_quote[colon] {
        return None;
    }
    let sentence = ctx.sentences.of(colon);
    let (start, phrase) = super::indirect::subjects(ctx, &(sentence.start..colon + 1))
        .into_iter()
        .next()?;
    let person = match phrase.referent {
        Referent::Name(_) => true,
        Referent::Pronoun { plural: false, .. } => {
            matches!(ctx.lower(start), Some("he" | "she"))
        }
        _ => false,
    };
    let predicate = phrase.tokens.end..colon;
    if !person
        || predicate.is_empty()
        || predicate.len() > COLON_PREDICATE_TOKENS
        || predicate.clone().any(|i| ctx.inside_quote[i])
    {
        return None;
    }
    let words: Vec<&str> = predicate
        .clone()
        .filter(|&i| ctx.tokens[i].kind == TokenKind::Word)
        .map(|i| ctx.word(i))
        .collect();
    // Past an appositive ("…, the chief inspector, was careful"): the words after its comma.
    let last_comma = predicate.clone().rev().find(|&i| ctx.word(i) == ",");
    let words = match last_comma {
        Some(comma) if ctx.word(predicate.start) == "," => (comma + 1..colon)
            .filter(|&i| ctx.tokens[i].kind == TokenKind::Word)
            .map(|i| ctx.word(i))
            .collect(),
        _ => words,
    };
    if words.is_empty() {
        return None;
    }
    let mut verb = words[..words.len().min(COLON_CUE_WORDS)].join(" ");
    if words.len() > COLON_CUE_WORDS {
        verb.push('…');
    }
    Some(Cue {
        phrase,
        verb,
        at: start,
    })
}

/// Madame Nilsson's “M'ama!” / Mrs Gildea's illuminative ‘H'm!’ / Ruiz's “marriage of
/// convenience” remark: a person's possessive, and at most two lowercase words, right before
/// the opening mark.
fn owner_of_words(ctx: &Context, index: usize) -> Option<Cue> {
    let open = ctx.quotes[index].open;
    let paragraph = ctx.tokens[open].paragraph;
    let owner_end = (open.saturating_sub(3)..open).find(|&i| {
        is_possessive(ctx.word(i))
            && ctx.mention_ending_at.get(i).is_some()
            && (i + 1..open).all(|w| {
                ctx.tokens[w].kind == TokenKind::Word && ctx.word(w).starts_with(char::is_lowercase)
            })
    })?;
    if ctx.tokens[owner_end].paragraph != paragraph || ctx.inside_quote[owner_end] {
        return None;
    }
    let phrase = ctx.phrase_ending_at(owner_end + 1)?;
    match phrase.referent {
        Referent::Name(id) if ctx.table.kind(id) == EntityKind::Person => Some(Cue {
            phrase,
            verb: "'s".into(),
            at: owner_end,
        }),
        _ => None,
    }
}

/// “…,” according to Ruiz. / According to the union, “…”
fn according_to(ctx: &Context, index: usize) -> Option<Cue> {
    let q = &ctx.quotes[index];
    let sentence = ctx.sentences.of(q.open);
    let close = q.close.unwrap_or(q.open);
    // The sentence's tokens before the quote and after it, the quote's own not visited.
    let end = sentence.end.saturating_sub(1);
    let before = sentence.start..q.open.min(end);
    let after = (close + 1).max(q.open).max(sentence.start)..end;
    for i in before.chain(after) {
        if ctx.lower(i) != Some("according") || ctx.lower(i + 1) != Some("to") {
            continue;
        }
        // "according to a statement from the Halden Port Authority": its author.
        let author = (i + 3..(i + 5).min(sentence.end))
            .find(|&by| {
                matches!(ctx.lower(by), Some("from" | "by"))
                    && ctx.lower(by - 1).is_some_and(|noun| {
                        ctx.lexicon
                            .tells_kind(noun, super::lexicon::KindContext::Statement)
                    })
            })
            .and_then(|by| ctx.phrase_at(by + 1))
            .filter(|p| matches!(p.referent, Referent::Name(_)));
        // "according to its pastor, Rev. Corwin Mundell": the name in apposition.
        let apposed = |phrase: Phrase| match phrase.referent {
            Referent::Description { .. } if ctx.word(phrase.tokens.end) == "," => ctx
                .phrase_at(phrase.tokens.end + 1)
                .filter(|name| matches!(name.referent, Referent::Name(_)))
                .unwrap_or(phrase),
            _ => phrase,
        };
        if let Some(phrase) = author.or_else(|| ctx.phrase_at(i + 2).map(apposed)) {
            return Some(Cue {
                at: phrase.tokens.start,
                phrase,
                verb: "according to".to_owned(),
            });
        }
    }
    None
}

/// A quote without a cue in a paragraph where another quote is attributed takes that speaker
/// (the previous one if any, else the next).
/// Fewest words of a fragment that takes the speaker of an earlier quote in its sentence.
const FRAGMENT_WORDS: usize = 2;

/// The speaker of an earlier quotation in the same sentence, for a later fragment that has no
/// cue of its own: "Whitcombe said he had “enormous respect” for her and would not
/// “relitigate old arguments”". Titles and scare quotes keep none.
fn earlier_in_sentence(
    ctx: &Context,
    results: &[(QuoteKind, Attribution)],
    index: usize,
) -> Option<Attribution> {
    // A words-of-the-speaker fragment, not a name or a title ("the “Clean Rivers Act”").
    let quoted = ctx.text[ctx.quotes[index].quote.span.clone()].trim();
    let fragment = quoted.split_whitespace().count() >= FRAGMENT_WORDS
        && quoted
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
    if !fragment {
        return None;
    }
    let sentence = ctx.sentences.of(ctx.quotes[index].open);
    let previous = index.checked_sub(1)?;
    let attribution = &results[previous].1;
    (attribution.speaker.is_some()
        && attribution.cue.is_some()
        && ctx.quotes[previous].open >= sentence.start
        && !is_title_or_scare(ctx, index))
    .then(|| Attribution {
        cue: None,
        ..attribution.clone()
    })
}

/// "She said the university had lost 60 lecturers. ¶ “Every spring I sign another farewell
/// card.”": in a report, a paragraph of nothing but quotation after a paragraph of reported
/// speech goes on in that speaker's voice. `reported` is the reported speech found (byte
/// span and attribution), in text order.
pub fn continue_after_reported_speech(
    ctx: &Context,
    results: &mut [(QuoteKind, Attribution)],
    reported: &[(Range<usize>, Attribution)],
) {
    if super::dialogue::is_dialogue(ctx) {
        return;
    }
    for (index, (kind, attribution)) in results.iter_mut().enumerate() {
        if *kind != QuoteKind::Direct
            || attribution.speaker.is_some()
            || attribution.cue.is_some()
            || !opens_paragraph(ctx, index)
            || !paragraph_is_quotation(ctx, index)
        {
            continue;
        }
        let open = ctx.quotes[index].open;
        let paragraph = ctx.tokens[open].paragraph;
        let Some(previous) = paragraph.checked_sub(1) else {
            continue;
        };
        let paragraph_start = ctx.tokens[open].start;
        // The last reported speech before the quote, in the paragraph just before it, with no
        // quotation after it there.
        let before = reported.partition_point(|(span, _)| span.end <= paragraph_start);
        let Some((span, said)) = before.checked_sub(1).map(|last| &reported[last]) else {
            continue;
        };
        let first_token = ctx.tokens.partition_point(|t| t.start < span.start);
        let in_previous = ctx
            .tokens
            .get(first_token)
            .is_some_and(|t| t.paragraph == previous);
        let quoted_after = (0..index)
            .rev()
            .take_while(|&j| ctx.quotes[j].quote.paragraph >= previous as usize)
            .any(|j| ctx.quotes[j].quote.span.start > span.end);
        if in_previous && !quoted_after && said.speaker.is_some() {
            attribution.speaker = said.speaker;
        }
    }
}

fn continue_within_paragraphs(
    ctx: &Context,
    results: &mut [(QuoteKind, Attribution)],
    explicit: &[bool],
    dialogue: bool,
) {
    let count = results.len();
    for index in 0..count {
        if results[index].1.speaker.is_none()
            && results[index].0 == QuoteKind::Partial
            && let Some(inherited) = earlier_in_sentence(ctx, results, index)
        {
            results[index].1 = inherited;
            continue;
        }
        if results[index].1.speaker.is_some() || results[index].0 == QuoteKind::Partial {
            continue;
        }
        let paragraph = ctx.quotes[index].quote.paragraph;
        let same = |j: usize| {
            ctx.quotes[j].quote.last_paragraph == paragraph
                || ctx.quotes[j].quote.paragraph == paragraph
        };
        // “But Margaret dear --” “I'll go for her letter.”: in dialogue the words that cut
        // in are someone else's, whose turn is taken later.
        if dialogue && super::dialogue::interrupts(ctx, index) {
            continue;
        }
        let previous = (0..index)
            .rev()
            .take_while(|&j| same(j))
            .find(|&j| results[j].1.speaker.is_some() && results[j].0 != QuoteKind::Partial);
        // Nor from words that cut in after it: “… the first vacant room --” “You must have
        // it,” said Miss Bartlett.
        let next = (index + 1..count)
            .take_while(|&j| same(j) && !(dialogue && super::dialogue::interrupts(ctx, j)))
            .find(|&j| explicit[j] && results[j].0 != QuoteKind::Partial);
        if let Some(source) = previous.or(next) {
            let inherited = results[source].1.clone();
            results[index].1 = Attribution {
                cue: None,
                ..inherited
            };
        }
    }
}

/// Fewest reported-speech quotes for an article to read as a report.
const REPORT_MIN_INDIRECT: usize = 3;

/// "A council source was blunter. “…,” the source said.": in a report (an article with as
/// much reported speech as news has, one indirect quote for every five others or more),
/// someone known only by a description that names no one is an anonymous source, not a
/// speaker of their own, and is not listed. In fiction "said the saloon-keeper" is a
/// character, and stays.
pub fn unname_descriptions_in_reports(
    ctx: &mut Context,
    results: &mut [(QuoteKind, Attribution)],
    indirect: &mut [(Range<usize>, Attribution)],
) {
    if indirect.len() < REPORT_MIN_INDIRECT || indirect.len() * 5 < results.len() {
        return;
    }
    let narrator = ctx.narrator();
    let described = |ctx: &Context, a: &Attribution| {
        let id = a.speaker?;
        let span = a.speaker_span.as_ref()?;
        let words = ctx.text[span.clone()].to_lowercase();
        let draft = &ctx.table.drafts[id];
        (words.starts_with("the ") && draft.nominal && !draft.anonymous && narrator != Some(id))
            .then_some(id)
    };
    let unnamed: Vec<usize> = results
        .iter()
        .map(|(_, a)| a)
        .chain(indirect.iter().map(|(_, a)| a))
        .filter_map(|a| described(ctx, a))
        .chain(
            ctx.unnamed_among_others
                .iter()
                .filter_map(|&index| results[index].1.speaker),
        )
        .collect();
    if unnamed.is_empty() {
        return;
    }
    for attribution in results
        .iter_mut()
        .map(|(_, a)| a)
        .chain(indirect.iter_mut().map(|(_, a)| a))
    {
        if attribution.speaker.is_some_and(|id| unnamed.contains(&id)) {
            attribution.speaker = None;
        }
    }
    for id in unnamed {
        ctx.table.drafts[id].anonymous = true;
    }
}

/// True when quote `index` is the first thing in its paragraph.
pub(super) fn opens_paragraph(ctx: &Context, index: usize) -> bool {
    let open = ctx.quotes[index].open;
    open == 0 || ctx.tokens[open - 1].paragraph != ctx.tokens[open].paragraph
}

/// True when the paragraph of quote `index` holds nothing but quotation and punctuation.
pub(super) fn paragraph_is_quotation(ctx: &Context, index: usize) -> bool {
    let open = ctx.quotes[index].open;
    let paragraph = ctx.tokens[open].paragraph;
    let in_paragraph = |i: &usize| ctx.tokens[*i].paragraph == paragraph;
    let quotation = |i: usize| ctx.inside_quote[i] || ctx.tokens[i].kind == TokenKind::Punct;
    // Outwards from the quote, so that the walk stops at the first word of narration.
    (open..ctx.tokens.len())
        .take_while(in_paragraph)
        .all(quotation)
        && (0..open).rev().take_while(in_paragraph).all(quotation)
}

/// Test helper: every quotation of an article made of `paragraphs`, with its speaker's name.
#[cfg(test)]
pub(crate) fn speakers(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
    use crate::document::{Article, Metadata};
    let article = Article::from_paragraphs("t", Metadata::default(), paragraphs.iter().copied());
    let analysis = super::analyze(&article);
    analysis
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            let name = analysis.speaker_name(q).map(str::to_owned);
            (article.text()[q.span.clone()].to_owned(), name)
        })
        .collect()
}
