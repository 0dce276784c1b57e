#!/usr/bin/env bash
# Runs the test suite under the current Node LTS lines as well (yuelan supports Node >= 20;
# the machine's Node runs `npm test`). The `node` package on the npm registry brings each
# binary; the tests run against the dist/ that `npm test` built, as users would.
set -euo pipefail
cd "$(dirname "$0")/.."
test -f dist/cli.js || { echo 'dist/ is missing: run npm test (or npm run build) first' >&2; exit 1; }
for version in 22 24; do
	echo "== tests under Node $version"
	npx --yes --package "node@$version" -- bash -c '
		node --version | grep -q "^v$0\." || { echo "expected Node $0, got $(node --version)" >&2; exit 1; }
		node --version
		node node_modules/vitest/vitest.mjs run
	' "$version"
done
