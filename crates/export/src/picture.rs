//! A picture of the network for people without Gephi: a Fruchterman–Reingold layout from a
//! fixed seed, drawn as SVG (nodes coloured by type and sized as in Gephi, labelled, edges
//! styled by polarity, a legend), and PNG through resvg.
//!
//! The layout uses only additions, products, divisions and square roots, which IEEE 754
//! rounds the same everywhere, and iterates in IRI order: the same network gives the same
//! picture, byte for byte.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write;

use crate::network::EdgeRef;
use crate::style::{color_of, node_size, PALETTE};
use crate::xml::escape;
use crate::{ExportError, Network, Node};

/// How the picture is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureOptions {
    /// Draw at most this many nodes: the ones with the highest weighted degree (ties by
    /// IRI), with the edges among them. A picture of thousands of nodes is unreadable;
    /// Gephi is for those.
    pub max_nodes: usize,
    /// Width and height of the drawing area in pixels for up to 40 nodes, growing with the
    /// square root of the node count beyond (the legend is added to the right).
    pub width: f64,
    pub height: f64,
    /// Layout iterations.
    pub iterations: usize,
    /// The line at the top.
    pub title: String,
}

impl Default for PictureOptions {
    fn default() -> Self {
        PictureOptions {
            max_nodes: 120,
            width: 1100.0,
            height: 800.0,
            iterations: 400,
            title: "newsgraph network".into(),
        }
    }
}

const LEGEND_WIDTH: f64 = 230.0;
const MARGIN: f64 = 70.0;
const FONT: &str = "DejaVu Sans, Verdana, Arial, sans-serif";

/// A tiny linear congruential generator (Knuth's MMIX constants): the layout's only
/// randomness, from a fixed seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The nodes to draw, in IRI order, and the edges among them.
fn selection<'a>(net: &'a Network, max_nodes: usize) -> (Vec<&'a Node>, Vec<EdgeRef<'a>>) {
    let degrees = net.degrees();
    let mut nodes = net.nodes();
    if nodes.len() > max_nodes {
        nodes.sort_by(|a, b| {
            let (da, db) = (degrees.get(&a.id), degrees.get(&b.id));
            db.cmp(&da).then_with(|| a.id.cmp(&b.id))
        });
        nodes.truncate(max_nodes);
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
    }
    let kept: BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let edges = net
        .edges()
        .into_iter()
        .filter(|e| kept.contains(e.source.id.as_str()) && kept.contains(e.target.id.as_str()))
        .collect();
    (nodes, edges)
}

/// Fruchterman–Reingold with gravity towards the centre (so that separate components stay
/// in the frame), positions in a `width` x `height` box centred on 0.
pub fn layout(
    n: usize,
    edges: &[(usize, usize, f64)],
    width: f64,
    height: f64,
    iterations: usize,
) -> Vec<(f64, f64)> {
    let mut rng = Lcg(0x6e65_7773_6772_6170); // "newsgrap"
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| ((rng.next() - 0.5) * width, (rng.next() - 0.5) * height))
        .collect();
    if n < 2 {
        return vec![(0.0, 0.0); n];
    }
    let k = (width * height / n as f64).sqrt() * 0.6;
    let mut temperature = width / 10.0;
    let cooling = temperature / (iterations as f64 + 1.0);
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for _ in 0..iterations {
        for d in disp.iter_mut() {
            *d = (0.0, 0.0);
        }
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(0.01);
                // Repulsion k²/d along the unit vector: (dx, dy) * k² / d².
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b, w) in edges {
            if a == b {
                continue;
            }
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            // Attraction d²/k along the unit vector, a little stronger for heavy edges.
            let f = d / k * (1.0 + w.sqrt() * 0.2);
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for i in 0..n {
            let (x, y) = pos[i];
            let r = (x * x + y * y).sqrt();
            // Gravity: pulls with a force growing with the distance from the centre.
            disp[i].0 -= x * r / k * 0.05;
            disp[i].1 -= y * r / k * 0.05;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt();
            if len > 0.0 {
                let step = len.min(temperature) / len;
                pos[i].0 += disp[i].0 * step;
                pos[i].1 += disp[i].1 * step;
            }
        }
        temperature -= cooling;
    }
    pos
}

