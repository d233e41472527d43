//! Finds what each sentence names: lexicon entries (countries, demonyms, cities, known
//! people and organisations, titles, contact lines, "the parties") and the capitalised names
//! the lexicon does not know, with the local evidence that will type them.

use std::ops::Range;
use std::sync::OnceLock;

use newsgraph_lexicon::{ActorType, Cue};
use newsgraph_model::RelationType;
use newsgraph_nlp::ner::NameKind;
use rustc_hash::FxHashSet;

use crate::doc::Doc;
use crate::membership::SETTLEMENTS;
use crate::party_words;
use crate::text::{is_all_caps, is_capitalised, TokKind};

/// Small words allowed inside a multi-word name ("Ministry of Defence", "Osama bin Laden").
const NAME_PARTICLES: [&str; 19] = [
    "de", "da", "di", "van", "von", "bin", "ibn", "al", "el", "le", "la", "du", "dos", "del",
    "der", "do", "das", "della", "es",
];

/// Local evidence about an unknown capitalised name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Evidence {
    pub after_place_prep: bool,
    pub after_title: bool,
    pub first_name: bool,
    pub org_word: bool,
    pub acronym: bool,
    pub polity: bool,
    pub region_next: bool,
    /// A facility noun ends the name or follows it ("Halden Dam", "Varna bridge").
    pub facility: bool,
    /// A gazetteer city's name goes on with a particle ("San José de Mayo"): another
    /// settlement named for it.
    pub settlement: bool,
    pub speech_next: bool,
    /// An apposition with a title follows ("X, the foreign minister").
    pub title_after: bool,
    /// An acronym in brackets follows it: a body's name.
    pub body_context: bool,
    /// It follows "<title> of": an office's field, whatever the name tagger says.
    pub office_field: bool,
    pub words: usize,
    /// What the trained name tagger calls exactly this span, if anything.
    pub ner: Option<NameKind>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Country(String),
    /// A demonym used as an adjective ("Russian officials").
    Demonym(String),
    /// A plural demonym used as a noun ("Peruvians").
    Nationals(String),
    City(u32),
    Known {
        canonical: String,
        actor_type: ActorType,
        country: Option<String>,
    },
    Title {
        relation: RelationType,
        plural: bool,
        phrase: String,
    },
    /// An unknown capitalised name.
    Name(Evidence),
    /// "the parties", "both sides".
    RecipGroup,
    Line,
    /// he / she.
    Pronoun,
    /// "Dubai-based", "Qatar-headquartered": a city or country written as the first part of a
    /// hyphenated word; `start..end` are its bytes.
    Based {
        start: usize,
        end: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub toks: Range<usize>,
    pub sent: usize,
    pub kind: Kind,
}

fn connector(w: &str) -> bool {
    matches!(w, "of" | "the" | "and" | "for" | "on") || NAME_PARTICLES.contains(&w)
}

/// Every item of sentence `s`, in text order, not overlapping.
pub(crate) fn tag(doc: &Doc, s: usize) -> Vec<Item> {
    let range = doc.sents[s].toks.clone();
    let mut items: Vec<Item> = Vec::new();
    let mut i = range.start;
    let sentence_start = |i: usize| {
        let mut j = i;
        while j > range.start
            && matches!(
                doc.word(j - 1),
                "\"" | "\u{201C}" | "«" | "(" | "\u{2018}" | "'"
            )
        {
            j -= 1;
        }
        j == range.start
    };
    // Where a name starts right after a rank ("Colonel", "Lieutenant Colonel").
    let mut ranked: Vec<usize> = Vec::new();
    while i < range.end {
        if !doc.is_word(i) {
            i += 1;
            continue;
        }
        // "spokesman Colonel Mamadou Camara": a rank is the holder's, neither a name nor
        // a part of one; a title just before it reaches over it to the name.
        if let Some(n) = rank_before_name(doc, i, range.clone()) {
            let titled = items
                .last()
                .is_some_and(|p| p.toks.end == i && matches!(p.kind, Kind::Title { .. }));
            if let Some(prev) = items.last_mut().filter(|_| titled) {
                prev.toks.end = i + n;
            } else if doc.word(i) == "Justice" {
                // "Justice X" holds the office "Judge X" does.
                items.push(Item {
                    toks: i..i + n,
                    sent: s,
                    kind: Kind::Title {
                        relation: RelationType::OfficialOf,
                        plural: false,
                        phrase: "judge".to_string(),
                    },
                });
            }
            ranked.push(i + n);
            i += n;
            continue;
        }
        if let Some(n) = storm_name_len(doc, i, range.end) {
            i += n;
            continue;
        }
        // "Sofia Lacerda", "Camila Fuentes": a person's name the tagger sees, though its
        // first word is also a city's.
        if let Some((mut end, NameKind::Person)) = doc.ner_at(i, range.end) {
            // "Abdel Fattah al-Burhan": the tagger may stop before the article.
            while end < range.end && end < i + 4 && article_prefixed(doc.word(end)) {
                end += 1;
            }
            // "Education Minister Hedi Ben Salem": after a title, a city's name run on
            // into the holder's is the surname.
            let after_title = items
                .last()
                .is_some_and(|p| p.toks.end == i && matches!(p.kind, Kind::Title { .. }));
            // A word no list knows that ends the run is the surname where the tagger
            // stopped short ("Júlio Mendes Cabral").
            let last_word = bare_name_word(doc, end, range.end)
                && !(end + 1 < range.end
                    && doc.is_word(end + 1)
                    && is_capitalised(doc.word(end + 1)));
            if end < i + 4 && (after_title && city_surname(doc, end, range.end) || last_word) {
                end += 1;
            }
            let single_city = matches!(
                lexicon_match(doc, i, range.end, sentence_start(i)),
                Some((1, Kind::City(_))) | None
            );
            let capitalised = (i..end)
                .all(|k| is_capitalised(doc.word(k)) || k > i && article_prefixed(doc.word(k)));
            // "Norchem Lines", "Baltic Holdings": a company the tagger takes for a person.
            // "Thomas Shoal", "Marcus Bridge": a place or a site, whatever the first word.
            // "mining company Okavango Diamonds": a company noun before the name.
            let company = i > range.start && COMPANY_NOUNS.contains(&doc.word(i - 1));
            // "Cusco Mayor Elsa Quispe": a title inside the span is the holder's, not a
            // part of the name (a last word such as "King" may be a surname).
            let titled = (i..end - 1).any(|k| doc.title(k).is_some());
            // "Habib Bourguiba Avenue", "Lumbini Province": a street or a unit named after
            // the name.
            let place_after = end < range.end
                && is_capitalised(doc.word(end))
                && (doc.is_cue(end, Cue::Facility) || doc.is_cue(end, Cue::Region));
            let body = company
                || titled
                || place_after
                || (i..end).any(|k| doc.is_cue(k, Cue::Org) || corporate_coinage(doc.lower(k)))
                || doc.is_cue(end - 1, Cue::Feature)
                || doc.is_cue(end - 1, Cue::Facility)
                || doc.is_cue(end - 1, Cue::Region);
            // "the Takku Wallu coalition", "the opposition coalition Takku Wallu", "Srpska
            // Lista, the largest party of ...": a party's word next to the name or heading
            // its apposition; people are not parties. The name alone stays the key, so that
            // its bare mentions elsewhere are the same body.
            // "a trading firm, Norvel Dansk, which", "the broadcaster Radio Kivu", "Norvel
            // Dansk, a Baltic shipping company,": a body's noun next to the name or heading
            // its apposition outweighs the tagger's reading of its words as a person's.
            let described = body_before(doc, i, end, range.clone())
                || plural_body_before(doc, i, end, range.clone())
                || body_head_before(doc, i, range.start)
                || (i > range.start && body_noun_before(doc, i, end, range.end))
                || described_apposition(doc, end, range.end);
            let party = end < range.end && party_words::BASE.contains(&doc.word(end))
                || i > range.start && BODY_NOUNS.contains(&doc.word(i - 1))
                || org_apposition(doc, end, range.end)
                || described;
            if end >= i + 2
                && end <= i + 4
                && single_city
                && capitalised
                && !body
                && !after_unit_of(doc, i, range.start)
                && !somewhere(doc, i, end, range.clone())
                && !body_context(doc, i, end, range.clone())
            {
                items.push(Item {
                    toks: i..end,
                    sent: s,
                    kind: Kind::Name(Evidence {
                        first_name: !party,
                        org_word: party,
                        words: end - i,
                        ner: Some(NameKind::Person),
                        ..Evidence::default()
                    }),
                });
                i = end;
                continue;
            }
        }
        // "Dubai-based", "Kenyan-born": an adjective, not a name; its first part may be a
        // place.
        // "Costa Rica-based", "Hong Kong-based": a two-word place before the participle.
        if i + 1 < range.end && is_capitalised(doc.word(i)) {
            if let Some(Some(based)) = hyphen_compound(doc, s, i, i + 1) {
                items.push(based);
                i += 2;
                continue;
            }
        }
        if let Some(based) = hyphen_compound(doc, s, i, i) {
            items.extend(based);
            i += 1;
            continue;
        }
        // "President Duma Boko": a city's name between a title and a name is the holder's.
        let titled = items.last().is_some_and(|p| {
            p.toks.end == i && matches!(p.kind, Kind::Title { plural: false, .. })
        });
        let matched = lexicon_match(doc, i, range.end, sentence_start(i))
            .filter(|(len, kind)| !first_name_then_name(doc, i, *len, kind, range.end, titled))
            // "General Secondary Education Union": a capitalised title word opening a
            // body's name is a word of the name.
            .filter(|(len, kind)| {
                !(matches!(kind, Kind::Title { .. })
                    && *len == 1
                    && is_capitalised(doc.word(i))
                    && opens_body_name(doc, i + 1, range.end))
            });
        // "Lao officials": a country's name that is also its adjective, before a common
        // noun, is the adjective ("Cambodian and Lao troops" stay the two countries', and
        // "the Lao army" names the country whose force it is, as the description step reads).
        // Asked only of a one-word country: it looks a word up.
        let keeps_country = || {
            i >= range.start + 2
                && doc.lower(i - 1) == "and"
                && doc.lex.demonym(doc.lower(i - 2)).is_some()
                || crate::descriptions::BODIES.contains(&doc.lower(i + 1))
        };
        let matched = match matched {
            Some((1, Kind::Country(iso)))
                if doc.lex.demonym(doc.lower(i)).is_some()
                    && !keeps_country()
                    && i + 1 < range.end
                    && doc.is_word(i + 1)
                    && doc.word(i + 1).starts_with(char::is_lowercase) =>
            {
                Some((1, Kind::Demonym(iso)))
            }
            m => m,
        };
        if let Some((1, Kind::Demonym(_))) = &matched {
            if let Some(len) = institution_after_demonym(doc, i, range.end) {
                items.push(Item {
                    toks: i..i + len,
                    sent: s,
                    kind: Kind::Name(Evidence {
                        org_word: true,
                        words: len,
                        ..Evidence::default()
                    }),
                });
                i += len;
                continue;
            }
        }
        if let Some((len, kind)) = matched {
            if let Some((n, ev)) = longer_name_after(doc, i, len, &kind, range.clone()) {
                items.push(Item {
                    toks: i..i + len + n,
                    sent: s,
                    kind: Kind::Name(ev),
                });
                i += len + n;
                continue;
            }
            // "Indian Ocean", "Korean peninsula": a country's name or adjective opening the
            // name of a region.
            let countryish = matches!(kind, Kind::Country(_) | Kind::Demonym(_));
            let lower_ok = matches!(kind, Kind::Demonym(_));
            if let Some(n) = feature_after(doc, i + len, range.end, lower_ok).filter(|_| countryish)
            {
                items.push(Item {
                    toks: i..i + len + n,
                    sent: s,
                    kind: Kind::Name(Evidence {
                        region_next: true,
                        words: len + n,
                        ..Evidence::default()
                    }),
                });
                i += len + n;
                continue;
            }
            // "Mosul Dam", "the Torkham crossing": a site named for the city beside it.
            let site = matches!(kind, Kind::City(_))
                && i + len < range.end
                && doc.is_cue(i + len, Cue::Facility)
                && !AFTER_FEATURE.contains(&doc.lower(i + len + 1));
            if site {
                items.push(Item {
                    toks: i..i + len + 1,
                    sent: s,
                    kind: Kind::Name(Evidence {
                        facility: true,
                        words: len + 1,
                        ..Evidence::default()
                    }),
                });
                i += len + 1;
                continue;
            }
            // "Minister of State Khalid Al-Mansouri": the office's field belongs to the title.
            let field = match &kind {
                Kind::Title { plural: false, .. } if is_capitalised(doc.word(i)) => {
                    title_field(doc, i + len, range.end)
                }
                Kind::Title { plural: false, .. } => lower_title_field(doc, i + len, range.end),
                _ => None,
            }
            .unwrap_or(0);
            items.push(Item {
                toks: i..i + len + field,
                sent: s,
                kind,
            });
            i += len + field;
            continue;
        }
        // "Deputy Interior Minister X", "the acting police chief", "Assistant Governor X": a
        // rank before an office the title list knows; a deputy holds office without leading.
        if let Some((
            len,
            Kind::Title {
                relation,
                plural,
                phrase,
            },
        )) = matches!(
            doc.lower(i),
            "deputy" | "assistant" | "acting" | "interim" | "vice"
        )
        .then(|| lexicon_match(doc, i + 1, range.end, false))
        .flatten()
        {
            let deputy = matches!(doc.lower(i), "deputy" | "assistant" | "vice");
            let relation = match relation {
                RelationType::LeaderOf if deputy => RelationType::OfficialOf,
                r => r,
            };
            items.push(Item {
                toks: i..i + 1 + len,
                sent: s,
                kind: Kind::Title {
                    relation,
                    plural,
                    phrase,
                },
            });
            i += 1 + len;
            continue;
        }
        let w = doc.word(i);
        if matches!(w, "he" | "she" | "He" | "She") {
            items.push(Item {
                toks: i..i + 1,
                sent: s,
                kind: Kind::Pronoun,
            });
            i += 1;
            continue;
        }
        if is_capitalised(w) {
            if let Some(mut item) =
                unknown_name(doc, s, i, range.clone(), sentence_start(i), &items)
            {
                // "Chilean Defence Ministry": the country is part of an institution's name.
                let org = matches!(&item.kind, Kind::Name(ev) if ev.org_word);
                let country_before = items.last().is_some_and(|p| {
                    p.toks.end == item.toks.start
                        && matches!(p.kind, Kind::Demonym(_) | Kind::Country(_))
                });
                if org && country_before {
                    if let (Some(prev), Kind::Name(ev)) = (items.pop(), &mut item.kind) {
                        ev.words += prev.toks.len();
                        item.toks.start = prev.toks.start;
                    }
                }
                i = item.toks.end;
                items.push(item);
                continue;
            }
        }
        i += 1;
    }
    for it in &mut items {
        if let Kind::Name(ev) = &mut it.kind {
            if ranked.contains(&it.toks.start) {
                ev.after_title = true;
            }
        }
    }
    let mut k = 0;
    while k < items.len() {
        let Some(end) = initial_end(doc, &items[k], range.end) else {
            k += 1;
            continue;
        };
        items[k].toks.end = end;
        // A surname taken in after the initial is no name of its own.
        let first = k + 1;
        let covered = items[first..]
            .iter()
            .take_while(|it| it.toks.start < end)
            .count();
        items.drain(first..first + covered);
        k += 1;
    }
    items
}

