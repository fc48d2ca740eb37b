//! Models of users, privileges and API keys (api reference §4.13–§4.15),
//! with the same tolerance as the other models: missing or `null` members
//! read as defaults, unknown members are kept in `extra`.

use super::nullable;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A user (`GET /users/{user}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct User {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub username: String,
    #[serde(deserialize_with = "nullable")]
    pub email: String,
    /// One string, keys separated by newlines (blank lines are no keys).
    #[serde(deserialize_with = "nullable")]
    pub authorized_keys: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl User {
    /// The SSH keys, one per non-blank line, trimmed.
    pub fn keys(&self) -> Vec<&str> {
        self.authorized_keys
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// A privilege: a level a user (or one of their API keys) holds on an
/// account, a group, a server, or the cluster.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Privilege {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub username: String,
    #[serde(deserialize_with = "nullable")]
    pub level: String,
    pub account_id: Option<u64>,
    pub account_name: Option<String>,
    pub group_id: Option<u64>,
    pub group_name: Option<String>,
    pub virtual_machine_id: Option<u64>,
    pub virtual_machine_name: Option<String>,
    /// Set: the privilege belongs to that API key, not to the user's login.
    pub api_key_id: Option<u64>,
    #[serde(deserialize_with = "nullable")]
    pub yubikey_required: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An API key. `api_key` (the secret) is only in the answer to its create.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiKey {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub user_id: u64,
    pub username: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub label: String,
    pub expires_at: Option<String>,
    /// With `view=overview` only.
    #[serde(deserialize_with = "nullable")]
    pub privileges: Vec<Privilege>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reference_examples_decode() {
        let u: User = serde_json::from_value(json!({"id": 1, "username": "alice",
            "email": "alice@example.com",
            "authorized_keys": "ssh-rsa AAAAB3Nza... alice@laptop\n\nssh-ed25519 AAAAC3Nza... alice@desktop\n"}))
        .unwrap();
        assert_eq!(u.keys().len(), 2);
        let p: Privilege = serde_json::from_value(json!({"id": 5273, "username": "bob",
            "level": "account_admin", "account_id": 24, "account_name": "acme",
            "password_required": true, "yubikey_required": false, "yubikey_otp_max_age": 900,
            "ip_restrictions": null, "api_key_id": null, "creating_username": "alice"}))
        .unwrap();
        assert_eq!((p.account_id, p.api_key_id), (Some(24), None));
        assert_eq!(p.extra["creating_username"], "alice");
        let k: ApiKey = serde_json::from_value(json!({"id": 12435, "user_id": 4123,
            "label": "arctic", "api_key": "this-key-be-fake",
            "expires_at": "2018-05-05T05:05:05Z"}))
        .unwrap();
        assert_eq!(k.extra["api_key"], "this-key-be-fake");
        assert!(k.privileges.is_empty());
        let nulls: User =
            serde_json::from_value(json!({"authorized_keys": null, "id": null})).unwrap();
        assert!(nulls.keys().is_empty());
        assert!(serde_json::from_value::<User>(json!({"authorized_keys": 5})).is_err());
    }
}
