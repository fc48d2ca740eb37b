//! Request builders for who may reach what (api reference §4.13–§4.15):
//! users and their SSH keys, privileges, and API keys.
//!
//! Privilege writes use the nested grant URL (`POST /users/{u}/privileges`)
//! and the flat `DELETE /privileges/{id}`, as the reference and Bytemark's
//! Go client do; listings use the nested URLs of their target.

use super::{VmRef, account_path, group_path};
use crate::{Method, Request, encode_segment};
use serde_json::{Map, Value, json};

fn user_path(user: &str) -> String {
    format!("/users/{}", encode_segment(user))
}

/// `GET /users/{user}` (id or username).
pub fn user_get(user: &str) -> Request {
    Request::get(user_path(user), format!("get user {user}"))
}

/// `GET /users`: the users you can see.
pub fn users_list() -> Request {
    Request::get("/users", "list users")
}

/// `PUT /users/{user} {"authorized_keys": "k1\nk2"}`: the whole list of
/// keys, one per line (keys left out are removed, §4.13).
pub fn user_set_keys(user: &str, authorized_keys: &str) -> Request {
    Request::new(
        Method::Put,
        user_path(user),
        format!("change the SSH keys of user {user}"),
    )
    .body(json!({ "authorized_keys": authorized_keys }))
}

/// `GET /accounts/{a}` (no overview: just the account, for its id).
pub fn account_get(account: &str) -> Request {
    Request::get(account_path(account), format!("get account {account}"))
}

/// `GET /accounts/{a}/groups/{g}` (no overview: just the group, for its id).
pub fn group_get_plain(account: &str, group: &str) -> Request {
    Request::get(
        group_path(account, group),
        format!("get group {group}.{account}"),
    )
}

/// `GET /privileges`: your own privileges.
pub fn privileges_mine() -> Request {
    Request::get("/privileges", "list your privileges")
}

/// `GET /privileges?user_name={u}` (`user_id` for an all-digit id): the
/// privileges of that user that you can see — your own, or ones you could
/// have granted.
pub fn privileges_of_user(user: &str) -> Request {
    let key = if !user.is_empty() && user.bytes().all(|b| b.is_ascii_digit()) {
        "user_id"
    } else {
        "user_name"
    };
    Request::get("/privileges", format!("list the privileges of user {user}")).query(key, user)
}

/// `GET /accounts/{a}/privileges`: privileges on the account below your level.
pub fn privileges_on_account(account: &str) -> Request {
    Request::get(
        format!("{}/privileges", account_path(account)),
        format!("list privileges on account {account}"),
    )
}

/// `GET /accounts/{a}/groups/{g}/privileges`.
pub fn privileges_on_group(account: &str, group: &str) -> Request {
    Request::get(
        format!("{}/privileges", group_path(account, group)),
        format!("list privileges on group {group}.{account}"),
    )
}

/// `GET .../virtual_machines/{vm}/privileges`.
pub fn privileges_on_vm(vm: &VmRef) -> Request {
    Request::get(
        format!("{}/privileges", vm.path()),
        format!("list privileges on server {vm}"),
    )
}

/// What a privilege is on: `(level kind, numeric id)` of its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivilegeTarget {
    /// `cluster_*` levels.
    Cluster,
    Account(u64),
    Group(u64),
    Vm(u64),
}

/// Everything one grant sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub level: String,
    pub target: PrivilegeTarget,
    pub yubikey_required: bool,
    /// The privilege belongs to this API key of the user, not to their login.
    pub api_key_id: Option<u64>,
}

/// `POST /users/{user}/privileges` (§4.14): the user in the URL, the level
/// and the target's id in the body. A login privilege requires the
/// password; an API key's does not.
pub fn privilege_grant(user: &str, grant: &Grant) -> Request {
    let mut body = Map::new();
    body.insert("level".into(), json!(grant.level));
    match grant.target {
        PrivilegeTarget::Cluster => {}
        PrivilegeTarget::Account(id) => {
            body.insert("account_id".into(), json!(id));
        }
        PrivilegeTarget::Group(id) => {
            body.insert("group_id".into(), json!(id));
        }
        PrivilegeTarget::Vm(id) => {
            body.insert("virtual_machine_id".into(), json!(id));
        }
    }
    if let Some(k) = grant.api_key_id {
        body.insert("api_key_id".into(), json!(k));
    }
    body.insert(
        "password_required".into(),
        json!(grant.api_key_id.is_none()),
    );
    body.insert("yubikey_required".into(), json!(grant.yubikey_required));
    let whom = match grant.api_key_id {
        Some(k) => format!("API key {k} of user {user}"),
        None => format!("user {user}"),
    };
    Request::new(
        Method::Post,
        format!("{}/privileges", user_path(user)),
        format!("grant {} to {whom}", grant.level),
    )
    .body(Value::Object(body))
}

/// `DELETE /privileges/{id}`.
pub fn privilege_revoke(id: u64) -> Request {
    Request::new(
        Method::Delete,
        format!("/privileges/{id}"),
        format!("revoke privilege {id}"),
    )
}

