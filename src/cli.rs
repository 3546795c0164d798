//! The command line: `byline [PATH...]`, `byline analyze PATH... [--json]`, and the hidden
//! `byline eval news|litbank|gum` for developers.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// A terminal reader for news articles that shows at once who said what.
#[derive(Debug, Parser)]
#[command(name = "byline", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command, byline opens the reader.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Articles to open: files, folders of articles, http(s) URLs, or - for stdin.
    /// With none, byline opens its bundled sample article.
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,

    /// Keep this article's annotations and corrections in FILE (a sidecar) instead of
    /// byline's data directory. Only with a single article.
    #[arg(long, value_name = "FILE", global = true)]
    pub annotations: Option<PathBuf>,
}

/// byline's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open articles in the reader (the default command).
    Open {
        /// Articles to open (files, folders, URLs, -); none opens the bundled sample.
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
    },
    /// Print the analysis of articles (quotes, speakers, entities) without the reader.
    Analyze {
        /// Articles to analyse (files, folders, URLs, -).
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
        /// Print JSON Lines, one object per article (the stable contract in the README).
        #[arg(long)]
        json: bool,
    },
    /// Write an article's annotations, with a "who said what" digest, as Markdown, byline's
    /// JSON, or a W3C Web Annotation collection.
    Export {
        /// The article (file, URL, -, or sample:NAME).
        #[arg(value_name = "PATH")]
        path: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormatArg::Markdown)]
        format: ExportFormatArg,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read W3C Web Annotations from FILE and anchor them to the article.
    Import {
        /// The article they belong to.
        #[arg(value_name = "PATH")]
        path: String,
        /// A W3C Web Annotation collection, page, list or single annotation (JSON).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Score the analysis against gold annotations (for developers; not in --help).
    #[command(hide = true)]
    Eval {
        /// Which gold to score against.
        #[command(subcommand)]
        corpus: EvalCorpus,
    },
}

/// The gold sets `byline eval` knows.
#[derive(Debug, Subcommand)]
pub enum EvalCorpus {
    /// byline's own news gold: quotes, kinds, speakers, entities.
    News {
        /// The folder of gold *.json files.
        #[arg(value_name = "GOLD_DIR", default_value = "tests/gold")]
        dir: PathBuf,
        #[command(flatten)]
        output: EvalOutput,
    },
    /// LitBank quotations and speakers (CORPUS_DIR/litbank/quotations/tsv).
    Litbank {
        /// The corpus folder (default: $BYLINE_CORPUS, else ../shared/corpus).
        #[arg(value_name = "CORPUS_DIR")]
        dir: Option<PathBuf>,
        /// Also write each rebuilt excerpt to DIR/NAME.txt, to open in byline or analyze.
        #[arg(long, value_name = "DIR")]
        texts: Option<PathBuf>,
        #[command(flatten)]
        output: EvalOutput,
    },
    /// GUM Wikinews named entities and aliases (CORPUS_DIR/gum-wikinews/dep).
    Gum {
        /// The corpus folder (default: $BYLINE_CORPUS, else ../shared/corpus).
        #[arg(value_name = "CORPUS_DIR")]
        dir: Option<PathBuf>,
        #[command(flatten)]
        output: EvalOutput,
    },
}

/// How `byline eval` prints its results.
#[derive(Debug, Args)]
pub struct EvalOutput {
    /// Also print every error: missed, spurious, wrong speaker or kind, with context.
    #[arg(long)]
    pub errors: bool,
    /// Print the metrics as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The formats of `byline export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormatArg {
    /// Passages, notes and tags, then every speaker with their quotes.
    Markdown,
    /// byline's own annotation file.
    Json,
    /// A W3C Web Annotation AnnotationCollection (JSON-LD).
    W3c,
}
