//! Reader tests for entity corrections: rename, kind, merge, split, hide and undo, each
//! performed as the run loop does and read back from the annotation file by a new reader.

use byline::analysis::EntityKind;

use super::action::Action;
use super::app::{App, Document};
use super::entity_edits::Prompt;
use super::keymap::Keymap;
use super::panes::Pane;
use super::test_support::*;
use super::tests_entities::{
    TALKS, app_with_sidecar, entity_pane, names, select, selected_name, talks_app,
};

#[test]
fn rename_saves_to_the_file_and_is_applied_when_the_article_is_opened_again() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    step(&mut app, &[Action::FocusEntities, Action::RenameEntity]);
    assert_eq!(
        app.prompt,
        Some(Prompt::Rename {
            entity: "Ana Ruiz".into(),
            text: "Ana Ruiz".into()
        }),
        "prefilled with the name"
    );
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(status.contains("Rename Ana Ruiz to: Ana Ruiz▏"), "{status}");
    step(&mut app, &[Action::PromptClear]);
    type_text(&mut app, "Ana María Ruiz");
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    assert!(app.prompt.is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("Renamed Ana Ruiz to Ana María Ruiz · U undoes")
    );
    assert_eq!(selected_name(&app), "Ana María Ruiz");
    assert!(screen_contains(&app, "Ana María Ruiz — “The cranes"));
    let saved = std::fs::read_to_string(&sidecar).unwrap();
    assert!(saved.contains("\"action\": \"rename\""), "{saved}");

    let again = app_with_sidecar(&sidecar);
    assert!(names(&again).contains(&"Ana María Ruiz".to_owned()));
    let quote = &again.doc().analysis.quotes[0];
    assert_eq!(
        again.doc().analysis.speaker_name(quote),
        Some("Ana María Ruiz")
    );
}

#[test]
fn rename_can_be_cancelled_and_refuses_empty_or_taken_names() {
    let mut app = talks_app();
    step(&mut app, &[Action::FocusEntities, Action::RenameEntity]);
    type_text(&mut app, "x");
    step_and_perform(&mut app, &[Action::PromptCancel]);
    assert!(app.prompt.is_none());
    assert_eq!(app.message.as_deref(), Some("Cancelled"));
    assert!(names(&app).contains(&"Ana Ruiz".to_owned()));

    step(&mut app, &[Action::RenameEntity, Action::PromptClear]);
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    assert_eq!(
        app.message.as_deref(),
        Some("A name cannot be empty; not renamed")
    );

    step(&mut app, &[Action::RenameEntity, Action::PromptClear]);
    type_text(&mut app, "Tom Keller");
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    assert!(app.message.as_deref().unwrap().contains("M merges"));
    assert!(names(&app).contains(&"Ana Ruiz".to_owned()));
}

#[test]
fn keys_typed_into_the_prompt_do_not_act() {
    let mut app = talks_app();
    step(&mut app, &[Action::FocusEntities, Action::RenameEntity]);
    step(
        &mut app,
        &[Action::Down, Action::FocusText, Action::HideEntity],
    );
    assert_eq!(app.focus, Pane::Entities);
    assert!(matches!(app.prompt, Some(Prompt::Rename { .. })));
}

#[test]
fn corrections_are_made_in_the_entities_pane() {
    let mut app = talks_app();
    step_and_perform(&mut app, &[Action::CycleKind]);
    assert!(app.message.as_deref().unwrap().contains("press 3"));
    assert!(app.effects.is_empty());
}

#[test]
fn k_cycles_the_kind_and_the_entity_moves_group() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    select(&mut app, "Boston");
    step_and_perform(&mut app, &[Action::CycleKind]);
    assert_eq!(
        app.message.as_deref(),
        Some("Set the kind of Boston to other · U undoes")
    );
    assert_eq!(
        selected_name(&app),
        "Boston",
        "the selection follows the entity"
    );
    let lines = entity_pane(&app);
    assert!(
        lines.iter().any(|l| l.starts_with("Other (1)")),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.starts_with("Places")), "{lines:#?}");
    step_and_perform(&mut app, &[Action::CycleKind]);
    let again = app_with_sidecar(&sidecar);
    let boston = again.doc().entity_named("Boston").unwrap();
    assert_eq!(
        again.doc().analysis.entities[boston].kind,
        EntityKind::Person,
        "other → person, both corrections kept"
    );
}

