//! Rendering results: tables for people, JSON for programs, ids for xargs.
//!
//! The contract (design.md §6):
//!
//! * stdout carries data only; errors, warnings and prompts go to stderr.
//! * `table`: on a terminal, one line per row and no wider than the
//!   terminal, without borders, the header bold when colour is on: optional
//!   columns are dropped and cells cut with `…` to fit, an IP address never
//!   split ([`table`]); a terminal that reports 0 columns gets
//!   [`FALLBACK_WIDTH`]. Piped, plain columns aligned with two spaces and
//!   never truncated, so `awk`/`cut` see every character; one line per row
//!   (a newline in a value is shown as `\n`).
//! * `--columns` takes JSON field names (dotted paths reach into nested
//!   objects). A name that is neither a known column nor a field of the data
//!   is a usage error (exit 2) listing the valid names. It shapes tables only:
//!   `-o json` always prints the API's whole JSON.
//! * `json`: the API's JSON as received (array for many, object for one),
//!   pretty on a terminal and compact when piped (one line per document).
//!   `--jq EXPR` runs a jq filter over it instead ([`jq`]).
//! * `ids`: one id per line, each line one or more safe shell words
//!   ([`sanitize::is_safe_id`]); an object whose name is not is left out and
//!   named on stderr, and the command exits 7 (the service sent a name a
//!   script cannot safely pass on).
//! * Every string shown to a person passes through [`sanitize`]: control
//!   and bidi characters escaped, table cells on a terminal cut to its
//!   width, errors and notices bounded.
//! * Colour: `--color auto` (the default) colours a stream that is a
//!   terminal, unless `NO_COLOR` is set or `TERM=dumb` (anstream's rules);
//!   `always` and `never` apply to stdout and stderr alike. Styles are
//!   anstyle's, written through anstream, which strips them where colour is
//!   off.
//! * A closed pipe (`| head`) is not an error: writes that fail with
//!   `BrokenPipe` are treated as done and the program exits 0.

pub mod jq;
pub mod sanitize;
pub mod table;

pub use table::plain_table;

use crate::error::{Error, Result};
use serde_json::Value;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::{IsTerminal, Write};

/// `eprintln!` that never panics (when stderr cannot be written to — a full
/// disk, a broken pipe — the line is lost, not the command's work) and that
/// shows the text as a [`sanitize::message`], since it may quote what a
/// service said.
#[macro_export]
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = $crate::output::sanitize::message(&format!($($arg)*));
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    }};
}

/// How results are printed (`-o`, `BYTEMARK_OUTPUT`, the profile's `output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Ids,
}

impl OutputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Ids => "ids",
        }
    }
}

impl std::str::FromStr for OutputFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "table" => Ok(OutputFormat::Table),
            "json" => Ok(OutputFormat::Json),
            "ids" => Ok(OutputFormat::Ids),
            _ => Err("expected table, json or ids".into()),
        }
    }
}

/// When to use colour (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Width used when a terminal reports 0 columns (some CI pseudo-terminals do).
pub const FALLBACK_WIDTH: u16 = 100;

/// A table column: the JSON field name users pass to `--columns`, its header,
/// and how to show the value to a person (e.g. MiB → "1 GiB").
pub struct Column<'a> {
    pub key: &'static str,
    pub header: &'static str,
    render: Render<'a>,
    /// Set by [`Column::optional`].
    drop_rank: Option<u8>,
}

/// How a column shows its value.
enum Render<'a> {
    /// The field `key` as it is (see [`plain`]).
    Field,
    /// A function of the item.
    Fn(fn(&Value) -> String),
    /// A closure that may know more than the item (say, the account the
    /// command is working in).
    Closure(Box<dyn Fn(&Value) -> String + Send + Sync + 'a>),
}

