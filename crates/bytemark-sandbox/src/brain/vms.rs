//! Virtual machines (reference §4.4–§4.7): lists, show, bare create,
//! `vm_create`, PUT-as-PATCH, soft delete / purge / undelete, reimage,
//! signal and the power model.

use serde_json::{Map, Value, json};

use super::json::{self, Children, HARDWARE_PROFILES, KEYMAPS, SENDKEYS, ZONES};
use super::state::{Pending, R_VM_ADMIN, Schedule, State, Vm};
use super::{
    ApiErr, Ctx, Errs, GROUP_ADMIN, R, bad, check_method, no_content, ok, people, require, storage,
    validate_name,
};

// ---- field helpers ---------------------------------------------------------

/// An integer (or a string of digits, as Rails would coerce it).
pub fn int_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<i64> {
    let parsed = match m.get(key) {
        None | Some(Value::Null) => return None,
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(_) => None,
    };
    if parsed.is_none() {
        errs.add(key, "is not a number");
    }
    parsed
}

pub fn bool_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<bool> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(Value::String(s)) if s == "true" => Some(true),
        Some(Value::String(s)) if s == "false" => Some(false),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    }
}

pub fn enum_field(
    m: &Map<String, Value>,
    key: &str,
    list: &[&str],
    errs: &mut Errs,
) -> Option<String> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) if list.contains(&s.as_str()) => Some(s.clone()),
        Some(_) => {
            errs.add(key, "is not included in the list");
            None
        }
    }
}

pub fn str_field(m: &Map<String, Value>, key: &str, errs: &mut Errs) -> Option<String> {
    match m.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
    }
}

fn check_cores(c: i64, errs: &mut Errs) {
    if !(1..=16).contains(&c) {
        errs.add("cores", "is not included in the list");
    }
}

fn check_memory(m: i64, errs: &mut Errs) {
    if !(256..=131072).contains(&m) || m % 256 != 0 {
        errs.add("memory", "is not included in the list");
    }
}

/// `cdrom_url`: null/"" ejects; otherwise an http(s) URL. The real brain
/// answers 500 for an unusable URL (reference §5 #19).
fn cdrom_field(m: &Map<String, Value>) -> Result<Option<Option<String>>, ApiErr> {
    match m.get("cdrom_url") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(s)) if s.is_empty() => Ok(Some(None)),
        Some(Value::String(s)) if s.starts_with("http://") || s.starts_with("https://") => {
            Ok(Some(Some(s.clone())))
        }
        Some(_) => Err(ApiErr::Text(
            500,
            "Could not use cdrom_url: provide a valid public HTTP(S) URL of an ISO image".into(),
        )),
    }
}

fn keymap_field(m: &Map<String, Value>, errs: &mut Errs) -> Option<Option<String>> {
    match m.get("keymap") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(s)) if s.is_empty() => Some(None),
        Some(Value::String(s)) if KEYMAPS.contains(&s.as_str()) => Some(Some(s.clone())),
        Some(_) => {
            errs.add("keymap", "is not included in the list");
            None
        }
    }
}

fn name_taken(st: &State, group_id: u64, name: &str, except: Option<u64>) -> bool {
    st.vms
        .values()
        .any(|v| v.group_id == group_id && v.name == name && Some(v.id) != except)
}

// ---- power model ---------------------------------------------------------------

fn delay_ms(ctx: &Ctx) -> u64 {
    ctx.shared.opts.transition_delay.as_millis() as u64
}

/// Moves the VM towards `on`, now or after the transition delay.
fn power_to(vm: &mut Vm, on: bool, now: u64, delay: u64) {
    if delay == 0 {
        vm.power_on = on;
        vm.pending = None;
    } else {
        vm.pending = Some(Pending {
            until_ms: now + delay,
            power_on: on,
        });
    }
}

fn on_or_starting(vm: &Vm) -> bool {
    match vm.pending {
        Some(p) => p.power_on,
        None => vm.power_on,
    }
}

// ---- lists and show ----------------------------------------------------------------

fn vm_value(ctx: &Ctx, id: u64) -> Value {
    match ctx.st.vms.get(&id) {
        Some(_) if ctx.overview() => vm_overview(ctx, id),
        Some(vm) => json::vm(ctx.st, vm, None),
        None => Value::Null,
    }
}

fn vm_overview(ctx: &Ctx, id: u64) -> Value {
    match ctx.st.vms.get(&id) {
        Some(vm) => json::vm(ctx.st, vm, Some(&Children::of(ctx.st, id))),
        None => Value::Null,
    }
}

fn render_list(ctx: &Ctx, filter: impl Fn(&Vm) -> bool) -> R {
    let vms = ctx.visible_vms(filter);
    let children = if ctx.overview() {
        Some(Children::all(ctx.st))
    } else {
        None
    };
    let list = vms
        .iter()
        .map(|vm| json::vm(ctx.st, vm, children.as_ref()))
        .collect();
    ok(200, Value::Array(list))
}

