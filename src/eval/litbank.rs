//! The LitBank evaluation: quotations and their speakers in ~2,000-word excerpts of 100 novels.
//!
//! Each `quotations/tsv/NAME.txt` (one sentence per line, tokens separated by single spaces) is
//! rebuilt into paragraphs of natural text by [`super::detok`]; `NAME.ann` holds the gold
//! quotes (`QUOTE id start_sent start_tok end_sent end_tok text`, zero-based indices, the end
//! token included) and their speakers (`ATTRIB id Speaker_Name-N`). Quotes are scored by
//! [`super::quotes`], speakers by [`super::speakers::names_match`].
//!
//! LitBank marks direct speech only, so predicted `indirect` quotes are not scored (they are
//! counted apart); predicted `partial` quotes are scored, and a second line shows the scores
//! with them left out, since LitBank leaves out scare quotes and titles.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::analysis::{Analysis, Quote, QuoteKind};
use crate::document::{Article, Metadata};

use super::detok::rebuild;
use super::metrics::Counts;
use super::quote_metrics::QuoteMetrics;
use super::quotes::GoldQuote;
use super::speakers::{label_name, names_match};
use super::{CORPUS_HINT, EvalError, Evaluation, file_name, files_with_suffix, read};

/// The folder of LitBank's quotation files inside the corpus folder.
pub const QUOTATIONS_DIR: &str = "litbank/quotations/tsv";

/// The folder of LitBank's coreference files (same names, `.ann`), whose chains carry the
/// speaker labels of the quotation files.
pub const COREF_DIR: &str = "litbank/coref/brat";

/// The ACE types of LitBank's entity lines (`PROP_PER`, `NOM_FAC`, ...).
const ENTITY_TYPES: &[&str] = &["PER", "FAC", "LOC", "GPE", "VEH", "ORG"];

/// The proper names (`PROP` mentions) of each coreference chain of a LitBank coreference
/// file, by readable label (`Sherlock_Holmes-1` -> `Sherlock Holmes`). Chain lines are
/// `T1\tLabel-N start end\ttext`; entity lines `T2\tPROP_PER start end\ttext` say which spans
/// are proper names.
pub fn chain_names(coref_ann: &str) -> HashMap<String, Vec<String>> {
    let mut proper = std::collections::HashSet::new();
    let mut chains: Vec<(String, (String, String), String)> = Vec::new();
    for line in coref_ann.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, middle, text] = fields[..] else {
            continue;
        };
        if !id.starts_with('T') {
            continue;
        }
        let parts: Vec<&str> = middle.split(' ').collect();
        let [label, start, end] = parts[..] else {
            continue;
        };
        let span = (start.to_owned(), end.to_owned());
        match label.split_once('_') {
            Some(("PROP", kind)) if ENTITY_TYPES.contains(&kind) => {
                proper.insert(span);
            }
            Some(("NOM" | "PRON", kind)) if ENTITY_TYPES.contains(&kind) => {}
            _ => chains.push((label_name(label), span, text.to_owned())),
        }
    }
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for (label, span, text) in chains {
        if proper.contains(&span) {
            let forms = names.entry(label).or_default();
            if !forms.contains(&text) {
                forms.push(text);
            }
        }
    }
    names
}

/// One `QUOTE` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnQuote {
    /// The quote's id (`Q307`), which `ATTRIB` lines refer to.
    pub id: String,
    /// First token: (sentence, token).
    pub start: (usize, usize),
    /// Last token, included: (sentence, token).
    pub end: (usize, usize),
    /// The quote's tokens joined by spaces, marks included.
    pub text: String,
}

/// The contents of one `.ann` file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Quotes in file order.
    pub quotes: Vec<AnnQuote>,
    /// Speaker label by quote id.
    pub speakers: HashMap<String, String>,
}

