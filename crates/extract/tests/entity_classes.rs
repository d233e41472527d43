//! Classes of names and groups the name and description steps read from the words around
//! them: a body's common noun before an unknown name, a party word after one, a mountain,
//! a town listed with a city, an office's long field before its holder, an office the
//! titles list knows; groups opening a sentence, and groups named with the phrase that says
//! whose they are. Sentences written for these tests.

mod common;

use common::{extract_on, has_rel, type_of};
use newsgraph_model::{ArticleGraph, EntityType, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2026-11-20"))
}

/// No entity of `g` has a name that `bad` accepts.
fn assert_no_name(g: &ArticleGraph, bad: impl Fn(&str) -> bool) {
    assert!(
        !g.entities.iter().any(|e| e.names.iter().any(|n| bad(n))),
        "{:#?}",
        g.entities
    );
}

fn assert_type(g: &ArticleGraph, name: &str, t: EntityType) {
    assert_eq!(type_of(g, name), Some(t), "{name}: {:#?}", g.entities);
}

#[test]
fn an_unknown_name_after_a_union_noun_is_an_organisation() {
    let g = extract(
        "The strike, called by the dockers' union Portlab, closed the harbour at Tavira on \
         Monday.",
    );
    assert_type(&g, "Portlab", EntityType::Organisation);
}

#[test]
fn an_unknown_name_before_a_party_word_is_an_organisation() {
    let g = extract(
        "The country's governing Renovar party lost its majority in Sunday's vote, officials \
         said.",
    );
    assert_type(&g, "Renovar party", EntityType::Organisation);
}

#[test]
fn a_mountain_is_a_place_not_a_person() {
    let g = extract(
        "Shepherds said soldiers had closed the tracks on the slopes of Mount Korvala on \
         Tuesday.",
    );
    let t = type_of(&g, "Mount Korvala");
    assert!(
        matches!(t, Some(EntityType::Region | EntityType::Location)),
        "{t:?}: {:#?}",
        g.entities
    );
}

#[test]
fn a_name_listed_with_a_known_city_is_a_city() {
    let g = extract("Truckers cut fuel deliveries to La Paz and El Varo on Thursday, police said.");
    assert_type(&g, "El Varo", EntityType::City);
}

