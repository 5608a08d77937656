//! What every handler shares: the use cases, the proofreader, the outbox.

use crate::cache::{Kept, Key};
use afterview_app::{AgendaView, App, AppError, Outbox};
use afterview_letters::Templates;
use afterview_proofread::Proofreader;
use afterview_store::Store;
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
    /// The agenda Today shows, kept per generation and second.
    pub(crate) today: Kept<AgendaView>,
    /// The API's agenda as JSON, kept per generation, second and query.
    pub(crate) agenda_json: Kept<axum::body::Bytes>,
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
            today: Kept::default(),
            agenda_json: Kept::default(),
        }
    }
}

impl<S: Store> Web<S> {
    /// The key of what is computed from the data now, for `variant`.
    pub(crate) async fn key(&self, variant: String) -> Result<Key, AppError> {
        Ok(Key {
            generation: self.app.generation().await?,
            second: self.app.now().as_second(),
            variant,
        })
    }
}
