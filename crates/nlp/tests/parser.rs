//! The dependency parser: reproducible training, the model file's error handling, and trees
//! that are always well formed.

use newsgraph_nlp::{
    train_parser, NlpError, ParseInput, ParserModel, ParserOptions, Pipeline, TagSource,
    TrainOptions,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny-trees.conllu")
}

fn opts() -> ParserOptions {
    ParserOptions {
        epochs: 6,
        bits: 12,
        label_bits: 10,
        ..ParserOptions::default()
    }
}

/// Checks the tree invariants every caller relies on.
fn assert_tree(arcs: &[(u32, &str)]) {
    let n = arcs.len();
    if n == 0 {
        return;
    }
    let roots = arcs.iter().filter(|(h, _)| *h == 0).count();
    assert_eq!(roots, 1, "exactly one root: {arcs:?}");
    for (i, (h, rel)) in arcs.iter().enumerate() {
        assert!((*h as usize) <= n, "head in range: {arcs:?}");
        assert_ne!(*h as usize, i + 1, "no self-loop");
        assert!(!rel.is_empty(), "every word has a relation");
        assert_eq!(
            *h == 0,
            *rel == "root",
            "root relation iff attached to root"
        );
        // Walking up reaches the root within n steps: no cycles.
        let mut j = i + 1;
        let mut steps = 0;
        while j != 0 {
            j = arcs[j - 1].0 as usize;
            steps += 1;
            assert!(steps <= n, "cycle through word {}: {arcs:?}", i + 1);
        }
    }
}

#[test]
fn same_data_gives_byte_identical_parsers_that_learn_the_fixture() {
    let (a, log) = train_parser(&[fixture()], &[fixture()], &opts()).unwrap();
    let (b, _) = train_parser(&[fixture()], &[fixture()], &opts()).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    // Three members (the default) of six epochs each, every epoch logged.
    assert_eq!(log.epochs.len(), 18);
    assert!(a.description.contains("weights of 3 such models"));
    assert_eq!(log.train_sentences, 5);
    assert!(a.scores.uas > 0.95, "{:?}", a.scores);
    assert!(a.scores.las > 0.9, "{:?}", a.scores);
    assert!(
        a.labels().iter().any(|l| l == "nsubj:pass"),
        "subtypes kept"
    );
    let round = ParserModel::from_bytes(&a.to_bytes(), "mem").unwrap();
    assert_eq!(round, a);
    // The default is greedy: its file has no beam byte, as before beam search existed.
    assert_eq!(a.beam(), 1);
}

#[test]
fn beam_training_is_reproducible_learns_the_fixture_and_keeps_its_width() {
    let o = ParserOptions {
        beam: 4,
        parse_beam: 3,
        ..opts()
    };
    let (a, _) = train_parser(&[fixture()], &[fixture()], &o).unwrap();
    let (b, _) = train_parser(&[fixture()], &[fixture()], &o).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    assert_eq!(a.beam(), 3);
    assert!(a.description.contains("beam search"), "{}", a.description);
    assert!(a.scores.uas > 0.95, "{:?}", a.scores);
    assert!(a.scores.las > 0.9, "{:?}", a.scores);
    let round = ParserModel::from_bytes(&a.to_bytes(), "mem").unwrap();
    assert_eq!(round, a);
    // The width is one trailing byte; without it a file parses greedily.
    let greedy = a.clone().with_beam(1);
    assert_eq!(greedy.to_bytes().len() + 1, a.to_bytes().len());
    let round = ParserModel::from_bytes(&greedy.to_bytes(), "mem").unwrap();
    assert_eq!(round.beam(), 1);
    assert_eq!(round, greedy);
}

#[test]
fn jackknifed_training_and_document_exclusion() {
    let o = ParserOptions {
        exclude_docs: BTreeSet::from(["trees-nc".to_string()]),
        train_tags: TagSource::Jackknife {
            folds: 2,
            pos: TrainOptions {
                epochs: 2,
                bucket_bits: 10,
                ..TrainOptions::default()
            },
        },
        ..opts()
    };
    let (m, log) = train_parser(&[fixture()], &[fixture()], &o).unwrap();
    assert_eq!(log.excluded_sentences, 2);
    assert_eq!(log.excluded_docs, 1);
    assert_eq!(log.train_sentences, 3);
    assert!(
        m.description.contains("2-fold jack-knifed"),
        "{}",
        m.description
    );
    assert!(m.description.contains("excluded 2 sentences"));
}

