//! One test per construction the baseline reads, on sentences written for these tests.

mod common;

use common::{article, events, extract_on};
use newsgraph_extract::Extractor;
use newsgraph_model::{
    ArticleGraph, Dateline, EntityKind, EntityType, Polarity, RelationType, Span,
};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2021-03-03"))
}

fn id<'g>(g: &'g ArticleGraph, label: &str) -> &'g str {
    g.entities
        .iter()
        .find(|e| e.label == label || e.names.iter().any(|n| n == label))
        .map(|e| e.id.as_str())
        .unwrap_or_else(|| {
            panic!(
                "no entity {label}: {:#?}",
                g.entities.iter().map(|e| &e.label).collect::<Vec<_>>()
            )
        })
}

fn has_rel(g: &ArticleGraph, s: &str, p: RelationType, o: &str) -> bool {
    let (s, o) = (id(g, s), id(g, o));
    g.relations
        .iter()
        .any(|r| r.subject == s && r.predicate == p && r.object == o)
}

#[test]
fn title_between_country_and_name_gives_the_role() {
    let g = extract(
        "Norwegian Prime Minister Ana Lind arrived late. Peru's ambassador Peter Berg waited.",
    );
    assert!(has_rel(&g, "Ana Lind", RelationType::LeaderOf, "Norway"));
    assert!(has_rel(&g, "Peter Berg", RelationType::OfficialOf, "Peru"));
    assert_eq!(
        g.entity(id(&g, "Ana Lind")).unwrap().etype,
        EntityType::Person
    );
}

#[test]
fn apposition_gives_the_role() {
    let g = extract("The deal was signed by Olaf Berg, the Chilean foreign minister, on Friday.");
    assert!(has_rel(&g, "Olaf Berg", RelationType::OfficialOf, "Chile"));
}

#[test]
fn press_secretary_of_a_leader_named_elsewhere() {
    let g = extract(
        "Norwegian prime minister's press secretary Peter Berg spoke first. \
         Norwegian Prime Minister Ana Lind spoke later.",
    );
    assert!(has_rel(
        &g,
        "Peter Berg",
        RelationType::SpokespersonOf,
        "Ana Lind"
    ));
    assert!(has_rel(&g, "Ana Lind", RelationType::LeaderOf, "Norway"));
}

#[test]
fn press_secretary_of_a_leader_never_named_is_of_the_country() {
    let g = extract("Chilean president's press secretary Peter Berg spoke.");
    assert!(has_rel(
        &g,
        "Peter Berg",
        RelationType::SpokespersonOf,
        "Chile"
    ));
}

#[test]
fn the_organisation_spokesman_joins_the_person_who_speaks_for_it() {
    let g = extract(
        "Foreign Ministry spokeswoman Ana Lind spoke on Monday. \
         Later the ministry spokeswoman said talks would go on.",
    );
    let lind = g.entity(id(&g, "Ana Lind")).unwrap();
    assert!(
        lind.mentions
            .iter()
            .any(|m| m.text.contains("ministry spokeswoman")),
        "{:?}",
        lind.mentions
    );
    assert!(has_rel(
        &g,
        "Ana Lind",
        RelationType::SpokespersonOf,
        "Foreign Ministry"
    ));
}

#[test]
fn leaders_matched_to_their_countries_in_order() {
    let g = extract(
        "The president met the Chilean and Peruvian leaders, Ana Lind and Peter Berg, on Monday.",
    );
    assert!(has_rel(&g, "Ana Lind", RelationType::LeaderOf, "Chile"));
    assert!(has_rel(&g, "Peter Berg", RelationType::LeaderOf, "Peru"));
}

#[test]
fn demonym_before_a_group_noun_gives_an_affiliated_group() {
    let g = extract("Several Chilean border guards and Peruvian officials were seen.");
    let guards = id(&g, "Chilean border guards");
    assert_eq!(g.entity(guards).unwrap().etype, EntityType::Group);
    assert!(has_rel(
        &g,
        "Chilean border guards",
        RelationType::AffiliatedWith,
        "Chile"
    ));
    assert!(has_rel(
        &g,
        "Peruvian officials",
        RelationType::AffiliatedWith,
        "Peru"
    ));
}

