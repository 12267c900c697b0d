#!/usr/bin/env bash
# Runs every test tier (types; unit, DOM and command-line tests; browser tests) and ends
# with one line, "N passed, N failed", summing them all. Exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
passed=0
failed=0

echo "== type check"
if npx tsc --noEmit; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

echo "== unit, DOM and command-line tests (vitest)"
rm -f reports/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
if [ -f reports/vitest.json ]; then
  read -r p f < <(node -e 'const r = require("./reports/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0) + (r.success || r.numFailedTests ? 0 : 1))')
  passed=$((passed + p))
  failed=$((failed + f))
else
  echo "vitest wrote no report: counted as one failure"
  failed=$((failed + 1))
fi

if [ -f tests/e2e/run.ts ]; then
  echo "== browser tests (built extension in Chromium)"
  out=$(npx tsx tests/e2e/run.ts 2>&1)
  status=$?
  echo "$out"
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed' | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
  fi
  if [ -z "$line" ] || { [ "$status" -ne 0 ] && [ "$(echo "$line" | cut -d' ' -f3)" = 0 ]; }; then failed=$((failed + 1)); fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
