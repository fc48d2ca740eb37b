//! The HTTP transport: one `ureq` agent with explicit timeouts, bounded
//! retries for idempotent requests, a size cap on bodies, and an optional
//! trace (with tokens redacted).
//!
//! Redirects are never followed: a token or password must go only to the
//! URL it was configured for, so a 3xx is an error that says where it
//! pointed. Failures that would repeat — a redirect, a TLS failure, a
//! malformed URL or header, an oversized header block — are not retried.

use super::{Method, Request};
use crate::error::{ApiError, ApiErrorKind, Result, printable_excerpt, scrub};
use serde_json::Value;
use std::io::Read;
use std::time::{Duration, Instant};

/// Largest response body we will read. A 10,000-server account overview is
/// about 15 MiB; anything far beyond that is not a real answer.
pub const MAX_BODY_BYTES: u64 = 48 * 1024 * 1024;

/// Attempts per idempotent request by default. Five survives a service
/// failing one request in five with room to spare: all five attempts fail
/// with probability 0.2^5 = 0.03 %. Backoff before attempts 2..5 is
/// 250 ms, 500 ms, 1 s, 2 s (each ×0.5–1.5 jitter): at most 5.6 s in all,
/// well inside the 30 s budget.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 5;

/// Settings for [`Http`].
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub brain_url: String,
    pub auth_url: String,
    pub connect_timeout: Duration,
    /// Whole exchange, including reading the body.
    pub request_timeout: Duration,
    /// Attempts for idempotent requests (1 = no retry).
    pub max_attempts: u32,
    /// Give up retrying once this much time has passed since the first attempt.
    pub retry_budget: Duration,
    /// First backoff delay; doubles each attempt, with jitter.
    pub retry_base_delay: Duration,
    /// Called with one line per request, answer and retry (tokens in URLs
    /// redacted; bodies and headers never shown). `None`: silent.
    pub trace: Option<Trace>,
    /// The `User-Agent` header.
    pub user_agent: String,
}