#[test]
fn unknown_name_after_in_is_a_place_never_a_person() {
    let g = extract("Fighting was reported in Zubrovka-Vale. Zubrovka-Vale has been calm since.");
    let z = g.entity(id(&g, "Zubrovka-Vale")).unwrap();
    assert_eq!(z.kind, EntityKind::Place);
    assert_eq!(z.mentions.len(), 2);
}

#[test]
fn polity_and_part_of() {
    let g =
        extract("Ostland, a region that was part of Chile, declared the Ostland republic in 1990.");
    assert_eq!(
        g.entity(id(&g, "Ostland republic")).unwrap().etype,
        EntityType::Polity
    );
    assert!(has_rel(&g, "Ostland", RelationType::PartOf, "Chile"));
}

#[test]
fn surnames_and_pronouns_join_the_person() {
    let g = extract(
        "Ana Lind, the Chilean foreign minister, arrived. Lind said she was tired. She left.",
    );
    let lind = g.entity(id(&g, "Ana Lind")).unwrap();
    let texts: Vec<&str> = lind.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, vec!["Ana Lind", "Lind", "she", "She"]);
    assert_eq!(lind.names, vec!["Ana Lind", "Lind"]);
}

#[test]
fn accusation_source_and_target() {
    let g = extract("Chile accused Peru of moving troops to the border.");
    let e = events(&g, "11");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(
        (e[0].sources.clone(), e[0].targets.clone()),
        (
            vec![id(&g, "Chile").to_string()],
            vec![id(&g, "Peru").to_string()]
        )
    );
    assert_eq!(e[0].cameo.as_str(), "112");
}

#[test]
fn reciprocal_accusation_gives_two_directed_events() {
    let g = extract("Chile and Peru accused each other of violating the ceasefire.");
    let e = events(&g, "11");
    let pairs: Vec<(Vec<String>, Vec<String>)> = e
        .iter()
        .map(|e| (e.sources.clone(), e.targets.clone()))
        .collect();
    let (c, p) = (id(&g, "Chile").to_string(), id(&g, "Peru").to_string());
    assert_eq!(
        pairs,
        vec![(vec![c.clone()], vec![p.clone()]), (vec![p], vec![c])]
    );
    // The violation is what they accuse each other of, not an event of its own.
    assert!(events(&g, "19").is_empty(), "{:#?}", g.events);
}

#[test]
fn the_sides_accusing_each_other_are_the_two_countries_named() {
    let g =
        extract("Tension grew between Chile and Peru. The sides accused each other of shelling.");
    let e = events(&g, "11");
    assert_eq!(e.len(), 2, "{:#?}", g.events);
    // "The sides" only names the two countries again: no entity of its own.
    assert!(g
        .entities
        .iter()
        .all(|x| x.label.to_lowercase() != "the sides"));
    let (c, p) = (id(&g, "Chile"), id(&g, "Peru"));
    assert!(e[0].sources.contains(&c.to_string()) && e[0].targets.contains(&p.to_string()));
    assert!(e[1].sources.contains(&p.to_string()) && e[1].targets.contains(&c.to_string()));
}

