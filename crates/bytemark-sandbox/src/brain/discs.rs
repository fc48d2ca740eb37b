//! Discs (reference §4.8): the disc objects of a request (`POST discs` and
//! `vm_create` share them), lists, show, create, grow / move / IOPS limit,
//! and purge. At most 8 per server; sizes in MiB, 50 to 2 TiB, grow only.

use serde_json::{Map, Value};

use super::access::{R_CLUSTER_ADMIN, R_VM_ADMIN};
use super::backup_schedules::{self, ScheduleReq, interval_missing, parse_schedule};
use super::ctx::Ctx;
use super::definitions;
use super::fields::{enum_field, int_field, parse_id};
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, require};
use super::views;
use crate::state::State;

/// Discs per server.
pub const MAX_DISCS: usize = 8;
/// MiB per disc (2 TiB).
const MAX_DISC_SIZE: i64 = 2_097_152;

// ---- the disc in a request --------------------------------------------------

/// A validated disc request.
pub struct DiscReq {
    pub label: Option<String>,
    pub size: u64,
    pub grade: String,
    pub schedules: Vec<ScheduleReq>,
}

/// Next default label `disc-N` (the Go client's rule), skipping taken ones.
pub fn default_label(taken: &[String]) -> String {
    let max_n = taken
        .iter()
        .filter_map(|l| {
            l.strip_prefix("disc-")
                .or_else(|| l.strip_prefix("disk-"))
                .and_then(|n| n.parse::<usize>().ok())
        })
        .max()
        .unwrap_or(0);
    let mut n = 1 + taken.len().max(max_n);
    loop {
        let l = format!("disc-{n}");
        if !taken.contains(&l) {
            return l;
        }
        n += 1;
    }
}

/// `^(v|s|h|xv)d[a-z]+$` — labels that look like device names.
pub fn device_like(label: &str) -> bool {
    let rest = label
        .strip_prefix("xv")
        .or_else(|| label.strip_prefix('v'))
        .or_else(|| label.strip_prefix('s'))
        .or_else(|| label.strip_prefix('h'));
    match rest.and_then(|r| r.strip_prefix('d')) {
        Some(tail) => !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_lowercase()),
        None => false,
    }
}

/// Validates one disc object (POST discs, vm_create discs); `now` (unix
/// seconds) anchors schedule start times.
pub fn parse_disc(
    m: &Map<String, Value>,
    taken: &[String],
    now: i64,
    errs: &mut Errs,
) -> Option<DiscReq> {
    let label = match m.get("label") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => {
            let ok_chars = s
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
            if !ok_chars || s.len() > 63 || device_like(s) {
                errs.add("label", "is invalid");
            } else if taken.contains(s) {
                errs.add("label", "has already been taken");
            }
            Some(s.clone())
        }
        Some(_) => {
            errs.add("label", "is invalid");
            None
        }
    };
    let size = match m.get("size") {
        None | Some(Value::Null) => {
            errs.add("size", "can't be blank");
            None
        }
        _ => int_field(m, "size", errs),
    };
    if let Some(s) = size {
        if s < 50 {
            errs.add("size", "must be greater than or equal to 50");
        } else if s > MAX_DISC_SIZE {
            errs.add("size", "must be less than or equal to 2097152");
        }
    }
    let grade = match m.get("storage_grade") {
        None | Some(Value::Null) => Some("sata".to_string()),
        _ => enum_field(m, "storage_grade", definitions::STORAGE_GRADES, errs),
    };
    let mut schedules = Vec::new();
    match m.get("backup_schedules") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for s in list {
                let Some(s) = s.as_object() else {
                    errs.add("backup_schedules", "is invalid");
                    continue;
                };
                let mut e = Errs::default();
                match parse_schedule(s, now, &mut e) {
                    Some(req) => schedules.push(req),
                    None if interval_missing(s) => {
                        errs.add("backup_schedules", "Missing interval_seconds parameter")
                    }
                    None => {
                        for (field, msgs) in &e.0 {
                            for msg in msgs.as_array().into_iter().flatten() {
                                let msg = msg.as_str().unwrap_or_default();
                                errs.add("backup_schedules", &format!("{field} {msg}"));
                            }
                        }
                    }
                }
            }
        }
        Some(_) => errs.add("backup_schedules", "is invalid"),
    }
    if !errs.is_empty() {
        return None;
    }
    Some(DiscReq {
        label,
        size: size? as u64,
        grade: grade?,
        schedules,
    })
}

