#!/usr/bin/env bash
# The Word export checked for real: LibreOffice (headless) converts exported speeches to PDF,
# and the PDF is measured: 22 lines on a full page, 28 characters on a full line, the title and
# headings in their fonts, page numbers "— N —". SAVE=1 writes page 1 to docs/images/.
# Ends with "render: N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/test/docx-render"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
pass=0; fail=0
ok() { echo "  ✔ $1"; pass=$((pass + 1)); }
ko() { echo "  ✘ $1"; fail=$((fail + 1)); }
CLI="node $ROOT/dist/cli.js"

# A long speech (seed 003 after the clean-up) for full pages, and the clean fixture for headings.
cp "$ROOT/test/fixtures/seeds/003_891b73dabb0c5904.txt" "$TMP/long.txt"
$CLI fix "$TMP/long.txt" >/dev/null 2>&1
cp "$ROOT/test/fixtures/clean/speech.txt" "$TMP/sample.txt"
for f in long sample; do
  if $CLI export --docx "$TMP/$f.docx" "$TMP/$f.txt" >/dev/null 2>"$TMP/$f.err"; then ok "$f.txt exported"; else ko "$f.txt exported: $(cat "$TMP/$f.err")"; fi
done

export FONTCONFIG_FILE="$HERE/fonts.conf"
for f in long sample; do
  soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --convert-to pdf --outdir "$TMP" "$TMP/$f.docx" >/dev/null 2>&1
  if [ -s "$TMP/$f.pdf" ]; then ok "LibreOffice opens $f.docx and converts it to PDF"; else ko "LibreOffice converts $f.docx"; fi
done

# Page 2 of the long speech is a full page: 22 text lines above the page number, 28 characters a full line.
pdftotext -layout -f 2 -l 2 "$TMP/long.pdf" "$TMP/p2.txt" 2>/dev/null
lines=$(grep -v '^\s*$' "$TMP/p2.txt" | grep -vc '—\s*[0-9]\+\s*—')
if [ "$lines" = 22 ]; then ok "22 lines on a full page"; else ko "22 lines on a full page (found $lines)"; fi
# Characters a line, not counting spaces or a closing mark hanging past the margin (as line-breaking rules allow).
full=$(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").map((l) => l.replace(/\s/g, "")).filter((l) => l && !/^—\d+—$/.test(l));
  const counts = lines.map((l) => [...l.replace(/[，。、；：！？”）》]$/u, "")].length);
  const freq = new Map(); for (const c of counts) freq.set(c, (freq.get(c) || 0) + 1);
  console.log([...freq].sort((a, b) => b[1] - a[1])[0][0]);' "$TMP/p2.txt")
if [ "$full" = 28 ]; then ok "28 characters on a full line"; else ko "28 characters on a full line (most lines have $full)"; fi
if grep -q '—\s*2\s*—' "$TMP/p2.txt"; then ok "page number “— 2 —”"; else ko "page number “— 2 —”"; fi

# Fonts: the stand-ins for 小标宋 (title), 黑体 (一、), 楷体 (（一）), 仿宋 (body) are all used.
pdffonts "$TMP/sample.pdf" > "$TMP/fonts.txt" 2>/dev/null
for want in "NotoSerifCJK" "NotoSansCJK" "UKai" "UMing"; do
  if grep -qi "$want" "$TMP/fonts.txt"; then ok "font $want used"; else ko "font $want used"; fi
done

pdftoppm -png -r 70 -f 1 -l 1 "$TMP/sample.pdf" "$TMP/page" 2>/dev/null
png=$(ls "$TMP"/page*.png 2>/dev/null | head -1)
if [ -n "$png" ] && [ -s "$png" ]; then
  ok "page 1 rendered to PNG"
  if [ "${SAVE:-}" = 1 ]; then mkdir -p "$ROOT/docs/images" && cp "$png" "$ROOT/docs/images/export-page1.png" && echo "  saved docs/images/export-page1.png"; fi
else
  ko "page 1 rendered to PNG"
fi
echo "render: $pass passed, $fail failed"
[ "$fail" = 0 ]
