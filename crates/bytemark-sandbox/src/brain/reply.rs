//! How a brain request ends: [`R`], a response or an [`ApiErr`], and the
//! helpers that build either (Rails-style 400 bodies included).

use serde_json::{Map, Value, json};

use crate::http::HttpResponse;

/// A failed request, rendered by [`ApiErr::into_response`].
#[derive(Debug)]
pub enum ApiErr {
    Unauthorized,
    NotFound,
    Forbidden,
    MethodNotAllowed,
    /// 400 with a Rails-style `{"field": ["message"]}` body.
    Bad(Value),
    /// Any status with a text/plain body.
    Text(u16, String),
    /// Any status with a JSON body.
    Json(u16, Value),
}

impl ApiErr {
    /// The response the client sees.
    pub fn into_response(self) -> HttpResponse {
        match self {
            ApiErr::Unauthorized => HttpResponse::text(401, "Unauthorized"),
            ApiErr::NotFound => HttpResponse::text(404, "Not Found"),
            ApiErr::Forbidden => HttpResponse::text(403, "Forbidden"),
            ApiErr::MethodNotAllowed => HttpResponse::text(405, "Method Not Allowed"),
            ApiErr::Bad(v) => HttpResponse::json(400, v.to_string().into_bytes()),
            ApiErr::Text(s, t) => HttpResponse::text(s, &t),
            ApiErr::Json(s, v) => HttpResponse::json(s, v.to_string().into_bytes()),
        }
    }
}

/// What every brain handler returns.
pub type R = Result<HttpResponse, ApiErr>;

/// A JSON body with `status`.
pub fn ok(status: u16, v: Value) -> R {
    Ok(HttpResponse::json(status, v.to_string().into_bytes()))
}

/// A view (see `views`) written straight to a JSON body with `status`:
/// no JSON tree in between.
pub fn ok_view(status: u16, v: &impl serde::Serialize) -> R {
    let body = serde_json::to_vec(v)
        .map_err(|e| ApiErr::Text(500, format!("sandbox could not write its answer: {e}")))?;
    Ok(HttpResponse::json(status, body))
}

/// 204 No Content.
pub fn no_content() -> R {
    Ok(HttpResponse::empty(204))
}

/// `{"field": ["message"]}`
pub fn bad(field: &str, msg: &str) -> ApiErr {
    ApiErr::Bad(json!({ field: [msg] }))
}

/// Collects per-field messages.
#[derive(Default)]
pub struct Errs(pub Map<String, Value>);

impl Errs {
    /// Adds `msg` to the messages of `field`.
    pub fn add(&mut self, field: &str, msg: &str) {
        let e = self
            .0
            .entry(field.to_string())
            .or_insert_with(|| Value::Array(vec![]));
        if let Value::Array(a) = e {
            a.push(msg.into());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A 400 with every message so far, if there is any.
    pub fn check(&mut self) -> Result<(), ApiErr> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiErr::Bad(Value::Object(std::mem::take(&mut self.0))))
        }
    }
}

/// 405 unless `m` is one of `allowed`.
pub fn check_method(m: &str, allowed: &[&str]) -> Result<(), ApiErr> {
    if allowed.contains(&m) {
        Ok(())
    } else {
        Err(ApiErr::MethodNotAllowed)
    }
}

/// 403 unless the caller's `level` reaches `needed`.
pub fn require(level: u8, needed: u8) -> Result<(), ApiErr> {
    if level >= needed {
        Ok(())
    } else {
        Err(ApiErr::Forbidden)
    }
}
