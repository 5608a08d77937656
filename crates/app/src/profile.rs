//! Profile use cases: who you are, your zone, skills and résumé versions.

use crate::input::edit_opt;
use crate::{App, AppError, Result};
use afterview_core::{Email, Invalid, LongText, Name, Profile, Resume};
use afterview_store::prelude::*;
use jiff::tz::TimeZone;
use serde::Serialize;

/// Profile fields as typed; `None` leaves a field as it is, empty clears it.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    /// Your name.
    pub name: Option<String>,
    /// Your email.
    pub email: Option<String>,
    /// The sign-off under letters.
    pub signature: Option<String>,
    /// Your IANA time zone.
    pub time_zone: Option<String>,
    /// Skills to add.
    pub add_skills: Vec<String>,
    /// Skills to remove.
    pub remove_skills: Vec<String>,
}

/// The profile with its résumé versions.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileView {
    /// The profile.
    #[serde(flatten)]
    pub profile: Profile,
    /// The zone dates are read in (the profile's, else the system's).
    pub effective_time_zone: String,
    /// Résumé versions.
    pub resumes: Vec<Resume>,
}

impl<S: Store> App<S> {
    /// The profile.
    pub async fn show_profile(&self) -> Result<ProfileView> {
        let mut tx = self.store.read().await?;
        let profile = tx.profile().await?;
        let resumes = tx.resumes().await?;
        Ok(view(profile, resumes))
    }

    /// The person's time zone, for reading and showing dates.
    pub async fn time_zone(&self) -> Result<TimeZone> {
        let mut tx = self.store.read().await?;
        Ok(crate::zone_of(tx.profile().await?.time_zone.as_deref()))
    }

    /// Changes the profile.
    pub async fn set_profile(&self, input: &ProfileInput) -> Result<ProfileView> {
        let mut tx = self.store.write().await?;
        let mut p = tx.profile().await?;
        edit_opt(&mut p.name, &input.name, |s| Name::parse("name", s))?;
        edit_opt(&mut p.email, &input.email, Email::parse)?;
        edit_opt(&mut p.signature, &input.signature, |s| {
            LongText::parse("signature", s)
        })?;
        edit_opt(&mut p.time_zone, &input.time_zone, |s| {
            let tz = crate::zone_named(s).ok_or_else(|| {
                Invalid::new("time zone", format!("\"{}\" is not a time zone; use an IANA name such as Europe/Berlin or America/New_York", s.trim()))
            })?;
            Ok(tz.iana_name().unwrap_or(s.trim()).to_owned())
        })?;
        for skill in input
            .add_skills
            .iter()
            .flat_map(|s| s.split(','))
            .filter(|s| !s.trim().is_empty())
        {
            let skill = Name::parse("skill", skill)?;
            if !p
                .skills
                .iter()
                .any(|k| k.as_str().eq_ignore_ascii_case(skill.as_str()))
            {
                p.skills.push(skill);
            }
        }
        for skill in input
            .remove_skills
            .iter()
            .flat_map(|s| s.split(','))
            .filter(|s| !s.trim().is_empty())
        {
            let before = p.skills.len();
            p.skills
                .retain(|k| !k.as_str().eq_ignore_ascii_case(skill.trim()));
            if p.skills.len() == before {
                let hint = afterview_core::suggest::hint(skill, p.skills.iter().map(Name::as_str));
                return Err(AppError::NotFound(format!(
                    "your skills do not include '{}'{hint}",
                    skill.trim()
                )));
            }
        }
        tx.save_profile(&p).await?;
        let resumes = tx.resumes().await?;
        tx.commit().await?;
        Ok(view(p, resumes))
    }

    /// Adds a résumé version.
    pub async fn add_resume(&self, label: &str, path: &str) -> Result<Resume> {
        let label = Name::parse("label", label)?;
        if path.trim().is_empty() {
            return Err(Invalid::new("path", "give the résumé file's path").into());
        }
        let mut tx = self.store.write().await?;
        let r = tx.insert_resume(&label, path.trim()).await?;
        tx.commit().await?;
        Ok(r)
    }

    /// Removes a résumé version by label or number.
    pub async fn remove_resume(&self, query: &str) -> Result<Resume> {
        let mut tx = self.store.write().await?;
        let resumes = tx.resumes().await?;
        let found = resumes
            .iter()
            .find(|r| {
                r.label.as_str().eq_ignore_ascii_case(query.trim())
                    || r.id.to_string() == query.trim()
            })
            .cloned();
        let Some(r) = found else {
            let hint =
                afterview_core::suggest::hint(query, resumes.iter().map(|r| r.label.as_str()));
            return Err(AppError::NotFound(format!(
                "no résumé labelled '{}'{hint}",
                query.trim()
            )));
        };
        tx.delete_resume(r.id).await?;
        tx.commit().await?;
        Ok(r)
    }
}

fn view(profile: Profile, resumes: Vec<Resume>) -> ProfileView {
    let effective = crate::zone_of(profile.time_zone.as_deref());
    ProfileView {
        effective_time_zone: effective.iana_name().unwrap_or("UTC").to_owned(),
        profile,
        resumes,
    }
}
