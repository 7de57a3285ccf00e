#!/usr/bin/env bash
# The Caddy journey (e2e/caddy.spec.ts) runs Debian's caddy on loopback: install it when
# it is missing, as the production recipe does (deploy/README.md).
set -euo pipefail
if command -v caddy >/dev/null 2>&1; then exit 0; fi
echo "[ensure-caddy] installing Debian's caddy package"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq caddy >/dev/null
# The package starts its own service where systemd runs; the tests start their own Caddy.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet caddy 2>/dev/null; then $SUDO systemctl stop caddy || true; fi
command -v caddy
