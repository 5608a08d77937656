#!/usr/bin/env bash
# Whole-process timings of networking on the large dataset (SQLite, release):
#   - `afterview contact import Connections.csv` of a 30,000-row LinkedIn
#     export (preamble, byte-order mark, quoted commas, accents, few emails)
#     into the 50,000 contacts of `generate --size large`, from a fresh copy
#     of the database each run;
#   - `afterview network <app>` for the application whose company has the
#     most people, and for application 1;
# as hyperfine medians, beside `afterview --version` for the machine's noise.
# Needs hyperfine and python3. Usage: scripts/bench-network.sh
set -euo pipefail
cd "$(dirname "$0")/.."

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 1; }
cargo build --release --quiet
bin="$PWD/target/release/afterview"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now="2026-11-25T09:00:00Z"
"$bin" --db "$work/pristine.db" --now "$now" generate --size large >/dev/null

python3 - "$work/Connections.csv" <<'PY'
import random, sys
random.seed(7)
first = ["Jane", "Jürgen", "Siobhán", "Ana", "Wei", "Olu", "Zoë", "Pat", "Priya", "Łukasz", "José", "Mei"]
last = ["Doe", "Müller", "O'Brien", "García", "Zhang", "Adeyemi", "Smith", "Nováková", "Raman", "Wiśniewski"]
companies = ["Acme", '"Müller, Schmidt & Co. KG"', "Globex Corporation", "Initech"] + [f"Company {i}" for i in range(3000)]
months = ["Jan", "Mar", "Jun", "Sep", "Dec"]
rows = ["\ufeffNotes:",
        '"When exporting your connection data, you may notice that some email addresses are missing."',
        "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
for i in range(30000):
    f, l = first[i % len(first)], last[(i // 12) % len(last)]
    email = f"{f.lower()}.{i}@example.com" if i % 10 == 0 else ""
    slug = f"{f.lower()}-{l.lower().replace(chr(39), '')}-{i:x}"
    rows.append(f'{f},{l},https://www.linkedin.com/in/{slug},{email},{random.choice(companies)},'
                f'"Senior Engineer, Platform",{1 + i % 28:02} {months[i % 5]} {2015 + i % 10}')
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY

busiest=$(python3 - "$work/pristine.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("SELECT a.id FROM applications a JOIN contacts p ON p.company_id = a.company_id "
                "GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 1").fetchone()[0])
PY
)

echo "== import 30,000 LinkedIn connections into 50,000 contacts"
hyperfine --warmup 1 --runs 10 -N \
  --prepare "sh -c 'rm -f $work/run.db-wal $work/run.db-shm; cp $work/pristine.db $work/run.db'" \
  "$bin --db $work/run.db --now $now contact import $work/Connections.csv"
rm -f "$work/run.db-wal" "$work/run.db-shm"
cp "$work/pristine.db" "$work/run.db"

echo "== network (application $busiest has the most people at its company)"
hyperfine --warmup 5 --runs 60 -N \
  "$bin --version" \
  "$bin --db $work/run.db --now $now network $busiest" \
  "$bin --db $work/run.db --now $now network 1"
