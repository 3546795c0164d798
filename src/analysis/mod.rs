//! Analysis of an article: quotations, speakers and entities, as pure functions of its text.
//!
//! The pipeline: tokens and sentences ([`tokens`]), quotation marks paired into quotes
//! ([`quotes`]), proper names ([`names`]) grouped into entities ([`entities`]), then each
//! quote attributed ([`attribution`]) and reported speech found ([`indirect`]). Every rule
//! is driven by the word lists in `assets/lexicon/` ([`lexicon`]).

pub mod appositives;
pub mod attribution;
pub mod context;
pub mod coref;
pub mod corrections;
pub mod dialogue;
pub mod entities;
pub mod indirect;
pub mod lexicon;
pub mod model;
pub mod names;
pub mod phrases;
pub mod quotes;
pub mod tokens;

pub use model::{Analysis, Entity, EntityId, EntityKind, Quote, QuoteKind};

use crate::document::Article;
use context::Context;
use lexicon::Lexicon;

/// Analyses an article: finds its quotations, who said them, and its entities.
///
/// ```
/// use byline::analysis::analyze;
/// use byline::document::{Article, Metadata};
/// let article = Article::from_paragraphs("t", Metadata::default(), ["“Hello,” said Ana Ruiz."]);
/// let analysis = analyze(&article);
/// let quote = &analysis.quotes[0];
/// assert_eq!(&article.text()[quote.span.clone()], "Hello,");
/// assert_eq!(analysis.speaker_name(quote), Some("Ana Ruiz"));
/// ```
pub fn analyze(article: &Article) -> Analysis {
    let mut ctx = Context::new(article, Lexicon::get());
    let mut attributed = attribution::attribute_quotes(&mut ctx);
    let mut indirect = indirect::find_indirect(&mut ctx);
    attribution::continue_after_reported_speech(&ctx, &mut attributed, &indirect);
    attribution::unname_descriptions_in_reports(&mut ctx, &mut attributed, &mut indirect);
    let table = std::mem::take(&mut ctx.table);
    let (entities, ids) = table.finish();
    let entity = |draft: Option<usize>| draft.and_then(|d| ids.get(d).copied().flatten());
    let mut quotes: Vec<Quote> = ctx
        .quotes
        .iter()
        .zip(attributed)
        .map(|(q, (kind, a))| Quote {
            span: q.quote.span.clone(),
            kind,
            speaker: entity(a.speaker),
            speaker_span: a.speaker_span,
            cue: a.cue,
        })
        .collect();
    quotes.extend(indirect.into_iter().map(|(span, a)| Quote {
        span,
        kind: QuoteKind::Indirect,
        speaker: entity(a.speaker),
        speaker_span: a.speaker_span,
        cue: a.cue,
    }));
    quotes.sort_by_key(|q| q.span.start);
    let mut entities = entities;
    appositives::describe_people(article.text(), &mut entities, Lexicon::get());
    add_byline_authors(article, &mut entities);
    Analysis { quotes, entities }
}

/// The people in the byline are entities too (with no mentions in the body), described as
/// the article's authors. A job after a name ("Kofi Adjei, Technology Reporter") is that
/// author's role, not another person.
fn add_byline_authors(article: &Article, entities: &mut Vec<Entity>) {
    let Some(byline) = &article.meta.byline else {
        return;
    };
    let lexicon = Lexicon::get();
    let mut added: Option<usize> = None;
    for author in byline
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
    {
        // "By Imogen Sallis in Orzhan": where the author filed from is no part of the name.
        let name = author.split(" in ").next().unwrap_or(author).trim();
        // "The Port Elundi Courier" is a paper, though a courier is also a job.
        // "Tullabrin Valley Advocate" too: a title of capitalised words ending in an
        // organisation word and opening with no given name or title.
        let words: Vec<&str> = name.split_whitespace().collect();
        // "The Brannock Statesman": no person's name opens with "The".
        let is_paper = (name.starts_with("The ")
            && words.len() >= 2
            && words.iter().all(|w| w.starts_with(char::is_uppercase)))
            || (words.len() >= 2
                && words.last().is_some_and(|w| lexicon.is_org_word(w))
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && lexicon.given_name(words[0]).is_none()
                && lexicon.title(words[0]).is_none());
        let last = words.last().copied().unwrap_or_default();
        let first = words.first().copied().unwrap_or_default();
        let is_role = !is_paper && lexicon.role_noun(&last.to_lowercase()).is_some();
        if is_role {
            if let Some(id) = added {
                entities[id].description = Some(format!("{name}, author of the article"));
            }
            continue;
        }
        added = None;
        if words.len() < 2 || entities.iter().any(|e| e.name == name) {
            continue;
        }
        // "By Josee Thibodeau, Tamsett Valley Record": the paper, which the article may call
        // "the Record".
        // "By Emily Post" is a person: a paper's name does not open with a given name.
        if is_paper || (lexicon.is_org_word(last) && lexicon.given_name(first).is_none()) {
            let publisher = "publisher of the article".to_owned();
            let name = name.strip_prefix("The ").unwrap_or(name);
            if let Some(known) = entities.iter().position(|e| e.name == name) {
                entities[known].kind = EntityKind::Organization;
                entities[known].description.get_or_insert(publisher);
                continue;
            }
            match entities
                .iter()
                .position(|e| e.name == last && e.kind != EntityKind::Person)
            {
                Some(short) => {
                    let entity = &mut entities[short];
                    entity
                        .aliases
                        .push(std::mem::replace(&mut entity.name, name.to_owned()));
                    entity.kind = EntityKind::Organization;
                    entity.description.get_or_insert(publisher);
                }
                None => entities.push(Entity {
                    id: entities.len(),
                    name: name.to_owned(),
                    kind: EntityKind::Organization,
                    aliases: Vec::new(),
                    description: Some(publisher),
                    mentions: Vec::new(),
                }),
            }
            continue;
        }
        // "“Is it a cure?” I ask.": the first person of a bylined article is its author.
        if let Some(narrator) = entities.iter().position(|e| e.name == coref::NARRATOR) {
            entities[narrator].name = name.to_owned();
            entities[narrator].description = Some("author of the article".to_owned());
            added = Some(narrator);
            continue;
        }
        added = Some(entities.len());
        entities.push(Entity {
            id: entities.len(),
            name: name.to_owned(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            description: Some("author of the article".to_owned()),
            mentions: Vec::new(),
        });
    }
}
