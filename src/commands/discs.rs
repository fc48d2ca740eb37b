//! `bytemark discs list|show|add|resize|delete`.
//!
//! Round trips with a warm session and a known account: `list` 1 (the
//! server's GET carries its discs), `show` 1, `add` 1 + one POST per disc
//! (the GET gives the existing labels and count), `resize` 2 (GET the disc,
//! PUT its size), `delete` 2 (GET to describe it, DELETE with purge).
//!
//! Shrinking is refused client-side (exit 2): the API only grows discs.
//! Growing and adding cost money and are confirmed; deleting destroys data
//! and is confirmed.
//!
//! Lost answers: a disc added is found by its label, which the server's GET
//! showed free, so a disc found as asked is this command's. A resize or a
//! delete whose answer is lost is checked by reading the disc again; a
//! resize never advises repeating a `+10G` (which would grow the disc
//! twice), but gives the absolute size, which is safe to repeat.

use super::batch::{report_failure, worst};
use super::outcomes::{reread, send_change, send_create};
use super::targets::{fetch, locate, resolve};
use super::values::{mib_of, str_of};
use crate::cli::DiscsCmd;
use crate::context::Context;
use crate::error::{ErrorKind, Result};
use crate::input::{self, DiscSpecs, Resize, ServerName, human_mib};
use crate::output::Column;
use bytemark_api::models::qualified_from_hostname;
use bytemark_api::requests::{self, VmRef};
use bytemark_api::{Check, CreateCheck, found};
use serde_json::Value;

/// `-o ids` for a disc of server `server`: `server.group.account label`,
/// the two arguments `discs show|resize|delete` take, for `xargs -L1`.
fn disc_id(server: &VmRef) -> impl Fn(&Value) -> String + '_ {
    move |d| format!("{server} {}", str_of(d, "label"))
}

fn size_text(d: &Value) -> String {
    mib_of(d, "size")
}

const LABEL: Column = Column::field("label", "LABEL");
const GRADE: Column = Column::field("storage_grade", "GRADE");
const SIZE: Column = Column::new("size", "SIZE", size_text);
const ID: Column = Column::field("id", "ID");
const POOL: Column = Column::field("storage_pool", "POOL");

const DISC_COLUMNS: [Column; 5] = [LABEL, GRADE, SIZE, ID, POOL];

/// `discs show`: also how many backups the disc has, and its schedules.
const DISC_SHOW_COLUMNS: [Column; 7] = [
    LABEL,
    GRADE,
    SIZE,
    ID,
    POOL,
    Column::field("backup_count", "BACKUPS"),
    Column::new(
        "backup_schedules",
        "SCHEDULES",
        super::backups::schedules_text,
    ),
];

pub fn run(ctx: &mut Context, cmd: DiscsCmd) -> Result<()> {
    match cmd {
        DiscsCmd::List { server } => list(ctx, &server),
        DiscsCmd::Show { server, disc } => show(ctx, &server, &disc),
        DiscsCmd::Add { server, discs } => add(ctx, &server, discs),
        DiscsCmd::Resize { server, disc, size } => resize(ctx, &server, &disc, size),
        DiscsCmd::Move(args) => super::disc_move::run(ctx, &args),
        DiscsCmd::Delete {
            server,
            disc,
            if_exists,
        } => delete(ctx, &server, &disc, if_exists),
    }
}

fn check_disc_arg(disc: &str) -> Result<()> {
    if disc.trim().is_empty() {
        return Err(crate::error::Error::usage("the disc label is empty"));
    }
    Ok(())
}

fn list(ctx: &mut Context, server: &ServerName) -> Result<()> {
    let target = resolve(ctx, server)?;
    let (r, vm) = fetch(ctx, &target)?;
    let r = name_from(&vm, r);
    let discs: Vec<Value> = vm
        .get("discs")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    ctx.output.list(&discs, &DISC_COLUMNS, &disc_id(&r))
}

