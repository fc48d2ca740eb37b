//! Discs (reference §4.8), NICs and `ip_create` (§4.11), IPs (§4.12).

use serde_json::{Map, Value, json};

use super::json as views;
use super::state::{R_CLUSTER_ADMIN, R_VM_ADMIN, State};
use super::vms::{default_label, enum_field, insert_disc, int_field, parse_disc};
use super::{ApiErr, Ctx, Errs, R, bad, check_method, no_content, ok, parse_id, require};

const MAX_DISCS: usize = 8;
const MAX_DISC_SIZE: i64 = 2_097_152;
const MAX_EXTRA_IPS: usize = 4;

fn labels_of(st: &State, vm: u64) -> Vec<String> {
    st.discs
        .values()
        .filter(|d| d.vm_id == vm)
        .map(|d| d.label.clone())
        .collect()
}

fn find_disc(ctx: &Ctx, vm: u64, seg: &str) -> Result<u64, ApiErr> {
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

fn vm_not_deleted(ctx: &Ctx, vm: u64) -> Result<(), ApiErr> {
    match ctx.st.vms.get(&vm) {
        Some(v) if v.deleted => Err(bad(
            "deleted",
            "the server is deleted: its discs and interfaces cannot be changed",
        )),
        Some(_) => Ok(()),
        None => Err(ApiErr::NotFound),
    }
}

fn disc_value(ctx: &Ctx, id: u64) -> Value {
    ctx.st
        .discs
        .get(&id)
        .map(views::disc)
        .unwrap_or(Value::Null)
}

pub fn disc_routes(ctx: &mut Ctx, vm: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => {
            check_method(m, &["GET", "POST"])?;
            match m {
                "GET" => {
                    let list = ctx
                        .st
                        .discs
                        .values()
                        .filter(|d| d.vm_id == vm)
                        .map(views::disc)
                        .collect();
                    ok(200, Value::Array(list))
                }
                _ => create_disc(ctx, vm),
            }
        }
        [d] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            let d = find_disc(ctx, vm, d)?;
            one_disc(ctx, d)
        }
        _ => Err(ApiErr::NotFound),
    }
}

fn one_disc(ctx: &mut Ctx, d: u64) -> R {
    match ctx.method {
        "GET" => ok(200, disc_value(ctx, d)),
        "PUT" => update_disc(ctx, d),
        "DELETE" => delete_disc(ctx, d),
        _ => Err(ApiErr::MethodNotAllowed),
    }
}

/// `/discs/{id}`: GET, PUT, DELETE on any disc of a visible server.
pub fn disc_flat(ctx: &mut Ctx, seg: &str) -> R {
    check_method(ctx.method, &["GET", "PUT", "DELETE"])?;
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    let id = parse_id(seg).ok_or(ApiErr::NotFound)?;
    let disc = ctx.st.discs.get(&id).ok_or(ApiErr::NotFound)?;
    let vm = ctx.st.vms.get(&disc.vm_id).ok_or(ApiErr::NotFound)?;
    if (vm.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm) {
        return Err(ApiErr::NotFound);
    }
    one_disc(ctx, id)
}

/// Visible servers matching `vm_id` / `vm_name` (all visible when absent).
fn vm_filter(ctx: &Ctx) -> Result<Option<Vec<u64>>, ApiErr> {
    let include_deleted = ctx.flag("include_deleted");
    let acc = &ctx.caller.access;
    let Some(key) = ctx.q("vm_id").or(ctx.q("vm_name")) else {
        return Ok(None);
    };
    let ids: Vec<u64> = ctx
        .st
        .vms
        .values()
        .filter(|v| (include_deleted || !v.deleted) && acc.sees_vm(ctx.st, v))
        .filter(|v| v.id.to_string() == key || v.name == key)
        .map(|v| v.id)
        .collect();
    if ids.is_empty() {
        return Err(ApiErr::NotFound);
    }
    Ok(Some(ids))
}

fn visible_vms(ctx: &Ctx) -> std::collections::HashSet<u64> {
    let include_deleted = ctx.flag("include_deleted");
    let acc = &ctx.caller.access;
    ctx.st
        .vms
        .values()
        .filter(|v| (include_deleted || !v.deleted) && acc.sees_vm(ctx.st, v))
        .map(|v| v.id)
        .collect()
}

