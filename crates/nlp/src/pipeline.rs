//! The pipeline: tokens, sentences, tags and lemmas for a text.

use crate::error::Result;
use crate::features::TokenHashes;
use crate::model::{Checksum, Model};
use crate::parser::ParserModel;
use crate::tokenize::{split_sentences, tokenize};
use std::path::Path;

/// The default model, trained by us and committed under `data/models/`.
static DEFAULT_MODEL: &[u8] = include_bytes!("../../../data/models/pos-en.ngm");
/// The default dependency parser, trained by us (see `data/models/README.md`).
static DEFAULT_PARSER: &[u8] = include_bytes!("../../../data/models/parser-en.ngm");

fn default_parser() -> ParserModel {
    // Checked by this crate's tests: a failure is a build defect, not user input.
    ParserModel::read(
        DEFAULT_PARSER,
        "embedded data/models/parser-en.ngm",
        Checksum::Embedded,
    )
    .unwrap_or_else(|e| panic!("embedded parser is broken, rebuild newsgraph: {e}"))
}

/// One analysed token. Byte offsets index the input `&str`; char offsets count Unicode code
/// points (the offsets of `newsgraph_model::Span` and NIF). Ranges are half-open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub byte_start: usize,
    pub byte_end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    /// Syntactic head: 1-based index of the head token within the sentence, 0 for the root
    /// (as in CoNLL-U).
    pub head: u32,
    /// Universal Dependencies relation to the head, with subtype (`nsubj:pass`, `obl:unmarked`).
    pub deprel: String,
}

/// One sentence: its byte span in the input and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span_bytes: (usize, usize),
    pub tokens: Vec<Token>,
}

/// An analysed text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub sentences: Vec<Sentence>,
}

/// Tokenizer + sentence splitter + tagger + lemmatizer.
#[derive(Debug, Clone)]
pub struct Pipeline {
    model: Model,
    parser: ParserModel,
}

impl Default for Pipeline {
    /// The pipeline with the embedded default model.
    fn default() -> Self {
        // The embedded bytes are checked by this crate's tests, so a failure here is a build
        // defect rather than user input.
        std::thread::scope(|s| {
            // The parser, most of the loading time, is decoded beside the tagger.
            let parser = std::thread::Builder::new().spawn_scoped(s, default_parser);
            let model = Model::read(
                DEFAULT_MODEL,
                "embedded data/models/pos-en.ngm",
                Checksum::Embedded,
            )
            .unwrap_or_else(|e| panic!("embedded model is broken, rebuild newsgraph: {e}"));
            let parser = match parser {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                // No second thread to be had: decode it here.
                Err(_) => default_parser(),
            };
            Pipeline { model, parser }
        })
    }
}

impl Pipeline {
    /// A pipeline with a given model.
    pub fn new(model: Model) -> Self {
        Pipeline {
            model,
            parser: default_parser(),
        }
    }

    /// The same pipeline with another dependency parser.
    pub fn with_parser(self, parser: ParserModel) -> Self {
        Pipeline { parser, ..self }
    }

    /// The parser in use.
    pub fn parser(&self) -> &ParserModel {
        &self.parser
    }

    /// A pipeline with the model file at `path`.
    pub fn load(path: &Path) -> Result<Self> {
        Ok(Pipeline::new(Model::load(path)?))
    }

    /// The embedded default model's bytes, for tools that need to inspect them.
    pub fn default_model_bytes() -> &'static [u8] {
        DEFAULT_MODEL
    }

    /// The model in use.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tokenizes, splits, tags, lemmatizes and parses `text`.
    pub fn analyze(&self, text: &str) -> Doc {
        let spans = tokenize(text);
        let sents = split_sentences(text, &spans);
        let mut scratch: Vec<TokenHashes> = Vec::new();
        let mut sentences = Vec::with_capacity(sents.len());
        // Char offsets are counted incrementally: tokens come in text order.
        let (mut last_byte, mut last_char) = (0usize, 0usize);
        let mut char_at = |b: usize| {
            last_char += text[last_byte..b].chars().count();
            last_byte = b;
            last_char
        };
        for range in sents {
            let toks = &spans[range];
            let words: Vec<&str> = toks.iter().map(|r| &text[r.clone()]).collect();
            let ids = self.model.tagger.tag(&words, &mut scratch);
            let mut tokens = Vec::with_capacity(words.len());
            for (i, ((r, w), id)) in toks.iter().zip(&words).zip(ids).enumerate() {
                let (upos, xpos) = &self.model.tagger.classes[id as usize];
                let char_start = char_at(r.start);
                let char_end = char_at(r.end);
                tokens.push(Token {
                    text: (*w).to_string(),
                    byte_start: r.start,
                    byte_end: r.end,
                    char_start,
                    char_end,
                    upos: upos.clone(),
                    xpos: xpos.clone(),
                    lemma: self.model.lemmatizer.lemma(w, upos, i == 0),
                    head: 0,
                    deprel: String::new(),
                });
            }
            let input: Vec<(&str, &str, &str)> = tokens
                .iter()
                .map(|t| (t.text.as_str(), t.upos.as_str(), t.xpos.as_str()))
                .collect();
            let arcs: Vec<(u32, String)> = self
                .parser
                .parse(&input)
                .into_iter()
                .map(|(h, l)| (h, l.to_string()))
                .collect();
            for (t, (h, l)) in tokens.iter_mut().zip(arcs) {
                t.head = h;
                t.deprel = l;
            }
            let span_bytes = (
                toks.first().map_or(0, |r| r.start),
                toks.last().map_or(0, |r| r.end),
            );
            sentences.push(Sentence { span_bytes, tokens });
        }
        Doc { sentences }
    }
}

#[cfg(test)]
mod embedded {
    use super::*;
    use crate::ner::{NameTagger, DEFAULT_NER};

    /// What a start no longer checks: the models compiled into the binary are intact.
    #[test]
    fn the_embedded_models_pass_their_checksums() {
        Model::read(DEFAULT_MODEL, "pos", Checksum::Verify).unwrap();
        ParserModel::read(DEFAULT_PARSER, "parser", Checksum::Verify).unwrap();
        NameTagger::read(DEFAULT_NER, "names", Checksum::Verify).unwrap();
    }

    /// Skipping the checksum skips nothing else: a cut embedded body is still refused.
    #[test]
    fn an_embedded_model_is_still_checked_for_truncation() {
        let cut = &DEFAULT_PARSER[..DEFAULT_PARSER.len() / 2];
        let err = ParserModel::read(cut, "parser", Checksum::Embedded).unwrap_err();
        assert!(err.to_string().contains("truncated"), "{err}");
    }
}
