//! Disapproval and its neighbours (CAMEO 11, and the acts it answers): who accuses when a
//! participle shares the main clause's doer, whom an accusation names, what "called X Y"
//! judges and whose act that was, legal action before a court, sides that accuse each
//! other, a ministry accused standing for its country. One test per construction; sentences written for these tests, names made up or
//! common.

mod common;

use common::{events, extract_on, has_source, has_target, id, only, only_coded};
use newsgraph_model::{ArticleGraph, Polarity};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2022-06-08"))
}

#[test]
fn accusing_a_ministry_accuses_its_country() {
    let g = extract(
        "The opposition Orange Movement accused Kenya's interior ministry of banning its rallies.",
    );
    let e = only(&g, "11");
    assert!(has_target(&g, e, "Kenya's interior ministry"), "{e:#?}");
    assert!(has_target(&g, e, "Kenya"), "{e:#?}");
}

#[test]
fn accusing_a_commission_leaves_its_country_out() {
    let g = extract("The opposition Orange Movement accused Kenya's electoral commission of banning its rallies.");
    let e = only(&g, "11");
    assert!(!has_target(&g, e, "Kenya"), "{e:#?}");
}

#[test]
fn a_participle_after_a_comma_accuses_for_the_main_clause_not_the_infinitive() {
    let g = extract(
        "Chile on Monday ordered three Bolivian diplomats to leave the country within a \
         week, accusing them of spying on naval bases.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Chile"), "{e:#?}");
    assert!(has_target(&g, e, "Bolivian diplomats"), "{e:#?}");
}

#[test]
fn ordering_diplomats_to_leave_is_an_expulsion() {
    let g = extract(
        "Chile on Monday ordered three Bolivian diplomats to leave the country within a week.",
    );
    let e = only(&g, "17");
    assert_eq!(e.cameo.as_str(), "174", "{e:#?}");
    assert!(has_source(&g, e, "Chile"), "{e:#?}");
    assert!(events(&g, "10").is_empty(), "{:#?}", g.events);
}

#[test]
fn an_accusation_of_someone_no_entity_stands_for_is_aimed_at_no_one_else() {
    // The police acted just before; the chief accuses a clan, not them, and a charge the
    // graph cannot aim is left out rather than aimed at the police.
    let g = extract(
        "Kenyan police arrested twelve men on Sunday. The village chief, Peter Wambi, \
         accused the Kombo of burning his house and warned that his people would defend \
         themselves.",
    );
    let police = id(&g, "Kenyan police");
    let e = only(&g, "13");
    assert!(has_source(&g, e, "Peter Wambi"), "{e:#?}");
    assert!(!e.targets.contains(&police), "{e:#?}");
    assert!(
        events(&g, "11")
            .iter()
            .all(|e| !e.targets.contains(&police)),
        "{:#?}",
        g.events
    );
}

#[test]
fn an_accusation_aimed_at_no_one_is_dropped() {
    let g = extract(
        "The village chief, Peter Wambi, accused the Kombo of burning his house on Sunday.",
    );
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn an_accusation_aimed_at_a_named_body_stays() {
    let g = extract(
        "The village chief, Peter Wambi, accused Kenyan police of burning his house on Sunday.",
    );
    let e = only(&g, "11");
    assert!(has_target(&g, e, "Kenyan police"), "{e:#?}");
}

#[test]
fn calling_something_an_attack_is_a_judgement_not_an_attack() {
    let g = extract(
        "Finnish police detained a cargo ship on Thursday. Estonia's prime minister, Kadri \
         Tamm, called the damage a deliberate attack.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Kadri Tamm"), "{e:#?}");
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn the_owner_named_in_the_judgement_is_criticised() {
    let g = extract(
        "Polish police arrested a Belarusian lorry driver on Friday. The Belarusian embassy \
         in Warsaw called the arrest proof of Poland's hostile policy.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Belarusian embassy"), "{e:#?}");
    assert!(has_target(&g, e, "Poland"), "{e:#?}");
}

