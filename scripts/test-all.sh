#!/usr/bin/env bash
# npm test: every check and every test run. Each step runs even if an earlier one failed,
# so one run reports everything; the last line sums all runs as "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf test-results && mkdir -p test-results
export STORYBOOK_DISABLE_TELEMETRY=1

failed_steps=()
step() {
  local name=$1; shift
  echo; echo "=== $name ==="
  if "$@"; then
    echo "{\"passed\":1,\"failed\":0}" > "test-results/check-$name.json"
  else
    echo "{\"passed\":0,\"failed\":1}" > "test-results/check-$name.json"
    failed_steps+=("$name")
  fi
}
# A test run writes its own counts; a run that crashed before counting is one failure.
run_tests() {
  local name=$1; shift
  echo; echo "=== $name ==="
  if ! "$@"; then
    failed_steps+=("$name")
    ls test-results/"$name"* >/dev/null 2>&1 || echo '{"passed":0,"failed":1}' > "test-results/$name-crashed.json"
  fi
}

if ! bash scripts/ensure-browsers.sh; then
  echo '{"passed":0,"failed":1}' > test-results/check-browsers.json
  node scripts/sum-results.mjs
  exit 1
fi

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx eslint .
run_tests node node scripts/run-node-tests.mjs
run_tests wtr node scripts/run-wtr.mjs --coverage
step coverage node scripts/check-coverage.mjs
step lhc-forms-files node scripts/fetch-lforms.mjs
run_tests lhc-forms node scripts/run-wtr.mjs --browsers chromium --config test/lhc-forms/web-test-runner.config.mjs --name lhc-forms
step build npm run --silent build
run_tests package-exports node scripts/check-package.mjs
run_tests manifest node scripts/check-manifest.mjs
run_tests consumers node scripts/check-consumers.mjs
step size node scripts/size.mjs --check
step readme node --import tsx scripts/readme-tables.ts --check
step embed-fixtures node scripts/build-embed-fixtures.mjs
run_tests embed node scripts/run-wtr.mjs --config test/embed/web-test-runner.config.mjs --name embed
step storybook-build npx storybook build --quiet --disable-telemetry -o storybook-static
run_tests stories node scripts/check-stories.mjs

if [ ${#failed_steps[@]} -gt 0 ]; then echo; echo "Failed steps: ${failed_steps[*]}"; fi
node scripts/sum-results.mjs
[ ${#failed_steps[@]} -eq 0 ]
