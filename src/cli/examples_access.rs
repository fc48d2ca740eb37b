//! Examples of the commands for backups and addresses, and for access
//! (users, keys, privileges, API keys, console, ssh, api): see
//! [`super::examples`].

use super::examples::Example;

pub const BACKUPS: &[Example] = &[
    (
        "A disc's backups, oldest first",
        "bytemark backups list web1 disc-1",
    ),
    (
        "Back up a disc now and wait until the backup is in cold storage",
        "bytemark backups create web1 disc-1 --wait",
    ),
    (
        "Back up every night at 02:00, keeping a week",
        "bytemark backups schedule web1 disc-1 --every daily --start 02:00 --keep 7",
    ),
];
pub const BACKUPS_LIST: &[Example] = &[
    (
        "A disc's backups, oldest first",
        "bytemark backups list web1 disc-1",
    ),
    (
        "Their names only, for the next command",
        "bytemark backups list web1 disc-1 -o ids",
    ),
];
pub const BACKUPS_CREATE: &[Example] = &[
    ("Back up a disc now", "bytemark backups create web1 disc-1"),
    (
        "...and wait until the backup is in cold storage",
        "bytemark backups create web1 disc-1 --wait --timeout 30m",
    ),
];
pub const BACKUPS_RESTORE: &[Example] = &[(
    "Put a backup back on its disc (the current contents are backed up first)",
    "bytemark backups restore web1 disc-1 disc-1-backup-20250131020000",
)];
pub const BACKUPS_DELETE: &[Example] = &[(
    "Delete a backup for good",
    "bytemark backups delete web1 disc-1 disc-1-backup-20250131020000 --yes",
)];
pub const BACKUPS_SCHEDULES: &[Example] = &[(
    "A disc's backup schedules",
    "bytemark backups schedules web1 disc-1",
)];
pub const BACKUPS_SCHEDULE: &[Example] = &[
    (
        "Back up every night at 02:00, keeping a week",
        "bytemark backups schedule web1 disc-1 --every daily --start 02:00 --keep 7",
    ),
    (
        "Every 12 hours; print the request only",
        "bytemark backups schedule web1 disc-1 --every 12h --dry-run",
    ),
];
pub const BACKUPS_UNSCHEDULE: &[Example] = &[(
    "Stop a schedule by its id (its backups stay)",
    "bytemark backups unschedule web1 disc-1 9",
)];
pub const IPS: &[Example] = &[
    (
        "Every address of a server, with its reverse DNS",
        "bytemark ips list web1",
    ),
    (
        "Set the reverse DNS of an address",
        "bytemark ips rdns 192.0.2.10 www.example.com",
    ),
];
pub const IPS_LIST: &[Example] = &[
    (
        "Every address of a server, with its reverse DNS",
        "bytemark ips list web1",
    ),
    ("One address a line", "bytemark ips list web1 -o ids"),
];
pub const IPS_SHOW: &[Example] = &[(
    "One address and its reverse DNS",
    "bytemark ips show 192.0.2.10",
)];
pub const IPS_ADD: &[Example] = &[(
    "Two more IPv4 addresses for a server",
    "bytemark ips add web1 --count 2 --reason \"TLS sites\"",
)];
pub const IPS_RDNS: &[Example] = &[(
    "Set the reverse DNS of an address",
    "bytemark ips rdns 192.0.2.10 www.example.com",
)];
pub const IPS_DELETE: &[Example] = &[(
    "Give back an additional address",
    "bytemark ips delete 192.0.2.11 --yes",
)];
pub const SERVERS_SWAP_IPS: &[Example] = &[
    (
        "Swap the primary addresses of two stopped servers",
        "bytemark servers swap-ips web1 web2",
    ),
    (
        "...and their additional addresses too",
        "bytemark servers swap-ips web1 web2 --extra-ips --yes",
    ),
];
pub const DISCS_MOVE: &[Example] = &[(
    "Move a disc to another server (both off)",
    "bytemark discs move db1 disc-2 --to web1",
)];
pub const USERS: &[Example] = &[
    ("Who you are", "bytemark users show"),
    ("Another user", "bytemark users show alice"),
];
pub const USERS_SHOW: &[Example] = &[
    ("Who you are", "bytemark users show"),
    ("Another user, as JSON", "bytemark users show alice -o json"),
];
pub const KEYS: &[Example] = &[
    (
        "Add your public key",
        "bytemark keys add ~/.ssh/id_ed25519.pub",
    ),
    ("Your keys, with fingerprints", "bytemark keys list"),
];
pub const KEYS_LIST: &[Example] = &[
    ("Your keys, with fingerprints", "bytemark keys list"),
    ("Another user's", "bytemark keys list --user alice"),
];
pub const KEYS_ADD: &[Example] = &[
    (
        "Add your public key",
        "bytemark keys add ~/.ssh/id_ed25519.pub",
    ),
    (
        "Another user's key",
        "bytemark keys add --user alice alice.pub",
    ),
];
pub const KEYS_DELETE: &[Example] = &[
    ("Delete a key by its comment", "bytemark keys delete laptop"),
    (
        "...or by its index in `keys list`",
        "bytemark keys delete 2 --yes",
    ),
];
pub const PRIVILEGES: &[Example] = &[
    (
        "Console access to one server",
        "bytemark privileges grant alice vm_console web1",
    ),
    ("Who may reach it", "bytemark privileges list --server web1"),
];
pub const PRIVILEGES_LIST: &[Example] = &[
    (
        "A user's privileges",
        "bytemark privileges list --user alice",
    ),
    (
        "Who may reach a server",
        "bytemark privileges list --server web1",
    ),
    ("On a group", "bytemark privileges list --group default"),
];
pub const PRIVILEGES_GRANT: &[Example] = &[
    (
        "Console access to one server",
        "bytemark privileges grant alice vm_console web1",
    ),
    (
        "Admin of a group, with a Yubikey",
        "bytemark privileges grant alice group_admin default --yubikey-required",
    ),
];
pub const PRIVILEGES_REVOKE: &[Example] = &[(
    "Take console access away again",
    "bytemark privileges revoke alice vm_console web1 --yes",
)];
pub const API_KEYS: &[Example] = &[
    (
        "A key for a CI job, for a week, admin of one group",
        "bytemark api-keys create ci --expires 7d --privilege group_admin:default",
    ),
    ("Your keys", "bytemark api-keys list"),
];
pub const API_KEYS_LIST: &[Example] = &[("Your API keys", "bytemark api-keys list")];
pub const API_KEYS_CREATE: &[Example] = &[
    (
        "A key for a CI job, for a week, admin of one group (the secret is shown once)",
        "bytemark api-keys create ci --expires 7d --privilege group_admin:default",
    ),
    (
        "As JSON: the secret is `api_key`",
        "bytemark api-keys create ci -o json",
    ),
];
pub const API_KEYS_DELETE: &[Example] = &[(
    "Delete a key by its label",
    "bytemark api-keys delete ci --yes",
)];
pub const CONSOLE: &[Example] = &[
    ("The serial console of a server", "bytemark console web1"),
    ("VNC through an ssh tunnel", "bytemark console web1 --vnc"),
    ("Only print what would run", "bytemark console web1 --print"),
];
pub const SSH: &[Example] = &[
    ("Log in as root", "bytemark ssh web1"),
    ("Run one command", "bytemark ssh web1 -- uptime"),
    (
        "Only print the ssh command",
        "bytemark ssh web1 --user admin --print",
    ),
];
pub const API: &[Example] = &[
    (
        "Any call, as JSON",
        "bytemark api GET /accounts/demo --query view=overview",
    ),
    (
        "A PUT with its body from a file (`--input -` reads stdin)",
        "bytemark api PUT /accounts/demo/groups/default/virtual_machines/web1 --input body.json",
    ),
];
