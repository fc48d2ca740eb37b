//! The one error type of the tool and its classification into exit codes.
//!
//! Every failure — a bad flag, a refused login, a 404, a dropped connection —
//! becomes an [`Error`] with an [`ErrorKind`]; the kind alone decides the exit
//! code (design.md §7), so the table lives in exactly one place.

use serde_json::{Value, json};
use std::fmt;

/// What went wrong, as far as the exit code is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or a local I/O failure (exit 1).
    Unexpected,
    /// Bad flag, argument or value, caught before any request (exit 2).
    Usage,
    /// Bad credentials, or no session and no way to prompt (exit 3).
    Auth,
    /// The API answered 404 (exit 4).
    NotFound,
    /// The API answered 403 (exit 5).
    Forbidden,
    /// The API rejected the request (400) or it conflicts with current state (exit 6).
    Rejected,
    /// Connect failure, timeout or 5xx after retries (exit 7).
    Network,
    /// A destructive action needs `--yes`, or the user declined (exit 8).
    ConfirmationNeeded,
    /// `--wait` ran out of time (exit 9).
    WaitTimeout,
    /// Ctrl-C (exit 130).
    Interrupted,
}

impl ErrorKind {
    /// Every kind, in exit-code order (used by docs and tests).
    pub const ALL: [ErrorKind; 10] = [
        ErrorKind::Unexpected,
        ErrorKind::Usage,
        ErrorKind::Auth,
        ErrorKind::NotFound,
        ErrorKind::Forbidden,
        ErrorKind::Rejected,
        ErrorKind::Network,
        ErrorKind::ConfirmationNeeded,
        ErrorKind::WaitTimeout,
        ErrorKind::Interrupted,
    ];

    /// The process exit code for this kind (design.md §7).
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Unexpected => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Auth => 3,
            ErrorKind::NotFound => 4,
            ErrorKind::Forbidden => 5,
            ErrorKind::Rejected => 6,
            ErrorKind::Network => 7,
            ErrorKind::ConfirmationNeeded => 8,
            ErrorKind::WaitTimeout => 9,
            ErrorKind::Interrupted => 130,
        }
    }

    /// How bad this failure is within a batch (`servers start a b c`), whose
    /// exit code is that of the worst one: the one a script most needs to
    /// react to. An interruption, then a bug, then authentication and the
    /// network (nothing worked), then a timeout, a refused confirmation, and
    /// last the per-server API answers.
    pub fn severity(self) -> u8 {
        match self {
            ErrorKind::Interrupted => 10,
            ErrorKind::Unexpected => 9,
            ErrorKind::Auth => 8,
            ErrorKind::Network => 7,
            ErrorKind::WaitTimeout => 6,
            ErrorKind::ConfirmationNeeded => 5,
            ErrorKind::Forbidden => 4,
            ErrorKind::NotFound => 3,
            ErrorKind::Rejected => 2,
            ErrorKind::Usage => 1,
        }
    }

    /// Stable machine-readable name, used as `error.code` in JSON errors.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Unexpected => "unexpected",
            ErrorKind::Usage => "usage",
            ErrorKind::Auth => "auth",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::Rejected => "rejected",
            ErrorKind::Network => "network",
            ErrorKind::ConfirmationNeeded => "confirmation_needed",
            ErrorKind::WaitTimeout => "wait_timeout",
            ErrorKind::Interrupted => "interrupted",
        }
    }

    /// One line describing the kind, for the exit-code help topic.
    pub fn meaning(self) -> &'static str {
        match self {
            ErrorKind::Unexpected => "unexpected failure (a bug, local I/O)",
            ErrorKind::Usage => "usage: bad flag, argument or value, caught before any request",
            ErrorKind::Auth => "authentication: bad credentials, no session and no way to prompt",
            ErrorKind::NotFound => "not found (404)",
            ErrorKind::Forbidden => "permission denied (403)",
            ErrorKind::Rejected => {
                "rejected by the API (400, per-field messages shown) or a conflict"
            }
            ErrorKind::Network => "network or server failure (connect, timeout, 5xx) after retries",
            ErrorKind::ConfirmationNeeded => {
                "confirmation needed: destructive action without --yes and no TTY, or declined"
            }
            ErrorKind::WaitTimeout => "--wait timed out",
            ErrorKind::Interrupted => "interrupted",
        }
    }
}

