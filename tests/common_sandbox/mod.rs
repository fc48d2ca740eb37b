//! Helpers for the sandbox integration tests: start a sandbox, log in, and
//! make raw HTTP requests with ureq (4xx/5xx are answers, not errors).
#![allow(dead_code)]

use bytemark_sandbox::{self as sandbox, SandboxHandle, SandboxOptions};
use serde_json::Value;
use std::time::Duration;

pub struct Resp {
    pub status: u16,
    pub content_type: String,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .into()
}

pub struct Client {
    pub base: String,
    pub agent: ureq::Agent,
    /// Sent as `Authorization: Bearer <token>` when set.
    pub token: Option<String>,
}

fn finish(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<Resp, ureq::Error> {
    let mut r = r?;
    let status = r.status().as_u16();
    let content_type = r
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let text = r
        .body_mut()
        .with_config()
        .limit(512 * 1024 * 1024)
        .read_to_string()?;
    Ok(Resp {
        status,
        content_type,
        text,
    })
}

impl Client {
    pub fn new(base: &str) -> Client {
        Client {
            base: base.to_string(),
            agent: agent(),
            token: None,
        }
    }

    pub fn with_token(base: &str, token: &str) -> Client {
        let mut c = Client::new(base);
        c.token = Some(token.to_string());
        c
    }

    /// Logs in with a password (no second factor) and keeps the token.
    pub fn login(base: &str, user: &str, password: &str) -> Client {
        let token = login_token(base, user, password);
        Client::with_token(base, &token)
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn try_req(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
    ) -> Result<Resp, ureq::Error> {
        let url = self.url(path);
        let auth = self.token.as_ref().map(|t| format!("Bearer {t}"));
        macro_rules! with_auth {
            ($b:expr) => {{
                let b = $b.header("Accept", "application/json");
                match &auth {
                    Some(a) => b.header("Authorization", a),
                    None => b,
                }
            }};
        }
        let r = match method {
            "GET" => with_auth!(self.agent.get(&url)).call(),
            "DELETE" => with_auth!(self.agent.delete(&url)).call(),
            "POST" | "PUT" => {
                let b = if method == "POST" {
                    self.agent.post(&url)
                } else {
                    self.agent.put(&url)
                };
                let b = with_auth!(b);
                match body {
                    Some(body) => b.header("Content-Type", "application/json").send(body),
                    None => b.send_empty(),
                }
            }
            m => panic!("unsupported method {m}"),
        };
        finish(r)
    }

    pub fn req(&self, method: &str, path: &str, body: Option<&str>) -> Resp {
        self.try_req(method, path, body)
            .unwrap_or_else(|e| panic!("{method} {path}: transport error {e}"))
    }

    pub fn get(&self, path: &str) -> Resp {
        self.req("GET", path, None)
    }
    pub fn post(&self, path: &str, body: &str) -> Resp {
        self.req("POST", path, Some(body))
    }
    pub fn put(&self, path: &str, body: &str) -> Resp {
        self.req("PUT", path, Some(body))
    }
    pub fn delete(&self, path: &str) -> Resp {
        self.req("DELETE", path, None)
    }

    /// GET that must answer 200 with JSON.
    pub fn get_json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "GET {path}: {}", r.text);
        r.json()
    }
}

/// POST /session with a JSON body; returns the response.
pub fn post_session(base: &str, body: &str) -> Resp {
    finish(
        agent()
            .post(&format!("{base}/session"))
            .header("Content-Type", "application/json")
            .send(body),
    )
    .expect("POST /session")
}

pub fn login_token(base: &str, user: &str, password: &str) -> String {
    let r = post_session(
        base,
        &serde_json::json!({"username": user, "password": password}).to_string(),
    );
    assert_eq!(r.status, 200, "login {user}: {}", r.text);
    r.text
}

/// A sandbox in memory with default options.
pub fn start() -> SandboxHandle {
    start_with(SandboxOptions::default())
}

pub fn start_with(opts: SandboxOptions) -> SandboxHandle {
    sandbox::start(opts).expect("sandbox starts")
}

/// A sandbox and a client logged in as demo.
pub fn demo() -> (SandboxHandle, Client) {
    let sb = start();
    let c = Client::login(sb.base_url(), "demo", "demo");
    (sb, c)
}

pub const VMS: &str = "/accounts/demo/groups/default/virtual_machines";

/// The names in a JSON array of objects.
pub fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|o| o["name"].as_str().unwrap_or_default().to_string())
        .collect()
}
