use std::io::Write;

use super::*;

#[test]
fn embedded_lists_parse_and_are_not_empty() {
    let lex = Lexicon::embedded();
    for (list, n) in lex.counts() {
        assert!(n > 0, "{list} is empty");
    }
    assert!(lex.max_words() >= 3);
}

#[test]
fn countries_by_name_official_name_alias_and_demonym() {
    let lex = Lexicon::embedded();
    assert_eq!(lex.country("russia").unwrap().iso2, "RU");
    assert_eq!(lex.country("Russian Federation").unwrap().iso2, "RU");
    assert_eq!(lex.country("Great Britain").unwrap().iso2, "GB");
    assert_eq!(lex.demonym("Chilean").unwrap().iso2, "CL");
    assert_eq!(lex.demonym_plural("Peruvians").unwrap().iso2, "PE");
    assert!(lex.demonym_plural("Swiss").is_none());
    // Demonyms shared with a territory belong to the state; ones the compiled list lacks.
    assert_eq!(lex.demonym("American").unwrap().iso2, "US");
    assert_eq!(lex.demonym("Dutch").unwrap().iso2, "NL");
    assert_eq!(lex.demonym("Philippine").unwrap().iso2, "PH");
    assert_eq!(lex.demonym("Kyrgyz").unwrap().iso2, "KG");
    assert_eq!(lex.demonym("Tajik").unwrap().iso2, "TJ");
    let no = lex.country_by_code("NO").unwrap();
    assert_eq!((no.capital.as_str(), no.geonames), ("Oslo", Some(3144096)));
}

#[test]
fn acronyms_match_only_as_written() {
    let lex = Lexicon::embedded();
    assert_eq!(lex.country("U.S.").unwrap().iso2, "US");
    assert_eq!(lex.country("UK").unwrap().iso2, "GB");
    assert!(lex.country("us").is_none());
    assert!(lex.country("Uk").is_none());
}

#[test]
fn keyed_look_ups_answer_as_the_plain_ones() {
    let lex = Lexicon::embedded();
    // The caller's key stands in for the one the look-up would make; the written form still
    // decides acronyms.
    for name in [
        "UK",
        "Uk",
        "uk",
        "U.S.",
        "us",
        "United Kingdom",
        "Ivory Coast",
        "Xyzzy",
    ] {
        let k = key(name);
        assert_eq!(
            lex.country_keyed(name, &k).map(|c| &c.iso2),
            lex.country(name).map(|c| &c.iso2),
            "{name}"
        );
        assert_eq!(
            lex.actor_keyed(name, &k).map(|a| &a.canonical),
            lex.actor(name).map(|a| &a.canonical),
            "{name}"
        );
    }
    assert_eq!(lex.country_keyed("UK", "uk").unwrap().iso2, "GB");
    assert!(lex.country_keyed("Uk", "uk").is_none());
    let un = lex.actor("United Nations").map(|a| a.canonical.clone());
    assert!(un.is_some());
    assert_eq!(
        lex.actor_keyed("United Nations", "united nations")
            .map(|a| a.canonical.clone()),
        un
    );
}

#[test]
fn historical_states_are_countries_with_former_codes() {
    let lex = Lexicon::embedded();
    let su = lex
        .country("the Soviet Union")
        .or_else(|| lex.country("Soviet Union"))
        .unwrap();
    assert!(su.historical);
    assert_eq!(su.iso2, "SU");
    assert_eq!(lex.demonym("Soviet").unwrap().iso2, "SU");
    assert_eq!(lex.country("USSR").unwrap().iso2, "SU");
}

#[test]
fn a_capital_wins_over_its_namesakes() {
    let lex = Lexicon::embedded();
    let london = lex.city("London").unwrap();
    assert_eq!((london.country.as_str(), london.capital), ("GB", true));
    assert!(london.population > 1_000_000);
    assert_eq!(lex.city("Kiev").unwrap().country, "UA");
}

#[test]
fn titles_singular_and_plural_give_their_relation() {
    let lex = Lexicon::embedded();
    let t = lex.title("Press Secretary").unwrap();
    assert_eq!(
        (t.title.relation, t.plural),
        (RelationType::SpokespersonOf, false)
    );
    let t = lex.title("leaders").unwrap();
    assert_eq!((t.title.relation, t.plural), (RelationType::LeaderOf, true));
    assert_eq!(
        lex.title("ambassador").unwrap().title.relation,
        RelationType::OfficialOf
    );
    assert_eq!(
        lex.title("members").unwrap().title.relation,
        RelationType::MemberOf
    );
    assert!(lex.title("journalist").is_none());
}

