//! The `byline` binary: parse the command line, run, and turn every error into one line on
//! stderr and a non-zero exit code.

mod cli;
mod commands;
mod tui;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use byline::document::{self, Article, Sample};
use byline::report::{ArticleReport, summary};
use clap::Parser;

use cli::{Cli, Command, EvalCorpus};
use tui::app::Document;

fn main() -> ExitCode {
    tui::terminal::install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Some(Command::Analyze { paths, json }) => {
            match sidecar_for(&paths, cli.annotations.as_deref()) {
                Ok(sidecar) => analyze(&paths, json, sidecar),
                Err(code) => code,
            }
        }
        Some(Command::Open { paths }) => open(&paths, cli.annotations.as_deref()),
        Some(Command::Export {
            path,
            format,
            output,
        }) => commands::export(&path, format, output.as_deref(), cli.annotations.as_deref()),
        Some(Command::Import { path, file }) => {
            commands::import(&path, &file, cli.annotations.as_deref())
        }
        Some(Command::Eval { corpus }) => evaluate(corpus),
        None => open(&cli.paths, cli.annotations.as_deref()),
    }
}

/// The `--annotations FILE` sidecar, refused unless exactly one article is given.
fn sidecar_for<'a>(
    paths: &[String],
    sidecar: Option<&'a std::path::Path>,
) -> Result<Option<&'a std::path::Path>, ExitCode> {
    let Some(sidecar) = sidecar else {
        return Ok(None);
    };
    let single = paths.len() == 1 && !std::path::Path::new(&paths[0]).is_dir();
    if single {
        Ok(Some(sidecar))
    } else {
        eprintln!(
            "byline: --annotations FILE works with a single article, not {} inputs",
            paths.len().max(2)
        );
        Err(ExitCode::from(2))
    }
}

/// Loads every argument (folders expanded). Failures are returned as messages.
fn load_all(paths: &[String]) -> (Vec<Article>, Vec<String>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for input in document::expand_args(paths) {
        match input.and_then(|input| document::load(&input)) {
            Ok(article) => articles.push(article),
            Err(error) => errors.push(error.to_string()),
        }
    }
    (articles, errors)
}

fn open(paths: &[String], sidecar: Option<&std::path::Path>) -> ExitCode {
    // With no path the one article is the bundled sample, so a sidecar is fine.
    let sidecar = if paths.is_empty() {
        sidecar
    } else {
        match sidecar_for(paths, sidecar) {
            Ok(sidecar) => sidecar,
            Err(code) => return code,
        }
    };
    let (articles, mut errors) = if paths.is_empty() {
        (vec![Sample::default_sample().load()], Vec::new())
    } else {
        load_all(paths)
    };
    if articles.is_empty() {
        for error in &errors {
            eprintln!("byline: {error}");
        }
        return ExitCode::from(1);
    }
    if !io::stdout().is_terminal() {
        eprintln!(
            "byline: the reader needs a terminal; use `byline analyze PATH` for plain output"
        );
        return ExitCode::from(1);
    }
    let docs = articles
        .into_iter()
        .map(|article| {
            let (doc, notices) = Document::open(article, sidecar);
            errors.extend(notices);
            doc
        })
        .collect();
    match tui::run(docs, errors) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("byline: terminal error: {error}");
            ExitCode::from(1)
        }
    }
}

fn analyze(paths: &[String], json: bool, sidecar: Option<&std::path::Path>) -> ExitCode {
    let mut failed = false;
    let stdout = io::stdout();
    // The JSON of a long article is written as it is serialised: in large pieces, with few
    // system calls.
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    for input in document::expand_args(paths) {
        let article = match input.and_then(|input| document::load(&input)) {
            Ok(article) => article,
            Err(error) => {
                let _ = out.flush();
                eprintln!("byline: {error}");
                failed = true;
                continue;
            }
        };
        for notice in &article.notices {
            eprintln!("byline: {}: {notice}", article.source);
        }
        let (analysis, notices) = byline::annotations::analyze_with_corrections(&article, sidecar);
        for notice in notices {
            eprintln!("byline: {notice}");
        }
        let written = if json {
            ArticleReport::new(&article, &analysis).write_json_line(&mut out)
        } else {
            write!(out, "{}", summary(&article, &analysis))
        };
        if let Err(error) = written.and_then(|()| out.flush()) {
            // A closed pipe (`| head`) is the reader's choice, not an error worth a message.
            if error.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("byline: cannot write output: {error}");
            }
            return ExitCode::from(if error.kind() == io::ErrorKind::BrokenPipe {
                0
            } else {
                1
            });
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs the hidden `byline eval` (developers' scores against gold annotations).
fn evaluate(corpus: EvalCorpus) -> ExitCode {
    use byline::eval::{corpus_dir, gum, litbank, news};
    let (result, output) = match corpus {
        EvalCorpus::News { dir, output } => (news::evaluate(&dir), output),
        EvalCorpus::Litbank { dir, texts, output } => (
            litbank::evaluate(&corpus_dir(dir.as_deref()), texts.as_deref()),
            output,
        ),
        EvalCorpus::Gum { dir, output } => (gum::evaluate(&corpus_dir(dir.as_deref())), output),
    };
    let text = match result {
        Ok(evaluation) if output.json => format!("{}\n", evaluation.to_json(output.errors)),
        Ok(evaluation) => evaluation.render(output.errors),
        Err(error) => {
            eprintln!("byline: {error}");
            return ExitCode::from(1);
        }
    };
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("byline: cannot write output: {error}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