/// `GET /api_keys?view=overview`: your API keys with their privileges.
pub fn api_keys_list() -> Request {
    Request::get("/api_keys", "list API keys").query("view", "overview")
}

/// `POST /api_keys {"user_id", "label"[, "expires_at"]}` (§4.15). The
/// answer is the only time the key's secret (`api_key`) is shown.
pub fn api_key_create(user_id: u64, label: &str, expires_at: Option<&str>) -> Request {
    let mut body = Map::new();
    body.insert("user_id".into(), json!(user_id));
    body.insert("label".into(), json!(label));
    if let Some(e) = expires_at {
        body.insert("expires_at".into(), json!(e));
    }
    Request::new(Method::Post, "/api_keys", format!("create API key {label}"))
        .body(Value::Object(body))
}

/// `DELETE /api_keys/{id}`.
pub fn api_key_delete(id: u64) -> Request {
    Request::new(
        Method::Delete,
        format!("/api_keys/{id}"),
        format!("delete API key {id}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_and_keys() {
        assert_eq!(user_get("alice").path_and_query(), "/users/alice");
        assert_eq!(users_list().path, "/users");
        let r = user_set_keys("alice", "k1\nk2");
        assert_eq!((r.method, r.path.as_str()), (Method::Put, "/users/alice"));
        assert_eq!(r.body, Some(json!({"authorized_keys": "k1\nk2"})));
        assert_eq!(user_get("a b").path, "/users/a%20b");
    }

    #[test]
    fn privilege_listings() {
        assert_eq!(privileges_mine().path_and_query(), "/privileges");
        assert_eq!(
            privileges_of_user("bob").path_and_query(),
            "/privileges?user_name=bob"
        );
        assert_eq!(
            privileges_of_user("42").path_and_query(),
            "/privileges?user_id=42"
        );
        assert_eq!(
            privileges_on_account("acme").path,
            "/accounts/acme/privileges"
        );
        assert_eq!(
            privileges_on_group("acme", "web").path,
            "/accounts/acme/groups/web/privileges"
        );
        assert_eq!(
            privileges_on_vm(&VmRef::new("acme", "default", "web1")).path,
            "/accounts/acme/groups/default/virtual_machines/web1/privileges"
        );
        assert_eq!(account_get("acme").path_and_query(), "/accounts/acme");
        assert_eq!(
            group_get_plain("acme", "web").path_and_query(),
            "/accounts/acme/groups/web"
        );
    }

    #[test]
    fn grants_and_revokes() {
        let g = Grant {
            level: "vm_console".into(),
            target: PrivilegeTarget::Vm(1234),
            yubikey_required: true,
            api_key_id: None,
        };
        let r = privilege_grant("bob", &g);
        assert_eq!(
            (r.method, r.path.as_str()),
            (Method::Post, "/users/bob/privileges")
        );
        assert_eq!(
            r.body,
            Some(json!({"level": "vm_console", "virtual_machine_id": 1234,
                        "password_required": true, "yubikey_required": true}))
        );
        let k = Grant {
            level: "group_admin".into(),
            target: PrivilegeTarget::Group(7),
            yubikey_required: false,
            api_key_id: Some(9),
        };
        assert_eq!(
            privilege_grant("bob", &k).body,
            Some(
                json!({"level": "group_admin", "group_id": 7, "api_key_id": 9,
                        "password_required": false, "yubikey_required": false})
            )
        );
        let c = Grant {
            level: "cluster_admin".into(),
            target: PrivilegeTarget::Cluster,
            yubikey_required: false,
            api_key_id: None,
        };
        let body = privilege_grant("bob", &c).body.unwrap();
        assert!(body.get("account_id").is_none() && body.get("group_id").is_none());
        let a = Grant {
            target: PrivilegeTarget::Account(24),
            level: "account_admin".into(),
            ..c
        };
        assert_eq!(privilege_grant("bob", &a).body.unwrap()["account_id"], 24);
        let d = privilege_revoke(25);
        assert_eq!(
            (d.method, d.path.as_str()),
            (Method::Delete, "/privileges/25")
        );
    }

    #[test]
    fn api_keys() {
        assert_eq!(api_keys_list().path_and_query(), "/api_keys?view=overview");
        let r = api_key_create(4123, "ci", Some("2030-05-05T05:05:05Z"));
        assert_eq!((r.method, r.path.as_str()), (Method::Post, "/api_keys"));
        assert_eq!(
            r.body,
            Some(json!({"user_id": 4123, "label": "ci", "expires_at": "2030-05-05T05:05:05Z"}))
        );
        assert!(
            api_key_create(1, "x", None)
                .body
                .unwrap()
                .get("expires_at")
                .is_none()
        );
        let d = api_key_delete(12);
        assert_eq!(
            (d.method, d.path.as_str()),
            (Method::Delete, "/api_keys/12")
        );
    }
}
