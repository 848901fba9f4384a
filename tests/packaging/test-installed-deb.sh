#!/usr/bin/env bash
# Installs the .deb given with apt (which pulls its Qt dependencies), checks what it put on the
# system, runs the installed binary (--version, then a headless broker that must start
# listening), and removes the package again. Needs root, as `apt install` does.
set -euo pipefail
deb=$(realpath "$1")
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

fail() { echo "test-installed-deb: $*" >&2; exit 1; }

"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > /dev/null
trap '"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq warren > /dev/null' EXIT

[ "$(command -v warren)" = /usr/bin/warren ] || fail "warren is not installed as /usr/bin/warren"
version=$(/usr/bin/warren --version)
expected_version=$(dpkg-deb -f "$deb" Version)
[ "$version" = "warren $expected_version" ] || fail "--version printed '$version', expected 'warren $expected_version'"

for file in /usr/share/applications/dev.warren.Warren.desktop \
    /usr/share/icons/hicolor/scalable/apps/dev.warren.Warren.svg \
    /usr/share/metainfo/dev.warren.Warren.metainfo.xml; do
    [ -s "$file" ] || fail "$file is missing"
done
desktop-file-validate /usr/share/applications/dev.warren.Warren.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/dev.warren.Warren.metainfo.xml > /dev/null ||
    appstreamcli validate --no-net /usr/share/metainfo/dev.warren.Warren.metainfo.xml

# The installed binary runs a broker.
work=$(mktemp -d)
/usr/bin/warren --headless --data-dir "$work/data" --listen amqp=127.0.0.1:0 > "$work/out" 2>&1 &
pid=$!
for _ in $(seq 100); do
    grep -q "^listening amqp 127.0.0.1:" "$work/out" && break
    sleep 0.1
done
grep -q "^listening amqp 127.0.0.1:" "$work/out" || { kill "$pid"; cat "$work/out"; fail "the installed broker did not start"; }
kill "$pid"
wait "$pid" || fail "the installed broker did not exit cleanly on SIGTERM"
rm -rf "$work"
echo "test-installed-deb: $(basename "$deb") installs, runs and removes cleanly ($version)"
