#!/usr/bin/env bash
# Installs what is missing, builds Floorbridge, starts the CRM simulator on loopback (playing both CRMs) and opens
# Floorbridge in its demo profile: operators, CRM URLs and tokens set up, master data pulled.
#   scripts/demo.sh            build and run (the demo station lives in ~/.local/share/floorbridge-demo)
#   scripts/demo.sh --reset    start again from an empty demo station
#   scripts/demo.sh --no-window  set the demo station up (CRM simulator, operators, tokens, master data) and stop
# FB_DEMO_DIR moves the demo folder; FB_BIN_DIR runs already-built programs instead of building (tests).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ "${1:-}" != "--inner" ]; then
    if [ -z "${FB_BIN_DIR:-}" ]; then
        bash installer/install-deps.sh
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
        cmake --build build -j"$(nproc)" --target floorbridge floorbridge-ctl crm-sim
    fi
    # The demo station lives here across runs; decided before any session changes XDG_DATA_HOME.
    export FB_DEMO_DIR="${FB_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/floorbridge-demo}"
    for arg in "$@"; do
        if [ "$arg" = "--reset" ]; then rm -rf "$FB_DEMO_DIR"; fi
    done
    mkdir -p "$FB_DEMO_DIR"
    # Tokens go to the OS keychain. On a desktop that is the user's own; without a session bus (ssh, containers)
    # a private D-Bus session is started whose keyring is kept in the demo folder, so the tokens survive too.
    if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
        mkdir -p "$FB_DEMO_DIR/keyring"
        chmod 700 "$FB_DEMO_DIR/keyring"
        FB_KEYRING_HOME="$FB_DEMO_DIR/keyring" exec scripts/with-session.sh "$0" --inner "$@"
    fi
    exec "$0" --inner "$@"
fi
shift

demo="$FB_DEMO_DIR"
bin="${FB_BIN_DIR:-$root/build/bin}"
window=1
for arg in "$@"; do
    if [ "$arg" = "--no-window" ]; then window=0; fi
done
mkdir -p "$demo/crm-sim"
ctl() { "$bin/floorbridge-ctl" --data-dir "$demo/station" "$@"; }

# The simulator: loopback only, fixed ports when free.
new_port="${FB_DEMO_NEW_PORT:-18080}"
legacy_port="${FB_DEMO_LEGACY_PORT:-18081}"
"$bin/crm-sim" --new-port "$new_port" --legacy-port "$legacy_port" --data "$demo/crm-sim" \
    > "$demo/crm-sim/crm-sim.out" 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q "listening" "$demo/crm-sim/crm-sim.out" 2>/dev/null && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        echo "demo: crm-sim did not start:"; cat "$demo/crm-sim/crm-sim.out"; exit 1
    fi
    sleep 0.1
done
echo "demo: $(head -n 1 "$demo/crm-sim/crm-sim.out")  (received data: http://127.0.0.1:$legacy_port/__admin/received)"

if [ ! -f "$demo/station/floorbridge.db" ]; then
    ctl demo init --legacy-url "http://127.0.0.1:$legacy_port" --new-url "http://127.0.0.1:$new_port"
fi
# Demo tokens (the simulator's defaults), into the keychain through standard input.
export FLOORBRIDGE_OPERATOR=A001 FLOORBRIDGE_PIN=1111
printf '%s\n' "${FB_SIM_LEGACY_TOKEN:-demo-legacy-token}" | ctl credentials set legacy
printf '%s\n' "${FB_SIM_NEW_TOKEN:-demo-new-token}" | ctl credentials set new
ctl pull || echo "demo: master data pull failed (see above); the station still starts"

cat <<TXT

Floorbridge demo station: $demo/station
  Operators (code / PIN):  A001 / 1111 admin   S001 / 4444 supervisor   T001 / 3333 technician   W001 / 2222 warehouse
  What the CRMs received:  curl -s http://127.0.0.1:$legacy_port/__admin/received   (legacy)
                           curl -s http://127.0.0.1:$new_port/__admin/received      (new)
TXT

unset FLOORBRIDGE_OPERATOR FLOORBRIDGE_PIN
if [ "$window" = 0 ]; then exit 0; fi
gui=("$bin/floorbridge" --data-dir "$demo/station")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display here — running the window on a virtual X display (xvfb-run)."
    xvfb-run -a -s "-screen 0 1366x850x24" "${gui[@]}"
else
    "${gui[@]}"
fi
