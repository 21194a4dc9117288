#!/usr/bin/env bash
# Starts a throw-away Redis for the tests and prints export lines:
#   eval "$(scripts/redis-start.sh)"      ...      scripts/redis-stop.sh "$SCHAKEL_REDIS_DIR"
# Only the export lines go to stdout; everything else goes to stderr. Installs Debian's redis-server when missing (root only).
set -euo pipefail

log() { echo "redis-start: $*" >&2; }

if ! command -v redis-server >/dev/null 2>&1; then
  if [[ $EUID -ne 0 ]]; then log "redis-server is missing and installing it needs root (apt-get install redis-server)"; exit 1; fi
  log "redis-server not found, installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update && apt-get install -y --no-install-recommends redis-server; } >&2 </dev/null
fi

DIR=$(mktemp -d /tmp/schakel-redis.XXXXXX)
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Several servers may start at once on this machine: if another process takes the port first, try another.
for _ in 1 2 3 4 5 6 7 8 9 10; do
  PORT=$(( 20000 + RANDOM % 40000 ))
  port_in_use "$PORT" && continue
  # Loopback only, nothing written to disk, no password (nothing else can reach it).
  redis-server --bind 127.0.0.1 --port "$PORT" --save '' --appendonly no --dir "$DIR" \
    --daemonize yes --pidfile "$DIR/redis.pid" --logfile "$DIR/redis.log" >&2 || continue
  for _ in $(seq 50); do
    if redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; then
      log "Redis listening on 127.0.0.1:$PORT, folder $DIR"
      echo "export SCHAKEL_REDIS=\"127.0.0.1:$PORT\""
      echo "export SCHAKEL_REDIS_DIR=\"$DIR\""
      exit 0
    fi
    sleep 0.1
  done
  [[ -f "$DIR/redis.pid" ]] && kill "$(cat "$DIR/redis.pid")" 2>/dev/null || true
  log "start on port $PORT failed, trying another port"
done
cat "$DIR/redis.log" >&2 || true
rm -rf "$DIR"
log "could not start Redis"
exit 1