/// Creates the disc with its schedules (which run from `now_ms` on).
pub fn insert_disc(st: &mut State, vm: u64, label: &str, req: &DiscReq, now_ms: u64) -> u64 {
    let id = st.insert_disc(vm, label, req.size, &req.grade);
    for s in &req.schedules {
        backup_schedules::insert(st, id, s, now_ms);
    }
    id
}

// ---- which disc -------------------------------------------------------------

fn labels_of(st: &State, vm: u64) -> Vec<String> {
    st.discs
        .values()
        .filter(|d| d.vm_id == vm)
        .map(|d| d.label.clone())
        .collect()
}

pub fn find(ctx: &Ctx, vm: u64, seg: &str) -> Result<u64, ApiErr> {
    let discs = || ctx.st.discs.values().filter(|d| d.vm_id == vm);
    if let Some(id) = parse_id(seg)
        && let Some(d) = discs().find(|d| d.id == id)
    {
        return Ok(d.id);
    }
    discs()
        .find(|d| d.label == seg)
        .map(|d| d.id)
        .ok_or(ApiErr::NotFound)
}

/// `/discs/{id}`: any disc of a visible server, by id only.
pub fn find_flat(ctx: &Ctx, seg: &str) -> Result<u64, ApiErr> {
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    let id = parse_id(seg).ok_or(ApiErr::NotFound)?;
    let disc = ctx.st.discs.get(&id).ok_or(ApiErr::NotFound)?;
    let vm = ctx.st.vms.get(&disc.vm_id).ok_or(ApiErr::NotFound)?;
    if (vm.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm) {
        return Err(ApiErr::NotFound);
    }
    Ok(id)
}

// ---- handlers ---------------------------------------------------------------

fn disc_value(ctx: &Ctx, id: u64) -> Value {
    let counts = ctx.st.backup_counts();
    ctx.st
        .discs
        .get(&id)
        .map(|d| views::disc(d, &counts))
        .unwrap_or(Value::Null)
}

/// The discs of server `vm`.
pub fn list(ctx: &mut Ctx, vm: u64) -> R {
    let counts = ctx.st.backup_counts();
    let list = ctx
        .st
        .discs
        .values()
        .filter(|d| d.vm_id == vm)
        .map(|d| views::disc(d, &counts))
        .collect();
    ok(200, Value::Array(list))
}

/// `/discs[?vm_id|vm_name]`: the discs of every visible server.
pub fn list_all(ctx: &mut Ctx) -> R {
    let filter = ctx.vm_filter()?;
    let visible = ctx.visible_vm_ids();
    let counts = ctx.st.backup_counts();
    let list = ctx
        .st
        .discs
        .values()
        .filter(|d| visible.contains(&d.vm_id))
        .filter(|d| filter.as_ref().is_none_or(|f| f.contains(&d.vm_id)))
        .map(|d| views::disc(d, &counts))
        .collect();
    ok(200, Value::Array(list))
}

pub fn show(ctx: &mut Ctx, d: u64) -> R {
    ok(200, disc_value(ctx, d))
}

pub fn create(ctx: &mut Ctx, vm: u64) -> R {
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(vm)?;
    let taken = labels_of(ctx.st, vm);
    if taken.len() >= MAX_DISCS {
        return Err(bad("discs", "a server can have at most 8 discs"));
    }
    let mut errs = Errs::default();
    let req = parse_disc(&body, &taken, (ctx.now / 1000) as i64, &mut errs);
    errs.check()?;
    let Some(req) = req else {
        return Err(bad("size", "can't be blank"));
    };
    let label = req.label.clone().unwrap_or_else(|| default_label(&taken));
    let id = insert_disc(ctx.st, vm, &label, &req, ctx.now);
    ctx.mutated();
    ok(201, disc_value(ctx, id))
}

