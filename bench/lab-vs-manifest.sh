#!/usr/bin/env bash
# bench/lab-vs-manifest.sh — checks `tlsdoctor scan --json` against the lab's manifest.json, target by target.
#
# For every target of ../shared/lab/manifest.json: protocols must equal `expected.protocols` exactly; for each
# protocol, the accepted suites must equal `expected.ciphers` (as a set — the manifest lists them in the server
# library's preference order for its cipher string, which a client-ordered server never shows on the wire — and in
# exactly that order when the manifest says the server enforces its order); non-TLS targets must fail with a
# non-zero exit and a one-line cause. Certificates: with the lab root as --ca-file, the error and warning problem
# codes of each target's chains must equal `expected.cert_problems`; with the system store every chain must be
# untrusted (unknown issuer; self-signed for the self-signed target) and expiry/name/strength problems still shown.
# Prints one line per target and exits non-zero on any mismatch.
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
export LAB_STATE="${LAB_STATE:-/tmp/tls-lab}"   # the lab's own default, so a running lab is found
started_lab=0
if ! ss -ltnH 'sport = :14431' | grep -q .; then "$LAB_DIR/start-lab.sh" >/dev/null; started_lab=1; fi
cleanup() { ((started_lab)) && "$LAB_DIR/stop-lab.sh" >/dev/null 2>&1 || true; }
trap cleanup EXIT

for port in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["targets"]))' "$LAB_DIR/manifest.json"); do
  set +e
  "$TLSDOCTOR" scan "127.0.0.1:$port" --read-timeout 3 --json "$out/$port.json" >"$out/$port.txt" 2>"$out/$port.err"
  echo $? >"$out/$port.rc"
  # Certificates: with the lab root as the only anchor, and with the system store (where every chain is untrusted).
  "$TLSDOCTOR" scan "127.0.0.1:$port" --read-timeout 3 --sni localhost --ca-file "$LAB_STATE/certs/root.pem" --quiet --json "$out/$port.ca.json"
  "$TLSDOCTOR" scan "127.0.0.1:$port" --read-timeout 3 --sni localhost --quiet --json "$out/$port.sys.json"
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
    if t["kind"] == "tls":
        def codes(doc):
            chains = doc["targets"][0]["certificates"]
            return chains, {p["code"] for c in chains if c["analysis"] for p in c["analysis"]["problems"] if p["severity"] != "info"}
        chains, with_ca = codes(json.load(open(f"{out}/{port}.ca.json")))
        if with_ca != set(exp["cert_problems"]):
            problems.append(f"certificate problems with the lab root {sorted(with_ca)} != {sorted(exp['cert_problems'])}")
        chains, with_system = codes(json.load(open(f"{out}/{port}.sys.json")))
        statuses = {c["analysis"]["trustStatus"] for c in chains}
        want_status = {"self_signed"} if "self_signed" in exp["cert_problems"] else {"unknown_issuer"}
        if statuses != want_status:
            problems.append(f"trust without the lab root {statuses} != {want_status}")
        kept = {c for c in exp["cert_problems"] if c not in ("incomplete_chain",)}
        if not kept <= with_system:
            problems.append(f"without the lab root, {sorted(kept - with_system)} went unreported")
    cause = (got["failure"] or {}).get("message", "")
    status = "ok  " if not problems else "FAIL"
    bad += bool(problems)
    print(f"{status} {port} {t['name']:<24} {got['outcome']:<12} {got['durationMs']:>5} ms  {cause}")
    for p in problems:
        print(f"       {p}")
print(f"{len(manifest['targets']) - bad} of {len(manifest['targets'])} targets match the manifest")
sys.exit(1 if bad else 0)
PY
