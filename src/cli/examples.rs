//! The "Examples" section of each command's help (and of its man page's
//! EXAMPLES): a comment saying what a line does, then the line. A test
//! checks that every command has some.

use clap::builder::StyledStr;

/// One example: what it does, and the command line.
pub type Example = (&'static str, &'static str);

/// The heading that starts every examples section, as the help shows it
/// (man pages find their EXAMPLES by it).
pub const HEADING: &str = "Examples:";

/// The help text of `examples`, under a heading styled like clap's own
/// (clap drops the styles when colour is off).
pub fn text(examples: &[Example]) -> StyledStr {
    let heading = anstyle::Style::new().bold().underline();
    let mut out = format!("{heading}{HEADING}{heading:#}\n");
    for (i, (what, line)) in examples.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("  # {what}\n  {line}\n"));
    }
    StyledStr::from(out.trim_end().to_string())
}

pub const ROOT: &[Example] = &[
    (
        "Try every command on the built-in sandbox, no account needed",
        "bytemark --sandbox servers list",
    ),
    (
        "Log in (keeps the session in the OS keyring)",
        "bytemark login",
    ),
    (
        "Create a server with two discs and wait until it runs",
        "bytemark servers create web1 --disc 25G --disc data:ssd:50G --wait",
    ),
    (
        "Names of the servers that are on, for a script",
        "bytemark servers list --jq '.[] | select(.power_on) | .name' --raw",
    ),
    ("Help on a topic", "bytemark help scripting"),
];

pub const LOGIN: &[Example] = &[
    ("Prompt for user and password", "bytemark login"),
    (
        "In a script: the password from stdin",
        "printf '%s\\n' \"$PASSWORD\" | bytemark login --user alice --password-stdin",
    ),
];
pub const LOGOUT: &[Example] = &[("Forget the stored session", "bytemark logout")];
pub const WHOAMI: &[Example] = &[
    (
        "Who you are and where the session is kept",
        "bytemark whoami",
    ),
    (
        "Seconds left on the session",
        "bytemark whoami --jq .expires_in",
    ),
];

pub const SERVERS: &[Example] = &[
    ("List the servers of your account", "bytemark servers list"),
    ("Show one as JSON", "bytemark servers show web1 -o json"),
    (
        "Restart two and wait",
        "bytemark servers restart web1 db1 --wait",
    ),
];
pub const SERVERS_LIST: &[Example] = &[
    ("Servers of your account", "bytemark servers list"),
    ("Only group staging", "bytemark servers list staging"),
    (
        "Choose the columns",
        "bytemark servers list --columns name,power_on,zone_name",
    ),
    (
        "Names of the servers that are off",
        "bytemark servers list --jq '.[] | select(.power_on | not) | .name' --raw",
    ),
    (
        "Fully qualified names, for xargs",
        "bytemark servers list -o ids",
    ),
];
pub const SERVERS_SHOW: &[Example] = &[
    ("Show web1 in group default", "bytemark servers show web1"),
    (
        "In group staging of account acme, as JSON",
        "bytemark servers show web1.staging.acme -o json",
    ),
];
pub const SERVERS_CREATE: &[Example] = &[
    (
        "One core, 1 GiB and a 25 GiB sata disc (the defaults)",
        "bytemark servers create web1",
    ),
    (
        "Bigger, two discs, an image and an SSH key; wait until it runs",
        "bytemark servers create web2 --cores 2 --memory 4G --disc 50G --disc data:archive:200G \\\n    --image symbiosis --ssh-key ~/.ssh/id_ed25519.pub --wait",
    ),
    (
        "Idempotent, for CI: show the server if it exists",
        "bytemark servers create ci-web --if-not-exists --wait --timeout 10m",
    ),
    (
        "See the request without sending it",
        "bytemark servers create web3 --dry-run",
    ),
];
pub const SERVERS_DELETE: &[Example] = &[
    (
        "Delete (restore brings it back)",
        "bytemark servers delete web1",
    ),
    (
        "Delete for good, without a question",
        "bytemark servers delete web1 --purge --yes",
    ),
];
pub const SERVERS_RESTORE: &[Example] = &[(
    "Bring back a deleted server",
    "bytemark servers restore web1",
)];
pub const SERVERS_START: &[Example] = &[
    ("Power on", "bytemark servers start web1"),
    (
        "Power on two and wait until both run",
        "bytemark servers start web1 db1 --wait --timeout 2m",
    ),
];
pub const SERVERS_STOP: &[Example] = &[
    ("Power off at once", "bytemark servers stop web1 --yes"),
    (
        "Power off and wait until it is off",
        "bytemark servers stop web1 --yes --wait",
    ),
];
pub const SERVERS_SHUTDOWN: &[Example] = &[(
    "Ask the operating system to shut down, and wait",
    "bytemark servers shutdown web1 --wait",
)];
pub const SERVERS_RESTART: &[Example] = &[(
    "Restart to apply new cores or memory, and wait",
    "bytemark servers restart web1 --wait",
)];
pub const SERVERS_RESET: &[Example] = &[(
    "Press the reset button",
    "bytemark servers reset web1 --yes",
)];
pub const SERVERS_REIMAGE: &[Example] = &[(
    "Reinstall a stopped server with another image",
    "bytemark servers reimage web1 --image stretch --ssh-key ~/.ssh/id_ed25519.pub --yes",
)];
pub const SERVERS_UPDATE: &[Example] = &[
    (
        "More cores and memory (applied at the next restart)",
        "bytemark servers update web1 --cores 4 --memory 8G --yes",
    ),
    (
        "Rename and move to group staging",
        "bytemark servers update web1 --rename web2.staging",
    ),
];

