//! `bytemark api METHOD PATH`: one request with your session, its JSON
//! answer on stdout — the escape hatch for what has no command (like
//! `gh api`).
//!
//! The session is handled as for every command (refreshed near expiry, one
//! re-login and replay after a 401). Only a GET is retried; a POST, PUT or
//! DELETE written by hand is sent once. An answer is printed as JSON
//! whatever `-o` says (pretty on a terminal, one line when piped); an empty
//! answer (204) prints nothing. Errors follow the exit-code table: 404 → 4,
//! 403 → 5, 400 → 6 (with the API's per-field messages), 5xx → 7.
//!
//! PATH is checked before anything is sent (see `input::request`); a body
//! (`--input FILE`, `-` for stdin) is for POST and PUT, at most 1 MiB, and
//! must be JSON.

use crate::cli::connect::ApiArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::input::files::read_capped;
use crate::input::ssh_keys::read_stdin_capped;
use bytemark_api::{Method, Request};
use serde_json::Value;
use std::path::Path;

/// Largest `--input` body.
pub const MAX_INPUT_BYTES: u64 = 1024 * 1024;

pub fn run(ctx: &mut Context, args: ApiArgs) -> Result<()> {
    let body = match &args.input {
        None => None,
        Some(_) if !matches!(args.method, Method::Post | Method::Put) => {
            return Err(Error::usage(format!(
                "--input is for POST and PUT, not {}",
                args.method.as_str()
            )));
        }
        Some(file) => Some(read_body(file)?),
    };
    let mut req = Request::new(
        args.method,
        args.path.path.clone(),
        format!("{} {}", args.method.as_str(), args.path.path),
    );
    for (k, v) in args.path.query.iter().chain(args.query.iter()) {
        req = req.query(k, v);
    }
    if let Some(b) = body {
        req = req.body(b);
    }
    let answer = ctx.api()?.send_raw(&req)?;
    if answer.is_null() {
        return Ok(());
    }
    ctx.output.print_json(&answer)
}

fn read_body(file: &Path) -> Result<Value> {
    let from_stdin = file == Path::new("-");
    let bytes = if from_stdin {
        read_stdin_capped(MAX_INPUT_BYTES, "request body")?
    } else {
        read_capped(file, MAX_INPUT_BYTES, "request body")?
    };
    let shown = if from_stdin {
        "stdin".to_string()
    } else {
        file.display().to_string()
    };
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::usage(format!("--input {shown} is not JSON: {e}")))
}
