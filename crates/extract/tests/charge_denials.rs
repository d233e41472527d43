//! Rejecting or dismissing a charge is a denial (CAMEO 016) aimed at the accuser; rejecting
//! or dismissing what was asked or offered stays a rejection (12). Sentences written for
//! these tests, names made up or real.

mod common;

use common::{events, extract_on, has_source, has_target, only, only_coded};
use newsgraph_model::{ArticleGraph, Event, Polarity};

/// The text's one act of refusal is a denial by `denier` aimed at `accuser`.
fn denied(text: &str, denier: &str, accuser: &str) {
    let g = extract_on(text, Some("2026-11-20"));
    assert!(events(&g, "12").is_empty(), "{:#?}", g.events);
    let e = only_coded(&g, "016");
    assert!(has_source(&g, e, denier), "{e:#?}");
    assert!(has_target(&g, e, accuser), "{e:#?}");
}

/// The text's one act of refusal is a rejection by `refuser`, and no denial.
fn rejected(text: &str, refuser: &str) {
    let g = extract_on(text, Some("2026-11-20"));
    assert!(
        g.events.iter().all(|e| e.cameo.as_str() != "016"),
        "{:#?}",
        g.events
    );
    let e = only(&g, "12");
    assert!(has_source(&g, e, refuser), "{e:#?}");
}

