//! Privileges (reference §4.14): who holds which level on which account,
//! group or server, and granting, changing and revoking them.
//!
//! A privilege is visible when it is your own or when you could have granted
//! it (your level on its target is strictly higher); only the latter may be
//! changed or revoked. Granting works for any existing user, seen or not.

use serde_json::{Map, Value};
use std::net::IpAddr;

use super::access::{R_CLUSTER_ADMIN, level_rank};
use super::ctx::Ctx;
use super::fields::{bool_field, id_field, int_field, parse_id, str_field};
use super::reply::{ApiErr, Errs, R, no_content, ok};
use super::users::find_visible;
use super::views;
use crate::state::Privilege;

/// What `/…/privileges` under an account, group or server is about.
#[derive(Clone, Copy)]
pub enum Target {
    Account(u64),
    Group(u64),
    Vm(u64),
}

fn level_on_target(ctx: &Ctx, p: &Privilege) -> u8 {
    let acc = &ctx.caller.access;
    if let Some(a) = p.account_id {
        acc.account_level(a)
    } else if let Some(g) = p.group_id {
        ctx.group_level(g)
    } else if let Some(v) = p.vm_id {
        ctx.vm_level(v)
    } else {
        acc.cluster
    }
}

fn manageable(ctx: &Ctx, p: &Privilege) -> bool {
    level_rank(&p.level).is_some_and(|r| level_on_target(ctx, p) > r)
}

fn own(ctx: &Ctx, p: &Privilege) -> bool {
    p.user_id == ctx.caller.user_id
        && (ctx.caller.api_key_id.is_none() || p.api_key_id == ctx.caller.api_key_id)
}

fn render(ctx: &Ctx, list: impl Iterator<Item = u64>) -> Value {
    Value::Array(
        list.filter_map(|id| ctx.st.privileges.get(&id))
            .map(|p| views::privilege(ctx.st, p))
            .collect(),
    )
}

/// `GET /users/{u}/privileges`: your own, or anyone's for cluster admins.
pub fn of_user(ctx: &mut Ctx, user: u64) -> R {
    if user != ctx.caller.user_id && ctx.caller.access.cluster < R_CLUSTER_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    let ids: Vec<u64> = ctx
        .st
        .privileges
        .values()
        .filter(|p| p.user_id == user)
        .map(|p| p.id)
        .collect();
    ok(200, render(ctx, ids.into_iter()))
}

/// `GET /privileges`: your own; with `user_id`/`user_name`, that user's
/// privileges that you can see. A user you cannot see is 404, like one
/// that does not exist (reference §2.7).
pub fn list(ctx: &mut Ctx) -> R {
    let filter = match ctx.q("user_id").or(ctx.q("user_name")) {
        Some(u) => Some(find_visible(ctx, u)?),
        None => None,
    };
    let ids: Vec<u64> = ctx
        .st
        .privileges
        .values()
        .filter(|p| match filter {
            None => own(ctx, p),
            Some(u) => p.user_id == u && (own(ctx, p) || manageable(ctx, p)),
        })
        .map(|p| p.id)
        .collect();
    ok(200, render(ctx, ids.into_iter()))
}

/// The privileges on `target` below the caller's own level there.
pub fn on_target(ctx: &mut Ctx, target: Target) -> R {
    let mine = match target {
        Target::Account(a) => ctx.caller.access.account_level(a),
        Target::Group(g) => ctx.group_level(g),
        Target::Vm(v) => ctx.vm_level(v),
    };
    let ids: Vec<u64> = ctx
        .st
        .privileges
        .values()
        .filter(|p| match target {
            Target::Account(a) => p.account_id == Some(a),
            Target::Group(g) => p.group_id == Some(g),
            Target::Vm(v) => p.vm_id == Some(v),
        })
        .filter(|p| level_rank(&p.level).is_some_and(|r| r < mine))
        .map(|p| p.id)
        .collect();
    ok(200, render(ctx, ids.into_iter()))
}

/// `/privileges/{id}`: one the caller holds or could have granted.
pub fn find(ctx: &Ctx, seg: &str) -> Result<Privilege, ApiErr> {
    let p = parse_id(seg)
        .and_then(|id| ctx.st.privileges.get(&id))
        .cloned()
        .ok_or(ApiErr::NotFound)?;
    if !manageable(ctx, &p) && !own(ctx, &p) {
        return Err(ApiErr::NotFound);
    }
    Ok(p)
}

pub fn show(ctx: &mut Ctx, p: &Privilege) -> R {
    ok(200, views::privilege(ctx.st, p))
}

/// An address (`192.0.2.7`, `2001:db8::1`) or a CIDR range of them.
fn address_or_range(s: &str) -> bool {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    let Ok(addr) = addr.parse::<IpAddr>() else {
        return false;
    };
    let max = if addr.is_ipv4() { 32 } else { 128 };
    prefix.is_none_or(|p| p.parse::<u8>().is_ok_and(|p| p <= max))
}

/// `ip_restrictions`: `null` (or an empty list) for none, otherwise
/// addresses or CIDR ranges, as a list or one string separated by commas
/// or spaces. `None` when absent or invalid.
fn ip_restrictions_field(
    body: &Map<String, Value>,
    errs: &mut Errs,
) -> Option<Option<Vec<String>>> {
    let list: Option<Vec<String>> = match body.get("ip_restrictions")? {
        Value::Null => Some(vec![]),
        Value::String(s) => Some(
            s.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
        ),
        // None when an entry is not a string
        Value::Array(a) => a.iter().map(|v| v.as_str().map(str::to_string)).collect(),
        _ => None,
    };
    match list {
        Some(l) if l.iter().all(|s| address_or_range(s)) => Some((!l.is_empty()).then_some(l)),
        _ => {
            errs.add("ip_restrictions", "is invalid");
            None
        }
    }
}

