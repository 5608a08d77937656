//! The letters afterview drafts (thank-you notes, follow-ups, nudges,
//! check-ins, networking asks and withdrawals) as templates a person can
//! read, copy and override.
//!
//! The crate is pure: [`Vars`] and template text in, a [`Rendered`] subject
//! and body or a [`TemplateError`] out. It reads files only in
//! [`Templates::with_overrides`], from the folder the caller names.
//!
//! ```
//! use afterview_letters::{Template, Templates, Vars};
//!
//! let templates = Templates::builtin();
//! let letter = templates.render(Template::Thanks, &Vars::example())?;
//! assert!(letter.body.starts_with("Dear Siobhán,"));
//! # Ok::<(), afterview_letters::TemplateError>(())
//! ```
//!
//! Every template, built-in or not, is checked when it is loaded: each
//! variable, attribute, filter and test it names must exist, in every
//! branch, so a typo is reported with its file and line before any letter
//! is drafted (the `check` module). Rendering then tidies the text (the
//! `render` module): a template's optional parts can never leave trailing
//! spaces or a gap of blank lines behind.
//!
//! `docs/templates.md` is the user's guide: the file format, every
//! variable, the filters and each template's purpose.

mod check;
mod error;
mod format;
mod render;
mod schema;
mod suggest;
mod template;
mod vars;

use std::collections::BTreeSet;
use std::fmt;
use std::io::ErrorKind as IoErrorKind;
use std::path::Path;

use minijinja::Environment;
use minijinja::value::Serde;

pub use error::{Origin, TemplateError};
pub use template::{Template, UnknownTemplate};
pub use vars::{CheckIn, Contact, Debrief, Interview, Last, Me, Owed, Recipient, Vars, Withdrawal};

use check::Problem;
use format::Parts;

/// A drafted letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The subject, one line.
    pub subject: String,
    /// The body: greeting to signature, ending with one newline.
    pub body: String,
}

/// The seven letter templates, each built in or overridden by a file, all
/// checked and ready to render.
pub struct Templates {
    env: Environment<'static>,
    entries: Vec<Entry>,
}

/// One template as loaded.
struct Entry {
    origin: Origin,
    text: String,
    parts: Parts,
}

impl fmt::Debug for Templates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                Template::ALL
                    .iter()
                    .map(|t| (t.name(), &self.entry(*t).origin)),
            )
            .finish()
    }
}

impl Templates {
    /// The templates that ship with afterview.
    pub fn builtin() -> Templates {
        let texts = Template::ALL.map(|t| (Origin::BuiltIn(t), t.builtin_text().to_owned()));
        // The built-in templates are checked by this crate's tests; one that
        // fails to load is a bug in afterview, not something a user can fix.
        Templates::load(texts.into())
            .unwrap_or_else(|e| panic!("a built-in template is broken: {e}"))
    }

    /// The built-in templates, each replaced by `<dir>/<name>.txt` where
    /// that file exists (`dir` is the config directory's `templates/`
    /// folder). A missing folder means no overrides.
    ///
    /// Fails when an override cannot be read, has no subject line, does not
    /// parse or names a variable, filter or test that does not exist; and
    /// when a `.txt` file's name is a near miss of a template's ("thank.txt"),
    /// since it would otherwise be ignored without a word.
    pub fn with_overrides(dir: &Path) -> Result<Templates, TemplateError> {
        let mut texts = Vec::with_capacity(Template::ALL.len());
        for t in Template::ALL {
            let path = dir.join(t.file_name());
            match std::fs::read_to_string(&path) {
                Ok(text) => texts.push((Origin::File(path), text)),
                Err(e) if e.kind() == IoErrorKind::NotFound => {
                    texts.push((Origin::BuiltIn(t), t.builtin_text().to_owned()));
                }
                Err(source) => return Err(TemplateError::Read { file: path, source }),
            }
        }
        near_misses(dir, &texts)?;
        Templates::load(texts)
    }

    /// Checks and compiles one text per template, in [`Template::ALL`] order.
    fn load(texts: Vec<(Origin, String)>) -> Result<Templates, TemplateError> {
        let mut env = render::environment();
        let globals: BTreeSet<String> = env.globals().map(|(name, _)| name.to_owned()).collect();
        let mut entries = Vec::with_capacity(texts.len());
        for (t, (origin, text)) in Template::ALL.into_iter().zip(texts) {
            let text = format::normalise(&text);
            let Some(mut parts) = format::split(&text) else {
                return Err(TemplateError::MissingSubject { file: origin });
            };
            parts.body = format::standalone_tags(&parts.body);
            check::check(&parts.subject, &globals).map_err(|p| problem_error(&origin, p, |_| 1))?;
            check::check(&parts.body, &globals)
                .map_err(|p| problem_error(&origin, p, |l| parts.file_line(l)))?;
            env.add_template_owned(subject_name(t), parts.subject.clone())
                .map_err(|e| compile_error(&origin, &e, |_| 1))?;
            env.add_template_owned(body_name(t), parts.body.clone())
                .map_err(|e| compile_error(&origin, &e, |l| parts.file_line(l)))?;
            entries.push(Entry {
                origin,
                text,
                parts,
            });
        }
        Ok(Templates { env, entries })
    }

