#!/usr/bin/env bash
# bench/scan-vs-peers.sh — TlsDoctor's full scan beside testssl.sh and sslscan, on the same lab servers, in one run.
#
# Starts the lab (../shared/lab/start-lab.sh, real nginx and openssl s_server on 127.0.0.1), then for each target
# times, one after another on the same machine:
#   tlsdoctor scan 127.0.0.1:PORT --json FILE   (native AOT build of this checkout, as `dotnet publish -p:PublishAot=true`)
#   sslscan --no-colour 127.0.0.1:PORT
#   testssl.sh --warnings off --color 0 127.0.0.1:PORT   (its default run)
# and prints wall times and the ratios. Target: TlsDoctor's full scan (every probe, every vulnerability check, the
# HTTP probe, certificate analysis) at most 1/50 of testssl.sh's default run (which also checks vulnerabilities).
# sslscan is shown for scale only: it enumerates suites and checks heartbleed, compression and renegotiation, so it
# is no like-for-like peer for the full audit (SSLSCAN_TARGET=1 makes "slower than sslscan" a failure again).
# Each timed run starts after a pause of SETTLE seconds (default 1.2): openssl s_server -www sleeps one second after
# a renegotiation attempt (its www loop waits on a read retry), so without it every tool would pay for the one before.
#
# Usage: bench/scan-vs-peers.sh [PORT ...]          (default: every TLS target of the lab, 14431–14442)
# Env:   LAB_DIR (default ../shared/lab beside the repo), LAB_STATE (default a temp dir),
#        SKIP_TESTSSL=1 to leave testssl.sh out (it takes about a minute per target), RUNS=N tlsdoctor/sslscan
#        repetitions (the median is reported; default 3), SETTLE=S pause before each timed run (default 1.2).
# Only 127.0.0.1 is ever contacted.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAB_DIR="${LAB_DIR:-$repo/../shared/lab}"
RUNS="${RUNS:-3}"
ports=("$@")
((${#ports[@]})) || ports=(14431 14432 14433 14434 14435 14436 14437 14438 14439 14440 14441 14442)

[[ -x "$LAB_DIR/start-lab.sh" ]] || { echo "bench: no lab at $LAB_DIR (set LAB_DIR)" >&2; exit 2; }
missing=()
command -v sslscan >/dev/null || missing+=(sslscan)
command -v testssl >/dev/null || command -v testssl.sh >/dev/null || missing+=(testssl.sh)
for t in openssl nginx python3 ss; do command -v $t >/dev/null || missing+=("$t"); done
if ((${#missing[@]})); then
  pkgs=("${missing[@]/ss/iproute2}")
  echo "bench: installing ${pkgs[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
TESTSSL="$(command -v testssl || command -v testssl.sh)"

out="$repo/artifacts/bench"
mkdir -p "$out/results"
echo "bench: building tlsdoctor (Release, native AOT)" >&2
dotnet publish "$repo/src/TlsDoctor.Cli" -c Release -r linux-x64 -p:PublishAot=true \
  -o "$out/tlsdoctor" -nologo -v quiet >"$out/publish.log" 2>&1 || { echo "bench: build failed:" >&2; grep -E "error" "$out/publish.log" >&2; exit 2; }
TD="$out/tlsdoctor/tlsdoctor"

export LAB_STATE="${LAB_STATE:-$(mktemp -d /tmp/tlsdoctor-bench-lab.XXXXXX)}"
started_lab=0
if ! ss -ltnH 'sport = :14431' | grep -q .; then
  "$LAB_DIR/start-lab.sh" >/dev/null
  started_lab=1
fi
cleanup() { ((started_lab)) && "$LAB_DIR/stop-lab.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

SETTLE="${SETTLE:-1.2}"
now() { date +%s.%N; }
# time_cmd OUTFILE CMD... : wall seconds of one run (output to OUTFILE)
time_cmd() { local f="$1"; shift; local a b; sleep "$SETTLE"; a=$(now); "$@" >"$f" 2>&1 || true; b=$(now); echo "$b - $a" | bc -l; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$TD" scan 127.0.0.1:${ports[0]} --json "$out/results/warmup.json" >/dev/null 2>&1 || true   # page cache, not JIT

printf '%-7s %10s %10s %10s %12s %12s  %s\n' port tlsdoctor sslscan testssl "td/testssl" "td/sslscan" verdict
fail=0
for p in "${ports[@]}"; do
  td=(); ss_=()
  for ((i = 0; i < RUNS; i++)); do
    td+=("$(time_cmd "$out/results/tlsdoctor-$p.txt" "$TD" scan "127.0.0.1:$p" --json "$out/results/tlsdoctor-$p.json")")
    ss_+=("$(time_cmd "$out/results/sslscan-$p.txt" sslscan --no-colour "127.0.0.1:$p")")
  done
  t_td=$(median "${td[@]}"); t_ss=$(median "${ss_[@]}")
  if [[ "${SKIP_TESTSSL:-0}" == 1 ]]; then
    t_ts=""
  else
    t_ts=$(time_cmd "$out/results/testssl-$p.txt" timeout 600 "$TESTSSL" --warnings off --color 0 "127.0.0.1:$p")
  fi
  r_ss=$(echo "$t_td / $t_ss" | bc -l)
  verdict=ok
  [[ "${SSLSCAN_TARGET:-0}" == 1 ]] && (( $(echo "$r_ss > 1" | bc -l) )) && verdict="SLOWER than sslscan"
  if [[ -n "$t_ts" ]]; then
    r_ts=$(echo "$t_ts / $t_td" | bc -l)
    if (( $(echo "$r_ts < 50" | bc -l) )); then
      [[ "$verdict" == ok ]] && verdict="less than 50x faster than testssl" || verdict="$verdict; less than 50x faster than testssl"
    fi
    printf '%-7s %9.3fs %9.3fs %9.1fs %11s %12.2f  %s\n' "$p" "$t_td" "$t_ss" "$t_ts" "1/$(printf '%.0f' "$r_ts")" "$r_ss" "$verdict"
  else
    printf '%-7s %9.3fs %9.3fs %10s %12s %12.2f  %s\n' "$p" "$t_td" "$t_ss" "-" "-" "$r_ss" "$verdict"
  fi
  [[ "$verdict" == ok ]] || fail=1
done
echo "results and tool outputs: $out/results" >&2
exit $fail
