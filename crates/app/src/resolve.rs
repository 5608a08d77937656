//! Finding what a person named: by number, by name, by email.
//!
//! A reference that matches nothing gets the closest known name as a
//! suggestion; one that matches several lists them with their numbers.

use crate::{AppError, Result};
use afterview_core::suggest::hint;
use afterview_core::{
    Application, ApplicationId, Company, CompanyId, Contact, ContactId, Interview, InterviewId,
};
use afterview_store::ApplicationFilter;
use afterview_store::prelude::*;

fn as_id(query: &str) -> Option<i64> {
    let q = query.trim().trim_start_matches('#');
    q.parse::<i64>().ok().filter(|n| *n > 0)
}

/// A company by number or name (ignoring case).
pub async fn company<T: Transaction>(tx: &mut T, query: &str) -> Result<Company> {
    if let Some(id) = as_id(query) {
        return tx.company(CompanyId(id)).await?.ok_or_else(|| {
            AppError::NotFound(format!(
                "there is no company {id}; see `afterview company list`"
            ))
        });
    }
    if let Some(c) = tx.company_by_name(query).await? {
        return Ok(c);
    }
    Err(company_not_found(tx, query).await?)
}

/// The message for a company name that matches nothing.
async fn company_not_found<T: Transaction>(tx: &mut T, query: &str) -> Result<AppError> {
    let names = tx.company_names().await?;
    let hint = hint(query, names.iter().map(|(_, n)| n.as_str()));
    Ok(AppError::NotFound(format!(
        "no company named '{}'{hint} (see `afterview company list`, or add it with `afterview company add`)",
        query.trim()
    )))
}

/// An application by number, or by company name when it has just one.
pub async fn application<T: Transaction>(tx: &mut T, query: &str) -> Result<Application> {
    if let Some(id) = as_id(query) {
        return tx.application(ApplicationId(id)).await?.ok_or_else(|| {
            AppError::NotFound(format!(
                "there is no application {id}; see `afterview app list`"
            ))
        });
    }
    let company = company(tx, query).await.map_err(|e| match e {
        AppError::NotFound(m) => AppError::NotFound(format!(
            "{m}; an application is named by its number (see `afterview app list`)"
        )),
        other => other,
    })?;
    let filter = ApplicationFilter {
        statuses: vec![],
        company: Some(company.id),
    };
    let apps = tx.list_applications(&filter).await?;
    match apps.as_slice() {
        [] => Err(AppError::NotFound(format!(
            "{} has no applications yet; add one with `afterview app add --company \"{}\" --role ...`",
            company.name, company.name
        ))),
        [one] => tx
            .application(one.id)
            .await?
            .ok_or_else(|| AppError::NotFound(format!("there is no application {}", one.id))),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|a| format!("{} {} ({})", a.id, a.role, a.status))
                .collect();
            Err(AppError::Ambiguous(format!(
                "{} has {} applications: {}; give the number of the one you mean",
                company.name,
                many.len(),
                list.join(", ")
            )))
        }
    }
}

/// A contact by number, email or name (ignoring case).
pub async fn contact<T: Transaction>(tx: &mut T, query: &str) -> Result<Contact> {
    if let Some(id) = as_id(query) {
        return tx.contact(ContactId(id)).await?.ok_or_else(|| {
            AppError::NotFound(format!(
                "there is no contact {id}; see `afterview contact list`"
            ))
        });
    }
    if query.contains('@')
        && let Some(c) = tx.contact_by_email(query.trim()).await?
    {
        return Ok(c);
    }
    let mut found = tx.contacts_by_name(query).await?;
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => {
            let names = tx.contact_names().await?;
            let hint = hint(query, names.iter().map(|(_, n)| n.as_str()));
            Err(AppError::NotFound(format!(
                "no contact named '{}'{hint} (see `afterview contact list`)",
                query.trim()
            )))
        }
        n => {
            let ids: Vec<String> = found.iter().map(|c| c.id.to_string()).collect();
            Err(AppError::Ambiguous(format!(
                "{n} contacts are named '{}' (numbers {}); give the number or the email of the one you mean",
                query.trim(),
                ids.join(", ")
            )))
        }
    }
}

/// An interview by number.
pub async fn interview<T: Transaction>(tx: &mut T, query: &str) -> Result<Interview> {
    let id: InterviewId = query.parse()?;
    tx.interview(id).await?.ok_or_else(|| {
        AppError::NotFound(format!(
            "there is no interview {id}; see `afterview interview list`"
        ))
    })
}
