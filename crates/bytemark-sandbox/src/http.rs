//! A deliberately small HTTP/1.1 server over `std::net`.
//!
//! Why not `tiny_http`: fault injection needs to *drop* a connection without
//! answering (tiny_http answers 500 for a request dropped unanswered, and
//! keeps keep-alive connections open), and we want to refuse oversized bodies
//! before reading them. Both are a few lines with our own socket handling.
//!
//! Supported: keep-alive, `Content-Length` and chunked request bodies,
//! `Expect: 100-continue`, a body cap (413) and a header cap (431).

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Largest request body accepted (larger ones get 413).
pub const MAX_BODY: usize = 1024 * 1024;
const MAX_HEAD: usize = 64 * 1024;
const MAX_DRAIN: usize = 64 * 1024 * 1024;

fn expects_continue_header(headers: &[(String, String)]) -> bool {
    headers
        .iter()
        .any(|(k, v)| k == "expect" && v.eq_ignore_ascii_case("100-continue"))
}

/// One parsed request.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    pub method: String,
    /// Raw path, without the query string (still percent-encoded).
    pub path: String,
    /// Raw query string without the `?` (may be empty).
    pub query: String,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpRequest {
    /// The method routes are chosen by: HEAD is answered as GET (the
    /// server then drops the body).
    pub fn routing_method(&self) -> &str {
        if self.method == "HEAD" {
            "GET"
        } else {
            &self.method
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One response.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn text(status: u16, body: &str) -> Self {
        HttpResponse {
            status,
            content_type: "text/plain; charset=utf-8",
            body: body.as_bytes().to_vec(),
        }
    }
    pub fn json(status: u16, body: Vec<u8>) -> Self {
        HttpResponse {
            status,
            content_type: "application/json",
            body,
        }
    }
    pub fn empty(status: u16) -> Self {
        HttpResponse {
            status,
            content_type: "",
            body: Vec::new(),
        }
    }
}

/// What the application decided to do with a request.
pub enum Outcome {
    Respond(HttpResponse),
    /// Close the connection without answering (fault injection).
    Drop,
}

/// The application callback. A request that could not even be parsed is
/// passed as `Err(response)` so that it is logged like any other.
pub type Handler = dyn Fn(Result<HttpRequest, HttpResponse>) -> Outcome + Send + Sync;

/// Open connections: a clone of each socket (to shut it down on stop) and
/// its thread.
type Conns = Arc<Mutex<HashMap<u64, (TcpStream, Option<JoinHandle<()>>)>>>;

/// A running listener: accept thread plus one thread per connection.
pub struct HttpServer {
    addr: std::net::SocketAddr,
    stopping: Arc<AtomicBool>,
    conns: Conns,
    accept: Option<JoinHandle<()>>,
}

impl HttpServer {
    pub fn start(listener: TcpListener, handler: Arc<Handler>) -> io::Result<HttpServer> {
        let addr = listener.local_addr()?;
        let stopping = Arc::new(AtomicBool::new(false));
        let conns: Conns = Arc::new(Mutex::new(HashMap::new()));
        let next_id = Arc::new(AtomicU64::new(0));
        let accept = {
            let stopping = stopping.clone();
            let conns = conns.clone();
            std::thread::Builder::new()
                .name("sandbox-accept".into())
                .spawn(move || {
                    for stream in listener.incoming() {
                        if stopping.load(Ordering::SeqCst) {
                            break;
                        }
                        let Ok(stream) = stream else { continue };
                        let _ = stream.set_nodelay(true);
                        let Ok(clone) = stream.try_clone() else {
                            continue;
                        };
                        let id = next_id.fetch_add(1, Ordering::SeqCst);
                        let handler = handler.clone();
                        let conns2 = conns.clone();
                        let stopping2 = stopping.clone();
                        let mut map = lock(&conns);
                        // Reap finished connections so the map stays small.
                        map.retain(|_, (_, h)| h.as_ref().is_some_and(|h| !h.is_finished()));
                        let spawned = std::thread::Builder::new()
                            .name("sandbox-conn".into())
                            .spawn(move || {
                                serve_connection(stream, &*handler, &stopping2);
                                // Let go of the handler (which holds the state
                                // and its file lock) before leaving the map:
                                // `stop` joins only the threads still in it, so
                                // a thread gone from the map must hold nothing.
                                drop(handler);
                                lock(&conns2).remove(&id);
                            });
                        if let Ok(h) = spawned {
                            map.insert(id, (clone, Some(h)));
                        }
                    }
                })?
        };
        Ok(HttpServer {
            addr,
            stopping,
            conns,
            accept: Some(accept),
        })
    }

    pub fn local_addr(&self) -> std::net::SocketAddr {
        self.addr
    }

    /// Stops accepting, closes every open connection and joins all threads.
    pub fn stop(&mut self) {
        if self.stopping.swap(true, Ordering::SeqCst) {
            return;
        }
        // Wake the blocking accept() with a connection of our own.
        let _ = TcpStream::connect_timeout(&self.addr, std::time::Duration::from_secs(1));
        if let Some(h) = self.accept.take() {
            let _ = h.join();
        }
        let handles: Vec<JoinHandle<()>> = {
            let mut map = lock(&self.conns);
            map.values_mut()
                .filter_map(|(s, h)| {
                    let _ = s.shutdown(Shutdown::Both);
                    h.take()
                })
                .collect()
        };
        for h in handles {
            let _ = h.join();
        }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve_connection(stream: TcpStream, handler: &Handler, stopping: &AtomicBool) {
    let Ok(write_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut writer = write_half;
    loop {
        if stopping.load(Ordering::SeqCst) {
            return;
        }
        let parsed = match read_request(&mut reader, &mut writer) {
            Ok(Some(p)) => p,
            Ok(None) => return, // clean EOF between requests
            Err(ReadError::Io) => return,
            Err(ReadError::Reply(resp)) => {
                // Malformed or oversized: answer (through the handler, so it
                // is logged) and close, since the stream position is unknown.
                if let Outcome::Respond(r) = handler(Err(resp)) {
                    let _ = write_response(&mut writer, &r, true, false);
                }
                let _ = writer.shutdown(Shutdown::Both);
                return;
            }
        };
        let (req, keep_alive) = parsed;
        let head_only = req.method == "HEAD";
        match handler(Ok(req)) {
            Outcome::Drop => {
                let _ = writer.shutdown(Shutdown::Both);
                return;
            }
            Outcome::Respond(resp) => {
                if write_response(&mut writer, &resp, !keep_alive, head_only).is_err()
                    || !keep_alive
                {
                    let _ = writer.shutdown(Shutdown::Both);
                    return;
                }
            }
        }
    }
}

enum ReadError {
    Io,
    Reply(HttpResponse),
}

fn read_line_capped(
    reader: &mut BufReader<TcpStream>,
    budget: &mut usize,
) -> Result<Option<String>, ReadError> {
    let mut buf = Vec::new();
    let n = reader
        .by_ref()
        .take(*budget as u64 + 1)
        .read_until(b'\n', &mut buf)
        .map_err(|_| ReadError::Io)?;
    if n == 0 {
        return Ok(None);
    }
    if n > *budget {
        return Err(ReadError::Reply(HttpResponse::text(
            431,
            "Request header fields too large",
        )));
    }
    *budget -= n;
    if !buf.ends_with(b"\n") {
        return Err(ReadError::Io);
    }
    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        buf.pop();
    }
    String::from_utf8(buf)
        .map(Some)
        .map_err(|_| ReadError::Reply(HttpResponse::text(400, "Bad request")))
}

fn bad(msg: &str) -> ReadError {
    ReadError::Reply(HttpResponse::text(400, msg))
}

fn read_request(
    reader: &mut BufReader<TcpStream>,
    writer: &mut TcpStream,
) -> Result<Option<(HttpRequest, bool)>, ReadError> {
    let mut budget = MAX_HEAD;
    // Skip stray empty lines between requests (RFC 9112 §2.2).
    let line = loop {
        match read_line_capped(reader, &mut budget)? {
            None => return Ok(None),
            Some(l) if l.is_empty() => continue,
            Some(l) => break l,
        }
    };
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("Bad request line"));
    };
    if !version.starts_with("HTTP/1.") || method.is_empty() {
        return Err(bad("Bad request line"));
    }
    let http10 = version == "HTTP/1.0";
    let mut headers = Vec::new();
    loop {
        let Some(h) = read_line_capped(reader, &mut budget)? else {
            return Err(ReadError::Io);
        };
        if h.is_empty() {
            break;
        }
        let Some((k, v)) = h.split_once(':') else {
            return Err(bad("Bad header"));
        };
        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        if headers.len() > 200 {
            return Err(ReadError::Reply(HttpResponse::text(
                431,
                "Too many header fields",
            )));
        }
    }
    let get = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let conn = get("connection").unwrap_or("").to_ascii_lowercase();
    let keep_alive = if http10 {
        conn.contains("keep-alive")
    } else {
        !conn.contains("close")
    };
    let chunked =
        get("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let length = match get("content-length") {
        Some(v) => Some(v.parse::<usize>().map_err(|_| bad("Bad Content-Length"))?),
        None => None,
    };
    if let Some(len) = length.filter(|l| *l > MAX_BODY) {
        // Read (and discard) a moderately oversized body so the client sees
        // the 413 instead of a broken pipe; beyond that, just close.
        if len <= MAX_DRAIN {
            if expects_continue_header(&headers) {
                let _ = writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
            }
            let _ = io::copy(&mut reader.by_ref().take(len as u64), &mut io::sink());
        }
        return Err(ReadError::Reply(HttpResponse::text(
            413,
            "Request body too large (limit 1 MiB)",
        )));
    }
    let expects_continue = get("expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue"));
    if expects_continue && (chunked || length.unwrap_or(0) > 0) {
        writer
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|_| ReadError::Io)?;
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let mut b = 1024;
            let Some(size_line) = read_line_capped(reader, &mut b)? else {
                return Err(ReadError::Io);
            };
            let size_hex = size_line.split(';').next().unwrap_or("").trim();
            let size = usize::from_str_radix(size_hex, 16).map_err(|_| bad("Bad chunk"))?;
            if size == 0 {
                // Trailers, up to the empty line.
                loop {
                    let mut b = 8192;
                    match read_line_capped(reader, &mut b)? {
                        Some(l) if !l.is_empty() => continue,
                        _ => break,
                    }
                }
                break;
            }
            if body.len() + size > MAX_BODY {
                return Err(ReadError::Reply(HttpResponse::text(
                    413,
                    "Request body too large (limit 1 MiB)",
                )));
            }
            let start = body.len();
            body.resize(start + size, 0);
            reader
                .read_exact(&mut body[start..])
                .map_err(|_| ReadError::Io)?;
            let mut crlf = [0u8; 2];
            reader.read_exact(&mut crlf).map_err(|_| ReadError::Io)?;
        }
    } else if let Some(len) = length {
        body.resize(len, 0);
        reader.read_exact(&mut body).map_err(|_| ReadError::Io)?;
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.to_string(), String::new()),
    };
    Ok(Some((
        HttpRequest {
            method: method.to_string(),
            path,
            query,
            headers,
            body,
        },
        keep_alive,
    )))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    }
}