/// Changes `yubikey_required`, `yubikey_otp_max_age` and `ip_restrictions`
/// (reference §4.14); other fields are ignored.
pub fn update(ctx: &mut Ctx, p: Privilege) -> R {
    if !manageable(ctx, &p) {
        return Err(ApiErr::Forbidden);
    }
    let body = ctx.body()?;
    let mut errs = Errs::default();
    let yk = bool_field(&body, "yubikey_required", &mut errs);
    let age = int_field(&body, "yubikey_otp_max_age", &mut errs);
    if age.is_some_and(|a| a < 0) {
        errs.add("yubikey_otp_max_age", "must be greater than or equal to 0");
    }
    let ips = ip_restrictions_field(&body, &mut errs);
    errs.check()?;
    if let Some(q) = ctx.st.privileges.get_mut(&p.id) {
        if let Some(y) = yk {
            q.yubikey_required = y;
        }
        if let Some(a) = age {
            q.yubikey_otp_max_age = a as u64;
        }
        if let Some(list) = ips {
            q.ip_restrictions = list;
        }
    }
    ctx.mutated();
    let q = ctx.st.privileges.get(&p.id).cloned().unwrap_or(p);
    ok(200, views::privilege(ctx.st, &q))
}

pub fn revoke(ctx: &mut Ctx, p: &Privilege) -> R {
    if !manageable(ctx, p) {
        return Err(ApiErr::Forbidden);
    }
    ctx.st.privileges.remove(&p.id);
    ctx.mutated();
    no_content()
}

/// `POST /users/{u}/privileges`: only levels strictly below your own on the
/// target.
pub fn grant(ctx: &mut Ctx, user: u64) -> R {
    let body = ctx.body()?;
    let mut errs = Errs::default();
    let level = match body.get("level") {
        None | Some(Value::Null) => {
            errs.add("level", "can't be blank");
            None
        }
        Some(Value::String(l)) if level_rank(l).is_some() => Some(l.clone()),
        Some(_) => {
            errs.add("level", "is not included in the list");
            None
        }
    };
    errs.check()?;
    let level = level.unwrap_or_default();
    let rank = level_rank(&level).unwrap_or(u8::MAX);
    let (mut account_id, mut group_id, mut vm_id) = (None, None, None);
    let kind = level.split('_').next().unwrap_or("");
    let acc = &ctx.caller.access;
    let mine = match kind {
        "account" => {
            let a = match body.get("account_id") {
                Some(v) if !v.is_null() => id_field(&body, "account_id", &mut errs),
                _ => match str_field(&body, "account_name", &mut errs) {
                    Some(n) => ctx.st.accounts.values().find(|a| a.name == n).map(|a| a.id),
                    None => {
                        errs.add("account_id", "can't be blank");
                        None
                    }
                },
            };
            errs.check()?;
            let a = a
                .filter(|a| ctx.st.accounts.contains_key(a) && acc.sees_account(*a))
                .ok_or(ApiErr::NotFound)?;
            account_id = Some(a);
            acc.account_level(a)
        }
        "group" => {
            let g = id_field(&body, "group_id", &mut errs);
            if g.is_none() && errs.is_empty() {
                errs.add("group_id", "can't be blank");
            }
            errs.check()?;
            let g = g
                .and_then(|g| ctx.st.groups.get(&g))
                .filter(|g| acc.sees_group(g))
                .ok_or(ApiErr::NotFound)?;
            group_id = Some(g.id);
            acc.group_level(g)
        }
        "vm" => {
            let v = id_field(&body, "virtual_machine_id", &mut errs);
            if v.is_none() && errs.is_empty() {
                errs.add("virtual_machine_id", "can't be blank");
            }
            errs.check()?;
            let v = v
                .and_then(|v| ctx.st.vms.get(&v))
                .filter(|v| acc.sees_vm(ctx.st, v))
                .ok_or(ApiErr::NotFound)?;
            vm_id = Some(v.id);
            acc.vm_level(ctx.st, v)
        }
        _ => acc.cluster,
    };
    // Only levels strictly below your own on the target (§4.14).
    if mine <= rank {
        return Err(ApiErr::Forbidden);
    }
    let api_key_id = id_field(&body, "api_key_id", &mut errs);
    if let Some(k) = api_key_id
        && ctx.st.api_keys.get(&k).is_none_or(|k| k.user_id != user)
    {
        errs.add("api_key_id", "is invalid");
    }
    let yubikey = bool_field(&body, "yubikey_required", &mut errs);
    let password = bool_field(&body, "password_required", &mut errs);
    errs.check()?;
    let creator = ctx.username();
    let id = ctx.st.insert_privilege(
        user,
        &level,
        account_id,
        group_id,
        vm_id,
        api_key_id,
        Some(&creator),
    );
    if let Some(p) = ctx.st.privileges.get_mut(&id) {
        p.yubikey_required = yubikey.unwrap_or(false);
        p.password_required = password.unwrap_or(api_key_id.is_none());
    }
    ctx.mutated();
    let p = ctx
        .st
        .privileges
        .get(&id)
        .cloned()
        .ok_or(ApiErr::NotFound)?;
    ok(201, views::privilege(ctx.st, &p))
}
