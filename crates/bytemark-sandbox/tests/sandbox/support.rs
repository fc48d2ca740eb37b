//! Helpers for the sandbox integration tests: start a sandbox, log in, and
//! make raw HTTP requests (4xx/5xx are answers, not errors) with a small
//! std-only HTTP/1.1 client, so this crate needs no HTTP client dependency.

use bytemark_sandbox::{self as sandbox, SandboxHandle, SandboxOptions};
use serde_json::Value;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Connect, read and write timeout of every request.
const TIMEOUT: Duration = Duration::from_secs(20);

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

/// Makes raw requests: `agent().post(url).header(k, v).send(body)`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Agent;

pub fn agent() -> Agent {
    Agent
}

impl Agent {
    /// A request with any method (e.g. `PATCH`) to an absolute `http://` URL.
    pub fn request(&self, method: &str, url: &str) -> RequestBuilder {
        RequestBuilder {
            method: method.to_string(),
            url: url.to_string(),
            headers: Vec::new(),
        }
    }
    pub fn get(&self, url: &str) -> RequestBuilder {
        self.request("GET", url)
    }
    pub fn post(&self, url: &str) -> RequestBuilder {
        self.request("POST", url)
    }
    pub fn put(&self, url: &str) -> RequestBuilder {
        self.request("PUT", url)
    }
}

pub struct RequestBuilder {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
}

impl RequestBuilder {
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Sends the request with no body (`Content-Length: 0` for POST and PUT).
    pub fn call(self) -> io::Result<Resp> {
        exchange(&self.method, &self.url, &self.headers, None)
    }

    /// Sends the request with `body`, as is, and its `Content-Length`.
    pub fn send(self, body: impl AsRef<[u8]>) -> io::Result<Resp> {
        exchange(&self.method, &self.url, &self.headers, Some(body.as_ref()))
    }
}

fn invalid(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

/// One HTTP/1.1 exchange on a fresh connection (`Connection: close`): the
/// request line, `Host`, `headers`, `Content-Length` and `body`; then the
/// status line, headers, and a body of `Content-Length` bytes (or up to
/// EOF). Transport failures, including a connection closed before a status
/// line, are errors; any status is an answer.
pub fn exchange(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Option<&[u8]>,
) -> io::Result<Resp> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| invalid(format!("not an http:// URL: {url}")))?;
    let (authority, target) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let addr = authority
        .to_socket_addrs()?
        .next()
        .ok_or_else(|| invalid(format!("no address for {authority}")))?;
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;

    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {authority}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match body {
        Some(b) => head.push_str(&format!("Content-Length: {}\r\n", b.len())),
        None if method == "POST" || method == "PUT" => head.push_str("Content-Length: 0\r\n"),
        None => {}
    }
    head.push_str("Connection: close\r\n\r\n");
    let mut request = head.into_bytes();
    request.extend_from_slice(body.unwrap_or_default());
    stream.write_all(&request)?;
    stream.flush()?;

    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "connection closed before a response",
        ));
    }
    let status: u16 = match line.split_whitespace().collect::<Vec<_>>()[..] {
        [version, code, ..] if version.starts_with("HTTP/1.") => code
            .parse()
            .map_err(|_| invalid(format!("bad status line {line:?}")))?,
        _ => return Err(invalid(format!("bad status line {line:?}"))),
    };
    let mut content_type = String::new();
    let mut length: Option<usize> = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed in the response headers",
            ));
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| invalid(format!("bad header line {line:?}")))?;
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value.to_string(),
            "content-length" => {
                length = Some(
                    value
                        .parse()
                        .map_err(|_| invalid(format!("bad Content-Length {value:?}")))?,
                )
            }
            "transfer-encoding" => {
                return Err(invalid(format!("unsupported Transfer-Encoding {value:?}")));
            }
            _ => {}
        }
    }
    let mut bytes = Vec::new();
    if method == "HEAD" || status == 204 || status == 304 || status < 200 {
        // no body
    } else if let Some(n) = length {
        bytes.resize(n, 0);
        reader.read_exact(&mut bytes)?;
    } else {
        reader.read_to_end(&mut bytes)?;
    }
    Ok(Resp {
        status,
        content_type,
        text: String::from_utf8_lossy(&bytes).into_owned(),
    })
}

pub struct Client {
    pub base: String,
    pub agent: Agent,
    /// Sent as `Authorization: Bearer <token>` when set.
    pub token: Option<String>,
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

    pub fn try_req(&self, method: &str, path: &str, body: Option<&str>) -> io::Result<Resp> {
        let mut r = self
            .agent
            .request(method, &self.url(path))
            .header("Accept", "application/json");
        if let Some(t) = &self.token {
            r = r.header("Authorization", &format!("Bearer {t}"));
        }
        match body {
            Some(body) => r.header("Content-Type", "application/json").send(body),
            None => r.call(),
        }
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
    agent()
        .post(&format!("{base}/session"))
        .header("Content-Type", "application/json")
        .send(body)
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
