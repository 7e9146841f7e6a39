#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the OS keychain QtKeychain uses),
# so keychain tests and the demo work on machines with no desktop session (CI, ssh).
# Usage: scripts/with-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${FB_IN_SESSION:-}" = "1" ]; then exec "$@"; fi

export FB_IN_SESSION=1
# A private keyring folder: never touch the user's real keyrings.
FB_KEYRING_HOME="${FB_KEYRING_HOME:-$(mktemp -d -t fb-keyring-XXXXXX)}"
export XDG_DATA_HOME="$FB_KEYRING_HOME/data"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$FB_KEYRING_HOME/run}"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

inner='printf "floorbridge-session" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
exec "$@"'
exec dbus-run-session -- bash -c "$inner" fb-session "$@" 2> >(grep -v "Failed to set fd limit" >&2)