fn write_response(
    w: &mut TcpStream,
    resp: &HttpResponse,
    close: bool,
    head_only: bool,
) -> io::Result<()> {
    let mut out = Vec::with_capacity(resp.body.len() + 160);
    write!(out, "HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status))?;
    if !resp.content_type.is_empty() {
        write!(out, "Content-Type: {}\r\n", resp.content_type)?;
    }
    if resp.status != 204 {
        write!(out, "Content-Length: {}\r\n", resp.body.len())?;
    }
    out.extend_from_slice(b"Server: bytemark-sandbox\r\n");
    if close {
        out.extend_from_slice(b"Connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    if !head_only && resp.status != 204 {
        out.extend_from_slice(&resp.body);
    }
    w.write_all(&out)?;
    w.flush()
}

/// Decodes `%XX` escapes (and `+` as space when `plus` is set). Invalid
/// escapes are kept literally; invalid UTF-8 is replaced.
pub fn percent_decode(s: &str, plus: bool) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' if plus => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses `a=1&b=2` into pairs (decoded).
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k, true), percent_decode(v, true)),
            None => (percent_decode(p, true), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_percent_and_plus() {
        assert_eq!(percent_decode("a%20b+c", true), "a b c");
        assert_eq!(percent_decode("a%20b+c", false), "a b+c");
        assert_eq!(percent_decode("100%", true), "100%");
        assert_eq!(percent_decode("%zz%4", true), "%zz%4");
        assert_eq!(percent_decode("%41", true), "A");
    }

    #[test]
    fn parses_query_pairs() {
        let q = parse_query("view=overview&include_deleted=true&x");
        assert_eq!(q[0], ("view".into(), "overview".into()));
        assert_eq!(q[2], ("x".into(), String::new()));
    }
}
