//! Help (issue 15, item 2): each command's own options come before a
//! "Global options" heading, every command has examples that parse, the man
//! pages carry them (and bytemark(1) its EXIT STATUS, ENVIRONMENT, FILES and
//! SEE ALSO), `--json` gets a tip that works, and snapshots of `--help`.

use crate::support::{TestEnv, stderr_of, stdout_of};
use bytemark::cli::Cli;
use clap::{CommandFactory, Parser};

/// Every command below `cmd` (and `cmd`), with its path (`servers create`).
fn all_commands(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((path.trim().to_string(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        all_commands(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

fn commands() -> Vec<(String, clap::Command)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    all_commands(&cmd, "", &mut out);
    out
}

fn help(env: &TestEnv, path: &str) -> String {
    let mut args: Vec<&str> = path.split_whitespace().collect();
    args.push("--help");
    let out = env.cmd().args(&args).output().unwrap();
    assert!(out.status.success(), "{path}: {}", stderr_of(&out));
    stdout_of(&out)
}

#[test]
fn each_command_lists_its_own_options_before_the_global_ones() {
    let env = TestEnv::new();
    for path in [
        "servers list",
        "servers create",
        "discs add",
        "login",
        "config set",
    ] {
        let text = help(&env, path);
        let own = text.find("\nOptions:\n").expect(path);
        let global = text.find("\nGlobal options:\n").expect(path);
        assert!(own < global, "{path}: {text}");
        // Global flags only under their heading; the command's own above it.
        assert!(text.find("--output").unwrap() > global, "{path}: {text}");
        assert!(text.find("--request-timeout").unwrap() > global, "{path}");
    }
    let text = help(&env, "servers create");
    let global = text.find("\nGlobal options:\n").unwrap();
    for own in ["--cores", "--disc", "--image", "--wait"] {
        assert!(text.find(own).unwrap() < global, "{own}: {text}");
    }
}

#[test]
fn every_command_has_examples_and_they_parse() {
    let mut checked = 0;
    for (path, mut cmd) in commands() {
        let text = cmd.render_long_help().to_string();
        let examples = text
            .split_once("Examples:\n")
            .unwrap_or_else(|| panic!("`bytemark {path}` has no Examples section:\n{text}"))
            .1;
        let lines = command_lines(examples);
        assert!(!lines.is_empty(), "{path}: {examples}");
        for line in lines {
            let words = shell_words(&line);
            if let Err(e) = Cli::try_parse_from(&words) {
                panic!("`bytemark {path}` example does not parse: {line}\n{e}");
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}

/// The `bytemark ...` command lines of an examples section: comments
/// dropped, `\` continuations joined, what is piped in or redirected out
/// left aside.
fn command_lines(examples: &str) -> Vec<String> {
    let joined = examples.replace("\\\n", " ");
    joined
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| {
            let l = match l.split_once("| bytemark ") {
                Some((_, rest)) if !l.starts_with("bytemark ") => format!("bytemark {rest}"),
                _ => l.to_string(),
            };
            let l = l.split(" > ").next().unwrap_or(&l);
            l.starts_with("bytemark ").then(|| l.to_string())
        })
        .collect()
}

/// Splits a line into words as a shell would, for single and double quotes.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            (None, ' ') => words.extend(word.take()),
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn examples_show_in_short_and_long_help() {
    let env = TestEnv::new();
    let out = env.cmd().args(["servers", "start", "-h"]).output().unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("Examples:\n  # Power on\n  bytemark servers start web1"),
        "{text}"
    );
    let text = help(&env, "");
    assert!(text.contains("bytemark --sandbox servers list"), "{text}");
}

fn page(name: &str) -> String {
    let (_, bytes) = bytemark::generate::man_pages()
        .into_iter()
        .find(|(p, _)| p == name)
        .unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(bytes).unwrap()
}

#[test]
fn the_main_man_page_has_examples_exit_status_environment_files_and_see_also() {
    let text = page("man/bytemark.1");
    let mut last = 0;
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH \"GLOBAL OPTIONS\"",
        ".SH SUBCOMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH EXAMPLES",
        ".SH \"SEE ALSO\"",
    ] {
        let at = text
            .find(section)
            .unwrap_or_else(|| panic!("no {section}:\n{text}"));
        assert!(at > last, "{section} out of order");
        last = at;
    }
    // Each section's own content.
    assert!(text.contains("  9  \\-\\-wait timed out"), "{text}");
    assert!(text.contains("BYTEMARK_CREDENTIAL_STORE"));
    assert!(text.contains("<config dir>/config.toml"));
    assert!(text.contains("bytemark \\-\\-sandbox servers list"));
    // The help topics' pages are linked.
    let see_also = &text[text.find(".SH \"SEE ALSO\"").unwrap()..];
    for topic in ["environment", "output", "exit\\-codes", "scripting"] {
        assert!(
            see_also.contains(&format!("\\fBbytemark\\-{topic}(7)\\fR")),
            "{topic}: {see_also}"
        );
    }
    // One roff preamble, not one per section.
    assert_eq!(text.matches(".ie \\n(.g").count(), 1);
}

#[test]
fn command_man_pages_carry_examples_and_link_their_parent() {
    let text = page("man/bytemark-servers-create.1");
    for section in [".SH OPTIONS", ".SH \"GLOBAL OPTIONS\"", ".SH EXAMPLES"] {
        assert!(text.contains(section), "no {section}:\n{text}");
    }
    assert!(text.contains("bytemark servers create web1\n"), "{text}");
    assert!(!text.contains(".SH EXTRA"), "{text}");
    let see_also = &text[text.find(".SH \"SEE ALSO\"").unwrap()..];
    assert!(
        see_also.contains("\\fBbytemark\\-servers(1)\\fR, \\fBbytemark(1)\\fR"),
        "{see_also}"
    );
    let topic = page("man/bytemark-scripting.7");
    assert!(
        topic.contains(".SH \"SEE ALSO\"\n\\fBbytemark\\fR(1)"),
        "{topic}"
    );
    assert!(
        topic.contains("\\fBbytemark\\-exit\\-codes\\fR(7)"),
        "{topic}"
    );
}

#[test]
fn json_as_a_flag_suggests_o_json() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["servers", "list", "--json"])
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("tip: for JSON output use '-o json'"), "{err}");
    assert!(!err.contains("-- --json"), "{err}");
    // The same tip is the hint of a JSON error.
    let out = env
        .cmd()
        .args(["-o", "json", "servers", "list", "--json"])
        .output()
        .unwrap();
    let e: serde_json::Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert!(
        e["error"]["hint"].as_str().unwrap().contains("-o json"),
        "{e}"
    );
    // Other unknown flags keep clap's own advice.
    let out = env
        .cmd()
        .args(["servers", "list", "--jsn"])
        .output()
        .unwrap();
    assert!(!stderr_of(&out).contains("for JSON output"));
}

#[test]
fn help_snapshots() {
    let env = TestEnv::new();
    insta::assert_snapshot!("bytemark_help", help(&env, ""));
    insta::assert_snapshot!("servers_list_help", help(&env, "servers list"));
    insta::assert_snapshot!("servers_create_help", help(&env, "servers create"));
    let out = env.cmd().args(["discs", "add", "-h"]).output().unwrap();
    insta::assert_snapshot!("discs_add_short_help", stdout_of(&out));
}
