//! The profile and résumé versions on SQL. The profile is the one row with
//! id 1; skills are kept one per line.

use crate::rows::{int, key, name, opt_email, opt_long, opt_name, opt_str, opt_text, text};
use crate::{SqlTx, map_err};
use afterview_core::{Name, Profile, Resume, ResumeId};
use afterview_store::{ProfilePort, Result, StoreError};
use async_trait::async_trait;
use sqlx::any::AnyRow;

pub(crate) fn resume_from(row: &AnyRow) -> Result<Resume> {
    Ok(Resume {
        id: ResumeId(int(row, "id")?),
        label: name(row, "label")?,
        path: text(row, "path")?,
    })
}

pub(crate) fn skills_text(skills: &[Name]) -> String {
    skills.iter().map(Name::as_str).collect::<Vec<_>>().join("\n")
}

#[async_trait]
impl ProfilePort for SqlTx {
    async fn profile(&mut self) -> Result<Profile> {
        let row = sqlx::query("SELECT name, email, signature, time_zone, skills FROM profile WHERE id = 1")
            .fetch_optional(self.conn())
            .await
            .map_err(map_err)?;
        let Some(row) = row else {
            return Ok(Profile::default());
        };
        let skills = text(&row, "skills")?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Name::parse("skill", l).map_err(|e| StoreError::Other(e.to_string())))
            .collect::<Result<Vec<_>>>()?;
        Ok(Profile {
            name: opt_name(&row, "name")?,
            email: opt_email(&row, "email")?,
            signature: opt_long(&row, "signature")?,
            time_zone: opt_text(&row, "time_zone")?,
            skills,
        })
    }

    async fn save_profile(&mut self, p: &Profile) -> Result<()> {
        sqlx::query("DELETE FROM profile WHERE id = 1")
            .execute(self.conn())
            .await
            .map_err(map_err)?;
        sqlx::query("INSERT INTO profile (id, name, email, signature, time_zone, skills) VALUES (1, $1, $2, $3, $4, $5)")
            .bind(opt_str(&p.name))
            .bind(opt_str(&p.email))
            .bind(opt_str(&p.signature))
            .bind(p.time_zone.clone())
            .bind(skills_text(&p.skills))
            .execute(self.conn())
            .await
            .map_err(map_err)?;
        Ok(())
    }

    async fn resumes(&mut self) -> Result<Vec<Resume>> {
        let rows = sqlx::query("SELECT id, label, path FROM resumes ORDER BY id")
            .fetch_all(self.conn())
            .await
            .map_err(map_err)?;
        rows.iter().map(resume_from).collect()
    }

    async fn insert_resume(&mut self, label: &Name, path: &str) -> Result<Resume> {
        self.savepoint().await?;
        let row = sqlx::query("INSERT INTO resumes (label, label_key, path) VALUES ($1, $2, $3) RETURNING id, label, path")
            .bind(label.as_str())
            .bind(key(label.as_str()))
            .bind(path)
            .fetch_one(self.conn())
            .await
            .map_err(|e| match map_err(e) {
                StoreError::Conflict(_) => StoreError::Conflict(format!(
                    "there is already a résumé labelled '{label}'; pick another label"
                )),
                other => other,
            });
        let row = self.settle(row).await?;
        resume_from(&row)
    }

    async fn delete_resume(&mut self, id: ResumeId) -> Result<bool> {
        let done = sqlx::query("DELETE FROM resumes WHERE id = $1")
            .bind(id.0)
            .execute(self.conn())
            .await
            .map_err(map_err)?;
        Ok(done.rows_affected() > 0)
    }
}
