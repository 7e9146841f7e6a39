#!/usr/bin/env bash
# Installs what is missing, builds Floorbridge and runs the whole test suite — the README's test command, and
# exactly what CI runs. Works on a fresh Debian 12 machine with no display and no session bus.
#   scripts/test.sh               all tests (unit, integration, gui)
#   scripts/test.sh -L unit       any extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
bash installer/install-deps.sh

build_dir="${FB_BUILD_DIR:-build}"
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${FB_BUILD_TYPE:-RelWithDebInfo}" -DFB_WERROR=$werror
cmake --build "$build_dir" -j"$(nproc)"
built=$(date +%s)
echo "test.sh: build took $((built - start)) s"

# Offscreen GUI tests; a private D-Bus session with an unlocked gnome-keyring for the keychain tests.
export QT_QPA_PLATFORM=offscreen
set +e
scripts/with-session.sh ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j2 "$@"
rc=$?
set -e
echo "test.sh: tests took $(( $(date +%s) - built )) s (exit $rc)"
exit $rc
