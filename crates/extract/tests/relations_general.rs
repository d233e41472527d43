//! Relations stated in the general ways wire copy states them: persons in parties, states in
//! blocs, towns and regions placed by a phrase, forces and nationals of a country, offices
//! taken in a clause, and offices no longer held. One test per construction, on sentences
//! written for these tests; each also checks a near miss the rule must leave alone.

mod common;

use common::{extract_on, has_rel};
use newsgraph_model::{ArticleGraph, RelationType};

use RelationType::{AffiliatedWith, LeaderOf, LocatedIn, MemberOf, OfficialOf, PartOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

/// Asserts the graph relates the entities named `s` and `o` by `p`.
fn holds(g: &ArticleGraph, s: &str, p: RelationType, o: &str) {
    assert!(has_rel(g, s, p, o), "{s} {p:?} {o}: {:#?}", g.relations);
}

/// How many relations of this predicate the graph holds.
fn count(g: &ArticleGraph, p: RelationType) -> usize {
    g.relations.iter().filter(|r| r.predicate == p).count()
}

#[test]
fn a_person_of_a_party_is_its_member() {
    let g = extract("Tomas Berg of the Green Alliance party said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn a_party_in_brackets_after_a_name_is_the_persons() {
    let g = extract("Tomas Berg (Green Alliance) said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn a_partys_person_is_its_member() {
    let g = extract("The Green Alliance party's Tomas Berg said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn a_party_lawmaker_is_a_member_not_an_official() {
    let g = extract("Green Alliance lawmaker Tomas Berg said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
    assert_eq!(count(&g, OfficialOf), 0, "{:#?}", g.relations);
}

#[test]
fn who_belongs_to_a_party_is_its_member() {
    let g =
        extract("Tomas Berg, who belongs to the Green Alliance party, said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn a_state_that_joined_a_bloc_is_its_member() {
    let g = extract("Estonia, which joined the European Union in 2004, opposed the plan.");
    holds(&g, "Estonia", MemberOf, "European Union");
}

#[test]
fn a_founding_member_is_a_member() {
    let g = extract("Peru, a founding member of the Andean Forum, voted against the plan.");
    holds(&g, "Peru", MemberOf, "Andean Forum");
}

#[test]
fn bloc_members_listed_after_the_bloc_are_members() {
    let g = extract("EU members Poland and Hungary opposed the plan.");
    holds(&g, "Poland", MemberOf, "EU");
    holds(&g, "Hungary", MemberOf, "EU");
    let g = extract("Fellow NATO member Norway backed the plan.");
    holds(&g, "Norway", MemberOf, "NATO");
}

#[test]
fn a_blocs_partner_is_not_its_member() {
    let g = extract("NATO partner Ukraine backed the plan.");
    assert_eq!(count(&g, MemberOf), 0, "{:#?}", g.relations);
}

#[test]
fn states_that_are_both_members_of_a_bloc() {
    let g = extract("Poland and Hungary, both members of NATO, opposed the plan.");
    holds(&g, "Poland", MemberOf, "NATO");
    holds(&g, "Hungary", MemberOf, "NATO");
}

#[test]
fn a_counted_bloc_including_states() {
    let g = extract("The seven-member Andean Forum, including Peru and Chile, met on Monday.");
    holds(&g, "Peru", MemberOf, "Andean Forum");
    holds(&g, "Chile", MemberOf, "Andean Forum");
}

#[test]
fn membership_of_a_bloc_but_not_membership_talks() {
    let g = extract("Finland's membership of NATO angered Moscow.");
    holds(&g, "Finland", MemberOf, "NATO");
    let g = extract("Croatia blocked Montenegro's European Union membership talks on Monday.");
    assert_eq!(count(&g, MemberOf), 0, "{:#?}", g.relations);
}

#[test]
fn a_town_in_a_country_lies_in_it() {
    let g = extract("Troops entered the town of Molvo in northern Kenya on Monday.");
    holds(&g, "Molvo", LocatedIn, "Kenya");
    let g = extract("Insurgents seized the port town of Molvo in Kenya's northern Varsk province.");
    holds(&g, "Molvo", LocatedIn, "Kenya");
}

#[test]
fn a_language_is_not_a_country_to_lie_in() {
    let g = extract("Warships faced off near a pair of islets known as Vorna in Greek on Monday.");
    assert!(
        g.relations.iter().all(|r| r.predicate != LocatedIn),
        "{:#?}",
        g.relations
    );
}

#[test]
fn an_apposition_places_a_town_or_a_region() {
    let g = extract("Troops entered Molvo, a fishing town in western Kenya, on Monday.");
    holds(&g, "Molvo", LocatedIn, "Kenya");
    let g = extract("Troops entered Varsk, a province of Kenya, on Monday.");
    holds(&g, "Varsk", PartOf, "Kenya");
}

#[test]
fn a_force_a_nationality_opens_is_the_countrys() {
    let g =
        extract("Kenya protested on Monday after Kenyan police arrested six traders in Nairobi.");
    holds(&g, "Kenyan police", AffiliatedWith, "Kenya");
}

#[test]
fn counted_nationals_are_the_countrys_but_not_the_nation() {
    let g = extract(
        "Haiti protested after more than 2,000 Haitians were deported from the Dominican \
         Republic last week.",
    );
    holds(&g, "Haitians", AffiliatedWith, "Haiti");
    let g = extract("Chile held a run-off on Sunday. Chileans elected governors in May 2021.");
    assert_eq!(count(&g, AffiliatedWith), 0, "{:#?}", g.relations);
}

#[test]
fn an_office_taken_in_a_clause() {
    let g = extract(
        "Tomas Berg, who was elected president of Sweden in May, said the count was rigged.",
    );
    holds(&g, "Tomas Berg", LeaderOf, "Sweden");
    let g = extract("Tomas Berg was appointed head of the Andean Forum in May.");
    holds(&g, "Tomas Berg", LeaderOf, "Andean Forum");
}

#[test]
fn heading_a_body_and_being_headed_by_someone() {
    let g = extract("Tomas Berg heads the Andean Forum.");
    holds(&g, "Tomas Berg", LeaderOf, "Andean Forum");
    let g = extract("The Andean Forum is headed by Tomas Berg.");
    holds(&g, "Tomas Berg", LeaderOf, "Andean Forum");
}

#[test]
fn an_age_between_name_and_title() {
    let g = extract("Tomas Berg, 54, the head of the Andean Forum, said the count was rigged.");
    holds(&g, "Tomas Berg", LeaderOf, "Andean Forum");
}

#[test]
fn who_leads_a_group() {
    let g = extract("Faisal Ahmadi, who leads the rebels, declined to comment on Monday.");
    holds(&g, "Faisal Ahmadi", LeaderOf, "rebels");
}

#[test]
fn a_person_working_for_a_body_is_affiliated() {
    let g = extract("Tomas Berg, a lawyer for the Green Alliance, said the count was rigged.");
    holds(&g, "Tomas Berg", AffiliatedWith, "Green Alliance");
}

#[test]
fn a_former_office_is_not_held() {
    let g = extract("Former President Tomas Berg of Sweden said the count was rigged.");
    assert_eq!(count(&g, LeaderOf), 0, "{:#?}", g.relations);
}

#[test]
fn an_office_held_then_is_not_held_now() {
    let g = extract(
        "Kenya dropped a levy on bread, which then President Tomas Berg had imposed in 2019.",
    );
    assert_eq!(count(&g, LeaderOf), 0, "{:#?}", g.relations);
}

#[test]
fn an_office_named_after_then_is_still_held() {
    let g =
        extract("The talks stalled, and then President Tomas Berg of Kenya flew to Addis Ababa.");
    holds(&g, "Tomas Berg", LeaderOf, "Kenya");
}

#[test]
fn a_plural_title_shared_out_by_of_places_each_holder() {
    let g = extract(
        "The talks were prepared by the two foreign ministers, Ana Berg of Sweden and Ola Lie \
         of Norway, who met twice this year.",
    );
    holds(&g, "Ana Berg", OfficialOf, "Sweden");
    holds(&g, "Ola Lie", OfficialOf, "Norway");
    assert!(
        !has_rel(&g, "Ana Berg", OfficialOf, "Norway"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn people_listed_after_a_plural_noun_that_is_no_title_hold_nothing() {
    let g = extract(
        "The talks were prepared by the two men, Ana Berg of Sweden and Ola Lie of Norway, who \
         met twice this year.",
    );
    assert_eq!(count(&g, OfficialOf), 0, "{:#?}", g.relations);
}

#[test]
fn a_countrys_government_is_affiliated_with_it() {
    let g = extract("Yemen's government accused the rebels of stalling the talks on Monday.");
    holds(&g, "Yemen's government", AffiliatedWith, "Yemen");
}

#[test]
fn a_town_written_with_its_country() {
    let g = extract("Protesters gathered in Molvo, Kenya, on Monday.");
    holds(&g, "Molvo", LocatedIn, "Kenya");
}

#[test]
fn who_speaks_for_a_body_is_its_spokesperson() {
    let g = extract("Tomas Berg, who speaks for the Andean Forum, said the count was rigged.");
    assert!(
        has_rel(
            &g,
            "Tomas Berg",
            RelationType::SpokespersonOf,
            "Andean Forum"
        ),
        "{:#?}",
        g.relations
    );
    let g =
        extract("Tomas Berg, speaking on behalf of the Andean Forum, said the count was rigged.");
    assert!(
        has_rel(
            &g,
            "Tomas Berg",
            RelationType::SpokespersonOf,
            "Andean Forum"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn an_office_held_now_but_not_one_held_before() {
    let g = extract("Tomas Berg is Sweden's foreign minister.");
    holds(&g, "Tomas Berg", OfficialOf, "Sweden");
    let g = extract("Tomas Berg was Sweden's foreign minister until 2019.");
    assert_eq!(count(&g, OfficialOf), 0, "{:#?}", g.relations);
}

#[test]
fn a_member_of_the_ruling_party() {
    let g =
        extract("Tomas Berg, a member of the ruling Green Alliance, said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn a_partys_candidate_is_its_member() {
    let g = extract("Green Alliance candidate Tomas Berg said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
    let g = extract("Tomas Berg, the Green Alliance's candidate, said the count was rigged.");
    holds(&g, "Tomas Berg", MemberOf, "Green Alliance");
}

#[test]
fn one_of_a_bodys_leaders_is_its_member_not_its_leader() {
    let g = extract(
        "Amina Odhiambo, a senior leader of the opposition Orange Movement party, said the vote \
         was rigged. Peter Kamau, the leader of the Farmers Union, said the talks had failed.",
    );
    holds(&g, "Amina Odhiambo", MemberOf, "Orange Movement");
    assert!(
        !has_rel(&g, "Amina Odhiambo", LeaderOf, "Orange Movement"),
        "{:#?}",
        g.relations
    );
    holds(&g, "Peter Kamau", LeaderOf, "Farmers Union");
}

#[test]
fn a_title_in_apposition_describes_the_person_just_named_not_an_earlier_holder() {
    let g = extract(
        "Peter Kamau, a leader of the Farmers Union, said the talks had failed. John Mwangi, \
         the leader of the Green Party, said he would stand again.",
    );
    holds(&g, "John Mwangi", LeaderOf, "Green Party");
    assert!(
        !has_rel(&g, "Peter Kamau", MemberOf, "Green Party"),
        "{:#?}",
        g.relations
    );
    // Nor is the title a mention of the earlier leader.
    let kamau = g.entities.iter().find(|e| e.label == "Peter Kamau");
    assert!(
        kamau.is_some_and(|e| !e.mentions.iter().any(|m| m.text.contains("leader"))),
        "{kamau:#?}"
    );
}

#[test]
fn a_ministers_portfolio_of_several_words_is_part_of_the_title_not_a_body() {
    // "Cambodian Water Resources" is no organisation: the demonym names the country the
    // minister serves, and "Water Resources Minister" is the title.
    let g = extract_on(
        "BANGKOK, Nov 20 (Wire) - Cambodian Water Resources Minister Chea Sophal urged Laos on \
         Thursday to halt work on the dam. Indonesian Maritime Affairs Minister Budi Santoso \
         also attended the meeting.",
        Some("2026-11-20"),
    );
    assert!(
        has_rel(&g, "Chea Sophal", OfficialOf, "Cambodia"),
        "{:#?}",
        g.relations
    );
    assert!(
        has_rel(&g, "Budi Santoso", OfficialOf, "Indonesia"),
        "{:#?}",
        g.relations
    );
    assert!(
        !g.entities
            .iter()
            .any(|e| e.label.contains("Water Resources") || e.label.contains("Maritime")),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_bloc_of_which_states_are_members_has_them_as_members() {
    let g = extract(
        "The Andean Trade Forum, of which Peru and Chile are members, said on Monday it \
         stood by both governments.",
    );
    holds(&g, "Peru", MemberOf, "Andean Trade Forum");
    holds(&g, "Chile", MemberOf, "Andean Trade Forum");
}
