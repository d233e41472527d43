//! A rebel army's name ends in "Army" ("the Condor Liberation Army"), but wire copy keeps
//! "the army" and "Army spokesman X" for the state's army, and "the group" for the rebels,
//! never for the state's troops. Sentences written for these tests, names made up.

mod common;

use common::{extract_on, holds, id, lacks};
use newsgraph_model::{ArticleGraph, RelationType::SpokespersonOf};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-05-04"))
}

const CLASH: &str = "LIMA, May 4 (Wire) - Peruvian soldiers clashed with fighters of the Condor \
                     Liberation Army in the hills near the border on Sunday";

#[test]
fn the_army_after_a_rebel_army_is_the_states() {
    let g = extract(&format!("{CLASH}, the army said."));
    assert_ne!(
        id(&g, "the army"),
        id(&g, "Condor Liberation Army"),
        "{:#?}",
        g.entities
    );
}

#[test]
fn an_army_spokesman_after_a_rebel_army_speaks_for_the_states() {
    let g = extract(&format!(
        "{CLASH}.\n\nArmy spokesman Colonel Tomas Rendel said two soldiers were wounded."
    ));
    lacks(&g, "Tomas Rendel", SpokespersonOf, "Condor Liberation Army");
    holds(&g, "Tomas Rendel", SpokespersonOf, "Peruvian army");
}

#[test]
fn the_group_is_the_rebels_not_the_states_army_or_troops() {
    let g = extract(&format!(
        "{CLASH}. The army said two soldiers were wounded. The group said in a statement \
         that it would keep fighting."
    ));
    assert_eq!(
        id(&g, "The group"),
        id(&g, "Condor Liberation Army"),
        "{:#?}",
        g.entities
    );
}
