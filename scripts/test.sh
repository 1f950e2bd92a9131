#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs every test suite: unit tests, the integration
# suite inside a real VS Code, the packaged .vsix installed into that VS Code, and the Word
# export rendered by LibreOffice. Ends with one line totalling every suite: "N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$(date +%s)
# Compiled tests of files since renamed or removed would run again: compile afresh.
rm -rf out
if ! bash scripts/setup.sh; then echo "setup failed"; echo "0 passed, 1 failed"; exit 1; fi

total_pass=0
total_fail=0
summary=()
record() { # name passed failed
  total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
  summary+=("$1: $2 passed, $3 failed")
}
# Counts from a line "integration: N passed, N failed" in a log; a suite that printed none failed.
from_log() { # name log exitcode
  local line
  line=$(grep -E '^integration: [0-9]+ passed, [0-9]+ failed' "$2" | tail -1)
  if [ -n "$line" ]; then
    record "$1" "$(sed -E 's/^integration: ([0-9]+) passed.*/\1/' <<<"$line")" "$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")"
  else
    record "$1" 0 1
  fi
  if [ "$3" != 0 ] && [ -z "$line" ]; then echo "($1 did not report results; counted as one failure)"; fi
}
mkdir -p .test-results

echo "== unit tests"
rm -f .test-results/unit.json
node out/test/runUnit.js
if [ -f .test-results/unit.json ]; then
  record unit "$(node -p "require('./.test-results/unit.json').passed")" "$(node -p "require('./.test-results/unit.json').failed")"
else
  record unit 0 1
fi

# The suite runs once, in zh-cn (a language pack built by test/langpack), as a Chinese drafter
# sees VS Code; the .vsix run below is in English and repeats the interface-language tests, so
# both languages are checked end to end.
echo "== integration tests (real VS Code, display language zh-cn)"
node out/test/integration/runTests.js --locale=zh-cn 2>&1 | tee .test-results/integration.log
from_log integration .test-results/integration.log "${PIPESTATUS[0]}"

echo "== package the .vsix and test the installed extension (display language English)"
rm -f speech-drafter.vsix
if npm run --silent package >/dev/null 2>.test-results/package.err && [ -f speech-drafter.vsix ]; then
  SPEECH_DRAFTER_TEST_ONLY=vsix,l10n node out/test/integration/runTests.js --vsix=speech-drafter.vsix 2>&1 | tee .test-results/vsix.log
  from_log vsix .test-results/vsix.log "${PIPESTATUS[0]}"
else
  cat .test-results/package.err
  record vsix 0 1
fi

if [ -x test/docx-render/check.sh ] && [ "${SPEECH_DRAFTER_SKIP_RENDER:-}" != 1 ]; then
  echo "== Word export rendered by LibreOffice"
  bash test/docx-render/check.sh 2>&1 | tee .test-results/render.log
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^render: [0-9]+ passed, [0-9]+ failed' .test-results/render.log | tail -1)
  if [ -n "$line" ]; then
    record render "$(sed -E 's/^render: ([0-9]+) passed.*/\1/' <<<"$line")" "$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")"
  else
    record render 0 1
  fi
fi

echo
echo "== summary ($(( $(date +%s) - start )) s)"
for s in "${summary[@]}"; do echo "  $s"; done
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
