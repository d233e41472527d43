//! "The accord was signed in Quito by the presidents of A, B and C": an agreement signed
//! by several hands binds each signer to the others, so its signers are both its sources
//! and its targets, as when the story says "A, B and C signed an accord".

use crate::doc::Doc;
use crate::events::EventOut;
use crate::roles::View;

/// How far after the verb the agent's "by" may stand ("was signed at the palace in the
/// capital on Monday by ...").
const BY_REACH: usize = 12;

/// Gives each signing (057) told in the passive, whose parse left it without a doer, the
/// actors its "by" names, on both sides. Two or more signers are needed: one alone signs
/// with someone the sentence does not name.
pub(crate) fn mutual(doc: &Doc, views: &[View], events: &mut [EventOut]) {
    for e in events.iter_mut() {
        if e.cameo.as_str() != "057" || !e.sources.is_empty() {
            continue;
        }
        let Some(view) = views.get(e.sent) else {
            continue;
        };
        let end = doc.sents[e.sent].toks.end;
        let verb = e.trigger.start;
        let passive = (verb.saturating_sub(2)..verb)
            .any(|k| matches!(doc.lower(k), "was" | "were" | "been" | "be"));
        let by = (e.trigger.end..end.min(e.trigger.end + BY_REACH))
            .take_while(|&k| doc.lower(k) != ".")
            .find(|&k| doc.lower(k) == "by");
        let (true, Some(by)) = (passive, by) else {
            continue;
        };
        // The agents run from "by" to the end of the clause: a full stop, or a clause of
        // its own after a comma ("..., who is leading a delegation").
        let clause_end = (by + 1..end)
            .find(|&k| {
                doc.lower(k) == "."
                    || doc.lower(k) == ","
                        && matches!(doc.lower(k + 1), "who" | "which" | "where" | "saying")
            })
            .unwrap_or(end);
        let mut signers: Vec<usize> = Vec::new();
        for a in &view.actors {
            if !a.place
                && a.toks.start > by
                && a.toks.end <= clause_end
                && !signers.contains(&a.ent)
            {
                signers.push(a.ent);
            }
        }
        if signers.len() < 2 {
            continue;
        }
        for &x in &e.targets {
            if !signers.contains(&x) {
                signers.push(x);
            }
        }
        e.sources = signers.clone();
        e.targets = signers;
    }
}
