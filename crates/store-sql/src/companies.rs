//! Companies on SQL.

use crate::rows::{key, name, opt_long, opt_str, opt_url, ts, ts_text};
use crate::{SqlTx, map_err};
use afterview_core::{Company, CompanyId, NewCompany};
use afterview_store::{CompanyPort, CompanyRow, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;
use sqlx::any::AnyRow;

pub(crate) fn company_from(row: &AnyRow) -> Result<Company> {
    Ok(Company {
        id: CompanyId(crate::rows::int(row, "id")?),
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
        let row = sqlx::query(
            "INSERT INTO companies (name, name_key, website, notes, created_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id, name, website, notes, created_at",
        )
        .bind(new.name.as_str())
        .bind(key(new.name.as_str()))
        .bind(opt_str(&new.website))
        .bind(opt_str(&new.notes))
        .bind(ts_text(now))
        .fetch_one(self.conn())
        .await
        .map_err(|e| name_taken(map_err(e), new.name.as_str()));
        let row = self.settle(row).await?;
        company_from(&row)
    }

    async fn company(&mut self, id: CompanyId) -> Result<Option<Company>> {
        let row = sqlx::query("SELECT id, name, website, notes, created_at FROM companies WHERE id = $1")
            .bind(id.0)
            .fetch_optional(self.conn())
            .await
            .map_err(map_err)?;
        row.as_ref().map(company_from).transpose()
    }

    async fn company_by_name(&mut self, name: &str) -> Result<Option<Company>> {
        let row = sqlx::query(
            "SELECT id, name, website, notes, created_at FROM companies WHERE name_key = $1",
        )
        .bind(key(name))
        .fetch_optional(self.conn())
        .await
        .map_err(map_err)?;
        row.as_ref().map(company_from).transpose()
    }

    async fn list_companies(&mut self) -> Result<Vec<CompanyRow>> {
        let rows = sqlx::query(
            "SELECT c.id, c.name, c.website, c.notes, c.created_at,
                    COUNT(a.id) AS applications,
                    COALESCE(SUM(CASE WHEN a.status IN ('saved', 'applied', 'interviewing', 'offer') THEN 1 ELSE 0 END), 0) AS live
             FROM companies c LEFT JOIN applications a ON a.company_id = c.id
             GROUP BY c.id, c.name, c.website, c.notes, c.created_at
             ORDER BY c.name_key",
        )
        .fetch_all(self.conn())
        .await
        .map_err(map_err)?;
        rows.iter()
            .map(|r| {
                Ok(CompanyRow {
                    company: company_from(r)?,
                    applications: crate::rows::int(r, "applications")?,
                    live_applications: crate::rows::int(r, "live")?,
                })
            })
            .collect()
    }

    async fn company_names(&mut self) -> Result<Vec<(CompanyId, String)>> {
        let rows = sqlx::query("SELECT id, name FROM companies ORDER BY id")
            .fetch_all(self.conn())
            .await
            .map_err(map_err)?;
        rows.iter()
            .map(|r| Ok((CompanyId(crate::rows::int(r, "id")?), crate::rows::text(r, "name")?)))
            .collect()
    }

    async fn update_company(&mut self, company: &Company) -> Result<()> {
        self.savepoint().await?;
        let done = sqlx::query("UPDATE companies SET name = $1, name_key = $2, website = $3, notes = $4 WHERE id = $5")
            .bind(company.name.as_str())
            .bind(key(company.name.as_str()))
            .bind(opt_str(&company.website))
            .bind(opt_str(&company.notes))
            .bind(company.id.0)
            .execute(self.conn())
            .await
            .map_err(|e| name_taken(map_err(e), company.name.as_str()));
        self.settle(done).await.map(drop)
    }

    async fn delete_company(&mut self, id: CompanyId) -> Result<bool> {
        self.savepoint().await?;
        let done = sqlx::query("DELETE FROM companies WHERE id = $1")
            .bind(id.0)
            .execute(self.conn())
            .await
            .map_err(map_err);
        Ok(self.settle(done).await?.rows_affected() > 0)
    }
}
