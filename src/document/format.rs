//! Article formats: telling them apart by extension, content type or content, and parsing.

use std::path::Path;

use super::article::Article;
use super::{html, json, markdown, text};

/// A format byline can read an article from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, or anything not recognised as another format).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// An HTML page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// byline's JSON article shape (`.json`).
    Json,
}

impl Format {
    /// The format a file's extension names, if it names one byline reads.
    ///
    /// ```
    /// use byline::document::Format;
    /// assert_eq!(Format::from_path("a/story.MD".as_ref()), Some(Format::Markdown));
    /// assert_eq!(Format::from_path("notes".as_ref()), None);
    /// ```
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" | "mdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The format an HTTP `Content-Type` names, if any.
    pub fn from_content_type(content_type: &str) -> Option<Format> {
        let mime = content_type.split(';').next().unwrap_or("").trim();
        match mime {
            "text/html" | "application/xhtml+xml" => Some(Format::Html),
            "application/json" => Some(Format::Json),
            "text/markdown" | "text/x-markdown" => Some(Format::Markdown),
            "text/plain" => Some(Format::Text),
            _ => None,
        }
    }

    /// Guesses the format from the content, for stdin and files without a telling extension.
    ///
    /// ```
    /// use byline::document::Format;
    /// assert_eq!(Format::sniff("<!DOCTYPE html><p>x</p>"), Format::Html);
    /// assert_eq!(Format::sniff("{\"body\": \"x\"}"), Format::Json);
    /// assert_eq!(Format::sniff("# Title\n\ntext"), Format::Markdown);
    /// assert_eq!(Format::sniff("Title\n\ntext"), Format::Text);
    /// ```
    pub fn sniff(content: &str) -> Format {
        let start = content.trim_start();
        let head: String = start
            .chars()
            .take(2048)
            .collect::<String>()
            .to_ascii_lowercase();
        if start.starts_with('{')
            && serde_json::from_str::<serde_json::Value>(start).is_ok_and(|v| {
                v.get("body").is_some() || v.get("text").is_some() || v.get("content").is_some()
            })
        {
            Format::Json
        } else if start.starts_with('<')
            && [
                "<html",
                "<!doctype html",
                "<body",
                "<p>",
                "<p ",
                "<div",
                "<article",
                "<head",
            ]
            .iter()
            .any(|tag| head.contains(tag))
        {
            Format::Html
        } else if start.starts_with("# ") || start.starts_with("---\n") {
            Format::Markdown
        } else {
            Format::Text
        }
    }

    /// Parses `content` in this format. The error says what is wrong with the content.
    pub fn parse(self, source: &str, content: &str, url: Option<&str>) -> Result<Article, String> {
        match self {
            Format::Text => Ok(text::parse_text(source, content)),
            Format::Markdown => Ok(markdown::parse_markdown(source, content)),
            Format::Html => Ok(html::parse_html(source, content, url)),
            Format::Json => json::parse_json(source, content),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_map_to_formats() {
        assert_eq!(
            Format::from_content_type("text/html; charset=utf-8"),
            Some(Format::Html)
        );
        assert_eq!(
            Format::from_content_type("application/json"),
            Some(Format::Json)
        );
        assert_eq!(Format::from_content_type("image/png"), None);
    }

    #[test]
    fn json_without_a_body_is_sniffed_as_text() {
        assert_eq!(Format::sniff("{\"x\": 1}"), Format::Text);
        assert_eq!(Format::sniff("{not json"), Format::Text);
    }

    #[test]
    fn a_text_starting_with_a_less_than_sign_is_not_html() {
        assert_eq!(Format::sniff("<3 to all our readers"), Format::Text);
    }
}
