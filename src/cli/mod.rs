//! The command-line grammar: clap derive types and the value parsers that
//! hand commands typed values. Doc comments here are the `--help` text users
//! read; keep them short and concrete.

// Help text, not rustdoc: `[label:][grade:]size` is not a link.
#![allow(rustdoc::broken_intra_doc_links)]

use crate::input::{
    DiscSpecs, GroupName, Resize, ServerName, parse_account_name, parse_disc_specs_arg,
    parse_duration, parse_group_name, parse_resize, parse_server_name, parse_session_validity,
    parse_size,
};
use crate::output::{ColorChoice, OutputFormat};
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};
use clap_complete::ArgValueCompleter;
use std::path::PathBuf;
use std::time::Duration;

pub mod access;
pub mod backups;
pub mod connect;
pub mod disc_move;
pub mod examples;
pub mod examples_access;
pub mod ips;
pub mod sandbox;

/// Manage Bytemark Cloud Servers: accounts, groups, servers and discs.
///
/// Tables for people, JSON for programs (`-o json`), one name per line for
/// xargs (`-o ids`). Try it with no account at all: `bytemark --sandbox servers list`.
#[derive(Debug, Parser)]
#[command(
    name = "bytemark",
    version,
    propagate_version = true,
    max_term_width = 100,
    disable_help_subcommand = true,
    after_help = examples::text(examples::ROOT)
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command. Values not given here come from the
/// environment, then the profile, then defaults (see `bytemark config list`).
// Under their own heading, so each command's help starts with its own options.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format: table (for people), json (the API's JSON), ids (one name per line)
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,

    /// Columns to show, by JSON field name (comma-separated)
    #[arg(long, global = true, value_delimiter = ',', value_name = "FIELDS")]
    pub columns: Vec<String>,

    /// Filter the JSON output through a jq expression (implies -o json), e.g. '.[].name'
    #[arg(long, global = true, value_name = "EXPR", value_parser = crate::output::jq::check)]
    pub jq: Option<String>,

    /// With --jq, print strings as plain text instead of JSON strings
    #[arg(long, global = true, requires = "jq")]
    pub raw: bool,

    /// Leave out the table header
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// Configuration profile to use [env: BYTEMARK_PROFILE]
    #[arg(short = 'p', long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Account to work in (default: the profile's, else the first you can see) [env: BYTEMARK_ACCOUNT]
    #[arg(long, global = true, value_name = "ACCOUNT")]
    pub account: Option<String>,

    /// Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,

    /// Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]
    #[arg(long, global = true, value_name = "URL")]
    pub auth_endpoint: Option<String>,

    /// Run against the built-in local sandbox (no account or network needed)
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Answer yes to confirmations (needed for destructive actions without a TTY)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Print less on stderr (no progress, no notices)
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// Trace each HTTP request on stderr (secrets redacted)
    #[arg(long, global = true)]
    pub debug: bool,

    /// When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Timeout for each HTTP request, e.g. 30s
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub request_timeout: Option<Duration>,

    /// Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
}

