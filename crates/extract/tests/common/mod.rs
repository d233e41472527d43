//! What the construction tests share: an article around a test sentence, its checked graph,
//! and its events by CAMEO root.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use newsgraph_extract::Extractor;
use newsgraph_model::{Article, ArticleGraph, Event};

/// An article holding `text`, published on `published` (`YYYY-MM-DD`) when given.
pub fn article(text: &str, published: Option<&str>) -> Article {
    Article {
        id: "t".into(),
        title: None,
        source: None,
        url: None,
        published: published.map(|p| p.parse().unwrap()),
        dateline: None,
        text: text.into(),
    }
}

/// The graph of `text` published on `published`, after checking it is well formed.
pub fn extract_on(text: &str, published: Option<&str>) -> ArticleGraph {
    let g = Extractor::new().extract(&article(text, published));
    g.validate().unwrap();
    g
}

/// The events whose CAMEO code has this root.
pub fn events<'g>(g: &'g ArticleGraph, root: &str) -> Vec<&'g Event> {
    g.events.iter().filter(|e| e.cameo.root() == root).collect()
}
