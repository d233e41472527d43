use std::net::SocketAddr;

use newsgraph_store::StoreError;
use thiserror::Error;

/// What stops the server from starting or serving. Errors of single requests are answers
/// (4xx, 5xx), not errors of the server.
#[derive(Debug, Error)]
pub enum ServerError {
    /// The store cannot be opened read-only.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address is taken or not ours.
    #[error(
        "cannot listen on {addr}: {source}; choose another address with --bind (port 0 picks a \
         free one)"
    )]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    /// The async runtime could not start (threads, file descriptors).
    #[error("cannot start the server's runtime: {0}")]
    Runtime(#[source] std::io::Error),
    /// Accepting connections failed.
    #[error("the server stopped: {0}")]
    Serve(#[source] std::io::Error),
}