impl GlobalArgs {
    /// The flags as plain values, for the context every command gets.
    pub fn globals(&self) -> crate::context::Globals {
        crate::context::Globals {
            settings: crate::config::Flags {
                profile: self.profile.clone(),
                endpoint: self.endpoint.clone(),
                auth_endpoint: self.auth_endpoint.clone(),
                account: self.account.clone(),
                // --jq filters JSON.
                output: if self.jq.is_some() {
                    Some(OutputFormat::Json)
                } else {
                    self.output
                },
                request_timeout: self.request_timeout,
                allow_insecure_http: self.allow_insecure_http,
            },
            columns: self.columns.clone(),
            jq: self.jq.clone().map(|expr| crate::output::jq::Jq {
                expr,
                raw: self.raw,
            }),
            no_headers: self.no_headers,
            color: self.color.unwrap_or_default(),
            sandbox: self.sandbox,
            yes: self.yes,
            quiet: self.quiet,
            debug: self.debug,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in and keep the session in the OS keyring
    #[command(after_help = examples::text(examples::LOGIN))]
    Login(LoginArgs),
    /// Forget the stored session and remove its files
    ///
    /// The service has no way to end a session early: the token stays valid
    /// on the service until it lapses unused (by default 30 minutes after its
    /// last use). `logout` removes every copy this tool kept.
    #[command(after_help = examples::text(examples::LOGOUT))]
    Logout,
    /// Show who you are logged in as, and where and for how long the session is kept
    #[command(after_help = examples::text(examples::WHOAMI))]
    Whoami,
    /// Servers: list, create, change, power and delete
    #[command(subcommand, visible_alias = "server")]
    #[command(after_help = examples::text(examples::SERVERS))]
    Servers(ServersCmd),
    /// Groups of servers within an account
    #[command(subcommand, visible_alias = "group")]
    #[command(after_help = examples::text(examples::GROUPS))]
    Groups(GroupsCmd),
    /// Discs of a server
    #[command(subcommand, visible_alias = "disc", alias = "disks")]
    #[command(after_help = examples::text(examples::DISCS))]
    Discs(DiscsCmd),
    /// Backups of a disc, and backup schedules
    #[command(subcommand, visible_alias = "backup")]
    #[command(after_help = examples::text(examples_access::BACKUPS))]
    Backups(backups::BackupsCmd),
    /// IP addresses of servers: additional addresses and reverse DNS
    #[command(subcommand, visible_alias = "ip")]
    #[command(after_help = examples::text(examples_access::IPS))]
    Ips(ips::IpsCmd),
    /// Accounts you can see
    #[command(subcommand, visible_alias = "account")]
    #[command(after_help = examples::text(examples::ACCOUNTS))]
    Accounts(AccountsCmd),
    /// Users: who you are, and who else you can see
    #[command(subcommand, visible_alias = "user")]
    #[command(after_help = examples::text(examples_access::USERS))]
    Users(access::UsersCmd),
    /// SSH keys for the servers' consoles
    #[command(subcommand, visible_alias = "key")]
    #[command(after_help = examples::text(examples_access::KEYS))]
    Keys(access::KeysCmd),
    /// Who may do what: grant and revoke levels on servers, groups and accounts
    #[command(subcommand, visible_alias = "privilege")]
    #[command(after_help = examples::text(examples_access::PRIVILEGES))]
    Privileges(access::PrivilegesCmd),
    /// API keys for programs and CI jobs
    #[command(subcommand, visible_alias = "api-key")]
    #[command(after_help = examples::text(examples_access::API_KEYS))]
    ApiKeys(access::ApiKeysCmd),
    /// Connect to a server's serial or VNC console, or open it in the panel
    ///
    /// The serial console is `ssh -l <you> <management address>`: the keys of
    /// `bytemark keys add` let you in. ssh runs in place of bytemark (never
    /// through a shell) and its exit code is the command's.
    #[command(after_help = examples::text(examples_access::CONSOLE))]
    Console(connect::ConsoleArgs),
    /// Log in to a server with the system's ssh (at its primary address)
    ///
    /// Runs `ssh -l <--user> <address> [ARGS...]` in place of bytemark (never
    /// through a shell); its exit code is the command's. Example:
    /// `bytemark ssh web1 -- uptime`
    #[command(after_help = examples::text(examples_access::SSH))]
    Ssh(connect::SshArgs),
    /// Send one request to the API with your session and print its JSON
    ///
    /// For what has no command yet, like `gh api`. Example:
    /// `bytemark api GET /accounts/acme --query view=overview`. Only GET is
    /// retried; an empty answer prints nothing; errors exit as for any
    /// command (404: 4, 403: 5, 400: 6).
    #[command(after_help = examples::text(examples_access::API))]
    Api(connect::ApiArgs),
    /// What the service offers: images, zones, storage grades, hardware profiles (no login needed)
    #[command(after_help = examples::text(examples::DEFINITIONS))]
    Definitions(DefinitionsArgs),
    /// Profiles and settings
    #[command(subcommand)]
    #[command(after_help = examples::text(examples::CONFIG))]
    Config(ConfigCmd),
    /// Run the local sandbox API server
    #[command(subcommand)]
    #[command(after_help = examples::text(examples::SANDBOX))]
    Sandbox(sandbox::SandboxCmd),
    /// Print a shell completion script
    #[command(after_help = examples::text(examples::COMPLETIONS))]
    Completions(CompletionsArgs),
    /// Help for a command, or a topic: environment, output, exit-codes, scripting
    #[command(after_help = examples::text(examples::HELP))]
    Help(HelpArgs),
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    /// A command path (e.g. `servers create`) or a topic name
    pub words: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// User name (default: the profile's user) [env: BYTEMARK_USER]
    #[arg(long)]
    pub user: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Two-factor code, if your account asks for one ("-" reads it from stdin)
    #[arg(long, value_name = "CODE")]
    pub otp: Option<String>,
    /// Log in with a Yubikey: prompts for a touch unless --yubikey-otp is given
    #[arg(long)]
    pub yubikey: bool,
    /// Yubikey one-time password
    #[arg(long, value_name = "OTP")]
    pub yubikey_otp: Option<String>,
    /// How long the session should last without use, e.g. 30m (the service caps it at 1h)
    #[arg(long, value_name = "DURATION", value_parser = parse_session_validity)]
    pub validity: Option<Duration>,
}

/// Waiting for a server to reach its new state.
#[derive(Debug, Args, Clone)]
pub struct WaitArgs {
    /// Wait until the server has reached the new state
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long (exit 9), e.g. 90s, 5m
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5m",
        value_parser = parse_duration,
        requires = "wait",
        allow_hyphen_values = true
    )]
    pub timeout: Duration,
}

