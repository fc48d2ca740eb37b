//! What a command says when an answer is lost (issue 12, part 2).
//!
//! The CLI talks to a real sandbox through a small proxy that loses
//! answers on purpose, request by request: it forwards a request and then
//! closes the connection without the answer (the change is made, the client
//! cannot know: the sandbox's `drop-after`), or closes it without forwarding
//! (nothing happens). Each test then checks what the command said and
//! exited with, and the sandbox's own state and request log.
//!
//! * A create that finds, after a lost answer, a thing of its name claims it
//!   only when it knows the name was free before (a lookup of this create
//!   found nothing) and the thing is as asked.
//! * A change whose answer is lost is checked by reading again: done is
//!   success with a note; otherwise the error says what the re-read shows,
//!   and a relative disc growth is never advised to be repeated.
//! * A lost reimage answer says the root password is unknown, and how to
//!   set one.

use crate::support::{TestEnv, api_get, json};
use bytemark_sandbox::SandboxOptions;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the proxy does with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fate {
    Pass,
    /// Forward it (the sandbox handles it), then close the connection
    /// without the answer.
    LoseAnswer,
    /// Close the connection without forwarding it: nothing happens.
    Drop,
}

/// Decides each request's fate from `METHOD /path` of the requests before
/// it and of this one (paths without their query).
type Rule = dyn Fn(&[String], &str) -> Fate + Send + Sync;

/// A proxy in front of the sandbox, and every request it saw with its fate.
pub(crate) struct Proxy {
    url: String,
    seen: Arc<Mutex<Vec<(String, Fate)>>>,
}

impl Proxy {
    fn start(
        upstream: &str,
        rule: impl Fn(&[String], &str) -> Fate + Send + Sync + 'static,
    ) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.trim_start_matches("http://").to_string();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let rule: Arc<Rule> = Arc::new(rule);
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let (log, rule, upstream) = (log.clone(), rule.clone(), upstream.clone());
                std::thread::spawn(move || serve(stream, &upstream, &*rule, &log));
            }
        });
        Proxy { url, seen }
    }

    /// `METHOD /path` of every request, in order.
    pub(crate) fn requests(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .map(|(r, _)| r.clone())
            .collect()
    }

    /// How many requests were `method` to a path ending in `suffix`.
    pub(crate) fn count(&self, method: &str, suffix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.starts_with(&format!("{method} ")) && r.ends_with(suffix))
            .count()
    }
}

/// One request per connection: each answer passed on says `Connection: close`.
fn serve(client: TcpStream, upstream: &str, rule: &Rule, log: &Mutex<Vec<(String, Fate)>>) {
    let mut reader = BufReader::new(client.try_clone().unwrap());
    let mut head = String::new();
    if reader.read_line(&mut head).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = head.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let path = parts
        .next()
        .unwrap_or("")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let mut headers = String::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        let lower = h.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if !lower.starts_with("connection:") {
            headers.push_str(&h);
        }
    }
    let mut body = vec![0u8; length];
    let _ = reader.read_exact(&mut body);
    let this = format!("{method} {path}");
    let fate = {
        let mut log = log.lock().unwrap();
        let before: Vec<String> = log.iter().map(|(r, _)| r.clone()).collect();
        let fate = rule(&before, &this);
        log.push((this, fate));
        fate
    };
    let mut client = client;
    if fate == Fate::Drop {
        let _ = client.shutdown(Shutdown::Both);
        return;
    }
    let mut up = TcpStream::connect(upstream).unwrap();
    up.write_all(head.as_bytes()).unwrap();
    up.write_all(headers.as_bytes()).unwrap();
    up.write_all(b"Connection: close\r\n\r\n").unwrap();
    up.write_all(&body).unwrap();
    let mut answer = Vec::new();
    let _ = up.read_to_end(&mut answer);
    if fate == Fate::LoseAnswer {
        let _ = client.shutdown(Shutdown::Both);
        return;
    }
    let _ = client.write_all(&answer);
    let _ = client.shutdown(Shutdown::Both);
}

