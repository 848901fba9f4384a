#!/usr/bin/env bash
# Installs, from Debian 12's archive, whatever Warren needs to build, run and test that is not
# there yet. Idempotent: a second run installs nothing.
# Usage: install-deps.sh [build|test|package]
set -euo pipefail

purpose=${1:-build}
# libsecret-1-0: QtKeychain loads it at run time to reach the desktop's keychain.
# libmosquitto-dev: the console reaches remote MQTT brokers as an MQTT client through it.
build_packages=(
    cmake ninja-build g++ pkg-config python3 ccache
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev
    libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qt6-qpa-plugins qtkeychain-qt6-dev libsecret-1-0 libgl-dev libsqlite3-dev libssl-dev
    libmosquitto-dev
)
# gnome-keyring, dbus: the connection store's tests keep passwords in a private, unlocked keyring
# on a session bus of their own (tests/ui/with-keyring.sh, through dbus-run-session).
# fonts-wqy-microhei: the Simplified Chinese screenshot needs a font with those glyphs.
# python3-celery: the Celery suite runs a prefork worker with the rpc result backend.
# rabbitmq-server: its rabbitmqadmin reads Warren's management API in the interop suite.
# python3-pytest and the rest: the client libraries' own upstream suites (tests/interop/suites/):
# py-amqp, kombu, php-amqplib (phpunit), Bunny (rspec), and pika's acceptance tests on all its
# adapters (tornado, gevent, twisted);
# openssl makes the throw-away certificates of the amqps tests.
# golang-go and the two Go AMQP clients: Debian ships them with their own integration suites,
# which run unchanged against Warren (tests/interop/go/).
# activemq, libjolokia-core-java, libjetty9-java, default-jdk-headless, python3-stomp: the
# Jolokia backend's suite runs a real ActiveMQ behind Jolokia in Jetty (tests/activemq/);
# python3-stomp is also the STOMP suites' client (tests/interop/stomp/, tst_stomp_console).
# mosquitto, mosquitto-clients, python3-paho-mqtt: the MQTT suites (tests/interop/mqtt/) use the
# real clients, and check themselves against a real Mosquitto (WARREN_INTEROP_TARGET=mosquitto).
test_packages=(
    python3-pika python3-aio-pika python3-celery xvfb xauth clang libclang-rt-14-dev llvm fonts-wqy-microhei rabbitmq-server
    gnome-keyring dbus
    activemq libjolokia-core-java libjetty9-java default-jdk-headless python3-stomp
    golang-go golang-github-rabbitmq-amqp091-go-dev golang-github-streadway-amqp-dev
    python3-pytest python3-amqp python3-kombu python3-mock python3-tornado python3-gevent
    python3-twisted python3-nose openssl
    mosquitto mosquitto-clients python3-paho-mqtt
    php-cli php-amqplib phpunit ruby-bunny ruby-rspec
)
# CPack's Debian generator finds library dependencies with dpkg-shlibdeps and file(1).
# The package test validates the desktop entry and the AppStream metadata.
package_packages=(
    dpkg-dev file desktop-file-utils appstream
)

wanted=("${build_packages[@]}")
if [ "$purpose" = test ] || [ "$purpose" = package ]; then
    wanted+=("${package_packages[@]}") # CI builds and installs the .deb after the tests
fi
if [ "$purpose" = test ]; then
    wanted+=("${test_packages[@]}")
    # Node.js runs the amqplib suite; keep a Node that is already installed (any origin).
    command -v node > /dev/null || wanted+=(nodejs)
    command -v npm > /dev/null || wanted+=(npm)
fi

missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing from Debian: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" > /dev/null