#[test]
fn negated_meeting() {
    let g = extract("Ana Lind did not meet Peter Berg in Lima.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Negated);
    assert_eq!(e[0].places, vec![id(&g, "Lima").to_string()]);
}

#[test]
fn no_talks_are_negated_and_plans_are_unrealised() {
    let g = extract("Ana Lind has had no talks with Peter Berg. There are no plans to hold a meeting between Chile and Peru.");
    let e = events(&g, "04");
    assert_eq!(e.len(), 2, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Negated);
    assert_eq!(e[0].targets, vec![id(&g, "Peter Berg").to_string()]);
    assert_eq!(e[1].polarity, Polarity::Unrealised);
    assert_eq!(
        (e[1].sources.clone(), e[1].targets.clone()),
        (
            vec![id(&g, "Chile").to_string()],
            vec![id(&g, "Peru").to_string()]
        )
    );
}

#[test]
fn modal_future_is_unrealised() {
    let g = extract("Norway will impose sanctions on Chile.");
    let e = events(&g, "16");
    assert_eq!(e.len(), 1, "{:#?}", g.events);
    assert_eq!(e[0].polarity, Polarity::Unrealised);
    assert_eq!(e[0].targets, vec![id(&g, "Chile").to_string()]);
}

#[test]
fn attribution_and_one_statement_for_a_speaker_reporting_others_acts() {
    let g = extract(
        "Chile attacked Peru overnight, Norwegian Foreign Minister Ana Lind said on Tuesday. \
         \"It must stop,\" Lind said. According to Lind, Peru threatened Chile.",
    );
    let lind = id(&g, "Ana Lind").to_string();
    let attack = &events(&g, "19")[0];
    assert_eq!(attack.attribution.as_deref(), Some(lind.as_str()));
    let threat = &events(&g, "13")[0];
    assert_eq!(threat.attribution.as_deref(), Some(lind.as_str()));
    // The lead's "said" attributes the attack, which is not Lind's own act, so Lind is on
    // record only through a statement: one, however often she speaks.
    let said = events(&g, "01");
    assert_eq!(said.len(), 1, "{:#?}", g.events);
    // A lead that reports only what someone said makes one statement, however often the
    // speaker speaks again.
    let g = extract(
        "Norwegian Foreign Minister Ana Lind said on Tuesday that the border was calm. \
         \"It must stay calm,\" Lind said.",
    );
    let lind = id(&g, "Ana Lind").to_string();
    let norway = id(&g, "Norway").to_string();
    let statements = events(&g, "01");
    assert_eq!(statements.len(), 1, "{:#?}", statements);
    // The minister speaks, and for the country she serves.
    assert_eq!(statements[0].sources, vec![lind, norway]);
    assert_eq!(
        statements[0]
            .date
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2021-03-02")
    );
}

#[test]
fn event_dates_from_the_sentence() {
    // (sentence, publication date, expected date of the attack)
    let table = [
        ("Chile attacked Peru on Sunday.", "2017-01-02", "2017-01-01"),
        ("Chile attacked Peru yesterday.", "2017-01-01", "2016-12-31"),
        (
            "Chile attacked Peru on December 30.",
            "2017-01-02",
            "2016-12-30",
        ),
        (
            "Chile attacked Peru overnight to March 1.",
            "2016-03-02",
            "2016-03-01",
        ),
        ("Chile attacked Peru in May 1994.", "2016-04-04", "1994-05"),
        ("Chile attacked Peru back in 2014.", "2016-04-04", "2014"),
        (
            "Chile attacked Peru in the late 1980s.",
            "2016-04-04",
            "198X",
        ),
        (
            "In 1991-1994, Chile attacked Peru.",
            "2016-04-04",
            "1991/1994",
        ),
    ];
    for (text, published, expected) in table {
        let g = extract_on(text, Some(published));
        let e = events(&g, "19");
        assert_eq!(e.len(), 1, "{text}: {:#?}", g.events);
        assert_eq!(
            e[0].date.as_ref().map(|d| d.to_string()).as_deref(),
            Some(expected),
            "{text}"
        );
    }
}

#[test]
fn the_dateline_is_not_a_sentence_but_gives_place_and_agency() {
    let text =
        "Talks resume\n\nLIMA, March 3. /WIRE/. Chile accused Peru of spying. Peru denied it.";
    let g = extract_on(text, Some("2021-03-03"));
    let first = g.sentences[1].slice(text).unwrap();
    assert_eq!(first, "Chile accused Peru of spying.");
    assert!(g
        .sentences
        .iter()
        .all(|s| !s.slice(text).unwrap().contains("LIMA")));
    assert_eq!(g.entity(id(&g, "Lima")).unwrap().etype, EntityType::City);
    assert_eq!(
        g.entity(id(&g, "WIRE")).unwrap().etype,
        EntityType::Organisation
    );
}

#[test]
fn a_dateline_given_by_the_input_is_used() {
    let text = "OSLO, June 1 (Wire) - Chile accused Peru of spying.";
    let mut a = article(text, Some("2021-06-01"));
    let end = text.find(" Chile").unwrap() as u32;
    a.dateline = Some(Dateline {
        place: "Oslo".into(),
        date: Some("2021-06-01".parse().unwrap()),
        agency: Some("Wire".into()),
        span: Span::new(0, end).unwrap(),
    });
    let g = Extractor::new().extract(&a);
    g.validate().unwrap();
    assert_eq!(g.sentences.len(), 1);
    assert_eq!(g.entity(id(&g, "Oslo")).unwrap().etype, EntityType::City);
    assert_eq!(
        g.entity(id(&g, "Wire")).unwrap().etype,
        EntityType::Organisation
    );
    // Norway is not named, so the graph does not say where Oslo lies.
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::LocatedIn));
}