    fn entry(&self, t: Template) -> &Entry {
        &self.entries[Template::ALL
            .iter()
            .position(|x| *x == t)
            .unwrap_or_default()]
    }

    /// Drafts a letter: the subject on one line, and the body tidied (no
    /// trailing spaces, single blank lines, one final newline).
    ///
    /// Fails when this letter's values trip the template, such as an
    /// optional value printed outside an `{% if %}`; the error names the
    /// file and the line.
    pub fn render(&self, t: Template, vars: &Vars) -> Result<Rendered, TemplateError> {
        let entry = self.entry(t);
        let run = |name: String, to_file: &dyn Fn(usize) -> usize| {
            self.env
                .get_template(&name)
                .and_then(|tmpl| tmpl.render(Serde(vars)))
                .map_err(|e| TemplateError::Render {
                    file: entry.origin.clone(),
                    line: e.line().map(to_file),
                    message: render_message(&e),
                })
        };
        let subject = render::tidy_subject(&run(subject_name(t), &|_| 1)?);
        if subject.is_empty() {
            return Err(TemplateError::EmptySubject {
                file: entry.origin.clone(),
            });
        }
        let body = render::tidy_body(&run(body_name(t), &|l| entry.parts.file_line(l))?);
        Ok(Rendered { subject, body })
    }

    /// Where a template comes from and its full text, as a user would copy
    /// it to start an override (`afterview draft --show-template thanks`).
    pub fn source(&self, t: Template) -> (&Origin, &str) {
        let entry = self.entry(t);
        (&entry.origin, &entry.text)
    }
}

/// The environment's name for a template's subject.
fn subject_name(t: Template) -> String {
    format!("{}:subject", t.name())
}

/// The environment's name for a template's body.
fn body_name(t: Template) -> String {
    format!("{}:body", t.name())
}

/// A check's problem as the error a user sees, with the file's line.
fn problem_error(
    origin: &Origin,
    problem: Problem,
    to_file: impl Fn(usize) -> usize,
) -> TemplateError {
    let file = origin.clone();
    match problem {
        Problem::Syntax { line, message } => TemplateError::Syntax {
            file,
            line: to_file(line),
            message,
        },
        Problem::UnknownVariable {
            line,
            name,
            suggestion,
            fields,
        } => TemplateError::UnknownVariable {
            file,
            line: to_file(line),
            name,
            suggestion,
            fields,
        },
        Problem::UnknownFilter {
            line,
            name,
            suggestion,
        } => TemplateError::UnknownFilter {
            file,
            line: to_file(line),
            name,
            suggestion,
        },
        Problem::UnknownTest {
            line,
            name,
            suggestion,
        } => TemplateError::UnknownTest {
            file,
            line: to_file(line),
            name,
            suggestion,
        },
    }
}

/// A compile error (the check parses first, so this is rare) as a syntax
/// error with the file's line.
fn compile_error(
    origin: &Origin,
    e: &minijinja::Error,
    to_file: impl Fn(usize) -> usize,
) -> TemplateError {
    TemplateError::Syntax {
        file: origin.clone(),
        line: to_file(e.line().unwrap_or(1)),
        message: render_message(e),
    }
}

/// What minijinja says went wrong, without its own location (the error
/// adds the file's).
fn render_message(e: &minijinja::Error) -> String {
    match e.detail() {
        Some(detail) => detail.to_owned(),
        None => e.kind().to_string(),
    }
}

/// Refuses a `.txt` file in the templates folder whose name is a near miss
/// of a template whose own file is absent: it would be silently ignored.
fn near_misses(dir: &Path, texts: &[(Origin, String)]) -> Result<(), TemplateError> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for path in listing.flatten().map(|e| e.path()) {
        let (Some(stem), Some("txt")) = (
            path.file_stem().and_then(|s| s.to_str()),
            path.extension().and_then(|s| s.to_str()),
        ) else {
            continue;
        };
        if Template::ALL.iter().any(|t| t.name() == stem) {
            continue;
        }
        let suggestion = Template::find(stem).or_else(|| Template::nearest(stem));
        if let Some(t) = suggestion {
            let overridden = texts
                .iter()
                .any(|(origin, _)| origin.path().is_some_and(|p| p.ends_with(t.file_name())));
            if !overridden {
                return Err(TemplateError::UnknownFile {
                    file: path,
                    suggestion: t,
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Templates>();
    }

    #[test]
    fn every_filter_the_check_allows_exists() {
        let env = render::environment();
        for filter in check::OWN_FILTERS.iter().chain(check::BUILTIN_FILTERS) {
            let source = format!("{{{{ [1]|{filter} }}}}");
            if let Err(e) = env.render_str(&source, ()) {
                assert!(
                    e.kind() != minijinja::ErrorKind::UnknownFilter,
                    "the check allows the filter '{filter}', which does not exist"
                );
            }
        }
        for test in check::TESTS {
            let source = format!("{{% if 1 is {test} %}}{{% endif %}}");
            if let Err(e) = env.render_str(&source, ()) {
                assert!(
                    e.kind() != minijinja::ErrorKind::UnknownTest,
                    "the check allows the test '{test}', which does not exist"
                );
            }
        }
    }
}
