//! Applications: the board by status, adding one, one application's page,
//! and moving it through the lifecycle.

use super::{Flash, PageResult, WebState, given, render, render_refused, see_other};
use crate::forms::Form;
use crate::security::Csrf;
use afterview_app::views::{ApplicationDetail, ApplicationSummary};
use afterview_app::{ApplicationInput, LetterListInput, LetterView, StatusChange};
use afterview_core::ApplicationStatus;
use afterview_core::network::WarmPath;
use afterview_store::Store;
use askama::Template;
use axum::extract::{Path, Query};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;

/// How many cards a column of the board shows.
const PER_COLUMN: usize = 100;

pub fn routes<S: Store + Clone>() -> Router<std::sync::Arc<crate::Web<S>>> {
    Router::new()
        .route("/applications", get(board::<S>).post(create::<S>))
        .route("/applications/new", get(new_form))
        .route("/applications/{id}", get(show::<S>))
        .route("/applications/{id}/status", post(move_status::<S>))
        .route("/applications/{id}/outcome", post(outcome::<S>))
}

/// One column of the board.
struct Column {
    status: &'static str,
    title: &'static str,
    total: usize,
    cards: Vec<ApplicationSummary>,
}

#[derive(Template)]
#[template(path = "board.html")]
struct BoardPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    columns: Vec<Column>,
    closed: Vec<Column>,
    statuses: Vec<&'static str>,
}

fn column(status: ApplicationStatus, all: &[ApplicationSummary]) -> Column {
    let mut cards: Vec<ApplicationSummary> =
        all.iter().filter(|a| a.status == status).cloned().collect();
    cards.sort_by_key(|a| std::cmp::Reverse(a.status_changed_at));
    let total = cards.len();
    cards.truncate(PER_COLUMN);
    Column {
        status: status.as_str(),
        title: status_title(status),
        total,
        cards,
    }
}

/// A status as a heading.
pub(crate) fn status_title(s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Saved => "Saved",
        ApplicationStatus::Applied => "Applied",
        ApplicationStatus::Interviewing => "Interviewing",
        ApplicationStatus::Offer => "Offer",
        ApplicationStatus::Hired => "Hired",
        ApplicationStatus::Rejected => "Rejected",
        ApplicationStatus::Withdrawn => "Withdrawn",
        ApplicationStatus::Ghosted => "Ghosted",
    }
}

async fn board<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Query(flash): Query<Flash>,
) -> PageResult {
    use ApplicationStatus as A;
    let all = web.app.list_applications(&[], None).await?;
    render(&BoardPage {
        csrf,
        nav: "applications",
        flash: flash.text(),
        columns: [A::Saved, A::Applied, A::Interviewing, A::Offer]
            .into_iter()
            .map(|s| column(s, &all))
            .collect(),
        closed: [A::Hired, A::Rejected, A::Withdrawn, A::Ghosted]
            .into_iter()
            .map(|s| column(s, &all))
            .collect(),
        statuses: A::ALL.iter().map(|s| s.as_str()).collect(),
    })
}

/// The new-application form as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct NewApplication {
    company: String,
    role: String,
    status: String,
    posting_url: String,
    posting_text: String,
    source: String,
    salary: String,
    excitement: String,
    notes: String,
}

impl NewApplication {
    fn input(&self) -> ApplicationInput {
        ApplicationInput {
            company: given(&self.company),
            role: given(&self.role),
            status: given(&self.status),
            posting_url: given(&self.posting_url),
            posting_text: given(&self.posting_text),
            source: given(&self.source),
            salary: given(&self.salary),
            resume: None,
            excitement: given(&self.excitement),
            notes: given(&self.notes),
        }
    }
}

#[derive(Template)]
#[template(path = "application_new.html")]
struct NewPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    form: NewApplication,
    error: Option<crate::WebError>,
}

async fn new_form(Extension(Csrf(csrf)): Extension<Csrf>) -> PageResult {
    render(&NewPage {
        csrf,
        nav: "applications",
        flash: None,
        form: NewApplication {
            status: "applied".to_owned(),
            ..NewApplication::default()
        },
        error: None,
    })
}

