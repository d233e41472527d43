//! In-document coreference of entity mentions: which names, descriptions and pronouns of
//! one text refer to the same actor or place.
//!
//! A small deterministic resolver in the spirit of the multi-pass sieve (Lee et al. 2013),
//! reading mentions in text order and attaching each to the best earlier cluster:
//! - **names**: the same name ("the Kremlin" = "Kremlin"), a surname after the full name
//!   ("Peskov" after "Dmitry Peskov", unless the first names differ), an acronym and its
//!   expansion ("OSCE" / "Organization for Security and Co-operation in Europe");
//! - **descriptions**: a definite noun phrase with the head of an earlier mention ("the
//!   talks" … "the talks"), a title ("the spokesman", "the Armenian president") for the
//!   nearest person, a type noun ("the company", "the country", "the city") for the nearest
//!   entity of that type;
//! - **pronouns**: he/she/it/they and their forms, to the most salient compatible cluster
//!   of the last few sentences (agreement in gender, number and type; recency, subjecthood
//!   and how often the cluster was mentioned).
//!
//! Mentions carry only what the resolver reads; [`crate::article`] builds them from an
//! article graph, the evaluation builds them from annotated corpora.

use std::collections::BTreeSet;

use newsgraph_model::EntityType;

/// How a mention refers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MentionForm {
    /// A proper name ("Dmitry Peskov", "the Kremlin").
    Name,
    /// A common noun phrase ("the spokesman", "two countries").
    Nominal,
    /// A pronoun ("he", "their").
    Pronoun,
}

/// What the resolver knows of one mention.
#[derive(Debug, Clone, PartialEq)]
pub struct CorefMention {
    /// Sentence index, from 0.
    pub sentence: usize,
    /// Where it starts (a token or character offset): mentions are read in this order.
    pub position: usize,
    /// The words as written.
    pub text: String,
    /// The head word as written ("spokesman" in "the Kremlin spokesman").
    pub head: String,
    pub form: MentionForm,
    /// The type when known (from the name tagger, the gazetteer or annotation).
    pub etype: Option<EntityType>,
    /// Grammatical plural.
    pub plural: bool,
    /// Subject of its clause (salient for pronouns).
    pub subject: bool,
}

/// The knobs of [`resolve`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CorefOptions {
    /// How many sentences back a pronoun looks.
    pub pronoun_window: usize,
    /// How many sentences back a title or type description looks.
    pub description_window: usize,
    /// Link first- and second-person pronouns of one voice ("I" … "my") — right for
    /// narration and interviews, wrong for news, where "I" is whoever is quoted.
    pub first_second_person: bool,
}

