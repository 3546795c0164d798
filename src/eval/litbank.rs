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
use std::path::Path;

use serde::Serialize;

use crate::analysis::{Analysis, QuoteKind};
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
    Ok(Document { article, gold })
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
        let doc = document(&name, &read(&txt_path)?, &ann).map_err(invalid)?;
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
        let chains = match std::fs::read_to_string(&coref_path) {
            Ok(content) => Some(chain_names(&content)),
            Err(_) => None,
        };
        let by_chain = |gold: &str, predicted: &str| {
            names_match(gold, predicted)
                || chains
                    .as_ref()
                    .and_then(|c| c.get(gold))
                    .is_some_and(|forms| forms.iter().any(|form| names_match(form, predicted)))
        };
        // Errors are listed by the chain rule, which is the label rule when there is no
        // coreference file.
        metrics.quotes.add_document(
            &name,
            text,
            &doc.gold,
            &analysis,
            &names_match,
            &mut Vec::new(),
        );
        if chains.is_some() {
            metrics.chain_documents += 1;
        }
        metrics
            .by_chain
            .add_document(&name, text, &doc.gold, &analysis, &by_chain, &mut errors);
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
        direct_metrics.add_document(
            &name,
            text,
            &doc.gold,
            &direct,
            &names_match,
            &mut Vec::new(),
        );
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
         (PROP mention) of the speaker's chain in litbank/coref (Uncle-12 is also John Linden); \
         errors are listed by this rule"
            .into(),
        "reference: BookNLP speaker attribution 86.4 (small) / 89.9 (big); CoreNLP quote \
         attribution F 87.5 (three novels)"
            .into(),
    ]
}

fn table(m: &LitBankMetrics) -> String {
    let mut out = format!("litbank: {} documents\n", m.documents);
    m.quotes.table(&mut out);
    if m.chain_documents > 0 {
        out.push_str(&format!(
            "  speakers by coreference chain ({} documents with a chain file):\n",
            m.chain_documents
        ));
        out.push_str(&format!(
            "    speaker accuracy (gold named)      {}\n",
            m.by_chain.speaker_accuracy.show()
        ));
        out.push_str(&format!(
            "    attribution precision              {}\n",
            m.by_chain.attribution_precision.show()
        ));
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
