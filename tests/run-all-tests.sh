#!/usr/bin/env bash
# README command two: install what is missing, build, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh" test
"$root/packaging/build.sh" "$root/build" -DWARREN_WERROR=ON
cd "$root/build"
exec ctest --output-on-failure -j2 --timeout 600
