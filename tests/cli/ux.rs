//! Operator experience (issue 15): tables that fit a terminal, `--jq`,
//! progress lines without a terminal, quiet and useful completion, and
//! colour on stderr. Terminal cases run the binary under util-linux
//! `script` on a pseudo-terminal of a given width.

use crate::support::{TestEnv, complete, json, stderr_of, stdout_of, warm};
use bytemark_sandbox::{FailMode, SandboxOptions};
use std::io::{BufRead, BufReader};
use std::net::IpAddr;
use std::time::{Duration, Instant};
use unicode_width::UnicodeWidthStr;

/// Runs `bytemark ARGS` on a pseudo-terminal `cols` wide (TERM=xterm, plus
/// `extra` variables) and returns what it showed, stdout and stderr alike.
#[cfg(target_os = "linux")]
fn on_terminal(env: &TestEnv, cols: u16, extra: &[(&str, &str)], args: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("bytemark");
    let mut cmd = std::process::Command::new("script");
    cmd.env_clear();
    for (k, v) in env.env_vars() {
        cmd.env(k, v);
    }
    cmd.env("TERM", "xterm");
    for (k, v) in extra {
        cmd.env(k, v);
    }
    let shell = format!("stty cols {cols} rows 24; '{}' {args}", bin.display());
    let out = cmd
        .args(["-qec", &shell, "/dev/null"])
        .output()
        .expect("util-linux `script` is needed for the terminal tests");
    stdout_of(&out).replace("\r\n", "\n")
}

