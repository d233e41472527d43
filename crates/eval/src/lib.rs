//! The scorer: how well article graphs agree with gold files, as precision, recall and F1
//! for entities, relations and events, overall and per type.
//!
//! A gold file ([`Gold`], `*.gold.json`) lists what an analyst extracts from one article.
//! [`score_article`] compares it with an [`ArticleGraph`]; [`score`] does so for many and
//! sums the counts into a [`Report`], which prints as text ([`Report::write_text`]) or
//! serialises as JSON. [`evaluate_dir`] runs the whole loop for `newsgraph eval`: it reads
//! the gold files, reads each article with `newsgraph-input`, calls the extractor it is
//! given and scores the result.
//!
//! The matching rules are those of the gold format:
//! - **Names** compare case-insensitively after collapsing white space, ignoring a leading
//!   "the" ([`normalise_name`]).
//! - **Entities**: an output entity matches a gold entity when the kinds agree and one of
//!   its label or names equals a gold name. A country is an actor and a place at once, so a
//!   country on either side matches across kinds.
//! - **Relations**: the predicate is equal (`spokespersonOf` = `spokesperson_of`) and both
//!   ends match. An end matches when the output entity matches the gold entity by the rule
//!   above, whether or not that output entity won the one-to-one entity assignment: a
//!   split entity costs an entity point, not also every relation read on its duplicate.
//! - **Events**: the CAMEO roots (first two digits) agree, or the labels when the gold
//!   event has no code; the polarity agrees; and every non-empty gold role (source, target)
//!   shares at least one entity with the output's. Places and dates are not scored.
//! - **One-to-one**: within each category a gold item is matched at most once and an
//!   output item at most once, by a maximum matching in a fixed order (see the `assign`
//!   notes in the source). An output item that matches only an already-matched gold item —
//!   a duplicate entity, a relation stated twice — is a false positive: the extractor is
//!   expected to merge its duplicates.
//! - **Precision** counts every output entity, relation and event (all output predicates
//!   are in the gold list, all output events carry a CAMEO code).
//!
//! Coreference is scored apart: [`coref`] holds MUC, B³, CEAF-e and the CoNLL F1 of any two
//! partitions; [`ecb`] and [`event_coref`] read ECB+ and score the link crate's event
//! coreference next to the same-lemma baseline; [`gum`] reads GUM's entity chains and scores
//! the link crate's mention resolver (`newsgraph eval-coref`).
//!
//! This crate does not extract anything and has no opinion on how the graph was made; it
//! never reads the store.
//!
//! ```
//! use newsgraph_eval::{score_article, Gold};
//! use newsgraph_model::{Article, ArticleGraph, Entity, EntityType};
//!
//! let gold = Gold::from_json(r#"{
//!   "article": {"id": "a1", "text_file": "a1.txt"},
//!   "entities": [
//!     {"id": "fed", "kind": "actor", "type": "organisation", "names": ["the Federal Reserve", "Fed"]},
//!     {"id": "ohio", "kind": "place", "type": "region", "names": ["Ohio"]}
//!   ]
//! }"#)?;
//! let article = Article { id: "a1".into(), title: None, source: None, url: None,
//!                         published: None, dateline: None, text: "The Fed met.".into() };
//! let output = ArticleGraph {
//!     article, extractor: "test".into(), sentences: vec![], relations: vec![], events: vec![],
//!     entities: vec![
//!         Entity::new("e1", EntityType::Organisation, "Federal  Reserve"),
//!         Entity::new("e2", EntityType::Person, "Jerome Powell"),
//!     ],
//! };
//! let s = score_article(&gold, &output);
//! let e = s.scores.entities.overall;
//! assert_eq!((e.tp, e.fp, e.fn_), (1, 1, 1));
//! assert_eq!(e.precision, 0.5);
//!
//! let mut text = Vec::new();
//! newsgraph_eval::Report::new(vec![s]).write_text(&mut text, true)?;
//! let text = String::from_utf8(text)?;
//! assert!(text.contains(r#"miss           entity   ohio (place region): "Ohio""#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod coref;
pub mod ecb;
mod error;
pub mod event_coref;
mod gold;
pub mod gum;
mod matching;
mod report;
mod score;

use std::path::Path;

pub use error::EvalError;
pub use gold::{load_gold_dir, Gold, GoldArticle, GoldEntity, GoldEvent, GoldRelation};
pub use matching::{entity_matches, normalise_name};
pub use report::{ArticleScore, Category, Finding, FindingKind, Part, Prf, Report, Scores};
pub use score::{score, score_article};

use newsgraph_input::{detect_dateline, parse_published, read_inputs, InputError, Origin, Record};
use newsgraph_model::{Article, ArticleGraph};

/// Scores an extractor on a gold directory: every `*.gold.json` in `gold_dir` (sorted)
/// names its article's file (`text_file`) in `articles_dir`; the article is read as
/// `newsgraph extract` would read it, given to `extract`, and the graph scored.
///
/// The gold file's `article` block is metadata a feed would supply, so it fills what the
/// article file leaves out: the id always (so output and gold agree on it), the
/// publication date and source when the file has no such header. With a publication date
/// the dateline is detected again, so that its date gets a year. Nothing from the
/// entities, relations or events of the gold file reaches the extractor.
///
/// ```no_run
/// # fn extract(a: &newsgraph_model::Article) -> newsgraph_model::ArticleGraph { unimplemented!() }
/// let report = newsgraph_eval::evaluate_dir("tests/gold".as_ref(), "data/samples".as_ref(), extract)?;
/// report.write_text(&mut std::io::stdout(), false)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn evaluate_dir(
    gold_dir: &Path,
    articles_dir: &Path,
    mut extract: impl FnMut(&Article) -> ArticleGraph,
) -> Result<Report, EvalError> {
    let golds = load_gold_dir(gold_dir)?;
    let mut scores = Vec::with_capacity(golds.len());
    for (path, gold) in &golds {
        let article = read_article(path, gold, articles_dir)?;
        let output = extract(&article);
        scores.push(score_article(gold, &output));
    }
    Ok(Report::new(scores))
}

/// Reads the one article a gold file names and completes it from the gold metadata.
fn read_article(gold_path: &Path, gold: &Gold, articles_dir: &Path) -> Result<Article, EvalError> {
    let file = articles_dir.join(&gold.article.text_file);
    let article_error = |source| EvalError::Article {
        gold: gold_path.to_path_buf(),
        source,
    };
    let mut records = read_inputs(std::slice::from_ref(&file));
    let first = records.next().transpose().map_err(article_error)?;
    let mut article = match (first, records.next()) {
        (Some((_, Record::Article(a))), None) => a,
        _ => {
            return Err(article_error(InputError::Invalid {
                origin: Origin::file(Some(&file)),
                cause: "expected exactly one article (a text file or a single-record JSON file)"
                    .to_string(),
            }))
        }
    };
    article.id = gold.article.id.clone();
    if article.source.is_none() {
        article.source = gold.article.source.clone();
    }
    if article.published.is_none() {
        // `Gold::check` has parsed it already.
        article.published = gold
            .article
            .published
            .as_deref()
            .and_then(|p| parse_published(p).ok());
        if article.published.is_some() {
            article.dateline = detect_dateline(&article.text, article.published.as_ref());
        }
    }
    Ok(article)
}