fn polarity_style(polarity: Option<&str>) -> (&'static str, &'static str) {
    match polarity {
        Some("negated") => ("#C0392B", " stroke-dasharray=\"7 4\""),
        Some("unrealised") => ("#7F8C8D", " stroke-dasharray=\"2 4\""),
        _ => ("#5D6D7E", ""),
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// Draws the network as an SVG document.
pub fn render_svg(net: &Network, options: &PictureOptions) -> String {
    let (nodes, edges) = selection(net, options.max_nodes.max(1));
    let index: BTreeMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let degrees = net.degrees();
    let pairs: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter_map(|e| {
            Some((
                *index.get(e.source.id.as_str())?,
                *index.get(e.target.id.as_str())?,
                e.edge.weight as f64,
            ))
        })
        .collect();
    // Room grows with the node count, so that labels keep apart: the given size fits 40.
    let grow = (nodes.len() as f64 / 40.0).sqrt().max(1.0);
    let (w, h) = (options.width * grow, options.height * grow);
    let raw = layout(nodes.len(), &pairs, w, h, options.iterations);
    // Fit the layout into the drawing area.
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in &raw {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    let sx = if x1 > x0 {
        (w - 2.0 * MARGIN) / (x1 - x0)
    } else {
        0.0
    };
    let sy = if y1 > y0 {
        (h - 2.0 * MARGIN - 30.0) / (y1 - y0)
    } else {
        0.0
    };
    let pos: Vec<(f64, f64)> = raw
        .iter()
        .map(|&(x, y)| {
            let px = if sx > 0.0 {
                MARGIN + (x - x0) * sx
            } else {
                w / 2.0
            };
            let py = if sy > 0.0 {
                MARGIN + 30.0 + (y - y0) * sy
            } else {
                h / 2.0
            };
            (px, py)
        })
        .collect();
    let radius: Vec<f64> = nodes
        .iter()
        .map(|n| node_size(n, degrees.get(&n.id).copied().unwrap_or(0)) / 2.4)
        .collect();

    let total_w = w + LEGEND_WIDTH;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total_w:.0}\" height=\"{h:.0}\" \
         viewBox=\"0 0 {total_w:.0} {h:.0}\" font-family=\"{FONT}\">"
    );
    s.push_str("<defs>\n");
    for (name, colour) in [
        ("asserted", "#5D6D7E"),
        ("negated", "#C0392B"),
        ("unrealised", "#7F8C8D"),
    ] {
        let _ = writeln!(
            s,
            "<marker id=\"arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" \
             markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">\
             <path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
        );
    }
    s.push_str("</defs>\n");
    let _ = writeln!(
        s,
        "<rect x=\"0\" y=\"0\" width=\"{total_w:.0}\" height=\"{h:.0}\" fill=\"#FFFFFF\"/>"
    );
    let shown = if nodes.len() < net.node_count() {
        format!(
            " (the {} most connected of {} nodes)",
            nodes.len(),
            net.node_count()
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        s,
        "<text x=\"{MARGIN}\" y=\"36\" font-size=\"20\" font-weight=\"bold\" fill=\"#222222\">{}</text>",
        escape(&options.title)
    );
    let _ = writeln!(
        s,
        "<text x=\"{MARGIN}\" y=\"58\" font-size=\"13\" fill=\"#555555\">{} nodes, {} edges{}</text>",
        net.node_count(),
        net.edge_count(),
        escape(&shown)
    );
    if nodes.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"18\" fill=\"#888888\" text-anchor=\"middle\">\
             empty network: nothing matched</text>",
            w / 2.0,
            h / 2.0
        );
    }

    // One line per directed pair, its labels joined; a pair linked both ways bends.
    let mut by_pair: BTreeMap<(usize, usize), Vec<&EdgeRef<'_>>> = BTreeMap::new();
    for e in &edges {
        if let (Some(&a), Some(&b)) = (
            index.get(e.source.id.as_str()),
            index.get(e.target.id.as_str()),
        ) {
            by_pair.entry((a, b)).or_default().push(e);
        }
    }
    let label_edges = by_pair.len() <= 100;
    s.push_str("<g id=\"edges\" fill=\"none\">\n");
    let mut edge_labels = String::new();
    for (&(a, b), group) in &by_pair {
        if a == b {
            continue;
        }
        let weight: u64 = group.iter().map(|e| e.edge.weight).sum();
        // The strongest polarity style of the group: asserted if any edge is.
        let polarity = if group
            .iter()
            .any(|e| e.edge.polarity.as_deref().unwrap_or("asserted") == "asserted")
        {
            "asserted"
        } else {
            group[0].edge.polarity.as_deref().unwrap_or("asserted")
        };
        let (colour, dash) = polarity_style(Some(polarity));
        let (p, q) = (pos[a], pos[b]);
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        let len = (dx * dx + dy * dy).sqrt().max(0.01);
        let (ux, uy) = (dx / len, dy / len);
        // Start and end at the circles' rims, so that arrowheads stay visible.
        let start = (p.0 + ux * radius[a], p.1 + uy * radius[a]);
        let end = (q.0 - ux * (radius[b] + 2.0), q.1 - uy * (radius[b] + 2.0));
        let bend = if by_pair.contains_key(&(b, a)) {
            0.15 * len
        } else {
            0.0
        };
        let control = (
            (start.0 + end.0) / 2.0 - uy * bend,
            (start.1 + end.1) / 2.0 + ux * bend,
        );
        let width = 1.0 + (weight as f64).sqrt() * 0.8;
        let _ = writeln!(
            s,
            "<path d=\"M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}\" stroke=\"{colour}\" \
             stroke-width=\"{width:.2}\" stroke-opacity=\"0.75\"{dash} \
             marker-end=\"url(#arrow-{polarity})\"/>",
            start.0, start.1, control.0, control.1, end.0, end.1
        );
        if label_edges {
            let mut labels: Vec<String> = Vec::new();
            for e in group {
                let mut l = e.edge.label.clone();
                if let Some(p) = e.edge.polarity.as_deref().filter(|p| *p != "asserted") {
                    l = format!("{l} ({p})");
                }
                if e.edge.weight > 1 {
                    l = format!("{l} ×{}", e.edge.weight);
                }
                if !labels.contains(&l) {
                    labels.push(l);
                }
            }
            let mid = (
                (start.0 + 2.0 * control.0 + end.0) / 4.0,
                (start.1 + 2.0 * control.1 + end.1) / 4.0,
            );
            let _ = writeln!(
                edge_labels,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"9.5\" fill=\"#6C3483\" \
                 text-anchor=\"middle\" stroke=\"#FFFFFF\" stroke-width=\"3\" \
                 paint-order=\"stroke\">{}</text>",
                mid.0,
                mid.1 - 2.0,
                escape(&labels.join(", "))
            );
        }
    }
    s.push_str("</g>\n");

    s.push_str("<g id=\"nodes\">\n");
    for (i, n) in nodes.iter().enumerate() {
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{}\" stroke=\"#333333\" \
             stroke-width=\"0.8\"><title>{}</title></circle>",
            pos[i].0,
            pos[i].1,
            radius[i],
            hex(color_of(&n.etype)),
            escape(&n.id)
        );
    }
    s.push_str("</g>\n<g id=\"edge-labels\">\n");
    s.push_str(&edge_labels);
    s.push_str("</g>\n<g id=\"labels\" font-size=\"12.5\" fill=\"#1B1B1B\">\n");
    for (i, n) in nodes.iter().enumerate() {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" stroke=\"#FFFFFF\" stroke-width=\"3.5\" \
             paint-order=\"stroke\">{}</text>",
            pos[i].0 + radius[i] + 3.0,
            pos[i].1 + 4.0,
            escape(&n.label)
        );
    }
    s.push_str("</g>\n");
    legend(&mut s, &nodes, w);
    s.push_str("</svg>\n");
    s
}

