//! The one error type of the tool and its classification into exit codes.
//!
//! Every failure — a bad flag, a refused login, a 404, a dropped connection —
//! becomes an [`Error`] with an [`ErrorKind`]; the kind alone decides the exit
//! code (design.md §7), so the table lives in exactly one place.

use bytemark_api::{ApiError, ApiErrorKind};
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

/// The API crate's classification, mapped to exit codes here and only here.
impl From<ApiErrorKind> for ErrorKind {
    fn from(kind: ApiErrorKind) -> Self {
        match kind {
            ApiErrorKind::Auth => ErrorKind::Auth,
            ApiErrorKind::NotFound => ErrorKind::NotFound,
            ApiErrorKind::Forbidden => ErrorKind::Forbidden,
            ApiErrorKind::Rejected => ErrorKind::Rejected,
            ApiErrorKind::Network => ErrorKind::Network,
            ApiErrorKind::Session => ErrorKind::Unexpected,
        }
    }
}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        // The session manager's own error (a refused login, no TTY to
        // prompt on) passed through the client unchanged.
        if let Some(own) = e.session_error::<Error>() {
            return own.clone();
        }
        let kind = ErrorKind::from(e.kind);
        let hint = match kind {
            ErrorKind::Auth => {
                Some("run `bytemark login`, or set BYTEMARK_USER and BYTEMARK_PASSWORD".to_string())
            }
            _ => e.hint,
        };
        Error {
            kind,
            message: e.message,
            hint,
            http_status: e.http_status,
            details: e.details,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::unexpected(format!("I/O error: {e}"))
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
    fn api_errors_keep_their_class_and_session_errors_themselves() {
        let e = Error::from(ApiError::from_http(404, "show server x", ""));
        assert_eq!((e.kind, e.http_status), (ErrorKind::NotFound, Some(404)));
        let e = Error::from(ApiError::from_http(401, "x", ""));
        assert_eq!(e.kind, ErrorKind::Auth);
        assert!(e.hint.unwrap().contains("bytemark login"));
        let own = Error::usage("no TTY").with_hint("pass --yes");
        let e = Error::from(ApiError::session(own));
        assert_eq!(e.kind, ErrorKind::Usage);
        assert_eq!(e.hint.as_deref(), Some("pass --yes"));
    }
}
