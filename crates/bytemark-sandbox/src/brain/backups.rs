//! Backups of a disc (reference §4.9): list, show, take (`POST`), restore
//! (`PUT {"restore": true}`) and purge (`DELETE ?purge=true`).
//!
//! A backup starts on the disc's own grade and pool and reaches cold
//! storage (`iceberg`) after the transition delay; clients show it "in
//! progress" until then. A restore first backs up the disc as it is; while
//! the restore runs (the transition delay) the disc shows `iceberg` with
//! its own grade as `new_storage_grade`.

use serde_json::Value;

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::fields::{bool_field, parse_id};
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, require};
use super::views;

/// `…/backups/{b}`: a backup of disc `disc`, by id (digits first) or label.
pub fn find(ctx: &Ctx, disc: u64, seg: &str) -> Result<u64, ApiErr> {
    let backups = || ctx.st.backups.values().filter(|b| b.disc_id == disc);
    if let Some(id) = parse_id(seg)
        && let Some(b) = backups().find(|b| b.id == id)
    {
        return Ok(b.id);
    }
    backups()
        .find(|b| b.label == seg)
        .map(|b| b.id)
        .ok_or(ApiErr::NotFound)
}

fn backup_value(ctx: &Ctx, id: u64) -> Value {
    ctx.st
        .backups
        .get(&id)
        .map(|b| views::backup(ctx.st, b))
        .unwrap_or(Value::Null)
}

/// The server disc `disc` belongs to.
fn vm_of(ctx: &Ctx, disc: u64) -> Result<u64, ApiErr> {
    ctx.st
        .discs
        .get(&disc)
        .map(|d| d.vm_id)
        .ok_or(ApiErr::NotFound)
}

/// The backups of disc `disc`, oldest first.
pub fn list(ctx: &mut Ctx, disc: u64) -> R {
    let mut list: Vec<_> = ctx
        .st
        .backups
        .values()
        .filter(|b| b.disc_id == disc)
        .collect();
    list.sort_by_key(|b| (b.taken_ms, b.id));
    let list = list.iter().map(|b| views::backup(ctx.st, b)).collect();
    ok(200, Value::Array(list))
}

pub fn show(ctx: &mut Ctx, id: u64) -> R {
    ok(200, backup_value(ctx, id))
}

/// `POST …/backups` (no body needed) → 201 with the new backup.
pub fn create(ctx: &mut Ctx, disc: u64) -> R {
    let vm = vm_of(ctx, disc)?;
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    ctx.body()?;
    ctx.vm_not_deleted(vm)?;
    let cold_at = ctx.now + ctx.transition_delay_ms();
    let id = ctx
        .st
        .take_backup(disc, None, ctx.now, cold_at)
        .ok_or(ApiErr::NotFound)?;
    ctx.mutated();
    ok(201, backup_value(ctx, id))
}

/// `PUT …/backups/{b}`: `{"restore": true}` restores the disc from it;
/// nothing else about a backup can change. 200 with the backup.
pub fn update(ctx: &mut Ctx, id: u64) -> R {
    let disc = ctx
        .st
        .backups
        .get(&id)
        .map(|b| b.disc_id)
        .ok_or(ApiErr::NotFound)?;
    let vm = vm_of(ctx, disc)?;
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(vm)?;
    let mut errs = Errs::default();
    let restore = bool_field(&body, "restore", &mut errs);
    errs.check()?;
    if restore == Some(true) {
        if ctx.st.discs.get(&disc).is_some_and(|d| d.restore.is_some()) {
            return Err(bad("restore", "the disc is already being restored"));
        }
        let until = ctx.now + ctx.transition_delay_ms();
        ctx.st.restore_disc(disc, id, ctx.now, until);
        ctx.mutated();
    }
    ok(200, backup_value(ctx, id))
}

/// `DELETE …/backups/{b}?purge=true` → 204.
pub fn delete(ctx: &mut Ctx, id: u64) -> R {
    let disc = ctx
        .st
        .backups
        .get(&id)
        .map(|b| b.disc_id)
        .ok_or(ApiErr::NotFound)?;
    let vm = vm_of(ctx, disc)?;
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    ctx.vm_not_deleted(vm)?;
    if !ctx.flag("purge") {
        // Backups are discs to the brain, and discs answer 500 without
        // purge=true (reference §4.8).
        return Err(ApiErr::Text(
            500,
            "Backups can only be deleted with purge=true".into(),
        ));
    }
    ctx.st.backups.remove(&id);
    ctx.mutated();
    no_content()
}
