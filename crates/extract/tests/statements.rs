//! Which sayings are statement events (CAMEO 010): a question a body leaves unanswered is a
//! statement not made; the account of someone the story ties to no body or country, and a
//! story's third and later voices past its opening, are no statement of their own; "says"
//! and "according to" state as much as "said"; a saying that reports others' acts is a
//! statement, one that reports the speaker's own side's acts is covered by them; a speaker
//! whose own act is told in the sentences around the saying is on record through it; results
//! a body released ("according to results released by X") are its statement; onlookers
//! ("residents said") are speakers however late they come, and so is a late voice that
//! reports a fact rather than its own plan. A court that ruled in the story speaks through
//! its ruling: its judge's words of the case are no statement of their own.

mod common;

use common::{events, extract_on, has_source, has_target};
use newsgraph_model::Polarity;

fn statements(text: &str) -> Vec<newsgraph_model::Event> {
    let g = extract_on(text, Some("2027-03-02"));
    events(&g, "01").into_iter().cloned().collect()
}

/// Whether `speaker` is among the sources of a statement event of `text`.
fn speaks(text: &str, speaker: &str) -> bool {
    let g = extract_on(text, Some("2027-03-02"));
    (events(&g, "01").iter()).any(|e| has_source(&g, e, speaker))
}

/// The code and polarity of the one statement event of `text`.
fn the_statement(text: &str) -> (String, Polarity) {
    let found = statements(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    (found[0].cameo.as_str().to_string(), found[0].polarity)
}

#[test]
fn a_question_left_unanswered_is_a_statement_not_made() {
    let text = "Gunmen seized a cargo ship off the coast of Yemen on Monday. \
                Greece's shipping ministry has not said whether it will pay a ransom.";
    let g = extract_on(text, Some("2027-03-02"));
    let negated: Vec<_> = events(&g, "01")
        .into_iter()
        .filter(|e| e.polarity == Polarity::Negated)
        .collect();
    assert_eq!(negated.len(), 1, "{:?}", g.events);
    assert!(has_source(&g, negated[0], "Greece's shipping ministry"));
}

#[test]
fn which_where_and_by_whom_are_questions_left_open_too() {
    for unanswered in [
        "Greece's shipping ministry did not say which company owned the ship.",
        "Greece's shipping ministry did not say where the crew was being held.",
    ] {
        let text =
            format!("Gunmen seized a cargo ship off the coast of Yemen on Monday. {unanswered}");
        let g = extract_on(&text, Some("2027-03-02"));
        let negated: Vec<_> = (events(&g, "01").into_iter())
            .filter(|e| e.polarity == Polarity::Negated)
            .collect();
        assert_eq!(negated.len(), 1, "{unanswered}: {:?}", g.events);
        assert!(has_source(&g, negated[0], "Greece's shipping ministry"));
    }
}

#[test]
fn a_question_left_open_beside_a_report_is_a_second_statement() {
    // The arrest is the news; the party the speaker would not name is a statement not made.
    let text = "Albanian police said they had detained three men near a polling station in \
                Durres on Sunday but did not say which party the men were working for.";
    let g = extract_on(text, Some("2027-03-02"));
    assert!(!events(&g, "17").is_empty(), "{:?}", g.events);
    let said = events(&g, "01");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].polarity, Polarity::Negated);
    assert!(has_source(&g, said[0], "Albanian police"));
    // Without the "not", the second saying adds nothing.
    let told = "Albanian police said they had detained three men near a polling station in \
                Durres on Sunday and said the men were working for a party.";
    let g = extract_on(told, Some("2027-03-02"));
    let negated = (events(&g, "01").iter())
        .filter(|e| e.polarity == Polarity::Negated)
        .count();
    assert_eq!(negated, 0, "{:?}", g.events);
}

