//! Contacts: the list with a search box, one person's page (closeness, a
//! touch to log, their jobs, whom they know, favours asked), and importing
//! a contacts file with a summary of what it did.
//!
//! The import is a plain multipart form, so it works without JavaScript;
//! `app.js` sends the same form with a progress bar when it can. The CSRF
//! token rides in the form's address (`?_csrf=`), since the security layer
//! does not read multipart bodies.

use super::{Flash, PageError, PageResult, WebState, given, render_refused, see_other};
use crate::WebError;
use crate::forms::Form;
use crate::security::{Csrf, IMPORT_LIMIT, too_large};
use afterview_app::views::ContactView;
use afterview_app::{FavourView, ImportOptions, ImportSummary, KnowsView, TouchInput};
use afterview_core::follow::TouchVia;
use afterview_store::Store;
use askama::Template;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

/// How many people the list shows; a search narrows the rest.
pub(crate) const SHOWN: u32 = 100;
/// How many merged records, rejections and notes an import summary lists.
const SUMMARY_ITEMS: usize = 100;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/contacts", get(list::<S>).post(add::<S>))
        .route("/contacts/import", get(import_form).post(import::<S>))
        .route("/contacts/{id}", get(show::<S>))
        .route("/contacts/{id}/strength", post(set_strength::<S>))
        .route("/contacts/{id}/touches", post(touch::<S>))
}

#[derive(Debug, Default, Deserialize)]
struct Search {
    #[serde(default)]
    q: String,
    flash: Option<String>,
}

#[derive(Template)]
#[template(path = "contacts.html")]
struct ListPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    q: String,
    total: u64,
    contacts: Vec<ContactView>,
    /// How many match beyond those shown.
    more: u64,
    /// The add form as typed (shown again when refused).
    form: NewContact,
    error: Option<WebError>,
}

/// A new person as the form sends them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct NewContact {
    name: String,
    email: String,
    company: String,
    title: String,
    notes: String,
}

async fn list<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Query(search): Query<Search>,
) -> PageResult {
    let flash = super::flash_text(search.flash.as_deref());
    list_page(
        &web,
        csrf,
        flash,
        search.q.trim(),
        NewContact::default(),
        None,
    )
    .await
}

async fn list_page<S: Store + Clone>(
    web: &crate::Web<S>,
    csrf: String,
    flash: Option<String>,
    q: &str,
    form: NewContact,
    error: Option<WebError>,
) -> PageResult {
    let page = web.app.search_contacts(q, SHOWN).await?;
    let status = error.as_ref().map(|e| e.status);
    render_refused(
        &ListPage {
            csrf,
            nav: "contacts",
            flash,
            q: q.to_owned(),
            more: page.total.saturating_sub(page.contacts.len() as u64),
            total: page.total,
            contacts: page.contacts,
            form,
            error,
        },
        status,
    )
}

async fn add<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Form(form): Form<NewContact>,
) -> PageResult {
    let input = afterview_app::ContactInput {
        name: given(&form.name),
        email: given(&form.email),
        company: given(&form.company),
        title: given(&form.title),
        notes: given(&form.notes),
        ..afterview_app::ContactInput::default()
    };
    match web.app.add_contact(&input).await {
        Ok(added) => Ok(see_other(&format!("/contacts/{}?flash=added", added.id))),
        // Shown again with everything typed and what to fix.
        Err(e) => list_page(&web, csrf, None, "", form, Some(e.into())).await,
    }
}

/// One choice of closeness in the form.
pub(crate) struct Closeness {
    /// The value sent: `0` to `5`, or empty to forget.
    pub value: &'static str,
    /// What it means.
    pub label: &'static str,
    /// Whether it is the person's now.
    pub selected: bool,
}

