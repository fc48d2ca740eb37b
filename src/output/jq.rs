//! `--jq EXPR`: a jq filter over the JSON a command prints, run in-process
//! by the jaq crates (no `jq` binary needed).
//!
//! The expression is compiled when the command line is read ([`check`]), so
//! a bad one is a usage error (exit 2) before any request. The filter then
//! runs once on the document the command would print with `-o json` (the
//! array for a list, the object for one resource). Each result is printed
//! on a line of its own as compact JSON; with `--raw`, a result that is a
//! string is printed as its text instead (on a terminal with control and
//! bidi characters escaped, as all text from the service is). A filter that
//! fails on the data (`.name` of an array) prints what it produced before
//! the failure and exits 2.
//!
//! jaq implements the jq language with its core, standard and JSON
//! definitions (`map`, `select`, `test`, `@csv`, `@base64`, dates, math, …).

use crate::error::{Error, Result};
use crate::output::sanitize;
use jaq_core::data::JustLut;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, unwrap_valr};
use jaq_json::Val;

type Filter = jaq_core::Filter<JustLut<Val>>;

/// A jq expression that compiles; what `--jq` holds after parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jq {
    pub expr: String,
    /// `--raw`: strings as text, not as JSON strings.
    pub raw: bool,
}

/// Compiles `expr`, or says why it does not (a clap value parser: its
/// error becomes a usage error, exit 2, before any request).
pub fn check(expr: &str) -> std::result::Result<String, String> {
    compile(expr).map(|_| expr.to_string())
}

fn compile(expr: &str) -> std::result::Result<Filter, String> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let program = File {
        code: expr,
        path: (),
    };
    let modules = Loader::new(defs)
        .load(&arena, program)
        .map_err(|errs| load_errors(&errs))?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| {
            let names: Vec<String> = errs
                .into_iter()
                .flat_map(|(_, e)| e)
                .map(|(name, undefined)| format!("{name} ({undefined:?})").to_lowercase())
                .collect();
            format!("undefined in the jq expression: {}", names.join(", "))
        })
}

fn load_errors(errs: &jaq_core::load::Errors<&str, ()>) -> String {
    use jaq_core::load::Error as E;
    let mut out = Vec::new();
    for (_, e) in errs {
        match e {
            E::Io(items) => out.extend(items.iter().map(|(path, why)| format!("{path}: {why}"))),
            E::Lex(items) => out.extend(
                items
                    .iter()
                    .map(|(expect, at)| format!("expected {} at {}", expect.as_str(), near(at))),
            ),
            E::Parse(items) => out.extend(
                items
                    .iter()
                    .map(|(expect, at)| format!("expected {} at {}", expect.as_str(), near(at))),
            ),
        }
    }
    format!("not a jq expression: {}", out.join("; "))
}

/// Where a problem was found: the rest of the expression from there,
/// quoted and kept short, or "the end".
fn near(at: &str) -> String {
    let shown: String = at.chars().take(20).collect();
    if shown.is_empty() {
        "the end".into()
    } else {
        format!("{shown:?}")
    }
}

impl Jq {
    /// Runs the filter on `input` (a JSON document as text) and returns
    /// the lines to print, each ending in a newline. `terminal`: stdout is
    /// a terminal, so `--raw` strings are shown escaped.
    pub fn run(&self, input: &str, terminal: bool) -> (String, Result<()>) {
        let mut text = String::new();
        let filter = match compile(&self.expr) {
            Ok(f) => f,
            Err(e) => return (text, Err(Error::usage(format!("--jq: {e}")))),
        };
        let input: Val = match serde_json::from_str(input) {
            Ok(v) => v,
            Err(e) => return (text, Err(Error::unexpected(format!("--jq: {e}")))),
        };
        let ctx = Ctx::<JustLut<Val>>::new(&filter.lut, Vars::new([]));
        for result in filter.id.run((ctx, input)).map(unwrap_valr) {
            match result {
                Ok(Val::TStr(s)) if self.raw => {
                    let s = String::from_utf8_lossy(&s);
                    if terminal {
                        text.push_str(&sanitize::escape(&s));
                    } else {
                        text.push_str(&s);
                    }
                }
                Ok(v) => text.push_str(&v.to_string()),
                Err(e) => {
                    let e = Error::usage(format!("--jq {:?} failed: {e}", self.expr))
                        .with_hint("try the expression on `-o json` output to see the data");
                    return (text, Err(e));
                }
            }
            text.push('\n');
        }
        (text, Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(expr: &str, raw: bool, input: &str) -> (String, Result<()>) {
        let jq = Jq {
            expr: expr.into(),
            raw,
        };
        jq.run(input, false)
    }

    #[test]
    fn bad_expressions_are_refused_with_a_reason() {
        assert!(check(".[] | .name").is_ok());
        let e = check(".[").unwrap_err();
        assert!(e.starts_with("not a jq expression"), "{e}");
        let e = check("nosuchfunction(1)").unwrap_err();
        assert!(e.contains("nosuchfunction"), "{e}");
    }

    #[test]
    fn each_result_is_one_line_of_json() {
        let (out, r) = run(
            ".[] | {name, cores}",
            false,
            r#"[{"name":"a","cores":1},{"name":"b\nc","cores":2}]"#,
        );
        r.unwrap();
        assert_eq!(
            out,
            "{\"name\":\"a\",\"cores\":1}\n{\"name\":\"b\\nc\",\"cores\":2}\n"
        );
        let (out, _) = run(".[].name", false, r#"[{"name":"a"}]"#);
        assert_eq!(out, "\"a\"\n");
    }

    #[test]
    fn raw_prints_strings_as_text_and_escapes_them_on_a_terminal() {
        let (out, _) = run(".[]", true, r#"["a", 1, "b\u001b"]"#);
        assert_eq!(out, "a\n1\nb\u{1b}\n");
        let jq = Jq {
            expr: ".[]".into(),
            raw: true,
        };
        let (out, _) = jq.run(r#"["b\u001b[2J"]"#, true);
        assert_eq!(out, "b\\x1b[2J\n");
    }

    #[test]
    fn a_filter_failing_on_the_data_is_a_usage_error_after_its_output() {
        let (out, r) = run(".[] | .name", false, r#"[{"name":"a"}, 3]"#);
        assert_eq!(out, "\"a\"\n");
        assert_eq!(r.unwrap_err().exit_code(), 2);
    }
}
