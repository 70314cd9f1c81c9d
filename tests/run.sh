#!/usr/bin/env bash
# Runs every test suite of the repository on a fresh machine and ends with one line:
#   "N passed, N failed"
# It first installs what the tests need that the .NET SDK does not bring: the npm clients the
# spec tests drive (graphql-http, graphql-ws, graphql-sse, Apollo Client, urql) and the GraphiQL package the
# IDE test serves, the TypeScript client's packages (graphql-codegen, TypeScript; from the npm cache when it has them),
# Debian's chromium for the browser tests (driven by Microsoft.Playwright, which downloads no browser),
# a redis-server on 127.0.0.1 for the Redis backplane tests (installed with apt-get when missing, started
# on a free port, stopped at the end; its address reaches the tests in KOOMESSAGE_TEST_REDIS), a
# throwaway PostgreSQL server for the suites that run on every provider (Debian's `postgresql` package,
# installed the same way; its own data directory and socket folder under a temporary folder, its own
# free port on 127.0.0.1, stopped and deleted at the end; its connection string reaches the tests in
# KOOMESSAGE_TEST_POSTGRES), and it validates docker-compose.yml with Compose v1 (Debian's
# `docker-compose`, which needs no Docker engine for `config`) and against the Compose Specification
# (v2). Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log=$(mktemp)
redis_dir=$(mktemp -d)
redis_pid=""
postgres_dir=$(mktemp -d)
postgres_data=""
postgres_bin=""
# initdb and postgres refuse to run as root: then the server runs as the package's `postgres` user.
as_postgres=()
[ "$(id -u)" -eq 0 ] && as_postgres=(runuser -u postgres --)
cleanup() {
  if [ -n "$redis_pid" ]; then
    kill "$redis_pid" 2>/dev/null
    wait "$redis_pid" 2>/dev/null
  fi
  if [ -n "$postgres_data" ]; then
    "${as_postgres[@]}" "$postgres_bin/pg_ctl" -D "$postgres_data" -m immediate -w stop >/dev/null 2>&1
  fi
  rm -rf "$log" "$redis_dir" "$postgres_dir"
}
trap cleanup EXIT

# Installs Debian packages the suite needs when their command is missing.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; } \
    || fail_setup "installing $* with apt-get failed"
}

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

# Starts a PostgreSQL server of our own: a fresh cluster (trust only on its private socket folder,
# a random password over TCP), on the first port of a small range it can bind on 127.0.0.1. pg_ctl -w
# returns once that very server accepts connections; a taken port makes it exit and the next is tried.
start_postgres() {
  local port password
  postgres_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$postgres_bin/initdb" ] || return 1
  [ "${#as_postgres[@]}" -eq 0 ] || chown postgres "$postgres_dir"
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  echo "$password" >"$postgres_dir/password"
  "${as_postgres[@]}" "$postgres_bin/initdb" -D "$postgres_dir/data" -U koomessage --pwfile="$postgres_dir/password" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$postgres_dir/initdb.log" 2>&1 || return 1
  rm -f "$postgres_dir/password"
  for port in $(seq 5440 5459); do
    if "${as_postgres[@]}" "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/postgres-$port.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $postgres_dir -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      postgres_data="$postgres_dir/data"
      export KOOMESSAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=koomessage;Password=$password"
      return 0
    fi
  done
  return 1
}

echo "==> Checking chromium for the browser tests"
[ -x /usr/bin/chromium ] || apt_install chromium
/usr/bin/chromium --version || fail_setup "/usr/bin/chromium does not run"

echo "==> Starting redis-server on 127.0.0.1"
command -v redis-server >/dev/null 2>&1 || apt_install redis-server
start_redis || fail_setup "redis-server did not start on any port of 127.0.0.1:6390-6409"
echo "redis-server $KOOMESSAGE_TEST_REDIS (pid $redis_pid)"

echo "==> Starting PostgreSQL on 127.0.0.1"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
start_postgres || fail_setup "PostgreSQL did not start on any port of 127.0.0.1:5440-5459 (see $postgres_dir)"
echo "PostgreSQL $("$postgres_bin/postgres" --version | awk '{print $3}') on ${KOOMESSAGE_TEST_POSTGRES%%;Username*}"

echo "==> Validating docker-compose.yml for Compose v1 and v2"
command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
# Placeholders for the secrets the file requires (`${VAR:?}`): config checks structure, not values.
# v1 is Debian's `docker-compose config -q` (no Docker engine needed). v2's CLI plugin is not packaged
# here, so tests/Platform.Tests/js/compose-spec.mjs does what `docker compose config` does before it
# talks to an engine: merge keys, interpolation, the Compose Specification schema and compose-go's formats.
# Each rejection counts as one failed check (and the tests still run).
compose_passed=0
compose_failed=0
export SA_PASSWORD=validate KOOMESSAGE_DB_PASSWORD=validate KOOMESSAGE_ADMIN_KEY=km_validate_validate_validate
if docker-compose -f docker-compose.yml config -q; then
  compose_passed=$((compose_passed + 1))
  echo "docker-compose.yml is valid for Compose $(docker-compose version --short)"
else
  compose_failed=$((compose_failed + 1))
  echo "FAILED: docker-compose config -q rejected docker-compose.yml" >&2
fi
if node tests/Platform.Tests/js/compose-spec.mjs docker-compose.yml; then
  compose_passed=$((compose_passed + 1))
  echo "docker-compose.yml is valid for the Compose Specification (v2)"
else
  compose_failed=$((compose_failed + 1))
  echo "FAILED: docker-compose.yml does not follow the Compose Specification (v2)" >&2
fi
unset SA_PASSWORD KOOMESSAGE_DB_PASSWORD KOOMESSAGE_ADMIN_KEY

# A missing snapshot must fail here rather than be created silently.
export SNAPSHOOTER_STRICT_MODE=true

echo "==> Running dotnet test"
dotnet test KooMessage.sln --configuration Release --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test project ends with "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T ...".
passed=$compose_passed
failed=$compose_failed
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
