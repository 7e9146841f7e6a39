#!/usr/bin/env bash
# scripts/demo.sh run twice the way a newcomer runs it on a machine with no session bus: the second run finds the
# first run's work (the station, its serials, the keyring holding the tokens) in ~/.local/share/floorbridge-demo.
# Usage: demo-keeps-work.sh SOURCE_DIR BIN_DIR
set -euo pipefail
src="$1"
bin="$2"
home=$(mktemp -d -t fb-demo-home-XXXXXX)
trap 'rm -rf "$home"' EXIT

# A newcomer's shell: no session bus, no desktop data folders.
unset DBUS_SESSION_BUS_ADDRESS FB_IN_SESSION XDG_DATA_HOME XDG_RUNTIME_DIR FB_KEYRING_HOME FB_DEMO_DIR DISPLAY
export HOME="$home" FB_BIN_DIR="$bin"
export FB_DEMO_NEW_PORT=$((20000 + RANDOM % 20000))
export FB_DEMO_LEGACY_PORT=$((FB_DEMO_NEW_PORT + 1))
demo="$home/.local/share/floorbridge-demo"

fail() { echo "FAIL: $*"; exit 1; }

bash "$src/scripts/demo.sh" --no-window </dev/null > "$home/run1.log" 2>&1 || { cat "$home/run1.log"; fail "first run"; }
[ -f "$demo/station/floorbridge.db" ] || { cat "$home/run1.log"; fail "no station in $demo after the first run"; }
ls "$demo"/keyring/data/keyrings/*.keyring >/dev/null 2>&1 || fail "the demo keyring is not kept in $demo/keyring"

# Work done on the demo station between runs.
export FLOORBRIDGE_OPERATOR=W001 FLOORBRIDGE_PIN=2222
serial=$("$bin/floorbridge-ctl" --data-dir "$demo/station" generate --product CGSTV32 --count 1 </dev/null | tail -n 1)
[ -n "$serial" ] || fail "could not generate a serial on the demo station"
unset FLOORBRIDGE_OPERATOR FLOORBRIDGE_PIN

bash "$src/scripts/demo.sh" --no-window </dev/null > "$home/run2.log" 2>&1 || { cat "$home/run2.log"; fail "second run"; }
export FLOORBRIDGE_OPERATOR=W001 FLOORBRIDGE_PIN=2222
"$bin/floorbridge-ctl" --data-dir "$demo/station" lookup "$serial" </dev/null > "$home/lookup.log" 2>&1 ||
    { cat "$home/lookup.log"; fail "serial $serial generated before the second run is gone"; }
grep -q "$serial" "$home/lookup.log" || { cat "$home/lookup.log"; fail "lookup does not show $serial"; }
echo "demo kept its work: $serial in $demo"
