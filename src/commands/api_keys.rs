//! `bytemark api-keys list|create|delete` (api reference §3.6, §4.15).
//!
//! Round trips with a warm session: `list` 1 (`GET /api_keys?view=overview`,
//! which carries each key's privileges); `delete` 2 (the list, to turn a
//! label into an id and describe the key; `DELETE /api_keys/{id}`);
//! `create` 3 + 2 per `--privilege`: `GET /users/{you}` (the key's
//! `user_id`), the list (labels must be unique, so `delete LABEL` can name
//! one), the target of each privilege (for its id), `POST /api_keys`, and
//! one `POST /users/{you}/privileges` per privilege, with `api_key_id`.
//!
//! Every `--privilege` is checked and its target found before the key is
//! created; if a grant still fails, the new key is deleted again, so a
//! failed create leaves nothing behind. The secret (`api_key`) is in the
//! create's answer only: it is printed once (in the table, and as
//! `api_key` under `-o json`), never logged, never shown again. An
//! all-digit label is refused, since `delete` reads digits as an id.

use super::privileges::{target_id, target_text};
use super::users::current_user;
use super::values::str_of;
use crate::cli::access::{ApiKeyCreateArgs, ApiKeysCmd};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::input::access::is_past;
use crate::input::all_digits;
use crate::output::Column;
use bytemark_api::Client;
use bytemark_api::models::{ApiKey, User, decode};
use bytemark_api::requests::{self, Grant};
use serde_json::Value;

fn expires_text(v: &Value) -> String {
    match v.get("expires_at").and_then(Value::as_str) {
        None | Some("") => "never".into(),
        Some(t) if is_past(t) => format!("{t} (expired)"),
        Some(t) => t.to_string(),
    }
}