/// Where a name ending in a lone initial really ends: "Viktor K." and "Ferdinand Marcos
/// Jr." keep the full stop the tokens split off, and "Ahsan H. Mansur" goes on to the
/// surname after it.
fn initial_end(doc: &Doc, it: &Item, limit: usize) -> Option<usize> {
    if !matches!(it.kind, Kind::Name(_)) || it.toks.len() < 2 {
        return None;
    }
    let last = it.toks.end - 1;
    let stop = it.toks.end;
    let mut letters = doc.word(last).chars();
    let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
        || matches!(doc.word(last), "Jr" | "Sr");
    let touching = stop < limit
        && doc.word(stop) == "."
        && doc.toks.get(stop).map(|t| t.start) == doc.toks.get(last).map(|t| t.end);
    (initial && touching).then_some(())?;
    Some(
        (stop + 1..limit)
            .take_while(|&k| k < stop + 3 && bare_name_word(doc, k, limit))
            .last()
            .map_or(stop + 1, |k| k + 1),
    )
}

/// The length of a storm's name at `i` ("Cyclone Freddy", "Hurricane Elsa"): a storm is
/// neither an actor nor a place, so its name is passed over, not typed as a person.
fn storm_name_len(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    let storm = matches!(doc.word(i), "Cyclone" | "Hurricane" | "Typhoon" | "Storm");
    let named = i + 1 < limit
        && doc.is_word(i + 1)
        && is_capitalised(doc.word(i + 1))
        && !doc.is_cue(i + 1, Cue::NotName);
    (storm && named).then_some(2)
}

/// Military, police and religious ranks written before a name ("Colonel", "Brigadier
/// General", "Sheikh"): the titles list keeps the offices, these only stand before names.
pub(crate) const RANKS: [&str; 13] = [
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "brigadier",
    "admiral",
    "sergeant",
    "corporal",
    "superintendent",
    "inspector",
    "sheikh",
    "marshal",
    "commodore",
];

/// Whether token `k` is a rank written before a name ("Major", "Lieutenant", and the
/// "General" of "Major General"), which no item covers.
pub(crate) fn rank_word(doc: &Doc, k: usize) -> bool {
    is_rank(doc, k) || doc.is_word(k) && is_capitalised(doc.word(k)) && doc.lower(k) == "general"
}

/// Whether token `k` is a capitalised word of [`RANKS`].
fn is_rank(doc: &Doc, k: usize) -> bool {
    doc.is_word(k) && is_capitalised(doc.word(k)) && RANKS.contains(&doc.lower(k))
}

/// The number of rank words at `i` when a person's name follows them: a first name, or
/// two capitalised words ("Colonel Assimi Goita").
fn rank_before_name(doc: &Doc, i: usize, range: Range<usize>) -> Option<usize> {
    let rank = |k: usize| k < range.end && is_rank(doc, k);
    // "Justice X" (not "the Court of Justice"): a judge's honorific.
    let justice = doc.word(i) == "Justice" && (i == range.start || doc.lower(i - 1) != "of");
    // "army spokesman General X", "the army chief, General X": "General" alone is a rank
    // after a title written in lower case (a title's own "General" is capitalised with it:
    // "Director General").
    let general = doc.word(i) == "General"
        && i > range.start
        && (doc.word(i - 1) == "," && i > range.start + 1 || doc.title(i - 1).is_some())
        && {
            let t = if doc.word(i - 1) == "," { i - 2 } else { i - 1 };
            doc.word(t).starts_with(char::is_lowercase) && doc.title(t).is_some()
        };
    // "Major cities": at a sentence's start the word is an adjective.
    if !(rank(i) || justice || general) || (i == range.start && doc.lower(i) == "major") {
        return None;
    }
    let mut j = i + 1;
    // "Lieutenant Colonel", "Major General".
    while j < range.end && rank_word(doc, j) {
        j += 1;
    }
    let name_word = |k: usize| {
        k < range.end
            && doc.is_word(k)
            && is_capitalised(doc.word(k))
            && !doc.is_cue(k, Cue::NotName)
            && doc.title(k).is_none()
    };
    let person = name_word(j)
        && !matches!(
            lexicon_match(doc, j, range.end, false),
            Some((
                _,
                Kind::Country(_)
                    | Kind::Demonym(_)
                    | Kind::Known {
                        actor_type: ActorType::Organisation,
                        ..
                    }
            ))
        )
        && (doc.lex.is_first_name(doc.lower(j)) || name_word(j + 1));
    person.then_some(j - i)
}

/// The tokens a capitalised title gains when "of" or "for" and the capitalised words of its
/// field follow it up to the holder's first name ("Minister [of State] Khalid Al-Mansouri",
/// "Minister [of Territorial Administration] Joseph Ngando"). A field word a list knows (a
/// country, a city) stays a name of its own: "President of France X" leads France.
fn title_field(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    if j + 2 >= limit || !matches!(doc.lower(j), "of" | "for") {
        return None;
    }
    let mut k = j + 1;
    // "Minister of State for Foreign Affairs": a field may go on with a connector.
    let word_at = |k: usize| {
        bare_name_word(doc, k, limit)
            || k > j + 1
                && matches!(doc.lower(k), "for" | "of" | "and")
                && bare_name_word(doc, k + 1, limit)
    };
    while k < limit.min(j + 8) && word_at(k) {
        let first_name = doc.lex.is_first_name(doc.lower(k))
            && k + 1 < limit
            && doc.is_word(k + 1)
            && is_capitalised(doc.word(k + 1));
        let tagged = matches!(doc.ner_at(k, limit), Some((e, NameKind::Person)) if e > k + 1);
        // "Adel al-Mutairi": a surname with an article.
        let article = k + 1 < limit && doc.is_word(k + 1) && article_prefixed(doc.word(k + 1));
        if k > j + 1 && (first_name || tagged || article) {
            return Some(k - j);
        }
        k += 1;
    }
    None
}

/// "the minister for overseas territories, X": the lower-case field of a lower-case title,
/// when the name follows the comma right after it, belongs to the title, so the title
/// still stands in apposition to the name. Only "for": "the minister of X" may name the
/// body the office is held in.
fn lower_title_field(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    if j + 3 >= limit || doc.lower(j) != "for" {
        return None;
    }
    // Not "a spokesman for his ministry, X": a body after "for" is what the office is
    // held in, which the title must leave for its owner.
    let lower = |k: usize| {
        doc.is_word(k)
            && doc.word(k).chars().all(char::is_alphabetic)
            && doc.word(k).starts_with(char::is_lowercase)
            && !doc.is_cue(k, Cue::Org)
            && !matches!(
                doc.lower(k),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
            )
    };
    let end = (j + 1..limit.min(j + 7)).find(|&k| !lower(k))?;
    let named = end > j + 1
        && doc.word(end) == ","
        && end + 1 < limit
        && doc.is_word(end + 1)
        && is_capitalised(doc.word(end + 1));
    named.then_some(end - j)
}

/// Lower-case nouns of a place that, with "of", make the name after them a place ("the port
/// of Vung Ang", "parts of North Kivu", "the Tawang sector of Arunachal Pradesh").
const PLACE_OF: [&str; 21] = [
    "town",
    "city",
    "village",
    "port",
    "island",
    "islands",
    "sector",
    "area",
    "areas",
    "part",
    "parts",
    "outskirts",
    "suburbs",
    "capital",
    "north",
    "south",
    "east",
    "west",
    "coast",
    "shores",
    "regions",
];

