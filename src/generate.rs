//! Files generated from the clap definition: shell completion scripts
//! (`completions/`) and man pages (`man/`). A test compares the committed
//! files with what this module renders; `UPDATE_GENERATED=1 cargo test
//! --test cli generated` rewrites them.

use crate::cli::Cli;
use crate::topics::TOPICS;
use clap::{CommandFactory, ValueHint};
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
    let mut cmd = no_file_values(Cli::command());
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "bytemark", &mut out);
    out
}

/// The static scripts complete a value with file names unless told what it
/// is: every value that is not a path (marked `ValueHint::FilePath` in the
/// grammar) completes with nothing instead, rather than with the files in
/// the current directory. (Dynamic completion already reads no hint as
/// "nothing".)
fn no_file_values(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| {
        if arg.get_action().takes_values() && arg.get_value_hint() == ValueHint::Unknown {
            arg.value_hint(ValueHint::Other)
        } else {
            arg
        }
    })
    .mut_subcommands(no_file_values)
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
    pages.push((format!("man/{}", man.get_filename()), man_page(cmd, &man)));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect_pages(sub, pages);
    }
}

/// One command's page: clap_mangen's sections (options under their help
/// headings, so GLOBAL OPTIONS has its own), then EXAMPLES from the help's
/// examples; `bytemark(1)` also gets EXIT STATUS, ENVIRONMENT and FILES.
/// Every page ends with SEE ALSO: its parent and `bytemark(1)`, which links
/// the help topics' section-7 pages.
fn man_page(cmd: &clap::Command, man: &clap_mangen::Man) -> Vec<u8> {
    type Section = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;
    let mut sections: Vec<Section> = vec![
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
    ];
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        sections.push(clap_mangen::Man::render_options_section);
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(clap_mangen::Man::render_subcommands_section);
    }
    let mut page = String::new();
    for section in sections {
        let mut out = Vec::new();
        section(man, &mut out).expect("rendering a man page into memory cannot fail");
        let text = String::from_utf8_lossy(&out);
        // Each section comes with roff's apostrophe preamble; one is enough.
        if page.is_empty() {
            page.push_str(&text);
        } else {
            page.push_str(text.strip_prefix(ROFF_PREAMBLE).unwrap_or(&text));
        }
    }
    let root = cmd.get_name() == "bytemark";
    if root {
        page.push_str(".SH \"EXIT STATUS\"\n");
        page.push_str(&preformatted(&crate::topics::exit_codes()));
        page.push_str(".SH ENVIRONMENT\n");
        page.push_str(&preformatted(crate::topics::VARIABLES));
        page.push_str(".SH FILES\n");
        page.push_str(&preformatted(crate::topics::FILES));
    }
    if let Some(help) = cmd.get_after_help() {
        let help = help.to_string();
        if let Some(examples) = help.strip_prefix(crate::cli::examples::HEADING) {
            page.push_str(".SH EXAMPLES\n");
            page.push_str(&preformatted(examples.trim_matches('\n')));
        }
    }
    page.push_str(".SH \"SEE ALSO\"\n");
    page.push_str(&see_also(cmd, root));
    page.push_str(&format!(".SH VERSION\nv{}\n", env!("CARGO_PKG_VERSION")));
    page.into_bytes()
}

/// What roff_rs puts before every rendered fragment.
const ROFF_PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

/// SEE ALSO: for `bytemark(1)`, the help topics; for a subcommand, its
/// parent and `bytemark(1)`.
fn see_also(cmd: &clap::Command, root: bool) -> String {
    let mut refs: Vec<String> = Vec::new();
    if root {
        refs.extend(TOPICS.iter().map(|t| format!("bytemark-{}(7)", t.name)));
    } else {
        // `bytemark servers create` is bytemark-servers-create(1); its
        // parent is bytemark-servers(1).
        let name = cmd
            .get_bin_name()
            .unwrap_or_else(|| cmd.get_name())
            .replace(' ', "-");
        if let Some((parent, _)) = name.rsplit_once('-')
            && parent != "bytemark"
        {
            refs.push(format!("{parent}(1)"));
        }
        refs.push("bytemark(1)".into());
    }
    let refs: Vec<String> = refs
        .iter()
        .map(|r| format!("\\fB{}\\fR", r.replace('-', "\\-")))
        .collect();
    format!("{}\n", refs.join(", "))
}

/// `text` kept line for line (`.nf`), escaped for roff.
fn preformatted(text: &str) -> String {
    let mut out = String::from(".nf\n");
    for line in text.lines() {
        let escaped = line.replace('\\', "\\e").replace('-', "\\-");
        if escaped.starts_with('.') || escaped.starts_with('\'') {
            out.push_str("\\&");
        }
        out.push_str(&escaped);
        out.push('\n');
    }
    out.push_str(".fi\n");
    out
}

fn topic_page(name: &str, summary: &str, body: &str) -> String {
    let upper = name.to_uppercase();
    let mut page = format!(
        ".TH BYTEMARK-{upper} 7 \"\" \"bytemark {}\"\n.SH NAME\nbytemark-{name} \\- {summary}\n.SH DESCRIPTION\n",
        env!("CARGO_PKG_VERSION")
    );
    page.push_str(&preformatted(body));
    let others: Vec<String> = TOPICS
        .iter()
        .filter(|t| t.name != name)
        .map(|t| format!("\\fBbytemark\\-{}\\fR(7)", t.name.replace('-', "\\-")))
        .collect();
    page.push_str(&format!(
        ".SH \"SEE ALSO\"\n\\fBbytemark\\fR(1), {}\n",
        others.join(", ")
    ));
    page
}
