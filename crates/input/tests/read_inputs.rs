//! Reading files, directories and JSON Lines as a user would hand them over.

use std::fs;
use std::path::{Path, PathBuf};

use newsgraph_input::{read_inputs, InputError, Origin, Record};
use newsgraph_model::{jsonl, Article, ArticleGraph};

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, content).unwrap();
    path
}

fn read_all(paths: &[PathBuf]) -> Vec<Result<(Origin, Record), InputError>> {
    read_inputs(paths).collect()
}

fn only_article(paths: &[PathBuf]) -> Article {
    let mut items = read_all(paths);
    assert_eq!(items.len(), 1, "{items:?}");
    match items.remove(0).unwrap().1 {
        Record::Article(a) => a,
        Record::Graph(g) => panic!("expected an article, got graph {}", g.article.id),
    }
}

fn only_error(paths: &[PathBuf]) -> String {
    let items = read_all(paths);
    assert_eq!(items.len(), 1, "{items:?}");
    items[0].as_ref().unwrap_err().to_string()
}

fn id_of(record: &Record) -> &str {
    match record {
        Record::Article(a) => &a.id,
        Record::Graph(g) => &g.article.id,
    }
}

#[test]
fn text_headers_fill_the_article_and_the_body_follows_the_blank_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "harbour-strike.txt",
        "Title: Dockers walk out\nSource: Coastal Herald\nPublished: 2023-11-08\nURL: https://example.org/strike\n\n\
         VALLETTA, Nov. 7 (Coastal Herald) — Port workers stopped work on Tuesday.\n\nTalks resume next week.\n",
    );
    let a = only_article(&[path]);
    assert_eq!(a.id, "harbour-strike");
    assert_eq!(a.title.as_deref(), Some("Dockers walk out"));
    assert_eq!(a.source.as_deref(), Some("Coastal Herald"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/strike"));
    assert_eq!(
        a.published.as_ref().map(|p| p.to_string()).as_deref(),
        Some("2023-11-08")
    );
    assert!(a.text.starts_with("VALLETTA, Nov. 7"), "{:?}", a.text);
    assert!(a.text.ends_with("Talks resume next week."));
    assert!(!a.text.contains("Title:"));
    let d = a.dateline.expect("dateline");
    assert_eq!(d.place, "Valletta");
    assert_eq!(d.date.unwrap().to_string(), "2023-11-07");
    assert_eq!(d.agency.as_deref(), Some("Coastal Herald"));
}

#[test]
fn text_without_headers_is_all_body() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Local elections\n\nTurnout was higher than in any year since records began.\n";
    let a = only_article(&[write(dir.path(), "turnout.txt", text)]);
    assert_eq!(a.text, text.trim_end());
    assert_eq!((a.title, a.published, a.dateline), (None, None, None));
}

#[test]
fn crlf_and_byte_order_mark_are_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "bridge.txt",
        "\u{feff}Title: Bridge reopens\r\nPublished: 2022-06\r\n\r\nLISBON — The bridge reopened.\r\nTraffic was light.\r\n",
    );
    let a = only_article(&[path]);
    assert_eq!(a.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(a.text, "LISBON — The bridge reopened.\nTraffic was light.");
    assert_eq!(a.published.unwrap().to_string(), "2022-06");
    assert_eq!(a.dateline.unwrap().place, "Lisbon");
}

fn graph(id: &str) -> ArticleGraph {
    ArticleGraph {
        article: Article {
            id: id.into(),
            title: None,
            source: None,
            url: None,
            published: None,
            dateline: None,
            text: "Pre-extracted text.".into(),
        },
        extractor: "test".into(),
        sentences: vec![],
        entities: vec![],
        relations: vec![],
        events: vec![],
    }
}

