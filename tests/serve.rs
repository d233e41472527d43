//! The SPARQL endpoint as a client meets it: the real `newsgraph serve` on 127.0.0.1 (a free
//! port), over a store built from the samples by the real `newsgraph ingest`, spoken to over
//! real HTTP.

mod util;

use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::sparql::SparqlEvaluator;
use util::{ingest, samples};

/// A running `newsgraph serve`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    stderr: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(store: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["serve", "--bind", "127.0.0.1:0", "--store"])
            .arg(store)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("newsgraph serve starts");
        let mut reader = BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        // Keep reading so that the server never writes to a closed pipe.
        let stderr = Arc::new(Mutex::new(line));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut rest = String::new();
            let _ = reader.read_to_string(&mut rest);
            sink.lock().unwrap().push_str(&rest);
        });
        Server {
            child,
            base: format!("http://{addr}"),
            stderr,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// CPU seconds the server process has used so far (Linux /proc).
    fn cpu_seconds(&self) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // Fields after the command name (which may hold spaces) start after ") ".
        let fields: Vec<&str> = stat.rsplit_once(") ").unwrap().1.split(' ').collect();
        let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
        ticks / 100.0
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into()
}

/// Status, Content-Type and body.
struct Reply {
    status: u16,
    content_type: String,
    headers: ureq::http::HeaderMap,
    body: String,
}

fn reply(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut r = r.expect("the server answers");
    let headers = r.headers().clone();
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    Reply {
        status: r.status().as_u16(),
        content_type,
        headers,
        body: r.body_mut().read_to_string().unwrap(),
    }
}

fn get(url: &str, query: &str, accept: &str) -> Reply {
    reply(
        agent()
            .get(url)
            .query("query", query)
            .header("Accept", accept)
            .call(),
    )
}

fn post_form(url: &str, key: &str, query: &str, accept: &str) -> Reply {
    reply(
        agent()
            .post(url)
            .header("Accept", accept)
            .send_form([(key, query)]),
    )
}

fn post_direct(url: &str, content_type: &str, query: &str, accept: &str) -> Reply {
    reply(
        agent()
            .post(url)
            .header("Content-Type", content_type)
            .header("Accept", accept)
            .send(query),
    )
}

/// The samples' store, built once by the real ingest.
fn store() -> &'static PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let store = dir.path().join("store");
            ingest(&store, &[&samples()]);
            (dir, store)
        })
        .1
}

/// A server for a test that needs no special limits: 50 rows at most. One per test, so
/// that each is stopped when its test ends (a static would outlive the test process).
fn server() -> Server {
    Server::start(store(), &["--max-rows", "50"])
}

const EVENTS: &str = "SELECT ?label WHERE { ?e a sem:Event ; rdfs:label ?label } ORDER BY ?label";
const JSON: &str = "application/sparql-results+json";

fn json_rows(body: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(body).unwrap();
    v["results"]["bindings"].as_array().unwrap().clone()
}

#[test]
fn get_form_post_and_direct_post_give_the_same_answer() {
    let server = server();
    let url = server.url("/sparql");
    let by_get = get(&url, EVENTS, JSON);
    let by_form = post_form(&url, "query", EVENTS, JSON);
    let direct = post_direct(&url, "application/sparql-query", EVENTS, JSON);
    for r in [&by_get, &by_form, &direct] {
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.content_type, JSON);
    }
    assert_eq!(by_get.body, by_form.body);
    assert_eq!(by_get.body, direct.body);
    let rows = json_rows(&by_get.body);
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .any(|r| r["label"]["value"] == "accuse" || r["label"]["value"] == "deny"));
    // The root path is an endpoint too.
    assert_eq!(get(&server.url("/"), EVENTS, JSON).body, by_get.body);
}

#[test]
fn select_and_ask_come_in_each_results_format() {
    let server = server();
    let url = server.url("/sparql");
    let q = "SELECT ?label WHERE { ?e a sem:Event ; rdfs:label ?label } ORDER BY ?label LIMIT 3";
    let json = get(&url, q, JSON);
    assert_eq!(json_rows(&json.body).len(), 3);

    let xml = get(&url, q, "application/sparql-results+xml");
    assert_eq!(xml.content_type, "application/sparql-results+xml");
    assert!(xml.body.contains("<sparql") && xml.body.matches("<result>").count() == 3);

    let csv = get(&url, q, "text/csv");
    assert_eq!(csv.content_type, "text/csv");
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len(), 4, "{}", csv.body);
    assert_eq!(lines[0], "label");

    let tsv = get(&url, q, "text/tab-separated-values");
    assert_eq!(tsv.content_type, "text/tab-separated-values");
    let tsv_lines: Vec<&str> = tsv.body.lines().collect();
    assert_eq!(tsv_lines[0], "?label");
    // The same values in every format.
    for (i, row) in json_rows(&json.body).iter().enumerate() {
        let value = row["label"]["value"].as_str().unwrap();
        assert_eq!(lines[i + 1], value);
        assert_eq!(tsv_lines[i + 1], format!("\"{value}\""));
    }

    let ask = get(&url, "ASK { ?e a sem:Event }", JSON);
    let v: serde_json::Value = serde_json::from_str(&ask.body).unwrap();
    assert_eq!(v["boolean"], true);
    let ask_xml = get(
        &url,
        "ASK { ?e a <urn:nothing> }",
        "application/sparql-results+xml",
    );
    assert!(
        ask_xml.body.contains("<boolean>false</boolean>"),
        "{}",
        ask_xml.body
    );

    let refused = get(&url, q, "image/png");
    assert_eq!(refused.status, 406);
    assert!(refused.body.contains("text/csv"), "{}", refused.body);
}

