//! `newsgraph export`: a view of the store as GEXF, GraphML, Gephi's CSV or a picture.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use newsgraph_export::{ExportOptions, Network, View};

use crate::cli::StoreArg;
use crate::pipeline::{open_store_read_only, output};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// File format. `csv` writes nodes.csv and edges.csv (Gephi's spreadsheet import) into
    /// the -o directory; `svg` and `png` draw the network (a force-directed layout with a
    /// fixed seed, colours by type, a legend).
    #[arg(long, value_enum, default_value_t = ExportFormat::Gexf)]
    pub format: ExportFormat,
    /// Output file (a directory for csv).
    #[arg(
        short,
        long,
        value_name = "PATH",
        required_unless_present = "show_query"
    )]
    pub output: Option<PathBuf>,
    /// Which network: `actors` (actors joined by the events between them, typed by
    /// CAMEO/PLOVER, weighted by count, with polarity), `events` (the bipartite actor–event
    /// graph), `roles` (spokesperson_of, leader_of, … between entities), `places` (actors
    /// joined to where their events happened) or `full` (everything).
    #[arg(long, value_enum, default_value_t = ViewArg::Actors)]
    pub view: ViewArg,
    /// Only events whose dates reach this date or later: YYYY, YYYY-MM or YYYY-MM-DD (a
    /// year or month starts on its first day). Undated events are left out by any date
    /// filter; role statements are dated by their article's publication date.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events whose dates reach this date or earlier (a year or month ends on its
    /// last day).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only what these articles say: article ids (the file name without .txt, or the
    /// JSON Lines id) or article IRIs. Repeat or separate with commas.
    #[arg(long = "article", value_name = "ID")]
    pub articles: Vec<String>,
    /// Only what articles from this news agency or publisher say (the article's `Source:`
    /// header, stored as ng:agency; any case). This is the source of the news, not the
    /// source actor of an event: to follow an actor use --around. Repeatable.
    #[arg(long = "source", value_name = "AGENCY")]
    pub agencies: Vec<String>,
    /// Only events of these types: CAMEO root codes (`11`, `04`) or PLOVER categories
    /// (`REJECT`, `CONSULT`, any case). Role relations have no event type, so --type
    /// leaves them out. Repeat or separate with commas.
    #[arg(long = "type", value_name = "CODE")]
    pub types: Vec<String>,
    /// Only events (and role statements) of these polarities: asserted, negated,
    /// unrealised. Repeat or separate with commas.
    #[arg(long = "polarity", value_name = "POLARITY")]
    pub polarities: Vec<String>,
    /// Drop edges whose weight (events or statements merged into them) is below N, then
    /// nodes left without an edge.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_weight: u64,
    /// Keep only the neighbourhood of this node (an entity or event IRI).
    #[arg(long, value_name = "IRI")]
    pub around: Option<String>,
    /// How many edges away from --around to go, in either direction.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "around")]
    pub hops: u32,
    /// Print the SPARQL CONSTRUCT that gives the same edges (run it with `newsgraph query
    /// FILE`) and export nothing.
    #[arg(long)]
    pub show_query: bool,
    /// svg/png only: draw at most this many nodes, the most connected ones.
    #[arg(long, value_name = "N", default_value_t = 120)]
    pub max_nodes: usize,
    #[command(flatten)]
    pub store: StoreArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Gexf,
    Graphml,
    Csv,
    Svg,
    Png,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    Actors,
    Events,
    Roles,
    Places,
    Full,
}

impl From<ViewArg> for View {
    fn from(v: ViewArg) -> View {
        match v {
            ViewArg::Actors => View::Actors,
            ViewArg::Events => View::Events,
            ViewArg::Roles => View::Roles,
            ViewArg::Places => View::Places,
            ViewArg::Full => View::Full,
        }
    }
}

impl ExportArgs {
    fn options(&self) -> ExportOptions {
        ExportOptions {
            view: self.view.into(),
            since: self.since.clone(),
            until: self.until.clone(),
            articles: self.articles.clone(),
            agencies: self.agencies.clone(),
            types: self.types.clone(),
            polarities: self.polarities.clone(),
            min_weight: self.min_weight,
            around: self.around.clone(),
            hops: self.hops,
        }
    }
}

pub fn run(args: ExportArgs) -> Result<()> {
    let options = args.options();
    if args.show_query {
        let query = newsgraph_export::construct_query(&options.check()?);
        let mut out = output(args.output.as_deref())?;
        out.write_all(query.as_bytes())?;
        out.flush()?;
        return Ok(());
    }
    let Some(path) = args.output.as_deref() else {
        bail!("-o PATH is needed: where to write the export");
    };
    let store = open_store_read_only(&args.store.store)?;
    let net = newsgraph_export::export_network(&store, &options)?;
    if net.is_empty() {
        eprintln!(
            "warning: the {} view{} is empty; writing an empty graph to {}",
            options.view,
            if options.filters() {
                " with these filters"
            } else {
                " of this store"
            },
            path.display()
        );
    }
    let picture = newsgraph_export::PictureOptions {
        max_nodes: args.max_nodes,
        title: format!("newsgraph: {} view", options.view),
        ..Default::default()
    };
    write_export_with(&net, args.format, path, &picture)?;
    eprintln!(
        "wrote {} nodes and {} edges ({} view) to {}",
        net.node_count(),
        net.edge_count(),
        options.view,
        path.display()
    );
    Ok(())
}

/// Writes the network in `format` to `path` (a directory for CSV).
pub fn write_export(net: &Network, format: ExportFormat, path: &Path) -> Result<()> {
    write_export_with(net, format, path, &Default::default())
}

fn write_export_with(
    net: &Network,
    format: ExportFormat,
    path: &Path,
    picture: &newsgraph_export::PictureOptions,
) -> Result<()> {
    let file = |path| output(Some(path));
    match format {
        ExportFormat::Csv => newsgraph_export::write_csv(net, path)?,
        ExportFormat::Gexf => newsgraph_export::write_gexf(net, &mut file(path)?)?,
        ExportFormat::Graphml => newsgraph_export::write_graphml(net, &mut file(path)?)?,
        ExportFormat::Svg => newsgraph_export::write_svg(net, picture, &mut file(path)?)?,
        ExportFormat::Png => newsgraph_export::write_png(net, picture, &mut file(path)?)?,
    }
    Ok(())
}