/// Working on several servers at once.
#[derive(Debug, Args, Clone)]
pub struct ParallelArgs {
    /// Work on up to N servers at once (1: one after the other)
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Debug, Subcommand)]
pub enum ServersCmd {
    /// List servers: in one group, one account (default), or every account you can see
    #[command(visible_alias = "ls")]
    #[command(after_help = examples::text(examples::SERVERS_LIST))]
    List(ServersListArgs),
    /// Show one server
    #[command(after_help = examples::text(examples::SERVERS_SHOW))]
    Show {
        /// server[.group[.account]], or a numeric id
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
    },
    /// Create a server (one request; --wait to wait until it is running)
    #[command(after_help = examples::text(examples::SERVERS_CREATE))]
    Create(Box<ServerCreateArgs>),
    /// Delete servers (soft: `restore` brings them back; --purge is forever)
    #[command(visible_alias = "rm")]
    #[command(after_help = examples::text(examples::SERVERS_DELETE))]
    Delete {
        /// server[.group[.account]] ...
        #[arg(required = true, value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        servers: Vec<ServerName>,
        /// Delete permanently: discs and IPs are released and cannot be recovered
        #[arg(long)]
        purge: bool,
        /// A server that does not exist is not an error (exit 0, with a note)
        #[arg(long)]
        if_exists: bool,
        #[command(flatten)]
        parallel: ParallelArgs,
    },
    /// Bring back deleted servers
    #[command(after_help = examples::text(examples::SERVERS_RESTORE))]
    Restore {
        #[arg(required = true, value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        servers: Vec<ServerName>,
        #[command(flatten)]
        parallel: ParallelArgs,
    },
    /// Power servers on
    #[command(after_help = examples::text(examples::SERVERS_START))]
    Start(PowerArgs),
    /// Pull the plug: power off immediately and stay off
    #[command(after_help = examples::text(examples::SERVERS_STOP))]
    Stop(PowerArgs),
    /// Ask the operating system to shut down (ACPI) and stay off
    #[command(after_help = examples::text(examples::SERVERS_SHUTDOWN))]
    Shutdown(PowerArgs),
    /// Power-cycle servers, applying pending changes to cores and memory
    #[command(after_help = examples::text(examples::SERVERS_RESTART))]
    Restart(PowerArgs),
    /// Press the reset button (pending hardware changes are not applied)
    #[command(after_help = examples::text(examples::SERVERS_RESET))]
    Reset(PowerArgs),
    /// Reinstall the first disc from an image (the server must be stopped; data is lost)
    #[command(after_help = examples::text(examples::SERVERS_REIMAGE))]
    Reimage(ReimageArgs),
    /// Change cores, memory, name or group, hardware profile, or CD-ROM
    #[command(after_help = examples::text(examples::SERVERS_UPDATE))]
    Update(ServerUpdateArgs),
    /// Swap the IP addresses of two servers (both must be off)
    #[command(after_help = examples::text(examples_access::SERVERS_SWAP_IPS))]
    SwapIps(ips::SwapIpsArgs),
}

