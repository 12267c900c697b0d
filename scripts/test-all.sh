#!/usr/bin/env bash
# Runs every test tier and ends with one line, "N passed, N failed", summing them all:
# the type check; unit, DOM and command-line tests; the Firefox and Chrome builds with
# web-ext lint; the built extension in Chromium; and the built add-on in Firefox ESR.
# Exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
passed=0
failed=0
check() { # check NAME COMMAND...: one pass or one failure
  echo "== $1"
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED"; fi
}
vitest() { # vitest REPORT ARGS...: adds the run's passed and failed tests
  local report="reports/$1"
  shift
  rm -f "$report"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r = require("./'"$report"'"); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0) + (r.success || r.numFailedTests ? 0 : 1))')
    passed=$((passed + p))
    failed=$((failed + f))
  else
    echo "vitest wrote no report: counted as one failure"
    failed=$((failed + 1))
  fi
}
lint_firefox() {
  npx web-ext lint -s .output/firefox-mv2 --self-hosted --output json > reports/web-ext-lint.json 2> /dev/null
  node -e 'const r = require("./reports/web-ext-lint.json"); console.log("web-ext lint:", JSON.stringify(r.summary)); for (const e of r.errors) console.log(" ", e.code, e.file, e.message); process.exit(r.errors.length ? 1 : 0)'
}

check "type check" npx tsc --noEmit
echo "== unit, DOM and command-line tests"
vitest vitest.json
check "Firefox build and zip" npx wxt zip -b firefox
check "web-ext lint of the Firefox build" lint_firefox
check "Chrome build and zip" npx wxt zip
echo "== browser tests (the built extension in Chromium)"
vitest vitest-e2e.json -c vitest.e2e.config.ts
echo "== browser tests (the built add-on in Firefox ESR)"
vitest vitest-firefox.json -c vitest.firefox.config.ts

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
