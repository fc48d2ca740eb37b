//! `bytemark config list|get|set|unset`: profiles in `config.toml`.
//!
//! `list` shows every setting's value and where it came from (flag, env,
//! profile, default, sandbox). `set`/`unset` change the current profile
//! (`--profile`/`BYTEMARK_PROFILE`, else `default`); keys and values are
//! validated first (an unknown key or a bad value is exit 2).

use crate::cli::ConfigCmd;
use crate::config::{self, Source};
use crate::context::Context;
use crate::error::Result;
use crate::output::OutputFormat;
use crate::output::{Column, plain};
use serde_json::{Value, json};

const COLUMNS: &[Column] = &[
    Column::field("key", "KEY"),
    Column::field("value", "VALUE"),
    Column::field("source", "SOURCE"),
];

fn row(key: &str, value: Option<&str>, source: Source) -> Value {
    json!({ "key": key, "value": value, "source": source.as_str() })
}

pub fn run(ctx: &mut Context, cmd: ConfigCmd) -> Result<()> {
    match cmd {
        ConfigCmd::List => {
            let items: Vec<Value> = ctx
                .settings
                .all()
                .into_iter()
                .map(|(k, text, source)| row(k, text, source))
                .collect();
            ctx.output
                .list(&items, COLUMNS, &|v: &Value| plain(&v["key"]))
        }
        ConfigCmd::Get { key } => {
            let name = if key == "profile" {
                "profile"
            } else {
                config::key(&key)?.name
            };
            let (text, source) = ctx.settings.shown(name).unwrap_or((None, Source::Default));
            match ctx.output.format {
                OutputFormat::Json => ctx.output.print_json(&row(name, text, source)),
                _ => ctx.output.value(text.unwrap_or("")),
            }
        }
        ConfigCmd::Set { key, value } => {
            let k = config::key(&key)?;
            k.validate(&value, k.name)?;
            let mut file = ctx.settings.file.clone();
            file.set(&ctx.settings.profile.value, k.name, Some(&value))?;
            file.save()?;
            if !ctx.quiet {
                crate::stderr_line!(
                    "{} = {value:?} in profile {} ({})",
                    k.name,
                    ctx.settings.profile.value,
                    file.path.display()
                );
                warn_if_overridden(ctx, k.name);
            }
            Ok(())
        }
        ConfigCmd::Profiles => profiles(ctx),
        ConfigCmd::Use { name } => use_profile(ctx, &name),
        ConfigCmd::Unset { key } => {
            let k = config::key(&key)?;
            let mut file = ctx.settings.file.clone();
            file.set(&ctx.settings.profile.value, k.name, None)?;
            file.save()?;
            if !ctx.quiet {
                crate::stderr_line!(
                    "{} removed from profile {}",
                    k.name,
                    ctx.settings.profile.value
                );
                warn_if_overridden(ctx, k.name);
            }
            Ok(())
        }
    }
}

/// `config profiles`: every profile of the file, and the current one even
/// when the file does not define it yet.
fn profiles(ctx: &Context) -> Result<()> {
    let current = &ctx.settings.profile.value;
    let mut names = ctx.settings.file.profiles();
    if !names.contains(current) {
        names.push(current.clone());
        names.sort();
    }
    let items: Vec<Value> = names
        .iter()
        .map(|n| json!({ "name": n, "current": n == current }))
        .collect();
    ctx.output
        .list(&items, PROFILE_COLUMNS, &|v: &Value| plain(&v["name"]))
}

const PROFILE_COLUMNS: &[Column] = &[
    Column::new("current", "CURRENT", |v| {
        if v["current"] == true { "*" } else { "" }.to_string()
    }),
    Column::field("name", "NAME"),
];

/// `config use NAME`: the default profile, written to the config file.
fn use_profile(ctx: &Context, name: &str) -> Result<()> {
    config::check_profile_name(name)?;
    let mut file = ctx.settings.file.clone();
    file.set_current_profile(name);
    file.save()?;
    if !ctx.quiet {
        crate::stderr_line!(
            "profile {name} is now the default ({})",
            file.path.display()
        );
        if !file.profiles().iter().any(|p| p == name) {
            crate::stderr_line!(
                "note: profile {name} has no settings yet; `bytemark config set` adds some"
            );
        }
        match ctx.settings.profile.source {
            Source::Env => {
                crate::stderr_line!("note: BYTEMARK_PROFILE is set and takes precedence")
            }
            Source::Flag => crate::stderr_line!("note: the -p/--profile flag takes precedence"),
            _ => {}
        }
    }
    Ok(())
}

fn warn_if_overridden(ctx: &Context, key: &str) {
    if let (Some((_, source)), Ok(k)) = (ctx.settings.shown(key), config::key(key)) {
        match source {
            Source::Env => crate::stderr_line!("note: {} is set and takes precedence", k.env),
            Source::Flag => {
                crate::stderr_line!("note: the flag given on this command line takes precedence")
            }
            _ => {}
        }
    }
}
