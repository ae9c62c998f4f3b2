#!/usr/bin/env bash
# Checks, from a terminal, that a token server answers the requests the web client makes.
# Usage: bash examples/web-client/check-token-server.sh [SERVER_URL] [APP_ORIGIN]
#   SERVER_URL  where the token server runs (default http://localhost:8080)
#   APP_ORIGIN  where your web app is served from (default http://localhost:5173)
set -euo pipefail
server="${1:-http://localhost:8080}"
origin="${2:-http://localhost:5173}"
server="${server%/}"

echo "1. GET $server/ping"
curl --silent --show-error --fail-with-body "$server/ping"
echo

route="$server/rtc/demo/publisher/uid/1234/?expiry=600"
echo "2. GET $route"
headers="$(mktemp)"
trap 'rm -f "$headers"' EXIT
curl --silent --show-error --fail-with-body --dump-header "$headers" -H "Origin: $origin" "$route"
echo

echo "3. Is $origin allowed to read the answer (CORS)?"
allowed="$(tr -d '\r' <"$headers" | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')"
if [ "$allowed" = "*" ] || [ "$allowed" = "$origin" ]; then
  echo "Yes: Access-Control-Allow-Origin is $allowed"
else
  echo "No: the answer has no Access-Control-Allow-Origin for $origin, so a browser blocks it." >&2
  echo "Fix: start the token server with CORS_ALLOW_ORIGIN=$origin" >&2
  exit 1
fi
