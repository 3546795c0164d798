//! The I/O the reader asks for: `update` only pushes an [`Effect`]; the run loop calls
//! [`perform`], which saves or removes the correction in the article's annotation file,
//! re-analyses the article with its corrections and puts the view back where it was.

use byline::analysis::corrections::{Correction, apply_corrections};
use byline::annotations::Annotation;
use byline::annotations::export::{ExportFormat, render};
use byline::annotations::model::{new_id, now};
use byline::annotations::store::{CorrectionRecord, StoreFile, write_file_atomically};
use byline::view::entity_list::kind_name;

use super::app::App;
use std::path::{Path, PathBuf};

/// Work for the run loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save `correction` in document `doc`'s annotation file and apply it.
    Correct {
        /// Index of the document in [`App::docs`].
        doc: usize,
        /// The correction.
        correction: Correction,
    },
    /// Remove the last correction of document `doc` and re-apply the others.
    Undo {
        /// Index of the document in [`App::docs`].
        doc: usize,
    },
    /// Add `annotation` to document `doc`'s annotations, or replace the one with its id.
    SaveAnnotation {
        /// Index of the document in [`App::docs`].
        doc: usize,
        /// The annotation.
        annotation: Annotation,
        /// What to say once it is saved.
        done: String,
    },
    /// Remove the annotation `id` from document `doc`.
    DeleteAnnotation {
        /// Index of the document in [`App::docs`].
        doc: usize,
        /// Its id.
        id: String,
        /// What to say once it is removed.
        done: String,
    },
    /// Write document `doc`'s annotations to `path`, in the format its name asks for.
    Export {
        /// Index of the document in [`App::docs`].
        doc: usize,
        /// Where to write.
        path: PathBuf,
    },
}

/// Performs every pending effect, in order, and reports the outcome in the status line.
pub fn perform(app: &mut App) {
    for effect in std::mem::take(&mut app.effects) {
        let message = match effect {
            Effect::Correct { doc, correction } => correct(app, doc, correction),
            Effect::Undo { doc } => undo(app, doc),
            Effect::SaveAnnotation {
                doc,
                annotation,
                done,
            } => change_annotations(app, doc, done, |list| {
                match list.iter_mut().find(|a| a.id == annotation.id) {
                    Some(existing) => *existing = annotation,
                    None => list.push(annotation),
                }
            }),
            Effect::DeleteAnnotation { doc, id, done } => {
                change_annotations(app, doc, done, |list| list.retain(|a| a.id != id))
            }
            Effect::Export { doc, path } => export(app, doc, &path),
        };
        app.message = Some(message);
    }
}

/// Picks up what another byline saved to the open articles' annotation files since this one
/// last read or wrote them: annotations, and corrections (re-analysing the article). True when
/// anything changed (the screen needs drawing again).
pub fn refresh_from_disk(app: &mut App) -> bool {
    let mut changed = false;
    for doc in 0..app.docs.len() {
        let document = &mut app.docs[doc];
        let Some(store) = &mut document.store else {
            continue;
        };
        if !store.changed_on_disk() {
            continue;
        }
        let corrections_before = store.data.corrections.clone();
        changed = true;
        if let Err(error) = store.reload() {
            app.message = Some(format!("Could not re-read the annotations: {error}"));
            continue;
        }
        let corrections_changed = store.data.corrections != corrections_before;
        document.reload_annotations();
        if corrections_changed {
            rebuild(app, doc, None, str::to_owned);
        }
        if doc == app.current {
            app.refresh_annotation_rows();
            app.message = Some("Updated with changes saved by another byline".to_owned());
        }
    }
    changed
}

/// Applies `change` to document `doc`'s annotations: in its file (re-read first, so another
/// instance's notes are kept), or for this session only when it has none.
fn change_annotations(
    app: &mut App,
    doc: usize,
    done: String,
    change: impl FnOnce(&mut Vec<Annotation>),
) -> String {
    let Some(document) = app.docs.get_mut(doc) else {
        return "That article is no longer open".to_owned();
    };
    let note = match &mut document.store {
        Some(store) => {
            if let Err(error) = store.update(|file| change(&mut file.annotations)) {
                return format!("Not saved: {error}");
            }
            document.reload_annotations();
            String::new()
        }
        None => {
            change(&mut document.annotations);
            document.refresh_annotations();
            let why = document
                .store_problem
                .as_deref()
                .unwrap_or("no annotation file");
            format!(" (for this session only: {why})")
        }
    };
    if doc == app.current {
        app.refresh_annotation_rows();
    }
    format!("{done}{note}")
}

