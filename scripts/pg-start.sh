#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster for the tests and prints export lines:
#   eval "$(scripts/pg-start.sh)"      ...      scripts/pg-stop.sh "$SCHAKEL_PG_DIR"
# Only the export lines go to stdout; everything else goes to stderr.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin

log() { echo "pg-start: $*" >&2; }

if [[ ! -x "$PG_BIN/initdb" || ! -x "$PG_BIN/pg_ctl" ]]; then
  log "postgresql-15 not found, installing it with apt-get"
  if [[ $EUID -ne 0 ]]; then log "installing needs root"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql-15 >&2
fi

# initdb and pg_ctl refuse to run as root, so root hands them to the postgres user.
if [[ $EUID -eq 0 ]]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  as_owner() { "$@"; }
fi

# Under /tmp rather than $TMPDIR: the postgres user must be able to reach every parent folder.
DIR=$(mktemp -d /tmp/schakel-pg.XXXXXX)
chmod 755 "$DIR"
mkdir "$DIR/data" "$DIR/sock"
touch "$DIR/server.log"
chown "$OWNER" "$DIR/data" "$DIR/sock" "$DIR/server.log"
chmod 700 "$DIR/data"

fail() { log "$*"; cat "$DIR/server.log" >&2 || true; rm -rf "$DIR"; exit 1; }

as_owner "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 \
  >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; fail "initdb failed"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Several clusters may start at once on this machine: if another process takes the port
# between the check and the start, the start fails and we try another port.
started=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  PORT=$(( 20000 + RANDOM % 40000 ))
  port_in_use "$PORT" && continue
  if as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
      start >&2; then
    started=yes
    break
  fi
  log "start on port $PORT failed, trying another port"
done
[[ -n "$started" ]] || fail "could not start PostgreSQL"

log "PostgreSQL 15 listening on 127.0.0.1:$PORT, data in $DIR"
echo "export SCHAKEL_TEST_POSTGRES=\"Host=127.0.0.1;Port=$PORT;Username=postgres\""
echo "export SCHAKEL_PG_DIR=\"$DIR\""
