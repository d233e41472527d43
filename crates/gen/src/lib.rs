//! Synthetic wire articles for benchmarks and load tests: `newsgraph gen`.
//!
//! [`Generator`] writes short wire stories (a title, an agency, a publication date, a
//! dateline, four to seven sentences) about invented people and organisations of real
//! countries, in sentences of our own templates that the baseline extractor reads:
//! appositions that give roles ("Ruritania's foreign minister, Anna Velkov, said"), and
//! events with trigger verbs (accused, met, condemned, called on, clashed, ...). Who appears
//! follows a Zipf-like law, as in real news: a few actors in most stories, a long tail in
//! few. The same seed always gives the same articles, byte for byte.
//!
//! It is not a model of any real news source and it is not used by the extractor: it only
//! makes input.
//!
//! ```
//! use newsgraph_gen::Generator;
//! let mut a = Generator::new(7);
//! let mut b = Generator::new(7);
//! let first = a.article(0);
//! assert_eq!(first, b.article(0));
//! assert!(first.text.contains(" - "), "{}", first.text); // a dateline
//! assert_ne!(first.text, a.article(1).text);
//! ```

mod names;
mod rng;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use newsgraph_model::{civil_from_days, days_from_civil, Article};

use names::{Cast, Country, Person, COUNTRIES};
use rng::{Rng, Zipf};

/// What can fail while writing articles.
#[derive(Debug, thiserror::Error)]
pub enum GenError {
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: exists and is not an empty directory; give a new directory or a .jsonl file", path.display())]
    NotEmpty { path: PathBuf },
}

