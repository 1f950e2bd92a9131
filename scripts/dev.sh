#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), builds, and opens the extension in a local VS Code in the
# browser (the VS Code server of the code-server package) with the corpus as the workspace.
# Prints the URL to open; runs until Ctrl+C. PORT=… picks the port (default 8765).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
node "$ROOT/scripts/serve.js" "$@"
