//! The command line: `byline [PATH...]`, `byline analyze PATH... [--json]`.

use clap::{Parser, Subcommand};

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
}
