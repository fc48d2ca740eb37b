//! Serde models of the API's resources (api reference §4).
//!
//! The models are for the client's own logic (is it powered on, how big is
//! this disc, what is its fully qualified name); output renders the API's
//! JSON values directly so `-o json` stays lossless. Still, every model keeps
//! unknown members in `extra` so re-serialising one loses nothing.
//!
//! Tolerance: every field has a default and `null` reads as the default, so
//! missing or null members never fail. A member of the wrong type (say
//! `"cores": "two"`) is a decode error, reported by [`decode`] as a
//! `Network`-kind error (exit 7, "the API's response has an unexpected
//! shape") — never a panic.

use crate::error::{ApiError, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// Decodes a response body into `T`; a body of the wrong shape is a server
/// fault (exit 7), never a panic.
pub fn decode<T: DeserializeOwned>(value: Value, context: &str) -> Result<T> {
    serde_json::from_value(value).map_err(|e| {
        ApiError::network(format!(
            "{context}: the API's response has an unexpected shape: {e}"
        ))
    })
}

/// What a brain path returns, judged from its last segments: a collection
/// (`…/discs`) is an array, a member (`…/discs/disc-1`) an object, and for
/// the resource kinds with a model, the model says which member types are
/// acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Not judged (actions such as `vm_create`, `signal`, `reimage`).
    Any,
    Object(Kind),
    Array(Kind),
}

/// Resource kinds of [`Shape`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Account,
    Group,
    VirtualMachine,
    Disc,
    Nic,
    /// Another resource: only the object/array distinction is checked.
    Other,
}

fn collection_kind(segment: &str) -> Option<Kind> {
    Some(match segment {
        "accounts" => Kind::Account,
        "groups" => Kind::Group,
        "virtual_machines" => Kind::VirtualMachine,
        // A backup is a disc object plus `parent_disc_id` and `manual`.
        "discs" | "backups" => Kind::Disc,
        "nics" | "network_interfaces" => Kind::Nic,
        "users" | "privileges" | "api_keys" | "ips" | "definitions" => Kind::Other,
        _ => return None,
    })
}

/// The shape a GET of `path` (no query string) answers with. Other methods
/// are not judged: a PUT or POST may answer with an empty body.
pub fn expected_shape(method: crate::Method, path: &str) -> Shape {
    if method != crate::Method::Get {
        return Shape::Any;
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        [.., last] if collection_kind(last).is_some() => {
            Shape::Array(collection_kind(last).unwrap_or(Kind::Other))
        }
        [.., parent, _] if collection_kind(parent).is_some() => {
            Shape::Object(collection_kind(parent).unwrap_or(Kind::Other))
        }
        _ => Shape::Any,
    }
}

fn wrong_shape(context: &str, why: impl std::fmt::Display) -> ApiError {
    ApiError::network(format!(
        "{context}: the API's response has an unexpected shape: {why}"
    ))
    .with_hint("the service sent something this tool does not understand; try again, and report it if it persists")
}

/// Checks a decoded 2xx body against [`expected_shape`]: an empty body where
/// a resource is expected, an array for an object (or the reverse), or a
/// member of the wrong type (`"name": 5`, `"discs": {}`) is a server fault
/// (exit 7). Missing and `null` members are fine (see [`decode`]).
pub fn check_shape(shape: Shape, value: &Value, context: &str) -> Result<()> {
    fn check<'a, T: Deserialize<'a>>(v: &'a Value, context: &str) -> Result<()> {
        T::deserialize(v)
            .map(|_| ())
            .map_err(|e| wrong_shape(context, e))
    }
    match shape {
        Shape::Any => Ok(()),
        _ if value.is_null() => Err(wrong_shape(context, "the response is empty")),
        Shape::Object(kind) => {
            if !value.is_object() {
                return Err(wrong_shape(context, "expected an object"));
            }
            match kind {
                Kind::Account => check::<Account>(value, context),
                Kind::Group => check::<Group>(value, context),
                Kind::VirtualMachine => check::<VirtualMachine>(value, context),
                Kind::Disc => check::<Disc>(value, context),
                Kind::Nic => check::<Nic>(value, context),
                Kind::Other => Ok(()),
            }
        }
        Shape::Array(kind) => {
            if !value.is_array() {
                return Err(wrong_shape(context, "expected an array"));
            }
            match kind {
                Kind::Account => check::<Vec<Account>>(value, context),
                Kind::Group => check::<Vec<Group>>(value, context),
                Kind::VirtualMachine => check::<Vec<VirtualMachine>>(value, context),
                Kind::Disc => check::<Vec<Disc>>(value, context),
                Kind::Nic => check::<Vec<Nic>>(value, context),
                Kind::Other => match value
                    .as_array()
                    .and_then(|a| a.iter().position(|v| !v.is_object()))
                {
                    Some(i) => Err(wrong_shape(
                        context,
                        format!("item {} is not an object", i + 1),
                    )),
                    None => Ok(()),
                },
            }
        }
    }
}