#[test]
fn curated_triggers_hide_compiled_verbs_of_the_same_form() {
    let lex = Lexicon::embedded();
    let accused = lex.triggers("accused");
    assert!(accused
        .iter()
        .all(|t| t.curated && t.cameo.as_str() == "112"));
    let truce = lex.triggers("violating truce");
    assert_eq!(truce[0].cameo.as_str(), "196");
    let place = &lex.triggers("placed responsibility")[0];
    assert_eq!(place.target_prep.as_deref(), Some("on"));
    // A compiled verb the hand list does not give.
    let ambushed = lex.triggers("ambushed");
    assert!(!ambushed.is_empty() && ambushed.iter().all(|t| !t.curated));
    assert_eq!(lex.cameo_label(&"112".parse().unwrap()), "accuse");
    assert_eq!(lex.cameo_label(&"1123".parse().unwrap()), "disapprove");
}

#[test]
fn named_actors_and_agents_from_the_dictionaries() {
    let lex = Lexicon::embedded();
    let merkel = lex.actor("Angela Merkel").unwrap();
    assert_eq!(
        (merkel.actor_type, merkel.country.as_deref()),
        (ActorType::Person, Some("DE"))
    );
    let knesset = lex.actor("Knesset").unwrap();
    assert_eq!(knesset.actor_type, ActorType::Organisation);
    // Single surnames and title-led spellings are not kept: the extractor joins them.
    assert!(lex.actor("Merkel").is_none());
    assert!(lex.actor("Chancellor Angela Merkel").is_none());
    assert!(lex.agent("rebels").is_some_and(|(_, plural)| plural));
    assert!(lex.is_first_name("Angela"));
    assert!(!lex.is_first_name("President"));
}

#[test]
fn given_names_tell_a_gender_and_a_bad_gender_is_refused() {
    let lex = Lexicon::embedded();
    assert_eq!(lex.given_name_female("Maria"), Some(true));
    assert_eq!(lex.given_name_female("President"), None);
    let bad = "name\tgender\nAna\tf\nBruno\tx\n";
    let err = Lexicon::from_sources(&[("given_names.tsv", bad)])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("given_names.tsv:3") && err.contains("f or m"),
        "{err}"
    );
}

#[test]
fn regions_name_their_countries_and_a_bad_code_is_refused() {
    let lex = Lexicon::embedded();
    assert_eq!(lex.region_countries("Balochistan"), ["PK"]);
    assert_eq!(lex.region_countries("punjab").len(), 2);
    let bad = "name\tcountry\nSindh\tPK\nZamfara\tNigeria\n";
    let err = Lexicon::from_sources(&[("regions.tsv", bad)])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("regions.tsv:3") && err.contains("ISO 3166 alpha-2"),
        "{err}"
    );
}

#[test]
fn cue_words_by_category() {
    let lex = Lexicon::embedded();
    assert!(lex.is_cue("Ministry", Cue::Org));
    assert!(lex.is_cue("in", Cue::PlacePrep));
    assert!(lex.is_cue("according to", Cue::Speech));
    assert!(lex.is_cue("each other", Cue::Reciprocal));
    assert!(lex.is_cue("line of engagement", Cue::Line));
    assert!(!lex.is_cue("Knesset", Cue::Org));
    assert!(lex.is_cue("Holdings", Cue::Org));
    assert!(lex.is_cue("Sejm", Cue::Org));
    assert!(lex.is_cue("dam", Cue::Facility));
    assert!(lex.is_cue("peninsula", Cue::Feature));
    assert!(lex.is_cue("European", Cue::RegionAdjective));
    assert!(!lex.is_cue("Tuesday", Cue::Facility));
}

#[test]
fn bad_rows_name_their_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    for name in COMPILED_FILES.iter().chain(HAND_FILES.iter()) {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    std::fs::write(
        dir.path().join("titles.tsv"),
        "phrase\tplural\trelation\nenvoy\tenvoys\tfriend_of\n",
    )
    .unwrap();
    let err = Lexicon::from_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("titles.tsv:2"), "{err}");
    std::fs::remove_file(dir.path().join("cues.tsv")).unwrap();
    let err = Lexicon::from_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("cues.tsv"), "{err}");
}

