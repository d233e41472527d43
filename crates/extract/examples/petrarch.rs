//! CAMEO root-code agreement with PETRARCH2's unit-test records.
//!
//! `cargo run --release -p newsgraph-extract --example petrarch -- PETR.UnitTest.records.xml`
//!
//! Each `<Sentence>` record holds a text and the events PETRARCH2 must code from it
//! (`<EventCoding eventcode="064" .../>`, or `noevents="True"`). The actors are fictional
//! (Arnor, Gondor, ...), so the extractor only has its name tagger and the grammar to find
//! them. Every sentence is extracted as a one-sentence article; the report counts, over the
//! records that expect events, how many get at least one event with an expected root code
//! (agreement), how many of the coded events have an expected root (precision), and, over
//! the records that expect none, how many get none. `--list` prints every disagreement.
//! The records file is MIT-licensed (Copyright (c) 2014 Open Event Data); it is read, not
//! copied.

use std::collections::BTreeSet;
use std::process::ExitCode;

use newsgraph_extract::Extractor;
use newsgraph_model::Article;

struct Record {
    id: String,
    text: String,
    /// Expected root codes; empty for `noevents`.
    roots: BTreeSet<String>,
}

/// The value of attribute `name` in the tag text `tag` (`name="v"` or `name = "v"`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let after = rest[at + name.len()..].trim_start();
        let before_ok = at == 0 || rest[..at].ends_with(char::is_whitespace);
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start().strip_prefix('"')?;
                return v.find('"').map(|e| v[..e].to_string());
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

fn records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    for chunk in xml.split("<Sentence ").skip(1) {
        let Some(body) = chunk.split("</Sentence>").next() else {
            continue;
        };
        let head = body.split('>').next().unwrap_or("");
        let id = attribute(head, "id").unwrap_or_default();
        let text = match (body.find("<Text>"), body.find("</Text>")) {
            (Some(a), Some(b)) if a < b => body[a + 6..b].split_whitespace().collect::<Vec<_>>(),
            _ => continue,
        }
        .join(" ");
        let mut roots = BTreeSet::new();
        let mut none = false;
        for coding in body.split("<EventCoding").skip(1) {
            let tag = coding.split('>').next().unwrap_or("");
            if let Some(code) = attribute(tag, "eventcode") {
                if code.len() >= 2 && code.bytes().all(|b| b.is_ascii_digit()) {
                    roots.insert(code[..2].to_string());
                }
            }
            none |= attribute(tag, "noevents").is_some();
        }
        if roots.is_empty() && !none {
            continue;
        }
        out.push(Record { id, text, roots });
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: petrarch PETR.UnitTest.records.xml [--list]");
        return ExitCode::from(2);
    };
    let list = args.iter().any(|a| a == "--list");
    let xml = match std::fs::read_to_string(path) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let recs = records(&xml);
    let extractor = Extractor::new();
    let (mut coded, mut agreed, mut predicted, mut right, mut empty, mut quiet) =
        (0, 0, 0, 0, 0, 0);
    for r in &recs {
        let article = Article {
            id: r.id.clone(),
            title: None,
            source: None,
            url: None,
            published: None,
            dateline: None,
            text: r.text.clone(),
        };
        let g = extractor.extract(&article);
        let got: Vec<String> = g
            .events
            .iter()
            .map(|e| e.cameo.root().to_string())
            .collect();
        if r.roots.is_empty() {
            empty += 1;
            quiet += usize::from(got.is_empty());
            continue;
        }
        coded += 1;
        predicted += got.len();
        right += got.iter().filter(|c| r.roots.contains(*c)).count();
        let ok = got.iter().any(|c| r.roots.contains(c));
        agreed += usize::from(ok);
        if list && !ok {
            println!(
                "{}\texpected {:?}\tgot {:?}\t{}",
                r.id, r.roots, got, r.text
            );
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("records with events: {coded}; at least one event with an expected CAMEO root: {agreed} ({:.1} %)", pct(agreed, coded));
    println!(
        "events coded on them: {predicted}; with an expected root: {right} (precision {:.1} %)",
        pct(right, predicted)
    );
    println!(
        "records with no events: {empty}; coded with none: {quiet} ({:.1} %)",
        pct(quiet, empty)
    );
    ExitCode::SUCCESS
}
