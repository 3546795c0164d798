//! Where a reader's annotations and entity corrections for one article live, and how they
//! are saved so that nothing is ever lost: every change is applied to the latest file on disk
//! under a lock (two instances never overwrite each other) and written atomically (temporary
//! file, fsync, rename: a crash leaves the old file or the new one, never a broken one). A
//! file that does not parse is moved aside, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::model::{Annotation, now};
use crate::analysis::corrections::Correction;
use crate::document::Article;
use crate::document::sanitize::escape_for_message;

/// The `format` field of byline's annotation files.
pub const FORMAT: &str = "byline-annotations";
/// The current version of the file format.
pub const VERSION: u32 = 1;

/// An entity correction with its id and time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRecord {
    /// A unique id ("c-…").
    pub id: String,
    /// When it was made (RFC 3339).
    pub created: String,
    /// What it does.
    #[serde(flatten)]
    pub correction: Correction,
}

/// The contents of one article's annotation file (documented in the README).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version ([`VERSION`]).
    pub version: u32,
    /// The article's source: a canonical path, a URL, or `-`/`sample:NAME`.
    pub source: String,
    /// blake3 hash of the article text the annotations are anchored to.
    pub text_hash: String,
    /// The annotations, in the order they were made.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Entity corrections, applied in order.
    #[serde(default)]
    pub corrections: Vec<CorrectionRecord>,
}

impl StoreFile {
    /// An empty file for an article.
    pub fn new(source: &str, text_hash: &str) -> StoreFile {
        StoreFile {
            format: FORMAT.to_owned(),
            version: VERSION,
            source: source.to_owned(),
            text_hash: text_hash.to_owned(),
            annotations: Vec::new(),
            corrections: Vec::new(),
        }
    }

    /// The corrections in order, without their records.
    pub fn correction_list(&self) -> Vec<Correction> {
        self.corrections
            .iter()
            .map(|c| c.correction.clone())
            .collect()
    }
}

/// Why annotations could not be read or saved. Messages name the file.
#[derive(Debug, Error)]
pub enum StoreError {
    /// Reading, writing, locking or renaming failed.
    #[error("{0}: {1}")]
    Io(String, String),
    /// The file was written by a newer byline.
    #[error("{0}: written by a newer byline (format version {1}); not changed")]
    TooNew(String, u32),
}

/// One article's annotation file, open for reading and updating.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    text_hash: String,
    /// The file's contents as last read or written.
    pub data: StoreFile,
    /// Things the reader should be told (a corrupt file moved aside).
    pub notices: Vec<String>,
    /// The text hash recorded in the file when it was opened (differs from the current text's
    /// when the article changed since the annotations were made).
    pub stored_text_hash: String,
    /// The file's modification time and length when last read or written, to notice another
    /// instance's changes.
    stamp: Option<(SystemTime, u64)>,
}

impl Store {
    /// Opens the annotation file at `path` for an article whose `source` and `text` are given,
    /// creating nothing until the first change. A file that does not parse is moved aside (to
    /// `NAME.corrupt-TIMESTAMP`) and an empty store is started; [`Store::notices`] says where
    /// the old file went.
    pub fn open(path: PathBuf, source: &str, text: &str) -> Result<Store, StoreError> {
        let text_hash = text_hash(text);
        let (file, notices) = read_or_move_aside(&path)?;
        let data = file.unwrap_or_else(|| StoreFile::new(source, &text_hash));
        let stored_text_hash = data.text_hash.clone();
        let stamp = stamp_of(&path);
        Ok(Store {
            path,
            text_hash,
            data,
            notices,
            stored_text_hash,
            stamp,
        })
    }

    /// The entity corrections in the annotation file at `path`, for an analysis that writes
    /// nothing: as [`Store::open`] reads them (a file that does not parse is moved aside and
    /// the notice says where), without hashing the article's text, which only saving needs.
    pub fn read_corrections(path: &Path) -> Result<(Vec<Correction>, Vec<String>), StoreError> {
        let (file, notices) = read_or_move_aside(path)?;
        let corrections = file.map(|f| f.correction_list()).unwrap_or_default();
        Ok((corrections, notices))
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when the article's text differs from the text the file was made on.
    pub fn text_changed(&self) -> bool {
        self.stored_text_hash != self.text_hash
    }

    /// Applies `change` to the latest contents on disk (so another instance's changes are
    /// kept), saves atomically under a lock, and keeps the result in [`Store::data`].
    pub fn update<T>(&mut self, change: impl FnOnce(&mut StoreFile) -> T) -> Result<T, StoreError> {
        let dir = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let _lock = Lock::acquire(&self.path)?;
        let mut latest = match read(&self.path)? {
            Read::Parsed(file) => file,
            Read::Missing => self.data.clone(),
            Read::Corrupt(reason) => {
                // Damaged by something else since we read it: keep it, carry on from what we
                // knew.
                let aside = move_aside(&self.path)?;
                self.notices.push(format!(
                    "{} was damaged ({reason}); it was moved to {}",
                    display(&self.path),
                    display(&aside)
                ));
                self.data.clone()
            }
        };
        let result = change(&mut latest);
        latest.text_hash = self.text_hash.clone();
        latest.format = FORMAT.to_owned();
        latest.version = VERSION;
        write_atomically(&self.path, &latest)?;
        self.data = latest;
        self.stamp = stamp_of(&self.path);
        self.stored_text_hash = self.text_hash.clone();
        Ok(result)
    }

    /// Re-reads the file (to see another instance's changes).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let stamp = stamp_of(&self.path);
        if let Read::Parsed(file) = read(&self.path)? {
            self.data = file;
        }
        self.stamp = stamp;
        Ok(())
    }

