//! Membership and leadership told in the ways wire copy words them: a movement's own
//! fighters and a party's supporters named by a possessive pronoun, a bloc's leaders named
//! by its acronym, "one of the organisers of Y", "X is one of N countries in Y", "who belong
//! to Y", and the head of a body placed by "in" ("the head of the EU delegation in X, Y").
//! Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, holds, id, lacks};
use newsgraph_model::{ArticleGraph, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-04"))
}

/// Whether the entity named `s` has any relation `p`.
fn any_rel(g: &ArticleGraph, s: &str, p: RelationType) -> bool {
    let s = id(g, s);
    g.relations
        .iter()
        .any(|r| r.subject == s && r.predicate == p)
}

/// Asserts that the person named `s` leads nothing.
fn leads_nothing(g: &ArticleGraph, s: &str) {
    assert!(!any_rel(g, s, RelationType::LeaderOf), "{:#?}", g.relations);
}

#[test]
fn a_movements_own_fighters_are_its_members_not_the_countrys() {
    let g = extract(
        "Somalia's army said on Monday it had retaken two villages near Jowhar. The Ogaden \
         Liberation Front, which is allied to a larger movement, said in a statement that its \
         fighters had overrun an army post.",
    );
    assert!(
        has_rel(
            &g,
            "fighters",
            RelationType::MemberOf,
            "Ogaden Liberation Front"
        ),
        "{:#?}",
        g.relations
    );
    assert!(!any_rel(&g, "fighters", RelationType::AffiliatedWith));
}

