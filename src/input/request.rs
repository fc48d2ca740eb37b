//! `bytemark api METHOD PATH`: the method, the path (with an optional query
//! string) and `--query k=v` pairs, checked before anything is sent.
//!
//! A path must start with `/` (it is always sent to the configured API
//! endpoint: a full URL is refused, so the session token cannot be sent
//! elsewhere), and may not hold control characters (CR, LF, …), `#`, `\`,
//! empty segments or `.`/`..` segments — also when percent-encoded. Each
//! segment is percent-decoded and encoded again, so `a b` and `a%20b` send
//! the same thing.

use super::shorten;
use crate::error::{Error, Result};
use bytemark_api::{Method, encode_segment};

/// Longest PATH accepted.
pub const MAX_PATH_LEN: usize = 4096;

/// `GET`, `POST`, `PUT` or `DELETE`, any case.
pub fn parse_method(s: &str) -> Result<Method> {
    match s.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::Get),
        "POST" => Ok(Method::Post),
        "PUT" => Ok(Method::Put),
        "DELETE" => Ok(Method::Delete),
        _ => Err(Error::usage(format!("unknown HTTP method {}", shorten(s)))
            .with_hint("the API takes GET, POST, PUT and DELETE")),
    }
}

/// A checked PATH: encoded path and decoded query pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiPath {
    pub path: String,
    pub query: Vec<(String, String)>,
}

fn bad_path(s: &str, why: &str) -> Error {
    Error::usage(format!("invalid API path {}: {why}", shorten(s)))
        .with_hint("write a path such as /accounts/acme/groups or /users/alice?view=overview")
}

/// Percent-decodes `s`; a `%` not followed by two hex digits is an error.
fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

/// Parses PATH (see the module docs).
pub fn parse_api_path(s: &str) -> Result<ApiPath> {
    if s.len() > MAX_PATH_LEN {
        return Err(bad_path(s, "too long"));
    }
    if !s.starts_with('/') {
        return Err(bad_path(
            s,
            "it must start with / (a path on the API endpoint, not a URL)",
        ));
    }
    if has_control(s) {
        return Err(bad_path(s, "it contains a control character (CR, LF, …)"));
    }
    if let Some(c) = s.chars().find(|c| matches!(c, '#' | '\\')) {
        return Err(bad_path(s, &format!("it contains {c:?}")));
    }
    let (path, query) = match s.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (s, None),
    };
    let mut segments = Vec::new();
    let rest = &path[1..];
    if !rest.is_empty() {
        for seg in rest.split('/') {
            let decoded =
                decode(seg).ok_or_else(|| bad_path(s, "a % is not followed by two hex digits"))?;
            if decoded.is_empty() {
                return Err(bad_path(s, "it has an empty segment (//, or a trailing /)"));
            }
            if decoded == "." || decoded == ".." {
                return Err(bad_path(s, "it has a . or .. segment"));
            }
            if has_control(&decoded) {
                return Err(bad_path(s, "it contains an encoded control character"));
            }
            segments.push(encode_segment(&decoded));
        }
    }
    let mut pairs = Vec::new();
    for part in query
        .into_iter()
        .flat_map(|q| q.split('&'))
        .filter(|p| !p.is_empty())
    {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        match (decode(k), decode(v)) {
            (Some(k), Some(v)) if !k.is_empty() && !has_control(&k) && !has_control(&v) => {
                pairs.push((k, v))
            }
            _ => {
                return Err(bad_path(
                    s,
                    &format!("bad query parameter {}", shorten(part)),
                ));
            }
        }
    }
    Ok(ApiPath {
        path: format!("/{}", segments.join("/")),
        query: pairs,
    })
}

/// `--query k=v` (the value may be empty; taken literally, not decoded).
pub fn parse_query_pair(s: &str) -> Result<(String, String)> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() && !has_control(k) && !has_control(v) => {
            Ok((k.to_string(), v.to_string()))
        }
        _ => Err(Error::usage(format!(
            "invalid --query {}: expected key=value",
            shorten(s)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods() {
        assert_eq!(parse_method("get").unwrap(), Method::Get);
        assert_eq!(parse_method("DELETE").unwrap(), Method::Delete);
        assert!(parse_method("PATCH").is_err());
    }

    #[test]
    fn paths_are_normalised() {
        let p =
            parse_api_path("/accounts/a%20b/groups?view=overview&include_deleted=true").unwrap();
        assert_eq!(p.path, "/accounts/a%20b/groups");
        assert_eq!(
            p.query,
            vec![
                ("view".into(), "overview".into()),
                ("include_deleted".into(), "true".into())
            ]
        );
        assert_eq!(parse_api_path("/users/a b").unwrap().path, "/users/a%20b");
        assert_eq!(parse_api_path("/").unwrap().path, "/");
        assert_eq!(
            parse_api_path("/x?flag").unwrap().query,
            vec![("flag".into(), "".into())]
        );
    }

    #[test]
    fn bad_paths_are_usage_errors() {
        for bad in [
            "",
            "accounts",
            "https://evil.example/x",
            "//evil.example/x",
            "/a/../b",
            "/a/%2e%2E/b",
            "/a/./b",
            "/a/",
            "/a\r\nHost: x",
            "/a%0d%0ab",
            "/a#frag",
            "/a\\b",
            "/a%zz",
            "/a?=v",
            "/a?k=%0a",
        ] {
            let e = parse_api_path(bad).unwrap_err();
            assert_eq!(e.kind, crate::error::ErrorKind::Usage, "{bad:?}");
        }
        assert!(parse_api_path(&format!("/{}", "a".repeat(MAX_PATH_LEN))).is_err());
    }

    #[test]
    fn query_pairs() {
        assert_eq!(
            parse_query_pair("a=b=c").unwrap(),
            ("a".into(), "b=c".into())
        );
        assert_eq!(parse_query_pair("a=").unwrap(), ("a".into(), "".into()));
        assert!(parse_query_pair("=b").is_err());
        assert!(parse_query_pair("ab").is_err());
        assert!(parse_query_pair("a=\n").is_err());
    }
}
