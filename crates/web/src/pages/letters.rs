//! The letter editor: the draft with what the proofreader found underlined
//! in place (re-checked as the person types, through the API), suggestions
//! applied in one click, saving, and sending exactly once.

use super::{Flash, PageResult, WebState, render, render_refused, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use crate::views::{FindingItem, Segment, findings, segments};
use afterview_app::{LetterView, SendOptions, SendVia};
use afterview_core::letter::LetterText;
use afterview_proofread::Part;
use afterview_store::Store;
use askama::Template;
use axum::extract::{Path, Query};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/letters/{id}", get(show::<S>).post(save::<S>))
        .route("/letters/{id}/send", post(send::<S>))
}

#[derive(Template)]
#[template(path = "letter.html")]
struct LetterPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    letter: LetterView,
    subject: String,
    body: String,
    body_marks: Vec<Segment>,
    subject_marks: Vec<Segment>,
    findings: Vec<FindingItem>,
    errors: usize,
    editable: bool,
    error: Option<crate::WebError>,
}

impl LetterPage {
    fn new(
        csrf: String,
        flash: Option<String>,
        letter: LetterView,
        subject: String,
        body: String,
        error: Option<crate::WebError>,
    ) -> LetterPage {
        let found = letter.findings.clone().unwrap_or_default();
        LetterPage {
            csrf,
            nav: "applications",
            flash,
            body_marks: segments(&body, &found, Part::Body),
            subject_marks: segments(&subject, &found, Part::Subject),
            findings: findings(&subject, &body, &found),
            errors: letter.errors(),
            editable: letter.letter.is_editable(),
            subject,
            body,
            letter,
            error,
        }
    }
}

async fn show<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let letter = web.app.show_letter(&id, Some(web.proofreader())).await?;
    let (subject, body) = (letter.letter.subject.clone(), letter.letter.body.clone());
    render(&LetterPage::new(
        csrf,
        flash.text(),
        letter,
        subject,
        body,
        None,
    ))
}

#[derive(Debug, Deserialize)]
struct Edit {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
}

async fn save<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Form(edit): Form<Edit>,
) -> PageResult {
    let body = edit.body.replace("\r\n", "\n");
    let saved = match LetterText::new(&edit.subject, &body) {
        Ok(text) => {
            let id = afterview_core::LetterId(
                id.trim_start_matches('#')
                    .parse()
                    .map_err(|_| crate::WebError::not_found("there is no such letter"))?,
            );
            web.app
                .save_letter_text(id, &text, web.proofreader())
                .await
                .map_err(crate::WebError::from)
        }
        Err(e) => Err(afterview_app::AppError::from(e).into()),
    };
    match saved {
        Ok(letter) => {
            let (subject, body) = (letter.letter.subject.clone(), letter.letter.body.clone());
            render(&LetterPage::new(
                csrf,
                Some("Saved.".to_owned()),
                letter,
                subject,
                body,
                None,
            ))
        }
        Err(err) => {
            // Shown again as typed, with the message: nothing is lost.
            let letter = web.app.show_letter(&id, None).await?;
            let status = Some(err.status);
            render_refused(
                &LetterPage::new(csrf, None, letter, edit.subject, body, Some(err)),
                status,
            )
        }
    }
}

#[derive(Debug, Deserialize)]
struct Send {
    #[serde(default)]
    force: Option<String>,
}

async fn send<S: Store + Clone>(
    web: WebState<S>,
    Path(id): Path<String>,
    Form(s): Form<Send>,
) -> PageResult {
    let options = SendOptions {
        via: SendVia::Email,
        force: s.force.is_some(),
        resend: false,
    };
    let sent = web
        .app
        .send_letter(&id, &options, &web.outbox, web.proofreader())
        .await?;
    let to = match sent.letter.letter.application_id {
        Some(app) => format!("/applications/{app}?flash=sent#letters"),
        None => format!("/letters/{}?flash=sent", sent.letter.letter.id),
    };
    Ok(see_other(&to))
}