/// A sandbox (with `options`) behind a proxy losing answers by `rule`; the
/// CLI talks to the proxy with the demo API key and quick retries.
fn behind(
    options: SandboxOptions,
    rule: impl Fn(&[String], &str) -> Fate + Send + Sync + 'static,
) -> (TestEnv, Proxy) {
    let mut env = TestEnv::with_options(options);
    let proxy = Proxy::start(&env.base_url(), rule);
    env.set_env("BYTEMARK_ENDPOINT", &proxy.url)
        .set_env("BYTEMARK_TOKEN", "apikey.demo-ci-key")
        .set_env("BYTEMARK_ACCOUNT", "demo")
        .set_env("BYTEMARK_RETRY_DELAY", "5ms");
    (env, proxy)
}

pub(crate) fn sandbox(
    rule: impl Fn(&[String], &str) -> Fate + Send + Sync + 'static,
) -> (TestEnv, Proxy) {
    behind(SandboxOptions::default(), rule)
}

/// Runs the CLI: (exit code, stdout, stderr).
fn run(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
    )
}

/// GET from the sandbox itself (not through the proxy).
fn get(env: &TestEnv, path: &str) -> Value {
    api_get(&env.base_url(), "apikey.demo-ci-key", path)
}

const VMS: &str = "/accounts/demo/groups/default/virtual_machines";
const VM_CREATE: &str = "/accounts/demo/groups/default/vm_create";

