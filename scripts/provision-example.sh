#!/bin/sh
# Provision a server with discs, wait until it runs, list it as JSON, pipe
# its name through `-o ids`, and delete it for good.
#
#   BYTEMARK_USER=me BYTEMARK_PASSWORD=... scripts/provision-example.sh [NAME] [GROUP]
#
# Credentials come from the environment (or an earlier `bytemark login`);
# nothing prompts, so it runs the same in CI. stdout carries JSON only (one
# document per line); progress goes to stderr. Set BYTEMARK to use another
# binary, e.g. BYTEMARK=./target/release/bytemark.
set -eu

BYTEMARK=${BYTEMARK:-bytemark}
NAME=${1:-example-web}
GROUP=${2:-default}

# 1. Create (idempotent: a re-run finds the server instead of failing) and
#    wait until it is running. Two discs: 25 GiB sata and 50 GiB archive.
"$BYTEMARK" servers create "$NAME.$GROUP" --if-not-exists \
    --cores 1 --memory 1G --disc 25G --disc data:archive:50G \
    --wait --timeout 10m -o ids >/dev/null

# 2. List the group's servers as JSON and show ours (no jq needed: the
#    names come from `-o ids`, one per line).
"$BYTEMARK" servers list "$GROUP" -o json
"$BYTEMARK" servers list "$GROUP" -o ids | grep "^$NAME\." |
    xargs -n1 "$BYTEMARK" servers show -o json

# 3. Its discs, as JSON.
"$BYTEMARK" discs list "$NAME.$GROUP" -o json

# 4. Delete it permanently: names through xargs again; --yes because a
#    script has no terminal to confirm on.
"$BYTEMARK" servers list "$GROUP" -o ids | grep "^$NAME\." |
    xargs "$BYTEMARK" --yes servers delete --purge -o ids >/dev/null
echo "provisioned and removed $NAME.$GROUP" >&2
