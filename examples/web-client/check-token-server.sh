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
body="$(mktemp)"
trap 'rm -f "$headers" "$body"' EXIT
# No --fail here: a server that refuses the origin answers 403, and step 3 explains why.
status="$(curl --silent --show-error --dump-header "$headers" --output "$body" --write-out '%{http_code}' -H "Origin: $origin" "$route")"
cat "$body"
echo
if [ "$status" != 403 ] && [ "${status:0:1}" != 2 ]; then
  echo "The server answered HTTP $status instead of a token; its message is above." >&2
  exit 1
fi

echo "3. Is $origin allowed to read the answer (CORS)?"
allowed="$(tr -d '\r' <"$headers" | sed -n 's/^[Aa]ccess-[Cc]ontrol-[Aa]llow-[Oo]rigin: *//p')"
if [ "$status" != 403 ] && { [ "$allowed" = "*" ] || [ "$allowed" = "$origin" ]; }; then
  echo "Yes: Access-Control-Allow-Origin is $allowed"
else
  if [ "$status" = 403 ]; then
    echo "No: the server refused a request from $origin (HTTP 403), so a browser gets no token." >&2
  else
    echo "No: the answer has no Access-Control-Allow-Origin for $origin, so a browser blocks it." >&2
  fi
  echo "Fix: start the token server with CORS_ALLOW_ORIGIN=$origin (or add it, after a comma, to the origins already there)" >&2
  exit 1
fi
