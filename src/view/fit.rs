//! Fitting text into a number of terminal columns.

use unicode_width::UnicodeWidthChar;

/// The display width of `text` in terminal columns (CJK and emoji count two).
pub fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` on one line, cut to at most `max` columns with an ellipsis when it does not fit.
///
/// ```
/// use byline::view::fit::truncate;
/// assert_eq!(truncate("Ana Ruiz said", 20), "Ana Ruiz said");
/// assert_eq!(truncate("Ana Ruiz said", 8), "Ana Rui…");
/// assert_eq!(truncate("東京東京", 5), "東京…");
/// ```
pub fn truncate(text: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    if width(text) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_never_exceeds_the_width() {
        for max in 0..12 {
            assert!(width(&truncate("Zürich 東京 👩 long text", max)) <= max);
        }
    }

    #[test]
    fn width_counts_wide_characters_twice() {
        assert_eq!(width("a東"), 3);
    }
}
