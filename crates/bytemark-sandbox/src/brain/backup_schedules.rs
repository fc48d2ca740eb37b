//! Backup schedules (reference §4.10): `POST …/discs/{d}/backup_schedules`
//! and `DELETE …/backup_schedules/{id}`; the schedules themselves are
//! listed inside the disc. Also the schedule objects of `vm_create` discs.
//!
//! A schedule takes a backup at `start_at` and every `interval_seconds`
//! after it, and keeps the newest `capacity` of its backups (0 or missing
//! means 1). `start_at` (or `start_date`) may be `HH:MM`, the next such UK
//! local time, or a date and time (see [`parse_start`]).

use serde_json::{Map, Value, json};

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::fields::{int_field, parse_id};
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, require};
use super::views;
use crate::state::calendar::{iso_uk, parse_start};
use crate::state::{Schedule, State};

/// When a schedule gives no start: the Go client's default.
const DEFAULT_START: &str = "00:00";

/// A validated schedule request.
pub struct ScheduleReq {
    /// The first backup time, unix seconds.
    pub start: i64,
    pub interval: i64,
    pub capacity: i64,
}

/// Whether `m` lacks `interval_seconds` (a 400 of its own, reference §2.7).
pub fn interval_missing(m: &Map<String, Value>) -> bool {
    matches!(m.get("interval_seconds"), None | Some(Value::Null))
}

/// Validates a schedule object, adding messages to `errs` by field;
/// `now` (unix seconds) anchors an `HH:MM` start.
pub fn parse_schedule(m: &Map<String, Value>, now: i64, errs: &mut Errs) -> Option<ScheduleReq> {
    let interval = int_field(m, "interval_seconds", errs);
    if interval_missing(m) {
        errs.add("interval_seconds", "Missing interval_seconds parameter");
    } else if interval.is_some_and(|i| i <= 0) {
        errs.add("interval_seconds", "must be greater than 0");
    }
    let capacity = int_field(m, "capacity", errs).unwrap_or(0);
    if capacity < 0 {
        errs.add("capacity", "must be greater than or equal to 0");
    }
    // `start_date` appears in a Go client test: accepted too (§7 #12).
    let (key, start) = match (m.get("start_at"), m.get("start_date")) {
        (Some(v), _) if !v.is_null() => ("start_at", Some(v)),
        (_, Some(v)) if !v.is_null() => ("start_date", Some(v)),
        _ => ("start_at", None),
    };
    let start = match start {
        None => parse_start(DEFAULT_START, now),
        Some(Value::String(s)) if s.trim().is_empty() => parse_start(DEFAULT_START, now),
        Some(Value::String(s)) => parse_start(s, now),
        Some(_) => None,
    };
    if start.is_none() {
        errs.add(key, "is invalid");
    }
    if !errs.is_empty() {
        return None;
    }
    Some(ScheduleReq {
        start: start?,
        interval: interval?,
        // Capacity 0 (what `bytemark schedule backups` sends) keeps one.
        capacity: capacity.max(1),
    })
}

/// Adds a schedule to disc `disc`, running from `now_ms` on; its id.
pub fn insert(st: &mut State, disc: u64, req: &ScheduleReq, now_ms: u64) -> Option<u64> {
    let id = State::next(&mut st.counters.schedule);
    st.discs.get_mut(&disc)?.schedules.push(Schedule {
        id,
        start_at: iso_uk(req.start),
        interval_seconds: req.interval,
        capacity: req.capacity,
        ran_until_ms: now_ms,
    });
    Some(id)
}

/// `POST …/discs/{d}/backup_schedules` → 201 with the schedule.
pub fn create(ctx: &mut Ctx, disc: u64) -> R {
    let vm = ctx
        .st
        .discs
        .get(&disc)
        .map(|d| d.vm_id)
        .ok_or(ApiErr::NotFound)?;
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(vm)?;
    if interval_missing(&body) {
        // The body the brain was observed to send: a string, not a list.
        return Err(ApiErr::Bad(
            json!({"interval_seconds": "Missing interval_seconds parameter"}),
        ));
    }
    let mut errs = Errs::default();
    let req = parse_schedule(&body, (ctx.now / 1000) as i64, &mut errs);
    errs.check()?;
    // parse_schedule gives None only with messages, answered just above.
    let Some(req) = req else {
        return Err(bad("interval_seconds", "is invalid"));
    };
    let id = insert(ctx.st, disc, &req, ctx.now).ok_or(ApiErr::NotFound)?;
    ctx.mutated();
    let s = find_schedule(ctx.st, disc, id).ok_or(ApiErr::NotFound)?;
    ok(201, views::schedule(s))
}

fn find_schedule(st: &State, disc: u64, id: u64) -> Option<&Schedule> {
    st.discs.get(&disc)?.schedules.iter().find(|s| s.id == id)
}

/// `…/backup_schedules/{id}`: a schedule of disc `disc`, by id.
pub fn find(ctx: &Ctx, disc: u64, seg: &str) -> Result<u64, ApiErr> {
    parse_id(seg)
        .filter(|id| find_schedule(ctx.st, disc, *id).is_some())
        .ok_or(ApiErr::NotFound)
}

/// `DELETE …/backup_schedules/{id}` → 204. The backups it took stay.
pub fn delete(ctx: &mut Ctx, disc: u64, id: u64) -> R {
    let vm = ctx
        .st
        .discs
        .get(&disc)
        .map(|d| d.vm_id)
        .ok_or(ApiErr::NotFound)?;
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    ctx.vm_not_deleted(vm)?;
    if let Some(d) = ctx.st.discs.get_mut(&disc) {
        d.schedules.retain(|s| s.id != id);
    }
    ctx.mutated();
    no_content()
}
