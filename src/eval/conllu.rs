//! Reading GUM's CoNLL-U files: tokens, sentences, paragraphs and the entity mentions in the
//! MISC column, and laying the tokens out as article text with the byte range of each.
//!
//! Entity brackets (`Entity=` in MISC): `(1-place-new-...-New_Zealand` opens a mention of
//! entity 1, `1)` closes it, `(5-person-...-Barack_Obama)` is a one-token mention, and one
//! token may carry several: `(7-time-...)7)`. The fields are named by the document's
//! `# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity` header; the
//! identity (a Wikipedia title) is present only for linked entities.
//!
//! Layout: tokens are joined with a space unless `SpaceAfter=No`; the words of a multiword
//! token (`28-29 you’re`) are glued and take its `SpaceAfter`; sentences are joined with a
//! space; `# newpar` starts a paragraph. Every paragraph is GUM's, including the heading.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::PARAGRAPH_SEPARATOR;
use crate::document::article::normalise_paragraph;

/// The field names used when a document has no `# global.Entity` header.
pub const DEFAULT_ENTITY_FIELDS: &str =
    "GRP-etype-infstat-salience-centering-minspan-link-identity";

/// One syntactic word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word as written.
    pub form: String,
    /// Universal part of speech (`PROPN`, `DET`...).
    pub upos: String,
    /// Penn Treebank tag (`NNP`, `NNPS`...).
    pub xpos: String,
    /// Whether a space follows it in the text.
    pub space_after: bool,
}

/// One entity mention: a run of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token (index into [`ConlluDoc::tokens`]).
    pub start: usize,
    /// Last token, included.
    pub end: usize,
    /// The entity id within the document (the `GRP` field).
    pub group: String,
    /// `person`, `place`, `organization`, `time`...
    pub etype: String,
    /// The Wikipedia title of linked entities.
    pub identity: Option<String>,
}

/// One bracket of an `Entity=` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bracket {
    /// `(fields...` opens a mention.
    Open(Vec<String>),
    /// `id)` closes the open mention of entity `id`.
    Close(String),
    /// `(fields...)` is a one-token mention.
    Single(Vec<String>),
}

/// Splits an `Entity=` value into its brackets, in order.
///
/// ```
/// use byline::eval::conllu::{parse_entity, Bracket};
/// let brackets = parse_entity("(7-time-new)7)").unwrap();
/// assert_eq!(brackets[0], Bracket::Single(vec!["7".into(), "time".into(), "new".into()]));
/// assert_eq!(brackets[1], Bracket::Close("7".into()));
/// ```
pub fn parse_entity(value: &str) -> Result<Vec<Bracket>, String> {
    let fields = |body: &str| body.split('-').map(str::to_owned).collect::<Vec<_>>();
    let mut brackets = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if let Some(body) = rest.strip_prefix('(') {
            let end = body.find(['(', ')']).unwrap_or(body.len());
            if body[end..].starts_with(')') {
                brackets.push(Bracket::Single(fields(&body[..end])));
                rest = &body[end + 1..];
            } else {
                brackets.push(Bracket::Open(fields(&body[..end])));
                rest = &body[end..];
            }
        } else {
            let end = rest
                .find(')')
                .ok_or_else(|| format!("unbalanced Entity value {value:?}"))?;
            brackets.push(Bracket::Close(rest[..end].to_owned()));
            rest = &rest[end + 1..];
        }
    }
    Ok(brackets)
}

/// One document of a CoNLL-U file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConlluDoc {
    /// `# newdoc id`.
    pub id: String,
    /// `# meta::title`.
    pub title: Option<String>,
    /// Every word, across sentences.
    pub tokens: Vec<Token>,
    /// Token ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    /// Whether each sentence starts a paragraph (`# newpar`).
    pub paragraph_starts: Vec<bool>,
    /// Entity mentions, in the order they close.
    pub mentions: Vec<Mention>,
}

/// Field positions named by the `# global.Entity` header.
struct Fields {
    group: usize,
    etype: usize,
    identity: usize,
}

impl Fields {
    fn from_header(header: &str) -> Fields {
        let names: Vec<&str> = header.split('-').collect();
        let at =
            |name: &str, default: usize| names.iter().position(|n| *n == name).unwrap_or(default);
        Fields {
            group: at("GRP", 0),
            etype: at("etype", 1),
            identity: at("identity", 7),
        }
    }

    fn mention(&self, fields: &[String], start: usize, end: usize) -> Mention {
        let get = |i: usize| fields.get(i).filter(|f| !f.is_empty()).cloned();
        Mention {
            start,
            end,
            group: get(self.group).unwrap_or_default(),
            etype: get(self.etype).unwrap_or_default(),
            identity: get(self.identity),
        }
    }
}

