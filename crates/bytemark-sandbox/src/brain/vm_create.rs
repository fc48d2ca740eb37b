//! Creating servers (reference §4.4, §4.5): a bare `POST
//! .../virtual_machines`, and the transactional `vm_create` that adds discs
//! and an image in the same call. Both answer 202 with the new server, which
//! powers on (after the transition delay) when `power_on` or `autoreboot_on`
//! was asked for.

use serde_json::{Map, Value};

use super::access::R_GROUP_ADMIN;
use super::ctx::Ctx;
use super::definitions::{self, HARDWARE_PROFILES, ZONES};
use super::discs::{MAX_DISCS, default_label, insert_disc, parse_disc};
use super::fields::{bool_field, enum_field, int_field, str_field, validate_name};
use super::reply::{ApiErr, Errs, R, bad, ok, require};
use super::vms::{
    cdrom_field, check_cores, check_memory, keymap_field, name_taken, vm_overview, vm_value,
};

/// The attributes of a new server, validated, defaults filled in.
struct Spec {
    name: String,
    cores: u64,
    memory: u64,
    zone: String,
    profile: String,
    locked: bool,
    cdrom: Option<String>,
    keymap: Option<String>,
    power_on: bool,
    autoreboot_on: bool,
}

/// Validates VM create attributes, adding messages to `errs`.
fn parse_spec(
    ctx: &Ctx,
    group: u64,
    m: &Map<String, Value>,
    errs: &mut Errs,
) -> Result<Option<Spec>, ApiErr> {
    let mut name_errs = Errs::default();
    let name = validate_name(m, "name", &mut name_errs).ok();
    for (k, v) in name_errs.0 {
        errs.0.insert(k, v);
    }
    if let Some(n) = &name
        && name_taken(ctx.st, group, n, None)
    {
        errs.add("name", "has already been taken");
    }
    let cores = int_field(m, "cores", errs);
    if let Some(c) = cores {
        check_cores(c, errs);
    }
    let memory = int_field(m, "memory", errs);
    if let Some(mem) = memory {
        check_memory(mem, errs);
    }
    let zone = enum_field(m, "zone_name", ZONES, errs);
    let profile = enum_field(m, "hardware_profile", HARDWARE_PROFILES, errs);
    let locked = bool_field(m, "hardware_profile_locked", errs);
    let keymap = keymap_field(m, errs);
    let power_on = bool_field(m, "power_on", errs);
    let autoreboot_on = bool_field(m, "autoreboot_on", errs);
    let cdrom = cdrom_field(m)?;
    if !errs.is_empty() {
        return Ok(None);
    }
    Ok(name.map(|name| Spec {
        name,
        cores: cores.unwrap_or(1) as u64,
        memory: memory.unwrap_or(1024) as u64,
        zone: zone.unwrap_or_else(|| ZONES[0].to_string()),
        profile: profile.unwrap_or_else(|| HARDWARE_PROFILES[0].to_string()),
        locked: locked.unwrap_or(false),
        cdrom: cdrom.flatten(),
        keymap: keymap.flatten(),
        power_on: power_on.unwrap_or(false),
        autoreboot_on: autoreboot_on.unwrap_or(false),
    }))
}

fn insert_spec(ctx: &mut Ctx, group: u64, spec: &Spec) -> u64 {
    let id = ctx.st.insert_vm(
        group,
        &spec.name,
        spec.cores,
        spec.memory,
        &spec.zone,
        &spec.profile,
    );
    if let Some(vm) = ctx.st.vms.get_mut(&id) {
        vm.hardware_profile_locked = spec.locked;
        vm.cdrom_url = spec.cdrom.clone();
        vm.keymap = spec.keymap.clone();
        vm.autoreboot_on = spec.autoreboot_on;
    }
    id
}

/// Powers a new VM on if `power_on` or `autoreboot_on` was asked for
/// (reference §7 #25).
fn boot_new(ctx: &mut Ctx, id: u64, spec: &Spec) {
    let (now, delay) = (ctx.now, ctx.transition_delay_ms());
    if (spec.power_on || spec.autoreboot_on)
        && let Some(vm) = ctx.st.vms.get_mut(&id)
    {
        vm.power_to(true, now, delay);
    }
}

/// `ips` is only for groups on a private VLAN, which the sandbox has none
/// of; an object of empty values is what clients send when unset.
fn no_ips(body: &Map<String, Value>, vm: &Map<String, Value>, errs: &mut Errs) {
    for m in [body, vm] {
        match m.get("ips") {
            None | Some(Value::Null) => {}
            Some(Value::Object(o)) if o.values().all(|v| v.is_null() || v == "") => {}
            Some(_) => errs.add("ips", "can only be set for groups on a private VLAN"),
        }
    }
}

