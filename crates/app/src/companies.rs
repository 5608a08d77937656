//! Company use cases: add, list, show, edit, remove.

use crate::input::{edit_opt, new_opt};
use crate::views::{ApplicationSummary, CompanyDetail, CompanyView};
use crate::{App, AppError, Result, resolve};
use afterview_core::{LongText, Name, NewCompany, Url};
use afterview_store::ApplicationFilter;
use afterview_store::prelude::*;

/// A company's fields as typed; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct CompanyInput {
    /// Its name.
    pub name: Option<String>,
    /// Its web site.
    pub website: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
}

impl<S: Store> App<S> {
    /// Adds a company.
    pub async fn add_company(&self, input: &CompanyInput) -> Result<CompanyView> {
        let new = NewCompany {
            name: Name::parse("name", input.name.as_deref().unwrap_or(""))?,
            website: new_opt(&input.website, |s| Url::parse("website", s))?,
            notes: new_opt(&input.notes, |s| LongText::parse("notes", s))?,
        };
        let mut tx = self.store.write().await?;
        let company = tx.insert_company(&new, self.now()).await?;
        tx.commit().await?;
        Ok(CompanyView::new(company, 0, 0))
    }

    /// Every company, by name, with application counts.
    pub async fn list_companies(&self) -> Result<Vec<CompanyView>> {
        let mut tx = self.store.read().await?;
        let rows = tx.list_companies().await?;
        Ok(rows
            .into_iter()
            .map(|r| CompanyView::new(r.company, r.applications, r.live_applications))
            .collect())
    }

    /// One company with its applications.
    pub async fn show_company(&self, query: &str) -> Result<CompanyDetail> {
        let mut tx = self.store.read().await?;
        let company = resolve::company(&mut tx, query).await?;
        let filter = ApplicationFilter {
            statuses: vec![],
            company: Some(company.id),
        };
        let apps: Vec<ApplicationSummary> = tx
            .list_applications(&filter)
            .await?
            .into_iter()
            .map(ApplicationSummary::from)
            .collect();
        let live = apps.iter().filter(|a| a.status.is_live()).count() as i64;
        Ok(CompanyDetail {
            company: CompanyView::new(company, apps.len() as i64, live),
            applications: apps,
        })
    }

    /// Changes a company's fields.
    pub async fn edit_company(&self, query: &str, input: &CompanyInput) -> Result<CompanyView> {
        let mut tx = self.store.write().await?;
        let mut company = resolve::company(&mut tx, query).await?;
        if let Some(name) = &input.name {
            company.name = Name::parse("name", name)?;
        }
        edit_opt(&mut company.website, &input.website, |s| {
            Url::parse("website", s)
        })?;
        edit_opt(&mut company.notes, &input.notes, |s| {
            LongText::parse("notes", s)
        })?;
        tx.update_company(&company).await?;
        tx.commit().await?;
        Ok(CompanyView::new(company, 0, 0))
    }

    /// Removes a company that no application points at.
    pub async fn remove_company(&self, query: &str) -> Result<CompanyView> {
        let mut tx = self.store.write().await?;
        let company = resolve::company(&mut tx, query).await?;
        let filter = ApplicationFilter {
            statuses: vec![],
            company: Some(company.id),
        };
        let apps = tx.list_applications(&filter).await?;
        if !apps.is_empty() {
            let ids: Vec<String> = apps.iter().map(|a| a.id.to_string()).collect();
            return Err(AppError::Refused(format!(
                "{} still has {} application(s) ({}); remove them first with `afterview app rm <number>`",
                company.name,
                apps.len(),
                ids.join(", ")
            )));
        }
        tx.delete_company(company.id).await?;
        tx.commit().await?;
        Ok(CompanyView::new(company, 0, 0))
    }
}
