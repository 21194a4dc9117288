#!/usr/bin/env bash
# The current 6-digit TOTP code for a Base32 secret (the demo accounts' secrets are in README.md).
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: scripts/totp.sh SECRET" >&2; exit 2; }
if command -v oathtool >/dev/null; then
  exec oathtool --totp -b "$1"
fi
exec python3 - "$1" <<'PY'
import base64, hashlib, hmac, struct, sys, time
secret = sys.argv[1].replace(" ", "").upper()
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