#[test]
fn supporters_follow_the_party_not_the_police_that_fired_at_them() {
    let g = extract(
        "The Popular Renewal Party said police had arrested dozens of its supporters in the \
         capital of Kenya.",
    );
    assert!(
        has_rel(
            &g,
            "supporters",
            RelationType::AffiliatedWith,
            "Popular Renewal Party"
        ),
        "{:#?}",
        g.relations
    );
    assert!(
        !has_rel(&g, "supporters", RelationType::AffiliatedWith, "Kenya"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_blocs_leaders_are_members_and_its_ministers_act_for_it() {
    let g = extract(
        "At a summit in Abuja on Friday, SADC leaders froze the assets of the junta. EU \
         foreign ministers met in Brussels on Monday.",
    );
    assert!(
        has_rel(&g, "SADC leaders", RelationType::MemberOf, "SADC"),
        "{:#?}",
        g.relations
    );
    assert!(!has_rel(
        &g,
        "SADC leaders",
        RelationType::AffiliatedWith,
        "SADC"
    ));
    assert!(
        has_rel(
            &g,
            "EU foreign ministers",
            RelationType::AffiliatedWith,
            "EU"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn staff_work_for_a_body_without_making_it_up() {
    let g = extract("The rebels detained dozens of local UN staff in 2024.");
    assert!(
        has_rel(&g, "UN staff", RelationType::AffiliatedWith, "UN"),
        "{:#?}",
        g.relations
    );
    assert!(!has_rel(&g, "UN staff", RelationType::MemberOf, "UN"));
}

/// Both readers of membership, the apposition and the copula, read "one of ..." alike: a
/// count and a qualifier may stand between "one of the" and the noun.
#[test]
fn one_of_reads_the_same_after_a_comma_and_after_a_verb() {
    for (text, member, body) in [
        (
            "\"We will stay,\" said Lena Varga, one of the 12 founding members of the Student \
             Renewal Movement.",
            "Lena Varga",
            "Student Renewal Movement",
        ),
        (
            "Kenya is one of the 12 founding members of the Andean Trade Forum.",
            "Kenya",
            "Andean Trade Forum",
        ),
    ] {
        let g = extract(text);
        assert!(
            has_rel(&g, member, RelationType::MemberOf, body),
            "{text}: {:#?}",
            g.relations
        );
    }
}

#[test]
fn one_of_the_organisers_of_a_movement_is_a_member() {
    let g = extract(
        "\"We will stay,\" said Lena Varga, one of the organisers of the Student Renewal \
         Movement.",
    );
    assert!(
        has_rel(
            &g,
            "Lena Varga",
            RelationType::MemberOf,
            "Student Renewal Movement"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn one_of_n_countries_in_a_body_is_a_member() {
    let g =
        extract("Norway is one of 12 countries in the Arctic Monitoring Council, set up in 2021.");
    assert!(
        has_rel(
            &g,
            "Norway",
            RelationType::MemberOf,
            "Arctic Monitoring Council"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_group_that_belongs_to_an_alliance_is_its_member() {
    let g = extract(
        "The Kivu Patriots, who belong to the Congo River Alliance (CRA), control large parts \
         of the province.",
    );
    assert!(
        has_rel(
            &g,
            "Kivu Patriots",
            RelationType::MemberOf,
            "Congo River Alliance"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn the_head_of_a_delegation_placed_by_in_leads_it() {
    let g = extract(
        "Estonia's foreign ministry summoned the head of the EU delegation in Tallinn, \
         Ambassador Marta Kell, on Thursday.",
    );
    assert!(
        has_rel(&g, "Marta Kell", RelationType::LeaderOf, "EU delegation"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_former_head_of_a_delegation_leads_nothing() {
    let g = extract(
        "Estonia's foreign ministry summoned the former head of the EU delegation in Tallinn, \
         Ambassador Marta Kell, on Thursday.",
    );
    leads_nothing(&g, "Marta Kell");
}

#[test]
fn a_countrys_military_command_named_by_its_is_affiliated_with_it() {
    let g = extract(
        "The United States said its Africa Command had carried out an air strike near the \
         town of Balcad on Sunday.",
    );
    assert!(
        has_rel(
            &g,
            "Africa Command",
            RelationType::AffiliatedWith,
            "United States"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_command_opened_by_a_nationality_is_affiliated_with_the_country() {
    let g = extract(
        "Kenya closed two border crossings on Monday. A spokesman for the Kenyan Northern \
         Command said two soldiers were hurt.",
    );
    assert!(
        has_rel(
            &g,
            "Kenyan Northern Command",
            RelationType::AffiliatedWith,
            "Kenya"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn troops_serving_with_a_mission_are_its_members() {
    let g = extract(
        "Kenyan troops serving with the Regional Stabilisation Mission sent two helicopters to \
         the town on Monday.",
    );
    assert!(
        has_rel(
            &g,
            "Kenyan troops",
            RelationType::MemberOf,
            "Regional Stabilisation Mission"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_rebel_army_that_names_no_country_has_its_fighters_as_members() {
    let g = extract(
        "The Tarvani Liberation Army said its fighters had captured two army outposts on \
         Sunday.",
    );
    assert!(
        has_rel(
            &g,
            "its fighters",
            RelationType::MemberOf,
            "Tarvani Liberation Army"
        ),
        "{:#?}",
        g.relations
    );
    // A state's army carries its country's name; its fighters are no movement's members.
    let g =
        extract("The Somali National Army said its fighters had captured two outposts on Sunday.");
    assert!(
        !any_rel(&g, "its fighters", RelationType::MemberOf),
        "{:#?}",
        g.relations
    );
}

#[test]
fn lawmakers_and_fighters_from_a_party_or_movement_are_its_members() {
    let g = extract(
        "Lawmakers from the Green Renewal Party walked out of the chamber on Tuesday. \
         Fighters from the Northern Liberation Front attacked a convoy near the border.",
    );
    let lawmakers = "Lawmakers from the Green Renewal Party";
    holds(&g, lawmakers, RelationType::MemberOf, "Green Renewal Party");
    lacks(
        &g,
        lawmakers,
        RelationType::AffiliatedWith,
        "Green Renewal Party",
    );
    let fighters = "Fighters from the Northern Liberation Front";
    holds(
        &g,
        fighters,
        RelationType::MemberOf,
        "Northern Liberation Front",
    );
    // Observers sent by a body only stand for it.
    let g = extract("Observers from the Andean Forum said the vote had been calm.");
    let observers = "Observers from the Andean Forum";
    lacks(&g, observers, RelationType::MemberOf, "Andean Forum");
}

#[test]
fn a_bodys_own_commander_leads_it_and_a_unit_commander_serves_in_it() {
    let g = extract(
        "The Northern Liberation Front freed four hostages on Monday. Its commander, Tomas \
         Regan, said the group wanted talks.",
    );
    let front = "Northern Liberation Front";
    holds(&g, "Tomas Regan", RelationType::LeaderOf, front);
    let g = extract(
        "Colonel Anders Vik, a battalion commander in the Norwegian Army, said the exercise \
         had ended.",
    );
    leads_nothing(&g, "Anders Vik");
}

#[test]
fn a_bloc_that_groups_one_state_with_others_has_them_all_as_members() {
    let g = extract(
        "The Andean Forum, which groups Peru with Chile and Bolivia, said on Monday it would \
         send a mission. Ecuador, a member of the Andean Forum and of the Pacific League, \
         stayed away.",
    );
    for state in ["Peru", "Chile", "Bolivia"] {
        holds(&g, state, RelationType::MemberOf, "Andean Forum");
    }
    holds(&g, "Ecuador", RelationType::MemberOf, "Pacific League");
}

/// A wire lead in which 40 `who` fighters are captured.
fn captured(who: &str) -> ArticleGraph {
    extract(&format!(
        "KHARTOUM, March 3 (Wire) - The army said on Monday that 40 {who} fighters had been \
         captured near the town of Bara."
    ))
}

#[test]
fn fighters_named_with_their_movement_are_its_members() {
    let g = captured("RSF");
    holds(&g, "RSF fighters", RelationType::MemberOf, "RSF");
}

#[test]
fn fighters_named_with_a_region_belong_to_no_body() {
    let g = captured("Kordofan");
    let member = |r: &&newsgraph_model::Relation| r.predicate == RelationType::MemberOf;
    assert!(
        !g.relations.iter().any(|r| member(&r)),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_party_deputy_sits_for_the_party() {
    let g = extract(
        "Lawmakers elected Green Alliance deputy Tomas Berg to chair the assembly on Monday.",
    );
    holds(&g, "Tomas Berg", RelationType::MemberOf, "Green Alliance");
}

#[test]
fn a_firms_deputy_is_no_member_of_it() {
    let g = extract("Nordic Shipping deputy Tomas Berg told reporters the fleet would be sold.");
    assert!(
        !any_rel(&g, "Tomas Berg", RelationType::MemberOf),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_party_minister_is_the_partys_member_not_its_official() {
    let g = extract(
        "Kari Nilsen, the Centre Party finance minister, said on Tuesday the budget would pass.",
    );
    holds(&g, "Kari Nilsen", RelationType::MemberOf, "Centre Party");
    lacks(&g, "Kari Nilsen", RelationType::OfficialOf, "Centre Party");
}

#[test]
fn a_bloc_that_groups_states_named_after_with_and_an_owners_island() {
    let g = extract(
        "The Southern Ocean Council, which groups the two states with Madagascar, the Comoros \
         and France's island of Mayotte, welcomed the accords on Monday.",
    );
    for state in ["Madagascar", "Comoros", "Mayotte"] {
        holds(&g, state, RelationType::MemberOf, "Southern Ocean Council");
    }
    lacks(
        &g,
        "France",
        RelationType::MemberOf,
        "Southern Ocean Council",
    );
}

#[test]
fn the_states_a_copula_lists_after_members_of_a_bloc_are_its_members() {
    let g = extract(
        "The four members of the Andean Community (CAN) are Bolivia, Colombia, Ecuador and \
         Peru. Its ministers met in Lima on Tuesday.",
    );
    for state in ["Bolivia", "Colombia", "Ecuador", "Peru"] {
        holds(&g, state, RelationType::MemberOf, "Andean Community");
    }
    let g = extract(
        "Officials of the Andean Community are in Bolivia and Peru this week to discuss \
         tariffs. Its ministers met in Lima on Tuesday.",
    );
    for state in ["Bolivia", "Peru"] {
        lacks(&g, state, RelationType::MemberOf, "Andean Community");
    }
}

#[test]
fn persons_an_apposition_lists_after_a_group_told_before_are_its_members() {
    let g = extract(
        "A court in Harare jailed a former transport minister for fraud on Tuesday but cleared \
         three of his aides. The three aides, Tendai Moyo and Grace Ncube, were freed after \
         the judge found no proof against them.",
    );
    for person in ["Tendai Moyo", "Grace Ncube"] {
        holds(&g, person, RelationType::MemberOf, "aides");
    }
    // A count without "the" opens a new group, not the one told before.
    let g = extract(
        "Police officers fired tear gas at protesters in Harare on Tuesday. Two officers, \
         Tendai Moyo and Grace Ncube, were later suspended by the police commissioner.",
    );
    for person in ["Tendai Moyo", "Grace Ncube"] {
        assert!(
            !any_rel(&g, person, RelationType::MemberOf),
            "{:#?}",
            g.relations
        );
    }
}

#[test]
fn a_party_set_off_by_a_comma_after_a_titled_name_is_his() {
    let g = extract(
        "Senate President Tomas Varga, of the ruling Civic Renewal party, declined to comment \
         on the vote on Monday.",
    );
    holds(
        &g,
        "Tomas Varga",
        RelationType::MemberOf,
        "Civic Renewal party",
    );
    // A body without a party word is where he works, not a party he belongs to.
    let g = extract(
        "Senate President Tomas Varga, of the Civic Renewal Institute, declined to comment on \
         the vote on Monday.",
    );
    lacks(
        &g,
        "Tomas Varga",
        RelationType::MemberOf,
        "Civic Renewal Institute",
    );
}

#[test]
fn a_state_a_bloc_member_apposition_follows_is_a_member() {
    let g = extract(
        "Norway, a NATO member, sent two frigates to the Baltic Sea on Monday after a cable \
         was cut.",
    );
    holds(&g, "Norway", RelationType::MemberOf, "NATO");
    // A partner is not a member.
    let g = extract(
        "Ukraine, a NATO partner, asked for more air defence systems on Monday after a wave \
         of drone strikes.",
    );
    lacks(&g, "Ukraine", RelationType::MemberOf, "NATO");
}

#[test]
fn a_bloc_of_which_a_state_named_with_the_is_a_member_has_it_as_member() {
    // An observer of a bloc is not its member.
    for (standing, member) in [("a member", true), ("an observer", false)] {
        let g = extract(&format!(
            "The Andean Trade Forum, of which the Philippines is {standing}, said on Monday it \
             would send a team to Manila."
        ));
        let read = has_rel(
            &g,
            "Philippines",
            RelationType::MemberOf,
            "Andean Trade Forum",
        );
        assert_eq!(read, member, "{standing}: {:#?}", g.relations);
    }
}

#[test]
fn a_member_of_a_leaders_party_is_a_member_of_the_party_not_of_the_leader() {
    let g = extract(
        "Finance Minister Karim Haddou, a member of Prime Minister Selim Benali's Renewal \
         Party, said on Monday the budget would be cut.",
    );
    holds(&g, "Karim Haddou", RelationType::MemberOf, "Renewal Party");
    lacks(&g, "Karim Haddou", RelationType::MemberOf, "Selim Benali");
    // Without the leader the party is read as before.
    let g = extract(
        "Finance Minister Karim Haddou, a member of the Renewal Party, said on Monday the \
         budget would be cut.",
    );
    holds(&g, "Karim Haddou", RelationType::MemberOf, "Renewal Party");
}

#[test]
fn a_partys_officials_named_by_its_acronym_are_its_members() {
    let g = extract(
        "The National Renewal Party (NRP) won 29 of the 65 seats in Sunday's election. NRP \
         officials said on Monday they would start talks with smaller parties.",
    );
    holds(
        &g,
        "NRP officials",
        RelationType::MemberOf,
        "National Renewal Party",
    );
    // A body that is no party has officials who serve it, not members.
    let g = extract(
        "The National Water Agency (NWA) cut supplies to 29 towns on Sunday. NWA officials \
         said on Monday they would restore them by Friday.",
    );
    lacks(
        &g,
        "NWA officials",
        RelationType::MemberOf,
        "National Water Agency",
    );
}

#[test]
fn a_relief_bodys_own_volunteers_are_its_members_not_its_countrys() {
    let g = extract(
        "The Tonga Red Cross Society said on Monday its volunteers had handed out water to \
         400 families in the east of the island.",
    );
    holds(
        &g,
        "volunteers",
        RelationType::MemberOf,
        "Tonga Red Cross Society",
    );
    lacks(&g, "volunteers", RelationType::AffiliatedWith, "Tonga");
    // A movement's supporters still follow it rather than belong to it.
    let g = extract(
        "The Popular Renewal Party said police had arrested dozens of its supporters in the \
         capital of Kenya.",
    );
    lacks(
        &g,
        "supporters",
        RelationType::MemberOf,
        "Popular Renewal Party",
    );
}

#[test]
fn military_intelligence_is_no_army_of_the_country() {
    let g = extract(
        "A court in Riga jailed a man on Monday for spying for North Korea's military \
         intelligence agency.",
    );
    assert!(
        !g.entities
            .iter()
            .any(|e| e.names.iter().any(|n| n == "North Korea's military")),
        "{:#?}",
        g.entities
    );
    // The army itself is still the country's.
    let g = extract("North Korea's military fired two missiles into the sea on Monday.");
    assert!(
        g.relations
            .iter()
            .any(|r| r.predicate == RelationType::AffiliatedWith),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_body_whose_seats_a_person_counts_as_theirs_is_their_party() {
    let g = extract(
        "Prime Minister Anna Berg, whose centrist D77 won the most seats in the election, said \
         on Monday she would form a coalition.",
    );
    holds(&g, "Anna Berg", RelationType::MemberOf, "D77");
    // A body that wins something else is not thereby a party.
    let g = extract(
        "Prime Minister Anna Berg, whose centrist D77 won a court case against the state, said \
         on Monday she would form a coalition.",
    );
    lacks(&g, "Anna Berg", RelationType::MemberOf, "D77");
}

#[test]
fn a_bloc_called_by_a_noun_lists_its_members() {
    let g = extract(
        "Leaders of the Andean Community met in Lima on Monday. The bloc's members are Peru, \
         Bolivia, Ecuador and Colombia.",
    );
    for m in ["Peru", "Bolivia", "Ecuador", "Colombia"] {
        holds(&g, m, RelationType::MemberOf, "Andean Community");
    }
}

#[test]
fn a_bloc_called_by_a_noun_with_its_partners_lists_no_members() {
    let g = extract(
        "Leaders of the Andean Community met in Lima on Monday. The bloc's partners are Peru \
         and Chile.",
    );
    for m in ["Peru", "Chile"] {
        lacks(&g, m, RelationType::MemberOf, "Andean Community");
    }
}
