//! The layers every request goes through: the access token, size limits,
//! CSRF checks, and the security headers on every answer.
//!
//! CSRF uses a per-browser random token kept in a `SameSite=Strict`,
//! `HttpOnly` cookie and repeated in each form (`_csrf`), or in the
//! `X-CSRF-Token` header for scripts on our pages: a page on another site
//! can neither read the cookie nor guess the token. The JSON API takes only
//! `application/json` bodies, which another site cannot send without a
//! CORS preflight this server never grants; and any write whose `Origin`
//! is another site is refused outright.

use crate::error::WebError;
use crate::pages;
use crate::state::Web;
use afterview_store::Store;
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use std::sync::Arc;

/// The largest body most requests may carry: a long letter or debrief is
/// a few kilobytes.
pub const BODY_LIMIT: usize = 1 << 20;
/// The largest contacts file an import may upload.
pub const IMPORT_LIMIT: usize = 32 << 20;

const CSRF_COOKIE: &str = "afterview_csrf";
const TOKEN_COOKIE: &str = "afterview_token";
/// The form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "_csrf";
/// The header that carries the CSRF token for scripts.
pub const CSRF_HEADER: &str = "x-csrf-token";

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// This browser's CSRF token, for the forms a page renders.
#[derive(Debug, Clone)]
pub struct Csrf(pub String);

/// Wraps the site in the security layers (outermost first: headers,
/// token, limits, CSRF).
pub fn wrap<S: Store + Clone>(site: Router<Arc<Web<S>>>, web: Arc<Web<S>>) -> Router<Arc<Web<S>>> {
    site.layer(middleware::from_fn(csrf))
        .layer(DefaultBodyLimit::max(IMPORT_LIMIT))
        .layer(middleware::from_fn(limit))
        .layer(middleware::from_fn_with_state(web, token::<S>))
        .layer(middleware::from_fn(headers))
}

/// Whether `path` belongs to the JSON API (whose errors are JSON).
pub fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// Answers an error in the form the path expects.
pub fn refuse(path: &str, err: WebError) -> Response {
    if is_api(path) {
        err.into_response()
    } else {
        pages::error_page(err)
    }
}

async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

async fn token<S: Store>(State(web): State<Arc<Web<S>>>, req: Request, next: Next) -> Response {
    let Some(expected) = web.token.as_deref() else {
        return next.run(req).await;
    };
    let headers = req.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let cookie = cookie(headers, TOKEN_COOKIE);
    if bearer.is_some_and(|t| same(t, expected)) || cookie.is_some_and(|t| same(&t, expected)) {
        return next.run(req).await;
    }
    // Opening the address printed by `serve` (`/?token=…`) signs the
    // browser in: the token moves into a cookie and out of the address bar.
    if req.method() == Method::GET
        && let Some(given) = query_param(req.uri().query(), "token")
        && same(&given, expected)
    {
        let mut res = Redirect::to(req.uri().path()).into_response();
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{TOKEN_COOKIE}={expected}; Path=/; HttpOnly; SameSite=Strict"
        )) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
        return res;
    }
    let path = req.uri().path().to_owned();
    refuse(
        &path,
        WebError::new(
            StatusCode::UNAUTHORIZED,
            "token",
            "this afterview needs its access token: open the address `afterview serve` printed, or send `Authorization: Bearer <token>`",
        ),
    )
}

async fn limit(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let max = body_limit(&path);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return refuse(&path, too_large(max));
    }
    let res = next.run(req).await;
    // A body without a declared length is cut off by the body limit, whose
    // own answer is plain text: give it ours.
    if res.status() == StatusCode::PAYLOAD_TOO_LARGE
        && res
            .headers()
            .get(header::CONTENT_TYPE)
            .is_none_or(|v| v.to_str().is_ok_and(|v| v.starts_with("text/plain")))
    {
        return refuse(&path, too_large(max));
    }
    res
}

