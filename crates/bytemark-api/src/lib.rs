//! A typed blocking client for Bytemark's Cloud Servers API (historically
//! "BigV") and its authentication service, over `ureq`.
//!
//! * [`requests`] builds every call as a plain [`Request`] value (method,
//!   percent-encoded path, query, JSON body), so a caller can print exactly
//!   what would be sent, and tests can check it without a server.
//! * [`Http`] sends requests: explicit connect and request timeouts, bounded
//!   retries with jittered backoff for idempotent requests (a `POST` is never
//!   resent blindly), a size cap on answers, and an optional trace hook.
//! * [`Client`] adds the session: a bearer token from your [`Session`], one
//!   renewal and replay after a 401, and a shape check of every answer.
//! * [`outcome`]: when an answer is lost, [`Client::create_checked`] looks
//!   the new thing up by name instead of creating it twice (and takes it as
//!   its own only when it can know it is), and [`Client::change`] re-reads
//!   what it changed to say whether the change is in place.
//! * [`auth`] speaks the auth service's protocol: create a session (with
//!   two-factor or Yubikey codes) and read it back.
//! * Every failure is one [`ApiError`] whose [`ApiErrorKind`] says what went
//!   wrong (401, 403, 404, 400 with per-field messages, network or server).
//!
//! The crate reads no environment variables and writes nothing to the
//! terminal; keeping the token (a keyring, a file) is the caller's choice.
//!
//! # Example
//!
//! Log in, then list the servers of an account. (Here against
//! `bytemark-sandbox`, a local stand-in for the real service; for the real
//! one, leave the URLs at their defaults.)
//!
//! ```
//! use bytemark_api::{ApiError, Client, Http, HttpOptions, Session, auth, requests};
//!
//! /// The simplest session: a token from one login, kept in memory.
//! struct Token(String);
//!
//! impl Session for Token {
//!     fn token(&self, _: &Http) -> bytemark_api::Result<String> {
//!         Ok(self.0.clone())
//!     }
//!     fn used(&self) {}
//!     fn renew(&self, _: &Http) -> bytemark_api::Result<String> {
//!         Err(ApiError::auth("the session has expired: log in again"))
//!     }
//! }
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let sandbox = bytemark_sandbox::start(Default::default())?;
//! # let url = sandbox.base_url().to_string();
//! let http = Http::new(HttpOptions {
//!     brain_url: url.clone(),
//!     auth_url: url,
//!     ..HttpOptions::default()
//! });
//! let credentials = auth::Credentials {
//!     user: "demo".into(),
//!     password: "demo".into(),
//!     otp: None,
//!     yubikey: None,
//! };
//! let token = auth::create_session(&http, &credentials, 300)?;
//! let client = Client::new(http, Box::new(Token(token)));
//!
//! let account = client.send(&requests::account_overview("demo", false))?;
//! for group in account["groups"].as_array().into_iter().flatten() {
//!     for server in group["virtual_machines"].as_array().into_iter().flatten() {
//!         println!("{}.{}", server["name"], group["name"]);
//!     }
//! }
//! # Ok(())
//! # }
//! ```

pub mod auth;
pub mod error;
pub mod http;
pub mod models;
pub mod outcome;
mod raw;
pub mod requests;

pub use error::{ApiError, ApiErrorKind, Result};
pub use http::{Http, HttpOptions};
pub use outcome::{Changed, Check, CreateCheck, Created};

use serde::Serialize;
use serde_json::Value;

/// HTTP method of a [`Request`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// One brain request, before it is sent. `path` is relative to the brain base
/// URL and already percent-encoded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Request {
    pub method: Method,
    pub path: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// What this request does, in words, for error messages ("create server web1").
    #[serde(skip)]
    pub context: String,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>, context: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            context: context.into(),
        }
    }

    pub fn get(path: impl Into<String>, context: impl Into<String>) -> Self {
        Self::new(Method::Get, path, context)
    }

    pub fn query(mut self, key: &str, value: &str) -> Self {
        self.query.push((key.to_string(), value.to_string()));
        self
    }

    pub fn body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Safe to send twice: GET, PUT and DELETE are; POST is not.
    pub fn is_idempotent(&self) -> bool {
        self.method != Method::Post
    }

    /// The path with its query string, as sent.
    pub fn path_and_query(&self) -> String {
        if self.query.is_empty() {
            return self.path.clone();
        }
        let q: Vec<String> = self
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", encode_segment(k), encode_segment(v)))
            .collect();
        format!("{}?{}", self.path, q.join("&"))
    }
}

/// Percent-encodes one path segment or query component (RFC 3986 unreserved
/// characters pass through).
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A lookup: `Ok(Some(json))` for a successful `req`, `Ok(None)` for a
/// 404, any other error as is. For [`Client::create`] and the checks of
/// [`Client::change`].
pub fn found(client: &Client, req: &Request) -> Result<Option<Value>> {
    match client.send(req) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind == ApiErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Where the session token comes from. The caller implements it (the
/// `bytemark` CLI keeps the token in the OS keyring and refreshes it before
/// it expires); the client only asks for a token, reports when a request
/// authenticated, and asks for a new token once after a 401. An error of the
/// caller's own comes back through [`ApiError::session`].
pub trait Session {
    /// A token believed valid (the implementation refreshes it first when it
    /// is close to expiry).
    fn token(&self, http: &Http) -> Result<String>;
    /// The brain accepted the token just now (its expiry moved forward).
    fn used(&self);
    /// The brain answered 401: obtain a fresh token (log in again) or fail.
    fn renew(&self, http: &Http) -> Result<String>;
}

/// Lets the context and the client share one session.
impl<S: Session + ?Sized> Session for std::rc::Rc<S> {
    fn token(&self, http: &Http) -> Result<String> {
        (**self).token(http)
    }
    fn used(&self) {
        (**self).used()
    }
    fn renew(&self, http: &Http) -> Result<String> {
        (**self).renew(http)
    }
}

/// An authenticated brain client.
pub struct Client {
    pub http: Http,
    session: Box<dyn Session>,
}

impl Client {
    pub fn new(http: Http, session: Box<dyn Session>) -> Self {
        Client { http, session }
    }

    /// Sends `req` with the session token; on a 401 renews the session once
    /// and replays the request once. Returns the decoded JSON body
    /// (`Value::Null` for an empty 2xx body such as a 204).
    pub fn send(&self, req: &Request) -> Result<Value> {
        let value = http::parse_json(&self.send_text(req)?, &req.context)?;
        // A body of the wrong shape (an object for an array, "name": 5) is
        // a server fault, exit 7, not an empty table.
        let shape = models::expected_shape(req.method, &req.path);
        models::check_shape(shape, &value, &req.context)?;
        Ok(value)
    }

    /// Like [`Client::send`], but returns the 2xx body as text, for large
    /// answers decoded without a JSON tree (the 10,000-server overview).
    pub fn send_text(&self, req: &Request) -> Result<String> {
        let token = self.session.token(&self.http)?;
        let text = match self.http.brain_text(req, Some(&token)) {
            Ok(v) => v,
            Err(e) if e.kind == ApiErrorKind::Auth && e.http_status == Some(401) => {
                let token = self.session.renew(&self.http)?;
                self.http.brain_text(req, Some(&token))?
            }
            Err(e) => return Err(e),
        };
        self.session.used();
        // Empty, or not the object/array the path promises: exit 7.
        let shape = models::expected_shape(req.method, &req.path);
        models::check_shape_text(shape, &text, &req.context)?;
        Ok(text)
    }
}
