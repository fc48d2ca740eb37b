//! Login by every route, whoami, logout, and what must never happen
//! (passwords as flags, prompts without a terminal, secrets in output).

use crate::support::{TestEnv, stderr_of, stdout_of};
use serde_json::Value;
use std::time::{Duration, Instant};

fn whoami(env: &TestEnv) -> Value {
    let out = env.cmd().args(["-o", "json", "whoami"]).output().unwrap();
    assert!(out.status.success(), "whoami failed: {}", stderr_of(&out));
    serde_json::from_str(&stdout_of(&out)).expect("whoami -o json prints one JSON object")
}

/// The token the file store holds (tests use the file store).
fn stored_token(env: &TestEnv) -> String {
    let text = std::fs::read_to_string(env.data_dir().join("credentials/default.json"))
        .expect("file store entry");
    let v: Value = serde_json::from_str(&text).unwrap();
    v["token"].as_str().unwrap().to_string()
}

#[test]
fn login_with_password_stdin_then_whoami() {
    let env = TestEnv::new();
    env.cmd()
        .args(["login", "--user", "demo", "--password-stdin"])
        .write_stdin("demo\n")
        .assert()
        .success()
        .stdout("");
    let me = whoami(&env);
    assert_eq!(me["user"], "demo");
    assert_eq!(me["factors"], serde_json::json!(["password"]));
    assert_eq!(me["account"], "demo");
    assert_eq!(me["store"], "file");
    assert_eq!(me["profile"], "default");
    let left = me["expires_in"].as_u64().unwrap();
    assert!(left > 1700 && left <= 1800, "expires_in {left}");
    // Token in the 0600 file store; metadata beside it holds no token.
    let token = stored_token(&env);
    let meta = std::fs::read_to_string(env.data_dir().join("sessions/default.json")).unwrap();
    assert!(!meta.contains(&token));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["credentials/default.json", "sessions/default.json"] {
            let mode = std::fs::metadata(env.data_dir().join(f))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{f}");
        }
    }
}

#[test]
fn whoami_table_names_user_store_and_expiry() {
    let env = TestEnv::new();
    env.login();
    let out = env.cmd().arg("whoami").output().unwrap();
    assert!(out.status.success());
    let text = stdout_of(&out);
    for want in ["USER", "demo", "STORE", "file", "EXPIRES IN", "ACCOUNT"] {
        assert!(text.contains(want), "{want} missing from:\n{text}");
    }
}

#[test]
fn login_from_environment_credentials() {
    let mut env = TestEnv::new();
    env.set_env("BYTEMARK_USER", "other")
        .set_env("BYTEMARK_PASSWORD", "other");
    env.cmd().arg("login").assert().success();
    assert_eq!(env.count("POST", "/session"), 1);
    let me = whoami(&env);
    assert_eq!(me["user"], "other");
    assert_eq!(me["account"], "other");
}

#[test]
fn login_with_two_factor_code() {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "login",
            "--user",
            "twofa",
            "--password-stdin",
            "--otp",
            "123456",
        ])
        .write_stdin("twofa\n")
        .assert()
        .success();
    let me = whoami(&env);
    assert_eq!(me["user"], "twofa");
    let factors: Vec<&str> = me["factors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(factors.contains(&"2fa"), "{factors:?}");
    // First POST without the code, the second with it (the protocol).
    assert_eq!(env.count("POST", "/session"), 2);
}

#[test]
fn two_factor_code_from_stdin() {
    let env = TestEnv::new();
    env.cmd()
        .args(["login", "--user", "twofa", "--password-stdin", "--otp", "-"])
        .write_stdin("twofa\n123456\n")
        .assert()
        .success();
    assert_eq!(whoami(&env)["user"], "twofa");
}

