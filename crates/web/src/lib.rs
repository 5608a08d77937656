//! afterview in a browser: the local web UI and the JSON API.
//!
//! `afterview serve` hands an [`App`] to [`serve`], which answers HTTP on
//! loopback. Pages (server-rendered HTML, enhanced by a little script) and
//! the JSON API under `/api/v1` call the same use cases as the command
//! line; a handler only turns a request into a use-case input and the
//! result into HTML or JSON, so the two interfaces can never disagree.
//!
//! Security is part of the router, not of each handler: every response
//! carries the security headers (a CSP without inline script, no framing),
//! every state-changing form must carry the CSRF token, bodies are bounded,
//! and errors never show a stack trace or SQL. A token is required before
//! the server will listen on anything but loopback.

mod api;
mod assets;
mod cache;
mod charts;
mod error;
mod forms;
mod pages;
mod security;
mod state;
mod views;

pub use error::{ErrorDocument, WebError};
pub use state::{Options, Web};

use afterview_app::App;
use afterview_store::Store;
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address is not loopback and no token was given.
    #[error(
        "afterview will not listen on {0} without a token: anyone who can reach it could read and change your job search. Give one with --token (or AFTERVIEW_SERVE_TOKEN), or keep the default 127.0.0.1"
    )]
    NeedsToken(SocketAddr),
    /// The token is too short to guess-proof the server.
    #[error("the token must be at least 16 characters long; use a long random one")]
    WeakToken,
    /// Binding or serving failed.
    #[error("could not listen on {addr}: {reason}; pick another port with --port")]
    Bind {
        /// Where.
        addr: SocketAddr,
        /// Why, from the system.
        reason: String,
    },
}

/// The whole site: pages, API, assets, wrapped in the security layers.
pub fn router<S: Store + Clone>(web: Arc<Web<S>>) -> Router {
    let site = Router::new()
        .merge(pages::routes::<S>())
        .nest("/api/v1", api::routes::<S>())
        .merge(assets::routes());
    security::wrap(site, web.clone()).with_state(web)
}

/// Listens on `options.addr` and serves until Ctrl-C. `ready` is called
/// with the address actually bound (the port may have been 0) before the
/// first request is accepted.
pub async fn serve<S: Store + Clone>(
    app: App<S>,
    options: Options,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let addr = options.addr;
    match options.token.as_deref() {
        None if !addr.ip().is_loopback() => return Err(ServeError::NeedsToken(addr)),
        Some(t) if t.chars().count() < 16 => return Err(ServeError::WeakToken),
        _ => {}
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| ServeError::Bind {
            addr,
            reason: e.to_string(),
        })?;
    let bound = listener.local_addr().map_err(|e| ServeError::Bind {
        addr,
        reason: e.to_string(),
    })?;
    let web = Arc::new(Web::new(app, options));
    ready(bound);
    axum::serve(listener, router(web))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| ServeError::Bind {
            addr: bound,
            reason: e.to_string(),
        })
}
