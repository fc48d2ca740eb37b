//! Help topics: `bytemark help <topic>` and the `bytemark-<topic>(7)` man pages.

use crate::error::ErrorKind;

/// A help topic: its name, a one-line summary, and its text.
pub struct Topic {
    pub name: &'static str,
    pub summary: &'static str,
    pub body: fn() -> String,
}

/// Every topic, in the order `bytemark help` lists them.
pub const TOPICS: &[Topic] = &[
    Topic {
        name: "environment",
        summary: "Environment variables and configuration files",
        body: environment,
    },
    Topic {
        name: "output",
        summary: "Output formats: table, json, ids; columns; colour",
        body: output,
    },
    Topic {
        name: "exit-codes",
        summary: "What each exit code means",
        body: exit_codes,
    },
    Topic {
        name: "scripting",
        summary: "Using bytemark from scripts and CI jobs",
        body: scripting,
    },
];

pub fn find(name: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.name == name)
}

fn environment() -> String {
    format!(
        "\
Settings are taken from, in order: command-line flags, environment variables,
the current profile in the configuration file, built-in defaults.
`bytemark config list` shows each value and where it came from.

Variables:
{VARIABLES}
Files:
{FILES}"
    )
}

/// The environment variables, one to a line (and its continuations), as
/// the `environment` topic and the ENVIRONMENT of bytemark(1) list them.
pub const VARIABLES: &str = "  BYTEMARK_PROFILE           profile to use (like --profile)
  BYTEMARK_ENDPOINT          Cloud Servers API URL (default https://uk0.bigv.io)
  BYTEMARK_AUTH_ENDPOINT     authentication service URL (default https://auth.bytemark.co.uk)
  BYTEMARK_ACCOUNT           account to work in (like --account)
  BYTEMARK_USER              user name for login and automatic re-login
  BYTEMARK_PASSWORD          password for non-interactive login and re-login
  BYTEMARK_TOKEN             a session token or `apikey.` key, used as is and never stored
  BYTEMARK_SESSION_VALIDITY  session lifetime to ask for at login (like login --validity;
                             default 30m, at most 1h)
  BYTEMARK_REFRESH_MARGIN    seconds before expiry at which a session is extended first
                             (default 60, or half the lifetime of a shorter session)
  BYTEMARK_OUTPUT            default output format: table, json or ids
  BYTEMARK_CONFIG_DIR        configuration directory (default: $XDG_CONFIG_HOME/bytemark)
  BYTEMARK_DATA_DIR          state directory: sessions, file credential store, --sandbox
                             state (default: $XDG_DATA_HOME/bytemark)
  BYTEMARK_CREDENTIAL_STORE  where the session token is kept: keyring, file (0600, in the
                             data dir) or none (memory, this command only); unset: the
                             keyring, else the file where no keyring answers
  BYTEMARK_REQUEST_TIMEOUT   timeout for each HTTP request (like --request-timeout; default 60s)
  BYTEMARK_RETRY_ATTEMPTS    attempts per request on connection errors, 429 and 5xx (default 5)
  BYTEMARK_RETRY_DELAY       first backoff delay, doubling each attempt (default 250ms)
  BYTEMARK_RETRY_BUDGET      no new attempt after this long (default 30s)
  BYTEMARK_ALLOW_INSECURE_HTTP
                             1 to allow plain http:// endpoints on other hosts (like
                             --allow-insecure-http; credentials cross the network in clear)
  BYTEMARK_PANEL_URL         the panel for `console --panel` (default
                             https://panel.bytemark.co.uk, for the default endpoint only)
  NO_COLOR                   set to anything to disable colour (so does TERM=dumb)
";

/// The files the tool reads and writes, for the `environment` topic and
/// the FILES of bytemark(1).
pub const FILES: &str = "  <config dir>/config.toml   profiles, e.g.
                               [profiles.default]
                               user = \"alice\"
                               account = \"acme\"
                               output = \"table\"
  <data dir>/sessions/       which session each profile holds (no secrets)
  <data dir>/credentials/    session tokens, when BYTEMARK_CREDENTIAL_STORE=file (0600)
  <data dir>/sandbox.json    the state of --sandbox
  <data dir>/definitions.json
                             images, zones, grades and hardware profiles, kept
                             10 minutes for shell completion
";

fn output() -> String {
    "\
stdout carries data only; prompts, progress, warnings and errors go to stderr.

  -o table   (default) a table for people; sizes are human-readable. On a
             terminal: one line per row, no wider than the terminal (less
             important columns are left out first, then cells are cut with
             an ellipsis; an IP address is never cut), the header bold.
             Piped: plain columns two spaces apart, every column and every
             character
  -o json    the API's own JSON: an object for one resource, an array for many,
             every field, raw units (memory and disc sizes in MiB); indented on
             a terminal, one line per document when piped
  -o ids     one fully qualified name per line (web1.default.acme), for xargs;
             a name that is not one safe shell word (say, one holding a newline
             or `$(...)`) is refused, named on stderr, exit 7

  --jq EXPR       run a jq filter over the JSON (implies -o json) and print each
                  result as one line of JSON; a bad expression exits 2 before
                  any request, a filter failing on the data exits 2
  --raw           with --jq, print a string result as its text (escaped on a
                  terminal), not as a JSON string
  --columns a,b   choose table columns by their JSON field names (tables only)
  --no-headers    leave out the table header
  --color WHEN    auto (default), always or never, for stdout and stderr alike;
                  auto colours a terminal unless NO_COLOR is set or TERM=dumb

With -o json, errors are written to stderr as
  {\"error\": {\"code\": ..., \"message\": ..., \"http_status\": ..., \"details\": ...}}
"
    .to_string()
}

/// The exit codes and what they mean, for the topic and the EXIT STATUS of bytemark(1).
pub fn exit_codes() -> String {
    let mut text = String::from("bytemark exits with one of these codes:\n\n");
    text.push_str("    0  success\n");
    for kind in ErrorKind::ALL {
        text.push_str(&format!("  {:>3}  {}\n", kind.exit_code(), kind.meaning()));
    }
    text
}

fn scripting() -> String {
    "\
In scripts, ask for JSON or ids and rely on the exit code:

  bytemark servers list -o json | jq -r '.[] | select(.power_on) | .name'
  bytemark servers list --jq '.[] | select(.power_on) | .name' --raw   # no jq needed
  bytemark servers list -o ids | xargs -n1 bytemark servers show -o json

Nothing prompts when stdin is not a terminal: destructive commands need --yes
(otherwise exit 8), and a lapsed session is renewed from BYTEMARK_USER and
BYTEMARK_PASSWORD, or the command exits 3.

In CI, keep credentials in the environment:

  export BYTEMARK_USER=ci BYTEMARK_PASSWORD=...   # or BYTEMARK_TOKEN=apikey....
  export BYTEMARK_CREDENTIAL_STORE=none           # keep nothing (or file: one session)
  bytemark servers create web1 --if-not-exists --wait --timeout 10m
  bytemark servers delete web1 --purge --yes

`--dry-run` on create prints the request it would send and sends nothing; it
takes the account from the name (web1.default.acme), --account,
BYTEMARK_ACCOUNT, the profile or the last login, never from the API.
"
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_code_topic_lists_every_code() {
        let text = exit_codes();
        for kind in ErrorKind::ALL {
            assert!(text.contains(kind.meaning()), "{}", kind.meaning());
        }
    }

    #[test]
    fn topics_are_found_by_name() {
        assert!(find("scripting").is_some());
        assert!(find("nope").is_none());
    }
}