fn privileges_text(v: &Value) -> String {
    v.get("privileges")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .map(|p| format!("{} on {}", str_of(p, "level"), target_text(p)))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

const KEY_COLUMNS: [Column; 5] = [
    Column::field("id", "ID"),
    Column::field("label", "LABEL"),
    Column::field("username", "USER"),
    Column::new("expires_at", "EXPIRES", expires_text),
    Column::new("privileges", "PRIVILEGES", privileges_text),
];

/// `create` adds the secret.
const CREATED_COLUMNS: [Column; 6] = [
    Column::field("id", "ID"),
    Column::field("label", "LABEL"),
    Column::field("username", "USER"),
    Column::new("expires_at", "EXPIRES", expires_text),
    Column::new("privileges", "PRIVILEGES", privileges_text),
    Column::field("api_key", "API KEY"),
];

fn key_id(v: &Value) -> String {
    str_of(v, "id")
}

pub fn run(ctx: &mut Context, cmd: ApiKeysCmd) -> Result<()> {
    match cmd {
        ApiKeysCmd::List => list(ctx),
        ApiKeysCmd::Create(args) => create(ctx, args),
        ApiKeysCmd::Delete { key } => delete(ctx, &key),
    }
}

fn fetch_keys(ctx: &mut Context) -> Result<Vec<Value>> {
    let req = requests::api_keys_list();
    let v = ctx.send(&req)?;
    decode::<Vec<ApiKey>>(v.clone(), &req.context)?;
    Ok(v.as_array().cloned().unwrap_or_default())
}

fn list(ctx: &mut Context) -> Result<()> {
    let keys = fetch_keys(ctx)?;
    ctx.output.list(&keys, &KEY_COLUMNS, &key_id)
}

fn check_label(label: &str) -> Result<()> {
    let why = if label.trim().is_empty() {
        "it is empty"
    } else if label.chars().count() > 100 {
        "it is longer than 100 characters"
    } else if label.chars().any(char::is_control) {
        "it contains a control character"
    } else if all_digits(label) {
        "it is all digits (delete would read it as an id)"
    } else {
        return Ok(());
    };
    Err(Error::usage(format!(
        "invalid API key label {label:?}: {why}"
    )))
}

fn create(ctx: &mut Context, args: ApiKeyCreateArgs) -> Result<()> {
    check_label(&args.label)?;
    let me = current_user(ctx, "create keys with your own login, not with an API key")?;
    let req = requests::user_get(&me);
    let user: User = decode(ctx.send(&req)?, &req.context)?;
    let mine = |k: &Value| k.get("user_id").and_then(Value::as_u64) == Some(user.id);
    if let Some(k) = fetch_keys(ctx)?
        .iter()
        .find(|k| mine(k) && str_of(k, "label") == args.label)
    {
        return Err(Error::rejected(format!(
            "you already have an API key labelled {:?} (id {})",
            args.label,
            str_of(k, "id")
        ))
        .with_hint("delete it first (`bytemark api-keys delete LABEL`), or choose another label"));
    }
    let mut targets = Vec::new();
    for spec in &args.privileges {
        targets.push((spec, target_id(ctx, &spec.on, &me)?.0));
    }
    let expires = args.expires.map(|e| e.to_iso());
    let create = requests::api_key_create(user.id, &args.label, expires.as_deref());
    // If the answer is lost, a look at the list says whether the key was
    // made; it was then made without our seeing its secret.
    let (label, user_id) = (args.label.clone(), user.id);
    let lookup = requests::api_keys_list();
    let found = move |c: &Client| -> bytemark_api::Result<Option<Value>> {
        let keys = c.send(&lookup)?;
        Ok(keys.as_array().and_then(|ks| {
            ks.iter()
                .find(|k| {
                    str_of(k, "label") == label
                        && k.get("user_id").and_then(Value::as_u64) == Some(user_id)
                })
                .cloned()
        }))
    };
    let mut key = ctx.api()?.create(&create, &found)?;
    let parsed: ApiKey = decode(key.clone(), &create.context)?;
    if key
        .get("api_key")
        .and_then(Value::as_str)
        .is_none_or(str::is_empty)
    {
        return Err(Error::network(format!(
            "API key {:?} (id {}) was created, but the answer with its secret was lost",
            args.label, parsed.id
        ))
        .with_hint(format!(
            "its secret cannot be shown again: delete it (`bytemark api-keys delete {}`) and create another",
            parsed.id
        )));
    }
    let mut granted = Vec::new();
    for (spec, target) in targets {
        let grant = requests::privilege_grant(
            &me,
            &Grant {
                level: spec.level.as_str().to_string(),
                target,
                yubikey_required: false,
                api_key_id: Some(parsed.id),
            },
        );
        match ctx.send(&grant) {
            Ok(p) => granted.push(p),
            Err(e) => return Err(roll_back(ctx, parsed.id, &args.label, e)),
        }
    }
    if let Some(obj) = key.as_object_mut() {
        obj.insert("privileges".into(), Value::Array(granted));
    }
    ctx.say(&format!(
        "created API key {} (id {}); its secret is shown only now: use it as BYTEMARK_TOKEN=apikey.<key>",
        args.label, parsed.id
    ));
    ctx.output.one(&key, &CREATED_COLUMNS, &key_id)
}

/// A grant failed: the new key is deleted again, and the error says so.
fn roll_back(ctx: &mut Context, id: u64, label: &str, e: Error) -> Error {
    let undone = match ctx.send(&requests::api_key_delete(id)) {
        Ok(_) => "the key was deleted again".to_string(),
        Err(d) if d.kind == ErrorKind::NotFound => "the key is gone".to_string(),
        Err(d) => format!(
            "deleting the key failed too ({}): delete it with `bytemark api-keys delete {id}`",
            d.message
        ),
    };
    Error {
        message: format!("API key {label:?} not created: {}; {undone}", e.message),
        ..e
    }
}

/// The key `wanted` names: an id (all digits) or a unique label.
fn find<'a>(keys: &'a [Value], wanted: &str) -> Result<&'a Value> {
    let by_id = all_digits(wanted)
        .then(|| keys.iter().find(|k| str_of(k, "id") == wanted))
        .flatten();
    if let Some(k) = by_id {
        return Ok(k);
    }
    let labelled: Vec<&Value> = keys
        .iter()
        .filter(|k| str_of(k, "label") == wanted)
        .collect();
    match labelled.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::not_found(format!("no API key {wanted:?}"))
            .with_hint("`bytemark api-keys list` shows your keys")),
        many => Err(Error::usage(format!(
            "{} API keys are labelled {wanted:?}: ids {}",
            many.len(),
            many.iter()
                .map(|k| str_of(k, "id"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .with_hint("name one by its id")),
    }
}

fn delete(ctx: &mut Context, wanted: &str) -> Result<()> {
    if wanted.trim().is_empty() {
        return Err(Error::usage("name the API key: its label or id"));
    }
    let keys = fetch_keys(ctx)?;
    let key = find(&keys, wanted)?.clone();
    let id = key
        .get("id")
        .and_then(Value::as_u64)
        .ok_or_else(|| Error::network("list API keys: a key has no numeric id"))?;
    ctx.confirm(&format!(
        "Delete API key {:?} (id {id})? Programs using it stop working at once.",
        str_of(&key, "label")
    ))?;
    ctx.send(&requests::api_key_delete(id))?;
    ctx.say(&format!(
        "deleted API key {} (id {id})",
        str_of(&key, "label")
    ));
    ctx.output.one(&key, &KEY_COLUMNS, &key_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_are_found_by_id_or_unique_label() {
        let keys = vec![
            json!({"id": 1, "label": "ci"}),
            json!({"id": 2, "label": "dup"}),
            json!({"id": 3, "label": "dup"}),
        ];
        assert_eq!(find(&keys, "ci").unwrap()["id"], 1);
        assert_eq!(find(&keys, "3").unwrap()["id"], 3);
        let e = find(&keys, "dup").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("2, 3"));
        assert_eq!(find(&keys, "9").unwrap_err().kind, ErrorKind::NotFound);
        assert!(check_label("123").is_err() && check_label(" ").is_err());
        assert!(check_label("ci-123").is_ok());
    }

    #[test]
    fn expiry_and_privileges_read_for_people() {
        assert_eq!(expires_text(&json!({})), "never");
        assert!(
            expires_text(&json!({"expires_at": "2001-01-01T00:00:00Z"})).ends_with("(expired)")
        );
        let v = json!({"privileges": [{"level": "vm_admin", "virtual_machine_name": "web1"},
                                      {"level": "cluster_admin"}]});
        assert_eq!(
            privileges_text(&v),
            "vm_admin on server web1, cluster_admin on cluster"
        );
    }
}
