//! Users (reference §4.13), privileges (§4.14) and API keys (§4.15).
//!
//! Visibility of users (§7 #21): yourself; users holding a privilege on
//! something you administer at account level; everyone for cluster admins.
//! A privilege is visible when it is your own or when you could have granted
//! it (your level on its target is strictly higher); only the latter may be
//! changed or revoked.

use serde_json::Value;
use std::collections::HashSet;

use super::json as views;
use super::state::{ApiKey, Privilege, R_ACCOUNT_ADMIN, R_CLUSTER_ADMIN, State, level_rank};
use super::vms::{bool_field, int_field, str_field};
use super::{ApiErr, Ctx, Errs, R, bad, check_method, no_content, ok, parse_id, parse_timestamp};

#[derive(Clone, Copy)]
pub enum Target {
    Account(u64),
    Group(u64),
    Vm(u64),
}

fn find_user(st: &State, seg: &str) -> Option<u64> {
    if let Some(id) = parse_id(seg)
        && st.users.contains_key(&id)
    {
        return Some(id);
    }
    st.user_by_name(seg).map(|u| u.id)
}

/// Accounts where the caller is account_admin or above.
fn administered_accounts(ctx: &Ctx) -> HashSet<u64> {
    ctx.st
        .accounts
        .keys()
        .copied()
        .filter(|a| ctx.caller.access.account_level(*a) >= R_ACCOUNT_ADMIN)
        .collect()
}

fn account_of(st: &State, p: &Privilege) -> Option<u64> {
    if let Some(a) = p.account_id {
        return Some(a);
    }
    let group = p
        .group_id
        .or_else(|| p.vm_id.and_then(|v| st.vms.get(&v).map(|v| v.group_id)))?;
    st.groups.get(&group).map(|g| g.account_id)
}

