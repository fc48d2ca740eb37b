//! `bytemark login`, `logout` and `whoami`.
//!
//! Passwords come from a terminal prompt, `--password-stdin` or
//! `BYTEMARK_PASSWORD` — never from a flag value, which would end up in shell
//! history and `ps`. Confirmations go to stderr; under `-o json` the session
//! summary (no token) goes to stdout.

use crate::cli::LoginArgs;
use crate::config::env_var;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::OutputFormat;
use crate::output::{Column, plain};
use crate::session::prompt::{StdinLines, prompt_line, prompt_secret};
use crate::session::store::StoreKind;
use crate::session::{Credentials, SessionInfo};
use serde_json::{Value, json};

pub fn login(ctx: &mut Context, args: LoginArgs) -> Result<()> {
    if let Some(d) = args.validity {
        ctx.session().set_validity(d);
    }
    if let Some(u) = &args.user {
        crate::config::key("user")?.validate(u, "--user")?;
    }
    // `--user` beats BYTEMARK_USER and the profile; a profile's user only
    // counts when it is not the sandbox's.
    let user = args
        .user
        .clone()
        .or_else(|| ctx.settings.user.value.clone());
    let session = ctx.session();

    let yubikey = match (&args.yubikey_otp, args.yubikey) {
        (Some(otp), _) => Some(otp.trim().to_string()),
        (None, true) if ctx.interactive => Some(prompt_secret("Press your Yubikey: ")?),
        (None, true) => {
            return Err(Error::usage(
                "--yubikey needs --yubikey-otp OTP when there is no terminal to prompt on",
            ));
        }
        (None, false) => None,
    };

    // The password, then the two-factor code, may both come from stdin.
    let stdin = StdinLines::default();
    let password = if args.password_stdin {
        if user.is_none() {
            return Err(Error::usage(
                "--password-stdin needs --user (or BYTEMARK_USER)",
            ));
        }
        Some(stdin.read("password")?)
    } else if ctx.is_sandbox() {
        Some(bytemark_sandbox::DEMO_PASSWORD.to_string())
    } else if user.is_some() {
        env_var("BYTEMARK_PASSWORD")
    } else {
        None
    };
    let otp = match args.otp.as_deref() {
        Some("-") => Some(stdin.read("two-factor code")?),
        Some(code) => Some(code.trim().to_string()),
        None => None,
    };

    let http = ctx.http()?;
    match (user, password) {
        (Some(user), Some(password)) => session.login(
            &http,
            Credentials {
                user,
                password,
                otp,
                yubikey,
            },
        )?,
        (user, None) if ctx.interactive => {
            let user = match user {
                Some(u) => u,
                None => prompt_line("User: ")?,
            };
            session.login_prompting(&http, user, otp, yubikey)?
        }
        (_, _) => {
            return Err(Error::auth("no password: not on a terminal, so cannot prompt")
                .with_hint(
                    "use `bytemark login --user NAME --password-stdin`, or set BYTEMARK_USER and BYTEMARK_PASSWORD",
                ));
        }
    }
    if env_var("BYTEMARK_TOKEN").is_some() && !ctx.is_sandbox() {
        crate::stderr_line!(
            "warning: BYTEMARK_TOKEN is set and is used instead of this session while it stays set"
        );
    }
    let info = whoami_info(ctx)?;
    if ctx.output.format == OutputFormat::Json {
        return ctx.output.print_json(&info_json(&info));
    }
    // The user, factors and account are the service's words: said through
    // `say`, which shows them escaped (and nothing under --quiet).
    let account = info
        .account
        .as_deref()
        .map(|a| format!(", account {a}"))
        .unwrap_or_default();
    ctx.say(&format!(
        "Logged in as {} ({}){account}; session kept in {}{}.",
        info.user,
        info.factors.join(", "),
        store_words(&info),
        info.expires_in
            .map(|s| format!(", valid for {} without use", human_secs(s)))
            .unwrap_or_default(),
    ));
    Ok(())
}

pub fn logout(ctx: &mut Context) -> Result<()> {
    let out = ctx.session().logout()?;
    if ctx.output.format == OutputFormat::Json {
        ctx.output.print_json(&json!({ "logged_out": out.had }))?;
    }
    if !ctx.quiet && out.had {
        // The API reference documents no call that ends a session: say
        // what that means, rather than pretend it is gone everywhere.
        let when = match out.lapses_in {
            Some(s) if s > 0 => format!("in about {}", human_secs(s.div_ceil(60) * 60)),
            _ => "soon".to_string(),
        };
        crate::stderr_line!(
            "Logged out: the stored session and every copy of it here are removed. \
             The service has no way to end a session early: it lapses there {when}, unused."
        );
    } else if !ctx.quiet && ctx.output.format != OutputFormat::Json {
        crate::stderr_line!("No stored session to forget.");
    }
    if env_var("BYTEMARK_TOKEN").is_some() && !ctx.quiet {
        crate::stderr_line!("note: BYTEMARK_TOKEN is still set and will still be used");
    }
    Ok(())
}

const WHOAMI_COLUMNS: &[Column] = &[
    Column::field("user", "USER"),
    Column::field("factors", "FACTORS"),
    Column::field("account", "ACCOUNT"),
    Column::field("store", "STORE"),
    Column::new("expires_in", "EXPIRES IN", |v| {
        match v["expires_in"].as_u64() {
            Some(s) => format!("{s}s"),
            None => "unknown".into(),
        }
    }),
    Column::field("profile", "PROFILE"),
    Column::field("auth_endpoint", "AUTH ENDPOINT"),
];

pub fn whoami(ctx: &mut Context) -> Result<()> {
    let info = whoami_info(ctx)?;
    ctx.output
        .one(&info_json(&info), WHOAMI_COLUMNS, &|v: &Value| {
            plain(&v["user"])
        })
}

/// The session summary, with the account commands would use.
fn whoami_info(ctx: &mut Context) -> Result<SessionInfo> {
    let http = ctx.http()?;
    ctx.session()
        .info(&http, ctx.settings.account.value.as_deref())
}

fn info_json(info: &SessionInfo) -> Value {
    serde_json::to_value(info).unwrap_or(Value::Null)
}

fn store_words(info: &SessionInfo) -> &'static str {
    match info.store {
        StoreKind::Keyring => "the OS keyring",
        StoreKind::File => "a private file in the data directory",
        StoreKind::Memory => "memory for this command only",
        StoreKind::Env => "BYTEMARK_TOKEN",
    }
}

fn human_secs(s: u64) -> String {
    if s >= 3600 && s.is_multiple_of(3600) {
        format!("{}h", s / 3600)
    } else if s >= 60 && s.is_multiple_of(60) {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}
