#!/usr/bin/env bash
# Regenerates src/ReportParser/PublicAPI.Unshipped.txt from the analyzer's RS0016/RS0017 findings.
# Run after changing the public surface; review the diff like any other change.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/ReportParser/ReportParser.csproj
api=src/ReportParser/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build "$project" -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false 2>&1 > "$log" || true
python3 - "$log" "$api" <<'PY'
import re, sys
log, api = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip('\n') for l in open(api, encoding='utf-8') if l.strip() and not l.startswith('#nullable')]
current = (set(lines) - removed) | added
with open(api, 'w', encoding='utf-8') as f:
    f.write('#nullable enable\n')
    for line in sorted(current, key=lambda s: s.replace('~', '')):
        f.write(line + '\n')
print(f"public API: +{len(added)} -{len(removed)} -> {len(current)} entries")
PY
rm -f "$log"
