//! The secrets this process holds — the login password, one-time codes,
//! session tokens — remembered (in memory, for this process only) so that
//! every error it reports can be scrubbed of them, in every form a service
//! may have echoed them back in: as is, JSON-escaped, percent-encoded or
//! HTML-escaped ([`bytemark_api::error::scrub`]).
//!
//! Messages are built from names and status lines, never from request
//! bodies or headers; but an error can quote what a service answered, and a
//! service can echo what it was sent. The reporting path
//! ([`crate::output::Output::error`]) therefore scrubs every error — message,
//! hint and details — with what is remembered here: one place, whatever
//! built the message.

use crate::error::Error;
use std::sync::Mutex;

static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Remembers a secret this process has read or received.
pub fn remember(secret: &str) {
    let mut secrets = SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    if !secret.is_empty() && !secrets.iter().any(|s| s == secret) {
        secrets.push(secret.to_string());
    }
}

/// `text` without any remembered secret.
pub fn scrub(text: &str) -> String {
    let secrets = SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
    bytemark_api::error::scrub(text, &refs)
}

/// `e` without any remembered secret in its message, hint or details.
pub fn scrub_error(e: &Error) -> Error {
    let secrets = SECRETS.lock().unwrap_or_else(|e| e.into_inner());
    let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let scrub = |text: &str| bytemark_api::error::scrub(text, &refs);
    Error {
        message: scrub(&e.message),
        hint: e.hint.as_deref().map(scrub),
        details: e
            .details
            .clone()
            .map(|d| bytemark_api::error::scrub_json(d, &refs)),
        ..e.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_secrets_leave_errors_in_every_form() {
        remember("s3cr\"t-pw");
        let e = Error::auth("refused: {\"password\": \"s3cr\\\"t-pw\"}")
            .with_hint("password=s3cr%22t-pw");
        let shown = scrub_error(&e);
        assert_eq!(shown.message, "refused: {\"password\": \"[redacted]\"}");
        assert_eq!(shown.hint.as_deref(), Some("password=[redacted]"));
        assert_eq!(scrub("x s3cr&quot;t-pw"), "x [redacted]");
    }
}
