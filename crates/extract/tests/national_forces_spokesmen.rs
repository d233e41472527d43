//! A spokesman for a nation's forces ("a spokesman for the Chadian armed forces") speaks
//! for the forces, not for the country their nationality names. Sentences written for
//! these tests, names made up.

mod common;

use common::{extract_on, holds, lacks};
use newsgraph_model::{ArticleGraph, RelationType::*};

fn extract(text: &str) -> ArticleGraph {
    extract_on(text, Some("2027-03-03"))
}

#[test]
fn a_spokesman_for_national_forces_speaks_for_the_forces() {
    let g = extract(
        "N'DJAMENA, March 3 (Wire) - Amina Saleh, a spokeswoman for the Chadian armed forces, \
         said the rebels had been pushed back towards the border.",
    );
    holds(&g, "Amina Saleh", SpokespersonOf, "Chadian armed forces");
    lacks(&g, "Amina Saleh", SpokespersonOf, "Chad");
}

#[test]
fn the_spokesman_named_after_the_forces_speaks_for_them() {
    let g = extract(
        "N'DJAMENA, March 3 (Wire) - A spokesman for the Tajik border troops, Colonel Rustam \
         Karimov, said the other side had opened fire first.",
    );
    holds(&g, "Rustam Karimov", SpokespersonOf, "Tajik border troops");
}

#[test]
fn a_spokesman_who_only_mentions_the_forces_does_not_speak_for_them() {
    let g = extract(
        "N'DJAMENA, March 3 (Wire) - Amina Saleh, a spokeswoman for the interior ministry, said \
         the Chadian armed forces had pushed the rebels back.",
    );
    lacks(&g, "Amina Saleh", SpokespersonOf, "Chadian armed forces");
}
