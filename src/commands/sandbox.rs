//! `bytemark sandbox serve|reset`: arguments -> [`bytemark_sandbox`].

use crate::cli::sandbox::{SandboxCmd, ServeArgs};
use crate::error::{Error, Result};
use bytemark_sandbox::{self as sandbox, SandboxError, SandboxOptions};
use std::io::Write;

pub fn run(cmd: SandboxCmd) -> Result<()> {
    match cmd {
        SandboxCmd::Serve(args) => serve(options(args)?),
        SandboxCmd::Reset(args) => {
            let path = args.state.unwrap_or_else(crate::config::sandbox_state_path);
            sandbox::reset_state_file(&path).map_err(classify)?;
            crate::stderr_line!("sandbox state reset: {}", path.display());
            Ok(())
        }
    }
}

/// Runs in the foreground: prints the base URL on one stdout line, then
/// serves until SIGINT/SIGTERM, then saves the state and returns.
fn serve(opts: SandboxOptions) -> Result<()> {
    let handle = sandbox::start(opts).map_err(classify)?;
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    // `sandbox serve` is the one command without the process-wide Ctrl-C
    // handler (which exits at once): here Ctrl-C stops the server cleanly.
    let own_handler = ctrlc::set_handler(move || {
        let _ = tx.send(());
    })
    .is_ok();
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", handle.base_url());
        let _ = out.flush();
    }
    if own_handler {
        let _ = rx.recv();
    } else {
        // Every mutation is saved as it happens, so exiting through another
        // handler loses at most a few seconds of session-expiry extensions.
        loop {
            std::thread::park();
        }
    }
    handle.stop();
    Ok(())
}

fn options(a: ServeArgs) -> Result<SandboxOptions> {
    if !(0.0..=1.0).contains(&a.fail_rate) {
        return Err(Error::usage("--fail-rate must be between 0 and 1"));
    }
    let fail_mode = a.fail_mode.parse().map_err(Error::usage)?;
    Ok(SandboxOptions {
        listen: a.listen,
        state_file: a.state,
        transition_delay: a.transition_delay,
        session_ttl: a.session_ttl,
        latency: a.latency,
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