fn legend(s: &mut String, nodes: &[&Node], x: f64) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in nodes {
        *counts.entry(n.etype.as_str()).or_default() += 1;
    }
    let x = x + 10.0;
    let _ = writeln!(
        s,
        "<g id=\"legend\"><rect x=\"{x:.0}\" y=\"70\" width=\"{:.0}\" height=\"{:.0}\" \
         fill=\"#F7F7F7\" stroke=\"#CCCCCC\"/>",
        LEGEND_WIDTH - 20.0,
        60.0 + 22.0 * (counts.len() as f64 + 4.0)
    );
    let _ = writeln!(
        s,
        "<text x=\"{:.0}\" y=\"96\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">Node types</text>",
        x + 12.0
    );
    let mut y = 120.0;
    // Palette order first (actors, then places, then events), then any other type.
    let mut types: Vec<&str> = PALETTE
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| counts.contains_key(t))
        .collect();
    types.extend(
        counts
            .keys()
            .copied()
            .filter(|t| !PALETTE.iter().any(|(p, _)| p == t)),
    );
    for t in types {
        let _ = writeln!(
            s,
            "<circle cx=\"{:.0}\" cy=\"{:.0}\" r=\"7\" fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.8\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\" font-size=\"12.5\" fill=\"#222222\">{} ({})</text>",
            x + 22.0,
            y - 4.0,
            hex(color_of(t)),
            x + 36.0,
            y,
            escape(t),
            counts[t]
        );
        y += 22.0;
    }
    y += 10.0;
    let _ = writeln!(
        s,
        "<text x=\"{:.0}\" y=\"{y:.0}\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">Edges</text>",
        x + 12.0
    );
    for name in ["asserted", "negated", "unrealised"] {
        y += 22.0;
        let (colour, dash) = polarity_style(Some(name));
        let _ = writeln!(
            s,
            "<path d=\"M{:.0},{:.0} L{:.0},{:.0}\" stroke=\"{colour}\" stroke-width=\"2\"{dash} \
             marker-end=\"url(#arrow-{name})\"/><text x=\"{:.0}\" y=\"{y:.0}\" font-size=\"12.5\" \
             fill=\"#222222\">{name}</text>",
            x + 12.0,
            y - 4.0,
            x + 44.0,
            y - 4.0,
            x + 54.0
        );
    }
    s.push_str("</g>\n");
}

/// Writes the picture as SVG.
pub fn write_svg(
    net: &Network,
    options: &PictureOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    out.write_all(render_svg(net, options).as_bytes())
        .map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)
}

/// Writes the picture as PNG, rendered from the SVG by resvg with the system's fonts.
pub fn write_png(
    net: &Network,
    options: &PictureOptions,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let png = render_png(&render_svg(net, options))?;
    out.write_all(&png).map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)
}

/// Rasterises an SVG document to PNG bytes.
pub fn render_png(svg: &str) -> Result<Vec<u8>, ExportError> {
    use resvg::{tiny_skia, usvg};
    let mut opt = usvg::Options::default();
    opt.fontdb_mut().load_system_fonts();
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| ExportError::Render(format!("cannot allocate {size:?} pixels")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Render(e.to_string()))
}
