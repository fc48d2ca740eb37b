//! The auth service's protocol: create a session (`POST /session`) and read
//! it back (`GET /session/{token}`, which also extends it).
//!
//! Keeping the token, refreshing it before it expires and prompting for a
//! password are the caller's business: see [`crate::Session`].

use crate::error::{ApiError, ApiErrorKind, Result, printable_excerpt};
use crate::{Http, Method, Request, encode_segment};

pub use crate::error::scrub;
pub use crate::http::is_valid_token;
use serde::Deserialize;
use std::fmt;

/// Who logs in, with which factors.
#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    pub password: String,
    /// A two-factor code, sent only in answer to a "Missing 2FA" challenge.
    pub otp: Option<String>,
    /// A Yubikey one-time password.
    pub yubikey: Option<String>,
}

/// Keeps the password and codes out of `{:?}`.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"<redacted>")
            .field("otp", &self.otp.as_ref().map(|_| "<redacted>"))
            .field("yubikey", &self.yubikey.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// Why `POST /session` did not give a token.
#[derive(Debug, Clone)]
pub enum LoginFailure {
    /// The user has two-factor authentication: send the code.
    Missing2fa,
    /// The user must log in with a Yubikey.
    MissingYubikey,
    /// Wrong user name or password.
    BadCredentials,
    /// The service refused the characters of the user name or password.
    BadlyFormed,
    /// The two-factor code or Yubikey OTP was not accepted.
    InvalidFactor,
    /// Anything else: the transport, a 5xx, an answer without a token.
    /// Its message never contains the password or codes sent.
    Other(ApiError),
}

impl fmt::Display for LoginFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoginFailure::Missing2fa => write!(f, "log in: a two-factor code is needed"),
            LoginFailure::MissingYubikey => {
                write!(f, "log in: a Yubikey one-time password is needed")
            }
            LoginFailure::BadCredentials => write!(f, "log in: bad user name or password"),
            LoginFailure::BadlyFormed => {
                write!(
                    f,
                    "log in: the user name or password has characters the service refuses"
                )
            }
            LoginFailure::InvalidFactor => {
                write!(
                    f,
                    "log in: the two-factor code or Yubikey OTP was not accepted"
                )
            }
            LoginFailure::Other(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for LoginFailure {}

impl LoginFailure {
    /// Whether typing the password again may help.
    pub fn password_may_be_retyped(&self) -> bool {
        matches!(
            self,
            LoginFailure::BadCredentials | LoginFailure::BadlyFormed
        )
    }
}

/// `POST {auth}/session`: the token on success, else why not.
///
/// `validity` is the session's lifetime after last use, in seconds (the
/// service caps it at 3600).
pub fn create_session(
    http: &Http,
    creds: &Credentials,
    validity: u64,
) -> std::result::Result<String, LoginFailure> {
    let mut body = serde_json::Map::new();
    body.insert("username".into(), creds.user.clone().into());
    body.insert("password".into(), creds.password.clone().into());
    body.insert("validity".into(), validity.to_string().into());
    if let Some(otp) = &creds.otp {
        body.insert("2fa".into(), otp.clone().into());
    }
    if let Some(y) = &creds.yubikey {
        body.insert("yubikey".into(), y.clone().into());
    }
    let body = serde_json::Value::Object(body).to_string();
    let url = format!("{}/session", http.options.auth_url.trim_end_matches('/'));
    // Retried like an idempotent request: a login whose answer was lost at
    // worst leaves an unused session behind, which expires on its own.
    let resp = http
        .with_retries(true, || {
            http.raw(Method::Post, &url, Some(&body), None, "text/plain")
        })
        .map_err(|e| LoginFailure::Other(scrubbed(e, creds)))?;
    let text = resp.body.trim();
    if (200..300).contains(&resp.status) {
        if !is_valid_token(text) {
            return Err(LoginFailure::Other(ApiError::network(
                "log in: the authentication service answered without a session token",
            )));
        }
        return Ok(text.to_string());
    }
    if text.contains("Missing 2FA") {
        return Err(LoginFailure::Missing2fa);
    }
    if text.contains("Missing Yubikey") {
        return Err(LoginFailure::MissingYubikey);
    }
    if text.contains("Bad login credentials") || text.contains("Authentication failed") {
        return Err(LoginFailure::BadCredentials);
    }
    if text.contains("Badly-formed parameters") {
        return Err(LoginFailure::BadlyFormed);
    }
    if text.contains("Invalid token") {
        return Err(LoginFailure::InvalidFactor);
    }
    if resp.status >= 500 || resp.status == 429 {
        return Err(LoginFailure::Other(ApiError::from_http(
            resp.status,
            "log in",
            "",
        )));
    }
    // The service may have echoed the request: take the password and codes
    // out before the body is cut short and cleaned for printing (which
    // would leave pieces of them, or turn their control characters into
    // spaces that no longer match).
    let text = scrub(text, &secrets_of(creds));
    let e = ApiError::auth(format!(
        "log in: the authentication service refused (HTTP {}): {}",
        resp.status,
        printable_excerpt(&text)
    ));
    Err(LoginFailure::Other(scrubbed(e, creds)))
}

/// The password and codes of `creds`.
fn secrets_of(creds: &Credentials) -> Vec<&str> {
    let mut secrets = vec![creds.password.as_str()];
    secrets.extend(creds.otp.as_deref());
    secrets.extend(creds.yubikey.as_deref());
    secrets
}

/// An error with the password and codes taken out (see [`scrub`]), in
/// case the service echoed the request back.
fn scrubbed(e: ApiError, creds: &Credentials) -> ApiError {
    e.scrubbed(&secrets_of(creds))
}

/// What `GET /session/{token}` says.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SessionRead {
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub factors: Vec<String>,
}

/// `GET {auth}/session/{token}` (extends the session). A 401, 403, 404 or
/// 410 means the session is gone: an [`ApiErrorKind::Auth`] error.
pub fn read_session(http: &Http, token: &str) -> Result<SessionRead> {
    let url = format!(
        "{}/session/{}",
        http.options.auth_url.trim_end_matches('/'),
        encode_segment(token)
    );
    let resp = http.with_retries(true, || {
        http.raw(Method::Get, &url, None, None, "application/json")
    })?;
    match resp.status {
        200..=299 => serde_json::from_str(&resp.body).map_err(|_| {
            ApiError::network("read session: the authentication service sent an unreadable answer")
        }),
        401 | 403 | 404 | 410 => Err(ApiError::new(
            ApiErrorKind::Auth,
            "the session has expired or is not valid",
        )),
        s => Err(ApiError::from_http(s, "read session", "")),
    }
}

/// The name of the first account `token` can see (`GET /accounts`), or
/// `None` when there is none or the request fails (it is only a default).
pub fn first_account(http: &Http, token: &str) -> Option<String> {
    let req = Request::get("/accounts", "list accounts");
    let v = http.brain(&req, Some(token)).ok()?;
    v.as_array()?
        .first()?
        .get("name")?
        .as_str()
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_removes_secrets() {
        assert_eq!(scrub("a hunter2 b", &["hunter2"]), "a [redacted] b");
        assert_eq!(scrub("ab", &["a"]), "ab");
    }

    #[test]
    fn credentials_debug_hides_secrets() {
        let c = Credentials {
            user: "u".into(),
            password: "hunter2".into(),
            otp: Some("123456".into()),
            yubikey: None,
        };
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("123456"));
    }
}
