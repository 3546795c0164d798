//! Annotations into byline: a W3C Web Annotation collection (from byline's own export or
//! another tool), a page of annotations, a list, or a single annotation, anchored to the
//! article's current text.

use serde_json::Value;

use super::anchor::{Anchored, anchor, selectors};
use super::export::ID_PREFIX;
use super::model::{Annotation, Colour, TextPositionSelector, TextQuoteSelector, now};

/// Reads W3C Web Annotations from JSON text and anchors each to `text`. Annotations whose
/// passage cannot be found are kept as orphans. The error says what is wrong with the JSON.
pub fn import_w3c(json: &str, text: &str) -> Result<Vec<Annotation>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("invalid JSON: {e}"))?;
    let items = items(&value).ok_or("not a W3C Web Annotation collection, page or annotation")?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| annotation(item, text).map_err(|e| format!("annotation {}: {e}", i + 1)))
        .collect()
}

/// The annotations in a collection (`first.items` or `items`), a page, a list or one annotation.
fn items(value: &Value) -> Option<Vec<&Value>> {
    if let Some(list) = value.as_array() {
        return Some(list.iter().collect());
    }
    let kind = value.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "Annotation" => Some(vec![value]),
        "AnnotationCollection" | "AnnotationPage" => {
            let items = value
                .get("items")
                .or_else(|| value.get("first").and_then(|f| f.get("items")))?;
            Some(items.as_array()?.iter().collect())
        }
        _ => None,
    }
}

fn annotation(item: &Value, text: &str) -> Result<Annotation, String> {
    let target = item.get("target").ok_or("no target")?;
    let selector_list: Vec<&Value> = match target.get("selector") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let quote = selector_list
        .iter()
        .find(|s| s.get("type").and_then(Value::as_str) == Some("TextQuoteSelector"));
    let position = selector_list
        .iter()
        .find(|s| s.get("type").and_then(Value::as_str) == Some("TextPositionSelector"));
    let position = position.and_then(|p| {
        Some(TextPositionSelector {
            start: p.get("start")?.as_u64()? as usize,
            end: p.get("end")?.as_u64()? as usize,
        })
    });
    let quote = match quote {
        Some(q) => TextQuoteSelector {
            exact: q
                .get("exact")
                .and_then(Value::as_str)
                .ok_or("TextQuoteSelector without exact")?
                .to_owned(),
            prefix: q
                .get("prefix")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            suffix: q
                .get("suffix")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
        },
        // Only a position: take the words there now.
        None => {
            let position = position.ok_or("no TextQuoteSelector or TextPositionSelector")?;
            let index = crate::document::OffsetIndex::new(text);
            let range = index.to_byte(position.start)..index.to_byte(position.end);
            selectors(text, range).0
        }
    };
    let position = position.unwrap_or(TextPositionSelector { start: 0, end: 0 });
    let anchored = anchor(text, &quote, position);
    let (quote, position, orphan) = match &anchored {
        Anchored::Orphan => (quote, position, true),
        Anchored::InPlace(_) => (quote, position, false),
        Anchored::Moved(range) | Anchored::Approximate(range) => {
            let (q, p) = selectors(text, range.clone());
            (q, p, false)
        }
    };
    let bodies: Vec<&Value> = match item.get("body") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let mut note = Vec::new();
    let mut tags = Vec::new();
    for body in bodies {
        let value = body
            .get("value")
            .and_then(Value::as_str)
            .or_else(|| body.as_str())
            .unwrap_or("");
        match body.get("purpose").and_then(Value::as_str) {
            Some("tagging") => tags.push(value.to_owned()),
            _ if !value.is_empty() => note.push(value.to_owned()),
            _ => {}
        }
    }
    let colour = target
        .get("styleClass")
        .and_then(Value::as_str)
        .and_then(|c| Colour::ALL.into_iter().find(|k| k.name() == c))
        .unwrap_or_default();
    let id = match item.get("id").and_then(Value::as_str) {
        Some(id) if id.starts_with(ID_PREFIX) => id[ID_PREFIX.len()..].to_owned(),
        Some(id) => format!("w-{}", &blake3::hash(id.as_bytes()).to_hex()[..16]),
        None => super::model::new_id("w"),
    };
    let created = item
        .get("created")
        .and_then(Value::as_str)
        .map_or_else(now, str::to_owned);
    let modified = item
        .get("modified")
        .and_then(Value::as_str)
        .map_or_else(|| created.clone(), str::to_owned);
    Ok(Annotation {
        id,
        quote,
        position,
        note: note.join("\n\n"),
        tags,
        colour,
        created,
        modified,
        orphan,
    })
}

