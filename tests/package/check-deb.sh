#!/usr/bin/env bash
# Builds the .deb from a build folder, checks what it declares and holds, installs it on this machine and runs the
# installed programs against a fresh data folder — what CI does to prove the package is installable.
#   tests/package/check-deb.sh BUILD_DIR EXPECTED_VERSION
# Needs root (apt-get install); as another user it uses `sudo -n` when that works and otherwise fails, saying so.
# The package stays installed (CI machines are thrown away; on a workstation `apt-get remove floorbridge`).
set -euo pipefail

build_dir="$(cd "${1:?usage: check-deb.sh BUILD_DIR VERSION}" && pwd)"
version="${2:?usage: check-deb.sh BUILD_DIR VERSION}"

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        fail "installing the package needs root (or passwordless sudo); run as root, as CI does, or exclude this test with 'ctest -LE package'"
    fi
fi

out="$(mktemp -d -t fb-deb-XXXXXX)"
trap 'rm -rf "$out"' EXIT

echo "check-deb: cpack -G DEB in $build_dir"
(cd "$build_dir" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
shopt -s nullglob
debs=("$out"/floorbridge_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one floorbridge_*.deb in $out, found ${#debs[@]}"
deb="${debs[0]}"
arch="$(dpkg --print-architecture)"
[ "$(basename "$deb")" = "floorbridge_${version}_${arch}.deb" ] || fail "package file is $(basename "$deb"), expected floorbridge_${version}_${arch}.deb"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = floorbridge ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends="$(field Depends)"
echo "check-deb: Depends: $depends"
# Plugins, the keychain daemon and the Devanagari font are not visible to dpkg-shlibdeps: they must be declared by hand.
for dep in qt6-qpa-plugins libqt6sql6-sqlite "gnome-keyring | kwalletmanager" "fonts-noto-core | fonts-deva"; do
    grep -qF -- "$dep" <<<"$depends" || fail "Depends lacks '$dep'"
done
# …and the linked libraries must have been found by dpkg-shlibdeps.
for lib in libqt6widgets6 libqt6sql6 libqt6charts6 libqt6keychain1 libzint2.11 libhidapi-hidraw0 libc6; do
    grep -qE "(^|, )${lib}( |,|$)" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps did not run or missed it)"
done

contents="$(dpkg-deb --contents "$deb" | awk '{print $6}')"
for f in ./usr/bin/floorbridge ./usr/bin/floorbridge-ctl \
    ./usr/share/applications/io.floorbridge.Floorbridge.desktop \
    ./usr/share/icons/hicolor/scalable/apps/io.floorbridge.Floorbridge.svg \
    ./usr/share/metainfo/io.floorbridge.Floorbridge.metainfo.xml \
    ./usr/lib/udev/rules.d/70-floorbridge-hidpos.rules; do
    grep -qxF -- "$f" <<<"$contents" || fail "package lacks $f"
done
if grep -q crm-sim <<<"$contents"; then fail "the test tool crm-sim must not be packaged"; fi

echo "check-deb: installing $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >"$out/apt.log" 2>&1 ||
    { cat "$out/apt.log" >&2; fail "apt-get install failed"; }
[ "$(dpkg-query -W -f='${Version}' floorbridge)" = "$version" ] || fail "dpkg does not list floorbridge $version as installed"

# The installed programs, not the build folder's: clean environment, fresh data folder, no display.
data="$out/data"
mkdir -p "$data"
got="$(env -i PATH=/usr/bin:/bin HOME="$out" /usr/bin/floorbridge --version)" || fail "/usr/bin/floorbridge --version failed"
[ "$got" = "floorbridge $version" ] || fail "/usr/bin/floorbridge --version printed '$got', expected 'floorbridge $version'"
echo "check-deb: $got"
status_out="$(env -i PATH=/usr/bin:/bin HOME="$out" QT_QPA_PLATFORM=offscreen \
    ${DBUS_SESSION_BUS_ADDRESS:+DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS} \
    /usr/bin/floorbridge-ctl --data-dir "$data" status 2>&1)" || { echo "$status_out" >&2; fail "floorbridge-ctl status failed"; }
echo "$status_out"
[ -f "$data/floorbridge.db" ] || fail "floorbridge-ctl status created no database in the fresh data folder"
grep -q "^Station " <<<"$status_out" || fail "floorbridge-ctl status printed no Station line"

# The desktop entry points at the installed program and icon.
grep -qx 'Exec=floorbridge' /usr/share/applications/io.floorbridge.Floorbridge.desktop || fail "desktop entry Exec"
grep -qx 'Icon=io.floorbridge.Floorbridge' /usr/share/applications/io.floorbridge.Floorbridge.desktop || fail "desktop entry Icon"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --explain /usr/share/metainfo/io.floorbridge.Floorbridge.metainfo.xml >"$out/as.log" 2>&1 ||
        { cat "$out/as.log" >&2; fail "AppStream metainfo does not validate"; }
fi
echo "check-deb: OK ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