impl<'a> Column<'a> {
    /// A column showing the JSON field `key` as it is.
    pub const fn field(key: &'static str, header: &'static str) -> Column<'a> {
        Column {
            key,
            header,
            render: Render::Field,
            drop_rank: None,
        }
    }

    /// A column with its own rendering.
    pub const fn new(
        key: &'static str,
        header: &'static str,
        render: fn(&Value) -> String,
    ) -> Column<'a> {
        Column {
            key,
            header,
            render: Render::Fn(render),
            drop_rank: None,
        }
    }

    /// A column rendered by a closure, which may capture what the command knows.
    pub fn with(
        key: &'static str,
        header: &'static str,
        render: impl Fn(&Value) -> String + Send + Sync + 'a,
    ) -> Column<'a> {
        Column {
            key,
            header,
            render: Render::Closure(Box::new(render)),
            drop_rank: None,
        }
    }

    /// Marks the column as one a terminal too narrow for the table may
    /// leave out: the optional column with the highest `rank` goes first.
    /// Columns not marked are always shown (and so is every column the
    /// user named with `--columns`).
    pub const fn optional(mut self, rank: u8) -> Column<'a> {
        self.drop_rank = Some(rank);
        self
    }

    /// The cell text for `item`.
    pub fn render(&self, item: &Value) -> String {
        match &self.render {
            Render::Field => item.get(self.key).map(plain).unwrap_or_default(),
            Render::Fn(render) => render(item),
            Render::Closure(render) => render(item),
        }
    }
}

/// Everything that decides how results look.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: OutputFormat,
    pub columns: Vec<String>,
    pub no_headers: bool,
    /// Colour on stdout (`--color`, decided for stdout).
    pub color: bool,
    /// `--color` as given, for stderr, which decides on its own.
    pub color_choice: ColorChoice,
    pub stdout_is_tty: bool,
    /// `--jq`: the filter JSON output goes through.
    pub jq: Option<jq::Jq>,
}

/// Renders any JSON value as table text: strings as they are, null as
/// empty, arrays joined with ", ", objects as compact JSON.
pub fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

/// Looks up a dotted path (`hardware_profile`, `discs.0.size`, `nics.ips`).
pub fn lookup<'a>(item: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = item;
    for part in path.split('.') {
        cur = match cur {
            Value::Object(map) => map.get(part)?,
            Value::Array(items) => items.get(part.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

impl ColorChoice {
    fn anstream(self) -> anstream::ColorChoice {
        match self {
            ColorChoice::Auto => anstream::ColorChoice::Auto,
            ColorChoice::Always => anstream::ColorChoice::Always,
            ColorChoice::Never => anstream::ColorChoice::Never,
        }
    }
}

/// Whether colour should be used on `stream` given `--color`: `always` and
/// `never` as said; `auto` when the stream is a terminal, `NO_COLOR` is not
/// set and `TERM` is not `dumb` (anstream decides, as clap does for help).
pub fn color_enabled(choice: ColorChoice, stream: impl anstream::stream::RawStream) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            anstream::AutoStream::new(stream, choice.anstream()).current_choice()
                != anstream::ColorChoice::Never
        }
    }
}

/// stderr, coloured as `--color` says: styles written to it are stripped
/// where colour is off.
pub fn stderr(choice: ColorChoice) -> anstream::AutoStream<std::io::StderrLock<'static>> {
    anstream::AutoStream::new(std::io::stderr().lock(), choice.anstream())
}

/// One resolved table column: a command's own column, or a raw JSON field.
enum Col<'a> {
    Known(&'a Column<'a>),
    Field(String),
}

impl Col<'_> {
    fn header(&self) -> String {
        match self {
            Col::Known(c) => c.header.to_string(),
            Col::Field(f) => f.to_uppercase(),
        }
    }
    #[cfg(test)]
    fn key(&self) -> &str {
        match self {
            Col::Known(c) => c.key,
            Col::Field(f) => f,
        }
    }
    fn drop_rank(&self) -> Option<u8> {
        match self {
            Col::Known(c) => c.drop_rank,
            Col::Field(_) => None,
        }
    }
    fn render(&self, item: &Value) -> String {
        match self {
            Col::Known(c) => c.render(item),
            Col::Field(f) => lookup(item, f).map(plain).unwrap_or_default(),
        }
    }
}

impl Output {
    /// How results look in `format`, with `--columns`, `--no-headers` and
    /// `--color`.
    pub fn new(
        format: OutputFormat,
        columns: &[String],
        no_headers: bool,
        color: ColorChoice,
    ) -> Output {
        let stdout_is_tty = std::io::stdout().is_terminal();
        Output {
            format,
            columns: columns
                .iter()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
            no_headers,
            color: color_enabled(color, std::io::stdout()),
            color_choice: color,
            stdout_is_tty,
            jq: None,
        }
    }