fn parse_rdf(format: RdfFormat, body: &str) -> usize {
    RdfParser::from_format(format)
        .for_reader(body.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format} does not parse: {e}\n{body}"))
        .len()
}

#[test]
fn construct_and_describe_come_in_each_graph_format() {
    let server = server();
    let url = server.url("/sparql");
    let q = "CONSTRUCT { ?a rdfs:label ?l ; ng:entityType ?t } WHERE { ?a a sem:Actor ; \
             rdfs:label ?l ; ng:entityType ?t } ORDER BY ?l LIMIT 10";
    let json_ld = RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    };
    let mut counts = Vec::new();
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/ld+json", json_ld),
        ("application/rdf+xml", RdfFormat::RdfXml),
    ] {
        let r = post_form(&url, "query", q, accept);
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.content_type, accept);
        counts.push(parse_rdf(format, &r.body));
    }
    assert!(counts[0] > 0, "{counts:?}");
    assert!(counts.iter().all(|c| *c == counts[0]), "{counts:?}");

    // What YASGUI asks for a DESCRIBE.
    let actor = "https://w3id.org/newsgraph/id/country/hu";
    let r = get(
        &url,
        &format!("DESCRIBE <{actor}>"),
        "text/turtle,*/*;q=0.9",
    );
    assert_eq!(r.content_type, "text/turtle");
    assert!(parse_rdf(RdfFormat::Turtle, &r.body) > 0, "{}", r.body);
    assert!(r.body.contains("Hungary"), "{}", r.body);
}

#[test]
fn a_bad_query_gets_400_with_the_parsers_message() {
    let server = server();
    let bad = "SELECT ?x WHERE { ?x rdfs:label }";
    let expected = SparqlEvaluator::new()
        .with_prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
        .unwrap()
        .parse_query(bad)
        .err()
        .expect("the query is bad")
        .to_string();
    let url = server.url("/sparql");
    for r in [
        get(&url, bad, JSON),
        post_direct(&url, "application/sparql-query", bad, JSON),
    ] {
        assert_eq!(r.status, 400);
        assert!(r.body.contains(&expected), "{} lacks {expected}", r.body);
    }
    let r = post_form(&url, "nothing", "x", JSON);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("no query parameter"), "{}", r.body);
    let r = post_direct(&url, "text/plain", EVENTS, JSON);
    assert_eq!(r.status, 415, "{}", r.body);
}

#[test]
fn updates_are_refused_and_change_nothing() {
    let server = server();
    let url = server.url("/sparql");
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let before = get(&url, count, "text/csv").body;
    let update = "CLEAR ALL";
    let insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }";
    for r in [
        reply(agent().get(&url).query("update", update).call()),
        post_form(&url, "update", update, JSON),
        post_direct(&url, "application/sparql-update", insert, JSON),
        // An update sent where a query belongs.
        post_direct(&url, "application/sparql-query", insert, JSON),
        get(&url, update, JSON),
    ] {
        assert_eq!(r.status, 403, "{}", r.body);
        assert!(r.body.contains("read-only"), "{}", r.body);
    }
    assert_eq!(get(&url, count, "text/csv").body, before);
}

#[test]
fn service_is_refused_and_no_request_leaves() {
    let server = server();
    // A listener the SERVICE clause points at: nothing may connect to it.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let target = format!("http://{}/sparql", listener.local_addr().unwrap());
    let url = server.url("/sparql");
    for q in [
        format!("SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"),
        format!("SELECT * WHERE {{ ?e a sem:Event OPTIONAL {{ SERVICE SILENT <{target}> {{ ?e ?p ?o }} }} }}"),
    ] {
        let r = get(&url, &q, JSON);
        assert_eq!(r.status, 400, "{}", r.body);
        assert!(r.body.contains("SERVICE") && r.body.contains(&target), "{}", r.body);
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        listener.accept().is_err(),
        "the server connected to the SERVICE address"
    );
}

