//! Contacts on SQL. Tags are kept as one space-separated text column, which
//! both backends can search with `LIKE` and which keeps a contact one row.

use crate::exec::{Row, Value};
use crate::rows::{
    int, key, name, opt_email, opt_int, opt_long, opt_name, opt_str, opt_text, opt_url, text, ts,
    ts_text,
};
use crate::{SqlTx, params};
use afterview_core::{CompanyId, Contact, ContactId, NewContact, Tag};
use afterview_store::{ContactFilter, ContactPort, ContactRow, Result, StoreError};
use async_trait::async_trait;
use jiff::Timestamp;

/// The columns of a contact, in the order [`contact_from`] reads.
macro_rules! contact_columns {
    () => {
        "id, name, email, phone, company_id, title, linkedin, how_met, notes, tags, created_at"
    };
}
pub(crate) use contact_columns;

/// The `AND …` conditions of a contact filter and their values, numbered
/// from `$1`. Text is matched against the lower-cased keys the rows keep,
/// with `LIKE`'s wildcards escaped so that "50%" means what was typed.
fn filter_clause(filter: &ContactFilter) -> (String, Vec<Value>) {
    let mut sql = String::new();
    let mut binds: Vec<Value> = Vec::new();
    if let Some(tag) = &filter.tag {
        binds.push(format!("% {} %", tag.as_str()).into());
        sql.push_str(&format!(" AND tags LIKE ${}", binds.len()));
    }
    if let Some(c) = filter.company {
        binds.push(c.0.into());
        sql.push_str(&format!(" AND company_id = ${}", binds.len()));
    }
    if let Some(text) = filter.text.as_deref().map(key).filter(|t| !t.is_empty()) {
        binds.push(format!("%{}%", like_escaped(&text)).into());
        let n = binds.len();
        sql.push_str(&format!(
            " AND (name_key LIKE ${n} ESCAPE '\\' OR email_key LIKE ${n} ESCAPE '\\' \
             OR company_id IN (SELECT id FROM companies WHERE name_key LIKE ${n} ESCAPE '\\'))"
        ));
    }
    (sql, binds)
}

/// `text` with `LIKE`'s wildcards and its escape character escaped.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The stored form of a tag list: " recruiter mentor ", so `LIKE '% tag %'` finds one.
pub(crate) fn tags_text(tags: &[Tag]) -> String {
    if tags.is_empty() {
        String::new()
    } else {
        let words: Vec<&str> = tags.iter().map(Tag::as_str).collect();
        format!(" {} ", words.join(" "))
    }
}

/// The columns a contact is written with, in the order of [`contact_values!`];
/// a backup writes its id before them.
pub(crate) const CONTACT_INSERT: [&str; 12] = [
    "name",
    "name_key",
    "email",
    "email_key",
    "phone",
    "company_id",
    "title",
    "linkedin",
    "how_met",
    "notes",
    "tags",
    "created_at",
];

/// The values of [`CONTACT_INSERT`] for a `NewContact` or a `Contact`
/// (they have the same fields), with its creation time as stored text.
macro_rules! contact_values {
    ($c:expr, $created:expr) => {{
        let c = $c;
        vec![
            $crate::exec::Value::from(c.name.as_str()),
            $crate::exec::Value::from($crate::rows::key(c.name.as_str())),
            $crate::exec::Value::from($crate::rows::opt_str(&c.email)),
            $crate::exec::Value::from(c.email.as_ref().map(|e| $crate::rows::key(e.as_str()))),
            $crate::exec::Value::from($crate::rows::opt_str(&c.phone)),
            $crate::exec::Value::from(c.company_id.map(|id| id.0)),
            $crate::exec::Value::from($crate::rows::opt_str(&c.title)),
            $crate::exec::Value::from($crate::rows::opt_str(&c.linkedin)),
            $crate::exec::Value::from($crate::rows::opt_str(&c.how_met)),
            $crate::exec::Value::from($crate::rows::opt_str(&c.notes)),
            $crate::exec::Value::from($crate::contacts::tags_text(&c.tags)),
            $crate::exec::Value::from($created),
        ]
    }};
}
pub(crate) use contact_values;

pub(crate) fn contact_from(row: &mut Row) -> Result<Contact> {
    let tags = text(row, "tags")?
        .split_whitespace()
        .map(|t| Tag::parse(t).map_err(|e| StoreError::Other(e.to_string())))
        .collect::<Result<Vec<_>>>()?;
    Ok(Contact {
        id: ContactId(int(row, "id")?),
        name: name(row, "name")?,
        email: opt_email(row, "email")?,
        phone: opt_name(row, "phone")?,
        company_id: opt_int(row, "company_id")?.map(CompanyId),
        title: opt_name(row, "title")?,
        linkedin: opt_url(row, "linkedin")?,
        how_met: opt_name(row, "how_met")?,
        notes: opt_long(row, "notes")?,
        tags,
        created_at: ts(row, "created_at")?,
    })
}

