//! [`Client::send_raw`]: one request as a caller wrote it, for an escape
//! hatch such as `bytemark api` (like `gh api`).
//!
//! The same session handling as [`Client::send`] (a token from the
//! [`crate::Session`], one renewal and replay after a 401), but:
//!
//! * only a GET is retried: a PUT or DELETE the caller wrote by hand is not
//!   known to be idempotent, and a POST never is;
//! * no shape check: any JSON a 2xx answer carries is returned as it is
//!   (still within the body cap and [`crate::models::MAX_CONTAINERS`]).

use crate::models::{Shape, check_shape_text};
use crate::{ApiErrorKind, Client, Method, Request, Result, http};
use serde_json::Value;

impl Client {
    /// Sends `req` once (a GET with the usual retries) and returns the JSON
    /// of a 2xx answer, `Value::Null` for an empty one (a 204).
    pub fn send_raw(&self, req: &Request) -> Result<Value> {
        let mut transport = self.http.clone();
        if req.method != Method::Get {
            transport.options.max_attempts = 1;
        }
        let token = self.session.token(&transport)?;
        let text = match transport.brain_text(req, Some(&token)) {
            Ok(t) => t,
            Err(e) if e.kind == ApiErrorKind::Auth && e.http_status == Some(401) => {
                let token = self.session.renew(&transport)?;
                transport.brain_text(req, Some(&token))?
            }
            Err(e) => return Err(e),
        };
        self.session.used();
        check_shape_text(Shape::Any, &text, &req.context)?;
        http::parse_json(&text, &req.context)
    }
}