/// Compass words that open a region's name, never a person's ("North Kivu", "Upper Nile").
const COMPASS_OPENERS: [&str; 10] = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
    "lower",
];

/// Whether the ordinal or count at `i` opens a body's name inside a sentence ("talks with
/// First Harbour Holdings", "a member of the Three Rivers Alliance"): at the sentence's
/// start it is an adverb or a count ("First, ...", "Three Army officers ...").
fn ordinal_opening_body(doc: &Doc, i: usize, initial: bool, limit: usize) -> bool {
    !initial
        && matches!(
            doc.lower(i),
            "first" | "second" | "third" | "two" | "three" | "four" | "five"
        )
        && (i + 1..limit.min(i + 4))
            .take_while(|&k| doc.is_word(k) && is_capitalised(doc.word(k)))
            .any(|k| doc.is_cue(k, Cue::Org))
}

/// Words that open a mountain's name ("Mount Kenya").
const MOUNTS: [&str; 3] = ["mount", "mt", "mt."];

/// Whether `p`, the first token of a name (or of "the" before it), follows a place
/// preposition or "<place noun> of": a place's slot, whatever the name's words look like.
fn place_slot(doc: &Doc, p: usize, first: usize) -> bool {
    let prep = p > first && doc.is_word(p - 1) && doc.is_cue(p - 1, Cue::PlacePrep);
    prep || of_place(doc, p, first)
}

/// Whether `p` follows "<place noun> of" ("the town of", "parts of").
fn of_place(doc: &Doc, p: usize, first: usize) -> bool {
    p >= first + 2
        && doc.lower(p - 1) == "of"
        && (PLACE_OF.contains(&doc.lower(p - 2)) || UNIT_WORDS.contains(&doc.lower(p - 2)))
}

/// Whether the words around the name at `i..end` say it is somewhere, so that the name
/// tagger's reading of it as a person's does not hold: a place's slot before it, a compass
/// word opening it, or a geographic or facility word after it ("the Khor Abdullah
/// waterway"). A first name the lexicon knows keeps the person ("pointed at Ana Lind").
fn somewhere(doc: &Doc, i: usize, end: usize, range: Range<usize>) -> bool {
    if joined_to_city(doc, i, end, range.clone()) || MOUNTS.contains(&doc.lower(i)) {
        return true;
    }
    // "Kouri Bougoudi, a gold-mining town in ...": the apposition says what the name is,
    // and people are not towns.
    if apposition_head(doc, end, range.end, |w| SETTLEMENTS.contains(&w)).is_some() {
        return true;
    }
    if doc.lex.is_first_name(doc.lower(i)) || doc.is_s_mark(end) {
        return false;
    }
    let p = article_start(doc, i, range.start);
    let after = end < range.end
        && doc.is_word(end)
        && (doc.is_cue(end, Cue::Feature)
            || doc.is_cue(end, Cue::Facility)
            || doc.is_cue(end, Cue::Region));
    place_slot(doc, p, range.start) || COMPASS_OPENERS.contains(&doc.lower(i)) || after
}

/// The first of the articles ("the", "a", "an") right before token `i`, or `i` itself: where
/// a name's phrase starts, whose slot the word before says.
fn article_start(doc: &Doc, i: usize, first: usize) -> usize {
    let mut p = i;
    while p > first && matches!(doc.lower(p - 1), "the" | "a" | "an") {
        p -= 1;
    }
    p
}

/// Whether the name at `i..end` is joined by "and" to a city the gazetteer knows ("Oruro
/// and El Alto", "El Alto and Oruro"): a list of towns holds towns.
fn joined_to_city(doc: &Doc, i: usize, end: usize, range: Range<usize>) -> bool {
    let city = |k: usize, len_to: Option<usize>| {
        doc.is_word(k)
            && matches!(
                lexicon_match(doc, k, range.end, false),
                Some((n, Kind::City(_))) if len_to.is_none_or(|e| k + n == e)
            )
    };
    // The city stands alone, not inside a longer name ("Banque Misr and ...").
    let loose = |k: usize| k >= range.end || !doc.is_word(k) || !is_capitalised(doc.word(k));
    let after = end + 1 < range.end
        && doc.lower(end) == "and"
        && city(end + 1, None)
        && matches!(lexicon_match(doc, end + 1, range.end, false), Some((n, _)) if loose(end + 1 + n));
    let before = i >= range.start + 2
        && doc.lower(i - 1) == "and"
        && (1..=3).filter(|n| i >= range.start + 1 + n).any(|n| {
            city(i - 1 - n, Some(i - 1)) && (i - 1 - n == range.start || loose(i - 2 - n))
        });
    after || before
}

/// Whether the name at `i..end` is no person's: it names the field of an office ("the
/// Director of Public Prosecutions"), or an acronym in brackets follows it ("Chama Cha
/// Mapinduzi (CCM)": people are not given acronyms).
fn body_context(doc: &Doc, i: usize, end: usize, range: Range<usize>) -> bool {
    office_field(doc, i, range.start)
        || acronym_in_brackets(doc, end, range.end)
        || heads_named(doc, end, range.end)
}

/// Whether the name at `i` follows "<title> of" or "<title> for": the office's field, not
/// its holder.
fn office_field(doc: &Doc, i: usize, first: usize) -> bool {
    i >= first + 2 && matches!(doc.lower(i - 1), "of" | "for") && doc.title(i - 2).is_some()
}

/// The end of a run of capitalised words and connectors from `j` (at most ten tokens) that
/// an acronym in brackets follows.
fn run_to_acronym(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let end = (j..limit.min(j + 10))
        .take_while(|&k| doc.is_word(k) && (is_capitalised(doc.word(k)) || connector(doc.word(k))))
        .last()?
        + 1;
    (is_capitalised(doc.word(end - 1)) && acronym_in_brackets(doc, end, limit)).then_some(end)
}

/// Whether an apposition after the name ending at `end` calls it a body: ", a/an/the" and
/// at most five words ending on a body's or a company's noun, with no "of" between ("X, a
/// Cairo-based rights group,"; not "X, a member of the group").
fn body_apposition(doc: &Doc, end: usize, limit: usize) -> bool {
    body_apposition_head(doc, end, limit).is_some()
}

/// The head noun of the apposition [`body_apposition`] finds ("group" in "X, a Cairo-based
/// rights group,").
pub(crate) fn body_apposition_head(doc: &Doc, end: usize, limit: usize) -> Option<usize> {
    apposition_head(doc, end, limit, body_head)
}

/// The head noun, as `head` knows it, of an apposition after the name ending at `end`:
/// ", a/an/the" or an owner's possessive, and at most five words, with no "of" between.
fn apposition_head(doc: &Doc, end: usize, limit: usize, head: fn(&str) -> bool) -> Option<usize> {
    if end + 2 >= limit || doc.word(end) != "," {
        return None;
    }
    // "X, Norland's grid operator": an owner's possessive opens the apposition as an
    // article would.
    let from = if matches!(doc.lower(end + 1), "a" | "an" | "the") {
        end + 2
    } else if is_capitalised(doc.word(end + 1)) && doc.is_s_mark(end + 2) {
        end + 3
    } else {
        return None;
    };
    for k in from..limit.min(from + 5) {
        let w = doc.lower(k);
        if !doc.is_word(k) || w == "of" {
            return None;
        }
        // "the trade bloc to which", "the joint venture between": a preposition closes the
        // head as a clause would.
        let closes = k + 1 >= limit
            || !doc.is_word(k + 1)
            || matches!(
                doc.lower(k + 1),
                "that" | "which" | "whose" | "to" | "between" | "in" | "with" | "of" | "for"
            );
        if head(w) && closes {
            return Some(k);
        }
    }
    None
}

/// Lower-case nouns that head an apposition calling a name a body ("X, the trade bloc",
/// "its national airline, X"), beyond the body and company nouns.
fn body_head(w: &str) -> bool {
    BODY_NOUNS.contains(&w)
        || COMPANY_NOUNS.contains(&w)
        || BODY_DESCRIPTORS.contains(&w)
        || matches!(
            w,
            "group"
                | "organisation"
                | "organization"
                | "bloc"
                | "broadcaster"
                | "airline"
                | "venture"
                | "contractor"
                | "supplier"
                | "brokerage"
                | "developer"
                | "institute"
        )
}

/// Whether a lower-case noun [`body_head`] knows stands right before token `i`, within the
/// run that opens at `first` ("the broadcaster X", "the charity X Ireland").
fn body_head_before(doc: &Doc, i: usize, first: usize) -> bool {
    i > first && doc.word(i - 1).starts_with(char::is_lowercase) && body_head(doc.lower(i - 1))
}

/// Lower-case nouns that call only a body, never a person or a place, whether before its
/// name or heading an apposition ("the watchdog X", "X, the umbrella body for farm unions",
/// "X, the island's parliament").
const BODY_DESCRIPTORS: [&str; 12] = [
    "agency",
    "body",
    "chapter",
    "charity",
    "corporation",
    "daily",
    "legislature",
    "network",
    "newspaper",
    "parliament",
    "regulator",
    "watchdog",
];

/// Whether the lower-case word right before the capitalised name at `start..end` makes it
/// a body's: a company's or a party's noun, or any noun [`body_head`] knows, or one that
/// calls a body only before its name ("radio station X", "the exchange X", "the statistics
/// service X"; "X, the sharpest exchange between" is no body). Past the company and party
/// nouns, the name must end there: "the group Y's Action for Z" holds a longer name the
/// steps split, and its first word alone is no body.
fn body_noun_before(doc: &Doc, start: usize, end: usize, limit: usize) -> bool {
    let w = doc.lower(start - 1);
    if !doc.word(start - 1).starts_with(char::is_lowercase) {
        return false;
    }
    if COMPANY_NOUNS.contains(&w) || BODY_NOUNS.contains(&w) {
        return true;
    }
    let descriptor = body_head(w) || matches!(w, "station" | "exchange" | "service");
    let ends = end >= limit
        || !doc.is_word(end)
        || !(matches!(doc.lower(end), "for" | "of" | "'s")
            || is_capitalised(doc.word(end))
            || doc.lower(end) == "and" && end + 1 < limit && is_capitalised(doc.word(end + 1)));
    descriptor && ends
}

/// Whether the words before the name at `start..end` call it a body, where a place or a
/// person would be named otherwise: a body's noun and a comma before a name the sentence
/// closes or sets off ("its national airline, X.", "the main opposition group, X, which"),
/// an owner's participle ("the state-owned X") or a holding in it ("a stake in X", which a
/// place reading of "in" would make somewhere).
fn body_before(doc: &Doc, start: usize, end: usize, range: Range<usize>) -> bool {
    if start <= range.start {
        return false;
    }
    let prev = doc.lower(start - 1);
    let set_off = end >= range.end || matches!(doc.word(end), "," | "." | ";");
    // "the speaker of parliament, X", "a spokesman for the agency, X": a holder named
    // after the body whose office the words before give is a person ("the offices of the
    // contractor, X" name no office, and X is the contractor).
    let of_body = |k: usize| {
        let titled_prep = |j: usize| {
            j > range.start
                && matches!(doc.lower(j), "of" | "for" | "at")
                && doc.title(j - 1).is_some()
        };
        let det =
            k > range.start && matches!(doc.lower(k - 1), "the" | "its" | "his" | "her" | "their");
        k > range.start && titled_prep(k - 1) || det && k > range.start + 1 && titled_prep(k - 2)
    };
    let appositive = prev == ","
        && start >= range.start + 2
        && doc.word(start - 2).starts_with(char::is_lowercase)
        && body_head(doc.lower(start - 2))
        && !of_body(start - 2)
        && set_off;
    let owned = prev.ends_with("-owned") || prev.ends_with("-run");
    let holding = prev == "in"
        && start >= range.start + 2
        && matches!(doc.lower(start - 2), "stake" | "stakes" | "shareholding");
    // "analysts at Norvest": those who read markets for a living work at a bank or a
    // broker, where "at" would otherwise make the name somewhere.
    let employer = matches!(prev, "at" | "from")
        && start >= range.start + 2
        && ANALYSTS.contains(&doc.lower(start - 2));
    appositive || owned || holding || employer
}