/// Writes a tiny gazetteer and PETRARCH directory about invented places.
fn fixture_sources(root: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let gaz = root.join("gaz");
    let pet = root.join("pet");
    std::fs::create_dir_all(&gaz).unwrap();
    std::fs::create_dir_all(&pet).unwrap();
    std::fs::write(
        gaz.join("countries.json"),
        r#"[{"name":{"common":"Ruritania","official":"Kingdom of Ruritania"},"cca2":"RR","cca3":"RRT",
            "altSpellings":["RR","Ruritanian Kingdom"],"capital":["Strelsau"],"latlng":[50.0,14.5],
            "demonyms":{"eng":{"m":"Ruritanian","f":"Ruritanian"}}}]"#,
    )
    .unwrap();
    std::fs::write(
        gaz.join("countryInfo.txt"),
        "#ISO\tISO3\n RR\tRRT\t999\tRR\tRuritania\tStrelsau\t1\t2\tEU\t.rr\tRRC\tCrown\t1\t\t\ten\t9999999\t\t\n"
            .trim_start(),
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let row = |id: &str, name: &str, code: &str, pop: &str| {
        format!("{id}\t{name}\t{name}\t\t50.1\t14.4\tP\t{code}\tRR\t\t01\t\t\t\t{pop}\t\t200\tEurope/Prague\t2024-01-01\n")
    };
    gz.write_all(row("1", "Strelsau", "PPLC", "90000").as_bytes())
        .unwrap();
    gz.write_all(row("2", "Zenda", "PPL", "150000").as_bytes())
        .unwrap();
    gz.write_all(row("3", "Hofbau", "PPL", "20000").as_bytes())
        .unwrap();
    std::fs::write(gaz.join("cities15000.txt.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(
        pet.join("Phoenix.Countries.actors.txt"),
        "RURITANIA_ [RRT]\n+STRELSAU_\n\nRUDOLF_ELPHBERG_  # CountryInfo.txt\n+PRESIDENT_ELPHBERG_\n\t[RRTGOV]\nRUDOLF_RASSENDYLL_  # CountryInfo.txt\n\t[RRTELI]\nCASTLE_GUARD_COUNCIL\n\t[RRTGOV]\nFLAVIA_RADA_  # CountryInfo.txt\n\t[RRTGOV]\nBANK_OF_ZENDA\n\t[RRTBUS]\nARMY_CHIEF_SAPT_\n\t[RRTMIL]\n",
    )
    .unwrap();
    std::fs::write(pet.join("Phoenix.International.actors.txt"), "").unwrap();
    std::fs::write(pet.join("Phoenix.MilNonState.actors.txt"), "").unwrap();
    std::fs::write(pet.join("Phoenix.agents.txt"), "COURTIER [~GOV]\n").unwrap();
    std::fs::write(
        pet.join("CAMEO.2.0.txt"),
        "&SYN\n+X\n\n---  DUEL   [190]  ---\nDUEL {DUELS DUELLED}\nPARRY\n- * X [---]\n---  SAY   [010]  ---\nSAY\n",
    )
    .unwrap();
    (gaz, pet)
}

#[test]
fn compile_is_deterministic_and_leaves_hand_written_files_alone() {
    let root = tempfile::tempdir().unwrap();
    let (gaz, pet) = fixture_sources(root.path());
    let out = root.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("titles.tsv"), "ours").unwrap();
    let report = compile(&gaz, &pet, &out).unwrap();
    let first: Vec<String> = COMPILED_FILES
        .iter()
        .map(|f| std::fs::read_to_string(out.join(f)).unwrap())
        .collect();
    compile(&gaz, &pet, &out).unwrap();
    for (f, before) in COMPILED_FILES.iter().zip(&first) {
        assert_eq!(
            &std::fs::read_to_string(out.join(f)).unwrap(),
            before,
            "{f} changed"
        );
    }
    assert_eq!(
        std::fs::read_to_string(out.join("titles.tsv")).unwrap(),
        "ours"
    );
    assert_eq!(report.rows["countries.tsv"], 1);
    // Zenda (150,000) and the capital stay; Hofbau is too small, and is only a town.
    assert_eq!(report.rows["cities.tsv"], 2);
    assert_eq!(report.rows["towns.tsv"], 1);
    assert!(first[2].contains("hofbau\tRR\n"), "{}", first[2]);
    let actors = &first[3];
    assert!(
        actors.contains("Rudolf Elphberg\tperson\tRR\tRudolf Elphberg\tRRTGOV"),
        "{actors}"
    );
    assert!(
        actors.contains("Castle Guard Council\torganisation\tRR"),
        "{actors}"
    );
    assert!(!actors.contains("President Elphberg"), "{actors}");
    // A listed leader stays a person though "rada" is also a parliament's name; a body whose
    // first word merely occurs in a title ("central bank governor") stays a body; a name
    // opening with a whole title is not an actor of its own.
    assert!(actors.contains("Flavia Rada\tperson\tRR"), "{actors}");
    assert!(
        actors.contains("Bank Of Zenda\torganisation\tRR"),
        "{actors}"
    );
    assert!(!actors.contains("Army Chief Sapt"), "{actors}");
    assert!(first[5].contains("rudolf\t2"), "{}", first[5]);
    let verbs = &first[6];
    assert!(verbs.contains("duelled\tverb\t190"), "{verbs}");
    assert!(verbs.contains("parried\tverb\t190"), "{verbs}");
    assert!(!verbs.contains("say"), "{verbs}");
    let notice = std::fs::read_to_string(out.join("NOTICE.md")).unwrap();
    assert!(notice.contains("ODbL 1.0") && notice.contains("CC BY 4.0") && notice.contains("MIT"));
}

