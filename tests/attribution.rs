//! Quotation detection and speaker attribution, one test per pattern, on sentences written
//! for these tests.

use byline::analysis::{Analysis, QuoteKind, analyze};
use byline::document::{Article, Metadata};

struct Found {
    text: String,
    kind: QuoteKind,
    speaker: Option<String>,
    speaker_span: Option<String>,
    cue: Option<String>,
}

fn run(paragraphs: &[&str]) -> (Article, Analysis) {
    let article = Article::from_paragraphs("test", Metadata::default(), paragraphs.iter().copied());
    let analysis = analyze(&article);
    (article, analysis)
}

fn quotes(paragraphs: &[&str]) -> Vec<Found> {
    let (article, analysis) = run(paragraphs);
    analysis
        .quotes
        .iter()
        .map(|q| Found {
            text: article.text()[q.span.clone()].to_owned(),
            kind: q.kind,
            speaker: analysis.speaker_name(q).map(str::to_owned),
            speaker_span: q.speaker_span.clone().map(|s| article.text()[s].to_owned()),
            cue: q.cue.clone(),
        })
        .collect()
}

/// The quote whose text starts with `start`; the test fails, listing the quotes found, if none does.
fn quote_starting<'a>(found: &'a [Found], start: &str) -> &'a Found {
    found
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| {
            panic!(
                "no quote starting {start:?}: {:?}",
                found.iter().map(|q| &q.text).collect::<Vec<_>>()
            )
        })
}

/// The speaker of the quote whose text starts with `start`.
fn speaker_of(found: &[Found], start: &str) -> Option<String> {
    quote_starting(found, start).speaker.clone()
}

/// The words of the text naming the speaker of the quote whose text starts with `start`.
fn speaker_span_of<'a>(found: &'a [Found], start: &str) -> Option<&'a str> {
    quote_starting(found, start).speaker_span.as_deref()
}

/// The entities found in a two-line article under `byline`.
fn byline_entities(byline: &str) -> Vec<byline::analysis::Entity> {
    let meta = Metadata {
        byline: Some(byline.into()),
        ..Metadata::default()
    };
    let article = Article::from_paragraphs("test", meta, ["Sales rose.", "Nothing else."]);
    analyze(&article).entities
}

/// The kind of the entity called `name` among `entities`.
fn kind_named(entities: &[byline::analysis::Entity], name: &str) -> byline::analysis::EntityKind {
    entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} is not an entity"))
        .kind
}

fn one(paragraphs: &[&str]) -> Found {
    let mut found = quotes(paragraphs);
    assert_eq!(
        found.len(),
        1,
        "{:?}",
        found.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    found.remove(0)
}

// --- Detection -------------------------------------------------------------------------

#[test]
fn curly_and_straight_double_quotes() {
    let found =
        quotes(&["“Curly words here,” said Ana Ruiz. \"Straight words here,\" said Li Wen."]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].text, "Straight words here,");
}

#[test]
fn british_single_quotes_with_nested_doubles() {
    let q = one(&["‘My gran said “never sell the green”, and I agree,’ said Alan Mercer."]);
    assert_eq!(q.text, "My gran said “never sell the green”, and I agree,");
    assert_eq!(q.speaker.as_deref(), Some("Alan Mercer"));
}

#[test]
fn guillemets_and_german_marks() {
    let found = quotes(&["«Nous restons», a dit Claire Dubois. „Wir bleiben“, sagte Jonas Weber."]);
    assert_eq!(
        found.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["Nous restons", "Wir bleiben"]
    );
}

#[test]
fn apostrophes_are_never_quotes() {
    let found = quotes(&[
        "Ruiz’s union, the students’ union and the ’90s crowd don’t dance to rock ’n’ roll at ten o’clock.",
    ]);
    assert!(found.is_empty());
}

#[test]
fn a_quote_over_two_paragraphs_is_one_quote() {
    let found = quotes(&[
        "“The first thing we learned was patience,” said Priya Raman. “The second thing was arithmetic.",
        "“Nobody can argue with arithmetic,” she said.",
    ]);
    let long = found
        .iter()
        .find(|q| q.text.starts_with("The second"))
        .unwrap();
    assert_eq!(
        long.text,
        "The second thing was arithmetic.\n\n“Nobody can argue with arithmetic,"
    );
    assert_eq!(long.speaker.as_deref(), Some("Priya Raman"));
}