    /// The same, with JSON output passed through `--jq`'s filter.
    pub fn with_jq(self, jq: Option<jq::Jq>) -> Output {
        Output { jq, ..self }
    }

    /// Prints many resources: a table with `columns` (or the user's
    /// `--columns`), a JSON array, or one `id(item)` per line.
    pub fn list(
        &self,
        items: &[Value],
        columns: &[Column],
        id: &dyn Fn(&Value) -> String,
    ) -> Result<()> {
        match self.format {
            OutputFormat::Json => self.write_json(items),
            _ => self.rows(items.iter().map(Cow::Borrowed), items, columns, id),
        }
    }

    /// Like [`Output::list`], for items kept as raw JSON text: `-o json`
    /// writes them verbatim, tables and ids decode one item at a time, so
    /// 10,000 servers never exist as one JSON tree.
    pub fn list_raw(
        &self,
        items: &[&RawValue],
        columns: &[Column],
        id: &dyn Fn(&Value) -> String,
    ) -> Result<()> {
        let decode = |raw: &&RawValue| serde_json::from_str::<Value>(raw.get()).ok();
        match self.format {
            OutputFormat::Json => self.write_json(items),
            _ => {
                // `--columns` naming a raw field is checked against a sample.
                let sample: Vec<Value> = items.iter().take(100).filter_map(decode).collect();
                let all = items.iter().filter_map(decode).map(Cow::Owned);
                self.rows(all, &sample, columns, id)
            }
        }
    }

