//! Divisions of countries (states, provinces, regions) typed and placed by our list of
//! them, `data/lexicon/regions.tsv`; sentences written for these tests.

mod common;

use common::{extract_on, has_rel, holds, lacks};
use newsgraph_model::EntityType;
use newsgraph_model::RelationType::{LocatedIn, PartOf};

fn etype(g: &newsgraph_model::ArticleGraph, label: &str) -> Option<EntityType> {
    g.entities
        .iter()
        .find(|e| e.label == label)
        .map(|e| e.etype)
}

#[test]
fn a_state_the_tagger_does_not_know_is_a_region_of_the_named_country() {
    // Two words with no place word beside them: the name steps alone read a person.
    let g = extract_on(
        "NEW DELHI, Nov 20 (Wire) - India said on Thursday that Chinese troops had crossed \
         the frontier in Arunachal Pradesh before dawn.",
        Some("2026-11-20"),
    );
    assert_eq!(
        etype(&g, "Arunachal Pradesh"),
        Some(EntityType::Region),
        "{:#?}",
        g.entities
    );
    assert!(
        has_rel(&g, "Arunachal Pradesh", PartOf, "India"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_province_is_part_of_its_country_not_located_in_it() {
    let g = extract_on(
        "ISLAMABAD, Nov 20 (Wire) - Pakistan sent more troops to Balochistan on Thursday after \
         gunmen attacked a bus on the coastal highway.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(&g, "Balochistan", PartOf, "Pakistan"),
        "{:#?}",
        g.relations
    );
    assert!(
        !has_rel(&g, "Balochistan", LocatedIn, "Pakistan"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_state_of_another_country_is_not_put_in_the_country_the_story_is_filed_from() {
    // Filed from New Delhi; without the list, "Zamfara state" is read as a state of the
    // story's own country.
    let g = extract_on(
        "NEW DELHI, Nov 20 (Wire) - India condemned on Thursday the killing of four villagers \
         by gunmen in Zamfara state.",
        Some("2026-11-20"),
    );
    assert!(
        !has_rel(&g, "Zamfara", PartOf, "India"),
        "{:#?}",
        g.relations
    );
    assert!(
        !has_rel(&g, "Zamfara", LocatedIn, "India"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_name_two_countries_give_to_a_division_stays_unplaced_when_the_story_names_both() {
    let g = extract_on(
        "LAHORE, Nov 20 (Wire) - Farmers in Punjab burned crop stubble again this week, \
         officials in Pakistan and India said on Thursday.",
        Some("2026-11-20"),
    );
    assert!(
        !g.relations
            .iter()
            .any(|r| r.subject == "punjab" && r.predicate == PartOf),
        "{:#?}",
        g.relations
    );
}

#[test]
fn the_list_types_a_name_but_does_not_make_a_word_a_place() {
    // "Borno" is a state; "Jackson" and "Lagos" are not in the list of divisions (a
    // surname; a city far better known than its state).
    let g = extract_on(
        "ABUJA, Nov 20 (Wire) - Nigeria's army said on Thursday it had freed 12 hostages in \
         Borno. Army spokesman Tunde Jackson said the operation was over.",
        Some("2026-11-20"),
    );
    assert_eq!(
        etype(&g, "Borno"),
        Some(EntityType::Region),
        "{:#?}",
        g.entities
    );
    assert!(
        has_rel(&g, "Borno", PartOf, "Nigeria"),
        "{:#?}",
        g.relations
    );
    assert_eq!(
        etype(&g, "Tunde Jackson"),
        Some(EntityType::Person),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_district_no_list_knows_is_part_of_the_city_filed_from() {
    let g = extract_on(
        "NAIROBI, Nov 20 (Wire) - Police fired tear gas at traders who had blocked roads in \
         Kibera district on Friday.",
        Some("2026-11-20"),
    );
    common::holds(&g, "Kibera", PartOf, "Nairobi");
    // A sentence that names the country places the district in it.
    let g = extract_on(
        "NAIROBI, Nov 20 (Wire) - Police in Kenya fired tear gas at traders who had blocked \
         roads in Kibera district on Friday.",
        Some("2026-11-20"),
    );
    common::lacks(&g, "Kibera", PartOf, "Nairobi");
}

#[test]
fn parishes_and_island_divisions_of_small_states_are_parts_of_them() {
    // Barbados's parishes and Tonga's island divisions, named bare after "in".
    let g = extract_on(
        "BRIDGETOWN, Aug 16 (Wire) - Barbados's ruling party won every seat in St Philip and \
         lost two in St Michael, officials said on Sunday.",
        Some("2027-08-16"),
    );
    for parish in ["St Philip", "St Michael"] {
        assert!(
            has_rel(&g, parish, PartOf, "Barbados"),
            "{:#?}",
            g.relations
        );
        assert!(!has_rel(&g, parish, LocatedIn, "Barbados"));
    }
    let g = extract_on(
        "NUKU'ALOFA, Feb 15 (Wire) - Tonga's prime minister held his seat in Tongatapu, and \
         his party gained two seats in Vava'u, the electoral office said.",
        Some("2027-02-15"),
    );
    for island in ["Tongatapu", "Vava'u"] {
        assert!(has_rel(&g, island, PartOf, "Tonga"), "{:#?}", g.relations);
    }
}

#[test]
fn a_parish_name_places_nothing_in_a_country_the_story_does_not_name() {
    let g = extract_on(
        "KINGSTON, Aug 16 (Wire) - Jamaica's ruling party won the by-election in St Michael, a \
         district of Kingston, officials said on Sunday.",
        Some("2027-08-16"),
    );
    assert!(
        !g.entities.iter().any(|e| e.label == "Barbados"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn municipalities_and_parishes_named_bare_are_parts_of_their_country() {
    let g = extract_on(
        "DILI, Oct 14 (Wire) - Timor-Leste's electoral commission said on Tuesday that \
         landslides had delayed the count in Ermera and Ainaro.",
        Some("2026-10-14"),
    );
    for unit in ["Ermera", "Ainaro"] {
        assert!(
            has_rel(&g, unit, PartOf, "Timor-Leste"),
            "{:#?}",
            g.relations
        );
    }
    let g = extract_on(
        "KINGSTON, July 19 (Wire) - Jamaica's government said on Saturday that floods had cut \
         roads in Clarendon.",
        Some("2027-07-19"),
    );
    assert!(
        has_rel(&g, "Clarendon", PartOf, "Jamaica"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_town_that_shares_its_municipalitys_name_stays_a_town() {
    let g = extract_on(
        "DILI, Oct 14 (Wire) - Timor-Leste's opposition held a rally in the town of Baucau \
         on Tuesday.",
        Some("2026-10-14"),
    );
    assert!(
        !has_rel(&g, "Baucau", PartOf, "Timor-Leste"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_division_of_a_named_country_outranks_namesake_towns_abroad() {
    // Florida is a US state and a town in Cuba: a story naming both countries means the
    // state.
    let g = extract_on(
        "HAVANA, Nov 20 (Wire) - Cuba said on Friday that the United States had tightened its \
         embargo. Thousands of Cubans have left for Florida since the blackouts began.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(&g, "Florida", PartOf, "United States"),
        "{:#?}",
        g.relations
    );
    assert!(!has_rel(&g, "Florida", LocatedIn, "Cuba"));
}

#[test]
fn a_town_sharing_a_name_with_a_division_of_its_own_country_stays_a_town() {
    let g = extract_on(
        "BISHKEK, Nov 20 (Wire) - Kyrgyzstan and Tajikistan agreed to reopen the border. \
         Officials from both sides will meet in Batken next week.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(&g, "Batken", LocatedIn, "Kyrgyzstan"),
        "{:#?}",
        g.relations
    );
    assert!(!has_rel(&g, "Batken", PartOf, "Kyrgyzstan"));
}

#[test]
fn the_islands_of_tuvalu_malta_and_the_bahamas_are_parts_of_them() {
    let g = extract_on(
        "FUNAFUTI, Nov 20 (Wire) - Tuvalu's prime minister lost his seat on Nukulaelae, and \
         two ministers were beaten on Vaitupu and Niutao.",
        Some("2026-11-20"),
    );
    for island in ["Nukulaelae", "Vaitupu", "Niutao"] {
        assert!(has_rel(&g, island, PartOf, "Tuvalu"), "{:#?}", g.relations);
    }
    let g = extract_on(
        "VALLETTA, Nov 20 (Wire) - Malta's police arrested a contractor over a school tender \
         on Gozo.",
        Some("2026-11-20"),
    );
    assert!(has_rel(&g, "Gozo", PartOf, "Malta"), "{:#?}", g.relations);
    let g = extract_on(
        "NASSAU, Nov 20 (Wire) - The Bahamas said power cuts hit Grand Bahama on Monday.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(&g, "Grand Bahama", PartOf, "Bahamas"),
        "{:#?}",
        g.relations
    );
    // Named in a story about another country, the island is placed nowhere.
    let g = extract_on(
        "ROME, Nov 20 (Wire) - Italy's coastguard said on Friday it had rescued 40 migrants \
         from a boat off Gozo.",
        Some("2026-11-20"),
    );
    assert!(!has_rel(&g, "Gozo", PartOf, "Italy"), "{:#?}", g.relations);
    assert!(!has_rel(&g, "Gozo", LocatedIn, "Italy"));
}

#[test]
fn a_city_beside_the_division_named_after_it_lies_in_that_division() {
    let g = extract_on(
        "ADEN, May 4 (Wire) - Shelling hit the city of Ibb in central Yemen on Sunday, \
         officials said. Aid groups said fuel was running short across Ibb province.",
        Some("2026-05-04"),
    );
    holds(&g, "Ibb", LocatedIn, "Ibb province");
    lacks(&g, "Ibb", LocatedIn, "Yemen");
}

#[test]
fn a_capital_beside_the_division_named_after_it_stays_in_its_country() {
    // CONVENTIONS R1: a capital lies in its country, whatever division shares its name.
    let g = extract_on(
        "NAIROBI, May 4 (Wire) - Burundi's parliament met in Gitega on Sunday. Aid groups \
         said fuel was running short across Gitega province.",
        Some("2026-05-04"),
    );
    holds(&g, "Gitega", LocatedIn, "Burundi");
    lacks(&g, "Gitega", LocatedIn, "Gitega province");
}

/// The type of "Balochistan" in a lead that names the region's `body` as the sayer.
fn type_beside(body: &str) -> Option<EntityType> {
    let g = extract_on(
        &format!(
            "KARACHI, Mar 3 (Wire) - Balochistan's {body} said on Tuesday that two new schools \
             would open near the coast before the summer."
        ),
        Some("2027-03-03"),
    );
    etype(&g, "Balochistan")
}

#[test]
fn a_region_with_a_government_of_its_own_is_a_polity() {
    assert_eq!(
        type_beside("provincial government"),
        Some(EntityType::Polity)
    );
}

#[test]
fn a_region_with_only_a_chief_minister_stays_a_place() {
    assert_eq!(type_beside("chief minister"), Some(EntityType::Region));
}

#[test]
fn a_region_described_as_autonomous_is_a_polity() {
    // The description, said once in apposition, tells the place rules itself.
    let g = extract_on(
        "LISBON, Jun 2 (Wire) - Firefighters fought three blazes on Madeira on Monday. \
         Madeira, an autonomous region of Portugal, asked Lisbon for two more planes.",
        Some("2027-06-02"),
    );
    assert_eq!(etype(&g, "Madeira"), Some(EntityType::Polity));
}

#[test]
fn a_place_named_as_a_states_territory_is_a_polity() {
    let g = extract_on(
        "OTTAWA, Jun 2 (Wire) - Ministers will meet next week in the Canadian territory of \
         Yukon to discuss storm repairs, officials said.",
        Some("2027-06-02"),
    );
    assert_eq!(etype(&g, "Yukon"), Some(EntityType::Polity));
}

#[test]
fn a_state_of_a_federation_stays_a_region() {
    // "State" names every division of a federation: no rule of its own is told.
    let g = extract_on(
        "MUMBAI, Jun 2 (Wire) - Floods cut roads in the western state of Maharashtra on \
         Monday, officials said.",
        Some("2027-06-02"),
    );
    assert_ne!(etype(&g, "Maharashtra"), Some(EntityType::Polity));
}

#[test]
fn a_disputed_territory_is_not_thereby_self_ruled() {
    // "Territory" alone says only that land is held or claimed, not that it governs itself.
    let g = extract_on(
        "YEREVAN, Jun 2 (Wire) - Shelling resumed overnight around Lachin. The fighting is over \
         Lachin, a disputed territory that both neighbours claim, officials said.",
        Some("2027-06-02"),
    );
    assert_ne!(etype(&g, "Lachin"), Some(EntityType::Polity));
}

#[test]
fn a_region_whose_premier_is_named_is_a_polity() {
    // A party's word between the possessive and the title still leaves the premier the
    // region's own.
    assert_eq!(type_beside("Labour premier"), Some(EntityType::Polity));
}

#[test]
fn a_region_glossed_with_the_as_autonomous_is_a_polity() {
    let g = extract_on(
        "JAKARTA, Jun 2 (Wire) - Shops stayed shut across Aceh, the autonomous northern \
         province, on Monday as a strike over fuel prices entered its third day.",
        Some("2027-06-02"),
    );
    assert_eq!(etype(&g, "Aceh"), Some(EntityType::Polity));
}

#[test]
fn a_body_with_a_self_rule_word_after_a_city_does_not_make_it_self_ruled() {
    let g = extract_on(
        "NOUMEA, Jun 2 (Wire) - Turnout was low in Sunday's local vote. In Paris, the overseas \
         ministry said it would publish the final count on Tuesday.",
        Some("2027-06-02"),
    );
    assert_ne!(etype(&g, "Paris"), Some(EntityType::Polity));
}

#[test]
fn a_region_a_president_heads_is_a_polity() {
    let g = extract_on(
        "ROME, Jun 2 (Wire) - The president of the Molise region, Carla Venti, met a group of \
         dairy farmers on Monday to hear their complaints about milk prices.",
        Some("2027-06-02"),
    );
    assert_eq!(etype(&g, "Molise"), Some(EntityType::Polity));
}

#[test]
fn a_self_ruled_region_takes_its_role_in_an_event() {
    // Typed before the events are read, the region is an actor, not only a place.
    let g = extract_on(
        "LISBON, Jun 2 (Wire) - Firefighters fought three blazes on Madeira on Monday. \
         Madeira, an autonomous region of Portugal, asked the European Union for two more \
         planes.",
        Some("2027-06-02"),
    );
    assert!(
        g.events.iter().any(|e| e.sources.iter().any(|s| g
            .entities
            .iter()
            .any(|x| &x.id == s && x.label == "Madeira"))),
        "{:#?}",
        g.events
    );
}

/// The entity whose label or names hold `name`.
fn named_id(g: &newsgraph_model::ArticleGraph, name: &str) -> Option<String> {
    g.entities
        .iter()
        .find(|e| e.label == name || e.names.iter().any(|n| n == name))
        .map(|e| e.id.clone())
}

#[test]
fn a_regional_government_is_a_body_of_its_own() {
    let g = extract_on(
        "PALMA, Jun 2 (Wire) - Spain's government sent two water bombers to the island on \
         Monday. The regional government accused the forest service of ignoring warnings.",
        Some("2027-06-02"),
    );
    let regional = named_id(&g, "regional government").expect("regional government");
    let national = named_id(&g, "Spain's government").expect("Spain's government");
    assert_ne!(regional, national);
}