pub fn list_discs_flat(ctx: &mut Ctx) -> R {
    let filter = vm_filter(ctx)?;
    let visible = visible_vms(ctx);
    let list = ctx
        .st
        .discs
        .values()
        .filter(|d| visible.contains(&d.vm_id))
        .filter(|d| filter.as_ref().is_none_or(|f| f.contains(&d.vm_id)))
        .map(views::disc)
        .collect();
    ok(200, Value::Array(list))
}

fn create_disc(ctx: &mut Ctx, vm: u64) -> R {
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    vm_not_deleted(ctx, vm)?;
    let taken = labels_of(ctx.st, vm);
    if taken.len() >= MAX_DISCS {
        return Err(bad("discs", "a server can have at most 8 discs"));
    }
    let mut errs = Errs::default();
    let req = parse_disc(&body, &taken, &mut errs);
    errs.check()?;
    let Some(req) = req else {
        return Err(bad("size", "can't be blank"));
    };
    let label = req.label.clone().unwrap_or_else(|| default_label(&taken));
    let id = insert_disc(ctx.st, vm, &label, &req);
    ctx.mutated();
    ok(201, disc_value(ctx, id))
}

fn update_disc(ctx: &mut Ctx, id: u64) -> R {
    let Some(disc) = ctx.st.discs.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.vm_level(disc.vm_id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    vm_not_deleted(ctx, disc.vm_id)?;
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

fn delete_disc(ctx: &mut Ctx, id: u64) -> R {
    let Some(disc) = ctx.st.discs.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.vm_level(disc.vm_id), R_VM_ADMIN)?;
    vm_not_deleted(ctx, disc.vm_id)?;
    if !ctx.flag("purge") {
        // What the real brain does (reference §4.8): discs are purged, not deleted.
        return Err(ApiErr::Text(
            500,
            "Discs can only be deleted with purge=true".into(),
        ));
    }
    ctx.st.discs.remove(&id);
    ctx.mutated();
    no_content()
}

// ---- NICs -------------------------------------------------------------------------

fn find_nic(ctx: &Ctx, vm: u64, seg: &str) -> Result<u64, ApiErr> {
    let nics = || ctx.st.nics.values().filter(|n| n.vm_id == vm);
    if let Some(id) = parse_id(seg)
        && let Some(n) = nics().find(|n| n.id == id)
    {
        return Ok(n.id);
    }
    nics()
        .find(|n| n.label.as_deref() == Some(seg))
        .map(|n| n.id)
        .ok_or(ApiErr::NotFound)
}

pub fn nic_routes(ctx: &mut Ctx, vm: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => match m {
            "GET" => {
                let list = ctx
                    .st
                    .nics
                    .values()
                    .filter(|n| n.vm_id == vm)
                    .map(views::nic)
                    .collect();
                ok(200, Value::Array(list))
            }
            // NICs are read-only (reference §7 #19).
            _ => Err(ApiErr::Forbidden),
        },
        [n] => {
            let n = find_nic(ctx, vm, n)?;
            match m {
                "GET" => ok(200, ctx.st.nics.get(&n).map(views::nic).unwrap_or_default()),
                _ => Err(ApiErr::Forbidden),
            }
        }
        [n, "ip_create"] => {
            let n = find_nic(ctx, vm, n)?;
            check_method(m, &["POST"])?;
            ip_create(ctx, vm, n)
        }
        _ => Err(ApiErr::NotFound),
    }
}

pub fn nic_flat(ctx: &mut Ctx, seg: &str) -> R {
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    let id = parse_id(seg).ok_or(ApiErr::NotFound)?;
    let nic = ctx.st.nics.get(&id).ok_or(ApiErr::NotFound)?;
    let vm = ctx.st.vms.get(&nic.vm_id).ok_or(ApiErr::NotFound)?;
    if (vm.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm) {
        return Err(ApiErr::NotFound);
    }
    match ctx.method {
        "GET" => ok(200, views::nic(nic)),
        _ => Err(ApiErr::Forbidden),
    }
}

pub fn list_nics_flat(ctx: &mut Ctx) -> R {
    let filter = vm_filter(ctx)?;
    let visible = visible_vms(ctx);
    let list = ctx
        .st
        .nics
        .values()
        .filter(|n| visible.contains(&n.vm_id))
        .filter(|n| filter.as_ref().is_none_or(|f| f.contains(&n.vm_id)))
        .map(views::nic)
        .collect();
    ok(200, Value::Array(list))
}

