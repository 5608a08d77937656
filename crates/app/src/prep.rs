//! The prep sheet: everything worth knowing before the next round, on one page.
//!
//! It gathers the earlier rounds' debriefs with the same company, what is
//! still owed, the decision timeline they gave, who will be in the room (and
//! what you noted about them), and the lessons pooled from every debrief:
//! the questions you answered poorly and the issues that came up, grouped
//! by similarity, most frequent first. Opening it for an upcoming round
//! marks the agenda's "prepare" action done.

use crate::debriefs::DebriefView;
use crate::views::InterviewView;
use crate::{App, Result, resolve, zone_of};
use afterview_core::follow::{ActionKey, ActionMark, MarkState};
use afterview_core::similar::{Item, group};
use afterview_core::{ApplicationId, InterviewId, InterviewStatus};
use afterview_store::prelude::*;
use afterview_store::{ApplicationFilter, InterviewFilter};
use jiff::Timestamp;
use serde::Serialize;
use std::collections::HashMap;

/// How many lesson groups a prep sheet shows of each kind.
const LESSON_GROUPS: usize = 8;

/// Something owed from an earlier round, and whether it went out.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OwedView {
    /// What.
    pub what: String,
    /// To whom.
    pub to: Option<String>,
    /// By when, if a date was given.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub due: Option<Timestamp>,
    /// "sent", "open" or "dismissed".
    pub state: &'static str,
    /// The agenda action that tracks it.
    pub action: String,
}

/// The decision timeline they gave.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionView {
    /// The words as noted.
    pub said: String,
    /// The date read from them.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = DateTime))]
    pub by: Option<Timestamp>,
    /// The round it was given in.
    pub round: i64,
}

/// Someone who will be in the room.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrepPerson {
    /// Their name.
    pub name: String,
    /// Their part in this round.
    pub role: String,
    /// Their job title.
    pub title: Option<String>,
    /// What you noted about them.
    pub notes: Option<String>,
    /// Earlier rounds they sat on: "round 1 (phone-screen)".
    pub met_before: Vec<String>,
}

/// One pooled lesson: one question or issue as written, and where.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonItem {
    /// The question or issue.
    pub text: String,
    /// The better answer, for a question.
    pub better: Option<String>,
    /// The company and round: "Acme, round 2".
    pub from: String,
}

/// Similar lessons pooled together.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonGroup {
    /// How many times it came up.
    pub count: usize,
    /// The topic tag, when one was given.
    pub topic: Option<String>,
    /// Each time, in the order written.
    pub items: Vec<LessonItem>,
}

/// Everything for the next round.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrepSheet {
    /// The round to prepare.
    pub interview: InterviewView,
    /// The earlier rounds' debriefs with this company, oldest first.
    pub earlier_rounds: Vec<DebriefView>,
    /// What was promised in them.
    pub owed: Vec<OwedView>,
    /// The latest decision timeline they gave.
    pub decision: Option<DecisionView>,
    /// Who will be in the room.
    pub interviewers: Vec<PrepPerson>,
    /// Questions to answer better, pooled from every debrief.
    pub recurring_questions: Vec<LessonGroup>,
    /// Issues that surfaced, pooled from every debrief.
    pub recurring_issues: Vec<LessonGroup>,
}

/// A lesson before grouping.
struct Raw {
    text: String,
    topic: Option<String>,
    better: Option<String>,
    interview: InterviewId,
}

fn pool(raw: &[Raw], labels: &HashMap<InterviewId, String>) -> Vec<LessonGroup> {
    let items: Vec<Item<'_>> = raw
        .iter()
        .map(|r| Item {
            text: &r.text,
            topic: r.topic.as_deref(),
        })
        .collect();
    group(&items)
        .into_iter()
        .take(LESSON_GROUPS)
        .map(|members| LessonGroup {
            count: members.len(),
            topic: members.iter().find_map(|&m| raw[m].topic.clone()),
            items: members
                .iter()
                .map(|&m| LessonItem {
                    text: raw[m].text.clone(),
                    better: raw[m].better.clone(),
                    from: labels.get(&raw[m].interview).cloned().unwrap_or_default(),
                })
                .collect(),
        })
        .collect()
}