fn user_visible(ctx: &Ctx, user: u64) -> bool {
    if user == ctx.caller.user_id || ctx.caller.access.cluster >= R_CLUSTER_ADMIN {
        return true;
    }
    let admin = administered_accounts(ctx);
    !admin.is_empty()
        && ctx
            .st
            .privileges
            .values()
            .any(|p| p.user_id == user && account_of(ctx.st, p).is_some_and(|a| admin.contains(&a)))
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

// ---- users ----------------------------------------------------------------------

pub fn list_users(ctx: &mut Ctx) -> R {
    let list: Vec<Value> = ctx
        .st
        .users
        .values()
        .filter(|u| user_visible(ctx, u.id))
        .map(views::user)
        .collect();
    ok(200, Value::Array(list))
}

pub fn user_routes(ctx: &mut Ctx, seg: &str) -> R {
    check_method(ctx.method, &["GET", "PUT"])?;
    let id = find_user(ctx.st, seg)
        .filter(|u| user_visible(ctx, *u))
        .ok_or(ApiErr::NotFound)?;
    if ctx.method == "PUT" {
        if id != ctx.caller.user_id && ctx.caller.access.cluster < R_CLUSTER_ADMIN {
            return Err(ApiErr::Forbidden);
        }
        let body = ctx.body()?;
        // username and email are read-only and silently ignored (§2.3).
        match body.get("authorized_keys") {
            None => {}
            Some(Value::String(k)) => {
                if k.contains("PRIVATE KEY") {
                    return Err(bad("authorized_keys", "is invalid"));
                }
                if let Some(u) = ctx.st.users.get_mut(&id) {
                    u.authorized_keys = k.clone();
                }
                ctx.mutated();
            }
            Some(Value::Null) => {
                if let Some(u) = ctx.st.users.get_mut(&id) {
                    u.authorized_keys.clear();
                }
                ctx.mutated();
            }
            Some(_) => return Err(bad("authorized_keys", "is invalid")),
        }
    }
    ok(
        200,
        ctx.st.users.get(&id).map(views::user).unwrap_or_default(),
    )
}

// ---- privileges ------------------------------------------------------------------------

pub fn user_privileges(ctx: &mut Ctx, seg: &str) -> R {
    check_method(ctx.method, &["GET", "POST"])?;
    if ctx.method == "POST" {
        // Granting works for any existing user, seen or not: otherwise an
        // account admin could never invite someone new.
        let user = find_user(ctx.st, seg).ok_or(ApiErr::NotFound)?;
        return grant(ctx, user);
    }
    let user = find_user(ctx.st, seg)
        .filter(|u| user_visible(ctx, *u))
        .ok_or(ApiErr::NotFound)?;
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
/// privileges that you can see.
pub fn list_privileges(ctx: &mut Ctx) -> R {
    let filter = match ctx.q("user_id").or(ctx.q("user_name")) {
        Some(u) => Some(find_user(ctx.st, u).ok_or(ApiErr::NotFound)?),
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

pub fn privileges_on(ctx: &mut Ctx, target: Target) -> R {
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

pub fn privilege_routes(ctx: &mut Ctx, seg: &str) -> R {
    check_method(ctx.method, &["GET", "PUT", "DELETE"])?;
    let p = parse_id(seg)
        .and_then(|id| ctx.st.privileges.get(&id))
        .cloned()
        .ok_or(ApiErr::NotFound)?;
    let can_manage = manageable(ctx, &p);
    if !can_manage && !own(ctx, &p) {
        return Err(ApiErr::NotFound);
    }
    match ctx.method {
        "GET" => ok(200, views::privilege(ctx.st, &p)),
        "PUT" => {
            if !can_manage {
                return Err(ApiErr::Forbidden);
            }
            let body = ctx.body()?;
            let mut errs = Errs::default();
            let yk = bool_field(&body, "yubikey_required", &mut errs);
            let age = int_field(&body, "yubikey_otp_max_age", &mut errs);
            if age.is_some_and(|a| a < 0) {
                errs.add("yubikey_otp_max_age", "must be greater than or equal to 0");
            }
            errs.check()?;
            if let Some(q) = ctx.st.privileges.get_mut(&p.id) {
                if let Some(y) = yk {
                    q.yubikey_required = y;
                }
                if let Some(a) = age {
                    q.yubikey_otp_max_age = a as u64;
                }
            }
            ctx.mutated();
            let q = ctx.st.privileges.get(&p.id).cloned().unwrap_or(p);
            ok(200, views::privilege(ctx.st, &q))
        }
        _ => {
            if !can_manage {
                return Err(ApiErr::Forbidden);
            }
            ctx.st.privileges.remove(&p.id);
            ctx.mutated();
            no_content()
        }
    }
}

fn id_field(body: &serde_json::Map<String, Value>, key: &str, errs: &mut Errs) -> Option<u64> {
    match int_field(body, key, errs) {
        Some(i) if i > 0 => Some(i as u64),
        Some(_) => {
            errs.add(key, "is invalid");
            None
        }
        None => None,
    }
}

fn grant(ctx: &mut Ctx, user: u64) -> R {
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

// ---- API keys ----------------------------------------------------------------------

fn key_visible(ctx: &Ctx, k: &ApiKey) -> bool {
    k.user_id == ctx.caller.user_id || ctx.caller.access.cluster >= R_CLUSTER_ADMIN
}

fn key_value(ctx: &Ctx, k: &ApiKey, secret: bool) -> Value {
    let privileges = ctx.overview().then(|| {
        ctx.st
            .privileges
            .values()
            .filter(|p| p.api_key_id == Some(k.id))
            .map(|p| views::privilege(ctx.st, p))
            .collect()
    });
    views::api_key(ctx.st, k, secret, privileges)
}

pub fn api_keys(ctx: &mut Ctx) -> R {
    check_method(ctx.method, &["GET", "POST"])?;
    if ctx.method == "GET" {
        let list: Vec<Value> = ctx
            .st
            .api_keys
            .values()
            .filter(|k| key_visible(ctx, k))
            .map(|k| key_value(ctx, k, false))
            .collect();
        return ok(200, Value::Array(list));
    }
    let body = ctx.body()?;
    let mut errs = Errs::default();
    let user = id_field(&body, "user_id", &mut errs).unwrap_or(ctx.caller.user_id);
    let label = str_field(&body, "label", &mut errs);
    if label.is_none() && !errs.0.contains_key("label") {
        errs.add("label", "can't be blank");
    }
    let expires = str_field(&body, "expires_at", &mut errs);
    if let Some(e) = &expires
        && parse_timestamp(e).is_none()
    {
        errs.add("expires_at", "is invalid");
    }
    if !ctx.st.users.contains_key(&user) {
        errs.add("user_id", "is invalid");
    }
    if user != ctx.caller.user_id && ctx.caller.access.cluster < R_CLUSTER_ADMIN {
        return Err(ApiErr::Forbidden);
    }
    errs.check()?;
    let secret = ctx.shared.random_token();
    let id = State::next(&mut ctx.st.counters.api_key);
    let key = ApiKey {
        id,
        user_id: user,
        label: label.unwrap_or_default(),
        key: secret,
        expires_at: expires,
    };
    ctx.st.api_keys.insert(id, key.clone());
    ctx.mutated();
    ok(201, key_value(ctx, &key, true))
}

pub fn api_key_routes(ctx: &mut Ctx, seg: &str) -> R {
    check_method(ctx.method, &["GET", "DELETE"])?;
    let k = parse_id(seg)
        .and_then(|id| ctx.st.api_keys.get(&id))
        .filter(|k| key_visible(ctx, k))
        .cloned()
        .ok_or(ApiErr::NotFound)?;
    if ctx.method == "GET" {
        return ok(200, key_value(ctx, &k, false));
    }
    ctx.st.api_keys.remove(&k.id);
    ctx.st.privileges.retain(|_, p| p.api_key_id != Some(k.id));
    ctx.mutated();
    no_content()
}