    /// Table rows or ids for `items`; `sample` validates `--columns`.
    fn rows<'v>(
        &self,
        items: impl Iterator<Item = Cow<'v, Value>>,
        sample: &[Value],
        columns: &[Column],
        id: &dyn Fn(&Value) -> String,
    ) -> Result<()> {
        if self.format == OutputFormat::Ids {
            return ids(items, id);
        }
        let cols = self.resolve_columns(sample, columns)?;
        let header: Vec<String> = cols.iter().map(Col::header).collect();
        let rows: Vec<Vec<String>> = items
            .map(|item| cols.iter().map(|c| c.render(&item)).collect())
            .collect();
        // Columns the user named are never dropped.
        let ranks: Vec<Option<u8>> = if self.columns.is_empty() {
            cols.iter().map(Col::drop_rank).collect()
        } else {
            Vec::new()
        };
        self.table(&header, &rows, &ranks)
    }

    /// Prints one resource: a two-column field/value table, a JSON object,
    /// or its id.
    pub fn one(
        &self,
        item: &Value,
        columns: &[Column],
        id: &dyn Fn(&Value) -> String,
    ) -> Result<()> {
        match self.format {
            OutputFormat::Json => self.print_json(item),
            OutputFormat::Ids => ids(std::iter::once(Cow::Borrowed(item)), id),
            OutputFormat::Table => {
                let cols = self.resolve_columns(std::slice::from_ref(item), columns)?;
                let rows: Vec<Vec<String>> = cols
                    .iter()
                    .map(|c| vec![c.header(), c.render(item)])
                    .collect();
                self.table(&["FIELD".to_string(), "VALUE".to_string()], &rows, &[])
            }
        }
    }

    /// Prints a JSON document on stdout: pretty on a terminal, one compact
    /// line when piped.
    pub fn print_json(&self, v: &Value) -> Result<()> {
        self.write_json(v)
    }

    /// Streams JSON to stdout without building it in memory first (a list
    /// of 10,000 servers is several MiB). A closed pipe is not an error.
    fn write_json<T: serde::Serialize + ?Sized>(&self, v: &T) -> Result<()> {
        if let Some(jq) = &self.jq {
            let input = serde_json::to_string(v)
                .map_err(|e| Error::unexpected(format!("could not write output: {e}")))?;
            let (text, outcome) = jq.run(&input, self.stdout_is_tty);
            write_stdout(&text)?;
            return outcome;
        }
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let written = if self.stdout_is_tty {
            serde_json::to_writer_pretty(&mut out, v)
        } else {
            serde_json::to_writer(&mut out, v)
        };
        written_to_stdout(
            written
                .map_err(std::io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
                .and_then(|()| out.flush()),
        )
    }

    /// Prints one plain value (e.g. `config get`) on its own line.
    pub fn value(&self, text: &str) -> Result<()> {
        write_stdout(&format!("{text}\n"))
    }

    /// A notice for people on stderr (not data); nothing under `--quiet`
    /// is the caller's choice. Shown as a [`sanitize::message`].
    pub fn notice(&self, text: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{}", sanitize::message(text));
    }

    /// Reports an error on stderr (JSON under `-o json`). Its message and
    /// hint are shown as [`sanitize::message`]s, in JSON too (a script may
    /// print them); `details` stays the API's JSON.
    pub fn error(&self, e: &Error) {
        // Whatever built the message, no secret of this process leaves here,
        // and what the service said is shown escaped.
        let e = crate::secrets::scrub_error(e);
        let e = Error {
            message: sanitize::message(&e.message),
            hint: e.hint.as_deref().map(sanitize::message),
            ..e
        };
        if self.format == OutputFormat::Json {
            let _ = writeln!(std::io::stderr().lock(), "{}", e.to_json());
            return;
        }
        let mut err = stderr(self.color_choice);
        let red = anstyle::AnsiColor::Red.on_default().bold();
        let yellow = anstyle::AnsiColor::Yellow.on_default();
        let _ = writeln!(err, "{red}error:{red:#} {}", e.message);
        if let Some(hint) = &e.hint {
            let _ = writeln!(err, "{yellow}hint:{yellow:#} {hint}");
        }
    }

    /// Chooses the columns for a table: the user's `--columns` (validated)
    /// or the command's defaults.
    fn resolve_columns<'a>(
        &self,
        items: &[Value],
        columns: &'a [Column<'a>],
    ) -> Result<Vec<Col<'a>>> {
        if self.columns.is_empty() {
            return Ok(columns.iter().map(Col::Known).collect());
        }
        let mut out = Vec::new();
        let mut unknown = Vec::new();
        for name in &self.columns {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            if let Some(c) = columns.iter().find(|c| c.key == name) {
                out.push(Col::Known(c));
            } else if items.iter().any(|i| lookup(i, name).is_some()) {
                out.push(Col::Field(name.to_string()));
            } else {
                unknown.push(name.to_string());
            }
        }
        if !unknown.is_empty() {
            let mut valid: Vec<String> = columns.iter().map(|c| c.key.to_string()).collect();
            for item in items {
                if let Value::Object(map) = item {
                    for k in map.keys() {
                        if !valid.contains(k) {
                            valid.push(k.clone());
                        }
                    }
                }
            }
            return Err(Error::usage(format!(
                "unknown column{} {}",
                if unknown.len() == 1 { "" } else { "s" },
                unknown.join(", ")
            ))
            .with_hint(format!("valid columns: {}", valid.join(", "))));
        }
        if out.is_empty() {
            return Err(Error::usage("--columns names no column"));
        }
        Ok(out)
    }

    /// A table: fitted to the terminal ([`table::fit`]), or plain when
    /// piped. `ranks`: each column's [`Column::optional`] rank.
    fn table(&self, header: &[String], rows: &[Vec<String>], ranks: &[Option<u8>]) -> Result<()> {
        let header = if self.no_headers { None } else { Some(header) };
        if !self.stdout_is_tty {
            return write_stdout(&plain_table(header, rows));
        }
        let (header, rows) = table::fit(header, rows, ranks, usize::from(terminal_width()));
        write_stdout(&table::render(header.as_deref(), &rows, self.color))
    }
}

/// The terminal's width in columns, or [`FALLBACK_WIDTH`] when it reports
/// none (0 columns, as some CI pseudo-terminals do).
fn terminal_width() -> u16 {
    match comfy_table::Table::new().width() {
        Some(w) if w > 0 => w,
        _ => FALLBACK_WIDTH,
    }
}

