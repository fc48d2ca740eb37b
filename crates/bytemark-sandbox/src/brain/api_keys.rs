//! API keys (reference §4.15): list (with `view=overview`: their
//! privileges), create (the secret is shown only then), show, delete. You
//! see your own keys; cluster admins see all.

use serde_json::Value;

use super::access::R_CLUSTER_ADMIN;
use super::ctx::Ctx;
use super::fields::{id_field, parse_id, parse_timestamp, str_field};
use super::reply::{ApiErr, Errs, R, no_content, ok};
use super::views;
use crate::state::{ApiKey, State};

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

pub fn list(ctx: &mut Ctx) -> R {
    let list: Vec<Value> = ctx
        .st
        .api_keys
        .values()
        .filter(|k| key_visible(ctx, k))
        .map(|k| key_value(ctx, k, false))
        .collect();
    ok(200, Value::Array(list))
}

/// A key for yourself, or (cluster admins) for anyone.
pub fn create(ctx: &mut Ctx) -> R {
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

/// A key the caller can see, by id.
pub fn find(ctx: &Ctx, seg: &str) -> Result<ApiKey, ApiErr> {
    parse_id(seg)
        .and_then(|id| ctx.st.api_keys.get(&id))
        .filter(|k| key_visible(ctx, k))
        .cloned()
        .ok_or(ApiErr::NotFound)
}

pub fn show(ctx: &mut Ctx, k: &ApiKey) -> R {
    ok(200, key_value(ctx, k, false))
}

/// Deletes the key with the privileges granted to it.
pub fn delete(ctx: &mut Ctx, k: &ApiKey) -> R {
    ctx.st.api_keys.remove(&k.id);
    ctx.st.privileges.retain(|_, p| p.api_key_id != Some(k.id));
    ctx.mutated();
    no_content()
}
