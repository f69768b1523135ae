#!/usr/bin/env bash
# test.sh — the whole test suite on a fresh machine.
#
# Installs what the tests need when it is missing (Debian packages: openssl, nginx, gnutls-bin, …), then runs
# `dotnet test` on the solution. Tests start their own servers on 127.0.0.1 (tests/TlsDoctor.Testing) and stop them.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Codec]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

need_pkgs=()
command -v openssl     >/dev/null || need_pkgs+=(openssl)
command -v nginx       >/dev/null || [[ -x /usr/sbin/nginx ]] || need_pkgs+=(nginx)  # /usr/sbin: not on a user's PATH
command -v gnutls-serv >/dev/null || need_pkgs+=(gnutls-bin)
command -v ss          >/dev/null || need_pkgs+=(iproute2)
command -v java        >/dev/null || need_pkgs+=(openjdk-17-jdk-headless)  # RealClients: single-file source launch
command -v chromium    >/dev/null || need_pkgs+=(chromium)
command -v certutil    >/dev/null || need_pkgs+=(libnss3-tools)
command -v curl        >/dev/null || need_pkgs+=(curl)
command -v python3     >/dev/null || need_pkgs+=(python3)
command -v node        >/dev/null || need_pkgs+=(nodejs)
[[ -f /etc/ssl/certs/ca-certificates.crt && -d /usr/share/ca-certificates/mozilla ]] || need_pkgs+=(ca-certificates)
if ((${#need_pkgs[@]})); then
  echo "test.sh: installing ${need_pkgs[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
fi
# Debian starts nginx as a service on install; our tests run their own instances on their own ports.
if command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then
  systemctl stop nginx || true
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build TlsDoctor.slnx -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test TlsDoctor.slnx -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$rc"
