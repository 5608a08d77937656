#!/usr/bin/env bash
# Whole-process timings on the large dataset (10,000 applications, 2,000
# companies, 30,000 interviews, 50,000 contacts), SQLite, release build:
#   - how long `afterview generate --size large` takes to fill an empty file;
#   - `afterview --version` (start-up), `afterview app list --status
#     interviewing --json` (a real query) and `afterview today` (the agenda,
#     read from the copy kept between commands), as medians from hyperfine,
#     and their ratios to start-up;
#   - `afterview today` right after a write (a touch), when the agenda is
#     computed afresh.
# Needs hyperfine (Debian: apt-get install hyperfine). Usage: scripts/bench-cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin="$PWD/target/release/afterview"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/large.db"
now="2026-11-25T09:00:00Z"

echo "== generate (10k applications)"
for i in 1 2 3; do
  rm -f "$db" "$db-wal" "$db-shm"
  /usr/bin/time -f "   run $i: %e s wall, %M KB max RSS" "$bin" --db "$db" --now "$now" generate --size large
done

echo "== whole-process timings"
# This machine's timings drift by tens of percent from minute to minute, so
# the two commands are measured in alternating rounds and every run is pooled
# before taking medians: drift then weighs on both alike.
for round in $(seq 1 10); do
  hyperfine --warmup 5 --runs 40 -N --export-json "$work/round$round.json" \
    "$bin --version" \
    "$bin --db $db --now $now app list --status interviewing --json" \
    "$bin --db $db --now $now today" >/dev/null
done
python3 - "$work" <<'PY'
import glob, json, statistics, sys
version, listing, today = [], [], []
for path in glob.glob(sys.argv[1] + "/round*.json"):
    r = json.load(open(path))["results"]
    version += r[0]["times"]
    listing += r[1]["times"]
    today += r[2]["times"]
v, l, t = (statistics.median(x) * 1000 for x in (version, listing, today))
print(f"   afterview --version                          median {v:.2f} ms over {len(version)} runs")
print(f"   app list --status interviewing --json        median {l:.2f} ms over {len(listing)} runs, ratio {l / v:.2f} (target < 3)")
print(f"   today (kept agenda)                          median {t:.2f} ms over {len(today)} runs, ratio {t / v:.2f} (target < 3)")
PY
echo "== today right after a write (the agenda computed afresh)"
hyperfine --warmup 2 --runs 15 -N --export-json "$work/fresh.json" \
  --prepare "$bin --db $db --now $now touch 1 --via email" \
  "$bin --db $db --now $now today" >/dev/null
python3 -c 'import json,statistics,sys; t=json.load(open(sys.argv[1]))["results"][0]["times"]; print(f"   today after a write                          median {statistics.median(t)*1000:.1f} ms over {len(t)} runs")' "$work/fresh.json"
rows=$("$bin" --db "$db" --now "$now" app list --status interviewing --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "   ($rows interviewing applications listed)"
