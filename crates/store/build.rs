//! Rebuilds this crate when the files it embeds from `queries/` and `data/ontology.ttl` change.
//!
//! `include_str!`/`include_bytes!` of a file outside the crate's folder is tracked by its
//! absolute path, and Cargo reuses one artifact for the same workspace checked out at two
//! paths (a CI clone sharing the target directory): without this, edits to those files
//! could go unseen. A path given here is relative to the crate, so it is checked where the
//! crate is now.
fn main() {
    println!("cargo:rerun-if-changed=../../queries");
    println!("cargo:rerun-if-changed=../../data/ontology.ttl");
}