/// The names of the servers in group default, as the sandbox has them.
fn default_servers(env: &TestEnv) -> Vec<String> {
    let g = get(
        env,
        "/accounts/demo/groups/default?view=overview&include_deleted=true",
    );
    let mut names: Vec<String> = g["virtual_machines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

/// The n-th request (from 1) matching `method` and `suffix` gets `fate`.
pub(crate) fn nth(
    method: &'static str,
    suffix: &'static str,
    n: usize,
    fate: Fate,
) -> impl Fn(&[String], &str) -> Fate {
    move |before, this| {
        let hit = |r: &String| r.starts_with(&format!("{method} ")) && r.ends_with(suffix);
        let earlier = before.iter().filter(|r| hit(r)).count();
        if hit(&this.to_string()) && earlier + 1 == n {
            fate
        } else {
            Fate::Pass
        }
    }
}

/// Every request matching `method` gets `fate`.
fn every(method: &'static str, fate: Fate) -> impl Fn(&[String], &str) -> Fate {
    move |_, this| {
        if this.starts_with(&format!("{method} ")) {
            fate
        } else {
            Fate::Pass
        }
    }
}

// ---------------------------------------------------------------------------
// Creates.

/// The brief's case: the create fails (never handled), and the lookup finds
/// the seed's web1, which is exactly what was asked (1 core, 1 GiB, one
/// 25 GiB disc). It was there before: the command must not say "created".
#[test]
fn a_create_that_finds_a_server_that_was_there_before_does_not_claim_it() {
    let (env, proxy) = sandbox(nth("POST", "/vm_create", 1, Fate::Drop));
    let before = get(&env, &format!("{VMS}/web1"));
    let (code, out, err) = run(&env, &["-o", "json", "servers", "create", "web1"]);
    assert_eq!(code, 7, "{err}");
    assert!(out.is_empty(), "nothing on stdout: {out}");
    let e = json(&err);
    let message = e["error"]["message"].as_str().unwrap();
    assert!(message.contains("cannot be told"), "{message}");
    assert!(message.contains("server web1.default.demo"), "{message}");
    assert_eq!(e["error"]["details"]["found"]["id"], before["id"]);
    assert!(
        e["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("--if-not-exists")
    );
    // Sent once, never resent; nothing reached the sandbox but the lookup.
    assert_eq!(proxy.count("POST", "/vm_create"), 1);
    assert_eq!(env.count("POST", VM_CREATE), 0);
    assert_eq!(get(&env, &format!("{VMS}/web1")), before);
    assert_eq!(default_servers(&env), ["db1", "web1"]);
}

/// A server of that name that is not what was asked cannot be this
/// command's: the name is taken, exit 6, as when the API refuses it.
#[test]
fn a_create_that_finds_another_server_says_the_name_is_taken() {
    let (env, proxy) = sandbox(nth("POST", "/vm_create", 1, Fate::Drop));
    let before = get(&env, &format!("{VMS}/db1"));
    let (code, out, err) = run(&env, &["servers", "create", "db1", "--cores", "1"]);
    assert_eq!(code, 6, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("not what was asked"), "{err}");
    assert!(err.contains("cores 2 (asked 1)"), "{err}");
    assert!(!err.contains("created db1"), "{err}");
    assert_eq!(proxy.count("POST", "/vm_create"), 1);
    assert_eq!(get(&env, &format!("{VMS}/db1")), before);
}

/// The first create is handled and its answer lost: the server is ours,
/// but nothing can tell it from one that was there before. Said so, exit
/// 7; the server exists once and the create was not resent.
#[test]
fn a_lost_answer_to_a_first_create_is_not_claimed_either() {
    let (env, proxy) = sandbox(nth("POST", "/vm_create", 1, Fate::LoseAnswer));
    let (code, out, err) = run(&env, &["servers", "create", "fresh1", "--disc", "10G"]);
    assert_eq!(code, 7, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("cannot be told"), "{err}");
    assert!(!err.contains("created fresh1"), "{err}");
    assert_eq!(proxy.count("POST", "/vm_create"), 1);
    assert_eq!(env.count("POST", VM_CREATE), 1);
    assert_eq!(default_servers(&env), ["db1", "fresh1", "web1"]);
}

/// The first create fails unhandled, a lookup finds the name free, the
/// second is handled and its answer lost: what the next lookup finds, as
/// asked, is this command's. Exit 0, with a note; one server.
#[test]
fn a_create_sent_again_after_the_name_was_seen_free_claims_what_it_finds() {
    let (env, proxy) = sandbox(|before: &[String], this: &str| {
        let posts = before.iter().filter(|r| r.starts_with("POST ")).count();
        match (this.starts_with("POST "), posts) {
            (true, 0) => Fate::Drop,
            (true, 1) => Fate::LoseAnswer,
            _ => Fate::Pass,
        }
    });
    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "create", "fresh2", "--cores", "2"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "fresh2");
    assert!(err.contains("this command created it"), "{err}");
    assert!(err.contains("created fresh2"), "{err}");
    assert_eq!(
        proxy.requests(),
        [
            format!("POST {VM_CREATE}"),
            format!("GET {VMS}/fresh2"),
            format!("POST {VM_CREATE}"),
            format!("GET {VMS}/fresh2"),
        ]
    );
    assert_eq!(env.count("POST", VM_CREATE), 1, "one create was handled");
    assert_eq!(get(&env, &format!("{VMS}/fresh2"))["cores"], 2);
}

/// `--if-not-exists` wants the server there, whoever made it: one found
/// after a lost answer is shown as existing (exit 0), never as "created".
#[test]
fn if_not_exists_takes_a_server_found_after_a_lost_answer_as_existing() {
    let (env, proxy) = sandbox(nth("POST", "/vm_create", 1, Fate::Drop));
    let (code, out, err) = run(
        &env,
        &["-o", "json", "servers", "create", "web1", "--if-not-exists"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["name"], "web1");
    assert!(err.contains("may or may not have created"), "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert!(!err.contains("created web1"), "{err}");
    assert_eq!(proxy.count("POST", "/vm_create"), 1);
    assert_eq!(default_servers(&env), ["db1", "web1"]);
}

/// The same for groups: `staging` was there before.
#[test]
fn a_group_create_that_finds_a_group_that_was_there_before_does_not_claim_it() {
    let (env, proxy) = sandbox(nth("POST", "/groups", 1, Fate::Drop));
    let (code, out, err) = run(&env, &["groups", "create", "staging"]);
    assert_eq!(code, 7, "{err}");
    assert!(out.is_empty());
    assert!(err.contains("group staging.demo"), "{err}");
    assert!(err.contains("cannot be told"), "{err}");
    assert!(!err.contains("created group"), "{err}");
    assert_eq!(proxy.count("POST", "/groups"), 1);
    assert_eq!(env.count("POST", "/accounts/demo/groups"), 0);
}

/// And a group made by a create sent again after the name was seen free
/// is claimed: exit 0, one group.
#[test]
fn a_group_create_sent_again_after_the_name_was_seen_free_claims_it() {
    let (env, proxy) = sandbox(|before: &[String], this: &str| {
        let posts = before.iter().filter(|r| r.starts_with("POST ")).count();
        match (this.starts_with("POST "), posts) {
            (true, 0) => Fate::Drop,
            (true, 1) => Fate::LoseAnswer,
            _ => Fate::Pass,
        }
    });
    let (code, _, err) = run(&env, &["groups", "create", "batch"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("created group batch.demo"), "{err}");
    assert_eq!(proxy.count("POST", "/groups"), 2);
    assert_eq!(env.count("POST", "/accounts/demo/groups"), 1);
    let groups = get(&env, "/accounts/demo/groups");
    let batch = groups
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["name"] == "batch")
        .count();
    assert_eq!(batch, 1);
}

/// A disc's label was seen free in the server's GET: a disc found by it
/// after a lost answer, as asked, is this command's.
#[test]
fn a_disc_added_whose_answer_is_lost_is_found_by_its_free_label() {
    let (env, proxy) = sandbox(nth("POST", "/discs", 1, Fate::LoseAnswer));
    let (code, out, err) = run(
        &env,
        &["-o", "json", "discs", "add", "web1", "archive:30G", "--yes"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(json(&out)["size"], 30 * 1024);
    assert!(err.contains("this command created it"), "{err}");
    assert_eq!(proxy.count("POST", "/discs"), 1);
    let vm = get(&env, &format!("{VMS}/web1?view=overview"));
    let discs: Vec<(String, u64)> = vm["discs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["label"].as_str().unwrap().to_string(),
                d["size"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        discs,
        [("disc-1".to_string(), 25600), ("disc-2".to_string(), 30720)]
    );
}

// ---------------------------------------------------------------------------
// Changes.

fn disc_size(env: &TestEnv, vm: &str, disc: &str) -> u64 {
    get(env, &format!("{VMS}/{vm}/discs/{disc}"))["size"]
        .as_u64()
        .unwrap()
}

/// Every answer to the PUT is lost (it is retried, and each attempt is
/// handled): a re-read shows the disc at the size asked. Exit 0 with a
/// note, and the disc grown by 10 GiB once.
#[test]
fn a_disc_growth_whose_answers_are_lost_is_confirmed_by_a_re_read() {
    let (env, proxy) = sandbox(every("PUT", Fate::LoseAnswer));
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "discs", "resize", "web1", "disc-1", "+10G", "--yes",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(json(&out)["size"], 35 * 1024);
    assert_eq!(disc_size(&env, "web1", "disc-1"), 35 * 1024);
    assert!(
        proxy.count("PUT", "/discs/disc-1") >= 2,
        "{:?}",
        proxy.requests()
    );
    assert_eq!(
        proxy.requests().last().unwrap(),
        &format!("GET {VMS}/web1/discs/disc-1")
    );
}

/// The PUT never arrives: the re-read shows the disc as it was. The error
/// says its size now, and advises the absolute size, never `+10G` again.
#[test]
fn a_disc_growth_that_did_not_happen_says_the_size_now() {
    let (env, _proxy) = sandbox(every("PUT", Fate::Drop));
    let (code, _, err) = run(
        &env,
        &["discs", "resize", "web1", "disc-1", "+10G", "--yes"],
    );
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("did not take effect: disc disc-1 is 25 GiB"),
        "{err}"
    );
    assert!(
        err.contains("bytemark discs resize web1.default.demo disc-1 35G"),
        "{err}"
    );
    assert!(!err.contains("try again"), "{err}");
    assert_eq!(disc_size(&env, "web1", "disc-1"), 25 * 1024);
}

/// The PUT is handled, and then nothing answers, not even the re-read: the
/// outcome is unknown, and the advice is the absolute size.
#[test]
fn a_disc_growth_whose_re_read_fails_too_gives_the_absolute_size() {
    let (env, _proxy) = sandbox(|before: &[String], this: &str| {
        if this.starts_with("PUT ") || before.iter().any(|r| r.starts_with("PUT ")) {
            Fate::LoseAnswer
        } else {
            Fate::Pass
        }
    });
    let (code, _, err) = run(
        &env,
        &["discs", "resize", "web1", "disc-1", "+10G", "--yes"],
    );
    assert_eq!(code, 7, "{err}");
    assert!(err.contains("re-reading to check failed too"), "{err}");
    assert!(err.contains("it was 25 GiB before"), "{err}");
    assert!(err.contains("disc-1 35G"), "{err}");
    assert!(!err.contains("try again"), "{err}");
    assert_eq!(
        disc_size(&env, "web1", "disc-1"),
        35 * 1024,
        "it grew, once"
    );
}

/// `servers update`: cores and memory in place after lost answers.
#[test]
fn an_update_whose_answers_are_lost_is_confirmed_by_a_re_read() {
    let (env, _proxy) = sandbox(every("PUT", Fate::LoseAnswer));
    let (code, out, err) = run(
        &env,
        &[
            "-o", "json", "servers", "update", "web1", "--cores", "2", "--memory", "2G", "--yes",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(json(&out)["cores"], 2);
    let vm = get(&env, &format!("{VMS}/web1"));
    assert_eq!(
        (vm["cores"].as_u64(), vm["memory"].as_u64()),
        (Some(2), Some(2048))
    );

    // Never arrived: what the server has instead.
    let (env, _proxy) = sandbox(every("PUT", Fate::Drop));
    let (code, _, err) = run(
        &env,
        &[
            "-o", "json", "servers", "update", "web1", "--cores", "2", "--yes",
        ],
    );
    assert_eq!(code, 7, "{err}");
    let e = json(&err);
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did not take effect: web1.default.demo has cores 1 (asked 2)"),
        "{err}"
    );
    assert_eq!(e["error"]["details"]["took_effect"], false);
    assert_eq!(get(&env, &format!("{VMS}/web1"))["cores"], 1);
}

/// Power changes: stop, start and shutdown confirmed by the power state;
/// a reset and a restart of a server set to autoreboot leave no mark, so
/// their lost answers are an unknown outcome.
#[test]
fn power_changes_whose_answers_are_lost_are_checked() {
    let (env, _proxy) = sandbox(every("PUT", Fate::LoseAnswer));
    let (code, _, err) = run(&env, &["servers", "stop", "web1", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(get(&env, &format!("{VMS}/web1"))["power_on"], false);
    let (code, _, err) = run(&env, &["servers", "start", "web1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(get(&env, &format!("{VMS}/web1"))["power_on"], true);
    let (code, _, err) = run(&env, &["servers", "restart", "web1", "--yes"]);
    assert_eq!(code, 7, "{err}");
    assert!(
        err.contains("as it would be with or without a restart"),
        "{err}"
    );

    // Both halves of a shutdown lose their answers: autoreboot off, then
    // the powerdown signal (the sandbox turns the server off at once).
    let (env, proxy) = sandbox(|_: &[String], this: &str| {
        if this.starts_with("PUT ") || this.starts_with("POST ") {
            Fate::LoseAnswer
        } else {
            Fate::Pass
        }
    });
    let (code, _, err) = run(&env, &["servers", "shutdown", "web1"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("took effect").count(), 2, "{err}");
    let vm = get(&env, &format!("{VMS}/web1"));
    assert_eq!(
        (vm["power_on"].as_bool(), vm["autoreboot_on"].as_bool()),
        (Some(false), Some(false))
    );
    assert_eq!(proxy.count("POST", "/signal"), 1);

    let (env, proxy) = sandbox(every("POST", Fate::LoseAnswer));
    let (code, _, err) = run(&env, &["-o", "json", "servers", "reset", "web1", "--yes"]);
    assert_eq!(code, 7, "{err}");
    let e = json(&err);
    let message = e["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("cannot tell whether it took effect"),
        "{err}"
    );
    assert!(message.contains("web1.default.demo is on"), "{err}");
    assert_eq!(e["error"]["details"]["took_effect"], Value::Null);
    assert!(e["error"]["details"].get("took_effect").is_some(), "{err}");
    assert_eq!(
        proxy.count("POST", "/signal"),
        1,
        "a signal is never resent"
    );
}

/// Deletes: a soft delete, a disc delete, a purge and a restore whose
/// answers are all lost are confirmed by a re-read (deleted; gone; gone;
/// not deleted).
#[test]
fn deletes_whose_answers_are_lost_are_checked() {
    let (env, proxy) = sandbox(|_: &[String], this: &str| {
        if this.starts_with("DELETE ") || this.starts_with("PUT ") {
            Fate::LoseAnswer
        } else {
            Fate::Pass
        }
    });
    let (code, out, err) = run(&env, &["-o", "json", "servers", "delete", "web1", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(json(&out)["deleted"], true);
    assert_eq!(
        get(&env, &format!("{VMS}/web1?include_deleted=true"))["deleted"],
        true
    );

    let (code, _, err) = run(&env, &["discs", "delete", "db1", "disc-2", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    let db1 = get(&env, &format!("{VMS}/db1?view=overview"));
    assert_eq!(db1["discs"].as_array().unwrap().len(), 1);

    let (code, _, err) = run(&env, &["servers", "delete", "db1", "--purge", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("purged db1"), "{err}");
    assert_eq!(default_servers(&env), ["web1"]);
    assert!(proxy.count("DELETE", "/db1") >= 2, "{:?}", proxy.requests());

    let (code, _, err) = run(&env, &["servers", "restore", "web1"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert_eq!(get(&env, &format!("{VMS}/web1"))["deleted"], false);
}

// ---------------------------------------------------------------------------
// Reimage.

/// db1 is off: a reimage is allowed. Its answer is lost; the re-read shows
/// it on and imaged as asked, so it happened — but the password the
/// service would have confirmed is unknown, and the command says how to
/// set one (and shows none, though one was asked for).
#[test]
fn a_lost_reimage_answer_says_the_root_password_is_unknown() {
    let (env, proxy) = sandbox(nth("POST", "/reimage", 1, Fate::LoseAnswer));
    let (code, out, err) = run(
        &env,
        &[
            "-o",
            "json",
            "servers",
            "reimage",
            "db1",
            "--image",
            "stretch",
            "--yes",
            "--show-root-password",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("root password is unknown"), "{err}");
    assert!(err.contains("--root-password-stdin"), "{err}");
    assert!(err.contains("console"), "{err}");
    let vm = json(&out);
    assert_eq!(vm["last_imaged_with"], "stretch");
    assert!(vm["reimage"].get("root_password").is_none(), "{vm}");
    assert_eq!(
        proxy.count("POST", "/reimage"),
        1,
        "a reimage is never resent"
    );
    let now = get(&env, &format!("{VMS}/db1"));
    assert_eq!(
        (now["last_imaged_with"].as_str(), now["power_on"].as_bool()),
        (Some("stretch"), Some(true))
    );
}

/// Reimaging takes a while (here 5 s): the re-read right after the lost
/// answer shows the server still off, so whether it was reimaged is not
/// known, and neither is its root password: exit 7, saying so and how to
/// set one.
#[test]
fn a_lost_reimage_answer_that_a_re_read_cannot_confirm_is_an_unknown_outcome() {
    let options = SandboxOptions {
        transition_delay: Duration::from_secs(5),
        ..Default::default()
    };
    let (env, proxy) = behind(options, nth("POST", "/reimage", 1, Fate::LoseAnswer));
    let (code, out, err) = run(
        &env,
        &["servers", "reimage", "db1", "--image", "stretch", "--yes"],
    );
    assert_eq!(code, 7, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("It is not known whether db1.default.demo was reimaged"),
        "{err}"
    );
    assert!(err.contains("root password is unknown"), "{err}");
    assert!(err.contains("--root-password-stdin"), "{err}");
    assert!(!err.contains("try again"), "{err}");
    assert_eq!(proxy.count("POST", "/reimage"), 1);
    assert_eq!(
        get(&env, &format!("{VMS}/db1"))["last_imaged_with"],
        "stretch"
    );
}

/// A group delete whose answers are lost is confirmed by a re-read (404).
#[test]
fn a_group_delete_whose_answers_are_lost_is_checked() {
    let (env, proxy) = sandbox(every("DELETE", Fate::LoseAnswer));
    assert_eq!(run(&env, &["groups", "create", "empty1"]).0, 0);
    let (code, _, err) = run(&env, &["groups", "delete", "empty1", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("took effect"), "{err}");
    assert!(err.contains("deleted group empty1.demo"), "{err}");
    let groups = get(&env, "/accounts/demo/groups");
    assert!(!groups.to_string().contains("empty1"), "{groups}");
    assert!(proxy.count("DELETE", "/groups/empty1") >= 2);
}
