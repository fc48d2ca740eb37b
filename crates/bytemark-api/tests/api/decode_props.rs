//! Property tests of response decoding (issue 6): whatever bytes or JSON a
//! service sends, the decoders return an error or a value — never a panic —
//! and what they say stays short and printable.

use crate::strategies::arb_json;
use bytemark_api::ApiErrorKind as ErrorKind;
use bytemark_api::Method;
use bytemark_api::error::{ApiError as Error, field_messages, printable_excerpt};
use bytemark_api::http::parse_json;
use bytemark_api::models::{
    self, Account, Definitions, Disc, Group, Kind, Nic, Shape, VirtualMachine, check_shape,
    check_shape_text, decode, expected_shape,
};
use proptest::prelude::*;
use serde_json::{Value, json};

const SHAPES: [Shape; 13] = [
    Shape::Any,
    Shape::Object(Kind::Account),
    Shape::Object(Kind::Group),
    Shape::Object(Kind::VirtualMachine),
    Shape::Object(Kind::Disc),
    Shape::Object(Kind::Nic),
    Shape::Object(Kind::Other),
    Shape::Array(Kind::Account),
    Shape::Array(Kind::Group),
    Shape::Array(Kind::VirtualMachine),
    Shape::Array(Kind::Disc),
    Shape::Array(Kind::Nic),
    Shape::Array(Kind::Other),
];

fn printable(s: &str) -> bool {
    s.chars().all(|c| c == '\n' || !c.is_control())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any status and any body: classified, never a panic; the message is
    /// printable and, outside 400s (whose field lines are the point), short.
    #[test]
    fn errors_from_any_status_and_body(status in 100u16..1000, body in prop::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&body);
        let e = Error::from_http(status, "get server web1", &text);
        prop_assert!(printable(&e.message), "{:?}", e.message);
        prop_assert!(e.message.starts_with("get server web1"));
        prop_assert_eq!(e.http_status, Some(status));
        let expected = match status {
            400 | 409 | 422 => ErrorKind::Rejected,
            401 => ErrorKind::Auth,
            403 => ErrorKind::Forbidden,
            404 | 410 => ErrorKind::NotFound,
            _ => ErrorKind::Network,
        };
        prop_assert_eq!(e.kind, expected);
        if e.kind != ErrorKind::Rejected {
            prop_assert!(e.message.chars().count() < 300, "{}", e.message);
        }
        // What a caller renders as the error's details is a JSON object or
        // nothing. (The CLI's own error JSON is the CLI's to test.)
        prop_assert!(e.details.as_ref().is_none_or(Value::is_object), "{:?}", e.details);
    }

    /// A 400 with arbitrary JSON: per-field lines, never a panic.
    #[test]
    fn rejections_from_any_json(v in arb_json()) {
        let e = Error::from_http(400, "create server web1", &v.to_string());
        prop_assert_eq!(e.kind, ErrorKind::Rejected);
        if let Value::Object(m) = &v {
            let _ = field_messages(m);
            prop_assert!(e.details.is_some());
        }
    }

    /// Arbitrary bytes as a 2xx body: JSON or a Network error with a short,
    /// printable excerpt.
    #[test]
    fn bodies_from_any_bytes(body in prop::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&body);
        match parse_json(&text, "list servers") {
            Ok(v) => {
                for shape in SHAPES {
                    let _ = check_shape(shape, &v, "list servers");
                }
            }
            Err(e) => {
                prop_assert_eq!(e.kind, ErrorKind::Network);
                prop_assert!(printable(&e.message), "{:?}", e.message);
                prop_assert!(e.message.chars().count() < 500, "{}", e.message);
            }
        }
        for shape in SHAPES {
            let _ = check_shape_text(shape, &text, "list servers");
        }
    }

    /// Arbitrary JSON through every model and every shape check. What the
    /// shape check accepts, the model decodes.
    #[test]
    fn models_from_any_json(v in arb_json()) {
        for shape in SHAPES {
            if let Err(e) = check_shape(shape, &v, "x") {
                prop_assert_eq!(e.kind, ErrorKind::Network);
                prop_assert!(e.message.contains("unexpected shape"));
            }
        }
        if check_shape(Shape::Object(Kind::VirtualMachine), &v, "x").is_ok() {
            prop_assert!(decode::<VirtualMachine>(v.clone(), "x").is_ok());
        }
        if check_shape(Shape::Array(Kind::Account), &v, "x").is_ok() {
            prop_assert!(decode::<Vec<Account>>(v.clone(), "x").is_ok());
        }
        let _ = decode::<Account>(v.clone(), "x");
        let _ = decode::<Group>(v.clone(), "x");
        let _ = decode::<Disc>(v.clone(), "x");
        let _ = decode::<Nic>(v.clone(), "x");
        let _ = Definitions::from_value(&v, "x");
        let text = v.to_string();
        for shape in SHAPES {
            let _ = check_shape_text(shape, &text, "x");
        }
    }

    /// Any path: a shape, never a panic; collections are arrays.
    #[test]
    fn shapes_for_any_path(path in "(/[a-z_0-9.%-]{0,12}){0,8}") {
        for m in [Method::Get, Method::Put, Method::Post, Method::Delete] {
            let shape = expected_shape(m, &path);
            if m != Method::Get {
                prop_assert_eq!(shape, Shape::Any);
            }
        }
    }

    /// Excerpts are at most 200 characters and a marker, with no control
    /// characters, whatever the input.
    #[test]
    fn excerpts_are_short_and_printable(s in any::<String>()) {
        let e = printable_excerpt(&s);
        prop_assert!(e.chars().count() <= 201);
        prop_assert!(!e.contains('\n'));
        prop_assert!(printable(&e));
    }
}

#[test]
fn a_known_good_server_passes_the_checks() {
    // A known-good body passes every check the properties exercise, so the
    // properties above are not vacuous.
    let vm = json!({"id": 1, "name": "web1", "hostname": "web1.default.demo.uk0.bigv.io",
        "discs": [{"label": "disc-1", "size": 25600}], "network_interfaces": [{"ips": ["10.0.0.1"]}]});
    assert!(check_shape(Shape::Object(Kind::VirtualMachine), &vm, "x").is_ok());
    assert!(check_shape(Shape::Array(Kind::VirtualMachine), &vm, "x").is_err());
    assert!(models::decode::<VirtualMachine>(vm, "x").is_ok());
}