#[test]
fn missing_or_wrong_two_factor_code_is_exit_3() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["login", "--user", "twofa", "--password-stdin"])
        .write_stdin("twofa\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_of(&out).contains("--otp"), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args([
            "login",
            "--user",
            "twofa",
            "--password-stdin",
            "--otp",
            "999999",
        ])
        .write_stdin("twofa\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_of(&out).contains("not accepted"));
}

#[test]
fn login_with_yubikey_otp() {
    let env = TestEnv::new();
    let otp = "cccccccbcjdifctrndncchkftchjlnbhvhtugdljibej";
    assert_eq!(otp.len(), 44);
    env.cmd()
        .args([
            "login",
            "--user",
            "yubi",
            "--password-stdin",
            "--yubikey-otp",
            otp,
        ])
        .write_stdin("yubi\n")
        .assert()
        .success();
    let me = whoami(&env);
    assert!(
        me["factors"]
            .as_array()
            .unwrap()
            .contains(&Value::from("yubikey")),
        "{me}"
    );
    // Without the OTP: exit 3 and a hint naming the flag.
    let out = env
        .cmd()
        .args(["login", "--user", "yubi", "--password-stdin"])
        .write_stdin("yubi\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr_of(&out).contains("--yubikey-otp"),
        "{}",
        stderr_of(&out)
    );
    // --yubikey with no OTP and no terminal is a usage error.
    env.cmd()
        .args(["login", "--user", "yubi", "--password-stdin", "--yubikey"])
        .write_stdin("yubi\n")
        .assert()
        .code(2);
}

