//! How nodes look in Gephi: a fixed colour per type and a size that grows with mentions.

/// The colour of each node type, as RGB. Types follow `EntityType::as_str`, plus `event`
/// for event nodes; anything else gets [`OTHER_COLOR`]. Actors are in strong hues, places
/// in greens, yellows and greys, so the two kinds separate at a glance.
pub const PALETTE: [(&str, [u8; 3]); 11] = [
    ("person", [78, 121, 167]),       // #4E79A7 blue
    ("organisation", [242, 142, 43]), // #F28E2B orange
    ("country", [225, 87, 89]),       // #E15759 red
    ("polity", [176, 122, 161]),      // #B07AA1 purple
    ("group", [118, 183, 178]),       // #76B7B2 teal
    ("city", [89, 161, 79]),          // #59A14F green
    ("region", [140, 209, 125]),      // #8CD17D light green
    ("facility", [237, 201, 72]),     // #EDC948 yellow
    ("line", [156, 117, 95]),         // #9C755F brown
    ("location", [186, 176, 172]),    // #BAB0AC light grey
    ("event", [255, 157, 167]),       // #FF9DA7 pink
];

/// The colour of a type outside [`PALETTE`]: #79706E dark grey.
pub const OTHER_COLOR: [u8; 3] = [121, 112, 110];

/// The RGB colour of a node type.
pub fn color_of(etype: &str) -> [u8; 3] {
    PALETTE
        .iter()
        .find(|(t, _)| *t == etype)
        .map_or(OTHER_COLOR, |(_, c)| *c)
}

/// Node size: `10 + 3 * sqrt(mentions)`, so a node mentioned once is 13 and one mentioned
/// 100 times is 40; square root keeps the most-cited actors from swamping the picture. IEEE
/// square root is exact to the last bit everywhere, so the printed size is too.
pub fn size_of(mentions: u64) -> f64 {
    10.0 + 3.0 * (mentions as f64).sqrt()
}

/// A node's size: by its mentions in the text, or, for a node no text mentions (an event
/// node), by its weighted degree in the network.
pub fn node_size(node: &crate::Node, degree: u64) -> f64 {
    if node.mentions > 0 {
        size_of(node.mentions)
    } else {
        size_of(degree)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entity_type_has_its_own_colour() {
        for t in newsgraph_model::EntityType::ALL {
            assert_ne!(color_of(t.as_str()), OTHER_COLOR, "{t}");
        }
        let mut colours: Vec<[u8; 3]> = PALETTE.iter().map(|(_, c)| *c).collect();
        colours.push(OTHER_COLOR);
        colours.sort();
        colours.dedup();
        assert_eq!(colours.len(), PALETTE.len() + 1);
    }

    #[test]
    fn size_grows_with_mentions() {
        assert_eq!(size_of(0), 10.0);
        assert_eq!(size_of(1), 13.0);
        assert_eq!(size_of(100), 40.0);
    }
}