impl Default for CorefOptions {
    fn default() -> Self {
        CorefOptions {
            pronoun_window: 3,
            description_window: 4,
            first_second_person: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// What the resolver remembers of a cluster so far.
#[derive(Debug, Clone, Default)]
struct Cluster {
    members: Vec<usize>,
    names: BTreeSet<String>,
    /// Token lists of multi-word names (for surname and first-name checks).
    full_names: Vec<Vec<String>>,
    heads: BTreeSet<String>,
    etype: Option<EntityType>,
    gender: Option<Gender>,
    plural: Option<bool>,
    last_sentence: usize,
    last_subject: bool,
    has_name: bool,
}

const HONORIFICS: [&str; 12] = [
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "gen", "col",
];
const FUNCTION_WORDS: [&str; 6] = ["of", "the", "and", "for", "in", "on"];
pub(crate) const TITLES: [&str; 30] = [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "minister",
    "premier",
    "chancellor",
    "leader",
    "chief",
    "chairman",
    "chairwoman",
    "secretary",
    "ambassador",
    "envoy",
    "official",
    "governor",
    "mayor",
    "general",
    "commander",
    "senator",
    "king",
    "queen",
    "prince",
    "director",
    "head",
    "diplomat",
    "negotiator",
    "lawmaker",
    "prosecutor",
    "judge",
];

/// Clusters the mentions (indices into `mentions`), every mention in exactly one cluster;
/// clusters are sorted by their first member.
pub fn resolve(mentions: &[CorefMention], options: CorefOptions) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (mentions[i].position, i));
    let mut clusters: Vec<Cluster> = Vec::new();
    // One cluster per voice for I / we / you when asked for.
    let mut voices: [Option<usize>; 3] = [None; 3];
    for &i in &order {
        let m = &mentions[i];
        let target = match m.form {
            MentionForm::Name => match_name(m, &clusters),
            MentionForm::Nominal => match_nominal(m, &clusters, options),
            MentionForm::Pronoun => match voice(&m.head) {
                Some(v) => {
                    if options.first_second_person {
                        voices[v]
                    } else {
                        None
                    }
                }
                None => match_pronoun(m, &clusters, options),
            },
        };
        let c = match target {
            Some(c) => c,
            None => {
                clusters.push(Cluster::default());
                clusters.len() - 1
            }
        };
        if m.form == MentionForm::Pronoun && options.first_second_person {
            if let Some(v) = voice(&m.head) {
                voices[v] = Some(c);
            }
        }
        add(&mut clusters[c], i, m);
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_iter()
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect();
    out.sort();
    out
}

fn add(c: &mut Cluster, i: usize, m: &CorefMention) {
    c.members.push(i);
    c.last_sentence = m.sentence;
    c.last_subject = m.subject;
    if c.etype.is_none() {
        c.etype = m.etype;
    }
    match m.form {
        MentionForm::Name => {
            let words = name_words(&m.text);
            c.names.insert(words.join(" "));
            if words.len() > 1 {
                c.full_names.push(words);
            }
            c.has_name = true;
            if c.gender.is_none() {
                c.gender = honorific_gender(&m.text);
            }
            c.plural.get_or_insert(m.plural);
        }
        MentionForm::Nominal => {
            c.heads.insert(m.head.to_lowercase());
            c.names.insert(nominal_key(&m.text));
            if c.gender.is_none() {
                c.gender = noun_gender(&m.head);
            }
            c.plural.get_or_insert(m.plural);
        }
        MentionForm::Pronoun => {
            if c.gender.is_none() {
                c.gender = pronoun_traits(&m.head).and_then(|t| t.gender);
            }
        }
    }
}

/// Lower-case words of a name without a leading article, honorifics or a possessive.
fn name_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1
        && (words[0] == "the" || HONORIFICS.contains(&words[0].trim_end_matches('.')))
    {
        words.remove(0);
    }
    words
}

fn nominal_key(text: &str) -> String {
    let words = name_words(text);
    let skip = matches!(
        words.first().map(String::as_str),
        Some("a" | "an" | "this" | "that" | "these" | "those")
    ) && words.len() > 1;
    words[usize::from(skip)..].join(" ")
}

fn honorific_gender(text: &str) -> Option<Gender> {
    let first = text.split_whitespace().next()?.to_lowercase();
    match first.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => Some(Gender::Female),
        _ => None,
    }
}

fn noun_gender(head: &str) -> Option<Gender> {
    match head.to_lowercase().as_str() {
        "spokesman" | "chairman" | "king" | "prince" | "man" | "father" | "son" | "husband"
        | "brother" | "boy" => Some(Gender::Male),
        "spokeswoman" | "chairwoman" | "queen" | "princess" | "woman" | "mother" | "daughter"
        | "wife" | "sister" | "girl" => Some(Gender::Female),
        _ => None,
    }
}

fn compatible_types(a: Option<EntityType>, b: Option<EntityType>) -> bool {
    use EntityType::*;
    match (a, b) {
        (Some(x), Some(y)) => {
            x == y
                || (x.kind() == y.kind() && x != Person && y != Person)
                || matches!((x, y), (Country, _) | (_, Country)) && x != Person && y != Person
        }
        _ => true,
    }
}

fn is_acronym_of(short: &str, long: &[String]) -> bool {
    let initials: String = long
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    short.chars().count() >= 2 && initials.len() >= 2 && initials == short
}

fn match_name(m: &CorefMention, clusters: &[Cluster]) -> Option<usize> {
    let words = name_words(&m.text);
    let key = words.join(" ");
    let acronym = m.text.trim().chars().filter(|c| c.is_alphabetic()).count() >= 2
        && m.text
            .trim()
            .trim_start_matches("the ")
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase());
    let is_person = m.etype == Some(EntityType::Person) || m.etype.is_none();
    for (ci, c) in clusters.iter().enumerate().rev() {
        if !compatible_types(m.etype, c.etype) {
            continue;
        }
        if c.names.contains(&key) && (c.has_name || words.len() > 1) {
            return Some(ci);
        }
        if !c.has_name {
            continue;
        }
        let person = is_person && c.etype.is_none_or(|t| t == EntityType::Person);
        if person && words.len() == 1 {
            // A surname (or a lone first name) after a full name.
            if c.full_names.iter().any(|f| f.last() == Some(&key)) {
                return Some(ci);
            }
        }
        if person && words.len() > 1 {
            // A full name after its surname alone, unless the cluster's full names give
            // another first name.
            let last = words.last().cloned().unwrap_or_default();
            let surname_seen = c.names.contains(&last);
            let clash = c
                .full_names
                .iter()
                .any(|f| f.last() == Some(&last) && f.first() != words.first());
            if surname_seen && !clash && c.full_names.iter().all(|f| f.last() == Some(&last)) {
                return Some(ci);
            }
        }
        if acronym && c.full_names.iter().any(|f| is_acronym_of(&key, f)) {
            return Some(ci);
        }
        if words.len() > 2 && c.names.iter().any(|n| is_acronym_of(n, &words)) {
            return Some(ci);
        }
    }
    None
}

