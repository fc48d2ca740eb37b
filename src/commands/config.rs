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
                eprintln!(
                    "{} = {value:?} in profile {} ({})",
                    k.name,
                    ctx.settings.profile.value,
                    file.path.display()
                );
                warn_if_overridden(ctx, k.name);
            }
            Ok(())
        }
        ConfigCmd::Unset { key } => {
            let k = config::key(&key)?;
            let mut file = ctx.settings.file.clone();
            file.set(&ctx.settings.profile.value, k.name, None)?;
            file.save()?;
            if !ctx.quiet {
                eprintln!(
                    "{} removed from profile {}",
                    k.name, ctx.settings.profile.value
                );
                warn_if_overridden(ctx, k.name);
            }
            Ok(())
        }
    }
}

fn warn_if_overridden(ctx: &Context, key: &str) {
    if let (Some((_, source)), Ok(k)) = (ctx.settings.shown(key), config::key(key)) {
        match source {
            Source::Env => eprintln!("note: {} is set and takes precedence", k.env),
            Source::Flag => eprintln!("note: the flag given on this command line takes precedence"),
            _ => {}
        }
    }
}
