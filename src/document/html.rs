//! The HTML loader: main-content extraction (readability, via dom_smoothie) into paragraphs.

use dom_smoothie::{Config, ParsePolicy, Readability, TextMode};

use super::article::{Article, Metadata};

/// Parses an HTML page into an article, keeping only its main content.
///
/// Navigation, scripts, styles, sidebars and ads are dropped by the readability algorithm
/// (dom_smoothie, a port of Mozilla's Readability). When a page is too small or too odd for
/// it, the whole `<body>` text minus scripts, styles and navigation is used instead.
/// Block elements become paragraphs; the title, byline, date and site name come from the page.
///
/// ```
/// use byline::document::html::parse_html;
/// let page = "<html><head><title>Port reopens</title></head><body>\
///     <nav>Home | World</nav><script>track()</script>\
///     <p>“It is over,” said Ana Ruiz.</p><p>Cranes moved again.</p></body></html>";
/// let a = parse_html("page.html", page, None);
/// assert_eq!(a.meta.title.as_deref(), Some("Port reopens"));
/// assert_eq!(a.text(), "“It is over,” said Ana Ruiz.\n\nCranes moved again.");
/// ```
pub fn parse_html(source: &str, raw: &str, url: Option<&str>) -> Article {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let extract = |policy: ParsePolicy| {
        Readability::with_document(without_chrome(raw), url, Some(config.clone()))
            .ok()
            .and_then(|mut r| r.parse_with_policy(policy).ok())
            .filter(|a| !a.text_content.trim().is_empty())
    };
    let extracted = extract(ParsePolicy::Strict).or_else(|| extract(ParsePolicy::Raw));

    match extracted {
        Some(found) => {
            let meta = Metadata {
                title: Some(found.title.clone()).filter(|t| !t.trim().is_empty()),
                byline: found.byline.clone(),
                date: found.published_time.clone(),
                publisher: found.site_name.clone(),
            };
            Article::from_paragraphs(source, meta, split_formatted(&found.text_content))
        }
        None => whole_body(source, raw),
    }
}

/// Splits dom_smoothie's formatted text (blocks separated by blank lines, list items and
/// `<br>` by single line breaks) into paragraphs.
fn split_formatted(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|line| !line.trim().is_empty())
}

/// Elements that are never article text: removed before extraction, so that even a page too
/// small for readability's scoring does not bring its menus along.
const CHROME: &str = "script, style, noscript, template, iframe, svg, canvas, form, button, nav, aside, \
    [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], body > header, body > footer";

/// The page parsed, with [`CHROME`] removed.
fn without_chrome(raw: &str) -> dom_query::Document {
    let document = dom_query::Document::from(raw);
    document.select(CHROME).remove();
    document
}

/// Fallback extraction: the body's text without scripts, styles and navigation.
fn whole_body(source: &str, raw: &str) -> Article {
    let document = without_chrome(raw);
    let title = document.select("title").text().trim().to_owned();
    let title = if title.is_empty() {
        document.select("h1").first().text().trim().to_owned()
    } else {
        title
    };
    let body = document.select("body");
    let text = if body.exists() {
        body.formatted_text()
    } else {
        document.formatted_text()
    };
    let meta = Metadata {
        title: Some(title).filter(|t| !t.is_empty()),
        ..Metadata::default()
    };
    Article::from_paragraphs(
        source,
        meta,
        split_formatted(&text)
            .map(str::to_owned)
            .collect::<Vec<_>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html><head><meta charset="utf-8"><title>Strike ends at Port Halden</title>
<meta property="og:site_name" content="Halden Tribune">
<script>window.ads = [];</script><style>p { color: red }</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="ad-banner sponsored">Buy now! Limited offer on premium subscriptions today.</div>
<article>
<h1>Strike ends at Port Halden</h1>
<p class="byline">By Jo Lee</p>
<p>PORT HALDEN, Maine — Dockworkers returned to the cranes on Monday after a nine-day strike
that had stranded dozens of container ships and shut the region’s busiest terminal.</p>
<p>“We got the safety rules we asked for, and that is what matters,” said Ana Ruiz, who chairs
the union’s safety committee and led the talks for the workers through the weekend.</p>
<p>The port authority said in a statement that traffic would return to normal by Thursday,
and that no penalties would be imposed on the workers who had joined the walkout.</p>
<ul><li>Nine days of strike</li><li>Forty ships delayed</li></ul>
</article>
<aside class="sidebar">Most read: Ten recipes for autumn</aside>
<footer>© Halden Tribune. All rights reserved.</footer>
</body></html>"#;

    #[test]
    fn main_content_is_extracted_and_chrome_dropped() {
        let a = parse_html("p.html", PAGE, None);
        let text = a.text();
        assert!(
            text.contains("Dockworkers returned to the cranes on Monday"),
            "{text}"
        );
        assert!(
            text.contains("“We got the safety rules we asked for"),
            "{text}"
        );
        for junk in [
            "window.ads",
            "color: red",
            "Buy now",
            "Most read",
            "All rights reserved",
            "Sport",
        ] {
            assert!(!text.contains(junk), "{junk} left in: {text}");
        }
    }

    #[test]
    fn title_and_site_come_from_the_page() {
        let a = parse_html("p.html", PAGE, None);
        assert_eq!(a.meta.title.as_deref(), Some("Strike ends at Port Halden"));
        assert_eq!(a.meta.publisher.as_deref(), Some("Halden Tribune"));
    }

    #[test]
    fn paragraphs_and_list_items_are_separate_and_reflowed() {
        let a = parse_html("p.html", PAGE, None);
        let paragraphs: Vec<&str> = (0..a.paragraphs().len()).map(|i| a.paragraph(i)).collect();
        assert!(
            paragraphs
                .iter()
                .any(|p| p.starts_with("PORT HALDEN, Maine — Dockworkers")
                    && p.ends_with("busiest terminal."))
        );
        assert!(paragraphs.contains(&"Nine days of strike"));
        assert!(paragraphs.contains(&"Forty ships delayed"));
    }

    #[test]
    fn tiny_pages_fall_back_to_the_body_text() {
        let a = parse_html(
            "t.html",
            "<html><head><title>T</title><script>x()</script></head><body><p>Just one line.</p></body></html>",
            None,
        );
        assert_eq!(a.meta.title.as_deref(), Some("T"));
        assert_eq!(a.text(), "Just one line.");
    }

    #[test]
    fn entities_are_decoded() {
        let a = parse_html(
            "t.html",
            "<p>Fish &amp; chips &ldquo;today&rdquo; &#x263A;</p>",
            None,
        );
        assert_eq!(a.text(), "Fish & chips “today” ☺");
    }

    #[test]
    fn escape_characters_in_html_text_are_removed() {
        let a = parse_html("t.html", "<p>safe\u{1b}[2Jtext &#27;[31m</p>", None);
        assert!(!a.text().contains('\u{1b}'));
    }
}