#[derive(Debug, Args)]
pub struct ServersListArgs {
    /// Only this group: group[.account]
    #[arg(value_parser = parse_group_name, add = ArgValueCompleter::new(crate::completion::groups))]
    pub group: Option<GroupName>,
    /// List servers in every account you can see
    #[arg(long, conflicts_with = "group")]
    pub all_accounts: bool,
    /// Include deleted (not yet purged) servers
    #[arg(long)]
    pub deleted: bool,
}

#[derive(Debug, Args)]
pub struct PowerArgs {
    /// server[.group[.account]] ...
    #[arg(required = true, value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub servers: Vec<ServerName>,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub parallel: ParallelArgs,
}

#[derive(Debug, Args)]
pub struct ServerCreateArgs {
    /// server[.group[.account]]
    #[arg(value_parser = parse_server_name)]
    pub name: ServerName,
    /// CPU cores
    #[arg(long, default_value_t = 1)]
    pub cores: u32,
    /// Memory, e.g. 1G, 768M (default unit GiB)
    #[arg(
        long,
        default_value = "1G",
        value_name = "SIZE",
        value_parser = parse_size,
        allow_hyphen_values = true
    )]
    pub memory: u64,
    /// A disc as [label:][grade:]size, e.g. 25G or ssd:50G (repeat for more; default one 25G sata)
    #[arg(long = "disc", value_name = "SPEC", value_parser = parse_disc_specs_arg, allow_hyphen_values = true, add = ArgValueCompleter::new(crate::completion::definitions::disc_grades))]
    pub discs: Vec<DiscSpecs>,
    /// Operating system image (see `bytemark definitions images`)
    #[arg(long, conflicts_with = "no_image", add = ArgValueCompleter::new(crate::completion::definitions::images))]
    pub image: Option<String>,
    /// Create the server without installing an image (e.g. to boot a CD)
    #[arg(long)]
    pub no_image: bool,
    #[command(flatten)]
    pub setup: ImageSetupArgs,
    /// Zone (see `bytemark definitions zones`)
    #[arg(long, add = ArgValueCompleter::new(crate::completion::definitions::zones))]
    pub zone: Option<String>,
    /// Hardware profile (see `bytemark definitions hwprofiles`)
    #[arg(long, value_name = "PROFILE", add = ArgValueCompleter::new(crate::completion::definitions::hwprofiles))]
    pub hwprofile: Option<String>,
    /// Never upgrade the hardware profile automatically
    #[arg(long, requires = "hwprofile")]
    pub hwprofile_locked: bool,
    /// URL of an ISO image to attach as a CD-ROM
    #[arg(long, value_name = "URL")]
    pub cdrom: Option<String>,
    /// Leave the server powered off after creation
    #[arg(long)]
    pub stopped: bool,
    /// IP address to use (private VLAN groups only; one IPv4 and one IPv6 at most)
    #[arg(long = "ip", value_name = "ADDR")]
    pub ips: Vec<String>,
    /// If a server with this name exists, show it and succeed instead of failing
    #[arg(long)]
    pub if_not_exists: bool,
    /// Validate and print the request that would be sent, sending nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// What is put on a freshly imaged server (create and reimage).
