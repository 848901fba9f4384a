#!/usr/bin/env bash
# README command one: install what is missing, build, and start Warren with its embedded broker.
# Opens the console where there is a display; runs headless otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/packaging/install-deps.sh" build
"$root/packaging/build.sh"
exec "$root/build/bin/warren" "$@"
