#!/usr/bin/env bash
# Every C++ file the repository tracks is formatted by the root .clang-format. Prints the files that are not and
# exits 1 when there are any; --fix formats them in place.
#   scripts/check-format.sh [--fix]
set -uo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui sync tests -name '*.cpp' -o -name '*.h')
if [ ${#files[@]} -eq 0 ]; then mapfile -t files < <(find app ui sync tests -name '*.cpp' -o -name '*.h'); fi
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=$(clang-format --dry-run "${files[@]}" 2>&1 | grep -oE '^[^:]+\.(cpp|h):' | sort -u | tr -d ':')
if [ -n "$bad" ]; then
    echo "Not formatted (run scripts/check-format.sh --fix, or clang-format -i FILE):"
    echo "$bad"
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