#[test]
fn not_saying_when_is_background_and_would_not_say_declines() {
    for unanswered in [
        "Greece's shipping ministry did not say when the ship would sail again.",
        "Greece's shipping ministry would not say whether it will pay a ransom.",
    ] {
        let text =
            format!("Gunmen seized a cargo ship off the coast of Yemen on Monday. {unanswered}");
        let negated = statements(&text)
            .into_iter()
            .filter(|e| e.cameo.as_str() == "010" && e.polarity == Polarity::Negated)
            .count();
        assert_eq!(negated, 0, "{unanswered}");
    }
}

#[test]
fn an_unaffiliated_persons_account_is_no_statement() {
    let lead = "Floods swept through northern Portugal on Monday.";
    let bystander = format!(
        "{lead} Rui Almeida, a fisherman from Viana do Castelo, said the river had never been so high."
    );
    assert!(statements(&bystander).is_empty(), "{bystander}");
    let official =
        format!("{lead} Interior Minister Ana Costa said the river had never been so high.");
    assert_eq!(statements(&official).len(), 1, "{official}");
}

/// A story whose opening has two voices and runs past `OPENING` sentences.
const TWO_VOICES: &str = "Floods swept through northern Portugal on Monday. \
                          Interior Minister Ana Costa said the river had never been so high. \
                          The water reached the old town of Porto by nightfall. \
                          Schools stayed shut in six districts. \
                          Trains between Porto and Braga ran late. \
                          Rain fell on Madrid and Seville on Tuesday. \
                          Spain's foreign ministry said Madrid was ready to help. \
                          Rain is expected to ease on Thursday.";

#[test]
fn residents_are_a_voice_however_late_they_come() {
    let residents =
        format!("{TWO_VOICES} Residents of Braga said the water had risen a metre in an hour.");
    let g = extract_on(&residents, Some("2027-03-02"));
    assert!(
        (events(&g, "01").iter()).any(|e| has_source(&g, e, "residents")),
        "{:?}",
        g.events
    );
    // Workers of a trade are no onlookers: a late voice of theirs rounds the story off.
    let drivers =
        format!("{TWO_VOICES} Taxi drivers in Braga said the water had risen a metre in an hour.");
    assert_eq!(
        statements(&drivers).len() + 1,
        statements(&residents).len(),
        "{drivers}"
    );
}

#[test]
fn a_third_voice_past_the_opening_is_no_statement() {
    let text = format!(
        "{TWO_VOICES} The Portuguese Red Cross said its volunteers would open four shelters."
    );
    let found = statements(&text);
    assert_eq!(found.len(), 2, "{found:?}");
    let concern = format!("{TWO_VOICES} The Portuguese Red Cross said it was watching the rivers.");
    assert_eq!(statements(&concern).len(), 2, "{concern}");
}

/// A late voice that reports a fact is news; one that tells its own plan, even after a fact
/// ("had ... and would ..."), rounds the story off.
#[test]
fn a_late_voice_reporting_a_fact_is_a_statement() {
    let opened = format!(
        "{TWO_VOICES} The Portuguese Red Cross said its volunteers had opened four shelters."
    );
    let g = extract_on(&opened, Some("2027-03-02"));
    assert!(
        (events(&g, "01").iter()).any(|e| has_source(&g, e, "Portuguese Red Cross")),
        "{:?}",
        g.events
    );
    let then_plan = format!(
        "{TWO_VOICES} The Portuguese Red Cross said its volunteers had opened four shelters \
         and would open two more on Friday."
    );
    assert_eq!(
        statements(&then_plan).len() + 1,
        statements(&opened).len(),
        "{then_plan}"
    );
}

/// A saying that tells of an announcement to come is that announcement, not yet made; one
/// whose content is a refusal to comment is that refusal (011); any other is a statement.
#[test]
fn what_a_saying_tells_sets_its_code_and_polarity() {
    let lead = "A court in Lisbon jailed a former mayor for bribery on Monday.";
    let minister = "Portuguese Justice Minister Ana Costa said the government";
    for (content, code, polarity) in [
        (
            "would publish the full ruling on Friday.",
            "010",
            Polarity::Unrealised,
        ),
        (
            "would not comment on the verdict.",
            "011",
            Polarity::Asserted,
        ),
        (
            "had full confidence in the courts.",
            "010",
            Polarity::Asserted,
        ),
    ] {
        let text = format!("{lead} {minister} {content}");
        assert_eq!(
            the_statement(&text),
            (code.to_string(), polarity),
            "{content}"
        );
    }
}