#[test]
fn jsonl_mixes_articles_and_graphs_with_line_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = Vec::new();
    content.extend_from_slice(
        br#"{"id": "wire-1", "title": "Grain deal", "text": "ANKARA, July 2 (Reuters) - A grain deal was signed.", "published": "2024-07-02T10:00:00Z", "source": "Reuters", "authors": ["ignored"]}"#,
    );
    content.push(b'\n');
    jsonl::write_graph(&mut content, &graph("old-graph")).unwrap();
    content.extend_from_slice(b"\n");
    content.extend_from_slice(br#"{"text": "A record without an id."}"#);
    content.push(b'\n');
    let items = read_all(&[write(dir.path(), "batch.jsonl", content)]);
    let items: Vec<(Origin, Record)> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(items.len(), 3);

    let lines: Vec<Option<usize>> = items.iter().map(|(o, _)| o.line).collect();
    assert_eq!(lines, [Some(1), Some(2), Some(4)]);
    let ids: Vec<&str> = items.iter().map(|(_, r)| id_of(r)).collect();
    assert_eq!(ids, ["wire-1", "old-graph", "batch-4"]);

    let Record::Article(a) = &items[0].1 else {
        panic!("line 1 is an article")
    };
    assert_eq!(a.published.as_ref().unwrap().to_string(), "2024-07-02");
    let d = a
        .dateline
        .as_ref()
        .expect("JSONL articles get datelines too");
    assert_eq!(
        (d.place.as_str(), d.agency.as_deref()),
        ("Ankara", Some("Reuters"))
    );
    assert_eq!(d.date.as_ref().unwrap().to_string(), "2024-07-02");
    assert!(matches!(&items[1].1, Record::Graph(g) if g.extractor == "test"));
}

#[test]
fn malformed_jsonl_line_names_file_and_line_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "articles/a.jsonl",
        "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n?oops\n{\"text\": \"Fourth.\"}\n",
    );
    let items = read_all(std::slice::from_ref(&path));
    assert_eq!(items.len(), 4);
    let err = items[2].as_ref().unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}: line 3: expected value at column 1", path.display())
    );
    assert_eq!(err.origin().unwrap().line, Some(3));
    assert!(items[3].is_ok());
}

#[test]
fn jsonl_record_with_empty_text_is_an_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "b.jsonl",
        "{\"id\": \"ok\", \"text\": \"Fine.\"}\n{\"id\": \"blank\", \"text\": \"  \\n \"}\n",
    );
    let items = read_all(std::slice::from_ref(&path));
    let err = items[1].as_ref().unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{}: line 2: article blank: empty \"text\"", path.display())
    );
}

#[test]
fn jsonl_record_that_is_neither_article_nor_graph_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "c.jsonl", "{\"body\": \"wrong field\"}\n");
    let err = only_error(&[path]);
    assert!(err.contains("line 1: neither an article"), "{err}");
}

#[test]
fn invalid_graph_in_jsonl_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bad = serde_json::to_value(graph("g")).unwrap();
    bad["relations"] = serde_json::json!([{
        "subject": "nobody", "predicate": "leader_of", "object": "nothing",
        "evidence": {"sentence": 0, "sentence_span": {"start": 0, "end": 1},
                     "span": {"start": 0, "end": 1}, "text": "P"},
        "confidence": 0.5
    }]);
    let path = write(dir.path(), "g.jsonl", format!("{bad}\n"));
    let err = only_error(&[path]);
    assert!(
        err.contains("line 1: article graph: invalid article graph"),
        "{err}"
    );
}

#[test]
fn pretty_printed_json_document_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "export.json",
        "[\n  {\n    \"id\": \"p1\",\n    \"text\": \"One.\"\n  },\n  {\n    \"text\": \"Two.\"\n  }\n]\n",
    );
    let ids: Vec<String> = read_all(&[path])
        .into_iter()
        .map(|r| id_of(&r.unwrap().1).to_string())
        .collect();
    assert_eq!(ids, ["p1", "export-2"]);
}

#[test]
fn invalid_utf8_names_the_file_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "x.txt", b"Caf\xe9 owners protested.\n");
    assert_eq!(
        only_error(std::slice::from_ref(&path)),
        format!(
            "{}: not valid UTF-8 (byte 3); save the file as UTF-8",
            path.display()
        )
    );
}