#[test]
fn calling_the_raid_an_attack_criticises_the_raiders_not_whom_the_words_name() {
    // The parser reads "the raid an attack" as one noun with "raid" its compound.
    let g = extract(
        "Colombian prosecutors raided the offices of the Electoral Council on Tuesday. The \
         head of the council, Ana Ruiz, called the raid an attack on the country's electoral \
         authorities.",
    );
    let e = only(&g, "11");
    assert!(has_target(&g, e, "Colombian prosecutors"), "{e:#?}");
}

#[test]
fn a_characterisation_in_quotes_after_an_article_still_counts_as_words() {
    let g = extract(
        "Kenya expelled two Ugandan diplomats on Friday. In Kampala, government spokesman \
         John Okello denied the charge and called the expulsions \"a hostile act dictated by \
         foreign powers\".",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "John Okello"), "{e:#?}");
    // Aimed at the expelling side, never at the side the spokesman speaks for.
    assert!(has_target(&g, e, "Kenya"), "{e:#?}");
    assert!(!has_target(&g, e, "Uganda"), "{e:#?}");
}

#[test]
fn the_noun_of_a_whose_clause_speaks_though_the_verb_is_joined_to_the_main_clause() {
    let g = extract(
        "The president ruled out any deal with the Popular Renewal Party, whose leader, Marta \
         Vidal, called the vote rigged.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Marta Vidal"), "{e:#?}");
}

