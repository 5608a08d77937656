//! What every handler shares: the use cases, the proofreader, the outbox.

use afterview_app::{App, Outbox};
use afterview_letters::Templates;
use afterview_proofread::Proofreader;
use std::net::{Ipv4Addr, SocketAddr};

/// How to serve.
pub struct Options {
    /// Where to listen (loopback unless a token is given).
    pub addr: SocketAddr,
    /// The token every request must carry; required off loopback.
    pub token: Option<String>,
    /// Where email goes out, from the config file.
    pub outbox: Outbox,
    /// The letter templates, with the person's overrides.
    pub templates: Templates,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 7878)),
            token: None,
            outbox: Outbox::default(),
            templates: Templates::builtin(),
        }
    }
}

/// The server's shared state.
pub struct Web<S> {
    /// The use cases.
    pub(crate) app: App<S>,
    /// The proofreader, built once (it loads on its own threads at start).
    pub(crate) proofreader: Proofreader,
    /// Where email goes out.
    pub(crate) outbox: Outbox,
    /// The access token, when the server is not loopback-only.
    pub(crate) token: Option<String>,
    /// The letter templates.
    pub(crate) templates: Templates,
}

impl<S> Web<S> {
    /// The state for `app` served with `options`.
    pub fn new(app: App<S>, options: Options) -> Web<S> {
        Web {
            app,
            proofreader: Proofreader::new(),
            outbox: options.outbox,
            token: options.token,
            templates: options.templates,
        }
    }
}