/// The closeness choices, the person's own selected (`None`: not rated).
pub(crate) fn closeness(current: Option<u8>) -> Vec<Closeness> {
    const CHOICES: [(&str, &str); 7] = [
        ("", "not rated"),
        ("0", "0 · a name only"),
        ("1", "1 · met once or twice"),
        ("2", "2 · an acquaintance"),
        ("3", "3 · we keep in touch"),
        ("4", "4 · a good friend"),
        ("5", "5 · would do anything for me"),
    ];
    let current = current.map(|s| s.to_string()).unwrap_or_default();
    CHOICES
        .iter()
        .map(|&(value, label)| Closeness {
            value,
            label,
            selected: value == current,
        })
        .collect()
}

/// An interview the person sat on.
struct InterviewLine {
    application_id: String,
    what: String,
    when: String,
    status: &'static str,
}

/// A job they held.
struct JobLine {
    company: String,
    title: Option<String>,
    span: String,
}

/// A job's span in years or dates: "2019-03-01 to now".
fn span(since: Option<jiff::civil::Date>, until: Option<jiff::civil::Date>) -> String {
    match (since, until) {
        (None, None) => String::new(),
        (Some(s), None) => format!("since {s}"),
        (None, Some(u)) => format!("until {u}"),
        (Some(s), Some(u)) => format!("{s} to {u}"),
    }
}

/// The touch form as typed, kept when it is refused.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct TouchForm {
    via: String,
    note: String,
    at: String,
}

#[derive(Template)]
#[template(path = "contact.html")]
struct ShowPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    error: Option<WebError>,
    c: ContactView,
    strength: Option<u8>,
    closeness: Vec<Closeness>,
    vias: Vec<&'static str>,
    touch: TouchForm,
    interviews: Vec<InterviewLine>,
    jobs: Vec<JobLine>,
    knows: Vec<KnowsView>,
    favours: Vec<FavourView>,
}

/// Renders a person's page, with a refused form's message and values.
async fn detail<S: Store + Clone>(
    web: &crate::Web<S>,
    csrf: String,
    id: &str,
    flash: Option<String>,
    refused: Option<(WebError, TouchForm)>,
) -> PageResult {
    let d = web.app.show_contact(id).await?;
    let zone = web.app.time_zone().await?;
    let strength = d.network.strength.map(|s| s.get());
    let (error, touch) = match refused {
        Some((e, form)) => (Some(e), form),
        None => (None, TouchForm::default()),
    };
    let status = error.as_ref().map(|e| e.status);
    render_refused(
        &ShowPage {
            csrf,
            nav: "contacts",
            flash,
            error,
            strength,
            closeness: closeness(strength),
            vias: TouchVia::ALL
                .iter()
                .filter(|v| **v != TouchVia::Interview)
                .map(|v| v.as_str())
                .collect(),
            touch,
            interviews: d
                .interviews
                .iter()
                .map(|i| InterviewLine {
                    application_id: i.application_id.to_string(),
                    what: format!(
                        "{}, {}: round {} ({})",
                        i.company,
                        i.role,
                        i.round,
                        i.kind.as_str()
                    ),
                    when: afterview_core::time::show_local(i.starts_at, &zone),
                    status: i.status.as_str(),
                })
                .collect(),
            jobs: d
                .network
                .positions
                .iter()
                .map(|p| JobLine {
                    company: p.company.clone(),
                    title: p.title.clone(),
                    span: span(p.since, p.until),
                })
                .collect(),
            knows: d.network.knows,
            favours: d.network.favours,
            c: d.contact,
        },
        status,
    )
}

async fn show<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Query(flash): Query<Flash>,
) -> PageResult {
    detail(&web, csrf, &id, flash.text(), None).await
}

#[derive(Debug, Deserialize)]
struct StrengthForm {
    #[serde(default)]
    strength: String,
}

async fn set_strength<S: Store + Clone>(
    web: WebState<S>,
    Path(id): Path<String>,
    Form(form): Form<StrengthForm>,
) -> PageResult {
    let strength = given(&form.strength);
    let id = web.app.set_strength(&id, strength.as_deref()).await?;
    Ok(see_other(&format!("/contacts/{id}?flash=saved")))
}

