//! IP addresses (reference §4.12): `GET`/`PUT /ips/{ip}` (reverse DNS),
//! `DELETE /ips/{ip}` (additional addresses only; they go back to the
//! pool) and `POST /ips/swap_virtual_machine_ips`.
//!
//! An address is found through the server holding it: invisible servers'
//! addresses are 404. A deleted server's addresses stay with it until it is
//! purged (§4.4); like its NICs they are hidden from a plain GET
//! (`include_deleted=true` shows them) and cannot be changed (400, §5 #21).

use serde_json::{Map, Value, json};

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::fields::{bool_field, id_field};
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, require};
use super::views;

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

/// An address of a visible server: primary or additional.
pub struct Ip {
    address: String,
    nic: u64,
    vm: u64,
    primary: bool,
}

/// `/ips/{ip}`: the address on a NIC of a server the caller can see.
pub fn find_ip(ctx: &Ctx, ip: &str) -> Result<Ip, ApiErr> {
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
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    if (vm_rec.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm_rec) {
        return Err(ApiErr::NotFound);
    }
    Ok(Ip {
        address: ip.to_string(),
        nic,
        vm,
        primary,
    })
}

/// The address and its reverse DNS (by default the server's host name).
fn ip_value(ctx: &Ctx, ip: &Ip) -> Value {
    let rdns = ctx.st.rdns.get(&ip.address).cloned().unwrap_or_else(|| {
        ctx.st
            .vms
            .get(&ip.vm)
            .map(|v| views::hostname(ctx.st, v))
            .unwrap_or_default()
    });
    json!({"address": ip.address, "ip": ip.address, "rdns": rdns})
}

pub fn show_ip(ctx: &mut Ctx, ip: &Ip) -> R {
    ok(200, ip_value(ctx, ip))
}

/// Sets the reverse DNS (`rdns`); a body without it changes nothing.
pub fn update_ip(ctx: &mut Ctx, ip: &Ip) -> R {
    require(ctx.vm_level(ip.vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(ip.vm)?;
    match body.get("rdns") {
        None => {}
        Some(Value::String(h)) if valid_hostname(h) => {
            ctx.st.rdns.insert(ip.address.clone(), h.clone());
            ctx.mutated();
        }
        Some(_) => return Err(bad("rdns", "is invalid")),
    }
    ok(200, ip_value(ctx, ip))
}

/// Removes an additional address (a primary one stays); it goes back to
/// the pool.
pub fn delete_ip(ctx: &mut Ctx, ip: &Ip) -> R {
    require(ctx.vm_level(ip.vm), R_VM_ADMIN)?;
    ctx.vm_not_deleted(ip.vm)?;
    if ip.primary {
        return Err(bad("ip", "primary addresses cannot be removed"));
    }
    if let Some(n) = ctx.st.nics.get_mut(&ip.nic) {
        n.extra_ips.remove(&ip.address);
    }
    ctx.st.release_ip(&ip.address);
    ctx.mutated();
    no_content()
}

/// A server named by id in the body: one the caller can see, else
/// `is invalid` (unknown and invisible look the same).
fn server_field(ctx: &Ctx, body: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<u64> {
    let id = match body.get(key) {
        None | Some(Value::Null) => {
            errs.add(key, "can't be blank");
            return None;
        }
        _ => id_field(body, key, errs)?,
    };
    let visible = ctx
        .st
        .vms
        .get(&id)
        .is_some_and(|v| ctx.caller.access.sees_vm(ctx.st, v));
    if !visible {
        errs.add(key, "is invalid");
        return None;
    }
    Some(id)
}

/// `POST /ips/swap_virtual_machine_ips` with `virtual_machine_1_id`,
/// `virtual_machine_2_id` and `move_additional_ips` (default false): the
/// two servers exchange their primary IPv4 and IPv6 addresses, and their
/// additional ones only when asked. Both must be powered off. 200 echoing
/// the request.
pub fn swap(ctx: &mut Ctx) -> R {
    let body = ctx.body()?;
    let mut errs = Errs::default();
    let a = server_field(ctx, &body, "virtual_machine_1_id", &mut errs);
    let b = server_field(ctx, &body, "virtual_machine_2_id", &mut errs);
    let extras = bool_field(&body, "move_additional_ips", &mut errs).unwrap_or(false);
    if a.is_some() && a == b {
        errs.add("virtual_machine_2_id", "must be a different server");
    }
    errs.check()?;
    let (Some(a), Some(b)) = (a, b) else {
        return Err(bad("virtual_machine_1_id", "is invalid"));
    };
    require(ctx.vm_level(a), R_VM_ADMIN)?;
    require(ctx.vm_level(b), R_VM_ADMIN)?;
    ctx.vm_not_deleted(a)?;
    ctx.vm_not_deleted(b)?;
    let off = |id: u64| {
        ctx.st
            .vms
            .get(&id)
            .is_some_and(|v| !v.power_on && v.pending.is_none())
    };
    if !(off(a) && off(b)) {
        return Err(bad("power_on", "must be off on both servers"));
    }
    ctx.st.swap_ips(a, b, extras);
    ctx.mutated();
    ok(
        200,
        json!({"virtual_machine_1_id": a, "virtual_machine_2_id": b,
               "move_additional_ips": extras}),
    )
}