/// Whether the apposition after the name ending at `end` is headed by a lower-case body's
/// noun the name itself is ("X, a Baltic shipping company,"), not by a person's work for a
/// body the apposition names ("X, a lawyer for the Green Alliance,").
fn described_apposition(doc: &Doc, end: usize, limit: usize) -> bool {
    body_apposition_head(doc, end, limit).is_some_and(|k| {
        doc.word(k).starts_with(char::is_lowercase)
            && (end + 2..k).all(|x| !matches!(doc.lower(x), "for" | "at" | "to" | "with"))
    })
}

/// Whether "one of the firms, X," sets the name off after a plural body noun: the one of
/// them it names is a body too.
fn plural_body_before(doc: &Doc, start: usize, end: usize, range: Range<usize>) -> bool {
    let set_off = end >= range.end || matches!(doc.word(end), "," | "." | ";");
    start >= range.start + 2
        && doc.word(start - 1) == ","
        && set_off
        && doc
            .lower(start - 2)
            .strip_suffix('s')
            .is_some_and(|w| doc.word(start - 2).starts_with(char::is_lowercase) && body_head(w))
}

/// Market readers quoted by the firm they work at ("economists at X").
const ANALYSTS: [&str; 6] = [
    "analysts",
    "analyst",
    "economists",
    "economist",
    "strategists",
    "strategist",
];

/// Whether the name ending at `end` has a head named after it ("X's owner, Y", "X, whose
/// leader, Y,", "X leader Y"): people have spokesmen and aides, never owners, directors or
/// leaders, so the name is a body's.
fn heads_named(doc: &Doc, end: usize, limit: usize) -> bool {
    // "Fine Gael leader Simon Harris": a party's leader named before the holder's name.
    let party_leader = end + 1 < limit
        && matches!(doc.lower(end), "leader" | "chairman" | "chairwoman")
        && doc.is_word(end + 1)
        && is_capitalised(doc.word(end + 1));
    if party_leader {
        return true;
    }
    let title_at = if end + 1 < limit && doc.is_s_mark(end) {
        end + 1
    } else if end + 2 < limit && doc.word(end) == "," && doc.lower(end + 1) == "whose" {
        end + 2
    } else {
        return false;
    };
    // The longest title of up to three words before the holder's comma.
    (1..=3).rev().any(|n| {
        let to = title_at + n;
        let phrase = (title_at..to)
            .map(|k| doc.lower(k))
            .collect::<Vec<_>>()
            .join(" ");
        to < limit
            && doc.word(to) == ","
            && (title_at..to).all(|k| doc.is_word(k))
            && doc
                .lex
                .title(&phrase)
                .is_some_and(|t| !t.plural && t.title.relation == RelationType::LeaderOf)
    })
}

/// Whether "(ACRONYM)" starts at token `j`.
fn acronym_in_brackets(doc: &Doc, j: usize, limit: usize) -> bool {
    j + 2 < limit
        && doc.word(j) == "("
        && doc.word(j + 2) == ")"
        && doc.word(j + 1).chars().count() >= 2
        && is_all_caps(doc.word(j + 1))
}

/// Lower-case nouns that, right after a name, make it a site's ("the Bandim market", "the
/// Toktogul reservoir"); only lower-case, as capitalised they head bodies' names too ("Common
/// Market").
const SITE_NOUNS: [&str; 5] = ["market", "reservoir", "complex", "residence", "base"];

/// Adjectives that may stand between a name and its facility noun ("the Ndolo military
/// prison", "the Tavor naval base").
const SITE_ADJECTIVES: [&str; 5] = ["military", "naval", "air", "army", "presidential"];

/// Words after "<Name> state" that leave "state" a division's word: punctuation aside, those
/// that open a clause or a phrase rather than a noun "state" would qualify.
const STATE_FOLLOWERS: [&str; 16] = [
    "in", "on", "and", "or", "of", "near", "where", "which", "that", "has", "had", "is", "was",
    "since", "after", "before",
];

/// The lower-case facility noun ending at or after token `at` that makes the name before `at`
/// a facility's ("the Varna bridge", "the Ndolo military prison"), if there is one.
fn facility_after(doc: &Doc, at: usize, limit: usize) -> Option<usize> {
    let noun = |k: usize| {
        k < limit
            && doc.is_word(k)
            && doc.word(k).starts_with(|c: char| c.is_lowercase())
            && (doc.is_cue(k, Cue::Facility) || SITE_NOUNS.contains(&doc.word(k)))
    };
    if noun(at) {
        return Some(at);
    }
    (at < limit && SITE_ADJECTIVES.contains(&doc.word(at)) && noun(at + 1)).then_some(at + 1)
}

/// Whether token `k` heads an apposition "<name>, the <modifiers> <body noun>" to the name
/// ending at `end`: "X, the national authority for economic crime", "X, the largest party
/// of the minority". A place would have "town" or "region" there, a person a title.
fn org_head(doc: &Doc, end: usize, k: usize, limit: usize) -> bool {
    let head_ends = k + 1 >= limit
        || matches!(doc.word(k + 1), "," | "." | ";")
        || matches!(doc.lower(k + 1), "for" | "of" | "that" | "which");
    head_ends
        && matches!(doc.lower(end + 1), "a" | "an" | "the")
        && (end + 2..k).all(|x| crate::descriptions::modifier(doc, x))
        && doc.word(k).starts_with(char::is_lowercase)
        && doc.is_cue(k, Cue::Org)
}

/// Whether an apposition headed by a body's noun follows the name ending at `end`
/// ([`org_head`], within five words of the comma).
fn org_apposition(doc: &Doc, end: usize, limit: usize) -> bool {
    if end + 2 >= limit || doc.word(end) != "," {
        return false;
    }
    for k in end + 2..limit.min(end + 7) {
        if !doc.is_word(k) {
            return false;
        }
        if org_head(doc, end, k, limit) {
            return true;
        }
        if !crate::descriptions::modifier(doc, k) {
            return false;
        }
    }
    false
}

/// True when token `k` is a gazetteer city's one-word name that ends a person's name run
/// on after a title ("Hedi Ben Salem"): nothing capitalised follows it.
fn city_surname(doc: &Doc, k: usize, limit: usize) -> bool {
    k < limit
        && doc.is_word(k)
        && is_capitalised(doc.word(k))
        && matches!(
            lexicon_match(doc, k, limit, false),
            Some((1, Kind::City(_)))
        )
        && !(k + 1 < limit && doc.is_word(k + 1) && is_capitalised(doc.word(k + 1)))
}

/// True when the capitalised words from `j` (up to four, no first name, title or sentence
/// opener among them) end in a body's word: "General [Secondary Education Union]".
fn opens_body_name(doc: &Doc, j: usize, limit: usize) -> bool {
    let run: Vec<usize> = (j..limit.min(j + 4))
        .take_while(|&k| {
            doc.is_word(k)
                && is_capitalised(doc.word(k))
                && !doc.is_cue(k, Cue::NotName)
                && !doc.lex.is_first_name(doc.lower(k))
                && doc.title(k).is_none()
        })
        .collect();
    run.last().is_some_and(|&k| doc.is_cue(k, Cue::Org))
}

/// Newspaper words that make "<place> <word>" an outlet ("Batumi Today", "Kisumu Herald").
const PAPER_WORDS: [&str; 15] = [
    "today",
    "times",
    "post",
    "news",
    "herald",
    "daily",
    "tribune",
    "gazette",
    "journal",
    "voice",
    "express",
    "mirror",
    "observer",
    "star",
    "chronicle",
];

/// Lower-case words after "<country> <Name>" that make the pair a party's name
/// ("the Bulgaria Forward party", "Georgian Dream lawmakers").
const PARTY_AFTER: [&str; 7] = [
    "party",
    "lawmakers",
    "legislators",
    "deputies",
    "movement",
    "coalition",
    "alliance",
];

/// Leanings that, before "<country> <Name>", make it a party ("the liberal Bulgaria
/// Forward").
pub(crate) const PARTY_LEANINGS: [&str; 16] = [
    "liberal",
    "conservative",
    "nationalist",
    "socialist",
    "centrist",
    "centre-right",
    "center-right",
    "centre-left",
    "center-left",
    "left-wing",
    "right-wing",
    "far-right",
    "far-left",
    "populist",
    "pro-european",
    "pro-western",
];

/// Compass words that end a region's name after a particle ("Rio Grande do Sul").
const COMPASS: [&str; 8] = ["sul", "sur", "norte", "nord", "sud", "este", "oeste", "est"];

/// Whether the capitalised run from `at` holds a body's word of its own ("the Liberal Front
/// party"), so that it names another body rather than going on with the one before.
fn body_follows(doc: &Doc, at: usize, limit: usize) -> bool {
    (at..limit)
        .take_while(|&k| doc.is_word(k) && is_capitalised(doc.word(k)))
        .any(|k| doc.is_cue(k, Cue::Org))
}

/// Whether token `k` is a capitalised word no list knows: a word of an unknown name.
fn bare_name_word(doc: &Doc, k: usize, limit: usize) -> bool {
    k < limit
        && doc.is_word(k)
        && is_capitalised(doc.word(k))
        && !doc.is_cue(k, Cue::NotName)
        && crate::dates::month_number(doc.word(k)).is_none()
        && crate::dates::weekday_number(doc.word(k)).is_none()
        && lexicon_match(doc, k, limit, false).is_none()
}

/// The length of a country's name at `j` that a verb, a possessive or the clause's end
/// follows, so that it closes a body's name before it rather than heading a noun phrase.
fn arm_country_len(doc: &Doc, j: usize, limit: usize) -> Option<usize> {
    let Some((n, Kind::Country(_))) = lexicon_match(doc, j, limit, false) else {
        return None;
    };
    // "Bosnia and Herzegovina": a country named with "and" is often named in full only
    // inside bodies' names, and taking it into one more leaves the country unnamed for the
    // places the article sets in it.
    if (j..j + n).any(|k| doc.lower(k) == "and") {
        return None;
    }
    let k = j + n;
    let closes = k >= limit
        || doc.is_s_mark(k)
        || matches!(doc.word(k), "," | "." | ";")
        || doc.is_word(k) && {
            let w = doc.lower(k);
            doc.word(k).starts_with(char::is_lowercase)
                && (w.ends_with("ed")
                    || matches!(w, "said" | "says" | "has" | "had" | "is" | "was" | "will"))
        };
    closes.then_some(n)
}

