//! One test per construction added for recall on unseen wire copy (issue 5), on sentences
//! written for these tests.

mod common;

use common::{events, extract_on, has_rel, id};
use newsgraph_model::{ArticleGraph, Polarity, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-06-10"))
}

#[test]
fn bare_police_and_protesters_are_actors_of_an_arrest() {
    let g = extract(
        "NAIROBI (Wire) - Police detained 12 protesters outside parliament in Nairobi on \
         Tuesday. Kenya's opposition said the arrests were illegal.",
    );
    let police = id(&g, "Police");
    let protesters = id(&g, "protesters");
    let arrests = events(&g, "17");
    assert!(
        arrests
            .iter()
            .any(|e| e.sources.contains(&police) && e.targets.contains(&protesters)),
        "{:#?}",
        g.events
    );
}

#[test]
fn an_arrest_without_a_named_agent_is_the_named_police_forces() {
    let g = extract(
        "A reporter, Amos Banda, was arrested in Lusaka on Monday. The Zambia Police Service \
         declined to comment.",
    );
    let police = id(&g, "Zambia Police Service");
    let arrest = events(&g, "17");
    assert_eq!(arrest.len(), 1, "{:#?}", g.events);
    assert_eq!(arrest[0].sources, vec![police]);
    // With no police force in the story, nobody is made up.
    let g = extract("A reporter, Amos Banda, was arrested in Lusaka on Monday.");
    assert!(events(&g, "17").iter().all(|e| e.sources.is_empty()));
}

#[test]
fn a_definite_description_names_the_organisation_and_carries_its_titles() {
    let g = extract(
        "The Young Farmers' Union of Wallonia organised the march. \"We will be back,\" said \
         the union's president, Thomas Lambert.",
    );
    assert!(has_rel(
        &g,
        "Thomas Lambert",
        RelationType::LeaderOf,
        "the union"
    ));
    assert_eq!(
        id(&g, "the union"),
        id(&g, "Young Farmers' Union of Wallonia")
    );
}

#[test]
fn a_ministry_named_by_its_field_is_the_home_countrys() {
    let g = extract(
        "CHISINAU, April 2 (Wire) - Moldova expelled two Russian diplomats on Thursday, the \
         foreign ministry said. Ministry spokesman Ion Ceban gave no details.",
    );
    let ministry = g
        .entities
        .iter()
        .find(|e| e.names.iter().any(|n| n.ends_with("foreign ministry")))
        .expect("the foreign ministry is an entity");
    assert!(ministry.label.contains("Moldova"), "{}", ministry.label);
    // The dateline is not the lead's subject: Moldova expels.
    let expel = events(&g, "17");
    assert_eq!(expel.len(), 1, "{:#?}", g.events);
    assert_eq!(expel[0].sources, vec![id(&g, "Moldova")]);
}

#[test]
fn a_body_word_with_a_title_gives_the_holder_a_relation() {
    let g = extract(
        "Belgian police used water cannon on Thursday. Fourteen people were detained, a police \
         spokeswoman, Nathalie Peeters, said.",
    );
    assert!(has_rel(
        &g,
        "Nathalie Peeters",
        RelationType::SpokespersonOf,
        "Belgian police"
    ));
}

#[test]
fn bodies_of_the_european_union_are_part_of_it() {
    let g = extract(
        "The European Union's General Court annulled the listing. The European Commission and \
         the Council of the European Union said they would study the ruling.",
    );
    for body in [
        "General Court",
        "European Commission",
        "Council of the European Union",
    ] {
        assert!(
            has_rel(&g, body, RelationType::PartOf, "European Union"),
            "{body}: {:#?}",
            g.relations
        );
    }
}

#[test]
fn a_province_is_part_of_the_country_its_sentence_names() {
    let g = extract(
        "PHNOM PENH, March 14 (Wire) - Cambodia said its troops held their positions. The Thai \
         army closed the crossings in Sa Kaeo province.",
    );
    assert!(has_rel(&g, "Sa Kaeo", RelationType::PartOf, "Thailand"));
    assert!(!has_rel(&g, "Sa Kaeo", RelationType::PartOf, "Cambodia"));
}

#[test]
fn coordinated_nationalities_fire_at_each_other() {
    let g = extract(
        "QUETTA (Wire) — Pakistani and Afghan border forces exchanged artillery fire near the \
         border town of Chaman, killing two civilians, Pakistani officials said. Afghanistan \
         blamed Pakistan.",
    );
    let (pk, af) = (id(&g, "Pakistan"), id(&g, "Afghanistan"));
    let fire = events(&g, "19");
    // The exchange is each side firing at the other; the deaths it caused are not an event
    // of their own.
    assert_eq!(fire.len(), 2, "{:#?}", g.events);
    assert!(fire
        .iter()
        .any(|e| e.sources.contains(&pk) && e.targets.contains(&af) && !e.sources.contains(&af)));
    assert!(fire
        .iter()
        .any(|e| e.sources.contains(&af) && e.targets.contains(&pk) && !e.sources.contains(&pk)));
}