#[test]
fn asking_a_court_to_act_is_legal_action() {
    let g =
        extract("Ecuador asked the International Court of Justice to order Peru to halt the work.");
    let e = only(&g, "11");
    assert_eq!(e.cameo.as_str(), "115", "{e:#?}");
    assert!(has_source(&g, e, "Ecuador"), "{e:#?}");
    assert!(events(&g, "02").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_complaint_to_a_court_is_aimed_at_whoever_acted_against_the_plaintiff() {
    let g = extract(
        "Colombian prosecutors raided the offices of the Electoral Council on Tuesday. The \
         council's president, Ana Ruiz, said the council would file a complaint with the \
         Constitutional Court.",
    );
    let e = only(&g, "11");
    assert_eq!(e.cameo.as_str(), "115", "{e:#?}");
    assert!(has_target(&g, e, "Colombian prosecutors"), "{e:#?}");
}

#[test]
fn neighbours_that_accuse_each_other_are_the_two_of_the_story_not_a_later_list() {
    let g = extract(
        "Chile and Peru recalled their ambassadors on Monday. The neighbours have accused \
         each other of spying since 2020. Bolivia, Ecuador and Colombia called for calm.",
    );
    let acc = events(&g, "11");
    assert_eq!(acc.len(), 2, "{:#?}", g.events);
    let (chile, peru) = (id(&g, "Chile"), id(&g, "Peru"));
    assert!(
        acc.iter()
            .any(|e| e.sources == [chile.clone()] && e.targets == [peru.clone()]),
        "{acc:#?}"
    );
    assert!(
        acc.iter()
            .any(|e| e.sources == [peru.clone()] && e.targets == [chile.clone()]),
        "{acc:#?}"
    );
}

#[test]
fn an_envoy_summoned_to_a_ministry_is_summoned_by_it() {
    let g = extract(
        "Ghana's ambassador was summoned to the Burkinabe foreign ministry on Thursday \
         evening, state television reported.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "Burkinabe foreign ministry"), "{e:#?}");
    assert!(has_target(&g, e, "Ghana"), "{e:#?}");
}

#[test]
fn his_party_is_the_party_the_story_named() {
    let g = extract(
        "Charles Mwanza, who leads the United Progress Party, said on Monday that his party \
         would challenge the outcome in court.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "United Progress Party"), "{e:#?}");
}

#[test]
fn a_raid_on_a_company_s_offices_is_aimed_at_the_company() {
    let g = extract(
        "Swedish police raided the headquarters of the shipping company Norrland Tankers in \
         Malmo on Friday and arrested its chief executive.",
    );
    let raid = (events(&g, "17").into_iter())
        .find(|e| e.cameo.as_str() == "171")
        .unwrap_or_else(|| panic!("no raid: {:#?}", g.events));
    assert!(has_source(&g, raid, "Swedish police"), "{raid:#?}");
    assert!(has_target(&g, raid, "Norrland Tankers"), "{raid:#?}");
}

#[test]
fn a_denial_is_not_aimed_at_the_subject_of_the_next_clause() {
    // The parser joins "observers" to "claims"; they open the next clause.
    let g = extract(
        "Kenya's electoral commission announced the results on Monday. The opposition \
         leader, Raila Odinga, called the count rigged. The commission rejected the fraud \
         claims, and observers from the African Union said voting had been orderly.",
    );
    // Rejecting a charge is a denial (E5 of tests/CONVENTIONS.md).
    let e = only_coded(&g, "016");
    assert!(has_source(&g, e, "Kenyan electoral commission"), "{e:#?}");
    assert!(has_target(&g, e, "Raila Odinga"), "{e:#?}");
    assert!(!has_target(&g, e, "observers"), "{e:#?}");
}

#[test]
fn leaving_a_bloc_reduces_relations_and_leaving_a_meeting_is_no_event() {
    let g = extract(
        "Chad, Niger and Sudan left the Economic Community of Central African States in \
         March. The minister left the meeting early.",
    );
    let e = only(&g, "16");
    assert!(has_source(&g, e, "Chad"), "{e:#?}");
    assert!(
        has_target(&g, e, "Economic Community of Central African States"),
        "{e:#?}"
    );
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_threat_is_aimed_at_whose_act_it_is_conditioned_on() {
    let g = extract(
        "The Kenya Tea Board cut the price on Monday. John Kamau, who heads the Tea Growers' \
         Union, warned that growers would stop deliveries if the board cut prices again.",
    );
    let e = only(&g, "13");
    assert!(has_source(&g, e, "John Kamau"), "{e:#?}");
    assert!(has_target(&g, e, "Kenya Tea Board"), "{e:#?}");
}

#[test]
fn new_sanctions_imposed_are_imposed_and_further_ones_prepared_are_not() {
    let g = extract(
        "The European Union imposed new sanctions on Belarus on Monday and said it was \
         preparing further sanctions.",
    );
    let polarities: Vec<Polarity> = events(&g, "16").iter().map(|e| e.polarity).collect();
    assert_eq!(
        polarities,
        [Polarity::Asserted, Polarity::Unrealised],
        "{:#?}",
        g.events
    );
}

#[test]
fn an_envoy_recalled_from_a_city_is_recalled_from_its_country() {
    // Arusha is no capital: the city still lies in the country the story names.
    let g = extract(
        "Tanzania expelled two Ugandan diplomats on Monday, and Uganda recalled its envoy from \
         Arusha the next day.",
    );
    let e = only(&g, "16");
    assert!(has_source(&g, e, "Uganda"), "{e:#?}");
    assert!(has_target(&g, e, "Tanzania"), "{e:#?}");
}

#[test]
fn a_criticism_joined_by_but_is_a_verb_though_tagged_an_adjective() {
    let g = extract(
        "Kenya's electoral commission declared the results on Monday. Observers from the \
         African Union said the vote was largely peaceful but criticised delays in the count.",
    );
    let e = only(&g, "11");
    assert!(has_source(&g, e, "observers"), "{e:#?}");
}

#[test]
fn calling_a_step_unconstitutional_or_theatre_is_a_criticism() {
    for (text, speaker) in [
        (
            "The president dissolved parliament on Sunday. The opposition leader, Ram \
             Basnet, called the dissolution unconstitutional.",
            "Ram Basnet",
        ),
        (
            "The Greens walked out of the coalition on Monday. The Liberal leader, Rosa \
             Pinto, called the Greens' move theatre.",
            "Rosa Pinto",
        ),
    ] {
        let g = extract(text);
        let e = only_coded(&g, "111");
        assert!(has_source(&g, e, speaker), "{e:#?}");
    }
}

#[test]
fn calling_a_step_reckless_political_or_piracy_is_a_criticism() {
    for text in [
        "The Unity Party quit the cabinet on Monday. The Liberal leader, Rosa Pinto, called \
         the walkout \"reckless\".",
        "A court jailed the mayor on Monday. The Liberal leader, Rosa Pinto, called the \
         verdict \"a political judgment\".",
        "The navy seized two tankers on Monday. The Liberal leader, Rosa Pinto, called the \
         seizure \"piracy\".",
    ] {
        let g = extract(text);
        let e = only_coded(&g, "111");
        assert!(has_source(&g, e, "Rosa Pinto"), "{text}: {e:#?}");
    }
}

#[test]
fn calling_a_step_a_fresh_start_is_no_criticism() {
    let g = extract(
        "The Unity Party quit the cabinet on Monday. The Liberal leader, Rosa Pinto, called \
         the walkout \"a fresh start\".",
    );
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn a_rejection_when_someone_acted_is_aimed_at_them() {
    let g = extract(
        "Voters in Belize went to the polls on Tuesday. The opposition leader, Rosa Pinto, \
         rejected the timetable when the electoral commission published it in June.",
    );
    let e = only(&g, "12");
    assert!(has_target(&g, e, "the electoral commission"), "{e:#?}");
}

#[test]
fn a_rejection_when_the_speaker_spoke_is_aimed_at_no_one() {
    let g = extract(
        "Voters in Belize went to the polls on Tuesday. The opposition leader, Rosa Pinto, \
         rejected the timetable when she spoke to reporters in June.",
    );
    let e = only(&g, "12");
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn calling_a_step_necessary_is_no_criticism() {
    let g = extract(
        "The president dissolved parliament on Sunday. The opposition leader, Ram Basnet, \
         called the dissolution necessary.",
    );
    assert!(events(&g, "11").is_empty(), "{:#?}", g.events);
}

#[test]
fn condemning_an_attack_is_aimed_at_those_who_stormed_not_at_the_defenders() {
    // The defenders' fighting back is told last before the condemnation; the attack is the
    // storming, whatever code its verb got.
    let g = extract(
        "Soldiers of the Ruritanian army repelled an attack on a border post near Velka on \
         Monday. About 30 gunmen from the Free Valley Front stormed the post before dawn, \
         the army said. The Ruritanian army fought back for three hours. The Baltic \
         Council condemned the attack.",
    );
    let e = judgement_by(&g, "Baltic Council");
    assert!(has_target(&g, e, "Free Valley Front"), "{e:#?}");
    assert!(!has_target(&g, e, "army"), "{e:#?}");
}

#[test]
fn condemning_an_attack_is_not_aimed_at_a_storming_only_promised() {
    // A storming still to come is no attack yet; the shelling that happened is.
    let g = extract(
        "The Free Valley Front will storm the capital next month, its leader said on \
         Sunday. On Monday, gunmen from the Green Hills Brigade shelled a border post near \
         Velka. The Baltic Council condemned the attack.",
    );
    let e = judgement_by(&g, "Baltic Council");
    assert!(has_target(&g, e, "Green Hills Brigade"), "{e:#?}");
    assert!(!has_target(&g, e, "Free Valley Front"), "{e:#?}");
}

#[test]
fn condemning_it_after_a_condemnation_goes_where_the_first_went() {
    // "it" is the shelling the council condemned, not the council.
    let g = extract(
        "Gunmen from the Green Hills Brigade shelled a border post near Velka on Monday. \
         The Baltic Council condemned the shelling. Chile also condemned it.",
    );
    let e = judgement_by(&g, "Chile");
    assert!(has_target(&g, e, "Green Hills Brigade"), "{e:#?}");
    assert!(!has_target(&g, e, "Baltic Council"), "{e:#?}");
}

#[test]
fn condemning_it_after_another_kind_of_judgement_does_not_copy_its_target() {
    // An accusation is another verb: what "it" stands for is not the accused.
    let g = extract(
        "The Baltic Council on Monday accused the Green Hills Brigade of shelling a border \
         post near Velka. Chile condemned it.",
    );
    let e = judgement_by(&g, "Chile");
    assert!(!has_target(&g, e, "Green Hills Brigade"), "{e:#?}");
}

/// The one disapproval (CAMEO 11) `judge` voices, failing with the graph's events if none.
fn judgement_by<'g>(g: &'g ArticleGraph, judge: &str) -> &'g newsgraph_model::Event {
    (events(g, "11").into_iter())
        .find(|e| has_source(g, e, judge))
        .unwrap_or_else(|| panic!("{:#?}", g.events))
}
