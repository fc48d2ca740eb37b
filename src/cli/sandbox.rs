//! `bytemark sandbox ...` arguments.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SandboxCmd {
    /// Serve the sandbox API over HTTP on loopback until interrupted
    Serve(ServeArgs),
    /// Reset the --sandbox state kept in the data dir to the seed data
    Reset,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port; the base URL is printed on stdout)
    #[arg(long, default_value = "127.0.0.1:0", value_name = "ADDR")]
    pub listen: String,
}
