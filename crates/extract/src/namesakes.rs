//! Countries that share a short name. The lexicon reads "Congo" as the Republic of the
//! Congo, the country whose own short name it is; wire copy about Kinshasa, Goma or the
//! Kivus says "Congo" for the Democratic Republic of the Congo. The article settles which.

use crate::doc::Doc;
use crate::names::{Item, Kind};

/// (short name, the country the lexicon reads it as, the namesake news may mean by it).
const SHARED: [(&str, &str, &str); 1] = [("congo", "CG", "CD")];

/// Rereads a bare short name as the namesake when the article shows the namesake (by
/// another of its names, or a city of it) and nothing that only the first country has.
pub(crate) fn settle(doc: &Doc, items: &mut [Vec<Item>]) {
    for (short, read, meant) in SHARED {
        let bare = |it: &Item| {
            let text = doc.slice(&it.toks);
            let text = text
                .strip_prefix("the ")
                .or_else(|| text.strip_prefix("The "))
                .unwrap_or(text);
            text.eq_ignore_ascii_case(short)
        };
        let shows = |iso: &str| {
            items.iter().flatten().any(|it| match &it.kind {
                Kind::Country(c) => c == iso && !bare(it),
                Kind::City(_) => doc
                    .lex
                    .city(doc.slice(&it.toks))
                    .is_some_and(|c| c.country == iso),
                _ => false,
            })
        };
        if !shows(meant) || shows(read) {
            continue;
        }
        for it in items.iter_mut().flatten() {
            let mine = matches!(&it.kind, Kind::Country(c) if c == read);
            if mine && bare(it) {
                it.kind = Kind::Country(meant.to_string());
            }
        }
    }
}
