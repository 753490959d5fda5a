#!/usr/bin/env bash
# Self-contained, single-file, ReadyToRun builds of the reportparser tool for people without .NET:
#   tools/publish.sh [RID …]        (default: linux-x64 win-x64)
# Each lands in artifacts/publish/<rid>/ as one executable (reportparser or reportparser.exe) plus the OCR model files,
# and is zipped/tarred next to it. Needs the .NET 10 SDK and NuGet access (runtime and crossgen packs are restored).
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64)
for rid in "${rids[@]}"; do
  out="artifacts/publish/$rid"
  rm -rf "$out"
  dotnet publish src/ReportParser.Cli/ReportParser.Cli.csproj -c Release -r "$rid" -o "$out" \
    --self-contained true \
    -p:PublishSingleFile=true \
    -p:PublishReadyToRun=true \
    -p:IncludeNativeLibrariesForSelfExtract=true \
    -p:EnableCompressionInSingleFile=false \
    -p:DebugType=none
  # The command people type is `reportparser`; the bundle finds itself whatever its file is called.
  case "$rid" in
    win-*) mv "$out/ReportParser.Cli.exe" "$out/reportparser.exe" ;;
    *) mv "$out/ReportParser.Cli" "$out/reportparser" ;;
  esac
  case "$rid" in
    win-*) (cd artifacts/publish && rm -f "reportparser-$rid.zip" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', sys.argv[2])" "reportparser-$rid" "$rid") ;;
    *) tar -C artifacts/publish -czf "artifacts/publish/reportparser-$rid.tar.gz" "$rid" ;;
  esac
  echo "$out: $(du -sh "$out" | cut -f1)"
done
