#!/usr/bin/env bash
# README command two: install what is missing, build, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh" test
# Line tables only: enough for every backtrace and sanitizer report, and a cold build (CI's)
# compiles and links noticeably faster than with full debug information.
"$root/packaging/build.sh" "$root/build" -DWARREN_WERROR=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
    "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
cd "$root/build"
exec ctest --output-on-failure -j2 --timeout 600
