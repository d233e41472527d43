//! What the parser examples share: the pipeline they run.

use newsgraph_nlp::{ParserModel, Pipeline};

/// The default pipeline, with the parser file `parser` in place of the embedded one (unless
/// it is absent or `default`), decoding with a beam of `k` states when `BEAM=k` is set.
pub fn pipeline(parser: Option<&str>) -> Result<Pipeline, Box<dyn std::error::Error>> {
    let mut pipeline = Pipeline::default();
    if let Some(path) = parser.filter(|p| *p != "default") {
        pipeline = pipeline.with_parser(ParserModel::load(std::path::Path::new(path))?);
    }
    if let Ok(k) = std::env::var("BEAM") {
        let parser = pipeline.parser().clone().with_beam(k.parse()?);
        pipeline = pipeline.with_parser(parser);
    }
    Ok(pipeline)
}
