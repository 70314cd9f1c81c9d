#!/usr/bin/env bash
# Runs every test suite of the repository on a fresh machine and ends with one line:
#   "N passed, N failed"
# It first installs what the tests need that the .NET SDK does not bring: the npm clients the
# spec tests drive (graphql-http, graphql-ws, graphql-sse), the TypeScript client's packages
# (graphql-codegen, TypeScript, Apollo Client, urql; from the npm cache when it has them), and a redis-server on 127.0.0.1 for the
# Redis backplane tests (installed with apt-get when missing, started on a free port, stopped at the
# end; its address reaches the tests in KOOMESSAGE_TEST_REDIS). Exit status is non-zero when anything
# failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log=$(mktemp)
redis_dir=$(mktemp -d)
redis_pid=""
cleanup() {
  if [ -n "$redis_pid" ]; then
    kill "$redis_pid" 2>/dev/null
    wait "$redis_pid" 2>/dev/null
  fi
  rm -rf "$log" "$redis_dir"
}
trap cleanup EXIT

fail_setup() {
  echo "$1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# Starts a redis-server of our own on the first free port of a small range; succeeds once that very
# process (not some other server on the port) answers.
start_redis() {
  local port pid
  for port in $(seq 6390 6409); do
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$redis_dir" --logfile "$redis_dir/redis-$port.log" &
    pid=$!
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break # exited: the port is taken
      if [ "$(redis-cli -h 127.0.0.1 -p "$port" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p')" = "$pid" ]; then
        redis_pid=$pid
        export KOOMESSAGE_TEST_REDIS="127.0.0.1:$port"
        return 0
      fi
      sleep 0.1
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  return 1
}

echo "==> Installing npm test clients"
npm ci --prefix tests/Platform.Tests/js --no-audit --no-fund --loglevel=error || fail_setup "npm ci failed"
npm ci --prefix clients/typescript --prefer-offline --no-audit --no-fund --loglevel=error || fail_setup "npm ci in clients/typescript failed"

echo "==> Starting redis-server on 127.0.0.1"
if ! command -v redis-server >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; } \
    || fail_setup "installing redis-server with apt-get failed"
fi
start_redis || fail_setup "redis-server did not start on any port of 127.0.0.1:6390-6409"
echo "redis-server $KOOMESSAGE_TEST_REDIS (pid $redis_pid)"

# A missing snapshot must fail here rather than be created silently.
export SNAPSHOOTER_STRICT_MODE=true

echo "==> Running dotnet test"
dotnet test KooMessage.sln --configuration Release --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test project ends with "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T ...".
passed=0
failed=0
while read -r f p; do
  passed=$((passed + p))
  failed=$((failed + f))
done < <(sed -n 's/.*\(Passed\|Failed\)! *- *Failed: *\([0-9]*\), *Passed: *\([0-9]*\),.*/\2 \3/p' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # dotnet test failed without a failing test: a build error or a crashed test host.
  echo "dotnet test failed before or outside the tests (exit $status); see the output above." >&2
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