fn ip_create(ctx: &mut Ctx, vm: u64, nic: u64) -> R {
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    vm_not_deleted(ctx, vm)?;
    let mut errs = Errs::default();
    let count = int_field(&body, "addresses", &mut errs).unwrap_or(1);
    if count < 1 {
        errs.add("addresses", "must be greater than or equal to 1");
    }
    let family =
        enum_field(&body, "family", &["ipv4", "ipv6"], &mut errs).unwrap_or_else(|| "ipv4".into());
    if family == "ipv6" {
        errs.add("family", "only additional IPv4 addresses can be requested");
    }
    if body.get("contiguous") == Some(&Value::Bool(true)) {
        errs.add("contiguous", "is not supported");
    }
    let existing: usize = ctx
        .st
        .nics
        .values()
        .filter(|n| n.vm_id == vm)
        .map(|n| n.extra_ips.len())
        .sum();
    if count >= 1 && existing + count as usize > MAX_EXTRA_IPS {
        errs.add(
            "addresses",
            "a server can have at most 4 additional IP addresses",
        );
    }
    errs.check()?;
    let primary = ctx
        .st
        .nics
        .get(&nic)
        .and_then(|n| n.ips.first().cloned())
        .unwrap_or_default();
    let mut new_ips = Vec::new();
    for _ in 0..count {
        new_ips.push(ctx.st.alloc_extra_ip());
    }
    if let Some(n) = ctx.st.nics.get_mut(&nic) {
        for ip in &new_ips {
            n.extra_ips.insert(ip.clone(), primary.clone());
        }
    }
    ctx.mutated();
    let mut echo: Map<String, Value> = Map::new();
    echo.insert("addresses".into(), count.into());
    echo.insert("family".into(), family.into());
    echo.insert(
        "reason".into(),
        body.get("reason").cloned().unwrap_or(Value::Null),
    );
    echo.insert("contiguous".into(), false.into());
    echo.insert("ips".into(), json!(new_ips));
    ok(200, Value::Object(echo))
}

// ---- IPs --------------------------------------------------------------------------

/// A hostname for reverse DNS: dot-separated labels of letters, digits and
/// hyphens, at most 253 characters.
fn valid_hostname(h: &str) -> bool {
    let h = h.strip_suffix('.').unwrap_or(h);
    !h.is_empty()
        && h.len() <= 253
        && h.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

pub fn ip_routes(ctx: &mut Ctx, ip: &str) -> R {
    check_method(ctx.method, &["GET", "PUT", "DELETE"])?;
    let acc = &ctx.caller.access;
    let found = ctx.st.nics.values().find_map(|n| {
        let primary = n.ips.iter().any(|i| i == ip);
        let extra = n.extra_ips.contains_key(ip);
        (primary || extra).then_some((n.id, n.vm_id, primary))
    });
    let Some((nic, vm, primary)) = found else {
        return Err(ApiErr::NotFound);
    };
    let Some(vm_rec) = ctx.st.vms.get(&vm) else {
        return Err(ApiErr::NotFound);
    };
    if !acc.sees_vm(ctx.st, vm_rec) {
        return Err(ApiErr::NotFound);
    }
    let address = ip.to_string();
    let render = |ctx: &Ctx| {
        let rdns = ctx.st.rdns.get(&address).cloned().unwrap_or_else(|| {
            ctx.st
                .vms
                .get(&vm)
                .map(|v| views::hostname(ctx.st, v))
                .unwrap_or_default()
        });
        json!({"address": address, "ip": address, "rdns": rdns})
    };
    match ctx.method {
        "GET" => ok(200, render(ctx)),
        "PUT" => {
            require(ctx.vm_level(vm), R_VM_ADMIN)?;
            let body = ctx.body()?;
            match body.get("rdns") {
                None => {}
                Some(Value::String(h)) if valid_hostname(h) => {
                    ctx.st.rdns.insert(address.clone(), h.clone());
                    ctx.mutated();
                }
                Some(_) => return Err(bad("rdns", "is invalid")),
            }
            ok(200, render(ctx))
        }
        _ => {
            require(ctx.vm_level(vm), R_VM_ADMIN)?;
            if primary {
                return Err(bad("ip", "primary addresses cannot be removed"));
            }
            if let Some(n) = ctx.st.nics.get_mut(&nic) {
                n.extra_ips.remove(&address);
            }
            ctx.st.rdns.remove(&address);
            ctx.mutated();
            no_content()
        }
    }
}