/// A longer name that a lexicon entry of `len` words at `i` only opens, as its length
/// beyond the entry and its evidence: a formal body's name going on with "for", "on" or
/// "against" ("Association for Regional Cooperation"), a place's name going on with a
/// particle ("San José de Mayo"), a unit named for a city ("Lumbini Province"), an outlet
/// ("Batumi Today") or a party ("Bulgaria Forward party") named for a place.
fn longer_name_after(
    doc: &Doc,
    i: usize,
    len: usize,
    kind: &Kind,
    range: Range<usize>,
) -> Option<(usize, Evidence)> {
    let limit = range.end;
    let j = i + len;
    if j >= limit || !doc.is_word(j) {
        return None;
    }
    let run_from = |from: usize| {
        (from..limit)
            .take_while(|&k| bare_name_word(doc, k, limit))
            .count()
    };
    // The longer name's evidence, its word count filled in.
    let with = |n: usize, ev: Evidence| {
        Some((
            n,
            Evidence {
                words: len + n,
                ..ev
            },
        ))
    };
    let org = |n: usize| {
        with(
            n,
            Evidence {
                org_word: true,
                ..Evidence::default()
            },
        )
    };
    // A capitalised word of this cue closes the name at `j`.
    let closes = |cue| {
        is_capitalised(doc.word(j)) && doc.is_cue(j, cue) && !bare_name_word(doc, j + 1, limit)
    };
    let place = matches!(kind, Kind::City(_) | Kind::Country(_) | Kind::Demonym(_));
    let after = doc.lower(j);
    match kind {
        Kind::Known {
            actor_type: ActorType::Organisation,
            ..
        } if matches!(after, "for" | "on" | "against") && doc.is_cue(j - 1, Cue::Org) => {
            let n = run_from(j + 1);
            (n > 0).then_some(())?;
            org(n + 1)
        }
        // "Oxfam Ireland said", "Amnesty International Chile's director": a known body's
        // national arm, named with its country, when a verb or a possessive follows the
        // country (not "the IMF Egypt programme", the fund's programme there).
        Kind::Known {
            actor_type: ActorType::Organisation,
            ..
        } if is_capitalised(doc.word(j)) && arm_country_len(doc, j, limit).is_some() => {
            org(arm_country_len(doc, j, limit)?)
        }
        // "Islamic State Sahel Province": a known body's branch, named for its region.
        Kind::Known {
            actor_type: ActorType::Organisation,
            ..
        } if (1..=3).contains(&run_from(j))
            && doc.is_cue(j + run_from(j) - 1, Cue::Region)
            && !bare_name_word(doc, j + run_from(j), limit) =>
        {
            org(run_from(j))
        }
        Kind::City(_) if NAME_PARTICLES.contains(&after) && bare_name_word(doc, j + 1, limit) => {
            let n = 2 + run_from(j + 2);
            let compass = COMPASS.contains(&doc.lower(j + n - 1));
            with(
                n,
                Evidence {
                    after_place_prep: true,
                    region_next: compass,
                    settlement: !compass,
                    ..Evidence::default()
                },
            )
        }
        // "Habib Bourguiba Avenue": a street named for a known person.
        Kind::Known {
            actor_type: ActorType::Person,
            ..
        } if closes(Cue::Facility) => with(
            1,
            Evidence {
                facility: true,
                ..Evidence::default()
            },
        ),
        // "Aminata Tall Diouf": a known person's two names followed by one more bare name
        // word are another person's fuller name; the lexicon entry only shares its start.
        Kind::Known {
            actor_type: ActorType::Person,
            ..
        } if len >= 2
            && run_from(j) == 1
            && ![Cue::Org, Cue::Facility, Cue::Region, Cue::Feature]
                .into_iter()
                .any(|cue| doc.is_cue(j, cue))
            && !is_all_caps(doc.word(j)) =>
        {
            with(
                1,
                Evidence {
                    first_name: true,
                    ..Evidence::default()
                },
            )
        }
        Kind::City(_) if closes(Cue::Region) => with(
            1,
            Evidence {
                region_next: true,
                ..Evidence::default()
            },
        ),
        _ if place
            && is_capitalised(doc.word(j))
            && PAPER_WORDS.contains(&after)
            && !(j + 1 < limit && doc.is_word(j + 1) && is_capitalised(doc.word(j + 1))) =>
        {
            org(1)
        }
        // "Kenyan Red Cross", "Malawi Red Crescent Society": a country's own society, a body
        // of its own beside the country and the international movement.
        Kind::Country(_) | Kind::Demonym(_) if relief_society_len(doc, j, limit) > 0 => {
            org(relief_society_len(doc, j, limit))
        }
        Kind::Country(_) | Kind::Demonym(_) => {
            let n = run_from(j).min(3);
            // "the liberal Bulgaria Forward": a party's leaning before it.
            let leaning = i > range.start && PARTY_LEANINGS.contains(&doc.lower(i - 1));
            let party = n > 0
                && (leaning || (j + n < limit && PARTY_AFTER.contains(&doc.word(j + n))))
                && !(j..j + n).any(|k| doc.is_cue(k, Cue::Org));
            party.then_some(())?;
            org(n)
        }
        _ => None,
    }
}

/// The length of "Red Cross" or "Red Crescent" at `j`, with a closing "Society"; 0 when
/// neither is there.
fn relief_society_len(doc: &Doc, j: usize, limit: usize) -> usize {
    let word_at = |k: usize| (k < limit && doc.is_word(k)).then(|| doc.word(k));
    if word_at(j) != Some("Red") || !matches!(word_at(j + 1), Some("Cross" | "Crescent")) {
        return 0;
    }
    if word_at(j + 2) == Some("Society") {
        3
    } else {
        2
    }
}

/// Participles that make "<Place>-<participle>" an adjective ("Dubai-based", "Saudi-led");
/// after "born" the place says nothing about the bearer's body.
const COMPOUND_TAILS: [&str; 13] = [
    "based",
    "headquartered",
    "registered",
    "born",
    "led",
    "backed",
    "owned",
    "funded",
    "brokered",
    "controlled",
    "allied",
    "flagged",
    "sponsored",
];

/// For a capitalised word `i` with a participle after its last hyphen ("Dubai-based"), the
/// place's name opening at word `first` (`i` itself, or the word before it in "Costa
/// Rica-based"): `Some` of the place that names, if any, else `Some(None)`; `None` for any
/// other word.
fn hyphen_compound(doc: &Doc, s: usize, first: usize, i: usize) -> Option<Option<Item>> {
    let w = doc.word(i);
    if !is_capitalised(w) {
        return None;
    }
    let cut = w.rfind(['-', '\u{2010}', '\u{2011}'])?;
    let dash = w[cut..].chars().next()?.len_utf8();
    let start = doc.toks[first].start;
    let end = doc.toks[i].start + cut;
    let (head, tail) = (doc.text.get(start..end)?, &w[cut + dash..]);
    // Two words only when a single space parts them.
    if first < i && head.split(' ').count() != i + 1 - first {
        return None;
    }
    let lex = doc.lex;
    // "Polish-Lithuanian", "Sino-Indian": two peoples joined, an adjective.
    if lex.demonym(tail).is_some() && (lex.demonym(head).is_some() || head.ends_with('o')) {
        return Some(None);
    }
    if !COMPOUND_TAILS.contains(&tail) {
        return None;
    }
    let place = tail != "born"
        && (lex.city(head).is_some() || lex.country(head).is_some() || lex.demonym(head).is_some());
    Some(place.then(|| Item {
        toks: first..i + 1,
        sent: s,
        kind: Kind::Based { start, end },
    }))
}

/// Nouns a feature word modifies rather than ends a name with ("coast guard", "sea lanes").
const AFTER_FEATURE: [&str; 18] = [
    "guard", "guards", "lane", "lanes", "route", "routes", "patrol", "patrols", "border", "level",
    "levels", "bed", "floor", "power", "trade", "road", "roads", "link",
];

/// The length (one word) of a geographic feature word at `j` that closes a region's name:
/// capitalised ("Sea"), or, when `lower` allows, lower case and not modifying a noun after
/// it ("peninsula", not "sea lanes").
fn feature_after(doc: &Doc, j: usize, limit: usize, lower: bool) -> Option<usize> {
    if j >= limit || !doc.is_word(j) || !doc.is_cue(j, Cue::Feature) {
        return None;
    }
    // Not "Coast Guard", "Black Sea Fleet": a capitalised word after it goes on naming
    // something else.
    if is_capitalised(doc.word(j)) {
        let more = j + 1 < limit && doc.is_word(j + 1) && is_capitalised(doc.word(j + 1));
        return (!more).then_some(1);
    }
    let noun_after = j + 1 < limit && AFTER_FEATURE.contains(&doc.lower(j + 1));
    (lower && !noun_after).then_some(1)
}

/// "al-Burhan", "el-Sisi": an Arabic article joined to a capitalised name.
fn article_prefixed(w: &str) -> bool {
    // Each prefix ends in a hyphen as its third or fourth byte: asked of most capitalised
    // words, which have none there.
    let b = w.as_bytes();
    if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
        return false;
    }
    ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
}

/// The Arabic article opening a name, alone ("al Qaeda") or joined ("al-Shabaab").
fn arabic_article(w: &str) -> bool {
    matches!(w, "al" | "el") || article_prefixed(w)
}

/// Endings of coined company names ("Norchem", "Baltneft", "Vostokprom"): trade words
/// run into one.
fn corporate_coinage(lower: &str) -> bool {
    [
        "chem", "tech", "neft", "prom", "corp", "trans", "energo", "invest",
    ]
    .iter()
    .any(|s| lower.len() >= s.len() + 3 && lower.ends_with(s))
}

/// A word shaped like an adjective of a people or a land ("Kurdish", "Andean").
fn adjectival(lower: &str) -> bool {
    ["an", "ese", "ish", "ic", "ian"]
        .iter()
        .any(|s| lower.len() >= s.len() + 3 && lower.ends_with(s))
}

/// Lower-case nouns of a body that, right before a capitalised name no list knows, make it
/// the body's name ("the farmers' union Agrimo", "the opposition party Renova").
const BODY_NOUNS: [&str; 9] = [
    "union",
    "party",
    "movement",
    "alliance",
    "coalition",
    "federation",
    "association",
    "confederation",
    "syndicate",
];

/// Trades that end a company's name ("Imperial Oil", "Norvale Shipping") and are common
/// nouns of their own.
const TRADES: [&str; 12] = [
    "oil",
    "energy",
    "mining",
    "petroleum",
    "shipping",
    "steel",
    "insurance",
    "cement",
    "logistics",
    "telecom",
    "minerals",
    "chemicals",
];

/// Lower-case nouns that, right before an unknown name, say it is a company's.
pub(crate) const COMPANY_NOUNS: [&str; 11] = [
    "company",
    "firm",
    "operator",
    "carrier",
    "lender",
    "conglomerate",
    "manufacturer",
    "insurer",
    "producer",
    "utility",
    "bank",
];

/// Administrative units of a country: "the province of X" names a region, and so does a
/// name followed by one ("Sagaing region").
pub(crate) const UNIT_WORDS: [&str; 9] = [
    "province",
    "region",
    "state",
    "district",
    "department",
    "county",
    "governorate",
    "oblast",
    "prefecture",
];

/// Whether `w` names a division of a country after its name: a unit word, or "territory",
/// some countries' second level ("the Uvira territory").
pub(crate) fn division_word(w: &str) -> bool {
    UNIT_WORDS.contains(&w) || w == "territory"
}

/// Whether the name at token `i` follows "<unit> of" ("the province of X", "the district
/// of X"), which makes it a place whatever its words look like.
pub(crate) fn after_unit_of(doc: &Doc, i: usize, first: usize) -> bool {
    i >= first + 2 && doc.lower(i - 1) == "of" && UNIT_WORDS.contains(&doc.lower(i - 2))
}

