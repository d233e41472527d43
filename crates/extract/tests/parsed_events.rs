//! Events read from the dependency parse: one test per construction, on sentences written
//! for these tests. Polarity and attribution each have a negative case.

mod common;

use common::{events, extract_on};
use newsgraph_model::{ArticleGraph, Event, Polarity};

fn extract(text: &str) -> ArticleGraph {
    // A Wednesday.
    extract_on(text, Some("2021-03-03"))
}

fn id(g: &ArticleGraph, label: &str) -> String {
    g.entities
        .iter()
        .find(|e| e.label == label || e.names.iter().any(|n| n == label))
        .map(|e| e.id.clone())
        .unwrap_or_else(|| panic!("no entity {label}: {:#?}", g.entities))
}

fn only<'g>(g: &'g ArticleGraph, root: &str) -> &'g Event {
    let found = events(g, root);
    assert_eq!(found.len(), 1, "{root}: {:#?}", g.events);
    found[0]
}

#[test]
fn active_voice_subject_acts_on_object() {
    let g = extract("Norway accused Peru of hiding the report.");
    let e = only(&g, "11");
    assert_eq!(e.sources, [id(&g, "Norway")]);
    assert_eq!(e.targets, [id(&g, "Peru")]);
    assert_eq!(e.polarity, Polarity::Asserted);
}

#[test]
fn passive_voice_agent_acts_on_subject() {
    let g = extract("Ghana was criticised by Togo on Monday.");
    let e = only(&g, "11");
    assert_eq!(e.sources, [id(&g, "Togo")]);
    assert_eq!(e.targets, [id(&g, "Ghana")]);
}

#[test]
fn coordinated_subjects_all_act() {
    let g = extract("Ghana and Togo signed a border agreement on Monday.");
    let e = only(&g, "05");
    for country in ["Ghana", "Togo"] {
        assert!(e.sources.contains(&id(&g, country)), "{e:#?}");
        assert!(e.targets.contains(&id(&g, country)), "{e:#?}");
    }
}

