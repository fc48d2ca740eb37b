//! The network of a server: NICs (read-only, reference §4.11), additional
//! IPv4 addresses (`ip_create`, at most 4 per server) and IPs (§4.12:
//! reverse DNS, removal of additional addresses).

use serde_json::{Map, Value, json};

use super::access::R_VM_ADMIN;
use super::ctx::Ctx;
use super::fields::{enum_field, int_field, parse_id};
use super::reply::{ApiErr, Errs, R, bad, no_content, ok, require};
use super::views;

const MAX_EXTRA_IPS: usize = 4;

// ---- NICs -------------------------------------------------------------------

pub fn find_nic(ctx: &Ctx, vm: u64, seg: &str) -> Result<u64, ApiErr> {
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

/// `/nics/{id}`: any NIC of a visible server, by id only.
pub fn find_nic_flat(ctx: &Ctx, seg: &str) -> Result<u64, ApiErr> {
    let allow_deleted = ctx.method != "GET" || ctx.flag("include_deleted");
    let id = parse_id(seg).ok_or(ApiErr::NotFound)?;
    let nic = ctx.st.nics.get(&id).ok_or(ApiErr::NotFound)?;
    let vm = ctx.st.vms.get(&nic.vm_id).ok_or(ApiErr::NotFound)?;
    if (vm.deleted && !allow_deleted) || !ctx.caller.access.sees_vm(ctx.st, vm) {
        return Err(ApiErr::NotFound);
    }
    Ok(id)
}

/// The NICs of server `vm`.
pub fn list_nics(ctx: &mut Ctx, vm: u64) -> R {
    let list = ctx
        .st
        .nics
        .values()
        .filter(|n| n.vm_id == vm)
        .map(views::nic)
        .collect();
    ok(200, Value::Array(list))
}

/// `/nics[?vm_id|vm_name]`: the NICs of every visible server.
pub fn list_all_nics(ctx: &mut Ctx) -> R {
    let filter = ctx.vm_filter()?;
    let visible = ctx.visible_vm_ids();
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

pub fn show_nic(ctx: &mut Ctx, n: u64) -> R {
    ok(200, ctx.st.nics.get(&n).map(views::nic).unwrap_or_default())
}

/// Additional IPv4 addresses, routed via the NIC's primary IPv4.
pub fn ip_create(ctx: &mut Ctx, vm: u64, nic: u64) -> R {
    require(ctx.vm_level(vm), R_VM_ADMIN)?;
    let body = ctx.body()?;
    ctx.vm_not_deleted(vm)?;
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

// ---- IPs --------------------------------------------------------------------

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
    if !ctx.caller.access.sees_vm(ctx.st, vm_rec) {
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

/// Removes an additional address (a primary one stays).
pub fn delete_ip(ctx: &mut Ctx, ip: &Ip) -> R {
    require(ctx.vm_level(ip.vm), R_VM_ADMIN)?;
    if ip.primary {
        return Err(bad("ip", "primary addresses cannot be removed"));
    }
    if let Some(n) = ctx.st.nics.get_mut(&ip.nic) {
        n.extra_ips.remove(&ip.address);
    }
    ctx.st.rdns.remove(&ip.address);
    ctx.mutated();
    no_content()
}
