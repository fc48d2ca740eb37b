//! How one sandbox is configured: [`SandboxOptions`] and [`FailMode`].

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything that configures one sandbox server.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    /// Address to bind (port 0 picks a free port).
    pub listen: SocketAddr,
    /// Persist state here (locked while in use); `None` keeps it in memory.
    pub state_file: Option<PathBuf>,
    /// How long creates, reimages, power changes, backups (reaching cold
    /// storage) and restores take to complete.
    pub transition_delay: Duration,
    /// Overrides the default session lifetime (300 s) and caps `validity`.
    pub session_ttl: Option<Duration>,
    /// Added to every response.
    pub latency: Duration,
    /// Probability (0.0..=1.0) that a request fails on purpose.
    pub fail_rate: f64,
    /// How it fails.
    pub fail_mode: FailMode,
    /// Seed for fault decisions and address allocation: same seed and same
    /// request sequence ⇒ same failures and addresses.
    pub seed: u64,
    /// Append one JSON line per request to this file.
    pub request_log: Option<PathBuf>,
    /// No access log on stderr.
    pub quiet: bool,
    /// Extra servers in account `demo`, spread over groups `bulk1..bulk10`
    /// (only when the state is created from seed data).
    pub seed_servers: usize,
}

impl Default for SandboxOptions {
    /// Loopback on a free port, in memory, no delays, no faults, quiet.
    fn default() -> Self {
        SandboxOptions {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            state_file: None,
            transition_delay: Duration::ZERO,
            session_ttl: None,
            latency: Duration::ZERO,
            fail_rate: 0.0,
            fail_mode: FailMode::Status503,
            seed: 0,
            request_log: None,
            quiet: true,
            seed_servers: 0,
        }
    }
}

/// How injected failures look to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailMode {
    /// Answer `500 Internal Server Error`.
    Status500,
    /// Answer `503 Service Unavailable`.
    Status503,
    /// Close the connection without answering, before handling the request
    /// (nothing changes).
    Drop,
    /// Handle the request (its changes are made), then close the connection
    /// without answering: the client cannot know whether it happened — what
    /// a timeout or a proxy dropping the answer looks like.
    DropAfter,
}

impl std::str::FromStr for FailMode {
    type Err = String;

    /// `500`, `503`, `drop` or `drop-after` (the `--fail-mode` values).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "500" => Ok(FailMode::Status500),
            "503" => Ok(FailMode::Status503),
            "drop" => Ok(FailMode::Drop),
            "drop-after" => Ok(FailMode::DropAfter),
            _ => Err(format!(
                "invalid fail mode {s:?} (expected 500, 503, drop or drop-after)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_modes_parse() {
        assert_eq!("500".parse::<FailMode>().unwrap(), FailMode::Status500);
        assert_eq!("503".parse::<FailMode>().unwrap(), FailMode::Status503);
        assert_eq!("drop".parse::<FailMode>().unwrap(), FailMode::Drop);
        assert_eq!(
            "drop-after".parse::<FailMode>().unwrap(),
            FailMode::DropAfter
        );
        assert!("404".parse::<FailMode>().is_err());
    }
}
