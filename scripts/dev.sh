#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), builds, and opens the extension in a local VS Code in the
# browser (the VS Code server of the code-server package) with the corpus as the workspace.
# Prints the URL to open; runs until Ctrl+C. PORT=… picks the port (default 8765).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
# The official record of ../shared/official/, when present, written out as reference documents for
# the quotation check (into a temporary folder, never into the repository; removed on exit) and
# named in the dev VS Code's speechDrafter.referencePaths.
if [ -d "${SPEECH_DRAFTER_SHARED:-$ROOT/../shared}/official" ]; then
  REFS="$(mktemp -d "${TMPDIR:-/tmp}/sd-references-XXXXXX")"
  trap 'rm -rf "$REFS"' EXIT
  node "$ROOT/out/test/support/officialReferences.js" "$REFS"
  export SPEECH_DRAFTER_REFERENCES="$REFS"
fi
node "$ROOT/scripts/serve.js" "$@"
