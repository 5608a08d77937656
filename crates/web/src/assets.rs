//! The files the pages load, compiled into the binary: no CDN and no Node
//! build are needed to run afterview.
//!
//! htmx (`assets/htmx.min.js`, 0BSD, from the npm package `htmx.org`) adds
//! in-place updates to plain forms; `app.js` is our own small script (live
//! proofreading, the board's drag and drop); `app.css` the one stylesheet.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "htmx.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/htmx.min.js"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/app.css"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../assets/favicon.svg"),
    ),
];

/// The asset routes, under `/static/`.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route("/static/{name}", get(asset)).route(
        "/favicon.ico",
        get(|| asset(Path("favicon.svg".to_owned()), HeaderMap::new())),
    )
}

/// A content hash, so a browser revalidates cheaply and never keeps a stale copy.
fn etag(bytes: &[u8]) -> String {
    // FNV-1a: stable across builds and runs, which a ETag needs.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("\"{hash:016x}\"")
}

async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(n) = FILES.iter().position(|(n, _, _)| *n == name) else {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    };
    let (_, mime, bytes) = FILES[n];
    // Hashed once per process: the files are compiled in.
    static TAGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let tag = &TAGS.get_or_init(|| FILES.iter().map(|(_, _, b)| etag(b)).collect())[n];
    let cache = [
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        (
            header::ETAG,
            HeaderValue::from_str(tag).unwrap_or(HeaderValue::from_static("\"0\"")),
        ),
    ];
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == tag.as_bytes())
    {
        return (StatusCode::NOT_MODIFIED, cache).into_response();
    }
    (
        cache,
        [(header::CONTENT_TYPE, HeaderValue::from_static(mime))],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn etags_follow_the_content() {
        assert_eq!(super::etag(b"a"), super::etag(b"a"));
        assert_ne!(super::etag(b"a"), super::etag(b"b"));
    }
}
