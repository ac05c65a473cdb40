#!/usr/bin/env bash
# Refreshes i18n/*.ts from every source folder, fills Korean from i18n/glossary_ko.json and English plural
# forms, then lets lupdate normalise the files (so that the CI check "lupdate leaves i18n/ unchanged" holds).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
run() { "$LUPDATE" app -extensions cpp,h -no-obsolete -locations none -silent -ts i18n/sosik_ko.ts i18n/sosik_en.ts; }
run
status=0
tools/i18n_fill.py i18n/sosik_ko.ts i18n/glossary_ko.json || status=$?
tools/i18n_fill.py --english i18n/sosik_en.ts
run
exit $status
