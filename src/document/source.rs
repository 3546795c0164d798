//! Where articles come from: paths, folders, stdin, URLs and the bundled samples, with the
//! errors a user sees when one cannot be read.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use thiserror::Error;

use super::article::Article;
use super::decode::{DecodeError, decode};
use super::format::Format;
use super::samples::Sample;
use super::sanitize::escape_for_message;

/// The largest input byline reads (64 MiB): far above any article or novel, and a guard
/// against a mistyped path to a disk image or a log file.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// One thing to read an article from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
    /// An `http://` or `https://` address.
    Url(String),
    /// An article bundled with byline.
    Sample(&'static Sample),
}

impl Input {
    /// Interprets one command-line argument: `-` is stdin, `http(s)://...` a URL, `sample:NAME`
    /// a bundled sample, anything else a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else if arg.contains("://") {
            Input::Url(arg.to_owned())
        } else if let Some(sample) = arg.strip_prefix("sample:").and_then(Sample::find) {
            Input::Sample(sample)
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How this input is named in messages and in the `source` field of the output.
    pub fn describe(&self) -> String {
        match self {
            Input::Path(path) => path.display().to_string(),
            Input::Stdin => "-".to_owned(),
            Input::Url(url) => url.clone(),
            Input::Sample(sample) => format!("sample:{}", sample.name),
        }
    }
}

/// Why an article could not be read. Every message names the input and the problem.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{0}: no such file or directory")]
    NotFound(String),
    /// The path exists but may not be read.
    #[error("{0}: permission denied")]
    PermissionDenied(String),
    /// A directory with no `.txt`, `.md`, `.html` or `.json` file in it.
    #[error("{0}: directory holds no article (looked for .txt, .md, .html, .json files)")]
    NoArticles(String),
    /// The content is not text.
    #[error("{0}: binary file, not an article (it contains NUL or control bytes)")]
    Binary(String),
    /// The content is larger than [`MAX_INPUT_BYTES`].
    #[error("{0}: too large ({1} MiB; byline reads articles up to 64 MiB)")]
    TooLarge(String, u64),
    /// The content could not be understood in its format.
    #[error("{0}: {1}")]
    Invalid(String, String),
    /// A URL could not be fetched.
    #[error("{0}: could not fetch: {1}")]
    Fetch(String, String),
    /// Something that looks like a URL but is not http(s).
    #[error("{0}: unsupported address (byline opens http:// and https:// URLs, files and -)")]
    UnsupportedUrl(String),
    /// Any other input/output failure.
    #[error("{0}: {1}")]
    Io(String, String),
}

/// Expands command-line arguments into inputs: folders become the articles inside them.
/// Each argument that cannot be expanded gives an error in its place.
pub fn expand_args<S: AsRef<str>>(args: &[S]) -> Vec<Result<Input, LoadError>> {
    let mut inputs = Vec::new();
    for arg in args {
        match Input::from_arg(arg.as_ref()) {
            Input::Path(path) if path.is_dir() => match articles_in_dir(&path) {
                Ok(paths) => inputs.extend(paths.into_iter().map(|p| Ok(Input::Path(p)))),
                Err(error) => inputs.push(Err(error)),
            },
            input => inputs.push(Ok(input)),
        }
    }
    inputs
}

/// The article files directly inside `dir`, sorted by name; hidden files are skipped.
fn articles_in_dir(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let name = safe_name(&dir.display().to_string());
    let entries = fs::read_dir(dir).map_err(|e| io_error(&name, e))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && Format::from_path(path).is_some()
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    if paths.is_empty() {
        return Err(LoadError::NoArticles(name));
    }
    paths.sort();
    Ok(paths)
}

/// Reads one article.
pub fn load(input: &Input) -> Result<Article, LoadError> {
    let name = safe_name(&input.describe());
    match input {
        Input::Sample(sample) => Ok(sample.load()),
        Input::Path(path) => {
            let bytes = read_file(path, &name)?;
            parse_bytes(&name, &bytes, Format::from_path(path), None)
        }
        Input::Stdin => {
            let bytes = read_limited(io::stdin().lock(), &name)?;
            parse_bytes(&name, &bytes, None, None)
        }
        Input::Url(url) => {
            let (bytes, format) = fetch(url, &name)?;
            parse_bytes(&name, &bytes, format, Some(url))
        }
    }
}

/// Parses bytes read from `name` as an article, sniffing the format unless `format` says it.
///
/// ```
/// use byline::document::source::parse_bytes;
/// let a = parse_bytes("-", b"{\"title\": \"T\", \"body\": [\"x\"]}", None, None).unwrap();
/// assert_eq!(a.meta.title.as_deref(), Some("T"));
/// ```
pub fn parse_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    url: Option<&str>,
) -> Result<Article, LoadError> {
    let decoded =
        decode(bytes).map_err(|DecodeError::Binary| LoadError::Binary(name.to_owned()))?;
    let format = format.unwrap_or_else(|| Format::sniff(&decoded.text));
    let mut article = format
        .parse(name, &decoded.text, url)
        .map_err(|reason| LoadError::Invalid(name.to_owned(), reason))?;
    if let Some(encoding) = decoded.encoding {
        article.notices.push(format!("decoded as {encoding}"));
    }
    if article.is_empty() {
        article.notices.push("this article is empty".to_owned());
    }
    Ok(article)
}

fn read_file(path: &Path, name: &str) -> Result<Vec<u8>, LoadError> {
    let file = fs::File::open(path).map_err(|e| io_error(name, e))?;
    let metadata = file.metadata().map_err(|e| io_error(name, e))?;
    if metadata.is_dir() {
        return Err(LoadError::NoArticles(name.to_owned()));
    }
    if metadata.len() > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge(
            name.to_owned(),
            metadata.len() / (1024 * 1024),
        ));
    }
    read_limited(file, name)
}

