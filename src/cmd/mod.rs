//! One module per subcommand: each holds its clap `Args` (the doc comments are the `--help`
//! text) and a `run` function that wires the crates together. No extraction, storage or export
//! logic lives here.

pub mod bench;
pub mod compact;
pub mod demo;
pub mod dump;
pub mod eval;
pub mod eval_coref;
pub mod explain;
pub mod export;
pub mod extract;
pub mod gen;
pub mod ingest;
pub mod lexicon;
pub mod load;
pub mod nlp_eval;
pub mod query;
pub mod serve;
pub mod train;
