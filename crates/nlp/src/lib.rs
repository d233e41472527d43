//! Tokens, sentences, part-of-speech tags and lemmas for English news text, in pure Rust.
//!
//! The tokenizer and sentence splitter are rules tuned for news (abbreviations, initials,
//! numbers, hyphenated names, clitics split UD-style, datelines, URLs, e-mail, hashtags) and
//! keep exact byte and code-point offsets. Tagging (UPOS + XPOS) is a greedy averaged
//! perceptron over hashed features; lemmas come from learned suffix rules plus an exceptions
//! table. The [`ner`] module finds PER / ORG / LOC names (a BILOU perceptron decoded by
//! Viterbi over valid tag sequences) and NORP by a demonym list. Every sentence is also
//! parsed into a Universal Dependencies tree ([`Token::head`], [`Token::deprel`]) by a greedy
//! arc-hybrid parser ([`ParserModel`]); the [`syntax`] module answers the questions
//! extraction asks of a tree (subjects, passive agents, objects, obliques with their
//! preposition, conjuncts, appositions, reported clauses, negation, modals). The default models
//! are trained by us (UD EWT, GUM commercial-use genres only, BTC, WNUT-17, Wikigold) and
//! embedded in the binary; [`Model::load`], [`ParserModel::load`] and
//! [`ner::NameTagger::load`] take overrides.
//!
//! This crate does no entity linking or event coding, reads no network and runs no Python.
//!
//! ```
//! use newsgraph_nlp::{ner::NameTagger, Pipeline};
//! let doc = Pipeline::default().analyze("Gen. J. R. Smith didn't visit the U.S. capital.");
//! let words: Vec<&str> = doc.sentences[0].tokens.iter().map(|t| t.text.as_str()).collect();
//! assert_eq!(words, ["Gen.", "J.", "R.", "Smith", "did", "n't", "visit", "the", "U.S.", "capital", "."]);
//! assert_eq!(doc.sentences[0].tokens[4].lemma, "do");
//!
//! let doc = Pipeline::default().analyze("Angela Merkel spoke in Vienna.");
//! let names = NameTagger::default().tag(&doc.sentences[0]);
//! assert_eq!(names[0].kind.label(), "PER");
//! assert_eq!((names[0].char_start, names[0].char_end), (0, 13));
//!
//! // "spoke" (word 3) is the root; the name is its subject (heads are 1-based, UD style).
//! let t = &doc.sentences[0].tokens;
//! assert_eq!((t[0].head, t[0].deprel.as_str()), (3, "nsubj"));
//! assert_eq!((t[1].head, t[1].deprel.as_str()), (1, "flat"));
//! assert_eq!((t[2].head, t[2].deprel.as_str()), (0, "root"));
//! ```

mod bench;
pub mod conllu;
mod error;
pub mod eval;
mod features;
mod lemma;
mod model;
pub mod ner;
mod parser;
mod parser_train;
mod pipeline;
pub mod syntax;
mod tagger;
pub mod tokenize;
mod train;

pub use bench::{
    bench, bench_stages, peak_rss_bytes, thread_cpu_secs, BenchFigures, StageBench, StageRate,
};
pub use error::{NlpError, Result};
pub use eval::{eval_conllu, sentence_f1, token_f1, TokenScores};
pub use model::{Model, Scores, TaggedSentence, FORMAT_VERSION};
pub use parser::{ParseInput, ParseScores, ParserModel};
pub use parser_train::{
    eval_conllu_all, eval_parser, train_parser, ConlluScores, ParserEpochLog, ParserOptions,
    ParserTrainLog, TagSource,
};
pub use pipeline::{Doc, Pipeline, Sentence, Token};
pub use train::{gum_nc_documents, train_pos, EpochLog, TrainLog, TrainOptions};
