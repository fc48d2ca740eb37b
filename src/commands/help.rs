//! `bytemark help [COMMAND...|TOPIC]`: help for a command, or a help topic.

use crate::cli::{Cli, HelpArgs};
use crate::error::{Error, Result};
use crate::topics::{TOPICS, find};
use clap::CommandFactory;
use std::io::Write;

pub fn run(args: HelpArgs) -> Result<()> {
    let mut text = String::new();
    let topic = match args.words.as_slice() {
        [word] => find(word),
        _ => None,
    };
    match topic {
        Some(topic) => text = (topic.body)(),
        None => {
            let words = args.words.as_slice();
            let mut cmd = Cli::command();
            cmd.build();
            let mut current = &cmd;
            for word in words {
                current = current.find_subcommand(word).ok_or_else(|| {
                    Error::usage(format!(
                        "no command or help topic named '{word}' (topics: {})",
                        TOPICS.iter().map(|t| t.name).collect::<Vec<_>>().join(", ")
                    ))
                })?;
            }
            text.push_str(&current.clone().render_long_help().to_string());
            if words.is_empty() {
                text.push_str("\nHelp topics (bytemark help <topic>):\n");
                for t in TOPICS {
                    text.push_str(&format!("  {:<12} {}\n", t.name, t.summary));
                }
            }
        }
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