fn match_nominal(m: &CorefMention, clusters: &[Cluster], options: CorefOptions) -> Option<usize> {
    let text = m.text.to_lowercase();
    let first = text.split_whitespace().next().unwrap_or("");
    let definite = matches!(first, "the" | "this" | "that" | "these" | "those");
    let head = m.head.to_lowercase();
    let key = nominal_key(&m.text);
    let near = |c: &Cluster, window: usize| m.sentence.saturating_sub(c.last_sentence) <= window;
    // The same description again.
    if definite || key.split_whitespace().count() > 1 {
        if let Some(ci) = clusters
            .iter()
            .rposition(|c| c.names.contains(&key) && compatible_types(m.etype, c.etype))
        {
            return Some(ci);
        }
    }
    if !definite {
        return None;
    }
    let plural_ok = |c: &Cluster| c.plural.is_none_or(|p| p == m.plural);
    // Head match with an earlier description of the same number.
    if let Some(ci) = clusters.iter().rposition(|c| {
        c.heads.contains(&head) && plural_ok(c) && compatible_types(m.etype, c.etype)
    }) {
        return Some(ci);
    }
    let window = options.description_window;
    let gender = noun_gender(&head);
    let wanted: Option<&[EntityType]> = if TITLES.contains(&head.as_str()) {
        Some(&[EntityType::Person])
    } else {
        match head.as_str() {
            "company" | "firm" | "group" | "organisation" | "organization" | "agency"
            | "ministry" | "party" | "bank" | "union" | "alliance" | "government" => {
                Some(&[EntityType::Organisation, EntityType::Polity])
            }
            "country" | "nation" | "state" | "republic" | "kingdom" => {
                Some(&[EntityType::Country, EntityType::Polity])
            }
            "city" | "town" | "capital" | "village" => Some(&[EntityType::City]),
            _ => None,
        }
    };
    let wanted = wanted?;
    if m.plural {
        return None; // "the two countries" names several entities at once
    }
    clusters.iter().rposition(|c| {
        c.has_name
            && near(c, window)
            && c.plural != Some(true)
            && c.etype.is_some_and(|t| wanted.contains(&t))
            && compatible_types(m.etype, c.etype)
            && (gender.is_none() || c.gender.is_none() || c.gender == gender)
    })
}

/// 0: I, 1: we, 2: you.
fn voice(word: &str) -> Option<usize> {
    match word.to_lowercase().as_str() {
        "i" | "me" | "my" | "mine" | "myself" => Some(0),
        "we" | "us" | "our" | "ours" | "ourselves" => Some(1),
        "you" | "your" | "yours" | "yourself" | "yourselves" => Some(2),
        _ => None,
    }
}

struct PronounTraits {
    gender: Option<Gender>,
    plural: bool,
    /// Refers to people (he/she) or to things and bodies (it).
    personal: Option<bool>,
}

fn pronoun_traits(word: &str) -> Option<PronounTraits> {
    let t = |gender, plural, personal| {
        Some(PronounTraits {
            gender,
            plural,
            personal,
        })
    };
    match word.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => t(Some(Gender::Male), false, Some(true)),
        "she" | "her" | "hers" | "herself" => t(Some(Gender::Female), false, Some(true)),
        "it" | "its" | "itself" => t(None, false, Some(false)),
        "they" | "them" | "their" | "theirs" | "themselves" => t(None, true, None),
        _ => None,
    }
}

