#!/usr/bin/env bash
# Rehearses infra/docker-compose.yml without a Docker engine: publishes the silo as infra/Dockerfile does, starts
# Azurite (the version tests/package.json pins) on free loopback ports, and runs one silo process per silo service
# with the environment `docker-compose config` gives it (only Docker-only settings are moved to loopback: see
# compose-env.mjs). Then it checks, against those real processes:
#   - the compose healthcheck command itself reports every silo ready (/readyz, active in the AzureTable cluster);
#   - the API refuses a request without a key (401) and a read key's submit (403), and serves the read key (200);
#   - a job submitted with the admin key to silo 1 finishes with exactly-once output, and every silo reports it.
# Needs docker-compose, node, npm and the .NET SDK. Ends with "N passed, N failed"; exits 1 if any check failed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
check="$repo/infra/check"
work="$(mktemp -d "${TMPDIR:-/tmp}/grainflow-compose-rehearsal.XXXXXX")"
pids=()
passed=0
failed=0

# Silos first (newest first) while Azurite still answers their leaving the cluster, then Azurite; whatever has not
# stopped 20 s after SIGTERM is killed.
cleanup() {
  local i pid deadline
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    kill "$pid" 2>/dev/null || continue
    deadline=$((SECONDS + 20))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

result() {
  if [[ "$1" == ok ]]; then
    passed=$((passed + 1)); echo "ok   $2"
  else
    failed=$((failed + 1)); echo "FAIL $2"
  fi
}

free_ports() {
  node -e '
    const net = require("net");
    const servers = Array.from({ length: Number(process.argv[1]) }, () => net.createServer());
    Promise.all(servers.map(s => new Promise(r => s.listen(0, "127.0.0.1", () => r(s.address().port)))))
      .then(ports => { console.log(ports.join(" ")); servers.forEach(s => s.close()); });' "$1"
}

port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# status <port> <method> <path> [key] [body]: the HTTP status code of one request.
status() {
  local args=(-s -o "$work/body" -w '%{http_code}' -X "$2" "http://127.0.0.1:$1$3")
  [[ -n "${4:-}" ]] && args+=(-H "Authorization: Bearer $4")
  [[ -n "${5:-}" ]] && args+=(-H 'Content-Type: application/json' --data "$5")
  curl "${args[@]}" || true
}

# npm ci in a folder whose node_modules is missing or older than its lock file.
install_tools() {
  if [[ ! -f "$1/node_modules/.package-lock.json" || "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

install_tools "$check"
install_tools "$repo/tests"

echo "Publishing the silo (as infra/Dockerfile does)..."
dotnet publish "$repo/src/Silo/GrainFlow.Silo.csproj" -c Release -o "$work/app" -p:UseAppHost=false --nologo -v quiet

read -r blob queue table < <(free_ports 3)
mkdir -p "$work/azurite" "$work/data"
"$repo/tests/node_modules/.bin/azurite" --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
  --tableHost 127.0.0.1 --tablePort "$table" --location "$work/azurite" --silent --skipApiVersionCheck --loose \
  >"$work/azurite.log" 2>&1 &
pids+=($!)
deadline=$((SECONDS + 60))
until port_answers "$blob" && port_answers "$table"; do
  ((SECONDS < deadline)) || { echo "Azurite did not start" >&2; cat "$work/azurite.log" >&2; exit 1; }
  sleep 0.2
done

admin_key="rehearsal-admin-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
read_key="rehearsal-read-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
GRAINFLOW_ADMIN_KEY="$admin_key" GRAINFLOW_READ_KEY="$read_key" \
  docker-compose -f "$repo/infra/docker-compose.yml" config >"$work/compose.yml"
silo_count="$(grep -c 'GrainFlow__Clustering__Mode: AzureTable' "$work/compose.yml")"
# shellcheck disable=SC2046
node "$check/compose-env.mjs" "$blob" "$table" "$work/data" $(free_ports $((silo_count * 3))) <"$work/compose.yml" >"$work/silos.jsonl"

api_ports=()
healthchecks=()
index=0
while IFS= read -r silo; do
  service="$(node -e 'console.log(JSON.parse(process.argv[1]).service)' "$silo")"
  api_ports+=("$(node -e 'console.log(JSON.parse(process.argv[1]).apiPort)' "$silo")")
  healthchecks+=("$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).healthcheck.join("\0"))' "$silo" | base64 -w0)")
  mapfile -d '' variables < <(node -e '
    const { env } = JSON.parse(process.argv[1]);
    process.stdout.write(Object.entries(env).map(([k, v]) => `${k}=${v}`).join("\0") + "\0");' "$silo")
  (cd "$work" && exec env "${variables[@]}" dotnet "$work/app/GrainFlow.Silo.dll" >"$work/$service.log" 2>&1) &
  pids+=($!)
  echo "started $service (pid $!, API on 127.0.0.1:${api_ports[$index]})"
  index=$((index + 1))
done <"$work/silos.jsonl"

# Each silo's compose healthcheck, run as Docker would run it (its port moved), until it passes or time runs out.
for i in "${!api_ports[@]}"; do
  mapfile -d '' healthcheck < <(base64 -d <<<"${healthchecks[$i]}")
  deadline=$((SECONDS + 120))
  until "${healthcheck[@]}" 2>/dev/null; do
    ((SECONDS < deadline)) || break
    sleep 0.5
  done
  if "${healthcheck[@]}" 2>/dev/null; then
    result ok "silo $((i + 1)): compose healthcheck (/readyz) passes"
  else
    result fail "silo $((i + 1)): compose healthcheck (/readyz) never passed; log: $(tail -n 5 "$work/silo$((i + 1)).log")"
  fi
done

first="${api_ports[0]}"
[[ "$(status "$first" GET /api/jobs)" == 401 ]] && result ok "no key: 401" || result fail "no key: $(cat "$work/body")"
[[ "$(status "$first" GET /api/jobs "$read_key")" == 200 ]] && result ok "read key lists jobs: 200" || result fail "read key list: $(cat "$work/body")"

count=3000
spec='{"name":"compose-rehearsal","maxParallelism":32,
  "checkpointing":{"intervalMs":200,"timeoutMs":60000,"minPauseMs":0,"maxConcurrent":1,"mode":"exactlyOnce","tolerableFailures":0,"retained":3},
  "operators":[
    {"uid":"events","type":"generator","parallelism":2,"config":{"count":'"$count"',"keys":10,"ratePerSecond":1000}},
    {"uid":"sums","type":"keyedSum","parallelism":3,"inputs":[{"from":"events","partitioning":"hash","keyBy":"key"}],"config":{"field":"value"}},
    {"uid":"out","type":"fileSink","parallelism":1,"inputs":[{"from":"sums","partitioning":"rebalance"}],"config":{"path":"out/rehearsal"}}]}'
[[ "$(status "$first" POST /api/jobs "$read_key" "$spec")" == 403 ]] && result ok "read key submits: 403" || result fail "read key submit: $(cat "$work/body")"
code="$(status "$first" POST /api/jobs "$admin_key" "$spec")"
job="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).jobId ?? "")' "$work/body" 2>/dev/null || true)"
[[ "$code" == 201 && -n "$job" ]] && result ok "admin key submits: 201 ($job)" || result fail "admin submit: $code $(cat "$work/body")"

job_status() {
  [[ "$(status "$1" GET "/api/jobs/$job" "$read_key")" == 200 ]] || { echo "none"; return; }
  node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).status)' "$work/body"
}

deadline=$((SECONDS + 120))
while [[ -n "$job" && "$(job_status "$first")" != finished ]] && ((SECONDS < deadline)); do
  sleep 0.5
done
[[ -n "$job" && "$(job_status "$first")" == finished ]] && result ok "job finished" || result fail "job status: $(job_status "$first")"

lines="$(find "$work/data/files/out/rehearsal" -type f ! -name '.*' -exec cat {} + 2>/dev/null | wc -l)"
[[ "$lines" == "$count" ]] && result ok "output has exactly $count lines" || result fail "output has $lines lines, expected $count"

for i in "${!api_ports[@]}"; do
  seen="$(job_status "${api_ports[$i]}")"
  [[ "$seen" == finished ]] && result ok "silo $((i + 1)) reports the job finished" || result fail "silo $((i + 1)) reports: $seen"
done

# The compose file's failure handling: the last silo is killed (SIGKILL, as a crashed container) while a second job
# runs; its membership timings get it declared dead, the job restarts from its checkpoint on the other silos, and
# the shared files directory lets the sink commit what the dead silo left pending: output stays exactly once.
crash_spec="${spec//out\/rehearsal/out/rehearsal-crash}"
crash_spec="${crash_spec//\"ratePerSecond\":1000/\"ratePerSecond\":300}"
crash_spec="${crash_spec//compose-rehearsal/compose-rehearsal-crash}"
code="$(status "$first" POST /api/jobs "$admin_key" "$crash_spec")"
job="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).jobId ?? "")' "$work/body" 2>/dev/null || true)"
[[ "$code" == 201 && -n "$job" ]] && result ok "second job submitted ($job)" || result fail "second submit: $code $(cat "$work/body")"
deadline=$((SECONDS + 60))
until [[ -z "$job" ]] || find "$work/data/files/out/rehearsal-crash" -type f ! -name '.*' 2>/dev/null | grep -q . || ((SECONDS > deadline)); do
  sleep 0.2
done
victim="${pids[-1]}"
kill -KILL "$victim"
wait "$victim" 2>/dev/null || true
echo "killed the last silo (pid $victim) after the second job's first commit"
deadline=$((SECONDS + 180))
while [[ -n "$job" && "$(job_status "$first")" != finished ]] && ((SECONDS < deadline)); do
  sleep 0.5
done
[[ -n "$job" && "$(job_status "$first")" == finished ]] && result ok "second job finished after the kill" || result fail "second job status: $(job_status "$first")"
lines="$(find "$work/data/files/out/rehearsal-crash" -type f ! -name '.*' -exec cat {} + 2>/dev/null | wc -l)"
distinct="$(find "$work/data/files/out/rehearsal-crash" -type f ! -name '.*' -exec cat {} + 2>/dev/null | sort -u | wc -l)"
[[ "$lines" == "$count" && "$distinct" == "$count" ]] && result ok "output after the kill has exactly $count distinct lines" \
  || result fail "output after the kill has $lines lines ($distinct distinct), expected $count"

echo "$passed passed, $failed failed"
((failed == 0))