#[test]
fn the_contact_line_lies_in_the_region_named_with_it() {
    let g = extract("Shots were fired along the line of contact in Ostland-Vale overnight.");
    assert_eq!(
        g.entity(id(&g, "line of contact")).unwrap().etype,
        EntityType::Line
    );
    assert!(has_rel(
        &g,
        "line of contact",
        RelationType::LocatedIn,
        "Ostland-Vale"
    ));
}

#[test]
fn output_is_deterministic() {
    let text = "Chile and Peru accused each other of shelling, Ana Lind said. Lind met Peter Berg in Lima on Monday.";
    let a = serde_json::to_string(&extract(text)).unwrap();
    let b = serde_json::to_string(&extract(text)).unwrap();
    assert_eq!(a, b);
}

#[test]
fn an_institution_keeps_its_country_in_its_name() {
    let g = extract("A Chilean Defence Ministry spokesman, Jorge Vidal, spoke.");
    let ministry = g.entity(id(&g, "Chilean Defence Ministry")).unwrap();
    assert_eq!(ministry.etype, EntityType::Organisation);
    assert!(has_rel(
        &g,
        "Jorge Vidal",
        RelationType::SpokespersonOf,
        "Chilean Defence Ministry"
    ));
}

#[test]
fn a_second_verb_after_a_denial_keeps_the_first_subject() {
    let g = extract("Jorge Vidal, the Chilean defence minister, denied that troops had fired and accused Peru of lying. Vidal said more.");
    let acc = events(&g, "11");
    assert_eq!(acc.len(), 1, "{:#?}", g.events);
    let (vidal, chile) = (id(&g, "Jorge Vidal"), id(&g, "Chile"));
    assert_eq!(acc[0].sources, vec![vidal.to_string(), chile.to_string()]);
    assert_eq!(acc[0].polarity, Polarity::Asserted);
    // The denial is an event; "Vidal said more" outside the lead is attribution, not news.
    let codes: Vec<&str> = events(&g, "01").iter().map(|e| e.cameo.as_str()).collect();
    assert_eq!(codes, vec!["016"]);
}

#[test]
fn joining_or_being_a_member_of_an_organisation_gives_membership() {
    let g = extract(
        "Norway joined NATO long ago, officials recalled. Canada and Denmark are members of NATO. \
         Iceland is a member of NATO too.",
    );
    for member in ["Norway", "Canada", "Denmark", "Iceland"] {
        assert!(
            has_rel(&g, member, RelationType::MemberOf, "NATO"),
            "{member}: {:#?}",
            g.relations
        );
    }
    // A country is never a member of another country.
    let g = extract("Norway joined Sweden in the talks.");
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::MemberOf));
}

#[test]
fn a_first_name_before_a_city_name_makes_a_person_with_their_role() {
    let g = extract(
        "The deal was signed by Canada's trade minister, Laura Brent, in Ottawa. \
         Education Minister Laura Paris said she would meet the unions.",
    );
    let brent = g
        .entities
        .iter()
        .find(|e| e.label == "Laura Brent")
        .unwrap();
    assert_eq!(brent.etype, EntityType::Person);
    assert!(has_rel(
        &g,
        "Laura Brent",
        RelationType::OfficialOf,
        "Canada"
    ));
    let paris = g
        .entities
        .iter()
        .find(|e| e.label == "Laura Paris")
        .unwrap();
    assert_eq!(paris.etype, EntityType::Person);
    assert!(g
        .entities
        .iter()
        .all(|e| e.etype != EntityType::City || e.label == "Ottawa"));
}

#[test]
fn a_demonym_before_an_institution_noun_names_the_body_its_spokesperson_speaks_for() {
    let g = extract(
        "Lena Moravec, the Norwegian foreign ministry spokeswoman, said the talks would go on. \
         Tomas Berger, a spokesman for the Danish border service, said the crossing was open.",
    );
    let ministry = g
        .entities
        .iter()
        .find(|e| e.label == "Norwegian foreign ministry")
        .unwrap();
    assert_eq!(ministry.etype, EntityType::Organisation);
    assert!(has_rel(
        &g,
        "Lena Moravec",
        RelationType::SpokespersonOf,
        "Norwegian foreign ministry"
    ));
    assert!(has_rel(
        &g,
        "Tomas Berger",
        RelationType::SpokespersonOf,
        "Danish border service"
    ));
}