    /// True when the file on disk changed since this store last read or wrote it (another
    /// byline saved to it).
    pub fn changed_on_disk(&self) -> bool {
        stamp_of(&self.path) != self.stamp
    }
}

/// A file's modification time and length, if it exists.
fn stamp_of(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

enum Read {
    Missing,
    Parsed(StoreFile),
    Corrupt(String),
}

/// The file at `path` when it parses (None when it is missing or damaged), and the notices
/// for the reader: a damaged file is moved aside and a fresh one will be started.
fn read_or_move_aside(path: &Path) -> Result<(Option<StoreFile>, Vec<String>), StoreError> {
    match read(path)? {
        Read::Missing => Ok((None, Vec::new())),
        Read::Parsed(file) => Ok((Some(file), Vec::new())),
        Read::Corrupt(reason) => {
            let aside = move_aside(path)?;
            let notice = format!(
                "{} could not be read ({reason}); it was moved to {} and new notes go to a fresh file",
                display(path),
                display(&aside)
            );
            Ok((None, vec![notice]))
        }
    }
}

fn read(path: &Path) -> Result<Read, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Read::Missing),
        Err(e) => return Err(io_error(path, e)),
    };
    match serde_json::from_slice::<StoreFile>(&bytes) {
        Ok(file) if file.format != FORMAT => Ok(Read::Corrupt(format!(
            "not a byline annotation file (format {:?})",
            file.format
        ))),
        Ok(file) if file.version > VERSION => Err(StoreError::TooNew(display(path), file.version)),
        Ok(file) => Ok(Read::Parsed(file)),
        Err(e) => Ok(Read::Corrupt(e.to_string())),
    }
}

/// Writes `data` to a temporary file beside `path`, flushes it to disk, renames it over
/// `path` and flushes the directory, so `path` is always either the old or the new file.
fn write_atomically(path: &Path, data: &StoreFile) -> Result<(), StoreError> {
    let mut json = serde_json::to_vec_pretty(data)
        .map_err(|e| StoreError::Io(display(path), e.to_string()))?;
    json.push(b'\n');
    write_file_atomically(path, &json)
}

/// Writes `bytes` to `path` so that it holds either its old contents or all of `bytes`, even
/// after a crash: a temporary file in the same folder, flushed to disk, renamed over `path`.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".byline-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| io_error(dir, e))?;
    temp.write_all(bytes)
        .map_err(|e| io_error(temp.path(), e))?;
    temp.as_file()
        .sync_all()
        .map_err(|e| io_error(temp.path(), e))?;
    temp.persist(path).map_err(|e| io_error(path, e.error))?;
    if let Ok(directory) = File::open(dir) {
        let _ = directory.sync_all();
    }
    Ok(())
}

/// Moves a damaged file to `NAME.corrupt-TIMESTAMP` and returns the new path.
fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let stamp = now().replace(':', "-");
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut aside = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        aside = path.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    fs::rename(path, &aside).map_err(|e| io_error(path, e))?;
    Ok(aside)
}

/// An exclusive lock on `PATH.lock`, held while a change is read, made and written.
struct Lock {
    file: File,
}