/// Singular nouns that make "<demonym> [modifiers] <noun>" a state body with its own name.
pub(crate) const INSTITUTION_HEADS: [&str; 10] = [
    "ministry",
    "government",
    "service",
    "police",
    "army",
    "navy",
    "parliament",
    "cabinet",
    "embassy",
    "military",
];

/// "Greek foreign ministry", "Kyrgyz border service": the length in tokens (demonym included)
/// of an institution named by a demonym and lower-case words ending in an institution noun.
fn institution_after_demonym(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    (1..=3).find_map(|n| {
        let last = i + n;
        let all_lower = (i + 1..=last)
            .all(|k| k < limit && doc.is_word(k) && doc.word(k).chars().all(char::is_lowercase));
        // "Russian parliament members", "Greek army officers": people of the body, a group.
        let people_after = (last + 1..(last + 3).min(limit)).any(|k| {
            let w = doc.word(k);
            doc.lex.title(w).is_some_and(|t| t.plural)
                || doc.lex.agent(w).is_some_and(|(_, plural)| plural)
        });
        let head = INSTITUTION_HEADS.contains(&doc.word(last))
            || n >= 2 && service_compound(doc, last - 1, limit);
        (all_lower && head && !people_after).then_some(n + 1)
    })
}

/// Craft and posts a service's name may modify: "coast guard boats" are the boats, which
/// the nationality before them names the country's.
const SERVICE_CRAFT: [&str; 16] = [
    "boat",
    "boats",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "cutter",
    "cutters",
    "plane",
    "planes",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
    "base",
    "bases",
];

/// Whether the lower-case words at `k` and `k + 1` name a state's uniformed service in two
/// words ("coast guard", "air force"), with no craft after them before `limit`: "Algerian
/// coast guard" is a body as "Algerian army" is, though neither word is one alone.
pub(crate) fn service_compound(doc: &Doc, k: usize, limit: usize) -> bool {
    let pair = k + 1 < limit
        && matches!(
            (doc.word(k), doc.word(k + 1)),
            ("coast", "guard") | ("air", "force")
        );
    // Asked of every token: the list of craft only after the rare pair.
    let craft = || k + 2 < limit && doc.is_word(k + 2) && SERVICE_CRAFT.contains(&doc.lower(k + 2));
    pair && !craft()
}

/// Whether capitalised words from `k` (at most three) name a body by its own word ("Police
/// Force", "Air Force", "Navy"), so that the country before them is inside its name.
fn service_words_at(doc: &Doc, k: usize, limit: usize) -> bool {
    (k..limit.min(k + 3))
        .take_while(|&j| doc.is_word(j) && is_capitalised(doc.word(j)))
        .any(|j| doc.is_cue(j, Cue::Org))
}

/// Whether the capitalised word at `next` is a craft named after the service the name
/// `start..next` ends in ("Air Force Hercules", "Navy Seahawk"): one word no list knows,
/// with the sentence going on in lower case after it.
fn craft_after_service(doc: &Doc, start: usize, next: usize, limit: usize) -> bool {
    let service = next >= start + 2
        && matches!(
            (doc.lower(next - 2), doc.lower(next - 1)),
            ("air", "force") | ("coast", "guard") | (_, "navy")
        );
    let known = [Cue::Org, Cue::Facility, Cue::Region, Cue::Feature]
        .into_iter()
        .any(|c| doc.is_cue(next, c));
    let lower_after = next + 1 < limit
        && doc.is_word(next + 1)
        && doc.word(next + 1).starts_with(char::is_lowercase);
    service && !known && lower_after
}

/// True when a one-word city match at `i` is a first name followed by a surname
/// ("Sofia Lacerda", or after a title "President Duma Boko"), so the pair is a person, not
/// a city.
fn first_name_then_name(
    doc: &Doc,
    i: usize,
    len: usize,
    kind: &Kind,
    limit: usize,
    titled: bool,
) -> bool {
    let next = i + 1;
    len == 1
        && matches!(kind, Kind::City(_))
        && (titled || doc.lex.is_first_name(doc.lower(i)))
        && next < limit
        && doc.is_word(next)
        && is_capitalised(doc.word(next))
        && !doc.is_cue(next, Cue::NotName)
        && doc.title(next).is_none()
        && matches!(
            lexicon_match(doc, next, limit, false),
            None | Some((1, Kind::City(_)))
        )
}

/// The longest lexicon entry starting at token `i`.
/// First words of the lower-case lexicon phrases (titles, lines, "the parties"): a
/// lower-case word outside this set starts no lexicon entry, which spares most words the
/// phrase lookups.
fn lower_case_starts() -> &'static FxHashSet<String> {
    static STARTS: OnceLock<FxHashSet<String>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let titles = include_str!("../../../data/lexicon/titles.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split('\t').take(2));
        let cues = include_str!("../../../data/lexicon/cues.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| l.ends_with("\tline") || l.ends_with("\trecip_group"))
            .filter_map(|l| l.split('\t').next());
        titles
            .chain(cues)
            .filter_map(|p| p.split_whitespace().next())
            .map(newsgraph_lexicon::key)
            .collect()
    })
}

fn lexicon_match(doc: &Doc, i: usize, limit: usize, initial: bool) -> Option<(usize, Kind)> {
    let lex = doc.lex;
    // No list has an entry of a length whose bit is clear, so it is not tried; most words
    // start no entry at all.
    let lengths = doc.entry_lengths(i);
    if lengths == 0 {
        return None;
    }
    // Titles, lines and "the parties" all start with a word of this set.
    let title_like = lower_case_starts().contains(doc.lower(i));
    if !is_capitalised(doc.word(i)) && !title_like && !arabic_article(doc.word(i)) {
        return None;
    }
    // No longer phrase than the longest entry starting with this word.
    let longest = 15 - lengths.leading_zeros() as usize;
    let max = lex.max_words().max(1).min(longest);
    // At most 15 words (the highest length bit): an array, not a vector, for a question
    // asked of every capitalised word.
    let mut buf: [&str; 16] = [""; 16];
    let mut count = 0;
    let mut j = i;
    while j < limit && count < max && doc.is_word(j) && doc.lower(j) != "'s" {
        buf[count] = doc.word(j);
        count += 1;
        j += 1;
    }
    let words = &buf[..count];
    // One buffer for each form of the phrase, whatever its length, kept by the thread: a
    // name is matched several times at each capitalised word, and two fresh strings for
    // each call that tried a phrase were a good part of its time.
    let found = PHRASE_BUFS.with_borrow_mut(|(phrase, lower)| {
        match_phrase(doc, i, limit, initial, words, title_like, phrase, lower)
    });
    // "al Shabaab militants": the group's people, whom the group step names with the body
    // they fight for.
    let article = !is_capitalised(doc.word(i)) && !title_like;
    found.filter(|(len, _)| !article || !crate::descriptions::people_word(doc.lower(i + len)))
}

thread_local! {
    static PHRASE_BUFS: std::cell::RefCell<(String, String)> =
        const { std::cell::RefCell::new((String::new(), String::new())) };
}

/// [`lexicon_match`] over the words `words` from `i`, the longest listed phrase first,
/// writing each phrase tried and its key into `phrase` and `lower`.
#[allow(clippy::too_many_arguments)]
fn match_phrase(
    doc: &Doc,
    i: usize,
    limit: usize,
    initial: bool,
    words: &[&str],
    title_like: bool,
    phrase: &mut String,
    lower: &mut String,
) -> Option<(usize, Kind)> {
    let lex = doc.lex;
    let lengths = doc.entry_lengths(i);
    // How many of `words` are plain ([`Doc::is_plain`]), when a title's length bit is clear.
    let mut plain_run: Option<usize> = None;
    for len in (1..=words.len()).rev() {
        if lengths & (1 << len.min(15)) == 0 {
            continue;
        }
        let ws = &words[..len];
        // "Côte d'Ivoire": an elided particle before a capital belongs to the name.
        let name_word = |w: &str| {
            is_capitalised(w)
                || ["d'", "d\u{2019}", "l'", "l\u{2019}"].iter().any(|p| {
                    w.strip_prefix(p)
                        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
                })
        };
        // "al Qaeda", "al-Shabaab": wire copy writes the article of a known name in lower
        // case.
        let opens = is_capitalised(ws[0]) || arabic_article(ws[0]) && (len > 1 || ws[0].len() > 3);
        let capitalised = opens
            && (name_word(ws[len - 1]) || article_prefixed(ws[len - 1]))
            && ws
                .iter()
                .all(|w| name_word(w) || connector(w) || arabic_article(w));
        if !capitalised && !title_like {
            continue;
        }
        phrase.clear();
        for (k, w) in ws.iter().enumerate() {
            if k > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w);
        }
        // The same phrase as a key, from the words' keys made with the document: the
        // lists that ignore case look it up without making it again.
        lower.clear();
        for k in 0..len {
            if k > 0 {
                lower.push(' ');
            }
            lower.push_str(doc.lower(i + k));
        }
        // One word's cues were looked up with the document.
        let is_cue = |cue| {
            if len == 1 {
                doc.is_cue(i, cue)
            } else {
                doc.cue_lengths(i) & (1 << len.min(15)) != 0 && lex.is_cue(lower, cue)
            }
        };
        if capitalised {
            // A sentence opener such as "May" or "Chad" alone is too weak to be a name.
            let weak_opener = initial && len == 1 && doc.is_cue(i, Cue::NotName);
            if !weak_opener {
                if let Some(c) = lex.country_keyed(phrase, lower) {
                    return Some((len, Kind::Country(c.iso2.clone())));
                }
                // "Organization" alone is a word that names bodies, not one body, whatever
                // alias a dictionary gives it.
                let generic = len == 1 && doc.is_cue(i, Cue::Org);
                if let Some(a) = lex.actor_keyed(phrase, lower).filter(|_| !generic) {
                    return Some((
                        len,
                        Kind::Known {
                            canonical: a.canonical.clone(),
                            actor_type: a.actor_type,
                            country: a.country.clone(),
                        },
                    ));
                }
                // "Central Bank of Nigeria": a city's other name ("Central") opening an
                // institution's name is that name's word.
                // So is "Orange" in "Orange Democratic Movement": a run of capitalised
                // words after it that ends a body's name.
                let opens_body = (i + len..limit.min(i + len + 3))
                    .take_while(|&k| doc.is_word(k) && is_capitalised(doc.word(k)))
                    .any(|k| doc.is_cue(k, Cue::Org));
                // "Central America", "Central Asia": a city's other name that is a common
                // word ("Central" for Davao) opens a longer name before a capitalised word.
                let alias_opens = len == 1
                    && i + 1 < limit
                    && doc.is_word(i + 1)
                    && is_capitalised(doc.word(i + 1))
                    && doc.title(i + 1).is_none();
                let alias_opens = |name: &str| alias_opens && !name.eq_ignore_ascii_case(phrase);
                if let Some(c) = lex
                    .city(lower)
                    .filter(|c| !opens_body && !alias_opens(&c.name))
                {
                    return Some((len, Kind::City(c.geonames)));
                }
                // "South Korean" as well as "Korean".
                if let Some(c) = lex.demonym(lower) {
                    return Some((len, Kind::Demonym(c.iso2.clone())));
                }
                if let Some(c) = lex.demonym_plural(lower) {
                    return Some((len, Kind::Nationals(c.iso2.clone())));
                }
            }
        }
        // A phrase of plain words is a title only if a title of its length starts with its
        // first word.
        let maybe_title = doc.title_lengths(i) & (1 << len.min(15)) != 0 || {
            // Counted once, at the longest phrase: each shorter one is its prefix.
            let run = *plain_run.get_or_insert_with(|| {
                (i..i + words.len())
                    .take_while(|&k| doc.is_plain(k))
                    .count()
            });
            run < len
        };
        if let Some(t) = maybe_title.then(|| lex.title(lower)).flatten() {
            // Lower-case titles are ordinary nouns too; keep them, roles decide.
            return Some((
                len,
                Kind::Title {
                    relation: t.title.relation,
                    plural: t.plural,
                    phrase: t.title.phrase.clone(),
                },
            ));
        }
        if is_cue(Cue::Line) {
            return Some((len, Kind::Line));
        }
        if is_cue(Cue::RecipGroup) && !capitalised {
            return Some((len, Kind::RecipGroup));
        }
    }
    None
}

