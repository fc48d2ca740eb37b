//! The HTTP transport: one `ureq` agent with explicit timeouts, bounded
//! retries for idempotent requests, a size cap on bodies, and the `--debug`
//! trace (with tokens redacted).

use super::{Method, Request};
use crate::error::{Error, Result, printable_excerpt};
use serde_json::Value;
use std::io::Read;
use std::time::{Duration, Instant};

/// Largest response body we will read. A 10,000-server account overview is
/// about 15 MiB; anything far beyond that is not a real answer.
pub const MAX_BODY_BYTES: u64 = 48 * 1024 * 1024;

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
    pub debug: bool,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            brain_url: "https://uk0.bigv.io".into(),
            auth_url: "https://auth.bytemark.co.uk".into(),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            max_attempts: 4,
            retry_budget: Duration::from_secs(30),
            retry_base_delay: Duration::from_millis(250),
            debug: false,
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
            .timeout_connect(Some(options.connect_timeout))
            .timeout_global(Some(options.request_timeout))
            .user_agent(format!("bytemark-cli/{}", env!("CARGO_PKG_VERSION")))
            .build();
        Http {
            agent: config.into(),
            options,
        }
    }

    /// Sends a brain request (retrying idempotent ones on transient
    /// failures) and returns the JSON body of a 2xx answer.
    pub fn brain(&self, req: &Request, token: Option<&str>) -> Result<Value> {
        let url = format!(
            "{}{}",
            self.options.brain_url.trim_end_matches('/'),
            req.path_and_query()
        );
        let body = req.body.as_ref().map(|b| b.to_string());
        let response = self.with_retries(req.is_idempotent(), || {
            self.raw(req.method, &url, body.as_deref(), token, "application/json")
        })?;
        if !(200..300).contains(&response.status) {
            return Err(Error::from_http(
                response.status,
                &req.context,
                &response.body,
            ));
        }
        if response.body.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(&response.body).map_err(|e| {
            Error::network(format!(
                "{}: the API sent a response that is not valid JSON ({e}): {}",
                req.context,
                printable_excerpt(&response.body)
            ))
        })
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
                Ok(r) => matches!(r.status, 429 | 502 | 503 | 504),
                Err(e) => e.kind == crate::ErrorKind::Network,
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
            if self.options.debug {
                eprintln!(
                    "debug: retrying in {} ms (attempt {})",
                    delay.as_millis(),
                    n + 1
                );
            }
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
        if self.options.debug {
            eprintln!("debug: > {} {}", method.as_str(), shown_url);
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
                Error::network(format!(
                    "{} {shown_url}: reading the response failed: {e}",
                    method.as_str()
                ))
            })?;
        if bytes.len() as u64 > MAX_BODY_BYTES {
            return Err(Error::network(format!(
                "{} {shown_url}: the response is larger than {} MiB; giving up",
                method.as_str(),
                MAX_BODY_BYTES / 1024 / 1024
            )));
        }
        let body = String::from_utf8_lossy(&bytes).into_owned();
        if self.options.debug {
            eprintln!(
                "debug: < {status} {} bytes in {} ms",
                bytes.len(),
                started.elapsed().as_millis()
            );
        }
        Ok(RawResponse {
            status,
            body,
            retry_after,
        })
    }
}

fn transport_error(method: Method, shown_url: &str, e: ureq::Error) -> Error {
    let what = match &e {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::ConnectionFailed => "could not connect".to_string(),
        ureq::Error::HostNotFound => "host not found".to_string(),
        ureq::Error::Io(io) => format!("connection failed: {io}"),
        other => format!("{other}"),
    };
    Error::network(format!("{} {shown_url}: {what}", method.as_str()))
        .with_hint("check the endpoint and your network, then try again")
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
