//! Numbers every table in creation order and puts the backup together with profile and résumés.

use super::applications::DraftApp;
use super::companies::DraftCompany;
use super::contacts::DraftContact;
use super::interviews::{DraftInterview, HOME_ZONE};
use super::rng::{own_email, own_name, own_text, ts};
use afterview_core::application::ApplicationEvent;
use afterview_core::backup::Backup;
use afterview_core::{
    Application, ApplicationId, Company, CompanyId, Contact, ContactId, EventId, Interview,
    InterviewId, Interviewer, Profile, Resume, ResumeId,
};
use jiff::Timestamp;

/// Sorts `rows` by creation time (then by the order they were made), and
/// returns them with each draft row's new id, from 1.
fn by_creation<T>(rows: Vec<T>, created: impl Fn(&T) -> Timestamp) -> (Vec<T>, Vec<i64>) {
    let mut tagged: Vec<(usize, T)> = rows.into_iter().enumerate().collect();
    tagged.sort_by_key(|(i, row)| (created(row), *i));
    let mut ids = vec![0; tagged.len()];
    for (position, (draft, _)) in tagged.iter().enumerate() {
        ids[*draft] = position as i64 + 1;
    }
    (tagged.into_iter().map(|(_, row)| row).collect(), ids)
}

fn profile() -> Profile {
    let skills = [
        "Rust",
        "PostgreSQL",
        "Kubernetes",
        "Distributed systems",
        "Go",
        "AWS",
        "Terraform",
        "gRPC",
        "Observability",
        "Leadership",
    ];
    Profile {
        name: Some(own_name("name", "Alex Morgan")),
        email: Some(own_email("alex.morgan@example.org")),
        signature: Some(own_text("signature", "Best regards,\nAlex Morgan")),
        time_zone: Some(HOME_ZONE.0.to_owned()),
        skills: skills.iter().map(|s| own_name("skill", s)).collect(),
    }
}

fn resumes() -> Vec<Resume> {
    [
        ("backend", "~/Documents/resumes/alex-morgan-backend.pdf"),
        ("platform", "~/Documents/resumes/alex-morgan-platform.pdf"),
        (
            "engineering-manager",
            "~/Documents/resumes/alex-morgan-em.pdf",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (label, path))| Resume {
        id: ResumeId(i as i64 + 1),
        label: own_name("label", label),
        path: (*path).to_owned(),
    })
    .collect()
}

/// Numbers every table in creation order, as a store would have, and
/// points every reference at the new ids.
pub(super) fn assemble(
    companies: Vec<DraftCompany>,
    apps: Vec<DraftApp>,
    contacts: Vec<DraftContact>,
    interviews: Vec<DraftInterview>,
) -> Backup {
    let mut backup = Backup::new();
    backup.profile = profile();
    backup.resumes = resumes();

    let (companies, company_ids) = by_creation(
        companies.into_iter().map(|c| c.row).collect(),
        |c: &Company| c.created_at,
    );
    backup.companies = companies
        .into_iter()
        .zip(1..)
        .map(|(row, id)| Company {
            id: CompanyId(id),
            ..row
        })
        .collect();

    let (apps, app_ids) = by_creation(apps, |a: &DraftApp| a.row.created_at);
    let mut events = Vec::with_capacity(apps.iter().map(|a| a.path.len()).sum());
    backup.applications = apps
        .into_iter()
        .zip(1..)
        .map(|(app, id)| {
            for (i, ((&to, &at), note)) in
                app.path.iter().zip(&app.times).zip(app.notes).enumerate()
            {
                events.push(ApplicationEvent {
                    id: EventId(0),
                    application_id: ApplicationId(id),
                    at: ts(at),
                    from_status: i.checked_sub(1).map(|j| app.path[j]),
                    to_status: to,
                    forced: false,
                    note,
                });
            }
            Application {
                id: ApplicationId(id),
                company_id: CompanyId(company_ids[app.company]),
                ..app.row
            }
        })
        .collect();
    // The log is numbered in the order things happened; an application's
    // own entries are strictly in time order, so the sort keeps them so.
    events.sort_by_key(|e| (e.at, e.application_id));
    for (e, id) in events.iter_mut().zip(1..) {
        e.id = EventId(id);
    }
    backup.application_events = events;

    let (contacts, contact_ids) = by_creation(contacts, |c: &DraftContact| c.row.created_at);
    backup.contacts = contacts
        .into_iter()
        .zip(1..)
        .map(|(c, id)| Contact {
            id: ContactId(id),
            company_id: c.company.map(|co| CompanyId(company_ids[co])),
            ..c.row
        })
        .collect();

    let (interviews, _) = by_creation(interviews, |i: &DraftInterview| i.row.created_at);
    let mut interviewers = Vec::with_capacity(interviews.iter().map(|i| i.panel.len()).sum());
    backup.interviews = interviews
        .into_iter()
        .zip(1..)
        .map(|(draft, id)| {
            for (c, role) in draft.panel {
                interviewers.push(Interviewer {
                    interview_id: InterviewId(id),
                    contact_id: ContactId(contact_ids[c]),
                    role,
                });
            }
            Interview {
                id: InterviewId(id),
                application_id: ApplicationId(app_ids[draft.app]),
                ..draft.row
            }
        })
        .collect();
    backup.interviewers = interviewers;
    backup
}
