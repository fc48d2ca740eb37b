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
    /// The same request would fail the same way (a TLS failure, a
    /// redirect, a malformed URL): not worth another attempt.
    permanent: bool,
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
            permanent: false,
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

    /// Marks the failure as one that would repeat: it is not retried.
    pub fn permanent(mut self) -> Self {
        self.permanent = true;
        self
    }

    /// Whether the same request would fail the same way (see
    /// [`ApiError::permanent`]).
    pub fn is_permanent(&self) -> bool {
        self.permanent
    }

    /// Whether a failed request may have taken effect anyway: a transport
    /// failure, a timeout, a 5xx, or a 429 (which did not, but is worth the
    /// same careful retry). Not a failure that would repeat.
    pub fn outcome_unknown(&self) -> bool {
        (self.kind == ApiErrorKind::Network && !self.permanent) || self.http_status == Some(429)
    }

    /// The error with every form of `secrets` taken out of its message,
    /// hint and details (see [`scrub`]).
    pub fn scrubbed(mut self, secrets: &[&str]) -> Self {
        self.message = scrub(&self.message, secrets);
        self.hint = self.hint.map(|h| scrub(&h, secrets));
        self.details = self.details.map(|d| scrub_json(d, secrets));
        self
    }

    /// Classifies an HTTP error status from the brain or the auth service.
    ///
    /// `body` is the response body as text (possibly empty or garbage); a
    /// Rails-style `{"field": ["message", ...]}` 400 body becomes per-field
    /// lines in the message (at most [`MAX_FIELD_LINES`], each at most
    /// [`MAX_EXCERPT`] characters; see [`field_messages`]) and the parsed
    /// object in `details`. Any other 400 or 403 body adds a
    /// [`printable_excerpt`]. The message is printable: no control
    /// characters but the newlines between field lines.
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
                let lines = field_messages(fields);
                for line in lines.iter().take(MAX_FIELD_LINES) {
                    message.push_str("\n  • ");
                    message.push_str(line);
                }
                if lines.len() > MAX_FIELD_LINES {
                    message.push_str(&format!(
                        "\n  • … and {} more",
                        lines.len() - MAX_FIELD_LINES
                    ));
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

/// How many per-field lines a 400's message shows; the rest are counted.
pub const MAX_FIELD_LINES: usize = 8;

/// The most characters of a response body one line of a message shows.
pub const MAX_EXCERPT: usize = 200;

/// Turns a Rails-style error object into readable lines:
/// `{"memory": ["is not a number"]}` → `memory: is not a number`;
/// per-disc arrays (`{"discs": [{}, {"size": [...]}]}`) → `disc 2 size: ...`.
/// Each line is at most [`MAX_EXCERPT`] characters (cut with `…`), with
/// control characters written as escapes (`\n`, `\x1b`, `\u{9b}`), so a
/// line is one printable line whatever the service sent.
pub fn field_messages(fields: &serde_json::Map<String, Value>) -> Vec<String> {
    field_lines(fields)
        .iter()
        .map(|line| shown(line.chars(), MAX_EXCERPT))
        .collect()
}

fn field_lines(fields: &serde_json::Map<String, Value>) -> Vec<String> {
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
                            for line in field_lines(inner) {
                                lines.push(format!("{name} {} {line}", i + 1));
                            }
                        }
                        other => lines.push(format!("{name}: {other}")),
                    }
                }
            }
            Value::Object(inner) => {
                for line in field_lines(inner) {
                    lines.push(format!("{name} {line}"));
                }
            }
            other => lines.push(format!("{name}: {other}")),
        }
    }
    lines
}

/// `text` on one line, at most `max` characters (the last `…` when cut),
/// control characters escaped as the CLI shows them: `\t`, `\n`, `\r`,
/// `\x1b` for other ASCII controls, `\u{9b}` for C1 controls. Stops reading
/// at the bound.
fn shown(text: impl Iterator<Item = char>, max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut piece = String::new();
    let mut text = text.peekable();
    while let Some(c) = text.next() {
        piece.clear();
        match c {
            '\t' => piece.push_str("\\t"),
            '\n' => piece.push_str("\\n"),
            '\r' => piece.push_str("\\r"),
            c if !c.is_control() => piece.push(c),
            c if c.is_ascii() => piece.push_str(&format!("\\x{:02x}", c as u32)),
            c => piece.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
        let width = piece.chars().count();
        let reserve = usize::from(text.peek().is_some());
        if count + width + reserve > max {
            out.push('…');
            return out;
        }
        out.push_str(&piece);
        count += width;
    }
    out
}

/// At most [`MAX_EXCERPT`] printable characters of a body, on one line, so
/// an HTML error page or binary garbage cannot flood the terminal: runs of
/// white space become one space, other control characters are escaped
/// (`\x1b`), and a body that is mostly control characters or not UTF-8 is
/// described by its size.
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
    let mut words = body.split_whitespace();
    let first = words.next().into_iter().flat_map(str::chars);
    let rest = words.flat_map(|w| std::iter::once(' ').chain(w.chars()));
    shown(first.chain(rest), MAX_EXCERPT)
}

