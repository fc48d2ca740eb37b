//! `bytemark users`, `keys`, `privileges` and `api-keys` arguments: who can
//! reach what.

use crate::input::access::{
    Expiry, Level, PrivilegeSpec, parse_expiry, parse_level, parse_privilege_spec, parse_user_name,
};
use crate::input::{GroupName, ServerName, parse_group_name, parse_server_name};
use clap::{Args, Subcommand};
use clap_complete::ArgValueCompleter;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Show a user: id, email and how many SSH keys (default: you)
    #[command(after_help = super::examples::text(super::examples_access::USERS_SHOW))]
    Show {
        /// User name or id (default: the user you are logged in as)
        #[arg(value_parser = parse_user_name, add = ArgValueCompleter::new(crate::completion::users))]
        user: Option<String>,
    },
}

/// `--user` of the `keys` commands.
#[derive(Debug, Args)]
pub struct KeysUserArg {
    /// Whose keys (default: the user you are logged in as)
    #[arg(long, value_parser = parse_user_name, add = ArgValueCompleter::new(crate::completion::users))]
    pub user: Option<String>,
}

/// SSH keys that may log in to your servers' consoles (the management
/// addresses), not to the servers themselves.
#[derive(Debug, Subcommand)]
pub enum KeysCmd {
    /// List a user's SSH keys with their fingerprints
    #[command(visible_alias = "ls")]
    #[command(after_help = super::examples::text(super::examples_access::KEYS_LIST))]
    List(KeysUserArg),
    /// Add OpenSSH public keys from a file, or from stdin with `-`
    ///
    /// Each line is checked locally: a known key type whose key data decodes
    /// and matches it. A private key, or a key the user already has, is
    /// refused.
    #[command(after_help = super::examples::text(super::examples_access::KEYS_ADD))]
    Add {
        #[command(flatten)]
        user: KeysUserArg,
        /// Public key file (e.g. ~/.ssh/id_ed25519.pub), or - for stdin
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Remove one SSH key, named by comment, fingerprint (SHA256:…) or index
    #[command(visible_alias = "rm")]
    #[command(after_help = super::examples::text(super::examples_access::KEYS_DELETE))]
    Delete {
        #[command(flatten)]
        user: KeysUserArg,
        /// The key's comment, its SHA256: fingerprint, or its index in `keys list`
        #[arg(value_name = "KEY", add = ArgValueCompleter::new(crate::completion::key_comments))]
        key: String,
    },
}

/// Which privileges `privileges list` shows.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct PrivilegesListArgs {
    /// Privileges of this user that you can see
    #[arg(long, value_parser = parse_user_name, add = ArgValueCompleter::new(crate::completion::users))]
    pub user: Option<String>,
    /// Privileges on this server (below your own level): server[.group[.account]]
    #[arg(long, value_parser = parse_server_name, add = ArgValueCompleter::new(crate::completion::servers))]
    pub server: Option<ServerName>,
    /// Privileges on this group: group[.account]
    #[arg(long, value_parser = parse_group_name, add = ArgValueCompleter::new(crate::completion::groups))]
    pub group: Option<GroupName>,
}

/// A user, a level, and what it is on.
#[derive(Debug, Args)]
pub struct PrivilegeArgs {
    /// The user who gets or loses the privilege
    #[arg(value_parser = parse_user_name, add = ArgValueCompleter::new(crate::completion::users))]
    pub user: String,
    /// cluster_su, cluster_admin, account_admin, group_admin, vm_admin or vm_console
    #[arg(value_parser = parse_level)]
    pub level: Level,
    /// A server for vm_*, a group for group_admin, an account for account_admin, none for cluster_*
    pub target: Option<String>,
}

/// Who may do what: levels held on accounts, groups, servers or the cluster.
#[derive(Debug, Subcommand)]
pub enum PrivilegesCmd {
    /// List privileges: yours, a user's, or those on a server, group or account
    ///
    /// With none of --user, --server and --group: your own privileges, or,
    /// when the global --account flag is given, those on that account (below
    /// your own level there).
    #[command(visible_alias = "ls")]
    #[command(after_help = super::examples::text(super::examples_access::PRIVILEGES_LIST))]
    List(PrivilegesListArgs),
    /// Give a user a level on a server, group or account
    ///
    /// You can only grant levels below your own: an account admin can grant
    /// group_admin, vm_admin and vm_console. Example:
    /// `bytemark privileges grant alice vm_console web1`
    #[command(after_help = super::examples::text(super::examples_access::PRIVILEGES_GRANT))]
    Grant {
        #[command(flatten)]
        privilege: PrivilegeArgs,
        /// The user must also log in with a Yubikey to use it
        #[arg(long)]
        yubikey_required: bool,
    },
    /// Take a level away from a user
    #[command(visible_alias = "rm")]
    #[command(after_help = super::examples::text(super::examples_access::PRIVILEGES_REVOKE))]
    Revoke {
        #[command(flatten)]
        privilege: PrivilegeArgs,
    },
}

/// Long-lived credentials for programs, with only the privileges granted
/// to them.
#[derive(Debug, Subcommand)]
pub enum ApiKeysCmd {
    /// List your API keys and their privileges
    #[command(visible_alias = "ls")]
    #[command(after_help = super::examples::text(super::examples_access::API_KEYS_LIST))]
    List,
    /// Create an API key: its secret is printed once, never again
    ///
    /// Use it as `BYTEMARK_TOKEN=apikey.<key>`. A key can do only what its
    /// --privilege grants say (none: it can do nothing).
    #[command(after_help = super::examples::text(super::examples_access::API_KEYS_CREATE))]
    Create(ApiKeyCreateArgs),
    /// Delete an API key and the privileges granted to it
    #[command(visible_alias = "rm")]
    #[command(after_help = super::examples::text(super::examples_access::API_KEYS_DELETE))]
    Delete {
        /// The key's label or id
        key: String,
    },
}

#[derive(Debug, Args)]
pub struct ApiKeyCreateArgs {
    /// A name for the key (unique among your keys), e.g. ci-deploy
    pub label: String,
    /// When it stops working: a duration (12h, 7d) or a date (2030-01-31, 2030-01-31T18:00Z)
    #[arg(long, value_name = "DURATION|DATE", value_parser = parse_expiry)]
    pub expires: Option<Expiry>,
    /// A privilege for the key, LEVEL:TARGET (repeatable), e.g. vm_admin:web1, group_admin:default
    #[arg(long = "privilege", value_name = "LEVEL:TARGET", value_parser = parse_privilege_spec)]
    pub privileges: Vec<PrivilegeSpec>,
}
