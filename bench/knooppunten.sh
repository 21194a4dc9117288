#!/usr/bin/env bash
# The busy-night mix over two app nodes (docs/benchmarks.md, "Twee nodes: de mix van een drukke nacht"):
#   bench/knooppunten.sh [seconden=120] [melders=20] [zoekers=20] [houders=10] [borden=50] [medewerkers=10]
#   bench/knooppunten.sh --trappen 10,20,40,80,160 [--stap 10] [--opwarmen 5] [--knopen 1,2] [--borden 50]
#   bench/knooppunten.sh --alleen borden [--borden 500] [--wijzigingen 20]
# With options instead of numbers they go to the driver as they are: the stepped load that finds each node's saturation
# point, or only live boards over both nodes with changes made on node A.
# Starts a throw-away PostgreSQL 15 (scripts/pg-start.sh) and Redis (scripts/redis-start.sh) and two app nodes in Release on
# free loopback ports with the same keys, then drives public reports, searches, holds, live boards and staff pages over both
# nodes (bench/Schakel.Bench, `knooppunten`). Prints p50/p95 per operation, errors, and the checks after the run (no lost
# report, no pool with more holds than free beds). Everything is stopped at the end. Loads the machine for the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == --* ]]; then
  OPTIES=("$@")
else
  OPTIES=(--seconden "${1:-120}" --melders "${2:-20}" --zoekers "${3:-20}" --houders "${4:-10}" --borden "${5:-50}" --medewerkers "${6:-10}")
fi
PG_BIN=/usr/lib/postgresql/15/bin

PIDS=()
SCHAKEL_PG_DIR=""
SCHAKEL_REDIS_DIR=""
opruimen() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [[ -n "$SCHAKEL_PG_DIR" ]] && { scripts/pg-stop.sh "$SCHAKEL_PG_DIR" >/dev/null 2>&1 || true; }
  [[ -n "$SCHAKEL_REDIS_DIR" ]] && { scripts/redis-stop.sh "$SCHAKEL_REDIS_DIR" >/dev/null 2>&1 || true; }
  [[ -n "${MAP:-}" ]] && rm -rf "$MAP"
}
trap opruimen EXIT
MAP=$(mktemp -d)

eval "$(scripts/pg-start.sh)"
eval "$(scripts/redis-start.sh)"
PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SCHAKEL_TEST_POSTGRES")
"$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE schakel_knooppunten" >&2
VERBINDING="$SCHAKEL_TEST_POSTGRES;Database=schakel_knooppunten"

dotnet build bench/Schakel.Bench -c Release -v q -nologo >&2

# The same keys on both nodes, as in production (README "Productie: meerdere nodes").
sleutel() { head -c 32 /dev/urandom | base64 -w0; }
export Sleutels__Versleuteling__1="$(sleutel)" Sleutels__ActieveVersie=1 Sleutels__Pseudoniem="$(sleutel)" \
  Sleutels__Ontvangstcode="$(sleutel)" Sleutels__Token="$(sleutel)"

URLS=()
for n in 1 2; do
  WEBPORT=$(( 20000 + RANDOM % 40000 ))
  (
    cd src/Schakel.Web
    ASPNETCORE_ENVIRONMENT=Development \
    Database__Provider=Postgres \
    ConnectionStrings__Schakel="$VERBINDING" \
    ConnectionStrings__Redis="$SCHAKEL_REDIS" \
    Database__MaxVerbindingen=40 \
    Email__Map="$MAP/mail$n" \
    Limieten__Melden__Aantal=10000000 Limieten__Code__Aantal=10000000 Limieten__Token__Aantal=10000000 \
    Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/Schakel.Web.dll --urls "http://127.0.0.1:$WEBPORT"
  ) >"$MAP/node$n.log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://127.0.0.1:$WEBPORT")
  # The first node migrates and seeds; the second starts once it is ready.
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$WEBPORT/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "http://127.0.0.1:$WEBPORT/health/ready" >/dev/null || { cat "$MAP/node$n.log" >&2; exit 1; }
done

echo "Two nodes on PostgreSQL and Redis; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The stepped load and the boards print the load average themselves, between their lines.
LAST_PID=""
if [[ "${1:-}" != --* ]]; then
  ( while sleep 15; do echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; done ) &
  LAST_PID=$!
fi
set +e
dotnet bench/Schakel.Bench/bin/Release/net10.0/Schakel.Bench.dll knooppunten --urls "${URLS[0]},${URLS[1]}" --database "$VERBINDING" "${OPTIES[@]}"
UITKOMST=$?
set -e
[[ -n "$LAST_PID" ]] && { kill "$LAST_PID" 2>/dev/null || true; }
for n in 1 2; do
  echo "Node $n log: errors $(grep -c 'fail:' "$MAP/node$n.log" || true), warnings $(grep -c 'warn:' "$MAP/node$n.log" || true)"
done
exit $UITKOMST