/// Parses an `.ann` file. Errors name the line.
pub fn parse_ann(content: &str) -> Result<Annotations, String> {
    let mut annotations = Annotations::default();
    for (n, line) in content.lines().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        let number = |i: usize| -> Result<usize, String> {
            fields
                .get(i)
                .and_then(|f| f.trim().parse().ok())
                .ok_or_else(|| format!("line {}: field {} is not a number", n + 1, i + 1))
        };
        match fields[0] {
            "QUOTE" if fields.len() >= 7 => annotations.quotes.push(AnnQuote {
                id: fields[1].to_owned(),
                start: (number(2)?, number(3)?),
                end: (number(4)?, number(5)?),
                text: fields[6..].join("\t"),
            }),
            "ATTRIB" if fields.len() >= 3 => {
                annotations
                    .speakers
                    .insert(fields[1].to_owned(), fields[2].trim().to_owned());
            }
            "" if line.trim().is_empty() => {}
            _ => return Err(format!("line {}: not a QUOTE or ATTRIB line", n + 1)),
        }
    }
    Ok(annotations)
}

/// One LitBank document ready to score: the rebuilt article and its gold quotes.
#[derive(Debug, Clone)]
pub struct Document {
    /// The rebuilt text as an article.
    pub article: Article,
    /// Gold quotes with byte ranges in `article.text()`, marks included; speakers are labels
    /// made readable (`Mrs_Bennet-2` -> `Mrs Bennet`), which [`names_match`] accepts too.
    pub gold: Vec<GoldQuote>,
    /// For each sentence, the byte range of each token in `article.text()`.
    pub tokens: Vec<Vec<Range<usize>>>,
}

/// Rebuilds a document from its `.txt` and `.ann` contents.
pub fn document(name: &str, txt: &str, ann: &Annotations) -> Result<Document, String> {
    let sentences: Vec<Vec<&str>> = txt.lines().map(|l| l.split(' ').collect()).collect();
    let rebuilt = rebuild(&sentences);
    let article = Article::from_paragraphs(name, Metadata::default(), &rebuilt.paragraphs);
    if article.text() != rebuilt.text() {
        return Err("the rebuilt text changed when made into an article".into());
    }
    let token = |(s, t): (usize, usize), id: &str| {
        rebuilt
            .tokens
            .get(s)
            .and_then(|sentence| sentence.get(t))
            .cloned()
            .ok_or_else(|| format!("quote {id}: no token {t} in sentence {s}"))
    };
    let mut gold = Vec::with_capacity(ann.quotes.len());
    for quote in &ann.quotes {
        let tokens: Vec<&str> = (quote.start.0..=quote.end.0)
            .flat_map(|s| {
                let sentence = sentences.get(s).map(Vec::as_slice).unwrap_or_default();
                let from = if s == quote.start.0 { quote.start.1 } else { 0 };
                let to = if s == quote.end.0 {
                    quote.end.1 + 1
                } else {
                    sentence.len()
                };
                sentence.get(from..to).unwrap_or_default().to_vec()
            })
            .collect();
        if tokens.join(" ") != quote.text {
            return Err(format!(
                "quote {}: its text does not match its tokens",
                quote.id
            ));
        }
        gold.push(GoldQuote {
            span: token(quote.start, &quote.id)?.start..token(quote.end, &quote.id)?.end,
            kind: None,
            speaker: ann.speakers.get(&quote.id).map(|label| label_name(label)),
        });
    }
    gold.sort_by_key(|g| g.span.start);
    Ok(Document {
        article,
        gold,
        tokens: rebuilt.tokens,
    })
}

