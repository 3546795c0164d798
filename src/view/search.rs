//! Case-insensitive search over the article text.

use std::ops::Range;

/// Byte ranges of every non-overlapping, case-insensitive match of `query` in `text`.
///
/// ```
/// use byline::view::search::find_all;
/// assert_eq!(find_all("Ruiz said. RUIZ left.", "ruiz"), [0..4, 11..15]);
/// assert_eq!(find_all("ZÜRICH zürich", "Zürich"), [0..7, 8..15]);
/// ```
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    if query.is_ascii() {
        find_ascii(text, query)
    } else {
        find_folded(text, query)
    }
}

/// Fast path: an ASCII query can only match ASCII bytes, so compare bytes case-insensitively.
fn find_ascii(text: &str, query: &str) -> Vec<Range<usize>> {
    let haystack = text.as_bytes();
    let needle = query.as_bytes();
    let first = needle[0].to_ascii_lowercase();
    let mut matches = Vec::new();
    let mut i = 0;
    while i + needle.len() <= haystack.len() {
        if haystack[i].to_ascii_lowercase() == first
            && haystack[i..i + needle.len()].eq_ignore_ascii_case(needle)
        {
            matches.push(i..i + needle.len());
            i += needle.len();
        } else {
            i += 1;
        }
    }
    matches
}

/// General path: lower-case both sides, remembering where each folded byte came from.
fn find_folded(text: &str, query: &str) -> Vec<Range<usize>> {
    let folded_query = query.to_lowercase();
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            for _ in 0..lower.len_utf8() {
                origin.push(i);
            }
            folded.push(lower);
        }
    }
    origin.push(text.len());
    folded
        .match_indices(&folded_query)
        .map(|(start, found)| {
            let end = origin[start + found.len()];
            let end = if end == origin[start] {
                next_char(text, end)
            } else {
                end
            };
            origin[start]..end
        })
        .collect()
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_matches_nothing() {
        assert!(find_all("abc", "").is_empty());
    }

    #[test]
    fn matches_do_not_overlap() {
        assert_eq!(find_all("aaaa", "aa"), [0..2, 2..4]);
    }

    #[test]
    fn ascii_query_skips_multibyte_text_safely() {
        assert_eq!(find_all("東京 said", "said"), vec![7..11]);
    }

    #[test]
    fn non_ascii_query_maps_back_to_original_bytes() {
        let text = "Ibáñez and IBÁÑEZ";
        for range in find_all(text, "ibáñez") {
            assert_eq!(text[range].to_lowercase(), "ibáñez");
        }
        assert_eq!(find_all(text, "ibáñez").len(), 2);
    }
}