#[test]
fn a_name_after_a_long_office_field_is_the_holder() {
    let g = extract(
        "The talks were chaired by Omani Minister of State for Foreign Affairs Nasser \
         al-Harthi on Monday.",
    );
    assert_type(&g, "Nasser al-Harthi", EntityType::Person);
    assert!(
        has_rel(&g, "Nasser al-Harthi", RelationType::OfficialOf, "Oman"),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_trade_representative_is_an_official_not_part_of_a_name() {
    let g =
        extract("U.S. Trade Representative Paula Brenner said on Tuesday the duties would stay.");
    assert_type(&g, "Paula Brenner", EntityType::Person);
    assert!(type_of(&g, "Trade Representative Paula Brenner").is_none());
    assert!(
        has_rel(
            &g,
            "Paula Brenner",
            RelationType::OfficialOf,
            "United States"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_group_opening_a_sentence_with_a_modifier_is_read() {
    let g = extract(
        "Fighting went on near the market town for a second day. Village elders said they \
         would meet the governor on Friday.",
    );
    assert_type(&g, "Village elders", EntityType::Group);
}

#[test]
fn a_group_is_named_with_the_phrase_that_says_whose_it_is() {
    let g = extract(
        "The ministers signed the accord in Lisbon. Leaders of the three member states \
         praised the accord on Friday.",
    );
    assert_type(&g, "Leaders of the three member states", EntityType::Group);
    // The states only say whose the leaders are: no group of their own.
    assert!(type_of(&g, "member states").is_none(), "{:#?}", g.entities);
}

#[test]
fn residents_are_named_with_their_town() {
    let g = extract(
        "Gunmen attacked a police post on Sunday. Residents of Tavira said they heard \
         explosions for an hour.",
    );
    assert_type(&g, "Residents of Tavira", EntityType::Group);
}

#[test]
fn a_chamber_and_a_conference_are_bodies() {
    let g = extract(
        "The Peruvian Chamber of River Transport and the Andean Episcopal Conference \
         called for talks on Monday.",
    );
    assert_type(
        &g,
        "Peruvian Chamber of River Transport",
        EntityType::Organisation,
    );
    assert_type(&g, "Andean Episcopal Conference", EntityType::Organisation);
}

#[test]
fn a_body_name_joined_by_and_runs_to_its_body_word() {
    let g =
        extract("The bloc's Trade and Tariffs Council asked in May for the duties to be lifted.");
    assert_type(&g, "Trade and Tariffs Council", EntityType::Organisation);
}

#[test]
fn an_ordinal_inside_a_sentence_opens_a_company_name() {
    let g =
        extract("The government said it was in talks with First Harbour Minerals over the port.");
    assert_type(&g, "First Harbour Minerals", EntityType::Organisation);
}

#[test]
fn a_facility_word_with_of_the_opens_a_site_name() {
    let g = extract("Protesters blocked the Bridge of the Republics on Tuesday.");
    assert_type(&g, "Bridge of the Republics", EntityType::Facility);
}

#[test]
fn a_city_inside_a_site_name_stays_in_the_site() {
    let g = extract("Workers left the Cobre Lima mine after the strike began, the union said.");
    assert_type(&g, "Cobre Lima mine", EntityType::Facility);
}

#[test]
fn a_country_named_only_through_its_police_is_an_actor() {
    let g = extract(
        "Peruvian riot police fired tear gas at protesters on the bridge, the interior \
         ministry said.",
    );
    assert_type(&g, "Peru", EntityType::Country);
}

#[test]
fn judges_who_rule_are_a_group() {
    let g = extract(
        "Lawyers for the former mayor appealed in March. In a split ruling, the judges found \
         that the decree broke the constitution.",
    );
    assert_type(&g, "judges", EntityType::Group);
}

#[test]
fn supporters_a_leader_speaks_to_are_an_audience_not_an_actor() {
    let g = extract(
        "The defeated candidate, Marta Ilves, told supporters at a hotel in the capital that \
         she would appeal the result.",
    );
    assert!(type_of(&g, "supporters").is_none(), "{:#?}", g.entities);
}

#[test]
fn counted_men_are_a_group() {
    let g = extract("Border guards detained three men near the crossing on Saturday, police said.");
    assert_type(&g, "three men", EntityType::Group);
}

#[test]
fn armed_is_an_adjective_of_the_group_it_names() {
    let g = extract(
        "The two ministers accused each other of letting armed men cross the river into the \
         valley.",
    );
    assert_type(&g, "armed men", EntityType::Group);
}

#[test]
fn people_accused_of_a_deed_are_still_a_group() {
    let g = extract(
        "The dockers' union Portlab called the strike. The minister accused union leaders of \
         blocking the port.",
    );
    assert_type(&g, "union leaders", EntityType::Group);
}

#[test]
fn a_country_name_used_as_its_adjective_opens_a_group() {
    let g = extract(
        "Lao officials signed a memorandum on a new bridge over the river on Monday, a Lao \
         foreign ministry statement said.",
    );
    assert_type(&g, "Lao officials", EntityType::Group);
    assert_type(&g, "Lao foreign ministry", EntityType::Organisation);
}

#[test]
fn a_country_adjective_in_a_pair_of_adjectives_stays_the_country() {
    let g = extract("Vietnamese and Lao troops exchanged fire along the border on Friday.");
    assert!(type_of(&g, "Lao troops").is_none(), "{:#?}", g.entities);
    assert_type(&g, "Laos", EntityType::Country);
}

#[test]
fn a_plural_looking_verb_after_a_relative_pronoun_names_no_group() {
    let g = extract(
        "The minister threatened to expel the panel that monitors the ceasefire, saying its \
         reports were biased.",
    );
    assert!(type_of(&g, "monitors").is_none(), "{:#?}", g.entities);
}

#[test]
fn people_still_to_be_sent_are_no_actor_of_their_own() {
    let g = extract(
        "Both sides asked the regional bloc to send observers to check that the truce holds.",
    );
    assert!(type_of(&g, "observers").is_none(), "{:#?}", g.entities);
}

#[test]
fn a_group_is_named_with_its_owners_pronoun() {
    let g = extract(
        "The former mayor was arrested at his home on Monday. His lawyers said he would \
         appeal the charges.",
    );
    assert_type(&g, "His lawyers", EntityType::Group);
}

#[test]
fn a_bodys_members_named_by_its_pronoun_are_its_group() {
    let g = extract(
        "HARBOURTON, May 4 (Test Wire) - The Northern Dockers Union said its members would \
         stop work at the port on Friday.",
    );
    assert_type(&g, "its members", EntityType::Group);
    assert!(
        has_rel(
            &g,
            "its members",
            RelationType::MemberOf,
            "Northern Dockers Union"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn a_demonym_before_a_trade_plural_names_the_countrys_group() {
    let g = extract(
        "OSLO, May 4 (Test Wire) - Norwegian mediators met the two delegations on Monday. \
         Kenyan truck drivers blocked the border crossing.",
    );
    assert_type(&g, "Norwegian mediators", EntityType::Group);
    assert_type(&g, "Kenyan truck drivers", EntityType::Group);
    assert!(
        has_rel(
            &g,
            "Norwegian mediators",
            RelationType::AffiliatedWith,
            "Norway"
        ),
        "{:#?}",
        g.relations
    );
}

#[test]
fn member_states_after_a_preposition_are_the_blocs_territory_not_an_actor() {
    let place = extract(
        "ACCRA, May 4 (Test Wire) - The West African Trade Union froze the general's assets \
         held in member states on Monday.",
    );
    assert_no_name(&place, |n| n.eq_ignore_ascii_case("member states"));
    let actor = extract(
        "ACCRA, May 4 (Test Wire) - The West African Trade Union met on Monday. Member states \
         would send observers to the vote, its chairman said.",
    );
    assert_type(&actor, "Member states", EntityType::Group);
}

#[test]
fn all_parties_at_large_are_no_group() {
    let g = extract(
        "LUSAKA, May 4 (Test Wire) - The African Union observer mission urged all parties to \
         respect the results of the vote.",
    );
    assert_no_name(&g, |n| n.to_lowercase().ends_with("parties"));
}

#[test]
fn the_two_leaders_of_a_visit_are_the_pair_not_a_group() {
    let g = extract(
        "RIGA, May 4 (Test Wire) - Latvian Prime Minister Anna Berzina met Estonian Prime \
         Minister Karl Tamm in Riga on Monday. The two leaders discussed energy links between \
         Latvia and Estonia.",
    );
    assert_no_name(&g, |n| n.eq_ignore_ascii_case("the two leaders"));
}

#[test]
fn a_country_s_red_cross_society_is_one_organisation() {
    let g = extract(
        "The Kenyan Red Cross said on Monday its volunteers had reached 3,000 families cut off \
         by floods near Kisumu. The Tanzania Red Crescent Society sent two boats.",
    );
    assert_type(&g, "Kenyan Red Cross", EntityType::Organisation);
    assert_type(
        &g,
        "Tanzania Red Crescent Society",
        EntityType::Organisation,
    );
}

#[test]
fn a_country_before_the_movement_s_name_across_a_comma_stays_the_country() {
    let g = extract(
        "Floods cut roads across Kenya, the Red Cross said on Monday, and aid was slow to \
         reach Kisumu.",
    );
    assert_type(&g, "Kenya", EntityType::Country);
    assert_no_name(&g, |n| n.starts_with("Kenya") && n.contains("Red"));
}

#[test]
fn a_storm_s_name_is_no_entity() {
    let g = extract(
        "Cyclone Mirela killed 12 people in the north, the disaster agency said on Monday. \
         Hurricane Tomas is expected to reach the coast next week.",
    );
    assert_no_name(&g, |n| n.contains("Mirela") || n.contains("Tomas"));
}

#[test]
fn a_person_whose_surname_follows_a_storm_word_elsewhere_is_kept() {
    let g = extract(
        "Minister Anders Cyclone said on Monday the bridge at Varna would reopen next week.",
    );
    assert!(common::named(&g, "Anders Cyclone"), "{:#?}", g.entities);
}

#[test]
fn a_faith_s_church_is_a_body_and_a_saint_s_church_a_building() {
    let g = extract(
        "The Catholic Church said on Sunday it would open its schools to displaced families. \
         Soldiers guarded St Anne's Church in Lubango.",
    );
    assert_type(&g, "Catholic Church", EntityType::Organisation);
    let saint = type_of(&g, "St Anne's Church");
    assert_ne!(saint, Some(EntityType::Organisation), "{:#?}", g.entities);
}

#[test]
fn a_seat_s_building_is_a_facility_and_a_chamber_a_body() {
    let g = extract(
        "Protesters gathered outside Government House in Koror on Monday as the House of \
         Delegates met to debate the budget.",
    );
    assert_type(&g, "Government House", EntityType::Facility);
    let chamber = type_of(&g, "House of Delegates");
    assert_ne!(chamber, Some(EntityType::Facility), "{:#?}", g.entities);
}

#[test]
fn a_party_named_with_and_before_its_party_word_is_one_name() {
    let g =
        extract("The opposition Unity and Renewal party said on Monday it would boycott the vote.");
    assert_type(&g, "Unity and Renewal party", EntityType::Organisation);
}

#[test]
fn two_names_joined_by_and_without_a_party_word_stay_two() {
    let g = extract(
        "Ana Varga and Tomas Berg said on Monday the Renovar party would boycott the vote.",
    );
    assert_no_name(&g, |n| n.contains(" and "));
    assert!(common::named(&g, "Tomas Berg"), "{:#?}", g.entities);
}

#[test]
fn an_unknown_name_after_a_trade_or_outlet_noun_is_an_organisation() {
    let g = extract(
        "Regulators fined the Dubai-based exchange Kravix on Tuesday. Officials told radio \
         station Pendaluna that the fine was fair. Inflation eased to 4 percent, according to \
         the statistics service Tarnstat.",
    );
    for name in ["Kravix", "Pendaluna", "Tarnstat"] {
        assert_type(&g, name, EntityType::Organisation);
    }
}

#[test]
fn an_apposition_headed_by_a_body_noun_makes_the_name_a_body() {
    let g = extract(
        "Ministers told Holmgard, the island's parliament, that the law would pass. Brevica, \
         the Valmoran chapter of a rights group, said the verdict was just. Agrovia, the \
         umbrella body for farm unions, said it would protest.",
    );
    for name in ["Holmgard", "Brevica", "Agrovia"] {
        assert_type(&g, name, EntityType::Organisation);
    }
}

#[test]
fn a_name_set_off_after_a_body_noun_is_the_body() {
    let g = extract("The regional anti-fraud body, Fraudval, said it would send a team in May.");
    assert_type(&g, "Fraudval", EntityType::Organisation);
}

#[test]
fn a_holder_set_off_after_an_office_in_a_body_stays_a_person() {
    let g = extract(
        "The speaker of parliament, Mihai Lungu, said he would convene the chamber. A \
         spokesman for the agency, Ivo Brandt, declined to comment.",
    );
    assert_type(&g, "Mihai Lungu", EntityType::Person);
    assert_type(&g, "Ivo Brandt", EntityType::Person);
}

#[test]
fn a_lone_body_word_before_a_country_names_the_national_body() {
    let g = extract("Unemployment rose to 5 percent in May, Statistics Norway said on Friday.");
    assert_type(&g, "Statistics Norway", EntityType::Organisation);
    assert_no_name(&g, |n| n == "Statistics");
}

#[test]
fn an_exchange_of_words_heads_no_apposition_calling_a_place_a_body() {
    let g = extract(
        "Greece and Turkey traded charges over the Varna Sea on Monday, the sharpest exchange \
         between the two neighbours in months.",
    );
    for e in &g.entities {
        let body = e.etype == EntityType::Organisation;
        assert!(
            !(body && e.names.iter().any(|n| n.contains("Varna"))),
            "{e:#?}"
        );
    }
}

#[test]
fn an_owners_possessive_may_open_an_apposition_calling_the_name_a_body() {
    let g = extract(
        "The minister resigned on Monday, Kestavo, Norland's largest daily, reported. The \
         report was denied by Pellvik, Norland's press watchdog, on Tuesday.",
    );
    assert_type(&g, "Kestavo", EntityType::Organisation);
    assert_type(&g, "Pellvik", EntityType::Organisation);
}

#[test]
fn a_corps_or_a_banca_in_a_name_makes_it_a_body() {
    let g = extract(
        "The Norland Frontier Corps said on Monday it had killed four militants. The \
         government will sell a stake in Banca Lorenta next year.",
    );
    assert_type(&g, "Norland Frontier Corps", EntityType::Organisation);
    assert_type(&g, "Banca Lorenta", EntityType::Organisation);
}

#[test]
fn a_known_body_and_a_country_before_a_verb_name_its_national_arm() {
    let g = extract(
        "Oxfam Ireland warned on Monday that the cuts would hurt farmers in Kenya. Amnesty \
         International Chile's director said the law was unjust.",
    );
    assert_type(&g, "Oxfam Ireland", EntityType::Organisation);
    assert_type(&g, "Amnesty International Chile", EntityType::Organisation);
    assert_no_name(&g, |n| n == "Oxfam" || n == "Amnesty International");
}

#[test]
fn a_known_body_and_a_country_before_a_noun_stay_apart() {
    let g = extract("Oxfam Kenya programmes will close next year, the charity said.");
    assert_no_name(&g, |n| n == "Oxfam Kenya");
}

#[test]
fn a_body_word_or_body_noun_before_a_country_names_the_national_arm() {
    let g = extract(
        "Analysts at Corvane Bank Ghana said rates would rise. About 300 members of the \
         environmental group Verdanta Norway marched on Sunday.",
    );
    assert_type(&g, "Corvane Bank Ghana", EntityType::Organisation);
    assert_type(&g, "Verdanta Norway", EntityType::Organisation);
}

#[test]
fn a_body_word_after_and_opens_a_second_body() {
    let g = extract(
        "Halvorn Bank and Bank of Osterland raised their lending rates on Thursday. \
         Shares in KRB and Banca Montelli fell.",
    );
    assert_no_name(&g, |n| n.contains(" and "));
    assert_type(&g, "Bank of Osterland", EntityType::Organisation);
    assert_type(&g, "Banca Montelli", EntityType::Organisation);
}
