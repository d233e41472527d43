//! Cost of cross-article identity against the store's index, and of writing, per article,
//! for a store of any size.
//!
//! usage: cargo run --release --example identity_bench -- STORE DIR
//! Extracts and links (in-article) every article of DIR untimed, then times
//! `store::identity::link_all` (index look-ups and records) and `Store::ingest` separately.

use std::path::PathBuf;
use std::time::Instant;

use newsgraph_extract::Extractor;
use newsgraph_input::Record;
use newsgraph_store::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let store = PathBuf::from(args.next().ok_or("usage: identity_bench STORE DIR")?);
    let dir = PathBuf::from(args.next().ok_or("usage: identity_bench STORE DIR")?);
    let extractor = Extractor::new();
    let mut graphs: Vec<_> = newsgraph_input::read_inputs(&[dir])
        .filter_map(|r| match r {
            Ok((_, Record::Article(a))) => Some(a),
            _ => None,
        })
        .map(|a| {
            let mut g = extractor.extract(&a);
            newsgraph_link::link_article(&mut g);
            g
        })
        .collect();
    let store = Store::open(&store)?;
    let articles_before = store.article_count()?;
    let t = Instant::now();
    let records = newsgraph_store::identity::link_all(&store, &mut graphs)?;
    let link = t.elapsed();
    let t = Instant::now();
    let mut writer = store.writer(newsgraph_store::WriteOptions::default());
    for (g, extra) in graphs.iter().zip(records) {
        let hash = newsgraph_store::content_hash(&g.article, "identity-bench");
        writer.add(newsgraph_store::Prepared::new(g, &hash)?.with(extra))?;
    }
    writer.finish()?;
    let write = t.elapsed();
    let n = graphs.len().max(1) as f64;
    println!(
        "{} articles into a store of {} articles: identity (store index) {:.3} ms/article, ingest {:.3} ms/article",
        graphs.len(),
        articles_before,
        link.as_secs_f64() * 1000.0 / n,
        write.as_secs_f64() * 1000.0 / n
    );
    Ok(())
}