#[test]
fn compile_names_a_missing_source() {
    let root = tempfile::tempdir().unwrap();
    let err = compile(root.path(), root.path(), root.path())
        .unwrap_err()
        .to_string();
    assert!(err.contains("countryInfo.txt"), "{err}");
}

/// A matcher skips every phrase length whose bit is clear, so a bit missing for an entry
/// that exists would lose that entry: the lengths must cover every list they stand for.
#[test]
fn entry_lengths_cover_every_entry_a_word_starts() {
    let lex = Lexicon::embedded();
    let bit = |n: usize| 1u16 << n;
    let cases: [(&str, usize, bool); 6] = [
        (
            "kingdom of norway",
            3,
            lex.country("Kingdom of Norway").is_some(),
        ),
        (
            "russian federation",
            2,
            lex.country("Russian Federation").is_some(),
        ),
        ("press secretary", 2, lex.title("press secretary").is_some()),
        ("peruvians", 1, lex.demonym_plural("Peruvians").is_some()),
        ("lima", 1, lex.city("Lima").is_some()),
        (
            "line of contact",
            3,
            lex.is_cue("line of contact", Cue::Line),
        ),
    ];
    for (phrase, words, known) in cases {
        assert!(known, "{phrase} is not in the lexicon any more");
        let first = phrase.split(' ').next().unwrap();
        assert_ne!(lex.entry_lengths(first) & bit(words), 0, "{phrase}");
        assert_eq!(lex.word_starts(first).entries, lex.entry_lengths(first));
    }
    assert_ne!(lex.cue_lengths("line") & bit(3), 0);
    assert_eq!(lex.cue_lengths("press") & bit(2), 0, "a title is not a cue");
    assert_eq!(lex.entry_lengths("zxqv"), 0);
    // One look-up gives a word's cues as `is_cue` does.
    for w in ["according", "the", "ministry", "said", "zxqv"] {
        for cue in Cue::ALL {
            assert_eq!(lex.word_starts(w).is_cue(cue), lex.is_cue(w, cue), "{w}");
        }
    }
    assert!(lex.word_starts("according").is_cue(Cue::NotName));
}

/// Extraction skips the title look-up of a phrase whose length bit is clear in its first
/// word's title lengths: every title form must set its bit, or that title would be lost.
#[test]
fn title_lengths_cover_every_title_form() {
    let lex = Lexicon::embedded();
    assert!(!lex.title_forms.is_empty());
    for form in lex.title_forms.keys() {
        let first = form.split(' ').next().unwrap_or("");
        let bit = 1u16 << form.split(' ').count().min(15);
        assert_ne!(lex.title_lengths(first) & bit, 0, "{form}");
        assert_eq!(
            lex.word_starts(first).titles,
            lex.title_lengths(first),
            "{form}"
        );
    }
    // "prime minister" is a title of two words; "prime" alone is none, and a word that
    // starts no entry starts no title.
    assert!(lex.title("prime minister").is_some());
    assert_eq!(lex.title_lengths("prime") & 0b10, 0);
    assert_eq!(lex.word_starts("zxqv").titles, 0);
}
