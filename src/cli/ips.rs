//! `bytemark ips ...` and `bytemark servers swap-ips` arguments.

use crate::input::{ServerName, parse_hostname, parse_ip, parse_server_name};
use clap::{Args, Subcommand};
use clap_complete::ArgValueCompleter;

#[derive(Debug, Subcommand)]
pub enum IpsCmd {
    /// List a server's addresses, primary and additional, with their reverse DNS
    #[command(visible_alias = "ls")]
    #[command(after_help = super::examples::text(super::examples_access::IPS_LIST))]
    List {
        /// server[.group[.account]], or a numeric id
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
    },
    /// Show an address and its reverse DNS
    #[command(after_help = super::examples::text(super::examples_access::IPS_SHOW))]
    Show {
        /// IPv4 or IPv6 address
        #[arg(value_parser = parse_ip)]
        ip: String,
    },
    /// Add additional IPv4 addresses to a server (at most 4 in all; costs more)
    #[command(after_help = super::examples::text(super::examples_access::IPS_ADD))]
    Add {
        /// server[.group[.account]], or a numeric id
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
        /// How many addresses (1 to 4)
        #[arg(
            long,
            value_name = "N",
            default_value_t = 1,
            value_parser = clap::value_parser!(u32).range(1..=4),
            allow_hyphen_values = true
        )]
        count: u32,
        /// Why they are needed (Bytemark asks)
        #[arg(long, required = true, value_name = "TEXT", value_parser = parse_reason)]
        reason: String,
    },
    /// Set the reverse DNS host name of an address
    #[command(after_help = super::examples::text(super::examples_access::IPS_RDNS))]
    Rdns {
        /// IPv4 or IPv6 address
        #[arg(value_parser = parse_ip)]
        ip: String,
        /// Host name, e.g. www.example.com
        #[arg(value_parser = parse_hostname)]
        hostname: String,
    },
    /// Delete an additional address (primary addresses cannot be deleted)
    #[command(visible_alias = "rm")]
    #[command(after_help = super::examples::text(super::examples_access::IPS_DELETE))]
    Delete {
        /// IPv4 address
        #[arg(value_parser = parse_ip)]
        ip: String,
    },
}

/// `servers swap-ips A B`.
#[derive(Debug, Args)]
pub struct SwapIpsArgs {
    /// server[.group[.account]], or a numeric id
    #[arg(value_name = "SERVER", value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub a: ServerName,
    /// The other server
    #[arg(value_name = "OTHER", value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub b: ServerName,
    /// Swap the additional addresses too
    #[arg(long)]
    pub extra_ips: bool,
}

fn parse_reason(s: &str) -> Result<String, crate::error::Error> {
    if s.trim().is_empty() {
        return Err(crate::error::Error::usage("--reason is empty")
            .with_hint("say why the addresses are needed, e.g. --reason \"TLS site\""));
    }
    Ok(s.trim().to_string())
}
