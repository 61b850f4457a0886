#!/usr/bin/env bash
# The workbench's API against its own OpenAPI document, with schemathesis (PyPI): a bounded number
# of generated requests per operation on a fresh copy of the sample project; fails on any 5xx, any
# status the document does not list, and any response that does not match its schema.
#   bash Tests/API/schemathesis.sh [DRAGOMAN_BINARY] [EXAMPLES_PER_OPERATION]
set -euo pipefail
cd "$(dirname "$0")/../.."
dragoman=${1:-.build/debug/dragoman}
examples=${2:-25}
work=$(mktemp -d)
token=schemathesis-token-0123456789
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
"$dragoman" add Samples/de-nordkorea-truppen.txt --source-lang de --translation Samples/en-nordkorea-truppen.txt \
    --target-lang en --project "$work/api.db" > /dev/null 2>&1
"$dragoman" serve --project "$work/api.db" --port 0 --token "$token" > "$work/address" 2> "$work/server.log" &
server=$!
for _ in $(seq 50); do [ -s "$work/address" ] && break; sleep 0.1; done
base=$(sed -n 's|^\(http://[^/]*\)/.*|\1|p' "$work/address")
[ -n "$base" ] || { echo "schemathesis: the server printed no address" >&2; cat "$work/server.log" >&2; exit 1; }
# The command pip installed beside this python3 (pyenv shims may not know it yet).
st="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/schemathesis"
[ -x "$st" ] || st=schemathesis
# The event stream never ends by design: it is left out (tests in process cover it).
"$st" run "$base/openapi.json" --url "$base" -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$examples" --exclude-path /api/events --request-timeout 30 --seed 1 --workers 1 \
    --no-color 2>&1 | tail -150
