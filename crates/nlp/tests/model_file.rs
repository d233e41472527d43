//! Training reproducibility and the model file format's error handling.

use newsgraph_nlp::{eval_conllu, token_f1, train_pos, Model, NlpError, Pipeline, TrainOptions};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny.conllu")
}

fn small_opts(seed: u64) -> TrainOptions {
    TrainOptions {
        epochs: 3,
        seed,
        bucket_bits: 10,
        ..TrainOptions::default()
    }
}

fn tiny_model() -> Model {
    train_pos(&[fixture()], &[fixture()], &small_opts(7))
        .unwrap()
        .0
}

#[test]
fn same_data_and_seed_give_byte_identical_models() {
    let a = tiny_model().to_bytes();
    let b = tiny_model().to_bytes();
    assert_eq!(a, b);
    let round = Model::from_bytes(&a, "mem").unwrap();
    assert_eq!(round.to_bytes(), a);
}

#[test]
fn training_learns_the_fixture_and_logs_each_epoch() {
    let (model, log) = train_pos(&[fixture()], &[fixture()], &small_opts(7)).unwrap();
    assert_eq!(log.epochs.len(), 3);
    assert_eq!(log.train_sentences, 6);
    assert!(model.scores.upos > 0.9, "{:?}", model.scores);
    let tags = model.tag_words(&["The", "ministers", "met", "."]);
    assert_eq!(tags[1].0, "NOUN");
    assert_eq!(tags[1].2, "minister");
}

#[test]
fn excluded_documents_are_not_trained_on() {
    let opts = TrainOptions {
        exclude_docs: BTreeSet::from(["fixture-nc-1".to_string()]),
        ..small_opts(7)
    };
    let (model, log) = train_pos(&[fixture()], &[fixture()], &opts).unwrap();
    assert_eq!(log.excluded_sentences, 2);
    assert_eq!(log.excluded_docs, 1);
    assert_eq!(log.train_sentences, 4);
    assert!(model.description.contains("excluded 2 sentences"));
}

#[test]
fn eval_scores_tokens_from_raw_text() {
    let tf = token_f1(&fixture()).unwrap();
    assert_eq!(tf.gold, 50);
    assert_eq!(tf.f1, 1.0);
    let s = eval_conllu(&tiny_model(), &fixture()).unwrap();
    assert_eq!(s.words, 50);
    assert_eq!(s.tokens_f1, 1.0);
}

#[test]
fn truncated_files_give_an_error_not_a_panic() {
    let bytes = tiny_model().to_bytes();
    for cut in [0, 7, 12, 19, 20, 40, bytes.len() / 2, bytes.len() - 1] {
        let err = Model::from_bytes(&bytes[..cut], "cut.ngm").unwrap_err();
        assert!(matches!(err, NlpError::ModelFormat { .. }));
        assert!(err.to_string().contains("truncated"), "cut {cut}: {err}");
    }
}

#[test]
fn wrong_version_magic_and_corruption_are_reported() {
    let bytes = tiny_model().to_bytes();
    let mut v = bytes.clone();
    v[8] = 99;
    let err = Model::from_bytes(&v, "v.ngm").unwrap_err().to_string();
    assert!(err.contains("version 99") && err.contains("v.ngm"), "{err}");
    let mut m = bytes.clone();
    m[0] = b'X';
    assert!(Model::from_bytes(&m, "m")
        .unwrap_err()
        .to_string()
        .contains("magic"));
    let mut c = bytes.clone();
    let mid = c.len() / 2;
    c[mid] ^= 0x55;
    assert!(Model::from_bytes(&c, "c")
        .unwrap_err()
        .to_string()
        .contains("checksum"));
}

#[test]
fn save_and_load_round_trip_and_missing_file_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ngm");
    let model = tiny_model();
    model.save(&path).unwrap();
    assert_eq!(Model::load(&path).unwrap(), model);
    let err = Pipeline::load(&dir.path().join("absent.ngm")).unwrap_err();
    assert!(err.to_string().contains("absent.ngm"));
}

#[test]
fn embedded_default_model_loads_and_describes_its_data() {
    let m = Model::from_bytes(Pipeline::default_model_bytes(), "embedded").unwrap();
    assert!(m.description.contains("en_ewt-ud-train.conllu"));
    assert!(m.scores.upos > 0.9);
}
