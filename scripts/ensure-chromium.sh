#!/usr/bin/env bash
# Makes sure Debian's Chromium (and CJK fonts for readable screenshots) is installed for the e2e tests.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# grep -q would stop reading early and, under pipefail, fail the pipeline with SIGPIPE.
have_fonts() { fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }
if [ -x "$CHROMIUM" ] && have_fonts; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and fonts-noto-cjk with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
if [ -x "$CHROMIUM" ]; then
  echo "Warning: no Noto Sans CJK font found; screenshots may show boxes instead of Chinese." >&2
  exit 0
fi
cat >&2 <<MSG
The end-to-end tests need Chromium at $CHROMIUM (or set CHROMIUM_PATH).
  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk
  Elsewhere:     install Chromium or Chrome and run: CHROMIUM_PATH=/path/to/chrome npm test
Playwright's own browser download is not used by this project.
MSG
exit 1