/// Agencies that file the stories (invented).
const AGENCIES: [&str; 6] = [
    "Meridian Wire",
    "Northgate Press",
    "Atlas News Service",
    "Harbor Line",
    "Compass Agency",
    "Quillon Wire",
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Topics that complete event sentences.
const TOPICS: [&str; 12] = [
    "the border crossings",
    "grain exports",
    "the water treaty",
    "fishing rights",
    "the detained journalists",
    "gas transit fees",
    "the disputed islands",
    "the refugee camps",
    "rail links",
    "the election observers",
    "customs duties",
    "the ceasefire line",
];

/// A deterministic stream of synthetic articles.
pub struct Generator {
    seed: u64,
    cast: Cast,
    people: Zipf,
    countries: Zipf,
    orgs: Zipf,
}

impl Generator {
    /// A generator whose articles depend only on `seed`.
    pub fn new(seed: u64) -> Generator {
        let cast = Cast::new(seed);
        Generator {
            seed,
            people: Zipf::new(cast.people.len(), 1.05),
            countries: Zipf::new(COUNTRIES.len(), 0.9),
            orgs: Zipf::new(cast.orgs.len(), 1.1),
            cast,
        }
    }

    /// Article number `n`: the same `n` and seed always give the same article.
    pub fn article(&mut self, n: u64) -> Article {
        let mut rng = Rng::new(self.seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let day = rng.below(3 * 365) as i64;
        let (y, m, d) = civil_from_days(days_from_civil(2022, 1, 1) + day);
        let weekday = WEEKDAYS[((days_from_civil(y, m, d) + 3).rem_euclid(7)) as usize];
        let agency = AGENCIES[rng.below(AGENCIES.len() as u64) as usize];
        let home = self.country(&mut rng);
        let mut other = self.country(&mut rng);
        while other.name == home.name {
            other = self.country(&mut rng);
        }
        let a = self.person(&mut rng).clone();
        let mut b = self.person(&mut rng).clone();
        while b.name == a.name {
            b = self.person(&mut rng).clone();
        }
        let org = self.cast.orgs[self.orgs.sample(&mut rng)].clone();
        let topic = TOPICS[rng.below(TOPICS.len() as u64) as usize];
        let when = format!("on {weekday}");
        // Someone other than the speaker's own country.
        let target = |own: &str| {
            if other.name == own {
                home.name
            } else {
                other.name
            }
        };
        let short_agency = agency.split(' ').next().unwrap_or(agency);

        let mut sentences = Vec::new();
        let dateline = format!(
            "{}, {} {} ({short_agency}) - ",
            home.capital.to_uppercase(),
            MONTHS[(m - 1) as usize],
            d
        );
        let (title, lead) = match rng.below(6) {
            0 => (
                format!("{} accuses {} over {topic}", a.country, target(a.country)),
                format!(
                    "{}'s {}, {}, accused {} {when} of stalling talks on {topic}.",
                    a.country,
                    a.role,
                    a.name,
                    target(a.country)
                ),
            ),
            1 => (
                format!("{} and {} ministers meet in {}", home.demonym, other.demonym, home.capital),
                format!(
                    "{}, the {} of {}, met {} {when} in {} to discuss {topic}.",
                    a.name, a.role, a.country, b.name, home.capital
                ),
            ),
            2 => (
                format!("{} condemns {} move on {topic}", home.name, other.demonym),
                format!(
                    "{} condemned {} {when} after its government announced new rules on {topic}, the {} {} said.",
                    home.name, other.name, home.demonym, a.role
                ),
            ),
            3 => (
                format!("{} calls on {} to reopen {topic}", org.name, other.name),
                format!(
                    "The {} called on {} {when} to reopen {topic} before the end of the month.",
                    org.name, other.name
                ),
            ),
            4 => (
                format!("Border guards of {} and {} clash", home.name, other.name),
                format!(
                    "Border guards from {} and {} clashed {when} near a crossing on the frontier, officials in {} said.",
                    home.name, other.name, home.capital
                ),
            ),
            _ => (
                format!("{} rejects {} demands on {topic}", home.name, other.demonym),
                format!(
                    "{} rejected demands from {} {when} over {topic}, a spokesman for the {} foreign ministry said.",
                    home.name, other.name, home.demonym
                ),
            ),
        };
        sentences.push(lead);
        let extra = 3 + rng.below(4);
        for _ in 0..extra {
            let s = match rng.below(9) {
                0 => format!(
                    "{}, a spokesperson for the {} foreign ministry, said the talks would resume next week.",
                    b.name, home.demonym
                ),
                1 => format!(
                    "{} denied the charge and said its officials had acted within the law.",
                    other.name
                ),
                2 => format!(
                    "The {} urged both governments to settle the dispute over {topic} through dialogue.",
                    org.name
                ),
                3 => format!(
                    "{}'s {}, {}, warned that {} would not accept any change to {topic}.",
                    b.country, b.role, b.name, b.country
                ),
                4 => format!(
                    "Earlier this year {} praised {} for its help with {topic}.",
                    a.name, other.name
                ),
                5 => format!(
                    "{} and {} signed an agreement on {topic} in {}.",
                    home.name,
                    other.name,
                    2000 + rng.below(22)
                ),
                6 => format!(
                    "Hundreds of people protested in {} against the plan, according to local media.",
                    other.capital
                ),
                7 => format!(
                    "{} has called for an investigation into the incident, {} said.",
                    org.name, a.name
                ),
                _ => format!(
                    "The two countries share a long history of disputes over {topic}, {} analysts said.",
                    home.demonym
                ),
            };
            if !sentences.contains(&s) {
                sentences.push(s);
            }
        }
        let text = format!("{dateline}{}\n", sentences.join(" "));
        let id = format!("synthetic-{n:07}");
        let published = format!("{y:04}-{m:02}-{d:02}");
        Article {
            url: Some(format!("https://example.org/synthetic/{id}")),
            id,
            title: Some(title),
            source: Some(agency.to_string()),
            published: published.parse().ok(),
            dateline: None,
            text,
        }
    }

    fn country(&self, rng: &mut Rng) -> &'static Country {
        &COUNTRIES[self.countries.sample(rng)]
    }

    fn person(&self, rng: &mut Rng) -> &Person {
        &self.cast.people[self.people.sample(rng)]
    }

    /// How many invented people and organisations appear.
    pub fn cast_size(&self) -> (usize, usize) {
        (self.cast.people.len(), self.cast.orgs.len())
    }

    /// Writes articles `0..count` to `out`: a `.jsonl` file (one article per line), or a
    /// directory of `.txt` files with headers (created; must be new or empty).
    pub fn write(&mut self, count: u64, out: &Path) -> Result<(), GenError> {
        let err = |path: &Path| {
            let path = path.to_path_buf();
            move |source| GenError::Write { path, source }
        };
        if out.extension().is_some_and(|e| e == "jsonl") {
            let file = fs::File::create(out).map_err(err(out))?;
            let mut w = io::BufWriter::new(file);
            for n in 0..count {
                let a = self.article(n);
                let line = serde_json::to_string(&a).map_err(|e| GenError::Write {
                    path: out.to_path_buf(),
                    source: io::Error::other(e),
                })?;
                writeln!(w, "{line}").map_err(err(out))?;
            }
            w.flush().map_err(err(out))?;
            return Ok(());
        }
        if out.exists() && fs::read_dir(out).map_err(err(out))?.next().is_some() {
            return Err(GenError::NotEmpty {
                path: out.to_path_buf(),
            });
        }
        fs::create_dir_all(out).map_err(err(out))?;
        for n in 0..count {
            let a = self.article(n);
            let path = out.join(format!("{}.txt", a.id));
            fs::write(&path, text_file(&a)).map_err(err(&path))?;
        }
        Ok(())
    }
}

/// An article as a text file with headers, as the input crate reads them.
pub fn text_file(a: &Article) -> String {
    let mut s = String::new();
    if let Some(t) = &a.title {
        s.push_str(&format!("Title: {t}\n"));
    }
    if let Some(src) = &a.source {
        s.push_str(&format!("Source: {src}\n"));
    }
    if let Some(p) = &a.published {
        s.push_str(&format!("Published: {p}\n"));
    }
    if let Some(u) = &a.url {
        s.push_str(&format!("URL: {u}\n"));
    }
    s.push('\n');
    s.push_str(&a.text);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for z in [-1, 0, 59, 365 * 30, 19_000, 20_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn popular_actors_dominate_but_the_tail_appears() {
        let mut g = Generator::new(1);
        let mut counts = std::collections::HashMap::new();
        for n in 0..2000 {
            let a = g.article(n);
            for p in &g.cast.people {
                if a.text.contains(&p.name) {
                    *counts.entry(p.name.clone()).or_insert(0u32) += 1;
                }
            }
        }
        let top = g.cast.people[0].name.clone();
        let top_count = counts.get(&top).copied().unwrap_or(0);
        assert!(
            top_count > 40,
            "most popular person in {top_count} articles"
        );
        assert!(counts.len() > 500, "only {} people appear", counts.len());
    }

    #[test]
    fn seeds_differ_and_files_parse_back() {
        let a = Generator::new(1).article(3);
        let b = Generator::new(2).article(3);
        assert_ne!(a.text, b.text);
        let file = text_file(&a);
        assert!(file.starts_with("Title: "));
        assert!(file.contains("\n\n"));
    }
}
