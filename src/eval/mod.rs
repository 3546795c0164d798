//! Evaluation of the analysis against gold annotations: byline's own news gold, LitBank
//! quotations and GUM Wikinews entities, with the numbers and every error for developers.
//!
//! Each evaluator loads its corpus, runs [`crate::analyze`] on every document and returns an
//! [`Evaluation`]: a readable table, the metrics as JSON and one line per error.
//! - [`news`]: quotes (strict and lenient), kinds, speakers and entities against `tests/gold`.
//! - [`litbank`]: quotes and speakers against LitBank's quotation layer, on text rebuilt from
//!   its tokens ([`detok`]); speaker names are compared by the rule in [`speakers`].
//! - [`gum`]: named person, place and organisation mentions and alias merging against GUM's
//!   entity layer, on text rebuilt from CoNLL-U ([`conllu`]).
//!
//! The matching rules are documented in [`quotes`], [`speakers`] and [`gum`].

pub mod conllu;
pub mod detok;
pub mod gum;
pub mod litbank;
pub mod metrics;
pub mod named;
pub mod news;
pub mod news_entities;
pub mod quote_metrics;
pub mod quotes;
pub mod speakers;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde_json::Value;
use thiserror::Error;

use crate::document::LoadError;
use crate::report::shorten;

/// The environment variable naming the corpus folder.
pub const CORPUS_ENV: &str = "BYLINE_CORPUS";
/// The corpus folder used when neither an argument nor [`CORPUS_ENV`] names one.
pub const DEFAULT_CORPUS: &str = "../shared/corpus";

/// Why an evaluation could not run. Messages name the file and say what to do.
#[derive(Debug, Error)]
pub enum EvalError {
    /// The corpus (or gold folder) is not where it was looked for.
    #[error("{what} not found at {path} ({hint})")]
    Missing {
        /// What was looked for.
        what: &'static str,
        /// Where.
        path: String,
        /// How to point byline at it.
        hint: &'static str,
    },
    /// A folder or file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The underlying failure.
        source: std::io::Error,
    },
    /// A gold or corpus file is not in the expected format.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong, with a line number when there is one.
        message: String,
    },
    /// An article named by a gold file could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// The result of one evaluation.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// Which corpus: `news`, `litbank` or `gum`.
    pub corpus: &'static str,
    /// How the numbers were computed, printed above the table.
    pub header: Vec<String>,
    /// The numbers as readable lines.
    pub table: String,
    /// The numbers as one JSON object.
    pub metrics: Value,
    /// Every mistake, one line each: missed, spurious, wrong speaker or kind.
    pub errors: Vec<String>,
}

impl Evaluation {
    /// The readable report: header, table and, when asked, every error.
    pub fn render(&self, with_errors: bool) -> String {
        let mut out = String::new();
        for line in &self.header {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&self.table);
        if with_errors {
            out.push_str(&format!("\nerrors ({}):\n", self.errors.len()));
            for error in &self.errors {
                out.push_str(&format!("  {error}\n"));
            }
        }
        out
    }

    /// The metrics as one line of JSON; with errors, they are added under `errors`.
    pub fn to_json(&self, with_errors: bool) -> String {
        let mut value = self.metrics.clone();
        if let Value::Object(map) = &mut value {
            map.insert("corpus".into(), Value::from(self.corpus));
            if with_errors {
                map.insert("errors".into(), Value::from(self.errors.clone()));
            }
        }
        value.to_string()
    }
}

/// The corpus folder: the argument, else `$BYLINE_CORPUS`, else `../shared/corpus`.
pub fn corpus_dir(arg: Option<&Path>) -> PathBuf {
    arg.map(Path::to_path_buf)
        .or_else(|| std::env::var_os(CORPUS_ENV).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CORPUS))
}

/// What to tell a user whose corpus is missing.
pub(crate) const CORPUS_HINT: &str = "give the corpus folder as an argument or set BYLINE_CORPUS";

/// The files in `dir` whose name ends with `suffix`, sorted by name; `what` and `hint` word
/// the error when there are none.
pub(crate) fn files_with_suffix(
    dir: &Path,
    suffix: &str,
    what: &'static str,
    hint: &'static str,
) -> Result<Vec<PathBuf>, EvalError> {
    let missing = || EvalError::Missing {
        what,
        path: dir.display().to_string(),
        hint,
    };
    if !dir.is_dir() {
        return Err(missing());
    }
    let io = |source| EvalError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.to_str().is_some_and(|p| p.ends_with(suffix)) && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(missing());
    }
    Ok(files)
}

/// Reads a UTF-8 file, naming it in the error.
pub(crate) fn read(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// A file's name without its folder, for error lines.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// A span shown on one line with 30 characters of context on each side:
/// `…before ⟦the span⟧ after…`. Paragraph breaks show as `¶`.
///
/// ```
/// use byline::eval::context;
/// let text = "He said “yes” twice.";
/// let start = text.find("yes").unwrap();
/// assert_eq!(context(text, &(start..start + 3)), "He said “⟦yes⟧” twice.");
/// ```
pub fn context(text: &str, span: &Range<usize>) -> String {
    const SIDE: usize = 30;
    let (Some(before), Some(inner), Some(after)) = (
        text.get(..span.start),
        text.get(span.clone()),
        text.get(span.end..),
    ) else {
        return format!("(span {}..{} is not in the text)", span.start, span.end);
    };
    let flat = |s: &str| s.replace(crate::document::PARAGRAPH_SEPARATOR, " ¶ ");
    let before_chars: Vec<char> = before.chars().collect();
    let cut = before_chars.len().saturating_sub(SIDE);
    let before: String = before_chars[cut..].iter().collect();
    let after_part: String = after.chars().take(SIDE).collect();
    format!(
        "{}{}⟦{}⟧{}{}",
        if cut > 0 { "…" } else { "" },
        flat(&before),
        shorten(inner, 80),
        flat(&after_part),
        if after.chars().count() > SIDE {
            "…"
        } else {
            ""
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_and_flattened() {
        let text = format!(
            "{}\n\nstart “quoted words” end{}",
            "a".repeat(40),
            "b".repeat(40)
        );
        let start = text.find("quoted").unwrap();
        let line = context(&text, &(start..start + 12));
        assert!(line.starts_with('…'), "{line}");
        assert!(line.ends_with('…'), "{line}");
        assert!(line.contains("¶ start “⟦quoted words⟧” end"), "{line}");
        assert!(!line.contains('\n'));
    }

    #[test]
    fn context_of_a_bad_span_does_not_panic() {
        assert!(context("né", &(1..2)).contains("not in the text"));
        assert!(context("abc", &(2..9)).contains("not in the text"));
    }

    #[test]
    fn json_names_the_corpus_and_adds_errors_on_request() {
        let evaluation = Evaluation {
            corpus: "news",
            header: vec![],
            table: String::new(),
            metrics: serde_json::json!({"quotes": 1}),
            errors: vec!["x: missed".into()],
        };
        let plain: Value = serde_json::from_str(&evaluation.to_json(false)).unwrap();
        assert_eq!(plain["corpus"], "news");
        assert!(plain.get("errors").is_none());
        let full: Value = serde_json::from_str(&evaluation.to_json(true)).unwrap();
        assert_eq!(full["errors"][0], "x: missed");
    }
}
