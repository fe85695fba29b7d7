#!/usr/bin/env bash
# Runs every GrainFlow test: installs the pinned Azurite from tests/package-lock.json when needed, starts it on
# loopback with on-disk persistence in a temp folder, points the Azure tests at it through
# GRAINFLOW_TEST_AZURE_STORAGE, runs `dotnet test GrainFlow.sln -c Release`, always stops Azurite, and ends with the
# plain line "N passed, N failed". Set GRAINFLOW_TEST_AZURE_STORAGE beforehand to test against another account
# instead; Azurite is then not started.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/tests/stop-gracefully.sh"
tests="$repo/tests"
work="$(mktemp -d "${TMPDIR:-/tmp}/grainflow-tests.XXXXXX")"
azurite_pid=""

cleanup() {
  if [[ -n "$azurite_pid" ]]; then
    stop_gracefully "$azurite_pid"
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

install_azurite() {
  local marker="$tests/node_modules/.package-lock.json"
  if [[ ! -f "$marker" || "$tests/package-lock.json" -nt "$marker" || ! -x "$tests/node_modules/.bin/azurite" ]]; then
    echo "Installing test tools (npm ci in tests/)..."
    (cd "$tests" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Three free loopback ports, so a run never collides with another Azurite on this machine.
free_ports() {
  node -e '
    const net = require("net");
    const servers = [0, 1, 2].map(() => net.createServer());
    Promise.all(servers.map(s => new Promise(r => s.listen(0, "127.0.0.1", () => r(s.address().port)))))
      .then(ports => { console.log(ports.join(" ")); servers.forEach(s => s.close()); });'
}

port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_azurite() {
  local blob queue table
  read -r blob queue table < <(free_ports)
  mkdir -p "$work/azurite"
  "$tests/node_modules/.bin/azurite" \
    --blobHost 127.0.0.1 --blobPort "$blob" \
    --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" \
    --location "$work/azurite" --silent \
    --skipApiVersionCheck --loose >"$work/azurite.log" 2>&1 &
  azurite_pid=$!

  local deadline=$((SECONDS + 60))
  until port_answers "$blob" && port_answers "$queue" && port_answers "$table"; do
    if ! kill -0 "$azurite_pid" 2>/dev/null || ((SECONDS > deadline)); then
      echo "Azurite did not start:" >&2
      cat "$work/azurite.log" >&2
      exit 1
    fi
    sleep 0.2
  done

  local account="devstoreaccount1"
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  export GRAINFLOW_TEST_AZURE_STORAGE="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"
  echo "Azurite is listening on 127.0.0.1 (blob $blob, queue $queue, table $table)."
}

if [[ -z "${GRAINFLOW_TEST_AZURE_STORAGE:-}" ]]; then
  install_azurite
  start_azurite
fi

set +e
dotnet test "$repo/GrainFlow.sln" -c Release --logger "trx" --logger "console;verbosity=normal" --results-directory "$work/results"
status=$?
set -e

passed=0
failed=0
shopt -s nullglob
for trx in "$work"/results/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

# The failed tests again, right above the summary, with their messages and output, so a log read from its tail
# says which tests failed and why.
trx_files=("$work"/results/*.trx)
if ((${#trx_files[@]} > 0)); then
  node "$tests/failed-tests.js" "${trx_files[@]}" || true
fi

if ((status != 0 && failed == 0)); then
  echo "dotnet test exited with $status without a failed test (a build or run error); see above." >&2
fi

echo "$passed passed, $failed failed"
if ((status != 0 || failed != 0 || passed == 0)); then
  exit 1
fi