/// `POST …/virtual_machines`: a server without discs or image (the
/// attributes may also come wrapped in `virtual_machine`).
pub fn create_bare(ctx: &mut Ctx, g: u64) -> R {
    require(ctx.group_level(g), R_GROUP_ADMIN)?;
    let body = ctx.body()?;
    let m = match body.get("virtual_machine") {
        Some(Value::Object(inner)) => inner.clone(),
        _ => body.clone(),
    };
    let mut errs = Errs::default();
    let spec = parse_spec(ctx, g, &m, &mut errs)?;
    no_ips(&body, &m, &mut errs);
    errs.check()?;
    let Some(spec) = spec else {
        return Err(bad("name", "can't be blank"));
    };
    let id = insert_spec(ctx, g, &spec);
    boot_new(ctx, id, &spec);
    ctx.mutated();
    ok(202, vm_value(ctx, id))
}

/// `POST …/vm_create`: server, discs and image in one call; the answer
/// echoes the image and root password (generated when not given).
pub fn vm_create(ctx: &mut Ctx, g: u64) -> R {
    require(ctx.group_level(g), R_GROUP_ADMIN)?;
    let body = ctx.body()?;
    let mut errs = Errs::default();
    let vm_body = match body.get("virtual_machine") {
        Some(Value::Object(m)) => m.clone(),
        None | Some(Value::Null) => return Err(bad("virtual_machine", "can't be blank")),
        Some(_) => return Err(bad("virtual_machine", "is invalid")),
    };
    let spec = parse_spec(ctx, g, &vm_body, &mut errs)?;
    no_ips(&body, &vm_body, &mut errs);

    // Discs, with errors aligned to the request's array.
    let disc_list: Vec<Value> = match body.get("discs") {
        None | Some(Value::Null) => vec![],
        Some(Value::Array(a)) => a.clone(),
        Some(_) => {
            errs.add("discs", "is invalid");
            vec![]
        }
    };
    let mut discs = Vec::new();
    let mut disc_errs = Vec::new();
    let mut any_disc_err = false;
    let mut labels: Vec<String> = Vec::new();
    for d in &disc_list {
        let mut e = Errs::default();
        match d.as_object() {
            Some(m) => {
                if let Some(req) = parse_disc(m, &labels, (ctx.now / 1000) as i64, &mut e) {
                    if let Some(l) = &req.label {
                        labels.push(l.clone());
                    }
                    discs.push(req);
                }
            }
            None => e.add("base", "is invalid"),
        }
        any_disc_err |= !e.is_empty();
        disc_errs.push(Value::Object(e.0));
    }
    if disc_list.len() > MAX_DISCS {
        errs.add("base", "a server can have at most 8 discs");
    } else if any_disc_err {
        errs.0.insert("discs".into(), Value::Array(disc_errs));
    }

    // Optional image.
    let reimage = match body.get("reimage") {
        None | Some(Value::Null) => None,
        Some(Value::Object(r)) => {
            let dist = match r.get("distribution") {
                None | Some(Value::Null) => {
                    errs.add("distribution", "can't be blank");
                    None
                }
                Some(Value::String(s)) if s.is_empty() => {
                    errs.add("distribution", "can't be blank");
                    None
                }
                _ => enum_field(r, "distribution", definitions::DISTRIBUTIONS, &mut errs),
            };
            let password = str_field(r, "root_password", &mut errs);
            let key = str_field(r, "ssh_public_key", &mut errs);
            let script = str_field(r, "firstboot_script", &mut errs);
            if disc_list.is_empty() {
                errs.add("discs", "can't be blank");
            }
            Some((dist, password, key, script))
        }
        Some(_) => {
            errs.add("reimage", "is invalid");
            None
        }
    };
    errs.check()?;
    let Some(spec) = spec else {
        return Err(bad("name", "can't be blank"));
    };

    let id = insert_spec(ctx, g, &spec);
    let mut taken: Vec<String> = discs.iter().filter_map(|d| d.label.clone()).collect();
    for d in &discs {
        let label = match &d.label {
            Some(l) => l.clone(),
            None => {
                let l = default_label(&taken);
                taken.push(l.clone());
                l
            }
        };
        insert_disc(ctx.st, id, &label, d, ctx.now);
    }
    let mut echo = None;
    if let Some((Some(dist), password, key, script)) = reimage {
        let password = password.unwrap_or_else(|| ctx.shared.random_password());
        if let Some(vm) = ctx.st.vms.get_mut(&id) {
            vm.last_imaged_with = Some(dist.clone());
        }
        let mut e = Map::new();
        e.insert("distribution".into(), dist.into());
        e.insert("root_password".into(), password.into());
        if let Some(k) = key {
            e.insert("ssh_public_key".into(), k.into());
        }
        if let Some(s) = script {
            e.insert("firstboot_script".into(), s.into());
        }
        echo = Some(Value::Object(e));
    }
    boot_new(ctx, id, &spec);
    ctx.mutated();
    let mut v = vm_overview(ctx, id);
    if let (Some(e), Some(obj)) = (echo, v.as_object_mut()) {
        obj.insert("reimage".into(), e);
    }
    ok(202, v)
}