#[test]
fn joining_an_organisation_is_not_a_consultation_event() {
    let g = extract("Norway joined NATO long ago, officials recalled.");
    assert!(has_rel(&g, "Norway", RelationType::MemberOf, "NATO"));
    assert!(events(&g, "04").is_empty(), "{:#?}", g.events);
    // Joining talks with a country still is one.
    let g = extract("Norway joined talks with Sweden on Monday.");
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::MemberOf));
}

#[test]
fn the_speaker_is_the_person_before_the_apposition_not_a_name_after_said() {
    let g = extract(
        "Lena Moravec, the Norwegian foreign ministry spokeswoman, said Danish troops had \
         crossed the line.",
    );
    let speaker = id(&g, "Lena Moravec").to_string();
    let ministry = id(&g, "Norwegian foreign ministry").to_string();
    // The ministry speaks for its country too.
    let norway = id(&g, "Norway").to_string();
    let statements = events(&g, "01");
    assert_eq!(statements.len(), 1, "{statements:#?}");
    assert_eq!(statements[0].sources, vec![speaker, ministry, norway]);
}

#[test]
fn a_minister_with_no_country_named_serves_the_country_the_article_reports_from() {
    let g = extract(
        "OSLO, March 3 (Meridian) - Interior Minister Kari Holm met envoys from Sweden. \
         Sweden and Norway share a border.",
    );
    assert!(has_rel(&g, "Kari Holm", RelationType::OfficialOf, "Norway"));
    // Without a dateline: the country the article names most.
    let g = extract(
        "Norway will build a new bridge. Norway and Sweden signed the plan, and \
         Transport Minister Kari Holm praised it.",
    );
    assert!(has_rel(&g, "Kari Holm", RelationType::OfficialOf, "Norway"));
    // A country named as often as another decides nothing.
    let g = extract("Norway and Sweden met. Interior Minister Kari Holm spoke first.");
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::OfficialOf));
}

#[test]
fn a_passive_with_by_makes_the_agent_the_source() {
    let g =
        extract("Norwegian Prime Minister Ana Lind was praised by Swedish President Olof Berg.");
    let (lind, berg) = (id(&g, "Ana Lind"), id(&g, "Olof Berg"));
    let praise = events(&g, "05");
    assert_eq!(praise.len(), 1, "{:#?}", g.events);
    let (norway, sweden) = (id(&g, "Norway"), id(&g, "Sweden"));
    assert_eq!(
        praise[0].sources,
        vec![berg.to_string(), sweden.to_string()]
    );
    assert_eq!(
        praise[0].targets,
        vec![lind.to_string(), norway.to_string()]
    );
}

#[test]
fn an_event_noun_whose_clause_says_it_did_not_happen_is_negated() {
    let g = extract("The talks between Norway and Sweden did not take place on Monday.");
    let talks = events(&g, "04");
    assert!(!talks.is_empty(), "{:#?}", g.events);
    assert!(talks.iter().all(|e| e.polarity == Polarity::Negated));
    let g = extract("The talks between Norway and Sweden were cancelled on Monday.");
    let talks = events(&g, "04");
    assert!(!talks.is_empty(), "{:#?}", g.events);
    assert!(talks.iter().all(|e| e.polarity == Polarity::Negated));
    // An ordinary meeting stays asserted.
    let g = extract("The talks between Norway and Sweden took place on Monday.");
    let talks = events(&g, "04");
    assert!(!talks.is_empty(), "{:#?}", g.events);
    assert!(talks.iter().all(|e| e.polarity == Polarity::Asserted));
}

#[test]
fn both_countries_are_members_means_the_last_two_countries_named() {
    let g =
        extract("Denmark and Norway held a drill on Monday. Both countries are members of NATO.");
    assert!(has_rel(&g, "Denmark", RelationType::MemberOf, "NATO"));
    assert!(has_rel(&g, "Norway", RelationType::MemberOf, "NATO"));
    // With only one country named before, "both countries" names nobody.
    let g = extract("Norway held a drill on Monday. Both countries are members of NATO.");
    assert!(g
        .relations
        .iter()
        .all(|r| r.predicate != RelationType::MemberOf));
}
