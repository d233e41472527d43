//! "Among them were X and Y", "Among those listed is X": persons named as members of a
//! group the story told before. Sentences written for these tests.

mod common;

use common::{extract_on, id};
use newsgraph_model::{ArticleGraph, RelationType};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-05-10"))
}

/// The labels of what the entity named `s` is a member of.
fn member_of(g: &ArticleGraph, s: &str) -> Vec<String> {
    let s = id(g, s);
    (g.relations.iter())
        .filter(|r| r.subject == s && r.predicate == RelationType::MemberOf)
        .filter_map(|r| g.entities.iter().find(|e| e.id == r.object))
        .map(|e| e.label.to_lowercase())
        .collect()
}

#[test]
fn among_them_names_members_of_the_group_the_last_sentence_opens_with() {
    let g = extract(
        "Britain imposed sanctions on Monday on five Moldovan officials accused of buying \
         votes. The officials will not be allowed to enter the country. Among them were \
         Pavel Sereda, a former mayor, and Olga Kovalenko, who ran the electoral commission.",
    );
    for person in ["Pavel Sereda", "Olga Kovalenko"] {
        let of = member_of(&g, person);
        assert!(
            of.iter().any(|o| o.contains("officials")),
            "{person}: {of:?}"
        );
    }
}

#[test]
fn among_those_listed_names_a_member_of_the_group_the_story_opens_with() {
    let g = extract(
        "Canada imposed sanctions on Tuesday on six Belarusian officials over the jailing of \
         opposition activists. Among those listed is General Ivan Tarasov, who commands the \
         interior troops.",
    );
    let of = member_of(&g, "Ivan Tarasov");
    assert!(of.iter().any(|o| o.contains("officials")), "{of:?}");
}

#[test]
fn among_a_named_crowd_makes_no_member() {
    let g = extract(
        "Britain imposed sanctions on Monday on five Moldovan officials accused of buying \
         votes. The officials will not be allowed to enter the country. Among the critics \
         of the measure was Pavel Sereda, a former mayor.",
    );
    assert!(
        member_of(&g, "Pavel Sereda").is_empty(),
        "{:#?}",
        g.relations
    );
}
