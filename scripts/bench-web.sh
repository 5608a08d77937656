#!/usr/bin/env bash
# The web server's figures on the large dataset (SQLite, release):
#   - the median latency of GET /today and GET /api/v1/agenda, one
#     connection at a time (wrk -c 1, its 50th percentile), beside a static
#     file on the same server;
#   - throughput under `wrk -c 64 -d 10s` (Debian's wrk) of the static file,
#     /today and /api/v1/agenda, measured in the same run, with the ratio and
#     any errors (non-2xx answers, socket errors);
#   - the server's memory: its peak resident set (VmHWM) after all of it;
#   - then, after a write (a snooze through the API), the write's time and
#     the next GET /api/v1/agenda's, medians of 21 (curl's total time).
# Usage: scripts/bench-web.sh [seconds per throughput run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
secs="${1:-10}"
cargo build --release --quiet
bin="$PWD/target/release/afterview"
work=$(mktemp -d)
now="2026-11-25T09:00:00Z"
"$bin" --db "$work/large.db" --now "$now" generate --size large >/dev/null
: > "$work/config.toml"

AFTERVIEW_CONFIG="$work/config.toml" "$bin" --db "$work/large.db" --now "$now" serve --port 0 > "$work/serve.out" 2> "$work/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  grep -q "serving at" "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
base=$(grep -o 'http://[^/ ]*' "$work/serve.out" | head -n 1)
[ -n "$base" ] || { echo "the server did not start:" >&2; cat "$work/serve.err" >&2; exit 1; }

routes=("/static/app.css" "/today" "/api/v1/agenda")
# Warm up: the first agenda is computed and kept by the store.
for r in "${routes[@]}"; do curl -fsS -o /dev/null "$base$r"; done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "median latency, one connection (wrk -t1 -c1 -d3s --latency):"
for r in "${routes[@]}"; do
  median=$(wrk -t1 -c1 -d3s --latency "$base$r" | awk '$1 == "50%" { print $2 }')
  printf '  %-18s %s\n' "$r" "$median"
done

echo
echo "throughput, 64 connections for ${secs} s (wrk -t2 -c64):"
declare -A rps
for r in "${routes[@]}"; do
  out=$(wrk -t2 -c64 -d"${secs}s" "$base$r")
  rps[$r]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
  printf '  %-18s %10s req/s  errors: %s\n' "$r" "${rps[$r]}" "$errors"
done
for r in "/today" "/api/v1/agenda"; do
  awk -v a="${rps[$r]}" -v s="${rps[/static/app.css]}" -v r="$r" \
    'BEGIN { printf "  %-18s %.0f%% of the static file\n", r, 100 * a / s }'
done

echo
awk '/^VmHWM/ { printf "server memory: peak resident set %.1f MB\n", $2 / 1024 }
     /^VmRSS/ { printf "server memory: resident now %.1f MB", $2 / 1024 }
     /^RssAnon/ { printf " (%.1f MB its own", $2 / 1024 }
     /^RssFile/ { printf ", %.1f MB of mapped files)\n", $2 / 1024 }' "/proc/$pid/status"

# After a write the agenda is computed again (from the facts the server
# keeps): a snooze of a thank-you through the API, then the agenda, 21 times.
key=$(curl -fsS "$base/api/v1/agenda?all=true" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(next(a["key"] for g in ("overdue", "today", "upcoming") for a in d[g] if a["kind"] == "thank"))')
echo
echo "after a write (a snooze through the API, then GET /api/v1/agenda), median of 21:"
for i in $(seq 1 21); do
  w=$(curl -fsS -o /dev/null -w '%{time_total}' -X POST -H 'content-type: application/json' \
    -d "{\"until\": \"in $i hours\"}" "$base/api/v1/actions/$key/snooze")
  a=$(curl -fsS -o /dev/null -w '%{time_total}' "$base/api/v1/agenda")
  echo "$w $a"
done > "$work/after-write"
for column in 1 2; do
  cut -d' ' -f"$column" "$work/after-write" | sort -n | sed -n 11p
done | awk 'NR == 1 { printf "  the snooze         %.1f ms\n", 1000 * $1 }
            NR == 2 { printf "  the agenda after   %.1f ms\n", 1000 * $1 }'
