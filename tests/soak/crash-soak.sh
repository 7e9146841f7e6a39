#!/usr/bin/env bash
# Crash soak: the crash proof with 1,000 SIGKILLs instead of CI's 50 (not part of the default test run).
#   tests/soak/crash-soak.sh [build-dir] [kills] [seed]
# Prints the seed; rerun with the same seed to replay the same kill moments.
set -euo pipefail
build="${1:-build}"
kills="${2:-1000}"
seed="${3:-$RANDOM$RANDOM}"
cmake --build "$build" --target TestCrashDelivery fb-crash-worker crm-sim
echo "crash-soak kills=$kills seed=$seed"
# Run the test binary itself: ctest's TIMEOUT for CI is too short for 1,000 kills, and so is QtTest's own watchdog
# (300 s per test function by default; it aborted the run after about 550 kills): allow about 1.5 s per kill, at
# least 10 minutes.
timeout_ms=$(( kills * 1500 > 600000 ? kills * 1500 : 600000 ))
QTEST_FUNCTION_TIMEOUT="$timeout_ms" QT_QPA_PLATFORM=offscreen FB_CRM_SIM="$build/bin/crm-sim" FB_CRASH_KILLS="$kills" FB_CRASH_SEED="$seed" \
    "$build/bin/TestCrashDelivery" crashKillsLoseNothingAndApplyNothingTwice
