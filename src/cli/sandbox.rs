//! `bytemark sandbox ...` arguments.

use crate::input::{parse_delay, parse_duration};
use clap::{Args, Subcommand, ValueHint};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum SandboxCmd {
    /// Serve the sandbox API over HTTP on loopback until interrupted
    ///
    /// Prints the base URL on stdout (one line), then serves the auth routes
    /// (POST /session, GET /session/{id}) and the Cloud Servers API on it.
    /// Log in as demo/demo. See docs/SANDBOX.md for the seed data.
    #[command(after_help = super::examples::text(super::examples::SANDBOX_SERVE))]
    Serve(ServeArgs),
    /// Reset the --sandbox state kept in the data dir to the seed data
    #[command(after_help = super::examples::text(super::examples::SANDBOX_RESET))]
    Reset(ResetArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port; the base URL is printed on stdout)
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub listen: SocketAddr,

    /// Persist state in this JSON file (locked while serving); default: in memory
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub state: Option<PathBuf>,

    /// Time creates, reimages and power changes take to complete (0, 500ms, 2s, 1m30s)
    #[arg(long, default_value = "0", value_name = "DURATION", value_parser = parse_delay)]
    pub transition_delay: Duration,

    /// Session lifetime and maximum `validity` (default 300s, max 3600s)
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub session_ttl: Option<Duration>,

    /// Extra latency added to every response, in milliseconds
    #[arg(long, default_value = "0", value_name = "MS", value_parser = parse_millis)]
    pub latency: Duration,

    /// Probability (0 to 1) that a request fails on purpose
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    pub fail_rate: f64,

    /// How injected failures look: an HTTP 500, an HTTP 503, a dropped connection
    /// (`drop`, before handling), or a request handled and then its answer dropped
    /// (`drop-after`: the client cannot tell whether it happened)
    #[arg(long, default_value = "503", value_name = "MODE", value_parser = ["500", "503", "drop", "drop-after"])]
    pub fail_mode: String,

    /// Seed for injected failures and address allocation (same seed, same run)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub seed: u64,

    /// Append one JSON line per request (method, path, query, status, duration) to FILE
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub request_log: Option<PathBuf>,

    /// No access log on stderr
    #[arg(long)]
    pub quiet: bool,

    /// Add N servers to account demo, spread over groups bulk1..bulk10 (new state only)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub seed_servers: usize,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// State file to reset (default: the --sandbox state in the data dir)
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub state: Option<PathBuf>,
}

/// A whole number of milliseconds.
fn parse_millis(s: &str) -> Result<Duration, String> {
    s.trim()
        .parse()
        .map(Duration::from_millis)
        .map_err(|_| format!("expected a whole number of milliseconds, got {s:?}"))
}
