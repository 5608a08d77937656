//! The shape of [`Vars`] as the variable check sees it: which names exist
//! at each level, and which of them are lists of what.
//!
//! The shape is read from [`Vars::example`] turned into a template value,
//! the same way a render sees the real values, so it cannot disagree with
//! the struct: a field added to `Vars` is known to the check at once.
//! Optional values are present in the example, and every list there has an
//! item, which is how the shape knows what a list holds.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use minijinja::Value;
use minijinja::value::{Serde, ValueKind};

use crate::vars::Vars;

/// What a value in a template is, as far as names go.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Shape {
    /// Nothing is known about it (a filter's result, `loop`): its
    /// attributes are not checked.
    Any,
    /// Text, a number, a yes/no: it has no fields.
    Scalar,
    /// A list of values of one shape.
    List(Box<Shape>),
    /// Named fields, as in a struct.
    Fields(BTreeMap<String, Shape>),
}

impl Shape {
    /// The shape of a field, `None` when this has fields and not that one,
    /// and `Any` when nothing is known.
    pub fn field(&self, name: &str) -> Option<Shape> {
        match self {
            Shape::Any => Some(Shape::Any),
            Shape::Fields(fields) => fields.get(name).cloned(),
            Shape::Scalar | Shape::List(_) => None,
        }
    }

    /// The names of the fields, for messages; empty for other shapes.
    pub fn field_names(&self) -> Vec<String> {
        match self {
            Shape::Fields(fields) => fields.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// What a list holds; `Any` for anything else.
    pub fn item(&self) -> Shape {
        match self {
            Shape::List(item) => (**item).clone(),
            _ => Shape::Any,
        }
    }

    /// Every dotted path below this shape ("to", "to.name", ...), not
    /// looking into lists: their items are only reached through a loop.
    pub fn paths(&self) -> Vec<(String, Shape)> {
        let mut out = Vec::new();
        if let Shape::Fields(fields) = self {
            for (name, shape) in fields {
                out.push((name.clone(), shape.clone()));
                for (below, s) in shape.paths() {
                    out.push((format!("{name}.{below}"), s));
                }
            }
        }
        out
    }

    /// Every dotted path below this shape as the docs write it, list items
    /// included: "debrief.owed" and then "debrief.owed[].what".
    pub fn documented_paths(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Shape::Fields(fields) = self {
            for (name, shape) in fields {
                out.push(name.clone());
                let (below, prefix) = match shape {
                    Shape::List(item) => (&**item, format!("{name}[]")),
                    other => (other, name.clone()),
                };
                for path in below.documented_paths() {
                    out.push(format!("{prefix}.{path}"));
                }
            }
        }
        out
    }

    /// The shape of a template value.
    fn of(value: &Value) -> Shape {
        match value.kind() {
            ValueKind::Map => {
                let mut fields = BTreeMap::new();
                if let Ok(keys) = value.try_iter() {
                    for key in keys {
                        let field = value.get_item(&key).unwrap_or_default();
                        fields.insert(key.to_string(), Shape::of(&field));
                    }
                }
                Shape::Fields(fields)
            }
            ValueKind::Seq => {
                let first = value.get_item_by_index(0).unwrap_or_default();
                if first.is_undefined() {
                    Shape::List(Box::new(Shape::Any))
                } else {
                    Shape::List(Box::new(Shape::of(&first)))
                }
            }
            _ => Shape::Scalar,
        }
    }
}

/// The shape of [`Vars`], read once from [`Vars::example`].
pub(crate) static VARS: LazyLock<Shape> =
    LazyLock::new(|| Shape::of(&Value::from(Serde(Vars::example()))));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_knows_nested_fields_and_list_items() {
        assert_eq!(VARS.field("company"), Some(Shape::Scalar));
        let to = VARS.field("to").unwrap();
        assert_eq!(to.field("first_name"), Some(Shape::Scalar));
        assert_eq!(to.field("nmae"), None);
        let owed = VARS.field("debrief").unwrap().field("owed").unwrap();
        assert_eq!(owed.item().field("due"), Some(Shape::Scalar));
        assert_eq!(VARS.field("skills").unwrap().item(), Shape::Scalar);
    }

    #[test]
    fn every_list_in_the_example_has_an_item() {
        fn lists_known(shape: &Shape) -> bool {
            match shape {
                Shape::List(item) => **item != Shape::Any && lists_known(item),
                Shape::Fields(fields) => fields.values().all(lists_known),
                _ => true,
            }
        }
        assert!(
            lists_known(&VARS),
            "an empty list in Vars::example hides its items' fields"
        );
    }
}
