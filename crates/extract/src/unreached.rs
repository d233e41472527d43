//! Agreements the story says were not reached: "the talks did not produce an agreement",
//! "the two sides failed to agree", "no deal was reached". The sentence names the parties
//! only by a word for the meeting or for them, so they are the parties of the agreement the
//! story reported before; without one, no event (a guess at the parties would be wrong).

use newsgraph_model::Polarity;

use crate::doc::Doc;
use crate::events::EventOut;

/// What the talks would have produced: "did not reach an agreement", "failed to sign a deal".
const ACCORDS: [&str; 6] = [
    "agreement",
    "agreements",
    "deal",
    "accord",
    "treaty",
    "deals",
];

/// What the talks would have settled: "did not settle a dispute over border checks".
const QUARRELS: [&str; 4] = ["dispute", "disagreement", "differences", "row"];

/// Adds a negated agreement (057) for each sentence after the first agreement that says its
/// parties, or their talks, did not agree.
pub(crate) fn add(doc: &Doc, events: &mut Vec<EventOut>) {
    let mut found = Vec::new();
    for s in 0..doc.sents.len() {
        let Some(trigger) = unreached_at(doc, s) else {
            continue;
        };
        if events
            .iter()
            .any(|e| e.sent == s && e.trigger.contains(&trigger.start))
        {
            continue;
        }
        let before = (events.iter()).rfind(|e| {
            e.sent < s
                && e.cameo.as_str() == "057"
                && e.polarity == Polarity::Asserted
                && e.sources.len() >= 2
        });
        if let Some(agreed) = before {
            found.push(EventOut {
                trigger: trigger.clone(),
                sent: s,
                places: Vec::new(),
                polarity: Polarity::Negated,
                attribution: None,
                passive: false,
                reporting: false,
                ..agreed.clone()
            });
        }
    }
    events.extend(found);
}

/// The verb of sentence `s` if it opens on the parties or their talks and says they did not
/// agree, or says no agreement was reached.
fn unreached_at(doc: &Doc, s: usize) -> Option<std::ops::Range<usize>> {
    let r = doc.sents[s].toks.clone();
    let w = |k: usize| if k < r.end { doc.lower(k) } else { "" };
    let k = r.start;
    // "No agreement was reached", "no deal was reached".
    if w(k) == "no" && ACCORDS.contains(&w(k + 1)) && w(k + 2) == "was" && w(k + 3) == "reached" {
        return Some(k + 3..k + 4);
    }
    let subject = match (w(k), w(k + 1), w(k + 2)) {
        ("the", "talks" | "leaders", _) => 2,
        ("the" | "both", "two", "sides" | "governments" | "leaders" | "countries") => 3,
        ("both", "sides" | "governments" | "leaders", _) => 2,
        _ => return None,
    };
    let v = k + subject;
    let not = matches!(
        (w(v), w(v + 1)),
        ("did" | "could" | "had", "not") | ("failed", "to")
    );
    if !not {
        return None;
    }
    let verb = v + 2;
    let within = |words: &[&str]| (verb + 1..verb + 5).any(|j| words.contains(&w(j)));
    let unreached = match w(verb) {
        "agree" => true,
        "reach" | "produce" | "sign" | "strike" | "yield" => within(&ACCORDS),
        "settle" | "resolve" => within(&QUARRELS),
        _ => false,
    };
    unreached.then_some(verb..verb + 1)
}
