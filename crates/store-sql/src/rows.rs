//! Reading columns into domain values, and writing them back as SQL values.
//!
//! Values are parsed again on the way out of the database, so a row edited
//! by hand into something invalid is reported instead of silently shown.

use crate::exec::{Cells, Row, Value};
use afterview_core::time::{format_utc, parse_utc};
use afterview_core::{Email, LongText, Name, Url};
use afterview_store::{Result, StoreError};
use jiff::Timestamp;
use std::str::FromStr;

fn corrupt(col: &str, why: impl std::fmt::Display) -> StoreError {
    StoreError::Other(format!(
        "the stored value of {col} is not valid ({why}); was the database edited by hand?"
    ))
}

/// A nullable column as i64.
pub fn opt_int(row: &mut Row, col: &str) -> Result<Option<i64>> {
    match row.take(col)? {
        Value::Int(v) => Ok(v),
        Value::Text(None) => Ok(None),
        Value::Text(Some(t)) => t.parse().map(Some).map_err(|e| corrupt(col, e)),
    }
}

/// A column as i64.
pub fn int(row: &mut Row, col: &str) -> Result<i64> {
    opt_int(row, col)?.ok_or_else(|| corrupt(col, "it is empty"))
}

/// A nullable column as text.
pub fn opt_text(row: &mut Row, col: &str) -> Result<Option<String>> {
    match row.take(col)? {
        Value::Text(v) => Ok(v),
        Value::Int(v) => Ok(v.map(|n| n.to_string())),
    }
}

/// A column as text.
pub fn text(row: &mut Row, col: &str) -> Result<String> {
    opt_text(row, col)?.ok_or_else(|| corrupt(col, "it is empty"))
}

/// A stored instant.
pub fn ts(row: &mut Row, col: &str) -> Result<Timestamp> {
    let t = text(row, col)?;
    parse_utc(&t).map_err(|e| corrupt(col, e))
}

/// A column parsed as a name.
pub fn name(row: &mut Row, col: &str) -> Result<Name> {
    Name::parse(col, &text(row, col)?).map_err(|e| corrupt(col, e))
}

/// A nullable column parsed as a name.
pub fn opt_name(row: &mut Row, col: &str) -> Result<Option<Name>> {
    opt_text(row, col)?
        .map(|t| Name::parse(col, &t).map_err(|e| corrupt(col, e)))
        .transpose()
}

/// A nullable column parsed as an email.
pub fn opt_email(row: &mut Row, col: &str) -> Result<Option<Email>> {
    opt_text(row, col)?
        .map(|t| Email::parse(&t).map_err(|e| corrupt(col, e)))
        .transpose()
}

/// A nullable column parsed as a web address.
pub fn opt_url(row: &mut Row, col: &str) -> Result<Option<Url>> {
    opt_text(row, col)?
        .map(|t| Url::parse(col, &t).map_err(|e| corrupt(col, e)))
        .transpose()
}

/// A nullable column parsed as long text.
pub fn opt_long(row: &mut Row, col: &str) -> Result<Option<LongText>> {
    opt_text(row, col)?
        .map(|t| LongText::parse(col, &t).map_err(|e| corrupt(col, e)))
        .transpose()
}

/// A column parsed by `FromStr` (statuses, kinds).
pub fn parsed<T: FromStr>(row: &mut Row, col: &str) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    let t = text(row, col)?;
    t.parse::<T>().map_err(|e| corrupt(col, e))
}

/// A nullable column parsed by `FromStr`.
pub fn opt_parsed<T: FromStr>(row: &mut Row, col: &str) -> Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    opt_text(row, col)?
        .map(|t| t.parse::<T>().map_err(|e| corrupt(col, e)))
        .transpose()
}

/// An instant as stored.
pub fn ts_text(t: Timestamp) -> String {
    format_utc(t)
}

/// The key that makes names unique ignoring case.
pub fn key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// An optional value as optional text.
pub fn opt_str<T: AsRef<str>>(v: &Option<T>) -> Option<String> {
    v.as_ref().map(|s| s.as_ref().to_owned())
}

/// A nullable stored instant.
pub fn opt_ts(row: &mut Row, col: &str) -> Result<Option<Timestamp>> {
    opt_text(row, col)?
        .map(|t| parse_utc(&t).map_err(|e| corrupt(col, e)))
        .transpose()
}

/// A column holding JSON written by afterview.
pub fn json<T: serde::de::DeserializeOwned>(row: &mut Row, col: &str) -> Result<T> {
    let t = text(row, col)?;
    serde_json::from_str(&t).map_err(|e| corrupt(col, e))
}

/// Typed reads of a row read in place, by position; the errors name the
/// column as the other readers do.
pub trait Read {
    /// Column `i` as an integer.
    fn int_at(&self, i: usize) -> Result<i64>;
    /// Column `i` as text.
    fn text_at(&self, i: usize) -> Result<&str>;
    /// Column `i` as a stored instant.
    fn ts_at(&self, i: usize) -> Result<Timestamp>;
    /// Column `i` as a nullable stored instant.
    fn opt_ts_at(&self, i: usize) -> Result<Option<Timestamp>>;
    /// Column `i` parsed by `FromStr` (statuses, kinds).
    fn parsed_at<T: FromStr>(&self, i: usize) -> Result<T>
    where
        T::Err: std::fmt::Display;
}

impl Read for dyn Cells + '_ {
    fn int_at(&self, i: usize) -> Result<i64> {
        self.int(i)?
            .ok_or_else(|| corrupt(self.name(i), "it is empty"))
    }

    fn text_at(&self, i: usize) -> Result<&str> {
        self.text(i)?
            .ok_or_else(|| corrupt(self.name(i), "it is empty"))
    }

    fn ts_at(&self, i: usize) -> Result<Timestamp> {
        parse_utc(self.text_at(i)?).map_err(|e| corrupt(self.name(i), e))
    }

    fn opt_ts_at(&self, i: usize) -> Result<Option<Timestamp>> {
        self.text(i)?
            .map(|t| parse_utc(t).map_err(|e| corrupt(self.name(i), e)))
            .transpose()
    }

    fn parsed_at<T: FromStr>(&self, i: usize) -> Result<T>
    where
        T::Err: std::fmt::Display,
    {
        self.text_at(i)?
            .parse::<T>()
            .map_err(|e| corrupt(self.name(i), e))
    }
}
