#!/usr/bin/env bash
# Stops a cluster made by pg-start.sh and removes its folder: scripts/pg-stop.sh "$SCHAKEL_PG_DIR"
set -euo pipefail

DIR=${1:?usage: pg-stop.sh DIR}
PG_BIN=/usr/lib/postgresql/15/bin

# Refuse anything that does not look like a folder pg-start.sh made, because we rm -rf it.
if [[ ! -f "$DIR/data/PG_VERSION" || "$(basename "$DIR")" != schakel-pg.* ]]; then
  echo "pg-stop: $DIR is not a cluster folder made by pg-start.sh" >&2
  exit 1
fi

if [[ $EUID -eq 0 ]]; then
  runuser -u "$(stat -c %U "$DIR/data")" -- "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >&2 || true
else
  "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >&2 || true
fi
rm -rf "$DIR"
