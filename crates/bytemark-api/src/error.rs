//! The one error type of the client, classified by what went wrong.
//!
//! The kind is all a caller needs to decide what to do (a command-line tool
//! maps it to an exit code, a service to a retry or an alert); the message is
//! for people, built from names and status lines, never from request bodies
//! or headers.

use serde_json::Value;
use std::fmt;
use std::sync::Arc;

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiErrorKind {
    /// The API answered 401, or the auth service refused the credentials.
    Auth,
    /// The API answered 404 (or 410): the thing does not exist or the
    /// caller cannot see it.
    NotFound,
    /// The API answered 403: the caller can see it but not change it.
    Forbidden,
    /// The API rejected the request (400, 409, 422); per-field messages are
    /// in the message and the parsed body in `details`.
    Rejected,
    /// No usable answer: connect failure, timeout, 5xx, or a body that is not
    /// what the API promises. Outcome unknown for non-idempotent requests.
    Network,
    /// The caller's [`crate::Session`] could not provide a token; its own
    /// error is kept (see [`ApiError::session_error`]).
    Session,
}

/// An error from the API, the auth service or the transport.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub kind: ApiErrorKind,
    pub message: String,
    /// What the caller might do about it, in general terms.
    pub hint: Option<String>,
    pub http_status: Option<u16>,
    /// The parsed body of a 400 (`{"field": ["message", ...]}`).
    pub details: Option<Value>,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

pub type Result<T, E = ApiError> = std::result::Result<T, E>;

impl ApiError {
    pub fn new(kind: ApiErrorKind, message: impl Into<String>) -> Self {
        ApiError {
            kind,
            message: message.into(),
            hint: None,
            http_status: None,
            details: None,
            source: None,
        }
    }

    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ApiErrorKind::Network, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ApiErrorKind::Auth, message)
    }

    /// Wraps the error of a [`crate::Session`] implementation, so that it
    /// comes back to the caller unchanged (see [`ApiError::session_error`]).
    pub fn session(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        let mut error = Self::new(ApiErrorKind::Session, e.to_string());
        error.source = Some(Arc::new(e));
        error
    }

    /// The session implementation's own error, when this is a
    /// [`ApiErrorKind::Session`] failure of type `E`.
    pub fn session_error<E: std::error::Error + 'static>(&self) -> Option<&E> {
        self.source.as_deref()?.downcast_ref::<E>()
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether a failed request may have taken effect anyway: a transport
    /// failure, a timeout, a 5xx, or a 429 (which did not, but is worth the
    /// same careful retry).
    pub fn outcome_unknown(&self) -> bool {
        self.kind == ApiErrorKind::Network || self.http_status == Some(429)
    }

    /// Classifies an HTTP error status from the brain or the auth service.
    ///
    /// `body` is the response body as text (possibly empty or garbage); a
    /// Rails-style `{"field": ["message", ...]}` 400 body becomes per-field
    /// lines in the message and the parsed object in `details`.
    pub fn from_http(status: u16, context: &str, body: &str) -> Self {
        let kind = match status {
            400 | 409 | 422 => ApiErrorKind::Rejected,
            401 => ApiErrorKind::Auth,
            403 => ApiErrorKind::Forbidden,
            404 | 410 => ApiErrorKind::NotFound,
            _ => ApiErrorKind::Network,
        };
        let parsed: Option<Value> = serde_json::from_str(body).ok();
        let mut message = match kind {
            ApiErrorKind::Rejected => format!("{context}: rejected by the API"),
            ApiErrorKind::Auth => format!("{context}: the session is not valid (HTTP 401)"),
            ApiErrorKind::Forbidden => format!("{context}: permission denied"),
            ApiErrorKind::NotFound => format!("{context}: not found"),
            _ => format!("{context}: server error (HTTP {status})"),
        };
        match &parsed {
            Some(Value::Object(fields)) if kind == ApiErrorKind::Rejected => {
                for line in field_messages(fields) {
                    message.push_str("\n  • ");
                    message.push_str(&line);
                }
            }
            _ if kind == ApiErrorKind::Rejected || kind == ApiErrorKind::Forbidden => {
                let text = printable_excerpt(body);
                if !text.is_empty() {
                    message.push_str(": ");
                    message.push_str(&text);
                }
            }
            _ => {}
        }
        let mut error = ApiError::new(kind, message);
        error.http_status = Some(status);
        error.details = parsed.filter(|v| v.is_object());
        error
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ApiError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Turns a Rails-style error object into readable lines:
/// `{"memory": ["is not a number"]}` → `memory: is not a number`;
/// per-disc arrays (`{"discs": [{}, {"size": [...]}]}`) → `disc 2 size: ...`.
pub fn field_messages(fields: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut lines = Vec::new();
    for (field, value) in fields {
        let name = field.replace('_', " ");
        match value {
            Value::String(s) => lines.push(format!("{name}: {s}")),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => lines.push(format!("{name}: {s}")),
                        Value::Object(inner) => {
                            for line in field_messages(inner) {
                                lines.push(format!("{name} {} {line}", i + 1));
                            }
                        }
                        other => lines.push(format!("{name}: {other}")),
                    }
                }
            }
            Value::Object(inner) => {
                for line in field_messages(inner) {
                    lines.push(format!("{name} {line}"));
                }
            }
            other => lines.push(format!("{name}: {other}")),
        }
    }
    lines
}