#[test]
fn what_an_accusation_is_about_is_not_an_event() {
    let g = extract("Norway accused Peru of attacking its fishing boats.");
    assert_eq!(events(&g, "11").len(), 1, "{:#?}", g.events);
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn accusing_each_other_gives_two_directed_events() {
    let g = extract("Ghana and Togo accused each other of violating the border deal.");
    let acc = events(&g, "11");
    assert_eq!(acc.len(), 2, "{:#?}", g.events);
    let (ghana, togo) = (id(&g, "Ghana"), id(&g, "Togo"));
    assert!(acc
        .iter()
        .any(|e| e.sources == [ghana.clone()] && e.targets == [togo.clone()]));
    assert!(acc
        .iter()
        .any(|e| e.sources == [togo.clone()] && e.targets == [ghana.clone()]));
}

#[test]
fn exchanging_fire_involves_both_sides() {
    let g = extract("Ghana and Togo exchanged fire across the river on Tuesday.");
    let fights = events(&g, "19");
    assert!(!fights.is_empty(), "{:#?}", g.events);
    let (ghana, togo) = (id(&g, "Ghana"), id(&g, "Togo"));
    for e in &fights {
        assert!(e.sources.contains(&ghana) || e.sources.contains(&togo));
        assert!(e.targets.contains(&ghana) || e.targets.contains(&togo));
    }
}

#[test]
fn a_capital_that_acts_stands_for_its_country() {
    let g = extract(
        "Ghana accused Togo of smuggling. Lome rejected the charge and accused Accra of lying.",
    );
    let from_lome = events(&g, "11")
        .into_iter()
        .find(|e| e.sources == [id(&g, "Togo")])
        .unwrap_or_else(|| panic!("{:#?}", g.events));
    assert_eq!(from_lome.targets, [id(&g, "Ghana")]);
}

#[test]
fn negation_on_the_verb_or_the_event_noun() {
    let g = extract("Norway did not meet Peru on Monday.");
    assert_eq!(only(&g, "04").polarity, Polarity::Negated);
    let g = extract("Norway held no talks with Peru on Monday.");
    assert_eq!(only(&g, "04").polarity, Polarity::Negated);
    let g = extract("A meeting between Norway and Peru did not take place on Monday.");
    assert_eq!(only(&g, "04").polarity, Polarity::Negated);
}

#[test]
fn future_plans_modals_and_denied_plans_are_unrealised() {
    for text in [
        "Norway will meet Peru next week.",
        "Norway plans to visit Peru in May.",
        "Norway could sanction Peru over the dispute.",
        "Norway denied plans to recall its ambassador from Peru.",
        "Norway would attack Peru if the talks failed.",
    ] {
        let g = extract(text);
        assert!(!g.events.is_empty(), "{text}");
        for e in &g.events {
            if e.cameo.as_str() != "016" {
                assert_eq!(e.polarity, Polarity::Unrealised, "{text}: {e:#?}");
            }
        }
    }
}

#[test]
fn plain_past_events_are_asserted() {
    // The negative case of polarity: nothing negates or defers these.
    for text in [
        "Norway met Peru on Monday.",
        "Norway recalled its ambassador from Peru.",
    ] {
        let g = extract(text);
        assert!(!g.events.is_empty(), "{text}");
        assert!(
            g.events.iter().all(|e| e.polarity == Polarity::Asserted),
            "{text}: {:#?}",
            g.events
        );
    }
}

#[test]
fn reported_events_are_attributed_to_the_speaker() {
    for text in [
        "Norway accused Peru of hiding the report, Foreign Minister Ana Lind said.",
        "According to Foreign Minister Ana Lind, Norway accused Peru of hiding the report.",
        "Foreign Minister Ana Lind told reporters that Norway had accused Peru of hiding the report.",
    ] {
        let g = extract(text);
        let e = only(&g, "11");
        assert_eq!(e.attribution, Some(id(&g, "Ana Lind")), "{text}");
    }
}

#[test]
fn a_quotation_over_two_sentences_is_the_speakers() {
    let g = extract(
        "Foreign Minister Ana Lind spoke on Monday.\n\n\"Peru attacked our boats. Peru also \
         shelled the port,\" Lind said.",
    );
    let lind = id(&g, "Ana Lind");
    let fights = events(&g, "19");
    assert!(!fights.is_empty(), "{:#?}", g.events);
    assert!(
        fights
            .iter()
            .all(|e| e.attribution.as_deref() == Some(lind.as_str())),
        "{fights:#?}"
    );
}

#[test]
fn unreported_events_have_no_attribution() {
    let g = extract("Norway accused Peru of hiding the report on Monday.");
    assert_eq!(only(&g, "11").attribution, None);
}

#[test]
fn dates_resolve_against_the_publication_date() {
    // Published on Wednesday 2021-03-03: Saturday is 2021-02-27, across a month boundary.
    let g = extract("Norway accused Peru on Saturday of hiding the report.");
    assert_eq!(
        only(&g, "11")
            .date
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2021-02-27")
    );
    let g = extract("Norway and Peru signed a treaty in May 1994.");
    assert_eq!(
        only(&g, "05")
            .date
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("1994-05")
    );
}

#[test]
fn place_from_in_near_at() {
    let g = extract("Norway met Peru in Oslo on Monday.");
    assert_eq!(only(&g, "04").places, [id(&g, "Oslo")]);
}

#[test]
fn a_country_is_never_a_person() {
    let g = extract("Georgia said it would meet Armenia. Georgia Lind, a teacher, spoke.");
    let georgia = g.entity(&id(&g, "Georgia")).unwrap();
    assert_eq!(georgia.etype, newsgraph_model::EntityType::Country);
}

#[test]
fn the_leads_event_without_a_place_is_placed_at_the_dateline() {
    let g = extract("OSLO, March 3 (Wire) - Norway accused Peru of hiding the report.");
    assert_eq!(only(&g, "11").places, [id(&g, "Oslo")]);
}

#[test]
fn the_two_countries_are_the_countries_not_a_new_actor() {
    let g = extract("Ghana and Togo met on Monday. The two countries signed a border treaty.");
    assert!(
        g.entities
            .iter()
            .all(|e| !e.label.to_lowercase().ends_with("countries")),
        "{:#?}",
        g.entities
    );
    let e = only(&g, "05");
    assert!(
        e.sources.contains(&id(&g, "Ghana")) && e.sources.contains(&id(&g, "Togo")),
        "{e:#?}"
    );
}

#[test]
fn a_visitor_welcomed_by_a_president_is_a_hosted_visit() {
    // The parser may hang "was welcomed" off the gerund clause; its subject is still the
    // main clause's.
    let g = extract(
        "Chilean Foreign Minister Tomas Ortega arrived in Lima on Monday, his first trip since \
         taking office, and was welcomed by Peruvian President Elena Quispe at the palace.",
    );
    let e = only(&g, "04");
    assert_eq!(e.cameo.as_str(), "043");
    assert_eq!(e.sources, [id(&g, "Elena Quispe"), id(&g, "Peru")]);
    assert_eq!(e.targets, [id(&g, "Tomas Ortega"), id(&g, "Chile")]);
}

#[test]
fn a_meeting_that_did_not_take_place_is_negated() {
    let g = extract(
        "A meeting of trade ministers from Chile, Peru and Bolivia on the lithium accord did \
         not take place in La Paz on Monday, officials said.",
    );
    let e = only(&g, "04");
    assert_eq!(e.polarity, Polarity::Negated);
}

#[test]
fn the_neighbours_who_sign_together_are_the_two_countries() {
    let g = extract(
        "Chile and Bolivia reopened a border crossing on Monday. \
         Their governments signed a water-sharing accord in May 1998.",
    );
    let e = only(&g, "05");
    for country in ["Chile", "Bolivia"] {
        assert!(e.sources.contains(&id(&g, country)), "{e:#?}");
        assert!(e.targets.contains(&id(&g, country)), "{e:#?}");
    }
}

#[test]
fn plural_nouns_that_do_not_name_the_parties_stay_unresolved() {
    let g = extract(
        "Chile and Bolivia reopened a border crossing on Monday. \
         The engineers signed a water-sharing accord in May 1998.",
    );
    for e in events(&g, "05") {
        assert!(!e.sources.contains(&id(&g, "Chile")), "{e:#?}");
    }
}

#[test]
fn a_national_groups_act_is_also_its_countrys() {
    let g = extract(
        "Niger and Mali traded accusations on Monday. \
         Malian soldiers attacked a village in Niger on Sunday, the Niger army said.",
    );
    let attack = events(&g, "19")
        .into_iter()
        .chain(events(&g, "18"))
        .next()
        .unwrap_or_else(|| panic!("no attack: {:#?}", g.events));
    assert!(attack.sources.contains(&id(&g, "Mali")), "{attack:#?}");
    assert!(!attack.sources.contains(&id(&g, "Niger")), "{attack:#?}");
}

#[test]
fn a_stan_countrys_people_go_by_the_stem() {
    let g = extract(
        "Kyrgyzstan and Tajikistan reported shooting near their border on Monday. \
         In Bishkek, Bakyt Osmonov, a spokesman for the Kyrgyz border guards, said on \
         Tuesday that the Tajik side had opened fire first.",
    );
    let accusations = events(&g, "11");
    assert!(
        accusations
            .iter()
            .any(|e| e.targets.contains(&id(&g, "Tajikistan"))),
        "{:#?}",
        g.events
    );
}

#[test]
fn an_ordered_release_is_the_orderers_and_a_demanded_one_is_not() {
    let g = extract("Zambia's High Court on Monday ordered the release of the writer Moses Banda.");
    let release = only(&g, "08");
    assert_eq!(release.cameo.as_str(), "0841", "{release:#?}");
    assert!(
        release.sources.contains(&id(&g, "High Court")),
        "{release:#?}"
    );
    assert!(
        release.targets.contains(&id(&g, "Moses Banda")),
        "{release:#?}"
    );
    assert_eq!(release.polarity, Polarity::Asserted);

    let g = extract("Opposition leaders in Zambia demanded the release of the writer Moses Banda.");
    assert!(events(&g, "08").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_verb_left_without_a_subject_takes_the_actor_right_before_it() {
    let g = extract(
        "Mali's army launched an attack on the Azawad Liberation Front near the city of \
         Kidal on Monday, a day after the armed group shelled the city's airport, a military \
         spokesman said.",
    );
    let front = id(&g, "Azawad Liberation Front");
    let shelling = g
        .events
        .iter()
        .find(|e| e.cameo.as_str() == "194")
        .unwrap_or_else(|| panic!("no shelling: {:#?}", g.events));
    assert_eq!(shelling.sources, [front], "{shelling:#?}");
}

#[test]
fn a_verb_hung_on_another_verbs_object_shares_its_subject() {
    let g = extract(
        "The union's vice-president, Jonas Mbeki, welcomed the judgment and called on the \
         company's owner, Lusaka Textiles, to pay the workers.",
    );
    let appeal = only(&g, "02");
    assert!(
        appeal.sources.contains(&id(&g, "Jonas Mbeki")),
        "{appeal:#?}"
    );
    assert!(
        appeal.targets.contains(&id(&g, "Lusaka Textiles")),
        "{appeal:#?}"
    );
}

#[test]
fn a_pronoun_under_a_relative_clause_stands_for_what_the_clause_describes() {
    let g = extract(
        "Union leader Pedro Alvarez criticised the pension plan on Monday. \
         The cabinet did not vote on the plan, according to the Chilean labour minister, \
         Rosa Vidal, who said she had met a delegation of the strikers during a break.",
    );
    let meeting = only(&g, "04");
    assert!(
        meeting.sources.contains(&id(&g, "Rosa Vidal")),
        "{meeting:#?}"
    );
    assert!(
        !meeting.sources.contains(&id(&g, "Pedro Alvarez")),
        "{meeting:#?}"
    );
}

#[test]
fn a_verb_before_and_is_read_alone() {
    let g = extract(
        "Ugandan police fired tear gas at students in Kampala on Monday. \
         Interior Minister Ruth Okello said 30 students had been arrested and warned that \
         officers would not allow more marches.",
    );
    let arrests: Vec<_> = g
        .events
        .iter()
        .filter(|e| e.cameo.as_str() == "173")
        .collect();
    assert_eq!(arrests.len(), 1, "{:#?}", g.events);
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "171"),
        "{:#?}",
        g.events
    );
}

#[test]
fn one_act_told_in_two_phrases_is_one_event() {
    let g = extract(
        "Police in Lusaka detained nine journalists on Monday. Home Affairs Minister Jack \
         Mwila warned that officers would not allow more protests. The Zambian Bar \
         Association condemned the use of force and said it would go to court to challenge \
         the arrests.",
    );
    let lawsuits: Vec<_> = g
        .events
        .iter()
        .filter(|e| e.cameo.as_str() == "115")
        .collect();
    assert_eq!(lawsuits.len(), 1, "{:#?}", g.events);
    assert_eq!(lawsuits[0].polarity, Polarity::Unrealised);
}

#[test]
fn a_war_with_only_one_party_nearby_is_no_event() {
    let g = extract(
        "Norway plans new limits on Danish activists who support the war, a Norwegian \
         official said on Tuesday.",
    );
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_rejection_answers_the_act_its_after_clause_names() {
    let g = extract(
        "Ana Rojas, Peru's opposition leader, rejected the results on Sunday after the \
         National Elections Jury announced that Luis Vega had won.",
    );
    let rejection = only(&g, "12");
    assert!(
        rejection.sources.contains(&id(&g, "Ana Rojas")),
        "{rejection:#?}"
    );
    assert_eq!(
        rejection.targets,
        [id(&g, "National Elections Jury")],
        "{rejection:#?}"
    );
}
