#!/usr/bin/env bash
# Runs every test suite of the repository on a fresh machine and ends with one line:
#   "N passed, N failed"
# It first installs what the tests need that the .NET SDK does not bring: the npm clients the
# spec tests drive (graphql-http, ...). Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "==> Installing npm test clients"
if ! npm ci --prefix tests/Platform.Tests/js --no-audit --no-fund --loglevel=error; then
  echo "npm ci failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

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