/// At most 200 printable characters of a body, on one line, so an HTML error
/// page or binary garbage cannot flood the terminal.
pub fn printable_excerpt(body: &str) -> String {
    // Binary data (bytes that were not UTF-8 became U+FFFD when read, or
    // mostly control characters) says nothing to a person: give its size.
    let controls = body
        .chars()
        .filter(|c| c.is_control() && !c.is_whitespace())
        .count();
    if body.contains('\u{FFFD}') || controls * 10 > body.chars().count() {
        return format!("({} bytes of binary data)", body.len());
    }
    let cleaned: String = body
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if trimmed.chars().count() > 200 {
        let cut: String = trimmed.chars().take(200).collect();
        format!("{cut}…")
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_statuses_are_classified() {
        let kind = |s| ApiError::from_http(s, "x", "").kind;
        assert_eq!(kind(400), ApiErrorKind::Rejected);
        assert_eq!(kind(401), ApiErrorKind::Auth);
        assert_eq!(kind(403), ApiErrorKind::Forbidden);
        assert_eq!(kind(404), ApiErrorKind::NotFound);
        assert_eq!(kind(500), ApiErrorKind::Network);
        assert_eq!(kind(503), ApiErrorKind::Network);
    }

    #[test]
    fn rails_errors_become_field_lines() {
        let e = ApiError::from_http(
            400,
            "create server web1",
            r#"{"memory": ["is not a number"], "discs": [{}, {"size": ["must be greater than or equal to 50"]}]}"#,
        );
        assert!(
            e.message.contains("memory: is not a number"),
            "{}",
            e.message
        );
        assert!(
            e.message
                .contains("discs 2 size: must be greater than or equal to 50"),
            "{}",
            e.message
        );
        assert!(e.details.is_some());
    }

    #[test]
    fn binary_bodies_are_described_not_shown() {
        let body = String::from_utf8_lossy(&[0xff, 0xfe, b'a', 0x00, 0x1b]).into_owned();
        assert_eq!(printable_excerpt(&body), "(9 bytes of binary data)");
        assert_eq!(
            printable_excerpt("\u{1}\u{2}\u{3}x"),
            "(4 bytes of binary data)"
        );
        assert_eq!(printable_excerpt("café\tbar\n"), "café bar");
    }

    #[test]
    fn garbage_bodies_are_shortened_and_cleaned() {
        let body = format!("<html>\n{}\u{0}</html>", "x".repeat(5000));
        let e = ApiError::from_http(400, "x", &body);
        assert!(e.message.chars().count() < 300);
        assert!(!e.message.contains('\u{0}'));
    }

    #[derive(Debug)]
    struct Mine;
    impl fmt::Display for Mine {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "mine")
        }
    }
    impl std::error::Error for Mine {}

    #[test]
    fn a_session_error_comes_back_as_itself() {
        let e = ApiError::session(Mine);
        assert_eq!(e.kind, ApiErrorKind::Session);
        assert!(e.session_error::<Mine>().is_some());
        assert!(ApiError::network("x").session_error::<Mine>().is_none());
    }
}
