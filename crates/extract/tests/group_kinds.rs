//! Which people make a group, and what names it (sixteenth session), the way the gold
//! files of the tuning sets list groups:
//! - a nation's people: "the Senegalese people", the demonym right before "people", is a
//!   group affiliated with the country; a party named with "People" is not;
//! - relatives act as a group ("Relatives of the defendants gathered"), named by the whole
//!   phrase, a participle after "the" included ("of the freed soldiers");
//! - the people after "whose" ("the Pacific Islands Forum, whose leaders met") are the
//!   body's, which the events name instead; no group "whose leaders" stands for them;
//! - a pronoun or verb right before the noun phrase ("on what rights groups called") is no
//!   word of the name; a named place or body after "in" or "at" ends it ("Farmers in
//!   Khorezm region", "Analysts at Arion Bank"), and people "from" a named place are a
//!   group named with it ("miners from Sudan and Niger"), unless the place owns the body
//!   they come from.
//!
//! Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, labels_of, named, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-10"))
}

fn groups(g: &ArticleGraph) -> Vec<&str> {
    labels_of(g, EntityType::Group)
}

#[test]
fn a_demonym_before_people_names_the_nation_as_a_group() {
    let g = extract(
        "Chilean President Ana Rojas said on Sunday that the Chilean people had rejected the \
         reform a second time.",
    );
    assert_eq!(type_of(&g, "Chilean people"), Some(EntityType::Group));
    assert!(
        has_rel(&g, "Chilean people", RelationType::AffiliatedWith, "Chile"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_party_named_with_people_is_no_nation_group() {
    let g = extract(
        "The Mongolian People's Party won 40 seats in Sunday's vote, the election commission \
         said.",
    );
    assert!(!named(&g, "Mongolian People"), "{:#?}", g.entities);
}

#[test]
fn people_a_modifier_parts_from_the_demonym_are_no_nation_group() {
    let g =
        extract("Police in Tbilisi said Georgian young people had gathered outside parliament.");
    assert!(!named(&g, "Georgian young people"), "{:#?}", g.entities);
}

#[test]
fn timorese_is_the_demonym_of_timor_leste() {
    let g = extract("Australia's foreign minister congratulated the Timorese people on the vote.");
    assert!(
        has_rel(
            &g,
            "Timorese people",
            RelationType::AffiliatedWith,
            "Timor-Leste"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn relatives_of_people_named_by_a_participle_are_a_group() {
    let g = extract(
        "Relatives of the jailed reporters gathered outside the court in Lome on Monday and \
         chanted slogans.",
    );
    assert_eq!(
        type_of(&g, "Relatives of the jailed reporters"),
        Some(EntityType::Group),
        "{:#?}",
        g.entities
    );
}

#[test]
fn relatives_of_the_freed_men_are_named_with_the_men() {
    let g = extract("In Benghazi, relatives of the released men fired shots into the air.");
    assert!(
        named(&g, "relatives of the released men"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_singular_relative_names_no_group_phrase() {
    let g = extract(
        "Relatives of the missing fisherman gathered at the port in Tema on Sunday, police \
         said.",
    );
    assert!(
        !named(&g, "Relatives of the missing fisherman"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn people_after_whose_are_no_group_of_their_own() {
    let g = extract(
        "Fiji is a member of the Pacific Islands Forum, whose leaders met in Honiara in \
         September. The Red Cross, whose staff interviewed each prisoner, said the men were well.",
    );
    assert!(
        !groups(&g)
            .iter()
            .any(|l| l.contains("leaders") || l.contains("staff")),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_bodys_members_named_with_its_pronoun_are_kept() {
    let g = extract(
        "The Ghana National Association of Teachers said its members would strike on Monday.",
    );
    assert!(
        groups(&g).iter().any(|l| l.contains("members")),
        "{:?}",
        groups(&g)
    );
}

#[test]
fn a_group_after_what_is_named_from_its_modifier() {
    let g = extract(
        "A court in Minsk jailed 12 students on Monday on what rights groups called invented \
         charges.",
    );
    assert!(named(&g, "rights groups"), "{:#?}", g.entities);
    assert!(!named(&g, "what rights groups"), "{:#?}", g.entities);
}

#[test]
fn a_group_after_them_is_named_from_its_modifier() {
    let g = extract(
        "Rebel fighters seized the town of Kaya in May. On Sunday the rebels handed them \
         government soldiers they had captured, a spokesman said.",
    );
    assert!(!named(&g, "them government soldiers"), "{:#?}", g.entities);
}

#[test]
fn people_in_a_named_place_are_named_with_it() {
    let g = extract(
        "Farmers in Khorezm region blocked a canal on Monday. Analysts at Arion Bank said \
         the rate cut would come in March.",
    );
    assert!(named(&g, "Farmers in Khorezm region"), "{:#?}", g.entities);
    assert!(named(&g, "Analysts at Arion Bank"), "{:#?}", g.entities);
}

#[test]
fn people_in_a_place_named_by_a_common_noun_keep_their_own_name() {
    let g = extract("Farmers in the capital blocked a canal on Monday, the police said.");
    assert!(!named(&g, "Farmers in the capital"), "{:#?}", g.entities);
}

#[test]
fn people_from_a_named_place_are_a_group_named_with_it() {
    let g = extract(
        "Gunmen attacked a camp of miners from Sudan and Niger on Friday. In 2021, crowds from \
         Malaita province demanded the resignation of the prime minister.",
    );
    assert!(
        named(&g, "miners from Sudan and Niger"),
        "{:#?}",
        g.entities
    );
    assert!(
        named(&g, "crowds from Malaita province"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn people_from_a_place_that_owns_a_body_are_not_named_with_the_place() {
    let g = extract(
        "Investigators from Ghana's Economic and Organised Crime Office raided the ministry \
         on Monday.",
    );
    assert!(!named(&g, "Investigators from Ghana"), "{:#?}", g.entities);
}
