//! The committed completion scripts and man pages must match the clap
//! definition. `UPDATE_GENERATED=1 cargo test --test cli generated` rewrites them.

use std::path::Path;

#[test]
fn committed_generated_files_match_the_cli_definition() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GENERATED").is_some_and(|v| v == "1");
    let files = bytemark::generate::generated_files();
    let mut stale = Vec::new();
    for (rel, contents) in &files {
        let path = root.join(rel);
        let current = std::fs::read(&path).ok();
        if current.as_deref() == Some(contents.as_slice()) {
            continue;
        }
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, contents).unwrap();
        } else {
            stale.push(rel.clone());
        }
    }
    // Files left over from removed commands are stale too.
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten() {
            let entry = entry.unwrap();
            let rel = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if !files.iter().any(|(r, _)| *r == rel) {
                if update {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(rel);
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are out of date: {stale:?}\nrun `UPDATE_GENERATED=1 cargo test --test cli generated` and commit the result"
    );
}

#[test]
fn every_subcommand_has_a_man_page() {
    let pages: Vec<String> = bytemark::generate::man_pages()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    for expected in [
        "man/bytemark.1",
        "man/bytemark-servers-create.1",
        "man/bytemark-discs-resize.1",
        "man/bytemark-exit-codes.7",
    ] {
        assert!(
            pages.iter().any(|p| p == expected),
            "missing {expected}: {pages:?}"
        );
    }
}
