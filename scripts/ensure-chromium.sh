#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium: CHROMIUM_PATH or Debian's
# /usr/bin/chromium when present; as root, Debian's package; otherwise Playwright's
# own download (for machines that can reach it).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[ensure-chromium] installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "[ensure-chromium] no system Chromium: downloading Playwright's"
npx playwright install chromium
