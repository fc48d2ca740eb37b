//! `bytemark users show [USER]`, and who "you" are for the access commands.
//!
//! One request (`GET /users/{user}`). "You" is the user of the session,
//! known without a request for a stored session (one `GET /session` under a
//! `BYTEMARK_TOKEN` session token). An API key does not say whose it is, so
//! under `BYTEMARK_TOKEN=apikey.…` the user must be named (exit 2 before any
//! request otherwise).

use super::values::str_of;
use crate::cli::access::UsersCmd;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::Column;
use bytemark_api::models::{User, decode};
use bytemark_api::requests;
use serde_json::Value;

const USER_COLUMNS: [Column; 4] = [
    Column::field("username", "USERNAME"),
    Column::field("id", "ID"),
    Column::field("email", "EMAIL"),
    Column::new("authorized_keys", "SSH KEYS", |v| {
        let keys = v
            .get("authorized_keys")
            .and_then(Value::as_str)
            .unwrap_or("");
        keys.lines()
            .filter(|l| !l.trim().is_empty())
            .count()
            .to_string()
    }),
];

pub fn run(ctx: &mut Context, cmd: UsersCmd) -> Result<()> {
    match cmd {
        UsersCmd::Show { user } => show(ctx, user),
    }
}

fn show(ctx: &mut Context, user: Option<String>) -> Result<()> {
    let (_, v) = fetch_user(ctx, user)?;
    ctx.output
        .one(&v, &USER_COLUMNS, &|v| str_of(v, "username"))
}

/// The session is an API key (`BYTEMARK_TOKEN=apikey.…`).
pub(crate) fn under_api_key(ctx: &Context) -> bool {
    ctx.session()
        .opts
        .env_token
        .as_deref()
        .is_some_and(|t| t.starts_with("apikey."))
}

/// The user of the session: no request for a stored session.
pub(crate) fn current_user(ctx: &mut Context, what: &str) -> Result<String> {
    if under_api_key(ctx) {
        return Err(Error::usage(format!(
            "an API key does not say whose it is: {what}"
        )));
    }
    let http = ctx.http()?;
    Ok(ctx.session().info(&http, None)?.user)
}

/// The user named, else the session's.
pub(crate) fn user_or_me(ctx: &mut Context, named: Option<String>) -> Result<String> {
    match named {
        Some(u) => Ok(u),
        None => current_user(ctx, "name the user (--user NAME, or USER)"),
    }
}

/// `GET /users/{user}` for the user named (else you): the model and the JSON.
pub(crate) fn fetch_user(ctx: &mut Context, named: Option<String>) -> Result<(User, Value)> {
    let name = user_or_me(ctx, named)?;
    let req = requests::user_get(&name);
    let v = ctx.send(&req)?;
    let user: User = decode(v.clone(), &req.context)?;
    Ok((user, v))
}