/// Reads at most [`MAX_INPUT_BYTES`], failing with [`LoadError::TooLarge`] beyond that.
fn read_limited(reader: impl Read, name: &str) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(LoadError::TooLarge(
            name.to_owned(),
            bytes.len() as u64 / (1024 * 1024),
        ));
    }
    Ok(bytes)
}

/// Fetches a URL, returning its body and the format its content type names.
fn fetch(url: &str, name: &str) -> Result<(Vec<u8>, Option<Format>), LoadError> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(LoadError::UnsupportedUrl(name.to_owned()));
    }
    let fetch_error = |e: ureq::Error| LoadError::Fetch(name.to_owned(), safe_name(&e.to_string()));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .user_agent(concat!("byline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(fetch_error)?;
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_INPUT_BYTES)
        .read_to_vec()
        .map_err(fetch_error)?;
    Ok((bytes, Format::from_content_type(&content_type)))
}

fn io_error(name: &str, error: io::Error) -> LoadError {
    match error.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound(name.to_owned()),
        io::ErrorKind::PermissionDenied => LoadError::PermissionDenied(name.to_owned()),
        io::ErrorKind::IsADirectory => LoadError::NoArticles(name.to_owned()),
        _ => LoadError::Io(name.to_owned(), error.to_string()),
    }
}

fn safe_name(name: &str) -> String {
    escape_for_message(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        fs::File::create(&path).unwrap().write_all(bytes).unwrap();
        path
    }

    #[test]
    fn arguments_are_classified() {
        assert_eq!(Input::from_arg("-"), Input::Stdin);
        assert_eq!(
            Input::from_arg("https://x.test/a"),
            Input::Url("https://x.test/a".into())
        );
        assert_eq!(Input::from_arg("a.txt"), Input::Path("a.txt".into()));
        assert!(matches!(
            Input::from_arg("sample:harbour-strike"),
            Input::Sample(_)
        ));
    }

    #[test]
    fn missing_file_is_not_found() {
        let error = load(&Input::Path("/nonexistent/story.txt".into())).unwrap_err();
        assert_eq!(
            error.to_string(),
            "/nonexistent/story.txt: no such file or directory"
        );
    }

    #[test]
    fn binary_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "pic.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        let error = load(&Input::Path(path)).unwrap_err();
        assert!(matches!(error, LoadError::Binary(_)), "{error}");
        assert!(
            error
                .to_string()
                .ends_with("binary file, not an article (it contains NUL or control bytes)")
        );
    }

    #[test]
    fn empty_file_is_an_empty_article_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "empty.txt", b"");
        let article = load(&Input::Path(path)).unwrap();
        assert!(article.is_empty());
        assert_eq!(article.notices, vec!["this article is empty".to_owned()]);
    }

    #[test]
    fn legacy_encoding_is_decoded_with_a_notice() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "old.txt",
            b"Title\n\n\x93Yes,\x94 said Jos\xe9.",
        );
        let article = load(&Input::Path(path)).unwrap();
        assert_eq!(article.text(), "“Yes,” said José.");
        assert_eq!(article.notices, vec!["decoded as windows-1252".to_owned()]);
    }

    #[test]
    fn directory_expands_to_its_articles_in_order() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "b.md", b"# B\n\nb");
        write(dir.path(), "a.txt", b"a");
        write(dir.path(), "notes.bin", b"x");
        write(dir.path(), ".hidden.txt", b"x");
        let inputs: Vec<Input> = expand_args(&[dir.path().to_str().unwrap()])
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            inputs,
            vec![
                Input::Path(dir.path().join("a.txt")),
                Input::Path(dir.path().join("b.md"))
            ]
        );
    }

    #[test]
    fn directory_without_articles_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "image.png", b"x");
        let results = expand_args(&[dir.path().to_str().unwrap()]);
        let error = results.into_iter().next().unwrap().unwrap_err();
        assert!(matches!(error, LoadError::NoArticles(_)), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_file_is_permission_denied() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "secret.txt", b"text");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&path).is_ok() {
            return; // running as root: permissions are not enforced
        }
        let error = load(&Input::Path(path)).unwrap_err();
        assert!(matches!(error, LoadError::PermissionDenied(_)), "{error}");
    }

    #[test]
    fn json_extension_with_bad_json_is_invalid() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "a.json", b"{\"body\": ");
        let error = load(&Input::Path(path)).unwrap_err();
        assert!(error.to_string().contains("invalid JSON"), "{error}");
    }

    #[test]
    fn non_http_urls_are_unsupported() {
        let error = load(&Input::Url("ftp://x.test/a".into())).unwrap_err();
        assert!(matches!(error, LoadError::UnsupportedUrl(_)), "{error}");
    }

    #[test]
    fn unreachable_url_is_a_fetch_error() {
        // Port 9 on localhost (discard) is closed on test machines: the connection is refused.
        let error = load(&Input::Url("http://127.0.0.1:9/story".into())).unwrap_err();
        assert!(matches!(error, LoadError::Fetch(..)), "{error}");
    }

    #[test]
    fn file_names_with_escapes_are_made_safe_in_messages() {
        let error = load(&Input::Path("/nonexistent/\u{1b}[2Jx.txt".into())).unwrap_err();
        assert!(!error.to_string().contains('\u{1b}'));
    }

    #[test]
    fn oversized_stream_is_refused() {
        let big = io::repeat(b'a').take(MAX_INPUT_BYTES + 10);
        let error = read_limited(big, "-").unwrap_err();
        assert!(matches!(error, LoadError::TooLarge(..)), "{error}");
    }
}
