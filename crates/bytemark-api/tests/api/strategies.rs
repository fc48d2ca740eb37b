//! Proptest strategies shared by the API crate's property tests.

use proptest::prelude::*;
use serde_json::{Value, json};

/// Arbitrary JSON, biased towards the members the models know.
pub fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "id",
                    "name",
                    "label",
                    "cores",
                    "memory",
                    "discs",
                    "size",
                    "storage_grade",
                    "groups",
                    "virtual_machines",
                    "network_interfaces",
                    "hostname",
                    "ips",
                    "extra_ips",
                    "power_on",
                    "deleted",
                    "data",
                    "account_id",
                    "virtual_machine_id",
                    "zone_name",
                    "x",
                ])
                .prop_map(str::to_string),
                inner,
                0..8,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
