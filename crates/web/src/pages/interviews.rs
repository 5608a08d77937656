//! Interviews: adding one to an application, marking it done, its debrief
//! (the five prompts), and drafting the letters that follow it.

use super::{PageResult, WebState, given, lines, render_refused, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use afterview_app::{DebriefInput, DraftRequest, InterviewInput};
use afterview_core::letter::LetterKind;
use afterview_store::Store;
use askama::Template;
use axum::extract::Path;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/applications/{id}/interviews", post(add::<S>))
        .route("/interviews/{id}/done", post(done::<S>))
        .route(
            "/interviews/{id}/debrief",
            get(debrief_form::<S>).post(debrief_save::<S>),
        )
        .route("/interviews/{id}/draft", post(draft::<S>))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NewInterview {
    at: String,
    duration: String,
    kind: String,
    location: String,
    with: String,
    notes: String,
}

async fn add<S: Store + Clone>(
    web: WebState<S>,
    Path(app): Path<String>,
    Form(f): Form<NewInterview>,
) -> PageResult {
    let input = InterviewInput {
        application: Some(app),
        at: given(&f.at),
        duration: given(&f.duration),
        kind: given(&f.kind),
        location: given(&f.location),
        notes: given(&f.notes),
        with: lines(&f.with),
        ..InterviewInput::default()
    };
    let added = web.app.add_interview(&input).await?;
    Ok(see_other(&format!(
        "/applications/{}?flash=interview#interviews",
        added.application_id
    )))
}

async fn done<S: Store + Clone>(web: WebState<S>, Path(id): Path<String>) -> PageResult {
    let i = web.app.interview_done(&id, None).await?;
    Ok(see_other(&format!(
        "/applications/{}?flash=ended#interviews",
        i.application_id
    )))
}

/// The debrief form as typed: one list item per line.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct DebriefForm {
    went_well: String,
    better: String,
    issues: String,
    owe: String,
    do_better: String,
    decision: String,
    rating: String,
    notes: String,
}

impl DebriefForm {
    fn input(&self) -> DebriefInput {
        DebriefInput {
            went_well: lines(&self.went_well),
            better: lines(&self.better),
            issues: lines(&self.issues),
            owe: lines(&self.owe),
            do_better: lines(&self.do_better),
            decision: given(&self.decision),
            rating: given(&self.rating),
            notes: given(&self.notes),
        }
    }
}

#[derive(Template)]
#[template(path = "debrief.html")]
struct DebriefPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    interview: String,
    heading: String,
    application: String,
    form: DebriefForm,
    versions: usize,
    existing: Option<String>,
    error: Option<crate::WebError>,
}

async fn debrief_page<S: Store + Clone>(
    web: &crate::Web<S>,
    csrf: String,
    id: &str,
    form: DebriefForm,
    error: Option<crate::WebError>,
) -> PageResult {
    let i = web.app.show_interview(id).await?;
    let history = web.app.debrief_history(id).await?;
    let versions = history.len();
    let existing = history.last().map(|v| v.markdown.clone());
    let status = error.as_ref().map(|e| e.status);
    render_refused(
        &DebriefPage {
            csrf,
            nav: "applications",
            flash: None,
            interview: i.id.to_string(),
            heading: format!("{} · {}, round {} ({})", i.company, i.role, i.round, i.kind),
            application: i.application_id.to_string(),
            form,
            versions,
            existing,
            error,
        },
        status,
    )
}

async fn debrief_form<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
) -> PageResult {
    debrief_page(&web, csrf, &id, DebriefForm::default(), None).await
}

async fn debrief_save<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Form(form): Form<DebriefForm>,
) -> PageResult {
    let input = form.input();
    if input.is_empty() {
        let err = crate::WebError::new(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            "the debrief is empty; write at least one line under any prompt",
        );
        return debrief_page(&web, csrf, &id, form, Some(err)).await;
    }
    match web.app.debrief_with_flags(&id, &input).await {
        Ok(view) => {
            let i = web
                .app
                .show_interview(&view.interview_id.to_string())
                .await?;
            Ok(see_other(&format!(
                "/applications/{}?flash=debriefed#interviews",
                i.application_id
            )))
        }
        Err(e) => debrief_page(&web, csrf, &id, form, Some(e.into())).await,
    }
}

#[derive(Debug, Deserialize)]
struct Draft {
    kind: String,
}

async fn draft<S: Store + Clone>(
    web: WebState<S>,
    Path(id): Path<String>,
    Form(d): Form<Draft>,
) -> PageResult {
    let kind: LetterKind = d.kind.parse().map_err(afterview_app::AppError::from)?;
    let drafted = web
        .app
        .draft(
            &DraftRequest {
                kind,
                target: id.clone(),
                to: None,
                again: false,
            },
            &web.templates,
            web.proofreader(),
        )
        .await?;
    let to = match drafted.letters.first() {
        Some(l) => format!("/letters/{}?flash=drafted", l.letter.id),
        None => {
            let i = web.app.show_interview(&id).await?;
            format!("/applications/{}#letters", i.application_id)
        }
    };
    Ok(see_other(&to))
}