#[test]
fn those_urged_to_talk_are_not_the_ones_urging() {
    let g = extract(
        "Thailand and Cambodia traded accusations on Friday. Malaysia urged both sides to hold \
         talks.",
    );
    let malaysia = id(&g, "Malaysia");
    let appeal = events(&g, "02");
    assert_eq!(appeal.len(), 1, "{:#?}", g.events);
    assert_eq!(appeal[0].sources, vec![malaysia.clone()]);
    assert!(appeal[0].targets.contains(&id(&g, "Thailand")));
    // The talks, if any, are the two sides', and only urged: not done.
    for talks in events(&g, "04") {
        assert!(!talks.sources.contains(&malaysia), "{talks:#?}");
        assert_ne!(talks.polarity, Polarity::Asserted, "{talks:#?}");
    }
}

#[test]
fn welcoming_a_judgment_is_praise_for_the_court() {
    let g = extract(
        "The Constitutional Court ordered the government to reopen the inquiry. The union's \
         general secretary, Sipho Nkosi, welcomed the judgment.",
    );
    let praise = events(&g, "05");
    assert_eq!(praise.len(), 1, "{:#?}", g.events);
    assert_eq!(praise[0].cameo.as_str(), "051");
    assert!(praise[0].targets.contains(&id(&g, "Constitutional Court")));
    assert!(
        events(&g, "04").is_empty(),
        "not a hosted visit: {:#?}",
        g.events
    );
}

#[test]
fn an_appeal_to_a_court_is_a_lawsuit_and_going_to_court_is_planned() {
    let g = extract("The Council can appeal to the Court of Justice within two months.");
    let suit = events(&g, "11");
    assert_eq!(suit.len(), 1, "{:#?}", g.events);
    assert_eq!(suit[0].cameo.as_str(), "115");
    assert_eq!(suit[0].polarity, Polarity::Unrealised);
    // An appeal to a country stays a plea.
    let g = extract("Cuba appealed to Norway to resume the talks.");
    assert!(events(&g, "02").iter().any(|e| e.cameo.as_str() == "020"));
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
    let g = extract("The Law Society of Kenya said it would go to court to challenge the arrests.");
    let suit = events(&g, "11");
    assert!(!suit.is_empty(), "{:#?}", g.events);
    assert!(suit.iter().all(|e| e.polarity == Polarity::Unrealised));
}

#[test]
fn a_president_with_no_country_named_leads_the_home_country() {
    let g = extract(
        "NAIROBI (Wire) - Kenyan lawmakers vote on Thursday. President Samuel Kiprop has said \
         he will sign the bill.",
    );
    assert!(has_rel(
        &g,
        "Samuel Kiprop",
        RelationType::LeaderOf,
        "Kenya"
    ));
}

#[test]
fn police_who_did_not_use_force_are_negated() {
    let g = extract(
        "Thousands of protesters marched in Ulaanbaatar on Monday. Police did not fire tear gas.",
    );
    let force = events(&g, "17");
    assert_eq!(force.len(), 1, "{:#?}", g.events);
    assert_eq!(force[0].polarity, Polarity::Negated);
}

#[test]
fn saying_the_other_side_fired_first_is_an_accusation() {
    let g = extract(
        "Cambodia and Thailand clashed on Friday. In Bangkok, army spokesman Anan Wongsa denied \
         the charge and said Cambodian soldiers had fired first.",
    );
    let anan = id(&g, "Anan Wongsa");
    let soldiers = id(&g, "Cambodian soldiers");
    // He speaks for the army he is the spokesman of.
    let army: Vec<String> = g
        .relations
        .iter()
        .filter(|r| r.subject == anan && r.predicate == RelationType::SpokespersonOf)
        .map(|r| r.object.clone())
        .collect();
    assert_eq!(army.len(), 1, "{:#?}", g.relations);
    assert!(
        events(&g, "11").iter().any(|e| e.cameo.as_str() == "112"
            && e.sources == vec![anan.clone(), army[0].clone()]
            && e.targets.contains(&soldiers)),
        "{:#?}",
        g.events
    );
    // Told as a fact, not as someone's claim, it accuses nobody.
    let g = extract("Cambodian soldiers fired first on Friday, and Thai troops answered.");
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn who_leads_a_body_is_its_leader() {
    let g = extract(
        "Prime Minister Batbayar Ganzorig, who leads the Democratic Party, conceded. \
         Malaysia, which chairs the Association of Southeast Asian Nations, urged calm.",
    );
    assert!(has_rel(
        &g,
        "Batbayar Ganzorig",
        RelationType::LeaderOf,
        "Democratic Party"
    ));
    assert!(has_rel(
        &g,
        "Malaysia",
        RelationType::LeaderOf,
        "Association of Southeast Asian Nations"
    ));
    // Who merely meets a body does not lead it.
    let g = extract("Ana Lind, who met the Democratic Party, left.");
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::LeaderOf));
}
