//! Server, group and account names: `server[.group[.account]]`.

use super::{DEFAULT_GROUP, MAX_NAME_LEN, all_digits, shorten};
use crate::error::{Error, Result};
use std::fmt;

/// A server as the user named it: `name[.group[.account[.anything]]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerName {
    pub name: String,
    pub group: Option<String>,
    pub account: Option<String>,
}

impl ServerName {
    /// The numeric id when the user gave a bare all-digit name (`1234`), which
    /// addresses the server by id (`/virtual_machines/{id}`).
    pub fn id(&self) -> Option<u64> {
        if self.group.is_none() && self.account.is_none() {
            all_digits(&self.name)
                .then(|| self.name.parse().ok())
                .flatten()
        } else {
            None
        }
    }

    /// The group, or `default`.
    pub fn group_or_default(&self) -> &str {
        self.group.as_deref().unwrap_or(DEFAULT_GROUP)
    }
}

impl fmt::Display for ServerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.name)?;
        if let Some(g) = &self.group {
            write!(f, ".{g}")?;
        }
        if let Some(a) = &self.account {
            write!(f, ".{a}")?;
        }
        Ok(())
    }
}

/// A group as the user named it: `group[.account[.anything]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupName {
    pub group: String,
    pub account: Option<String>,
}

impl fmt::Display for GroupName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.account {
            Some(a) => write!(f, "{}.{a}", self.group),
            None => write!(f, "{}", self.group),
        }
    }
}

/// Checks one name component; `what` is "server", "group" or "account".
pub fn check_component(what: &str, s: &str, whole: &str) -> Result<()> {
    let hint = "names use letters, digits, '-' and '_' (at most 63 characters); \
                write server.group.account";
    if s.is_empty() {
        return Err(
            Error::usage(format!("invalid name {whole:?}: the {what} name is empty"))
                .with_hint(hint),
        );
    }
    if s.chars().count() > MAX_NAME_LEN {
        return Err(Error::usage(format!(
            "invalid name {}: the {what} name is longer than {MAX_NAME_LEN} characters",
            shorten(whole)
        ))
        .with_hint(hint));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(Error::usage(format!(
            "invalid name {}: the {what} name contains {c:?}",
            shorten(whole)
        ))
        .with_hint(hint));
    }
    Ok(())
}

/// Parses `server[.group[.account[.anything]]]`. A full host name such as
/// `web1.default.acme.uk0.bigv.io` works: labels after the third are ignored
/// (they are the cluster's domain), but must not be empty.
pub fn parse_server_name(s: &str) -> Result<ServerName> {
    let parts = split_name(s)?;
    check_component("server", parts[0], s)?;
    if let Some(g) = parts.get(1) {
        check_component("group", g, s)?;
    }
    if let Some(a) = parts.get(2) {
        check_component("account", a, s)?;
    }
    Ok(ServerName {
        name: parts[0].to_string(),
        group: parts.get(1).map(|g| g.to_string()),
        account: parts.get(2).map(|a| a.to_string()),
    })
}

/// Parses `group[.account[.anything]]`.
pub fn parse_group_name(s: &str) -> Result<GroupName> {
    let parts = split_name(s)?;
    check_component("group", parts[0], s)?;
    if let Some(a) = parts.get(1) {
        check_component("account", a, s)?;
    }
    Ok(GroupName {
        group: parts[0].to_string(),
        account: parts.get(1).map(|a| a.to_string()),
    })
}

/// Parses `account[.anything]` (the first label).
pub fn parse_account_name(s: &str) -> Result<String> {
    let parts = split_name(s)?;
    check_component("account", parts[0], s)?;
    Ok(parts[0].to_string())
}

fn split_name(s: &str) -> Result<Vec<&str>> {
    if s.trim().is_empty() {
        return Err(Error::usage("invalid name \"\": a name cannot be empty"));
    }
    if s.len() > 1024 {
        return Err(Error::usage(format!(
            "invalid name {}: too long",
            shorten(s)
        )));
    }
    // A trailing dot is DNS's "fully qualified" marker: accept and drop it.
    let trimmed = s.strip_suffix('.').unwrap_or(s);
    let parts: Vec<&str> = trimmed.split('.').collect();
    if let Some(i) = parts.iter().position(|p| p.is_empty()) {
        let what = match i {
            0 => "the server name is empty",
            _ => "it has an empty component (two dots in a row, or a leading dot)",
        };
        return Err(Error::usage(format!("invalid name {}: {what}", shorten(s)))
            .with_hint("write server.group.account, e.g. web1.default.acme"));
    }
    Ok(parts)
}
