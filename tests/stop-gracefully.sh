# Sourced by tests/run.sh and bench/run.sh. stop_gracefully PID [SECONDS]: SIGTERM, then SIGKILL once SECONDS (default
# 15) have passed. Azurite closes gracefully on SIGTERM but can wait on idle keep-alive connections for minutes, and a
# finished run must never hang in its cleanup.
stop_gracefully() {
  local pid="$1" seconds="${2:-15}"
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + seconds))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