/// Secrets shorter than this are not scrubbed: hiding every `a` or `12`
/// would garble the message and hide nothing worth hiding.
pub const MIN_SECRET_CHARS: usize = 3;

/// Replaces each of `secrets` in `text` with `[redacted]`, in any form a
/// server may have echoed it back in: as is, JSON-escaped (`\"`, `\\`,
/// `\/`, `\n`, `\u00e9`, in any mix and either hex case), percent-encoded
/// (`%22`, `+` for a space) or as HTML character references (`&quot;`,
/// `&#34;`, `&#x22;`). Secrets under [`MIN_SECRET_CHARS`] are left alone.
pub fn scrub(text: &str, secrets: &[&str]) -> String {
    let secrets: Vec<&str> = secrets
        .iter()
        .copied()
        .filter(|s| s.chars().count() >= MIN_SECRET_CHARS)
        .collect();
    if secrets.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let found = secrets.iter().filter_map(|s| matched_len(rest, s)).max();
        match found {
            Some(n) => {
                out.push_str("[redacted]");
                at += n;
            }
            None => {
                let c = rest.chars().next().unwrap_or_default();
                out.push(c);
                at += c.len_utf8().max(1);
            }
        }
    }
    out
}

/// A JSON value with [`scrub`] applied to every string and object key.
pub fn scrub_json(value: Value, secrets: &[&str]) -> Value {
    match value {
        Value::String(s) => Value::String(scrub(&s, secrets)),
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| scrub_json(v, secrets)).collect())
        }
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (scrub(&k, secrets), scrub_json(v, secrets)))
                .collect(),
        ),
        other => other,
    }
}

/// The length of the longest form of `secret` at the start of `text`, if
/// it is there: each of its characters in any encoding [`scrub`] knows.
fn matched_len(text: &str, secret: &str) -> Option<usize> {
    // Every place in `text` the secret so far may end: a character can
    // have several encodings that match here (`\` as is, or `\\`).
    let mut ends = vec![0usize];
    for c in secret.chars() {
        let mut next: Vec<usize> = Vec::new();
        for &end in &ends {
            for n in encodings_at(&text[end..], c) {
                if !next.contains(&(end + n)) {
                    next.push(end + n);
                }
            }
        }
        if next.is_empty() {
            return None;
        }
        ends = next;
    }
    ends.into_iter().max()
}

/// The lengths of every encoding of `c` that `text` starts with.
fn encodings_at(text: &str, c: char) -> Vec<usize> {
    let mut found = Vec::new();
    if text.starts_with(c) {
        found.push(c.len_utf8());
    }
    found.extend(json_escape_at(text, c));
    found.extend(percent_at(text, c));
    found.extend(html_reference_at(text, c));
    found
}

/// A JSON escape of `c` at the start of `text`: `\n`-style, `\uXXXX`, or a
/// surrogate pair for characters beyond the BMP.
fn json_escape_at(text: &str, c: char) -> Option<usize> {
    let short = match c {
        '"' => Some('"'),
        '\\' => Some('\\'),
        '/' => Some('/'),
        '\u{8}' => Some('b'),
        '\u{c}' => Some('f'),
        '\n' => Some('n'),
        '\r' => Some('r'),
        '\t' => Some('t'),
        _ => None,
    };
    let mut chars = text.chars();
    if chars.next() != Some('\\') {
        return None;
    }
    if short.is_some() && chars.next() == short {
        return Some(2);
    }
    let mut units = [0u16; 2];
    let units = c.encode_utf16(&mut units);
    let mut at = 0;
    for unit in units.iter() {
        let esc = text.get(at..at + 6)?;
        let hex = esc.strip_prefix("\\u")?;
        if u16::from_str_radix(hex, 16).ok()? != *unit || hex.starts_with('+') {
            return None;
        }
        at += 6;
    }
    Some(at)
}

