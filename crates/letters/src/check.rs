//! The variable check: every name a template reads must exist, in every
//! branch, before a letter is ever rendered.
//!
//! A render only looks at the branches it takes, so a typo inside
//! `{% if debrief %}` would surface weeks later, on the first letter with a
//! debrief. This check walks the parsed template instead and follows every
//! branch: each variable must be a field of [`Vars`](crate::Vars) (by the
//! [`schema`](crate::schema)), each attribute (`to.name`, `item.what` in a
//! loop over `debrief.owed`) a field of what it is read from, each filter
//! and test one that exists. The first problem wins, with its line; the
//! caller turns it into a [`TemplateError`](crate::TemplateError).
//!
//! It reads minijinja's syntax tree, which minijinja calls unstable; the
//! crate pins minijinja's version, and the tests here say whether a new
//! version's tree still reads the same way.

use std::collections::{BTreeSet, HashMap};

use minijinja::machinery::ast::{CallArg, Expr, Stmt};
use minijinja::machinery::parse;
use minijinja::syntax::SyntaxConfig;

use crate::schema::{Shape, VARS};
use crate::suggest::{nearest, suggest_path};

/// afterview's own filters, documented in docs/templates.md.
pub(crate) const OWN_FILTERS: &[&str] = &["join_and", "the", "ordinal"];

/// minijinja's filters, with the `builtins` feature.
#[rustfmt::skip]
pub(crate) const BUILTIN_FILTERS: &[&str] = &[
    "safe", "escape", "e", "lower", "upper", "title", "capitalize", "replace", "length",
    "count", "dictsort", "items", "reverse", "trim", "join", "split", "lines", "default", "d",
    "round", "abs", "int", "float", "attr", "first", "last", "min", "max", "sort", "list",
    "string", "bool", "batch", "slice", "sum", "indent", "select", "reject", "selectattr",
    "rejectattr", "map", "groupby", "unique", "chain", "zip", "format",
];

/// Tests a template may use after `is`.
#[rustfmt::skip]
pub(crate) const TESTS: &[&str] = &[
    "undefined", "defined", "none", "safe", "escaped", "boolean", "odd", "even",
    "divisibleby", "number", "integer", "int", "float", "string", "sequence", "iterable",
    "mapping", "startingwith", "endingwith", "lower", "upper", "sameas", "eq", "equalto",
    "==", "ne", "!=", "lt", "lessthan", "<", "le", "<=", "gt", "greaterthan", ">", "ge",
    ">=", "in", "true", "false", "filter", "test",
];

/// Filters whose result is a list of the same items as their input.
const SAME_LIST: &[&str] = &[
    "reverse",
    "sort",
    "unique",
    "list",
    "select",
    "reject",
    "selectattr",
    "rejectattr",
];

/// Every filter a template may use.
fn filters() -> impl Iterator<Item = &'static str> {
    OWN_FILTERS.iter().chain(BUILTIN_FILTERS).copied()
}

/// A problem the check found, with its line in the text it checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// The text does not parse.
    Syntax {
        /// Line in the checked text, from 1.
        line: usize,
        /// The parser's description.
        message: String,
    },
    /// A variable or attribute that does not exist.
    UnknownVariable {
        /// Line in the checked text, from 1.
        line: usize,
        /// As written: "to.nmae".
        name: String,
        /// The nearest that exists: "to.name".
        suggestion: Option<String>,
        /// What exists where it was looked for.
        fields: Vec<String>,
    },
    /// A filter that does not exist.
    UnknownFilter {
        /// Line in the checked text, from 1.
        line: usize,
        /// As written.
        name: String,
        /// The nearest that exists.
        suggestion: Option<String>,
    },
    /// A test that does not exist.
    UnknownTest {
        /// Line in the checked text, from 1.
        line: usize,
        /// As written.
        name: String,
        /// The nearest that exists.
        suggestion: Option<String>,
    },
}

/// Checks one template text (a subject or a body); `globals` are the names
/// the environment defines besides the variables (`range`, `namespace`).
pub(crate) fn check(source: &str, globals: &BTreeSet<String>) -> Result<(), Problem> {
    let ast = parse(source, "template", SyntaxConfig::default()).map_err(|e| {
        let message = e
            .detail()
            .map_or_else(|| e.kind().to_string(), str::to_owned);
        // The parser notices a missing `{% endif %}` only at the end of the
        // text; the line worth showing is the block's own.
        if message.contains("end of input")
            && let Some((line, keyword)) = unclosed_block(source)
        {
            return Problem::Syntax {
                line,
                message: format!("this {{% {keyword} %}} has no {{% end{keyword} %}}"),
            };
        }
        Problem::Syntax {
            line: e.line().unwrap_or(1),
            message,
        }
    })?;
    let mut walker = Walker {
        globals,
        scopes: Vec::new(),
    };
    walker.stmt(&ast)
}