#[derive(Debug, Args)]
pub struct ImageSetupArgs {
    /// Public SSH key file for root's authorized_keys (repeatable)
    #[arg(long = "ssh-key", value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub ssh_keys: Vec<PathBuf>,
    /// Read the root password from the first line of stdin (default: the service generates one)
    #[arg(long)]
    pub root_password_stdin: bool,
    /// Print the root password the service set (shown once, on stdout)
    #[arg(long)]
    pub show_root_password: bool,
    /// Script to run on first boot
    #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub firstboot_script: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReimageArgs {
    /// server[.group[.account]]
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// Image to install (see `bytemark definitions images`)
    #[arg(long, required = true, add = ArgValueCompleter::new(crate::completion::definitions::images))]
    pub image: String,
    #[command(flatten)]
    pub setup: ImageSetupArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct ServerUpdateArgs {
    /// server[.group[.account]]
    #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: ServerName,
    /// New number of cores (applies after a restart)
    #[arg(long)]
    pub cores: Option<u32>,
    /// New memory size, e.g. 2G (applies after a restart)
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub memory: Option<u64>,
    /// Rename and/or move: name[.group[.account]]
    #[arg(long, value_name = "NAME", value_parser = parse_server_name)]
    pub rename: Option<ServerName>,
    /// Hardware profile
    #[arg(long, value_name = "PROFILE", add = ArgValueCompleter::new(crate::completion::definitions::hwprofiles))]
    pub hwprofile: Option<String>,
    /// Lock the hardware profile (never upgrade automatically)
    #[arg(long, conflicts_with = "unlock_hwprofile")]
    pub lock_hwprofile: bool,
    /// Unlock the hardware profile
    #[arg(long)]
    pub unlock_hwprofile: bool,
    /// Attach an ISO image by URL as CD-ROM
    #[arg(long, value_name = "URL", conflicts_with = "eject_cdrom")]
    pub cdrom: Option<String>,
    /// Detach the CD-ROM
    #[arg(long)]
    pub eject_cdrom: bool,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCmd {
    /// List groups in an account
    #[command(visible_alias = "ls")]
    #[command(after_help = examples::text(examples::GROUPS_LIST))]
    List {
        /// Account (default: the current account)
        // Its own id: `account` is the global --account flag's, and sharing
        // it made `groups list --account X` a usage error.
        #[arg(id = "account_name", value_name = "ACCOUNT", value_parser = parse_account_name)]
        account: Option<String>,
    },
    /// Show a group and its servers
    #[command(after_help = examples::text(examples::GROUPS_SHOW))]
    Show {
        /// group[.account]
        #[arg(value_parser = parse_group_name, add = ArgValueCompleter::new(crate::completion::groups))]
        group: GroupName,
    },
    /// Create a group
    #[command(after_help = examples::text(examples::GROUPS_CREATE))]
    Create {
        /// group[.account]
        #[arg(value_parser = parse_group_name)]
        group: GroupName,
        /// If the group exists, show it and succeed instead of failing
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Delete an empty group (--recursive purges its servers first)
    #[command(visible_alias = "rm")]
    #[command(after_help = examples::text(examples::GROUPS_DELETE))]
    Delete {
        /// group[.account]
        #[arg(value_parser = parse_group_name, add = ArgValueCompleter::new(crate::completion::groups))]
        group: GroupName,
        /// Also purge every server in the group (irreversible)
        #[arg(long)]
        recursive: bool,
        /// A group that does not exist is not an error (exit 0, with a note)
        #[arg(long)]
        if_exists: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum DiscsCmd {
    /// List a server's discs
    #[command(visible_alias = "ls")]
    #[command(after_help = examples::text(examples::DISCS_LIST))]
    List {
        /// server[.group[.account]]
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
    },
    /// Show one disc
    #[command(after_help = examples::text(examples::DISCS_SHOW))]
    Show {
        /// server[.group[.account]]
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
        /// Disc label or id
        disc: String,
    },
    /// Add discs to a server: [label:][grade:]size each
    #[command(after_help = examples::text(examples::DISCS_ADD))]
    Add {
        /// server[.group[.account]]
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
        /// Disc specs, e.g. 50G archive:100G data:ssd:20G
        #[arg(required = true, value_name = "SPEC", value_parser = parse_disc_specs_arg, add = ArgValueCompleter::new(crate::completion::definitions::disc_grades))]
        discs: Vec<DiscSpecs>,
    },
    /// Grow a disc: an absolute size (100G) or an increase (+10G); discs cannot shrink
    #[command(after_help = examples::text(examples::DISCS_RESIZE))]
    Resize {
        /// server[.group[.account]]
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
        /// Disc label or id
        disc: String,
        /// New size, or +SIZE to grow by
        #[arg(allow_hyphen_values = true, value_parser = parse_resize)]
        size: Resize,
    },
    /// Move a disc to another server (both must be off; not the first disc)
    #[command(after_help = examples::text(examples_access::DISCS_MOVE))]
    Move(disc_move::DiscMoveArgs),
    /// Delete a disc and its data permanently
    #[command(visible_alias = "rm")]
    #[command(after_help = examples::text(examples::DISCS_DELETE))]
    Delete {
        /// server[.group[.account]]
        #[arg(value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
        server: ServerName,
        /// Disc label or id
        disc: String,
        /// A disc (or server) that does not exist is not an error (exit 0, with a note)
        #[arg(long)]
        if_exists: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AccountsCmd {
    /// List the accounts you can see
    #[command(visible_alias = "ls")]
    #[command(after_help = examples::text(examples::ACCOUNTS_LIST))]
    List,
    /// Show an account with its groups and servers
    #[command(after_help = examples::text(examples::ACCOUNTS_SHOW))]
    Show {
        /// Account name or id (default: the current account)
        // Its own id (see GroupsCmd::List).
        #[arg(id = "account_name", value_name = "ACCOUNT", value_parser = parse_account_name)]
        account: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct DefinitionsArgs {
    /// Which definitions to show (default: all)
    #[arg(value_enum)]
    pub kind: Option<DefinitionKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DefinitionKind {
    /// Operating system images
    #[value(alias = "distributions")]
    Images,
    /// Zones (data centres)
    Zones,
    /// Storage grades for discs
    #[value(alias = "storage")]
    Grades,
    /// Hardware profiles
    Hwprofiles,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Show every setting, its value and where it came from
    #[command(visible_alias = "ls")]
    #[command(after_help = examples::text(examples::CONFIG_LIST))]
    List,
    /// Print one setting's value
    #[command(after_help = examples::text(examples::CONFIG_GET))]
    Get { key: String },
    /// Set a setting in the current profile
    #[command(after_help = examples::text(examples::CONFIG_SET))]
    Set { key: String, value: String },
    /// Remove a setting from the current profile
    #[command(after_help = examples::text(examples::CONFIG_UNSET))]
    Unset { key: String },
    /// List the profiles in the config file, the current one marked
    #[command(after_help = examples::text(examples::CONFIG_PROFILES))]
    Profiles,
    /// Make a profile the default for commands without -p/BYTEMARK_PROFILE
    #[command(after_help = examples::text(examples::CONFIG_USE))]
    Use {
        /// Profile name (it need not exist yet)
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
