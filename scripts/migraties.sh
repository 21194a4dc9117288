#!/usr/bin/env bash
# Creates a migration for both providers: scripts/migraties.sh NAME
# Before the first release, `scripts/migraties.sh --opnieuw` regenerates the single Initial migration.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Schakel.Web
if [[ "${1:-}" == "--opnieuw" ]]; then
  rm -rf "$project/Data/Migraties"
  naam=Initieel
else
  naam=${1:?geef een naam voor de migratie}
fi
dotnet build "$project" -v q -nologo >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$naam" --no-build --project "$project" --context "${p}SchakelDbContext" --output-dir "Data/Migraties/$p"
done