#[async_trait]
impl ContactPort for SqlTx {
    async fn insert_contact(&mut self, new: &NewContact, now: Timestamp) -> Result<Contact> {
        let sql = format!(
            "INSERT INTO contacts ({}) VALUES ({}) RETURNING {}",
            CONTACT_INSERT.join(", "),
            crate::placeholders(1, CONTACT_INSERT.len()),
            contact_columns!()
        );
        let mut row = self.row(&sql, &contact_values!(new, ts_text(now))).await?;
        contact_from(&mut row)
    }

    async fn contact(&mut self, id: ContactId) -> Result<Option<Contact>> {
        let mut row = self
            .opt_row(
                concat!(
                    "SELECT ",
                    contact_columns!(),
                    " FROM contacts WHERE id = $1"
                ),
                params![id.0],
            )
            .await?;
        row.as_mut().map(contact_from).transpose()
    }

    async fn contact_by_email(&mut self, email: &str) -> Result<Option<Contact>> {
        let mut row = self
            .opt_row(
                concat!(
                    "SELECT ",
                    contact_columns!(),
                    " FROM contacts WHERE email_key = $1 ORDER BY id LIMIT 1"
                ),
                params![key(email)],
            )
            .await?;
        row.as_mut().map(contact_from).transpose()
    }

    async fn contacts_by_name(&mut self, name: &str) -> Result<Vec<Contact>> {
        let mut rows = self
            .rows(
                concat!(
                    "SELECT ",
                    contact_columns!(),
                    " FROM contacts WHERE name_key = $1 ORDER BY id"
                ),
                params![key(name)],
            )
            .await?;
        rows.iter_mut().map(contact_from).collect()
    }

    async fn list_contacts(&mut self, filter: &ContactFilter) -> Result<Vec<ContactRow>> {
        let (clause, mut binds) = filter_clause(filter);
        let mut sql = format!(
            concat!(
                "SELECT ",
                contact_columns!(),
                ", (SELECT c.name FROM companies c WHERE c.id = contacts.company_id) AS company FROM contacts WHERE 1 = 1{} ORDER BY name_key, id"
            ),
            clause
        );
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT ${}", binds.len() + 1));
            binds.push(i64::from(limit).into());
        }
        let mut rows = self.rows(&sql, &binds).await?;
        rows.iter_mut()
            .map(|r| {
                Ok(ContactRow {
                    contact: contact_from(r)?,
                    company: opt_text(r, "company")?,
                })
            })
            .collect()
    }

    async fn count_contacts(&mut self, filter: &ContactFilter) -> Result<u64> {
        let (clause, binds) = filter_clause(filter);
        let sql = format!("SELECT COUNT(*) AS n FROM contacts WHERE 1 = 1{clause}");
        let mut row = self.row(&sql, &binds).await?;
        Ok(u64::try_from(int(&mut row, "n")?).unwrap_or_default())
    }

    async fn contact_names(&mut self) -> Result<Vec<(ContactId, String)>> {
        let mut rows = self
            .rows("SELECT id, name FROM contacts ORDER BY id", &[])
            .await?;
        rows.iter_mut()
            .map(|r| Ok((ContactId(int(r, "id")?), text(r, "name")?)))
            .collect()
    }

    async fn update_contact(&mut self, c: &Contact) -> Result<()> {
        self.exec(
            "UPDATE contacts SET name = $1, name_key = $2, email = $3, email_key = $4, phone = $5, company_id = $6, \
             title = $7, linkedin = $8, how_met = $9, notes = $10, tags = $11 WHERE id = $12",
            params![
                c.name.as_str(),
                key(c.name.as_str()),
                opt_str(&c.email),
                c.email.as_ref().map(|e| key(e.as_str())),
                opt_str(&c.phone),
                c.company_id.map(|x| x.0),
                opt_str(&c.title),
                opt_str(&c.linkedin),
                opt_str(&c.how_met),
                opt_str(&c.notes),
                tags_text(&c.tags),
                c.id.0
            ],
        )
        .await?;
        Ok(())
    }

    async fn delete_contact(&mut self, id: ContactId) -> Result<bool> {
        Ok(self
            .exec("DELETE FROM contacts WHERE id = $1", params![id.0])
            .await?
            > 0)
    }
}
