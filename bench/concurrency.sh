#!/usr/bin/env bash
# bench/concurrency.sh — how many connections to one host a scan should keep open at once (--max-connections).
#
# Scans every TLS target of the lab one after another, through a proxy that adds a round-trip time, with
# --max-connections N for several N, and prints the median wall time per N. The default in ScanOptions.MaxConnectionsPerHost is the smallest N within 10% of the best:
# more connections than that only load the server for nothing.
# Env: LAB_DIR (default ../shared/lab), RUNS (default 5), RTT_MS (default 20), TLSDOCTOR (default: the AOT build bench/scan-vs-peers.sh makes).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAB_DIR="${LAB_DIR:-$repo/../shared/lab}"
RUNS="${RUNS:-5}"
TD="${TLSDOCTOR:-$repo/artifacts/bench/tlsdoctor/tlsdoctor}"
if [[ ! -x "$TD" ]]; then
  dotnet publish "$repo/src/TlsDoctor.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$repo/artifacts/bench/tlsdoctor" -nologo -v quiet >/tmp/tlsdoctor-publish.log 2>&1 || { echo "concurrency: build failed:" >&2; grep -E "error" /tmp/tlsdoctor-publish.log >&2; exit 2; }
fi
export LAB_STATE="${LAB_STATE:-$(mktemp -d /tmp/tlsdoctor-conc-lab.XXXXXX)}"
started_lab=0
if ! ss -ltnH 'sport = :14431' | grep -q .; then "$LAB_DIR/start-lab.sh" >/dev/null; started_lab=1; fi
cleanup() { ((started_lab)) && "$LAB_DIR/stop-lab.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# Loopback has no round-trip time, so the lab alone cannot show what parallel connections buy. Each target is
# also reached through latency-proxy.py with a 10 ms delay each way (a 20 ms RTT, a nearby data centre).
RTT_MS="${RTT_MS:-20}"
proxies=()
targets=()
for p in $(seq 14431 14442); do
  python3 "$repo/bench/latency-proxy.py" $((p + 1000)) "$p" "$(echo "$RTT_MS / 2" | bc -l)" &
  proxies+=($!)
  targets+=("127.0.0.1:$((p + 1000))")
done
trap 'kill "${proxies[@]}" 2>/dev/null; cleanup' EXIT
for t in "${targets[@]}"; do
  until ss -ltnH "sport = :${t##*:}" | grep -q .; do sleep 0.05; done
done
printf '%-16s %s\n' max-connections "median wall time for ${#targets[@]} targets, one at a time, ${RTT_MS} ms RTT"
for n in 1 2 4 8 16 32; do
  times=()
  for ((i = 0; i < RUNS; i++)); do
    a=$(date +%s.%N)
    "$TD" scan "${targets[@]}" --parallel 1 --max-connections "$n" --quiet --json /dev/null || true
    b=$(date +%s.%N)
    times+=("$(echo "$b - $a" | bc -l)")
  done
  printf '%-16s %.3f s\n' "$n" "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done