/// Parses a CoNLL-U file into documents. Errors name the line.
pub fn parse(content: &str) -> Result<Vec<ConlluDoc>, String> {
    let mut docs: Vec<ConlluDoc> = Vec::new();
    let mut fields = Fields::from_header(DEFAULT_ENTITY_FIELDS);
    let mut open: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
    let mut new_paragraph = false;
    let mut sentence_start: Option<usize> = None;
    let mut multiword: Option<(usize, bool)> = None; // last word id, space after
    for (n, line) in content.lines().enumerate() {
        let error = |message: String| format!("line {}: {message}", n + 1);
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            docs.push(ConlluDoc {
                id: id.trim().to_owned(),
                ..ConlluDoc::default()
            });
            open.clear();
            continue;
        }
        if docs.is_empty() {
            docs.push(ConlluDoc::default());
        }
        let Some(doc) = docs.last_mut() else { continue };
        if let Some(header) = line.strip_prefix("# global.Entity = ") {
            fields = Fields::from_header(header.trim());
        } else if let Some(title) = line.strip_prefix("# meta::title = ") {
            doc.title = Some(title.trim().to_owned());
        } else if line.trim_end() == "# newpar" {
            new_paragraph = true;
        } else if line.trim().is_empty() {
            if let Some(start) = sentence_start.take() {
                doc.sentences.push(start..doc.tokens.len());
            }
        } else if !line.starts_with('#') {
            let columns: Vec<&str> = line.split('\t').collect();
            if columns.len() != 10 {
                return Err(error(format!("{} columns, expected 10", columns.len())));
            }
            let misc: Vec<&str> = columns[9].split('|').collect();
            let space_after = !misc.contains(&"SpaceAfter=No");
            if let Some((_, last)) = columns[0].split_once('-') {
                let last: usize = last.parse().map_err(|_| error("bad multiword id".into()))?;
                multiword = Some((last, space_after));
                continue;
            }
            if columns[0].contains('.') {
                continue; // an empty node of the enhanced graph: no text
            }
            let id: usize = columns[0]
                .parse()
                .map_err(|_| error("bad token id".into()))?;
            if sentence_start.is_none() {
                sentence_start = Some(doc.tokens.len());
                doc.paragraph_starts
                    .push(new_paragraph || doc.sentences.is_empty());
                new_paragraph = false;
            }
            let space_after = match multiword {
                Some((last, _)) if id < last => false,
                Some((last, space)) if id == last => {
                    multiword = None;
                    space
                }
                _ => space_after,
            };
            let index = doc.tokens.len();
            doc.tokens.push(Token {
                form: columns[1].to_owned(),
                upos: columns[3].to_owned(),
                xpos: columns[4].to_owned(),
                space_after,
            });
            for value in misc.iter().filter_map(|m| m.strip_prefix("Entity=")) {
                for bracket in parse_entity(value).map_err(error)? {
                    match bracket {
                        Bracket::Open(f) => open.entry(f[0].clone()).or_default().push((index, f)),
                        Bracket::Single(f) => doc.mentions.push(fields.mention(&f, index, index)),
                        Bracket::Close(group) => {
                            let (start, f) =
                                open.get_mut(&group).and_then(Vec::pop).ok_or_else(|| {
                                    error(format!("entity {group} closed but not open"))
                                })?;
                            doc.mentions.push(fields.mention(&f, start, index));
                        }
                    }
                }
            }
        }
    }
    if let (Some(start), Some(doc)) = (sentence_start, docs.last_mut()) {
        doc.sentences.push(start..doc.tokens.len());
    }
    docs.retain(|d| !d.tokens.is_empty());
    Ok(docs)
}

/// A document laid out as article text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Paragraphs, in the form `Article::from_paragraphs` keeps unchanged.
    pub paragraphs: Vec<String>,
    /// The byte range of each token in the paragraphs joined by a blank line.
    pub tokens: Vec<Range<usize>>,
}

