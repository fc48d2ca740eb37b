//! The request log: every request, in order of completion, kept in memory
//! (for [`SandboxHandle::requests`](crate::SandboxHandle::requests)),
//! appended to `--request-log` as JSON lines, and echoed to stderr as an
//! access log unless quiet.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use crate::error::SandboxError;
use crate::http::lock;

/// One request as the sandbox saw it (one line of the request log).
#[derive(Clone, Debug, serde::Serialize)]
pub struct RequestRecord {
    /// `GET`, `POST`, …; `-` for a request that could not be parsed.
    pub method: String,
    /// The path as sent (still percent-encoded), without the query string;
    /// a session id in it reads `[redacted]`.
    pub path: String,
    /// The query string without the `?` (empty when there is none).
    pub query: String,
    /// The status answered; 0 when the connection was dropped on purpose.
    pub status: u16,
    /// From reading the request to the answer, including added latency.
    pub duration_ms: f64,
}

impl RequestRecord {
    /// Session ids are secrets: the logs show `/session/[redacted]` instead
    /// of the id.
    pub fn loggable_path(path: &str) -> String {
        match path.strip_prefix("/session/") {
            Some(rest) if !rest.is_empty() => "/session/[redacted]".to_string(),
            _ => path.to_string(),
        }
    }
}

/// Where records go.
pub struct RequestLog {
    records: Mutex<Vec<RequestRecord>>,
    file: Mutex<Option<std::fs::File>>,
    quiet: bool,
}

impl RequestLog {
    /// Opens (appends to) `file` when given.
    pub fn open(file: Option<&Path>, quiet: bool) -> Result<RequestLog, SandboxError> {
        let file = match file {
            None => None,
            Some(p) => Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| SandboxError::Io {
                        path: p.to_path_buf(),
                        source: e,
                    })?,
            ),
        };
        Ok(RequestLog {
            records: Mutex::new(Vec::new()),
            file: Mutex::new(file),
            quiet,
        })
    }

    /// Records request number `seq`: stderr (unless quiet), file, memory.
    pub fn push(&self, seq: u64, record: RequestRecord) {
        if !self.quiet {
            let q = if record.query.is_empty() {
                String::new()
            } else {
                format!("?{}", record.query)
            };
            eprintln!(
                "sandbox: #{seq} {} {}{} -> {} ({:.1} ms)",
                record.method,
                record.path,
                q,
                if record.status == 0 {
                    "dropped".to_string()
                } else {
                    record.status.to_string()
                },
                record.duration_ms
            );
        }
        // The file is best effort: a full disk must not fail the request.
        if let Some(f) = lock(&self.file).as_mut()
            && let Ok(mut line) = serde_json::to_vec(&record)
        {
            line.push(b'\n');
            let _ = f.write_all(&line);
            let _ = f.flush();
        }
        lock(&self.records).push(record);
    }

    /// A copy of the records so far.
    pub fn records(&self) -> Vec<RequestRecord> {
        lock(&self.records).clone()
    }

    /// Forgets the records kept in memory (the file keeps its lines).
    pub fn clear(&self) {
        lock(&self.records).clear();
    }
}