/// Most objects and arrays one answer may hold. An account overview of
/// 10,000 servers has about 100,000; 48 MiB of real resources (the body
/// cap) stays far below. Without a bound, 47 MiB of `[{},{},…]` would
/// decode into gigabytes.
pub const MAX_CONTAINERS: usize = 2_000_000;

/// The cheap form of [`check_shape`] for bodies decoded without a JSON tree:
/// not empty, an object or an array as expected (by the first character),
/// and no more than [`MAX_CONTAINERS`] objects and arrays.
pub fn check_shape_text(shape: Shape, text: &str, context: &str) -> Result<()> {
    if count_containers(text) > MAX_CONTAINERS {
        return Err(wrong_shape(
            context,
            format!("it holds more than {MAX_CONTAINERS} objects and arrays"),
        ));
    }
    let first = text.trim_start().chars().next();
    match (shape, first) {
        (Shape::Any, _) => Ok(()),
        (_, None) => Err(wrong_shape(context, "the response is empty")),
        (Shape::Object(_), Some('{')) | (Shape::Array(_), Some('[')) => Ok(()),
        (Shape::Object(_), _) => Err(wrong_shape(context, "expected an object")),
        (Shape::Array(_), _) => Err(wrong_shape(context, "expected an array")),
    }
}

/// How many `{` and `[` of `text` open an object or an array (not inside a
/// string), stopping early once past [`MAX_CONTAINERS`]. No allocation.
fn count_containers(text: &str) -> usize {
    // Counting every bracket is an upper bound, and fast (it vectorises);
    // only a body over the limit that way is read again, minding strings.
    let rough = text
        .as_bytes()
        .iter()
        .filter(|&&b| b == b'{' || b == b'[')
        .count();
    if rough <= MAX_CONTAINERS {
        return rough;
    }
    let mut count = 0;
    let mut in_string = false;
    let mut escaped = false;
    for &b in text.as_bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    count += 1;
                    if count > MAX_CONTAINERS {
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    count
}

/// Reads `null` as the type's default.
fn nullable<'de, D, T>(d: D) -> std::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A cloud server (`application/vnd.bigv.virtual-machine`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VirtualMachine {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub name: String,
    #[serde(deserialize_with = "nullable")]
    pub group_id: u64,
    #[serde(deserialize_with = "nullable")]
    pub hostname: String,
    pub zone_name: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub cores: u64,
    /// MiB.
    #[serde(deserialize_with = "nullable")]
    pub memory: u64,
    #[serde(deserialize_with = "nullable")]
    pub power_on: bool,
    #[serde(deserialize_with = "nullable")]
    pub autoreboot_on: bool,
    pub cdrom_url: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub deleted: bool,
    pub head: Option<String>,
    pub hardware_profile: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub hardware_profile_locked: bool,
    #[serde(deserialize_with = "nullable")]
    pub discs: Vec<Disc>,
    #[serde(deserialize_with = "nullable")]
    pub network_interfaces: Vec<Nic>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `web1.default.acme.uk0.bigv.io` → `web1.default.acme`.
pub fn qualified_from_hostname(hostname: &str) -> Option<String> {
    let labels: Vec<&str> = hostname.split('.').collect();
    if labels.len() >= 3 && labels[..3].iter().all(|l| !l.is_empty()) {
        Some(labels[..3].join("."))
    } else {
        None
    }
}

/// A disc (`application/vnd.bigv.disc`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Disc {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub label: String,
    /// MiB.
    #[serde(deserialize_with = "nullable")]
    pub size: u64,
    #[serde(deserialize_with = "nullable")]
    pub storage_grade: String,
    pub storage_pool: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub virtual_machine_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A network interface (`application/vnd.bigv.network-interface`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Nic {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    pub label: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub mac: String,
    #[serde(deserialize_with = "nullable")]
    pub vlan_num: u64,
    #[serde(deserialize_with = "nullable")]
    pub ips: Vec<String>,
    #[serde(deserialize_with = "nullable")]
    pub extra_ips: Map<String, Value>,
    #[serde(deserialize_with = "nullable")]
    pub virtual_machine_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A group of servers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Group {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub account_id: u64,
    #[serde(deserialize_with = "nullable")]
    pub name: String,
    /// Only in overview responses.
    #[serde(deserialize_with = "nullable")]
    pub virtual_machines: Vec<VirtualMachine>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Account {
    #[serde(deserialize_with = "nullable")]
    pub id: u64,
    #[serde(deserialize_with = "nullable")]
    pub name: String,
    #[serde(deserialize_with = "nullable")]
    pub suspended: bool,
    /// Only in overview responses.
    #[serde(deserialize_with = "nullable")]
    pub groups: Vec<Group>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `GET /definitions`, gathered from its `[{"id", "data"}]` array. Unknown
/// ids are ignored; entries of an unexpected shape are skipped rather than
/// failing the whole answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Definitions {
    pub distributions: Vec<String>,
    pub distribution_descriptions: Map<String, Value>,
    pub storage_grades: Vec<String>,
    pub storage_grade_descriptions: Map<String, Value>,
    pub hardware_profiles: Vec<String>,
    pub zone_names: Vec<String>,
    pub keymaps: Vec<String>,
    pub sendkeys: Vec<String>,
}

impl Definitions {
    pub fn from_value(value: &Value, context: &str) -> Result<Definitions> {
        let Value::Array(entries) = value else {
            return Err(ApiError::network(format!(
                "{context}: the API's response has an unexpected shape: expected an array of definitions"
            )));
        };
        let bad = |why: String| {
            ApiError::network(format!(
                "{context}: the API's response has an unexpected shape: {why}"
            ))
        };
        let strings = |id: &str, v: &Value| -> Result<Vec<String>> {
            let names: Option<Vec<String>> = v
                .as_array()
                .and_then(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect());
            let mut names = names.ok_or_else(|| bad(format!("{id} is not a list of names")))?;
            names.sort();
            Ok(names)
        };
        let object = |id: &str, v: &Value| -> Result<Map<String, Value>> {
            v.as_object()
                .cloned()
                .ok_or_else(|| bad(format!("{id} is not an object")))
        };
        let mut d = Definitions::default();
        for (i, entry) in entries.iter().enumerate() {
            let Some(id) = entry.get("id").and_then(Value::as_str) else {
                return Err(bad(format!(
                    "definition {} is not an object with an \"id\"",
                    i + 1
                )));
            };
            let data = entry.get("data").unwrap_or(&Value::Null);
            match id {
                "distributions" => d.distributions = strings(id, data)?,
                "distribution_descriptions" => d.distribution_descriptions = object(id, data)?,
                "storage_grades" => d.storage_grades = strings(id, data)?,
                "storage_grade_descriptions" => d.storage_grade_descriptions = object(id, data)?,
                "hardware_profiles" => d.hardware_profiles = strings(id, data)?,
                "zone_names" => d.zone_names = strings(id, data)?,
                "keymaps" => d.keymaps = strings(id, data)?,
                "sendkeys" => d.sendkeys = strings(id, data)?,
                // Definitions this client does not know are no error.
                _ => {}
            }
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ApiErrorKind;
    use serde_json::json;

    fn example_vm() -> Value {
        json!({
          "type": "application/vnd.bigv.virtual-machine",
          "id": 1234, "name": "web1", "group_id": 123,
          "hostname": "web1.default.acme.uk0.bigv.io",
          "management_address": "91.223.58.21", "zone_name": "york",
          "cores": 1, "memory": 1024, "power_on": true, "autoreboot_on": true,
          "cdrom_url": null, "keymap": null, "deleted": false, "head": "head212",
          "hardware_profile": "virtio2013", "hardware_profile_locked": false,
          "last_imaged_with": "symbiosis",
          "discs": [{"type": "application/vnd.bigv.disc", "id": 4321, "label": "disc-1", "size": 25600,
             "storage_grade": "sata", "storage_pool": "tail1-sata1", "virtual_machine_id": 1234,
             "backup_count": 0, "backups_enabled": true, "backup_schedules": []}],
          "network_interfaces": [{"type": "application/vnd.bigv.network-interface", "id": 5678, "label": null,
             "mac": "fe:ff:00:00:12:34", "vlan_num": 1,
             "ips": ["213.123.123.123", "2001:41c8:51:7e6::1"], "extra_ips": {}, "virtual_machine_id": 1234}]
        })
    }

    #[test]
    fn the_reference_vm_decodes_losslessly() {
        let v = example_vm();
        let vm: VirtualMachine = decode(v.clone(), "x").unwrap();
        assert_eq!(vm.discs[0].size, 25600);
        assert_eq!(vm.network_interfaces[0].ips[0], "213.123.123.123");
        assert_eq!(vm.extra["last_imaged_with"], "symbiosis");
        assert_eq!(serde_json::to_value(&vm).unwrap(), v);
    }

    #[test]
    fn missing_and_null_fields_are_defaults() {
        let vm: VirtualMachine =
            decode(json!({"name": "x", "cores": null, "discs": null}), "x").unwrap();
        assert_eq!((vm.cores, vm.discs.len(), vm.power_on), (0, 0, false));
        let a: Account = decode(json!({}), "x").unwrap();
        assert!(a.groups.is_empty());
    }

    #[test]
    fn wrong_types_are_network_errors() {
        let e = decode::<VirtualMachine>(json!({"cores": "two"}), "show server web1").unwrap_err();
        assert_eq!(e.kind, ApiErrorKind::Network);
        assert!(e.message.contains("show server web1"));
        assert!(decode::<Vec<Account>>(json!({"not": "an array"}), "x").is_err());
    }

    #[test]
    fn shapes_follow_the_path() {
        use crate::Method::*;
        assert_eq!(
            expected_shape(Get, "/accounts"),
            Shape::Array(Kind::Account)
        );
        assert_eq!(
            expected_shape(Get, "/accounts/demo"),
            Shape::Object(Kind::Account)
        );
        assert_eq!(
            expected_shape(Get, "/accounts/demo/groups/default/virtual_machines/web1"),
            Shape::Object(Kind::VirtualMachine)
        );
        assert_eq!(
            expected_shape(
                Get,
                "/accounts/demo/groups/default/virtual_machines/web1/discs"
            ),
            Shape::Array(Kind::Disc)
        );
        assert_eq!(
            expected_shape(Get, "/accounts/a/groups/g/virtual_machines/w/discs/disc-1"),
            Shape::Object(Kind::Disc)
        );
        assert_eq!(
            expected_shape(Put, "/accounts/a/groups/g/virtual_machines/w/discs/disc-1"),
            Shape::Any
        );
        assert_eq!(
            expected_shape(Get, "/definitions"),
            Shape::Array(Kind::Other)
        );
        assert_eq!(
            expected_shape(
                Get,
                "/accounts/a/groups/g/virtual_machines/w/discs/d/backups"
            ),
            Shape::Array(Kind::Disc)
        );
        assert_eq!(
            expected_shape(
                Get,
                "/accounts/a/groups/g/virtual_machines/w/discs/d/backups/b"
            ),
            Shape::Object(Kind::Disc)
        );
        assert_eq!(
            expected_shape(Get, "/ips/192.0.2.1"),
            Shape::Object(Kind::Other)
        );
        assert_eq!(
            expected_shape(Post, "/accounts/a/groups/g/vm_create"),
            Shape::Any
        );
        assert_eq!(
            expected_shape(Post, "/accounts/a/groups/g/virtual_machines/w/discs"),
            Shape::Any
        );
        assert_eq!(
            expected_shape(Put, "/accounts/a/groups/g/virtual_machines/w/signal"),
            Shape::Any
        );
        let vm = Shape::Object(Kind::VirtualMachine);
        assert!(check_shape(vm, &example_vm(), "x").is_ok());
        assert!(check_shape(vm, &json!({}), "x").is_ok());
        for bad in [
            json!(null),
            json!([1, 2]),
            json!("web1"),
            json!({"name": 5}),
            json!({"discs": {"a": 1}}),
            json!({"discs": [{"size": "big"}]}),
        ] {
            let e = check_shape(vm, &bad, "show server web1").unwrap_err();
            assert_eq!(e.kind, ApiErrorKind::Network, "{bad}");
            assert!(e.message.contains("unexpected shape"), "{}", e.message);
        }
        let accounts = Shape::Array(Kind::Account);
        assert!(check_shape(accounts, &json!({"name": 5}), "x").is_err());
        assert!(check_shape(accounts, &json!([{"name": "demo", "groups": null}]), "x").is_ok());
        assert!(check_shape_text(vm, " {\"a\": 1}", "x").is_ok());
        assert!(check_shape_text(vm, "[]", "x").is_err());
        assert!(check_shape_text(vm, "  ", "x").is_err());
        assert!(check_shape_text(Shape::Any, "", "x").is_ok());
    }

    #[test]
    fn container_count_is_bounded_and_ignores_strings() {
        // Brackets inside strings are not containers.
        let quoted = format!(
            r#"{{"a": "{}", "b": "\\\"[", "c": [{{}}]}}"#,
            "[".repeat(MAX_CONTAINERS)
        );
        assert_eq!(count_containers(&quoted), 3);
        assert!(check_shape_text(Shape::Object(Kind::Other), &quoted, "x").is_ok());
        let flood = format!("[{}{{}}]", "{},".repeat(MAX_CONTAINERS));
        let e = check_shape_text(Shape::Array(Kind::Other), &flood, "list things").unwrap_err();
        assert_eq!(e.kind, ApiErrorKind::Network);
        assert!(e.message.contains("more than"), "{}", e.message);
        assert!(check_shape_text(Shape::Any, &flood, "x").is_err());
    }

    #[test]
    fn every_list_element_is_checked() {
        let shape = Shape::Array(Kind::Other);
        assert!(check_shape(shape, &json!([{}, {"a": 1}]), "x").is_ok());
        let e = check_shape(shape, &json!([{}, "oops"]), "x").unwrap_err();
        assert!(e.message.contains("item 2"), "{}", e.message);
    }

    #[test]
    fn definitions_ignore_unknown_entries_and_refuse_malformed_ones() {
        let d = Definitions::from_value(
            &json!([
                {"id": "distributions", "data": ["symbiosis", "jessie"]},
                {"id": "zone_names", "data": ["york", "manchester"]},
                {"id": "new_thing", "data": 1},
            ]),
            "x",
        )
        .unwrap();
        assert_eq!(d.distributions, vec!["jessie", "symbiosis"]);
        assert_eq!(d.zone_names, vec!["manchester", "york"]);
        assert!(Definitions::from_value(&json!({}), "x").is_err());
        for malformed in [
            json!(["garbage"]),
            json!([{"data": []}]),
            json!([{"id": "storage_grades", "data": "oops"}]),
            json!([{"id": "distributions", "data": ["symbiosis", 3]}]),
            json!([{"id": "storage_grade_descriptions", "data": []}]),
        ] {
            let e = Definitions::from_value(&malformed, "x").unwrap_err();
            assert_eq!(e.kind, ApiErrorKind::Network, "{malformed}");
        }
    }
}

// Users, privileges and API keys (§4.13–§4.15).
mod access;
pub use access::*;
