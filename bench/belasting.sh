#!/usr/bin/env bash
# Load test of public intake under overload (docs/benchmarks.md, "Overbelasting"):
#   bench/belasting.sh [melders=200] [seconden=180] [database=postgres|sqlite] [vorm=api|html]
# postgres: a throw-away PostgreSQL 15 with the server's default max_connections (100); sqlite: a fresh database file.
# api: reporters post JSON to /api/v1/meldingen; html: reporters are browsers without JavaScript on the public form
# /melden (form token, one-time send key, redirect to the receipt page). The app runs in Release on a free loopback
# port; both are stopped at the end. Loads the machine for the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."
MELDERS=${1:-200}
SECONDEN=${2:-180}
DATABASE=${3:-postgres}
VORM=${4:-api}
PG_BIN=/usr/lib/postgresql/15/bin
[[ "$DATABASE" == postgres || "$DATABASE" == sqlite ]] || { echo "database: postgres of sqlite" >&2; exit 2; }
[[ "$VORM" == api || "$VORM" == html ]] || { echo "vorm: api of html" >&2; exit 2; }

APP_PID=""
SCHAKEL_PG_DIR=""
opruimen() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n "$SCHAKEL_PG_DIR" ]] && { scripts/pg-stop.sh "$SCHAKEL_PG_DIR" >/dev/null 2>&1 || true; }
  [[ -n "${MAP:-}" ]] && rm -rf "$MAP"
}
trap opruimen EXIT
MAP=$(mktemp -d)

if [[ "$DATABASE" == postgres ]]; then
  eval "$(scripts/pg-start.sh)"
  # pg-start.sh allows 300 connections for the test suite; the incident happened at PostgreSQL's default of 100.
  PORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$SCHAKEL_TEST_POSTGRES")
  als_postgres() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  als_postgres "$PG_BIN/pg_ctl" -D "$SCHAKEL_PG_DIR/data" -l "$SCHAKEL_PG_DIR/server.log" -w restart \
    -o "-p $PORT -k $SCHAKEL_PG_DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" >&2
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE schakel_belasting" >&2
  PROVIDER=Postgres
  VERBINDING="$SCHAKEL_TEST_POSTGRES;Database=schakel_belasting"
else
  PROVIDER=Sqlite
  VERBINDING="Data Source=$MAP/schakel.db"
fi

dotnet build bench/Schakel.Bench -c Release -v q -nologo >&2
WEBPORT=$(( 20000 + RANDOM % 40000 ))
cp /dev/null "$MAP/app.log"
(
  cd src/Schakel.Web
  ASPNETCORE_ENVIRONMENT=Development \
  Database__Provider=$PROVIDER \
  ConnectionStrings__Schakel="$VERBINDING" \
  Sleutels__Bestand="$MAP/sleutels.json" \
  Email__Map="$MAP/mail" \
  Limieten__Melden__Aantal=10000000 Limieten__Code__Aantal=10000000 \
  Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/Schakel.Web.dll --urls "http://127.0.0.1:$WEBPORT"
) >"$MAP/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$WEBPORT/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "http://127.0.0.1:$WEBPORT/health/ready" >/dev/null || { cat "$MAP/app.log" >&2; exit 1; }

echo "Database: $DATABASE; form: $VORM; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The load average during the run, every 15 s, so a shared machine shows in the figures.
( while sleep 15; do echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; done ) &
LAST_PID=$!
set +e
dotnet bench/Schakel.Bench/bin/Release/net10.0/Schakel.Bench.dll belasting --url "http://127.0.0.1:$WEBPORT" --melders "$MELDERS" --seconden "$SECONDEN" --vorm "$VORM"
UITKOMST=$?
set -e
kill "$LAST_PID" 2>/dev/null || true
echo "App log: errors $(grep -c 'fail:' "$MAP/app.log" || true), warnings $(grep -c 'warn:' "$MAP/app.log" || true), 'too many clients' $(grep -c 'too many clients' "$MAP/app.log" || true)"
exit $UITKOMST
