#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package: cpack builds it, lintian reports no error, it installs on this machine, and the installed
# gridctl and gridstation run from /usr/bin (version, a sample district, a screenshot under Xvfb, man pages).
# The package is removed again at the end. Needs root or passwordless sudo to install; otherwise skipped (77).
# usage: deb_test.sh BUILD_DIR
set -u
build=$1
work=$(mktemp -d)
export GRIDSTATION_KEY_DIR=$work/keys
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2> /dev/null; then sudo="sudo -n"; else echo "SKIP: installing a package needs root or sudo"; exit 77; fi
fi
passed=0
failed=0
check() {
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
cleanup() {
  $sudo dpkg -r gridstation > /dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$work/package" > "$work/cpack.txt" 2>&1)
check "cpack builds the package" test $? -eq 0
deb=$(ls "$work"/package/gridstation_*_amd64.deb 2> /dev/null | head -1)
check "the package file exists" test -n "$deb"
[ -n "$deb" ] || { cat "$work/cpack.txt"; exit 1; }
for file in usr/bin/gridctl usr/bin/gridstation usr/share/applications/gridstation.desktop \
            usr/share/icons/hicolor/scalable/apps/gridstation.svg usr/share/mime/packages/gridstation.xml \
            usr/share/man/man1/gridctl.1.gz usr/share/man/man1/gridstation.1.gz usr/share/doc/gridstation/copyright; do
  check "the package holds /$file" bash -c "dpkg-deb -c '$deb' | grep ' \./$file\$' > /dev/null"
done
if command -v lintian > /dev/null; then
  lintian --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1
  sed -n '/^[EW]:/p' "$work/lintian.txt"
  check "lintian reports no error" bash -c "! grep -q '^E:' '$work/lintian.txt'"
fi
$sudo dpkg -i "$deb" > "$work/install.txt" 2>&1 || $sudo apt-get install -f -y -q > "$work/install.txt" 2>&1
check "the package installs" test "$(dpkg-query -W -f='${Status}' gridstation 2> /dev/null)" = "install ok installed"
/usr/bin/gridctl --version > "$work/version.txt" 2>&1
check "installed gridctl --version" grep -q "^gridctl (GridStation) " "$work/version.txt"
/usr/bin/gridctl demo "$work/demo.sqlite" --sample > /dev/null 2>&1
check "installed gridctl builds the sample district" test -s "$work/demo.sqlite"
xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/gridstation "$work/demo.sqlite" --screenshot "$work/shot.png" \
  --size 1280x800 > "$work/shot.txt" 2>&1
check "installed gridstation takes a screenshot" test "$(stat -c %s "$work/shot.png" 2> /dev/null || echo 0)" -gt 20000
check "man gridctl is installed" test -s /usr/share/man/man1/gridctl.1.gz
check "the man page holds the Chinese text" bash -c "zcat /usr/share/man/man1/gridctl.1.gz | grep 网格公示牌 > /dev/null"
echo "$passed passed, $failed failed"
test "$failed" -eq 0
