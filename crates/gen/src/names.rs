//! The cast: real countries, invented people and organisations. Names are built from
//! syllables so that no real person is named.

use crate::rng::Rng;

pub struct Country {
    pub name: &'static str,
    pub capital: &'static str,
    pub demonym: &'static str,
}

macro_rules! countries {
    ($(($n:literal, $c:literal, $d:literal)),* $(,)?) => {
        &[$(Country { name: $n, capital: $c, demonym: $d }),*]
    };
}

/// Real countries with their capitals and demonyms, roughly in order of how often they are
/// in international news (rank drives the Zipf law).
pub static COUNTRIES: &[Country] = countries![
    ("Russia", "Moscow", "Russian"),
    ("China", "Beijing", "Chinese"),
    ("Ukraine", "Kyiv", "Ukrainian"),
    ("France", "Paris", "French"),
    ("Germany", "Berlin", "German"),
    ("Iran", "Tehran", "Iranian"),
    ("Turkey", "Ankara", "Turkish"),
    ("India", "New Delhi", "Indian"),
    ("Japan", "Tokyo", "Japanese"),
    ("Israel", "Jerusalem", "Israeli"),
    ("Egypt", "Cairo", "Egyptian"),
    ("Pakistan", "Islamabad", "Pakistani"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Poland", "Warsaw", "Polish"),
    ("Italy", "Rome", "Italian"),
    ("Spain", "Madrid", "Spanish"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Greece", "Athens", "Greek"),
    ("Hungary", "Budapest", "Hungarian"),
    ("Serbia", "Belgrade", "Serbian"),
    ("Armenia", "Yerevan", "Armenian"),
    ("Azerbaijan", "Baku", "Azerbaijani"),
    ("Georgia", "Tbilisi", "Georgian"),
    ("Kazakhstan", "Astana", "Kazakh"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Thailand", "Bangkok", "Thai"),
    ("Argentina", "Buenos Aires", "Argentine"),
    ("Chile", "Santiago", "Chilean"),
    ("Peru", "Lima", "Peruvian"),
    ("Colombia", "Bogota", "Colombian"),
    ("Morocco", "Rabat", "Moroccan"),
    ("Algeria", "Algiers", "Algerian"),
    ("Sudan", "Khartoum", "Sudanese"),
    ("Ghana", "Accra", "Ghanaian"),
    ("Senegal", "Dakar", "Senegalese"),
    ("Sweden", "Stockholm", "Swedish"),
    ("Norway", "Oslo", "Norwegian"),
    ("Finland", "Helsinki", "Finnish"),
    ("Austria", "Vienna", "Austrian"),
    ("Portugal", "Lisbon", "Portuguese"),
    ("Lithuania", "Vilnius", "Lithuanian"),
    ("Latvia", "Riga", "Latvian"),
    ("Estonia", "Tallinn", "Estonian"),
    ("Moldova", "Chisinau", "Moldovan"),
    ("Belarus", "Minsk", "Belarusian"),
    ("Mongolia", "Ulaanbaatar", "Mongolian"),
];

/// First names: common given names in many languages (general words, not people).
const FIRST: [&str; 60] = [
    "Anna", "David", "Maria", "Ahmed", "Elena", "Omar", "Sofia", "Ivan", "Laura", "Karim", "Nadia",
    "Peter", "Olga", "Samuel", "Fatima", "Mark", "Irina", "Hassan", "Julia", "Tomas", "Leila",
    "Martin", "Amira", "Pavel", "Clara", "Yusuf", "Marta", "Daniel", "Zeynep", "Lukas", "Rosa",
    "Ali", "Helena", "Victor", "Aisha", "Jan", "Teresa", "Mehmet", "Ines", "Andrei", "Carmen",
    "Bilal", "Eva", "Sergei", "Lucia", "Tariq", "Nina", "Paulo", "Hana", "Dmitri", "Alice", "Kofi",
    "Miriam", "Rafael", "Dina", "Jonas", "Selin", "Adam", "Vera", "Ravi",
];

const HEAD: [&str; 24] = [
    "Vel", "Mar", "Kor", "Dan", "Tal", "Ros", "Bel", "Sor", "Lin", "Hav", "Ost", "Pra", "Ker",
    "Mol", "Zan", "Dro", "Fen", "Gal", "Ibr", "Jor", "Nev", "Ush", "Var", "Tem",
];

const TAIL: [&str; 20] = [
    "ov", "ski", "ena", "ari", "sson", "ez", "ian", "ovic", "berg", "ani", "escu", "ley", "ton",
    "mann", "elli", "idis", "oglu", "enko", "ard", "ou",
];

/// Roles an apposition gives a person ("Ruritania's foreign minister, Anna Velkov").
const ROLES: [&str; 7] = [
    "foreign minister",
    "prime minister",
    "president",
    "defence minister",
    "interior minister",
    "trade minister",
    "finance minister",
];

/// Kinds of organisation, completed with a qualifier.
pub const ORG_KINDS: [&str; 8] = [
    "Party",
    "Union",
    "Front",
    "Council",
    "Movement",
    "Alliance",
    "Federation",
    "Coalition",
];

const ORG_QUALIFIERS: [&str; 16] = [
    "National Renewal",
    "United Workers",
    "Coastal Fishermen's",
    "Green Valley",
    "Civic Reform",
    "Free Farmers'",
    "Democratic Unity",
    "Northern Miners'",
    "People's Justice",
    "Independent Traders'",
    "Progressive Labour",
    "Rural Solidarity",
    "New Dawn",
    "Southern Growers'",
    "Liberty and Order",
    "River Basin",
];

#[derive(Clone)]
pub struct Person {
    pub name: String,
    pub country: &'static str,
    pub role: &'static str,
}

#[derive(Clone)]
pub struct Org {
    pub name: String,
}

/// Who may appear, in popularity order.
pub struct Cast {
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
}

impl Cast {
    /// 3,000 people and 128 organisations, drawn and ordered by `seed`.
    pub fn new(seed: u64) -> Cast {
        let mut rng = Rng::new(seed.wrapping_add(0xC0FF_EE00));
        let mut people = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while people.len() < 3000 {
            let first = FIRST[rng.below(FIRST.len() as u64) as usize];
            let head = HEAD[rng.below(HEAD.len() as u64) as usize];
            let tail = TAIL[rng.below(TAIL.len() as u64) as usize];
            let name = format!("{first} {head}{tail}");
            if !seen.insert(name.clone()) {
                continue;
            }
            let country = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize].name;
            let role = ROLES[rng.below(ROLES.len() as u64) as usize];
            people.push(Person {
                name,
                country,
                role,
            });
        }
        let mut orgs = Vec::new();
        for q in ORG_QUALIFIERS {
            for k in ORG_KINDS {
                orgs.push(Org {
                    name: format!("{q} {k}"),
                });
            }
        }
        // A seeded shuffle, so that which organisation is most popular depends on the seed.
        for i in (1..orgs.len()).rev() {
            let j = rng.below(i as u64 + 1) as usize;
            orgs.swap(i, j);
        }
        Cast { people, orgs }
    }
}
