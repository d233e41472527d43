//! Places tied to the nearest container the text gives them ("Tarvik, in the Cusco
//! region": the town lies in the region, the region is part of Peru, and the town is not
//! tied to Peru as well), and bodies tied to the body they are a part of ("the IMF's
//! executive board", "the U.N. Security Council"). Sentences written for these tests.

mod common;

use common::{extract_on, holds, id, lacks};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

use RelationType::{LocatedIn, PartOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

fn etype(g: &ArticleGraph, name: &str) -> EntityType {
    let e = id(g, name);
    g.entities
        .iter()
        .find(|x| x.id == e)
        .map(|x| x.etype)
        .unwrap_or(EntityType::Location)
}

#[test]
fn a_citys_name_given_with_a_division_word_names_the_division() {
    let g = extract(
        "Peru's transport ministry said on Thursday that police had cleared a blockade at \
         Sicuani, in the Cusco department, and detained nine drivers.",
    );
    assert_eq!(etype(&g, "Cusco"), EntityType::Region, "{:#?}", g.entities);
    holds(&g, "Sicuani", LocatedIn, "Cusco");
    holds(&g, "Cusco", PartOf, "Peru");
    lacks(&g, "Cusco", LocatedIn, "Peru");
    lacks(&g, "Sicuani", LocatedIn, "Peru");
}

#[test]
fn a_countrys_division_named_after_a_city_is_part_of_the_country() {
    let g = extract(
        "Russia moved two brigades to its Tver region after Russia's Tver region was shelled.",
    );
    holds(&g, "Tver", PartOf, "Russia");
    lacks(&g, "Tver", LocatedIn, "Russia");
    // A city the story also names alone stays a city.
    let g = extract("Drones struck Tver on Monday, and the Tver region declared an emergency.");
    assert_eq!(etype(&g, "Tver"), EntityType::City, "{:#?}", g.entities);
}

#[test]
fn a_division_our_list_knows_lies_in_its_country_not_a_neighbour_named_beside_it() {
    let g = extract(
        "Niger's defence ministry said militants had killed 12 soldiers. The attack hit an \
         army post in the eastern Diffa region, and the government accused Chad of \
         sheltering the attackers.",
    );
    holds(&g, "Diffa", PartOf, "Niger");
    lacks(&g, "Diffa", PartOf, "Chad");
}

#[test]
fn a_capital_of_a_province_named_by_its_unit_word_lies_in_the_province() {
    let g = extract(
        "Pakistan's students marched in Karachi, the capital of the southern province of \
         Sindh, on Sunday.",
    );
    holds(&g, "Karachi", LocatedIn, "Sindh");
    lacks(&g, "Karachi", LocatedIn, "Pakistan");
}

#[test]
fn a_site_in_a_district_of_a_province_lies_in_the_district() {
    let g = extract(
        "Pakistani and Afghan troops exchanged fire near the Vorna crossing in the Lomari \
         district of Sindh province on Sunday, Pakistan's army said.",
    );
    holds(&g, "Vorna crossing", LocatedIn, "Lomari");
    holds(&g, "Lomari", PartOf, "Sindh");
    lacks(&g, "Lomari", PartOf, "Pakistan");
    holds(&g, "Sindh", PartOf, "Pakistan");
    // A district our list knows is tied to the province too, not to the country as well.
    let g = extract(
        "Pakistani and Afghan troops exchanged fire near the Vorna crossing in the Bajaur \
         district of Khyber Pakhtunkhwa province on Sunday.",
    );
    holds(&g, "Bajaur", PartOf, "Khyber Pakhtunkhwa");
    lacks(&g, "Bajaur", PartOf, "Pakistan");
}

#[test]
fn a_dam_in_a_province_lies_in_the_province() {
    let g = extract("Laos was urged to halt work on the Vorna dam in Sindh province.");
    holds(&g, "Vorna dam", LocatedIn, "Sindh");
}

#[test]
fn a_division_in_another_is_its_part() {
    let g = extract("India said its soldiers held the Tarvo Valley in Ladakh on Monday.");
    holds(&g, "Tarvo Valley", PartOf, "Ladakh");
    // "the Tarvo sector of Arunachal Pradesh": the same, by "of".
    let g = extract("India said troops fought in the Tarvo sector of Arunachal Pradesh.");
    holds(&g, "Tarvo", PartOf, "Arunachal Pradesh");
}

#[test]
fn a_divisions_possessive_makes_a_division_its_part() {
    let g =
        extract("Congo's army said rebels shelled two villages in South Kivu's Tarvo territory.");
    holds(&g, "Tarvo", PartOf, "South Kivu");
}

#[test]
fn divisions_named_under_one_plural_unit_word_are_the_countrys() {
    let g = extract(
        "Kenya's opposition said the commission had inflated turnout in the eastern regions \
         of Lodwar and Kakuma.",
    );
    holds(&g, "Lodwar", PartOf, "Kenya");
    holds(&g, "Kakuma", PartOf, "Kenya");
    let g = extract("Kenya's government let aid convoys into the Lodwar and Kakuma regions.");
    holds(&g, "Lodwar", PartOf, "Kenya");
    holds(&g, "Kakuma", PartOf, "Kenya");
}

#[test]
fn a_board_panel_or_chapter_an_organisation_owns_is_its_part() {
    let g = extract("The IMF's executive board approved the loan to Kenya on Monday.");
    holds(&g, "executive board", PartOf, "IMF");
    let g = extract("Kenya threatened to expel the U.N. panel of experts on Monday.");
    holds(&g, "U.N. panel of experts", PartOf, "U.N.");
}

#[test]
fn an_organisation_said_to_be_a_wing_of_another_is_its_part() {
    let g = extract(
        "The Vorna Defence Forces attacked a police post. The Vorna Defence Forces is the \
         armed wing of the Homeland Front.",
    );
    holds(&g, "Vorna Defence Forces", PartOf, "Homeland Front");
}

#[test]
fn an_organ_named_after_the_body_the_story_names_is_its_part() {
    let g = extract(
        "The U.N. Security Council extended the embargo on Thursday, and the U.N. said the \
         panel would report in March.",
    );
    holds(&g, "U.N. Security Council", PartOf, "U.N.");
}

#[test]
fn an_acronym_after_a_missions_place_spells_the_mission() {
    let g = extract(
        "Troops of the African Union Stabilisation Mission in Somalia (AMISOM) repelled the \
         attack, AMISOM said, and the African Union praised them.",
    );
    assert_eq!(
        id(&g, "AMISOM"),
        id(&g, "African Union Stabilisation Mission"),
        "{:#?}",
        g.entities
    );
    holds(&g, "AMISOM", PartOf, "African Union");
}

#[test]
fn a_town_described_as_a_port_town_in_a_region_lies_in_the_region() {
    let g = extract(
        "Soldiers and rebels fought on Monday on the edge of Tarvik, a port town in western \
         Lomari state, residents said.",
    );
    holds(&g, "Tarvik", LocatedIn, "Lomari");
    // A region the sentence names after the town for something else holds nothing.
    let g = extract(
        "Soldiers from Tarvik, a port town, fought on Monday in western Lomari state, \
         residents said.",
    );
    lacks(&g, "Tarvik", LocatedIn, "Lomari");
}

#[test]
fn a_town_in_the_province_of_a_region_lies_in_the_region() {
    let g = extract(
        "Troops and rebels clashed on Friday in the hills above Tarvik, a city in the central \
         province of Lomari, the army said.",
    );
    holds(&g, "Tarvik", LocatedIn, "Lomari");
    let g = extract(
        "Residents of Tarvik, the main town of neighbouring Lomari province, said helicopters \
         had flown north.",
    );
    holds(&g, "Tarvik", LocatedIn, "Lomari");
    // "a town of" says what the town is made of, not where it lies.
    let g = extract(
        "Residents of Tarvik, a town of fishermen, said helicopters had flown over Lomari \
         province.",
    );
    lacks(&g, "Tarvik", LocatedIn, "Lomari");
}

#[test]
fn a_town_named_the_main_town_on_an_island_lies_on_the_island() {
    for text in [
        "The minister told supporters in Tarvik, the main town on Lomari island, that the new \
         ferry would sail by March.",
        "Volunteers handed out water in Tarvik, the main village on Lomari. The storm cut \
         power across the island.",
    ] {
        holds(&extract(text), "Tarvik", LocatedIn, "Lomari");
    }
    // The bank of a river holds no town the way an island does.
    let g = extract(
        "Volunteers handed out water in Tarvik, the main town on the Lomari river, after \
         the storm.",
    );
    lacks(&g, "Tarvik", LocatedIn, "Lomari");
}

#[test]
fn a_town_named_the_main_town_of_a_state_lies_in_the_state() {
    let g = extract(
        "The cable, which is to come ashore at Tarvik, the main town of Lomari State, would \
         cut internet prices on the island.",
    );
    holds(&g, "Tarvik", LocatedIn, "Lomari State");
}