/// Whether the name over `start..end` is a seat's building ("Government House", "Parliament
/// House", "Al Alam Palace"): capitalised, the building word closes the name, though the
/// words before it name a body. "House of Representatives" goes on with "of" and stays a
/// body, as "the White House" stands for the administration it houses.
fn seat_building(doc: &Doc, start: usize, end: usize, limit: usize) -> bool {
    end >= start + 2
        && matches!(doc.word(end - 1), "House" | "Palace")
        && doc.lower(end - 2) != "white"
        && !(end < limit && doc.lower(end) == "of")
}

/// Faiths whose "<faith> Church" is the body of believers and clergy, not a building.
const DENOMINATIONS: [&str; 11] = [
    "catholic",
    "orthodox",
    "anglican",
    "lutheran",
    "methodist",
    "presbyterian",
    "evangelical",
    "coptic",
    "baptist",
    "reformed",
    "apostolic",
];

/// Whether the name over `start..end` is "<faith> Church" ("the Catholic Church", "the
/// Orthodox church"): the church that speaks and acts, a body.
fn denomination_church(doc: &Doc, start: usize, end: usize) -> bool {
    end >= start + 2
        && doc.lower(end - 1) == "church"
        && DENOMINATIONS.contains(&doc.lower(end - 2))
}