/// Block tags that need an `{% end... %}`.
const BLOCKS: &[&str] = &[
    "if",
    "for",
    "with",
    "filter",
    "autoescape",
    "macro",
    "call",
    "block",
    "raw",
];

/// The innermost block that is opened and never closed, with its line.
fn unclosed_block(source: &str) -> Option<(usize, String)> {
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut rest = source;
    let mut consumed = 0;
    while let Some(start) = rest.find("{%") {
        let Some(len) = rest[start..].find("%}") else {
            break;
        };
        let tag = rest[start + 2..start + len]
            .trim_matches(|c: char| c == '-' || c == '+' || c.is_whitespace());
        let keyword = tag.split_whitespace().next().unwrap_or_default();
        let line = source[..consumed + start].matches('\n').count() + 1;
        if BLOCKS.contains(&keyword) || (keyword == "set" && !tag.contains('=')) {
            open.push((line, keyword.to_owned()));
        } else if keyword.starts_with("end") {
            open.pop();
        }
        consumed += start + len + 2;
        rest = &rest[start + len + 2..];
    }
    open.pop()
}

/// The walk's state: the names bound by `for`, `set` and `with` so far.
struct Walker<'g> {
    globals: &'g BTreeSet<String>,
    scopes: Vec<HashMap<String, Shape>>,
}

