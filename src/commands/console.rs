//! `bytemark console` and `bytemark ssh`: reach a server with the system's
//! ssh, or open its console in the Bytemark panel.
//!
//! Each costs one request, the server's GET, then runs `ssh` in place of
//! this process (its exit code is ssh's). What the API supplies is checked
//! before use — a management address or primary address must be an IP
//! address (or, for the management address, a plain host name) — and
//! nothing ever goes through a shell: ssh gets an argument vector.
//!
//! * `console` (serial, the default; api reference §6.7, as Bytemark's Go
//!   client does it): `ssh -l <your user> <management address>`. The keys of
//!   `bytemark keys` open it.
//! * `console --vnc`: `ssh -N -L 127.0.0.1:<port>:<management address>:5900
//!   -l <your user> <management address>`, a tunnel to the VNC console;
//!   `vnc://localhost:<port>` is the URL for a VNC viewer.
//! * `console --panel`: the panel's console page,
//!   `<panel>/vnc/?auth_token=<session>&endpoint=<endpoint's first label>&management_ip=<address>`,
//!   opened with the desktop's opener (`xdg-open`, `open`). The panel is
//!   `https://panel.bytemark.co.uk` for the default endpoint; otherwise
//!   `BYTEMARK_PANEL_URL` says where it is. The URL holds the session
//!   token: `--print` shows it only because you asked.
//! * `ssh`: `ssh -l <--user, default root> <primary address> [ARGS...]`,
//!   the primary address being the first address of the first network
//!   interface (§4.11).
//!
//! `--print` prints the command (words quoted for a POSIX shell, for
//! reading) or URL instead; under `-o json` as `{"command": [...], "url": ...}`.

use super::targets::{fetch, resolve};
use super::users::{current_user, under_api_key};
use crate::cli::connect::{ConsoleArgs, SshArgs};
use crate::config::env_var;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::OutputFormat;
use bytemark_api::encode_segment;
use serde_json::{Map, Value, json};
use std::net::IpAddr;

/// The panel for the default endpoint.
const PANEL_URL: &str = "https://panel.bytemark.co.uk";
const DEFAULT_ENDPOINT: &str = "https://uk0.bigv.io";

pub fn console(ctx: &mut Context, args: ConsoleArgs) -> Result<()> {
    // Everything that can be checked without a request is checked first.
    let panel = if args.panel {
        if under_api_key(ctx) {
            return Err(Error::usage(
                "the panel takes a login session, not an API key",
            ));
        }
        Some(panel_url(&ctx.settings.endpoint.value)?)
    } else {
        None
    };
    let user = match (&panel, args.user.clone()) {
        (Some(_), _) => String::new(),
        (None, Some(u)) => u,
        (None, None) => current_user(ctx, "pass --user with your Bytemark user name")?,
    };
    let target = resolve(ctx, &args.server)?;
    let (r, vm) = fetch(ctx, &target)?;
    let address =
        management_address(&vm).map_err(|why| Error::network(format!("server {r}: {why}")))?;
    if let Some(panel) = panel {
        let http = ctx.http()?;
        let token = ctx.session().ensure(&http)?;
        let url = format!(
            "{panel}/vnc/?auth_token={}&endpoint={}&management_ip={}",
            encode_segment(&token),
            encode_segment(&endpoint_label(&ctx.settings.endpoint.value)),
            encode_segment(&address)
        );
        if args.print {
            return print(ctx, None, Some(&url));
        }
        ctx.say(&format!("opening the console of {r} in your browser"));
        return open_url(&url);
    }
    if args.vnc {
        let host = if address.contains(':') {
            format!("[{address}]")
        } else {
            address.clone()
        };
        let argv = words(&[
            "ssh",
            "-N",
            "-L",
            &format!("127.0.0.1:{}:{host}:5900", args.vnc_port),
            "-l",
            &user,
            &address,
        ]);
        let url = format!("vnc://localhost:{}", args.vnc_port);
        if args.print {
            return print(ctx, Some(&argv), Some(&url));
        }
        ctx.say(&format!(
            "forwarding the VNC console of {r}: point a VNC viewer at {url}; Ctrl-C ends it"
        ));
        return exec(&argv);
    }
    let argv = words(&["ssh", "-l", &user, &address]);
    if args.print {
        return print(ctx, Some(&argv), None);
    }
    ctx.say(&format!(
        "connecting to the serial console of {r} (ssh {user}@{address})"
    ));
    exec(&argv)
}

pub fn ssh(ctx: &mut Context, args: SshArgs) -> Result<()> {
    let target = resolve(ctx, &args.server)?;
    let (r, vm) = fetch(ctx, &target)?;
    let address =
        primary_address(&vm).map_err(|why| Error::network(format!("server {r}: {why}")))?;
    let mut argv = words(&["ssh", "-l", &args.user, &address.to_string()]);
    argv.extend(args.args);
    if args.print {
        return print(ctx, Some(&argv), None);
    }
    exec(&argv)
}

fn words(w: &[&str]) -> Vec<String> {
    w.iter().map(|s| s.to_string()).collect()
}

/// The server's console address: an IP address, or a host name of plain
/// DNS labels (nothing ssh could read as an option).
fn management_address(vm: &Value) -> std::result::Result<String, String> {
    let a = vm
        .get("management_address")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    if a.is_empty() {
        return Err("the API gave no management address (is it still being created?)".into());
    }
    if let Ok(ip) = a.parse::<IpAddr>() {
        return Ok(ip.to_string());
    }
    let plain_host = a.len() <= 253
        && a.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if plain_host {
        Ok(a.to_ascii_lowercase())
    } else {
        Err(format!(
            "the API gave a management address that is neither an IP address nor a host name ({} characters); refusing to use it",
            a.chars().count()
        ))
    }
}