#[test]
fn the_row_cap_cuts_long_answers_and_says_so() {
    let server = server();
    let url = server.url("/sparql");
    let all = get(&url, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", JSON);
    assert_eq!(all.status, 200);
    assert_eq!(json_rows(&all.body).len(), 50);
    assert_eq!(all.headers.get("x-newsgraph-truncated").unwrap(), "true");
    assert_eq!(all.headers.get("x-newsgraph-max-rows").unwrap(), "50");

    let triples = get(
        &url,
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "application/n-triples",
    );
    assert_eq!(parse_rdf(RdfFormat::NTriples, &triples.body), 50);
    assert!(triples.headers.get("x-newsgraph-truncated").is_some());

    let short = get(&url, &format!("{EVENTS} LIMIT 3"), JSON);
    assert_eq!(json_rows(&short.body).len(), 3);
    assert!(short.headers.get("x-newsgraph-truncated").is_none());
}

#[test]
fn cors_lets_a_browser_page_query() {
    let server = server();
    let url = server.url("/sparql");
    let preflight = reply(
        agent()
            .options(&url)
            .header("Origin", "http://yasgui.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type, accept")
            .call(),
    );
    assert!(
        (200..300).contains(&preflight.status),
        "{}",
        preflight.status
    );
    let h = &preflight.headers;
    assert_eq!(h.get("access-control-allow-origin").unwrap(), "*");
    let methods = h
        .get("access-control-allow-methods")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        methods.contains("POST") && methods.contains("GET"),
        "{methods}"
    );
    assert!(h.get("access-control-allow-headers").is_some());

    let r = reply(
        agent()
            .get(&url)
            .query("query", EVENTS)
            .header("Origin", "http://yasgui.example")
            .call(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.headers.get("access-control-allow-origin").unwrap(), "*");
    let exposed = r.headers.get("access-control-expose-headers").unwrap();
    assert!(exposed.to_str().unwrap().contains("x-newsgraph-truncated"));
}

#[test]
fn health_answers_ok() {
    let server = server();
    let r = reply(agent().get(server.url("/health")).call());
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["status"], "ok");
    assert_eq!(v["read_only"], true);
}

#[test]
fn the_service_description_is_turtle_naming_the_endpoint() {
    let server = server();
    for path in ["/sparql", "/"] {
        let r = reply(agent().get(server.url(path)).call());
        assert_eq!(r.status, 200);
        assert!(
            r.content_type.starts_with("text/turtle"),
            "{}",
            r.content_type
        );
        let triples: Vec<oxigraph::model::Triple> = RdfParser::from_format(RdfFormat::Turtle)
            .for_reader(r.body.as_bytes())
            .map(|q| q.map(Into::into))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("not Turtle: {e}\n{}", r.body));
        let sd = "http://www.w3.org/ns/sparql-service-description#";
        let has = |p: &str, o: &str| {
            triples
                .iter()
                .any(|t| t.predicate.as_str() == format!("{sd}{p}") && t.object.to_string() == o)
        };
        assert!(
            has("endpoint", &format!("<{}>", server.url(path))),
            "{}",
            r.body
        );
        assert!(has("supportedLanguage", &format!("<{sd}SPARQL11Query>")));
        assert!(has(
            "resultFormat",
            "<http://www.w3.org/ns/formats/SPARQL_Results_JSON>"
        ));
    }
}

#[test]
fn a_query_past_its_time_limit_is_stopped() {
    let server = Server::start(store(), &["--timeout", "1s"]);
    let url = server.url("/sparql");
    // Every pair of triples, compared as strings: tens of seconds of work on the samples.
    let expensive =
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STR(?c) < STR(?f)) }";
    let start = Instant::now();
    let r = get(&url, expensive, JSON);
    let took = start.elapsed();
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("time limit"), "{}", r.body);
    assert!(took < Duration::from_secs(10), "answered after {took:?}");
    // The work stops too, not just the wait: the server goes idle.
    std::thread::sleep(Duration::from_millis(1500));
    let cpu = server.cpu_seconds();
    std::thread::sleep(Duration::from_secs(2));
    let busy = server.cpu_seconds() - cpu;
    assert!(
        busy < 0.5,
        "the server used {busy:.2} CPU s after the timeout; stderr: {}",
        server.stderr.lock().unwrap()
    );
    // And it still answers.
    assert_eq!(get(&url, "ASK {}", JSON).status, 200);
}

#[test]
fn a_running_server_sees_articles_ingested_after_it_started() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    ingest(&store, &[&files[0]]);
    let server = Server::start(&store, &["--refresh", "200ms"]);
    let url = server.url("/sparql");
    let articles = "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }";
    let count = || {
        let r = get(&url, articles, JSON);
        json_rows(&r.body)[0]["n"]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(count(), "1");
    // The writer takes the store while the server holds it open.
    ingest(&store, &[&files[1], &files[2]]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while count() != "3" {
        assert!(
            Instant::now() < deadline,
            "the server never saw the new articles"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