#[test]
fn invalid_utf8_in_jsonl_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "x.jsonl",
        b"{\"text\": \"ok\"}\n{\"text\": \"bad \xff\"}\n",
    );
    let items = read_all(std::slice::from_ref(&path));
    let err = items[1].as_ref().unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{}: line 2: not valid UTF-8 (byte 29)",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn nul_bytes_mean_binary() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "scan.txt", b"%PDF\x00\x01\x02 text");
    assert_eq!(
        only_error(std::slice::from_ref(&path)),
        format!("{}: looks binary (contains NUL bytes)", path.display())
    );
}

#[test]
fn utf16_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "word.txt", b"\xff\xfeH\x00i\x00");
    assert!(only_error(&[path]).ends_with("UTF-16 text; save the file as UTF-8"));
}

#[test]
fn empty_and_blank_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("e.txt", ""), ("w.txt", " \n\t\n"), ("e.jsonl", "\n\n")] {
        let path = write(dir.path(), name, content);
        assert_eq!(
            only_error(std::slice::from_ref(&path)),
            format!("{}: empty file", path.display())
        );
    }
}

#[test]
fn text_above_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // A sparse file: the limit is checked on the length before anything is read.
    fs::File::create(&path)
        .unwrap()
        .set_len(newsgraph_input::MAX_FILE_BYTES + 1)
        .unwrap();
    assert_eq!(
        only_error(std::slice::from_ref(&path)),
        format!(
            "{}: too large (67108865 bytes; the limit is 64 MiB per file)",
            path.display()
        )
    );
}

#[test]
fn directories_without_article_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    assert_eq!(
        only_error(std::slice::from_ref(&empty)),
        format!(
            "{}/: no article files (.txt, .jsonl, .json) found",
            empty.display()
        )
    );
    let other = dir.path().join("other");
    write(&other, "notes.md", "# not an article");
    write(&other, "photo.jpg", b"\xff\xd8\xff");
    write(&other, ".hidden.txt", "Hidden files are skipped.");
    assert!(only_error(&[other]).ends_with("no article files (.txt, .jsonl, .json) found"));
}

#[test]
fn missing_path_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    assert_eq!(
        only_error(std::slice::from_ref(&missing)),
        format!("{}: no such file or directory", missing.display())
    );
}

#[test]
fn nested_directories_are_read_in_path_byte_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    // Created out of order, so that directory listing order cannot pass for sorting.
    write(&root, "zeta.txt", "Last file.");
    write(&root, "b/inner.txt", "Inside b.");
    write(&root, "a.txt", "First file.");
    write(
        &root,
        "b.jsonl",
        "{\"id\": \"b-jsonl\", \"text\": \"Lines.\"}\n",
    );
    write(&root, "B/upper.txt", "Upper case sorts first.");
    write(&root, "b/skip.csv", "not,an,article");
    let ids = |paths: &[PathBuf]| -> Vec<String> {
        read_all(paths)
            .into_iter()
            .map(|r| id_of(&r.unwrap().1).to_string())
            .collect()
    };
    // "b.jsonl" < "b/inner.txt" because '.' (0x2E) < '/' (0x2F).
    let expected = ["upper", "a", "b-jsonl", "inner", "zeta"];
    assert_eq!(ids(std::slice::from_ref(&root)), expected);
    assert_eq!(
        ids(std::slice::from_ref(&root)),
        ids(std::slice::from_ref(&root))
    );
}

#[test]
fn explicit_paths_keep_their_order_and_odd_extensions_are_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let text = write(dir.path(), "story.md", "ROME — A plain story.");
    let lines = write(
        dir.path(),
        "feed.ndjson",
        "{\"id\": \"n1\", \"text\": \"From a feed.\"}\n",
    );
    let first = write(dir.path(), "z.txt", "Given first.");
    let items: Vec<(Origin, Record)> = read_all(&[first, text, lines])
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let ids: Vec<&str> = items.iter().map(|(_, r)| id_of(r)).collect();
    assert_eq!(ids, ["z", "story", "n1"]);
    assert_eq!(items[2].0.line, Some(1));
}

#[test]
fn an_error_does_not_hide_later_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let good = write(dir.path(), "good.txt", "Still read.");
    let items = read_all(&[missing, good]);
    assert!(items[0].is_err());
    assert_eq!(id_of(&items[1].as_ref().unwrap().1), "good");
}
