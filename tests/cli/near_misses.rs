//! Near misses (team issue 15, item 5): a name the service does not know
//! gets close matches — the same name in another group, else a typo away —
//! from one account overview sent only after the 404; a create's image,
//! zone, grade and hardware profile are checked against `GET /definitions`
//! (no session needed) before anything else is sent, with a suggestion and
//! exit 2; power changes to a deleted server say `restore`, and `restore`
//! of a live one says it was not deleted.

use crate::support::{TestEnv, json, methods, run, warm};

const OVERVIEW: &str = "GET /accounts/demo";
const WEBB1: &str = "GET /accounts/demo/groups/default/virtual_machines/webb1";

#[test]
fn a_mistyped_server_name_suggests_the_close_one() {
    let env = warm();
    let (code, out, err) = run(&env, &["servers", "show", "webb1"]);
    assert_eq!(code, 4, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("did you mean web1.default.demo?"), "{err}");
    // One GET, then (only after its 404) the account overview.
    assert_eq!(methods(&env), [WEBB1, OVERVIEW]);

    // The same in JSON errors: the suggestion is the hint.
    let (code, _, err) = run(&env, &["-o", "json", "servers", "show", "webb1"]);
    assert_eq!(code, 4);
    let e = json(&err);
    assert_eq!(e["error"]["code"], "not_found", "{e}");
    assert_eq!(e["error"]["hint"], "did you mean web1.default.demo?", "{e}");
}

#[test]
fn a_server_in_another_group_is_named_with_its_group() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "show", "app1"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("did you mean app1.staging.demo?"), "{err}");
    let (code, _, err) = run(&env, &["servers", "show", "web1.nosuch"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("did you mean web1.default.demo?"), "{err}");
    // Commands that fetch the server first get it too.
    let (code, _, err) = run(&env, &["--yes", "servers", "delete", "dbb1"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("did you mean db1.default.demo?"), "{err}");
}

#[test]
fn no_close_match_no_suggestion_and_found_servers_cost_one_request() {
    let env = warm();
    let (code, _, err) = run(&env, &["servers", "show", "mailserver"]);
    assert_eq!(code, 4, "{err}");
    assert!(!err.contains("did you mean"), "{err}");
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "show", "web1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(methods(&env).len(), 1, "{:?}", methods(&env));
}

/// Runs a create that must be refused by the definitions check: exit 2,
/// the message and hint, and nothing sent but `GET /definitions` — no
/// login either (the env is not logged in).
fn refused_create(args: &[&str]) -> String {
    let env = TestEnv::new();
    let mut all = vec!["servers", "create", "web9"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&env, &all);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(out.is_empty());
    assert_eq!(methods(&env), ["GET /definitions"], "{args:?}");
    err
}

#[test]
fn create_checks_what_the_service_offers_before_sending() {
    let err = refused_create(&["--image", "jessy"]);
    assert!(
        err.contains("--image: the service offers no image \"jessy\""),
        "{err}"
    );
    assert!(err.contains("did you mean jessie?"), "{err}");
    let err = refused_create(&["--zone", "yrok"]);
    assert!(err.contains("did you mean york?"), "{err}");
    let err = refused_create(&["--hwprofile", "virtio2031"]);
    assert!(err.contains("did you mean virtio2013?"), "{err}");
    let err = refused_create(&["--disc", "25G", "--disc", "data:sdd:50G"]);
    assert!(
        err.contains("--disc: the service offers no storage grade \"sdd\""),
        "{err}"
    );
    assert!(err.contains("did you mean ssd?"), "{err}");
    // Nothing close: the list.
    let err = refused_create(&["--zone", "london"]);
    assert!(err.contains("it offers: manchester, york"), "{err}");
}

#[test]
fn offered_values_cost_one_definitions_request_and_defaults_none() {
    let env = warm();
    let (code, _, err) = run(
        &env,
        &[
            "servers", "create", "web9", "--image", "jessie", "--zone", "york", "--disc", "ssd:30G",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        methods(&env),
        [
            "GET /definitions",
            "POST /accounts/demo/groups/default/vm_create"
        ]
    );
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "create", "web8", "--cores", "2"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        methods(&env),
        ["POST /accounts/demo/groups/default/vm_create"]
    );
    // A dry run sends nothing at all, so it checks nothing.
    env.clear_requests();
    let (code, _, err) = run(
        &env,
        &["servers", "create", "web7", "--image", "jessy", "--dry-run"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(env.requests().is_empty());
}

#[test]
fn power_changes_to_a_deleted_server_say_restore() {
    let env = warm();
    let (code, _, err) = run(&env, &["--yes", "servers", "delete", "web1"]);
    assert_eq!(code, 0, "{err}");
    for action in ["start", "restart"] {
        let (code, _, err) = run(&env, &["servers", action, "web1"]);
        assert_eq!(code, 6, "{action}: {err}");
        assert!(
            err.contains("restore it first with `bytemark servers restore web1.default.demo`"),
            "{action}: {err}"
        );
    }
}

#[test]
fn restore_of_a_live_server_says_it_was_not_deleted() {
    let env = warm();
    let (code, out, err) = run(&env, &["-o", "json", "servers", "restore", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("db1.default.demo was not deleted: nothing to restore"),
        "{err}"
    );
    assert!(!err.contains("restored"), "{err}");
    assert_eq!(json(&out)["deleted"], false);
    // One read, no change.
    assert_eq!(
        methods(&env),
        ["GET /accounts/demo/groups/default/virtual_machines/db1"]
    );
    // A deleted one is restored: the read, then the change.
    let (code, _, err) = run(&env, &["--yes", "servers", "delete", "db1"]);
    assert_eq!(code, 0, "{err}");
    env.clear_requests();
    let (code, _, err) = run(&env, &["servers", "restore", "db1"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("restored db1.default.demo"), "{err}");
    assert_eq!(
        methods(&env),
        [
            "GET /accounts/demo/groups/default/virtual_machines/db1",
            "PUT /accounts/demo/groups/default/virtual_machines/db1"
        ]
    );
}