fn name_from(vm: &Value, fallback: VmRef) -> VmRef {
    vm.get("hostname")
        .and_then(Value::as_str)
        .and_then(qualified_from_hostname)
        .and_then(|q| {
            let p: Vec<&str> = q.split('.').collect();
            (p.len() == 3).then(|| VmRef::new(p[2], p[1], p[0]))
        })
        .unwrap_or(fallback)
}

fn show(ctx: &mut Context, server: &ServerName, disc: &str) -> Result<()> {
    check_disc_arg(disc)?;
    let target = resolve(ctx, server)?;
    let r = locate(ctx, &target)?;
    let d = ctx.send(&requests::disc_get(&r, disc))?;
    ctx.output.one(&d, &DISC_SHOW_COLUMNS, &disc_id(&r))
}

fn add(ctx: &mut Context, server: &ServerName, values: Vec<DiscSpecs>) -> Result<()> {
    // Validate the specs alone first (no request for a typo).
    let specs = input::all_discs(values, 0)?;
    let target = resolve(ctx, server)?;
    let (r, vm) = fetch(ctx, &target)?;
    let existing: Vec<String> = vm
        .get("discs")
        .and_then(Value::as_array)
        .map(|d| {
            d.iter()
                .filter_map(|d| d.get("label").and_then(Value::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    input::check_disc_count(specs.len(), existing.len())?;
    let discs = input::resolve_disc_labels(&specs, &existing)?;
    let described: Vec<String> = discs
        .iter()
        .map(|(l, g, s)| format!("{l} ({g}, {})", human_mib(*s)))
        .collect();
    ctx.confirm(&format!(
        "Add {} disc{} to {r}: {}? This costs more.",
        discs.len(),
        if discs.len() == 1 { "" } else { "s" },
        described.join(", ")
    ))?;
    let total = discs.len();
    let mut results = Vec::new();
    let mut failures = Vec::new();
    for (label, grade, size) in &discs {
        let lookup = requests::disc_get(&r, label);
        let check = CreateCheck {
            find: &|c| found(c, &lookup),
            differences: &|d| disc_differences(d, grade, *size),
            describe: &|d| {
                format!(
                    "disc {label} ({}, {})",
                    str_of(d, "storage_grade"),
                    size_text(d)
                )
            },
            // The server's GET above listed its labels: this one was free.
            known_free: true,
            accept_existing: false,
        };
        match send_create(ctx, &requests::disc_add(&r, label, grade, *size), &check) {
            Ok(d) => {
                let d = d.into_value();
                ctx.say(&format!(
                    "added disc {label} ({grade}, {}) to {r}",
                    human_mib(*size)
                ));
                results.push(d);
            }
            Err(e) => {
                report_failure(ctx, label, &e, total);
                failures.push((label.clone(), e));
            }
        }
    }
    if total == 1 && results.len() == 1 {
        ctx.output.one(&results[0], &DISC_COLUMNS, &disc_id(&r))?;
    } else if !results.is_empty() {
        ctx.output.list(&results, &DISC_COLUMNS, &disc_id(&r))?;
    }
    worst(failures, total)
}

/// How a disc found by label differs from the one asked for.
fn disc_differences(d: &Value, grade: &str, size: u64) -> Vec<String> {
    let mut out = Vec::new();
    let have = str_of(d, "storage_grade");
    if have != grade {
        out.push(format!("grade {have} (asked {grade})"));
    }
    if d.get("size").and_then(Value::as_u64) != Some(size) {
        out.push(format!("size {} (asked {})", size_text(d), human_mib(size)));
    }
    out
}

/// A size as `discs resize` takes it: `35G`, or `35900M`.
fn size_arg(mib: u64) -> String {
    if mib.is_multiple_of(1024) {
        format!("{}G", mib / 1024)
    } else {
        format!("{mib}M")
    }
}

fn resize(ctx: &mut Context, server: &ServerName, disc: &str, resize: Resize) -> Result<()> {
    check_disc_arg(disc)?;
    let target = resolve(ctx, server)?;
    let r = locate(ctx, &target)?;
    let d = ctx.send(&requests::disc_get(&r, disc))?;
    let current = d.get("size").and_then(Value::as_u64).ok_or_else(|| {
        crate::error::Error::network(format!(
            "get disc {disc} of server {r}: the API's answer has no size"
        ))
    })?;
    let label = d
        .get("label")
        .and_then(Value::as_str)
        .unwrap_or(disc)
        .to_string();
    let new = resize.target(current).map_err(|e| crate::error::Error {
        message: format!("disc {label} of {r}: {}", e.message),
        ..e
    })?;
    if new == current {
        ctx.say(&format!(
            "disc {label} of {r} is already {}",
            human_mib(current)
        ));
        return ctx.output.one(&d, &DISC_COLUMNS, &disc_id(&r));
    }
    ctx.confirm(&format!(
        "Grow disc {label} of {r} from {} to {}? This costs more, and discs cannot shrink again.",
        human_mib(current),
        human_mib(new)
    ))?;
    let get = requests::disc_get(&r, disc);
    let grown = |d: Value| {
        if d.get("size").and_then(Value::as_u64) == Some(new) {
            Check::Done(d)
        } else {
            Check::NotDone(format!("disc {label} is {}", size_text(&d)))
        }
    };
    let missing = || Check::NotDone(format!("disc {label} is not there"));
    let out = send_change(ctx, &requests::disc_resize(&r, disc, new), &|c| {
        reread(c, &get, grown, missing())
    })
    .map_err(|e| {
        if e.kind != ErrorKind::Network {
            return e;
        }
        // Repeating a `+10G` after a growth that did happen grows the disc
        // again, for good: give the size it should end up at instead.
        e.with_hint(format!(
            "it was {} before; to make sure it is {}, run `bytemark discs resize {r} {label} {}` \
             (a size, unlike a growth such as +10G, is safe to repeat)",
            human_mib(current),
            human_mib(new),
            size_arg(new)
        ))
    })?;
    ctx.say(&format!(
        "disc {label} of {r} grown to {} (the server sees the new size after a restart)",
        human_mib(new)
    ));
    if out.is_object() {
        ctx.output.one(&out, &DISC_COLUMNS, &disc_id(&r))
    } else {
        let d = ctx.send(&requests::disc_get(&r, disc))?;
        ctx.output.one(&d, &DISC_COLUMNS, &disc_id(&r))
    }
}

fn delete(ctx: &mut Context, server: &ServerName, disc: &str, if_exists: bool) -> Result<()> {
    check_disc_arg(disc)?;
    let target = resolve(ctx, server)?;
    // With --if-exists a disc that is not there (nor its server) is done.
    let found =
        locate(ctx, &target).and_then(|r| Ok((ctx.send(&requests::disc_get(&r, disc))?, r)));
    let (d, r) = match found {
        Err(e) if if_exists && e.kind == ErrorKind::NotFound => {
            ctx.say(&format!(
                "disc {disc} of {server} does not exist; nothing to delete"
            ));
            return Ok(());
        }
        found => found?,
    };
    let label = d
        .get("label")
        .and_then(Value::as_str)
        .unwrap_or(disc)
        .to_string();
    ctx.confirm(&format!(
        "Permanently delete disc {label} ({}, {}) of {r}? Its data is destroyed and cannot be recovered.",
        str_of(&d, "storage_grade"),
        size_text(&d)
    ))?;
    let get = requests::disc_get(&r, disc);
    let still_there = |_| Check::NotDone(format!("disc {label} is still there"));
    send_change(ctx, &requests::disc_delete(&r, disc), &|c| {
        reread(c, &get, still_there, Check::Done(Value::Null))
    })?;
    ctx.say(&format!("deleted disc {label} of {r}"));
    ctx.output.one(&d, &DISC_COLUMNS, &disc_id(&r))
}