/// Adds imported annotations to `existing`: new ids are appended, known ids replaced when the
/// import is newer. Returns how many were added or updated.
pub fn merge_imported(existing: &mut Vec<Annotation>, imported: Vec<Annotation>) -> usize {
    let mut changed = 0;
    for annotation in imported {
        match existing.iter_mut().find(|a| a.id == annotation.id) {
            Some(current) if annotation.modified > current.modified => {
                *current = annotation;
                changed += 1;
            }
            Some(_) => {}
            None => {
                existing.push(annotation);
                changed += 1;
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::export::w3c_collection;
    use crate::document::{Article, Metadata};

    fn article(text: &str) -> Article {
        Article::from_paragraphs("story.txt", Metadata::default(), [text])
    }

    fn annotation(article: &Article, words: &str) -> Annotation {
        let start = article.text().find(words).unwrap();
        let (quote, position) = selectors(article.text(), start..start + words.len());
        Annotation {
            id: "a-1".into(),
            quote,
            position,
            note: "A note\nover two lines".into(),
            tags: vec!["one".into(), "two".into()],
            colour: Colour::Pink,
            created: "2026-01-02T03:04:05Z".into(),
            modified: "2026-01-02T03:04:06Z".into(),
            orphan: false,
        }
    }

    #[test]
    fn export_then_import_reproduces_the_annotations() {
        let article = article("The cranes are safe now, the union said.");
        let original = vec![annotation(&article, "cranes are safe")];
        let json = w3c_collection(&article, &original).to_string();
        let imported = import_w3c(&json, article.text()).unwrap();
        assert_eq!(imported, original);
    }

    #[test]
    fn imported_annotations_are_anchored_to_an_edited_text() {
        let old = article("The cranes are safe now, the union said.");
        let json = w3c_collection(&old, &[annotation(&old, "cranes are safe")]).to_string();
        let new_text = "Breaking: The cranes are safe now, the union said.";
        let imported = import_w3c(&json, new_text).unwrap();
        assert_eq!(
            imported[0].position.start,
            new_text[..new_text.find("cranes").unwrap()].chars().count()
        );
        assert!(!imported[0].orphan);
    }

    #[test]
    fn another_tools_single_annotation_is_read() {
        let json = r#"{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
            "body": {"type": "TextualBody", "value": "Interesting"},
            "target": {"source": "http://example.org/page", "selector": {"type": "TextQuoteSelector", "exact": "union said"}}}"#;
        let imported = import_w3c(json, "The cranes are safe now, the union said.").unwrap();
        assert_eq!(imported.len(), 1);
        assert_eq!(imported[0].note, "Interesting");
        assert_eq!(imported[0].quote.exact, "union said");
        assert!(imported[0].id.starts_with("w-"));
    }

    #[test]
    fn a_missing_passage_is_kept_as_an_orphan() {
        let json = r#"[{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "words that are gone"}]}}]"#;
        let imported = import_w3c(json, "Nothing like it here.").unwrap();
        assert!(imported[0].orphan);
    }

    #[test]
    fn bad_input_is_described() {
        assert!(
            import_w3c("{", "t")
                .unwrap_err()
                .starts_with("invalid JSON")
        );
        assert!(
            import_w3c(r#"{"type": "Person"}"#, "t")
                .unwrap_err()
                .contains("not a W3C")
        );
        assert!(
            import_w3c(r#"{"type": "Annotation"}"#, "t")
                .unwrap_err()
                .contains("no target")
        );
    }

    #[test]
    fn merging_adds_new_and_newer_only() {
        let article = article("The cranes are safe now.");
        let mut existing = vec![annotation(&article, "cranes")];
        let mut newer = existing[0].clone();
        newer.note = "edited".into();
        newer.modified = "2027-01-01T00:00:00Z".into();
        let mut other = existing[0].clone();
        other.id = "a-2".into();
        assert_eq!(merge_imported(&mut existing, vec![newer, other]), 2);
        assert_eq!(existing[0].note, "edited");
        assert_eq!(existing.len(), 2);
        let stale = annotation(&article, "cranes");
        assert_eq!(merge_imported(&mut existing, vec![stale]), 0);
    }
}
