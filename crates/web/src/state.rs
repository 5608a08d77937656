//! What every handler shares: the use cases, the proofreader, the outbox.

use crate::cache::{Kept, Key};
use afterview_app::{App, AppError, InsightsView, Outbox};
use afterview_letters::Templates;
use afterview_proofread::Proofreader;
use afterview_store::Store;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::OnceLock;

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
    /// The proofreader, started by the first page that reads a letter:
    /// Harper's rules take tens of megabytes, which a server that is only
    /// asked for its agenda need not hold.
    proofreader: OnceLock<Proofreader>,
    /// Where email goes out.
    pub(crate) outbox: Outbox,
    /// The access token, when the server is not loopback-only.
    pub(crate) token: Option<String>,
    /// The letter templates.
    pub(crate) templates: Templates,
    /// Today's page, kept per generation and second, rendered with
    /// [`Self::placeholder`] where each browser's CSRF token goes.
    pub(crate) today: Kept<String>,
    /// The insights, kept per generation and second: they read every
    /// application, round and debrief.
    pub(crate) insights: Kept<InsightsView>,
    /// A random stand-in for the CSRF token in kept pages: 32 hex digits,
    /// which escaping leaves as they are, drawn afresh by every process so
    /// that no text typed into afterview can contain it.
    pub(crate) placeholder: String,
    /// The API's agenda as JSON, kept per generation, second and query.
    pub(crate) agenda_json: Kept<axum::body::Bytes>,
}

impl<S> Web<S> {
    /// The state for `app` served with `options`.
    pub fn new(app: App<S>, options: Options) -> Web<S> {
        Web {
            app,
            proofreader: OnceLock::new(),
            outbox: options.outbox,
            token: options.token,
            templates: options.templates,
            today: Kept::default(),
            insights: Kept::default(),
            placeholder: crate::security::random_token(),
            agenda_json: Kept::default(),
        }
    }
}

impl<S> Web<S> {
    /// The proofreader, started on first use.
    pub(crate) fn proofreader(&self) -> &Proofreader {
        self.proofreader.get_or_init(Proofreader::new)
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

    /// The insights as of now, computed once per generation and second.
    pub(crate) async fn insights(&self) -> Result<std::sync::Arc<InsightsView>, AppError> {
        let key = self.key("insights".to_owned()).await?;
        Ok(match self.insights.get(&key) {
            Some(view) => view,
            None => self.insights.put(key, self.app.insights().await?),
        })
    }
}