pub fn list_in_group(ctx: &mut Ctx, g: u64) -> R {
    render_list(ctx, |v| v.group_id == g)
}

/// `/virtual_machines[?account_id|account_name][&group_id|group_name]`
pub fn list_flat(ctx: &mut Ctx) -> R {
    let account = match ctx.q("account_id").or(ctx.q("account_name")) {
        Some(a) => Some(ctx.find_account(a)?),
        None => None,
    };
    let group: Option<u64> = match ctx.q("group_id").or(ctx.q("group_name")) {
        Some(g) => {
            let acc = &ctx.caller.access;
            let found = ctx
                .st
                .groups
                .values()
                .filter(|gr| account.is_none_or(|a| gr.account_id == a) && acc.sees_group(gr))
                .find(|gr| gr.id.to_string() == g || gr.name == g)
                .map(|gr| gr.id);
            Some(found.ok_or(ApiErr::NotFound)?)
        }
        None => None,
    };
    let groups_of_account: Option<std::collections::HashSet<u64>> = account.map(|a| {
        ctx.st
            .groups
            .values()
            .filter(|g| g.account_id == a)
            .map(|g| g.id)
            .collect()
    });
    render_list(ctx, |v| {
        group.is_none_or(|g| v.group_id == g)
            && groups_of_account
                .as_ref()
                .is_none_or(|s| s.contains(&v.group_id))
    })
}

pub fn vm_routes(ctx: &mut Ctx, vm: u64, rest: &[&str]) -> R {
    let m = ctx.method;
    match rest {
        [] => {
            check_method(m, &["GET", "PUT", "DELETE"])?;
            match m {
                "GET" => ok(200, vm_value(ctx, vm)),
                "PUT" => update(ctx, vm),
                _ => delete(ctx, vm),
            }
        }
        ["reimage"] => {
            check_method(m, &["POST"])?;
            reimage(ctx, vm)
        }
        ["signal"] => {
            check_method(m, &["POST"])?;
            signal(ctx, vm)
        }
        ["privileges"] => {
            check_method(m, &["GET"])?;
            people::privileges_on(ctx, people::Target::Vm(vm))
        }
        ["discs", rest @ ..] => storage::disc_routes(ctx, vm, rest),
        ["nics", rest @ ..] => storage::nic_routes(ctx, vm, rest),
        _ => Err(ApiErr::NotFound),
    }
}

// ---- create -------------------------------------------------------------------

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
    let (now, delay) = (ctx.now, delay_ms(ctx));
    if (spec.power_on || spec.autoreboot_on)
        && let Some(vm) = ctx.st.vms.get_mut(&id)
    {
        power_to(vm, true, now, delay);
    }
}

fn no_ips(body: &Map<String, Value>, vm: &Map<String, Value>, errs: &mut Errs) {
    for m in [body, vm] {
        match m.get("ips") {
            None | Some(Value::Null) => {}
            Some(Value::Object(o)) if o.values().all(|v| v.is_null() || v == "") => {}
            Some(_) => errs.add("ips", "can only be set for groups on a private VLAN"),
        }
    }
}

