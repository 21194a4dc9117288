#!/usr/bin/env bash
# Stops a Redis made by redis-start.sh and removes its folder: scripts/redis-stop.sh "$SCHAKEL_REDIS_DIR"
set -euo pipefail

DIR=${1:?usage: redis-stop.sh DIR}

# Refuse anything that does not look like a folder redis-start.sh made, because we rm -rf it.
if [[ "$(basename "$DIR")" != schakel-redis.* || ! -d "$DIR" ]]; then
  echo "redis-stop: $DIR is not a folder made by redis-start.sh" >&2
  exit 1
fi
if [[ -f "$DIR/redis.pid" ]]; then
  pid=$(cat "$DIR/redis.pid")
  kill "$pid" 2>/dev/null || true
  # Wait for it to exit, so it writes nothing more into the folder we remove.
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
rm -rf "$DIR"
