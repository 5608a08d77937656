//! The profile and résumé versions on SQL. The profile is the one row with
//! id 1; skills are kept one per line.

use crate::exec::Row;
use crate::rows::{int, key, name, opt_email, opt_long, opt_name, opt_str, opt_text, text};
use crate::{SqlTx, params};
use afterview_core::{Name, Profile, Resume, ResumeId};
use afterview_store::{ProfilePort, Result, StoreError};
use async_trait::async_trait;

pub(crate) fn resume_from(row: &mut Row) -> Result<Resume> {
    Ok(Resume {
        id: ResumeId(int(row, "id")?),
        label: name(row, "label")?,
        path: text(row, "path")?,
    })
}

pub(crate) fn skills_text(skills: &[Name]) -> String {
    skills
        .iter()
        .map(Name::as_str)
        .collect::<Vec<_>>()
        .join("\n")
}

#[async_trait]
impl ProfilePort for SqlTx {
    async fn profile(&mut self) -> Result<Profile> {
        let row = self
            .opt_row(
                "SELECT name, email, signature, time_zone, skills FROM profile WHERE id = 1",
                &[],
            )
            .await?;
        let Some(mut row) = row else {
            return Ok(Profile::default());
        };
        let skills = text(&mut row, "skills")?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Name::parse("skill", l).map_err(|e| StoreError::Other(e.to_string())))
            .collect::<Result<Vec<_>>>()?;
        Ok(Profile {
            name: opt_name(&mut row, "name")?,
            email: opt_email(&mut row, "email")?,
            signature: opt_long(&mut row, "signature")?,
            time_zone: opt_text(&mut row, "time_zone")?,
            skills,
        })
    }

    async fn save_profile(&mut self, p: &Profile) -> Result<()> {
        self.exec("DELETE FROM profile WHERE id = 1", &[]).await?;
        self.exec(
            "INSERT INTO profile (id, name, email, signature, time_zone, skills) VALUES (1, $1, $2, $3, $4, $5)",
            params![opt_str(&p.name), opt_str(&p.email), opt_str(&p.signature), p.time_zone.clone(), skills_text(&p.skills)],
        )
        .await?;
        Ok(())
    }

    async fn resumes(&mut self) -> Result<Vec<Resume>> {
        let mut rows = self
            .rows("SELECT id, label, path FROM resumes ORDER BY id", &[])
            .await?;
        rows.iter_mut().map(resume_from).collect()
    }

    async fn insert_resume(&mut self, label: &Name, path: &str) -> Result<Resume> {
        self.savepoint().await?;
        let row = self
            .row(
                "INSERT INTO resumes (label, label_key, path) VALUES ($1, $2, $3) RETURNING id, label, path",
                params![label.as_str(), key(label.as_str()), path],
            )
            .await
            .map_err(|e| match e {
                StoreError::Conflict(_) => StoreError::Conflict(format!(
                    "there is already a résumé labelled '{label}'; pick another label"
                )),
                other => other,
            });
        let mut row = self.settle(row).await?;
        resume_from(&mut row)
    }

    async fn delete_resume(&mut self, id: ResumeId) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM resumes WHERE id = $1", params![id.0])
            .await?
            > 0)
    }
}
