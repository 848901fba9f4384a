#!/usr/bin/env bash
# Builds warren_VERSION_ARCH.deb (stripped) with CPack in the build directory given (default
# build-deb/, a Release build; an existing build directory is packaged as it is configured).
# Install it with: apt install ./build-deb/warren_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$root/build-deb}
"$root/packaging/install-deps.sh" package
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    # Only the warren binary is installed: do not build tests and benchmarks for the package.
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON > /dev/null
fi
cmake --build "$build_dir" --target warren
(cd "$build_dir" && cpack -G DEB > /dev/null)
ls "$build_dir"/warren_*.deb
