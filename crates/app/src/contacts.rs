//! Contact use cases: add, list, show, edit, remove.

use crate::input::{edit_opt, new_opt};
use crate::views::{ContactView, InterviewView};
use crate::{App, Result, resolve};
use afterview_core::contact::{parse_phone, parse_tags};
use afterview_core::{CompanyId, Email, LongText, Name, NewContact, Tag, Url};
use afterview_store::prelude::*;
use afterview_store::{ContactFilter, InterviewFilter};

/// A person's fields as typed; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct ContactInput {
    /// Their name.
    pub name: Option<String>,
    /// Their email.
    pub email: Option<String>,
    /// Their phone.
    pub phone: Option<String>,
    /// Their company, by number or name.
    pub company: Option<String>,
    /// Their title.
    pub title: Option<String>,
    /// Their LinkedIn profile.
    pub linkedin: Option<String>,
    /// How you met.
    pub how_met: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
    /// Comma-separated tags (replacing all on edit).
    pub tags: Option<String>,
}

/// A person with the interviews they sat on.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ContactDetail {
    /// The person.
    #[serde(flatten)]
    pub contact: ContactView,
    /// Their interviews, by start.
    pub interviews: Vec<InterviewView>,
    /// How close they are, their other jobs, whom they know, favours asked.
    pub network: crate::NetworkDetail,
}

/// The people a search found: the first few by name, and how many match.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ContactPage {
    /// How many people match in all.
    pub total: u64,
    /// The first of them by name, at most the limit asked for.
    pub contacts: Vec<ContactView>,
}

async fn company_id<T: Transaction>(
    tx: &mut T,
    company: &Option<String>,
) -> Result<Option<Option<CompanyId>>> {
    match company.as_deref() {
        None => Ok(None),
        Some(s) if s.trim().is_empty() => Ok(Some(None)),
        Some(s) => Ok(Some(Some(resolve::company(tx, s).await?.id))),
    }
}

async fn company_name<T: Transaction>(tx: &mut T, id: Option<CompanyId>) -> Result<Option<String>> {
    Ok(match id {
        Some(id) => tx.company(id).await?.map(|c| c.name.to_string()),
        None => None,
    })
}

impl<S: Store> App<S> {
    /// Adds a person.
    pub async fn add_contact(&self, input: &ContactInput) -> Result<ContactView> {
        let new_contact = NewContact {
            name: Name::parse("name", input.name.as_deref().unwrap_or(""))?,
            email: new_opt(&input.email, Email::parse)?,
            phone: new_opt(&input.phone, parse_phone)?,
            company_id: None,
            title: new_opt(&input.title, |s| Name::parse("title", s))?,
            linkedin: new_opt(&input.linkedin, |s| Url::parse("linkedin", s))?,
            how_met: new_opt(&input.how_met, |s| Name::parse("how-met", s))?,
            notes: new_opt(&input.notes, |s| LongText::parse("notes", s))?,
            tags: parse_tags(input.tags.as_deref().unwrap_or(""))?,
        };
        let mut tx = self.store.write().await?;
        let mut new_contact = new_contact;
        new_contact.company_id = company_id(&mut tx, &input.company).await?.flatten();
        let contact = tx.insert_contact(&new_contact, self.now()).await?;
        let company = company_name(&mut tx, contact.company_id).await?;
        tx.commit().await?;
        Ok(ContactView::new(contact, company))
    }

    /// People, by name; optionally only those with a tag or at a company.
    pub async fn list_contacts(
        &self,
        tag: Option<&str>,
        company: Option<&str>,
    ) -> Result<Vec<ContactView>> {
        let tag = tag.map(Tag::parse).transpose()?;
        let mut tx = self.store.read().await?;
        let company = match company {
            Some(q) => Some(resolve::company(&mut tx, q).await?.id),
            None => None,
        };
        let rows = tx
            .list_contacts(&ContactFilter {
                tag,
                company,
                ..ContactFilter::default()
            })
            .await?;
        Ok(rows.into_iter().map(ContactView::from).collect())
    }

    /// People whose name, email or company contains `text` (everyone when
    /// it is blank), ignoring case: the first `limit` by name, and the count.
    pub async fn search_contacts(&self, text: &str, limit: u32) -> Result<ContactPage> {
        let filter = ContactFilter {
            text: Some(text.trim().to_owned()).filter(|t| !t.is_empty()),
            limit: Some(limit),
            ..ContactFilter::default()
        };
        let mut tx = self.store.read().await?;
        let total = tx.count_contacts(&filter).await?;
        let rows = tx.list_contacts(&filter).await?;
        tx.commit().await?;
        Ok(ContactPage {
            total,
            contacts: rows.into_iter().map(ContactView::from).collect(),
        })
    }

    /// One person with the interviews they sat on.
    pub async fn show_contact(&self, query: &str) -> Result<ContactDetail> {
        let mut tx = self.store.read().await?;
        let contact = resolve::contact(&mut tx, query).await?;
        let company = company_name(&mut tx, contact.company_id).await?;
        let filter = InterviewFilter {
            contact: Some(contact.id),
            ..InterviewFilter::default()
        };
        let mut interviews = Vec::new();
        for row in tx.list_interviews(&filter).await? {
            let people = tx.interviewers(row.interview.id).await?;
            interviews.push(InterviewView::new(
                row.interview,
                row.company,
                row.role,
                people.into_iter().map(Into::into).collect(),
            ));
        }
        let network = self.network_detail(&mut tx, Some(contact.id)).await?;
        tx.commit().await?;
        Ok(ContactDetail {
            contact: ContactView::new(contact, company),
            interviews,
            network,
        })
    }

    /// Changes a person's fields.
    pub async fn edit_contact(&self, query: &str, input: &ContactInput) -> Result<ContactView> {
        let mut tx = self.store.write().await?;
        let mut c = resolve::contact(&mut tx, query).await?;
        if let Some(name) = &input.name {
            c.name = Name::parse("name", name)?;
        }
        edit_opt(&mut c.email, &input.email, Email::parse)?;
        edit_opt(&mut c.phone, &input.phone, parse_phone)?;
        edit_opt(&mut c.title, &input.title, |s| Name::parse("title", s))?;
        edit_opt(&mut c.linkedin, &input.linkedin, |s| {
            Url::parse("linkedin", s)
        })?;
        edit_opt(&mut c.how_met, &input.how_met, |s| {
            Name::parse("how-met", s)
        })?;
        edit_opt(&mut c.notes, &input.notes, |s| LongText::parse("notes", s))?;
        if let Some(tags) = &input.tags {
            c.tags = parse_tags(tags)?;
        }
        if let Some(company) = company_id(&mut tx, &input.company).await? {
            c.company_id = company;
        }
        tx.update_contact(&c).await?;
        let company = company_name(&mut tx, c.company_id).await?;
        tx.commit().await?;
        Ok(ContactView::new(c, company))
    }

    /// Removes a person (and their places on interviews).
    pub async fn remove_contact(&self, query: &str) -> Result<ContactView> {
        let mut tx = self.store.write().await?;
        let c = resolve::contact(&mut tx, query).await?;
        let company = company_name(&mut tx, c.company_id).await?;
        tx.delete_contact(c.id).await?;
        tx.commit().await?;
        Ok(ContactView::new(c, company))
    }
}