impl Lock {
    fn acquire(path: &Path) -> Result<Lock, StoreError> {
        let lock_path = path.with_file_name(format!(
            "{}.lock",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_error(&lock_path, e))?;
        file.lock().map_err(|e| io_error(&lock_path, e))?;
        Ok(Lock { file })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The blake3 hash of a text, in hex.
pub fn text_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

/// What identifies an article across sessions: its canonical path, its URL, or (for stdin)
/// a hash of its text.
pub fn article_key(article: &Article) -> String {
    let source = &article.source;
    if source == "-" {
        return format!("text:{}", text_hash(article.text()));
    }
    if source.starts_with("sample:") || source.contains("://") {
        return source.clone();
    }
    match fs::canonicalize(source) {
        Ok(path) => format!("file:{}", path.display()),
        Err(_) => format!("file:{source}"),
    }
}

/// The annotation file for an article in byline's data directory
/// (`$XDG_DATA_HOME/byline/articles/HASH.json` on Linux).
pub fn default_path(article: &Article) -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "byline")?;
    let key = article_key(article);
    let name = &blake3::hash(key.as_bytes()).to_hex()[..32];
    Some(
        dirs.data_dir()
            .join("articles")
            .join(format!("{name}.json")),
    )
}

fn io_error(path: &Path, error: std::io::Error) -> StoreError {
    StoreError::Io(display(path), error.to_string())
}

fn display(path: &Path) -> String {
    escape_for_message(&path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::model::{Colour, TextPositionSelector, TextQuoteSelector, new_id};

    fn annotation(note: &str) -> Annotation {
        Annotation {
            id: new_id("a"),
            quote: TextQuoteSelector {
                exact: "words".into(),
                prefix: String::new(),
                suffix: String::new(),
            },
            position: TextPositionSelector { start: 0, end: 5 },
            note: note.into(),
            tags: vec![],
            colour: Colour::Yellow,
            created: now(),
            modified: now(),
            orphan: false,
        }
    }

    #[test]
    fn nothing_is_written_until_the_first_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let store = Store::open(path.clone(), "src", "text").unwrap();
        assert!(!path.exists());
        assert!(store.data.annotations.is_empty());
    }

    #[test]
    fn a_change_is_saved_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.json");
        let mut store = Store::open(path.clone(), "src", "text").unwrap();
        store
            .update(|f| f.annotations.push(annotation("first")))
            .unwrap();
        let again = Store::open(path.clone(), "src", "text").unwrap();
        assert_eq!(again.data.annotations[0].note, "first");
        assert_eq!(again.data.text_hash, text_hash("text"));
        assert!(!again.text_changed());
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert!(
            leftovers
                .iter()
                .all(|n| !n.to_string_lossy().ends_with(".tmp")),
            "{leftovers:?}"
        );
    }

    #[test]
    fn corrections_are_read_as_open_reads_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        assert_eq!(Store::read_corrections(&path).unwrap(), (vec![], vec![]));
        let hide = Correction::Hide {
            entity: "Ruiz".to_owned(),
        };
        Store::open(path.clone(), "src", "text")
            .unwrap()
            .update(|f| {
                f.corrections.push(CorrectionRecord {
                    id: "c-1".to_owned(),
                    created: now(),
                    correction: hide.clone(),
                })
            })
            .unwrap();
        assert_eq!(
            Store::read_corrections(&path).unwrap(),
            (vec![hide], vec![])
        );
        fs::write(&path, b"{ not json").unwrap();
        let (corrections, notices) = Store::read_corrections(&path).unwrap();
        assert!(corrections.is_empty());
        assert!(notices[0].contains("moved to"), "{notices:?}");
        assert!(!path.exists());
    }

    #[test]
    fn a_changed_text_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        Store::open(path.clone(), "src", "old text")
            .unwrap()
            .update(|f| f.annotations.push(annotation("n")))
            .unwrap();
        let store = Store::open(path, "src", "new text").unwrap();
        assert!(store.text_changed());
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, b"{ this is not json").unwrap();
        let mut store = Store::open(path.clone(), "src", "text").unwrap();
        assert_eq!(store.notices.len(), 1);
        assert!(
            store.notices[0].contains("moved to"),
            "{}",
            store.notices[0]
        );
        let aside: Vec<PathBuf> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read(&aside[0]).unwrap(), b"{ this is not json");
        store
            .update(|f| f.annotations.push(annotation("fresh")))
            .unwrap();
        assert_eq!(
            Store::open(path, "src", "text")
                .unwrap()
                .data
                .annotations
                .len(),
            1
        );
    }

    #[test]
    fn two_instances_keep_each_others_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let mut first = Store::open(path.clone(), "src", "text").unwrap();
        let mut second = Store::open(path.clone(), "src", "text").unwrap();
        first
            .update(|f| f.annotations.push(annotation("from first")))
            .unwrap();
        second
            .update(|f| f.annotations.push(annotation("from second")))
            .unwrap();
        let notes: Vec<String> = Store::open(path, "src", "text")
            .unwrap()
            .data
            .annotations
            .iter()
            .map(|a| a.note.clone())
            .collect();
        assert_eq!(notes, ["from first", "from second"]);
        assert_eq!(
            second.data.annotations.len(),
            2,
            "the second instance sees the first's note"
        );
        assert!(
            first.changed_on_disk(),
            "the first notices the second's save"
        );
        assert!(!second.changed_on_disk(), "not its own");
        first.reload().unwrap();
        assert!(!first.changed_on_disk());
        assert_eq!(first.data.annotations.len(), 2);
    }

    #[test]
    fn a_file_from_a_newer_version_is_refused_not_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let json = r#"{"format":"byline-annotations","version":99,"source":"s","text_hash":"h"}"#;
        fs::write(&path, json).unwrap();
        let error = Store::open(path.clone(), "src", "text").unwrap_err();
        assert!(error.to_string().contains("newer byline"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), json);
    }

    #[test]
    fn stdin_articles_are_keyed_by_their_text() {
        use crate::document::{Article, Metadata};
        let a = Article::from_paragraphs("-", Metadata::default(), ["same"]);
        let b = Article::from_paragraphs("-", Metadata::default(), ["other"]);
        assert_ne!(article_key(&a), article_key(&b));
        assert!(article_key(&a).starts_with("text:"));
    }
}