/// Writes document `doc`'s annotations to `path`.
fn export(app: &mut App, doc: usize, path: &Path) -> String {
    let Some(document) = app.docs.get(doc) else {
        return "That article is no longer open".to_owned();
    };
    let file = match &document.store {
        Some(store) => store.data.clone(),
        None => {
            let text = document.article.text();
            let mut file = StoreFile::new(
                &document.article.source,
                &byline::annotations::store::text_hash(text),
            );
            file.annotations = document.annotations.clone();
            file
        }
    };
    let format = ExportFormat::for_path(path);
    let contents = render(format, &document.article, &document.analysis, &file);
    match write_file_atomically(path, contents.as_bytes()) {
        Ok(()) => format!(
            "Exported {} annotation(s) to {} ({})",
            file.annotations.len(),
            path.display(),
            format.name()
        ),
        Err(error) => format!("Not exported: {error}"),
    }
}

fn correct(app: &mut App, doc: usize, correction: Correction) -> String {
    let Some(document) = app.docs.get_mut(doc) else {
        return "That article is no longer open".to_owned();
    };
    // A correction that would change nothing (its entity is gone, the name is taken) is
    // refused before it is saved, so the file only holds corrections that apply.
    let mut trial = document.analysis.clone();
    let applies = apply_corrections(
        &mut trial,
        document.article.text(),
        std::slice::from_ref(&correction),
    );
    if applies != [true] {
        return format!("Could not apply this: {}", describe(&correction));
    }
    let note = match &mut document.store {
        Some(store) => {
            let record = CorrectionRecord {
                id: new_id("c"),
                created: now(),
                correction: correction.clone(),
            };
            if let Err(error) = store.update(|file| file.corrections.push(record)) {
                return format!("Not saved: {error}");
            }
            String::new()
        }
        None => {
            document.unsaved.push(correction.clone());
            let why = document
                .store_problem
                .as_deref()
                .unwrap_or("no annotation file");
            format!(" (for this session only: {why})")
        }
    };
    let select = match &correction {
        Correction::Rename { to, .. } => Some(to.clone()),
        Correction::Kind { entity, .. } => Some(entity.clone()),
        Correction::Merge { into, .. } => Some(into.clone()),
        Correction::Split { alias, .. } => Some(alias.clone()),
        Correction::Hide { .. } => None,
    };
    rebuild(app, doc, select.as_deref(), |name| match &correction {
        Correction::Rename { entity, to } if entity == name => to.clone(),
        Correction::Merge { entity, into } if entity == name => into.clone(),
        _ => name.to_owned(),
    });
    format!("{}{note} · U undoes", capitalised(&describe(&correction)))
}

fn undo(app: &mut App, doc: usize) -> String {
    let Some(document) = app.docs.get_mut(doc) else {
        return "That article is no longer open".to_owned();
    };
    let undone = if let Some(correction) = document.unsaved.pop() {
        Some(correction)
    } else if let Some(store) = &mut document.store {
        match store.update(|file| file.corrections.pop()) {
            Ok(record) => record.map(|r| r.correction),
            Err(error) => return format!("Not undone: {error}"),
        }
    } else {
        None
    };
    let Some(correction) = undone else {
        return "No entity corrections to undo".to_owned();
    };
    let entity = match &correction {
        Correction::Rename { entity, .. }
        | Correction::Kind { entity, .. }
        | Correction::Merge { entity, .. }
        | Correction::Split { entity, .. }
        | Correction::Hide { entity } => entity.clone(),
    };
    rebuild(app, doc, Some(&entity), |name| match &correction {
        Correction::Rename { entity, to } if to == name => entity.clone(),
        _ => name.to_owned(),
    });
    format!("Undid: {}", describe(&correction))
}

/// Re-analyses document `doc` with its corrections. When it is on screen, the text stays
/// where it was, the entity named `select` is selected (else the one on the same row), and
/// the speaker filter follows its speaker through `renamed` (dropped if the speaker is gone).
fn rebuild(app: &mut App, doc: usize, select: Option<&str>, renamed: impl Fn(&str) -> String) {
    let filter_name = if doc == app.current {
        app.quote_options
            .filter
            .map(|speaker| speaker.map(|id| app.entity_name(id)))
    } else {
        None
    };
    app.docs[doc].reanalyze();
    if doc != app.current {
        return;
    }
    app.quote_options.filter = match filter_name {
        None => None,
        Some(None) => Some(None),
        Some(Some(name)) => app.doc().entity_named(&renamed(&name)).map(Some),
    };
    app.current_mention = None;
    app.refresh_quote_rows();
    let keep = select.and_then(|name| app.doc().entity_named(name));
    app.refresh_entity_rows(keep);
}

/// A correction in words, for messages: "renamed Ana Ruiz to Ana María Ruiz".
pub fn describe(correction: &Correction) -> String {
    match correction {
        Correction::Rename { entity, to } => format!("renamed {entity} to {to}"),
        Correction::Kind { entity, kind } => {
            format!("set the kind of {entity} to {}", kind_name(*kind))
        }
        Correction::Merge { entity, into } => format!("merged {entity} into {into}"),
        Correction::Split { entity, alias } => format!("split {alias} off {entity}"),
        Correction::Hide { entity } => format!("hid {entity}"),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
