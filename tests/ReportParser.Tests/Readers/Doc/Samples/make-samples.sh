#!/usr/bin/env bash
# Writes the .doc reader's feature sample: features.docx (make-samples.py: list numbers, fields, hidden text, tracked
# changes, a footnote, header and footer, merged and nested tables, a text box, breaks, a symbol, pictures) and
# features.doc, LibreOffice's "MS Word 97" conversion of it. Both are committed; tests never run this script.
# Installs libreoffice-writer-nogui with apt-get when soffice is missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v soffice >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 make-samples.py features.docx
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to "doc:MS Word 97" --outdir "$work" features.docx >/dev/null 2>&1
mv "$work/features.doc" features.doc
echo "features.docx, features.doc written"
