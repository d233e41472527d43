//! Building a view of the store: read the facts, filter, build, trim.

use newsgraph_store::Store;

use crate::facts::{self, Needs};
use crate::filter::{ExportOptions, View};
use crate::{ExportError, Network};

/// Builds the network `options` describe (see [`View`] for each view and
/// [`ExportOptions`] for the filters).
///
/// The store is read through its Oxigraph handle ([`Store::oxigraph`]), by indexed quad
/// patterns, one pass per predicate (see the `facts` module): the time grows with the
/// number of events and statements, never with a query per node. The actor view (unless
/// filtered by article or agency) is read as one grouped query that counts the events per
/// edge inside Oxigraph (see the `actors` module), checked against a count of the events
/// and read the general way when the two disagree; both give the same network.
pub fn export_network(store: &Store, options: &ExportOptions) -> Result<Network, ExportError> {
    let checked = options.check()?;
    let path = store.path();
    let ox = store.oxigraph();
    let view = checked.view;
    if view == View::Actors {
        if let Some(actors) = crate::actors::read(ox, path, &checked)? {
            let facts = facts::Facts {
                entities: actors.entities,
                ..Default::default()
            };
            return crate::view::build_actors(&facts, &actors.groups, &checked);
        }
    }
    let needs = Needs {
        mentions: true,
        statements: matches!(view, View::Roles | View::Full),
        roots: !checked.roots.is_empty(),
        places: matches!(view, View::Places | View::Full),
        articles: !checked.articles.is_empty()
            || !checked.agencies.is_empty()
            || matches!(view, View::Roles | View::Full),
    };
    let facts = facts::read(ox, path, needs)?;
    crate::view::build(&facts, &checked)
}

/// The `full` view without filters: every entity, event edges between actors, events
/// with an actor on one side only as nodes, place edges and asserted roles. Parallel
/// edges of the same meaning merge (see [`Network::add_edge`]), so an edge's weight counts
/// the events or statements behind it.
pub fn network_from_store(store: &Store) -> Result<Network, ExportError> {
    export_network(store, &ExportOptions::view(View::Full))
}
