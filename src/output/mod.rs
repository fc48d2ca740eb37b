//! Rendering results: tables for people, JSON for programs, ids for xargs.
//! (Interface fixed; implementation owned by the core work.)

use crate::cli::OutputFormat;
use crate::error::{Error, Result};
use serde_json::Value;

/// A table column: the JSON field name users pass to `--columns`, its header,
/// and how to show the value to a person (e.g. MiB → "1 GiB").
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub render: fn(&Value) -> String,
}

/// Everything that decides how results look.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: OutputFormat,
    pub columns: Vec<String>,
    pub no_headers: bool,
    pub color: bool,
    pub stdout_is_tty: bool,
}

impl Output {
    /// Prints many resources: a table with `columns` (or the user's
    /// `--columns`), a JSON array, or one `id(item)` per line.
    pub fn list(
        &self,
        _items: &[Value],
        _columns: &[Column],
        _id: fn(&Value) -> String,
    ) -> Result<()> {
        Err(Error::unexpected("output not implemented yet"))
    }

    /// Prints one resource: a two-column field/value table, a JSON object,
    /// or its id.
    pub fn one(&self, _item: &Value, _columns: &[Column], _id: fn(&Value) -> String) -> Result<()> {
        Err(Error::unexpected("output not implemented yet"))
    }

    /// Reports an error on stderr (JSON under `-o json`).
    pub fn error(&self, e: &Error) {
        eprintln!("error: {e}");
    }
}
