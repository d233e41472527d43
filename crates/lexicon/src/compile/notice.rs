//! `data/lexicon/NOTICE.md`: where every file comes from, under which licence, and how it
//! was made. Regenerated with the files so that the row counts stay true.

use super::CompileReport;

pub(crate) fn render(report: &CompileReport) -> String {
    let rows = |f: &str| report.rows.get(f).copied().unwrap_or(0);
    format!(
        r#"# data/lexicon — sources, licences, how it is made

The word lists that `newsgraph-lexicon` embeds in the binary. Compiled files are regenerated,
from the shared corpora, with

```sh
newsgraph lexicon --gazetteer shared/corpora/gazetteer --petrarch shared/corpora/petrarch2 -o data/lexicon
# the same, without the CLI:
cargo run -p newsgraph-lexicon --example compile -- shared/corpora/gazetteer shared/corpora/petrarch2 data/lexicon
```

which rewrites the compiled files and this notice and never touches the hand-written files.
Output is sorted and carries no time stamp: the same sources give byte-identical files.

## Compiled files

| file | rows | made from | licence |
|---|---|---|---|
| `countries.tsv` | {countries} | mledoze/countries `countries.json` (names, other spellings, English demonyms, capital, centre) joined with GeoNames `countryInfo.txt` (GeoNames id, English name) | **ODbL 1.0** (mledoze/countries; the file is a derived database and is itself under ODbL 1.0) and **CC BY 4.0** (GeoNames) |
| `cities.tsv` | {cities} | GeoNames `cities15000.txt.gz`: places of 100,000 people or more and national capitals; ASCII spelling, English other names for capitals and cities over 1,000,000, and for smaller cities other spellings of their own name ("Geneva", "Antwerp") | **CC BY 4.0** (GeoNames, https://www.geonames.org/) |
| `towns.tsv` | {towns} | GeoNames `cities15000.txt.gz`: the places below 100,000 people that are not capitals, by name and ASCII spelling, with the countries of the places so named; names a city or a country has are left out. Used only to say which named country holds a place the text has already shown, never to find places | **CC BY 4.0** (GeoNames, https://www.geonames.org/) |
| `actors.tsv` | {actors} | PETRARCH2 `Phoenix.Countries.actors.txt`, `Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt`: multi-word names of people, and organisations (institution words, institutional CAMEO codes); country entries left to the gazetteer | **MIT**, Copyright (c) 2014 Open Event Data Alliance |
| `agents.tsv` | {agents} | PETRARCH2 `Phoenix.agents.txt`: generic actor nouns and their plurals | **MIT**, Copyright (c) 2014 Open Event Data Alliance |
| `first_names.tsv` | {first_names} | first words of the people of the PETRARCH2 CountryInfo leader lists, kept when two or more people share them | **MIT**, Copyright (c) 2014 Open Event Data Alliance |
| `cameo_verbs.tsv` | {verbs} | PETRARCH2 `CAMEO.2.0.txt`: verbs (not patterns) with their CAMEO codes, statement verbs left out | **MIT**, Copyright (c) 2015 Open Event Data Alliance |

Attribution: contains information from GeoNames (https://www.geonames.org/), licensed under
CC BY 4.0; contains information from mledoze/countries (https://github.com/mledoze/countries),
made available under the Open Database License 1.0; PETRARCH2 dictionaries by the Open Event
Data Alliance (https://github.com/openeventdata/petrarch2), MIT licence:

> Permission is hereby granted, free of charge, to any person obtaining a copy of this
> software and associated documentation files (the "Software"), to deal in the Software
> without restriction, including without limitation the rights to use, copy, modify, merge,
> publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
> to whom the Software is furnished to do so, subject to the following conditions: The above
> copyright notice and this permission notice shall be included in all copies or substantial
> portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.

## Hand-written files (ours; edit freely, `newsgraph lexicon` leaves them alone)

| file | what |
|---|---|
| `titles.tsv` | titles and role nouns → relation (`press secretary` → `spokesperson_of`) |
| `triggers.tsv` | event trigger words → CAMEO code and label, with flags (reciprocal, target preposition, required object) |
| `cameo.tsv` | CAMEO codes → our short labels |
| `cues.tsv` | cue words: organisation / region / polity / line words, place prepositions, words that never start a name, negation, plans, speech verbs, reciprocal markers |
| `country_aliases.tsv` | extra country names news uses ("U.S.", "UK") |
| `historical_countries.tsv` | states that no longer exist ("Soviet Union") with ISO 3166-3 codes |
| `given_names.tsv` | given names used overwhelmingly for one gender, for agreeing "he" / "she" with a person (read by the extractor's role rules) |
| `regions.tsv` | first-level divisions of countries (states, provinces, regions) and a few regions news names as such → their country, written from general knowledge; names that are also common words, countries or far better-known cities are left out. Used to type and place a name the text already shows as a place, never to find places |

CAMEO codes were checked against PETRARCH2 `CAMEO.2.0.txt`; labels and word choices are ours.
"#,
        countries = rows("countries.tsv"),
        cities = rows("cities.tsv"),
        towns = rows("towns.tsv"),
        actors = rows("actors.tsv"),
        agents = rows("agents.tsv"),
        first_names = rows("first_names.tsv"),
        verbs = rows("cameo_verbs.tsv"),
    )
}
