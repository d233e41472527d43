//! The name tagger: valid spans on our own sentences, readers, and its model file.

use newsgraph_nlp::ner::{
    read_ner_conll, train_ner, Gazetteer, NameKind, NameTagger, NerTrainOptions, TagScheme,
};
use newsgraph_nlp::{NlpError, Pipeline};
use std::io::Write;

#[test]
fn finds_people_places_organisations_and_nationalities() {
    let p = Pipeline::default();
    let tagger = NameTagger::default();
    let text = "Peruvian officials met President Angela Merkel in Vienna. \
                The World Health Organization said Maria Gonzalez would visit Brazil. \
                Envoys of the United Nations left the United States.";
    let found: Vec<(String, NameKind)> = p
        .analyze(text)
        .sentences
        .iter()
        .flat_map(|s| tagger.tag(s))
        .map(|n| (text[n.byte_start..n.byte_end].to_string(), n.kind))
        .collect();
    let has = |s: &str, k: NameKind| found.iter().any(|(t, kk)| t == s && *kk == k);
    assert!(has("Peruvian", NameKind::Norp), "{found:?}");
    assert!(has("Angela Merkel", NameKind::Person), "{found:?}");
    assert!(has("Vienna", NameKind::Location), "{found:?}");
    assert!(
        has("World Health Organization", NameKind::Organization),
        "{found:?}"
    );
    assert!(has("Maria Gonzalez", NameKind::Person), "{found:?}");
    assert!(has("Brazil", NameKind::Location), "{found:?}");
    assert!(has("United Nations", NameKind::Organization), "{found:?}");
    assert!(has("United States", NameKind::Location), "{found:?}");
    assert!(
        !found.iter().any(|(t, _)| t == "officials" || t == "said"),
        "{found:?}"
    );
}

#[test]
fn spans_are_well_formed_token_ranges_with_matching_offsets() {
    let p = Pipeline::default();
    let tagger = NameTagger::default();
    let text = "Señor García of Banco Nacional flew from Zürich to Bosnia-Herzegovina. Angela Merkel stayed in Berlin.";
    for s in p.analyze(text).sentences {
        for n in tagger.tag(&s) {
            assert!(n.tokens.start < n.tokens.end && n.tokens.end <= s.tokens.len());
            assert_eq!(n.byte_start, s.tokens[n.tokens.start].byte_start);
            assert_eq!(n.char_end, s.tokens[n.tokens.end - 1].char_end);
            let chars: String = text
                .chars()
                .skip(n.char_start)
                .take(n.char_end - n.char_start)
                .collect();
            assert_eq!(chars, text[n.byte_start..n.byte_end]);
        }
    }
}

#[test]
fn reads_io_and_iob2_files_into_spans() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.conll");
    let mut f = std::fs::File::create(&path).unwrap();
    // IO style: a type change starts a new name; B- starts one too.
    write!(
        f,
        "-DOCSTART- O\n\nAnna I-PER\nSmith I-PER\nBaku I-LOC\nsaw O\nB B-ORG\nC B-ORG\n\n"
    )
    .unwrap();
    drop(f);
    let s = read_ner_conll(&path, TagScheme::Conll).unwrap();
    assert_eq!(s.len(), 1);
    assert_eq!(
        s[0].names,
        vec![
            (0..2, NameKind::Person),
            (2..3, NameKind::Location),
            (4..5, NameKind::Organization),
            (5..6, NameKind::Organization)
        ]
    );
}

#[test]
fn name_model_file_errors_are_reported() {
    let bytes = NameTagger::default().to_bytes();
    let back = NameTagger::from_bytes(&bytes, "mem").unwrap();
    assert_eq!(back.to_bytes(), bytes);
    let err = NameTagger::from_bytes(&bytes[..bytes.len() - 3], "cut.ngm").unwrap_err();
    assert!(matches!(err, NlpError::ModelFormat { .. }));
    assert!(err.to_string().contains("truncated"), "{err}");
    // A POS model is not a name model.
    let err = NameTagger::from_bytes(Pipeline::default_model_bytes(), "pos.ngm").unwrap_err();
    assert!(err.to_string().contains("magic"), "{err}");
}

#[test]
fn name_training_is_reproducible_and_learns_the_fixture() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tiny-names.conll");
    let data = read_ner_conll(&path, TagScheme::Conll).unwrap();
    assert_eq!(data.len(), 4);
    let gaz = Gazetteer::new(&["Lisbon".to_string()], &["Portuguese".to_string()]);
    let pos = Pipeline::default();
    let opts = NerTrainOptions {
        epochs: 5,
        bucket_bits: 12,
        ..NerTrainOptions::default()
    };
    let (a, log) = train_ner(&data, &data, pos.model(), &gaz, "fixture", &opts).unwrap();
    let (b, _) = train_ner(&data, &data, pos.model(), &gaz, "fixture", &opts).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    assert_eq!(log.len(), 5);
    assert!(a.scores.f1 > 0.9, "{:?}", a.scores);
    let words = ["Peter", "Lund", "visited", "Lisbon", "."];
    let tags = ["NNP", "NNP", "VBD", "NNP", "."];
    let names = a.tag_words(&words, &tags);
    assert!(names.contains(&(0..2, NameKind::Person)), "{names:?}");
    assert!(names.contains(&(3..4, NameKind::Location)), "{names:?}");
}