/// Receives the transport's trace lines (see [`HttpOptions::trace`]).
pub type Trace = fn(&str);

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            brain_url: "https://uk0.bigv.io".into(),
            auth_url: "https://auth.bytemark.co.uk".into(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            retry_budget: Duration::from_secs(30),
            retry_base_delay: Duration::from_millis(250),
            trace: None,
            user_agent: format!("bytemark-api/{}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// A response as received: status and body text.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<Duration>,
}

/// The HTTP transport shared by the brain client and the auth code.
#[derive(Clone)]
pub struct Http {
    agent: ureq::Agent,
    pub options: HttpOptions,
}

impl Http {
    pub fn new(options: HttpOptions) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // 0: a 3xx comes back as it is (see `raw`).
            .max_redirects(0)
            .timeout_connect(Some(options.connect_timeout))
            .timeout_global(Some(options.request_timeout))
            .user_agent(options.user_agent.clone())
            .build();
        Http {
            agent: config.into(),
            options,
        }
    }

    /// Passes one line to the [`HttpOptions::trace`] hook, if any.
    pub fn trace(&self, line: std::fmt::Arguments<'_>) {
        if let Some(trace) = self.options.trace {
            trace(&line.to_string());
        }
    }

    /// Sends a brain request (retrying idempotent ones on transient
    /// failures) and returns the JSON body of a 2xx answer.
    pub fn brain(&self, req: &Request, token: Option<&str>) -> Result<Value> {
        let text = self.brain_text(req, token)?;
        parse_json(&text, &req.context)
    }

    /// Like [`Http::brain`], but returns the body of a 2xx answer as text,
    /// for callers that decode it themselves without building a JSON tree.
    pub fn brain_text(&self, req: &Request, token: Option<&str>) -> Result<String> {
        let url = format!(
            "{}{}",
            self.options.brain_url.trim_end_matches('/'),
            req.path_and_query()
        );
        let body = req.body.as_ref().map(|b| b.to_string());
        // Whether an earlier attempt may have taken effect (its answer lost).
        let mut uncertain = false;
        let mut attempts = 0u32;
        let after = |attempts: u32, mut e: ApiError| {
            if attempts > 1 {
                e.message
                    .push_str(&format!(" (gave up after {attempts} attempts)"));
            }
            e
        };
        let response = self
            .with_retries(req.is_idempotent(), || {
                attempts += 1;
                let r = self.raw(req.method, &url, body.as_deref(), token, "application/json");
                let unknown = match &r {
                    Ok(r) => r.status >= 500,
                    Err(e) => e.http_status.is_none(),
                };
                let seen = uncertain;
                uncertain |= unknown;
                r.map(|mut r| {
                    // A DELETE repeated after a lost answer finds nothing to
                    // delete: the first attempt did it.
                    if seen && req.method == Method::Delete && r.status == 404 {
                        self.trace(format_args!("already gone after an earlier attempt: done"));
                        r.status = 204;
                        r.body.clear();
                    }
                    r
                })
            })
            .map_err(|e| after(attempts, e))?;
        if !(200..300).contains(&response.status) {
            // A service may echo the token in an error (a 400's fields, a
            // 403's text): take it out before the body is cut short or
            // cleaned up for printing, which would leave parts of it.
            let body = scrub(&response.body, &[token.unwrap_or_default()]);
            let e = ApiError::from_http(response.status, &req.context, &body);
            return Err(if e.kind == ApiErrorKind::Network {
                after(attempts, e)
            } else {
                e
            });
        }
        Ok(response.body)
    }

    /// Runs `attempt` until it succeeds, fails permanently, or the retry
    /// count or time budget is spent. Only idempotent requests are retried.
    pub fn with_retries(
        &self,
        idempotent: bool,
        mut attempt: impl FnMut() -> Result<RawResponse>,
    ) -> Result<RawResponse> {
        let started = Instant::now();
        let max = if idempotent {
            self.options.max_attempts.max(1)
        } else {
            1
        };
        let mut n = 0;
        loop {
            n += 1;
            let outcome = attempt();
            let retryable = match &outcome {
                Ok(r) => is_transient_status(r.status),
                // A transport failure (no status) that may pass; not an
                // answer that was read but refused, such as an oversized
                // body, nor a failure that would repeat.
                Err(e) => {
                    e.kind == ApiErrorKind::Network && e.http_status.is_none() && !e.is_permanent()
                }
            };
            if !retryable || n >= max {
                return outcome;
            }
            let backoff = self.options.retry_base_delay * 2u32.saturating_pow(n - 1);
            let jittered = backoff.mul_f64(0.5 + fastrand::f64());
            let delay = match &outcome {
                Ok(RawResponse {
                    retry_after: Some(d),
                    ..
                }) => (*d).max(jittered),
                _ => jittered,
            };
            if started.elapsed() + delay > self.options.retry_budget {
                return outcome;
            }
            self.trace(format_args!(
                "retrying in {} ms (attempt {})",
                delay.as_millis(),
                n + 1
            ));
            std::thread::sleep(delay);
        }
    }

    /// One HTTP exchange. Transport failures become `Network` errors; any
    /// status is returned as a [`RawResponse`] with its body read (capped).
    pub fn raw(
        &self,
        method: Method,
        url: &str,
        body: Option<&str>,
        bearer: Option<&str>,
        accept: &str,
    ) -> Result<RawResponse> {
        let started = Instant::now();
        let shown_url = redact_url(url);
        self.trace(format_args!("> {} {}", method.as_str(), shown_url));
        if let Some(token) = bearer
            && !is_valid_token(token)
        {
            return Err(ApiError::auth(
                "the session token contains spaces or control characters and cannot be sent",
            )
            .permanent());
        }
        let auth = bearer.map(|t| format!("Bearer {t}"));
        let result = match method {
            Method::Get | Method::Delete => {
                let mut r = if method == Method::Get {
                    self.agent.get(url)
                } else {
                    self.agent.delete(url)
                };
                r = r.header("Accept", accept);
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.call()
            }
            Method::Post | Method::Put => {
                let mut r = if method == Method::Post {
                    self.agent.post(url)
                } else {
                    self.agent.put(url)
                };
                r = r
                    .header("Accept", accept)
                    .header("Content-Type", "application/json");
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.send(body.unwrap_or("{}"))
            }
        };
        let mut response = result.map_err(|e| transport_error(method, &shown_url, e))?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            return Err(redirect_error(method, &shown_url, status, &response));
        }
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| Duration::from_secs(s.min(30)));
        let mut bytes = Vec::new();
        response
            .body_mut()
            .as_reader()
            .take(MAX_BODY_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                ApiError::network(format!(
                    "{} {shown_url}: reading the response failed: {e}",
                    method.as_str()
                ))
            })?;
        if bytes.len() as u64 > MAX_BODY_BYTES {
            let mut e = ApiError::network(format!(
                "{} {shown_url}: the response is larger than {} MiB; giving up",
                method.as_str(),
                MAX_BODY_BYTES / 1024 / 1024
            ));
            // Not retried: the same request would get the same answer.
            e.http_status = Some(status);
            return Err(e);
        }
        self.trace(format_args!(
            "< {status} {} bytes in {} ms",
            bytes.len(),
            started.elapsed().as_millis()
        ));
        // Valid UTF-8 (the normal case) is kept without copying: a large
        // account overview should be held in memory once, not twice.
        let body = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Ok(RawResponse {
            status,
            body,
            retry_after,
        })
    }
}