#[test]
fn giving_no_reason_or_not_speaking_is_a_statement_not_made() {
    for silent in [
        "Portugal's central bank gave no reason for the delay.",
        "Portuguese President Rui Lopes has not spoken publicly since the vote.",
        "Portuguese President Rui Lopes did not mention the sale.",
    ] {
        let text = format!("Portugal postponed the sale of its state airline on Monday. {silent}");
        let negated = statements(&text)
            .into_iter()
            .filter(|e| e.cameo.as_str() == "010" && e.polarity == Polarity::Negated)
            .count();
        assert_eq!(negated, 1, "{silent}");
    }
}

#[test]
fn says_and_according_to_are_statements_of_named_speakers() {
    let lead = "Portugal raised its fuel tax on Monday.";
    for said in [
        "The Portuguese finance ministry says the tax will raise two billion euros a year.",
        "The tax will raise two billion euros a year, according to the Portuguese finance ministry.",
    ] {
        let g = extract_on(&format!("{lead} {said}"), Some("2027-03-02"));
        let found = events(&g, "01");
        assert_eq!(found.len(), 1, "{said}: {found:?}");
        assert!(has_source(&g, found[0], "Portuguese finance ministry"), "{said}");
    }
    let unnamed =
        format!("{lead} The tax will raise two billion euros a year, according to a diplomat.");
    assert!(statements(&unnamed).is_empty(), "{unnamed}");
}

#[test]
fn reporting_the_other_sides_act_is_a_statement_and_ones_own_is_not() {
    let others = "Rebels attacked an army base near Tete on Monday, killing four soldiers, \
                  Mozambique's defence ministry said.";
    let g = extract_on(others, Some("2027-03-02"));
    let found = events(&g, "01");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(has_source(&g, found[0], "Mozambique"), "{found:?}");
    let own =
        "Mozambican troops attacked a rebel camp near Tete on Monday, killing four fighters, \
               Mozambique's defence ministry said.";
    assert!(statements(own).is_empty(), "{own}");
}

#[test]
fn a_speakers_act_told_sentences_before_leaves_the_saying_a_statement() {
    let quote = "\"The river has never been so high,\" Costa told reporters in Braga.";
    let apart = format!(
        "Portuguese Prime Minister Ana Costa visited flooded villages in the north on Monday. \
         The water reached the old town of Porto by nightfall. \
         Schools stayed shut in six districts. {quote}"
    );
    let found = statements(&apart);
    assert_eq!(found.len(), 1, "{apart}: {found:?}");
    // The visit told just before: the remarks are its attribution.
    let beside = format!(
        "Floods swept through the north of Portugal on Monday. \
         The water reached the old town of Porto by nightfall. \
         Schools stayed shut in six districts. \
         Portuguese Prime Minister Ana Costa visited flooded villages near Braga on Tuesday. \
         {quote}"
    );
    assert!(statements(&beside).is_empty(), "{beside}");
}

#[test]
fn results_a_body_released_are_its_statement() {
    let lead = "The ruling party won 40 of the 65 seats in Sunday's election, according to \
                preliminary results released";
    let released = format!("{lead} by the National Electoral Commission on Monday.");
    let found = statements(&released);
    assert_eq!(found.len(), 1, "{released}: {found:?}");
    let g = extract_on(&released, Some("2027-03-02"));
    let said = events(&g, "01");
    assert!(
        has_source(&g, said[0], "National Electoral Commission"),
        "{said:?}"
    );
    // Results no one is named as releasing speak for no one.
    let unreleased = format!("{lead} on Monday.");
    assert!(statements(&unreleased).is_empty(), "{unreleased}");
}

