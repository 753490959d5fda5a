#!/usr/bin/env bash
# The service's memory around a spike: starts the service (Isolation=process), uploads every fixture PDF/DOCX/HTML
# 4 at a time plus two uploads that make their worker allocate without end (test hook), and reports the RSS of the
# service process and of its workers: idle, peak during the spike, and 15 s after it.
#   benchmarks/service-memory.sh [port=5077]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5077}
dotnet build -c Release src/ReportParser.Server -v q -nologo >/dev/null
dll=src/ReportParser.Server/bin/Release/net10.0/ReportParser.Server.dll
REPORTPARSER_WORKER_TEST_HOOKS=1 ReportParser__Server__MaxConcurrentChecks=2 dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 0.5; done

rss() { # service MB, workers MB
  local own workers
  own=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  workers=$( (ps --ppid "$pid" -o rss= 2>/dev/null || true) | awk '{s+=$1} END {print int(s/1024)}')
  echo "$own $workers"
}

echo "idle: service/workers MB: $(rss)"
files=$(find fixtures -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.html' \) | head -120)
peak_own=0; peak_workers=0
( echo "$files" | xargs -P 4 -I{} curl -s -o /dev/null -w '%{http_code}\n' -F "file=@{}" "http://127.0.0.1:$port/api/check" > /tmp/service-memory-codes.txt
  for i in 1 2; do echo '<html></html>' > "/tmp/rp-hook-allocate-$i.html"; done
  curl -s -o /tmp/alloc1.json -F "file=@/tmp/rp-hook-allocate-1.html" "http://127.0.0.1:$port/api/check" &
  curl -s -o /tmp/alloc2.json -F "file=@/tmp/rp-hook-allocate-2.html" "http://127.0.0.1:$port/api/check"; wait ) &
load=$!
while kill -0 $load 2>/dev/null; do
  read -r own workers <<< "$(rss)"
  [ "$own" -gt "$peak_own" ] && peak_own=$own
  [ "$workers" -gt "$peak_workers" ] && peak_workers=$workers
  sleep 0.2
done
echo "uploads: $(sort /tmp/service-memory-codes.txt | uniq -c | tr '\n' ' ')"
echo "allocating uploads: $(python3 -c 'import json; print([json.load(open(f))["diagnostics"][0]["id"] for f in ("/tmp/alloc1.json","/tmp/alloc2.json")])')"
echo "peak during the spike: service $peak_own MB, workers $peak_workers MB"
sleep 15
echo "15 s after: service/workers MB: $(rss); health: $(curl -s http://127.0.0.1:$port/health)"
