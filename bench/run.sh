#!/usr/bin/env bash
# GrainFlow benchmark suite (issue 5). Builds bench/GrainFlow.Benchmarks in Release and runs it:
#   bench/run.sh            full suite (about 17 minutes): W0-W4, every variant, Azure Blob on Azurite for W2
#   bench/run.sh --quick    short windows, small state, no Azure (under 2 minutes with the build)
#   bench/run.sh --micro    BenchmarkDotNet micro-benchmarks (more arguments go to BenchmarkDotNet, e.g. --filter '*Snapshot*')
#   bench/run.sh --only W1,W3 --variants grainflow,limit [--window 20]   only some workloads and variants, measured
#                           over a window of the given seconds (for profiling)
# Prints a table and writes bench/results/latest.json. Azurite (the pinned one from tests/package-lock.json) is
# started on free loopback ports for the full run and always stopped; set GRAINFLOW_BENCH_AZURE_STORAGE to use
# another account instead.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/tests/stop-gracefully.sh"
project="$repo/bench/GrainFlow.Benchmarks/GrainFlow.Benchmarks.csproj"
work="$(mktemp -d "${TMPDIR:-/tmp}/grainflow-bench.XXXXXX")"
azurite_pid=""

cleanup() {
  if [[ -n "$azurite_pid" ]]; then
    stop_gracefully "$azurite_pid"
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

quick=false
micro=false
for arg in "$@"; do
  [[ "$arg" == "--quick" ]] && quick=true
  [[ "$arg" == "--micro" ]] && micro=true
done

start_azurite() {
  local tests="$repo/tests"
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm not found: the Azure Blob runs of W2 are skipped." >&2
    return
  fi

  if [[ ! -x "$tests/node_modules/.bin/azurite" ]]; then
    if ! (cd "$tests" && npm ci --no-audit --no-fund --loglevel=error); then
      echo "Installing Azurite failed: the Azure Blob runs of W2 are skipped." >&2
      return
    fi
  fi

  local blob
  blob="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
  mkdir -p "$work/azurite"
  "$tests/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$blob" --location "$work/azurite" \
    --silent --skipApiVersionCheck --loose >"$work/azurite.log" 2>&1 &
  azurite_pid=$!
  local deadline=$((SECONDS + 60))
  until (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null; do
    if ! kill -0 "$azurite_pid" 2>/dev/null || ((SECONDS > deadline)); then
      echo "Azurite did not start; the Azure Blob runs of W2 are skipped:" >&2
      cat "$work/azurite.log" >&2
      azurite_pid=""
      return
    fi
    sleep 0.2
  done

  local account="devstoreaccount1"
  local key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  export GRAINFLOW_BENCH_AZURE_STORAGE="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;"
  echo "Azurite (blob) is listening on 127.0.0.1:$blob." >&2
}

dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
dll="$repo/bench/GrainFlow.Benchmarks/bin/Release/net10.0/GrainFlow.Benchmarks.dll"

if $micro; then
  # BenchmarkDotNet finds the project to build its runners from the working directory.
  cd "$repo/bench/GrainFlow.Benchmarks"
  args=()
  for arg in "$@"; do [[ "$arg" != "--micro" ]] && args+=("$arg"); done
  dotnet "$dll" --micro "${args[@]}"
  exit 0
fi

if ! $quick && [[ -z "${GRAINFLOW_BENCH_AZURE_STORAGE:-}" ]]; then
  start_azurite
fi

cd "$repo"
dotnet "$dll" "$@" --out "$repo/bench/results/latest.json"
