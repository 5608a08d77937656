//! What the API's OpenAPI document says beyond the handlers' annotations:
//! the answers the layers around every handler may give, how the access
//! token is sent, and the registering of each handler at the method and
//! path its annotation names. The tests check the document's structure
//! the way OpenAPI 3.1 requires it (an independent validator runs in
//! `tests/it/openapi.rs`).

use crate::error::ErrorDocument;
use crate::state::Web;
use afterview_store::Store;
use axum::Router;
use axum::handler::Handler;
use axum::routing::MethodFilter;
use std::sync::Arc;
use utoipa::ToSchema;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr, ResponseBuilder};

/// Adds to the document what `security.rs` and `forms.rs` answer on every
/// operation, and the store's 503, so that no annotation has to repeat it.
pub(super) struct Layers;

impl utoipa::Modify for Layers {
    fn modify(&self, doc: &mut OpenApi) {
        doc.components
            .get_or_insert_with(Default::default)
            .add_security_scheme(
                "token",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .description(Some(
                            "Needed only when `afterview serve` was started with a token (it must be, to listen beyond loopback)",
                        ))
                        .build(),
                ),
            );
        // No token on loopback, the token otherwise.
        doc.security = Some(vec![
            SecurityRequirement::default(),
            SecurityRequirement::new("token", Vec::<String>::new()),
        ]);
        for item in doc.paths.paths.values_mut() {
            for (_, op) in operations_mut(item) {
                refusal(
                    op,
                    "401",
                    "This server needs its access token: send `Authorization: Bearer <token>`",
                );
                // Every operation but this document itself reads the store.
                if op.operation_id.as_deref() != Some("openapi") {
                    refusal(
                        op,
                        "503",
                        "The data could not be read or written just now; nothing was changed",
                    );
                }
                let json_body = op.request_body.as_ref().is_some_and(|b| match b {
                    RefOr::T(b) => b.content.contains_key("application/json"),
                    RefOr::Ref(_) => true,
                });
                if op.request_body.is_some() {
                    if json_body {
                        refusal(op, "400", "The body is not valid JSON");
                    }
                    refusal(
                        op,
                        "403",
                        "The request came from a page on another site; nothing was changed",
                    );
                    refusal(op, "413", "The body is larger than 1 MB; nothing was saved");
                    refusal(
                        op,
                        "415",
                        "The body was not sent with `Content-Type: application/json`",
                    );
                    refusal(
                        op,
                        "422",
                        "The body does not fit its schema; `field` names the field",
                    );
                }
            }
        }
    }
}

/// Documents a refusal with the error document, unless the handler's
/// annotation already says more about this status.
fn refusal(op: &mut Operation, status: &str, description: &str) {
    op.responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    Content::new(Some(Ref::from_schema_name(ErrorDocument::name()))),
                )
                .build()
                .into()
        });
}

/// The operations of a path, with the method each answers.
fn operations(item: &PathItem) -> impl Iterator<Item = (MethodFilter, &Operation)> {
    [
        (MethodFilter::GET, item.get.as_ref()),
        (MethodFilter::PUT, item.put.as_ref()),
        (MethodFilter::POST, item.post.as_ref()),
        (MethodFilter::DELETE, item.delete.as_ref()),
        (MethodFilter::PATCH, item.patch.as_ref()),
        (MethodFilter::HEAD, item.head.as_ref()),
        (MethodFilter::OPTIONS, item.options.as_ref()),
        (MethodFilter::TRACE, item.trace.as_ref()),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.map(|op| (m, op)))
}

/// The same, to change them.
fn operations_mut(item: &mut PathItem) -> impl Iterator<Item = (MethodFilter, &mut Operation)> {
    [
        (MethodFilter::GET, item.get.as_mut()),
        (MethodFilter::PUT, item.put.as_mut()),
        (MethodFilter::POST, item.post.as_mut()),
        (MethodFilter::DELETE, item.delete.as_mut()),
        (MethodFilter::PATCH, item.patch.as_mut()),
        (MethodFilter::HEAD, item.head.as_mut()),
        (MethodFilter::OPTIONS, item.options.as_mut()),
        (MethodFilter::TRACE, item.trace.as_mut()),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.map(|op| (m, op)))
}

/// A router with `handler` at every method and path whose operation the
/// document names `operation_id` (the handler's name, by default).
///
/// # Panics
/// When the document has no such operation: the handler is in the list of
/// endpoints without an annotation, or its annotation renamed its
/// operation. Every start of the server would fail, so no test misses it.
pub(super) fn route<S, H, T>(doc: &OpenApi, operation_id: &str, handler: H) -> Router<Arc<Web<S>>>
where
    S: Store + Clone,
    H: Handler<T, Arc<Web<S>>>,
    T: 'static,
{
    // A handler listed as `follow::week` has the operation id `week`.
    let operation_id = operation_id.rsplit("::").next().unwrap_or_default().trim();
    let mut router = Router::new();
    let mut found = false;
    for (path, item) in &doc.paths.paths {
        for (method, op) in operations(item) {
            if op.operation_id.as_deref() == Some(operation_id) {
                router = router.route(path, axum::routing::on(method, handler.clone()));
                found = true;
            }
        }
    }
    assert!(
        found,
        "the API's handler `{operation_id}` has no operation in the OpenAPI document; annotate it with #[utoipa::path] and keep its default operation id"
    );
    router
}

#[cfg(test)]
mod tests {
    use super::super::document;
    use serde_json::Value;
    use std::collections::BTreeSet;

    const METHODS: &[&str] = &[
        "get", "put", "post", "delete", "patch", "head", "options", "trace",
    ];