fn body_limit(path: &str) -> usize {
    if path.ends_with("/contacts/import") {
        IMPORT_LIMIT
    } else {
        BODY_LIMIT
    }
}

/// The refusal of a body over `max` bytes.
pub(crate) fn too_large(max: usize) -> WebError {
    WebError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
        format!(
            "that is more than {} MB; nothing was saved. Shorten it, or import large files from the command line",
            max >> 20
        ),
    )
}

async fn csrf(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let (parts, body) = req.into_parts();
    // Only a token this server could have made is taken back: it goes into
    // pages, so nothing else may ride in on the cookie.
    let known = cookie(&parts.headers, CSRF_COOKIE)
        .filter(|t| t.len() == 32 && t.bytes().all(|b| b.is_ascii_hexdigit()));
    let writes = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let mut req = Request::from_parts(parts, body);
    if writes {
        if cross_site(req.headers()) {
            return refuse(
                &path,
                WebError::new(
                    StatusCode::FORBIDDEN,
                    "cross_site",
                    "a page on another site tried to change your data; nothing was changed",
                ),
            );
        }
        if !is_api(&path) {
            let (checked, passed) = check_form_token(req, known.as_deref()).await;
            match passed {
                Ok(()) => req = checked,
                Err(e) => return refuse(&path, e),
            }
        }
    }
    let (token, fresh) = match known {
        Some(t) => (t, false),
        None => (random_token(), true),
    };
    req.extensions_mut().insert(Csrf(token.clone()));
    let mut res = next.run(req).await;
    if fresh
        && let Ok(v) = HeaderValue::from_str(&format!(
            "{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
        ))
    {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// Checks a page write's token: in the header, the query, or the form.
/// The body is read (within its limit) and put back for the handler.
async fn check_form_token(req: Request, known: Option<&str>) -> (Request, Result<(), WebError>) {
    let missing = || {
        WebError::new(
            StatusCode::FORBIDDEN,
            "csrf",
            "this form is out of date or did not come from afterview; nothing was changed. Reload the page and try again",
        )
    };
    let Some(known) = known else {
        return (req, Err(missing()));
    };
    let given = req
        .headers()
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .or_else(|| query_param(req.uri().query(), CSRF_FIELD));
    if let Some(given) = given {
        let ok = if same(&given, known) {
            Ok(())
        } else {
            Err(missing())
        };
        return (req, ok);
    }
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return (req, Err(missing()));
    }
    let path = req.uri().path().to_owned();
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, body_limit(&path)).await {
        Ok(b) => b,
        Err(_) => {
            return (
                Request::from_parts(parts, Body::empty()),
                Err(too_large(body_limit(&path))),
            );
        }
    };
    let given = form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.into_owned());
    let ok = match given {
        Some(g) if same(&g, known) => Ok(()),
        _ => Err(missing()),
    };
    (Request::from_parts(parts, Body::from(bytes)), ok)
}

/// Whether the browser says the request came from another site.
fn cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "cross-site" || site == "same-site";
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => {
            let origin_host = origin.split("://").nth(1).unwrap_or(origin);
            origin_host != host
        }
        _ => false,
    }
}

/// A cookie's value.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Compares secrets in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// 128 random bits as 32 hex digits, from the system's generator.
pub(crate) fn random_token() -> String {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        // No /dev/urandom: std's randomly keyed hasher is the next best
        // source of unpredictable bits without a dependency.
        use std::hash::{BuildHasher, Hasher};
        for chunk in bytes.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or_default(),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex() {
        let a = random_token();
        let b = random_token();
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
    }

    #[test]
    fn another_origin_is_cross_site() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:7878"));
        assert!(!cross_site(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:7878"),
        );
        assert!(!cross_site(&h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(cross_site(&h));
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(!cross_site(&h));
    }

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; afterview_csrf=xyz; b=2"),
        );
        assert_eq!(cookie(&h, CSRF_COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie(&h, "c"), None);
    }
}
