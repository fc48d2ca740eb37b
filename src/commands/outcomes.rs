//! Creates and changes whose answer was lost (see `bytemark_api::outcome`):
//! the re-reads that tell whether a change is in place, and the note a
//! command prints when a re-read or a lookup settled it.
//!
//! None of this costs a request unless a request failed with an unknown
//! outcome (design.md §10).

use super::values::{power_text, vm_id};
use crate::context::Context;
use crate::error::Result;
use bytemark_api::{Changed, Check, Client, CreateCheck, Created, Request, found};
use serde_json::Value;

/// A re-read for [`send_change`].
pub(crate) type Reread<'a> = &'a dyn Fn(&Client) -> bytemark_api::Result<Check>;

/// Sends a change (PUT, DELETE, or a POST acting on something that
/// exists). After a lost answer, `check` re-reads the resource: a change in
/// place is success, with a note on stderr; otherwise the error says what
/// the re-read showed (exit 7).
pub(crate) fn send_change(ctx: &mut Context, req: &Request, check: Reread) -> Result<Value> {
    match ctx.api()?.change(req, check)? {
        Changed::Answered(v) => Ok(v),
        Changed::Confirmed(v) => {
            ctx.output.notice(&lost_note(
                req,
                "a re-read shows the change in place, so it took effect",
            ));
            Ok(v)
        }
    }
}

/// Sends a create through [`Client::create_checked`]; when a lookup after
/// a lost answer confirmed it, says so on stderr.
pub(crate) fn send_create(
    ctx: &mut Context,
    req: &Request,
    check: &CreateCheck,
) -> Result<Created> {
    let created = ctx.api()?.create_checked(req, check)?;
    if let Created::Confirmed(_) = created {
        ctx.output.notice(&lost_note(
            req,
            "a lookup by name found it as asked, and the name was free before, so this command created it",
        ));
    }
    Ok(created)
}

/// `note: the answer to `resize disc …` was lost; …`
pub(crate) fn lost_note(req: &Request, what: &str) -> String {
    format!("note: the answer to `{}` was lost; {what}", req.context)
}

/// Re-reads with `get` and judges what it finds; `missing` is the verdict
/// when there is nothing to read (a 404).
pub(crate) fn reread(
    client: &Client,
    get: &Request,
    judge: impl Fn(Value) -> Check,
    missing: Check,
) -> bytemark_api::Result<Check> {
    Ok(match found(client, get)? {
        Some(v) => judge(v),
        None => missing,
    })
}

/// A server's state in words, for what a re-read shows:
/// `web1.default.demo is off (autoreboot on)`.
pub(crate) fn server_state(vm: &Value) -> String {
    let autoreboot = match vm.get("autoreboot_on").and_then(Value::as_bool) {
        Some(true) => " (autoreboot on)",
        Some(false) => " (autoreboot off)",
        None => "",
    };
    let power = power_text(vm);
    let power = if power.is_empty() {
        "in an unknown power state".to_string()
    } else {
        power
    };
    format!("{} is {power}{autoreboot}", vm_id(vm))
}
