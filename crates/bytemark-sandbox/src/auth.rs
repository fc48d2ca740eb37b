//! The auth service (reference §3): `POST /session`, `GET /session/{id}`,
//! `POST /session/{id}` (impersonation). Bodies are text/plain except the
//! session read, which is JSON.

use serde_json::{Value, json};

use crate::http::{HttpRequest, HttpResponse, parse_query};
use crate::shared::{Effects, Shared};
use crate::state::{Session, State};

const DEFAULT_TTL_MS: u64 = 300_000;
const MAX_TTL_MS: u64 = 3_600_000;
const MODHEX: &str = "cbdefghijklnrtuv";

/// Credentials as strings: JSON (strings, numbers tolerated for `validity`)
/// or form-encoded.
fn credentials(req: &HttpRequest) -> Result<serde_json::Map<String, Value>, HttpResponse> {
    let ctype = req
        .header("content-type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let badly = || HttpResponse::text(400, "Badly-formed parameters");
    if ctype.starts_with("application/x-www-form-urlencoded") {
        let text = std::str::from_utf8(&req.body).map_err(|_| badly())?;
        return Ok(parse_query(text)
            .into_iter()
            .map(|(k, v)| (k, Value::String(v)))
            .collect());
    }
    if ctype.starts_with("application/json") || ctype.is_empty() {
        return match serde_json::from_slice::<Value>(&req.body) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(badly()),
        };
    }
    Err(HttpResponse::text(400, "Bad content-type"))
}

fn string_field(m: &serde_json::Map<String, Value>, key: &str) -> Result<Option<String>, ()> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(()),
    }
}

/// ttl = clamp(validity or default, 1 s, cap); `--session-ttl` sets both
/// the default and the cap.
fn ttl_ms(shared: &Shared, validity: Option<&Value>) -> Result<u64, ()> {
    let (default, cap) = match shared.opts.session_ttl {
        Some(t) => {
            let ms = (t.as_millis() as u64).max(1);
            (ms, ms)
        }
        None => (DEFAULT_TTL_MS, MAX_TTL_MS),
    };
    let secs: Option<f64> = match validity {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s.trim().parse::<f64>().map_err(|_| ())?),
        Some(Value::Number(n)) => Some(n.as_f64().ok_or(())?),
        Some(_) => return Err(()),
    };
    let ms = match secs {
        None => default,
        Some(s) if !s.is_finite() => return Err(()),
        Some(s) => ((s.max(1.0) * 1000.0) as u64).max(1000),
    };
    Ok(ms.min(cap))
}

/// `POST /session`: a new session for good credentials (and second
/// factors); the body is the token.
pub fn create(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    let badly = || HttpResponse::text(400, "Badly-formed parameters");
    let m = match credentials(req) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let (Ok(Some(username)), Ok(Some(password))) =
        (string_field(&m, "username"), string_field(&m, "password"))
    else {
        return badly();
    };
    let Ok(otp_2fa) = string_field(&m, "2fa") else {
        return badly();
    };
    let Ok(yubikey) = string_field(&m, "yubikey") else {
        return badly();
    };
    let Ok(ttl) = ttl_ms(shared, m.get("validity")) else {
        return badly();
    };
    let Some(user) = st.user_by_name(&username) else {
        return HttpResponse::text(403, "Bad login credentials");
    };
    if user.password != password {
        return HttpResponse::text(403, "Bad login credentials");
    }
    let mut factors = vec!["password".to_string()];
    if let Some(code) = &user.totp {
        match otp_2fa {
            None => return HttpResponse::text(403, "Missing 2FA"),
            Some(given) if &given == code => factors.push("2fa".into()),
            Some(_) => return HttpResponse::text(403, "Invalid token"),
        }
    }
    if user.yubikey {
        match yubikey {
            None => return HttpResponse::text(403, "Missing Yubikey OTP"),
            Some(otp) if otp.len() == 44 && otp.chars().all(|c| MODHEX.contains(c)) => {
                factors.push("yubikey".into())
            }
            Some(_) => return HttpResponse::text(403, "Invalid token"),
        }
    }
    let username = user.username.clone();
    let token = shared.random_token();
    st.expire_sessions(now);
    st.sessions.insert(
        token.clone(),
        Session {
            username,
            factors,
            ttl_ms: ttl,
            expires_at_ms: now + ttl,
        },
    );
    fx.mutated = true;
    HttpResponse::text(200, &token)
}

/// `GET /session/{id}`: who the session is for; extends it.
pub fn read(st: &mut State, token: &str, now: u64, fx: &mut Effects) -> HttpResponse {
    let Some(s) = st.touch_session(token, now) else {
        return HttpResponse::text(404, "Not Found");
    };
    fx.touched = true;
    let (username, factors) = (s.username.clone(), s.factors.clone());
    let staff = st.user_by_name(&username).is_some_and(|u| u.staff);
    let groups: Vec<&str> = if staff { vec!["staff"] } else { vec![] };
    let body = json!({"username": username, "factors": factors, "group_memberships": groups});
    HttpResponse::json(200, body.to_string().into_bytes())
}

/// `POST /session/{id}` with `{"username": …}`: a new session as that
/// user, for staff only.
pub fn impersonate(
    shared: &Shared,
    st: &mut State,
    req: &HttpRequest,
    token: &str,
    now: u64,
    fx: &mut Effects,
) -> HttpResponse {
    let Some(s) = st.touch_session(token, now) else {
        return HttpResponse::text(404, "Not Found");
    };
    let (caller, ttl) = (s.username.clone(), s.ttl_ms);
    fx.touched = true;
    let m = match credentials(req) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let Ok(Some(target)) = string_field(&m, "username") else {
        return HttpResponse::text(400, "Badly-formed parameters");
    };
    if !st.user_by_name(&caller).is_some_and(|u| u.staff) {
        return HttpResponse::text(403, "Impersonation not permitted");
    }
    let Some(user) = st.user_by_name(&target) else {
        return HttpResponse::text(403, "Bad login credentials");
    };
    let username = user.username.clone();
    let new = shared.random_token();
    st.sessions.insert(
        new.clone(),
        Session {
            username,
            factors: vec!["password".into(), "impersonated".into()],
            ttl_ms: ttl,
            expires_at_ms: now + ttl,
        },
    );
    fx.mutated = true;
    HttpResponse::text(200, &new)
}