/// `-o ids`: one line per item. An item whose line is not safe shell words
/// is left out, and the lines of the others are printed; then an error
/// (exit 7) names what was left out by id and escaped name.
fn ids<'v>(
    items: impl Iterator<Item = Cow<'v, Value>>,
    id: &dyn Fn(&Value) -> String,
) -> Result<()> {
    let mut text = String::new();
    let mut refused = Vec::new();
    let mut count = 0usize;
    for item in items {
        let line = id(&item);
        if sanitize::is_safe_id(&line) {
            text.push_str(&line);
            text.push('\n');
            continue;
        }
        count += 1;
        if refused.len() < 3 {
            let shown = format!("\"{}\"", sanitize::clean(&line, 60));
            refused.push(match item.get("id").and_then(Value::as_u64) {
                Some(n) => format!("id {n} {shown}"),
                None => shown,
            });
        }
    }
    write_stdout(&text)?;
    if count == 0 {
        return Ok(());
    }
    let more = if count > refused.len() { ", …" } else { "" };
    Err(Error::network(format!(
        "-o ids left out {count} name{} the service sent that {} not safe shell words: {}{more}",
        if count == 1 { "" } else { "s" },
        if count == 1 { "is" } else { "are" },
        refused.join(", "),
    ))
    .with_hint(
        "a name in -o ids is ASCII letters, digits and . _ - @ : + = , / and does not start \
         with -; see what the service sent with -o json",
    ))
}

/// Writes to stdout; a closed pipe counts as success (the reader has all it
/// wanted), any other failure is a local I/O error.
pub fn write_stdout(text: &str) -> Result<()> {
    let mut lock = std::io::stdout().lock();
    written_to_stdout(lock.write_all(text.as_bytes()).and_then(|()| lock.flush()))
}

/// The outcome of a write to stdout: a closed pipe counts as success.
fn written_to_stdout(result: std::io::Result<()>) -> Result<()> {
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::unexpected(format!("could not write output: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn out(columns: &[&str]) -> Output {
        Output {
            format: OutputFormat::Table,
            columns: columns.iter().map(|s| s.to_string()).collect(),
            no_headers: false,
            color: false,
            color_choice: ColorChoice::Never,
            stdout_is_tty: false,
            jq: None,
        }
    }

    const COLS: &[Column] = &[
        Column::new("name", "NAME", |v| {
            v["name"].as_str().unwrap_or("").to_string()
        }),
        Column::new("memory", "MEMORY", |v| format!("{} MiB", v["memory"])),
    ];

    #[test]
    fn plain_tables_align_without_truncation_or_trailing_space() {
        let long = "x".repeat(300);
        let text = plain_table(
            Some(&["A".to_string(), "B".to_string()]),
            &[
                vec!["short".into(), "1".into()],
                vec![long.clone(), "".into()],
            ],
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], format!("A{}B", " ".repeat(301)));
        assert_eq!(lines[1], format!("short{}1", " ".repeat(297)));
        assert_eq!(lines[2], long);
    }

    #[test]
    fn plain_rows_are_one_line_each_with_escapes_shown() {
        let text = plain_table(
            Some(&["A".to_string(), "B".to_string()]),
            &[vec!["a\nb\tc".into(), "\u{1b}[2J\u{202e}".into()]],
        );
        assert_eq!(text, "A        B\na\\nb\\tc  \\x1b[2J\\u{202e}\n");
    }

    #[test]
    fn unknown_columns_are_usage_errors_listing_valid_names() {
        let items = vec![json!({"name": "web1", "memory": 1024, "zone": "york"})];
        let e = out(&["nope"]).resolve_columns(&items, COLS).err().unwrap();
        assert_eq!(e.exit_code(), 2);
        let hint = e.hint.unwrap();
        assert!(hint.contains("name") && hint.contains("memory") && hint.contains("zone"));
    }

    #[test]
    fn columns_accept_raw_and_dotted_fields() {
        let items = vec![json!({"name": "web1", "hw": {"cores": 2}})];
        let cols = out(&["hw.cores", "name"])
            .resolve_columns(&items, COLS)
            .unwrap();
        assert_eq!(cols[0].render(&items[0]), "2");
        assert_eq!(cols[0].key(), "hw.cores");
        assert_eq!(cols[1].render(&items[0]), "web1");
    }

    #[test]
    fn plain_renders_every_json_kind() {
        assert_eq!(plain(&json!(null)), "");
        assert_eq!(plain(&json!(["a", 1])), "a, 1");
        assert_eq!(plain(&json!(true)), "yes");
    }
}