/// An error with everything needed to report it: kind, message, an optional
/// hint for the user, and for API errors the HTTP status and details.
///
/// Messages never contain secrets: callers build them from names and status
/// lines, never from request bodies or headers.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    pub http_status: Option<u16>,
    pub details: Option<Value>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            http_status: None,
            details: None,
        }
    }

    pub fn unexpected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unexpected, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn rejected(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Rejected, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Network, message)
    }
    pub fn confirmation_needed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ConfirmationNeeded, message)
    }
    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Interrupted, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }

    /// Classifies an HTTP error status from the brain or the auth service.
    ///
    /// `body` is the response body as text (possibly empty or garbage); a
    /// Rails-style `{"field": ["message", ...]}` 400 body becomes per-field
    /// lines in the message and the parsed object in `details`.
    pub fn from_http(status: u16, context: &str, body: &str) -> Self {
        let kind = match status {
            400 | 409 | 422 => ErrorKind::Rejected,
            401 => ErrorKind::Auth,
            403 => ErrorKind::Forbidden,
            404 | 410 => ErrorKind::NotFound,
            _ => ErrorKind::Network,
        };
        let parsed: Option<Value> = serde_json::from_str(body).ok();
        let mut message = match kind {
            ErrorKind::Rejected => format!("{context}: rejected by the API"),
            ErrorKind::Auth => format!("{context}: the session is not valid (HTTP 401)"),
            ErrorKind::Forbidden => format!("{context}: permission denied"),
            ErrorKind::NotFound => format!("{context}: not found"),
            _ => format!("{context}: server error (HTTP {status})"),
        };
        match &parsed {
            Some(Value::Object(fields)) if kind == ErrorKind::Rejected => {
                for line in field_messages(fields) {
                    message.push_str("\n  • ");
                    message.push_str(&line);
                }
            }
            _ if kind == ErrorKind::Rejected || kind == ErrorKind::Forbidden => {
                let text = printable_excerpt(body);
                if !text.is_empty() {
                    message.push_str(": ");
                    message.push_str(&text);
                }
            }
            _ => {}
        }
        let mut error = Error::new(kind, message);
        error.http_status = Some(status);
        error.details = parsed.filter(|v| v.is_object());
        if kind == ErrorKind::Auth {
            error.hint =
                Some("run `bytemark login`, or set BYTEMARK_USER and BYTEMARK_PASSWORD".into());
        }
        error
    }

    /// The error as the JSON object written to stderr under `-o json`.
    pub fn to_json(&self) -> Value {
        json!({
            "error": {
                "code": self.kind.code(),
                "exit_code": self.exit_code(),
                "message": self.message,
                "hint": self.hint,
                "http_status": self.http_status,
                "details": self.details,
            }
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\nhint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::unexpected(format!("I/O error: {e}"))
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
    fn exit_codes_follow_the_design_table() {
        let codes: Vec<i32> = ErrorKind::ALL.iter().map(|k| k.exit_code()).collect();
        assert_eq!(codes, vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 130]);
    }

    #[test]
    fn http_statuses_are_classified() {
        assert_eq!(Error::from_http(400, "x", "").kind, ErrorKind::Rejected);
        assert_eq!(Error::from_http(401, "x", "").kind, ErrorKind::Auth);
        assert_eq!(Error::from_http(403, "x", "").kind, ErrorKind::Forbidden);
        assert_eq!(Error::from_http(404, "x", "").kind, ErrorKind::NotFound);
        assert_eq!(Error::from_http(500, "x", "").kind, ErrorKind::Network);
        assert_eq!(Error::from_http(503, "x", "").kind, ErrorKind::Network);
    }

    #[test]
    fn rails_errors_become_field_lines() {
        let e = Error::from_http(
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
        let e = Error::from_http(400, "x", &body);
        assert!(e.message.chars().count() < 300);
        assert!(!e.message.contains('\u{0}'));
    }
}