#[test]
fn m_merges_into_an_entity_picked_from_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    select(&mut app, "Tom Keller");
    step(&mut app, &[Action::MergeEntity]);
    let picker = app.entity_picker.as_ref().unwrap();
    assert_eq!(
        picker.choices,
        ["Ana Ruiz", "Brightwater Terminals", "Boston"],
        "every other entity, in pane order"
    );
    let screen = screen(&draw(&app));
    assert!(screen.contains("Merge Tom Keller into…"), "{screen}");
    assert!(
        screen.contains("Ana Ruiz · person · 3 mentions"),
        "{screen}"
    );
    step_and_perform(&mut app, &[Action::Activate]);
    assert!(app.entity_picker.is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("Merged Tom Keller into Ana Ruiz · U undoes")
    );
    assert!(!names(&app).contains(&"Tom Keller".to_owned()));
    assert_eq!(selected_name(&app), "Ana Ruiz");
    let again = app_with_sidecar(&sidecar);
    let analysis = &again.doc().analysis;
    assert!(
        analysis
            .quotes
            .iter()
            .all(|q| analysis.speaker_name(q) == Some("Ana Ruiz"))
    );
}

#[test]
fn the_merge_picker_closes_with_escape() {
    let mut app = talks_app();
    step_and_perform(
        &mut app,
        &[
            Action::FocusEntities,
            Action::MergeEntity,
            Action::Down,
            Action::Clear,
        ],
    );
    assert!(app.entity_picker.is_none());
    assert_eq!(names(&app).len(), 4);
}

#[test]
fn s_splits_an_alias_off_into_its_own_entity() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    step(&mut app, &[Action::FocusEntities, Action::SplitEntity]);
    assert_eq!(app.entity_picker.as_ref().unwrap().choices, ["Ruiz"]);
    assert!(screen_contains(&app, "Ruiz (2)"));
    step_and_perform(&mut app, &[Action::Activate]);
    assert_eq!(
        app.message.as_deref(),
        Some("Split Ruiz off Ana Ruiz · U undoes")
    );
    assert_eq!(selected_name(&app), "Ruiz", "the new entity is selected");
    let again = app_with_sidecar(&sidecar);
    let ruiz = again.doc().entity_named("Ruiz").unwrap();
    assert_eq!(again.doc().mentions.of(ruiz).len(), 2);

    select(&mut app, "Boston");
    step(&mut app, &[Action::SplitEntity]);
    assert!(app.entity_picker.is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("Boston has no other name to split off")
    );
}

#[test]
fn x_hides_after_a_yes_and_its_quotes_become_unattributed() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    select(&mut app, "Tom Keller");
    step_and_perform(&mut app, &[Action::HideEntity, Action::PromptCancel]);
    assert!(names(&app).contains(&"Tom Keller".to_owned()), "n keeps it");
    step(&mut app, &[Action::HideEntity]);
    let status = rows(&draw(&app)).pop().unwrap();
    assert!(
        status.contains("Hide Tom Keller? Its quotes become unattributed. y/n"),
        "{status}"
    );
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    assert_eq!(app.message.as_deref(), Some("Hid Tom Keller · U undoes"));
    assert!(!names(&app).contains(&"Tom Keller".to_owned()));
    assert_eq!(app.doc().analysis.quotes[1].speaker, None);
    assert!(app.selected_entity().is_some(), "a neighbour is selected");
    let again = app_with_sidecar(&sidecar);
    assert!(!names(&again).contains(&"Tom Keller".to_owned()));
}

