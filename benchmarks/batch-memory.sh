#!/usr/bin/env bash
# Measures a batch run's peak memory (max RSS) and throughput at two batch sizes, to show memory stays flat as the
# batch grows. Needs GNU time (/usr/bin/time, Debian package `time`).
#   benchmarks/batch-memory.sh [small=250] [large=1000] [broken=20] [format=xlsx]
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-250}
large=${2:-1000}
broken=${3:-20}
format=${4:-xlsx}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/ReportParser.Cli -v q -nologo >/dev/null
dotnet build -c Release tools/ReportParser.FixtureGenerator -v q -nologo >/dev/null
cli="dotnet src/ReportParser.Cli/bin/Release/net10.0/ReportParser.Cli.dll"
gen="dotnet tools/ReportParser.FixtureGenerator/bin/Release/net10.0/ReportParser.FixtureGenerator.dll"

for n in "$small" "$large"; do
  $gen batch "$work/b$n" "$n" "$broken" >/dev/null
  files=$(find "$work/b$n" -type f | wc -l)
  /usr/bin/time -v $cli check "$work/b$n" --no-cache --progress none --format "$format" -o "$work/out$n.$format" --fail-on none \
    2> "$work/time$n.txt" >/dev/null || true
  rss=$(grep "Maximum resident set size" "$work/time$n.txt" | awk '{print $6}')
  wall=$(grep "Elapsed (wall clock)" "$work/time$n.txt" | awk '{print $8}')
  summary=$(grep "^reportparser:" "$work/time$n.txt" || true)
  echo "batch $n reports + $broken broken ($files files), format $format: peak RSS ${rss} KB, wall ${wall}"
  echo "  $summary"
done