#[test]
fn a_stray_mark_does_not_swallow_the_article() {
    let found = quotes(&[
        "He opened “a quote and never closed it.",
        "Next paragraph, plain.",
        "“A real one,” said Ana Ruiz.",
    ]);
    assert!(found.iter().all(|q| !q.text.contains("Next paragraph")));
    assert_eq!(
        speaker_of(&found, "A real one").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn kinds_direct_partial_and_indirect() {
    let found = quotes(&[
        "Mayor Dana Whitcomb called the deal a “marriage of convenience” on Tuesday.",
        "“We will not sign it,” Whitcomb said.",
        "Luis Ortiz said the plan would fail within a year.",
    ]);
    assert_eq!(
        found
            .iter()
            .find(|q| q.text == "marriage of convenience")
            .unwrap()
            .kind,
        QuoteKind::Partial
    );
    assert_eq!(
        found
            .iter()
            .find(|q| q.text.starts_with("We will"))
            .unwrap()
            .kind,
        QuoteKind::Direct
    );
    let indirect = found
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .unwrap();
    assert_eq!(indirect.text, "the plan would fail within a year");
    assert_eq!(indirect.speaker.as_deref(), Some("Luis Ortiz"));
}

#[test]
fn scare_quotes_and_titles_are_partial_without_a_speaker() {
    let found = quotes(&[
        "The authority promised a so-called “automation dividend” in its report “Harbours in Transition,” published in May.",
    ]);
    assert_eq!(found.len(), 2);
    for q in &found {
        assert_eq!(q.kind, QuoteKind::Partial, "{}", q.text);
        assert_eq!(q.speaker, None, "{}", q.text);
    }
}

// --- Attribution patterns --------------------------------------------------------------

#[test]
fn quote_verb_speaker() {
    let q = one(&["“The cranes are old,” said Ana Ruiz."]);
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Ana Ruiz"), Some("said"))
    );
}

#[test]
fn quote_speaker_verb_uses_the_full_name() {
    let found = quotes(&[
        "Ana Ruiz leads the union.",
        "“The cranes are old,” Ruiz said.",
    ]);
    assert_eq!(found[0].speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(found[0].speaker_span.as_deref(), Some("Ruiz"));
}

#[test]
fn speaker_verb_colon_quote() {
    let q = one(&["Luis Ortiz said: “We cannot wait any longer.”"]);
    assert_eq!(q.speaker.as_deref(), Some("Luis Ortiz"));
}

#[test]
fn speaker_told_reporters_quote() {
    let q = one(&["Dana Whitcomb told reporters, “I want the cranes fixed.”"]);
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Dana Whitcomb"), Some("told"))
    );
}

#[test]
fn appositive_role_between_name_and_verb() {
    let q = one(&[
        "“Tariffs are a blunt tool,” Ana Ruiz, a trade economist at Halden University, told the Tribune.",
    ]);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn title_before_the_name_is_not_part_of_it() {
    let q = one(&["Foreign Ministry Spokesperson Li Wen said: “The port belongs to Tavaro.”"]);
    assert_eq!(q.speaker.as_deref(), Some("Li Wen"));
}

#[test]
fn according_to() {
    let q = one(&["“Two of them should have been retired,” according to Ana Ruiz."]);
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Ana Ruiz"), Some("according to"))
    );
}

#[test]
fn other_speech_verbs() {
    for verb in ["wrote", "argued", "warned", "insisted", "claimed"] {
        let sentence = format!("“This cannot go on,” Harold Pruitt {verb}.");
        let q = one(&[&sentence]);
        assert_eq!(q.speaker.as_deref(), Some("Harold Pruitt"), "{verb}");
        assert_eq!(q.cue.as_deref(), Some(verb));
    }
}

#[test]
fn hailed_and_dismissed_as() {
    let found = quotes(&[
        "The Global Times hailed the agreement as “a model of partnership.”",
        "Karen Holloway dismissed the report as “pure theatre.”",
    ]);
    assert_eq!(
        speaker_of(&found, "a model").as_deref(),
        Some("Global Times")
    );
    assert_eq!(
        speaker_of(&found, "pure theatre").as_deref(),
        Some("Karen Holloway")
    );
}

#[test]
fn partial_quote_speaker_is_the_subject_of_the_clause() {
    let q = one(&[
        "President Amara Osei outlined a partnership that “will not be shaken by storms” and left.",
    ]);
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(q.speaker.as_deref(), Some("Amara Osei"));
}

#[test]
fn pronouns_resolve_to_the_most_recent_compatible_person() {
    let found = quotes(&[
        "Maria Keller has operated cranes for nineteen years. Her colleague Tom Keller runs the yard.",
        "“The brakes failed twice,” she said.",
        "“We fixed them the same day,” he replied.",
    ]);
    assert_eq!(
        speaker_of(&found, "The brakes").as_deref(),
        Some("Maria Keller")
    );
    assert_eq!(
        speaker_of(&found, "We fixed").as_deref(),
        Some("Tom Keller")
    );
}

#[test]
fn the_professor_resolves_to_the_named_professor() {
    let found = quotes(&[
        "Professor Henrik Dahl has studied ports for twenty years.",
        "“Small states play the big ones against each other,” the professor said.",
    ]);
    assert_eq!(found[0].speaker.as_deref(), Some("Henrik Dahl"));
    assert_eq!(found[0].speaker_span.as_deref(), Some("the professor"));
}

#[test]
fn a_spokesperson_of_an_organisation_speaks_for_it() {
    let q = one(&["“We are in contact with all parties,” a White House spokesperson said."]);
    assert_eq!(q.speaker.as_deref(), Some("White House"));
}

#[test]
fn continuation_in_the_same_paragraph() {
    let found = quotes(&["“We are not going back,” said Ana Ruiz. “Not next month. Not ever.”"]);
    assert_eq!(
        speaker_of(&found, "Not next month").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn continuation_in_a_paragraph_that_is_only_a_quote() {
    let found = quotes(&[
        "“Last winter a brake failed,” Maria Keller said.",
        "“Nobody was hurt. That was luck, not management.”",
    ]);
    assert_eq!(
        speaker_of(&found, "Nobody was hurt").as_deref(),
        Some("Maria Keller")
    );
}

#[test]
fn he_added_before_the_quote() {
    let found = quotes(&[
        "“We want this settled,” said Tom Keller.",
        "He added, “Every day costs money.”",
    ]);
    assert_eq!(
        speaker_of(&found, "Every day").as_deref(),
        Some("Tom Keller")
    );
}

#[test]
fn organisations_and_places_speak() {
    let found = quotes(&[
        "“Our members will meet at any hour,” the Atlantic Longshore Federation said in a statement.",
        "The ministry said it was “monitoring the situation.” The Ministry of Foreign Affairs met on Monday.",
        "Beijing said the port would be used for commercial shipping only.",
    ]);
    assert_eq!(
        speaker_of(&found, "Our members").as_deref(),
        Some("Atlantic Longshore Federation")
    );
    assert_eq!(
        speaker_of(&found, "the port would").as_deref(),
        Some("Beijing")
    );
}

#[test]
fn no_defensible_speaker_stays_unattributed() {
    let found = quotes(&["The crowd outside chanted “Safe cranes now” until dusk."]);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn two_people_with_one_surname_are_kept_apart() {
    let (_, analysis) = run(&[
        "“The cranes are unsafe,” said Maria Keller.",
        "“The cranes are inspected often,” said Tom Keller, who is not related to her.",
    ]);
    let speakers: Vec<&str> = analysis
        .quotes
        .iter()
        .filter_map(|q| analysis.speaker_name(q))
        .collect();
    assert_eq!(speakers, ["Maria Keller", "Tom Keller"]);
}

#[test]
fn dialogue_turns_alternate_between_two_speakers() {
    let found = quotes(&[
        "“Are you coming to the meeting?” asked Ana Ruiz.",
        "“Only if the cranes are on the agenda,” said Tom Keller.",
        "“They are the whole agenda.”",
        "“Then I will come.”",
        "“Good. Bring the inspection report.”",
    ]);
    assert_eq!(
        speaker_of(&found, "They are the whole").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(&found, "Then I will").as_deref(),
        Some("Tom Keller")
    );
    assert_eq!(
        speaker_of(&found, "Good. Bring").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn an_interrupted_quotation_resumes_with_its_speaker() {
    let found = quotes(&[
        "“The tide is turning,” said Ana Ruiz; “we sail within the hour.”",
        "“Not tonight,” answered Tom Keller, “the harbour master has closed the port.”",
    ]);
    let second = found
        .iter()
        .find(|q| q.text.starts_with("we sail"))
        .expect("the second half is a quote");
    assert_eq!(second.kind, QuoteKind::Direct);
    assert_eq!(second.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        speaker_of(&found, "the harbour master").as_deref(),
        Some("Tom Keller")
    );
}

#[test]
fn an_honorific_in_the_interruption_does_not_end_it() {
    let found = quotes(&["“So have I,” said Mr. Keller; “and I am glad to hear it.”"]);
    let second = found
        .iter()
        .find(|q| q.text.starts_with("and I am glad"))
        .expect("the second half is a quote");
    assert_eq!(second.kind, QuoteKind::Direct);
    assert_eq!(second.speaker.as_deref(), Some("Mr. Keller"));
}

#[test]
fn a_resumed_quotation_ignores_a_report_that_follows_it() {
    let found = quotes(&[
        "“My dear Tom Keller,” said Ana Ruiz, “have you heard the port is closed?” Tom Keller replied that he had not.",
    ]);
    assert_eq!(
        speaker_of(&found, "have you heard").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn the_person_called_by_name_answers_later_in_the_conversation() {
    let found = quotes(&[
        "Rain fell on the harbour all morning.",
        "“My dear Quillon,” said Ana Ruiz, “have you heard the news?”",
        "“What news?”",
        "“The port is closed.”",
        "“Closed!”",
        "“Since dawn.”",
    ]);
    assert_eq!(speaker_of(&found, "What news").as_deref(), Some("Quillon"));
    assert_eq!(speaker_of(&found, "The port").as_deref(), Some("Ana Ruiz"));
    assert_eq!(speaker_of(&found, "Closed").as_deref(), Some("Quillon"));
}

#[test]
fn a_name_given_as_an_answer_does_not_take_the_next_turn() {
    let found = quotes(&[
        "“Who has taken the house?” asked Tom Keller.",
        "“Quillon,” said Ana Ruiz.",
        "“Is he married?”",
        "“Quillon.”",
        "“Is he married, I asked?”",
        "“He is not.”",
    ]);
    assert_eq!(speaker_of(&found, "Quillon.").as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        speaker_of(&found, "Is he married, I").as_deref(),
        Some("Tom Keller")
    );
}

#[test]
fn an_action_after_a_full_stop_is_not_an_attribution() {
    let found = quotes(&[
        "Tom Keller leaned on the rail of the ferry.",
        "“The crossing will be rough tonight, so hold on to something.” Ana Ruiz smiled.",
        "“It will be over soon,” Tom Keller said. “The captain knows the channel.” Ana Ruiz said nothing.",
    ]);
    assert_ne!(
        speaker_of(&found, "The crossing").as_deref(),
        Some("Ana Ruiz")
    );
    let found = quotes(&["“The crossing will be rough.” Ana Ruiz said."]);
    assert_eq!(
        speaker_of(&found, "The crossing").as_deref(),
        Some("Ana Ruiz")
    );
    let found = quotes(&["“The crossing will be rough,” Ana Ruiz smiled."]);
    assert_eq!(
        speaker_of(&found, "The crossing").as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn an_attribution_ending_in_a_colon_introduces_the_next_quote() {
    let found = quotes(&[
        "Ana Ruiz rose to her feet, exclaiming: “Oh, it is Tom Keller! How lovely!” Maria Keller said, with more restraint: “How do you do, Tom?”",
    ]);
    assert_eq!(speaker_of(&found, "Oh, it is").as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        speaker_of(&found, "How do you do").as_deref(),
        Some("Maria Keller")
    );
}

#[test]
fn a_spokesman_for_an_organisation_speaks_for_it() {
    let found = quotes(&[
        "Brightwater Terminals runs the container yard under a lease.",
        "“Our cranes are inspected more often than the law requires,” a spokesman for Brightwater Terminals said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Our cranes").as_deref(),
        Some("Brightwater Terminals")
    );
}

#[test]
fn a_partial_quote_takes_the_subject_right_before_its_verb() {
    let found = quotes(&[
        "Mayor Ana Ruiz thanked the harbour board for what she called its “patience and respect.”",
        "Halden’s port director Tom Keller called the deal “a model for the coast.”",
    ]);
    assert_eq!(speaker_of(&found, "patience").as_deref(), Some("Ana Ruiz"));
    assert_eq!(speaker_of(&found, "a model").as_deref(), Some("Tom Keller"));
}

#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_next_quote() {
    let found = quotes(&[
        "The letter reached the council on Friday. Its author, retired pilot Maria Keller, wrote:",
        "“This harbour raised half the families in this town and deserves better than a car park.”",
    ]);
    assert_eq!(
        speaker_of(&found, "This harbour").as_deref(),
        Some("Maria Keller")
    );
}

#[test]
fn the_union_is_the_federation_named_long_before() {
    let found = quotes(&[
        "Members of the Atlantic Longshore Federation walked out at dawn.",
        "The walkout closed four berths.",
        "Brightwater Terminals said its cranes were safe.",
        "Shipping lines diverted two vessels to Portland.",
        "Store owners said shelves could thin within weeks.",
        "The union said in a statement, “Our members will meet at any hour.”",
    ]);
    assert_eq!(
        speaker_of(&found, "Our members").as_deref(),
        Some("Atlantic Longshore Federation")
    );
}

#[test]
fn a_partial_quote_belongs_to_the_speaker_not_to_a_place_before_it() {
    let found = quotes(&[
        "In Calder, Housing Minister Ruth Ambler said the government was “looking at every option” for the estate.",
    ]);
    assert_eq!(
        speaker_of(&found, "looking at every option"),
        Some("Ruth Ambler".to_owned())
    );
}

#[test]
fn a_partial_quote_after_a_possessor_and_a_role_belongs_to_the_name_in_apposition() {
    let found = quotes(&[
        "Norland’s minister of fisheries, Edda Solberg, accused the fleet of “emptying the fjord” on Monday.",
    ]);
    assert_eq!(
        speaker_of(&found, "emptying the fjord"),
        Some("Edda Solberg".to_owned())
    );
}

#[test]
fn the_subject_of_a_cue_may_stand_far_back_behind_an_appositive() {
    let found = quotes(&[
        "Oskar Lindqvist, the dockers’ union’s regional organiser, told reporters outside the port authority offices, “We will not load a single ship.”",
    ]);
    assert_eq!(
        speaker_of(&found, "We will not load"),
        Some("Oskar Lindqvist".to_owned())
    );
}

#[test]
fn an_anonymous_source_has_no_speaker() {
    let found = quotes(&[
        "Ana Ruiz flew to Corvask on Monday.",
        "An official in Corvask, who asked not to be named, said: “Nobody wants to go first.”",
    ]);
    assert_eq!(speaker_of(&found, "Nobody wants"), None);
}

#[test]
fn the_spokesperson_after_a_spokesperson_for_a_body_speaks_for_it() {
    let found = quotes(&[
        "The dam is run by Voltrane. A spokesperson for Voltrane said the firm followed the rules.",
        "“We cannot release water we do not have,” the spokesperson added.",
    ]);
    assert_eq!(
        speaker_of(&found, "We cannot release"),
        Some("Voltrane".to_owned())
    );
}

#[test]
fn a_place_opening_the_sentence_before_a_pronoun_cue_is_not_its_subject() {
    let found = quotes(&[
        "Minister Emil Vasko said the dams were full.",
        "Arman Sedrak farms near Nareth. He said the canal was empty.",
        "Back in Nareth, Sedrak has sold his cattle. “If they bring rain, I will go,” he said.",
    ]);
    assert_eq!(
        speaker_of(&found, "If they bring rain"),
        Some("Arman Sedrak".to_owned())
    );
}

#[test]
fn a_title_with_a_number_after_a_work_noun_further_back_is_partial() {
    let found = quotes(&[
        "The plan rests on a report commissioned by the council last year, “Lifeline or Luxury? Island Crossings to 2035,” which Ana Ruiz wrote.",
    ]);
    let title = found
        .iter()
        .find(|q| q.text.starts_with("Lifeline"))
        .unwrap();
    assert_eq!(title.kind, QuoteKind::Partial);
    assert_eq!(title.speaker, None);
}

#[test]
fn a_spokesperson_for_the_board_speaks_for_the_board_named_earlier() {
    let found = quotes(&[
        "The National Medicines Board will review the trial run by Veyra Biologics.",
        "A spokesperson for the board said it would “examine the full data” in time.",
    ]);
    assert_eq!(
        speaker_of(&found, "examine the full data"),
        Some("National Medicines Board".to_owned())
    );
}

#[test]
fn a_given_name_before_a_place_word_who_reports_speech_is_a_person() {
    let (_, analysis) = run(&["Martin Hill said the race would go ahead. Hill was sure."]);
    let hill = analysis
        .entities
        .iter()
        .find(|e| e.name == "Martin Hill")
        .expect("Martin Hill is an entity");
    assert_eq!(hill.kind, byline::analysis::EntityKind::Person);
    let (_, analysis) = run(&["They walked down Victoria Park to the river."]);
    assert_eq!(
        analysis.entities[0].kind,
        byline::analysis::EntityKind::Place
    );
}

#[test]
fn coordinated_reported_clauses_are_separate_quotes_each_with_its_verb() {
    let found = quotes(&[
        "Gwen Aldous told reporters that the reserves had fallen by a third and argued that the hubs would open longer.",
        "Ruth Castellano said monitoring had spread quickly but that few firms had resisted it.",
    ]);
    let texts: Vec<(&str, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "the reserves had fallen by a third",
                Some("Gwen Aldous"),
                Some("told")
            ),
            (
                "the hubs would open longer",
                Some("Gwen Aldous"),
                Some("argued")
            ),
            (
                "monitoring had spread quickly",
                Some("Ruth Castellano"),
                Some("said")
            ),
            (
                "few firms had resisted it",
                Some("Ruth Castellano"),
                Some("said")
            ),
        ]
    );
}

#[test]
fn reported_speech_in_a_relative_clause_after_a_name_and_its_role() {
    let found = one(&[
        "The figures echo Janet Crewe, the council’s director of finance, who warned councillors in February that the city would run out of money.",
    ]);
    assert_eq!(found.text, "the city would run out of money");
    assert_eq!(found.speaker.as_deref(), Some("Janet Crewe"));
    assert_eq!(found.cue.as_deref(), Some("warned"));
}

#[test]
fn a_name_after_lowercase_words_in_apposition_to_a_possessor_is_the_subject() {
    let found = one(&[
        "Pickers at Kestrel walked out.",
        "Kestrel’s largest customer, the grocery delivery app Parcelbee, said on Thursday that it had moved some orders elsewhere.",
    ]);
    assert_eq!(found.text, "it had moved some orders elsewhere");
    assert_eq!(found.speaker.as_deref(), Some("Parcelbee"));
}

#[test]
fn a_role_appositive_between_the_subject_and_a_coordinated_speech_verb() {
    let found = one(&[
        "Bernard Fosse, a businessman standing for the Ratepayers’ Alliance, toured the branch on Saturday and said the city could keep every library open.",
    ]);
    assert_eq!(found.text, "the city could keep every library open");
    assert_eq!(found.speaker.as_deref(), Some("Bernard Fosse"));
}

#[test]
fn a_participle_or_a_second_verb_with_a_bare_clause_opens_a_second_reported_clause() {
    let found = quotes(&[
        "Tom Reinholt conceded the building needed major repairs but said the city was moving too fast.",
        "Beth Sandoval said the county had not been asked, adding that a new signal could not be installed before 2027.",
    ]);
    let texts: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|q| (q.text.as_str(), q.cue.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            ("the building needed major repairs", Some("conceded")),
            ("the city was moving too fast", Some("said")),
            ("the county had not been asked", Some("said")),
            (
                "a new signal could not be installed before 2027",
                Some("adding")
            ),
        ]
    );
}

#[test]
fn a_which_clause_and_a_long_adverbial_before_that() {
    let found = one(&[
        "Tallis Point Capital, which owns 4.1% of Vessant, said in a letter to the company's board on Monday that the offer undervalued its assets.",
    ]);
    assert_eq!(found.text, "the offer undervalued its assets");
    assert_eq!(found.speaker.as_deref(), Some("Tallis Point Capital"));
}

#[test]
fn the_person_after_an_organisation_and_a_title_or_role_is_the_subject() {
    let found = quotes(&[
        "IMC spokesman Tomasz Brenner said the envoy would meet each delegation.",
        "UPPW General Secretary Colm Fennessy cautioned that as many as 1,200 jobs could be lost.",
        "Harlow County Commissioner Beth Sandoval said the county had not been asked.",
    ]);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Tomasz Brenner"),
            Some("Colm Fennessy"),
            Some("Beth Sandoval")
        ]
    );
    let (_, analysis) = run(&["Harlow County Commissioner Beth Sandoval spoke."]);
    let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Harlow County", "Beth Sandoval"]);
    let (_, analysis) = run(&["Battalion Chief Dana Ortiz spoke."]);
    let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Dana Ortiz"]);
}

#[test]
fn a_name_after_a_straight_closing_mark_or_opening_a_sentence_before_a_speech_verb() {
    let found = quotes(&[
        "Lin Meihua is a senior fellow at the Halvorsen Centre.",
        "\"The lists are not about prisoners,\" Lin said. \"Each side needs a win.\"",
        "Okafor said the talks would resume on Monday.",
    ]);
    let speakers: Vec<Option<&str>> = found.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Lin Meihua"), Some("Lin Meihua"), Some("Okafor")]
    );
    assert_eq!(found[0].speaker_span.as_deref(), Some("Lin"));
    // A plural role noun opening a sentence is no name.
    assert!(quotes(&["Pickers said the targets were too high."]).is_empty());
}

#[test]
fn a_description_finds_the_person_whose_appositive_gave_that_role() {
    let found = quotes(&[
        "The council has sent its special envoy, Ahn Seo-jin, to the talks.",
        "Talks went on all night in the capital.",
        "\"We are close to that moment now,\" the envoy said.",
    ]);
    assert_eq!(found[0].speaker.as_deref(), Some("Ahn Seo-jin"));
    assert_eq!(found[0].speaker_span.as_deref(), Some("the envoy"));
}

#[test]
fn a_pronoun_prefers_a_named_person_close_by_to_an_unnamed_description_further_back() {
    let found = quotes(&[
        "A woman, a mother of four from the same town, has not heard from her son.",
        "Lin Meihua, a senior fellow at the Halvorsen Centre, said the quarrel stood for a deeper question.",
        "She predicted that any truce would be fragile in its first weeks.",
    ]);
    let last = found.last().expect("the reported clause");
    assert_eq!(last.text, "any truce would be fragile in its first weeks");
    assert_eq!(last.speaker.as_deref(), Some("Lin Meihua"));
}

#[test]
fn a_quotation_after_a_colon_belongs_to_the_named_subject_of_its_sentence() {
    let found = quotes(&[
        "Prosecutor Marcus Feld asked for the maximum.",
        "Feld put it bluntly in his closing remarks: “This was not one bad decision.”",
        "Farah Qureshi, the regulator’s chief inspector, was careful not to take sides: “Our job is to establish the facts.”",
        "The report was blunt: “Nothing works.”",
    ]);
    assert_eq!(speaker_of(&found, "This was"), Some("Marcus Feld".into()));
    assert_eq!(
        found[0].cue.as_deref(),
        Some("put it bluntly in his closing remarks")
    );
    assert_eq!(speaker_of(&found, "Our job"), Some("Farah Qureshi".into()));
    assert_eq!(
        found[1].cue.as_deref(),
        Some("was careful not to take sides")
    );
    assert_eq!(speaker_of(&found, "Nothing works"), None);
}

#[test]
fn a_post_posed_attribution_may_end_with_a_short_phrase_and_a_subject_may_follow_a_dateline() {
    let found = quotes(&[
        "VELMONT, June 9 (Tidewire) - Harlow Group said on Monday it had agreed to buy a rival.",
        "Shareholders will receive $38.50 per share in cash and stock, Harlow Group said in a statement.",
        "In the Ain Dafla camp, about 40 km (25 miles) north of the front line, the Commission for Displaced Persons said it had flour for nine days.",
    ]);
    let texts: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            ("it had agreed to buy a rival", Some("Harlow Group")),
            (
                "Shareholders will receive $38.50 per share in cash and stock",
                Some("Harlow Group")
            ),
            (
                "it had flour for nine days",
                Some("Commission for Displaced Persons")
            ),
        ]
    );
}

#[test]
fn a_role_of_unknown_gender_is_the_named_subject_just_before() {
    let found = quotes(&[
        "Wrenford captain Jordan Mbeki-Ross conceded the penalty.",
        "Mbeki-Ross, 29, was more measured. “It's a contact sport,” the defender said.",
    ]);
    assert_eq!(
        speaker_of(&found, "It's a contact"),
        Some("Jordan Mbeki-Ross".into())
    );
}

#[test]
fn the_hospital_is_a_medical_center_named_before() {
    let found = quotes(&[
        "Nurses at the Tolan Valley Regional Medical Center worked double shifts.",
        "A spokeswoman for the hospital cautioned that the figures had not been reviewed.",
    ]);
    assert_eq!(
        speaker_of(&found, "the figures"),
        Some("Tolan Valley Regional Medical Center".into())
    );
}

#[test]
fn the_person_after_a_body_and_a_role_speaks_a_partial_quote() {
    let found = one(&[
        "Wrenford United manager Alasdair Kinnear says he is ‘lost for words’ after the defeat.",
    ]);
    assert_eq!(found.kind, QuoteKind::Partial);
    assert_eq!(found.speaker.as_deref(), Some("Alasdair Kinnear"));
}

#[test]
fn a_first_surname_in_the_middle_of_a_name_is_an_alias() {
    let found = quotes(&[
        "Valmoran Foreign Minister Inés Carvajal Ibáñez arrived on Friday.",
        "Carvajal said the two sides had narrowed their differences.",
    ]);
    assert_eq!(found[0].speaker.as_deref(), Some("Inés Carvajal Ibáñez"));
}

#[test]
fn a_pronoun_opening_the_paragraph_after_quotations_reports_the_speaker_last_heard() {
    let found = quotes(&[
        "Hannah Ilves, who founded the campaign, said she would keep fighting.",
        "Dr. Ottilie Brandt, who teaches politics at the university, said the race was close.",
        "“Incumbents usually survive,” Brandt said. “Libraries are different.”",
        "She warned that a split opposition could still hand the mayor a third term.",
    ]);
    assert_eq!(
        speaker_of(&found, "a split opposition"),
        Some("Ottilie Brandt".into())
    );
}

#[test]
fn an_anonymous_source_keeps_its_later_quotes_unattributed() {
    let found = quotes(&[
        "Delia Moreno leads the union. “Scrap the targets,” she said.",
        "One picker, who asked not to be named because she feared losing her job, said her scanner had flagged her for “idle time.” Both times, she said, she had been on a break.",
        "“You come back and there’s a red light on your screen,” she said. “They say it’s a planning tool.”",
        "Ian Strachan, the manager, disagreed. “Every figure has been in front of the board,” he said.",
    ]);
    assert_eq!(speaker_of(&found, "Scrap"), Some("Delia Moreno".into()));
    assert_eq!(speaker_of(&found, "idle time"), None);
    assert_eq!(speaker_of(&found, "You come back"), None);
    assert_eq!(speaker_of(&found, "They say"), None);
    assert_eq!(
        speaker_of(&found, "Every figure"),
        Some("Ian Strachan".into())
    );
    let (_, analysis) =
        run(&["One picker, who asked not to be named, said the targets were too high."]);
    assert!(
        analysis
            .entities
            .iter()
            .all(|e| !e.name.contains("anonymous"))
    );
}

#[test]
fn an_anonymous_source_named_again_by_its_noun_stays_unattributed() {
    let found = quotes(&[
        "Tomas Brenn founded the company. “We will fly again,” Brenn said.",
        "One engineer at the site, who asked not to be named, said the countdown had stalled twice. “There were people who wanted another day,” the engineer said.",
        "Two people familiar with the matter said a sale was likely.",
        "“It is a question of how much,” one of the people said.",
    ]);
    assert_eq!(
        speaker_of(&found, "We will fly"),
        Some("Tomas Brenn".into())
    );
    assert_eq!(speaker_of(&found, "There were people"), None);
    assert_eq!(speaker_of(&found, "It is a question"), None);
    let (_, analysis) = run(&[
        "A Sarnethi official, who spoke on condition of anonymity, said the offer came late.",
        "“Nobody signs at that hour,” the official said.",
    ]);
    assert!(analysis.entities.iter().all(|e| e.name != "the official"));
    // Neither the reported clause nor the quote is credited to anyone ("Sarnethi" included).
    assert!(analysis.quotes.iter().all(|q| q.speaker.is_none()));
}

#[test]
fn the_noun_of_a_named_person_is_not_an_earlier_anonymous_source() {
    let found = quotes(&[
        "An engineer, who asked not to be named, said the valves had leaked.",
        "Priya Sandoval, the chief engineer, spoke next.",
        "“The valves passed every test,” the engineer said.",
    ]);
    assert_eq!(
        speaker_of(&found, "The valves passed"),
        Some("Priya Sandoval".into())
    );
}

#[test]
fn police_ranks_and_a_role_opening_the_sentence_are_titles() {
    let found = quotes(&[
        "Detectives led by Claire Mowbray met on Monday.",
        "DI Mowbray added that enquiries were continuing.",
        "Owner Derek Pallister, 61, said thieves had smashed through a rear door.",
    ]);
    assert_eq!(
        speaker_of(&found, "enquiries"),
        Some("Claire Mowbray".into())
    );
    assert_eq!(
        speaker_of(&found, "thieves"),
        Some("Derek Pallister".into())
    );
}

#[test]
fn a_quoted_title_before_a_year_in_brackets_is_no_ones_words() {
    let found = quotes(&[
        "Marguerite Vance made six albums for the label, among them “Night Tram to Corliss” (1963).",
    ]);
    assert_eq!(found[0].kind, QuoteKind::Partial);
    assert_eq!(found[0].speaker, None);
}

#[test]
fn a_relative_clause_may_report_a_bare_clause() {
    let found = one(&[
        "Her death was confirmed by her daughter, Celeste Amara, who said the cause was heart failure.",
    ]);
    assert_eq!(found.text, "the cause was heart failure");
    assert_eq!(found.speaker.as_deref(), Some("Celeste Amara"));
}

#[test]
fn reported_speech_before_a_quotation_that_a_colon_or_that_introduces() {
    let found = quotes(&[
        "Tomas Brenneke leads the launch company.",
        "Anton Feher runs the bar. “It was loud,” Feher said. He joked that the village had finally made the news: “At least now everyone knows.”",
        "Radomir Vass spoke later. “It is a bad day,” Vass said. He added that the cabinet would meet on Thursday, but warned that “nothing is free.”",
    ]);
    let texts: Vec<(&str, QuoteKind, Option<&str>)> = found
        .iter()
        .map(|q| (q.text.as_str(), q.kind, q.speaker.as_deref()))
        .collect();
    assert!(texts.contains(&(
        "the village had finally made the news",
        QuoteKind::Indirect,
        Some("Anton Feher")
    )));
    assert!(texts.contains(&(
        "the cabinet would meet on Thursday",
        QuoteKind::Indirect,
        Some("Radomir Vass")
    )));
    assert!(texts.contains(&("nothing is free.", QuoteKind::Partial, Some("Radomir Vass"))));
}

#[test]
fn the_company_is_no_agency_named_since() {
    let found = quotes(&[
        "Halvard Dynamics built the rocket for the Tervenian Space Agency, which paid for it.",
        "After the launch, the company said it had lost contact with the second stage.",
        "A neighbour, who did not want to be named, said the blast shook windows. “It was terrifying,” she said.",
    ]);
    assert_eq!(
        speaker_of(&found, "it had lost"),
        Some("Halvard Dynamics".into())
    );
    assert_eq!(speaker_of(&found, "It was terrifying"), None);
}

#[test]
fn a_partial_quote_goes_to_the_name_in_apposition_to_a_description() {
    let found = one(&[
        "The parish council met on Monday. Its chairman, Roger Eddington, said that was ‘too little, too late’.",
    ]);
    assert_eq!(found.kind, QuoteKind::Partial);
    assert_eq!(found.speaker.as_deref(), Some("Roger Eddington"));
}

#[test]
fn has_long_argued_reports_speech() {
    let found = one(&["Ana Ruiz has long argued that the port should be sold."]);
    assert_eq!(found.text, "the port should be sold");
    assert_eq!(found.cue.as_deref(), Some("argued"));
}

#[test]
fn a_name_in_apposition_after_the_quote_and_the_author_of_a_statement() {
    let found = quotes(&[
        "Maria Okafor leads the union.",
        "“It’s a disgrace,” one resident, Paul Mendes, told the Herald.",
        "“There is no plan,” according to a statement from the Halden Port Authority.",
    ]);
    assert_eq!(speaker_of(&found, "It’s a"), Some("Paul Mendes".into()));
    assert_eq!(
        speaker_of(&found, "There is no plan"),
        Some("Halden Port Authority".into())
    );
}

#[test]
fn a_profession_from_the_appositive_names_its_speaker_and_later_pronouns() {
    let found = quotes(&[
        "Professor Wren Attah, a neurologist at Dunmore University, praised the study.",
        "“It is careful work,” the neurologist said.",
        "Untangling those effects would take years, she said.",
    ]);
    assert_eq!(
        speaker_of(&found, "It is careful").as_deref(),
        Some("Wren Attah")
    );
    assert_eq!(
        speaker_of(&found, "Untangling").as_deref(),
        Some("Wren Attah")
    );
}

#[test]
fn an_everyday_abbreviation_is_no_speaker_and_a_role_noun_finds_the_person() {
    let found = quotes(&[
        "Farah Linde has arrived at the count.",
        "The independent, who has worked as a GP in Ostley since 2003, said the hospital had been closed “without a single public meeting.”",
    ]);
    assert_eq!(
        speaker_of(&found, "without a single").as_deref(),
        Some("Farah Linde")
    );
}

#[test]
fn a_pronoun_in_a_relative_clause_is_the_subject_of_its_sentence() {
    let found = quotes(&[
        "Gemma Lowry and Farida Oduya spoke at the count.",
        "In her victory speech, Lowry paid tribute to Oduya, who she said had “reminded every one of us what this campaign was about.”",
        "“I will serve everyone,” she said.",
    ]);
    assert_eq!(
        speaker_of(&found, "reminded every").as_deref(),
        Some("Gemma Lowry")
    );
    assert_eq!(
        speaker_of(&found, "I will serve").as_deref(),
        Some("Gemma Lowry")
    );
}

#[test]
fn a_later_fragment_in_the_sentence_keeps_the_speaker_but_a_title_does_not() {
    let found = quotes(&[
        "Asked about the post, Tom Keller said he had “enormous respect” for Ana Ruiz and would not “relitigate old arguments in public.”",
        "Ana Ruiz said she backed the “Clean Harbour Act” and the “Green Quays Plan” alike.",
    ]);
    assert_eq!(
        speaker_of(&found, "relitigate").as_deref(),
        Some("Tom Keller")
    );
    assert_eq!(speaker_of(&found, "Green Quays"), None);
}

#[test]
fn a_job_in_the_byline_describes_its_author_and_is_no_person() {
    let meta = Metadata {
        byline: Some("By Kofi Adjei, Technology Reporter".into()),
        ..Metadata::default()
    };
    let article = Article::from_paragraphs("test", meta, ["Sales rose.", "Nothing else."]);
    let analysis = analyze(&article);
    let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Kofi Adjei"]);
    assert_eq!(
        analysis.entities[0].description.as_deref(),
        Some("Technology Reporter, author of the article")
    );
}

#[test]
fn a_pronoun_cue_is_never_the_person_the_quote_calls_by_name() {
    let found = quotes(&[
        "Curtis Waring came in, and Florence Lind looked up.",
        "“How can you speak so, Curtis?” she exclaimed.",
    ]);
    assert_eq!(
        speaker_of(&found, "How can you").as_deref(),
        Some("Florence Lind")
    );
    // With no other man about, "he" stays unattributed rather than Tom.
    let found = quotes(&[
        "Tom Keller and Ana Ruiz sat by the fire.",
        "“Tom, pass the salt,” he said.",
    ]);
    assert_eq!(speaker_of(&found, "Tom, pass"), None);
}

#[test]
fn a_compact_speaks_through_the_compact_and_a_superintendent_by_role() {
    let found = quotes(&[
        "Ministers of the Southern Seas Trade Compact met on Friday.",
        "“We recognise the urgency,” the compact said.",
        "Detective Superintendent Alison Brereton spoke to reporters.",
        "The last signal was ‘a single ping, at about ten past two’, according to the superintendent.",
    ]);
    assert_eq!(
        speaker_of(&found, "We recognise").as_deref(),
        Some("Southern Seas Trade Compact")
    );
    assert_eq!(
        speaker_of(&found, "a single ping").as_deref(),
        Some("Alison Brereton")
    );
}

#[test]
fn a_role_that_stands_for_the_person_just_heard_reports_speech() {
    let found = quotes(&[
        "“Small countries,” said Ambassador Nadia Qorvash of Dravonia, “are always told to be patient.”",
        "The delegate added that Dravonia would push for a binding dispute panel next year.",
    ]);
    let reported = found
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("the delegate's clause is reported speech");
    assert!(reported.text.starts_with("Dravonia would push"));
    assert_eq!(reported.speaker.as_deref(), Some("Nadia Qorvash"));
}

#[test]
fn a_pronoun_opening_the_paragraph_after_a_quotation_is_its_speaker() {
    let found = quotes(&[
        "Esteban Roiz chaired the talks. Anatol Brezina spoke for Ombrea.",
        "“Our fishermen have waited eight years,” Brezina said.",
        "He vowed his government would keep its trawlers off the shelf, but said that patience “should not be mistaken for agreement.”",
    ]);
    assert_eq!(
        speaker_of(&found, "should not be").as_deref(),
        Some("Anatol Brezina")
    );
}

#[test]
fn a_named_subject_after_an_introductory_phrase_is_the_next_pronoun() {
    let found = quotes(&[
        "Odile Marchbank closed the summit.",
        "Outside the conference centre, Leilani Fordyce, policy director of the Blue Margin Alliance, called the communiqué “a press release with flags on it.”",
        "“Cod are at a third of their old level,” she said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Cod are").as_deref(),
        Some("Leilani Fordyce")
    );
}

#[test]
fn letters_after_a_name_are_not_part_of_it() {
    let (_, analysis) = run(&[
        "Sarah Oyelaran KC, prosecuting, told the jury that the ties had gone.",
        "‘This was not an accident,’ Ms Oyelaran said.",
        "Sanjay Whitlock MP said the site should close.",
    ]);
    let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Sarah Oyelaran"), "{names:?}");
    assert!(names.contains(&"Sanjay Whitlock"), "{names:?}");
    assert!(!names.iter().any(|n| n.ends_with("KC") || n.ends_with("MP")));
    assert!(
        analysis
            .quotes
            .iter()
            .all(|q| analysis.speaker_name(q).is_some())
    );
}

#[test]
fn a_participle_opening_the_sentence_is_not_part_of_a_name() {
    let found = quotes(&[
        "The sentencing hearing lasted two days.",
        "Sentencing Kilbride on Friday, Judge Ruth Pelham said he had ‘gambled with a life’.",
    ]);
    assert_eq!(
        speaker_of(&found, "gambled"),
        Some("Ruth Pelham".to_owned())
    );
}

#[test]
fn a_lowercase_description_before_a_name_leaves_the_name_as_subject() {
    let found = quotes(&[
        "Giving evidence, scaffolder Liam Fortune said he had raised the missing ties twice.",
        "Up in Section 112, season-ticket holder Gloria Mendez, 67, admitted she had been heading for the door.",
    ]);
    assert_eq!(
        speaker_of(&found, "he had raised"),
        Some("Liam Fortune".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "she had been"),
        Some("Gloria Mendez".to_owned())
    );
}

#[test]
fn according_to_without_quotation_marks_is_not_reported_speech() {
    let found = quotes(&[
        "Tom Harkless coaches the Gulls.",
        "According to Harkless, the guard has been playing through a sprained wrist.",
    ]);
    assert!(
        found.is_empty(),
        "{:?}",
        found.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_pronoun_chain_that_opens_a_paragraph_after_quotations_is_their_speaker() {
    let found = quotes(&[
        "Anneliese Vorster led the trial.",
        "“The ear is where the damage starts,” Vorster explains.",
        "She admits the mechanism is only partly understood.",
        "Then she smiles.",
        "“That is the question that keeps me up at night,” she says.",
    ]);
    assert_eq!(
        speaker_of(&found, "That is the question"),
        Some("Anneliese Vorster".to_owned())
    );
}

#[test]
fn the_first_person_of_a_bylined_interview_is_its_author_and_takes_turns() {
    let metadata = Metadata {
        byline: Some("By Imogen Tarrant".to_owned()),
        ..Metadata::default()
    };
    let article = Article::from_paragraphs(
        "test",
        metadata.cleaned(),
        [
            "Anneliese Vorster led the trial at Tressingham.",
            "“The ear is where the damage starts,” Vorster explains.",
            "“Is it a cure?” I ask.",
            "“No.” The researcher does not hesitate. “And I get cross when people call it one.”",
            "“So who does it help?”",
            "“People whose tinnitus started recently.”",
        ],
    );
    let analysis = analyze(&article);
    let speaker = |start: &str| {
        let quote = analysis
            .quotes
            .iter()
            .find(|q| article.text()[q.span.clone()].starts_with(start))
            .expect("quote");
        analysis.speaker_name(quote).map(str::to_owned)
    };
    assert_eq!(speaker("Is it a cure"), Some("Imogen Tarrant".to_owned()));
    assert_eq!(speaker("No."), Some("Anneliese Vorster".to_owned()));
    assert_eq!(
        speaker("And I get cross"),
        Some("Anneliese Vorster".to_owned())
    );
    assert_eq!(
        speaker("So who does it help"),
        Some("Imogen Tarrant".to_owned())
    );
    assert_eq!(
        speaker("People whose"),
        Some("Anneliese Vorster".to_owned())
    );
    assert!(
        analysis
            .entities
            .iter()
            .all(|e| !e.name.contains("narrator"))
    );
}

#[test]
fn the_statement_speaks_for_whoever_issued_it() {
    let found = quotes(&[
        "Kerry Ashworth thanked the jury.",
        "In a statement, the Workplace Safety Executive said it would write to every firm. ‘This death was preventable,’ the statement added.",
        "The Ferris Fire Service said in a post on Facebook that crews were still there. “Please avoid the area,” the post said.",
    ]);
    assert_eq!(
        speaker_of(&found, "This death"),
        Some("Workplace Safety Executive".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "Please avoid"),
        Some("Ferris Fire Service".to_owned())
    );
    // "the post" that someone is asked about is no speaker.
    let found = quotes(&[
        "Asked about the post on the call, Jonas Whitcombe said he had \"enormous respect\" for her.",
    ]);
    assert_eq!(
        speaker_of(&found, "enormous respect"),
        Some("Jonas Whitcombe".to_owned())
    );
}

#[test]
fn compound_and_particle_surnames_are_the_person_named_in_full() {
    let found = quotes(&[
        "Ruud van der Stael leads the opposition, and the pollster Saskia de Wit runs Tessel Research. Rosario Benítez Ortega heads the port union.",
        "“Now he wants us to believe otherwise,” van der Stael told the crowd.",
        "De Wit said the gap had narrowed since July.",
        "Benítez Ortega said the union would not endorse anyone.",
    ]);
    assert_eq!(
        speaker_of(&found, "Now he wants"),
        Some("Ruud van der Stael".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the gap had narrowed"),
        Some("Saskia de Wit".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the union would not"),
        Some("Rosario Benítez Ortega".to_owned())
    );
}

#[test]
fn a_spokesperson_speaks_for_the_body_named_after_for_the() {
    let found = quotes(&[
        "A spokesperson for the Ardmoor Ambulance Service said seven people had been taken to Kellaway General Hospital. “Crews treated a further 19 people,” the spokesperson said.",
        "A hospital spokesperson said both patients were stable.",
        "A spokesperson for the Ministry of Housing confirmed that the list had grown.",
    ]);
    assert_eq!(
        speaker_of(&found, "seven people"),
        Some("Ardmoor Ambulance Service".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "Crews treated"),
        Some("Ardmoor Ambulance Service".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "both patients"),
        Some("Kellaway General Hospital".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the list had grown"),
        Some("Ministry of Housing".to_owned())
    );
}

#[test]
fn a_listener_of_a_few_words_and_a_described_subject_still_report_speech() {
    let found = quotes(&[
        "Crew chief Dale Merriman told a pool reporter that the officials had looked at the play again.",
        "City traffic engineer Howard Lum told council members that the estimate assumed the entrance would stay.",
    ]);
    assert_eq!(
        speaker_of(&found, "the officials had looked"),
        Some("Dale Merriman".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the estimate assumed"),
        Some("Howard Lum".to_owned())
    );
}

#[test]
fn relative_clauses_residents_and_ages_find_the_speaker() {
    let found = quotes(&[
        "In a statement, Greyfriars Housing Trust, which owns Haldane Court, said: “Our thoughts are with every resident.”",
        "That was disputed by the Haldane Court Residents’ Association, which wrote on Facebook: “We raised the fire doors in 2021.”",
        "\"My kids ride their bikes on that street,\" said resident Tomás Arriaga, who lives on Birch Street.",
        "Andre Lusk scored 20 for the Rapids.",
        "\"I got hit,\" the 31-year-old guard said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Our thoughts"),
        Some("Greyfriars Housing Trust".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "We raised"),
        Some("Haldane Court Residents’ Association".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "My kids"),
        Some("Tomás Arriaga".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "I got hit"),
        Some("Andre Lusk".to_owned())
    );
}

#[test]
fn airlines_clubs_trusts_and_districts_speak_through_their_nouns() {
    let found = quotes(&[
        "Corvanta Airlines cancelled 200 flights. The airline said it had run a third of its departures.",
        "Drumlaig Rovers confirmed the sale. The club said on Monday it expected the deal to close in January.",
        "The Tamsett Regional District runs the centre. A district spokesperson said the arena could take 1,500 people.",
        "Priya Ramaswamy, an analyst, estimated that the strike would cost 22 million crowns.",
    ]);
    assert_eq!(
        speaker_of(&found, "it had run"),
        Some("Corvanta Airlines".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it expected the deal"),
        Some("Drumlaig Rovers".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the arena could"),
        Some("Tamsett Regional District".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the strike would cost"),
        Some("Priya Ramaswamy".to_owned())
    );
}

#[test]
fn counted_subjects_and_participles_of_speech_report_speech() {
    let found = quotes(&[
        "Kyle Bergstrom runs the fire service. He said about 260 firefighters were working on the fire.",
        "The district's chief financial officer, Nathaniel Brisco, estimated that about $5.6 million of the gap came from relief money.",
        "Noor Hallett denied the claim, saying the union's executive had consulted members at 14 meetings.",
        "Tobias Renner told Harbinger News that Skyvale was not trying to \"take advantage of anyone's bad week,\" adding that demand on those routes had tripled overnight.",
    ]);
    assert_eq!(
        speaker_of(&found, "about 260 firefighters"),
        Some("Kyle Bergstrom".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "about $5.6 million"),
        Some("Nathaniel Brisco".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the union's executive"),
        Some("Noor Hallett".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "demand on those routes"),
        Some("Tobias Renner".to_owned())
    );
}

#[test]
fn an_adverb_or_a_bracketed_acronym_before_the_verb_keeps_the_second_clause() {
    let found = quotes(&[
        "Dolores Penhale, however, said the figures were \"out of date\" and that the province had hired 140 more firefighters.",
        "The Population Screening Council (PSC), which advises ministers, said it was \"aware of the study\" but that it had no plans to review its guidance.",
    ]);
    assert_eq!(
        speaker_of(&found, "the province had hired"),
        Some("Dolores Penhale".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it had no plans"),
        Some("Population Screening Council".to_owned())
    );
}

#[test]
fn they_after_a_body_and_a_body_after_its_noun_report_speech() {
    let found = quotes(&[
        "Lindmere Sports Partners said in a statement that it was pleased. They said a meeting with the board had been arranged for Wednesday.",
        "Rival low-cost carrier Skyvale said it had added 14 extra flights on Tuesday.",
        "The residents marched on Friday. They said the road was unsafe.",
    ]);
    assert_eq!(
        speaker_of(&found, "a meeting with the board"),
        Some("Lindmere Sports Partners".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it had added"),
        Some("Skyvale".to_owned())
    );
    assert!(
        found
            .iter()
            .all(|q| !q.text.starts_with("the road was unsafe"))
    );
}

#[test]
fn leaders_negations_acronyms_and_written_words_in_reported_speech() {
    let found = quotes(&[
        "House Minority Leader Gwen Atwater argued that the bill would override councils.",
        "Governor Alden Strickland has not said whether he would sign the bill.",
        "The speed limit on the road will be cut from next month after five deaths, the Highways and Transport Agency (HTA) said on Tuesday.",
        "Geraldine Moss led the panel. The altered images appeared in papers published between 2014 and 2019, Moss wrote.",
        "The Office of the Data Commissioner (ODC) confirmed it had received the complaint.",
    ]);
    assert_eq!(
        speaker_of(&found, "the bill would override"),
        Some("Gwen Atwater".to_owned())
    );
    assert!(found.iter().all(|q| !q.text.starts_with("whether")));
    assert_eq!(
        speaker_of(&found, "The speed limit"),
        Some("Highways and Transport Agency".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "The altered images"),
        Some("Geraldine Moss".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it had received"),
        Some("Office of the Data Commissioner".to_owned())
    );
}

#[test]
fn a_surname_that_is_also_a_given_name_joins_the_person_and_passives_open_no_utterance() {
    let found = quotes(&[
        "Council leader Sian Roderick said the authority had no options.",
        "Cllr Roderick said the cabinet would consider any ‘credible rescue plan’ before March.",
        "The agency warned that the upgrade would not be finished “before 2027 at the earliest”.",
    ]);
    assert_eq!(
        speaker_of(&found, "credible rescue plan"),
        Some("Sian Roderick".to_owned())
    );
    let partial = found
        .iter()
        .find(|q| q.text.starts_with("before 2027"))
        .expect("quote");
    assert_eq!(partial.kind, QuoteKind::Partial);
}

#[test]
fn the_paper_in_the_byline_is_an_organisation_its_short_name_joins() {
    let metadata = Metadata {
        byline: Some("By Josee Thibodeau, Tamsett Valley Record".to_owned()),
        ..Metadata::default()
    };
    let article = Article::from_paragraphs(
        "test",
        metadata.cleaned(),
        ["Samuel Okonjo told the Record that the budget had been cut."],
    );
    let analysis = analyze(&article);
    let paper = analysis
        .entities
        .iter()
        .find(|e| e.name == "Tamsett Valley Record")
        .expect("the paper");
    assert_eq!(paper.kind, byline::analysis::EntityKind::Organization);
    assert!(paper.aliases.iter().any(|a| a == "Record"), "{paper:?}");
    assert!(analysis.entities.iter().all(|e| e.name != "Record"));
    // A person whose surname is a paper's word is still a person.
    let metadata = Metadata {
        byline: Some("By Emily Post".to_owned()),
        ..Metadata::default()
    };
    let article = Article::from_paragraphs("test", metadata.cleaned(), ["Nothing was said."]);
    let analysis = analyze(&article);
    let author = analysis
        .entities
        .iter()
        .find(|e| e.name == "Emily Post")
        .expect("the author");
    assert_eq!(author.kind, byline::analysis::EntityKind::Person);
}

#[test]
fn what_someone_called_something_is_a_fragment_of_theirs() {
    let found = quotes(&[
        "Mattias Brandt-Lowry runs the airline. He called the offer \"generous by any measure in this industry.\"",
        "The record was what the critic Bernard Ossett called \"the most quietly furious record of the decade.\"",
        "A staff report from the Planning and Development Department recommended approval. \"The density is consistent with the plan,\" the report states.",
    ]);
    let generous = found
        .iter()
        .find(|q| q.text.starts_with("generous"))
        .expect("quote");
    assert_eq!(generous.kind, QuoteKind::Partial);
    assert_eq!(generous.speaker, Some("Mattias Brandt-Lowry".to_owned()));
    assert_eq!(
        speaker_of(&found, "the most quietly"),
        Some("Bernard Ossett".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "The density"),
        Some("Planning and Development Department".to_owned())
    );
}

#[test]
fn who_after_an_appositive_body_is_the_person() {
    let found = quotes(&[
        "Oriel Matsuda, an analyst at Penwick Securities, who predicted that the Nook would take 8% of the market, was cautious.",
    ]);
    assert_eq!(
        speaker_of(&found, "the Nook would take"),
        Some("Oriel Matsuda".to_owned())
    );
}

#[test]
fn a_request_is_not_reported_speech() {
    let found = quotes(&[
        "Maria, who asked that her surname not be used because her employer does not know, is 46.",
    ]);
    assert!(
        found.is_empty(),
        "{:?}",
        found.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn and_that_after_a_named_appositive_is_its_own_clause() {
    let found = quotes(&[
        "His spokesman, Ellis Okimoto, said the governor was \"encouraged\" by the vote and that he would look closely at the bill.",
    ]);
    assert_eq!(
        speaker_of(&found, "he would look closely"),
        Some("Ellis Okimoto".to_owned())
    );
}

#[test]
fn a_compound_role_stands_for_the_person_who_holds_it() {
    let found = quotes(&[
        "Deputy Minister Karim al-Haddad arrived on Monday. The deputy minister conceded that the list had grown since the last round.",
        "Council leader Sian Roderick said the budget was tight. The council leader told the cabinet that libraries faced similar cuts.",
    ]);
    assert_eq!(
        speaker_of(&found, "the list had grown"),
        Some("Karim al-Haddad".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "libraries faced"),
        Some("Sian Roderick".to_owned())
    );
}

#[test]
fn particles_at_the_end_of_an_article_name_no_one() {
    for text in ["“Hello,” said de", "“Hello,” van der", "“Hello,” van"] {
        let found = quotes(&[text]);
        assert_eq!(speaker_of(&found, "Hello"), None, "{text}");
    }
}

#[test]
fn a_role_named_paragraphs_before_still_finds_its_holder() {
    let found = quotes(&[
        "The Gulls beat the Norvale Rapids 112-107 on Saturday.",
        "Gulls coach Tom Harkless said he never considered resting his captain.",
        "“He's the best shooter I've coached,” Harkless said.",
        "Whitfield scored 14 of his 31 points in the fourth quarter.",
        "The crowd of 17,800 had started for the exits by then.",
        "Nobody in the arena expected overtime.",
        "The Calder Gulls switched to a zone defence, and the Norvale Rapids scored on only three of their last 14 possessions.",
        "“We hadn't played a possession of zone all series,” the coach said.",
    ]);
    assert_eq!(
        speaker_of(&found, "We hadn't played"),
        Some("Tom Harkless".to_owned())
    );
}

#[test]
fn a_team_written_with_the_is_not_a_person_role() {
    let found = quotes(&[
        "The Calder Gulls switched to a zone defence, and the Norvale Rapids scored on only three of their last 14 possessions.",
        "“We hadn't played a possession of zone all series,” the coach said.",
    ]);
    assert_eq!(
        speaker_of(&found, "We hadn't played"),
        Some("the coach".to_owned())
    );
}

#[test]
fn a_name_in_apposition_to_a_role_at_a_possessor_speaks_after_the_quote() {
    let found = quotes(&[
        "Aldervik agreed to buy Hallmund on Monday.",
        "“This is the deal we have wanted to do for five years,” Aldervik’s chief executive, Matthias Grevenbroek, told analysts on a call.",
    ]);
    assert_eq!(
        speaker_of(&found, "This is the deal"),
        Some("Matthias Grevenbroek".to_owned())
    );
}

#[test]
fn a_titled_name_in_apposition_to_a_long_description_is_the_subject() {
    let found = quotes(&[
        "The council’s cabinet member for highways, Councillor Geoffrey Tamblyn, said the bus plan was “the best of a bad set of options”.",
        "The Mayor of Pellingham, Councillor Ruth Okonedo, said the town’s shops would suffer.",
    ]);
    assert_eq!(
        speaker_of(&found, "the best of a bad"),
        Some("Geoffrey Tamblyn".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the town’s shops"),
        Some("Ruth Okonedo".to_owned())
    );
}

#[test]
fn an_elected_role_and_a_directorate_are_resolved() {
    let found = quotes(&[
        "Mayor-elect Teresa Valdivia thanked volunteers at the Grange Hall.",
        "“Go home, get some sleep,” the mayor-elect told them.",
        "The Health Protection Directorate confirmed two cases on Friday.",
        "The directorate said it would publish daily case numbers on its website.",
    ]);
    assert_eq!(
        speaker_of(&found, "Go home"),
        Some("Teresa Valdivia".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it would publish"),
        Some("Health Protection Directorate".to_owned())
    );
}

#[test]
fn an_age_as_subject_stands_for_the_person_just_named() {
    let found = quotes(&[
        "Callum Dray was more measured. The 23-year-old said he had not gone looking for a penalty.",
        "Jim Tolliver runs the ferry. The 71-year-old says the business has been losing money for years.",
    ]);
    assert_eq!(
        speaker_of(&found, "he had not gone"),
        Some("Callum Dray".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the business has been"),
        Some("Jim Tolliver".to_owned())
    );
}

#[test]
fn letters_and_a_client_between_name_and_verb_are_passed() {
    let found = quotes(&[
        "Opening the company’s case, Adrian Pellow KC, for Corvant, told the inquiry that the quarry would run out of reserves by 2029.",
        "Simon Hext gave evidence next. He accepted under cross-examination that the conveyor would not be built until the fourth year.",
    ]);
    assert_eq!(
        speaker_of(&found, "the quarry would run out"),
        Some("Adrian Pellow".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the conveyor would not"),
        Some("Simon Hext".to_owned())
    );
}

#[test]
fn adding_that_after_a_quotes_cue_reports_the_same_speaker() {
    let found = quotes(&[
        "Bogdan Ferent chairs the commission.",
        "“Anyone who has evidence of fraud should bring it to us,” Ferent said, adding that results from every polling station would be published by Friday.",
    ]);
    let added = found
        .iter()
        .find(|q| q.text.starts_with("results from every"))
        .expect("the added clause is reported");
    assert_eq!(added.kind, QuoteKind::Indirect);
    assert_eq!(added.speaker.as_deref(), Some("Bogdan Ferent"));
}

#[test]
fn an_unnamed_age_keeps_its_number() {
    let found = quotes(&["“We go again on Monday,” said the 28-year-old."]);
    assert_eq!(
        speaker_of(&found, "We go again"),
        Some("the 28-year-old".to_owned())
    );
}

#[test]
fn the_charity_and_the_district_are_the_bodies_named_before() {
    let found = quotes(&[
        "Fibrosis Action, which supports patients, welcomed the results.",
        "The charity said it would publish a guide for families later this week.",
        "The Harlow Springs Unified School District plans to close three schools.",
        "The district said it would provide buses for reassigned students.",
    ]);
    assert_eq!(
        speaker_of(&found, "it would publish a guide"),
        Some("Fibrosis Action".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "it would provide buses"),
        Some("Harlow Springs Unified School District".to_owned())
    );
}

#[test]
fn a_role_before_its_verb_after_a_clause_is_the_subject_not_an_appositive() {
    let found = quotes(&[
        "Sheriff Ray Tolbert spoke at the courthouse.",
        "The couple were last heard from at their farmhouse near Dorrance, the sheriff said.",
    ]);
    assert_eq!(
        speaker_of(&found, "The couple were last heard"),
        Some("Ray Tolbert".to_owned())
    );
}

#[test]
fn a_dateline_before_a_colon_and_a_participle_phrase_hold_no_subject() {
    let found = quotes(&[
        "PORT CARRICK: Finance Minister Catherine Ashdown defended her budget on Wednesday, telling MPs that Valmora could not “keep borrowing against our children’s pay packets”.",
        "The Monetary Policy Committee meets in September. Asked whether it would raise rates again, Elias Bwalya said the bank would “do what is necessary”.",
    ]);
    assert_eq!(
        speaker_of(&found, "keep borrowing"),
        Some("Catherine Ashdown".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "do what is necessary"),
        Some("Elias Bwalya".to_owned())
    );
}

#[test]
fn a_name_in_apposition_may_say_where_the_person_is_from() {
    let found = quotes(&[
        "Catherine Ashdown presented the budget.",
        "The shadow finance minister, Devinder Mahal of the People’s Alliance, accused the government of “balancing the books on the backs of the poor”.",
    ]);
    assert_eq!(
        speaker_of(&found, "balancing the books"),
        Some("Devinder Mahal".to_owned())
    );
}

#[test]
fn a_title_that_is_also_a_given_name_keeps_the_person_whole() {
    let found = quotes(&[
        "Earl Haskins, 68, watched from a neighbour's pickup.",
        "“I put the sandbags out Saturday,” Haskins said.",
    ]);
    assert_eq!(
        speaker_of(&found, "I put the sandbags"),
        Some("Earl Haskins".to_owned())
    );
}

#[test]
fn a_spokesman_for_the_operator_speaks_for_the_airports_company() {
    let found = quotes(&[
        "Strathenny Airports, which runs Dunvarrick Airport, rejected the suggestion.",
        "A spokesman for the operator said landing fees had risen by 6 per cent in three years.",
    ]);
    assert_eq!(
        speaker_of(&found, "landing fees had risen"),
        Some("Strathenny Airports".to_owned())
    );
}

#[test]
fn a_unisex_given_name_lets_she_find_the_woman() {
    let found = quotes(&[
        "Jalen Moss, 17, died at the hospital.",
        "His aunt, Patrice Moss, who raised him from the age of 9, said he had been at the game.",
        "“He was the funny one,” she said, standing on her porch.",
    ]);
    assert_eq!(
        speaker_of(&found, "He was the funny one"),
        Some("Patrice Moss".to_owned())
    );
}

#[test]
fn a_second_reported_clause_after_a_quotation_is_found() {
    let found = quotes(&[
        "Talvarian Prime Minister Edvin Marek said on Wednesday that the deal showed that “patience works,” but he warned that his government would take the dispute to the tribunal.",
        "The novelist Patrick Lyness, who reviewed “Winter Tenants” unkindly in 1988, said on Monday that he had been “young and wrong,” and that he had reread the book twice since.",
        "Tomasz Wierzba said the price was “full, to put it kindly” and estimated that €40 million in savings would take three years to arrive.",
    ]);
    assert_eq!(
        speaker_of(&found, "his government would take"),
        Some("Edvin Marek".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "he had reread the book"),
        Some("Patrick Lyness".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "€40 million in savings"),
        Some("Tomasz Wierzba".to_owned())
    );
}

#[test]
fn a_long_title_and_a_description_before_a_name_open_the_subject() {
    let found = quotes(&[
        "Police and Crime Commissioner Lorraine Tate said she understood people’s frustration.",
        "Now, as he campaigns to lead the party into the election, the finance minister Tan Weiliang says the country’s patience has earned it a reward.",
    ]);
    assert_eq!(
        speaker_of(&found, "she understood"),
        Some("Lorraine Tate".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the country’s patience"),
        Some("Tan Weiliang".to_owned())
    );
}

#[test]
fn attributions_after_the_clause_with_apposition_listener_or_announcement() {
    let found = quotes(&[
        "Oncogenesis Letters, which published four of the papers, will retract all of them, its editor-in-chief, Henrik Saarinen, said.",
        "The budget bills are expected to pass the House next week, Prime Minister Gareth Olowe told reporters on Wednesday evening.",
        "Piped water will reach most homes only on alternate days from Monday, the Mandavipuram Water Board (MWB) announced on Saturday.",
    ]);
    assert_eq!(
        speaker_of(&found, "Oncogenesis Letters"),
        Some("Henrik Saarinen".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "The budget bills"),
        Some("Gareth Olowe".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "Piped water"),
        Some("Mandavipuram Water Board".to_owned())
    );
}

#[test]
fn a_place_after_the_subject_and_an_acronym_after_the_listener_are_passed() {
    let found = quotes(&[
        "One of the eight, Rep. Luis Carabajal of Mesquite Flats, said he had changed his mind after hearing from teachers.",
        "The Digital Consumers' League (DCL) told the Office of the Data Commissioner (ODC) in its complaint that early test units had sent audio to the servers.",
    ]);
    assert_eq!(
        speaker_of(&found, "he had changed his mind"),
        Some("Luis Carabajal".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "early test units"),
        Some("Digital Consumers' League".to_owned())
    );
}

#[test]
fn the_regulator_the_theatre_and_a_neighbouring_country_speak_as_bodies() {
    let found = quotes(&[
        "The Data Protection and Privacy Authority opened an inquiry on Monday.",
        "“Location data about children is in a category of its own,” the regulator said.",
        "Theatr Glanmorlas lost its grant. The theatre has warned that its youth company could close.",
    ]);
    assert_eq!(
        speaker_of(&found, "Location data"),
        Some("Data Protection and Privacy Authority".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "its youth company"),
        Some("Theatr Glanmorlas".to_owned())
    );
}

#[test]
fn it_after_a_sentence_about_a_body_is_that_body() {
    let found = quotes(&[
        "Halcyon Isles Airways will stop flying five routes, the carrier said on Tuesday. The Western Reaches Council objected.",
        "In a statement, the airline blamed rising fuel costs. It said the remaining six routes were not affected.",
        "The Professional Match Officials Board (PMOB), which appoints referees in the Allied Counties League, said on Sunday that it had reviewed the incident.",
        "It added that the video assistant referee had checked the challenge for 47 seconds.",
    ]);
    assert_eq!(
        speaker_of(&found, "the remaining six routes"),
        Some("Halcyon Isles Airways".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the video assistant referee"),
        Some("Professional Match Officials Board".to_owned())
    );
}

#[test]
fn a_long_listener_a_part_of_the_day_and_a_place_owned_body() {
    let found = quotes(&[
        "Gwen Talliston, the trust's chief executive, told a meeting of Sallowby Town Council that the ward could reopen in spring.",
        "The bill now goes to Gov. Celeste Varnum, who said Saturday morning that she would sign it.",
        "A spokeswoman for Drevnia’s Ministry of Water and Energy said the ministry would publish daily figures.",
    ]);
    assert_eq!(
        speaker_of(&found, "the ward could reopen"),
        Some("Gwen Talliston".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "she would sign it"),
        Some("Celeste Varnum".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the ministry would publish"),
        Some("Ministry of Water and Energy".to_owned())
    );
}

#[test]
fn possessor_names_its_bodys_ministry_and_counted_clauses() {
    let found = quotes(&[
        "The International Food Security Office (IFSO) warned of famine on Monday. IFSO launched a $412 million appeal, the Oruma Basin Drought Appeal, and said only 18 per cent of it had been pledged so far.",
        "Henrike Vaal, the agency's director, spoke first. IFSO's Vaal said the agency would present its appeal to donors in June.",
        "Ukwende's government rejected the accusation. A spokesman for its Ministry of Water and Irrigation said the schemes used less than 5 per cent of the flow.",
    ]);
    assert!(
        !found.iter().any(|q| q.text.starts_with("famine")),
        "'warned of famine' reports nothing"
    );
    assert_eq!(
        speaker_of(&found, "only 18 per cent"),
        Some("International Food Security Office".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the agency would present"),
        Some("Henrike Vaal".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "the schemes used"),
        Some("Ministry of Water and Irrigation".to_owned())
    );
}

#[test]
fn a_player_with_a_nickname_is_one_speaker() {
    let found = quotes(&[
        "For three quarters, Marcus “Deuce” Whitfield could not buy a basket.",
        "“I wanted the ball,” Whitfield said.",
    ]);
    assert_eq!(
        speaker_of(&found, "I wanted the ball"),
        Some("Marcus Whitfield".to_owned())
    );
    // The nickname itself is still a quoted word, with no speaker.
    assert_eq!(speaker_of(&found, "Deuce"), None);
}

#[test]
fn letters_after_a_name_in_apposition_are_passed() {
    let found = quotes(&[
        "Counsel for Tuohy, Orla Sheedy BL, told the court her client had grown up with “nobody pulling him the other way”, and that he had been working as a personal trainer.",
        "Nuala Breathnach SC told the jury that Moriarty had run the operation.",
        "“This was not a man who stumbled into crime,” Ms Breathnach said.",
    ]);
    assert_eq!(
        speaker_of(&found, "he had been working"),
        Some("Orla Sheedy".to_owned())
    );
    assert_eq!(
        speaker_of(&found, "This was not a man"),
        Some("Nuala Breathnach".to_owned())
    );
}

#[test]
fn a_description_in_apposition_to_a_name_is_that_person_not_a_new_one() {
    let found = quotes(&[
        "The catch was landed by Tom Reyes, a fisherman from Glenvorne who sits on the board.",
        "“We have been very open,” he said.",
    ]);
    assert_eq!(
        speaker_of(&found, "We have been").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_speaker_named_with_which_is_a_body() {
    let (_, analysis) = run(&[
        "Calvarre Cycling Events, which organises the race, said 60,000 people had come.",
        "“It was the biggest crowd we have seen,” said Marta Loy, a spectator.",
    ]);
    let kind = |name: &str| {
        analysis
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
    };
    assert_eq!(
        kind("Calvarre Cycling Events"),
        Some(byline::analysis::EntityKind::Organization)
    );
    assert_eq!(
        kind("Marta Loy"),
        Some(byline::analysis::EntityKind::Person)
    );
}

#[test]
fn a_two_word_role_after_an_acronym_and_a_numbered_local_opening_a_sentence_are_speakers() {
    let found = quotes(&[
        "The Fair Markets Commission (FMC) opened an inquiry.",
        "FMC deputy commissioner Refilwe Sekgobela said the commission would look at small towns.",
        "Local 412, which represents the mine’s workers, said it learned of the closure by email.",
    ]);
    assert_eq!(
        speaker_of(&found, "the commission would").as_deref(),
        Some("Refilwe Sekgobela")
    );
    assert_eq!(
        speaker_of(&found, "it learned").as_deref(),
        Some("Local 412")
    );
}

#[test]
fn a_playing_position_titles_a_name_and_a_ghillie_is_a_role() {
    let found = quotes(&[
        "Center Ike Brannigan, who had 16 points, said the team would not panic.",
        "Donnie MacKay has fished the river for forty years.",
        "“You can tell them a mile off,” the ghillie said.",
    ]);
    assert_eq!(
        speaker_of(&found, "the team would").as_deref(),
        Some("Ike Brannigan")
    );
    assert_eq!(
        speaker_of(&found, "You can tell").as_deref(),
        Some("Donnie MacKay")
    );
}

#[test]
fn where_the_author_filed_from_is_no_part_of_the_name() {
    let entities = byline_entities("By Imogen Sallis in Orzhan");
    let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Imogen Sallis"]);
}

#[test]
fn a_fronted_prepositional_phrase_holds_no_subject_for_a_partial_quote() {
    let found = quotes(&[
        "Outside a pensions office in Lomira's Kolvary district, Emil Tarnovsky, 71, a retired \
         tram driver, said he had stopped following politics \"some time around the second \
         election\".",
    ]);
    assert_eq!(
        speaker_of(&found, "some time").as_deref(),
        Some("Emil Tarnovsky")
    );
}

#[test]
fn a_paper_in_the_byline_is_no_job_even_when_its_title_is_one() {
    let entities = byline_entities("By Ayanda Mthembu, Business Reporter, The Port Elundi Courier");
    assert_eq!(
        kind_named(&entities, "Port Elundi Courier"),
        byline::analysis::EntityKind::Organization
    );
}

#[test]
fn an_unnamed_source_described_in_a_report_stays_anonymous_but_a_character_does_not() {
    let report = [
        "Carrowsea Borough Council said the pier trust was responsible for the repairs.",
        "Pier trust chair Moira Kell said the council had known about the damage for years.",
        "Trader Sam Oduya said the season would be lost without the pier.",
        "A council source was blunter. “The lease is clear,” the source said.",
    ];
    let (article, analysis) = run(&report);
    let quote = analysis
        .quotes
        .iter()
        .find(|q| article.text()[q.span.clone()].starts_with("The lease"))
        .expect("the source's quote");
    assert_eq!(analysis.speaker_name(quote), None);
    assert!(
        !analysis.entities.iter().any(|e| e.name.contains("source")),
        "{:?}",
        analysis.entities
    );
    // With no reported speech around it, a description is a character who speaks.
    let found = quotes(&["“Here, lend me a hand,” said the saloon-keeper."]);
    assert_eq!(
        speaker_of(&found, "Here, lend").as_deref(),
        Some("the saloon-keeper")
    );
}

#[test]
fn it_after_a_body_that_reported_speech_is_that_body() {
    let found = quotes(&[
        "The Ossawa Labor Relations Commission met on Friday.",
        "Of 2,391 ballots, 1,412 favored the National Guild of Registered Nurses, the commission said. It said the challenged ballots were too few to matter.",
    ]);
    assert_eq!(
        speaker_of(&found, "the challenged ballots").as_deref(),
        Some("Ossawa Labor Relations Commission")
    );
}

#[test]
fn the_ministry_named_long_before_is_still_the_ministry() {
    let mut paragraphs = vec![
        "Rivers rose across the north, the Ministry of Civil Emergencies said on Monday."
            .to_owned(),
    ];
    for n in 0..40 {
        paragraphs.push(format!("Volunteers filled sandbags in village number {n}."));
    }
    paragraphs.push("The Brasmorian Relief Society said it had sent tents.".to_owned());
    paragraphs.push("The ministry said the river had crested at 9.4 meters.".to_owned());
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let found = quotes(&refs);
    assert_eq!(
        speaker_of(&found, "the river had crested").as_deref(),
        Some("Ministry of Civil Emergencies")
    );
}

#[test]
fn a_familiar_given_name_and_a_body_noun_before_a_name_keep_people_whole() {
    let found = quotes(&[
        "Team owner Raymond Tullis said the club would talk to other cities.",
        "\"Nobody loves this park more than Ray Tullis,\" said a fan.",
        "The consortium, led by the property developer Martin Ashgrove, bought the club.",
        "“This is not a rescue,” Mr Ashgrove said.",
    ]);
    assert_eq!(
        speaker_of(&found, "This is not").as_deref(),
        Some("Martin Ashgrove")
    );
    let article = Article::from_paragraphs(
        "test",
        Metadata::default(),
        [
            "Team owner Raymond Tullis spoke. Fans cheered Ray Tullis. Bob Tullis, his cousin, did not.",
        ],
    );
    let entities = analyze(&article).entities;
    let owner = entities
        .iter()
        .find(|e| e.name == "Raymond Tullis")
        .unwrap_or_else(|| panic!("{entities:?}"));
    assert!(
        owner.aliases.contains(&"Ray Tullis".to_owned()),
        "{owner:?}"
    );
    assert!(
        entities.iter().any(|e| e.name == "Bob Tullis"),
        "{entities:?}"
    );
}

#[test]
fn a_paper_in_the_byline_opening_with_the_is_a_body_whatever_its_last_word() {
    let entities = byline_entities("By Jonah Przybek, The Brannock Statesman");
    assert_eq!(
        kind_named(&entities, "Brannock Statesman"),
        byline::analysis::EntityKind::Organization
    );
    assert_eq!(
        kind_named(&entities, "Jonah Przybek"),
        byline::analysis::EntityKind::Person
    );
}

#[test]
fn a_body_named_with_the_is_listed_without_it() {
    let article = Article::from_paragraphs(
        "test",
        Metadata::default(),
        [
            "Imogen Sallis, of The Sunday Clarion, said the collapse was sad. She also writes for The Sunday Clarion Review of Books.",
        ],
    );
    let entities = analyze(&article).entities;
    let paper = entities
        .iter()
        .find(|e| e.name == "Sunday Clarion")
        .unwrap_or_else(|| panic!("{entities:?}"));
    assert!(paper.aliases.contains(&"The Sunday Clarion".to_owned()));
}

#[test]
fn honorifics_before_particles_and_generations_after_surnames_keep_people_whole() {
    let found = quotes(&[
        "Council leader Dafydd ap Iorwerth defended the plan.",
        "“Nobody wanted to be here,” Mr ap Iorwerth said.",
        "Harlan Pettibone Jr., whose grandfather opened Pettibone Hardware, said trade was slow.",
        "\"My dad survived the interstate,\" Pettibone said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Nobody wanted").as_deref(),
        Some("Dafydd ap Iorwerth")
    );
    assert_eq!(
        speaker_of(&found, "My dad").as_deref(),
        Some("Harlan Pettibone Jr.")
    );
}

#[test]
fn a_body_and_a_long_role_before_a_name_and_two_appositives_before_the_verb() {
    let found = quotes(&[
        "The Nessaquin Department of Transportation (NDOT) drew the route.",
        "NDOT project engineer Lacey Brandvold said farm crossings were \"on the table.\"",
        "Gemma Pritchard, chief executive of the Fairweight Trust, a charity for people living \
         with obesity, said: “Thousands of people were pinning their hopes on it.”",
    ]);
    assert_eq!(
        speaker_of(&found, "on the table").as_deref(),
        Some("Lacey Brandvold")
    );
    assert_eq!(
        speaker_of(&found, "Thousands").as_deref(),
        Some("Gemma Pritchard")
    );
}

#[test]
fn titles_of_works_after_an_author_or_before_a_work_noun_and_prizes_for_things() {
    let (_, analysis) = run(&[
        "The shortlist has Farhan Qureshi's debut 'Nine Monsoons', Lalitha Ramaswamy's 'The \
         Glass Orchard' and 'The Last Tram', a novel by Anil Rao, for the Suvarna Prize for \
         Fiction.",
    ]);
    for title in [
        "Nine Monsoons",
        "The Glass Orchard",
        "The Last Tram",
        "Suvarna Prize for Fiction",
    ] {
        let entity = analysis.entities.iter().find(|e| e.name == title);
        assert_eq!(
            entity.map(|e| e.kind),
            Some(byline::analysis::EntityKind::Other),
            "{title}: {:?}",
            analysis.entities
        );
    }
}

#[test]
fn a_body_and_a_role_before_a_name_after_a_quote_name_the_person() {
    let found = quotes(&[
        "The Korvessan Environment Agency (KEA) measured the spill.",
        "\"This is the worst accident in our history,\" KEA director Halvard Brekke told \
         reporters in Varesk.",
    ]);
    assert_eq!(
        speaker_of(&found, "This is the worst").as_deref(),
        Some("Halvard Brekke")
    );
}

#[test]
fn a_participle_phrase_between_subject_and_verb_keeps_the_second_clause() {
    let found = quotes(&[
        "IFF president Marko Zelenko, speaking from the deck of a trawler moored across the \
         harbour mouth, said the survey had been carried out \"in the wrong month\", and that \
         the federation had not been consulted.",
    ]);
    assert_eq!(
        speaker_of(&found, "the federation had not").as_deref(),
        Some("Marko Zelenko")
    );
}

#[test]
fn a_description_between_commas_before_the_verb_keeps_the_second_clause() {
    let found = quotes(&[
        "Dr Imogen Stallard, the museum’s curator, said the lunula was “the single most \
         important object we hold”, and that it had been due to travel to Kelbridge.",
    ]);
    assert_eq!(
        speaker_of(&found, "it had been due").as_deref(),
        Some("Imogen Stallard")
    );
}

#[test]
fn a_paper_named_after_a_job_in_the_byline_is_still_a_paper() {
    let entities = byline_entities("By Kirsty Molloy, Tullabrin Valley Advocate");
    assert_eq!(
        kind_named(&entities, "Tullabrin Valley Advocate"),
        byline::analysis::EntityKind::Organization
    );
}

#[test]
fn a_hyphenated_paper_in_the_byline_is_a_paper() {
    let entities = byline_entities("By Dana Whitacre, The Sutterfield Star-Journal");
    assert_eq!(
        kind_named(&entities, "Sutterfield Star-Journal"),
        byline::analysis::EntityKind::Organization
    );
}

#[test]
fn a_reported_clause_ends_where_another_speaker_reports() {
    let found = quotes(&[
        "Oakhallow said the full review contained commercially sensitive information, but Mr \
         Saxelby said a summary would be published.",
    ]);
    let oakhallow = found
        .iter()
        .find(|q| q.text.starts_with("the full review"))
        .expect("Oakhallow's clause");
    assert_eq!(
        oakhallow.text,
        "the full review contained commercially sensitive information"
    );
    assert_eq!(oakhallow.speaker.as_deref(), Some("Oakhallow"));
}

#[test]
fn a_spokesman_for_a_person_speaks_for_that_person_and_td_is_a_title() {
    let found = quotes(&[
        "The forum wrote to the Minister for Health, Ciarán Heffernan.",
        "A spokesman for Mr Heffernan said the minister was “deeply concerned” by the figures, \
         and that he would meet the hospital group next week.",
        "Independent TD Pádraig Mulcahy said the hospital had been promised a ward block.",
    ]);
    assert_eq!(
        speaker_of(&found, "he would meet").as_deref(),
        Some("Ciarán Heffernan")
    );
    assert_eq!(
        speaker_of(&found, "the hospital had been").as_deref(),
        Some("Pádraig Mulcahy")
    );
}

#[test]
fn an_adjective_in_ing_before_a_name_is_no_participle() {
    let found = quotes(&[
        "Osmira and Ruvenia share a long border.",
        "Neighbouring Osmira, which shares a 400-kilometre border with Ruvenia, said it was \
         \"deeply concerned\" by reports of violence.",
    ]);
    assert_eq!(
        speaker_of(&found, "deeply concerned").as_deref(),
        Some("Osmira")
    );
}

#[test]
fn a_named_person_of_unknown_gender_just_heard_beats_a_man_named_further_back() {
    let found = quotes(&[
        "Calum Macphail scored twice in the first half.",
        "Glenbrochan manager Ruairidh Gillanders said the first goal after the break would \
         decide the final.",
        "“There was no shouting,” he said.",
    ]);
    assert_eq!(
        speaker_of(&found, "There was no shouting").as_deref(),
        Some("Ruairidh Gillanders")
    );
}

#[test]
fn a_lede_before_its_attribution_past_a_participle_an_auxiliary_or_a_dateline() {
    let found = quotes(&[
        "DAPPLEWOOD — Tandemark Foods will close the pickle plant by March, putting 286 people \
         out of work, the company said Thursday.",
        "A 27-year-old man has been charged after a cyclist was killed, Glaswen Police have said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Tandemark Foods will close").as_deref(),
        Some("Tandemark Foods")
    );
    assert_eq!(
        speaker_of(&found, "A 27-year-old man").as_deref(),
        Some("Glaswen Police")
    );
}

#[test]
fn a_fraction_opens_a_clause_and_four_words_may_describe_a_subject() {
    let found = quotes(&[
        "Gus Papadakis, who runs the diner, said about half his breakfast trade came from the \
         plant.",
        "Community services general manager Priya Maniam said library visits had fallen by a \
         third.",
    ]);
    assert_eq!(
        speaker_of(&found, "about half").as_deref(),
        Some("Gus Papadakis")
    );
    assert_eq!(
        speaker_of(&found, "library visits").as_deref(),
        Some("Priya Maniam")
    );
}

#[test]
fn a_participle_phrase_may_follow_a_post_posed_attribution() {
    let found = quotes(&[
        "LIDRAVA, Orsenia, March 3 (Bellwether) — Nine in ten passenger trains were cancelled \
         on Monday, the Ministry of Transport said, leaving commuters stranded.",
    ]);
    assert_eq!(
        speaker_of(&found, "Nine in ten").as_deref(),
        Some("Ministry of Transport")
    );
}

#[test]
fn at_least_opens_a_lede_before_a_dateline_attribution() {
    let found = quotes(&[
        "SORANJ, Khovarra, Aug. 19 (Tideline) — At least 23 people were killed after a glacial \
         lake burst, the State Emergency Relief Directorate (SERD) said.",
    ]);
    assert_eq!(
        speaker_of(&found, "At least 23").as_deref(),
        Some("State Emergency Relief Directorate")
    );
}

#[test]
fn a_township_supervisor_is_titled() {
    let found = quotes(&[
        "Elkhorn Township Supervisor Howard Brenneman said the township would give the company \
         a loan.",
    ]);
    assert_eq!(
        speaker_of(&found, "the township would").as_deref(),
        Some("Howard Brenneman")
    );
}

#[test]
fn a_participle_phrase_with_appositives_is_passed_to_the_speaker() {
    let found = quotes(&[
        "Speaking to supporters in Kalvar Square in the capital, Ordane, shortly after \
         midnight, Ms Ilina Marovec said she would be “a president for everyone” and promised \
         that her first act would be to publish the assets of her cabinet.",
    ]);
    assert_eq!(
        speaker_of(&found, "a president").as_deref(),
        Some("Ilina Marovec")
    );
    assert_eq!(
        speaker_of(&found, "her first act").as_deref(),
        Some("Ilina Marovec")
    );
}

#[test]
fn a_phrase_may_follow_the_time_of_a_post_posed_attribution_and_an_appositive_may_lack_its_article()
{
    let found = quotes(&[
        "Belmoria will begin moving 18,000 refugees inland before the first snow, the Ministry \
         of Interior and Migration said on Tuesday, in a plan that aid agencies criticised.",
        "Leyla Haszari, medical coordinator at the camp's only clinic, which is run by the \
         charity Openfield Medical, said its doctors saw about 900 patients a week.",
    ]);
    assert_eq!(
        speaker_of(&found, "Belmoria will begin").as_deref(),
        Some("Ministry of Interior and Migration")
    );
    assert_eq!(
        speaker_of(&found, "its doctors saw").as_deref(),
        Some("Leyla Haszari")
    );
}

#[test]
fn a_portfolio_title_alone_names_no_one() {
    let found = quotes(&[
        "The Business Secretary, Hamish Treleaven, said the decision was one for the regulator.",
    ]);
    assert_eq!(
        speaker_of(&found, "the decision").as_deref(),
        Some("Hamish Treleaven")
    );
}

#[test]
fn a_place_that_speaks_after_which_stays_a_place() {
    let (_, analysis) = run(&[
        "The prime minister is on a visit to neighbouring Belvora.",
        "Belvora, which buys a quarter of Kerrovian exports, said its central bank was \
         watching closely.",
    ]);
    let belvora = analysis
        .entities
        .iter()
        .find(|e| e.name == "Belvora")
        .expect("Belvora");
    assert_eq!(belvora.kind, byline::analysis::EntityKind::Place);
}

#[test]
fn a_hyphenated_general_title_is_a_title() {
    let found = quotes(&[
        "VPA Director-General Irina Maldescu said salvage teams would try to refloat the ship.",
    ]);
    assert_eq!(
        speaker_of(&found, "salvage teams").as_deref(),
        Some("Irina Maldescu")
    );
}

#[test]
fn in_dialogue_he_said_after_another_man_spoke_is_the_other_man() {
    let found = quotes(&[
        "Tom Baxter met Harry Lund at the gate of the lower field.",
        "“Good morning, Harry.”",
        "“Morning, Tom.”",
        "“Is it going to rain today?” asked Tom.",
        "“I doubt it,” he said.",
        "“Then we cut the hay.”",
        "“We cut the hay.”",
    ]);
    assert_eq!(
        speaker_of(&found, "Is it going").as_deref(),
        Some("Tom Baxter")
    );
    assert_eq!(
        speaker_of(&found, "I doubt it").as_deref(),
        Some("Harry Lund")
    );
}

/// A conversation among people the narrator never names, in the shape of dialogue.
const UNNAMED_VOICES: [&str; 8] = [
    "The women stood at the door of the mill while the bell rang.",
    "“Goodwives,” said a hard-featured dame, “I will tell you my mind.”",
    "“People say,” said another, “that the minister is grieved.”",
    "“Is that so?”",
    "“It is so.”",
    "“Then God help him.”",
    "“Hold your noise!” cried a terrible voice from the lane.",
    "“That,” said a voice in her ear, “is the prettiest spot in the county.”",
];

#[test]
fn in_dialogue_an_unnamed_speaker_is_credited_by_the_words_that_name_them() {
    let found = quotes(&UNNAMED_VOICES);
    assert_eq!(speaker_of(&found, "Goodwives").as_deref(), Some("the dame"));
    assert_eq!(speaker_of(&found, "People say").as_deref(), Some("another"));
    assert_eq!(
        speaker_of(&found, "Hold your noise").as_deref(),
        Some("the voice")
    );
    assert_eq!(speaker_of(&found, "That").as_deref(), Some("the voice"));
}

#[test]
fn each_indefinite_voice_is_someone_new() {
    let (_, analysis) = run(&UNNAMED_VOICES);
    let voices = analysis
        .entities
        .iter()
        .filter(|e| e.name == "the voice")
        .count();
    assert_eq!(voices, 2, "{:?}", analysis.entities);
}

#[test]
fn in_a_report_said_one_is_an_anonymous_source_and_no_entity() {
    let paragraphs = [
        "Residents of Harrow Court gathered outside the tower on Tuesday night.",
        "“It was like standing next to a bonfire,” said one.",
        "“You could hear the windows going,” said another.",
        "Fire crews remained at the scene, Station Commander Alan Birch said.",
        "Birch said the cause of the fire was not yet known.",
        "Birch added that two residents had been taken to hospital.",
    ];
    let found = quotes(&paragraphs);
    assert_eq!(speaker_of(&found, "It was like"), None);
    assert_eq!(speaker_of(&found, "You could hear"), None);
    let (_, analysis) = run(&paragraphs);
    assert!(
        !analysis
            .entities
            .iter()
            .any(|e| e.name == "one" || e.name == "another"),
        "{:?}",
        analysis.entities
    );
}

#[test]
fn in_a_story_said_one_is_a_character_counted_among_others() {
    // No reported speech: a story, not a report, even outside dialogue.
    let found = quotes(&[
        "Several men came in out of the rain and shook their coats by the stove.",
        "“It ain't a-going to rain much,” said one. Then came a crash of wood.",
        "“Jim, here's a chunk of pine, dry as punk,” said another.",
        "The fire caught at last and the cabin filled with smoke.",
    ]);
    assert_eq!(speaker_of(&found, "It ain't").as_deref(), Some("one"));
    assert_eq!(
        speaker_of(&found, "Jim, here's").as_deref(),
        Some("another")
    );
}

#[test]
fn a_quote_from_an_anonymous_source_opening_a_paragraph_is_nobodys_turn() {
    let found = quotes(&[
        "Mayor Lena Ortiz toured the flooded streets of Harrow on Tuesday.",
        "“We will rebuild every house,” Ortiz said.",
        "“Nobody came to help us,” said one resident, who asked not to be named.",
        "Crews worked through the night.",
    ]);
    assert_eq!(speaker_of(&found, "We will").as_deref(), Some("Lena Ortiz"));
    assert_eq!(speaker_of(&found, "Nobody came"), None);
}

#[test]
fn a_speaker_described_with_a_noun_no_list_knows() {
    let found = quotes(&[
        "The two men haggled in the back room of the saloon until the lamp burned low.",
        "“How much did the other fellow get?” the saloon-keeper demanded.",
        "“A hundred, and not a cent more,” said the waggoner, reaching for his hat.",
    ]);
    assert_eq!(
        speaker_span_of(&found, "How much"),
        Some("the saloon-keeper")
    );
    assert_eq!(speaker_span_of(&found, "A hundred"), Some("the waggoner"));
}

#[test]
fn a_description_of_no_one_is_no_speaker() {
    let found = quotes(&[
        "She won the prize for “A Lantern for Mrs Gale,” a novel narrated by a widow.",
        "The report, “Rivers Under Strain,” puts the likely fall in flows at a fifth.",
    ]);
    for q in &found {
        assert_eq!(q.speaker_span, None, "{:?}", q.text);
    }
}

#[test]
fn in_a_report_said_a_third_is_an_anonymous_source() {
    let found = quotes(&[
        "Residents of Harrow Court gathered outside the tower on Tuesday night.",
        "“It was like standing next to a bonfire,” said one.",
        "“I just grabbed the cat and ran,” said a third, who did not want to give his name.",
        "Fire crews remained at the scene, Station Commander Alan Birch said.",
    ]);
    assert_eq!(speaker_of(&found, "I just grabbed"), None);
}

#[test]
fn a_quote_calling_the_narrator_by_name_is_not_the_narrators() {
    let found = quotes(&[
        "Crane had been at the window all morning, and I had been reading by the fire.",
        "“Well, Hartley, what do you make of the letter?” said Crane.",
        "“Very little,” said I.",
        "“Come, Hartley, you can do better than that.”",
        "“Then it was posted in the town.”",
        "“Good, my dear Hartley.”",
        "“And written by a woman.”",
        "“Excellent, Hartley!”",
    ]);
    assert_eq!(
        speaker_of(&found, "Good, my dear").as_deref(),
        Some("Crane")
    );
    assert_eq!(
        speaker_of(&found, "And written").as_deref(),
        Some("Hartley (narrator)")
    );
}

#[test]
fn the_first_answer_in_a_dialogue_is_from_the_person_named_in_the_narration() {
    let found = quotes(&[
        "Mr. Woodhouse sat by the fire after dinner, and Emma sat sewing beside him.",
        "“Poor Miss Taylor! I wish she were here again,” said Mr. Woodhouse.",
        "“I cannot agree with you, papa; you know I cannot.”",
        "“A house of her own! But where is the advantage of that?”",
        "“She will be very happy there, papa.”",
        "“I do not see how she can be.”",
    ]);
    assert_eq!(
        speaker_of(&found, "I cannot agree").as_deref(),
        Some("Emma")
    );
    assert_eq!(
        speaker_of(&found, "A house").as_deref(),
        Some("Mr. Woodhouse")
    );
}

#[test]
fn the_subject_opening_the_sentence_says_a_quote_after_its_second_verb() {
    let found = quotes(&[
        "An old woman came to the door of the inn. When she came close she bowed and said, “The English gentleman?”",
        "Father Flynn was ill for a long time. He had often said to me: “I am not long for this world.”",
    ]);
    assert_eq!(speaker_span_of(&found, "The English"), Some("she"));
    assert_eq!(speaker_span_of(&found, "I am not long"), Some("He"));
    assert_eq!(
        speaker_of(&found, "I am not long").as_deref(),
        Some("Flynn")
    );
}

#[test]
fn a_speech_noun_after_an_article_is_no_verb_for_the_sentences_subject() {
    let found = quotes(&[
        "Tomas Brenneke founded the company in 2011.",
        "In a message to employees, Brenneke was blunt: “We will fly again.”",
    ]);
    assert_ne!(
        speaker_of(&found, "We will fly").as_deref(),
        Some("the employees")
    );
}

#[test]
fn a_name_after_words_that_describe_the_speaker() {
    let found = quotes(&[
        "Old Cotter sat by the fire, smoking.",
        "“No, no, not for me,” said old Cotter.",
        "“I have my own theory,” said the burly Moze.",
        "“We landed at dawn,” said the team in Harnvik.",
    ]);
    assert_eq!(speaker_of(&found, "No, no").as_deref(), Some("Cotter"));
    assert_eq!(speaker_of(&found, "I have my own").as_deref(), Some("Moze"));
    assert_ne!(speaker_of(&found, "We landed").as_deref(), Some("Harnvik"));
}

#[test]
fn a_speech_verb_with_a_particle() {
    let found = quotes(&[
        "John Rolfe sat by the fire, blowing blue rings into the air.",
        "“I have ridden to-day from Jamestown,” he went on.",
        "“Surely she could learn Persian,” broke in Mr. Fortescue.",
    ]);
    assert_eq!(
        speaker_of(&found, "I have ridden").as_deref(),
        Some("John Rolfe")
    );
    assert_eq!(
        speaker_of(&found, "Surely").as_deref(),
        Some("Mr. Fortescue")
    );
}

#[test]
fn he_said_with_no_man_to_be_found_is_no_womans_turn() {
    let found = quotes(&[
        "Mrs. Hall and Millie cleared the table in the parlour while the muffled figure sat by the window.",
        "“Is the fire lit?” asked Mrs. Hall.",
        "“It is.”",
        "“Then bring the tray.”",
        "“Yes.”",
        "“I have some luggage at the station,” he said.",
    ]);
    let speaker = speaker_of(&found, "I have some luggage");
    assert!(
        !matches!(speaker.as_deref(), Some("Mrs. Hall" | "Millie")),
        "{speaker:?}"
    );
}

#[test]
fn she_after_a_paragraph_of_quotation_is_the_speaker_before_it() {
    let found = quotes(&[
        "Culture Minister Selu Madinga said the return marked a homecoming.",
        "The bronzes were seized in 1897 and sold at auction.",
        "Henrike Falstad, the museum’s director, said the objects had been taken by force.",
        "“We are returning stolen property,” Falstad said.",
        "“I would rather apologize for being late than for not coming at all.”",
        "She said the museum would keep 14 smaller pieces on loan.",
    ]);
    assert_eq!(
        speaker_of(&found, "the museum would keep").as_deref(),
        Some("Henrike Falstad")
    );
}

#[test]
fn the_company_is_a_business_named_by_its_trade() {
    let found = quotes(&[
        "Ardwater Utilities took over water services from Moylagh County Council in 2019.",
        "“Every spill happened during heavy rain,” a spokeswoman for the company said.",
        "Pennock Water runs the reservoir, and Coldharrow Borough Council owns the bank.",
        "A spokeswoman for the company said it would give evidence next week.",
    ]);
    assert_eq!(
        speaker_of(&found, "Every spill").as_deref(),
        Some("Ardwater Utilities")
    );
    assert_eq!(
        speaker_of(&found, "it would give evidence").as_deref(),
        Some("Pennock Water")
    );
}

#[test]
fn the_museum_and_the_cooperative_are_bodies_that_speak() {
    let found = quotes(&[
        "The bronzes had been held since 1902 by the Lindhaven Museum of World Cultures.",
        "In a statement, the museum said it had spent three years tracing each object.",
        "Farmers supply the Northfold Dairy Co-operative, which cut its price again.",
        "The cooperative said the cut reflected falling prices abroad.",
    ]);
    assert_eq!(
        speaker_of(&found, "it had spent three years").as_deref(),
        Some("Lindhaven Museum of World Cultures")
    );
    assert_eq!(
        speaker_of(&found, "the cut reflected").as_deref(),
        Some("Northfold Dairy Co-operative")
    );
}

#[test]
fn a_counted_subject_may_carry_a_relative_clause() {
    let found = quotes(&[
        "Priya Ramaswell is the college’s dean of students.",
        "Ramaswell said about 120 students who commuted by bus had been told to study online.",
        "Ramaswell spoke about 120 students who had complained.",
    ]);
    assert_eq!(
        speaker_of(&found, "about 120 students who commuted").as_deref(),
        Some("Priya Ramaswell")
    );
    assert!(!found.iter().any(|q| q.text.contains("who had complained")));
}

#[test]
fn a_lede_that_opens_with_an_amount_is_reported_by_the_attribution_after_it() {
    let found = quotes(&[
        "Flight attendants at Bellwick Air walked off the job on Monday.",
        "About 210 attendants represented by the Regional Flight Attendants Union (RFAU) set up picket lines at Kessling Regional Airport, the RFAU said.",
        "In 2019 the union set up picket lines at the same airport, the union said.",
    ]);
    assert_eq!(
        speaker_of(&found, "About 210 attendants").as_deref(),
        Some("Regional Flight Attendants Union")
    );
    assert!(!found.iter().any(|q| q.text.starts_with("In 2019")));
}

#[test]
fn an_anonymous_source_known_by_an_unlisted_noun_stays_anonymous() {
    let found = quotes(&[
        "Quintrell Laboratories recalled 2.4 million bottles on Tuesday.",
        "A former quality-control technician at the plant, who spoke on condition of anonymity, said the machine had been patched up.",
        "“Everybody on the floor knew that machine was temperamental,” the former technician said.",
    ]);
    assert_eq!(speaker_of(&found, "Everybody on the floor"), None);
}

#[test]
fn a_state_conciliator_is_a_title() {
    let found = quotes(&[
        "State Conciliator Helmi Saarm said she had invited both sides to talks on Friday.",
        "“Neither side has asked me to step in,” Saarm said.",
    ]);
    assert_eq!(
        speaker_of(&found, "Neither side").as_deref(),
        Some("Helmi Saarm")
    );
}

#[test]
fn the_agency_is_first_the_body_named_agency_then_one_of_its_kind() {
    let found = quotes(&[
        "The National Drug Safety Administration ordered the recall after Quintrell Laboratories reported the fault.",
        "The agency said at least 14 patients had reported dizziness.",
        "The Aldmark Space Agency and the Sovranian Space Directorate share the station.",
        "The agency said a second ground station would take over.",
        "Brantwell Brewery withdrew its loan to the club.",
        "“There comes a point where you are running the club,” the brewery said.",
    ]);
    assert_eq!(
        speaker_of(&found, "at least 14").as_deref(),
        Some("National Drug Safety Administration")
    );
    assert_eq!(
        speaker_of(&found, "a second ground").as_deref(),
        Some("Aldmark Space Agency")
    );
    assert_eq!(
        speaker_of(&found, "There comes").as_deref(),
        Some("Brantwell Brewery")
    );
}

#[test]
fn a_country_with_a_demonym_that_speaks_stays_a_country() {
    let (_, analysis) = run(&[
        "Ostrakia gives Drevania a week to stop copper spill",
        "SORVADI, Ostrakia, March 14 (Tessaro) — Ostrakia on Thursday accused neighbouring Drevania of covering up a spill, and said it would go to arbitration.",
        "The mayor said he had learned of it from Ostrakian news reports.",
        "Ostrakia has never before invoked the treaty.",
        "Minister Dana Merovec said Ostrakia would lodge a complaint on Monday.",
        "Ostrakia said the spill had killed fish for 60 kilometres.",
        "Ostrakia also said it had closed two water intakes.",
    ]);
    let ostrakia = analysis
        .entities
        .iter()
        .find(|e| e.name == "Ostrakia")
        .unwrap_or_else(|| panic!("{:?}", analysis.entities));
    assert_eq!(ostrakia.kind, byline::analysis::EntityKind::Place);
}

#[test]
fn he_in_the_narration_is_never_the_first_person_narrator() {
    let found = quotes(&[
        "Douglas stood by the fire with his hands in his pockets.",
        "“Is the record yours?” I asked. He hung fire again.",
        "“A woman’s. She has been dead these twenty years.”",
    ]);
    assert_eq!(speaker_of(&found, "A woman").as_deref(), Some("Douglas"));
}

#[test]
fn a_he_found_nowhere_keeps_its_cue() {
    let found = quotes(&[
        "Mrs. Hall and Millie cleared the table in the parlour while the muffled figure sat by the window.",
        "“Is the fire lit?” asked Mrs. Hall.",
        "“It is.”",
        "“Then bring the tray.”",
        "“Yes.”",
        "“I have some luggage at the station,” he said.",
    ]);
    let luggage = found
        .iter()
        .find(|q| q.text.starts_with("I have some luggage"))
        .expect("the quote");
    assert_eq!(luggage.cue.as_deref(), Some("said"));
    assert_eq!(luggage.speaker_span.as_deref(), Some("he"));
}

#[test]
fn a_plural_possessive_in_an_appositive_is_no_quotation_mark() {
    let found = quotes(&[
        "Tens of thousands of students marched through the capital.",
        "“This is not a protest about money,” Katarin Ulveny, president of the Orsuvian Students’ Federation (OSF), told the crowd.",
    ]);
    assert_eq!(
        speaker_of(&found, "This is not").as_deref(),
        Some("Katarin Ulveny")
    );
}

#[test]
fn a_clause_after_a_post_posed_attribution() {
    let found = quotes(&[
        "Tens of thousands of students marched through central Drevanna on Thursday.",
        "About 40,000 people took part, the Drevanna Metropolitan Police said, while organizers put the figure at more than 90,000.",
    ]);
    assert_eq!(
        speaker_of(&found, "About 40,000").as_deref(),
        Some("Drevanna Metropolitan Police")
    );
}

#[test]
fn an_anonymous_source_quoted_in_fragments_is_still_the_one_described_later() {
    let found = quotes(&[
        "A freight train derailed near Marrowbend on Sunday.",
        "A conductor who works the same route and asked not to be named because he was not authorized to speak to the media said the track had a \"soft spot\" that crews had reported \"over and over.\"",
        "\"You feel it in the cab every single time,\" the conductor said.",
    ]);
    assert_eq!(speaker_of(&found, "You feel it"), None);
}

#[test]
fn a_body_placed_by_a_lowercase_word_and_a_county_clerk() {
    let found = quotes(&[
        "A hand recount of the sheriff's race ended its third day, County Clerk Janine Kettleworth said.",
        "The state Division of Elections said it had sent two staff members to watch.",
        "But the chairman of Little Stowell Parish Council, Roger Eddington, said that was too little.",
    ]);
    assert_eq!(
        speaker_of(&found, "A hand recount").as_deref(),
        Some("Janine Kettleworth")
    );
    assert_eq!(
        speaker_of(&found, "it had sent").as_deref(),
        Some("Division of Elections")
    );
    assert_eq!(
        speaker_of(&found, "was too little").as_deref(),
        Some("Roger Eddington")
    );
}

#[test]
fn a_sign_inside_the_name_after_of_does_not_end_the_subject() {
    let found = quotes(&[
        "The recount went on in Wickerbrook.",
        "Beatrix Adeyoola of Brandtner & Koury said the campaign had challenged 41 ballots.",
    ]);
    assert_eq!(
        speaker_of(&found, "the campaign had").as_deref(),
        Some("Beatrix Adeyoola")
    );
}

#[test]
fn a_clause_after_the_document_it_came_in_needs_no_that() {
    let found = quotes(&[
        "The recount went on in Wickerbrook.",
        "The Bexmoor County Board of Canvassers said in a statement it would meet in public on Friday.",
    ]);
    assert_eq!(
        speaker_of(&found, "it would meet").as_deref(),
        Some("Bexmoor County Board of Canvassers")
    );
}

#[test]
fn a_quotation_paragraph_after_reported_speech_goes_on_in_that_voice() {
    let found = quotes(&[
        "Halina Moravek, rector of the University of Drevanna, said she supported more money “but not on the backs of students.”",
        "“We have lecturers who have not had a raise in nine years,” Moravek said in an interview. “But there are other ways to find the money.”",
        "She said the university had lost 60 junior lecturers to neighboring Brandmark, where salaries are roughly double.",
        "“Every spring I sign another farewell card. I have stopped counting.”",
    ]);
    assert_eq!(
        speaker_of(&found, "Every spring").as_deref(),
        Some("Halina Moravek")
    );
}

#[test]
fn the_institute_the_park_the_lender_and_the_bulletin_speak() {
    let found = quotes(&[
        "The Quilvaran Institute of Volcanology and Seismology raised the alert on Tuesday.",
        "The institute said it would issue its next bulletin at 6am on Thursday.",
        "“Stay away from the crater,” the bulletin said.",
        "Harvestline Cooperative Bank will close five branches, the member-owned lender said.",
    ]);
    assert_eq!(
        speaker_of(&found, "it would issue").as_deref(),
        Some("Quilvaran Institute of Volcanology and Seismology")
    );
    assert_eq!(
        speaker_of(&found, "Harvestline Cooperative Bank will close").as_deref(),
        Some("Harvestline Cooperative Bank")
    );
}

#[test]
fn more_ways_fiction_names_a_speaker() {
    let found = quotes(&[
        "Mr. Temple walked with the old man along the road in the rain.",
        "“I will not sacrifice my happiness,” said he: “I will seek contentment in a cottage.”",
        "“You are an American?”",
        "“Yes.”",
        "“From the city?”",
        "“I am,” rejoined his young interlocutor, swinging his legs.",
        "“Won’t you tell us?” somebody else inquired.",
    ]);
    assert_eq!(speaker_span_of(&found, "I will not"), Some("he"));
    assert_eq!(
        speaker_of(&found, "I will not"),
        speaker_of(&found, "I will seek")
    );
    assert_eq!(
        speaker_span_of(&found, "I am"),
        Some("his young interlocutor")
    );
    assert_eq!(speaker_span_of(&found, "Won’t you"), Some("somebody else"));
}

#[test]
fn the_voice_of_a_named_person_is_that_person() {
    let found = quotes(&[
        "Jane sat in the window-seat when the breakfast-room door opened.",
        "“Boh! Madam Mope!” cried the voice of John Reed.",
    ]);
    assert_eq!(speaker_of(&found, "Boh!").as_deref(), Some("John Reed"));
}

#[test]
fn a_soprano_is_a_title_and_the_chamber_a_body() {
    let found = quotes(&[
        "The Orrholm Chamber of Commerce met on Friday.",
        "The chamber said the loss to shops and hotels would be severe.",
        "Soprano Ines Valderrama said younger singers would leave the province.",
    ]);
    assert_eq!(
        speaker_of(&found, "the loss").as_deref(),
        Some("Orrholm Chamber of Commerce")
    );
    assert_eq!(
        speaker_of(&found, "younger singers").as_deref(),
        Some("Ines Valderrama")
    );
}

#[test]
fn said_later_closes_a_post_posed_attribution() {
    let found = quotes(&[
        "Julian Morrissette chairs the opera company's board.",
        "The board will meet Wednesday, he said later.",
    ]);
    assert_eq!(
        speaker_of(&found, "The board will meet").as_deref(),
        Some("Julian Morrissette")
    );
}

#[test]
fn an_age_between_name_and_description_and_a_name_after_according_to_its_pastor() {
    let found = quotes(&[
        "The church would be “on an island” for the morning, according to its pastor, Rev. Corwin Mundell.",
        "Jules Anand-Pryce, 34, a nurse at the health centre, said the old course was ruined.",
        "“You’d be dodging dog walkers at kilometre 30,” she told the Ledger.",
    ]);
    assert_eq!(
        speaker_of(&found, "on an island").as_deref(),
        Some("Corwin Mundell")
    );
    assert_eq!(
        speaker_of(&found, "You’d be dodging").as_deref(),
        Some("Jules Anand-Pryce")
    );
}

#[test]
fn a_quoted_title_whose_comma_stands_inside_the_marks() {
    let (_, analysis) = run(&[
        "The season opens with “The Salt Widow,” a commissioned opera by Odile Trembley.",
        "Tickets go on sale on Monday.",
    ]);
    assert!(
        analysis.entities.iter().any(|e| e.name == "The Salt Widow"),
        "{:?}",
        analysis.entities
    );
}

#[test]
fn a_two_word_fragment_later_in_the_sentence_keeps_the_speaker() {
    let found = quotes(&[
        "Culture Minister Colette Ardagh said the government “deeply values” the arts but had to make “hard choices” to balance the budget.",
    ]);
    assert_eq!(
        speaker_of(&found, "hard choices").as_deref(),
        Some("Colette Ardagh")
    );
}

#[test]
fn a_country_opening_a_sentence_whose_demonym_the_article_uses_speaks() {
    let found = quotes(&[
        "The court in Corvessa ordered the dam's owner to release more water.",
        "Velmarra, which lies downstream and draws its water from the river, said on Thursday it welcomed the ruling.",
        "The treaty guarantees Velmarran towns a minimum flow.",
    ]);
    assert_eq!(
        speaker_of(&found, "it welcomed").as_deref(),
        Some("Velmarra")
    );
}

#[test]
fn a_name_that_is_also_a_verb_of_saying_is_no_cue() {
    let found = quotes(&[
        "Salterbeck Rovers play at the Mill.",
        "Rovers’ chairman, Bill Tranter, said he wished Albion well, but joked that the new stadium would be “close enough for our lot to hear yours crying”.",
    ]);
    let partial = found
        .iter()
        .find(|q| q.text.starts_with("close enough"))
        .expect("the partial quote");
    assert_ne!(partial.cue.as_deref(), Some("bill"));
}

#[test]
fn the_statement_of_the_company_and_a_publisher() {
    let found = quotes(&[
        "Hollybrook Care Group has run the home since 2009.",
        "In a statement, the company said it had explored every option.",
        "“This is not a decision we have taken lightly,” the statement said.",
        "Publisher Clement Vandemeer told staff on Tuesday.",
        "“Nobody felt worse about this than I did,” Vandemeer said.",
    ]);
    assert_eq!(
        speaker_of(&found, "This is not").as_deref(),
        Some("Hollybrook Care Group")
    );
    assert_eq!(
        speaker_of(&found, "Nobody felt").as_deref(),
        Some("Clement Vandemeer")
    );
}

#[test]
fn a_speech_noun_after_a_determiner_is_no_verb() {
    let found = quotes(&[
        "Tom Harrow heard the whole story that night, and after a long silence he said to his \
         wife, with a sigh, “That boy will come to no good.”",
    ]);
    assert_eq!(
        speaker_of(&found, "That boy").as_deref(),
        Some("Tom Harrow")
    );
}

#[test]
fn an_adverb_phrase_between_commas_may_part_the_verb_from_its_speaker() {
    let found = quotes(&[
        "“She ought to be branded,” said a hard-featured matron.",
        "“Ah, but,” interposed, more softly, a young wife, “let her cover the mark as she will.”",
    ]);
    assert_eq!(speaker_of(&found, "Ah, but").as_deref(), Some("the wife"));
}

#[test]
fn archaic_speech_verbs_attribute() {
    let found = quotes(&[
        "“It's nowhere near here,” said the prospector.",
        "“What!” ejaculated Tom Cameron.",
        "“Aw,” fleered Happy Jack, “he ain't from here.”",
    ]);
    assert_eq!(speaker_of(&found, "What").as_deref(), Some("Tom Cameron"));
    assert_eq!(speaker_of(&found, "Aw").as_deref(), Some("Happy Jack"));
}

#[test]
fn the_subject_of_a_verb_joined_by_and_to_the_speech_verb_speaks() {
    let found = quotes(&[
        "Jonathan Harker waited at the inn door. As I came close Hanna Vogel bowed and said, \
         “The Herr Englishman?”",
    ]);
    assert_eq!(
        speaker_of(&found, "The Herr").as_deref(),
        Some("Hanna Vogel")
    );
}

#[test]
fn a_double_hyphen_after_a_speech_verb_introduces_an_utterance() {
    let found = quotes(&["Ana Ruiz looked up and said -- \"Come here.\""]);
    let quote = found
        .iter()
        .find(|q| q.text.starts_with("Come here"))
        .unwrap();
    assert_eq!(quote.kind, QuoteKind::Direct);
    assert_eq!(speaker_of(&found, "Come here").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_persons_possessive_before_the_quotation_owns_it() {
    let found = quotes(&[
        "The hall fell silent. As Madame Christine Nilsson's “M'ama!” thrilled out above it, \
         Archer looked away.",
    ]);
    assert_eq!(
        speaker_of(&found, "M'ama").as_deref(),
        Some("Christine Nilsson")
    );
}

#[test]
fn one_of_a_group_and_the_eldest_of_a_group_speak() {
    let found = quotes(&[
        "“I am glad,” said my mother.",
        "“And serve him right, too,” said one of the colts.",
        "“He is broke,” said the oldest of the colts.",
    ]);
    for start in ["And serve", "He is broke"] {
        let quote = found.iter().find(|q| q.text.starts_with(start)).unwrap();
        assert_ne!(quote.speaker.as_deref(), Some("my mother"), "{start}");
        assert!(quote.speaker.is_some(), "{start}");
        assert!(
            quote
                .speaker_span
                .as_deref()
                .is_some_and(|span| span.ends_with("of the colts")),
            "{start}: {:?}",
            quote.speaker_span
        );
    }
}
