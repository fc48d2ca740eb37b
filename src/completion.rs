//! Dynamic shell completion of server and group names
//! (`source <(COMPLETE=bash bytemark)`); images, zones, grades and hardware
//! profiles are in [`definitions`].
//!
//! Candidates come from the current account's overview, fetched with a
//! session that is already stored: no prompt, no login, short timeouts, and
//! nothing at all when any of that fails, so a shell never hangs on Tab.
//! Only names that are one safe shell word are offered
//! ([`sanitize::is_safe_word`]): the shell inserts a candidate unquoted.

pub mod definitions;

use crate::context::{Context, Globals};
use crate::output::sanitize;
use bytemark_api::requests;
use clap_complete::engine::CompletionCandidate;
use serde::Deserialize;
use std::ffi::OsStr;

/// Completes `server[.group]` names.
pub fn servers(current: &OsStr) -> Vec<CompletionCandidate> {
    candidates(current, |overview| {
        let mut names = Vec::new();
        for group in &overview.groups {
            for vm in &group.virtual_machines {
                if group.name == "default" {
                    names.push(vm.name.clone());
                }
                names.push(format!("{}.{}", vm.name, group.name));
            }
        }
        names
    })
}

/// Completes group names.
pub fn groups(current: &OsStr) -> Vec<CompletionCandidate> {
    candidates(current, |overview| {
        overview.groups.iter().map(|g| g.name.clone()).collect()
    })
}

#[derive(Deserialize, Default)]
struct Overview {
    #[serde(default)]
    groups: Vec<Group>,
}

#[derive(Deserialize)]
struct Group {
    name: String,
    #[serde(default)]
    virtual_machines: Vec<Vm>,
}

#[derive(Deserialize)]
struct Vm {
    name: String,
}

fn candidates(current: &OsStr, names: fn(&Overview) -> Vec<String>) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    let overview = fetch_overview().unwrap_or_default();
    names(&overview)
        .into_iter()
        // A candidate goes into the command line as it is: only names that
        // are one safe shell word are offered (`web1$(touch x)` is not).
        .filter(|n| n.starts_with(prefix) && sanitize::is_safe_word(n))
        .map(CompletionCandidate::new)
        .collect()
}

fn fetch_overview() -> Option<Overview> {
    let mut ctx = Context::unattended(&Globals::default()).ok()?;
    let account = ctx.default_account().ok()?;
    let text = ctx
        .api()
        .ok()?
        .send_text(&requests::account_overview(&account, false))
        .ok()?;
    serde_json::from_str(&text).ok()
}

/// Completes user names: the users you can see (one `GET /users`).
pub fn users(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = (|| {
        let mut ctx = Context::unattended(&Globals::default()).ok()?;
        let list = ctx.api().ok()?.send(&requests::users_list()).ok()?;
        let users: Vec<bytemark_api::models::User> = serde_json::from_value(list).ok()?;
        Some(users.into_iter().map(|u| u.username).collect::<Vec<_>>())
    })();
    matching(current, names.unwrap_or_default())
}

/// Completes the comments of your SSH keys (one `GET /users/{you}`).
pub fn key_comments(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = (|| {
        let mut ctx = Context::unattended(&Globals::default()).ok()?;
        let http = ctx.http().ok()?;
        let me = ctx.session().info(&http, None).ok()?.user;
        let user = ctx.api().ok()?.send(&requests::user_get(&me)).ok()?;
        let user: bytemark_api::models::User = serde_json::from_value(user).ok()?;
        Some(
            user.keys()
                .into_iter()
                .filter_map(crate::input::ssh_keys::PublicKey::split)
                .map(|k| k.comment)
                .filter(|c| !c.is_empty() && !c.contains(char::is_whitespace))
                .collect::<Vec<_>>(),
        )
    })();
    matching(current, names.unwrap_or_default())
}

fn matching(current: &OsStr, names: Vec<String>) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    names
        .into_iter()
        .filter(|n| n.starts_with(prefix))
        .map(CompletionCandidate::new)
        .collect()
}
