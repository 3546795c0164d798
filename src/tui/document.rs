//! An open article: its text, its analysis with the reader's entity corrections applied,
//! what is derived from the analysis for drawing, and the file its corrections are saved in.

use std::ops::Range;
use std::path::Path;

use byline::analysis::corrections::{Correction, apply_corrections};
use byline::analysis::{Analysis, EntityId};
use byline::annotations::anchor::reanchor_all;
use byline::annotations::{Annotation, Store, store};
use byline::document::Article;
use byline::document::sanitize::strip_unsafe;
use byline::view::annotation_list::byte_ranges;
use byline::view::entity_list::MentionIndex;
use byline::view::motion::sentences;
use byline::view::quote_list::speaker_slots;

/// An article with its analysis (the reader's entity corrections applied) and the file its
/// corrections are saved in.
#[derive(Debug)]
pub struct Document {
    /// The article as loaded.
    pub article: Article,
    /// What analysis found in it, with the corrections applied.
    pub analysis: Analysis,
    /// Each entity's colour slot, if it speaks (see [`speaker_slots`]).
    pub slots: Vec<Option<usize>>,
    /// Every entity mention, sorted once per analysis for drawing and stepping.
    pub mentions: MentionIndex,
    /// The article's annotation file, where corrections are saved; `None` when there is none.
    pub store: Option<Store>,
    /// Why there is no annotation file, when it could not be opened.
    pub store_problem: Option<String>,
    /// Corrections made without an annotation file: applied for this session only.
    pub unsaved: Vec<Correction>,
    /// The reader's annotations (from the file, or for this session only when there is
    /// none), with notes and tags made safe to draw.
    pub annotations: Vec<Annotation>,
    /// Where each annotation is in the text (same index); `None` for orphans.
    pub annotation_ranges: Vec<Option<Range<usize>>>,
    /// The article's sentences, for the reading cursor.
    pub sentences: Vec<Range<usize>>,
}

impl Document {
    /// Analyses an article, with no annotation file (corrections last for the session).
    #[cfg(test)]
    pub fn new(article: Article) -> Document {
        Document::with_store(article, None)
    }

    /// Analyses an article and applies the corrections saved in its annotation file: the
    /// `sidecar` if given, else the article's file in byline's data directory. Problems with
    /// the file are returned as notices; the reader works without it.
    pub fn open(article: Article, sidecar: Option<&Path>) -> (Document, Vec<String>) {
        let path = sidecar
            .map(Path::to_path_buf)
            .or_else(|| store::default_path(&article));
        let mut notices = Vec::new();
        let (store, problem) = match path {
            None => (None, Some("no data directory for annotations".to_owned())),
            Some(path) => match Store::open(path, &article.source, article.text()) {
                Ok(mut store) => {
                    notices.append(&mut store.notices);
                    if let Some(notice) = reanchor_if_changed(&mut store, article.text()) {
                        notices.push(notice);
                    }
                    (Some(store), None)
                }
                Err(error) => {
                    notices.push(format!(
                        "{error}; annotations and corrections will not be saved"
                    ));
                    (None, Some(error.to_string()))
                }
            },
        };
        let mut doc = Document::with_store(article, store);
        doc.store_problem = problem;
        (doc, notices)
    }

    /// Analyses an article and applies the corrections in `store`, if any.
    pub fn with_store(article: Article, store: Option<Store>) -> Document {
        let mut doc = Document {
            article,
            analysis: Analysis::default(),
            slots: Vec::new(),
            mentions: MentionIndex::default(),
            store,
            store_problem: None,
            unsaved: Vec::new(),
            annotations: Vec::new(),
            annotation_ranges: Vec::new(),
            sentences: Vec::new(),
        };
        doc.sentences = sentences(&doc.article);
        if let Some(store) = &doc.store {
            doc.annotations = store.data.annotations.clone();
        }
        doc.refresh_annotations();
        doc.reanalyze();
        doc
    }

    /// Makes the annotations safe to draw and finds where they are in the text; call after
    /// every change to [`Document::annotations`].
    pub fn refresh_annotations(&mut self) {
        for annotation in &mut self.annotations {
            annotation.note = strip_unsafe_keep_lines(&annotation.note);
            annotation.quote.exact = strip_unsafe(&annotation.quote.exact);
            for tag in &mut annotation.tags {
                *tag = strip_unsafe(tag);
            }
        }
        self.annotation_ranges = byte_ranges(self.article.text(), &self.annotations);
    }

    /// Takes the annotations from the file after it changed.
    pub fn reload_annotations(&mut self) {
        if let Some(store) = &self.store {
            self.annotations = store.data.annotations.clone();
        }
        self.refresh_annotations();
    }

    /// The annotation with this id.
    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// The corrections in effect, in the order they are applied: the saved ones, then any
    /// made this session without a file.
    pub fn corrections(&self) -> Vec<Correction> {
        let mut list = self
            .store
            .as_ref()
            .map(|s| s.data.correction_list())
            .unwrap_or_default();
        list.extend(self.unsaved.iter().cloned());
        list
    }

    /// Analyses the article afresh and applies the corrections, then recomputes what is
    /// derived from the analysis (speaker colours, the mention index).
    pub fn reanalyze(&mut self) {
        let mut analysis = byline::analyze(&self.article);
        // A hand-edited file must not put escape sequences on the screen.
        let corrections: Vec<Correction> = self
            .corrections()
            .into_iter()
            .map(|c| match c {
                Correction::Rename { entity, to } => Correction::Rename {
                    entity,
                    to: strip_unsafe(&to),
                },
                other => other,
            })
            .collect();
        apply_corrections(&mut analysis, self.article.text(), &corrections);
        self.slots = speaker_slots(&analysis);
        self.mentions = MentionIndex::new(&analysis);
        self.analysis = analysis;
    }

    /// The id of the entity named `name`.
    pub fn entity_named(&self, name: &str) -> Option<EntityId> {
        self.analysis.entities.iter().position(|e| e.name == name)
    }

    /// The colour slot of a quote's speaker.
    pub fn quote_slot(&self, quote: usize) -> Option<usize> {
        let speaker = self.analysis.quotes.get(quote)?.speaker?;
        self.slots.get(speaker).copied().flatten()
    }
}

/// When the article's text changed since its annotations were made, finds each passage again
/// and saves the result; says what happened.
fn reanchor_if_changed(store: &mut Store, text: &str) -> Option<String> {
    if !store.text_changed() || store.data.annotations.is_empty() {
        return None;
    }
    let result = store.update(|file| reanchor_all(text, &mut file.annotations));
    Some(match result {
        Ok((moved, 0)) => {
            format!("The article changed since your notes: {moved} re-anchored, none lost")
        }
        Ok((moved, orphans)) => format!(
            "The article changed since your notes: {moved} re-anchored, {orphans} not found (listed as orphans in the Annotations pane)"
        ),
        Err(error) => {
            format!("The article changed since your notes, but re-anchoring failed: {error}")
        }
    })
}

/// `strip_unsafe` line by line, so a note keeps its line breaks.
fn strip_unsafe_keep_lines(text: &str) -> String {
    text.split('\n')
        .map(strip_unsafe)
        .collect::<Vec<_>>()
        .join("\n")
}
