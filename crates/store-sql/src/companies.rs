//! Companies on SQL.

use crate::exec::Row;
use crate::rows::{int, key, name, opt_long, opt_str, opt_url, text, ts, ts_text};
use crate::{SqlTx, params};
use afterview_core::{Company, CompanyId, NewCompany};
use afterview_store::{CompanyPort, CompanyRow, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;

pub(crate) fn company_from(row: &mut Row) -> Result<Company> {
    Ok(Company {
        id: CompanyId(int(row, "id")?),
        name: name(row, "name")?,
        website: opt_url(row, "website")?,
        notes: opt_long(row, "notes")?,
        created_at: ts(row, "created_at")?,
    })
}

fn name_taken(err: StoreError, name: &str) -> StoreError {
    match err {
        StoreError::Conflict(_) => StoreError::Conflict(format!(
            "there is already a company named '{name}'; names are unique ignoring case (see `afterview company list`)"
        )),
        other => other,
    }
}

#[async_trait]
impl CompanyPort for SqlTx {
    async fn insert_company(&mut self, new: &NewCompany, now: Timestamp) -> Result<Company> {
        self.savepoint().await?;
        let row = self
            .row(
                "INSERT INTO companies (name, name_key, website, notes, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id, name, website, notes, created_at",
                params![
                    new.name.as_str(),
                    key(new.name.as_str()),
                    opt_str(&new.website),
                    opt_str(&new.notes),
                    ts_text(now)
                ],
            )
            .await
            .map_err(|e| name_taken(e, new.name.as_str()));
        let mut row = self.settle(row).await?;
        company_from(&mut row)
    }

    async fn company(&mut self, id: CompanyId) -> Result<Option<Company>> {
        let mut row = self
            .opt_row(
                "SELECT id, name, website, notes, created_at FROM companies WHERE id = $1",
                params![id.0],
            )
            .await?;
        row.as_mut().map(company_from).transpose()
    }

    async fn company_by_name(&mut self, name: &str) -> Result<Option<Company>> {
        let mut row = self
            .opt_row(
                "SELECT id, name, website, notes, created_at FROM companies WHERE name_key = $1",
                params![key(name)],
            )
            .await?;
        row.as_mut().map(company_from).transpose()
    }

    async fn list_companies(&mut self) -> Result<Vec<CompanyRow>> {
        let mut rows = self
            .rows(
                "SELECT c.id, c.name, c.website, c.notes, c.created_at,
                        COALESCE(x.n, 0) AS applications, COALESCE(x.live, 0) AS live
                 FROM companies c
                 LEFT JOIN (SELECT company_id, COUNT(*) AS n,
                                   SUM(CASE WHEN status IN ('saved', 'applied', 'interviewing', 'offer') THEN 1 ELSE 0 END) AS live
                            FROM applications GROUP BY company_id) x ON x.company_id = c.id
                 ORDER BY c.name_key",
                &[],
            )
            .await?;
        rows.iter_mut()
            .map(|r| {
                Ok(CompanyRow {
                    company: company_from(r)?,
                    applications: int(r, "applications")?,
                    live_applications: int(r, "live")?,
                })
            })
            .collect()
    }

    async fn company_names(&mut self) -> Result<Vec<(CompanyId, String)>> {
        let mut rows = self
            .rows("SELECT id, name FROM companies ORDER BY id", &[])
            .await?;
        rows.iter_mut()
            .map(|r| Ok((CompanyId(int(r, "id")?), text(r, "name")?)))
            .collect()
    }

    async fn update_company(&mut self, company: &Company) -> Result<()> {
        self.savepoint().await?;
        let done = self
            .exec(
                "UPDATE companies SET name = $1, name_key = $2, website = $3, notes = $4 WHERE id = $5",
                params![
                    company.name.as_str(),
                    key(company.name.as_str()),
                    opt_str(&company.website),
                    opt_str(&company.notes),
                    company.id.0
                ],
            )
            .await
            .map_err(|e| name_taken(e, company.name.as_str()));
        self.settle(done).await.map(drop)
    }

    async fn delete_company(&mut self, id: CompanyId) -> Result<bool> {
        self.savepoint().await?;
        let done = self
            .exec("DELETE FROM companies WHERE id = $1", params![id.0])
            .await;
        Ok(self.settle(done).await? > 0)
    }
}