/// The first address of the first network interface.
fn primary_address(vm: &Value) -> std::result::Result<IpAddr, String> {
    let first = vm
        .get("network_interfaces")
        .and_then(Value::as_array)
        .and_then(|n| n.first())
        .and_then(|n| n.get("ips"))
        .and_then(Value::as_array)
        .and_then(|ips| ips.first());
    match first {
        None => Err("the API gave no IP address for it".into()),
        Some(Value::String(s)) => s.trim().parse::<IpAddr>().map_err(|_| {
            "its primary address from the API is not an IP address; refusing to use it".into()
        }),
        Some(_) => Err("its primary address from the API is not a string".into()),
    }
}

/// Where the panel is: Bytemark's for the default endpoint, else
/// `BYTEMARK_PANEL_URL`.
fn panel_url(endpoint: &str) -> Result<String> {
    if let Some(url) = env_var("BYTEMARK_PANEL_URL") {
        let url = url.trim().trim_end_matches('/').to_string();
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && !url.chars().any(|c| c.is_whitespace() || c.is_control());
        return if ok {
            Ok(url)
        } else {
            Err(Error::usage(format!(
                "BYTEMARK_PANEL_URL must be an http(s) URL, got {url:?}"
            )))
        };
    }
    if endpoint.trim_end_matches('/') == DEFAULT_ENDPOINT {
        return Ok(PANEL_URL.to_string());
    }
    Err(
        Error::usage(format!("no panel is known for the endpoint {endpoint}"))
            .with_hint("set BYTEMARK_PANEL_URL to the panel's base URL"),
    )
}

/// The first label of the endpoint's host: `uk0` for `https://uk0.bigv.io`.
fn endpoint_label(endpoint: &str) -> String {
    let rest = endpoint.split_once("://").map_or(endpoint, |(_, r)| r);
    let host = rest.split(['/', ':']).next().unwrap_or("");
    host.split('.').next().unwrap_or("").to_string()
}

/// A word as a POSIX shell would need it, for printing only.
fn shell_quote(w: &str) -> String {
    let safe = !w.is_empty()
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./_-[]".contains(c));
    if safe {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', r"'\''"))
    }
}

fn print(ctx: &Context, argv: Option<&[String]>, url: Option<&str>) -> Result<()> {
    if ctx.output.format == OutputFormat::Json {
        let mut m = Map::new();
        if let Some(a) = argv {
            m.insert("command".into(), json!(a));
        }
        if let Some(u) = url {
            m.insert("url".into(), json!(u));
        }
        return ctx.output.print_json(&Value::Object(m));
    }
    if let Some(a) = argv {
        let line: Vec<String> = a.iter().map(|w| shell_quote(w)).collect();
        ctx.output.value(&line.join(" "))?;
    }
    if let Some(u) = url {
        ctx.output.value(u)?;
    }
    Ok(())
}

/// Runs `argv` in place of this process (Unix), or as a child whose exit
/// code becomes ours.
fn exec(argv: &[String]) -> Result<()> {
    let mut cmd = std::process::Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    let failed = |e: std::io::Error| {
        Error::unexpected(format!("cannot run {}: {e}", argv[0]))
            .with_hint("install an OpenSSH client, or use --print to see the command")
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        Err(failed(cmd.exec()))
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status().map_err(failed)?;
        std::process::exit(status.code().unwrap_or(1));
    }
}

/// Opens `url` with the desktop's opener.
fn open_url(url: &str) -> Result<()> {
    let (program, pre): (&str, &[&str]) = if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("rundll32", &["url.dll,FileProtocolHandler"])
    } else {
        ("xdg-open", &[])
    };
    let status = std::process::Command::new(program)
        .args(pre)
        .arg(url)
        .status()
        .map_err(|e| {
            Error::unexpected(format!("cannot run {program}: {e}"))
                .with_hint("use --print to get the URL")
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(Error::unexpected(format!("{program} failed ({status})"))
            .with_hint("use --print to get the URL"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_from_the_api_are_checked() {
        let vm = |m: Value| json!({"management_address": m});
        assert_eq!(
            management_address(&vm(json!("10.0.0.1"))).unwrap(),
            "10.0.0.1"
        );
        assert_eq!(
            management_address(&vm(json!("2001:db8::1"))).unwrap(),
            "2001:db8::1"
        );
        assert_eq!(
            management_address(&vm(json!("Mgmt.example.com"))).unwrap(),
            "mgmt.example.com"
        );
        for bad in [
            json!(""),
            json!(null),
            json!("-oProxyCommand=x"),
            json!("a b"),
            json!("x;rm"),
            json!("a..b"),
        ] {
            assert!(management_address(&vm(bad.clone())).is_err(), "{bad}");
        }
        let nic = |ips: Value| json!({"network_interfaces": [{"ips": ips}]});
        assert_eq!(
            primary_address(&nic(json!(["10.1.2.3", "fe80::1"])))
                .unwrap()
                .to_string(),
            "10.1.2.3"
        );
        assert!(primary_address(&nic(json!(["-oProxyCommand=x"]))).is_err());
        assert!(primary_address(&nic(json!([]))).is_err());
        assert!(primary_address(&json!({})).is_err());
    }

    #[test]
    fn panel_and_quoting() {
        assert_eq!(endpoint_label("https://uk0.bigv.io"), "uk0");
        assert_eq!(endpoint_label("http://127.0.0.1:8977/"), "127");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(
            shell_quote("127.0.0.1:9999:[::1]:5900"),
            "127.0.0.1:9999:[::1]:5900"
        );
        assert_eq!(shell_quote(""), "''");
    }
}
