//! Files generated from the clap definition: shell completion scripts
//! (`completions/`) and man pages (`man/`). A test compares the committed
//! files with what this module renders; `UPDATE_GENERATED=1 cargo test
//! --test cli generated` rewrites them.

use crate::cli::Cli;
use crate::topics::TOPICS;
use clap::CommandFactory;
use clap_complete::Shell;

/// The shells we ship completion scripts for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The completion script for `shell`, as `bytemark completions <shell>` prints it.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "bytemark", &mut out);
    out
}

/// The file name a completion script is committed under in `completions/`.
pub fn completion_file_name(shell: Shell) -> String {
    match shell {
        Shell::Bash => "bytemark.bash".into(),
        Shell::Zsh => "_bytemark".into(),
        Shell::Fish => "bytemark.fish".into(),
        Shell::PowerShell => "_bytemark.ps1".into(),
        Shell::Elvish => "bytemark.elv".into(),
        other => format!("bytemark.{other}"),
    }
}

/// Every generated file as (path relative to the repository, contents).
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|&s| {
            (
                format!("completions/{}", completion_file_name(s)),
                completion_script(s),
            )
        })
        .collect();
    files.extend(man_pages());
    files
}

/// A section-1 page for `bytemark` and each subcommand
/// (`man/bytemark-servers-create.1`), and a section-7 page per help topic.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, &mut pages);
    for topic in TOPICS {
        pages.push((
            format!("man/bytemark-{}.7", topic.name),
            topic_page(topic.name, topic.summary, &(topic.body)()).into_bytes(),
        ));
    }
    pages
}

fn collect_pages(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render(&mut out)
        .expect("rendering a man page into memory cannot fail");
    pages.push((format!("man/{}", man.get_filename()), out));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect_pages(sub, pages);
    }
}

fn topic_page(name: &str, summary: &str, body: &str) -> String {
    let upper = name.to_uppercase();
    let mut page = format!(
        ".TH BYTEMARK-{upper} 7 \"\" \"bytemark {}\"\n.SH NAME\nbytemark-{name} \\- {summary}\n.SH DESCRIPTION\n.nf\n",
        env!("CARGO_PKG_VERSION")
    );
    for line in body.lines() {
        // Escape roff control characters at the start of a line and backslashes.
        let escaped = line.replace('\\', "\\e");
        if escaped.starts_with('.') || escaped.starts_with('\'') {
            page.push_str("\\&");
        }
        page.push_str(&escaped);
        page.push('\n');
    }
    page.push_str(".fi\n.SH SEE ALSO\nbytemark(1)\n");
    page
}
