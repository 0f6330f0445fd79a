#!/usr/bin/env bash
# Builds CaseTrack's desktop packages from the shaded jar: a jlinked JDK-only runtime, an app
# image, and the native installer of this system when its tools are present:
#   Linux:   .deb  (needs dpkg-deb and fakeroot; skipped otherwise)
#   macOS:   .dmg  (needs Xcode command line tools' hdiutil, present on every Mac)
#   Windows: .msi  (needs WiX 3 candle.exe and light.exe on PATH; skipped otherwise; run from Git Bash)
# JavaFX is not a module of the runtime: it is inside the jar, with this system's natives,
# because Maven picked the JavaFX jars for the OS it ran on. Build each OS's package on that OS.
#
# Usage (normally through `mvn -Ppackage package`):
#   packaging/build-packages.sh VERSION [app-image|all]
# Environment: JAVA_HOME (a JDK 17+ with jmods; defaults to the one running `java`),
#              CASETRACK_SKIP_INSTALLER=1 to stop after the app image.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=${1:?usage: build-packages.sh VERSION [app-image|all]}
what=${2:-all}
target="$root/target"
out="$target/jpackage"
jar="$target/casetrack.jar"
name=CaseTrack
main_class=org.casetrack.Launcher

if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
fi
bin="$JAVA_HOME/bin"
[[ -x "$bin/jpackage" || -x "$bin/jpackage.exe" ]] || { echo "jpackage not found in $bin (need a JDK 17+, not a JRE)" >&2; exit 1; }
[[ -f "$jar" ]] || { echo "$jar is missing: run mvn package first" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac

say() { printf '[package] %s\n' "$*"; }
seconds() { date +%s; }

rm -rf "$out"
mkdir -p "$out/input" "$out/legal"

# 1. The app's own files: the jar, plus the licences (also inside the jar) as plain files.
cp "$jar" "$out/input/"
(cd "$out/legal" && "$bin/jar" xf "$jar" META-INF/THIRD-PARTY.txt META-INF/NOTICE META-INF/licenses)
mkdir -p "$out/input/legal"
cp -R "$out/legal/META-INF/." "$out/input/legal/"
find "$out/input/legal" -type d -empty -delete
cp packaging/licenses/README.md "$out/input/legal/licenses/README.md"
[[ -f LICENSE ]] && cp LICENSE "$out/input/legal/LICENSE"
[[ -f LICENSE ]] && license_file=(--license-file LICENSE) || license_file=()

# 2. A JDK-only runtime with just the modules CaseTrack needs.
t0=$(seconds)
modules=$(grep -v '^[[:space:]]*#' packaging/jlink-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)
"$bin/jlink" --add-modules "$modules" \
  --include-locales=en,ru,kk \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"
say "runtime: $(du -sh "$out/runtime" | cut -f1) in $(( $(seconds) - t0 )) s ($modules)"

# 3. The app image.
common=(--name "$name" --app-version "$version" --vendor "CaseTrack project"
  --description "Case tracking for human-rights NGOs"
  --copyright "CaseTrack contributors")
t0=$(seconds)
"$bin/jpackage" --type app-image "${common[@]}" \
  --dest "$out" \
  --input "$out/input" --main-jar casetrack.jar --main-class "$main_class" \
  --runtime-image "$out/runtime" \
  --java-options "-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true" \
  "@packaging/$os/app-image.options"
case "$os" in
  mac) image="$out/$name.app" ;;
  *) image="$out/$name" ;;
esac
say "app image: $image, $(du -sh "$image" | cut -f1) in $(( $(seconds) - t0 )) s"

if [[ "$what" == app-image || "${CASETRACK_SKIP_INSTALLER:-}" == 1 ]]; then
  exit 0
fi

# 4. The installer of this system, from the app image, when its tools exist.
installer() {
  local type=$1; shift
  t0=$(seconds)
  "$bin/jpackage" --type "$type" "${common[@]}" --dest "$out" --app-image "$image" "${license_file[@]}" "$@"
  say "$type: $(ls "$out"/*."$type") $(du -h "$out"/*."$type" | cut -f1) in $(( $(seconds) - t0 )) s"
}
case "$os" in
  linux)
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
      installer deb "@packaging/linux/deb.options"
    else
      say "skipping .deb: dpkg-deb and fakeroot are needed (Debian/Ubuntu: apt-get install fakeroot)"
    fi ;;
  mac)
    installer dmg "@packaging/mac/app-image.options" ;;
  windows)
    if command -v candle.exe >/dev/null && command -v light.exe >/dev/null; then
      installer msi "@packaging/windows/msi.options"
    else
      say "skipping .msi: WiX 3 (candle.exe, light.exe) is not on PATH"
    fi ;;
esac
