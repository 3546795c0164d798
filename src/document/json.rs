//! The JSON loader: `{"title", "byline", "date", "source", "body"}` objects.

use serde::Deserialize;

use super::article::{Article, Metadata};
use super::text::body_paragraphs;

/// The JSON shape byline reads. `body` is one string (paragraphs separated by blank lines)
/// or an array of paragraph strings; every other field is optional. Unknown fields are
/// ignored, so exports of other tools often load as they are.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    title: Option<String>,
    #[serde(alias = "author")]
    byline: Option<String>,
    #[serde(alias = "published")]
    date: Option<String>,
    #[serde(alias = "publisher", alias = "site")]
    source: Option<String>,
    #[serde(alias = "text", alias = "content")]
    body: Body,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Body {
    Text(String),
    Paragraphs(Vec<String>),
}

/// Parses a JSON article. The error is a short description of what is wrong with the JSON.
///
/// ```
/// use byline::document::json::parse_json;
/// let a = parse_json("a.json", r#"{"title": "T", "source": "Tribune", "body": ["One.", "Two."]}"#).unwrap();
/// assert_eq!(a.meta.publisher.as_deref(), Some("Tribune"));
/// assert_eq!(a.text(), "One.\n\nTwo.");
/// ```
pub fn parse_json(source: &str, raw: &str) -> Result<Article, String> {
    let parsed: JsonArticle = serde_json::from_str(raw).map_err(describe_error)?;
    let meta = Metadata {
        title: parsed.title,
        byline: parsed.byline,
        date: parsed.date,
        publisher: parsed.source,
    };
    let paragraphs = match parsed.body {
        Body::Paragraphs(paragraphs) => paragraphs,
        Body::Text(text) => body_paragraphs(&text),
    };
    Ok(Article::from_paragraphs(source, meta, paragraphs))
}

fn describe_error(error: serde_json::Error) -> String {
    let what = if error.is_syntax() || error.is_eof() {
        "invalid JSON"
    } else {
        "not a JSON article (expected an object with a \"body\" string or array of strings)"
    };
    format!("{what}: {error}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_body_is_split_on_blank_lines() {
        let a = parse_json("a", r#"{"body": "One\nwrapped.\n\nTwo."}"#).unwrap();
        assert_eq!(a.text(), "One wrapped.\n\nTwo.");
        assert_eq!(a.meta.title, None);
    }

    #[test]
    fn a_short_first_body_line_is_not_taken_for_a_title() {
        let a = parse_json("a", r#"{"title": "Real", "body": "Short.\n\nSecond."}"#).unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("Real"));
        assert_eq!(a.text(), "Short.\n\nSecond.");
    }

    #[test]
    fn all_metadata_fields_are_read() {
        let a = parse_json(
            "a",
            r#"{"title": "T", "byline": "By Li Wen", "date": "2026-03-01", "source": "Wire", "body": ["x"], "extra": 1}"#,
        )
        .unwrap();
        assert_eq!(a.meta.byline.as_deref(), Some("Li Wen"));
        assert_eq!(a.meta.date.as_deref(), Some("2026-03-01"));
        assert_eq!(a.meta.publisher.as_deref(), Some("Wire"));
    }

    #[test]
    fn syntax_errors_are_described() {
        let error = parse_json("a", "{\"body\": ").unwrap_err();
        assert!(error.starts_with("invalid JSON"), "{error}");
    }

    #[test]
    fn wrong_shape_is_described() {
        let error = parse_json("a", r#"{"title": "no body"}"#).unwrap_err();
        assert!(error.starts_with("not a JSON article"), "{error}");
        let error = parse_json("a", r#"[1, 2]"#).unwrap_err();
        assert!(error.starts_with("not a JSON article"), "{error}");
    }

    #[test]
    fn control_characters_in_json_strings_are_removed() {
        let a = parse_json(
            "a",
            r#"{"title": "T\u001b]0;x\u0007", "body": ["a\u001b[31mb"]}"#,
        )
        .unwrap();
        assert_eq!(a.meta.title.as_deref(), Some("T"));
        assert_eq!(a.text(), "ab");
    }
}