async fn create<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Form(form): Form<NewApplication>,
) -> PageResult {
    match web.app.add_application(&form.input()).await {
        Ok(added) => Ok(see_other(&format!(
            "/applications/{}?flash=added",
            added.item.id
        ))),
        Err(e) => {
            // Shown again with everything typed and what to fix.
            let error = crate::WebError::from(e);
            let status = Some(error.status);
            render_refused(
                &NewPage {
                    csrf,
                    nav: "applications",
                    flash: None,
                    form,
                    error: Some(error),
                },
                status,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "application.html")]
struct ShowPage {
    csrf: String,
    nav: &'static str,
    flash: Option<String>,
    app: ApplicationDetail,
    interviews: Vec<InterviewLine>,
    letters: Vec<LetterView>,
    paths: Vec<WarmPath>,
    next: Vec<&'static str>,
    history: Vec<HistoryLine>,
}

/// One move in an application's history, in the person's zone.
pub(crate) struct HistoryLine {
    pub at: String,
    pub when: String,
    pub what: String,
    pub note: Option<String>,
}

/// An interview on its application's page.
pub(crate) struct InterviewLine {
    pub id: String,
    pub round: i64,
    pub kind: &'static str,
    pub when: String,
    pub status: &'static str,
    pub scheduled: bool,
    pub done: bool,
    pub location: Option<String>,
    /// Who sat on the other side: "Jane Doe (hiring manager), Raj Patel".
    pub people: String,
    /// The latest debrief in a few words, when there is one.
    pub debrief: Option<String>,
}

async fn show<S: Store + Clone>(
    web: WebState<S>,
    Extension(Csrf(csrf)): Extension<Csrf>,
    Path(id): Path<String>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let app = web.app.show_application(&id).await?;
    let letters = web
        .app
        .list_letters(&LetterListInput {
            application: Some(app.id.to_string()),
            state: None,
        })
        .await?;
    let paths = web.app.network(&app.id.to_string()).await?.paths;
    let zone = web.app.time_zone().await?;
    let mut interviews = Vec::with_capacity(app.interviews.len());
    for i in &app.interviews {
        let id = i.id.to_string();
        let people = web
            .app
            .show_interview(&id)
            .await?
            .interviewers
            .iter()
            .map(|p| format!("{} ({})", p.name, p.role.as_str().replace('-', " ")))
            .collect::<Vec<_>>()
            .join(", ");
        let debrief = web
            .app
            .debrief_history(&id)
            .await?
            .into_iter()
            .last()
            .map(|d| {
                let c = &d.content;
                let mut words = vec![format!("version {}", d.version)];
                if let Some(r) = c.rating {
                    words.push(format!("rated {r}"));
                }
                if !c.better.is_empty() {
                    words.push(format!("{} to answer better", c.better.len()));
                }
                if !c.owed.is_empty() {
                    words.push(format!("{} owed", c.owed.len()));
                }
                words.join(", ")
            });
        interviews.push(InterviewLine {
            id,
            round: i.round,
            kind: i.kind.as_str(),
            when: afterview_core::time::show_local(i.starts_at, &zone),
            status: i.status.as_str(),
            scheduled: i.status == afterview_core::InterviewStatus::Scheduled,
            done: i.status == afterview_core::InterviewStatus::Done,
            location: i.location.clone(),
            people,
            debrief,
        });
    }
    let history = app
        .events
        .iter()
        .map(|e| HistoryLine {
            at: e.at.to_string(),
            when: afterview_core::time::show_local(e.at, &zone),
            what: match e.from {
                Some(from) => format!("{} → {}", from.as_str(), e.to.as_str()),
                None => format!("added as {}", e.to.as_str()),
            },
            note: e.note.clone(),
        })
        .collect();
    render(&ShowPage {
        csrf,
        nav: "applications",
        flash: flash.text(),
        history,
        next: app.next_statuses.iter().map(|s| s.as_str()).collect(),
        app,
        interviews,
        letters,
        paths,
    })
}

#[derive(Debug, Deserialize)]
struct Move {
    status: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    back: String,
}

async fn move_status<S: Store + Clone>(
    web: WebState<S>,
    Path(id): Path<String>,
    Form(m): Form<Move>,
) -> PageResult {
    let moved = web
        .app
        .change_status(
            &id,
            &StatusChange {
                status: m.status,
                force: false,
                note: given(&m.note),
            },
        )
        .await?;
    let to = if m.back == "board" {
        "/applications?flash=moved".to_owned()
    } else {
        format!("/applications/{}?flash=moved", moved.id)
    };
    Ok(see_other(&to))
}

/// An outcome as the form sends it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct OutcomeForm {
    outcome: String,
    at: String,
    deadline: String,
    terms: String,
    reason: String,
}

async fn outcome<S: Store + Clone>(
    web: WebState<S>,
    Path(id): Path<String>,
    Form(f): Form<OutcomeForm>,
) -> PageResult {
    let input = afterview_app::OutcomeInput {
        interview: afterview_app::InterviewInput {
            at: given(&f.at),
            ..afterview_app::InterviewInput::default()
        },
        deadline: given(&f.deadline),
        terms: given(&f.terms),
        reason: given(&f.reason),
    };
    let done = web.app.outcome(&id, &f.outcome, &input).await?;
    Ok(see_other(&format!(
        "/applications/{}?flash=moved",
        done.application.id
    )))
}
