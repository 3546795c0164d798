//! The `export` and `import` subcommands: load the article, open its annotation file, and
//! hand the work to the library; every failure is one line and a non-zero exit.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use byline::analysis::Analysis;
use byline::annotations::anchor::reanchor_all;
use byline::annotations::export::{ExportFormat, render};
use byline::annotations::import::{import_w3c, merge_imported};
use byline::annotations::{Store, analyze_with_corrections, store};
use byline::document::{self, Article, Input};

use crate::cli::ExportFormatArg;

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("byline: {message}");
    ExitCode::from(1)
}

fn load(path: &str) -> Result<Article, ExitCode> {
    let input = Input::from_arg(path);
    if let Input::Path(p) = &input
        && p.is_dir()
    {
        return Err(fail(format!(
            "{path}: export and import take one article, not a folder"
        )));
    }
    document::load(&input).map_err(fail)
}

fn open_store(article: &Article, sidecar: Option<&Path>) -> Result<Store, ExitCode> {
    let path = sidecar
        .map(Path::to_path_buf)
        .or_else(|| store::default_path(article))
        .ok_or_else(|| {
            fail("no data directory for annotations (set XDG_DATA_HOME or use --annotations FILE)")
        })?;
    let store = Store::open(path, &article.source, article.text()).map_err(fail)?;
    for notice in &store.notices {
        eprintln!("byline: {notice}");
    }
    Ok(store)
}

/// `byline export PATH --format ... [-o FILE]`.
pub fn export(
    path: &str,
    format: ExportFormatArg,
    output: Option<&Path>,
    sidecar: Option<&Path>,
) -> ExitCode {
    let article = match load(path) {
        Ok(article) => article,
        Err(code) => return code,
    };
    let mut store = match open_store(&article, sidecar) {
        Ok(store) => store,
        Err(code) => return code,
    };
    // Anchor to the text as it is now, without writing anything.
    let (_, orphans) = reanchor_all(article.text(), &mut store.data.annotations);
    if orphans > 0 {
        eprintln!(
            "byline: {orphans} annotation(s) no longer found in the article; exported as orphans"
        );
    }
    let format = match format {
        ExportFormatArg::Markdown => ExportFormat::Markdown,
        ExportFormatArg::Json => ExportFormat::Json,
        ExportFormatArg::W3c => ExportFormat::W3c,
    };
    let analysis = if format == ExportFormat::Markdown {
        let (analysis, notices) = analyze_with_corrections(&article, sidecar);
        notices.iter().for_each(|n| eprintln!("byline: {n}"));
        analysis
    } else {
        Analysis::default()
    };
    let text = render(format, &article, &analysis, &store.data);
    let written = match output {
        Some(file) => std::fs::write(file, text).map_err(|e| format!("{}: {e}", file.display())),
        None => io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string()),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot write the export: {e}")),
    }
}

/// `byline import PATH FILE`.
pub fn import(path: &str, file: &Path, sidecar: Option<&Path>) -> ExitCode {
    let article = match load(path) {
        Ok(article) => article,
        Err(code) => return code,
    };
    let json = match std::fs::read_to_string(file) {
        Ok(json) => json,
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    let imported = match import_w3c(&json, article.text()) {
        Ok(imported) => imported,
        Err(e) => return fail(format!("{}: {e}", file.display())),
    };
    let orphans = imported.iter().filter(|a| a.orphan).count();
    let total = imported.len();
    let mut store = match open_store(&article, sidecar) {
        Ok(store) => store,
        Err(code) => return code,
    };
    match store.update(|f| merge_imported(&mut f.annotations, imported)) {
        Ok(changed) => {
            println!(
                "imported {changed} of {total} annotation(s) into {}{}",
                store.path().display(),
                if orphans > 0 {
                    format!(" ({orphans} not found in the text, kept as orphans)")
                } else {
                    String::new()
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}