impl<S: Store> App<S> {
    /// The prep sheet for an interview.
    pub async fn prep(&self, query: &str) -> Result<PrepSheet> {
        let now = self.now();
        let mut tx = self.store.write().await?;
        let i = resolve::interview(&mut tx, query).await?;
        let zone = zone_of(tx.profile().await?.time_zone.as_deref());
        let app = tx.application(i.application_id).await?;
        let company_id = app.as_ref().map(|a| a.company_id);

        // Every round with this company, across its applications.
        let apps = match company_id {
            Some(c) => tx
                .list_applications(&ApplicationFilter {
                    statuses: Vec::new(),
                    company: Some(c),
                })
                .await?
                .into_iter()
                .map(|a| a.id)
                .collect(),
            None => vec![i.application_id],
        };
        let mut earlier_rounds = Vec::new();
        let mut earlier_people: HashMap<afterview_core::ContactId, Vec<String>> = HashMap::new();
        let mut owed = Vec::new();
        let mut decision = None;
        for app_id in apps {
            let rounds = tx
                .list_interviews(&InterviewFilter {
                    application: Some(app_id),
                    ..InterviewFilter::default()
                })
                .await?;
            let debriefs: HashMap<InterviewId, _> = tx
                .debriefs_of_application(app_id)
                .await?
                .into_iter()
                .map(|d| (d.interview_id, d))
                .collect();
            for row in rounds {
                let r = row.interview;
                if r.id == i.id
                    || r.starts_at >= i.starts_at
                    || r.status == InterviewStatus::Cancelled
                {
                    continue;
                }
                for person in tx.interviewers(r.id).await? {
                    earlier_people
                        .entry(person.contact.id)
                        .or_default()
                        .push(format!("round {} ({})", r.round, r.kind));
                }
                let Some(d) = debriefs.get(&r.id).cloned() else {
                    continue;
                };
                for (n, item) in d.content.owed.iter().enumerate() {
                    let key = ActionKey::of("owe", &[r.id.0, n as i64 + 1]);
                    let state = match tx.mark(&key).await?.map(|m| m.state) {
                        Some(MarkState::Done) => "sent",
                        Some(MarkState::Dismissed) => "dismissed",
                        _ => "open",
                    };
                    owed.push(OwedView {
                        what: item.what.clone(),
                        to: item.to.clone(),
                        due: item.due,
                        state,
                        action: key.to_string(),
                    });
                }
                if let Some(dec) = &d.content.decision {
                    decision = Some(DecisionView {
                        said: dec.said.clone(),
                        by: dec.by,
                        round: r.round,
                    });
                }
                earlier_rounds.push((
                    r.starts_at,
                    DebriefView::new(d, row.company.clone(), row.role.clone(), r.round, &zone),
                ));
            }
        }
        earlier_rounds.sort_by_key(|(start, d)| (*start, d.interview_id));
        let earlier_rounds = earlier_rounds.into_iter().map(|(_, d)| d).collect();

        let mut interviewers = Vec::new();
        for person in tx.interviewers(i.id).await? {
            interviewers.push(PrepPerson {
                name: person.contact.name.to_string(),
                role: person.interviewer.role.to_string(),
                title: person.contact.title.as_ref().map(ToString::to_string),
                notes: person.contact.notes.as_ref().map(ToString::to_string),
                met_before: earlier_people
                    .remove(&person.contact.id)
                    .unwrap_or_default(),
            });
        }

        // Lessons from every debrief, labelled with where they came from.
        let mut questions = Vec::new();
        let mut issues = Vec::new();
        for d in tx.latest_debriefs().await? {
            for b in &d.content.better {
                questions.push(Raw {
                    text: b.question.clone(),
                    topic: b.topic.clone(),
                    better: b.better.clone(),
                    interview: d.interview_id,
                });
            }
            for issue in &d.content.issues {
                issues.push(Raw {
                    text: issue.clone(),
                    topic: None,
                    better: None,
                    interview: d.interview_id,
                });
            }
        }
        let mut labels = HashMap::new();
        let mut companies: HashMap<ApplicationId, String> = HashMap::new();
        for id in questions.iter().chain(issues.iter()).map(|r| r.interview) {
            if labels.contains_key(&id) {
                continue;
            }
            let Some(r) = tx.interview(id).await? else {
                continue;
            };
            if let std::collections::hash_map::Entry::Vacant(slot) =
                companies.entry(r.application_id)
            {
                let name = match tx.application(r.application_id).await? {
                    Some(a) => tx
                        .company(a.company_id)
                        .await?
                        .map(|c| c.name.to_string())
                        .unwrap_or_default(),
                    None => String::new(),
                };
                slot.insert(name);
            }
            labels.insert(
                id,
                format!("{}, round {}", companies[&r.application_id], r.round),
            );
        }
        let recurring_questions = pool(&questions, &labels);
        let recurring_issues = pool(&issues, &labels);

        // Reading the sheet before the round is the preparation.
        let key = ActionKey::of("prep", &[i.id.0]);
        let marked = tx.mark(&key).await?.map(|m| m.state);
        if i.status == InterviewStatus::Scheduled
            && i.starts_at > now
            && matches!(marked, None | Some(MarkState::Snoozed))
        {
            tx.save_mark(&ActionMark {
                key,
                state: MarkState::Done,
                at: now,
                until: None,
                reason: Some("prep sheet read".to_owned()),
                application_id: Some(i.application_id),
                interview_id: Some(i.id),
            })
            .await?;
        }
        let interview = self.view(&mut tx, i).await?;
        tx.commit().await?;
        Ok(PrepSheet {
            interview,
            earlier_rounds,
            owed,
            decision,
            interviewers,
            recurring_questions,
            recurring_issues,
        })
    }
}