async fn touch<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Form(form): Form<TouchForm>,
) -> PageResult {
    let input = TouchInput {
        via: given(&form.via),
        note: given(&form.note),
        at: given(&form.at),
    };
    match web.app.touch(&id, &input).await {
        Ok(t) => Ok(see_other(&format!(
            "/contacts/{}?flash=touched",
            t.contact_id
        ))),
        Err(e) => detail(&web, csrf, &id, None, Some((e.into(), form))).await,
    }
}

/// What an import did, as the page lists it.
struct SummaryView {
    file_name: String,
    format: &'static str,
    read: usize,
    added: usize,
    merged_total: usize,
    merged: Vec<MergedLine>,
    companies_added: usize,
    rejected_total: usize,
    rejected: Vec<String>,
    notes_total: usize,
    notes: Vec<String>,
    dry_run: bool,
}

/// A record merged into someone known.
struct MergedLine {
    line: usize,
    name: String,
    into: Option<String>,
    into_name: String,
    likely: bool,
    filled: String,
}

impl SummaryView {
    /// The summary for `file_name`, each list cut to [`SUMMARY_ITEMS`].
    fn new(file_name: String, s: ImportSummary) -> SummaryView {
        SummaryView {
            file_name,
            format: s.format,
            read: s.read,
            added: s.added,
            merged_total: s.merged.len(),
            merged: s
                .merged
                .into_iter()
                .take(SUMMARY_ITEMS)
                .map(|m| MergedLine {
                    line: m.line,
                    name: m.name,
                    into: m.into.map(|i| i.to_string()),
                    into_name: m.into_name,
                    likely: m.how == "likely",
                    filled: m.filled.join(", "),
                })
                .collect(),
            companies_added: s.companies_added,
            rejected_total: s.rejected.len(),
            rejected: s.rejected.into_iter().take(SUMMARY_ITEMS).collect(),
            notes_total: s.notes.len(),
            notes: s.notes.into_iter().take(SUMMARY_ITEMS).collect(),
            dry_run: s.dry_run,
        }
    }
}

/// The import form's fields (the file apart).
#[derive(Debug, Default)]
struct ImportForm {
    format: String,
    map: String,
    skip_bad: bool,
    dry_run: bool,
}

#[derive(Template)]
#[template(path = "contacts_import.html")]
struct ImportPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    error: Option<WebError>,
    form: ImportForm,
    formats: [(&'static str, &'static str); 4],
    summary: Option<SummaryView>,
}

const FORMATS: [(&str, &str); 4] = [
    ("", "Work it out from the file"),
    ("linkedin", "LinkedIn Connections.csv"),
    ("vcard", "vCard (.vcf)"),
    ("csv", "Another CSV (Google, Outlook, …)"),
];

fn import_page(
    csrf: String,
    form: ImportForm,
    error: Option<WebError>,
    summary: Option<SummaryView>,
) -> PageResult {
    let status = error.as_ref().map(|e| e.status);
    render_refused(
        &ImportPage {
            csrf,
            nav: "contacts",
            flash: None,
            error,
            form,
            formats: FORMATS,
            summary,
        },
        status,
    )
}

async fn import_form(Extension(Csrf(csrf)): Extension<Csrf>) -> PageResult {
    import_page(csrf, ImportForm::default(), None, None)
}

/// A file as uploaded, with the form's other fields.
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    form: ImportForm,
}

/// Whether a checkbox was ticked.
fn ticked(value: &str) -> bool {
    matches!(value.trim(), "on" | "1" | "true" | "yes")
}

fn upload_error(e: &MultipartError) -> WebError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return too_large(IMPORT_LIMIT);
    }
    WebError::bad_request(format!(
        "the upload could not be read ({}); nothing was imported. Choose the file and send it again",
        e.body_text()
    ))
}

