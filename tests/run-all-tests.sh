#!/usr/bin/env bash
# README command two: install what is missing, build, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh" test
"$root/packaging/build.sh" "$root/build" -DWARREN_WERROR=ON
# The amqplib suite's packages, pinned by the committed package-lock.json.
if [ -f "$root/tests/interop/amqplib/package-lock.json" ]; then
    (cd "$root/tests/interop/amqplib" && npm ci --no-audit --no-fund --loglevel=error)
fi
cd "$root/build"
exec ctest --output-on-failure -j2 --timeout 600