fn match_pronoun(m: &CorefMention, clusters: &[Cluster], options: CorefOptions) -> Option<usize> {
    let traits = pronoun_traits(&m.head)?;
    let mut best: Option<(f64, usize)> = None;
    for (ci, c) in clusters.iter().enumerate() {
        let distance = m.sentence.saturating_sub(c.last_sentence);
        if distance > options.pronoun_window || c.last_sentence > m.sentence {
            continue;
        }
        let person = c.etype.map(|t| t == EntityType::Person);
        if matches!(
            (traits.personal, person),
            (Some(true), Some(false)) | (Some(false), Some(true))
        ) {
            continue;
        }
        if traits.gender.is_some() && c.gender.is_some() && traits.gender != c.gender {
            continue;
        }
        // They: a plural, or a body (organisation, country, group) spoken of as its people.
        let number_ok = if traits.plural {
            c.plural == Some(true)
                || matches!(
                    c.etype,
                    Some(EntityType::Organisation | EntityType::Group | EntityType::Country)
                )
        } else {
            c.plural != Some(true)
        };
        if !number_ok {
            continue;
        }
        let score = -(distance as f64)
            + if c.last_subject { 0.6 } else { 0.0 }
            + 0.3 * (c.members.len() as f64).ln()
            + if c.has_name { 0.3 } else { 0.0 };
        // Later clusters win ties: they were mentioned more recently.
        if best.is_none_or(|(s, _)| score >= s) {
            best = Some((score, ci));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(sentence: usize, pos: usize, text: &str, t: EntityType) -> CorefMention {
        CorefMention {
            sentence,
            position: pos,
            text: text.into(),
            head: text.split_whitespace().last().unwrap_or("").into(),
            form: MentionForm::Name,
            etype: Some(t),
            plural: false,
            subject: false,
        }
    }

    fn word(sentence: usize, pos: usize, text: &str, form: MentionForm) -> CorefMention {
        CorefMention {
            sentence,
            position: pos,
            text: text.into(),
            head: text.split_whitespace().last().unwrap_or("").into(),
            form,
            etype: None,
            plural: false,
            subject: false,
        }
    }

    #[test]
    fn surname_and_full_name_meet_but_another_first_name_does_not() {
        let m = vec![
            name(0, 0, "Ana Lind", EntityType::Person),
            name(1, 10, "Lind", EntityType::Person),
            name(2, 20, "Mrs. Lind", EntityType::Person),
            name(3, 30, "Erik Lind", EntityType::Person),
        ];
        let c = resolve(&m, CorefOptions::default());
        assert_eq!(c, vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn article_and_acronym_variants() {
        let m = vec![
            name(0, 0, "the Kremlin", EntityType::Organisation),
            name(
                0,
                5,
                "Organization for Security and Co-operation in Europe",
                EntityType::Organisation,
            ),
            name(1, 10, "Kremlin", EntityType::Organisation),
            name(2, 20, "OSCE", EntityType::Organisation),
        ];
        let c = resolve(&m, CorefOptions::default());
        assert_eq!(c, vec![vec![0, 2], vec![1, 3]]);
    }

    #[test]
    fn pronouns_agree_in_gender_and_kind() {
        let mut m = vec![
            name(0, 0, "Ana Lind", EntityType::Person),
            name(0, 3, "Erik Berg", EntityType::Person),
            name(0, 6, "Norland", EntityType::Country),
            word(1, 10, "she", MentionForm::Pronoun),
            word(1, 12, "it", MentionForm::Pronoun),
            word(2, 20, "his", MentionForm::Pronoun),
        ];
        m[0].text = "Mrs. Ana Lind".into();
        m[1].text = "Mr. Erik Berg".into();
        let c = resolve(&m, CorefOptions::default());
        assert_eq!(c, vec![vec![0, 3], vec![1, 5], vec![2, 4]]);
    }

    #[test]
    fn a_title_description_finds_the_nearest_person() {
        let m = vec![
            name(0, 0, "Norland", EntityType::Country),
            name(0, 3, "Omar Said", EntityType::Person),
            word(1, 10, "the spokesman", MentionForm::Nominal),
            word(2, 20, "the country", MentionForm::Nominal),
            word(3, 30, "the two countries", MentionForm::Nominal),
        ];
        let mut m = m;
        m[4].plural = true;
        let c = resolve(&m, CorefOptions::default());
        assert_eq!(c, vec![vec![0, 3], vec![1, 2], vec![4]]);
    }

    #[test]
    fn a_pronoun_too_far_back_starts_nothing() {
        let m = vec![
            name(0, 0, "Ana Lind", EntityType::Person),
            word(9, 90, "she", MentionForm::Pronoun),
        ];
        assert_eq!(resolve(&m, CorefOptions::default()).len(), 2);
    }
}
