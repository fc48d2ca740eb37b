//! Auth service of the sandbox (reference §3): sessions, factors, expiry,
//! impersonation, API keys, 401 on the brain.

use crate::support::*;

use bytemark_sandbox::SandboxOptions;
use std::time::Duration;

#[test]
fn login_returns_text_token_and_session_reads_back() {
    let sb = start();
    let r = post_session(
        sb.base_url(),
        r#"{"username":"demo","password":"demo","validity":"1800"}"#,
    );
    assert_eq!(r.status, 200);
    assert!(
        r.content_type.starts_with("text/plain"),
        "{}",
        r.content_type
    );
    assert_eq!(r.text.len(), 32);
    assert!(r.text.chars().all(|c| c.is_ascii_hexdigit()));
    let c = Client::new(sb.base_url());
    let s = c.get_json(&format!("/session/{}", r.text));
    assert_eq!(s["username"], "demo");
    assert_eq!(s["factors"], serde_json::json!(["password"]));
    assert_eq!(s["group_memberships"], serde_json::json!([]));
    // two logins give different tokens
    assert_ne!(r.text, login_token(sb.base_url(), "demo", "demo"));
}

#[test]
fn login_failures_use_the_reference_bodies() {
    let sb = start();
    let b = sb.base_url();
    let cases = [
        (
            r#"{"username":"demo","password":"nope"}"#,
            403,
            "Bad login credentials",
        ),
        (
            r#"{"username":"nobody","password":"demo"}"#,
            403,
            "Bad login credentials",
        ),
        (r#"{"username":"demo"}"#, 400, "Badly-formed parameters"),
        (
            r#"{"username":5,"password":"demo"}"#,
            400,
            "Badly-formed parameters",
        ),
        (r#"not json"#, 400, "Badly-formed parameters"),
        (
            r#"{"username":"demo","password":"demo","validity":"soon"}"#,
            400,
            "Badly-formed parameters",
        ),
        (
            r#"{"username":"twofa","password":"twofa"}"#,
            403,
            "Missing 2FA",
        ),
        (
            r#"{"username":"twofa","password":"twofa","2fa":"000000"}"#,
            403,
            "Invalid token",
        ),
        (
            r#"{"username":"yubi","password":"yubi","yubikey":"short"}"#,
            403,
            "Invalid token",
        ),
    ];
    for (body, status, text) in cases {
        let r = post_session(b, body);
        assert_eq!((r.status, r.text.as_str()), (status, text), "{body}");
        assert!(r.content_type.starts_with("text/plain"));
    }
    // numbers are tolerated for validity
    assert_eq!(
        post_session(b, r#"{"username":"demo","password":"demo","validity":60}"#).status,
        200
    );
}

#[test]
fn form_encoded_login_and_wrong_content_type() {
    let sb = start();
    let agent = agent();
    let r = agent
        .post(&format!("{}/session", sb.base_url()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("username=demo&password=demo&validity=60")
        .unwrap();
    assert_eq!(r.status, 200);
    let token = r.text;
    assert_eq!(token.len(), 32);
    let r = agent
        .post(&format!("{}/session", sb.base_url()))
        .header("Content-Type", "text/xml")
        .send("<x/>")
        .unwrap();
    assert_eq!(r.status, 400);
}

#[test]
fn two_factor_and_yubikey_add_factors() {
    let sb = start();
    let b = sb.base_url();
    let r = post_session(
        b,
        r#"{"username":"twofa","password":"twofa","2fa":"123456"}"#,
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let s = Client::new(b).get_json(&format!("/session/{}", r.text));
    assert_eq!(s["factors"], serde_json::json!(["password", "2fa"]));

    let otp = "cccccbdefghijklnrtuvcbdefghijklnrtuvcbdefghi";
    assert_eq!(otp.len(), 44);
    let r = post_session(
        b,
        &format!(r#"{{"username":"yubi","password":"yubi","yubikey":"{otp}"}}"#),
    );
    assert_eq!(r.status, 200, "{}", r.text);
    let s = Client::new(b).get_json(&format!("/session/{}", r.text));
    assert_eq!(s["factors"], serde_json::json!(["password", "yubikey"]));
    // missing OTP is refused; a non-modhex OTP of the right length too
    assert_eq!(
        post_session(b, r#"{"username":"yubi","password":"yubi"}"#).status,
        403
    );
    let bad = "a".repeat(44);
    let r = post_session(
        b,
        &format!(r#"{{"username":"yubi","password":"yubi","yubikey":"{bad}"}}"#),
    );
    assert_eq!((r.status, r.text.as_str()), (403, "Invalid token"));
}

#[test]
fn unknown_session_is_404_and_brain_without_token_is_401() {
    let sb = start();
    let c = Client::new(sb.base_url());
    assert_eq!(
        c.get("/session/00000000000000000000000000000000").status,
        404
    );
    let r = c.get("/accounts");
    assert_eq!(r.status, 401);
    assert_eq!(r.text, "Unauthorized");
    let bad = Client::with_token(sb.base_url(), "not-a-token");
    assert_eq!(bad.get("/accounts").status, 401);
    assert_eq!(bad.delete(&format!("{VMS}/web1?purge=true")).status, 401);
    // definitions are public
    let defs = c.get_json("/definitions");
    let ids: Vec<&str> = defs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    for id in [
        "distributions",
        "storage_grades",
        "hardware_profiles",
        "zone_names",
        "keymaps",
        "sendkeys",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    // a non-bearer scheme is not accepted
    let r = agent()
        .get(&format!("{}/accounts", sb.base_url()))
        .header("Authorization", "Basic ZGVtbzpkZW1v")
        .call()
        .unwrap();
    assert_eq!(r.status, 401);
}

#[test]
fn sessions_expire_and_use_extends_them() {
    let sb = start_with(SandboxOptions {
        session_ttl: Some(Duration::from_millis(1000)),
        ..Default::default()
    });
    let b = sb.base_url();
    let idle = login_token(b, "demo", "demo");
    let used = Client::login(b, "demo", "demo");
    let read = login_token(b, "demo", "demo");
    // keep `used` alive through brain requests and `read` through GET /session
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(used.get("/accounts").status, 200);
        assert_eq!(Client::new(b).get(&format!("/session/{read}")).status, 200);
    }
    // 1.2 s after login: the idle one has expired, the others live on
    assert_eq!(Client::new(b).get(&format!("/session/{idle}")).status, 404);
    assert_eq!(Client::with_token(b, &idle).get("/accounts").status, 401);
    assert_eq!(used.get("/accounts").status, 200);
    assert_eq!(Client::with_token(b, &read).get("/accounts").status, 200);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(used.get("/accounts").status, 401);
}

#[test]
fn validity_is_capped_by_session_ttl() {
    let sb = start_with(SandboxOptions {
        session_ttl: Some(Duration::from_millis(500)),
        ..Default::default()
    });
    let b = sb.base_url();
    let r = post_session(
        b,
        r#"{"username":"demo","password":"demo","validity":"3600"}"#,
    );
    assert_eq!(r.status, 200);
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(Client::with_token(b, &r.text).get("/accounts").status, 401);
}

#[test]
fn impersonation_is_for_staff_only() {
    let sb = start();
    let b = sb.base_url();
    let staff = login_token(b, "staff", "staff");
    let c = Client::new(b);
    let s = c.get_json(&format!("/session/{staff}"));
    assert_eq!(s["group_memberships"], serde_json::json!(["staff"]));
    let r = c.post(&format!("/session/{staff}"), r#"{"username":"demo"}"#);
    assert_eq!(r.status, 200, "{}", r.text);
    let s = c.get_json(&format!("/session/{}", r.text));
    assert_eq!(s["username"], "demo");
    assert!(
        s["factors"]
            .as_array()
            .unwrap()
            .contains(&"impersonated".into())
    );
    // the impersonated session sees what demo sees
    let imp = Client::with_token(b, &r.text);
    assert_eq!(names(&imp.get_json("/accounts")), ["demo"]);
    // a normal user may not impersonate
    let demo = login_token(b, "demo", "demo");
    assert_eq!(
        c.post(&format!("/session/{demo}"), r#"{"username":"other"}"#)
            .status,
        403
    );
    assert_eq!(
        c.post("/session/nope", r#"{"username":"other"}"#).status,
        404
    );
    assert_eq!(
        c.post(&format!("/session/{staff}"), r#"{"username":"ghost"}"#)
            .status,
        403
    );
}

#[test]
fn api_keys_carry_their_own_privileges() {
    let sb = start();
    let b = sb.base_url();
    let key = Client::with_token(b, "apikey.demo-ci-key");
    assert_eq!(names(&key.get_json("/accounts")), ["demo"]);
    assert_eq!(key.get(&format!("{VMS}/web1")).status, 200);
    // double prefix tolerated, unknown keys are 401
    assert_eq!(
        Client::with_token(b, "apikey.apikey.demo-ci-key")
            .get("/accounts")
            .status,
        200
    );
    assert_eq!(
        Client::with_token(b, "apikey.wrong")
            .get("/accounts")
            .status,
        401
    );

    // a new key has no privileges until granted
    let demo = Client::login(b, "demo", "demo");
    let r = demo.post("/api_keys", r#"{"label":"ci2"}"#);
    assert_eq!(r.status, 201, "{}", r.text);
    let k = r.json();
    let secret = k["api_key"].as_str().unwrap().to_string();
    let fresh = Client::with_token(b, &format!("apikey.{secret}"));
    assert_eq!(fresh.get_json("/accounts"), serde_json::json!([]));
    assert_eq!(fresh.get(&format!("{VMS}/web1")).status, 404);
    // listing keys never shows secrets
    let list = demo.get_json("/api_keys?view=overview");
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|k| k.get("api_key").is_none())
    );
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|k| k["privileges"].is_array())
    );
    // grant vm_admin on web1 to the key only
    let web1 = demo.get_json(&format!("{VMS}/web1"))["id"]
        .as_u64()
        .unwrap();
    let body =
        serde_json::json!({"level":"vm_admin","virtual_machine_id":web1,"api_key_id":k["id"]});
    let r = demo.post("/users/demo/privileges", &body.to_string());
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.json()["password_required"], false);
    assert_eq!(fresh.get(&format!("{VMS}/web1")).status, 200);
    assert_eq!(fresh.get(&format!("{VMS}/db1")).status, 404);
    // a key cannot be given account_admin by an account admin
    let body = serde_json::json!({"level":"account_admin","account_id":1,"api_key_id":k["id"]});
    assert_eq!(
        demo.post("/users/demo/privileges", &body.to_string())
            .status,
        403
    );
    // an expired key is refused
    let r = demo.post(
        "/api_keys",
        r#"{"label":"old","expires_at":"2001-01-01T00:00:00Z"}"#,
    );
    assert_eq!(r.status, 201);
    let old = r.json()["api_key"].as_str().unwrap().to_string();
    assert_eq!(
        Client::with_token(b, &format!("apikey.{old}"))
            .get("/accounts")
            .status,
        401
    );
    assert_eq!(
        demo.post("/api_keys", r#"{"label":"x","expires_at":"someday"}"#)
            .status,
        400
    );
    // deleting the key revokes it
    assert_eq!(demo.delete(&format!("/api_keys/{}", k["id"])).status, 204);
    assert_eq!(fresh.get("/accounts").status, 401);
    // other users' keys are invisible
    let other = Client::login(b, "other", "other");
    assert_eq!(other.get("/api_keys/1").status, 404);
    assert_eq!(other.delete("/api_keys/1").status, 404);
}
