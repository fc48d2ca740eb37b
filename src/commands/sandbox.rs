//! `bytemark sandbox serve|reset`: arguments -> [`crate::sandbox`].

use crate::cli::sandbox::{SandboxCmd, ServeArgs};
use crate::error::{Error, Result};
use crate::sandbox::{self, SandboxError, SandboxOptions};
use std::time::Duration;

pub fn run(cmd: SandboxCmd) -> Result<()> {
    match cmd {
        SandboxCmd::Serve(args) => {
            let opts = options(args)?;
            sandbox::serve(opts).map_err(classify)
        }
        SandboxCmd::Reset(args) => {
            let path = args.state.unwrap_or_else(sandbox::default_state_path);
            sandbox::reset_state_file(&path).map_err(classify)?;
            eprintln!("sandbox state reset: {}", path.display());
            Ok(())
        }
    }
}

fn options(a: ServeArgs) -> Result<SandboxOptions> {
    let listen = a.listen.parse().map_err(|_| {
        Error::usage(format!(
            "--listen: invalid address {:?} (expected IP:PORT)",
            a.listen
        ))
    })?;
    let delay = sandbox::parse_duration(&a.transition_delay)
        .map_err(|e| Error::usage(format!("--transition-delay: {e}")))?;
    let ttl = match &a.session_ttl {
        Some(s) => {
            let d = sandbox::parse_duration(s)
                .map_err(|e| Error::usage(format!("--session-ttl: {e}")))?;
            if d.is_zero() {
                return Err(Error::usage("--session-ttl must be greater than 0"));
            }
            Some(d)
        }
        None => None,
    };
    if !(0.0..=1.0).contains(&a.fail_rate) {
        return Err(Error::usage("--fail-rate must be between 0 and 1"));
    }
    let fail_mode = a.fail_mode.parse().map_err(Error::usage)?;
    Ok(SandboxOptions {
        listen,
        state_file: a.state,
        transition_delay: delay,
        session_ttl: ttl,
        latency: Duration::from_millis(a.latency),
        fail_rate: a.fail_rate,
        fail_mode,
        seed: a.seed,
        request_log: a.request_log,
        quiet: a.quiet,
        seed_servers: a.seed_servers,
    })
}

fn classify(e: SandboxError) -> Error {
    match e {
        SandboxError::Option(_) => Error::usage(e.to_string()),
        _ => Error::unexpected(e.to_string()),
    }
}