#[test]
fn words_addressed_to_an_actor_make_it_the_target() {
    let lead = "Storms cut power to most of Fiji on Monday.";
    let told = format!(
        "{lead} Energy Minister Sefo Ratu told the Fijian parliament on Tuesday that a new \
         generator would arrive within a month."
    );
    let g = extract_on(&told, Some("2027-03-02"));
    let found = events(&g, "01");
    assert!(
        found.iter().any(|e| has_target(&g, e, "Fijian parliament")),
        "{:?}",
        g.events
    );
    // Said to no one named: the statement has no target.
    let said = format!(
        "{lead} Energy Minister Sefo Ratu said on Tuesday that a new generator would arrive \
         within a month."
    );
    let g = extract_on(&said, Some("2027-03-02"));
    assert!(
        events(&g, "01").iter().all(|e| e.targets.is_empty()),
        "{:?}",
        g.events
    );
}

/// A relative clause that ends on its preposition ("which she once belonged to,") leaves
/// the saying after the comma a statement made; "will announce" after it is one to come.
#[test]
fn a_stranded_to_before_the_comma_plans_no_statement() {
    let lead = "A court in Valletta cleared a former minister of fraud on Tuesday.";
    for (speaker, polarity) in [
        (
            "The Labour Union, which the minister once belonged to, said",
            Polarity::Asserted,
        ),
        (
            "The Labour Union, which the minister once belonged to, will announce",
            Polarity::Unrealised,
        ),
    ] {
        let text = format!("{lead} {speaker} that it would study the ruling.");
        let found = statements(&text);
        assert!(
            found.iter().any(|e| e.polarity == polarity),
            "{speaker}: {found:?}"
        );
    }
}

/// A court speaks through its ruling: what its judge says of the case gives the ruling's
/// reasons and is no statement of its own; a court that ruled nothing in the story still
/// speaks when it says something.
#[test]
fn a_ruling_courts_words_are_its_reasons() {
    let judge = "Judge Marta Lopes of the Lisbon District Court said";
    // The judge speaks sentences after the ruling, out of reach of the acts around a saying.
    let ruled = format!(
        "The Lisbon District Court on Monday sentenced former mayor João Pires to six years \
         in prison for taking bribes. Pires ran the city from 2015 to 2023. Hundreds of people \
         gathered outside the courthouse as the verdict was read. {judge} Pires had sold the \
         city's contracts to his friends."
    );
    let court = "Lisbon District Court";
    assert!(!speaks(&ruled, court), "{ruled}");
    let unruled =
        format!("{judge} on Monday that the court would move to a new building in March.");
    assert!(speaks(&unruled, court), "{unruled}");
}

/// A body's count of a crowd ("the unions put the crowd at 90,000") is its statement, as
/// "said 90,000 people took part" would be.
#[test]
fn putting_a_crowd_at_a_number_is_a_statement() {
    let lead = "Tens of thousands of people marched through Lisbon on Saturday against a \
                pension reform.";
    for (count, speaker) in [
        (
            "The National Teachers Union put the crowd at 90,000.",
            "National Teachers Union",
        ),
        (
            "The Portuguese Teachers Federation puts the figure at 90,000.",
            "Portuguese Teachers Federation",
        ),
    ] {
        let text = format!("{lead} {count}");
        assert!(speaks(&text, speaker), "{count}");
    }
}

/// A warning of what a thing will bring is no threat, but it is still said: a statement of
/// its speaker (the gold codes such forecasts 012, a pessimistic comment).
#[test]
fn a_warning_that_forecasts_is_a_statement() {
    let lead = "Portugal raised its fuel tax on Monday.";
    for chamber in [
        "The Portuguese Chamber of Commerce",
        "The Portuguese Chamber of Commerce, which speaks for small firms,",
    ] {
        let warned = format!(
            "{lead} {chamber} warned that dearer diesel would push small shops out of business."
        );
        assert!(
            speaks(&warned, "Portuguese Chamber of Commerce"),
            "{warned}"
        );
    }
}
