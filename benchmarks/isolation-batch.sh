#!/usr/bin/env bash
# Measures what process isolation costs and what it saves: a batch of N generated reports checked
#   (1) in-process (--isolation none), (2) in worker processes (--isolation process, the default), and
#   (3) in worker processes with hostile files added: a self-referencing PDF (4 0 obj 4 0 R endobj as a page's
#       /Resources), 100,000 nested <div>s, and three files that trigger the worker's test hooks (a stack overflow,
#       a reader that never returns, a reader that allocates without end — REPORTPARSER_WORKER_TEST_HOOKS=1).
# For each run: wall time, the supervisor's peak RSS (VmHWM of the CLI process) and the highest total RSS of its workers
# (sampled every 0.2 s), and the ids given to the hostile files.
#   benchmarks/isolation-batch.sh [reports=500] [timeout=10] [jobs=2]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
timeout=${2:-10}
jobs=${3:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ReportParser.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/ReportParser.FixtureGenerator -v q -nologo >/dev/null
cli="src/ReportParser.Cli/bin/Release/net10.0/ReportParser.Cli.dll"
gen="tools/ReportParser.FixtureGenerator/bin/Release/net10.0/ReportParser.FixtureGenerator.dll"

dotnet "$gen" batch "$work/good" "$n" 0 >/dev/null
cp -r "$work/good" "$work/mixed"
mkdir -p "$work/mixed/zz-hostile"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R >> endobj\n4 0 obj 4 0 R endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' > "$work/mixed/zz-hostile/self-reference.pdf"
python3 -c "import sys; sys.stdout.write('<html><body>' + '<div>'*100000 + '政府信息公开工作年度报告' + '</div>'*100000 + '</body></html>')" > "$work/mixed/zz-hostile/nested-divs.html"
for hook in stackoverflow hang allocate; do echo '<html></html>' > "$work/mixed/zz-hostile/rp-hook-$hook.html"; done
# Hostile files spread through the batch, not only at the end.
for f in "$work"/mixed/zz-hostile/*; do mv "$f" "$work/mixed/$(printf '%03d' $((RANDOM % 100)))-$(basename "$f")"; done

run() {
  local label=$1 folder=$2 isolation=$3
  local out="$work/$label.jsonl"
  local start end pid hwm=0 workers=0 peak_workers=0
  start=$(date +%s.%N)
  REPORTPARSER_WORKER_TEST_HOOKS=1 dotnet "$cli" check "$folder" --no-cache --progress none --format jsonl -o "$out" \
    --fail-on none --jobs "$jobs" --timeout "$timeout" --isolation "$isolation" 2>/dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
    workers=$( (ps --ppid "$pid" -o rss= 2>/dev/null || true) | awk '{s+=$1} END {print s+0}')
    [ "$workers" -gt "$peak_workers" ] && peak_workers=$workers
    sleep 0.2
  done
  wait "$pid" || true
  end=$(date +%s.%N)
  local files
  files=$(grep -c '^{"source"' "$out" || true)
  printf '%-28s %5d files  wall %6.1f s  supervisor peak RSS %4d MB  workers peak RSS %4d MB\n' \
    "$label" "$files" "$(echo "$end - $start" | bc)" $((hwm / 1024)) $((peak_workers / 1024))
  if [ "$label" = mixed-process ]; then
    grep '^{"source"' "$out" | python3 -c '
import json, sys, os
for line in sys.stdin:
    r = json.loads(line)
    name = os.path.basename(r["source"])
    if any(k in name for k in ("hook", "self-reference", "nested")):
        print("   ", name, r["status"], [d["id"] for d in r["diagnostics"]])'
  fi
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), jobs: $jobs, --timeout $timeout"
run good-none "$work/good" none
run good-process "$work/good" process
run mixed-process "$work/mixed" process
