//! `bytemark discs move SERVER DISC --to OTHER`.
//!
//! Round trips with a warm session and a known account: 3 (GET both
//! servers: the disc and the power of the one, the id and power of the
//! other; PUT the disc's `virtual_machine_id`).
//!
//! Both servers must be off (checked before the PUT: exit 6, as the API
//! would answer); the first disc cannot move, and a server holds at most 8
//! discs with unique labels: those the API judges (400, exit 6). Moving
//! loses no data, so it is not confirmed. A lost answer is checked by
//! reading the disc by id (`GET /discs/{id}`): on the other server, it
//! moved.

use super::outcomes::{reread, send_change};
use super::targets::{fetch, resolve};
use super::values::{mib_of, str_of};
use crate::cli::disc_move::DiscMoveArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Column;
use bytemark_api::Check;
use bytemark_api::requests;
use serde_json::Value;

/// The moved disc, as `discs list` shows discs. (Not imported from
/// `discs`, which dispatches here: no module cycle.)
const COLUMNS: [Column; 5] = [
    Column::field("label", "LABEL"),
    Column::field("storage_grade", "GRADE"),
    Column::new("size", "SIZE", |d| mib_of(d, "size")),
    Column::field("id", "ID"),
    Column::field("storage_pool", "POOL"),
];

pub fn run(ctx: &mut Context, args: &DiscMoveArgs) -> Result<()> {
    if args.disc.trim().is_empty() {
        return Err(Error::usage("the disc label is empty"));
    }
    let from = resolve(ctx, &args.server)?;
    let to = resolve(ctx, &args.to)?;
    if from == to {
        return Err(Error::usage(format!(
            "the disc is already on {}: --to names the same server",
            args.to
        )));
    }
    let (r, vm) = fetch(ctx, &from)?;
    let disc = vm
        .get("discs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|d| str_of(d, "label") == args.disc || str_of(d, "id") == args.disc)
        .cloned()
        .ok_or_else(|| {
            Error::not_found(format!("server {r} has no disc {}", args.disc))
                .with_hint(format!("`bytemark discs list {r}` lists its discs"))
        })?;
    let (rt, target) = fetch(ctx, &to)?;
    let id_of = |v: &Value| v.get("id").and_then(Value::as_u64);
    let (Some(disc_id), Some(to_id)) = (id_of(&disc), id_of(&target)) else {
        return Err(Error::network(format!(
            "move disc {} of server {r}: the API's answers have no ids",
            args.disc
        )));
    };
    if id_of(&vm) == Some(to_id) {
        return Err(Error::usage(format!(
            "the disc is already on {rt}: --to names the same server"
        )));
    }
    let label = str_of(&disc, "label");
    let running: Vec<String> = [(&vm, &r), (&target, &rt)]
        .into_iter()
        .filter(|(v, _)| v.get("power_on").and_then(Value::as_bool) != Some(false))
        .map(|(_, r)| r.to_string())
        .collect();
    if !running.is_empty() {
        return Err(Error::rejected(format!(
            "both servers must be off to move a disc, and {} {} not",
            running.join(" and "),
            if running.len() == 1 { "is" } else { "are" }
        ))
        .with_hint(format!(
            "stop them first: `bytemark servers shutdown --wait {}`",
            running.join(" ")
        )));
    }
    let get = requests::disc_get_by_id(disc_id);
    let moved = |d: Value| {
        if id_of(&d).is_some() && d.get("virtual_machine_id").and_then(Value::as_u64) == Some(to_id)
        {
            Check::Done(d)
        } else {
            Check::NotDone(format!("disc {label} is still on {r}"))
        }
    };
    let req = requests::disc_move(&r, &label, to_id, &rt.to_string());
    let out = send_change(ctx, &req, &|c| {
        reread(
            c,
            &get,
            moved,
            Check::Unknown(format!("disc {label} is not there")),
        )
    })?;
    ctx.say(&format!("moved disc {label} from {r} to {rt}"));
    let out = if out.is_object() {
        out
    } else {
        ctx.send(&get)?
    };
    ctx.output
        .one(&out, &COLUMNS, &|d| format!("{rt} {}", str_of(d, "label")))
}