/// Every mention of each coreference chain (`T1\tLabel-N start end\ttext`, character
/// offsets into the tokenised `txt`), by readable label, as byte ranges of the rebuilt text
/// whose token ranges are `tokens` (per sentence, per token). Mentions that do not start and
/// end on token boundaries are left out.
pub fn chain_mentions(
    coref_ann: &str,
    txt: &str,
    tokens: &[Vec<Range<usize>>],
) -> HashMap<String, Vec<Range<usize>>> {
    // Character offsets of each token of the tokenised text: sentences are lines, tokens are
    // separated by single spaces.
    let mut starts: HashMap<usize, (usize, usize)> = HashMap::new();
    let mut ends: HashMap<usize, (usize, usize)> = HashMap::new();
    let mut offset = 0;
    for (s, line) in txt.split('\n').enumerate() {
        for (t, token) in line.split(' ').enumerate() {
            let length = token.chars().count();
            starts.insert(offset, (s, t));
            ends.insert(offset + length, (s, t));
            offset += length + 1;
        }
    }
    let range = |(s, t): (usize, usize)| tokens.get(s).and_then(|sentence| sentence.get(t));
    let mut chains: HashMap<String, Vec<Range<usize>>> = HashMap::new();
    for line in coref_ann.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, middle, _] = fields[..] else {
            continue;
        };
        let parts: Vec<&str> = middle.split(' ').collect();
        let [label, start, end] = parts[..] else {
            continue;
        };
        let is_type = label.split_once('_').is_some_and(|(form, kind)| {
            matches!(form, "PROP" | "NOM" | "PRON") && ENTITY_TYPES.contains(&kind)
        });
        if !id.starts_with('T') || is_type {
            continue;
        }
        let (Ok(start), Ok(end)) = (start.parse::<usize>(), end.parse::<usize>()) else {
            continue;
        };
        let first = starts.get(&start).copied().and_then(range);
        let last = ends.get(&end).copied().and_then(range);
        if let (Some(first), Some(last)) = (first, last) {
            chains
                .entry(label_name(label))
                .or_default()
                .push(first.start..last.end);
        }
    }
    chains
}

/// Personal pronouns, which name nobody by themselves: a cue "said he" is judged by the
/// mention the pronoun was resolved to.
fn is_pronoun(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "he" | "she" | "i" | "they" | "we" | "it" | "you" | "him" | "her" | "me" | "us" | "them"
    )
}

/// LitBank numbers.
#[derive(Debug, Default, Serialize)]
struct LitBankMetrics {
    documents: usize,
    quotes: QuoteMetrics,
    /// Lenient scores when predicted `partial` quotes are left out too.
    direct_only: Counts,
    /// Predicted indirect quotes, which LitBank cannot judge.
    indirect_not_scored: usize,
    /// Speakers judged against every proper name of the gold speaker's coreference chain.
    by_chain: QuoteMetrics,
    /// Speakers judged by whether the mention standing for them is in the gold speaker's
    /// coreference chain (or by name, as `by_chain`).
    by_mention: QuoteMetrics,
    /// Speakers judged by whether the mention the quote is linked to (the cue's mention, a
    /// pronoun too) is in the gold speaker's coreference chain: BookNLP's footing.
    by_link: QuoteMetrics,
    /// Documents that had a coreference file.
    chain_documents: usize,
}

