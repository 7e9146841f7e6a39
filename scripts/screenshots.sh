#!/usr/bin/env bash
# The README's pictures, made from the demo the way a newcomer sees it: the real window on a 1366×768 X display,
# driven with real key events (xdotool), one screenshot per main page and one in Hindi, into docs/screenshots/.
#   scripts/screenshots.sh            build, then shoot into docs/screenshots
#   FB_BIN_DIR=build/bin scripts/screenshots.sh OUTDIR    use built programs, shoot into OUTDIR
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="${1:-$root/docs/screenshots}"

if [ -z "${FB_BIN_DIR:-}" ]; then
    bash installer/install-deps.sh
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j"$(nproc)" --target floorbridge floorbridge-ctl crm-sim
    export FB_BIN_DIR="$root/build/bin"
fi
bin="$FB_BIN_DIR"
mkdir -p "$out"

work=$(mktemp -d -t fb-shots-XXXXXX)
export FB_DEMO_DIR="$work/demo"
export FB_DEMO_NEW_PORT="${FB_DEMO_NEW_PORT:-28080}" FB_DEMO_LEGACY_PORT="${FB_DEMO_LEGACY_PORT:-28081}"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A 1366×768 screen, as at the packing stations.
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY="$display"
for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# The demo station with some history: a batch generated and inwarded, so pages are not empty.
unset DBUS_SESSION_BUS_ADDRESS
bash scripts/demo.sh --no-window > "$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
ctl() { "$bin/floorbridge-ctl" --data-dir "$FB_DEMO_DIR/station" "$@"; }
export FLOORBRIDGE_OPERATOR=W001 FLOORBRIDGE_PIN=2222
ctl generate --product CGSTV32 --count 6 > "$work/serials.txt"
head -n 4 "$work/serials.txt" > "$work/inward.txt"
ctl inward --warehouse WH001 --file "$work/inward.txt" --submit > /dev/null
unset FLOORBRIDGE_OPERATOR FLOORBRIDGE_PIN

key() { xdotool key --delay 60 "$@"; sleep 0.4; }
type_text() { xdotool type --delay 60 "$1"; sleep 0.3; }
shot() {
    sleep 1.2 # let the page paint (a screenshot script, not a test: nothing to wait on but the eye)
    import -window root "$out/$1.png"
    echo "screenshots: $out/$1.png"
}
login() {
    type_text "$1"; key Return
    type_text "$2"; key Return
    sleep 1
}
# Locking leaves the PIN field focused for the same operator; another operator's code is one Shift+Tab away.
lock() { key ctrl+l; sleep 0.5; key shift+Tab; }
start_window() {
    bash scripts/demo.sh > "$work/window-$1.log" 2>&1 &
    pids+=($!)
    wid=""
    for _ in $(seq 1 150); do
        wid=$(xdotool search --onlyvisible --class floorbridge 2>/dev/null | head -n 1) && [ -n "$wid" ] && break
        sleep 0.2
    done
    [ -n "$wid" ] || { echo "screenshots: the window did not open"; cat "$work/window-$1.log"; exit 1; }
    # No window manager here: place the window and give it the keyboard focus, as a desktop would.
    xdotool windowmove "$wid" 0 0 windowsize "$wid" 1366 768 windowfocus --sync "$wid"
    sleep 2
}
stop_window() {
    pkill -f "$bin/floorbridge --data-dir $FB_DEMO_DIR/station" 2>/dev/null || true
    sleep 1
}

start_window en
shot login
login W001 2222
key F2; shot generate
key F3; shot inward
key F4; shot dispatch
lock
login T001 3333
key F5; shot service
lock
login S001 4444
key F6; shot approvals
lock
login A001 1111
key F7; shot sync
key F8; shot settings
stop_window

# Hindi: the login screen and a page, as a Hindi-speaking packer sees them.
FLOORBRIDGE_OPERATOR=A001 FLOORBRIDGE_PIN=1111 ctl config set ui.language hi > /dev/null
start_window hi
shot login-hi
login W001 2222
key F3; shot inward-hi
stop_window
echo "screenshots: done ($out)"
