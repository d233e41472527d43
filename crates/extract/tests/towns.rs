//! Towns the cities list is too small to hold, placed in the country the article names by
//! the gazetteer's smaller places; sentences written for these tests.

mod common;

use common::{extract_on, has_rel, holds, lacks, type_of};
use newsgraph_model::EntityType;
use newsgraph_model::RelationType::LocatedIn;

#[test]
fn a_small_town_lies_in_the_named_country_that_has_a_town_of_its_name() {
    // Filed from Haiti; the gazetteer's only Santa Cruz de Barahona is Dominican.
    let g = extract_on(
        "PORT-AU-PRINCE, Nov 20 (Wire) - Haiti asked the Dominican Republic on Thursday to \
         reopen the border. Hundreds of traders rallied in Santa Cruz de Barahona on Wednesday.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(
            &g,
            "Santa Cruz de Barahona",
            LocatedIn,
            "Dominican Republic"
        ),
        "{:#?}",
        g.relations
    );
    assert!(
        !has_rel(&g, "Santa Cruz de Barahona", LocatedIn, "Haiti"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_town_the_gazetteer_places_abroad_is_not_put_in_the_country_the_story_is_filed_from() {
    // Filed from Dakar; Mamou is a town of Guinea, which the story names in another
    // sentence. Without the gazetteer, a town near which something happened is put in the
    // country the story is filed from.
    let g = extract_on(
        "DAKAR, Nov 20 (Wire) - Senegal closed its border with Guinea on Thursday. Witnesses \
         said soldiers had fired on traders near the town of Mamou.",
        Some("2026-11-20"),
    );
    assert!(
        !has_rel(&g, "Mamou", LocatedIn, "Senegal"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_word_that_is_also_a_towns_name_does_not_become_a_place() {
    // Poland has a town called Police; the gazetteer's towns only place what the text
    // already shows as a place.
    let g = extract_on(
        "WARSAW, Nov 20 (Wire) - Police in Poland said on Thursday they had detained two men \
         over the fire.",
        Some("2026-11-20"),
    );
    assert!(
        !g.entities.iter().any(|e| e.label == "Police"),
        "{:#?}",
        g.entities
    );
    assert!(
        !g.relations.iter().any(|r| r.subject == "police"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_continent_is_no_town_of_the_storys_country() {
    let text = "MANILA, Nov 20 (Wire) - The Philippine army said on Friday that rebels had \
                attacked a patrol in Negros. The insurgency is one of the oldest in Asia.";
    let g = extract_on(text, Some("2026-11-20"));
    assert!(
        !has_rel(&g, "Asia", LocatedIn, "Philippines"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_name_an_apposition_calls_a_town_is_a_town_in_the_region_it_names() {
    // The name tagger reads two unknown capitalised words as a person's name; the
    // apposition says it is a town.
    let g = extract_on(
        "KINSHASA, March 3 (Wire) - Congolese soldiers retook Kanyola Seke, a gold-mining \
         town in the eastern Maniema province, on Sunday, the army said.",
        Some("2026-03-03"),
    );
    assert_eq!(type_of(&g, "Kanyola Seke"), Some(EntityType::Location));
    holds(&g, "Kanyola Seke", LocatedIn, "Maniema");
}

#[test]
fn a_person_an_apposition_gives_a_town_job_stays_a_person() {
    // "a town councillor": the town word does not head the apposition.
    let g = extract_on(
        "KINSHASA, March 3 (Wire) - Congolese soldiers arrested Kanyola Seke, a town \
         councillor in the eastern Maniema province, on Sunday, the army said.",
        Some("2026-03-03"),
    );
    assert_eq!(type_of(&g, "Kanyola Seke"), Some(EntityType::Person));
    lacks(&g, "Kanyola Seke", LocatedIn, "Maniema");
}

#[test]
fn a_town_a_nationality_introduces_lies_in_that_country() {
    let g = extract_on(
        "Kenya and Tanzania agreed on Friday to build a rail link from Nairobi to the Kenyan \
         port of Tarvimo, the two governments said.",
        Some("2026-11-20"),
    );
    holds(&g, "Tarvimo", LocatedIn, "Kenya");
    let g = extract_on(
        "Kenya and Tanzania agreed on Friday to reopen the crossing at the Kenyan border town \
         of Tarvimo, officials said.",
        Some("2026-11-20"),
    );
    holds(&g, "Tarvimo", LocatedIn, "Kenya");
    // A country the story does not name is no entity to place the town in.
    let g = extract_on(
        "Tanzania agreed on Friday to build a rail link to the Kenyan port of Tarvimo, \
         officials said.",
        Some("2026-11-20"),
    );
    lacks(&g, "Tarvimo", LocatedIn, "Kenya");
}

#[test]
fn a_site_named_after_a_small_town_lies_in_the_towns_country_not_the_city_filed_from() {
    let text = "NAIROBI, Nov 20 (Wire) - Kenya suspended flights at Lamu airport on Thursday \
                after heavy rain flooded the runway, the aviation authority said.";
    let g = extract_on(text, Some("2026-11-20"));
    holds(&g, "Lamu airport", LocatedIn, "Kenya");
    lacks(&g, "Lamu airport", LocatedIn, "Nairobi");
}