/// Runs the LitBank evaluation on the corpus folder `corpus` (which holds `litbank/`). With
/// `texts`, each rebuilt excerpt is also written there as `NAME.txt`, for a developer to open.
pub fn evaluate(corpus: &Path, texts: Option<&Path>) -> Result<Evaluation, EvalError> {
    let dir = corpus.join(QUOTATIONS_DIR);
    let files = files_with_suffix(
        &dir,
        ".ann",
        "LitBank quotations (litbank/quotations/tsv)",
        CORPUS_HINT,
    )?;
    let mut metrics = LitBankMetrics::default();
    let mut errors = Vec::new();
    for ann_path in files {
        let txt_path = ann_path.with_extension("txt");
        let name = file_name(&txt_path);
        let invalid = |message: String| EvalError::Invalid {
            path: ann_path.display().to_string(),
            message,
        };
        let ann = parse_ann(&read(&ann_path)?).map_err(invalid)?;
        let txt = read(&txt_path)?;
        let doc = document(&name, &txt, &ann).map_err(invalid)?;
        if let Some(folder) = texts {
            let path = folder.join(&name);
            std::fs::create_dir_all(folder)
                .and_then(|()| std::fs::write(&path, doc.article.text()))
                .map_err(|source| EvalError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
        }
        let mut analysis = crate::analyze(&doc.article);
        metrics.indirect_not_scored += analysis
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .count();
        analysis.quotes.retain(|q| q.kind != QuoteKind::Indirect);
        let text = doc.article.text();
        let coref_path = corpus
            .join(COREF_DIR)
            .join(ann_path.file_name().unwrap_or_default());
        let coref = std::fs::read_to_string(&coref_path).ok();
        let chains = coref.as_deref().map(chain_names);
        let mentions = coref
            .as_deref()
            .map(|c| chain_mentions(c, &txt, &doc.tokens));
        let by_label = |gold: &str, predicted: &str, _: &Quote| names_match(gold, predicted);
        let by_chain = |gold: &str, predicted: &str, _: &Quote| {
            names_match(gold, predicted)
                || chains
                    .as_ref()
                    .and_then(|c| c.get(gold))
                    .is_some_and(|forms| forms.iter().any(|form| names_match(form, predicted)))
        };
        // The mention that stands for the predicted speaker: the cue's name or description,
        // else (a pronoun cue, or no cue) the speaker's last mention before the quote. With
        // `link`, the mention the quote is linked to, a pronoun too (BookNLP's footing).
        let in_chain = |gold: &str, predicted: &str, quote: &Quote, link: bool| {
            if by_chain(gold, predicted, quote) {
                return true;
            }
            let Some(chain) = mentions.as_ref().and_then(|m| m.get(gold)) else {
                return false;
            };
            let cue_mention = quote
                .speaker_span
                .clone()
                .filter(|span| link || !is_pronoun(&text[span.clone()]));
            let evidence = cue_mention.or_else(|| {
                let entity = analysis.entities.get(quote.speaker?)?;
                entity
                    .mentions
                    .iter()
                    .filter(|m| m.start < quote.span.start)
                    .max_by_key(|m| m.start)
                    .map(|m| m.start..m.end)
            });
            evidence.is_some_and(|span| {
                chain
                    .iter()
                    .any(|m| m.start < span.end && span.start < m.end)
            })
        };
        let by_mention =
            |gold: &str, predicted: &str, quote: &Quote| in_chain(gold, predicted, quote, false);
        let by_link =
            |gold: &str, predicted: &str, quote: &Quote| in_chain(gold, predicted, quote, true);
        metrics.quotes.add_document(
            &name,
            text,
            &doc.gold,
            &analysis,
            &by_label,
            &mut Vec::new(),
        );
        if coref.is_some() {
            metrics.chain_documents += 1;
        }
        metrics.by_chain.add_document(
            &name,
            text,
            &doc.gold,
            &analysis,
            &by_chain,
            &mut Vec::new(),
        );
        metrics.by_mention.add_document(
            &name,
            text,
            &doc.gold,
            &analysis,
            &by_mention,
            &mut Vec::new(),
        );
        // Errors are listed by the linked-mention rule, the headline figure, which is the
        // label rule when there is no coreference file.
        metrics
            .by_link
            .add_document(&name, text, &doc.gold, &analysis, &by_link, &mut errors);
        let direct = Analysis {
            quotes: analysis
                .quotes
                .iter()
                .filter(|q| q.kind == QuoteKind::Direct)
                .cloned()
                .collect(),
            entities: analysis.entities.clone(),
        };
        let mut direct_metrics = QuoteMetrics::default();
        direct_metrics.add_document(&name, text, &doc.gold, &direct, &by_label, &mut Vec::new());
        metrics.direct_only.merge(direct_metrics.lenient);
        metrics.documents += 1;
    }
    Ok(Evaluation {
        corpus: "litbank",
        header: header(corpus),
        table: table(&metrics),
        metrics: serde_json::to_value(&metrics).unwrap_or_default(),
        errors,
    })
}

fn header(corpus: &Path) -> Vec<String> {
    vec![
        format!(
            "LitBank quotations: {}",
            corpus.join(QUOTATIONS_DIR).display()
        ),
        "text rebuilt from tokens (no space before closing punctuation and n't/'s pieces, none \
         after opening marks, \"--\" spaced, \"_\" dropped); a sentence opening with a quotation \
         mark or dash starts a paragraph unless a quote is open"
            .into(),
        "quotes: lenient = same text after stripping marks/edge punctuation, or overlap IoU >= \
         0.8; strict = same text; predicted indirect quotes are not scored"
            .into(),
        "speakers: label minus -N, split on _; lowercase; drop mr mrs miss ms dr sir lady lord \
         the a an old young little; match = a shared token and no Mr/Mrs/Miss conflict (full \
         equality when nothing is left)"
            .into(),
        "speakers by coreference chain: the same rule against the label or any proper name \
         (PROP mention) of the speaker's chain in litbank/coref (Uncle-12 is also John Linden)"
            .into(),
        "speakers by mention: also right when the mention standing for the predicted speaker \
         (the cue's name or description; for a pronoun cue or none, the speaker's last mention \
         before the quote) lies in the gold speaker's coreference chain"
            .into(),
        "speakers by linked mention (BookNLP's footing): right when the mention the quote is \
         linked to lies in the gold speaker's chain, a pronoun cue (\"said he\") included, \
         whoever byline then takes the pronoun for; with no cue, the mention carried from the \
         speaker's last attributed quote; errors are listed by this rule"
            .into(),
        "reference: BookNLP speaker attribution 86.4 (small) / 89.9 (big); CoreNLP quote \
         attribution F 87.5 (three novels)"
            .into(),
    ]
}

/// One rule's speaker lines of the table: accuracy, then (`precision`) attribution
/// precision, then (`by_cue`) precision with a cue and carried over.
fn speaker_rule(out: &mut String, title: &str, m: &QuoteMetrics, precision: bool, by_cue: bool) {
    out.push_str(&format!("  {title}:\n"));
    out.push_str(&format!(
        "    speaker accuracy (gold named)      {}\n",
        m.speaker_accuracy.show()
    ));
    if precision {
        out.push_str(&format!(
            "    attribution precision              {}\n",
            m.attribution_precision.show()
        ));
    }
    if by_cue {
        out.push_str(&format!(
            "      with a cue                       {}\n",
            m.cued_precision.show()
        ));
        out.push_str(&format!(
            "      carried over (no cue)            {}\n",
            m.carried_precision.show()
        ));
    }
}

fn table(m: &LitBankMetrics) -> String {
    let mut out = format!("litbank: {} documents\n", m.documents);
    m.quotes.table(&mut out);
    if m.chain_documents > 0 {
        let chain = format!(
            "speakers by coreference chain ({} documents with a chain file)",
            m.chain_documents
        );
        speaker_rule(&mut out, &chain, &m.by_chain, true, false);
        let mention = "speakers by mention in the gold speaker's chain";
        speaker_rule(&mut out, mention, &m.by_mention, true, true);
        let link = "speakers by linked mention (BookNLP's footing)";
        speaker_rule(&mut out, link, &m.by_link, false, true);
    }
    out.push_str(&format!(
        "  quotes, lenient, predicted direct only  {}\n",
        m.direct_only.show()
    ));
    out.push_str(&format!(
        "  predicted indirect quotes not scored    {}\n",
        m.indirect_not_scored
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANN: &str = "QUOTE\tQ1\t1\t0\t1\t4\t\" I did , \"\n\
                       QUOTE\tQ2\t2\t0\t3\t2\t“ Yes . No . ”\n\
                       ATTRIB\tQ1\tParson_Tringham-4\n\
                       ATTRIB\tQ2\tMrs_Bennet-2\n";
    const TXT: &str = "He stopped .\n\" I did , \" said the parson .\n“ Yes .\nNo . ”";

    #[test]
    fn chains_keep_the_proper_names_of_each_label() {
        let coref = "T1\tPROP_PER 0 11\tJohn Linden\n\
                     T2\tUncle-12 0 11\tJohn Linden\n\
                     T3\tPRON_PER 20 22\the\n\
                     T4\tUncle-12 20 22\the\n\
                     T5\tNOM_PER 30 39\this uncle\n\
                     T6\tUncle-12 30 39\this uncle\n\
                     R1\tcop Arg1:T2 Arg2:T4\n";
        let chains = chain_names(coref);
        assert_eq!(chains["Uncle"], ["John Linden"]);
        assert_eq!(chains.len(), 1);
    }

    #[test]
    fn chain_mentions_land_on_the_rebuilt_text() {
        let ann = parse_ann(ANN).unwrap();
        let doc = document("t", TXT, &ann).unwrap();
        // "He" (0-2) and "the parson" (30-40 in the tokenised text) in one chain.
        let coref = "T1\tParson_Tringham-4 0 2\tHe\n\
                     T2\tPRON_PER 0 2\tHe\n\
                     T3\tParson_Tringham-4 30 40\tthe parson\n\
                     T4\tOther-1 5 8\topp\n";
        let chains = chain_mentions(coref, TXT, &doc.tokens);
        let text = doc.article.text();
        let found: Vec<&str> = chains["Parson Tringham"]
            .iter()
            .map(|r| &text[r.clone()])
            .collect();
        assert_eq!(found, ["He", "the parson"]);
        // A span that does not fall on token boundaries is left out.
        assert!(!chains.contains_key("Other"));
    }

    #[test]
    fn ann_lines_are_parsed() {
        let ann = parse_ann(ANN).unwrap();
        assert_eq!(ann.quotes.len(), 2);
        assert_eq!(ann.quotes[0].start, (1, 0));
        assert_eq!(ann.quotes[0].end, (1, 4));
        assert_eq!(ann.quotes[1].text, "“ Yes . No . ”");
        assert_eq!(ann.speakers["Q2"], "Mrs_Bennet-2");
    }

    #[test]
    fn bad_ann_lines_name_the_line() {
        assert_eq!(
            parse_ann("QUOTE\tQ1\tx\t0\t1\t5\tt").unwrap_err(),
            "line 1: field 3 is not a number"
        );
        assert!(
            parse_ann("\nSOMETHING else")
                .unwrap_err()
                .starts_with("line 2")
        );
    }

    #[test]
    fn gold_quotes_land_on_the_rebuilt_text() {
        let ann = parse_ann(ANN).unwrap();
        let doc = document("t", TXT, &ann).unwrap();
        let text = doc.article.text();
        assert_eq!(
            text,
            "He stopped.\n\n\"I did,\" said the parson.\n\n“Yes. No.”"
        );
        assert_eq!(&text[doc.gold[0].span.clone()], "\"I did,\"");
        assert_eq!(&text[doc.gold[1].span.clone()], "“Yes. No.”");
        assert_eq!(doc.gold[0].speaker.as_deref(), Some("Parson Tringham"));
    }

    #[test]
    fn out_of_range_tokens_are_an_error() {
        let ann = parse_ann("QUOTE\tQ9\t7\t0\t7\t1\tx y").unwrap();
        assert!(document("t", TXT, &ann).is_err());
        let ann = parse_ann("QUOTE\tQ9\t0\t0\t0\t1\tHe left").unwrap();
        assert!(
            document("t", TXT, &ann)
                .unwrap_err()
                .contains("does not match")
        );
    }
}