async fn read_upload(multipart: Result<Multipart, MultipartRejection>) -> Result<Upload, WebError> {
    let mut multipart = multipart.map_err(|_| {
        WebError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            "send the file as multipart/form-data, as the import form does",
        )
    })?;
    let mut upload = Upload {
        file_name: String::new(),
        bytes: Vec::new(),
        form: ImportForm::default(),
    };
    while let Some(field) = multipart.next_field().await.map_err(|e| upload_error(&e))? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            upload.file_name = field.file_name().unwrap_or_default().to_owned();
            upload.bytes = field.bytes().await.map_err(|e| upload_error(&e))?.to_vec();
            continue;
        }
        let value = field.text().await.map_err(|e| upload_error(&e))?;
        match name.as_str() {
            "format" => upload.form.format = value,
            "map" => upload.form.map = value,
            "skip_bad" => upload.form.skip_bad = ticked(&value),
            "dry_run" => upload.form.dry_run = ticked(&value),
            _ => {}
        }
    }
    Ok(upload)
}

/// The importer's advice, with the command-line flag it names put as the
/// form's checkbox.
fn for_the_form(mut e: WebError) -> WebError {
    e.message = e.message.replace(
        "pass --skip-bad to import",
        "tick \u{201c}Skip records that cannot be read\u{201d} to import",
    );
    e
}

async fn import<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    multipart: Result<Multipart, MultipartRejection>,
) -> PageResult {
    let upload = match read_upload(multipart).await {
        Ok(u) => u,
        Err(e) => return Err(PageError(e)),
    };
    if upload.bytes.is_empty() {
        let err = WebError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            if upload.file_name.is_empty() {
                "choose a file to import: LinkedIn's Connections.csv, a vCard file or a CSV"
                    .to_owned()
            } else {
                format!(
                    "{} is empty; nothing was imported. Choose the file you exported",
                    upload.file_name
                )
            },
        )
        .on("file");
        return import_page(csrf, upload.form, Some(err), None);
    }
    let options = ImportOptions {
        format: given(&upload.form.format),
        mapping: given(&upload.form.map),
        skip_bad: upload.form.skip_bad,
        dry_run: upload.form.dry_run,
    };
    let file_name = if upload.file_name.is_empty() {
        "the file".to_owned()
    } else {
        upload.file_name
    };
    match web
        .app
        .import_contacts(&file_name, &upload.bytes, &options, &|_, _, _| {})
        .await
    {
        Ok(summary) => import_page(
            csrf,
            upload.form,
            None,
            Some(SummaryView::new(file_name, summary)),
        ),
        Err(e) => import_page(csrf, upload.form, Some(for_the_form(e.into())), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closeness_selects_the_current_strength_or_not_rated() {
        let picked = |c: Option<u8>| -> Vec<&str> {
            closeness(c)
                .into_iter()
                .filter(|c| c.selected)
                .map(|c| c.value)
                .collect()
        };
        assert_eq!(picked(Some(3)), ["3"]);
        assert_eq!(picked(Some(0)), ["0"]);
        assert_eq!(picked(None), [""]);
    }

    #[test]
    fn spans_read_as_words() {
        let d = |s: &str| Some(s.parse().unwrap());
        assert_eq!(span(d("2019-01-01"), None), "since 2019-01-01");
        assert_eq!(
            span(d("2019-01-01"), d("2021-12-31")),
            "2019-01-01 to 2021-12-31"
        );
        assert_eq!(span(None, None), "");
    }

    #[test]
    fn the_skip_bad_advice_names_the_checkbox() {
        let e = WebError::bad_request(
            "a.csv: line 3: no name. Nothing was imported (or pass --skip-bad to import the readable records and list the others)",
        );
        let m = for_the_form(e).message;
        assert!(!m.contains("--skip-bad"), "{m}");
        assert!(m.contains("Skip records that cannot be read"), "{m}");
        assert!(m.starts_with("a.csv: line 3: no name. Nothing was imported"));
    }

    #[test]
    fn checkboxes_are_ticked_by_what_browsers_send() {
        assert!(ticked("on"));
        assert!(ticked("true"));
        assert!(!ticked(""));
        assert!(!ticked("off"));
    }
}
