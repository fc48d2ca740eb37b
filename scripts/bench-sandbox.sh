#!/usr/bin/env bash
# Times the sandbox's account overview with 10,000 extra servers.
#
#   scripts/bench-sandbox.sh [N_SERVERS] [RUNS]
#
# Builds the release binary if needed, starts
# `bytemark sandbox serve --seed-servers N --quiet`, logs in as demo and
# times `GET /accounts/demo?view=overview&include_deleted=true` with curl.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
RUNS="${2:-5}"
BIN=target/release/bytemark
[ -x "$BIN" ] || cargo build --release --quiet

URL_FILE=$(mktemp)
start=$(date +%s.%N)
"$BIN" sandbox serve --listen 127.0.0.1:0 --quiet --seed-servers "$N" >"$URL_FILE" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$URL_FILE"' EXIT
for _ in $(seq 1 200); do [ -s "$URL_FILE" ] && break; sleep 0.05; done
URL=$(head -n1 "$URL_FILE")
ready=$(date +%s.%N)
printf 'servers: %s extra (+3 seed)\nstartup (seed + bind): %.0f ms\n' "$N" "$(echo "($ready - $start) * 1000" | bc)"

TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"demo","password":"demo"}' "$URL/session")
for i in $(seq 1 "$RUNS"); do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" \
    -w "run $i: %{time_total}s total, %{size_download} bytes, HTTP %{http_code}\n" \
    "$URL/accounts/demo?view=overview&include_deleted=true"
done
COUNT=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL/accounts/demo?view=overview&include_deleted=true" \
  | grep -o '"type":"application/vnd.bigv.virtual-machine"' | wc -l)
echo "servers in the overview: $COUNT"