/// `text` without SGR colour sequences (`ESC [ ... m`).
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every word of a table line that looks like an address is a whole one.
fn assert_whole_addresses(line: &str) {
    for word in line.split_whitespace() {
        let word = word.trim_end_matches(',');
        if word.contains(':') && word.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            assert!(
                word.parse::<IpAddr>().is_ok(),
                "split address {word:?} in {line}"
            );
        }
        if word.matches('.').count() == 3 && word.chars().all(|c| c.is_ascii_digit() || c == '.') {
            assert!(
                word.parse::<IpAddr>().is_ok(),
                "split address {word:?} in {line}"
            );
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn servers_list_fits_an_80_column_terminal_one_line_per_server() {
    let env = warm();
    let text = plain(&on_terminal(&env, 80, &[], "servers list"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "a header and one line per server: {text}");
    for line in &lines {
        assert!(line.width() <= 80, "{} wide: {line}", line.width());
        assert!(!line.ends_with(' '), "{line:?}");
        assert_whole_addresses(line);
    }
    assert!(!text.contains('│') && !text.contains('─'), "{text}");
    // The least valuable column goes first; names, power and addresses stay.
    assert!(
        lines[0].starts_with("NAME") && lines[0].contains("POWER"),
        "{text}"
    );
    assert!(!lines[0].contains("DISCS"), "{text}");
    assert!(
        lines[1].starts_with("web1") && lines[1].contains("192.0.2.1, 2001:db8:0:1::1"),
        "{text}"
    );
    // Wide enough: every column.
    let text = plain(&on_terminal(&env, 120, &[], "servers list"));
    assert!(text.lines().next().unwrap().contains("DISCS"), "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn narrow_terminals_drop_then_cut_but_never_split_an_address() {
    let env = warm();
    for cols in [30, 40, 50, 60, 70] {
        let text = plain(&on_terminal(&env, cols, &[], "servers list"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{cols}: {text}");
        for line in &lines {
            assert!(line.width() <= usize::from(cols), "{cols}: {line}");
            assert_whole_addresses(line);
        }
        assert!(lines[1].starts_with("web1"), "{cols}: {text}");
        assert!(lines[1].contains("192.0.2.1"), "{cols}: {text}");
    }
    // Columns the user asked for are cut, never dropped.
    let text = plain(&on_terminal(
        &env,
        30,
        &[],
        "servers list --columns name,discs,zone_name,hostname",
    ));
    let header = text.lines().next().unwrap();
    for column in ["NAME", "DISCS", "ZONE", "HOST"] {
        assert!(header.contains(column), "{column}: {text}");
    }
    assert!(text.contains('…'), "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn terminal_headers_are_bold_with_colour_and_plain_without() {
    let env = warm();
    let text = on_terminal(&env, 100, &[], "servers list");
    assert!(text.starts_with("\u{1b}[1mNAME"), "{text:?}");
    let text = on_terminal(&env, 100, &[("NO_COLOR", "1")], "servers list");
    assert!(!text.contains('\u{1b}'), "{text:?}");
    let text = on_terminal(&env, 100, &[], "--color never servers list");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn piped_tables_keep_every_column_and_character() {
    let env = warm();
    let out = env.cmd().args(["servers", "list"]).output().unwrap();
    let text = stdout_of(&out);
    let header = text.lines().next().unwrap();
    for column in [
        "NAME", "GROUP", "CORES", "MEMORY", "DISCS", "POWER", "ZONE", "IPS",
    ] {
        assert!(header.contains(column), "{column}: {text}");
    }
    assert!(text.contains("192.0.2.1, 2001:db8:0:1::1"), "{text}");
    assert!(!text.contains('…') && !text.contains('\u{1b}'), "{text}");
}

#[test]
fn jq_filters_json_one_value_per_line() {
    let env = warm();
    let out = env
        .cmd()
        .args(["servers", "list", "--jq", ".[].name"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "\"web1\"\n\"db1\"\n\"app1\"\n");
    assert_eq!(
        env.count("GET", "/accounts"),
        1,
        "one request, as without --jq"
    );
    // --raw: strings as text.
    let out = env
        .cmd()
        .args([
            "servers",
            "list",
            "--jq",
            ".[] | select(.power_on) | .name",
            "--raw",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "web1\napp1\n");
    // Objects are compact JSON on one line; one resource is the input too.
    let out = env
        .cmd()
        .args(["servers", "show", "web1", "--jq", "{name, cores}"])
        .output()
        .unwrap();
    assert_eq!(
        json(&stdout_of(&out)),
        serde_json::json!({"name": "web1", "cores": 1})
    );
    assert_eq!(stdout_of(&out).lines().count(), 1);
    // It works where no login is needed, and overrides BYTEMARK_OUTPUT.
    let out = env
        .cmd()
        .env("BYTEMARK_OUTPUT", "table")
        .args([
            "definitions",
            "zones",
            "--jq",
            "map(.name) | join(\",\")",
            "--raw",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out), "manchester,york\n", "{}", stderr_of(&out));
}

#[test]
fn a_bad_jq_expression_exits_2_before_any_request() {
    let env = warm();
    for expr in [".[", "nosuchfunction(1)", "{"] {
        let out = env
            .cmd()
            .args(["servers", "list", "--jq", expr])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{expr}: {}", stderr_of(&out));
        assert!(stdout_of(&out).is_empty());
        // --jq implies -o json, errors included.
        let e = json(&stderr_of(&out));
        assert_eq!(e["error"]["code"], "usage", "{e}");
        assert!(
            e["error"]["message"].as_str().unwrap().contains("--jq"),
            "{e}"
        );
    }
    // With a table or ids asked for, too.
    let out = env
        .cmd()
        .args(["-o", "table", "servers", "list", "--jq", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    // --raw means nothing alone.
    let out = env
        .cmd()
        .args(["servers", "list", "--raw"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

#[test]
fn a_jq_filter_failing_on_the_data_exits_2_after_its_output() {
    let env = warm();
    let out = env
        .cmd()
        .args(["servers", "list", "--jq", ".[] | .name | .x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout_of(&out).is_empty());
    let e = json(&stderr_of(&out));
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("cannot index"),
        "{e}"
    );
}

/// Runs `args` with stderr piped and returns each stderr line with when it
/// came, and the exit code.
fn timed_stderr(env: &TestEnv, args: &[&str]) -> (Vec<(Duration, String)>, Option<i32>) {
    let started = Instant::now();
    let mut child = env
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let lines = BufReader::new(child.stderr.take().unwrap())
        .lines()
        .map(|l| (started.elapsed(), l.unwrap()))
        .collect();
    (lines, child.wait().unwrap().code())
}

#[test]
fn wait_without_a_terminal_prints_a_line_every_five_seconds() {
    let env = TestEnv::with_options(SandboxOptions {
        transition_delay: Duration::from_secs(11),
        quiet: true,
        ..Default::default()
    });
    env.login();
    let (lines, code) = timed_stderr(&env, &["servers", "start", "db1", "--wait"]);
    assert_eq!(code, Some(0), "{lines:?}");
    let progress: Vec<&(Duration, String)> = lines
        .iter()
        .filter(|(_, l)| l.starts_with("db1.default.demo: "))
        .collect();
    assert!(progress.len() >= 3, "{lines:?}");
    // Quick work says nothing; a wait says it is alive within a few seconds.
    assert!(progress[0].0 < Duration::from_millis(3600), "{lines:?}");
    for pair in progress.windows(2) {
        let gap = pair[1].0 - pair[0].0;
        assert!(gap <= Duration::from_millis(5600), "{gap:?}: {lines:?}");
    }
    // What it waits for and the state seen last.
    for (_, line) in &progress {
        assert!(
            line.starts_with("db1.default.demo: waiting to be running (now "),
            "{line}"
        );
    }
    // The time waited so far, in whole seconds, never more than the clock.
    for (at, line) in &progress {
        let secs: u64 = line
            .rsplit_once("(now stopped, ")
            .and_then(|(_, rest)| rest.strip_suffix("s so far)"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{line}"));
        assert!(secs <= at.as_secs(), "{line} at {at:?}");
    }
}

#[test]
fn quiet_waits_print_no_progress() {
    let env = TestEnv::with_options(SandboxOptions {
        transition_delay: Duration::from_secs(6),
        quiet: true,
        ..Default::default()
    });
    env.login();
    let (lines, code) = timed_stderr(&env, &["-q", "servers", "start", "db1", "--wait"]);
    assert_eq!(code, Some(0), "{lines:?}");
    assert!(lines.is_empty(), "{lines:?}");
}

#[test]
fn completion_is_silent_without_a_keyring() {
    let mut env = TestEnv::new();
    // The default store (keyring) with a D-Bus address where nothing listens:
    // a command would warn that the session is kept in memory.
    env.unset_env("BYTEMARK_CREDENTIAL_STORE");
    env.set_env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/bytemark-test/bus",
    );
    for words in [
        &["servers", "show", "w"][..],
        &["groups", "show", ""],
        &["servers", "create", "x", "--image", "s"],
    ] {
        let (_, err) = complete_pair(&env, words);
        assert_eq!(err, "", "{words:?}");
    }
    // Nor the plain-http warning a command gives (an unroutable address:
    // completion gives up on it within its short timeout).
    env.set_env("BYTEMARK_ENDPOINT", "http://192.0.2.1:9")
        .set_env("BYTEMARK_AUTH_ENDPOINT", "http://192.0.2.1:9")
        .set_env("BYTEMARK_ALLOW_INSECURE_HTTP", "1");
    let (names, err) = complete_pair(&env, &["servers", "create", "x", "--image", "s"]);
    assert_eq!((names.len(), err.as_str()), (0, ""));
}

#[test]
fn images_zones_grades_and_profiles_complete_from_cached_definitions() {
    let env = TestEnv::new();
    // No login: GET /definitions needs none.
    let (names, _) = complete_pair(&env, &["servers", "create", "x", "--image", "s"]);
    assert_eq!(names, ["stretch", "symbiosis"], "{names:?}");
    let (names, _) = complete_pair(&env, &["servers", "create", "x", "--zone", ""]);
    assert_eq!(names, ["manchester", "york"]);
    let (names, _) = complete_pair(&env, &["servers", "update", "x", "--hwprofile", "virtio"]);
    assert_eq!(names, ["virtio2013", "virtio2018"]);
    let (names, _) = complete_pair(&env, &["servers", "reimage", "x", "--image", "xen"]);
    assert_eq!(names, ["xenial"]);
    // The grade of a disc spec, with or without a label; nothing after it.
    let (names, _) = complete_pair(&env, &["servers", "create", "x", "--disc", "s"]);
    assert_eq!(names, ["sata:", "ssd:"]);
    let (names, _) = complete_pair(&env, &["discs", "add", "web1", "data:a"]);
    assert_eq!(names, ["data:archive:"]);
    let (names, _) = complete_pair(&env, &["discs", "add", "web1", "ssd:"]);
    assert!(names.is_empty(), "{names:?}");
    // One request for all of these: the answer is kept for ten minutes.
    assert_eq!(env.count("GET", "/definitions"), 1, "{:?}", env.requests());
    let cache = env.data_dir().join("definitions.json");
    let mut kept = json(&std::fs::read_to_string(&cache).unwrap());
    assert_eq!(kept["endpoint"], env.base_url());
    // Eleven minutes old: fetched again.
    kept["fetched"] = serde_json::json!(kept["fetched"].as_u64().unwrap() - 660);
    std::fs::write(&cache, kept.to_string()).unwrap();
    complete_pair(&env, &["servers", "create", "x", "--zone", ""]);
    assert_eq!(env.count("GET", "/definitions"), 2);
}

#[test]
fn a_stale_cache_still_completes_when_the_service_is_down() {
    let env = TestEnv::new();
    complete_pair(&env, &["servers", "create", "x", "--zone", ""]);
    let cache = env.data_dir().join("definitions.json");
    let mut kept = json(&std::fs::read_to_string(&cache).unwrap());
    kept["fetched"] = serde_json::json!(0);
    std::fs::write(&cache, kept.to_string()).unwrap();
    env.sandbox.set_faults(1.0, FailMode::Drop);
    env.clear_requests();
    let (names, err) = complete_pair(&env, &["servers", "create", "x", "--zone", ""]);
    assert_eq!(names, ["manchester", "york"], "{err}");
    assert_eq!(env.count("GET", "/definitions"), 1, "it did try");
}

#[test]
fn the_static_bash_script_offers_file_names_only_for_files() {
    let script = bytemark::generate::completion_script(clap_complete::Shell::Bash);
    let script = String::from_utf8(script).unwrap();
    let mut option = "";
    let mut files = Vec::new();
    for line in script.lines() {
        let line = line.trim();
        if line.starts_with('-') && line.ends_with(')') {
            option = line.trim_end_matches(')');
        }
        if line.contains("compgen -f") {
            files.push(option);
        }
    }
    files.sort_unstable();
    files.dedup();
    assert_eq!(
        files,
        [
            "--firstboot-script",
            // `api --input FILE`
            "--input",
            "--request-log",
            "--ssh-key",
            "--state"
        ],
        "file names offered for: {files:?}"
    );
}

#[test]
fn color_always_colours_errors_on_stderr_too() {
    let env = warm();
    let out = env
        .cmd()
        .args(["--color", "always", "servers", "show", "nosuch"])
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("\u{1b}[") && plain(&err).starts_with("error: "),
        "{err:?}"
    );
    // Even when NO_COLOR is set: the flag says always.
    let out = env
        .cmd()
        .env("NO_COLOR", "1")
        .args(["--color", "always", "servers", "show", "nosuch"])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("\u{1b}["));
    // Usage errors from clap as well; never means never.
    let out = env
        .cmd()
        .args(["--color", "always", "servers", "list", "--nope"])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("\u{1b}["), "{}", stderr_of(&out));
    for args in [
        &["servers", "show", "nosuch"][..],
        &["--color", "never", "servers", "show", "nosuch"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert!(!stderr_of(&out).contains('\u{1b}'), "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn errors_on_a_terminal_are_coloured_unless_no_color() {
    let env = warm();
    let text = on_terminal(&env, 80, &[], "servers show nosuch");
    assert!(
        text.contains("\u{1b}[") && plain(&text).contains("error: "),
        "{text:?}"
    );
    let text = on_terminal(&env, 80, &[("NO_COLOR", "1")], "servers show nosuch");
    assert!(
        !text.contains('\u{1b}') && text.contains("error: "),
        "{text:?}"
    );
    // Piped stdout does not take colour away from a terminal's stderr.
    let text = on_terminal(&env, 80, &[], "servers show nosuch | cat");
    assert!(text.contains("\u{1b}["), "{text:?}");
}

/// Candidates and stderr of a completion.
fn complete_pair(env: &TestEnv, words: &[&str]) -> (Vec<String>, String) {
    let c = complete(env, words);
    assert!(c.ok, "{}", c.stderr);
    (c.names, c.stderr)
}
