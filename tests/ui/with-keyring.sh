#!/bin/sh
# Runs a test (the arguments) with a keychain of its own: a private D-Bus session bus and, on it,
# a GNOME keyring unlocked with a throwaway password, under a HOME and XDG directories in a
# temporary folder. The user's own keyring, settings and session bus are never touched.
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/warren-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
chmod 700 "$scratch/runtime" # the keyring refuses a runtime directory others can read
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
# A desktop name would steer QtKeychain to KWallet; the tests want the Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
# The daemon forks and stays on the private bus; it ends with the bus when the test ends.
dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@"
