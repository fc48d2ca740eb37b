//! `bytemark keys list|add|delete`: a user's SSH keys (api reference §4.13).
//!
//! The API keeps them as one string, one key per line, changed by a PUT of
//! the whole string: `add` and `delete` read the user (GET) and write the
//! new list (PUT) — 2 round trips; `list` is 1. Two changes at the same
//! moment can lose one of them; the API offers nothing better.
//!
//! Each key shows as `index` (1-based, in the API's order), `type`,
//! `comment`, `fingerprint` (`SHA256:…`, as `ssh-keygen -l`; empty for a
//! line that is not valid base64) and `key` (the whole line). `-o json`
//! prints these objects; `-o ids` the fingerprints (the index when there is
//! none).
//!
//! `delete` takes a fingerprint (`SHA256:…`), an index (all digits), the
//! whole key line, or a comment. A comment several keys share is refused
//! (exit 2) with the candidates listed; nothing matching is exit 4.

use super::users::fetch_user;
use super::values::str_of;
use crate::cli::access::KeysCmd;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::all_digits;
use crate::input::ssh_keys::{PublicKey, read_public_keys};
use crate::output::Column;
use bytemark_api::models::User;
use bytemark_api::requests;
use serde_json::{Value, json};
use std::path::Path;

const KEY_COLUMNS: [Column; 4] = [
    Column::field("index", "#"),
    Column::field("type", "TYPE"),
    Column::field("comment", "COMMENT"),
    Column::field("fingerprint", "FINGERPRINT"),
];

fn key_id(v: &Value) -> String {
    match v.get("fingerprint").and_then(Value::as_str) {
        Some(f) if !f.is_empty() => f.to_string(),
        _ => str_of(v, "index"),
    }
}

/// One key line as shown.
fn row(index: usize, line: &str) -> Value {
    let k = PublicKey::split(line);
    json!({
        "index": index,
        "type": k.as_ref().map(|k| k.kind.clone()).unwrap_or_default(),
        "comment": k.as_ref().map(|k| k.comment.clone()).unwrap_or_default(),
        "fingerprint": k.as_ref().and_then(PublicKey::fingerprint).unwrap_or_default(),
        "key": line,
    })
}

fn rows(user: &User) -> Vec<Value> {
    user.keys()
        .iter()
        .enumerate()
        .map(|(i, l)| row(i + 1, l))
        .collect()
}

pub fn run(ctx: &mut Context, cmd: KeysCmd) -> Result<()> {
    match cmd {
        KeysCmd::List(u) => list(ctx, u.user),
        KeysCmd::Add { user, file } => add(ctx, user.user, &file),
        KeysCmd::Delete { user, key } => delete(ctx, user.user, &key),
    }
}

fn list(ctx: &mut Context, user: Option<String>) -> Result<()> {
    let (user, _) = fetch_user(ctx, user)?;
    ctx.output.list(&rows(&user), &KEY_COLUMNS, &key_id)
}

fn add(ctx: &mut Context, user: Option<String>, file: &Path) -> Result<()> {
    // The file first: a bad key is refused before any request.
    let new = read_public_keys(file)?;
    let (user, _) = fetch_user(ctx, user)?;
    let mut lines: Vec<String> = user.keys().iter().map(|l| l.to_string()).collect();
    for key in &new {
        if let Some(i) = lines
            .iter()
            .position(|l| PublicKey::split(l).is_some_and(|k| k.same_key(key)))
        {
            return Err(Error::rejected(format!(
                "user {} already has this key (#{}: {})",
                user.username,
                i + 1,
                describe(&lines[i])
            ))
            .with_hint("nothing was changed"));
        }
    }
    let first_new = lines.len();
    lines.extend(new.iter().map(PublicKey::line));
    ctx.send(&requests::user_set_keys(&user.username, &lines.join("\n")))?;
    ctx.say(&format!(
        "added {} SSH key{} to user {}",
        new.len(),
        if new.len() == 1 { "" } else { "s" },
        user.username
    ));
    let added: Vec<Value> = lines
        .iter()
        .enumerate()
        .skip(first_new)
        .map(|(i, l)| row(i + 1, l))
        .collect();
    ctx.output.list(&added, &KEY_COLUMNS, &key_id)
}