/// The text's one denial is aimed at no one.
fn denied_to_no_one(text: &str) {
    let g = extract_on(text, Some("2026-11-20"));
    let e = only_coded(&g, "016");
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn rejecting_an_accusation_denies_it_to_the_accuser() {
    denied(
        "Chile accused Peru on Monday of moving troops close to the border near Tacna.\n\n\
         Peru's defence minister, Rosa Quispe, rejected the accusation, saying the soldiers \
         were on a routine exercise.",
        "Peru",
        "Chile",
    );
}

#[test]
fn rejecting_a_proposal_stays_a_rejection() {
    rejected(
        "Chile proposed on Monday that the two countries hold joint patrols near Tacna.\n\n\
         Peru's defence minister, Rosa Quispe, rejected the proposal, saying the border was \
         calm.",
        "Peru",
    );
}

#[test]
fn dismissing_claims_denies_them() {
    denied(
        "Opposition leader Marta Ilves accused the Estonian interior minister, Tomas Reke, of \
         ordering police to beat protesters.\n\nReke dismissed the claims as baseless.",
        "Reke",
        "Marta Ilves",
    );
}

#[test]
fn a_court_dismissing_a_challenge_rejects_it() {
    rejected(
        "The Estonian Supreme Court on Tuesday dismissed a challenge by the Narva Mining \
         Company against the suspension of its licence.",
        "Estonian Supreme Court",
    );
}

#[test]
fn a_charge_rejected_in_a_relative_clause_is_denied() {
    denied(
        "Chile has accused Peru of moving troops to the border, a charge Peru rejects.",
        "Peru",
        "Chile",
    );
}

#[test]
fn a_charge_set_off_before_its_denier_is_denied() {
    denied(
        "Chile has accused Peru of moving troops to the border, a charge Peru has rejected.",
        "Peru",
        "Chile",
    );
}

#[test]
fn a_plan_rejected_in_a_relative_clause_stays_a_rejection() {
    rejected(
        "Chile has proposed joint patrols on the border, a plan Peru rejects.",
        "Peru",
    );
}

#[test]
fn rejecting_that_answers_what_was_just_said() {
    denied(
        "Chile said on Monday that Peruvian troops had crossed the border near Tacna.\n\n\
         Peru rejected that.",
        "Peru",
        "Chile",
    );
}

#[test]
fn rejecting_that_plan_stays_a_rejection() {
    rejected(
        "Chile proposed joint patrols near Tacna on Monday.\n\nPeru rejected that plan.",
        "Peru",
    );
}

#[test]
fn a_denial_answers_a_step_the_last_speaker_announced() {
    denied(
        "\"We will ask the Supreme Court to annul the vote,\" opposition leader Marta Ilves \
         told reporters.\n\nThe speaker of parliament, Tomas Reke, rejected that.",
        "Tomas Reke",
        "Marta Ilves",
    );
}

#[test]
fn a_denial_does_not_answer_a_step_announced_two_sentences_before() {
    denied_to_no_one(
        "\"We will ask the Supreme Court to annul the vote,\" opposition leader Marta Ilves \
         told reporters.\n\nThe vote was held on Sunday in the capital, Tallinn, and lasted \
         six hours.\n\nThe speaker of parliament, Tomas Reke, rejected that.",
    );
}

/// Two sentences of background between a charge and its denial.
const BACKGROUND: &str = "The two countries fought a war over the region in the nineteenth \
                          century.\n\nTrade between them has grown sharply since 2010.\n\n";

#[test]
fn a_denial_answers_an_accusation_against_the_denier_told_further_back() {
    denied(
        &format!(
            "Chile accused Peru on Monday of moving troops close to the border near Tacna.\
             \n\n{BACKGROUND}Peru rejected the accusation."
        ),
        "Peru",
        "Chile",
    );
}

#[test]
fn a_denial_answers_sanctions_against_the_denier() {
    denied(
        &format!(
            "Chile imposed sanctions on Peru on Monday, saying Peruvian officers had smuggled \
             arms across the border.\n\n{BACKGROUND}Peru rejected the accusations."
        ),
        "Peru",
        "Chile",
    );
}

#[test]
fn a_denial_does_not_answer_a_distant_accusation_against_someone_else() {
    denied_to_no_one(&format!(
        "Chile accused Bolivia on Monday of moving troops close to the border near \
         Calama.\n\n{BACKGROUND}Peru rejected the accusation."
    ));
}

#[test]
fn a_court_dismissing_claims_rejects_them() {
    // The twin, a minister dismissing claims, is `dismissing_claims_denies_them`.
    rejected(
        "The High Court in Tallinn on Tuesday dismissed the claims brought by two former \
         ministers against the state broadcaster.",
        "High Court",
    );
}

#[test]
fn a_denial_answers_a_claim_told_only_as_words() {
    denied(
        "The opposition leader, Sione Vaka, said three lawmakers had been offered jobs for \
         their relatives to switch sides. \"This is a purchase, not a vote,\" he said.\n\n\
         Prime Minister Tevita Lolo denied that any lawmaker had been paid.",
        "Tevita Lolo",
        "Sione Vaka",
    );
}

#[test]
fn a_denial_does_not_answer_the_deniers_own_words() {
    denied_to_no_one(
        "Prime Minister Tevita Lolo said three lawmakers had changed their minds after \
         talks with their voters. \"This is democracy at work,\" he said.\n\n\
         Lolo denied that any lawmaker had been paid.",
    );
}

#[test]
fn a_denial_answers_sanctions_naming_the_denier_among_others() {
    denied(
        "The United States imposed sanctions on Thursday on two shipping firms and a port \
         official in Gabon over timber smuggling.\n\nAmericans are barred from doing \
         business with them. The timber trade earns Gabon about 600 million dollars a year. \
         Most of the logs go to Asia.\n\nOgooue Marine, one of the firms named, denied any \
         wrongdoing.",
        "Ogooue Marine",
        "United States",
    );
}

#[test]
fn a_denial_does_not_answer_an_earlier_deal() {
    denied_to_no_one(
        "The United States signed a timber trade deal with Gabon on Thursday.\n\nAmericans \
         buy about a tenth of the logs. The timber trade earns Gabon about 600 million \
         dollars a year. Most of the logs go to Asia.\n\nOgooue Marine, a shipping firm, \
         denied any wrongdoing.",
    );
}

#[test]
fn a_denial_answers_the_country_of_the_accusing_agency() {
    let g = extract_on(
        "Australia expelled an Iranian diplomat on Thursday.\n\nThe Australian Security \
         Intelligence Organisation said Iranian officers had paid criminals to attack a \
         synagogue in Melbourne.\n\nTehran rejected the accusations.",
        Some("2026-11-20"),
    );
    let e = only_coded(&g, "016");
    assert!(has_target(&g, e, "Australia"), "{e:#?}");
}

#[test]
fn a_denial_of_an_international_agency_adds_no_country() {
    let g = extract_on(
        "The International Atomic Energy Agency said on Thursday that Iran had hidden \
         enriched uranium at a site near Isfahan.\n\nTehran rejected the accusations.",
        Some("2026-11-20"),
    );
    let e = only_coded(&g, "016");
    assert!(
        has_target(&g, e, "International Atomic Energy Agency"),
        "{e:#?}"
    );
    assert_eq!(e.targets.len(), 1, "{e:#?}");
}

/// The text's graph and its one negated statement (010).
fn silence(text: &str) -> (ArticleGraph, Event) {
    let g = extract_on(text, Some("2026-11-20"));
    let said: Vec<Event> = (g.events.iter())
        .filter(|e| e.cameo.as_str() == "010" && e.polarity == Polarity::Negated)
        .cloned()
        .collect();
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    (g, said[0].clone())
}

#[test]
fn not_replying_is_aimed_at_the_one_who_spoke() {
    let (g, e) = silence(
        "The Polisario Front's representative in Madrid, Brahim Salek, said on Thursday \
         that Spain had betrayed the Sahrawi people for cheap gas.\n\nThe Spanish \
         government did not reply.",
    );
    assert!(has_target(&g, &e, "Polisario Front"), "{e:#?}");
}

#[test]
fn not_saying_whether_is_no_reply_to_anyone() {
    let (_, e) = silence(
        "The Polisario Front's representative in Madrid, Brahim Salek, said on Thursday \
         that Spain had betrayed the Sahrawi people for cheap gas.\n\nThe Spanish \
         government did not say whether it would send a minister to the talks.",
    );
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn no_comment_on_the_accusation_answers_the_accuser() {
    let (g, e) = silence(
        "The Cabinda separatist group FLEC accused the Angolan army on Thursday of burning \
         two villages near Buco-Zau.\n\nThe army made no comment on the accusation.",
    );
    assert!(has_target(&g, &e, "FLEC"), "{e:#?}");
}

#[test]
fn no_comment_on_a_deal_answers_no_one() {
    let (_, e) = silence(
        "The Cabinda separatist group FLEC accused the Angolan army on Thursday of burning \
         two villages near Buco-Zau.\n\nChevron, which pumps oil off Cabinda, did not \
         comment on the new licences.",
    );
    assert!(e.targets.is_empty(), "{e:#?}");
}

#[test]
fn denying_charges_answers_the_prosecutors_not_the_arresting_bureau() {
    denied(
        "WARSAW (TEST WIRE) — Officers of the Central Anti-Corruption Bureau arrested a deputy \
         director of the state railway, Piotr Zielski, on Tuesday on suspicion of taking \
         bribes from a signalling contractor, the National Prosecutor's Office said.\n\n\
         Zielski was charged with accepting 400,000 zlotys. His lawyer said he denied the \
         charges.",
        "Piotr Zielski",
        "National Prosecutor",
    );
}

#[test]
fn a_rivals_charge_stays_with_the_rival_beside_prosecutors() {
    denied(
        "WARSAW (TEST WIRE) — The National Prosecutor's Office opened an inquiry on Tuesday \
         into the sale of state forest land.\n\n\
         Opposition leader Jan Nowak accused Prime Minister Anna Wolska of hiding an audit of \
         the sale. Wolska rejected the charge.",
        "Anna Wolska",
        "Jan Nowak",
    );
}

#[test]
fn saying_one_did_nothing_wrong_is_a_denial_aimed_at_no_one() {
    denied_to_no_one(
        "LISBON (TEST WIRE) — Police searched the offices of a Lisbon road builder, Estradas \
         do Tejo, on Tuesday over the award of a bridge contract.\n\n\
         The company's chairman, Rui Almeida, said he had done nothing wrong.",
    );
}

#[test]
fn saying_one_had_not_known_of_a_scheme_is_a_denial() {
    let g = extract_on(
        "OSLO (TEST WIRE) — Norway's economic crime unit arrested two harbour officials on \
         Monday over bribes paid for berth permits.\n\n\
         Transport Minister Ingrid Solberg said she had not known about the payments.",
        Some("2026-11-20"),
    );
    let e = only_coded(&g, "016");
    assert!(has_source(&g, e, "Ingrid Solberg"), "{e:#?}");
    assert_eq!(e.polarity, Polarity::Asserted, "{e:#?}");
}

#[test]
fn accusations_by_someone_are_denied_to_them() {
    denied(
        "Ghana's foreign ministry, speaking after talks with the African Union in Addis \
         Ababa, rejected accusations by Togo that it had sheltered armed separatists.",
        "Ghana",
        "Togo",
    );
}

#[test]
fn a_denial_with_no_accuser_keeps_its_own_reading() {
    denied_to_no_one(
        "Farmers blocked roads near Tartu on Monday.\n\nThe Civic Party denied the charge.",
    );
}

#[test]
fn rejecting_that_after_an_accusation_denies_it_to_the_accuser() {
    denied(
        "TALLINN, Nov 20 (Reuters) - Estonia's budget deficit will reach 4 percent this year, \
         the finance ministry said on Monday.\n\nOpposition leader Mari Tamm of the Green \
         Alliance accused the government of hiding the size of the debt and called for a \
         debate in parliament. The government rejected that and said all figures had been \
         published.",
        "Estonian government",
        "Mari Tamm",
    );
}

#[test]
fn claims_by_someone_quoted_as_false_are_denied_to_them() {
    denied(
        "Latvia's army said in a statement that the trawlers had been fishing illegally. It \
         rejected what it called \"false claims\" by Lithuania.",
        "Latvian army",
        "Lithuania",
    );
}

#[test]
fn claims_by_a_capital_are_denied_to_its_country() {
    denied(
        "Lithuania recalled its ambassador from Riga on Monday after Latvia's navy seized two \
         trawlers.\n\nLatvia's army said in a statement that the trawlers had been fishing \
         illegally. It rejected what it called \"false claims\" by Vilnius.",
        "Latvian army",
        "Lithuania",
    );
}

#[test]
fn a_denial_does_not_answer_its_own_central_bank() {
    // The bank's remarks stand closest before the denial, but they are Chile's own words:
    // the charge Chile denies is Argentina's.
    let g = extract_on(
        "Argentina imposed a 20 percent tariff on Chilean wine last month, saying it was \
         sold below cost.\n\n\
         The governor of Chile's central bank, Marta Rojas, told a news conference that \
         exports had fallen. Chile denies the dumping charge.",
        Some("2026-11-20"),
    );
    let e = only_coded(&g, "016");
    assert!(has_source(&g, e, "Chile"), "{e:#?}");
    assert!(!has_target(&g, e, "Chile's central bank"), "{e:#?}");
    assert!(has_target(&g, e, "Argentina"), "{e:#?}");
}