pub fn create_bare(ctx: &mut Ctx, g: u64) -> R {
    require(ctx.group_level(g), GROUP_ADMIN)?;
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

/// A validated disc request.
pub struct DiscReq {
    pub label: Option<String>,
    pub size: u64,
    pub grade: String,
    pub schedules: Vec<(String, i64, i64)>,
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

/// Validates one disc object (POST discs, vm_create discs).
pub fn parse_disc(m: &Map<String, Value>, taken: &[String], errs: &mut Errs) -> Option<DiscReq> {
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
        } else if s > 2_097_152 {
            errs.add("size", "must be less than or equal to 2097152");
        }
    }
    let grade = match m.get("storage_grade") {
        None | Some(Value::Null) => Some("sata".to_string()),
        _ => enum_field(m, "storage_grade", json::STORAGE_GRADES, errs),
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
                let interval = int_field(s, "interval_seconds", &mut e);
                let capacity = int_field(s, "capacity", &mut e).unwrap_or(0).max(1);
                let start = s
                    .get("start_at")
                    .or(s.get("start_date"))
                    .and_then(|v| v.as_str())
                    .unwrap_or("00:00")
                    .to_string();
                match interval {
                    Some(i) if i > 0 && e.is_empty() => schedules.push((start, i, capacity)),
                    None if e.is_empty() => {
                        errs.add("backup_schedules", "Missing interval_seconds parameter")
                    }
                    _ => errs.add("backup_schedules", "interval_seconds is invalid"),
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

pub fn insert_disc(st: &mut State, vm: u64, label: &str, req: &DiscReq) -> u64 {
    let id = st.insert_disc(vm, label, req.size, &req.grade);
    let schedules: Vec<Schedule> = req
        .schedules
        .iter()
        .map(|(start, interval, cap)| Schedule {
            id: State::next(&mut st.counters.schedule),
            start_at: normalise_start(start),
            interval_seconds: *interval,
            capacity: *cap,
        })
        .collect();
    if let Some(d) = st.discs.get_mut(&id) {
        d.schedules = schedules;
    }
    id
}

/// `00:00` → today-ish ISO form; full timestamps are kept as given.
fn normalise_start(s: &str) -> String {
    if s.len() == 5 && s.as_bytes().get(2) == Some(&b':') {
        format!("2019-02-07T{s}:00+00:00")
    } else {
        s.to_string()
    }
}

pub fn vm_create(ctx: &mut Ctx, g: u64) -> R {
    require(ctx.group_level(g), GROUP_ADMIN)?;
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
                if let Some(req) = parse_disc(m, &labels, &mut e) {
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
    if disc_list.len() > 8 {
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
                _ => enum_field(r, "distribution", json::DISTRIBUTIONS, &mut errs),
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
        insert_disc(ctx.st, id, &label, d);
    }
    let mut echo = None;
    if let Some((Some(dist), password, key, script)) = reimage {
        let password = password.unwrap_or_else(|| ctx.rng_password());
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

// ---- update / delete ---------------------------------------------------------------

fn update(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(cur) = ctx.st.vms.get(&id).cloned() else {
        return Err(ApiErr::NotFound);
    };
    let mut errs = Errs::default();
    let undelete = match body.get("deleted") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(false)) => true,
        Some(Value::Bool(true)) => {
            errs.add("deleted", "can only be set to false (use DELETE to delete)");
            false
        }
        Some(_) => {
            errs.add("deleted", "is invalid");
            false
        }
    };
    if cur.deleted && !undelete {
        errs.add("deleted", "the server is deleted: undelete it first");
        return Err(ApiErr::Bad(Value::Object(errs.0)));
    }
    if undelete && cur.deleted {
        require(ctx.group_level(cur.group_id), GROUP_ADMIN)?;
    }
    // Target group for rename/move.
    let mut group = cur.group_id;
    if let Some(v) = body.get("group_id").filter(|v| !v.is_null()) {
        let gid = v
            .as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()));
        let target = gid.and_then(|g| ctx.st.groups.get(&g));
        match target {
            Some(g) if ctx.caller.access.sees_group(g) => {
                if g.id != cur.group_id {
                    require(ctx.caller.access.group_level(g), GROUP_ADMIN)?;
                    require(ctx.group_level(cur.group_id), GROUP_ADMIN)?;
                }
                group = g.id;
            }
            _ => errs.add("group_id", "is invalid"),
        }
    }
    let mut name = cur.name.clone();
    if body.contains_key("name") {
        let mut ne = Errs::default();
        match validate_name(&body, "name", &mut ne) {
            Ok(n) => name = n,
            Err(_) => {
                for (k, v) in ne.0 {
                    errs.0.insert(k, v);
                }
            }
        }
    }
    if (name != cur.name || group != cur.group_id) && name_taken(ctx.st, group, &name, Some(id)) {
        errs.add("name", "has already been taken");
    }
    let cores = int_field(&body, "cores", &mut errs);
    if let Some(c) = cores {
        check_cores(c, &mut errs);
    }
    let memory = int_field(&body, "memory", &mut errs);
    if let Some(m) = memory {
        check_memory(m, &mut errs);
    }
    let profile = enum_field(&body, "hardware_profile", HARDWARE_PROFILES, &mut errs);
    let locked = bool_field(&body, "hardware_profile_locked", &mut errs);
    let keymap = keymap_field(&body, &mut errs);
    let power_on = bool_field(&body, "power_on", &mut errs);
    let autoreboot = bool_field(&body, "autoreboot_on", &mut errs);
    if let Some(a) = body.get("appliance")
        && !(a.is_object() || a.is_null())
    {
        errs.add("appliance", "is invalid");
    }
    let cdrom = cdrom_field(&body)?;
    errs.check()?;

    let (now, delay) = (ctx.now, delay_ms(ctx));
    let Some(vm) = ctx.st.vms.get_mut(&id) else {
        return Err(ApiErr::NotFound);
    };
    if undelete {
        vm.deleted = false;
    }
    vm.name = name;
    vm.group_id = group;
    if let Some(c) = cores {
        vm.cores = c as u64;
    }
    if let Some(m) = memory {
        vm.memory = m as u64;
    }
    if let Some(p) = profile {
        vm.hardware_profile = p;
    }
    if let Some(l) = locked {
        vm.hardware_profile_locked = l;
    }
    if let Some(k) = keymap {
        vm.keymap = k;
    }
    if let Some(c) = cdrom {
        vm.cdrom_url = c;
    }
    if let Some(a) = autoreboot {
        vm.autoreboot_on = a;
    }
    match power_on {
        Some(true) if !on_or_starting(vm) => power_to(vm, true, now, delay),
        Some(false) => {
            // Pull the plug now; with autoreboot set it comes back on.
            vm.power_on = false;
            vm.pending = None;
            if vm.autoreboot_on {
                power_to(vm, true, now, delay);
            }
        }
        Some(true) | None => {}
    }
    ctx.mutated();
    ok(200, vm_value(ctx, id))
}

fn delete(ctx: &mut Ctx, id: u64) -> R {
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    require(ctx.group_level(vm.group_id), GROUP_ADMIN)?;
    if ctx.flag("purge") {
        ctx.st.purge_vm(id);
    } else if let Some(vm) = ctx.st.vms.get_mut(&id) {
        vm.deleted = true;
        vm.power_on = false;
        vm.pending = None;
    }
    ctx.mutated();
    no_content()
}

// ---- reimage / signal ---------------------------------------------------------------

fn reimage(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    let mut errs = Errs::default();
    if vm.deleted {
        return Err(bad("deleted", "the server is deleted: undelete it first"));
    }
    let dist = match body.get("distribution") {
        None | Some(Value::Null) => {
            errs.add("distribution", "can't be blank");
            None
        }
        _ => enum_field(&body, "distribution", json::DISTRIBUTIONS, &mut errs),
    };
    let password = str_field(&body, "root_password", &mut errs);
    if password.is_none() && !errs.0.contains_key("root_password") {
        errs.add("root_password", "can't be blank");
    }
    let _ = str_field(&body, "ssh_public_key", &mut errs);
    let _ = str_field(&body, "firstboot_script", &mut errs);
    if on_or_starting(vm) {
        errs.add("power_on", "must be off to reimage");
    }
    if !ctx.st.discs.values().any(|d| d.vm_id == id) {
        errs.add("discs", "can't be blank");
    }
    errs.check()?;
    let (now, delay) = (ctx.now, delay_ms(ctx));
    if let Some(vm) = ctx.st.vms.get_mut(&id) {
        vm.last_imaged_with = dist;
        vm.autoreboot_on = false;
        power_to(vm, true, now, delay);
    }
    ctx.mutated();
    let mut echo = Map::new();
    for k in [
        "distribution",
        "root_password",
        "ssh_public_key",
        "firstboot_script",
    ] {
        if let Some(v) = body.get(k) {
            echo.insert(k.into(), v.clone());
        }
    }
    ok(200, Value::Object(echo))
}

fn signal(ctx: &mut Ctx, id: u64) -> R {
    require(ctx.vm_level(id), R_VM_ADMIN)?;
    let body = ctx.body()?;
    let Some(vm) = ctx.st.vms.get(&id) else {
        return Err(ApiErr::NotFound);
    };
    if vm.deleted {
        return Err(bad("deleted", "the server is deleted: undelete it first"));
    }
    let mut errs = Errs::default();
    // Body wins over the query string (reference §7 #9).
    let sig = match body.get("signal") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => ctx.q("signal").map(str::to_string),
        Some(_) => {
            errs.add("signal", "is not included in the list");
            None
        }
    };
    let data = match body.get("data") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => ctx.q("data").map(str::to_string),
        Some(_) => {
            errs.add("data", "is invalid");
            None
        }
    };
    match sig.as_deref() {
        None | Some("") if errs.is_empty() => errs.add("signal", "can't be blank"),
        Some("powerdown" | "reset") => {}
        Some("sendkey") => match &data {
            None => errs.add("data", "can't be blank"),
            Some(d) => {
                let valid = d.split('-').all(|k| SENDKEYS.contains(&k) || k == "del");
                if d.is_empty() || !valid {
                    errs.add("data", "is invalid");
                }
            }
        },
        Some(_) => errs.add("signal", "is not included in the list"),
        None => {}
    }
    if errs.is_empty() && !vm.power_on {
        errs.add("power_on", "must be on");
    }
    errs.check()?;
    let sig = sig.unwrap_or_default();
    let (now, delay) = (ctx.now, delay_ms(ctx));
    if sig == "powerdown"
        && let Some(vm) = ctx.st.vms.get_mut(&id)
    {
        if vm.autoreboot_on {
            vm.power_on = false;
            power_to(vm, true, now, delay);
        } else {
            power_to(vm, false, now, delay);
        }
        ctx.mutated();
    }
    let mut echo = json!({ "signal": sig });
    if sig == "sendkey"
        && let (Some(d), Some(o)) = (data, echo.as_object_mut())
    {
        o.insert("data".into(), d.into());
    }
    ok(200, echo)
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
