#!/usr/bin/env bash
# The real-keyring test: a private D-Bus session with gnome-keyring's Secret
# Service started and unlocked (a throwaway password), then tests/cli/keyring_real.rs
# with BYTEMARK_TEST_REAL_KEYRING=1 — where an unreachable keyring fails the
# test instead of skipping it. Needs the dbus and gnome-keyring packages.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "keyring-test: $tool is not installed (apt-get install dbus gnome-keyring)" >&2; exit 1; }
done
# gnome-keyring keeps its files under $HOME/.local/share/keyrings: use a
# throwaway HOME so a developer's real keyring is never touched.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
cargo test --test cli --no-run >/dev/null 2>&1 || cargo test --test cli --no-run
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" \
  dbus-run-session -- sh -c '
    printf "bytemark-ci" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    BYTEMARK_TEST_REAL_KEYRING=1 cargo test --test cli keyring_real:: -- --ignored --nocapture
  '
