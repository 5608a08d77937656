//! Reading optional fields typed by a person, for adds and edits alike.
//!
//! On an add, a missing or empty value means "none". On an edit, a missing
//! value leaves the field as it is and an empty one (`--website ""`) clears it.

use afterview_core::Invalid;

/// Parses an optional value for a new record; empty means none.
pub fn new_opt<T>(
    value: &Option<String>,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Result<Option<T>, Invalid> {
    match value.as_deref() {
        None => Ok(None),
        Some(s) if s.trim().is_empty() => Ok(None),
        Some(s) => parse(s).map(Some),
    }
}

/// Applies an optional edit to a field: absent keeps it, empty clears it.
pub fn edit_opt<T>(
    field: &mut Option<T>,
    value: &Option<String>,
    parse: impl Fn(&str) -> Result<T, Invalid>,
) -> Result<(), Invalid> {
    if let Some(s) = value {
        *field = if s.trim().is_empty() {
            None
        } else {
            Some(parse(s)?)
        };
    }
    Ok(())
}