#[test]
fn u_undoes_the_last_correction_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    step(
        &mut app,
        &[
            Action::FocusEntities,
            Action::RenameEntity,
            Action::PromptClear,
        ],
    );
    type_text(&mut app, "A. Ruiz");
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    select(&mut app, "Tom Keller");
    step_and_perform(&mut app, &[Action::HideEntity, Action::PromptConfirm]);
    assert_eq!(names(&app).len(), 3);

    step_and_perform(&mut app, &[Action::UndoCorrection]);
    assert_eq!(app.message.as_deref(), Some("Undid: hid Tom Keller"));
    assert_eq!(
        selected_name(&app),
        "Tom Keller",
        "the restored entity is selected"
    );
    step_and_perform(&mut app, &[Action::FocusText, Action::UndoCorrection]);
    assert_eq!(
        app.message.as_deref(),
        Some("Undid: renamed Ana Ruiz to A. Ruiz"),
        "U works from any pane"
    );
    assert!(names(&app).contains(&"Ana Ruiz".to_owned()));
    step_and_perform(&mut app, &[Action::UndoCorrection]);
    assert_eq!(
        app.message.as_deref(),
        Some("No entity corrections to undo")
    );

    let again = app_with_sidecar(&sidecar);
    assert!(again.doc().corrections().is_empty());
    assert_eq!(names(&again), names(&app));
}

#[test]
fn the_speaker_filter_follows_a_renamed_speaker() {
    let mut app = talks_app();
    step(
        &mut app,
        &[
            Action::FocusEntities,
            Action::Activate,
            Action::RenameEntity,
        ],
    );
    step(&mut app, &[Action::PromptClear]);
    type_text(&mut app, "Ana R.");
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    let ana = app.doc().entity_named("Ana R.");
    assert_eq!(app.quote_options.filter, Some(ana));
    assert!(screen_contains(&app, "Quotes · Ana R. (2)"));
}

#[test]
fn without_a_file_corrections_last_for_the_session() {
    let mut app = talks_app();
    step_and_perform(&mut app, &[Action::FocusEntities, Action::CycleKind]);
    let message = app.message.clone().unwrap();
    assert!(message.contains("for this session only"), "{message}");
    let ana = app.doc().entity_named("Ana Ruiz").unwrap();
    assert_eq!(
        app.doc().analysis.entities[ana].kind,
        EntityKind::Organization
    );
    step_and_perform(&mut app, &[Action::UndoCorrection]);
    assert_eq!(
        app.doc().analysis.entities[app.doc().entity_named("Ana Ruiz").unwrap()].kind,
        EntityKind::Person
    );
}

#[test]
fn a_file_that_cannot_be_opened_is_reported_and_the_reader_still_works() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, "x").unwrap();
    let (doc, notices) = Document::open(article("Talks", &TALKS), Some(&blocker.join("a.json")));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("will not be saved"), "{notices:?}");
    assert!(doc.store.is_none());
    let mut app = App::new(vec![doc], Keymap::defaults());
    step_and_perform(
        &mut app,
        &[
            Action::Resize {
                width: 100,
                height: 30,
            },
            Action::FocusEntities,
            Action::CycleKind,
        ],
    );
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("for this session only")
    );
}

#[test]
fn escape_sequences_typed_or_stored_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let sidecar = dir.path().join("talks.json");
    let mut app = app_with_sidecar(&sidecar);
    step(&mut app, &[Action::FocusEntities, Action::RenameEntity]);
    type_text(&mut app, "\u{202e}x");
    step_and_perform(&mut app, &[Action::PromptConfirm]);
    assert!(
        names(&app).contains(&"Ana Ruizx".to_owned()),
        "{:?}",
        names(&app)
    );
    let hostile = r#"{"format":"byline-annotations","version":1,"source":"test.txt","text_hash":"h","corrections":[{"id":"c-1","created":"2026-01-01T00:00:00Z","action":"rename","entity":"Boston","to":"Bos\u001b[2Jton"}]}"#;
    std::fs::write(&sidecar, hostile).unwrap();
    let again = app_with_sidecar(&sidecar);
    assert!(
        names(&again).contains(&"Boston".to_owned()),
        "{:?}",
        names(&again)
    );
    for cell in draw(&again).content() {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "{:?}",
            cell.symbol()
        );
    }
}