pub fn update(ctx: &mut Ctx, id: u64) -> R {
    let Some(disc) = ctx.st.discs.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.vm_level(disc.vm_id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(disc.vm_id)?;
    let mut errs = Errs::default();
    let size = int_field(&body, "size", &mut errs);
    if let Some(s) = size {
        if (s as u64) < disc.size || s < 0 {
            errs.add("size", "cannot be decreased");
        } else if s > MAX_DISC_SIZE {
            errs.add("size", "must be less than or equal to 2097152");
        }
    }
    let iops = int_field(&body, "iops_limit", &mut errs);
    if iops.is_some() && ctx.caller.access.cluster < R_CLUSTER_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    if iops.is_some_and(|i| i < 0) {
        errs.add("iops_limit", "must be greater than or equal to 0");
    }
    let target = int_field(&body, "virtual_machine_id", &mut errs);
    let mut move_to = None;
    if let Some(t) = target.filter(|t| *t as u64 != disc.vm_id) {
        let t = t as u64;
        let visible = ctx
            .st
            .vms
            .get(&t)
            .is_some_and(|v| !v.deleted && ctx.caller.access.sees_vm(ctx.st, v));
        if !visible {
            errs.add("virtual_machine_id", "is invalid");
        } else {
            require(ctx.vm_level(t), R_VM_ADMIN)?;
            let both_off = [disc.vm_id, t].iter().all(|v| {
                ctx.st
                    .vms
                    .get(v)
                    .is_some_and(|v| !v.power_on && v.pending.is_none())
            });
            if !both_off {
                errs.add("virtual_machine_id", "both servers must be powered off");
            }
            let first = ctx
                .st
                .discs
                .values()
                .filter(|d| d.vm_id == disc.vm_id)
                .map(|d| d.id)
                .min();
            if first == Some(id) {
                errs.add(
                    "virtual_machine_id",
                    "the first disc of a server cannot be moved",
                );
            }
            let target_labels = labels_of(ctx.st, t);
            if target_labels.len() >= MAX_DISCS {
                errs.add("virtual_machine_id", "the server already has 8 discs");
            }
            if target_labels.contains(&disc.label) {
                errs.add("label", "has already been taken");
            }
            move_to = Some(t);
        }
    }
    errs.check()?;
    if let Some(d) = ctx.st.discs.get_mut(&id) {
        if let Some(s) = size {
            d.size = s as u64;
        }
        if let Some(i) = iops {
            d.iops_limit = Some(i as u64);
        }
        if let Some(t) = move_to {
            d.vm_id = t;
        }
    }
    ctx.mutated();
    ok(200, disc_value(ctx, id))
}

pub fn delete(ctx: &mut Ctx, id: u64) -> R {
    let Some(disc) = ctx.st.discs.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.vm_level(disc.vm_id), R_VM_ADMIN)?;
    ctx.vm_not_deleted(disc.vm_id)?;
    if !ctx.flag("purge") {
        // What the real brain does (reference §4.8): discs are purged, not deleted.
        return Err(ApiErr::Text(
            500,
            "Discs can only be deleted with purge=true".into(),
        ));
    }
    ctx.st.remove_disc(id);
    ctx.mutated();
    no_content()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_like_labels() {
        for l in ["vda", "sdb", "hdz", "xvda", "vdaa"] {
            assert!(device_like(l), "{l}");
        }
        for l in ["disc-1", "vd", "data", "vd1", "ssd"] {
            assert!(!device_like(l), "{l}");
        }
    }

    #[test]
    fn default_labels() {
        assert_eq!(default_label(&[]), "disc-1");
        assert_eq!(default_label(&["disc-1".into()]), "disc-2");
        assert_eq!(default_label(&["vda".into(), "disc-2".into()]), "disc-3");
        assert_eq!(default_label(&["disc-5".into()]), "disc-6");
    }
}