fn describe(line: &str) -> String {
    let r = row(0, line);
    let comment = str_of(&r, "comment");
    let fp = str_of(&r, "fingerprint");
    match (comment.is_empty(), fp.is_empty()) {
        (false, false) => format!("{comment} {fp}"),
        (true, false) => fp,
        (false, true) => comment,
        (true, true) => str_of(&r, "type"),
    }
}

/// Which of `lines` `wanted` names (see the module docs).
fn find(lines: &[&str], wanted: &str, username: &str) -> Result<usize> {
    let candidates: Vec<usize> = if wanted.starts_with("SHA256:") {
        (0..lines.len())
            .filter(|&i| str_of(&row(0, lines[i]), "fingerprint") == wanted)
            .collect()
    } else if all_digits(wanted) {
        match wanted.parse::<usize>() {
            Ok(n) if (1..=lines.len()).contains(&n) => vec![n - 1],
            _ => Vec::new(),
        }
    } else {
        let whole: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == wanted).collect();
        if whole.is_empty() {
            (0..lines.len())
                .filter(|&i| PublicKey::split(lines[i]).is_some_and(|k| k.comment == wanted))
                .collect()
        } else {
            whole
        }
    };
    let listing = |idx: &[usize]| {
        idx.iter()
            .map(|&i| format!("#{} {}", i + 1, describe(lines[i])))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match candidates.as_slice() {
        [one] => Ok(*one),
        [] => {
            let all: Vec<usize> = (0..lines.len()).collect();
            let hint = if lines.is_empty() {
                format!("user {username} has no SSH keys")
            } else {
                format!("user {username}'s keys: {}", listing(&all))
            };
            Err(Error::new(
                ErrorKind::NotFound,
                format!("user {username} has no SSH key matching {wanted:?}"),
            )
            .with_hint(hint))
        }
        many => Err(Error::usage(format!(
            "{wanted:?} matches {} keys of user {username}: {}",
            many.len(),
            listing(many)
        ))
        .with_hint("name one by its fingerprint (SHA256:…) or its index (#)")),
    }
}

fn delete(ctx: &mut Context, user: Option<String>, wanted: &str) -> Result<()> {
    if wanted.trim().is_empty() {
        return Err(Error::usage(
            "name the key: its comment, fingerprint or index",
        ));
    }
    let (user, _) = fetch_user(ctx, user)?;
    let lines = user.keys();
    let i = find(&lines, wanted, &user.username)?;
    ctx.confirm(&format!(
        "Remove SSH key #{} ({:?}) from user {}? It will no longer open consoles.",
        i + 1,
        describe(lines[i]),
        user.username
    ))?;
    let removed = row(i + 1, lines[i]);
    let rest: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, l)| *l)
        .collect();
    ctx.send(&requests::user_set_keys(&user.username, &rest.join("\n")))?;
    ctx.say(&format!(
        "removed SSH key {} from user {}",
        describe(lines[i]),
        user.username
    ));
    ctx.output.list(&[removed], &KEY_COLUMNS, &key_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILD0mdeXYBOsJd1D/5GenI8bYwzylc/ax7C962Yxk/tK me@laptop";
    const B: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDemo me@laptop";
    const C: &str = "ssh-rsa AAAAB3NzaC1yc2E= ci";

    #[test]
    fn keys_are_found_by_fingerprint_index_line_or_unique_comment() {
        let lines = [A, B, C];
        assert_eq!(find(&lines, "ci", "u").unwrap(), 2);
        assert_eq!(find(&lines, "2", "u").unwrap(), 1);
        assert_eq!(find(&lines, B, "u").unwrap(), 1);
        let fp = str_of(&row(0, A), "fingerprint");
        assert_eq!(find(&lines, &fp, "u").unwrap(), 0);
        let e = find(&lines, "me@laptop", "u").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(
            e.message.contains("#1") && e.message.contains("#2"),
            "{}",
            e.message
        );
        assert_eq!(
            find(&lines, "4", "u").unwrap_err().kind,
            ErrorKind::NotFound
        );
        assert_eq!(
            find(&lines, "nope", "u").unwrap_err().kind,
            ErrorKind::NotFound
        );
        assert_eq!(find(&[], "x", "u").unwrap_err().kind, ErrorKind::NotFound);
    }
}