/// An unknown capitalised name starting at `i`, with its evidence.
fn unknown_name(
    doc: &Doc,
    s: usize,
    i: usize,
    range: Range<usize>,
    initial: bool,
    before: &[Item],
) -> Option<Item> {
    let lex = doc.lex;
    let mut start = i;
    // Sentence openers ("The", "According"), months and weekdays never start a name.
    if doc.is_cue(i, Cue::NotName)
        && (initial || !is_all_caps(doc.word(i)))
        && !ordinal_opening_body(doc, i, initial, range.end)
    {
        return None;
    }
    if crate::dates::month_number(doc.word(i)).is_some()
        || crate::dates::weekday_number(doc.word(i)).is_some()
    {
        return None;
    }
    // "European farmers" names nothing; "the European quarter" names a region.
    if doc.is_cue(i, Cue::RegionAdjective)
        && i + 1 < range.end
        && doc.is_word(i + 1)
        && doc.word(i + 1).starts_with(|c: char| c.is_lowercase())
    {
        let facility = doc.is_cue(i + 1, Cue::Facility);
        let feature = feature_after(doc, i + 1, range.end, true).is_some();
        if !facility && !feature {
            return None;
        }
        return Some(Item {
            toks: i..i + 2,
            sent: s,
            kind: Kind::Name(Evidence {
                words: 2,
                facility,
                region_next: feature,
                ..Evidence::default()
            }),
        });
    }
    let mut end = i + 1;
    loop {
        let next = end;
        // "People's Unity Party": a common noun's possessive opening a body's name.
        if end - start == 1
            && next + 1 < range.end
            && doc.is_s_mark(next)
            && lex.agent(doc.lower(start)).is_some()
            && (next + 1..range.end.min(next + 5))
                .take_while(|&k| doc.is_word(k) && is_capitalised(doc.word(k)))
                .any(|k| doc.is_cue(k, Cue::Org))
        {
            end += 2;
            continue;
        }
        // "United Teachers' Front": a plural possessive inside an organisation's name.
        if next + 1 < range.end
            && matches!(doc.word(next), "'" | "\u{2019}")
            && doc.word(next - 1).ends_with('s')
            && doc.is_word(next + 1)
            && is_capitalised(doc.word(next + 1))
            && doc.is_cue(next + 1, Cue::Org)
        {
            end += 2;
            continue;
        }
        if next >= range.end || !doc.is_word(next) {
            break;
        }
        let w = doc.word(next);
        // "Royal New Zealand Air Force": a country's name inside a service's, between the
        // name's first word and the service's own (whatever its first word is alone).
        if end - start == 1 && is_capitalised(w) {
            if let Some((n, Kind::Country(_))) = lexicon_match(doc, next, range.end, false) {
                if service_words_at(doc, next + n, range.end) {
                    end = next + n;
                    continue;
                }
            }
        }
        if (is_capitalised(w) || article_prefixed(w)) && !doc.is_cue(next, Cue::NotName) {
            // "Laura Brent": a city's name after a lone first name is a surname.
            let surname = end - start == 1
                && lex.is_first_name(doc.lower(start))
                && matches!(
                    lexicon_match(doc, next, range.end, false),
                    Some((1, Kind::City(_)))
                );
            // "Education Minister Hedi Ben Salem": the same after a title, when the city
            // ends the run.
            let titled = before
                .last()
                .is_some_and(|p| p.toks.end == start && matches!(p.kind, Kind::Title { .. }));
            let surname =
                surname || (titled && end - start < 4 && city_surname(doc, next, range.end));
            // "Okavango Delta": a feature word closes the name, whatever else the
            // gazetteer calls it.
            if feature_after(doc, next, range.end, false).is_some() {
                end += 1;
                continue;
            }
            // "a Royal Air Force Hercules": the craft a service's name is put before is no
            // word of the name.
            if craft_after_service(doc, start, next, range.end) {
                break;
            }
            let known = lexicon_match(doc, next, range.end, false);
            // "South China Sea": a country's name inside a region's; "Cobre Peralta mine": a
            // city's inside a site's.
            if let Some((n, Kind::Country(_) | Kind::City(_))) = known {
                let site = next + n < range.end && doc.is_cue(next + n, Cue::Facility);
                if feature_after(doc, next + n, range.end, false).is_some() || site {
                    end = next + n + 1;
                    continue;
                }
            }
            // "Statistics Sweden", "Banque Misr": a lone body's word before a country's or a
            // city's name that ends the run names that body, not the word and then the place.
            if let Some((n, Kind::Country(_) | Kind::City(_))) = known {
                let closes = next + n >= range.end
                    || !doc.is_word(next + n)
                    || !is_capitalised(doc.word(next + n));
                let lone_body = end - start == 1 && doc.is_cue(start, Cue::Org);
                // "Stanbic Bank Kenya", "the charity Oxfam Ireland", "Amnesty International
                // Chile": a body's national arm is named with the country it works in, when
                // the run already holds a body's word, closes on "International", or follows
                // a lower-case body noun.
                let national_arm = matches!(known, Some((_, Kind::Country(_))))
                    && ((start..end).any(|k| doc.is_cue(k, Cue::Org))
                        || doc.lower(end - 1) == "international"
                        || body_head_before(doc, start, range.start));
                if (lone_body || national_arm) && closes {
                    end = next + n;
                    break;
                }
            }
            if !surname
                && known.is_some_and(|(_, k)| !matches!(k, Kind::Title { .. } | Kind::Demonym(_)))
            {
                break;
            }
            // "Office of the UN High Commissioner for Refugees": an office inside a body's
            // name, when the name goes on after it.
            let inner_office = (start..end).any(|k| doc.is_cue(k, Cue::Org))
                && matches!(doc.lower(next + 1), "for" | "of")
                && next + 2 < range.end
                && is_capitalised(doc.word(next + 2));
            // "Office of the Attorney General": an office named after the title it serves.
            let office_of_title = (start..next)
                .map(|k| doc.lower(k))
                .filter(|w| *w != "the")
                .take(2)
                .eq(["office", "of"]);
            if lex.title(w).is_some() && !inner_office && !office_of_title {
                break;
            }
            end += 1;
            continue;
        }
        // "Ministry of Defence", "Organization for Security": a connector inside an
        // institution name, or a particle inside a person's name.
        let after = doc.word(next + 1);
        // "Peace and Security Council": the body's word may come after the next name word.
        // "the Law and Justice party": so may a party's word after the name.
        let org_after_and = w == "and"
            && next + 2 < range.end
            && is_capitalised(after)
            && (is_capitalised(doc.word(next + 2)) && doc.is_cue(next + 2, Cue::Org)
                || party_words::BASE.contains(&doc.word(next + 2)));
        let has_org = (start..end).any(|k| doc.is_cue(k, Cue::Org))
            || doc.is_cue(next + 1, Cue::Org)
            || org_after_and;
        // "Committee to Protect Journalists": "to" inside a body's name.
        // "Organization for Security and Co-operation in Europe": a formal body's name may
        // end in "in" and a region, but not in a city or country it sits in.
        let in_region = w == "in"
            && (start..end).any(|k| doc.is_cue(k, Cue::Org))
            && (start..end).any(|k| matches!(doc.lower(k), "of" | "for" | "and"))
            && lexicon_match(doc, next + 1, range.end, false).is_none()
            // "the Supreme Court of Paraguay in June": a date after "in" is when, not where.
            && crate::dates::month_number(after).is_none()
            && crate::dates::weekday_number(after).is_none()
            && !(next + 2 < range.end
                && doc.is_word(next + 2)
                && is_capitalised(doc.word(next + 2)));
        // "African Party for the Independence of Guinea and Cape Verde (PAIGC)": an acronym
        // in brackets closes a body's name, whatever names it holds.
        if has_org && connector(w) {
            if let Some(e) = run_to_acronym(doc, next, range.end) {
                end = e;
                break;
            }
        }
        // "Gulf of Finland", "Bay of Bengal": a feature word and "of" open a region's name.
        let feature_of = w == "of" && end - start == 1 && doc.is_cue(start, Cue::Feature);
        // "Commission on Human Rights", "Committee against Torture": a formal body's name
        // goes on after these, but not into a date or a known place.
        // "Commission Against Corruption": a headline-case "Against" too.
        let formal = matches!(doc.lower(next), "on" | "against")
            && (start..end).any(|k| doc.is_cue(k, Cue::Org))
            && bare_name_word(doc, next + 1, range.end);
        // "Banque Vardel and Banca Lorenta", "Norbank and Bank of Osterland": a body's word
        // after "and" that its own name follows opens a second body, not the rest of the
        // first ("Peace and Security Council" closes on its body's word instead).
        let second_body = w == "and"
            && ((start..end).any(|k| doc.is_cue(k, Cue::Org))
                || end - start == 1 && is_all_caps(doc.word(start)))
            && next + 2 < range.end
            && doc.is_cue(next + 1, Cue::Org)
            && is_capitalised(after)
            && doc.is_word(next + 2)
            && !doc.is_cue(next + 2, Cue::Org)
            && (doc.lower(next + 2) == "of"
                && next + 3 < range.end
                && doc.is_word(next + 3)
                && is_capitalised(doc.word(next + 3))
                || is_capitalised(doc.word(next + 2)));
        if second_body {
            break;
        }
        let joins = (matches!(w, "of" | "for" | "and") && has_org)
            || formal
            || feature_of
            // ... but "ordered soldiers of the Defence Force to Enga": a verb and its
            // object follow "to" in a name.
            || (w == "to"
                && (start..end).any(|k| doc.is_cue(k, Cue::Org))
                && next + 2 < range.end
                && doc.is_word(next + 2)
                && is_capitalised(doc.word(next + 2)))
            || in_region
            || NAME_PARTICLES.contains(&w);
        if joins && is_capitalised(after) && doc.is_word(next + 1) && next + 1 < range.end {
            end += 2;
            continue;
        }
        // "Council of the Baltic States", "Ministry of the Interior": "of the" inside a
        // body's name, unless a country follows (the "Embassy of the United States" is the
        // country's).
        // "Bridge of the Nations": a facility's or a feature's word opens the name too.
        let site = end - start == 1
            && (doc.is_cue(start, Cue::Facility) || doc.is_cue(start, Cue::Feature));
        // "Commission for the Prevention of Corruption": "for the" inside a body's name,
        // but "sits in the Senate for the Liberal Front": not into a body of its own.
        let for_the = w == "for" && has_org && !body_follows(doc, next + 2, range.end);
        let of_the = (w == "of" && (has_org || site) || for_the)
            && doc.lower(next + 1) == "the"
            && next + 2 < range.end
            && doc.is_word(next + 2)
            && is_capitalised(doc.word(next + 2))
            && !doc.is_cue(next + 2, Cue::NotName)
            && match lexicon_match(doc, next + 2, range.end, false) {
                Some((_, Kind::Country(_) | Kind::City(_))) => false,
                // "Office of the Attorney General": an office goes on into its title.
                Some((_, Kind::Title { .. })) => end - start == 1 && doc.lower(start) == "office",
                _ => true,
            };
        if of_the {
            end += 3;
            continue;
        }
        break;
    }
    while start < end
        && doc.is_cue(start, Cue::NotName)
        && !is_all_caps(doc.word(start))
        && !ordinal_opening_body(doc, start, initial, range.end)
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    // "Mining company X said": a trade opening the sentence before a company noun.
    if initial && end - start == 1 && end < range.end && COMPANY_NOUNS.contains(&doc.word(end)) {
        return None;
    }
    // "Oil output rose": a trade a company's name may end in ("Imperial Oil"), alone at the
    // sentence's start before a common word, is the trade itself.
    let lone_trade = initial
        && end - start == 1
        && TRADES.contains(&doc.lower(start))
        && doc.is_word(end)
        && doc.word(end).starts_with(char::is_lowercase);
    if lone_trade {
        return None;
    }
    // "50 million CFA francs": an unknown name before a currency names the money, which is
    // no actor.
    let currency = doc.lower(end);
    if end < range.end
        && crate::quantity::MONEY.contains(&currency.strip_suffix('s').unwrap_or(currency))
    {
        return None;
    }
    // "United Teachers' Front": the tagger reads an organisation's name across a possessive.
    if let Some((e, NameKind::Organization)) = doc.ner_at(start, range.end) {
        if e > end && e <= end + 3 && is_capitalised(doc.word(e - 1)) {
            end = e;
        }
    }
    let words: Vec<&str> = (start..end).map(|k| doc.word(k)).collect();
    let mut ev = Evidence {
        words: words.len(),
        ner: doc
            .ner_at(start, range.end)
            .filter(|&(e, _)| e == end)
            .map(|(_, kind)| kind),
        ..Evidence::default()
    };
    ev.org_word = (start..start + words.len())
        .any(|k| doc.is_cue(k, Cue::Org) || corporate_coinage(doc.lower(k)));
    // "the grid company Fingrid", "the shipping firm Norvale": a company noun before it;
    // "the dockers' union Portlab", "the ruling party Nasa", "the watchdog Tarnwise": a
    // body's common noun as well.
    if !ev.org_word && start > range.start && body_noun_before(doc, start, end, range.end) {
        ev.org_word = true;
    }
    // "Unamos, a Costa Rica-based opposition group, welcomed ...": the apposition calls it
    // a body.
    // A name after "for" or "of" is the tail of a longer one the steps split ("Initiative
    // for Personal Rights"): the apposition is the whole name's.
    let tail = start > range.start && matches!(doc.lower(start - 1), "for" | "of" | "and");
    if !ev.org_word && !tail && body_apposition(doc, end, range.end) {
        ev.org_word = true;
    }
    if !ev.org_word && body_before(doc, start, end, range.clone()) {
        ev.org_word = true;
    }
    if !ev.org_word && heads_named(doc, end, range.end) {
        ev.org_word = true;
    }
    ev.acronym = words.len() == 1
        && words[0].chars().count() >= 2
        && is_all_caps(words[0])
        && !words[0].contains('.');
    ev.first_name = words.len() >= 2 && words.len() <= 4 && lex.is_first_name(words[0]);
    ev.polity = (start..start + words.len()).any(|k| doc.is_cue(k, Cue::Polity));
    // "Ostland republic": the lower-case polity word belongs to the name.
    if !ev.polity
        && end < range.end
        && doc.cue_at(end, Cue::Polity, range.end).is_some()
        && doc.word(end).chars().all(char::is_lowercase)
    {
        ev.polity = true;
        end += 1;
    }
    // "the Popular Renewal party": a lower-case party word after "the <Name>" belongs to
    // the name, and makes it an organisation.
    if !ev.org_word
        && !ev.polity
        && end < range.end
        && start > range.start
        && (matches!(
            doc.lower(start - 1),
            "the" | "his" | "her" | "its" | "their" | "whose" | "'s"
        ) || doc.is_word(start - 1) && doc.word(start - 1).chars().all(char::is_lowercase))
        && party_words::BASE.contains(&doc.word(end))
    {
        ev.org_word = true;
        end += 1;
    }
    // "Halden Dam", "the Varna bridge": a facility; "Arabian Sea", "Sekito islets": a region.
    let last = end - 1;
    ev.facility = doc.is_cue(last, Cue::Facility)
        || end - start >= 3 && doc.is_cue(start, Cue::Facility) && doc.lower(start + 1) == "of"
        || seat_building(doc, start, end, range.end);
    if !ev.facility && !ev.org_word {
        if let Some(noun) = facility_after(doc, end, range.end) {
            ev.facility = true;
            end = noun + 1;
        }
    }
    if ev.facility && denomination_church(doc, start, end) {
        ev.facility = false;
        ev.org_word = true;
    }
    // "northern Shan state in 2023": a lower-case "state" after a name makes it a
    // division's, unless a noun follows that it qualifies ("Xinhua state media").
    let state_next = end < range.end
        && doc.word(end) == "state"
        && (end + 1 >= range.end
            || !doc.is_word(end + 1)
            || STATE_FOLLOWERS.contains(&doc.lower(end + 1)));
    let feature_next = feature_after(doc, end, range.end, true).is_some();
    ev.region_next = end < range.end && doc.cue_at(end, Cue::Region, range.end).is_some()
        || doc.is_cue(last, Cue::Feature)
        || (end - start >= 2 && doc.is_cue(last, Cue::Region))
        || feature_next
        || state_next && !ev.facility && !ev.org_word && !ev.polity;
    // "the Kurdish plateau": an adjective names the region only with its feature word.
    if feature_next && end - start == 1 && adjectival(doc.lower(start)) {
        end += 1;
    }
    // "Gulf of Bothnia": a feature word and "of" open a region's name.
    if doc.is_cue(start, Cue::Feature) && end - start >= 3 && doc.lower(start + 1) == "of" {
        ev.region_next = true;
    }
    // "Tarnu, a small town in ...": a settlement.
    let mut settled = false;
    // "X, a disputed territory" / "X, the Chilean foreign minister": what the apposition says.
    if doc.word(end) == "," {
        let mut k = end + 1;
        if matches!(doc.lower(k), "a" | "an" | "the") {
            k += 1;
        }
        // Up to five words: "X, the Greek foreign ministry spokeswoman".
        for _ in 0..5 {
            if k >= range.end || !doc.is_word(k) {
                break;
            }
            if doc.cue_at(k, Cue::Region, range.end).is_some() {
                ev.region_next = true;
                break;
            }
            if matches!(
                doc.lower(k),
                "town" | "city" | "village" | "port" | "suburb"
            ) {
                settled = words.len() <= 2;
                break;
            }
            // "Lesedi, the country's largest bank": a company, unless a title follows.
            if COMPANY_NOUNS.contains(&doc.word(k)) && (k + 1 >= range.end || !doc.is_word(k + 1)) {
                ev.org_word = true;
                break;
            }
            // "X, the national authority for economic crime": a body's noun heads the
            // apposition, where a place would have "town" or "region".
            if org_head(doc, end, k, range.end) {
                ev.org_word = true;
                break;
            }
            let one = doc.title(k).is_some_and(|t| !t.plural);
            let two = k + 1 < range.end
                && lex
                    .title(&format!("{} {}", doc.word(k), doc.word(k + 1)))
                    .is_some();
            if one || two {
                // "the Plaza del Congreso, CGT co-leader Ruben X": a title with its holder's
                // name right after it describes that holder, not the name before the comma.
                let after = k + if two { 2 } else { 1 };
                let named = after < range.end
                    && doc.is_word(after)
                    && doc.word(after).starts_with(char::is_uppercase);
                ev.title_after = words.len() >= 2 && !named;
                break;
            }
            k += 1;
        }
    }
    ev.speech_next = end < range.end && doc.cue_at(end, Cue::Speech, range.end).is_some();
    ev.body_context = !ev.acronym && acronym_in_brackets(doc, end, range.end);
    ev.office_field = office_field(doc, start, range.start);
    // "North Kivu", "Upper Nile": a compass word opens a region's name.
    if words.len() >= 2 && COMPASS_OPENERS.contains(&doc.lower(start)) {
        ev.region_next = true;
    }
    // "Mount Kenya": a mountain's name is a place, whatever the tagger reads in its
    // second word.
    if words.len() >= 2 && MOUNTS.contains(&doc.lower(start)) {
        ev.region_next = true;
    }
    if words.len() <= 3 && joined_to_city(doc, start, end, range.clone()) {
        ev.settlement = true;
    }
    let p = article_start(doc, start, range.start);
    // "at Lind's" is a person's place, not a place name.
    // "the northern town of Anefis": a settlement's name.
    let settlement_of = of_place(doc, p, range.start);
    // "the southern province of Cuando Cubango": an administrative unit's name.
    if settlement_of && UNIT_WORDS.contains(&doc.lower(p - 2)) {
        ev.region_next = true;
    }
    ev.after_place_prep = settled
        || doc.lower(end) != "'s"
            && p > range.start
            && (doc.cue_at(p - 1, Cue::PlacePrep, range.end).is_some() || settlement_of)
            && doc.toks[p - 1].kind == TokKind::Word;
    // "Its spokeswoman, Nandar Oo,": a title's holder may stand after a comma.
    ev.after_title = before.last().is_some_and(|it| {
        let next_to = it.toks.end == start
            || it.toks.end + 1 == start && doc.word(it.toks.end) == "," && words.len() >= 2;
        next_to && matches!(it.kind, Kind::Title { plural: false, .. })
    });
    Some(Item {
        toks: start..end,
        sent: s,
        kind: Kind::Name(ev),
    })
}
