//! Linking time against extraction time per article.
//!
//! usage: cargo run --release --example link_bench -- DIR [N]
//! Reads up to N articles (default all) from DIR, extracts each, then times in-article
//! coreference + IRIs (`link_article`) and cross-article identity against an in-memory index
//! (`link_identities`) separately.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use newsgraph_extract::Extractor;
use newsgraph_input::Record;
use newsgraph_link::identity::{link_identities, MemoryIndex};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: link_bench DIR [N]")?);
    let limit: usize = args
        .next()
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(usize::MAX);
    let articles: Vec<_> = newsgraph_input::read_inputs(&[dir])
        .filter_map(|r| match r {
            Ok((_, Record::Article(a))) => Some(a),
            _ => None,
        })
        .take(limit)
        .collect();
    let extractor = Extractor::new();
    let (mut extract, mut coref, mut identity) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut index = MemoryIndex::default();
    for a in &articles {
        let t = Instant::now();
        let mut g = extractor.extract(a);
        extract += t.elapsed();
        let t = Instant::now();
        newsgraph_link::link_article(&mut g);
        coref += t.elapsed();
        let t = Instant::now();
        link_identities(&mut g, &mut index)?;
        identity += t.elapsed();
    }
    let n = articles.len().max(1) as f64;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0 / n;
    println!(
        "{} articles: extract {:.3} ms/article, link_article {:.3} ms ({:.1} %), link_identities (memory) {:.3} ms ({:.1} %)",
        articles.len(),
        ms(extract),
        ms(coref),
        100.0 * coref.as_secs_f64() / extract.as_secs_f64(),
        ms(identity),
        100.0 * identity.as_secs_f64() / extract.as_secs_f64()
    );
    Ok(())
}