/// Lays a document out as paragraphs of text.
pub fn layout(doc: &ConlluDoc) -> Layout {
    let mut out = Layout::default();
    let mut paragraph = String::new();
    let mut base = 0; // where the current paragraph starts in the joined text
    let mut pending_space = false;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if doc.paragraph_starts.get(s).copied().unwrap_or(false) && !paragraph.is_empty() {
            base += paragraph.len() + PARAGRAPH_SEPARATOR.len();
            out.paragraphs.push(std::mem::take(&mut paragraph));
            pending_space = false;
        }
        for token in doc.tokens.get(sentence.clone()).unwrap_or_default() {
            let form = normalise_paragraph(&token.form).unwrap_or_default();
            if form.is_empty() {
                let at = base + paragraph.len();
                out.tokens.push(at..at);
                pending_space |= token.space_after;
                continue;
            }
            if pending_space && !paragraph.is_empty() {
                paragraph.push(' ');
            }
            let start = base + paragraph.len();
            paragraph.push_str(&form);
            out.tokens.push(start..base + paragraph.len());
            pending_space = token.space_after;
        }
        pending_space = true;
    }
    if !paragraph.is_empty() {
        out.paragraphs.push(paragraph);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# newdoc id = GUM_news_test
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# meta::title = Obama visits New Zealand
# newpar
# text = Obama visits New Zealand
1\tObama\tObama\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Barack_Obama)
2\tvisits\tvisit\tVERB\tVBZ\t_\t0\troot\t_\t_
3\tNew\tNew\tPROPN\tNNP\t_\t4\tcompound\t_\tEntity=(2-place-new-sssss-cf2-1,2-coref-New_Zealand
4\tZealand\tZealand\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=2)

# newpar
# text = The president's trip, he said.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(3-event-new-sssss-cf1-3-coref(1-person-giv-sssss-cf1-2-coref-Barack_Obama
2-3\tpresident's\t_\t_\t_\t_\t_\t_\t_\t_
2\tpresident\tpresident\tNOUN\tNN\t_\t4\tnmod\t_\t_
3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\tEntity=1)
4\ttrip\ttrip\tNOUN\tNN\t_\t0\troot\t_\tEntity=3)|SpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_
5.1\tsaid\tsay\tVERB\tVBD\t_\t_\t_\t_\t_
6\the\the\tPRON\tPRP\t_\t7\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref-Barack_Obama)
7\tsaid\tsay\tVERB\tVBD\t_\t4\tparataxis\t_\tSpaceAfter=No
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
";

    #[test]
    fn brackets_nested_multiple_and_single() {
        let b = parse_entity("(3-event-new(1-person-giv-Barack_Obama").unwrap();
        assert_eq!(b.len(), 2);
        assert!(matches!(&b[1], Bracket::Open(f) if f[0] == "1" && f[3] == "Barack_Obama"));
        let b = parse_entity("41)40)39)").unwrap();
        let closed: Vec<_> = b.iter().map(|b| format!("{b:?}")).collect();
        assert_eq!(closed, ["Close(\"41\")", "Close(\"40\")", "Close(\"39\")"]);
        let b = parse_entity("(2-abstract-new)(5-person-x-Barack_Obama").unwrap();
        assert!(matches!(&b[0], Bracket::Single(f) if f[1] == "abstract"));
        assert!(matches!(&b[1], Bracket::Open(f) if f[1] == "person"));
        assert!(parse_entity("(1-person)2").is_err());
    }

    #[test]
    fn documents_parse_with_mentions_paragraphs_and_multiword_tokens() {
        let docs = parse(DOC).unwrap();
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.id, "GUM_news_test");
        assert_eq!(doc.title.as_deref(), Some("Obama visits New Zealand"));
        assert_eq!(doc.tokens.len(), 12, "the empty node 5.1 is skipped");
        assert_eq!(doc.sentences, vec![0..4, 4..12]);
        assert_eq!(doc.paragraph_starts, vec![true, true]);
        let spans: Vec<_> = doc
            .mentions
            .iter()
            .map(|m| (m.start, m.end, m.etype.as_str(), m.identity.as_deref()))
            .collect();
        assert_eq!(
            spans,
            vec![
                (0, 0, "person", Some("Barack_Obama")),
                (2, 3, "place", Some("New_Zealand")),
                (4, 6, "person", Some("Barack_Obama")),
                (4, 7, "event", None),
                (9, 9, "person", Some("Barack_Obama")),
            ]
        );
    }

    #[test]
    fn layout_follows_space_after_and_paragraphs() {
        let doc = &parse(DOC).unwrap()[0];
        let layout = layout(doc);
        let text = layout.paragraphs.join(PARAGRAPH_SEPARATOR);
        assert_eq!(
            text,
            "Obama visits New Zealand\n\nThe president's trip, he said."
        );
        let words: Vec<&str> = layout.tokens.iter().map(|r| &text[r.clone()]).collect();
        let forms: Vec<&str> = doc.tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(words, forms);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        assert_eq!(
            parse("1\tx\n").unwrap_err(),
            "line 1: 2 columns, expected 10"
        );
        let unopened = "1\tx\tx\tX\tX\t_\t0\troot\t_\tEntity=4)\n";
        assert!(
            parse(unopened)
                .unwrap_err()
                .contains("entity 4 closed but not open")
        );
    }
}
