#!/usr/bin/env bash
# Regenerates the raster icons from casetrack.svg. Needs Debian's librsvg2-bin (rsvg-convert),
# imagemagick (convert) and icnsutils (png2icns). The outputs are committed, so a normal
# build never runs this.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" casetrack.svg -o "$tmp/icon-$s.png"
done
cp "$tmp/icon-256.png" ../linux/casetrack.png          # Linux: jpackage --icon and the desktop entry
cp "$tmp/icon-64.png" ../../src/main/resources/org/casetrack/ui/casetrack-64.png   # window icon
/usr/bin/convert "$tmp"/icon-{16,32,48,64,256}.png ../windows/casetrack.ico
# png2icns takes the sizes the format knows (16, 32, 48, 128, 256, 512, 1024)
png2icns ../mac/casetrack.icns "$tmp"/icon-{16,32,48,128,256,512,1024}.png >/dev/null
ls -l ../linux/casetrack.png ../windows/casetrack.ico ../mac/casetrack.icns
