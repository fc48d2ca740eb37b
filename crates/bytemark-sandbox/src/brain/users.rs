//! Users (reference §4.13): list, show, and `authorized_keys` changes.
//!
//! Who sees whom (§7 #21): yourself; users holding a privilege on something
//! you administer at account level; everyone for cluster admins. Only you
//! (or a cluster admin) may change your keys.

use serde_json::Value;
use std::collections::HashSet;

use super::access::{R_ACCOUNT_ADMIN, R_CLUSTER_ADMIN};
use super::ctx::Ctx;
use super::fields::parse_id;
use super::reply::{ApiErr, R, bad, ok};
use super::views;
use crate::state::{Privilege, State};

/// Any user, by id or name, whether the caller sees them or not.
pub fn find_user(st: &State, seg: &str) -> Option<u64> {
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

pub fn user_visible(ctx: &Ctx, user: u64) -> bool {
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

/// A user the caller can see, by id or name.
pub fn find_visible(ctx: &Ctx, seg: &str) -> Result<u64, ApiErr> {
    find_user(ctx.st, seg)
        .filter(|u| user_visible(ctx, *u))
        .ok_or(ApiErr::NotFound)
}

pub fn list(ctx: &mut Ctx) -> R {
    let list: Vec<Value> = ctx
        .st
        .users
        .values()
        .filter(|u| user_visible(ctx, u.id))
        .map(views::user)
        .collect();
    ok(200, Value::Array(list))
}

pub fn show(ctx: &mut Ctx, id: u64) -> R {
    ok(
        200,
        ctx.st.users.get(&id).map(views::user).unwrap_or_default(),
    )
}

/// Changes `authorized_keys` (one string, keys separated by newlines).
pub fn update(ctx: &mut Ctx, id: u64) -> R {
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
    show(ctx, id)
}