#[test]
fn training_rejects_sentences_without_trees() {
    let plain = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.conllu");
    // tiny.conllu has heads (all to word 1) and relations, so it trains; a file with `_`
    // relations does not.
    assert!(train_parser(&[plain], &[], &opts()).is_ok());
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.conllu");
    std::fs::write(&bad, "1\tHi\thi\tINTJ\tUH\t_\t0\t_\t_\t_\n\n").unwrap();
    let err = train_parser(&[bad], &[], &opts()).unwrap_err().to_string();
    assert!(err.contains("gold trees"), "{err}");
}

#[test]
fn broken_parser_files_are_refused_with_a_reason() {
    let good = Pipeline::default().parser().to_bytes();
    let msg = |b: &[u8]| match ParserModel::from_bytes(b, "p.ngm") {
        Err(NlpError::ModelFormat { origin, message }) => {
            assert_eq!(origin, "p.ngm");
            message
        }
        other => panic!("expected a format error, got {other:?}"),
    };
    assert!(msg(&good[..good.len() / 2]).contains("truncated"));
    assert!(msg(&good[..10]).contains("truncated"));
    let mut v = good.clone();
    v[8] = 9;
    assert!(msg(&v).contains("version 9"));
    let mut m = good.clone();
    m[0] = b'X';
    assert!(msg(&m).contains("bad magic"));
    // A POS model is not a parser.
    assert!(msg(Pipeline::default_model_bytes()).contains("bad magic"));
    let mut c = good.clone();
    let mid = c.len() / 2;
    c[mid] ^= 0xff;
    assert!(msg(&c).contains("checksum"));
}

#[test]
fn embedded_parser_loads_and_records_its_training() {
    let p = Pipeline::default();
    let m = p.parser();
    assert!(
        m.description.contains("non-commercial"),
        "{}",
        m.description
    );
    assert!(m.scores.uas > 0.8 && m.scores.las > 0.75, "{:?}", m.scores);
    for l in [
        "nsubj:pass",
        "obl:unmarked",
        "compound:prt",
        "obl:agent",
        "nmod:poss",
    ] {
        assert!(m.labels().iter().any(|x| x == l), "label {l} missing");
    }
}

/// A small deterministic generator, so the "random" inputs are the same every run.
fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

#[test]
fn trees_are_well_formed_on_random_and_adversarial_input() {
    let p = Pipeline::default();
    let parser = p.parser();
    let vocab = [
        ("the", "DET", "DT"),
        ("talks", "NOUN", "NNS"),
        ("Iran", "PROPN", "NNP"),
        ("said", "VERB", "VBD"),
        ("of", "ADP", "IN"),
        (",", "PUNCT", ","),
        ("and", "CCONJ", "CC"),
        ("not", "PART", "RB"),
        ("was", "AUX", "VBD"),
        ("xqzt", "X", "FW"),
        ("", "", ""),
    ];
    let mut rng = 42;
    // The embedded beam, greedy decoding and wider beams.
    let widths = [
        parser.clone(),
        parser.clone().with_beam(1),
        parser.clone().with_beam(8),
    ];
    for len in (0..60).chain([200, 1000]) {
        let input: Vec<ParseInput> = (0..len)
            .map(|_| vocab[lcg(&mut rng) as usize % vocab.len()])
            .collect();
        for parser in &widths {
            let arcs = parser.parse(&input);
            assert_eq!(arcs.len(), len);
            assert_tree(&arcs);
        }
    }
    assert!(parser.parse(&[]).is_empty());
    let punct = vec![(".", "PUNCT", "."); 30];
    assert_tree(&parser.parse(&punct));
    // Through the whole pipeline: a 1,000-word sentence without a full stop, punctuation only.
    let long = "word and ".repeat(500);
    for text in [long.as_str(), "!!! ... ??? ,,, ;", "", "Yes"] {
        for s in p.analyze(text).sentences {
            let arcs: Vec<(u32, &str)> = s
                .tokens
                .iter()
                .map(|t| (t.head, t.deprel.as_str()))
                .collect();
            assert_tree(&arcs);
        }
    }
}

/// The shipped parser reads back to the very bytes it was read from: its label table is held
/// sparse in memory, and what is saved again must not change.
#[test]
fn the_shipped_parser_file_reads_back_to_the_same_bytes() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/models/parser-en.ngm");
    let bytes = std::fs::read(&path).unwrap();
    let model = ParserModel::from_bytes(&bytes, "parser-en.ngm").unwrap();
    assert!(model.to_bytes() == bytes, "re-saved parser differs");
}