pub const GROUPS: &[Example] = &[
    ("List the groups of your account", "bytemark groups list"),
    ("Create one", "bytemark groups create staging"),
];
pub const GROUPS_LIST: &[Example] = &[
    ("Groups of your account", "bytemark groups list"),
    ("Groups of account acme", "bytemark groups list acme"),
];
pub const GROUPS_SHOW: &[Example] = &[("A group and its servers", "bytemark groups show staging")];
pub const GROUPS_CREATE: &[Example] = &[
    ("Create a group", "bytemark groups create staging"),
    ("In account acme", "bytemark groups create staging.acme"),
];
pub const GROUPS_DELETE: &[Example] = &[
    ("Delete an empty group", "bytemark groups delete staging"),
    (
        "Purge its servers first",
        "bytemark groups delete staging --recursive --yes",
    ),
];

pub const DISCS: &[Example] = &[
    ("List a server's discs", "bytemark discs list web1"),
    (
        "Grow one by 10 GiB",
        "bytemark discs resize web1 disc-1 +10G --yes",
    ),
];
pub const DISCS_LIST: &[Example] = &[("Discs of web1", "bytemark discs list web1")];
pub const DISCS_SHOW: &[Example] = &[(
    "One disc, as JSON",
    "bytemark discs show web1 disc-1 -o json",
)];
pub const DISCS_ADD: &[Example] = &[
    ("A 50 GiB sata disc", "bytemark discs add web1 50G --yes"),
    (
        "Two discs: labelled, and of another grade",
        "bytemark discs add web1 data:ssd:20G archive:100G --yes",
    ),
];
pub const DISCS_RESIZE: &[Example] = &[
    (
        "Grow to 100 GiB",
        "bytemark discs resize web1 disc-1 100G --yes",
    ),
    (
        "Grow by 10 GiB",
        "bytemark discs resize web1 disc-1 +10G --yes",
    ),
];
pub const DISCS_DELETE: &[Example] = &[(
    "Delete a disc and its data",
    "bytemark discs delete web1 data --yes",
)];

pub const ACCOUNTS: &[Example] = &[("The accounts you can see", "bytemark accounts list")];
pub const ACCOUNTS_LIST: &[Example] = &[
    ("The accounts you can see", "bytemark accounts list"),
    ("Their names only", "bytemark accounts list -o ids"),
];
pub const ACCOUNTS_SHOW: &[Example] = &[
    (
        "Your account, its groups and servers",
        "bytemark accounts show",
    ),
    ("Account acme", "bytemark accounts show acme"),
];

pub const DEFINITIONS: &[Example] = &[
    ("Everything the service offers", "bytemark definitions"),
    (
        "Images, one name per line",
        "bytemark definitions images -o ids",
    ),
];

pub const CONFIG: &[Example] = &[
    (
        "Every setting and where it comes from",
        "bytemark config list",
    ),
    (
        "Set the account of the current profile",
        "bytemark config set account acme",
    ),
];
pub const CONFIG_LIST: &[Example] = &[
    (
        "Every setting and where it comes from",
        "bytemark config list",
    ),
    ("Of profile staging", "bytemark -p staging config list"),
];
pub const CONFIG_GET: &[Example] = &[("The endpoint in use", "bytemark config get endpoint")];
pub const CONFIG_SET: &[Example] = &[
    ("Set the account", "bytemark config set account acme"),
    (
        "JSON by default, in profile ci",
        "bytemark -p ci config set output json",
    ),
];
pub const CONFIG_UNSET: &[Example] = &[("Forget the account", "bytemark config unset account")];
pub const CONFIG_PROFILES: &[Example] = &[(
    "The profiles, the current one marked",
    "bytemark config profiles",
)];
pub const CONFIG_USE: &[Example] = &[(
    "Make profile staging the default",
    "bytemark config use staging",
)];

pub const SANDBOX: &[Example] = &[
    (
        "Serve the sandbox API on a fixed port",
        "bytemark sandbox serve --listen 127.0.0.1:8977",
    ),
    (
        "Start --sandbox over with the seed data",
        "bytemark sandbox reset",
    ),
];
pub const SANDBOX_SERVE: &[Example] = &[
    (
        "On a fixed port, state kept in a file",
        "bytemark sandbox serve --listen 127.0.0.1:8977 --state sandbox.json",
    ),
    (
        "Slow power changes and one request in five failing",
        "bytemark sandbox serve --transition-delay 5s --fail-rate 0.2",
    ),
];
pub const SANDBOX_RESET: &[Example] = &[(
    "Start --sandbox over with the seed data",
    "bytemark sandbox reset",
)];

pub const COMPLETIONS: &[Example] = &[
    (
        "Install bash completions for your user",
        "bytemark completions bash > ~/.local/share/bash-completion/completions/bytemark",
    ),
    (
        "zsh: a file on your $fpath",
        "bytemark completions zsh > ~/.zfunc/_bytemark",
    ),
    (
        "Also complete server and group names (bash)",
        "source <(COMPLETE=bash bytemark)",
    ),
];
pub const HELP: &[Example] = &[
    ("Help for a command", "bytemark help servers create"),
    (
        "A topic: environment, output, exit-codes, scripting",
        "bytemark help exit-codes",
    ),
];
