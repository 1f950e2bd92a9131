#!/usr/bin/env bash
# Sets up everything the project needs on a fresh Debian machine (as root, or with sudo), then
# builds. Run by scripts/test.sh and scripts/dev.sh; safe to run again (it skips what is done).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# Debian packages: Chromium (drives the VS Code web workbench), CJK fonts (glyphs in screenshots
# and PDF renders), ripgrep and Kerberos headers (VS Code server install), LibreOffice and poppler
# (the Word export is rendered to PDF and PNG to check the layout), and free CJK faces standing
# in for the government fonts in that render.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[ -e /usr/include/gssapi/gssapi.h ] || [ -e /usr/include/krb5.h ] || need+=(libkrb5-dev)
command -v fc-list >/dev/null || need+=(fontconfig)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ "${SPEECH_DRAFTER_SKIP_RENDER:-}" != 1 ]; then
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
  command -v pdftoppm >/dev/null || need+=(poppler-utils)
  fc-list 2>/dev/null | grep -q "AR PL UKai" || need+=(fonts-arphic-ukai fonts-arphic-uming)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The extension's own dependencies, exactly as locked.
stamp() { sha256sum "$1" | cut -c1-16; }
if [ ! -f node_modules/.sd-lock ] || [ "$(cat node_modules/.sd-lock)" != "$(stamp package-lock.json)" ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
  stamp package-lock.json > node_modules/.sd-lock
fi

# A real VS Code for the integration tests: the server and web workbench of the code-server
# package, in a folder of its own. Its @vscode/ripgrep postinstall would download rg from
# GitHub; it is given Debian's rg through its download cache instead.
VS="$ROOT/test/vscode-server"
if [ ! -f "$VS/node_modules/.sd-lock" ] || [ "$(cat "$VS/node_modules/.sd-lock")" != "$(stamp "$VS/package-lock.json")" ]; then
  echo "== test VS Code server (code-server package)"
  rgver=1.15.11
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$rgver"
  mkdir -p "$cache" "${TMPDIR:-/tmp}/sd-rgstage"
  cp "$(command -v rg)" "${TMPDIR:-/tmp}/sd-rgstage/rg"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "${TMPDIR:-/tmp}/sd-rgstage" rg
  (cd "$VS" && npm_config_yes=true npm ci --unsafe-perm --no-audit --no-fund)
  stamp "$VS/package-lock.json" > "$VS/node_modules/.sd-lock"
fi

# VS Code's zh-hans translations, from which test/langpack/build.js makes the language pack that
# the integration suite and the screenshots run with (--locale=zh-cn). A folder of its own, so the
# test VS Code install above stays as it is.
LP="$ROOT/test/langpack"
if [ ! -f "$LP/node_modules/.sd-lock" ] || [ "$(cat "$LP/node_modules/.sd-lock")" != "$(stamp "$LP/package-lock.json")" ]; then
  echo "== language pack sources (test/langpack)"
  (cd "$LP" && npm ci --ignore-scripts --no-audit --no-fund)
  stamp "$LP/package-lock.json" > "$LP/node_modules/.sd-lock"
fi

echo "== build"
npm run --silent build
npx tsc -p .
