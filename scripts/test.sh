#!/usr/bin/env bash
# The one command that runs every test: installs Chromium and redis-server when missing, starts a throw-away
# PostgreSQL 15 cluster and a throw-away Redis, builds the solution once and runs each test project in turn.
# The last line of output is always "N passed, N failed" (CI reads it).
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
CONFIGURATION=Debug
RESULTS="$ROOT/TestResults"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Every test class hosts the whole app; with file watchers each host takes inotify instances and the user limit
# (often 128) runs out long before the suite ends. Tests change no files while they run, so nothing needs watching.
export DOTNET_hostBuilder__reloadConfigOnChange=false ASPNETCORE_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

say() { echo "== $*" >&2; }

passed=0
failed=0
skipped=0

stop_cluster() {
  if [[ -n "${SCHAKEL_PG_DIR:-}" ]]; then
    "$ROOT/scripts/pg-stop.sh" "$SCHAKEL_PG_DIR" >/dev/null 2>&1 || true
    SCHAKEL_PG_DIR=""
  fi
  if [[ -n "${SCHAKEL_REDIS_DIR:-}" ]]; then
    "$ROOT/scripts/redis-stop.sh" "$SCHAKEL_REDIS_DIR" >/dev/null 2>&1 || true
    SCHAKEL_REDIS_DIR=""
  fi
}

summary() {
  stop_cluster
  local line="$passed passed, $failed failed"
  (( skipped > 0 )) && line+=", $skipped skipped"
  echo "$line"
}

trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Prints the value of one attribute of the <Counters> element of a TRX file (0 when absent).
counter() {
  local value
  value=$(tr '\n' ' ' <"$1" | grep -o '<Counters [^>]*>' | head -n1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+')
  echo "${value:-0}"
}

# The distinct names (without theory arguments) of the failed tests in a TRX file, one per line.
failed_tests() {
  tr '\n' ' ' <"$1" | grep -o '<UnitTestResult [^>]*>' | grep 'outcome="Failed"' \
    | sed 's/.* testName="\([^"(]*\).*/\1/' | sort -u
}

run_tests() { # project, trx name, extra arguments...
  local project=$1 trxname=$2
  shift 2
  dotnet test "$project" --no-build -c "$CONFIGURATION" \
    --results-directory "$RESULTS" --logger "trx;LogFileName=$trxname.trx" --logger "console;verbosity=normal" \
    --blame-hang-timeout 10m --blame-hang-dump-type none "$@" </dev/null 2>&1 | tee "$RESULTS/$trxname.log" >&2
  return "${PIPESTATUS[0]}"
}

# xunit's skipped tests are results with outcome NotExecuted; the Counters element does not count them.
skipped_tests() {
  tr '\n' ' ' <"$1" | grep -o '<UnitTestResult [^>]*>' | grep -c 'outcome="NotExecuted"'
}

if ! command -v chromium >/dev/null 2>&1; then
  if [[ $EUID -eq 0 ]]; then
    say "installing chromium (Debian package) for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y --no-install-recommends chromium; } >&2 </dev/null \
      || say "could not install chromium; browser tests will fail"
  else
    say "chromium is missing and installing it needs root (apt-get install chromium); browser tests will fail"
  fi
fi
SCHAKEL_CHROMIUM=$(command -v chromium || true)
export SCHAKEL_CHROMIUM

if pg_exports=$("$ROOT/scripts/pg-start.sh" </dev/null); then
  eval "$pg_exports"
  export SCHAKEL_TEST_POSTGRES SCHAKEL_PG_DIR
else
  say "could not start PostgreSQL"
  failed=$((failed + 1))
fi

# Redis for the two-node tests (Schaal); redis-start.sh installs Debian's redis-server when missing and root.
# Without it those tests are skipped with their reason, not failed.
if redis_exports=$("$ROOT/scripts/redis-start.sh" </dev/null); then
  eval "$redis_exports"
  export SCHAKEL_REDIS SCHAKEL_REDIS_DIR
else
  say "could not start Redis (needs redis-server, installed as root with apt-get); the two-node tests are skipped"
fi

if [[ -f .config/dotnet-tools.json ]]; then
  say "dotnet tool restore"
  dotnet tool restore >&2 || { say "dotnet tool restore failed"; failed=$((failed + 1)); }
fi

# Build servers outlive the build and would keep a CI job's output pipe open.
build_flags=(-c "$CONFIGURATION")
[[ -n "${CI:-}" ]] && build_flags+=(--disable-build-servers)

say "dotnet build Schakel.slnx"
if ! dotnet build Schakel.slnx "${build_flags[@]}" >&2 </dev/null; then
  say "build failed"
  failed=$((failed + 1))
  summary
  exit 1
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  trx="$RESULTS/$name.trx"
  say "dotnet test $name"
  run_tests "$project" "$name"
  status=$?
  if [[ -f "$trx" ]]; then
    p=$(counter "$trx" passed)
    f=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
    s=$(skipped_tests "$trx")
  else
    p=0 f=0 s=0
  fi
  # Browser tests drive a real browser against a real server, where timing between processes can fail a test
  # once without a fault in the app: a few failed ones get one more run, and only failing twice counts. Both
  # runs' failures are printed at the end.
  if [[ $name == *E2E* ]] && (( f > 0 && f <= 5 )); then
    mapfile -t again < <(failed_tests "$trx")
    if (( ${#again[@]} > 0 )); then
      say "$name: running the failed tests once more: ${again[*]}"
      filter=$(printf 'FullyQualifiedName=%s|' "${again[@]}")
      run_tests "$project" "$name.retry" --filter "${filter%|}"
      status=$?
      if [[ -f "$RESULTS/$name.retry.trx" ]]; then
        rf=$(( $(counter "$RESULTS/$name.retry.trx" failed) + $(counter "$RESULTS/$name.retry.trx" error) ))
        (( status != 0 && rf == 0 )) && rf=1
        p=$(( p + f - rf < p ? p : p + f - rf ))
        f=$rf
        (( f == 0 )) && status=0
      fi
    fi
  fi
  # A crash or hang can end the run without a failed test in the TRX; it still counts as a failure.
  if (( status != 0 && f == 0 )); then
    say "$name: dotnet test exited with $status"
    f=1
  fi
  say "$name: $p passed, $f failed, $s skipped"
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
done

# The committed OpenAPI document (docs/openapi.json, which a web test keeps equal to the served one) against the
# NL API Design Rules: Spectral with Logius' ruleset and our explained deviations (tools/spectral/schakel.yaml), from a local npm install.
# Counts as one test; any error fails it.
spectral_lint() {
  local map="$ROOT/tools/spectral"
  if [[ ! -x "$map/node_modules/.bin/spectral" || "$map/package-lock.json" -nt "$map/node_modules/.package-lock.json" ]]; then
    (cd "$map" && npm ci --no-audit --no-fund) || { echo "npm ci in tools/spectral failed"; return 1; }
  fi
  "$map/node_modules/.bin/spectral" lint --ruleset "$map/schakel.yaml" --fail-severity error "$ROOT/docs/openapi.json"
}
say "spectral lint docs/openapi.json (NL API Design Rules)"
spectral_ok=0
spectral_lint </dev/null >"$RESULTS/spectral.txt" 2>&1 && spectral_ok=1
cat "$RESULTS/spectral.txt" >&2
say "spectral: $spectral_ok passed, $((1 - spectral_ok)) failed"
passed=$((passed + spectral_ok))
failed=$((failed + 1 - spectral_ok))

# The failures again at the end, so that the tail of a long log says what failed and why.
if (( spectral_ok == 0 )); then
  say "failures in spectral (docs/openapi.json against tools/spectral/schakel.yaml):"
  head -n 200 "$RESULTS/spectral.txt" >&2
fi
for log in "$RESULTS"/*.log; do
  if [[ -f "$log" ]] && grep -q -E '^[[:space:]]+Failed Schakel\.' "$log"; then
    say "failures in $(basename "$log" .log):"
    grep -E -A 20 '^[[:space:]]+Failed Schakel\.' "$log" | head -n 200 >&2 || true
  fi
done

summary
(( failed == 0 ))
