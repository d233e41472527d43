//! Prints the events extracted from a plain-text article, one line each, for inspection.
//!
//! `cargo run --release -p newsgraph-extract --example events -- FILE [PUBLISHED]`

use std::process::ExitCode;

use newsgraph_extract::Extractor;
use newsgraph_model::Article;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: events FILE [PUBLISHED as YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Files with headers (Title:, Published:) are read as `newsgraph` reads them.
    let mut article = newsgraph_input::parse_text_article("inspect", &text).unwrap_or(Article {
        id: "inspect".into(),
        title: None,
        source: None,
        url: None,
        published: None,
        dateline: None,
        text,
    });
    if let Some(p) = args.get(1).and_then(|p| p.parse().ok()) {
        article.published = Some(p);
    }
    let g = Extractor::new().extract(&article);
    let label = |id: &String| {
        g.entity(id)
            .map(|e| e.label.clone())
            .unwrap_or_else(|| id.clone())
    };
    let labels = |ids: &[String]| ids.iter().map(label).collect::<Vec<_>>().join(", ");
    for e in &g.events {
        println!(
            "{} {} [{}] {:?} ({}) -> ({}) at ({}) on {} said by {}",
            e.id,
            e.trigger,
            e.cameo,
            e.polarity,
            labels(&e.sources),
            labels(&e.targets),
            labels(&e.places),
            e.date.as_ref().map(|d| d.to_string()).unwrap_or_default(),
            e.attribution.as_ref().map(label).unwrap_or_default(),
        );
    }
    ExitCode::SUCCESS
}
