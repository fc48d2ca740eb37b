//! Logging in: create a session with the given credentials or a password
//! typed at the terminal, answer the two-factor challenge, read the session
//! back once and record the default account — and say what a refused login
//! means to the user.
//!
//! The service's protocol is the API crate's ([`bytemark_api::auth`]); a
//! refusal arrives typed ([`LoginFailure`]), so whether typing the password
//! again may help is decided by its variant, never by its message. Keeping
//! the new session (under the lock) is the caller's business:
//! [`super::SessionManager`].

use super::meta::{SessionMeta, now_secs};
use super::prompt::prompt_secret;
use super::store::StoreKind;
use crate::error::{Error, Result};
use bytemark_api::Http;
use bytemark_api::auth::{
    Credentials, LoginFailure, create_session, first_account, read_session, scrub,
};

/// How to log in here.
pub struct Login<'a> {
    pub http: &'a Http,
    pub auth_endpoint: &'a str,
    /// The API endpoint the session is for (it is bound to it).
    pub endpoint: &'a str,
    /// The lifetime asked for, in seconds after last use (1 to 3600).
    pub validity: u64,
    /// Prompts are allowed (stdin and stderr are terminals).
    pub interactive: bool,
    /// The store the session is about to be kept in.
    pub store: StoreKind,
}

/// A session the service has just issued, not stored yet.
pub struct Issued {
    pub token: String,
    pub meta: SessionMeta,
}

impl Login<'_> {
    /// Logs in with `creds`; a refusal is an error that says what to do.
    pub fn with(&self, creds: Credentials) -> Result<Issued> {
        let user = creds.user.clone();
        self.attempt(creds)?.map_err(|f| login_error(f, &user))
    }

    /// Prompts for the password on the terminal, three tries: only a
    /// password the service refused as wrong or badly formed is asked for
    /// again.
    pub fn prompting(
        &self,
        user: String,
        otp: Option<String>,
        yubikey: Option<String>,
    ) -> Result<Issued> {
        let mut last = None;
        for _ in 0..3 {
            let password = prompt_secret(&format!("Password for {user}: "))?;
            let creds = Credentials {
                user: user.clone(),
                password,
                otp: otp.clone(),
                yubikey: yubikey.clone(),
            };
            match self.attempt(creds)? {
                Ok(issued) => return Ok(issued),
                Err(f) if f.password_may_be_retyped() => {
                    let e = login_error(f, &user);
                    crate::stderr_line!("{}; please try again", crate::secrets::scrub(&e.message));
                    last = Some(e);
                }
                Err(f) => return Err(login_error(f, &user)),
            }
        }
        Err(last.unwrap_or_else(|| Error::auth("login failed")))
    }

    /// Creates a session with `creds` (answering a 2FA challenge from
    /// `creds.otp` or a prompt), reads it back once and records the default
    /// account. The inner error is the service's refusal, typed, so that
    /// callers can tell a mistyped password from everything else.
    fn attempt(&self, mut creds: Credentials) -> Result<std::result::Result<Issued, LoginFailure>> {
        remember_secrets(&creds);
        let http = self.http;
        let validity = self.validity;
        // The 2FA code goes only into the answer to a `Missing 2FA`
        // challenge, as the service's protocol has it.
        let otp = creds.otp.take();
        let token = match create_session(http, &creds, validity) {
            Ok(t) => t,
            Err(LoginFailure::Missing2fa) => {
                let code = match otp {
                    Some(c) => c,
                    None if self.interactive => {
                        let code = prompt_secret("Two-factor code: ")?;
                        crate::secrets::remember(&code);
                        code
                    }
                    None => {
                        return Err(Error::auth(format!(
                            "user {} needs a two-factor code",
                            creds.user
                        ))
                        .with_hint("pass --otp CODE to `bytemark login` (or --otp - to read it from stdin)"));
                    }
                };
                creds.otp = Some(code);
                match create_session(http, &creds, validity) {
                    Ok(t) => t,
                    Err(f) => return Ok(Err(f)),
                }
            }
            Err(f) => return Ok(Err(f)),
        };
        crate::secrets::remember(&token);
        let info = read_session(http, &token).map_err(|mut e| {
            e.message = scrub(&e.message, &[&token, &creds.password]);
            Error::from(e)
        })?;
        let account = account_at_login(http, &token);
        let meta = SessionMeta {
            auth_endpoint: self.auth_endpoint.to_string(),
            endpoint: self.endpoint.to_string(),
            user: if info.username.is_empty() {
                creds.user.clone()
            } else {
                info.username.clone()
            },
            factors: info.factors,
            ttl: validity,
            expires_at: now_secs() + validity,
            account,
            store: self.store,
            login_id: format!("{:016x}", fastrand::u64(..)),
        };
        Ok(Ok(Issued { token, meta }))
    }
}

/// Remembers the password and codes about to be sent, so that no error
/// this process reports shows them (see [`crate::secrets`]). A password
/// that is the user name is not hidden: that would hide the name in every
/// message, and the name shows it anyway.
fn remember_secrets(creds: &Credentials) {
    if creds.password != creds.user {
        crate::secrets::remember(&creds.password);
    }
    for code in [&creds.otp, &creds.yubikey].into_iter().flatten() {
        crate::secrets::remember(code);
    }
}

/// The default account recorded with a new session: the first account it
/// can see, looked up once here so that later commands find it recorded
/// (see [`super::SessionManager::default_account`]). None when the lookup
/// fails — it is only a default — and none for API keys, whose account is
/// looked up by the commands that need it.
fn account_at_login(http: &Http, token: &str) -> Option<String> {
    if token.starts_with("apikey.") {
        None
    } else {
        first_account(http, token)
    }
}

/// What a refused login means to the user, with what to do about it.
fn login_error(failure: LoginFailure, user: &str) -> Error {
    match failure {
        LoginFailure::Missing2fa => Error::auth(format!(
            "user {} needs a two-factor code",
            user
        ))
        .with_hint("pass --otp CODE"),
        LoginFailure::MissingYubikey => Error::auth(format!(
            "user {} must log in with a Yubikey",
            user
        ))
        .with_hint("pass --yubikey (to be prompted for a touch) or --yubikey-otp OTP"),
        LoginFailure::BadCredentials => {
            Error::auth(format!("bad user name or password (user {user})"))
                .with_hint("check the user name and password; BYTEMARK_USER and BYTEMARK_PASSWORD are used when set")
        }
        LoginFailure::BadlyFormed => Error::auth(
            "the user name or password contains characters the service does not accept",
        )
        .with_hint("check for stray spaces or control characters"),
        LoginFailure::InvalidFactor => Error::auth(
            "the two-factor code or Yubikey one-time password was not accepted",
        )
        .with_hint("codes are single-use and expire quickly: try a new one"),
        LoginFailure::Other(e) => Error::from(e),
    }
}