#[test]
fn bad_password_is_exit_3_and_never_echoed() {
    let env = TestEnv::new();
    let secret = "Wr0ng-Pa55word-x9";
    let out = env
        .cmd()
        .args(["login", "--user", "demo", "--password-stdin", "--debug"])
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_of(&out);
    assert!(err.contains("bad user name or password"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert!(!err.contains(secret) && !stdout_of(&out).contains(secret));
    // Only one try without a terminal.
    assert_eq!(env.count("POST", "/session"), 1);
    // The JSON form says the same on stderr, nothing on stdout.
    let out = env
        .cmd()
        .args(["-o", "json", "login", "--user", "demo", "--password-stdin"])
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stdout_of(&out), "");
    let v: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(v["error"]["code"], "auth");
    assert_eq!(v["error"]["exit_code"], 3);
    assert!(!stderr_of(&out).contains(secret));
    assert!(!env.home_contains(secret));
}

#[test]
fn password_is_never_accepted_as_a_flag() {
    let env = TestEnv::new();
    env.cmd()
        .args(["login", "--user", "demo", "--password", "demo"])
        .assert()
        .code(2);
    assert_eq!(env.count("POST", "/session"), 0);
}

#[test]
fn no_terminal_and_no_credentials_is_exit_3_without_hanging() {
    let env = TestEnv::new();
    let started = Instant::now();
    let out = env
        .cmd()
        .arg("login")
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("hint:"));
    let out = env
        .cmd()
        .args(["accounts", "list"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_of(&out);
    assert!(err.contains("not logged in"), "{err}");
    assert!(err.contains("BYTEMARK_USER"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(env.count("POST", "/session"), 0);
}

#[test]
fn logout_forgets_token_and_metadata() {
    let env = TestEnv::new();
    env.login();
    let token = stored_token(&env);
    assert!(env.home_contains(&token));
    env.cmd().arg("logout").assert().success().stdout("");
    assert!(!env.home_contains(&token));
    assert!(!env.data_dir().join("sessions/default.json").exists());
    env.cmd().arg("whoami").assert().code(3);
    // Logging out twice is fine.
    env.cmd()
        .args(["-o", "json", "logout"])
        .assert()
        .success()
        .stdout("{\"logged_out\":false}\n");
}

/// Logging in as someone else in the same profile replaces the session:
/// the new user's token must survive the forgetting of the old one (the
/// file store keeps one file per profile).
#[test]
fn logging_in_as_another_user_keeps_the_new_session() {
    let env = TestEnv::new();
    env.login();
    let first = stored_token(&env);
    env.login_as("console", "console");
    let second = stored_token(&env);
    assert_ne!(first, second);
    env.clear_requests();
    let me = whoami(&env);
    assert_eq!(me["user"], "console");
    assert_eq!(env.count("POST", "/session"), 0, "no new login needed");
    env.cmd()
        .args(["-o", "ids", "servers", "list"])
        .assert()
        .success()
        .stdout("web1.default.demo\n");
    // And back, with environment credentials this time.
    env.cmd()
        .env("BYTEMARK_USER", "demo")
        .env("BYTEMARK_PASSWORD", "demo")
        .args(["-o", "ids", "whoami"])
        .assert()
        .success()
        .stdout("demo\n");
    assert_eq!(whoami(&env)["user"], "demo");
    assert!(
        !env.home_contains(&second),
        "the replaced token is forgotten"
    );
}

#[test]
fn secrets_never_appear_in_debug_output() {
    let env = TestEnv::new();
    let login = env
        .cmd()
        .args(["--debug", "login", "--user", "demo", "--password-stdin"])
        .write_stdin("demo\n")
        .output()
        .unwrap();
    assert!(login.status.success());
    let token = stored_token(&env);
    let err = stderr_of(&login);
    assert!(err.contains("debug: > POST"), "no trace: {err}");
    assert!(err.contains("/session/[redacted]"), "{err}");
    let runs = [
        env.cmd()
            .args(["--debug", "accounts", "list"])
            .output()
            .unwrap(),
        env.cmd()
            .args(["--debug", "-o", "json", "whoami"])
            .output()
            .unwrap(),
        env.cmd()
            .args(["--debug", "accounts", "show", "nosuch"])
            .output()
            .unwrap(),
    ];
    for out in runs.iter().chain(std::iter::once(&login)) {
        let all = format!("{}{}", stdout_of(out), stderr_of(out));
        assert!(!all.contains(&token), "token leaked:\n{all}");
        assert!(!all.to_ascii_lowercase().contains("authorization"), "{all}");
        assert!(!all.contains("\"password\":"), "{all}");
    }
    assert!(stderr_of(&runs[0]).contains("debug: < 200"));
}

#[test]
fn api_key_token_from_env_skips_the_auth_service() {
    let mut env = TestEnv::new();
    env.set_env(
        "BYTEMARK_TOKEN",
        &format!("apikey.{}", bytemark_sandbox::DEMO_API_KEY),
    );
    env.cmd().args(["accounts", "list"]).assert().success();
    assert_eq!(env.count("POST", "/session"), 0);
    assert_eq!(env.count("GET", "/session"), 0);
    let me = whoami(&env);
    assert_eq!(me["store"], "env");
    // Never stored.
    assert!(!env.home_contains(bytemark_sandbox::DEMO_API_KEY));
}

#[cfg(target_os = "linux")]
#[test]
fn a_terminal_gets_prompts_and_three_tries() {
    let env = TestEnv::new();
    let (code, screen) = env.typed("login", &["demo", "wrong1", "wrong2", "demo"]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(
        screen.contains("User:") && screen.contains("Password for demo"),
        "{screen}"
    );
    assert!(screen.contains("please try again"), "{screen}");
    assert!(
        !screen.contains("wrong1"),
        "the password was echoed: {screen}"
    );
    assert_eq!(env.count("POST", "/session"), 3);
    assert_eq!(whoami(&env)["user"], "demo");

    // Three wrong passwords: exit 3 after exactly three tries.
    env.clear_requests();
    let (code, screen) = env.typed("login --user demo", &["a1", "a2", "a3"]);
    assert_eq!(code, Some(3), "{screen}");
    assert_eq!(env.count("POST", "/session"), 3);

    // A 2FA account is asked for its code.
    let (code, screen) = env.typed("login --user twofa", &["twofa", "123456"]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("Two-factor code"), "{screen}");
}