/// `c` percent-encoded at the start of `text`: each UTF-8 byte as `%XX`
/// (either case), or `+` for a space (form encoding).
fn percent_at(text: &str, c: char) -> Option<usize> {
    if c == ' ' && text.starts_with('+') {
        return Some(1);
    }
    let mut buf = [0u8; 4];
    let mut at = 0;
    for byte in c.encode_utf8(&mut buf).bytes() {
        let esc = text.get(at..at + 3)?;
        let hex = esc.strip_prefix('%')?;
        if u8::from_str_radix(hex, 16).ok()? != byte || hex.starts_with('+') {
            return None;
        }
        at += 3;
    }
    Some(at)
}

/// An HTML character reference to `c` at the start of `text`: `&quot;`,
/// `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&#NN;` or `&#xHH;`.
fn html_reference_at(text: &str, c: char) -> Option<usize> {
    let body = text.strip_prefix('&')?;
    let end = body.find(';').filter(|&i| i <= 10)?;
    let name = &body[..end];
    let named = match name {
        "quot" => Some('"'),
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "apos" => Some('\''),
        _ => None,
    };
    let referenced = named.or_else(|| {
        let number = name.strip_prefix('#')?;
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        char::from_u32(code)
    })?;
    (referenced == c && !name.contains('+')).then_some(end + 2)
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

    #[test]
    fn field_lines_are_few_short_and_escaped() {
        let mut fields = serde_json::Map::new();
        fields.insert(
            "name".into(),
            serde_json::json!([format!("bad\u{1b}]0;pwned\u{7}\n{}", "x".repeat(100_000))]),
        );
        for i in 0..20 {
            fields.insert(format!("z{i:02}"), serde_json::json!(["is wrong"]));
        }
        let body = Value::Object(fields).to_string();
        let e = ApiError::from_http(400, "create server web1", &body);
        let lines: Vec<&str> = e.message.lines().collect();
        assert_eq!(lines.len(), 1 + MAX_FIELD_LINES + 1, "{}", e.message);
        assert!(
            lines.last().unwrap().contains("and 13 more"),
            "{}",
            e.message
        );
        let name = lines.iter().find(|l| l.contains("name:")).unwrap();
        assert!(name.contains(r"bad\x1b]0;pwned\x07\nxxx"), "{name}");
        assert!(name.chars().count() <= 4 + MAX_EXCERPT, "{}", name.len());
        assert!(e.message.chars().all(|c| c == '\n' || !c.is_control()));
        assert!(e.details.is_some());
    }

    #[test]
    fn excerpts_show_control_characters_escaped() {
        assert_eq!(printable_excerpt("<b>\u{1b}[2Jhi</b>"), r"<b>\x1b[2Jhi</b>");
    }

    #[test]
    fn scrub_removes_every_encoding_of_a_secret() {
        let secret = "p\"a\\s/s\u{7}ö x";
        for form in [
            "p\"a\\s/s\u{7}ö x",
            r#"p\"a\\s/s\u0007ö x"#,
            r#"p\"a\\s\/s\u0007\u00F6 x"#,
            r#"p\u0022a\u005cs/s\u0007\u00f6\u0020x"#,
            "p%22a%5Cs%2Fs%07%C3%B6+x",
            "p%22a%5cs%2fs%07%c3%b6%20x",
            "p&quot;a\\s/s\u{7}ö x",
            "p&#34;a&#x5C;s&#47;s&#7;&#246; x",
        ] {
            let text = format!("before {form} after");
            assert_eq!(scrub(&text, &[secret]), "before [redacted] after", "{form}");
        }
        // Surrogate pairs, and nothing else touched.
        assert_eq!(scrub(r"x\ud83d\ude00yz!", &["😀yz"]), "x[redacted]!");
        assert_eq!(scrub("a hunter2 b", &["hunter2"]), "a [redacted] b");
        assert_eq!(scrub("ab", &["a"]), "ab");
        assert_eq!(scrub("no secret here", &["hunter2"]), "no secret here");
    }

    #[test]
    fn scrubbed_errors_lose_secrets_in_message_hint_and_details() {
        let body = r#"{"token": ["abc\"def is bad"], "abc\"def": "x"}"#;
        let e = ApiError::from_http(400, "x", body)
            .with_hint("abc%22def")
            .scrubbed(&["abc\"def"]);
        let all = format!("{} {:?} {}", e.message, e.hint, e.details.unwrap());
        assert!(!all.contains("abc"), "{all}");
        assert!(all.contains("[redacted]"), "{all}");
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