impl Walker<'_> {
    fn stmts(&mut self, stmts: &[Stmt<'_>]) -> Result<(), Problem> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, stmt: &Stmt<'_>) -> Result<(), Problem> {
        match stmt {
            Stmt::Template(t) => self.stmts(&t.children),
            Stmt::EmitExpr(e) => self.expr(&e.expr).map(drop),
            Stmt::EmitRaw(_) => Ok(()),
            Stmt::ForLoop(f) => {
                let item = self.expr(&f.iter)?.item();
                self.scopes.push(HashMap::new());
                self.bind(&f.target, item);
                self.bind_name("loop", Shape::Any);
                let inner = match &f.filter_expr {
                    Some(filter) => self.expr(filter).map(drop),
                    None => Ok(()),
                }
                .and_then(|()| self.stmts(&f.body));
                self.scopes.pop();
                inner?;
                self.stmts(&f.else_body)
            }
            Stmt::IfCond(i) => {
                self.expr(&i.expr)?;
                self.stmts(&i.true_body)?;
                self.stmts(&i.false_body)
            }
            Stmt::WithBlock(w) => {
                let mut bound = Vec::new();
                for (target, value) in &w.assignments {
                    bound.push((target, self.expr(value)?));
                }
                self.scopes.push(HashMap::new());
                for (target, shape) in bound {
                    self.bind(target, shape);
                }
                let inner = self.stmts(&w.body);
                self.scopes.pop();
                inner
            }
            Stmt::Set(s) => {
                let shape = self.expr(&s.expr)?;
                self.assign(&s.target, shape)
            }
            Stmt::SetBlock(s) => {
                if let Some(filter) = &s.filter {
                    self.expr(filter)?;
                }
                self.stmts(&s.body)?;
                self.assign(&s.target, Shape::Scalar)
            }
            Stmt::AutoEscape(a) => {
                self.expr(&a.enabled)?;
                self.stmts(&a.body)
            }
            Stmt::FilterBlock(f) => {
                self.expr(&f.filter)?;
                self.stmts(&f.body)
            }
            Stmt::Do(d) => {
                self.expr(&d.call.expr)?;
                self.args(&d.call.args)
            }
            // Statements of minijinja features this crate does not enable
            // (macros, includes) exist only if another crate enables them;
            // a render reports their problems.
            #[allow(unreachable_patterns)]
            _ => Ok(()),
        }
    }

    /// Binds the names of a `for` or `with` target in the innermost scope.
    fn bind(&mut self, target: &Expr<'_>, shape: Shape) {
        match target {
            Expr::Var(v) => self.bind_name(v.id, shape),
            // `for key, value in ...`: unpacked items are not followed.
            Expr::Tuple(t) => t.items.iter().for_each(|i| self.bind(i, Shape::Any)),
            Expr::List(l) => l.items.iter().for_each(|i| self.bind(i, Shape::Any)),
            _ => {}
        }
    }

    fn bind_name(&mut self, name: &str, shape: Shape) {
        if self.scopes.is_empty() {
            self.scopes.push(HashMap::new());
        }
        if let Some(scope) = self.scopes.last_mut() {
            scope.insert(name.to_owned(), shape);
        }
    }

    /// A `set` target: a name, or an attribute of a namespace.
    fn assign(&mut self, target: &Expr<'_>, shape: Shape) -> Result<(), Problem> {
        match target {
            Expr::GetAttr(a) => self.expr(&a.expr).map(drop),
            other => {
                self.bind(other, shape);
                Ok(())
            }
        }
    }

    fn args(&mut self, args: &[CallArg<'_>]) -> Result<(), Problem> {
        for arg in args {
            match arg {
                CallArg::Pos(e)
                | CallArg::Kwarg(_, e)
                | CallArg::PosSplat(e)
                | CallArg::KwargSplat(e) => {
                    self.expr(e)?;
                }
            }
        }
        Ok(())
    }

    /// Checks an expression and says what shape its value has.
    fn expr(&mut self, expr: &Expr<'_>) -> Result<Shape, Problem> {
        match expr {
            Expr::Var(v) => self.var(v.id, line(expr)),
            Expr::Const(_) => Ok(Shape::Scalar),
            Expr::GetAttr(a) => {
                // `interviewer.name`: report the whole path, not its head.
                if let Some(path) = path_of(expr)
                    && let Some(head) = path.split('.').next()
                    && self.lookup(head).is_none()
                {
                    return Err(Problem::UnknownVariable {
                        line: line(expr),
                        suggestion: suggest_path(&path),
                        name: path,
                        fields: VARS.field_names(),
                    });
                }
                let base = self.expr(&a.expr)?;
                match base.field(a.name) {
                    Some(shape) => Ok(shape),
                    None => Err(self.unknown_attr(&a.expr, a.name, &base, line(expr))),
                }
            }
            Expr::GetItem(g) => {
                let base = self.expr(&g.expr)?;
                self.expr(&g.subscript_expr)?;
                Ok(match (&base, &g.subscript_expr) {
                    (Shape::List(item), _) => (**item).clone(),
                    (Shape::Fields(_), Expr::Const(c)) => match c.value.as_str() {
                        Some(key) => match base.field(key) {
                            Some(shape) => shape,
                            None => return Err(self.unknown_attr(&g.expr, key, &base, line(expr))),
                        },
                        None => Shape::Any,
                    },
                    _ => Shape::Any,
                })
            }
            Expr::Slice(s) => {
                let base = self.expr(&s.expr)?;
                for part in [&s.start, &s.stop, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
                Ok(base)
            }
            Expr::UnaryOp(u) => self.expr(&u.expr).map(|_| Shape::Scalar),
            Expr::BinOp(b) => {
                let left = self.expr(&b.left)?;
                let right = self.expr(&b.right)?;
                // `me.signature or me.name` is text whichever side wins.
                Ok(if left == right { left } else { Shape::Any })
            }
            Expr::Compare(c) => {
                self.expr(&c.expr)?;
                for op in &c.ops {
                    self.expr(&op.expr)?;
                }
                Ok(Shape::Scalar)
            }
            Expr::IfExpr(i) => {
                self.expr(&i.test_expr)?;
                let shape = self.expr(&i.true_expr)?;
                if let Some(other) = &i.false_expr {
                    self.expr(other)?;
                }
                Ok(shape)
            }
            Expr::Filter(f) => self.filter(f, line(expr)),
            Expr::Test(t) => {
                if !TESTS.contains(&t.name) {
                    return Err(Problem::UnknownTest {
                        line: line(expr),
                        name: t.name.to_owned(),
                        suggestion: nearest(t.name, TESTS.iter().copied()),
                    });
                }
                self.expr(&t.expr)?;
                self.args(&t.args)?;
                Ok(Shape::Scalar)
            }
            Expr::Call(c) => {
                match &c.expr {
                    // A method (`loop.cycle(...)`, `ns.items()`): its object
                    // is checked, its name is the value's business.
                    Expr::GetAttr(a) => {
                        self.expr(&a.expr)?;
                    }
                    other => {
                        self.expr(other)?;
                    }
                }
                self.args(&c.args)?;
                Ok(Shape::Any)
            }
            Expr::List(l) => {
                for item in &l.items {
                    self.expr(item)?;
                }
                Ok(Shape::Any)
            }
            Expr::Tuple(t) => {
                for item in &t.items {
                    self.expr(item)?;
                }
                Ok(Shape::Any)
            }
            Expr::Map(m) => {
                for item in m.keys.iter().chain(&m.values) {
                    self.expr(item)?;
                }
                Ok(Shape::Any)
            }
            #[allow(unreachable_patterns)]
            _ => Ok(Shape::Any),
        }
    }

    /// A name: bound by the template, a field of `Vars`, or a global.
    fn var(&self, name: &str, line: usize) -> Result<Shape, Problem> {
        self.lookup(name).ok_or_else(|| Problem::UnknownVariable {
            line,
            name: name.to_owned(),
            suggestion: suggest_path(name),
            fields: VARS.field_names(),
        })
    }

    /// The shape of a name, `None` when it is neither bound by the template,
    /// a field of `Vars` nor a global.
    fn lookup(&self, name: &str) -> Option<Shape> {
        if let Some(shape) = self.scopes.iter().rev().find_map(|s| s.get(name)) {
            return Some(shape.clone());
        }
        if let Some(shape) = VARS.field(name) {
            return Some(shape);
        }
        self.globals.contains(name).then_some(Shape::Any)
    }

    /// The problem for `base.name` when `base` has no field `name`.
    fn unknown_attr(&self, base: &Expr<'_>, name: &str, shape: &Shape, line: usize) -> Problem {
        let written = path_of(base).map(|b| format!("{b}.{name}"));
        let fields = shape.field_names();
        let sibling = nearest(name, fields.iter().map(String::as_str));
        let suggestion = match (&written, sibling) {
            (Some(_), Some(field)) => path_of(base).map(|b| format!("{b}.{field}")),
            // `interview.company`: the name may live elsewhere.
            (Some(w), None) if self.is_root_path(w) => suggest_path(w),
            _ => None,
        };
        Problem::UnknownVariable {
            line,
            name: written.unwrap_or_else(|| format!("(...).{name}")),
            suggestion,
            fields,
        }
    }

    /// Whether a dotted path starts at a field of `Vars` rather than at a
    /// name the template bound.
    fn is_root_path(&self, path: &str) -> bool {
        let head = path.split('.').next().unwrap_or(path);
        !self.scopes.iter().any(|s| s.contains_key(head))
    }

    fn filter(
        &mut self,
        f: &minijinja::machinery::ast::Filter<'_>,
        line: usize,
    ) -> Result<Shape, Problem> {
        if !filters().any(|name| name == f.name) {
            return Err(Problem::UnknownFilter {
                line,
                name: f.name.to_owned(),
                suggestion: nearest(f.name, filters()),
            });
        }
        let input = match &f.expr {
            Some(e) => self.expr(e)?,
            None => Shape::Any,
        };
        self.args(&f.args)?;
        let item = input.item();
        // `selectattr("due")`, `map(attribute="what")`: the attribute must
        // be a field of the items.
        let attribute = match (f.name, f.args.first()) {
            ("selectattr" | "rejectattr", Some(CallArg::Pos(Expr::Const(c)))) => c.value.as_str(),
            ("map", _) => f.args.iter().find_map(|a| match a {
                CallArg::Kwarg("attribute", Expr::Const(c)) => c.value.as_str(),
                _ => None,
            }),
            _ => None,
        };
        if let Some(attr) = attribute
            && item.field(attr).is_none()
        {
            let fields = item.field_names();
            return Err(Problem::UnknownVariable {
                line,
                name: attr.to_owned(),
                suggestion: nearest(attr, fields.iter().map(String::as_str)),
                fields,
            });
        }
        Ok(match f.name {
            "first" | "last" => item,
            "map" => match attribute {
                Some(attr) => Shape::List(Box::new(item.field(attr).unwrap_or(Shape::Any))),
                None => Shape::List(Box::new(Shape::Any)),
            },
            "default" | "d" => input,
            name if SAME_LIST.contains(&name) => input,
            _ => Shape::Any,
        })
    }
}

/// The line an expression starts on.
fn line(expr: &Expr<'_>) -> usize {
    usize::from(expr.span().start_line).max(1)
}

/// "to.name" for the expression `to.name`; `None` for anything that is not
/// a chain of names.
fn path_of(expr: &Expr<'_>) -> Option<String> {
    match expr {
        Expr::Var(v) => Some(v.id.to_owned()),
        Expr::GetAttr(a) => path_of(&a.expr).map(|base| format!("{base}.{}", a.name)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globals() -> BTreeSet<String> {
        ["range", "namespace", "dict"].map(str::to_owned).into()
    }

    fn problem(source: &str) -> Option<Problem> {
        check(source, &globals()).err()
    }

    fn unknown(source: &str) -> (usize, String, Option<String>) {
        match problem(source) {
            Some(Problem::UnknownVariable {
                line,
                name,
                suggestion,
                ..
            }) => (line, name, suggestion),
            other => panic!("expected an unknown variable in {source:?}, got {other:?}"),
        }
    }

    #[test]
    fn known_names_pass_in_every_construct() {
        let ok = [
            "{{ to.first_name }} {{ me.signature or me.name }}",
            "{% if debrief and debrief.went_well %}{{ debrief.went_well|first }}{% endif %}",
            "{% for o in debrief.owed %}{{ o.what|the }}{% if o.due %} {{ o.due }}{% endif %}{{ loop.index }}{% endfor %}",
            "{% set later = debrief.owed|selectattr('due')|list %}{% for o in later %}{{ o.due }}{% endfor %}",
            "{{ debrief.owed|map(attribute='what')|join_and }}",
            "{% with n = interview.with|length %}{{ n }}{% endwith %}",
            "{{ interview.round|ordinal }} {{ skills[0] }} {{ to['name'] }}",
            "{% for i in range(3) %}{{ i }}{% endfor %}{% if role is defined %}{% endif %}",
            "{% set ns = namespace(n=0) %}{% set ns.n = 1 %}{{ ns.n }}",
        ];
        for source in ok {
            assert_eq!(problem(source), None, "{source}");
        }
    }

    #[test]
    fn unknown_names_are_found_in_branches_not_taken() {
        assert_eq!(
            unknown("Hi\n{% if false %}\n{{ interviewer.name }}{% endif %}"),
            (3, "interviewer.name".into(), Some("to.name".into()))
        );
        assert_eq!(
            unknown("{% if debrief %}{{ to.nmae }}{% endif %}"),
            (1, "to.nmae".into(), Some("to.name".into()))
        );
        assert_eq!(unknown("{{ compnay }}").2, Some("company".into()));
        assert_eq!(unknown("{{ first_name }}").2, Some("to.first_name".into()));
        assert_eq!(unknown("{{ interviewer }}").2, Some("to.name".into()));
        assert_eq!(
            unknown("{{ debrief.decision }}").2,
            Some("debrief.decision_by".into())
        );
    }

    #[test]
    fn fields_of_loop_items_and_filter_attributes_are_checked() {
        assert_eq!(
            unknown("{% for o in debrief.owed %}\n{{ o.wat }}{% endfor %}"),
            (2, "o.wat".into(), Some("o.what".into()))
        );
        assert_eq!(
            unknown("{{ debrief.owed|map(attribute='wat')|join_and }}").2,
            Some("what".into())
        );
        assert_eq!(unknown("{{ (debrief.owed|first).when }}").1, "(...).when");
        assert_eq!(unknown("{{ company.name }}").1, "company.name");
    }

    #[test]
    fn names_bound_in_a_loop_end_with_it() {
        assert_eq!(
            unknown("{% for s in skills %}{{ s }}{% endfor %}{{ s }}").1,
            "s"
        );
    }

    #[test]
    fn unknown_filters_and_tests_are_found() {
        assert_eq!(
            problem("{{ skills|joinand }}"),
            Some(Problem::UnknownFilter {
                line: 1,
                name: "joinand".into(),
                suggestion: Some("join_and".into())
            })
        );
        assert!(matches!(
            problem("{% if x is empty %}{% endif %}"),
            Some(Problem::UnknownTest { .. }) | Some(Problem::UnknownVariable { .. })
        ));
        assert!(matches!(
            problem("{% if role is emtpy %}{% endif %}"),
            Some(Problem::UnknownTest { .. })
        ));
    }

    #[test]
    fn a_syntax_error_has_its_line() {
        let source = "Dear {{ to.first_name }},\n\n{% if debrief %}\n{% for x in skills %}{% endfor %}\nno end\n";
        match problem(source) {
            Some(Problem::Syntax { line: 3, message }) => {
                assert_eq!(message, "this {% if %} has no {% endif %}");
            }
            other => panic!("expected a syntax error on line 3, got {other:?}"),
        }
        assert!(matches!(
            problem("Dear {{ to.first_name }},\n\nThanks {{ to.name }.\n"),
            Some(Problem::Syntax { line: 3, .. })
        ));
    }
}
