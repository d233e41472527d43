//! Groups of people named by a plural noun of the lexicon's `people` and `members` lists,
//! and the body they belong to: a prepositional phrase ("officers from X", "soldiers of
//! the X"), a modifier describing a named body ("union leaders"), a pronoun ("its
//! ministers"); counts ("three managers"); and the uses that name no actor (a predicate,
//! a topic, a body's leaders standing for the body). Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, id};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

fn named(g: &ArticleGraph, name: &str) -> bool {
    g.entities
        .iter()
        .any(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
}

#[test]
fn officers_from_a_named_body_are_its_members() {
    let g = extract(
        "About 30 officers from the Maritime Fraud Office searched the offices of a trading \
         firm in Lorvik on Tuesday.",
    );
    assert!(named(&g, "About 30 officers"), "{:#?}", g.entities);
    assert!(
        has_rel(
            &g,
            "About 30 officers",
            RelationType::MemberOf,
            "Maritime Fraud Office"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn soldiers_of_a_named_force_are_its_members() {
    let g = extract(
        "The prime minister said he had sent 80 soldiers of the Coastal Defence Force to the \
         valley on Sunday.",
    );
    assert!(named(&g, "80 soldiers"), "{:#?}", g.entities);
    assert!(
        has_rel(
            &g,
            "80 soldiers",
            RelationType::MemberOf,
            "Coastal Defence Force"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn people_of_a_named_body_make_it_up() {
    // "of" names the body the people make up, past its country's possessive ("Peru's"):
    // the officers serve the directorate, not only the country. Judges of a chamber that
    // is no court sit in it; a bloc's foreign ministers serve its member states instead.
    let g = extract(
        "Washington froze the assets of five officers of Peru's National Intelligence \
         Directorate on Monday. Judges of the Appeals Chamber found that the men had lied. \
         Foreign ministers of the Coastal States Union met in Varna on Friday.",
    );
    for (people, body) in [
        ("five officers", "National Intelligence Directorate"),
        ("Judges", "Appeals Chamber"),
    ] {
        assert!(
            has_rel(&g, people, RelationType::MemberOf, body),
            "{people} {body}: {:#?}",
            g.relations
        );
    }
    assert!(
        !g.relations.iter().any(|r| {
            r.predicate == RelationType::MemberOf && r.object == id(&g, "Coastal States Union")
        }),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_counted_or_modified_plural_is_a_group() {
    let g = extract(
        "Several dozen journalists marched to the ministry on Friday. Police questioned three \
         managers of the port, and local leaders criticised the delay.",
    );
    for name in [
        "journalists",
        "Several dozen journalists",
        "three managers",
        "local leaders",
    ] {
        assert!(named(&g, name), "{name}: {:#?}", g.entities);
    }
    let e = id(&g, "local leaders");
    let group = g.entities.iter().find(|x| x.id == e).map(|x| x.etype);
    assert_eq!(group, Some(EntityType::Group));
}

#[test]
fn a_modifier_naming_a_body_makes_the_people_its_members() {
    let g = extract(
        "The Harbour Pilots Union called a strike on Monday. The minister said she would meet \
         union leaders on Thursday.",
    );
    assert!(
        has_rel(
            &g,
            "union leaders",
            RelationType::MemberOf,
            "Harbour Pilots Union"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_predicate_noun_names_no_group() {
    let g = extract("Both countries are members of the Northern Trade Council.");
    assert!(!named(&g, "members"), "{:#?}", g.entities);
    assert!(
        g.relations
            .iter()
            .all(|r| r.predicate != RelationType::MemberOf),
        "{:#?}",
        g.relations
    );
}

#[test]
fn bare_members_or_officers_name_no_group() {
    let g = extract(
        "Protesters threw stones at officers outside the court. The union said its members \
         would return on Monday.",
    );
    assert!(!named(&g, "officers"), "{:#?}", g.entities);
    assert!(!named(&g, "its members"), "{:#?}", g.entities);
}

#[test]
fn a_body_s_leaders_stand_for_the_body() {
    let g = extract(
        "The Valley Liberation Front attacked a convoy on Monday. The envoy said she would \
         meet the group's leaders next week.",
    );
    assert!(!named(&g, "leaders"), "{:#?}", g.entities);
}

#[test]
fn a_topic_is_not_an_actor() {
    let g = extract("Ministers from both countries will hold a conference on refugees in May.");
    assert!(!named(&g, "refugees"), "{:#?}", g.entities);
}

#[test]
fn people_named_after_including_are_the_actors() {
    let g = extract(
        "Police detained several student leaders, including Mira Kovac, in Lorvik on Monday.",
    );
    assert!(!named(&g, "student leaders"), "{:#?}", g.entities);
}

#[test]
fn a_country_s_body_is_named_with_its_owner() {
    let g = extract(
        "Malawi's central bank raised its main rate on Tuesday. The bank said prices had \
         risen.",
    );
    assert!(named(&g, "Malawi's central bank"), "{:#?}", g.entities);
    assert!(named(&g, "central bank"), "{:#?}", g.entities);
    assert_eq!(id(&g, "central bank"), id(&g, "The bank"));
}

#[test]
fn an_organisation_s_delegation_is_part_of_it_and_lies_in_its_city() {
    let g = extract(
        "The African Union's delegation in Nairobi called for calm on Monday. The head of \
         the ICRC delegation in Kigali said talks would resume.",
    );
    let au = "African Union's delegation";
    assert!(
        has_rel(&g, au, RelationType::PartOf, "African Union"),
        "{:#?}",
        g.relations
    );
    assert!(
        has_rel(&g, au, RelationType::LocatedIn, "Nairobi"),
        "{:#?}",
        g.relations
    );
    assert!(
        has_rel(&g, "ICRC delegation", RelationType::LocatedIn, "Kigali"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_mission_to_a_body_has_that_body_in_its_name() {
    let g = extract("Moldova's mission to the United Nations said it regretted the vote.");
    assert!(
        named(&g, "Moldova's mission to the United Nations"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn a_body_in_apposition_makes_a_name_an_organisation() {
    let g = extract(
        "About 20 officers from Finkrim, the national authority for tax fraud, searched the \
         offices of a shipping firm on Monday.",
    );
    let e = id(&g, "Finkrim");
    let t = g.entities.iter().find(|x| x.id == e).map(|x| x.etype);
    assert_eq!(t, Some(EntityType::Organisation), "{:#?}", g.entities);
    assert!(
        has_rel(&g, "About 20 officers", RelationType::MemberOf, "Finkrim"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_nationality_before_a_people_noun_makes_a_group_of_that_country() {
    let g = extract(
        "Polish officials met their Lithuanian counterparts in Vilnius on Monday. Two Latvian \
         border officers were injured.",
    );
    assert!(
        has_rel(
            &g,
            "Lithuanian counterparts",
            RelationType::AffiliatedWith,
            "Lithuania"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn people_named_before_other_ones_are_the_actors() {
    let g =
        extract("The minister said she would meet Ana Ferraz and other union leaders on Friday.");
    assert!(!named(&g, "union leaders"), "{:#?}", g.entities);
}

#[test]
fn people_act_only_when_a_deed_follows_or_they_are_counted_or_owned() {
    let g = extract("The court ordered the mine to compensate the families.");
    assert!(!named(&g, "families"), "{:#?}", g.entities);
    let g = extract("Miners' families blocked the road to the shaft on Friday.");
    assert!(
        named(&g, "Miners' families") || named(&g, "families"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn an_organisation_s_ministers_are_its_members() {
    let g = extract(
        "The Southern Trade Community condemned the strikes, saying its defence ministers \
         would meet in Lusaka next week.",
    );
    assert!(
        has_rel(
            &g,
            "its defence ministers",
            RelationType::MemberOf,
            "Southern Trade Community"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn members_of_a_body_named_by_its_noun_are_a_group() {
    let g = extract("The bloc barred members of the junta from travelling abroad on Friday.");
    assert!(named(&g, "members of the junta"), "{:#?}", g.entities);
}

#[test]
fn people_opening_a_clause_after_a_killing_are_an_actor() {
    let g = extract(
        "Gunmen killed four guards at the mine and dozens of residents were abducted on \
         Tuesday.",
    );
    assert!(named(&g, "dozens of residents"), "{:#?}", g.entities);
    let g = extract("The attack killed four residents of the village.");
    assert!(!named(&g, "four residents"), "{:#?}", g.entities);
}

#[test]
fn kin_belong_to_no_body_the_pronoun_points_to() {
    let g = extract(
        "The Harbour Dockers Union freed six hostages on Monday. The union said their \
         families had been told.",
    );
    let kin = id(&g, "their families");
    assert!(
        !g.relations.iter().any(|r| r.subject == kin),
        "{:#?}",
        g.relations
    );
    let g = extract(
        "The Harbour Dockers Union freed six hostages on Monday. The union said their \
         fighters had been told.",
    );
    assert!(
        has_rel(
            &g,
            "their fighters",
            RelationType::MemberOf,
            "Harbour Dockers Union"
        ),
        "{:#?}",
        g.relations
    );
}