/// Decodes a 2xx body: empty (a 204) is `Value::Null`; anything that is not
/// JSON is a server fault (exit 7) with a short, printable excerpt.
pub fn parse_json(text: &str, context: &str) -> Result<Value> {
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(text).map_err(|e| {
        ApiError::network(format!(
            "{context}: the API sent a response that is not valid JSON ({e}): {}",
            printable_excerpt(text)
        ))
    })
}

/// Statuses worth another attempt of an idempotent request: 429 (after
/// `Retry-After`), and 500, 502, 503, 504 — a proxy or an overloaded
/// application server, usually gone a moment later. (500 is included because
/// a brain behind a load balancer answers it for transient faults too; an
/// idempotent request costs nothing to repeat.)
pub fn is_transient_status(status: u16) -> bool {
    matches!(status, 429 | 500 | 502 | 503 | 504)
}

fn transport_error(method: Method, shown_url: &str, e: ureq::Error) -> ApiError {
    let what = match &e {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::ConnectionFailed => "could not connect".to_string(),
        ureq::Error::HostNotFound => "host not found".to_string(),
        ureq::Error::Io(io) => format!("connection failed: {io}"),
        other => format!("{other}"),
    };
    let error = ApiError::network(format!("{} {shown_url}: {what}", method.as_str()));
    if may_pass(&e) {
        error.with_hint("check the endpoint and your network, then try again")
    } else {
        error
            .with_hint("check the endpoint URL (and, for TLS errors, the server's certificate)")
            .permanent()
    }
}

/// Whether a transport failure may pass on another attempt: a timeout, a
/// refused or dropped connection, a failed DNS lookup, a garbled answer. A
/// TLS failure (which rustls reports as invalid data), a malformed URL or
/// header, a redirect or an oversized header block would only repeat.
fn may_pass(e: &ureq::Error) -> bool {
    match e {
        ureq::Error::Io(io) => io.kind() != std::io::ErrorKind::InvalidData,
        ureq::Error::Timeout(_)
        | ureq::Error::ConnectionFailed
        | ureq::Error::HostNotFound
        | ureq::Error::Protocol(_)
        | ureq::Error::BodyStalled => true,
        _ => false,
    }
}

/// A 3xx: not followed (the credentials would go wherever it points) and
/// not retried; the error says where it pointed.
fn redirect_error(
    method: Method,
    shown_url: &str,
    status: u16,
    response: &ureq::http::Response<ureq::Body>,
) -> ApiError {
    let location = response
        .headers()
        .get("location")
        .map(|v| printable_excerpt(&redact_url(&String::from_utf8_lossy(v.as_bytes()))))
        .filter(|l| !l.is_empty())
        .map(|l| format!(" to {l}"))
        .unwrap_or_default();
    let mut e = ApiError::network(format!(
        "{} {shown_url}: the service answered with a redirect (HTTP {status}){location}, \
         which is not followed",
        method.as_str()
    ))
    .with_hint("check the endpoint URL: use the address the service redirects to, if you trust it")
    .permanent();
    e.http_status = Some(status);
    e
}

/// Whether `token` can be sent as a bearer token: not empty, and no
/// spaces, line breaks or other control characters (which would end or
/// split the header).
pub fn is_valid_token(token: &str) -> bool {
    !token.is_empty() && !token.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Hides session tokens in URLs: `/session/<token>` → `/session/[redacted]`.
pub fn redact_url(url: &str) -> String {
    match url.find("/session/") {
        Some(i) => {
            let start = i + "/session/".len();
            let end = url[start..]
                .find(['/', '?'])
                .map(|j| start + j)
                .unwrap_or(url.len());
            format!("{}[redacted]{}", &url[..start], &url[end..])
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_tokens_are_redacted_from_urls() {
        assert_eq!(
            redact_url("http://x/session/abc123"),
            "http://x/session/[redacted]"
        );
        assert_eq!(
            redact_url("http://x/session/abc?y=1"),
            "http://x/session/[redacted]?y=1"
        );
        assert_eq!(redact_url("http://x/accounts"), "http://x/accounts");
    }
}
