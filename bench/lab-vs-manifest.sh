#!/usr/bin/env bash
# bench/lab-vs-manifest.sh — checks `tlsdoctor scan --json` against the lab's manifest.json, target by target.
#
# For every target of ../shared/lab/manifest.json: protocols must equal `expected.protocols` exactly; for each
# protocol, the accepted suites must equal `expected.ciphers` (as a set — the manifest lists them in the server
# library's preference order for its cipher string, which a client-ordered server never shows on the wire — and in
# exactly that order when the manifest says the server enforces its order); non-TLS targets must fail with a
# non-zero exit and a one-line cause. Prints one line per target and exits non-zero on any mismatch.
# Env: LAB_DIR (default ../shared/lab beside the repo), LAB_STATE, TLSDOCTOR (a built tlsdoctor; default: build one).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAB_DIR="${LAB_DIR:-$repo/../shared/lab}"
[[ -f "$LAB_DIR/manifest.json" ]] || { echo "lab-vs-manifest: no lab at $LAB_DIR (set LAB_DIR)" >&2; exit 2; }
out="$repo/artifacts/lab-check"
mkdir -p "$out"
if [[ -z "${TLSDOCTOR:-}" ]]; then
  dotnet publish "$repo/src/TlsDoctor.Cli" -c Release -o "$out/bin" -nologo -v quiet >/dev/null
  TLSDOCTOR="$out/bin/tlsdoctor"
fi
export LAB_STATE="${LAB_STATE:-$(mktemp -d /tmp/tlsdoctor-lab.XXXXXX)}"
started_lab=0
if ! ss -ltnH 'sport = :14431' | grep -q .; then "$LAB_DIR/start-lab.sh" >/dev/null; started_lab=1; fi
cleanup() { ((started_lab)) && "$LAB_DIR/stop-lab.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

for port in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["targets"]))' "$LAB_DIR/manifest.json"); do
  set +e
  "$TLSDOCTOR" scan "127.0.0.1:$port" --read-timeout 3 --json "$out/$port.json" >"$out/$port.txt" 2>"$out/$port.err"
  echo $? >"$out/$port.rc"
  set -e
done

python3 - "$LAB_DIR/manifest.json" "$out" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
out = sys.argv[2]
bad = 0
for port, t in manifest["targets"].items():
    exp = t["expected"]
    rc = int(open(f"{out}/{port}.rc").read())
    doc = json.load(open(f"{out}/{port}.json"))
    got = doc["targets"][0]
    problems = []
    protocols = {k: bool(v) for k, v in got["protocols"].items()}
    if t["kind"] == "tls":
        if protocols != exp["protocols"]:
            problems.append(f"protocols {protocols} != {exp['protocols']}")
        ciphers = {v: [s["iana"] for s in c["suites"]] for v, c in got["ciphers"].items() if c["suites"]}
        for v in sorted(set(ciphers) | set(exp["ciphers"])):
            g, e = ciphers.get(v, []), exp["ciphers"].get(v, [])
            if sorted(g) != sorted(e):
                problems.append(f"{v}: missing {sorted(set(e) - set(g))}, extra {sorted(set(g) - set(e))}")
            elif exp.get("server_cipher_order") and g != e:
                problems.append(f"{v}: server order {g} != {e}")
        order = {c["order"] for c in got["ciphers"].values() if len(c["suites"]) > 1}
        want = "server" if exp.get("server_cipher_order") else "client"
        if order and order != {want}:
            problems.append(f"cipher order {order} != {want}")
        if "dh_group_bits" in exp:
            bits = {d["primeBits"] for d in got["dhParameters"]}
            if bits != {exp["dh_group_bits"]}:
                problems.append(f"DH prime bits {bits} != {exp['dh_group_bits']}")
        if rc != 0:
            problems.append(f"exit code {rc}")
    else:
        if rc == 0:
            problems.append("exit code 0 for a non-TLS target")
        if got["failure"] is None:
            problems.append("no failure reported")
        if any(protocols.values()):
            problems.append(f"protocols {protocols}")
    cause = (got["failure"] or {}).get("message", "")
    status = "ok  " if not problems else "FAIL"
    bad += bool(problems)
    print(f"{status} {port} {t['name']:<24} {got['outcome']:<12} {got['durationMs']:>5} ms  {cause}")
    for p in problems:
        print(f"       {p}")
print(f"{len(manifest['targets']) - bad} of {len(manifest['targets'])} targets match the manifest")
sys.exit(1 if bad else 0)
PY