    fn doc() -> Value {
        serde_json::to_value(document()).unwrap()
    }

    /// Every operation, as (path, method, operation).
    fn operations(doc: &Value) -> Vec<(String, String, Value)> {
        let mut out = Vec::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for m in METHODS {
                if let Some(op) = item.get(*m) {
                    out.push((path.clone(), (*m).to_owned(), op.clone()));
                }
            }
        }
        out
    }

    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("$ref", Value::String(r)) => out.push(r.clone()),
                        _ => refs(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn the_document_is_openapi_3_1_about_afterview() {
        let doc = doc();
        assert_eq!(doc["openapi"], "3.1.0");
        assert_eq!(doc["info"]["title"], "afterview");
        assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(doc["servers"][0]["url"], "/api/v1");
        assert!(
            doc["paths"]
                .as_object()
                .unwrap()
                .keys()
                .all(|p| p.starts_with('/')),
            "paths are relative to the server and start with '/'"
        );
    }

    #[test]
    fn every_reference_resolves() {
        let doc = doc();
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(!found.is_empty());
        for r in found {
            let pointer = r
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("{r} is not a local reference"));
            assert!(doc.pointer(pointer).is_some(), "{r} resolves to nothing");
        }
    }

    #[test]
    fn every_path_parameter_is_declared_and_every_declared_one_is_in_the_path() {
        let doc = doc();
        for (path, method, op) in operations(&doc) {
            let in_path: BTreeSet<String> = path
                .split('/')
                .filter_map(|seg| seg.strip_prefix('{')?.strip_suffix('}'))
                .map(str::to_owned)
                .collect();
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let declared: BTreeSet<String> = params
                .iter()
                .filter(|p| p["in"] == "path")
                .map(|p| {
                    assert_eq!(
                        p["required"], true,
                        "{method} {path}: path parameters are required"
                    );
                    p["name"].as_str().unwrap().to_owned()
                })
                .collect();
            assert_eq!(in_path, declared, "{method} {path}");
            for p in &params {
                assert!(
                    ["path", "query", "header", "cookie"].contains(&p["in"].as_str().unwrap()),
                    "{method} {path}: {p}"
                );
                assert!(
                    p.get("schema").is_some(),
                    "{method} {path}: {p} has no schema"
                );
            }
        }
    }

    #[test]
    fn operation_ids_are_unique_and_every_operation_answers_something() {
        let doc = doc();
        let tags: BTreeSet<&str> = doc["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        let mut ids = BTreeSet::new();
        for (path, method, op) in operations(&doc) {
            let id = op["operationId"].as_str().unwrap().to_owned();
            assert!(ids.insert(id.clone()), "operationId {id} is used twice");
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty(), "{method} {path} answers nothing");
            assert!(
                responses.keys().any(|s| s.starts_with('2')),
                "{method} {path} has no success"
            );
            for (status, r) in responses {
                assert!(
                    status.len() == 3 && status.parse::<u16>().is_ok(),
                    "{method} {path}: status {status}"
                );
                assert!(r["description"].is_string(), "{method} {path} {status}");
            }
            for t in op["tags"].as_array().unwrap() {
                assert!(
                    tags.contains(t.as_str().unwrap()),
                    "{method} {path}: tag {t}"
                );
            }
        }
        assert!(ids.len() >= 20, "only {} operations", ids.len());
    }

    #[test]
    fn every_refusal_is_the_error_document() {
        let doc = doc();
        let error = &doc["components"]["schemas"]["Error"];
        assert_eq!(error["required"], serde_json::json!(["error"]));
        let detail = &doc["components"]["schemas"]["ErrorDetail"];
        for field in ["code", "message", "field"] {
            assert!(
                detail["properties"].get(field).is_some(),
                "ErrorDetail has no {field}"
            );
        }
        for (path, method, op) in operations(&doc) {
            let responses = op["responses"].as_object().unwrap();
            for (status, r) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    assert_eq!(
                        r["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/Error",
                        "{method} {path} {status}"
                    );
                }
            }
            // Every operation may meet the token layer; every write with
            // a body may meet the JSON extractor and the body limit.
            assert!(responses.contains_key("401"), "{method} {path}");
            // Everything but the document itself reads the store.
            assert_eq!(
                responses.contains_key("503"),
                path != "/openapi.json",
                "{method} {path}"
            );
            if let Some(body) = op.get("requestBody") {
                for s in ["403", "413", "415", "422"] {
                    assert!(responses.contains_key(s), "{method} {path} lacks {s}");
                }
                if body["content"].get("application/json").is_some() {
                    assert!(responses.contains_key("400"), "{method} {path} lacks 400");
                }
            }
        }
    }

    #[test]
    fn no_api_route_is_registered_by_hand() {
        // Only `route` here registers, from the document; a `.route(` in
        // another API module would be a path the document does not know.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api");
        let mut files = vec![dir.with_extension("rs")];
        for entry in std::fs::read_dir(&dir).unwrap() {
            files.push(entry.unwrap().path());
        }
        for file in files {
            if file.file_name().is_some_and(|n| n == "openapi.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(
                !text.contains(".route(") && !text.contains("axum::routing"),
                "{} registers a route by hand; annotate the handler and list it in `endpoints!`",
                file.display()
            );
        }
    }

    #[test]
    fn timestamps_are_rfc_3339_strings() {
        let doc = doc();
        let action = &doc["components"]["schemas"]["ActionView"]["properties"];
        assert_eq!(action["due"]["type"], "string");
        assert_eq!(action["due"]["format"], "date-time");
    }
}
